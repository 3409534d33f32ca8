"""Build the ninety-eighth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_ninetyeighth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or run),
standalone (own check-digit code, no Faker, no import from afinar or from the other generators),
seed 9898, 280 records: 4 domains x 7 templates x 10 copies.

Register, new: RESTAURANTS, FOOD SERVICE AND HEALTH SURVEILLANCE -- restaurants, bars, bakeries,
confeitarias, dark kitchens and caterers (buffets, collective-meal companies for schools and
hospitals), the delivery platforms around them, their suppliers and accountants, and the municipal
health surveillance (Vigilância Sanitária / VISA, Vigilância Epidemiológica / VE, LACEN) that
licenses and inspects them and investigates food-poisoning outbreaks (DTA). Layouts vary heavily:
reservation-system JSON, a delivery app's support chat, WhatsApp exports (Android and iOS; senders
by name or by number), a speech-to-text call transcript (lower case, no accents), e-mail threads,
an ombudsman form ("Campo: valor", ruled box or dotted leaders), auth-service log lines with IPs,
legal prose (petitions, defence, contract), an OCR'd ALL CAPS infraction notice with typos, hearing
minutes, a one-line and an indented JSON export, semicolon and comma CSV, fixed-width reports
(names cut at the field width), a DANFE as text, Markdown tables and a ruled/psql/pipe table.
- atendimento: (0) a restaurant's reservation-system JSON (guest, phone, e-mail, allergy note,
  loyalty birth date, CPF for the receipt, companions, Pix deposit, booking IP) with the maître's
  note and the waiter; (1) a delivery platform's support chat about hair / spoiled food / an
  allergen / delay (courier and plate, delivery address and CEP, refund by random Pix key or CPF,
  VISA phone, the customer's doctor); (2) a WhatsApp export between a bakery and a mother ordering a
  birthday cake for an allergic son (Pix key, CPF, delivery address, husband, driver and plate, the
  reaction, the paediatrician, refund to an account); (3) the speech-to-text transcript of a call to
  a chain's SAC about food poisoning (CPF read in groups, spoken birth date, phones read in groups,
  spoken address, CEP in pairs, the RT nutritionist); (4) an e-mail thread: a bride complains to
  the caterer after guests got sick (guests named, refund account and random Pix key; the manager,
  the RT nutritionist with CRN, the lawyer with OAB, the caterer's CNPJ); (5) a municipal ombudsman
  form about school meals (parent, pupil with birth date, sometimes the pupil's SUS card; the PNAE
  nutritionist's despacho with CRN and e-mail, the school cook); (6) a delivery app's account-
  takeover ticket (auth-service log lines with the owner's and the attacker's IPs, changed e-mail,
  added address, changed phone; the analyst's note).
- juridico: (0) a labour claim of a cook / waiter (qualified with RG, CPF, PIS, sometimes birth
  date, address, CEP; restaurant CNPJ and partner's CPF; tips withheld, Lei 13.419/2017; witnesses
  with CPF and phone; a CNJ precedent; lawyer with OAB and e-mail); (1) an OCR'd VISA infraction
  notice (establishment CNPJ, owner's CPF and phone, RT nutritionist's CRN, irregularities under RDC
  216/2004, fiscais with matrícula, sometimes a veterinarian's CRMV, receiver with RG); (2) labour-
  court hearing minutes (conciliator, lawyers with OAB, preposto with CPF, agreement paid to an
  account or a random Pix key, or a witness with RG); (3) an administrative defence against a
  sanitary fine (partner qualified, RT nutritionist, head cook, fiscal, ICD-10 and agent of the
  outbreak, lawyer with OAB, office phone); (4) a small-claims petition for food poisoning against a
  platform and a dark kitchen (mother and son with birth date, ER doctor's CRM, biomedic's CRBM,
  SINAN number, CNJ precedent); (5) an LGPD access request (art. 18) to a loyalty club and the DPO's
  JSON export (contacts, birth date, delivery addresses, CEP, allergies, masked card, app-login IPs,
  dependants); (6) a school / hospital meal supply contract (secretary with CPF, the caterer's
  representative qualified, RT nutritionist with CRN, e-mail and phone, the caterer's account,
  witnesses, an e-signature log with e-mails and IPs).
- saude: (0) the ASO of a food handler (CPF, RG, NIT, birth date, sometimes CNS; stool and nail
  exams; biomedic / pharmacist signing; examining doctor and PCMSO coordinator with CRM and e-mail);
  (1) a VE outbreak line list (semicolon CSV: name, birth date, CNS, phone, address) with the nurse's
  note (COREN, e-mail, the event's organiser and phone); (2) a food-history interview of a case
  (birth date, CNS, address, CEP, phone; the mother as informant with CPF; doctor's CRM; a neighbour
  or aunt); (3) a LACEN fixed-width report (food samples by establishment, patients' names cut or
  "SURNAME, GIVEN", birth date, CNS; CRF / CRBM signer); (4) the VE/VISA team's WhatsApp group
  (cases with CNS and CPF, a mother's phone, the owner's phone, the VISA car's plate, the manager's RG,
  an e-mail); (5) a hospital kitchen's patient-safety notification in Markdown (patient, birth date,
  CNS; copeira, nurse COREN, doctor CRM, nutritionist CRN and e-mail; a homonym on the tray label);
  (6) a one-line-JSON export of staff sick notes (CPF, doctor or dentist with CRM / CRO, ICD-10,
  origin IP, sometimes birth date) with HR's note.
- financeiro: (0) a supplier's DANFE (supplier and buyer CNPJ, driver and plate, receiver with RG)
  and the payment e-mail (boleto line, account, random Pix key, salesman's phone); (1) a bar's tips
  split (semicolon CSV: name, CPF, agency and account or random Pix key) with the manager's notes (a
  mother's CPF, the accountant's CRC); (2) a fixed-width roster and payroll (name cut, CPF, PIS,
  agency, account) with the accountant's notes; (3) a dark kitchen's payment incident (checkout log
  in one-line JSON with full card numbers, customers' CPF, e-mail, phone, address, IP; chargebacks
  with masked cards; people to notify; the courier's plate); (4) a delivery platform's payout
  statement (Markdown) with the owner's e-mail disputing a withheld amount (random Pix key); (5) an
  accountant's e-mail on the sanitary licence fee and a VISA fine (DAM table, boleto line, owner's
  RG and CPF, CNPJ, RT nutritionist, fiscal, VISA landline, company account, CRC); (6) a caterer's
  receivables CSV (clients PF with CPF or PJ with CNPJ, phones) and a WhatsApp collection exchange
  (random Pix key, a sister's CPF and birth date).

Conventions (the twentieth set's): PERSON covers the name only, never "Sr.", "Sra.", "Dr.", "Dra.",
"seu", "dona", "tia"; particles inside a name (de, da, do, das, dos, e) and suffixes (Filho, Júnior,
Neto, Sobrinho) are part of it; "SURNAME, GIVEN" is one span; first names alone and nicknames, also
in lower case or ALL CAPS, are persons. Staff named in the text are persons: maîtres, waiters,
cooks, copeiras, merendeiras, couriers and drivers, support agents, analysts, managers, owners,
fiscais sanitários, VE nurses and investigators, doctors, biomedics, pharmacists, nutritionists,
veterinarians, accountants, lawyers, conciliators, prepostos, secretaries of hearing, DPOs. Logins
("atend03", "mcanuto42", "created_by"), courier ids ("cour_12345"), user ids and bots are not.
Corporate e-mails of people are EMAIL_ADDRESS; role mailboxes (contato@, privacidade@, parceiros@,
cievs@, reservas@, sac@) are not labelled. ADDRESS is street type + name + number + complement, in
full, abbreviated, ALL CAPS, lower case or spoken (not bairro, city, UF; the CEP is BR_CEP). Agency
and account are separate BANK_ACCOUNT spans; bank codes and names are not. PIX_KEY only for random
(UUID) keys, whoever owns them (a bakery's or a platform's too). DATE_OF_BIRTH only for birth dates,
in any form; dates of events, meals, symptom onset, exams, hearings, invoices and due dates are not.
PROFESSIONAL_ID includes the council acronym and UF or region. Masked values ("***.123.456-**",
"final 1234", "•••• 1234", bin/last4 fields) are not labelled.
Decisions of this set:
- PROFESSIONAL_ID also covers, decided here, the CRN of nutritionists (RTs of kitchens, PNAE, SND:
  "CRN-6 12345", "CRN3 nº 4567", "CRN-2/RS 8910"), the CRMV of the VISA veterinarian, the CRF of a
  pharmacist-biochemist and the CRBM of a biomedic who sign lab reports, and the CRC of accountants
  ("CRC-CE 012345/O-8"). The fiscais' "MAT." (matrícula), the interviewer's matrícula, the eSocial
  receipt and the SINAN notification number are internal ids, not labelled.
- The CPF read aloud in the transcript is one BR_CPF span also when the word "traco" stands between
  the body and the check digits ("123 456 789 traco 09"); the CEP read in pairs ("60 71 04 30") is
  one BR_CEP span; phones read in groups are PHONE_NUMBER.
- An establishment's own address (in the infraction notice, "com sede na ...") is not labelled, like
  any company's; customers', workers', owners', cases' and delivery addresses are ADDRESS.
- Case lists, LACEN reports and the NSP form name patients; all are PERSON with their birth dates as
  DATE_OF_BIRTH and SUS cards as BR_CNS. The homonym printed on a wrong tray label is a PERSON.
- The card holder embossed on a card in the checkout log is a PERSON; full card numbers are
  CREDIT_CARD; masked ones are not.
- IP_ADDRESS is every globally routable client address (booking, app login, attacker, checkout,
  e-signature, sick-note upload); private addresses (10.x, 172.16-31.x, 192.168.x: an upstream or a
  kitchen tablet) are not labelled.
- Plates of couriers' motorbikes, delivery vans, suppliers' trucks and the VISA car are LICENSE_PLATE.
- Names and words damaged by OCR in the infraction notice are labelled as they stand ("MARlA
  DAS NEVES", "GESSlLDA B0NFIM"); identifiers there are printed clean.

Names: Brazilian names of many origins -- Portuguese common, regional and old-fashioned, coined,
Italian, German/Pomeranian, Japanese/Okinawan, Lebanese, Korean, Chinese, Haitian, Angolan,
Senegalese, indigenous, Jewish, Bolivian, Venezuelan, Paraguayan, Polish/Ukrainian, Armenian, and
new here Greek, Syrian and Peruvian -- with rare or invented name words well above a quarter (main()
prints the share). Names that are also words (Rosa, Luz, Flor, Vitória, Aurora, Celeste, Estrela,
Glória, Bento, Prudente, Amado, Leão, Branco; surnames Rosa, Branco, Prudente, Amado, Leão, Paz,
Cruz, Luz, Torres, Lobo, Neves, Serra, Vale, Sereno, Estrela) are used as names (a neighbour or an
aunt called Rosa, Luz or Flor, a cook called Luz) and, elsewhere, as words and in companies, dishes,
places and schools, which are not persons: Cantina Bento & Filhos, Bar do Leão, Confeitaria Flor de
Lis, Churrascaria Rosa dos Ventos, Pizzaria Aurora, Boteco Prudente, Bistrô Celeste, Esfiharia
Bechara, Peixaria Amado, Tapiocaria Dona Flor, Hamburgueria Lobo Burger, Buffet Glória Eventos,
Cozinha Industrial Leão Sereno, Granja Bento, Moinho Aurora, Escola Municipal Prudente de Morais,
Hospital São Bento, Pronto-Socorro da Luz, "a luz da cozinha", "foi uma vitória", "Hospital
Infantil Aurora", Presidente Prudente, Bento Gonçalves, Santa Rosa, Estrela (RS), Vitória (ES).

Hard negatives (never labelled): CNJ process numbers, 11-digit numbers failing the CPF check
(protocols; the script checks every CPF-shaped run outside a gold span), NF-e access keys (44
digits), state registrations (IE), boleto and DAM lines, booking and order ids, Pix txids,
envelope UUIDs, sample and seal numbers, auto de infração and alvará numbers, SINAN numbers, ICD-10
codes (A02.0, A05.0, A05.9, A09, K04.7, J06.9), money, private IPs, laws and rules (Lei 13.419/2017,
Lei 6.437/1977, Lei 8.078/1990, Lei 13.709/2018, Lei 14.133/2021, RDC 216/2004, NR-7, Resolução
FNDE nº 06/2020, Súmula 479 do STJ), companies and schools named after people or words, streets
named after people outside an address, dates that are not birth dates.
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
SEED = 9898
OUT_NAME = "ninetyeighth.jsonl"

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
          "Kaillany", "Rhayane", "Stheffany", "Wemilly", "Lauryanne", "Thuany", "Ketlen", "Gleiciane", "Lindalva",
          "Rozilda", "Quitéria", "Dasdores", "Eulália", "Kemilly"]
RARE_M = ["Josivan", "Erinaldo", "Francivaldo", "Luzimar", "Zenildo", "Genival", "Aderbal", "Adamastor", "Zózimo",
          "Osmarino", "Deoclécio", "Valdomiro", "Ananias", "Belmiro", "Crispim", "Epaminondas", "Fortunato", "Gervásio",
          "Hildebrando", "Libório", "Macário", "Onofre", "Porfírio", "Saturnino", "Tibúrcio", "Uélinton", "Kawan",
          "Rickelme", "Jhonathan", "Dhavid", "Wanderclei", "Maykon", "Jeyson", "Weverton", "Kayky", "Luanderson",
          "Adryel", "Wesllen", "Gilcimar", "Erisvaldo", "Djavan", "Edicarlos", "Dorgival", "Cosmo", "Damião",
          "Jucelino", "Welington", "Ramiro"]
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
    "gr": (["Eleni", "Despina"], ["Stavros", "Konstantinos"], ["Papadopoulos", "Georgiou", "Karamanlis"]),
    "sy": (["Rania", "Hiba"], ["Fadi", "Ghassan"], ["Haddad", "Sleiman", "Nasrallah"]),
    "pe": (["Yesenia", "Rocío"], ["Wilber", "Ronal"], ["Mamani", "Huamán", "Ccopa"]),
}
RARE_ORIGINS = ("kr", "cn", "ht", "ao", "sn", "in", "jw", "bo", "ve", "py", "pl", "am", "gr", "sy", "pe")
RARE_SUR += ["Quixadá", "Bandeira de Mello", "Furtado Leite", "Alencar Araripe", "Sombra", "Frota", "Pinho Borba", "Coelho Linhares"]
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

RESTAURANTS = ["Cantina Bento & Filhos", "Restaurante Sabor da Serra", "Bar do Leão", "Padaria Estrela do Norte",
               "Confeitaria Flor de Lis", "Churrascaria Rosa dos Ventos", "Pizzaria Aurora", "Boteco Prudente",
               "Cozinha Vitória (dark kitchen)", "Sushi Kanashiro", "Lanchonete Luz do Dia", "Bistrô Celeste",
               "Esfiharia Bechara", "Restaurante Paz & Pão", "Peixaria Amado", "Tapiocaria Dona Flor", "Bar e Petiscaria Torres",
               "Panificadora Pão do Vale", "Hamburgueria Lobo Burger", "Restaurante Fogão da Glória"]
CATERERS = ["Buffet Glória Eventos", "Marmitaria Serra Branca Ltda.", "Nutrir Refeições Coletivas S.A.",
            "Sabor Escolar Alimentação Ltda.", "Cozinha Industrial Leão Sereno", "Alimenta Hospitalar Ltda.",
            "Buffet Aurora Festas e Eventos", "Rosa Branca Refeições Industriais"]
PLATFORMS = ["iFome", "PedeJá", "Rappiz", "Entrega Rosa", "DeliVerde", "BentoFood"]
SUPPLIERS = ["Hortifruti Vale Verde Ltda.", "Frigorífico Boi Branco S.A.", "Laticínios Serra da Estrela", "Distribuidora Amado de Alimentos",
             "Pescados Mar de Rosa Ltda.", "Atacadão das Embalagens", "Granja Bento Ovos e Aves", "Moinho Aurora Farinhas"]
SCHOOLS = ["EMEF Professora Zuleica Bezerril", "Escola Municipal Prudente de Morais", "CEI Pequeno Príncipe",
           "EMEIEF Aurora do Saber", "Escola Estadual Padre Ibiapina", "CMEI Flor do Campo", "Escola Municipal Irmã Dulce"]
DISHES = ["maionese de batata", "frango xadrez", "bolo de aniversário com recheio de creme", "salpicão", "sushi de salmão",
          "feijoada", "escondidinho de carne seca", "torta de frango", "mousse de maracujá", "arroz carreteiro",
          "pastel de queijo", "strogonoff de frango", "salada de maionese", "risoto de camarão", "vatapá", "coxinha"]
AGENTS = [("Salmonella spp.", "A02.0"), ("Staphylococcus aureus (enterotoxina)", "A05.0"), ("Bacillus cereus", "A05.4"),
          ("Clostridium perfringens", "A05.2"), ("norovírus", "A08.1"), ("Escherichia coli diarreiogênica", "A04.4")]
SYMPTOMS = ["diarreia", "vômitos", "náusea", "dor abdominal", "febre", "cefaleia", "calafrios"]
ALLERGENS = ["amendoim", "camarão", "leite e derivados", "glúten", "castanha de caju", "ovo", "soja", "peixe"]
ROLES_KITCHEN = ["cozinheiro(a)", "auxiliar de cozinha", "garçom/garçonete", "chapeiro(a)", "confeiteiro(a)", "copeiro(a)",
                 "lavador(a) de pratos", "pizzaiolo", "sushiman", "caixa", "barista", "maître", "estoquista", "entregador(a)"]
IRREGULARITIES = ["alimentos vencidos armazenados junto aos próprios para consumo", "ausência de termômetro na câmara fria",
                  "manipuladores sem touca e com adornos", "presença de vetores (baratas) na área de preparo",
                  "molho de tomate aberto sem identificação nem data", "pia de higienização das mãos sem sabonete",
                  "carne descongelando em temperatura ambiente", "ausência do Manual de Boas Práticas e dos POPs",
                  "lixeira sem tampa e sem acionamento por pedal", "câmara fria a +9 °C com carnes cruas",
                  "ausência de controle integrado de pragas válido", "caixa d'água sem limpeza há mais de 6 meses"]
HOSPITALS = ["Hospital Regional do Cariri", "UPA 24h Vila Estrela", "Hospital São Bento", "Santa Casa de Misericórdia",
             "Hospital Municipal Prudente de Morais", "Hospital Regional Dr. Aderbal Catunda", "Pronto-Socorro da Luz",
             "Hospital Infantil Aurora", "UPA Jardim Vitória"]

BANKS = [("001", "Banco do Brasil"), ("237", "Bradesco"), ("341", "Itaú"), ("104", "Caixa"), ("033", "Santander"),
         ("260", "Nu Pagamentos"), ("077", "Banco Inter"), ("756", "Sicoob"), ("748", "Sicredi"), ("004", "Banco do Nordeste"),
         ("336", "C6 Bank"), ("290", "PagSeguro")]

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
        if kind == "CRN":
            return self.pick([f"CRN-{self.ri(1, 11)} {self.ri(1000, 59999)}", f"CRN{self.ri(1, 11)} nº {self.ri(1000, 59999)}",
                              f"CRN-{self.ri(1, 11)}/{uf} {self.ri(1000, 59999)}"])
        if kind == "CRMV":
            return self.pick([f"CRMV-{uf} {self.ri(1000, 39999)}", f"CRMV/{uf} nº {self.ri(1000, 39999)}"])
        if kind == "CRF":
            return self.pick([f"CRF-{uf} {self.ri(1000, 49999)}", f"CRF/{uf} {self.ri(1000, 49999)}"])
        if kind == "CRBM":
            return f"CRBM-{self.ri(1, 6)} {self.ri(1000, 49999)}"
        if kind == "CRC":
            return self.pick([f"CRC-{uf} {self.d(6)}/O-{self.ri(1, 9)}", f"CRC/{uf} {self.d(6)}"])
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




# =========================================================================== helpers of this register


def ip_any(g: Gen, p_pub: float = 0.75) -> tuple:
    """A client IP: public (labelled) or private (not)."""
    if g.chance(p_pub):
        return (g.ip(), "IP_ADDRESS")
    return V(g.ip_priv())


def brl(v: float) -> str:
    return f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")


def rest_dom(name: str) -> str:
    w = [x for x in re.sub(r"[^a-z ]", "", fold(name).lower()).split()
         if x not in ("de", "da", "do", "dos", "e", "ltda", "sa", "me", "restaurante", "bar", "dark", "kitchen", "refeicoes",
                      "alimentacao", "alimentos", "ltda")]
    return "".join(w[:2]) + ".com.br"


def spoken_cpf(g: Gen) -> str:
    n = g.cpf_digits()
    return g.pick([f"{n[:3]} {n[3:6]} {n[6:9]} {n[9:]}", f"{n[:3]} {n[3:6]} {n[6:9]} traco {n[9:]}", f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"])


# =========================================================================== atendimento


def at_reserva(g: Gen) -> Doc:
    """Reservation-system JSON of a restaurant (guest, party, allergy, loyalty birthday) with the maître's notes."""
    doc = Doc()
    rest = g.pick(RESTAURANTS)
    guest = g.person()
    host = g.person()
    day = g.day()
    t = g.moments(1, g.after(day, -20, -1), 1, (8, 23))[0]
    doc.f("GET /v2/restaurants/«r»/bookings/«b»  200 OK\n\n", r=g.d(5), b=g.hexs(12))
    allergy = g.pick(ALLERGENS)
    payload = {
        "booking_id": g.hexs(12), "restaurant": rest, "status": g.pick(["confirmed", "seated", "no_show", "cancelled"]),
        "party_size": g.ri(2, 14), "date": dbr(day, "iso"), "time": g.hm(),
        "guest": {"name": P(g.pick([guest.full, guest.short, guest.capsf])), "phone": (g.phone(g.pick(["e164", "plus", "par"])), "PHONE_NUMBER"),
                  "email": (g.email(guest), "EMAIL_ADDRESS"), "loyalty_tier": g.pick(["bronze", "prata", "ouro", None])},
        "notes": f"alergia a {allergy}; {g.pick(['mesa na varanda', 'cadeirão para bebê', 'aniversário, levar vela', 'perto da janela', 'cliente cadeirante'])}",
        "created_at": ts(t, "iso"), "created_from_ip": ip_any(g), "channel": g.pick(["site", "app", "instagram", "telefone"]),
        "created_by": g.pick(["widget", "app", login(host, g)]),
    }
    if g.chance(0.55):
        payload["guest"]["birth_date"] = (g.dob("iso", 1955, 2003), "DATE_OF_BIRTH")
    if g.chance(0.8):
        payload["guest"]["cpf_nota"] = (g.cpf(g.pick(["raw", "dot"])), "BR_CPF")
    if g.chance(0.25):
        c = g.person()
        payload["companions"] = [P(c.full), P(g.relative(guest).first)]
    if g.chance(0.4):
        payload["deposit"] = {"method": "pix", "amount": g.ri(50, 400), "txid": g.hexs(26), "payer": P(guest.full)}
    jval(doc, payload, 0)
    doc.t("\n\n")
    doc.f("Obs. do maître («h», turno «tn»): ", h=P(g.pick([host.first, host.short])), tn=g.pick(["almoço", "jantar"]))
    doc.f(g.pick([f"confirmado por telefone com «gn»; avisada a cozinha sobre {allergy} (ficha de alérgenos impressa).\n",
                  "cliente ligou do «ph» pedindo para trocar o horário; remarcado.\n",
                  f"«gn» pediu bolo sem {allergy}; a Confeitaria Flor de Lis não garante ausência de traços.\n",
                  "no-show; a taxa de reserva não é devolvida conforme a política.\n"]),
          gn=P(g.pick([guest.first, guest.nick, guest.short])), ph=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    if g.chance(0.5):
        doc.f("Atendido na mesa «m» pelo garçom «w». Conta dividida; nota com CPF «c».\n", m=g.ri(1, 40),
              w=P(g.pick([g.person().first, g.person().nick])), c=(g.cpf(), "BR_CPF"))
    return doc


def at_delivery(g: Gen) -> Doc:
    """A delivery platform's support chat: hair / spoiled food / allergy, courier with plate, refund."""
    doc = Doc()
    plat = g.pick(PLATFORMS)
    rest = g.pick(RESTAURANTS)
    c = g.person()
    courier = g.person(female=g.chance(0.2))
    agent = g.person()
    start = g.moments(1, None, 1, (11, 23))[0]
    mom = iter([start + datetime.timedelta(seconds=s) for s in sorted(g.sample(range(5, 2400), 18))])
    doc.f("«p» · Central de ajuda · pedido #«o» · «r»\nCliente: «cn» · «ce» · «cp» · conta criada de «ip»\n\n", p=plat, o=g.d(9), r=rest,
          cp=(g.phone(g.pick(["e164", "par"])), "PHONE_NUMBER"),
          cn=P(g.pick([c.full, c.short])), ce=(g.email(c), "EMAIL_ADDRESS"), ip=ip_any(g))

    def line(who: str, msg: str, **kw) -> None:
        doc.t(f"{ts(next(mom), 'hm')} ")
        if who == "a":
            if agent_named:
                doc.e(agent_name, "PERSON")
                doc.t(" (Suporte): ")
            else:
                doc.t("Suporte: ")
        elif who == "b":
            doc.t("Bot: ")
        else:
            doc.t("Você: ")
        doc.f(msg, **kw)
        doc.t("\n")

    agent_name = g.pick([agent.first, agent.first, agent.initial])
    agent_named = g.chance(0.35)
    issue = g.pick(["cabelo", "estragado", "alergia", "atraso"])
    line("b", "Qual o problema com o pedido? 1) item faltando 2) qualidade 3) entrega")
    line("c", "2")
    if issue == "cabelo":
        line("c", "veio um cabelo enorme no meio do «d». mandei foto", d=g.pick(DISHES))
    elif issue == "estragado":
        line("c", "o «d» veio azedo, com cheiro ruim. minha filha comeu um pouco e passou mal a noite toda", d=g.pick(DISHES))
    elif issue == "alergia":
        line("c", "eu coloquei na observação SEM «a» e veio com «a». meu marido «h» é alérgico e foi parar na UPA",
             a=g.pick(ALLERGENS), h=P(g.pick([g.person(female=False).first, g.spouse(c).full])))
    else:
        line("c", "o pedido chegou 1h40 depois, frio. o entregador «e» disse que o restaurante atrasou", e=P(courier.first))
    line("a", "Oi, «n»! Sou «a», sinto muito pelo ocorrido. Vou registrar a reclamação para o restaurante e para a nossa equipe de segurança alimentar.",
         n=P(c.first), a=P(agent.first))
    line("a", "O pedido foi entregue por «e» (moto placa «pl») às «h» no endereço «ad», CEP «cep». Confere?",
         e=P(g.pick([courier.short, courier.first])), pl=(g.plate(), "LICENSE_PLATE"), h=g.hm(),
         ad=(g.address(g.pick(["text", "text", "low"])), "ADDRESS"), cep=(g.cep(), "BR_CEP"))
    line("c", g.pick(["isso", "sim, é aqui mesmo", "confere"]))
    line("a", "Vou estornar R$ «v» no cartão «m». Para reembolso do frete em Pix, qual a chave?", v=g.money(25, 180), m=g.masked_card())
    if g.chance(0.5):
        line("c", "pode ser a aleatória «k»", k=(g.uuid(), "PIX_KEY"))
    else:
        line("c", "meu cpf «k»", k=(g.cpf(), "BR_CPF"))
    if issue in ("estragado", "alergia"):
        line("a", "Também orientamos procurar a Vigilância Sanitária do município (telefone «t») se houver mais pessoas com sintomas.",
             t=(g.phone(g.pick(["par", "plain"]), mobile=False), "PHONE_NUMBER"))
        line("c", "ja liguei, o celular do meu medico dr «m» é «t» se precisar", m=P(g.pick([g.person().short, g.person().last])),
             t=(g.phone(g.pick(["plain", "raw"])), "PHONE_NUMBER"))
    line("a", "Protocolo «p». Obrigado pela paciência!", p=g.protocol())
    return doc


def at_whatsapp_bolo(g: Gen) -> Doc:
    """WhatsApp export between a bakery/confeitaria and a customer: party cake order, delivery, then an allergic reaction."""
    doc = Doc()
    bak = g.pick(["Confeitaria Flor de Lis", "Padaria Estrela do Norte", "Panificadora Pão do Vale", "Doces da Vitória", "Ateliê Rosa Doce"])
    c = g.person(female=g.chance(0.75))
    kid = g.relative(c)
    owner = g.person(female=True)
    ios = g.chance(0.5)
    day = g.day()
    moms = iter(g.moments(14, day, 4, (7, 22)))
    c_num = g.phone("wa")
    saved = g.chance(0.15)
    doc.t(f"Conversa do WhatsApp com {c.first if saved else c_num}\n")

    def line(who: str, msg: str, **kw) -> None:
        t = next(moms)
        doc.t(ts(t, "waios") + " " if ios else ts(t, "wa") + " - ")
        if who == "c":
            if saved:
                doc.e(c.first, "PERSON")
                doc.t(g.pick(["", " Cliente", " 🎂"]))
            else:
                doc.e(c_num, "PHONE_NUMBER")
        else:
            doc.t(bak)
        doc.t(": ")
        doc.f(msg, **kw)
        doc.t("\n")

    line("c", "boa tarde! queria encomendar um bolo de «k» kg pro aniversario de «a» anos do meu filho «n», dia «d»", k=g.ri(2, 5),
         a=g.ri(2, 10), n=P(kid.first), d=dbr(g.after(day, 3, 10)))
    line("b", "Oi! Aqui é a «o» 😊 Temos massa branca ou chocolate. Recheio de ninho com morango é o mais pedido.", o=P(g.pick([owner.first, owner.nick])))
    line("c", "ninho com morango. IMPORTANTE: ele tem alergia a «a», nao pode nem traço", a=g.pick(["amendoim", "castanha", "ovo", "leite"]))
    line("b", "Anotado! Sinal de 50% no Pix, chave aleatória «k». Nome e CPF para a nota?", k=(g.uuid(), "PIX_KEY"))
    line("c", "«n» «cpf»", n=P(g.pick([c.full, c.caps])), cpf=(g.cpf(), "BR_CPF"))
    line("c", "entrega na «ad», «b». meu marido «h» recebe se eu nao estiver, o cel dele é «t»", ad=(g.address(g.pick(["text", "low"])), "ADDRESS"),
         b=g.pick(BAIRROS), h=P(g.pick([g.spouse(c).first, g.spouse(c).short])), t=(g.phone(g.pick(["plain", "raw", "par"])), "PHONE_NUMBER"))
    line("b", "Perfeito. O entregador sai às 14h, «v» placa «p».",
         v=g.pick(["Fiorino branca", "moto preta", "Uno prata"]), p=(g.plate(), "LICENSE_PLATE"))
    line("c", "<Mídia oculta>" if not ios else "‎imagem ocultada")
    line("c", "«n» ficou todo empolado depois do bolo, estamos no «h». a pediatra dra «m» disse que foi reação alérgica",
         n=P(kid.first), h=g.pick(HOSPITALS), m=P(g.pick([g.person(female=True).short, g.person(female=True).first])))
    line("b", "Meu Deus, me perdoa. A «x» que fez o recheio usou a mesma espátula do pedido de paçoca. Vou devolver tudo.",
         x=g.pick(["menina", "confeiteira", "auxiliar"]) if g.chance(0.6) else P(g.pick([g.person(female=True).first, "Luz", "Rosa"])))
    line("c", "quero o estorno na conta: «bk» ag «ag» cc «cc», titular eu mesma", bk=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"),
         cc=(g.account(), "BANK_ACCOUNT"))
    line("b", "Feito o estorno de R$ «v». Melhoras pro «n» 🙏", v=g.money(90, 420), n=P(g.pick([kid.first, kid.nick])) if g.chance(0.4) else "pequeno")
    line("c", "vou registrar na vigilância sanitária mesmo assim")
    line("b", "Entendo. Estamos à disposição.")
    return doc


def at_transcricao(g: Gen) -> Doc:
    """Speech-to-text transcript of a call to a restaurant chain's SAC about food poisoning (lower case, no accents)."""
    doc = Doc()
    chain = fold(g.pick(RESTAURANTS)).lower()
    c = g.person()
    att = g.person()
    doc.f("[transcricao automatica — ligacao «id» — fila sac — duracao «m»:«s»]\n\n", id=g.hexs(8), m=g.ri(6, 19), s=f"{g.ri(0, 59):02d}")
    A = "atendente: "
    C = "cliente: "
    doc.f(A + "«ch» boa noite meu nome e «a» com quem eu falo\n", ch=chain, a=P(fold(att.first).lower()))
    doc.f(C + "e «n» eu comi ai no sabado com a minha familia e todo mundo passou mal\n", n=P(g.pick([c.low, fold(c.short).lower()])))
    doc.f(A + "sinto muito senhor«a» vou precisar de alguns dados o cpf por favor\n", a="a" if c.female else "")
    doc.f(C + "«c»\n", c=(spoken_cpf(g), "BR_CPF"))
    doc.f(A + "data de nascimento\n" + C + "«d»\n", d=(g.dob("low", 1950, 2004), "DATE_OF_BIRTH"))
    doc.f(A + "um telefone pra contato\n" + C + "«t» e tem o da minha «r» tambem «t2»\n", t=(g.phone("stt"), "PHONE_NUMBER"),
          r=g.pick(["esposa", "mae", "filha", "irma"]), t2=(g.phone("stt"), "PHONE_NUMBER"))
    d1, d2 = g.sample(DISHES, 2)
    doc.f(A + "o que vocês consumiram\n" + C + "comemos «d» e «d2» umas tres horas depois comecou a diarreia vomito meu sogro foi internado\n",
          d=fold(d1), d2=fold(d2))
    doc.f(A + "qual o endereco d«o» senhor«a» para a equipe de qualidade entrar em contato\n" + C + "«ad» cep «cep»\n",
          a="a" if c.female else "", o=c.o, ad=(g.address("stt"), "ADDRESS"), cep=(" ".join(g.cep(False)[i:i + 2] for i in (0, 2, 4, 6)) if g.chance(0.4) else g.cep(), "BR_CEP"))
    doc.f(A + "e um email\n" + C + "«e»\n", e=(g.email(c), "EMAIL_ADDRESS"))
    doc.f(A + "certo vou abrir o protocolo «p» e a nutricionista «n» responsavel tecnica vai ligar em ate quarenta e oito horas\n",
          p=" ".join(g.d(4) for _ in range(3)), n=P(fold(g.person(female=True).short).lower()))
    doc.f(C + "ja fiz denuncia na vigilancia sanitaria tambem a luz ai da cozinha tava ate apagada quando eu passei\n")
    doc.f(A + "tudo bem senhor«a» mais alguma coisa\n" + C + "nao obrigad«o»\n", a="a" if c.female else "", o=c.o)
    return doc


def at_email_buffet(g: Gen) -> Doc:
    """E-mail thread: a bride/host complains to a caterer (buffet) after guests got sick; caterer and its lawyer answer."""
    doc = Doc()
    caterer = g.pick(CATERERS)
    c = g.person()
    sp = g.spouse(c)
    mgr = g.person()
    dom = rest_dom(caterer)
    ev = g.day()
    d1 = g.after(ev, 2, 5)
    doc.f("De: «n» <«e»>\nPara: contato@«dom»\nData: «d»\nAssunto: Contrato «ct» — festa do dia «ev»\n\n", n=P(c.full), e=(g.email(c), "EMAIL_ADDRESS"),
          dom=dom, d=dbr(d1) + " " + g.hm(), ct=f"{g.ri(100, 999)}/{ev.year}", ev=dbr(ev))
    sick = [g.person() for _ in range(g.ri(1, 2))]
    doc.t("Boa noite.\n\nNo nosso casamento (meu e d" + sp.o + " ")
    doc.e(g.pick([sp.first, sp.full]), "PERSON")
    doc.f(") pelo menos «k» convidados tiveram diarreia e vômitos no dia seguinte, entre eles ", k=g.ri(12, 60))
    join_names(doc, [g.pick([p.full, p.short, p.first]) for p in sick])
    doc.f(". Minha tia ficou internada no «h». A Vigilância Sanitária já esteve aqui em casa e levou o que sobrou do «d».\n\n"
          "Pagamos R$ «v» (sinal por Pix e o resto no cartão). Quero a devolução integral na conta ag. «ag» c/c «cc» ou na chave «k».\n\n"
          "«n»\n«t»\n\n",
          h=g.pick(HOSPITALS), d=g.pick(DISHES),
          v=g.money(8000, 45000), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), k=(g.uuid(), "PIX_KEY"),
          n=P(c.first), t=(g.phone(), "PHONE_NUMBER"))
    doc.f("---- Resposta ----\nDe: «m» <«me»>\nData: «d»\n\nPrezad«o» «n»,\n\nLamentamos muito. O lote do «d2» servido foi recolhido para "
          "análise e aguardamos o laudo do LACEN. Nossa nutricionista «rt» («crn») acompanha a investigação com a VE.\n"
          "A devolução dependerá do laudo; qualquer dúvida, noss«ao» advogad«ao» «adv», «oab», fica à disposição (tel. «ta»).\n\nAtenciosamente,\nEquipe «cat» — CNPJ «cnpj»\n",
          m=P(mgr.full), me=(corp_mail(mgr, dom), "EMAIL_ADDRESS"), d=dbr(g.after(d1, 1, 3)), n=P(c.first), d2=g.pick(DISHES), o=c.o,
          rt=P(g.person(female=True).full), crn=(g.council("CRN"), "PROFESSIONAL_ID"), adv=P((advp := g.person()).full), ao=advp.o, oab=(g.council("OAB"), "PROFESSIONAL_ID"),
          ta=(g.phone(g.pick(["par", "plain"]), mobile=False), "PHONE_NUMBER"), m2=P(g.pick([mgr.first, mgr.short])), cat=caterer,
          cnpj=(g.any_cnpj(), "BR_CNPJ"))
    return doc


