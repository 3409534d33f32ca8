"""Build the hundredth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_hundredth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or run),
standalone (own check-digit code, stdlib only, no Faker, no import from afinar or from the other
generators), seed 10010, 280 records: 4 domains x 7 templates x 10 copies.

Register: THE PRISON SYSTEM -- state penitentiary administrations (SEAP, SAP, SEJUS, SUSEPE...)
and their units (penitenciárias, cadeias públicas, colônias penais, APACs), the families who visit
and send money and parcels, visitor registration (carteirinha de visitante), lawyers in criminal
execution and public defenders, the execution courts (VEP, SEEU), the units' primary-care teams
(eAPP) and the hospitals they refer to with an escort, the INSS (auxílio-reclusão), the platforms
that take families' deposits for canteen and pecúlio, inmate labour under LEP art. 29 (payroll,
partner companies), and the food suppliers. The forty-fourth set also touched the penal system;
this one uses other documents and layouts. Layouts vary heavily: WhatsApp exports (Android and iOS;
senders by name or by number), a speech-to-text call transcript (lower case, no accents), a portal
API's indented JSON, one-line JSON exports and logs, e-mail threads, an ombudsman form ("Campo:
valor", ruled box or dotted leaders), semicolon and comma CSV, a site chat with a virtual
assistant, legal prose (petitions, habeas corpus, warrant), an OCR'd ALL CAPS official letter with
typos, an SEEU-like case summary, ruled / psql / pipe / plain tables, Markdown tables, fixed-width
payroll (names cut at the field width), a DANFE as text.
- atendimento: (0) a WhatsApp export between a relative and the unit's visit-scheduling line (CPF,
  sometimes first mistyped, carteirinha number, the inmate's Infopen and cell, a child's birth
  date, a second phone or an e-mail, the shift chief); (1) the speech-to-text transcript of a call
  to the families' 0800 line (CPF read in groups or digit by digit, spoken birth date, phones read
  in groups, spoken address and CEP, transfer / pecúlio / health branch with a bank account);
  (2) the visitor-registration portal's JSON (visitor with CPF, RG, birth date, mother, phone,
  e-mail, address, CEP; the inmate; minors with birth dates and birth-certificate numbers; the
  origin IP) and the back-office analysis (deferred / refused / pending); (3) an e-mail thread on a
  canteen deposit that was not credited (random Pix key of the platform, end-to-end id, the
  depositor's CPF, phone and account; a homonym inmate; refund account of the depositor or her
  mother; originating IP); (4) an ombudsman form about a visit (manifestant's data, the inmate,
  the officer named in the report, the director's answer; the Internet channel shows the IP);
  (5) the gate log of a visiting day (semicolon CSV: visitor, RG / CNH / CPF, phone, sometimes the
  inmate's name, Infopen, cell, body-scanner result) with the shift chief's notes (a visitor
  stopped with a phone in a cake, a minor with birth date, a car's plate); (6) a site chat about a
  returned parcel (sedex / jumbo) with the bot and a human agent (CPF, e-mail, new address and CEP,
  a sister's CPF, the visitor's IP, a Correios tracking code, a protocol).
- juridico: (0) a lawyer's petition for progression to the semi-open regime (inmate qualified with
  alias, RG, CPF, título, birth date, parents; the director who signed the conduct certificate;
  where he will live with address, CEP and phone; the employer; lawyer with OAB, e-mail and phone;
  sometimes an intern with "OAB/UF nnn-E"); (1) the public defender's remission request with the
  monthly work / study / reading table (assisted person's CPF, RG, birth date; the workshop monitor
  and the teacher; the defender's e-mail and landline; an intern); (2) an SEEU-like case summary
  (parties with CPF, RG, título, birth date, mother, defender / lawyer with OAB, prosecutor, judge;
  declared address; warrants table; moves by system users; sentence computation); (3) an e-mail
  thread asking for a lawyer's visit to clients in the parlour (clients with Infopen and sometimes
  CPF, the lawyer's OAB, CPF and phone, the firm's CNPJ, an intern, the unit officer's answer);
  (4) a habeas corpus for a mother of young children (art. 318 CPP; paciente qualified with address,
  children with birth dates, the grandmother's address and phone, the judge; defender or lawyer);
  (5) an OCR'd ALL CAPS letter of the unit to the execution court on a serious fault (inmate's RG
  and CPF, an IMEI, the witnessing officers, the visitor of the day before with RG and CPF, the
  director, the defender's note); (6) a release warrant (alvará de soltura) with the qualification
  box (alias, parents, birth date, RG, CPF, título, declared address, CEP, phone), the certificate
  of compliance (officer, court bailiff) and the parole undertaking with a reference contact.
- saude: (0) a SOAP consultation record of the prison primary-care team (patient with birth date,
  CNS, CPF, social name; the escort; doctor CRM, nurse COREN, sometimes CRO / CRP / CRESS; a
  relative with phone); (1) a vaccination campaign sheet (comma CSV: name, birth date, CNS, CPF,
  cell, vaccine, lot, vaccinator by name or login) with the RT nurse's note; (2) a TB screening
  list of a wing (Markdown: name, birth date, CNS, CPF, cell, TRM-TB) with the cell contacts and the
  responsible doctor and nurse; (3) a referral (guia de referência) with the escort order (patient,
  mother, CNS, CPF, CID-10, SISREG code, the van's plate, the driver's CNH, escort officers, chief
  of security, counter-referral doctor); (4) an e-mail thread on the continuity of care of a person
  released under TB / HIV treatment (CNS, CPF, address, CEP, mother's phone; the municipal nurse and
  the community health agent; a neighbour called Rosa or Luz); (5) the health team's WhatsApp group
  in an emergency in a cell (members by number or name; CNS, birth date and CPF typed for the SAMU;
  the escort car's plate; the doctor's CRM; the family contact); (6) a one-line-JSON export of the
  day's encounters (patients with CNS, birth date, CPF; professionals with their CNS, council id and
  sometimes name; terminals on private IPs) with the coordinator's note.
- financeiro: (0) an auxílio-reclusão claim at the INSS (segurado recluso with CPF, NIT, birth
  date; dependants table; the representative with RG, CPF, NIT, phone, e-mail, address; the
  account; the director who signed the prison certificate; the INSS analyst); (1) a deposit
  platform's statement (semicolon CSV: depositor, CPF, e-mail, phone, sometimes the inmate's name,
  Infopen, Pix end-to-end ids) with the reconciliation note (the platform's random Pix key, a
  masked card in a chargeback, a refund Pix key or CPF key); (2) the fixed-width payroll of inmate
  labour (name cut or "SURNAME, GIVEN", CPF, PIS/NIT, LEP art. 29 split, pecúlio savings agency and
  account) with the family-assistance accounts and the labour manager; (3) a food supplier's DANFE
  (CNPJs, driver with CPF and CNH, truck plate, receiving officer with RG, the nutritionist's CRN)
  and the supplier's e-mail asking for payment (account, random Pix key, salesman's phone);
  (4) an e-mail thread paying out a released person's pecúlio to his own new account (random key)
  or his mother's account (RG, CPF); (5) a one-line-JSON checkout log of a "virtual jumbo" shop that
  leaked full card numbers (customers with CPF, e-mail, phone, IP, billing address and CEP; holder
  names; the beneficiary inmate) and the DPO's note; (6) the monthly statement of a labour agreement
  with a partner company (contact with e-mail and phone; inmates with CPF, NIT and pecúlio account;
  the Penitentiary Fund's account; a boleto line; the workshop monitor's note).

Conventions (the twentieth set's): PERSON covers the name only, never "Sr.", "Sra.", "Dr.", "Dra.",
"MM.", "seu", "dona"; particles inside a name (de, da, do, das, dos, e) and suffixes (Filho,
Júnior, Neto, Sobrinho) are part of it; "SURNAME, GIVEN" is one span; first names alone and
nicknames, also in lower case or ALL CAPS, are persons. Staff named in the text are persons:
policiais penais, shift chiefs and chiefs of security, directors, clerks and analysts, attendants
and chat agents, judges, prosecutors, public defenders, lawyers and law interns, court bailiffs,
doctors, nurses and technicians, dentists, psychologists, social workers, pharmacists,
nutritionists, community health agents, INSS analysts, DPOs, suppliers' staff, workshop monitors,
teachers. Logins and system users ("usr_portaria2", "portaria01", "cpp.visitas", "alandim", a
vaccinator's login), a chat agent shown as "Atendente SEAP #59", and the virtual assistants
"Aurora", "Clara", "Liberta", "Sofia da SEAP" are not persons. Corporate e-mails of people
(nome.sobrenome@seap.xx.gov.br, @defensoria.xx.def.br, @saude.<city>.xx.gov.br, a lawyer's or a
supplier's address) are EMAIL_ADDRESS; role mailboxes (peculio@, parlatorio.<unit>@, naj@,
sedex@, vigilancia.epidemiologica@, sae@, financeiro.<sigla>@, suporte@, dpo@) are not labelled.
ADDRESS is street type + name + number + complement, in full, abbreviated, ALL CAPS, lower case or
spoken (not bairro, city, UF; the CEP is BR_CEP); the address of a prison, court, hospital or
company is never given. Agency and account are separate BANK_ACCOUNT spans; bank codes and names
are not. PIX_KEY only for random (UUID) keys, whoever owns them (a deposit platform's or a
supplier's collection key too); a Pix refund "to the CPF key" is BR_CPF; end-to-end ids are not
labelled. DATE_OF_BIRTH only for birth dates, in any form (dd/mm/yyyy, d/m/yyyy, dd/mm/yy, ISO,
long, spoken "18 do 3 de 1971" or "05 08 1985"); dates of visits, arrest, release, hearings,
moves, vaccination, treatment start, invoices and due dates are not. PROFESSIONAL_ID includes the
council acronym and UF or region. Masked values ("***.123.456-**", "final 1234", "606250******9545")
are not labelled.
Decisions of this set:
- Prison-system internal ids are not labelled: Infopen numbers ("Infopen 0012345", "INFOPEN nº
  3107812", "ex-Infopen 765.260"), prontuário, the RJI (11 digits, drawn to fail the CPF check),
  SEEU and CNJ process numbers, the BNMP number, the carteirinha de visitante number, the visit
  password (senha), officers' and defenders' matrículas, SIAPE numbers, SISREG codes, NB numbers,
  SEI process numbers, PAD and BO numbers, empenho numbers, Correios tracking codes, invoice keys,
  the birth-certificate registration number of a minor, protocol numbers. Cells and wings
  ("Pavilhão 3, cela 12", "Raio II, X-14", "P3-C23") are not labelled.
- An alias after "vulgo" or in an "Alcunha" field (Magrão, Pezão, Sereno, Branco) is a PERSON span
  of its own (as in the forty-fourth set); a social name in a health record is a PERSON.
- PROFESSIONAL_ID covers CRM, COREN, CRO, CRP, CRESS (social workers: "CRESS 7ª Região nº 12345"),
  CRF (pharmacists), CRN (the unit's RT nutritionist who certifies the meals: "CRN-6 12345",
  "CRN2 nº 4567") and OAB, including, decided here, the law intern's registration "OAB/SP 123456-E".
  A public defender signs with a matrícula, which is not labelled.
- The CPF read aloud in the transcript is one BR_CPF span also when digits are read one by one or
  "traco" stands before the check digits; the CEP read in pairs is one BR_CEP span.
- The agency and account of the pecúlio savings account of an inmate, of the Penitentiary Fund and
  of a supplier are BANK_ACCOUNT like any other (individuals' and companies' accounts alike).
- A professional's CNS in the e-SUS export is BR_CNS; CNPJs of state secretariats, platforms,
  suppliers, partner companies and law firms are BR_CNPJ (numeric and 2026 alphanumeric, dotted or
  raw). RGs come in the SP form with its check digit or as other states' plain numbers
  ("9675811", "18.786.966", "5752046-0"; none valid as a CPF); the issuing body (SSP/BA) is outside.
- IP_ADDRESS: public IPv4 / IPv6 of portal, chat, checkout and e-mail senders ("X-Originating-IP");
  private terminal and chat addresses (10.x, 172.16-31.x, 192.168.x) are not labelled.
- LICENSE_PLATE covers visitors' cars, official escort vans (viaturas), the SAMU escort car and
  suppliers' trucks. BR_CNH covers a visitor's CNH shown at the gate, the escort driver's and the
  supplier's driver's.
- Names and words damaged by OCR in the ALL CAPS letter are labelled as they stand ("GLADYS GUERRA
  RlVER0S", "XIA0MEI CHEN"); identifiers there are printed clean.
- Names cut by a fixed-width field are labelled as they stand ("PAULO CARVALHO DE CAVALCAN").

Names: Brazilian names of many origins -- Portuguese common, north-eastern and old-fashioned
(Belarmina, Custódia, Hermógenes, Pancrácio), coined (Uóxinton, Kauanny, Hevellyn, Thayllane,
Dhenifer), Italian, German, Japanese/Okinawan, Lebanese, Korean, Chinese, Haitian, Angolan,
Senegalese, Nigerian, indigenous, Jewish, Bolivian, Venezuelan, Paraguayan, Peruvian -- with rare
or invented name words well above a quarter (main() prints the share); prison aliases. Names that
are also words (Rosa, Luz, Flor, Vitória, Aurora, Celeste, Glória, Esperança, Socorro, Dores, Graça,
Paz, Bento, Prudente, Amado, Clemente, Severo, Justo, Inocêncio, Sereno, Leão, Branco; surnames Rosa,
Branco, Prudente, Amado, Leão, Paz, Cruz, Luz, Guerra, Leal, Lobo, Neves, Serra, Vale, Sereno,
Severo, Justo, Bonfim, Graça) are used as names (a neighbour called Rosa or Luz, an inmate called
Prudente, a nurse called Luz) and, elsewhere, as words and in units, companies, places, streets and
bots, which are not persons: "a luz da cela", "seria prudente", "isso não é justo", "pediu socorro",
"dores na nuca", "graças a Deus", "de graça", "camiseta de cor branca", the bot "Aurora",
Penitenciária Estadual de Santa Rosa, Penitenciária de Segurança Máxima Coronel Prudente Amado,
Colônia Penal Severo Leal, Colônia Agrícola Penal Flor da Serra, Unidade de Ressocialização de
Aurora, Penitenciária Industrial de Esperança, Comercial Amado Alimentos, Laticínios Prudente de
Morais, Bloquetes Sereno, Costura Leão Uniformes, Marcenaria Guerra & Filhos, Presidente Prudente,
Vitória da Conquista, Bento Gonçalves, Rio Branco, Luz (MG), Vila da Luz, Jardim Glória, Rua Flor
de Lis, Hospital Municipal Prudente de Morais.

Hard negatives (never labelled): CNJ and SEEU process numbers, 11-digit numbers failing the CPF
check (RJI, protocols; the script checks every CPF-shaped run outside a gold span), Pix end-to-end
ids (their 16-digit head drawn to fail Luhn), IMEIs (Luhn-valid 15 digits, never a valid CNS),
Infopen numbers and the other ids listed above, ICD-10 codes (A16.2, B86, I10, K02.9, F32.9,
S01.8, A53.9, E11.9, B20, Z20.1, X70), SIGTAP procedure codes, money, days worked and remitted,
articles of law (art. 157, § 2º, II, do CP; art. 33 da Lei 11.343/2006; arts. 50, 112, 126 da
LEP; art. 318 do CPP; Súmula 439 do STJ; HC 143.641/SP; Lei 13.709/2018), units, hospitals, schools
and streets named after people outside an address, companies named after people or words, private
IPs, dates that are not birth dates.
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
SEED = 10010
OUT_NAME = "hundredth.jsonl"

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
            "Sandra", "Camila", "Amanda", "Bruna", "Jéssica", "Letícia", "Mariana", "Gabriela", "Larissa", "Vanessa",
            "Luana", "Tatiane", "Daniele", "Raquel", "Cristiane", "Simone", "Ana Paula", "Maria José", "Lúcia", "Rita",
            "Josefa", "Sônia", "Cláudia", "Elaine", "Priscila", "Kelly"]
COMMON_M = ["José", "João", "Antônio", "Francisco", "Carlos", "Paulo", "Pedro", "Lucas", "Luiz", "Marcos", "Gabriel",
            "Rafael", "Daniel", "Marcelo", "Bruno", "Eduardo", "Felipe", "Rodrigo", "Mateus", "Diego", "Anderson",
            "Leandro", "Tiago", "Fábio", "Ricardo", "Alexandre", "João Paulo", "José Carlos", "Raimundo", "Wellington",
            "Cleiton", "Robson", "Jefferson", "Everton"]
RARE_F = ["Dalvanice", "Gildenora", "Rosenilda", "Edileuza", "Jucimara", "Luzinete", "Marinês", "Valdenice", "Zilmara",
          "Cleidiane", "Eurides", "Iolanda", "Genilda", "Nivalda", "Adelzuíta", "Arlinda", "Conceiçãozinha", "Terezinha",
          "Belarmina", "Custódia", "Eulália", "Filomena", "Idalina", "Joaquina", "Leopoldina", "Otília", "Sebastiana",
          "Ubaldina", "Kauanny", "Hevellyn", "Thayllane", "Yasmym", "Rayssa", "Kemilly", "Emilly Vitória", "Sthefanny",
          "Jaqueliny", "Waleska", "Dhenifer", "Lorrayne", "Ruthiele", "Gracielly", "Deysiane", "Maysa", "Iasmin"]
RARE_M = ["Uóxinton", "Edmilson", "Josenildo", "Valdeci", "Gilvan", "Dorgival", "Erivelto", "Cícero", "Damião", "Expedito",
          "Sebastião", "Lindomar", "Ozéias", "Ednaldo", "Rivanildo", "Adailton", "Aristides", "Bonifácio", "Conrado",
          "Diógenes", "Eleutério", "Feliciano", "Hermógenes", "Isidoro", "Laurindo", "Malaquias", "Nicanor", "Olegário",
          "Pancrácio", "Quirino", "Teotônio", "Ubirajara", "Wallysson", "Kauê", "Ryan Kauã", "Jhonatan", "Maicon",
          "Wesley", "Kaíque", "Derick", "Welliton", "Thalisson", "Gleidson", "Alisson", "Dhiego"]
# Given names that are also everyday words (and Marian names built on words).
WORD_F = ["Rosa", "Luz", "Flor", "Vitória", "Aurora", "Celeste", "Glória", "Esperança", "Socorro", "Dores", "Graça",
          "Maria do Socorro", "Maria das Dores", "Maria da Glória", "Maria da Luz", "Rosa Maria", "Paz"]
WORD_M = ["Bento", "Prudente", "Amado", "Clemente", "Severo", "Justo", "Inocêncio", "Sereno", "Leão", "Branco", "Vitório"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Pereira", "Ferreira", "Costa", "Rodrigues", "Almeida",
          "Nascimento", "Alves", "Carvalho", "Araújo", "Ribeiro", "Gomes", "Martins", "Rocha", "Barbosa", "Mendes",
          "Freitas", "Cardoso", "Teixeira", "Dias", "Moura", "Vieira", "Nunes", "Batista", "Moreira", "Lopes", "Melo",
          "Cavalcante", "Monteiro", "Farias", "Conceição", "Jesus"]
RARE_SUR = ["Quaresma", "Tourinho", "Bandeira de Melo", "Gadelha", "Brasileiro", "Frota", "Marinho Falcão", "Xavier de Brito",
            "Lacerda", "Dantas", "Wanderley", "Sampaio", "Cabral de Vasconcelos", "Gurgel", "Mourão", "Rabelo", "Parente",
            "Coutinho", "Anselmo", "Bitencourt", "Cezimbra", "Fagundes", "Garibaldi", "Jatobá", "Macambira", "Maranhão",
            "Peixoto", "Quixadá", "Sobreira", "Trindade", "Ventura", "Zacarias", "Alencar", "Bezerra Leite", "Cordeiro",
            "Esmeraldo", "Feitosa", "Holanda", "Inácio", "Landim", "Mororó", "Nóbrega", "Oiticica", "Pinheiro Machado"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Amado", "Leão", "Paz", "Cruz", "Luz", "Bento", "Flores", "Guerra", "Leal",
            "Lobo", "Neves", "Fontes", "Campos", "Serra", "Vale", "Sereno", "Severo", "Justo", "Bonfim", "Graça"]
NICK = {"Francisca": "Chica", "Francisco": "Chico", "José": "Zé", "Antônio": "Tonho", "Antônia": "Toinha",
        "Raimundo": "Mundinho", "Maria do Socorro": "Corrinha", "Maria da Glória": "Glorinha", "Maria da Luz": "Luzinha",
        "Maria das Dores": "Dorinha", "Luiz": "Lula", "Sebastião": "Tião", "Sebastiana": "Tiana", "Joaquina": "Quina",
        "Terezinha": "Tê", "Damião": "Dami", "Expedito": "Pedito", "Bonifácio": "Boni", "Cícero": "Ciço",
        "Rosa": "Rosinha", "Bento": "Bentinho", "João": "Joca", "Pedro": "Pedrinho", "Edileuza": "Leu",
        "Iolanda": "Landinha", "Wellington": "Tom", "Robson": "Binho", "Jefferson": "Jeffinho", "Malaquias": "Quias"}
# Aliases after "vulgo" / "conhecido como": persons too.
ALIASES = ["Magrão", "Baiano", "Neguinho", "Alemão", "Cabeça", "Tonhão", "Zoinho", "Pernambuco", "Playboy", "Mudinho",
           "Boca", "Ceará", "Gordinho", "Pezão", "Dentinho", "Paraíba", "Branco", "Sereno", "Tigrão", "Russo", "Careca",
           "Lobinho", "Fumaça", "Bidu", "Xexéu", "Pitoco", "Caveirinha", "Nego Dú", "Tchelo"]
FOREIGN = {
    "it": (["Giuseppina", "Loredana", "Rosalba"], ["Vittorio", "Aldo", "Benedetto"],
           ["Bortolotto", "Fregonese", "Scarpelli", "Dal Molin", "Zambon", "Trevisan", "Bressan"]),
    "de": (["Irmgard", "Lieselotte", "Helga"], ["Arno", "Ewald", "Reinholdo"],
           ["Schwanz", "Hoffmann", "Ziemann", "Kruger", "Stein", "Pagel", "Tesch"]),
    "jp": (["Harumi", "Satsuki", "Tomoko"], ["Hiroshi", "Kenji", "Tadashi"],
           ["Nakamura", "Oshiro", "Yamashita", "Kinjo", "Tamashiro", "Nishimoto"]),
    "ar": (["Nadia", "Leila", "Rania"], ["Farid", "Nagib", "Salim"],
           ["Haddad", "Maluf", "Abdalla", "Chedid", "Nassar", "Sfair"]),
    "kr": (["Hye-jin", "Soo-ah"], ["Jae-won", "Sung-min"], ["Choi", "Yoon", "Shin", "Han"]),
    "cn": (["Lihua", "Xiaomei"], ["Zhiqiang", "Haoran"], ["Chen", "Wu", "Lin", "Zhou"]),
    "ht": (["Roselène", "Guerline", "Mirlande"], ["Jean-Baptiste", "Wilner", "Jocelyn"],
           ["Joseph", "Jean-Louis", "Exantus", "Dorvil", "Saint-Fleur"]),
    "ao": (["Ngueve", "Lukeny", "Kiesse"], ["Nzuzi", "Makiese", "Lumingu"], ["Kambundo", "Mbala", "Ndombele", "Tchissola"]),
    "sn": (["Fatou", "Aminata", "Khady"], ["Cheikh", "Mamadou", "Ousmane"], ["Diop", "Ndiaye", "Sy", "Cissé"]),
    "ng": (["Chiamaka", "Ngozi"], ["Chukwuemeka", "Oluwaseun"], ["Okafor", "Adeyemi", "Eze", "Okonkwo"]),
    "in": (["Yarã", "Tainá", "Jurema"], ["Kaiowá", "Ubiratã", "Arakén"],
           ["Tikuna", "Xucuru", "Guarani Kaiowá", "Fulni-ô", "Tupinambá"]),
    "jw": (["Raquel", "Sarah", "Ruth"], ["Moisés", "Samuel", "Abrão"],
           ["Feldman", "Rosenthal", "Szpigel", "Blumenfeld", "Katz"]),
    "bo": (["Wilma", "Justina", "Rosmery"], ["Edwin", "Freddy", "Wilfredo"], ["Mamani", "Choque", "Apaza", "Ticona", "Flores"]),
    "ve": (["Yusmary", "Maikelis", "Genesis"], ["Yeferson", "Wuilmer", "Jhonny"], ["Rangel", "Briceño", "Guanipa", "Montilla"]),
    "py": (["Lidia", "Gladys", "Zunilda"], ["Ever", "Aníbal", "Blas"], ["Ortiz", "Riveros", "Villalba", "Aquino"]),
    "pe": (["Yeni", "Maribel"], ["Ronal", "Percy"], ["Huamán", "Ccori", "Quispe", "Chávez"]),
}
RARE_ORIGINS = ("kr", "cn", "ht", "ao", "sn", "ng", "in", "bo", "ve", "py", "pe")
RARE = set(RARE_F + RARE_M + RARE_SUR + ALIASES)
RARE -= {"Cícero", "Sebastião", "Terezinha", "Wesley", "Alisson", "Iasmin", "Rayssa", "Maicon", "Lacerda", "Dantas",
         "Sampaio", "Peixoto", "Cordeiro", "Trindade", "Ventura", "Coutinho", "Holanda", "Alencar", "Branco", "Sereno",
         "Russo", "Careca", "Baiano", "Alemão", "Magrão", "Neguinho", "Paraíba", "Ceará", "Gordinho", "Edmilson",
         "Damião", "Expedito", "Valdeci", "Gilvan", "Inácio", "Jhonatan", "Feitosa", "Wanderley", "Lindomar",
         "Bandeira de Melo"}
for _o in RARE_ORIGINS:
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])
RARE.update(["Giuseppina", "Loredana", "Rosalba", "Bortolotto", "Fregonese", "Scarpelli", "Zambon", "Irmgard",
             "Lieselotte", "Ewald", "Reinholdo", "Schwanz", "Ziemann", "Pagel", "Tesch", "Satsuki", "Tadashi", "Oshiro",
             "Kinjo", "Tamashiro", "Nishimoto", "Rania", "Nagib", "Chedid", "Nassar", "Sfair", "Szpigel", "Blumenfeld"])
RARE -= {"Flores", "Chen", "Raquel", "Sarah", "Ruth", "Moisés", "Samuel", "Joseph", "Lidia", "Genesis", "Aquino",
         "Ortiz", "Chávez", "Edwin", "Freddy", "Wilma"}

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Costa", "Rosa", "Luz", "Paz", "Cruz", "Silva", "Serra", "Graça", "Conceição", "Rocha", "Trindade"}
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


DDDS = ["11", "12", "13", "14", "15", "16", "17", "18", "19", "21", "22", "24", "27", "31", "32", "33", "34", "35",
        "37", "38", "41", "42", "43", "44", "45", "47", "48", "51", "53", "54", "55", "61", "62", "63", "64", "65",
        "66", "67", "68", "69", "71", "73", "74", "75", "77", "79", "81", "82", "83", "84", "85", "86", "87", "88",
        "91", "92", "94", "95", "96", "98"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Estrada", "Vila", "Beco", "Passagem"]
STREET_NAMES = ["Barão de Mauá", "Prudente de Morais", "Bento Gonçalves", "Flor de Lis", "da Aurora", "Estrela do Oriente",
                "Padre Cícero", "Dom Hélder Câmara", "Coronel Gadelha", "Professora Leopoldina Sobreira", "Tiradentes",
                "Quinze de Novembro", "Marechal Deodoro", "da Paz", "Raio de Luz", "Rosa e Silva", "Juiz Amado Leal",
                "Castro Alves", "Santos Dumont", "Frei Caneca", "Irmã Dulce", "dos Ferroviários", "Rondon",
                "Getúlio Vargas", "Sete de Setembro", "das Acácias", "Senador Pompeu", "São Bento", "Beira Rio",
                "Vitória Régia", "dos Cajueiros", "Doutor Nagib Haddad", "Leão Sereno", "Serra Branca",
                "Pioneiro Ewald Ziemann", "Cônego Malaquias Frota", "Projetada 14", "da Esperança", "Esperantina",
                "Chico Mendes", "Zumbi dos Palmares", "Mãe Menininha", "Boa Vista", "do Socorro"]
CITIES = [("Vitória da Conquista", "BA"), ("Feira de Santana", "BA"), ("Itabuna", "BA"), ("Juazeiro do Norte", "CE"),
          ("Itaitinga", "CE"), ("Caucaia", "CE"), ("Sobral", "CE"), ("Mossoró", "RN"), ("Parnamirim", "RN"),
          ("Campina Grande", "PB"), ("João Pessoa", "PB"), ("Igarassu", "PE"), ("Caruaru", "PE"), ("Arapiraca", "AL"),
          ("São Luís", "MA"), ("Pedrinhas", "MA"), ("Teresina", "PI"), ("Altos", "PI"), ("Marabá", "PA"),
          ("Santarém", "PA"), ("Porto Velho", "RO"), ("Rio Branco", "AC"), ("Cuiabá", "MT"), ("Várzea Grande", "MT"),
          ("Campo Grande", "MS"), ("Dourados", "MS"), ("Aparecida de Goiânia", "GO"), ("Ribeirão das Neves", "MG"),
          ("Contagem", "MG"), ("Governador Valadares", "MG"), ("Presidente Prudente", "SP"), ("Presidente Venceslau", "SP"),
          ("Tremembé", "SP"), ("Franco da Rocha", "SP"), ("Bauru", "SP"), ("Serra", "ES"), ("Vila Velha", "ES"),
          ("Bangu", "RJ"), ("Japeri", "RJ"), ("Charqueadas", "RS"), ("Santa Rosa", "RS"), ("Bento Gonçalves", "RS"),
          ("Piraquara", "PR"), ("Cascavel", "PR"), ("São Pedro de Alcântara", "SC"), ("Joinville", "SC"),
          ("Luz", "MG"), ("Esperança", "PB"), ("Aurora", "CE"), ("Vitória", "ES")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN", "PB", "MT",
       "MS", "PI", "SE", "AL", "RO", "AC", "TO"]
BAIRROS = ["Centro", "Jardim Aurora", "Vila Rosa", "São Bento", "Alto da Paz", "Conjunto Esperança", "Jardim Vitória",
           "Bela Vista", "Parque das Flores", "Cidade Nova", "Bom Jardim", "Mondubim", "Pirambu", "Vila da Luz",
           "Conjunto Palmeiras", "Jardim Glória", "Cohab", "Morro do Socorro", "Zona Rural", "Invasão Nova Canaã"]

UNITS = ["Penitenciária Regional Juiz Bento Luz Ferraz", "Penitenciária Estadual de Santa Rosa",
         "Unidade de Detenção Provisória II de Presidente Prudente", "Penitenciária Estadual Nossa Senhora da Glória",
         "Colônia Agrícola Penal Flor da Serra", "Cadeia Pública de Rio Branco", "Unidade de Ressocialização de Aurora",
         "Unidade Prisional Regional de Vitória da Conquista", "Penitenciária de Segurança Máxima Coronel Prudente Amado",
         "Cadeia Pública Desembargador Lauro Menescal", "APAC de Santa Luzia", "Penitenciária Industrial de Esperança",
         "Colônia Penal Severo Leal", "Casa de Custódia de Itaitinga", "Unidade Prisional Serra Branca"]
SECRETARIAS = [("SEAP", "Secretaria de Estado de Administração Penitenciária"), ("SAP", "Secretaria da Administração Penitenciária"),
               ("SEJUS", "Secretaria da Justiça"), ("SEAPEN", "Secretaria de Estado de Administração Penitenciária e Ressocialização"),
               ("DEPEN", "Departamento Penitenciário Estadual"), ("SEJUSP", "Secretaria de Justiça e Segurança Pública"),
               ("SEDS", "Secretaria de Estado de Defesa Social"), ("SUSEPE", "Superintendência dos Serviços Penitenciários")]
WINGS = ["Pavilhão {a}, cela {b}", "Raio {r}, X-{b}", "Galeria {l}, cubículo {b:02d}", "Ala {l} / cela {b}",
         "Bloco {a} – Cela {b}", "Módulo de Vivência {a}, cela {b:02d}", "Vivência {a}, alojamento {b}", "Pav. {a} cela {b}",
         "Galeria {l}{a}, cela {b}", "Seguro, cela {b}", "Triagem, cela {b}"]
CRIMES = ["art. 157, § 2º, II, do CP", "art. 33 da Lei 11.343/2006", "art. 155, § 4º, do CP", "art. 121, § 2º, do CP",
          "art. 14 da Lei 10.826/2003", "art. 129, § 13, do CP", "art. 180 do CP", "art. 35 da Lei 11.343/2006",
          "art. 157, § 3º, do CP", "art. 171 do CP", "art. 2º da Lei 12.850/2013", "art. 16 da Lei 10.826/2003",
          "art. 147 do CP c/c Lei 11.340/2006", "art. 217-A do CP"]
CIDS = [("A15.0", "tuberculose pulmonar"), ("B20", "doença pelo HIV"), ("F19.2", "dependência de múltiplas drogas"),
        ("F32.9", "episódio depressivo"), ("J06.9", "IVAS"), ("I10", "hipertensão essencial"), ("E11.9", "diabetes tipo 2"),
        ("L08.9", "piodermite"), ("B86", "escabiose"), ("A53.9", "sífilis"), ("K02.9", "cárie dentária"),
        ("S01.8", "ferimento na cabeça"), ("T14.1", "ferimento de região não especificada"), ("Z20.1", "contato com TB"),
        ("A16.2", "TB pulmonar sem confirmação"), ("B35.4", "tinea corporis"), ("F41.1", "ansiedade generalizada"),
        ("J18.9", "pneumonia"), ("R50.9", "febre"), ("K29.7", "gastrite")]
HOSPITALS = ["Hospital Regional Dr. Leão Sampaio", "Hospital Geral de Vitória da Conquista", "Hospital São Bento",
             "Santa Casa de Misericórdia", "UPA 24h Jardim Aurora", "Hospital de Referência em Tuberculose Flor de Lis",
             "Hospital Municipal Prudente de Morais", "Hospital Universitário Clemente Ferreira", "Policlínica da Luz"]
SUPPLIERS = ["Comercial Amado Alimentos Ltda.", "Padaria e Confeitaria Aurora ME", "Frigorífico Serra Branca S.A.",
             "Distribuidora Flor do Vale de Hortifrúti Ltda.", "Cozinha Industrial Bento & Filhos Ltda.",
             "Nutriprisional Refeições Coletivas Ltda.", "Pão Nosso Panificadora EIRELI", "Laticínios Prudente de Morais Ltda.",
             "Gadelha & Frota Comércio de Cereais Ltda.", "Mercantil Luz do Sertão Ltda."]
PARTNERS = ["Vesta Confecções Ltda.", "Bloquetes Sereno Artefatos de Cimento Ltda.", "Costura Leão Uniformes ME",
            "Reciclagem Luz do Vale Ltda.", "Grampos Haddad Indústria e Comércio S.A.", "Marcenaria Guerra & Filhos Ltda.",
            "Bolas Esperança Artigos Esportivos Ltda.", "Horta Flor da Serra Cooperativa"]
PLATFORMS = ["PecúlioPay", "Jumbo Fácil", "CantinaNet Prisional", "Depósito Solidário", "Família Conecta Pagamentos"]
BANKS = [("001", "Banco do Brasil"), ("237", "Bradesco"), ("341", "Itaú"), ("104", "Caixa"), ("033", "Santander"),
         ("260", "Nu Pagamentos"), ("077", "Banco Inter"), ("756", "Sicoob"), ("748", "Sicredi"), ("004", "Banco do Nordeste"),
         ("336", "C6 Bank"), ("290", "PagSeguro"), ("380", "PicPay"), ("323", "Mercado Pago")]
VACCINES = ["dT (dupla adulto)", "Hepatite B", "Influenza", "Covid-19 XBB", "Tríplice viral", "Febre amarela", "HPV4",
            "Pneumo 23"]


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
        """An RG: the SP form with its check digit (dotted or raw) or another state's plain number."""
        style = style or self.pick(["dot", "dot", "raw", "other", "other"])
        if style == "other":
            n = str(self.ri(1, 9)) + self.d(self.pick([6, 6, 7, 7]))
            return self.pick([n, f"{n[:-6]}.{n[-6:-3]}.{n[-3:]}" if len(n) > 6 else n, f"{n}-{self.ri(0, 9)}"])
        b = self.d(8)
        n = b + rg_sp_dv(b)
        return f"{n[:2]}.{n[2:5]}.{n[5:8]}-{n[8]}" if style == "dot" else n

    def rg_org(self, uf: str) -> str:
        return self.pick([f"SSP/{uf}", f"SSP-{uf}", f"SDS/{uf}", f"PC/{uf}", f"SESP/{uf}", f"IFP/{uf}" if uf == "RJ" else f"SSP/{uf}"])

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

    def imei(self) -> str:
        while True:
            b = self.pick(["35", "35", "86", "01", "49"]) + self.d(12)
            n = b + luhn_dv(b)
            if not cns_ok(n):
                return n

    # ----------------------------------------------------------------- prison-system internal ids (never labelled)
    def infopen(self) -> str:
        return self.pick([f"Infopen {self.d(7)}", f"INFOPEN nº {self.d(7)}", f"Infopen: {self.d(3)}.{self.d(3)}",
                          f"Infopen {self.d(7)}"])

    def infopen_n(self) -> str:
        return self.pick([self.d(7), f"{self.d(3)}.{self.d(3)}", "00" + self.d(5)])

    def prontuario(self) -> str:
        return self.pick([f"{self.ri(2015, 2025)}/{self.d(5)}", f"{self.d(6)}-{self.d(1)}", f"P{self.d(6)}"])

    def matricula(self) -> str:
        """A prison or police officer's, a clerk's or a defender's matrícula / RE / MASP."""
        return self.pick([f"{self.d(3)}.{self.d(3)}-{self.d(1)}", f"{self.d(6)}-{self.d(1)}", f"{self.d(7)}",
                          f"{self.d(2)}.{self.d(3)}-{self.pick('0123456789X')}"])

    def rji(self) -> str:
        return self.neg(11)

    def seeu(self) -> str:
        return f"{self.d(7)}-{self.d(2)}.{self.ri(2015, 2025)}.8.{self.d(2)}.{self.d(4)}"

    def wing(self) -> str:
        w = self.pick(WINGS)
        return w.format(a=self.ri(1, 8), b=self.ri(1, 40), r=self.pick(["I", "II", "III", "IV", "V"]), l=self.pick("ABCDEF"))

    def carteirinha(self) -> str:
        return self.pick([f"{self.d(2)}.{self.d(5)}-{self.d(1)}", f"CV-{self.ri(2023, 2026)}-{self.d(6)}", self.d(8),
                          f"{self.up(2)}{self.d(6)}"])

    def crime(self) -> str:
        return self.pick(CRIMES)

    def cid(self) -> tuple[str, str]:
        return self.pick(CIDS)

    def alias(self) -> str:
        return self.pick(ALIASES)

    def e2e(self, day: datetime.date | None = None) -> str:
        """A Pix end-to-end id (ISPB + date + random part): never labelled; the 16-digit head is drawn to fail Luhn."""
        day = day or self.day()
        while True:
            head = self.d(8) + f"{day.year}{day.month:02d}{day.day:02d}"
            if not luhn_ok(head):
                return "E" + head + self.up(1) + self.hexs(10, True)

    def sisreg(self) -> str:
        return self.pick([self.d(9), f"{self.d(3)}{self.d(3)}{self.d(3)}", f"SISREG {self.d(8)}"])

    def nb(self) -> str:
        return f"{self.d(3)}.{self.d(3)}.{self.d(3)}-{self.d(1)}"

    def empenho(self) -> str:
        return f"{self.ri(2024, 2026)}NE{self.d(6)}"

    def tracking(self) -> str:
        return f"{self.up(2)}{self.d(9)}BR"

    def wing_short(self) -> str:
        return self.pick([f"P{self.ri(1, 8)}-C{self.ri(1, 40):02d}", f"R{self.ri(1, 5)}/X{self.ri(1, 40)}",
                          f"G{self.pick('ABCD')}-{self.ri(1, 40):02d}", f"{self.ri(1, 8)}/{self.ri(1, 40)}"])

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
            return self.pick([f"CRESS {self.ri(1, 25)}ª Região nº {self.d(5)}", f"CRESS/{uf} {self.d(4)}", f"CRESS-{uf} {self.d(5)}"])
        if kind == "CRN":
            return self.pick([f"CRN-{self.ri(1, 11)} {self.d(5)}", f"CRN{self.ri(1, 11)} nº {self.d(4)}", f"CRN-{self.ri(1, 11)}/{uf} {self.d(5)}"])
        if kind == "CRF":
            return self.pick([f"CRF-{uf} {self.d(5)}", f"CRF/{uf} nº {self.d(4)}"])
        if kind == "OABE":
            return self.pick([f"OAB/{uf} {n}-E", f"OAB/{uf} nº {dotted}-E", f"OAB-{uf} {n}E"])
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
# =========================================================================== register helpers

