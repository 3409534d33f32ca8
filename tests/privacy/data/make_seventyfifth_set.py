"""Build the seventy-fifth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_seventyfifth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or
run), standalone (own check-digit code, no Faker, no import from afinar or other generators),
seed 7575, 280 records: 7 templates per domain, 10 copies each.

Register, not used by the earlier sets: water and sanitation utilities and their customers, as
a utility (state company, municipal SAAE/DMAE or private concession), its field contractors,
the regulators, the courts, the law firms and the health services around it produce the
papers: water and sewage bills and second copies, meter readings and hidrômetro replacements,
leak, low-pressure and dirty-water complaints, cut-offs for debt and reconnections, social
tariff (tarifa social) enrolments, debt renegotiations and protests, field-crew work orders,
sewer-connection notices and fines, suits over wrong bills and damages from burst mains,
water-borne disease notifications to health surveillance, occupational records of treatment
plant workers (ETA/ETE), ombudsman answers, complaints to the regulatory agencies (ARSESP,
AGENERSA, ARSAE-MG, AGERGS, ADASA...). Layouts vary: letters, forms with dotted leaders,
tables with rulers (+---+, Markdown) and without (fixed-width), CSV/TSV extracts, WhatsApp
exports, e-mails and forwarded e-mails, speech-to-text call transcripts, OCR'd scans with
letter and digit confusions, application logs (key=value).
- atendimento (the utility's customer service): a WhatsApp transcript (a bot triages, then a
  human attendant takes a leak / no-water / pressure complaint; the customer shown by name,
  nickname or phone number), an e-mail asking for a second copy and a bill review with the
  attendant's answer (consumption history table, payment line), a printed field work order
  (meter replacement, leak repair, sewer unblocking) filled in by the crew, a tarifa social
  enrolment form with the household (a third OCR'd), an ombudsman's answer letter, the
  commercial system's cut-off/reconnection log synced from the crews' tablets, a complaint
  filed at the regulatory agency and forwarded inside the utility.
- juridico (courts, law firms, inspectors, notaries): a small-claims initial petition over a
  wrong bill and an undue cut-off, a judgement in a damages suit after a burst main (expert
  engineer with CREA), a notice and fine for not connecting to the sewer network, a batch of
  debts sent to the protest notary (CRA CSV), a debt confession and instalment agreement with
  witnesses, the outside law firm's weekly litigation report, the minutes of a conciliation
  hearing (PROCON or CEJUSC) settling a bill complaint.
- saude (health surveillance, occupational health): a SINAN-like notification of a water-borne
  disease with the water-supply fields (a third OCR'd), a surveillance e-mail about a cluster of
  diarrhoea cases with its line list and the utility chemist's sampling reply, the ASO of a
  treatment-plant worker, a CAT (work accident: chlorine leak, manhole fall, trench collapse,
  dog bite of a meter reader), the SESMT vaccination export of the field crews, a community
  health agent's visit report of a micro-area without sewage, a sick note (mostly OCR'd)
  forwarded by HR.
- financeiro (billing, collections, treasury, contracts): a water and sewage bill as text, a
  speech-to-text call of the collections line (identity check, renegotiation, down payment on
  a card read out aloud), an automatic-debit authorisation form, a duplicate-payment refund
  ticket (Pix receipt pasted in), a debt portfolio CSV handed to a collections agency, a
  contractor's monthly measurement bulletin (crews, drivers' CNH, vehicles, payment account),
  the meter readers' productivity and fuel-reimbursement sheet with the handhelds' sync log.

Conventions (the twentieth set's): PERSON covers the name only, never "Sr.", "Sra.", "Dr.",
"Dra.", "eng.", "dona", "seu"; particles inside a name (de, da, dos, e) are part of it;
"SURNAME, Given" is one span; nicknames and first names alone are persons; first_name and
last_name columns are one span each. Staff named in the text (attendants, ombudsmen, field
technicians and their helpers, meter readers, inspectors, analysts, judges, lawyers,
conciliators, clerks, notaries, doctors, nurses, chemists, community health agents,
supervisors) are persons; logins (user=jbechara), technician codes (tec=T31954), system
accounts (svc_integracao) and bots (Gotinha, "Clara, assistente virtual", Iara, Bia Bot) are
not, nor are role labels ("Atendente", "Central SANEVA"). Corporate e-mails of people are
EMAIL_ADDRESS; role mailboxes (atendimento@, cobranca@, juridico@, qualidade.agua@,
protocolo@, nfe@, ouvidoria@) are not labelled. ADDRESS is street type + name + number +
complement (not bairro, city, state or CEP; CEP is BR_CEP); the address of the utility, a
court, a hospital or a company is not labelled. Agency and account are separate BANK_ACCOUNT
spans; bank codes and bank names are not. DATE_OF_BIRTH only for birth dates (notification,
symptom, reading, due, hearing, accident, vaccination and payment dates are not).
PROFESSIONAL_ID includes the council acronym and UF or region ("CRM-SP 123456", "OAB/RJ
98.765", "COREN-BA 123456-TE", "CREA/SP 129038/D", "CRQ-IV 04123456", "CRBio-05 78245/01-D").
PIX_KEY only for random (UUID) keys used as Pix keys. Masked values (CPF with asterisks),
internal ids, protocol and contract numbers are not labelled.

New decisions for this register: the NIS of the CadÚnico on tarifa social forms and the NIT on
ASO/CAT are the PIS number and are BR_PIS; the utility's customer/property ids (matrícula,
RGI, ligação, some 11 digits long and failing the CPF check), meter serials (hidrômetro),
seals (lacre), work-order, route, handheld and lot numbers, CAT numbers, notary "nosso
número", SINAN/CNES codes, RQE numbers, MTE registrations, Pix end-to-end ids, infraction
and F.A. numbers and the bill's payment line (linha digitável, four 11-digit blocks that fail
the CPF check) are not labelled. CNPJs are BR_CNPJ wherever they appear (numeric and the 2026
alphanumeric form), the utility's and contractors' included; a company's name is never a
person. Plates are LICENSE_PLATE whoever owns the vehicle (crews' trucks, readers'
motorcycles). A bank account is BANK_ACCOUNT whoever holds it (a contractor's included). A
chat sender shown as a bare phone number is PHONE_NUMBER; phone numbers and CPFs dictated
digit by digit in call transcripts ("1 9 9 7 2 ...") are one span each, and an e-mail spoken
as "fulano arroba gmail.com" is one EMAIL_ADDRESS span. A street named without a number, as a
place or a stretch of network ("a adutora que passa sob a Avenida Bento Gonçalves", "vistoria
da rede na Beira-Córrego", "esquina com a Barão de Mauá"), is neither ADDRESS nor PERSON;
units, clinics and hospitals named after people (UBS Dr. Anacleto Rabelo, Pronto-Socorro Dr.
Hildebrando Uchôa, Hospital Santa Rosa de Lima) are not persons. OCR'd scans keep their
damage inside the spans ("RAlMUNDO", "Wiclline Alcinclor", "85197B37X").

Names: Brazilian names of many origins (Portuguese common and regional, northeastern and
coined names such as Weslainy, Thayslane, Ruthyelle, Uoshington, Dheyvid, Raykson; Italian,
German, Japanese/Okinawan, Lebanese, Korean, Chinese, Haitian, Angolan, Senegalese,
Bolivian, indigenous (Guajajara, Terena, Pataxó, Fulni-ô, Baniwa), Jewish, Polish,
Cape Verdean, Venezuelan), at least a quarter of the name words rare or invented; names that
are also words (Rosa, Luz, Flor, Vitória, Aurora, Glória, Graça, Paz, Bento, Prudente, Amado,
Justo, Sereno, Leão, Branco; surnames Fontes, Rios, Pontes, Lagos, Cachoeira, Valente, Vale)
next to the same words as words ("a água veio branca", "já virou um rio", "seria prudente
provisionar", "conta de luz", "Setembro Verde") and in places, streets, districts and
companies (Presidente Prudente, Bento Gonçalves, Luz/MG, Vila Aurora, Rua Rosa dos Ventos,
Águas de Prudente S.A., Concessionária Rios & Fontes, Desentupidora Flor do Vale), which are
not persons. Forms: full, ALL CAPS without accents, lower case, first name alone, nicknames
(Zezé, Biu, Nha Tuta), first_name/last_name columns.

Hard negatives (never labelled): CNJ process numbers, 11-digit numbers failing the CPF check
(matrículas, protocols, the payment line, the invalid CPF flagged in a collections file, the
ERROR line of the sync log), ICD-10 codes (A09, A27.9, B15.9, T59.4, W54...), money, m³ and
meter readings, chlorine and turbidity results, protocol, ticket, work-order and "nosso
número" numbers, laws and rules (Lei 8.078/1990, Lei 11.445/2007, Lei 14.026/2020, Lei
14.898/2024, Lei 13.709/2018, Portaria GM/MS 888/2021, Súmula 54 do STJ), dates that are not
birth dates, company and law-firm names with surnames (Hidrotécnica Valente & Pontes Ltda,
Tannus & Bechara Sociedade de Advogados, Zanetti Saneamento e Obras), streets honouring
people standing alone.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import sys
import unicodedata
import uuid
from pathlib import Path

HERE = Path(__file__).parent
SEED = 7575
OUT_NAME = "seventyfifth.jsonl"

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
        return None  # bodies where the published variants of the algorithm disagree
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
MON3 = ["JAN", "FEV", "MAR", "ABR", "MAI", "JUN", "JUL", "AGO", "SET", "OUT", "NOV", "DEZ"]

# --------------------------------------------------------------------------- name pools
# RARE_* hold uncommon, regional or coined names; main() prints their share of PERSON words.

PT_F = ["Maria José", "Ana Paula", "Fernanda", "Juliana", "Patrícia", "Adriana", "Cristina", "Sandra",
        "Luciana", "Simone", "Tatiane", "Camila", "Larissa", "Gabriela", "Beatriz", "Mariana", "Letícia",
        "Aline", "Priscila", "Elaine", "Cláudia", "Fátima", "Conceição", "Rosângela", "Francisca",
        "Antônia", "Isabela", "Manuela", "Heloísa", "Maria das Graças", "Ana Lúcia", "Jaqueline"]
RARE_F = ["Genilda", "Valdirene", "Joselita", "Creusa", "Dalvanise", "Ivoneide", "Lucineide", "Marinalva",
          "Edinéia", "Rozilda", "Cleonice", "Quitéria", "Zenaide", "Cremilda", "Ozana", "Eudóxia", "Juçara",
          "Gerlane", "Lucivânia", "Rosenilda", "Marizete", "Elizângela", "Jucilene", "Weslainy", "Raylla",
          "Kaylane", "Thayslane", "Ruthyelle", "Wemilly", "Anyelle", "Lauanda", "Ketlyn", "Sthefany",
          "Dorotéia", "Nilzete", "Adenilda", "Maria Auxiliadora", "Eremita", "Socorro Ivanilde"]
PT_M = ["José Carlos", "Antônio", "Francisco", "João Paulo", "Luís", "Rafael", "Rodrigo", "Gustavo", "Thiago",
        "Bruno", "Eduardo", "Ricardo", "Fábio", "Roberto", "Sebastião", "Benedito", "Raimundo", "Miguel",
        "Arthur", "Heitor", "Lucas", "Matheus", "Vinícius", "Gabriel", "Daniel", "Márcio", "Adriano",
        "Edson", "Gilberto", "Severino", "Cícero", "João Batista"]
RARE_M = ["Adelvan", "Claudionor", "Edivaldo", "Genésio", "Ozório", "Valdomiro", "Jucelino", "Ronivon",
          "Deusdete", "Maycon Douglas", "Dheyvid", "Uoshington", "Welberth", "Raykson", "Ytalo", "Expedito",
          "Tertuliano", "Anacleto", "Belarmino", "Hildebrando", "Olegário", "Petrúcio", "Quirino", "Rosalvo",
          "Sinésio", "Tibúrcio", "Zenóbio", "Gildásio", "Aurelino", "Damião Erisvan", "Josenildo", "Lindovaldo",
          "Nivalter", "Orisvaldo", "Wanderclei", "Kauê Ryan"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Ferreira", "Almeida", "Rocha", "Dias", "Monteiro",
          "Moreira", "Batista", "Fonseca", "Soares", "Guimarães", "Sampaio", "Xavier", "Tavares", "Brito",
          "Coelho", "Moraes", "Miranda", "Pacheco", "Cunha", "Borges", "Farias", "Macedo", "Siqueira", "Barros",
          "Conceição", "Pereira", "Gonçalves"]
RARE_SUR = ["Arcoverde", "Cajazeira", "Damasceno", "Espíndola", "Figueiroa", "Jatobá", "Leitão", "Malheiros",
            "Negromonte", "Pamplona", "Quaresma", "Rabelo", "Tabosa", "Uchôa", "Valadares", "Wanderley",
            "Ximenes", "Brejeiro", "Mourão", "Taquari", "Vilaça", "Canindé", "Goiana", "Itaparica", "Sá Barreto",
            "Bandeira de Melo", "Cabral Pestana", "Dantas Lins", "Aguiar Falcão", "Borba Gato", "Calmon",
            "Epaminondas", "Frazão", "Gurgel", "Lacerda Pinheiro", "Medrado", "Novaes Tenório", "Paraguaçu"]
WORD_F = ["Rosa", "Luz", "Flor", "Vitória", "Aurora", "Glória", "Graça", "Paz"]
WORD_M = ["Bento", "Prudente", "Amado", "Justo", "Sereno", "Leão", "Branco", "Fiel"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Bento", "Amado", "Fontes", "Rios", "Pontes", "Lagos", "Cachoeira",
            "Valente", "Barreira", "Flores", "Vale", "Chaves", "Pedreira", "Leão", "Luz"]
NICK = {"José Carlos": "Zé Carlos", "Antônio": "Toninho", "Francisco": "Chico", "Sebastião": "Tião",
        "Raimundo": "Mundinho", "Benedito": "Dito", "Severino": "Biu", "Maria José": "Zezé",
        "Conceição": "Ceiça", "Maria das Graças": "Gracinha", "Francisca": "Chica", "Eduardo": "Dudu",
        "Valdomiro": "Miro", "Deusdete": "Dedé", "Tibúrcio": "Bucho", "Quitéria": "Teca", "Rozilda": "Zilda",
        "João Batista": "Joca", "Cícero": "Ciço", "Expedito": "Pedim", "Maria Auxiliadora": "Dora",
        "Luís": "Lulu", "Olegário": "Légo", "Eudóxia": "Doxa", "Genilda": "Gena"}
FOREIGN = {
    "it": (["Giuseppina", "Annunziata", "Loredana"], ["Gianluca", "Pasquale", "Angelo"],
           ["Zanetti", "Bortoluzzi", "Pagliarini", "Dal Molin", "Tomazoni", "Cappellari", "Ferrarini"]),
    "de": (["Hildegard", "Irmgard", "Elfriede"], ["Günther", "Wolfgang", "Reinholdo"],
           ["Schmitt", "Kuhn", "Hennemann", "Wiethölter", "Brandt", "Kuster", "Stoltz"]),
    "jp": (["Keiko", "Harumi", "Midori"], ["Tadashi", "Masao", "Yukio"],
           ["Nakasone", "Higa", "Shimabukuro", "Arakaki", "Tanaka", "Uehara"]),
    "ar": (["Samira", "Jamile", "Najla"], ["Jorge Elias", "Salim", "Munir"],
           ["Jabour", "Saad", "Tannus", "Rahal", "Bechara", "Zogbi"]),
    "kr": (["Eun-young", "Soo-ah"], ["Dong-hyun", "Min-seok"], ["Park", "Lee", "Kang", "Han"]),
    "cn": (["Meiling", "Xiu"], ["Wei", "Jun"], ["Zhang", "Liu", "Huang", "Cheng"]),
    "ht": (["Nadège", "Fabienne", "Widline"], ["Jean-Robert", "Wilkens", "Fritznel"],
           ["Pierre-Louis", "Jean-Baptiste", "Saintil", "Alcindor", "Charles"]),
    "ao": (["Nsimba", "Domingas Kiala"], ["Manuel Nzinga", "Kiame"], ["Lukamba", "Mbemba", "Cassoma", "Kapinga"]),
    "sn": (["Awa", "Mariama", "Ndeye"], ["Modou", "Babacar", "Ibrahima"], ["Faye", "Mbaye", "Sarr", "Ba"]),
    "bo": (["Yolanda", "Eulalia", "Justina"], ["Evo Rolando", "Teófilo", "Marcelino"],
           ["Mamani", "Condori", "Choque", "Quispe", "Huanca"]),
    "in": (["Potyra", "Jaciara", "Moema"], ["Raoni", "Kaiabi", "Ubiratã"], ["Guajajara", "Terena", "Pataxó", "Fulni-ô", "Baniwa"]),
    "jw": (["Sara", "Ester", "Miriam"], ["Moisés", "Jacob", "Davi"], ["Rosenthal", "Feldman", "Szajnbok", "Lerner"]),
    "pl": (["Jadwiga", "Halina"], ["Kazimierz", "Stanisław"], ["Wiśniewski", "Kowalczyk", "Zielinski", "Dombrowski"]),
    "cv": (["Djamila", "Nha Tuta"], ["Adilson Tavares", "Nelito"], ["Semedo", "Fortes", "Lopes Furtado"]),
    "ve": (["Yusleidy", "Maryelis"], ["Yonathan", "Deivis"], ["Rondón", "Guzmán", "Briceño"]),
}
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in ("ht", "sn", "ao", "in", "bo", "pl", "cv", "ve", "kr", "cn"):
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])
RARE.update(["Nha", "Tuta", "Zilda", "Ceiça", "Biu", "Bucho", "Légo", "Doxa", "Teca", "Pedim", "Ciço", "Gena"])

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Rosa", "Luz", "Silva", "Conceição", "Cunha", "Fonseca", "Cachoeira", "Pedreira"}
DO_SUR = {"Vale", "Nascimento"}
DOS_SUR = {"Santos", "Rios", "Reis", "Lagos"}


def particle(surname: str) -> str:
    if surname in DA_SUR:
        return "da"
    if surname in DO_SUR:
        return "do"
    if surname in DOS_SUR:
        return "dos"
    return "de"


DDDS = ["11", "12", "13", "14", "15", "16", "17", "18", "19", "21", "24", "27", "31", "34", "35", "38", "41",
        "42", "44", "47", "48", "51", "54", "55", "61", "62", "63", "65", "66", "67", "68", "69", "71", "73",
        "77", "79", "81", "82", "83", "84", "85", "87", "89", "91", "93", "94", "95", "97", "98"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Estrada", "Viela",
                "Praça", "Largo", "Rodovia", "Vila"]
STREET_NAMES = ["Barão de Mauá", "das Nascentes", "Prudente de Morais", "Rosa dos Ventos", "do Chafariz",
                "Bento Gonçalves", "Coronel Tibúrcio Arcoverde", "Professora Quitéria Tabosa", "da Represa",
                "Sete de Setembro", "Dom Aquino", "Frei Damião", "Marechal Deodoro", "das Caixas d'Água",
                "Luz do Sol", "Aurora Boreal", "Doutor Amado Negromonte", "dos Ipês", "Beira-Córrego",
                "Vereador Zenóbio Uchôa", "Hermínio Schmitt", "Tomé de Souza", "Manoel Higa", "São Jorge",
                "Nossa Senhora da Glória", "da Adutora", "Pedro Álvares Cabral", "Jequitibá", "Ouro Preto",
                "Santa Flor", "Padre Cícero", "Treze de Maio", "Anita Garibaldi", "Irmã Dulce", "Rio Paraguaçu"]
CITIES = [("Presidente Prudente", "SP"), ("Bento Gonçalves", "RS"), ("Vitória da Conquista", "BA"),
          ("Rio Branco", "AC"), ("Águas Lindas de Goiás", "GO"), ("Aurora do Pará", "PA"), ("Glória de Dourados", "MS"),
          ("Campinas", "SP"), ("Sorocaba", "SP"), ("Bauru", "SP"), ("Franca", "SP"), ("Santos", "SP"),
          ("Guarulhos", "SP"), ("Osasco", "SP"), ("Jundiaí", "SP"), ("Uberlândia", "MG"), ("Montes Claros", "MG"),
          ("Caruaru", "PE"), ("Mossoró", "RN"), ("Campina Grande", "PB"), ("Feira de Santana", "BA"),
          ("Cascavel", "PR"), ("Ponta Grossa", "PR"), ("Blumenau", "SC"), ("Chapecó", "SC"), ("Caxias do Sul", "RS"),
          ("Santa Maria", "RS"), ("Anápolis", "GO"), ("Imperatriz", "MA"), ("Santarém", "PA"), ("Teresina", "PI"),
          ("Aracaju", "SE"), ("Arapiraca", "AL"), ("Cuiabá", "MT"), ("Porto Velho", "RO"), ("Luz", "MG")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN",
       "PB", "MT", "MS", "PI", "SE", "AL", "TO", "RO", "AC", "AP", "RR"]
BAIRROS = ["Jardim das Fontes", "Vila Aurora", "Centro", "Parque dos Rios", "Jardim Rosa de Saron", "Vila Prudente",
           "Conjunto Habitacional Bento XVI", "Alto da Glória", "Vila Luz", "Jardim Flor do Campo", "Cohab II",
           "Vila Nova", "Loteamento Vale Verde", "Jardim Santa Rosa", "Núcleo Cachoeira", "Vila Amado"]
CIDS_WATER = ["A09", "A09.0", "A08.4", "A00.9", "A01.0", "A27.9", "B15.9", "A06.0", "A07.1", "A03.9", "A04.9",
              "B76.9", "B77.9", "A71.9", "B65.9", "A02.0", "K52.9", "R19.7", "E86"]
CIDS_OCC = ["T59.4", "J68.0", "T51.9", "S93.4", "S62.6", "M54.5", "L24.5", "T65.9", "H10.3", "M75.1", "W74",
            "Z57.5", "J45.9", "S82.6", "T75.4", "F43.2"]

UTILITIES = [("Companhia de Saneamento do Vale do Aurora", "SANEVA"), ("Águas de Prudente S.A.", "ÁGUAS PRUDENTE"),
             ("Serviço Autônomo de Água e Esgoto de Bento Gonçalves", "SAAE-BG"), ("Cia. Águas do Leão", "CAL"),
             ("Concessionária Rios & Fontes Saneamento SPE S.A.", "RIOSFONTES"),
             ("Departamento Municipal de Água e Esgoto de Glória", "DMAE Glória"),
             ("Saneamento Rosa dos Ventos S.A.", "SRV Saneamento"), ("Companhia Águas Claras do Paraguaçu", "CACP")]
CONTRACTORS = ["Hidrotécnica Valente & Pontes Ltda", "Construtora Tabosa Irmãos Ltda", "Medições Higa Serviços Ltda",
               "Leituras Schmitt & Cia", "Engetubos Quaresma Engenharia", "Desentupidora Flor do Vale ME",
               "Pamplona Obras Hidráulicas S.A.", "Cachoeira Serviços de Campo Ltda", "Zanetti Saneamento e Obras"]
LAWFIRMS = ["Arcoverde, Pamplona & Wanderley Advogados", "Tannus & Bechara Sociedade de Advogados",
            "Escritório Leitão Malheiros Advocacia", "Gurgel & Ximenes Advogados Associados",
            "Medrado Fontes Advocacia Consumerista"]
AGENCIES = [("ARSESP", "SP"), ("AGENERSA", "RJ"), ("ARSAE-MG", "MG"), ("AGERGS", "RS"), ("ADASA", "DF"),
            ("ARCE", "CE"), ("AGEPAR", "PR"), ("ARIS", "SC"), ("AGR", "GO"), ("ARPB", "PB")]
WATER_WORDS = ["as fontes oficiais", "os rios da região", "as pontes da adutora", "tudo leão-de-chácara",
               "seria prudente aguardar a vistoria", "a água veio branca, leitosa", "a conta de luz veio junto",
               "a flor do registro ficou emperrada", "o registro fica perto do pé de rosa",
               "a pressão voltou, graças a Deus", "foi uma vitória conseguir a religação",
               "o cano estourou de madrugada, sem luz na rua"]


class Person:
    def __init__(self, given: str, surnames: list[str], female: bool, origin: str = "pt"):
        self.given = given
        self.surnames = surnames
        self.female = female
        self.origin = origin

    @property
    def full(self) -> str:
        return " ".join([self.given] + self.surnames)

    @property
    def first(self) -> str:
        if self.given.startswith(("Maria d", "Nha ", "Jorge Elias", "Evo ", "Socorro ")):
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

    @property
    def sr(self) -> str:
        return "Sra." if self.female else "Sr."


def name_form(g: "Gen", p: Person, forms: list[str] | None = None) -> str:
    form = g.pick(forms or ["full", "full", "short", "caps", "low", "plain", "first"])
    return {"full": p.full, "short": p.short, "caps": p.caps, "low": p.low, "plain": p.plain,
            "inverted": p.inverted, "inv_title": p.inverted_title, "first": p.first, "last": p.last,
            "nick": p.nick, "lowfirst": fold(p.first).lower(), "capsshort": fold(p.short).upper(),
            "lowshort": fold(p.short).lower()}[form]


class Gen:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)

    def d(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def ri(self, a: int, b: int) -> int:
        return self.rng.randint(a, b)

    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

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
        if r < 0.52:
            return self.pick(WORD_SUR)
        return self.pick(PT_SUR)

    def person(self, female: bool | None = None, origin: str | None = None, word: bool = False) -> Person:
        rng = self.rng
        female = rng.random() < 0.5 if female is None else female
        if origin is None:
            origin = "pt" if rng.random() < 0.68 else self.pick(sorted(FOREIGN))
        if origin == "pt":
            if word or rng.random() < 0.1:
                given = self.pick(WORD_F if female else WORD_M)
            elif rng.random() < 0.45:
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
                taken = " ".join(surnames + [given]).split()
                if s not in surnames and not any(w in taken for w in s.split()):
                    surnames.append(s)
            if rng.random() < 0.3:
                pos = rng.randint(0, len(surnames) - 1)
                surnames.insert(pos, particle(surnames[pos]))
            elif len(surnames) >= 2 and rng.random() < 0.05:
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
                extra = self.surname()
                if not any(w in (given + " " + surnames[0]).split() for w in extra.split()):
                    surnames.insert(0, extra)
        return Person(given, surnames, female, origin)

    def relative(self, of: Person, female: bool | None = None) -> Person:
        female = self.chance(0.5) if female is None else female
        p = self.person(female=female, origin="pt")
        own = [s for s in p.surnames if s not in PARTICLES and s not in SUFFIXES][:1]
        return Person(p.given, [s for s in own if s != of.last] + [of.last], female)

    def email(self, p: Person, domain: str | None = None) -> str:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower()) or "x"
        l = re.sub(r"[^a-z]", "", fold(p.last).lower()) or "y"
        user = self.pick([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}_{l}{self.d(2)}", f"{f}{self.d(4)}",
                          f"{l}.{f}", f"{f}.{l}{self.rng.randint(60, 99)}", f"{f}{l[:4]}", f"{f[0]}.{l}"])
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
                "half": f"{n[:3]}.{n[3:6]}.{n[6:9]}{n[9:]}"}[style]

    def bad_cpf(self, style: str = "raw") -> str:
        n = self.neg(11)
        return fmt_cpf(n) if style == "dot" else n

    def masked_cpf(self) -> str:
        n = self.cpf_digits()
        return self.pick([f"***.{n[3:6]}.{n[6:9]}-**", f"{n[:3]}.***.***-{n[9:]}", f"***.***.{n[6:9]}-{n[9:]}"])

    def cnpj(self, style: str = "dot", alnum: bool = False) -> str:
        if alnum:
            chars = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
            b = "".join(self.pick(chars) for _ in range(8)) + self.pick(["0001", "0001", "A001", "0C01"])
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

    def cep(self, dash: bool | None = None) -> str:
        n = str(self.rng.randint(1, 9)) + self.d(7)
        dash = self.chance(0.85) if dash is None else dash
        if dash and self.chance(0.1):
            return f"{n[:2]}.{n[2:5]}-{n[5:]}"
        return f"{n[:5]}-{n[5:]}" if dash else n

    def phone(self, style: str | None = None, mobile: bool = True) -> str:
        ddd = self.pick(DDDS)
        local = ("9" + str(self.rng.randint(6, 9)) + self.d(7)) if mobile else (str(self.rng.randint(2, 5)) + self.d(7))
        h, t = local[:-4], local[-4:]
        style = style or self.pick(["par", "plus", "plain", "e164", "raw", "dash", "par", "par"])
        return {"par": f"({ddd}) {h}-{t}", "plus": f"+55 {ddd} {h}-{t}", "plain": f"{ddd} {h}-{t}",
                "e164": f"+55{ddd}{local}", "raw": f"{ddd}{local}", "dash": f"{ddd}-{h}-{t}",
                "sp": f"{ddd} {h} {t}", "cc": f"55{ddd}{local}", "nospace": f"({ddd}){h}-{t}",
                "zero": f"0{ddd} {h}-{t}", "wa": f"+55 {ddd} {h[:-4] if len(h) > 4 else ''}{h[-4:]}-{t}"}[style]

    def card(self, spaced: bool = True) -> str:
        b = self.pick(["4", "5", "5", "6"]) + self.d(14)
        n = b + luhn_dv(b)
        return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if spaced else n

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
        body = str(self.rng.randint(1, 9)) + self.d(self.rng.randint(4, 8))
        return f"{body}-{self.pick('0123456789X')}" if dv else body

    def ip(self) -> str:
        first = self.pick([177, 179, 186, 187, 189, 191, 200, 201, 138, 152, 170, 45, 131, 143, 168])
        return f"{first}.{self.rng.randint(0, 255)}.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}"

    def street_parts(self) -> tuple[str, str, str, str]:
        t = self.pick(STREET_TYPES)
        name = self.pick(STREET_NAMES)
        num = str(self.rng.randint(3, 3999)) if self.chance(0.92) else "s/n"
        comp = self.pick(["", "", "", "", f"apto {self.rng.randint(11, 1204)}", f"casa {self.rng.randint(1, 9)}",
                          f"bloco {self.pick('ABCDE')} apto {self.rng.randint(11, 408)}", "fundos",
                          f"lote {self.rng.randint(1, 40)} quadra {self.pick('ABCDEFGH')}", "casa dos fundos",
                          f"qd {self.rng.randint(1, 40)} lt {self.rng.randint(1, 30)}", "sobrado"])
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

    def dob(self, fmt: str | None = None, lo: int = 1938, hi: int = 2006) -> str:
        dd, mm, yy = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(lo, hi)
        fmt = fmt or self.pick(["br", "br", "br", "iso", "short", "long", "nopad", "dot"])
        return fmt_date(dd, mm, yy, fmt)

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        y = year or self.pick([2024, 2025, 2025, 2025, 2026])
        return fmt_date(self.rng.randint(1, 28), self.rng.randint(1, 12), y, fmt)

    def dates(self, n: int, fmt: str = "br", year: int | None = None, span: int = 120) -> list[str]:
        """n increasing dates within `span` days (a document's own chronology)."""
        y = year or self.pick([2024, 2025, 2025, 2025])
        start = dt.date(y, 1, 1) + dt.timedelta(days=self.ri(0, 364 - span))
        offs = sorted(self.rng.sample(range(span), n))
        return [fmt_date(x.day, x.month, x.year, fmt) for x in (start + dt.timedelta(days=o) for o in offs)]

    def hm(self) -> str:
        return f"{self.rng.randint(6, 22):02d}:{self.rng.randint(0, 59):02d}"

    def hms(self) -> str:
        return f"{self.rng.randint(0, 23):02d}:{self.rng.randint(0, 59):02d}:{self.rng.randint(0, 59):02d}"

    def times(self, n: int, lo: int = 7 * 3600, hi: int = 22 * 3600) -> list[str]:
        secs = sorted(self.rng.sample(range(lo, hi), n))
        return [f"{x // 3600:02d}:{x % 3600 // 60:02d}" for x in secs]

    def money(self, lo: int = 20, hi: int = 50000) -> str:
        v = self.rng.randint(lo * 100, hi * 100)
        r, c = divmod(v, 100)
        return f"{r:,}".replace(",", ".") + f",{c:02d}"

    def cnj(self, seg: str | None = None) -> str:
        seg = seg or self.pick(["8.26", "8.26", "8.16", "8.13", "8.21", "8.05", "8.19", "8.24", "8.06", "8.07"])
        return f"{self.d(7)}-{self.d(2)}.{self.rng.randint(2019, 2026)}.{seg}.{self.d(4)}"

    def protocol(self) -> str:
        return self.pick([f"{self.rng.randint(2024, 2026)}{self.d(8)}", self.neg(11), f"{self.d(3)}.{self.d(3)}.{self.d(3)}",
                          f"#{self.d(9)}", self.neg(12), f"OUV-{self.d(6)}/{self.rng.randint(2024, 2026)}",
                          f"ATD{self.d(10)}"])

    def matricula(self) -> str:
        """Utility customer/property id (RGI, matrícula, código do imóvel): never labelled."""
        n = self.neg(11)
        return self.pick([f"{self.d(7)}-{self.d(1)}", f"{n[:4]}.{n[4:7]}.{n[7:10]}-{n[10]}", self.d(8),
                          f"RGI {self.d(10)}", self.neg(11), f"{self.d(3)}/{self.d(6)}"])

    def hidrometro(self) -> str:
        return self.pick([f"{self.pick('AYBFJ')}{self.d(2)}{self.pick('LSNFT')}{self.d(6)}",
                          f"HD-{self.d(8)}", f"{self.pick(['Y', 'A', 'E'])}{self.d(2)}{self.pick('ABC')}{self.d(6)}"])

    def council(self, kind: str = "CRM", uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.rng.randint(1000, 259999)
        dotted = f"{n:,}".replace(",", ".")
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} {n}", f"OAB-{uf} {n}", f"OAB {uf} {dotted}",
                              f"OAB/{uf} nº {dotted}"])
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {dotted}-ENF", f"COREN-{uf} {n}-TE", f"COREN-{uf} {n}-AE"])
        if kind == "CREA":
            return self.pick([f"CREA-{uf} {self.d(10)}", f"CREA/{uf} {n}/D", f"CREA-{uf} {dotted}/D"])
        if kind == "CRQ":
            return self.pick([f"CRQ-{self.pick(['II', 'IV', 'V', 'VI', 'XII'])} {self.d(8)}", f"CRQ {self.pick(['04', '02', '06'])}ª Região {self.d(8)}"])
        if kind == "CRBio":
            return f"CRBio-{self.rng.randint(1, 8):02d} {self.d(5)}/{self.rng.randint(1, 8):02d}-D"
        if kind == "CRF":
            return self.pick([f"CRF-{uf} {n}", f"CRF/{uf} {n}"])
        if kind == "CRP":
            return f"CRP {self.rng.randint(1, 23):02d}/{self.d(5)}"
        if kind == "CRESS":
            return f"CRESS {self.rng.randint(1, 25)}ª Região nº {self.d(5)}"
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dotted}", f"CRM-{uf} {n}"])

    def barcode_line(self) -> str:
        """Linha digitável of a utility bill (arrecadação): four 11-digit blocks with a DV each."""
        blocks = ["8" + self.pick("23") + self.d(9)] + [self.neg(11) for _ in range(3)]
        while cpf_ok(blocks[0]):
            blocks[0] = "8" + self.pick("23") + self.d(9)
        return " ".join(f"{b}-{self.d(1)}" for b in blocks)


