"""Build the hundred-and-fifth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_hundredfifth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or run),
standalone (own check-digit code, stdlib only, no Faker, no import from afinar or from the other
generators), seed 10505, 280 records: 4 domains x 7 templates x 10 copies.

Register, not used by the earlier sets: HOME MORTGAGES AND REAL-ESTATE FINANCING -- the mortgage
desks of banks and their correspondents (correspondentes bancários Caixa), Minha Casa Minha Vida
and FGTS-funded purchases, developers' sales stands and their brokers, property appraisals (laudos
de avaliação), credit analysis and income proof, the notary and the property registry (escritura,
ITBI, matrícula, registro, intimação), mortgage insurance (MIP for death and disability, DFI for
damage to the property) with its health declarations and claims, foreclosure under the fiduciary
lien (consolidação da propriedade, the auctions of art. 27 of Lei 9.514/1997), renegotiation and
arrears. Layouts: WhatsApp exports (Android and iOS; senders by number, by name, as a company
account or as "Name | Company"), a speech-to-text call transcript (lower case, no accents, numbers
read in groups) with the agent's typed record, e-mail threads with quoted replies ("> ", ">> ",
Outlook "-----Original Message-----"), "Campo: valor" forms, dotted leaders, ruled +---+ boxes,
psql / pipe / plain tables, comma and semicolon CSV, indented JSON, one-line JSON logs, fixed-width
reports (names cut at the field width), a CNAB-like debit return file, OCR'd ALL CAPS scans
(registry certificate, death certificate, INSS letter, FGTS statement, payslip), legal prose
(contract, intimation, auction notice, petition, power of attorney).
- atendimento: (0) WhatsApp chat between a buyer and a Caixa correspondent about an MCMV purchase
  (income, spouse, CPF -- sometimes first mistyped --, birth dates, current address and CEP, PIS
  typed, e-mail or phone, the reserved unit of the launch, the developer's random Pix key for the
  reservation deposit, the agent's corporate e-mail); (1) a speech-to-text call to a bank's housing
  desk about instalments in arrears (identity check with CPF read in groups, spoken birth date,
  mother's name; spoken address of the financed home, CEP, phone) and the typed record;
  (2) an e-mail thread scheduling the appraisal of a resale flat (buyer, correspondent analyst,
  the appraiser engineer/architect with CREA/CAU, e-mail and phone, the seller who opens the flat
  and the seller's spouse, the flat's address and CEP, the appraiser's car plate for the doorman,
  the buyer's CPF in the oldest quoted message); (3) a developer's sales-stand attendance form
  (broker with CRECI, client with CPF, RG or CNH, birth date, partner and partner's CPF, phone,
  e-mail, address, CEP, sometimes PIS for the FGTS, the client's car at the stand parking, a
  simulation table, the manager's name); (4) a CSV export of CRM leads
  (first_name/last_name columns, CPF, phone, e-mail, CEP, broker login, signup IP) with the sales
  coordinator's note; (5) a one-line-JSON log of the bank app's chat (bot, then a human agent;
  session IP, the user's CPF, birth date, new e-mail and phone, sometimes a card number the
  customer types, the financed home's address or the spouse); (6) a consumer complaint on a
  public portal about the lien release after payoff, with the bank's answer and the analyst's
  direct e-mail and phone.
- juridico: (0) a purchase-and-sale contract with fiduciary lien in the SFH (sellers -- people
  with spouses, or a developer with CNPJ and its representative --, buyers qualified with birth
  date, RG or CNH, CPF, sometimes PIS/PASEP for the FGTS and e-mail, address and CEP; the lender's
  CNPJ; the property with matrícula; values; MIP/DFI income shares; witnesses with CPF);
  (1) the registry's intimation to cure the default (art. 26) with the debt table, the clerk's
  certificate (personal delivery with RG, a relative with RG and phone, or "hora certa" through
  the doorman), the electronic intimation e-mail and the expiry certificate; (2) an OCR'd ALL CAPS
  certificate of the property's registry folio (owner, R.1 sale to a couple, R.2 fiduciary lien
  to the lender, AV.3 consolidation, cancellation or change of name; clerk and registrar);
  (3) an auction notice (1st and 2nd auction) naming the former borrowers, with the minutes of the
  second auction (bidders by nickname, the winner with CPF, e-mail, phone and bid IP, the
  auctioneer's random Pix key); (4) a petition to annul the auction for lack of personal
  intimation (authors qualified with RG, CPF, sometimes título de eleitor, e-mail, address, CEP;
  the bank's CNPJ; the home's address; CNJ numbers of precedents; lawyers with OAB and e-mail);
  (5) an ITBI declaration (fixed-width: seller and buyer with CPF and addresses, the property's
  address, CEP, registration numbers) and the notary clerk's e-mail with the deed checklist;
  (6) a public power of attorney to buy and finance a home and use the FGTS (grantor with RG or
  CNH, CPF, sometimes título and birth date; attorney with CNH, CPF, address; notary staff) with
  the correspondent's note.
- saude: (0) a DPS, the personal health declaration for MIP insurance (proponent with CPF, RG,
  birth date, phone, e-mail, address; YES answers detailed with ICD-10 and the attending doctor's
  CRM; the insurer's underwriting doctor with CRM); (1) a MIP permanent-disability claim notice
  and the attending physician's report (hospital CNPJ, patient with CPF, birth date, CNS, the
  financed home, ICD-10, CRM, sometimes a physiotherapist's CREFITO); (2) an OCR'd death
  certificate (deceased's CPF, birth date, parents, doctor with CRM, declarant) and the widowed
  co-borrower's claim letter (CPF, home, CEP, phone, e-mail, an account for refunds);
  (3) an e-mail thread between the insurer's medical auditor and the bank about a pre-existing
  disease not declared in the DPS (patient's CPF and birth date, attending doctor's CRM, the
  family's lawyer with OAB and e-mail, the auditor's CRM); (4) a WhatsApp chat where a borrower's
  son or daughter reports the death (the father's CPF, birth date, sometimes CNS; the doctor who
  signed the death certificate with CRM; the mother's CPF and phone; e-mail); (5) the insurer's
  fixed-width queue of MIP/DFI claims (insured person cut at the field width, CPF, birth date,
  ICD-10 or cause, regulator logins) with the supervisor's notes (a DFI survey at a home by an
  engineer with CREA); (6) an OCR'd INSS decision letter on disability retirement (name, CPF,
  address, CEP) and a psychiatric report (CNS, birth date, ICD-10, the curator, a psychologist's
  CRP, the psychiatrist's CRM) with the claims analyst's note.
- financeiro: (0) a fixed-width evolution table of a SAC mortgage (borrowers cut at the field
  width with CPF, the financed home's address and CEP, phone, the debit agency and account, the
  arrears position, the e-mail it was sent to); (1) an OCR'd FGTS statement (worker, PIS, CPF,
  birth date, employer's CNPJ, linked-account number, deposits) with the correspondent's note;
  (2) an indented JSON export of a credit-analysis proposal (proponents with CPF, RG, título,
  birth date, employer CNPJ, e-mail, phone, current address; the property; the debit account;
  vehicles declared as assets with their plates; origin IP; the analyst) and the analyst's
  opinion; (3) a CNAB-like return file of automatic debits (CPF as the client id, agency, account,
  name cut at 30 characters) with the collection note on rejected debits; (4) a semicolon CSV of a
  mortgage collection queue with the negotiators' log (relatives, a random Pix key, boleto lines,
  a new correspondence address); (5) an OCR'd payslip sent as income proof (employer CNPJ, CPF,
  PIS, salary account) with the analyst's note on income composition (the spouse's CPF, a
  pro-labore company's CNPJ, the accountant's CRC); (6) a developer's monthly statement of sales
  and broker commissions (buyers with CPF, brokers' CRECI, commission Pix keys of any kind, a
  card-gateway error line that leaked a full card number and its holder).

Conventions (the twentieth set's): PERSON covers the name only, never "Sr.", "Sra.", "Dr.", "Dra.",
"seu", "dona", "eng."; particles inside a name (de, da, do, das, dos, e) and suffixes (Filho,
Júnior, Neto, Sobrinho) are part of it; "SURNAME, GIVEN" is one span; first names alone and
nicknames, in lower case or ALL CAPS too, are persons; first_name and last_name columns are one
span each. Staff named in the text are persons: correspondents' agents and analysts, bank
attendants, brokers, sales managers, appraisers, notary clerks and registrars, escreventes,
auctioneers, lawyers, doctors, medical auditors, psychologists, physiotherapists, accountants,
negotiators, regulators, supervisors. Logins and system users ("jzumba", "neg.ricardo",
"mkt-auto", "stand01", regulator logins, bidders' nicknames in the auction minutes), the WhatsApp
business accounts of correspondents and the bots of the bank apps ("Assistente Aurora",
"Estrela", "Luz (assistente virtual)", "HabitaBot") are not persons. Corporate e-mails of people
are EMAIL_ADDRESS; role mailboxes (habitacao@, sinistros.habitacao@) are not labelled. ADDRESS is
street type + name + number + complement, in full, abbreviated, ALL CAPS, lower case or spoken
(never bairro, city or UF; the CEP is BR_CEP, also when read in two groups). Agency and account are
separate BANK_ACCOUNT spans; bank codes and names are not. PIX_KEY only for random (UUID) keys; a
Pix key that is a CPF, a phone or an e-mail takes that label. DATE_OF_BIRTH only for birth dates
(dd/mm/yyyy, d/m/yyyy, dd/mm/yy, ISO, long, ALL CAPS long, spoken "10 do 7 de 1993" or
"22 08 1958"); dates of signature, due dates, admission, death, perícia, hearings and auctions
are not. Masked values ("cartão final 7822", "552584******4344", "**** **** **** 6503") are not
labelled.
Decisions of this set (not settled by BLIND_RULES.md):
- The PROPERTY's address is labelled ADDRESS wherever it is written with street type, name and
  number: the home being bought, sold, financed, appraised, auctioned, paid off, or damaged in a
  DFI claim, in contracts, registry certificates (OCR damage kept as it stands), ITBI forms,
  complaints, JSON and chats -- it is, or becomes, a person's home, and the registry ties it to
  the owner. A unit named only by its development, tower and number ("Torre B, apto 1204 do
  Residencial Jardim Aurora", "casa 112, quadra D") is not an ADDRESS. The developer's seat, its
  sales stand and building site ("Stand de vendas: Rodovia CE-040, km 90", "com sede na ..."), the
  auctioneer's office and the banks' seats are companies' addresses and are not labelled.
- The SELLER is treated like any party: a natural-person seller and the seller's spouse are
  PERSON with their CPF, RG, address and phone labelled. A DEVELOPER (or lender, insurer,
  employer, hospital, correspondent...) is a company: its name is not labelled, its CNPJ is
  BR_CNPJ (numeric and the 2026 alphanumeric form, dotted or raw) and its representative is a
  PERSON. The real public CNPJs of Caixa Econômica Federal and Banco do Brasil are used as the
  lenders' CNPJs and are labelled like any other; the other lenders are invented.
- The registry's MATRÍCULA number ("matrícula nº 98.372 do 6º Ofício de Registro de Imóveis",
  "R.1/160979"), the prenotação, the IPTU / municipal registration, the ITBI guide, the notary's
  book and folio, the digital seals, the death certificate's 32-digit matrícula, the FGTS
  linked-account number ("conta vinculada"), the INSS benefit number (NB), contract, proposal,
  appraisal-report (laudo), policy, claim, lead and protocol numbers, boleto lines, CNAB headers
  and trailers, Pix end-to-end ids are register ids, not labelled.
- PROFESSIONAL_ID includes the council acronym and UF or region: CRM, CREA, CAU, CRECI of an
  individual broker, CRP, CREFITO, OAB and, new here, CRC of an accountant ("CRC/SP 1SP123456/O-8").
  Not labelled: a firm's CRECI (suffix J, "CRECI 13183-J"), the doctor's RQE written after the CRM,
  and an auctioneer's registration at the board of trade ("matrícula JUCESP nº 1.234") -- not a
  professional council.
- Every written phone number is PHONE_NUMBER, also the auctioneer's and the analysts' landlines;
  a phone read in groups in the transcript is labelled as it stands.
- A CPF read in groups in the transcript ("945 305 99000") and a raw CPF used as a user id in an
  app log or as the client id of a CNAB debit record is BR_CPF; adjacent fields of the CNAB record
  (agency, account, name) are separate spans. PIS/PASEP is BR_PIS (FGTS statements, payslips,
  contracts using the FGTS, chats); the CNS of a patient or of a deceased borrower is BR_CNS; a
  CNH shown as identity document is BR_CNH; a título de eleitor in a deed, a petition or a credit
  bureau export is BR_TITULO_ELEITOR.
- The deceased are persons: a dead borrower's name, CPF, birth date and CNS are labelled, and
  so are the parents in the death certificate's filiação, the declarant and the curator.
- LICENSE_PLATE: the appraiser's car announced to the doorman, a client's car at the stand
  parking and vehicles declared as assets in a credit analysis are labelled.
- IP_ADDRESS: public IPv4/IPv6 of an app session, a lead form, a credit proposal or an online
  bid; there are no private addresses in this set.
- CREDIT_CARD: full card numbers (a gateway error line, a number typed by a customer in the app
  chat) are labelled; the holder's name in the gateway line is a PERSON.
- Names cut by a fixed-width field are labelled as they stand; names, words and addresses damaged
  by OCR are labelled as they stand; identifiers in the scans are printed clean.

Names: Brazilian names of many origins -- Portuguese common, regional and old-fashioned (Eulália,
Genoveva, Laudelina, Olegário, Petronilo, Tertuliano, Virgulino), coined (Wemilly, Dhiovanna,
Kethellen, Jhemerson, Kleberson, Richarlyson), Italian, German/Pomeranian, Japanese/Okinawan,
Lebanese/Syrian, Korean, Chinese, Vietnamese, Haitian, Angolan, Cape Verdean, Senegalese,
indigenous, Jewish, Bolivian, Peruvian, Venezuelan, Ukrainian -- with rare or invented name words
well above a quarter (main() prints the share). Names that are also words (Rosa, Luz, Flor,
Vitória, Aurora, Celeste, Estrela, Glória, Esperança, Graça, Bela, Fortunata; Bento, Prudente,
Amado, Clemente, Branco, Justo, Modesto, Leão, Fortunato, Constante, Severo; surnames Rosa, Branco,
Prudente, Amado, Leão, Paz, Cruz, Luz, Torres, Lobo, Neves, Serra, Vale, Estrela, Fortuna, Castelo,
Porto, Palmeira, Ramos) are used as names and, elsewhere, as words and in companies, projects,
bots, places and products, which are not persons: "porcelanato branco", "a luz do apartamento
decorado", "vista para a serra", "seria prudente aguardar o registro", "foi uma vitória",
Construtora Bento Ramos, Leão Empreendimentos, Banco Castelo Habitacional, Fortuna Residencial SPE,
Residencial Jardim Aurora, Condomínio Castelo Branco, Residencial Vale da Luz, Amado Correspondente
Imobiliário, Esperança Construtora, Leilões Fortuna, the bots Aurora, Estrela and Luz, Presidente
Prudente, Bento Gonçalves, Santa Rosa, Nova Aurora, Esperança/PB, Vila Prudente, agência Castelo
Branco, Hospital Municipal Prudente de Morais.

Hard negatives (never labelled): CNJ numbers, 11-digit numbers failing the CPF check (protocols,
contract numbers, IPTU registrations, a mistyped CPF; the script checks every CPF-shaped run
outside a gold span), 16-digit runs (checked to fail Luhn), 15-digit runs (checked not to be
valid CNS), ICD-10 codes (I10, E11.9, C50.9, I21.9, G35, F32.2, F20.0, G30.0, N18.5, I64...),
money, interest rates, areas in m², matrícula and the other register ids above, laws and rules
(Lei 9.514/1997 and its arts. 26 and 27, Lei 11.977/2009, Lei 14.620/2023, Lei 8.036/1990, Lei
13.709/2018, Lei 4.380/64, art. 766 do Código Civil, Resolução CCFGTS), companies and hospitals
named after people or words, streets named after people outside an address (hospital names),
dates that are not births.
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
SEED = 10505
OUT_NAME = "hundredfifth.jsonl"

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
            "Maria José", "Lúcia", "Rita", "Priscila", "Renata", "Carla", "Débora", "Elaine", "Viviane", "Kelly"]
COMMON_M = ["José", "João", "Antônio", "Francisco", "Carlos", "Paulo", "Pedro", "Lucas", "Luiz", "Marcos", "Gabriel",
            "Rafael", "Daniel", "Marcelo", "Bruno", "Eduardo", "Felipe", "Rodrigo", "Gustavo", "Mateus", "Diego",
            "Anderson", "Leandro", "Tiago", "Fábio", "Ricardo", "Alexandre", "João Paulo", "José Carlos", "Raimundo",
            "Sérgio", "Wagner", "Roberto", "Jorge", "Márcio", "Cláudio", "Vinícius"]
RARE_F = ["Eulália", "Genoveva", "Jovelina", "Laudelina", "Mercedina", "Olindina", "Ercília", "Benvinda", "Conceita",
          "Doralice", "Euzébia", "Floripes", "Honorina", "Jandira", "Lindinalva", "Nazinha", "Ozana", "Perpétua",
          "Rosimira", "Santinha", "Terezinha de Jesus", "Umbelina", "Zenaide", "Valquíria", "Cleonice", "Edinalva",
          "Rayssa", "Ketlyn", "Wemilly", "Dhiovanna", "Thaynara", "Kethellen", "Ysabelly", "Jamilly", "Nathiely",
          "Lauanny", "Maysa", "Raíssa", "Gyovana", "Kaylane", "Sthefany", "Evellyn"]
RARE_M = ["Abdias", "Belchior", "Custódio", "Dorival", "Epitácio", "Felisberto", "Genésio", "Hermógenes", "Isaltino",
          "Lindolfo", "Olegário", "Petronilo", "Romualdo", "Saturnino", "Tertuliano", "Virgulino", "Ananias",
          "Brasilino", "Cosme", "Damião", "Elpídio", "Juscelino", "Osmundo", "Valdomiro", "Jhemerson", "Kleberson",
          "Ueslei", "Deyvison", "Richarlyson", "Maycon", "Gleydson", "Welington", "Erisvaldo", "Jucimar",
          "Adenilson", "Rikelmy", "Kawan", "Jhonny", "Dyego", "Wallyson", "Edvaldo"]
WORD_F = ["Rosa", "Luz", "Flor", "Vitória", "Aurora", "Celeste", "Estrela", "Glória", "Pérola", "Maria da Luz",
          "Rosa Maria", "Graça", "Bela", "Fortunata", "Esperança"]
WORD_M = ["Bento", "Prudente", "Amado", "Clemente", "Branco", "Justo", "Modesto", "Leão", "Vitório", "Fortunato",
          "Constante", "Severo"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Pereira", "Ferreira", "Costa", "Rodrigues", "Almeida",
          "Nascimento", "Alves", "Carvalho", "Araújo", "Ribeiro", "Gomes", "Martins", "Rocha", "Barbosa", "Mendes",
          "Freitas", "Cardoso", "Teixeira", "Dias", "Moura", "Vieira", "Nunes", "Batista", "Moreira", "Lopes", "Melo",
          "Cavalcante", "Monteiro", "Correia", "Machado", "Azevedo"]
RARE_SUR = ["Parente", "Holanda Cavalcanti", "Bezerril", "Cisneiros", "Dantas Vilar", "Fialho", "Guedelha",
            "Inojosa", "Jatobá", "Lacerda Paiva", "Marinho Falcão", "Norões", "Ornelas", "Pessoa de Queiroz",
            "Rabelo Viana", "Sucupira", "Timbó", "Valadão", "Zumba", "Arcoverde", "Buarque", "Gondim", "Leitão",
            "Sá Barreto", "Brederodes", "Maranhão", "Coutinho Bastos", "Ataíde", "Bandeira de Mello", "Carapeba",
            "Espíndola", "Frota", "Ibiapina", "Mamede", "Quinderé", "Soriano", "Vasconcelos Sobral", "Xavier Paes",
            "Cunegundes", "Boaventura"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Amado", "Leão", "Paz", "Cruz", "Luz", "Bento", "Torres", "Lobo", "Neves",
            "Serra", "Vale", "Estrela", "Fortuna", "Castelo", "Porto", "Palmeira", "Ramos", "Pinheiro", "Campos"]
NICK = {"Francisca": "Chica", "Francisco": "Chico", "José": "Zé", "Antônio": "Toninho", "Antônia": "Toinha",
        "Raimundo": "Mundinho", "Maria da Luz": "Luzinha", "Luiz": "Lula", "Bento": "Bentinho", "Rosa": "Rosinha",
        "Pedro": "Pedrão", "João": "Joãozinho", "Carlos": "Carlão", "Marcos": "Marquinhos", "Damião": "Dami",
        "Cosme": "Cosminho", "Terezinha de Jesus": "Tê", "Genoveva": "Veva", "Floripes": "Flor", "Honorina": "Nonô",
        "Epitácio": "Tácio", "Felisberto": "Beto", "Valdomiro": "Miro", "Kleberson": "Kleber", "Maycon": "Mayconzinho",
        "Olegário": "Gaio", "Juscelino": "Juca", "Perpétua": "Petinha", "Jandira": "Jan", "Eulália": "Lalá",
        "Fortunato": "Tato", "Esperança": "Pera"}
FOREIGN = {
    "it": (["Graziella", "Loredana", "Nunzia"], ["Salvatore", "Ottavio", "Gianluca"],
           ["Bortolotto", "Pegoraro", "Zanella", "Casagrande", "Menegat", "Dal Pizzol", "Tomasi"]),
    "de": (["Hildegard", "Gerda", "Irmgard"], ["Egon", "Arno", "Dieter"],
           ["Kuhn", "Schroeder", "Wachholz", "Klitzke", "Raasch", "Ponath", "Hammes"]),
    "jp": (["Akemi", "Sachiko", "Harumi", "Yukiko"], ["Takeshi", "Minoru", "Hideo", "Kenji"],
           ["Higa", "Kanashiro", "Nakasone", "Tokunaga", "Oshiro", "Arakaki", "Miyagi", "Shimabukuro"]),
    "ar": (["Samira", "Jamile", "Nadia"], ["Jamil", "Kalil", "Rafic", "Nagib"],
           ["Haddad", "Bechara", "Saad", "Kassab", "Khoury", "Maluf", "Jafet"]),
    "kr": (["Ji-woo", "Hye-jin", "Soo-ah"], ["Dong-hyun", "Sung-min", "Jae-won"], ["Park", "Kang", "Jung", "Yoon", "Cho"]),
    "cn": (["Meiling", "Xiuying", "Lihua"], ["Jianguo", "Wei", "Haoran"], ["Liang", "Huang", "Zhang", "Chen", "Guo"]),
    "ht": (["Nadège", "Guerline", "Widline", "Mirlande"], ["Jean-Robert", "Wesner", "Fritznel", "Jocelin"],
           ["Pierre-Louis", "Désir", "Métellus", "Louissaint", "Dorvilus"]),
    "ao": (["Nzinga", "Luzolo", "Ndilu"], ["Kiala", "Mbemba", "Tchiwale"], ["Ngola", "Kiluange", "Matondo", "Nsimba"]),
    "cv": (["Djamila", "Nilda", "Lenira"], ["Adilson", "Evandro", "Djonny"], ["Tavares Furtado", "Semedo", "Fortes", "Lopes Varela"]),
    "sn": (["Awa", "Fatou", "Ndeye"], ["Abdoulaye", "Mamadou", "Ibrahima"], ["Diop", "Sarr", "Gueye", "Ndiaye"]),
    "in": (["Jaciara", "Moema", "Kerexu", "Yaci"], ["Raoni", "Karai", "Awá", "Potyra"],
           ["Guajajara", "Pataxó", "Terena", "Baniwa", "Potiguara", "Kaingang"]),
    "jw": (["Esther", "Miriam", "Raquel", "Débora"], ["Avraham", "Moisés", "Chaim", "Isaac"],
           ["Goldfarb", "Lerner", "Zylberstajn", "Feldman", "Kuperman", "Szajnbrum"]),
    "bo": (["Ayda", "Nelly", "Eusebia"], ["Grover", "Efraín", "Teodoro"], ["Quispe", "Mamani", "Huanca", "Limachi", "Choque"]),
    "pe": (["Rosmery", "Yesenia"], ["Wilber", "Edgar"], ["Ccori", "Huamán", "Condori", "Apaza"]),
    "ve": (["Yuleisy", "Oriana", "Dayerlin"], ["Yonaiker", "Deiby", "Yorbis"], ["Castellanos", "Urdaneta", "Pernía", "Colmenares"]),
    "ua": (["Oksana", "Halyna"], ["Taras", "Mykola"], ["Kovalenko", "Bondarenko", "Hnatyshyn", "Shevchuk"]),
    "vn": (["Thi Lan", "Mai Anh"], ["Van Minh", "Quoc Bao"], ["Nguyen", "Tran", "Pham"]),
}
RARE_ORIGINS = ("kr", "cn", "ht", "ao", "cv", "sn", "in", "jw", "bo", "pe", "ve", "ua", "vn")
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in RARE_ORIGINS:
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])
RARE.difference_update(["Raquel", "Débora", "Isaac", "Moisés", "Edgar", "Adilson", "Evandro", "Nilda", "Fortes",
                        "Tavares Furtado", "Lopes Varela"])
RARE.update(["Graziella", "Loredana", "Nunzia", "Bortolotto", "Pegoraro", "Menegat", "Dal Pizzol", "Tomasi", "Hildegard",
             "Gerda", "Irmgard", "Egon", "Wachholz", "Klitzke", "Raasch", "Ponath", "Hammes", "Kanashiro",
             "Nakasone", "Tokunaga", "Oshiro", "Arakaki", "Shimabukuro", "Minoru", "Hideo", "Sachiko", "Harumi",
             "Bechara", "Kassab", "Khoury", "Jafet", "Rafic", "Nagib", "Furtado", "Varela"])

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Costa", "Rosa", "Luz", "Paz", "Cruz", "Silva", "Serra", "Estrela", "Rocha", "Fortuna", "Frota", "Palmeira"}
DO_SUR = {"Nascimento", "Vale", "Porto"}
DOS_SUR = {"Santos", "Campos", "Ramos"}


def particle(surname: str) -> str:
    if surname in DA_SUR:
        return "da"
    if surname in DO_SUR:
        return "do"
    if surname in DOS_SUR:
        return "dos"
    return "de"


DDDS = ["11", "12", "13", "15", "16", "17", "18", "19", "21", "22", "24", "27", "31", "32", "34", "35", "41", "43",
        "44", "47", "48", "51", "53", "54", "61", "62", "65", "67", "71", "75", "79", "81", "82", "83", "84", "85",
        "86", "88", "91", "92", "95", "98"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Praça", "Estrada", "Rua"]
STREET_NAMES = ["Barão de Mauá", "Prudente de Morais", "Bento Gonçalves", "Flor de Liz", "da Aurora", "Estrela Dalva",
                "Doutor Olegário Maranhão", "Coronel Lindolfo Parente", "Tiradentes", "Quinze de Novembro",
                "Marechal Deodoro", "da Paz", "Rosa e Silva", "Amado Nervo", "Castro Alves", "Santos Dumont",
                "Irmã Dulce", "dos Mutuários", "Getúlio Vargas", "Sete de Setembro", "das Mangueiras",
                "Senador Petronilo Gondim", "Professora Eulália Frota", "São Bento", "Beira Rio", "Vitória Régia",
                "dos Ipês", "Leão XIII", "Conselheiro Buarque", "Madre Honorina", "Pioneiro Egon Raasch",
                "Doutor Kalil Jafet", "das Acácias", "Dom Pedro II", "Padre Cícero", "Vereador Custódio Ataíde",
                "Nova Esperança", "Casa Grande", "Boa Vontade", "Fortunato Castelo", "Jardim das Palmeiras",
                "Projetada 12", "C-14", "Engenheiro Epitácio Sucupira"]
CITIES = [("São Paulo", "SP"), ("Campinas", "SP"), ("Guarulhos", "SP"), ("Sorocaba", "SP"), ("Ribeirão Preto", "SP"),
          ("Presidente Prudente", "SP"), ("Rio de Janeiro", "RJ"), ("Niterói", "RJ"), ("Nova Iguaçu", "RJ"),
          ("Belo Horizonte", "MG"), ("Contagem", "MG"), ("Uberlândia", "MG"), ("Curitiba", "PR"),
          ("Londrina", "PR"), ("Nova Aurora", "PR"), ("Porto Alegre", "RS"), ("Bento Gonçalves", "RS"),
          ("Santa Rosa", "RS"), ("Canoas", "RS"), ("Florianópolis", "SC"), ("Joinville", "SC"), ("Palhoça", "SC"),
          ("Salvador", "BA"), ("Lauro de Freitas", "BA"), ("Recife", "PE"), ("Jaboatão dos Guararapes", "PE"),
          ("Fortaleza", "CE"), ("Caucaia", "CE"), ("Natal", "RN"), ("João Pessoa", "PB"), ("Maceió", "AL"),
          ("Aracaju", "SE"), ("Teresina", "PI"), ("São Luís", "MA"), ("Belém", "PA"), ("Ananindeua", "PA"),
          ("Manaus", "AM"), ("Goiânia", "GO"), ("Aparecida de Goiânia", "GO"), ("Brasília", "DF"),
          ("Campo Grande", "MS"), ("Cuiabá", "MT"), ("Vitória", "ES"), ("Serra", "ES"), ("Esperança", "PB")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN", "PB", "MT",
       "MS", "PI", "SE", "AL"]
BAIRROS = ["Centro", "Jardim Aurora", "Vila Rosa", "São Bento", "Alto da Paz", "Vila Prudente", "Pinheiros",
           "Boa Viagem", "Jardim Vitória", "Bela Vista", "Parque das Flores", "Vila Estrela", "Cidade Nova",
           "Conjunto Esperança", "Jardim Primavera", "Tijuca", "Aldeota", "Bairro da Luz", "Jardim Prudência",
           "Residencial Bosque Verde", "Loteamento Nova Fortuna", "Messejana", "Cajazeiras", "Campo Grande"]

BANKS = [("001", "Banco do Brasil"), ("237", "Bradesco"), ("341", "Itaú"), ("104", "Caixa"), ("033", "Santander"),
         ("260", "Nu Pagamentos"), ("077", "Banco Inter"), ("756", "Sicoob"), ("748", "Sicredi"), ("336", "C6 Bank"),
         ("070", "BRB"), ("041", "Banrisul")]
LENDERS = [("Caixa Econômica Federal", "00.360.305/0001-04", "caixa.gov.br"),
           ("Caixa Econômica Federal", "00.360.305/0001-04", "caixa.gov.br"),
           ("Banco do Brasil S.A.", "00.000.000/0001-91", "bb.com.br"),
           ("Banco Aurora S.A.", "94.580.730/0001-52", "bancoaurora.com.br"),
           ("Banco Castelo Habitacional S.A.", "21.573.681/0001-57", "castelohabitacional.com.br"),
           ("Leão Banco Múltiplo S.A.", "93.036.426/0001-86", "leaobanco.com.br"),
           ("Banco Vale do Sol S.A.", "21.299.722/0001-69", "bancovaledosol.com.br")]
LENDER_SHORT = {"Caixa Econômica Federal": "CAIXA", "Banco do Brasil S.A.": "BB", "Banco Aurora S.A.": "Banco Aurora",
                "Banco Castelo Habitacional S.A.": "Castelo Habitacional", "Leão Banco Múltiplo S.A.": "Leão Banco",
                "Banco Vale do Sol S.A.": "Vale do Sol"}
CORRESPONDENTS = ["Amado Correspondente Imobiliário", "Casa Fácil Correspondente Caixa", "CrediLar Assessoria Imobiliária",
                  "Estrela Guia Correspondente Bancário", "Morar Bem Crédito Imobiliário", "Chave na Mão Correspondente",
                  "Porto Firme Lar Assessoria", "Leão Financiamentos Imobiliários", "Rosa dos Ventos Crédito"]
DEVELOPERS = ["Construtora Bento Ramos Ltda.", "Leão Empreendimentos Imobiliários S.A.", "Aurora Incorporadora SPE Ltda.",
              "Construtora Palmeira & Castelo", "Vitória Urbanismo e Construções", "Prudente Incorporações Ltda.",
              "Esperança Construtora Eireli", "Gondim Engenharia e Incorporações", "Fortuna Residencial SPE 14 Ltda.",
              "Serra Verde Construtora Ltda."]
PROJECTS = ["Residencial Jardim Aurora", "Condomínio Vila Rosa", "Residencial Flor do Campo", "Parque Estrela do Norte",
            "Residencial Bento Ramos III", "Condomínio Reserva das Palmeiras", "Residencial Nova Esperança",
            "Vitória Park Residence", "Residencial Morada do Sol", "Condomínio Castelo Branco", "Residencial Vale da Luz"]
INSURERS = ["Caixa Vida e Previdência / Caixa Seguradora", "Too Seguros", "Itaú Seguros S.A.", "Bradesco Seguros",
            "Zurich Santander Brasil Seguros", "Aurora Seguradora S.A.", "Mapfre Seguros Gerais", "Justo Seguros Habitacionais"]
HOSPITALS = ["Hospital Municipal Prudente de Morais", "Hospital São Bento", "Santa Casa de Misericórdia",
             "Hospital Regional do Vale", "Instituto do Coração", "Hospital Estadual Doutor Epitácio Sucupira",
             "UPA 24h Jardim Esperança", "Hospital da Luz", "Hospital Santa Rosa", "Hospital Aurora"]
EMPLOYERS = ["Supermercados Leão Ltda.", "Metalúrgica Raasch S.A.", "Transportes Serra Azul", "Colégio Bento XVI",
             "Clínica Vitória de Imagem", "Prefeitura Municipal de Caucaia", "Padaria Flor do Trigo ME",
             "Atacadão Prudente Ltda.", "Hospital Aurora", "Construtora Palmeira & Castelo", "Call Center Estrela Ltda.",
             "Frigorífico Boaventura", "Tecnorte Sistemas Ltda."]
NOTARIES = ["Cartório do 3º Ofício de Notas", "1º Tabelionato de Notas", "Tabelionato Castelo de Notas",
            "Cartório Bento de Notas e Protesto", "2º Tabelião de Notas e de Protesto", "Cartório do 1º Ofício de Notas e Registros"]
AUCTIONEERS = ["Leilões Fortuna", "Porto Leilões Judiciais e Extrajudiciais", "Leiloeira Estrela", "Vale Leilões Online"]
ICD = [("I10", "hipertensão essencial"), ("E11.9", "diabetes mellitus tipo 2"), ("C50.9", "neoplasia maligna da mama"),
       ("I21.9", "infarto agudo do miocárdio"), ("G35", "esclerose múltipla"), ("F32.2", "episódio depressivo grave"),
       ("M51.1", "transtorno de disco lombar com radiculopatia"), ("N18.5", "doença renal crônica estágio 5"),
       ("I64", "acidente vascular cerebral"), ("C34.9", "neoplasia maligna do pulmão"), ("G12.2", "esclerose lateral amiotrófica"),
       ("S14.1", "lesão medular cervical"), ("I50.0", "insuficiência cardíaca congestiva"), ("B20", "doença pelo HIV"),
       ("C18.9", "neoplasia maligna do cólon"), ("H54.0", "cegueira em ambos os olhos"), ("K74.6", "cirrose hepática"),
       ("J44.9", "doença pulmonar obstrutiva crônica"), ("E66.0", "obesidade"), ("M17.0", "gonartrose bilateral")]
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
        if g.startswith("Maria d") or g in ("Rosa Maria", "Maria José", "Ana Paula", "João Paulo", "José Carlos", "Thi Lan", "Mai Anh",
                                                  "Van Minh", "Quoc Bao"):
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
        if kind == "CRECI":
            return self.pick([f"CRECI/{uf} {n}-F", f"CRECI {uf} {dotted}", f"CRECI-{uf} {n}", f"CRECI/{uf} {dotted}-F"])
        if kind == "CAU":
            return self.pick([f"CAU/{uf} A{self.d(5)}-{self.d(1)}", f"CAU A{n}-{self.d(1)}"])
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




# --------------------------------------------------------------------------- register helpers


def lender(g: Gen) -> tuple[str, str, str]:
    """(name, CNPJ as printed, e-mail domain) of a mortgage lender."""
    return g.pick(LENDERS)


def contract_hab(g: Gen) -> str:
    """A housing-finance contract number (never labelled)."""
    return g.pick([f"8.{g.d(4)}.{g.d(7)}-{g.d(1)}", f"1.{g.d(4)}.{g.d(7)}-{g.d(1)}", f"{g.d(3)}.{g.d(5)}-{g.d(2)}",
                   f"CT-HAB-{g.d(6)}", f"{g.ri(2019, 2026)}/{g.d(7)}", f"SFH{g.d(9)}", g.neg(11)])


def matricula(g: Gen) -> str:
    n = g.ri(1200, 289999)
    return g.pick([f"{n:,}".replace(",", "."), str(n), f"{n:,}".replace(",", ".")])


def cri(g: Gen, city: str | None = None) -> str:
    city = city or g.city()[0]
    return g.pick([f"{g.ri(1, 18)}º Registro de Imóveis de {city}", f"{g.ri(1, 6)}º Ofício de Registro de Imóveis de {city}",
                   f"Cartório de Registro de Imóveis da {g.ri(1, 4)}ª Circunscrição de {city}", f"Registro de Imóveis de {city}"])


def iptu(g: Gen) -> str:
    return g.pick([f"{g.d(3)}.{g.d(3)}.{g.d(4)}-{g.d(1)}", f"{g.d(2)}.{g.d(2)}.{g.d(3)}.{g.d(4)}.{g.d(3)}", g.neg(11),
                   f"{g.d(1)}.{g.d(3)}.{g.d(3)}.{g.d(2)}-{g.d(1)}"])


def unit(g: Gen) -> str:
    return g.pick([f"Torre {g.pick('ABCD')}, apto {g.ri(1, 22)}{g.ri(1, 8):02d}", f"Bloco {g.ri(1, 12)}, ap. {g.ri(1, 5)}0{g.ri(1, 8)}",
                   f"casa {g.ri(1, 240)}, quadra {g.pick('ABCDEFGH')}", f"unidade {g.ri(101, 1804)}", f"Bloco {g.pick('ABCDEF')}-{g.ri(101, 504)}"])


def unit_address(g: Gen, style: str = "text") -> str:
    """Street address of a flat or house bought by a person, with its unit: always labelled ADDRESS."""
    a = g.address(style)
    if style != "text" or any(k in a for k in ("apto", "ap.", "casa", "bloco", "lote", "fundos", "térreo")):
        return a
    return a + g.pick([f", apto {g.ri(11, 1804)}", f", casa {g.ri(1, 30)}", f", Bloco {g.pick('ABC')}, apto {g.ri(101, 904)}",
                       f", ap. {g.ri(101, 1202)}", ""])


def site_address(g: Gen) -> str:
    """A developer's seat, sales stand or building site: a company's address, never labelled."""
    return g.pick([f"Avenida {g.pick(['das Nações', 'Beira Mar', 'Perimetral Norte', 'dos Expedicionários'])}, {g.ri(100, 5999)}",
                   f"Rodovia {g.pick(['SP-340', 'BR-101', 'BR-116', 'PE-15', 'CE-040'])}, km {g.ri(2, 90)}",
                   f"Av. {g.pick(['Industrial', 'Paulista', 'Brasil', 'Presidente Kennedy'])}, {g.ri(100, 3999)}, {g.ri(2, 24)}º andar",
                   f"Estrada {g.pick(['do Campo Limpo', 'Velha', 'da Fazendinha'])}, {g.ri(100, 2999)} (em frente à obra)"])


def money_v(g: Gen, lo: int, hi: int) -> float:
    return g.ri(lo * 100, hi * 100) / 100


def brl(v: float) -> str:
    r, c = divmod(round(v * 100), 100)
    return f"{r:,}".replace(",", ".") + f",{c:02d}"


def boleto(g: Gen) -> str:
    return f"{g.d(5)}.{g.d(5)} {g.d(5)}.{g.d(6)} {g.d(5)}.{g.d(6)} {g.d(1)} {g.d(14)}"


def claim_no(g: Gen) -> str:
    return g.pick([f"SIN-{g.ri(2024, 2026)}-{g.d(6)}", f"{g.d(2)}.{g.d(4)}.{g.d(6)}", f"MIP{g.d(8)}", f"AVS {g.d(7)}",
                   f"{g.ri(2024, 2026)}{g.d(7)}"])


def policy_no(g: Gen) -> str:
    return g.pick([f"{g.d(3)}.{g.d(2)}.{g.d(7)}", f"Apólice habitacional {g.d(4)}", f"AP-{g.d(6)}/{g.ri(2, 9)}"])


def laudo_no(g: Gen) -> str:
    return g.pick([f"LA-{g.ri(2024, 2026)}-{g.d(5)}", f"{g.d(4)}.{g.d(4)}.{g.d(6)}/{g.ri(2024, 2026)}", f"PTAM {g.d(3)}/{g.ri(24, 26)}"])


def nb(g: Gen) -> str:
    n = g.d(10)
    return g.pick([f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9]}", n])


def fgts_acct(g: Gen) -> str:
    """An FGTS linked-account number (never labelled; its first 11 digits never pass the CPF check)."""
    while True:
        n = g.d(12)
        if not cpf_ok(n[:11]) and not cpf_ok(n[1:]):
            break
    return g.pick([f"{n[:10]}/{n[10:]}{g.d(2)}", f"{n[:3]}.{n[3:6]}.{n[6:11]}-{n[11]}", f"00{n[:10]}"])


def protocol(g: Gen) -> str:
    return g.pick([f"{g.ri(2024, 2026)}{g.d(8)}", g.neg(11), f"#{g.d(7)}", f"ATD-{g.d(6)}", f"{g.ri(2024, 2026)}/{g.d(6)}",
                   f"{g.d(3)}.{g.d(3)}.{g.d(3)}", f"OUV-{g.d(7)}"])


def lower(s: str) -> str:
    return fold(s).lower()


WORDY = ["A luz do apartamento decorado estava apagada na visita.", "Seria prudente aguardar o registro antes da mudança.",
         "Conseguir a aprovação foi uma vitória para a família.", "O piso do imóvel é porcelanato branco.",
         "Tem um pé de rosa no quintal que a vendedora pediu para manter.", "O condomínio fica a 5 minutos da Estrada da Paz.",
         "A fachada é cor areia com detalhes em rosa.", "Varanda com vista para a serra.", "Imóvel de esquina, muro branco.",
         "A aurora do lançamento foi adiada pela prefeitura.", "Cliente disse que foi uma luta, mas agora tem paz.",
         "A obra está na fase de acabamento, estrela do bairro.", "O leão da Receita não incide sobre o subsídio."]


def word_neg(g: Gen) -> str:
    return g.pick(WORDY)


def wa_line(doc: Doc, t: datetime.datetime, ios: bool, sender: tuple, msg_fn) -> None:
    """One WhatsApp export line; `sender` is (text, label or None); msg_fn(doc) writes the message."""
    doc.t(ts(t, "waios") + " " if ios else ts(t, "wa") + " - ")
    doc.e(sender[0], sender[1])
    doc.t(": ")
    msg_fn(doc)
    doc.t("\n")


def stt_digits(s: str, groups: list[int]) -> str:
    raw = re.sub(r"[^0-9A-Z]", "", s)
    out, i = [], 0
    for n in groups:
        out.append(raw[i:i + n])
        i += n
    if i < len(raw):
        out.append(raw[i:])
    return " ".join(out).lower()

# TEMPLATES_START
# =========================================================================== atendimento


def at_whatsapp_mcmv(g: Gen) -> Doc:
    """WhatsApp chat between a buyer and a Caixa correspondent about a Minha Casa Minha Vida purchase."""
    doc = Doc()
    corr = g.pick(CORRESPONDENTS)
    dev = g.pick(DEVELOPERS)
    proj = g.pick(PROJECTS)
    c = g.person()
    sp = g.spouse(c)
    ag = g.person(female=g.chance(0.7))
    ios = g.chance(0.4)
    by_name = g.chance(0.25)
    csender = (g.pick([c.full, c.short, c.first, c.nick]), "PERSON") if by_name else (g.phone("wa"), "PHONE_NUMBER")
    split = g.chance(0.4)  # the agent's own account, saved as "Name | Company": only the name is a person
    tt = g.moments(18, g.day(), 6, (7, 23))
    if not ios:
        doc.t(ts(tt[0], "wa") + " - As mensagens e ligações são protegidas com a criptografia de ponta a ponta.\n")
    C = lambda k, fn: wa_line(doc, tt[k], ios, csender, fn)  # noqa: E731

    def M(k: int, fn) -> None:
        if not split:
            wa_line(doc, tt[k], ios, (corr, None), fn)
            return
        doc.t(ts(tt[k], "waios") + " " if ios else ts(tt[k], "wa") + " - ")
        doc.e(ag.first, "PERSON")
        doc.t(" | " + corr.split()[0] + ": ")
        fn(doc)
        doc.t("\n")

    C(1, lambda d: d.f("«x»", x=g.pick([f"oi boa noite vi o anuncio do {proj} no insta, consigo pelo minha casa minha vida?",
                                       f"Olá! Quero saber do {proj}, aceita FGTS?", "bom dia, a moça do stand passou seu contato pra simulação"])))
    M(2, lambda d: d.f("Olá! Sou «a», correspondente Caixa credenciad«o» pela «dv» 🏡 Qual a renda bruta familiar? E vocês têm "
                       "mais de 3 anos de carteira assinada (somando todos os empregos)?", a=P(ag.first), o=ag.o, dv=dev))
    sal = g.ri(2400, 8600)
    if sp.female != c.female:
        C(3, lambda d: d.f("eu ganho uns «r» e «o» «s» uns «r2». fgts tenho sim uns «f» mil", r=brl(sal)[:-3], o="minha esposa" if sp.female else "meu marido",
                           s=P(g.pick([sp.first, sp.nick])), r2=brl(g.ri(1400, 3800))[:-3], f=g.ri(4, 60)))
    else:
        C(3, lambda d: d.f("so eu, «r» por mês. fgts uns «f» mil", r=brl(sal)[:-3], f=g.ri(4, 60)))
    M(4, lambda d: d.t("Ótimo! Para a simulação oficial preciso do CPF e da data de nascimento de quem vai compor renda. "
                       "Depois: RG, comprovante de residência, 3 últimos holerites, CTPS digital e extrato do FGTS."))
    if g.chance(0.3):
        C(5, lambda d: d.f("cpf «x»", x=g.neg_cpf()))
        M(6, lambda d: d.t("Esse CPF deu inválido aqui, confere o último número?"))
        C(7, lambda d: d.f("ops «x» nasci «b»", x=(g.cpf(), "BR_CPF"), b=(g.dob(g.pick(["br", "nopad", "short"]), 1965, 2003), "DATE_OF_BIRTH")))
    else:
        C(5, lambda d: d.f("«x»", x=(g.cpf(), "BR_CPF")))
        C(6, lambda d: d.f("nascimento «b»", b=(g.dob(g.pick(["br", "nopad"]), 1965, 2003), "DATE_OF_BIRTH")))
        if sp.female != c.female:
            C(7, lambda d: d.f("«s»: «x», «b»", s=P(g.pick([sp.first, sp.full])), x=(g.cpf(), "BR_CPF"),
                               b=(g.dob("br", 1965, 2004), "DATE_OF_BIRTH")))
        else:
            C(7, lambda d: d.t("é só isso?"))
    sub = g.ri(2, 55) * 1000
    M(8, lambda d: d.f("Simulação: «f», subsídio estimado de R$ «s», parcela inicial de R$ «p» em «n» meses (SAC, «t»% a.a. + TR), "
                       "entrada de R$ «e» que pode sair do FGTS. «w»", f=g.pick(["Faixa 1", "Faixa 2", "Faixa 3"]), s=brl(sub),
                       p=brl(money_v(g, 420, 2400)), n=g.pick([360, 420]), t=g.pick(["4,25", "4,75", "5,00", "6,50", "7,66"]),
                       e=brl(money_v(g, 3000, 30000)), w=g.pick(["Fica tranquilo que dá certo!", "Vou precisar do endereço atual também.", ""])))
    C(9, lambda d: d.f("moro na «a», «b», cep «cep»", a=(g.address(g.pick(["text", "low"])), "ADDRESS"), b=g.pick(BAIRROS),
                       cep=(g.cep(g.chance(0.7)), "BR_CEP")))
    C(10, lambda d: d.t(g.pick(["IMG-20250312-WA0014.jpg (arquivo anexado)", "holerite_marco.pdf (arquivo anexado)", "<Mídia oculta>",
                                "extrato_fgts.pdf • 3 páginas (arquivo anexado)"])))
    r = g.ri(0, 2)
    if r == 0:
        M(11, lambda d: d.t("O número do PIS tá cortado na foto da carteira, consegue me mandar digitado?"))
        C(12, lambda d: d.f("«p»", p=(g.pis(), "BR_PIS")))
    elif r == 1:
        M(11, lambda d: d.f("Me passa um e-mail pra eu mandar o formulário da Caixa pra assinar?"))
        C(12, lambda d: d.f("«e»", e=(g.email(c), "EMAIL_ADDRESS")))
    else:
        M(11, lambda d: d.t("Seu cadastro no CadÚnico tá com outro telefone, qual o atual?"))
        C(12, lambda d: d.f("esse mesmo ou «p» que é d«o» «s»", p=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"),
                            o=sp.o, s=P(g.pick([sp.first, sp.nick]))))
    M(13, lambda d: d.f("Proposta cadastrada no «sys» ✅ Próximo passo: assinatura na agência «ag» e a vistoria da engenharia. "
                        "A unidade reservada é a «u» do «pj».", sys=g.pick(["SIOPI", "sistema da Caixa", "CCA"]),
                        ag=g.pick(["Praça da Sé", "Vila Prudente", "Jardim Aurora", "Centro", "Castelo Branco"]), u=unit(g), pj=proj))
    if g.chance(0.5):
        M(14, lambda d: d.f("Para segurar a unidade, o sinal de R$ «v» vai por Pix para a construtora, chave aleatória «k» "
                            "(favorecido «dv»).", v=g.money(500, 3000), k=(g.uuid(), "PIX_KEY"), dv=dev))
    else:
        C(14, lambda d: d.t(g.pick(["gloria a deus 🙏", "obrigado!!", "👏👏", "vou avisar minha mãe", "que benção"])))
    if g.chance(0.5):
        M(15, lambda d: d.f("Qualquer dúvida me chama aqui ou no e-mail «e». «w»", e=(corp_mail(ag, dom_of(corr)), "EMAIL_ADDRESS"),
                            w=word_neg(g)))
    return doc


def at_transcricao_atraso(g: Gen) -> Doc:
    """Speech-to-text call to a bank's housing desk about instalments in arrears, with the agent's wrap-up."""
    doc = Doc()
    bank, bcnpj, dom = lender(g)
    ag = g.person()
    c = g.person()
    mom = g.person(female=True)
    cpf = g.cpf_digits()
    dd, mm, yy = g.dob_parts(1955, 1998)
    ddd, local = g.msisdn()
    ct = contract_hab(g)
    doc.f("[stt v3 | central habitacao | «b» | ligacao «id» | «dt» | duracao «m»:«s» | operador «lg»]\n\n", b=lower(LENDER_SHORT[bank]),
          id=g.hexs(12), dt=ts(g.moments(1)[0], "sql"), m=f"{g.ri(5, 19):02d}", s=f"{g.ri(0, 59):02d}", lg=login(ag, g))
    A, C = "atendente: ", "cliente: "
    doc.f(A + "central de habitacao boa tarde meu nome e «a» com quem eu falo\n", a=P(lower(g.pick([ag.first, ag.short]))))
    doc.f(C + "e «n» eu to com umas parcelas atrasadas do financiamento da casa\n", n=P(lower(g.pick([c.full, c.short]))))
    doc.f(A + "pra sua seguranca vou confirmar uns dados o cpf por favor\n" + C + "«x»\n",
          x=(stt_digits(cpf, g.pick([[3, 3, 3, 2], [3, 3, 5], [11]])), "BR_CPF"))
    doc.f(A + "data de nascimento\n" + C + "«b»\n", b=(g.pick([f"{dd} de {fold(MONTHS[mm - 1])} de {yy}", f"{dd} do {mm} de {yy}",
                                                                f"{dd:02d} {mm:02d} {yy}"]), "DATE_OF_BIRTH"))
    doc.f(A + "e o nome da sua mae\n" + C + "«m»\n", m=P(lower(mom.full)))
    n_atr = g.ri(2, 7)
    doc.f(A + "obrigad«o» ta confirmado aqui consta «n» prestacoes em aberto do contrato final «f» e o imovel ja ta com "
          "«st»\n", o="a" if ag.female else "o", n=["duas", "tres", "quatro", "cinco", "seis", "sete"][n_atr - 2], f=re.sub(r"\D", "", ct)[-4:],
          st=g.pick(["o prazo de carencia vencido", "a intimacao do cartorio expedida", "a notificacao de cobranca enviada"]))
    doc.f(C + "pois e eu fiquei desempregado «x» e agora voltei a trabalhar queria negociar\n",
          x=g.pick(["em marco", "uns meses", "quase meio ano", "depois da cirurgia"]))
    doc.f(A + "da pra incorporar ao saldo devedor ou usar o fgts pra pagar ate oitenta por cento de doze prestacoes\n"
          + C + "o fgts da nova empresa e pouco mas eu quero ver a incorporacao\n")
    doc.f(A + "o endereco do imovel continua «a»\n" + C + "isso\n", a=(g.address("stt"), "ADDRESS"))
    if g.chance(0.5):
        doc.f(A + "e o cep\n" + C + "«c»\n", c=(stt_digits(g.cep(), [5, 3]), "BR_CEP"))
    doc.f(A + "um telefone atualizado\n" + C + "«p» e whatsapp\n", p=(g.fmt_phone(ddd, local, "stt"), "PHONE_NUMBER"))
    doc.f(A + "vou registrar a proposta e voce recebe o termo por email qual o email\n" + C +
          "o mesmo do cadastro\n" + A + "certo o protocolo e «pr» obrigad«o» pela ligacao\n\n", pr=" ".join(g.d(2) for _ in range(5)),
          o="a" if ag.female else "o")
    doc.t("=== REGISTRO DO ATENDIMENTO ===\n")
    fields = [("Protocolo", V(protocol(g))), ("Mutuário", P(c.full)), ("CPF", (fmt_cpf(cpf), "BR_CPF")),
              ("Nascimento", (fmt_date(dd, mm, yy, "br"), "DATE_OF_BIRTH")), ("Contrato", V(ct)),
              ("Telefone", (g.fmt_phone(ddd, local, g.pick(["par", "plain", "raw"])), "PHONE_NUMBER")),
              ("E-mail (cadastro)", (g.email(c), "EMAIL_ADDRESS")), ("Prestações em atraso", V(f"{n_atr} (R$ {g.money(1800, 14000)})")),
              ("Fase", V(g.pick(["cobrança administrativa", "pré-intimação (art. 26 da Lei 9.514/1997)", "intimação expedida"]))),
              ("Proposta", V(g.pick(["incorporação ao saldo", "pausa de 6 meses", "FGTS p/ 80% de 12 prestações"]))),
              ("Atendente", P(ag.full))]
    kv_block(g, doc, fields, g.pick(["plain", "dots", "box"]))
    return doc


def at_email_avaliacao(g: Gen) -> Doc:
    """E-mail thread scheduling the appraisal (laudo de avaliação) of a resale flat, with quoted replies."""
    doc = Doc()
    corr = g.pick(CORRESPONDENTS)
    cdom = dom_of(corr)
    an = g.person()
    c = g.person()
    seller = g.person()
    eng = g.person()
    eng_dom = g.pick(["engevale.com.br", "avaliarte.eng.br", "laudosul.com.br", "habitaval.com.br"])
    kind = g.pick(["CREA", "CREA", "CAU"])
    city, uf = g.city()
    addr = unit_address(g)
    cep = g.cep()
    t1, t2, t3 = g.moments(3, g.day(), 4, (8, 20))
    ce = g.email(c)
    doc.f("De: «c» <«ce»>\nPara: «a» <«ae»>\nCc: habitacao@«dom»\nData: «t»\nAssunto: RE: Vistoria do imóvel — proposta «pr»\n\n",
          c=P(c.full), ce=(ce, "EMAIL_ADDRESS"), a=P(an.full), ae=(corp_mail(an, cdom), "EMAIL_ADDRESS"), dom=cdom, t=ts(t3, "br"),
          pr=protocol(g))
    doc.f("Oi, tudo bem? Quem vai abrir o apartamento é «o» proprietári«o», «s», o telefone del«e» é «sp». «E» só pode depois das 14h. "
          "«w»\n\nAbs,\n«c»\n\n", o=seller.o, e="a" if seller.female else "e", E="Ela" if seller.female else "Ele",
          s=P(g.pick([seller.full, seller.short])), sp=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"),
          w=g.pick(["A vaga de garagem é a 17, no subsolo.", "O interfone está com defeito, melhor ligar antes.", word_neg(g)]),
          c=P(c.first))
    q = "> "
    doc.f("Em «t», «a» <«ae»> escreveu:\n", t=ts(t2, "br"), a=P(an.full), ae=(corp_mail(an, cdom), "EMAIL_ADDRESS"))
    doc.f(q + "Olá, «c»! A Caixa designou «o» «ek» «e» («cr») para a vistoria do imóvel:\n", c=P(c.first),
          o="a" if eng.female else "o", ek=("arquitet" if kind == "CAU" else "engenheir") + ("a" if eng.female else "o"),
          e=P(eng.full), cr=(g.council(kind, uf), "PROFESSIONAL_ID"))
    doc.f(q + "  «ad» — «ci»/«uf» — CEP «cep»\n", ad=(addr, "ADDRESS"), ci=city, uf=uf, cep=(cep, "BR_CEP"))
    doc.f(q + "  matrícula «m» do «cr» · IPTU «ip»\n", m=matricula(g), cr=cri(g, city), ip=iptu(g))
    if g.chance(0.6):
        doc.f(q + "Para a portaria: «x» vai de «car», placa «pl».\n", x="ela" if eng.female else "ele",
              car=g.pick(["Onix prata", "HB20 branco", "Gol vermelho", "Kwid", "moto Honda CG", "Strada"]), pl=(g.plate(), "LICENSE_PLATE"))
    doc.f(q + "Taxa de avaliação de R$ «v» já debitada. «x» entrará em contato pelo e-mail «ee» ou «ep».\n"
          + q + "Preciso que alguém abra o imóvel. Quem acompanha?\n" + q + "\n" + q + "Att.\n" + q + "«co» | Correspondente Caixa\n\n",
          v=g.pick(["3.100,00", "2.800,00", "3.490,00"]), x=P(eng.first), ee=(g.email(eng, eng_dom), "EMAIL_ADDRESS"),
          ep=(g.phone(), "PHONE_NUMBER"), co=corr)
    doc.f("Em «t», «c» <«ce»> escreveu:\n", t=ts(t1, "br"), c=P(c.full), ce=(ce, "EMAIL_ADDRESS"))
    doc.f(">> Bom dia, já assinei a proposta. «V» é casad«o» com «s2», os dois vão assinar? Meu CPF é «cp» se precisar.\n",
          V="A vendedora" if seller.female else "O vendedor", o=seller.o, s2=P(g.spouse(seller).full), cp=(g.cpf(), "BR_CPF"))
    return doc


def at_ficha_stand(g: Gen) -> Doc:
    """Sales-stand attendance form (ficha de atendimento) of a developer's launch."""
    doc = Doc()
    dev = g.pick(DEVELOPERS)
    proj = g.pick(PROJECTS)
    c = g.person()
    sp = g.spouse(c)
    br = g.person()
    mgr = g.person()
    d = g.day()
    uf = g.pick(UFS)
    doc.f("«dv»\n«pj» — Stand de vendas: «sa»\nFICHA DE ATENDIMENTO Nº «n»          Data: «d»\n\n", dv=fold(dev).upper() if g.chance(0.4) else dev,
          pj=proj.upper(), sa=site_address(g), n=g.d(5), d=dbr(d))
    fields = [("Corretor(a)", P(g.pick([br.full, br.short]))), ("CRECI", (g.council("CRECI", uf), "PROFESSIONAL_ID")),
              ("Cliente", P(g.pick([c.full, c.caps]))), ("CPF", (g.cpf(), "BR_CPF"))]
    r = g.ri(0, 2)
    if r == 0:
        fields.append(("RG", (g.rg(), "BR_RG")))
    elif r == 1:
        fields.append(("CNH", (g.cnh(), "BR_CNH")))
    fields += [("Data de nasc.", (g.dob(g.pick(["br", "short", "nopad"]), 1960, 2004), "DATE_OF_BIRTH")),
               ("Estado civil", V(g.pick(["casado(a) - comunhão parcial", "casado(a)", "união estável", "convivente"]))),
               ("Cônjuge/companheiro(a)", P(sp.full)), ("CPF cônjuge", (g.cpf(), "BR_CPF")),
               ("Celular", (g.phone(), "PHONE_NUMBER")), ("E-mail", (g.email(c), "EMAIL_ADDRESS")),
               ("Endereço atual", (g.address(g.pick(["text", "caps"])), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")),
               ("Profissão / empregador", V(f"{g.pick(['auxiliar administrativo', 'motorista', 'professora', 'técnico de enfermagem', 'vendedor', 'autônomo'])} / {g.pick(EMPLOYERS)}")),
               ("Renda familiar", V(f"R$ {g.money(2500, 14000)}")), ("FGTS > 3 anos", V(g.pick(["SIM", "NÃO", "sim (só o cônjuge)"])))]
    if g.chance(0.5):
        fields.append(("PIS (p/ FGTS)", (g.pis(), "BR_PIS")))
    fields += [
               ("Unidade de interesse", V(unit(g))), ("Como conheceu", V(g.pick(["Instagram", "placa na avenida", "indicação", "panfleto no semáforo"])))]
    kv_block(g, doc, fields, g.pick(["dots", "box", "dots", "plain"]))
    doc.t("\nSIMULAÇÃO (valores estimados, sujeitos à análise de crédito)\n")
    val = g.ri(160, 520) * 1000
    fin = round(val * g.ri(60, 80) / 100)
    rows = [[V("Valor do imóvel"), V(brl(val))], [V("Sinal (ato)"), V(brl(g.ri(1, 8) * 1000))],
            [V("FGTS"), V(brl(g.ri(0, 40) * 1000))], [V("Subsídio MCMV"), V(brl(g.ri(0, 55) * 1000))],
            [V("Financiamento"), V(brl(fin))], [V("Parcelas mensais pré-chaves"), V(f"{g.ri(12, 36)} x R$ {g.money(200, 900)}")]]
    table_ruled(doc, ["Item", "R$"], rows, g.pick(["plus", "plain", "pipe"]))
    if g.chance(0.7):
        doc.f("\nEstacionamento do stand: «c» placa «p»\n", c=g.pick(["Onix", "Sandero", "Saveiro", "Corolla", "moto Fan 160", "HB20S"]),
              p=(g.plate(), "LICENSE_PLATE"))
    doc.f("\nObs. do corretor: «o»\nVisto gerente: «m»\n", o=g.pick([
        f"cliente gostou da {unit(g)}, volta sábado com a sogra.", "pediu para não ligar no horário de trabalho, só WhatsApp.",
        "renda informal do cônjuge (diarista), ver declaração de IR.", word_neg(g)]),
          m=P(g.pick([mgr.short, mgr.first])) if g.chance(0.5) else g.pick(["(rubrica)", "gerência plantão", "ok - ger. vendas"]))
    return doc


def at_crm_leads(g: Gen) -> Doc:
    """CSV export of CRM leads of a launch, with the sales coordinator's note."""
    doc = Doc()
    proj = g.pick(PROJECTS)
    co = g.person()
    d = g.day()
    sep = g.pick([",", ";"])
    doc.f("# export leads_«p»_«d».csv — origem: landing page + Meta Ads — gerado por crm-export\n", p=lower(proj).replace(" ", "_"),
          d=dbr(d, "compact"))
    rows, people = [], []
    for t in g.moments(g.ri(4, 7), d, 5):
        p = g.person()
        people.append(p)
        first = p.given
        last = " ".join(p.surnames)
        if g.chance(0.15):
            first, last = lower(first), lower(last)
        rows.append([V(f"L{g.d(6)}"), V(ts(t, "sql")), P(first), P(last), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF") if g.chance(0.8) else V(""),
                     (g.phone(g.pick(["e164", "raw", "par"])), "PHONE_NUMBER"), (g.email(p), "EMAIL_ADDRESS"),
                     (g.cep(g.chance(0.5)), "BR_CEP") if g.chance(0.8) else V(""), V(g.money(1800, 12000).replace(".", "")), V(g.pick(["F1", "F2", "F3", "SBPE"])),
                     V(g.pick(["cbranco", "rlima", "stand01", "mkt-auto", "jfrota"])), (g.ip(), "IP_ADDRESS") if g.chance(0.8) else V(""),
                     V(g.pick(["novo", "contatado", "simulado", "sem interesse", "duplicado"]))])
    table_csv(doc, ["id", "created_at", "first_name", "last_name", "cpf", "phone", "email", "cep", "renda", "faixa", "corretor_login",
                    "ip_cadastro", "status"], rows, sep)
    p = g.pick(people)
    doc.f("\n-- nota da coordenação («c», «dt»): «f» apareceu duplicado, ligou do «tel» dizendo que o cadastro foi feito pela "
          "«rel». Unificar e distribuir para o login «b». «w»\n", c=P(g.pick([co.first, co.short])), dt=dbr(g.after(d, 1, 6)),
          f=P(g.pick([p.first, p.full])), tel=(g.phone("par"), "PHONE_NUMBER"), rel=g.pick(["filha", "irmã", "corretora do outro stand"]),
          b=g.pick(["cbranco", "rlima", "jfrota", "mpalmeira"]), w=g.pick(["Leads sem CPF não entram na fila do correspondente.", "Campanha pausada na sexta.", ""]))
    return doc


def at_app_chat(g: Gen) -> Doc:
    """One-line JSON log of the bank app's housing chat: bot, then a human agent."""
    doc = Doc()
    bank, bcnpj, dom = lender(g)
    c = g.person()
    ag = g.person()
    bot = g.pick(["Assistente Aurora", "Bia", "HabitaBot", "Luz (assistente virtual)", "Estrela"])
    sess = g.hexs(16)
    ip = g.ip()
    tt = g.moments(12, g.day(), 1, (7, 23))
    ct = contract_hab(g)

    def ev(i: int, who: str, body: str, **vals) -> None:
        head = f'{{"ts": "{ts(tt[i], "iso")}", "session": "{sess}", "channel": "app", "from": "{who}", '
        doc.t(head)
        doc.f(body, **vals)
        doc.t("}\n")

    ev(0, "system", '"event": "session_start", "ip": "«ip»", "app_version": "«v»", "login": "cpf", "user": "«u»"', ip=(ip, "IP_ADDRESS"),
       u=(g.cpf("raw"), "BR_CPF"),
       v=f"7.{g.ri(10, 40)}.{g.ri(0, 9)}")
    ev(1, "bot", '"bot": "«b»", "text": "Olá! Sou a assistente do crédito imobiliário. Em que posso ajudar?"', b=bot)
    ev(2, "customer", '"text": "«x»"', x=g.pick(["quero a segunda via do boleto do financiamento", "preciso amortizar com fgts",
                                                "minha parcela aumentou pq?", "como faço pra usar o fgts na prestação"]))
    ev(3, "bot", '"bot": "«b»", "text": "Para sua segurança, confirme sua data de nascimento."', b=bot)
    ev(4, "customer", '"text": "«d»"', d=(g.dob(g.pick(["br", "nopad", "short"])), "DATE_OF_BIRTH"))
    ev(5, "bot", '"bot": "«b»", "text": "Obrigada! Encontrei o contrato «ct». Vou te transferir para um especialista.", "handoff": true', b=bot, ct=ct)
    ev(6, "agent", '"agent": "«a»", "text": "Oi, «c»! Sou «a2», do crédito imobiliário. Vi aqui «n» em aberto e o seguro MIP em dia."',
       a=P(ag.full), c=P(g.pick([c.first, c.first.upper()])), a2=P(ag.first), n=g.pick(["1 parcela", "2 parcelas", "3 parcelas"]))
    if g.chance(0.5):
        ev(7, "customer", '"text": "posso pagar no cartao? «k» val «v»"', k=(g.card(spaced=g.chance(0.5)), "CREDIT_CARD"),
           v=f"{g.ri(1, 12):02d}/{g.ri(26, 32)}")
        ev(8, "agent", '"agent": "«a»", "text": "Não aceitamos cartão para prestação, e por segurança não digite o número do cartão aqui. Quer atualizar seus contatos?"',
           a=P(ag.first))
        ev(9, "customer", '"text": "quero sim, email «e» e cel «p»"', e=(g.email(c), "EMAIL_ADDRESS"),
           p=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))
    else:
        ev(7, "customer", '"text": "«x»"', x=g.pick(["isso, e quero atualizar meu email e telefone que mudaram", "blz. muda meu email e cel tb pfv"]))
        ev(8, "customer", '"text": "«e»"', e=(g.email(c), "EMAIL_ADDRESS"))
        ev(9, "customer", '"text": "«p»"', p=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))
    if g.chance(0.5):
        ev(10, "customer", '"text": "o imóvel é o da «a», não o antigo"', a=(unit_address(g, g.pick(["text", "low"])), "ADDRESS"))
    else:
        spc = g.spouse(c)
        ev(10, "customer", '"text": "e o boleto sai no nome d«o» «s» tb?"', o=spc.o, s=P(spc.first))
    ev(11, "agent", '"agent": "«a»", "text": "Atualizado! Protocolo «p». O boleto chega no novo e-mail em até 2 horas."', a=P(ag.full),
       p=protocol(g))
    return doc