UF_NAME = {"SP": "DE SÃO PAULO", "RJ": "DO RIO DE JANEIRO", "MG": "DE MINAS GERAIS", "RS": "DO RIO GRANDE DO SUL",
           "PR": "DO PARANÁ", "SC": "DE SANTA CATARINA", "BA": "DA BAHIA", "PE": "DE PERNAMBUCO", "CE": "DO CEARÁ",
           "GO": "DE GOIÁS", "PA": "DO PARÁ", "AM": "DO AMAZONAS", "DF": "DO DISTRITO FEDERAL", "ES": "DO ESPÍRITO SANTO",
           "MA": "DO MARANHÃO", "RN": "DO RIO GRANDE DO NORTE", "PB": "DA PARAÍBA", "MT": "DE MATO GROSSO",
           "MS": "DE MATO GROSSO DO SUL", "PI": "DO PIAUÍ", "SE": "DE SERGIPE", "AL": "DE ALAGOAS", "RO": "DE RONDÔNIA",
           "AC": "DO ACRE", "TO": "DO TOCANTINS"}
WEEKDAYS = ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"]


def unit_ctx(g: Gen) -> tuple[str, str, str, str, str, str]:
    """(sigla, secretaria, city, uf, unit, e-mail domain) of a state prison administration."""
    sig, sec = g.pick(SECRETARIAS)
    city, uf = g.city()
    unit = g.pick(UNITS)
    return sig, sec, city, uf, unit, f"{sig.lower()}.{uf.lower()}.gov.br"


def gmail(p: Person, dom: str, g: Gen) -> str:
    """A civil servant's or a firm's personal corporate address."""
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return g.pick([f"{f}.{l}@{dom}", f"{f}{l}@{dom}", f"{f[0]}{l}@{dom}", f"{f}.{l}{g.ri(1, 9)}@{dom}"])


