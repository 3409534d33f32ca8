"""Build the hundred-and-sixth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_hundredsixth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or run),
standalone (own check-digit code, stdlib only, no Faker, no import from afinar or from the other
generators), seed 10606, 280 records: 4 domains x 7 templates x 10 copies.

Register, not used by the earlier sets: LICENSED SPORTS BETTING AND ONLINE GAMING OPERATORS ("bets",
Lei 14.790/2023, Lei 13.756/2018 and the SPA/Ministério da Fazenda rules: Portarias SPA/MF 615, 722,
827, 1.143 and 1.231 of 2024) -- player sign-up and KYC (selfie liveness, document and CPF checks,
age), Pix deposits and withdrawals only to and from accounts of the player's own CPF, third-party
deposits returned, blocked withdrawals, bonus rollover, debit-card chargebacks and Pix MED claims,
VIP account managers, affiliate and influencer contracts and commissions, responsible gaming
(limits, time-outs, self-exclusion, requests from relatives), Procon and consumidor.gov.br
complaints, lawsuits by players and by families of compulsive gamblers, court decisions,
psychiatric, CAPS AD and social-work reports on gambling disorder (CID-10 F63.0), a helpline,
AML cases and COAF reports, payment processors' settlement files, prize and income-tax reports.
Layouts vary: a site chat export (bot, then a human agent), a speech-to-text call (lower case, no
accents, CPF and birth date read aloud) with the agent's typed record, e-mails with quoted replies
(Outlook "-----Mensagem original-----" and "> " quoting) and X-Originating-IP, WhatsApp exports
(Android and iOS, sender by number or by name) with a pasted Pix receipt, a Telegram export,
indented JSON from a web form, one-line JSON logs, JSON lines, "Campo: valor" forms, dotted leaders
and ruled boxes, +---+ / psql / pipe / plain / Markdown tables, semicolon and comma CSV,
fixed-width reports and a fixed-width settlement file (names cut at the field width), legal prose
(terms, petitions, a sentence with the publication note, a contract with its e-signature log), an
ALL CAPS Procon record and an OCR'd ALL CAPS notice with its AR receipt.
- atendimento: (0) a site chat on a failed KYC (visitor IP, bot, the agent joining, name, CPF --
  sometimes first mistyped --, birth date, the document's RG or CNH number or the name as the RFB
  has it versus a typo in the sign-up, a sibling's phone, old and new address with CEP, e-mail,
  phone for the SMS link); (1) a speech-to-text call on a blocked withdrawal (CPF read in groups,
  spoken birth date, the Pix key of a brother or sister, phone read in groups) and the typed record
  (CPF, phone, e-mail, the key -- a CPF, a phone or a random key --, the key holder's name, the
  agent); (2) an e-mail from a relative asking to block a gambler's account (his CPF, birth date,
  e-mail, phone, nickname, the CAPS, their address and CEP) answered by responsible gaming
  (analyst's corporate e-mail, role mailboxes in copy); (3) a WhatsApp chat on a Pix deposit not
  credited: the pasted receipt (payer -- often the spouse --, masked CPF, agency, account, the PSP's
  CNPJ and random Pix key, E2E id), the third-party deposit returned, CPF and e-mail, a phone Pix
  key; (4) a responsible-gaming request (limit, time-out, self-exclusion) as JSON (name, CPF, birth
  date, e-mail, phone, sometimes address and CEP, public IP, device) with the agent's notes (a login
  attempt during the pause from another public IP, the backoffice's private IP, the spouse calling);
  (5) a fixed-width ombudsman queue (names cut, raw CPF or "NAO INFORM" or a mistyped CPF, raw
  phone, agents' logins) with the supervisor's notes; (6) a Telegram chat between a VIP manager and
  a high-roller (source of funds: his company's CNPJ, his accountant with CRC or the plate of a
  pickup he sold; birth date, address, CEP, bank account, a friend referred with phone, e-mails).
- juridico: (0) terms and conditions (operator's CNPJ, the DPO by name and e-mail or a role mailbox)
  with the acceptance log (name, CPF, the KYC document's RG or CNH, birth date, e-mail, phone, event
  table with public IPs -- a CGNAT address is not labelled --, SMS confirmation); (1) a small-claims
  petition over withheld winnings (author qualified with RG or CNH, CPF, e-mail, phone, address,
  CEP; operator's CNPJ and seat; the Pix key; the support agent; CNJ precedents; lawyers with OAB
  and e-mail); (2) an ALL CAPS Procon record (consumer's CPF, RG, birth date, address, CEP, phone,
  e-mail; operator's CNPJ; spouse whose account paid the deposits; the operator's answer with a Pix
  key and the analyst's e-mail; attendant, conciliator, preposto with RG); (3) a lawsuit by a
  gambler under provisional guardianship (gambler qualified, often with his título de eleitor, and
  his curator; the family car sold, with its plate; psychiatrist's CRM; deposits table with E2E ids;
  the joint account; promotional SMS to his phone; lawyers); (4) a JEC sentence (parties with CPF
  and CNPJ, the player's IP in the defence, payment to an account, a CPF key or a random key; the
  judge; the publication note with lawyers' OAB and the clerk); (5) an affiliate / influencer
  contract (the influencer qualified, sometimes through an MEI with CNPJ, handle, coupon, CPA /
  revshare, the advertising rules, payment to an account or a random key, witnesses with CPF) with
  the e-signature log (names, e-mails, public IPs); (6) an OCR'd ALL CAPS extrajudicial notice: a
  minor bet with his mother's CPF and selfie (mother qualified, the minor's birth date, her account,
  phone, e-mail; lawyer's OAB) and the AR (receiver with RG, postman).
- saude: (0) a psychiatric report (clinic CNPJ and landline; patient's birth date, CPF, mother,
  address, CEP, phone, companion; history, SOGS / PHQ-9 / GAD-7, ICD-10; psychologist's CRP; family
  money management with phone; psychiatrist's CRM, RQE); (1) a UBS referral to a CAPS AD and the
  counter-referral (CNS, birth date, mother, address, CEP, phones, relative; CRM, COREN, CRP, CRESS;
  the team's institutional e-mail); (2) a relative's request form to an operator with the attached
  medical certificate (requester's CPF, RG, phone, e-mail, address, CEP; the player's CPF, birth
  date, e-mail; CRM; the operator's internal note); (3) a CAPS AD group attendance CSV (name, CNS,
  birth date, phone, SOGS) with the psychologist's and social worker's notes; (4) multiprofessional
  evolution notes (patient with CNS or CPF; psychiatry CRM, psychology CRP, nursing COREN, social
  work CRESS; the spouse and a phone); (5) a social worker's home-visit report (address, CEP, phone;
  household table with birth dates, CPF and NIS; the responsible member's título de eleitor; Bolsa
  Família spent on bets; the family motorbike sold, with its plate; CRESS); (6) a helpline export in
  JSON lines (attendants' first names or logins, callers' names or "anônimo", chat IPs or phones,
  e-mails) with the coordinator's note (CRP, e-mail).
- financeiro: (0) cashier JSON logs (deposits, a third-party deposit rejected with
  the payer's name, CPF, agency and account, withdrawals to Pix keys of every kind, logins, public
  IPs; private upstream IPs) with the analyst's note; (1) a PSP's fixed-width settlement file (PSP's
  and operator's raw CNPJ in the header; names cut, raw CPF, ISPB, agency, zero-padded account; E2E
  ids; values) with the reconciliation note; (2) an AML case (holder's CPF, RG or CNH, birth date,
  address, CEP, phone; a vehicle sale claimed as the source of funds, with its plate; accounts on
  the same device with CPF and IPs; movements with a third party's agency and account; COAF
  communication; the compliance officer's e-mail); (3) a disputes report (chargebacks with masked
  cards, MED claims with agency and account), a DEBUG line leaking a full debit-card PAN with the
  holder and IP, and the analyst's note (a minor used the card); (4) a prize and income-tax report
  (operator's CNPJ; fixed-width table with raw CPF and names cut; one player's statement with
  address, CEP, e-mail; the accountant's CRC); (5) an affiliate commission CSV (people or MEIs, CPF
  or CNPJ, handles, Pix keys of every kind, agency, account) with the affiliate manager's e-mail (a
  suspended influencer, a new random key, a phone); (6) an e-mail thread on a withheld withdrawal
  (CPF, the account in a relative's name, the statement table with ticket and E2E ids, the player's
  own account, phone, IP).

Conventions (the twentieth set's): PERSON covers the name only, never "Sr.", "Sra.", "Dr.", "Dra.",
"seu", "dona"; particles inside a name (de, da, do, das, dos, e) and suffixes (Filho, Júnior,
Neto, Sobrinho) are part of it; "SURNAME, GIVEN" is one span; first names alone and nicknames, in
lower case or ALL CAPS too, are persons. Staff named in the text are persons: support agents, VIP
managers, responsible-gaming, finance, AML and compliance analysts, affiliate managers, DPOs,
lawyers, judges, clerks, conciliators, prepostos, Procon attendants, postmen, psychiatrists,
psychologists, nurses, social workers, helpline attendants and accountants. Logins and system
users ("drocha", "mkassab25", "Sistema", "sistema") are not persons. Corporate e-mails of people
are EMAIL_ADDRESS; role mailboxes (suporte@, sac@, jogoresponsavel@, compliance@, juridico@,
financeiro@, privacidade@, dpo@, afiliados@, ouvidoria@, contabilidade@...) are not labelled.
ADDRESS is street type + name + number + complement, in full, abbreviated, ALL CAPS or lower case
(not bairro, city, UF; the CEP is BR_CEP). Agency and account are separate BANK_ACCOUNT spans; bank
codes, bank names and ISPB codes are not. PIX_KEY only for random (UUID) keys, whoever owns them;
a Pix key that is a CPF, a phone or an e-mail takes that label (the "tipo_chave" word is not
labelled). DATE_OF_BIRTH only for birth dates (dd/mm/yyyy, d/m/yyyy, dd/mm/yy, ISO, long, spoken);
sign-up, KYC, deposit, session, hearing, visit and signature dates are not. Masked values
("***.123.456-**", "990.***.***-69", "481767******0404", "**** 2221") are not labelled.
Decisions of this set:
- Platform usernames and player handles ("tigrinho_000", "renata_qui", "reidogreen12"), chat
  display names that are not names ("Rei do Green 👑", "Tubarão", "VIP 7777"), the influencers'
  social-media handles ("@nzingatips"), affiliate links and coupon codes are not labelled, even
  when built from a name: they are logins, not written names. A sender shown by the player's or
  the manager's real name is a PERSON; in "Manoelito | VIP GolVerde" only the first name is.
  The virtual assistants (Sortudo, Luz, Trevinho, Bia, Vitória, Apitinho) are not persons.
- Influencers and affiliates are persons by their civil names; an MEI named after the influencer
  ("Ngola Produções Digitais ME") is a company, not labelled, while its CNPJ is BR_CNPJ.
- IP_ADDRESS: any public IPv4 / IPv6 of a player's or a person's device (site chat, sign-up,
  KYC, logins, deposits, withdrawals, e-signature, e-mail, helpline chat, a card payload, an IP
  cited in a sentence). The operator's internal upstream and backoffice addresses (10/8,
  172.16/12, 192.168/16) and CGNAT addresses (100.64/10) are not labelled.
- Bet ticket ids ("BLT-QX12345678", "#35783D50EA", "B753292612652", "TK-6329-535726"), player
  ids, request, case, protocol, CIP, Procon, SISCOAF and AR numbers, Pix end-to-end ids
  (E + ISPB + timestamp + 11 characters), ISPB codes, device fingerprints, envelope UUIDs (upper
  case) and hashes, prontuário numbers, matrículas and RQE are not labelled; nor odds, money,
  scale scores (SOGS, PHQ-9, GAD-7), ICD-10 codes (F63.0, Z72.6, F32.1, F41.1, F10.2...), CNJ
  numbers, laws and Portarias.
- LICENSE_PLATE: plates of private vehicles named in the text (a pickup a player sold, the family's
  car or motorbike sold to cover losses, a vehicle sale claimed as the source of funds). AML case
  ids shaped like old plates ("PLD-2025-380507") are not labelled.
- CREDIT_CARD covers a full payment-card number, here a debit card leaked in a DEBUG payload
  (credit cards are banned for betting); the holder's name there is a PERSON.
- BR_PIS also covers the NIS of a household in a social report (the same number family);
  BR_CNS covers SUS cards of patients; PROFESSIONAL_ID covers CRM, CRP, COREN, CRESS, OAB and CRC
  (an accountant's registration), with council and UF or region; the RQE after a CRM is not.
- Clinic landlines are PHONE_NUMBER; service numbers (CVV 188, SAMU 192) are not.
- The operator's, PSP's and clinic's CNPJ are BR_CNPJ (numeric and the 2026 alphanumeric form,
  dotted or raw); a company's seat ("Av. Rio Branco, 1, sala 1.210") is not labelled; people's
  homes are ADDRESS. A minor's birth date (in the notice) is DATE_OF_BIRTH.
- Spoken forms in the call are labelled as they stand: the CPF read in groups ("083 ponto 778
  ponto 353 47"), the birth date ("12 do 3 de 91"), the phone in groups. A zero-padded account in
  the settlement file is labelled as it stands. Names cut by a fixed-width field, names typed with
  a typo and names and addresses damaged by OCR (a "0" for "O" included) are labelled as they
  stand; identifiers in the OCR'd text are printed clean.

Names: Brazilian names of many origins -- Portuguese common, north-eastern and old-fashioned
(Hermógenes, Tertuliana, Pantaleão, Umbelina), coined (Jhully, Kethlen, Ruanderson, Wesllen),
Italian, German, Japanese/Okinawan, Lebanese, Korean, Chinese, Haitian, Angolan, Senegalese,
indigenous, Jewish, Bolivian, Venezuelan, Paraguayan, Polish/Ukrainian, Armenian -- with rare or
invented name words well above a quarter (main() prints the share). Names that are also words
(Rosa, Luz, Flor, Vitória, Aurora, Celeste, Estrela, Glória, Pérola, Esperança, Socorro, Bento,
Prudente, Amado, Clemente, Branco, Justo, Modesto, Leão, Sereno, Constante; surnames Rosa, Branco,
Prudente, Amado, Leão, Paz, Cruz, Luz, Bonfim, Guerra, Leal, Sorte, Serra, Vale, Estrela) are used
as names and, elsewhere, as words and in teams, brands, places and bots, which are not persons:
"fundo branco e boa luz", "a vitória do mandante", "o jogo do Vitória", "o Leão da Ilha", "Rio
Branco", "seria prudente", Leão Dourado, AuroraBet, Rosa dos Ventos Bet, Prudente Sports, Bento Bet,
Clínica Rosa Branca, CAPS AD III Glória, CAPS AD Esperança, Presidente Prudente, Bento Gonçalves,
Santa Rosa, Nova Aurora, Vitória da Conquista, the bots Luz and Vitória.

Hard negatives (never labelled): CNJ numbers, 11-digit numbers failing the CPF check (protocols,
mistyped CPFs; the script checks every CPF-shaped run outside a gold span), 15-digit runs (checked
not to be valid CNS), 16-digit runs (checked to fail Luhn), private and CGNAT IPs (checked), E2E
ids, ISPB codes, ticket ids, ICD-10 codes, money and odds, laws and Portarias (Lei 14.790/2023,
Lei 13.756/2018, Lei 9.613/1998, Lei 8.078/1990, Lei 13.709/2018, Lei 9.099/1995), companies and
teams named after people or words, streets named after people outside an address, dates that are
not births.
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
SEED = 10606
OUT_NAME = "hundredsixth.jsonl"

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
            "Sandra", "Camila", "Amanda", "Bruna", "Jéssica", "Letícia", "Júlia", "Mariana", "Gabriela", "Beatriz",
            "Larissa", "Vanessa", "Luana", "Tatiane", "Daniele", "Raquel", "Cristiane", "Simone", "Ana Paula",
            "Maria José", "Lúcia", "Rita", "Priscila", "Renata", "Carla", "Débora", "Josefa", "Aparecida"]
COMMON_M = ["José", "João", "Antônio", "Francisco", "Carlos", "Paulo", "Pedro", "Lucas", "Luiz", "Marcos", "Gabriel",
            "Rafael", "Daniel", "Marcelo", "Bruno", "Eduardo", "Felipe", "Rodrigo", "Gustavo", "Mateus", "Diego",
            "Anderson", "Leandro", "Tiago", "Fábio", "Ricardo", "Alexandre", "João Paulo", "José Carlos", "Raimundo",
            "Sérgio", "Wagner", "Roberto", "Jorge", "Severino", "Vinícius"]
RARE_F = ["Eulália", "Doralice", "Jandira", "Ozana", "Lindinalva", "Marinalva", "Gedalva", "Cremilda", "Ermelinda",
          "Umbelina", "Vicentina", "Olegária", "Tertuliana", "Quitéria", "Leocádia", "Zulmira", "Efigênia", "Generosa",
          "Deolinda", "Edileuza", "Iraci", "Benvinda", "Joselita", "Ivanilde", "Jhully", "Kethlen", "Dávyla",
          "Thaynara", "Kaylanne", "Wemilly", "Ingrydy", "Samylle", "Rhayanne", "Allycia", "Geyse", "Dyenifer",
          "Kemilly", "Sthefany", "Lauanny", "Myrelly"]
RARE_M = ["Adauto", "Benildo", "Durval", "Ednaldo", "Firmino", "Genival", "Hermógenes", "Jocélio", "Lindomar",
          "Manoelito", "Nerivaldo", "Osmundo", "Pantaleão", "Tibúrcio", "Valdomiro", "Zózimo", "Gumercindo",
          "Teotônio", "Deusdete", "Belarmino", "Erisvaldo", "Josivan", "Cledivaldo", "Wesllen", "Dhiego", "Welbert",
          "Ruanderson", "Maykon", "Kelvyn", "Thyago", "Jhonatan", "Wandeilson", "Thalysson", "Ryquelme", "Deivisson",
          "Elenilson", "Cosmo", "Ariosvaldo", "Jucelino"]
WORD_F = ["Rosa", "Luz", "Flor", "Vitória", "Aurora", "Celeste", "Estrela", "Glória", "Pérola", "Maria da Luz",
          "Rosa Maria", "Esperança", "Socorro", "Maria da Glória"]
WORD_M = ["Bento", "Prudente", "Amado", "Clemente", "Branco", "Justo", "Modesto", "Leão", "Vitório", "Sereno",
          "Constante"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Pereira", "Ferreira", "Costa", "Rodrigues", "Almeida",
          "Nascimento", "Alves", "Carvalho", "Araújo", "Ribeiro", "Gomes", "Martins", "Rocha", "Barbosa", "Mendes",
          "Freitas", "Cardoso", "Teixeira", "Dias", "Moura", "Vieira", "Nunes", "Batista", "Moreira", "Lopes", "Melo",
          "Cavalcante", "Monteiro", "Correia", "Bezerra", "Pinto"]
RARE_SUR = ["Sobreira", "Rolim", "Feitosa", "Landim", "Gadelha", "Queiroga", "Uchôa", "Nóbrega", "Wanderley", "Bessa",
            "Cunegundes", "Jucá", "Tenório", "Cajazeiras", "Alencastro", "Inojosa", "Jatobá", "Galdino", "Valadares",
            "Amorim Pires", "Bandeira de Melo", "Coutinho Lins", "Holanda Cavalcanti", "Lacerda Beltrão",
            "Pimentel Lustosa", "Rêgo Barros", "Xavier Pedrosa", "Teles Menezes", "Brasileiro", "Dantas Bulcão",
            "Quintela", "Sertório", "Maranhão", "Bacurau", "Pitombo", "Aragão", "Mangabeira", "Varjão", "Correntina"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Amado", "Leão", "Paz", "Cruz", "Luz", "Bento", "Flores", "Torres", "Lobo",
            "Neves", "Fontes", "Campos", "Serra", "Vale", "Aurora", "Estrela", "Sorte", "Bonfim", "Guerra", "Leal"]
NICK = {"Francisca": "Chica", "Francisco": "Chico", "José": "Zé", "Antônio": "Toninho", "Antônia": "Toinha",
        "Raimundo": "Mundinho", "Maria da Luz": "Luzinha", "Luiz": "Lulinha", "Gumercindo": "Gugu", "Severino": "Biu",
        "Bento": "Bentinho", "Rosa": "Rosinha", "Teotônio": "Teo", "Quitéria": "Teca", "Deusdete": "Dedé",
        "Belarmino": "Belo", "Pedro": "Pedrão", "João": "Jão", "Wandeilson": "Wand", "Thalysson": "Thaly",
        "Maykon": "Maykinho", "Generosa": "Nena", "Zulmira": "Mira", "Marcos": "Marquinhos", "Carlos": "Carlão",
        "Pantaleão": "Panta", "Valdomiro": "Miro", "Ermelinda": "Linda", "Vicentina": "Tina", "Jocélio": "Jojó",
        "Firmino": "Firmo", "Lindomar": "Lindo", "Ruanderson": "Ruan", "Josivan": "Van", "Hermógenes": "Mogi",
        "Esperança": "Nena", "Socorro": "Corrinha", "Aparecida": "Cida", "Josefa": "Zefinha", "Vinícius": "Vini"}
FOREIGN = {
    "it": (["Graziella", "Loredana", "Nunzia"], ["Salvatore", "Ottavio", "Gianluca"],
           ["Bortolotto", "Pegoraro", "Zanella", "Casagrande", "Menegat", "Dal Pizzol", "Zanatta"]),
    "de": (["Hildegard", "Gerda", "Irmgard"], ["Egon", "Arno", "Dieter"],
           ["Kuhn", "Schroeder", "Wachholz", "Klitzke", "Raasch", "Ponath", "Hammes"]),
    "jp": (["Akemi", "Sachiko", "Keiko"], ["Takeshi", "Minoru", "Hideo"],
           ["Higa", "Kanashiro", "Nakasone", "Tokunaga", "Oshiro", "Arakaki"]),
    "ar": (["Samira", "Jamile", "Nadia"], ["Jamil", "Kalil", "Rafic"],
           ["Haddad", "Bechara", "Saad", "Kassab", "Khoury", "Maluf"]),
    "kr": (["Ji-woo", "Hye-jin", "Seo-yeon"], ["Dong-hyun", "Sung-min"], ["Park", "Kang", "Jung", "Yoon"]),
    "cn": (["Meiling", "Xiuying"], ["Jianguo", "Wei"], ["Liang", "Huang", "Zhang", "Chen"]),
    "ht": (["Nadège", "Guerline", "Widline"], ["Jean-Robert", "Wesner", "Fritznel"],
           ["Pierre-Louis", "Désir", "Métellus", "Louissaint", "Jean-Baptiste"]),
    "ao": (["Nzinga", "Luzolo", "Ndilu"], ["Kiala", "Mbemba", "Tchiwale"], ["Ngola", "Kiluange", "Matondo", "Nsimba"]),
    "sn": (["Awa", "Fatou", "Ndeye"], ["Abdoulaye", "Mamadou", "Ibrahima"], ["Diop", "Sarr", "Gueye", "Ndiaye"]),
    "in": (["Jaciara", "Moema", "Kerexu"], ["Raoni", "Karai", "Awá"],
           ["Guajajara", "Pataxó", "Terena", "Baniwa", "Potiguara"]),
    "jw": (["Esther", "Miriam", "Sarah"], ["Avraham", "Moisés", "Chaim"],
           ["Goldfarb", "Lerner", "Zylberstajn", "Feldman", "Kuperman"]),
    "bo": (["Ayda", "Nelly", "Eusebia"], ["Grover", "Efraín", "Teodoro"], ["Quispe", "Mamani", "Huanca", "Limachi", "Choque"]),
    "ve": (["Yuleisy", "Oriana", "Dayerlin"], ["Yonaiker", "Deiby", "Yorbis"], ["Castellanos", "Urdaneta", "Pernía", "Colmenares"]),
    "py": (["Ramona", "Nidia", "Liz Mabel"], ["Nery", "Derlis", "Osmar"], ["Benítez", "Ayala", "Giménez", "Cáceres"]),
    "pl": (["Jadwiga", "Halyna"], ["Stanisław", "Mykola"], ["Kowalczyk", "Wiśniewski", "Bondarenko", "Hnatyshyn"]),
    "am": (["Anoush", "Siranush"], ["Vartan", "Krikor"], ["Manukian", "Hagopian", "Boyadjian"]),
}
RARE_ORIGINS = ("kr", "cn", "ht", "ao", "sn", "in", "jw", "bo", "ve", "py", "pl", "am")
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in RARE_ORIGINS:
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])
RARE.difference_update(["Sarah", "Moisés", "Osmar", "Teodoro", "Ramona"])
RARE.update(["Graziella", "Loredana", "Nunzia", "Bortolotto", "Pegoraro", "Menegat", "Dal Pizzol", "Zanatta", "Hildegard",
             "Gerda", "Irmgard", "Egon", "Wachholz", "Klitzke", "Raasch", "Ponath", "Hammes", "Kanashiro",
             "Nakasone", "Tokunaga", "Oshiro", "Arakaki", "Minoru", "Hideo", "Sachiko", "Bechara", "Kassab", "Khoury",
             "Rafic"])

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Costa", "Rosa", "Luz", "Paz", "Cruz", "Silva", "Serra", "Aurora", "Estrela", "Rocha", "Sorte", "Guerra"}
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
STREET_TYPES = ["Rua", "Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Praça", "Largo", "Estrada"]
STREET_NAMES = ["Barão de Mauá", "Prudente de Morais", "Bento Gonçalves", "Flor de Maio", "da Aurora", "Estrela do Mar",
                "Doutor Quirino Landim", "Coronel Gumercindo Rolim", "Tiradentes", "Quinze de Novembro",
                "Marechal Deodoro", "da Paz", "Rosa e Silva", "Amado Nervo", "Castro Alves", "Santos Dumont",
                "Irmã Dulce", "dos Jangadeiros", "Pedro Álvares Cabral", "Getúlio Vargas", "Sete de Setembro",
                "das Mangueiras", "Senador Alencastro", "Professora Eulália Bessa", "São Bento", "Beira Rio",
                "Vitória Régia", "dos Ipês", "Leão XIII", "Luz Branca", "Conselheiro Nóbrega", "Madre Vicentina",
                "Pioneiro Arno Raasch", "Doutor Jamil Haddad", "das Acácias", "Dom Pedro II", "da Glória",
                "Padre Cosmo Uchôa", "Vereador Durval Queiroga", "Rio Branco", "Treze de Maio", "do Sol Nascente"]
CITIES = [("São Paulo", "SP"), ("Campinas", "SP"), ("Santos", "SP"), ("Guarulhos", "SP"), ("Ribeirão Preto", "SP"),
          ("Presidente Prudente", "SP"), ("Rio de Janeiro", "RJ"), ("Niterói", "RJ"), ("Duque de Caxias", "RJ"),
          ("Belo Horizonte", "MG"), ("Juiz de Fora", "MG"), ("Montes Claros", "MG"), ("Curitiba", "PR"),
          ("Londrina", "PR"), ("Nova Aurora", "PR"), ("Porto Alegre", "RS"), ("Bento Gonçalves", "RS"),
          ("Santa Rosa", "RS"), ("Pelotas", "RS"), ("Florianópolis", "SC"), ("Joinville", "SC"),
          ("Chapecó", "SC"), ("Salvador", "BA"), ("Vitória da Conquista", "BA"), ("Recife", "PE"), ("Petrolina", "PE"),
          ("Fortaleza", "CE"), ("Juazeiro do Norte", "CE"), ("Natal", "RN"), ("João Pessoa", "PB"), ("Maceió", "AL"),
          ("Aracaju", "SE"), ("Teresina", "PI"), ("São Luís", "MA"), ("Belém", "PA"), ("Manaus", "AM"),
          ("Goiânia", "GO"), ("Brasília", "DF"), ("Campo Grande", "MS"), ("Cuiabá", "MT"), ("Vitória", "ES"),
          ("Rio Branco", "AC"), ("Macapá", "AP")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN", "PB", "MT",
       "MS", "PI", "SE", "AL"]
BAIRROS = ["Centro", "Jardim Aurora", "Vila Rosa", "São Bento", "Alto da Paz", "Cohab", "Pinheiros", "Boa Viagem",
           "Jardim Vitória", "Bela Vista", "Parque das Flores", "Vila Estrela", "Cidade Nova", "Glória", "Benfica",
           "Cajazeiras", "Vila Mariana", "Tijuca", "Aldeota", "Petrópolis", "Bairro da Luz", "Jardim Prudência",
           "Conjunto Esperança", "Santa Luzia"]
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




# --------------------------------------------------------------------------- register: licensed betting operators

OPERATORS = [("GolVerde", "GolVerde Entretenimento e Apostas Ltda.", "golverde.bet.br"),
             ("PalpiteCerto", "Palpite Certo Jogos Online S.A.", "palpitecerto.bet.br"),
             ("AuroraBet", "Aurora Apostas de Quota Fixa Ltda.", "aurora.bet.br"),
             ("Leão Dourado", "Leão Dourado Gaming Ltda.", "leaodourado.bet.br"),
             ("Rosa dos Ventos Bet", "Rosa dos Ventos Loterias Ltda.", "rosadosventos.bet.br"),
             ("ApitoFinal", "Apito Final Apostas Esportivas Ltda.", "apitofinal.bet.br"),
             ("Trevo de Ouro", "Trevo de Ouro Jogos S.A.", "trevodeouro.bet.br"),
             ("Prudente Sports", "Prudente Sports Entretenimento Ltda.", "prudentesports.bet.br"),
             ("Bento Bet", "São Bento Apostas e Entretenimento Ltda.", "saobento.bet.br"),
             ("EscanteioBet", "Escanteio Quota Fixa Ltda.", "escanteio.bet.br")]
PSPS = ["LiquidaPix Instituição de Pagamento S.A.", "Vale Pagamentos IP Ltda.", "Aurora Pay IP S.A.",
        "Conta Ágil Meios de Pagamento Ltda.", "PagLeão Instituição de Pagamento S.A.", "Cofre Digital IP Ltda."]
BOTS = ["Sortudo", "Luz", "Trevinho", "Bia", "Vitória", "Apitinho"]
CLINICS = ["Clínica Travessia Saúde Mental", "Instituto Bento de Psiquiatria", "Centro Aurora de Dependências",
           "Clínica Rosa Branca", "Ambulatório do Jogo Patológico — Hospital das Clínicas", "Clínica Recomeço"]
CAPS_UNITS = ["CAPS AD III Glória", "CAPS AD II Centro", "CAPS AD Esperança", "CAPS AD III Vila Estrela",
              "CAPS AD II Prudente de Morais", "CAPS AD Leste"]
UBS_UNITS = ["UBS Jardim Aurora", "UBS Vila Rosa", "USF Santa Luzia", "UBS São Bento", "UBS Cohab II", "USF Conjunto Esperança"]
HELPLINES = ["Linha Recomeço", "Apoio ao Jogador 24h", "Jogo Limpo — escuta", "Travessia Escuta"]
TEAMS = ["Flamengo", "Palmeiras", "Corinthians", "Vitória", "Sport", "Bahia", "Fortaleza", "Ceará", "Grêmio", "Internacional",
         "Atlético-MG", "Cruzeiro", "Botafogo", "Vasco", "São Paulo", "Santos", "Fluminense", "Athletico-PR", "Rio Branco",
         "Remo", "Paysandu", "Juventude"]
GAMES = ["slot Tigre da Sorte", "crash Foguetinho", "roleta ao vivo", "bacará ao vivo", "slot Mina de Ouro", "blackjack ao vivo",
         "slot Coelho Dourado", "crash Aviãozinho"]
LAWS = ["Lei 14.790/2023", "Lei 13.756/2018", "Portaria SPA/MF nº 1.231/2024", "Portaria SPA/MF nº 1.143/2024",
        "Portaria SPA/MF nº 615/2024", "Portaria SPA/MF nº 722/2024", "Portaria SPA/MF nº 827/2024", "Lei 9.613/1998",
        "Lei 8.078/1990", "Lei 13.709/2018"]
ROLE_BOXES = ["suporte", "sac", "jogoresponsavel", "compliance", "juridico", "financeiro", "privacidade", "dpo", "afiliados",
              "ouvidoria", "naoresponda", "conciliacao", "pld", "kyc", "contabilidade", "parcerias"]


def op(g: Gen) -> tuple[str, str, str]:
    return g.pick(OPERATORS)


def role_mail(g: Gen, dom: str, box: str | None = None) -> str:
    return f"{box or g.pick(ROLE_BOXES)}@{dom}"


def player_id(g: Gen) -> str:
    return g.pick([f"PLY-{g.d(8)}", f"usr_{g.hexs(12)}", f"{g.ri(1, 9)}{g.d(7)}", f"JG{g.d(9)}"])


def ticket_id(g: Gen) -> str:
    """A bet ticket (bilhete) id: never labelled."""
    return g.pick([f"BLT-{g.up(2)}{g.d(8)}", f"#{g.hexs(10, True)}", f"B{g.d(12)}", f"TK-{g.d(4)}-{g.d(6)}"])


def username(g: Gen, p: "Person | None" = None) -> str:
    """A platform username (a login, never labelled)."""
    pool = ["reidogreen", "tigrinho_", "zebra.master", "greenzinho", "odd_alta", "apostador", "cashout.br", "mandante",
            "bingo.da.sorte", "lobo_da_odd", "craque.", "fezinha", "palpiteiro", "reidoescanteio", "vaiquevai"]
    if p is not None and g.chance(0.45):
        f = re.sub(r"[^a-z]", "", fold(p.first).lower())
        l = re.sub(r"[^a-z]", "", fold(p.last).lower())
        return g.pick([f"{f}{g.d(2)}", f"{f[0]}{l}{g.d(3)}", f"{f}_{l[:3]}", f"{f}.bets{g.d(2)}"])
    return g.pick(pool) + g.d(g.ri(1, 4))


def handle(g: Gen, p: "Person") -> str:
    """A social-media handle of an influencer (not labelled)."""
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    return g.pick([f"@{f}.oficial", f"@{f}dogreen", f"@{f}_apostas", f"@{f}tips", f"@euso{f}", f"@{f}.bet"])


def ispb(g: Gen) -> str:
    return g.pick(["00000000", "60746948", "60701190", "00360305", "90400888", "18236120", "00416968", "10573521",
                   "22896431", "31872495"])


def e2e(g: Gen, t: datetime.datetime | None = None) -> str:
    """A Pix end-to-end id (E + ISPB + yyyymmddHHMM + 11 characters): never labelled."""
    t = t or datetime.datetime(2025, g.ri(1, 12), g.ri(1, 28), g.ri(0, 23), g.ri(0, 59))
    tail = "".join(g.pick("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789abcdefghijkmnpqrstuvwxyz") for _ in range(11))
    return f"E{ispb(g)}{t.strftime('%Y%m%d%H%M')}{tail}"


def odds(g: Gen) -> str:
    return f"{g.ri(105, 900) / 100:.2f}".replace(".", ",")


def match(g: Gen) -> str:
    a, b = g.sample(TEAMS, 2)
    return f"{a} x {b}"


def device_id(g: Gen) -> str:
    return g.pick([f"dev_{g.hexs(16)}", f"fp:{g.hexs(8)}-{g.hexs(4)}", f"{g.hexs(8, True)}-{g.hexs(4, True)}-AND", f"ios-{g.hexs(12)}"])


def cid_pair(g: Gen) -> list[str]:
    return ["F63.0"] + g.sample(["F32.1", "F41.1", "F10.2", "Z72.6", "F33.1", "F41.2", "F17.2", "F43.2"], g.ri(0, 2))


def word_neg(g: Gen) -> str:
    """A sentence where a word that is also a name stands as a word, a team, a place or a company."""
    return g.pick(["Tire a selfie com fundo branco e boa luz, sem boné.", "Foi uma vitória conseguir falar com o suporte.",
                   "Seria prudente definir um limite de depósito.", "A aposta era na vitória do mandante.",
                   "O Leão da Ilha perdeu e a múltipla caiu.", "Apostou no Rio Branco contra o Vasco.",
                   "O jogo do Vitória foi adiado pela chuva.", "A tela fica rosa quando o saque é recusado.",
                   "Ele mora perto do Largo da Glória.", "O bônus de boas-vindas tem rollover de 10x.",
                   "A luz do celular atrapalha a leitura do documento.", "Morou um tempo em Bento Gonçalves."])


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


def spoken_digits(s: str) -> str:
    return " ".join(NUM_WORDS[int(c)] for c in s if c.isdigit())


def stt_cpf(n: str, g: Gen) -> str:
    """A CPF read aloud in groups (digits as the speech-to-text wrote them)."""
    return g.pick([f"{n[:3]} {n[3:6]} {n[6:9]} {n[9:]}", f"{n[:3]} {n[3:6]} {n[6:9]} traco {n[9:]}",
                   f"{n[:3]} ponto {n[3:6]} ponto {n[6:9]} {n[9:]}"])


def stt_dob(g: Gen) -> str:
    dd, mm, yy = g.dob_parts(1958, 2005)
    return g.pick([f"{dd} do {mm} de {yy % 100:02d}", f"{dd} de {fold(MONTHS[mm - 1])} de {yy}", f"{dd} do {mm} de {yy}"])


def kyc_status(g: Gen) -> str:
    return g.pick(["aprovado", "pendente_selfie", "reprovado_liveness", "divergencia_nome", "em_analise"])


# =========================================================================== atendimento


def cl(doc: Doc, stamp: str, sender: tuple, template: str = "", **vals) -> None:
    """One chat line: '<stamp> <sender>: <message>'; sender is (text, label or None)."""
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


def at_chat_kyc(g: Gen) -> Doc:
    """Site chat on a failed KYC (selfie / document / name check), bot first, then a human agent."""
    doc = Doc()
    brand, razao, dom = op(g)
    c = g.person()
    ag = g.person(female=g.chance(0.6))
    bot = g.pick(BOTS)
    user = username(g, c)
    t0 = g.moments(1, g.day(), 1, (8, 23))[0]
    tt = iter(seq_times(g, 24, t0, 10, 150))
    fmt = g.pick(["hms", "hm"])
    st = lambda: f"[{ts(next(tt), fmt)}] "  # noqa: E731
    doc.f("Transcrição do atendimento «id» — «b» | Suporte\nInício: «t» · Canal: chat do site · Visitante: «u» (ID «pid»)\n"
          "IP do visitante: «ip» · «ua»\n\n", id=f"CH-{g.d(9)}", b=brand, t=ts(t0, "brs"), u=user, pid=player_id(g),
          ip=(g.ip(), "IP_ADDRESS"), ua=g.pick(["Chrome 126 / Android 14", "Safari / iOS 17.5", "Edge 125 / Windows 11", "Samsung Internet 25"]))
    B, U, S = (bot, None), (user, None), ("Sistema", None)
    A = (ag.first, "PERSON") if g.chance(0.3) else (f"Atendente {brand}", None)
    cl(doc, st(), B, f"Olá! Eu sou {bot}, assistente virtual da {brand} 🍀 Sobre o que você quer falar? [Depósito] [Saque] "
                     "[Verificação de conta] [Jogo responsável]")
    cl(doc, st(), U, "Verificação de conta")
    cl(doc, st(), U, g.pick(["minha selfie nao passa de jeito nenhum", "ja mandei o documento 3 vezes e continua pendente",
                             "ta dizendo que meus dados nao conferem com a receita", "nao consigo sacar pq a conta nao foi verificada"]))
    cl(doc, st(), B, "Vou transferir você para um especialista. Tempo estimado: 2 min.")
    cl(doc, st(), S, "«a» entrou na conversa.", a=P(g.pick([ag.first, ag.short])))
    cl(doc, st(), A, "Oi, «u»! Aqui é «a», tudo bem? Para localizar o cadastro me confirma o nome completo e o CPF, por favor.",
       u=user, a=P(ag.first))
    cpf = g.cpf()
    if g.chance(0.35):
        cl(doc, st(), U, "«n» «x»", n=P(g.pick([c.full, c.low])), x=g.neg_cpf())
        cl(doc, st(), A, "Esse CPF não bateu com o cadastro 🤔 pode conferir os números?")
        cl(doc, st(), U, "desculpa digitei errado, é «x»", x=(cpf, "BR_CPF"))
    else:
        cl(doc, st(), U, "«n»", n=P(g.pick([c.full, c.low, c.caps])))
        cl(doc, st(), U, "«x»", x=(cpf, "BR_CPF"))
    cl(doc, st(), A, "Obrigad«o»! E a data de nascimento?", o=ag.o)
    cl(doc, st(), U, "«d»", d=(g.dob(g.pick(["br", "short", "nopad", "br"]), 1960, 2005), "DATE_OF_BIRTH"))
    r = g.ri(0, 2)
    if r == 0:
        cl(doc, st(), A, "Encontrei. A prova de vida da selfie falhou (score baixo). «w»", w=g.pick([
            "Tire a selfie com fundo branco e boa luz, sem boné nem óculos.", "A luz do ambiente estava fraca e o rosto saiu cortado."]))
    elif r == 1:
        if g.chance(0.5):
            cl(doc, st(), A, "Encontrei. O documento enviado (RG «rg») está com a foto cortada e o número não ficou legível.",
               rg=(g.rg(), "BR_RG"))
        else:
            cl(doc, st(), A, "Encontrei. A CNH enviada (registro «h») está vencida, precisa ser um documento válido.",
               h=(g.cnh(), "BR_CNH"))
    else:
        cl(doc, st(), A, "Encontrei. Na Receita o nome está como «n», e no cadastro foi digitado «m». Vou corrigir.",
           n=P(c.capsf), m=P(typo(c.full, g)))
    if g.chance(0.3):
        bro = g.relative(c)
        cl(doc, st(), U, "to usando o celular d«o» meu irm«a» «b», tem problema?", o=bro.o, a="ã" if bro.female else "ão",
           b=P(g.pick([bro.first, bro.nick])))
        cl(doc, st(), A, "Pode usar o aparelho, mas a conta e a selfie precisam ser só suas, tá? A conta é pessoal e intransferível.")
    cl(doc, st(), A, "Preciso também de um comprovante de endereço. Continua na «a»?", a=(g.address(), "ADDRESS"))
    city, uf = g.city()
    cl(doc, st(), U, "nao, mudei. agora é «a», «ci», cep «c»", a=(g.address(g.pick(["low", "text"])), "ADDRESS"), ci=city,
       c=(g.cep(g.chance(0.8)), "BR_CEP"))
    em = g.email(c)
    if g.chance(0.5):
        cl(doc, st(), A, "Anotado. O e-mail continua «e»?", e=(em, "EMAIL_ADDRESS"))
        cl(doc, st(), U, "agora uso o «e»", e=(g.email(c), "EMAIL_ADDRESS"))
    else:
        cl(doc, st(), A, "Anotado. Pode mandar a conta de luz ou de água para o e-mail de verificação, com o assunto do protocolo.")
        cl(doc, st(), U, "mando do «e» mesmo?", e=(em, "EMAIL_ADDRESS"))
    cl(doc, st(), A, "Isso! Reenviei o link da verificação por SMS para o «p». Lembrando que pela «l» a conta é só para maiores "
                     "de 18 anos e os saques vão apenas para conta no seu CPF. Protocolo «pr».",
       p=(g.phone(g.pick(["par", "plain", "nospace"])), "PHONE_NUMBER"), l=LAWS[0], pr=g.protocol())
    cl(doc, st(), U, g.pick(["valeu", "obrigado", "ok, vou tentar de novo", "blz"]))
    cl(doc, st(), S, "Conversa encerrada pelo agente «lg». Avaliação: «n»/5", lg=login(ag, g), n=g.ri(1, 5))
    return doc


def at_ligacao_saque(g: Gen) -> Doc:
    """Speech-to-text call on a blocked withdrawal, with the agent's typed record."""
    doc = Doc()
    brand, razao, dom = op(g)
    ag = g.person()
    c = g.person(female=g.chance(0.3))
    bro = g.relative(c)
    cpf = g.cpf_digits()
    ddd, local = g.msisdn()
    val = g.ri(3, 90) * 50
    doc.f("[transcricao automatica | «b» | sac | chamada «id» | duracao «mm»:«ss» | agente «lg»]\n\n", b=lower(brand),
          id=g.hexs(12), mm=f"{g.ri(5, 19):02d}", ss=f"{g.ri(0, 59):02d}", lg=login(ag, g))
    A, C = "agente: ", "cliente: "
    doc.f(A + "«b» boa tarde meu nome e «a» com quem eu falo\n", b=lower(brand), a=P(lower(ag.first)))
    doc.f(C + "e «n» eu to ligando por causa do meu saque\n", n=P(lower(g.pick([c.full, c.short, c.first]))))
    doc.f(A + "certo pra seguranca me confirma o cpf\n" + C + "«x»\n", x=(stt_cpf(cpf, g), "BR_CPF"))
    doc.f(A + "e a data de nascimento\n" + C + "«d»\n", d=(stt_dob(g), "DATE_OF_BIRTH"))
    doc.f(C + "eu pedi um saque de «v» reais «q» e ate agora nada ta escrito em analise\n",
          v=val, q=g.pick(["anteontem", "faz tres dias", "sexta feira", "semana passada"]))
    kind = g.ri(0, 2)
    if kind == 0:
        key = (g.cpf(), "BR_CPF")
        doc.f(A + "deixa eu ver aqui o saque caiu na verificacao porque a chave pix cadastrada nao e do seu cpf\n"
              + C + "e a chave do meu irmao o «b» eu nao tenho conta em banco\n", b=P(lower(bro.first)))
    elif kind == 1:
        key = (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")
        doc.f(A + "o saque caiu na verificacao porque a chave pix e um celular de outra pessoa\n"
              + C + "e o celular d«o» «b» «m» «r»\n", o=bro.o, b=P(lower(bro.first)), m="minha" if bro.female else "meu",
              r=g.pick(["irma", "prima", "tia"]) if bro.female else g.pick(["irmao", "primo", "tio"]))
    else:
        key = (g.uuid(), "PIX_KEY")
        doc.f(A + "a chave aleatoria cadastrada esta em nome de outra pessoa «b»\n" + C + "e a conta do «b2» sim\n",
              b=P(lower(bro.full)), b2=P(lower(bro.first)))
    doc.f(A + "pela regra do ministerio da fazenda o saque so pode ir pra conta de mesma titularidade do apostador "
          "voce vai precisar cadastrar uma conta no seu nome\n" + C + "«x»\n",
          x=g.pick(["nossa mas ninguem me avisou isso", "ta bom eu abro uma conta digital entao", "e o dinheiro fica preso ate quando"]))
    doc.f(A + "fica reservado no seu saldo nada se perde um telefone pra retorno\n" + C + "«p»\n",
          p=(g.fmt_phone(ddd, local, "stt"), "PHONE_NUMBER"))
    doc.f(A + "anotado o protocolo e «pr» mais alguma coisa\n" + C + "nao so isso\n" + A + "obrigad«o» pela ligacao a «b» agradece\n\n",
          pr=" ".join(g.d(4)), o=ag.o, b=lower(brand))
    doc.t("----- registro do atendente -----\n")
    fields = [("Protocolo", V(g.protocol())), ("Jogador", P(c.full)), ("ID", V(player_id(g))), ("CPF", (fmt_cpf(cpf), "BR_CPF")),
              ("Telefone", (g.fmt_phone(ddd, local, g.pick(["par", "plain", "raw"])), "PHONE_NUMBER")),
              ("E-mail", (g.email(c), "EMAIL_ADDRESS")), ("Saque", V(f"R$ {val:,}".replace(",", ".") + ",00")),
              ("Chave Pix cadastrada", key), ("Titular da chave (DICT)", P(bro.caps)),
              ("Motivo", V("titularidade divergente — Portaria SPA/MF nº 615/2024")),
              ("Encaminhado a", V(g.pick(["fila Risco", "Compliance / titularidade", "N2 Financeiro"]))),
              ("Atendente", P(g.pick([ag.full, ag.short])))]
    kv_block(g, doc, fields, g.pick(["plain", "dots", "box"]))
    doc.t(g.pick(["Obs.: orientado a cadastrar conta própria.\n", "Obs.: cliente irritado, pediu supervisor.\n", ""]))
    return doc


REL = {"filho": ("filha", "o"), "marido": ("esposa", "o"), "pai": ("mãe", "o"), "irmão": ("irmã", "o"), "neto": ("neta", "o")}


def rel_word(rel: str, female: bool) -> str:
    return REL[rel][0] if female else rel


def mail_date(t: datetime.datetime) -> str:
    return f"{DAY_EN[t.weekday()]}, {t.day} {MON_EN[t.month - 1]} {t.year} {t.strftime('%H:%M:%S')} -0300"


def at_email_autoexclusao(g: Gen) -> Doc:
    """E-mail from a relative asking to block a gambler's account, answered by responsible gaming (quoted original)."""
    doc = Doc()
    brand, razao, dom = op(g)
    gam = g.person(female=g.chance(0.2))
    req = g.relative(gam) if g.chance(0.6) else g.person()
    rel = g.pick(list(REL))
    ag = g.person()
    t1 = g.moments(1, g.day(), 1, (6, 23))[0]
    t2 = t1 + datetime.timedelta(hours=g.ri(3, 40))
    req_mail = g.email(req)
    cpf = g.cpf()
    ag_mail = corp_mail(ag, dom, g)
    doc.f("From: «a» <«am»>\nTo: «r» <«rm»>\nCc: «cc»\nDate: «d»\nSubject: RE: Pedido de bloqueio da conta do meu «w»\n\n",
          a=P(ag.full), am=(ag_mail, "EMAIL_ADDRESS"), r=P(req.full), rm=(req_mail, "EMAIL_ADDRESS"),
          cc=role_mail(g, dom, "jogoresponsavel"), d=mail_date(t2), w=rel_word(rel, gam.female))
    doc.f("Prezad«o» «r»,\n\nObrigad«o2» pelo contato e sentimos muito pela situação. Pela Portaria SPA/MF nº 1.231/2024 a "
          "autoexclusão é um pedido do próprio apostador, mas, diante do seu relato, suspendemos preventivamente a conta "
          "vinculada ao CPF «c» e enviamos orientações ao e-mail cadastrad«o3». ", o=req.o, r=P(req.first), o2=ag.o,
          c=(cpf, "BR_CPF"), o3="o")
    doc.f("Se «g» concordar, «el» mesm«o» pode pedir a autoexclusão em todas as casas autorizadas pela plataforma centralizada "
          "do Ministério da Fazenda. Caso a família tenha um laudo ou atestado, encaminhe para este endereço que ele será "
          "anexado ao processo «p».\n\n", g=P(g.pick([gam.first, gam.nick])), p=g.protocol(),
          el="ela" if gam.female else "ele", o=gam.o)
    if g.chance(0.5):
        doc.t("Deixamos também o contato do CVV (188) e do CAPS AD da sua cidade.\n\n")
    doc.f("Atenciosamente,\n«a»\nAnalista de Jogo Responsável · «b»\n«mail»\n\n", a=P(g.pick([ag.full, ag.short])), b=brand,
          mail=role_mail(g, dom, "jogoresponsavel"))
    if g.chance(0.5):
        doc.f("-----Mensagem original-----\nDe: «r» <«rm»>\nEnviada em: «d»\nPara: «to»\nAssunto: Pedido de bloqueio da conta do meu «w»\n"
              "X-Originating-IP: [«ip»]\n\n", r=P(req.full), rm=(req_mail, "EMAIL_ADDRESS"), d=ts(t1, "br"),
              to=role_mail(g, dom, g.pick(["suporte", "sac", "ouvidoria"])), w=rel_word(rel, gam.female), ip=(g.ip(), "IP_ADDRESS"))
        q = ""
    else:
        doc.f("Em «d», «r» <«rm»> escreveu:\n", d=ts(t1, "br"), r=P(req.full), rm=(req_mail, "EMAIL_ADDRESS"))
        q = "> "
    poss = "minha" if gam.female else "meu"
    doc.f(q + "Bom dia. «ps» «w» «n», CPF «c», nascid«o» em «dob», está viciad«o» em apostas e não consegue parar.\n",
          ps=poss.capitalize(), w=rel_word(rel, gam.female), n=P(g.pick([gam.full, gam.caps])), c=(cpf, "BR_CPF"),
          o=gam.o, dob=(g.dob(g.pick(["br", "long", "nopad"]), 1958, 2005), "DATE_OF_BIRTH"))
    doc.f(q + ("Ela" if gam.female else "Ele") + " usa o e-mail «e» e o celular «p» no cadastro de vocês. «x»\n", e=(g.email(gam), "EMAIL_ADDRESS"),
          p=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"),
          x=g.pick(["Já perdeu o dinheiro da moto e pegou empréstimo consignado.", "Gastou o Bolsa Família da casa no tigrinho.",
                    "Está devendo no cartão e na agiota do bairro.", "Vendeu a televisão para depositar."]))
    if g.chance(0.6):
        doc.f(q + "Moramos na «a», CEP «c», se precisarem mandar alguma carta.\n", a=(g.address(g.pick(["text", "text", "low"])), "ADDRESS"),
              c=(g.cep(g.chance(0.8)), "BR_CEP"))
    doc.f(q + "«nk» está em tratamento no «caps» desde «dd». Peço pelo amor de Deus que bloqueiem a conta.\n",
          nk=P(g.pick([gam.first, gam.nick])), caps=g.pick(CAPS_UNITS), dd=dbr(t1.date() - datetime.timedelta(days=g.ri(10, 200))))
    doc.f(q + "\n" + q + "«r»\n" + q + "«p»\n", r=P(g.pick([req.full, req.first])), p=(g.phone(), "PHONE_NUMBER"))
    return doc


def at_whatsapp_deposito(g: Gen) -> Doc:
    """WhatsApp with the operator's support: a Pix deposit sent from a third party's account, returned."""
    doc = Doc()
    brand, razao, dom = op(g)
    c = g.person(female=g.chance(0.35))
    sp = g.spouse(c)
    att = g.person(female=g.chance(0.6))
    psp = g.pick(PSPS)
    ios = g.chance(0.4)
    by_name = g.chance(0.3)
    csender = (g.pick([c.full, c.first, c.nick]), "PERSON") if by_name else (g.phone("wa"), "PHONE_NUMBER")
    msender = (f"{brand} Suporte", None)
    tt = iter(g.moments(16, g.day(), 2, (7, 23)))

    def line(sender, template="", **vals):
        t = next(tt)
        cl(doc, ts(t, "waios") + " " if ios else ts(t, "wa") + " - ", sender, template, **vals)

    if not ios:
        doc.t(ts(next(tt), "wa") + " - As mensagens e ligações são protegidas com a criptografia de ponta a ponta.\n")
    val = g.ri(2, 60) * 10
    line(csender, g.pick(["oi fiz um pix de {v} e nao caiu na banca", "oi, depositei R$ {v},00 faz 1h e o saldo ta zerado",
                          "Pix de {v} reais não entrou!!!"]).format(v=val))
    line(msender, "Olá! Aqui é «a», do suporte «b» 💚 Pode colar aqui o comprovante, por favor?", a=P(att.first), b=brand)
    t = next(tt)
    doc.t(ts(t, "waios") + " " if ios else ts(t, "wa") + " - ")
    doc.e(*csender)
    payer = sp if g.chance(0.7) else c
    doc.f(": Comprovante de transferência\nPix enviado\nValor: R$ «v»,00\nDe: «n»\nCPF: «m»\nInstituição: «bk»\n"
          "Agência: «ag»  Conta: «ac»\nPara: «psp»\nCNPJ: «cn»\nChave: «k»\nID da transação: «e2e»\n",
          v=val, n=P(g.pick([payer.caps, payer.full])), m=g.masked_cpf(), bk=g.pick(BANKS)[1], ag=(g.agency(False), "BANK_ACCOUNT"),
          ac=(g.account(), "BANK_ACCOUNT"), psp=psp.upper(), cn=(g.any_cnpj(), "BR_CNPJ"), k=(g.uuid(), "PIX_KEY"), e2e=e2e(g, t))
    if payer is sp:
        line(msender, "Encontrei o Pix. Ele veio de uma conta em nome de «n», que não é titular do cadastro. Pela Portaria SPA/MF "
                      "nº 615/2024 só aceitamos depósito de conta no CPF do próprio apostador, então o valor é devolvido automaticamente "
                      "para a conta de origem em até 2 dias úteis.", n=P(payer.full))
        line(csender, "é a conta d«o» «r», minha «w»", o=sp.o, r=P(g.pick([sp.first, sp.nick])),
             w="esposa" if sp.female else "marido")
    else:
        line(msender, "Encontrei o Pix, o nome confere. Ele ficou retido porque o CPF do cadastro está com verificação pendente.")
        line(csender, "e como faço?")
    line(msender, "Para eu conferir seu cadastro, me informa o CPF e o e-mail da conta?")
    line(csender, "«c» «e»", c=(g.cpf(), "BR_CPF"), e=(g.email(c), "EMAIL_ADDRESS"))
    line(msender, "Obrigad«o»! Cadastro de «n» localizado. «x»", o=att.o, n=P(g.pick([c.full, c.short])),
         x=g.pick(["O estorno já foi solicitado, protocolo " + g.protocol() + ".", "Liberei o depósito, o saldo deve aparecer em 10 minutos.",
                   "Faça os próximos depósitos pela sua própria conta, tá?"]))
    if g.chance(0.5):
        line(csender, "blz. e pra sacar pode ser na chave do meu celular «p»?", p=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
        line(msender, "Pode sim, desde que a chave esteja registrada no seu CPF 👍")
    else:
        line(csender, g.pick(["ok obrigado", "👍", "vlw", "tá, vou mandar da minha conta"]))
    if g.chance(0.4):
        line(msender, "«w» Se precisar, as ferramentas de limite ficam em Minha Conta > Jogo Responsável.", w=word_neg(g))
    if g.chance(0.5):
        line(msender, "Atendimento encerrado. Avalie: 1 a 5 ⭐ — «a»", a=P(att.first))
    else:
        line(msender, "Atendimento encerrado. Avalie de 1 a 5 ⭐")
    return doc


def at_form_limites(g: Gen) -> Doc:
    """Responsible-gaming request from the site (limits, time-out, self-exclusion) as JSON, with the agent's notes."""
    doc = Doc()
    brand, razao, dom = op(g)
    c = g.person(female=g.chance(0.3))
    ag = g.person()
    t = g.moments(1, g.day(), 1)[0]
    tipo = g.pick(["pausa_temporaria", "limite_deposito", "autoexclusao", "limite_tempo_sessao"])
    data: dict = {"request_id": f"rg_{g.hexs(10)}", "tipo": tipo, "criado_em": ts(t, "iso"), "origem": g.pick(["app_android", "app_ios", "site"]),
                  "operador": razao}
    pl: dict = {"player_id": player_id(g), "username": username(g, c), "nome": (c.full, "PERSON"), "cpf": (g.cpf(), "BR_CPF")}
    if g.chance(0.7):
        pl["data_nascimento"] = (g.dob(g.pick(["iso", "br"]), 1960, 2005), "DATE_OF_BIRTH")
    pl["email"] = (g.email(c), "EMAIL_ADDRESS")
    pl["celular"] = (g.phone(g.pick(["e164", "raw", "par"])), "PHONE_NUMBER")
    data["jogador"] = pl
    if tipo == "limite_deposito":
        data["limites"] = {"diario": float(g.ri(1, 10) * 50), "semanal": float(g.ri(2, 20) * 100), "mensal": float(g.ri(5, 40) * 100)}
    elif tipo == "pausa_temporaria":
        data["periodo_dias"] = g.pick([1, 7, 30, 60, 90])
    elif tipo == "autoexclusao":
        data["periodo_meses"] = g.pick([6, 12, 24, "indeterminado"])
    else:
        data["limite_minutos"] = g.pick([30, 60, 120])
    data["motivo"] = g.pick(["to gastando o dinheiro do aluguel", "minha esposa pediu", "perdi o controle no cassino ao vivo",
                             "quero só apostar no futebol", "recomendação do psicólogo", ""])
    if g.chance(0.5):
        city, uf = g.city()
        data["endereco"] = {"logradouro": (g.address(), "ADDRESS"), "cidade": city, "uf": uf, "cep": (g.cep(g.chance(0.6)), "BR_CEP")}
    data["ip"] = (g.ip(), "IP_ADDRESS")
    data["device"] = device_id(g)
    data["confirmacao_2fa"] = g.pick(["sms", "email"])
    jval(doc, data, 0)
    doc.t("\n\n-- notas do atendimento (jogo responsável) --\n")
    d2 = g.after(t.date(), 0, 2)
    doc.f("«d» «a»: liguei para «n» no «p»; confirmou o pedido. «x»\n", d=dbr(d2), a=P(g.pick([ag.first, ag.short])),
          n=P(g.pick([c.first, c.nick, c.full])), p=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"),
          x=g.pick(["Ofereci o contato do CAPS AD e do CVV (188).", "Expliquei que a pausa não pode ser desfeita antes do prazo.",
                    "Disse que vai procurar ajuda com a família.", "Seria prudente aplicar também o limite de tempo de sessão."]))
    if g.chance(0.6):
        doc.f("«d» sistema: tentativa de login durante a pausa a partir do IP «ip» (bloqueada); IP do backoffice «pv».\n",
              d=dbr(g.after(d2, 1, 10)), ip=(g.ip(), "IP_ADDRESS"), pv=g.ip_priv())
    if g.chance(0.5):
        rel = g.spouse(c)
        doc.f("«d» «a»: «r» («w») ligou do «p» pedindo para estender o bloqueio; orientado que o pedido tem de ser do titular.\n",
              d=dbr(g.after(d2, 2, 20)), a=P(ag.first), r=P(g.pick([rel.full, rel.first])), w="esposa" if rel.female else "marido",
              p=(g.phone(), "PHONE_NUMBER"))
    return doc


def at_fila_ouvidoria(g: Gen) -> Doc:
    """Fixed-width ombudsman queue report (names cut at the field width), with the supervisor's notes."""
    doc = Doc()
    brand, razao, dom = op(g)
    d = g.day()
    doc.f("«b» — OUVIDORIA — FILA DE CHAMADOS ABERTOS — emitido em «d» «h» — pág. 1/1\n", b=fold(brand).upper(), d=dbr(d), h=g.hm())
    doc.t("DATA       PROTOCOLO      JOGADOR                 CPF          TELEFONE     CANAL     ASSUNTO                 RESP\n")
    doc.t("-" * 117 + "\n")
    agents = [g.person() for _ in range(3)]
    rows = []
    for _ in range(g.ri(5, 8)):
        p = g.person()
        rows.append(p)
        doc.t(dbr(g.after(d, -20, 0)) + " ")
        doc.cell(f"OUV-{g.d(8)}", 14)
        doc.t(" ")
        doc.cell(cut(fold(g.pick([p.full, p.inverted])).upper(), 22), 22, "PERSON")
        doc.t("  ")
        if g.chance(0.85):
            doc.cell(g.cpf("raw"), 11, "BR_CPF")
        else:
            doc.cell(g.pick(["NAO INFORM", g.neg(11)]), 11)
        doc.t("  ")
        if g.chance(0.7):
            doc.cell(g.phone("raw", mobile=g.chance(0.85)), 11, "PHONE_NUMBER")
        else:
            doc.cell("-", 11)
        doc.t("  ")
        doc.cell(g.pick(["chat", "e-mail", "telefone", "procon", "cons.gov", "reclaqui"]), 8)
        doc.t("  ")
        doc.cell(g.pick(["saque bloqueado", "deposito nao creditado", "bonus nao liberado", "conta encerrada", "autoexclusao",
                         "aposta anulada", "kyc reprovado", "cobranca indevida"]), 22)
        doc.t("  " + login(g.pick(agents), g) + "\n")
    doc.t("-" * 117 + f"\nTotal: {len(rows)} chamados\n\nNotas da supervisão:\n")
    sup = g.person()
    p1, p2 = g.sample(rows, 2)
    doc.f("- «n» ligou 4 vezes; pediu retorno no «t». Prioridade alta (menção a Procon).\n", n=P(g.pick([p1.full, p1.first])),
          t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.f("- Chamado de «n»: ticket «tk» anulado por erro de cotação (odd «o» em «m»). Resposta com «a».\n", n=P(p2.short),
          tk=ticket_id(g), o=odds(g), m=match(g), a=login(g.pick(agents), g))
    if g.chance(0.6):
        doc.f("- E-mail novo de «n»: «e».\n", n=P(p2.first), e=(g.email(p2), "EMAIL_ADDRESS"))
    doc.f("Supervisão: «s»\n", s=P(g.pick([sup.full, sup.short])))
    return doc


def at_telegram_vip(g: Gen) -> Doc:
    """Telegram export between a VIP account manager and a high-roller (source of funds, limits, bank data)."""
    doc = Doc()
    brand, razao, dom = op(g)
    vip = g.person(female=False)
    mgr = g.person(female=g.chance(0.5))
    day = g.day()
    tt = iter(g.moments(16, day, 5, (9, 23)))
    show_name = g.chance(0.25)
    P_send = (g.pick([vip.full, vip.short, vip.first]), "PERSON") if show_name else (g.pick(["Rei do Green 👑", "Tubarão", "VIP 7777", "Mister Odd"]), None)
    M_send = g.pick([(f"{mgr.first} | VIP {brand}", None), (f"VIP {brand}", "brand"), (f"VIP {brand}", "brand")])
    doc.f("Telegram — histórico exportado · Conversa: «t»\n\n", t=f"VIP {brand} · {g.d(6)}")

    def line(sender, template="", **vals):
        t = next(tt)
        if sender is M_send and M_send[1] is None:  # "<first> | VIP <brand>": the first name is a PERSON
            doc.e(mgr.first, "PERSON")
            doc.t(f" | VIP {brand}")
        elif sender is M_send and M_send[1] == "brand":
            doc.t(sender[0])
        else:
            doc.e(sender[0], sender[1])
        doc.t(f", [{t.strftime('%d.%m.%y %H:%M')}]\n")
        doc.f(template, **vals)
        doc.t("\n\n")

    line(M_send, "Boa tarde, «n»! Sou «m», seu gerente de conta VIP. Vi que o senhor pediu aumento do limite de saque.",
         n=P(g.pick([vip.first, vip.short])), m=P(mgr.first))
    line(P_send, "isso, quero sacar «v» de uma vez", v=g.money(20000, 250000))
    line(M_send, "Para esse valor o compliance pede origem dos recursos (Portaria SPA/MF nº 1.143/2024). Pode mandar a última "
                 "declaração de IR ou o contrato social da empresa?")
    r = g.ri(0, 4)
    if r == 4:
        line(P_send, "vendi minha caminhonete semana passada, placa «pl», mando o recibo do DETRAN", pl=(g.plate(), "LICENSE_PLATE"))
    elif r >= 2:
        line(P_send, "tenho uma empresa, «co», CNPJ «cn». mando o contrato social", co=g.pick(["Distribuidora Leão Ltda.", "Auto Peças Branco",
             "Amado Transportes ME", "Aurora Construções", "Bar do Bento", "Mercadinho Vitória"]), cn=(g.any_cnpj(), "BR_CNPJ"))
    else:
        line(P_send, "sou produtor rural, mando o IR. meu contador é o «cc», «cr»", cc=P(g.person().full),
             cr=(g.council("CRC"), "PROFESSIONAL_ID"))
    line(M_send, "Perfeito. Confirma também sua data de nascimento e o endereço atual, por favor?")
    line(P_send, "«d» — «a» cep «c»", d=(g.dob(g.pick(["br", "nopad"]), 1955, 1990), "DATE_OF_BIRTH"), a=(g.address(), "ADDRESS"),
         c=(g.cep(), "BR_CEP"))
    code, bank = g.pick(BANKS)
    line(P_send, "conta pra saque: «bk» ag «ag» cc «ac», no meu nome", bk=g.pick([bank, code]), ag=(g.agency(), "BANK_ACCOUNT"),
         ac=(g.account(), "BANK_ACCOUNT"))
    line(M_send, "Recebido! Limite elevado para R$ «v»/dia após a análise. «w»", v=g.money(50000, 200000),
         w=g.pick(["E o cashout do jogo do Vitória foi creditado.", "O bônus de aniversário cai amanhã.", "Seria prudente manter o limite de depósito que o senhor configurou."]))
    if g.chance(0.6):
        fr = g.person()
        line(P_send, "indiquei «mc» «f», o cel «dl» é «p», «el» quer conta vip tbm", f=P(g.pick([fr.full, fr.first])),
             mc="minha comadre" if fr.female else "meu compadre", dl="dela" if fr.female else "dele", el="ela" if fr.female else "ele",
             p=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))
        line(M_send, "Vou contatar. Lembrando que a indicação não gera bônus em dinheiro, tá?")
    line(P_send, "manda o comprovante no meu email «e»", e=(g.email(vip), "EMAIL_ADDRESS"))
    line(M_send, "Enviado! Qualquer coisa me chama aqui ou no «e». Abraço!", e=(corp_mail(mgr, dom, g), "EMAIL_ADDRESS"))
    return doc


AT = [at_chat_kyc, at_ligacao_saque, at_email_autoexclusao, at_whatsapp_deposito, at_form_limites, at_fila_ouvidoria, at_telegram_vip]


# =========================================================================== juridico

NATIONALITY = {True: ["brasileira", "brasileira", "brasileira", "haitiana", "venezuelana", "boliviana"],
               False: ["brasileiro", "brasileiro", "brasileiro", "haitiano", "venezuelano", "boliviano"]}
CIVIL = {True: ["solteira", "casada", "divorciada", "viúva", "em união estável"],
         False: ["solteiro", "casado", "divorciado", "viúvo", "em união estável"]}
JOBS = {True: ["auxiliar administrativa", "técnica de enfermagem", "diarista", "vendedora", "professora", "motorista de aplicativo",
               "servidora pública", "cabeleireira", "estudante"],
        False: ["motorista de aplicativo", "pedreiro", "vendedor", "entregador", "servidor público", "mecânico", "comerciante",
                "vigilante", "estudante", "eletricista"]}


UF_NAME = {"SP": "DE SÃO PAULO", "RJ": "DO RIO DE JANEIRO", "MG": "DE MINAS GERAIS", "RS": "DO RIO GRANDE DO SUL",
           "PR": "DO PARANÁ", "SC": "DE SANTA CATARINA", "BA": "DA BAHIA", "PE": "DE PERNAMBUCO", "CE": "DO CEARÁ",
           "RN": "DO RIO GRANDE DO NORTE", "PB": "DA PARAÍBA", "AL": "DE ALAGOAS", "SE": "DE SERGIPE", "PI": "DO PIAUÍ",
           "MA": "DO MARANHÃO", "PA": "DO PARÁ", "AM": "DO AMAZONAS", "GO": "DE GOIÁS", "DF": "DO DISTRITO FEDERAL E DOS TERRITÓRIOS",
           "MS": "DE MATO GROSSO DO SUL", "MT": "DE MATO GROSSO", "ES": "DO ESPÍRITO SANTO", "AC": "DO ACRE", "AP": "DO AMAPÁ"}


def qualify(g: Gen, doc: Doc, p: Person, caps: bool = False, rg: bool = True, email: bool = True, phone: bool = False,
            addr: bool = True, dob: bool = False, where: tuple[str, str] | None = None, titulo: bool = False) -> None:
    """'NAME, brasileiro, casado, pedreiro, RG nº ..., CPF nº ..., residente na ..., CEP ...' with gold spans."""
    up = (lambda s: fold(s).upper()) if caps else (lambda s: s)
    doc.e(p.capsf if caps else g.pick([p.caps, p.full]), "PERSON")
    doc.t(", " + up(f"{g.pick(NATIONALITY[p.female])}, {g.pick(CIVIL[p.female])}, {g.pick(JOBS[p.female])}"))
    if dob:
        doc.f(up(", nascid«o» em "), o=p.o.upper() if caps else p.o)
        doc.e(g.dob(g.pick(["br", "long"]) if not caps else "br", 1955, 2005), "DATE_OF_BIRTH")
    if rg and g.chance(0.3):
        doc.t(up(", portador" + ("a" if p.female else "") + " da CNH nº "))
        doc.e(g.cnh(), "BR_CNH")
    elif rg:
        doc.t(up(", portador" + ("a" if p.female else "") + " do RG nº "))
        doc.e(g.rg(), "BR_RG")
        doc.t(" " + g.pick(["SSP/SP", "SSP/BA", "SDS/PE", "SSP/MG", "DETRAN/RJ", "SESP/PR"]))
    doc.t(up(", inscrit" + p.o + " no CPF sob o nº "))
    doc.e(g.cpf("dot"), "BR_CPF")
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
            doc.f("«e»\n", e=(corp_mail(lw, dom or g.pick(["advocacia.adv.br", "escritorio.adv.br", "gmail.com"]), g), "EMAIL_ADDRESS"))
        doc.t("\n")


def ju_termo_aceite(g: Gen) -> Doc:
    """Terms and conditions excerpt with the player's electronic acceptance log (KYC evidence)."""
    doc = Doc()
    brand, razao, dom = op(g)
    c = g.person()
    dpo = g.person()
    v = f"{g.ri(2, 5)}.{g.ri(0, 9)}"
    doc.f("TERMOS E CONDIÇÕES GERAIS DE USO — «b» (versão «v», vigente desde «d»)\n\n«r», inscrita no CNPJ sob o nº «cn», "
          "operadora autorizada pela Secretaria de Prêmios e Apostas do Ministério da Fazenda (Portaria SPA/MF nº «pt»/2024), "
          "explora a modalidade lotérica de apostas de quota fixa nos termos da Lei 13.756/2018 e da Lei 14.790/2023.\n\n",
          b=brand, v=v, d=g.date(), r=razao, cn=(g.any_cnpj(), "BR_CNPJ"), pt=g.ri(200, 2100))
    doc.t("3.1 É vedada a participação de menores de 18 anos e de pessoas impedidas pelo art. 26 da Lei 14.790/2023.\n"
          "3.2 Cada CPF pode manter uma única conta, pessoal e intransferível, validada por reconhecimento facial.\n"
          "5.4 Depósitos e saques só podem ser feitos por Pix ou TED de conta de mesma titularidade (Portaria SPA/MF nº 615/2024); "
          "é proibido o uso de cartão de crédito.\n"
          "7.2 O apostador pode, a qualquer tempo, fixar limites, pausar a conta ou pedir autoexclusão.\n")
    if g.chance(0.6):
        doc.f("9.1 Dados pessoais são tratados conforme a Lei 13.709/2018. Encarregad«o»: «n» («e»).\n\n", o=dpo.o,
              n=P(dpo.full), e=(corp_mail(dpo, dom, g), "EMAIL_ADDRESS"))
    else:
        doc.f("9.1 Dados pessoais são tratados conforme a Lei 13.709/2018. Canal do encarregado: «e».\n\n",
              e=role_mail(g, dom, g.pick(["privacidade", "dpo"])))
    doc.t("=" * 72 + "\nREGISTRO DE ACEITE ELETRÔNICO — evidência gerada automaticamente\n" + "=" * 72 + "\n")
    fields = [("Jogador", P(g.pick([c.full, c.caps]))), ("Usuário", V(username(g, c))), ("ID", V(player_id(g))),
              ("CPF", (g.cpf(), "BR_CPF")), ("Documento (KYC)", g.pick([(g.cnh(), "BR_CNH"), (g.rg(), "BR_RG")])), ("Data de nascimento", (g.dob(g.pick(["br", "iso"]), 1958, 2005), "DATE_OF_BIRTH")),
              ("E-mail", (g.email(c), "EMAIL_ADDRESS")), ("Celular", (g.phone(g.pick(["e164", "par"])), "PHONE_NUMBER")),
              ("Validação KYC", V(g.pick(["CPF regular na RFB · nome confere · maior de 18", "CPF regular · PEP: não · liveness 0,97",
                                          "CPF regular · selfie aprovada · lista de impedidos: não consta"])))]
    kv_block(g, doc, fields, g.pick(["plain", "dots"]))
    doc.t("\nEVENTOS\n")
    t0 = g.moments(1, g.day(), 1)[0]
    rows = []
    for t, ev in zip(seq_times(g, 4, t0, 60, 400000), ["cadastro", "aceite_termos v" + v, "kyc_selfie", g.pick(["aceite_termos v" + v, "login", "deposito_pix"])]):
        rows.append([V(ts(t, "isoz")), V(ev), (g.ip(), "IP_ADDRESS") if g.chance(0.85) else V(g.ip_cgnat()), V(device_id(g))])
    table_ruled(doc, ["timestamp_utc", "evento", "ip", "dispositivo"], rows, g.pick(["plus", "pipe", "plain"]))
    doc.f("Confirmação por SMS enviada a «p» · código validado.\nSHA-256 do documento: «h»\n",
          p=(g.phone(g.pick(["plus", "par"])), "PHONE_NUMBER"), h=g.hexs(64))
    return doc


def ju_peticao_saque(g: Gen) -> Doc:
    """Small-claims petition by a player whose winnings were blocked."""
    doc = Doc()
    brand, razao, dom = op(g)
    c = g.person()
    city, uf = g.city()
    att = g.person(female=g.chance(0.6))
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) DOUTOR(A) JUIZ(A) DE DIREITO DO «n»º JUIZADO ESPECIAL CÍVEL DA COMARCA DE «c»/«u»\n\n\n",
          n=g.ri(1, 12), c=fold(city).upper(), u=uf)
    qualify(g, doc, c, email=True, phone=g.chance(0.5), where=(city, uf))
    A = "A autora" if c.female else "O autor"
    doc.f(", vem, por seu advogado que esta subscreve, propor\n\nAÇÃO DE OBRIGAÇÃO DE FAZER C/C INDENIZAÇÃO POR DANOS MORAIS, "
          "COM PEDIDO DE TUTELA DE URGÊNCIA\n\nem face de «r», pessoa jurídica de direito privado, inscrita no CNPJ sob o nº «cn», "
          "com sede na «sede», operadora do site «d», pelos fatos e fundamentos a seguir.\n\n",
          r=fold(razao).upper(), cn=(g.any_cnpj(), "BR_CNPJ"), sede=g.pick(["Av. Brigadeiro Faria Lima, 3.477, 14º andar, São Paulo/SP",
                                                                           "Rua Funchal, 418, conj. 2.201, São Paulo/SP",
                                                                           "Av. Rio Branco, 1, sala 1.210, Rio de Janeiro/RJ"]), d=dom)
    d0 = g.day()
    val = g.money(1500, 48000)
    doc.f("I — DOS FATOS\n\n1. «A» mantém conta na plataforma da ré desde «d», com cadastro validado por reconhecimento facial. "
          "Em «d2» realizou aposta múltipla (bilhete «tk») que incluía a vitória do «tm», com retorno de R$ «v».\n"
          "2. Ao solicitar o saque para a chave Pix de sua titularidade («k»), a ré bloqueou a conta alegando «mot», sem "
          "apontar qualquer prova.\n3. «A» abriu o protocolo «pr» e foi atendido por «a», que apenas informou que o caso "
          "estava «em».\n\n", A=A, d=dbr(g.after(d0, -300, -30)), d2=dbr(d0), tk=ticket_id(g), tm=g.pick(TEAMS), v=val,
          k=g.pick([(g.cpf(), "BR_CPF"), (g.email(c), "EMAIL_ADDRESS"), (g.uuid(), "PIX_KEY")]),
          mot=g.pick(["\"abuso de bônus\"", "\"aposta em evento manipulado\"", "\"múltiplas contas\"", "\"divergência cadastral\""]),
          pr=g.protocol(), a=P(att.first), em=g.pick(["em análise pelo time de risco", "com o compliance", "sem previsão"]))
    doc.f("II — DO DIREITO\n\nA relação é de consumo (Lei 8.078/1990), e o art. 27 da Lei 14.790/2023 assegura o pagamento "
          "dos prêmios. Nesse sentido: TJ«u», Recurso Inominado nº «cnj»; TJSP, Apelação nº «cnj2».\n\n", u=uf, cnj=g.cnj(),
          cnj2=g.cnj("8.26"))
    doc.f("III — DOS PEDIDOS\n\na) tutela de urgência para desbloqueio do saldo de R$ «v»;\nb) condenação ao pagamento de R$ «m» "
          "por danos morais;\nc) intimações em nome do advogado abaixo.\n\nValor da causa: R$ «vc».\n\n«c», «d».\n\n",
          v=val, m=g.money(3000, 15000), vc=g.money(5000, 60000), c=city, d=dbr(g.after(d0, 10, 60), "long"))
    lawyer_sig(g, doc, g.ri(1, 2))
    return doc


