"""Build the seventy-sixth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_seventysixth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or
run), standalone (own check-digit code, no Faker, no import from afinar or other generators),
seed 7676, 280 records: 7 templates per domain, 10 copies each.

Register, not used by the earlier sets: civil construction and new homes, as a builder
(incorporadora/construtora), its subcontractors, and the offices around them produce the papers:
the sales stand and off-plan purchase contracts (imóvel na planta), Minha Casa Minha Vida /
housing-finance files with income proof, daily site reports, the registration and payroll of
site workers (mestres de obras, serventes, subcontracted crews, many of them Haitian, Venezuelan,
Bolivian, Senegalese or Angolan), site accidents and CATs, occupational health (ASO, PCMSO),
CREA/CAU responsibility records (ART/RRT), building defects after handover (vícios construtivos),
the condominium's installation assembly, delays and rescission suits (distrato), supplier and
equipment-rental invoices (andaimes, betoneiras), and neighbours' complaints about noise, dust
and cracks. Layouts vary: letters and petitions, forms, tables with '+---+' rulers, psql-like
rules and bare '====' columns, CSV/TSV extracts, a WhatsApp export, e-mails and e-mail threads,
OCR'd scans with letter and digit confusions, application logs.
- atendimento (sales and after-sales): 0 the sales stand's lead form (broker with CRECI, buyer,
  spouse, income, FGTS/PIS, sometimes the reservation paid by card); 1 a WhatsApp export of the
  after-sales chat (a bot, then a named attendant; the buyer's sender is a saved name or, half of
  the time, the bare phone number); 2 the handover inspection record (termo de vistoria e entrega
  de chaves; a third OCR'd) with the inspecting engineer; 3 a neighbour's complaint e-mail about
  cracks/noise and the builder's reply; 4 the buyers' portal log (logins, MFA SMS, second copies
  of bank slips, profile updates, a system account and an admin login); 5 the minutes of the
  condominium's installation assembly with the attendance list; 6 a CSV of after-sales tickets.
- juridico: 0 the initial petition of a rescission suit (distrato) against the builder; 1 the
  purchase contract's summary sheet (quadro-resumo, art. 35-A of Law 4.591/64); 2 an extrajudicial
  notice of the condominium about building defects (some OCR'd); 3 a site worker's labour claim
  against the subcontractor and, subsidiarily, the builder; 4 an ART (CREA) or RRT (CAU) of a
  private owner's house build; 5 the minutes of a small-claims conciliation hearing (settlement
  paid by deposit or Pix); 6 a power of attorney for the distrato, scanned, with the notary stamp.
- saude (occupational health and the public health service): 0 a CAT (work-accident report);
  1 a batch of ASOs (occupational health certificates) of one site; 2 a daily site report (RDO)
  with the crew list, deliveries (truck plates, drivers) and a safety incident; 3 the HR CSV of
  medical certificates; 4 the UPA emergency record of a worker after a fall; 5 the occupational
  clinic's e-mail listing overdue exams; 6 a neighbour's complaint to the SUS ombudsman (dust,
  standing water, a child's asthma) and the health inspection's follow-up.
- financeiro: 0 a Minha Casa Minha Vida housing-finance file (two applicants, dependants, payslip
  table, FGTS, debit account); 1 the payroll of a subcontracted crew (some paid by Pix random
  key); 2 an equipment-rental invoice or a private lessor's receipt with delivery and return
  slips (truck plate, driver's CNH), bank-slip line and NF-e key; 3 a collections e-mail thread on
  overdue INCC-corrected instalments (the buyer answers with the card used); 4 the financial memo
  of a distrato with the refund's bank or Pix details; 5 a subcontractor's measurement bulletin
  (MEI empreiteiro, crew with CPF/PIS, payment); 6 a site engineer's corporate-card expense
  report plus the fleet's fuel extract (plates, drivers, CNH).

Conventions (the twentieth set's; what this register had to decide is marked *):
PERSON covers the name only, never "Sr.", "Sra.", "Dra.", "Eng(a).", "dona", "seu"; particles
inside a name (de, da, dos, e) are part of it; "SURNAMES, GIVEN" (HR sheets) is one span; nicknames
(Tião, Zé Carlos, Chicão) and first names alone are persons. Staff named in the text (brokers,
attendants, technicians, engineers, doctors, nurses, lawyers, conciliators, analysts, notary
clerks, health inspectors) are persons; logins (adalmolin), system accounts (svc-integracao-crm,
rpa_dp) and bot names (Lia, Construbot) are not. In the WhatsApp export the sender is a PERSON
when it is a saved contact name and a PHONE_NUMBER when the export shows the number*; company
senders are not labelled. Corporate e-mails of people are EMAIL_ADDRESS; role mailboxes (sac@,
cobranca@, dp.obras@, ouvidoria@, juridico@) are not labelled. ADDRESS is street type + name +
number + complement (not bairro, city, state; CEP is BR_CEP). A company's address is not
labelled: the builder's or a law firm's seat, a development's or site's address in sales,
contract, assembly, CAT and RDO papers (the land and the site are the company's)*. A buyer's
unit after handover, where the buyer lives, is the buyer's address and is labelled (the ticket
CSV's endereco_unidade, the hearing's repair address, the chat's confirmation)*; so is the site
of a private owner's own house in an ART/RRT*. A street named without a number (the billboard
"na Av. dos Pedreiros", a truck that "descarregou na Barão de Mauá") is not an ADDRESS and not a
person*. Agency and account are separate BANK_ACCOUNT spans; bank codes and names are not.
DATE_OF_BIRTH only for birth dates (of buyers, spouses, workers, children, dependants);
handover, admission, accident, exam, hearing and due dates are not. PROFESSIONAL_ID includes the
council acronym and UF: CRM, COREN, OAB, CREA ("CREA-SP 5062948616", "CREA/PI 115.861/D"), CAU
(national: "CAU A104532-1", also "CAU/SP A...") and CRECI ("CRECI/SP 123456-F")*. NIT equals PIS
and is BR_PIS*. CTPS numbers, RNM numbers of foreign workers, CNO/CEI site registrations, ART/RRT
numbers, property-registry (matrícula) numbers, NF-e keys, bank-slip lines, utility meter and
consumer-unit numbers, e-Social and payment-guide codes, contract, ticket, protocol and order
numbers are not labelled*. PIX_KEY only for random (UUID) keys used as Pix keys. Masked values
(***.***.***-**) are not labelled. CNPJ appear in the numeric and the 2026 alphanumeric form.
OCR'd scans keep their confusions inside the spans (letters in names, O/l/S/B in digits).

Names: Brazilian names of many origins (Portuguese common and regional, Northeastern and coined
names such as Gleiciane, Rubisley, Kauãn, Thayllane, Welisson; Italian, German, Japanese,
Lebanese, Korean, Chinese, Polish, Jewish; Haitian, Senegalese, Angolan, Venezuelan, Bolivian
and indigenous), at least a quarter of the name words rare or invented (main() prints the
share). Names that are also words (Rosa, Luz, Flor, Pilar, Aurora, Vitória, Glória, Esperança,
Bento, Prudente, Amado, Branco, Leão, Pio; surnames Paredes, Madeira, Pedreira, Mourão, Rocha,
Calçada, Ferro) next to the same words as words ("as paredes estão com fissuras", "a madeira
do escoramento", "o pilar P14", "luz verde para a concretagem", "seria prudente escorar") and in
companies, developments, streets and places (Construtora Paredes & Madeira, Rocha Pilar
Engenharia, Residencial Bento Amaral, Edifício Dona Flor, Rua Rosa Amado, Presidente Prudente,
Bento Gonçalves, Pilar/AL), which are not persons. Forms: full, ALL CAPS with and without
accents, "SURNAMES, GIVEN", lower case, short (first + last), first name alone, nicknames.

Hard negatives (never labelled): CNJ process numbers, 11-digit protocol and "nosso número"
values that fail the CPF check, ICD-10 codes (S62.6, W12, J45.9, A90), CBO and CNAE codes,
money, INCC/IPCA figures, laws and norms (Lei 13.786/2018, Lei 4.591/1964, NBR 15575, NR-18,
Súmula 543 do STJ), unit, tower and parking numbers, dates that are not birth dates, company
names containing surnames (Gurgel & Frazão Construções, Quaresma & Lustosa Advogados), streets
honouring people named alone.
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
import uuid
from pathlib import Path

HERE = Path(__file__).parent
SEED = 7676
OUT_NAME = "seventysixth.jsonl"

# --------------------------------------------------------------------------- check digits


def cpf_dv(nine: str) -> str:
    d = [int(c) for c in nine]
    for top in (10, 11):
        r = sum(x * (top - i) for i, x in enumerate(d)) % 11
        d.append(0 if r < 2 else 11 - r)
    return f"{d[9]}{d[10]}"


def cpf_ok(n: str) -> bool:
    return len(n) == 11 and n.isdigit() and len(set(n)) > 1 and cpf_dv(n[:9]) == n[9:]


def cnpj_dv(twelve: str) -> str:
    """Numeric or alphanumeric (2026) CNPJ: a character is worth ord(c) - 48."""
    v = [ord(c) - 48 for c in twelve]
    w = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]
    out = ""
    for ws in (w, [6] + w):
        r = sum(a * b for a, b in zip(v, ws)) % 11
        dv = 0 if r < 2 else 11 - r
        v.append(dv)
        out += str(dv)
    return out


def rg_sp_dv(eight: str) -> str:
    r = 11 - sum(int(c) * w for c, w in zip(eight, range(2, 10))) % 11
    return "X" if r == 10 else ("0" if r == 11 else str(r))


def cnh_dv(nine: str) -> str | None:
    d = [int(c) for c in nine]
    r1 = sum(x * w for x, w in zip(d, range(9, 0, -1))) % 11
    r2 = sum(x * w for x, w in zip(d, range(1, 10))) % 11
    if r1 >= 10 or r2 >= 10:
        return None  # bodies where the published variants of the algorithm disagree are skipped
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
    return len(n) == 15 and n[0] in "12789" and sum(int(c) * w for c, w in zip(n, range(15, 0, -1))) % 11 == 0


def luhn_dv(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        v = int(c)
        if i % 2 == 0:
            v *= 2
            v -= 9 if v > 9 else 0
        total += v
    return str(-total % 10)


def fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
          "outubro", "novembro", "dezembro"]

# --------------------------------------------------------------------------- name pools
# RARE_* (and the origins listed in RARE_ORIGINS) hold uncommon, regional or coined names;
# main() prints their share of the words inside PERSON spans.

PT_F = ["Ana Paula", "Cláudia", "Fernanda", "Juliana", "Patrícia", "Sandra", "Simone", "Adriana", "Luciana",
        "Mariana", "Gabriela", "Camila", "Larissa", "Beatriz", "Letícia", "Priscila", "Aline", "Tatiane",
        "Cristina", "Francisca", "Antônia", "Maria José", "Maria das Graças", "Eliana", "Roberta", "Viviane",
        "Heloísa", "Manuela", "Isabela", "Raquel", "Sônia", "Márcia", "Débora", "Jéssica"]
RARE_F = ["Gleiciane", "Adalgisa", "Edileuza", "Cleonice", "Marinalva", "Rosilda", "Zenaide", "Jucilene",
          "Dalvanira", "Eudóxia", "Ivoneide", "Lucinete", "Maricleide", "Nildete", "Valdelice", "Zilmar",
          "Kethlen", "Ysadora", "Thayllane", "Rhaíssa", "Jhenyfer", "Adrielly", "Dhéborah", "Maelly",
          "Quitéria", "Genilda", "Valdirene", "Edinalva", "Josefa Iraci", "Cremilda", "Lindaura", "Arlinda",
          "Orlandina", "Wilma Kelly", "Deiziane", "Elizângela"]
PT_M = ["José Carlos", "Antônio", "Francisco", "João Paulo", "Luiz", "Roberto", "Ricardo", "Rodrigo", "Eduardo",
        "Fábio", "Gustavo", "Thiago", "Rafael", "Lucas", "Mateus", "Gabriel", "Vinícius", "Diego", "Anderson",
        "Márcio", "Raimundo", "Sebastião", "Benedito", "Edson", "Gilberto", "Reinaldo", "Moacir", "Cícero",
        "Severino", "Damião", "Josué", "Heitor", "Miguel", "Arthur", "João Batista", "Francisco de Assis"]
RARE_M = ["Adenilson", "Jocimar", "Zenóbio", "Edinaldo", "Claudenor", "Gleidson", "Rivaldo", "Valdenor",
          "Deusdete", "Erivelton", "Gedeão", "Jusselino", "Laércio", "Nerivaldo", "Quintino", "Rosivaldo",
          "Sidclei", "Tibúrcio", "Ubiratan", "Wanderson Kaiky", "Zaqueu", "Aristeu", "Belarmino", "Dagoberto",
          "Epaminondas", "Gumercindo", "Jeová", "Luzimar", "Onofre", "Pancrácio", "Rubisley", "Welisson",
          "Kauãn", "Jhonatan", "Cleverson", "Adeildo", "Marivaldo", "Edivan"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Ferreira", "Almeida", "Pereira", "Costa", "Rodrigues",
          "Martins", "Carvalho", "Gomes", "Ribeiro", "Alves", "Araújo", "Barbosa", "Cardoso", "Barros",
          "Batista", "Moraes", "Monteiro", "Siqueira", "Dias", "Fonseca", "Nascimento", "Mendes", "Teixeira",
          "Moreira", "Nogueira", "Campos", "Conceição", "Macedo", "Freitas"]
RARE_SUR = ["Quaresma", "Bezerril", "Catunda", "Esmeraldino", "Frazão", "Gurgel", "Ibiapina", "Jatobá",
            "Lustosa", "Macedônio", "Olinto", "Paraguassu", "Rebouças", "Sucupira", "Timbó", "Uchôa",
            "Xenofonte", "Zuza", "Anacleto", "Damasceno", "Feitosa", "Guabiraba", "Itaparica", "Jucá",
            "Arruda Câmara", "Dantas Vilar", "Benevides", "Carneiro Leão", "Vasconcelos Aranha", "Tabosa",
            "Cajazeiras", "Mangueira", "Sertório", "Brasilino", "Honorato", "Remígio"]
WORD_F = ["Rosa", "Vitória", "Flor", "Luz", "Aurora", "Pilar", "Esperança", "Glória"]
WORD_M = ["Bento", "Prudente", "Amado", "Branco", "Leão", "Pio"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Bento", "Amado", "Luz", "Paredes", "Madeira", "Pedreira",
            "Mourão", "Rocha", "Pilar", "Calçada", "Ferro", "Cordeiro", "Pinheiro"]
NICK = {"José Carlos": "Zé Carlos", "Antônio": "Toninho", "Francisco": "Chico", "Raimundo": "Mundinho",
        "Sebastião": "Tião", "Benedito": "Dito", "Severino": "Biu", "Damião": "Dami", "Gumercindo": "Gumercindo",
        "Epaminondas": "Paminondas", "Zenóbio": "Zé Nóbio", "Aristeu": "Teteu", "Maria José": "Zezé",
        "Maria das Graças": "Gracinha", "Francisca": "Chica", "Antônia": "Toinha", "Quitéria": "Quita",
        "Adalgisa": "Gisa", "Josefa Iraci": "Zefa", "Luiz": "Lula", "Gilberto": "Giba", "Edson": "Edinho",
        "Jocimar": "Joci", "Rivaldo": "Riva", "Francisco de Assis": "Chicão", "João Batista": "Batista"}
FOREIGN = {
    "it": (["Graziella", "Loredana", "Pierina"], ["Angelo", "Giuseppe", "Ettore"],
           ["Zanella", "Tomasi", "Pegoraro", "Dal Molin", "Benedetti", "Bortolotto"]),
    "de": (["Hildegard", "Ingrid", "Elke"], ["Helmut", "Arno", "Egon"],
           ["Schmitt", "Wolff", "Kuhn", "Hillesheim", "Zimmermann", "Gerhardt"]),
    "jp": (["Keiko", "Yumi", "Harumi"], ["Massao", "Tadashi", "Hideo"],
           ["Higa", "Nakamura", "Shimabukuro", "Fujita", "Kaneshiro"]),
    "ar": (["Samira", "Jamile", "Rania"], ["Jorge Elias", "Nagib", "Fuad"],
           ["Jafet", "Saad", "Chammas", "Hajjar", "Rahal", "Kalil"]),
    "kr": (["Eun-ji", "Soo-yeon"], ["Dong-hyun", "Min-ho"], ["Park", "Lee", "Kang"]),
    "cn": (["Mei", "Yan"], ["Jun", "Wei"], ["Wang", "Liu", "Zhang"]),
    "ht": (["Nadège", "Wideline", "Fabienne"], ["Wisly", "Jean-Robert", "Makenson", "Dieunel"],
           ["Pierre-Louis", "Jean-Baptiste", "Saint-Fleur", "Moïse", "Louissaint", "Thermidor"]),
    "sn": (["Awa", "Mariama", "Ndeye"], ["Modou", "Babacar", "Ibrahima"], ["Diallo", "Seck", "Mbaye", "Faye"]),
    "ao": (["Nsimba", "Ngueve"], ["Kalunga", "Mavungo", "Nzinga Manuel"], ["Kiangebeni", "Ngola", "Kassoma", "Cambuta"]),
    "bo": (["Wara", "Lidia", "Sonia"], ["Edwin", "Ramiro", "Felix"], ["Mamani", "Condori", "Choque", "Quispe"]),
    "in": (["Tainá", "Moema", "Jandira"], ["Raoni", "Ubiraci", "Kauê"], ["Guajajara", "Terena", "Pataxó", "Baniwa", "Potiguara"]),
    "jw": (["Ester", "Sara", "Miriam"], ["Moisés", "Jacó", "Benjamin"], ["Rosenthal", "Feldman", "Szajman", "Goldfarb"]),
    "ve": (["Yusmary", "Oriana", "Dayana"], ["Yorman", "Josmar", "Leonel"], ["Rangel", "Pérez Lugo", "Guanipa", "Urdaneta"]),
    "pl": (["Wanda", "Halina", "Irena"], ["Stanislau", "Casimiro", "Bronislau"], ["Kowalski", "Wojcik", "Nowak", "Sobczak"]),
}
RARE_ORIGINS = ("ht", "sn", "ao", "bo", "in", "ve", "pl", "jw")
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in RARE_ORIGINS:
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])
RARE.update(v for k, v in NICK.items() if k in RARE_F + RARE_M)

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Costa", "Rosa", "Luz", "Silva", "Conceição", "Rocha", "Madeira", "Calçada", "Fonseca", "Mangueira"}
DO_SUR = {"Nascimento", "Pilar", "Sucupira", "Amado", "Timbó"}
DOS_SUR = {"Santos", "Campos"}
DE_SUR = {"Oliveira", "Souza", "Almeida", "Lima", "Barros", "Moraes", "Macedo", "Freitas", "Paredes", "Jesus",
          "Quaresma", "Paraguassu", "Lustosa", "Pinheiro", "Carvalho", "Araújo"}


def particle(surname: str) -> str | None:
    for group, p in ((DA_SUR, "da"), (DO_SUR, "do"), (DOS_SUR, "dos"), (DE_SUR, "de")):
        if surname in group:
            return p
    return None


DDDS = ["11", "12", "13", "15", "16", "17", "19", "21", "24", "27", "31", "34", "35", "38", "41", "42", "43",
        "44", "47", "48", "49", "51", "54", "55", "61", "62", "63", "65", "67", "68", "71", "73", "77", "79",
        "81", "82", "83", "84", "85", "86", "87", "91", "92", "94", "96", "98"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Estrada", "Rodovia",
                "Praça", "Viela", "Servidão", "Quadra"]
STREET_NAMES = ["Barão de Mauá", "Doutor Bento Amaral", "das Paineiras", "Prudente de Morais", "Flor de Maio",
                "Engenheiro Rebouças", "Mestre Valdenor Catunda", "Coronel Aristeu Frazão", "da Aurora",
                "Pedreira Velha", "dos Pedreiros", "Sete de Setembro", "Tiradentes", "Rosa Amado",
                "Professora Edileuza Gurgel", "São Benedito", "Padre Cícero", "do Cimento", "Ipiranga",
                "Irmã Dulce", "Vereador Onofre Jatobá", "Marechal Deodoro", "Vinte e Um de Abril",
                "Luz del Fuego", "das Madeireiras", "Santos Dumont", "Joaquim Nabuco", "Dom Bosco",
                "Nossa Senhora do Pilar", "Ana Néri", "Vitória Régia", "do Mourão", "Castro Alves"]
CITIES = [("Presidente Prudente", "SP"), ("Bento Gonçalves", "RS"), ("Vitória da Conquista", "BA"),
          ("Rio Branco", "AC"), ("Pilar", "AL"), ("Aurora", "CE"), ("Esperança", "PB"), ("Flores da Cunha", "RS"),
          ("Campinas", "SP"), ("Sorocaba", "SP"), ("Uberlândia", "MG"), ("Montes Claros", "MG"), ("Betim", "MG"),
          ("Contagem", "MG"), ("Joinville", "SC"), ("Chapecó", "SC"), ("Caxias do Sul", "RS"), ("Canoas", "RS"),
          ("Cascavel", "PR"), ("Ponta Grossa", "PR"), ("Feira de Santana", "BA"), ("Caruaru", "PE"),
          ("Jaboatão dos Guararapes", "PE"), ("Mossoró", "RN"), ("Campina Grande", "PB"), ("Teresina", "PI"),
          ("Imperatriz", "MA"), ("Ananindeua", "PA"), ("Manaus", "AM"), ("Porto Velho", "RO"),
          ("Aparecida de Goiânia", "GO"), ("Anápolis", "GO"), ("Cuiabá", "MT"), ("Campo Grande", "MS"),
          ("Serra", "ES"), ("São Gonçalo", "RJ"), ("Nova Iguaçu", "RJ"), ("Taubaté", "SP")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN",
       "PB", "MT", "MS", "PI", "SE", "AL", "TO", "RO", "AC", "AP", "RR"]
BAIRROS = ["Jardim Aurora", "Vila Rosa", "Centro", "Bela Vista", "Parque das Paineiras", "Alto do Pilar",
           "Conjunto Habitacional Esperança", "Vila Operária", "Jardim Bento", "Loteamento Flor do Campo",
           "Cidade Nova", "Residencial Prudente"]
CIDS_TRAUMA = ["S62.6", "S82.2", "S92.3", "T14.1", "S06.0", "S42.0", "S61.0", "W12", "W13.9", "S32.0",
               "T23.2", "S52.5", "S13.4", "S83.2", "T26.1"]
CIDS_OCUP = ["M54.5", "M75.1", "J45.9", "J62.8", "H83.3", "L24.9", "M77.1", "I10", "E11.9", "Z57.0",
             "F10.2", "Z10.0", "J30.4", "A90", "R51"]


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
        if self.given.startswith(("Maria d", "Francisco de", "Jorge Elias", "Nzinga")):
            return self.given
        return self.given.split()[0]

    @property
    def last(self) -> str:
        return [s for s in self.surnames if s not in SUFFIXES and s not in PARTICLES][-1]

    @property
    def short(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def caps(self) -> str:
        return fold(self.full).upper()

    @property
    def caps_acc(self) -> str:
        return self.full.upper()

    @property
    def low(self) -> str:
        return fold(self.full).lower()

    @property
    def plain(self) -> str:
        return fold(self.full)

    @property
    def inverted(self) -> str:
        sur = [s for s in self.surnames if s not in PARTICLES]
        return fold(f"{' '.join(sur)}, {self.given}").upper()

    @property
    def inverted_title(self) -> str:
        return f"{self.last.upper()}, {self.given}"

    @property
    def nick(self) -> str:
        return NICK.get(self.given, NICK.get(self.first, self.first))

    @property
    def o(self) -> str:
        return "a" if self.female else "o"


def name_form(g: "Gen", p: Person, forms: list[str] | None = None) -> str:
    form = g.pick(forms or ["full", "full", "full", "short", "caps", "low", "plain", "first"])
    return {"full": p.full, "short": p.short, "caps": p.caps, "capsacc": p.caps_acc, "low": p.low, "plain": p.plain,
            "inverted": p.inverted, "inv_title": p.inverted_title, "first": p.first, "last": p.last,
            "nick": p.nick, "lowfirst": fold(p.first).lower(), "capsshort": fold(p.short).upper(),
            "lowshort": fold(p.short).lower()}[form]


class Gen:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)

    def d(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def ri(self, a: int, b: int) -> int:
        return self.rng.randint(a, b)

    def hexs(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def neg(self, n: int) -> str:
        """n digits that pass no identifier check of that length."""
        while True:
            v = str(self.rng.randint(1, 9)) + self.d(n - 1)
            if n == 11 and (cpf_ok(v) or pis_dv(v[:10]) == v[10] or cnh_dv(v[:9]) == v[9:]):
                continue
            if n == 12 and titulo_dv(v[:8], v[8:10]) == v[10:]:
                continue
            if n == 14 and cnpj_dv(v[:12]) == v[12:]:
                continue
            if n == 15 and cns_ok(v):
                continue
            if n == 16 and luhn_dv(v[:15]) == v[15]:
                continue
            return v

    # ----------------------------------------------------------------- people
    def surname(self) -> str:
        r = self.rng.random()
        if r < 0.36:
            return self.pick(RARE_SUR)
        if r < 0.50:
            return self.pick(WORD_SUR)
        return self.pick(PT_SUR)

    def person(self, female: bool | None = None, origin: str | None = None, word: bool = False) -> Person:
        rng = self.rng
        female = rng.random() < 0.45 if female is None else female
        if origin is None:
            origin = "pt" if rng.random() < 0.68 else self.pick(sorted(FOREIGN))
        if origin == "pt":
            if word or rng.random() < 0.09:
                given = self.pick(WORD_F if female else WORD_M)
            elif rng.random() < 0.42:
                given = self.pick(RARE_F if female else RARE_M)
            else:
                given = self.pick(PT_F if female else PT_M)
            if rng.random() < 0.1 and " " not in given:
                second = self.pick(RARE_F + WORD_F if female else RARE_M + PT_M).split()[0]
                if second != given:
                    given += " " + second
            k = self.pick([1, 2, 2, 2, 3])
            surnames: list[str] = []
            while len(surnames) < k:
                s = self.pick(WORD_SUR) if (word and not surnames) else self.surname()
                if s not in surnames and s not in given.split():
                    surnames.append(s)
            if rng.random() < 0.35:
                pos = rng.randint(0, len(surnames) - 1)
                p = particle(surnames[pos])
                if p:
                    surnames.insert(pos, p)
            if len(surnames) >= 2 and rng.random() < 0.04 and surnames[-2] not in PARTICLES:
                surnames.insert(len(surnames) - 1, "e")
            if not female and rng.random() < 0.06:
                surnames.append(self.pick(SUFFIXES))
        else:
            fs, ms, sur = FOREIGN[origin]
            if rng.random() < 0.3 and origin not in ("kr", "cn"):
                given = self.pick(PT_F + RARE_F if female else PT_M + RARE_M)
            else:
                given = self.pick(fs if female else ms)
            surnames = [self.pick(sur)]
            if rng.random() < 0.4:
                surnames.insert(0, self.surname())
        return Person(given, surnames, female)

    def relative(self, of: Person, female: bool | None = None) -> Person:
        female = self.chance(0.5) if female is None else female
        p = self.person(female=female, origin="pt")
        own = [s for s in p.surnames if s not in PARTICLES and s not in SUFFIXES][:1]
        return Person(p.given, [s for s in own if s != of.last] + [of.last], female)

    def email(self, p: Person, domain: str | None = None) -> str:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower())
        l = re.sub(r"[^a-z]", "", fold(p.last).lower())
        user = self.pick([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}_{l}{self.d(2)}", f"{f}{self.d(4)}",
                          f"{l}.{f}", f"{f}.{l}{self.rng.randint(70, 99)}", f"{f}{l[:4]}", f"{f[0]}.{l}",
                          f"{f}.obras", f"{f}{l}{self.rng.randint(1, 9)}"])
        domain = domain or self.pick(["gmail.com", "gmail.com", "gmail.com", "hotmail.com", "yahoo.com.br",
                                      "outlook.com", "bol.com.br", "uol.com.br", "icloud.com", "terra.com.br"])
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
        return {"dot": fmt_cpf(n), "raw": n, "sp": f"{n[:3]} {n[3:6]} {n[6:9]} {n[9:]}",
                "slash": f"{n[:9]}/{n[9:]}"}[style]

    def bad_cpf(self, style: str = "raw") -> str:
        n = self.neg(11)
        return fmt_cpf(n) if style == "dot" else n

    def cnpj(self, style: str = "dot", alnum: bool = False) -> str:
        if alnum:
            chars = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
            b = "".join(self.pick(chars) for _ in range(8)) + self.pick(["0001", "0001", "A001", "0B01"])
        else:
            b = self.d(8) + self.pick(["0001", "0001", "0001", "0002", "0003"])
        n = b + cnpj_dv(b)
        return f"{n[:2]}.{n[2:5]}.{n[5:8]}/{n[8:12]}-{n[12:]}" if style == "dot" else n

    def rg(self, style: str | None = None) -> str:
        b = self.d(8)
        n = b + rg_sp_dv(b)
        style = style or self.pick(["dot", "dot", "raw"])
        return f"{n[:2]}.{n[2:5]}.{n[5:8]}-{n[8]}" if style == "dot" else n

    def cnh(self) -> str:
        while True:
            b = str(self.rng.randint(0, 9)) + self.d(8)
            dv = cnh_dv(b)
            if dv:
                return b + dv

    def pis(self, style: str | None = None) -> str:
        b = self.pick(["1", "1", "2"]) + self.d(9)
        n = b + pis_dv(b)
        style = style or self.pick(["dot", "raw"])
        return f"{n[:3]}.{n[3:8]}.{n[8:10]}-{n[10]}" if style == "dot" else n

    def titulo(self, spaced: bool | None = None) -> str:
        b = self.d(8)
        uf = f"{self.rng.randint(1, 28):02d}"
        n = b + uf + titulo_dv(b, uf)
        spaced = self.chance(0.5) if spaced is None else spaced
        return f"{n[:4]} {n[4:8]} {n[8:]}" if spaced else n

    def cns_digits(self) -> str:
        while True:
            b = self.pick("789") + self.d(13)
            last = -sum(int(c) * w for c, w in zip(b, range(15, 1, -1))) % 11
            if last < 10:
                return b + str(last)

    def cns(self, spaced: bool | None = None) -> str:
        n = self.cns_digits()
        spaced = self.chance(0.5) if spaced is None else spaced
        return f"{n[:3]} {n[3:7]} {n[7:11]} {n[11:]}" if spaced else n

    def cep(self, dash: bool = True) -> str:
        n = str(self.rng.randint(1, 9)) + self.d(7)
        return f"{n[:5]}-{n[5:]}" if dash else n

    def phone(self, style: str | None = None, mobile: bool = True) -> str:
        ddd = self.pick(DDDS)
        local = ("9" + str(self.rng.randint(6, 9)) + self.d(7)) if mobile else (str(self.rng.randint(2, 5)) + self.d(7))
        h, t = local[:-4], local[-4:]
        style = style or self.pick(["par", "plus", "plain", "e164", "raw", "dash", "par", "par", "nospace"])
        return {"par": f"({ddd}) {h}-{t}", "plus": f"+55 {ddd} {h}-{t}", "plain": f"{ddd} {h}-{t}",
                "e164": f"+55{ddd}{local}", "raw": f"{ddd}{local}", "dash": f"{ddd}-{h}-{t}",
                "sp": f"{ddd} {h} {t}", "cc": f"55{ddd}{local}", "nospace": f"({ddd}){h}-{t}",
                "zero": f"0{ddd} {h}-{t}"}[style]

    def card(self, spaced: bool = True) -> str:
        b = self.pick(["4", "5", "5", "6"])
        b += self.d(14)
        n = b + luhn_dv(b)
        return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if spaced else n

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def plate(self, old: bool | None = None) -> str:
        L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        a = "".join(self.pick(L) for _ in range(3))
        old = self.chance(0.4) if old is None else old
        if old:
            return f"{a}-{self.d(4)}" if self.chance(0.8) else f"{a}{self.d(4)}"
        return f"{a}{self.d(1)}{self.pick(L)}{self.d(2)}"

    def agency(self, dv: bool | None = None) -> str:
        dv = self.chance(0.3) if dv is None else dv
        return f"{self.d(4)}-{self.d(1)}" if dv else self.d(4)

    def account(self, dv: bool | None = None) -> str:
        dv = self.chance(0.75) if dv is None else dv
        body = str(self.rng.randint(1, 9)) + self.d(self.rng.randint(4, 8))
        return f"{body}-{self.pick('0123456789X')}" if dv else body

    def ip(self) -> str:
        first = self.pick([177, 179, 186, 187, 189, 191, 200, 201, 138, 152, 170, 45, 131, 143, 168])
        return f"{first}.{self.rng.randint(0, 255)}.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}"

    def street_parts(self) -> tuple[str, str, str, str]:
        t = self.pick(STREET_TYPES)
        name = self.pick(STREET_NAMES)
        num = str(self.rng.randint(3, 3999)) if self.chance(0.92) else "s/n"
        comp = self.pick(["", "", "", f"apto {self.rng.randint(11, 1204)}", f"casa {self.rng.randint(1, 9)}",
                          f"bloco {self.pick('ABCDE')} apto {self.rng.randint(11, 408)}", "fundos",
                          f"qd {self.rng.randint(1, 40)} lt {self.rng.randint(1, 30)}", f"torre {self.rng.randint(1, 4)} ap {self.rng.randint(11, 1804)}"])
        return t, name, num, comp

    def address(self, style: str = "text") -> str:
        t, name, num, comp = self.street_parts()
        if style == "caps":
            return fold(f"{t} {name}, {num}" + (f", {comp}" if comp else "")).upper()
        if style == "low":
            abbr = {"Rua": "r", "Avenida": "av", "Travessa": "tv", "Alameda": "al", "Estrada": "estr"}
            s = f"{abbr.get(t, t)} {name} " + (num if num != "s/n" else "sn") + (f" {comp}" if comp else "")
            return fold(s).lower()
        if style == "spoken":
            s = f"{t} {name} " + ("sem número" if num == "s/n" else f"número {num}") + (f" {comp}" if comp else "")
            return s.lower()
        abbr = {"Rua": "R.", "Avenida": "Av.", "Travessa": "Tv.", "Alameda": "Al.", "Estrada": "Estr."}
        if self.chance(0.3) and t in abbr:
            t = abbr[t]
        sep = self.pick([", ", ", nº ", " ", ", n. "])
        return f"{t} {name}{sep}{num}" + (self.pick([", ", " - ", " "]) + comp if comp else "")

    def city(self) -> tuple[str, str]:
        return self.pick(CITIES)

    def dob(self, fmt: str | None = None, lo: int = 1952, hi: int = 2006) -> str:
        dd, mm, yy = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(lo, hi)
        fmt = fmt or self.pick(["br", "br", "iso", "short", "long", "nopad", "dot"])
        return fmt_date(dd, mm, yy, fmt)

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        y = year or self.pick([2024, 2025, 2025, 2026])
        return fmt_date(self.rng.randint(1, 28), self.rng.randint(1, 12), y, fmt)

    def hm(self) -> str:
        return f"{self.rng.randint(6, 22):02d}:{self.rng.randint(0, 59):02d}"

    def hms(self) -> str:
        return f"{self.rng.randint(0, 23):02d}:{self.rng.randint(0, 59):02d}:{self.rng.randint(0, 59):02d}"

    def times(self, n: int, lo: int = 6 * 3600, hi: int = 22 * 3600) -> list[str]:
        secs = sorted(self.rng.sample(range(lo, hi), n))
        return [f"{x // 3600:02d}:{x % 3600 // 60:02d}" for x in secs]

    def money(self, lo: int = 20, hi: int = 50000) -> str:
        v = self.rng.randint(lo * 100, hi * 100)
        r, c = divmod(v, 100)
        return f"{r:,}".replace(",", ".") + f",{c:02d}"

    def cnj(self, seg: str | None = None) -> str:
        seg = seg or self.pick(["8.26", "8.16", "8.13", "5.02", "5.15", "8.19", "8.05", "5.04", "8.24", "8.09"])
        return f"{self.d(7)}-{self.d(2)}.{self.rng.randint(2019, 2026)}.{seg}.{self.d(4)}"

    def protocol(self) -> str:
        return self.pick([f"{self.rng.randint(2024, 2026)}{self.d(8)}", self.neg(11), f"{self.d(3)}.{self.d(3)}.{self.d(3)}",
                          f"#{self.d(7)}", self.neg(12), f"AT-{self.d(6)}", f"PV{self.d(8)}"])

    def council(self, kind: str = "CRM", uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.rng.randint(1000, 259999)
        dotted = f"{n:,}".replace(",", ".")
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} {n}", f"OAB-{uf} {n}", f"OAB {uf} {dotted}"])
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {dotted}-ENF", f"COREN-{uf} {n}-TE"])
        if kind == "CREA":
            return self.pick([f"CREA-{uf} {self.rng.randint(5060000000, 5071999999)}", f"CREA/{uf} {dotted}/D",
                              f"CREA-{uf} {n}-D", f"CREA {uf} {dotted}"])
        if kind == "CAU":
            return self.pick([f"CAU A{self.rng.randint(10000, 299999)}-{self.d(1)}", f"CAU/{uf} A{self.rng.randint(10000, 299999)}-{self.d(1)}",
                              f"CAU/BR A{self.rng.randint(10000, 299999)}-{self.d(1)}"])
        if kind == "CRECI":
            return self.pick([f"CRECI/{uf} {n}-F", f"CRECI-{uf} {dotted}", f"CRECI {uf} {n}-F", f"CRECI {n}-F/{uf}"])
        if kind == "CRP":
            return f"CRP {self.rng.randint(1, 23):02d}/{self.d(5)}"
        if kind == "CREFITO":
            return f"CREFITO-{self.rng.randint(1, 16)} {self.d(6)}-F"
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dotted}", f"CRM/{uf} {dotted}"])


def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def fmt_date(dd: int, mm: int, yy: int, fmt: str) -> str:
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}", "compact": f"{yy}{mm:02d}{dd:02d}",
            "short": f"{dd:02d}/{mm:02d}/{yy % 100:02d}", "long": f"{dd} de {MONTHS[mm - 1]} de {yy}",
            "dash": f"{dd:02d}-{mm:02d}-{yy}", "nopad": f"{dd}/{mm}/{yy}", "dot": f"{dd:02d}.{mm:02d}.{yy}",
            "caps": f"{dd} DE {fold(MONTHS[mm - 1]).upper()} DE {yy}", "my": f"{mm:02d}/{yy}"}[fmt]


OCR_LETTERS = [("m", "rn"), ("rn", "m"), ("d", "cl"), ("e", "c"), ("í", "i"), ("ã", "a"), ("ç", "c"),
               ("é", "e"), ("I", "l"), ("n", "ri"), ("u", "ii"), ("o", "ó"), ("l", "I")]
OCR_DIGITS = [("0", "O"), ("1", "l"), ("5", "S"), ("8", "B"), ("1", "I"), ("0", "o")]
OCR_UNDO = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8", "|": "1"})


def ocr(s: str, g: Gen, rate: float = 0.35, digits: bool = False) -> str:
    """Apply one or two OCR confusions: letters in names and words, digit/letter in identifiers."""
    table = OCR_DIGITS if digits else OCR_LETTERS
    for _ in range(2):
        if not g.chance(rate * (2 if digits else 1)):
            continue
        opts = [(a, b) for a, b in table if a in s]
        if not opts:
            continue
        a, b = g.pick(opts)
        idx = [m.start() for m in re.finditer(re.escape(a), s)]
        i = g.pick(idx)
        s = s[:i] + b + s[i + len(a):]
    return s


def jstr(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)[1:-1]


# --------------------------------------------------------------------------- document builder

MARK = re.compile(r"«(\w+)»")


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
        """Append `template`; «key» takes vals[key]: a (value, LABEL) tuple is a gold span,
        a (value, None) tuple or a plain value is text."""
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
        pad = " " * max(0, width - len(s))
        if right:
            self.t(pad)
        self.e(s, label)
        if not right:
            self.t(pad)
        return self


def P(s: str):
    return (s, "PERSON")


def V(s) -> tuple:
    return (str(s), None)


def table_ruled(doc: Doc, cols: list[str], rows: list[list[tuple]], style: str = "plus") -> None:
    """Fixed-width table: '+---+' rulers (style plus), psql-like (psql) or bare columns (bare)."""
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
    else:
        doc.t("  ".join(c.upper().ljust(w) for c, w in zip(cols, widths)).rstrip() + "\n")
        doc.t("  ".join("=" * w for w in widths) + "\n")
        for r in rows:
            for k, ((v, lab), w) in enumerate(zip(r, widths)):
                if k:
                    doc.t("  ")
                doc.cell(v, w if k < len(widths) - 1 else 0, lab)
            doc.t("\n")


def table_csv(doc: Doc, cols: list[str] | None, rows: list[list[tuple]], sep: str = ";") -> None:
    if cols:
        doc.t(sep.join(cols) + "\n")
    for r in rows:
        for k, (v, lab) in enumerate(r):
            if k:
                doc.t(sep)
            q = sep in v or '"' in v or "\n" in v
            if q:
                doc.t('"')
            doc.e(v.replace('"', '""'), lab)
            if q:
                doc.t('"')
        doc.t("\n")


def corp_mail(p: Person, dom: str) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return f"{f}.{l}@{dom}"


def login(p: Person) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return f"{f[0]}{l}"


def first_last(p: Person) -> tuple[str, str]:
    return p.given, " ".join(p.surnames)


def nfe_key(g: Gen) -> str:
    k = g.d(44)
    return " ".join(k[i:i + 4] for i in range(0, 44, 4))


def boleto_line(g: Gen) -> str:
    return f"{g.d(5)}.{g.d(5)} {g.d(5)}.{g.d(6)} {g.d(5)}.{g.d(6)} {g.d(1)} {g.d(14)}"


def cno(g: Gen) -> str:
    return f"{g.d(2)}.{g.d(3)}.{g.d(5)}/{g.d(2)}"


def ctps(g: Gen) -> str:
    return g.pick([f"{g.d(7)} série {g.d(4)}-{g.pick(UFS)}", f"{g.d(7)}/{g.d(4)}", f"digital ({g.neg(11)})"])


def art_no(g: Gen) -> str:
    return g.pick([f"2{g.d(3)}{g.d(9)}", f"MG2{g.d(7)}", f"{g.d(13)}"])


def matricula_imovel(g: Gen) -> str:
    return f"{g.ri(10, 240)}.{g.d(3)}"


# --------------------------------------------------------------------------- the register's vocabulary

BUILDERS = ["Construtora Paredes & Madeira Ltda", "Incorporadora Aurora SPE Ltda", "Rocha Pilar Engenharia S.A.",
            "Construtora Bento Amaral Ltda", "MRZ Empreendimentos Imobiliários S.A.", "Construtora Flor do Campo Ltda",
            "Gurgel & Frazão Construções", "Pinheiro Leão Incorporações", "Construtora Esperança Habitacional",
            "Zanella Engenharia e Obras Ltda"]
DEVELOPMENTS = ["Residencial Jardim Aurora", "Condomínio Vitória Régia", "Residencial Bento Amaral",
                "Edifício Dona Flor", "Parque das Paineiras", "Residencial Pilar do Sul", "Vila Esperança II",
                "Condomínio Rosa dos Ventos", "Edifício Prudente de Morais", "Residencial Luz do Sol",
                "Conjunto Monte Amado", "Reserva Madeira Nobre"]


def builder_domain(b: str, g: Gen) -> str:
    words = [w for w in re.findall(r"[A-Za-zÀ-ú]+", b) if w not in ("Construtora", "Incorporadora", "Ltda", "SPE", "S", "A",
                                                                      "Engenharia", "Empreendimentos", "Imobiliários")]
    return re.sub(r"[^a-z]", "", fold(words[0]).lower()) + g.pick([".com.br", "eng.com.br", ".eng.br", "construtora.com.br"])


SUPPLIERS = ["Andaimes Rocha Locações Ltda", "Betoneiras Bortolotto ME", "Locadora Pedreira Equipamentos",
             "Concreteira Leão Forte", "Cerâmica Prudente", "Madeireira São Benedito", "Depósito Flor do Campo Materiais",
             "Ferro & Aço Gurgel", "Calçada Terraplenagem", "Hidráulica Mourão", "Elétrica Luz Forte"]
SUBCONTRACTORS = ["Empreiteira Jatobá Serviços", "Feitosa Acabamentos ME", "Gesso Quaresma", "Pinturas Arco-Íris",
                  "Instaladora Raio de Luz", "Impermeabiliza Brasil", "Montagens Sucupira", "Alvenaria Catunda & Filhos"]
FUNCOES = ["servente", "pedreiro", "mestre de obras", "carpinteiro", "armador", "eletricista", "encanador",
           "pintor", "gesseiro", "azulejista", "operador de betoneira", "apontador", "almoxarife", "ajudante geral",
           "encarregado de obra", "técnico de edificações", "soldador", "operador de guindaste"]
DEFEITOS = ["infiltração na parede da sala", "fissura diagonal no quarto", "piso cerâmico estufado",
            "vazamento no ralo do banheiro", "porta de madeira empenada", "descolamento do reboco da fachada",
            "mofo no teto do dormitório", "esquadria da janela com infiltração", "trinca no pilar da garagem",
            "caimento errado no box", "tomada sem aterramento", "rachadura na calçada da entrada",
            "umidade ascendente no rodapé", "telha quebrada com goteira"]
WORD_USES = ["as paredes estão com fissuras", "a madeira do escoramento já foi retirada",
             "o pilar P14 apresentou segregação do concreto", "a calçada precisa ser refeita",
             "a luz do canteiro ficou acesa a noite toda", "o mourão da cerca tombou",
             "seria prudente escorar de novo", "a rosa dos ventos do projeto", "a rocha aflorou na escavação",
             "a pedreira atrasou a brita", "a tinta branco gelo acabou", "deu luz verde para a concretagem",
             "foi uma vitória entregar no prazo", "a laje de cobertura ficou uma flor"]


def estado_civil(g: Gen, p: Person) -> str:
    return g.pick(["solteir", "casad", "casad", "divorciad", "viúv"]) + p.o


PROFS = [("auxiliar administrativo", "auxiliar administrativa"), ("professor", "professora"), ("motorista", "motorista"),
         ("técnico de enfermagem", "técnica de enfermagem"), ("vendedor", "vendedora"), ("operador de caixa", "operadora de caixa"),
         ("eletricista", "eletricista"), ("analista de sistemas", "analista de sistemas"), ("autônomo", "autônoma"),
         ("cabeleireiro", "cabeleireira"), ("policial militar", "policial militar"), ("mecânico", "cozinheira"),
         ("enfermeiro", "enfermeira"), ("servidor público", "servidora pública"), ("comerciante", "comerciante"),
         ("pedreiro", "diarista"), ("técnico em edificações", "arquiteta")]


def profissao(g: Gen, p: Person | None = None) -> str:
    pair = g.pick(PROFS)
    return pair[1] if (p is not None and p.female) else pair[0]


def spouse_of(g: Gen, p: Person) -> Person:
    return g.relative(p, female=not p.female) if g.chance(0.6) else g.person(female=not p.female)


def wa_time(g: Gen, day: str, t: str, style: int) -> str:
    return f"[{day} {t}]" if style == 0 else f"{day} {t} -"


# =========================================================================== atendimento

def at_stand(g: Gen) -> Doc:
    """Sales-stand lead form (ficha de atendimento do plantão), filled by the broker."""
    doc = Doc()
    c, br, ger = g.person(), g.person(), g.person()
    dev = g.pick(DEVELOPMENTS)
    city, uf = g.city()
    doc.f("«b»\nFICHA DE ATENDIMENTO — PLANTÃO DE VENDAS\nEmpreendimento: «dev» (torre «tr», «m2» m², «q» dorms)    "
          "Data: «d»   Hora: «h»\nCorretor(a): «cor» — «creci»     Imobiliária parceira: «imob»\n",
          b=g.pick(BUILDERS).upper(), dev=dev, tr=g.ri(1, 4), m2=g.ri(38, 82), q=g.pick([1, 2, 2, 3]), d=g.date("br"), h=g.hm(),
          cor=P(name_form(g, br, ["full", "full", "short"])), creci=(g.council("CRECI"), "PROFESSIONAL_ID"),
          imob=g.pick(["Lopes Aurora Imóveis", "Imobiliária Prudente", "Rede Pilar Negócios Imobiliários", "própria"]))
    k = g.ri(0, 3)
    if k == 0:
        doc.f("Como conheceu: [ ] placa [x] Instagram [ ] panfleto [ ] indicação\n")
    elif k == 1:
        doc.f("Como conheceu: [ ] placa [ ] Instagram [ ] panfleto [x] indicação de «i» (já comprou no «o»)\n",
              i=P(name_form(g, g.person(), ["full", "short", "first"])), o=g.pick(DEVELOPMENTS))
    else:
        doc.f("Como conheceu: passou na frente do stand / viu a placa na Av. «s»\n", s=g.pick(STREET_NAMES))
    cpf_style = g.pick(["dot", "raw"])
    doc.f("\n--- DADOS DO CLIENTE ---\nNome: «n»\nCPF: «cpf»    RG: «rg» «org»    Nasc.: «dob»\n",
          n=P(name_form(g, c, ["full", "full", "caps", "capsacc"])), cpf=(g.cpf(cpf_style), "BR_CPF"),
          rg=(g.rg(), "BR_RG"), org=g.pick(["SSP/SP", "SSP", "SESP/PR", "DETRAN", "SSP-BA"]), dob=(g.dob(g.pick(["br", "nopad", "short"]), 1960, 2003), "DATE_OF_BIRTH"))
    ec = estado_civil(g, c)
    if ec.startswith("casad"):
        sp = spouse_of(g, c)
        doc.f("Estado civil: «ec» c/ «s» (CPF «sc», nasc. «sd»)\n", ec=ec, s=P(name_form(g, sp, ["full", "short"])),
              sc=(g.cpf(cpf_style), "BR_CPF"), sd=(g.dob("br", 1960, 2003), "DATE_OF_BIRTH"))
    else:
        doc.f("Estado civil: «ec»\n", ec=ec)
    doc.f("Profissão: «p»    Renda bruta familiar: R$ «r»\nCel/WhatsApp: «t»    E-mail: «e»\n"
          "Endereço atual: «a» — «bai» — «city»/«uf» — CEP «cep»\nMora de aluguel? «al»\n",
          p=profissao(g, c), r=g.money(2200, 14000), t=(g.phone(g.pick(["par", "plain", "nospace"])), "PHONE_NUMBER"),
          e=(g.email(c), "EMAIL_ADDRESS"), a=(g.address(), "ADDRESS"), bai=g.pick(BAIRROS), city=city, uf=uf,
          cep=(g.cep(g.chance(0.8)), "BR_CEP"), al=g.pick([f"sim, R$ {g.money(500, 1800)}", "não, mora c/ os pais", "sim (cedido)"]))
    if g.chance(0.6):
        doc.f("FGTS: sim, «a» anos de carteira — PIS «pis»\n", a=g.ri(2, 19), pis=(g.pis(), "BR_PIS"))
    else:
        doc.f("FGTS: não tem / autônomo\n")
    doc.f("\nUnidade de interesse: apto «u» torre «tr» — tabela R$ «v» — entrada R$ «en» em «np»x\n"
          "Simulação Caixa nº «sim» — «res»\nObs.: «obs»\n\nGerente de vendas: «g»    Visto: ______\n",
          u=f"{g.ri(1, 18)}{g.ri(1, 8):02d}", tr=g.pick("ABCD12"), v=g.money(189000, 420000), en=g.money(5000, 40000), np=g.pick([12, 24, 36, 40]),
          sim=g.protocol(), res=g.pick(["aprovado Faixa 2", "em análise", "reprovado, restrição no SPC", "aguardando holerites"]),
          obs=g.pick(["quer andar alto, sol da manhã", "cliente achou a vaga de garagem apertada; retornar sábado",
                      "levou o folder e a planta do tipo 2", "perguntou se a Rua da Aurora vai ser asfaltada",
                      "seria prudente reservar a unidade até segunda", "vai trazer a mãe pra ver o decorado"]),
          g=P(name_form(g, ger, ["full", "short", "first"])))
    if g.chance(0.4):
        doc.f("Sinal (reserva): R$ «v» no cartão «cc» em «n»x — aut. «aut»\n", v=g.money(1000, 5000),
              cc=(g.card(g.chance(0.6)), "CREDIT_CARD"), n=g.pick([1, 3, 5, 10]), aut=g.d(6))
    return doc


def at_whatsapp(g: Gen) -> Doc:
    """WhatsApp export of an after-sales (assistência técnica) chat about defects after handover."""
    doc = Doc()
    c, at, tec = g.person(), g.person(), g.person(female=False)
    style = g.ri(0, 1)
    day = g.date("short" if style == 0 else "br")
    ts = g.times(11, 8 * 3600, 18 * 3600)
    bot = g.pick(["Construbot", "Assistente Virtual", "Lia (assistente digital)", "PósObra Bot"])
    brand = g.pick(BUILDERS).split(" Ltda")[0].split(" S.A.")[0]
    cname = g.pick([c.full, c.short, f"{c.first} {g.pick(['Apto', 'ap', 'apto'])} {g.ri(11, 1204)}", c.nick, c.first])
    cspan = cname.split(" Apto")[0].split(" ap")[0].split(" apto")[0]
    rest = cname[len(cspan):]
    clab = "PERSON"
    if g.chance(0.5):  # contact not saved in the company phone: the export shows the number
        cspan, rest, clab = g.phone("plus"), "", "PHONE_NUMBER"
    W = lambda i: wa_time(g, day, ts[i], style)
    doc.f("«w» «b»: Olá! Eu sou «bot», da Assistência Técnica «b». Para abrir um chamado informe o CPF do proprietário.\n",
          w=W(0), b=brand, bot=bot)
    doc.f("«w» ", w=W(1)).e(cspan, clab).t(rest).f(": «cpf»\n", cpf=(g.cpf(g.pick(["raw", "dot"])), "BR_CPF"))
    doc.f("«w» «b»: Encontrei a unidade «u» do «dev». Descreva o problema e envie fotos.\n",
          w=W(2), b=brand, u=f"{g.ri(1, 16)}{g.ri(1, 6):02d}", dev=g.pick(DEVELOPMENTS))
    d1, d2 = g.rng.sample(DEFEITOS, 2)
    doc.f("«w» ", w=W(3)).e(cspan, clab).t(rest).f(": «m»\n", m=g.pick([
        f"bom dia. {d1} e {d2}. ja abri chamado mes passado e ninguem veio",
        f"Boa tarde!! Apareceu {d1}, e agora com a chuva {d2} 😡",
        f"oi, {d1}. entreguei as chaves faz {g.ri(2, 11)} meses, ta na garantia ne?"]))
    doc.f("«w» ", w=W(4)).e(cspan, clab).t(rest).t(": <Mídia oculta>\n")
    doc.f("«w» «b»: Você está sendo transferido para um atendente humano.\n", w=W(5), b=brand)
    doc.f("«w» «b»: Olá, aqui é «a», da equipe de pós-obra. Confirma o endereço da unidade: «ad», CEP «cep»?\n",
          w=W(6), b=brand, a=P(name_form(g, at, ["first", "first", "full", "short"])),
          ad=(g.address(g.pick(["text", "text", "low"])), "ADDRESS"), cep=(g.cep(), "BR_CEP"))
    doc.f("«w» ", w=W(7)).e(cspan, clab).t(rest).f(": isso. se nao me achar liga no «t» ou no do meu «rel» «rn» «t2»\n",
                                                       t=(g.phone(g.pick(["plain", "raw", "par"])), "PHONE_NUMBER"),
                                                       rel=g.pick(["marido", "filho", "genro", "irmão"]), rn=P(g.relative(c, female=False).first),
                                                       t2=(g.phone(g.pick(["plain", "raw"])), "PHONE_NUMBER"))
    doc.f("«w» «b»: Chamado «p» aberto. Vistoria agendada com o técnico «tn» dia «dd» entre 8h e 12h. "
          "O laudo vai para o e-mail cadastrado («e»).\n",
          w=W(8), b=brand, p=g.pick([f"AT-{g.d(6)}", f"nº {g.d(7)}", f"#{g.d(5)}"]), tn=P(name_form(g, tec, ["full", "short", "first"])),
          dd=g.date("br"), e=(g.email(c), "EMAIL_ADDRESS"))
    doc.f("«w» ", w=W(9)).e(cspan, clab).t(rest).f(": «m»\n", m=g.pick([
        "ok obrigada", "blz. a vizinha do lado tambem ta com o mesmo problema, a ", "ta bom, vou deixar a chave com o porteiro"]))
    if doc.text.endswith("a \n"):
        doc.text = doc.text[:-1]
        doc.e(name_form(g, g.person(female=True), ["first", "full"]), "PERSON").f(" do «u»\n", u=f"{g.ri(1, 16)}{g.ri(1, 6):02d}")
    doc.f("«w» «b»: Atendimento encerrado. Avalie de 1 a 5 ⭐\n", w=W(10), b=brand)
    return doc


def at_vistoria(g: Gen) -> Doc:
    """Handover inspection record (termo de vistoria e entrega de chaves); a third are OCR'd scans."""
    doc = Doc()
    scan = g.chance(0.35)
    o = (lambda s: ocr(s, g)) if scan else (lambda s: s)
    od = (lambda s: ocr(s, g, digits=True)) if scan else (lambda s: s)
    c, eng = g.person(), g.person()
    doc.f("«b»\nTERMO DE VISTORIA E ENTREGA DE CHAVES\n\nEmpreendimento: «dev»   Unidade: «u»   Vaga(s): «v»\n"
          "Proprietário(a): «n»   CPF: «cpf»   RG: «rg»\n",
          b=g.pick(BUILDERS), dev=g.pick(DEVELOPMENTS), u=f"{g.ri(1, 16)}{g.ri(1, 6):02d} - Bloco {g.pick('ABC')}",
          v=g.pick(["G1-" + g.d(2), "S2-" + g.d(2), "descoberta " + g.d(2)]), n=P(o(name_form(g, c, ["full", "caps", "capsacc"]))),
          cpf=(od(g.cpf()), "BR_CPF"), rg=(g.rg("dot"), "BR_RG"))
    if g.chance(0.5):
        co = spouse_of(g, c)
        doc.f("Co-proprietário(a): «n»   CPF: «cpf»\n", n=P(o(name_form(g, co, ["full", "caps"]))), cpf=(od(g.cpf()), "BR_CPF"))
    if g.chance(0.3):
        pr = g.person()
        doc.f("Representado por procurador(a): «n», CPF «cpf» (procuração lavrada no «c» Tabelionato, livro «l», fls. «f»)\n",
              n=P(o(pr.full)), cpf=(od(g.cpf()), "BR_CPF"), c=g.ri(1, 9), l=g.ri(100, 999), f=g.ri(1, 399))
    doc.f("Vistoriador(a): Eng(a). «e» — «crea»\n\n", e=P(o(eng.full)), crea=(g.council("CREA"), "PROFESSIONAL_ID"))
    rows = []
    amb = g.rng.sample(["Sala", "Cozinha", "Área de serviço", "Banheiro social", "Suíte", "Dormitório 1", "Dormitório 2",
                        "Varanda", "Hall"], 6)
    for a in amb:
        st = g.pick(["OK", "OK", "OK", "C/ RESSALVA", "OK", "PENDENTE"])
        obs = "" if st == "OK" else g.pick(DEFEITOS + ["rejunte falhado", "risco no vidro", "espelho da tomada solto"])
        rows.append([V(a), V(g.pick(["piso/rodapé", "paredes/teto", "esquadrias", "louças/metais", "elétrica", "hidráulica"])), V(st), V(obs)])
    table_ruled(doc, ["Ambiente", "Item", "Situação", "Observação"], rows, g.pick(["plus", "bare"]))
    doc.f("\nLeituras: água hidr. nº «h» = «l1» m³ | energia UC «uc» = «l2» kWh | gás «gs» = «l3» m³\n"
          "Chaves entregues: «k» (porta social, serviço, caixa de correio). Manual do proprietário: sim.\n"
          "Endereço para correspondência: «a», «bai», CEP «cep»\nTel: «t»   e-mail: «e»\n\n"
          "Data da entrega: «d»  (início do prazo de garantia — NBR 15575 / art. 618 CC)\n\n"
          "_______________________          _______________________\n«n1»                           «n2»\n",
          h=f"Y{g.d(2)}S{g.d(6)}", l1=g.ri(0, 9), uc=g.neg(10), l2=g.ri(0, 40), gs=g.d(8), l3=f"0,{g.d(3)}", k=g.ri(3, 7),
          a=(od(g.address()), "ADDRESS"), bai=g.pick(BAIRROS), cep=(od(g.cep()), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"),
          e=(g.email(c), "EMAIL_ADDRESS"), d=g.date("br"), n1=P(o(c.caps)), n2=P(o(eng.full)))
    return doc


def at_vizinho(g: Gen) -> Doc:
    """Neighbour's complaint e-mail about noise and cracks, and the builder's reply."""
    doc = Doc()
    v, eng, at = g.person(), g.person(), g.person()
    b = g.pick(BUILDERS)
    dom = builder_domain(b, g)
    dev = g.pick(DEVELOPMENTS)
    doc.f("De: «n» <«e»>\nPara: «r»@«dom»\nCc: ouvidoria@«dom»\nData: «d» «h»\nAssunto: «s»\n\n",
          n=P(name_form(g, v, ["full", "full", "short", "low"])), e=(g.email(v), "EMAIL_ADDRESS"), r=g.pick(["sac", "contato", "relacionamento"]),
          dom=dom, d=(d0 := g.date("br")), h=g.hm(), s=g.pick(["RACHADURAS NA MINHA CASA - OBRA AO LADO", "barulho da obra antes das 7h!!!",
                                                      "Reclamação: poeira, trincas e bate-estaca", "Re: vistoria cautelar — imóvel vizinho"]))
    doc.f("Boa noite,\n\nMeu nome é «n», moro na «a» (CEP «cep»), casa vizinha ao canteiro do «dev». «m1»\n\n"
          "«m2» Minha «rel» «rn» tem «id» anos e não consegue descansar.\n\n"
          "Exijo uma vistoria cautelar e o reparo das «p». Meu telefone é «t». Se não houver retorno vou procurar a "
          "Prefeitura e um advogado (Lei do Silêncio / NBR 10151).\n\n«sig»\n",
          n=P(v.full), a=(g.address(g.pick(["text", "text", "low"])), "ADDRESS"), cep=(g.cep(g.chance(0.8)), "BR_CEP"), dev=dev,
          m1=g.pick(["Desde que começaram as fundações (estaca hélice) apareceram trincas na parede da cozinha e no muro.",
                     "O bate-estaca começa às 6h30, inclusive sábado, e a poeira de cimento entra em tudo.",
                     "Um caminhão betoneira bateu no meu portão e o motorista foi embora sem deixar contato."]),
          m2=g.pick(["Já liguei 4 vezes no SAC e ninguém aparece.", "O mestre de obras disse que não é com ele.",
                     "Fiz fotos das fissuras com data."]),
          rel=g.pick(["mãe", "sogra", "avó", "tia"]), rn=P(g.relative(v, female=True).full), id=g.ri(78, 96),
          p=g.pick(["paredes", "trincas", "fissuras do muro", "telhas"]), t=(g.phone(), "PHONE_NUMBER"),
          sig="Att.")
    doc.e(name_form(g, v, ["first", "short", "full"]), "PERSON").t("\n\n")
    doc.f("-----\nDe: «at» <«ae»>\nEnviado: «d»\nPara: «n»\n\nPrezad«o» Sr«a». «last»,\n\nLamentamos o transtorno. Registramos sua manifestação "
          "sob o protocolo «p». Nossa engenheira responsável pela obra, «eng» («crea»), fará a vistoria cautelar no seu imóvel "
          "em «dv», às «hv». As concretagens passarão a iniciar às 7h, conforme o alvará. «w»\n\n"
          "Atenciosamente,\nEquipe de Relacionamento com a Vizinhança — «b»\n«ae»\n",
          at=P(at.full), ae=(corp_mail(at, dom), "EMAIL_ADDRESS"), d=d0 + " " + g.hm(), n=(g.email(v), "EMAIL_ADDRESS"),
          o="a" if v.female else "o", a="a" if v.female else "", last=P(v.last), p=g.protocol(),
          eng=P(eng.full), crea=(g.council("CREA"), "PROFESSIONAL_ID"), dv=g.date("br"), hv=g.hm(),
          w=g.pick(["", "Informamos também que as paredes do seu muro serão monitoradas com selos de gesso.",
                    "Seria prudente que a senhora não utilize o cômodo até a vistoria."]),
          b=b)
    return doc


def at_portal_log(g: Gen) -> Doc:
    """Application log of the buyers' portal (área do cliente): logins, second copies, profile updates."""
    doc = Doc()
    host = g.pick(["portal-cliente-01", "app-cliente-prd", "minhaunidade-api-2"])
    secs = sorted(g.rng.sample(range(7 * 3600, 23 * 3600), 17))
    day = g.date("iso")
    tix = iter(f"{day}T{x // 3600:02d}:{x % 3600 // 60:02d}:{x % 60:02d}-03:00" for x in secs)
    users = [g.person() for _ in range(3)]
    for u in users:
        em, ip, cpf = g.email(u), g.ip(), g.cpf("raw")
        sid = g.hexs(24)
        doc.f("«t» INFO  [«h»] auth.login ok user=«e» ip=«ip» sid=«sid» ua=\"«ua»\"\n", t=next(tix), h=host,
              e=(em, "EMAIL_ADDRESS"), ip=(ip, "IP_ADDRESS"), sid=sid,
              ua=g.pick(["Mozilla/5.0 (Linux; Android 13)", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4)", "okhttp/4.9.2"]))
        if g.chance(0.6):
            doc.f("«t» INFO  [«h»] auth.mfa sms_sent to=«p» sid=«sid» provider=«pv»\n", t=next(tix), h=host,
                  p=(g.phone(g.pick(["e164", "cc"])), "PHONE_NUMBER"), sid=sid, pv=g.pick(["zenvia", "twilio", "sns"]))
        k = g.ri(0, 2)
        if k == 0:
            doc.f("«t» INFO  [«h»] financeiro.boleto.segunda_via contrato=«ct» parcela=«p»/«n» valor=«v» cpf=«cpf» sid=«sid»\n",
                  t=next(tix), h=host, ct=f"CV-{g.d(6)}", p=g.ri(1, 40), n=g.pick([36, 40, 60]), v=g.money(400, 3200).replace(".", ""),
                  cpf=(cpf, "BR_CPF"), sid=sid)
        elif k == 1:
            doc.f("«t» INFO  [«h»] cadastro.update sid=«sid» campos=[celular,endereco] celular: «t1» -> «t2» "
                  "endereco: \"«a1»\" -> \"«a2»\" cep=«cep»\n",
                  t=next(tix), h=host, sid=sid, t1=(g.phone("raw"), "PHONE_NUMBER"), t2=(g.phone("raw"), "PHONE_NUMBER"),
                  a1=(g.address(), "ADDRESS"), a2=(g.address(), "ADDRESS"), cep=(g.cep(False), "BR_CEP"))
        else:
            doc.f("«t» INFO  [«h»] assistencia.chamado.create id=AT-«id» unidade=«u» nome=\"«n»\" cpf=«cpf» sid=«sid»\n",
                  t=next(tix), h=host, id=g.d(6), u=f"{g.ri(1, 16)}{g.ri(1, 6):02d}", n=P(g.pick([u.full, u.caps])), cpf=(cpf, "BR_CPF"), sid=sid)
        doc.f("«t» DEBUG [«h»] docs.download file=«f» sid=«sid» bytes=«b»\n", t=next(tix), h=host,
              f=g.pick(["extrato_financeiro.pdf", "manual_proprietario_v3.pdf", "informe_ir_2025.pdf", "contrato_assinado.pdf"]),
              sid=sid, b=g.ri(80000, 4000000))
    bad = g.person()
    bip = g.ip()
    for i in range(2):
        doc.f("«t» WARN  [«h»] auth.login fail user=«e» ip=«ip» reason=bad_password attempt=«a»\n", t=next(tix), h=host,
              e=(g.email(bad), "EMAIL_ADDRESS"), ip=(bip, "IP_ADDRESS"), a=i + 1)
    doc.f("«t» INFO  [«h»] job.sync_crm svc=svc-integracao-crm lote=«l» registros=«r» status=OK\n", t=next(tix), h=host,
          l=g.d(6), r=g.ri(20, 900))
    doc.f("«t» ERROR [«h»] sienge.webhook timeout contrato=CV-«ct» protocolo=«p» retry=3\n", t=next(tix), h=host,
          ct=g.d(6), p=g.neg(11))
    doc.f("«t» INFO  [«h»] admin.impersonate by=«adm» target_cpf=«cpf» motivo=\"«m»\"\n", t=next(tix), h=host,
          adm=login(g.person()), cpf=(g.cpf("raw"), "BR_CPF"), m=g.pick(["cliente ligou sem acesso", "teste suporte N2", "ajuste de fluxo de pagamento"]))
    return doc


def at_assembleia(g: Gen) -> Doc:
    """Minutes of the condominium's installation assembly, with the attendance list."""
    doc = Doc()
    dev = g.pick(DEVELOPMENTS)
    b = g.pick(BUILDERS)
    city, uf = g.city()
    rep, pres, sec, sind, subs = (g.person() for _ in range(5))
    cons = [g.person() for _ in range(3)]
    units = lambda: f"{g.ri(1, 18)}{g.ri(1, 8):02d}"
    doc.f("ATA DA ASSEMBLEIA GERAL DE INSTALAÇÃO DO CONDOMÍNIO «dev»\n\n"
          "Aos «dia» dias do mês de «mes» de «ano», às 19h30, em segunda convocação, no salão de festas do condomínio, "
          "situado na «ea», em «city»/«uf», reuniram-se os condôminos, convocados pela incorporadora «b», CNPJ «cnpj», "
          "neste ato representada por «rep», gerente de relacionamento. Foi aclamad«po» para presidir os trabalhos «pres» "
          "(unidade «u1»), que convidou «sec» (unidade «u2») para secretariar.\n\n",
          dev=dev.upper(), dia=g.ri(2, 28), mes=g.pick(MONTHS), ano=g.pick([2025, 2026]),
          ea=f"{g.pick(['Rua', 'Avenida'])} {g.pick(STREET_NAMES)}, {g.ri(10, 3000)}", city=city, uf=uf, b=b,
          cnpj=(g.cnpj(alnum=g.chance(0.2)), "BR_CNPJ"), rep=P(rep.full), po=pres.o, pres=P(pres.full), u1=units(),
          sec=P(sec.full), u2=units())
    doc.f("ORDEM DO DIA: 1) instalação do condomínio (arts. 1.331 a 1.358 do Código Civil e Lei 4.591/1964); "
          "2) eleição de síndico, subsíndico e conselho fiscal; 3) aprovação da previsão orçamentária; 4) vistoria das áreas comuns.\n\n"
          "Item 2: eleit«so» síndic«so» «sind», CPF «scpf», proprietári«so» da unidade «u3», telefone «st», e-mail «se»; "
          "subsíndic«bo» «subs» (unidade «u4»); conselho fiscal: «c1», «c2» e «c3».\n",
          so=sind.o, sind=P(sind.full), scpf=(g.cpf(), "BR_CPF"), u3=units(), st=(g.phone(), "PHONE_NUMBER"),
          se=(g.email(sind), "EMAIL_ADDRESS"), bo=subs.o, subs=P(subs.full), u4=units(),
          c1=P(cons[0].full), c2=P(name_form(g, cons[1], ["full", "short"])), c3=P(cons[2].full))
    doc.f("Item 3: aprovada a taxa condominial de R$ «tx» para unidades tipo e R$ «tc» para coberturas, vencimento dia «vd»; "
          "fundo de reserva de «fr»%.\nItem 4: «w»; a construtora se comprometeu a sanar as pendências em 60 dias.\n\n",
          tx=g.money(280, 790), tc=g.money(600, 1500), vd=g.pick([5, 10, 15]), fr=g.pick([5, 10]),
          w=g.pick(["foram apontadas infiltrações no subsolo e a calçada da entrada desnivelada",
                    "a vistoria registrou fissuras nas paredes da guarita e falta do para-raios",
                    "o condômino da unidade " + units() + " lembrou que a piscina ainda não tem laudo de estanqueidade"]))
    if g.chance(0.7):
        pr, rp = g.person(), g.person()
        doc.f("Procurações: «a» representou «b» (unidade «u»).\n", a=P(pr.full), b=P(rp.full), u=units())
    doc.f("\nLISTA DE PRESENÇA\n")
    rows = []
    for _ in range(g.ri(4, 6)):
        p = g.person()
        rows.append([V(units()), P(g.pick([p.full, p.caps, p.full])), (g.cpf(), "BR_CPF") if g.chance(0.8) else V("***.***.***-**"),
                     (g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER") if g.chance(0.75) else V(""),
                     (g.email(p), "EMAIL_ADDRESS") if g.chance(0.5) else V("—"),
                     V(g.pick(["presente", "presente", "procuração", "presente"]))])
    table_ruled(doc, ["Unid.", "Condômino", "CPF", "Telefone", "E-mail p/ boletos", "Situação"], rows, g.pick(["plus", "bare", "psql"]))
    doc.f("\nNada mais havendo, lavrou-se a presente ata, que vai assinada pel«so» secretári«so» e pel«po» presidente.\n",
          so=sec.o, po=pres.o)
    return doc


def at_chamados(g: Gen) -> Doc:
    """CSV extract of after-sales tickets (chamados de assistência técnica)."""
    doc = Doc()
    dev = g.pick(DEVELOPMENTS)
    techs = [g.person(female=False), g.person()]
    sep = g.pick([";", ";", ","])
    doc.f("# export chamados_assistencia «dev» gerado por «by» em «d» «h»\n", dev=fold(dev).lower().replace(" ", "_"),
          by=g.pick(["svc-relatorios", "rpa.posobra", login(g.person())]), d=g.date("iso"), h=g.hm())
    street = f"{g.pick(['Rua', 'Avenida', 'Alameda'])} {g.pick(STREET_NAMES)}, {g.ri(10, 3000)}"
    cep = g.cep()
    rows = []
    for _ in range(g.ri(5, 6)):
        c = g.person()
        t = g.pick(techs)
        unit = f"{g.ri(1, 16)}{g.ri(1, 6):02d}"
        st = g.pick(["ABERTO", "AGENDADO", "CONCLUIDO", "IMPROCEDENTE", "EM ATENDIMENTO"])
        desc = g.pick(DEFEITOS)
        if st == "IMPROCEDENTE":
            desc += " - mau uso (furou tubulação ao instalar armário)"
        bl = g.pick("ABC")
        rows.append([V(f"AT-{g.d(6)}"), V(g.date("br")), V(f"{unit}-{bl}"),
                     P(g.pick([c.full, c.caps, c.full, c.low])), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
                     (f"{street} bloco {bl} apto {unit}", "ADDRESS"), (cep, "BR_CEP"),
                     (g.phone(g.pick(["par", "raw", "plain"])), "PHONE_NUMBER"),
                     (g.email(c), "EMAIL_ADDRESS") if g.chance(0.8) else V(""), V(desc),
                     P(g.pick([t.short, t.first, t.full])) if st != "ABERTO" else V(""), V(st), V(g.pick(["1 ano", "3 anos", "5 anos"]))])
    table_csv(doc, ["chamado", "abertura", "unidade", "proprietario", "cpf", "endereco_unidade", "cep", "telefone", "email", "descricao", "tecnico",
                    "status", "garantia"], rows, sep)
    doc.f("# total: «n» chamados | SLA médio «s» dias\n", n=len(rows), s=g.ri(3, 40))
    return doc


# =========================================================================== juridico

NACIONALIDADE = {"pt": "brasileir", "ht": "haitian", "ve": "venezuelan", "bo": "bolivian", "sn": "senegales",
                 "ao": "angolan"}


def qualif(g: Gen, p: Person, origin_word: str | None = None) -> str:
    nat = (origin_word or "brasileir") + ("a" if p.female else "o")
    if nat == "senegaleso":
        nat = "senegalês"
    return nat


def lawyer_block(g: Gen, n: int = 2, uf: str | None = None) -> list[tuple[Person, str]]:
    uf = uf or g.pick(UFS)
    return [(g.person(), g.council("OAB", uf)) for _ in range(n)]


def ju_distrato(g: Gen) -> Doc:
    """Initial petition of a rescission suit (distrato) against the builder over a delayed unit."""
    doc = Doc()
    a = g.person()
    city, uf = g.city()
    b = g.pick(BUILDERS)
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) DOUTOR(A) JUIZ(A) DE DIREITO DA «v» VARA CÍVEL DA COMARCA DE «c»/«uf»\n\n\n",
          v=g.pick(["___", f"{g.ri(1, 9)}ª"]), c=city.upper(), uf=uf)
    doc.f("«n», «nat», «ec», «prof», portador«a» da cédula de identidade RG nº «rg» SSP/«uf», inscrit«o» no CPF/MF sob o nº «cpf», "
          "nascid«o» em «dob», residente e domiciliad«o» na «ad», «bai», «c»/«uf», CEP «cep», endereço eletrônico «e»",
          n=P(g.pick([a.caps, a.caps_acc, a.full])), nat=qualif(g, a), ec=estado_civil(g, a), prof=profissao(g, a),
          a="a" if a.female else "", o=a.o, rg=(g.rg(), "BR_RG"), uf=uf, cpf=(g.cpf(), "BR_CPF"),
          dob=(g.dob(g.pick(["br", "long"]), 1958, 2000), "DATE_OF_BIRTH"), ad=(g.address(), "ADDRESS"), bai=g.pick(BAIRROS),
          c=city, cep=(g.cep(), "BR_CEP"), e=(g.email(a), "EMAIL_ADDRESS"))
    plural = g.chance(0.55)
    if plural:
        s = spouse_of(g, a)
        doc.f(", e seu cônjuge «n», «nat», «prof», RG nº «rg», CPF nº «cpf», residente no mesmo endereço",
              n=P(g.pick([s.caps, s.full])), nat=qualif(g, s), prof=profissao(g, s), rg=(g.rg(), "BR_RG"), cpf=(g.cpf(), "BR_CPF"))
    doc.f(", por seus advogados que esta subscrevem (procuração anexa), vê«m» respeitosamente propor\n\n"
          "AÇÃO DE RESCISÃO CONTRATUAL C/C RESTITUIÇÃO DE VALORES PAGOS E INDENIZAÇÃO POR DANOS MORAIS\n\n"
          "em face de «b», pessoa jurídica de direito privado, inscrita no CNPJ sob o nº «cnpj», com sede na «sede», pelos "
          "fatos e fundamentos a seguir expostos.\n\n",
          m="m" if plural else "m", b=b.upper(), cnpj=(g.cnpj(alnum=g.chance(0.25)), "BR_CNPJ"),
          sede=f"{g.pick(['Avenida', 'Rua', 'Alameda'])} {g.pick(STREET_NAMES)}, {g.ri(10, 3500)}, {g.pick(['sala', 'conj.', 'andar'])} {g.ri(1, 1900)}")
    br = g.person()
    doc.f("I — DOS FATOS\n\nEm «d1», «aut» firm«am» com a Ré Instrumento Particular de Promessa de Compra e Venda (contrato nº «ct») "
          "da unidade «u» do empreendimento «dev», pelo preço de R$ «preco», intermediado pelo corretor «cor» («creci»), "
          "a quem foi paga comissão de R$ «com». O prazo de entrega era «d2», com tolerância de 180 dias (art. 43-A da Lei 4.591/1964). "
          "Até a presente data a obra «st».\n\n"
          "Foram pagos R$ «pago», conforme extrato anexo (doc. «doc»). «w»\n\n",
          d1=g.date("long", g.pick([2020, 2021, 2022])), aut="os Autores" if plural else ("a Autora" if a.female else "o Autor"),
          am="aram" if plural else "ou", ct=f"{g.d(4)}/{g.pick([2020, 2021, 2022])}", u=f"{g.ri(1, 18)}{g.ri(1, 8):02d}, torre {g.pick('ABC12')}",
          dev=g.pick(DEVELOPMENTS), preco=g.money(180000, 650000), cor=P(br.full), creci=(g.council("CRECI"), "PROFESSIONAL_ID"),
          com=g.money(6000, 25000), d2=g.date("br", g.pick([2023, 2024])),
          st=g.pick(["está paralisada, com apenas a estrutura concluída", "não obteve o habite-se",
                     "segue em ritmo lento, sem previsão de entrega"]), pago=g.money(30000, 160000), doc=g.ri(4, 12),
          w=g.pick(["O e-mail enviado a juridico@ da Ré em " + g.date("br") + " jamais foi respondido.",
                    "A Ré ofereceu distrato com retenção de 50%, alegando patrimônio de afetação, o que é abusivo no caso de culpa exclusiva da incorporadora.",
                    "Seria prudente registrar que o terreno está penhorado no processo nº " + g.cnj() + "."]))
    doc.f("II — DO DIREITO\n\nA Lei 13.786/2018 (Lei do Distrato) não se aplica à resolução por culpa da incorporadora; incide a "
          "Súmula 543 do STJ, com restituição integral e imediata. Precedente: REsp «resp», Tema 1.002. Aplica-se o CDC (Lei 8.078/1990).\n\n"
          "III — DOS PEDIDOS\n\na) a rescisão do contrato; b) a restituição de R$ «pago» corrigidos pelo INPC; c) danos morais de R$ «dm»; "
          "d) a inversão do ônus da prova.\n\nDá-se à causa o valor de R$ «vc».\n\nTermos em que pede deferimento.\n«c», «d».\n\n",
          resp=f"{g.ri(1, 2)}.{g.d(3)}.{g.d(3)}/{g.pick(UFS)}", pago=g.money(30000, 160000), dm=g.money(5000, 30000),
          vc=g.money(40000, 200000), c=city, d=g.date("long"))
    for p, oab in lawyer_block(g, g.pick([1, 2, 2]), uf):
        doc.f("«n»\n«o»\n", n=P(g.pick([p.full, p.caps])), o=(oab, "PROFESSIONAL_ID"))
    return doc


def ju_quadro(g: Gen) -> Doc:
    """Purchase contract summary sheet (quadro-resumo, art. 35-A of Law 4.591/64) of a unit bought off-plan."""
    doc = Doc()
    b = g.pick(BUILDERS)
    city, uf = g.city()
    doc.f("QUADRO-RESUMO — INSTRUMENTO PARTICULAR DE PROMESSA DE VENDA E COMPRA DE UNIDADE AUTÔNOMA E OUTROS PACTOS\n"
          "(art. 35-A da Lei nº 4.591/1964, incluído pela Lei nº 13.786/2018)      Contrato nº «ct»\n\n"
          "A. PROMITENTE VENDEDORA: «b», CNPJ «cnpj», incorporação registrada sob o R.«r» da matrícula nº «mat» do «cri» "
          "Oficial de Registro de Imóveis de «c»/«uf».\n\nB. PROMISSÁRIO(S) COMPRADOR(ES):\n",
          ct=f"{g.pick(['PV', 'CV', ''])}{g.d(6)}", b=b, cnpj=(g.cnpj(alnum=g.chance(0.25)), "BR_CNPJ"), r=g.ri(2, 9),
          mat=matricula_imovel(g), cri=g.pick(["1º", "2º", "3º"]), c=city, uf=uf)
    buyers = [g.person()]
    if g.chance(0.6):
        buyers.append(spouse_of(g, buyers[0]))
    for i, p in enumerate(buyers, 1):
        doc.f("B.«i») Nome: «n»\n     Nacionalidade: «nat» | Estado civil: «ec» | Profissão: «prof»\n"
              "     CPF: «cpf» | RG: «rg» | Data de nascimento: «dob»\n     E-mail: «e» | Celular: «t»\n",
              i=i, n=P(g.pick([p.full, p.caps])), nat=qualif(g, p), ec=estado_civil(g, p) if i == 1 else "casad" + p.o,
              prof=profissao(g, p), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), dob=(g.dob("br", 1958, 2004), "DATE_OF_BIRTH"),
              e=(g.email(p), "EMAIL_ADDRESS"), t=(g.phone(), "PHONE_NUMBER"))
    c2, uf2 = g.city()
    doc.f("     Endereço: «a», «bai», «c»/«uf», CEP «cep»\n\n", a=(g.address(), "ADDRESS"), bai=g.pick(BAIRROS),
          c=c2, uf=uf2, cep=(g.cep(), "BR_CEP"))
    dev = g.pick(DEVELOPMENTS)
    doc.f("C. IMÓVEL: unidade «u», «t», do «dev», com área privativa de «m2» m², vaga de garagem nº «vg».\n\n"
          "D. PREÇO E FORMA DE PAGAMENTO (valores-base «mb», corrigidos pelo INCC-DI até as chaves e IPCA + 1% a.m. após):\n",
          u=f"{g.ri(1, 18)}{g.ri(1, 8):02d}", t=g.pick(["torre A", "torre B", "bloco 3", "torre Jatobá"]), dev=dev,
          m2=f"{g.ri(38, 120)},{g.d(2)}", vg=g.ri(1, 240), mb=g.date("my"))
    rows = [[V("Sinal (ato)"), V("1"), V(g.money(3000, 20000)), V(g.date("br"))],
            [V("Mensais"), V(str(g.pick([36, 40, 48]))), V(g.money(500, 2500)), V(g.date("br"))],
            [V("Intermediárias (anuais)"), V("3"), V(g.money(5000, 15000)), V(g.date("br"))],
            [V("Chaves / financiamento"), V("1"), V(g.money(120000, 400000)), V("na entrega")]]
    table_ruled(doc, ["Parcela", "Qtd", "Valor (R$)", "1º vencimento"], rows, g.pick(["plus", "bare"]))
    br = g.person()
    doc.f("\nE. CORRETAGEM: R$ «v», paga diretamente a «cor», «creci», e à imobiliária «im» (CNPJ «cn»).\n"
          "F. PRAZO DE CONCLUSÃO: «d», admitida a tolerância de 180 dias corridos.\n"
          "G. DISTRATO: retenção de até «pct»% dos valores pagos (patrimônio de afetação — art. 67-A, § 5º). Devolução na conta do(s) "
          "comprador(es): Banco «bk», agência «ag», conta «cc».\n\n«c», «dd».\n\nTestemunhas:\n1. «t1» — CPF «c1»\n2. «t2» — CPF «c2»\n",
          v=g.money(5000, 22000), cor=P(br.full), creci=(g.council("CRECI", uf), "PROFESSIONAL_ID"),
          im=g.pick(["Imobiliária Rosa dos Ventos", "Amado & Paredes Imóveis", "Lopes Pilar Consultoria"]),
          cn=(g.cnpj(), "BR_CNPJ"), d=g.date("br", g.pick([2026, 2027, 2028])), pct=g.pick([25, 50]),
          bk=g.pick(["001 – Banco do Brasil", "104 – Caixa", "341 – Itaú", "237 – Bradesco", "260 – Nu Pagamentos"]),
          ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), c=city, dd=g.date("long"),
          t1=P(g.person().full), c1=(g.cpf(), "BR_CPF"), t2=P(g.person().full), c2=(g.cpf(), "BR_CPF"))
    return doc


