"""Build the ninety-third labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_ninetythird_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or run),
standalone (own check-digit code, no Faker, no import from afinar or from the other generators),
stdlib only, seed 9393, 280 records: 4 domains x 7 templates x 10 copies.

Register, new: SPORTS BETTING AND LOTTERIES -- licensed fixed-odds betting operators ("bets",
Lei 14.790/2023, authorised by SPA/MF, .bet.br domains) with their support chats, KYC and
responsible-gambling desks, self-exclusion requests, Pix deposit / withdrawal disputes (Portaria
SPA/MF nº 615/2024: payer and payee must be the bettor, no credit cards), affiliates and
influencers, payment institutions and compliance (PLD/FTP, Coaf); unlicensed online casinos
("jogo do tigrinho") and the police; lottery outlets (casas lotéricas), prize claims and lottery
pools (bolões); gambling-disorder care (CAPS AD, clinics, mutual-help groups, helplines, INSS
reports); Procon and courts (small claims, prodigality curatorship, secrecy orders). Layouts vary
heavily: site/app chat transcripts, WhatsApp exports (Android and iOS; senders by saved name or
by number), KYC JSON from an identity API, one-line JSON logs, syslog lines with IPs, semicolon CSV
exports, fixed-width registers (names cut at the field width, "SURNAME, GIVEN"), ruled boxes,
dotted leaders and "Campo: valor" forms, Markdown tables, e-mail threads, speech-to-text call
transcripts (lower case, no accents, numbers read in groups), OCR'd ALL CAPS scans with typos,
legal prose (petitions, judgment, contract, hearing minutes), a ticket history with a pasted Pix
receipt.
- atendimento: (0) a bet's site/app chat: a bot ("Zebrinha", "Palpitinho", "Cravadinha", "Lumi",
  "Aurora", "Estrelinha"), then an agent shown by name or as "Atendente"; CPF (sometimes first
  mistyped), birth date, a withdrawal held for KYC (CNH or RG number, the withdrawal Pix key or a
  new agency/account when the key on file is a relative's), a credit card typed in the chat and refused, a
  self-exclusion with e-mail and phone, a bonus dispute over a fake affiliate; (1) WhatsApp export
  between a bettor's mother / wife (by number or saved name) and the bet's Jogo Responsável
  number: the gambler's name, CPF, birth date and phone, the clinic's phone, the psychologist;
  (2) the KYC onboarding response of an identity API (name, CPF, birth date, mother, CNH or RG,
  e-mail, phone, address, CEP, geolocation IP, payout account or random Pix key) and the manual
  analysis (approved; minor rejected; CPF of a deceased holder; VPN; a relative on the same device);
  (3) speech-to-text call to a bet's 0800 about a hacked account (CPF and phone read in groups,
  spoken birth date, address and CEP, the fraudster's e-mail and Pix key, a niece's phone);
  (4) a lottery outlet's prize-payment term or its referral of a prize above R$ 2.259,20 to a CAIXA
  branch (winner's CPF, RG or CNH, address, CEP, phone, sometimes birth date and e-mail; a proxy;
  the cashier; the manager's note on repeated prizes); (5) e-mail thread between an influencer's
  manager and a bet's affiliate team (the influencer's CPF, birth date, phone, e-mail, CNPJ of the
  influencer's company, random Pix key or account; compliance rules; the compliance analyst);
  (6) a consumidor.gov.br / Procon complaint about a withdrawal, a deposit, a frozen win or a
  self-exclusion ignored, with the bet's answer and the evaluation.
- juridico: (0) small-claims petition of a bettor whose account was frozen after a win (qualified
  with RG or CNH, CPF, address, CEP, e-mail, phone; deposits from the plaintiff's agency/account;
  a witness; rapporteurs of precedents with their CNJ numbers; the lawyer's OAB and e-mail);
  (1) a petition for curatorship for prodigality of a compulsive gambler (the spouse and the
  gambler qualified, voter card, birth date; a sold car's plate; the joint account; a Markdown table
  of Pix transfers to bets with their CNPJs; the psychiatrist's CRM; witnesses with phones);
  (2) an OCR'd ALL CAPS police report on influencers of an illegal online casino (investigated
  with CPF, RG, birth date; the site's server IP and the admin-panel IP; random Pix keys and the
  mule's account at a payment institution; the influencer's phone and e-mail; search warrants at
  home addresses; seized cars' plates; delegado and escrivão); (3) a small-claims judgment: a
  self-excluded bettor kept being accepted (CPF, e-mail, account, phone; a relative as witness; the
  bet's preposta; the judge's e-signature); (4) a court order lifting banking / telematic secrecy
  and the bet's answer (cadastre, login IPs with ports, a semicolon CSV of Pix movements with
  counterparties' names, CPFs, agencies, accounts; a CPF not found; the DPO); (5) minutes of a
  Procon hearing between quota holders of a winning bolão and a lottery outlet (claimants with CPF
  and phone, the owner's CPF, lawyer's OAB, conciliator; agreement paid by Pix keys or accounts);
  (6) an affiliate advertising contract (the bet's director with CPF; the influencer qualified,
  sometimes through a company's CNPJ; payment to a random Pix key or account; witnesses with CPF)
  with the e-signature log (names or e-mails, IPs).
- saude: (0) a CAPS AD intake form for gambling disorder, sometimes OCR'd (CNS, CPF, birth date,
  mother, address, CEP, phone, companion and phone, SOGS/PGSI, ICD-10, psychiatrist's CRM, reference
  worker's CRP, CRESS or COREN); (1) WhatsApp export of a mutual-help group (members by first name,
  nickname, "Nery A." or number; the coordinator; a sponsor's phone; a psychologist's CRP);
  (2) a psychiatric report for the INSS (CPF, NIT/PIS, CNS, employer's CNPJ, psychologist's CRP,
  psychiatrist's CRM), sometimes OCR'd; (3) a fixed-width attendance list of a therapy group (names
  cut or inverted, CNS, birth date, phone) with the team's notes; (4) e-mail thread between a
  gambler's wife or mother and the clinic's social worker (full card numbers she should not have
  sent, salary account, the gambler's CPF, the social worker's CRESS, the doctor's CRM);
  (5) one-line JSON risk alerts of a bet's responsible-gambling monitor (name, CPF, birth date,
  IP, phone) with the team's notes (e-mail, account, the clinic's phone, a mother's name);
  (6) speech-to-text of a helpline call: a mother about her son (names, spoken birth date, SUS card
  read out, address, phones).
- financeiro: (0) a payment institution's semicolon CSV of a bet's Pix cash-in / cash-out (payer
  names, CPFs, agencies, accounts, the bet's collection key, bettors' withdrawal keys; third-party
  deposits returned) with the AML analyst's note; (1) a ticket history of a Pix deposit not
  credited, with the pasted bank receipt (payer, masked CPF, agency/account, the bet's CNPJ and
  random key, end-to-end id); (2) a bet's internal record of a suspicious-activity report to Coaf
  (fixed-width list of linked accounts with CPF and birth date, shared device and IPs, the funnel
  account, a random key, a shared address, the compliance director); (3) a lottery outlet's payroll
  e-mailed to the accountant (semicolon CSV: name, CPF, PIS, birth date, agency, account; a cash
  shortage; a resignation with a new account; the accountant's CRC); (4) a bet's affiliate-
  commission statement in Markdown (affiliates as persons with CPF or companies with CNPJ; Pix keys
  or accounts; notes on self-referral and a dismissed affiliate); (5) a card issuer's chargeback
  form (holder, CPF, card and additional card numbers, phone, e-mail; gambling merchants; the son
  who used the card; the delivery address); (6) fraud-engine syslog lines of a multi-accounting
  cluster (names, CPFs, e-mails, shared device and IP, withdrawal Pix keys) and the analyst's view.

Conventions (the twentieth set's, as the later sets apply them): PERSON covers the name only,
never "Sr.", "Sra.", "Dr.", "Dra.", "dona", "seu"; particles inside a name (de, da, do, das, dos,
e) and suffixes (Filho, Júnior, Neto, Sobrinho) are part of it; "SURNAME, GIVEN" is one span;
first names alone, nicknames and "Nery A."-style forms, also in ALL CAPS or lower case, are
persons. Staff named in the text are persons: agents, analysts, compliance officers, affiliate
managers, DPOs, psychologists, social workers, doctors, nurses, cashiers, lottery-outlet owners,
accountants, conciliators, lawyers, judges, court clerks, delegados, escrivães, rapporteurs.
Logins ("jkhoury08", "usouza"), player ids, bot names and role mailboxes (afiliados@, compliance@,
jogoresponsavel@, juridico@, ouvidoria@, dpo@, servico.social@) are not. Corporate e-mails of
people are EMAIL_ADDRESS. ADDRESS is street type + name + number + complement (full, abbreviated,
ALL CAPS, OCR'd or spoken), not bairro, city, UF; the CEP is BR_CEP. Agency and account are
separate BANK_ACCOUNT spans; bank codes, ISPBs and bank names are not. DATE_OF_BIRTH only for birth
dates (any written or spoken form, also a minor's in the KYC response); dates of deposits, bets,
draws, self-exclusion, hearings and logs are not; ages are not. PROFESSIONAL_ID includes the
council acronym and UF or region. Masked values ("***.087.552-**", "final 0159", "(**)
*****-3178") are not labelled.

Decisions of this set:
- PIX_KEY is every random (EVP / UUID) Pix key, whoever holds it: a bettor's withdrawal key, a
  bet's collection key (labelled at each occurrence, also repeated in a CSV column), the random
  keys of an illegal casino's mule accounts, an influencer's payment key. A CPF, e-mail or phone
  number used as a Pix key keeps its own label (BR_CPF, EMAIL_ADDRESS, PHONE_NUMBER). Request ids,
  e-signature envelopes and other UUIDs that are not Pix keys are not labelled.
- IP_ADDRESS is every globally routable IPv4 / IPv6 address (bettors' logins and geolocation,
  e-signature IPs, a shared IP in a fraud cluster, the server of an illegal casino and the IP of
  its admin panel). Private and CGNAT addresses (10.x, 172.16-31.x, 192.168.x, 100.64/10) are
  not; the port next to an address stays outside the span.
- Not labelled: Pix end-to-end ids, transaction / bet / ticket / player ids, device fingerprints,
  selfie ids, Siscoaf and Procon (FA) numbers, lottery outlet codes, draw (concurso) numbers, the
  numbers drawn, lottery receipt numbers, RQE of a specialist, social-media handles
  ("@rodrigo.apostas", even when built on the person's name), company names built on a person's
  surname or initials ("A. PAMPLONA PRODUCOES DIGITAIS LTDA", "GUEYE MIDIA DIGITAL LTDA"), the
  CVV (188), SAMU (192) and 0800 numbers.
- PROFESSIONAL_ID: CRM, CRP, COREN, OAB and, decided here, CRESS of social workers ("CRESS 25ª
  Região nº 47139", "CRESS/AM 5710") and CRC of the lottery outlet's accountant.
- BR_CNH and BR_RG for the document numbers a bettor sends for KYC, a prize winner shows at the
  lottery outlet and a party's qualification gives; BR_TITULO_ELEITOR for the gambler's voter card
  in the curatorship petition; BR_PIS for NIT/PIS of workers; BR_CNS for SUS cards (also read out
  in the helpline call).
- Names cut by a fixed-width field are labelled as they stand ("LAURENTINA PATRICIA MOURA CAPI");
  names and addresses damaged by OCR in the scans are labelled as printed ("MARClA DE BENT0",
  "RUA PADRE lBIAPINA, 2724"); identifiers in the scans are printed clean.
- A bettor's or mule's home searched by the police is an ADDRESS; a bet's seat ("com sede na
  Avenida Paulista, nº ..."), the outlet's and the clinic's premises and "salão da paróquia São
  Bento" are not.
- Full card numbers (typed in a chat, listed by a wife in an e-mail, on a chargeback form) are
  CREDIT_CARD.

Names: Brazilian names of many origins -- Portuguese common, regional and old-fashioned
(Quitéria, Sinfrônio, Olegário, Escolástica, Umbelina), coined (Uélinton, Kethelyn, Dhafiny,
Luanderson, Wemilly, Creuzimar), Italian, German, Japanese/Okinawan, Lebanese, Korean, Chinese,
Haitian, Angolan, Senegalese, indigenous, Jewish, Bolivian, Venezuelan, Paraguayan,
Polish/Ukrainian, Armenian -- with rare or invented name words well above a quarter (main()
prints the share). Names that are also words (Rosa, Luz, Flor, Vitória, Aurora, Celeste, Estrela,
Serena, Glória, Esperança, Pérola, Fortuna, Bento, Prudente, Amado, Clemente, Sereno, Justo,
Modesto, Leão, Branco, Félix; surnames Rosa, Branco, Prudente, Amado, Leão, Paz, Cruz, Luz,
Torres, Lobo, Neves, Serra, Vale, Estrela, Pastor, Sorte, Brasileiro) are used as names and,
elsewhere, as words and in companies, clubs, places and bots, which are not persons: "foi uma
vitória", "a luz no fim do túnel", "Vitória x Bahia", EstrelaBet, LuzBet, AmadoBet, BentoSports,
RosaBet, AuroraBet, the chat bot "Aurora", Sorte Cravada, Lotérica Flor do Vale, Lotérica Leão de
Ouro, Lotérica Prudente, Lotérica Vitória Régia, CAPS AD Leão Sereno, Roda Estrela Guia,
Presidente Prudente, Santa Rosa, Estrela (RS), Nova Aurora, Esperança (PB), Vitória (ES), Bairro
da Luz, Glória, Cartório Leão Branco, "brasileiro" as nationality.

Hard negatives (never labelled): CNJ process numbers, 11-digit protocol numbers failing the CPF
check and mistyped CPFs (the script checks every CPF-shaped run outside a gold span), 15-digit runs
checked not to be valid CNS, 16-digit runs checked to fail Luhn, private and CGNAT IPs, ICD-10
codes (F63.0, Z72.6, F32.1, F41.1, F10.2, F33.1), money, odds, SOGS/PGSI/PHQ-9 scores, lottery
numbers and receipts, E2E ids, laws and rules (Lei 14.790/2023, Lei 9.613/1998, Lei 8.078/1990, Lei 13.709/2018, Lei 9.099/1995, Lei 11.419/2006, Lei 14.181/2021,
Decreto-Lei 3.688/1941, Portarias SPA/MF nº 615, 1.143 and 1.231/2024, LC 105/2001), companies and
streets named after people outside an address, dates that are not birth dates.
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
SEED = 9393
OUT_NAME = "ninetythird.jsonl"

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
            "Maria José", "Lúcia", "Rita", "Priscila", "Natália"]
COMMON_M = ["José", "João", "Antônio", "Francisco", "Carlos", "Paulo", "Pedro", "Lucas", "Luiz", "Marcos", "Gabriel",
            "Rafael", "Daniel", "Marcelo", "Bruno", "Eduardo", "Felipe", "Rodrigo", "Gustavo", "Mateus", "Diego",
            "Anderson", "Leandro", "Tiago", "Fábio", "Ricardo", "Alexandre", "João Paulo", "José Carlos", "Raimundo",
            "Vinícius", "Igor"]
RARE_F = ["Lucivânia", "Marinalva", "Zenaide", "Cleonice", "Deuzuíta", "Irisvalda", "Maricélia", "Valdirene", "Ducilene",
          "Nilzete", "Benvinda", "Zuleica", "Ambrosina", "Edwiges", "Genoveva", "Hercília", "Laurentina", "Umbelina",
          "Escolástica", "Rufina", "Quitéria", "Eulália", "Idalina", "Sebastiana", "Jucileide", "Evanúbia", "Ivoneide",
          "Dalvanira", "Gerlane", "Kethelyn", "Thaynná", "Ysllany", "Dhafiny", "Wemilly", "Lauryanne", "Gleiciane",
          "Crislaine", "Kauane", "Joseilda", "Rayssa Kelly", "Thamyres", "Jhenifer", "Aldenora", "Cremilda"]
RARE_M = ["Josivan", "Erinaldo", "Francivaldo", "Genival", "Aderbal", "Adamastor", "Zózimo", "Deoclécio", "Belmiro",
          "Crispim", "Epaminondas", "Gervásio", "Hildebrando", "Libório", "Onofre", "Porfírio", "Tibúrcio", "Sinfrônio",
          "Olegário", "Anacleto", "Zacarias", "Juvenal", "Lindomar", "Valdecy", "Cosme", "Uélinton", "Rickelme", "Dhavid",
          "Wanderclei", "Jeyson", "Luanderson", "Adryel", "Gilcimar", "Edicarlos", "Ueslei", "Raylan", "Wallisson",
          "Deivid", "Kauê", "Maycon Douglas", "Jhonny", "Creuzimar"]
# Given names that are also everyday words (and Marian names built on words).
WORD_F = ["Rosa", "Luz", "Flor", "Vitória", "Aurora", "Celeste", "Estrela", "Serena", "Glória", "Esperança", "Pérola",
          "Maria da Luz", "Maria das Neves", "Maria da Glória", "Rosa Maria", "Fortuna"]
WORD_M = ["Bento", "Prudente", "Amado", "Clemente", "Sereno", "Justo", "Modesto", "Leão", "Vitório", "Branco", "Félix"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Pereira", "Ferreira", "Costa", "Rodrigues", "Almeida",
          "Nascimento", "Alves", "Carvalho", "Araújo", "Ribeiro", "Gomes", "Martins", "Rocha", "Barbosa", "Mendes",
          "Freitas", "Cardoso", "Teixeira", "Dias", "Moura", "Vieira", "Nunes", "Batista", "Moreira", "Lopes", "Melo",
          "Cavalcante", "Monteiro", "Correia"]
RARE_SUR = ["Bezerril", "Quintela", "Mafra", "Torquato", "Ibiapina", "Catunda", "Menescal", "Boaventura", "Pessanha",
            "Carapeba", "Sabóia", "Canuto", "Noleto", "Arcoverde", "Cambuí", "Tabosa", "Cysne", "Capistrano", "Vidigal",
            "Mamede", "Girão", "Fialho", "Pamplona", "Colares", "Fontenele", "Jucá", "Gondim", "Távora", "Rolim",
            "Sampaio Corrêa", "Bastos Tigre", "Aguiar Bandeira", "Medrado", "Pinto Bandeira", "Queiroga", "Falcão",
            "Brasileiro", "Cruxen", "Vasconcelos Tupinambá", "Saldanha"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Amado", "Leão", "Paz", "Cruz", "Luz", "Bento", "Flores", "Torres", "Lobo",
            "Neves", "Pinheiro", "Fontes", "Campos", "Serra", "Vale", "Sereno", "Aurora", "Estrela", "Pastor", "Sorte"]
NICK = {"Francisca": "Chica", "Francisco": "Chico", "José": "Zé", "Antônio": "Tonho", "Antônia": "Toinha",
        "Raimundo": "Mundinho", "Maria das Neves": "Nevinha", "Maria da Glória": "Glorinha", "Maria da Luz": "Luzinha",
        "Luiz": "Lula", "Benvinda": "Binda", "Edwiges": "Duda", "Genoveva": "Veva", "Onofre": "Nofre",
        "Porfírio": "Firo", "Epaminondas": "Mino", "Zenaide": "Zena", "Hildebrando": "Brando", "Marinalva": "Nalva",
        "Rosa": "Rosinha", "Bento": "Bentinho", "João": "Joca", "Pedro": "Pedrinho", "Jeyson": "Jey", "Aderbal": "Dedé",
        "Sebastiana": "Tiana", "Quitéria": "Quita", "Zacarias": "Zaca", "Juvenal": "Nal", "Anacleto": "Cleto",
        "Crispim": "Pim", "Eduardo": "Dudu", "Vinícius": "Vini", "Cosme": "Cosminho", "Lindomar": "Lindo",
        "Maycon Douglas": "MD", "Félix": "Felinho"}
FOREIGN = {
    "it": (["Graziella", "Ornella", "Nunzia"], ["Salvatore", "Pasquale", "Gianluca"],
           ["Bertolini", "Pegoraro", "Zanella", "Casagrande", "Menegat", "Dalla Costa", "Crestani", "Bortolotto"]),
    "de": (["Hildegard", "Gerda", "Elke"], ["Egon", "Siegfried", "Dieter"],
           ["Kuhn", "Schmitt", "Wachholz", "Klitzke", "Raasch", "Vorpagel", "Kniess", "Stüpp"]),
    "jp": (["Akemi", "Mayumi", "Keiko"], ["Takeshi", "Minoru", "Yukio"],
           ["Higa", "Kanashiro", "Miyazaki", "Tokunaga", "Shimabukuro", "Nakasone", "Oshiro"]),
    "ar": (["Samira", "Jamile", "Soraya"], ["Jamil", "Kalil", "Nabih"],
           ["Jafet", "Bechara", "Saad", "Kassab", "Khoury", "Tufik", "Mattar", "Abdalla"]),
    "kr": (["Ji-woo", "Seo-yeon", "Hye-jin"], ["Dong-hyun", "Min-jun", "Sung-ho"], ["Park", "Kang", "Jung", "Lim", "Yoon"]),
    "cn": (["Meiling", "Xiuying", "Lihua"], ["Jianguo", "Weiming", "Haoran"], ["Liang", "Huang", "Zhang", "Guo", "Chen"]),
    "ht": (["Nadège", "Marie-Carmelle", "Widline"], ["Jean-Robert", "Wesner", "Fritznel"],
           ["Pierre-Louis", "Auguste", "Désir", "Métellus", "Lindor"]),
    "ao": (["Nzinga", "Luzolo", "Ndilu"], ["Kiala", "Mbemba", "Tchiwale"], ["Ngola", "Kiluange", "Matondo", "Nsimba"]),
    "sn": (["Awa", "Mariama", "Ndeye"], ["Abdoulaye", "Moustapha", "Ibrahima"], ["Faye", "Sarr", "Gueye", "Mbaye"]),
    "in": (["Jaciara", "Moema", "Kerexu"], ["Raoni", "Karai", "Piatã"],
           ["Guajajara", "Pataxó", "Terena", "Kayapó", "Potiguara", "Baniwa"]),
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
RARE.update(["Graziella", "Nunzia", "Pegoraro", "Menegat", "Crestani", "Bortolotto", "Hildegard", "Gerda", "Elke", "Egon",
             "Siegfried", "Wachholz", "Klitzke", "Raasch", "Vorpagel", "Kniess", "Stüpp", "Kanashiro", "Tokunaga",
             "Shimabukuro", "Nakasone", "Oshiro", "Minoru", "Yukio", "Jafet", "Bechara", "Kassab", "Khoury", "Tufik",
             "Mattar", "Nabih", "Sorte", "Fortuna"])

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Costa", "Rosa", "Luz", "Paz", "Cruz", "Silva", "Serra", "Aurora", "Estrela", "Rocha", "Sorte"}
DO_SUR = {"Nascimento", "Vale"}
DOS_SUR = {"Santos", "Campos"}


def particle(surname: str) -> str:
    if surname in DA_SUR:
        return "da"
    if surname in DO_SUR:
        return "do"
    if surname in DOS_SUR:
        return "dos"
    return "de"


DDDS = ["11", "12", "13", "15", "16", "17", "18", "19", "21", "22", "24", "27", "28", "31", "32", "34", "35", "37", "38",
        "41", "42", "43", "44", "47", "48", "51", "53", "54", "55", "61", "62", "63", "64", "65", "66", "67", "68", "69",
        "71", "73", "74", "75", "77", "79", "81", "82", "83", "84", "85", "86", "87", "88", "89", "91", "92", "94",
        "95", "96", "98", "99"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Rodovia", "Vila", "Passagem", "Praça"]
STREET_NAMES = ["Barão de Mauá", "Prudente de Morais", "Bento Gonçalves", "Flor de Maio", "da Aurora", "Estrela Dalva",
                "Padre Ibiapina", "Dom Luís", "Coronel Catunda", "Professora Zuleica Bezerril", "Tiradentes",
                "Quinze de Novembro", "Marechal Deodoro", "da Paz", "Luz do Sol", "Rosa dos Ventos", "Jorge Amado",
                "Castro Alves", "Santos Dumont", "Frei Damião", "Irmã Dulce", "Rondon", "Getúlio Vargas",
                "Sete de Setembro", "das Mangueiras", "Senador Pompeu", "Monsenhor Tabosa", "São Bento", "Beira Rio",
                "Vitória Régia", "dos Cajueiros", "Doutor Jamil Bechara", "Leão Sereno", "Serra Branca", "Pioneiro Egon Raasch",
                "Cônego Macário Girão", "do Trevo", "da Sorte", "Garrincha", "Manoel Fortuna", "Boa Esperança", "Celeste Queiroga"]
CITIES = [("Juazeiro do Norte", "CE"), ("Crato", "CE"), ("Sobral", "CE"), ("Aurora", "CE"), ("Mossoró", "RN"),
          ("Caicó", "RN"), ("Patos", "PB"), ("Campina Grande", "PB"), ("Esperança", "PB"), ("Caruaru", "PE"),
          ("Petrolina", "PE"), ("Arapiraca", "AL"), ("Feira de Santana", "BA"), ("Vitória da Conquista", "BA"),
          ("Imperatriz", "MA"), ("Teresina", "PI"), ("Belém", "PA"), ("Manaus", "AM"), ("Porto Velho", "RO"),
          ("Cuiabá", "MT"), ("Campo Grande", "MS"), ("Goiânia", "GO"), ("Anápolis", "GO"), ("Uberlândia", "MG"),
          ("Juiz de Fora", "MG"), ("Belo Horizonte", "MG"), ("Presidente Prudente", "SP"), ("Santos", "SP"),
          ("São Paulo", "SP"), ("Ribeirão Preto", "SP"), ("Campinas", "SP"), ("Niterói", "RJ"), ("Rio de Janeiro", "RJ"),
          ("Duque de Caxias", "RJ"), ("Bento Gonçalves", "RS"), ("Santa Rosa", "RS"), ("Porto Alegre", "RS"),
          ("Estrela", "RS"), ("Joinville", "SC"), ("Florianópolis", "SC"), ("Londrina", "PR"), ("Curitiba", "PR"),
          ("Nova Aurora", "PR"), ("Vitória", "ES"), ("Salvador", "BA"), ("Recife", "PE"), ("Fortaleza", "CE"),
          ("Brasília", "DF"), ("Aracaju", "SE"), ("Macapá", "AP")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN", "PB", "MT",
       "MS", "PI", "SE", "AL", "RO", "RR", "TO", "AP", "AC"]
BAIRROS = ["Centro", "Jardim Aurora", "Vila Rosa", "São Bento", "Alto da Paz", "Boa Vista", "Pirajá", "Santa Luzia",
           "Conjunto Esperança", "Jardim Vitória", "Bela Vista", "Parque das Flores", "Vila Estrela", "Lagoa Seca",
           "Planalto", "Cidade Nova", "Glória", "Conjunto Habitacional Leão Sereno", "Bairro da Luz", "Trevo",
           "Jardim Fortuna", "Vila Sorte"]

# (legal name, brand, domain): licensed fixed-odds betting operators (fictional)
BETS = [("Estrela Bet Apostas Ltda.", "EstrelaBet", "estrela.bet.br"),
        ("LuzBet Entretenimento S.A.", "LuzBet", "luz.bet.br"),
        ("Palpite Certo Apostas Ltda.", "Palpite Certo", "palpitecerto.bet.br"),
        ("Vitória Sports Gaming S.A.", "VitóriaSports", "vitoriasports.bet.br"),
        ("Amado Jogos Online Ltda.", "AmadoBet", "amado.bet.br"),
        ("Zebra Apostas Esportivas S.A.", "ZebraBet", "zebra.bet.br"),
        ("Escanteio Entretenimento Ltda.", "Escanteio.bet", "escanteio.bet.br"),
        ("Gol de Placa Apostas S.A.", "GolDePlaca", "goldeplaca.bet.br"),
        ("Aurora Gaming Brasil Ltda.", "AuroraBet", "aurora.bet.br"),
        ("Sorte Cravada Apostas S.A.", "Cravada", "cravada.bet.br"),
        ("Bento Sports Apostas Ltda.", "BentoSports", "bentosports.bet.br"),
        ("Rosa dos Ventos Entretenimento S.A.", "RosaBet", "rosa.bet.br")]
ILLEGAL = ["tigrinhodasorte.com", "fortune-pg777.net", "betdopovo.xyz", "aviator-brasil.club", "roletapix.vip",
           "cassinodomeme.com", "777gol.bet"]
LOTERICAS = ["Lotérica Trevo da Sorte", "Casa Lotérica Estrela da Manhã", "Lotérica Flor do Vale", "Lotérica São Bento",
             "Lotérica Leão de Ouro", "Lotérica Aurora do Sertão", "Lotérica Prudente", "Lotérica Sorte Grande",
             "Lotérica Amado & Filhos", "Lotérica Vitória Régia"]
GAMES = ["Mega-Sena", "Lotofácil", "Quina", "Lotomania", "Timemania", "Dupla Sena", "+Milionária", "Dia de Sorte",
         "Super Sete", "Loteca"]
MATCHES = ["Vitória x Bahia", "Sport x Náutico", "Fortaleza x Ceará", "Flamengo x Palmeiras", "Grêmio x Internacional",
           "Atlético-MG x Cruzeiro", "Remo x Paysandu", "Goiás x Vila Nova", "Corinthians x São Paulo", "Botafogo x Vasco",
           "Santa Cruz x Sport", "Avaí x Figueirense", "CRB x CSA", "Juventude x Caxias", "Real Madrid x Barcelona",
           "Boca Juniors x River Plate"]
MARKETS = ["resultado final", "ambas marcam", "mais de 2,5 gols", "escanteios +9,5", "handicap asiático -1",
           "cartões +4,5", "dupla chance", "placar exato 2x1", "primeiro a marcar", "múltipla (4 seleções)"]
CASINO = ["Fortune Tiger", "Aviator", "Roleta Brasileira ao vivo", "Crash", "Mines", "Sweet Bonanza", "Blackjack ao vivo",
          "Fortune Rabbit", "Gates of Olympus"]
PSPS = ["Trevo Pagamentos IP S.A.", "Liquida Pix Instituição de Pagamento Ltda.", "Paggo Meios de Pagamento S.A.",
        "Arrecada Fácil IP Ltda.", "BRPay Soluções de Pagamento S.A."]
BANKS = [("001", "Banco do Brasil"), ("237", "Bradesco"), ("341", "Itaú"), ("104", "Caixa"), ("033", "Santander"),
         ("260", "Nu Pagamentos"), ("077", "Banco Inter"), ("756", "Sicoob"), ("748", "Sicredi"), ("004", "Banco do Nordeste"),
         ("336", "C6 Bank"), ("290", "PagSeguro"), ("380", "PicPay"), ("323", "Mercado Pago")]
CLINICS = ["CAPS AD III Rosa dos Ventos", "Ambulatório de Transtornos do Impulso do Hospital Universitário",
           "Clínica Serena de Dependências", "Instituto Vitória de Saúde Mental", "CAPS AD Leão Sereno",
           "Clínica Recomeço — Jogo Patológico e Dependências", "Ambulatório Aurora de Psiquiatria", "CAPS II Estrela Guia"]
GROUPS = ["Grupo Renascer — jogadores em recuperação", "Grupo Nova Aurora (ajuda mútua)", "Roda Estrela Guia",
          "Jogadores Anônimos — Grupo Esperança", "Grupo Recomeço 24h", "Grupo Sereno Amanhecer"]
BINGOS = ["Associação Beneficente Bingo da Luz", "Associação Recreativa Vitória Régia", "Bingo Beneficente da Paróquia São Bento",
          "Associação dos Amigos do Bingo Aurora", "Clube Recreativo Leão do Norte"]


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

    # ----------------------------------------------------------------- betting and payment identifiers
    def e2e(self, t: datetime.datetime | None = None) -> str:
        """A Pix end-to-end id: E + ISPB + yyyymmddHHMM + 11 characters (not labelled)."""
        t = t or datetime.datetime(2025, self.ri(1, 12), self.ri(1, 28), self.ri(0, 23), self.ri(0, 59))
        ispb = self.pick(["00000000", "60746948", "60701190", "00360305", "90400888", "18236120", "00416968", "22896431"])
        tail = "".join(self.pick("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(11))
        return f"E{ispb}{t.strftime('%Y%m%d%H%M')}{tail}"

    def bet_id(self) -> str:
        return self.pick([f"BT{self.up(2)}{self.d(9)}", f"{self.hexs(8)}-{self.hexs(4)}", f"#{self.d(10)}", f"SGL-{self.d(8)}"])

    def player_id(self) -> str:
        return self.pick([f"{self.ri(100000, 9999999)}", f"u_{self.hexs(10)}", f"PLY{self.d(8)}"])

    def device(self) -> str:
        return self.hexs(16)

    def dezenas(self, game: str) -> str:
        n, top = {"Mega-Sena": (6, 60), "Lotofácil": (15, 25), "Quina": (5, 80), "Lotomania": (20, 100), "Timemania": (10, 80),
                  "Dupla Sena": (6, 50), "+Milionária": (6, 50), "Dia de Sorte": (7, 31)}.get(game, (6, 60))
        return " ".join(f"{x:02d}" for x in sorted(self.rng.sample(range(1, top + 1), n)))

    def concurso(self) -> str:
        return f"{self.ri(1, 3):d}.{self.ri(100, 999)}"

    def siscoaf(self) -> str:
        return self.pick([f"{self.d(3)}.{self.d(3)}.{self.d(3)}", f"COS-{self.ri(2024, 2026)}-{self.d(7)}", f"{self.neg(12)}"])

    def spa_portaria(self) -> str:
        return f"Portaria SPA/MF nº {self.ri(1, 3)}.{self.d(3)}, de {self.ri(1, 28)} de {self.pick(MONTHS)} de 2024"

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
        if kind == "CREA":
            return self.pick([f"CREA-{uf} {self.d(10)}", f"CREA/{uf} {self.d(6)}/D", f"CREA-{uf} nº {self.d(9)}"])
        if kind == "CRO":
            return self.pick([f"CRO-{uf} {self.ri(1000, 29999)}", f"CRO/{uf} {self.ri(1000, 29999)}"])
        if kind == "CREFITO":
            return f"CREFITO-{self.ri(1, 18)} {self.d(6)}-F"
        if kind == "CRESS":
            return self.pick([f"CRESS {self.ri(1, 25)}ª Região nº {self.ri(1000, 59999)}", f"CRESS/{uf} {self.ri(1000, 59999)}",
                              f"CRESS-{uf} {self.ri(1000, 59999)}"])
        if kind == "CRC":
            return self.pick([f"CRC-{uf} 1{uf}{self.d(6)}/O-{self.d(1)}", f"CRC/{uf} {self.d(6)}/O-{self.d(1)}", f"CRC {uf}-{self.d(6)}"])
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
    return s[:w].rstrip(" ,-")


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


def bet(g: Gen) -> tuple[str, str, str]:
    """(legal name, brand, domain) of a licensed betting operator."""
    return g.pick(BETS)


def pix_key(g: Gen, p: Person | None = None, kinds: tuple = ("uuid", "uuid", "cpf", "email", "phone")) -> tuple[str, str, tuple]:
    """A Pix key of a person: (kind in words, kind code, (value, LABEL)). A random key is PIX_KEY; a CPF, e-mail or
    phone used as a key keeps its own label."""
    k = g.pick(kinds)
    if k == "uuid":
        return "chave aleatória", "EVP", (g.uuid(), "PIX_KEY")
    if k == "cpf":
        return "CPF", "CPF", (g.cpf("raw" if g.chance(0.5) else "dot"), "BR_CPF")
    if k == "email" and p is not None:
        return "e-mail", "EMAIL", (g.email(p), "EMAIL_ADDRESS")
    return "celular", "PHONE", (g.phone(g.pick(["e164", "plus", "raw"])), "PHONE_NUMBER")


def ip_any(g: Gen, p_pub: float = 0.8) -> tuple:
    """A login / geolocation IP: public (labelled) or private / CGNAT (not)."""
    if g.chance(p_pub):
        return (g.ip(), "IP_ADDRESS")
    return V(g.pick([g.ip_priv(), g.ip_cgnat()]))


def brl(v: float) -> str:
    return f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")


# =========================================================================== atendimento


def at_chat(g: Gen) -> Doc:
    """Chat on a licensed bet's site/app: a bot, then a human agent; withdrawal held for KYC, card refused, self-exclusion."""
    doc = Doc()
    legal, brand, dom = bet(g)
    bot = g.pick(["Zebrinha", "Palpitinho", "Cravadinha", "Lumi", "Aurora", "Estrelinha"])
    c = g.person()
    ag = g.person()
    start = g.moments(1, None, 1, (7, 23))[0]
    moments = [start + datetime.timedelta(seconds=s) for s in sorted(g.sample(range(5, 2400), 24))]
    k = iter(moments)
    city, uf = g.city()
    doc.f("Transcrição do chat «id» — «b» («dom») — canal: «cn» — início «st» — atendimento nº «pr»\n"
          "Jogador: conta «pl» · IP «ip» · geolocalização «city»/«uf» · «ua»\n\n",
          id=g.hexs(12), b=brand, dom=dom, cn=g.pick(["app Android", "app iOS", "site", "site (mobile)"]), st=ts(start, "brs"),
          pr=g.protocol(), pl=g.player_id(), ip=ip_any(g, 0.85), city=city, uf=uf,
          ua=g.pick(["Chrome 126 / Android 14", "Safari / iOS 17.5", "Edge 125 / Windows 11", "Samsung Internet 25"]))
    ag_named = g.chance(0.3)
    ag_name = g.pick([ag.first, ag.short])

    def line(who: str, msg: str, **kw) -> None:
        doc.t(f"{ts(next(k), 'hms')} ")
        if who == "c":
            doc.t("Jogador: ")
        elif who == "a":
            if ag_named:
                doc.e(ag_name, "PERSON")
                doc.t(" (Atendimento): ")
            else:
                doc.t("Atendente: ")
        else:
            doc.t(f"{bot} 🤖: ")
        doc.f(msg, **kw)
        doc.t("\n")

    topic = g.pick(["saque", "saque", "cartao", "autoexclusao", "bonus"])
    line("b", f"Olá! Eu sou {bot}, assistente virtual da {brand}. Jogue com responsabilidade: apostas são proibidas para menores de 18 anos. Como posso ajudar?")
    if g.chance(0.5):
        line("c", "«x»", x=g.pick(["oi", "boa noite", "alo"]))
        line("b", "Para agilizar, qual o seu nome completo?")
        line("c", "«n»", n=P(g.pick([c.full, c.low, c.short])))
    line("c", {"saque": "meu saque ta pendente faz 3 dias", "cartao": "nao consigo depositar no cartao de credito",
               "autoexclusao": "quero fechar minha conta, to perdendo muito", "bonus": "cade minhas rodadas gratis??"}[topic])
    line("b", "Entendi. Vou chamar um atendente humano. Enquanto isso, informe o CPF cadastrado.")
    if g.chance(0.2):
        line("c", "«x»", x=g.neg_cpf())
        line("b", "Esse CPF não confere com a conta logada. Pode verificar?")
    line("c", "«x»", x=(g.cpf(g.pick(["dot", "raw", "raw"])), "BR_CPF"))
    line("a", "Oi, «n»! Aqui é «a», tudo bem? Para confirmar a titularidade, me diga sua data de nascimento.",
         n=P(g.pick([c.first, c.first, c.nick])), a=P(ag.first))
    line("c", "«d»", d=(g.dob(g.pick(["br", "nopad", "short"]), 1960, 2006), "DATE_OF_BIRTH"))
    if topic == "saque":
        amount = g.money(150, 9000)
        line("a", "Obrigad«o»! Seu saque de R$ «v» está retido na validação de identidade (KYC): a selfie enviada ficou escura e o documento cortado.",
             o=ag.o, v=amount)
        line("c", "mandei a foto da minha «dc» ja, numero «n»", dc=(dct := g.pick(["CNH", "RG"])),
             n=(g.cnh(), "BR_CNH") if dct == "CNH" else (g.rg(), "BR_RG"))
        line("a", "Recebi. Pela Portaria SPA/MF nº 615/2024 o saque só pode ir para conta de mesma titularidade do CPF. A chave de destino é a «kk» «kv»?",
             kk=(pk := pix_key(g, c))[0], kv=pk[2])
        if g.chance(0.5):
            line("c", "nao, essa é da minha «r» «x». manda pra minha conta no «b» ag «ag» cc «cc»",
                 r=g.pick(["esposa", "mãe", "namorada", "irmã"]), x=P(g.pick([g.person(female=True).first, g.person(female=True).full])),
                 b=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
            line("a", "Perfeito, conta atualizada. Conta de terceiros não é permitida, por isso o primeiro pedido seria devolvido de qualquer jeito.")
        else:
            line("c", "isso")
        line("a", "Selfie e documento aprovados agora ✅ O saque deve cair em até 2 horas. ID da transação: «tx».", tx=g.bet_id())
    elif topic == "cartao":
        line("c", "o cartao é «cc» validade «vl», ja tentei 4x", cc=(g.card(g.chance(0.6)), "CREDIT_CARD"),
             vl=f"{g.ri(1, 12):02d}/{g.ri(26, 33)}")
        line("a", "«n», por favor não envie dados de cartão no chat, vou apagar a mensagem. As bets autorizadas não podem aceitar cartão de crédito "
             "(Portaria SPA/MF nº 615/2024). Depósitos só por Pix, débito ou TED, de conta no seu CPF.", n=P(c.first))
        line("c", "e se eu depositar pelo pix da minha mae?")
        line("a", "Será devolvido: o pagador precisa ser o próprio apostador. O Pix de depósito é gerado na hora, copia e cola, válido por 30 min.")
    elif topic == "autoexclusao":
        line("a", "Sinto muito que esteja passando por isso. Posso aplicar a autoexclusão agora: 30 dias, 6 meses, 1 ano ou por tempo indeterminado. "
             "O saldo de R$ «v» será devolvido para a conta cadastrada.", v=g.money(0, 600))
        line("c", "indeterminado. e manda a confirmação pro «e»", e=(g.email(c), "EMAIL_ADDRESS"))
        line("a", "Feito. Sua conta está encerrada e você não receberá publicidade. Se precisar de apoio, o CVV atende no 188 e os CAPS da sua "
             "cidade atendem jogo problemático de graça. Quer que um especialista em jogo responsável ligue para você?")
        line("c", "pode ser. «t» depois das 18h", t=(g.phone(g.pick(["plain", "raw", "par"])), "PHONE_NUMBER"))
    else:
        line("a", "As 50 rodadas do «j» foram creditadas em «dd», com validade de 7 dias. Elas venceram ontem.", j=g.pick(CASINO),
             dd=dbr(g.after(start.date(), -9, -8)))
        line("c", "que absurdo. o «x» falou no insta que eram 30 dias", x=P(g.pick([(infl := g.person(female=False)).first, infl.short, infl.nick])))
        line("a", "Esse perfil não é afiliado oficial da «b». Vou registrar a denúncia. Posso creditar 20 rodadas como cortesia.", b=brand)
        if g.chance(0.5):
            line("c", "ok. atualiza meu cel tbm: «t»", t=(g.phone(), "PHONE_NUMBER"))
    line("c", g.pick(["vlw", "ok obrigad" + c.o, "blz", "tá bom"]))
    if g.chance(0.5):
        line("a", "Por nada, «n»! Protocolo «p». Lembre-se: defina limites de depósito em Perfil > Jogo Responsável.", n=P(c.first), p=g.protocol())
    else:
        line("a", "Por nada! Protocolo «p». Lembre-se: defina limites de depósito em Perfil > Jogo Responsável.", p=g.protocol())
    line("b", "Atendimento encerrado. Avalie de 1 a 5 ⭐")
    return doc


def at_whatsapp(g: Gen) -> Doc:
    """WhatsApp export: a bettor's mother or wife writes to a bet's responsible-gambling (Jogo Responsável) number."""
    doc = Doc()
    legal, brand, dom = bet(g)
    player = g.person(female=g.chance(0.2))
    fam = g.person(female=True) if g.chance(0.5) else g.relative(player, female=True)
    rel = g.pick(["filho", "marido", "irmão", "neto"]) if not player.female else g.pick(["filha", "esposa", "irmã"])
    ag = g.person()
    ios = g.chance(0.5)
    day = g.day()
    moments = g.moments(14, day, 3, (7, 23))
    it = iter(moments)
    saved = g.chance(0.35)
    fam_num = g.phone("wa")
    fam_name = g.pick([fam.first, fam.short, fam.nick, fam.first])
    biz = f"{brand} Jogo Responsável"
    doc.t(f"Conversa do WhatsApp com {biz}\n")

    def line(who: str, msg: str, **kw) -> None:
        t = next(it)
        doc.t(ts(t, "waios") + " " if ios else ts(t, "wa") + " - ")
        if who == "f":
            if saved:
                doc.e(fam_name, "PERSON")
            else:
                doc.e(fam_num, "PHONE_NUMBER")
        else:
            doc.t(biz)
        doc.t(": ")
        doc.f(msg, **kw)
        doc.t("\n")

    line("f", "boa tarde. meu «r» ta viciado em aposta na «b», ja perdeu o salario todo e pegou emprestimo. quero que voces bloqueiem ele",
         r=rel, b=brand)
    line("b", "Olá, aqui é «a», da equipe de Jogo Responsável. Sinto muito pela situação 💙 Pode me dizer o nome completo e o CPF dele?",
         a=P(g.pick([ag.first, ag.short])))
    line("f", "«n» cpf «c»", n=P(g.pick([player.full, player.caps, player.low])), c=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"))
    if g.chance(0.6):
        line("f", "nasceu «d», tem o celular «t»", d=(g.dob(g.pick(["br", "nopad", "short"]), 1975, 2006), "DATE_OF_BIRTH"),
             t=(g.phone(g.pick(["plain", "raw", "par"])), "PHONE_NUMBER"))
    line("b", "Localizei a conta. Pela Lei 14.790/2023 e pela Portaria SPA/MF nº 1.231/2024, a autoexclusão precisa ser pedida pelo próprio "
         "apostador, mas já marquei a conta para contato proativo e limitei os depósitos a R$ «v» por dia até a análise.", v=g.pick(["50,00", "100,00", "0,00"]))
    line("f", "ele usa o cartao do meu nome, final «f»", f=g.d(4))
    line("b", "Não aceitamos cartão de crédito. Se houve depósito por Pix de conta sua, ele foi devolvido, porque o pagador tem que ser o próprio jogador.")
    line("f", g.pick(["entao ele ta usando outra conta. o amigo dele «x» que ensinou, vende curso de 'green garantido'",
                      "ele diz que o influencer «x» ganha todo dia no tigrinho",
                      "eu achei no celular dele um site «s» que nao é de voces"]),
         x=P(g.pick([g.person(female=False).first, g.person(female=False).short])), s=g.pick(ILLEGAL))
    line("b", "Sites fora do domínio .bet.br não são autorizados pela SPA/MF. Pode denunciar em gov.br/apostas. Para apoio à família, o «cl» atende "
         "pelo telefone «t» (gratuito, pelo SUS).", cl=g.pick(CLINICS), t=(g.phone(g.pick(["par", "plain"]), mobile=False), "PHONE_NUMBER"))
    if g.chance(0.5):
        line("f", "meu nome é «n», se precisarem o email é «e»", n=P(g.pick([fam.full, fam.short])), e=(g.email(fam), "EMAIL_ADDRESS"))
    line("b", "Obrigad«o». Nossa psicóloga «p» pode ligar para ele amanhã, com o consentimento dele. Protocolo «pr».",
         o=ag.o, p=P(g.pick([(ps := g.person(female=True)).full, ps.short])), pr=g.protocol())
    line("f", g.pick(["obrigada. que Deus abençoe", "ok", "vou falar com ele hoje a noite", "🙏"]))
    return doc


def at_kyc_json(g: Gen) -> Doc:
    """KYC onboarding response of an identity-verification API for a bet, with the analyst's decision."""
    doc = Doc()
    legal, brand, dom = bet(g)
    p = g.person()
    an = g.person()
    t = g.moments(1, None, 1, (0, 24))[0]
    minor = g.chance(0.15)
    dead = not minor and g.chance(0.15)
    dob_y = g.ri(2008, 2009) if minor else g.ri(1952, 2005)
    dob = datetime.date(dob_y, g.ri(1, 12), g.ri(1, 28))
    dtype = g.pick(["CNH", "RG", "RG", "CNH"])
    city, uf = g.city()
    doc.f("POST https://api.«v».com.br/v2/onboarding/verify  200 OK («ms» ms)\nX-Request-Id: «rid»\nX-Client: «dom»\n\n",
          v=g.pick(["idcheck", "veriface", "confirmaid", "kycbrasil"]), ms=g.ri(300, 4200), rid=g.uuid(), dom=dom)
    mother = g.person(female=True)
    payload = {
        "request_id": g.uuid(),
        "created_at": ts(t, "iso"),
        "subject": {
            "name": P(g.pick([p.full, p.caps])),
            "cpf": (g.cpf(g.pick(["raw", "dot"])), "BR_CPF"),
            "birth_date": (fmt_date(dob.day, dob.month, dob.year, g.pick(["iso", "iso", "br"])), "DATE_OF_BIRTH"),
            "mother_name": P(g.pick([mother.full, mother.caps])),
            "cpf_status": "TITULAR FALECIDO" if dead else g.pick(["REGULAR", "REGULAR", "REGULAR", "PENDENTE DE REGULARIZACAO"]),
            "pep": g.chance(0.05),
            "sanctions_hit": False,
        },
        "document": {"type": dtype, "number": (g.cnh(), "BR_CNH") if dtype == "CNH" else (g.rg(), "BR_RG"),
                     "issuer": "DETRAN-" + uf if dtype == "CNH" else g.pick(["SSP-", "SESP-", "PC-"]) + uf,
                     "ocr_confidence": round(g.rng.uniform(0.71, 0.99), 2)},
        "contact": {"email": (g.email(p), "EMAIL_ADDRESS"), "phone": (g.phone(g.pick(["e164", "raw"])), "PHONE_NUMBER"),
                    "phone_verified": g.chance(0.8)},
        "address": {"street": (g.address(g.pick(["text", "caps"])), "ADDRESS"), "district": g.pick(BAIRROS), "city": city, "state": uf,
                    "zip": (g.cep(g.chance(0.5)), "BR_CEP")},
        "biometrics": {"liveness": round(g.rng.uniform(0.55, 0.99), 3), "face_match": round(g.rng.uniform(0.4, 0.99), 3),
                       "selfie_id": g.hexs(24)},
        "geo": {"ip": ip_any(g, 0.85), "country": "BR", "state": uf, "vpn": g.chance(0.12), "lat": round(-g.rng.uniform(3, 30), 4),
                "lon": round(-g.rng.uniform(35, 60), 4)},
        "device": {"fingerprint": g.device(), "os": g.pick(["Android 14", "iOS 17.5", "Android 13", "Windows 11"])},
    }
    if g.chance(0.6):
        bank = g.pick(BANKS)
        payload["payout_account"] = {"bank": bank[0], "branch": (g.agency(False), "BANK_ACCOUNT"), "account": (g.account(), "BANK_ACCOUNT"),
                                     "holder_cpf_match": g.chance(0.8)}
    else:
        payload["payout_pix"] = {"key_type": "EVP", "key": (g.uuid(), "PIX_KEY"), "holder_cpf_match": g.chance(0.85)}
    jval(doc, payload, 0)
    age = (t.date() - dob).days // 365
    doc.f("\n\n--- análise manual (mesa KYC «b») ---\nAnalista: «a» («lg»)\n", b=brand, a=P(g.pick([an.full, an.short])), lg=login(an, g))
    if minor:
        doc.f("REPROVADO. Apostador com «x» anos — menor de 18 (art. 26, I, Lei 14.790/2023). Conta bloqueada; depósitos devolvidos à origem.\n", x=age)
    elif dead:
        doc.t("REPROVADO. CPF com situação 'titular falecido' na Receita. Indício de fraude de identidade; comunicação ao compliance (PLD/FTP) aberta.\n")
    elif payload["geo"]["vpn"]:
        doc.t("PENDENTE. Acesso via VPN/proxy; solicitado novo login sem VPN para geolocalização em território nacional.\n")
    else:
        doc.f("APROVADO. Nome da mãe confere com a base; «s».\n", s=g.pick(["selfie ok após segunda tentativa", "documento legível", "face match acima do limiar 0,80"]))
    if g.chance(0.35):
        doc.f("Obs.: mesmo dispositivo usado na conta de «o» (CPF «c»), possível familiar. Monitorar.\n",
              o=P(g.pick([g.relative(p).full, g.person().full])), c=(g.cpf(), "BR_CPF"))
    return doc


def spoken_dob(g: Gen) -> str:
    dd, mm, yy = g.dob_parts(1950, 2005)
    return g.pick([f"{dd} de {fold(MONTHS[mm - 1])} de {yy}", f"{dd} do {mm} de {yy}", f"{dd:02d} {mm:02d} {yy}",
                   f"dia {dd} de {fold(MONTHS[mm - 1])} de {yy}"])


def at_transcricao(g: Gen) -> Doc:
    """Speech-to-text transcript of a call to a bet's call centre (lower case, no accents): hacked account or blocked withdrawal."""
    doc = Doc()
    legal, brand, dom = bet(g)
    c = g.person()
    ag = g.person()
    t0 = g.moments(1, None, 1, (8, 22))[0]
    secs = iter(sorted(g.sample(range(3, 900), 22)))
    doc.f("[transcricao automatica — «b» — central 0800 — ligacao «id» — «d» — duracao «m»:«s» — confianca media «cf»]\n\n",
          b=fold(brand).lower(), id=g.hexs(10), d=ts(t0, "br"), m=f"{g.ri(6, 17):02d}", s=f"{g.ri(0, 59):02d}", cf=f"0,{g.ri(78, 93)}")

    def line(who: str, msg: str, **kw) -> None:
        sec = next(secs)
        doc.t(f"[{sec // 60:02d}:{sec % 60:02d}] {'atendente' if who == 'a' else 'cliente'}: ")
        doc.f(msg, **kw)
        doc.t("\n")

    an = fold(ag.first).lower()
    line("a", "«b» boa noite meu nome e «n» com quem eu falo", b=fold(brand).lower(), n=P(an))
    line("c", "boa noite e «n» eu to ligando porque «m»", n=P(g.pick([c.low, fold(c.short).lower(), fold(c.first).lower()])),
         m=g.pick(["entraram na minha conta e sacaram tudo", "meu saque ta bloqueado faz uma semana", "mudaram o email da minha conta sem eu pedir"]))
    line("a", "entendo senhor«a» vou precisar confirmar alguns dados pode me passar o cpf", a="a" if c.female else "")
    n = g.cpf_digits()
    line("c", "e «c»", c=(g.pick([f"{n[:3]} {n[3:6]} {n[6:9]} {n[9:]}", f"{n[:3]} {n[3:6]} {n[6:9]} traco {n[9:]}",
                                   f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"]), "BR_CPF"))
    line("a", "e a data de nascimento")
    line("c", "«d»", d=(spoken_dob(g), "DATE_OF_BIRTH"))
    line("a", "obrigad«o» e o telefone com ddd", o=ag.o)
    line("c", "«t»", t=(g.phone("stt"), "PHONE_NUMBER"))
    if g.chance(0.5):
        line("a", "certo e o endereco continua o mesmo")
        line("c", "nao mudei agora e «ad» cep «cep»", ad=(g.address("stt"), "ADDRESS"),
             cep=(g.pick([(z := g.cep(False))[:5] + " " + z[5:], z]), "BR_CEP"))
    line("a", "aqui no sistema consta que no dia «dd» houve um login de um aparelho novo e a troca do email para «e» foi «a»",
         dd=dbr(g.after(t0.date(), -6, -1)), e=(g.email(g.person(), g.pick(["proton.me", "outlook.com", "gmail.com"])), "EMAIL_ADDRESS"),
         a="a senhora" if c.female else "o senhor")
    line("c", "nao nunca esse email nao e meu o meu e «e»", e=(g.email(c), "EMAIL_ADDRESS"))
    line("a", "entao o saque de «v» reais foi para a chave pix «k» que tambem foi cadastrada nesse dia", v=g.pick(["mil e duzentos", "trezentos e cinquenta", "dois mil", "oitocentos"]),
         k=(g.uuid(), "PIX_KEY") if g.chance(0.5) else V("terminada em " + g.d(4)))
    line("c", "meu deus e agora")
    line("a", "vou bloquear a conta preventivamente abrir uma contestacao com o nosso time de fraude e «a» deve registrar boletim de ocorrencia "
         "o protocolo e «p»", a="a senhora" if c.female else "o senhor", p=" ".join(g.d(3) for _ in range(3)))
    if g.chance(0.45):
        line("c", "minha «r» «x» pode acompanhar isso ela que mexe nessas coisas o numero dela e «t»", r=g.pick(["filha", "esposa", "sobrinha", "irma"]),
             x=P(fold(g.person(female=True).first).lower()), t=(g.phone("stt"), "PHONE_NUMBER"))
        line("a", "posso registrar como contato mas por seguranca so o titular pode pedir alteracoes")
    line("a", "mais alguma coisa senhor«a» «n»", a="a" if c.female else "", n=P(fold(c.first).lower()))
    line("c", "nao e so isso obrigad«o»", o=c.o)
    line("a", "a «b» agradece jogue com responsabilidade tenha uma boa noite", b=fold(brand).lower())
    return doc


def at_loterica_premio(g: Gen) -> Doc:
    """A lottery outlet's prize-payment form (termo de pagamento de prêmio) or its referral of a larger prize to a Caixa branch."""
    doc = Doc()
    lot = g.pick(LOTERICAS)
    city, uf = g.city()
    w = g.person()
    op = g.person()
    game = g.pick(GAMES[:8])
    day = g.day()
    big = g.chance(0.4)
    prize = g.ri(226000, 9500000) / 100 if big else g.ri(500, 225900) / 100
    doc.f("«l» — «c»/«uf»\nCNPJ «cnpj» · Permissionário CAIXA cód. «cod» · Tel. «tel»\n\n",
          l=lot.upper() if g.chance(0.5) else lot, c=city, uf=uf, cnpj=(g.cnpj(), "BR_CNPJ"), cod=f"{g.d(2)}.{g.d(6)}-{g.d(1)}",
          tel=(g.phone(g.pick(["par", "plain"]), mobile=False), "PHONE_NUMBER"))
    title = "ENCAMINHAMENTO DE PRÊMIO À AGÊNCIA" if big else "TERMO DE PAGAMENTO DE PRÊMIO"
    doc.t(title + "\n\n")
    fields = [("Modalidade", V(game)), ("Concurso", V(g.concurso())), ("Data do sorteio", V(dbr(g.after(day, -20, -1)))),
              ("Dezenas / prognóstico", V(g.dezenas(game))), ("Nº do bilhete / recibo", V(f"{g.d(4)}.{g.d(4)}.{g.d(4)}.{g.d(3)}")),
              ("Valor do prêmio (R$)", V(brl(prize))),
              ("Ganhador", P(g.pick([w.full, w.caps, w.capsf]))), ("CPF", (g.cpf(), "BR_CPF")),
              ("Documento", (g.rg(), "BR_RG") if g.chance(0.7) else (g.cnh(), "BR_CNH")),
              ("Endereço", (g.address(g.pick(["text", "caps"])), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")),
              ("Telefone", (g.phone(g.pick(["par", "plain", "dash"])), "PHONE_NUMBER"))]
    if g.chance(0.4):
        fields.append(("E-mail", (g.email(w), "EMAIL_ADDRESS")))
    if g.chance(0.4):
        fields.insert(8, ("Data de nascimento", (g.dob(g.pick(["br", "nopad"]), 1945, 2005), "DATE_OF_BIRTH")))
    kv_block(g, doc, fields, g.pick(["box", "dots", "lines"]))
    if big:
        doc.f("\nPrêmio acima de R$ 2.259,20: não pode ser pago na lotérica. Ganhador orientado a comparecer a qualquer agência CAIXA com documento "
              "de identidade, CPF e o bilhete original, no prazo de 90 dias do sorteio. Incide IR de 30% na fonte (Lei 11.941/2009). "
              "Bilhete conferido e autenticado no terminal às «h».\n", h=g.hm())
        if prize > 10000 and g.chance(0.7):
            doc.t("Pagamento em agência sujeito a registro para fins da Lei 9.613/1998 (prêmios ≥ R$ 10 mil são informados ao Coaf).\n")
    else:
        doc.f("\nPago em «fp» em «dd» às «h». «o»\n", fp=g.pick(["espécie", "espécie", "depósito em conta CAIXA"]), dd=dbr(day), h=g.hm(),
              o=g.pick(["Valor conferido na presença do ganhador.", "Recibo original retido e carimbado.", ""]))
    if g.chance(0.35):
        proc = g.person()
        doc.f("Recebido por procurador(a): «n», CPF «c», procuração lavrada no «cart».\n", n=P(g.pick([proc.full, proc.caps])),
              c=(g.cpf(), "BR_CPF"), cart=g.pick(["2º Tabelionato de Notas", "Cartório do 1º Ofício", "Cartório Leão Branco"]))
    doc.f("\nOperador(a) de caixa: «o» — matr. «m»\nAssinatura do ganhador: ______________________\n", o=P(g.pick([op.full, op.short, op.first])),
          m=g.d(5))
    if g.chance(0.3):
        doc.f("\nObs. do gerente: ganhador já recebeu prêmio de «gm» em «dm» nesta unidade (3º no mês). Registrado em livro próprio; "
              "informado à CAIXA pelo canal de PLD. Gerente: «n».\n", gm=g.pick(GAMES), dm=dbr(g.after(day, -25, -3)), n=P(g.person().full))
    return doc


def at_afiliado_email(g: Gen) -> Doc:
    """E-mail thread between an influencer's manager and a bet's affiliate team; registration data and compliance rules."""
    doc = Doc()
    legal, brand, dom = bet(g)
    inf = g.person()
    mgr = g.person()
    aff = g.person()
    comp = g.person()
    day = g.day()
    handle = "@" + re.sub(r"[^a-z]", "", fold(inf.first).lower()) + g.pick(["greens", ".apostas", "_dicas", "dasorte", "tips", "oficial"])
    mgr_mail = g.email(mgr, g.pick(["gmail.com", "agenciatop.com.br", "hypemkt.com.br", "outlook.com"]))
    aff_mail = corp_mail(aff, dom)
    t = g.moments(3, day, 4, (8, 21))
    doc.f("De: «m» <«me»>\nPara: afiliados@«dom»\nData: «d»\nAssunto: Parceria — «h» («f» seguidores)\n\n",
          m=P(mgr.full), me=(mgr_mail, "EMAIL_ADDRESS"), dom=dom, d=ts(t[0], "br"), h=handle, f=g.pick(["320 mil", "1,2 mi", "85 mil", "2,4 mi"]))
    doc.f("Olá, time da «b»!\n\nSou «m», empresári«o» d«a» «n» («h»). Temos interesse no programa de afiliados (CPA + revshare). Seguem os dados:\n\n",
          b=brand, m=P(mgr.first), o=mgr.o, a="a" if inf.female else "o", n=P(inf.full), h=handle)
    pj = g.chance(0.5)
    rows = [("Nome", P(g.pick([inf.full, inf.caps])))]
    if pj:
        rows += [("Razão social", V(f"{fold(inf.first)[0]}. {fold(inf.last).upper()} PRODUCOES DIGITAIS LTDA")), ("CNPJ", (g.any_cnpj(), "BR_CNPJ"))]
    rows += [("CPF", (g.cpf(), "BR_CPF")), ("Nascimento", (g.dob(g.pick(["br", "iso"]), 1988, 2004), "DATE_OF_BIRTH")),
             ("Celular", (g.phone(g.pick(["par", "plus"])), "PHONE_NUMBER")), ("E-mail", (g.email(inf), "EMAIL_ADDRESS"))]
    if g.chance(0.5):
        rows.append(("Pagamento", (g.uuid(), "PIX_KEY")))
        lab = "chave Pix aleatória"
    else:
        rows += [("Banco", V(g.pick(BANKS)[1])), ("Agência", (g.agency(), "BANK_ACCOUNT")), ("Conta", (g.account(), "BANK_ACCOUNT"))]
        lab = "conta PJ" if pj else "conta PF"
    kv_block(g, doc, rows, "lines")
    doc.f("\n(pagamento via «l»)\n\nAbs.,\n«m»\n«tel»\n\n", l=lab, m=P(mgr.short), tel=(g.phone(g.pick(["plain", "par"])), "PHONE_NUMBER"))
    doc.f("-----\nDe: «a» <«ae»>\nPara: «m»\nCc: compliance@«dom»\nData: «d»\n\n", a=P(aff.full), ae=(aff_mail, "EMAIL_ADDRESS"),
          m=(mgr_mail, "EMAIL_ADDRESS"), dom=dom, d=ts(t[1], "br"))
    doc.f("Oi, «m»! Obrigad«o» pelo contato. Antes do contrato, o compliance precisa validar alguns pontos (Lei 14.790/2023, art. 17, e "
          "Portaria SPA/MF nº 1.231/2024):\n- nenhum conteúdo com menores de 18 ou em perfis com público majoritariamente adolescente;\n"
          "- proibido apresentar aposta como investimento ou renda extra, e proibido \"green garantido\";\n"
          "- aviso \"18+ | Jogue com responsabilidade\" em todo post e story;\n- só divulgar o domínio «dom».\n\n"
          "Vi que em «dd» saiu um story com o sobrinho d«a» «f» (criança) ao fundo. Precisamos que seja apagado.\n\n«a2»\nGerente de Afiliados — «b»\n\n",
          m=P(mgr.first), o=aff.o, dom=dom, dd=dbr(g.after(day, -30, -3)), a="a" if inf.female else "o", f=P(inf.first),
          a2=P(g.pick([aff.short, aff.first])), b=brand)
    doc.f("-----\nDe: «c» <«ce»>\nData: «d»\n\nValidação de integridade: CPF regular, sem PEP, sem vínculo com atleta, árbitro ou dirigente "
          "(art. 29 da Lei 14.790/2023). «x»\n— «c2»Compliance\n",
          c=P(comp.full), ce=(corp_mail(comp, dom), "EMAIL_ADDRESS"), d=ts(t[2], "br"),
          x=g.pick(["Aprovado com ressalva do item do story.", "Aprovado.",
                    "Reprovado: " + ("o" if inf.female is False else "a") + " influenciador" + ("" if not inf.female else "a") + " é sócio de empresa de tipster não autorizada."]),
          c2="")
    if g.chance(0.5):
        doc.text = doc.text[:-len("Compliance\n")]
        doc.f("«c», Compliance\n", c=P(comp.first))
    return doc


def at_procon(g: Gen) -> Doc:
    """A consumer-platform / Procon complaint about a retained withdrawal, with the bet's answer and the consumer's evaluation."""
    doc = Doc()
    legal, brand, dom = bet(g)
    c = g.person()
    an = g.person()
    day = g.day()
    city, uf = g.city()
    src = g.pick(["consumidor.gov.br", "Procon-" + uf, "Procon Municipal de " + city])
    doc.f("«s» — RECLAMAÇÃO Nº «n»\nFornecedor: «l» («b») — CNPJ «cnpj»\nAbertura: «d»   Situação: «st»\n\n",
          s=src, n=f"{g.ri(2024, 2026)}.{g.d(2)}.{g.d(6)}" if "Procon" in src else g.d(8), l=legal, b=brand,
          cnpj=(g.any_cnpj(), "BR_CNPJ"), d=dbr(day), st=g.pick(["Respondida", "Finalizada — avaliada", "Em análise"]))
    doc.t("CONSUMIDOR\n")
    rows = [("Nome", P(g.pick([c.full, c.caps]))), ("CPF", (g.cpf(), "BR_CPF")),
            ("Data de nascimento", (g.dob(g.pick(["br", "br", "nopad"]), 1955, 2005), "DATE_OF_BIRTH")),
            ("E-mail", (g.email(c), "EMAIL_ADDRESS")), ("Telefone", (g.phone(), "PHONE_NUMBER")),
            ("Endereço", (g.address(), "ADDRESS")), ("Cidade/UF", V(f"{city}/{uf}")), ("CEP", (g.cep(), "BR_CEP"))]
    if g.chance(0.4):
        rows.pop(2)
    kv_block(g, doc, rows, g.pick(["lines", "dots"]))
    v = g.money(300, 15000)
    e2e = g.e2e()
    story = g.ri(0, 3)
    doc.f("\nRELATO\n«r»\n\n", r=[
        f"Solicitei saque de R$ {v} no dia {dbr(g.after(day, -20, -5))} e até hoje não caiu. A empresa pede documentos que já enviei três vezes.",
        f"Fiz depósito por Pix (ID {e2e}) de R$ {v} que não foi creditado. O suporte só responde com mensagem automática.",
        f"Ganhei R$ {v} numa múltipla de {g.pick(MATCHES)} e a conta foi bloqueada por 'apostas irregulares'. Quero meu dinheiro.",
        f"Pedi autoexclusão em {dbr(g.after(day, -90, -30))} e continuei recebendo SMS e e-mail de bônus. Depois disso perdi R$ {v}."][story])
    doc.f("PEDIDO\n«p»\n\n", p=["Liberação do saque.", "Crédito do depósito ou estorno.", "Pagamento do prêmio.",
                                "Devolução do valor e encerramento da conta."][story])
    doc.f("RESPOSTA DO FORNECEDOR («d»)\nPrezad«o» «n», agradecemos o contato. ", d=dbr(g.after(day, 2, 9)), o=c.o, n=P(g.pick([c.first, c.full, c.short])))
    doc.t([
        "Após a validação de identidade (KYC) exigida pela Portaria SPA/MF nº 615/2024, o saque foi liberado e pago via Pix. ",
        g.pick(["Identificamos que o depósito foi feito a partir de conta de titularidade de terceiro, o que é vedado; o valor foi devolvido à conta de origem. ",
                "O depósito foi localizado pelo ID informado e creditado manualmente no saldo. "]),
        "A conta foi suspensa por indícios de manipulação de resultados em partida monitorada pela integridade esportiva; o saldo permanece retido até conclusão da apuração. ",
        "A autoexclusão foi reprocessada e o cadastro removido das bases de marketing. Os valores apostados após o pedido serão devolvidos. "][story])
    if g.chance(0.5):
        doc.f("Comprovante: E2E «e», crédito na conta ag. «ag» c/c «cc» (final conferido com o CPF do titular). ",
              e=g.e2e(), ag=(g.agency(False), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    doc.f("\nAtenciosamente, «a» — Ouvidoria «b» (ouvidoria@«dom»)\n\n", a=P(g.pick([an.full, an.short])), b=brand, dom=dom)
    doc.f("AVALIAÇÃO DO CONSUMIDOR: «r» · Nota «n»/5\nComentário: ", r=g.pick(["Resolvida", "Não resolvida", "Resolvida"]), n=g.ri(1, 5))
    k = g.ri(0, 3)
    if k == 3:
        doc.f("A atendente «x» foi atenciosa pelo telefone, mas a empresa demorou.\n", x=P(g.person(female=True).first))
    else:
        doc.t(["Recebi o valor, mas demorou demais.", "Continuo sem o dinheiro.", "Vou entrar na justiça."][k] + "\n")
    return doc


AT = [at_chat, at_whatsapp, at_kyc_json, at_transcricao, at_loterica_premio, at_afiliado_email, at_procon]


# =========================================================================== juridico

NATIONALITY = {"pt": "brasileir{o}", "it": "brasileir{o}", "de": "brasileir{o}", "jp": "brasileir{o}", "ar": "brasileir{o}",
               "in": "brasileir{o}", "jw": "brasileir{o}", "ht": "haitian{o}", "ve": "venezuelan{o}", "bo": "bolivian{o}"}
PROFS = ["motorista de aplicativo", "autônom{o}", "vendedor{a}", "auxiliar administrativ{o}", "professor{a}", "técnic{o} de enfermagem",
         "pedreir{o}", "comerciante", "estudante", "operador{a} de caixa", "servidor{a} públic{o}", "aposentad{o}", "eletricista",
         "empresári{o}", "manicure", "entregador{a}"]
CIVIL = ["solteir{o}", "casad{o}", "divorciad{o}", "em união estável", "viúv{o}"]


def gfx(s: str, p: Person) -> str:
    """Gender a word pattern: {o} -> o/a, {a} -> ''/a."""
    return s.replace("{o}", p.o).replace("{a}", "a" if p.female else "")


def qualify(g: Gen, doc: Doc, p: Person, caps: bool = True, dob: float = 0.3, rg: float = 0.8, mail: float = 0.7,
            phone: float = 0.5, titulo: bool = False) -> None:
    """'NAME, brasileira, casada, vendedora, portadora do RG nº ..., inscrita no CPF sob o nº ..., residente ...'"""
    doc.e(p.caps if caps else p.full, "PERSON")
    doc.t(", " + gfx(g.pick(["brasileir{o}"] * 4 + ["naturalizad{o} brasileir{o}"]), p) + ", " + gfx(g.pick(CIVIL), p) + ", " +
          gfx(g.pick(PROFS), p))
    if g.chance(dob):
        doc.f(", nascid«o» em «d»", o=p.o, d=(g.dob(g.pick(["br", "long"]), 1950, 2004), "DATE_OF_BIRTH"))
    if g.chance(rg):
        if g.chance(0.25):
            doc.f(", portador«a» da CNH nº «n»", a="a" if p.female else "", n=(g.cnh(), "BR_CNH"))
        else:
            doc.f(", portador«a» do RG nº «rg» «org»", a="a" if p.female else "", rg=(g.rg(), "BR_RG"),
                  org=g.pick(["SSP/SP", "SSP/BA", "SDS/PE", "SSP/CE", "PC/MG", "SESP/PR", "DETRAN/RJ"]))
    doc.f(", inscrit«o» no CPF sob o nº «c»", o=p.o, c=(g.cpf(), "BR_CPF"))
    if titulo:
        doc.f(", título de eleitor nº «t»", t=(g.titulo(), "BR_TITULO_ELEITOR"))
    city, uf = g.city()
    doc.f(", residente e domiciliad«o» na «ad», «b», «c»/«uf», CEP «cep»", o=p.o, ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS),
          c=city, uf=uf, cep=(g.cep(), "BR_CEP"))
    if g.chance(mail):
        doc.f(", endereço eletrônico «e»", e=(g.email(p), "EMAIL_ADDRESS"))
    if g.chance(phone):
        doc.f(", telefone «t»", t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))


def seat(g: Gen) -> str:
    """A company's seat (not labelled)."""
    return f"{g.pick(['Avenida Brigadeiro Faria Lima', 'Avenida Paulista', 'Rua Prudente de Morais', 'Avenida das Américas', 'Rua Jorge Amado', 'Alameda Santos'])}, nº {g.ri(100, 4500)}, {g.pick(['conj. ', 'sala ', 'andar '])}{g.ri(1, 2200)}"


def signature_footer(g: Gen, doc: Doc, p: Person, role: str, when: datetime.date) -> None:
    doc.f("Documento assinado eletronicamente por «n», «r», em «d», às «h», conforme art. 1º, III, \"b\", da Lei 11.419/2006.\n"
          "A autenticidade pode ser conferida no site do tribunal, código verificador «c».\n",
          n=P(p.caps if g.chance(0.5) else p.full), r=role, d=dbr(when), h=g.hm(), c=g.hexs(10, upper=True))


def ju_peticao(g: Gen) -> Doc:
    """Initial petition (small claims) of a bettor whose account was frozen after a win."""
    doc = Doc()
    legal, brand, dom = bet(g)
    a = g.person()
    city, uf = g.city()
    lw = g.person()
    day = g.day()
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) DOUTOR(A) JUIZ(A) DE DIREITO DO «n»º JUIZADO ESPECIAL CÍVEL DA COMARCA DE «c»/«uf»\n\n\n",
          n=g.ri(1, 9), c=fold(city).upper(), uf=uf)
    qualify(g, doc, a, dob=0.35, phone=0.6)
    doc.t(", por seu advogado que esta subscreve (procuração anexa), vem, respeitosamente, propor\n\nAÇÃO DE OBRIGAÇÃO DE FAZER C/C "
          "INDENIZAÇÃO POR DANOS MORAIS, com pedido de tutela de urgência,\n\nem face de ")
    doc.f("«l», pessoa jurídica de direito privado, inscrita no CNPJ sob o nº «cnpj», operadora de apostas de quota fixa autorizada pela «pt», "
          "com sede na «s», São Paulo/SP, endereço eletrônico juridico@«dom», pelos fatos e fundamentos a seguir.\n\n",
          l=fold(legal).upper(), cnpj=(g.any_cnpj(), "BR_CNPJ"), pt=g.spa_portaria(), s=seat(g), dom=dom)
    bank = g.pick(BANKS)
    dep = g.money(800, 30000)
    win = g.money(4000, 180000)
    au = "a Autora" if a.female else "o Autor"
    doc.f("I — DOS FATOS\n\n1. " + au[0].upper() + au[1:] + " mantém conta na plataforma «b» desde «d1», tendo realizado depósitos que somam R$ «dep», todos por Pix a partir de "
          "conta de sua titularidade no «bk» (agência «ag», conta «cc»), como exige a Portaria SPA/MF nº 615/2024.\n\n"
          "2. Em «d2», acertou aposta múltipla (bilhete «bid») nas partidas «m1» e «m2», com retorno de R$ «win».\n\n"
          "3. Ao solicitar o saque, a conta foi suspensa \"para análise de segurança\". A Ré exigiu comprovante de renda, extrato bancário e nova selfie, "
          "enviados em «d3» (protocolo «p»). Desde então, nenhuma resposta.\n\n",
          b=brand, d1=dbr(g.after(day, -400, -60)), dep=dep, bk=bank[1], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
          d2=dbr(g.after(day, -50, -20)), bid=g.bet_id(), m1=g.pick(MATCHES), m2=g.pick(MATCHES), win=win,
          d3=dbr(g.after(day, -18, -5)), p=g.protocol())
    if g.chance(0.5):
        w = g.person()
        doc.f("4. A conversa com o suporte foi acompanhada por «w», «r», que poderá ser ouvid«o» como testemunha (tel. «t»).\n\n",
              w=P(g.pick([w.full, w.caps])), r=g.pick(["amigo(a)", "cunhado(a)", "vizinho(a)", "colega de trabalho"]) + (" da Autora" if a.female else " do Autor"), o=w.o,
              t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    r1, r2 = g.person(), g.person()
    doc.f("II — DO DIREITO\n\nA relação é de consumo (Lei 8.078/1990, arts. 2º, 3º e 14). A Lei 14.790/2023, art. 27, assegura ao apostador o "
          "pagamento dos prêmios e a informação clara sobre regras de saque. Nesse sentido: TJ«u1», Recurso Inominado nº «cnj1», Rel. «r1», j. «j1»; "
          "TJ«u2», Apelação Cível nº «cnj2»«r2».\n\n",
          u1=g.pick(UFS), cnj1=g.cnj(), r1=P(g.pick([r1.full, r1.short])), j1=g.date(), u2=g.pick(UFS), cnj2=g.cnj(), r2="")
    if g.chance(0.5):
        doc.text = doc.text[:-3]
        doc.f(", Rel. Des. «r2».\n\n", r2=P(r2.full))
    doc.f("III — DOS PEDIDOS\n\na) tutela de urgência para desbloqueio do saldo de R$ «win»;\nb) condenação ao pagamento de R$ 10.000,00 por danos morais;\n"
          "c) inversão do ônus da prova (CDC, art. 6º, VIII).\n\nDá-se à causa o valor de R$ «vc».\n\n«c», «d».\n\n«l»\n«oab»\n«le»\n",
          win=win, vc=g.money(12000, 60000), c=city, d=dbr(day, "long"), l=P(g.pick([lw.full, lw.caps])), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"),
          le=(g.email(lw, g.pick(["adv.br", "gmail.com", "advocacia" + re.sub(r"[^a-z]", "", fold(lw.last).lower()) + ".com.br"])), "EMAIL_ADDRESS"))
    return doc


def ju_interdicao(g: Gen) -> Doc:
    """Petition to place a compulsive gambler under curatorship for prodigality (Código Civil, art. 1.767, V)."""
    doc = Doc()
    x = g.person(female=g.chance(0.25))
    sp = g.spouse(x)
    city, uf = g.city()
    lw = g.person()
    psy = g.person()
    day = g.day()
    doc.f("EXMO. SR. DR. JUIZ DE DIREITO DA «n»ª VARA DE FAMÍLIA E SUCESSÕES DA COMARCA DE «c»\n\n\n", n=g.ri(1, 6), c=fold(city).upper())
    doc.e(sp.caps, "PERSON")
    doc.f(", «nac», casad«o», «pr», portador«a» do RG nº «rg», inscrit«o» no CPF sob o nº «cpf», residente na «ad», «c»/«uf», CEP «cep», "
          "por sua advogada, vem propor\n\nAÇÃO DE INTERDIÇÃO (CURATELA) POR PRODIGALIDADE, com pedido de curatela provisória,\n\n"
          "em face de seu cônjuge ",
          nac=gfx("brasileir{o}", sp), o=sp.o, pr=gfx(g.pick(PROFS), sp), a="a" if sp.female else "", rg=(g.rg(), "BR_RG"),
          cpf=(g.cpf(), "BR_CPF"), ad=(addr := g.address(), "ADDRESS"), c=city, uf=uf, cep=(cep := g.cep(), "BR_CEP"))
    doc.f("«n», nascid«o» em «dob», portador«a» do RG nº «rg», CPF nº «cpf», título de eleitor nº «te», residente no mesmo endereço, pelos motivos a seguir.\n\n",
          n=P(x.caps), o=x.o, dob=(g.dob(g.pick(["br", "long"]), 1955, 1998), "DATE_OF_BIRTH"), a="a" if x.female else "", rg=(g.rg(), "BR_RG"),
          cpf=(g.cpf(), "BR_CPF"), te=(g.titulo(), "BR_TITULO_ELEITOR"))
    legal, brand, dom = bet(g)
    doc.f("1. Desde «y», «o» Requerid«o» passou a apostar compulsivamente em «b» e em sites não autorizados (como «il»), dilapidando o patrimônio do casal: "
          "vendeu o veículo «car», placa «pl», tomou empréstimos consignados e usou o limite do cheque especial da conta conjunta (ag. «ag», c/c «cc»).\n\n",
          y=g.ri(2021, 2024), o=x.o, b=brand, il=g.pick(ILLEGAL), car=g.pick(["Fiat Argo 2020", "VW Gol 2018", "Hyundai HB20 2021", "Chevrolet Onix 2019", "moto Honda CG 160"]),
          pl=(g.plate(), "LICENSE_PLATE"), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    doc.t("2. Extrato das transferências Pix a operadoras de apostas nos últimos 60 dias (doc. 4):\n\n")
    rows = []
    for t in g.moments(g.ri(3, 6), g.after(day, -60, -30), 50, (0, 24)):
        lg, br, dm = bet(g)
        rows.append([V(dbr(t.date())), V(g.pick([lg, br.upper() + " PAGAMENTOS"])), (g.cnpj(), "BR_CNPJ"), V(g.money(50, 3000))])
    table_md(doc, ["Data", "Favorecido", "CNPJ", "Valor (R$)"], rows)
    doc.f("\n3. «O» Requerid«o» está em tratamento no «cl» desde «dc», com diagnóstico de jogo patológico (CID-10 F63.0), conforme relatório d«a» "
          "psiquiatra «ps» («crm»), que recomenda a curatela para atos de disposição patrimonial.\n\n",
          O=x.o.upper(), o=x.o, cl=g.pick(CLINICS), dc=dbr(g.after(day, -200, -20)), a="a" if psy.female else "o",
          ps=P(g.pick([psy.full, psy.short])), crm=(g.council("CRM"), "PROFESSIONAL_ID"))
    doc.t("4. Requer-se: (a) a curatela provisória (CPC, art. 749, parágrafo único), restrita aos atos do art. 1.782 do Código Civil; "
          "(b) a nomeação da Requerente como curadora; (c) ofício à Secretaria de Prêmios e Apostas (SPA/MF) para inclusão do CPF no sistema "
          "centralizado de autoexclusão; (d) a oitiva das testemunhas abaixo.\n\nROL DE TESTEMUNHAS\n")
    for _ in range(g.ri(1, 3)):
        w = g.person()
        doc.f("- «n», «q», tel. «t»\n", n=P(g.pick([w.full, w.caps])),
              q=g.pick([("irmã" if w.female else "irmão") + (" da Requerida" if x.female else " do Requerido"), "vizinh" + w.o,
                        "pastora da igreja" if w.female else "pastor da igreja", "colega de trabalho", "cunhad" + w.o]),
              t=(g.phone(g.pick(["par", "plain", "dash"])), "PHONE_NUMBER"))
    doc.f("\nValor da causa: R$ 1.000,00 (inestimável).\n\n«c», «d».\n\n«l» — «oab»\n", c=city, d=dbr(day, "long"), l=P(lw.full),
          oab=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    return doc


def ju_operacao(g: Gen) -> Doc:
    """OCR'd ALL CAPS police investigation report on influencers promoting an illegal online casino (jogo do tigrinho)."""
    doc = Doc()
    uf = g.pick(UFS)
    city = g.city()[0]
    op = g.pick(["TIGRE DE PAPEL", "ROLETA VICIADA", "FALSO GREEN", "VITÓRIA FÁCIL", "FORTUNA OCULTA", "CASSINO FANTASMA"])
    site = g.pick(ILLEGAL)
    dl, es = g.person(), g.person()
    day = g.day()

    def O(s: str) -> str:
        return ocr(s, g, 0.4)

    doc.f(ocr_t("POLÍCIA CIVIL DO ESTADO «uf»\nDELEGACIA DE REPRESSÃO AOS CRIMES CIBERNÉTICOS\nRELATÓRIO DE INVESTIGAÇÃO Nº «n»/«y» — OPERAÇÃO «op»\n"
                "INQUÉRITO POLICIAL Nº «ip»   PROCESSO Nº «cnj»\n\n", g),
          uf=g.pick(["DE SÃO PAULO", "DA BAHIA", "DE PERNAMBUCO", "DO CEARÁ", "DE GOIÁS", "DO PARANÁ", "DE MINAS GERAIS"]), n=g.ri(10, 400), y=day.year,
          op=op, ip=f"{g.d(4)}/{day.year}", cnj=g.cnj())
    doc.f(ocr_t("1. OBJETO\nAPURAR A EXPLORAÇÃO DE JOGO DE AZAR (ART. 50 DO DECRETO-LEI 3.688/1941), ESTELIONATO E LAVAGEM DE DINHEIRO (LEI 9.613/1998) "
                "POR MEIO DO SITE «s», NÃO AUTORIZADO PELA SPA/MF, DIVULGADO POR INFLUENCIADORES DIGITAIS.\n\n2. INVESTIGADOS\n", g), s=site.upper())
    people = [g.person() for _ in range(g.ri(3, 4))]
    roles = ["INFLUENCIADOR(A)", "INFLUENCIADOR(A)", "OPERADOR FINANCEIRO", "TITULAR DE CONTA (LARANJA)", "GERENTE DA PLATAFORMA"]
    w = [30, 15, 13, 11, 26]
    doc.t("NOME".ljust(w[0]) + " " + "CPF".ljust(w[1]) + " " + "RG".ljust(w[2]) + " " + "NASC.".ljust(w[3]) + " PAPEL\n")
    for k, p in enumerate(people):
        doc.cell(cut(O(p.capsf), w[0]), w[0], "PERSON")
        doc.t(" ")
        doc.cell(g.cpf("dot"), w[1], "BR_CPF")
        doc.t(" ")
        if g.chance(0.8):
            doc.cell(g.rg(), w[2], "BR_RG")
        else:
            doc.cell("NÃO CONSTA", w[2])
        doc.t(" ")
        doc.cell(g.dob("br", 1975, 2003), w[2], "DATE_OF_BIRTH")
        doc.t(" " + roles[k] + "\n")
    inf = people[0]
    doc.f(ocr_t("\n3. DILIGÊNCIAS\n3.1. O SITE ESTAVA HOSPEDADO NO IP «ip1» (PROVEDOR NO EXTERIOR); O PAINEL ADMINISTRATIVO FOI ACESSADO A PARTIR DO IP «ip2», "
                "ATRIBUÍDO PELA OPERADORA A «n» NOS HORÁRIOS INFORMADOS.\n", g),
          ip1=(g.ip_pub(), "IP_ADDRESS"), ip2=(g.ip(), "IP_ADDRESS"), n=P(O(people[-1].capsf)))
    doc.f(ocr_t("3.2. OS DEPÓSITOS DOS APOSTADORES ERAM FEITOS POR PIX PARA AS CHAVES ALEATÓRIAS «k1» E «k2», VINCULADAS A CONTAS NA «psp» (CNPJ «cnpj») "
                "EM NOME DE «l», AGÊNCIA «ag», CONTA «cc».\n", g),
          k1=(g.uuid(), "PIX_KEY"), k2=(g.uuid(), "PIX_KEY"), psp=fold(g.pick(PSPS)).upper(), cnpj=(g.cnpj(), "BR_CNPJ"),
          l=P(O(people[3 if len(people) > 3 else 1].capsf)), ag=(g.agency(False), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    doc.f(ocr_t("3.3. «n» («h» NAS REDES) PUBLICAVA VÍDEOS COM \"BANCA\" FORNECIDA PELA PLATAFORMA, SIMULANDO GANHOS. CONTATO CADASTRADO: «t», «e».\n\n", g),
          n=P(O(g.pick([inf.capsf, fold(inf.short).upper()]))), h="@" + re.sub(r"[^a-z]", "", fold(inf.first).lower()) + g.pick(["milgreens", ".oficial", "dotigrinho"]),
          t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), e=(g.email(inf).upper() if g.chance(0.3) else g.email(inf), "EMAIL_ADDRESS"))
    doc.t(ocr_t("4. MANDADOS DE BUSCA E APREENSÃO CUMPRIDOS\n", g))
    for p in people[:g.ri(2, 3)]:
        doc.f(ocr_t("- RESIDÊNCIA DE «n»: «ad», «c» — APREENDIDOS «it»", g), n=P(O(fold(p.short).upper())), ad=(O(g.address("caps")), "ADDRESS"),
              c=fold(g.city()[0]).upper(), it=g.pick(["2 CELULARES E 1 NOTEBOOK", "R$ 48.300,00 EM ESPÉCIE", "RELÓGIOS E JOIAS", "1 COMPUTADOR E DOCUMENTOS"]))
        if g.chance(0.6):
            doc.f(ocr_t(" E O VEÍCULO «v» PLACA «pl»", g), v=g.pick(["BMW X6", "PORSCHE MACAN", "MERCEDES GLA 200", "TOYOTA HILUX", "JEEP COMPASS", "LAND ROVER EVOQUE"]),
                  pl=(g.plate(), "LICENSE_PLATE"))
        doc.t(".\n")
    doc.f(ocr_t("\n5. CONCLUSÃO\nREPRESENTO PELO BLOQUEIO DE VALORES (SISBAJUD) E PELA SUSPENSÃO DOS PERFIS. VALOR MOVIMENTADO ESTIMADO: R$ «v».\n\n«c», «d».\n\n«dl»\nDELEGAD«o» DE POLÍCIA\n\n«es»\nESCRIVÃ«e» DE POLÍCIA\n", g),
          v=g.money(800000, 40000000), c=fold(city).upper(), d=dbr(day), dl=P(O(dl.capsf)), o="A" if dl.female else "O",
          es=P(O(g.pick([es.capsf, fold(es.short).upper()]))), e="" if es.female else "O")
    return doc


def ju_sentenca(g: Gen) -> Doc:
    """Small-claims judgment: a self-excluded bettor kept being accepted by the operator."""
    doc = Doc()
    legal, brand, dom = bet(g)
    a = g.person()
    jd = g.person()
    pre = g.person()
    lw = g.person()
    city, uf = g.city()
    day = g.day()
    excl = g.after(day, -300, -120)
    doc.f("PODER JUDICIÁRIO\nTRIBUNAL DE JUSTIÇA DO ESTADO «uf»\n«n»º Juizado Especial Cível da Comarca de «c»\n\nProcesso nº «cnj»\n"
          "Classe: Procedimento do Juizado Especial Cível\nAutor(a): «a»\nAdvogado(a): «lw» — «oab»\nRé: «l»\n\nSENTENÇA\n\n",
          uf=g.pick(["DE SÃO PAULO", "DA BAHIA", "DO CEARÁ", "DE MINAS GERAIS", "DO RIO GRANDE DO SUL", "DE PERNAMBUCO", "DO PARÁ"]),
          n=g.ri(1, 12), c=city, cnj=g.cnj(), a=P(g.pick([a.caps, a.full])), lw=P(lw.full), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"),
          l=fold(legal).upper())
    dep = g.money(1500, 60000)
    doc.f("Vistos.\n\nDispensado o relatório (art. 38 da Lei 9.099/1995).\n\nA parte autora, «a» (CPF «cpf»), comprova que em «de» requereu, pelo "
          "próprio aplicativo e por e-mail enviado de «e» para jogoresponsavel@«dom», a autoexclusão por prazo indeterminado. A ré, contudo, "
          "continuou a aceitar depósitos até «du», que somaram R$ «dep», debitados da conta da autora (agência «ag», conta «cc»), e a "
          "enviar ofertas de bônus por SMS ao número «t».\n\n",
          a=P(g.pick([a.full, a.short])), cpf=(g.cpf(), "BR_CPF"), de=dbr(excl), e=(g.email(a), "EMAIL_ADDRESS"), dom=dom,
          du=dbr(g.after(excl, 20, 100)), dep=dep, ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
          t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    if g.chance(0.6):
        w = g.relative(a, female=True)
        doc.f("Em audiência, a testemunha «w», «r» da autora, relatou que a autora chegou a perder o emprego e iniciou tratamento no CAPS AD. "
              "A preposta da ré, «p», admitiu que \"a autoexclusão não foi replicada para a base de marketing\".\n\n",
              w=P(g.pick([w.full, w.short])), r=g.pick(["irmã", "filha", "mãe"]), p=P(g.pick([pre.full, pre.short])))
    doc.t("A Lei 14.790/2023 (art. 27) e a Portaria SPA/MF nº 1.231/2024 impõem ao operador o dever de impedir apostas de quem se autoexcluiu e de "
          "cessar a publicidade dirigida. Trata-se de falha na prestação do serviço (CDC, art. 14), que dispensa prova de culpa. "
          "O dano moral decorre do agravamento de quadro de jogo patológico (CID-10 F63.0) documentado nos autos.\n\n")
    doc.f("Ante o exposto, JULGO PROCEDENTES os pedidos para condenar a ré a: (i) restituir R$ «dep», com correção desde cada desembolso; "
          "(ii) pagar R$ «dm» a título de danos morais; (iii) manter a conta encerrada e excluir os dados da autora das bases de publicidade, sob pena "
          "de multa de R$ 500,00 por mensagem.\n\nSem custas e honorários (art. 55 da Lei 9.099/1995).\n\nP.R.I.\n\n«c», «d».\n\n",
          dep=dep, dm=g.pick(["5.000,00", "8.000,00", "10.000,00", "3.000,00"]), c=city, d=dbr(day))
    doc.f("«j»\n«r»\n\n", j=P(jd.full), r="Juíza de Direito" if jd.female else "Juiz de Direito")
    signature_footer(g, doc, jd, "Juíza de Direito" if jd.female else "Juiz de Direito", day)
    return doc


def ju_oficio(g: Gen) -> Doc:
    """Court order lifting financial secrecy of bettors' accounts and the operator's answer (cadastre, login IPs, Pix movements as CSV)."""
    doc = Doc()
    legal, brand, dom = bet(g)
    jd = g.person()
    dpo = g.person()
    day = g.day()
    city, uf = g.city()
    cnj = g.cnj()
    targets = [g.person() for _ in range(g.pick([1, 1, 2]))]
    cpfs = [g.cpf("dot") for _ in targets]
    missing = g.chance(0.35)
    miss_cpf = g.cpf("dot")
    doc.f("OFÍCIO Nº «n»/«y» — «v»ª VARA CRIMINAL DA COMARCA DE «c»\nProcesso nº «cnj»\n\nA «l»\nCNPJ «cnpj»\n\n"
          "Por ordem do(a) MM. Juiz(a) «j», e nos termos da decisão que afastou o sigilo bancário e telemático (LC 105/2001, art. 1º, § 4º; "
          "Lei 12.965/2014, art. 22), requisito, no prazo de 10 dias, dados cadastrais, registros de acesso (IP, data, hora e porta lógica) e "
          "movimentação financeira vinculados aos CPFs ",
          n=g.ri(100, 2000), y=day.year, v=g.ri(1, 5), c=fold(city).upper(), cnj=cnj, l=fold(legal).upper(), cnpj=(g.any_cnpj(), "BR_CNPJ"),
          j=P(jd.full))
    allc = cpfs + ([miss_cpf] if missing else [])
    for k, c in enumerate(allc):
        if k:
            doc.t(", " if k < len(allc) - 1 else " e ")
        doc.e(c, "BR_CPF")
    doc.f(", no período de «a» a «b».\n\n«e»\nDiretor(a) de Secretaria\n\n", a=dbr(g.after(day, -200, -150)), b=dbr(g.after(day, -20, -5)),
          e=P(g.person().full))
    doc.f("========================================\nRESPOSTA — «l»\nRef.: Processo «cnj»\n\nEm atenção ao ofício, segue o resultado. Os dados são "
          "tratados com base no art. 7º, II e VI, da Lei 13.709/2018.\n\n", l=legal, cnj=cnj)
    for p, c in zip(targets, cpfs):
        doc.f("CPF «c» — CONTA «pl»\n", c=(c, "BR_CPF"), pl=g.player_id())
        fields = [("Nome", P(g.pick([p.full, p.caps]))), ("Nascimento", (g.dob(g.pick(["br", "iso"]), 1960, 2005), "DATE_OF_BIRTH")),
                  ("E-mail", (g.email(p), "EMAIL_ADDRESS")), ("Celular", (g.phone(g.pick(["e164", "par"])), "PHONE_NUMBER")),
                  ("Endereço", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")), ("Cadastro em", V(dbr(g.after(day, -700, -200))))]
        kv_block(g, doc, fields, "lines")
        doc.t("Acessos (UTC-3):\n")
        for t in g.moments(g.ri(2, 3), g.after(day, -150, -30), 100, (0, 24)):
            ip = ip_any(g, 0.85)
            doc.f("  «t»  «ip»  porta «po»  «ua»\n", t=ts(t, "sql"), ip=ip, po=g.ri(1024, 65535), ua=g.pick(["app-android/5.12.0", "app-ios/5.11.3", "web/chrome"]))
        doc.t("Movimentação:\ndata;tipo;valor;contraparte;cpf_contraparte;banco;agencia;conta;e2e\n")
        for t in g.moments(g.ri(2, 3), g.after(day, -150, -30), 100, (0, 24)):
            dep = g.chance(0.6)
            third = g.chance(0.3)
            cp = g.person() if third else p
            table_csv(doc, None, [[V(ts(t, "sql")), V("DEPOSITO" if dep else "SAQUE"), V(brl(g.ri(2000, 500000) / 100)),
                                   P(fold(cp.full).upper()), (g.cpf("raw") if third else re.sub(r"\D", "", c), "BR_CPF"), V(g.pick(BANKS)[0]),
                                   (g.agency(False), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT"), V(g.e2e(t))]], sep=";")
        doc.t("\n")
    if missing:
        doc.f("CPF «c»: não localizado na base de apostadores da «b».\n\n", c=(miss_cpf, "BR_CPF"), b=brand)
    doc.f("Linhas com cpf_contraparte diferente do titular referem-se a depósitos de terceiros, devolvidos automaticamente (Portaria SPA/MF nº 615/2024).\n\n"
          "«d»\nEncarregad«o» pelo Tratamento de Dados (DPO) — «de» — dpo@«dom»\n",
          d=P(dpo.full), o=dpo.o, de=(corp_mail(dpo, dom), "EMAIL_ADDRESS"), dom=dom)
    return doc


def ju_bolao(g: Gen) -> Doc:
    """Minutes of a Procon hearing: quota holders of a winning lottery pool (bolão) against the lottery outlet."""
    doc = Doc()
    lot = g.pick(LOTERICAS)
    city, uf = g.city()
    owner = g.person()
    lw = g.person()
    conc = g.person()
    day = g.day()
    game = g.pick(["Mega-Sena", "Mega da Virada", "Lotofácil", "Quina de São João", "Lotofácil da Independência"])
    claimants = [g.person() for _ in range(g.ri(2, 4))]
    prize = g.ri(2000000, 80000000) / 100
    cotas = g.pick([10, 12, 15, 20, 25])
    doc.f("PROCON «c»\nATA DE AUDIÊNCIA DE CONCILIAÇÃO\nFA nº «fa»   Data: «d», «h»\n\nRECLAMANTES:\n", c=fold(city).upper(), fa=f"{g.d(2)}.{g.d(3)}.{g.d(3)}-{g.d(1)}",
          d=dbr(day), h=g.hm())
    for p in claimants:
        doc.f("- «n», CPF «cpf», tel. «t»«x»\n", n=P(g.pick([p.full, p.caps])), cpf=(g.cpf(), "BR_CPF"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"),
              x=g.pick(["", "", ", cota nº " + str(g.ri(1, cotas))]))
    doc.f("\nRECLAMADA: «l» («rs»), CNPJ «cnpj», representada por «ss» «n» (CPF «cpf»), acompanhad«o» d«a» advogad«a» «lw» («oab»).\n\n",
          l=lot, rs=fold(lot).upper() + " LTDA ME", cnpj=(g.cnpj(), "BR_CNPJ"), ss="sua sócia" if owner.female else "seu sócio", o=owner.o, n=P(owner.full), cpf=(g.cpf(), "BR_CPF"),
          a="a" if lw.female else "o", lw=P(lw.full), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    doc.f("CONCILIADOR(A): «c»\n\nRELATO: Os reclamantes adquiriram cotas do bolão registrado da «g», concurso «cc» («k» cotas, recibos com código de barras). "
          "O bolão acertou «ac», com prêmio total de R$ «p». A lotérica pagou apenas parte das cotas, alegando que algumas \"não foram registradas no sistema\" "
          "e eram cotas vendidas informalmente por funcionári«o» («f»).\n\n",
          c=P(g.pick([conc.full, conc.short])), g=game, cc=g.concurso(), k=cotas, ac=g.pick(["a quina", "a quadra", "14 pontos", "15 pontos", "a sena"]),
          p=brl(prize), o=g.pick(["o", "a"]), f=P(g.person().first))
    if g.chance(0.6):
        share = prize / cotas
        doc.f("ACORDO: A reclamada pagará a cada reclamante R$ «v» (1/«k» do prêmio líquido), em até 5 dias úteis, da seguinte forma:\n", v=brl(share), k=cotas)
        for p in claimants:
            if g.chance(0.5):
                kind, code, val = pix_key(g, p)
                doc.f("  • «n»: Pix («kd») «kv»\n", n=P(g.pick([p.first, p.short])), kd=kind, kv=val)
            else:
                doc.f("  • «n»: «b», ag. «ag», conta «cc»\n", n=P(g.pick([p.first, p.short])), b=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"),
                      cc=(g.account(), "BANK_ACCOUNT"))
        doc.t("O descumprimento implica multa de 20% e o envio da reclamação à CAIXA (fiscalização de permissionários).\n")
    else:
        doc.t("Proposta de acordo recusada. Reclamação encaminhada à CAIXA e ao Ministério Público para apuração de venda de bolão não registrado. "
              "Reclamantes orientados a procurar o Juizado Especial Cível.\n")
    doc.f("\nNada mais. Assinam os presentes.\n\n«c» — conciliador(a)\n", c=P(conc.full))
    if g.chance(0.35):
        for p in claimants:
            doc.f("«n»\n", n=P(g.pick([p.caps, p.full])))
    else:
        doc.f("Reclamantes: assinaturas digitais conferidas ({n})\n".replace("{n}", str(len(claimants))))
    doc.f("«n» — p/ reclamada\n", n=P(owner.full))
    return doc


def ju_contrato(g: Gen) -> Doc:
    """Affiliate advertising contract between a bet and an influencer, with the e-signature platform's log."""
    doc = Doc()
    legal, brand, dom = bet(g)
    inf = g.person()
    dr = g.person()
    day = g.day()
    doc.f("CONTRATO DE PRESTAÇÃO DE SERVIÇOS DE PUBLICIDADE E AFILIAÇÃO Nº «n»\n\nCONTRATANTE: «l», CNPJ «cnpj», com sede na «s», São Paulo/SP, "
          "neste ato representada por «sd» de marketing, «d», CPF «dc».\n\nCONTRATAD«O»: ",
          n=f"AF-{day.year}-{g.d(5)}", l=legal, cnpj=(g.any_cnpj(), "BR_CNPJ"), s=seat(g), sd="sua diretora" if dr.female else "seu diretor", d=P(dr.full),
          dc=(g.cpf(), "BR_CPF"), O="A" if inf.female else "O")
    mei = g.chance(0.4)
    if mei:
        doc.f("«r», CNPJ «c», neste ato representada por «st», ", r=f"{fold(inf.first)[0]}. {fold(inf.last).upper()} PRODUCOES E EVENTOS",
              c=(g.cnpj(), "BR_CNPJ"), st="sua titular" if inf.female else "seu titular")
    qualify(g, doc, inf, caps=g.chance(0.5), dob=0.5, rg=0.7, mail=1.0, phone=0.8)
    doc.t(".\n\n")
    cpa = g.pick(["150,00", "200,00", "80,00", "250,00"])
    doc.f("CLÁUSULA 1ª — OBJETO. Divulgação da marca «b» nos perfis d«a» CONTRATAD«O» e captação de apostadores por link rastreável, mediante "
          "remuneração por CPA de R$ «cpa» por primeiro depósito qualificado (FTD) e revshare de «rs»% da receita líquida (GGR).\n\n"
          "CLÁUSULA 2ª — CONFORMIDADE. «A» CONTRATAD«O» observará a Lei 14.790/2023 (arts. 16 e 17), a Portaria SPA/MF nº 1.231/2024 e o Anexo X do "
          "Código do CONAR, sendo vedado: (a) direcionar conteúdo a menores de 18 anos; (b) associar a aposta a sucesso financeiro; (c) divulgar "
          "operadores não autorizados. A violação implica rescisão imediata e multa de R$ «m».\n\n"
          "CLÁUSULA 3ª — PAGAMENTO. Mensalmente, até o dia 10, ",
          b=brand, a="a" if inf.female else "o", O="A" if inf.female else "O", A="A" if inf.female else "O", cpa=cpa, rs=g.pick(["20", "25", "30", "35"]), m=g.money(20000, 200000))
    if g.chance(0.5):
        doc.f("por Pix para a chave aleatória «k», de titularidade d«a» CONTRATAD«O».\n\n", k=(g.uuid(), "PIX_KEY"), a="a" if inf.female else "o",
              O="A" if inf.female else "O")
    else:
        doc.f("por TED para o «bk», agência «ag», conta «cc».\n\n", bk=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    doc.f("CLÁUSULA 4ª — FORO. Fica eleito o foro da Comarca de São Paulo/SP.\n\nSão Paulo, «d».\n\nTESTEMUNHAS:\n", d=dbr(day, "long"))
    wits = [g.person(), g.person()]
    for w in wits:
        doc.f("«n» — CPF «c»\n", n=P(g.pick([w.full, w.caps])), c=(g.cpf(), "BR_CPF"))
    env = g.uuid()
    doc.f("\n----- Registro de assinaturas eletrônicas — envelope «e» (MP 2.200-2/2001, art. 10, § 2º) -----\n", e=env)
    signers = [(dr, corp_mail(dr, dom)), (inf, g.email(inf))] + [(w, g.email(w)) for w in wits]
    for t, (p, mail) in zip(g.moments(len(signers), day, 3, (7, 23)), signers):
        if g.chance(0.5):
            doc.f("«t» | «n» | «e» | IP «ip» | assinou\n", t=ts(t, "iso"), n=P(p.full), e=(mail, "EMAIL_ADDRESS"), ip=ip_any(g, 0.9))
        else:
            doc.f("«t» | «e» | IP «ip» | visualizou e assinou (token SMS para «tel»)\n", t=ts(t, "iso"), e=(mail, "EMAIL_ADDRESS"), ip=ip_any(g, 0.9),
                  tel=g.pick(["(**) *****-" + g.d(4), "final " + g.d(4)]))
    return doc


JU = [ju_peticao, ju_interdicao, ju_operacao, ju_sentenca, ju_oficio, ju_bolao, ju_contrato]


# =========================================================================== saude

CIDS = ["F63.0", "Z72.6", "F32.1", "F41.1", "F10.2", "F33.1", "F41.2", "F43.2", "R45.8"]


def sa_acolhimento(g: Gen) -> Doc:
    """Intake form (ficha de acolhimento) of a CAPS AD / gambling clinic, sometimes an OCR'd scan."""
    doc = Doc()
    cl = g.pick(CLINICS)
    p = g.person()
    ref = g.person(female=g.chance(0.7))
    md = g.person()
    comp = g.relative(p) if g.chance(0.5) else g.spouse(p)
    day = g.day()
    city, uf = g.city()
    scan = g.chance(0.3)

    def O(s: str) -> str:
        return ocr(s, g, 0.45) if scan else s

    def OT(s: str) -> str:
        return ocr_t(s, g, 0.45) if scan else s

    kind = g.pick(["CRP", "CRP", "CRESS", "COREN"])
    role = {"CRP": "Psicólog", "CRESS": "Assistente social", "COREN": "Enfermeir"}[kind]
    role += "" if kind == "CRESS" else ref.o
    doc.f("«h»\n«c» — «ci»/«uf»\nFICHA DE ACOLHIMENTO — TRANSTORNO DO JOGO\nData: «d»   Prontuário: «pr»\n\n",
          h=O("SECRETARIA MUNICIPAL DE SAÚDE") if g.chance(0.6) else O("REDE DE ATENÇÃO PSICOSSOCIAL (RAPS)"), c=O(cl.upper()), ci=city, uf=uf,
          d=dbr(day), pr=g.d(6))
    fields = [("Usuário(a)", P(O(g.pick([p.full, p.caps])))), ("CNS", (g.cns(), "BR_CNS")), ("CPF", (g.cpf(), "BR_CPF")),
              ("Data de nascimento", (g.dob(g.pick(["br", "nopad", "short"]), 1955, 2006), "DATE_OF_BIRTH")),
              ("Nome da mãe", P(O(g.person(female=True).full))), ("Endereço", (O(g.address()), "ADDRESS")),
              ("Bairro / Município", V(f"{g.pick(BAIRROS)} / {city}")), ("CEP", (g.cep(), "BR_CEP")),
              ("Telefone", (g.phone(g.pick(["par", "plain", "dash"])), "PHONE_NUMBER")),
              ("Acompanhante", P(O(g.pick([comp.full, comp.short, comp.first]))))]
    if g.chance(0.3):
        fields.pop(4)
    kv_block(g, doc, fields, g.pick(["lines", "dots", "box"]))
    doc.f("Contato do acompanhante («r»): «t»\n", r=g.pick(["esposa", "mãe", "irmã", "filha", "cunhada"] if comp.female else ["marido", "pai", "irmão", "filho"]),
          t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    legal, brand, dom = bet(g)
    doc.f(O("\nMOTIVO DA PROCURA / HISTÓRIA\n") + "«h»\n",
          h=O(g.pick([
              f"Apostas esportivas desde {g.ri(2019, 2024)} ({brand} e outras), evoluindo para cassino online ({g.pick(CASINO)}). Refere perdas de cerca de R$ {g.money(8000, 150000)}, "
              f"empréstimos consignados e uso do cartão da mãe. Vergonha, insônia, isolamento.",
              f"Encaminhado pela UBS após crise de ansiedade. Aposta diariamente no {g.pick(CASINO)}; 'corre atrás do prejuízo'. Vendeu o carro e a moto. Esposa ameaçou separação.",
              f"Procura espontânea após ver campanha no Instagram. Joga bingo e raspadinha online desde a aposentadoria; dívidas de R$ {g.money(3000, 40000)} no cartão.",
              f"Trazido pelo irmão. Apostava o salário inteiro no dia do pagamento em jogos de futebol ({g.pick(MATCHES)}). Nega uso de álcool; tabagista."])))
    doc.f(O("Ideação suicida: ") + "«i»\n", i=O(g.pick(["nega", "passiva, sem plano", "presente — acionado protocolo de crise", "nega; já pensou 'em sumir'"])))
    doc.f(OT("Instrumentos: SOGS «s»/20; PGSI «pg»/27; PHQ-9 «ph».\n"), s=g.ri(5, 19), pg=g.ri(8, 27), ph=g.ri(4, 24))
    doc.f(OT("Hipótese diagnóstica: CID-10 «c1»«c2»\n"), c1=g.pick(["F63.0", "F63.0", "Z72.6"]), c2=g.pick(["", " + F32.1", " + F41.1", " + F10.2"]))
    doc.f(OT("\nPLANO TERAPÊUTICO SINGULAR\n- grupo terapêutico de jogadores, «dia»;\n- consulta psiquiátrica com ") + "«dr»«md» («crm») " +
          OT("em «dc»;\n- orientação familiar; autoexclusão nas plataformas e bloqueio de sites no celular;\n- encaminhamento à Defensoria Pública "
            "(superendividamento, Lei 14.181/2021).\n\n"),
          dia=g.pick(["terças 14h", "quartas 18h30", "quintas 9h", "sábados 10h"]),
          dr=g.pick(["", "Dr. " if not md.female else "Dra. "]), md=P(O(g.pick([md.full, md.short]))),
          crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), dc=dbr(g.after(day, 3, 20)))
    doc.f(OT("Técnic«o» de referência: ") + "«r» — «rl» — «cr»\n", o=ref.o, r=P(O(ref.full)), rl=role, cr=(g.council(kind, uf), "PROFESSIONAL_ID"))
    return doc


def sa_grupo(g: Gen) -> Doc:
    """WhatsApp export of a gamblers' mutual-help group: members by first name, nickname or number; the coordinator."""
    doc = Doc()
    grp = g.pick(GROUPS)
    coord = g.person(female=g.chance(0.6))
    members = [g.person() for _ in range(g.ri(4, 6))]
    saved = {id(m): g.chance(0.4) for m in members}
    labels = {id(m): g.pick([m.first, m.first, m.nick, m.first + " " + m.last[0] + "."]) for m in members}
    nums = {id(m): g.phone("wa") for m in members}
    ios = g.chance(0.5)
    day = g.day()
    it = iter(g.moments(16, day, 4, (6, 24)))
    doc.t(f"Conversa do WhatsApp com {grp}\n")

    def line(m, msg: str, **kw) -> None:
        t = next(it)
        doc.t(ts(t, "waios") + " " if ios else ts(t, "wa") + " - ")
        if m is None:
            if coord_saved:
                doc.e(coord_label, "PERSON")
            else:
                doc.e(coord_num, "PHONE_NUMBER")
        elif saved[id(m)]:
            doc.e(labels[id(m)], "PERSON")
        else:
            doc.e(nums[id(m)], "PHONE_NUMBER")
        doc.t(": ")
        doc.f(msg, **kw)
        doc.t("\n")

    coord_label = g.pick([coord.first, coord.first, coord.short])
    coord_saved = g.chance(0.5)
    coord_num = g.phone("wa")
    m = members
    line(None, "Bom dia, grupo 🌅 Lembrando: aqui o que se fala, aqui fica. Só primeiro nome, sem expor ninguém.")
    line(m[0], "bom dia. hoje completo «n» dias sem apostar 🙏 foi uma vitória passar pelo dia do pagamento", n=g.pick([30, 60, 90, 120, 200]))
    line(m[1], "parabens «x»!! 👏👏", x=P(labels[id(m[0])].split()[0]))
    line(m[2], g.pick(["recaí ontem. perdi 800 no aviator. to com vergonha de vir aqui",
                       "ontem apareceu propaganda de bet no jogo do Vitória e quase baixei o app de novo",
                       "minha esposa descobriu que eu peguei mais um emprestimo"]))
    line(None, "«x», obrigad«o» por contar. Recaída faz parte, não é o fim. Consegue vir na reunião de quinta, 19h, no salão da paróquia São Bento?",
         x=P(labels[id(m[2])].split()[0]), o=coord.o)
    line(m[2], "vou sim")
    line(m[3], "se alguem precisar conversar de madrugada pode me ligar, «t». eu sei como é", t=(g.phone(g.pick(["plain", "par", "raw"])), "PHONE_NUMBER"))
    if g.chance(0.6):
        sp = g.person(word=True, female=True)
        line(m[1], "a minha «r» «x» instalou o bloqueador de sites no meu celular e ficou com a senha. ajudou muito",
             r=g.pick(["esposa", "filha", "namorada"]), x=P(g.pick([sp.first, sp.first])))
    line(m[0], "alguem sabe se a autoexclusao no site do governo vale pra todas as bets?")
    line(None, "Vale para todas as autorizadas (.bet.br). Para os sites ilegais, só o bloqueador. Quem quiser ajuda para fazer, fala comigo no privado «t».",
         t=(g.phone(g.pick(["plain", "par"])), "PHONE_NUMBER"))
    if len(m) > 4:
        line(m[4], "entrei hoje no grupo, quem me indicou foi o «x» do CAPS. sou «n», «a» anos, jogo desde os «b»", x=P(g.person(female=False).first),
             n=P(g.pick([m[4].first, m[4].short])), a=g.ri(19, 62), b=g.ri(14, 30))
        line(None, "Seja bem-vind«o», «n» 💙 A psicóloga «ps» («crp») atende individualmente no «cl» às quartas.", o=m[4].o, n=P(m[4].first),
             ps=P(g.pick([(ps := g.person(female=True)).full, ps.short])), crp=(g.council("CRP"), "PROFESSIONAL_ID"), cl=g.pick(CLINICS))
    line(m[-1], g.pick(["que a luz no fim do túnel chegue pra todos nós", "um dia de cada vez", "🙏🙏", "só por hoje"]))
    line(m[1], "«x» lembra de trazer o livro da reunião", x=P(labels[id(m[0])].split()[0]))
    return doc


def sa_laudo(g: Gen) -> Doc:
    """Psychiatric report for a work leave / INSS benefit (jogo patológico), sometimes an OCR'd scan."""
    doc = Doc()
    p = g.person()
    md = g.person()
    psy = g.person(female=g.chance(0.7))
    day = g.day()
    city, uf = g.city()
    scan = g.chance(0.35)

    def O(s: str) -> str:
        return ocr(s, g, 0.4) if scan else s

    def OT(s: str) -> str:
        return ocr_t(s, g, 0.4) if scan else s

    emp = g.pick(["Transportadora Leão do Norte Ltda.", "Supermercado Estrela Dalva", "Construtora Bento & Filhos", "Prefeitura Municipal",
                  "Hospital Vitória", "Call Center Aurora Contact", "Frigorífico Prudente"])
    doc.f(O("RELATÓRIO MÉDICO PSIQUIÁTRICO\n(para fins de perícia médica do INSS / afastamento do trabalho)\n\n"))
    fields = [("Paciente", P(O(g.pick([p.full, p.caps])))), ("Data de nascimento", (g.dob("br", 1960, 2003), "DATE_OF_BIRTH")),
              ("CPF", (g.cpf(), "BR_CPF")), ("NIT/PIS", (g.pis(), "BR_PIS")), ("CNS", (g.cns(), "BR_CNS")),
              ("Empregador", V(emp)), ("CNPJ do empregador", (g.cnpj(), "BR_CNPJ"))]
    if g.chance(0.3):
        fields.pop(4)
    kv_block(g, doc, fields, g.pick(["lines", "dots"]))
    d = g.ri(20, 80)
    doc.f("\n" + O("Paciente em acompanhamento neste serviço desde ") + "«d»" + O(", com quadro de jogo patológico (apostas esportivas e cassino online), "
          "com perda de controle, aumento progressivo das apostas, mentiras à família, endividamento e prejuízo funcional (faltas, advertências). "
          "Apresenta sintomas depressivos moderados e ") + "«s».\n\n",
          d=dbr(g.after(day, -400, -40)), s=O(g.pick(["ideação suicida passiva", "insônia inicial", "irritabilidade e isolamento", "ataques de pânico"])))
    doc.f(O("Diagnóstico: CID-10 F63.0 (jogo patológico) e ") + "«c»" + O(".\nConduta: ") + "«m»" + O("; psicoterapia semanal com ") + "«ps» («crp»)"
          + O("; grupo de ajuda mútua; autoexclusão das plataformas.\n"),
          c=g.pick(["F32.1", "F32.2", "F41.1", "F33.1"]), m=O(g.pick(["sertralina 100 mg/dia", "naltrexona 50 mg/dia + escitalopram 10 mg", "bupropiona 150 mg/dia", "fluoxetina 40 mg/dia"])),
          ps=P(O(g.pick([psy.full, psy.short]))), crp=(g.council("CRP"), "PROFESSIONAL_ID"))
    doc.f(O("Sugiro afastamento das atividades laborais por ") + "«d»" + O(" dias, a contar de ") + "«dd»" +
          O(", com reavaliação ao final do período. O paciente manuseia valores no trabalho, o que representa risco.\n\n"),
          d=d, dd=dbr(day))
    doc.f("«c», «d».\n\n«m»\n" + OT("Médic«o» psiquiatra") + " — «crm» — RQE «rqe»\n", c=city, d=dbr(day, "long"), m=P(O(md.full)), o=md.o,
          crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), rqe=g.ri(1000, 99999))
    if g.chance(0.4):
        doc.f(OT("\nDeclaro que fui informad«o» do conteúdo deste relatório e autorizo seu envio ao empregador.\n") + "«n»\n", o=p.o,
              n=P(O(g.pick([p.full, p.caps]))))
    return doc


def sa_frequencia(g: Gen) -> Doc:
    """Fixed-width attendance list of a gambling-disorder therapy group, with the team's notes."""
    doc = Doc()
    cl = g.pick(CLINICS)
    day = g.day()
    psy = g.person(female=g.chance(0.7))
    co = g.person()
    doc.f("«c»\nGRUPO TERAPÊUTICO — TRANSTORNO DO JOGO (TURMA «t»)   Mês de referência: «m»/«y»\nEmitido em «e» pelo usuário «lg»\n\n",
          c=fold(cl).upper(), t=g.pick("ABCD"), m=f"{day.month:02d}", y=day.year, e=dbr(g.after(day, 25, 35)), lg=login(psy, g))
    w = [3, 30, 18, 10, 16, 11]
    heads = ["Nº", "PACIENTE", "CNS", "NASC", "TELEFONE", "S1 S2 S3 S4"]
    doc.t(" ".join(h.ljust(x) for h, x in zip(heads, w)).rstrip() + "\n" + " ".join("-" * x for x in w) + "\n")
    pats = []
    for i in range(g.ri(4, 6)):
        p = g.person()
        pats.append(p)
        doc.cell(f"{i + 1:02d}", w[0])
        doc.t(" ")
        doc.cell(cut(g.pick([p.capsf, p.inverted, p.capsf]), w[1]), w[1], "PERSON")
        doc.t(" ")
        doc.cell(g.cns(True), w[2], "BR_CNS")
        doc.t(" ")
        doc.cell(g.dob("short" if g.chance(0.4) else "br", 1950, 2005), w[3] if False else 10, "DATE_OF_BIRTH")
        doc.t(" ")
        if g.chance(0.85):
            doc.cell(g.phone(g.pick(["par", "plain", "raw"])), w[4], "PHONE_NUMBER")
        else:
            doc.cell("—", w[4])
        doc.t(" " + "  ".join(g.pick(["P", "P", "P", "F", "J"]) for _ in range(4)) + "\n")
    doc.t("\nLegenda: P presente, F falta, J falta justificada.\n\nOBSERVAÇÕES\n")
    a, b, c = g.sample(pats, 3)
    fam = g.relative(a, female=True)
    doc.f("- «p»: 3 faltas seguidas. Contato com «r» «f» pelo «t»; informou recaída após receber bônus por SMS. Remarcado atendimento individual.\n",
          p=P(g.pick([a.first, a.short])), r=g.pick(["a irmã", "a mãe", "a esposa", "a filha"]), f=P(g.pick([fam.first, fam.full])),
          t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.f("- «p»: solicitou declaração de comparecimento para o trabalho (emitida). Relata 45 dias sem apostar.\n", p=P(g.pick([b.first, b.short, b.full])))
    md = g.person()
    doc.f("- «p»: encaminhad«o» para avaliação psiquiátrica com «dr»«m» («crm») por piora do humor (F32.1).\n", p=P(g.pick([c.first, c.short])), o=c.o,
          dr=g.pick(["", "Dr. " if not md.female else "Dra. "]), m=P(g.pick([md.full, md.short])), crm=(g.council("CRM"), "PROFESSIONAL_ID"))
    if g.chance(0.4):
        doc.t("- Sala 3 indisponível dia 14 (reforma); grupo remanejado para o auditório Aurora.\n")
    if g.chance(0.5):
        doc.f("\nFacilitadores: «a» («ca») e «b» («cb»)\n", a=P(psy.full), ca=(g.council("CRP"), "PROFESSIONAL_ID"), b=P(g.pick([co.full, co.short])),
              cb=(g.council(g.pick(["CRESS", "COREN", "CRP"])), "PROFESSIONAL_ID"))
    else:
        doc.f("\nFacilitador«x»: «a» — «ca»\n", x="a" if psy.female else "", a=P(psy.full), ca=(g.council("CRP"), "PROFESSIONAL_ID"))
    return doc


def sa_email_familia(g: Gen) -> Doc:
    """E-mail thread between a gambler's wife (or mother) and the clinic's social worker about debts, cards and treatment."""
    doc = Doc()
    cl = g.pick(CLINICS)
    pat = g.person(female=False)
    wife = g.chance(0.6)
    fam = g.spouse(pat) if wife else g.person(female=True)
    if not wife:
        pat = g.relative(fam, female=False)
    fam = fam if fam.female else g.person(female=True)
    rel = "esposa" if wife else "mãe"
    sw = g.person(female=g.chance(0.8))
    day = g.day()
    t = g.moments(3, day, 5, (7, 23))
    dom = g.pick(["saude.ce.gov.br", "recomeco.med.br", "hu.ufxx.edu.br", "institutovitoria.org.br", "prefeitura.sp.gov.br"])
    fm = g.email(fam)
    doc.f("De: «n» <«e»>\nPara: servico.social@«d»\nData: «t»\nAssunto: tratamento do «r» — dívidas e cartões\n\n",
          n=P(fam.full), e=(fm, "EMAIL_ADDRESS"), d=dom, t=ts(t[0], "br"), r="meu marido" if wife else "meu filho")
    doc.f("Boa noite, «s». Sou «n», «r» do «p» (prontuário «pr»), que começou o tratamento aí em «dd».\n\n",
          s=P(sw.first), n=P(fam.first), r=rel, p=P(pat.full), pr=g.d(6), dd=dbr(g.after(day, -40, -10)))
    doc.t("Como a senhora pediu, segue a lista do que eu consegui levantar:\n")
    cards = g.chance(0.6)
    if cards:
        for _ in range(g.ri(1, 2)):
            doc.f("- cartão «b» «c» (no nome dele, limite estourado)\n", b=g.pick(["Nubank", "Itaú", "Caixa", "Inter", "Bradesco"]),
                  c=(g.card(g.chance(0.7)), "CREDIT_CARD"))
    doc.f("- empréstimo consignado de R$ «v» no «b»\n- conta salário: agência «ag», conta «cc»\n",
          v=g.money(3000, 40000), b=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    legal, brand, dom2 = bet(g)
    doc.f("- cadastro na «b» com o CPF dele, «c», e em um site «il» que eu não sei de quem é\n\n",
          b=brand, c=(g.cpf(), "BR_CPF"), il=g.pick(ILLEGAL))
    doc.f("Meu telefone é «t». Obrigada por tudo.\n", t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    if g.chance(0.5):
        doc.f("«n»\n", n=P(g.pick([fam.first, fam.full])))
    doc.t("\n")
    swm = corp_mail(sw, dom)
    doc.f("-----\nDe: «s» <«se»>\nPara: «e»\nData: «t»\n\nOlá, «n»! Obrigada por confiar em nós.\n\n", s=P(sw.full), se=(swm, "EMAIL_ADDRESS"),
          e=(fm, "EMAIL_ADDRESS"), t=ts(t[1], "br"), n=P(fam.first))
    if cards:
        doc.t("Um cuidado: não envie número completo de cartão por e-mail. Vou apagar a mensagem do nosso sistema depois de anotar. "
              "Peça o bloqueio direto ao banco pelo aplicativo.\n\n")
    doc.f("Sobre as apostas: só o próprio «p» pode pedir a autoexclusão no sistema centralizado da SPA/MF (gov.br), que vale para todas as bets "
          "autorizadas. Podemos fazer juntos na consulta de «dc». Para o site «il», que não é autorizado, o caminho é o bloqueador de sites e a "
          "denúncia.\n\nSobre o consignado, agendei atendimento na Defensoria Pública (superendividamento). A consulta com «md» («crm») está "
          "mantida para «dm».\n\n«s»\nAssistente Social — «cress»\n«cl»\n«tel»\n\n",
          p=P(pat.first), dc=dbr(g.after(day, 2, 9)), il=g.pick(ILLEGAL), md=P(g.person().short),
          crm=(g.council("CRM"), "PROFESSIONAL_ID"), dm=dbr(g.after(day, 5, 25)), s=P(sw.full), cress=(g.council("CRESS"), "PROFESSIONAL_ID"), cl=cl,
          tel=(g.phone(g.pick(["par", "plain"]), mobile=False), "PHONE_NUMBER"))
    doc.f("-----\nDe: «n» <«e»>\nData: «t»\n\n«m»\n", n=P(fam.first), e=(fm, "EMAIL_ADDRESS"), t=ts(t[2], "br"),
          m=g.pick(["Combinado. Ele aceitou ir. Obrigada!", "Ele não quer fazer a autoexclusão, diz que consegue parar sozinho. O que eu faço?",
                    "Ok, apaguei a mensagem também. Até quinta."]))
    return doc


def sa_alertas(g: Gen) -> Doc:
    """One-line JSON logs of a bet's responsible-gambling monitoring (risk alerts) and the RG team's referrals."""
    doc = Doc()
    legal, brand, dom = bet(g)
    day = g.day()
    an = g.person()
    cl = g.pick(CLINICS)
    doc.f("# «b» — rg-monitor — export «d» (filtro: risk_level>=HIGH)\n", b=brand.lower(), d=dbr(day, "iso"))
    players = []
    for t in g.moments(g.ri(3, 5), day, 1, (0, 24)):
        p = g.person()
        players.append(p)
        dob = g.dob(g.pick(["iso", "iso", "br"]), 1950, 2006)
        sig = g.sample(["deposits_24h>10", "night_play_02_05h", "chasing_losses", "deposit_limit_raised_3x", "failed_pix_third_party",
                        "session>6h", "bonus_after_self_exclusion_request", "salary_day_spike", "age<21_high_spend"], g.ri(2, 4))
        rec = {"ts": ts(t, "isoz"), "level": "WARN", "svc": "rg-monitor", "player_id": g.player_id(), "name": P(g.pick([p.full, fold(p.full).upper()])),
               "cpf": (g.cpf("raw"), "BR_CPF"), "dob": (dob, "DATE_OF_BIRTH"), "risk_score": round(g.rng.uniform(0.71, 0.99), 2),
               "signals": sig, "dep_30d": round(g.ri(200000, 6000000) / 100, 2), "ip": ip_any(g, 0.8),
               "action": g.pick(["proactive_contact", "cooling_off_24h", "deposit_limit_forced", "proactive_contact"])}
        if g.chance(0.4):
            rec["phone"] = (g.phone("e164"), "PHONE_NUMBER")
        jval(doc, rec, None)
        doc.t("\n")
    doc.f("\n--- anotações da equipe de Jogo Responsável («a») ---\n", a=P(an.full))
    for p in players[:g.ri(2, 3)]:
        k = g.ri(0, 3)
        if k == 0:
            doc.f("* «n»: ligação feita, aceitou limite de R$ 100/semana e indicação do «c» (tel. «t»).\n", n=P(g.pick([p.first, p.short])), c=cl,
                  t=(g.phone(g.pick(["par", "plain"]), mobile=False), "PHONE_NUMBER"))
        elif k == 1:
            doc.f("* «n»: não atendeu 3 tentativas; enviado e-mail para «e» com o teste de autoavaliação e o CVV (188).\n", n=P(g.pick([p.first, p.short])),
                  e=(g.email(p), "EMAIL_ADDRESS"))
        elif k == 2:
            doc.f("* «n»: pediu autoexclusão de 1 ano durante a ligação. Feito. Saldo devolvido à conta de origem (ag. «ag», cc «cc»).\n",
                  n=P(g.pick([p.first, p.short])), ag=(g.agency(False), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
        else:
            doc.f("* «n»: relatou que a mãe, «m», usa a mesma conta bancária. Orientado sobre depósitos de terceiros.\n", n=P(g.pick([p.first, p.short])),
                  m=P(g.person(female=True).full))
    doc.f("Supervisão: «s» — psicólog«o» responsável técnic«o» («crp»)\n", s=P((sp := g.person()).full), o=sp.o, crp=(g.council("CRP"), "PROFESSIONAL_ID"))
    return doc


def sa_transcricao(g: Gen) -> Doc:
    """Speech-to-text of a call to a gambling helpline of a clinic (lower case, no accents): a mother asks for help for her son."""
    doc = Doc()
    cl = g.pick(CLINICS)
    caller = g.person(female=g.chance(0.8))
    son = g.relative(caller, female=False)
    ag = g.person(female=g.chance(0.7))
    t0 = g.moments(1, None, 1, (8, 22))[0]
    secs = iter(sorted(g.sample(range(3, 1200), 24)))
    doc.f("[stt] linha de apoio — «c» — «d» — agente «a» — idioma pt-BR — diarizacao 2 falantes\n\n", c=fold(cl).lower(), d=ts(t0, "br"),
          a=login(ag, g))

    def line(who: str, msg: str, **kw) -> None:
        sec = next(secs)
        doc.t(f"{sec // 60:02d}:{sec % 60:02d} {'falante_1' if who == 'a' else 'falante_2'}: ")
        doc.f(msg, **kw)
        doc.t("\n")

    sf = fold(son.first).lower()
    line("a", "linha de apoio boa tarde aqui e «a» «n» em que posso ajudar", a=ag.o, n=P(fold(ag.first).lower()))
    line("c", "boa tarde eu to ligando por causa do meu «r» ele ta devendo pra todo mundo por causa de aposta", r="filho" if not son.female else "filha")
    line("a", "entendo a senhora pode me dizer seu nome")
    line("c", "«n»", n=P(g.pick([caller.low, fold(caller.first).lower()])))
    line("a", "e o nome dele a idade")
    dd, mm, yy = g.dob_parts(t0.year - 40, t0.year - 19)
    line("c", "«n» ele tem «a» anos nasceu em «d»", n=P(g.pick([son.low, sf])), a=t0.year - yy - (1 if (mm, dd) > (t0.month, t0.day) else 0),
         d=(g.pick([f"{dd} de {fold(MONTHS[mm - 1])} de {yy}", f"{dd} do {mm} de {yy}", f"dia {dd} de {fold(MONTHS[mm - 1])} de {yy}"]), "DATE_OF_BIRTH"))
    line("c", "comecou com futebol agora e o dia inteiro no «j» ja vendeu a moto e pegou dinheiro com agiota", j=g.pick(["tigrinho", "aviator", "roleta", "celular"]))
    line("a", "ele ja falou em se machucar ou em tirar a propria vida")
    line("c", g.pick(["nao mas ele nao dorme", "uma vez ele falou que queria sumir", "nao graças a deus"]))
    if g.chance(0.5):
        line("a", "ele tem cartao do sus a senhora tem o numero ai")
        n = g.cns(False)
        line("c", "tenho e «c»", c=(g.pick([f"{n[:3]} {n[3:7]} {n[7:11]} {n[11:]}", n]), "BR_CNS"))
    line("a", "vou passar o contato do caps ad mais perto da senhora qual o bairro")
    line("c", "a gente mora na «ad» no «b»", ad=(g.address("stt"), "ADDRESS"), b=fold(g.pick(BAIRROS)).lower())
    line("a", "o caps de referencia atende de segunda a sexta sem precisar de encaminhamento e tem grupo para familia tambem")
    line("a", "posso anotar um telefone para a equipe retornar")
    line("c", "pode ser o meu «t» ou o do meu outro filho «x» «t2»", t=(g.phone("stt"), "PHONE_NUMBER"), x=P(fold(g.person(female=False).first).lower()),
         t2=(g.phone("stt"), "PHONE_NUMBER"))
    line("a", "anotado e se tiver crise ou risco liga 192 ou cvv 188 a senhora nao esta sozinha")
    line("c", "obrigada minha filha deus te abencoe")
    return doc


SA = [sa_acolhimento, sa_grupo, sa_laudo, sa_frequencia, sa_email_familia, sa_alertas, sa_transcricao]


# =========================================================================== financeiro


def fi_pix_csv(g: Gen) -> Doc:
    """A payment institution's semicolon CSV of a bet's Pix cash-in / cash-out, third-party deposits returned, with the analyst's note."""
    doc = Doc()
    legal, brand, dom = bet(g)
    psp = g.pick(PSPS)
    an = g.person()
    day = g.day()
    bet_key = g.uuid()
    doc.f("# «psp» — extrato de transações Pix\n# cliente: «l» — CNPJ «c» — conta transacional «ct»\n# período: «d» 00:00 a 23:59 — gerado por «lg»\n",
          psp=psp, l=legal, c=(g.any_cnpj(), "BR_CNPJ"), ct=f"{g.d(6)}-{g.d(1)}", d=dbr(day), lg=login(an, g))
    doc.f("# chave de recebimento (EVP): «k»\n", k=(bet_key, "PIX_KEY"))
    doc.t("data_hora;end_to_end_id;tipo;valor;nome;cpf;ispb;agencia;conta;chave_destino;status;motivo\n")
    rows = []
    returned = []
    for t in g.moments(g.ri(4, 7), day, 1, (0, 24)):
        p = g.person()
        kind = g.pick(["CASH_IN", "CASH_IN", "CASH_OUT"])
        bank = g.pick(BANKS)
        ispb = {"001": "00000000", "237": "60746948", "341": "60701190", "104": "00360305", "033": "90400888", "260": "18236120"}.get(bank[0], g.d(8))
        if kind == "CASH_IN":
            third = g.chance(0.3)
            status, why = ("DEVOLVIDO", "CPF pagador diverge do CPF do apostador") if third else ("LIQUIDADO", "")
            if third:
                returned.append(p)
            rows.append([V(ts(t, "sql")), V(g.e2e(t)), V(kind), V(brl(g.ri(1000, 300000) / 100)), P(fold(p.full).upper()), (g.cpf("raw"), "BR_CPF"),
                         V(ispb), (g.agency(False), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT"), (bet_key, "PIX_KEY"), V(status), V(why)])
        else:
            kd, code, val = pix_key(g, p)
            rows.append([V(ts(t, "sql")), V(g.e2e(t)), V(kind), V(brl(g.ri(5000, 900000) / 100)), P(fold(p.full).upper()), (g.cpf("raw"), "BR_CPF"),
                         V(ispb), V(""), V(""), val, V(g.pick(["LIQUIDADO", "LIQUIDADO", "EM_ANALISE"])), V("")])
    table_csv(doc, None, rows, sep=";")
    doc.f("\nNota da análise («a», PLD/FT — «psp»):\n", a=P(g.pick([an.full, an.short])), psp=psp)
    if returned:
        r = returned[0]
        doc.f("- «n»: depósito de terceiro devolvido automaticamente (art. 21 da Portaria SPA/MF nº 615/2024). A conta de apostas é de «b»; "
              "pagador declarou ser «r».\n", n=P(fold(r.short).upper()), b=P(g.person().full), r=g.pick(["mãe", "cônjuge", "empregador", "irmão ou irmã"]))
    doc.f("- Conciliação do dia: «n» transações, saldo líquido R$ «v». Nenhuma operação em espécie.\n", n=len(rows), v=brl(g.ri(-500000, 2000000) / 100))
    if g.chance(0.4):
        doc.t("- CASH_OUT em análise: chave cadastrada há menos de 24h; aguardando confirmação de titularidade no DICT.\n")
    return doc


def fi_ticket(g: Gen) -> Doc:
    """Support-ticket history of a Pix deposit that was not credited; the customer pastes the bank receipt."""
    doc = Doc()
    legal, brand, dom = bet(g)
    c = g.person()
    payer = c if g.chance(0.5) else g.relative(c)
    ag1, ag2 = g.person(), g.person()
    day = g.day()
    t = g.moments(5, day, 3, (7, 23))
    v = g.money(20, 5000)
    bank = g.pick(BANKS)
    doc.f("Ticket #«n» — «b» — Categoria: Depósito não creditado — Prioridade: «pr»\nSolicitante: «c» <«e»> · tel. «t» · conta «pl»\n\n",
          n=g.d(7), b=brand, pr=g.pick(["alta", "normal"]), c=P(c.full), e=(g.email(c), "EMAIL_ADDRESS"), t=(g.phone(), "PHONE_NUMBER"), pl=g.player_id())
    doc.f("[«t»] Cliente (via formulário):\nfiz um pix de «v» e nao caiu no saldo. segue o comprovante\n\n", t=ts(t[0], "br"), v=v)
    doc.f("    Comprovante de transferência\n    «bk»\n    Valor: R$ «v»\n    Data: «d»\n    Tipo: Pix\n\n    Origem\n    Nome: «n»\n    CPF: «cm»\n"
          "    Instituição: «bk»\n    Agência: «ag»   Conta: «cc»\n\n    Destino\n    Nome: «l»\n    CNPJ: «cnpj»\n    Instituição: «psp»\n"
          "    Chave: «k»\n\n    ID da transação: «e2e»\n\n",
          bk=bank[1].upper(), v=v, d=ts(t[0] - datetime.timedelta(minutes=g.ri(5, 90)), "brs"), n=P(g.pick([payer.full, payer.caps])),
          cm=g.masked_cpf(), ag=(g.agency(False), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), l=fold(legal).upper(),
          cnpj=(g.any_cnpj(), "BR_CNPJ"), psp=g.pick(PSPS), k=(g.uuid(), "PIX_KEY"), e2e=g.e2e(t[0]))
    doc.f("[«t»] «a» (N1): Olá, «n»! Localizei o Pix pelo ID. Encaminhei ao financeiro.\n\n", t=ts(t[1], "br"), a=P(g.pick([ag1.first, ag1.short])),
          n=P(c.first))
    if payer is c:
        doc.f("[«t»] «a» (Financeiro): O QR code usado tinha expirado (validade de 30 min), por isso a conciliação automática falhou. Crédito manual "
              "realizado. Saldo atualizado.\n\n", t=ts(t[2], "br"), a=P(g.pick([ag2.full, ag2.short])))
    else:
        doc.f("[«t»] «a» (Financeiro): O pagador («p») não é o titular da conta de apostas. Depósitos de terceiros são vedados; valor devolvido "
              "à conta de origem em «d».\n\n", t=ts(t[2], "br"), a=P(g.pick([ag2.full, ag2.short])), p=P(g.pick([payer.full, payer.short])),
              d=dbr(t[2].date()))
    k = g.ri(0, 2)
    if k < 2:
        doc.f("[«t»] Cliente: «m»\n\n", t=ts(t[3], "br"), m=[f"obrigad{c.o}, caiu" if payer is c else "mas era a conta da minha mãe, ela deixou", "ok"][k])
    else:
        doc.f("[«t»] Cliente: vou depositar da minha conta entao. e o saque vai pra minha chave «k»\n\n", t=ts(t[3], "br"), k=pix_key(g, c)[2])
    doc.f("[«t»] Sistema: ticket encerrado. Pesquisa de satisfação enviada para «e».\n", t=ts(t[4], "br"), e=(g.email(c), "EMAIL_ADDRESS"))
    return doc


def fi_coaf(g: Gen) -> Doc:
    """A bet's compliance record of a suspicious-activity report (COS) to Coaf: linked accounts, shared device and IPs, a funnel account."""
    doc = Doc()
    legal, brand, dom = bet(g)
    co = g.person()
    day = g.day()
    doc.f("«l» — DIRETORIA DE COMPLIANCE (PLD/FTP)\nREGISTRO INTERNO DE COMUNICAÇÃO DE OPERAÇÃO SUSPEITA\nSiscoaf protocolo «p» — enviada em «d»\n"
          "Base legal: Lei 9.613/1998, art. 9º, parágrafo único, XVIII e art. 11, II; Portaria SPA/MF nº 1.143/2024\n\n",
          l=fold(legal).upper(), p=g.siscoaf(), d=dbr(day))
    ppl = [g.person() for _ in range(g.ri(3, 5))]
    dev = g.device()
    shared_ip = g.ip_pub()
    doc.t("1. CONTAS ENVOLVIDAS\n")
    w = [28, 14, 10, 12, 14]
    doc.t("NOME".ljust(w[0]) + " " + "CPF".ljust(w[1]) + " " + "NASC".ljust(w[2]) + " " + "DEP 90D".rjust(w[3]) + " " + "SAQUES 90D".rjust(w[4]) + "\n")
    for p in ppl:
        doc.cell(cut(g.pick([p.capsf, p.inverted]), w[0]), w[0], "PERSON")
        doc.t(" ")
        doc.cell(g.cpf("raw"), w[1], "BR_CPF")
        doc.t(" ")
        doc.cell(g.dob("br", 1950, 2006), w[2], "DATE_OF_BIRTH")
        doc.t(" " + brl(g.ri(100000, 5000000) / 100).rjust(w[3]) + " " + brl(g.ri(0, 5000000) / 100).rjust(w[4]) + "\n")
    mule = ppl[-1]
    doc.f("\n2. FUNDAMENTAÇÃO\nAs «n» contas acima, abertas entre «a» e «b», usaram o mesmo dispositivo (fingerprint «dv») e o IP «ip». Os depósitos vieram "
          "de contas de mesma titularidade, em valores fracionados abaixo de R$ 2.000,00, e os saques de todas as contas foram feitos para contas do mesmo "
          "banco, sendo a principal de «m» (agência «ag», conta «cc»). Apostas de baixo risco (odds < 1,20) em ambos os lados de «jg», sugerindo uso "
          "da plataforma para circular recursos.\n",
          n=len(ppl), a=dbr(g.after(day, -120, -90)), b=dbr(g.after(day, -60, -30)), dv=dev, ip=(shared_ip, "IP_ADDRESS"), m=P(g.pick([mule.full, mule.caps])),
          ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), jg=g.pick(MATCHES))
    if g.chance(0.6):
        doc.f("Outros IPs de login: «i1», «i2».\n", i1=ip_any(g, 0.8), i2=ip_any(g, 0.8))
    if g.chance(0.5):
        doc.f("Uma das contas cadastrou como chave de saque a chave aleatória «k», registrada no DICT em nome de terceiro.\n", k=(g.uuid(), "PIX_KEY"))
    if g.chance(0.4):
        doc.f("O endereço informado por «n» («ad», CEP «cep») é o mesmo de outras duas contas.\n", n=P(ppl[0].short), ad=(g.address(), "ADDRESS"),
              cep=(g.cep(), "BR_CEP"))
    doc.f("\n3. PROVIDÊNCIAS\nContas bloqueadas cautelarmente em «d»; saldo de R$ «v» retido. Não dar ciência aos clientes (art. 11, II, Lei 9.613/1998).\n\n"
          "Responsável: «c» — Diretor«a» de Compliance — «ce»\n",
          d=dbr(g.after(day, -3, 0)), v=brl(g.ri(50000, 3000000) / 100), c=P(co.full), a="a" if co.female else "",
          ce=(corp_mail(co, dom), "EMAIL_ADDRESS"))
    return doc


def fi_folha(g: Gen) -> Doc:
    """A lottery outlet's payroll (semicolon CSV) sent to the accountant, with the owner's e-mail about a cash shortage and a dismissal."""
    doc = Doc()
    lot = g.pick(LOTERICAS)
    owner = g.person()
    acc = g.person()
    day = g.day()
    city, uf = g.city()
    om = g.email(owner)
    am = g.email(acc, g.pick(["contabilidadeprudente.com.br", "escritorioaurora.cnt.br", "gmail.com", "bentocontabil.com.br"]))
    doc.f("De: «o» <«om»>\nPara: «a» <«am»>\nData: «d»\nAssunto: folha «m»/«y» — «l»\nAnexo: folha_«m»«y».csv\n\n",
          o=P(owner.full), om=(om, "EMAIL_ADDRESS"), a=P(acc.full), am=(am, "EMAIL_ADDRESS"), d=ts(g.moments(1, day, 1, (8, 20))[0], "br"),
          m=f"{day.month:02d}", y=day.year, l=lot)
    emps = [g.person() for _ in range(g.ri(2, 4))]
    doc.f("«a», bom dia. Segue a folha da lotérica (CNPJ «c»). Conteúdo do anexo:\n\n", a=P(acc.first), c=(g.cnpj(), "BR_CNPJ"))
    doc.t("nome;cpf;pis;nascimento;funcao;admissao;salario;banco;agencia;conta\n")
    rows = []
    for p in emps:
        rows.append([P(g.pick([p.full, fold(p.full).upper()])), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), (g.pis(), "BR_PIS"),
                     (g.dob("br", 1965, 2005), "DATE_OF_BIRTH"), V(g.pick(["operador(a) de caixa", "operador(a) de caixa", "gerente", "auxiliar"])),
                     V(dbr(g.after(day, -2000, -60))), V(brl(g.ri(160000, 380000) / 100)), V(g.pick(BANKS)[0]),
                     (g.agency(False), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT")])
    table_csv(doc, None, rows, sep=";")
    a, b = g.sample(emps, 2)
    doc.f("\nObservações:\n1) «n» teve quebra de caixa de R$ «v» no dia «d» (conferência do malote da «tv»). Descontar só o que passar da verba de quebra de caixa, "
          "conforme a convenção.\n", n=P(g.pick([a.first, a.short])), v=brl(g.ri(5000, 90000) / 100), d=dbr(g.after(day, -25, -2)),
          tv=g.pick(["transportadora de valores", "Prosegur", "Brinks"]))
    doc.f("2) «n» pediu demissão em «d»; calcular a rescisão. Ela pediu para o acerto cair na conta nova: ag. «ag», conta «cc».\n" if b.female else
          "2) «n» pediu demissão em «d»; calcular a rescisão. Ele pediu para o acerto cair na conta nova: ag. «ag», conta «cc».\n",
          n=P(g.pick([b.first, b.full])), d=dbr(g.after(day, -10, -1)), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    if g.chance(0.5):
        doc.f("3) A CAIXA pediu a lista atualizada de operadores com CPF para o treinamento de PLD (prêmios acima de R$ 10 mil). Inclui a nova, «n», CPF «c».\n",
              n=P((nw := g.person(female=True)).full), c=(g.cpf(), "BR_CPF"))
    doc.f("\nObrigad«o»,\n«n»\n«l» — «t»\n\n", o=owner.o, n=P(owner.first), l=lot, t=(g.phone(g.pick(["par", "plain"]), mobile=False), "PHONE_NUMBER"))
    doc.f("-----\nDe: «a» <«am»>\n\nRecebido. Rescisão e folha seguem até dia 5. — «a2», «crc»\n", a=P(acc.full), am=(am, "EMAIL_ADDRESS"),
          a2=P(acc.first), crc=(g.council("CRC", uf), "PROFESSIONAL_ID"))
    return doc


def fi_comissoes(g: Gen) -> Doc:
    """A bet's monthly affiliate-commission statement (Markdown), with payment data and the affiliate manager's notes."""
    doc = Doc()
    legal, brand, dom = bet(g)
    mgr = g.person()
    day = g.day()
    doc.f("## «b» — Comissões de afiliados — competência «m»/«y»\n\nFechamento: «d» · Responsável: «r» («re»)\n\n",
          b=brand, m=f"{day.month:02d}", y=day.year, d=dbr(g.after(day, 28, 35)), r=P(mgr.full), re=(corp_mail(mgr, dom), "EMAIL_ADDRESS"))
    rows = []
    affs = []
    pjs = []
    for _ in range(g.ri(3, 6)):
        p = g.person()
        pj = g.chance(0.35)
        affs.append(p)
        ftd = g.ri(0, 400)
        com = ftd * g.pick([80, 120, 150, 200]) + g.ri(0, 900000) / 100
        name = P(g.pick([p.full, p.short])) if not pj else V(f"{fold(p.last).upper()} MIDIA DIGITAL LTDA")
        doc_id = (g.any_cnpj(), "BR_CNPJ") if pj else (g.cpf(), "BR_CPF")
        if g.chance(0.45):
            pay = [(g.uuid(), "PIX_KEY")]
        else:
            pay = [V(g.pick(BANKS)[0]), (g.agency(), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT")]
        rows.append((name, doc_id, V(g.pick(["CPA", "RevShare 30%", "Híbrido"])), V(str(ftd)), V(brl(com)), pay))
        pjs.append(name[0] if pj else None)
    doc.t("| Afiliado | CPF/CNPJ | Modelo | FTDs | Comissão (R$) | Pagamento |\n|---|---|---|---:|---:|---|\n")
    for name, did, mod, ftd, com, pay in rows:
        doc.t("| ")
        doc.e(name[0], name[1])
        doc.t(" | ")
        doc.e(did[0], did[1])
        doc.t(f" | {mod[0]} | {ftd[0]} | {com[0]} | ")
        if len(pay) == 1:
            doc.t("Pix ")
            doc.e(pay[0][0], pay[0][1])
        else:
            doc.t(f"banco {pay[0][0]} ag. ")
            doc.e(pay[1][0], pay[1][1])
            doc.t(" cc ")
            doc.e(pay[2][0], pay[2][1])
        doc.t(" |\n")
    (a, pa), (b, pb) = g.sample(list(zip(affs, pjs)), 2)
    doc.f("\n**Notas**\n\n- Comissão de «n» retida: auditoria identificou «x» contas indicadas com o mesmo dispositivo (autoindicação). "
          "Contato: «t».\n", n=V(pa) if pa else P(g.pick([a.first, a.full])), x=g.ri(6, 40),
          t=(g.phone(g.pick(["par", "plain", "e164"])), "PHONE_NUMBER"))
    doc.f("- «n» descredenciad«o» por publicidade irregular (vídeo com adolescente, Portaria SPA/MF nº 1.231/2024); saldo de R$ «v» pago até a data do aviso.\n",
          n=V(pb) if pb else P(g.pick([b.short, b.full])), o="a" if (pb or b.female) else "o", v=brl(g.ri(10000, 900000) / 100))
    doc.t("- IR retido na fonte para PF conforme tabela progressiva; PJ emite nota fiscal de serviço até o dia 5.\n")
    if g.chance(0.5):
        doc.f("- Novo afiliado aprovado: «n» (CPF «c», e-mail «e»), início na próxima competência.\n", n=P((na := g.person()).full), c=(g.cpf(), "BR_CPF"),
              e=(g.email(na), "EMAIL_ADDRESS"))
    return doc


def fi_chargeback(g: Gen) -> Doc:
    """A card issuer's chargeback dispute form: a son used his father's card on an offshore casino and on the lottery app."""
    doc = Doc()
    bank = g.pick(["Banco Estrela Dalva S.A.", "Cooperativa Sicredi Vale", "Banco Prudente Digital", "Itaú Unibanco", "Bradesco Cartões", "Nubank"])
    h = g.person()
    son = g.relative(h, female=g.chance(0.25))
    an = g.person()
    day = g.day()
    doc.f("«b»\nFORMULÁRIO DE CONTESTAÇÃO DE TRANSAÇÕES (CHARGEBACK)\nProtocolo «p» — aberto em «d» via «c»\n\n",
          b=bank.upper(), p=g.protocol(), d=dbr(day), c=g.pick(["app", "central telefônica", "agência"]))
    fields = [("Titular", P(g.pick([h.full, h.caps]))), ("CPF", (g.cpf(), "BR_CPF")), ("Cartão", (g.card(True), "CREDIT_CARD")),
              ("Validade", V(f"{g.ri(1, 12):02d}/{g.ri(26, 33)}")), ("Telefone", (g.phone(), "PHONE_NUMBER")), ("E-mail", (g.email(h), "EMAIL_ADDRESS"))]
    if g.chance(0.4):
        fields.insert(2, ("Data de nascimento", (g.dob("br", 1950, 1990), "DATE_OF_BIRTH")))
    if g.chance(0.4):
        fields.insert(-2, ("Cartão adicional", (g.card(True), "CREDIT_CARD")))
    kv_block(g, doc, fields, g.pick(["box", "lines", "dots"]))
    doc.t("\nTRANSAÇÕES CONTESTADAS\n")
    doc.t("DATA        ESTABELECIMENTO                      VALOR (R$)   MOTIVO\n")
    for t in g.moments(g.ri(2, 5), g.after(day, -40, -25), 20, (0, 24)):
        merch = g.pick(["LOTERIAS ONLINE CAIXA", "PAYPG*" + g.pick(ILLEGAL).split(".")[0].upper(), "SKRILL*GAMING MT", "ASTROPAY*CASINO",
                        "MERCADOPAGO*RIFADOMEME", "LOTERIAS ONLINE CAIXA"])
        doc.t(f"{dbr(t.date())}  {merch[:35]:<35}  {brl(g.ri(2000, 200000) / 100):>10}   {g.pick(['não reconhecida', 'uso por terceiro', 'não reconhecida'])}\n")
    doc.f("\nRELATO DO TITULAR\n«r»\n\n", r=g.pick([
        "Meu filho menor usou o cartão salvo no celular para jogar em sites de cassino. Não autorizei.",
        "Descobri as compras pelo extrato. O cartão estava salvo no notebook que meu filho usa.",
        "Não reconheço as apostas. Meu cartão foi cadastrado sem minha permissão."]))
    doc.f("PARECER DA ANÁLISE («a»)\n", a=P(g.pick([an.full, an.short])))
    if g.chance(0.5):
        doc.f("Transações autenticadas com 3DS no dispositivo habitual do titular. Em contato telefônico em «d», o titular confirmou que o cartão foi usado por "
              "«s» («i» anos), que mora com ele. Contestação improcedente quanto a 'fraude'; orientado a pedir reembolso aos estabelecimentos "
              "(apostas por menores são vedadas — Lei 14.790/2023, art. 26, I) e a ativar o controle parental no celular d«o» «f».\n",
              d=dbr(g.after(day, 1, 5)), s=P(g.pick([son.full, son.first])), i=g.ri(14, 17), o=son.o, f="filho" if not son.female else "filha")
    else:
        doc.t("Estabelecimentos estrangeiros com MCC 7995 (jogos de azar) não autorizados no país. Contestação procedente; crédito provisório lançado "
              "e cartão substituído.\n")
    doc.f("\nNovo cartão enviado para «ad», CEP «cep».\n", ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"))
    return doc


def fi_logs(g: Gen) -> Doc:
    """Fraud-engine log lines of a bet (multi-accounting and bonus abuse): account creation, logins with IPs, withdrawals; analyst's conclusion."""
    doc = Doc()
    legal, brand, dom = bet(g)
    an = g.person()
    day = g.day()
    host = g.pick(["fraud-engine-01", "riskd-02", "antifraude-prd-3"])
    ppl = [g.person()]
    ppl += [g.relative(ppl[0]) for _ in range(g.ri(1, 3))]
    dev = g.device()
    ipmain = g.ip_pub()
    moments = g.moments(len(ppl) * 3 + 2, day, 3, (0, 24))
    it = iter(moments)
    for k, p in enumerate(ppl):
        cpf = g.cpf("raw")
        pid = g.player_id()
        doc.f("«t» «h» riskd[«pid»]: INFO signup player=«pl» name=\"«n»\" cpf=«c» email=«e» device=«dv» ip=«ip»\n",
              t=ts(next(it), "syslog"), h=host, pid=g.ri(1000, 60000), pl=pid, n=P(fold(p.full)), c=(cpf, "BR_CPF"),
              e=(g.email(p, g.pick(["gmail.com", "outlook.com", "proton.me", "yahoo.com.br"])), "EMAIL_ADDRESS"), dv=dev,
              ip=(ipmain, "IP_ADDRESS") if k == 0 or g.chance(0.6) else ip_any(g, 0.8))
        doc.f("«t» «h» riskd[«pid»]: INFO bonus.claimed player=«pl» bonus=WELCOME_100 amount=100.00\n", t=ts(next(it), "syslog"), h=host,
              pid=g.ri(1000, 60000), pl=pid)
        kd, code, val = pix_key(g, p, ("uuid", "uuid", "cpf", "phone"))
        doc.f("«t» «h» riskd[«pid»]: WARN withdrawal.requested player=«pl» amount=«v» pix_key_type=«kt» pix_key=«k» rule=SAME_DEVICE_MULTI_ACCOUNT score=«s»\n",
              t=ts(next(it), "syslog"), h=host, pid=g.ri(1000, 60000), pl=pid, v=f"{g.ri(150, 2500)}.00", kt=code, k=val, s=g.ri(70, 99))
    doc.f("«t» «h» riskd[«pid»]: ALERT cluster=«cl» accounts=«n» device=«dv» shared_ip=«ip» action=HOLD_WITHDRAWALS\n", t=ts(next(it), "syslog"),
          h=host, pid=g.ri(1000, 60000), cl=g.hexs(8), n=len(ppl), dv=dev, ip=(ipmain, "IP_ADDRESS"))
    doc.f("«t» «h» riskd[«pid»]: INFO admin.login user=«u» ip=«ip»\n", t=ts(next(it), "syslog"), h=host, pid=g.ri(1000, 60000), u=login(an, g), ip=V(g.ip_priv()))
    doc.f("\n=== Parecer («a», Prevenção a Fraudes) ===\n", a=P(an.full))
    a = ppl[0]
    doc.f("Cluster de «n» contas criadas do mesmo aparelho e IP residencial em poucas horas para resgatar o bônus de boas-vindas. «o» titular real parece ser «t»; "
          "as demais usam CPFs de familiares (o KYC aprovou porque as selfies foram feitas com as próprias pessoas). Bônus estornados, saques negados, "
          "contas encerradas conforme os termos. «x»\n",
          n=len(ppl), o="A" if a.female else "O", t=P(g.pick([a.full, a.short])),
          x=g.pick(["Sem indício de lavagem; não comunicar ao Coaf.", "Encaminhado ao compliance para avaliar comunicação ao Coaf.",
                    "Afiliado de origem (link «aff») notificado.".replace("«aff»", g.hexs(6))]))
    return doc


FI = [fi_pix_csv, fi_ticket, fi_coaf, fi_folha, fi_comissoes, fi_chargeback, fi_logs]


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
            assert not re.match(r"(sac|dpo|juridico|ouvidoria|suporte|financeiro|privacidade|afiliados|compliance|kyc|jogoresponsavel|"
                                r"contato|atendimento|pld|rh|fraude|integridade|protocolo|caps|grupo|secretaria|cobranca)[.@]", v), (rid, v)
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
            assert re.match(r"(CRM|COREN|OAB|CRP|CRESS|CRC)\b", v), (rid, v)
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
    print("ninetythird", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