def at_reclamacao(g: Gen) -> Doc:
    """Consumer complaint on a public portal about the lien release after payoff, with the bank's answer."""
    doc = Doc()
    bank, bcnpj, dom = lender(g)
    c = g.person()
    sp = g.spouse(c)
    an = g.person()
    city, uf = g.city()
    d = g.day()
    ndays = g.ri(35, 140)
    doc.f("RECLAMAÇÃO «n» — «b» — Situação: «s»\n\n", n=f"{d.year}.{g.d(2)}/{g.d(8)}", b=bank, s=g.pick(["Respondida", "Finalizada avaliada", "Encerrada"]))
    fields = [("Consumidor", P(c.full)), ("CPF", (g.cpf(), "BR_CPF")), ("E-mail", (g.email(c), "EMAIL_ADDRESS")),
              ("Telefone", (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")), ("CEP", (g.cep(), "BR_CEP")), ("Cidade/UF", V(f"{city}/{uf}")),
              ("Área", V("Crédito imobiliário")), ("Assunto", V("Demora na liberação do termo de quitação / baixa da alienação fiduciária"))]
    kv_block(g, doc, fields, "plain")
    doc.f("\nRelato: Quitei o financiamento do imóvel da «a», CEP «cep», em «dq», usando o FGTS e uma reserva minha e de «s». "
          "Já se passaram «n» dias e o banco não emitiu o termo de quitação para eu levar ao cartório (matrícula «m»). A «l» dá 30 dias. "
          "Liguei 4 vezes, protocolos «p1» e «p2». Quero o termo e a baixa do gravame.\n", a=(unit_address(g), "ADDRESS"), cep=(g.cep(), "BR_CEP"),
          dq=dbr(d - datetime.timedelta(days=ndays)), s=P(g.pick([sp.first, sp.full])), n=ndays, m=matricula(g),
          l=g.pick(["Lei 9.514/1997", "lei", "Resolução do CMN"]), p1=protocol(g), p2=protocol(g))
    doc.f("\nResposta da empresa («dt»): Prezad«o» «c», o termo de quitação do contrato «ct» foi emitido e enviado ao «cri» por meio do "
          "ONR (e-protocolo «ep»). Pedimos desculpas pela demora. Atenciosamente, «a» — Ouvidoria «b». «w»\n",
          dt=dbr(g.after(d, 2, 9)), o=c.o, c=P(g.pick([c.full, c.first])), ct=contract_hab(g), cri=cri(g, city), ep=f"{g.up(1)}{g.d(9)}",
          a=P(g.pick([an.full, an.short])), b=LENDER_SHORT[bank], w=g.pick(["", "O prazo de registro é do cartório.", "Prazo do ONR: 5 dias úteis."]))
    if g.chance(0.5):
        doc.f("Contato direto do analista: «e» / «p»\n", e=(corp_mail(an, dom), "EMAIL_ADDRESS"), p=(g.phone(mobile=False), "PHONE_NUMBER"))
    doc.f("\nConsideração final do consumidor: «x» Nota: «n»\n", x=g.pick(["Recebi o termo, mas o cartório cobrou taxa.", "Resolvido após a reclamação.",
                                                                        "Demorou demais, mas resolveram."]), n=g.ri(1, 5))
    return doc


AT = [at_whatsapp_mcmv, at_transcricao_atraso, at_email_avaliacao, at_ficha_stand, at_crm_leads, at_app_chat, at_reclamacao]

# =========================================================================== juridico

JOBS_M = ["comerciário", "professor", "motorista", "auxiliar de enfermagem", "analista de sistemas", "autônomo", "servidor público",
          "eletricista", "vendedor", "técnico em edificações", "cabeleireiro", "aposentado", "operador de máquinas", "pedreiro"]
JOBS_F = ["comerciária", "professora", "motorista", "auxiliar de enfermagem", "analista de sistemas", "autônoma", "servidora pública",
          "eletricista", "vendedora", "técnica em edificações", "cabeleireira", "aposentada", "operadora de máquinas", "do lar"]


def qualify(doc: Doc, g: Gen, p: Person, caps: bool = False, rg: bool = True, dob: bool = False, email: bool | str = False,
            addr: bool = True, estado: str | None = None, titulo: bool = False, pis: bool = False) -> None:
    """Qualification of a party in a deed: name, nationality, civil state, job, documents, address."""
    name = fold(p.full).upper() if caps else p.full
    estado = estado or g.pick(["solteir" + p.o, "casad" + p.o + " sob o regime da comunhão parcial de bens", "divorciad" + p.o,
                               "viúv" + p.o, "convivente em união estável"])
    doc.f("«n», «na», «es», «j»", n=P(name), na="brasileira" if p.female else "brasileiro", es=estado, j=g.pick(JOBS_F if p.female else JOBS_M))
    if dob:
        doc.f(", nascid«o» em «d»", o=p.o, d=(g.dob(g.pick(["br", "long"]), 1950, 2003), "DATE_OF_BIRTH"))
    if rg and g.chance(0.2):
        doc.f(", portador«a» da CNH nº «r» (DETRAN/«u»)", a="a" if p.female else "", r=(g.cnh(), "BR_CNH"), u=g.pick(UFS))
    elif rg:
        doc.f(", portador«a» da cédula de identidade RG nº «r» «o»", a="a" if p.female else "", r=(g.rg(), "BR_RG"),
              o=g.pick(["SSP/SP", "SSP/SP", "SSP-SP", "(SSP/SP)"]))
    doc.f(", inscrit«o» no CPF sob o nº «c»", o=p.o, c=(g.cpf("dot"), "BR_CPF"))
    if titulo:
        doc.f(", título de eleitor nº «t»", t=(g.titulo(), "BR_TITULO_ELEITOR"))
    if pis:
        doc.f(", PIS/PASEP «t»", t=(g.pis(), "BR_PIS"))
    if email:
        doc.f(", e-mail «e»", e=(email if isinstance(email, str) else g.email(p), "EMAIL_ADDRESS"))
    if addr:
        city, uf = g.city()
        doc.f(", residente e domiciliad«o» na «a», «b», «c»/«u», CEP «cep»", o=p.o, a=(g.address(), "ADDRESS"), b=g.pick(BAIRROS),
              c=city, u=uf, cep=(g.cep(), "BR_CEP"))


def ju_contrato(g: Gen) -> Doc:
    """Purchase-and-sale contract with fiduciary lien (alienação fiduciária), SFH, with parties, property and values."""
    doc = Doc()
    bank, bcnpj, dom = lender(g)
    city, uf = g.city()
    doc.f("CONTRATO DE COMPRA E VENDA DE IMÓVEL RESIDENCIAL, MÚTUO E ALIENAÇÃO FIDUCIÁRIA EM GARANTIA NO SISTEMA FINANCEIRO DA "
          "HABITAÇÃO — SFH — COM UTILIZAÇÃO DOS RECURSOS DA CONTA VINCULADA DO FGTS\nCONTRATO Nº «n»\n\n", n=contract_hab(g))
    doc.t("A — VENDEDOR(ES): ")
    if g.chance(0.3):
        dev = g.pick(DEVELOPERS)
        rep = g.person()
        doc.f("«d», inscrita no CNPJ sob o nº «c», com sede na «s», neste ato representada por «r», CPF «rc».\n", d=dev,
              c=(g.any_cnpj(), "BR_CNPJ"), s=site_address(g), r=P(rep.full), rc=(g.cpf(), "BR_CPF"))
    else:
        s1 = g.person()
        casado = g.chance(0.6)
        qualify(doc, g, s1, estado=("casad" + s1.o + " sob o regime da comunhão parcial de bens") if casado else None)
        if casado:
            s2 = g.spouse(s1)
            doc.t("; e seu cônjuge ")
            qualify(doc, g, s2, estado="casad" + s2.o, addr=False)
            doc.t(", residente no mesmo endereço")
        doc.t(".\n")
    doc.t("B — COMPRADOR(ES) E DEVEDOR(ES) FIDUCIANTE(S): ")
    b1 = g.person()
    two = g.chance(0.55)
    married = two and g.chance(0.7)
    b2 = (g.spouse(b1) if married else g.person()) if two else None
    use_fgts = g.chance(0.7)
    qualify(doc, g, b1, dob=True, email=g.chance(0.6), pis=use_fgts,
            estado=("casad" + b1.o + " sob o regime da comunhão parcial de bens") if married else None)
    if b2:
        doc.t("; e " + ("seu cônjuge " if married else ""))
        qualify(doc, g, b2, dob=True, addr=False, pis=use_fgts and g.chance(0.6), estado=("casad" + b2.o) if married else None)
    doc.t(".\n")
    doc.f("C — CREDORA FIDUCIÁRIA: «b», instituição financeira, CNPJ «c», com sede em Brasília/DF, por seu representante ao final "
          "assinado.\n", b=fold(bank).upper(), c=(bcnpj, "BR_CNPJ"))
    doc.f("D — IMÓVEL OBJETO: «u» situado na «a», «bb», «ci»/«uf», CEP «cep», objeto da matrícula nº «m» do «cr», inscrição "
          "imobiliária «ip».\n", u=g.pick(["apartamento", "casa térrea", "sobrado", "apartamento com uma vaga de garagem"]),
          a=(unit_address(g), "ADDRESS"), bb=g.pick(BAIRROS), ci=city, uf=uf, cep=(g.cep(), "BR_CEP"), m=matricula(g), cr=cri(g, city),
          ip=iptu(g))
    val = g.ri(180, 900) * 1000
    fgts = g.ri(5, 60) * 1000 if use_fgts else 0
    proprio = g.ri(10, 90) * 1000
    fin = val - fgts - proprio
    taxa = g.pick(["8,16", "9,37", "10,49", "11,29", "7,66"])
    doc.f("E — VALORES E CONDIÇÕES: compra e venda R$ «v»; recursos próprios R$ «p»; recursos da conta vinculada do FGTS R$ «f»; "
          "financiamento R$ «fi»; prazo de amortização «n» meses; sistema de amortização «s»; taxa de juros nominal «t»% a.a.; "
          "primeira prestação com vencimento em «d».\n", v=brl(val), p=brl(proprio), f=brl(fgts), fi=brl(fin), n=g.pick([240, 300, 360, 420]),
          s=g.pick(["SAC", "SAC", "PRICE"]), t=taxa, d=dbr(g.day()))
    pct = g.ri(30, 70) if two else 100
    if two:
        pct = g.ri(30, 70)
        doc.f("F — SEGUROS (MIP e DFI): composição de renda para fins de indenização: «a» «pa»%; «b» «pb»%.\n", a=P(b1.short),
              pa=pct, b=P(b2.short), pb=100 - pct)
    else:
        doc.f("F — SEGUROS (MIP e DFI): composição de renda para fins de indenização: «a» 100%.\n", a=P(b1.short))
    doc.f("\nCLÁUSULA DÉCIMA QUARTA — Em garantia do pagamento da dívida, o(s) DEVEDOR(ES) aliena(m) à CREDORA, em caráter "
          "fiduciário, o imóvel descrito na letra D, nos termos da «l». Vencida e não paga a dívida, no todo ou em parte, e "
          "constituído(s) em mora o(s) fiduciante(s), consolidar-se-á a propriedade em nome da fiduciária (art. 26).\n"
          "CLÁUSULA VIGÉSIMA — Os dados pessoais serão tratados conforme a «lg».\n\n", l=g.pick(["Lei 9.514/1997", "Lei nº 9.514, de 20/11/1997"]),
          lg="Lei 13.709/2018")
    doc.f("«ci», «d».\n\n", ci=city, d=dbr(g.day(), "long"))
    sigs = [b1] + ([b2] if two else [])
    for p in sigs:
        doc.f("_______________________________\n«n»\n", n=P(fold(p.full).upper()))
    w1, w2 = g.person(), g.person()
    doc.f("TESTEMUNHAS: 1) «a» — CPF «ac»   2) «b» — CPF «bc»\n", a=P(w1.full), ac=(g.cpf(), "BR_CPF"), b=P(w2.full),
          bc=(g.cpf(), "BR_CPF"))
    return doc


def ju_intimacao(g: Gen) -> Doc:
    """Registry's intimation to cure the default (art. 26, Lei 9.514/1997) with the clerk's certificates."""
    doc = Doc()
    bank, bcnpj, dom = lender(g)
    city, uf = g.city()
    dev = g.person()
    off = g.person()
    esc = g.person()
    d = g.day()
    addr = unit_address(g)
    doc.f("«cr»\n«o»\n\nINTIMAÇÃO PARA PURGAÇÃO DA MORA — PRENOTAÇÃO Nº «p»\n(«l»)\n\n", cr=cri(g, city).upper(),
          o=g.pick(["Serviço Registral Imobiliário", "Oficial de Registro de Imóveis, Títulos e Documentos", "Registro Eletrônico — ONR"]), p=f"{g.ri(100, 999)}.{g.d(3)}", l=g.pick(["art. 26 da Lei 9.514/1997", "Lei 9.514/97, art. 26, §1º"]))
    doc.f("INTIMAD«o»: «n», CPF «c»\nENDEREÇO: «a», «ci»/«uf», CEP «cep»\nCREDORA: «b», CNPJ «bc»\nCONTRATO: «ct»   MATRÍCULA: «m»\n\n",
          o="A" if dev.female else "O", n=P(fold(dev.full).upper()), c=(g.cpf(), "BR_CPF"), a=(addr.upper(), "ADDRESS"), ci=city, uf=uf,
          cep=(g.cep(), "BR_CEP"), b=bank, bc=(bcnpj, "BR_CNPJ"), ct=contract_hab(g), m=matricula(g))
    doc.f("Fica V. Sa. INTIMAD«o» a satisfazer, no prazo de 15 (quinze) dias, as prestações vencidas e as que vencerem até a data "
          "do pagamento, os juros convencionais, as penalidades e os demais encargos contratuais, sob pena de consolidação da "
          "propriedade do imóvel em favor da credora fiduciária.\n\n", o="A" if dev.female else "O")
    rows, tot = [], 0.0
    for k in range(g.ri(3, 7)):
        v = money_v(g, 900, 4200)
        tot += v
        rows.append([V(f"{k + 1:02d}"), V(dbr(d + datetime.timedelta(days=30 * (k - 8)))), V(brl(v)), V(brl(v * 0.02)), V(brl(v * 1.02))])
    table_ruled(doc, ["Parc.", "Vencimento", "Prestação", "Multa", "Total"], rows, g.pick(["plus", "plain", "psql"]))
    doc.f("Total para purgação: R$ «t» (mais custas e emolumentos de R$ «c»).\n\n", t=brl(tot * 1.07), c=g.money(180, 900))
    doc.t("CERTIDÃO\n")
    r = g.ri(0, 2)
    hm = g.hm()
    if r == 0:
        doc.f("Certifico que em «d», às «h», na «a», intimei pessoalmente «n», que leu a intimação, exarou ciente e recebeu a "
              "contrafé, identificando-se pelo RG nº «rg». Dou fé.\n", d=dbr(g.after(d, 3, 20)), h=hm, a=(addr, "ADDRESS"),
              n=P(dev.full), rg=(g.rg(), "BR_RG"))
    elif r == 1:
        por = g.person(female=False)
        doc.f("Certifico que em «d», às «h», compareci ao endereço indicado e não encontrei «o» intimad«o». O porteiro, Sr. «p», "
              "informou que «n» «x». Retornei em «d2» às «h2», sem êxito, havendo suspeita de ocultação, pelo que procedi à intimação "
              "por hora certa, deixando a contrafé com «p2» (RG «rg»). Dou fé.\n", d=dbr(g.after(d, 3, 20)), h=hm, o=dev.o,
              p=P(por.full), n=P(dev.first), x=g.pick(["só aparece à noite", "viaja a trabalho", "mora lá, mas não atende"]),
              d2=dbr(g.after(d, 21, 25)), h2=g.hm(), p2=P(por.first), rg=(g.rg(), "BR_RG"))
    else:
        rel = g.relative(dev)
        doc.f("Certifico que em «d», às «h», entreguei a intimação a «r», que se declarou «k» d«o» intimad«o», «e», portador«a» do "
              "RG nº «rg», telefone «t». Dou fé.\n", d=dbr(g.after(d, 3, 20)), h=hm, r=P(rel.full), k=g.pick(["filho(a)", "irmão(ã)", "sobrinho(a)"]),
              o=dev.o, e="maior e capaz", a="a" if rel.female else "", rg=(g.rg(), "BR_RG"), t=(g.phone("par"), "PHONE_NUMBER"))
    doc.f("«ci», «d». «e», escrevente autorizad«o».\n\n", ci=city, d=dbr(g.after(d, 26, 32)), e=P(esc.full), o=esc.o)
    if g.chance(0.6):
        doc.f("Intimação também enviada ao endereço eletrônico «e» (art. 26, § 3º-A), sem confirmação de leitura.\n",
              e=(g.email(dev), "EMAIL_ADDRESS"))
    doc.f("CERTIDÃO DE DECURSO DE PRAZO: certifico que decorreu o prazo de 15 dias sem purgação da mora. «x»\n«o»\n",
          x=g.pick(["Segue para averbação da consolidação após o recolhimento do ITBI.", "Comunicada a credora em " + dbr(g.after(d, 40, 60)) + ".",
                    "A credora foi intimada a recolher o ITBI."]), o=P(off.full))
    return doc


def ju_matricula_ocr(g: Gen) -> Doc:
    """OCR'd ALL CAPS certificate of a property's registry folio (matrícula) with its R./AV. entries."""
    doc = Doc()
    bank, bcnpj, dom = lender(g)
    city, uf = g.city()
    m = matricula(g)
    rate = 0.45
    O = lambda s: ocr(s, g, rate)  # noqa: E731
    doc.f(ocr_t("REPUBLICA FEDERATIVA DO BRASIL\n«cr»\nCERTIDAO DE INTEIRO TEOR\n\nLIVRO 2 - REGISTRO GERAL    MATRICULA «m»    FICHA 01\n\n", g, 0.3),
          cr=fold(cri(g, city)).upper(), m=m)
    seller = g.person()
    b1 = g.person()
    b2 = g.spouse(b1)
    addr = fold(unit_address(g)).upper()
    doc.f(ocr_t("IMOVEL: «u» SITUADO(A) NA «a», BAIRRO «b», NESTA CIDADE, COM AREA PRIVATIVA DE «ar» M2 E FRACAO IDEAL DE «fr». "
                "CEP «cep». CADASTRO MUNICIPAL «ip».\n", g, 0.3), u=g.pick(["APARTAMENTO", "CASA", "UNIDADE AUTONOMA"]),
          a=(O(addr), "ADDRESS"), b=fold(g.pick(BAIRROS)).upper(), ar=f"{g.ri(38, 140)},{g.d(2)}", fr=f"0,{g.d(6)}", cep=(g.cep(), "BR_CEP"),
          ip=iptu(g))
    doc.f(ocr_t("PROPRIETARIO: «n», BRASILEIRO(A), RG «rg», CPF «c».\n", g, 0.3), n=P(O(seller.capsf)), rg=(g.rg(), "BR_RG"),
          c=(g.cpf(), "BR_CPF"))
    d = datetime.date(g.ri(2014, 2022), g.ri(1, 12), g.ri(1, 28))
    price = g.ri(150, 800) * 1000
    debt = round(price * g.ri(50, 80) / 100, -3)
    doc.f(ocr_t("\nR.1/«m» - COMPRA E VENDA - PROTOCOLO «p» DE «d». PELA ESCRITURA/CONTRATO COM FORCA DE ESCRITURA PUBLICA "
                "(ART. 61 DA LEI 4.380/64) DE «d2», O PROPRIETARIO TRANSMITIU O IMOVEL A «n1», «j1», CPF «c1», E SEU CONJUGE «n2», "
                "CPF «c2», CASADOS PELO REGIME DA COMUNHAO PARCIAL, RESIDENTES NA «a1», PELO VALOR DE R$ «v».\n", g, 0.3),
          m=m, p=g.d(6), d=dbr(d), d2=dbr(g.after(d, -20, -2)), n1=P(O(b1.capsf)), j1=fold(g.pick(JOBS_F if b1.female else JOBS_M)).upper(), c1=(g.cpf(), "BR_CPF"),
          n2=P(O(b2.capsf)), c2=(g.cpf(), "BR_CPF"), a1=(O(fold(g.address()).upper()), "ADDRESS"), v=brl(price))
    doc.f(ocr_t("R.2/«m» - ALIENACAO FIDUCIARIA - PELO MESMO CONTRATO OS ADQUIRENTES ALIENARAM FIDUCIARIAMENTE O IMOVEL A «b», "
                "CNPJ «bc», EM GARANTIA DA DIVIDA DE R$ «v», PAGAVEL EM «n» PRESTACOES, NOS TERMOS DA LEI 9.514/97. VALOR PARA FINS "
                "DE LEILAO R$ «lv».\n", g, 0.3), m=m, b=fold(bank).upper(), bc=(bcnpj, "BR_CNPJ"), v=brl(debt),
          n=g.pick([360, 420, 300]), lv=brl(round(price * g.ri(100, 125) / 100, -3)))
    r = g.ri(0, 2)
    if r == 0:
        doc.f(ocr_t("AV.3/«m» - CONSOLIDACAO DA PROPRIEDADE - A REQUERIMENTO DA CREDORA, DECORRIDO O PRAZO SEM PURGACAO DA MORA PELOS "
                    "FIDUCIANTES, INTIMADOS NA FORMA DO ART. 26, E COMPROVADO O RECOLHIMENTO DO ITBI (GUIA «gu»), CONSOLIDA-SE A "
                    "PROPRIEDADE EM NOME DE «b».\n", g, 0.3), m=m, gu=g.d(10), b=fold(bank).upper())
    elif r == 1:
        doc.f(ocr_t("AV.3/«m» - CANCELAMENTO - FICA CANCELADA A ALIENACAO FIDUCIARIA DO R.2 EM VIRTUDE DA QUITACAO DADA PELA "
                    "CREDORA EM «d».\n", g, 0.3), m=m, d=dbr(g.after(d, 700, 1400)))
    else:
        doc.f(ocr_t("AV.3/«m» - CASAMENTO/ALTERACAO DE NOME - A ADQUIRENTE PASSOU A ASSINAR «n».\n", g, 0.3), m=m,
              n=P(O(fold(b2.given + " " + g.surname()).upper() + " " + fold(b1.last).upper())))
    esc, off = g.person(), g.person()
    doc.f(ocr_t("\nCERTIFICO QUE A PRESENTE E REPRODUCAO AUTENTICA DA MATRICULA. «ci», «d».\nESCREVENTE: «e»   OFICIAL: «o»\n"
                "SELO DIGITAL «s»\n", g, 0.3), ci=fold(city).upper(), d=dbr(datetime.date(g.pick([2025, 2026]), g.ri(1, 12), g.ri(1, 28))), e=P(O(esc.capsf)), o=P(O(off.capsf)),
          s=f"{g.up(3)}{g.d(5)}-{g.hexs(4, True)}")
    return doc


def ju_edital_leilao(g: Gen) -> Doc:
    """Auction notice (1º e 2º leilão, art. 27 da Lei 9.514/1997) and the minutes of the second auction."""
    doc = Doc()
    bank, bcnpj, dom = lender(g)
    city, uf = g.city()
    lei = g.person()
    dv = g.person()
    dv2 = g.spouse(dv) if g.chance(0.5) else None
    auc = g.pick(AUCTIONEERS)
    d = g.day()
    doc.f("EDITAL DE 1º E 2º LEILÃO PÚBLICO DE IMÓVEL — ALIENAÇÃO FIDUCIÁRIA\n\n«l», leiloeir«o» oficial, matrícula «j» nº «jn», "
          "com escritório na «e» («au»), devidamente autorizad«o» pela credora fiduciária «b», CNPJ «bc», torna público que "
          "realizará leilão, na forma do «lw», do imóvel abaixo descrito, consolidado em nome da credora.\n\n",
          l=P(lei.full), o=lei.o, j=g.pick(["JUCESP", "JUCERJA", "JUCEMG", "JUCEPE"]), jn=g.ri(100, 1999), e=site_address(g), au=auc,
          b=bank, bc=(bcnpj, "BR_CNPJ"), lw=g.pick(["art. 27 da Lei 9.514/1997", "art. 27 da Lei nº 9.514/97"]))
    doc.f("DEVEDOR(ES) FIDUCIANTE(S): «n», CPF «c»", n=P(fold(dv.full).upper()), c=(g.cpf(), "BR_CPF"))
    if dv2:
        doc.f(" e «n», CPF «c»", n=P(fold(dv2.full).upper()), c=(g.cpf(), "BR_CPF"))
    doc.f(".\nIMÓVEL: «a», «ci»/«uf», CEP «cep». Matrícula «m» do «cr». Ocupado. Desocupação por conta do arrematante.\n",
          a=(unit_address(g), "ADDRESS"), ci=city, uf=uf, cep=(g.cep(), "BR_CEP"), m=matricula(g), cr=cri(g, city))
    v1 = g.ri(220, 900) * 1000
    v2 = round(v1 * g.ri(45, 70) / 100)
    d1 = g.after(d, 20, 30)
    d2 = g.after(d1, 7, 15)
    doc.f("1º LEILÃO: «d1» às 10h — lance mínimo R$ «v1».\n2º LEILÃO: «d2» às 10h — lance mínimo R$ «v2».\n"
          "Fica assegurado ao(s) devedor(es) o direito de preferência até a data do 2º leilão (art. 27, § 2º-B).\n"
          "Site: www.«s».com.br — Informações: «t».\n\n", d1=dbr(d1), v1=brl(v1), d2=dbr(d2), v2=brl(v2), s=re.sub(r"[^a-z]", "", lower(auc))[:14],
          t=(g.phone(mobile=False), "PHONE_NUMBER"))
    doc.f("ATA DO 2º LEILÃO — «d»\n", d=dbr(d2))
    bidders = [g.person() for _ in range(g.ri(2, 4))]
    logins = [login(b, g) for b in bidders]
    rows = []
    order = [k % len(bidders) for k in range(g.ri(len(bidders) + 1, len(bidders) * 3))]
    bid = v2
    for t, k in zip(g.moments(len(order), d2, 1, (10, 11)), order):
        bid += g.ri(1, 10) * 1000
        rows.append([V(ts(t, "hms")), V(logins[k]), V(brl(bid))])
    table_ruled(doc, ["Hora", "Licitante (apelido)", "Lance R$"], rows, g.pick(["plain", "plus"]))
    win = bidders[order[-1]]
    doc.f("ARREMATANTE: «n», CPF «c», e-mail «e», telefone «t», lance enviado do IP «ip». Comissão do leiloeiro: 5%.\n",
          n=P(win.full), c=(g.cpf(), "BR_CPF"), e=(g.email(win), "EMAIL_ADDRESS"), t=(g.phone(), "PHONE_NUMBER"), ip=(g.ip(), "IP_ADDRESS"))
    if g.chance(0.5):
        doc.f("Sinal de 20% e comissão pagos via Pix para a conta do leiloeiro, chave aleatória «k», em «d».\n", k=(g.uuid(), "PIX_KEY"),
              d=dbr(g.after(d2, 0, 1)))
    if g.chance(0.4):
        doc.f("Consignado que «n» compareceu e manifestou interesse em exercer o direito de preferência, sem comprovar o depósito.\n",
              n=P(dv.full))
    doc.f("«l» — Leiloeir«o» Oficial\n", l=P(g.pick([lei.full, lei.short])), o=lei.o)
    return doc


def ju_peticao(g: Gen) -> Doc:
    """Petition to annul an extrajudicial auction for lack of personal intimation, with urgent relief."""
    doc = Doc()
    bank, bcnpj, dom = lender(g)
    city, uf = g.city()
    a1 = g.person()
    a2 = g.spouse(a1) if g.chance(0.5) else None
    adv = g.person()
    adv2 = g.person() if g.chance(0.4) else None
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) DOUTOR(A) JUIZ(A) DE DIREITO DA «n»ª VARA CÍVEL DA COMARCA DE «ci»/«uf»\n\n",
          n=g.ri(1, 12), ci=fold(city).upper(), uf=uf)
    doc.t("")
    qualify(doc, g, a1, caps=True, email=True, titulo=g.chance(0.5))
    if a2:
        doc.t(", e ")
        qualify(doc, g, a2, caps=True, addr=False)
        doc.t(", residente no mesmo endereço")
    doc.f(", por «s» advogad«o» que esta subscreve (procuração anexa), vêm propor\n\nAÇÃO ANULATÓRIA DE LEILÃO EXTRAJUDICIAL "
          "C/C PEDIDO DE TUTELA DE URGÊNCIA\n\nem face de «b», inscrita no CNPJ sob o nº «bc», com sede em Brasília/DF, pelos fatos "
          "e fundamentos a seguir.\n\n", s="seu" if not adv2 else "seus", o=adv.o if not adv2 else "s", b=fold(bank).upper(),
          bc=(bcnpj, "BR_CNPJ"))
    dd = g.day()
    doc.f("I — DOS FATOS\nOs autores adquiriram o imóvel situado na «a», CEP «cep» (matrícula «m» do «cr»), financiado pelo contrato "
          "«ct». Em razão de desemprego e de tratamento de saúde de «n», atrasaram «k» prestações. Sem qualquer intimação pessoal — o "
          "oficial limitou-se a certificar, pelo porteiro, que «n2» «x» —, a ré consolidou a propriedade e designou leilão para «d».\n",
          a=(unit_address(g), "ADDRESS"), cep=(g.cep(), "BR_CEP"), m=matricula(g), cr=cri(g, city), ct=contract_hab(g), n=P(a1.first),
          k=g.ri(3, 9), n2=P(a1.first), x=g.pick(["estaria viajando", "não residiria no local", "não atendeu ao interfone"]),
          d=dbr(g.after(dd, 5, 30)))
    doc.f("\nII — DO DIREITO\nA jurisprudência exige a intimação pessoal do devedor também das datas dos leilões (art. 27, § 2º-A, da "
          "«l»). Nesse sentido: TJ«u», Apelação Cível «c1»; TJ«u», Agravo de Instrumento «c2».\n", l="Lei 9.514/1997", u=uf,
          c1=g.cnj("8." + g.pick(["26", "19", "13", "17", "05"])), c2=g.cnj("8." + g.pick(["26", "19", "13", "17", "05"])))
    doc.f("\nIII — DOS PEDIDOS\na) a tutela de urgência para suspender o leilão; b) a anulação da consolidação e dos atos "
          "subsequentes; c) a purgação da mora pelo depósito de R$ «v».\nDá-se à causa o valor de R$ «vc».\n\n«ci», «d».\n\n",
          v=g.money(8000, 60000), vc=g.money(150000, 800000), ci=city, d=dbr(g.day(), "long"))
    for p in [adv] + ([adv2] if adv2 else []):
        doc.f("«n»\n«o» · «e»\n", n=P(g.pick([p.full, fold(p.full).upper()])), o=(g.council("OAB", uf), "PROFESSIONAL_ID"),
              e=(corp_mail(p, g.pick(["frotaadvocacia.adv.br", "leaoeserra.adv.br", "bentoramos.adv.br", "gondimadvogados.com.br"])), "EMAIL_ADDRESS"))
    return doc


