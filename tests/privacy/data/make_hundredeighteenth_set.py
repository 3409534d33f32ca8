"""Build the hundred-and-eighteenth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_hundredeighteenth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or run),
standalone (own check-digit code, stdlib only, no Faker, no import from afinar or from the other
generators), seed 11818, 280 records: 4 domains x 7 templates x 10 copies.

Register: LOTTERY OUTLETS AND BANKING CORRESPONDENTS -- casas lotéricas and correspondentes
bancários (the corner shop, pharmacy or stationer that pays bills and benefits for a bank): bills
paid and cash withdrawn at the counter, social-benefit withdrawals (Bolsa Família, FGTS,
seguro-desemprego, BPC) with the beneficiary's data, prize claims (the winner's CPF, the account for
the credit, the 30% income-tax withholding), bolões (syndicates) with the members' list and shares,
cash shortages and robberies at the counter, the owner's contract with the bank, the bank's audit,
complaints to the ombudsman, lawsuits (a member's suit for his share of a syndicate's prize, an
attendant's labour claim, a small-claims hearing over a prize paid to someone else), the health
side (an attendant's ASO, a CAT after a robbery, the psychologist's report and chat with a robbery
victim, an emergency record, sick leave e-mails, the occupational clinic's agenda), the outlet's
payroll, the cash reconciliation, the Pix statement, a correspondent network's event log, a
syndicate's settlement and the owner's cash-closing chat. All outlets, correspondents, networks,
clinics, security companies and partner banks other than the Caixa are invented (Lotérica Trevo da
Sorte, Lotérica Estrela Guia, Casa Lotérica Bento Prudente, Lotérica Rosa dos Ventos, Lotérica
Aurora da Sorte, Lotérica Flor do Vale, Lotérica Leão de Ouro, Lotérica Luz da Sorte, Lotérica
Amado & Filhos, Lotérica Vitória Régia; Mercadinho Bom Jesus, Farmácia Serena, Papelaria Glória,
Armazém Prudente, Conveniência Estrela do Norte, Pague Fácil Centro; RedeFácil Correspondentes,
PagaPerto, Conta na Esquina, Banco Cidadão; Banco Ipê, Banco Sertanejo, Cooperativa Vale Aurora;
Clínica Ocupacional Celeste, SESMT Prudente, MedTrab Bonfim, Instituto Aurora de Psicologia, Espaço
Luz Psicologia; Transvalores Serra Forte, Leão Valores e Escolta...), and so is every person.
Layouts: WhatsApp exports in lower case (Android and iOS stamps, senders by number or name, "Você",
the outlet or its bot as a party, an audio transcribed), terminal receipts in capitals (40 columns,
several transactions on one strip), forms ("Campo: valor", dotted leaders, ruled boxes), legal
pieces (petitions, a hearing's minutes, a contract, a public power of attorney, an audit report
with an ALL CAPS notice), an OCR'd police report, a CAT in capitals, CSV (semicolon and comma,
first_name/last_name split sometimes), a speech-to-text call (lower case, CPF, NIS and CEP spoken in
groups or words, spoken birth date) with the typed record, e-mails with quoted replies and
X-Originating-IP, JSON lines, Markdown, +---+ / psql / pipe / plain tables, a fixed-width
reconciliation in capitals, e-signature logs.
- atendimento: (0) a bolão's WhatsApp group (the attendant's random Pix key, members by name or
  number, the list of shares, bet numbers, then after a win each member's CPF and account or Pix
  key of any kind, a daughter's account); (1) a strip of terminal receipts in capitals (outlet CNPJ,
  Bolsa Família withdrawal with NIS and masked card, bill payment with payer and CPF or masked CPF
  and linha digitável, deposit with agency, account, payee, depositor and sometimes the depositor's
  CPF and phone, phone top-up, FGTS or seguro-desemprego with PIS and CPF, utility bill barcode;
  the operator by login or name, the same on the whole strip); (2) a speech-to-text call to a
  correspondent network on a blocked benefit (CPF and NIS spoken, birth date, the mother's name,
  address and CEP spoken, phones) and the typed record; (3) an e-mail complaint to the ombudsman
  (bill not credited, or deposit to the wrong account; the customer's CPF, phone, accounts,
  sometimes a debit card number and the address) with the reply; (4) a prize claim form (winner
  qualified with RG or CNH, mobile and landline, e-mail, the app's pre-registration IP, ticket and
  bet, gross, IR, net, agency and account, an attorney sometimes, the attendant, the manager by
  name or login); (5) a correspondent's transactions of the day as CSV (customers, CPF, NIS,
  agency, account, phone; operators by login; a bill paid in cash often without the customer);
  (6) a customer's WhatsApp with the outlet (the bot, then an attendant; a prize to collect, a
  mistyped CPF, a mother's NIS, a card typed, a son's phone, a birth date).
- juridico: (0) a syndicate member's suit against the organiser (parties qualified, the outlet's
  CNPJ, the account that received the prize, the members' table, witnesses, OAB); (1) an
  attendant's labour claim (PIS, sometimes título and birth date, CTPS, the outlet's and the bank's
  CNPJ, the partner's WhatsApp, witnesses with CPF); (2) the correspondent or lottery-permission
  contract (bank and outlet CNPJ, the owner qualified, the outlet's agency and account, a guarantor
  and spouse, witnesses, e-signature log); (3) an OCR'd police report of a robbery (owner, victims
  qualified with birth date, RG, CPF, address, CEP, phone; the getaway car's plate; a suspect by
  nickname or name, or none; a witness; the officers and the delegado); (4) the bank's audit report
  on a cash shortage (auditors with CRC, operators with CPF, a relative's agency and account, the
  IPs of foreign logins) and the ALL CAPS notice to the owner (CPF, address, CEP, phone); (5) a
  small-claims hearing over a small prize (plaintiff qualified, the preposto with CPF, the lawyer's
  OAB, a third party paid, the conciliator, an agreement paid to an account); (6) a public power of
  attorney to collect a prize (both parties qualified, the account for the credit, notary staff)
  and the bank's compliance checklist.
- saude: (0) an attendant's ASO (outlet CNPJ, CPF, RG, birth date, sometimes NIT, CRM of the examiner
  and of the PCMSO coordinator); (1) a psychologist's report on a robbery victim (birth date, CPF or
  CNS, phone, emergency contact, the occupational physician's and the psychiatrist's CRM, CRP,
  e-mail); (2) a CAT in capitals (employer CNPJ, the worker and mother, birth date, CTPS, NIT, RG,
  CPF, address, CEP, phone, witnesses with address and phone, CRM); (3) an e-mail thread HR <->
  occupational physician on sick leave (corporate e-mails, X-Originating-IP, CRM, CPF, birth date,
  phone, NIT); (4) the occupational clinic's agenda as CSV (CRM in the header; CPF, birth date,
  employer CNPJ, phone); (5) WhatsApp between a robbery victim and the psychologist (an audio
  transcribed, random Pix key, CPF for the receipt, the mother's phone, e-mail, CRP, the
  psychiatrist's CRM); (6) an emergency record, a robbery victim or a customer fainting in the
  benefit queue (CNS, CPF, birth date, address, CEP, phones, companion, CRM, COREN).
- financeiro: (0) a prize payment receipt in capitals (winner, CPF, RG or CNH and birth date and
  phone sometimes, gross, IR, net, agency and account) and the day's small prizes paid at the
  counter (names cut at the width, CPF); (1) the payroll in Markdown or a ruled table (CPF, PIS,
  agency and account or a Pix key of any kind, the partner, the accountant's CRC); (2) the cash
  reconciliation in fixed width (operators cut at the width, the armoured car's plate and guard, a
  shortage with CPF, a leftover returned to a customer with phone); (3) the outlet's Pix statement
  as CSV (its agency, account and random key; payers with CPF or masked CPF; refunds to payers'
  agency and account; suppliers' CNPJ); (4) a correspondent network's JSON lines (operators' logins
  with CPF and the outlet's public IP, customers with CPF or NIS and an SMS phone, destination
  agency and account, the owner's e-mail, phone and payout account); (5) a winning bolão's
  settlement (organiser, members with CPF, agency and account or a Pix key of any kind, witnesses);
  (6) the owner's cash-closing WhatsApp ('Você'; a shortage, the armoured car's plate, a debit card
  left at the counter, a refund to an account, the cleaner's Pix by CPF, a supplier's CNPJ).

Conventions (the twentieth set's, as in BLIND_RULES.md): PERSON is the name only, never "Sr.",
"Dr.", "Dra.", "dona"; particles and suffixes are inside; "SURNAME, GIVEN" is one span; first
names, nicknames, lower case and ALL CAPS forms are persons; first_name/last_name columns are one
span each. Staff named in the text are persons (attendants, operators, managers, owners and
partners, treasurers, auditors, ombudsman analysts, conciliators, prepostos, notaries and clerks,
physicians, psychologists, nurses, HR staff, accountants, lawyers, police officers, armoured-car
guards), and so are customers, beneficiaries, winners, syndicate members, their relatives, the
mother in a CAT, and a robbery suspect named or known by a nickname; logins, system accounts and
bots (Trevinho, Sortudo, Aurora, Bilhetinho, Lulu da Sorte) are not. Corporate e-mails of people are
EMAIL_ADDRESS; role mailboxes (ouvidoria@, bolao@, premios@, auditoria@, sesmt@, dpo@...) are not.
ADDRESS is street + number + complement (a person's; the outlet's own address is not labelled, and
none is written); the CEP is BR_CEP. Agency and account are separate BANK_ACCOUNT spans, whoever
holds them (a winner, a payee, a relative, the outlet's own account in a contract or statement);
bank codes and the Caixa savings "op. 013" are not labelled. PIX_KEY only for random keys (the
outlet's key in a statement or a chat is one); a key that is a CPF, phone or e-mail takes that
label. Companies' and public lines (0800 numbers, the 111 of the Bolsa Família) are not labelled.
DATE_OF_BIRTH only for births (spoken ones included); draw, payment, accident, hearing,
admission and due dates are not. Identifiers read out in groups or in words in the call are
labelled like their digits. Masked CPFs and masked cards are not labelled.
Decisions of this set:
- NOT labelled: lottery ticket control numbers, bet numbers (dezenas, trevos), concurso numbers,
  bolão ids and share codes, authentication codes of receipts, linha digitável and barcodes of bank
  slips and utility bills (drawn so that no 11-, 12-, 15- or 16-digit run in them passes a check),
  terminal ids (TFL, POS), the outlet's code at the bank (código lotérico, COBAN), NSU, Pix
  end-to-end ids, malote and seal numbers, the benefit card number (always printed masked), CTPS
  numbers, police report numbers and the officers' RE, the DARF revenue code, notary seals, CNJ
  numbers, protocols, money, prize values and the IR rate.
- The NIS of Bolsa Família and the CadÚnico, the PIS/PASEP and the NIT are one number with the PIS
  check digit: BR_PIS, typed, dotted or spoken.
- A full card number typed in a chat (to pay a bill), written in a complaint or read from a debit
  card left at the counter is CREDIT_CARD; the masked benefit card is not labelled.
- LICENSE_PLATE: the getaway car in a police report and the armoured car in a reconciliation or a
  chat (old and Mercosul forms).
- PROFESSIONAL_ID covers CRM, CRP, COREN, CRC and OAB with the acronym and UF or region.
- A chat sender by name is a PERSON, by number PHONE_NUMBER; "Você", the outlet, "Gerência ..." and
  the bot are not labelled. Names cut at a fixed-width field, or damaged by OCR, are labelled as they
  stand. A company's CNPJ is always BR_CNPJ (numeric or alphanumeric).

Names: Brazilian names of many origins (Portuguese common, north-eastern and old-fashioned,
coined, Italian, German, Polish, Japanese, Lebanese, Korean, Chinese, Haitian, Angolan, Senegalese,
Cape Verdean, indigenous, Jewish, Bolivian, Paraguayan, Venezuelan), rare or invented name words
well above a quarter (main() prints the share). Names that are also words (Rosa, Luz, Flor,
Vitória, Aurora, Bento, Prudente, Amado, Leão, Branco, Serena, Estrela, Glória, Esperança...) are
names here and, elsewhere, words, outlets, bots and places, not persons ("a luz do terminal 3",
"foi uma vitória fechar o caixa", "Casa Lotérica Bento Prudente", "Lotérica Flor do Vale",
"Farmácia Serena", "Presidente Prudente", "Rua Bento Gonçalves", the bot Aurora).

Hard negatives: CNJ numbers, mistyped CPFs (checked to fail), ticket numbers, bet numbers,
authentication codes, linha digitável blocks, terminal ids, NSU, Pix end-to-end ids, protocol
numbers, ICD-10 codes (F43.1, F43.0, M65.3, G56.0, S01.8, S06.0, R55...), CBO and CNAE codes,
money, laws and rules (Lei 13.756/2018, Lei 9.613/1998, Lei 9.099/1995, Lei 13.709/2018,
Resolução CMN 4.935/2021, NR-7, art. 157 of the Código Penal, arts. 884 and 186 of the Código
Civil, Súmula 55 do TST), companies and streets named after people or words, non-birth dates,
private IPs; the script checks CPF-, PIS-, CNH-, título-, CNS- and card-shaped runs outside the spans.
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
            "Vanessa", "Luana", "Tatiane", "Daniele", "Raquel", "Cristiane", "Simone", "Ana Paula", "Sueli", "Larissa",
            "Maria Eduarda", "Lúcia", "Rita", "Priscila", "Rosângela", "Carla", "Débora", "Beatriz", "Aparecida", "Renata",
            "Natália", "Carolina", "Thaís", "Kelly", "Solange", "Vera Lúcia"]
COMMON_M = ["José", "João", "Antônio", "Francisco", "Carlos", "Paulo", "Pedro", "Lucas", "Luiz", "Marcos", "Gabriel",
            "Rafael", "Daniel", "Marcelo", "Bruno", "Eduardo", "Rodrigo", "Gustavo", "Mateus", "Felipe", "Diego",
            "Anderson", "Leandro", "Tiago", "Fábio", "Ricardo", "Alexandre", "João Pedro", "José Carlos", "Raimundo",
            "Sérgio", "Vinícius", "Roberto", "Jorge", "Thiago", "Henrique", "Guilherme", "Leonardo", "Caio", "Edson", "Valdir"]
RARE_F = ["Lucivânia", "Rozilene", "Edinalva", "Joselita", "Francinete", "Gercina", "Adalgisa", "Valdirene", "Jucimara",
          "Elisângela Kátia", "Dulcinéia", "Raimunda Nonata", "Zenaide", "Cremilda", "Orminda", "Iolanda", "Benedita Célia",
          "Derlange", "Gleiciane", "Rayssa Kamilly", "Kauany", "Ysabelly", "Thayane", "Emilly Vitória", "Jhennyfer",
          "Maysa Kauane", "Antonieta", "Socorrinha", "Eurides", "Almerinda", "Laudicéia", "Nivalda", "Lindalva",
          "Maristela", "Zilmar", "Arlinda", "Querência", "Valquíria", "Dione", "Hosana", "Dorgivânia", "Rosicleide",
          "Gildenora", "Zuleide", "Iracilda", "Marlucy", "Edenilza", "Kethelyn"]
RARE_M = ["Adenilson", "Josué Elias", "Valdemir", "Reginaldo", "Gilmar", "Antenor", "Epitácio", "Laurindo", "Sebastião",
          "Durval", "Aristides", "Otacílio", "Belarmino", "Ezequias", "Nivaldo", "Creomar", "Juscelino", "Edivaldo",
          "Gervásio", "Deusdete", "Arlindo", "Clodoaldo", "Zacarias", "Waldisney", "Kleyton", "Jhony", "Welington",
          "Dheyson", "Kauan", "Ryan Victor", "Erivelton", "Adailton", "Cosme", "Damião", "Raniere", "Jailson",
          "Elenildo", "Uelinton", "Gedeão", "Marivaldo", "Djalmir", "Erisvaldo",
          "Genivaldo", "Wanderclei", "Ivanildo", "Joelcio", "Raimar"]
WORD_F = ["Rosa", "Luz", "Flor", "Vitória", "Aurora", "Celeste", "Estrela", "Glória", "Pérola", "Maria da Luz",
          "Rosa Maria", "Esperança", "Socorro", "Maria das Graças", "Graça", "Serena", "Dália", "Jasmim", "Bela", "Alegria"]
WORD_M = ["Bento", "Prudente", "Amado", "Clemente", "Branco", "Justo", "Modesto", "Leão", "Vitório", "Sereno",
          "Constante", "Salvador", "Fortunato", "Honório", "Severino", "Pacífico"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Pereira", "Ferreira", "Costa", "Rodrigues", "Almeida",
          "Nascimento", "Alves", "Carvalho", "Araújo", "Ribeiro", "Gomes", "Martins", "Rocha", "Barbosa", "Mendes",
          "Freitas", "Cardoso", "Teixeira", "Dias", "Moura", "Vieira", "Nunes", "Batista", "Moreira", "Lopes", "Melo",
          "Cavalcante", "Monteiro", "Correia", "Bezerra", "Pinto", "Conceição", "Jesus", "Castro", "Azevedo", "Machado"]
RARE_SUR = ["Mourão Seixas", "Esteves Brum", "Cavalheiro", "Bortoluzzi", "Rosalém", "Quixadá", "Jaguaribe", "Sampaio Tavares",
            "Calixto", "Peçanha", "Marambaia", "Piauhy", "Guaraciaba", "Itapicuru", "Canindé", "Cajueiro", "Mangabeira",
            "Ipiranga Leite", "Barreto Falcão", "Tenório Cabral", "Brasiliano", "Medeiros Galvão", "Amazonas Coelho",
            "Sucupira", "Carnaúba", "Pequeno", "Goulart Brum", "Furtado Serpa", "Régis", "Cunegundes", "Verçosa",
            "Agra", "Borborema", "Figueiredo Sá", "Dornelles", "Zimmermann Paes", "Trajano", "Apolinário", "Anunciação",
            "Bulhões", "Catunda", "Tabosa", "Cisneiros", "Queiroga Pimentel", "Aragão Brito", "Lacerda Pontes",
            "Sobreira", "Bandeira de Mello"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Amado", "Leão", "Paz", "Cruz", "Luz", "Bento", "Flores", "Torres", "Lobo",
            "Neves", "Fontes", "Campos", "Serra", "Vale", "Aurora", "Estrela", "Bonfim", "Guerra", "Leal", "Ramos",
            "Salvador", "Forte", "Pedreira", "Coelho", "Pinheiro", "Corrêa", "Viana", "Rios"]
NICK = {"Francisca": "Chica", "Francisco": "Chico", "José": "Zé", "Antônio": "Toninho", "Antônia": "Toinha",
        "Raimundo": "Mundico", "Maria da Luz": "Luzinha", "Luiz": "Lula", "Rafael": "Rafa", "Gabriel": "Biel",
        "Bento": "Bentinho", "Rosa": "Rosinha", "Vinícius": "Vini", "Guilherme": "Gui", "Henrique": "Rick",
        "Pedro": "Pedrão", "João": "Joãozinho", "Sebastião": "Tião", "Epitácio": "Pita", "Laurindo": "Laurinho",
        "Belarmino": "Bela", "Ezequias": "Zequinha", "Deusdete": "Dete", "Juscelino": "Juju", "Zacarias": "Zaca",
        "Waldisney": "Disney", "Welington": "Tom", "Adailton": "Dadá", "Reginaldo": "Naldo", "Valdemir": "Mirim",
        "Edivaldo": "Divaldo", "Durval": "Duda", "Arlindo": "Lindinho", "Clodoaldo": "Clodo", "Gedeão": "Gedé",
        "Lucivânia": "Luci", "Rozilene": "Rozi", "Edinalva": "Nalva", "Joselita": "Zelita", "Francinete": "Neta",
        "Valdirene": "Val", "Jucimara": "Juci", "Dulcinéia": "Dulce", "Raimunda Nonata": "Nonata", "Gleiciane": "Gleice",
        "Maria das Graças": "Gracinha", "Graça": "Gracinha", "Socorro": "Corrinha", "Aparecida": "Cida", "Beatriz": "Bia",
        "Larissa": "Lari", "Natália": "Nati", "Fernanda": "Nanda", "Mariana": "Mari", "Leonardo": "Léo", "Eduardo": "Dudu",
        "Maria Eduarda": "Duda", "Salvador": "Dodô", "Fortunato": "Tato", "Honório": "Nonô", "Severino": "Biu",
        "Kauan": "Kaká", "Dheyson": "Dhey", "Kleyton": "Kley", "Antonieta": "Nieta", "Almerinda": "Mena",
        "Rosicleide": "Cleide", "Genivaldo": "Geni", "Erisvaldo": "Eris", "Wanderclei": "Clei", "Ivanildo": "Nildo"}
FOREIGN = {
    "it": (["Gemma", "Assunta", "Carmela", "Graziella"], ["Vittorio", "Guido", "Battista", "Ettore"],
           ["Tomasoni", "Pasqualotto", "Zanella", "Dal Pizzol", "Brambilla", "Lazzarotto", "Bortolon", "Ceccon"]),
    "de": (["Ilse", "Frieda", "Ursula", "Hilda"], ["Helmut", "Lothar", "Reinholdo", "Egon"],
           ["Bernsdorf", "Mallmann", "Schwanke", "Kretschmer", "Stoltz", "Hoffmeister", "Wachholz", "Pommerening"]),
    "pl": (["Jadwiga", "Halina", "Bronisława"], ["Zbigniew", "Kazimierz", "Stanisław"],
           ["Wisniewski", "Kowalczyk", "Zawadzki", "Dembinski", "Sobczak"]),
    "jp": (["Emiko", "Harumi", "Mitsuko", "Sayuri"], ["Kazuo", "Tadashi", "Shigeru", "Hideo"],
           ["Yamashiro", "Kinjo", "Taira", "Miyagi", "Shimabukuro", "Uehara", "Tanaka", "Higa"]),
    "ar": (["Leila", "Soraya", "Yasmin", "Nadia"], ["Nagib", "Assad", "Farid", "Jamil"],
           ["Abdalla", "Haddad", "Jorge Elias", "Farah", "Nassif", "Rizk", "Khoury", "Chedid"]),
    "kr": (["Min-ji", "Eun-young", "Soo-ah"], ["Jae-won", "Hyun-woo", "Dong-hyun"], ["Choi", "Shin", "Han", "Yoon"]),
    "cn": (["Xiaomei", "Lihua", "Yuting"], ["Guoqiang", "Zhiwei", "Haoran"], ["Wang", "Liu", "Zhou", "Lin", "Huang"]),
    "ht": (["Mirlande", "Rose-Mickerline", "Fabienne", "Nadège"], ["Wilner", "Jean-Robert", "Dieunel", "Frantz"],
           ["Saint-Fleur", "Pierre-Louis", "Célestin", "Augustin", "Dorvil", "Jean-Baptiste"]),
    "ao": (["Wezi", "Teresa Nzola", "Kiesse"], ["Nkosi", "Lumbu", "Makiadi"], ["Mbala", "Kapinga", "Tshimanga", "Lukeba"]),
    "sn": (["Aminata", "Mariama", "Khady"], ["Cheikh", "Moussa", "Ousmane"], ["Fall", "Mbaye", "Thiam", "Seck"]),
    "in": (["Potyra", "Jaciara", "Araí"], ["Tupã", "Kauê", "Ubiratã"],
           ["Guajajara", "Terena", "Pataxó", "Baniwa", "Kaingang", "Xukuru", "Tikuna"]),
    "jw": (["Ester", "Rivka", "Shoshana"], ["Mordechai", "Avraham", "Yossef"],
           ["Rosenblatt", "Wainstein", "Szterenfeld", "Blinder", "Gurfinkel", "Feldman"]),
    "bo": (["Juana", "Rosmery", "Wilma"], ["Wilfredo", "Ever", "Limber"], ["Condori", "Apaza", "Ticona", "Colque", "Quispe"]),
    "py": (["Nilda", "Liz Mabel", "Zunilda"], ["Ramón", "Arsenio", "Celso"], ["Benítez", "Ayala", "Giménez", "Ñamandú", "Cabañas"]),
    "ve": (["Yusmary", "Mariannys", "Génesis"], ["Yeferson", "Wuilmer", "Jhonder"], ["Bracho", "Villalobos", "Guaramato", "Pirela"]),
    "cv": (["Nha Djassi", "Odete"], ["Djiba", "Nelson"], ["Tavares Lopes", "Semedo", "Varela", "Monteiro Fortes"]),
}
RARE_ORIGINS = ("pl", "kr", "cn", "ht", "ao", "sn", "in", "jw", "bo", "py", "ve", "cv")
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in RARE_ORIGINS:
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])
# words a common-name list may well hold do not count as rare
RARE.difference_update(["Sebastião", "Reginaldo", "Gilmar", "Antenor", "Aristides", "Arlindo", "Cosme", "Damião", "Jailson",
                        "Iolanda", "Valquíria", "Maristela", "Lindalva", "Juana", "Wilma", "Nelson", "Odete", "Celso",
                        "Ramón", "Nilda", "Ester", "Pequeno", "Régis", "Agra", "Calixto", "Trajano", "Apolinário",
                        "Dornelles", "Peçanha", "Cavalheiro", "Kauan", "Tavares Lopes", "Monteiro Fortes", "Durval",
                        "Juscelino", "Zacarias", "Antonieta", "Valdemir", "Nivaldo", "Edivaldo", "Adailton"])
RARE.update(["Gemma", "Assunta", "Graziella", "Ettore", "Tomasoni", "Pasqualotto", "Zanella", "Dal Pizzol", "Lazzarotto",
             "Bortolon", "Ceccon", "Ilse", "Frieda", "Reinholdo", "Egon", "Bernsdorf", "Mallmann", "Schwanke", "Stoltz",
             "Hoffmeister", "Wachholz", "Pommerening", "Emiko", "Harumi", "Mitsuko", "Sayuri", "Tadashi", "Shigeru",
             "Hideo", "Yamashiro", "Kinjo", "Taira", "Shimabukuro", "Uehara", "Higa", "Nagib", "Nassif", "Rizk", "Khoury",
             "Chedid", "Soraya"])

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Costa", "Rosa", "Luz", "Paz", "Cruz", "Silva", "Serra", "Aurora", "Estrela", "Rocha", "Guerra", "Conceição", "Forte",
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
STREET_TYPES = ["Rua", "Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Praça", "Estrada", "Rodovia", "Largo"]
STREET_NAMES = ["Chico Mendes", "Prudente de Morais", "Bento Gonçalves", "Flor de Lis", "da Aurora", "Estrela Dalva",
                "Doutor Epitácio Marambaia", "Coronel Belarmino Sucupira", "Tiradentes", "Quinze de Novembro",
                "Marechal Rondon", "da Paz", "Rosa dos Ventos", "Jorge Amado", "Castro Alves", "Santos Dumont",
                "dos Rodoviários", "Pedro Álvares Cabral", "Getúlio Vargas", "Sete de Setembro", "das Mangueiras",
                "Senador Otacílio Jaguaribe", "Professora Adalgisa Quixadá", "São Bento", "Beira Rio", "Vitória Régia",
                "dos Ipês", "Leão XIII", "da Luz", "Motorista Gervásio Calixto", "Madre Paulina", "Pioneiro Egon Wachholz",
                "Doutor Nagib Chedid", "das Acácias", "Dom Hélder Câmara", "da Glória", "Padre Ezequias Canindé",
                "Vereador Laurindo Borborema", "Rio Branco", "Treze de Maio", "da Estação", "Nova Esperança",
                "dos Caminhoneiros", "Juscelino Kubitschek", "Mãe Menininha", "Zumbi dos Palmares", "Presidente Dutra",
                "Cobrador Deusdete Agra", "do Contorno", "Bom Jesus dos Passos"]
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
BAIRROS = ["Centro", "Jardim Aurora", "Vila Rosa", "São Bento", "Alto da Paz", "Cohab", "Vila Olímpica", "Jardim Estádio",
           "Jardim Vitória", "Bela Vista", "Parque das Flores", "Vila Estrela", "Cidade Nova", "Glória", "Benfica",
           "Cajazeiras", "Vila Prudente", "Tijuca", "Pituba", "Boa Viagem", "Bairro da Luz", "Jardim Esperança",
           "Moinhos de Vento", "Santa Luzia", "Vila Operária", "Aldeota", "Savassi", "Praia do Canto"]
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
        if g.startswith("Maria d") or g in ("Rosa Maria", "Ana Paula", "João Pedro", "José Carlos", "Liz Mabel", "Maria Eduarda", "Vitória Maria",
                                                  "Vera Lúcia", "Elisângela Kátia", "Raimunda Nonata", "Benedita Célia", "Rayssa Kamilly",
                 "Emilly Vitória", "Maysa Kauane", "Josué Elias", "Ryan Victor", "Teresa Nzola", "Nha Djassi"):
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
        """Hex ids (sessions, subscriptions, customers); never a run of nine or more digits that could read as an identifier."""
        while True:
            s = "".join(self.rng.choice("0123456789abcdef") for _ in range(n))
            if not re.search(r"\d{9}", s):
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
            return self.pick([f"CREFITO-{self.ri(1, 18)} {self.d(6)}-F", f"CREFITO-{self.ri(1, 18)}/{self.d(5)}-F",
                              f"CREFITO {self.ri(1, 18)} nº {self.ri(10000, 399999)}-F"])
        if kind == "CREF":
            c = f"{self.ri(1, 199999):06d}"
            return self.pick([f"CREF {c}-G/{uf}", f"CREF {c}-G/{uf}", f"CREF {c.lstrip('0')}-G/{uf}", f"CREF-{uf} {c}-G",
                              f"CREF {self.ri(1, 20)}/{uf} {c}-G", f"CREF {c}-P/{uf}", f"CREF nº {c}-G/{uf}"])
        if kind == "CRN":
            return self.pick([f"CRN-{self.ri(1, 11)} {self.ri(1000, 99999)}", f"CRN{self.ri(1, 11)} {self.ri(1000, 99999)}/P",
                              f"CRN-{self.ri(1, 11)}/{uf} {self.ri(1000, 99999)}"])
        if kind == "CRBM":
            return self.pick([f"CRBM-{self.ri(1, 6)} {self.ri(1000, 59999)}", f"CRBM {self.ri(1, 6)}ª Região nº {self.ri(1000, 59999)}"])
        if kind == "CRF":
            return self.pick([f"CRF-{uf} {n}", f"CRF/{uf} {dotted}"])
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
RG_ORG = ["SSP/SP", "SSP/BA", "SDS/PE", "SSP/MG", "DETRAN/RJ", "SESP/PR", "SSP/CE", "PC/RS", "SSP/GO", "SEJUSP/MS"]


def caps_t(template: str) -> str:
    """ALL CAPS (accents folded) outside the «keys» of a template."""
    return "".join(part if MARK.fullmatch(part) else fold(part).upper() for part in re.split(r"(«\w+»)", template))


def qualify(g: Gen, doc: Doc, p: Person, caps: bool = False, rg: bool = True, email: bool | str = False, phone: bool = False,
            addr: bool = True, dob: bool = False, where: tuple[str, str] | None = None, titulo: bool = False,
            pis: bool = False, job: str | None = None) -> None:
    """'NAME, brasileira, solteira, catadora, RG nº ..., CPF nº ..., residente na ..., CEP ...' with gold spans."""
    up = caps_t if caps else (lambda s: s)
    doc.e(p.capsf if caps else g.pick([p.caps, p.full, p.full]), "PERSON")
    doc.t(", " + up(f"{g.pick(NATIONALITY[p.female])}, {g.pick(CIVIL[p.female])}, {job or g.pick(JOBS[p.female])}"))
    if dob:
        doc.f(up(", nascid«o» em "), o=p.o.upper() if caps else p.o)
        doc.e(g.dob(g.pick(["br", "long"]) if not caps else "br", 1955, 2004), "DATE_OF_BIRTH")
    if rg is True and g.chance(0.2):
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


def lawyer_sig(g: Gen, doc: Doc, n: int = 1, email: bool = True, dom: str | None = None) -> None:
    uf = g.pick(UFS)
    for _ in range(n):
        lw = g.person()
        doc.f("«n»\n«o»\n", n=P(g.pick([lw.full, lw.caps])), o=(g.council("OAB", uf), "PROFESSIONAL_ID"))
        if email and g.chance(0.6):
            doc.f("«e»\n", e=(corp_mail(lw, dom or g.pick(["advocaciapopular.adv.br", "defensoria.adv.br", "gmail.com", "trabalhista.adv.br"]), g),
                             "EMAIL_ADDRESS"))
        doc.t("\n")



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
    """(tipo, (key, LABEL)): a random key, a phone, an e-mail or the CPF."""
    kind = g.pick(["aleatoria", "aleatoria", "celular", "cpf", "email"])
    if kind == "aleatoria":
        return "aleatória", (g.uuid(), "PIX_KEY")
    if kind == "celular":
        return "celular", (g.phone(g.pick(["e164", "par", "raw"])), "PHONE_NUMBER")
    if kind == "email":
        return "e-mail", (g.email(p), "EMAIL_ADDRESS")
    return "CPF", (cpf or g.cpf(), "BR_CPF")




def spoken_digits(s: str) -> str:
    return " ".join(NUM_WORDS[int(c)] for c in s if c.isdigit())


def stt_cpf(n: str, g: Gen) -> str:
    return g.pick([f"{n[:3]} {n[3:6]} {n[6:9]} {n[9:]}", f"{n[:3]} {n[3:6]} {n[6:9]} traco {n[9:]}",
                   f"{n[:3]} ponto {n[3:6]} ponto {n[6:9]} {n[9:]}", spoken_digits(n)])


def stt_dob(g: Gen) -> str:
    dd, mm, yy = g.dob_parts(1950, 2006)
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


def chat_stamp(ios: bool):
    def st(t: datetime.datetime) -> str:
        return ts(t, "waios") + " " if ios else ts(t, "wa") + " - "
    return st


def esign_log(g: Gen, doc: Doc, signers: list[tuple[Person, str]], t0: datetime.datetime, style: str | None = None) -> None:
    """An e-signature log: name, e-mail, IP, time (envelope id upper-case UUID, not labelled)."""
    doc.f("\nLOG DE ASSINATURAS — envelope «e»\n", e=clean(g, lambda: str(uuid.UUID(int=g.rng.getrandbits(128), version=4)).upper()))
    rows = []
    t = t0
    for p, mail in signers:
        t = t + datetime.timedelta(minutes=g.ri(2, 600))
        rows.append([P(g.pick([p.full, p.caps])), (mail, "EMAIL_ADDRESS"), (g.ip(), "IP_ADDRESS"), V(ts(t, "brs")),
                     V(g.pick(["assinou", "assinou (token SMS)", "assinou (gov.br)", "assinou (selfie + token)"]))])
    table_ruled(doc, ["signatário", "e-mail", "IP", "data/hora", "evento"], rows, style or g.pick(["plus", "psql", "plain"]))


CNJ_SEG = {"SP": "8.26", "RJ": "8.19", "MG": "8.13", "RS": "8.21", "PR": "8.16", "SC": "8.24", "BA": "8.05", "PE": "8.17",
           "CE": "8.06", "RN": "8.20", "PB": "8.15", "AL": "8.02", "SE": "8.25", "PI": "8.18", "MA": "8.10", "PA": "8.14",
           "AM": "8.04", "GO": "8.09", "DF": "8.07", "MS": "8.12", "MT": "8.11", "ES": "8.08", "RR": "8.23", "AC": "8.01"}
TRT = {"SP": "5.02", "RJ": "5.01", "MG": "5.03", "RS": "5.04", "PR": "5.09", "SC": "5.12", "BA": "5.05", "PE": "5.06",
       "CE": "5.07", "RN": "5.21", "PB": "5.13", "AL": "5.19", "SE": "5.20", "PI": "5.22", "MA": "5.16", "PA": "5.08",
       "AM": "5.11", "GO": "5.18", "DF": "5.10", "MS": "5.24", "MT": "5.23", "ES": "5.17", "RR": "5.11", "AC": "5.14"}


# --------------------------------------------------------------------------- register: lottery outlets and banking correspondents

SEED = 11818
OUT_NAME = "hundredeighteenth.jsonl"

# (fantasy name, company name, domain, kind)
LOTERICAS = [("Lotérica Trevo da Sorte", "Trevo da Sorte Loterias Ltda.", "trevodasorte.com.br", "lotérica"),
             ("Lotérica Estrela Guia", "Estrela Guia Casa Lotérica Ltda. ME", "lotericaestrelaguia.com.br", "lotérica"),
             ("Casa Lotérica Bento Prudente", "Bento Prudente Loterias Eireli", "bentoprudente.com.br", "lotérica"),
             ("Lotérica Rosa dos Ventos", "Rosa dos Ventos Serviços Lotéricos Ltda.", "lotericarosadosventos.com.br", "lotérica"),
             ("Lotérica Aurora da Sorte", "Aurora da Sorte Loterias Ltda.", "auroradasorte.com.br", "lotérica"),
             ("Lotérica Flor do Vale", "Flor do Vale Casa Lotérica Ltda.", "lotericaflordovale.com.br", "lotérica"),
             ("Lotérica Leão de Ouro", "Leão de Ouro Loterias e Serviços Ltda.", "leaodeouro.com.br", "lotérica"),
             ("Lotérica Luz da Sorte", "Luz da Sorte Loterias Ltda. ME", "luzdasorte.com.br", "lotérica"),
             ("Lotérica Amado & Filhos", "Amado & Filhos Casa Lotérica Ltda.", "amadoefilhos.com.br", "lotérica"),
             ("Lotérica Vitória Régia", "Vitória Régia Loterias Ltda.", "vitoriaregia.com.br", "lotérica")]
CORRESP = [("Mercadinho Bom Jesus", "Mercadinho Bom Jesus dos Passos Ltda.", "mercadinhobomjesus.com.br", "correspondente"),
           ("Farmácia Serena", "Drogaria Serena Ltda. ME", "farmaciaserena.com.br", "correspondente"),
           ("Papelaria Glória", "Glória Papelaria e Serviços Ltda.", "papelariagloria.com.br", "correspondente"),
           ("Armazém Prudente", "Armazém Prudente Comércio de Alimentos Ltda.", "armazemprudente.com.br", "correspondente"),
           ("Conveniência Estrela do Norte", "Estrela do Norte Conveniência Eireli", "estreladonorte.com.br", "correspondente"),
           ("Pague Fácil Centro", "Pague Fácil Serviços de Correspondente Ltda.", "paguefacilcentro.com.br", "correspondente")]
REDES = [("RedeFácil Correspondentes", "redefacil.com.br"), ("PagaPerto Soluções", "pagaperto.com.br"),
         ("Conta na Esquina", "contanaesquina.com.br"), ("Banco Cidadão Serviços", "bancocidadao.com.br")]
BANK_PARTNERS = [("Caixa Econômica Federal", "caixa.gov.br"), ("Banco Ipê Múltiplo S.A.", "bancoipe.com.br"),
                 ("Banco Sertanejo S.A.", "bancosertanejo.com.br"), ("Cooperativa de Crédito Vale Aurora", "valeaurora.coop.br")]
OCC_CLINICS = [("Clínica Ocupacional Celeste", "ocupacionalceleste.med.br"), ("SESMT Prudente Medicina do Trabalho", "sesmtprudente.com.br"),
               ("MedTrab Bonfim", "medtrabbonfim.com.br"), ("Policlínica Serena", "policlinicaserena.com.br"),
               ("Instituto Aurora de Saúde do Trabalhador", "institutoaurora.med.br")]
PSY_PLACES = [("Instituto Aurora de Psicologia", "institutoaurorapsi.com.br"), ("Espaço Luz Psicologia", "espacoluzpsi.com.br"),
              ("Clínica Esperança Saúde Mental", "clinicaesperanca.com.br"), ("Consultório Flor de Lótus", "flordelotuspsi.com.br")]
TRANSVALORES = ["Transvalores Serra Forte", "Leão Valores e Escolta", "Fortaleza Transporte de Valores", "TV Estrela Segura"]
BOTS = ["Trevinho", "Sortudo", "Aurora", "Bilhetinho", "Lulu da Sorte"]
ROLE_BOXES = ["sac", "contato", "atendimento", "financeiro", "juridico", "naoresponda", "no-reply", "ouvidoria", "bolao", "boloes", "premios",
              "auditoria", "tesouraria", "loterica", "correspondente", "correspondentes", "sesmt", "medicina", "agendamento", "psicologia",
              "rh", "dp", "compliance", "faturamento", "privacidade", "dpo", "suporte", "protocolo", "cadastro", "gerencia", "seguranca"]
GAMES = [("Mega-Sena", 6, 60), ("Lotofácil", 15, 25), ("Quina", 5, 80), ("Dupla Sena", 6, 50), ("Timemania", 10, 80),
         ("Dia de Sorte", 7, 31), ("+Milionária", 6, 50), ("Mega da Virada", 6, 60), ("Lotomania", 20, 100)]
FAIXAS = {"Mega-Sena": ["sena", "quina", "quadra"], "Mega da Virada": ["sena", "quina", "quadra"], "Lotofácil": ["15 acertos", "14 acertos", "13 acertos"],
          "Quina": ["quina", "quadra", "terno"], "Dupla Sena": ["quina do 1º sorteio", "quadra do 2º sorteio"], "Timemania": ["6 acertos", "5 acertos"],
          "Dia de Sorte": ["6 acertos", "5 acertos"], "+Milionária": ["5 acertos + 1 trevo", "4 acertos + 2 trevos"], "Lotomania": ["18 acertos", "17 acertos"]}
BILLS = ["Enel", "Sabesp", "Cemig", "Coelba", "Copasa", "Neoenergia Pernambuco", "Compesa", "Light", "Equatorial Pará", "Cagece",
         "condomínio", "boleto de faculdade", "carnê das Casas Aurora", "IPTU", "fatura de cartão", "boleto do plano de saúde"]
BENEFITS = ["Bolsa Família", "Bolsa Família", "saque do FGTS", "seguro-desemprego", "saque-aniversário do FGTS", "abono salarial (PIS)", "BPC"]
JOBS = {True: ["operadora de caixa", "atendente de lotérica", "autônoma", "diarista", "do lar", "costureira", "professora", "cozinheira",
               "auxiliar de serviços gerais", "vendedora", "aposentada", "comerciante", "técnica de enfermagem", "manicure"],
        False: ["operador de caixa", "atendente de lotérica", "motorista", "pedreiro", "comerciante", "aposentado", "vigilante", "servente",
                "motoboy", "eletricista", "autônomo", "vendedor ambulante", "agricultor", "porteiro"]}
ROBBERY_ICD = [("F43.0", "reação aguda ao estresse"), ("F43.1", "transtorno de estresse pós-traumático"), ("F41.1", "ansiedade generalizada"),
               ("F32.1", "episódio depressivo moderado"), ("F43.2", "transtorno de adaptação"), ("G47.0", "insônia")]
OCC_ICD = [("M65.3", "dedo em gatilho"), ("M75.1", "síndrome do manguito rotador"), ("G56.0", "síndrome do túnel do carpo"),
           ("M54.5", "dor lombar baixa"), ("M77.1", "epicondilite lateral"), ("H53.1", "distúrbio visual subjetivo (fadiga visual)")]
ER_ICD = [("S01.8", "ferimento da cabeça (coronhada)", "sutura com fio nylon 4-0"), ("S06.0", "concussão cerebral", "observação neurológica por 6 h"),
          ("S60.2", "contusão de punho e mão", "imobilização e analgesia"), ("R55", "síncope", "hidratação venosa e glicemia capilar"),
          ("T14.0", "escoriações múltiplas", "curativo e analgesia"), ("F41.0", "crise de pânico", "diazepam 10 mg VO e observação"),
          ("I10", "pico hipertensivo", "captopril 25 mg SL e reavaliação")]


def outlet(g: Gen, kind: str | None = None) -> tuple[str, str, str, str]:
    if kind == "lotérica" or (kind is None and g.chance(0.65)):
        return g.pick(LOTERICAS)
    return g.pick(CORRESP)


def art(name: str, prep: str) -> str:
    """'na'/'no' ('em') or 'da'/'do' ('de') before an outlet's name."""
    masc = name.split()[0] in ("Mercadinho", "Armazém", "Pague", "mercadinho", "armazem", "pague")
    return {"em": "no" if masc else "na", "de": "do" if masc else "da"}[prep]