def kin_of(g: Gen, inm: Person, visitor_female: bool) -> tuple[str, str]:
    """(what the inmate is to the visitor, what the visitor is to the inmate)."""
    if inm.female:
        a = g.pick(["filha", "esposa", "irmã", "companheira", "mãe", "neta"])
    else:
        a = g.pick(["marido", "filho", "irmão", "companheiro", "neto", "pai", "sobrinho"])
    b = {"filha": "mãe", "filho": "mãe", "esposa": "esposo", "marido": "esposa", "irmã": "irmã", "irmão": "irmã",
         "companheira": "companheiro", "companheiro": "companheira", "mãe": "filha", "neta": "avó", "neto": "avó",
         "pai": "filha", "sobrinho": "tia"}[a]
    if not visitor_female:
        b = {"mãe": "pai", "esposa": "esposo", "irmã": "irmão", "companheira": "companheiro", "filha": "filho",
             "avó": "avô", "tia": "tio"}.get(b, b)
    return a, b


def wa_stamp(doc: Doc, t: datetime.datetime, ios: bool) -> None:
    doc.t(ts(t, "waios") + " " if ios else ts(t, "wa") + " - ")


def money_r(g: Gen, lo: int, hi: int) -> str:
    return "R$ " + g.money(lo, hi)


# =========================================================================== atendimento


def at_whats_visita(g: Gen) -> Doc:
    """WhatsApp export between a relative and the unit's visit-scheduling line."""
    doc = Doc()
    sig, sec, city, uf, unit, dom = unit_ctx(g)
    rel = g.person(female=g.chance(0.82))
    inm = g.person(female=g.chance(0.12))
    kin, _ = kin_of(g, inm, rel.female)
    att = g.person(female=g.chance(0.7))
    ios = g.chance(0.4)
    central = g.pick([f"Agendamento Visitas {sig}", f"Central de Visitas {sig}-{uf}", "Visita Agendada", f"{sig}/{uf} Atendimento Família"])
    by_num = g.chance(0.8)
    ddd, local = g.msisdn()
    rel_num = g.fmt_phone(ddd, local, "wa")
    rel_name = g.pick([rel.short, rel.first, rel.full])
    mlist = g.moments(16, None, 2, (7, 21))
    ms = iter(mlist)

    def say(who: str, template: str, **kw) -> None:
        wa_stamp(doc, next(ms), ios)
        if who == "c":
            doc.t(central)
        elif by_num:
            doc.e(rel_num, "PHONE_NUMBER")
        else:
            doc.e(rel_name, "PERSON")
            if g.chance(0.3):
                doc.t(" " + g.pick(["🙏", "❤️", "🌹"]))
        doc.t(": ")
        doc.f(template + "\n", **kw)

    if ios:
        doc.t("[Mensagens e chamadas são protegidas com a criptografia de ponta a ponta.]\n")
    else:
        doc.f("«d» - As mensagens e ligações são protegidas com a criptografia de ponta a ponta.\n", d=ts(mlist[0], "wa"))
    meu, dele, do = ("minha", "dela", "da") if inm.female else ("meu", "dele", "do")
    if g.chance(0.6):
        say("r", g.pick([f"Bom dia, quero agendar a visita {do} {meu} «k» «n»",
                         f"boa tarde moça, como faço pra agendar visita pro {meu} «k»? o nome {dele} é «n»",
                         "Olá. Agendamento de visita, «k»: «n»", f"bom dia quero marca visita {do} «k» «n»"]),
            k=kin, n=P(nf(g, inm, ["full", "low", "caps", "full"])))
    else:
        say("r", g.pick([f"bom dia, quero agendar visita pro {meu} «k» que tá aí na unidade", f"boa tarde, agendamento pra visitar {meu} «k»"]),
            k=kin)
    if g.chance(0.6):
        say("c", "Olá! Aqui é «a», da Central de Agendamento da «u». Informe: nome completo do visitante, CPF e nº da carteirinha de visitante.",
            a=P(g.pick([att.first, att.short])), u=unit)
    else:
        say("c", "Olá! Central de Agendamento da «u». Informe: nome completo do visitante, CPF, RG e nº da carteirinha de visitante.", u=unit)
    if g.chance(0.3):
        say("r", "«n» cpf «c»", n=P(g.pick([rel.low, rel.full])), c=g.neg_cpf())
        say("c", "O CPF informado não confere com o cadastro. Pode conferir, por favor?")
        say("r", "desculpa moça errei, é «c» carteirinha «cv»", c=(g.cpf(), "BR_CPF"), cv=g.carteirinha())
    else:
        say("r", g.pick(["«n»\n«c»\ncarteirinha «cv»", "«n» CPF «c», carteirinha nº «cv»", "nome «n» cpf «c» a carteirinha é «cv»"]),
            n=P(g.pick([rel.full, rel.low, rel.caps])), c=(g.cpf(), "BR_CPF"), cv=g.carteirinha())
    day = g.after(mlist[0].date(), 2, 9)
    say("c", "Localizei. Interno «n», «i», «w». Próxima data disponível: «wd», «d», das «h1» às «h2». Vai levar menor de idade?",
        n=P(g.pick([inm.caps, inm.capsf, inm.inverted])) if g.chance(0.5) else "localizado", i=g.infopen(), w=g.wing(),
        wd=WEEKDAYS[day.weekday()], d=dbr(day),
        h1=g.pick(["8h", "8h30", "13h"]), h2=g.pick(["11h", "12h", "16h"]))
    if g.chance(0.55):
        child = g.relative(inm)
        say("r", g.pick([f"sim vou levar a filha {dele} «c», ela nasceu em «b»" if child.female else f"sim vou levar o filho {dele} «c», nasceu em «b»",
                         "vou sim, «o» menin«o» «c» nascid«o» «b»", "sim, «c», «b»"]), o=child.o, c=P(g.pick([child.first, child.full])), b=(g.dob(g.pick(["br", "nopad", "short"]), 2010, 2023), "DATE_OF_BIRTH"))
        say("c", "A criança precisa estar cadastrada no rol de visitantes com a certidão de nascimento. Vou conferir.")
        if g.chance(0.5):
            say("c", "Consta «c» no rol, ok. Lembrando: menor só entra acompanhado do responsável legal.", c=P(child.full))
        else:
            say("c", "Não consta. Envie a certidão de nascimento e o termo de autorização assinado pela mãe da criança, com firma reconhecida.")
    else:
        say("r", g.pick(["não, só eu", "nao, vou sozinha", "só eu e a sogra dele"]))
    say("c", "Visita agendada ✅ Senha «s». Traga documento original com foto. Vestimenta: calça e camiseta de cor branca, sem decote, "
        "chinelo. Proibido: celular, alimentos caseiros fora do padrão, roupas estampadas.", s=f"{g.ri(1, 180):03d}")
    r = g.rng.random()
    if r < 0.4:
        chief = g.person(female=g.chance(0.3))
        say("r", g.pick(["moça ele falou que a luz da cela ta queimada faz uma semana e o remédio de pressão acabou",
                         "ele tá com muitas dores nas costas e não deram remédio, graças a Deus a febre passou",
                         "ele disse que tá com coceira no corpo todo, pode ver isso? pediu socorro na carta",
                         "ele reclamou que a água tá faltando no pavilhão"]))
        say("c", "Vou repassar ao chefe de plantão, «p», e à unidade de saúde. Qualquer coisa registre na Ouvidoria.",
            p=P(g.pick([chief.short, chief.full, chief.first])))
    elif r < 0.75:
        nb = g.person(female=True, word=True)
        say("r", "anota meu outro número «t», esse aqui é da minha vizinha «v»", t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"),
            v=P(g.pick([nb.first, nb.nick])))
        say("c", "Anotado.")
    else:
        say("r", "pode mandar a confirmação no meu email? «e»", e=(g.email(rel), "EMAIL_ADDRESS"))
        say("c", "Enviado. Confira também a caixa de spam.")
    say("r", g.pick(["obrigada, Deus abençoe", "obg", "Muito obrigada moça", "ok obrigado"]))
    return doc