def ju_itbi(g: Gen) -> Doc:
    """ITBI transaction declaration (fixed-width form) and the notary clerk's e-mail with the deed checklist."""
    doc = Doc()
    city, uf = g.city()
    s = g.person()
    b = g.person()
    clerk = g.person()
    notary = g.pick(NOTARIES)
    ndom = dom_of(notary.replace("º", "").replace("ª", ""))
    W = 78
    doc.f("PREFEITURA MUNICIPAL DE «ci» — SECRETARIA DA FAZENDA\nDECLARAÇÃO DE TRANSAÇÃO IMOBILIÁRIA — ITBI   GUIA Nº «n»\n«r»\n",
          ci=fold(city).upper(), n=f"{g.ri(2024, 2026)}.{g.d(7)}", r="=" * W)

    def line(label: str, val: tuple) -> None:
        doc.t(f"{label:<22}: ")
        doc.e(val[0], val[1])
        doc.t("\n")

    doc.t("TRANSMITENTE\n")
    line("Nome/Razão social", P(cut(fold(s.full).upper(), 50)))
    line("CPF/CNPJ", (g.cpf(), "BR_CPF"))
    line("Endereço", (cut(fold(g.address()).upper(), 50), "ADDRESS"))
    doc.t("ADQUIRENTE\n")
    line("Nome/Razão social", P(cut(fold(b.full).upper(), 50)))
    line("CPF/CNPJ", (g.cpf(), "BR_CPF"))
    line("Endereço", (cut(fold(g.address()).upper(), 50), "ADDRESS"))
    line("Telefone", (g.phone(g.pick(["par", "raw"])), "PHONE_NUMBER"))
    line("E-mail", (g.email(b), "EMAIL_ADDRESS"))
    doc.t("IMÓVEL\n")
    line("Inscrição imobiliária", V(iptu(g)))
    line("Logradouro", (fold(unit_address(g)).upper(), "ADDRESS"))
    line("CEP", (g.cep(), "BR_CEP"))
    line("Matrícula / cartório", V(cut(f"{matricula(g)} / {fold(cri(g, city)).upper()}", 60)))
    val = g.ri(180, 900) * 1000
    fin = round(val * 0.7)
    line("Natureza", V("COMPRA E VENDA COM FINANCIAMENTO SFH"))
    line("Valor declarado", V(brl(val)))
    line("Valor financiado", V(brl(fin)))
    line("Alíquota", V("0,5% s/ financiado + 2% s/ restante"))
    line("Imposto", V(brl(fin * 0.005 + (val - fin) * 0.02)))
    t1, t2 = g.moments(2, g.day(), 3, (9, 18))
    appt = g.after(t2.date(), 3, 20)
    doc.f("«r»\nVencimento «d» — código de barras «bl»\n\n", r="=" * W, d=dbr(g.after(t2.date(), 1, 3)), bl=boleto(g))
    be = g.email(b)
    doc.f("De: «c» <«ce»>\nPara: «b» <«be»>\nData: «t»\nAssunto: Escritura — minuta e pendências\n\n", c=P(clerk.full),
          ce=(corp_mail(clerk, ndom), "EMAIL_ADDRESS"), b=P(b.full), be=(be, "EMAIL_ADDRESS"), t=ts(t2, "br"))
    doc.f("Prezad«o» «b», segue a minuta da escritura. Para a lavratura ainda faltam:\n- guia do ITBI quitada (acima);\n"
          "- certidão de casamento atualizada de «s» com «sp»;\n- CND de débitos condominiais assinada pelo síndico;\n"
          "- certidão de ônus reais da matrícula (validade 30 dias).\nAgendamento: «d» às «h». «w»\n\n«c»\nEscrevente — «n»\n\n",
          o=b.o, b=P(b.first), s=P(s.full), sp=P(g.spouse(s).full), d=dbr(appt), h=g.pick(["9h30", "10h", "14h", "15h30", "16h"]),
          w=g.pick(["O banco já enviou o contrato para registro.", "Seria prudente trazer os originais.", ""]), c=P(clerk.short), n=notary)
    doc.f("> Em «t», <«b»> escreveu:\n> Boa tarde, o vendedor mora em outra cidade, pode assinar por procuração? O telefone dele é «p».\n",
          t=ts(t1, "br"), b=(be, "EMAIL_ADDRESS"), p=(g.phone(), "PHONE_NUMBER"))
    return doc