def at_ouvidoria_merenda(g: Gen) -> Doc:
    """Municipal ombudsman form: a parent complains about school meals; the school-feeding nutritionist answers."""
    doc = Doc()
    par = g.person()
    kid = g.relative(par)
    school = g.pick(SCHOOLS)
    nut = g.person(female=g.chance(0.8))
    day = g.day()
    city, uf = g.city()
    doc.f("PREFEITURA MUNICIPAL DE «c»\nOUVIDORIA GERAL — Manifestação nº «n»/«y» — Tipo: Reclamação — Canal: «cn»\n\n", c=fold(city).upper(),
          n=g.ri(100, 9999), y=day.year, cn=g.pick(["telefone 156", "site", "presencial", "e-mail"]))
    fields = [("Manifestante", P(g.pick([par.full, par.caps]))), ("CPF", (g.cpf(), "BR_CPF")),
              ("Telefone", (g.phone(), "PHONE_NUMBER")), ("E-mail", (g.email(par), "EMAIL_ADDRESS")),
              ("Endereço", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")),
              ("Aluno(a)", P(kid.full)), ("Nascimento do(a) aluno(a)", (g.dob(g.pick(["br", "nopad"]), 2012, 2020), "DATE_OF_BIRTH")),
              ("Unidade escolar", V(school))]
    if g.chance(0.3):
        fields.append(("Cartão SUS do(a) aluno(a)", (g.cns(), "BR_CNS")))
    kv_block(g, doc, fields, g.pick(["box", "dots", "lines"]))
    doc.f("\nRelato: «r»\n\n", r=g.pick([
        "Meu filho chegou em casa com dor de barriga depois da merenda. Outras mães do grupo relataram o mesmo. A carne estava com cheiro forte.",
        "A escola serve biscoito com leite para minha filha que tem alergia à proteína do leite (laudo entregue em fevereiro).",
        "Servem só bolacha e suco há duas semanas; a cozinheira disse que o fornecedor não entregou.",
        "Encontraram larvas no feijão da merenda. Tenho fotos. A diretora mandou jogar fora."]))
    doc.f("DESPACHO (Coordenação de Alimentação Escolar — «dt»)\nEncaminhado à nutricionista «n» («crn»), RT do PNAE. Visita técnica em «v» "
          "com a merendeira «m». «o»\nContato da RT: «e»\n",
          dt=dbr(g.after(day, 1, 5)), n=P(nut.full), crn=(g.council("CRN"), "PROFESSIONAL_ID"), v=dbr(g.after(day, 3, 9)),
          m=P(g.pick([g.person(female=True).full, g.person(female=True).first])),
          o=g.pick(["Lote de carne moída da Distribuidora Amado de Alimentos retido e notificado à VISA.",
                    "Cardápio especial sem lactose implantado; ficha do aluno atualizada.",
                    "Estoque recomposto; fornecedor notificado (contrato com a Sabor Escolar Alimentação Ltda.).",
                    "Feijão do lote 2231 inutilizado; dedetização agendada."]),
          e=(corp_mail(nut, "educacao." + fold(city).lower().replace(" ", "") + "." + uf.lower() + ".gov.br"), "EMAIL_ADDRESS"))
    return doc


def at_log_conta(g: Gen) -> Doc:
    """A food-delivery app's account-takeover ticket: log lines with IPs, e-mail/phone changes, addresses, analyst note."""
    doc = Doc()
    plat = g.pick(PLATFORMS)
    c = g.person()
    an = g.person()
    day = g.day()
    doc.f("TICKET «t» — «p» Trust & Safety — «d»\nTitular: «n» — «e» — «ph»\nRelato: pedidos que não reconheço na minha conta, foram entregues em outro endereço.\n\n",
          t=f"TS-{g.d(6)}", p=plat, d=dbr(day), n=P(g.pick([c.full, c.short])), e=(g.email(c), "EMAIL_ADDRESS"), ph=(g.phone(), "PHONE_NUMBER"))
    own_ip = g.ip_pub()
    bad_ip = g.ip()
    other = g.person()
    events = [("login ok", own_ip, None), ("login fail x3", bad_ip, None), ("login ok (otp sms)", bad_ip, None),
              ("email changed", bad_ip, ("new", g.email(other), "EMAIL_ADDRESS")), ("address added", bad_ip, ("addr", g.address(), "ADDRESS")),
              ("order placed", bad_ip, None), ("order placed", bad_ip, None), ("phone changed", bad_ip, ("new", g.phone("e164"), "PHONE_NUMBER"))]
    for (ev, ip, extra), t in zip(events, g.moments(len(events), day, 2)):
        doc.f("«t» «lv» auth-svc user=«u» ip=«ip» ev=\"«ev»\"", t=ts(t, "isoz"), lv=g.pick(["INFO", "WARN"]) if "fail" in ev else "INFO",
              u=g.d(8), ip=(ip, "IP_ADDRESS"), ev=ev)
        if extra:
            doc.f(" «k»=\"«v»\"", k=extra[0], v=(extra[1], extra[2]))
        if ev == "order placed":
            doc.f(" order=«o» total=«v» courier=«c»", o=g.d(9), v=g.money(40, 300), c=g.pick(["cour_" + g.d(5), "ext-" + g.d(4)]))
        doc.t("\n")
    doc.f("«t» INFO gw internal upstream=«pv»\n", t=ts(g.moments(1, day, 1)[0], "isoz"), pv=g.ip_priv())
    doc.f("\nAnálise («a»): o acesso de «ip» partiu de outra cidade; o e-mail e o telefone foram trocados após SIM swap. Entregador «en» confirmou entrega "
          "para um homem chamado «x» no endereço novo. Conta restaurada para «n»; estorno de R$ «v». Caso enviado à polícia com os IPs.\n",
          a=P(g.pick([an.full, an.short])), ip=(bad_ip, "IP_ADDRESS"), en=P(g.person().first), x=P(g.pick([other.first, other.full])),
          n=P(c.first), v=g.money(80, 600))
    return doc


AT = [at_reserva, at_delivery, at_whatsapp_bolo, at_transcricao, at_email_buffet, at_ouvidoria_merenda, at_log_conta]


# =========================================================================== juridico


def qualif(g: Gen, doc: Doc, p: Person, caps: bool = False, pis: bool = False, dob: bool = False, rg: bool = True,
           titulo: bool = False) -> None:
    """ 'NAME, brasileira, solteira, cozinheira, RG ..., CPF ..., residente na ..., CEP ...' """
    doc.e(p.caps if caps else p.full, "PERSON")
    doc.f(", brasileir«o», «ec», «pr»", o=p.o, ec=g.pick(["solteir" + p.o, "casad" + p.o, "divorciad" + p.o, "em união estável"]),
          pr=g.pick(["cozinheir" + p.o, "garçom" if not p.female else "garçonete", "auxiliar de cozinha", "chapeir" + p.o,
                     "confeiteir" + p.o, "empresári" + p.o, "copeir" + p.o, "pizzaiolo", "comerciante"]))
    if dob:
        doc.f(", nascid«o» em «d»", o=p.o, d=(g.dob(g.pick(["br", "long"]), 1960, 2004), "DATE_OF_BIRTH"))
    if rg and g.chance(0.75):
        doc.f(", portador«a» do RG nº «rg» «org»", a="a" if p.female else "", rg=(g.rg(), "BR_RG"), org=g.pick(["SSP/SP", "SSP/CE", "SDS/PE", "SESP/PR"]))
    elif rg:
        doc.f(", portador«a» da CNH nº «cnh»", a="a" if p.female else "", cnh=(g.cnh(), "BR_CNH"))
    doc.f(", inscrit«o» no CPF sob o nº «c»", o=p.o, c=(g.cpf("dot"), "BR_CPF"))
    if titulo:
        doc.f(", título de eleitor «t»", t=(g.titulo(), "BR_TITULO_ELEITOR"))
    if pis:
        doc.f(", PIS «p»", p=(g.pis(), "BR_PIS"))
    doc.f(", residente e domiciliad«o» na «ad», «b», «ci», CEP «cep»", o=p.o, ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS),
          ci="/".join(g.city()), cep=(g.cep(), "BR_CEP"))