def addr_pair(g: Gen) -> tuple[str, str]:
    """One address as the typed record writes it and as the call's transcript says it."""
    t = g.pick(STREET_TYPES)
    name = g.pick(STREET_NAMES)
    num = str(g.ri(3, 3999)) if g.chance(0.92) else ""
    comp = g.pick(["", "", "", f"apto {g.ri(11, 1204)}", f"casa {g.ri(1, 9)}", "fundos", f"bloco {g.pick('ABCD')} apto {g.ri(11, 408)}"])
    typed = f"{t} {name}, {num or 's/n'}" + (f", {comp}" if comp else "")
    spoken = fold(f"{t} {name} {num or 'sem numero'}" + (f" {comp}" if comp else "")).lower().replace("apto", "apartamento")
    return typed, spoken


def game(g: Gen, name: str | None = None) -> tuple[str, int, int]:
    return next(x for x in GAMES if x[0] == name) if name else g.pick(GAMES)


def dezenas(g: Gen, gm: tuple[str, int, int], sep: str = " ") -> str:
    """The numbers of a bet (not labelled)."""
    name, k, top = gm
    nums = sorted(g.rng.sample(range(1, top + 1), k))
    out = sep.join(f"{n % 100:02d}" for n in nums)
    if name == "+Milionária":
        out += f"{sep}trevos {g.ri(1, 3)} e {g.ri(4, 6)}"
    return out


