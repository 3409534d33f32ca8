"""Build the sixty-seventh labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_sixtyseventh_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or
run), standalone (own check-digit code, no Faker, no import from afinar or from other
generators), stdlib only, seed 6767, 280 records: 7 templates per domain, 10 copies each.

Register, not used by the earlier sets: domestic employment and home services. Families who
employ empregadas domésticas, babás, caseiros, motoristas particulares and cuidadores de idosos
(eSocial Doméstico registrations, payslips, DAE guides, terminations), diaristas booked through
cleaning-service apps (bookings, complaints, ratings, payouts, chargebacks), domestic-staffing and
home-care agencies (candidate files, background checks, shift schedules, medication logs,
check-in logs), the accountants and lawyers around them (labour claims, hearings, notices,
case tracking), and the Pix payments and receipts between families and workers. Layouts:
e-mails with quoted replies, WhatsApp exports (Android, iOS, and chats pasted into an e-mail as
"eu:"/"ela:"), paper forms (a third of some OCR'd scans), key: value sheets, ruled tables (+---+),
dashed and plain fixed-width tables, Markdown tables, CSV extracts (comma and semicolon), HTTP
request/response with JSON bodies, key=value logs, petitions, minutes, contracts, letters and a
police report.
- atendimento: a cleaning-app booking confirmation with the data passed to the building's gate
  (worker's RG or CPF, plate), a support ticket with the chat transcript (damage, no-show, theft
  suspicion; the client's refund Pix key) and the internal note, an employer-worker WhatsApp chat
  (documents for the eSocial, bank or Pix key, the pediatrician's number, the new home address),
  a domestic-staffing agency's candidate form (RG, CPF, PIS, título, CNH and plate for drivers and
  caseiros, children's birth dates, references with phones; some OCR'd), the employer's e-mail to
  the accountant about an eSocial registration error with the quoted reply, a background-check
  request/response to a screening provider (JSON, with the mother's name and linked phones and
  addresses), an app admin CSV of low-rated diaristas with the last review.
- juridico: a domestic worker's initial petition (qualification of both sides, LC 150/2015, claims
  and amounts), the minutes of a conciliation hearing (settlement paid to an account or Pix key),
  a domestic employment contract (babá, caseiro on a farm, driver with CNH and the family car's
  plate, cuidador) with witnesses, an extrajudicial notice from the worker's lawyer or the
  employer's dismissal letter, a law firm's case-tracking export (ruled or CSV), a diarista's LGPD
  request to an app and the DPO's answer listing the data held, a police report of a theft
  accusation (some OCR'd) with the lawyer's note.
- saude: a home-care agency's shift schedule (caregivers by name or by code with a legend, COREN
  of technicians, caregivers' car plates), a home medication administration record (CNS, ICD-10
  codes, prescriber's CRM, caregivers' names or rubric initials), the family's WhatsApp group with
  caregivers and the agency nurse, an occupational health certificate (ASO) and a sick note of a
  domestic worker, a home-care patient admission form (family's card for the monthly charge,
  emergency contacts, e-signature IP), a work-accident report (CAT) of a domestic worker, a
  caregiver check-in/check-out log with the incident opened from it.
- financeiro: an eSocial Doméstico payslip, the accountant's e-mail with the month's DAE (table of
  workers, digitable line), a termination statement (TRCT) with the itemised amounts, two or three
  Pix receipts between a family and its workers, an employer's bank-statement CSV with the
  family's notes on each worker's Pix key, an accountant's control sheet of domestic-employer
  clients, a cleaning app's weekly payout CSV to diaristas (CPF or MEI CNPJ, Pix keys, accounts)
  with a forwarded chargeback e-mail.

Conventions (the twentieth set's, and the sixty-sixth's where they decided): PERSON covers the
name only, never "Sr.", "Sra.", "Dr.", "Dra.", "dona", "seu", "Vó"/"Vô"; particles inside a name
(de, da, do, dos, e) are part of it; "SURNAME, GIVEN" is one span; nicknames and first names alone
are persons; first_name and last_name columns are one span each. Staff named in the text
(attendants, support agents, accountants, lawyers, judges, clerks, police officers, nurses,
doctors, caregivers, DPOs, interviewers) are persons; logins ("fchoque", "kterena@admin", "usr:
...", user=... in logs), patient ids (PAC-...), apps and bots are not. OCR-damaged names and
identifiers are labelled as they stand. Corporate e-mails of people are EMAIL_ADDRESS; role
mailboxes (privacidade@, dpo@, dp@, chargebacks@, qualidade@) are not labelled. ADDRESS is street
type + name + number + complement (not bairro, city, state; CEP is BR_CEP); a company's seat is
never written with its street here. Agency and account are separate BANK_ACCOUNT spans; bank codes
and bank names are not labelled. PROFESSIONAL_ID includes the council acronym and its UF or
region (CRM, COREN, OAB, CRC). PIX_KEY only for random (UUID) keys used as Pix keys; Pix keys
that are a CPF, e-mail or phone take those labels. Masked values (asterisks, "cartão final
4432"), internal ids, protocol and contract numbers are not labelled.
New decisions of this set:
- A first name followed by a surname initial, as apps show workers ("Rosinalva P."), is one
  PERSON span including the initial. Rubric initials in a medication record ("L.A.") are not
  labelled.
- A WhatsApp sender shown as a phone number (an unsaved contact) is PHONE_NUMBER; a saved contact
  name with a role ("Nete Diarista", "Simone Babá") has only the name as PERSON; "eu:" and "ela:"
  in a pasted chat are not labelled.
- A name cut by a bank statement's field width ("SIRLEIDE JATOBA CARVALHO") is labelled as it
  stands (never with a dangling particle).
- Identifiers are labelled whoever holds them: the CNPJ of apps, clinics, screening providers and
  of diaristas registered as MEI (numeric and alphanumeric); phone numbers of law firms and
  accountants as well as of people. The employer of a domestic worker is a natural person, so
  the employer's home address (the workplace) is an ADDRESS; a farm's address ("Estrada
  Municipal SP-123, km 4") is too.
- DATE_OF_BIRTH only for birth dates (workers, employers, patients, children, applicants), in
  Brazilian, short, ISO or long format; admission, dismissal, accident, hearing, payment,
  competence and due dates are not.
- NOT labelled (hard negatives): CNJ process numbers, eSocial receipt numbers, DAE/boleto
  digitable lines (blocks of 11 digits failing the CPF check), bank document numbers in
  statements, Pix end-to-end ids, CTPS numbers and series, CBO codes, CNES codes, health-plan card
  numbers, police report (B.O.) and AR numbers, order, ticket, protocol and batch numbers,
  prontuário numbers, ICD-10 codes (M54.5, S61.0, G30.1, F03), money, laws (LC 150/2015,
  Lei 13.709/2018, Lei 7.418/1985, art. 484-A CLT), dates that are not birth dates, and the CPF of
  a QA test row that fails the check digit. The script asserts that every unlabelled 11-digit
  number, plain or dotted like a CPF, fails the CPF check.

Names: Brazilian names of many origins: Portuguese common and regional (Marinalva, Luzinete,
Dalvanira, Gersonita, Nerivalda, Quitéria, Deusdedit, Belarmino, Laudelino, Tertuliano), coined
(Thaynara, Ruthiely, Kleberson, Wesclei, Ryquelme), Italian, German, Japanese/Okinawan, Lebanese,
Korean, Chinese, Haitian, Venezuelan, Paraguayan, Bolivian, Angolan, Senegalese, indigenous and
Jewish, workers drawn more often from the regional and migrant pools; at least a quarter of the
name words rare or invented (the script prints the share). Names that are also words (Rosa, Luz,
Flor, Vitória, Aurora, Esperança, Glória, Celeste, Bento, Prudente, Amado, Justo, Modesto, Leão,
Branco; surnames Branco, Rosa, Paz, Fiel, Coelho, Luz) next to the same words as words ("a conta de
luz", "seria prudente", "a roupa branca", "o vaso de flor", "foi uma vitória", "azul celeste", "o
cachorro se chama Leão") and in streets, cities, agencies, clinics and shops (Rua Rosa Branca, Rua
Bento Gonçalves, Presidente Prudente, Vitória/ES, Prudente Serviços Domésticos, Aurora Assistência
Domiciliar, Clínica Ocupacional Bento Amado, Farmácia Luz Divina, Contábil Leão do Norte), which
are not persons; nor are firms with surnames (Gurgel & Tabosa Advogados, Contabilidade Valadares).
Forms: full, ALL CAPS without accents, lower case, "SURNAME, GIVEN", first name alone, short,
nickname.
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
SEED = 6767
OUT_NAME = "sixtyseventh.jsonl"
LABELS = {"PERSON", "BR_CPF", "BR_CNPJ", "BR_RG", "BR_CNH", "BR_PIS", "BR_TITULO_ELEITOR", "BR_CNS", "BR_CEP",
          "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "PIX_KEY", "LICENSE_PLATE", "BANK_ACCOUNT", "ADDRESS",
          "DATE_OF_BIRTH", "IP_ADDRESS", "PROFESSIONAL_ID"}

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
MON3 = ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"]

# --------------------------------------------------------------------------- name pools
# RARE_* hold uncommon, regional or coined names; main() prints their share of PERSON words.

PT_F = ["Maria", "Ana", "Francisca", "Antônia", "Adriana", "Juliana", "Márcia", "Fernanda", "Patrícia", "Aline",
        "Sandra", "Camila", "Amanda", "Bruna", "Jéssica", "Letícia", "Luciana", "Vanessa", "Mariana", "Gabriela",
        "Cláudia", "Simone", "Raimunda", "Josefa", "Sebastiana", "Tereza", "Lúcia", "Cristiane", "Eliane",
        "Rosângela", "Maria das Dores", "Maria José", "Ana Paula", "Beatriz", "Larissa", "Renata"]
RARE_F = ["Edineia", "Marinalva", "Luzinete", "Cleonice", "Genilda", "Ivanete", "Dalvanira", "Eurides", "Joselita",
          "Maricélia", "Nilzete", "Rosinalva", "Sirleide", "Valdirene", "Gersonita", "Jucilene", "Clemilda",
          "Edivânia", "Deusirene", "Lindinalva", "Thaynara", "Wanderleia", "Zulmira", "Hozana", "Dijanira",
          "Iraildes", "Nerivalda", "Cremilda", "Jovelina", "Zilda", "Kelliane", "Evanúzia", "Gildete",
          "Maurizete", "Railda", "Socorrinha", "Quitéria", "Aldenora", "Djanira", "Ednéia Raquel", "Ruthiely"]
PT_M = ["José", "João", "Antônio", "Francisco", "Carlos", "Paulo", "Pedro", "Lucas", "Luiz", "Marcos", "Gabriel",
        "Rafael", "Daniel", "Marcelo", "Bruno", "Eduardo", "Felipe", "Raimundo", "Rodrigo", "Manoel", "Sebastião",
        "Roberto", "Fábio", "Ricardo", "Jorge", "Anderson", "Diego", "Márcio", "Vinícius", "João Pedro",
        "Luiz Fernando", "Gustavo"]
RARE_M = ["Adailton", "Claudemir", "Deusdedit", "Edivaldo", "Gervásio", "Jucelino", "Lindoval", "Osmarino",
          "Zenildo", "Aurelino", "Belarmino", "Crispim", "Dermeval", "Firmino", "Honório", "Ivanildo", "Josenildo",
          "Laudelino", "Maurílio", "Orlandino", "Policarpo", "Quintino", "Romualdo", "Sinésio", "Tertuliano",
          "Kleberson", "Wesclei", "Ryquelme", "Dyego", "Jhonatan", "Genésio", "Elisvaldo", "Agenor", "Otacílio",
          "Juvêncio", "Marivaldo"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Pereira", "Ferreira", "Almeida", "Costa", "Rodrigues",
          "Gomes", "Martins", "Araújo", "Ribeiro", "Carvalho", "Barbosa", "Rocha", "Dias", "Moreira", "Cardoso",
          "Nunes", "Mendes", "Teixeira", "Batista", "Monteiro", "Freitas", "Sousa", "Moura", "Nascimento",
          "Conceição", "Jesus"]
RARE_SUR = ["Quaresma", "Cajazeira", "Valadares", "Pitanga", "Mangabeira", "Tabosa", "Gurgel", "Cirino", "Aleluia",
            "Sacramento", "Piancó", "Jucá", "Torquato", "Benevides", "Sertório", "Brasilino", "Catão", "Abdon",
            "Calheiros", "Arcoverde", "Jatobá", "Macambira", "Juruá", "Candeias", "Parente", "Bezerril", "Fontenele",
            "Ibiapina", "Lacerda Pinto", "Maranhão", "Siqueira Campos", "Urtiga", "Vasconcelos Barreto", "Zanoni",
            "Bandeira", "Aragão", "Feitosa", "Holanda Cavalcanti", "Pontes", "Serrão"]
WORD_F = ["Rosa", "Luz", "Flor", "Vitória", "Aurora", "Esperança", "Glória", "Celeste"]
WORD_M = ["Bento", "Prudente", "Amado", "Justo", "Modesto", "Leão", "Inocêncio", "Branco"]
WORD_SUR = ["Branco", "Rosa", "Prudente", "Amado", "Bento", "Leão", "Flor", "Paz", "Fiel", "Coelho", "Luz",
            "Pinheiro", "Vitória", "Cordeiro", "Rocha", "Passos"]
NICK = {"Maria das Dores": "Dorinha", "Maria José": "Zezé", "Francisca": "Chica", "Antônia": "Tonha",
        "Raimunda": "Mundinha", "Sebastiana": "Tiana", "José": "Zé", "Antônio": "Tonho", "Francisco": "Chico",
        "Raimundo": "Mundico", "Sebastião": "Tião", "Manoel": "Neco", "Luzinete": "Nete", "Socorrinha": "Corrinha",
        "Deusdedit": "Dedé", "Lindinalva": "Nalva", "Marinalva": "Nalvinha", "Quitéria": "Quita",
        "Gersonita": "Nita", "Aurelino": "Lino", "Belarmino": "Bel", "Josenildo": "Nildo", "Juliana": "Ju",
        "Cláudia": "Cacau", "Rosângela": "Rô", "Jucelino": "Juca", "Aurora": "Rorô", "Bento": "Bentinho",
        "Crispim": "Pim", "Tereza": "Tetê"}
FOREIGN = {
    "it": (["Graziela", "Loredana", "Pierina"], ["Ettore", "Lino", "Bortolo"],
           ["Zanella", "Bortolini", "Perin", "Dal Pozzo", "Tomasi", "Lazzarotto", "Menegotto"]),
    "de": (["Hildegard", "Irmgard", "Elfriede"], ["Egon", "Arno", "Reinoldo"],
           ["Kuhn", "Wendt", "Schulz", "Hasse", "Rückert", "Böhm"]),
    "jp": (["Kazue", "Tomoko", "Harumi"], ["Massao", "Tadashi", "Yoshio"],
           ["Higa", "Nakamura", "Uehara", "Shimabukuro", "Kanashiro", "Okuda"]),
    "ar": (["Samira", "Jamile", "Latife"], ["Elias", "Jorge Nagib", "Assad"],
           ["Hajjar", "Chedid", "Salomão", "Zogbi", "Bittar", "Mussi"]),
    "kr": (["Eun-ji", "Soo-yeon"], ["Dong-hyun", "Min-ho"], ["Park", "Lee", "Kang", "Cho"]),
    "cn": (["Mei", "Lijuan"], ["Wei", "Jun"], ["Zhang", "Huang", "Liu", "Xu"]),
    "ht": (["Nadège", "Wilda", "Fabiola", "Marie-Ange"], ["Wisly", "Jean-Robert", "Frantzy", "Wilbens"],
           ["Saint-Fleur", "Jean-Baptiste", "Bellegarde", "Dorélien", "Pierre-Louis", "Métellus"]),
    "ao": (["Feliciana Muxima", "Joana Ngola"], ["Nzinga", "Kambami"], ["Kiluange", "Mbemba", "Sapalo", "Kandimba"]),
    "sn": (["Awa", "Mariama", "Ndeye"], ["Abdoulaye", "Moustapha", "Pape"], ["Diallo", "Mbaye", "Seck", "Sarr"]),
    "bo": (["Sonia", "Virginia", "Maribel"], ["Wilber", "Edwin", "Freddy"],
           ["Mamani", "Condori", "Choque", "Quispe", "Huanca"]),
    "ve": (["Yusmary", "Yorgelis", "Yoselin", "Marbelis"], ["Maikel", "Yonaiker", "Jhoan"],
           ["Rondón", "Guaramato", "Briceño", "Marcano", "Zambrano"]),
    "py": (["Lorena", "Nidia", "Ramona"], ["Celso", "Arsenio"], ["Benítez", "Giménez", "Ayala", "Villalba"]),
    "in": (["Jaciara", "Potyra", "Kerexu"], ["Raoni", "Kauã", "Werá"], ["Guajajara", "Terena", "Pataxó", "Baniwa"]),
    "jw": (["Sara", "Ester", "Miriam"], ["Moisés", "Davi", "Jacó"], ["Zylberstajn", "Rosenfeld", "Tabak", "Lerner"]),
}
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in ("ht", "sn", "ao", "in", "bo", "ve", "py", "jw", "kr", "cn", "de", "jp", "ar"):
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Costa", "Rosa", "Luz", "Vitória", "Silva", "Conceição", "Paz", "Rocha"}
DO_SUR = {"Nascimento", "Sacramento", "Carmo"}
DOS_SUR = {"Santos", "Passos"}


def particle(surname: str) -> str:
    if surname in DA_SUR:
        return "da"
    if surname in DO_SUR:
        return "do"
    if surname in DOS_SUR:
        return "dos"
    if surname == "Jesus":
        return "de"
    return "de"


DDDS = ["11", "12", "13", "15", "16", "19", "21", "24", "27", "31", "34", "35", "38", "41", "44", "47", "48",
        "51", "54", "61", "62", "63", "65", "67", "68", "71", "73", "77", "79", "81", "82", "83", "84", "85",
        "86", "87", "89", "91", "92", "94", "96", "97", "98"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Estrada", "Praça",
                "Rodovia", "Largo", "Vila", "Servidão"]
STREET_NAMES = ["Rosa Branca", "Barão de Mauá", "Prudente de Morais", "Dona Flor", "Aurora Boreal",
                "Bento Gonçalves", "das Camélias", "Professora Quitéria Tabosa", "Coronel Sinésio Gurgel",
                "Sete de Setembro", "Treze de Maio", "Tiradentes", "Marechal Deodoro", "Padre Cícero",
                "Luz do Sol", "Esperança", "Vitória Régia", "dos Ipês", "das Jabuticabeiras", "Getúlio Vargas",
                "Irmã Dulce", "Dom Hélder Câmara", "Maria Quitéria", "Santos Dumont", "Anita Garibaldi",
                "Doutor Amado Pitanga", "Engenheiro Jatobá", "Leão Bittar", "do Cajueiro", "Beira Mar",
                "Cândido Portinari", "Major Otacílio Brasilino", "Frei Damião", "João Pessoa", "Celeste Higa"]
CITIES = [("Presidente Prudente", "SP"), ("Bento Gonçalves", "RS"), ("Vitória", "ES"), ("Boa Esperança", "MG"),
          ("São Paulo", "SP"), ("Campinas", "SP"), ("Santo André", "SP"), ("Guarulhos", "SP"), ("Sorocaba", "SP"),
          ("Rio de Janeiro", "RJ"), ("Niterói", "RJ"), ("Petrópolis", "RJ"), ("Belo Horizonte", "MG"),
          ("Uberlândia", "MG"), ("Contagem", "MG"), ("Curitiba", "PR"), ("Cascavel", "PR"), ("Florianópolis", "SC"),
          ("Blumenau", "SC"), ("Porto Alegre", "RS"), ("Caxias do Sul", "RS"), ("Salvador", "BA"),
          ("Feira de Santana", "BA"), ("Recife", "PE"), ("Caruaru", "PE"), ("Fortaleza", "CE"), ("Natal", "RN"),
          ("João Pessoa", "PB"), ("Maceió", "AL"), ("Aracaju", "SE"), ("Teresina", "PI"), ("São Luís", "MA"),
          ("Belém", "PA"), ("Manaus", "AM"), ("Goiânia", "GO"), ("Brasília", "DF"), ("Cuiabá", "MT"),
          ("Campo Grande", "MS"), ("Porto Velho", "RO"), ("Rio Branco", "AC")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN",
       "PB", "MT", "MS", "PI", "SE", "AL"]
BAIRROS = ["Jardim Aurora", "Vila Rosa", "Centro", "Boa Vista", "Jardim das Flores", "Alto da Glória",
           "Parque Prudente", "Vila Esperança", "Cidade Nova", "Jardim Bela Vista", "Bento Ferreira", "Luz",
           "Vila Mariana", "Pituba", "Boa Viagem", "Savassi", "Meireles", "Ponta Verde", "Moinhos de Vento"]
BANKS = [("001", "Banco do Brasil"), ("104", "Caixa Econômica Federal"), ("237", "Bradesco"), ("341", "Itaú"),
         ("033", "Santander"), ("260", "Nu Pagamentos"), ("077", "Banco Inter"), ("336", "C6 Bank"),
         ("290", "PagSeguro"), ("323", "Mercado Pago"), ("756", "Sicoob"), ("748", "Sicredi")]
CIDS = ["M54.5", "M75.1", "M65.4", "S61.0", "S93.4", "T23.2", "L24.0", "J11.1", "A09", "R51", "K58.9", "Z76.3",
        "F41.1", "F32.0", "M77.1", "S52.5", "T14.1", "I10", "E11.9", "G30.1", "F03", "I69.4", "N39.0", "L89.1",
        "J18.9", "G20", "E43", "R26.8"]
APPS = ["Limpeza Já", "DiaristaCerta", "CasaBrilho", "Faxina Fácil", "Vem Limpar", "LarEmOrdem"]
AGENCIES_HC = ["Cuidar Bem Home Care Ltda", "Lar Sereno Cuidadores", "Aurora Assistência Domiciliar",
               "Amparo Enfermagem Domiciliar ME", "Casa Celeste Cuidados", "Bento Amado Home Care"]
AGENCIES_DOM = ["Agência Doméstica Flor de Lis", "Prudente Serviços Domésticos", "Babá & Cia Seleção",
                "Mãos Amigas Agência de Empregos", "Doméstica Segura RH", "Lar Feliz Recrutamento"]
FIRMS = ["Gurgel & Tabosa Advogados", "Pitanga Quaresma Sociedade de Advogados", "Escritório Calheiros Advocacia",
         "Benevides & Aragão Advogados Associados", "Feitosa Lacerda Advocacia Trabalhista"]
CONTAB = ["Contabilidade Valadares", "Escritório Contábil Rosa & Luz", "Mangabeira Contadores", "Contábil Leão do Norte",
          "Brasilino Assessoria Contábil"]
WORD_USES = ["a conta de luz veio alta esse mês", "seria prudente trocar a fechadura", "lavar a roupa branca separada",
             "regar o vaso de flor da varanda", "a roseira deu rosa nova", "foi uma vitória conseguir o atestado",
             "acordei antes da aurora", "tem que ter esperança", "glória a Deus deu tudo certo",
             "o tapete azul celeste", "o cachorro se chama Leão, não deixa ele sair", "a água benta da vó"]


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
        if self.given.startswith(("Maria das", "Maria José", "Ana Paula", "João Pedro", "Marie-", "Jorge Nagib")):
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
    def nick(self) -> str:
        return NICK.get(self.given, NICK.get(self.first, self.first))

    @property
    def o(self) -> str:
        return "a" if self.female else "o"


def name_form(g: "Gen", p: Person, forms: list[str] | None = None) -> str:
    form = g.pick(forms or ["full", "full", "short", "caps", "low", "plain", "first"])
    return {"full": p.full, "short": p.short, "caps": p.caps, "low": p.low, "plain": p.plain,
            "inverted": p.inverted, "first": p.first, "last": p.last, "nick": p.nick,
            "lowfirst": fold(p.first).lower(), "capsshort": fold(p.short).upper(),
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

    def alnum(self, n: int) -> str:
        return "".join(self.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(n))

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
                if s not in surnames and s != given:
                    surnames.append(s)
            if rng.random() < 0.3:
                pos = rng.randint(0, len(surnames) - 1)
                surnames.insert(pos, particle(surnames[pos]))
            elif len(surnames) >= 2 and rng.random() < 0.06:
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

    def worker(self) -> Person:
        """Domestic workers: mostly women, more regional/coined and migrant names."""
        female = self.chance(0.82)
        o = self.pick(["pt", "pt", "pt", "pt", "pt", "ht", "ve", "bo", "py", "ao", "sn", "in"])
        return self.person(female=female, origin=o)

    def relative(self, of: Person, female: bool | None = None) -> Person:
        female = self.chance(0.5) if female is None else female
        p = self.person(female=female, origin="pt")
        own = [s for s in p.surnames if s not in PARTICLES and s not in SUFFIXES][:1]
        return Person(p.given, [s for s in own if s != of.last] + [of.last], female)

    def email(self, p: Person, domain: str | None = None) -> str:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower()) or "x"
        l = re.sub(r"[^a-z]", "", fold(p.last).lower()) or "y"
        user = self.pick([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}_{l}{self.d(2)}", f"{f}{self.d(4)}",
                          f"{l}.{f}", f"{f}.{l}{self.rng.randint(70, 99)}", f"{f}{l[:4]}", f"{f[0]}.{l}",
                          f"{f}{l}{self.rng.randint(1, 30)}"])
        domain = domain or self.pick(["gmail.com", "gmail.com", "gmail.com", "hotmail.com", "yahoo.com.br",
                                      "outlook.com", "bol.com.br", "uol.com.br", "icloud.com", "live.com"])
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
                "dash": f"{n[:9]}-{n[9:]}"}[style]

    def masked_cpf(self) -> str:
        n = self.cpf_digits()
        return self.pick([f"***.{n[3:6]}.{n[6:9]}-**", f"{n[:3]}.***.***-{n[9:]}", f"***{n[3:9]}**"])

    def bad_cpf(self, style: str = "raw") -> str:
        n = self.neg(11)
        return fmt_cpf(n) if style == "dot" else n

    def cnpj(self, style: str = "dot", alnum: bool = False) -> str:
        if alnum:
            chars = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
            b = "".join(self.pick(chars) for _ in range(8)) + self.pick(["0001", "0001", "A001", "0B01"])
        else:
            b = self.d(8) + self.pick(["0001", "0001", "0001", "0002"])
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
        style = style or self.pick(["par", "plus", "plain", "e164", "raw", "dash", "par", "par"])
        return {"par": f"({ddd}) {h}-{t}", "plus": f"+55 {ddd} {h}-{t}", "plain": f"{ddd} {h}-{t}",
                "e164": f"+55{ddd}{local}", "raw": f"{ddd}{local}", "dash": f"{ddd}-{h}-{t}",
                "sp": f"{ddd} {h} {t}", "cc": f"55{ddd}{local}", "nospace": f"({ddd}){h}-{t}",
                "wa": f"+55 {ddd} {h[:-4] if len(h) > 4 else h}{'' if len(h) <= 4 else h[-4:]}-{t}"}[style]

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

    def ip(self, v6: bool = False) -> str:
        if v6:
            return f"2804:{self.hexs(4)}:{self.hexs(4)}:{self.hexs(2)}::{self.hexs(3)}"
        first = self.pick([177, 179, 186, 187, 189, 191, 200, 201, 138, 152, 170, 45, 131, 143])
        return f"{first}.{self.rng.randint(0, 255)}.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}"

    def street_parts(self) -> tuple[str, str, str, str]:
        t = self.pick(STREET_TYPES)
        name = self.pick(STREET_NAMES)
        num = str(self.rng.randint(3, 3999)) if self.chance(0.92) else "s/n"
        comp = self.pick(["", "", "", f"apto {self.rng.randint(11, 1204)}", f"casa {self.rng.randint(1, 9)}",
                          f"bloco {self.pick('ABCDE')} apto {self.rng.randint(11, 408)}", "fundos",
                          f"ap. {self.rng.randint(101, 1802)}", f"qd {self.rng.randint(1, 40)} lt {self.rng.randint(1, 30)}",
                          f"cond. Residencial Aurora, casa {self.rng.randint(1, 80)}", f"torre {self.rng.randint(1, 4)} ap {self.rng.randint(11, 254)}"])
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

    def dob(self, fmt: str | None = None, lo: int = 1948, hi: int = 2004) -> str:
        dd, mm, yy = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(lo, hi)
        fmt = fmt or self.pick(["br", "br", "iso", "short", "long", "nopad", "dot"])
        return fmt_date(dd, mm, yy, fmt)

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        y = year or self.pick([2024, 2025, 2025, 2025, 2026])
        return fmt_date(self.rng.randint(1, 28), self.rng.randint(1, 12), y, fmt)

    def hm(self) -> str:
        return f"{self.rng.randint(6, 22):02d}:{self.rng.randint(0, 59):02d}"

    def hms(self) -> str:
        return f"{self.rng.randint(0, 23):02d}:{self.rng.randint(0, 59):02d}:{self.rng.randint(0, 59):02d}"

    def times(self, n: int, lo: int = 6 * 3600, hi: int = 23 * 3600) -> list[str]:
        secs = sorted(self.rng.sample(range(lo, hi), n))
        return [f"{x // 3600:02d}:{x % 3600 // 60:02d}" for x in secs]

    def money(self, lo: int = 20, hi: int = 5000) -> str:
        v = self.rng.randint(lo * 100, hi * 100)
        r, c = divmod(v, 100)
        return f"{r:,}".replace(",", ".") + f",{c:02d}"

    def cnj(self, seg: str | None = None) -> str:
        seg = seg or self.pick(["5.02", "5.01", "5.03", "5.04", "5.15", "5.05", "5.06", "5.09", "5.10", "5.07"])
        return f"{self.d(7)}-{self.d(2)}.{self.rng.randint(2021, 2026)}.{seg}.{self.d(4)}"

    def protocol(self) -> str:
        return self.pick([f"{self.rng.randint(2024, 2026)}{self.d(8)}", self.neg(11), f"{self.d(3)}.{self.d(3)}.{self.d(3)}",
                          f"#{self.d(9)}", self.neg(12), f"ATD-{self.d(7)}"])

    def e2e(self) -> str:
        return f"E{self.d(8)}{self.date('compact')}{self.d(4)}{self.alnum(11)}"

    def barcode(self) -> str:
        """DAE / boleto digitable line: four blocks of 11 digits and a check digit each."""
        return " ".join(f"{self.neg(11)}-{self.d(1)}" for _ in range(4))

    def ctps(self) -> str:
        return f"{self.d(7)} série {self.d(4)}-{self.pick(UFS)}"

    def council(self, kind: str = "CRM", uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.rng.randint(1000, 259999)
        dotted = f"{n:,}".replace(",", ".")
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} {n}", f"OAB-{uf} {n}", f"OAB {uf} {dotted}"])
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {dotted}-ENF", f"COREN-{uf} {n}-TE", f"Coren/{uf} {n}"])
        if kind == "CRF":
            return self.pick([f"CRF-{uf} {n}", f"CRF/{uf} {n}"])
        if kind == "CRC":
            return self.pick([f"CRC/{uf} {n}/O-{self.d(1)}", f"CRC-{uf} {dotted}"])
        if kind == "CREFITO":
            return f"CREFITO-{self.rng.randint(1, 17)} {n}-F"
        if kind == "CRN":
            return f"CRN-{self.rng.randint(1, 11)} {n}"
        if kind == "CRESS":
            return f"CRESS {self.rng.randint(1, 25)}ª Região nº {n}"
        if kind == "CRP":
            return f"CRP {self.rng.randint(1, 24):02d}/{n}"
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dotted}", f"CRM-{uf} {n}"])


def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def fmt_date(dd: int, mm: int, yy: int, fmt: str) -> str:
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}", "compact": f"{yy}{mm:02d}{dd:02d}",
            "short": f"{dd:02d}/{mm:02d}/{yy % 100:02d}", "long": f"{dd} de {MONTHS[mm - 1]} de {yy}",
            "dash": f"{dd:02d}-{mm:02d}-{yy}", "nopad": f"{dd}/{mm}/{yy}", "dot": f"{dd:02d}.{mm:02d}.{yy}",
            "mon": f"{dd:02d}/{MON3[mm - 1]}/{yy}",
            "caps": f"{dd} DE {fold(MONTHS[mm - 1]).upper()} DE {yy}"}[fmt]


OCR_LETTERS = [("m", "rn"), ("rn", "m"), ("d", "cl"), ("e", "c"), ("í", "i"), ("ã", "a"), ("ç", "c"),
               ("é", "e"), ("I", "l"), ("n", "ri"), ("u", "ii"), ("l", "I")]
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


def P(s: str):
    return (s, "PERSON")


def V(s) -> tuple:
    return (str(s), None)


def table_ruled(doc: Doc, cols: list[str], rows: list[list[tuple]], style: str = "plus") -> None:
    """Fixed-width table: +---+ rulers (plus), a dashed header rule (dash) or none (plain)."""
    widths = [max([len(c)] + [len(r[k][0]) for r in rows]) for k, c in enumerate(cols)]
    if style == "plus":
        rule = "+" + "+".join("-" * (w + 2) for w in widths) + "+\n"
        doc.t(rule + "| " + " | ".join(c.ljust(w) for c, w in zip(cols, widths)) + " |\n" + rule.replace("-", "="))
        for r in rows:
            doc.t("|")
            for (v, lab), w in zip(r, widths):
                doc.t(" ")
                doc.e(v, lab)
                doc.t(" " * (w - len(v)) + " |")
            doc.t("\n")
        doc.t(rule)
        return
    sep = "  "
    doc.t(sep.join(c.ljust(w) for c, w in zip(cols, widths)).rstrip() + "\n")
    if style == "dash":
        doc.t(sep.join("-" * w for w in widths) + "\n")
    for r in rows:
        line_start = len(doc.text)
        for k, ((v, lab), w) in enumerate(zip(r, widths)):
            if k:
                doc.t(sep)
            doc.e(v, lab)
            if k < len(r) - 1:
                doc.t(" " * (w - len(v)))
        doc.text = doc.text[:line_start] + doc.text[line_start:].rstrip(" ")
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


def corp_mail(p: Person, dom: str) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return f"{f}.{l}@{dom}"


def login(p: Person) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return f"{f[0]}{l}"


def bank(g: Gen) -> tuple[str, str]:
    return g.pick(BANKS)


def salary(g: Gen) -> tuple[int, str]:
    v = g.ri(1518, 3600) * 100 + g.pick([0, 0, 0, 50])
    return v, cents(v)


def cents(v: int) -> str:
    r, c = divmod(v, 100)
    return f"{r:,}".replace(",", ".") + f",{c:02d}"


# =========================================================================== atendimento

def at_booking(g: Gen) -> Doc:
    """Cleaning-app booking confirmation, with the data the app sends to the building's gate."""
    doc = Doc()
    app = g.pick(APPS)
    cli, pro = g.person(), g.worker()
    city, uf = g.city()
    hrs = g.pick([4, 6, 8])
    ini = pro.last[0]
    doc.f("«app» — Pedido «n» confirmado\n\nOlá, «c»! Sua «kind» está agendada 🧹\n\n"
          "Data: «dt» às «h» («hrs»h de serviço)\nEndereço: «ad» — «b», «city»/«uf»\nCEP: «cep»\n"
          "Seu contato: «ct» · «ce»\nProfissional: «p» (★ «r» · «k» serviços)\nValor: R$ «v» · «pay»\n",
          ct=(g.phone(), "PHONE_NUMBER"), ce=(g.email(cli), "EMAIL_ADDRESS"),
          app=app, n=g.pick([f"#{g.d(7)}", f"LJ-{g.ri(2024, 2026)}-{g.d(7)}", f"nº {g.d(9)}"]), c=P(cli.first),
          kind=g.pick(["faxina", "faxina pesada", "limpeza pós-obra", "passadoria", "diária"]),
          dt=g.date(g.pick(["br", "mon"])), h=g.pick(["08:00", "07:30", "09:00", "13:00"]), hrs=hrs,
          ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), city=city, uf=uf, cep=(g.cep(g.chance(0.8)), "BR_CEP"),
          p=P(f"{pro.first} {ini}."), r=f"{g.rng.uniform(4.3, 5):.2f}".replace(".", ","), k=g.ri(12, 900),
          v=g.money(120, 420), pay=g.pick([f"cartão final {g.d(4)}", "Pix", f"crédito •••• {g.d(4)}"]))
    doc.f("\nLevar produtos? «lp»   Tem animais? «an»\nObservações que você escreveu: \"",
          lp=g.pick(["Não, tenho em casa", "Sim (+R$ 30,00)"]), an=g.pick(["não", "sim, um gato", "sim, 2 cachorros"]))
    k = g.ri(0, 4)
    if k == 0:
        doc.f("a chave fica com o porteiro, seu «p»", p=P(g.person(female=False).first))
    elif k == 1:
        doc.f("interfone não funciona, ligar no «t» quando chegar", t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))
    elif k == 2:
        doc.t("a roupa branca fica de molho, não misturar")
    elif k == 3:
        doc.f("não precisa limpar o quarto da vó, dona «p» descansa à tarde", p=P(g.person(female=True).first))
    else:
        doc.t("regar o vaso de flor da sacada por favor")
    doc.t("\"\n")
    doc.t("\n— Dados para liberação na portaria (compartilhados com o condomínio com sua autorização) —\n")
    nm = g.pick([pro.caps, pro.full])
    if g.chance(0.5):
        doc.f("Nome completo: «n»\nDocumento: RG «doc»\n", n=P(nm), doc=(g.rg(), "BR_RG"))
    else:
        doc.f("Nome completo: «n»\nDocumento: CPF «doc»\n", n=P(nm), doc=(g.cpf(), "BR_CPF"))
    if g.chance(0.5):
        doc.f("Chega de: «v» placa «pl»\n", v=g.pick(["moto", "carro próprio", "carona"]), pl=(g.plate(), "LICENSE_PLATE"))
    else:
        doc.t("Chega de: transporte público\n")
    doc.f("Foto: verificada em «dv» · Antecedentes: «ck»\n", dv=g.date("br"),
          ck=g.pick(["nada consta (checado pela plataforma)", "aprovado", "em análise"]))
    doc.f("\nDúvidas? Fale com a gente pelo chat do app. Avalie «p» depois do serviço — sua nota ajuda outras famílias.\n"
          "Não responda este e-mail. «app» Serviços Digitais Ltda · CNPJ «cnpj»\n",
          p=P(pro.first), app=app.replace(" ", ""), cnpj=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"))
    return doc


def at_complaint(g: Gen) -> Doc:
    """Support ticket in a cleaning app (damage, no-show, theft suspicion) with the chat transcript."""
    doc = Doc()
    app = g.pick(APPS)
    cli, pro, ag, sup = g.person(), g.worker(), g.person(), g.person()
    cat = g.pick(["Dano / quebra de objeto", "Profissional não compareceu", "Suspeita de furto", "Qualidade do serviço",
                  "Cobrança indevida"])
    doc.f("Ticket «tk» · «app» · Categoria: «cat» · Prioridade: «pr»\nAberto em «d» «h» via app «os» (IP «ip»)\n"
          "Cliente: «cn» <«ce»> · tel «ct»\nProfissional: «pn» (id prof. «pid») · tel «pt»\nPedido relacionado: «ped» · valor R$ «v» · local: «ad», CEP «cep»\n"
          "Responsável: «ag» (N2 Trust & Safety)\n\n",
          tk=g.pick([f"#{g.d(7)}", f"ZD-{g.d(6)}"]), app=app, cat=cat, pr=g.pick(["alta", "média", "urgente"]),
          d=g.date("br"), h=g.hm(), os=g.pick(["Android 14", "iOS 17.5", "iOS 18.1", "Android 13"]), ip=(g.ip(g.chance(0.2)), "IP_ADDRESS"),
          cn=P(cli.full), ce=(g.email(cli), "EMAIL_ADDRESS"), ct=(g.phone(), "PHONE_NUMBER"), pn=P(pro.full),
          pid=g.d(5), pt=(g.phone(), "PHONE_NUMBER"), ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"), ped=f"{g.d(3)}-{g.d(6)}", v=g.money(110, 400), ag=P(ag.full))
    doc.t("[Transcrição do chat]\n")
    ts = g.times(7, 9 * 3600, 20 * 3600)
    cf, af = cli.first, ag.first
    roles = g.chance(0.7)
    WC = V("Cliente") if roles else P(cf)
    WA = V("Atendente") if roles else P(af)
    lines = [
        (cf, "boa tarde, preciso falar com alguém sobre a faxina de hoje"),
        (af + " (Suporte)", f"Olá, {cf}! Sou {af}, vou te ajudar. Pode me contar o que aconteceu?"),
    ]
    for who, msg in lines:
        doc.f("«t» ", t=ts.pop(0))
        if who == cf:
            doc.f("«w»: «m»\n", w=WC, m=msg)
        else:
            doc.f("«w» (Suporte): Olá, «c»! Sou «a», vou te ajudar. Pode me contar o que aconteceu?\n", w=WA, c=P(cf), a=P(af))
    if cat.startswith("Dano"):
        doc.f("«t» «w»: a «p» quebrou o «o» e não avisou, só vi depois. Mandei foto aqui. Era presente da minha sogra «s»\n",
              t=ts.pop(0), w=WC, p=P(pro.first), o=g.pick(["abajur", "vaso de cristal", "espelho do banheiro", "pote de vidro"]),
              s=P(g.person(female=True).first))
    elif cat.startswith("Suspeita"):
        doc.f("«t» «w»: sumiu um anel da cômoda depois que a «p» saiu. Não quero acusar ninguém mas seria prudente vocês verem isso\n",
              t=ts.pop(0), w=WC, p=P(pro.first))
    elif cat.startswith("Profissional"):
        doc.f("«t» «w»: fiquei esperando desde as 8h e ninguém veio. Liguei no «n» e caiu na caixa\n",
              t=ts.pop(0), w=WC, n=(g.phone("plain"), "PHONE_NUMBER"))
    else:
        doc.f("«t» «w»: o serviço ficou muito a desejar, o chão ficou manchado, a cozinha nem foi passada pano\n",
              t=ts.pop(0), w=WC)
    doc.f("«t» «w» (Suporte): Entendo, sinto muito. Já registrei. Vou contatar a profissional e te retorno em até 48h úteis.\n",
          t=ts.pop(0), w=WA)
    doc.f("«t» «w»: pode mandar o reembolso por Pix, chave «k»\n", t=ts.pop(0), w=WC,
          k=g.pick([(g.uuid(), "PIX_KEY"), (g.email(cli), "EMAIL_ADDRESS"), (g.cpf(), "BR_CPF"), (g.phone("raw"), "PHONE_NUMBER")]))
    doc.f("«t» «w» (Suporte): Anotado. Protocolo «pr».\n\n", t=ts.pop(0), w=WA, pr=g.protocol())
    doc.f("--- Nota interna (usr: «a2», «d») ---\nFalei com «p» por telefone. Ela disse: \"«st»\". Histórico: «k» serviços, «n» reclamações anteriores. "
          "Checagem de antecedentes feita em «dc»: «ck». Encaminhado p/ «sup».\n",
          a2=login(ag), d=g.date("br"), p=P(pro.first),
          st=g.pick(["eu avisei a dona que o vaso já tava rachado", "não peguei nada, pode ver minha bolsa", "o ônibus quebrou, mandei mensagem no app",
                     "usei o produto que ela deixou, eu não sabia que manchava"]),
          k=g.ri(20, 400), n=g.ri(0, 3), dc=g.date("br", 2024), ck=g.pick(["nada consta", "1 TCO arquivado", "nada consta"]),
          sup=P(sup.full))
    return doc


def at_whatsapp(g: Gen) -> Doc:
    """WhatsApp export between an employer and a domestic worker (Android or iOS format)."""
    doc = Doc()
    emp, w = g.person(), g.worker()
    ios = g.chance(0.5)
    kid = g.relative(emp)
    wname = g.pick([w.first, w.nick, f"{w.first} {g.pick(['Diarista', 'Babá', 'Faxina', 'Cuidadora vó'])}", "PHONE"])
    wlab = "PERSON"
    if wname == "PHONE":
        wname, wlab = g.phone("wa"), "PHONE_NUMBER"
    wspan = wname.split(" ")[0] if wname.endswith(("Diarista", "Babá", "Faxina", "vó")) else wname
    wrest = wname[len(wspan):]
    ename = g.pick([emp.short, emp.first, emp.full])
    day = g.ri(1, 27)
    mm = g.ri(1, 12)
    yy = g.pick([2025, 2026])
    ts = g.times(12)
    pasted = g.chance(0.6)
    if pasted:
        acc = g.person()
        doc.f("Oi «a», segue a conversa com a «w» que você pediu (copiei do celular), pra fazer o cadastro dela:\n\n",
              a=P(acc.first), w=P(w.first))

    def head(i: int, who: str) -> None:
        dd = day + (1 if i > 6 else 0)
        if pasted:
            doc.t(f"[{ts[i]}] " + ("ela: " if who == "w" else "eu: "))
            return
        if ios:
            doc.t(f"[{dd:02d}/{mm:02d}/{yy % 100:02d}, {ts[i]}:{g.ri(10, 59)}] ")
        else:
            doc.t(f"{dd:02d}/{mm:02d}/{yy} {ts[i]} - ")
        if who == "w":
            doc.e(wspan, wlab).t(wrest + ": ")
        else:
            doc.e(ename, "PERSON").t(": ")

    head(0, "e")
    doc.f("Bom dia «n»! Vou fazer seu registro no eSocial essa semana, me manda foto do RG e o número do CPF e do PIS por favor\n", n=P(w.first))
    head(1, "w")
    doc.t("bom dia dona ")
    doc.e(emp.first, "PERSON")
    doc.t(" 🙏 vou mandar sim\n")
    head(2, "w")
    doc.f("CPF «c»\npis «p»\nRG «r» ssp «u»\nnasci dia «b» se precisar\n", c=(g.cpf(), "BR_CPF"), p=(g.pis(), "BR_PIS"),
          r=(g.rg(), "BR_RG"), u=g.pick(UFS), b=(g.dob(g.pick(["br", "nopad", "short"]), 1960, 2002), "DATE_OF_BIRTH"))
    head(4, "e")
    doc.f("Perfeito. E a conta pra depositar continua a do «bk»? ag «a» cc «c»?\n",
          bk=g.pick(["Bradesco", "Itaú", "Inter", "Nubank", "BB", "Caixa", "Santander", "C6"]),
          a=(g.agency(False), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"))
    head(5, "w")
    k = g.ri(0, 2)
    if k == 0:
        doc.f("pode ser no pix que é mais rápido, a chave é aleatória: «k»\n", k=(g.uuid(), "PIX_KEY"))
    elif k == 1:
        doc.f("manda no pix mesmo, chave é meu celular «k»\n", k=(g.phone(g.pick(["raw", "plain", "par"])), "PHONE_NUMBER"))
    else:
        doc.f("troquei de banco, agora é pix no email «k»\n", k=(g.email(w), "EMAIL_ADDRESS"))
    head(6, "e")
    doc.f("Combinado. Amanhã «k» fica com você até 18h, a mochila já tá pronta. Se der febre liga pro pediatra Dr. «dr» «t»\n",
          k=P(g.pick([kid.first, kid.nick])), dr=P(g.person(female=False).short), t=(g.phone(g.pick(["par", "plain"]), mobile=g.chance(0.5)), "PHONE_NUMBER"))
    head(7, "w")
    doc.f("ok. meu endereço pro vale-transporte é «a» cep «c». ah e «x»\n", a=(g.address(g.pick(["low", "text"])), "ADDRESS"),
          c=(g.cep(g.chance(0.5)), "BR_CEP"), x=g.pick(WORD_USES))
    if g.chance(0.4):
        head(8, "e")
        doc.t(g.pick(["<Mídia oculta>\n", "IMG-2025" + g.d(4) + "-WA00" + g.d(2) + ".jpg (arquivo anexado)\n", "‎imagem ocultada\n"]))
    head(9, "e")
    doc.f("Semana que vem a gente muda, o endereço novo é «a», «b». Te mando a localização\n",
          a=(g.address(g.pick(["text", "text", "low"])), "ADDRESS"), b=g.pick(BAIRROS))
    head(10, "w")
    doc.f("ta bom. o porteiro de lá é o «p»? minha prima trabalha no prédio do lado\n",
          p=P(g.person(female=False).nick))
    head(11, "e")
    doc.f("Esse mesmo. Ah, o holerite de «m» tá no seu e-mail, paguei a DAE hj (R$ «v»)\n",
          m=MONTHS[mm - 1], v=g.money(180, 700))
    return doc


def at_signup(g: Gen) -> Doc:
    """Candidate registration form of a domestic-staffing agency (a third OCR'd scans)."""
    doc = Doc()
    ag = g.pick(AGENCIES_DOM)
    w = g.worker()
    scan = g.chance(0.35)
    oc = (lambda s: ocr(s, g)) if scan else (lambda s: s)
    od = (lambda s: ocr(s, g, rate=0.2, digits=True)) if scan else (lambda s: s)
    func = g.pick(["Empregada doméstica", "Babá", "Caseiro(a)", "Cuidador(a) de idosos", "Motorista particular", "Cozinheira",
                   "Folguista"])
    city, uf = g.city()
    doc.f("«ag»\nFICHA DE CADASTRO DE CANDIDATO(A)         Nº «n»\n", ag=ag.upper() if scan else ag, n=g.d(5))
    doc.t("=" * 58 + "\n" if not scan else "_" * 50 + "\n")
    doc.f("Função pretendida: «f»   Pretensão: R$ «s»\nNome: «nm»\nData de nasc.: «dob»   Naturalidade: «nat»\n"
          "Estado civil: «ec»   Escolaridade: «esc»\nCPF: «cpf»   RG: «rg» «org»\n",
          f=func, s=g.money(1600, 3800), nm=P(oc(g.pick([w.full, w.caps]))), dob=(od(g.dob("br", 1958, 2004)), "DATE_OF_BIRTH"),
          nat=g.pick([f"{c}/{u}" for c, u in CITIES[:12]] + ["Porto Príncipe/Haiti", "Caracas/Venezuela", "Cochabamba/Bolívia",
                                                                  "Luanda/Angola", "Assunção/Paraguai"]),
          ec=g.pick(["solteira", "casada", "divorciada", "viúva", "união estável", "solteiro"]),
          esc=g.pick(["fund. incompleto", "médio completo", "médio incompleto", "técnico enfermagem"]),
          cpf=(od(g.cpf()), "BR_CPF"), rg=(od(g.rg()), "BR_RG"), org=g.pick(["SSP/SP", "SSP-BA", "DETRAN/RJ", "SESP/PR", "RNM (CRNM)"]))
    doc.f("PIS/NIS: «pis»   CTPS: «ct»\n", pis=(od(g.pis()), "BR_PIS"), ct=g.ctps())
    if g.chance(0.6):
        doc.f("Título eleitor: «t»\n", t=(od(g.titulo()), "BR_TITULO_ELEITOR"))
    if func.startswith(("Motorista", "Caseiro")) or g.chance(0.3):
        doc.f("CNH nº «c»  cat. «cat»  validade «v»\n", c=(od(g.cnh()), "BR_CNH"), cat=g.pick(["B", "AB", "D"]), v=g.date("br", 2029))
        if g.chance(0.6):
            doc.f("Veículo próprio: «m» placa «p»\n", m=g.pick(["Gol 2012", "Onix", "moto CG 160", "Uno"]), p=(g.plate(), "LICENSE_PLATE"))
    doc.f("Endereço: «a»\nBairro: «b»   Cidade: «c»/«u»   CEP: «cep»\nCelular/Whats: «t1»   Recado: «t2» (falar c/ «rec»)\nE-mail: «em»\n",
          a=(oc(g.address(g.pick(["text", "caps"]))), "ADDRESS"), b=g.pick(BAIRROS), c=city, u=uf, cep=(od(g.cep()), "BR_CEP"),
          t1=(od(g.phone()), "PHONE_NUMBER"), t2=(od(g.phone(mobile=g.chance(0.5))), "PHONE_NUMBER"),
          rec=P(oc(g.pick([g.person(female=True).first, g.person().short]))), em=(g.email(w), "EMAIL_ADDRESS") if g.chance(0.75) else V("não tem"))
    nk = g.ri(0, 2)
    if nk:
        doc.t("Filhos: ")
        for i in range(nk):
            c = g.relative(w)
            doc.f("«s»«n» («d»)", s="; " if i else "", n=P(oc(c.first)), d=(od(g.dob("br", 2008, 2022)), "DATE_OF_BIRTH"))
        doc.t("\n")
    doc.t("\nEXPERIÊNCIAS ANTERIORES (referências)\n")
    for i in range(g.ri(2, 3)):
        r = g.person()
        doc.f("«i») «n» — «per» — tel «t» — «mot»\n", i=i + 1, n=P(oc(g.pick([r.full, r.short]))),
              per=f"{g.ri(2008, 2020)} a {g.ri(2021, 2025)}", t=(od(g.phone()), "PHONE_NUMBER"),
              mot=g.pick(["família mudou de cidade", "idoso faleceu", "fim do contrato", "pedi conta", "crianças cresceram"]))
    doc.f("\nDisponibilidade: «dp»   Dorme no emprego? «dm»\nEntrevistado(a) por «ent» em «d»   Parecer: «par»\n",
          dp=g.pick(["seg a sex", "seg a sáb", "12x36", "folguista fim de semana"]), dm=g.pick(["sim", "não", "só de seg a qui"]),
          ent=P(oc(g.person(female=True).short)), d=g.date("br"),
          par=g.pick(["apta, boa comunicação", "aprovada p/ cadastro", "aguardar checagem de antecedentes", "indicar p/ vaga de Vitória/ES"]))
    doc.t("Declaro que as informações são verdadeiras e autorizo a consulta de antecedentes (LGPD, art. 7º, I).\nAssinatura: ________________\n")
    return doc


def at_esocial_mail(g: Gen) -> Doc:
    """Employer's e-mail to the accountant about an eSocial Doméstico registration error, with quoted reply."""
    doc = Doc()
    emp, w, acc = g.person(), g.worker(), g.person()
    firm = g.pick(CONTAB)
    dom = fold(firm.split()[-1]).lower().replace("&", "") + ".cnt.br"
    wdob = g.dob("br", 1958, 2003)
    err = g.pick(["O CPF informado está com divergência de data de nascimento na base do CPF",
                  "Trabalhador já possui vínculo ativo com outro empregador (categoria 104)",
                  "NIS não localizado no CNIS", "Data de admissão anterior à data de nascimento"])
    doc.f("De: «en» <«ee»>\nPara: «an» <«ae»>\nCc: dp@«dom»\nAssunto: Re: eSocial doméstico - erro no cadastro da empregada\nData: «d» «h»\n\n",
          en=P(emp.full), ee=(g.email(emp), "EMAIL_ADDRESS"), an=P(acc.full), ae=(corp_mail(acc, dom), "EMAIL_ADDRESS"),
          dom=dom, d=g.date("br"), h=g.hm())
    doc.f("Oi «af», tudo bem?\n\nTentei de novo e continua dando o erro abaixo. Conferi com ela e a data de nascimento é «dob» mesmo, "
          "está na identidade (RG «rg»). O CPF dela é «cpf» e o NIS «nis». Será que é o nome? No CPF está «nm» "
          "e eu digitei «nm2».\n\nPrint do erro: \"«err»\" (recibo «rec»)\n\nMeu CPF (empregadora) é «ecpf», celular «t». Obrigada!\n«ef»\n\n",
          af=P(acc.first), dob=(wdob, "DATE_OF_BIRTH"), rg=(g.rg(), "BR_RG"), cpf=(g.cpf(), "BR_CPF"), nis=(g.pis(), "BR_PIS"),
          nm=P(w.caps), nm2=P(g.pick([w.short, w.full, fold(w.short)])), err=err,
          rec=f"1.{g.ri(1, 2)}.{g.neg(11)}{g.d(8)}", ecpf=(g.cpf(), "BR_CPF"), t=(g.phone(), "PHONE_NUMBER"), ef=P(emp.first))
    doc.f("Em «d», <«ae»> escreveu:\n", d=g.date("br"), ae=(corp_mail(acc, dom), "EMAIL_ADDRESS"))
    doc.f("> Prezada «e»,\n> \n> Esse erro é da qualificação cadastral. Precisamos que ela regularize na Receita (atendimento "
          "gratuito, tem que levar documento). Enquanto isso a gente não consegue gerar a DAE de «m» no nome dela.\n"
          "> Se preferir, agendamos pelo telefone do escritório «ot». O código de acesso do eSocial que a senhora mandou "
          "(«code») expirou, melhor entrar com gov.br.\n> \n> Atenciosamente,\n> «an2»\n> «crc» · «firm»\n",
          e=P(emp.first if g.chance(0.5) else emp.short), m=MONTHS[g.ri(0, 11)],
          ot=(g.phone(mobile=False), "PHONE_NUMBER"), code=g.d(12), an2=P(acc.full), crc=(g.council("CRC"), "PROFESSIONAL_ID"),
          firm=firm)
    return doc


def at_background(g: Gen) -> Doc:
    """Background-check request an agency sends to a screening provider: JSON request/response and a log."""
    doc = Doc()
    ag = g.pick(AGENCIES_DOM + AGENCIES_HC)
    op, w = g.person(), g.worker()
    mother = g.relative(w, female=True)
    uf = g.pick(UFS)
    rid = g.uuid()
    doc.f("# checagem-antecedentes · cliente «ag» · operador «op» («login»)\n", ag=ag, op=P(op.full), login=login(op) + g.d(2))
    doc.f("POST /v2/background-checks HTTP/1.1\nX-Request-Id: «rid»\nX-Forwarded-For: «ip»\nContent-Type: application/json\n\n",
          rid=rid, ip=(g.ip(), "IP_ADDRESS"))
    doc.f('{\n  "nome": "«n»",\n  "cpf": "«c»",\n  "rg": "«r»",\n  "rg_uf": "«uf»",\n  "data_nascimento": "«b»",\n'
          '  "nome_mae": "«m»",\n  "finalidade": "«fin»",\n  "consentimento": {"aceito": true, "ip": "«ip2»", "em": "«ts»"}\n}\n\n',
          n=P(g.pick([w.caps, w.full])), c=(g.cpf(g.pick(["raw", "dot"])), "BR_CPF"), r=(g.rg("raw"), "BR_RG"), uf=uf,
          b=(g.dob("iso", 1955, 2004), "DATE_OF_BIRTH"), m=P(g.pick([mother.caps, mother.full])),
          fin=g.pick(["contratacao_domestica", "cuidador_idoso", "baba"]), ip2=(g.ip(), "IP_ADDRESS"), ts=f"{g.date('iso')}T{g.hms()}-03:00")
    procs = []
    for _ in range(g.ri(0, 2)):
        procs.append((g.cnj(g.pick(["8.26", "8.05", "8.19", "5.02", "8.13"])), g.pick(["cível - cobrança", "trabalhista (autora)",
                                                                                       "JECRIM - arquivado", "execução fiscal"])))
    doc.f('HTTP/1.1 200 OK\n{\n  "id": "«rid»",\n  "status": "«st»",\n  "score_risco": «sc»,\n  "mandados_prisao": 0,\n  "processos": [',
          rid=rid, st="CONCLUIDO" if procs or g.chance(0.5) else "NADA_CONSTA", sc=f"0.{g.d(2)}")
    for i, (num, kind) in enumerate(procs):
        doc.f('«s»\n    {"numero": "«n»", "classe": "«k»", "polo": "«p»"}', s="," if i else "", n=num, k=kind,
              p=g.pick(["ativo", "passivo"]))
    doc.t("\n  ]," if procs else "],")
    doc.f('\n  "telefones_vinculados": ["«t1»", "«t2»"],\n  "enderecos_vinculados": [{"logradouro": "«a»", "cep": "«cep»"}]\n}\n\n',
          t1=(g.phone("raw"), "PHONE_NUMBER"), t2=(g.phone("raw", mobile=g.chance(0.5)), "PHONE_NUMBER"),
          a=(g.address("caps"), "ADDRESS"), cep=(g.cep(False), "BR_CEP"))
    doc.f("[«d» «h»] INFO  laudo gerado para «n» (cpf «mc») — enviado a «oe»\n", d=g.date("iso"), h=g.hms(),
          n=P(w.first + " " + w.last), mc=g.masked_cpf(), oe=(corp_mail(op, "agencia.com.br"), "EMAIL_ADDRESS"))
    doc.f("[«d» «h»] WARN  processo «p» cita homônimo — conferir filiação («m») antes de reprovar\n", d=g.date("iso"), h=g.hms(),
          p=g.cnj(), m=P(mother.first))
    return doc


def at_ratings(g: Gen) -> Doc:
    """Admin export (CSV) of diaristas' ratings and the last complaint text."""
    doc = Doc()
    app = g.pick(APPS)
    who = g.person()
    doc.f("# export admin «app» — profissionais c/ nota < 4,5 — gerado por «w» em «d»\n", app=app, w=login(who) + "@admin",
          d=f"{g.date('br')} {g.hm()}")
    sep = g.pick([",", ";"])
    cols = ["id_prof", "first_name", "last_name", "cpf", "celular", "email", "cidade", "nota_media", "servicos", "ultima_avaliacao", "status"]
    rows = []
    for _ in range(g.ri(3, 5)):
        p = g.worker()
        fn, ln = p.given, " ".join(p.surnames)
        if g.chance(0.2):
            fn, ln = fold(fn).upper(), fold(ln).upper()
        city, uf = g.city()
        c = g.person()
        k = g.ri(0, 4)
        if k == 0:
            com = (f"{c.first} reclamou que chegou atrasada", [(c.first, 0)])
        elif k == 1:
            com = (f"cliente {c.short}: quebrou a tampa do liquidificador", [(c.short, 8)])
        elif k == 2:
            com = ("nota 3, deixou a roupa branca manchada", [])
        elif k == 3:
            com = (f"ótima, mas foi embora 1h antes (cliente {c.first})", [(c.first, len("ótima, mas foi embora 1h antes (cliente "))])
        else:
            com = ("sem comentário", [])
        rows.append((p, fn, ln, city, uf, com))
    doc.t(sep.join(cols) + "\n")
    for p, fn, ln, city, uf, (com, names) in rows:
        doc.f("«i»«s»«fn»«s»«ln»«s»«c»«s»«t»«s»«em»«s»«city»/«uf»«s»«n»«s»«k»«s»", i=g.d(6), s=sep, fn=P(fn), ln=P(ln),
              em=(g.email(p), "EMAIL_ADDRESS") if g.chance(0.85) else V(""),
              c=(g.cpf(g.pick(["raw", "dot"])), "BR_CPF"), t=(g.phone(g.pick(["raw", "e164", "par"])), "PHONE_NUMBER"),
              city=city, uf=uf, n=f"{g.rng.uniform(3.1, 4.49):.2f}".replace(".", "," if sep == ";" else "."), k=g.ri(3, 500))
        q = sep in com
        doc.t('"' if q or g.chance(0.3) else "")
        last = 0
        for nm, off in names:
            doc.t(com[last:off]).e(nm, "PERSON")
            last = off + len(nm)
        doc.t(com[last:])
        doc.t('"' if doc.text.count('"', doc.text.rfind("\n")) % 2 else "")
        doc.f("«s»«st»\n", s=sep, st=g.pick(["ativa", "suspensa", "em_revisao", "ativa"]))
    doc.f("\n«n» linhas. Obs.: CPF «b» (linha de teste do QA) removido. Reenviar p/ qualidade@ até «d».\n", n=len(rows),
          b=g.bad_cpf(g.pick(["raw", "dot"])), d=g.date("br"))
    return doc


# =========================================================================== juridico

def qualif(doc: Doc, g: Gen, p: Person, role: str, rich: bool = True, caps: bool = True) -> None:
    """Qualification paragraph of a party in a petition or contract."""
    doc.e(p.caps if caps else p.full, "PERSON")
    nat = "haitiana" if p.surnames[-1] in FOREIGN["ht"][2] else ("venezuelana" if p.surnames[-1] in FOREIGN["ve"][2] else "brasileira")
    if not p.female:
        nat = nat[:-1] + "o"
    doc.f(", «nat», «ec», «prof», ", nat=nat, ec=g.pick(["solteir" + p.o, "casad" + p.o, "divorciad" + p.o, "viúv" + p.o, "em união estável"]),
          prof=role)
    if rich:
        doc.f("nascid«o» em «b», ", o=p.o, b=(g.dob(g.pick(["br", "long"]), 1955, 2003), "DATE_OF_BIRTH"))
    doc.f("inscrit«o» no CPF sob o nº «c», portador«a» do RG nº «r» «org»", o=p.o, a="a" if p.female else "",
          c=(g.cpf(), "BR_CPF"), r=(g.rg(), "BR_RG"), org=g.pick(["SSP/SP", "SSP/BA", "SSP/MG", "IFP/RJ", "SDS/PE", "SSP/CE"]))
    if rich:
        doc.f(", PIS/NIT «pis», CTPS nº «ct»", pis=(g.pis(), "BR_PIS"), ct=g.ctps())
        if g.chance(0.35):
            doc.f(", título de eleitor nº «t»", t=(g.titulo(), "BR_TITULO_ELEITOR"))
    city, uf = g.city()
    doc.f(", residente e domiciliad«o» na «a», «b», «c»/«u», CEP «cep»", o=p.o, a=(g.address(), "ADDRESS"), b=g.pick(BAIRROS),
          c=city, u=uf, cep=(g.cep(), "BR_CEP"))
    if rich and g.chance(0.7):
        doc.f(", telefone «t», e-mail «e»", t=(g.phone(), "PHONE_NUMBER"), e=(g.email(p), "EMAIL_ADDRESS"))


def ju_peticao(g: Gen) -> Doc:
    """Initial petition of a domestic worker's labour claim (reclamação trabalhista)."""
    doc = Doc()
    w, e1 = g.worker(), g.person()
    couple = g.chance(0.5)
    e2 = g.relative(e1, female=not e1.female) if couple else None
    adv = g.person()
    city, uf = g.city()
    func = g.pick(["empregada doméstica", "babá", "cuidadora de idosos", "caseiro", "cozinheira", "diarista"])
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) JUIZ(A) DA «n»ª VARA DO TRABALHO DE «c» - «u»\n\n", n=g.ri(1, 40), c=fold(city).upper(), u=uf)
    if g.chance(0.5):
        doc.f("Processo nº «p» (distribuído por dependência)\n\n", p=g.cnj())
    qualif(doc, g, w, func)
    doc.f(", por sua advogada que esta subscreve (procuração anexa), vem propor\n\nRECLAMAÇÃO TRABALHISTA — RITO «r»\n\nem face de ",
          r=g.pick(["SUMARÍSSIMO", "ORDINÁRIO"]))
    qualif(doc, g, e1, g.pick(["médic" + e1.o, "engenheir" + e1.o, "empresári" + e1.o, "aposentad" + e1.o, "professor" + ("a" if e1.female else "")]),
           rich=False)
    if e2:
        doc.t(", e ")
        qualif(doc, g, e2, g.pick(["advogad" + e2.o, "servidor" + ("a" if e2.female else "") + " públic" + e2.o, "comerciante"]), rich=False)
    doc.t(", pelos fatos e fundamentos a seguir.\n\nI — DOS FATOS\n")
    adm = g.date("br", g.ri(2015, 2022))
    kid = g.relative(e1)
    doc.f("A Reclamante foi admitida em «adm» para exercer a função de «f» na residência dos Reclamados, situada na «a», "
          "com salário mensal de R$ «s», sem registro em CTPS até «reg». Laborava de segunda a «ds», das «h1» às «h2», "
          "sem intervalo regular, cuidando também de «k», filh«o» dos Reclamados, nascid«o» em «kb». ",
          adm=adm, f=func, a=(g.address(), "ADDRESS"), s=g.money(1100, 2600), reg=g.date("br", 2024),
          ds=g.pick(["sábado", "sexta-feira"]), h1=g.pick(["6h30", "7h", "7h30"]), h2=g.pick(["18h", "19h30", "20h"]),
          k=P(g.pick([kid.first, kid.full])), o=kid.o, kb=(g.dob("br", 2012, 2021), "DATE_OF_BIRTH"))
    doc.f("Foi dispensada sem justa causa em «dd», sem receber as verbas rescisórias, nem a indenização compensatória do FGTS "
          "(art. 22 da LC 150/2015), e os recolhimentos do eSocial (DAE) de «m1» a «m2» não foram feitos. "
          "Testemunhas: «t1» e «t2».\n\n",
          dd=g.date("br", 2025), m1=g.pick(MONTHS), m2=g.pick(MONTHS), t1=P(g.person().full), t2=P(g.person().full))
    doc.t("II — DOS PEDIDOS\n")
    total = 0
    for i, item in enumerate(g.rng.sample(["aviso prévio indenizado", "saldo de salário", "13º salário proporcional",
                                           "férias vencidas + 1/3", "horas extras e reflexos", "FGTS + indenização compensatória (3,2%)",
                                           "multa do art. 477 da CLT", "danos morais", "adicional noturno"], g.ri(4, 6))):
        v = g.ri(800, 25000) * 100
        total += v
        doc.f("«l») «it» ........ R$ «v»\n", l="abcdefg"[i], it=item, v=cents(v))
    doc.f("\nDá-se à causa o valor de R$ «v». Requer a gratuidade de justiça (art. 790, §3º, CLT).\n\n"
          "«c», «d».\n\n«a»\n«oab»\n«e»\n",
          v=cents(total), c=city, d=g.date("long", 2025), a=P(adv.full), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"),
          e=(g.email(adv, g.pick(["adv.br", "gmail.com", "outlook.com"])), "EMAIL_ADDRESS"))
    return doc


def ju_ata(g: Gen) -> Doc:
    """Minutes of a conciliation hearing with the settlement and payment data."""
    doc = Doc()
    w, e = g.worker(), g.person()
    judge, aw, ae = g.person(), g.person(), g.person()
    city, uf = g.city()
    doc.f("PODER JUDICIÁRIO\nJUSTIÇA DO TRABALHO\nTRIBUNAL REGIONAL DO TRABALHO DA «r»ª REGIÃO\n«v»ª Vara do Trabalho de «c»\n\n"
          "ATA DE AUDIÊNCIA — PROCESSO: ATSum «p»\nRECLAMANTE: «wn» (CPF «wc»)\nRECLAMADO: «en»\n\n",
          r=g.ri(1, 24), v=g.ri(1, 30), c=city, p=g.cnj(), wn=P(w.caps), wc=(g.cpf(), "BR_CPF"), en=P(e.caps))
    doc.f("Em «d», às «h», na sala de audiências desta Vara, sob a presidência d«ja» MM. Juiz«ja2» do Trabalho «j», "
          "foram apregoados os litigantes. Presente a reclamante, acompanhada d«aa» advogad«aa» «an», «aoab». "
          "Presente o reclamado, acompanhado d«ea» advogad«ea» «en», «eoab».\n\n",
          d=g.date("long"), h=g.hm(), ja="a" if judge.female else "o", ja2="a" if judge.female else "", j=P(judge.full),
          aa=aw.o, an=P(aw.full), aoab=(g.council("OAB", uf), "PROFESSIONAL_ID"), ea=ae.o, en=P(ae.full),
          eoab=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    n = g.ri(2, 6)
    doc.f("CONCILIAÇÃO: as partes celebram acordo no valor líquido de R$ «v», pagável em «n» parcelas mensais e sucessivas, "
          "vencendo-se a primeira em «d1», ", v=g.money(3000, 30000), n=n, d1=g.date("br"))
    k = g.ri(0, 2)
    if k == 0:
        doc.f("mediante depósito na conta de titularidade da reclamante, «bk», agência «ag», conta «cc»", bk=g.pick(BANKS)[1],
              ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    elif k == 1:
        doc.f("mediante Pix para a chave aleatória «k», de titularidade da reclamante (CPF «c»)", k=(g.uuid(), "PIX_KEY"),
              c=(g.cpf(), "BR_CPF"))
    else:
        doc.f("mediante Pix para a chave CPF da reclamante («c»), e, em caso de erro, na conta poupança «bk», ag. «ag», conta «cc»",
              c=(g.cpf(), "BR_CPF"), bk=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    doc.f(". Em caso de inadimplemento, multa de «m»% sobre o saldo, com vencimento antecipado.\n"
          "Natureza das parcelas: «ind»% indenizatória (férias indenizadas + 1/3, aviso prévio) e o restante salarial. "
          "O reclamado, empregador doméstico, CPF «ec», comprovará nos autos os recolhimentos previdenciários via DAE no prazo "
          "legal. A reclamante dá quitação do objeto da inicial e do extinto contrato.\n"
          "A reclamada deverá ainda proceder à baixa na CTPS digital e ao registro do desligamento no eSocial em 10 dias.\n\n",
          m=g.pick([30, 50, 100]), ind=g.ri(60, 100), ec=(g.cpf(), "BR_CPF"))
    doc.f("Homologo o acordo. Custas de R$ «c» pela reclamante, dispensadas. Nada mais.\n\n«j»\nJuiz«ja» do Trabalho\n\n",
          c=g.money(40, 600), j=P(judge.full), ja="a" if judge.female else "")
    if g.chance(0.3):
        doc.f("Reclamante: ____________ «wn»\nAdv.: ____________ «an»\nReclamado: ____________ «en»\n", wn=P(w.full), an=P(aw.short),
              en=P(e.full))
    else:
        doc.t("Reclamante: ____________\nAdv. reclamante: ____________\nReclamado: ____________\nAdv. reclamado: ____________\n")
    doc.f("Secretári«so» de audiência: «s»\n", so=g.pick(["a", "o"]), s=P(g.person().full))
    return doc


def ju_contrato(g: Gen) -> Doc:
    """Domestic employment contract (babá, caseiro, motorista, cuidador) with witnesses."""
    doc = Doc()
    e, w = g.person(), g.worker()
    func = g.pick(["BABÁ", "CASEIRO(A)", "MOTORISTA PARTICULAR", "CUIDADOR(A) DE IDOSO", "EMPREGADA DOMÉSTICA"])
    doc.f("CONTRATO INDIVIDUAL DE TRABALHO DOMÉSTICO — «f»\n(Lei Complementar nº 150, de 1º de junho de 2015)\n\n"
          "EMPREGADOR(A): ", f=func)
    qualif(doc, g, e, g.pick(["médic" + e.o, "arquitet" + e.o, "contador" + ("a" if e.female else ""), "bancári" + e.o]), rich=False,
           caps=g.chance(0.5))
    doc.t(".\nEMPREGADO(A): ")
    qualif(doc, g, w, func.lower().replace("(a)", "a" if w.female else ""), caps=g.chance(0.5))
    doc.t(".\n\n")
    doc.f("CLÁUSULA 1ª — O(A) EMPREGADO(A) prestará serviços de «f» ", f=func.lower())
    if func.startswith("CASEIRO"):
        doc.f("no imóvel rural denominado Sítio «s», situado na «a», zona rural de «c», onde residirá com sua família em casa "
              "cedida, sem que isso integre o salário (art. 18, §2º, LC 150/2015).\n",
              s=g.pick(["Boa Esperança", "Recanto da Aurora", "Santa Luzia", "Flor da Serra", "Três Irmãos"]),
              a=(g.pick(["Estrada Municipal ", "Rodovia "]) + g.pick(["SP-", "BR-", "MG-"]) + f"{g.ri(10, 499)}, km {g.ri(1, 60)}", "ADDRESS"),
              c=g.city()[0])
    else:
        doc.f("na residência do(a) EMPREGADOR(A), à «a», «c».\n", a=(g.address(), "ADDRESS"), c=g.city()[0])
    if func.startswith("MOTORISTA"):
        doc.f("Parágrafo único. O(A) EMPREGADO(A) declara possuir CNH nº «c», categoria «k», e conduzirá o veículo «m», placa «p», "
              "de propriedade do(a) EMPREGADOR(A), responsabilizando-se pelas multas a que der causa.\n",
              c=(g.cnh(), "BR_CNH"), k=g.pick(["B", "AB", "D"]), m=g.pick(["Toyota Corolla", "Jeep Compass", "VW T-Cross", "Honda HR-V"]),
              p=(g.plate(), "LICENSE_PLATE"))
    if func.startswith("BABÁ"):
        k1 = g.relative(e)
        doc.f("Parágrafo único. Os cuidados destinam-se à criança «k», nascid«o» em «b», e não incluem serviços gerais da casa.\n",
              k=P(k1.full), o=k1.o, b=(g.dob("br", 2019, 2024), "DATE_OF_BIRTH"))
    doc.f("CLÁUSULA 2ª — Jornada de «h» horas semanais, «esc». Intervalo de «i» para refeição.\n"
          "CLÁUSULA 3ª — Salário mensal de R$ «s», pago até o 7º dia útil do mês seguinte por depósito na conta «bk», agência «ag», "
          "conta «cc», de titularidade do(a) EMPREGADO(A), ou por Pix.\n"
          "CLÁUSULA 4ª — Contrato de experiência de «x» dias, a partir de «ini», prorrogável uma vez (art. 5º, LC 150/2015).\n"
          "CLÁUSULA 5ª — Vale-transporte conforme Lei 7.418/1985; descontos de até 6% do salário.\n"
          "CLÁUSULA 6ª — O(A) EMPREGADO(A) guardará sigilo sobre a vida privada da família e os dados a que tiver acesso "
          "(Lei 13.709/2018).\n\n",
          h=g.pick([44, 40, 36]), esc=g.pick(["de segunda a sexta, das 8h às 17h48", "em escala 12x36", "de segunda a sábado, 8h diárias"]),
          i=g.pick(["1 hora", "30 minutos (acordo escrito)", "2 horas"]), s=g.money(1518, 4200), bk=g.pick(BANKS)[0],
          ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), x=g.pick([30, 45, 90]), ini=g.date("br"))
    city = g.city()[0]
    t1, t2 = g.person(), g.person()
    doc.f("«c», «d».\n\n_______________________ EMPREGADOR(A)\n_______________________ EMPREGADO(A)\n\nTestemunhas:\n"
          "1. «t1» — CPF «c1»\n2. «t2» — CPF «c2»\n",
          c=city, d=g.date("long"), t1=P(t1.full), c1=(g.cpf(), "BR_CPF"), t2=P(t2.full), c2=(g.cpf(), "BR_CPF"))
    return doc


def ju_notificacao(g: Gen) -> Doc:
    """Extrajudicial notice from the worker's lawyer, or the employer's dismissal letter, with the AR."""
    doc = Doc()
    w, e, adv = g.worker(), g.person(), g.person()
    city, uf = g.city()
    firm = g.pick(FIRMS)
    if g.chance(0.5):
        doc.f("«firm»\n\n«c», «d»\n\nNOTIFICAÇÃO EXTRAJUDICIAL\n\nNotificante: «wn», CPF «wc», RG «wr», tel. «wt»\nNotificad«o»: «en», CPF «ec»\n"
              "Endereço: «a» — «b» — CEP «cep» — «c»/«u»\n\n",
              firm=firm, c=city, d=g.date("long"), wn=P(w.full), wc=(g.cpf(), "BR_CPF"), wr=(g.rg(), "BR_RG"), wt=(g.phone(), "PHONE_NUMBER"), o=e.o, en=P(e.full), ec=(g.cpf(), "BR_CPF"),
              a=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), cep=(g.cep(), "BR_CEP"), u=uf)
        doc.f("Prezad«o» Senhor«a»,\n\nNa qualidade de procurador«pa» de «wf», que lhe prestou serviços como «f» de «a1» a «a2», "
              "NOTIFICAMOS V.Sa. para, no prazo de 10 (dez) dias, comprovar os depósitos de FGTS e as contribuições do eSocial "
              "doméstico do período, consultados no app FGTS em «dc» com saldo de apenas R$ «sv», bem como pagar as férias "
              "vencidas, sob pena de ajuizamento de reclamação trabalhista.\n\nO extrato do CNIS (NIT «pis») segue anexo. "
              "Contato: «t» / «em».\n\nAtenciosamente,\n\n«an»\n«oab»\n\nEnviada por carta com AR nº «ar» e por WhatsApp («t2»).\n",
              o=e.o, a="a" if e.female else "", pa="a" if adv.female else "", wf=P(w.full), f=g.pick(["empregada doméstica", "babá", "cuidadora"]),
              a1=g.date("br", 2019), a2=g.date("br", 2025), dc=g.date("br"), sv=g.money(100, 3000), pis=(g.pis(), "BR_PIS"),
              t=(g.phone(mobile=False), "PHONE_NUMBER"), em=(corp_mail(adv, "adv.br"), "EMAIL_ADDRESS"), an=P(adv.full),
              oab=(g.council("OAB", uf), "PROFESSIONAL_ID"), ar=f"{g.pick(['JT', 'JO', 'YF'])}{g.d(9)}BR", t2=(g.phone(), "PHONE_NUMBER"))
    else:
        doc.f("«c», «d»\n\nÀ Sr«a». «wn»\n«a2»\n«b» — CEP «cep»\n\nAssunto: comunicação de dispensa\n\n",
              c=city, d=g.date("long"), a="a" if w.female else "", wn=P(w.full), a2=(g.address(), "ADDRESS"), b=g.pick(BAIRROS),
              cep=(g.cep(), "BR_CEP"))
        jc = g.chance(0.4)
        doc.f("Prezad«o» «wf»,\n\nComunicamos que, a partir de «dd», seu contrato de trabalho doméstico (admissão em «adm», "
              "CPF «wc», NIS «nis») fica rescindido «mot». ",
              o=w.o, wf=P(w.first), dd=g.date("br"), adm=g.date("br", g.ri(2016, 2023)), wc=(g.cpf(), "BR_CPF"), nis=(g.pis(), "BR_PIS"),
              mot="por justa causa, com base no art. 27, inciso " + g.pick(["I (ato de improbidade)", "V (desídia)", "VII (abandono de emprego)"]) +
              ", da LC 150/2015" if jc else "sem justa causa, com aviso prévio " + g.pick(["indenizado", "trabalhado de 30 dias"]))
        if jc:
            doc.f("Os fatos foram registrados no Boletim de Ocorrência nº «bo» («dp»º DP), em «dbo». ", bo=f"{g.d(4)}/{g.ri(2024, 2026)}",
                  dp=g.ri(1, 99), dbo=g.date("br"))
        doc.f("As verbas rescisórias serão pagas em até 10 dias na conta «ag» / «cc» já cadastrada, e o TRCT será enviado pelo "
              "e-mail «em».\n\nFavor devolver as chaves e o controle do portão.\n\nAtenciosamente,\n\n«en»\nCPF «ec»\n"
              "Tel. «t»\n\nCiente em ___/___/____: ______________________\n",
              ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), em=(g.email(w), "EMAIL_ADDRESS"),
              en=P(e.full), ec=(g.cpf(), "BR_CPF"), t=(g.phone(), "PHONE_NUMBER"))
        if g.chance(0.5):
            t1 = g.person()
            doc.f("Recusou-se a assinar. Testemunha: «t» (RG «r»)\n", t=P(t1.full), r=(g.rg(), "BR_RG"))
    return doc


def ju_tracking(g: Gen) -> Doc:
    """Law firm's case-tracking export of domestic workers' claims (ruled table or CSV)."""
    doc = Doc()
    firm = g.pick(FIRMS)
    resp = [g.person() for _ in range(3)]
    doc.f("«firm» — Controle de processos: núcleo doméstico — extraído do «sys» em «d» por «u»\n\n", firm=firm,
          sys=g.pick(["Astrea", "Projuris", "planilha compartilhada", "ADVBOX"]), d=g.date("br"), u=login(resp[0]))
    rows = []
    for _ in range(g.ri(3, 4)):
        w, e = g.worker(), g.person()
        r = g.pick(resp)
        rows.append([P(g.pick([w.caps, w.full, w.inverted])), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), P(g.pick([e.caps, e.short])), (g.cpf(), "BR_CPF"),
                     V(g.cnj()), V(f"{g.ri(1, 40)}ª VT {g.city()[0][:14]}"), V(g.pick(["inicial", "instrução", "acordo", "execução", "recurso", "arquivado"])),
                     V(g.money(5000, 90000)), V(g.date("br")), V(login(r)), (g.phone(g.pick(["par", "raw"])), "PHONE_NUMBER")])
    cols = ["CLIENTE", "CPF", "RECLAMADO(A)", "CPF RECLAMADO", "PROCESSO", "VARA", "FASE", "VALOR CAUSA", "PRÓX. AUD.", "RESP.", "CONTATO"]
    if g.chance(0.5):
        table_ruled(doc, cols, rows, g.pick(["plus", "dash"]))
    else:
        table_csv(doc, [c.lower().replace(" ", "_") for c in cols], rows, ";")
    doc.f("\nLegenda: RESP. = login da advogada(o) responsável («l1» = «r1», «o1»; «l2» = «r2», «o2»). Prazos no calendário compartilhado.\n"
          "Obs.: cliente da 1ª linha trocou de celular, novo nº «t». Protocolo interno «p».\n",
          l1=login(resp[1]), l2=login(resp[2]), r1=P(resp[1].full), o1=(g.council("OAB"), "PROFESSIONAL_ID"), r2=P(resp[2].full), o2=(g.council("OAB"), "PROFESSIONAL_ID"),
          t=(g.phone(), "PHONE_NUMBER"), p=g.protocol())
    return doc


def ju_lgpd(g: Gen) -> Doc:
    """A diarista's LGPD request to a cleaning app and the DPO's answer with the data held."""
    doc = Doc()
    app = g.pick(APPS)
    w, dpo = g.worker(), g.person()
    dom = fold(app).lower().replace(" ", "") + ".com.br"
    doc.f("De: «wn» <«we»>\nPara: privacidade@«dom»\nAssunto: pedido LGPD - quero saber meus dados e excluir minha conta\n\n"
          "boa noite, meu nome é «wn2», trabalhei pelo app de «y1» até «y2». fui desligada sem explicação depois de uma avaliação "
          "de uma cliente («c») que disse que eu «acc». quero saber quais dados meus vocês tem e quem viu, e depois apagar tudo. "
          "meu cpf «cpf»\n\n",
          wn=P(w.full), we=(g.email(w), "EMAIL_ADDRESS"), dom=dom, wn2=P(g.pick([w.low, w.full, w.short])), y1=g.ri(2019, 2023),
          y2=g.ri(2024, 2025), c=P(g.person().first), acc=g.pick(["mexi nas coisas dela", "cheguei atrasada", "não limpei o banheiro"]),
          cpf=(g.cpf(), "BR_CPF"))
    doc.f("---\nDe: «dn» (Encarregada de Dados) <dpo@«dom»>\nData: «d»\nAssunto: RE: pedido LGPD — protocolo «pr»\n\n"
          "Prezada «wf»,\n\nEm atenção ao art. 18 da Lei 13.709/2018, seguem os dados pessoais que tratamos a seu respeito:\n\n",
          dn=P(dpo.full), dom=dom, d=g.date("br"), pr=g.protocol(), wf=P(w.first))
    items = [
        ("Nome", P(w.full)), ("CPF", (g.cpf(), "BR_CPF")), ("Data de nascimento", (g.dob("br", 1960, 2003), "DATE_OF_BIRTH")),
        ("Celular", (g.phone(), "PHONE_NUMBER")), ("E-mail", (g.email(w), "EMAIL_ADDRESS")),
        ("Endereço cadastrado", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")),
        ("Conta para repasse", None), ("Chave Pix (aleatória)", (g.uuid(), "PIX_KEY")),
        ("Documento enviado no cadastro (RG)", (g.rg(), "BR_RG")),
        ("Selfie e foto do documento", V("armazenadas até o fim do prazo legal")),
        ("Últimos IPs de acesso", None),
    ]
    for k, v in items:
        if k == "Conta para repasse":
            doc.f("- «k»: «bk», ag. «a», c/c «c»\n", k=k, bk=g.pick(BANKS)[1], a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"))
        elif k == "Últimos IPs de acesso":
            doc.f("- «k»: «i1» («d1»), «i2» («d2»)\n", k=k, i1=(g.ip(), "IP_ADDRESS"), d1=g.date("br"), i2=(g.ip(g.chance(0.3)), "IP_ADDRESS"), d2=g.date("br"))
        else:
            doc.f("- «k»: «v»\n", k=k, v=v)
    doc.f("- Avaliações recebidas: «n» (média «m»); a avaliação citada foi feita pelo pedido «ped».\n\n"
          "A exclusão será feita em até 15 dias, exceto dados que precisamos manter por obrigação legal (notas fiscais de repasse, "
          "5 anos) e para defesa em processo (art. 16, II). Seus dados de checagem de antecedentes foram compartilhados com "
          "«prov» (CNPJ «cnpj»).\n\nAtenciosamente,\n«dn»\nEncarregada pelo Tratamento de Dados Pessoais — «app»\n",
          n=g.ri(10, 300), m=f"{g.rng.uniform(4, 5):.1f}".replace(".", ","), ped=f"#{g.d(8)}",
          prov=g.pick(["Checa Fácil Ltda", "Idoneo Verificações S.A.", "BGC Brasil"]), cnpj=(g.cnpj(alnum=g.chance(0.4)), "BR_CNPJ"),
          dn=P(dpo.short), app=app)
    return doc


def ju_bo(g: Gen) -> Doc:
    """Police report (boletim de ocorrência) of a theft accusation against a domestic worker, with the lawyer's note."""
    doc = Doc()
    e, w, adv, esc = g.person(), g.worker(), g.person(), g.person()
    city, uf = g.city()
    scan = g.chance(0.3)
    oc = (lambda s: ocr(s, g)) if scan else (lambda s: s)
    od = (lambda s: ocr(s, g, rate=0.15, digits=True)) if scan else (lambda s: s)
    doc.f("SECRETARIA DA SEGURANÇA PÚBLICA\nPOLÍCIA CIVIL DO ESTADO — «dp»º DISTRITO POLICIAL DE «c»\n"
          "BOLETIM DE OCORRÊNCIA Nº «bo»   Natureza: «nat»\nData do fato: «df»   Comunicação: «dc» «h»\n\n",
          dp=g.ri(1, 99), c=fold(city).upper(), bo=f"{g.alnum(2)}{g.d(4)}-{g.ri(1, 9)}/{g.ri(2024, 2026)}",
          nat=g.pick(["Furto (art. 155 CP)", "Furto qualificado - abuso de confiança", "Apropriação indébita (art. 168 CP)"]),
          df=g.date("br"), dc=g.date("br"), h=g.hm())
    doc.f("COMUNICANTE/VÍTIMA: «en»\nNasc.: «eb»  RG: «er»  CPF: «ec»\nEnd.: «ea»  CEP «cep»\nTel.: «et»\n\n",
          en=P(oc(e.caps)), eb=(od(g.dob("br", 1950, 1995)), "DATE_OF_BIRTH"), er=(od(g.rg()), "BR_RG"), ec=(od(g.cpf()), "BR_CPF"),
          ea=(oc(g.address("caps")), "ADDRESS"), cep=(od(g.cep()), "BR_CEP"), et=(od(g.phone()), "PHONE_NUMBER"))
    doc.f("AVERIGUADA: «wn»\nNasc.: «wb»  CPF: «wc»  Filiação: «m»\nEnd.: «wa»\nTel.: «wt»\n\n",
          wn=P(oc(w.caps)), wb=(od(g.dob("br", 1960, 2004)), "DATE_OF_BIRTH"), wc=(od(g.cpf()), "BR_CPF"),
          m=P(oc(g.relative(w, female=True).caps)), wa=(oc(g.address("caps")), "ADDRESS"), wt=(od(g.phone()), "PHONE_NUMBER"))
    doc.f("HISTÓRICO: Relata a comunicante que a averiguada trabalha em sua residência como «f» desde «y» e que, em «df», "
          "deu falta de «obj» (valor estimado R$ «v»). Informa que somente a averiguada e a filha «k» tinham acesso ao cômodo. "
          "Nada mais.\nEscrivã(o): «esc»   Delegado(a): «dl»\n\n",
          f=g.pick(["diarista", "empregada doméstica", "babá", "cuidadora da mãe"]), y=g.ri(2015, 2024), df=g.date("br"),
          obj=g.pick(["um cordão de ouro", "R$ 1.500,00 em espécie", "um relógio", "joias da avó"]), v=g.money(500, 12000),
          k=P(oc(g.relative(e, female=True).first)), esc=P(oc(esc.caps)), dl=P(oc(g.person().caps)))
    doc.f("--- nota do escritório («adv», «oab») ---\nCliente «wf» nega. Os objetos foram achados pela própria família em «d2» "
          "(mensagem da filha em print). Avaliar ação de danos morais c/c reclamação trabalhista (Processo «p»). "
          "«w».\n",
          adv=P(adv.short), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"), wf=P(w.first), d2=g.date("br"), p=g.cnj(),
          w=g.pick(["seria prudente juntar o print com data", "a vitória aqui depende da testemunha do porteiro", "ligar p/ ela à tarde"]))
    return doc


# =========================================================================== saude

def sa_escala(g: Gen) -> Doc:
    """Home-care agency's monthly shift schedule for one patient (ruled or plain table)."""
    doc = Doc()
    ag = g.pick(AGENCIES_HC)
    pac, resp, sup = g.person(), g.person(), g.person(female=True)
    pac_age = g.ri(68, 98)
    city, uf = g.city()
    mm = g.ri(1, 12)
    doc.f("«ag» — ESCALA DE PLANTÕES «m»/«y»\nPaciente: «p» («age» anos) — «cid» — CNS «cns»\nEndereço do atendimento: «a» — «b» — CEP «cep»\n"
          "Responsável familiar: «r» — «rt»\nEnf.ª supervisora: «s» («coren») — plantão tel. «st»\n\n",
          ag=ag, m=MONTHS[mm - 1], y=g.pick([2025, 2026]), p=P(g.pick([pac.full, pac.caps])), age=pac_age, cns=(g.cns(), "BR_CNS"),
          cid=g.pick(["Alzheimer (G30.1)", "sequela de AVC (I69.4)", "Parkinson (G20)", "DPOC (J44.9)", "demência mista (F03)"]),
          a=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), cep=(g.cep(), "BR_CEP"), r=P(resp.full), rt=(g.phone(), "PHONE_NUMBER"),
          s=P(sup.full), coren=(g.council("COREN", uf), "PROFESSIONAL_ID"), st=(g.phone(), "PHONE_NUMBER"))
    cuid = [g.worker() for _ in range(g.ri(3, 4))]
    techs = {id(c): g.chance(0.5) for c in cuid}
    codes = g.chance(0.75)
    code = {id(c): f"{'T' if techs[id(c)] else 'C'}{i + 1}" for i, c in enumerate(cuid)}
    rows = []
    day = g.ri(1, 20)
    wd = g.ri(0, 6)
    for i in range(g.ri(4, 5)):
        c1, c2 = g.rng.sample(cuid, 2)
        rows.append([V(f"{day + i:02d}/{mm:02d}"), V(["seg", "ter", "qua", "qui", "sex", "sáb", "dom"][(wd + i) % 7]),
                     V(code[id(c1)]) if codes else P(c1.short), V(code[id(c2)]) if codes else P(c2.short), V(g.pick(["", "troca c/ folguista", "fisio 10h", "consulta geriatra", "banho no leito"]))])
    table_ruled(doc, ["DATA", "DIA", "DIURNO 07-19h", "NOTURNO 19-07h", "OBS"], rows, g.pick(["plus", "dash", "plain"]))
    doc.t("\nEQUIPE" + (" (legenda)" if codes else "") + "\n")
    for c in cuid:
        doc.f("- «k»«n» — «cat»«reg» — cel «t»", k=code[id(c)] + " = " if codes else "", n=P(c.full), cat="técnica de enfermagem " if techs[id(c)] else "cuidadora ",
              reg=(g.council("COREN", uf).replace("-ENF", "-TE"), "PROFESSIONAL_ID") if techs[id(c)] else V("(curso 160h)"),
              t=(g.phone(), "PHONE_NUMBER"))
        if g.chance(0.35):
            doc.f(" — vem de carro, placa «p» (liberar garagem visitante)", p=(g.plate(), "LICENSE_PLATE"))
        doc.t("\n")
    doc.f("\nTrocas só com autorização da supervisão. Em caso de falta, avisar até 17h no «t» (central). "
          "Família: «w».\n", t=(g.phone(mobile=g.chance(0.5)), "PHONE_NUMBER"), w=g.pick(WORD_USES))
    return doc


def sa_medlog(g: Gen) -> Doc:
    """Medication administration record kept at the patient's home."""
    doc = Doc()
    pac, med = g.person(), g.person()
    uf = g.pick(UFS)
    cuid = [g.worker() for _ in range(2)]
    doc.f("FOLHA DE CONTROLE DE MEDICAÇÃO — DOMICÍLIO\nPaciente: «p»   Nasc.: «b»   CNS: «cns»   CPF: «cpf»\nEndereço: «ad»\nDiagnósticos: «c1», «c2»   "
          "Alergias: «al»\nPrescrição: Dr(a). «m» — «crm» — receita de «dr»\n\n",
          p=P(g.pick([pac.full, pac.caps])), b=(g.dob("br", 1928, 1960), "DATE_OF_BIRTH"), cns=(g.cns(), "BR_CNS"), cpf=(g.cpf(), "BR_CPF"), ad=(g.address(), "ADDRESS"),
          c1=g.pick(CIDS), c2=g.pick(CIDS), al=g.pick(["dipirona", "sulfa", "nega", "AAS, frutos do mar"]),
          m=P(med.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), dr=g.date("br"))
    meds = g.rng.sample(["Losartana 50mg", "Metformina 850mg", "Donepezila 10mg", "Quetiapina 25mg", "Levodopa+benserazida 200/50",
                         "Omeprazol 20mg", "Sinvastatina 20mg", "Clopidogrel 75mg", "Memantina 10mg", "Insulina NPH 10UI SC"], 5)
    rows = []
    initials = g.chance(0.6)
    for t in g.times(6, 6 * 3600, 22 * 3600):
        c = g.pick(cuid)
        rows.append([V(t), V(g.pick(meds)), V(g.pick(["VO", "VO", "SNE", "SC"])),
                     V(".".join(w[0] for w in fold(c.short).split()) + ".") if initials else P(g.pick([c.first, c.short])), V(g.pick(["ok", "ok", "recusou, tentado 30 min depois", "PA 14x9 antes", "HGT 182"]))])
    doc.f("Dia «d»\n", d=g.date("br"))
    table_ruled(doc, ["HORA", "MEDICAMENTO", "VIA", "RUBRICA" if initials else "ADMINISTRADO POR", "OBS"], rows, g.pick(["plus", "dash"]))
    doc.f("\nIntercorrências: «x». Comunicado à enf.ª «e» («coren») às «h».\n"
          "Farmácia de manipulação: retirada por «r», CPF «c» (autorização da família).\n",
          x=g.pick(["queda da própria altura sem lesão aparente", "glicemia 58 às 3h, corrigido", "sem intercorrências", "febre 38,2 às 16h"]),
          e=P(g.person(female=True).short), coren=(g.council("COREN", uf), "PROFESSIONAL_ID"), h=g.hm(),
          r=P(g.pick(cuid).full), c=(g.cpf(), "BR_CPF"))
    return doc


def sa_grupo(g: Gen) -> Doc:
    """WhatsApp group of the family and the caregivers around an elderly patient."""
    doc = Doc()
    vo = g.person(female=g.chance(0.7))
    son, dau = g.relative(vo, female=False), g.relative(vo, female=True)
    cuid = g.worker()
    nurse = g.person(female=True)
    grp = f"Cuidados {'Vó' if vo.female else 'Vô'} {vo.first}"
    dd, mm, yy = g.ri(1, 27), g.ri(1, 12), g.pick([2025, 2026])
    ts = g.times(10)
    doc.f("«dd»/«mm»/«yy» «t» - ", dd=f"{dd:02d}", mm=f"{mm:02d}", yy=yy, t=ts[0])
    doc.t("Mensagens e ligações são protegidas com a criptografia de ponta a ponta.\n")
    doc.f("«dd»/«mm»/«yy» «t» - «s» criou o grupo \"Cuidados «vv» «v»\"\n", dd=f"{dd:02d}", mm=f"{mm:02d}", yy=yy, t=ts[0],
          s=P(dau.first), vv="Vó" if vo.female else "Vô", v=P(vo.first))
    doc.f("«dd»/«mm»/«yy» «t» - «s» adicionou «n»\n", dd=f"{dd:02d}", mm=f"{mm:02d}", yy=yy, t=ts[1], s=P(dau.first),
          n=(g.phone("plus"), "PHONE_NUMBER"))
    msgs = [
        ("c", "Boa noite família. Plantão de hoje: PA 13x8, HGT 143 antes do jantar, aceitou bem a sopa. Evacuou 1x. Tomou todas as medicações."),
        ("s", "Obrigado! E a tosse?"),
        ("c", "Tossiu um pouco de madrugada, dei o xarope que a geriatra passou"),
        ("d", "Gente, a consulta com o Dr. {M} ({CRM}) é quinta 14h. Quem consegue levar?"),
        ("s", "Levo. Vou de carro, placa {PL}, se a portaria perguntar"),
        ("n", "Boa noite, sou a {N}, enfermeira da agência ({COREN}). A escala tá no app, amanhã quem assume é a folguista {F}."),
        ("d", "Ok. O cartão SUS {DA} {V} é {CNS} e o CPF {CPF}, caso precise ir pro pronto-socorro. Endereço pra ambulância: {AD}, CEP {CEP}"),
        ("c", "{W}"),
    ]
    names = {"c": P(cuid.first), "s": P(son.first), "d": P(dau.first), "n": P(nurse.first)}
    for k in ("c", "n", "s"):
        if g.chance(0.6 if k != "s" else 0.4):
            names[k] = (g.phone("plus"), "PHONE_NUMBER")
    folg = g.worker()
    vals = {"C": P(cuid.first), "D": P(g.person(female=True).first), "M": P(g.person(female=False).short),
            "CRM": (g.council("CRM"), "PROFESSIONAL_ID"), "S": P(son.first), "PL": (g.plate(), "LICENSE_PLATE"),
            "N": P(nurse.first), "COREN": (g.council("COREN"), "PROFESSIONAL_ID"), "F": P(folg.short),
            "DA": "da" if vo.female else "do", "V": P(vo.first), "CNS": (g.cns(), "BR_CNS"), "CPF": (g.cpf(), "BR_CPF"),
            "AD": (g.address(), "ADDRESS"), "CEP": (g.cep(), "BR_CEP"), "W": g.pick(WORD_USES)}
    for i, (who, m) in enumerate(msgs):
        doc.f("«dd»/«mm»/«yy» «t» - «w»: ", dd=f"{dd:02d}", mm=f"{mm:02d}", yy=yy, t=ts[min(i + 2, 9)], w=names[who])
        doc.f(m.replace("{", "«").replace("}", "»") + "\n", **vals)
    return doc


def sa_aso(g: Gen) -> Doc:
    """Admission health certificate (ASO) of a domestic worker, followed by a sick note with ICD."""
    doc = Doc()
    w, e, med, med2 = g.worker(), g.person(), g.person(), g.person()
    uf = g.pick(UFS)
    clinic = g.pick(["Clínica Ocupacional Bento Amado", "MedTrab Aurora", "Clínica Vitória Saúde do Trabalho", "Ocupamed Pitanga"])
    doc.f("ATESTADO DE SAÚDE OCUPACIONAL — ASO\n«cl» — CNPJ «cnpj»\nTipo: («a») admissional ( ) periódico ( ) demissional\n\n"
          "Empregador doméstico: «en» — CPF «ec»\nTrabalhador(a): «wn»\nCPF: «wc»   RG: «wr»   Nasc.: «wb»\nEndereço: «wa»\nFunção: «f» (CBO «cbo»)\n"
          "Riscos: «r»\nExames: clínico, «ex»\n\nCONCLUSÃO: APTO(A) para a função.\n\n"
          "Médico examinador: «mn» — «crm»\n«c», «d»\n\n",
          cl=clinic, cnpj=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"), a="X", en=P(e.full), ec=(g.cpf(), "BR_CPF"),
          wn=P(g.pick([w.full, w.caps])), wc=(g.cpf(), "BR_CPF"), wb=(g.dob("br", 1960, 2004), "DATE_OF_BIRTH"),
          wr=(g.rg(), "BR_RG"), wa=(g.address(), "ADDRESS"), f=g.pick(["empregado doméstico nos serviços gerais", "babá", "cuidador de idosos", "caseiro"]),
          cbo=g.pick(["5121-05", "5162-05", "5162-10", "6220-10"]), r=g.pick(["químicos (produtos de limpeza)", "ergonômicos", "biológicos", "ausência de riscos específicos"]),
          ex=g.pick(["hemograma", "acuidade visual", "nenhum complementar"]), mn=P(med.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          c=g.city()[0], d=g.date("br"))
    doc.t("-" * 40 + "\n")
    doc.f("ATESTADO MÉDICO\n\nAtesto para os devidos fins que «wn», CPF «wc», esteve sob meus cuidados em «d», necessitando de "
          "«n» dias de afastamento de suas atividades a partir desta data. CID: «cid».\n\n«mn»\n«crm»\n«un»\n",
          wn=P(g.pick([w.full, w.short])), wc=(g.cpf("dot"), "BR_CPF") if g.chance(0.5) else V(g.masked_cpf()), d=g.date("br"),
          n=g.pick(["2 (dois)", "3 (três)", "5 (cinco)", "1 (um)"]), cid=g.pick(CIDS[:16]), mn=P(med2.full),
          crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), un=g.pick(["UPA Jardim Aurora", "UBS Dr. Amado Pitanga", "Hospital Municipal Flor da Serra",
                                                                 "Pronto Atendimento Santa Luzia"]))
    doc.f("\n[anotação da empregadora] recebido por WhatsApp de «wf» em «d» às «h». Lançar no eSocial (S-2230). «x»\n",
          wf=P(w.first), d=g.date("br"), h=g.hm(), x=g.pick(["", "Avisar a contadora.", "Pedir o original.", "Seria prudente guardar cópia."]))
    return doc


def sa_admissao(g: Gen) -> Doc:
    """Home-care agency patient admission form, with the family's card for the monthly charge."""
    doc = Doc()
    ag = g.pick(AGENCIES_HC)
    pac, resp = g.person(), g.person()
    med = g.person()
    city, uf = g.city()
    doc.f("«ag»\nFICHA DE ADMISSÃO DE PACIENTE — ATENDIMENTO DOMICILIAR          Prontuário nº «pr»\n\n", ag=ag.upper(), pr=g.d(6))
    doc.f("1. PACIENTE\nNome: «n»\nData de nascimento: «b»      Sexo: «s»\nCPF: «c»      CNS: «cns»\nConvênio: «conv» — carteirinha «cart»\n"
          "Endereço: «a», «bai», «city»/«uf» — CEP «cep»\nDiagnóstico principal (CID-10): «cid»   Secundários: «cid2»\n"
          "Médico assistente: «m» («crm») — consultório «mt»\n\n",
          n=P(pac.full), b=(g.dob(g.pick(["br", "long"]), 1925, 1962), "DATE_OF_BIRTH"), s="F" if pac.female else "M",
          c=(g.cpf(), "BR_CPF"), cns=(g.cns(), "BR_CNS"), conv=g.pick(["Unimed", "Bradesco Saúde", "SulAmérica", "particular", "Amil"]),
          cart=g.d(g.pick([16, 17])) if g.chance(0.7) else "—", a=(g.address(), "ADDRESS"), bai=g.pick(BAIRROS), city=city, uf=uf,
          cep=(g.cep(), "BR_CEP"), cid=g.pick(CIDS[18:]), cid2=", ".join(g.rng.sample(CIDS, 2)), m=P(med.full),
          crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), mt=(g.phone(mobile=False), "PHONE_NUMBER"))
    doc.f("2. RESPONSÁVEL FINANCEIRO / CONTRATANTE\nNome: «n»   Parentesco: «par»\nCPF: «c»   RG: «r»\nCelular: «t»   E-mail: «e»\n",
          n=P(resp.full), par=g.pick(["filha", "filho", "neta", "sobrinho", "cônjuge"]), c=(g.cpf(), "BR_CPF"), r=(g.rg(), "BR_RG"),
          t=(g.phone(), "PHONE_NUMBER"), e=(g.email(resp), "EMAIL_ADDRESS"))
    doc.f("Forma de pagamento: cartão de crédito recorrente — «card» — val. «v» — titular «tit»\nPacote: «pk» — R$ «val»/mês\n\n",
          card=(g.card(g.chance(0.7)), "CREDIT_CARD"), v=f"{g.ri(1, 12):02d}/{g.ri(27, 33)}", tit=P(fold(resp.short).upper()),
          pk=g.pick(["cuidador 12h diurno", "técnico de enfermagem 24h", "cuidador 12x36 noturno", "visita de enfermagem 3x/semana"]),
          val=g.money(3500, 22000))
    doc.t("3. CONTATOS DE EMERGÊNCIA\n")
    for i in range(g.ri(2, 3)):
        c = g.relative(pac) if g.chance(0.6) else g.person()
        doc.f("«i») «n» («p») — «t»\n", i=i + 1, n=P(g.pick([c.full, c.short, c.nick])),
              p=g.pick(["filho(a)", "vizinha", "genro", "nora", "afilhada", "irmão"]), t=(g.phone(), "PHONE_NUMBER"))
    doc.f("\n4. AVALIAÇÃO INICIAL (enf.ª «e», «coren», em «d»)\nKatz «k»/6 · Braden «br» · risco de queda «rq» · "
          "dieta «di» · LPP sacral grau «lpp»\n\nDeclaro estar ciente do contrato nº «ct» e da política de privacidade (Lei 13.709/2018).\n"
          "Assinado eletronicamente por «n» em «d2» — IP «ip»\n",
          e=P(g.person(female=True).full), coren=(g.council("COREN", uf), "PROFESSIONAL_ID"), d=g.date("br"), k=g.ri(0, 6), br=g.ri(9, 20),
          rq=g.pick(["alto", "moderado"]), di=g.pick(["pastosa", "por SNE", "livre hipossódica"]), lpp=g.ri(1, 3),
          ct=f"{g.ri(2024, 2026)}/{g.d(4)}", n=P(resp.full), d2=f"{g.date('br')} {g.hms()}", ip=(g.ip(g.chance(0.2)), "IP_ADDRESS"))
    return doc


def sa_cat(g: Gen) -> Doc:
    """Work-accident report (CAT) of a domestic worker, issued by the employer in the eSocial."""
    doc = Doc()
    e, w, med = g.person(), g.worker(), g.person()
    uf = g.pick(UFS)
    doc.f("COMUNICAÇÃO DE ACIDENTE DE TRABALHO — CAT (eSocial S-2210)   Recibo: «rec»\nTipo: «tp»   Emitente: empregador doméstico\n\n"
          "I — EMPREGADOR\nNome: «en»   CPF: «ec»   Tel.: «et»\n\nII — ACIDENTADO(A)\nNome: «wn»\nNome da mãe: «mae»\nData de nasc.: «wb»   Sexo: «sx»   "
          "Estado civil: «ecv»\nCPF: «wc»   NIT/PIS: «pis»\nCTPS: «ctps»   Remuneração: R$ «rem»\nEndereço: «wa» — CEP «cep»\nTelefone: «wt»\n\n",
          rec=f"1.2.{g.neg(11)}{g.d(8)}", tp=g.pick(["inicial", "inicial", "reabertura"]), en=P(e.full), ec=(g.cpf(), "BR_CPF"), et=(g.phone(), "PHONE_NUMBER"),
          wn=P(w.caps), mae=P(g.relative(w, female=True).caps), wb=(g.dob("br", 1960, 2004), "DATE_OF_BIRTH"), sx="F" if w.female else "M",
          ecv=g.pick(["solteiro(a)", "casado(a)", "viúvo(a)"]), wc=(g.cpf(), "BR_CPF"), pis=(g.pis(), "BR_PIS"), ctps=g.ctps(),
          rem=g.money(1518, 3000), wa=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"), wt=(g.phone(), "PHONE_NUMBER"))
    doc.f("III — ACIDENTE\nData: «d»   Hora: «h»   Horas trabalhadas: «ht»\nTipo: típico   Local: residência do empregador, «a»\n"
          "Parte atingida: «pa»   Agente causador: «ag»\nDescrição: «desc»\nHouve afastamento? «af»   Registro policial? não\n"
          "Testemunha: «t» — «tt»\n\n",
          d=g.date("br"), h=g.hm(), ht=f"{g.ri(1, 8):02d}:{g.ri(0, 59):02d}", a=(g.address(), "ADDRESS"),
          pa=g.pick(["mão direita", "punho esquerdo", "tornozelo", "antebraço", "região lombar"]),
          ag=g.pick(["escada doméstica", "faca de cozinha", "produto de limpeza (soda cáustica)", "piso molhado", "panela de pressão"]),
          desc=g.pick(["ao limpar a janela da sala escorregou da escada", "corte ao lavar louça", "queimadura química ao desentupir a pia",
                       "torção ao descer a escada com cesto de roupa branca", "ao levantar o idoso da cama sentiu dor lombar"]),
          af=g.pick(["sim", "não"]), t=P(g.person().full), tt=(g.phone(), "PHONE_NUMBER"))
    doc.f("IV — ATESTADO MÉDICO\nUnidade: «un» (CNES «cnes»)   Data: «d» «h»\nInternação: «int»   Duração provável do tratamento: «dur» dias\n"
          "Natureza da lesão: «nat»   CID-10: «cid»\nMédico: «m»   «crm»\n",
          un=g.pick(["Hospital Municipal Prudente de Morais", "UPA 24h Bento Ferreira", "Santa Casa de Misericórdia", "Hospital Aurora"]),
          cnes=g.d(7), d=g.date("br"), h=g.hm(), int=g.pick(["não", "não", "sim"]), dur=g.ri(2, 45),
          nat=g.pick(["corte", "entorse", "queimadura", "contusão", "fratura"]), cid=g.pick(["S61.0", "S93.4", "T23.2", "S52.5", "S39.0", "T54.3"]),
          m=P(med.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    return doc


def sa_checkin(g: Gen) -> Doc:
    """Caregiver check-in/check-out log of a home-care app, with the incident opened from it."""
    doc = Doc()
    ag = g.pick(AGENCIES_HC)
    rows = []
    doc.f("# «ag» · app Plantão · export de presenças · «d» · filtro: unidade «u»\n", ag=ag, d=g.date("iso"), u=g.pick(["Zona Sul", "Centro", "Litoral", "Serra"]))
    pats = [(g.person(), g.address(), f"-{g.ri(3, 30)}.{g.d(5)}", f"-{g.ri(35, 60)}.{g.d(5)}", f"PAC-{g.d(5)}") for _ in range(2)]
    pid_only = g.chance(0.5)
    cuid = [g.worker() for _ in range(3)]
    tel = {id(c): g.phone("e164") for c in cuid} if g.chance(0.6) else {}
    day = g.date("iso")
    for t in g.times(g.ri(4, 5)):
        c = g.pick(cuid)
        p, a, la, lo, pid = g.pick(pats)
        ev = g.pick(["CHECKIN", "CHECKOUT", "CHECKIN", "CHECKOUT", "SOS"])
        doc.f("«d»T«t»:«s»-03:00 «ev» «ck»=\"«c»\" paciente=\"«p»\" local=\"«a»\" lat=«la» lon=«lo» ip=«ip» device=«dv»«ms»\n",
              d=day, t=t, s=f"{g.ri(0, 59):02d}", ev=ev.ljust(8), ck="user" if pid_only else "cuidador", c=V(login(c) + str(len(c.full))) if pid_only else P(c.full), p=P(g.pick([p.full, p.short])) if not pid_only else V(pid),
              a=(a, "ADDRESS"), la=la, lo=lo, ip=(g.ip(g.chance(0.3)), "IP_ADDRESS"),
              dv=g.pick(["android", "ios"]) + "-" + g.hexs(8), ms="")
        if tel:
            doc.text = doc.text[:-1]
            doc.f(" msisdn=«m»\n", m=(tel[id(c)], "PHONE_NUMBER"))
    c = g.pick(cuid)
    sup = g.person(female=True)
    doc.f("\nOcorrência «oc» aberta por «s» («coren»): check-in de «c» fora da cerca virtual (distância «m» m). "
          "Contato com a cuidadora pelo «t»: disse que «x». Família avisada (cel. «ft»).\n",
          oc=f"OC-{g.d(6)}", s=P(sup.short), coren=(g.council("COREN"), "PROFESSIONAL_ID"), c=P(c.first), m=g.ri(300, 4000),
          t=(g.phone(), "PHONE_NUMBER"), x=g.pick(["o GPS do celular estava errado", "levou o paciente à farmácia", "esqueceu de fazer no portão"]),
          ft=(g.phone(), "PHONE_NUMBER"))
    return doc


# =========================================================================== financeiro

def cut_name(s: str, n: int) -> str:
    """A name cut to a bank statement's field width, without a dangling particle."""
    s = s[:n].rstrip()
    while s.split()[-1].lower() in PARTICLES and len(s.split()) > 1:
        s = s.rsplit(" ", 1)[0]
    return s


def fi_holerite(g: Gen) -> Doc:
    """eSocial Doméstico payslip (recibo de pagamento) as printed or pasted from the PDF."""
    doc = Doc()
    e, w = g.person(), g.worker()
    comp = f"{g.ri(1, 12):02d}/{g.pick([2025, 2026])}"
    sal, sal_s = salary(g)
    inss = int(sal * g.pick([0.075, 0.09, 0.0823]))
    vt = int(sal * 0.06) if g.chance(0.6) else 0
    he = g.ri(0, 40000) if g.chance(0.4) else 0
    liq = sal + he - inss - vt
    ruler = g.chance(0.5)
    doc.f("RECIBO DE PAGAMENTO DE SALÁRIO — EMPREGADO DOMÉSTICO          Competência: «c»\n", c=comp)
    doc.t("-" * 72 + "\n" if ruler else "\n")
    doc.f("Empregador(a): «en»          CPF: «ec»\nEndereço: «ea» — CEP «cep»\nEmpregado(a): «wn»\nCPF: «wc»    NIS/PIS: «pis»    Matrícula eSocial: «mat»\n"
          "Cargo: «cg» (CBO «cbo»)    Admissão: «adm»    Nasc.: «nb»\n",
          en=P(g.pick([e.full, e.caps])), ec=(g.cpf(), "BR_CPF"), ea=(g.address(g.pick(["text", "caps"])), "ADDRESS"),
          cep=(g.cep(), "BR_CEP"), wn=P(g.pick([w.full, w.caps])), wc=(g.cpf(), "BR_CPF"),
          pis=(g.pis(), "BR_PIS"), mat=f"{g.d(3)}", cg=g.pick(["Empregado doméstico nos serviços gerais", "Babá", "Cuidador de idosos", "Caseiro"]),
          cbo=g.pick(["5121-05", "5162-05", "5162-10", "6220-10"]), adm=g.date("br", g.ri(2016, 2024)),
          nb=(g.dob("br", 1960, 2004), "DATE_OF_BIRTH"))
    doc.t("-" * 72 + "\n" if ruler else "\n")
    doc.t("CÓD  DESCRIÇÃO                          REF.       VENCIMENTOS   DESCONTOS\n")
    doc.f("001  Salário                            30d        «s»\n", s=sal_s.rjust(11))
    if he:
        doc.f("050  Horas extras 50%                   «h»h       «v»\n", h=g.ri(2, 20), v=cents(he).rjust(11))
    doc.f("901  INSS                               «r»%                    «v»\n", r=g.pick(["7,5", "9,0", "8,23"]), v=cents(inss).rjust(9))
    if vt:
        doc.f("920  Vale-transporte                    6%                      «v»\n", v=cents(vt).rjust(9))
    doc.t("-" * 72 + "\n" if ruler else "\n")
    doc.f("Líquido a receber: R$ «l»\nFGTS do mês (8% + 3,2% indenização compensatória): R$ «f»   Base INSS: R$ «b»\n",
          l=cents(liq), f=cents(int(sal * 0.112)), b=sal_s)
    k = g.pick([0, 0, 0, 1, 1, 2])
    if k == 0:
        doc.f("Depósito: banco «bk», agência «ag», conta «cc», em «d».\n", bk=g.pick(BANKS)[0], ag=(g.agency(), "BANK_ACCOUNT"),
              cc=(g.account(), "BANK_ACCOUNT"), d=g.date("br"))
    elif k == 1:
        doc.f("Pago por Pix (chave «kk») em «d».\n", kk=g.pick([(g.uuid(), "PIX_KEY"), (g.phone("raw"), "PHONE_NUMBER"),
                                                                   (g.email(w), "EMAIL_ADDRESS")]), d=g.date("br"))
    else:
        doc.t("Pago em espécie.\n")
    doc.f("\nDeclaro ter recebido a importância líquida discriminada neste recibo.\n\n«c», «d»\n\n__________________________\n«wn»\n",
          c=g.city()[0], d=g.date("long"), wn=P(w.full))
    return doc


def fi_dae(g: Gen) -> Doc:
    """Accountant's e-mail with the month's DAE (eSocial) guide for a domestic employer."""
    doc = Doc()
    e, acc = g.person(), g.person()
    ws = [g.worker() for _ in range(g.ri(1, 2))]
    firm = g.pick(CONTAB)
    dom = re.sub(r"[^a-z]", "", fold(firm.split()[-1]).lower()) + ".com.br"
    mm, yy = g.ri(1, 12), g.pick([2025, 2026])
    doc.f("De: «an» <«ae»>\nPara: «en» <«ee»>\nAssunto: DAE «m»/«y» - eSocial doméstico - vence dia 07\n\n"
          "Olá, «ef»!\n\nSegue a DAE de «mon» (em anexo, PDF). Resumo:\n\n",
          an=P(acc.full), ae=(corp_mail(acc, dom), "EMAIL_ADDRESS"), en=P(e.full), ee=(g.email(e), "EMAIL_ADDRESS"),
          m=f"{mm:02d}", y=yy, ef=P(e.first), mon=MONTHS[mm - 1])
    doc.f("Empregador: «en» — CPF «ec»\nCompetência: «m»/«y»   Vencimento: 07/«m2»/«y2»\n", en=P(e.caps), ec=(g.cpf(), "BR_CPF"),
          m=f"{mm:02d}", y=yy, m2=f"{mm % 12 + 1:02d}", y2=yy + (1 if mm == 12 else 0))
    rows = []
    tot = 0
    for w in ws:
        sal, sal_s = salary(g)
        parts = [int(sal * 0.08), int(sal * 0.08), int(sal * 0.032), int(sal * 0.008), int(sal * g.pick([0.075, 0.09]))]
        tot += sum(parts)
        rows.append([P(g.pick([w.full, w.caps])), (g.cpf(), "BR_CPF"), (g.pis("raw"), "BR_PIS"), V(sal_s), V(cents(sum(parts)))])
    table_ruled(doc, ["TRABALHADOR", "CPF", "NIS", "REMUNERAÇÃO", "DAE (INSS+FGTS+GILRAT+IND.)"], rows, g.pick(["plus", "dash", "plain"]))
    doc.f("\nTotal da guia: R$ «t»\nCódigo de barras:\n«bc»\n\n", t=cents(tot), bc=g.barcode())
    doc.f("Lembrete: o pagamento pode ser feito no app do banco ou com cartão de crédito pelo PagTesouro. "
          "Se for pagar com o cartão da empresa, me avise que eu lanço separado.\n"
          "Férias d«o» «wf» começam em «fd» — vou calcular e te mando até «ld».\n\nAbraço,\n«an»\n«crc»\n«firm» · «ft»\n",
          o=ws[0].o, wf=P(ws[0].first), fd=g.date("br"), ld=g.date("br"), an=P(acc.short),
          crc=(g.council("CRC"), "PROFESSIONAL_ID"), firm=firm, ft=(g.phone(mobile=False), "PHONE_NUMBER"))
    return doc


def fi_rescisao(g: Gen) -> Doc:
    """Termination calculation (TRCT) for a domestic worker, as a fixed-width statement."""
    doc = Doc()
    e, w = g.person(), g.worker()
    sal, sal_s = salary(g)
    adm = g.date("br", g.ri(2014, 2023))
    dem = g.date("br", g.pick([2025, 2026]))
    motivo = g.pick(["Dispensa sem justa causa pelo empregador", "Pedido de demissão", "Término do contrato de experiência",
                     "Acordo entre as partes (art. 484-A CLT)", "Falecimento do empregador"])
    doc.f("TERMO DE RESCISÃO DO CONTRATO DE TRABALHO — DOMÉSTICO\n\nEMPREGADOR: «en»   CPF: «ec»\nEndereço: «ea» — CEP «cep»\n\n"
          "TRABALHADOR: «wn»\nCPF: «wc»   PIS/PASEP: «pis»   Nasc.: «wb»\nEndereço: «wa» — CEP «wcep»\nNome da mãe: «mae»\nCTPS: «ctps»\n"
          "Admissão: «adm»   Aviso prévio: «av»   Afastamento: «dem»\nCausa: «mot»\nRemuneração p/ fins rescisórios: R$ «s»\n\n",
          en=P(e.full), ec=(g.cpf(), "BR_CPF"), ea=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"), wn=P(w.caps), wc=(g.cpf(), "BR_CPF"),
          pis=(g.pis(), "BR_PIS"), wb=(g.dob("br", 1958, 2004), "DATE_OF_BIRTH"), wa=(g.address(), "ADDRESS"),
          wcep=(g.cep(), "BR_CEP"), mae=P(g.relative(w, female=True).caps), ctps=g.ctps(),
          adm=adm, av=g.date("br"), dem=dem, mot=motivo, s=sal_s)
    items = [("50", "Saldo de salário (dias)", g.ri(1, 30)), ("65", "Aviso prévio indenizado", g.ri(30, 60)),
             ("63", "13º salário proporcional", f"{g.ri(1, 12)}/12"), ("66", "Férias vencidas", "30d"),
             ("68", "Férias proporcionais", f"{g.ri(1, 11)}/12"), ("69", "1/3 constitucional de férias", ""),
             ("115", "Desconto de adiantamento", ""), ("112.1", "INSS sobre saldo", ""), ("112.2", "INSS sobre 13º", "")]
    total = 0
    w1 = 40
    for code, desc, ref in g.rng.sample(items[:6], g.ri(4, 6)) + g.rng.sample(items[6:], 2):
        v = g.ri(10000, sal)
        total += -v if code.startswith(("115", "112")) else v
        doc.f("«c» «d» «r» «v»\n", c=code.ljust(6), d=desc.ljust(w1), r=str(ref).ljust(8),
              v=("-" if code.startswith(("115", "112")) else " ") + cents(v).rjust(10))
    doc.f("\nTOTAL LÍQUIDO: R$ «t»\nFGTS: saque via app FGTS; indenização compensatória (3,2%) depositada mensalmente — saldo p/ fins "
          "rescisórios R$ «f»\nSeguro-desemprego doméstico: «sd»\n\n", t=cents(max(total, 10000)), f=g.money(800, 9000),
          sd=g.pick(["requerimento entregue", "não se aplica", "3 parcelas de 1 salário mínimo (se elegível)"]))
    if g.chance(0.6):
        doc.f("Pagamento: «bk», ag. «ag», c/c «cc», titular «wn».\n", bk=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"),
              cc=(g.account(), "BANK_ACCOUNT"), wn=P(w.short))
    else:
        doc.f("Pagamento via Pix, chave «k» (titular «wn»).\n", k=g.pick([(g.uuid(), "PIX_KEY"), (g.cpf(), "BR_CPF"), (g.phone(), "PHONE_NUMBER")]),
              wn=P(w.short))
    doc.f("Cálculo: «c» («crc») — «firm»\n", c=P(g.person().full), crc=(g.council("CRC"), "PROFESSIONAL_ID"), firm=g.pick(CONTAB))
    return doc


def fi_pix(g: Gen) -> Doc:
    """Two or three Pix receipts between a family and the people who work in its home."""
    doc = Doc()
    e = g.person()
    ebank = g.pick(BANKS)
    eag, ecc = g.agency(False), g.account()
    for i in range(g.ri(2, 3)):
        w = g.worker() if i == 0 or g.chance(0.5) else g.person()
        wbank = g.pick(BANKS)
        doc.t("" if i == 0 else "\n" + g.pick(["- - - - - - - - - - - - - - -", "________________________", "=" * 30]) + "\n")
        doc.f("Comprovante de transferência\n«d» · «h»\nValor: R$ «v»\nTipo: Pix\nDescrição: «desc»\n\n", d=g.date(g.pick(["br", "long"])),
              h=g.hms(), v=g.money(50, 3500),
              desc=g.pick(["diária + passagem", f"salário {MONTHS[g.ri(0, 11)]}", "adiantamento 13º", "faxina sábado", "reembolso mercado",
                           "folguista fim de semana", "vale", "plantão noturno"]))
        doc.f("Destino\nNome: «wn»\nCPF: «mc»\nInstituição: «ib»\n", wn=P(g.pick([w.full, w.caps])), mc=g.masked_cpf(), ib=wbank[1].upper())
        k = g.ri(0, 4)
        if k == 0:
            doc.f("Chave Pix: «k»\n", k=(g.uuid(), "PIX_KEY"))
        elif k == 1:
            doc.f("Chave Pix: «k»\n", k=(g.phone(g.pick(["e164", "plus", "par"])), "PHONE_NUMBER"))
        elif k == 2:
            doc.f("Chave Pix: «k»\n", k=(g.email(w), "EMAIL_ADDRESS"))
        elif k == 3:
            doc.f("Chave Pix: «k»\n", k=(g.cpf(), "BR_CPF"))
        else:
            doc.f("Agência: «a»\nConta: «c»\n", a=(g.agency(False), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"))
        doc.f("\nOrigem\nNome: «en»\nInstituição: «ib»\nAgência: «a»\nConta: «c»\nCPF: «mc»\n\nID da transação:\n«e2e»\n",
              en=P(e.full), ib=ebank[1].upper(), a=(eag, "BANK_ACCOUNT"), c=(ecc, "BANK_ACCOUNT"), mc=g.masked_cpf(),
              e2e=g.e2e())
    if g.chance(0.6):
        doc.f("\n(encaminhado por WhatsApp para «a» — «t»)\n", a=P(g.person().first), t=(g.phone(), "PHONE_NUMBER"))
    return doc


def fi_extrato(g: Gen) -> Doc:
    """An employer's bank statement CSV with payments to domestic workers, the DAE and household bills."""
    doc = Doc()
    e = g.person()
    ws = [g.worker() for _ in range(2)]
    doc.f("Extrato conta corrente — «en» — ag «ag» cc «cc» — período «d1» a «d2»\n", en=P(e.full), ag=(g.agency(False), "BANK_ACCOUNT"),
          cc=(g.account(), "BANK_ACCOUNT"), d1=g.date("br"), d2=g.date("br"))
    sep = g.pick([";", ","])
    doc.t(sep.join(["data", "lancamento", "documento", "valor", "saldo"]) + "\n")
    bal = g.ri(200000, 2000000)
    lines = []
    for w in ws:
        nm = cut_name(fold(g.pick([w.full, w.short])).upper(), 30)
        lines.append(("PIX ENVIADO " , P(nm), -g.ri(15000, 300000)))
    lines += [("PAGTO DAE ESOCIAL " + f"{g.ri(1, 12):02d}/" + str(g.pick([2025, 2026])), None, -g.ri(30000, 90000)),
              (g.pick(["CONTA DE LUZ - ENEL", "CONTA DE LUZ CEMIG", "ENERGISA CONTA LUZ", "COPEL ENERGIA"]), None, -g.ri(9000, 60000)),
              ("PIX RECEBIDO ", P(fold(g.person().short).upper()), g.ri(5000, 200000)),
              (g.pick(["SUPERMERCADOS PRUDENTE", "FARMACIA LUZ DIVINA", "PADARIA ROSA BRANCA", "PET SHOP LEAO DO NORTE"]), None, -g.ri(2000, 60000)),
              ("TED ENVIADA ", P(cut_name(fold(g.person().caps), 28)), -g.ri(20000, 400000))]
    g.rng.shuffle(lines)
    mm, yy = g.ri(1, 12), g.pick([2025, 2026])
    days = sorted(g.rng.sample(range(1, 29), len(lines)))
    for i, (desc, nm, v) in enumerate(lines):
        bal += v
        doc.f("«d»«s»", d=f"{days[i]:02d}/{mm:02d}/{yy}", s=sep)
        doc.t(desc)
        if nm:
            doc.e(nm[0], "PERSON")
        doc.f("«s»«doc»«s»«v»«s»«b»\n", s=sep, doc=g.pick([g.d(6), g.neg(11), g.d(9)]),
              v=(cents(abs(v)) if sep == ";" else f"{abs(v) / 100:.2f}").join(["-" if v < 0 else "", ""]),
              b=cents(bal) if sep == ";" else f"{bal / 100:.2f}")
    doc.t("\nObservações (planilha da família):\n")
    for w in ws:
        doc.f("- «n»: CPF «c» (p/ IR); chave pix «k»; «o»\n", n=P(w.first), c=(g.cpf(), "BR_CPF"),
              k=g.pick([(g.uuid(), "PIX_KEY"), (g.phone("raw"), "PHONE_NUMBER"), (g.cpf(), "BR_CPF"), (g.email(w), "EMAIL_ADDRESS")]),
              o=g.pick(["diária às sextas", "salário até dia 5", "folguista, paga por plantão", "caseiro do sítio, paga dia 10"]))
    return doc


def fi_contab(g: Gen) -> Doc:
    """Accountant's monthly control sheet of domestic-employer clients (Markdown or ruled)."""
    doc = Doc()
    firm = g.pick(CONTAB)
    who = g.person()
    mm, yy = g.ri(1, 12), g.pick([2025, 2026])
    doc.f("«firm» — Controle eSocial Doméstico — competência «m»/«y»\nAtualizado por «w» em «d»\n\n", firm=firm, m=f"{mm:02d}", y=yy,
          w=login(who), d=g.date("br"))
    rows = []
    for _ in range(g.ri(3, 4)):
        e, w = g.person(), g.worker()
        rows.append([P(g.pick([e.short, e.caps, e.inverted])), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), P(g.pick([w.short, w.first + " " + w.last])),
                     (g.pis(g.pick(["dot", "raw"])), "BR_PIS"), V(salary(g)[1]), V(g.money(150, 900)),
                     V(g.pick(["pago", "pendente", "enviada", "pago c/ juros", "aguardando ponto"])),
                     (g.email(e), "EMAIL_ADDRESS") if g.chance(0.6) else (g.phone(), "PHONE_NUMBER")])
    cols = ["Empregador", "CPF empregador", "Trabalhador(a)", "NIS", "Salário", "DAE", "Status", "Contato"]
    if g.chance(0.5):
        table_md(doc, cols, rows)
    else:
        table_ruled(doc, cols, rows, g.pick(["plus", "dash"]))
    doc.f("\nPendências:\n- «a»: férias da empregada a partir de «d» (pagar até 2 dias antes)\n- cliente novo: «c», CPF «cc», "
          "nasc. «cb» — código de acesso eSocial pendente, pediu p/ fazer via gov.br nível prata\n- honorários do cliente novo no cartão "
          "«card» (autorizou por e-mail, cobrar dia «dd»)\n- «e2»: mudou de endereço, agora «ad», CEP «cep» (atualizar no eSocial S-2205)\n",
          a=P(rows[0][0][0]), d=g.date("br"), c=P((cn := g.person()).full), cc=(g.cpf(), "BR_CPF"),
          cb=(g.dob("br", 1950, 1995), "DATE_OF_BIRTH"), card=(g.card(g.chance(0.6)), "CREDIT_CARD"),
          dd=g.ri(5, 15), e2=P(rows[-1][2][0]), ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"))
    return doc


def fi_repasse(g: Gen) -> Doc:
    """Cleaning app's weekly payout to diaristas (CSV) and a chargeback dispute e-mail."""
    doc = Doc()
    app = g.pick(APPS)
    fin = g.person()
    doc.f("«app» · repasses semana «w» · lote «lote» · gerado por job payout-batch (revisão: «r»)\n", app=app, w=g.ri(1, 52),
          lote=g.d(8), r=login(fin))
    sep = g.pick([",", ";"])
    cols = ["prof_id", "nome", "documento", "tipo_doc", "servicos", "bruto", "taxa_app", "liquido", "destino"]
    doc.t(sep.join(cols) + "\n")
    for _ in range(g.ri(3, 5)):
        w = g.worker()
        mei = g.chance(0.35)
        d = (g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ") if mei else (g.cpf(g.pick(["raw", "dot"])), "BR_CPF")
        br = g.ri(20000, 200000)
        tx = int(br * 0.2)
        liq = br - tx
        fmt = (lambda v: cents(v)) if sep == ";" else (lambda v: f"{v / 100:.2f}")
        doc.f("«i»«s»«n»«s»«d»«s»«t»«s»«k»«s»«b»«s»«x»«s»«l»«s»", i=g.d(6), s=sep, n=P(fold(w.full) if g.chance(0.3) else w.full),
              d=d, t="CNPJ_MEI" if mei else "CPF", k=g.ri(1, 12), b=fmt(br), x=fmt(tx), l=fmt(liq))
        k = g.ri(0, 2)
        if k == 0:
            doc.f("pix:«k»\n", k=(g.uuid(), "PIX_KEY"))
        elif k == 1:
            doc.f("pix:«k»\n", k=(g.phone("e164"), "PHONE_NUMBER"))
        else:
            doc.f("ted:«bk»/«a»/«c»\n", bk=g.pick(BANKS)[0], a=(g.agency(False), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"))
    cli, pro, an = g.person(), g.worker(), g.person()
    doc.f("\n---------- Mensagem encaminhada ----------\nDe: chargebacks@«dom»\nPara: «an» <«ae»>\nAssunto: Contestação pedido «ped» — "
          "cliente «cn»\n\n«af», a adquirente abriu contestação (motivo 4837 — não reconhece a compra) no cartão «card», "
          "titular «ct», valor R$ «v». O log do gateway veio com o PAN completo (de novo!), já pedi pra mascararem. "
          "A cliente mora na «ad» e o serviço foi feito pela «pf» (prof_id «pid») com check-in às «h» do IP «ip». "
          "Vamos contestar com as fotos e o chat. Se perder, descontar do repasse? Acho que seria prudente não descontar "
          "da profissional.\n\nFinanceiro — «app»\n«fn»\n",
          dom=fold(app).lower().replace(" ", "") + ".com.br", an=P(an.full), ae=(corp_mail(an, fold(app).lower().replace(" ", "") + ".com.br"), "EMAIL_ADDRESS"),
          ped=f"#{g.d(7)}", cn=P(cli.full), af=P(an.first), card=(g.card(g.chance(0.5)), "CREDIT_CARD"), ct=P(fold(cli.short).upper()),
          v=g.money(100, 600), ad=(g.address(), "ADDRESS"), pf=P(pro.first), pid=g.d(6), h=g.hm(), ip=(g.ip(), "IP_ADDRESS"),
          fn=(g.phone(mobile=False), "PHONE_NUMBER"), app=app)
    return doc


TEMPLATES = {
    "atendimento": [at_booking, at_complaint, at_whatsapp, at_signup, at_esocial_mail, at_background, at_ratings],
    "juridico": [ju_peticao, ju_ata, ju_contrato, ju_notificacao, ju_tracking, ju_lgpd, ju_bo],
    "saude": [sa_escala, sa_medlog, sa_grupo, sa_aso, sa_admissao, sa_cat, sa_checkin],
    "financeiro": [fi_holerite, fi_dae, fi_rescisao, fi_pix, fi_extrato, fi_contab, fi_repasse],
}


def check(record: dict) -> None:
    text, last = record["text"], 0
    for s in record["spans"]:
        assert s["label"] in LABELS, (record["id"], s)
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
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|doutora?)\.?\s", v), (record["id"], v)
            assert not re.search(r"[0-9]", v), (record["id"], v)
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (record["id"], v)
        elif lab == "PROFESSIONAL_ID":
            assert re.match(r"(?i)(CRM|OAB|COREN|CRF|CRC|CREFITO|CRN|CRESS|CRP)", v), (record["id"], v)
    # hard negatives: every unlabelled 11-digit number (plain or dotted like a CPF) fails the CPF check
    covered = [(s["start"], s["end"]) for s in record["spans"]]
    for m in re.finditer(r"(?<![\d.])(\d{3}\.\d{3}\.\d{3}-\d{2}|\d{11})(?![\d])", text):
        if any(a <= m.start() and m.end() <= b for a, b in covered):
            continue
        assert not cpf_ok(re.sub(r"\D", "", m.group())), (record["id"], m.group())


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
    print(OUT_NAME, len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