def ju_reclamatoria(g: Gen) -> Doc:
    """Labour claim of a cook or waiter against a restaurant: tips (gorjeta) not shared, unpaid overtime, no hazard pay."""
    doc = Doc()
    w = g.person()
    rest = g.pick(RESTAURANTS)
    owner = g.person()
    lawyer = g.person()
    city, uf = g.city()
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) JUIZ(A) DA «n»ª VARA DO TRABALHO DE «c»/«uf»\n\n", n=g.ri(1, 14), c=fold(city).upper(), uf=uf)
    qualif(g, doc, w, caps=g.chance(0.5), pis=True, dob=g.chance(0.4), titulo=g.chance(0.5))
    doc.f(", e-mail «e», telefone «t», por seu advogado que esta subscreve, vem propor\n\nRECLAMAÇÃO TRABALHISTA\n\nem face de «r» "
          "(nome empresarial «rs»), CNPJ «cnpj», na pessoa de seu sócio «o», CPF «oc», pelos fatos a seguir.\n\n",
          e=(g.email(w), "EMAIL_ADDRESS"), t=(g.phone(), "PHONE_NUMBER"), r=rest, rs=fold(owner.last).upper() + " & " + g.pick(["CIA", "FILHOS"]) + " COMERCIO DE ALIMENTOS LTDA",
          cnpj=(g.any_cnpj(), "BR_CNPJ"), o=P(owner.full), oc=(g.cpf(), "BR_CPF"))
    adm = g.day()
    doc.f("1. A reclamante foi admitida em «a» como «f», com salário de R$ «s», e dispensada sem justa causa em «d». ".replace("A reclamante", "O reclamante" if not w.female else "A reclamante"),
          a=dbr(g.after(adm, -900, -200)), f=g.pick(ROLES_KITCHEN), s=g.money(1500, 2600), d=dbr(adm))
    doc.f("As gorjetas (10% de serviço) eram retidas pelo gerente «g» e não constavam dos contracheques, em afronta à Lei 13.419/2017. "
          "A jornada era das 10h às 23h, com folga quinzenal, conforme escala assinada pela supervisora «s».\n\n",
          g=P(g.pick([g.person().full, g.person().first])), s=P(g.person(female=True).full))
    doc.f("2. A cozinha não tinha exaustão adequada e a reclamante trabalhava junto à câmara fria sem EPI (NR-36 por analogia).\n\n".replace(
        "a reclamante", "o reclamante" if not w.female else "a reclamante"))
    doc.f("3. Cita-se o precedente no processo «cnj» (TRT da «r»ª Região).\n\nROL DE TESTEMUNHAS: ", cnj=g.cnj("5." + f"{g.ri(1, 24):02d}"), r=g.ri(1, 24))
    wits = [g.person() for _ in range(g.ri(2, 3))]
    for k, p in enumerate(wits):
        doc.t("; " if k else "")
        doc.f("«n», CPF «c», «t»", n=P(p.full), c=(g.cpf(), "BR_CPF"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.f(".\n\nDá-se à causa o valor de R$ «v».\n\n«c», «d».\n\n«l»\n«oab»\n«le»\n", v=g.money(15000, 90000), c=city, d=dbr(g.after(adm, 20, 300), "long"),
          l=P(g.pick([lawyer.full, lawyer.caps])), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"), le=(g.email(lawyer, "adv.br"), "EMAIL_ADDRESS"))
    return doc


def ju_auto_infracao(g: Gen) -> Doc:
    """An OCR'd sanitary infraction notice (auto de infração) of the municipal VISA against a restaurant or bakery."""
    doc = Doc()
    rest = g.pick(RESTAURANTS + CATERERS)
    owner = g.person()
    rt = g.person(female=g.chance(0.7))
    fiscais = [g.person() for _ in range(2)]
    rec = g.pick([owner, g.person()])
    city, uf = g.city()
    day = g.day()
    O = lambda s: ocr(s, g, 0.35)
    doc.t(ocr_t(f"PREFEITURA MUNICIPAL DE {fold(city).upper()}\nSECRETARIA DE SAUDE — VIGILANCIA SANITARIA\n\nAUTO DE INFRACAO SANITARIA N° ", g))
    doc.f("«n»/«y»   SERIE «s»\n\n", n=g.ri(100, 9999), y=day.year, s=g.up(1))
    doc.f(ocr_t("ESTABELECIMENTO: «r»\nCNPJ: «cnpj»   ALVARA SANITARIO N° «al» (vencido em «v»)\nENDERECO: «ad» — «b»\n", g),
          r=O(fold(rest).upper()), cnpj=(g.cnpj(), "BR_CNPJ"), al=f"{g.d(4)}/{day.year - g.ri(0, 2)}", v=dbr(g.after(day, -400, -10)),
          ad=V(O(g.address("caps"))), b=fold(g.pick(BAIRROS)).upper())
    has_rt = g.chance(0.8)
    doc.f(ocr_t("RESPONSAVEL LEGAL: «o»  CPF «oc»  TEL «t»  E-MAIL «em»\nRESPONSAVEL TECNICO(A): «rt»  «crn»\n\n", g),
          o=P(O(owner.capsf)), oc=(g.cpf(), "BR_CPF"), em=(g.email(owner).upper() if g.chance(0.5) else g.email(owner), "EMAIL_ADDRESS"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"),
          rt=P(O(rt.capsf)) if has_rt else V("NAO POSSUI"), crn=(g.council("CRN"), "PROFESSIONAL_ID") if has_rt else V(""))
    doc.t(ocr_t("Em inspecao realizada nesta data, motivada por denuncia e por investigacao de surto de DTA (protocolo ", g))
    doc.f("«p»), constataram-se as seguintes irregularidades, em desacordo com a RDC ANVISA 216/2004 e a Lei 6.437/1977:\n", p=g.protocol())
    for k, irr in enumerate(g.sample(IRREGULARITIES, g.ri(3, 5))):
        doc.t(f"  {k + 1}) " + O(fold(irr).upper()) + "\n")
    doc.f(ocr_t("\nPENALIDADE: multa de R$ «m» e interdicao parcial da cozinha. Prazo de defesa: 15 dias.\n\n", g), m=g.money(1500, 30000))
    doc.t(ocr_t("FISCAIS: ", g))
    for k, f in enumerate(fiscais):
        doc.t(" / " if k else "")
        doc.f("«n» MAT. «m»", n=P(O(f.capsf)), m=g.d(6))
    if g.chance(0.5):
        doc.f(ocr_t(" — MEDICO VETERINARIO «v» «crmv»", g), v=P(O(g.person().capsf)), crmv=(g.council("CRMV", uf), "PROFESSIONAL_ID"))
    doc.f(ocr_t("\n\nRECEBI A 1a VIA EM «d»: «r»  RG «rg»\n(assinatura ilegivel)\n", g), d=dbr(day), r=P(O(rec.capsf)), rg=(g.rg(), "BR_RG"))
    return doc


def ju_ata_audiencia(g: Gen) -> Doc:
    """Minutes of a labour-court conciliation hearing: waiter or cook vs. bar/restaurant; agreement paid to an account or Pix."""
    doc = Doc()
    w = g.person()
    rest = g.pick(RESTAURANTS)
    judge = g.person()
    prep = g.person()
    lw, lr = g.person(), g.person()
    day = g.day()
    doc.f("PODER JUDICIÁRIO — JUSTIÇA DO TRABALHO\nTRT da «r»ª Região — CEJUSC-JT de 1º grau\n\nATA DE AUDIÊNCIA\nProcesso: ATOrd «cnj»\n"
          "Reclamante: «w»\nReclamado: «rs» (nome fantasia «rest»)\n\n", r=g.ri(1, 24), cnj=g.cnj("5." + f"{g.ri(1, 24):02d}"),
          w=P(g.pick([w.caps, w.full])), rs=fold(g.pick(PT_SUR + RARE_SUR)).upper() + " BAR E RESTAURANTE LTDA", rest=rest)
    doc.f("Aos «d», às «h», sob a condução do(a) conciliador(a) «j», presentes o(a) reclamante, acompanhado(a) de seu advogado, Dr(a). «lw» («olw»), "
          "e o(a) preposto(a) «p», CPF «pc», acompanhado(a) do(a) advogado(a) «lr» («olr»).\n\n",
          d=dbr(day, "long"), h=g.hm(), j=P(judge.full), lw=P(lw.full), olw=(g.council("OAB"), "PROFESSIONAL_ID"), p=P(prep.full),
          pc=(g.cpf(), "BR_CPF"), lr=P(lr.full), olr=(g.council("OAB"), "PROFESSIONAL_ID"))
    if g.chance(0.75):
        n = g.ri(2, 6)
        doc.f("CONCILIAÇÃO: as partes se conciliaram pelo valor líquido de R$ «v», em «n» parcelas mensais, a primeira em «p1», mediante ",
              v=g.money(4000, 40000), n=n, p1=dbr(g.after(day, 10, 30)))
        if g.chance(0.5):
            doc.f("depósito na conta do(a) reclamante: «bk», agência «ag», conta «cc», de titularidade de «t»",
                  bk=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), t=P(g.pick([w.full, w.short])))
        else:
            doc.f("Pix para a chave aleatória «k», cadastrada em nome do(a) reclamante", k=(g.uuid(), "PIX_KEY"))
        doc.t(". O acordo abrange as gorjetas retidas e as horas extras; a reclamada anotará a CTPS digital. Multa de 50% por atraso.\n")
    else:
        doc.f("Conciliação recusada. Testemunha da reclamada: «t», chapeiro, RG «rg». Designada instrução para «d».\n",
              t=P(g.person(female=False).full), rg=(g.rg(), "BR_RG"), d=dbr(g.after(day, 40, 120)))
    sec = g.person()
    doc.f("\nNada mais. Eu, «s», secretári«o» de audiência, digitei.\n", s=P(g.pick([sec.full, sec.short])), o=sec.o)
    return doc


def ju_defesa(g: Gen) -> Doc:
    """Administrative defence against a sanitary fine after a food-poisoning outbreak (legal prose)."""
    doc = Doc()
    rest = g.pick(CATERERS + RESTAURANTS)
    owner = g.person()
    rt = g.person(female=True)
    lawyer = g.person()
    city, uf = g.city()
    day = g.day()
    ag, cid = g.pick(AGENTS)
    doc.f("ILUSTRÍSSIMO(A) SENHOR(A) COORDENADOR(A) DA VIGILÂNCIA SANITÁRIA DE «c»\n\nAuto de Infração nº «ai» — Processo administrativo «pa»\n\n",
          c=fold(city).upper(), ai=f"{g.ri(100, 9999)}/{day.year}", pa=f"{g.d(5)}.{g.d(6)}/{day.year}")
    doc.f("«r», inscrita no CNPJ sob o nº «cnpj», com sede na «sd», neste ato representada por seu sócio-administrador ", r=rest,
          cnpj=(g.any_cnpj(), "BR_CNPJ"), sd=g.pick(["Avenida Prudente de Morais, 1200", "Rua Barão de Mauá, 45, loja 3", "Av. Bento Gonçalves, 3010"]))
    qualif(g, doc, owner, rg=g.chance(0.6), titulo=g.chance(0.3))
    doc.f(", por seu procurador «l» («oab»), apresenta DEFESA, pelos motivos a seguir.\n\n", l=P(lawyer.full), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    doc.f("1. O surto investigado pela Vigilância Epidemiológica (notificação de «d») envolveu «n» comensais de um evento e o agente apontado foi «ag» "
          "(CID-10 «cid»). Não há nexo com o «dish» produzido pela defendente, cujas amostras de contraprova foram satisfatórias.\n"
          "2. A responsável técnica, nutricionista «rt» («crn»), mantinha as planilhas de temperatura, assinadas pela cozinheira-chefe «cc».\n"
          "3. O Termo de Coleta foi assinado pelo fiscal «f» sem a presença do responsável, e o lacre nº «lc» não confere.\n\n",
          d=dbr(g.after(day, -60, -20)), n=g.ri(8, 120), ag=ag, cid=cid, dish=g.pick(DISHES), rt=P(g.pick([rt.full, rt.caps])),
          crn=(g.council("CRN"), "PROFESSIONAL_ID"), cc=P(g.person(female=True).full), f=P(g.person().full), lc=g.d(7))
    doc.f("Requer a anulação do auto ou a conversão em advertência (Lei 6.437/1977, art. 2º). Documentos anexos: laudos do LACEN; "
          "ASOs dos manipuladores; certificado de controle de pragas da Leão Dedetizadora Ltda.\n\n«c», «d».\n\n«l»\n«oab»\nTel. «t» · «le»\n", le=(g.email(lawyer, "adv.br"), "EMAIL_ADDRESS"),
          c=city, d=dbr(day, "long"), l=P(g.pick([lawyer.caps, lawyer.full])), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"),
          t=(g.phone(g.pick(["par", "plain"]), mobile=False), "PHONE_NUMBER"))
    return doc


def ju_indenizacao(g: Gen) -> Doc:
    """Small-claims petition for food poisoning against a delivery platform and a dark kitchen."""
    doc = Doc()
    a = g.person()
    kid = g.relative(a)
    plat = g.pick(PLATFORMS)
    rest = g.pick(RESTAURANTS)
    lawyer = g.person()
    doc_ = g.person()
    city, uf = g.city()
    day = g.day()
    doc.f("AO JUÍZO DO «n»º JUIZADO ESPECIAL CÍVEL DA COMARCA DE «c»\n\n", n=g.ri(1, 9), c=fold(city).upper())
    qualif(g, doc, a, caps=g.chance(0.4), dob=g.chance(0.35))
    doc.f(", e-mail «e», celular «t»", e=(g.email(a), "EMAIL_ADDRESS"), t=(g.phone(), "PHONE_NUMBER"))
    doc.f(", por si e representando seu filho menor «k», nascido em «kd», vem ajuizar AÇÃO DE INDENIZAÇÃO POR DANOS MORAIS E MATERIAIS em face de "
          "«p» SERVIÇOS DE ENTREGA LTDA., CNPJ «c1», e de «r», CNPJ «c2».\n\n", k=P(kid.full), kd=(g.dob(g.pick(["br", "long"]), 2010, 2022), "DATE_OF_BIRTH"),
          p=plat.upper(), c1=(g.any_cnpj(), "BR_CNPJ"), r=rest, c2=(g.any_cnpj(), "BR_CNPJ"))
    doc.f("DOS FATOS\nEm «d», a autora pediu pelo aplicativo («o») um «dish». Horas depois, ela e o filho apresentaram vômitos e diarreia e foram "
          "atendidos no «h» pelo Dr. «m» («crm»), que diagnosticou intoxicação alimentar (CID-10 A05.9). A coprocultura do menor, "
          "colhida pelo biomédico «b» («crbm»), isolou Salmonella spp. A Vigilância Epidemiológica (notificação SINAN nº «sn») confirmou outros "
          "«x» casos ligados ao mesmo estabelecimento.\n\n".replace("a autora", "a autora" if a.female else "o autor").replace("ela e o filho", "ela e o filho" if a.female else "ele e o filho"),
          d=dbr(day), o=f"pedido #{g.d(9)}", dish=g.pick(DISHES), h=g.pick(HOSPITALS), m=P(doc_.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          b=P(g.person().full), crbm=(g.council("CRBM"), "PROFESSIONAL_ID"), sn=g.d(7), x=g.ri(3, 30))
    doc.f("DO DIREITO\nResponsabilidade objetiva e solidária (Lei 8.078/1990, arts. 12 e 14; Súmula 479 do STJ por analogia). Precedente: «cnj».\n\n"
          "DOS PEDIDOS\nDanos materiais de R$ «v1» e morais de R$ «v2». Valor da causa: R$ «v3».\n\n«l» — «oab»\n",
          cnj=g.cnj(), v1=g.money(200, 2500), v2=g.money(5000, 20000), v3=g.money(8000, 28000), l=P(lawyer.full),
          oab=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    return doc


def ju_lgpd(g: Gen) -> Doc:
    """LGPD access request (art. 18) to a restaurant chain's loyalty club and the DPO's answer with the JSON export."""
    doc = Doc()
    chain = g.pick(RESTAURANTS)
    dom = rest_dom(chain)
    c = g.person()
    dpo = g.person()
    day = g.day()
    doc.f("De: «n» <«e»>\nPara: privacidade@«dom»\nData: «d»\nAssunto: Solicitação de acesso — LGPD art. 18\n\nOlá. Com base na Lei 13.709/2018, "
          "solicito cópia de todos os dados que o Clube «ch» mantém sobre mim, CPF «cpf».\n«f»\n\n",
          n=P(c.full), e=(g.email(c), "EMAIL_ADDRESS"), dom=dom, d=dbr(day), ch=chain, cpf=(g.cpf(), "BR_CPF"), f=P(c.first))
    doc.f("---\nDe: «p» (Encarregada/DPO) <«pe»>\nData: «d»\n\nPrezad«o» «n», segue a exportação:\n\n", p=P(dpo.full),
          pe=(corp_mail(dpo, dom), "EMAIL_ADDRESS"), d=dbr(g.after(day, 3, 14)), o=c.o, n=P(c.first))
    data = {"titular": {"nome": P(c.full), "cpf": (g.cpf("raw"), "BR_CPF"), "nascimento": (g.dob("iso"), "DATE_OF_BIRTH"),
                        "celular": (g.phone("e164"), "PHONE_NUMBER"), "email": (g.email(c), "EMAIL_ADDRESS")},
            "enderecos_entrega": [(g.address(), "ADDRESS") for _ in range(g.ri(1, 2))],
            "cep_principal": (g.cep(), "BR_CEP"),
            "preferencias": {"restricoes": g.sample(ALLERGENS, g.ri(0, 2)), "prato_favorito": g.pick(DISHES)},
            "cartoes": [g.masked_card()],
            "acessos_app": [{"ts": ts(t, "iso"), "ip": ip_any(g, 0.85)} for t in g.moments(g.ri(2, 4), g.after(day, -60, -1), 30)],
            "reservas": [{"data": dbr(g.after(day, -300, -5), "iso"), "pessoas": g.ri(2, 8), "unidade": g.pick(["Centro", "Shopping Aurora", "Vila Rosa"])}]}
    if g.chance(0.5):
        data["dependentes"] = [{"nome": P(g.relative(c).first), "nascimento": (g.dob("iso", 2008, 2022), "DATE_OF_BIRTH")}]
    jval(doc, data, 0)
    doc.f("\n\nNão compartilhamos seus dados com terceiros, exceto o processador de pagamentos e a plataforma de reservas. Para eliminação, responda este "
          "e-mail.\n«p»\n", p=P(g.pick([dpo.first, dpo.short])))
    return doc


def ju_contrato(g: Gen) -> Doc:
    """School- or hospital-meal supply contract between a municipality and a caterer, with the e-signature log."""
    doc = Doc()
    cat = g.pick(CATERERS)
    rep = g.person()
    sec = g.person()
    nut = g.person(female=True)
    wits = [g.person(), g.person()]
    city, uf = g.city()
    day = g.day()
    kind = g.pick(["alimentação escolar (PNAE) para 38 unidades", "nutrição e dietética do Hospital Municipal", "refeições para o restaurante popular"])
    doc.f("CONTRATO Nº «n»/«y» — PREGÃO ELETRÔNICO Nº «pe»/«y»\n\nCONTRATANTE: MUNICÍPIO DE «c», neste ato representado pel«o» Secretári«o» «s», CPF «sc».\n"
          "CONTRATADA: «cat», CNPJ «cnpj», representada por ", n=g.ri(10, 300), y=day.year, pe=g.ri(1, 99), c=fold(city).upper(), o=sec.o,
          s=P(sec.full), sc=(g.cpf(), "BR_CPF"), cat=cat, cnpj=(g.any_cnpj(), "BR_CNPJ"))
    qualif(g, doc, rep, rg=True, titulo=g.chance(0.6))
    doc.f(".\n\nCLÁUSULA PRIMEIRA — OBJETO: fornecimento de «k», conforme Lei 14.133/2021 e Resolução FNDE nº 06/2020.\n"
          "CLÁUSULA QUINTA — A responsável técnica será a nutricionista «nu» («crn»), e-mail «ne», telefone «nt».\n"
          "CLÁUSULA OITAVA — Pagamentos em conta da CONTRATADA no «bk», agência «ag», conta «cc».\n\n",
          k=kind, nu=P(nut.full), crn=(g.council("CRN", uf), "PROFESSIONAL_ID"), ne=(corp_mail(nut, rest_dom(cat)), "EMAIL_ADDRESS"),
          nt=(g.phone(), "PHONE_NUMBER"), bk=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    doc.t("Testemunhas: ")
    for k, p in enumerate(wits):
        doc.t("; " if k else "")
        doc.f("«n», CPF «c»", n=P(p.full), c=(g.cpf(), "BR_CPF"))
    doc.f("\n\n--- Registro de assinaturas eletrônicas (envelope «u») ---\n", u=g.uuid())
    for p, t in zip([sec, rep, nut] + wits, g.moments(5, day, 3, (8, 20))):
        if g.chance(0.3):
            doc.f("«t»  assinado por «n» <«e»>  IP «ip»\n", t=ts(t, "brs"), n=P(p.full), e=(g.email(p), "EMAIL_ADDRESS"), ip=ip_any(g, 0.8))
        else:
            doc.f("«t»  assinado por «e»  IP «ip»\n", t=ts(t, "brs"), e=(g.email(p), "EMAIL_ADDRESS"), ip=ip_any(g, 0.8))
    return doc


JU = [ju_reclamatoria, ju_auto_infracao, ju_ata_audiencia, ju_defesa, ju_indenizacao, ju_lgpd, ju_contrato]


# =========================================================================== saude


def sa_aso(g: Gen) -> Doc:
    """ASO of a food handler (admission / periodic): stool and nail exams, fit or unfit for handling food."""
    doc = Doc()
    w = g.person()
    emp = g.pick(RESTAURANTS + CATERERS)
    clinic = g.pick(["Clínica OcupaMed", "MedTrab Sertão", "Centro de Medicina do Trabalho Vitória", "Clínica Rosa Branca de Saúde Ocupacional"])
    dr = g.person()
    bio = g.person()
    day = g.day()
    uf = g.pick(UFS)
    doc.f("«cl»\nATESTADO DE SAÚDE OCUPACIONAL (NR-7)   Tipo: «tp»   Data: «d»\n\n", cl=clinic.upper(),
          tp=g.pick(["ADMISSIONAL", "PERIÓDICO", "RETORNO AO TRABALHO", "MUDANÇA DE FUNÇÃO"]), d=dbr(day))
    fields = [("Empresa", V(emp)), ("CNPJ", (g.any_cnpj(), "BR_CNPJ")), ("Trabalhador(a)", P(g.pick([w.full, w.caps]))),
              ("CPF", (g.cpf(), "BR_CPF")), ("RG", (g.rg(), "BR_RG")), ("NIT/PIS", (g.pis(), "BR_PIS")),
              ("Nascimento", (g.dob(g.pick(["br", "nopad", "short"]), 1960, 2006), "DATE_OF_BIRTH")), ("Função", V(g.pick(ROLES_KITCHEN))),
              ("Setor", V(g.pick(["cozinha quente", "confeitaria", "salão", "copa", "estoque", "açougue"])))]
    if g.chance(0.4):
        fields.append(("Cartão SUS", (g.cns(), "BR_CNS")))
    kv_block(g, doc, fields, g.pick(["box", "dots", "lines"]))
    doc.t("\nRiscos: biológico (manipulação de alimentos), físico (calor, frio da câmara), ergonômico (postura em pé)\nExames complementares:\n")
    unfit = g.chance(0.25)
    exams = [("Coprocultura", "negativa" if not unfit else "positiva para Salmonella spp."), ("Parasitológico de fezes (3 amostras)",
             g.pick(["negativo", "negativo", "Giardia lamblia: presente"])), ("Micológico de unhas", g.pick(["negativo", "negativo"])),
             ("Hemograma", "sem alterações")]
    for e, r in exams:
        doc.t(f"  - {e}: {r}\n")
    doc.f("Laudos laboratoriais assinados por «b» («crbm»).\n\n", b=P(bio.full), crbm=(g.council(g.pick(["CRBM", "CRF"]), uf), "PROFESSIONAL_ID"))
    doc.f("CONCLUSÃO: «c»\n\nMédico(a) examinador(a): «m» — «crm»\n", c="INAPTO temporariamente para manipular alimentos; tratamento e nova coprocultura em 30 dias"
          if unfit else "APTO para a função", m=P(g.pick([dr.full, dr.caps])), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    if g.chance(0.5):
        co = g.person()
        doc.f("Coordenador(a) do PCMSO: «n» — «crm» — «e»\n", n=P(co.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"),
              e=(corp_mail(co, rest_dom(clinic)), "EMAIL_ADDRESS"))
    doc.f("Recebi a 2ª via: ________ «n»\n", n=P(g.pick([w.short, w.full])))
    return doc


def sa_lista_casos(g: Gen) -> Doc:
    """VE outbreak line list (semicolon CSV) with the investigating nurse's note."""
    doc = Doc()
    city, uf = g.city()
    ev = g.pick(["festa de casamento no Buffet Glória Eventos", "merenda da EMEF Professora Zuleica Bezerril", "almoço de confraternização da Metalúrgica Aurora",
                 "marmitas da Marmitaria Serra Branca Ltda.", "aniversário com bolo da Confeitaria Flor de Lis", "restaurante do Hospital São Bento"])
    day = g.day()
    ag, cid = g.pick(AGENTS)
    nurse = g.person(female=g.chance(0.75))
    doc.f("SECRETARIA MUNICIPAL DE SAÚDE DE «c»/«uf» — VIGILÂNCIA EPIDEMIOLÓGICA\nSurto de DTA — «ev» — exposição em «d»\nExportação da planilha de casos ("
          "SINAN NET surto nº «n»)\n\n", c=fold(city).upper(), uf=uf, ev=ev, d=dbr(day), n=g.d(7))
    cols = ["id", "nome", "nasc", "sexo", "cns", "telefone", "endereco", "cep", "inicio_sintomas", "sintomas", "atendimento", "coleta"]
    doc.t(";".join(cols) + "\n")
    n = g.ri(4, 6)
    for k in range(n):
        p = g.person()
        t = g.moments(1, day, 2)[0]
        row = [V(str(k + 1)), P(g.pick([p.capsf, p.full, p.capsf])), (g.dob("br", 1940, 2020), "DATE_OF_BIRTH"), V("F" if p.female else "M"),
               (g.cns(False), "BR_CNS") if g.chance(0.7) else V(""), (g.phone(g.pick(["raw", "plain", "par"])), "PHONE_NUMBER") if g.chance(0.85) else V("sem tel"),
               (g.address(g.pick(["caps", "text"])), "ADDRESS"), (g.cep(g.chance(0.7)), "BR_CEP") if g.chance(0.8) else V(""), V(ts(t, "br")), V("|".join(g.sample(SYMPTOMS, g.ri(1, 4)))),
               V(g.pick(["UPA", "UBS", "internado " + g.pick(HOSPITALS).split(" ")[0], "não procurou", "hospital particular"])),
               V(g.pick(["fezes", "não", "vômito", "fezes+sangue"]))]
        for j, (v, lab) in enumerate(row):
            if j:
                doc.t(";")
            if ";" in v:
                v = v.replace(";", ",")
            if v:
                doc.e(v, lab)
        doc.t("\n")
    doc.f("\nNota da investigadora/do investigador («n», «coren», «e»): taxa de ataque de «ta»% entre os «x» expostos entrevistados; agente suspeito «ag» "
          "(CID-10 «cid»); alimento suspeito «dish». Amostras enviadas ao LACEN em «de». Contato do responsável pelo evento: «r», «t».\n",
          n=P(nurse.full), coren=(g.council("COREN", uf), "PROFESSIONAL_ID"), e=(corp_mail(nurse, "saude." + fold(city).lower().replace(" ", "") + "." + uf.lower() + ".gov.br"), "EMAIL_ADDRESS"),
          ta=g.ri(30, 85), x=g.ri(15, 180), ag=ag, cid=cid, dish=g.pick(DISHES), de=dbr(g.after(day, 1, 4)), r=P(g.person().full),
          t=(g.phone(), "PHONE_NUMBER"))
    return doc


def sa_entrevista(g: Gen) -> Doc:
    """Food-history interview (inquérito alimentar) of an outbreak case, sometimes answered by the mother."""
    doc = Doc()
    case = g.person()
    minor = g.chance(0.4)
    inf = g.person(female=True) if minor else case
    if minor:
        inf = Person(inf.given, inf.surnames[:1] + [case.last], True)
    intv = g.person()
    day = g.day()
    doc.f("FICHA DE INVESTIGAÇÃO DE SURTO DE DTA — INQUÉRITO COLETIVO\nEntrevista nº «n»   Data: «d»   Entrevistador(a): «i» (mat. «m»)\n\n",
          n=g.ri(1, 90), d=dbr(g.after(day, 1, 4)), i=P(g.pick([intv.full, intv.short])), m=g.d(5))
    doc.f("1. Nome do caso: «n»\n2. Data de nascimento: «dn»   Idade: «id»   Sexo: «s»\n3. Cartão SUS: «cns»\n4. Endereço: «ad»   Bairro: «b»   CEP: «cep»\n"
          "5. Telefone: «t»\n", n=P(g.pick([case.full, case.caps])), dn=(g.dob(g.pick(["br", "nopad"]), 2010 if minor else 1945, 2020 if minor else 2005), "DATE_OF_BIRTH"),
          id="__", s="F" if case.female else "M", cns=(g.cns(), "BR_CNS"), ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), cep=(g.cep(), "BR_CEP"),
          t=(g.phone(), "PHONE_NUMBER"))
    if minor:
        doc.f("6. Informante: «n» (mãe)   CPF «c»\n", n=P(inf.full), c=(g.cpf(), "BR_CPF"))
    else:
        doc.t("6. Informante: o próprio\n")
    doc.t("7. Alimentos consumidos na refeição suspeita (S = sim, N = não, NS = não sabe)\n")
    for dish in g.sample(DISHES, 6):
        doc.t(f"   [{g.pick(['S', 'S', 'N', 'NS'])}] {dish}\n")
    doc.f("8. Sintomas: «s»   Início: «i»\n9. Atendimento: «h», médico(a) «m» («crm»)\n10. Coleta de amostra clínica: «c»\n",
          s=", ".join(g.sample(SYMPTOMS, 3)), i=ts(g.moments(1, day, 1)[0], "br"), h=g.pick(HOSPITALS), m=P(g.person().full),
          crm=(g.council("CRM"), "PROFESSIONAL_ID"), c=g.pick(["sim, fezes in natura", "não", "swab retal"]))
    doc.t("Observações: ")
    o = g.pick(["Refere que a salada ficou exposta no sol por cerca de 3 horas. A tia «r», que não comeu a maionese, não adoeceu.\n",
                "Relata que o garçom «w» serviu o mesmo prato para a mesa do prefeito.\n",
                "Família de quatro pessoas, só o caso consumiu o frango. Cozinheira do evento: «w».\n",
                "Informante com celular sem crédito; contato alternativo com a vizinha «r», «t».\n"])
    doc.f(o, r=P(g.pick(["Rosa", "Luz", "Flor", g.person(female=True).first])), w=P(g.pick([g.person().first, g.person().full])),
          t=(g.phone(g.pick(["plain", "par"])), "PHONE_NUMBER"))
    return doc


def sa_laudo(g: Gen) -> Doc:
    """LACEN fixed-width lab report: food samples and patients' stool samples (names cut at the field width)."""
    doc = Doc()
    city, uf = g.city()
    day = g.day()
    ag, cid = g.pick(AGENTS)
    ph = g.person()
    doc.f("LACEN-«uf» — LABORATÓRIO CENTRAL DE SAÚDE PÚBLICA\nRELATÓRIO DE ENSAIOS — SURTO «n» — «c»   Emissão: «d»\n\n", uf=uf, n=g.d(6),
          c=fold(city).upper(), d=dbr(g.after(day, 5, 15)))
    doc.t("AMOSTRAS BROMATOLÓGICAS\nREG       PRODUTO                    ORIGEM                         RESULTADO\n")
    for _ in range(g.ri(2, 3)):
        doc.t(f"{g.d(8)}  {fold(g.pick(DISHES)).upper()[:25]:<25}  {fold(g.pick(RESTAURANTS + CATERERS)).upper()[:29]:<29}  "
              f"{g.pick(['SATISFATORIA', 'INSATISFATORIA', ag.split(' (')[0].upper() + ' > 10^5 UFC/g'])}\n")
    doc.t("\nAMOSTRAS CLÍNICAS\n")
    widths = [8, 26, 10, 15, 20]
    doc.t(" ".join(h.ljust(w) for h, w in zip(["REG", "PACIENTE", "NASC", "CNS", "RESULTADO"], widths)).rstrip() + "\n")
    for _ in range(g.ri(3, 5)):
        p = g.person()
        doc.cell(g.d(8), widths[0])
        doc.t(" ")
        doc.cell(cut(g.pick([p.capsf, p.inverted]), widths[1]), widths[1], "PERSON")
        doc.t(" ")
        doc.cell(g.dob("br", 1940, 2020), widths[2], "DATE_OF_BIRTH")
        doc.t(" ")
        if g.chance(0.8):
            doc.cell(g.cns(False), widths[3], "BR_CNS")
        else:
            doc.cell("-", widths[3])
        doc.t(" ")
        doc.t(g.pick(["POSITIVO " + ag.split(" ")[0].upper()[:11], "NEGATIVO", "NEGATIVO", "NORO GII DETECT"]) + "\n")
    doc.f("\nMétodos: ISO 6579-1; RT-PCR. Liberado por «p» — «crf»\nSolicitante: «s» (VE municipal), «e»\n", p=P(g.pick([ph.full, ph.caps])),
          crf=(g.council(g.pick(["CRF", "CRBM"]), uf), "PROFESSIONAL_ID"), s=P(g.person().full), e=V("cievs@saude." + fold(city).lower().replace(" ", "") + ".gov.br"))
    return doc


def sa_whatsapp_ve(g: Gen) -> Doc:
    """WhatsApp group of the municipal VE/VISA team during an outbreak."""
    doc = Doc()
    team = [g.person() for _ in range(4)]
    day = g.day()
    ios = g.chance(0.5)
    moms = iter(g.moments(13, day, 2, (6, 23)))
    names = [g.pick([p.first, p.short, p.first + " VE", p.first + " VISA"]) for p in team]
    by_num = [g.chance(0.75) for _ in team]
    nums = [g.phone("wa") for _ in team]
    doc.t("Grupo \"VE/VISA — surto " + g.pick(["escola", "casamento", "marmitas", "hospital"]) + "\"\n")

    def line(k: int, msg: str, **kw) -> None:
        t = next(moms)
        doc.t(ts(t, "waios") + " " if ios else ts(t, "wa") + " - ")
        if by_num[k]:
            doc.e(nums[k], "PHONE_NUMBER")
        else:
            nm = names[k]
            base = nm.split(" VE")[0].split(" VISA")[0]
            doc.e(base, "PERSON")
            doc.t(nm[len(base):])
        doc.t(": ")
        doc.f(msg, **kw)
        doc.t("\n")

    p1, p2 = g.person(), g.person()
    line(0, "gente, UPA notificou mais 3 casos de diarreia com vômito, todos comeram no «r» ontem", r=g.pick(RESTAURANTS))
    line(1, "passa os nomes")
    line(0, "«a» CNS «ca», «b» (menor, mãe «m» tel «t») e um senhor que não quis se identificar",
         a=P(g.pick([p1.full, p1.capsf])), ca=(g.cns(), "BR_CNS"), b=P(p2.full), m=P(g.relative(p2, True).full), t=(g.phone(g.pick(["plain", "raw"])), "PHONE_NUMBER"))
    line(2, "vou lá com «a» «c» agora, carro da VISA placa «p»", c=P(team[3].first), a=team[3].o, p=(g.plate(), "LICENSE_PLATE"))
    line(3, "o dono é o «o», celular «t». já avisei que vamos coletar", o=P(g.pick([g.person(female=False).full, g.person(female=False).nick])),
         t=(g.phone(g.pick(["plain", "par"])), "PHONE_NUMBER"))
    line(1, "a pediatra do «h» pediu coprocultura de todos", h=g.pick(HOSPITALS))
    line(2, "<Mídia oculta>" if not ios else "‎imagem ocultada")
    line(2, "câmara fria a 11 graus. maionese caseira feita com ovo cru. cozinheiro «c» disse que tava com diarreia semana passada e trabalhou",
         c=P(g.pick([g.person(female=False).first, g.person(female=False).nick])))
    line(3, "coletei 4 amostras, lacres «l1» a «l2». termo assinado pelo gerente «g» RG «rg»", l1=g.d(6), l2=g.d(6),
         g=P(g.person().full), rg=(g.rg(), "BR_RG"))
    line(0, "internaram a «a» no «h», CPF dela «c» pra SINAN", a=P(p1.first), h=g.pick(HOSPITALS), c=(g.cpf(), "BR_CPF"))
    line(1, "ok, notifiquei no SINAN. mandem as fichas por email pra mim: «e»", e=(corp_mail(team[1], "saude.gov.br" if g.chance(0.2) else "prefeitura.gov.br"), "EMAIL_ADDRESS"))
    line(3, "interditamos a cozinha, auto nº «n»", n=f"{g.ri(100, 999)}/{day.year}")
    line(0, "👏👏 obrigada equipe, foi uma vitória achar a fonte rápido")
    return doc


def sa_nsp(g: Gen) -> Doc:
    """Hospital kitchen (SND) patient-safety notification: an allergic patient received the wrong tray (Markdown)."""
    doc = Doc()
    pt = g.person()
    hosp = g.pick(HOSPITALS)
    nut = g.person(female=True)
    nurse = g.person()
    dr = g.person()
    cop = g.person(female=True)
    day = g.day()
    al = g.pick(ALLERGENS)
    doc.f("# Notificação de incidente — Núcleo de Segurança do Paciente\n\n**Unidade:** «h» — «s»  \n**Data do evento:** «d» «hm»  \n**Classificação:** «c»\n\n",
          h=hosp, s=g.pick(["Clínica Médica 3º andar", "Pediatria", "UTI adulto", "Maternidade"]), d=dbr(day), hm=g.hm(),
          c=g.pick(["incidente com dano leve", "near miss", "evento adverso moderado"]))
    doc.t("| Campo | Valor |\n|---|---|\n")
    rows = [("Paciente", P(g.pick([pt.full, pt.caps]))), ("Prontuário", V(g.d(7))), ("Nascimento", (g.dob(g.pick(["br", "iso"]), 1935, 2020), "DATE_OF_BIRTH")),
            ("CNS", (g.cns(), "BR_CNS")), ("Contato do familiar", (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")), ("Leito", V(f"{g.ri(301, 340)}-{g.pick('AB')}")), ("Alergia registrada", V(al)),
            ("Dieta prescrita", V(g.pick(["branda sem " + al, "hipossódica isenta de " + al, "pastosa"])))]
    for k, (v, lab) in rows:
        doc.t(f"| {k} | ")
        doc.e(v, lab)
        doc.t(" |\n")
    doc.f("\n## Descrição\nA copeira «c» entregou a bandeja do leito vizinho, contendo «a». O paciente apresentou prurido e edema labial; a enfermeira «n» "
          "(«coren») acionou o plantonista «dr» («crm»), que administrou anti-histamínico.\n\n## Análise (SND)\nA nutricionista «nu» («crn») identificou "
          "que a etiqueta da bandeja trazia o nome «x», homônimo parcial. Ação: dupla checagem com pulseira.\n\nContato da notificante: «e» · ramal «r»\n",
          c=P(g.pick([cop.first, cop.full])), a=al, n=P(nurse.full), coren=(g.council("COREN"), "PROFESSIONAL_ID"), dr=P(dr.full),
          crm=(g.council("CRM"), "PROFESSIONAL_ID"), nu=P(nut.full), crn=(g.council("CRN"), "PROFESSIONAL_ID"),
          x=P(fold(pt.first).upper() + " " + fold(g.surname()).upper()), e=(corp_mail(nut, rest_dom(hosp)), "EMAIL_ADDRESS"), r=g.d(4))
    return doc


def sa_atestados(g: Gen) -> Doc:
    """One-line-JSON export of sick notes of a restaurant group's staff (food handlers off with diarrhoea), with HR's note."""
    doc = Doc()
    grp = g.pick(RESTAURANTS)
    hr = g.person()
    day = g.day()
    doc.f("# export atestados — «g» — competência «m»\n", g=grp, m=f"{day.month:02d}/{day.year}")
    staff = []
    for t in g.moments(g.ri(3, 5), day, 25, (7, 20)):
        p = g.person()
        staff.append(p)
        kind = g.pick(["CRM", "CRM", "CRM", "CRO"])
        cid = g.pick(["A09", "A08.4", "J06.9", "M54.5", "K08.8", "B35.1", "L30.9"]) if kind == "CRM" else "K04.7"
        rec = {"ts": ts(t, "iso"), "colaborador": P(g.pick([p.full, p.capsf])), "cpf": (g.cpf("raw"), "BR_CPF"),
               "funcao": g.pick(ROLES_KITCHEN), "dias": g.ri(1, 7), "cid": cid,
               "emitente": P(g.person().full) if g.chance(0.4) else g.pick(["UPA", "UBS", "Clínica OcupaMed", "Hospital"]),
               "registro": (g.council(kind), "PROFESSIONAL_ID"), "origem_ip": ip_any(g, 0.6)}
        if g.chance(0.3):
            rec["nascimento"] = (g.dob("iso", 1965, 2006), "DATE_OF_BIRTH")
        jval(doc, rec, None)
        doc.t("\n")
    sick = g.pick(staff)
    doc.f("\nNota do RH («h», «e»): «n» (A09) só retorna à cozinha com coprocultura negativa, conforme RDC 216/2004 item 4.6.2. "
          "Avisar a nutricionista.\n", h=P(hr.short), e=(corp_mail(hr, rest_dom(grp)), "EMAIL_ADDRESS"),
          n=P(g.pick([sick.first, sick.short])))
    return doc


SA = [sa_aso, sa_lista_casos, sa_entrevista, sa_laudo, sa_whatsapp_ve, sa_nsp, sa_atestados]


# =========================================================================== financeiro


def boleto_line(g: Gen) -> str:
    return f"{g.d(5)}.{g.d(5)} {g.d(5)}.{g.d(6)} {g.d(5)}.{g.d(6)} {g.d(1)} {g.d(14)}"


def fi_nfe(g: Gen) -> Doc:
    """A supplier's invoice (DANFE as text) to a restaurant, the delivery receipt and the payment e-mail."""
    doc = Doc()
    sup = g.pick(SUPPLIERS)
    rest = g.pick(RESTAURANTS + CATERERS)
    drv = g.person(female=False)
    rec = g.person()
    fin = g.person()
    day = g.day()
    key = g.d(44)
    doc.f("DANFE — Documento Auxiliar da Nota Fiscal Eletrônica\nNF-e nº «n» Série «s»   Emissão «d»\nChave de acesso: «k»\n\n"
          "EMITENTE: «sup» — CNPJ «c1» — IE «ie»\nDESTINATÁRIO: «r» — CNPJ «c2»\n\n", n=f"{g.ri(1, 999):03d}.{g.d(3)}.{g.d(3)}", s=g.ri(1, 3),
          d=dbr(day), k=key, sup=sup.upper(), c1=(g.any_cnpj(), "BR_CNPJ"), ie=f"{g.d(2)}.{g.d(3)}.{g.d(3)}-{g.d(1)}", r=rest.upper(),
          c2=(g.any_cnpj(), "BR_CNPJ"))
    doc.t("CÓD    DESCRIÇÃO                          UN   QTD      V.UNIT    V.TOTAL\n")
    total = 0.0
    for _ in range(g.ri(3, 6)):
        item = g.pick(["PEITO DE FRANGO CONG. CX 20KG", "ALCATRA BOV. RESFR.", "TOMATE ITALIANO CX", "OVOS BRANCOS CX 30DZ", "QUEIJO MUSSARELA PECA",
                       "CAMARAO CINZA 36/40 KG", "FARINHA TRIGO TIPO 1 25KG", "LEITE UHT INTEGRAL CX 12L", "ALFACE CRESPA DZ", "SALMAO FRESCO KG"])
        q = g.ri(1, 40)
        u = g.ri(300, 25000) / 100
        total += q * u
        doc.t(f"{g.d(6)} {item:<34} {g.pick(['KG', 'CX', 'UN', 'DZ']):<4} {q:>4}  {brl(u):>9}  {brl(q * u):>9}\n")
    doc.f("\nVALOR TOTAL DA NOTA: R$ «t»\nTRANSPORTADOR: frota própria — motorista «m» (CNH «cnh») — placa «p» — temp. baú «tb» °C\n"
          "Recebemos os produtos constantes desta nota: «d» ____ «r», RG «rg»\n\n", t=brl(total), m=P(g.pick([drv.full, drv.capsf])), cnh=(g.cnh(), "BR_CNH"),
          p=(g.plate(), "LICENSE_PLATE"), tb=g.pick(["-18", "-12", "+4", "+9 (acima do limite, recusado)"]), d=dbr(day), r=P(g.pick([rec.full, rec.short])),
          rg=(g.rg(), "BR_RG"))
    doc.f("---\nDe: «f» <«fe»>\nAssunto: NF «n» — pagamento\n\nBoa tarde. O boleto anexo («b») está com vencimento em «v». Se preferir, transferir para o "
          "«bk» ag. «ag» conta «cc» ou Pix aleatório «k». Dúvidas com o vendedor «vd», cel. «vt».\n",
          f=P(fin.full), fe=(corp_mail(fin, rest_dom(sup)), "EMAIL_ADDRESS"), n=g.d(6), b=boleto_line(g), v=dbr(g.after(day, 14, 28)),
          bk=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), k=(g.uuid(), "PIX_KEY"),
          vd=P(g.pick([g.person().first, g.person().short])), vt=(g.phone(), "PHONE_NUMBER"))
    return doc


def fi_gorjetas(g: Gen) -> Doc:
    """Tips split (rateio da taxa de serviço) spreadsheet of a bar, semicolon CSV, with the manager's notes."""
    doc = Doc()
    rest = g.pick(RESTAURANTS)
    mgr = g.person()
    day = g.day()
    total = g.ri(8000, 45000)
    doc.f("# Rateio taxa de serviço 10% — «r» — «m» — arrecadado R$ «t» (retenção encargos 20%, Lei 13.419/2017)\n", r=rest,
          m=f"{MONTHS[day.month - 1]}/{day.year}", t=brl(total))
    cols = ["nome", "cpf", "funcao", "pontos", "valor", "forma", "banco", "agencia", "conta_ou_chave"]
    doc.t(";".join(cols) + "\n")
    staff = []
    for _ in range(g.ri(4, 6)):
        p = g.person()
        staff.append(p)
        pix = g.chance(0.35)
        bk = g.pick(BANKS)
        row = [P(g.pick([p.full, p.capsf, p.short])), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), V(g.pick(ROLES_KITCHEN)), V(str(g.ri(1, 10))),
               V(brl(g.ri(200, 3000) + g.ri(0, 99) / 100)), V("pix" if pix else "ted"), V(bk[0]),
               V("") if pix else (g.agency(), "BANK_ACCOUNT"), (g.uuid(), "PIX_KEY") if pix else (g.account(), "BANK_ACCOUNT")]
        for j, (v, lab) in enumerate(row):
            if j:
                doc.t(";")
            if v:
                doc.e(v, lab)
        doc.t("\n")
    a, b = g.sample(staff, 2)
    doc.f("\nObs. do gerente «g»:\n- «a» estava de férias 12 dias; pontos proporcionais.\n- «b» pediu para receber na conta da mãe (CPF «mc») — recusado, só conta do próprio.\n"
          "- Extrato da maquininha e planilha enviados ao contador (CRC «crc»).\n",
          g=P(g.pick([mgr.first, mgr.full])), a=P(g.pick([a.first, a.short])), b=P(g.pick([b.first, b.nick])),
          mc=(g.cpf(), "BR_CPF"), crc=(g.council("CRC"), "PROFESSIONAL_ID"))
    return doc


def fi_folha(g: Gen) -> Doc:
    """Fixed-width roster and payroll extract of a kitchen (shifts, PIS, accounts) with the accountant's notes."""
    doc = Doc()
    rest = g.pick(RESTAURANTS + CATERERS)
    day = g.day()
    acc = g.person()
    doc.f("«r» — ESCALA E FOLHA — COMPETÊNCIA «m»\n\n", r=fold(rest).upper(), m=f"{day.month:02d}/{day.year}")
    widths = [26, 14, 10, 14, 12, 6, 11, 10]
    heads = ["NOME", "CPF", "NASC", "PIS", "TURNO", "AG", "CONTA", "LIQUIDO"]
    doc.t(" ".join(h.ljust(w) for h, w in zip(heads, widths)).rstrip() + "\n" + " ".join("-" * w for w in widths) + "\n")
    people = []
    for _ in range(g.ri(4, 6)):
        p = g.person()
        people.append(p)
        doc.cell(cut(g.pick([p.capsf, p.inverted]), widths[0]), widths[0], "PERSON")
        doc.t(" ")
        doc.cell(g.cpf(g.pick(["dot", "raw"])), widths[1], "BR_CPF")
        doc.t(" ")
        doc.cell(g.dob("br", 1962, 2006), widths[2], "DATE_OF_BIRTH")
        doc.t(" ")
        doc.cell(g.pis("raw"), widths[3], "BR_PIS")
        doc.t(" ")
        doc.cell(g.pick(["06-14h", "10-18h", "14-23h", "18-02h", "12x36 D", "12x36 N"]), widths[4])
        doc.t(" ")
        doc.cell(g.agency(False), widths[5], "BANK_ACCOUNT")
        doc.t(" ")
        doc.cell(g.account(), widths[6], "BANK_ACCOUNT")
        doc.t(" ")
        doc.t(brl(g.ri(1400, 4200) + g.ri(0, 99) / 100).rjust(widths[7]) + "\n")
    x, y = g.sample(people, 2)
    doc.f("\nNotas (contabilidade — «a», «crc»):\n1. «x» admitid«o» em «d»; ASO e exame de fezes ok; cadastrar no eSocial (recibo «rc»).\n"
          "2. «y» faltou 3 dias (atestado A09); desconto não aplicado.\n3. Adicional noturno para o turno 18-02h. Dúvidas: «e».\n",
          a=P(acc.full), crc=(g.council("CRC"), "PROFESSIONAL_ID"), x=P(g.pick([x.full, x.first])), o=x.o, d=dbr(g.after(day, -25, -1)),
          rc=f"1.1.{g.d(10)}.{g.d(9)}", y=P(g.pick([y.short, y.first])), e=(g.email(acc), "EMAIL_ADDRESS"))
    return doc


def fi_chargeback(g: Gen) -> Doc:
    """A dark kitchen's payment incident: full card numbers in a checkout log (one-line JSON), chargebacks, affected list."""
    doc = Doc()
    rest = g.pick(RESTAURANTS)
    dev = g.person()
    day = g.day()
    doc.f("RELATÓRIO DE INCIDENTE — «r» — checkout próprio\nResponsável técnico: «d» <«e»>\n\nTrechos do log (debug ligado por engano em «dt»):\n",
          r=rest, d=P(dev.full), e=(corp_mail(dev, rest_dom(rest)), "EMAIL_ADDRESS"), dt=dbr(day))
    affected = []
    for t in g.moments(g.ri(2, 4), day, 2, (11, 24)):
        p = g.person()
        leak = g.chance(0.7)
        card = g.card(False)
        rec = {"ts": ts(t, "isoz"), "level": "DEBUG", "order": g.d(8),
               "customer": {"name": P(g.pick([p.full, p.short])), "cpf": (g.cpf("raw"), "BR_CPF"), "email": (g.email(p), "EMAIL_ADDRESS"),
                            "phone": (g.phone("e164"), "PHONE_NUMBER"), "address": (g.address(), "ADDRESS")},
               "ip": ip_any(g, 0.8), "total": g.ri(3000, 25000)}
        if leak:
            rec["card"] = {"number": (card, "CREDIT_CARD"), "exp": f"{g.ri(1, 12):02d}/{g.ri(26, 33)}", "cvv": "***"}
            if g.chance(0.5):
                rec["card"]["holder"] = P(fold(p.short).upper())
            affected.append((p, card))
        else:
            rec["card"] = {"bin": card[:6], "last4": card[-4:]}
        jval(doc, rec, None)
        doc.t("\n")
    doc.t("\nChargebacks recebidos no período:\n")
    for _ in range(g.ri(1, 3)):
        doc.f("  - pedido «o», R$ «v», motivo «m», cartão «c»\n", o=g.d(8), v=g.money(30, 250), m=g.pick(["fraude", "não reconhece", "produto impróprio"]),
              c=g.masked_card())
    doc.t("\nTitulares a notificar (Lei 13.709/2018, art. 48):\n")
    for p, card in affected:
        doc.f("  - «n» — final «f»\n", n=P(g.pick([p.full, p.short])), f=card[-4:])
    if not affected:
        doc.t("  - nenhum cartão completo nesta janela\n")
    doc.f("Entregador envolvido no pedido contestado: «e», placa «p».\n", e=P(g.person(female=False).first), p=(g.plate(), "LICENSE_PLATE"))
    return doc


def fi_repasse(g: Gen) -> Doc:
    """A delivery platform's payout statement to a restaurant (Markdown) and the owner's e-mail disputing a withheld amount."""
    doc = Doc()
    plat = g.pick(PLATFORMS)
    rest = g.pick(RESTAURANTS)
    owner = g.person()
    an = g.person()
    day = g.day()
    doc.f("## «p» para Parceiros — Extrato de repasses\n\n**Loja:** «r» · **CNPJ:** «c» · **Responsável:** «o» (CPF «oc»)  \n**Conta de repasse:** «bk» ag. «ag» cc «cc»\n\n",
          p=plat, r=rest, c=(g.any_cnpj(), "BR_CNPJ"), o=P(owner.full), oc=(g.cpf(), "BR_CPF"), bk=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"),
          cc=(g.account(), "BANK_ACCOUNT"))
    doc.t("| Semana | Pedidos | Bruto | Comissão | Ajustes | Líquido |\n|---|---:|---:|---:|---:|---:|\n")
    for k in range(4):
        b = g.ri(3000, 20000)
        doc.t(f"| {dbr(g.after(day, 7 * k, 7 * k))} | {g.ri(80, 600)} | {brl(b)} | {brl(b * 0.23)} | {g.pick(['0,00', '-' + brl(g.ri(50, 900))])} | {brl(b * 0.77)} |\n")
    doc.f("\n---\nDe: «o» <«e»>\nPara: parceiros@«pd».com.br\nAssunto: Retenção indevida\n\nReteram R$ «v» alegando reclamação de intoxicação do pedido «n». "
          "O cliente, «c», nem é da nossa região. A Vigilância Sanitária esteve aqui em «d» e não encontrou nada (termo «t»). Meu celular: «ph».\n\n"
          "---\nDe: «a» (Time de Parceiros)\n\nOlá, «of»! O valor será liberado após análise. Atualize também a chave Pix de repasse; consta «k».\n",
          o=P(g.pick([owner.full, owner.short])), e=(g.email(owner), "EMAIL_ADDRESS"), pd=fold(plat).lower().replace(" ", ""), v=g.money(300, 4000),
          n=g.d(9), c=P(g.pick([g.person().full, g.person().short])), d=dbr(g.after(day, 3, 20)), t=f"{g.ri(100, 999)}/{day.year}",
          ph=(g.phone(), "PHONE_NUMBER"), a=P(g.pick([an.first, an.short])), of=P(owner.first), k=(g.uuid(), "PIX_KEY"))
    return doc


def fi_taxas_visa(g: Gen) -> Doc:
    """Accountant's e-mail about the sanitary licence fee and a fine (DAM lines) for a food business, with the owner's data."""
    doc = Doc()
    rest = g.pick(RESTAURANTS + CATERERS)
    owner = g.person()
    acc = g.person()
    city, uf = g.city()
    day = g.day()
    doc.f("De: «a» <«ae»>\nPara: «o» <«oe»>\nData: «d»\nAssunto: Alvará sanitário «y» e multa da VISA\n\nOi, «of», tudo bem?\n\n",
          a=P(acc.full), ae=(g.email(acc), "EMAIL_ADDRESS"), o=P(owner.full), oe=(g.email(owner), "EMAIL_ADDRESS"), d=dbr(day), y=day.year,
          of=P(g.pick([owner.first, owner.nick])))
    doc.f("Seguem as guias (DAM) de «c»:\n\n", c=city)
    table_ruled(doc, ["Guia", "Tributo", "Vencimento", "Valor (R$)"],
                [[V(g.d(10)), V("Taxa de licença sanitária"), V(dbr(g.after(day, 5, 20))), V(g.money(150, 900))],
                 [V(g.d(10)), V("Multa AI " + f"{g.ri(100, 999)}/{day.year}"), V(dbr(g.after(day, 10, 30))), V(g.money(1500, 20000))]],
                g.pick(["plus", "psql", "pipe", "plain"]))
    doc.f("\nLinha digitável da multa: «l»\n\nPara o processo de renovação a VISA pede: contrato social (CNPJ «cnpj»), RG «rg» e CPF «cpf» seus como sócio, "
          "comprovante de endereço da loja, certificado de dedetização e a ART/RT da nutricionista «n» («crn»). "
          "O fiscal «f» disse por telefone (fixo da VISA «t») que o parcelamento da multa é possível em até 10x.\n\n"
          "Se quiser, pago pelo escritório e debito da conta da empresa ag. «ag» c/c «cc».\n\nAbs,\n«a»\n«crc»\n",
          l=boleto_line(g), cnpj=(g.any_cnpj(), "BR_CNPJ"), rg=(g.rg(), "BR_RG"), cpf=(g.cpf(), "BR_CPF"), n=P(g.person(female=True).full),
          crn=(g.council("CRN"), "PROFESSIONAL_ID"), f=P(g.pick([g.person().full, g.person().last])),
          t=(g.phone(g.pick(["par", "plain"]), mobile=False), "PHONE_NUMBER"), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
          a=P(acc.first), crc=(g.council("CRC", uf), "PROFESSIONAL_ID"))
    return doc


def fi_buffet_receber(g: Gen) -> Doc:
    """A caterer's receivables (CSV) for events and the WhatsApp collection messages, a bounced payment and a cancelled wedding."""
    doc = Doc()
    cat = g.pick(CATERERS)
    day = g.day()
    col = g.person(female=True)
    doc.f("«c» — contas a receber — gerado em «d» por «u»\n", c=cat, d=dbr(day), u=login(col, g))
    doc.t("evento,data_evento,contratante,cpf_cnpj,telefone,parcela,valor,status\n")
    clients = []
    for _ in range(g.ri(3, 5)):
        p = g.person()
        pj = g.chance(0.25)
        clients.append(p)
        row = [V(g.pick(["Casamento", "Formatura", "15 anos", "Confraternização", "Batizado"])), V(dbr(g.after(day, -30, 120))),
               P(g.pick([p.full, p.capsf])) if not pj else V(g.pick(["Metalúrgica Aurora Ltda", "Clínica Vitória Ltda", "Escola Estrela do Saber"])),
               (g.cpf(), "BR_CPF") if not pj else (g.any_cnpj(), "BR_CNPJ"), (g.phone(g.pick(["par", "raw", "plain"])), "PHONE_NUMBER"),
               V(f"{g.ri(1, 6)}/6"), V(brl(g.ri(1500, 12000))), V(g.pick(["pago", "aberto", "atrasado", "cheque devolvido"]))]
        table_csv(doc, None, [row], ",")
    p = g.pick(clients)
    wm = iter(g.moments(4, day, 1, (8, 21)))
    doc.f("\n--- WhatsApp (cobrança) ---\n«t» - Financeiro Buffet: Olá! Aqui é a «c» do financeiro do «cat». A parcela de R$ «v» venceu em «vd». Pix aleatório: «k»\n",
          t=ts(next(wm), "wa"), cl=P(col.first), n=P(p.first), c=P(col.first), cat=cat, v=brl(g.ri(1500, 9000)),
          vd=dbr(g.after(day, -20, -2)), k=(g.uuid(), "PIX_KEY"))
    sis = g.relative(p, True)
    doc.f("«t» - «n»: boa tarde, meu cartão «cc» foi recusado no link. posso pagar no de crédito da minha irmã?\n",
          t=ts(next(wm), "wa"), n=P(g.pick([p.first, p.short])), cc=g.masked_card())
    doc.f("«t» - Financeiro Buffet: Pode sim, desde que ela mesma preencha o link. Nome completo e CPF dela para o recibo?\n", t=ts(next(wm), "wa"), cl=P(col.first))
    doc.f("«t» - «n»: «s», CPF «c», nascida em «dn»\n", t=ts(next(wm), "wa"), n=P(p.first), s=P(sis.full), c=(g.cpf(), "BR_CPF"),
          dn=(g.dob(g.pick(["br", "nopad"])), "DATE_OF_BIRTH"))
    return doc


FI = [fi_nfe, fi_gorjetas, fi_folha, fi_chargeback, fi_repasse, fi_taxas_visa, fi_buffet_receber]


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
            assert not re.match(r"(sac|dpo|juridico|ouvidoria|cobranca|rh|suporte|financeiro|privacidade|reservas|contato|visa|vigilancia|cievs|nutricao|compras|fiscal|pedidos|parceiros|lacen|nsp)@", v), (rid, v)
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
            assert re.match(r"(CRM|COREN|OAB|CRP|CREA|CRO|CREFITO|CRN|CRMV|CRF|CRBM|CRC)", v), (rid, v)
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
    print("ninetyeighth", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