def concurso(g: Gen) -> str:
    return str(g.ri(2650, 3150))


def clean(g: Gen, make) -> str:
    """A hard-negative string (ticket, barcode, authentication...) in which no run passes a CPF, PIS, CNH, título, CNS or card check."""
    while True:
        s = make()
        if not bad_run(s):
            return s


def bilhete(g: Gen) -> str:
    """A ticket's control number (not labelled)."""
    return clean(g, lambda: g.pick([f"{g.d(3)}.{g.d(4)}.{g.d(4)}-{g.d(2)}", f"{g.d(2)}-{g.d(6)}-{g.d(6)}",
                                    f"{g.hexs(4, True)}-{g.hexs(4, True)}-{g.hexs(4, True)}-{g.hexs(4, True)}", f"{g.d(4)} {g.d(4)} {g.d(4)} {g.d(3)}"]))


def cota_id(g: Gen) -> str:
    return g.pick([f"{g.d(4)}/{g.ri(1, 40):02d}", f"BL-{g.d(5)}-{g.ri(1, 30):02d}", f"{g.hexs(6, True)}"])


def autent(g: Gen) -> str:
    """A receipt's authentication code (not labelled)."""
    return g.pick([".".join(g.hexs(4, True) for _ in range(4)), " ".join(g.hexs(2, True) for _ in range(10)),
                   clean(g, lambda: f"{g.d(3)}.{g.d(3)}.{g.d(3)}.{g.d(3)}.{g.d(3)}")])


def terminal(g: Gen) -> str:
    return g.pick([f"TFL {g.d(4)}-{g.d(2)}", f"T{g.d(3)}", f"POS-{g.up(2)}{g.d(4)}", f"{g.d(2)}.{g.d(4)}", f"TFL-{g.d(5)}"])


def cod_lot(g: Gen) -> str:
    """The outlet's code at the bank (not labelled)."""
    return g.pick([f"{g.d(2)}.{g.d(6)}-{g.d(1)}", f"{g.d(4)}-{g.d(3)}", f"COBAN {g.d(6)}"])


def linha_boleto(g: Gen) -> str:
    """A bank slip's 'linha digitável' (five groups, not labelled)."""
    bank = g.pick(["001", "237", "341", "104", "033", "756", "748", "077"])
    return clean(g, lambda: f"{bank}9{g.d(1)}.{g.d(5)} {g.d(5)}.{g.d(6)} {g.d(5)}.{g.d(6)} {g.d(1)} {g.ri(9000, 9999)}{g.d(10)}")


def linha_conta(g: Gen) -> str:
    """A utility bill's barcode line (four 11-digit blocks, each with its own digit; none passes a check)."""
    return "  ".join(f"{g.neg(11)}-{g.d(1)}" if k else f"8{g.pick('1234')}{g.neg(11)[2:]}-{g.d(1)}" for k in range(4))


def e2e(g: Gen, t: datetime.datetime) -> str:
    """A Pix end-to-end id (not labelled)."""
    return f"E{g.d(8)}{t.strftime('%Y%m%d%H%M')}{g.hexs(11)}"


def bf_card(g: Gen) -> str:
    """The benefit card printed masked (not labelled)."""
    return g.pick([f"6277 80** **** {g.d(4)}", f"************{g.d(4)}", f"6277 80XX XXXX {g.d(4)}", f"final {g.d(4)}"])


def ctps(g: Gen, uf: str) -> str:
    return g.pick([f"{g.d(7)} série {g.d(4)}-{uf}", f"{g.d(7)}/{g.d(5)}-{uf}", "digital"])


def bo_no(g: Gen) -> str:
    return g.pick([f"{g.up(2)}{g.d(4)}-{g.d(1)}/{g.ri(2025, 2026)}", f"{g.d(5)}/{g.ri(2025, 2026)}", f"{g.d(3)}-{g.d(5)}/{g.ri(2025, 2026)}-{g.d(1)}"])


def malote(g: Gen) -> str:
    return f"{g.up(2)}{g.d(7)}"


def nsu(g: Gen) -> str:
    return g.pick([g.d(6), g.d(9) + g.up(1), f"{g.d(4)}.{g.d(4)}"])


def city_of(g: Gen, uf: str) -> tuple[str, str]:
    """A city of the given state (the pool has at least one for every UF used)."""
    return g.pick([c for c in CITIES if c[1] == uf])


def dra(p: Person) -> str:
    return "Dra." if p.female else "Dr."


def stt_groups(n: str, g: Gen) -> str:
    """An identifier as a call transcript writes it: in groups, or digit by digit in words."""
    return g.pick([" ".join(n[i:i + 3] for i in range(0, len(n), 3)), spoken_digits(n), f"{n[:5]} {n[5:]}"])


def prize_values(g: Gen, small: bool = False) -> tuple[float, float, float]:
    gross = g.ri(800, 2200) + g.pick([0.0, 0.34, 0.72, 0.15]) if small else g.ri(3, 900) * 1000 + g.pick([0.0, 0.47, 0.81, 0.23, 0.6])
    ir = 0.0 if gross <= 2259.20 else round(gross * 0.30, 2)
    return gross, ir, round(gross - ir, 2)


def word_neg(g: Gen) -> str:
    return g.pick(["A luz do terminal 3 ficou piscando a tarde toda, chamei o suporte.", "Foi uma vitória fechar o caixa sem quebra no dia do Bolsa Família.",
                   "A Casa Lotérica Bento Prudente abre às 8h no sábado.", "Na Rua Bento Gonçalves a fila dobrou a esquina hoje.",
                   "Seria prudente pedir o carro-forte mais cedo no dia 18.", "O bilhete premiado saiu na Lotérica Estrela Guia, deu até no jornal.",
                   "A paz voltou depois que instalaram a porta giratória.", "Esperança é a última que morre 🍀", "Aposta com campo em branco não vale.",
                   "A Lotérica Flor do Vale pagou a quina do concurso passado.", "Amado ou odiado, o bolão da virada lota a loja.",
                   "Presidente Prudente teve ganhador da Lotofácil de novo.", "Na Avenida Presidente Vargas o caixa eletrônico está sem cédulas.",
                   "A Farmácia Serena virou correspondente e a fila aumentou.", "O Leão de Ouro mudou de endereço, mas o telefone é o mesmo.",
                   "A cor rosa do volante da Dupla Sena acabou, repor amanhã.", "Justo no dia do pagamento o sistema caiu.",
                   "Glória a Deus, a quadra saiu pro bolão da firma!", "A estrela do cartaz da Mega está descolando."])


def cust_neg(g: Gen) -> str:
    """A customer's aside in a chat, with name-like words used as words, outlets and places."""
    return g.pick(["se der a mega eu paro de trabalhar kkk", "a fila da lotérica da rua bento gonçalves tava dobrando a esquina",
                   "esperança é a última que morre 🍀", "aposta com campo em branco vale?", "presidente prudente teve ganhador de novo né",
                   "justo hoje o app caiu", "a lotérica flor do vale tava sem sistema de manhã", "o leão de ouro mudou de endereço, mas o telefone é o mesmo",
                   "foi uma vitória achar esse bilhete na gaveta", "sonhei com a rosa do meu jardim e joguei o 13 kkk", "amado, vc viu o resultado?"])


def teller(g: Gen, p: Person, caps: bool = False) -> tuple:
    """The operator of a receipt: a login (not labelled) or the name (PERSON)."""
    if g.chance(0.6):
        return V(login(p, g).upper() if caps else login(p, g))
    return P(fold(g.pick([p.first, p.short, p.full])).upper() if caps else g.pick([p.first, p.short]))


# --------------------------------------------------------------------------- atendimento