def ju_procuracao(g: Gen) -> Doc:
    """Public power of attorney to buy and finance a home, use the FGTS and register the deed."""
    doc = Doc()
    bank, bcnpj, dom = lender(g)
    city, uf = g.city()
    notary = g.pick(NOTARIES)
    tab = g.person()
    esc = g.person()
    out = g.person()
    att = g.relative(out) if g.chance(0.6) else g.person()
    oe = g.email(out)
    doc.f("«n» — «ci»/«uf»\nLIVRO «l» — FOLHAS «f»\n\nPROCURAÇÃO BASTANTE QUE FAZ(EM): «o»\n\n", n=fold(notary).upper(), ci=city.upper(),
          uf=uf, l=g.ri(100, 4000), f=f"{g.ri(1, 399):03d}", o=P(fold(out.full).upper()))
    doc.f("Aos «d», neste «n», perante mim, escrevente, compareceu como OUTORGANTE: ", d=fold(dbr(g.day(), "long")), n=notary)
    qualify(doc, g, out, dob=g.chance(0.5), email=oe if g.chance(0.5) else False, titulo=g.chance(0.5))
    doc.t("; reconhecid" + out.o + " como " + ("a própria" if out.female else "o próprio") + " por mim, à vista dos documentos. E por " +
          ("ela" if out.female else "ele") + " me foi dito que nomeia e constitui seu(sua) bastante procurador(a) ")
    doc.f("«n», portador«x» da CNH nº «c», CPF «cp», com endereço na «a», CEP «cep»", n=P(att.full), x="a" if att.female else "",
          c=(g.cnh(), "BR_CNH"), cp=(g.cpf(), "BR_CPF"), a=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"))
    doc.f(", a quem confere poderes para: adquirir o imóvel situado na «a» («ci»/«uf»), matrícula «m» do «cr», pelo preço e "
          "condições que ajustar; assinar o contrato de financiamento com alienação fiduciária junto à «b» (CNPJ «bc»); movimentar "
          "a conta vinculada do FGTS do(a) outorgante para pagamento de parte do preço, nos termos da «l»; recolher o ITBI; "
          "requerer registros e averbações; podendo substabelecer.\n", a=(unit_address(g), "ADDRESS"), ci=city, uf=uf,
          m=matricula(g), cr=cri(g, city), b=bank, bc=(bcnpj, "BR_CNPJ"), l=g.pick(["Lei 8.036/1990", "Lei nº 8.036/90", "legislação do FGTS"]))
    doc.f("Motivo declarado: «x». Emolumentos: R$ «e». Selo «s».\nEu, «es», escrevente, lavrei. Eu, «t», tabeliã(o), subscrevo.\n",
          x=g.pick([out.o + " outorgante reside temporariamente no Japão (Hamamatsu)", "tratamento de saúde", "trabalho embarcado em plataforma",
                    out.o + " outorgante reside em Portugal"]), e=g.money(120, 600), s=f"{g.up(4)}{g.d(6)}", es=P(esc.full), t=P(tab.full))
    if g.chance(0.6):
        doc.f("\nNota do correspondente («c»): procuração conferida; a DPS do seguro MIP tem que ser assinada pel«o» própri«o» "
              "outorgante (não cabe procuração). Mandar por e-mail para «e».\n", c=P(g.person().first), o=out.o,
              e=(oe, "EMAIL_ADDRESS"))
    return doc


JU = [ju_contrato, ju_intimacao, ju_matricula_ocr, ju_edital_leilao, ju_peticao, ju_itbi, ju_procuracao]

# =========================================================================== saude

DPS_Q = ["Está em tratamento médico ou faz uso contínuo de medicamentos?",
         "Sofre ou sofreu de doença do coração, hipertensão arterial, diabetes ou AVC?",
         "Teve câncer, tumor ou fez quimioterapia/radioterapia?",
         "Foi internado(a) ou operado(a) nos últimos 5 anos?",
         "É portador(a) de doença renal, hepática, pulmonar ou neurológica?",
         "É portador(a) de deficiência física, visual, auditiva ou mental?",
         "Está afastado(a) do trabalho ou aposentado(a) por invalidez?",
         "Pratica esporte ou atividade de risco (motociclismo, mergulho, voo livre)?",
         "É portador(a) do vírus HIV ou de doença autoimune?"]


def sa_dps(g: Gen) -> Doc:
    """DPS — personal health declaration for MIP mortgage insurance, with the insurer's medical underwriting."""
    doc = Doc()
    bank, bcnpj, dom = lender(g)
    ins = g.pick(INSURERS)
    c = g.person()
    doc_ = g.person()
    und = g.person()
    uf = g.pick(UFS)
    doc.f("«i»\nDECLARAÇÃO PESSOAL DE SAÚDE E ATIVIDADE — DPS\nSeguro habitacional MIP · «ap» · Estipulante: «b» · Contrato «ct»\n\n",
          i=ins, ap=policy_no(g), b=bank, ct=contract_hab(g))
    h = g.ri(150, 195)
    fields = [("Proponente", P(g.pick([c.full, c.caps]))), ("CPF", (g.cpf(), "BR_CPF")),
              ("Data de nascimento", (g.dob(g.pick(["br", "br", "nopad", "iso"]), 1950, 2003), "DATE_OF_BIRTH")),
              ("Sexo", V("F" if c.female else "M")), ("Altura / peso", V(f"{h // 100},{h % 100:02d} m / {g.ri(48, 130)} kg")),
              ("Profissão", V(g.pick(["motorista de aplicativo", "professor(a)", "auxiliar de produção", "técnico(a) de enfermagem",
                                      "vigilante", "analista administrativo", "comerciante"]))),
              ("Participação no seguro", V(f"{g.pick([100, 50, 60, 40, 70, 30])}%")), ("Celular", (g.phone(), "PHONE_NUMBER")),
              ("E-mail", (g.email(c), "EMAIL_ADDRESS"))]
    if g.chance(0.6):
        fields[2:2] = [("RG", (g.rg(), "BR_RG"))]
    if g.chance(0.6):
        fields += [("Endereço residencial", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP"))]
    kv_block(g, doc, fields, g.pick(["box", "dots", "plain"]))
    doc.t("\n")
    yes = set(g.sample(range(len(DPS_Q)), g.ri(0, 2)))
    for k, q in enumerate(DPS_Q, 1):
        doc.f("«k». «q» («s») SIM  («n») NÃO\n", k=k, q=q, s="X" if k - 1 in yes else " ", n=" " if k - 1 in yes else "X")
    if yes:
        code, name = g.pick(ICD)
        doc.f("\nDetalhamento das respostas SIM: «x» (CID «c») desde «y», acompanhamento com «d» («cr»), «m».\n",
              x=name, c=code, y=g.ri(2008, 2024), d=P(doc_.full), cr=(g.council("CRM", uf), "PROFESSIONAL_ID"),
              m=g.pick(["uso de losartana 50 mg", "controlado", "em remissão", "fez cirurgia em 2019"]))
    doc.f("\nDeclaro que as informações acima são verdadeiras e completas, ciente de que omissões podem acarretar a perda do direito "
          "à indenização (art. 766 do Código Civil).\n«ci», «d».   Assinatura: «n»\n", ci=g.city()[0], d=dbr(g.day()),
          n=P(g.pick([c.full, c.short])))
    doc.t("\n--- USO DA SEGURADORA ---\n")
    doc.f("Subscrição médica: «r». Analisado por «u» («cr»). «x»\n",
          r=g.pick(["ACEITO SEM RESTRIÇÕES", "ACEITO COM EXCLUSÃO DE DOENÇA PREEXISTENTE DECLARADA", "PENDENTE — SOLICITAR RELATÓRIO MÉDICO",
                    "ACEITO COM AGRAVO"]), u=P(g.pick([und.full, und.short])), cr=(g.council("CRM", g.pick(UFS)), "PROFESSIONAL_ID"),
          x=g.pick(["Sem pendências.", "Exames: ECG e glicemia de jejum.", "Prazo de validade da DPS: 90 dias."]))
    return doc


def sa_relatorio_invalidez(g: Gen) -> Doc:
    """Claim notice for MIP permanent disability with the attending physician's report."""
    doc = Doc()
    bank, bcnpj, dom = lender(g)
    ins = g.pick(INSURERS)
    p = g.person()
    med = g.person()
    hosp = g.pick(HOSPITALS)
    uf = g.pick(UFS)
    code, name = g.pick(ICD)
    d = g.day()
    doc.f("AVISO DE SINISTRO — MIP / INVALIDEZ PERMANENTE\nSeguradora: «i»   Sinistro: «s»   Contrato: «ct»\n\n", i=ins, s=claim_no(g),
          ct=contract_hab(g))
    dd, mm, yy = g.dob_parts(1950, 1995)
    fields = [("Segurado(a)", P(p.full)), ("CPF", (g.cpf(), "BR_CPF")), ("Nascimento", (fmt_date(dd, mm, yy, "br"), "DATE_OF_BIRTH")),
              ("Imóvel financiado", (unit_address(g), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")), ("Telefone", (g.phone(), "PHONE_NUMBER")),
              ("E-mail", (g.email(p), "EMAIL_ADDRESS")),
              ("Data do evento (laudo)", V(dbr(d))), ("Comunicante", V(g.pick(["o próprio segurado", "cônjuge", "procurador"])))]
    kv_block(g, doc, fields, g.pick(["plain", "dots"]))
    doc.f("\n«h» — CNPJ «c»\nRELATÓRIO MÉDICO\n\nPaciente: «n»   Data de nascimento: «b»   CNS: «cns»\nProntuário: «pr»\n\n",
          h=hosp, c=(g.any_cnpj(), "BR_CNPJ"), n=P(fold(p.full).upper() if g.chance(0.5) else p.full), b=(fmt_date(dd, mm, yy, g.pick(["br", "nopad", "short"])), "DATE_OF_BIRTH"),
          cns=(g.cns(), "BR_CNS"), pr=g.d(7))
    doc.f("Atesto, para fins de seguro habitacional, que «o» paciente acima está em acompanhamento neste serviço desde «y», com "
          "diagnóstico de «x» (CID-10 «c»)«z». Evoluiu com «e». Apresenta incapacidade TOTAL e PERMANENTE para o exercício de "
          "qualquer atividade laborativa, sem perspectiva de reabilitação. «w»\n\n", o="a" if p.female else "o", y=g.ri(2015, 2025),
          x=name, c=code, z=g.pick(["", f" e CID-10 {g.pick(ICD)[0]} associado", ""]),
          e=g.pick(["piora progressiva apesar do tratamento", "sequelas funcionais graves", "limitação importante para as atividades diárias",
                    "necessidade de auxílio de terceiros", "internações repetidas no último ano"]),
          w=g.pick(["Acompanhada pela esposa.", "Aposentado pelo INSS (NB " + nb(g) + ").", "Uso de cadeira de rodas.", ""]))
    doc.f("«ci», «d».\n«m»\n«cr» · RQE nº «rq»\n", ci=g.city()[0], d=dbr(g.after(d, 2, 40)), m=P(g.pick([med.full, fold(med.full).upper()])),
          cr=(g.council("CRM", uf), "PROFESSIONAL_ID"), rq=g.d(5))
    if g.chance(0.5):
        ft = g.person()
        doc.f("Relatório complementar de fisioterapia: «f», «cr» — escala de Barthel «b»/100.\n", f=P(ft.full),
              cr=(g.council("CREFITO"), "PROFESSIONAL_ID"), b=g.ri(10, 60))
    return doc


def sa_obito_ocr(g: Gen) -> Doc:
    """OCR'd death certificate sent with the MIP death claim, and the co-borrower's cover letter."""
    doc = Doc()
    bank, bcnpj, dom = lender(g)
    ins = g.pick(INSURERS)
    dec = g.person()
    sp = g.spouse(dec)
    father, mother = g.person(female=False), g.person(female=True)
    med = g.person()
    decl = g.pick([sp, g.relative(dec)])
    city, uf = g.city()
    O = lambda s: ocr(s, g, 0.4)  # noqa: E731
    (code1, name1), (code2, name2) = g.sample(ICD, 2)
    d = g.day()
    bd, bm, by = g.dob_parts(1945, 1987)
    age = d.year - by - ((d.month, d.day) < (bm, bd))
    doc.f(ocr_t("REPUBLICA FEDERATIVA DO BRASIL\nREGISTRO CIVIL DAS PESSOAS NATURAIS\nCERTIDAO DE OBITO\n\n", g, 0.3))
    doc.f(ocr_t("NOME: «n»\nCPF: «c»\nMATRICULA: «m»\n", g, 0.2), n=P(O(dec.capsf)), c=(g.cpf(), "BR_CPF"),
          m=f"{g.d(6)} {g.d(2)} {g.d(2)} {d.year} {g.d(1)} {g.d(5)} {g.d(3)} {g.d(7)} {g.d(2)}")
    doc.f(ocr_t("SEXO: «s»   COR: «co»   ESTADO CIVIL E IDADE: «e», «i» ANOS\n", g, 0.2), s="FEMININO" if dec.female else "MASCULINO",
          co=g.pick(["PARDA", "BRANCA", "PRETA", "AMARELA"]), e="CASADA" if dec.female else "CASADO", i=age)
    doc.f(ocr_t("NATURALIDADE: «na»   DATA DE NASCIMENTO: «b»\nFILIACAO: «f» E «mo»\n", g, 0.2), na=fold(g.city()[0]).upper(),
          b=(fmt_date(bd, bm, by, g.pick(["br", "caps"])), "DATE_OF_BIRTH"), f=P(O(father.capsf)), mo=P(O(mother.capsf)))
    doc.f(ocr_t("DATA E HORA DO FALECIMENTO: «d» AS «h»\nLOCAL DO FALECIMENTO: «l»\nCAUSA DA MORTE: «c1» (CID «k1»); «c2» (CID «k2»)\n", g, 0.25),
          d=dbr(d), h=g.hm(), l=fold(g.pick(HOSPITALS)).upper(), c1=fold(name1).upper(), k1=code1, c2=fold(name2).upper(), k2=code2)
    doc.f(ocr_t("NOME E CRM DO MEDICO QUE ATESTOU: «m» - «cr»\nDECLARANTE: «dc»\nSEPULTAMENTO: CEMITERIO «ce»\n", g, 0.25),
          m=P(O(med.capsf)), cr=(g.council("CRM", uf), "PROFESSIONAL_ID"), dc=P(O(decl.capsf)),
          ce=g.pick(["DA SAUDADE", "SAO BENTO", "PARQUE DA PAZ", "MUNICIPAL DA ESPERANCA", "JARDIM DA ETERNIDADE"]))
    doc.f(ocr_t("OBSERVACOES: DEIXOU BENS. DEIXOU «k» FILHOS. ERA ELEITOR.\n", g, 0.2), k=g.ri(1, 4))
    doc.f(ocr_t("O REFERIDO E VERDADE E DOU FE. «ci», «dd». «o»\n\n", g, 0.25), ci=fold(city).upper(), dd=dbr(g.after(d, 1, 3)),
          o=g.pick(["O OFICIAL", "OFICIAL DE REGISTRO CIVIL", "ESCREVENTE AUTORIZADO"]))
    doc.t("-" * 60 + "\n")
    doc.f("À «i» — Comunicação de sinistro MIP (morte)\nContrato «ct» — «b»\n\n", i=ins, ct=contract_hab(g), b=bank)
    doc.f("Eu, «n», CPF «c», cônjuge e codevedor«x» d«o» segurad«o» «d», comunico o falecimento ocorrido em «dt» e requeiro a "
          "quitação proporcional à composição de renda («p»%). Imóvel: «a», CEP «cep». Contato: «t» / «e».\n",
          n=P(sp.full), c=(g.cpf(), "BR_CPF"), x="a" if sp.female else "", a=(unit_address(g), "ADDRESS"), o=dec.o, d=P(dec.full),
          dt=dbr(d), p=g.pick([50, 60, 70, 100, 40]), cep=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"), e=(g.email(sp), "EMAIL_ADDRESS"))
    if g.chance(0.7):
        code, bname = g.pick(BANKS)
        doc.f("Para devolução das prestações pagas após o óbito: «b», agência «ag», conta «ac», titular «n».\n", b=bname,
              ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"), n=P(sp.short))
    return doc


def sa_email_auditoria(g: Gen) -> Doc:
    """E-mail thread between the insurer's medical auditor and the bank about a pre-existing disease in a MIP claim."""
    doc = Doc()
    bank, bcnpj, dom = lender(g)
    ins = g.pick(INSURERS)
    idom = dom_of(ins.split("/")[0])
    aud = g.person()
    an = g.person()
    p = g.person()
    att = g.person()
    law = g.person()
    code, name = g.pick(ICD)
    t1, t2, t3 = g.moments(3, g.day(), 9, (8, 20))
    hosp = g.pick(HOSPITALS)
    uf = g.pick(UFS)
    doc.f("From: «a» <«ae»>\nTo: sinistros.habitacao@«dom»\nCc: «ne»\nDate: «t»\nSubject: RE: RE: Sinistro «s» — «x» — análise de "
          "preexistência\n\n", a=P(aud.full), ae=(corp_mail(aud, idom), "EMAIL_ADDRESS"), dom=dom, n=P(an.full), ne=(corp_mail(an, dom), "EMAIL_ADDRESS"),
          t=ts(t3, "br"), s=claim_no(g), x=P(fold(p.short).upper()))
    dps = t1.date() - datetime.timedelta(days=g.ri(200, 900))
    doc.f("Prezados,\n\nConcluí a análise. A DPS foi assinada em «d» com todas as respostas NÃO. O prontuário do «h» registra «x» "
          "(CID «c») desde «y», em acompanhamento com «m» («cr»). Trata-se de doença preexistente conhecida e não declarada; "
          "recomendo a negativa com base no art. 766 do Código Civil.\n\nDados conferidos: segurad«o» «n», CPF «cp», nascid«o» em «b».\n\n"
          "«a2»\nMédic«ao» auditor«a» — «cra»\n«i»\n\n", d=dbr(dps), h=hosp, x=name, c=code, y=g.ri(2010, dps.year - 1) if dps.year > 2011 else 2010,
          m=P(att.full), cr=(g.council("CRM", uf), "PROFESSIONAL_ID"), o=p.o, n=P(p.full), cp=(g.cpf(), "BR_CPF"),
          b=(g.dob("br", 1950, 1990), "DATE_OF_BIRTH"), a2=P(aud.short), ao=aud.o, a="a" if aud.female else "", cra=(g.council("CRM"), "PROFESSIONAL_ID"),
          i=ins)
    doc.f("-----Original Message-----\nFrom: «n» <«ne»>\nSent: «t»\n\n", n=P(an.full), ne=(corp_mail(an, dom), "EMAIL_ADDRESS"), t=ts(t2, "br"))
    doc.f("Dr«a». «au», «ad» da família, «l» («oab», «le»), pede prioridade: «vv» está com a prestação em atraso. Seguem o "
          "relatório do «h» e os exames. Telefone da família: «tf».\n«n»\n\n", a="a" if aud.female else "", au=P(aud.last), l=P(law.full),
          vv="o viúvo" if p.female else "a viúva", ad="a advogada" if law.female else "o advogado",
          oab=(g.council("OAB", uf), "PROFESSIONAL_ID"), le=(g.email(law, g.pick(["adv.br", "gmail.com"])), "EMAIL_ADDRESS"), h=hosp,
          tf=(g.phone(), "PHONE_NUMBER"), n=P(an.first))
    doc.f("> On «t», «a» wrote:\n> Peço o prontuário completo de «n» desde 2015 e a cópia da DPS assinada.\n", t=ts(t1, "br"),
          a=(corp_mail(aud, idom), "EMAIL_ADDRESS"), n=P(p.first))
    return doc


def sa_whatsapp_familia(g: Gen) -> Doc:
    """WhatsApp chat where a borrower's daughter or son reports the death and asks about the MIP payoff."""
    doc = Doc()
    corr = g.pick(CORRESPONDENTS)
    dec = g.person(female=False)
    mom = g.spouse(dec)
    kid = g.relative(dec)
    ag = g.person(female=g.chance(0.6))
    ios = g.chance(0.5)
    ks = (g.pick([kid.first, kid.full, kid.nick]), "PERSON") if g.chance(0.3) else (g.phone("wa"), "PHONE_NUMBER")
    mstyle = g.pick(["corr", "corr", "corr", "name", "split"])
    tt = g.moments(14, g.day(), 4, (7, 23))
    K = lambda k, fn: wa_line(doc, tt[k], ios, ks, fn)  # noqa: E731

    def msender(k: int, fn) -> None:
        """The correspondent writes as the company account, as the agent's name, or as "Name - Company" (only the name is a person)."""
        if mstyle == "corr":
            wa_line(doc, tt[k], ios, (corr, None), fn)
        elif mstyle == "name":
            wa_line(doc, tt[k], ios, (ag.first, "PERSON"), fn)
        else:
            doc.t(ts(tt[k], "waios") + " " if ios else ts(tt[k], "wa") + " - ")
            doc.e(ag.first, "PERSON")
            doc.t(" - " + corr.split()[0] + ": ")
            fn(doc)
            doc.t("\n")

    K(0, lambda d: d.f("boa tarde, «k»filh«o» do «d». meu pai faleceu semana passada e o financiamento da casa tá no nome dele e da "
                       "minha mãe", k="sou " + ("a " if kid.female else "o ") if ks[1] == "PERSON" else "sou ", o=kid.o, d=P(g.pick([dec.short, dec.first, dec.full]))))
    msender(1, lambda d: d.f("Meus sentimentos, «k» 🙏. O seguro MIP cobre a parte dele na composição de renda. Preciso da certidão de "
                             "óbito, RG e CPF dele, e o laudo ou a declaração do médico.", k=P(kid.first)))
    K(2, lambda d: d.f("o cpf dele é «c» e nasceu «b»", c=(g.cpf(), "BR_CPF"), b=(g.dob(g.pick(["br", "nopad", "short"]), 1945, 1985), "DATE_OF_BIRTH")))
    K(3, lambda d: d.f("ele ficou «n» dias internado («h»), «x»", n=g.ri(3, 40), h=g.pick(HOSPITALS),
                       x=g.pick(["foi infarto", "era câncer", "pegou uma pneumonia", "AVC"])))
    if g.chance(0.5):
        K(4, lambda d: d.f("o cartão do sus dele tá aqui: «c»", c=(g.cns(), "BR_CNS")))
    msender(5, lambda d: d.t("O médico que assinou o atestado de óbito consta com o CRM? A seguradora vai pedir."))
    dr = g.person()
    K(6, lambda d: d.f("sim «t» «m» «cr»", t="dra" if dr.female else "dr", m=P(dr.full), cr=(g.council("CRM"), "PROFESSIONAL_ID")))
    K(7, lambda d: d.f("minha mãe é «m», cpf «c»", m=P(g.pick([mom.full, mom.short])), c=(g.cpf(), "BR_CPF")))
    pct = g.pick([50, 60, 70, 100])
    msender(8, lambda d: d.f("Pelo contrato ele compunha «p»% da renda, então «x» "
                             "Vou abrir o sinistro; qual e-mail pra receber o formulário?", p=pct,
                             x="o saldo devedor é quitado integralmente." if pct == 100 else
                             f"o saldo devedor cai {pct}% e sua mãe continua pagando o restante."))
    K(9, lambda d: d.f("«e»", e=(g.email(kid), "EMAIL_ADDRESS")))
    K(10, lambda d: d.f("se não atender liga no da minha mãe «t»", t=(g.phone(g.pick(["par", "plain", "dash"])), "PHONE_NUMBER")))
    msender(11, lambda d: d.f("Anotado. Protocolo «p». «w»", p=protocol(g), w=g.pick(["Enquanto isso, continuem pagando a prestação.",
                                                                                    "As prestações depois do óbito serão devolvidas.", ""])))
    if g.chance(0.5):
        K(12, lambda d: d.t(g.pick(["obrigada de coração", "deus abençoe", "👍", "ok"])))
    return doc


def sa_fila_sinistros(g: Gen) -> Doc:
    """Insurer's queue of MIP/DFI housing claims (fixed-width report) with the supervisor's notes."""
    doc = Doc()
    ins = g.pick(INSURERS)
    sup = g.person()
    d = g.day()
    doc.f("«i» — SINISTROS HABITACIONAIS — FILA DE REGULAÇÃO — posição «d»\n\n", i=fold(ins).upper(), d=dbr(d))
    cols = [("SINISTRO", 16), ("COBERTURA", 13), ("SEGURADO", 24), ("CPF", 14), ("NASCIMENTO", 10), ("EVENTO", 10), ("CID/CAUSA", 18),
            ("REGULADOR", 18)]
    doc.t(" ".join(h.ljust(w) for h, w in cols) + "\n" + " ".join("-" * w for _, w in cols) + "\n")
    regs = [g.person() for _ in range(3)]
    dfi_rows = []
    people = []
    dead = []
    dfi_claims = {}
    for _ in range(g.ri(5, 8)):
        p = g.person()
        people.append(p)
        cov = g.pick(["MIP-MORTE", "MIP-IPD", "MIP-IPD", "DFI", "MIP-MORTE"])
        claim = claim_no(g)[:16]
        doc.cell(claim, 16)
        doc.t(" ")
        doc.cell(cov, 13)
        doc.t(" ")
        doc.cell(cut(fold(p.full).upper(), 24), 24, "PERSON")
        doc.t(" ")
        doc.cell(g.cpf("dot"), 14, "BR_CPF")
        doc.t(" ")
        if cov == "DFI":
            doc.cell("", 10)
        else:
            doc.cell(g.dob("br", 1948, 1995), 10, "DATE_OF_BIRTH")
        doc.t(" ")
        doc.cell(dbr(g.after(d, -90, -3)), 10)
        doc.t(" ")
        if cov == "DFI":
            doc.cell(g.pick(["ALAGAMENTO", "INCENDIO", "DESMORONAMENTO", "DESTELHAMENTO"]), 18)
            dfi_rows.append(p)
            dfi_claims[id(p)] = claim
        else:
            code, name = g.pick(ICD)
            doc.cell(code, 18)
        doc.t(" ")
        r = g.pick(regs)
        doc.cell(login(r), 18)
        doc.t("\n")
        if cov == "MIP-MORTE":
            dead.append(p)
    doc.t("\nNOTAS DA SUPERVISÃO\n")
    for p in dfi_rows[:2]:
        eng = g.person()
        doc.f("- DFI «n»: vistoria no imóvel «a», CEP «cep», pelo eng. «e» («cr»). «x»\n", n=dfi_claims[id(p)], a=(unit_address(g), "ADDRESS"),
              cep=(g.cep(), "BR_CEP"), e=P(eng.full), cr=(g.council("CREA"), "PROFESSIONAL_ID"),
              x=g.pick(["Laudo aponta vício construtivo (não coberto).", "Chuvas de março, cobertura confirmada.", "Pendente orçamento."]))
    p = g.pick(dead or people)
    r = g.pick(regs)
    doc.f("- «r» («lg»): reiterar o pedido de prontuário de «n» («h»); «f» ligou do «t».\n", r=P(r.first), lg=login(r), h=g.pick(HOSPITALS),
          n=P(p.full), f="a família" if not dead else ("o viúvo" if p.female else "a viúva"), t=(g.phone("par"), "PHONE_NUMBER"))
    doc.f("- Prazo SUSEP de 30 dias vencendo em «k» processos. «w»\n«s» — supervisão de sinistros\n", k=g.ri(2, 6),
          w=g.pick(["Priorizar MIP-MORTE.", "Sem horas extras este mês.", "Seria prudente pedir reforço."]),
          s=P(g.pick([sup.full, sup.short])))
    return doc


def sa_inss_ocr(g: Gen) -> Doc:
    """OCR'd INSS decision letter on disability retirement and a psychiatric report attached to a MIP disability claim."""
    doc = Doc()
    p = g.person()
    psy = g.person()
    psi = g.person()
    an = g.person()
    cur = g.spouse(p)
    dp = datetime.date(g.pick([2024, 2025]), g.ri(1, 12), g.ri(1, 28))
    city, uf = g.city()
    code, name = g.pick([("F20.0", "esquizofrenia paranoide"), ("F31.2", "transtorno afetivo bipolar"), ("F32.3", "episódio depressivo grave com sintomas psicóticos"),
                         ("G30.0", "doença de Alzheimer de início precoce"), ("F33.2", "transtorno depressivo recorrente grave")])
    O = lambda s: ocr(s, g, 0.4)  # noqa: E731
    doc.f(ocr_t("INSTITUTO NACIONAL DO SEGURO SOCIAL\nCOMUNICACAO DE DECISAO\n\nNUMERO DO BENEFICIO: «nb»\nESPECIE: 32 - APOSENTADORIA "
                "POR INCAPACIDADE PERMANENTE\nNOME: «n»\nCPF: «cp»\nENDERECO: «a»\n«cep» «ci»/«uf»\n\n", g, 0.25), nb=nb(g), n=P(O(p.capsf)),
          cp=(g.cpf(), "BR_CPF"),
          a=(O(fold(g.address()).upper()), "ADDRESS"), cep=(g.cep(), "BR_CEP"), ci=fold(city).upper(), uf=uf)
    doc.f(ocr_t("INFORMAMOS QUE FOI RECONHECIDO O DIREITO AO BENEFICIO, COM DATA DE INICIO EM «d», CONFORME PERICIA MEDICA REALIZADA "
                "EM «d2».\nAGENCIA DA PREVIDENCIA SOCIAL «ap»\n\n", g, 0.25), d=dbr(g.after(dp, 10, 60)), d2=dbr(dp),
          ap=fold(g.pick(["CENTRO", "VILA PRUDENTE", "JARDIM AURORA", "SAO BENTO"])).upper())
    doc.f("LAUDO PSIQUIÁTRICO\nPaciente: «n» — nasc. «b» — CNS «c»\n", n=P(p.full), b=(g.dob(g.pick(["br", "short"]), 1955, 1992), "DATE_OF_BIRTH"),
          c=(g.cns(), "BR_CNS"))
    doc.f("Em tratamento desde «y» por «x» (CID-10 «k»), com internações psiquiátricas e refratariedade a três esquemas terapêuticos. "
          "Apresenta prejuízo grave e permanente da capacidade laborativa e da autonomia, necessitando de supervisão de terceiros "
          "(curador(a): «cu»). Acompanhamento psicológico com «ps» («crp»).\n«m» — «cr»\n\n", y=g.ri(2010, 2022), x=name, k=code,
          cu=P(cur.full), ps=P(psi.full), crp=(g.council("CRP"), "PROFESSIONAL_ID"), m=P(psy.full),
          cr=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    doc.f("Nota do analista de sinistros («a»): documentos do INSS e laudo recebidos; falta a certidão de curatela. Quem "
          "representa informou o e-mail «e» e o celular «t». Regulação prevista para «d».\n", a=P(g.pick([an.first, an.short])),
          e=(g.email(cur), "EMAIL_ADDRESS"), t=(g.phone(), "PHONE_NUMBER"), d=dbr(g.after(dp, 90, 200)))
    return doc


SA = [sa_dps, sa_relatorio_invalidez, sa_obito_ocr, sa_email_auditoria, sa_whatsapp_familia, sa_fila_sinistros, sa_inss_ocr]

# =========================================================================== financeiro


def fi_planilha_sac(g: Gen) -> Doc:
    """Fixed-width evolution table of a SAC mortgage (planilha de evolução) with the arrears position."""
    doc = Doc()
    bank, bcnpj, dom = lender(g)
    b1 = g.person()
    b2 = g.spouse(b1) if g.chance(0.5) else None
    code, bname = g.pick(BANKS)
    fin = g.ri(120, 700) * 1000
    n = g.pick([240, 300, 360, 420])
    rate = g.pick([0.0816, 0.0937, 0.1049, 0.1129, 0.0766, 0.0500])
    d0 = g.day()
    W = 96
    start = g.ri(1, 40)
    rows = g.ri(8, 12)
    emit = g.after(d0 + datetime.timedelta(days=31 * (start + rows - 1)), 1, 20)
    doc.f("«b»\nPLANILHA DE EVOLUÇÃO DO FINANCIAMENTO — SFH/SAC — emitida em «d»\n«r»\n", b=fold(bank).upper(), d=dbr(emit), r="=" * W)
    doc.f("MUTUÁRIO 1 : «n»   CPF «c»\n", n=P(cut(fold(b1.full).upper(), 38)), c=(g.cpf(), "BR_CPF"))
    if b2:
        doc.f("MUTUÁRIO 2 : «n»   CPF «c»\n", n=P(cut(fold(b2.full).upper(), 38)), c=(g.cpf(), "BR_CPF"))
    doc.f("CONTRATO   : «ct»   ASSINATURA «d»   PRAZO «n» MESES   TAXA «t»% A.A.\nIMÓVEL     : «a» - CEP «cep»\n",
          ct=contract_hab(g), d=dbr(d0), n=n, t=f"{rate * 100:.2f}".replace(".", ","), a=(fold(unit_address(g)).upper(), "ADDRESS"),
          cep=(g.cep(), "BR_CEP"))
    if g.chance(0.7):
        doc.f("FONE CADASTRO: «t»\n", t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.f("DÉBITO EM C/C: «bn» («bc») AG «ag» C/C «ac»\n«r»\n", bn=fold(bname).upper(), bc=code, ag=(g.agency(), "BANK_ACCOUNT"),
          ac=(g.account(), "BANK_ACCOUNT"), r="-" * W)
    doc.t(f"{'Nº':>4} {'VENCTO':>10} {'AMORTIZAÇÃO':>12} {'JUROS':>11} {'MIP':>8} {'DFI':>7} {'TX ADM':>7} {'PRESTAÇÃO':>11} {'SALDO':>13}  SIT\n")
    saldo = float(fin)
    am = fin / n
    i = (1 + rate) ** (1 / 12) - 1
    saldo -= am * (start - 1)
    late = g.ri(0, 4)
    for k in range(start, start + rows):
        j = saldo * i
        mip = saldo * 0.00021
        dfi = 14.0 + g.ri(0, 900) / 100
        pre = am + j + mip + dfi + 25
        saldo -= am
        mo = (d0.month + k - 1) % 12 + 1
        yr = d0.year + (d0.month + k - 1) // 12
        sit = "ABERTO" if k >= start + rows - late else "PAGO"
        doc.t(f"{k:>4} {f'{d0.day:02d}/{mo:02d}/{yr}':>10} {brl(am):>12} {brl(j):>11} {brl(mip):>8} {brl(dfi):>7} {'25,00':>7} {brl(pre):>11} {brl(saldo):>13}  {sit}\n")
    doc.t("-" * W + "\n")
    if late:
        doc.f("POSIÇÃO: «k» prestação(ões) em aberto. Encargos de atraso: multa 2% + juros de mora 1% a.m. «x»\n", k=late,
              x=g.pick(["Contrato encaminhado à cobrança extrajudicial.", "Prazo de carência de 30 dias (art. 26, § 2º).", ""]))
    doc.f("Envio por e-mail para «e» em «d». «w»\n", e=(g.email(b1), "EMAIL_ADDRESS"), d=dbr(emit),
          w=g.pick(["Atendimento: " + lower(LENDER_SHORT[bank]) + " habitação.", "Documento sem valor de quitação.", ""]))
    return doc


def fi_extrato_fgts(g: Gen) -> Doc:
    """FGTS statement of a worker, OCR'd, with the correspondent's note on the use of the balance for the purchase."""
    doc = Doc()
    w = g.person()
    emp = g.pick(EMPLOYERS)
    corr = g.pick(CORRESPONDENTS)
    an = g.person()
    O = lambda s: ocr(s, g, 0.35)  # noqa: E731
    adm = g.day()
    doc.f(ocr_t("CAIXA\nEXTRATO DO FGTS - CONTA VINCULADA\n\n", g, 0.2))
    doc.f(ocr_t("TRABALHADOR: «n»\nPIS/PASEP: «p»   CPF: «c»   DATA DE NASCIMENTO: «b»\n", g, 0.2), n=P(O(w.capsf)),
          p=(g.pis("dot"), "BR_PIS"), c=(g.cpf(), "BR_CPF"), b=(g.dob("br", 1960, 2002), "DATE_OF_BIRTH"))
    doc.f(ocr_t("EMPREGADOR: «e»\nCNPJ: «ec»   CONTA: «ac»   ADMISSAO: «ad»   CATEGORIA: 01\n\n", g, 0.2), e=fold(emp).upper(),
          ec=(g.cnpj("dot"), "BR_CNPJ"), ac=fgts_acct(g), ad=dbr(datetime.date(g.ri(2010, 2022), g.ri(1, 12), g.ri(1, 28))))
    doc.t(f"{'DATA':<11}{'LANCAMENTO':<34}{'VALOR':>12}{'TOTAL':>14}\n")
    tot = money_v(g, 2000, 40000)
    doc.t(f"{'':<11}{'SALDO ANTERIOR':<34}{'':>12}{brl(tot):>14}\n")
    d = g.day()
    for k in range(g.ri(4, 8)):
        day = g.after(d, 30 * k, 30 * k + 5)
        comp = day.replace(day=1) - datetime.timedelta(days=1)  # a deposit refers to the previous month
        kind = g.pick([f"DEPOSITO {comp.month:02d}/{comp.year}", "CREDITO DE JAM 0,002466", f"DEPOSITO {comp.month:02d}/{comp.year}",
                       "DISTRIBUICAO DE RESULTADOS"])
        v = money_v(g, 15, 900)
        tot += v
        doc.t(f"{dbr(day):<11}{kind:<34}{brl(v):>12}{brl(tot):>14}\n")
    if g.chance(0.6):
        v = round(tot * 0.9, 2)
        tot -= v
        doc.t(f"{dbr(g.after(d, 250, 260)):<11}{'SAQUE MORADIA PROPRIA - COD 50':<34}{'-' + brl(v):>12}{brl(tot):>14}\n")
    doc.f("\nNota («a», «co»): saldo de «n» confere com a proposta. Conta vinculada do emprego anterior (empregador «e2», CNPJ «c2») "
          "também será usada. «x» Enviar a autorização (DAMP) para «em» e avisar no «tl».\n", tl=(g.phone(), "PHONE_NUMBER"), a=P(g.pick([an.short, an.first])), co=corr, n=P(w.first),
          e2=g.pick(EMPLOYERS), c2=(g.any_cnpj(), "BR_CNPJ"),
          x=g.pick(["Trabalhador não possui outro imóvel no município (declaração assinada).", "Imóvel anterior vendido em 2019, conferir.",
                    "Sem pendências."]),
          em=(g.email(w), "EMAIL_ADDRESS"))
    return doc


def fi_analise_credito(g: Gen) -> Doc:
    """Indented JSON export of a credit-analysis proposal, with the analyst's opinion."""
    doc = Doc()
    bank, bcnpj, dom = lender(g)
    an = g.person()
    props = [g.person()]
    if g.chance(0.6):
        props.append(g.spouse(props[0]))
    code, bname = g.pick(BANKS)
    plist = []
    for p in props:
        e = g.pick(EMPLOYERS)
        entry = {"nome": (p.full, "PERSON"), "cpf": (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
                 "rg": (g.rg(), "BR_RG") if g.chance(0.6) else None,
                 "titulo_eleitor": (g.titulo(False), "BR_TITULO_ELEITOR") if g.chance(0.35) else None,
                 "data_nascimento": (g.dob("iso", 1958, 2002), "DATE_OF_BIRTH"),
                 "estado_civil": g.pick(["casado", "uniao_estavel"]) if len(props) > 1 else g.pick(["casado", "uniao_estavel", "solteiro", "divorciado"]), "renda_bruta": float(g.ri(1800, 22000)),
                 "tipo_renda": g.pick(["CLT", "CLT", "autonomo", "servidor", "pro_labore"]),
                 "empregador": {"razao_social": e, "cnpj": (g.any_cnpj(), "BR_CNPJ")},
                 "email": (g.email(p), "EMAIL_ADDRESS"), "celular": (g.phone(g.pick(["e164", "par"])), "PHONE_NUMBER"),
                 "score_bureau": g.ri(280, 980), "restricoes": g.pick([[], [], ["PEFIN R$ 412,30"], ["protesto R$ 1.200,00"]])}
        if len(plist) == 0:
            entry["endereco_atual"] = {"logradouro": (g.address(), "ADDRESS"), "cep": (g.cep(g.chance(0.6)), "BR_CEP"), "tempo_residencia_meses": g.ri(6, 200)}
        plist.append(entry)
    val = g.ri(200, 1100) * 1000
    data = {"proposta": f"PRP-{g.ri(2024, 2026)}-{g.d(6)}", "produto": g.pick(["SBPE", "SFH Pró-Cotista", "MCMV Faixa 3", "SFI"]),
            "canal": g.pick(["correspondente", "agência", "app"]), "ip_origem": (g.ip(), "IP_ADDRESS"), "proponentes": plist,
            "imovel": {"endereco": (unit_address(g), "ADDRESS"), "cep": (g.cep(), "BR_CEP"), "matricula": matricula(g),
                       "laudo": laudo_no(g), "valor_avaliacao": float(val), "valor_compra": float(val - g.ri(0, 30) * 1000)},
            "financiamento": {"valor": float(round(val * 0.7)), "prazo": g.pick([360, 420]), "sistema": g.pick(["SAC", "PRICE"]),
                              "comprometimento_renda": round(g.ri(180, 300) / 10, 1)},
            "conta_debito": {"banco": code, "agencia": (g.agency(False), "BANK_ACCOUNT"), "conta": (g.account(), "BANK_ACCOUNT")},
            "bens_declarados": [{"tipo": "veiculo", "descricao": g.pick(["Onix 1.0 2021", "HB20 2019", "Strada 2022", "CG 160 2020"]),
                                 "placa": (g.plate(), "LICENSE_PLATE")}] if g.chance(0.6) else [],
            "analista": (an.full, "PERSON"), "parecer": g.pick(["APROVADO", "APROVADO COM RESSALVA", "PENDENTE", "REPROVADO"])}
    jval(doc, data, 0)
    p = props[0]
    doc.f("\n\nParecer («a»): «x» Renda de «n» comprovada por holerites; «y» «w»\n", a=P(an.short),
          x=g.pick(["Comprometimento dentro do limite de 30%.", "Comprometimento no limite; sugerir prazo maior.", "Score baixo por atraso antigo."]),
          n=P(p.first), y=g.pick((["cônjuge com renda informal, extratos de 6 meses."] if len(props) > 1 else []) +
                                 ["restrição quitada (carta de anuência anexa).", "sem restrições."]),
          w=g.pick(["", "Seria prudente pedir a declaração do IR.", "Vistoria de engenharia ok."]))
    return doc


def fi_cnab_debito(g: Gen) -> Doc:
    """Fixed-width return file of automatic debits of mortgage instalments (CNAB 150-like), with the analyst's note."""
    doc = Doc()
    co = g.pick(["Aurora Companhia Hipotecária", "Leão Crédito Imobiliário S.A.", "Cooperativa Habitacional Esperança",
                 "Vitória Securitizadora S.A.", "Castelo Companhia Hipotecária"])
    code, bname = g.pick(BANKS)
    d = g.day()
    an = g.person()
    doc.f("# RET_DEB_«c»_«d».txt — «co» — retorno débito automático\n", c=code, d=dbr(d, "compact"), co=co)
    while True:  # the header's date + sequence + layout version form a 16-digit run: never a valid card number
        seq = f"{g.ri(1, 999):06d}"
        if not luhn_ok(dbr(d, "compact") + seq + "04"):
            break
    doc.f("A2«cv»«nm»«bc»«bn»«dt»«seq»04DEBITO AUTOMATICO\n", cv=f"{g.d(6):<20}", nm=f"{fold(co).upper()[:20]:<20}", bc=code,
          bn=f"{fold(bname).upper()[:20]:<20}", dt=dbr(d, "compact"), seq=seq)
    rej = []
    rows = g.ri(5, 8)
    for _ in range(rows):
        p = g.person()
        cpf = g.cpf_digits()
        ag = g.d(4)
        ac = str(g.ri(1, 9)) + g.d(g.ri(5, 8))
        val = g.ri(45000, 480000)
        st = g.pick(["00", "00", "00", "01", "00", "04", "00"])
        doc.t("F")
        doc.e(cpf, "BR_CPF")
        doc.t(" " * 14)
        doc.e(ag, "BANK_ACCOUNT")
        doc.t(" ")
        doc.e(ac, "BANK_ACCOUNT")
        doc.t(" " * (13 - len(ac)))
        doc.t(f"{dbr(g.after(d, -5, 0), 'compact')}{val:015d}{st}")
        doc.cell(cut(fold(p.full).upper(), 30), 30, "PERSON")
        doc.t(f"{g.d(10)}  0\n")
        if st != "00":
            rej.append((p, st))
    doc.f("Z{n:06d}{t:017d}\n".format(n=rows + 2, t=g.ri(10 ** 6, 10 ** 7)))
    doc.t("\nOcorrências: 00 = debitado; 01 = insuficiência de fundos; 04 = conta encerrada.\n")
    if rej:
        doc.t("\nNota da cobrança:\n")
        for p, st in rej:
            if st == "04":
                doc.f("- «n»: conta encerrada; pedir nova conta (agência «ag», conta «ac»?) ou boleto. Tel. «t».\n", n=P(p.short),
                      ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
            else:
                doc.f("- «n»: sem saldo; reapresentar em 3 dias e avisar no «e».\n", n=P(g.pick([p.short, p.full])),
                      e=(g.email(p), "EMAIL_ADDRESS"))
    doc.f("Processado por «a» («lg»).\n", a=P(an.full), lg=login(an, g))
    return doc


def fi_cobranca_atraso(g: Gen) -> Doc:
    """Semicolon CSV of a mortgage collection queue with the negotiators' contact log."""
    doc = Doc()
    bank, bcnpj, dom = lender(g)
    agency = g.pick(["Recupera Habitação Ltda.", "Aurora Assessoria de Crédito", "Leão Recuperação de Ativos", "Castelo Cobranças"])
    doc.f("fila_habitacional_«d».csv — carteira «b» — assessoria «a»\n", d=dbr(g.day(), "compact"), b=LENDER_SHORT[bank], a=agency)
    rows, debtors = [], []
    for _ in range(g.ri(4, 6)):
        p = g.person()
        debtors.append(p)
        rows.append([V(contract_hab(g)), P(g.pick([p.full, p.caps, p.inverted])), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
                     (g.phone(g.pick(["raw", "par", "e164"])), "PHONE_NUMBER"), (g.email(p), "EMAIL_ADDRESS") if g.chance(0.7) else V(""),
                     V(str(g.ri(1, 14))), V(g.money(900, 48000)),
                     V(g.pick(["cobranca adm", "pre-intimacao", "intimacao RI", "consolidada", "leilao designado"]))])
    table_csv(doc, ["contrato", "mutuario", "cpf", "telefone", "email", "parcelas_atraso", "valor_atraso", "fase"], rows, ";")
    doc.t("\nHISTÓRICO DE NEGOCIAÇÃO\n")
    for t in g.moments(g.ri(3, 5), g.day(), 10, (8, 20)):
        p = g.pick(debtors)
        neg = g.person()
        r = g.ri(0, 4)
        doc.f("«t» «n» — ", t=ts(t, "br"), n=P(g.pick([neg.first, neg.short])) if g.chance(0.4) else "neg." + lower(neg.first))
        if r == 0:
            rel = g.relative(p)
            doc.f("liguei p/ «p», atendeu «r», disse que «f» está internad«o»; pediu contato no «p2».\n", p=(g.phone("par"), "PHONE_NUMBER"),
                  r=P(rel.first), f=P(p.first), o=p.o, p2=(g.phone("par"), "PHONE_NUMBER"))
        elif r == 1:
            doc.f("«f» aceitou incorporar «k» parcelas ao saldo; entrada via Pix, chave aleatória «x».\n", f=P(p.full), k=g.ri(2, 8),
                  x=(g.uuid(), "PIX_KEY"))
        elif r == 2:
            doc.f("enviado boleto «bl» para «e» (purgação da mora no cartório até «d»).\n", bl=boleto(g), d=dbr(g.after(t.date(), 5, 15)),
                  e=(g.email(p), "EMAIL_ADDRESS"))
        elif r == 3:
            doc.f("«f» vai usar o FGTS (pausa de 6 meses, «l»); pediu para não ligar no trabalho. «w»\n", f=P(p.first),
                  l="Resolução CCFGTS", w=g.pick(["Retornar sexta.", "Seria prudente enviar por escrito.", "Sem acordo por ora."]))
        else:
            doc.f("«f» informou que o imóvel está alugado para terceiros; novo endereço de correspondência: «a», CEP «c».\n",
                  f=P(p.first), a=(g.address(), "ADDRESS"), c=(g.cep(), "BR_CEP"))
    return doc


def fi_holerite_ocr(g: Gen) -> Doc:
    """OCR'd payslip sent as income proof, and the analyst's note on income composition with a pro-labore."""
    doc = Doc()
    emp = g.pick(EMPLOYERS)
    w = g.person()
    sp = g.spouse(w)
    an = g.person()
    acc = g.person()
    code, bname = g.pick(BANKS)
    O = lambda s: ocr(s, g, 0.35)  # noqa: E731
    comp = g.day()
    cuf = g.pick(UFS)
    doc.f(ocr_t("«e»\nCNPJ «c»\nRECIBO DE PAGAMENTO DE SALARIO - «m»\n\n", g, 0.2), e=fold(emp).upper(), c=(g.any_cnpj(), "BR_CNPJ"),
          m=f"{fold(MONTHS[comp.month - 1]).upper()}/{comp.year}")
    doc.f(ocr_t("CODIGO «k»  NOME: «n»\nCPF: «cp»   PIS: «p»   ADMISSAO: «ad»\nCARGO: «cg»   CBO: «cbo»\n\n", g, 0.2), k=g.d(5),
          n=P(O(w.capsf)), cp=(g.cpf(), "BR_CPF"), p=(g.pis(), "BR_PIS"), ad=dbr(datetime.date(g.ri(2008, 2023), g.ri(1, 12), g.ri(1, 28))),
          cg=g.pick(["AUXILIAR ADMINISTRATIVO", "OPERADOR DE CAIXA", "MOTORISTA", "TECNICO DE ENFERMAGEM", "ANALISTA JR"]),
          cbo=f"{g.d(4)}-{g.d(2)}")
    base = g.ri(1800, 9000)
    items = [("001", "SALARIO BASE", base, 0), ("020", "HORAS EXTRAS 50%", g.ri(0, 900), 0), ("045", "ADICIONAL NOTURNO", g.ri(40, 400), 0),
             ("501", "INSS", 0, round(base * 0.09)), ("502", "IRRF", 0, round(base * 0.04)), ("530", "VALE TRANSPORTE 6%", 0, round(base * 0.06))]
    doc.t(f"{'COD':<5}{'DESCRICAO':<24}{'VENCIMENTOS':>14}{'DESCONTOS':>12}\n")
    tv = td = 0
    for c, desc, v, dsc in items:
        tv += v
        td += dsc
        doc.t(f"{c:<5}{desc:<24}{(brl(v) if v else ''):>14}{(brl(dsc) if dsc else ''):>12}\n")
    doc.f(ocr_t("LIQUIDO A RECEBER: R$ «l»   CREDITO: BANCO «b» AG «ag» CC «ac»\n\n", g, 0.2), l=brl(tv - td), b=code,
          ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"))
    doc.f("Análise de renda («a»): «n» — renda CLT média de R$ «m» (3 meses). «s» (CPF «sc») compõe com pró-labore de R$ «pl» da «e» "
          "(CNPJ «c»), comprovado por DECORE do contador «ac» («crc»). «x»\n", a=P(an.short), n=P(w.short), m=brl(tv * 1.02),
          s=P(sp.first), sc=(g.cpf(), "BR_CPF"), pl=g.money(1500, 9000), e=g.pick(["Padaria Flor do Trigo ME", "Salão Bela Rosa Ltda.", "Castelo Materiais de Construção ME",
                                                             "Oficina Leão Auto Center"]),
          c=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"), ac=P(acc.full),
          crc=(g.pick([f"CRC-{cuf} {g.ri(10000, 399999)}/O-{g.ri(1, 9)}", f"CRC/{cuf} 1{cuf}{g.d(6)}/O-{g.ri(1, 9)}"]), "PROFESSIONAL_ID"),
          x=g.pick(["Renda familiar suficiente para a parcela.", "Pedir extratos para confirmar o pró-labore.", "Sem ressalvas."]))
    return doc


def fi_comissoes_stand(g: Gen) -> Doc:
    """A developer's monthly sales and broker-commission statement (pipe table), with a card-gateway error line."""
    doc = Doc()
    dev = g.pick(DEVELOPERS)
    proj = g.pick(PROJECTS)
    fc = g.person()
    d = g.day()
    doc.f("«dv» — CNPJ «c»\n«pj» — fechamento de vendas e comissões — «m»/«y»\n\n", dv=dev, c=(g.any_cnpj(), "BR_CNPJ"), pj=proj,
          m=f"{d.month:02d}", y=d.year)
    rows = []
    brokers = [g.person() for _ in range(g.ri(2, 4))]
    cr_of = {id(b): g.council("CRECI") for b in brokers}
    for _ in range(g.ri(3, 5)):
        b = g.person()
        br = g.pick(brokers)
        rows.append([V(unit(g)), P(g.pick([b.full, b.caps])), (g.cpf(), "BR_CPF"), V(g.money(2000, 25000)),
                     V(g.pick(["Pix", "cartão " + g.masked_card(), "boleto", "TED"])), (cr_of[id(br)], "PROFESSIONAL_ID")])
    table_ruled(doc, ["Unidade", "Comprador", "CPF", "Sinal R$", "Forma", "CRECI corretor"], rows, g.pick(["pipe", "plus", "psql"]))
    doc.t("\nCOMISSÕES A PAGAR\n")
    rows = []
    for br in brokers:
        r = g.ri(0, 3)
        cpf = g.cpf()
        key = [(cpf, "BR_CPF"), (g.phone(g.pick(["par", "raw"])), "PHONE_NUMBER"), (g.email(br), "EMAIL_ADDRESS"), (g.uuid(), "PIX_KEY")][r]
        rows.append([P(br.full), (cpf, "BR_CPF"), (cr_of[id(br)], "PROFESSIONAL_ID"), V(g.money(1500, 30000)), key])
    table_ruled(doc, ["Corretor", "CPF", "CRECI", "Comissão R$", "Chave Pix"], rows, g.pick(["plain", "plus", "psql"]))
    if g.chance(0.9):
        t = g.moments(1, d, 1)[0]
        doc.f("\n[gateway] «t» ERROR tokenize failed pan=«k» exp=«e» holder=«h» — reprocessar sinal da «u»\n", t=ts(t, "iso"),
              k=(g.card(spaced=False), "CREDIT_CARD"), e=f"{g.ri(1, 12):02d}{g.ri(26, 32)}", h=P(fold(g.person().full).upper()), u=unit(g))
    doc.f("\nObs. («f»): «x» Comissão da imobiliária parceira (CRECI «cj») paga por boleto.\n", f=P(g.pick([fc.full, fc.short])),
          x=g.pick(["distrato da unidade " + unit(g) + " estorna a comissão.", "sinal parcelado em 3x no cartão.", "vendas acima da meta, foi uma vitória.", ""]),
          cj=f"{g.ri(1000, 39999)}-J")
    return doc


FI = [fi_planilha_sac, fi_extrato_fgts, fi_analise_credito, fi_cnab_debito, fi_cobranca_atraso, fi_holerite_ocr, fi_comissoes_stand]


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
            assert not re.match(r"(habitacao|sac|contato|sinistros|sinistros\.habitacao|financeiro|cobranca|ouvidoria|juridico|atendimento|naoresponda)@", v), (rid, v)
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
            assert re.match(r"(CRM|COREN|OAB|CRO|CREFITO|CRECI|CREA|CAU|CRP|CRC)\b", v), (rid, v)
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
    # 15-digit runs outside the spans are never valid CNS; 16-digit runs (TIDs) never pass Luhn
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
    print("hundredfifth", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