def ju_procon_caps(g: Gen) -> Doc:
    """Procon record in ALL CAPS, with the operator's answer and the conciliation hearing."""
    doc = Doc()
    brand, razao, dom = op(g)
    c = g.person()
    city, uf = g.city()
    att, conc, prep, an = g.person(), g.person(), g.person(), g.person()
    d0 = g.day()
    doc.f("PROCON «c» — COORDENADORIA DE PROTEÇÃO E DEFESA DO CONSUMIDOR\nFICHA DE ATENDIMENTO Nº «fa»    DATA: «d»    "
          "ATENDENTE: «a»\n\n", c=fold(city).upper(), fa=f"{d0.year}.{g.d(2)}.{g.d(6)}-{g.d(1)}", d=dbr(d0), a=P(att.capsf))
    fields = [("CONSUMIDOR", P(c.capsf)), ("CPF", (g.cpf(), "BR_CPF")), ("RG", (g.rg(), "BR_RG")),
              ("DATA DE NASCIMENTO", (g.dob("br", 1955, 2005), "DATE_OF_BIRTH"))]
    fields += [("ENDEREÇO", (g.address("caps"), "ADDRESS")), ("BAIRRO", V(fold(g.pick(BAIRROS)).upper())),
               ("CIDADE/UF", V(f"{fold(city).upper()}/{uf}")), ("CEP", (g.cep(), "BR_CEP")),
               ("TELEFONE", (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")), ("E-MAIL", (g.email(c), "EMAIL_ADDRESS")),
               ("FORNECEDOR", V(fold(razao).upper())), ("CNPJ", (g.any_cnpj(), "BR_CNPJ")), ("SITE", V(dom.upper()))]
    kv_block(g, doc, fields, g.pick(["plain", "box"]))
    subj = g.pick(["SAQUE NÃO REALIZADO", "CONTA ENCERRADA COM SALDO", "APOSTAS ACEITAS APÓS AUTOEXCLUSÃO", "BÔNUS NÃO CREDITADO",
                   "PUBLICIDADE ENVIADA APÓS AUTOEXCLUSÃO"])
    doc.f("\nÁREA: SERVIÇOS — JOGOS E APOSTAS    ASSUNTO: «s»\n\nRELATO DO CONSUMIDOR: ", s=subj)
    sp = g.spouse(c)
    doc.f("«cs» INFORMA QUE EM «d» SOLICITOU «x» NA PLATAFORMA «b» E QUE A EMPRESA «y». AFIRMA QUE OS DEPÓSITOS, "
          "QUE SOMAM R$ «v», SAÍRAM DA CONTA «w», «e», SEM AUTORIZAÇÃO «dl». JÁ RECLAMOU NO CONSUMIDOR.GOV.BR "
          "(PROTOCOLO «pr») SEM SOLUÇÃO.\n", cs="A CONSUMIDORA" if c.female else "O CONSUMIDOR",
          w="DA ESPOSA" if sp.female else "DO MARIDO", dl="DELA" if sp.female else "DELE",
          d=dbr(g.after(d0, -60, -5)), x=g.pick(["O SAQUE DE SEU SALDO", "A AUTOEXCLUSÃO POR 12 MESES", "O ENCERRAMENTO DA CONTA"]),
          b=fold(brand).upper(), y=g.pick(["NÃO RESPONDEU", "CONTINUOU ENVIANDO PROMOÇÕES POR SMS", "BLOQUEOU O SALDO SEM EXPLICAÇÃO"]),
          v=g.money(800, 35000), e=P(sp.capsf), pr=g.protocol())
    doc.f("PEDIDO: DEVOLUÇÃO DOS VALORES DEPOSITADOS APÓS «d» E ENCERRAMENTO DEFINITIVO DA CONTA.\n\n", d=dbr(g.after(d0, -60, -5)))
    doc.f("CIP Nº «n» ENVIADA EM «d». PRAZO: 10 DIAS.\n\nRESPOSTA DO FORNECEDOR («d2»): ", n=g.d(7), d=dbr(d0),
          d2=dbr(g.after(d0, 5, 12)))
    doc.f("Prezados, informamos que a conta de «n» foi encerrada e o saldo de R$ «v» será transferido via Pix para a chave «k», "
          "de titularidade «tc». «an», Analista de Relacionamento — «e»\n\n", tc="da consumidora" if c.female else "do consumidor",
          n=P(c.full), v=g.money(50, 9000),
          k=g.pick([(g.cpf(), "BR_CPF"), (g.phone("par"), "PHONE_NUMBER"), (g.uuid(), "PIX_KEY")]), an=P(an.full),
          e=(corp_mail(an, dom, g), "EMAIL_ADDRESS"))
    doc.f("AUDIÊNCIA DE CONCILIAÇÃO EM «d» — CONCILIADOR(A): «c» — PREPOSTO DA EMPRESA: «p», RG «rg» — RESULTADO: «r»\n",
          d=dbr(g.after(d0, 20, 45)), c=P(conc.capsf), p=P(prep.capsf), rg=(g.rg(), "BR_RG"),
          r=g.pick(["ACORDO", "SEM ACORDO — ENCAMINHADO AO JEC", "FORNECEDOR AUSENTE"]))
    return doc


def ju_acao_familia(g: Gen) -> Doc:
    """Lawsuit by a gambler under provisional guardianship (curatela) against an operator that kept taking deposits."""
    doc = Doc()
    brand, razao, dom = op(g)
    gam = g.person(female=g.chance(0.2))
    cur = g.spouse(gam) if g.chance(0.6) else g.relative(gam)
    doc_ = g.person()
    city, uf = g.city()
    doc.f("EXCELENTÍSSIMO SENHOR DOUTOR JUIZ DE DIREITO DA «n»ª VARA CÍVEL DA COMARCA DE «c»/«u»\n\n"
          "Curatela provisória: processo nº «cnj» («v»ª Vara de Família)\n\n", n=g.ri(1, 14), c=fold(city).upper(), u=uf,
          cnj=g.cnj(), v=g.ri(1, 6))
    qualify(g, doc, gam, email=False, where=(city, uf), titulo=g.chance(0.7))
    doc.f(", neste ato representad«o» por su«a» curador«b» provisóri«c», ", o=gam.o, a="a" if cur.female else "eu",
          b="a" if cur.female else "", c=cur.o)
    qualify(g, doc, cur, rg=False, email=True, phone=True, addr=False)
    doc.t(", com endereço no mesmo domicílio, vêm propor\n\nAÇÃO DE OBRIGAÇÃO DE FAZER C/C REPETIÇÃO DE INDÉBITO E INDENIZAÇÃO "
          "POR DANOS MORAIS\n\n")
    doc.f("em face de «r», CNPJ «cn», operadora da marca «b», pelos fatos a seguir.\n\n", r=fold(razao).upper(),
          cn=(g.any_cnpj(), "BR_CNPJ"), b=brand)
    d0 = g.day()
    doc.f("1. «A» é portador«a» de transtorno do jogo (CID-10 F63.0), em tratamento desde «d», conforme laudo de «m», "
          "psiquiatra («crm»), e relatório do «caps».\n", A="A autora" if gam.female else "O autor", a="a" if gam.female else "", d=dbr(g.after(d0, -400, -120)), m=P(doc_.full),
          crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), caps=g.pick(CAPS_UNITS))
    doc.f("2. Em «d» «A» requereu autoexclusão por 12 meses (protocolo «p»). Ainda assim a ré aceitou os depósitos "
          "abaixo, todos por Pix da conta conjunta (banco «bk», agência «ag», conta «ac»):\n\n",
          A="a autora" if gam.female else "o autor", d=dbr(g.after(d0, -100, -60)), p=g.protocol(), bk=g.pick(BANKS)[0], ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"))
    rows = []
    for t in g.moments(g.ri(3, 6), g.after(d0, -55, -40), 40, (0, 24)):
        rows.append([V(ts(t, "br")), V("R$ " + g.money(50, 4000)), V(e2e(g, t))])
    table_md(doc, ["Data/hora", "Valor", "ID Pix (E2E)"], rows)
    if g.chance(0.6):
        doc.f("\nPara cobrir as perdas, «a» vendeu o automóvel da família (placa «pl») e contraiu empréstimos consignados.\n",
              a="a autora" if gam.female else "o autor", pl=(g.plate(), "LICENSE_PLATE"))
    doc.f("\n3. Os valores eram destinados ao sustento da família; «f» e os filhos passaram a depender de parentes. A ré enviou, "
          "mesmo após a autoexclusão, mensagens promocionais ao celular «p» «da», o que é vedado pela Portaria SPA/MF nº "
          "1.231/2024.\n\n", da="da autora" if gam.female else "do autor", f=P(cur.first), p=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.f("PEDIDOS: a) tutela de urgência para bloqueio definitivo da conta vinculada ao CPF «da»; b) devolução em dobro dos "
          "depósitos (art. 42 do CDC); c) danos morais de R$ «m».\n\nValor da causa: R$ «v».\n\n«c», «d».\n\n", da="da autora" if gam.female else "do autor",
          m=g.money(10000, 50000), v=g.money(15000, 120000), c=city, d=dbr(g.after(d0, 0, 20), "long"))
    lawyer_sig(g, doc, g.ri(1, 2))
    return doc


def ju_sentenca(g: Gen) -> Doc:
    """A court decision on a blocked withdrawal (JEC sentence or civil court decision), with the publication note."""
    doc = Doc()
    brand, razao, dom = op(g)
    c = g.person()
    judge = g.person()
    city, uf = g.city()
    cnj = g.cnj()
    doc.f("PODER JUDICIÁRIO\nTRIBUNAL DE JUSTIÇA DO ESTADO «e»\n«c» — «n»ª Vara do Juizado Especial Cível\n\nProcesso nº: «cnj»\n"
          "Classe: Procedimento do Juizado Especial Cível\nRequerente: «r» - CPF: «rc»\nRequerido: «q» - CNPJ: «qc»\n\nSENTENÇA\n\n",
          e=UF_NAME.get(uf, "DE " + uf),
          c=f"Comarca de {city}", n=g.ri(1, 9), cnj=cnj, r=P(c.caps), rc=(g.cpf("dot"), "BR_CPF"), q=fold(razao).upper(),
          qc=(g.any_cnpj(), "BR_CNPJ"))
    doc.f("Vistos.\n\nDispensado o relatório (art. 38 da Lei 9.099/1995). «n» alega que teve o saque de R$ «v» bloqueado pela ré, "
          "«b», após acertar aposta no jogo «m». A ré sustenta «x», mas não trouxe aos autos nenhum indício concreto.\n\n",
          n=g.pick([P(c.full), P(c.first + " " + c.last), "A parte autora"]), v=g.money(900, 40000), b=fold(razao).upper(), m=match(g),
          x=g.pick(["uso de múltiplas contas", "manipulação de resultado", "abuso de bônus", "violação dos termos"]))
    doc.f("O cadastro «da» foi aprovado pela própria ré (KYC em «d»), e o IP de acesso «ip» indicado na contestação é o mesmo "
          "do cadastro, o que afasta a tese de conta compartilhada. Incide a Lei 8.078/1990 e o art. 27 da Lei 14.790/2023.\n\n",
          da="da autora" if c.female else "do autor", d=dbr(g.day()), ip=(g.ip(), "IP_ADDRESS"))
    pay = g.ri(0, 2)
    da = "da autora" if c.female else "do autor"
    doc.t("Ante o exposto, JULGO PROCEDENTE o pedido para condenar a ré a liberar o saldo, em 5 dias, ")
    if pay == 0:
        doc.f("por transferência à conta «da» no banco «bk», agência «ag», conta «ac», ", da=da, bk=g.pick(BANKS)[1],
              ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"))
    elif pay == 1:
        doc.f("por Pix à chave «k» (CPF «da»), ", da=da, k=(g.cpf(), "BR_CPF"))
    else:
        doc.f("por Pix à chave aleatória «k», de titularidade «da», ", da=da, k=(g.uuid(), "PIX_KEY"))
    doc.f("sob pena de multa diária de R$ «m», e a pagar R$ «dm» a título de danos morais.\nSem custas e honorários (art. 55 da Lei "
          "9.099/1995).\n\nP.R.I.\n\n«c», «d».\n\n«j»\n«a» de Direito\n(documento assinado digitalmente)\n\n",
          m=g.money(200, 1000), dm=g.money(2000, 10000), c=city, d=dbr(g.day(), "long"), j=P(g.pick([judge.full, judge.caps])),
          a="Juíza" if judge.female else "Juiz")
    doc.t("CERTIDÃO DE PUBLICAÇÃO — DJEN\nAdvogados intimados: ")
    names = []
    for _ in range(g.ri(2, 3)):
        lw = g.person()
        names.append((lw, g.council("OAB", uf)))
    for k, (lw, oab) in enumerate(names):
        if k:
            doc.t("; ")
        doc.f("«n» («o»)", n=P(lw.caps), o=(oab, "PROFESSIONAL_ID"))
    esc = g.person()
    doc.f(".\nEscrevente: «e» — matrícula «m».\n", e=P(g.pick([esc.full, esc.short])), m=f"{g.d(3)}.{g.d(3)}-{g.d(1)}")
    return doc


def ju_contrato_afiliado(g: Gen) -> Doc:
    """Affiliate / influencer advertising contract with its e-signature log."""
    doc = Doc()
    brand, razao, dom = op(g)
    inf = g.person()
    mgr = g.person()
    wit = [g.person(), g.person()]
    mei = g.chance(0.5)
    hd = handle(g, inf)
    doc.f("CONTRATO DE PARCERIA PUBLICITÁRIA E AFILIAÇÃO Nº «n»\n\nCONTRATANTE: «r», CNPJ «cn», operadora autorizada da marca "
          "«b», neste ato representada por «m».\n", n=f"AF-{g.ri(2025, 2026)}/{g.d(4)}", r=razao, cn=(g.any_cnpj(), "BR_CNPJ"),
          b=brand, m=P(mgr.full))
    doc.t("CONTRATADO(A): ")
    qualify(g, doc, inf, rg=g.chance(0.6), email=True, phone=True)
    if mei:
        doc.f(", por meio de sua empresa «co», CNPJ «cn»", co=f"{inf.last} Produções Digitais ME", cn=(g.cnpj(), "BR_CNPJ"))
    doc.f(", titular do perfil «h» («seg» seguidores).\n\n", h=hd, seg=f"{g.ri(20, 2500)} mil")
    doc.f("CLÁUSULA 1ª — O(A) CONTRATADO(A) divulgará a marca «b» com o link de afiliado «l» e o cupom «cp».\n"
          "CLÁUSULA 2ª — Remuneração: CPA de R$ «cpa» por primeiro depósito qualificado e revenue share de «rs»% sobre a receita "
          "líquida (GGR) dos jogadores indicados, pagos até o dia 10 do mês seguinte.\n"
          "CLÁUSULA 3ª — É vedado, nos termos da Portaria SPA/MF nº 1.231/2024: direcionar conteúdo a menores de 18 anos; sugerir "
          "que apostar é forma de investimento ou de renda; ostentar ganhos; omitir a advertência \"Jogue com responsabilidade\".\n"
          "CLÁUSULA 4ª — O descumprimento gera multa de R$ «mu» e rescisão imediata.\n", b=brand,
          l=f"https://{dom}/r/{g.hexs(6)}", cp=fold(inf.first).upper()[:6] + str(g.ri(10, 99)), cpa=g.ri(40, 350),
          rs=g.pick([20, 25, 30, 35, 40]), mu=g.money(20000, 200000))
    code, bank = g.pick(BANKS)
    if g.chance(0.5):
        doc.f("CLÁUSULA 5ª — Pagamentos: «bk» («cd»), agência «ag», conta «ac».\n\n", bk=bank, cd=code,
              ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"))
    else:
        doc.f("CLÁUSULA 5ª — Pagamentos via Pix, chave aleatória «k».\n\n", k=(g.uuid(), "PIX_KEY"))
    doc.f("Testemunhas: 1) «w1», CPF «c1»; 2) «w2», CPF «c2».\n\n", w1=P(wit[0].full), c1=(g.cpf(), "BR_CPF"), w2=P(wit[1].full),
          c2=(g.cpf(), "BR_CPF"))
    doc.f("— LOG DE ASSINATURAS · envelope «env» —\n", env=g.uuid().upper())
    t0 = g.moments(1, g.day(), 1)[0]
    signers = [(mgr, corp_mail(mgr, dom, g)), (inf, g.email(inf))] + [(w, g.email(w)) for w in wit if g.chance(0.5)]
    for (p, em), t in zip(signers, seq_times(g, len(signers), t0, 120, 90000)):
        doc.f("«t»  «n»  «e»  IP «ip»  «h»\n", t=ts(t, "iso"), n=P(p.full), e=(em, "EMAIL_ADDRESS"), ip=(g.ip(), "IP_ADDRESS"),
              h=g.pick(["assinou", "assinou (token SMS)", "visualizou e assinou"]))
    return doc


def ju_notificacao_ocr(g: Gen) -> Doc:
    """OCR'd ALL CAPS extrajudicial notice: a minor bet with his mother's CPF; with the AR receipt."""
    doc = Doc()
    brand, razao, dom = op(g)
    mom = g.person(female=True)
    son = g.relative(mom, female=g.chance(0.2))
    lw = g.person()
    rec = g.person()
    post = g.person()
    city, uf = g.city()
    O = lambda s: ocr(s, g, 0.4)  # noqa: E731
    doc.t(ocr_t("NOTIFICAÇÃO EXTRAJUDICIAL\n\nNOTIFICANTE: ", g))
    doc.e(O(mom.capsf), "PERSON")
    doc.f(ocr_t(", BRASILEIRA, «ec», RG «rg», CPF «cpf», RESIDENTE NA ", g), ec=g.pick(["CASADA", "SOLTEIRA", "DIVORCIADA", "VIÚVA"]),
          rg=(g.rg(), "BR_RG"), cpf=(g.cpf("dot"), "BR_CPF"))
    doc.e(O(g.address("caps")), "ADDRESS")
    doc.f(ocr_t(", «c»/«u», CEP «cep».\nNOTIFICADA: «r», CNPJ «cn».\n\n", g), c=fold(city).upper(), u=uf, cep=(g.cep(), "BR_CEP"),
          r=fold(razao).upper(), cn=(g.any_cnpj(), "BR_CNPJ"))
    dd, mm, _ = g.dob_parts()
    yy = g.pick([2008, 2008, 2009])
    doc.f(ocr_t("A NOTIFICANTE, POR SEU ADVOGADO, VEM NOTIFICAR QUE SEU FILHO«a» MENOR, «s», NASCID«o» EM «dob», UTILIZOU O CPF "
                "E A SELFIE DA MÃE PARA ABRIR CONTA NA PLATAFORMA «b», REALIZANDO DEPÓSITOS QUE SOMAM R$ «v» A PARTIR DA "
                "CONTA DA NOTIFICANTE (AGÊNCIA «ag», CONTA «ac»). O CELULAR CADASTRADO É «p» E O E-MAIL É ", g),
          a="A" if son.female else "", s=P(O(son.capsf)), o="A" if son.female else "O",
          dob=(fmt_date(dd, mm, yy, g.pick(["br", "dot"])), "DATE_OF_BIRTH"), b=fold(brand).upper(), v=g.money(500, 20000),
          ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"), p=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.e(g.email(son).lower(), "EMAIL_ADDRESS")
    doc.t(ocr_t(".\n\nA FALHA NA VERIFICAÇÃO DE IDADE VIOLA O ART. 26 DA LEI 14.790/2023. REQUER, NO PRAZO DE 10 DIAS: (A) O "
                "ENCERRAMENTO DA CONTA; (B) A DEVOLUÇÃO INTEGRAL DOS DEPÓSITOS; (C) A PRESERVAÇÃO DOS REGISTROS DE ACESSO.\n\n", g))
    doc.f(ocr_t("«c», «d».\n\n", g), c=fold(city).upper(), d=fold(dbr(g.day(), "long")).upper())
    doc.e(O(lw.capsf), "PERSON")
    doc.f("\n«o»\n\n", o=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    doc.t("-" * 60 + "\n")
    doc.f(ocr_t("AVISO DE RECEBIMENTO — AR   OBJETO «obj»\nDESTINATÁRIO: «r»\nRECEBEDOR: ", g), obj=f"{g.up(2)}{g.d(9)}BR",
          r=fold(razao).upper())
    doc.e(O(g.pick([rec.capsf, rec.full.upper()])), "PERSON")
    doc.f(ocr_t("   DOC.: RG «rg»   DATA: «d»\nCARTEIRO: ", g), rg=(g.rg(), "BR_RG"), d=dbr(g.day()))
    doc.e(O(post.capsf), "PERSON")
    doc.f(ocr_t("   MATR. «m»\n", g), m=g.d(8))
    return doc


JU = [ju_termo_aceite, ju_peticao_saque, ju_procon_caps, ju_acao_familia, ju_sentenca, ju_contrato_afiliado, ju_notificacao_ocr]


# =========================================================================== saude


def inst_mail(p: Person, city: str, g: Gen) -> str:
    c = re.sub(r"[^a-z]", "", fold(city).lower())
    return corp_mail(p, g.pick([f"saude.{c}.gov.br", f"sms.{c}.gov.br"]), g)


def sa_laudo_psiq(g: Gen) -> Doc:
    """A psychiatric report on gambling disorder (F63.0) recommending self-exclusion and family money management."""
    doc = Doc()
    clinic = g.pick(CLINICS)
    city, uf = g.city()
    p = g.person(female=g.chance(0.25))
    mom = g.person(female=True)
    comp = g.spouse(p) if g.chance(0.6) else g.relative(p)
    md = g.person()
    psy = g.person(female=g.chance(0.7))
    doc.f("«c»\nCNPJ «cn» · «ci»/«u» · Tel. «t»\n\nLAUDO PSIQUIÁTRICO\n\n", c=clinic, cn=(g.any_cnpj(), "BR_CNPJ"), ci=city, u=uf,
          t=(g.phone(g.pick(["par", "plain"]), mobile=False), "PHONE_NUMBER"))
    fields = [("Paciente", P(g.pick([p.full, p.caps]))), ("Data de nascimento", (g.dob(g.pick(["br", "nopad", "long"]), 1958, 2004), "DATE_OF_BIRTH")),
              ("CPF", (g.cpf(), "BR_CPF")), ("Filiação", P(mom.full)),
              ("Endereço", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")), ("Telefone", (g.phone(), "PHONE_NUMBER")),
              ("Acompanhante", (comp.full, "PERSON"))]
    kv_block(g, doc, fields, g.pick(["plain", "dots"]))
    yrs = g.ri(1, 5)
    doc.f("\n1. HISTÓRIA\n«n», «i» anos, «j», refere início das apostas há «y» ano«s», com apostas esportivas, evoluindo para o "
          "cassino online («gm»). Nos últimos 6 meses estima ter depositado R$ «v» em «k» plataformas, com empréstimos e "
          "venda de bens. Relata \"correr atrás do prejuízo\", mentir para a família e irritabilidade ao tentar parar. «x»\n",
          n=P(p.first), i=g.ri(19, 66), j=g.pick(JOBS[p.female]), y=yrs, s="s" if yrs > 1 else "", gm=g.pick(GAMES), v=g.money(3000, 90000),
          k=g.ri(2, 9), x=g.pick(["Nega uso de álcool e outras drogas.", "Uso nocivo de álcool associado (F10.1).",
                                  "Refere ideação de morte passiva, sem plano.", "Chegou a apostar o dinheiro do aluguel no jogo do Vitória."]))
    doc.f("2. EXAME PSÍQUICO: vigil, orientad«o», humor deprimido, ansiedade moderada, juízo crítico parcial.\n", o=p.o)
    doc.f("3. ESCALAS: SOGS «a»/20; PHQ-9 «b»; GAD-7 «c».\n", a=g.ri(5, 18), b=g.ri(6, 24), c=g.ri(5, 19))
    doc.f("4. HIPÓTESE DIAGNÓSTICA: CID-10 «cid» (jogo patológico).\n", cid=" + ".join(cid_pair(g)))
    doc.f("5. CONDUTA: «med»; psicoterapia cognitivo-comportamental com «ps» («crp»); seguimento no «caps». Recomendo "
          "autoexclusão em todas as plataformas autorizadas (Lei 14.790/2023) e que a gestão financeira fique temporariamente "
          "com «cp» («rel»), telefone «t».\n", med=g.pick(["naltrexona 50 mg/dia", "sertralina 50 mg/dia", "topiramato 25 mg/dia",
                                                             "bupropiona 150 mg/dia"]),
          ps=P(psy.full), crp=(g.council("CRP"), "PROFESSIONAL_ID"), caps=g.pick(CAPS_UNITS), cp=P(g.pick([comp.first, comp.full])),
          rel=g.pick(["esposa", "mãe", "irmã", "filha"]) if comp.female else g.pick(["marido", "pai", "irmão", "filho"]),
          t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.f("\n«ci», «d».\n\n«m»\nMédic«o» Psiquiatra — «crm» — RQE «rqe»\n", ci=city, d=dbr(g.day(), "long"), m=P(md.full), o=md.o,
          crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), rqe=g.d(5))
    return doc


def sa_encaminhamento(g: Gen) -> Doc:
    """A UBS referral to a CAPS AD and its counter-referral."""
    doc = Doc()
    city, uf = g.city()
    ubs, caps = g.pick(UBS_UNITS), g.pick(CAPS_UNITS)
    p = g.person(female=g.chance(0.3))
    mom = g.person(female=True)
    fam = g.relative(p)
    md, nurse, psy, sw, psq = g.person(), g.person(female=True), g.person(), g.person(female=g.chance(0.8)), g.person()
    doc.f("PREFEITURA MUNICIPAL DE «c» — SECRETARIA MUNICIPAL DE SAÚDE\n«u» — FICHA DE REFERÊNCIA E CONTRARREFERÊNCIA\n\n"
          "REFERÊNCIA\n", c=fold(city).upper(), u=ubs)
    fields = [("Nome", P(g.pick([p.full, p.caps]))), ("CNS", (g.cns(), "BR_CNS")),
              ("Data de nascimento", (g.dob(g.pick(["br", "short"]), 1958, 2005), "DATE_OF_BIRTH")),
              ("Sexo", V("F" if p.female else "M")), ("Nome da mãe", P(g.pick([mom.full, mom.caps]))),
              ("Endereço", (g.address(g.pick(["text", "caps"])), "ADDRESS")), ("Bairro", V(g.pick(BAIRROS))), ("CEP", (g.cep(), "BR_CEP")),
              ("Telefone", (g.phone(), "PHONE_NUMBER")),
              ("Contato familiar", (f"{fam.full}", "PERSON")), ("Tel. do familiar", (g.phone(), "PHONE_NUMBER")),
              ("Unidade de destino", V(caps)), ("CID-10", V(" / ".join(cid_pair(g))))]
    kv_block(g, doc, fields, g.pick(["dots", "box", "plain"]))
    doc.f("Motivo: «x» Solicito avaliação e inclusão em grupo.\n", x=g.pick([
        "Paciente relata apostas compulsivas em sites de bets, dívidas de cerca de R$ " + g.money(2000, 60000) + " e insônia.",
        "Familiar refere que o paciente gasta todo o salário em cassino online e vendeu a moto.",
        "Paciente procura a unidade por ansiedade; ao acolhimento, relata perder o controle no tigrinho.",
        "Usuário com uso de álcool e apostas diárias em futebol; ideação de morte passiva, sem plano."]))
    doc.f("Profissional: «m» — «crm»    Enfermeira: «n» — «co»    Data: «d»\n\n", m=P(md.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          n=P(g.pick([nurse.full, nurse.short])), co=(g.council("COREN", uf), "PROFESSIONAL_ID"), d=dbr(g.day()))
    doc.f("CONTRARREFERÊNCIA — «c»\nAcolhid«o» em «d» por «p» (psicólog«po», «crp») e «s» (assistente social, «cr»). «x» "
          "Projeto terapêutico singular: grupo de jogo patológico às «dia», consultas com «q» («crm») e apoio à família. "
          "Contato da equipe: «e».\n", c=caps, o=p.o, d=dbr(g.day()), p=P(psy.full), po=psy.o, crp=(g.council("CRP"), "PROFESSIONAL_ID"),
          s=P(g.pick([sw.full, sw.short])), cr=(g.council("CRESS", uf), "PROFESSIONAL_ID"),
          x=g.pick(["Orientada autoexclusão na plataforma do Ministério da Fazenda.", "Família orientada sobre gestão do cartão.",
                    "Encaminhado ao CRAS para renegociação de dívidas."]),
          dia=g.pick(["terças, 14h", "quintas, 9h", "segundas, 18h30"]), q=P(psq.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          e=(inst_mail(psy, city, g), "EMAIL_ADDRESS"))
    return doc


def sa_pedido_familia(g: Gen) -> Doc:
    """A relative's request to an operator to exclude a player, with the attached medical certificate and the operator's note."""
    doc = Doc()
    brand, razao, dom = op(g)
    gam = g.person(female=g.chance(0.2))
    spouse = g.chance(0.5)
    req = g.spouse(gam) if spouse else g.relative(gam)
    if spouse:
        kin = g.pick(["cônjuge", "companheira" if req.female else "companheiro"])
    else:
        kin = g.pick(["mãe", "irmã", "filha"] if req.female else ["pai", "irmão", "filho"])
    md = g.person()
    an = g.person()
    city, uf = g.city()
    gcpf = g.cpf()
    d_start = g.day()
    d_cert = g.after(d_start, 20, 200)
    d_in = g.after(d_cert, 1, 30)
    same = g.chance(0.8)
    doc.f("«b» — JOGO RESPONSÁVEL\nFORMULÁRIO DE SOLICITAÇÃO DE TERCEIRO (FAMILIAR)  ·  protocolo «p»\n\n", b=fold(brand).upper(),
          p=f"JR-{g.d(7)}")
    doc.t("1. DADOS DO(A) SOLICITANTE\n")
    kv_block(g, doc, [("Nome", P(req.full)), ("CPF", (g.cpf(), "BR_CPF")), ("RG", (g.rg(), "BR_RG")),
                      ("Parentesco", V(kin)),
                      ("Telefone", (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")), ("E-mail", (g.email(req), "EMAIL_ADDRESS")),
                      ("Endereço", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP"))], "dots")
    doc.t("\n2. DADOS DO(A) APOSTADOR(A)\n")
    kv_block(g, doc, [("Nome", P(gam.full)), ("CPF", (gcpf, "BR_CPF")),
                      ("Nascimento", (g.dob(g.pick(["br", "nopad"]), 1960, 2005), "DATE_OF_BIRTH")),
                      ("Usuário na plataforma", V(username(g, gam) if g.chance(0.7) else "não sei")),
                      ("E-mail do cadastro", (g.email(gam), "EMAIL_ADDRESS"))], "dots")
    doc.f("\n3. MOTIVO\n[X] apostas acima da renda   [«a»] empréstimos   [«b»] tratamento em saúde mental   [ ] outro\n"
          "Relato: «x»\n", a=g.pick("X "), b=g.pick("XX "), x=g.pick([
              "Perdeu o salário inteiro em duas noites, está devendo para agiota.", "Pegou o cartão da avó escondido para depositar.",
              "Não dorme, fica a madrugada no cassino ao vivo.", "Está afastado do trabalho e continua apostando no celular."]))
    doc.t("\n4. ANEXO — ATESTADO MÉDICO\n")
    doc.f("Atesto, para os devidos fins, que «n», CPF «c», encontra-se em acompanhamento psiquiátrico por transtorno do jogo "
          "(CID-10 F63.0) desde «d», sem condições de gerir apostas. Recomenda-se o bloqueio da conta.\n«ci», «d2». «m» — «crm»\n\n",
          n=P(g.pick([gam.full, gam.caps])), c=(gcpf if same else g.cpf(), "BR_CPF"), d=dbr(d_start), ci=city, d2=dbr(d_cert),
          m=P(md.full),
          crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    doc.f("-- uso interno --\n«d» «a»: pedido recebido; conta suspensa preventivamente; enviado e-mail ao titular para confirmar a "
          "autoexclusão. «x»\n", d=dbr(d_in), a=P(g.pick([an.full, an.short])),
          x=g.pick(["O CPF do atestado confere com o cadastro.", "Seria prudente reforçar o bloqueio de publicidade para este CPF."])
          if same else "O CPF do atestado diverge do cadastro — confirmar com a família.")
    return doc


def sa_csv_grupo(g: Gen) -> Doc:
    """Attendance CSV of a CAPS AD gambling-disorder group, with the psychologist's and the social worker's notes."""
    doc = Doc()
    city, uf = g.city()
    caps = g.pick(CAPS_UNITS)
    psy, sw = g.person(), g.person(female=True)
    doc.f("# «c» — grupo \"Jogo Sob Controle\" — frequência «m»\n", c=caps, m=f"{g.ri(1, 12):02d}/{g.pick([2025, 2026])}")
    rows, ps = [], []
    for _ in range(g.ri(4, 7)):
        p = g.person()
        ps.append(p)
        rows.append([P(g.pick([p.full, p.caps, p.full])), (g.cns(False), "BR_CNS") if g.chance(0.85) else V(""),
                     (g.dob(g.pick(["br", "iso"]), 1958, 2005), "DATE_OF_BIRTH"), (g.phone(g.pick(["par", "raw", "plain"])), "PHONE_NUMBER"),
                     V(f"{g.ri(0, 4)}/4"), V(str(g.ri(3, 18))), V(g.pick(["", "", "faltou 2x", "recaída", "autoexcluído", "pediu atestado",
                                                                          "esposa acompanha"]))])
    table_csv(doc, ["nome", "cns", "nascimento", "telefone", "presencas", "sogs", "obs"], rows, ";")
    a, b = g.sample(ps, 2)
    doc.f("\nObs. (psicologia): «n» relatou recaída após o jogo «m»; reforçado plano de prevenção. «x»\n", n=P(a.first), m=match(g),
          x=g.pick(["Seria prudente incluir a família no grupo.", "Foi uma vitória o grupo completo hoje.", "Sem intercorrências."]))
    doc.f("Obs. (serviço social): «n» pediu ajuda para renegociar dívidas; encaminhad«o» ao CRAS e à Defensoria. Novo telefone: «t».\n",
          n=P(g.pick([b.short, b.first])), o=b.o, t=(g.phone("par"), "PHONE_NUMBER"))
    doc.f("Responsáveis: «p» («crp»), «s» («cr»).\n", p=P(psy.full), crp=(g.council("CRP"), "PROFESSIONAL_ID"), s=P(sw.full),
          cr=(g.council("CRESS", uf), "PROFESSIONAL_ID"))
    if g.chance(0.6):
        doc.f("Contato: «e»\n", e=(inst_mail(psy, city, g), "EMAIL_ADDRESS"))
    return doc


def sa_evolucao(g: Gen) -> Doc:
    """Multiprofessional evolution notes of a patient with gambling disorder."""
    doc = Doc()
    city, uf = g.city()
    p = g.person(female=g.chance(0.25))
    fam = g.spouse(p)
    pros = [("Psiquiatria", g.person(), "CRM"), ("Psicologia", g.person(), "CRP"), ("Enfermagem", g.person(female=True), "COREN"),
            ("Serviço Social", g.person(female=True), "CRESS")]
    unit = g.pick(CAPS_UNITS + CLINICS)
    ident = ("CNS", (g.cns(), "BR_CNS")) if unit.startswith("CAPS") else ("CPF", (g.cpf(), "BR_CPF"))
    doc.f("PRONTUÁRIO «n» — EVOLUÇÃO MULTIPROFISSIONAL — «c»\nPaciente: «p»   Nasc.: «d»   «kl» «k»   Tel.: «tel»\n\n",
          tel=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), n=g.d(7), c=unit,
          p=P(g.pick([p.full, p.inverted])), d=(g.dob(g.pick(["br", "short"]), 1958, 2005), "DATE_OF_BIRTH"), kl=ident[0], k=ident[1])
    d0 = g.day()
    stamps = []
    for _ in range(4):
        d0 = g.after(d0, 1, 12)
        stamps.append(datetime.datetime(d0.year, d0.month, d0.day, g.ri(8, 17), g.ri(0, 59)))
    notes = [
        ("Psiquiatria", "Retorno. Refere «x». Mantida «med». Orientada a família («f») a manter o cartão sob guarda. CID F63.0."),
        ("Psicologia", "Sessão individual. Trabalhadas distorções (\"vou recuperar tudo na próxima\"). Reconhece gatilhos: «gt»."),
        ("Enfermagem", "PA 13x8. Sono irregular. Familiar presente na consulta; contato atualizado: «t»."),
        ("Serviço Social", "Dívidas estimadas em R$ «v». Orientado pedido de autoexclusão centralizado e renegociação. «w»"),
    ]
    for (area, who, kind), (_, note), t in zip(pros, notes, stamps):
        doc.f("«t» — «a»\n", t=ts(t, "br"), a=area)
        doc.f(note + "\n", x=g.pick(["3 semanas sem apostar", "recaída no fim de semana (R$ 800 no crash)", "redução da ansiedade"]),
              med=g.pick(["naltrexona 50 mg", "sertralina 100 mg", "topiramato 50 mg"]), f=P(g.pick([fam.first, fam.full])),
              n=P(p.first), gt=g.pick(["notificações de odds turbinadas", "jogos do Vitória", "propaganda de influenciador", "dia do pagamento"]),
              t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), v=g.money(2000, 80000),
              w=g.pick(["Encaminhado à Defensoria.", "Seria prudente curatela para atos patrimoniais.", "Família aderiu ao grupo."]))
        doc.f("   «n» — «c»\n\n", n=P(g.pick([who.full, who.short])), c=(g.council(kind, uf), "PROFESSIONAL_ID"))
    return doc


def sa_relatorio_social(g: Gen) -> Doc:
    """A social worker's home-visit report: household composition with NIS, benefits spent on bets, referrals."""
    doc = Doc()
    city, uf = g.city()
    head = g.person(female=True)
    spouse = g.chance(0.6)
    gam = g.spouse(head) if spouse else g.relative(head)
    sw = g.person(female=g.chance(0.85))
    doc.f("RELATÓRIO SOCIAL — VISITA DOMICILIAR\n«u» / CRAS «b»\nData da visita: «d»\n\n", u=g.pick(CAPS_UNITS), b=g.pick(BAIRROS),
          d=dbr(g.day()))
    doc.f("Endereço visitado: «a», «ba», «c»/«uf», CEP «cep».\nTelefone de contato: «t»\n\n", a=(g.address(), "ADDRESS"),
          ba=g.pick(BAIRROS), c=city, uf=uf, cep=(g.cep(), "BR_CEP"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.t("COMPOSIÇÃO FAMILIAR\n")
    members = [(head, "responsável familiar"), (gam, ("companheir" if g.chance(0.4) else "cônjuge") if spouse else "filh")]
    if members[1][1].endswith(("companheir", "filh")):
        members[1] = (gam, members[1][1] + gam.o + (" (maior)" if not spouse else ""))
    for _ in range(g.ri(1, 3)):
        k = g.relative(head)
        members.append((k, "filh" + k.o))
    rows = []
    for m, r in members:
        minor = r in ("filho", "filha")
        rows.append([P(m.full), V(r), (g.dob("br", 2008, 2022) if minor else g.dob("br", 1960, 2000), "DATE_OF_BIRTH"),
                     (g.cpf(), "BR_CPF") if (not minor or g.chance(0.5)) else V("—"), (g.pis(g.pick(["raw", "dot"])), "BR_PIS") if (m is head or g.chance(0.5)) else V("—")])
    table_ruled(doc, ["Nome", "Parentesco", "Nascimento", "CPF", "NIS"], rows, g.pick(["plus", "pipe", "plain"]))
    if g.chance(0.7):
        doc.f("Título de eleitor da responsável familiar: «t»\n", t=(g.titulo(), "BR_TITULO_ELEITOR"))
    doc.f("\nSITUAÇÃO: «r» relata que «g» gastou o benefício do Bolsa Família e parte do salário em sites de apostas (R$ «v» no "
          "último mês), deixando atrasadas as contas de água e luz. «x»\n", r=P(head.first), g=P(g.pick([gam.first, gam.nick])),
          v=g.money(300, 6000), x=g.pick(["A luz da casa foi cortada na semana passada.", "As crianças estão frequentando a escola.",
                                           "A família mora de favor há dois meses."]))
    if g.chance(0.5):
        doc.f("A moto da família («pl») foi vendida para pagar um agiota.\n", pl=(g.plate(), "LICENSE_PLATE"))
    doc.f("ENCAMINHAMENTOS: «g» ao grupo de jogo patológico; família ao CRAS para atualização do CadÚnico; orientação sobre a "
          "autoexclusão centralizada do Ministério da Fazenda.\n\n«s»\nAssistente Social — «cr»\n", g=P(gam.first),
          s=P(sw.full), cr=(g.council("CRESS", uf), "PROFESSIONAL_ID"))
    return doc


def sa_jsonl_apoio(g: Gen) -> Doc:
    """One-line JSON export of a gambling helpline (chat and phone), with the coordinator's note."""
    doc = Doc()
    line = g.pick(HELPLINES)
    city, uf = g.city()
    atts = [g.person() for _ in range(3)]
    coord = g.person()
    doc.f("# export «l» — atendimentos «d» (jsonl)\n", l=line, d=dbr(g.day()))
    for t in g.moments(g.ri(3, 5), g.day(), 3):
        canal = g.pick(["chat", "chat", "telefone", "whatsapp"])
        p = g.person()
        at = g.pick(atts)
        rec: dict = {"ts": ts(t, "iso"), "canal": canal,
                     "atendente": (at.first, "PERSON") if g.chance(0.5) else f"att.{lower(at.first)}{g.d(2)}"}
        if g.chance(0.25):
            rec["nome_informado"] = "anônimo"
        else:
            rec["nome_informado"] = (g.pick([p.first, p.full, p.nick]), "PERSON")
        if canal == "chat":
            rec["ip"] = (g.ip(), "IP_ADDRESS")
        else:
            rec["telefone"] = (g.phone(g.pick(["e164", "raw", "par"])), "PHONE_NUMBER")
        rec["idade"] = g.ri(18, 70)
        rec["quem"] = g.pick(["apostador", "apostador", "familiar"])
        rec["risco"] = g.pick(["baixo", "moderado", "alto", "alto"])
        rec["cid_sugerido"] = g.pick(["F63.0", "F63.0", "Z72.6"])
        rec["encaminhamento"] = g.pick(CAPS_UNITS + ["CVV 188", "UBS de referência", "SAMU 192"])
        rec["relato"] = g.pick(["perdeu o 13º no cassino ao vivo", "esposa descobriu empréstimos", "quer ajuda para se autoexcluir",
                                "aposta desde os 16 anos", "pensamentos de morte após perder R$ 20 mil"])
        if g.chance(0.3):
            rec["email_retorno"] = (g.email(p), "EMAIL_ADDRESS")
        jval(doc, rec, None)
        doc.t("\n")
    doc.f("\nNota da coordenação («c», «crp»): «x» Dúvidas: «e»\n", c=P(coord.full), crp=(g.council("CRP"), "PROFESSIONAL_ID"),
          x=g.pick(["Casos de risco alto foram contatados em até 24h.", "Reforçar a escuta de familiares.",
                    "Dois atendimentos repassados ao SAMU."]), e=(corp_mail(coord, "travessia.org.br", g), "EMAIL_ADDRESS"))
    return doc


SA = [sa_laudo_psiq, sa_encaminhamento, sa_pedido_familia, sa_csv_grupo, sa_evolucao, sa_relatorio_social, sa_jsonl_apoio]


# =========================================================================== financeiro


def pix_key(g: Gen, p: Person, cpf: str | None = None) -> tuple[str, tuple]:
    """A Pix key of any kind: (DICT type, (value, label))."""
    kind = g.pick(["cpf", "cpf", "telefone", "email", "evp", "evp"])
    if kind == "cpf":
        return kind, (cpf or g.cpf(), "BR_CPF")
    if kind == "telefone":
        return kind, (g.phone("e164"), "PHONE_NUMBER")
    if kind == "email":
        return kind, (g.email(p), "EMAIL_ADDRESS")
    return kind, (g.uuid(), "PIX_KEY")


def fi_log_pix(g: Gen) -> Doc:
    """One-line JSON logs of the cashier (Pix deposits, a third-party deposit refunded, withdrawals), with the analyst's note."""
    doc = Doc()
    brand, razao, dom = op(g)
    players = [g.person() for _ in range(g.ri(2, 3))]
    info = {id(p): (player_id(g), g.cpf(g.pick(["raw", "dot"])), g.ip()) for p in players}
    third = None
    tt = g.moments(g.ri(4, 6), g.day(), 1)
    for k, t in enumerate(tt):
        p = g.pick(players)
        pid, cpf, ip = info[id(p)]
        ev = g.pick(["deposit.received", "deposit.received", "withdrawal.requested", "withdrawal.paid", "login"])
        if k == 2 or (third is None and k == len(tt) - 1):
            ev = "deposit.rejected"
        rec: dict = {"ts": ts(t, "iso"), "level": "WARN" if ev == "deposit.rejected" else "INFO", "svc": "cashier", "event": ev,
                     "player_id": pid}
        if ev != "login":
            rec["cpf"] = (cpf, "BR_CPF")
            if ev.startswith("deposit") or g.chance(0.3):
                rec["nome"] = (g.pick([p.full, p.caps]), "PERSON")
        if ev.startswith("deposit"):
            rec["valor"] = float(g.ri(1, 100) * 10)
            rec["e2e"] = e2e(g, t)
            if ev == "deposit.rejected":
                third = g.spouse(p) if g.chance(0.5) else g.relative(p)
                rec["pagador"] = {"nome": (third.caps, "PERSON"), "cpf": (g.cpf("raw"), "BR_CPF"), "ispb": ispb(g),
                                  "agencia": (g.agency(False), "BANK_ACCOUNT"), "conta": (g.account(), "BANK_ACCOUNT")}
                rec["motivo"] = "titularidade_divergente"
                rec["acao"] = "devolucao_automatica"
            else:
                rec["pagador"] = {"titularidade": "confere", "ispb": ispb(g)}
        elif ev.startswith("withdrawal"):
            kind, key = pix_key(g, p, cpf)
            rec["valor"] = float(g.ri(2, 300) * 25)
            rec["chave_pix"] = {"tipo": kind, "valor": key}
            if ev == "withdrawal.paid":
                rec["e2e"] = e2e(g, t)
        rec["ip"] = (ip, "IP_ADDRESS") if g.chance(0.8) else (g.ip(), "IP_ADDRESS")
        rec["upstream"] = g.ip_priv()
        rec["device"] = device_id(g)
        jval(doc, rec, None)
        doc.t("\n")
    an = g.person()
    p = players[0]
    doc.f("\n# nota «a» («d»): o depósito rejeitado veio de conta em nome de «t»; devolvido à origem conforme a Portaria SPA/MF nº "
          "615/2024. ", a=P(g.pick([an.full, an.short, an.first])), d=dbr(tt[-1].date()), t=P(third.full))
    if g.chance(0.4):
        doc.f("Jogador «j» orientado por e-mail.\n", j=P(p.first))
    else:
        doc.t(g.pick(["Sem indício de fraude.", "Abrir alerta PLD se repetir."]) + "\n")
    return doc


def fi_liquidacao(g: Gen) -> Doc:
    """A payment processor's fixed-width settlement file (names cut, raw CPF, ISPB, agency, zero-padded account), with the note."""
    doc = Doc()
    brand, razao, dom = op(g)
    psp = g.pick(PSPS)
    d = g.day()
    psp_cnpj, op_cnpj = g.cnpj("raw"), g.cnpj("raw")
    doc.f("0 LIQUIDACAO «psp» «pc» «oc» «dt» V03\n", psp=fold(psp).upper()[:24].ljust(24), pc=(psp_cnpj, "BR_CNPJ"),
          oc=(op_cnpj, "BR_CNPJ"), dt=dbr(d, "compact"))
    n, tot = 0, 0
    rows = []
    for k in range(g.ri(4, 7)):
        p = g.person()
        rows.append(p)
        tipo = g.pick(["DEP", "DEP", "DEP", "SAQ", "EST"])
        v = g.ri(10, 5000) * 100
        tot += v
        t = datetime.datetime(d.year, d.month, d.day, g.ri(0, 23), g.ri(0, 59))
        doc.t(f"1 {k + 1:06d} {tipo} {e2e(g, t)} ")
        doc.cell(cut(fold(p.full).upper(), 25), 25, "PERSON")
        doc.t(" ")
        doc.cell(g.cpf("raw"), 11, "BR_CPF")
        doc.t(f" {ispb(g)} ")
        doc.cell(g.d(4), 4, "BANK_ACCOUNT")
        doc.t(" ")
        doc.cell(f"{int(g.d(g.ri(5, 9))):012d}", 12, "BANK_ACCOUNT")
        doc.t(f" {v:013d} {g.ri(1, 90):05d}\n")
        n += 1
    doc.t(f"9 {n:06d} {tot:015d}\n\n")
    an = g.person()
    bad = g.pick(rows)
    pl = g.person()
    doc.f("Conciliação «d» — «a» («e»)\n- Linha «l»: pagador «b» diverge do titular da conta de jogo «p» (CPF «c»); valor devolvido "
          "pelo PSP.\n- «x»\n", d=dbr(g.after(d, 1, 2)), a=P(an.full), e=(corp_mail(an, dom, g), "EMAIL_ADDRESS"),
          l=f"{rows.index(bad) + 1:06d}", b=P(bad.full), p=P(pl.full), c=(g.cpf(), "BR_CPF"),
          x=g.pick(["Tarifa do PSP conferida com o contrato.", "Arquivo reprocessado após erro de layout (linha 3).",
                    "Diferença de R$ 0,37 lançada em ajuste.", "Saques EST são estornos de apostas anuladas."]))
    return doc


def fi_caso_pld(g: Gen) -> Doc:
    """An AML case export (smurfing, accounts sharing a device, third-party withdrawal) reported to COAF."""
    doc = Doc()
    brand, razao, dom = op(g)
    h = g.person()
    an, co = g.person(), g.person()
    fp = device_id(g)
    d = g.day()
    doc.f("CASO PLD/FT «n» — «b» — risco: «r»\nAberto em «d» · fila: monitoramento transacional\nRegras: «rg»\n\n",
          n=f"PLD-{d.year}-{g.d(6)}", b=brand, r=g.pick(["ALTO", "ALTO", "MÉDIO"]), d=dbr(d),
          rg="; ".join(g.sample(["R07 depósitos fracionados abaixo de R$ 2.000", "R12 múltiplas contas no mesmo dispositivo",
                                 "R15 saque para conta de terceiro", "R03 movimentação incompatível com a renda",
                                 "R21 apostas de baixo risco em lados opostos"], 3)))
    doc.t("TITULAR\n")
    kv_block(g, doc, [("Nome", P(h.full)), ("CPF", (g.cpf(), "BR_CPF")), ("Nascimento", (g.dob("br", 1960, 2004), "DATE_OF_BIRTH")),
                      ("Ocupação declarada", V(g.pick(JOBS[h.female]))), ("Renda mensal declarada", V("R$ " + g.money(1400, 9000))),
                      ("Documento", g.pick([(g.cnh(), "BR_CNH"), (g.rg(), "BR_RG")])),
                      ("PEP", V("não")), ("Endereço", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")),
                      ("Celular", (g.phone(g.pick(["par", "e164"])), "PHONE_NUMBER"))], g.pick(["plain", "dots"]))
    doc.f("\nCONTAS NO MESMO DISPOSITIVO («fp»)\n", fp=fp)
    rows = []
    for _ in range(g.ri(2, 4)):
        p = g.relative(h) if g.chance(0.5) else g.person()
        rows.append([V(player_id(g)), P(g.pick([p.full, p.caps])), (g.cpf(), "BR_CPF"), (g.ip(), "IP_ADDRESS"), V(dbr(g.after(d, -200, -10)))])
    table_ruled(doc, ["conta", "nome", "cpf", "ip_ultimo_login", "cadastro"], rows, g.pick(["plus", "psql", "plain"]))
    doc.t("\nMOVIMENTAÇÃO (30 dias)\n")
    mv = []
    moves = g.moments(g.ri(4, 6), g.after(d, -30, -25), 25)
    for k, t in enumerate(moves):
        tipo = "saque Pix" if k == len(moves) - 1 else g.pick(["depósito Pix", "depósito Pix", "depósito Pix", "saque Pix"])
        if tipo == "saque Pix" and (k == len(moves) - 1 or g.chance(0.5)):
            mv.append([V(ts(t, "br")), V(tipo), V("R$ " + g.money(500, 9000)), V("conta terceiro"), (g.agency(), "BANK_ACCOUNT"),
                       (g.account(), "BANK_ACCOUNT")])
        else:
            mv.append([V(ts(t, "br")), V(tipo), V("R$ " + g.money(100, 1990)), V("própria"), V("—"), V("—")])
    table_ruled(doc, ["data", "tipo", "valor", "titularidade", "agência", "conta"], mv, g.pick(["plus", "psql", "pipe"]))
    if g.chance(0.5):
        doc.f("\nOrigem de recursos alegada: venda de veículo (placa «pl»); recibo não apresentado.\n", pl=(g.plate(), "LICENSE_PLATE"))
    doc.f("\nCONCLUSÃO: movimentação incompatível com a renda declarada e contas vinculadas ao mesmo aparelho. Saque a terceiro "
          "bloqueado. Comunicação ao COAF via SISCOAF nº «c» em «d», nos termos do art. 11 da Lei 9.613/1998 e da Portaria SPA/MF "
          "nº 1.143/2024. Conta de «n» encerrada.\n\nAnalista: «a»\nRevisão: «o» — Diretor«oa» de Compliance — «e»\n",
          c=g.d(8), d=dbr(g.after(d, 1, 10)), n=P(h.first), a=P(an.full), o=P(co.full), oa="a" if co.female else "",
          e=(corp_mail(co, dom, g), "EMAIL_ADDRESS"))
    return doc


def fi_chargeback(g: Gen) -> Doc:
    """Disputes report: debit-card chargebacks and Pix MED refund claims, a leaked DEBUG line, the analyst's note."""
    doc = Doc()
    brand, razao, dom = op(g)
    d = g.day()
    doc.f("«b» — DISPUTAS ABERTAS (chargeback débito / MED Pix) — «d»\n\n", b=brand, d=dbr(d))
    rows, payers = [], []
    n_rows = g.ri(4, 6)
    for k in range(n_rows):
        p = g.person()
        med = g.chance(0.5) and k != n_rows - 1  # at least one card chargeback
        if not med:
            payers.append(p)
        row = [V(dbr(g.after(d, -40, 0))), V("MED" if med else "CBK"), P(g.pick([p.full, p.caps])), (g.cpf(), "BR_CPF")]
        if med:
            row += [(g.agency(), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT"), V("—")]
        else:
            row += [V("—"), V("—"), V(g.pick([f"{g.pick('45')}{g.d(5)}******{g.d(4)}", f"**** {g.d(4)}"]))]
        row += [V(g.money(50, 3000)), V(g.pick(["fraude/conta invadida", "não reconhece", "menor de idade", "golpe do falso suporte",
                                               "autoexcluído", "4837 sem autorização"]))]
        rows.append(row)
    table_ruled(doc, ["data", "tipo", "pagador", "cpf", "agência", "conta", "cartão", "valor", "motivo"], rows, g.pick(["plus", "psql"]))
    holder = g.pick(payers)
    kid = g.relative(holder)
    t = g.moments(1, d, 1)[0]
    doc.f("\n«t» DEBUG gateway.debito payload={\"pan\": \"«c»\", \"holder\": \"«h»\", \"exp\": \"«e»\", \"ip\": \"«ip»\"}\n",
          t=ts(t), c=(g.card(spaced=g.chance(0.5), brand=g.pick(["4", "5"])), "CREDIT_CARD"), h=P(fold(holder.full).upper()),
          e=f"{g.ri(1, 12):02d}/{g.ri(27, 32)}", ip=(g.ip(), "IP_ADDRESS"))
    an = g.person()
    doc.f("\nNota («a»): «h» informa que «k», «i» anos, usou o cartão «dl» escondido; conta aberta com documentos «dt» titular. "
          "Conta encerrada e valores devolvidos. O log DEBUG acima expôs o PAN completo — chamado de segurança aberto e "
          "mascaramento corrigido. Contato do titular: «tel» / «em».\n", em=(g.email(holder), "EMAIL_ADDRESS"), dl="dela" if holder.female else "dele", dt="da" if holder.female else "do", a=P(g.pick([an.full, an.first])), h=P(holder.full),
          k=P(g.pick([kid.first, kid.nick])), i=g.ri(14, 17), tel=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    return doc


def fi_premios_ir(g: Gen) -> Doc:
    """Report of players' net prizes and the 15% income tax (art. 31 of Lei 14.790/2023), with one player's statement."""
    doc = Doc()
    brand, razao, dom = op(g)
    yr = g.pick([2025, 2026])
    acct = g.person()
    doc.f("«r» — CNPJ «c»\nRELATÓRIO DE PRÊMIOS LÍQUIDOS E IRPF (15%) — art. 31 da Lei 14.790/2023 — ano-calendário «y»\n\n",
          r=fold(razao).upper(), c=(g.any_cnpj(), "BR_CNPJ"), y=yr)
    doc.t("CPF          NOME                          PRÊMIOS        APOSTAS        LÍQUIDO        IR 15%\n")
    doc.t("-" * 96 + "\n")
    ps = []
    for _ in range(g.ri(5, 8)):
        p = g.person()
        cpf = g.cpf("raw")
        ps.append((p, cpf))
        pr = g.ri(50000, 9000000)
        ap = g.ri(10000, pr)
        liq = pr - ap
        doc.cell(cpf, 11, "BR_CPF")
        doc.t("  ")
        doc.cell(cut(fold(g.pick([p.full, p.inverted])).upper(), 28), 28, "PERSON")
        doc.t("  ")
        for v in (pr, ap, liq, liq * 15 // 100):
            doc.t(f"{v / 100:>13,.2f}".replace(",", "X").replace(".", ",").replace("X", ".") + "  ")
        doc.text = doc.text.rstrip(" ")
        doc.t("\n")
    doc.t("-" * 96 + "\n\n")
    p, cpf = g.pick(ps)
    doc.f("INFORME AO APOSTADOR\nNome: «n»\nCPF: «c»\nEndereço para correspondência: «a», CEP «cep»\nE-mail: «e»\n",
          n=P(p.full), c=(fmt_cpf(cpf), "BR_CPF"), a=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"), e=(g.email(p), "EMAIL_ADDRESS"))
    doc.f("Prêmios líquidos no ano: R$ «v». Valor já descontado das apostas perdidas no período. «x»\n\nResponsável técnico: «a» — «crc»\n",
          v=g.money(2000, 90000), x=g.pick(["Não constitui comprovante de retenção.", "Apostas anuladas não entram no cálculo.",
                                             "Dúvidas: " + role_mail(g, dom, "contabilidade")]),
          a=P(acct.full), crc=(g.council("CRC"), "PROFESSIONAL_ID"))
    return doc


def fi_comissoes(g: Gen) -> Doc:
    """Affiliate commission statement CSV, with the affiliate manager's e-mail."""
    doc = Doc()
    brand, razao, dom = op(g)
    mgr = g.person()
    d = g.day()
    doc.f("comissoes_afiliados_«m».csv\n", m=f"{d.year}{d.month:02d}")
    rows, affs = [], []
    for _ in range(g.ri(3, 5)):
        p = g.person()
        hd = handle(g, p)
        affs.append((p, hd))
        pj = g.chance(0.35)
        name = (f"{p.last} Produções Digitais ME", None) if pj else (g.pick([p.full, p.caps]), "PERSON")
        doc_id = (g.any_cnpj(), "BR_CNPJ") if pj else (g.cpf(), "BR_CPF")
        kind, key = pix_key(g, p, doc_id[0] if not pj else None)
        ftd = g.ri(0, 400)
        cpa = ftd * g.ri(40, 200)
        rs = g.ri(0, 3000000) / 100
        rows.append([name, doc_id, V(hd), V(str(ftd)), V(f"{cpa:.2f}"), V(f"{rs:.2f}"), V(f"{cpa * 0.015:.2f}" if not pj else "0.00"),
                     V(kind), key, V(g.pick(BANKS)[0]), (g.agency(False), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT")])
    table_csv(doc, ["afiliado", "documento", "perfil", "ftds", "cpa", "revshare", "irrf", "tipo_chave", "chave_pix", "banco", "agencia", "conta"],
              rows, ",")
    (a, ah), (b, _) = g.sample(affs, 2)
    doc.f("\nFrom: «n» <«e»>\nTo: «fin»\nSubject: Pagamento de comissões «m»/«y»\n\nPessoal, segue o arquivo. Duas observações:\n"
          "1) Suspender o pagamento de «a» («h»): vídeo com menores e promessa de renda fácil, contrário à Portaria SPA/MF nº "
          "1.231/2024. O jurídico já notificou.\n2) «b» pediu troca da chave Pix para «k»; confirmei por telefone no «t».\n\n"
          "Abs,\n«n2»\nGerente de Afiliados — «br»\n", n=P(mgr.full), e=(corp_mail(mgr, dom, g), "EMAIL_ADDRESS"),
          fin=role_mail(g, dom, "financeiro"), m=f"{d.month:02d}", y=d.year, a=P(a.full), h=ah, b=P(g.pick([b.first, b.full])),
          k=(g.uuid(), "PIX_KEY"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), n2=P(mgr.first), br=brand)
    return doc


def fi_email_extrato(g: Gen) -> Doc:
    """E-mail thread on a withheld withdrawal (bonus rollover, account ownership) with the player's statement."""
    doc = Doc()
    brand, razao, dom = op(g)
    c = g.person()
    an = g.person()
    cm = g.email(c)
    t1 = g.moments(1, g.day(), 1, (7, 23))[0]
    t2 = t1 + datetime.timedelta(hours=g.ri(2, 30))
    am = corp_mail(an, dom, g)
    doc.f("From: «a» <«am»>\nTo: «c» <«cm»>\nDate: «d»\nSubject: RE: Saque retido há 5 dias\n\n", a=P(an.full), am=(am, "EMAIL_ADDRESS"),
          c=P(c.full), cm=(cm, "EMAIL_ADDRESS"), d=mail_date(t2))
    doc.f("Olá, «n». Analisei sua conta (CPF «cpf») e o saque de R$ «v» ficou retido por dois motivos:\n"
          "1) o bônus de boas-vindas ainda tem rollover pendente (R$ «r» em apostas com odd mínima 1,50);\n"
          "2) a conta de destino cadastrada (agência «ag», conta «ac») está em nome de «t», e pela Portaria SPA/MF nº 615/2024 "
          "o saque só pode ir para conta de mesma titularidade.\n\nSegue seu extrato dos últimos dias:\n\n",
          n=P(c.first), cpf=(g.cpf(), "BR_CPF"), v=g.money(300, 15000), r=g.money(100, 3000), ag=(g.agency(), "BANK_ACCOUNT"),
          ac=(g.account(), "BANK_ACCOUNT"), t=P(g.pick([g.spouse(c).full, g.relative(c).full])))
    rows = []
    for t in g.moments(g.ri(4, 7), t1.date() - datetime.timedelta(days=6), 6):
        kind = g.pick(["DEPÓSITO", "APOSTA", "APOSTA", "PRÊMIO", "BÔNUS"])
        rows.append([V(ts(t, "br")), V(kind), V(ticket_id(g) if kind in ("APOSTA", "PRÊMIO") else e2e(g, t) if kind == "DEPÓSITO" else "BV-100"),
                     V(("-" if kind == "APOSTA" else "+") + g.money(10, 900))])
    table_ruled(doc, ["data", "lançamento", "referência", "valor R$"], rows, g.pick(["plain", "pipe", "psql"]))
    doc.f("\nAtenciosamente,\n«a»\nFinanceiro · «b»\n\n", a=P(g.pick([an.full, an.first])), b=brand)
    doc.f("Em «d», «c» <«cm»> escreveu:\n", d=ts(t1, "br"), c=P(c.full), cm=(cm, "EMAIL_ADDRESS"))
    code, bank = g.pick(BANKS)
    doc.f("> Quero meu dinheiro! Já mandei selfie e documento. Se o problema é a conta, cadastrem esta, que é minha: «bk», "
          "ag «ag», cc «ac». Meu telefone é «p».\n> «s»\n>\n> [enviado pelo formulário de contato · IP «ip»]\n",
          bk=g.pick([bank, f"{bank} ({code})"]), ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"),
          p=(g.phone(), "PHONE_NUMBER"), s=P(g.pick([c.first, c.full, c.nick])), ip=(g.ip(), "IP_ADDRESS"))
    return doc


FI = [fi_log_pix, fi_liquidacao, fi_caso_pld, fi_chargeback, fi_premios_ir, fi_comissoes, fi_email_extrato]


TEMPLATES = {"atendimento": AT, "juridico": globals().get("JU", []), "saude": globals().get("SA", []), "financeiro": globals().get("FI", [])}

CPF_LIKE = re.compile(r"(?<![\d.\-/])(\d{3}\.?\d{3}\.?\d{3}-?\d{2})(?![\d])")
IPV4 = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.]|-\d)(/\d+)?")
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
    # an IPv4 address outside the gold spans is private; IPv6 outside the spans are prefixes
    for m in re.finditer(r"(?<![\w:])2[0-9a-f]{3}:[0-9a-f:]+(/\d+)?", text):
        if free(m):
            assert m.group(1), (rid, m.group(0))
    for m in IPV4.finditer(text):
        if free(m) and not m.group(5):
            assert not is_public(".".join(m.groups()[:4])), (rid, m.group(0))
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
    print("hundredsixth", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