def at_zap_bolao(g: Gen) -> Doc:
    """The WhatsApp group of a bolão run by an outlet's attendant (lower case): shares, Pix, the players' data after a win."""
    doc = Doc()
    fan, raz, dom, _ = outlet(g, "lotérica")
    gm = game(g, g.pick(["Mega-Sena", "Mega da Virada", "Quina", "Lotofácil", "+Milionária"]))
    att = g.person(female=g.chance(0.7))
    st = chat_stamp(g.chance(0.4))
    tt = iter(seq_times(g, 40, g.moments(1, g.day(), 1, (7, 21))[0], 60, 3000))
    doc.f("Conversa do WhatsApp com Bolão «j» 🍀 «f»\n\n", j=gm[0], f=fan)
    a = P(lower(g.pick([att.first, att.short, att.nick]))) if g.chance(0.35) else V("Você")
    key = g.uuid()
    players = [g.person() for _ in range(g.ri(3, 5))]
    quota = [g.ri(1, 3) for _ in players]
    n_cotas = max(g.pick([10, 12, 15, 20, 25]), sum(quota) + g.ri(0, 4))
    t0 = next(tt)
    cl(doc, st(t0), a, "«gr» pessoal!! bolão da «j» concurso «c», «n» cotas de r$ «v». pix na chave aleatória da lotérica «k» e manda o comprovante aqui",
       gr="bom dia" if t0.hour < 12 else ("boa tarde" if t0.hour < 18 else "boa noite"), j=lower(gm[0]), c=concurso(g), n=n_cotas,
       v=brl(g.pick([15, 20, 25, 30, 40, 50]) + 0.0), k=(key, "PIX_KEY"))
    senders = []
    for p in players:
        if g.chance(0.3):
            senders.append(P(lower(g.pick([p.first, p.short, p.nick, p.first + " " + g.pick(["trabalho", "vizinha", "academia", "igreja"])]))
                             if g.chance(0.85) else p.first))
        else:
            senders.append((g.phone("wa"), "PHONE_NUMBER"))
    for k, (p, s) in enumerate(zip(players, senders)):
        r = g.rng.random()
        if r < 0.35:
            q = quota[k]
            cl(doc, st(next(tt)), s, "quero «q» cota«pl», já mandei o pix", q=g.pick([str(q), ["uma", "duas", "três"][q - 1]]), pl="" if q == 1 else g.pick(["s", "s", ""]))
        elif r < 0.6:
            x, fem = g.pick([("minha esposa", True), ("meu marido", False), ("minha irmã", True), ("meu cunhado", False)])
            cl(doc, st(next(tt)), s, "eu e «x» «n» queremos uma cada", x=x, n=P(lower(g.person(female=fem).first)))
        elif r < 0.8:
            x, fem = g.pick([("do meu filho", False), ("do meu genro", False), ("do meu patrão", False),
                             ("do meu marido", False) if p.female else ("da minha esposa", True)])
            if g.chance(0.5):
                cl(doc, st(next(tt)), s, "paguei pelo pix «x», «n», confere aí", x=x, n=P(lower(g.person(fem).full)))
            else:
                cl(doc, st(next(tt)), s, "paguei pelo pix «x», confere aí", x=x)
        else:
            cl(doc, st(next(tt)), s, "me coloca com «q» cota«pl», amanhã passo aí e pago em dinheiro", q=quota[k], pl="s" if quota[k] > 1 else "")
    doc.t(st(next(tt)))
    doc.e(a[0], a[1])
    doc.t(": lista atualizada 📋\n")
    for k, p in enumerate(players):
        q = quota[k]
        doc.f("«k». «n» — «q» cota«pl» «ok»\n", k=k + 1, n=P(lower(g.pick([p.full, p.short]))), q=q, pl="s" if q > 1 else "", ok=g.pick(["✅", "✅", "⏳ falta pagar"]))
    cl(doc, st(next(tt)), a, "jogos registrados: «d1» / «d2» (id do bolão «b»)", d1=dezenas(g, gm), d2=dezenas(g, gm), b=cota_id(g))
    top = g.chance(0.6)
    fx = FAIXAS[gm[0]][0] if top else g.pick(FAIXAS[gm[0]][1:])
    cl(doc, st(next(tt)), senders[0], "gente!!! deu «f» 😱😱", f=fx)
    gross, ir, net = prize_values(g)
    if not top:
        gross = g.ri(12, 90) * 1000 + g.pick([0.0, 0.35, 0.8])
        ir = round(gross * 0.30, 2)
        net = round(gross - ir, 2)
    cl(doc, st(next(tt)), a, "confirmado, «f» no valor bruto de r$ «v». acima do limite tem 30% de ir, fica r$ «l» por cota. como passa do limite da lotérica "
       "vai ser crédito em conta, cada um me manda nome completo, cpf e banco/agência/conta", f=fx, v=brl(gross), l=brl(net / n_cotas))
    for k, (p, s) in enumerate(zip(players, senders)):
        if k > 3:
            break
        r = g.rng.random()
        if r < 0.45:
            vals = dict(c=(g.cpf(), "BR_CPF"), b=lower(g.pick(BANKS)[1]), ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"))
            if g.chance(0.4):
                cl(doc, st(next(tt)), s, "«n» cpf «c» «b» ag «ag» cc «ac»", n=P(lower(p.full)), **vals)
            else:
                cl(doc, st(next(tt)), s, "cpf «c» «b» ag «ag» cc «ac»", **vals)
        elif r < 0.75:
            cpf = g.cpf()
            kind, (kv, kl) = pix_key(g, p, cpf)
            if kind == "CPF":
                kv, kind = g.pick([(kv, "cpf"), ("é o próprio cpf", "")]), ""
            if g.chance(0.5):
                cl(doc, st(next(tt)), s, "«n», cpf «c». pode mandar no pix, chave «t»«k»", n=P(lower(g.pick([p.full, p.short]))), c=(cpf, "BR_CPF"),
                   t=kind + " " if kind else "", k=(kv, kl) if kv != "é o próprio cpf" else V(kv))
            else:
                cl(doc, st(next(tt)), s, "cpf «c». pode mandar no pix, chave «t»«k»", c=(cpf, "BR_CPF"), t=kind + " " if kind else "",
                   k=(kv, kl) if kv != "é o próprio cpf" else V(kv))
        else:
            cl(doc, st(next(tt)), s, "nao tenho conta 😅 pode ser na conta da minha filha «n»? cpf dela «c»", n=P(lower(g.relative(p, True).full)),
               c=(g.cpf(), "BR_CPF"))
    if g.chance(0.4):
        cl(doc, st(next(tt)), senders[-1], "eu mandei o cpf errado ontem, o certo é «c»", c=(g.cpf("raw"), "BR_CPF"))
    cl(doc, st(next(tt)), a, g.pick(["vou levar tudo na agência amanhã com a «g»", "o pagamento sai em até 2 dias úteis depois da conferência da «g»"]),
       g=P(lower(g.person(True).first)) if g.chance(0.4) else V("gerência"))
    if g.chance(0.35):
        cl(doc, st(next(tt)), senders[1], cust_neg(g))
    return doc


def at_comprovantes(g: Gen) -> Doc:
    """A strip of terminal receipts in capitals: benefit withdrawal, bill payment, deposit, top-up, FGTS."""
    doc = Doc()
    fan, raz, dom, kind = outlet(g)
    op = g.person(female=g.chance(0.65))
    uf = g.pick(UFS)
    city, _ = city_of(g, uf)
    t = g.moments(5, g.day(), 1, (8, 18))
    term = terminal(g)
    opl = teller(g, op, True)
    doc.f("«f»\n«r»\nCNPJ «c»    «k» «cod»\n«ci»/«uf»\n", f=fold(fan).upper(), r=fold(raz).upper(), c=(g.any_cnpj(), "BR_CNPJ"),
          k="COD. LOTERICO" if kind == "lotérica" else "COD. CORRESPONDENTE", cod=cod_lot(g), ci=fold(city).upper(), uf=uf)
    kinds = g.sample(["bf", "boleto", "deposito", "recarga", "fgts", "conta"], g.ri(3, 5))
    for k, tp in enumerate(kinds):
        doc.t("-" * 40 + "\n")
        if tp == "bf":
            b = g.person(female=g.chance(0.8))
            doc.t("   COMPROVANTE DE SAQUE - BOLSA FAMILIA\n")
            doc.f("BENEFICIARIO: «n»\nNIS: «nis»\nCARTAO: «c»\nPARCELA: «p»    VALOR: R$ «v»\n", n=P(g.pick([b.capsf, cut(b.capsf, 30)])),
                  nis=(g.pis(), "BR_PIS"), c=bf_card(g), p=f"{g.ri(1, 12):02d}/{g.pick([2025, 2026])}", v=brl(g.pick([600, 650, 750, 800, 900, 1050]) + 0.0))
        elif tp == "boleto":
            p = g.person()
            doc.t("   COMPROVANTE DE PAGAMENTO DE TITULO\n")
            doc.f("BENEFICIARIO: «b»\n", b=fold(g.pick(["ESCOLA AURORA LTDA", "CONDOMINIO RESIDENCIAL FLOR DO CAMPO", "CASAS LEAO MOVEIS", "UNIVERSIDADE VALE DO SOL",
                                                    "PLANO SAUDE VIDA BOA"])))
            if g.chance(0.7):
                doc.f("PAGADOR: «n»\nCPF PAGADOR: «c»\n", n=P(p.capsf), c=(g.cpf(), "BR_CPF"))
            else:
                doc.f("PAGADOR: «n»\nCPF PAGADOR: ***.«a».«b»-**\n", n=P(p.capsf), a=g.d(3), b=g.d(3))
            doc.f("LINHA DIGITAVEL:\n«l»\nVENCIMENTO: «d»    VALOR: R$ «v»\n", l=linha_boleto(g), d=g.date("br"), v=brl(g.ri(40, 2400) + 0.9))
        elif tp == "deposito":
            fv, dp = g.person(), g.person()
            bk = g.pick(BANKS)
            doc.t("   DEPOSITO EM CONTA - DINHEIRO\n")
            doc.f("BANCO: «bc» «bn»\nAGENCIA: «ag»    CONTA: «ac»\nFAVORECIDO: «f»\nDEPOSITANTE: «d»\n", bc=bk[0], bn=fold(bk[1]).upper(),
                  ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"), f=P(g.pick([fv.capsf, cut(fv.capsf, 26)])), d=P(dp.capsf))
            if g.chance(0.5):
                doc.f("CPF DEPOSITANTE: «c»\n", c=(g.cpf(), "BR_CPF"))
            if g.chance(0.5):
                doc.f("TEL DEPOSITANTE: «t»\n", t=(g.phone(g.pick(["par", "raw"])), "PHONE_NUMBER"))
            doc.f("VALOR: R$ «v»\n", v=brl(g.ri(50, 3000) + 0.0))
        elif tp == "recarga":
            doc.t("   RECARGA DE CELULAR\n")
            doc.f("OPERADORA: «o»\nNUMERO: «n»\nVALOR: R$ «v»\nNSU OPERADORA: «nsu»\n", o=g.pick(["VIVO", "CLARO", "TIM", "OI"]),
                  n=(g.phone(g.pick(["par", "raw", "plain"])), "PHONE_NUMBER"), v=brl(g.pick([15, 20, 25, 30, 40, 50]) + 0.0), nsu=nsu(g))
        elif tp == "fgts":
            w = g.person()
            doc.f("   «t»\n", t=g.pick(["SAQUE FGTS - CONTA VINCULADA", "PAGAMENTO SEGURO-DESEMPREGO", "SAQUE-ANIVERSARIO FGTS"]))
            doc.f("TRABALHADOR: «n»\nPIS/NIT: «p»\nCPF: «c»\n", n=P(w.capsf), p=(g.pis(), "BR_PIS"), c=(g.cpf(), "BR_CPF"))
            n_p = g.ri(3, 5)
            doc.f("PARCELA: «p»    VALOR: R$ «v»\n", p=f"{g.ri(1, n_p)}/{n_p}", v=brl(g.ri(800, 2400) + 0.44))
        else:
            doc.t("   PAGAMENTO CONTA DE CONSUMO\n")
            doc.f("EMPRESA: «e»\nCODIGO DE BARRAS:\n«l»\nVALOR: R$ «v»\n", e=fold(g.pick(BILLS[:10])).upper(), l=linha_conta(g), v=brl(g.ri(30, 600) + 0.37))
        doc.f("DATA: «d»  HORA: «h»\nTERMINAL: «t»  NSU: «n»\nAUTENTICACAO:\n«a»\n", d=ts(t[k], "br")[:10], h=ts(t[k], "hms"), t=term, n=nsu(g), a=autent(g))
        doc.t("OPERADOR(A): ")
        doc.e(*opl)
        doc.t("\n")
    doc.t("-" * 40 + "\n  GUARDE ESTE COMPROVANTE\n  SAC CAIXA 0800 726 0101\n")
    return doc


def at_stt_beneficio(g: Gen) -> Doc:
    """A speech-to-text call to a correspondent network's help line about a blocked benefit withdrawal, then the typed record."""
    doc = Doc()
    rede, rdom = g.pick(REDES)
    fan, raz, dom, _ = outlet(g)
    c = g.person(female=g.chance(0.7))
    at = g.person(female=g.chance(0.6))
    mae = g.relative(c, True)
    cpf = g.cpf_digits()
    nis = re.sub(r"\D", "", g.pis())
    cep = g.cep(False)
    ben = g.pick(BENEFITS)
    typed, spoken = addr_pair(g)
    doc.f("[transcricao automatica — central de apoio «r» — ligacao «p» — «d»]\n", r=lower(rede), p=g.protocol(), d=ts(g.moments(1, hours=(8, 20))[0], "sql"))
    doc.f("atendente: «r» bom dia meu nome e «a» com quem eu falo\ncliente: bom dia aqui e «n»\n", r=lower(rede), a=P(lower(at.first)),
          n=P(lower(g.pick([c.full, c.short]))))
    doc.f("cliente: eu fui receber o «b» la «na» «f» e a moca falou que ta bloqueado\n", b=lower(ben), na=art(fan, "em"), f=lower(fan))
    doc.f("atendente: vou verificar me informa o cpf por favor\ncliente: «c»\n", c=(stt_cpf(cpf, g), "BR_CPF"))
    if ben in ("Bolsa Família", "BPC"):
        doc.f("atendente: e o nis que ta no cartao\ncliente: peraí que eu to com o cartao aqui e «n»\n", n=(stt_groups(nis, g), "BR_PIS"))
    else:
        doc.f("atendente: o numero do pis\ncliente: «n»\n", n=(stt_groups(nis, g), "BR_PIS"))
    doc.f("atendente: a data de nascimento\ncliente: «d»\n", d=(stt_dob(g), "DATE_OF_BIRTH"))
    doc.f("atendente: e o nome da sua mae\ncliente: «m»\n", m=P(lower(mae.full)))
    sr = "a senhora" if c.female else "o senhor"
    if ben in ("Bolsa Família", "BPC"):
        motivo = g.pick(["averiguacao cadastral do cadunico", "cartao com senha bloqueada por tentativas", "parcela ainda nao liberada no calendario"])
        doc.f("atendente: consta aqui «m» «sr» precisa ir no cras atualizar\ncliente: mas eu atualizei em «mes»\n", m=motivo, sr=sr,
              mes=g.pick(["marco", "janeiro", "agosto", "setembro"]))
    else:
        motivo = g.pick(["divergencia de nome na receita federal", "pis nao vinculado ao cpf", "parcela ainda nao liberada", "saque bloqueado por suspeita de fraude"])
        doc.f("atendente: consta aqui «m» «sr» precisa levar documento com foto numa agencia\ncliente: de novo? ja fui «v» vezes\n", m=motivo, sr=sr,
              v=g.pick(["duas", "tres"]))
    doc.f("atendente: qual o endereco atual\ncliente: «a» cep «p»\n", a=(spoken, "ADDRESS"),
          p=(g.pick([spoken_digits(cep), f"{cep[:5]} {cep[5:]}", f"{cep[:2]} {cep[2:5]} {cep[5:]}"]), "BR_CEP"))
    doc.f("atendente: um telefone pra retorno\ncliente: «t»\n", t=(g.phone("stt"), "PHONE_NUMBER"))
    if g.chance(0.4):
        doc.f("cliente: se nao me achar liga pra minha filha «n» «t»\n", n=P(lower(g.relative(c, True).first)), t=(g.phone("stt"), "PHONE_NUMBER"))
    doc.f("atendente: registrei o chamado o protocolo e «p» ate logo\ncliente: obrigad«o» viu\n\n", p=g.protocol(), o=c.o)
    doc.t("REGISTRO DO CHAMADO\n")
    fields = [("Cliente", P(g.pick([c.full, c.caps]))), ("CPF", (fmt_cpf(cpf), "BR_CPF")), ("NIS/PIS", (nis, "BR_PIS")),
              ("Benefício", V(ben)), ("Ponto de atendimento", V(fan)), ("Motivo", V(motivo)), ("Endereço", (typed, "ADDRESS")),
              ("CEP", (f"{cep[:5]}-{cep[5:]}", "BR_CEP")), ("Telefone", (g.phone("par"), "PHONE_NUMBER")),
              ("Atendente", g.pick([P(at.full), V(login(at, g))]))]
    kv_block(g, doc, fields, g.pick(["plain", "dots"]))
    return doc


def at_email_ouvidoria(g: Gen) -> Doc:
    """An e-mail complaint to the ombudsman about a bill paid at an outlet and not credited (or a deposit to the wrong account), and the reply."""
    doc = Doc()
    fan, raz, dom, kind = outlet(g)
    bank, bdom = g.pick(BANK_PARTNERS)
    c = g.person(female=g.chance(0.55))
    an = g.person(female=g.chance(0.6))
    cm = g.email(c)
    t = g.moments(2, g.day(), 6, (7, 23))
    paid = dbr(t[0].date() - datetime.timedelta(days=g.ri(3, 40)))
    deposit = g.chance(0.45)
    doc.f("De: «n» <«e»>\nPara: «c»\n", n=P(an.full), e=(corp_mail(an, bdom, g), "EMAIL_ADDRESS"), c=(cm, "EMAIL_ADDRESS"))
    if g.chance(0.5):
        ow = g.person()
        doc.f("Cc: «n» <«e»>\n", n=P(ow.full), e=(corp_mail(ow, dom, g), "EMAIL_ADDRESS"))
    else:
        doc.f("Cc: «r»\n", r=role_mail(g, bdom, "ouvidoria"))
    doc.f("Data: «d»\nAssunto: RE: Reclamação «p» — «s»\n\n", d=mail_date(t[1]), p=g.protocol(), s="depósito em conta errada" if deposit else "pagamento não baixado")
    doc.f("Prezad«o» «n»,\n\n", o=c.o, n=P(g.pick([c.first, c.full])))
    if deposit:
        doc.f("Apuramos que o depósito de «d» foi registrado na agência «ag», conta «ac», e não na conta que «x» informou. O valor foi bloqueado e será "
              "devolvido em até 5 dias úteis. O ponto «f» foi orientado e a operadora passará por reciclagem.\n\n",
              d=paid, ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"), x="a senhora" if c.female else "o senhor", f=fan)
    else:
        doc.f("O pagamento foi localizado: houve falha na transmissão do lote do terminal «t» do ponto «f» no dia «d». A baixa junto ao beneficiário foi "
              "solicitada e eventuais juros serão ressarcidos mediante comprovante.\n\n", t=terminal(g), f=fan, d=paid)
    doc.f("Atenciosamente,\n«n»\nOuvidoria — «b»\n«t»\n\n", n=P(an.short) if g.chance(0.5) else V("Equipe de Ouvidoria"), b=bank, t=(g.phone("par", mobile=False), "PHONE_NUMBER") if g.chance(0.5) else V("0800 725 7474"))
    doc.f("-----Mensagem original-----\nDe: «n» <«e»>\nEnviada em: «d»\nPara: «o»\nX-Originating-IP: [«ip»]\nAssunto: Reclamação\n\n",
          n=P(g.pick([c.full, c.low])), e=(cm, "EMAIL_ADDRESS"), d=mail_date(t[0]), o=role_mail(g, bdom, "ouvidoria"), ip=(g.ip_pub(), "IP_ADDRESS"))
    doc.f("Boa noite. Meu nome é «n», CPF «c». ", n=P(c.full), c=(g.cpf(), "BR_CPF"))
    if deposit:
        fv = g.relative(c)
        if fv.female:
            x = g.pick(["minha filha", "minha irmã", "minha mãe"]) if fv.last == c.last else "minha sobrinha"
        else:
            x = g.pick(["meu filho", "meu irmão", "meu pai"]) if fv.last == c.last else "meu sobrinho"
        doc.f("No dia «d» fui «na» «f» depositar R$ «v» para «x» «fv», agência «ag» conta «ac», mas o dinheiro não caiu. No comprovante a conta saiu diferente "
              "(a atendente «a» digitou errado). Autenticação «au».\n", d=paid, na=art(fan, "em"), f=fan, v=brl(g.ri(100, 2500) + 0.0),
              x=x, fv=P(fv.full), ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"),
              a=P(g.pick([g.person(True).first, g.person(True).nick])), au=autent(g))
    else:
        doc.f("Paguei «na» «f» o boleto de «b» (linha digitável «l») no valor de R$ «v» e até hoje consta em aberto; já recebi carta de cobrança. "
              "Fui atendid«o» pel«oo» «a».\n", na=art(fan, "em"), f=fan, b=g.pick(BILLS), l=linha_boleto(g), v=brl(g.ri(80, 1800) + 0.5), o=c.o,
              oo=g.pick(["a", "o"]), a=P(g.person().first))
    if g.chance(0.3):
        doc.f("Paguei com o cartão de débito «k», se precisarem conferir. ", k=(g.card(g.chance(0.5)), "CREDIT_CARD"))
    doc.f("Meu telefone é «t». ", t=(g.phone(), "PHONE_NUMBER"))
    if not deposit and g.chance(0.6):
        doc.f("Quero o ressarcimento dos juros na minha conta, agência «ag», conta «ac». ", ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"))
    if g.chance(0.4):
        doc.f("Moro na «a», CEP «p».", a=(g.address(), "ADDRESS"), p=(g.cep(), "BR_CEP"))
    doc.t("\nAguardo retorno.\n")
    if g.chance(0.3):
        doc.t(word_neg(g) + "\n")
    return doc


def at_ficha_premio(g: Gen) -> Doc:
    """A prize claim form at the counter (winner qualified, ticket, gross prize, IR withheld, account for the credit)."""
    doc = Doc()
    fan, raz, dom, _ = outlet(g, "lotérica")
    gm = game(g)
    w = g.person()
    at = g.person(female=g.chance(0.7))
    ge = g.person()
    gross, ir, net = prize_values(g)
    uf = g.pick(UFS)
    doc.f("SOLICITAÇÃO DE PAGAMENTO DE PRÊMIO — LOTERIAS\nUnidade de recepção: «f» (cód. «c»)\nProtocolo: «p»\n\n", f=fan, c=cod_lot(g), p=g.protocol())
    doc.t("1. GANHADOR(A)\n")
    fields = [("Nome completo", P(g.pick([w.full, w.caps]))), ("CPF", (g.cpf(), "BR_CPF")),
              ("RG / órgão", (g.rg(), "BR_RG")) if g.chance(0.6) else ("Documento (CNH)", (g.cnh(), "BR_CNH")),
              ("Data de nascimento", (g.dob(g.pick(["br", "nopad", "dot"]), 1940, 2006), "DATE_OF_BIRTH")),
              ("Endereço", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")), ("Cidade/UF", V(f"{city_of(g, uf)[0]}/{uf}")),
              ("Celular", (g.phone(), "PHONE_NUMBER"))]
    if g.chance(0.3):
        fields.append(("Telefone fixo", (g.phone("par", mobile=False), "PHONE_NUMBER")))
    if g.chance(0.85):
        fields.append(("E-mail", (g.email(w), "EMAIL_ADDRESS")))
    fields += [("Profissão", V(g.pick(JOBS[w.female]))), ("Pessoa politicamente exposta", V("não"))]
    kv_block(g, doc, fields, g.pick(["plain", "dots", "box"]))
    if g.chance(0.5):
        doc.f("Pré-cadastro pelo app Loterias em «d», IP «ip».\n", d=ts(g.moments(1)[0], "br"), ip=(g.ip(), "IP_ADDRESS"))
    doc.t("\n2. APOSTA\n")
    kv_block(g, doc, [("Modalidade", V(gm[0])), ("Concurso", V(concurso(g))), ("Nº do bilhete", V(bilhete(g))), ("Dezenas", V(dezenas(g, gm))),
                      ("Faixa", V(g.pick(FAIXAS[gm[0]]))), ("Valor bruto", V("R$ " + brl(gross))), ("IR retido (30%)", V("R$ " + brl(ir))),
                      ("Valor líquido", V("R$ " + brl(net)))], "plain")
    doc.t("\n3. CRÉDITO\n")
    bk = g.pick(BANKS)
    doc.f("Banco «b» («bc») — agência «ag» — «k» «ac»\n", b=bk[1], bc=bk[0], ag=(g.agency(), "BANK_ACCOUNT"), k=g.pick(["conta corrente", "poupança op. 013", "conta"]),
          ac=(g.account(), "BANK_ACCOUNT"))
    if g.chance(0.35):
        pr = g.person()
        doc.f("Recebido por procurador(a): «n», CPF «c», procuração lavrada no «cart» em «d».\n", n=P(pr.full), c=(g.cpf(), "BR_CPF"),
              cart=g.pick(["2º Tabelionato de Notas", "Cartório do 1º Ofício", "Tabelionato Aurora"]), d=g.date("br"))
    doc.f("\nDeclaro que os dados são verdadeiros e que o bilhete original foi entregue e conferido (Lei 13.756/2018).\n\n«c», «d».\n\n"
          "__________________________\n«n»\n\nRecebido por: «a» — «f»\nConferido por: «ge» — gerente\n", c=city_of(g, uf)[0], d=g.date("long"),
          n=P(g.pick([w.full, w.caps])), a=P(g.pick([at.full, at.short])), f=fan, ge=P(ge.full) if g.chance(0.5) else V(login(ge, g)))
    return doc


def at_csv_transacoes(g: Gen) -> Doc:
    """A correspondent's transactions of the day exported as CSV (customers, CPF or NIS, accounts, phones; operators by login)."""
    doc = Doc()
    fan, raz, dom, kind = outlet(g)
    sep = g.pick([";", ","])
    split = g.chance(0.3)
    ops = [g.person(female=g.chance(0.7)) for _ in range(2)]
    d0 = g.day()
    t = g.moments(g.ri(5, 7), d0, 1, (8, 18))
    doc.f("# movimento do dia «d» — «f» — exportado por «l» em «x»\n", d=dbr(d0), f=fan, l=login(g.person(), g), x=ts(t[-1] + datetime.timedelta(hours=1), "sql"))
    cols = ["data_hora", "terminal", "operador", "servico"] + (["first_name", "last_name"] if split else ["cliente"]) + \
        ["cpf", "nis_pis", "agencia", "conta", "telefone", "valor", "nsu"]
    rows = []
    terms = [terminal(g) for _ in range(2)]
    for k in range(len(t)):
        p = g.person()
        sv = g.pick(["deposito", "saque_bf", "pagamento", "recarga", "saque_fgts", "deposito", "pagamento"])
        if sv in ("pagamento", "recarga") and g.chance(0.75):
            name = [V(""), V("")] if split else [V("")]  # a bill paid in cash or a top-up does not record the customer
        else:
            name = [P(p.first if g.chance(0.8) else p.given), P(" ".join(p.surnames))] if split else [P(g.pick([p.full, p.caps]))]
        cpfv = (g.cpf(g.pick(["dot", "raw"])), "BR_CPF") if sv not in ("recarga",) and name[0][1] and g.chance(0.85) else V("")
        nisv = (g.pis(), "BR_PIS") if sv in ("saque_bf", "saque_fgts") else V("")
        ag, ac = ((g.agency(), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT")) if sv == "deposito" else (V(""), V(""))
        tel = (g.phone(g.pick(["raw", "e164", "par"])), "PHONE_NUMBER") if sv == "recarga" or g.chance(0.35) else V("")
        rows.append([V(ts(t[k], "sql")), V(g.pick(terms)), V(login(g.pick(ops), None)), V(sv)] + name +
                    [cpfv, nisv, ag, ac, tel, V(brl(g.ri(15, 3000) + 0.0).replace(".", "")), V(nsu(g))])
    table_csv(doc, cols, rows, sep)
    s = g.person()
    doc.f("\n-- obs: cliente «n» voltou dizendo que o depósito era para outra conta; estorno pedido ao gestor da rede.\n",
          n=P(s.short) if g.chance(0.6) else V("do depósito das " + ts(t[-1], "hm")))
    if g.chance(0.4):
        doc.f("-- terminal «t» travou 2x; técnico da rede (IP de acesso remoto «ip»).\n", t=g.pick(terms), ip=g.ip_priv())
    return doc


def at_zap_cliente(g: Gen) -> Doc:
    """A customer's WhatsApp with the outlet (lower case): a prize to collect, a blocked benefit card, a card typed, a relative's bill."""
    doc = Doc()
    fan, raz, dom, kind = outlet(g, "lotérica")
    c = g.person(female=g.chance(0.6))
    att = g.person(female=g.chance(0.75))
    bot = g.pick(BOTS)
    st = chat_stamp(g.chance(0.4))
    tt = iter(seq_times(g, 30, g.moments(1, g.day(), 1, (7, 22))[0], 30, 900))
    doc.f("Conversa do WhatsApp com «f»\n\n", f=fan)
    me = (g.phone("wa"), "PHONE_NUMBER") if g.chance(0.75) else P(lower(g.pick([c.first, c.short, c.nick])))
    shop = V(fan)
    gm = game(g, g.pick(["Quina", "Lotofácil", "Mega-Sena", "Dia de Sorte", "Timemania"]))
    cl(doc, st(next(tt)), me, g.pick(["oi acho que ganhei na «j» 🙏 posso receber ai?", "boa tarde, meu bilhete da «j» deu premio, vcs pagam?"]), j=lower(gm[0]))
    cl(doc, st(next(tt)), shop, "olá! sou «b», assistente virtual da «f» 🍀 prêmios até r$ 2.259,20 pagamos no balcão com documento com foto e cpf. acima disso só na agência",
       b=lower(bot), f=lower(fan))
    small = g.chance(0.5)
    gross, ir, net = prize_values(g, small)
    cl(doc, st(next(tt)), me, "deu r$ «v» no app, o numero do bilhete é «b»", v=brl(gross), b=bilhete(g))
    cl(doc, st(next(tt)), shop, "vou te passar pra uma atendente, um minutinho")
    cl(doc, st(next(tt)), shop, "oi aqui é «o» «a» 😊 me passa nome completo e cpf de quem vai receber", o=att.o, a=P(lower(g.pick([att.first, att.nick]))))
    if g.chance(0.3):
        cl(doc, st(next(tt)), me, "«n» «c»", n=P(lower(c.full)), c=g.neg_cpf())
        cl(doc, st(next(tt)), shop, "esse cpf não bateu, confere por favor")
        cl(doc, st(next(tt)), me, "desculpa, «c»", c=(g.cpf(), "BR_CPF"))
    else:
        cl(doc, st(next(tt)), me, "«n» cpf «c»", n=P(lower(g.pick([c.full, c.short]))), c=(g.cpf(), "BR_CPF"))
    if small:
        cl(doc, st(next(tt)), shop, "pode vir até «h», traz o bilhete original sem amassar", h=g.pick(["18h", "17h", "meio dia no sábado"]))
    else:
        cl(doc, st(next(tt)), shop, "como passou do limite vai ter que ir na agência com o bilhete, rg e cpf. o ir é 30%, cai r$ «v» na conta", v=brl(net))
    r = g.rng.random()
    if r < 0.3:
        cl(doc, st(next(tt)), me, "e aproveitando, o cartao do bolsa familia da minha mae «n» bloqueou, o nis é «p»", n=P(lower(g.relative(c, True).full)),
           p=(g.pis(), "BR_PIS"))
        cl(doc, st(next(tt)), shop, "isso só o cras ou o 111 resolve, aqui a gente só faz o saque")
    elif r < 0.65:
        cl(doc, st(next(tt)), me, "posso pagar a conta de luz da minha vó por aqui? pago no cartao «k» val «v»", k=(g.card(g.chance(0.5)), "CREDIT_CARD"),
           v=f"{g.ri(1, 12):02d}/{g.ri(27, 33)}")
        cl(doc, st(next(tt)), shop, "não manda número de cartão aqui não!! apaga por favor 🙏 pagamento só presencial")
    else:
        cl(doc, st(next(tt)), me, "vou mandar meu filho «n» buscar, pode? o celular dele é «t»", n=P(lower(g.relative(c, False).first)),
           t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))
        cl(doc, st(next(tt)), shop, "só com procuração, o prêmio é pago ao portador do bilhete mas com o cpf de quem recebe")
    if g.chance(0.5):
        cl(doc, st(next(tt)), me, "nasci «d» se precisar pro cadastro", d=(g.dob(g.pick(["br", "short", "nopad", "low"]), 1945, 2006), "DATE_OF_BIRTH"))
    cl(doc, st(next(tt)), shop, g.pick(["combinado, até amanhã!", "qualquer coisa chama aqui 🍀", "parabéns pelo prêmio!!"]))
    if g.chance(0.3):
        cl(doc, st(next(tt)), me, cust_neg(g))
    return doc


AT = [at_zap_bolao, at_comprovantes, at_stt_beneficio, at_email_ouvidoria, at_ficha_premio, at_csv_transacoes, at_zap_cliente]


# --------------------------------------------------------------------------- juridico


def ju_bolao_acao(g: Gen) -> Doc:
    """A syndicate member's suit against the organiser for a share of a prize (parties qualified, the members' table, the chat as evidence)."""
    doc = Doc()
    uf = g.pick(UFS)
    city, _ = city_of(g, uf)
    fan, raz, dom, _ = outlet(g, "lotérica")
    gm = game(g, g.pick(["Mega-Sena", "Quina", "Lotofácil", "Mega da Virada", "Dupla Sena"]))
    autores = [g.person() for _ in range(g.pick([1, 1, 2]))]
    reu = g.person()
    gross, ir, net = prize_values(g)
    cotas = g.pick([10, 12, 15, 20])
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) DOUTOR(A) JUIZ(A) DE DIREITO DA «v»ª VARA CÍVEL DA COMARCA DE «c»/«uf»\n\n", v=g.ri(1, 12), c=city.upper(), uf=uf)
    for k, a in enumerate(autores):
        qualify(g, doc, a, email=g.chance(0.4), phone=g.chance(0.5), where=(city, uf))
        doc.t(";\n" if k < len(autores) - 1 else ",\n")
    doc.f("«m», por seu advogado, propor\n\nAÇÃO DE COBRANÇA C/C OBRIGAÇÃO DE FAZER\n\nem face de ", m="vem" if len(autores) == 1 else "vêm")
    qualify(g, doc, reu, phone=g.chance(0.6), where=(city, uf))
    doc.f(", e de «r», pessoa jurídica inscrita no CNPJ sob o nº «c», permissionária lotérica («f»), pelos fatos a seguir.\n\n", r=raz,
          c=(g.any_cnpj(), "BR_CNPJ"), f=fan)
    R = "A ré" if reu.female else "O réu"
    A = "dos autores" if len(autores) > 1 else ("da autora" if autores[0].female else "do autor")
    doc.f("I — DOS FATOS\n\n«R» organizou, pelo grupo de WhatsApp \"Bolão «j» «f»\", bolão de «n» cotas para o concurso «k» da «j», registrado na «f» "
          "sob o código «b». A aposta foi premiada na faixa «fx», com prêmio bruto de R$ «vb» e líquido de R$ «vl», após a retenção de 30% de imposto de renda. "
          "«R» recebeu o crédito na própria conta (agência «ag», conta «ac») e não repassou a cota «A».\n\n", R=R, A=A,
          j=gm[0], f=fan, n=cotas, k=concurso(g), b=cota_id(g), fx=g.pick(FAIXAS[gm[0]]), vb=brl(gross), vl=brl(net),
          ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"))
    doc.t("A lista publicada no grupo (doc. 4) indica os participantes:\n\n")
    rows = []
    members = autores + [reu] + [g.person() for _ in range(g.ri(1, 2))]
    for p in members:
        q = g.ri(1, 3)
        rows.append([P(g.pick([p.full, p.short, p.caps])), V(str(q)),
                     (g.cpf(), "BR_CPF") if g.chance(0.5) else V(f"***.{g.d(3)}.{g.d(3)}-**"), V(brl(net / cotas * q))])
    table_ruled(doc, ["participante", "cotas", "CPF", "valor devido (R$)"], rows, g.pick(["plus", "plain", "pipe"]))
    att = g.person(True)
    if g.chance(0.5):
        doc.f("\nA atendente «a», da lotérica, confirmou", a=P(g.pick([att.full, att.first])))
    else:
        doc.t("\nA atendente da lotérica confirmou")
    doc.f(" por mensagem que o bolão foi registrado com o nome dos cotistas. «R» bloqueou «x» no grupo em «d».\n\n", R=R,
          x="os autores" if len(autores) > 1 else ("a autora" if autores[0].female else "o autor"), d=g.date("br"))
    doc.f("II — DO DIREITO\n\nO bolão é aposta compartilhada regulada pela Caixa (Lei 13.756/2018); a retenção indevida configura enriquecimento sem causa "
          "(arts. 884 e 186 do Código Civil).\n\nIII — DOS PEDIDOS\n\na) a citação dos réus; b) a condenação ao pagamento de R$ «v», corrigidos; "
          "c) a exibição do extrato da conta que recebeu o prêmio.\n\nTestemunhas:\n", v=brl(net / cotas * 2))
    for _ in range(g.ri(1, 2)):
        w = g.person()
        doc.f("- «n», «t»\n", n=P(w.full), t=(g.phone(), "PHONE_NUMBER"))
    doc.f("\nValor da causa: R$ «v».\n«c», «d».\n\n", v=brl(net / cotas * 2), c=city, d=g.date("long"))
    lawyer_sig(g, doc, 1)
    return doc


def ju_trab_correspondente(g: Gen) -> Doc:
    """A correspondent's or outlet attendant's labour claim (bank-worker status, cash-shortage deductions, robberies)."""
    doc = Doc()
    uf = g.pick(UFS)
    city, _ = city_of(g, uf)
    fan, raz, dom, kind = outlet(g)
    bank, bdom = g.pick(BANK_PARTNERS)
    r = g.person(female=g.chance(0.65))
    ow = g.person()
    adm = g.date("br", g.ri(2018, 2023))
    doc.f("EXCELENTÍSSIMO SENHOR JUIZ DA «v»ª VARA DO TRABALHO DE «c»/«uf»\n\n", v=g.ri(1, 30), c=city.upper(), uf=uf)
    qualify(g, doc, r, pis=True, titulo=g.chance(0.6), dob=g.chance(0.6), phone=g.chance(0.5), email=g.chance(0.4), where=(city, uf),
            job=g.pick(["operadora de caixa" if r.female else "operador de caixa", "atendente de lotérica"]))
    doc.f(", CTPS «k», vem propor RECLAMAÇÃO TRABALHISTA em face de «rz», CNPJ «c1» («f»), na pessoa de seu sóci«so» «o», e, subsidiariamente, de «b», CNPJ «c2», "
          "pelos fatos e fundamentos seguintes.\n\n", so=ow.o, k=ctps(g, uf), rz=raz, c1=(g.any_cnpj(), "BR_CNPJ"), f=fan, o=P(ow.full), b=bank, c2=(g.cnpj(), "BR_CNPJ"))
    doc.f("1. «A» reclamante foi admitid«o» em «a» como «job», com salário de R$ «s», e dispensad«o» sem justa causa em «d». Recebia, conferia e "
          "transportava numerário, abria contas, fazia saques de benefícios e pagamentos — atividades típicas de bancário (Súmula 55 do TST, por analogia).\n\n"
          "2. Sofria descontos de \"quebra de caixa\" sem gratificação correspondente: R$ «q1» em «m1» e R$ «q2» em «m2», autorizados verbalmente pelo gerente «ge».\n\n"
          "3. Foi vítima de «n» assaltos no posto («bo»), sem porta giratória nem vigilante, e desenvolveu quadro de estresse pós-traumático (CID F43.1).\n\n",
          A="A" if r.female else "O", o=r.o, job="operadora de caixa" if r.female else "operador de caixa", a=adm, s=brl(g.ri(1518, 2300) + 0.0), d=g.date("br", 2025), q1=brl(g.ri(30, 400) + 0.0), m1=g.pick(MONTHS), q2=brl(g.ri(30, 400) + 0.0),
          m2=g.pick(MONTHS), ge=P(g.person().short), n=g.pick(["dois", "três"]), bo=f"BO {bo_no(g)} e BO {bo_no(g)}")
    doc.f("4. O saldo do FGTS deve ser depositado na conta vinculada d«o» reclamante, que nunca recebeu o extrato.\n\n", o=r.o)
    doc.t("PEDIDOS: enquadramento na categoria dos bancários, diferenças salariais e reflexos; devolução dos descontos; indenização por danos morais; horas extras.\n\n"
          "ROL DE TESTEMUNHAS:\n")
    for _ in range(2):
        w = g.person()
        doc.f("- «n», ex-colega, CPF «c», tel. «t»\n", n=P(w.full), c=(g.cpf(), "BR_CPF"), t=(g.phone(), "PHONE_NUMBER"))
    doc.f("\nAnexa mensagem d«so» sóci«so» «o» pelo WhatsApp («t»): \"«m»\".\n\nDá-se à causa o valor de R$ «v».\n\n", o=P(g.pick([ow.first, ow.nick])),
          t=(g.phone("plus"), "PHONE_NUMBER"), m=g.pick(["faltou 200 no teu caixa, vai descontar", "se não bater o caixa não vai embora", "assalto é risco do negócio, volta amanhã"]), so=ow.o,
          v=brl(g.ri(30, 180) * 1000.0))
    lawyer_sig(g, doc, 1, dom=g.pick(["trabalhista.adv.br", "advocaciaoperaria.adv.br", "gmail.com"]))
    return doc


def ju_contrato_correspondente(g: Gen) -> Doc:
    """The correspondent (or lottery permission) contract between the outlet's owner and the bank, with guarantor, witnesses and e-signature log."""
    doc = Doc()
    fan, raz, dom, kind = outlet(g)
    bank, bdom = g.pick(BANK_PARTNERS)
    ow = g.person()
    rep = g.person()
    uf = g.pick(UFS)
    title = ("TERMO DE RESPONSABILIDADE E COMPROMISSO — PERMISSÃO LOTÉRICA" if kind == "lotérica"
             else "CONTRATO DE PRESTAÇÃO DE SERVIÇOS DE CORRESPONDENTE NO PAÍS")
    doc.f("«t» Nº «n»\n\nCONTRATANTE: «b», CNPJ «c», neste ato representada por «r», «cargo».\n\nCONTRATADA: «rz», CNPJ «c2», nome fantasia «f», "
          "representada por seu sócio administrador ", t=title, n=f"{g.d(4)}/{g.ri(2024, 2026)}", b=bank, c=(g.cnpj(), "BR_CNPJ"), r=P(rep.full),
          cargo=g.pick(["superintendente regional", "gerente de rede", "gerente executivo de canais"]), rz=raz, c2=(g.any_cnpj(), "BR_CNPJ"), f=fan)
    oem = g.email(ow)
    qualify(g, doc, ow, email=oem, phone=True, dob=g.chance(0.6), where=city_of(g, uf), job="empresária" if ow.female else "empresário")
    doc.t(".\n\n")
    doc.f("CLÁUSULA 1ª — A CONTRATADA prestará, em nome da CONTRATANTE, os serviços de recebimento de pagamentos, saques, depósitos e pagamento de benefícios, "
          "nos termos da Resolução CMN 4.935/2021, com limite diário de R$ «l» por terminal.\n"
          "CLÁUSULA 4ª — Remuneração: R$ «r» por transação autenticada, creditados na conta da CONTRATADA na agência «ag», conta «ac».\n"
          "CLÁUSULA 7ª — A CONTRATADA mantém seguro contra roubo e transporte de numerário por empresa especializada.\n"
          "CLÁUSULA 11ª — Os dados pessoais dos clientes são tratados conforme a Lei 13.709/2018; o encarregado da CONTRATANTE responde em «dpo».\n\n",
          l=brl(g.ri(20, 120) * 1000.0), r=brl(g.ri(30, 150) / 100), ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"), dpo=role_mail(g, bdom, "dpo"))
    fi = g.person()
    doc.t("FIADOR(A): ")
    qualify(g, doc, fi, where=city_of(g, uf))
    if g.chance(0.5):
        sp = g.spouse(fi)
        doc.f(", com anuência d«o» cônjuge «n», CPF «c»", o="a" if sp.female else "o", n=P(sp.full), c=(g.cpf(), "BR_CPF"))
    doc.f(".\n\n«c», «d».\n\n", c=city_of(g, uf)[0], d=g.date("long"))
    wits = []
    for _ in range(2):
        w = g.person()
        wits.append(w)
        doc.f("Testemunha: «n» — CPF «c»\n", n=P(w.full), c=(g.cpf(), "BR_CPF"))
    esign_log(g, doc, [(rep, corp_mail(rep, bdom)), (ow, oem)] + ([(fi, g.email(fi))] if g.chance(0.5) else []) + [(w, g.email(w)) for w in wits[:1]],
              g.moments(1)[0])
    return doc


def ju_bo_assalto(g: Gen) -> Doc:
    """An OCR'd police report of a robbery at the counter (victims qualified, the owner, the getaway vehicle, a suspect, the officers)."""
    doc = Doc()
    uf = g.pick(UFS)
    city, _ = city_of(g, uf)
    fan, raz, dom, kind = outlet(g)
    ow = g.person()
    vics = [g.person(female=g.chance(0.7)) for _ in range(g.pick([1, 2]))]
    d0 = g.day()
    R = 0.3
    doc.f(ocr_t("SECRETARIA DA SEGURANÇA PÚBLICA — POLÍCIA CIVIL DO ESTADO\n«dp»\nBOLETIM DE OCORRÊNCIA Nº «n»\n\n", g, R),
          dp=f"{g.ri(1, 90)}º DP de {city}" if g.chance(0.6) else f"DELEGACIA DE ROUBOS — {city.upper()}", n=bo_no(g))
    doc.f(ocr_t("Natureza: ROUBO (art. 157, §2º, II, e §2º-A, I, do Código Penal)\nData/hora do fato: «d» às «h»\nLocal: «f» — estabelecimento comercial («k»)\n\n", g, R),
          d=dbr(d0), h=g.hm(), f=fan, k=kind)
    doc.t(ocr("COMUNICANTE: ", g, R))
    doc.e(ocr(ow.capsf, g, 0.25), "PERSON")
    doc.f(ocr_t(", proprietário do estabelecimento, CPF «c», telefone «t».\n\n", g, R), c=(g.cpf(), "BR_CPF"), t=(g.phone("par"), "PHONE_NUMBER"))
    for k, v in enumerate(vics):
        doc.f(ocr_t("VÍTIMA «k»: ", g, R), k=k + 1)
        doc.e(ocr(v.capsf, g, 0.25), "PERSON")
        doc.f(ocr_t(", «j», nascida em «d», RG «rg», CPF «c», residente na ", g, R) if v.female else
              ocr_t(", «j», nascido em «d», RG «rg», CPF «c», residente na ", g, R),
              j=g.pick(JOBS[v.female][:2]), d=(g.dob("br", 1960, 2005), "DATE_OF_BIRTH"), rg=(g.rg(), "BR_RG"), c=(g.cpf(), "BR_CPF"))
        doc.e(ocr(g.address("caps"), g, 0.2), "ADDRESS")
        doc.f(", CEP «p», tel. «t».\n", p=(g.cep(), "BR_CEP"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    plate = g.plate()
    vic = vics[0]
    doc.f(ocr_t("\nHISTÓRICO: Relata a vítima «v» que, por volta das «h», dois indivíduos entraram no estabelecimento, um deles armado, e anunciaram o assalto; "
                "renderam os caixas e subtraíram R$ «m» em espécie dos terminais «t1» e «t2», além do celular da vítima. Fugiram em um «car» de placa «p», "
                "conduzido por um terceiro. ", g, R),
          v=P(ocr(g.pick([vic.capsf, fold(vic.short).upper()]), g, 0.2)), h=g.hm(), m=brl(g.ri(2, 40) * 1000.0 + g.ri(0, 99)), t1=terminal(g), t2=terminal(g),
          car=g.pick(["GM Onix prata", "VW Gol branco", "Fiat Palio vermelho", "Honda CG 160 preta", "Renault Logan cinza"]), p=(plate, "LICENSE_PLATE"))
    if g.chance(0.6):
        doc.f(ocr_t("Um dos autores foi reconhecido por clientes como «s», morador do bairro «b». ", g, R),
              s=P(g.pick([g.person(False).nick.upper(), fold(g.person(False).short).upper()])), b=fold(g.pick(BAIRROS)).upper())
    else:
        doc.t(ocr("Os autores usavam capacete e não foram identificados. ", g, R))
    doc.t(ocr("O cofre temporizado não foi aberto. As imagens do circuito interno (DVR) foram entregues à equipe.\n", g, R))
    if g.chance(0.5):
        w = g.person()
        doc.f(ocr_t("TESTEMUNHA: «n», cliente que estava na fila para o saque do «b», telefone «t».\n", g, R), n=P(w.capsf), b=fold(g.pick(BENEFITS)).upper(),
              t=(g.phone(), "PHONE_NUMBER"))
    doc.f(ocr_t("\nProvidências: requisitado exame de corpo de delito; placa «p» lançada no sistema como veículo de interesse.\n\n", g, R),
          p=(plate, "LICENSE_PLATE"))
    o1, o2, dl = g.person(), g.person(), g.person()
    doc.f(ocr_t("Equipe: «a» (RE «ra») e «b» (RE «rb»)\nAutoridade: «d», Delegado(a) de Polícia\n", g, R),
          a=P(ocr(f"{o1.capsf}", g, 0.2)), ra=f"{g.d(6)}-{g.d(1)}", b=P(ocr(o2.capsf, g, 0.2)), rb=f"{g.d(6)}-{g.d(1)}", d=P(dl.capsf))
    return doc


def ju_auditoria(g: Gen) -> Doc:
    """The bank's audit report on a cash shortage at an outlet (auditors with CRC, operators, a relative's account) and the ALL CAPS notice to the owner."""
    doc = Doc()
    fan, raz, dom, kind = outlet(g)
    bank, bdom = g.pick(BANK_PARTNERS)
    uf = g.pick(UFS)
    a1, a2 = g.person(), g.person()
    ow = g.person()
    ops = [g.person(female=g.chance(0.7)) for _ in range(g.ri(2, 3))]
    d0 = g.day()
    doc.f("«b» — AUDITORIA DE CANAIS PARCEIROS\nRELATÓRIO DE AUDITORIA Nº «n» — «f» («rz», CNPJ «c»)\nPeríodo examinado: «d1» a «d2»\n\n",
          b=bank.upper(), n=f"AUD-{g.ri(2025, 2026)}-{g.d(4)}", f=fan, rz=raz, c=(g.any_cnpj(), "BR_CNPJ"), d1=dbr(d0), d2=dbr(g.after(d0, 20, 40)))
    if g.chance(0.5):
        doc.f("Equipe: «a» («ca») e «b» («cb»)\n\n", a=P(a1.full), ca=(g.council("CRC"), "PROFESSIONAL_ID"), b=P(a2.full), cb=(g.council("CRC"), "PROFESSIONAL_ID"))
    else:
        doc.f("Auditor(a) responsável: «a» («ca»)\n\n", a=P(a1.full), ca=(g.council("CRC"), "PROFESSIONAL_ID"))
    doc.t("1. Diferenças de caixa apuradas por operador\n\n")
    rows = []
    for p in ops:
        rows.append([P(g.pick([p.full, p.short])), (g.cpf(), "BR_CPF"), V(login(p, g)), V(terminal(g)), V("-" + brl(g.ri(50, 9000) + 0.0))])
    table_ruled(doc, ["operador(a)", "CPF", "login", "terminal", "diferença (R$)"], rows, g.pick(["plus", "psql", "plain"]))
    sus = g.pick(ops)
    rel = g.relative(sus)
    doc.f("\n2. Foram identificados «k» depósitos sem lastro em espécie, autenticados no login de «s», creditados na agência «ag», conta «ac», de titularidade "
          "de «r» (CPF «c»), «x» d«oo».\n", k=g.ri(3, 14), s=P(sus.short), ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"),
          r=P(rel.full), c=(g.cpf(), "BR_CPF"), oo="a operadora" if sus.female else "o operador", x=g.pick(["irmão" if not rel.female else "irmã", "companheiro" if not rel.female else "companheira", "parente"]))
    doc.f("2.1. Houve «k» acessos com o login de supervisor fora do horário, a partir dos IPs «i1» e «i2», não pertencentes ao ponto.\n",
          k=g.ri(2, 9), i1=(g.ip(), "IP_ADDRESS"), i2=(g.ip(), "IP_ADDRESS"))
    doc.f("3. «t» titular «o» compartilhava sua senha de supervisor com a gerente da loja, em desacordo com a cláusula 9ª do contrato.\n"
          "4. O cofre não tem temporizador e o recolhimento pela transportadora («tv») ocorre só duas vezes por semana.\n\n",
          t="A" if ow.female else "O", o=P(ow.full), tv=g.pick(TRANSVALORES))
    doc.t("Recomendação: suspensão cautelar do login envolvido, comunicação ao COAF (Lei 9.613/1998) e ressarcimento em 10 dias.\n\n")
    doc.t(caps_t("NOTIFICAÇÃO EXTRAJUDICIAL\n\nAO SENHOR(A) "))
    doc.e(ow.capsf, "PERSON")
    doc.f(caps_t(", CPF «c», RESPONSÁVEL PEL«a» «f», RESIDENTE NA "), c=(g.cpf(), "BR_CPF"), a=art(fan, "de")[-1].upper(), f=fold(fan).upper())
    doc.e(g.address("caps"), "ADDRESS")
    doc.f(caps_t(", CEP «p», TELEFONE «t».\n\nFICA V. SA. NOTIFICADO(A) A RESSARCIR O VALOR DE R$ «v» NO PRAZO DE 10 (DEZ) DIAS, SOB PENA DE RESCISÃO CONTRATUAL "
                 "E DE INSCRIÇÃO DO DÉBITO.\n\n"), p=(g.cep(), "BR_CEP"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), v=brl(g.ri(5, 60) * 1000.0 + 0.0))
    doc.f("«a»\nAuditor(a) — «e»\n", a=P(a1.capsf if g.chance(0.5) else a1.full), e=(corp_mail(a1, bdom, g), "EMAIL_ADDRESS"))
    return doc


def ju_jec_premio(g: Gen) -> Doc:
    """A small-claims hearing: a customer says the outlet paid his prize to someone else (or lost the ticket); the outlet's preposto and lawyers."""
    doc = Doc()
    uf = g.pick(UFS)
    city, _ = city_of(g, uf)
    fan, raz, dom, _ = outlet(g, "lotérica")
    a = g.person()
    pre = g.person(female=g.chance(0.6))
    cj = g.person()
    gm = game(g)
    gross, ir, net = prize_values(g, True)
    doc.f("PODER JUDICIÁRIO — JUIZADO ESPECIAL CÍVEL DA COMARCA DE «c»\nProcesso nº «n»\n\nTERMO DE AUDIÊNCIA DE CONCILIAÇÃO\n\n", c=city.upper(), n=g.cnj(CNJ_SEG.get(uf)))
    doc.f("Aos «d», na sala de audiências, presente o(a) conciliador(a) «cj», compareceu a parte autora, ", d=g.date("long"), cj=P(cj.full))
    qualify(g, doc, a, phone=True, email=g.chance(0.4), where=(city, uf), rg=g.chance(0.7))
    doc.f(", desacompanhad«o» de advogado (Lei 9.099/1995, art. 9º), e a ré «r», CNPJ «c», representada pel«op» «pp» «p», CPF «pc», "
          "acompanhad«op» do(a) advogado(a) «l» («oab»).\n\n", o=a.o, r=raz, c=(g.any_cnpj(), "BR_CNPJ"), op=pre.o, pp="preposta" if pre.female else "preposto", p=P(pre.full), pc=(g.cpf(), "BR_CPF"),
          l=P(g.person().full), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    if g.chance(0.5):
        doc.f("SÍNTESE DO PEDIDO: a parte autora alega que deixou o bilhete da «j» (concurso «k», bilhete «b») para conferência no balcão e que o prêmio de R$ «v» "
              "foi pago a terceiro, identificado no recibo como «t», CPF «tc».\n", j=gm[0], k=concurso(g), b=bilhete(g), v=brl(gross),
              t=P(g.person().caps), tc=(g.cpf(), "BR_CPF"))
    else:
        doc.f("SÍNTESE DO PEDIDO: a parte autora alega que a atendente «at» registrou dezenas diferentes das marcadas no volante (marcou «d1», registrou «d2») "
              "e pede o prêmio que teria recebido, R$ «v».\n", at=P(g.person(True).first), d1=dezenas(g, gm), d2=dezenas(g, gm), v=brl(gross))
    if g.chance(0.6):
        doc.f("A ré apresentou as imagens do circuito interno e o recibo assinado; a atendente foi ouvida como informante.\n")
    res = g.pick(["acordo", "sem acordo"])
    if res == "acordo":
        doc.f("\nCONCILIAÇÃO: a ré pagará R$ «v» «k», por depósito na conta da parte autora (agência «ag», conta «ac»), com vencimento inicial em «d».\n",
              v=brl(gross * g.pick([0.3, 0.5, 0.6])), k=g.pick(["em parcela única", "em 2 parcelas", "em 3 parcelas", "em 5 parcelas"]), ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"), d=g.date("br"))
    else:
        doc.f("\nInfrutífera a conciliação. Designada audiência de instrução para «d». Sai a parte autora intimada a trazer o volante original.\n", d=g.date("br"))
    doc.f("\nNada mais.\n\n«a» — autor(a)\n«p» — preposto(a)\n", a=P(a.caps), p=P(pre.caps))
    return doc


def ju_procuracao_premio(g: Gen) -> Doc:
    """A public power of attorney to collect a prize, the notary's certificate, and the bank's compliance checklist."""
    doc = Doc()
    uf = g.pick(UFS)
    city, _ = city_of(g, uf)
    bank, bdom = g.pick(BANK_PARTNERS)
    o = g.person()
    a = g.person()
    tab, esc = g.person(), g.person(True)
    gm = game(g)
    gross, ir, net = prize_values(g)
    doc.f("«t» TABELIONATO DE NOTAS DE «c»\nLivro «l», folhas «fl»\n\nPROCURAÇÃO BASTANTE QUE FAZ ", t=g.pick(["1º", "2º", "3º"]), c=city.upper(),
          l=g.ri(100, 900), fl=f"{g.ri(1, 399)}/{g.ri(1, 399)}")
    doc.e(o.capsf, "PERSON")
    doc.t("\n\nSAIBAM quantos este público instrumento virem que compareceu como OUTORGANTE ")
    qualify(g, doc, o, dob=True, where=(city, uf), email=g.chance(0.3), titulo=g.chance(0.3))
    doc.t("; e nomeou seu(sua) bastante procurador(a) ")
    qualify(g, doc, a, where=city_of(g, uf), phone=g.chance(0.5))
    doc.f(", a quem confere poderes para receber o prêmio da «j», concurso «k», bilhete nº «b», no valor bruto de R$ «v», assinar recibos e declarações, "
          "e requerer o crédito do valor líquido na conta do OUTORGANTE, «bn», agência «ag», conta «ac», vedado o substabelecimento.\n\n",
          j=gm[0], k=concurso(g), b=bilhete(g), v=brl(gross), bn=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"))
    doc.f("Lavrada por «e», escrevente, e subscrita por «t», «tb». Selo digital «s». Emolumentos R$ «em».\n\n", e=P(esc.full), t=P(tab.full), tb="tabeliã" if tab.female else "tabelião",
          s=f"{g.up(3)}{g.d(5)}-{g.hexs(4, True)}", em=brl(g.ri(80, 400) + 0.73))
    doc.f("--- «b» — CHECKLIST DE CONFORMIDADE (pagamento de prêmio por procurador) ---\n", b=bank.upper())
    rows = [[V("procuração pública original"), V("ok")], [V("documentos do outorgante e do procurador"), V("ok")],
            [V("titularidade da conta de crédito"), V(g.pick(["ok", "ok", "pendente: conta conjunta"]))],
            [V("comunicação ao COAF (valor acima do limite)"), V("sim" if gross > 50000 else "não se aplica")]]
    table_ruled(doc, ["item", "situação"], rows, g.pick(["plain", "plus"]))
    an = g.person()
    doc.f("Analista: «n» («e») — «d»\n", n=P(an.full), e=(corp_mail(an, bdom, g), "EMAIL_ADDRESS"), d=g.date("br"))
    return doc


JU = [ju_bolao_acao, ju_trab_correspondente, ju_contrato_correspondente, ju_bo_assalto, ju_auditoria, ju_jec_premio, ju_procuracao_premio]


# --------------------------------------------------------------------------- saude


def sa_aso(g: Gen) -> Doc:
    """An attendant's occupational health certificate (ASO) in a ruled box or a form: risks, exams, result, the examiner's and the PCMSO coordinator's CRM."""
    doc = Doc()
    fan, raz, dom, kind = outlet(g)
    cn, cdom = g.pick(OCC_CLINICS)
    w = g.person(female=g.chance(0.7))
    ex, co = g.person(), g.person()
    uf = g.pick(UFS)
    tipo = g.pick(["ADMISSIONAL", "PERIÓDICO", "PERIÓDICO", "RETORNO AO TRABALHO", "DEMISSIONAL", "MUDANÇA DE RISCO"])
    doc.f("«c»\nATESTADO DE SAÚDE OCUPACIONAL — ASO («t»)\nNR-7 / PCMSO «y»\n\n", c=cn.upper(), t=tipo, y=g.pick([2025, 2026]))
    fields = [("Empresa", V(raz)), ("CNPJ", (g.any_cnpj(), "BR_CNPJ")), ("Trabalhador(a)", P(g.pick([w.full, w.caps]))), ("CPF", (g.cpf(), "BR_CPF")),
              ("RG", (g.rg(), "BR_RG")), ("Nascimento", (g.dob(g.pick(["br", "dot", "nopad"]), 1960, 2006), "DATE_OF_BIRTH")),
              ("Função", V(g.pick(["operadora de caixa" if w.female else "operador de caixa", "atendente de lotérica", "tesoureiro(a)", "gerente de loja"]))),
              ("CBO", V(g.pick(["4211-25", "4211-05", "4101-05", "4221-05"])))]
    if g.chance(0.4):
        fields.append(("NIT/PIS", (g.pis(), "BR_PIS")))
    kv_block(g, doc, fields, g.pick(["box", "plain", "dots"]))
    doc.t("\nRISCOS OCUPACIONAIS: ergonômico (postura sentada prolongada, movimentos repetitivos de digitação e contagem de cédulas); acidentes (risco de assalto, "
          "manuseio de numerário); psicossocial (atendimento ao público, metas).\n")
    doc.f("EXAMES: clínico ocupacional («d»); acuidade visual; «e».\n", d=g.date("br"), e=g.pick(["audiometria tonal", "avaliação psicossocial", "glicemia de jejum"]))
    if tipo == "RETORNO AO TRABALHO":
        icd = g.pick(ROBBERY_ICD + OCC_ICD)
        doc.f("Afastamento anterior: «d» dias por «c» («n»), benefício «b».\n", d=g.ri(16, 120), c=icd[0], n=icd[1], b=g.pick(["B31", "B91"]))
    doc.f("\nRESULTADO: «r»\n\n", r=g.pick(["APTO(A)", "APTO(A)", "APTO(A) COM RESTRIÇÃO: pausas de 10 min a cada 50 min de digitação", "INAPTO(A) TEMPORARIAMENTE"]))
    doc.f("Médico(a) examinador(a): «t»«n» — «c»\nMédico(a) coordenador(a) do PCMSO: «m» — «d»\n", t=g.pick(["", dra(ex) + " "]), n=P(ex.full),
          c=(g.council("CRM", uf), "PROFESSIONAL_ID"), m=P(co.full), d=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    doc.f("\nCiente: ____________________ «n»   Data: «d»\n", n=P(g.pick([w.full, w.caps])) if g.chance(0.5) else V("(assinatura do trabalhador)"), d=g.date("br"))
    return doc


def sa_relatorio_psico(g: Gen) -> Doc:
    """A psychologist's report on a robbery victim (identification, demand, sessions, CID, referral to a psychiatrist, emergency contact)."""
    doc = Doc()
    cn, cdom = g.pick(PSY_PLACES)
    fan, raz, dom, kind = outlet(g)
    p = g.person(female=g.chance(0.7))
    ps = g.person(female=g.chance(0.8))
    pq = g.person()
    d0 = g.day()
    icd = g.pick(ROBBERY_ICD)
    doc.f("«c»\nRELATÓRIO PSICOLÓGICO\n\n1. IDENTIFICAÇÃO\n", c=cn)
    fields = [("Nome", P(g.pick([p.full, p.caps]))), ("Data de nascimento", (g.dob(g.pick(["br", "long"]), 1965, 2005), "DATE_OF_BIRTH"))]
    fields.append(("CPF", (g.cpf(), "BR_CPF")) if g.chance(0.6) else ("CNS", (g.cns(), "BR_CNS")))
    fields += [("Telefone", (g.phone(), "PHONE_NUMBER")), ("Solicitante", V(g.pick(["a própria paciente" if p.female else "o próprio paciente", "empresa empregadora",
                                                                                      "médico do trabalho", "INSS (perícia)"])))]
    kv_block(g, doc, fields, g.pick(["plain", "dots"]))
    m = g.relative(p, True)
    doc.f("Contato de emergência: «n» («r»), «t»\n\n", n=P(m.full), r=g.pick(["mãe", "irmã", "tia"]), t=(g.phone(), "PHONE_NUMBER"))
    doc.f("2. DEMANDA\nPaciente «x» de caixa «na» «f», vítima de assalto à mão armada em «d», durante o atendimento. Encaminhad«o» pelo médico do trabalho «mt» («crm»).\n\n",
          x="operadora" if p.female else "operador", na=art(fan, "em"), f=fan, d=dbr(d0), o=p.o, mt=P(g.person().full), crm=(g.council("CRM"), "PROFESSIONAL_ID"))
    doc.t("3. PROCEDIMENTO\n")
    for dd in sorted(g.after(d0, 7, 90) for _ in range(g.ri(3, 5))):
        doc.f("  «d» — «n»\n", d=dbr(dd), n=g.pick(["entrevista inicial e anamnese", "escala PCL-5 (escore elevado)", "psicoeducação sobre a resposta ao trauma",
                                                    "técnica de exposição gradual (imagens da loja)", "relata pesadelos e hipervigilância ao ouvir motos",
                                                    "retorno à loja acompanhad" + p.o + " do titular, por 15 minutos", "BAI: ansiedade moderada"]))
    doc.f("\n4. ANÁLISE E CONCLUSÃO\nQuadro compatível com «c» («n»). Recomenda-se afastamento das atividades de caixa por «k» dias, mudança de função no retorno "
          "e avaliação psiquiátrica com «pq» («cp»).\n\n", c=icd[0], n=icd[1], k=g.pick([15, 30, 45, 60]), pq=P(f"{pq.full}"), cp=(g.council("CRM"), "PROFESSIONAL_ID"))
    doc.f("«c», «d».\n\n«n»\nPsicólog«o» — «crp»\n«e»\n", c=g.city()[0], d=dbr(g.after(d0, 90, 120), "long"), n=P(ps.full), o="a" if ps.female else "o",
          crp=(g.council("CRP"), "PROFESSIONAL_ID"), e=(corp_mail(ps, cdom, g), "EMAIL_ADDRESS") if g.chance(0.6) else V(role_mail(g, cdom, "psicologia")))
    return doc


def sa_cat(g: Gen) -> Doc:
    """A work-accident report (CAT) after a robbery at the counter, in capitals: employer, injured worker, accident, witnesses, medical certificate."""
    doc = Doc()
    fan, raz, dom, kind = outlet(g)
    w = g.person(female=g.chance(0.65))
    mae = g.relative(w, True)
    uf = g.pick(UFS)
    md = g.person()
    d0 = g.day()
    icd = g.pick([("S01.8", "FERIMENTO DA CABECA"), ("S60.2", "CONTUSAO DE PUNHO E MAO"), ("F43.0", "REACAO AGUDA AO ESTRESSE"), ("S06.0", "CONCUSSAO CEREBRAL"),
                  ("T14.0", "ESCORIACOES")])
    doc.t("COMUNICACAO DE ACIDENTE DE TRABALHO - CAT\nTIPO: INICIAL    EMITENTE: EMPREGADOR\n\nI - EMPREGADOR\n")
    doc.f("RAZAO SOCIAL: «r»\nCNPJ: «c»\nCNAE: «cn»\n\nII - ACIDENTADO\n", r=fold(raz).upper(), c=(g.any_cnpj(), "BR_CNPJ"), cn=g.pick(["8299-7/06", "4711-3/02", "4771-7/01"]))
    doc.f("NOME: «n»\nNOME DA MAE: «m»\nDATA DE NASCIMENTO: «d»    SEXO: «s»\n", n=P(w.capsf), m=P(mae.capsf), d=(g.dob("br", 1960, 2006), "DATE_OF_BIRTH"),
          s="F" if w.female else "M")
    doc.f("CTPS: «k»    NIT/PIS: «p»\nRG: «rg»    CPF: «c»\n", k=fold(ctps(g, uf)).upper(), p=(g.pis(), "BR_PIS"), rg=(g.rg(), "BR_RG"), c=(g.cpf(), "BR_CPF"))
    doc.f("ENDERECO: «a»\nCEP: «p»    TELEFONE: «t»\nCBO: 4211-25 - OPERADOR(A) DE CAIXA    REMUNERACAO: R$ «v»\n\n", a=(g.address("caps"), "ADDRESS"),
          p=(g.cep(g.chance(0.7)), "BR_CEP"), t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"), v=brl(g.ri(1518, 2600) + 0.0))
    doc.f("III - ACIDENTE\nDATA: «d»    HORA: «h»    HORAS TRABALHADAS: «ht»\nTIPO: TIPICO    LOCAL: ESTABELECIMENTO DO EMPREGADOR («f»)\n"
          "PARTE DO CORPO: «pc»\nAGENTE CAUSADOR: AGRESSAO POR TERCEIRO (ASSALTO A MAO ARMADA)\nREGISTRO POLICIAL: SIM - BO «bo»\nHOUVE OBITO: NAO\n\n",
          d=dbr(d0), h=g.hm(), ht=f"{g.ri(1, 7):02d}:{g.ri(0, 59):02d}", f=fold(fan).upper(), pc=g.pick(["CABECA", "MAO DIREITA", "PUNHO ESQUERDO", "PARTES MULTIPLAS", "APARELHO PSIQUICO"]),
          bo=bo_no(g))
    doc.t("TESTEMUNHAS:\n")
    for _ in range(g.ri(1, 2)):
        t = g.person()
        doc.f("«n» - «a» - TEL «t»\n", n=P(t.capsf), a=(g.address("caps"), "ADDRESS"), t=(g.phone(g.pick(["par", "raw"])), "PHONE_NUMBER"))
    doc.f("\nIV - ATESTADO MEDICO\nUNIDADE: «u»\nDATA DO ATENDIMENTO: «d»    HORA: «h»\nDIAGNOSTICO PROVAVEL: «dn»    CID-10: «c»\nAFASTAMENTO: «k» DIAS\n",
          u=g.pick(["UPA 24H CENTRO", "HOSPITAL MUNICIPAL SAO BENTO", "PRONTO-SOCORRO DA VILA ROSA", "HOSPITAL REGIONAL AURORA"]), d=dbr(d0), h=g.hm(),
          dn=icd[1], c=icd[0], k=g.ri(2, 30))
    doc.f("MEDICO: «n» - «c»\n\nEMITIDA POR: «e» EM «d»\n", n=P(md.capsf), c=(g.council("CRM", uf).upper(), "PROFESSIONAL_ID"),
          e=P(g.person().capsf) if g.chance(0.6) else V("ESCRITORIO CONTABIL ESTRELA"), d=dbr(g.after(d0, 1, 2)))
    return doc


def sa_email_afastamento(g: Gen) -> Doc:
    """An e-mail thread between the outlet's HR (or accountant) and the occupational clinic on an attendant's sick leave and INSS referral."""
    doc = Doc()
    fan, raz, dom, kind = outlet(g)
    cn, cdom = g.pick(OCC_CLINICS)
    w = g.person(female=g.chance(0.7))
    hr = g.person(female=g.chance(0.6))
    md = g.person()
    t = g.moments(2, g.day(), 4, (8, 20))
    icd = g.pick(OCC_ICD + ROBBERY_ICD)
    hm = corp_mail(hr, dom, g)
    mm = corp_mail(md, cdom, g)
    doc.f("From: «n» <«e»>\nTo: «m» <«me»>\n", n=P(md.full), e=(mm, "EMAIL_ADDRESS"), m=P(hr.full), me=(hm, "EMAIL_ADDRESS"))
    doc.f("Cc: «c»\nDate: «d»\nSubject: RE: afastamento — «w»\n\n", c=role_mail(g, cdom, g.pick(["agendamento", "sesmt", "medicina"])), d=mail_date(t[1]),
          w=P(g.pick([w.short, w.full])) if g.chance(0.5) else V(g.pick(["colaboradora do caixa " if w.female else "colaborador do caixa ", "terminal "]) + str(g.ri(1, 5))))
    doc.f("«n»Bom dia.\n\nAvaliei «x» «w» hoje. O quadro («c» — «dn») justifica afastamento superior a 15 dias; emiti o atestado e o encaminhamento à perícia do INSS "
          "(espécie «b»). Sugiro que no retorno fique fora do caixa por 60 dias.\n\n", n="", x="a colaboradora" if w.female else "o colaborador",
          w=P(w.first), c=icd[0], dn=icd[1], b=g.pick(["B91, com CAT", "B31"]))
    doc.f("Att.,\n«n»\nMédic«o» do trabalho — «c»\n«cn»\n\n", o="a" if md.female else "o", n=P(md.full), c=(g.council("CRM"), "PROFESSIONAL_ID"), cn=cn)
    doc.f("> From: «n»«e»\n> Date: «d»\n> X-Originating-IP: [«ip»]\n>\n> Bom dia, encaminho «x» para avaliação:\n", n="", e=(hm, "EMAIL_ADDRESS"),
          d=mail_date(t[0]), ip=(g.ip_pub(), "IP_ADDRESS"), x="a atendente" if w.female else "o atendente")
    doc.f("> Nome: «n»\n> CPF: «c»\n> Nascimento: «d»\n> Celular: «t»\n", n=P(w.full), c=(g.cpf(), "BR_CPF"), d=(g.dob("br", 1962, 2005), "DATE_OF_BIRTH"),
          t=(g.phone(), "PHONE_NUMBER"))
    if g.chance(0.5):
        doc.f("> NIT: «p»\n", p=(g.pis(), "BR_PIS"))
    doc.f("> Desde o «e» «pr» se queixa de «q». Está no caixa «k» há «a» anos.\n", pr="ela" if w.female else "ele", e=g.pick(["assalto de março", "dia do pagamento do Bolsa Família", "fechamento de dezembro"]),
          q=g.pick(["dor no punho e formigamento nos dedos", "insônia e crises de choro", "dor no ombro ao contar cédulas", "medo de abrir a loja"]),
          k=g.ri(1, 5), a=g.ri(1, 12))
    doc.t(">\n")
    if g.chance(0.5):
        doc.f("> «n»\n", n=P(hr.first))
    doc.f("> RH — «f»\n", f=fan)
    return doc


def sa_csv_exames(g: Gen) -> Doc:
    """An occupational clinic's agenda of periodic exams for outlets' staff as CSV (examiner in the header; CPF, birth date, phone)."""
    doc = Doc()
    cn, cdom = g.pick(OCC_CLINICS)
    ex = g.person()
    sep = g.pick([";", ","])
    split = g.chance(0.3)
    d0 = g.day()
    doc.f("# «c» — agenda de exames ocupacionais — «d» — examinador(a): «n» («crm»)\n", c=cn, d=dbr(d0), n=P(ex.full), crm=(g.council("CRM"), "PROFESSIONAL_ID"))
    cols = (["first_name", "last_name"] if split else ["nome"]) + ["cpf", "nascimento", "empresa", "cnpj", "funcao", "exame", "celular", "status"]
    rows = []
    firms = [outlet(g) for _ in range(2)]
    cnpjs = {f[0]: g.any_cnpj() for f in firms}
    for _ in range(g.ri(4, 6)):
        p = g.person(female=g.chance(0.65))
        f = g.pick(firms)
        name = [P(p.first), P(" ".join(p.surnames))] if split else [P(g.pick([p.full, p.caps]))]
        rows.append(name + [(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), (g.dob(g.pick(["br", "iso"]), 1962, 2006), "DATE_OF_BIRTH"), V(f[1]), (cnpjs[f[0]], "BR_CNPJ"),
                            V(g.pick(["operador de caixa", "atendente", "tesoureiro", "gerente"])), V(g.pick(["periódico", "admissional", "retorno", "demissional"])),
                            (g.phone(g.pick(["raw", "par", "e164"])), "PHONE_NUMBER") if g.chance(0.75) else V(""),
                            V(g.pick(["agendado", "realizado", "faltou", "remarcar"]))])
    table_csv(doc, cols, rows, sep)
    doc.f("\n# obs: trazer audiometria anterior; confirmar jejum com «b».\n", b=P(g.person().short) if g.chance(0.5) else V("a recepção"))
    return doc


def sa_zap_psicologa(g: Gen) -> Doc:
    """WhatsApp between a robbery victim and her psychologist (lower case): sessions, an audio transcribed, payment by Pix, a receipt for the IR."""
    doc = Doc()
    cn, cdom = g.pick(PSY_PLACES)
    p = g.person(female=g.chance(0.7))
    ps = g.person(female=g.chance(0.8))
    st = chat_stamp(g.chance(0.4))
    tt = iter(seq_times(g, 30, g.moments(1, g.day(), 1, (7, 20))[0], 120, 5000))
    if g.chance(0.55):  # exported from the patient's phone
        pat = V("Você")
        psy = P(g.pick([ps.first, ps.short])) if g.chance(0.5) else V(cn)
        other = psy
    else:  # exported from the clinic's phone
        psy = V("Você")
        pat = (g.phone("wa"), "PHONE_NUMBER") if g.chance(0.6) else P(g.pick([p.first, p.short]))
        other = pat
    doc.f("Conversa do WhatsApp com «n»\n\n", n=other)
    cl(doc, st(next(tt)), pat, "oi «n», tudo bem? consegue me encaixar essa semana? desde o assalto na lotérica não durmo direito", n=P(lower(ps.first)))
    cl(doc, st(next(tt)), psy, "oi «n»! consigo quinta às «h». você voltou a trabalhar?", n=P(lower(g.pick([p.first, p.nick]))), h=g.pick(["8h", "10h", "14h", "17h30", "19h"]))
    cl(doc, st(next(tt)), pat, "voltei segunda mas pedi pra ficar no balcão de apostas, não consigo ficar no caixa")
    audio, fem = g.pick([("toda vez que entra um motoqueiro de capacete eu travo, a «c» percebeu e me mandou ir tomar água", True),
                         ("sonhei de novo com o cara apontando a arma pro «c», acordei suando", False),
                         ("o patrão falou que vai colocar porta giratória mas até agora nada, nem o «c» acredita mais", False)])
    cl(doc, st(next(tt)), pat, "[áudio transcrito] " + audio, c=P(lower(g.person(female=fem).first)))
    cl(doc, st(next(tt)), psy, "obrigad«o» por contar. vamos trabalhar isso na quinta. a sessão é r$ «v», pode ser pix na chave aleatória «k»",
       o="a" if ps.female else "o", v=brl(g.pick([120, 150, 180, 200]) + 0.0), k=(g.uuid(), "PIX_KEY"))
    cl(doc, st(next(tt)), pat, "feito! me manda o recibo no meu nome pro imposto de renda? «n», cpf «c»", n=P(lower(p.full)), c=(g.cpf(), "BR_CPF"))
    if g.chance(0.5):
        cl(doc, st(next(tt)), pat, "ah e a minha mãe «n» quer o seu contato, pode passar? o número dela é «t»", n=P(lower(g.relative(p, True).first)),
           t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))
    cl(doc, st(next(tt)), psy, "recibo enviado no e-mail «e» ✔️ assinado com o «crp»", e=(g.email(p), "EMAIL_ADDRESS"), crp=(g.council("CRP"), "PROFESSIONAL_ID"))
    if g.chance(0.5):
        pq = g.person()
        cl(doc, st(next(tt)), psy, "e marquei a avaliação com «o» «n» («c»), «e» atende pelo plano", o="a psiquiatra" if pq.female else "o psiquiatra",
           e="ela" if pq.female else "ele", n=P(g.pick([pq.full, pq.short])),
           c=(g.council("CRM"), "PROFESSIONAL_ID"))
    if g.chance(0.4):
        cl(doc, st(next(tt)), pat, g.pick(["a luz do caixa 3 ainda me dá aflição", "foi uma vitória conseguir abrir a loja sem ajuda hoje",
                                                 "esperança é a última que morre, né", "a farmácia serena do lado fechou cedo e me deu medo"]))
    cl(doc, st(next(tt)), pat, g.pick(["obrigad" + p.o + " de verdade 🙏", "até quinta", "❤️"]))
    return doc


def sa_pronto_socorro(g: Gen) -> Doc:
    """An emergency record after a robbery at the counter (or a customer's syncope in the benefit queue): CNS, CPF, companion, CRM, COREN."""
    doc = Doc()
    fan, raz, dom, kind = outlet(g)
    p = g.person(female=g.chance(0.6))
    comp = g.person()
    md, nu = g.person(), g.person(female=g.chance(0.8))
    customer = g.chance(0.35)
    uf = g.pick(UFS)
    t = g.moments(3, g.day(), 1, (8, 20))
    doc.f("«u» — FICHA DE ATENDIMENTO DE URGÊNCIA Nº «n»\n\n", u=g.pick(["UPA 24h Jardim Aurora", "Hospital Municipal São Bento", "Pronto-Socorro Central",
                                                                        "Hospital Regional Vitória"]), n=g.d(7))
    fields = [("Paciente", P(g.pick([p.full, p.caps]))), ("CNS", (g.cns(), "BR_CNS")), ("CPF", (g.cpf(), "BR_CPF")),
              ("Nascimento", (g.dob("br", 1940, 2006), "DATE_OF_BIRTH")), ("Endereço", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")),
              ("Telefone", (g.phone(), "PHONE_NUMBER")), ("Acompanhante", P(comp.full))]
    kv_block(g, doc, fields, g.pick(["plain", "dots", "box"]))
    doc.f("Telefone do acompanhante: «t»\nEntrada: «e»    Classificação de risco: «r»\n\n", t=(g.phone(), "PHONE_NUMBER"), e=ts(t[0], "br"),
          r=g.pick(["amarelo", "verde", "laranja"]))
    if customer:
        icd, q = g.pick([(ER_ICD[3], "mal-estar e queda da própria altura"), (ER_ICD[3], "tontura e sudorese"), (ER_ICD[6], "cefaleia e visão turva"),
                         (ER_ICD[5], "falta de ar e formigamento nas mãos")])
        doc.f("QUEIXA: cliente em fila de «b» «na» «f» desde as «h», em jejum, apresentou «q». Trazid«o» pelo SAMU; acompanhante é «c», «x».\n",
              b=g.pick(["saque do Bolsa Família", "saque do FGTS", "pagamento de contas"]), na=art(fan, "em"), f=fan, h=g.pick(["5h", "6h", "6h30"]),
              q=q, o=p.o, c=P(comp.first), x=g.pick(["vizinha", "filha", "atendente da lotérica", "neta"] if comp.female else ["vizinho", "filho", "genro", "neto"]))
    else:
        icd, q = g.pick([(ER_ICD[0], "golpe com coronha de arma na região frontal"), (ER_ICD[1], "golpe na cabeça com perda breve da consciência"),
                         (ER_ICD[2], "torção do punho ao ser puxad" + p.o + " pelo braço"), (ER_ICD[4], "queda ao ser empurrad" + p.o + " contra o balcão"),
                         (ER_ICD[5], "tremores, taquicardia e choro incontrolável")])
        doc.f("QUEIXA: «x» de caixa «da» «f», vítima de assalto há cerca de 1 h; refere «q». Acompanhad«o» «pt» titular do estabelecimento, «c».\n",
              x="operadora" if p.female else "operador", da=art(fan, "de"), f=fan, q=q, o=p.o, pt="pela" if comp.female else "pelo", c=P(comp.full))
    doc.f("EXAME: PA «pa» mmHg, FC «fc» bpm, SatO2 «s»%, Glasgow 15.\nHD: «c» — «n»\nCONDUTA: «k». «pol»\n\n", pa=f"{g.ri(100, 190)}x{g.ri(60, 110)}",
          fc=g.ri(60, 130), s=g.ri(94, 99), c=icd[0], n=icd[1], k=icd[2], pol="" if customer else g.pick(["Orientado registro de BO.", "PM presente no atendimento (BO em andamento).", ""]))
    doc.f("«e» — «m», «crm»\n«e2» — enf. «n», «co»\nAlta: «a»\n", e=ts(t[1], "hm"), m=P(md.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), e2=ts(t[2], "hm"),
          n=P(g.pick([nu.full, nu.short])), co=(g.council("COREN", uf), "PROFESSIONAL_ID"), a=g.pick(["com atestado de 3 dias", "com orientações", "encaminhado ao CAPS", "observação 6 h"]))
    return doc


SA = [sa_aso, sa_relatorio_psico, sa_cat, sa_email_afastamento, sa_csv_exames, sa_zap_psicologa, sa_pronto_socorro]


# --------------------------------------------------------------------------- financeiro


def fi_recibo_premio(g: Gen) -> Doc:
    """A prize payment receipt in capitals (winner, CPF, ticket, gross prize, IR withheld, credit account) and the day's list of small prizes paid."""
    doc = Doc()
    fan, raz, dom, _ = outlet(g, "lotérica")
    gm = game(g)
    w = g.person()
    at = g.person(female=g.chance(0.7))
    gross, ir, net = prize_values(g)
    t = g.moments(1)[0]
    doc.f("LOTERIAS CAIXA\nRECIBO DE PAGAMENTO DE PREMIO - 1A VIA GANHADOR\n«f» - COD «c»\n", f=fold(fan).upper(), c=cod_lot(g))
    doc.t("=" * 46 + "\n")
    doc.f("GANHADOR.....: «n»\nCPF..........: «c»\n", n=P(g.pick([w.capsf, cut(w.capsf, 30)])), c=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"))
    if g.chance(0.5):
        doc.f("DT NASC......: «d»\n", d=(g.dob("br", 1940, 2006), "DATE_OF_BIRTH"))
    if g.chance(0.5):
        doc.f("DOC. IDENT...: «k» «n»\n", **dict(zip("kn", g.pick([("CNH", (g.cnh(), "BR_CNH")), ("RG", (g.rg(), "BR_RG"))]))))
    if g.chance(0.6):
        doc.f("FONE CONTATO.: «t»\n", t=(g.phone(g.pick(["par", "raw", "plain"])), "PHONE_NUMBER"))
    doc.f("MODALIDADE...: «m»\nCONCURSO.....: «k»\nBILHETE......: «b»\nFAIXA........: «fx»\n", m=fold(gm[0]).upper(), k=concurso(g), b=bilhete(g),
          fx=fold(g.pick(FAIXAS[gm[0]])).upper())
    doc.f("VALOR BRUTO..: R$ «vb»\nIRRF 30%.....: R$ «ir»\nVALOR LIQUIDO: R$ «vl»\n", vb=brl(gross), ir=brl(ir), vl=brl(net))
    bk = g.pick(BANKS)
    doc.f("CREDITO EM CONTA: BANCO «bc» AG «ag» CONTA «ac»\n", bc=bk[0], ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"))
    doc.f("DATA/HORA....: «d»\nTERMINAL.....: «t»\nAUTENTICACAO.: «a»\nDARF COD. 0916 - APURACAO «m»\n", d=ts(t, "brs"), t=terminal(g), a=autent(g),
          m=f"{t.month:02d}/{t.year}")
    doc.t("ATENDENTE....: ")
    v, lab = teller(g, at, True)
    doc.e(v, lab)
    doc.f("\n\nASSINATURA: ______________________\n           «n»\n", n=P(w.capsf))
    doc.t("=" * 46 + "\n\nPREMIOS PAGOS NO BALCAO - «d»\n".replace("«d»", dbr(t.date())))
    for hm in sorted(g.hm() for _ in range(g.ri(2, 4))):
        p = g.person()
        sg, sir, snet = prize_values(g, True)
        doc.f("«h»  ", h=hm)
        doc.cell(cut(p.capsf, 24), 24, "PERSON")
        doc.t("  ")
        if g.chance(0.7):
            doc.cell(g.cpf("dot"), 14, "BR_CPF")
        else:
            doc.cell("NAO INFORMADO", 14)
        doc.f("  «m»  R$ «v»\n", m=cut(fold(game(g)[0]).upper(), 10).ljust(10), v=brl(sg).rjust(8))
    return doc


def fi_folha(g: Gen) -> Doc:
    """The outlet's payroll (Markdown or a ruled table): CPF, PIS, cash-shortage allowance, deductions, agency and account; the accountant's CRC."""
    doc = Doc()
    fan, raz, dom, kind = outlet(g)
    m = f"{g.ri(1, 12):02d}/{g.pick([2025, 2026])}"
    md = g.chance(0.55)
    rows = []
    for _ in range(g.ri(3, 6)):
        p = g.person(female=g.chance(0.7))
        sal = g.ri(1518, 3200) + 0.0
        qc = round(sal * 0.1, 2) if g.chance(0.7) else 0.0
        desc = g.ri(0, 250) + 0.0
        pay = [(g.agency(), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT")] if g.chance(0.7) else [V("—"), pix_key(g, p)[1]]
        rows.append([P(g.pick([p.full, p.short])), (g.cpf(), "BR_CPF"), (g.pis(), "BR_PIS"), V(g.pick(["operador(a) de caixa", "tesoureiro(a)", "gerente", "atendente"])),
                     V(brl(sal)), V(brl(qc)), V(brl(desc)), V(brl(sal + qc - desc - round(sal * 0.09, 2)))] + pay)
    cols = ["colaborador", "CPF", "PIS", "função", "salário", "quebra de caixa", "dif. caixa desc.", "líquido", "agência", "conta / chave Pix"]
    if md:
        doc.f("## «f» — folha de pagamento — competência «m»\n\n", f=fan, m=m)
        doc.t("| " + " | ".join(cols) + " |\n|" + "---|" * len(cols) + "\n")
        for r in rows:
            doc.t("| ")
            for k, (v, lab) in enumerate(r):
                if k:
                    doc.t(" | ")
                doc.e(v, lab)
            doc.t(" |\n")
    else:
        doc.f("«f» («r») — FOLHA «m»\n\n", f=fan, r=raz, m=m)
        table_ruled(doc, cols, rows, g.pick(["plus", "psql"]))
    ct = g.person()
    ow = g.person()
    doc.f("\nObs.: gratificação de quebra de caixa de 10% (CCT comerciários); desconto de diferença de caixa de «n» autorizado por escrito. ",
          n=P(g.person(True).first))
    if g.chance(0.5):
        doc.f("Aprovado por «o», sóci«a». ", o=P(ow.full), a=ow.o)
    else:
        doc.t("Aprovado pela sócia-gerente. " if ow.female else "Aprovado pelo sócio-gerente. ")
    doc.f("Conferido por «c» («crc»).\n", c=P(ct.full), crc=(g.council("CRC"), "PROFESSIONAL_ID"))
    return doc


def fi_conciliacao(g: Gen) -> Doc:
    """The daily cash reconciliation in capitals (fixed width, operators cut at the width), the armoured-car pickup and a shortage charged."""
    doc = Doc()
    fan, raz, dom, kind = outlet(g)
    d0 = g.day()
    doc.f("«f»\nRELATORIO DE CONCILIACAO DE CAIXA - «d»\n", f=fold(fan).upper(), d=dbr(d0))
    doc.t("-" * 96 + "\nTERMINAL    OPERADOR(A)               ABERTURA    ENTRADAS      SAIDAS    ESPERADO     CONTADO   DIFERENCA\n" + "-" * 96 + "\n")
    short, over = [], []
    for _ in range(g.ri(2, 4)):
        p = g.person(female=g.chance(0.7))
        ab = g.ri(200, 800) + 0.0
        en = g.ri(8000, 60000) + g.ri(0, 99) / 100
        sa = g.ri(3000, int(en * 0.9)) + g.ri(0, 99) / 100
        esp = ab + en - sa
        dif = g.pick([0.0, 0.0, 0.0, -g.ri(5, 400) + 0.0, g.ri(1, 50) + 0.0])
        if dif < 0:
            short.append(p)
        elif dif > 0:
            over.append(p)
        doc.t(terminal(g).ljust(11) + " ")
        doc.cell(cut(p.capsf, 24), 24, "PERSON")
        doc.t("  " + "  ".join(brl(x).rjust(10) for x in (ab, en, sa, esp, esp + dif)) + "  " + brl(dif).rjust(9) + "\n")
    doc.t("-" * 96 + "\n")
    tv = g.pick(TRANSVALORES)
    v1, v2 = g.person(False), g.person()
    doc.f("RECOLHIMENTO: «t» - VEICULO PLACA «p» - MALOTE «m» - LACRE «l»\nVIGILANTE: «a» - CRACHA «b»\nVALOR RECOLHIDO: R$ «v»\n\n", t=fold(tv).upper(),
          p=(g.plate(), "LICENSE_PLATE"), m=malote(g), l=g.d(8), a=P(g.pick([v1.capsf, fold(v2.short).upper()])), b=g.d(5), v=brl(g.ri(20, 150) * 1000.0))
    for q in short:
        doc.f("QUEBRA DE CAIXA: «n» - CPF «c» - DESCONTO AUTORIZADO EM FOLHA: «s»\n", n=P(fold(q.short).upper()), c=(g.cpf(), "BR_CPF"),
              s=g.pick(["SIM", "NAO", "PARCIAL"]))
    if not short:
        doc.t("QUEBRA DE CAIXA: NAO HOUVE\n")
    if over and g.chance(0.6):
        doc.f("SOBRA DO CAIXA «o» DEVOLVIDA AO CLIENTE «n», TEL «t», QUE VOLTOU A LOJA.\n", o=P(fold(over[0].first).upper()), n=P(g.person().capsf),
              t=(g.phone("par"), "PHONE_NUMBER"))
    doc.f("\nCONFERIDO POR: «t»\n", t=P(g.person().capsf) if g.chance(0.4) else V(login(g.person(), g).upper()))
    return doc


def fi_pix_csv(g: Gen) -> Doc:
    """The outlet's Pix statement as CSV: bolão shares received on its random key, refunds to payers' accounts, end-to-end ids."""
    doc = Doc()
    fan, raz, dom, kind = outlet(g, "lotérica")
    sep = g.pick([";", ","])
    key = g.uuid()
    bk = g.pick(BANKS)
    d0 = g.day()
    doc.f("extrato pix — «r» — «b» agência «ag» conta «ac» — chave «k» — «d»\n", r=raz, b=bk[1], ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"),
          k=(key, "PIX_KEY"), d=dbr(d0))
    cols = ["data_hora", "tipo", "nome", "documento", "instituicao", "agencia", "conta", "chave", "e2e_id", "valor", "descricao"]
    rows = []
    t = g.moments(g.ri(5, 8), d0, 1, (7, 22))
    for k in range(len(t)):
        p = g.person()
        tp = g.pick(["recebido", "recebido", "recebido", "recebido", "devolvido", "enviado"])
        doc_ = (g.cpf(), "BR_CPF") if g.chance(0.5) else V(f"***.{g.d(3)}.{g.d(3)}-**")
        if tp == "recebido":
            rows.append([V(ts(t[k], "sql")), V(tp), P(g.pick([p.full, p.caps])), doc_, V(g.pick(BANKS)[1]), V(""), V(""), (key, "PIX_KEY"), V(e2e(g, t[k])),
                         V(brl(g.pick([15, 20, 25, 30, 40, 50, 60]) + 0.0)), V(g.pick(["bolao mega cota", "cota bolao", "bolão lotofacil", "", "pix"]))])
        elif tp == "devolvido":
            rows.append([V(ts(t[k], "sql")), V(tp), P(g.pick([p.full, p.caps])), doc_, V(g.pick(BANKS)[1]), (g.agency(), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT"),
                         V(""), V(e2e(g, t[k])), V("-" + brl(g.pick([15, 20, 25, 30]) + 0.0)), V("devolução cota excedente")])
        else:
            sup, what = g.pick([("BOBINAS NORTE LTDA", "bobinas térmicas"), ("TRANSVALORES SERRA FORTE", "recolhimento"),
                                ("CONTABILIDADE ESTRELA", "honorários"), ("LIMPA BEM SERVICOS LTDA", "limpeza")])
            rows.append([V(ts(t[k], "sql")), V(tp), V(sup), (g.any_cnpj(), "BR_CNPJ"), V(g.pick(BANKS)[1]), V(""), V(""), V(""), V(e2e(g, t[k])),
                         V("-" + brl(g.ri(100, 3000) + 0.0)), V(what)])
    table_csv(doc, cols, rows, sep)
    doc.f("\n# conferido por «n» em «d»; 2 pix sem identificação de cota — perguntar no grupo.\n", n=P(g.person(True).first), d=dbr(g.after(d0, 1, 3)))
    return doc


def fi_jsonl_rede(g: Gen) -> Doc:
    """A correspondent network's JSON lines: operators' logins (public IP), transactions with customers, and the commission statement to the owner."""
    doc = Doc()
    rede, rdom = g.pick(REDES)
    fan, raz, dom, kind = outlet(g, "correspondente")
    ops = [g.person(female=g.chance(0.7)) for _ in range(2)]
    t = g.moments(8, g.day(), 1, (7, 19))
    cn = g.any_cnpj()
    logins = [login(p, g) for p in ops]
    pdv_ip = g.ip()
    k = 0
    for p, lg in zip(ops, logins):
        ev = {"ts": ts(t[k], "iso"), "event": "operator.login", "pdv": {"cnpj": (cn, "BR_CNPJ"), "nome": fan}, "operator": {"name": P(g.pick([p.full, p.caps])),
              "cpf": (g.cpf(g.pick(["raw", "dot"])), "BR_CPF"), "login": lg}, "ip": (pdv_ip if g.chance(0.7) else g.ip(), "IP_ADDRESS"), "terminal": terminal(g)}
        jval(doc, ev, None)
        doc.t("\n")
        k += 1
    for _ in range(g.ri(3, 5)):
        c = g.person()
        sv = g.pick(["deposit", "withdrawal", "bill_payment", "benefit_withdrawal"])
        ev = {"ts": ts(t[k], "iso"), "event": f"transaction.{sv}", "operator_login": g.pick(logins),
              "customer": {"name": P(g.pick([c.full, c.caps])), "document": (g.cpf(g.pick(["raw", "dot"])), "BR_CPF")}, "amount": round(g.ri(20, 3000) + g.pick([0.0, 0.5]), 2),
              "nsu": nsu(g), "status": g.pick(["approved", "approved", "reversed", "pending"]), "origin_ip": (pdv_ip, "IP_ADDRESS")}
        if sv == "deposit":
            ev["destination"] = {"bank": g.pick(BANKS)[0], "branch": (g.agency(False), "BANK_ACCOUNT"), "account": (g.account(), "BANK_ACCOUNT")}
        elif sv == "benefit_withdrawal":
            ev["customer"]["nis"] = (re.sub(r"\D", "", g.pis()), "BR_PIS")
        elif sv == "bill_payment":
            ev["barcode"] = linha_boleto(g).replace(" ", "").replace(".", "")
        if g.chance(0.5):
            ev["customer"]["sms_receipt"] = (g.phone("e164"), "PHONE_NUMBER")
        jval(doc, ev, None)
        doc.t("\n")
        k = min(k + 1, len(t) - 1)
    ow = g.person()
    ev = {"ts": ts(t[-1], "iso"), "event": "commission.statement", "pdv": {"cnpj": (cn, "BR_CNPJ")}, "owner": {"name": P(ow.full), "email": (g.email(ow), "EMAIL_ADDRESS"),
          "phone": (g.phone("e164"), "PHONE_NUMBER")}, "period": f"{g.pick([2025, 2026])}-{g.ri(1, 12):02d}", "transactions": g.ri(800, 9000),
          "commission": round(g.ri(900, 9000) + 0.37, 2), "payout": {"branch": (g.agency(False), "BANK_ACCOUNT"), "account": (g.account(), "BANK_ACCOUNT")}}
    jval(doc, ev, None)
    doc.f("\n\n-- «n»: ips dos logins conferidos; o webhook de conciliação da «r» respondeu 504 para «ip».\n", n=P(g.person().first), r=rede, ip=g.ip_priv())
    return doc


def fi_bolao_prestacao(g: Gen) -> Doc:
    """The settlement of a winning bolão: gross prize, IR, the net per share, and the transfer to each member (agency/account or Pix key)."""
    doc = Doc()
    fan, raz, dom, _ = outlet(g, "lotérica")
    gm = game(g, g.pick(["Mega-Sena", "Quina", "Lotofácil", "Mega da Virada", "Dia de Sorte"]))
    gross, ir, net = prize_values(g)
    cotas = g.pick([8, 10, 12, 15, 20])
    org = g.person()
    org_cpf = g.cpf()
    doc.f("PRESTAÇÃO DE CONTAS — BOLÃO «b» — «j», CONCURSO «k»\nRegistrado na «f» · organizador(a): «o», CPF «c»\n\n", b=cota_id(g), j=gm[0], k=concurso(g),
          f=fan, o=P(org.full), c=(org_cpf, "BR_CPF"))
    doc.f("Prêmio bruto: R$ «vb»\nIRRF (30%): R$ «ir»\nLíquido: R$ «vl»\nCotas: «n» → R$ «pc» por cota\n\n", vb=brl(gross), ir=brl(ir), vl=brl(net), n=cotas,
          pc=brl(net / cotas))
    rows = []
    left = cotas
    members = [org] + [g.person() for _ in range(g.ri(3, 5))]
    for k, p in enumerate(members):
        q = left if k == len(members) - 1 else min(left - (len(members) - 1 - k), g.ri(1, 3))
        left -= q
        if g.chance(0.5):
            dest = [V(g.pick(BANKS)[1]), (g.agency(), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT")]
        else:
            kind, kv = pix_key(g, p)
            dest = [V(f"Pix ({kind})"), V(""), kv]
        rows.append([P(g.pick([p.full, p.short, p.caps])), V(str(q)), (org_cpf if p is org else g.cpf(), "BR_CPF"), V(brl(net / cotas * q))] + dest)
    table_ruled(doc, ["cotista", "cotas", "CPF", "valor (R$)", "banco / forma", "agência", "conta / chave"], rows, g.pick(["plus", "pipe", "psql"]))
    nw = g.ri(1, 2)
    doc.f("\nComprovantes anexos. Assinam «a» organizador«b» e «k» testemunha«s»:\n«o»\n", a="a" if org.female else "o", b="a" if org.female else "",
          k="uma" if nw == 1 else "duas", s="" if nw == 1 else "s", o=P(org.caps))
    for _ in range(nw):
        w = g.person()
        doc.f("«n» — CPF «c»\n", n=P(w.full), c=(g.cpf(), "BR_CPF"))
    return doc


def fi_zap_caixa(g: Gen) -> Doc:
    """The owner's cash-closing WhatsApp with the manager ('Você' is the owner): shortages, the armoured car, a card left at the counter, refunds."""
    doc = Doc()
    fan, raz, dom, kind = outlet(g)
    mg = g.person(female=g.chance(0.6))
    st = chat_stamp(g.chance(0.4))
    tt = iter(seq_times(g, 20, g.moments(1, g.day(), 1, (16, 22))[0], 60, 1200))
    doc.f("Conversa do WhatsApp com «n»\n\n", n=P(g.pick([mg.first, mg.short])) if g.chance(0.4) else V(f"Gerência {fan}"))
    o = V("Você")
    r = P(g.pick([mg.first, mg.nick])) if g.chance(0.35) else (g.phone("wa"), "PHONE_NUMBER")
    cl(doc, st(next(tt)), r, "fechamento: dinheiro r$ «a», boletos r$ «b», pix r$ «c», saques r$ «d»", a=brl(g.ri(5, 60) * 1000.0), b=brl(g.ri(10, 90) * 1000.0),
       c=brl(g.ri(300, 4000) + 0.0), d=brl(g.ri(5, 40) * 1000.0))
    q = g.person(female=g.chance(0.7))
    cl(doc, st(next(tt)), r, "caixa 2 d«o» «n» fechou com falta de r$ «v» 😔", o=q.o, n=P(lower(g.pick([q.first, q.nick]))), v=brl(g.ri(20, 300) + 0.0))
    cl(doc, st(next(tt)), o, "conferiu a fita? se não achar desconta metade, combinei com ela no contrato" if q.female else
       "conferiu a fita? se não achar desconta metade, combinei com ele no contrato")
    tv = g.pick(TRANSVALORES)
    cl(doc, st(next(tt)), r, "o carro-forte da «t» veio às «h», placa «p»«n»", t=lower(tv), h=g.hm(), p=(g.plate(), "LICENSE_PLATE"),
       n=V(g.pick([", malote lacrado", ", sem atraso hoje", ""])))
    if g.chance(0.6):
        c = g.person()
        cl(doc, st(next(tt)), r, "«x» esqueceu o cartão de débito no balcão, «n», «k». guardei no cofre", x="uma cliente" if c.female else "um cliente", n=P(lower(c.full)),
           k=(g.card(g.chance(0.6)), "CREDIT_CARD"))
    cl(doc, st(next(tt)), o, "devolve os r$ «v» do «n» que pagou o boleto duas vezes, ag «ag» cc «ac»", v=brl(g.ri(80, 900) + 0.0), n=P(lower(g.person(False).first)),
       ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"))
    d = g.person(True)
    cl(doc, st(next(tt)), o, "e paga a «n» da limpeza, pix é o cpf dela «c»", n=P(lower(d.first)), c=(g.cpf(), "BR_CPF"))
    if g.chance(0.5):
        cl(doc, st(next(tt)), r, "o bolão da «j» fechou «k» cotas, a «n» ficou de mandar o pix amanhã", j=lower(game(g)[0]), k=g.ri(8, 25), n=P(lower(g.person(True).short)))
    if g.chance(0.4):
        cl(doc, st(next(tt)), r, "o fornecedor das bobinas mandou o cnpj pro pix: «c»", c=(g.any_cnpj(), "BR_CNPJ"))
    cl(doc, st(next(tt)), o, g.pick(["ok, amanhã vejo", "👍", "fecha e vai pra casa", lower(word_neg(g))]))
    return doc


FI = [fi_recibo_premio, fi_folha, fi_conciliacao, fi_pix_csv, fi_jsonl_rede, fi_bolao_prestacao, fi_zap_caixa]


TEMPLATES = {"atendimento": AT, "juridico": JU, "saude": SA, "financeiro": FI}

CPF_LIKE = re.compile(r"(?<![\d.\-/])(\d{3}\.?\d{3}\.?\d{3}-?\d{2})(?![\d])")
IPV4 = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.]|-\d)(/\d+)?")
RUN11 = re.compile(r"(?<![\d.\-/])(\d[\d.\-]{9,14}\d)(?![\d]|[.\-/]\d)")
RUN15 = re.compile(r"(?<!\d)\d{15}(?!\d)")
RUN16 = re.compile(r"(?<!\d)(?:\d{4}[ .-]?){3}\d{4}(?!\d)")
ROLE_RE = re.compile(r"(%s)@" % "|".join(ROLE_BOXES), re.I)


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
    return any(luhn_ok(re.sub(r"\D", "", m.group(0))) for m in RUN16.finditer(s))


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
            assert re.match(r"(CRM|COREN|OAB|CRP|CRC)(?![A-Z])", v), (rid, v)
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
    print("hundredeighteenth", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