def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def fmt_date(dd: int, mm: int, yy: int, fmt: str) -> str:
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}", "compact": f"{yy}{mm:02d}{dd:02d}",
            "short": f"{dd:02d}/{mm:02d}/{yy % 100:02d}", "long": f"{dd} de {MONTHS[mm - 1]} de {yy}",
            "dash": f"{dd:02d}-{mm:02d}-{yy}", "nopad": f"{dd}/{mm}/{yy}", "dot": f"{dd:02d}.{mm:02d}.{yy}",
            "caps": f"{dd} DE {fold(MONTHS[mm - 1]).upper()} DE {yy}", "mon": f"{dd:02d}{MON3[mm - 1]}{yy}"}[fmt]


OCR_LETTERS = [("m", "rn"), ("rn", "m"), ("d", "cl"), ("e", "c"), ("í", "i"), ("ã", "a"), ("ç", "c"),
               ("é", "e"), ("I", "l"), ("n", "ri"), ("u", "ii"), ("a", "o"), ("ó", "o")]
OCR_DIGITS = [("0", "O"), ("1", "l"), ("5", "S"), ("8", "B"), ("1", "I")]
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
        self.negs: list[str] = []  # hard-negative 11-digit numbers written into the text

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
        assert len(s) <= width, (s, width)
        pad = " " * (width - len(s))
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