def ju_notificacao(g: Gen) -> Doc:
    """Extrajudicial notice from the condominium about building defects after handover; some OCR'd."""
    doc = Doc()
    scan = g.chance(0.35)
    o = (lambda s: ocr(s, g)) if scan else (lambda s: s)
    od = (lambda s: ocr(s, g, digits=True)) if scan else (lambda s: s)
    dev = g.pick(DEVELOPMENTS)
    sind, eng = g.person(), g.person()
    city, uf = g.city()
    doc.f("NOTIFICAÇÃO EXTRAJUDICIAL\n\nNOTIFICANTE: CONDOMÍNIO «dev», inscrito no CNPJ sob nº «cn», neste ato representado por "
          "seu síndico «s», CPF «sc»\nNOTIFICADA: «b», CNPJ «cb»\n\n",
          dev=dev.upper().replace("CONDOMÍNIO ", ""), cn=(g.cnpj(), "BR_CNPJ"), s=P(o(g.pick([sind.full, sind.caps]))), sc=(od(g.cpf()), "BR_CPF"),
          b=g.pick(BUILDERS).upper(), cb=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"))
    doc.f("Prezados Senhores,\n\nO Notificante, com fundamento nos arts. 618 do Código Civil e 26 do Código de Defesa do Consumidor, "
          "e na ABNT NBR 15575 (desempenho de edificações), vem NOTIFICÁ-LA dos vícios construtivos constatados após o recebimento "
          "das áreas comuns e de diversas unidades, conforme laudo técnico elaborado pela Eng(a). «e», «crea» (ART nº «art»):\n\n",
          e=P(o(eng.full)), crea=(g.council("CREA", uf), "PROFESSIONAL_ID"), art=art_no(g))
    doc.f("1) Áreas comuns: «a1»; «a2».\n", a1=g.pick(["infiltração generalizada na laje do subsolo", "fissuras nas paredes da escada",
                                                       "desplacamento de pastilhas da fachada norte"]),
          a2=g.pick(["bombas de recalque subdimensionadas", "calçada com rachaduras junto ao portão", "para-raios sem laudo SPDA"]))
    for i in range(g.ri(3, 4)):
        p = g.person()
        doc.f("«i») Unidade «u» (proprietári«po» «n», tel. «t»): «d».\n", i=i + 2, u=f"{g.ri(1, 16)}{g.ri(1, 6):02d}", po=p.o,
              n=P(o(name_form(g, p, ["full", "full", "caps", "short"]))), t=(g.phone(), "PHONE_NUMBER"), d=g.pick(DEFEITOS))
    law = g.person()
    doc.f("\nFica a Notificada constituída em mora, devendo apresentar cronograma de reparos no prazo de 15 (quinze) dias, sob pena "
          "das medidas judiciais cabíveis, inclusive produção antecipada de provas. «w»\n\n«c», «d».\n\n"
          "«s»\nSíndico\n\n«l» — «oab»\n«le» | «lt»\n",
          w=g.pick(["", "Registre-se que as paredes do bloco B apresentam trincas que se agravaram após as chuvas de março.",
                    "A proposta de 'pintura das fissuras' apresentada pela assistência técnica é insuficiente."]),
          c=city, d=g.date("long"), s=P(o(sind.full)), l=P(o(law.full)), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"),
          le=(g.email(law, g.pick(["adv.br", "gmail.com", "quaresmaadvocacia.com.br"])), "EMAIL_ADDRESS"), lt=(g.phone(), "PHONE_NUMBER"))
    return doc


def ju_reclamatoria(g: Gen) -> Doc:
    """Labour claim of a site worker against the subcontractor and, subsidiarily, the builder."""
    doc = Doc()
    origin = g.pick(["pt", "pt", "pt", "ht", "ve", "bo", "sn", "ao"])
    w = g.person(female=g.chance(0.1), origin=origin)
    mae = g.person(female=True, origin=origin)
    city, uf = g.city()
    sub, b = g.pick(SUBCONTRACTORS), g.pick(BUILDERS)
    func = g.pick(FUNCOES[:12])
    doc.f("EXMO(A). SR(A). JUIZ(A) DA «v» VARA DO TRABALHO DE «c» — «uf»\n\n",
          v=g.pick(["___", f"{g.ri(1, 6)}ª"]), c=city.upper(), uf=uf)
    doc.f("«n», «nat», «ec», «f», CTPS nº «ctps», PIS/NIT «pis», CPF «cpf», nascid«o» em «dob», filh«o» de «m», residente na «a», "
          "«bai», CEP «cep», «c»/«uf», telefone «t», vem, por sua advogada, propor RECLAMAÇÃO TRABALHISTA pelo rito ordinário em face de\n"
          "1) «sub», CNPJ «c1» (empregadora); e\n2) «b», CNPJ «c2» (tomadora dos serviços, responsável subsidiária — Súmula 331, IV, do TST).\n\n",
          n=P(g.pick([w.caps, w.full])), nat=qualif(g, w, NACIONALIDADE.get(origin)), ec=estado_civil(g, w), f=func, ctps=ctps(g),
          pis=(g.pis(), "BR_PIS"), cpf=(g.cpf(), "BR_CPF"), o=w.o, dob=(g.dob("br", 1965, 2005), "DATE_OF_BIRTH"),
          m=P(mae.full), a=(g.address(g.pick(["text", "caps"])), "ADDRESS"), bai=g.pick(BAIRROS), cep=(g.cep(), "BR_CEP"),
          c=city, uf=uf, t=(g.phone(), "PHONE_NUMBER"), sub=sub.upper(), c1=(g.cnpj(), "BR_CNPJ"), b=b.upper(),
          c2=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"))
    enc, mestre = g.person(female=False), g.person(female=False)
    doc.f("1. DO CONTRATO. Admitid«o» em «d1» como «f», salário de R$ «s», trabalhou exclusivamente na obra do «dev» "
          "(CNO «cno»), sendo dispensad«o» sem justa causa em «d2», sem receber as verbas rescisórias.\n"
          "2. DA JORNADA. Cumpria das 7h às 17h48, com horas extras habituais nas concretagens, sob ordens do encarregado «enc» "
          "e do mestre de obras «me», que anotava o ponto em caderno.\n"
          "3. DO ACIDENTE. Em «d3», «ac». Não houve emissão de CAT.\n\n",
          o=w.o, d1=g.date("br", 2023), f=func, s=g.money(1500, 2900), dev=g.pick(DEVELOPMENTS), cno=cno(g), d2=g.date("br", 2025),
          enc=P(g.pick([enc.full, enc.nick, enc.first])), me=P(g.pick([mestre.nick, mestre.short, mestre.first])),
          d3=g.date("br", 2024), ac=g.pick(["caiu de andaime sem guarda-corpo (NR-18), fraturando o punho (CID S62.6)",
                                           "teve o pé atingido por uma peça de madeira da fôrma (CID S92.3)",
                                           "sofreu choque elétrico ao ligar a betoneira sem aterramento"]))
    doc.f("4. DOS PEDIDOS: aviso prévio R$ «a1»; 13º proporcional R$ «a2»; férias + 1/3 R$ «a3»; FGTS + 40% R$ «a4»; horas extras "
          "R$ «a5»; adicional de insalubridade (NR-15, cimento) R$ «a6»; indenização por danos morais R$ «a7».\n"
          "Requer que os valores sejam liberados por alvará na conta de titularidade d«o» Reclamante: Caixa Econômica Federal, "
          "ag. «ag», op. 013, conta poupança «cc».\n\n",
          a1=g.money(1500, 3000), a2=g.money(500, 2500), a3=g.money(800, 3500), a4=g.money(1000, 9000), a5=g.money(2000, 20000),
          a6=g.money(1000, 8000), a7=g.money(5000, 30000), o=w.o, ag=(g.agency(False), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    doc.t("ROL DE TESTEMUNHAS:\n")
    for i in range(2):
        t = g.person(female=False, origin=g.pick(["pt", origin]))
        doc.f("«i». «n», «f», CPF «cpf», tel. «t»\n", i=i + 1, n=P(t.full), f=g.pick(FUNCOES[:10]), cpf=(g.cpf(), "BR_CPF"),
              t=(g.phone(), "PHONE_NUMBER"))
    adv = g.person(female=True)
    doc.f("\nValor da causa: R$ «v».\n«c», «d».\n«a» — «oab»\n", v=g.money(20000, 120000), c=city, d=g.date("br"),
          a=P(adv.full), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    return doc


def ju_art(g: Gen) -> Doc:
    """ART (CREA) or RRT (CAU) of a private owner's house build, as printed from the council's system."""
    doc = Doc()
    cau = g.chance(0.4)
    rt, own = g.person(), g.person()
    city, uf = g.city()
    num = art_no(g)
    if cau:
        doc.f("CAU/BR — Conselho de Arquitetura e Urbanismo do Brasil\nRRT SIMPLES Nº «n»   Registro de Responsabilidade Técnica — Lei 12.378/2010\n"
              "------------------------------------------------------------------------\n1. RESPONSÁVEL TÉCNICO\n"
              "Nome: «rt»\nRegistro Nacional: «reg»      Título: Arquitet«o» e Urbanista\nE-mail: «e»\n",
              n=num, rt=P(rt.caps_acc if g.chance(0.5) else rt.full), reg=(g.council("CAU", uf), "PROFESSIONAL_ID"), o=rt.o,
              e=(g.email(rt, g.pick(["gmail.com", "arq.br", "hotmail.com"])), "EMAIL_ADDRESS"))
    else:
        doc.f("CREA-«uf»  Conselho Regional de Engenharia e Agronomia\nART DE OBRA OU SERVIÇO Nº «n»   Lei 6.496/1977\n"
              "------------------------------------------------------------------------\n1. RESPONSÁVEL TÉCNICO\n"
              "«rt»\nTítulo profissional: Engenheir«o» Civil       Registro: «reg»\nE-mail: «e»   Tel.: «t»\n",
              uf=uf, n=num, rt=P(rt.caps_acc if g.chance(0.5) else rt.full), o=rt.o, reg=(g.council("CREA", uf), "PROFESSIONAL_ID"),
              e=(g.email(rt), "EMAIL_ADDRESS"), t=(g.phone(), "PHONE_NUMBER"))
    doc.f("\n2. DADOS DO CONTRATO\nContratante: «n»\nCPF/CNPJ: «cpf»\nEndereço: «a»   Bairro: «bai»   CEP: «cep»   Cidade: «c»-«uf»\n"
          "Contrato: «ct»   Valor: R$ «v»   Celebrado em: «d»\nAção institucional: NENHUMA\n",
          n=P(g.pick([own.caps, own.full])), cpf=(g.cpf(), "BR_CPF"), a=(g.address("caps"), "ADDRESS"), bai=g.pick(BAIRROS).upper(),
          cep=(g.cep(), "BR_CEP"), c=city.upper(), uf=uf, ct=g.pick(["s/n", f"{g.d(3)}/{g.pick([2025, 2026])}"]), v=g.money(2000, 35000),
          d=g.date("br"))
    same = g.chance(0.5)
    doc.f("\n3. DADOS DA OBRA/SERVIÇO\n")
    if same:
        doc.t("Endereço: o mesmo do contratante\n")
    else:
        doc.f("Endereço: «a»   Bairro: «bai»   CEP: «cep»\n", a=(g.address("caps"), "ADDRESS"), bai=g.pick(BAIRROS).upper(),
              cep=(g.cep(), "BR_CEP"))
    doc.f("Proprietário: «n»   CPF: «cpf»\nData de início: «d1»   Previsão de término: «d2»\nCoordenadas: «lat», «lon»\n"
          "Finalidade: RESIDENCIAL      Lote «lt» Quadra «qd» — matrícula «mat»\n\n4. ATIVIDADE TÉCNICA\n"
          "«at»  — «m2» m²\n\n5. OBSERVAÇÕES\n«obs»\n\n",
          n=P(g.pick([own.caps, own.full])), cpf=(g.cpf(), "BR_CPF") if g.chance(0.3) else "o mesmo",
          d1=g.date("br"), d2=g.date("br"), lat=f"-{g.ri(3, 30)}.{g.d(6)}", lon=f"-{g.ri(35, 60)}.{g.d(6)}",
          lt=g.ri(1, 40), qd=g.ri(1, 60), mat=matricula_imovel(g),
          at=g.pick(["Execução > Edificação > de alvenaria > residencial unifamiliar", "Projeto > Arquitetônico > residência térrea",
                     "Laudo > vícios construtivos > fissuras e infiltração", "Execução > Reforma > ampliação de edificação"]),
          m2=f"{g.ri(45, 380)},{g.d(2)}",
          obs=g.pick(["Obra com embargo anterior regularizado.", "Muro de arrimo em pedra (rocha) a cargo do proprietário.",
                      "Acompanhamento das fundações pelo mestre de obras " + "‹MESTRE›" + ".", "Nenhuma."]))
    if "‹MESTRE›" in doc.text:
        head, tail = doc.text.split("‹MESTRE›")
        doc.text = head
        doc.e(g.person(female=False).full, "PERSON").t(tail)
    doc.f("6. ASSINATURAS\nDeclaro serem verdadeiras as informações acima.\n«c», «d»\n\n«rt» — CPF «rc»\n«n»\n\n"
          "Valor da taxa: R$ «tx»   Pago em: «dp»   Nosso número: «nn»\n",
          c=city, d=g.date("long"), rt=P(rt.full), rc=(g.cpf(), "BR_CPF"), n=P(own.full), tx=g.pick(["99,64", "103,03", "262,55", "116,04"]),
          dp=g.date("br"), nn=g.neg(11))
    return doc


def ju_audiencia(g: Gen) -> Doc:
    """Minutes of a conciliation hearing at the small-claims court over a delayed handover."""
    doc = Doc()
    city, uf = g.city()
    a, cj, prep, adv_a = (g.person() for _ in range(4))
    adv_r = g.person(female=True)
    prep = g.person(female=True) if not prep.female else prep
    b = g.pick(BUILDERS)
    doc.f("PODER JUDICIÁRIO DO ESTADO — «uf»\nJUIZADO ESPECIAL CÍVEL DA COMARCA DE «c»\nTERMO DE AUDIÊNCIA DE CONCILIAÇÃO\n\n"
          "Processo nº «cnj»\nReclamante: «a»\nReclamada: «b»\n\nAos «d», às «h», na sala virtual de audiências (Microsoft Teams), "
          "presente o(a) conciliador(a) «cj», abriu-se a audiência.\n\n",
          uf=uf, c=city.upper(), cnj=g.cnj(), a=P(a.caps), b=b.upper(), d=g.date("br"),
          h=f"{g.ri(9, 17)}:{g.pick(['00', '15', '30', '45'])}", cj=P(cj.full))
    doc.f("PRESENTES: a parte Reclamante, «an», CPF «acpf», acompanhad«ao» de seu advogado, «aa» («oa»); a Reclamada, "
          "por sua preposta «p» (CPF «pc»), acompanhada da advogada «ar» («orr»).\n\n",
          an=P(a.full), acpf=(g.cpf(), "BR_CPF"), ao=a.o, aa=P(adv_a.full), oa=(g.council("OAB", uf), "PROFESSIONAL_ID"),
          p=P(prep.full), pc=(g.cpf(), "BR_CPF"), ar=P(adv_r.full), orr=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    if g.chance(0.65):
        pix = g.chance(0.4)
        doc.f("CONCILIAÇÃO: as partes celebraram acordo nos seguintes termos: a Reclamada pagará à parte Reclamante a quantia de "
              "R$ «v» (lucros cessantes pelo atraso de «m» meses), em «n» parcelas mensais, a primeira em «d1», ",
              v=g.money(3000, 40000), m=g.ri(3, 26), n=g.pick([2, 3, 4, 6]), d1=g.date("br"))
        if pix:
            doc.f("via Pix para a chave aleatória «k», de titularidade d«ao» Reclamante", k=(g.uuid(), "PIX_KEY"), ao=a.o)
        else:
            doc.f("mediante depósito no Banco «bk», agência «ag», conta corrente «cc», de titularidade d«ao» Reclamante",
                  bk=g.pick(["341", "001", "237", "104", "077", "756"]), ag=(g.agency(), "BANK_ACCOUNT"),
                  cc=(g.account(), "BANK_ACCOUNT"), ao=a.o)
        doc.f(". A Reclamada executará, ainda, o reparo («dfx») na unidade da parte Reclamante, situada na «ad», até «d2». "
              "Multa de 50% em caso de inadimplemento. Homologação pelo(a) juiz(a) togado(a) (art. 22, § 1º, da Lei 9.099/1995).\n\n",
              dfx=g.pick(DEFEITOS), ad=(g.address(), "ADDRESS"), d2=g.date("br"))
    else:
        doc.f("Proposta a conciliação, restou infrutífera. A Reclamada apresentou contestação e carta de preposição; a parte Reclamante "
              "informou o novo telefone para intimações: «t». Os autos seguem conclusos para designação de AIJ. «w»\n\n",
              t=(g.phone(), "PHONE_NUMBER"), w=g.pick(["", "A Reclamante juntou fotos das paredes com fissuras e do piso estufado.",
                                                     "Seria prudente perícia de engenharia, requerida pela Reclamada."]))
    doc.f("Contatos para intimação e cumprimento: Reclamante — tel. «t», e-mail «e»; Reclamada — juridico@«dom».\n"
          "Nada mais. Termo lavrado e conferido pelo(a) conciliador(a).\n",
          t=(g.phone(), "PHONE_NUMBER"), e=(g.email(a), "EMAIL_ADDRESS"), dom=builder_domain(b, g))
    return doc


def ju_procuracao(g: Gen) -> Doc:
    """Power of attorney for the distrato suit, scanned (OCR), with the notary's recognition stamp."""
    doc = Doc()
    scan = g.chance(0.6)
    o = (lambda s: ocr(s, g)) if scan else (lambda s: s)
    od = (lambda s: ocr(s, g, digits=True)) if scan else (lambda s: s)
    p = g.person()
    city, uf = g.city()
    firm = g.pick(["Quaresma & Lustosa Advogados Associados", "Rocha Madeira Sociedade de Advogados", "Catunda, Frazão e Rebouças Advocacia",
                   "Escritório Prudente de Direito Imobiliário"])
    doc.f("P R O C U R A Ç Ã O  «tp»\n\nOUTORGANTE: «n», «nat», «ec», «prof», RG «rg», CPF «cpf», título de eleitor «te», "
          "residente na «a», CEP «cep», «c»/«uf», tel. «t», e-mail «e».\n\n",
          tp=g.pick(["AD JUDICIA ET EXTRA", "AD JUDICIA", ""]), n=P(o(p.caps)), nat=qualif(g, p), ec=estado_civil(g, p),
          prof=profissao(g, p), rg=(od(g.rg()), "BR_RG"), cpf=(od(g.cpf()), "BR_CPF"), te=(g.titulo(), "BR_TITULO_ELEITOR"),
          a=(o(g.address()), "ADDRESS"), cep=(od(g.cep()), "BR_CEP"), c=city, uf=uf, t=(g.phone(), "PHONE_NUMBER"),
          e=(g.email(p), "EMAIL_ADDRESS"))
    doc.t("OUTORGADOS: ")
    law = lawyer_block(g, g.pick([1, 2, 3]), uf)
    for i, (l, oab) in enumerate(law):
        doc.f("«s»«n», «oab»", s=", " if i else "", n=P(o(l.full)), oab=(oab, "PROFESSIONAL_ID"))
    doc.f(", «intg» de «firm», com escritório na «ea».\n\nPODERES: os da cláusula ad judicia et extra, para o foro em geral, "
          "podendo propor ação de rescisão contratual (distrato) em face de «b» relativa ao contrato nº «ct» da unidade «u» do «dev», "
          "transigir, desistir, receber e dar quitação, inclusive levantar alvarás, e substabelecer.\n\n«c», «d».\n\n"
          "______________________________\n«n»\n\n",
          intg="integrantes" if len(law) > 1 else "integrante", firm=firm, ea=f"{g.pick(['Rua', 'Avenida'])} {g.pick(STREET_NAMES)}, {g.ri(10, 2000)}, sala {g.ri(101, 1210)}",
          b=g.pick(BUILDERS), ct=g.d(6), u=f"{g.ri(1, 16)}{g.ri(1, 6):02d}", dev=g.pick(DEVELOPMENTS), c=city, d=g.date("long"),
          n=P(o(p.full)))
    esc = g.person()
    doc.f("[carimbo] «cart» — Reconheço por «tipo» a firma de «n». «c», «d». Em testemunho da verdade. «esc» — Escrevente Autorizad«eo». "
          "Selo digital: «selo» — Valor R$ «v»\n",
          cart=g.pick(["2º TABELIONATO DE NOTAS", "CARTÓRIO DO 1º OFÍCIO", "TABELIONATO PRUDENTE"]), tipo=g.pick(["semelhança", "autenticidade"]),
          n=P(o(p.caps)), c=city.upper(), d=g.date("br"), esc=P(o(esc.full)) if g.chance(0.5) else "[rubrica ilegível]", eo=esc.o,
          selo=f"{g.pick('ABCDEFG')}{g.pick('ABCDEFG')}{g.d(5)}-{g.pick(['XYZ', 'KLM', 'QRT'])}{g.d(2)}", v=g.money(5, 12))
    return doc


JU_TEMPLATES = [ju_distrato, ju_quadro, ju_notificacao, ju_reclamatoria, ju_art, ju_audiencia, ju_procuracao]


# =========================================================================== saude

def worker(g: Gen) -> Person:
    origin = g.pick(["pt"] * 6 + ["ht", "ht", "ve", "bo", "sn", "ao", "in", "pl"])
    return g.person(female=g.chance(0.12), origin=origin)


def sa_cat(g: Gen) -> Doc:
    """Work-accident report (CAT) of a site worker, as filled in by the subcontractor's HR."""
    doc = Doc()
    w = worker(g)
    mae = g.person(female=True)
    med = g.person()
    city, uf = g.city()
    sub = g.pick(SUBCONTRACTORS + BUILDERS[:3])
    doc.f("COMUNICAÇÃO DE ACIDENTE DO TRABALHO — CAT\nTipo: «tp»    Iniciativa: empregador    Nº do recibo: «rec»\n\n"
          "I — EMITENTE\nRazão social: «s»\nCNPJ: «cn»      CNAE: «cnae»\nTelefone: (obra) ramal «r»\n\n",
          tp=g.pick(["1 - Inicial", "1 - Inicial", "2 - Reabertura"]), rec=f"{g.d(5)}.{g.d(5)}.{g.d(5)}", s=sub.upper(),
          cn=(g.cnpj(alnum=g.chance(0.25)), "BR_CNPJ"), cnae=g.pick(["4120-4/00", "4399-1/03", "4330-4/04", "4321-5/00"]), r=g.d(3))
    doc.f("II — ACIDENTADO\nNome: «n»\nNome da mãe: «m»\nData de nascimento: «dob»   Sexo: «sx»   Estado civil: «ec»\n"
          "CPF: «cpf»   NIT/PIS: «pis»   CTPS: «ct»\nRG: «rg»   CNS: «cns»\n"
          "Endereço: «a»   Bairro: «bai»   CEP: «cep»   Município: «c»/«uf»\nTelefone: «t»\n"
          "CBO: «cbo»   Remuneração: R$ «sal»   Filiação: empregado\n\n",
          n=P(g.pick([w.caps, w.full])), m=P(g.pick([mae.caps, mae.full])), dob=(g.dob("br", 1962, 2006), "DATE_OF_BIRTH"),
          sx="F" if w.female else "M", ec=estado_civil(g, w), cpf=(g.cpf(), "BR_CPF"), pis=(g.pis(), "BR_PIS"), ct=ctps(g),
          rg=(g.rg(), "BR_RG") if g.chance(0.7) else V("RNM " + g.pick("VGF") + g.d(6) + "-" + g.pick("ABCX")),
          cns=(g.cns(), "BR_CNS"), a=(g.address(g.pick(["text", "caps"])), "ADDRESS"), bai=g.pick(BAIRROS), cep=(g.cep(), "BR_CEP"),
          c=city, uf=uf, t=(g.phone(), "PHONE_NUMBER"),
          cbo=g.pick(["7170-20 Servente de obras", "7152-10 Pedreiro", "7155-05 Carpinteiro", "7156-10 Eletricista de instalações",
                      "7153-15 Armador de estrutura de concreto", "7102-05 Mestre (construção civil)"]),
          sal=g.money(1600, 4200))
    t1, t2 = g.person(female=False), g.person(female=False)
    doc.f("III — ACIDENTE\nData: «d»   Hora: «h»   Horas trabalhadas: «ht»   Tipo: típico   Houve afastamento: «af»\n"
          "Local: canteiro de obras do «dev» — «ea» — CNO «cno»\nParte(s) do corpo atingida(s): «pc»\nAgente causador: «ag»\n"
          "Descrição: «desc»\nRegistro policial: não   Óbito: não\nTestemunhas: «t1» (tel. «tt1») e «t2»\n\n",
          d=g.date("br"), h=g.hm(), ht=f"0{g.ri(1, 8)}:{g.ri(0, 59):02d}", af=g.pick(["sim", "sim", "não"]), dev=g.pick(DEVELOPMENTS),
          ea=f"{g.pick(['Rua', 'Avenida', 'Rodovia'])} {g.pick(STREET_NAMES)}, {g.ri(10, 4000)}", cno=cno(g),
          pc=g.pick(["mão esquerda", "pé direito", "coluna lombar", "cabeça", "olho direito", "antebraço"]),
          ag=g.pick(["andaime tubular", "serra circular de bancada", "betoneira", "prego de fôrma de madeira", "vergalhão CA-50",
                     "escada de mão", "bloco cerâmico em queda"]),
          desc=g.pick(["ao desmontar a fôrma de madeira do pilar P7, o trabalhador perdeu o equilíbrio e caiu de altura aproximada de 2 m",
                       "durante o corte de tábua na serra circular, sofreu corte no 2º quirodáctilo",
                       "pisou em prego exposto na laje do 4º pavimento", "foi atingido por bloco que caiu do guincho de coluna",
                       "partícula de concreto atingiu o olho durante o apicoamento"]),
          t1=P(g.pick([t1.full, t1.short])), tt1=(g.phone(), "PHONE_NUMBER"), t2=P(g.pick([t2.full, t2.nick])))
    doc.f("IV — ATESTADO MÉDICO\nUnidade: «u»   Data: «d»   Hora: «h»\nDuração provável do tratamento: «dias» dias   Internação: «i»\n"
          "Natureza da lesão: «nl»\nDiagnóstico provável: CID-10 «cid» «cid2»\nMédico: «med» — «crm»\n",
          u=g.pick(["UPA 24h Zona Norte", "Hospital Municipal", "Pronto-Socorro Central", "Santa Casa de Misericórdia"]), d=g.date("br"),
          h=g.hm(), dias=g.ri(2, 90), i=g.pick(["não", "sim"]), nl=g.pick(["fratura", "corte/laceração", "contusão", "corpo estranho"]),
          cid=g.pick(CIDS_TRAUMA), cid2=g.pick(["W12", "W23", "W45", "W31", ""]), med=P(med.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    return doc


def sa_aso(g: Gen) -> Doc:
    """Batch of occupational health certificates (ASO) printed by the clinic for one site."""
    doc = Doc()
    sub = g.pick(SUBCONTRACTORS + BUILDERS[:4])
    cnpj = g.cnpj()
    coord = g.person()
    uf = g.pick(UFS)
    coord_crm = g.council("CRM", uf)
    clinic = g.pick(["Clínica Ocupacional Luz", "MedTrab Pinheiro", "Saúde & Segurança Rocha", "Clinicor Medicina do Trabalho"])
    n = g.ri(2, 3)
    for k in range(n):
        w = worker(g)
        ex = g.person()
        func = g.pick(FUNCOES)
        tipo = g.pick(["Admissional", "Admissional", "Periódico", "Demissional", "Mudança de risco"])
        doc.f("«cl» — ASO  (página «k»/«n»)\nATESTADO DE SAÚDE OCUPACIONAL — NR-7    Tipo: «tp»\n"
              "Empresa: «s»   CNPJ: «cn»\nTrabalhador: «w»\nCPF: «cpf»   RG: «rg»   Nasc.: «dob»   Função: «f»   Setor: obra\n"
              "Riscos: físico (ruído, calor); químico (poeira de cimento, sílica cristalina); ergonômico; acidente (trabalho em altura — NR-35)\n",
              cl=clinic, k=k + 1, n=n, tp=tipo, s=sub, cn=(cnpj, "BR_CNPJ"), w=P(g.pick([w.caps, w.full])), cpf=(g.cpf(), "BR_CPF"),
              rg=(g.rg(), "BR_RG") if g.chance(0.75) else V("não informado"), dob=(g.dob(g.pick(["br", "short"]), 1962, 2006), "DATE_OF_BIRTH"), f=func)
        rows = [[V(e), V(g.date("br")), V(g.pick(r))] for e, r in
                [("Exame clínico", ["normal"]), ("Audiometria tonal", ["normal", "PAIR leve bilateral", "normal"]),
                 ("Espirometria", ["normal", "distúrbio ventilatório leve"]), ("Glicemia de jejum", [f"{g.ri(70, 140)} mg/dL"]),
                 ("ECG", ["ritmo sinusal"]), ("Acuidade visual", ["20/20", "20/30 OD"])][:g.ri(4, 6)]]
        table_ruled(doc, ["Exame", "Data", "Resultado"], rows, g.pick(["plus", "bare"]))
        doc.f("Parecer: «p»\nMédico examinador: «ex» — «crm»\nMédico coordenador do PCMSO: «co» — «ccrm»\n"
              "Ciente do trabalhador: ______________ «w»\n\n".replace("«w»", "«w»" if g.chance(0.4) else ""),
              p=g.pick(["APTO para a função", "APTO para a função e para trabalho em altura", "APTO com restrição: evitar carga > 20 kg",
                        "INAPTO temporariamente — reavaliar em 30 dias"]),
              ex=P(ex.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), co=P(coord.full), ccrm=(coord_crm, "PROFESSIONAL_ID"),
              w=P(w.full))
    return doc


def sa_rdo(g: Gen) -> Doc:
    """Daily site report (RDO) with crew list, equipment, deliveries and a safety incident."""
    doc = Doc()
    dev = g.pick(DEVELOPMENTS)
    eng, mestre, tst = g.person(), g.person(female=False), g.person()
    uf = g.pick(UFS)
    doc.f("RELATÓRIO DIÁRIO DE OBRA — RDO nº «n»\nObra: «dev»   Data: «d»   Dia da semana: «ds»\n"
          "Clima: manhã «c1» / tarde «c2»   Condição: «cond»\nResponsável técnico: «eng» — «crea»\n\n",
          n=g.ri(40, 700), dev=dev, d=g.date("br"), ds=g.pick(["segunda", "terça", "quarta", "quinta", "sexta", "sábado"]),
          c1=g.pick(["bom", "nublado", "chuva fraca"]), c2=g.pick(["bom", "chuva forte", "nublado"]),
          cond=g.pick(["praticável", "impraticável à tarde"]), eng=P(eng.full), crea=(g.council("CREA", uf), "PROFESSIONAL_ID"))
    doc.t("EFETIVO (terceirizados — nominal, p/ controle NR-18):\n")
    crew = [worker(g) for _ in range(g.ri(4, 6))]
    sub = g.pick(SUBCONTRACTORS)
    for w in crew:
        if g.chance(0.55):
            doc.f("  - «n» («f», «s») — CPF «cpf»\n", n=P(g.pick([w.full, w.caps])), f=g.pick(FUNCOES[:12]), s=sub,
                  cpf=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"))
        else:
            doc.f("  - «n» («f», «s»)\n", n=P(g.pick([w.full, w.short, w.caps, w.nick if w.nick != w.first else w.short])),
                  f=g.pick(FUNCOES[:12]), s=sub)
    doc.f("Próprios: «a» (mestre: «m»)\n\n", a=g.ri(3, 20), m=P(g.pick([mestre.nick, mestre.short, mestre.first])))
    mot = g.person(female=False)
    doc.f("EQUIPAMENTOS / ENTREGAS:\n  - betoneira 400 L (locada — «sup»)\n  - caminhão betoneira placa «pl» — «m3» m³ fck 30 — NF «nf» — motorista «mot»\n"
          "  - caminhão de entrega «pl2» — «mat» «rua»\n\nSERVIÇOS EXECUTADOS:\n  - «s1»\n  - «s2»; «wu»\n\n",
          sup=g.pick(SUPPLIERS), pl=(g.plate(), "LICENSE_PLATE"), m3=g.ri(6, 10), nf=g.d(6),
          mot=P(g.pick([mot.first, mot.full])) if g.chance(0.5) else g.pick(["da concreteira", "terceirizado", "não identificado"]),
          rua=g.pick(["", "", "(descarregou na " + g.pick(["Barão de Mauá", "Prudente de Morais", "Castro Alves", "Padre Cícero", "Joaquim Nabuco"]) + ", sem autorização da CET)",
                      "(aguardou 40 min na " + g.pick(["Marechal Deodoro", "Santos Dumont", "Irmã Dulce"]) + " por falta de vaga)"]),
          pl2=(g.plate(), "LICENSE_PLATE"), mat=g.pick(["blocos cerâmicos (Cerâmica Prudente)", "aço CA-50 (Ferro & Aço Gurgel)",
                                                         "madeira para fôrma (Madeireira São Benedito)", "argamassa AC-III"]),
          s1=g.pick(["concretagem da laje do 7º pavimento", "alvenaria de vedação do 3º pav.", "chapisco da fachada leste",
                     "armação dos pilares P1 a P12", "impermeabilização do reservatório"]),
          s2=g.pick(["instalações elétricas do térreo", "desforma do 5º pavimento", "reboco interno torre B"]), wu=g.pick(WORD_USES))
    vic = g.pick(crew)
    doc.f("OCORRÊNCIAS:\n  «h» — o colaborador «v» (CPF «cpf») «oc». Atendido pel«to» técnic«to» de segurança «tst», encaminhado pelo SAMU "
          "à «upa». Esposa avisada pelo tel. «t». CAT a emitir pela «sub».\n",
          h=g.hm(), v=P(vic.full), cpf=(g.cpf(), "BR_CPF"),
          oc=g.pick(["escorregou na rampa de acesso molhada e torceu o tornozelo", "teve corte na mão ao manusear chapa de compensado",
                     "sentiu tontura (calor) no 9º pavimento", "foi atingido por respingo de concreto no olho"]),
          to=tst.o, tst=P(tst.full), upa=g.pick(["UPA Zona Sul", "UPA 24h Centro", "Hospital Regional"]), t=(g.phone(), "PHONE_NUMBER"), sub=sub)
    if g.chance(0.45):
        viz = g.person()
        doc.f("  Visita da vizinha «v» («a»), reclamando de poeira e de trinca no muro; orientada a registrar no SAC.\n",
              v=P(viz.full), a=(g.address(), "ADDRESS"))
    if g.chance(0.5):
        doc.f("  Fiscalização da Caixa (engenharia) — medição «m»% — sem pendências.\n", m=g.ri(20, 95))
    if g.chance(0.5):
        doc.f("\nAssinaturas: ________ «m» (mestre de obras)   ________ «e» (engenheir«eo»)\n",
              m=P(mestre.full), e=P(eng.short), eo=eng.o)
    else:
        doc.t("\nAssinaturas: ________ (mestre de obras)   ________ (responsável técnico)\n")
    return doc


def sa_atestados(g: Gen) -> Doc:
    """HR spreadsheet (CSV) of medical certificates handed in by site workers."""
    doc = Doc()
    sep = g.pick([";", ",", "\t"])
    doc.f("controle_atestados_obras_«m».csv — exportado do DP por «by»\n", m=g.date("my").replace("/", "_"), by=g.pick(["rpa_dp", "svc-folha", "usr0" + g.d(3)]))
    rows = []
    docs_ = [(g.person(), g.council("CRM")) for _ in range(3)]
    for _ in range(g.ri(5, 7)):
        w = worker(g)
        md, crm = g.pick(docs_)
        rows.append([V(g.d(6)), P(g.pick([w.caps, w.full, w.caps, w.inverted])), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
                     V(g.pick(FUNCOES[:12])), V(g.pick(DEVELOPMENTS)), V(g.date("br")), V(str(g.ri(1, 15))),
                     V(g.pick(CIDS_OCUP + CIDS_TRAUMA)), P(g.pick([md.full, md.short])) if g.chance(0.45) else V(""), (crm, "PROFESSIONAL_ID"),
                     (g.cns(False), "BR_CNS") if g.chance(0.6) else V(""),
                     (g.phone(g.pick(["raw", "par", "plain"])), "PHONE_NUMBER") if g.chance(0.7) else V(""),
                     V(g.pick(["", "entregou fora do prazo", "acid. trabalho - ver CAT", "abonado", "conferir assinatura"]))])
    table_csv(doc, ["matricula", "nome", "cpf", "funcao", "obra", "data_atestado", "dias", "cid", "medico", "crm", "cns", "celular", "obs"], rows, sep)
    doc.f("# total de dias perdidos no mês: «t» — resp. SESMT: «r»\n", t=g.ri(10, 90), r=P(g.person().full))
    return doc


def sa_upa(g: Gen) -> Doc:
    """Emergency record (UPA) of a construction worker after a fall at the site."""
    doc = Doc()
    p = worker(g)
    mae = g.person(female=True)
    city, uf = g.city()
    comp, enf, med = g.person(female=False), g.person(), g.person()
    doc.f("UPA 24H «u» — «c»/«uf»\nFICHA DE ATENDIMENTO Nº «n»       Entrada: «d» «h»\n\nPaciente: «p»\nNasc.: «dob» («age» anos)   Sexo: «sx»\n"
          "CNS: «cns»   CPF: «cpf»\nMãe: «m»\nEndereço: «a» — «bai» — CEP «cep»\nTel.: «t»\nAcompanhante: «ac» (colega de trabalho) — tel. «at»\n\n",
          u=g.pick(["ZONA NORTE", "CENTRO", "JARDIM AURORA", "PORTAL DO PILAR"]), c=city.upper(), uf=uf, n=g.protocol(), d=g.date("br"),
          h=g.hm(), p=P(g.pick([p.caps, p.full])), dob=(g.dob("br", 1965, 2006), "DATE_OF_BIRTH"), age=g.ri(19, 60),
          sx="F" if p.female else "M", cns=(g.cns(), "BR_CNS"), cpf=(g.cpf(), "BR_CPF") if g.chance(0.7) else V("não portava"),
          m=P(g.pick([mae.full, mae.caps])), a=(g.address(g.pick(["text", "caps", "low"])), "ADDRESS"), bai=g.pick(BAIRROS),
          cep=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"), ac=P(g.pick([comp.full, comp.first, comp.nick])), at=(g.phone(), "PHONE_NUMBER"))
    doc.f("CLASSIFICAÇÃO DE RISCO (Manchester): «cr» — enf. «enf» («coren»)\nPA «pa» mmHg  FC «fc» bpm  SpO2 «sat»%  Dor «dor»/10\n\n"
          "Queixa: «q»\nHDA: trabalhador da construção civil, «hda». Nega perda de consciência. «ep»\n"
          "Exame: «ex»\nHD: «cid» / causa externa «ce»\nConduta: «cd»\n\nMédico(a): «med» — «crm»\n",
          cr=g.pick(["LARANJA", "AMARELO", "VERDE"]), enf=P(enf.full), coren=(g.council("COREN", uf), "PROFESSIONAL_ID"),
          pa=f"{g.ri(100, 170)}x{g.ri(60, 100)}", fc=g.ri(60, 120), sat=g.ri(92, 99), dor=g.ri(3, 10),
          q=g.pick(["queda de andaime (~3 m) na obra", "corte profundo na mão em serra", "dor lombar após carregar saco de cimento",
                    "trauma em pé por queda de vergalhão"]),
          hda=g.pick(["refere queda de altura há 1 h", "refere acidente há 40 min no canteiro", "trazido pelo SAMU"]),
          ep=g.pick(["Usava capacete, sem cinto de segurança.", "Sem EPI segundo acompanhante.", ""]),
          ex=g.pick(["edema e deformidade em punho D", "FCC 4 cm em região palmar", "dor à palpação de L4-L5, sem déficit"]),
          cid=g.pick(CIDS_TRAUMA), ce=g.pick(["W12", "W13.9", "W31", "W20"]),
          cd=g.pick(["RX, imobilização, encaminhado ao ortopedista de referência", "sutura + antitetânica, atestado 5 dias",
                     "analgesia, TC de crânio, observação 6 h"]), med=P(med.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    return doc


def sa_pcmso(g: Gen) -> Doc:
    """E-mail from the occupational clinic to the builder's HR: workers with overdue exams."""
    doc = Doc()
    b = g.pick(BUILDERS)
    dom = builder_domain(b, g)
    te, dp, enc = g.person(female=True), g.person(), g.person(female=False)
    cdom = g.pick(["clinicaluz.med.br", "medtrabpinheiro.com.br", "clinicor.com.br"])
    uf = g.pick(UFS)
    doc.f("De: «te» <«tee»>\nPara: dp.obras@«dom»; «dp» <«dpe»>\nAssunto: Pendências PCMSO — «dev» — exames vencidos/a vencer\n\n"
          "Bom dia, «dpf»!\n\nSegue a relação dos colaboradores da obra com exames periódicos vencidos ou vencendo em 30 dias. "
          "Sem o ASO em dia eles não podem subir para trabalho em altura (NR-35).\n\n",
          te=P(te.full), tee=(corp_mail(te, cdom), "EMAIL_ADDRESS"), dom=dom, dp=P(dp.full), dpe=(corp_mail(dp, dom), "EMAIL_ADDRESS"),
          dev=g.pick(DEVELOPMENTS), dpf=P(dp.first))
    rows = []
    for _ in range(g.ri(4, 6)):
        w = worker(g)
        rows.append([P(g.pick([w.caps, w.full])), (g.cpf(), "BR_CPF"), (g.dob("br", 1962, 2006), "DATE_OF_BIRTH"),
                     (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER") if g.chance(0.7) else V("sem tel."), V(g.pick(FUNCOES)), V(g.pick(["audiometria", "espirometria", "ASO periódico", "RX tórax OIT", "hemograma"])),
                     V(g.date("br"))])
    table_ruled(doc, ["Nome", "CPF", "Nascimento", "Celular", "Função", "Pendência", "Vencimento"], rows, g.pick(["plus", "plus", "bare"]))
    doc.f("\nPeço que o «enc» (encarregado) libere o pessoal na «dia» às 7h; o «cid» dos que tiveram PAIR no último exame segue com a "
          "Dra. «md» («crm»). «w»\n\nAtt.,\n«te2»\nTécnica de Enfermagem do Trabalho — «coren»\n",
          enc=P(g.pick([enc.nick, enc.first, enc.short])), dia=g.pick(["segunda", "terça", "quarta"]), cid="CID H83.3",
          md=P(g.person(female=True).full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          w=g.pick(["", "Obs.: o servente haitiano que entrou mês passado ainda não trouxe o CPF, só o protocolo de refúgio.",
                    "Lembrando que o PGR da obra vence em " + g.date("br") + "."]),
          te2=P(te.short), coren=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    return doc


def sa_ouvidoria(g: Gen) -> Doc:
    """Ombudsman (SUS) complaint by a neighbour: dust, noise, standing water at the site; child's asthma."""
    doc = Doc()
    m = g.person()
    kid = g.relative(m)
    ped, fis, viz = g.person(female=True), g.person(), g.person()
    city, uf = g.city()
    dev, b = g.pick(DEVELOPMENTS), g.pick(BUILDERS)
    doc.f("PREFEITURA MUNICIPAL DE «c» — SECRETARIA DE SAÚDE — OUVIDORIA SUS\nManifestação nº «n»   Tipo: DENÚNCIA   "
          "Assunto: Vigilância em Saúde Ambiental / Sanitária\nData: «d»   Canal: «can»\n\nMANIFESTANTE\nNome: «mn»   CPF: «cpf»\n"
          "Telefone: «t»   E-mail: «e»\nEndereço: «a», «bai», CEP «cep»\nSigilo solicitado: «sg»\n\n",
          c=city.upper(), n=f"{g.pick([2025, 2026])}/{g.d(6)}", d=g.date("br"), can=g.pick(["136", "formulário web", "presencial"]),
          mn=P(m.full), cpf=(g.cpf(), "BR_CPF"), t=(g.phone(), "PHONE_NUMBER"), e=(g.email(m), "EMAIL_ADDRESS"),
          a=(g.address(), "ADDRESS"), bai=g.pick(BAIRROS), cep=(g.cep(), "BR_CEP"), sg=g.pick(["sim", "não"]))
    doc.f("RELATO\n«r1» «mf» «k», nascid«ko» em «dob», cartão SUS «cns», tem asma (CID J45.9) e já foi «x» vezes à UBS este mês; "
          "a pediatra, Dra. «ped» («crm»), fez laudo dizendo que a poeira piora as crises. «r2» A vizinha «viz» também tem "
          "reclamado. «r3»\n\n",
          r1=g.pick([f"Moro em frente à obra do {dev} ({b}).", f"A obra do {dev} fica colada no meu muro.",
                     "Do lado da minha casa estão construindo um prédio de 14 andares."]),
          mf="Minha filha" if kid.female else "Meu filho", ko=kid.o, k=P(g.pick([kid.full, kid.first])), dob=(g.dob("br", 2013, 2023), "DATE_OF_BIRTH"), cns=(g.cns(), "BR_CNS"), x=g.ri(2, 5),
          ped=P(ped.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          r2=g.pick(["Além disso tem água parada nas caixas e fôrmas, e no bairro já teve casos de dengue (A90).",
                     "A serra começa às 6h e ninguém molha o chão para baixar a poeira.",
                     "Os banheiros químicos da obra ficam virados para a minha janela e o cheiro é insuportável."]),
          viz=P(g.pick([viz.full, viz.first])), r3=g.pick(["", "Peço providências urgentes.", "Já reclamei na construtora (protocolo " + g.protocol() + ") e nada."]))
    doc.f("ENCAMINHAMENTO\n«d» — encaminhado à Vigilância Sanitária/Ambiental. Fiscal designad«fo»: «fis» (mat. «mat»). Vistoria realizada em «d2»: "
          "«res» Lavrado auto de intimação nº «ai» à construtora, prazo de 10 dias. Resposta ao manifestante enviada por e-mail.\n",
          d=g.date("br"), fo=fis.o, fis=P(fis.full), mat=g.d(5), d2=g.date("br"),
          res=g.pick(["constatados 3 focos de Aedes em fôrmas e pneus no canteiro.", "constatada ausência de umectação e tela de proteção na fachada.",
                      "canteiro organizado; orientada a construtora quanto ao horário."]), ai=g.d(6))
    return doc


SA_TEMPLATES = [sa_cat, sa_aso, sa_rdo, sa_atestados, sa_upa, sa_pcmso, sa_ouvidoria]


# =========================================================================== financeiro

BANKS = [("001", "Banco do Brasil"), ("104", "Caixa"), ("237", "Bradesco"), ("341", "Itaú"), ("033", "Santander"),
         ("260", "Nubank"), ("077", "Inter"), ("756", "Sicoob"), ("748", "Sicredi"), ("336", "C6")]


def fi_mcmv(g: Gen) -> Doc:
    """Housing-finance file (Minha Casa Minha Vida) prepared by a Caixa Aqui correspondent, with income proof."""
    doc = Doc()
    p1 = g.person()
    two = g.chance(0.6)
    p2 = spouse_of(g, p1) if two else None
    at = g.person()
    city, uf = g.city()
    faixa = g.pick(["Faixa 1", "Faixa 2", "Faixa 2", "Faixa 3"])
    doc.f("FICHA CADASTRAL — HABITAÇÃO — PROGRAMA MINHA CASA, MINHA VIDA («fx»)\nCorrespondente Caixa Aqui: «corr» — atendente: «at»\n"
          "Empreendimento: «dev» — unidade «u» — valor de avaliação R$ «va»\n\n",
          fx=faixa, corr=g.pick(["Pilar Correspondente Bancário Ltda", "Casa Fácil Aurora Assessoria", "Rocha Crédito Imobiliário ME"]),
          at=P(at.full), dev=g.pick(DEVELOPMENTS), u=f"{g.ri(1, 5)}{g.ri(1, 8):02d}-{g.pick('ABCD')}", va=g.money(160000, 350000))
    for i, p in enumerate([p1, p2] if two else [p1], 1):
        doc.f("PROPONENTE «i»\nNome: «n»\nCPF: «cpf»   RG: «rg»   Data nasc.: «dob»   Estado civil: «ec»\nPIS/PASEP: «pis»   "
              "Título de eleitor: «te»\nCelular: «t»   E-mail: «e»\nEmpregador: «emp» — CNPJ «cn» — admissão «adm»\n"
              "Renda bruta: R$ «rb»   Ocupação: «oc»\n",
              i=i, n=P(g.pick([p.caps, p.full])), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), dob=(g.dob("br", 1965, 2005), "DATE_OF_BIRTH"),
              ec="casad" + p.o if two else estado_civil(g, p), pis=(g.pis(), "BR_PIS"),
              te=(g.titulo(), "BR_TITULO_ELEITOR") if g.chance(0.5) else V("—"), t=(g.phone(), "PHONE_NUMBER"),
              e=(g.email(p), "EMAIL_ADDRESS") if g.chance(0.85) else V("não possui"),
              emp=g.pick(SUBCONTRACTORS + ["Supermercado Prudente Ltda", "Hospital Bom Jesus", "Transportes Rosa Amado Ltda",
                                           "Prefeitura Municipal", "Padaria Flor do Trigo ME"]),
              cn=(g.cnpj(alnum=g.chance(0.2)), "BR_CNPJ"), adm=g.date("br", g.ri(2008, 2023)), rb=g.money(1400, 5500), oc=profissao(g, p))
    doc.f("Endereço atual: «a» — «bai» — «c»/«uf» — CEP «cep»   (aluguel R$ «al»)\n", a=(g.address(), "ADDRESS"), bai=g.pick(BAIRROS),
          c=city, uf=uf, cep=(g.cep(), "BR_CEP"), al=g.money(450, 1400))
    for _ in range(g.ri(0, 2)):
        dep = g.relative(p1)
        doc.f("Dependente: «n» — nasc. «dob»\n", n=P(dep.full), dob=(g.dob("br", 2008, 2024), "DATE_OF_BIRTH"))
    doc.t("\nCOMPROVAÇÃO DE RENDA (últimos 3 holerites do proponente 1):\n")
    rows = []
    for k in range(3):
        b_ = g.ri(1500, 5000)
        rows.append([V(f"{g.ri(1, 12):02d}/2025"), V(f"{b_:,}".replace(",", ".") + ",00"), V(g.money(100, 900)), V(g.money(1200, 4500))])
    table_ruled(doc, ["Competência", "Bruto", "Descontos", "Líquido"], rows, g.pick(["plus", "bare", "psql"]))
    bk = g.pick(["104", "104", "001"])
    doc.f("\nFGTS: saldo R$ «fg» (conta vinculada do PIS acima) — uso na entrada: «uso»\nSubsídio estimado: R$ «sub»   "
          "Prazo: «pz» meses   Taxa: «tx»% a.a. + TR\nConta para débito das prestações: banco «bk», ag. «ag», conta «cc»\n"
          "Pendências: «pend»\n", fg=g.money(800, 40000), uso=g.pick(["sim", "não"]), sub=g.money(0, 55000), pz=g.pick([360, 420]),
          tx=g.pick(["4,25", "4,75", "5,00", "6,50", "7,66"]), bk=bk, ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
          pend=g.pick(["nenhuma", "certidão de casamento atualizada", "IRPF 2025 do proponente 2", "restrição Serasa (R$ " + g.money(80, 900) + ") — regularizar"]))
    return doc


def fi_folha(g: Gen) -> Doc:
    """Payroll extract of a subcontracted crew for one site, with bank details and one Pix payee."""
    doc = Doc()
    sub = g.pick(SUBCONTRACTORS)
    dp = g.person()
    doc.f("«s» — CNPJ «cn»\nFOLHA DE PAGAMENTO — competência «m» — Obra: «dev» (CNO «cno»)\n\n",
          s=sub.upper(), cn=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"), m=g.date("my"), dev=g.pick(DEVELOPMENTS), cno=cno(g))
    rows = []
    pix_people = []
    for _ in range(g.ri(5, 7)):
        w = worker(g)
        pix = g.chance(0.2)
        bk = g.pick(BANKS)
        row = [P(g.pick([w.caps, w.caps, w.full, w.inverted])), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), (g.pis(), "BR_PIS"), V(g.pick(FUNCOES)),
               V(str(g.ri(14, 26))), V(g.money(1500, 4200)), V(g.money(0, 900)), V(g.money(1300, 4800))]
        if pix:
            row += [V("PIX"), V("—"), V("ver obs.")]
            pix_people.append(w)
        else:
            row += [V(bk[0]), (g.agency(), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT")]
        rows.append(row)
    table_ruled(doc, ["Nome", "CPF", "PIS", "Função", "Dias", "Sal. base", "HE 50%", "Líquido", "Bco", "Ag.", "Conta"], rows,
                g.pick(["plus", "psql", "bare"]))
    doc.t("\nObs.:\n")
    for w in pix_people:
        doc.f("- «n»: sem conta bancária, pagamento via Pix (chave aleatória) «k»\n", n=P(g.pick([w.first, w.full])), k=(g.uuid(), "PIX_KEY"))
    doc.f("- Descontado vale de R$ «v» adiantado pelo encarregado «e».\n- INSS retido 11% sobre a nota de serviço (Lei 8.212/91, art. 31); "
          "GPS com código «gps».\n- Protocolo eSocial «ps».\n\nResponsável DP: «dp» — «dpe»\n",
          v=g.money(50, 400), e=P(g.pick([g.person(female=False).nick, g.person(female=False).short])), gps=g.pick(["2631", "2100", "2208"]),
          ps=g.pick([f"1.2.{g.d(18)}", g.neg(11)]), dp=P(dp.full), dpe=(corp_mail(dp, fold(sub.split()[0]).lower() + ".com.br"), "EMAIL_ADDRESS"))
    return doc


def fi_locacao(g: Gen) -> Doc:
    """Rental invoice of site equipment (scaffolds, concrete mixers), with delivery and return slips."""
    doc = Doc()
    sup = g.pick(SUPPLIERS)
    b = g.pick(BUILDERS)
    pf = g.chance(0.3)
    if pf:
        own = g.person()
        doc.f("RECIBO DE LOCAÇÃO DE EQUIPAMENTO — Nº «n»\nLocador: «o» (pessoa física) — CPF «cpf» — tel. «t»\n",
              n=g.d(4), o=P(own.full), cpf=(g.cpf(), "BR_CPF"), t=(g.phone(), "PHONE_NUMBER"))
    else:
        doc.f("FATURA DE LOCAÇÃO Nº «n»\nLocadora: «s» — CNPJ «cn» — IE «ie»\n", n=f"{g.d(3)}/{g.pick([2025, 2026])}", s=sup,
              cn=(g.cnpj(alnum=g.chance(0.35)), "BR_CNPJ"), ie=g.d(12))
    alm = g.person()
    doc.f("Locatária: «b» — CNPJ «cb»\nObra: «dev» — CNO «cno»\nContato na obra: «a» (almoxarife) — «t»\n\n",
          b=b, cb=(g.cnpj(), "BR_CNPJ"), dev=g.pick(DEVELOPMENTS), cno=cno(g), a=P(g.pick([alm.full, alm.short])), t=(g.phone(), "PHONE_NUMBER"))
    items = g.rng.sample([("Andaime tubular 1,00 x 1,50 m (peça)", 120), ("Betoneira 400 L c/ motor 2 CV", 1), ("Compactador de solo (sapo)", 1),
                          ("Guincho de coluna 400 kg", 1), ("Escora metálica 3,10 m", 300), ("Martelete rompedor 10 kg", 2),
                          ("Plataforma de andaime (prancha metálica)", 40), ("Rodízio p/ andaime", 16), ("Vibrador de imersão", 2)], g.ri(3, 5))
    rows = []
    for name, q in items:
        q = max(1, q + g.ri(-q // 3, q // 3))
        rows.append([V(str(q)), V(name), V(f"{g.ri(7, 30)} dias"), V(g.money(1, 90)), V(g.money(100, 9000))])
    table_ruled(doc, ["Qtd", "Descrição", "Período", "Diária (R$)", "Total (R$)"], rows, g.pick(["plus", "bare"]))
    mot, rec = g.person(female=False), g.person()
    doc.f("\nENTREGA: caminhão «pl», motorista «m» (CNH «cnh»), em «d». Recebido por «r», RG «rg».\n",
          pl=(g.plate(), "LICENSE_PLATE"), m=P(mot.full), cnh=(g.cnh(), "BR_CNH"), d=g.date("br"), r=P(g.pick([rec.full, rec.caps])),
          rg=(g.rg(), "BR_RG"))
    if g.chance(0.6):
        mot2 = g.person(female=False)
        doc.f("DEVOLUÇÃO PARCIAL: «d», caminhão «pl», motorista «m» — avarias: «av» (cobrança de R$ «v»).\n",
              d=g.date("br"), pl=(g.plate(), "LICENSE_PLATE"), m=P(mot2.full),
              av=g.pick(["2 diagonais tortas", "betoneira com a coroa quebrada", "3 pranchas faltantes", "nenhuma"]), v=g.money(0, 1800))
    if pf:
        doc.f("\nTOTAL: R$ «v» — pagamento via Pix, chave aleatória «k» (titular: «o»)\n",
              v=g.money(500, 6000), k=(g.uuid(), "PIX_KEY"), o=P(own.short))
    else:
        doc.f("\nTOTAL: R$ «v» — vencimento «d»\nLinha digitável: «bol»\nNF-e de serviço nº «nf» — chave de acesso «ch»\n",
              v=g.money(1500, 38000), d=g.date("br"), bol=boleto_line(g), nf=g.d(6), ch=nfe_key(g))
    return doc


def fi_cobranca(g: Gen) -> Doc:
    """Collections e-mail thread about overdue instalments (INCC-corrected) of a unit under construction."""
    doc = Doc()
    c = g.person()
    an = g.person()
    b = g.pick(BUILDERS)
    dom = builder_domain(b, g)
    doc.f("De: cobranca@«dom»\nPara: «e»\nAssunto: Parcelas em aberto — contrato «ct» — unidade «u»\n\n"
          "Prezad«o» «n» (CPF «cpf»),\n\nIdentificamos as seguintes parcelas em aberto do seu contrato de promessa de compra e venda "
          "(correção mensal pelo INCC-DI, multa de 2% e juros de 1% a.m.):\n\n",
          dom=dom, e=(g.email(c), "EMAIL_ADDRESS"), ct=f"{g.d(5)}-{g.d(2)}", u=f"{g.ri(1, 18)}{g.ri(1, 8):02d}", o=c.o,
          n=P(g.pick([c.full, c.first, c.caps])), cpf=(g.cpf(g.pick(["dot", "dot", "raw"])), "BR_CPF"))
    rows = []
    for k in range(g.ri(2, 4)):
        rows.append([V(f"{g.ri(10, 40)}/{g.pick([36, 40, 48])}"), V(g.date("br")), V(g.money(600, 2600)), V(g.money(5, 90)),
                     V(g.money(10, 60)), V(g.money(620, 2800))])
    table_ruled(doc, ["Parcela", "Vencimento", "Valor orig.", "INCC", "Multa+juros", "Atualizado"], rows, g.pick(["plus", "bare"]))
    doc.f("\nPara regularizar, utilize o boleto abaixo ou o link de pagamento com cartão em até 12x.\nLinha digitável: «bol»\n\n"
          "Atenciosamente,\n«an»\nAnalista de Cobrança — «b»\n«ae» | ramal «r»\n\n",
          bol=boleto_line(g), an=P(an.full), b=b, ae=(corp_mail(an, dom), "EMAIL_ADDRESS"), r=g.d(4))
    sp = spouse_of(g, c)
    doc.f("-----Mensagem original-----\nDe: «e»\nEnviada em: «d»\n\nBoa tarde «af», a parcela «p» eu paguei com o cartão «cc» "
          "(validade «val»), segue comprovante. As outras vou pagar dia «dd». ",
          e=(g.email(c), "EMAIL_ADDRESS"), d=g.date("br"), af=P(an.first), p=f"{g.ri(10, 40)}", cc=(g.card(g.chance(0.7)), "CREDIT_CARD"),
          val=f"{g.ri(1, 12):02d}/{g.ri(26, 32)}", dd=g.ri(5, 28))
    k = g.ri(0, 2)
    if k == 1:
        doc.f("A partir do mês que vem quem vai assumir as parcelas é «rel», «n», CPF «cpf».",
              rel="meu marido" if c.female else "minha esposa", n=P(sp.full), cpf=(g.cpf(), "BR_CPF"))
    elif k == 2:
        doc.f("Estou desempregad«o», pedi o distrato no SAC, favor não negativar.", o=c.o)
    doc.f("\n«n»\n«t»\n\n", n=P(g.pick([c.first, c.full])), t=(g.phone(), "PHONE_NUMBER"))
    doc.f("[nota interna CRM — «w»: «nota»]\n", w=P(g.person().short),
          nota=g.pick(["cliente em tratativa de distrato com o jurídico, suspender régua", "cartão final conferido, baixar parcela manualmente",
                       "enviar para Serasa só após 90 dias (política 2025)"]))
    return doc


def fi_distrato(g: Gen) -> Doc:
    """Financial memo of a distrato: amounts paid, retention, refund and the buyers' bank or Pix details."""
    doc = Doc()
    a = g.person()
    co = spouse_of(g, a) if g.chance(0.5) else None
    an, jur = g.person(), g.person()
    uf = g.pick(UFS)
    doc.f("MEMÓRIA DE CÁLCULO — DISTRATO (Lei 13.786/2018)\nContrato nº «ct»   Unidade «u» — «dev» (patrimônio de afetação — Lei 10.931/2004)\n"
          "Adquirente: «a» — CPF «ac»\n", ct=f"{g.d(4)}/{g.pick([2021, 2022, 2023])}", u=f"{g.ri(1, 18)}{g.ri(1, 8):02d}",
          dev=g.pick(DEVELOPMENTS), a=P(g.pick([a.full, a.caps])), ac=(g.cpf(), "BR_CPF"))
    if co:
        doc.f("Coadquirente: «a» — CPF «ac»\n", a=P(g.pick([co.full, co.caps])), ac=(g.cpf(), "BR_CPF"))
    rows = [[V("Sinal"), V(g.money(3000, 20000))], [V(f"Parcelas mensais ({g.ri(5, 30)})"), V(g.money(10000, 60000))],
            [V("Intermediárias"), V(g.money(0, 20000))], [V("Correção INCC"), V(g.money(500, 5000))],
            [V("TOTAL PAGO"), V(g.money(20000, 100000))]]
    table_ruled(doc, ["Descrição", "Valor (R$)"], rows, g.pick(["plus", "bare"]))
    doc.f("\n(-) Comissão de corretagem: R$ «cc»\n(-) Pena convencional «pc»% (art. 67-A, II): R$ «pv»\n(-) Fruição: «fr»\n"
          "(=) VALOR A RESTITUIR: R$ «vr», em parcela única, «prazo»\n\n",
          cc=g.money(4000, 20000), pc=g.pick(["25", "50"]), pv=g.money(5000, 50000), fr=g.pick(["não aplicável (unidade não entregue)", "0,5% a.m. sobre o valor atualizado"]),
          vr=g.money(5000, 60000), prazo=g.pick(["em até 30 dias após o habite-se", "em até 180 dias da assinatura do distrato"]))
    if g.chance(0.45):
        doc.f("Dados para restituição: Pix — chave aleatória «k» (titular «t»)\n", k=(g.uuid(), "PIX_KEY"), t=P(a.full))
    else:
        bk = g.pick(BANKS)
        doc.f("Dados para restituição: «bn» («bc»), agência «ag», conta «cc», titular «t», CPF «cpf»\n", bn=bk[1], bc=bk[0],
              ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), t=P(a.full), cpf=(g.cpf(), "BR_CPF"))
    doc.f("\nElaborado por: «an» (Analista Financeiro)   Revisado por: «j» — «oab» (Coord. Jurídico)\nData: «d»   «w»\n",
          an=P(an.full), j=P(jur.full), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"), d=g.date("br"),
          w=g.pick(["", "Obs.: processo judicial nº " + g.cnj() + " será extinto após o pagamento.", "Retenção de 50% validada: incorporação com afetação averbada."]))
    return doc


def fi_medicao(g: Gen) -> Doc:
    """Measurement bulletin of a subcontracted crew (empreiteiro MEI) and its payment request."""
    doc = Doc()
    emp = g.person(female=False)
    eng, mestre = g.person(), g.person(female=False)
    uf = g.pick(UFS)
    serv = g.pick(["alvenaria de vedação (blocos cerâmicos 14x19x39)", "reboco interno e externo", "assentamento de piso cerâmico",
                   "forro de gesso acartonado", "pintura látex PVA", "fôrma e armação de lajes"])
    doc.f("BOLETIM DE MEDIÇÃO Nº «n» — período «d1» a «d2»\nEmpreiteiro: «e» — MEI CNPJ «cn» — CPF «cpf»\nServiço: «s»\nObra: «dev»\n\n",
          n=f"{g.ri(1, 20):02d}", d1=g.date("br"), d2=g.date("br"), e=P(g.pick([emp.full, emp.caps])), cn=(g.cnpj(), "BR_CNPJ"),
          cpf=(g.cpf(), "BR_CPF"), s=serv, dev=g.pick(DEVELOPMENTS))
    rows = []
    for k in range(g.ri(3, 5)):
        rows.append([V(f"{k + 1}.{g.ri(1, 9)}"), V(g.pick(["m²", "m²", "m", "un"])), V(f"{g.ri(100, 3000)},00"), V(f"{g.ri(50, 900)},{g.d(2)}"),
                     V(g.money(5, 90)), V(g.money(1000, 30000))])
    table_ruled(doc, ["Item", "Un.", "Qtd prev.", "Qtd medida", "P. unit.", "Total"], rows, g.pick(["plus", "bare", "psql"]))
    doc.f("\nBruto: R$ «b»   Retenção técnica 5%: R$ «r»   INSS 11%: R$ «i»   LÍQUIDO: R$ «l»\n\nEquipe do empreiteiro nesta medição:\n",
          b=g.money(10000, 80000), r=g.money(500, 4000), i=g.money(1000, 9000), l=g.money(8000, 70000))
    for _ in range(g.ri(3, 5)):
        w = worker(g)
        if g.chance(0.6):
            doc.f("  «n» — «f» — CPF «cpf» — PIS «pis»\n", n=P(g.pick([w.full, w.caps])), f=g.pick(FUNCOES[:10]), cpf=(g.cpf(), "BR_CPF"),
                  pis=(g.pis(), "BR_PIS"))
        else:
            doc.f("  «n» — «f» — CPF «cpf»\n", n=P(g.pick([w.full, w.caps])), f=g.pick(FUNCOES[:10]), cpf=(g.cpf(), "BR_CPF"))
    if g.chance(0.5):
        doc.f("\nPagamento: Pix chave aleatória «k» (titular «t»)\n", k=(g.uuid(), "PIX_KEY"), t=P(emp.short))
    else:
        bk = g.pick(BANKS)
        doc.f("\nPagamento: banco «b», ag. «ag», c/c «cc» (titular «t»)\n", b=bk[0], ag=(g.agency(), "BANK_ACCOUNT"),
              cc=(g.account(), "BANK_ACCOUNT"), t=P(emp.short))
    doc.f("\nConferido: «m» (mestre de obras)   Aprovado: «e» — «crea»   Financeiro: lançar no centro de custo OB-«cc»\n",
          m=P(g.pick([mestre.nick, mestre.full])), e=P(eng.full), crea=(g.council("CREA", uf), "PROFESSIONAL_ID"), cc=g.d(3))
    return doc


def fi_frota(g: Gen) -> Doc:
    """Corporate-card expense report of a site engineer plus the fleet's fuel extract."""
    doc = Doc()
    eng, apr = g.person(), g.person()
    uf = g.pick(UFS)
    doc.f("PRESTAÇÃO DE CONTAS — CARTÃO CORPORATIVO\nColaborador: «e» — «crea» — CPF «cpf»\nCentro de custo: OB-«cc» («dev»)\n"
          "Cartão: «card» (titular)   Fatura: «m»\n\n",
          e=P(eng.full), crea=(g.council("CREA", uf), "PROFESSIONAL_ID"), cpf=(g.cpf(), "BR_CPF"), cc=g.d(3), dev=g.pick(DEVELOPMENTS),
          card=(g.card(g.chance(0.7)), "CREDIT_CARD"), m=g.date("my"))
    rows = []
    for _ in range(g.ri(3, 5)):
        rows.append([V(g.date("br")), V(g.pick(["Posto Rosa dos Ventos", "Madeireira São Benedito", "Ferragens Pilar", "Restaurante da Dona Flor",
                                                "Depósito Calçada Materiais", "Hotel Prudente", "Farmácia Luz"])),
                     V(g.pick(["combustível", "material emergencial", "almoço equipe", "hospedagem", "EPI (luvas, botinas)"])), V(g.money(30, 1800))])
    table_ruled(doc, ["Data", "Estabelecimento", "Descrição", "Valor (R$)"], rows, g.pick(["plus", "bare"]))
    doc.t("\nEXTRATO DE ABASTECIMENTO DA FROTA (cartão combustível):\n")
    rows = []
    for _ in range(g.ri(3, 5)):
        d = g.person(female=g.chance(0.15))
        rows.append([(g.plate(), "LICENSE_PLATE"), P(g.pick([d.caps, d.full])), (g.cnh(), "BR_CNH"), V(g.date("br")),
                     V(f"{g.ri(20, 90)},{g.d(2)} L"), V(str(g.ri(10000, 250000))), V(g.money(150, 700))])
    table_ruled(doc, ["Placa", "Motorista", "CNH", "Data", "Litros", "Km", "Valor"], rows, g.pick(["plus", "psql", "bare"]))
    bk = g.pick(BANKS)
    doc.f("\nSaldo a reembolsar ao colaborador: R$ «v» — depósito em «bn», ag. «ag», conta «c».\nAprovado por: «a»   Contabilidade: «ct»\n",
          v=g.money(10, 900), bn=bk[1], ag=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"), a=P(apr.full),
          ct=P(g.pick([g.person().short, g.person().first])))
    return doc


FI_TEMPLATES = [fi_mcmv, fi_folha, fi_locacao, fi_cobranca, fi_distrato, fi_medicao, fi_frota]


# =========================================================================== checks and output

TEMPLATES = {
    "atendimento": [at_stand, at_whatsapp, at_vistoria, at_vizinho, at_portal_log, at_assembleia, at_chamados],
    "juridico": JU_TEMPLATES,
    "saude": SA_TEMPLATES,
    "financeiro": FI_TEMPLATES,
}

CPF_LIKE = re.compile(r"(?<![\w.-])(\d{3}\.?\d{3}\.?\d{3}-?\d{2})(?![\w-]|\.\d)")


def check(record: dict) -> None:
    text, last = record["text"], 0
    for s in record["spans"]:
        assert last <= s["start"] < s["end"] <= len(text), (record["id"], s)
        v = text[s["start"]:s["end"]]
        assert v and v == v.strip(), (record["id"], s, v)
        last = s["end"]
        lab = s["label"]
        digits = re.sub(r"\D", "", v.translate(OCR_UNDO)) if lab not in ("BR_CNPJ", "PERSON", "EMAIL_ADDRESS", "ADDRESS") else ""
        if lab == "BR_CPF":
            assert cpf_ok(digits), (record["id"], v)
        elif lab == "CREDIT_CARD":
            assert len(digits) in (15, 16) and luhn_dv(digits[:-1]) == digits[-1], (record["id"], v)
        elif lab == "BR_CNS":
            assert cns_ok(digits), (record["id"], v)
        elif lab == "BR_CNPJ":
            raw = re.sub(r"[^0-9A-Z]", "", v)
            assert len(raw) == 14 and cnpj_dv(raw[:12]) == raw[12:], (record["id"], v)
        elif lab == "BR_PIS":
            assert len(digits) == 11 and pis_dv(digits[:10]) == digits[10], (record["id"], v)
        elif lab == "BR_CNH":
            assert len(digits) == 11 and cnh_dv(digits[:9]) == digits[9:], (record["id"], v)
        elif lab == "BR_TITULO_ELEITOR":
            assert len(digits) == 12 and titulo_dv(digits[:8], digits[8:10]) == digits[10:], (record["id"], v)
        elif lab == "BR_RG":
            raw = re.sub(r"[^0-9X]", "", v.translate(OCR_UNDO))
            assert len(raw) == 9 and rg_sp_dv(raw[:8]) == raw[8], (record["id"], v)
        elif lab == "PIX_KEY":
            uuid.UUID(v)
        elif lab == "BR_CEP":
            assert len(digits) == 8, (record["id"], v)
        elif lab == "PHONE_NUMBER":
            assert 10 <= len(digits) <= 13, (record["id"], v)
        elif lab == "IP_ADDRESS":
            assert all(0 <= int(x) <= 255 for x in v.split(".")) and v.count(".") == 3, (record["id"], v)
        elif lab == "PROFESSIONAL_ID":
            assert re.match(r"(CRM|CREA|CAU|CRECI|OAB|COREN|CRP|CREFITO)\b", v), (record["id"], v)
        elif lab == "PERSON":
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|doutora?|eng|engª|arq)\.?\s", v), (record["id"], v)
            assert not re.search(r"[0-9@]", v), (record["id"], v)
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (record["id"], v)
            assert not re.match(r"(sac|juridico|contato|cobranca|ouvidoria|dp|rh|financeiro)[.@]", v), (record["id"], v)
        elif lab == "LICENSE_PLATE":
            assert re.fullmatch(r"[A-Z]{3}-?\d[A-Z0-9]\d{2}", v), (record["id"], v)
    # hard negatives: every unlabelled CPF-shaped run of 11 digits fails the CPF check
    covered = [(s["start"], s["end"]) for s in record["spans"]]
    for m in CPF_LIKE.finditer(text):
        if any(a <= m.start() and m.end() <= b for a, b in covered):
            continue
        assert not cpf_ok(re.sub(r"\D", "", m.group(1))), (record["id"], "unlabelled valid CPF", m.group(1))


def build() -> list[dict]:
    g = Gen(SEED)
    records = []
    for domain, funcs in TEMPLATES.items():
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
    print("seventysixth", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