def at_transcricao(g: Gen) -> Doc:
    """Speech-to-text transcript (lower case, no accents) of a call to the families' 0800 line."""
    doc = Doc()
    sig, sec, city, uf, unit, dom = unit_ctx(g)
    att = g.person(female=g.chance(0.6))
    cal = g.person(female=g.chance(0.75))
    inm = g.person(female=False)
    kin, _ = kin_of(g, inm, cal.female)
    t0 = g.moments(1, None, 1, (8, 18))[0]
    doc.f("transcricao automatica — ligacao «id» — central de atendimento ao familiar «s» — «d» — duracao «m»\n"
          "canal: 0800 «z» — fila: «q» — ura: opcao 3\n\n",
          id=g.hexs(12), s=sig.lower(), d=ts(t0, "brs"), m=f"{g.ri(4, 14):02d}:{g.ri(0, 59):02d}", z=f"{g.d(3)} {g.d(4)}",
          q=g.pick(["transferencias", "informacoes gerais", "visitas", "peculio e cantina"]))
    stt_cpf = lambda n: g.pick([f"{n[:3]} {n[3:6]} {n[6:9]} {n[9:]}", f"{n[:3]} {n[3:6]} {n[6:9]} traco {n[9:]}", " ".join(n)])
    ddd, local = g.msisdn()
    dd, mm, yy = g.dob_parts(1955, 2000)
    fa = fold(att.first).lower()
    doc.f("[atendente]: central de atendimento ao familiar bom dia meu nome e «a» com quem eu falo\n", a=P(fa))
    doc.f("[cliente]: bom dia aqui e «n» eu sou «k» do «i»\n", n=P(g.pick([cal.low, fold(cal.short).lower()])),
          k={"filho": "mae", "marido": "esposa", "irmao": "irma", "companheiro": "companheira", "neto": "avo", "pai": "filha", "sobrinho": "tia",
             "irmão": "irma"}.get(kin, "mae"), i=P(g.pick([fold(inm.short).lower(), inm.low, fold(inm.first).lower()])))
    doc.t("[atendente]: pois nao senhora pra eu localizar me informa o cpf da senhora por favor\n")
    n = g.cpf_digits()
    doc.f("[cliente]: e «c»\n", c=(stt_cpf(n), "BR_CPF"))
    doc.f("[atendente]: e a data de nascimento\n[cliente]: «b»\n",
          b=(g.pick([f"{dd} do {mm} de {yy}", f"{dd} de {fold(MONTHS[mm - 1])} de {yy}", f"{dd:02d} {mm:02d} {yy}"]), "DATE_OF_BIRTH"))
    r = g.rng.random()
    if r < 0.5:
        dest = g.pick(UNITS)
        doc.f("[cliente]: e que eu fui na visita domingo e falaram que ele foi transferido e ninguem me fala pra onde\n"
              "[atendente]: certo deixa eu ver aqui no sistema o nome completo dele e «nn»\n[cliente]: isso\n"
              "[atendente]: ele foi transferido dia «d» pra «u» «w» a senhora vai precisar fazer o cadastro la\n",
              nn=P(inm.low), d=fold(dbr(g.day(), "long")).lower(), u=fold(dest).lower(), w=fold(g.wing()).lower())
    elif r < 0.8:
        doc.f("[cliente]: eu queria saber do peculio dele que ele vai sair de alvara e disse que tem dinheiro do trabalho\n"
              "[atendente]: o saldo so pode ser informado pro proprio interno ou procurador mas o saque e feito na saida com documento\n"
              "[cliente]: e se eu quiser que deposite na minha conta\n[atendente]: ai precisa de autorizacao assinada por ele e a conta "
              "no nome da senhora banco agencia e conta\n[cliente]: e caixa agencia «ag» conta «cc»\n",
              ag=(g.agency(False), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    else:
        doc.f("[cliente]: ele ta passando mal e ninguem leva ele no medico ele ta tossindo sangue\n[atendente]: vou abrir uma "
              "demanda pra saude prisional da unidade a enfermeira responsavel e a «e» ela vai avaliar\n[cliente]: pelo amor de deus "
              "ele ta com o «cid»\n", e=P(fold(g.person(female=True).short).lower()), cid=g.pick(["hiv", "pulmao ruim", "diabete", "tb"]))
    doc.f("[atendente]: qual o telefone pra contato\n[cliente]: «t»\n", t=(g.fmt_phone(ddd, local, "stt"), "PHONE_NUMBER"))
    if g.chance(0.6):
        d2, l2 = g.msisdn()
        doc.f("[cliente]: e se nao atender pode deixar recado no da minha «k» «t»\n", k=g.pick(["irma", "vizinha", "filha", "nora"]),
              t=(g.fmt_phone(d2, l2, "stt"), "PHONE_NUMBER"))
    if g.chance(0.6):
        doc.f("[atendente]: e o endereco da senhora continua o mesmo\n[cliente]: nao mudei agora e «a» bairro «b» cep «c»\n",
              a=(g.address("stt"), "ADDRESS"), b=fold(g.pick(BAIRROS)).lower(), c=(g.pick([g.cep(False), " ".join(g.cep(False)[i:i + 2] for i in range(0, 8, 2))]), "BR_CEP"))
    doc.f("[atendente]: registrei o protocolo «p» anota ai\n[cliente]: obrigada minha filha\n[atendente]: a «s» agradece tenha um bom dia\n",
          p=" ".join(g.neg(11)[i:i + 3] for i in range(0, 11, 3)), s=sig.lower())
    return doc


def at_portal_cadastro(g: Gen) -> Doc:
    """The online visitor-registration portal: the request's JSON and the back-office analysis."""
    doc = Doc()
    sig, sec, city, uf, unit, dom = unit_ctx(g)
    vis = g.person(female=g.chance(0.8))
    inm = g.person(female=g.chance(0.1))
    kin, vk = kin_of(g, inm, vis.female)
    mother = g.person(female=True)
    mother = Person(mother.given, mother.surnames[:1] + [vis.last], True) if g.chance(0.5) else mother
    vcity, vuf = g.city()
    created = g.moments(1, None, 1)[0]
    minors = [g.relative(inm) for _ in range(g.pick([0, 0, 1, 1, 2]))]
    payload = {
        "protocolo": f"CV{created.year}{g.d(7)}",
        "status": "EM_ANALISE",
        "criado_em": ts(created, "iso"),
        "visitante": {
            "nome": P(g.pick([vis.full, vis.caps])),
            "nome_social": None,
            "cpf": (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
            "rg": {"numero": (g.rg(), "BR_RG"), "orgao": g.rg_org(vuf)},
            "data_nascimento": (g.dob("iso", 1950, 2006), "DATE_OF_BIRTH"),
            "nome_mae": P(g.pick([mother.full, mother.caps])),
            "telefone": (g.phone(g.pick(["e164", "raw", "par"])), "PHONE_NUMBER"),
            "email": (g.email(vis), "EMAIL_ADDRESS"),
            "endereco": {"logradouro": (g.address(), "ADDRESS"), "bairro": g.pick(BAIRROS), "cidade": vcity, "uf": vuf,
                         "cep": (g.cep(g.chance(0.6)), "BR_CEP")},
            "vinculo": vk,
        } | ({"telefone_recado": (g.phone(g.pick(["e164", "raw"])), "PHONE_NUMBER")} if g.chance(0.6) else {}),
        "interno": {"nome": P(g.pick([inm.caps, inm.capsf])), "infopen": g.infopen_n(), "unidade": unit, "local": g.wing()},
        "menores": [{"nome": P(m.full), "nascimento": (g.dob("iso", 2009, 2024), "DATE_OF_BIRTH"),
                     "certidao_matricula": " ".join([g.d(6), g.d(2), g.d(2), str(g.ri(2009, 2024)), g.d(1), g.d(5), g.d(3), g.d(7), g.d(2)])}
                    for m in minors],
        "anexos": ["doc_foto.jpg", "comprovante_residencia.pdf", "antecedentes_criminais.pdf"] + (["certidao_nascimento.pdf"] if minors else []),
        "origem": {"ip": (g.ip(), "IP_ADDRESS"), "user_agent": g.pick(["Mozilla/5.0 (Linux; Android 13)", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4)"])},
    }
    doc.f("POST /api/v2/visitantes/cadastro  →  201 Created  («ms» ms)\n", ms=g.ri(80, 900))
    jval(doc, payload, 0)
    an = g.person(female=g.chance(0.6))
    day = g.after(created.date(), 1, 12)
    if g.chance(0.6):
        doc.f("\n\n--- ANÁLISE (servidor«a» «n», mat. «m», «d») ---\n", a="a" if an.female else "", n=P(g.pick([an.full, an.short])), m=g.matricula(), d=dbr(day))
    else:
        doc.f("\n\n--- ANÁLISE (usuário «l», «d») ---\n", l=login(an, g), d=dbr(day))
    r = g.rng.random()
    if r < 0.45:
        doc.f("Comprovante de residência em nome de «o» («k»), aceito com declaração. Antecedentes: nada consta. DEFERIDO. "
              "Carteirinha nº «cv» válida até «v». Vínculo «vk» comprovado por «dc».\n",
              o=P(g.pick([mother.full, g.person().full])), k=g.pick(["mãe", "proprietária do imóvel", "sogra"]), cv=g.carteirinha(),
              v=dbr(g.after(day, 300, 365)), vk=vk, dc=g.pick(["certidão de casamento", "escritura de união estável", "certidão de nascimento"]))
    elif r < 0.75:
        other = g.person(female=False)
        doc.f("INDEFERIDO: visitante já cadastrad«a» no rol de «o» («i», «u»). Regulamento: uma pessoa só pode visitar um interno, "
              "salvo parentes até 2º grau. Campo 'vínculo' em branco na primeira tentativa.\n",
              a=vis.o, o=P(g.pick([other.full, other.caps])), i=g.infopen(), u=g.pick(UNITS))
    else:
        doc.f("PENDENTE: foto ilegível; antecedentes com apontamento (proc. «c», «cr»). Encaminhado à Direção (Portaria «sg» nº «pn»/«y»). "
              "Contato feito no telefone informado; atendeu «o», que disse ser «k».\n",
              c=g.cnj(), cr=g.crime(), sg=sig, pn=g.ri(10, 400), y=created.year, o=P(g.pick([g.person().first, g.person().full])),
              k=g.pick(["a irmã", "o cunhado", "a vizinha"]))
    return doc


def at_email_peculio(g: Gen) -> Doc:
    """E-mail thread: a canteen / pecúlio deposit that was not credited, answered by the pecúlio sector."""
    doc = Doc()
    sig, sec, city, uf, unit, dom = unit_ctx(g)
    dep = g.person(female=g.chance(0.75))
    inm = g.person(female=g.chance(0.1))
    kin, _ = kin_of(g, inm, dep.female)
    homonym = Person(g.pick(COMMON_M + RARE_M) if not inm.female else g.pick(COMMON_F + RARE_F), inm.surnames, inm.female)
    clerk = g.person(female=g.chance(0.6))
    plat = g.pick(PLATFORMS)
    day = g.day()
    amt = g.money(50, 400)
    dmail = g.email(dep)
    doc.f("De: «n» <«e»>\nPara: peculio@«dom»\nData: «d»\n",
          n=P(g.pick([dep.full, dep.short])), e=(dmail, "EMAIL_ADDRESS"), dom=dom, d=dbr(g.after(day, 6, 15)) + " " + g.hm())
    if g.chance(0.4):
        doc.f("X-Originating-IP: [«ip»]\n", ip=(g.ip_pub(), "IP_ADDRESS"))
    doc.f("Assunto: depósito não creditado - infopen «i»\n\n", i=g.infopen_n())
    doc.f("Prezados, bom dia.\n\nNo dia «d» fiz um depósito de R$ «v» pela plataforma «p» para a conta de cantina do meu «k» «n» («i»), "
          "que está na «u», «w». Paguei por Pix para a chave «x» e até hoje o valor não aparece para ele. Segue o comprovante "
          "(ID «e2e»), debitado da minha conta «b» ag. «ag» c/c «cc».\n\nMeu CPF é «c» e meu telefone «t».\n\nAtt,\n«s»\n\n",
          d=dbr(day), v=amt, p=plat, k=kin, n=P(inm.full), i=g.infopen(), u=unit, w=g.wing(), x=(g.uuid(), "PIX_KEY"),
          e2e=g.e2e(day), c=(g.cpf(), "BR_CPF"), b=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
          t=(g.phone(), "PHONE_NUMBER"), s=P(g.pick([dep.first, dep.full])) if g.chance(0.5) else "(enviado do celular)")
    cm = gmail(clerk, dom, g)
    doc.f("-----\nDe: «n» <«e»>\nPara: «to»\nAssunto: RE: depósito não creditado [protocolo «pr»]\n\nSenhor«a» «f»,\n\n", pr=g.neg(11),
          n=P(clerk.full), e=(cm, "EMAIL_ADDRESS"), to=(dmail, "EMAIL_ADDRESS"), a="a" if dep.female else "",
          f=P(g.pick([dep.first, dep.full])) if g.chance(0.5) else "depositante")
    if g.chance(0.55):
        doc.f("Verificamos que o depósito foi creditado por engano na conta de «h», homônimo, recolhido em outra ala («w2»). O valor será "
              "estornado em até 10 dias úteis. Informe banco, agência e conta de titularidade do depositante para a devolução.\n\n",
              h=P(g.pick([homonym.full, homonym.caps])), w2=g.wing())
        doc.f("Atenciosamente,\n«n»\nTécnic«o» Administrativ«o» — Setor de Pecúlio e Cantina — «u»\nTel. «t»\n\n",
              n=P(clerk.first) if g.chance(0.5) else "Equipe do Pecúlio", o=clerk.o, u=unit, t=(g.phone("par", mobile=False), "PHONE_NUMBER"))
        payer = g.chance(0.5)
        own = g.person(female=True) if payer else dep
        doc.f("-----\nDe: «s» <«e»>\nAssunto: RE: RE: depósito não creditado\n\n", s=P(dep.short), e=(dmail, "EMAIL_ADDRESS"))
        if payer:
            doc.f("Quem pagou foi minha mãe, «m», CPF «c». Banco «b», agência «ag», conta «cc». Pode ser pra ela?\n",
                  m=P(own.full), c=(g.cpf(), "BR_CPF"), b=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
        else:
            doc.f("Segue: «b», ag. «ag», c/c «cc», titular eu mesma.\n", b=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"),
                  cc=(g.account(), "BANK_ACCOUNT"))
    else:
        doc.f("O crédito não ocorreu porque o interno foi transferido em «d» para a «u2», e a conta de cantina é vinculada à unidade. "
              "A plataforma «p» já reprocessou o valor (lote «l»), disponível amanhã. O limite mensal é de R$ «lim» por interno.\n\n"
              "Atenciosamente,\n«n» — mat. «m»\nSetor de Pecúlio — «sg»/«uf»\n",
              d=dbr(g.after(day, -3, 2)), u2=g.pick(UNITS), p=plat, l=g.d(6), lim=g.pick(["300,00", "400,00", "500,00"]),
              n=P(g.pick([clerk.full, clerk.short])), m=g.matricula(), sg=sig, uf=uf)
    return doc


def at_ouvidoria(g: Gen) -> Doc:
    """An ombudsman form (manifestação) about a visit, and the unit's answer."""
    doc = Doc()
    sig, sec, city, uf, unit, dom = unit_ctx(g)
    m = g.person(female=g.chance(0.8))
    inm = g.person(female=g.chance(0.12))
    kin, vk = kin_of(g, inm, m.female)
    agent = g.person(female=g.chance(0.5))
    director = g.person()
    day = g.day()
    doc.f("OUVIDORIA-GERAL DO ESTADO — «sec»\nManifestação nº «n» · Tipo: «t» · Recebida em «d» · Canal: «c»\n\n",
          sec=sec.upper(), n=f"{g.ri(2024, 2026)}.{g.d(6)}", t=g.pick(["Reclamação", "Denúncia", "Solicitação"]), d=dbr(day),
          c=(canal := g.pick(["Internet", "Internet", "Telefone 162", "Presencial"])))
    sigilo = g.chance(0.2)
    fields = [("Manifestante", P(g.pick([m.full, m.caps])) if not sigilo else V("(identidade preservada — art. 10, § 7º, Lei 13.460/2017)")),
              ("CPF", (g.cpf(), "BR_CPF") if not sigilo else V(g.masked_cpf())),
              ("Data de nascimento", (g.dob(g.pick(["br", "nopad"]), 1950, 2004), "DATE_OF_BIRTH")),
              ("Telefone", (g.phone(), "PHONE_NUMBER")),
              ("Celular 2", (g.phone(g.pick(["par", "raw"])), "PHONE_NUMBER") if g.chance(0.5) else V("—")),
              ("E-mail", (g.email(m), "EMAIL_ADDRESS")),
              ("Endereço", (g.address(g.pick(["text", "caps"])), "ADDRESS")),
              ("CEP", (g.cep(), "BR_CEP")),
              ("Vínculo", V(vk)),
              ("Pessoa privada de liberdade", P(g.pick([inm.full, inm.caps]))),
              ("Prontuário", V(g.prontuario())),
              ("Unidade / local", V(f"{unit} — {g.wing()}"))]
    if canal == "Internet":
        fields.append(("IP de origem", (g.ip(), "IP_ADDRESS")))
    if sigilo:
        fields = [f for f in fields if f[0] not in ("Data de nascimento", "E-mail", "Endereço", "CEP")]
    kv_block(g, doc, fields, g.pick(["box", "dots", "lines"]))
    vd = g.after(day, -10, -1)
    doc.f("\nRELATO\n", )
    r = g.rng.random()
    meu = "minha" if inm.female else "meu"
    if r < 0.4:
        if not agent.female:
            agent = g.person(female=True)
        doc.f("No dia «d» fui visitar «m» «k» e a policial penal «a» me submeteu a revista com agachamento mesmo com o body scan "
              "funcionando. Fui humilhada na frente de outras visitantes. Quando pedi o nome dela ela cobriu o crachá. Peço "
              "providências, isso não é justo.\n", d=dbr(vd), m=meu, k=kin,
              a=P(g.pick([agent.first, agent.short, agent.caps])) if g.chance(0.7) else "do plantão")
    elif r < 0.7:
        doc.f("A visita de «d» foi cancelada sem aviso ('falta de efetivo'). Viajei «km» km de «c» com duas crianças. «oa» agente «a» "
              "disse que a culpa era do plantão B. Quero saber quando será reposta.\n",
              d=dbr(vd), km=g.ri(80, 600), c=g.city()[0], a=P(g.pick([agent.first, agent.short])), oa="A" if agent.female else "O")
    else:
        doc.f("«M» «k» está sem atendimento médico há «n» dias, com «cid». Disse que pediu socorro e «oa» agente «a» mandou esperar. "
              "Peço que a equipe de saúde prisional avalie com urgência.\n", M=meu.capitalize(),
              k=kin, n=g.ri(5, 40), cid=g.pick(["tosse e febre", "ferida infeccionada na perna", "dor no peito", "crise de abstinência"]),
              a=P(g.pick([agent.first, agent.short])), oa="a" if agent.female else "o")
    doc.f("\nRESPOSTA DA UNIDADE («d»)\n", d=dbr(g.after(day, 5, 25)))
    doc.f("Em atenção à manifestação, informamos que foi instaurada apuração preliminar (SEI «sei»). A servidora/o servidor citado "
          "(«a», mat. «mt») foi ouvido em «d». «x»\n\n«n»\nDiretor«ad» da «u»\n",
          sei=f"{g.d(5)}.{g.d(6)}/{day.year}-{g.d(2)}", a=P(agent.full) if g.chance(0.5) else "policial penal", mt=g.matricula(), d=dbr(g.after(day, 2, 12)),
          x=g.pick(["A unidade reforçou que a revista manual só ocorre quando o scanner indica anomalia (Portaria «sg» nº 12/2022).".replace("«sg»", sig),
                    "A visita foi remarcada para o sábado seguinte; a família deve reagendar pelo 0800.",
                    "O interno foi atendido pela equipe de atenção primária prisional e segue em acompanhamento."]),
          n=P(g.pick([director.full, director.caps])), ad="a" if director.female else "", u=unit)
    return doc


def at_portaria_csv(g: Gen) -> Doc:
    """Visiting-day gate log (semicolon CSV export) with the shift chief's notes."""
    doc = Doc()
    sig, sec, city, uf, unit, dom = unit_ctx(g)
    day = g.day()
    doc.f("# export SIAPEN — controle de acesso de visitantes — «u» — «d» («wd»)\n# gerado por «lg» em «t»\n",
          u=unit, d=dbr(day), wd=WEEKDAYS[day.weekday()], lg=g.pick(["portaria01", "usr_portaria2", "cpp.visitas", "pp.jsilva"]),
          t=dbr(day) + " " + f"{g.ri(15, 18)}:{g.ri(0, 59):02d}")
    named = g.chance(0.2)
    phone_col = g.chance(0.9)
    cols = ["senha", "entrada", "saida", "visitante", "doc", "cpf"] + (["telefone"] if phone_col else []) + \
        (["interno"] if named else []) + ["infopen", "local", "scanner", "obs"]
    rows = []
    visitors = []
    for k in range(g.ri(4, 6)):
        v = g.person(female=g.chance(0.8))
        inm = g.person(female=False)
        visitors.append((v, inm))
        h = g.ri(8, 11)
        has_cpf = g.chance(0.85)
        docv = g.rng.random()
        row = [V(f"{k + 1:03d}"), V(f"{h:02d}:{g.ri(0, 59):02d}"), V(f"{h + g.ri(1, 3):02d}:{g.ri(0, 59):02d}" if g.chance(0.85) else ""),
               P(g.pick([v.caps, v.capsf, v.full])),
               ((g.cnh(), "BR_CNH") if docv < 0.25 else (g.rg(), "BR_RG") if (not has_cpf or docv < 0.6) else V("")),
               (g.cpf(g.pick(["dot", "raw"])), "BR_CPF") if has_cpf else V("")]
        if phone_col:
            row.append((g.phone(g.pick(["par", "raw", "plain"])), "PHONE_NUMBER") if g.chance(0.85) else V(""))
        if named:
            row.append(P(g.pick([inm.capsf, inm.inverted])))
        row += [V(g.infopen_n()), V(g.wing_short()), V(g.pick(["OK", "OK", "OK", "OK", "ANOMALIA", "REVISTA MANUAL"])),
                V(g.pick(["", "", "", "c/ menor", "jumbo retido", "2ª visita do mês", "gestante", "cadeirante"]))]
        rows.append(row)
    table_csv(doc, cols, rows, sep=";")
    chief = g.person(female=g.chance(0.3))
    doc.f("\nOBSERVAÇÕES DO PLANTÃO («p») — chefe de plantão «c»\n", p=g.pick(["A", "B", "C", "D"]),
          c=P(g.pick([chief.full, chief.short])) if g.chance(0.6) else "mat. " + g.matricula())
    v, inm = g.pick(visitors)
    items = g.pick(["aparelho celular dentro de pote de margarina", "porções de substância análoga a maconha no fundo falso do chinelo",
                    "chip de celular costurado na barra da calça", "bilhete dobrado dentro do bolo"])
    doc.f("1. Senha «s»: visitante «v» barrad«o» após ANOMALIA no scanner; localizado «it». Conduzid«o» à delegacia (BO «bo»). Visitas "
          "suspensas por 30 dias; comunicado ao interno «i».\n",
          s=f"{visitors.index((v, inm)) + 1:03d}", v=P(g.pick([v.full, v.short])), o=v.o, it=items, bo=f"{g.d(5)}/{day.year}",
          i=P(g.pick([inm.full, inm.short, inm.first])))
    if g.chance(0.6):
        kid = g.relative(inm)
        doc.f("2. «A» menor «k» (nasc. «b») entrou sem o termo de autorização; liberada após contato com a mãe pelo telefone «t».\n",
              A="A" if kid.female else "O", k=P(g.pick([kid.full, kid.first])), b=(g.dob(g.pick(["br", "short"]), 2009, 2022), "DATE_OF_BIRTH"),
              t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    if g.chance(0.6):
        doc.f("3. Veículo placa «pl» estacionado na área restrita; proprietári«o» «n» orientad«o» a retirar.\n",
              pl=(g.plate(), "LICENSE_PLATE"), n=P(g.pick([g.person().full, g.pick(visitors)[0].full])) if g.chance(0.5) else "(visitante)",
              o=g.pick(["o", "a"]))
    doc.f("Total de visitantes: «n». Sem alterações no Raio III. Luz do pátio 2 queimada — chamado «ch» aberto na manutenção.\n",
          n=len(rows), ch=f"#{g.d(5)}")
    return doc


def at_chat_sedex(g: Gen) -> Doc:
    """Site chat about sending a parcel (sedex / jumbo) to an inmate: virtual assistant, then a human agent."""
    doc = Doc()
    sig, sec, city, uf, unit, dom = unit_ctx(g)
    bot = g.pick(["Aurora", "Clara", "Liberta", "Sofia da SEAP"])
    c = g.person(female=g.chance(0.8))
    inm = g.person(female=g.chance(0.1))
    ag = g.person(female=g.chance(0.6))
    start = g.moments(1, None, 1, (8, 20))[0]
    moments = [start + datetime.timedelta(seconds=s) for s in sorted(g.sample(range(5, 1500), 20))]
    k = iter(moments)
    doc.f("Atendimento online «sg»/«uf» — sessão «id» — «st»\nVisitante: IP «ip» · «ua»\n\n", sg=sig, uf=uf, id=g.hexs(8),
          st=ts(start, "brs"), ip=(g.ip(), "IP_ADDRESS") if g.chance(0.8) else V(g.ip_priv()),
          ua=g.pick(["Chrome/124 Android", "Safari iOS 17", "Edge Windows 11"]))
    ag_lab = g.pick([ag.first, ag.short])
    ag_named = g.chance(0.3)
    ag_id = g.ri(10, 99)

    def line(who: str, template: str, **kw) -> None:
        doc.t(f"[{ts(next(k), 'hm')}] ")
        if who == "b":
            doc.t(f"{bot} (assistente virtual): ")
        elif who == "a":
            if ag_named:
                doc.e(ag_lab, "PERSON")
                doc.t(": ")
            else:
                doc.t(f"Atendente {sig} #{ag_id}: ")
        else:
            doc.t("Você: ")
        doc.f(template + "\n", **kw)

    line("b", "Olá! Sou a «b», assistente virtual da «sg». Sobre o que você quer falar? 1) Visitas 2) Sedex/jumbo 3) Pecúlio", b=bot, sg=sig)
    line("c", "2")
    line("b", "Para sedex, informe o nome completo e o CPF do remetente.")
    line("c", "«n» «c»", n=P(g.pick([c.full, c.low])), c=(g.cpf(), "BR_CPF"))
    if g.chance(0.6):
        line("b", "Informe um e-mail para receber o protocolo.")
        line("c", "«e»", e=(g.email(c), "EMAIL_ADDRESS"))
    line("b", "Obrigada. Vou transferir para um atendente humano.")
    line("a", "Boa tarde, «f». Meu nome é «a». Qual a dúvida sobre o sedex?", f=P(g.pick([c.first, fold(c.first)])), a=P(ag_lab))
    line("c", "mandei um sedex pro «i» («ip») dia «d», código «tr», e voltou como recusado", i=P(g.pick([inm.full, inm.low, inm.first])),
         ip=g.infopen(), d=dbr(g.day()), tr=g.tracking())
    line("a", "Verifiquei. Foi recusado porque continha «x». Pela Portaria «pt», só roupas de cor branca ou cinza, sem estampa, e "
         "alimentos industrializados lacrados.", x=g.pick(["roupa colorida", "achocolatado em pó aberto", "remédio sem receita", "pilhas"]),
         pt=f"{sig} nº {g.ri(10, 500)}/{g.ri(2019, 2025)}")
    line("c", "e pra onde volta? mudei de endereço")
    line("a", "Volta para o endereço do remetente no cadastro. Qual o novo?")
    line("c", "«a», «b», «ct» — CEP «cep»", a=(g.address(g.pick(["text", "low"])), "ADDRESS"), b=g.pick(BAIRROS), ct=g.city()[0],
         cep=(g.cep(g.chance(0.7)), "BR_CEP"))
    if g.chance(0.45):
        line("c", "e pode mandar no nome da minha irmã? «s» CPF «sc»", s=P(g.person(female=True).full), sc=(g.cpf(), "BR_CPF"))
        line("a", "Pode, desde que ela esteja no rol de visitantes ou cadastrada como remetente.")
    line("a", "Atualizado. Qualquer dúvida, escreva para sedex@«dom» ou ligue «t».", dom=dom,
         t=(g.phone(g.pick(["par", "plain"]), mobile=False), "PHONE_NUMBER"))
    line("c", g.pick(["ok obrigada", "valeu", "obrigado, boa tarde"]) + g.pick(["", " e o reenvio é de graça?"]))
    line("a", "Protocolo do atendimento: «p». O reenvio é pago pelo remetente.", p=g.neg(11))
    return doc


AT = [at_whats_visita, at_transcricao, at_portal_cadastro, at_email_peculio, at_ouvidoria, at_portaria_csv, at_chat_sedex]


# =========================================================================== juridico

CIVIL = ["solteiro", "casado", "convivente em união estável", "divorciado", "solteira", "casada"]
JOBS = ["pedreiro", "servente", "auxiliar de serviços gerais", "motorista", "vendedor ambulante", "desempregado", "pintor",
        "mecânico", "estudante", "repositor", "manicure", "diarista", "entregador", "agricultor", "cozinheiro"]
PENAS = ["5 anos e 4 meses", "8 anos e 10 meses", "6 anos, 2 meses e 20 dias", "12 anos", "4 anos e 8 meses",
         "15 anos e 6 meses", "7 anos", "9 anos e 4 meses", "22 anos e 3 meses"]


def civil_of(g: Gen, p: Person) -> str:
    c = g.pick(["solteir", "casad", "divorciad"])
    return c + ("a" if p.female else "o") if g.chance(0.8) else "convivente em união estável"


def firm_dom(g: Gen, law: Person) -> str:
    l = re.sub(r"[^a-z]", "", fold(law.last).lower())
    return g.pick([f"{l}advocacia.adv.br", f"{l}advogados.com.br", "gmail.com", f"{l}criminal.adv.br"])


def ju_progressao(g: Gen) -> Doc:
    """A lawyer's petition to the execution court for progression to the semi-open regime (art. 112 LEP)."""
    doc = Doc()
    sig, sec, city, uf, unit, dom = unit_ctx(g)
    inm = g.person(female=g.chance(0.15))
    mother = g.person(female=True)
    father = g.person(female=False)
    father = Person(father.given, father.surnames[:1] + [inm.last], False)
    law = g.person()
    director = g.person()
    comp = g.spouse(inm)
    employer = g.person()
    base = g.day()
    doc.f("EXCELENTÍSSIM«o» SENHOR«a» JUIZ«a» DE DIREITO DA «n»ª VARA DE EXECUÇÕES PENAIS DA COMARCA DE «c»/«uf»\n\n\n"
          "Execução Penal nº «pr»\n\n\n",
          o=g.pick(["O", "O(A)"]), a=g.pick(["", "(A)"]), n=g.ri(1, 4), c=fold(city).upper(), uf=uf, pr=g.seeu())
    doc.f("«n»", n=P(g.pick([inm.caps, inm.capsf])))
    if g.chance(0.5):
        doc.f(", vulgo “«al»”", al=P(g.alias()))
    rg_style = g.pick(["dot", "other"])
    doc.f(", brasileir«o», «ec», «pf», portador«a» do RG nº «rg» «org» e inscrit«o» no CPF sob o nº «cpf», nascid«o» em «b», filh«o» de «m»",
          o=inm.o, ec=civil_of(g, inm), pf=g.pick(JOBS), a="a" if inm.female else "", rg=(g.rg(rg_style), "BR_RG"), org=g.rg_org(uf),
          cpf=(g.cpf("dot"), "BR_CPF"), b=(g.dob(g.pick(["br", "long"]), 1970, 2003), "DATE_OF_BIRTH"), m=P(mother.full))
    if g.chance(0.35):
        doc.f(", título de eleitor nº «t»", t=(g.titulo(), "BR_TITULO_ELEITOR"))
    if g.chance(0.4):
        doc.f(" e de «p»", p=P(father.full))
    doc.f(", atualmente custodiad«o» na «u» («w», «i»), por seu advogado que esta subscreve (procuração anexa), vem, respeitosamente, "
          "à presença de Vossa Excelência, com fundamento no art. 112, «inc», da Lei 7.210/1984 (LEP), requerer a\n\n"
          "PROGRESSÃO AO REGIME SEMIABERTO\n\npelos fatos e fundamentos a seguir expostos.\n\n",
          o=inm.o, u=unit, w=g.wing(), i=g.infopen(),
          inc=g.pick(["I", "II", "III", "V", "VI, alínea a"]))
    doc.f("1. O requerente cumpre pena total de «pn» pela prática do crime previsto no «cr» (autos nº «cnj»), com data-base em «db».\n"
          "2. Conforme o cálculo de pena atualizado, atingiu a fração exigida em «df», já computados «rd» dias de remição pelo trabalho "
          "na «of».\n3. O atestado de conduta carcerária emitido em «da» pelo Diretor da unidade, «dir», classifica o comportamento "
          "como «cc», sem registro de falta grave nos últimos 12 meses.\n",
          pn=g.pick(PENAS), cr=g.crime(), cnj=g.cnj(), db=dbr(base), df=dbr(g.after(base, 200, 900)), rd=g.ri(12, 190),
          of=g.pick(["padaria da unidade", "cozinha industrial", "horta", "oficina de costura (convênio " + g.pick(PARTNERS) + ")",
                     "faxina do Raio II", "fábrica de bloquetes"]),
          da=dbr(g.after(base, 300, 900)), dir=P(g.pick([director.full, director.caps])) if g.chance(0.6) else "mat. " + g.matricula(), cc=g.pick(["ÓTIMO", "BOM", "EXEMPLAR"]))
    ad = g.address()
    cep = g.cep()
    doc.f("4. Deferida a progressão, residirá com sua «k», «cp», na «ad», «b», «c»/«uf», CEP «cep», telefone «t»",
          k=g.pick(["companheira", "esposa", "mãe"]) if not inm.female else g.pick(["mãe", "irmã", "companheira"]),
          cp=P(g.pick([comp.full, comp.short])) if g.chance(0.7) else "já qualificada nos autos", ad=(ad, "ADDRESS"), b=g.pick(BAIRROS), c=city, uf=uf, cep=(cep, "BR_CEP"),
          t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    if g.chance(0.4):
        doc.f(", e possui proposta de emprego na «e», assinada por «p» (declaração anexa)", e=g.pick(PARTNERS + SUPPLIERS),
              p=P(g.pick([employer.full, employer.short])))
    doc.t(".\n\nAnte o exposto, requer:\na) a progressão ao regime semiaberto, com expedição de guia de transferência;\n"
          "b) a oitiva do Ministério Público;\nc) subsidiariamente, a realização de exame criminológico com urgência, se entender "
          "Vossa Excelência necessário (Súmula 439 do STJ).\n\nNestes termos,\npede deferimento.\n\n")
    doc.f("«c», «d».\n\n«l»\n«oab»\n«e» · «t»\n", c=city, d=dbr(g.day(), "long"), l=P(g.pick([law.full, law.caps])),
          oab=(g.council("OAB", uf), "PROFESSIONAL_ID"), e=(g.email(law, firm_dom(g, law)), "EMAIL_ADDRESS"),
          t=(g.phone(g.pick(["par", "plus"])), "PHONE_NUMBER"))
    if g.chance(0.25):
        st = g.person()
        doc.f("\n«s»\nEstagiári«o» — «oab»\n", s=P(st.full), o=st.o, oab=(g.council("OABE", uf), "PROFESSIONAL_ID"))
    return doc


def ju_remicao(g: Gen) -> Doc:
    """The public defender's request for remission of sentence by work, study and reading, with the monthly table."""
    doc = Doc()
    sig, sec, city, uf, unit, dom = unit_ctx(g)
    inm = g.person(female=g.chance(0.2))
    dp = g.person()
    monitor = g.person()
    teacher = g.person(female=g.chance(0.75))
    doc.f("DEFENSORIA PÚBLICA DO ESTADO «de»«uf»\nNúcleo de Execução Penal — «c»\n\nAo Juízo da Vara de Execuções Penais da Comarca de «c»\n"
          "Autos SEEU nº «pr»\nAssistid«o»: «n» — CPF «cpf» — RG «rg» — nasc. «b» — «i»\n\n",
          de=UF_NAME[uf], uf="", c=city, pr=g.seeu(), o=inm.o, n=P(g.pick([inm.caps, inm.full])),
          cpf=(g.cpf(), "BR_CPF") if g.chance(0.8) else V(g.masked_cpf()), rg=(g.rg(), "BR_RG"),
          b=(g.dob(g.pick(["br", "nopad"]), 1968, 2004), "DATE_OF_BIRTH"), i=g.infopen())
    doc.f("A DEFENSORIA PÚBLICA, por «s» Defensor«a» Públic«o» infra-assinad«o», requer a homologação de REMIÇÃO DE PENA (arts. 126 a 129 da "
          "LEP e Resolução CNJ nº 391/2021), conforme os atestados encaminhados pela «u»:\n\n",
          s="sua" if dp.female else "seu", a="a" if dp.female else "", o=dp.o, u=unit)
    cols = ["Mês", "Atividade", "Dias", "Horas estudo", "Atestado", "Remição"]
    rows = []
    start = g.day()
    total = 0
    for k in range(g.ri(4, 7)):
        mo = (start.month + k - 1) % 12 + 1
        yy = start.year + (start.month + k - 1) // 12
        act = g.pick(["trabalho", "trabalho", "estudo", "leitura", "trabalho + estudo"])
        days = g.ri(18, 26) if "trabalho" in act else 0
        hours = g.ri(40, 96) if "estudo" in act else 0
        rem = days // 3 + hours // 12 + (4 if act == "leitura" else 0)
        total += rem
        rows.append([V(f"{mo:02d}/{yy}"), V(act), V(str(days)), V(str(hours)),
                     V(f"{g.ri(1, 999):03d}/{yy}"), V(f"{rem} dias")])
    table_ruled(doc, cols, rows, g.pick(["plus", "psql", "pipe", "plain"]))
    doc.f("\nTotal pleiteado: «t» dias. Os atestados de trabalho foram assinados pelo monitor de laborterapia «m» e os de estudo pela "
          "professor«ta» «p» (EJA — «esc»). A remição por leitura refere-se às resenhas das obras «l1» e «l2», avaliadas pela comissão "
          "da unidade.\n", t=total, m=P(g.pick([monitor.full, monitor.caps])), p=P(g.pick([teacher.full, teacher.short])), ta="a" if teacher.female else "",
          esc=g.pick(["Escola Estadual Professora Aurora Leal", "Colégio Estadual Bento Prudente", "Núcleo de Ensino Prisional Flor de Lis"]),
          l1=g.pick(["“Capitães da Areia”", "“O Alienista”", "“Vidas Secas”", "“Quarto de Despejo”"]),
          l2=g.pick(["“A Hora da Estrela”", "“Torto Arado”", "“O Cortiço”", "“Olhos d'Água”"]))
    if g.chance(0.5):
        doc.f("Registre-se que, em «d», o assistido recebeu falta média por «x», o que não obsta a remição (art. 127 da LEP; perda limitada a 1/3).\n",
              d=dbr(g.day()), x=g.pick(["atraso na contagem", "uso de aparelho de som sem autorização", "desrespeito ao horário de luz apagada"]))
    doc.f("\nRequer, ainda, a retificação do cálculo de pena e a intimação d«x» assistid«x».\n\n«c», «d».\n\n«n»\nDefensor«a» Públic«o» — Mat. «m»\n«e» · «t»\n",
          x=inm.o, c=city, d=dbr(g.day()), n=P(g.pick([dp.full, dp.caps])), a="a" if dp.female else "", o=dp.o, m=g.matricula(),
          e=(gmail(dp, f"defensoria.{uf.lower()}.def.br", g), "EMAIL_ADDRESS"), t=(g.phone(g.pick(["par", "plain"]), mobile=False), "PHONE_NUMBER"))
    if g.chance(0.5):
        st = g.person(female=g.chance(0.6))
        doc.f("Minuta: «s» (estagiári«o» de Direito)\n", s=P(g.pick([st.full, st.short])), o=st.o)
    return doc


def ju_seeu(g: Gen) -> Doc:
    """An SEEU-style summary of an execution case (parties, warrants, moves, sentence computation)."""
    doc = Doc()
    sig, sec, city, uf, unit, dom = unit_ctx(g)
    inm = g.person(female=g.chance(0.12))
    mother = g.person(female=True)
    law = g.person()
    prom = g.person()
    judge = g.person()
    now = g.moments(1)[0]
    doc.f("SEEU — SISTEMA ELETRÔNICO DE EXECUÇÃO UNIFICADO                     Emitido em «t»\nProcesso: «p»   Classe: Execução da Pena   "
          "Situação: Ativo\nJuízo: «n»ª Vara de Execuções Penais — «c»/«uf»\n«r»\nPARTES\n",
          t=ts(now, "br"), p=g.seeu(), n=g.ri(1, 3), c=city, uf=uf, r="-" * 78)
    def_pub = g.chance(0.4)
    al = g.chance(0.4)
    fields = [("Executad" + inm.o, P(g.pick([inm.caps, inm.full]))),
              ("Alcunha", P(g.alias()) if al else V("não consta")),
              ("Título eleitoral", (g.titulo(), "BR_TITULO_ELEITOR") if g.chance(0.5) else V("não informado")),
              ("CPF", (g.cpf(), "BR_CPF")),
              ("RG", (g.rg(), "BR_RG")),
              ("RJI", V(g.rji())),
              ("Nascimento", (g.dob(g.pick(["br", "br", "nopad"]), 1965, 2004), "DATE_OF_BIRTH")),
              ("Mãe", P(g.pick([mother.caps, mother.full])) if g.chance(0.6) else V("não consta")),
              ("Defensoria Pública" if def_pub else "Advogado(a)", P(law.full)),
              ("Promotor(a)", P(prom.full) if g.chance(0.5) else V(f"{g.ri(1, 12)}ª Promotoria de Execução Penal")),
              ("Juiz(a)", P(judge.full))]
    if not def_pub:
        fields.insert(7, ("OAB", (g.council("OAB", uf), "PROFESSIONAL_ID")))
    kv_block(g, doc, fields, "dots")
    doc.f("\nLOCAL DE CUSTÓDIA\n  «u» — «w» — «i»\n", u=unit, w=g.wing(), i=g.infopen())
    if g.chance(0.6):
        doc.f("ENDEREÇO DECLARADO\n  «a» — «b» — «c»/«uf» — CEP «cep» — tel. «t»\n", a=(g.address(g.pick(["text", "caps"])), "ADDRESS"),
              b=g.pick(BAIRROS), c=city, uf=uf, cep=(g.cep(), "BR_CEP"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.t("\nGUIAS DE RECOLHIMENTO\n")
    rows = []
    ng = g.ri(1, 3)
    for k in range(ng):
        rows.append([V(f"{k + 1}/{ng}"), V(g.cnj()), V(g.crime()), V(dbr(g.after(now.date(), -3000, -400))), V(g.pick(PENAS))])
    table_ruled(doc, ["Guia", "Processo", "Tipificação", "Data do fato", "Pena"], rows, g.pick(["plain", "psql"]))
    doc.t("\nMOVIMENTAÇÕES (últimas)\n")
    evs = [("Juntada de atestado de trabalho/estudo", None), ("Decisão: homologada remição de {n} dias", judge),
           ("Petição da defesa: pedido de progressão", law), ("Parecer do MP: favorável", prom), ("Expedido ofício à unidade prisional", None),
           ("Cálculo de pena atualizado", None), ("Decisão: reconhecida falta grave, interrompido o prazo (Súmula 534 STJ)", judge),
           ("Certidão carcerária juntada pela unidade", None)]
    picked = g.sample(evs, g.ri(4, 6))
    for t, (ev, who) in zip(g.moments(len(picked), g.after(now.date(), -200, -10), 180, (8, 19)), picked):
        doc.t(f"  {ts(t, 'br')}  {ev.replace('{n}', str(g.ri(10, 90)))}")
        if who is not None and g.chance(0.25):
            doc.f(" — «w»", w=P(g.pick([who.full, who.short, who.caps])))
        else:
            doc.t(f" — usuário: {login(g.person(), g)}")
        doc.t("\n")
    base = g.after(now.date(), -1500, -300)
    doc.f("\nCÁLCULO DE PENA\n  Data-base: «b»   Pena total: «pt»   Cumprida: «c»   Remida: «r» dias\n  Progressão prevista: «pp»   "
          "Livramento condicional: «lc»   Término: «tm»\n", b=dbr(base), pt=g.pick(PENAS), c=f"{g.ri(1, 9)}a {g.ri(0, 11)}m {g.ri(0, 29)}d",
          r=g.ri(0, 300), pp=dbr(g.after(now.date(), 30, 400)), lc=dbr(g.after(now.date(), 400, 1200)), tm=g.date(year=g.ri(2028, 2040)))
    return doc


def ju_parlatorio(g: Gen) -> Doc:
    """E-mail thread: a criminal lawyer asks for a visit in the parlour (parlatório) to clients; the unit answers."""
    doc = Doc()
    sig, sec, city, uf, unit, dom = unit_ctx(g)
    law = g.person(female=g.chance(0.55))
    agent = g.person()
    lmail = g.email(law, firm_dom(g, law))
    clients = [g.person(female=g.chance(0.1)) for _ in range(g.pick([1, 2, 2, 3]))]
    day = g.day()
    doc.f("De: «t»«n» <«e»>\nPara: parlatorio.«s»@«dom»\n", t=g.pick(["", "Dra. " if law.female else "Dr. ", ""]), n=P(law.full),
          e=(lmail, "EMAIL_ADDRESS"), s=re.sub(r"[^a-z]", "", fold(unit.split()[-1]).lower()), dom=dom)
    if g.chance(0.4):
        dp = g.person()
        doc.f("Cc: «e»\n", e=(gmail(dp, f"defensoria.{uf.lower()}.def.br", g), "EMAIL_ADDRESS"))
    doc.f("Data: «d»\nAssunto: Agendamento de atendimento jurídico — «u»\n\nPrezados,\n\nSolicito agendamento de atendimento "
          "jurídico presencial no parlatório, em «dd», a partir das «h», com os seguintes clientes:\n\n",
          d=dbr(day) + " " + g.hm(), u=unit, dd=dbr(g.after(day, 2, 8)), h=g.pick(["9h", "13h30", "14h"]))
    for c in clients:
        doc.f("  - «n» («i»", n=P(g.pick([c.caps, c.full, c.capsf])), i=g.infopen())
        if g.chance(0.5):
            doc.f(", CPF «c»", c=(g.cpf(), "BR_CPF"))
        doc.f(") — «w»\n", w=g.wing())
    doc.f("\nSeguem em anexo as procurações e a carteira da OAB. Meus dados para cadastro: «oab», CPF «c», celular «t».\n",
          oab=(g.council("OAB", uf), "PROFESSIONAL_ID"), c=(g.cpf(), "BR_CPF"),
          t=(g.phone(), "PHONE_NUMBER"))
    if g.chance(0.5):
        st = g.person()
        doc.f("Estarei acompanhad«o» d«so» estagiári«so» «s», «oab».\n", o=law.o, so=st.o, s=P(st.full),
              oab=(g.council("OABE", uf), "PROFESSIONAL_ID"))
    doc.f("\nAtenciosamente,\n«n»\n", n=P(g.pick([law.full, law.short])))
    if g.chance(0.5):
        doc.f("«f» Advogados Associados — CNPJ «c» — «t»\n", f=fold(law.last).upper() if g.chance(0.5) else law.last,
              c=(g.any_cnpj(), "BR_CNPJ"), t=(g.phone("par", mobile=False), "PHONE_NUMBER"))
    doc.t("\n")
    doc.f("-----\nDe: Núcleo de Assistência Jurídica — «u» <naj@«dom»>\nPara: «e»\nAssunto: RE: Agendamento de atendimento jurídico\n\n",
          u=unit, dom=dom, e=(lmail, "EMAIL_ADDRESS"))
    if g.chance(0.4):
        doc.f("Prezad«o» Dr«a». «n»,\n\n", o=law.o, a="a" if law.female else "", n=P(law.last))
    else:
        doc.f("Prezad«o» colega,\n\n", o=law.o)
    doc.f("Atendimento agendado (protocolo NAJ «pr») para «d», às «h», parlatório «p». ", pr=g.neg(11), d=dbr(g.after(day, 2, 8)), h=g.pick(["09:00", "13:30", "14:15"]), p=g.ri(1, 4))
    moved = g.pick(clients)
    if g.chance(0.4):
        doc.f("Informamos que «n» foi transferido para a «u2» em «d»; o atendimento deverá ser solicitado àquela unidade. ",
              n=P(g.pick([moved.full, moved.first + " " + moved.last])), u2=g.pick(UNITS), d=dbr(g.after(day, -20, -1)))
    doc.f("Apresentar a carteira da OAB original na portaria; vedado o ingresso com celular (art. 7º, III, do Estatuto da OAB "
          "assegura a entrevista pessoal e reservada).\n\n«n»\nPolicial Penal — Núcleo de Assistência Jurídica\n«e» · «t»\n",
          n=P(agent.full), e=(gmail(agent, dom, g), "EMAIL_ADDRESS"), t=(g.phone("par", mobile=False), "PHONE_NUMBER"))
    return doc


def ju_hc(g: Gen) -> Doc:
    """A habeas corpus for a mother of young children (house arrest instead of pre-trial detention, art. 318 CPP)."""
    doc = Doc()
    sig, sec, city, uf, unit, dom = unit_ctx(g)
    pac = g.person(female=True)
    law = g.person()
    judge = g.person()
    grandma = Person(g.person(female=True).given, g.person().surnames[:1] + [pac.last], True)
    kids = [g.relative(pac) for _ in range(g.pick([1, 1, 2, 2, 3]))]
    defensoria = g.chance(0.35)
    doc.f("EXCELENTÍSSIMO SENHOR DESEMBARGADOR PRESIDENTE DO TRIBUNAL DE JUSTIÇA DO ESTADO «de»«uf»\n\n\n", de=UF_NAME[uf], uf="")
    if defensoria:
        doc.f("A DEFENSORIA PÚBLICA DO ESTADO, por «o» Defensor«a» Públic«x» «n» (mat. «m»), ", o="sua" if law.female else "seu", a="a" if law.female else "",
              x=law.o, n=P(law.full), m=g.matricula())
    else:
        doc.f("«n», advogad«o» inscrit«o» na «oab», ", n=P(g.pick([law.full, law.caps])), o=law.o, oab=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    doc.f("vem impetrar\n\nHABEAS CORPUS, COM PEDIDO LIMINAR,\n\nem favor de «p», brasileira, «ec», «pf», RG «rg», CPF «cpf», nascida em «b», "
          "residente na «pa», CEP «pc», "
          "recolhida na «u», apontando como autoridade coatora o MM. Juízo da «n»ª Vara Criminal da Comarca de «c» (Juiz de Direito «j»), "
          "nos autos nº «cnj».\n\nI — DOS FATOS\n\n",
          p=P(g.pick([pac.caps, pac.full])), ec=civil_of(g, pac), pf=g.pick(["diarista", "manicure", "do lar", "vendedora", "desempregada", "cabeleireira"]),
          rg=(g.rg(), "BR_RG"), cpf=(g.cpf(), "BR_CPF"), b=(g.dob(g.pick(["br", "long"]), 1985, 2004), "DATE_OF_BIRTH"),
          pa=(g.address(), "ADDRESS"), pc=(g.cep(), "BR_CEP"),
          u=g.pick(["Penitenciária Feminina Nossa Senhora da Glória", "Cadeia Pública Feminina de Santa Rosa", "Unidade Prisional Feminina de Aurora",
                    "Colônia Penal Feminina Rosa Amado"]),
          n=g.ri(1, 5), c=city, j=P(g.pick([judge.full, judge.short])), cnj=g.cnj())
    doc.f("A paciente foi presa em «d» e teve o flagrante convertido em preventiva pela suposta prática do «cr». É mãe de ", d=dbr(g.day()), cr=g.crime())
    for k, kid in enumerate(kids):
        if k:
            doc.t(" e " if k == len(kids) - 1 else ", ")
        doc.f("«n» (nascid«o» em «b»)", n=P(g.pick([kid.full, kid.first + " " + kid.last])), o=kid.o,
              b=(g.dob(g.pick(["br", "nopad"]), 2013, 2025), "DATE_OF_BIRTH"))
    ad = g.address()
    doc.f(", que estão sob os cuidados da avó materna, «a», de «i» anos, hipertensa e diabética, residente na «ad», «b», CEP «cep», "
          "telefone «t».\n\nII — DO DIREITO\n\nO art. 318, V, do CPP e o HC coletivo nº 143.641/SP (STF) asseguram a substituição da "
          "preventiva por domiciliar às mães de crianças até 12 anos, salvo crime com violência ou grave ameaça contra os "
          "descendentes — o que não é o caso. Ver também art. 318-A do CPP (Lei 13.769/2018).\n\nIII — DO PEDIDO\n\nRequer a concessão "
          "liminar da ordem, com a substituição da prisão preventiva por prisão domiciliar no endereço da avó",
          a=P(g.pick([grandma.full, grandma.short])), i=g.ri(58, 79), ad=(ad, "ADDRESS"), b=g.pick(BAIRROS), cep=(g.cep(), "BR_CEP"),
          t=(g.phone(g.pick(["par", "plain", "dash"])), "PHONE_NUMBER"))
    if g.chance(0.5):
        doc.f(" («ad»)", ad=(ad, "ADDRESS"))
    doc.f(", com monitoração eletrônica se Vossa Excelência entender necessária.\n\n«c», «d».\n\n«n»\n", c=city, d=dbr(g.day(), "long"),
          n=P(g.pick([law.full, law.caps])))
    if defensoria:
        doc.f("Defensor«a» Públic«o»\n«e»\n", a="a" if law.female else "", o=law.o, e=(gmail(law, f"defensoria.{uf.lower()}.def.br", g), "EMAIL_ADDRESS"))
    else:
        doc.f("«oab» · «e»\n", oab=(g.council("OAB", uf), "PROFESSIONAL_ID"), e=(g.email(law, firm_dom(g, law)), "EMAIL_ADDRESS"))
    return doc


def ju_pad_ocr(g: Gen) -> Doc:
    """An OCR'd ALL CAPS letter from the unit to the execution court reporting a serious fault (PAD)."""
    doc = Doc()
    sig, sec, city, uf, unit, dom = unit_ctx(g)
    inm = g.person(female=False)
    a1, a2 = g.person(), g.person()
    vis = g.person(female=True)
    dp = g.person(female=g.chance(0.6))
    director = g.person()
    day = g.day()
    O = lambda s: ocr(fold(s).upper(), g, 0.4)
    doc.t(ocr_t(f"GOVERNO DO ESTADO\n{fold(sec).upper()} - {sig}\n{fold(unit).upper()}\n\nOFICIO N {g.ri(10, 900)}/{day.year} - DIR/UP"
                f"          {fold(city).upper()}, {fold(dbr(g.after(day, 1, 5), 'caps'))}\n\nAO EXCELENTISSIMO SENHOR JUIZ DE DIREITO DA VARA DE "
                f"EXECUCOES PENAIS DE {fold(city).upper()}\nASSUNTO: COMUNICACAO DE FALTA GRAVE - PAD N {g.ri(1, 200):03d}/{day.year}\n"
                f"REF.: EXECUCAO N {g.seeu()}\n\n", g))
    item = g.pick(["UM APARELHO CELULAR MARCA SAMSUNG, IMEI «im», COM CARREGADOR ARTESANAL", "UM APARELHO CELULAR, IMEI «im», ENTERRADO NO SOLARIO",
                   "UM CHIP E UM APARELHO CELULAR (IMEI «im») DENTRO DO COLCHAO"])
    tmpl = ("EXCELENTISSIMO SENHOR,\n\nCOMUNICO A VOSSA EXCELENCIA QUE O REEDUCANDO «n», INFOPEN «i», RG «irg», CPF «cpf», RECOLHIDO EM «w», FOI "
            "FLAGRADO EM «d» AS «h» NA POSSE DE " + item + ", CONDUTA PREVISTA NO ART. 50, VII, DA LEI 7.210/84. A OCORRENCIA FOI "
            "PRESENCIADA PELOS POLICIAIS PENAIS «a1» (MAT. «m1») E «a2»«m2». O MATERIAL FOI ENCAMINHADO A DELEGACIA (BO N «bo»).\n\n"
            "NO DIA ANTERIOR O REEDUCANDO RECEBEU VISITA DE «v», RG «rg», CPF «vc», SENHA «s», QUE TEVE O CADASTRO SUSPENSO CAUTELARMENTE.\n\n"
            "FOI INSTAURADO PROCEDIMENTO DISCIPLINAR, SENDO A DEFESA TECNICA EXERCIDA PELA «dp». O REEDUCANDO FOI ISOLADO "
            "PREVENTIVAMENTE POR ATE 10 DIAS (ART. 60 DA LEP) NA CELA DE TRIAGEM.\n\nATENCIOSAMENTE,\n\n\n«dir»\nDIRETOR«x» DA UNIDADE\n")
    doc.f(ocr_t(tmpl, g), n=P(O(inm.full)), i=g.infopen_n(), irg=(g.rg(), "BR_RG"), cpf=(g.cpf(), "BR_CPF"), w=fold(g.wing()).upper(), d=dbr(day),
          h=f"{g.ri(0, 23):02d}H{g.ri(0, 59):02d}", im=g.imei(), a1=P(O(a1.full)), m1=g.matricula(),
          a2=P(O(a2.full)) if g.chance(0.5) else "OUTRO POLICIAL DO PLANTAO", m2=" (MAT. " + g.matricula() + ")",
          bo=f"{g.d(6)}/{day.year}", v=P(O(vis.full)), rg=(g.rg(), "BR_RG"), vc=(g.cpf(), "BR_CPF"), s=f"{g.ri(1, 150):03d}",
          dp="DEFENSORIA PUBLICA",
          dir=P(O(director.full)), x="A" if director.female else "")
    if g.chance(0.45):
        doc.f(ocr_t("\nCIENTE DA DEFESA: «dp» - DEFENSOR«x» PUBLIC«y» - «e»\n", g), dp=P(O(dp.full)), x="A" if dp.female else "",
              y="A" if dp.female else "O", e=(gmail(dp, f"defensoria.{uf.lower()}.def.br", g), "EMAIL_ADDRESS"))
    return doc


def ju_alvara(g: Gen) -> Doc:
    """A release warrant (alvará de soltura) with its certificate of compliance and the parole undertaking."""
    doc = Doc()
    sig, sec, city, uf, unit, dom = unit_ctx(g)
    ben = g.person(female=g.chance(0.15))
    mother = g.person(female=True)
    father = g.person(female=False)
    judge = g.person()
    agent = g.person()
    oj = g.person()
    day = g.day()
    doc.f("PODER JUDICIÁRIO DO ESTADO «de»«uf»\nVARA DE EXECUÇÕES PENAIS DA COMARCA DE «c»\n\nALVARÁ DE SOLTURA Nº «n» — BNMP «b»\n\n",
          de=UF_NAME[uf], uf="", c=fold(city).upper(), n=f"{g.d(4)}/{day.year}", b=f"{g.cnj()}.01.{g.d(4)}-{g.d(2)}")
    doc.f("«t» «j», Juiz«a» de Direito da Vara de Execuções Penais, MANDA ao Diretor da «u» que, em cumprimento à decisão que concedeu "
          "«k» nos autos nº «p», ponha imediatamente em liberdade, se por outro motivo não estiver pres«o», a pessoa abaixo qualificada:\n\n",
          t=g.pick(["O(A) MM.", "O Excelentíssimo", "O(A) Doutor(a)"]), j=P(g.pick([judge.full, judge.caps])), a="(a)",
          u=unit, k=g.pick(["LIVRAMENTO CONDICIONAL", "PROGRESSÃO AO REGIME ABERTO", "EXTINÇÃO DA PENA PELO CUMPRIMENTO", "INDULTO (Decreto de Natal)"]),
          p=g.seeu(), o=ben.o)
    fields = [("Nome", P(g.pick([ben.caps, ben.full]))),
              ("Alcunha", P(g.alias()) if g.chance(0.35) else V("—")),
              ("Mãe", P(mother.full) if g.chance(0.7) else V("não declarada")),
              ("Pai", P(father.full) if g.chance(0.5) else V("não declarado")),
              ("Nascimento", (g.dob(g.pick(["br", "nopad"]), 1960, 2004), "DATE_OF_BIRTH")),
              ("RG", (g.rg(), "BR_RG")),
              ("CPF", (g.cpf(), "BR_CPF")),
              ("Infopen / Prontuário", V(f"{g.infopen_n()} / {g.prontuario()}")),
              ("Endereço declarado", (g.address(g.pick(["text", "caps"])), "ADDRESS")),
              ("Bairro / Cidade", V(f"{g.pick(BAIRROS)} / {city}-{uf}")),
              ("CEP", (g.cep(), "BR_CEP")),
              ("Telefone", (g.phone(), "PHONE_NUMBER"))]
    if g.chance(0.6):
        fields.insert(7, ("Título de eleitor", (g.titulo(), "BR_TITULO_ELEITOR")))
    kv_block(g, doc, fields, g.pick(["box", "dots", "lines"]))
    if g.chance(0.5):
        doc.f("\n«c», «d». Eu, «e», Analista Judiciário, digitei.\n\n", c=city, d=dbr(day), e=P(g.pick([g.person().full, g.person().short])))
    else:
        doc.f("\n«c», «d». Documento assinado eletronicamente (Lei 11.419/2006).\n\n", c=city, d=dbr(day))
    rel = g.after(day, 0, 2)
    doc.f("CERTIDÃO DE CUMPRIMENTO\nCertifico que em «d», às «h», cumpri o presente alvará na «u», colocando em liberdade «o» beneficiári«o», que "
          "recebeu seus pertences (relação anexa) e o saldo de pecúlio de R$ «v». Liberação conferida pelo(a) policial penal «a» (mat. «m»).\n"
          "«oj» — Oficial de Justiça Avaliador\n\n",
          d=dbr(rel), h=f"{g.ri(8, 22)}h{g.ri(0, 59):02d}", u=unit, o="a" if ben.female else "o", v=g.money(0, 3800),
          a=P(g.pick([agent.full, agent.short])), m=g.matricula(), oj=P(oj.full) if g.chance(0.7) else "(assinatura ilegível), mat. " + g.matricula())
    if g.chance(0.7):
        doc.f("TERMO DE COMPROMISSO\nDeclaro estar ciente das condições: a) comparecer bimestralmente à Central Integrada de Alternativas Penais; "
              "b) não mudar de endereço sem comunicar ao juízo; c) recolher-se à habitação até as 22h; d) não frequentar bares. "
              "Contato de referência: «r» («k»), telefone «t».\n\n_______________________\n«n»\n",
              r=P((ref := g.person()).full), k=g.pick(["mãe", "irmã", "companheira", "pastora da igreja"] if ref.female else ["pai", "irmão", "pastor da igreja"]), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"),
              n=P(g.pick([ben.full, ben.caps])) if g.chance(0.5) else "(assinatura do liberado)")
    return doc


JU = [ju_progressao, ju_remicao, ju_seeu, ju_parlatorio, ju_hc, ju_pad_ocr, ju_alvara]


# =========================================================================== saude

MEDS = ["rifampicina + isoniazida + pirazinamida + etambutol (RHZE) 4 cp/dia", "tenofovir + lamivudina + dolutegravir 1 cp/dia",
        "losartana 50 mg 12/12h", "metformina 850 mg 2x/dia", "ivermectina 6 mg dose única + permetrina loção 5%",
        "cefalexina 500 mg 6/6h por 7 dias", "fluoxetina 20 mg pela manhã", "penicilina benzatina 2.400.000 UI IM semanal x3",
        "dipirona 1 g se dor", "omeprazol 20 mg em jejum"]


SOAP = [
    ("refere tosse produtiva há 4 semanas, sudorese noturna e perda de peso", "Ausculta com roncos em ápice D.", "A16.2",
     "TB pulmonar sem confirmação", "solicitado TRM-TB e RX de tórax; isolamento respiratório até o resultado"),
    ("lesões pruriginosas em mãos e abdome, vários colegas de cela com o mesmo quadro", "Pápulas escoriadas em interdígitos.", "B86",
     "escabiose", "ivermectina 6 mg dose única + permetrina loção 5%; tratar todos da cela"),
    ("cefaleia, dores na nuca e tontura; sem losartana há 10 dias (família não trouxe)", "Sem sinais focais.", "I10", "hipertensão essencial",
     "losartana 50 mg 12/12h da farmácia da unidade; aferir PA 3x/semana"),
    ("dor de dente há 1 semana, não consegue mastigar", "Cárie extensa no 36, sem abscesso.", "K02.9", "cárie dentária",
     "dipirona 1 g se dor; encaminhado ao consultório odontológico"),
    ("insônia, pensamentos de morte, pediu socorro ao agente durante a madrugada", "Choroso, sem plano estruturado.", "F32.9",
     "episódio depressivo", "fluoxetina 20 mg pela manhã; encaminhado ao CAPS de referência; retorno em 7 dias"),
    ("ferimento em couro cabeludo após queda da jega (beliche)", "Ferida de 3 cm, bordas regulares.", "S01.8",
     "ferimento na cabeça", "sutura com 4 pontos; dT; retorno em 7 dias para retirada"),
    ("úlcera genital indolor há 3 semanas", "Lesão única em glande, linfonodo inguinal.", "A53.9", "sífilis",
     "teste rápido reagente; penicilina benzatina 2.400.000 UI IM semanal x3; notificado no SINAN"),
    ("poliúria e polidipsia, glicemia capilar 312", "Mucosas secas.", "E11.9", "diabetes tipo 2",
     "metformina 850 mg 2x/dia; dieta para diabético junto à nutrição"),
    ("em TARV, refere abandono por 2 meses", "Candidíase oral.", "B20", "doença pelo HIV",
     "retomar tenofovir + lamivudina + dolutegravir; carga viral e CD4; SAE de referência"),
]


def sa_prontuario(g: Gen) -> Doc:
    """A consultation record (SOAP) of the prison primary-care team (eAPP)."""
    doc = Doc()
    sig, sec, city, uf, unit, dom = unit_ctx(g)
    pac = g.person(female=g.chance(0.15))
    doc_ = g.person()
    nurse = g.person(female=g.chance(0.75))
    esc = g.person(female=g.chance(0.2))
    t = g.moments(1, None, 1, (8, 18))[0]
    kind = g.pick(["Consulta médica", "Consulta de enfermagem", "Atendimento de demanda espontânea", "Retorno"])
    doc.f("EQUIPE DE ATENÇÃO PRIMÁRIA PRISIONAL (eAPP) — «u»\nRegistro de atendimento — «t» — «k»\n\n", u=unit, t=ts(t, "br"), k=kind)
    fields = [("Paciente", P(g.pick([pac.full, pac.caps]))), ("Nasc.", (g.dob(g.pick(["br", "nopad", "short"]), 1960, 2004), "DATE_OF_BIRTH")),
              ("CNS", (g.cns(), "BR_CNS")), ("Infopen", V(g.infopen_n())), ("Local", V(g.wing()))]
    if g.chance(0.7):
        fields.insert(3, ("CPF", (g.cpf(), "BR_CPF")))
    if g.chance(0.3):
        fields.append(("Nome social", P(g.pick(["Bianca", "Samara", "Jéssica", "Luna", "Kimberly"]))))
    kv_block(g, doc, fields, g.pick(["lines", "dots"]))
    if g.chance(0.6):
        doc.f("Escolta: policial penal «e» (mat. «m»)\n\n", e=P(g.pick([esc.short, esc.full])), m=g.matricula())
    else:
        doc.f("Escolta: plantão «p» (mat. «m»)\n\n", p=g.pick("ABCD"), m=g.matricula())
    s_, o_, cid, desc, p_ = g.pick(SOAP)
    pa = f"{g.ri(100, 180)}x{g.ri(60, 110)}"
    doc.f("S: «s»\nO: PA «pa» mmHg; FC «fc» bpm; Tax «tx» °C; SatO2 «sat»%; peso «kg» kg. «o»\nA: «cid» — «d»\nP: «p»\n",
          s=s_, pa=pa, fc=g.ri(60, 120), tx=f"{g.ri(35, 38)},{g.ri(0, 9)}", sat=g.ri(90, 99), kg=g.ri(48, 102), o=o_, cid=cid, d=desc, p=p_)
    if g.chance(0.4):
        rel = g.person(female=True)
        doc.f("Obs.: paciente informa que a «k», «n», teve tuberculose em «y»; orientada busca de contatos. Telefone da família: «t».\n",
              k=g.pick(["mãe", "companheira", "irmã"]), n=P(g.pick([rel.full, rel.first])), y=g.ri(2019, 2025),
              t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.f("\n«t»«d1» — «c1»\n«d2» — «c2»\n", t=g.pick(["", "Dr" + ("a. " if doc_.female else ". ")]), d1=P(doc_.full),
          c1=(g.council("CRM", uf), "PROFESSIONAL_ID"), d2=P(nurse.full), c2=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    if g.chance(0.35):
        o = g.person()
        kind2 = g.pick(["CRO", "CRP", "CRESS"])
        doc.f("«n» — «c»\n", n=P(o.full), c=(g.council(kind2, uf), "PROFESSIONAL_ID"))
    return doc


def sa_vacina(g: Gen) -> Doc:
    """A vaccination campaign sheet of the unit (comma CSV) and the nurse's note."""
    doc = Doc()
    sig, sec, city, uf, unit, dom = unit_ctx(g)
    nurse = g.person(female=g.chance(0.8))
    techs = [g.person(female=g.chance(0.7)) for _ in range(2)]
    vac = g.pick(VACCINES)
    day = g.day()
    doc.f("# Campanha de vacinação — «u» — «v» — «d»\n# ala: «a»\n", u=unit, v=vac, d=dbr(day), a=g.pick(["Pavilhão 1 e 2", "Raio III", "Galeria B", "ala feminina", "semiaberto"]))
    cols = ["nome", "data_nascimento", "cns", "cpf", "cela", "imunobiologico", "dose", "lote", "vacinador"]
    named_vac = g.chance(0.3)
    dfmt = g.pick(["br", "iso"])
    rows = []
    people = []
    for _ in range(g.ri(4, 7)):
        p = g.person(female=g.chance(0.15))
        people.append(p)
        has_cns = g.chance(0.9)
        rows.append([P(g.pick([p.caps, p.capsf, p.full])), (g.dob(dfmt, 1960, 2005), "DATE_OF_BIRTH"),
                     (g.cns(False), "BR_CNS") if has_cns else V(""),
                     (g.cpf("raw"), "BR_CPF") if (not has_cns or g.chance(0.75)) else V(""),
                     V(g.wing_short()), V(vac), V(g.pick(["D1", "D2", "REF", "DU"])), V(f"{g.up(2)}{g.d(4)}"),
                     P(g.pick(techs).short) if named_vac else V(login(g.pick(techs)))])
    table_csv(doc, cols, rows, sep=",")
    ref = g.pick(people)
    doc.f("\nNota («n», enfermeir«o» RT — «c»): ", n=P(g.pick([nurse.full, nurse.short])), o=nurse.o, c=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    if g.chance(0.6):
        doc.f("«r» recusou a vacina e assinou o termo de recusa; será reabordado. ", r=P(g.pick([ref.full, ref.first + " " + ref.last])))
    else:
        doc.f("«r» recusas (termos arquivados). ", r=g.ri(1, 4))
    if g.chance(0.35):
        p2 = g.person()
        doc.f("Internos sem CNS tiveram cartão provisório gerado (ex.: «n», CNS «c»). ", n=P(p2.full), c=(g.cns(True), "BR_CNS"))
    doc.f("Doses registradas no SI-PNI em «d». Dúvidas: «e».\n", d=dbr(g.after(day, 0, 3)), e=(gmail(nurse, dom, g), "EMAIL_ADDRESS"))
    return doc


def sa_tb(g: Gen) -> Doc:
    """Active search of respiratory symptomatics (TB screening) of a wing, as a Markdown table, and the notes."""
    doc = Doc()
    sig, sec, city, uf, unit, dom = unit_ctx(g)
    doctor = g.person()
    nurse = g.person(female=g.chance(0.7))
    d1 = g.day()
    doc.f("## Busca ativa de sintomáticos respiratórios — «u»\n**Período:** «a» a «b» · **Local:** «w»\n\n", u=unit, a=dbr(d1),
          b=dbr(g.after(d1, 5, 7)), w=g.pick(["Pavilhão 2", "Raio IV", "Galeria C", "Módulo 3", "Triagem / inclusão"]))
    rows = []
    pos = []
    cpf_col = g.chance(0.7)
    for k in range(g.ri(3, 6)):
        p = g.person(female=False)
        res = g.pick(["não detectado", "não detectado", "DETECTADO, sensível à rifampicina", "pendente", "não detectado"])
        if res.startswith("DETECTADO"):
            pos.append(p)
        rows.append([V(str(k + 1)), P(g.pick([p.full, p.caps, p.inverted])), (g.dob(g.pick(["br", "short"]), 1965, 2005), "DATE_OF_BIRTH"),
                     (g.cns(g.chance(0.3)), "BR_CNS") if g.chance(0.85) else V("—")] + ([(g.cpf(), "BR_CPF") if g.chance(0.9) else V("—")] if cpf_col else []) + [
                     V(g.wing_short()), V(g.pick(["sim", "sim", "não"])),
                     V(res), V("iniciar RHZE; isolamento respiratório" if res.startswith("DET") else g.pick(["RX tórax", "repetir escarro", "alta da busca"]))])
    table_md(doc, ["nº", "Nome", "Nasc.", "CNS"] + (["CPF"] if cpf_col else []) + ["Cela", "Tosse ≥ 3 sem", "TRM-TB", "Conduta"], rows)
    if not pos:
        pos = [g.person(female=False)]
        doc.f("\n> Caso confirmado da semana anterior: «n» (Infopen «i»), em tratamento desde «d».\n", n=P(pos[0].full), i=g.infopen_n(),
              d=dbr(g.after(d1, -20, -5)))
    if g.chance(0.5):
        doc.t("\n**Contatos de cela a avaliar:** ")
        join_names(doc, [g.pick([c.full, c.short, c.first]) for c in (g.person(female=False) for _ in range(g.ri(1, 3)))])
        doc.t(".\n")
    else:
        doc.f("\n**Contatos de cela:** todos os «n» custodiados da cela «c» (lista no e-SUS).\n", n=g.ri(8, 30), c=g.wing_short())
    doc.f("\nCasos notificados no SINAN e comunicados à Vigilância Epidemiológica do município. Referência para RX e cultura: «h».\n\n"
          "Resp.: «m» («c») · «n» («cn»)\n", h=g.pick(HOSPITALS), m=P(doctor.full), c=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          n=P(nurse.full), cn=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    return doc


def sa_escolta(g: Gen) -> Doc:
    """A referral to a hospital (guia de referência) with the escort order of the prison officers."""
    doc = Doc()
    sig, sec, city, uf, unit, dom = unit_ctx(g)
    pac = g.person(female=g.chance(0.15))
    mother = g.person(female=True)
    doctor = g.person()
    drv, e1, e2 = g.person(female=False), g.person(), g.person()
    chief = g.person()
    day = g.day()
    cid, desc = g.cid()
    hosp = g.pick(HOSPITALS)
    doc.f("«sg»/«uf» — «u»\nGUIA DE REFERÊNCIA\n\n", sg=sig, uf=uf, u=unit)
    fields = [("Paciente", P(g.pick([pac.caps, pac.full]))), ("Nascimento", (g.dob(g.pick(["br", "nopad"]), 1960, 2004), "DATE_OF_BIRTH")),
              ("Mãe", P(g.pick([mother.full, mother.caps])) if g.chance(0.6) else V("ignorada")), ("CNS", (g.cns(), "BR_CNS")), ("CPF", (g.cpf(), "BR_CPF")),
              ("Infopen / local", V(f"{g.infopen_n()} / {g.wing()}")), ("CID-10", V(f"{cid} ({desc})")),
              ("Motivo", V(g.pick(["avaliação cirúrgica — abdome agudo", "TC de crânio após TCE", "consulta em infectologia (SAE)",
                                   "parecer da ortopedia — fratura de rádio", "pré-natal de alto risco", "broncoscopia"]))),
              ("Regulação", V(f"SISREG {g.d(9)} — {hosp}")), ("Data/hora", V(f"{dbr(day)} {g.hm()}"))]
    if g.chance(0.3):
        fields.pop(4)
    kv_block(g, doc, fields, g.pick(["box", "dots", "lines"]))
    doc.f("Médico solicitante: «n» — «c»\n\n", n=P(g.pick([doctor.full, doctor.short])), c=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    doc.f("ORDEM DE ESCOLTA Nº «n»/«y»\nVeículo: «v», placa «pl»\nMotorista: «d» (mat. «m1», CNH «cnh»)\nEscolta: «a» (mat. «m2») e «b» (mat. «m3»)\n"
          "Classificação de risco: «r» — uso de algemas justificado (Súmula Vinculante 11): «j»\n",
          n=g.ri(10, 999), y=day.year, v=g.pick(["viatura cela Fiat Ducato", "viatura VW Amarok", "micro-ônibus de transporte de presos", "viatura Renault Master"]),
          pl=(g.plate(), "LICENSE_PLATE"), d=P(g.pick([drv.full, drv.short])), m1=g.matricula(), cnh=(g.cnh(), "BR_CNH"), a=P(g.pick([e1.full, e1.short])), m2=g.matricula(),
          b=P(g.pick([e2.full, e2.short])) if g.chance(0.5) else "policial penal", m3=g.matricula(), r=g.pick(["baixo", "médio", "alto"]), j=g.pick(["sim, risco de fuga", "não"]))
    if g.chance(0.5):
        doc.f("Apoio: viatura «pl» da PM.\n", pl=(g.plate(), "LICENSE_PLATE"))
    doc.f("Autorizo: «c», chefe de segurança. A família NÃO deve ser informada do horário da escolta.\n",
          c=P(g.pick([chief.full, chief.caps])) if g.chance(0.5) else f"mat. {g.matricula()}")
    if g.chance(0.35):
        doc.f("\nCONTRARREFERÊNCIA («h»): atendido por «n», «c». Conduta: «x». Retorno ambulatorial em «d».\n", h=hosp,
              n=P(g.person().full), c=(g.council("CRM", uf), "PROFESSIONAL_ID"),
              x=g.pick(["imobilização gessada", "alta com antibiótico", "internação por 48h", "solicitada biópsia"]),
              d=dbr(g.after(day, 15, 45)))
    return doc


def sa_egresso(g: Gen) -> Doc:
    """E-mail thread on the continuity of care of a person released under treatment (TB / HIV), with the municipal unit."""
    doc = Doc()
    sig, sec, city, uf, unit, dom = unit_ctx(g)
    pac = g.person(female=g.chance(0.2))
    nurse = g.person(female=g.chance(0.75))
    ubs = g.person(female=g.chance(0.75))
    acs = g.person(female=g.chance(0.7))
    mother = g.person(female=True)
    nm = gmail(nurse, dom, g)
    mdom = f"saude.{re.sub(r'[^a-z]', '', fold(city).lower())}.{uf.lower()}.gov.br"
    um = gmail(ubs, mdom, g)
    day = g.day()
    dis = g.pick(["TB pulmonar (esquema básico, fase de manutenção)", "HIV em TARV", "TB/HIV coinfecção", "sífilis em tratamento"])
    doc.f("De: «n» <«e»>\nPara: vigilancia.epidemiologica@«md»; sae@«md»\nData: «d»\nAssunto: Continuidade do cuidado — egress«o» — «x»\n\n",
          n=P(nurse.full), e=(nm, "EMAIL_ADDRESS"), md=mdom, d=dbr(day) + " " + g.hm(), o=pac.o, x=dis)
    doc.f("Bom dia, colegas.\n\n«p», nascid«o» em «b», CNS «cns», CPF «cpf», foi posto em liberdade em «dl» («k») e está em tratamento de «x» desde «di». "
          "Leva medicação para «n» dias. Endereço informado na saída: «ad», «bb», CEP «cep». Telefone da mãe, «m»: «t».\n\n"
          "Solicito busca ativa pela equipe de referência e confirmação do vínculo.\n\n«nn»Enfermeir«a» — eAPP «u»\n«c»\n\n",
          p=P(g.pick([pac.caps, pac.full])), o=pac.o, b=(g.dob(g.pick(["br", "nopad"]), 1965, 2004), "DATE_OF_BIRTH"), cns=(g.cns(), "BR_CNS"),
          cpf=(g.cpf(), "BR_CPF"),
          dl=dbr(g.after(day, -6, -1)), k=g.pick(["alvará de soltura", "progressão ao aberto", "livramento condicional"]), x=dis,
          di=dbr(g.after(day, -120, -20)), n=g.pick([15, 30, 7]), ad=(g.address(), "ADDRESS"), bb=g.pick(BAIRROS), cep=(g.cep(), "BR_CEP"),
          m=P(g.pick([mother.full, mother.first])) if g.chance(0.6) else "cadastrada", t=(g.phone(), "PHONE_NUMBER"), nn="", a="a" if nurse.female else "o",
          u=unit, c=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    doc.f("-----\nDe: «n» <«e»>\nPara: «to»\nAssunto: RE: Continuidade do cuidado\n\n", n=P(ubs.full), e=(um, "EMAIL_ADDRESS"), to=(nm, "EMAIL_ADDRESS"))
    if g.chance(0.5):
        doc.f("Olá, «f». A ACS «a» fez visita em «d»: paciente encontrad«o», tomando a medicação, agendado na UBS «ub» para «d2». "
              "Atualizamos o telefone: «t».\n\n«n» — «c»\n",
              f=P(nurse.first), a=P(g.pick([acs.full, acs.short])) if g.chance(0.5) else "da área", d=dbr(g.after(day, 1, 6)), o=pac.o,
              ub=g.pick(["Vila da Luz", "Jardim Aurora", "Bom Jardim", "Dr. Amado Leal"]), d2=dbr(g.after(day, 6, 15)),
              t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), n=P(ubs.full), c=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    else:
        nb = g.person(female=True, word=True)
        doc.f("«f», a ACS «a» não localizou «o» paciente no endereço. A vizinha, «v», disse que ele foi para a casa de uma irmã em «c». "
              "Tentamos o telefone da mãe sem sucesso. Seria prudente acionar o CREAS. Alguém da unidade tem outro contato?\n\n«n»\n",
              f=P(nurse.first), a=P(g.pick([acs.full, acs.first])), o="a" if pac.female else "o", v=P(g.pick([nb.first, nb.full])),
              c=g.city()[0], n=P(ubs.full))
    return doc


def sa_whats(g: Gen) -> Doc:
    """The health team's WhatsApp group during an emergency in a cell."""
    doc = Doc()
    sig, sec, city, uf, unit, dom = unit_ctx(g)
    ios = g.chance(0.4)
    nurse, tech, doctor, chief = g.person(female=True), g.person(), g.person(), g.person(female=False)
    pac = g.person(female=False)
    members = [(nurse, g.chance(0.7)), (tech, g.chance(0.85)), (doctor, g.chance(0.4)), (chief, g.chance(0.85))]
    nums = {id(p): g.phone("wa") for p, _ in members}
    names = {id(p): g.pick([p.short, p.first, p.full]) for p, _ in members}
    t0 = g.moments(1, None, 1, (0, 24))[0]
    ms = iter([t0 + datetime.timedelta(seconds=x) for x in sorted(g.sample(range(20, 9000), 16))])
    grp = g.pick(["Saúde UP 🏥", "Enfermagem " + unit.split()[-1], "eAPP plantão", "Saúde Prisional - urgências"])

    def say(p: Person, template: str, **kw) -> None:
        wa_stamp(doc, next(ms), ios)
        by_num = [b for q, b in members if q is p][0]
        doc.e(nums[id(p)] if by_num else names[id(p)], "PHONE_NUMBER" if by_num else "PERSON")
        doc.t(": ")
        doc.f(template + "\n", **kw)

    doc.f("Grupo «g»\n", g=grp)
    cell = g.wing()
    cid, desc = g.pick([("R56.8", "convulsão"), ("S06.0", "concussão"), ("T42.4", "intoxicação por benzodiazepínico"),
                        ("X70", "tentativa de enforcamento"), ("I21.9", "dor torácica / suspeita de IAM")])
    say(chief, "Urgente: interno passando mal — «w» — «x». Já tiramos da cela.", w=cell, x=desc)
    say(nurse, "Nome e infopen?")
    say(chief, "«n» «i»", n=P(g.pick([pac.caps, pac.full])), i=g.infopen_n())
    if g.chance(0.5):
        say(nurse, "Tô indo. «t», separa o kit e o oxigênio", t=P(g.pick([tech.first, tech.nick])))
    else:
        say(nurse, "Tô indo. Separa o kit e o oxigênio")
    say(tech, "ok")
    say(nurse, "Sat 86%, PA 80x50. Vou ligar SAMU. Alguém me passa o CNS dele")
    say(tech, "«c» nasc «b»", c=(g.cns(g.chance(0.5)), "BR_CNS"), b=(g.dob(g.pick(["br", "short", "nopad"]), 1970, 2005), "DATE_OF_BIRTH"))
    if g.chance(0.6):
        say(tech, "CPF «c» se o SAMU pedir", c=(g.cpf(), "BR_CPF"))
    say(doctor, "Suspeita «x» («cid»). Dá «m» e mantém decúbito lateral. Chego em 20 min.", x=desc, cid=cid,
        m=g.pick(["diazepam 10 mg EV", "O2 por máscara", "AAS 300 mg mastigado", "naloxona se disponível"]))
    if g.chance(0.5):
        say(chief, "SAMU chegou. Escolta na viatura «pl» com «a» e «b»", pl=(g.plate(), "LICENSE_PLATE"),
            a=P(g.person().short), b=P(g.person().first))
    else:
        say(chief, "SAMU chegou. Escolta do plantão «pt» na viatura «pl»", pt=g.pick("ABCD"), pl=(g.plate(), "LICENSE_PLATE"))
    say(nurse, "Levaram pro «h». Precisa avisar a família", h=g.pick(HOSPITALS))
    if g.chance(0.6):
        rel = g.person(female=True)
        say(chief, "Serviço social liga. Contato da «k» no cadastro: «n», «t»", k=g.pick(["mãe", "companheira", "irmã"]),
            n=P(g.pick([rel.full, rel.first])), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    if g.chance(0.5):
        say(doctor, "Deixo prescrição no prontuário. «n» «c»", n=P(doctor.full), c=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    else:
        say(doctor, "Deixo prescrição no prontuário (carimbo «c»).", c=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    say(nurse, "Obrigada a todos. Registro no livro de ocorrências e SINAN se for o caso. Alguém acende a luz do corredor da enfermaria, tá escuro")
    return doc


def sa_json(g: Gen) -> Doc:
    """A one-line-JSON export of the unit's health encounters (multi-professional team), with the coordinator's note."""
    doc = Doc()
    sig, sec, city, uf, unit, dom = unit_ctx(g)
    staff = [(g.person(), "CRM", "médico"), (g.person(female=True), "COREN", "enfermeira"), (g.person(), "CRO", "cirurgião-dentista"),
             (g.person(female=True), "CRP", "psicóloga"), (g.person(female=True), "CRESS", "assistente social"), (g.person(), "CRF", "farmacêutico")]
    staff = g.sample(staff, g.ri(3, 5))
    regs = {id(p): g.council(k, uf) for p, k, _ in staff}
    pcns = {id(p): g.cns(False) for p, _, _ in staff}
    day = g.day()
    doc.f("$ curl -s https://esus-prisional.«d»/api/atendimentos?unidade=«c»&data=«dt» | jq -c '.[]'\n", d=dom, c=g.d(7), dt=dbr(day, "iso"))
    pats = []
    for t in g.moments(g.ri(4, 6), day, 1, (7, 18)):
        p = g.person(female=g.chance(0.15))
        pats.append(p)
        prof, kind, role = g.pick(staff)
        cid, desc = g.cid()
        rec = {"ts": ts(t, "iso"), "unidade": unit, "paciente": {"nome": P(g.pick([p.full, p.caps])), "cns": (g.cns(False), "BR_CNS"),
                                                                  "nasc": (g.dob("iso", 1960, 2005), "DATE_OF_BIRTH"), "infopen": g.infopen_n()},
               "profissional": ({"nome": P(prof.full)} if g.chance(0.3) else {}) | {"cns": (pcns[id(prof)], "BR_CNS"), "cbo": role,
                                                                                 "conselho": (regs[id(prof)], "PROFESSIONAL_ID")},
               "cid10": cid, "procedimento": g.pick(["0301010064", "0301010110", "0214010058", "0301080194", "0101040024"]),
               "terminal": g.ip_priv()}
        if g.chance(0.85):
            rec["paciente"]["cpf"] = (g.cpf("raw"), "BR_CPF")
        jval(doc, rec, None)
        doc.t("\n")
    coord = g.person(female=g.chance(0.7))
    p = g.pick(pats)
    doc.f("\nObs. da coordenação («n»): o registro de «p» saiu duplicado (mesmo CNS em dois prontuários). Favor unificar antes do envio ao "
          "SISAB. Produção de «d» conferida. Contato: «e»\n", n=P(g.pick([coord.full, coord.short])), p=P(g.pick([p.full, p.short])) if g.chance(0.6) else "um paciente", d=dbr(day),
          e=(gmail(coord, dom, g), "EMAIL_ADDRESS"))
    return doc


SA = [sa_prontuario, sa_vacina, sa_tb, sa_escolta, sa_egresso, sa_whats, sa_json]


# =========================================================================== financeiro


def brl(v: float) -> str:
    return f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")


def fi_auxilio(g: Gen) -> Doc:
    """An auxílio-reclusão claim at the INSS (segurado recluso, dependants, representative, account) and the analysis."""
    doc = Doc()
    sig, sec, city, uf, unit, dom = unit_ctx(g)
    seg = g.person(female=False)
    rep = g.spouse(seg) if g.chance(0.8) else g.person(female=True)
    kids = [g.relative(seg) for _ in range(g.pick([1, 1, 2, 2, 3]))]
    director = g.person()
    serv = g.person()
    emp = g.pick(SUPPLIERS + PARTNERS)
    day = g.day()
    doc.f("INSTITUTO NACIONAL DO SEGURO SOCIAL — Meu INSS\nRequerimento de AUXÍLIO-RECLUSÃO (espécie 25) — Protocolo «p» — DER «d»\n\n"
          "1. SEGURADO RECLUSO\n", p=g.neg(11) if g.chance(0.5) else f"{g.ri(100000000, 999999999)}", d=dbr(day))
    fields = [("Nome", P(g.pick([seg.caps, seg.full]))), ("CPF", (g.cpf(), "BR_CPF")), ("NIT", (g.pis(), "BR_PIS")),
              ("Nascimento", (g.dob(g.pick(["br", "nopad"]), 1975, 2004), "DATE_OF_BIRTH")), ("Data da prisão", V(dbr(g.after(day, -400, -20)))),
              ("Regime", V("fechado")), ("Unidade", V(unit)),
              ("Último vínculo", V(f"{emp} — salário de contribuição R$ {g.money(1400, 1906)}"))]
    kv_block(g, doc, fields, g.pick(["lines", "dots"]))
    doc.t("\n2. DEPENDENTES\n")
    rep_cpf = g.cpf()
    rows = [[P(rep.full), V(("cônjuge" if g.chance(0.5) else "companheir" + rep.o)), (g.dob("br", 1978, 2005), "DATE_OF_BIRTH"), (rep_cpf, "BR_CPF")]]
    for k in kids:
        rows.append([P(k.full), V("filh" + k.o), (g.dob("br", 2008, 2025), "DATE_OF_BIRTH"),
                     (g.cpf(), "BR_CPF") if g.chance(0.85) else V("—")])
    table_ruled(doc, ["Nome", "Parentesco", "Nascimento", "CPF"], rows, g.pick(["plus", "plain", "pipe"]))
    doc.t("\n3. REQUERENTE (representante dos menores)\n")
    fields = [("Nome", P(rep.full)), ("RG", (g.rg(), "BR_RG")), ("CPF", (rep_cpf, "BR_CPF")),
              ("NIT", (g.pis(), "BR_PIS") if g.chance(0.5) else V("não possui")), ("Telefone", (g.phone(), "PHONE_NUMBER")),
              ("E-mail", (g.email(rep), "EMAIL_ADDRESS")), ("Endereço", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP"))]
    if g.chance(0.4):
        fields.pop(5)
    kv_block(g, doc, fields, g.pick(["lines", "dots"]))
    b = g.pick(BANKS)
    doc.f("\n4. CRÉDITO: «b» («bc») — agência «ag» — conta «cc»\n", b=b[1], bc=b[0], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    doc.f("\n5. DOCUMENTOS: certidão judicial de recolhimento prisional nº «n», emitida em «d» ", n=f"{g.d(4)}/{day.year}", d=dbr(g.after(day, -15, -1)))
    if g.chance(0.5):
        doc.f("e assinada por «dr» (Diretor«a» da unidade)", dr=P(g.pick([director.full, director.caps])), a="a" if director.female else "")
    else:
        doc.t("pela Direção da unidade")
    doc.t("; certidões de nascimento; CTPS.\n\n")
    doc.f("ANÁLISE — servidor«a» «s» (SIAPE «m»), «d»\n", s=P(serv.full), a="a" if serv.female else "", m=g.d(7), d=dbr(g.after(day, 10, 60)))
    r = g.rng.random()
    if r < 0.4:
        doc.f("Exigência: apresentar certidão de recolhimento atualizada (validade 90 dias) e declaração de cárcere trimestral. Último salário "
              "dentro do limite de baixa renda (Portaria Interministerial MPS/MF). Carência de 24 contribuições cumprida (Lei 13.846/2019).\n")
    elif r < 0.75:
        doc.f("Benefício CONCEDIDO — NB «nb». DIB «d». Cota-parte dividida entre «n» dependentes. Crédito na conta informada.\n",
              nb=g.nb(), d=dbr(g.after(day, -400, -20)), n=len(rows))
    else:
        doc.f("INDEFERIDO: salário de contribuição acima do limite de baixa renda. Cabe recurso à Junta de Recursos em 30 dias. "
              "Requerente orientada pelo telefone «t».\n", t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    return doc


def fi_depositos(g: Gen) -> Doc:
    """A deposit platform's statement of credits to inmates' accounts (semicolon CSV) and the reconciliation note."""
    doc = Doc()
    sig, sec, city, uf, unit, dom = unit_ctx(g)
    plat = g.pick(PLATFORMS)
    day = g.day()
    doc.f("«p» — extrato de créditos para contas de custodiados\nUnidade: «u» · Período: «a» a «b» · CNPJ da plataforma «c»\n\n",
          p=plat, u=unit, a=dbr(day), b=dbr(g.after(day, 6, 6)), c=(g.any_cnpj(), "BR_CNPJ"))
    named = g.chance(0.35)
    cols = ["data", "hora", "depositante", "cpf_depositante", "email_depositante", "tel_depositante"] + (["custodiado"] if named else []) + \
        ["infopen", "valor", "meio", "id_transacao", "status"]
    rows = []
    deps = []
    for _ in range(g.ri(5, 7)):
        d = g.person(female=g.chance(0.75))
        c = g.person(female=g.chance(0.1))
        deps.append((d, c))
        meio = g.pick(["PIX", "PIX", "BOLETO", "CARTAO", "PIX"])
        rows.append([V(dbr(g.after(day, 0, 6))), V(g.hm()), P(g.pick([d.caps, d.full])), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
                     (g.email(d), "EMAIL_ADDRESS"), (g.phone(g.pick(["raw", "e164", "par"])), "PHONE_NUMBER")] + ([P(g.pick([c.capsf, c.full]))] if named else []) + [V(g.infopen_n()), V(g.money(20, 300)), V(meio),
                     V(g.e2e(day) if meio == "PIX" else g.d(12)), V(g.pick(["CREDITADO", "CREDITADO", "CREDITADO", "ESTORNADO", "RETIDO"]))])
    table_csv(doc, cols, rows, sep=";")
    an = g.person(female=g.chance(0.6))
    d1, c1 = g.pick(deps)
    doc.f("\nConciliação («n», «e»):\n", n=P(g.pick([an.full, an.short])), e=(gmail(an, re.sub(r"[^a-z]", "", fold(plat).lower()) + ".com.br", g), "EMAIL_ADDRESS"))
    doc.f("- Chave Pix de recebimento da plataforma nesta unidade: «k» (aleatória).\n", k=(g.uuid(), "PIX_KEY"))
    doc.f("- Contestação (chargeback) do pagamento com cartão «m» de «n»; crédito de «c» retido até a decisão da bandeira.\n",
          m=g.masked_card(), n=P(g.pick([d1.full, d1.short])), c=P(g.pick([c1.full, c1.first + " " + c1.last])) if g.chance(0.4) else "infopen " + g.infopen_n())
    if g.chance(0.6):
        d2, c2 = g.pick(deps)
        doc.f("- Depósito RETIDO: limite mensal de R$ «l» atingido para «c»; devolução ao depositante via Pix para a chave «k».\n",
              l=g.pick(["300,00", "500,00"]), c=P(c2.full) if g.chance(0.4) else "infopen " + g.infopen_n(), k=(g.uuid(), "PIX_KEY") if g.chance(0.5) else (g.cpf(), "BR_CPF"))
    if g.chance(0.5):
        doc.f("- Atenção: o mesmo CPF («c») fez depósitos para dois custodiados de alas diferentes (Portaria «sg» limita a um). Encaminhado à "
              "inteligência da unidade.\n", c=(g.cpf(), "BR_CPF"), sg=sig)
    doc.t("Repasse à conta única do Fundo Penitenciário em D+1. Dúvidas: suporte@" + re.sub(r"[^a-z]", "", fold(plat).lower()) + ".com.br\n")
    return doc


def fi_folha(g: Gen) -> Doc:
    """The monthly payroll of inmate labour (fixed width: name cut, CPF, PIS; LEP art. 29 split) and the family accounts."""
    doc = Doc()
    sig, sec, city, uf, unit, dom = unit_ctx(g)
    partner = g.pick(PARTNERS)
    mgr = g.person()
    day = g.day()
    sm = 1518.0
    doc.f("«sg»/«uf» — GERÊNCIA DE LABORTERAPIA — «u»\nFOLHA DE REMUNERAÇÃO DO TRABALHO DO PRESO — competência «m»\nTomador: «p» — CNPJ «c» "
          "(convênio nº «cv»)\n\n", sg=sig, uf=uf, u=fold(unit).upper(), m=f"{day.month:02d}/{day.year}", p=partner,
          c=(g.any_cnpj(), "BR_CNPJ"), cv=f"{g.d(3)}/{g.ri(2021, 2025)}")
    widths = [26, 14, 14, 4, 9, 9, 9, 9, 4, 11]
    heads = ["NOME", "CPF", "PIS/NIT", "DIAS", "BRUTO", "FAMILIA", "DESP.PES", "PECULIO", "AG", "CONTA PEC."]
    doc.t(" ".join(h.ljust(w) for h, w in zip(heads, widths)).rstrip() + "\n" + " ".join("-" * w for w in widths) + "\n")
    workers = []
    infos: list[str] = []
    for _ in range(g.ri(4, 6)):
        p = g.person(female=g.chance(0.12))
        workers.append(p)
        days = g.ri(12, 26)
        gross = round(sm * 0.75 * days / 22, 2)
        fam, pes = round(gross * 0.5, 2), round(gross * 0.25, 2)
        doc.cell(cut(g.pick([p.capsf, p.inverted]), widths[0]), widths[0], "PERSON")
        doc.t(" ")
        doc.cell(g.cpf(), widths[1], "BR_CPF")
        doc.t(" ")
        if g.chance(0.95):
            doc.cell(g.pis("dot"), widths[2], "BR_PIS")
        else:
            doc.cell("(sem NIT)", widths[2])
        doc.t(" ")
        doc.cell(str(days), widths[3], right=True)
        for v in (gross, fam, pes):
            doc.t(" ")
            doc.cell(brl(v), widths[4], right=True)
        doc.t(" ")
        doc.cell(brl(round(gross - fam - pes, 2)), widths[7], right=True)
        doc.t(" ")
        if g.chance(0.85):
            doc.cell(g.agency(False), widths[8], "BANK_ACCOUNT")
            doc.t(" ")
            doc.e(f"{g.ri(1, 9)}{g.d(7)}-{g.ri(0, 9)}", "BANK_ACCOUNT")
        else:
            doc.t("-    (abrir)")
        doc.t("\n")
        infos.append(g.infopen_n())
    doc.t("\nCONTAS PARA ASSISTÊNCIA À FAMÍLIA (50%) — pecúlio: Caixa, poupança op. 013\n")
    for k in g.sample(range(len(workers)), min(len(workers), g.ri(2, 3))):
        p = workers[k]
        fam = g.person(female=True)
        b = g.pick(BANKS)
        doc.f("  «w» → «f» («k»), CPF «c» — «b» ag. «ag» c/c «cc»\n",
              w=P(g.pick([p.first + " " + p.last, p.full])) if g.chance(0.4) else "Infopen " + infos[k], f=P(fam.full),
              k=g.pick(["mãe", "companheira", "esposa", "avó"]), c=(g.cpf(), "BR_CPF"), b=b[1], ag=(g.agency(), "BANK_ACCOUNT"),
              cc=(g.account(), "BANK_ACCOUNT"))
    doc.f("\nNotas: «n» não tem conta cadastrada; valor da família fica no pecúlio até indicação. O salário mínimo de referência é "
          "R$ «sm»; remuneração de 3/4 (art. 29 da LEP). Dias remidos enviados ao juízo (1 dia a cada 3 trabalhados).\n"
          "Conferido por «m», gerente de laborterapia — «e»\n", n=P(g.pick(workers).full) if g.chance(0.5) else "Infopen " + g.pick(infos), sm=brl(sm), m=P(g.pick([mgr.full, mgr.short])),
          e=(gmail(mgr, dom, g), "EMAIL_ADDRESS"))
    return doc


def fi_danfe(g: Gen) -> Doc:
    """A food supplier's DANFE (as text) for the unit's meals, with the receipt and the supplier's payment e-mail."""
    doc = Doc()
    sig, sec, city, uf, unit, dom = unit_ctx(g)
    sup = g.pick(SUPPLIERS)
    drv = g.person(female=False)
    rec = g.person()
    nut = g.person(female=g.chance(0.8))
    fin = g.person(female=g.chance(0.6))
    day = g.day()
    doc.f("DANFE — DOCUMENTO AUXILIAR DA NOTA FISCAL ELETRÔNICA\nNº «n»  SÉRIE «s»  Emissão «d»\nChave de acesso: «ch»\n\n"
          "EMITENTE: «e» — CNPJ «c»\nDESTINATÁRIO: «sg» — «u» — CNPJ «c2»\nNota de empenho: «ne»\n\n",
          n=f"{g.d(3)}.{g.d(3)}", s=g.ri(1, 3), d=dbr(day), ch=" ".join(g.d(4) for _ in range(11)), e=fold(sup).upper(),
          c=(g.any_cnpj(), "BR_CNPJ"), sg=sig, u=unit, c2=(g.cnpj(), "BR_CNPJ"), ne=g.empenho())
    rows = []
    tot = 0.0
    for item, un, pu in g.sample([("REFEIÇÃO TRANSPORTADA (QUENTINHA) 800G", "UN", 9.8), ("PÃO FRANCÊS 50G", "UN", 0.45),
                                  ("CAFÉ DA MANHÃ KIT", "UN", 3.9), ("LANCHE NOTURNO", "UN", 2.6), ("DIETA ESPECIAL HIPOSSÓDICA", "UN", 12.4),
                                  ("LEITE INTEGRAL UHT 1L", "CX", 4.79), ("ARROZ TIPO 1 5KG", "FD", 24.9)], g.ri(3, 5)):
        q = g.ri(200, 9000)
        tot += q * pu
        rows.append([V(item), V(un), V(str(q)), V(brl(pu)), V(brl(q * pu))])
    table_ruled(doc, ["DESCRIÇÃO", "UN", "QTD", "V.UNIT", "V.TOTAL"], rows, "plain")
    doc.f("VALOR TOTAL DA NOTA: R$ «t»\n\nTRANSPORTADOR: frota própria — motorista «m», CPF «cp», CNH «cnh» — veículo «v» placa «pl»\n",
          t=brl(tot), m=P(g.pick([drv.full, drv.caps])), cp=(g.cpf(), "BR_CPF"), cnh=(g.cnh(), "BR_CNH"), v=g.pick(["baú refrigerado", "Fiorino", "VUC"]),
          pl=(g.plate(), "LICENSE_PLATE"))
    doc.f("RECEBEMOS OS PRODUTOS CONSTANTES DESTA NOTA: «d» «h» — «r», policial penal, RG «rg» — temperatura na entrega «tp» °C\n"
          "Atesto a conformidade com o cardápio: «n», nutricionista RT da unidade — «crn»\n\n",
          d=dbr(day), h=g.hm(), r=P(g.pick([rec.full, rec.short])), rg=(g.rg(), "BR_RG"), tp=g.ri(60, 75),
          n=P(nut.full), crn=(g.council("CRN", uf), "PROFESSIONAL_ID"))
    fdom = dom_of(sup)
    b = g.pick(BANKS)
    doc.f("-----\nDe: «n» <«e»>\nPara: financeiro.«sg»@«dom»\nAssunto: NF «nf» — pagamento em atraso\n\nBoa tarde. A NF acima venceu em «v» "
          "e o empenho «ne» consta liquidado no SIAFE desde «l». Solicitamos o pagamento por «pg».\n",
          n=P(fin.full), e=(corp_mail(fin, fdom), "EMAIL_ADDRESS"), sg=sig.lower(), dom=dom, nf=g.d(6), v=dbr(g.after(day, 30, 30)),
          ne=g.empenho(), l=dbr(g.after(day, 20, 40)), pg=g.pick(["transferência", "TED"]))
    doc.f("Dados: «b», ag. «ag», c/c «cc»", b=b[1], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    if g.chance(0.5):
        doc.f(" (contato do vendedor: «t»)", t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    if g.chance(0.5):
        doc.f(" ou Pix (chave aleatória) «k»", k=(g.uuid(), "PIX_KEY"))
    doc.f(".\n\n«n»\nFinanceiro — «s»\n«t»\n", n=P(g.pick([fin.full, fin.first])), s=sup, t=(g.phone("par", mobile=False), "PHONE_NUMBER"))
    return doc


def fi_peculio_saida(g: Gen) -> Doc:
    """E-mail thread on paying out the pecúlio of a released person (egresso), to own or a relative's account."""
    doc = Doc()
    sig, sec, city, uf, unit, dom = unit_ctx(g)
    eg = g.person(female=g.chance(0.15))
    mother = g.person(female=True)
    clerk = g.person(female=g.chance(0.65))
    day = g.day()
    emg = g.email(eg)
    doc.f("De: «n» <«e»>\nPara: peculio@«dom»\nData: «d»\nAssunto: saque do pecúlio\n\n", n=P(g.pick([eg.full, eg.low, eg.short])),
          e=(emg, "EMAIL_ADDRESS"), dom=dom, d=dbr(day) + " " + g.hm())
    doc.f("boa tarde, sou «n», sai da «u» dia «ds» de alvará, ex-Infopen «i». na saida nao me pagaram o pecúlio porque o sistema tava fora. "
          "meu cpf «c», rg «rg» e meu zap «t». obrigado\n\n", rg=(g.rg(), "BR_RG"), n=P(g.pick([eg.low, eg.full])), u=unit, ds=dbr(g.after(day, -30, -3)),
          i=g.infopen_n(), c=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), t=(g.phone(g.pick(["par", "raw", "plain"])), "PHONE_NUMBER"))
    cm = gmail(clerk, dom, g)
    saldo = g.money(150, 4800)
    doc.f("-----\nDe: «n» <«e»>\nPara: «to»\nAssunto: RE: saque do pecúlio\n\nPrezad«o» «f»,\n\nConfirmamos saldo de R$ «s» (trabalho na "
          "«w»). Para transferência, envie foto do documento e os dados bancários de conta em seu nome. Se não tiver conta, pode indicar conta "
          "de familiar com autorização assinada (modelo anexo) e cópia do RG do titular.\n\n«n»\nSetor de Pecúlio — «u»\n\n",
          n=P(clerk.full), e=(cm, "EMAIL_ADDRESS"), to=(emg, "EMAIL_ADDRESS"), o=eg.o, f=P(eg.first) if g.chance(0.5) else "senhor" + ("a" if eg.female else ""), s=saldo,
          w=g.pick(["cozinha", "padaria", "oficina de costura", "horta", "limpeza"]), u=unit)
    doc.f("-----\nDe: «e»\nAssunto: RE: RE: saque do pecúlio\n\n", e=(emg, "EMAIL_ADDRESS"))
    if g.chance(0.5):
        b = g.pick(BANKS)
        doc.f("nao tenho conta, pode ser da minha mae «m», RG «rg», CPF «c», «b» agencia «ag» conta «cc». segue a autorizacao assinada\n",
              m=P(g.pick([mother.full, mother.low])), rg=(g.rg(), "BR_RG"), c=(g.cpf(), "BR_CPF"), b=b[1], ag=(g.agency(), "BANK_ACCOUNT"),
              cc=(g.account(), "BANK_ACCOUNT"))
    else:
        doc.f("abri conta no «b». a chave pix é aleatoria: «k». nao tenho email outro esse é da minha irmã «s»\n",
              b=g.pick(["Nubank", "PicPay", "Mercado Pago", "Caixa Tem"]), k=(g.uuid(), "PIX_KEY"), s=P(g.person(female=True).first))
    doc.f("\n-----\nDe: Setor de Pecúlio <«e»>\nAssunto: RE: RE: RE: saque do pecúlio\n\nPagamento efetuado em «d». Comprovante anexo. Processo SEI «sei».\n",
          e=(cm, "EMAIL_ADDRESS"), d=dbr(g.after(day, 3, 12)), sei=f"{g.d(5)}.{g.d(6)}/{day.year}-{g.d(2)}")
    return doc


def fi_jumbo_log(g: Gen) -> Doc:
    """One-line-JSON checkout log of a 'virtual jumbo' (canteen kits bought by families) that leaked full card numbers, and the DPO's note."""
    doc = Doc()
    sig, sec, city, uf, unit, dom = unit_ctx(g)
    plat = g.pick(PLATFORMS)
    pdom = re.sub(r"[^a-z]", "", fold(plat).lower()) + ".com.br"
    day = g.day()
    doc.f("# «p» checkout-service — level=DEBUG (ativado por engano em «d») — amostra\n", p=plat, d=dbr(day))
    affected = []
    for t in g.moments(g.ri(3, 5), day, 2):
        c = g.person(female=g.chance(0.75))
        inm = g.person(female=g.chance(0.1))
        card = g.card(spaced=False) if g.chance(0.65) else None
        rec = {"ts": ts(t, "isoz"), "lvl": "DEBUG", "evt": "checkout.request", "order": f"JV-{g.d(8)}",
               "customer": ({"name": P(g.pick([c.full, c.low]))} if g.chance(0.8) else {}) | {"cpf": (g.cpf("raw"), "BR_CPF"), "email": (g.email(c), "EMAIL_ADDRESS"),
                            "phone": (g.phone("e164"), "PHONE_NUMBER"), "ip": (g.ip(), "IP_ADDRESS")},
               "beneficiary": ({"name": P(g.pick([inm.caps, inm.full]))} if g.chance(0.4) else {}) | {"infopen": g.infopen_n(), "unit_id": g.ri(10, 99)},
               "kit": g.pick(["higiene básico", "alimentação 2", "vestuário branco", "kit completo"]), "amount": float(g.ri(60, 320)),
               }
        if card:
            rec["payment"] = {"method": "credit_card", "pan": (card, "CREDIT_CARD"), "holder": P(fold(c.short).upper()),
                              "exp": f"{g.ri(1, 12):02d}/{g.ri(26, 31)}"}
            affected.append((c, card))
        else:
            rec["payment"] = {"method": "pix", "e2e": g.e2e(t.date())}
        if g.chance(0.65):
            rec["billing"] = {"street": (g.address(), "ADDRESS"), "zip": (g.cep(False), "BR_CEP")}
        jval(doc, rec, None)
        doc.t("\n")
    dpo = g.person()
    doc.f("\nNota do encarregado («n»): logs com PAN completo entre «a» e «b». Ações: expurgo, mascaramento no serializer, notificação "
          "à ANPD (Lei 13.709/2018, art. 48) e aos titulares:\n", n=P(dpo.full), a=dbr(day), b=dbr(g.after(day, 1, 3)))
    by_name = g.chance(0.5)
    for c, card in affected:
        if by_name:
            doc.f("  - «n» — cartão «m»\n", n=P(g.pick([c.full, c.short])), m=f"{card[:6]}******{card[-4:]}")
        else:
            doc.f("  - cliente «c» — cartão «m»\n", c=g.d(7), m=f"{card[:6]}******{card[-4:]}")
    if not affected:
        doc.t("  (nenhum cartão nesta amostra)\n")
    doc.f("Contato: dpo@«d»\n", d=pdom)
    return doc


def fi_convenio(g: Gen) -> Doc:
    """The monthly statement of a labour agreement (convênio) with a partner company: inmates, days, amounts and the charge."""
    doc = Doc()
    sig, sec, city, uf, unit, dom = unit_ctx(g)
    partner = g.pick(PARTNERS)
    contact = g.person()
    monitor = g.person()
    day = g.day()
    doc.f("# Prestação de contas — convênio de trabalho prisional\n\n**Unidade:** «u»  \n**Empresa parceira:** «p» — CNPJ «c»  \n"
          "**Competência:** «m»  \n**Responsável na empresa:** «r» («e», «t»)\n\n",
          u=unit, p=partner, c=(g.any_cnpj(), "BR_CNPJ"), m=f"{MONTHS[day.month - 1]}/{day.year}", r=P(contact.full),
          e=(corp_mail(contact, dom_of(partner)), "EMAIL_ADDRESS"), t=(g.phone(g.pick(["par", "plain"]), mobile=g.chance(0.5)), "PHONE_NUMBER"))
    rows = []
    total = 0.0
    for _ in range(g.ri(4, 6)):
        p = g.person(female=g.chance(0.15))
        days = g.ri(10, 24)
        v = round(1518 * 0.75 * days / 22, 2)
        total += v
        has_acc = g.chance(0.8)
        rows.append([P(g.pick([p.full, p.caps])), (g.cpf(), "BR_CPF"), (g.pis(), "BR_PIS") if g.chance(0.9) else V("—"),
                     V(str(days)), V(brl(v)), (g.agency(False), "BANK_ACCOUNT") if has_acc else V("—"),
                     (f"{g.ri(1, 9)}{g.d(7)}-{g.ri(0, 9)}", "BANK_ACCOUNT") if has_acc else V("a abrir")])
    table_md(doc, ["Custodiado", "CPF", "NIT", "Dias", "Valor (R$)", "Ag. pecúlio", "Conta pecúlio"], rows)
    adm = round(total * 0.1, 2)
    doc.f("\nSubtotal R$ «s» + taxa de administração 10% (R$ «a») = **R$ «t»**.\n\nPagamento até «v» por boleto (linha digitável «l») ou "
          "depósito na conta do Fundo Penitenciário Estadual: «b», agência «ag», conta «cc».\n\n",
          s=brl(total), a=brl(adm), t=brl(total + adm), v=dbr(g.after(day, 35, 45)),
          l=f"{g.d(5)}.{g.d(5)} {g.d(5)}.{g.d(6)} {g.d(5)}.{g.d(6)} {g.d(1)} {g.d(14)}",
          b=g.pick(["Banco do Brasil", "Caixa", "Banrisul", "Banco do Nordeste", "BRB", "Banestes"]),
          ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    doc.f("Observações do monitor de oficina («n»): ", n=P(g.pick([monitor.full, monitor.short])))
    doc.f(g.pick(["«w» faltou 3 dias por audiência; abonado. ", "«w» foi transferido em «d»; desligado do convênio. ",
                  "«w» progrediu ao semiaberto e pediu para continuar na empresa como empregado CLT. "]),
          w=P(g.pick([r[0][0] for r in rows])) if g.chance(0.5) else "O custodiado da linha " + str(g.ri(1, len(rows))), d=dbr(g.after(day, 5, 25)))
    doc.t(g.pick(["Produção conforme relatório anexo.", "Meta de produção atingida.", "Sem acidentes no mês.", "Dois dias sem luz na oficina (queda de energia)."]) + "\n")
    return doc


FI = [fi_auxilio, fi_depositos, fi_folha, fi_danfe, fi_peculio_saida, fi_jumbo_log, fi_convenio]


TEMPLATES = {"atendimento": AT, "juridico": JU, "saude": SA, "financeiro": FI}

CPF_LIKE = re.compile(r"(?<![\d.\-/])(\d{3}\.?\d{3}\.?\d{3}-?\d{2})(?![\d])")
IPV4 = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.]|-\d)(/\d+)?")
RUN15 = re.compile(r"(?<!\d)\d{15}(?!\d)")
RUN16 = re.compile(r"(?<![\d.\- ])(?:\d{4}[ .-]?){3}\d{4}(?![ .-]?\d)")
ROLE_BOXES = ("sac", "dpo", "juridico", "ouvidoria", "peculio", "parlatorio", "naj", "sedex", "vigilancia.epidemiologica", "sae",
              "financeiro", "suporte", "protocolo", "agendamento")


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
            assert len(digits) == 11 and pis_dv(digits[:10]) == digits[10] and not cpf_ok(digits), (rid, v)
        elif lab == "BR_CNH":
            assert len(digits) == 11 and cnh_dv(digits[:9]) == digits[9:], (rid, v)
        elif lab == "BR_TITULO_ELEITOR":
            assert len(digits) == 12 and titulo_dv(digits[:8], digits[8:10]) == digits[10:], (rid, v)
        elif lab == "BR_RG":
            raw = re.sub(r"[^0-9X]", "", v)
            if re.fullmatch(r"\d{2}\.\d{3}\.\d{3}-[\dX]|\d{8}[\dX]", v):
                assert rg_sp_dv(raw[:8]) == raw[8], (rid, v)  # the SP form carries its check digit
            else:
                assert 7 <= len(digits) <= 11 and not cpf_ok(digits), (rid, v)
        elif lab == "PIX_KEY":
            uuid.UUID(v)
        elif lab == "BR_CEP":
            assert len(digits) == 8, (rid, v)
        elif lab == "PHONE_NUMBER":
            assert 10 <= len(digits) <= 13, (rid, v)
        elif lab == "PERSON":
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|doutora?|prof|profa|enf|téc|mm)\.?\s", v), (rid, v)
            assert not re.search(r"[1-9@_:]", v), (rid, v)  # an OCR "0" for "O" may stand in a name
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (rid, v)
            assert v.split("@")[0] not in ROLE_BOXES, (rid, v)
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
            assert re.match(r"(CRM|COREN|OAB|CRP|CRO|CRESS|CRN|CRF)(?![A-Z])", v), (rid, v)
        else:
            raise AssertionError((rid, lab))
    covered = [(s["start"], s["end"]) for s in record["spans"]]

    def free(m: re.Match) -> bool:
        return not any(a < m.end() and m.start() < b for a, b in covered)

    # hard negatives: a CPF-shaped run outside the gold spans fails the CPF check
    for m in CPF_LIKE.finditer(text):
        if free(m):
            assert not cpf_ok(re.sub(r"\D", "", m.group(1))), (rid, m.group(1))
    for m in re.finditer(r"(?<![\w:])2[0-9a-f]{3}:[0-9a-f:]+(/\d+)?", text):
        if free(m):
            assert m.group(1), (rid, m.group(0))
    for m in IPV4.finditer(text):
        if free(m) and not m.group(5):
            assert not is_public(".".join(m.groups()[:4])), (rid, m.group(0))
    # IMEIs and 15-digit ids outside the spans are never valid CNS; 16-digit runs never pass Luhn
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
    folded -= set(PARTICLES)
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
    print("hundredth", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