def L(s: str, label: str) -> tuple:
    return (s, label)


def table_ruled(doc: Doc, cols: list[str], rows: list[list[tuple]]) -> None:
    """+----+----+ ruled table (printed reports of the commercial system)."""
    widths = [max([len(c)] + [len(r[k][0]) for r in rows]) for k, c in enumerate(cols)]
    rule = "+" + "+".join("-" * (w + 2) for w in widths) + "+\n"
    doc.t(rule + "| " + " | ".join(c.ljust(w) for c, w in zip(cols, widths)) + " |\n" + rule.replace("-", "="))
    for r in rows:
        doc.t("|")
        for (v, lab), w in zip(r, widths):
            doc.t(" ")
            doc.cell(v, w, lab)
            doc.t(" |")
        doc.t("\n")
    doc.t(rule)


def table_plain(doc: Doc, cols: list[str], rows: list[list[tuple]], gap: int = 2) -> None:
    """Fixed-width columns without rulers (mainframe-ish listing)."""
    widths = [max([len(c)] + [len(r[k][0]) for r in rows]) for k, c in enumerate(cols)]
    doc.t((" " * gap).join(c.ljust(w) for c, w in zip(cols, widths)).rstrip() + "\n")
    for r in rows:
        for k, ((v, lab), w) in enumerate(zip(r, widths)):
            if k:
                doc.t(" " * gap)
            if k == len(r) - 1:
                doc.e(v, lab)
            else:
                doc.cell(v, w, lab)
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
            q = sep in v or '"' in v or "\n" in v
            if q:
                doc.t('"')
            doc.e(v.replace('"', '""'), lab)
            if q:
                doc.t('"')
        doc.t("\n")


def table_any(doc: Doc, g: Gen, cols: list[str], rows: list[list[tuple]]) -> None:
    k = g.rng.randint(0, 3)
    if k == 0:
        table_ruled(doc, cols, rows)
    elif k == 1:
        table_plain(doc, cols, rows)
    elif k == 2:
        table_md(doc, cols, rows)
    else:
        table_csv(doc, cols, rows, sep=g.pick([";", ",", "\t"]))


def neg11(doc: Doc, g: Gen, dotted: bool = False) -> str:
    """An 11-digit number that fails the CPF check, remembered for the self-check."""
    n = g.neg(11)
    doc.negs.append(n)
    return fmt_cpf(n) if dotted else n


def login(p: Person) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower()) or "x"
    l = re.sub(r"[^a-z]", "", fold(p.last).lower()) or "y"
    return f"{f[0]}{l}"


def corp_mail(p: Person, dom: str) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower()) or "x"
    l = re.sub(r"[^a-z]", "", fold(p.last).lower()) or "y"
    return f"{f}.{l}@{dom}"


def first_last(p: Person) -> tuple[str, str]:
    return p.given, " ".join(p.surnames)


def util(g: Gen) -> tuple[str, str, str]:
    name, sigla = g.pick(UTILITIES)
    dom = re.sub(r"[^a-z]", "", fold(sigla).lower()) + g.pick([".com.br", ".com.br", ".sp.gov.br", ".org.br"])
    return name, sigla, dom


def consumo_rows(g: Gen, n: int) -> list[tuple[str, int]]:
    y, m = g.pick([2024, 2025]), g.ri(1, 12)
    out = []
    for _ in range(n):
        out.append((f"{MON3[m - 1]}/{y % 100:02d}", g.ri(4, 38)))
        m += 1
        if m > 12:
            m, y = 1, y + 1
    return out


# =========================================================================== atendimento

def at_chat(g: Gen) -> Doc:
    """WhatsApp channel of the utility: the bot (not a person) triages, a named attendant takes a
    leak / low-pressure / no-water complaint; exported as a .txt transcript."""
    doc = Doc()
    _, sigla, dom = util(g)
    c, att = g.person(), g.person(female=g.chance(0.6))
    bot = g.pick(["Gotinha", "Clara, assistente virtual", "Aquarela", "Bia Bot", "Iara (assistente digital)"])
    ph = g.phone(g.pick(["wa", "plus", "par"]))
    d0 = g.date("br")
    tt = g.times(14)
    cli = g.pick([P(c.first), P(c.short), (ph, "PHONE_NUMBER"), (ph, "PHONE_NUMBER"), (ph, "PHONE_NUMBER"), P(c.nick),
                  (ph, "PHONE_NUMBER"), (ph, "PHONE_NUMBER")])
    agent = g.pick([P(att.first), f"Central {sigla}", "Atendente"])
    doc.f("Conversa do WhatsApp com «cli» — exportada em «d» (canal oficial «s»)\n\n", cli=cli, d=d0, s=sigla)
    who = lambda k: cli if k == "c" else (bot if k == "b" else agent)  # noqa: E731
    i = 0

    def line(k, body, **kw):
        nonlocal i
        doc.f(f"[{d0} {tt[i]}] «whox»: " + body + "\n", whox=who(k), **kw)
        i += 1
    line("c", g.pick(["boa tarde", "bom dia!!", "oi", "Ola preciso de ajuda urgente"]))
    line("b", "Olá! Eu sou a assistente virtual da «s». Digite 1 para 2ª via, 2 para falta d'água, 3 para vazamento, 4 para falar com atendente.", s=sigla)
    problem = g.pick(["3", "2", "4"])
    line("c", problem)
    line("b", "Informe o CPF ou CNPJ do titular da ligação.")
    cpf = g.cpf(g.pick(["dot", "raw", "raw"]))
    line("c", "«x»", x=(cpf, "BR_CPF"))
    line("b", "Encontrei a ligação «m». Vou transferir para um atendente humano, aguarde.", m=g.matricula())
    line("a", "«hi», aqui é «a» da central «s». Qual o endereço exato do problema?",
         hi=g.pick(["Oi", "Olá", "Boa tarde"]), a=P(g.pick([att.first, att.short])), s=sigla)
    addr = g.address(g.pick(["low", "text", "text", "spoken"]))
    line("c", "«ad» «b» cep «cep»", ad=(addr, "ADDRESS"), b=g.pick(BAIRROS).lower() if g.chance(0.5) else "", cep=(g.cep(), "BR_CEP"))
    issue = g.pick(["tá vazando água na calçada desde ontem, já virou um rio",
                    "sem água desde sábado, a caixa d'água secou",
                    "a pressão tá muito fraca, não sobe pro segundo andar",
                    "a água tá saindo barrenta e com cheiro",
                    "o hidrômetro tá girando com tudo fechado"])
    line("c", issue + (", " + g.pick(WATER_WORDS) if g.chance(0.4) else ""))
    nb = g.person(female=True)
    line("c", "a vizinha «n» do lado tbm tá igual, o tel dela é «t»", n=P(g.pick([nb.nick, nb.first])), t=(g.phone(g.pick(["raw", "plain", "dash"])), "PHONE_NUMBER"))
    line("a", "Registrei o protocolo «p». Prazo de atendimento: «h» horas. Um e-mail de confirmação pode ser enviado?",
         p=g.protocol(), h=g.pick(["24", "48", "12"]))
    line("c", "pode sim «e»", e=(g.email(c), "EMAIL_ADDRESS"))
    line("a", "Pronto, «n». Se precisar, o número desta conversa é o mesmo. «w»",
         n=P(g.pick([c.first, c.full])), w=g.pick(["Tenha uma boa tarde!", "Obrigad" + att.o + "!", "A equipe de campo vai até o local."]))
    line("c", g.pick(["obg", "valeu", "ok, obrigado", "🙏"]))
    return doc


def at_segunda_via(g: Gen) -> Doc:
    """E-mail asking for a second copy and a review of a high bill; the attendant's reply with the
    consumption history (m³) and the bill's data."""
    doc = Doc()
    uname, sigla, dom = util(g)
    c, att = g.person(), g.person()
    ce = g.email(c)
    city, uf = g.city()
    doc.f("De: «n» <«e»>\nPara: atendimento@«dom»\nData: «d» «h»\nAssunto: «s»\n\n",
          n=P(g.pick([c.full, c.caps, c.short])), e=(ce, "EMAIL_ADDRESS"), dom=dom, d=g.date("br"), h=g.hm(),
          s=g.pick(["2a via + conta absurda", "Re: conta de agua muito alta", "SEGUNDA VIA FATURA", "segunda via e revisão"]))
    doc.f("«hi»,\n\nsou titular da matrícula «m», imóvel na «ad», «b», «ci»/«uf», CEP «cep». "
          "A conta de «mes» veio «v» reais, sendo que moro «so» e sempre pago uns «v2». "
          "Preciso da 2ª via pq não chegou no correio e quero revisão da leitura.\n"
          "CPF «cpf», telefone «t».\n\n«ass»\n«n»\n\n",
          hi=g.pick(["Boa tarde", "Prezados", "Bom dia", "Olá"]), m=g.matricula(), ad=(g.address(), "ADDRESS"),
          b=g.pick(BAIRROS), ci=city, uf=uf, cep=(g.cep(), "BR_CEP"), mes=g.pick(MONTHS), v=g.money(300, 2400),
          so=g.pick(["sozinha", "sozinho", "só eu e minha mãe", "com 2 filhos"]), v2=g.money(60, 180),
          cpf=(g.cpf(), "BR_CPF"), t=(g.phone(), "PHONE_NUMBER"), ass=g.pick(["Att.", "Obrigado", "Aguardo", "Grata"]),
          n=P(g.pick([c.full, c.first, c.short])))
    if g.chance(0.3):
        doc.f("PS: a de «m» eu paguei no cartão «cc» pelo app de vcs e mesmo assim veio como em aberto.\n\n",
              m=g.pick(MONTHS), cc=(g.card(g.chance(0.7)), "CREDIT_CARD"))
    doc.f("---- resposta ----\nDe: «a» <«ae»>\n\nPrezad«o» «n»,\n\nSegue 2ª via (vencimento «venc»). Histórico de consumo da ligação:\n\n",
          a=P(att.full), ae=(corp_mail(att, dom), "EMAIL_ADDRESS"), o=c.o, n=P(g.pick([c.first, c.full])), venc=g.date("br"))
    rows = [[V(mes), V(str(m3)), V(g.pick(["normal", "normal", "média", "lida", "estimada"]))] for mes, m3 in consumo_rows(g, 6)]
    table_any(doc, g, ["Referência", "Consumo (m³)", "Tipo leitura"], rows)
    doc.f("\nHidrômetro «hd», leitura atual «l1», anterior «l2». Como houve variação acima de 50% da média, foi aberta "
          "a OS «os» de revisão (vistoria com teste de vazamento). Linha digitável para pagamento:\n«bar»\n\n"
          "Atenciosamente,\n«a»\nAtendimento Digital – «u»\n",
          hd=g.hidrometro(), l1=g.ri(1000, 9000), l2=g.ri(100, 999), os=g.d(9), bar=g.barcode_line(), a=P(g.pick([att.short, att.first])), u=uname)
    return doc


def at_os_campo(g: Gen) -> Doc:
    """Field work order (ordem de serviço) for a meter replacement or leak repair, printed from the
    commercial system and filled in by the crew (plate of the crew's truck, technicians, customer)."""
    doc = Doc()
    uname, sigla, dom = util(g)
    c = g.person()
    tec, aux = g.person(female=False), g.person()
    kind = g.pick(["TROCA DE HIDRÔMETRO", "REPARO DE VAZAMENTO EM RAMAL", "VISTORIA BAIXA PRESSÃO",
                   "SUBSTITUIÇÃO DE CAVALETE", "DESOBSTRUÇÃO DE REDE DE ESGOTO"])
    city, uf = g.city()
    rule = "=" * 72 + "\n"
    doc.f(rule + "«u»\nORDEM DE SERVIÇO Nº «os»        EMISSÃO: «d» «h»\nSERVIÇO: «k»\n" + rule,
          u=fold(uname).upper(), os=g.d(10), d=g.date("br"), h=g.hm(), k=kind)
    doc.f("MATRÍCULA....: «m»\nCLIENTE......: «n»\nCPF/CNPJ.....: «cpf»\nENDEREÇO.....: «ad»\nBAIRRO.......: «b»   CEP: «cep»   «ci»/«uf»\n"
          "FONE.........: «t1»  «t2»\nREFERÊNCIA...: «ref»\n",
          m=g.matricula(), n=P(g.pick([c.caps, c.caps, c.full])), cpf=(g.cpf(), "BR_CPF"), ad=(g.address("caps"), "ADDRESS"),
          b=fold(g.pick(BAIRROS)).upper(), cep=(g.cep(), "BR_CEP"), ci=fold(city).upper(), uf=uf,
          t1=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"),
          t2=(g.phone(g.pick(["par", "plain"]), mobile=False), "PHONE_NUMBER") if g.chance(0.5) else "",
          ref=g.pick(["PERTO DA IGREJA ROSA DE SARON", "PORTÃO AZUL", "ESQUINA COM A BARÃO DE MAUÁ",
                      "FRENTE À PRAÇA BENTO XVI", "CASA SEM NÚMERO, MURO BRANCO", "AO LADO DO MERCADINHO PRUDENTE"]))
    doc.t("-" * 72 + "\n")
    doc.f("EQUIPE: «eq»  VEÍCULO: «pl»  ENCARREGADO: «tec»  AUX.: «aux»\n",
          eq=f"{g.pick(['MC', 'ESG', 'HD', 'VZ'])}-{g.d(2)}", pl=(g.plate(), "LICENSE_PLATE"), tec=P(tec.caps), aux=P(g.pick([aux.first.upper(), aux.caps, aux.nick.upper()])))
    doc.f("HD RETIRADO: «h1»  LEITURA: «l1»    HD INSTALADO: «h2»  LEITURA: «l2»\nLACRE: «la»\n",
          h1=g.hidrometro(), l1=f"{g.ri(0, 99999):05d}", h2=g.hidrometro(), l2="00000", la=g.d(7))
    doc.t("-" * 72 + "\n")
    obs = g.pick(["cliente ausente, serviço feito c/ vizinho acompanhando",
                  "vazamento no ramal de 3/4, trocado 2m de tubo PEAD",
                  "pressão medida 4 mca no cavalete, abaixo do mínimo",
                  "hd embaçado, sem leitura, substituído"])
    wit = g.person()
    doc.f("OBS CAMPO: «o»\nACOMPANHOU: «w»  RG «rg»  PARENTESCO: «par»\nINÍCIO «i1»  FIM «i2»  GPS «lat»,«lon»\n",
          o=obs.upper() if g.chance(0.5) else obs, w=P(g.pick([wit.full, wit.caps, wit.first])), rg=(g.rg(), "BR_RG"),
          par=g.pick(["FILHA", "VIZINHO", "INQUILINO", "ESPOSO", "PRÓPRIO"]), i1=g.hm(), i2=g.hm(),
          lat=f"-{g.ri(3, 29)}.{g.d(6)}", lon=f"-{g.ri(35, 60)}.{g.d(6)}")
    doc.f("\nASS. CLIENTE: ____________________   ASS. TÉCNICO: «tt»\n", tt=P(g.pick([tec.short, tec.first.upper()])))
    return doc


def at_tarifa_social(g: Gen) -> Doc:
    """Tarifa social enrolment form (CadÚnico, NIS = PIS), household members, OCR'd in a third."""
    doc = Doc()
    uname, sigla, dom = util(g)
    c = g.person(female=g.chance(0.7))
    scan = g.chance(0.35)
    oc = (lambda s: ocr(s, g)) if scan else (lambda s: s)  # noqa: E731
    ocd = (lambda s: ocr(s, g, digits=True) if g.chance(0.4) else s) if scan else (lambda s: s)  # noqa: E731
    tit = ("\nTítulo de eleitor: ", (ocd(g.titulo()), "BR_TITULO_ELEITOR")) if g.chance(0.4) else ("", "")
    if scan:
        doc.t("[digitalizado - pag 1/2]\n")
    city, uf = g.city()
    doc.f("«u»\nREQUERIMENTO DE ENQUADRAMENTO NA TARIFA SOCIAL (Lei 14.898/2024)\n\n"
          "1. RESPONSÁVEL FAMILIAR\nNome: «n»\nData de nascimento: «dob»   Sexo: «sx»\nCPF: «cpf»   RG: «rg» «org»\n"
          "NIS (CadÚnico): «nis»«tl»«tv»\nEndereço da ligação: «ad»\nBairro: «b»  Município: «ci»/«uf»  CEP: «cep»\n"
          "Telefone: «t»  E-mail: «e»\nMatrícula/ligação: «m»\n\n",
          tl=tit[0], tv=tit[1],
          u=uname, n=P(oc(g.pick([c.full, c.caps]))), dob=(g.dob(g.pick(["br", "nopad", "short"]), 1950, 2004), "DATE_OF_BIRTH"),
          sx="F" if c.female else "M", cpf=(ocd(g.cpf("dot")), "BR_CPF"), rg=(ocd(g.rg()), "BR_RG"), org=g.pick(["SSP/" + uf, "SSP", "IIRGD", "SDS"]),
          nis=(ocd(g.pis()), "BR_PIS") if g.chance(0.85) else V("em cadastramento"), ad=(oc(g.address()), "ADDRESS"), b=g.pick(BAIRROS), ci=city, uf=uf,
          cep=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"),
          e=(g.email(c), "EMAIL_ADDRESS") if g.chance(0.6) else g.pick(["não possui", "—", "nao tem"]), m=g.matricula())
    doc.t("2. COMPOSIÇÃO FAMILIAR\n")
    rows = []
    for _ in range(g.ri(2, 4)):
        r = g.relative(c)
        rel, lo, hi = g.pick([("filho(a)", 1995, 2022), ("cônjuge", 1950, 2000), ("neto(a)", 2008, 2023),
                              ("mãe", 1938, 1965), ("sobrinho(a)", 2000, 2020), ("companheiro(a)", 1955, 2001)])
        rows.append([P(oc(g.pick([r.full, r.caps]))), V(rel), (g.dob("br", lo, hi), "DATE_OF_BIRTH"),
                     (g.cpf(), "BR_CPF") if g.chance(0.6) else V("menor s/ CPF"), V(g.pick(["0,00", g.money(200, 1400)]))])
    table_any(doc, g, ["Nome", "Parentesco", "Nascimento", "CPF", "Renda (R$)"], rows)
    ass = g.person()
    doc.f("\nRenda per capita declarada: R$ «r» (até 1/2 salário mínimo). Benefício: «bf».\n"
          "Declaro serem verdadeiras as informações (art. 299 do Código Penal).\n«ci», «d».\n\n"
          "Atendente: «a» — mat. «mat» — posto «po»\n",
          r=g.money(90, 700), bf=g.pick(["Bolsa Família", "BPC", "nenhum"]), ci=city, d=g.date("long"),
          a=P(oc(g.pick([ass.full, ass.short]))), mat=g.d(6), po=g.pick(["Poupatempo", "agência Centro", "CRAS " + g.pick(BAIRROS)]))
    return doc


def at_ouvidoria(g: Gen) -> Doc:
    """Ombudsman's answer letter to a customer who escalated a complaint (cut-off, bill or leak)."""
    doc = Doc()
    uname, sigla, dom = util(g)
    c, ouv, an = g.person(), g.person(), g.person()
    city, uf = g.city()
    ag, aguf = g.pick(AGENCIES)
    doc.f("«u»\nOuvidoria\n\n«ci», «d»\n\nCarta OUV nº «n»/«y»\nRef.: manifestação «p» (registrada também na «ag» sob nº «agn»)\n\n"
          "À «sr» «nome»\n«ad»\n«b» – CEP «cep»\n«ci»/«uf»\n\n",
          u=uname, ci=city, d=g.date("long"), n=g.d(4), y=g.pick([2025, 2026]), p=g.protocol(), ag=ag, agn=g.d(8),
          sr=g.pick(["Sra." if c.female else "Sr.", "Ilma. Sra." if c.female else "Ilmo. Sr."]), nome=P(g.pick([c.full, c.caps])),
          ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), cep=(g.cep(), "BR_CEP"), uf=uf)
    topic = g.pick(["a suspensão do abastecimento por débito ocorrida em «dt»",
                    "a cobrança de esgoto no imóvel sem rede coletora disponível",
                    "o vazamento na calçada que permaneceu por «k» dias",
                    "a fatura de «mes» com consumo estimado"])
    doc.f("Prezad«o» «n»,\n\nEm atenção à sua manifestação sobre " + topic + ", informamos que ",
          o=c.o, n=P(g.pick([c.first, c.full])), dt=g.date("br"), k=g.ri(3, 12), mes=g.pick(MONTHS))
    doc.f(g.pick([
        "a equipe técnica do encarregado «t» esteve no local em «d2» e confirmou o reparo. Não há débito pendente em seu CPF «cpf».",
        "foi verificado erro de leitura pelo leiturista «t»; a fatura será refaturada com base na média (art. 88 da Deliberação «ag» nº «dl»). O crédito de R$ «v» aparecerá na próxima conta.",
        "o corte seguiu o aviso prévio de 30 dias previsto na Resolução ANA nº 211/2024; contudo, por liberalidade, concedemos o parcelamento em «q» vezes, conforme ligação com a Sra. «t» em «d2».",
    ]), t=P(g.pick([g.person(True).full, g.person(True).short])), d2=g.date("br"), cpf=(g.cpf(), "BR_CPF"), ag=ag, dl=g.d(3),
          v=g.money(30, 900), q=g.ri(3, 12))
    doc.f(g.pick(["", " Lembramos que, pelo novo marco do saneamento (Lei 14.026/2020), a ligação à rede de esgoto disponível é obrigatória.",
                  " A tarifa social (Lei 14.898/2024) pode reduzir sua conta; procure o CRAS."]))
    doc.f("\n\nCaso não concorde, V.Sa. pode recorrer à «ag» pelo site ou pelo telefone da agência. Seu contato cadastrado é «t» / «e»; "
          "mantenha-o atualizado.\n\nAtenciosamente,\n\n«o1»\nOuvidor«fo» – «s»\n\nElaborado por: «an» («ae»)\n",
          ag=ag, t=(g.phone(), "PHONE_NUMBER"), e=(g.email(c), "EMAIL_ADDRESS"), o1=P(ouv.full), fo="a" if ouv.female else "",
          s=sigla, an=P(g.pick([an.short, an.first])), ae=(corp_mail(an, dom), "EMAIL_ADDRESS") if g.chance(0.7) else V("ouvidoria@" + dom))
    return doc


def at_cortes_log(g: Gen) -> Doc:
    """Commercial-system log of cut-offs and reconnections synced from the crews' tablets."""
    doc = Doc()
    uname, sigla, dom = util(g)
    d = g.date("iso")
    doc.f("# export sgc_corte_religacao  data=«d»  filtro=setor «s»  usuario=«u»\n", d=d, s=g.d(3), u=g.pick(["svc_integracao", "batch01", "sgc_app"]))
    n_ev = g.ri(5, 7)
    stamps = sorted(g.hms() for _ in range(n_ev + 1))
    for k_ev in range(n_ev):
        c = g.person()
        tec = g.person(female=False)
        ev = g.pick(["CORTE", "CORTE", "RELIGACAO", "RELIGACAO_URGENTE", "CORTE_FRUSTRADO"])
        lvl = "WARN" if ev == "CORTE_FRUSTRADO" else "INFO"
        doc.f("«ts» «lvl» «ev» mat=«m» tit=\"«n»\" cpf=«cpf» end=\"«ad»\" cep=«cep» ",
              ts=f"{d}T{stamps[k_ev]}", lvl=lvl, ev=ev, m=g.matricula().replace(" ", ""), n=P(g.pick([c.caps, c.caps, c.low])),
              cpf=(g.cpf("raw"), "BR_CPF") if g.chance(0.8) else V(g.masked_cpf()),
              ad=(g.address("caps"), "ADDRESS"), cep=(g.cep(False), "BR_CEP"))
        if ev.startswith("RELIG"):
            doc.f("pgto=«v» via=«via» ", v=g.money(40, 1800), via=g.pick(["PIX", "BOLETO", "CARTAO", "ACORDO"]))
        else:
            doc.f("debito=«v» faturas=«k» ", v=g.money(90, 4000), k=g.ri(2, 9))
        named = g.chance(0.5)
        doc.f("equipe=«eq» tec=«q»«t»«q» placa=«pl» ip=«ip»\n", eq=g.d(3), q='"' if named else "",
              t=P(g.pick([tec.caps, tec.short])) if named else f"T{g.d(5)}",
              pl=(g.plate(), "LICENSE_PLATE"), ip=(g.ip(), "IP_ADDRESS"))
    doc.f("«ts» ERROR sync falhou lote=«l» doc=«x» (CPF invalido) reprocessar\n", ts=f"{d}T{stamps[-1]}", l=g.d(5), x=neg11(doc, g))
    doc.f("# fim — «k» linhas\n", k=g.ri(40, 300))
    return doc


def at_agencia(g: Gen) -> Doc:
    """Complaint filed at the regulatory agency (ARSESP and peers), forwarded to the utility with
    the customer's text (typos kept) and the utility's answer draft."""
    doc = Doc()
    uname, sigla, dom = util(g)
    ag, aguf = g.pick(AGENCIES)
    c, an, rep = g.person(), g.person(), g.person()
    city, uf = g.city()
    dd = g.dates(2, span=30)
    doc.f("«ag» — Ouvidoria / Sistema de Reclamações\nReclamação nº «n»   Data: «d»   Prazo resposta: «pr»\nPrestador: «u» («s»)\n\n",
          ag=ag, n=f"{g.pick([2025, 2026])}/{g.d(6)}", d=dd[0], pr=dd[1], u=uname, s=sigla)
    table_any(doc, g, ["Campo", "Valor"], [
        [V("Reclamante"), P(g.pick([c.full, c.caps]))],
        [V("CPF"), (g.cpf(), "BR_CPF")],
        [V("Nascimento"), (g.dob("br"), "DATE_OF_BIRTH")],
        [V("E-mail"), (g.email(c), "EMAIL_ADDRESS")],
        [V("Telefone"), (g.phone(), "PHONE_NUMBER")],
        [V("Endereço do imóvel"), (g.address(), "ADDRESS")],
        [V("CEP"), (g.cep(), "BR_CEP")],
        [V("Município"), V(f"{city}/{uf}")],
        [V("Assunto"), V(g.pick(["Faturamento", "Corte indevido", "Qualidade da água", "Vazamento", "Ligação de esgoto"]))],
    ])
    txt = g.pick([
        "ja liguei 5 vezes na {s} e ninguem resolve, cortaram minha agua com a conta paga, tenho o comprovante do pix. tenho 2 criança pequena em casa",
        "a rua esta sem agua a 4 dias e a {s} fala q é manutençao na adutora. o caminhao pipa nao veio. sou idosa",
        "cobrança de esgoto sendo que minha casa tem fossa, a rede nem passa na minha rua!!! quero o dinheiro de volta",
        "trocaram o hidrometro e a conta dobrou. o rapaz da troca disse q o antigo estava parado mas eu nao acredito",
    ]).format(s=sigla.lower())
    doc.f("\nRelato do reclamante:\n\"«t»\"\n", t=txt)
    if g.chance(0.5):
        fam = g.relative(c)
        doc.f("Obs.: reclamação registrada pel«o» filh«o» «f», tel. «tf», a pedido d«o2» titular.\n",
              o=fam.o, f=P(fam.full), tf=(g.phone(), "PHONE_NUMBER"), o2=c.o)
    doc.f("\n--- encaminhado internamente ---\nDe: «a» (Regulação «s»)\nPara: «r»\n«r1», pode levantar o histórico da matrícula «m»? "
          "Preciso responder à «ag» até «pr». Vê se teve OS de corte com a equipe do «tec».\n",
          a=P(an.full), s=sigla, r=(corp_mail(rep, dom), "EMAIL_ADDRESS"), r1=P(rep.first), m=g.matricula(), ag=ag,
          pr=dd[1], tec=P(g.person(False).first))
    return doc


# =========================================================================== juridico

ESTADO_CIVIL = ["solteira", "casada", "divorciada", "viúva", "em união estável"]
PROFISSOES = ["aposentad{o}", "do lar", "comerciante", "pedreiro", "professor{a}", "auxiliar de enfermagem",
              "motorista de aplicativo", "costureira", "autônom{o}", "diarista", "servidor{a} públic{o}", "agricultor{a}"]


def qual(g: Gen, p: Person) -> tuple[str, str, str]:
    o, a = p.o, "a" if p.female else ""
    ec = g.pick(ESTADO_CIVIL)
    ec = ec if p.female else ec.replace("solteira", "solteiro").replace("casada", "casado").replace("divorciada", "divorciado").replace("viúva", "viúvo")
    prof = g.pick(PROFISSOES).format(o=o, a=a)
    nac = {"ht": "haitian" + o, "bo": "bolivian" + o, "ao": "angolan" + o, "sn": "senegalês" if not p.female else "senegalesa",
           "ve": "venezuelan" + o, "cv": "cabo-verdian" + o}.get(p.origin, "brasileir" + o)
    if p.origin in ("ht", "bo", "ao", "sn", "ve", "cv") and g.chance(0.4):
        nac = "brasileir" + o + " naturalizad" + o
    return nac, ec, prof


def ju_peticao(g: Gen) -> Doc:
    """Initial petition in the small-claims court (JEC) over a wrong bill / undue cut-off."""
    doc = Doc()
    uname, sigla, dom = util(g)
    a, adv = g.person(), g.person()
    city, uf = g.city()
    nac, ec, prof = qual(g, a)
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) DOUTOR(A) JUIZ(A) DE DIREITO DO «n»º JUIZADO ESPECIAL CÍVEL DA COMARCA DE «ci»/«uf»\n\n\n",
          n=g.ri(1, 4), ci=fold(city).upper(), uf=uf)
    tit = (", título de eleitor nº ", (g.titulo(), "BR_TITULO_ELEITOR")) if g.chance(0.3) else ("", "")
    doc.f("«nome», «nac», «ec», «prof», portador«a» do RG nº «rg» e inscrit«o» no CPF sob o nº «cpf»«tl»«tv», residente e domiciliad«o» na «ad», "
          "«b», CEP «cep», nesta cidade, e-mail «e», telefone «t», por seu advogado que esta subscreve (procuração anexa), vem propor\n\n"
          "AÇÃO DECLARATÓRIA DE INEXIGIBILIDADE DE DÉBITO C/C INDENIZAÇÃO POR DANOS MORAIS E PEDIDO DE TUTELA DE URGÊNCIA\n\n"
          "em face de «u», pessoa jurídica de direito privado, inscrita no CNPJ sob o nº «cnpj», com sede na Av. das Águas, 1000, "
          "pelos fatos e fundamentos a seguir.\n\nI – DOS FATOS\n\n",
          nome=P(g.pick([a.caps, a.full])), nac=nac, ec=ec, prof=prof, a="a" if a.female else "", o=a.o, rg=(g.rg(), "BR_RG"),
          cpf=(g.cpf(), "BR_CPF"), tl=tit[0], tv=tit[1], ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), cep=(g.cep(), "BR_CEP"),
          e=(g.email(a), "EMAIL_ADDRESS"), t=(g.phone(), "PHONE_NUMBER"), u=uname.upper() if g.chance(0.5) else uname,
          cnpj=(g.cnpj(alnum=g.chance(0.25)), "BR_CNPJ"))
    doc.f("A parte autora é titular da matrícula «m» há mais de «k» anos, com consumo médio de «c» m³/mês. Na fatura de «mes» de «y», "
          "a ré lançou consumo de «c2» m³, no valor de R$ «v», sem qualquer vistoria. Em «d1», sem aviso prévio, a equipe da ré suprimiu "
          "o fornecimento, deixando a família — inclusive a filha «f», de «idade» anos — sem água por «dias» dias. Os protocolos «p1» e «p2» "
          "não foram respondidos, e a reclamação nº «ag» junto à agência reguladora segue sem solução.\n\n",
          m=g.matricula(), k=g.ri(3, 25), c=g.ri(6, 18), mes=g.pick(MONTHS), y=g.pick([2024, 2025]), c2=g.ri(60, 240),
          v=g.money(400, 3800), d1=g.date("br"), f=P(g.relative(a, True).first), idade=g.ri(2, 14), dias=g.ri(2, 9),
          p1=g.protocol(), p2=neg11(doc, g), ag=g.d(8))
    doc.f("II – DO DIREITO\n\nA relação é de consumo (arts. 2º, 3º e 22 da Lei 8.078/1990), e o serviço de abastecimento é essencial "
          "(Lei 11.445/2007, art. 40, §3º). Nesse sentido, TJ«uf», Apelação «cnj», Rel. Des. «rel», j. «dj».\n\n"
          "III – DOS PEDIDOS\n\na) tutela de urgência para imediato restabelecimento do fornecimento, sob multa diária de R$ «md»;\n"
          "b) declaração de inexigibilidade do débito de R$ «v»;\nc) condenação em danos morais de R$ «dm».\n\n"
          "Dá-se à causa o valor de R$ «vc».\n\n«ci», «d».\n\n«adv»\n«oab»\n«ae»\n",
          uf=uf, cnj=g.cnj(), rel=P(g.pick([g.person().full, g.person().caps])), dj=g.date("br"), md=g.money(200, 1000),
          v=g.money(400, 3800), dm=g.money(5000, 15000), vc=g.money(8000, 30000), ci=city, d=g.date("long"),
          adv=P(g.pick([adv.full, adv.caps])), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"), ae=(g.email(adv, g.pick(["adv.br", "gmail.com"])), "EMAIL_ADDRESS"))
    return doc


def ju_sentenca(g: Gen) -> Doc:
    """Judgement excerpt in a damages suit after a water main burst flooded houses (expert report)."""
    doc = Doc()
    uname, sigla, dom = util(g)
    city, uf = g.city()
    aut = [g.person() for _ in range(g.ri(2, 3))]
    juiz, perito = g.person(), g.person()
    advs = [g.person(), g.person()]
    num = g.cnj()
    doc.f("Processo nº «n»\nClasse: Procedimento Comum Cível – Assunto: Indenização por Dano Material\nRequerentes: ", n=num)
    for i, p in enumerate(aut):
        doc.f("«s»«n»", s=("" if i == 0 else (" e " if i == len(aut) - 1 else ", ")), n=P(g.pick([p.full, p.caps])))
    doc.f("\nRequerida: «u»\n\nSENTENÇA\n\nVistos.\n\n", u=uname)
    doc.f("«a1» e outros ajuizaram a presente ação em face de «s», alegando que, em «d», o rompimento da adutora de «mm» mm que passa sob a "
          "«rua» inundou os imóveis situados na «ad1» e na «ad2», destruindo móveis, eletrodomésticos e o estoque do pequeno comércio "
          "de «a2».\n\nO laudo do perito judicial, eng. «pe» («crea»), concluiu que a tubulação apresentava corrosão e que houve demora de "
          "«h» horas no fechamento dos registros (fls. «fl»). A requerida sustenta caso fortuito, o que não se sustenta: a responsabilidade "
          "é objetiva (art. 37, §6º, da CF; art. 14 da Lei 8.078/1990).\n\n",
          a1=P(aut[0].short), s=sigla, d=g.date("br"), mm=g.pick([300, 400, 600, 800]),
          rua=g.pick(["Avenida Barão de Mauá", "Rua Prudente de Morais", "Rua Sete de Setembro", "Avenida Bento Gonçalves"]),
          ad1=(g.address(), "ADDRESS"), ad2=(g.address(), "ADDRESS"), a2=P(g.pick([aut[-1].first, aut[-1].short])),
          pe=P(perito.full), crea=(g.council("CREA", uf), "PROFESSIONAL_ID"), h=g.ri(3, 11), fl=f"{g.ri(100, 400)}/{g.ri(401, 600)}")
    doc.f("Os danos materiais estão comprovados pelas notas fiscais e orçamentos (R$ «v1» para o primeiro requerente; R$ «v2» para «a2»). "
          "«t1»«t2»«t3»Danos morais fixados em R$ «dm» para cada autor.\n\n"
          "Ante o exposto, JULGO PROCEDENTES os pedidos, com correção pela tabela do TJ«uf» e juros de 1% a.m. desde o evento (Súmula 54 do STJ). "
          "Honorários de 15% do valor da condenação.\n\nP.R.I.\n\n«ci», «d».\n\n«j»\nJuiz«a» de Direito\n\n"
          "Advogados: «ad1n» («o1») – p/ requerentes; «ad2n» («o2») – p/ requerida.\n",
          v1=g.money(3000, 40000), a1=P(aut[0].first), v2=g.money(3000, 40000), a2=P(aut[1].short),
          **(dict(t1=g.pick(["A prova oral confirmou que a água atingiu 1,20 m. ", "Não houve prova oral. "]), t2="", t3="")
             if g.chance(0.5) else dict(t1="A testemunha ", t2=P(g.pick([g.person(True).full, g.person(True).nick])),
                                        t3=", vizinha, confirmou que a água atingiu 1,20 m. ")),
          dm=g.money(4000, 12000), uf=uf, ci=city, d=g.date("br"),
          j=P(juiz.full), a="a" if juiz.female else "", ad1n=P(advs[0].full), o1=(g.council("OAB", uf), "PROFESSIONAL_ID"),
          ad2n=P(advs[1].full), o2=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    return doc


def ju_auto_infracao(g: Gen) -> Doc:
    """Notice and fine for failing to connect the building to the available sewer network."""
    doc = Doc()
    uname, sigla, dom = util(g)
    city, uf = g.city()
    ow, fis, rec = g.person(), g.person(), g.person()
    pj = g.chance(0.25)
    doc.f("«u»\nDIRETORIA DE OPERAÇÕES – FISCALIZAÇÃO DE ESGOTO\n\nAUTO DE INFRAÇÃO Nº «n»   SÉRIE «s»\n\n", u=uname.upper(), n=g.d(6), s=g.pick("ABC"))
    if pj:
        comp = g.pick(["Panificadora Flor do Trigo Ltda", "Lava-Rápido Rios & Filhos ME", "Condomínio Residencial Aurora",
                       "Oficina Mecânica Valente Ltda", "Restaurante Sabor de Glória EIRELI"])
        doc.f("AUTUADO: «c»\nCNPJ: «cnpj»\nRESPONSÁVEL: «r», CPF «cpf»\n",
              c=comp, cnpj=(g.cnpj(alnum=g.chance(0.4)), "BR_CNPJ"), r=P(g.pick([ow.full, ow.caps])), cpf=(g.cpf(), "BR_CPF"))
    else:
        doc.f("AUTUADO (PROPRIETÁRIO): «r»\nCPF: «cpf»    RG: «rg»\n", r=P(g.pick([ow.full, ow.caps])), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"))
    doc.f("LOCAL DA INFRAÇÃO: «ad» – «b» – CEP «cep» – «ci»/«uf»\nMATRÍCULA: «m»\n\n",
          ad=(g.address(g.pick(["caps", "text"])), "ADDRESS"), b=g.pick(BAIRROS), cep=(g.cep(), "BR_CEP"), ci=city, uf=uf, m=g.matricula())
    doc.f("DESCRIÇÃO: Imóvel não interligado à rede pública de esgotamento sanitário disponível desde «dd», descumprindo o art. 45 da "
          "Lei 11.445/2007 e o art. «art» da Lei Municipal nº «lm». Constatado lançamento de «w» em «onde». Notificação prévia nº «np» "
          "entregue em «dn», prazo de 90 dias não atendido.\n\nPENALIDADE: multa de R$ «v» (UFM «ufm» × «x»), sem prejuízo da cobrança da "
          "tarifa de esgoto.\n\n",
          dd=g.date("br", 2023), art=g.ri(5, 40), lm=f"{g.ri(1000, 9999)}/{g.ri(2005, 2022)}",
          w=g.pick(["águas servidas", "efluente de cozinha", "esgoto bruto"]), onde=g.pick(["galeria pluvial", "córrego dos Rios", "fossa rudimentar", "sarjeta"]),
          np=g.d(5), dn=g.date("br"), v=g.money(800, 9000), ufm=g.money(50, 200), x=g.ri(5, 40))
    doc.f("FISCAL: «f» – Matr. «fm»\nDATA: «d» «h»\n\nCIENTE: «rc»   RG «rrg»   («rel»)\nTel. p/ contato: «t»\n\n"
          "Defesa prévia em até 15 dias: protocolo@«dom» ou na agência.\n",
          f=P(g.pick([fis.full, fis.caps])), fm=g.d(6), d=g.date("br"), h=g.hm(),
          rc=P(g.pick([rec.full, rec.caps, ow.full])), rrg=(g.rg(), "BR_RG"), rel=g.pick(["próprio", "inquilino", "caseiro", "esposa"]),
          t=(g.phone(), "PHONE_NUMBER"), dom=dom)
    return doc


def ju_protesto(g: Gen) -> Doc:
    """Batch of water debts sent to protest (CRA remessa): the cover note and the CSV of debtors."""
    doc = Doc()
    uname, sigla, dom = util(g)
    city, uf = g.city()
    an, tab = g.person(), g.person()
    doc.f("De: «an» <«ae»>\nPara: «tab» (Tabelionato de Protesto de «ci»)\nCc: cobranca@«dom»\nAssunto: Remessa «r» – protesto de faturas vencidas\n\n"
          "Prezad«o» «tf»,\n\nsegue remessa com «k» títulos (faturas de água/esgoto acima de R$ 500,00 vencidas há mais de 90 dias), "
          "apresentante «u», CNPJ «cnpj». Layout CRA v.«v»; duplicados da remessa «r0» foram retirados.\n\n",
          an=P(an.full), ae=(corp_mail(an, dom), "EMAIL_ADDRESS"), tab=P(tab.full), ci=city, dom=dom, r=g.d(6), o=tab.o,
          tf=P(tab.first), k=g.ri(5, 7), u=uname, cnpj=(g.cnpj(), "BR_CNPJ"), v=g.pick(["3.2", "4.0"]), r0=g.d(6))
    rows = []
    for _ in range(g.ri(5, 7)):
        p = g.person()
        if g.chance(0.2):
            who = V(g.pick(["MERCADINHO ROSA DE OURO LTDA", "BAR DO LEAO ME", "IGREJA EVANG. FONTE DE VIDA", "AUTO POSTO PRUDENTE LTDA"]))
            doc_ = (g.cnpj("raw", alnum=g.chance(0.3)), "BR_CNPJ")
        else:
            who = P(p.caps)
            doc_ = (g.cpf("raw"), "BR_CPF")
        rows.append([V(g.d(10)), who, doc_, (g.address("caps").replace(",", ""), "ADDRESS"), (g.cep(False), "BR_CEP"),
                     V(fold(g.city()[0]).upper()), V(g.money(500, 9000).replace(".", "")), V(g.date("br", 2025))])
    table_csv(doc, ["NOSSO_NUMERO", "DEVEDOR", "DOC_DEVEDOR", "ENDERECO", "CEP", "CIDADE", "VALOR", "VENCIMENTO"], rows, sep=";")
    doc.f("\nObs.: o devedor da linha «i» informou novo telefone «t» na renegociação frustrada de «d». Ele pede intimação por e-mail («e»).\n\n"
          "Att.,\n«an»\nAnalista de Recuperação de Crédito\n",
          i=g.ri(1, 5), t=(g.phone(), "PHONE_NUMBER"), d=g.date("br"), e=(g.email(g.person()), "EMAIL_ADDRESS"), an=P(an.short))
    return doc


def ju_acordo(g: Gen) -> Doc:
    """Debt confession and instalment agreement (termo de confissão de dívida e parcelamento)."""
    doc = Doc()
    uname, sigla, dom = util(g)
    city, uf = g.city()
    dev, rep = g.person(), g.person()
    nac, ec, prof = qual(g, dev)
    tit = (", título de eleitor ", (g.titulo(), "BR_TITULO_ELEITOR")) if g.chance(0.5) else ("", "")
    doc.f("TERMO DE CONFISSÃO DE DÍVIDA E PARCELAMENTO Nº «n»/«y»\n\nCREDORA: «u», CNPJ «cnpj», neste ato representada por «r», "
          "«cargo».\n\nDEVEDOR«a»: «d», «nac», «ec», «prof», nascid«o» em «dob», RG «rg», CPF «cpf»«tl»«tv», residente na «ad», CEP «cep», "
          "«ci»/«uf», telefone «t», e-mail «e».\n\n",
          n=g.d(5), y=g.pick([2025, 2026]), u=uname, cnpj=(g.cnpj(alnum=g.chance(0.2)), "BR_CNPJ"), r=P(rep.full),
          cargo=g.pick(["coordenador(a) comercial", "gerente da agência Centro", "supervisor(a) de cobrança"]),
          a="A" if dev.female else "", d=P(g.pick([dev.full, dev.caps])), nac=nac, ec=ec, prof=prof, o=dev.o,
          dob=(g.dob(g.pick(["br", "long"])), "DATE_OF_BIRTH"), rg=(g.rg(), "BR_RG"), cpf=(g.cpf(), "BR_CPF"), tl=tit[0], tv=tit[1],
          ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"), ci=city, uf=uf, t=(g.phone(), "PHONE_NUMBER"),
          e=(g.email(dev), "EMAIL_ADDRESS") if g.chance(0.7) else "não informado")
    k = g.ri(4, 8)
    doc.f("CLÁUSULA 1ª – O(A) DEVEDOR(A) reconhece o débito de R$ «v» referente às faturas de «m1» a «m2» da matrícula «m», "
          "já incluídos multa de 2% e juros de 1% a.m. (Deliberação «ag» nº «dl»).\n\nCLÁUSULA 2ª – Pagamento: entrada de R$ «en» e «k» parcelas:\n",
          v=g.money(600, 12000), m1=f"{g.ri(1, 12):02d}/2024", m2=f"{g.ri(1, 12):02d}/2025", m=g.matricula(), ag=g.pick(AGENCIES)[0],
          dl=g.d(3), en=g.money(50, 900), k=k)
    rows = [[V(f"{i + 1:02d}/{k:02d}"), V(g.date("br")), V(g.money(80, 1200))] for i in range(k)]
    table_any(doc, g, ["Parcela", "Vencimento", "Valor (R$)"], rows)
    doc.f("\nCLÁUSULA 3ª – As parcelas serão debitadas na conta do(a) DEVEDOR(A): banco «bc», agência «ag», conta corrente «cc».\n"
          "CLÁUSULA 4ª – O atraso de parcela implica vencimento antecipado, nova suspensão do fornecimento e protesto.\n\n«ci», «dt».\n\n"
          "_______________________ «d»\n_______________________ «r»\n\nTestemunhas:\n1. «t1» – CPF «c1»\n2. «t2» – CPF «c2»\n",
          bc=g.pick(["001", "104", "237", "341", "033", "756", "748"]), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
          ci=city, dt=g.date("long"), d=P(dev.caps), r=P(rep.caps), t1=P(g.person().full), c1=(g.cpf(), "BR_CPF"),
          t2=P(g.person().full), c2=(g.cpf(), "BR_CPF"))
    return doc


def ju_relatorio(g: Gen) -> Doc:
    """Weekly report e-mail of the outside law firm: the utility's consumer suits in a table."""
    doc = Doc()
    uname, sigla, dom = util(g)
    firm = g.pick(LAWFIRMS)
    fdom = re.sub(r"[^a-z]", "", fold(firm.split()[0]).lower()) + ".adv.br"
    s, r, cc = g.person(), g.person(), g.person()
    doc.f("From: «s» <«se»>\nTo: «r» <«re»>\nCc: «cc»; juridico@«dom»\nSubject: [«sig»] Relatório semanal contencioso consumerista – sem. «w»\n\n"
          "«rf», bom dia.\n\nSegue a posição das ações novas e das audiências da semana. Destaques: ",
          s=P(s.full), se=(corp_mail(s, fdom), "EMAIL_ADDRESS"), r=P(r.full), re=(corp_mail(r, dom), "EMAIL_ADDRESS"),
          cc=(corp_mail(cc, fdom), "EMAIL_ADDRESS"), dom=dom, sig=sigla, w=g.ri(1, 52), rf=P(r.first))
    doc.t(g.pick(["duas liminares de religação cumpridas; ", "um bloqueio via SISBAJUD de R$ " + g.money(2000, 20000) + "; ",
                  "seria prudente provisionar o caso da adutora; "]) + "detalhes abaixo.\n\n")
    rows = []
    for _ in range(g.ri(4, 5)):
        a, adv = g.person(), g.person()
        rows.append([V(g.cnj()), P(g.pick([a.caps, a.full])), (g.cpf(), "BR_CPF") if g.chance(0.7) else V(g.masked_cpf()),
                     *([P(g.pick([adv.full, adv.short])), (g.council("OAB", g.pick(UFS)), "PROFESSIONAL_ID")] if g.chance(0.65)
                       else [V(g.pick(["Defensoria Pública", "jus postulandi", "DPE", "NPJ Faculdade Aurora"])), V("—")]),
                     V(g.pick(["cobrança indevida", "corte indevido", "danos – adutora", "esgoto s/ rede", "negativação"])),
                     V(g.money(3000, 40000)), V(g.pick(["citados", "aud. " + g.date("br"), "sentença proc.", "acordo R$ " + g.money(800, 6000), "recurso"]))])
    table_any(doc, g, ["Processo", "Autor", "CPF autor", "Adv. contrário", "OAB", "Tema", "Valor causa", "Status"], rows)
    pp = g.person()
    doc.f("\nPara a audiência de «d», precisamos de preposto. Sugiro «p» (RG «rg»), que já atuou no JEC de «ci». "
          "Favor confirmar até «d2».\n\nAbs,\n«s»\n«oab»\n«firm»\n",
          d=g.date("br"), p=P(pp.full), rg=(g.rg(), "BR_RG"), ci=g.city()[0], d2=g.date("br"), s=P(s.short),
          oab=(g.council("OAB"), "PROFESSIONAL_ID"), firm=firm)
    return doc


def ju_audiencia(g: Gen) -> Doc:
    """Minutes of a conciliation hearing (CEJUSC / PROCON) settling a wrong-bill complaint."""
    doc = Doc()
    uname, sigla, dom = util(g)
    city, uf = g.city()
    c, conc, prep, adv = g.person(), g.person(), g.person(), g.person()
    procon = g.chance(0.5)
    if procon:
        doc.f("PROCON «ci» – FUNDAÇÃO DE PROTEÇÃO E DEFESA DO CONSUMIDOR\nTERMO DE AUDIÊNCIA DE CONCILIAÇÃO\nF.A. nº «fa»\n\n",
              ci=fold(city).upper(), fa=f"{g.d(2)}.{g.d(3)}.{g.d(3)}-{g.d(1)}")
    else:
        doc.f("PODER JUDICIÁRIO – CEJUSC «ci»\nTERMO DE SESSÃO DE CONCILIAÇÃO\nProcesso: «n»\n\n", ci=fold(city).upper(), n=g.cnj())
    doc.f("Aos «dd» dias do mês de «mm» de «yy», às «h», presentes o(a) conciliador(a) «cn», a parte reclamante «c», CPF «cpf», acompanhad«o» de «sa» advogad«ao» «a» («oab»), "
          "e a reclamada «u», representada pel«op» preposto«x» «p», RG «rg», com carta de preposição.\n\n",
          dd=g.ri(2, 28), mm=g.pick(MONTHS), yy=g.pick([2025, 2026]), sa="sua" if adv.female else "seu", ao=adv.o,
          h=g.hm(), cn=P(conc.full), c=P(g.pick([c.full, c.caps])), cpf=(g.cpf(), "BR_CPF"), o=c.o,
          a=P(adv.full), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"), u=uname, op="a" if prep.female else "o",
          x="a" if prep.female else "", p=P(prep.full), rg=(g.rg(), "BR_RG"))
    pix = g.chance(0.5)
    doc.f("Aberta a sessão, as partes celebraram ACORDO nos seguintes termos: 1) a reclamada cancela as faturas de «m1» e «m2» da matrícula «m» "
          "e refatura pela média de «c» m³; 2) devolve R$ «v» pagos a maior, em até 10 dias úteis, ",
          m1=g.pick(MONTHS), m2=g.pick(MONTHS), m=g.matricula(), c=g.ri(8, 20), v=g.money(150, 2500))
    if pix:
        doc.f("via Pix para a chave aleatória «k» de titularidade d«o» reclamante;", k=(g.uuid(), "PIX_KEY"), o=c.o)
    else:
        doc.f("por depósito no banco «b», agência «ag», conta «cc», de titularidade d«o» reclamante;",
              b=g.pick(["Caixa", "Banco do Brasil", "Bradesco", "Sicoob", "Nubank"]), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), o=c.o)
    doc.f(" 3) indenização de R$ «dm»; 4) o nome d«o» reclamante será excluído dos cadastros de inadimplentes em 5 dias.\n"
          "O descumprimento implica multa de 50%.\n\nNada mais. Eu, «e», escrevente, digitei.\n\nConciliador(a): ________\n"
          "Reclamante: «c»\nReclamada: ________ (preposto)\n",
          dm=g.money(500, 4000), o=c.o, e=P(g.pick([g.person().full, g.person().short])) if g.chance(0.5) else "________", c=P(c.caps))
    return doc


# =========================================================================== saude

AGRAVOS = [("Doença diarreica aguda (DDA)", "A09"), ("Hepatite A", "B15.9"), ("Leptospirose", "A27.9"),
           ("Febre tifoide", "A01.0"), ("Esquistossomose", "B65.9"), ("Cólera (suspeito)", "A00.9"),
           ("Giardíase", "A07.1"), ("Amebíase", "A06.0"), ("Rotavírus", "A08.0")]


def sa_sinan(g: Gen) -> Doc:
    """SINAN-like individual notification of a water-borne disease, with the water-supply fields;
    a third are OCR'd scans of the paper form."""
    doc = Doc()
    uname, sigla, dom = util(g)
    p, mae, notif = g.person(), g.person(True), g.person()
    city, uf = g.city()
    ag, cid = g.pick(AGRAVOS)
    scan = g.chance(0.35)
    oc = (lambda s: ocr(s, g)) if scan else (lambda s: s)  # noqa: E731
    ocd = (lambda s: ocr(s, g, digits=True) if g.chance(0.4) else s) if scan else (lambda s: s)  # noqa: E731
    if scan:
        doc.t("~~ digitalizado (ficha papel) ~~\n")
    dob_year = g.ri(1940, 2024)
    age = 2025 - dob_year
    dob_s = fmt_date(g.ri(1, 28), g.ri(1, 12), dob_year, "br")
    doc.f("SINAN – FICHA INDIVIDUAL DE NOTIFICAÇÃO / INVESTIGAÇÃO\n\n1 Tipo: individual   2 Agravo: «ag»   CID-10: «cid»\n"
          "3 Data da notificação: «dn»   4 UF: «uf»   5 Município: «ci»\n6 Unidade: UBS «ub» (CNES «cnes»)\n"
          "7 Data 1ºs sintomas: «ds»\n\n8 Nome do paciente: «n»\n9 Data de nascimento: «dob»   10 Idade: «id»   11 Sexo: «sx»\n"
          "13 Raça/cor: «rc»   14 Escolaridade: «esc»\n15 Cartão SUS: «cns»\n16 Nome da mãe: «m»\n",
          ag=ag, cid=cid, dn=g.date("br"), uf=uf, ci=city, ub=g.pick(["Vila Aurora", "Jardim das Fontes", "Dr. Anacleto Rabelo", "Parque dos Rios", "Bento XVI"]),
          cnes=g.d(7), ds=g.date("br"), n=P(oc(g.pick([p.caps, p.full]))), dob=(ocd(dob_s), "DATE_OF_BIRTH"),
          id=f"{age} A" if age else f"{g.ri(1, 11)} M", sx="F" if p.female else "M", rc=g.pick(["parda", "branca", "preta", "indígena", "amarela"]),
          esc=g.pick(["EF incompleto", "EM completo", "não se aplica", "ignorado"]), cns=(ocd(g.cns()), "BR_CNS"), m=P(oc(g.pick([mae.caps, mae.full]))))
    doc.f("17 Endereço: «ad»   18 Bairro: «b»\n19 CEP: «cep»   20 Telefone: «t»   21 Zona: «z»\n\n",
          ad=(oc(g.address(g.pick(["caps", "text"]))), "ADDRESS"), b=g.pick(BAIRROS), cep=(ocd(g.cep()), "BR_CEP"),
          t=(ocd(g.phone(g.pick(["par", "plain", "raw"]))), "PHONE_NUMBER"), z=g.pick(["urbana", "periurbana", "rural"]))
    doc.f("DADOS EPIDEMIOLÓGICOS\nFonte de abastecimento: «fa»\nDestino do esgoto: «de»\nContato com enchente/água de alagamento: «en»\n"
          "Outros casos no domicílio: «oc»\n",
          fa=g.pick([f"rede geral ({sigla})", "poço raso/cacimba", "caminhão-pipa", "mina/nascente", f"rede geral ({sigla}) + caixa d'água sem tampa"]),
          de=g.pick(["fossa rudimentar", "rede coletora", "céu aberto/córrego", "fossa séptica"]), en=g.pick(["sim", "não", "ignorado"]),
          oc=g.pick(["não", "sim – 2 filhos", "sim – esposo", "ignorado"]))
    if g.chance(0.5):
        r = g.relative(p)
        par = g.pick(["mãe", "filha", "avó", "irmã", "cônjuge"] if r.female else ["pai", "filho", "avô", "irmão", "cônjuge"])
        doc.f("Informante: «r» («par»), tel. «t»\n", r=P(oc(r.full)), par=par,
              t=(g.phone(), "PHONE_NUMBER"))
    kind = g.pick(["COREN", "CRM"])
    fn = {"COREN": ("enfermeira", "enfermeiro"), "CRM": ("médica", "médico")}[kind][0 if notif.female else 1]
    doc.f("\nNOTIFICADOR: «n» – «f» – «reg»\nAssinatura: ____________\n",
          n=P(oc(g.pick([notif.full, notif.caps]))), f=fn, reg=(g.council(kind, uf), "PROFESSIONAL_ID"))
    return doc


def sa_surto(g: Gen) -> Doc:
    """Health surveillance e-mail to the utility's water-quality team about a cluster of diarrhoea
    cases, with the line list and the utility chemist's reply with the sampling results."""
    doc = Doc()
    uname, sigla, dom = util(g)
    city, uf = g.city()
    ve, qu, ch = g.person(), g.person(), g.person()
    vdom = "saude." + re.sub(r"[^a-z]", "", fold(city).lower()) + "." + uf.lower() + ".gov.br"
    doc.f("De: «v» <«ve»>\nPara: qualidade.agua@«dom»; «q» <«qe»>\nAssunto: URGENTE – conglomerado de DDA bairro «b»\n\n"
          "Prezados, a VE de «ci» registrou «k» casos de diarreia aguda entre «d1» e «d2», todos com abastecimento pela rede da «s» "
          "(setor de abastecimento «st»). Lista nominal abaixo (uso restrito, art. 11 da Lei 13.709/2018):\n\n",
          v=P(ve.full), ve=(corp_mail(ve, vdom), "EMAIL_ADDRESS"), dom=dom, q=P(qu.full), qe=(corp_mail(qu, dom), "EMAIL_ADDRESS"),
          b=g.pick(BAIRROS), ci=city, k=g.ri(9, 40), d1=g.date("br"), d2=g.date("br"), s=sigla, st=g.d(2))
    rows = []
    for _ in range(g.ri(4, 6)):
        c = g.person()
        rows.append([P(g.pick([c.caps, c.full, c.plain])), (g.dob("br", 1935, 2024), "DATE_OF_BIRTH"),
                     (g.address(g.pick(["caps", "low", "text"])), "ADDRESS"), V(g.date("br")),
                     V(g.pick(["A09", "A09.0", "A08.4", "R19.7", "A04.9"])), V(g.pick(["UPA", "UBS", "HM", "internado"])),
                     (g.cns(False), "BR_CNS") if g.chance(0.6) else V("s/ cartão"),
                     (g.phone(g.pick(["plain", "raw", "par"])), "PHONE_NUMBER") if g.chance(0.75) else V("—")])
    table_any(doc, g, ["Nome", "Nasc.", "Endereço", "Início sint.", "CID", "Atend.", "CNS", "Telefone"], rows)
    doc.f("\nSolicitamos resultados de cloro residual e coliformes dos pontos do setor. Contato do plantão: «t».\n«v1»\nVigilância Epidemiológica – «ci»\n\n",
          t=(g.phone(mobile=g.chance(0.5)), "PHONE_NUMBER"), v1=P(ve.short), ci=city)
    doc.f("----- Resposta -----\nDe: «c» (Controle de Qualidade – «s»)\n\n«vf», coletas feitas hoje pela técnica «tc»:\n",
          c=P(ch.full), s=sigla, vf=P(ve.first), tc=P(g.person(True).short))
    rows2 = [[V(f"P{g.d(2)}"), V(g.pick(["cavalete", "reservatório", "hidrante", "torneira UBS"])), V(f"0,{g.ri(0, 9)}{g.ri(0, 9)}"),
              V(f"{g.ri(0, 4)},{g.ri(0, 9)}"), V(g.pick(["ausente", "ausente", "PRESENTE"]))] for _ in range(g.ri(3, 4))]
    table_any(doc, g, ["Ponto", "Local", "CRL (mg/L)", "Turbidez (uT)", "Coliformes totais"], rows2)
    doc.f("Limites da Portaria GM/MS 888/2021: CRL ≥ 0,2 mg/L. Houve manobra na adutora em «d» e intermitência. "
          "Vamos fazer descarga de rede e recoleta. Responsável técnico: «c» – «crq».\n",
          d=g.date("br"), c=P(ch.short), crq=(g.council(g.pick(["CRQ", "CRQ", "CRBio"])), "PROFESSIONAL_ID"))
    return doc


def sa_aso(g: Gen) -> Doc:
    """ASO (occupational health certificate) of a treatment-plant worker (ETA/ETE), periodic or
    admission, with exposures to chlorine, H2S and biological agents."""
    doc = Doc()
    uname, sigla, dom = util(g)
    emp = g.chance(0.5)
    company = uname if emp else g.pick(CONTRACTORS)
    w, coord, ex = g.person(), g.person(), g.person()
    city, uf = g.city()
    kind = g.pick(["PERIÓDICO", "ADMISSIONAL", "RETORNO AO TRABALHO", "MUDANÇA DE RISCO", "DEMISSIONAL"])
    doc.f("ATESTADO DE SAÚDE OCUPACIONAL – ASO\nTipo de exame: «k»\n\nEmpresa: «c»\nCNPJ: «cnpj»\nSetor: «s»\n\n",
          k=kind, c=company, cnpj=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"),
          s=g.pick(["ETA Rio das Pedras", "ETE Jardim das Fontes", "Estação Elevatória EEE-07", "Manutenção de Redes", "Laboratório Central"]))
    table_any(doc, g, ["Campo", "Dados do trabalhador"], [
        [V("Nome"), P(g.pick([w.full, w.caps]))],
        [V("CPF"), (g.cpf(), "BR_CPF")],
        [V("RG"), (g.rg(), "BR_RG")],
        [V("NIT/PIS"), (g.pis(), "BR_PIS")],
        [V("Data nasc."), (g.dob("br", 1962, 2005), "DATE_OF_BIRTH")],
        [V("Função"), V(g.pick(["Operador de ETA", "Operador de ETE", "Encanador", "Agente de saneamento", "Técnico químico", "Leiturista"]))],
        [V("Matrícula"), V(g.d(6))],
    ])
    doc.f("\nRiscos ocupacionais (PGR): «r»\nExames complementares: «e»\n\n",
          r=", ".join(g.rng.sample(["químico – cloro gasoso", "químico – sulfato de alumínio", "químico – H2S", "biológico – esgoto",
                                     "físico – ruído", "ergonômico", "espaço confinado (NR-33)", "trabalho em altura (NR-35)"], 3)),
          e="; ".join(g.rng.sample(["audiometria " + g.date("br"), "espirometria " + g.date("br"), "hemograma " + g.date("br"),
                                     "acuidade visual", "ECG", "EEG", "anti-HBs reagente", "glicemia de jejum"], 3)))
    apto = g.pick(["APTO", "APTO", "APTO COM RESTRIÇÃO (evitar exposição a cloro por 30 dias)", "INAPTO TEMPORARIAMENTE"])
    doc.f("PARECER: «a»«x»\n\n«ci», «d».\n\nMédico examinador: «m» – «crm»\nMédico coordenador do PCMSO: «mc» – «crmc»\n\n"
          "Declaro ter recebido a 2ª via. ____________ «w»\n",
          a=apto, x=(" para espaço confinado" if "APTO" == apto and g.chance(0.4) else ""), ci=city, d=g.date("br"),
          m=P(ex.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          mc=P(coord.full), crmc=(g.council("CRM", uf), "PROFESSIONAL_ID"), w=P(g.pick([w.caps, w.short])))
    return doc


def sa_cat(g: Gen) -> Doc:
    """CAT (accident report) of a sanitation worker: chlorine leak, fall into a manhole, trench
    collapse, dog bite of a meter reader."""
    doc = Doc()
    uname, sigla, dom = util(g)
    w, med = g.person(), g.person()
    city, uf = g.city()
    acc = g.pick([("vazamento de cloro gasoso na casa de química da ETA", "T59.4"),
                  ("queda em poço de visita durante desobstrução", "S82.6"),
                  ("desmoronamento de vala na troca de rede", "S32.0"),
                  ("mordedura de cão durante leitura de hidrômetro", "W54"),
                  ("inalação de H2S na elevatória de esgoto", "T59.6"),
                  ("corte na mão com serra na reparação de adutora", "S61.9")])
    doc.f("COMUNICAÇÃO DE ACIDENTE DE TRABALHO – CAT nº «n»\nEmitente: empregador   Tipo: «tp»\n\n"
          "EMPREGADOR\nRazão social: «u»\nCNPJ: «cnpj»   CNAE: 3600-6/01\n\nACIDENTADO\nNome: «nome»\nNome da mãe: «mae»\n"
          "Data de nascimento: «dob»   Sexo: «sx»   Estado civil: «ec»\nCPF: «cpf»   NIT: «nit»   CTPS: «ctps»\n"
          "Cartão SUS: «cns»\nEndereço: «ad»   CEP: «cep»   «ci»/«uf»\nTelefone: «t»\nOcupação (CBO): «cbo»\n\n",
          n="{0}.{1}.{2}-{3}/{4}".format(*(lambda x: (x[:4], x[4:7], x[7:10], x[10]))(neg11(doc, g)), g.d(3)), tp=g.pick(["inicial", "reabertura"]), u=g.pick([uname] * 2 + CONTRACTORS),
          cnpj=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"), nome=P(g.pick([w.caps, w.full])), mae=P(g.person(True).caps),
          dob=(g.dob("br", 1960, 2004), "DATE_OF_BIRTH"), sx="F" if w.female else "M", ec=g.pick(["casado", "solteiro", "outros"]),
          cpf=(g.cpf(), "BR_CPF"), nit=(g.pis(), "BR_PIS"), ctps=f"{g.d(7)} série {g.d(4)}-{uf}", cns=(g.cns(), "BR_CNS"),
          ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"), ci=city, uf=uf, t=(g.phone(), "PHONE_NUMBER"),
          cbo=g.pick(["8621-10 Operador de ETA", "7241-10 Encanador", "5191-10 Leiturista", "7170-20 Servente de obras"]))
    doc.f("ACIDENTE\nData: «d»  Hora: «h»  Após «hh» h de trabalho\nLocal: «loc»\nDescrição: «desc»\nParte atingida: «pa»\n"
          "Registro policial: «bo»   Óbito: não\nTestemunhas: «t1» (tel. «tt1») e «t2»\n\n",
          d=g.date("br"), h=g.hm(), hh=g.ri(1, 8), loc=g.pick(["estabelecimento do empregador", "via pública – frente de obra", "imóvel de terceiros"]),
          desc=acc[0], pa=g.pick(["vias aéreas", "membro inferior", "mão direita", "tronco", "múltiplas"]), bo=g.pick(["não", "sim"]),
          t1=P(g.person().full), tt1=(g.phone(), "PHONE_NUMBER"), t2=P(g.pick([g.person().full, g.person(False).nick])))
    doc.f("ATESTADO MÉDICO\nUnidade: Pronto-Socorro Municipal «ps»   Data: «d»  Hora: «h»\nInternação: «int»   Afastamento: «af» dias\n"
          "Diagnóstico provável: «dx»   CID-10: «cid»\nMédico: «m»   «crm»\n",
          ps=g.pick(["Dr. Hildebrando Uchôa", "Santa Rosa", "Central"]), d=g.date("br"), h=g.hm(), int=g.pick(["sim", "não"]), af=g.ri(1, 30),
          dx=g.pick(["intoxicação por gás irritante", "fratura de tíbia", "contusão", "ferimento corto-contuso", "mordedura animal"]),
          cid=acc[1], m=P(med.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    return doc


def sa_vacina(g: Gen) -> Doc:
    """SESMT export of the field crews' vaccination status (hepatitis A/B, tetanus, yellow fever)."""
    doc = Doc()
    uname, sigla, dom = util(g)
    enf, tst = g.person(True), g.person()
    doc.f("sesmt_vacinacao_equipes_«d».csv — gerado por «u» em «dt»\n", d=g.date("compact"), u=g.pick(["sesmt.bi", "rpa_sesmt", "sgso_export"]), dt=g.date("br"))
    rows = []
    split, caps = g.chance(0.5), g.chance(0.3)
    for _ in range(g.ri(5, 7)):
        w = g.person()
        fn, ln = first_last(w)
        if caps:
            fn, ln = fold(fn).upper(), fold(ln).upper()
        names = [P(fn), P(ln)] if split else [P(w.caps if caps else w.full)]
        rows.append([V(g.d(6)), *names, (g.cpf("raw"), "BR_CPF"), (g.dob("iso", 1962, 2005), "DATE_OF_BIRTH"),
                     (g.cns(False), "BR_CNS") if g.chance(0.7) else V(""), V(g.pick(["Hepatite A", "Hepatite B", "dT", "Febre amarela", "Influenza"])),
                     V(g.pick(["D1", "D2", "D3", "REF", "DU"])), V(g.date("iso")), V(f"{g.pick('ABFJ')}{g.d(5)}"),
                     V(g.pick(["ETA", "ETE", "Redes Norte", "Redes Sul", "Leitura"]))])
    table_csv(doc, ["matricula"] + (["first_name", "last_name"] if split else ["nome_completo"]) + ["cpf", "dt_nasc", "cns", "vacina", "dose", "dt_aplicacao", "lote", "lotacao"], rows,
              sep=g.pick([",", ";"]))
    doc.f("\n# aplicadora: «e» («cor») | conferência: «t», técnico de segurança (reg. MTE «r»)\n# pendentes de D2 avisar por WhatsApp «w»\n",
          e=P(enf.full), cor=(g.council("COREN"), "PROFESSIONAL_ID"), t=P(tst.short), r=g.d(6), w=(g.phone(), "PHONE_NUMBER"))
    return doc


def sa_acs(g: Gen) -> Doc:
    """Community health agent's visit report of a micro-area without sewage, families listed."""
    doc = Doc()
    uname, sigla, dom = util(g)
    acs, enf = g.person(), g.person(True)
    city, uf = g.city()
    doc.f("ESF «esf» – Relatório de visitas domiciliares – microárea «ma»\nACS: «a»   Período: «p»\nMotivo: «m»\n\n",
          esf=g.pick(["Vila Aurora", "Beira-Córrego", "Parque dos Rios", "Glória II"]), ma=g.d(2), a=P(acs.full),
          p="{} a {}".format(*sorted((g.date("br", 2025) for _ in range(2)), key=lambda x: x[3:5] + x[:2])), m=g.pick(["busca ativa de diarreia após falta d'água", "esgoto a céu aberto na viela",
                                                          "casos de hepatite A na escola", "enchente do córrego"]))
    for i in range(g.ri(3, 4)):
        r = g.person()
        kid = g.relative(r)
        doc.f("Família «i» – resp. «n» (CNS «cns»), nasc. «dob»\n  «ad» – tel «t»\n  criança: «k», nasc. «kd», «sit»\n  obs: «o»\n",
              i=i + 1, n=P(g.pick([r.full, r.caps, r.short])), cns=(g.cns(), "BR_CNS"), dob=(g.dob("br", 1950, 2003), "DATE_OF_BIRTH"),
              ad=(g.address(g.pick(["low", "text"])), "ADDRESS"), t=(g.phone(g.pick(["plain", "raw", "par"])), "PHONE_NUMBER"),
              k=P(g.pick([kid.first, kid.full])), kd=(g.dob("br", 2016, 2025), "DATE_OF_BIRTH"),
              sit=g.pick(["diarreia há 3 dias, encaminhada à UBS", "sem sintomas", "vômitos, SRO entregue", "vacina hep A em dia"]),
              o=g.pick(["água de poço, sem cloro; entreguei hipoclorito", "caixa d'água sem tampa", "esgoto corre no quintal do vizinho",
                        "pede ligação de esgoto à " + sigla, "mora com " + g.pick(["a avó", "o tio"]) + " " + g.pick(["Biu", "Tião", "Dona Ceiça", "Zezé"]).replace("Dona ", "")]))
        doc.t("\n")
    doc.f("Encaminhado à enfermeira «e» («cor») e à vigilância. Ofício à «s» pedindo vistoria da rede na «rua».\n",
          e=P(g.pick([enf.full, enf.first])), cor=(g.council("COREN", uf), "PROFESSIONAL_ID"), s=sigla,
          rua=g.pick(["Beira-Córrego", "viela do Chafariz", "Rua Prudente de Morais", "Travessa das Nascentes"]))
    return doc


def sa_atestado(g: Gen) -> Doc:
    """OCR'd sick note of a utility worker (leptospirosis, dog bite, hepatitis) forwarded by HR."""
    doc = Doc()
    uname, sigla, dom = util(g)
    w, med, rh, sup = g.person(), g.person(), g.person(), g.person()
    city, uf = g.city()
    scan = g.chance(0.8)
    oc = (lambda s: ocr(s, g, 0.45)) if scan else (lambda s: s)  # noqa: E731
    ocd = (lambda s: ocr(s, g, digits=True) if g.chance(0.5) else s) if scan else (lambda s: s)  # noqa: E731
    doc.f("Fw: atestado «n»\nDe: «r» <«re»>\nPara: «s»\n\n«sf», segue atestado do colaborador (matr. «m», PIS «pis»). Lançar no ponto e avisar o SESMT "
          "porque é CID de doença ocupacional possível.\n\n",
          n=P(g.pick([w.first, w.short])) if g.chance(0.5) else f"matr. {g.d(6)}", r=P(rh.full), re=(corp_mail(rh, dom), "EMAIL_ADDRESS"), s=(corp_mail(sup, dom), "EMAIL_ADDRESS"),
          sf=P(sup.first), m=g.d(6), pis=(g.pis(), "BR_PIS"))
    doc.t("[OCR – atestado_scan.pdf]\n" if scan else "[anexo – atestado.pdf]\n")
    cid, dx = g.pick([("A27.9", "leptospirose"), ("W54", "mordedura de cão"), ("B15.9", "hepatite A"), ("A09", "gastroenterite"),
                      ("T59.4", "inalação de cloro"), ("L24.5", "dermatite de contato")])
    doc.f(oc("HOSPITAL SANTA ROSA DE LIMA – PRONTO ATENDIMENTO") + "\n\n" + oc("ATESTADO MÉDICO") + "\n\n"
          + oc("Atesto, para os devidos fins, que") + " «n», " + oc("portador" + ("a" if w.female else "") + " do CPF") + " «cpf» " + oc("e RG") + " «rg», "
          + oc("esteve sob meus cuidados em") + " «d», " + oc("necessitando de") + " «k» " + oc("dias de afastamento") + ". CID «cid».\n\n"
          "«ci», «d».\n\n«m»\n«crm»   RQE «rqe»\n",
          n=P(oc(g.pick([w.full, w.caps]))), cpf=(ocd(g.cpf()), "BR_CPF"), rg=(ocd(g.rg()), "BR_RG"), d=g.date("br"), k=g.ri(2, 15),
          cid=cid if g.chance(0.7) else f"{cid} ({dx})", ci=city, m=P(oc(med.full)), crm=(oc(g.council("CRM", uf)), "PROFESSIONAL_ID"),
          rqe=g.d(5))
    doc.f("\n--\n«r»\nGestão de Pessoas – «s» | ramal «ram»\n", r=P(rh.short), s=sigla, ram=g.d(4))
    return doc


# =========================================================================== financeiro

BANKS = [("001", "Banco do Brasil"), ("104", "Caixa"), ("237", "Bradesco"), ("341", "Itaú"), ("033", "Santander"),
         ("756", "Sicoob"), ("748", "Sicredi"), ("260", "Nubank"), ("077", "Inter"), ("041", "Banrisul")]


def fi_fatura(g: Gen) -> Doc:
    """A water and sewage bill as text (PDF to text), with the consumption history, the
    breakdown, the cut-off notice and the payment line."""
    doc = Doc()
    uname, sigla, dom = util(g)
    c = g.person()
    city, uf = g.city()
    social = g.chance(0.3)
    doc.f("«u»\nCNPJ «cnpj»  –  Insc. Est. isento\nCentral 0800 «o»  |  «w»\n\nCONTA DE ÁGUA E ESGOTO – Nota Fiscal/Fatura nº «nf»\n\n",
          u=uname.upper(), cnpj=(g.cnpj(alnum=g.chance(0.2)), "BR_CNPJ"), o=f"{g.d(3)} {g.d(4)}", w=f"www.{dom}", nf=g.d(9))
    masked = g.chance(0.4)
    doc.f("CLIENTE: «n»\nCPF/CNPJ: «cpf»\nENDEREÇO DO IMÓVEL: «ad»\n«b» – «ci»/«uf» – CEP «cep»\n",
          n=P(g.pick([c.caps, c.caps, c.full])), cpf=V(g.masked_cpf()) if masked else (g.cpf(), "BR_CPF"),
          ad=(g.address("caps"), "ADDRESS"), b=fold(g.pick(BAIRROS)).upper(), ci=fold(city).upper(), uf=uf, cep=(g.cep(), "BR_CEP"))
    if g.chance(0.35):
        doc.f("ENDEREÇO DE ENTREGA: «ad» – CEP «cep»\n", ad=(g.address("caps"), "ADDRESS"), cep=(g.cep(), "BR_CEP"))
    doc.f("MATRÍCULA: «m»   CATEGORIA: «cat»   ECONOMIAS: «ec»\nHIDRÔMETRO: «hd»   ROTA: «r»   LEITURISTA: «l»\n\n",
          m=g.matricula(), cat="RESIDENCIAL SOCIAL" if social else g.pick(["RESIDENCIAL", "RESIDENCIAL", "COMERCIAL", "MISTA"]),
          ec=g.ri(1, 3), hd=g.hidrometro(), r=f"{g.d(2)}.{g.d(3)}", l=g.pick(["cód. " + g.d(4), P(g.person().first.upper())]))
    la, lb = g.ri(100, 5000), 0
    m3 = g.ri(5, 45)
    d1, d2, d3 = g.dates(3, span=60)
    doc.f("LEITURA ANTERIOR «d1»: «la»   LEITURA ATUAL «d2»: «lb»   CONSUMO: «m3» m³ («dd» dias)\n\n",
          d1=d1, la=la, d2=d2, lb=la + m3, m3=m3, dd=g.ri(28, 33))
    va = g.money(20, 300)
    rows = [[V("Água – faixa 0-10 m³"), V(g.money(10, 60))], [V("Água – faixa 11-20 m³"), V(g.money(10, 120))],
            [V("Esgoto (80% da água)"), V(g.money(15, 200))], [V("Multa/juros fat. anterior"), V(g.money(1, 20))],
            [V("TOTAL A PAGAR"), V(va)]]
    table_any(doc, g, ["Descrição", "Valor R$"], rows)
    doc.t("\nHISTÓRICO (m³): " + "  ".join(f"{mm} {v}" for mm, v in consumo_rows(g, 6)) + "\n")
    doc.f("VENCIMENTO: «v»\n\n", v=d3)
    if g.chance(0.5):
        doc.f("*** AVISO DE DÉBITO *** Consta(m) «k» fatura(s) em aberto (R$ «dv»). O não pagamento até «d» sujeita o imóvel à suspensão do "
              "abastecimento, conforme Lei 11.445/2007, art. 40, V. Para negociar: WhatsApp «wa».\n\n",
              k=g.ri(1, 4), dv=g.money(60, 900), d=g.date("br"), wa=f"({g.pick(DDDS)}) 3{g.d(3)}-{g.d(4)}")
    if g.chance(0.4):
        b = g.pick(BANKS)
        doc.f("DÉBITO AUTOMÁTICO: «b» ag. «ag» c/c «cc»\n", b=b[1], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    doc.f("Qualidade da água («mes»): cloro «cl» mg/L, turbidez «tu» uT, coliformes ausentes em «pct»% das amostras.\n"
          "«msg»\n\n«bar»\n",
          mes=g.pick(MONTHS), cl=f"{g.ri(0, 2)},{g.d(1)}", tu=f"0,{g.d(1)}", pct=g.ri(96, 100),
          msg=g.pick(["Tarifa Social: você economiza até 50%. Informe seu NIS na agência.", "Seja prudente: feche a torneira ao escovar os dentes.",
                      "Cadastre-se na conta digital e receba por e-mail.", "Setembro Verde: economize água."]),
          bar=g.barcode_line())
    return doc


def fi_negociacao(g: Gen) -> Doc:
    """Speech-to-text transcript of a call to the collections line: identity check, debt
    renegotiation, down payment on a credit card read out by the customer."""
    doc = Doc()
    uname, sigla, dom = util(g)
    c, at = g.person(), g.person()
    doc.f("[transcrição automática – URA cobrança «s» – ligação «id» – «d» – duração «dur»]\n\n",
          s=sigla, id=g.hexs(10), d=g.date("br"), dur=f"{g.ri(4, 19):02d}:{g.ri(0, 59):02d}")
    A = lambda: "ATENDENTE"  # noqa: E731
    doc.f("«A»: «s», meu nome é «a», com quem eu falo?\nCLIENTE: é «n»\n«A»: para sua segurança, confirme o CPF do titular\n"
          "CLIENTE: «cpf»\n«A»: e a data de nascimento\nCLIENTE: «dob»\n",
          A=A(), s=sigla, a=P(g.pick([at.first, at.short])), n=P(g.pick([c.low, fold(c.short).lower(), fold(c.first).lower()])),
          cpf=(g.pick([" ".join(g.cpf_digits()), g.cpf("raw"), g.cpf("dot")]), "BR_CPF"),
          dob=(g.dob(g.pick(["long", "br"])).lower(), "DATE_OF_BIRTH"))
    debt = g.money(300, 6000)
    k = g.ri(3, 12)
    doc.f("«A»: obrigad«o». consta um débito de «v» reais na matrícula «m», são «f» faturas. posso oferecer entrada de «e» e o restante em «k» vezes\n"
          "CLIENTE: «r»\n«A»: a entrada pode ser no cartão de crédito\nCLIENTE: tá, o número é «cc» validade «val» e o código atrás «cvv»\n",
          A=A(), o=at.o, v=debt, m=g.matricula(), f=g.ri(2, 9), e=g.money(50, 500), k=k,
          r=g.pick(["tá caro mas fazer o quê, cortaram minha água", "pode ser, mas tira a multa", "ok vamo fechar", "eu tô desempregado moça, só consigo assim"]),
          cc=(g.pick([g.card(), g.card(False), " ".join(g.card(False))]), "CREDIT_CARD"), val=f"{g.ri(1, 12):02d}/{g.ri(26, 32)}", cvv=g.d(3))
    doc.f("«A»: aprovado. o boleto das parcelas vai pro e-mail, qual seria\nCLIENTE: «e»\n«A»: e um telefone pra contato\nCLIENTE: «t»\n"
          "«A»: a religação ocorre em até «h» horas, protocolo «p». a «s» agradece\n",
          A=A(), e=(g.email(c).replace("@", g.pick([" arroba ", "@"])), "EMAIL_ADDRESS") if g.chance(0.35) else (g.email(c), "EMAIL_ADDRESS"),
          t=(g.pick([" ".join(g.phone("raw")), g.phone("plain"), g.phone("raw")]), "PHONE_NUMBER"), h=g.pick([12, 24, 48]), p=g.protocol(), s=sigla)
    doc.f("\n[tags: renegociacao; entrada_cartao; religacao]  [supervisor: «sup»]\n", sup=P(g.person().short))
    return doc


def fi_debito(g: Gen) -> Doc:
    """Automatic-debit authorisation form, some filled by hand and scanned, some typed."""
    doc = Doc()
    uname, sigla, dom = util(g)
    c = g.person()
    ccpf = g.cpf()
    other = g.chance(0.35)
    h = g.relative(c) if other else c
    city, uf = g.city()
    b = g.pick(BANKS)
    scan = g.chance(0.3)
    oc = (lambda s: ocr(s, g)) if scan else (lambda s: s)  # noqa: E731
    doc.f("«u» – AUTORIZAÇÃO PARA DÉBITO AUTOMÁTICO EM CONTA\n\nDADOS DA LIGAÇÃO\nMatrícula: «m»\nTitular da ligação: «n»   CPF: «cpf»\n"
          "Endereço: «ad»   CEP: «cep»\nTelefone: «t»   E-mail: «e»\n\n",
          u=uname, m=g.matricula(), n=P(oc(g.pick([c.full, c.caps]))), cpf=(ccpf, "BR_CPF"), ad=(oc(g.address()), "ADDRESS"),
          cep=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"), e=(g.email(c), "EMAIL_ADDRESS"))
    doc.f("DADOS BANCÁRIOS\nBanco: «bc» – «bn»\nAgência: «ag»   Conta corrente: «cc»\nTitular da conta: «h»\nCPF do titular da conta: «hc»\n"
          "Data de nascimento do titular da conta: «hd»\n\n",
          bc=b[0], bn=b[1], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), h=P(oc(g.pick([h.full, h.caps]))),
          hc=(g.cpf() if other else ccpf, "BR_CPF"), hd=(g.dob("br"), "DATE_OF_BIRTH"))
    if other:
        doc.f("Obs.: conta em nome d«o» «rel» do titular («r»), que autoriza o débito.\n", o=h.o,
              rel=g.pick(["filha", "irmã", "mãe"] if h.female else ["filho", "irmão", "pai"]), r=P(h.first))
    doc.f("Autorizo o débito das faturas de água e esgoto a partir de «mes»/«y». Estou ciente de que, não havendo saldo, a fatura "
          "será considerada em aberto.\n\n«ci», «d»\n\n«s»\n(assinatura conforme documento)\n\nUSO INTERNO: conferido por «a» em «d2» – lote «l»\n",
          mes=g.pick(MONTHS), y=g.pick([2025, 2026]), ci=city, d=g.date("br"), s=P(oc(h.full)),
          a=P(g.pick([g.person().short, g.person().first.upper()])), d2=g.date("br"), l=g.d(6))
    return doc


def fi_restituicao(g: Gen) -> Doc:
    """Refund of a duplicate payment: the customer's request, the Pix receipt pasted in, and the
    finance workflow notes."""
    doc = Doc()
    uname, sigla, dom = util(g)
    c, an, ap = g.person(), g.person(), g.person()
    v = g.money(40, 1500)
    dd = g.dates(7)
    doc.f("Chamado FIN-«n» – Devolução de pagamento em duplicidade\nAberto por: «c» (portal do cliente, IP «ip»)\nMatrícula: «m»\n\n"
          "Descrição do cliente:\n\"paguei a conta de «mes» duas vezes, uma no app do banco e outra no pix do site. quero o estorno de R$ «v». "
          "meu cpf «cpf». pode devolver no pix chave aleatória «k»\"\n\n",
          n=g.d(6), c=P(g.pick([c.full, c.low])), ip=(g.ip(), "IP_ADDRESS"), m=g.matricula(), mes=g.pick(MONTHS), v=v,
          cpf=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), k=(g.uuid(), "PIX_KEY"))
    payer = c if g.chance(0.7) else g.relative(c)
    doc.f("Anexo (comprovante):\n  Pix enviado  R$ «v»\n  Pagador: «p»\n  CPF: «mc»\n  Instituição: «bk»\n  Favorecido: «u»\n"
          "  CNPJ: «cnpj»\n  ID da transação: «e2e»\n  «d» «h»\n\n",
          v=v, p=P(g.pick([payer.full, payer.caps])), mc=g.masked_cpf(), bk=g.pick(BANKS)[1], u=uname,
          cnpj=(g.cnpj(), "BR_CNPJ"), e2e=f"E{g.d(8)}{dd[0][6:]}{dd[0][3:5]}{dd[0][:2]}{g.d(4)}{g.hexs(11).upper()}", d=dd[0], h=g.hms())
    doc.f("Histórico:\n«d1» – «a» (Arrecadação): confirmada a baixa em duplicidade no lote «l». ",
          d1=dd[1], a=P(an.full), l=g.d(5))
    if g.chance(0.5):
        doc.f("Chave aleatória informada não pertence ao CPF do titular (DICT retornou outro titular). Solicitei dados bancários.\n"
              "«d2» – cliente respondeu: banco «b», agência «ag», conta «cc», titular «t».\n",
              d2=dd[2], b=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), t=P(c.full))
    else:
        doc.f("Chave validada no DICT (titular «t»).\n", t=P(fold(c.full).upper()))
    doc.f("«d3» – «ap» (Tesouraria): aprovado. Devolução programada p/ «d4».\n«d5» – «an»: encerrado. Resposta enviada para «e».\n",
          d3=dd[3], ap=P(g.pick([ap.short, ap.full])), d4=dd[5], d5=dd[6], an=P(an.first), e=(g.email(c), "EMAIL_ADDRESS"))
    return doc


def fi_carteira(g: Gen) -> Doc:
    """Debt portfolio extract handed to a collections agency (CSV/TSV), with a validation note."""
    doc = Doc()
    uname, sigla, dom = util(g)
    ag_name = g.pick(["Recupera Fontes Cobrança Ltda", "Cobrativa Assessoria", "Pontes & Lagos Recuperação de Crédito", "Fluxo Cobranças S.A."])
    doc.f("carteira_«s»_«d»_lote«l».csv  →  «a»\n", s=re.sub(r"\W", "", fold(sigla).lower()), d=g.date("compact"), l=g.d(3), a=ag_name)
    rows = []
    bad_row = g.ri(0, 4)
    for i in range(g.ri(5, 6)):
        p = g.person()
        if i == bad_row:
            docv = V(neg11(doc, g))
        elif g.chance(0.12):
            docv = (g.cnpj("raw", alnum=g.chance(0.3)), "BR_CNPJ")
        else:
            docv = (g.cpf(g.pick(["raw", "dot"])), "BR_CPF")
        rows.append([V(g.d(8)), P(g.pick([p.caps, p.caps, p.full])), docv,
                     (g.phone(g.pick(["raw", "cc", "par"])), "PHONE_NUMBER"),
                     (g.phone(g.pick(["raw", "par"]), mobile=g.chance(0.5)), "PHONE_NUMBER") if g.chance(0.5) else V(""),
                     (g.email(p), "EMAIL_ADDRESS") if g.chance(0.6) else V(""),
                     (g.address("caps"), "ADDRESS"), (g.cep(False), "BR_CEP"), V(g.money(200, 9000).replace(".", "")),
                     V(str(g.ri(60, 900))), V(g.pick(["CORTADO", "SUPRIMIDO", "ATIVO", "FACTIVEL"]))])
    table_csv(doc, ["id_divida", "nome", "cpf_cnpj", "fone1", "fone2", "email", "endereco", "cep", "saldo", "dias_atraso", "situacao_ligacao"],
              rows, sep=g.pick([";", "\t", ","]))
    doc.f("\n# validação: linha «i» com CPF inválido («x») – devolver ao cadastro. Responsável pelo envio: «r» («re»).\n",
          i=bad_row + 2, x=rows[bad_row][2][0], r=P(g.person().full), re=(corp_mail(g.person(), dom), "EMAIL_ADDRESS"))
    return doc


def fi_medicao(g: Gen) -> Doc:
    """Monthly measurement bulletin of a field-services contractor, with crew, vehicles, the
    contract manager's approval and the payment data."""
    doc = Doc()
    uname, sigla, dom = util(g)
    cont = g.pick(CONTRACTORS)
    rt, fisc, ger = g.person(), g.person(), g.person()
    city, uf = g.city()
    doc.f("BOLETIM DE MEDIÇÃO Nº «n» – CONTRATO «ct»\nContratante: «u»\nContratada: «c» – CNPJ «cnpj»\n"
          "Responsável técnico: eng. «rt» – «crea»\nPeríodo: «p»\n\n",
          n=g.ri(1, 36), ct=f"{g.d(3)}/{g.pick([2023, 2024, 2025])}", u=uname, c=cont, cnpj=(g.cnpj(alnum=g.chance(0.35)), "BR_CNPJ"),
          rt=P(rt.full), crea=(g.council("CREA", uf), "PROFESSIONAL_ID"), p=f"{g.pick(MONTHS)}/{g.pick([2025, 2026])}")
    items = [("Troca de hidrômetro", "un"), ("Reparo de vazamento em ramal", "un"), ("Corte/religação", "un"),
             ("Recomposição de pavimento", "m²"), ("Ligação de esgoto", "un"), ("Desobstrução de rede", "m")]
    rows = [[V(f"{i + 1}"), V(it), V(u), V(str(g.ri(10, 900))), V(g.money(20, 400)), V(g.money(2000, 90000))]
            for i, (it, u) in enumerate(g.rng.sample(items, 4))]
    table_any(doc, g, ["Item", "Serviço", "Un.", "Qtde", "P. unit. R$", "Total R$"], rows)
    doc.t("\nEquipes e veículos:\n")
    rows2 = []
    for _ in range(g.ri(3, 4)):
        d = g.person(False)
        rows2.append([V(f"EQ-{g.d(2)}"), P(g.pick([d.full, d.caps, d.short])), (g.cnh(), "BR_CNH"), (g.plate(), "LICENSE_PLATE"),
                      V(g.pick(["Saveiro", "Strada", "caminhão 3/4", "retro JCB", "Hilux"]))])
    table_any(doc, g, ["Equipe", "Motorista/encarregado", "CNH", "Placa", "Veículo"], rows2)
    b = g.pick(BANKS)
    doc.f("\nGlosas: R$ «gl» (OS sem foto georreferenciada).\nPagamento: «bn» (cód. «bc»), agência «ag», conta «cc», em nome da contratada.\n\n"
          "Fiscal do contrato: «f» (mat. «fm»)   Gestor: «g»\nAprovado em «d». Encaminhar NF para nfe@«dom».\n",
          gl=g.money(100, 5000), bn=b[1], bc=b[0], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
          f=P(fisc.full), fm=g.d(6), g=P(g.pick([ger.full, ger.short])), d=g.date("br"), dom=dom)
    return doc


def fi_leituristas(g: Gen) -> Doc:
    """Meter readers' monthly productivity and fuel-reimbursement sheet, with the handheld sync log."""
    doc = Doc()
    uname, sigla, dom = util(g)
    sup = g.person()
    doc.f("Leitura e Entrega de Contas – «s»\nProdutividade e reembolso de combustível – ref. «r»\nSupervisor: «sp»\n\n",
          s=sigla, r=f"{g.ri(1, 12):02d}/{g.pick([2025, 2026])}", sp=P(sup.full))
    rows, readers = [], []
    for _ in range(g.ri(4, 5)):
        r = g.person()
        readers.append(r)
        rows.append([P(g.pick([r.caps, r.full])), (g.cpf(), "BR_CPF"), (g.pis("raw"), "BR_PIS"), (g.plate(), "LICENSE_PLATE"),
                     V(str(g.ri(2500, 9000))), V(f"{g.ri(0, 3)},{g.d(1)}%"), V(str(g.ri(300, 1400))), V(g.money(150, 700)),
                     *([(g.agency(), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT"), V("—")] if g.chance(0.55) else
                       [V("—"), V("—"), (g.uuid(), "PIX_KEY")])])
    table_any(doc, g, ["Leiturista", "CPF", "PIS", "Moto", "Leituras", "Críticas", "Km", "Reembolso R$", "Ag.", "Conta", "Pix (aleatória)"], rows)
    doc.t("\nLog de sincronização dos coletores (trecho):\n")
    d = g.date("iso")
    sync = g.rng.sample(readers, min(3, len(readers)))
    stamps = sorted(g.hms() for _ in sync)
    for r, hh in zip(sync, stamps):
        doc.f("«d» «h» coletor=«c» user=«u» ip=«ip» rota=«ro» leituras=«k» status=«st»\n",
              d=d, h=hh, c=f"MC{g.d(5)}", u=login(r), ip=(g.ip(), "IP_ADDRESS"), ro=f"{g.d(2)}.{g.d(3)}", k=g.ri(80, 400),
              st=g.pick(["OK", "OK", "PARCIAL", "ERRO_GPS"]))
    r0 = g.pick(readers)
    doc.f("\nObs.: «n» teve a moto «pl» roubada na rota «ro»; BO nº «bo». Reembolso do mês pago proporcional. "
          "Contato da família: «t».\n",
          n=P(g.pick([r0.first, r0.nick, r0.short])), pl=(g.plate(), "LICENSE_PLATE"), ro=f"{g.d(2)}.{g.d(3)}", bo=f"{g.d(6)}/{g.pick([2025, 2026])}",
          t=(g.phone(), "PHONE_NUMBER"))
    return doc


TEMPLATES = {
    "atendimento": [at_chat, at_segunda_via, at_os_campo, at_tarifa_social, at_ouvidoria, at_cortes_log, at_agencia],
    "juridico": [ju_peticao, ju_sentenca, ju_auto_infracao, ju_protesto, ju_acordo, ju_relatorio, ju_audiencia],
    "saude": [sa_sinan, sa_surto, sa_aso, sa_cat, sa_vacina, sa_acs, sa_atestado],
    "financeiro": [fi_fatura, fi_negociacao, fi_debito, fi_restituicao, fi_carteira, fi_medicao, fi_leituristas],
}


# =========================================================================== checks and output

CPF_LIKE = re.compile(r"(?<![\d.])(\d{3}\.?\d{3}\.?\d{3}-?\d{2})(?![\d])")


def check(record: dict, negs: list[str]) -> None:
    text, last = record["text"], 0
    for s in record["spans"]:
        assert last <= s["start"] < s["end"] <= len(text), (record["id"], s)
        v = text[s["start"]:s["end"]]
        assert v and v == v.strip(), (record["id"], s, v)
        last = s["end"]
        lab = s["label"]
        digits = re.sub(r"\D", "", v.translate(OCR_UNDO)) if lab not in ("BR_CNPJ", "PERSON", "EMAIL_ADDRESS") else ""
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
        elif lab == "PERSON":
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|doutora?|eng|prof|profa)\.?\s", v), (record["id"], v)
            assert not re.search(r"[0-9@]", v), (record["id"], v)
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+(@| arroba )[\w-]+(\.[\w-]+)+", v), (record["id"], v)
        elif lab == "DATE_OF_BIRTH":
            assert re.search(r"\d", v), (record["id"], v)
    # hard negatives: every 11-digit number written outside a gold span fails the CPF check
    digits_only = re.sub(r"\D", "", text)
    for n in negs:
        assert not cpf_ok(n) and n in digits_only, (record["id"], n)
    covered = [(s["start"], s["end"]) for s in record["spans"]]
    for m in CPF_LIKE.finditer(text):
        if any(a <= m.start() < b for a, b in covered):
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
                check(record, doc.negs)
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
    print(OUT_NAME.split(".")[0], len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
