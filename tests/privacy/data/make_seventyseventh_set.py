"""Build the seventy-seventh labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_seventyseventh_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or
run), standalone (own check-digit code, no Faker, no import from afinar or other generators),
seed 7777, 280 records: 7 templates per domain, 10 copies each.

Register, not used by the earlier sets: air travel and airports, as an airline, an airport
operator, the ground handlers, the regulator and the offices around them produce the papers:
customer service on delays, cancellations and rebooking, lost and damaged baggage (PIR), passenger
manifests and special-assistance requests (PNAE, MEDIF, unaccompanied minors), loyalty-programme
(miles) fraud, ANAC and consumidor.gov.br complaints, small-claims suits over flight problems,
crew rosters and aeronautical medical certificates (CMA), ground-handling accidents, the airport
medical post, the Anvisa port-health post, the airport police and lost-property logs, travel
agencies' invoices, refunds, chargebacks and the car-rental counter. Layouts vary: printed forms
with dotted leaders, letters and petitions, e-mail threads, a WhatsApp export, fixed-width DCS
prints, tables with '+---+' rulers and with bare '----'/'====' rules, semicolon CSV, court-system
pages, OCR'd scans with letter and digit confusions.
- atendimento: 0 a Property Irregularity Report printed at the baggage desk (passenger in IATA
  "SURNAME/GIVEN MR" form, permanent address, contacts, agent and shift supervisor); 1 a WhatsApp
  export of the airline's channel (a bot, then a named attendant; the customer's sender is a saved
  name or, more often, the bare phone number; the customer's child with birth date); 2 a PNAE
  e-mail thread (a relative asks for wheelchair/oxygen assistance, carer, physician with CRM) and
  the special-assistance desk's reply; 3 an unaccompanied-minor form (UMNR) with the notary's
  stamp, a third OCR'd; 4 a passenger manifest from the DCS (crew, SURNAME/GIVEN names, CPF/RG/
  passport, IATA birth dates such as 13DEC86, infants in the SSR column, CTCM contact phones);
  5 a consumidor.gov.br complaint in informal, typo-ridden Portuguese and the airline's answer;
  6 an airport lost-and-found register (documents found in wallets, car keys with plates, SUS cards).
- juridico: 0 a small-claims (JEC) initial petition over a cancelled/delayed flight or lost bag;
  1 a court-system page of the suit (parties with CPF, lawyers with OAB, movements, the sentence's
  gist, a request for payment to an account); 2 an ANAC auto de infração listing the complaining
  passengers; 3 an airport police report (theft from a bag, miles-sale fraud with a Pix key and a
  car plate, a ramp accident with the tug driver's CNH); 4 a power of attorney of a family to sue
  the airline, half OCR'd with the notary's seal; 5 the minutes of a conciliation hearing with the
  settlement paid by transfer or Pix; 6 a fraud dossier of the loyalty programme sent to the police
  (account takeover, IP log table, beneficiaries of the redeemed tickets, the card used).
- saude: 0 a CMA (aeronautical medical certificate) and the examiner's internal summary; 1 the
  airport medical post's attendance record; 2 a CAT (work-accident report) of a ground-handling
  ramp agent; 3 a MEDIF filled by the passenger and the physician, with the airline's aeromedical
  opinion; 4 a crew-scheduling e-mail with the roster of crew on sick leave or with expiring CMA;
  5 the Anvisa port-health post's daily log of international vaccination certificates (CIVP);
  6 an e-mail thread between a crew member and the aeromedical department on returning to flight.
- financeiro: 0 a travel agency's invoice to a corporate client (travellers, tickets, fee, bank
  slip, Pix by CNPJ key); 1 a refund request with bank or Pix data and back-office notes; 2 a card
  chargeback dispute and the airline's revenue-protection defence (IP, AVS billing address,
  flown passengers); 3 a fraud engine's CSV export of flagged orders; 4 a crew per-diem payment
  sheet (CPF, PIS, agency/account or Pix random key); 5 a baggage indemnity and release (termo de
  quitação) with witnesses; 6 an airport car-rental agreement (renter, additional driver, CNH,
  plate, card pre-authorisation, a later traffic fine).

Conventions (the twentieth set's; what this register had to decide is marked *):
PERSON covers the name only, never "Sr.", "Sra.", "Dr.", "Dra.", "Cmte.", "dona", "seu"; particles
inside a name (de, da, dos, e) are part of it; "SURNAMES, GIVEN" (rosters, payroll) is one span.
IATA passenger names "SURNAME/GIVEN NAMES" are one PERSON span; the title that follows (MR, MRS)
and the "INFT/" prefix of an infant's SSR are not part of it*. Nicknames and first names alone are
persons. Staff named in the text (attendants, agents, supervisors, crew, physicians, nurses,
lawyers, judges, conciliators, police clerks, notary clerks, analysts, inspectors) are persons;
logins, agent sign-ons (FX4302), social-media handles (@euclides_milhas26), system accounts
(svc_fraude_batch, rpa_folha) and bot names (Lia,
GOL Bot, "Assistente Azul") are not. In the WhatsApp export the customer's sender is a PERSON when
it is a saved name and a PHONE_NUMBER when the export shows the number*; the airline's sender
("Atendimento LATAM") is not labelled. Corporate e-mails of people are EMAIL_ADDRESS; role mailboxes
(assistenciaespecial@, medicinadeaviacao@, escala@, juridico@) are not labelled. ADDRESS is street
type + name + number + complement (not bairro, city, state; CEP is BR_CEP). A company's address
(the airline's seat, the handler's, the law firm's, the clinic's) is not labelled; nor is a hotel
named as temporary address, nor a street named without a number ("pela Barão de Mauá", "o hotel
fica na Santos Dumont", "radar Av. Santos Dumont")*. Airports named after people (Hercílio Luz,
Salgado Filho, Tancredo Neves, Pinto Martins, Gilberto Freyre, Zumbi dos Palmares, Marechal
Rondon, Presidente Juscelino Kubitschek...) are places, never PERSON*. Agency and account are
separate BANK_ACCOUNT spans; bank codes and names are not. DATE_OF_BIRTH only for birth dates
(Brazilian, ISO, "24 de outubro de 1967", IATA "13DEC86"/"25APR1944"*); flight, exam, accident,
hearing, issue and due dates are not. PROFESSIONAL_ID includes the council acronym and UF: CRM,
COREN, CRP, OAB. The ANAC code of aeronauts (CANAC), SIAPE registrations, employee numbers and CTPS
numbers are not labelled*. A CNPJ used as a Pix key is BR_CNPJ; PIX_KEY only for random (UUID) keys*.
Masked cards (asterisks, "final 0399", BIN + last four) are not labelled; full card numbers in a
dispute, a fraud export or a rental agreement are CREDIT_CARD. NIT equals PIS (BR_PIS). CNPJ
appear in the numeric and the 2026 alphanumeric form. OCR'd scans keep their confusions inside
the spans (letters in names, O/l/I/S/B in digits).

Names: Brazilian names of many origins (Portuguese common and regional, Northeastern and coined
names such as Joseclécia, Lucicleide, Rubisley, Welisson, Kauãn, Maxsuel, Thaylla; Italian, German,
Japanese/Okinawan, Lebanese, Korean, Chinese, Polish, Jewish; Haitian, Angolan, Senegalese,
Bolivian and indigenous), at least a quarter of the name words rare or invented (main() prints the
share). Names that are also words (Rosa, Luz, Flor, Aurora, Vitória, Glória, Estrela, Brisa, Bento,
Prudente, Amado, Branco, Leão, Celeste, Sereno; surnames Pássaro, Pardal, Porto, Serra, Mar,
Ventura) next to the same words as words ("fita rosa na alça", "seria prudente", "luz verde do
totem", "perfume Flor de Laranjeira") and in companies, places and streets (Rosa dos Ventos
Viagens, Voe Amado Viagens, Aurora Ground Services, Prudente Rampa e Pátio, Leão Rent a Car,
Hospital Santa Rosa, Presidente Prudente, Bento Gonçalves, Vitória, Rua Bento Amado), which are
not persons. Forms: full, ALL CAPS without accents, IATA SURNAME/GIVEN, "SURNAMES, GIVEN", lower
case, short (first + last), first name alone, nicknames.

Hard negatives (never labelled): PNR locators, ticket numbers (957-2145367890), bag tags, PIR file
references (GRULA12345), flight numbers, aircraft registrations (PR-XBC), ICAO/IATA codes, CNJ
process numbers, SEI and protocol numbers, 11-digit protocol and beneficiary-document values that
fail the CPF check, order ids, NSU and authorisation codes, bank-slip lines, vaccine lots, ICD-10
codes (R55, S62.6, J44.1), money, laws and rules (Lei 14.034/2020, Resolução ANAC 400/2016, Lei
8.078/1990, Res. CNJ 295/2019, Lei 13.475/2017), dates that are not birth dates, company names with
surnames (Sarmento & Gondim Handling, Aragão, Feitosa & Quintela Advogados, Ximenes & Lustosa
Turismo), airports and streets honouring people named alone.
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
SEED = 7777
NAME = "seventyseventh"

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
MON3 = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]

# --------------------------------------------------------------------------- name pools
# RARE_* and the foreign pools marked rare hold uncommon, regional or coined names; main()
# prints their share of PERSON name words.

PT_F = ["Juliana", "Fernanda", "Patrícia", "Camila", "Adriana", "Luciana", "Simone", "Cristina", "Tatiane",
        "Larissa", "Gabriela", "Beatriz", "Mariana", "Isabela", "Letícia", "Priscila", "Sandra", "Cláudia",
        "Rosângela", "Ana Paula", "Maria José", "Maria das Graças", "Aline", "Viviane", "Elaine", "Manuela",
        "Sofia", "Heloísa", "Valentina", "Raquel", "Francisca", "Antônia", "Débora", "Kelly"]
RARE_F = ["Gleiciane", "Joseclécia", "Uilma", "Edineusa", "Marinalva", "Lucicleide", "Zenaide", "Iraci",
          "Walkíria", "Nadjane", "Rozilda", "Cleonice", "Deusimar", "Lusineide", "Erenilda", "Jucélia",
          "Adalgisa", "Tereza Neuma", "Anaclécia", "Thaylla", "Kethlen", "Ingridy", "Sthefany", "Maryelle",
          "Evanilde", "Ozana", "Glaucilene", "Ruthinéia", "Benedita", "Socorro", "Eulina", "Jandira",
          "Nilzete", "Quitéria", "Marizete", "Dagmar", "Ivaneide", "Crislaine", "Laudicéia", "Yolanda"]
PT_M = ["Rafael", "Rodrigo", "Gustavo", "Thiago", "Bruno", "Diego", "Ricardo", "Eduardo", "Antônio",
        "Francisco", "José Carlos", "João Paulo", "Luís Fernando", "Miguel", "Arthur", "Heitor", "Lucas",
        "Mateus", "Vinícius", "Roberto", "Sebastião", "Raimundo", "Edson", "Gilberto", "Márcio", "Fábio",
        "Daniel", "Vítor", "Hugo", "Henrique", "Benedito", "José Roberto"]
RARE_M = ["Claudionor", "Deoclécio", "Erivelton", "Gerivaldo", "Jucelino", "Adelmo", "Valdomiro", "Rubisley",
          "Welisson", "Kauãn", "Jhonatan", "Maxsuel", "Elizeu", "Edivaldo", "Gedeão", "Belarmino", "Ubiratan",
          "Anfilófio", "Teodomiro", "Raildo", "Cosmo", "Damião", "Aristeu", "Genésio", "Olavo", "Sinésio",
          "Eustáquio", "Wanderlei", "Osmarino", "Itamar", "Jurandir", "Ednaldo", "Cleiton", "Euclides",
          "Tarcísio", "Zenildo", "Ruy Barbosa", "Heráclito", "Nilton César", "Adamastor"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Ferreira", "Almeida", "Rocha", "Dias", "Monteiro",
          "Moreira", "Batista", "Farias", "Cunha", "Fonseca", "Siqueira", "Tavares", "Miranda", "Barros",
          "Guimarães", "Medeiros", "Brito", "Melo", "Pacheco", "Vasconcelos", "Xavier", "Rezende", "Coelho",
          "Borges", "Cruz", "Sampaio", "Leite", "Antunes", "Matos"]
RARE_SUR = ["Arruda Beltrão", "Quaresma", "Lustosa", "Ximenes", "Bezerril", "Cajazeira", "Tabosa", "Aragão",
            "Saldanha", "Carneiro Leão", "Uchôa", "Gurjão", "Jatobá", "Mangabeira", "Feitosa", "Albuquerque",
            "Sucupira", "Espíndola", "Torquato", "Bandeira", "Furtado", "Ibiapina", "Lobão", "Maranhão",
            "Oiticica", "Paranaguá", "Quintela", "Rabelo", "Sarmento", "Tourinho", "Urquiza", "Valadares",
            "Wanderley", "Zanotto", "Frazão", "Gondim", "Holanda Cavalcante", "Jucá", "Pessoa Leal"]
WORD_F = ["Rosa", "Luz", "Flor", "Aurora", "Vitória", "Glória", "Estrela", "Brisa"]
WORD_M = ["Bento", "Prudente", "Amado", "Branco", "Leão", "Celeste", "Fiel", "Sereno"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Amado", "Leão", "Luz", "Bento", "Aurora", "Pássaro", "Pardal",
            "Ventura", "Viana", "Chaves", "Porto", "Serra", "Mar", "Brisa", "Ferro"]
NICK = {"José Carlos": "Zé Carlos", "Francisco": "Chico", "Sebastião": "Tião", "Antônio": "Toninho",
        "Raimundo": "Mundinho", "Benedito": "Dito", "José Roberto": "Beto", "Maria das Graças": "Gracinha",
        "Maria José": "Zezé", "Francisca": "Chiquinha", "Socorro": "Corrinha", "Claudionor": "Nonô",
        "Teodomiro": "Miro", "Anfilófio": "Filó", "Benedita": "Ditinha", "Quitéria": "Teca",
        "Rodrigo": "Digão", "Eduardo": "Dudu", "Ubiratan": "Bira", "Adamastor": "Tatá", "Henrique": "Rique",
        "Deusimar": "Dedé", "Iraci": "Cici", "Gabriela": "Gabi"}
# origin: (female given, male given, surnames, rare?)
FOREIGN = {
    "it": (["Giuliana", "Ornella", "Rosalba"], ["Giancarlo", "Enrico", "Sandro"],
           ["Zanella", "Pasqualotto", "Benedetti", "Sartori", "Tomazoni", "Dal Bó"], False),
    "de": (["Hildegard", "Ingrid", "Elke"], ["Gunther", "Egon", "Reinaldo"],
           ["Schmitt", "Wolff", "Kuhn", "Baumgartner", "Heinzen", "Stein"], False),
    "jp": (["Keiko", "Harumi", "Yumi"], ["Massao", "Tadashi", "Yoshio"],
           ["Nakamura", "Higa", "Shimabukuro", "Arakaki", "Kuniyoshi", "Sakamoto"], False),
    "lb": (["Samira", "Jamile", "Rania"], ["Jorge Elias", "Salim", "Toufic"],
           ["Saad", "Jafet", "Chohfi", "Mattar", "Karam", "Bitar"], False),
    "kr": (["Soo-yeon", "Eun-hee"], ["Dong-hyun", "Min-soo"], ["Park", "Lee", "Kang", "Shin"], True),
    "cn": (["Meiling", "Jing"], ["Wei", "Jun"], ["Zhang", "Liu", "Huang", "Xu"], True),
    "ht": (["Nadège", "Widline", "Fabiola"], ["Jean-Robert", "Wisly", "Dieuseul"],
           ["Pierre-Louis", "Jean-Baptiste", "Desrosiers", "Florestal", "Saintil"], True),
    "ao": (["Ngueve", "Wezza", "Kieza"], ["Nzinga", "Adilson Kiala", "Mbemba"],
           ["Cassule", "Ngola", "Muteka", "Chipenda", "Kiangala"], True),
    "sn": (["Coumba", "Ndeye", "Awa"], ["Babacar", "Modou", "Serigne"],
           ["Mbaye", "Faye", "Sarr", "Thiam", "Seck"], True),
    "bo": (["Marisol", "Julieta", "Nélida"], ["Edwin", "Freddy", "Germán"],
           ["Mamani", "Choque", "Condori", "Quispe", "Huanca Rojas"], True),
    "in": (["Potira", "Yacy", "Moema"], ["Raoni", "Kaiapi", "Ubirajara"],
           ["Guajajara", "Terena", "Pataxó", "Baniwa", "Tikuna"], True),
    "jw": (["Esther", "Sara", "Miriam"], ["Moisés", "Jacó", "Elias"],
           ["Rosenthal", "Feldman", "Goldfarb", "Szajnbrum", "Klabin"], True),
    "pl": (["Jadwiga", "Bronislava"], ["Casimiro", "Estanislau"], ["Kowalski", "Wisniewski", "Dombrowski"], True),
}
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o, (_f, _m, _s, _r) in FOREIGN.items():
    if _r:
        RARE.update(_f + _m + _s)

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Silva", "Cunha", "Rosa", "Luz", "Cruz", "Fonseca", "Serra", "Rocha", "Costa"}
DO_SUR = {"Porto", "Mar", "Amaral"}
DOS_SUR = {"Santos", "Anjos"}


def particle(surname: str) -> str:
    if surname in DA_SUR:
        return "da"
    if surname in DO_SUR:
        return "do"
    if surname in DOS_SUR:
        return "dos"
    return "de"


DDDS = ["11", "12", "13", "15", "16", "18", "19", "21", "24", "27", "28", "31", "34", "35", "38", "41",
        "42", "44", "47", "48", "49", "51", "55", "61", "62", "63", "65", "66", "67", "68", "71", "73",
        "77", "79", "81", "82", "84", "85", "87", "91", "92", "93", "94", "96", "97", "98"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Estrada", "Praça",
                "Rodovia", "Largo", "Vila"]
STREET_NAMES = ["Santos Dumont", "Comandante Rolim Amaro", "Brigadeiro Eduardo Gomes", "Rosa e Silva",
                "das Gaivotas", "Aurora Boreal", "Marechal Rondon", "Bento Amado", "Flor do Cerrado",
                "Dom Bosco", "Barão de Mauá", "Visconde de Pirajá", "Presidente Prudente",
                "Professor Adalgisa Jatobá", "Tenente Anfilófio Sucupira", "dos Aviadores", "Leão Coroado",
                "da Luz Serena", "Sete de Setembro", "Tiradentes", "Coronel Gerivaldo Tabosa", "das Andorinhas",
                "Doutor Claudionor Lustosa", "Bartolomeu de Gusmão", "Alberto Santos", "Anita Garibaldi",
                "Padre Cícero", "Jornalista Rubisley Ximenes", "do Aeroporto Velho", "Princesa Isabel",
                "Vinte e Um de Abril", "Ana Nery", "Monsenhor Tabosa", "Irmã Dulce", "Capitão Uchôa"]
BAIRROS = ["Centro", "Jardim Aeroporto", "Vila Brisa", "Parque das Nações", "Boa Viagem", "Aeroclube",
           "Jardim Aurora", "Santa Rosa", "Vila Prudente", "Cidade Nova", "Bela Vista", "Campo de Marte",
           "Alto da Glória", "Jardim Leão"]
CITIES = [("Guarulhos", "SP"), ("Campinas", "SP"), ("São Paulo", "SP"), ("Rio de Janeiro", "RJ"),
          ("Confins", "MG"), ("Belo Horizonte", "MG"), ("Brasília", "DF"), ("Salvador", "BA"), ("Recife", "PE"),
          ("Fortaleza", "CE"), ("Porto Alegre", "RS"), ("Curitiba", "PR"), ("Florianópolis", "SC"), ("Manaus", "AM"),
          ("Belém", "PA"), ("Natal", "RN"), ("Maceió", "AL"), ("Cuiabá", "MT"), ("Goiânia", "GO"),
          ("Vitória", "ES"), ("Presidente Prudente", "SP"), ("Bento Gonçalves", "RS"), ("Imperatriz", "MA"),
          ("Juazeiro do Norte", "CE"), ("Foz do Iguaçu", "PR"), ("Porto Seguro", "BA"), ("Navegantes", "SC"),
          ("Uberlândia", "MG"), ("Rio Branco", "AC"), ("Santarém", "PA"), ("Cruzeiro do Sul", "AC"),
          ("Boa Vista", "RR"), ("Macapá", "AP"), ("Teresina", "PI")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN",
       "PB", "MT", "MS", "PI", "SE", "AL", "TO", "RO", "AC", "AP", "RR"]
# airports named after people: hard negatives (never PERSON)
AIRPORTS = [("GRU", "Guarulhos", "Aeroporto Internacional de São Paulo/Guarulhos – Governador André Franco Montoro"),
            ("CGH", "Congonhas", "Aeroporto de Congonhas/Deputado Freitas Nobre"),
            ("SDU", "Santos Dumont", "Aeroporto Santos Dumont"),
            ("GIG", "Galeão", "Aeroporto Internacional Tom Jobim/Galeão"),
            ("CNF", "Confins", "Aeroporto Internacional Tancredo Neves"),
            ("BSB", "Brasília", "Aeroporto Internacional Presidente Juscelino Kubitschek"),
            ("SSA", "Salvador", "Aeroporto Internacional Deputado Luís Eduardo Magalhães"),
            ("REC", "Recife", "Aeroporto Internacional Gilberto Freyre"),
            ("FOR", "Fortaleza", "Aeroporto Internacional Pinto Martins"),
            ("POA", "Porto Alegre", "Aeroporto Internacional Salgado Filho"),
            ("CWB", "Curitiba", "Aeroporto Internacional Afonso Pena"),
            ("FLN", "Florianópolis", "Aeroporto Internacional Hercílio Luz"),
            ("MAO", "Manaus", "Aeroporto Internacional Eduardo Gomes"),
            ("BEL", "Belém", "Aeroporto Internacional Val-de-Cans/Júlio Cezar Ribeiro"),
            ("VCP", "Campinas", "Aeroporto Internacional de Viracopos"),
            ("CGB", "Cuiabá", "Aeroporto Internacional Marechal Rondon"),
            ("MCZ", "Maceió", "Aeroporto Internacional Zumbi dos Palmares"),
            ("SLZ", "São Luís", "Aeroporto Internacional Marechal Cunha Machado"),
            ("THE", "Teresina", "Aeroporto Senador Petrônio Portella"),
            ("NAT", "Natal", "Aeroporto Internacional Governador Aluízio Alves"),
            ("PPB", "Presidente Prudente", "Aeroporto de Presidente Prudente"),
            ("VIX", "Vitória", "Aeroporto de Vitória – Eurico de Aguiar Salles"),
            ("IGU", "Foz do Iguaçu", "Aeroporto Internacional de Foz do Iguaçu/Cataratas"),
            ("BPS", "Porto Seguro", "Aeroporto de Porto Seguro")]
AIRLINES = [("LA", "LATAM Airlines Brasil", "957"), ("G3", "GOL Linhas Aéreas", "127"),
            ("AD", "Azul Linhas Aéreas", "577"), ("2Z", "Voepass", "271"), ("TP", "TAP Air Portugal", "047")]
HANDLERS = ["Swissport Brasil Ltda.", "Orbital Serviços Auxiliares", "Sarmento & Gondim Handling Ltda.",
            "Prudente Rampa e Pátio S.A.", "Aurora Ground Services Ltda.", "Tabosa Serviços Aeroportuários Eireli",
            "Leão Carga Aérea Ltda."]
AGENCIES = ["Rosa dos Ventos Viagens e Turismo Ltda.", "Bento Tur Agência de Viagens", "Quaresma Turismo Corporativo Ltda.",
            "Céu Aberto Viagens", "Ximenes & Lustosa Turismo S/S", "Flor de Lis Turismo", "Voe Amado Viagens ME",
            "Brisa do Mar Turismo e Eventos"]
LAWFIRMS = ["Aragão, Feitosa & Quintela Advogados", "Saldanha Brito Sociedade de Advogados",
            "Gurjão e Valadares Advogados Associados", "Leão & Porto Advocacia", "Escritório Rosa Amado Advocacia"]
CIDS = ["R55", "I10", "E10.9", "J45.9", "R07.4", "T75.3", "H66.9", "O26.9", "R11", "G43.9", "F41.0", "S93.4",
        "S62.6", "M54.5", "S83.2", "T14.0", "W20", "V98", "Y96", "J06.9", "A09", "R50.9", "I48.9", "H93.1",
        "Z02.7", "Z76.0", "T70.0", "Z01.1", "G47.3", "E66.9", "H52.1", "F10.2", "I20.0", "S42.0"]


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
        if self.given.startswith(("Maria d", "Maria J", "Ana P", "Tereza", "Jorge E", "Ruy", "Nilton")):
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
    def inverted(self) -> str:
        sur = [s for s in self.surnames if s not in PARTICLES]
        return fold(f"{' '.join(sur)}, {self.given}").upper()

    @property
    def airline(self) -> str:
        """IATA style SURNAME/GIVEN NAMES, no accents, no title."""
        last = self.last.replace("-", "").replace(" ", "")
        if last in SUFFIXES:
            last = self.surnames[-2]
        return fold(f"{last}/{self.given}").upper()

    @property
    def nick(self) -> str:
        return NICK.get(self.given, NICK.get(self.first, self.first))

    @property
    def o(self) -> str:
        return "a" if self.female else "o"

    @property
    def title(self) -> str:
        return "MRS" if self.female else "MR"


def name_form(g: "Gen", p: Person, forms: list[str] | None = None) -> str:
    form = g.pick(forms or ["full", "full", "full", "short", "caps", "low", "first"])
    return {"full": p.full, "short": p.short, "caps": p.caps, "capsacc": p.caps_acc, "low": p.low,
            "inverted": p.inverted, "first": p.first, "last": p.last, "nick": p.nick, "airline": p.airline,
            "lowfirst": fold(p.first).lower(), "capsshort": fold(p.short).upper()}[form]


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

    def up(self, n: int, alphabet: str = "ABCDEFGHJKLMNPQRSTUVWXYZ") -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(n))

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
        if r < 0.48:
            return self.pick(WORD_SUR)
        return self.pick(PT_SUR)

    def person(self, female: bool | None = None, origin: str | None = None, word: bool = False) -> Person:
        rng = self.rng
        female = rng.random() < 0.5 if female is None else female
        if origin is None:
            origin = "pt" if rng.random() < 0.72 else self.pick(sorted(FOREIGN))
        if origin == "pt":
            if word or rng.random() < 0.09:
                given = self.pick(WORD_F if female else WORD_M)
            elif rng.random() < 0.42:
                given = self.pick(RARE_F if female else RARE_M)
            else:
                given = self.pick(PT_F if female else PT_M)
            if rng.random() < 0.12 and " " not in given:
                second = self.pick(RARE_F + WORD_F if female else RARE_M + PT_M).split()[0]
                if second != given:
                    given += " " + second
            k = self.pick([1, 2, 2, 2, 3])
            surnames: list[str] = []
            while len(surnames) < k:
                s = self.pick(WORD_SUR) if (word and not surnames) else self.surname()
                if s not in surnames and not any(w in given.split() for w in s.split()):
                    surnames.append(s)
            if rng.random() < 0.3:
                pos = rng.randint(0, len(surnames) - 1)
                surnames.insert(pos, particle(surnames[pos]))
            if not female and rng.random() < 0.06:
                surnames.append(self.pick(SUFFIXES))
        else:
            fs, ms, sur, _ = FOREIGN[origin]
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
                          f"{l}.{f}", f"{f}.{l}{self.ri(70, 99)}", f"{f}{l[:4]}", f"{f[0]}.{l}", f"{f}.viaja"])
        domain = domain or self.pick(["gmail.com", "gmail.com", "gmail.com", "hotmail.com", "yahoo.com.br",
                                      "outlook.com", "bol.com.br", "uol.com.br", "icloud.com", "terra.com.br"])
        return f"{user}@{domain}"

    def work_email(self, p: Person, domain: str) -> str:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower())
        l = re.sub(r"[^a-z]", "", fold(p.last).lower())
        return f"{self.pick([f'{f}.{l}', f'{f[0]}{l}', f'{f}.{l}'])}@{domain}"

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

    def bad_cpf(self, style: str = "raw") -> str:
        n = self.neg(11)
        return fmt_cpf(n) if style == "dot" else n

    def cnpj(self, style: str = "dot", alnum: bool | None = None) -> str:
        alnum = self.chance(0.25) if alnum is None else alnum
        if alnum:
            chars = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
            b = "".join(self.pick(chars) for _ in range(8)) + self.pick(["0001", "0001", "A001", "0002"])
        else:
            b = self.d(8) + self.pick(["0001", "0001", "0001", "0003", "0012"])
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

    def cns(self, spaced: bool | None = None) -> str:
        while True:
            b = self.pick("789") + self.d(13)
            last = -sum(int(c) * w for c, w in zip(b, range(15, 1, -1))) % 11
            if last < 10:
                n = b + str(last)
                break
        spaced = self.chance(0.5) if spaced is None else spaced
        return f"{n[:3]} {n[3:7]} {n[7:11]} {n[11:]}" if spaced else n

    def cep(self, dash: bool | None = None) -> str:
        n = str(self.rng.randint(1, 9)) + self.d(7)
        dash = self.chance(0.85) if dash is None else dash
        return f"{n[:5]}-{n[5:]}" if dash else n

    def phone(self, style: str | None = None, mobile: bool = True) -> str:
        ddd = self.pick(DDDS)
        local = ("9" + str(self.rng.randint(6, 9)) + self.d(7)) if mobile else (str(self.rng.randint(2, 5)) + self.d(7))
        h, t = local[:-4], local[-4:]
        style = style or self.pick(["par", "par", "plus", "plain", "e164", "raw", "dash"])
        return {"par": f"({ddd}) {h}-{t}", "plus": f"+55 {ddd} {h}-{t}", "plain": f"{ddd} {h}-{t}",
                "e164": f"+55{ddd}{local}", "raw": f"{ddd}{local}", "dash": f"{ddd}-{h}-{t}",
                "sp": f"{ddd} {h} {t}", "cc": f"55{ddd}{local}", "nospace": f"({ddd}){h}-{t}", "wa": f"+55 {ddd} {h[:-4]} {h[-4:]}-{t}"
                if len(h) > 4 else f"+55 {ddd} {h}-{t}"}[style]

    def card(self, spaced: bool = True, brand: str | None = None) -> str:
        brand = brand or self.pick(["visa", "master", "master", "elo", "amex"])
        if brand == "amex":
            b = self.pick(["34", "37"]) + self.d(12)
            n = b + luhn_dv(b)
            return f"{n[:4]} {n[4:10]} {n[10:]}" if spaced else n
        b = {"visa": "4", "master": self.pick(["51", "53", "55", "22"]), "elo": self.pick(["6362", "5067", "4389"])}[brand]
        b += self.d(15 - len(b))
        n = b + luhn_dv(b)
        return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if spaced else n

    def masked_card(self) -> str:
        return self.pick([f"**** **** **** {self.d(4)}", f"{self.d(4)} **** **** {self.d(4)}", f"final {self.d(4)}",
                          f"{self.d(6)}******{self.d(4)}"])

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
        dv = self.chance(0.8) if dv is None else dv
        body = str(self.rng.randint(1, 9)) + self.d(self.rng.randint(4, 8))
        return f"{body}-{self.pick('0123456789X')}" if dv else body

    def bank(self) -> str:
        return self.pick(["001 – Banco do Brasil", "104 – Caixa Econômica Federal", "237 – Bradesco", "341 – Itaú Unibanco",
                          "033 – Santander", "260 – Nu Pagamentos", "077 – Banco Inter", "756 – Sicoob", "748 – Sicredi",
                          "336 – C6 Bank", "290 – PagSeguro"])

    def ip(self) -> str:
        first = self.pick([177, 179, 186, 187, 189, 191, 200, 201, 138, 152, 170, 45, 131, 143, 168, 181])
        return f"{first}.{self.rng.randint(0, 255)}.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}"

    def street_parts(self) -> tuple[str, str, str, str]:
        t = self.pick(STREET_TYPES)
        name = self.pick(STREET_NAMES)
        num = str(self.rng.randint(3, 3999)) if self.chance(0.93) else "s/n"
        comp = self.pick(["", "", "", f"apto {self.rng.randint(11, 1204)}", f"casa {self.rng.randint(1, 9)}",
                          f"bloco {self.pick('ABCDE')} apto {self.rng.randint(11, 408)}", "fundos",
                          f"qd {self.rng.randint(1, 40)} lt {self.rng.randint(1, 30)}", f"ap. {self.rng.randint(101, 1802)}"])
        return t, name, num, comp

    def address(self, style: str = "text") -> str:
        t, name, num, comp = self.street_parts()
        if style == "caps":
            return fold(f"{t} {name}, {num}" + (f", {comp}" if comp else "")).upper()
        if style == "low":
            abbr = {"Rua": "r", "Avenida": "av", "Travessa": "tv", "Alameda": "al", "Estrada": "estr"}
            s = f"{abbr.get(t, t)} {name} " + (num if num != "s/n" else "sn") + (f" {comp}" if comp else "")
            return fold(s).lower()
        abbr = {"Rua": "R.", "Avenida": "Av.", "Travessa": "Tv.", "Alameda": "Al.", "Estrada": "Estr."}
        if self.chance(0.3) and t in abbr:
            t = abbr[t]
        sep = self.pick([", ", ", nº ", ", n. ", " "])
        return f"{t} {name}{sep}{num}" + (self.pick([", ", " - ", " "]) + comp if comp else "")

    def city(self) -> tuple[str, str]:
        return self.pick(CITIES)

    def dob(self, fmt: str | None = None, lo: int = 1942, hi: int = 2006) -> str:
        dd, mm, yy = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(lo, hi)
        fmt = fmt or self.pick(["br", "br", "br", "iso", "short", "long", "nopad", "dot"])
        return fmt_date(dd, mm, yy, fmt)

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        y = year or self.pick([2024, 2025, 2025, 2025, 2026])
        return fmt_date(self.rng.randint(1, 28), self.rng.randint(1, 12), y, fmt)

    def hm(self) -> str:
        return f"{self.rng.randint(0, 23):02d}:{self.rng.randint(0, 59):02d}"

    def hms(self) -> str:
        return f"{self.rng.randint(0, 23):02d}:{self.rng.randint(0, 59):02d}:{self.rng.randint(0, 59):02d}"

    def money(self, lo: int = 20, hi: int = 20000) -> str:
        v = self.rng.randint(lo * 100, hi * 100)
        r, c = divmod(v, 100)
        return f"{r:,}".replace(",", ".") + f",{c:02d}"

    def cnj(self, seg: str | None = None) -> str:
        seg = seg or self.pick(["8.26", "8.19", "8.13", "8.05", "8.16", "8.06", "8.17", "8.24", "8.07", "4.03", "8.21"])
        return f"{self.d(7)}-{self.d(2)}.{self.rng.randint(2022, 2026)}.{seg}.{self.d(4)}"

    def protocol(self) -> str:
        return self.pick([f"{self.rng.randint(2024, 2026)}{self.d(8)}", self.neg(11), f"{self.d(3)}.{self.d(3)}.{self.d(3)}",
                          f"#{self.d(9)}", self.neg(12), f"ANAC-{self.d(7)}"])

    def council(self, kind: str = "CRM", uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.rng.randint(1000, 259999)
        dotted = f"{n:,}".replace(",", ".")
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} {n}", f"OAB-{uf} {n}", f"OAB/{uf} nº {dotted}"])
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {dotted}-ENF", f"COREN-{uf} {n}-TE"])
        if kind == "CREFITO":
            return f"CREFITO-{self.ri(1, 17)} {n}-F"
        if kind == "CRP":
            return f"CRP {self.ri(1, 23):02d}/{self.d(5)}"
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dotted}", f"CRM/{uf} nº {n}"])

    # ----------------------------------------------------------------- air travel bits (negatives)
    def airline(self) -> tuple[str, str, str]:
        return self.pick(AIRLINES)

    def flight(self, code: str | None = None) -> str:
        code = code or self.pick(AIRLINES)[0]
        return f"{code}{self.pick(['', ' ', ''])}{self.ri(1000, 9499) if code != 'TP' else self.ri(10, 199)}"

    def pnr(self) -> str:
        return self.up(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")

    def ticket(self, prefix: str | None = None) -> str:
        prefix = prefix or self.pick(AIRLINES)[2]
        return f"{prefix}{self.pick(['', '-', ' '])}{self.d(10)}"

    def bagtag(self, code: str = "LA") -> str:
        return self.pick([f"{code}{self.d(6)}", f"0{self.d(3)}{self.d(6)}", f"{code} {self.d(6)}"])

    def pir(self, apt: str = "GRU", code: str = "LA") -> str:
        return f"{apt}{code}{self.d(5)}"

    def airport(self) -> tuple[str, str, str]:
        return self.pick(AIRPORTS)

    def route(self) -> tuple[tuple[str, str, str], tuple[str, str, str]]:
        a, b = self.rng.sample(AIRPORTS, 2)
        return a, b

    def seat(self) -> str:
        return f"{self.ri(1, 38)}{self.pick('ABCDEF')}"

    def aircraft(self) -> str:
        return f"{self.pick(['PR', 'PT', 'PS'])}-{self.up(3, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}"

    def miles_no(self) -> str:
        return self.pick([self.d(9), f"LTM{self.d(9)}", f"{self.d(3)} {self.d(3)} {self.d(3)}", self.d(10)])


def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def fmt_date(dd: int, mm: int, yy: int, fmt: str) -> str:
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}", "compact": f"{yy}{mm:02d}{dd:02d}",
            "short": f"{dd:02d}/{mm:02d}/{yy % 100:02d}", "long": f"{dd} de {MONTHS[mm - 1]} de {yy}",
            "dash": f"{dd:02d}-{mm:02d}-{yy}", "nopad": f"{dd}/{mm}/{yy}", "dot": f"{dd:02d}.{mm:02d}.{yy}",
            "iata": f"{dd:02d}{MON3[mm - 1]}{yy % 100:02d}", "iata4": f"{dd:02d}{MON3[mm - 1]}{yy}",
            "caps": f"{dd} DE {fold(MONTHS[mm - 1]).upper()} DE {yy}"}[fmt]


OCR_LETTERS = [("m", "rn"), ("rn", "m"), ("d", "cl"), ("e", "c"), ("í", "i"), ("ã", "a"), ("ç", "c"),
               ("é", "e"), ("I", "l"), ("n", "ri"), ("u", "ii"), ("o", "ó"), ("h", "li")]
OCR_DIGITS = [("0", "O"), ("1", "l"), ("5", "S"), ("8", "B"), ("1", "I")]
OCR_UNDO = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8", "|": "1"})


def ocr(s: str, g: Gen, rate: float = 0.35, digits: bool = False) -> str:
    """One or two OCR confusions: letters in names and words, digit/letter in identifiers."""
    table = OCR_DIGITS if digits else OCR_LETTERS
    for _ in range(2):
        if not g.chance(rate * (0.6 if digits else 1)):
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


def table_ruled(doc: Doc, cols: list[str], rows: list[list[tuple]]) -> None:
    """'+----+' ruled table."""
    widths = [max([len(c)] + [len(r[k][0]) for r in rows]) for k, c in enumerate(cols)]
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


def table_plain(doc: Doc, cols: list[str], rows: list[list[tuple]], rule: str = "=") -> None:
    """Columns padded with spaces, a '====' rule under the header (report printers)."""
    widths = [max([len(c)] + [len(r[k][0]) for r in rows]) for k, c in enumerate(cols)]
    doc.t("  ".join(c.ljust(w) for c, w in zip(cols, widths)).rstrip() + "\n")
    if rule:
        doc.t("  ".join(rule * w for w in widths) + "\n")
    for r in rows:
        for k, ((v, lab), w) in enumerate(zip(r, widths)):
            if k:
                doc.t("  ")
            doc.e(v, lab)
            if k < len(r) - 1:
                doc.t(" " * (w - len(v)))
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


def nlabel(v: str):
    return (v, "PERSON") if v else ("", None)


def airport_line(a: tuple[str, str, str]) -> str:
    return f"{a[1]} ({a[0]})"


# =========================================================================== atendimento


def addr_block(g: Gen, doc: Doc, caps: bool = False, label_cep: str = "CEP") -> None:
    """street (ADDRESS) – bairro – city/UF – CEP (BR_CEP)."""
    c, uf = g.city()
    doc.f("«a» – «b» – «c»/«u» – «l» «z»", a=(g.address("caps" if caps else "text"), "ADDRESS"),
          b=g.pick(BAIRROS), c=c, u=uf, l=label_cep, z=(g.cep(), "BR_CEP"))


def at_pir(g: Gen) -> Doc:
    """Property Irregularity Report (lost or damaged bag) printed at the baggage-services desk."""
    doc = Doc()
    code, airline_name, prefix = g.airline()
    a, b = g.route()
    p = g.person()
    agent = g.person()
    kind = g.pick(["AHL", "AHL", "DPR", "OHD"])
    day = g.date("iata")
    doc.f("«n» — BAGGAGE SERVICES / ATENDIMENTO DE BAGAGEM\nPROPERTY IRREGULARITY REPORT (PIR) — «k»\n"
          "File reference: «r»        Emitido em: «d» «h»\n\n",
          n=airline_name.upper(), k={"AHL": "BAGAGEM EXTRAVIADA", "DPR": "BAGAGEM DANIFICADA", "OHD": "BAGAGEM SEM DONO"}[kind],
          r=g.pir(b[0], code), d=g.date(), h=g.hm())
    doc.f("Passenger name ....: «p» «t»\nInitials ..........: «i»\n", p=P(p.airline), t=p.title,
          i="".join(w[0] for w in fold(p.full).upper().split() if w.lower() not in PARTICLES))
    doc.f("Flight/Date .......: «f»/«dd»   Routing: «a»-«b»\nTicket ............: «tk»   PNR: «pnr»\n",
          f=g.flight(code), dd=day, a=a[0], b=b[0], tk=g.ticket(prefix), pnr=g.pnr())
    doc.f("Bag tag ...........: «bt»   Color/Type: «ct»\nContents ..........: «co»\n",
          bt=g.bagtag(code), ct=g.pick(["BK22 (preta, rígida)", "BU02 (azul, lona)", "RD25 (vermelha)", "GY22 (cinza c/ fita rosa)",
                                        "PU05 mochila roxa", "BN03 (marrom couro)"]),
          co=g.pick(["roupas, medicamento de uso contínuo (insulina), carregador", "roupa de frio, 2 garrafas de vinho, sapato",
                     "enxoval de bebê, presentes", "material de trabalho (notebook NÃO), roupas", "uniforme, livros, uma bíblia",
                     "secador de cabelo, roupas, imagem de Nossa Senhora Aparecida"]))
    if kind == "DPR":
        doc.f("Damage ............: «x»\n", x=g.pick(["rodinha quebrada, alça arrancada", "casco rachado na lateral",
                                                    "zíper rompido, forro rasgado", "amassado e molhado"]))
    doc.t("Permanent address .: ")
    addr_block(g, doc, caps=g.chance(0.5))
    doc.t("\n")
    if g.chance(0.5):
        doc.f("Temporary address .: Hotel «h» (até «d»)\n", h=g.pick(["Ibis Aeroporto", "Prudente Palace", "Pousada Flor do Mar",
                                                                      "Mercure Centro", "Hotel Luz do Sol"]), d=g.date("short"))
    doc.f("Phone 1 ...........: «t1»\n", t1=(g.phone(), "PHONE_NUMBER"))
    if g.chance(0.6):
        doc.f("Phone 2 ...........: «t2» («w»)\n", t2=(g.phone(mobile=g.chance(0.5)), "PHONE_NUMBER"),
              w=g.pick(["recado c/ filha", "trabalho", "marido", "vizinha"]))
    doc.f("E-mail ............: «e»\n", e=(g.email(p), "EMAIL_ADDRESS"))
    doc.f("CPF ...............: «c»\n", c=(g.cpf(), "BR_CPF"))
    if g.chance(0.7):
        doc.f("Date of birth .....: «b»\n", b=(g.dob("iata4" if g.chance(0.5) else "br"), "DATE_OF_BIRTH"))
    doc.f("\nAgente: «ag» (mat. «m»)   Supervisor(a) de turno: «sv»\n", ag=P(name_form(g, agent, ["full", "short", "caps"])),
          m=g.d(6), sv=P(g.person().short))
    doc.f("Obs.: «o»\n", o=g.pick([
        "pax informa que a mala foi despachada no balcão 14, conexão curta em " + a[1] + ".",
        "Prazo de 7 dias p/ localização (Res. ANAC 400/2016, art. 32). Kit de pernoite entregue.",
        "Passageira pediu entrega no endereço permanente. Orientada sobre indenização de despesas emergenciais.",
        "Etiqueta rasgada, rastreio WorldTracer sem leitura em " + b[0] + ".",
        "luz do cadeado TSA piscando, fita rosa na alça (identificação)."]))
    doc.t("Assinatura do passageiro: ____________________\n")
    return doc


def at_chat(g: Gen) -> Doc:
    """WhatsApp channel export: a bot, then a human attendant, cancelled flight and rebooking."""
    doc = Doc()
    code, airline_name, _ = g.airline()
    bot = g.pick(["Lia (assistente virtual)", "Assistente Azul", "GOL Bot", "Tito, o assistente", "Assistente LATAM"])
    p = g.person()
    att = g.person(female=g.chance(0.6))
    kid = g.relative(p)
    a, b = g.route()
    d0 = g.ri(1, 27)
    mm = g.ri(1, 12)
    h = sorted(g.rng.sample(range(6 * 60, 22 * 60), 12))
    hh = [f"{x // 60:02d}:{x % 60:02d}" for x in h]
    day = f"{d0:02d}/{mm:02d}/2025"
    sender = (p.short, "PERSON") if g.chance(0.2) else (g.phone("wa"), "PHONE_NUMBER")

    def line(idx: int, who, txt: str, **vals):
        doc.t(f"[{day} {hh[idx]}] ")
        if isinstance(who, tuple):
            doc.e(who[0], who[1])
        else:
            doc.t(who)
        doc.t(": ")
        doc.f(txt + "\n", **vals)

    line(0, sender, "«x»", x=g.pick(["oi meu voo foi cancelado e ninguem avisa nada", "Bom dia. Voo cancelado, preciso remarcar urgente",
                                     "boa noite to no aeroporto e o painel mostra cancelado", "ola, recebi sms de cancelamento"]))
    line(1, bot, "Sinto muito por isso. Para localizar sua reserva, informe o código (localizador) de 6 letras ou o CPF do titular.")
    if g.chance(0.5):
        line(2, sender, "«c»", c=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"))
    else:
        line(2, sender, "é «l» e o cpf «c»", l=g.pnr().lower(), c=(g.cpf(), "BR_CPF"))
    if g.chance(0.5):
        line(3, bot, "Encontrei a reserva de «n». Confirme a data de nascimento do titular, por favor.", n=P(p.caps))
    else:
        line(3, bot, "Encontrei sua reserva «l». Confirme a data de nascimento do titular, por favor.", l=g.pnr())
    line(4, sender, "«d»", d=(g.dob(g.pick(["br", "nopad", "short"])), "DATE_OF_BIRTH"))
    line(5, bot, "Obrigado! Vou te transferir para um atendente. Tempo estimado: «m» min.", m=g.ri(3, 40))
    line(6, "Atendimento " + airline_name.split()[0], "Olá, aqui é «a», vou seguir com seu atendimento 😊 Vi que o «f» («x»→«y») foi cancelado por «r».",
         a=P(att.first), f=g.flight(code), x=a[0], y=b[0], r=g.pick(["manutenção não programada", "readequação da malha", "condições meteorológicas em " + b[1],
                                                                     "fechamento do aeroporto"]))
    line(7, sender, "vou com minha filha «k», ela tem «i» anos, nasceu «kd». consegue nós duas no mesmo voo?" if kid.female else
         "tô com meu filho «k» de «i» anos (nasc. «kd»), preciso de dois lugares juntos",
         k=P(kid.first if g.chance(0.6) else kid.full), i=g.ri(2, 11), kd=(g.dob("br", 2014, 2023), "DATE_OF_BIRTH"))
    line(8, "Atendimento " + airline_name.split()[0], "Consigo sim. Tenho o «f» amanhã às «h» com assentos «s1» e «s2». "
         "Envio o novo cartão de embarque para o e-mail «e», confere?",
         f=g.flight(code), h=g.hm(), s1=g.seat(), s2=g.seat(), e=(g.email(p), "EMAIL_ADDRESS"))
    if g.chance(0.5):
        line(9, sender, "isso. se precisar liga nesse outro número «t» que é do meu marido «m»",
             t=(g.phone(g.pick(["plain", "par", "raw"])), "PHONE_NUMBER"), m=P(g.relative(p, False).first))
    else:
        line(9, sender, "confere. e a hospedagem? vocês vão pagar o hotel? moro em «c», não é aqui",
             c=g.city()[0])
    line(10, "Atendimento " + airline_name.split()[0], "Voucher de hotel e alimentação emitido (nº «v»), retire no balcão de «a». "
         "«w» Protocolo deste atendimento: «p». Qualquer coisa, é só chamar! «n»", v=g.d(8), a=a[1],
         w=g.pick(["Seria prudente chegar 2h antes, a fila do raio-x está grande.", "O hotel fica na Santos Dumont, pertinho do terminal.",
                   "Quando a luz verde do totem acender, é só escanear o QR.", "A van do hotel sai da frente do portão Aurora (desembarque).",
                   "O balcão fica ao lado da Farmácia Rosa, no piso térreo.", "Tudo certo."]),
         p=g.protocol(), n=P(att.short) if g.chance(0.5) else V("— equipe " + airline_name.split()[0]))
    line(11, bot, "Como você avalia este atendimento? Responda de 1 a 5.")
    return doc


def at_pnae(g: Gen) -> Doc:
    """E-mail thread: a relative asks for special assistance (PNAE, wheelchair, oxygen) and the airline answers."""
    doc = Doc()
    code, airline_name, _ = g.airline()
    dom = {"LA": "latam.com", "G3": "voegol.com.br", "AD": "voeazul.com.br", "2Z": "voepass.com.br", "TP": "flytap.com"}[code]
    rel = g.person()
    pax = g.relative(rel, female=g.chance(0.6))
    doc_ = g.person(female=g.chance(0.5))
    carer = g.person()
    att = g.person()
    a, b = g.route()
    doc.f("De: «n» <«e»>\nPara: assistenciaespecial@«d»\nData: «dt»\nAssunto: PNAE - «pn» - voo «f» «dd»\n\n",
          n=P(rel.full), e=(g.email(rel), "EMAIL_ADDRESS"), d=dom, dt=g.date(), pn=P(pax.caps if g.chance(0.5) else pax.full),
          f=g.flight(code), dd=g.date("short"))
    doc.f("Bom dia,\n\nSolicito assistência especial para «w» «pn», «i» anos (nascid«o» em «db»), CPF «c», "
          "que viaja no voo «f» saindo do «a» para «b» no dia «dd», localizador «l».\n",
          w=g.pick(["minha mãe", "minha avó", "minha sogra"] if pax.female else ["meu pai", "meu avô", "meu tio"]), o=pax.o,
          pn=P(pax.full if g.chance(0.6) else pax.first), i=g.ri(68, 96), db=(g.dob("br", 1929, 1957), "DATE_OF_BIRTH"),
          c=(g.cpf(), "BR_CPF"), f=g.flight(code), a=a[2], b=b[1], dd=g.date(), l=g.pnr())
    doc.f("«s» Vai acompanhad«o» d«ca» «c» (CPF «cc», RG «rg»).\n",
          s=g.pick(["Ela não anda longas distâncias e precisa de cadeira de rodas até a poltrona (WCHC).",
                    "Usa oxigênio (concentrador portátil Inogen G5, bateria p/ 6h), segue MEDIF.",
                    "Tem Alzheimer em fase moderada, precisa de acompanhamento no desembarque (DPNA).",
                    "É amputado (perna esquerda), usa muletas, precisa do ambulift."]),
          o=pax.o, ca="a cuidadora" if carer.female else "o cuidador", c=P(carer.full), cc=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"))
    doc.f("Anexei o MEDIF preenchido e assinado pela «t» «m», «crm», e o laudo com CID «cid».\n"
          "Meu contato: «ph» (WhatsApp). Endereço para correspondência: ",
          t="Dra." if doc_.female else "Dr.", m=P(doc_.full), crm=(g.council("CRM"), "PROFESSIONAL_ID"), cid=g.pick(CIDS),
          ph=(g.phone(), "PHONE_NUMBER"))
    addr_block(g, doc)
    doc.f("\n\nObrigad«o»,\n«n»\n\n", o=rel.o, n=P(rel.first if g.chance(0.5) else rel.full))
    doc.f("-----\nDe: «a» <«ae»>\nEnviado: «dt»\n\nPrezad«o» «n»,\n\nRecebemos a solicitação. O MEDIF foi encaminhado à nossa equipe médica "
          "(Medicina de Aviação) e a resposta sai em até 72h (Res. ANAC 280/2013). O atendimento especial está registrado no localizador, "
          "código SSR «ssr». Em «b» quem recebe é o agente de rampa de plantão; o ambulift da «h» já foi solicitado.\n\n"
          "Atenciosamente,\n",
          a=P(att.full), ae=(g.work_email(att, dom), "EMAIL_ADDRESS"), dt=g.date(), o=rel.o, n=P(rel.first),
          ssr=g.pick(["WCHC", "WCHR", "WCHS", "MEDA", "POXY", "DPNA"]), b=b[1], h=g.pick(HANDLERS))
    if g.chance(0.5):
        doc.f("«a»\n", a=P(att.short))
    doc.f("Central de Assistência Especial | «al»\nassistenciaespecial@«d»\n", al=airline_name, d=dom)
    return doc


def at_menor(g: Gen) -> Doc:
    """Unaccompanied minor form (UM) with the notary's stamp; a third are OCR'd scans."""
    doc = Doc()
    code, airline_name, _ = g.airline()
    scan = g.chance(0.35)
    kid = g.person()
    mom = g.relative(kid, female=True)
    rec = g.relative(kid)
    clerk = g.person()
    a, b = g.route()
    O = (lambda s: ocr(s, g)) if scan else (lambda s: s)
    OD = (lambda s: ocr(s, g, digits=True)) if scan else (lambda s: s)
    if scan:
        doc.t(f"[digitalizado — pág. 1/1 — {g.d(3)} dpi]\n")
    doc.f("«al»\nFORMULÁRIO DE MENOR DESACOMPANHADO (UMNR) / AUTORIZAÇÃO DE VIAGEM\n(Res. CNJ nº 295/2019 – ECA, art. 83)\n\n",
          al=airline_name.upper())
    kd = g.dob("br", 2011, 2019)
    doc.f("1. MENOR\nNome: «n»\nData de nascimento: «d»   Idade: «i»\nDocumento: «dt» nº «rg»\n\n",
          n=P(O(kid.caps if scan else kid.full)), d=(OD(kd), "DATE_OF_BIRTH"), i=2025 - int(kd[-4:]),
          dt=g.pick(["RG", "Cédula de identidade"]), rg=(OD(g.rg("dot")), "BR_RG"))
    doc.f("2. VOO\n«f» — «a» → «b» — «d» — partida «h»\n\n", f=g.flight(code), a=a[0], b=b[0], d=g.date(), h=g.hm())
    for title, who in (("3. RESPONSÁVEL QUE ENTREGA NO EMBARQUE", mom), ("4. PESSOA QUE RECEBERÁ NO DESTINO", rec)):
        doc.f("«t»\nNome: «n»\nParentesco: «p»\nRG: «rg»   CPF: «c»\nTelefone: «ph»   E-mail: «em»\nEndereço: ",
              t=title, n=P(O(who.caps if scan else who.full)),
              p=("mãe" if who is mom else g.pick(["avó", "tia", "madrinha"]) if who.female else g.pick(["pai", "avô", "tio", "padrinho"])),
              rg=(OD(g.rg()), "BR_RG"), c=(OD(g.cpf()), "BR_CPF"), ph=(g.phone(), "PHONE_NUMBER"), em=(g.email(who), "EMAIL_ADDRESS"))
        c, uf = g.city()
        doc.f("«a», «c»/«u», CEP «z»\n\n", a=(O(g.address("caps" if scan else "text")), "ADDRESS"), c=c, u=uf, z=(g.cep(), "BR_CEP"))
    doc.f("Declaro que autorizo a viagem do(a) menor acima sob os cuidados da companhia (taxa UM R$ «v»).\n"
          "«cid», «dd».   Assinatura: ____________________ («n»)\n\n",
          v=g.money(150, 450), cid=g.city()[0], dd=g.date("long"), n=P(O(mom.full)))
    doc.f("[carimbo] «c» — Reconheço por semelhança a firma de «n». Em testemunho da verdade. Selo «s». "
          "Escrevente autorizad«o»: «e»\n",
          c=g.pick(["2º TABELIONATO DE NOTAS", "CARTÓRIO DO 1º OFÍCIO", "TABELIONATO ROSA AMADO", "CARTÓRIO BENTO LEÃO – 3º OFÍCIO"]),
          n=P(O(mom.caps)), s=f"{g.up(3)}{g.d(5)}-{g.up(2)}", o=clerk.o, e=P(O(clerk.full)))
    return doc


def at_manifest(g: Gen) -> Doc:
    """Passenger manifest extract (DCS print) with crew block; infants in the SSR column."""
    doc = Doc()
    code, airline_name, prefix = g.airline()
    a, b = g.route()
    day = g.date("iata")
    doc.f("PASSENGER MANIFEST   «f»/«d»   «a»-«b»   ACFT «r»   STD «h»\n", f=g.flight(code), d=day, a=a[0], b=b[0],
          r=g.aircraft(), h=g.hm())
    cmt, co = g.person(), g.person()
    if g.chance(0.5):
        doc.f("CREW: CMT «c» / FO «o» / CCM «m» + «n» CCM\n\n", c=P(cmt.airline), o=P(co.airline), m=P(g.person().airline), n=g.ri(2, 4))
    else:
        doc.f("CREW: 2/«n»   GATE «gt»   ZFW «z»\n\n", n=g.ri(3, 5), gt=g.ri(1, 40), z=g.ri(40000, 62000))
    rows = []

    def ctc():
        if g.chance(0.7):
            return (g.phone(g.pick(["raw", "cc", "cc"])).replace("+", ""), "PHONE_NUMBER")
        return V("")

    for k in range(g.ri(6, 9)):
        p = g.person()
        docv = g.rng.random()
        if docv < 0.55:
            dcol = ("CPF", (g.cpf("raw"), "BR_CPF"))
        elif docv < 0.8:
            dcol = ("RG", (g.rg("raw"), "BR_RG"))
        else:
            dcol = ("PSPT", V(g.up(2) + g.d(6)))
        ssr = V(g.pick(["", "", "", "WCHR", "VGML", "PETC", "DEAF", "BLND", "UMNR", "MAAS"]))
        if g.chance(0.15):
            inf = g.relative(p)
            ssr = (f"INFT/{inf.airline} {fmt_date(g.ri(1, 28), g.ri(1, 12), g.pick([2024, 2025]), 'iata')}", "MIX")
            rows.append([V(f"{k + 1:03d}"), P(p.airline), V(p.title), V(dcol[0]), dcol[1],
                         (g.dob("iata", 1950, 2005), "DATE_OF_BIRTH"), V(g.seat()), ssr, V(g.pnr()), ctc()])
            continue
        rows.append([V(f"{k + 1:03d}"), P(p.airline), V(p.title), V(dcol[0]), dcol[1],
                     (g.dob("iata", 1945, 2012), "DATE_OF_BIRTH") if g.chance(0.85) else V(""), V(g.seat()), ssr, V(g.pnr()), ctc()])
    cols = ["SEQ", "NAME", "TTL", "DOCT", "DOC NBR", "DOB", "SEAT", "SSR", "PNR", "CTCM"]
    widths = [max([len(c)] + [len(r[k][0]) for r in rows]) for k, c in enumerate(cols)]
    doc.t("  ".join(c.ljust(w) for c, w in zip(cols, widths)).rstrip() + "\n")
    doc.t("  ".join("-" * w for w in widths) + "\n")
    for r in rows:
        for k, ((v, lab), w) in enumerate(zip(r, widths)):
            if k:
                doc.t("  ")
            if lab == "MIX":
                m = re.match(r"INFT/(\S+/\S+(?: \S+)*?) (\d\d[A-Z]{3}\d\d)$", v)
                doc.t("INFT/")
                doc.e(m.group(1), "PERSON")
                doc.t(" ")
                doc.e(m.group(2), "DATE_OF_BIRTH")
            else:
                doc.e(v, lab)
            if k < len(r) - 1:
                doc.t(" " * (w - len(v)))
        doc.t("\n")
    doc.f("\nTOTAL PAX «n»  INF «i»  BAGS «b»/«kg»KG   AGENT «ag»   PRINTED «t»\n", n=len(rows), i=sum(1 for r in rows if r[7][1] == "MIX"),
          b=g.ri(4, 20), kg=g.ri(60, 400), ag=f"{g.up(2)}{g.d(4)}", t=g.hms())
    if g.chance(0.5):
        doc.f("Supervisor de embarque: «s» — conferido c/ «t» (despacho)\n", s=P(g.person().short), t=P(g.person().first))
    else:
        doc.f("Conferido: DCS «d» / LDS enviado «h»Z\n", d=f"{g.up(3)}{g.d(3)}", h=g.hm())
    return doc


def at_consumidor(g: Gen) -> Doc:
    """consumidor.gov.br complaint (typos, lower case) and the airline's answer."""
    doc = Doc()
    code, airline_name, _ = g.airline()
    p = g.person()
    sp = g.relative(p, female=not p.female)
    ana = g.person()
    a, b = g.route()
    doc.f("consumidor.gov.br — Reclamação «r»\nEmpresa: «e»   Assunto: Transporte Aéreo > «s»\nConsumidor(a): «n»   UF: «u»   Data: «d»\n\n",
          r=f"{g.ri(2024, 2026)}.{g.d(2)}/{g.d(8)}", e=airline_name, s=g.pick(["Cancelamento de voo", "Atraso de voo",
                                                                                 "Extravio de bagagem", "Reembolso não efetuado", "Overbooking / preterição"]),
          n=P(p.full), u=g.pick(UFS), d=g.date())
    doc.f("Dados do consumidor (visíveis à empresa): CPF «c» | e-mail «e» | telefone «t» | CEP «z» | faixa etária «fx»\n\n",
          c=(g.cpf(), "BR_CPF"), e=(g.email(p), "EMAIL_ADDRESS"), t=(g.phone(), "PHONE_NUMBER"), z=(g.cep(), "BR_CEP"),
          fx=g.pick(["31 a 40 anos", "41 a 50 anos", "51 a 60 anos", "mais de 60 anos", "21 a 30 anos"]))
    doc.f("Relato:\n«x» comprei as passagens pra mim e pro meu «m» «sp» ida «a» volta «b», voo «f». "
          "«y» ja liguei 5 vezes no sac, protocolos «p1» e «p2», ninguem resolve. "
          "meu cpf e «c» e o «dl» «c2», email «e». quero o reembolso de R$ «v» ou vou entrar na justiça (juizado).\n"
          "tel p contato «t»\n\n",
          x=g.pick(["bom dia", "BOA TARDE.", "ola", "Prezados,"]), m="pro meu marido" if not sp.female else "pra minha esposa", dl="dele" if not sp.female else "dela",
          sp=P(g.pick([sp.low, sp.first, sp.full])), a=a[1].lower(), b=b[1].lower(), f=g.flight(code),
          y=g.pick(["o voo foi cancelado 2 horas antes e remarcaram pra dois dias depois sem hotel.",
                    "atrasou 9 horas, perdemos a diaria da pousada e o passeio.",
                    "a mala dele sumiu e voltou toda rasgada, faltando um perfume.",
                    "fomos impedidos de embarcar pq o voo tava lotado (overbooking)."]),
          p1=g.protocol(), p2=g.protocol(), c=(g.cpf(g.pick(["raw", "dot"])), "BR_CPF"), c2=(g.cpf("raw"), "BR_CPF"),
          e=(g.email(p), "EMAIL_ADDRESS"), v=g.money(400, 6000), t=(g.phone(g.pick(["raw", "plain", "dash"])), "PHONE_NUMBER"))
    doc.f("Resposta da empresa («d»):\nOlá, «n». Lamentamos o ocorrido. Verificamos a reserva «l» e, conforme a Resolução ANAC nº 400/2016, "
          "o reembolso integral de R$ «v» foi solicitado em «d2» e será creditado no «k» em até 7 dias. "
          "Para dúvidas, nossa Ouvidoria atende pelo 0800 «o».\n«a» — Ouvidoria «al»\n\n",
          d=g.date(), n=P(p.first), l=g.pnr(), v=g.money(400, 6000), d2=g.date(), k=g.pick(["mesmo cartão da compra", "cartão final " + g.d(4)]),
          o=f"{g.d(3)} {g.d(4)}", a=P(ana.full if g.chance(0.5) else ana.short), al=airline_name.split()[0])
    doc.f("Avaliação do consumidor: Resolvida? «r»  Nota: «n»\nComentário: «c»\n",
          r=g.pick(["Sim", "Não"]), n=g.ri(1, 5), c=g.pick(["demorou mas caiu", "so devolveram a taxa de embarque, vou no juizado",
                                                         "a moça do telefone foi educada mas nada resolvido", "ok"]))
    return doc


def at_achados(g: Gen) -> Doc:
    """Airport lost-property (achados e perdidos) log, a plain fixed-width print."""
    doc = Doc()
    ap = g.airport()
    doc.f("ACHADOS E PERDIDOS — «a» — Terminal «t»\nLivro de registro — período «d1» a «d2»\n",
          a=ap[2], t=g.ri(1, 3), d1=g.date(), d2=g.date())
    if g.chance(0.5):
        doc.f("Operador(a) do turno: «o»\n", o=P(g.person().full))
    doc.t("\n")
    for _ in range(g.ri(4, 6)):
        finder = g.person()
        owner = g.person()
        k = g.ri(0, 5)
        doc.f("#«n»  «d» «h»  «l»\n  Item: ", n=g.d(5), d=g.date("short", 2025), h=g.hm(),
              l=g.pick(["Sala de embarque B", "Esteira 4 (desembarque)", "Praça de alimentação", "Banheiro fem. portão 12",
                        "Estacionamento ED-G piso 2", "Raio-X canal 3", "Área de check-in ilha C"]))
        if k == 0:
            doc.f("carteira marrom c/ CNH nº «c» e RG «r» em nome de «o», R$ «v» em espécie\n",
                  c=(g.cnh(), "BR_CNH"), r=(g.rg(), "BR_RG"), o=P(owner.caps), v=g.money(5, 300))
        elif k == 1:
            doc.f("celular «m» (tela trincada), capinha com foto; contato de emergência na tela bloqueada: «t»\n",
                  m=g.pick(["Samsung A54", "iPhone 13", "Motorola G84", "Xiaomi Redmi"]), t=(g.phone(), "PHONE_NUMBER"))
            owner = None
        elif k == 2:
            doc.f("chave de veículo «m», chaveiro com placa «p» (estacionamento)\n", m=g.pick(["Fiat", "VW", "Hyundai", "Toyota", "Renault"]),
                  p=(g.plate(), "LICENSE_PLATE"))
            owner = None
        elif k == 3:
            doc.f("pasta c/ documentos: certidão de nascimento de «o» (nasc. «d») e cartão SUS «c»\n",
                  o=P(owner.full), d=(g.dob("br", 2010, 2024), "DATE_OF_BIRTH"), c=(g.cns(), "BR_CNS"))
        elif k == 4:
            doc.f("cartão de crédito «c» em nome de «o» (banco avisado)\n", c=g.masked_card(), o=P(owner.caps))
        else:
            doc.f("mochila azul c/ notebook, crachá da empresa «e» em nome de «o», CPF «c»\n", e=g.pick(HANDLERS + ["Rosa Branca Limpeza Ltda."]),
                  o=P(owner.short), c=(g.cpf(), "BR_CPF"))
        if g.chance(0.5):
            doc.f("  Encontrado por: «f» («fn»)\n", f=P(name_form(g, finder, ["full", "short", "nick", "first"])),
                  fn=g.pick(["vigilante", "aux. limpeza", "agente de proteção", "pax", "agente de rampa"]))
        else:
            doc.f("  Encontrado por: «fn» mat. «m»\n", fn=g.pick(["vigilante", "aux. limpeza", "APAC", "agente de rampa"]), m=g.d(5))
        if owner is not None and g.chance(0.6):
            doc.f("  Devolvido em «d» a «o», «dt» «c», tel «t»\n\n", d=g.date("short"), o=P(owner.full),
                  dt=g.pick(["CPF", "doc."]), c=(g.cpf(), "BR_CPF"), t=(g.phone(), "PHONE_NUMBER"))
        elif g.chance(0.5):
            doc.f("  Status: aguardando retirada (prazo 90 dias) — tentativa de contato por e-mail «e»\n\n",
                  e=(g.email(owner or g.person()), "EMAIL_ADDRESS"))
        else:
            doc.f("  Status: encaminhado à Polícia Federal (B.O. «b»)\n\n", b=f"{g.d(4)}/{g.ri(2024, 2026)}")
    return doc


# =========================================================================== juridico


def qualif(g: Gen, doc: Doc, p: Person, caps: bool = False, rg: bool = True, email: bool = True, titulo: bool = False) -> None:
    """Petition-style qualification of a party: name, civil data, documents, address, contacts."""
    doc.f("«n», «na», «ec», «pr», ", n=P(p.caps if caps else p.full),
          na=("brasileira" if p.female else "brasileiro"),
          ec=g.pick(["solteira", "casada", "divorciada", "viúva", "em união estável"]) if p.female else
          g.pick(["solteiro", "casado", "divorciado", "viúvo", "em união estável"]),
          pr=g.pick(["empresária", "professora", "servidora pública", "enfermeira", "aposentada", "advogada", "engenheira agrônoma"]) if p.female
          else g.pick(["empresário", "professor", "motorista", "comerciante", "aposentado", "analista de sistemas", "produtor rural"]))
    if g.chance(0.35):
        doc.f("nascid«o» em «d», ", o=p.o, d=(g.dob(g.pick(["br", "long"])), "DATE_OF_BIRTH"))
    if rg:
        doc.f("portador«a» do RG nº «r» «s», ", a="a" if p.female else "", r=(g.rg(), "BR_RG"), s=g.pick(["SSP/SP", "SSP/BA", "SESP/PR", "DETRAN/RJ", "SSP/MG", "PC/PE"]))
    doc.f("inscrit«o» no CPF sob o nº «c», ", o=p.o, c=(g.cpf("dot"), "BR_CPF"))
    if titulo or g.chance(0.35):
        doc.f("título de eleitor «t», ", t=(g.titulo(), "BR_TITULO_ELEITOR"))
    cu = g.city()
    doc.f("residente e domiciliad«o» na «a», «b», «c»/«u», CEP «z»", o=p.o, a=(g.address(), "ADDRESS"), b=g.pick(BAIRROS),
          c=cu[0], u=cu[1], z=(g.cep(), "BR_CEP"))
    if email:
        doc.f(", e-mail «e»", e=(g.email(p), "EMAIL_ADDRESS"))
    if g.chance(0.5):
        doc.f(", telefone «t»", t=(g.phone(), "PHONE_NUMBER"))


def ju_peticao(g: Gen) -> Doc:
    """Small-claims initial petition (JEC) over a cancelled or delayed flight."""
    doc = Doc()
    code, airline_name, _ = g.airline()
    p = g.person()
    p2 = g.relative(p, female=not p.female) if g.chance(0.5) else None
    adv = g.person()
    a, b = g.route()
    uf = g.pick(UFS)
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) DOUTOR(A) JUIZ(A) DE DIREITO DO «n»º JUIZADO ESPECIAL CÍVEL DA COMARCA DE «c»\n\n",
          n=g.ri(1, 12), c=fold(g.city()[0]).upper())
    qualif(g, doc, p, caps=True)
    if p2:
        doc.t("; e ")
        qualif(g, doc, p2, caps=True, email=False)
    doc.f(", por seu advogado que esta subscreve (procuração anexa), vêm, respeitosamente, propor a presente\n\n"
          "AÇÃO DE INDENIZAÇÃO POR DANOS MATERIAIS E MORAIS\n\nem face de «al», pessoa jurídica de direito privado, inscrita no CNPJ sob o nº «cj», "
          "com sede na Rua Ática, 673, São Paulo/SP, pelos fatos e fundamentos a seguir.\n\n",
          al=airline_name.upper(), cj=(g.cnpj(), "BR_CNPJ"))
    doc.f("I – DOS FATOS\n\nO(s) Autor(es) adquiriu(ram) passagens (localizador «l», bilhetes «t1»«t2») para o voo «f», com partida do «a» "
          "em «d» às «h» e destino ao «b». «x» Os autores só chegaram ao destino «hh» horas depois, perdendo «y».\n\n",
          l=g.pnr(), t1=g.ticket(), t2=(" e " + g.ticket()) if p2 else "", f=g.flight(code), a=a[2], d=g.date(), h=g.hm(), b=b[2],
          x=g.pick(["Já no portão de embarque, foram informados do cancelamento do voo, sem qualquer assistência material.",
                    "O voo atrasou sucessivamente e foi cancelado às 23h, sendo os passageiros reacomodados apenas no dia seguinte.",
                    "No desembarque, constatou-se o extravio da bagagem (PIR nº " + g.pir(b[0], code) + "), devolvida 9 dias depois."]),
          hh=g.ri(6, 52), y=g.pick(["a formatura do filho", "uma diária de hotel já paga", "compromisso profissional (audiência)",
                                    "o velório de um parente", "o primeiro dia do pacote turístico"]))
    doc.f("II – DO DIREITO\n\nA responsabilidade do transportador é objetiva (art. 14 do CDC – Lei 8.078/1990; art. 256 do CBA – Lei 7.565/1986, "
          "com redação da Lei 14.034/2020). A Resolução ANAC nº 400/2016 (arts. 26 e 27) impõe assistência material. "
          "Nesse sentido: TJ«u», Recurso Inominado «cnj», Rel. Juiz(a) «j», j. «dj».\n\n",
          u=uf, cnj=g.cnj(), j=P(g.person().full), dj=g.date())
    doc.f("III – DOS PEDIDOS\n\na) a condenação da Ré ao pagamento de R$ «m» a título de danos materiais; b) R$ «dm» por danos morais, "
          "para cada autor; c) a inversão do ônus da prova (art. 6º, VIII, CDC).\n\nDá-se à causa o valor de R$ «vc».\n\n",
          m=g.money(300, 4000), dm=g.money(5000, 15000), vc=g.money(10000, 40000))
    doc.f("«c», «d».\n\n«a»\n«o»\n«e»\n", c=g.city()[0], d=g.date("long"), a=P(adv.caps if g.chance(0.5) else adv.full),
          o=(g.council("OAB"), "PROFESSIONAL_ID"), e=(g.work_email(adv, g.pick(["adv.br", "aragaofeitosa.adv.br", "leaoporto.com.br"])), "EMAIL_ADDRESS"))
    return doc


def ju_andamento(g: Gen) -> Doc:
    """Court system page of a suit (e-SAJ/PJe style): parties, lawyers, movements, the sentence's gist."""
    doc = Doc()
    code, airline_name, _ = g.airline()
    p = g.person()
    adv, adv2, juiz = g.person(), g.person(), g.person()
    cnj = g.cnj()
    doc.f("Processo «c»\nClasse: Procedimento do Juizado Especial Cível   Assunto: Transporte Aéreo / Indenização por Dano Moral\n"
          "Foro: Foro «f»   Vara: «v»ª Vara do Juizado Especial Cível   Juiz: «j»\nDistribuição: «d» - Livre   Valor da ação: R$ «m»\n\n",
          c=cnj, f=g.pick(["Regional de Santana", "Central Cível", "de Guarulhos", "Regional do Jabaquara", "de Presidente Prudente"]),
          v=g.ri(1, 9), j=P(juiz.full), d=g.date(), m=g.money(8000, 40000))
    doc.t("Partes do processo\n")
    doc.f("Reqte  «p» - CPF: «c»\n        Advogado: «a»  «oa»\n", p=P(p.full), c=(g.cpf(), "BR_CPF"), a=P(adv.full), oa=(g.council("OAB"), "PROFESSIONAL_ID"))
    if g.chance(0.4):
        q = g.person()
        doc.f("Reqte  «p» - CPF: «c»\n        Advogado: idem\n", p=P(q.full), c=(g.cpf(), "BR_CPF"))
    doc.f("Reqdo  «al» - CNPJ: «c»\n        Advogado: «a»  «oa»\n\n", al=airline_name.upper(), c=(g.cnpj(), "BR_CNPJ"), a=P(adv2.full),
          oa=(g.council("OAB"), "PROFESSIONAL_ID"))
    doc.t("Movimentações\n")
    movs = [("Arquivado Definitivamente", ""),
            ("Certidão de Trânsito em Julgado", ""),
            ("Sentença Registrada", f"Vistos. Dispensado o relatório (art. 38 da Lei 9.099/95). JULGO PROCEDENTE EM PARTE o pedido para condenar a ré a pagar "
                                    f"R$ {g.money(2000, 10000)} a título de danos morais, corrigidos pela tabela prática do TJ a partir desta data."),
            ("Audiência de Conciliação Realizada - Sem Acordo", "Conciliador(a): "),
            ("Juntada de Petição de Contestação", f"Nº Protocolo: WJEC.{g.ri(2024, 2026)}.{g.d(8)}-{g.d(1)}"),
            ("Citação Eletrônica - Confirmada", ""),
            ("Distribuído Livremente (por Sorteio)", "")]
    for title, body in movs:
        doc.f("«d»  «t»\n", d=g.date(), t=title)
        if body == "Conciliador(a): ":
            doc.f("            Conciliador(a): «c». Presentes a parte autora e a preposta da ré.\n", c=P(g.person().full))
        elif body:
            doc.f("            «b»\n", b=body)
    if g.chance(0.9):
        doc.f("\nPetição (autor): requer a expedição de mandado de levantamento em favor de «p», CPF «c», ou transferência para "
              "«bk», agência «ag», conta «ct».\n", p=P(p.caps), c=(g.cpf(), "BR_CPF"), bk=g.bank().split(" – ")[1],
              ag=(g.agency(), "BANK_ACCOUNT"), ct=(g.account(), "BANK_ACCOUNT"))
    return doc


def ju_anac(g: Gen) -> Doc:
    """ANAC inspection: auto de infração for lack of material assistance, with the affected passengers."""
    doc = Doc()
    code, airline_name, _ = g.airline()
    insp = g.person()
    a, b = g.route()
    doc.f("AGÊNCIA NACIONAL DE AVIAÇÃO CIVIL — SUPERINTENDÊNCIA DE AÇÃO FISCAL\nAUTO DE INFRAÇÃO Nº «n»\nProcesso SEI nº «s»\n\n",
          n=f"{g.d(6)}/{g.ri(2024, 2026)}", s=f"00058.{g.d(6)}/{g.ri(2024, 2026)}-{g.d(2)}")
    doc.f("Autuado: «al»  CNPJ: «cj»\nLocal: «ap»   Data da ocorrência: «d»\n\n", al=airline_name.upper(), cj=(g.cnpj(), "BR_CNPJ"), ap=a[2], d=g.date())
    doc.f("Descrição: Deixar de prestar assistência material (alimentação e hospedagem) aos passageiros do voo «f» («x»-«y»), cancelado, "
          "conforme art. 27 da Resolução ANAC nº 400/2016. Infração capitulada no art. 302, III, 'u', da Lei 7.565/1986. "
          "Apurado a partir das reclamações abaixo (consumidor.gov.br / Fala.BR):\n\n", f=g.flight(code), x=a[0], y=b[0])
    rows = []
    for _ in range(g.ri(4, 7)):
        p = g.person()
        rows.append([V(f"{g.ri(2024, 2026)}{g.d(7)}"), P(p.caps if g.chance(0.6) else p.full), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
                     (g.email(p), "EMAIL_ADDRESS") if g.chance(0.5) else (g.phone(), "PHONE_NUMBER"), V(g.pick(["alimentação", "hospedagem", "transporte", "aliment./hosp."]))])
    if g.chance(0.5):
        table_ruled(doc, ["Reclamação", "Passageiro", "CPF", "Contato", "Assistência negada"], rows)
    else:
        table_plain(doc, ["Reclamação", "Passageiro", "CPF", "Contato", "Assistência negada"], rows, "-")
    doc.f("\nValor da multa (faixa): R$ «m» a R$ «m2» por passageiro.\nServidor autuante: «i», Especialista em Regulação, matrícula SIAPE «s»\n"
          "Ciência do autuado: «r», «c», representante legal, em «d».\n",
          m=g.money(4000, 8000), m2=g.money(10000, 20000), i=P(insp.full), s=g.d(7), r=P(g.person().full), c=g.pick(["Gerente de Aeroporto", "Coordenadora de Operações", "preposto"]),
          d=g.date())
    return doc


def ju_bo(g: Gen) -> Doc:
    """Airport police station report (boletim de ocorrência): theft from a bag, fraud, or a ramp incident."""
    doc = Doc()
    ap = g.airport()
    p = g.person()
    sus = g.person(female=False)
    esc = g.person()
    kind = g.ri(0, 2)
    doc.f("SECRETARIA DA SEGURANÇA PÚBLICA — «d»\nBOLETIM DE OCORRÊNCIA Nº «n»   Emitido: «e» «h»\nNatureza: «t»\nLocal: «ap» — «l»\n\n",
          d=g.pick(["DELEGACIA DE POLÍCIA DO AEROPORTO", "DEAT – DELEGACIA ESPECIALIZADA DE ATENDIMENTO AO TURISTA",
                    "POSTO POLICIAL DO AEROPORTO (PC)"]), n=f"{g.up(2)}{g.d(4)}-{g.ri(1, 9)}/{g.ri(2024, 2026)}",
          e=g.date(), h=g.hm(), t=["Furto (art. 155 CP) — bagagem despachada", "Estelionato (art. 171 CP) — venda de milhas",
                                   "Lesão corporal culposa — pátio de aeronaves"][kind], ap=ap[2],
          l=g.pick(["esteira de restituição 3", "saguão de desembarque", "pátio remoto, posição 207", "estacionamento ED-1"]))
    doc.t("VÍTIMA/COMUNICANTE\n")
    doc.f("Nome: «n»   Nasc.: «d»   Natural de: «c»\nRG: «r»   CPF: «cpf»\nEndereço: «a», «b» — «ci» — CEP «z»\nCelular: «t»   E-mail: «e»\n\n",
          n=P(p.caps), d=(g.dob("br"), "DATE_OF_BIRTH"), c=g.city()[0], r=(g.rg(), "BR_RG"), cpf=(g.cpf(), "BR_CPF"),
          a=(g.address("caps"), "ADDRESS"), b=fold(g.pick(BAIRROS)).upper(), ci=fold(g.city()[0]).upper(), z=(g.cep(), "BR_CEP"),
          t=(g.phone(), "PHONE_NUMBER"), e=(g.email(p), "EMAIL_ADDRESS"))
    if kind == 0:
        doc.f("HISTÓRICO\nA vítima, que veio de táxi pela Barão de Mauá, relata que despachou mala no voo «f» e, ao recebê-la, notou o cadeado rompido e a falta de «x». "
              "Registrou o PIR «pir» junto à cia. Exibiu nota fiscal dos bens (R$ «m»). A funcionária «fu», da empresa «h», acompanhou.\n",
              f=g.flight(), x=g.pick(["um notebook e um perfume Flor de Laranjeira", "joias (aliança e corrente de ouro)", "R$ 3.000,00 em espécie", "um tablet"]),
              pir=g.pir(ap[0]), m=g.money(800, 12000), fu=P(g.person().full), h=g.pick(HANDLERS))
    elif kind == 1:
        doc.f("HISTÓRICO\nA vítima comprou passagens «x» de «s», que se apresentou pelo Instagram como agente de viagens (perfil @«ig»), "
              "pagando via Pix para a chave «px» (conta em nome de «s2», CPF «c»). Ao fazer check-in, as reservas constavam canceladas por "
              "uso indevido de milhas. Prejuízo: R$ «m». O suspeito usaria o veículo «v» de placa «pl».\n",
              x=g.pick(["para Fortaleza", "de ida e volta a Lisboa", "para a família toda (4 pax)", "para Porto Seguro"]),
              s=P(sus.full), ig=fold(sus.first).lower() + "_milhas" + g.d(2), px=(g.uuid(), "PIX_KEY"), s2=P(sus.caps), c=(g.cpf(), "BR_CPF"),
              m=g.money(1500, 9000), v=g.pick(["Onix branco", "HB20 prata", "Corolla preto", "moto Honda CG vermelha"]), pl=(g.plate(), "LICENSE_PLATE"))
    else:
        doc.f("HISTÓRICO\nA vítima, operador de rampa da «h», foi atingida pelo trator rebocador (tug) de prefixo «tg», placa interna «pl», "
              "conduzido por «m» (CNH «cnh»), durante o push-back da aeronave «r». Socorrida ao posto médico e levada à UPA. CID informado: «cid».\n",
              h=g.pick(HANDLERS), tg=f"TR-{g.d(3)}", pl=(g.plate(), "LICENSE_PLATE"), m=P(sus.full), cnh=(g.cnh(), "BR_CNH"), r=g.aircraft(),
              cid=g.pick(["S82.2", "S32.0", "T14.0", "S42.0"]))
    doc.f("\nTESTEMUNHA: «w», RG «r», tel. «t»\n", w=P(g.person().full), r=(g.rg(), "BR_RG"), t=(g.phone(), "PHONE_NUMBER"))
    doc.f("Escrivã(o): «e»   Delegad«o»: «d»\n", e=P(esc.full), o="a" if g.chance(0.5) else "o", d=P(g.person().full))
    return doc


def ju_procuracao(g: Gen) -> Doc:
    """Power of attorney of a family to sue an airline; half are OCR'd scans with the notary stamp."""
    doc = Doc()
    scan = g.chance(0.5)
    O = (lambda s: ocr(s, g)) if scan else (lambda s: s)
    OD = (lambda s: ocr(s, g, digits=True)) if scan else (lambda s: s)
    head = g.person()
    others = [g.relative(head) for _ in range(g.ri(1, 3))]
    adv = g.person()
    firm = g.pick(LAWFIRMS)
    if scan:
        doc.t("=== OCR — PROCURACAO_ASSINADA.pdf — confiança 0.8" + g.d(1) + " ===\n")
    doc.t("PROCURAÇÃO AD JUDICIA ET EXTRA\n\nOUTORGANTES: ")
    for k, p in enumerate([head] + others):
        if k:
            doc.t("; ")
        doc.f("«n», «ec», RG «r», CPF «c»", n=P(O(p.caps if scan else p.full)), ec=g.pick(["brasileiro(a)", "casado(a)", "menor impúbere, representado(a) por sua genitora", "solteiro(a)"]) if k else "brasileiro(a)",
              r=(OD(g.rg()), "BR_RG"), c=(OD(g.cpf()), "BR_CPF"))
        if k == 0 and g.chance(0.9):
            doc.f(", título eleitoral «t»", t=(OD(g.titulo()), "BR_TITULO_ELEITOR"))
        if "menor" in doc.text[-120:]:
            doc.f(", nascido(a) em «d»", d=(OD(g.dob("br", 2010, 2022)), "DATE_OF_BIRTH"))
    doc.f(", todos residentes na «a», «c», CEP «z».\n\n", a=(O(g.address()), "ADDRESS"), c=g.city()[0], z=(OD(g.cep()), "BR_CEP"))
    doc.f("OUTORGADO: «n», advogad«o», «oab», integrante de «f», com escritório profissional na Av. Paulista, 1.842, cj. 155, São Paulo/SP, "
          "e-mail «e».\n\n", n=P(O(adv.full)), o=adv.o, oab=(g.council("OAB"), "PROFESSIONAL_ID"), f=firm,
          e=(g.work_email(adv, g.pick(["saldanhabrito.adv.br", "gurjaovaladares.com.br", "adv.oabsp.org.br"])), "EMAIL_ADDRESS"))
    doc.f("PODERES: para o foro em geral, especialmente para propor ação indenizatória em face de «al» em razão do «x» do voo «f» de «d», "
          "podendo transigir, receber e dar quitação, inclusive levantar alvarás.\n\n«c», «dd».\n\n",
          al=g.airline()[1], x=g.pick(["cancelamento", "atraso de 14 horas", "extravio de bagagens", "overbooking"]), f=g.flight(), d=g.date(),
          c=g.city()[0], dd=g.date("long"))
    doc.f("_______________________\n«n»\n\n", n=P(O(head.full)))
    if scan:
        doc.f("[selo] Reconheço a firma de «n» por autenticidade. «c». Dou fé. Escrevente: «e». Valor R$ «v». Selo digital «s»\n",
              n=P(O(head.caps)), c=g.pick(["14º Tabelião de Notas", "Cartório Leão Prudente", "2º Ofício de Notas de " + g.city()[0]]),
              e=P(O(g.person().full)), v=g.money(5, 20), s=f"{g.d(7)}{g.up(2)}{g.d(6)}")
    return doc


def ju_acordo(g: Gen) -> Doc:
    """Minutes of a small-claims conciliation hearing with a settlement paid by transfer or Pix."""
    doc = Doc()
    code, airline_name, _ = g.airline()
    p = g.person()
    adv, prep, adv2, conc = g.person(), g.person(), g.person(), g.person()
    doc.f("TERMO DE AUDIÊNCIA DE CONCILIAÇÃO\nProcesso nº «c»\nAutor(a): «a» (CPF «cpf»)\nRé: «r» (CNPJ «cj»)\nData: «d», às «h», por videoconferência (Microsoft Teams)\n\n",
          c=g.cnj(), a=P(p.caps), cpf=(g.cpf(), "BR_CPF"), r=airline_name.upper(), cj=(g.cnpj(), "BR_CNPJ"), d=g.date(), h=g.hm())
    doc.f("Presentes: a parte autora, acompanhada de seu advogado, «adv» («oa»); a ré, representada pela preposta «pp» e pel«o» advogad«o» «a2» («o2»). "
          "Conciliador(a): «cc».\n\n",
          adv=P(adv.full), oa=(g.council("OAB"), "PROFESSIONAL_ID"), pp=P(prep.full), o=adv2.o, a2=P(adv2.full),
          o2=(g.council("OAB"), "PROFESSIONAL_ID"), cc=P(conc.full))
    doc.f("Aberta a audiência, as partes celebraram ACORDO nos seguintes termos: a ré pagará à parte autora a quantia de R$ «v» "
          "em parcela única, até «d», ", v=g.money(1500, 9000), d=g.date())
    k = g.ri(0, 2)
    if k == 0:
        doc.f("mediante depósito na conta de titularidade d«o» autor«a», «n», CPF «c», Banco «b», agência «ag», conta corrente «ct».",
              o=p.o, a="a" if p.female else "", n=P(p.full), c=(g.cpf(), "BR_CPF"), b=g.bank(), ag=(g.agency(), "BANK_ACCOUNT"), ct=(g.account(), "BANK_ACCOUNT"))
    elif k == 1:
        doc.f("mediante Pix para a chave aleatória «px», de titularidade d«o» autor«a» (CPF «c»).", px=(g.uuid(), "PIX_KEY"), o=p.o,
              a="a" if p.female else "", c=(g.cpf(), "BR_CPF"))
    else:
        doc.f("mediante depósito na conta d«o» patron«o», «dr» «n», Banco «b», ag. «ag», c/c «ct», ou Pix «px» (chave aleatória).",
              o=adv.o, dr="Dra." if adv.female else "Dr.", n=P(adv.short), b=g.bank(), ag=(g.agency(), "BANK_ACCOUNT"),
              ct=(g.account(), "BANK_ACCOUNT"), px=(g.uuid(), "PIX_KEY"))
    doc.f(" Em caso de inadimplemento, multa de 50% (art. 52, IV, Lei 9.099/95). Com o cumprimento, «o» autor«a» dá plena quitação quanto ao voo «f» "
          "e à reserva «l».\n\nHomologo o acordo para que produza seus efeitos. «j», Juiz(a) Leigo(a).\n\n", o=p.o, a="a" if p.female else "",
          f=g.flight(code), l=g.pnr(), j=P(g.person().full))
    if g.chance(0.5):
        doc.f("Assinaturas eletrônicas: «a» — «b» — «c»\n", a=P(fold(p.full)), b=P(adv.short), c=P(prep.short))
    else:
        doc.f("Dados para contato do autor (cumprimento): «t» / «e»\n", t=(g.phone(), "PHONE_NUMBER"), e=(g.email(p), "EMAIL_ADDRESS"))
    return doc


def ju_milhas(g: Gen) -> Doc:
    """Fraud dossier of the loyalty programme (account takeover, miles sold) sent to the police with a log table."""
    doc = Doc()
    code, airline_name, _ = g.airline()
    prog = {"LA": "LATAM Pass", "G3": "Smiles", "AD": "Azul Fidelidade", "2Z": "Voepass Milhas", "TP": "Miles&Go"}[code]
    vic = g.person()
    an = g.person()
    dom = g.pick(["latam.com", "smiles.com.br", "voeazul.com.br", "prevencaofraude.com.br"])
    doc.f("CONFIDENCIAL — Prevenção a Fraudes «p»\nDossiê nº «n» — Ofício-resposta à «d»\nRef.: Inquérito Policial nº «ip»\n\n",
          p=prog, n=f"PF-{g.ri(2024, 2026)}-{g.d(5)}", d=g.pick(["DRCC – Delegacia de Repressão a Crimes Cibernéticos", "Polícia Federal – DEAIN",
                                                                 "4ª Delegacia de Polícia de Defraudações"]), ip=f"{g.d(4)}/{g.ri(2024, 2026)}")
    doc.f("1. Titular da conta fidelidade nº «m»: «v», CPF «c», nascimento «d», e-mail cadastrado «e», celular «t».\n",
          m=g.miles_no(), v=P(vic.full), c=(g.cpf(), "BR_CPF"), d=(g.dob("br"), "DATE_OF_BIRTH"), e=(g.email(vic), "EMAIL_ADDRESS"),
          t=(g.phone(), "PHONE_NUMBER"))
    fraud_mail = g.email(g.person())
    doc.f("2. Em «d», houve troca do e-mail para «e» e do celular para «t», a partir do IP «ip», seguida de resgates:\n\n",
          d=g.date(), e=(fraud_mail, "EMAIL_ADDRESS"), t=(g.phone(), "PHONE_NUMBER"), ip=(g.ip(), "IP_ADDRESS"))
    rows = []
    for _ in range(g.ri(3, 6)):
        b = g.person()
        rows.append([V(f"{g.date('iso')} {g.hms()}"), (g.ip(), "IP_ADDRESS"), V(g.pick(["RESGATE", "RESGATE", "TRANSF_PONTOS", "LOGIN_OK"])),
                     V(f"{g.ri(8, 160)}.000"), P(b.airline), (g.cpf("raw"), "BR_CPF") if g.chance(0.7) else V(g.bad_cpf()),
                     V(g.pnr())])
    if g.chance(0.5):
        table_ruled(doc, ["data_hora (UTC-3)", "ip_origem", "evento", "milhas", "beneficiario", "doc_beneficiario", "loc"], rows)
    else:
        table_csv(doc, ["data_hora", "ip", "evento", "milhas", "beneficiario", "doc", "loc"], rows, ";")
    doc.f("\nObs.: «o»\n3. Cartão usado no pagamento das taxas: «cc» (titular «h»), emissor confirmou contestação.\n",
          o="linhas com doc_beneficiario inválido (falha no dígito verificador) foram recusadas no check-in.",
          cc=(g.card(), "CREDIT_CARD"), h=P(g.person().caps))
    doc.f("\nAnalista responsável: «a» — «e» — ramal «r»\nCópia: juridico@«dm»\n", a=P(an.full), e=(g.work_email(an, dom), "EMAIL_ADDRESS"),
          r=g.d(4), dm=dom)
    return doc


JU = [ju_peticao, ju_andamento, ju_anac, ju_bo, ju_procuracao, ju_acordo, ju_milhas]


# =========================================================================== saude


def sa_cma(g: Gen) -> Doc:
    """Aeronautical medical certificate (CMA) and the examiner's exam summary."""
    doc = Doc()
    p = g.person(female=g.chance(0.3))
    med = g.person()
    cls = g.pick(["1ª classe", "1ª classe", "2ª classe", "4ª classe"])
    func = g.pick(["Piloto de Linha Aérea (PLA)", "Piloto Comercial (PC)", "Comissári(o/a) de Voo", "Controlador(a) de Tráfego Aéreo", "Piloto Privado"])
    doc.f("REPÚBLICA FEDERATIVA DO BRASIL — AGÊNCIA NACIONAL DE AVIAÇÃO CIVIL\nCERTIFICADO MÉDICO AERONÁUTICO — CMA «c»\n\n",
          c=cls.upper())
    doc.f("Nome: «n»\nCPF: «cpf»   Código ANAC (CANAC): «ca»\nData de nascimento: «d»   Sexo: «s»\nFunção: «f»\n",
          n=P(p.caps), cpf=(g.cpf(), "BR_CPF"), ca=g.d(6), d=(g.dob(g.pick(["br", "iso"]), 1962, 2003), "DATE_OF_BIRTH"),
          s="F" if p.female else "M", f=func)
    doc.f("Data do exame: «e»   Validade: «v»\nRestrições/Limitações: «r»\n\n", e=g.date(), v=g.date(year=g.pick([2026, 2027])),
          r=g.pick(["VDL – deve usar lentes corretivas e portar óculos reserva", "Nenhuma", "OML – válido somente como piloto com copiloto qualificado",
                    "TML – validade limitada a 6 meses (acompanhamento cardiológico)", "SSL – uso de aparelho auditivo"]))
    doc.f("Examinador(a) credenciado(a): «m» — «crm» — Clínica «cl»\n\n", m=P(med.full), crm=(g.council("CRM"), "PROFESSIONAL_ID"),
          cl=g.pick(["AeroMed Vitória", "Medicina Aeroespacial Santos Dumont", "Centro de Medicina de Aviação Bento Ribas", "CEMAL Aurora"]))
    doc.t("--- Resumo do exame (uso interno, não acompanha o certificado) ---\n")
    doc.f("Endereço do examinado: «a», «c» — CEP «z»\nContato: «t» / «e»\n",
          a=(g.address(), "ADDRESS"), c=g.city()[0], z=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"), e=(g.email(p), "EMAIL_ADDRESS"))
    doc.f("PA «pa» mmHg  FC «fc» bpm  IMC «imc»  Acuidade «ac»  Audiometria: «au»\nECG: «ecg»   Glicemia jejum «gl» mg/dL\n"
          "Hipóteses/CID: «c1»«c2»\nParecer: «par»\n",
          pa=f"{g.ri(105, 150)}/{g.ri(65, 95)}", fc=g.ri(52, 96), imc=f"{g.rng.uniform(19, 33):.1f}", ac=g.pick(["20/20 AO", "20/30 OD 20/25 OE c/c", "20/40 s/c"]),
          au=g.pick(["normal", "perda leve em 4 kHz OE", "PAIR bilateral leve"]), ecg=g.pick(["ritmo sinusal", "BRD incompleto", "normal"]),
          gl=g.ri(78, 130), c1=g.pick(CIDS), c2=(", " + g.pick(CIDS)) if g.chance(0.5) else "",
          par=g.pick(["APTO", "APTO com restrição", "INAPTO temporário — reavaliar em 90 dias", "APTO — encaminhado à JES para homologação"]))
    if g.chance(0.5):
        doc.f("Encaminhamento: «esp» «n» («crm»), laudo até «d».\n", esp=g.pick(["cardiologista", "oftalmologista", "otorrino", "psiquiatra"]),
              n=P(g.person().full), crm=(g.council("CRM"), "PROFESSIONAL_ID"), d=g.date())
    doc.f("Assinatura digital: «m»\n", m=P(med.caps))
    return doc


def sa_posto(g: Gen) -> Doc:
    """Airport medical post attendance record (passenger taken ill at the gate or on arrival)."""
    doc = Doc()
    ap = g.airport()
    p = g.person()
    comp = g.relative(p)
    med, enf = g.person(), g.person()
    doc.f("POSTO MÉDICO — «a»\nFICHA DE ATENDIMENTO Nº «n»   Data: «d»   Entrada: «h»\n\n", a=ap[2], n=g.d(6), d=g.date(), h=g.hm())
    doc.f("Paciente: «p»   Sexo: «s»   DN: «dn»\nDocumento: CPF «c»   Cartão SUS: «cns»\nTelefone: «t»\nEndereço: «ad» — «ci» — CEP «z»\n",
          p=P(p.full if g.chance(0.6) else p.caps), s="F" if p.female else "M", dn=(g.dob("br"), "DATE_OF_BIRTH"), c=(g.cpf(), "BR_CPF"),
          cns=(g.cns(), "BR_CNS"), t=(g.phone(), "PHONE_NUMBER"), ad=(g.address(), "ADDRESS"), ci=g.city()[0], z=(g.cep(), "BR_CEP"))
    if g.chance(0.5):
        doc.f("E-mail: «e»\n", e=(g.email(p), "EMAIL_ADDRESS"))
    doc.f("Acompanhante: «c» («gr»), tel «t»\nVoo: «f» — portão «pg» — situação: «st»\n\n", c=P(comp.full), gr=g.pick(["filha", "esposa", "irmã", "mãe"] if comp.female else ["filho", "esposo", "irmão", "pai"]),
          t=(g.phone(), "PHONE_NUMBER"), f=g.flight(), pg=g.ri(1, 40), st=g.pick(["embarque suspenso", "desembarcado", "conexão perdida", "liberado p/ voo"]))
    doc.f("Queixa: «q»\nSinais vitais: PA «pa»  FC «fc»  SatO2 «sat»%  HGT «hgt»  Tax «tx»\nConduta: «co»\nHD: «cid»\n\n",
          q=g.pick(["síncope na fila do raio-x", "dor torácica após desembarque", "crise de ansiedade antes do embarque (medo de voar)",
                    "otalgia intensa após pouso", "vômitos e diarreia desde ontem", "queda na escada rolante, entorse tornozelo D"]),
          pa=f"{g.ri(90, 190)}x{g.ri(55, 110)}", fc=g.ri(48, 130), sat=g.ri(88, 99), hgt=g.ri(60, 320), tx=f"{g.rng.uniform(35.6, 39.2):.1f}",
          co=g.pick(["dipirona 1g EV, observação 1h, liberado", "ECG + AAS 300 mg, removido ao Hospital por ambulância da concessionária",
                     "hidratação oral, ondansetrona 8 mg", "imobilização, encaminhado a ortopedia", "orientação, liberado para o voo c/ acompanhamento"]),
          cid=g.pick(CIDS))
    doc.f("Médic«o»: «m» — «crm»\nEnfermeir«x»: «e» — «cor»\n", o=med.o, m=P(med.full), crm=(g.council("CRM"), "PROFESSIONAL_ID"),
          x="a" if enf.female else "o", e=P(name_form(g, enf, ["full", "short"])), cor=(g.council("COREN"), "PROFESSIONAL_ID"))
    if g.chance(0.5):
        doc.f("Comunicado à cia. aérea (agente «a», ramal «r») e à Anvisa do aeroporto (notificação «n»).\n",
              a=P(g.person().first), r=g.d(4), n=g.neg(11))
    return doc


def sa_cat(g: Gen) -> Doc:
    """Work-accident report (CAT) of a ground-handling worker, with the attending doctor's part."""
    doc = Doc()
    w = g.person(female=g.chance(0.2))
    med = g.person()
    hand = g.pick(HANDLERS)
    ap = g.airport()
    doc.f("COMUNICAÇÃO DE ACIDENTE DO TRABALHO — CAT\nTipo: «t»   Emitente: Empregador   Nº recibo: «n»\n\n",
          t=g.pick(["Inicial", "Inicial", "Reabertura"]), n=f"{g.d(2)}.{g.d(3)}.{g.d(3)}-{g.d(1)}")
    doc.f("EMPREGADOR\nRazão social: «h»   CNPJ: «c»\nCNAE: 5240-1/99   Endereço: Rodovia Hélio Smidt, s/n, Terminal de Cargas, Guarulhos/SP\n\n",
          h=hand, c=(g.cnpj(), "BR_CNPJ"))
    doc.f("ACIDENTADO\nNome: «n»\nNome da mãe: «m»\nData de nascimento: «d»   Sexo: «s»   Estado civil: «ec»\nCPF: «cpf»   NIT/PIS: «pis»\n"
          "CTPS: «ct» série «se»\nEndereço: «a» — «b» — «ci»/«u» — CEP «z»\nTelefone: «t»\nCBO: 9822-05 (operador de rampa)   Remuneração: R$ «r»\n\n",
          n=P(w.caps), m=P(g.relative(w, True).caps), d=(g.dob("br", 1970, 2004), "DATE_OF_BIRTH"), s="F" if w.female else "M",
          ec=g.pick(["solteiro(a)", "casado(a)", "outros"]), cpf=(g.cpf(), "BR_CPF"), pis=(g.pis(), "BR_PIS"), ct=g.d(7), se=g.d(4),
          a=(g.address("caps"), "ADDRESS"), b=fold(g.pick(BAIRROS)).upper(), ci=fold(g.city()[0]).upper(), u=g.pick(UFS), z=(g.cep(), "BR_CEP"),
          t=(g.phone(), "PHONE_NUMBER"), r=g.money(1800, 3800))
    acc = g.pick([
        ("ao descarregar o porão traseiro da aeronave, a bagagem de 32 kg escorregou da esteira (belt loader) e atingiu o ombro",
         "ombro D", "belt loader", "S43.0"),
        ("prensou a mão entre o carrinho de bagagens (dolly) e o trator durante o engate", "mão E", "dolly", "S62.6"),
        ("escorregou na rampa molhada ao posicionar os calços da aeronave", "joelho D", "piso", "S83.2"),
        ("sofreu corte no antebraço ao abrir contêiner ULD AKE com borda danificada", "antebraço E", "contêiner ULD", "S51.8"),
        ("exposição a ruído de APU sem protetor auricular; zumbido persistente", "ouvido", "ruído", "H83.3")])
    doc.f("ACIDENTE\nData: «d»   Hora: «h»   Horas trabalhadas: «ht»   Tipo: típico\nLocal: «ap» — pátio, posição «pos»\n"
          "Descrição: «desc»\nParte atingida: «pa»   Agente causador: «ag»\nCID: «cid»   Afastamento: «af»\n",
          d=g.date(), h=g.hm(), ht=f"{g.ri(0, 9):02d}:{g.ri(0, 59):02d}", ap=ap[2], pos=g.ri(1, 220),
          desc=acc[0],
          pa=acc[1], ag=acc[2], cid=acc[3], af=g.pick(["sim, 15 dias", "não", "sim, acima de 15 dias (INSS)"]))
    doc.f("Testemunhas: 1) «t1», CPF «c1»; 2) «t2» (líder de rampa)\n\n", t1=P(g.person().full), c1=(g.cpf(), "BR_CPF"), t2=P(g.person().full))
    doc.f("ATESTADO MÉDICO\nUnidade: «u»   Data: «d»   Hora: «h»\nDiagnóstico provável: «dg»\nMédic«o»: «m» — «crm»\n",
          u=g.pick(["UPA 24h Pimentas", "Hospital Geral de Guarulhos", "Pronto-Socorro Municipal", "Hospital Santa Rosa"]), d=g.date(), h=g.hm(),
          dg=g.pick(["contusão", "fratura de falange", "entorse", "ferimento cortocontuso", "trauma acústico"]), o=med.o, m=P(med.full),
          crm=(g.council("CRM"), "PROFESSIONAL_ID"))
    doc.f("Emitido por: «e» (SESMT), «em»\n", e=P(g.person().full), em=g.pick(["sesmt@" + re.sub(r"[^a-z]", "", fold(hand.split()[0]).lower()) + ".com.br",
                                                                                "técnica de segurança", "enfermeira do trabalho"]))
    return doc


def sa_medif(g: Gen) -> Doc:
    """MEDIF (medical information form) filled by the passenger's physician, a form in two parts."""
    doc = Doc()
    code, airline_name, _ = g.airline()
    p = g.person()
    med = g.person()
    esc = g.person()
    a, b = g.route()
    doc.f("«al» — MEDIF / FORMULÁRIO DE INFORMAÇÕES MÉDICAS\nPARTE 1 (preenchida pelo passageiro ou responsável)\n",
          al=airline_name.upper())
    doc.f("A. Nome do passageiro: «n»   Sexo: «s»   Data de nascimento: «d»\nB. Reserva: «l»   Voo(s): «f» «a»-«b» em «dd»\n"
          "C. Acompanhante/escolta: «e» («q»)   CPF «c»\nD. Contato: «t» — «em»\n",
          n=P(p.airline if g.chance(0.3) else p.full), s="F" if p.female else "M", d=(g.dob(g.pick(["br", "iata4"]), 1930, 2020), "DATE_OF_BIRTH"),
          l=g.pnr(), f=g.flight(code), a=a[0], b=b[0], dd=g.date("iata"), e=P(esc.full), q=g.pick(["filha", "enfermeiro particular", "esposo", "mãe"]),
          c=(g.cpf(), "BR_CPF"), t=(g.phone(), "PHONE_NUMBER"), em=(g.email(p), "EMAIL_ADDRESS"))
    doc.f("E. Necessidades: [«x1»] maca  [«x2»] cadeira de rodas WCHC  [«x3»] oxigênio «lpm» L/min  [«x4»] POC próprio\n\n",
          x1=g.pick(["X", " "]), x2=g.pick(["X", " "]), x3=g.pick(["X", " "]), lpm=g.ri(1, 4), x4=g.pick(["X", " "]))
    doc.f("PARTE 2 (preenchida pelo médico assistente)\nMED1 Médico: «m»   «crm»   Tel. consultório: «t»\n", m=P(med.full),
          crm=(g.council("CRM"), "PROFESSIONAL_ID"), t=(g.phone(mobile=False), "PHONE_NUMBER"))
    doc.f("MED2 Diagnóstico: «dg» (CID «cid»)   Data do diagnóstico: «dd»\nMED3 Prognóstico para a viagem: «pr»\n"
          "MED4 Doença contagiosa? «cg»   MED5 Condição pode causar desconforto a outros pax? «ds»\n"
          "MED6 Pode usar assento normal com encosto na vertical? «as»   MED7 Precisa de O2 a bordo? «o2»\n"
          "MED8 Hospitalização no destino providenciada? «hp»\n",
          dg=g.pick(["DPOC grave", "pós-operatório de artroplastia de quadril", "insuficiência cardíaca compensada", "gestação de 35 semanas",
                     "fratura de fêmur com fixador externo", "neoplasia em tratamento paliativo"]), cid=g.pick(["J44.1", "Z96.6", "I50.0", "Z34.9", "S72.3", "C34.9"]),
          dd=g.date(), pr=g.pick(["bom", "reservado", "estável"]), cg="não", ds=g.pick(["não", "sim (odor de ostomia)"]), **{"as": g.pick(["sim", "não"])},
          o2=g.pick(["sim, 2 L/min contínuo", "não", "sim, se SatO2 < 90%"]), hp=g.pick(["sim — Hospital Santa Luz", "não se aplica", "sim — Santa Casa"]))
    doc.f("Data e assinatura: «d» — «m»\n\n", d=g.date(), m=P(med.caps))
    doc.f("PARECER MEDICINA DE AVIAÇÃO («al»): «pa» — «r», «crm»\n", al=code, pa=g.pick(["APROVADO", "APROVADO c/ O2 da cia.", "NEGADO — enviar laudo atualizado"]),
          r=P(g.person().full), crm=(g.council("CRM"), "PROFESSIONAL_ID"))
    return doc


def sa_escala(g: Gen) -> Doc:
    """Crew roster of a base with medical status (CMA validity, sick leaves), e-mailed by crew scheduling."""
    doc = Doc()
    code, airline_name, _ = g.airline()
    base = g.airport()
    sched = g.person()
    doc.f("Assunto: Escala «m» — base «b» — pendências médicas\nDe: «s» (Escala de Tripulantes)\n\n",
          m=g.pick(MONTHS).upper(), b=base[0], s=P(sched.full))
    doc.f("Pessoal, segue extrato da escala com os tripulantes com CMA a vencer ou afastados. Quem está em «x» precisa de cobertura.\n\n",
          x=g.pick(["atestado", "DM (dispensa médica)", "licença"]))
    rows = []
    for _ in range(g.ri(5, 8)):
        p = g.person(female=g.chance(0.5))
        st = g.rng.random()
        if st < 0.35:
            obs = V(f"atestado {g.ri(2, 15)}d CID {g.pick(CIDS)}")
        elif st < 0.55:
            obs = V("CMA vence " + g.date("short"))
        elif st < 0.7 and p.female:
            obs = V("gestante – afastada do voo")
        else:
            obs = V("")
        rows.append([V(g.pick(["CMT", "CMT", "COP", "COP", "CMS", "CMS", "CMS"])), P(name_form(g, p, ["inverted", "caps", "full"])), V(g.d(6)),
                     (g.dob("br", 1965, 2002), "DATE_OF_BIRTH") if g.chance(0.85) else V(""), (g.phone(), "PHONE_NUMBER"),
                     V(g.pick(["SBGR", "SBSP", "SBKP", "SBBR", "SBRJ", "SBCF"])), obs])
    if g.chance(0.5):
        table_ruled(doc, ["Função", "Tripulante", "CANAC", "Nasc.", "Celular", "Base", "Obs."], rows)
    else:
        table_plain(doc, ["FUNC", "TRIPULANTE", "CANAC", "DT NASC", "CELULAR", "BASE", "OBS"], rows)
    doc.f("\nPara os CMAs vencendo, seria prudente agendar já: o CEMAL da Brigadeiro Faria Lima está com fila de 20 dias.\n")
    doc.f("A Dra. «n» (Medicina de Aviação, «crm») confirmou que os atestados acima foram homologados. Dúvidas no «t» ou escala@«d».\n"
          "Lembrando: lei do aeronauta (Lei 13.475/2017) — folga mínima de 12h após pernoite.\n\n«s»\n",
          n=P(g.person(female=True).full), crm=(g.council("CRM"), "PROFESSIONAL_ID"), t=(g.phone(mobile=False), "PHONE_NUMBER"),
          d={"LA": "latam.com", "G3": "voegol.com.br", "AD": "voeazul.com.br", "2Z": "voepass.com.br", "TP": "flytap.com"}[code],
          s=P(sched.first))
    return doc


def sa_civp(g: Gen) -> Doc:
    """Anvisa port-health post at the airport: yellow fever vaccination and CIVP issuance log."""
    doc = Doc()
    ap = g.airport()
    enf = g.person()
    doc.f("ANVISA — Posto de Vigilância Sanitária «a»\nCentro de Orientação ao Viajante — Emissão de CIVP\nRelatório diário «d» — impressão «h»\n\n",
          a=ap[0], d=g.date(), h=g.hm())
    rows = []
    for _ in range(g.ri(5, 8)):
        p = g.person()
        rows.append([V(f"{g.ri(2024, 2026)}{g.d(6)}"), P(p.caps if g.chance(0.7) else p.full), (g.dob("br"), "DATE_OF_BIRTH"),
                     (g.cns(spaced=False), "BR_CNS") if g.chance(0.75) else (g.cpf(), "BR_CPF"),
                     (g.phone(g.pick(["par", "raw", "plain"])), "PHONE_NUMBER") if g.chance(0.7) else V(""),
                     V(g.pick(["Febre amarela", "Febre amarela", "Poliomielite (VIP)", "Sarampo (SCR)"])),
                     V(g.pick(["241VFA", "FA038Z", "L98213", "BIO1122"])), V(g.pick(["Angola", "Bolívia", "Colômbia", "Quênia", "Senegal", "Índia"]))])
    table_plain(doc, ["Nº CIVP", "Viajante", "Nascimento", "CNS/CPF", "Celular", "Vacina", "Lote", "Destino"], rows, "-")
    if g.chance(0.4):
        doc.f("\nObservações: viajante «v» apresentou caderneta com dose de «y»; CIVP emitido sem nova dose (dose única, RSI 2005).\n",
              v=P(rows[0][1][0].split()[0].title()), y=g.ri(1998, 2015))
    else:
        doc.f("\nObservações: «o»\n", o=g.pick(["2 CIVPs cancelados por erro de digitação do nome (reemitidos).",
                                                "falta de sistema 14h–15h, registros lançados manualmente.",
                                                "contraindicação: gestante encaminhada ao médico da UBS (CID Z28.1)."]))
    doc.f("Responsável pelo posto: «n» — «c»\n", n=P(enf.full), c=(g.council("COREN"), "PROFESSIONAL_ID"))
    if g.chance(0.4):
        p = g.person()
        doc.f("Pendência: «n» ligou do «t» pedindo 2ª via; enviado para «e».\n", n=P(p.short), t=(g.phone(), "PHONE_NUMBER"), e=(g.email(p), "EMAIL_ADDRESS"))
    return doc


def sa_retorno(g: Gen) -> Doc:
    """E-mail thread between a crew member and the airline's aeromedical department about returning to flight."""
    doc = Doc()
    code, airline_name, _ = g.airline()
    dom = {"LA": "latam.com", "G3": "voegol.com.br", "AD": "voeazul.com.br", "2Z": "voepass.com.br", "TP": "flytap.com"}[code]
    p = g.person()
    nurse = g.person(female=g.chance(0.7))
    doc_ = g.person()
    psy = g.person()
    doc.f("De: «n» <«e»>\nPara: medicinadeaviacao@«d»\nAssunto: Retorno ao voo — «s» «sn»\n\n", n=P(p.full), e=(g.email(p), "EMAIL_ADDRESS"), d=dom,
          s=g.pick(["comissária" if p.female else "comissário", "tripulante"]), sn=P(g.pick([p.first, fold(p.last).upper(), p.short])))
    doc.f("Boa tarde, «x». Terminei o afastamento («cid») em «d». Seguem em anexo o laudo d«o2» «dr» «m» («crm») e o relatório da «ps» «pn» («crp»). "
          "Meu cartão SUS é «cns», caso precisem para o agendamento no CEMAL (CPF «cpf», nasc. «dn»). Fico no «t».\n\n«sig»\n\n",
          x=P(nurse.first), cid=g.pick(["F32.1", "F43.1", "M54.5", "S83.2", "O03.9", "H81.1", "G43.9"]), d=g.date(),
          o2="a" if doc_.female else "o", dr="Dra." if doc_.female else "Dr.", m=P(doc_.full), crm=(g.council("CRM"), "PROFESSIONAL_ID"),
          ps="psicóloga" if psy.female else "psicólogo", pn=P(psy.full), crp=(g.council("CRP"), "PROFESSIONAL_ID"),
          cns=(g.cns(), "BR_CNS"), cpf=(g.cpf(), "BR_CPF"), dn=(g.dob("br", 1965, 2003), "DATE_OF_BIRTH"), t=(g.phone(), "PHONE_NUMBER"), sig=P(p.first if g.chance(0.5) else p.short))
    doc.f("-----\nDe: «n» <«e»>\nData: «d»\n\n«p»Recebido. Agendei a inspeção de saúde de retorno para «d2» às «h» com a «m2» («crm»), "
          "na Av. Washington Luís, s/n, 2º andar. Leve o CMA e um documento com foto (RG «rg» está no cadastro desatualizado, traga o novo). "
          "Até a liberação você segue fora da escala; a coordenação da escala já está ciente.\n\n«n2»\nEnfermagem — Medicina de Aviação «al»\n«co»\n",
          n=P(nurse.full), e=(g.work_email(nurse, dom), "EMAIL_ADDRESS"), d=g.date(), p=g.pick(["Olá! ", "Bom dia. ", "Prezad" + p.o + ", "]), d2=g.date(), h=g.hm(),
          m2=P(g.person(female=True).full), crm=(g.council("CRM"), "PROFESSIONAL_ID"), rg=(g.rg(), "BR_RG"),
          n2=P(nurse.short), al=airline_name.split()[0], co=(g.council("COREN"), "PROFESSIONAL_ID"))
    return doc


SA = [sa_cma, sa_posto, sa_cat, sa_medif, sa_escala, sa_civp, sa_retorno]


# =========================================================================== financeiro


CLIENT_DOMAINS = {"Metalúrgica Bandeira S.A.": "bandeirametal.com.br", "Cooperativa Agroindustrial Aurora": "coopaurora.com.br",
                  "Laboratório Gondim Ltda.": "labgondim.com.br", "Construtora Frazão & Lobão": "frazaolobao.eng.br",
                  "Distribuidora Leão Alimentos": "leaoalimentos.com.br", "Tourinho Engenharia Ltda.": "tourinho.eng.br",
                  "Hospital Santa Rosa de Lima": "hsrl.org.br"}


def fi_fatura(g: Gen) -> Doc:
    """Travel agency's invoice (fatura) to a corporate client: tickets per traveller, fees, payment data."""
    doc = Doc()
    ag = g.pick(AGENCIES)
    cli = g.pick(["Metalúrgica Bandeira S.A.", "Cooperativa Agroindustrial Aurora", "Laboratório Gondim Ltda.", "Construtora Frazão & Lobão",
                  "Distribuidora Leão Alimentos", "Tourinho Engenharia Ltda.", "Hospital Santa Rosa de Lima"])
    ctt = g.person()
    fin = g.person()
    doc.f("«a»\nCNPJ «c» — IATA «i» — Cadastur «cd»\n\nFATURA Nº «n»   Emissão: «e»   Vencimento: «v»\n",
          a=ag.upper(), c=(g.cnpj(), "BR_CNPJ"), i=f"{g.d(2)}-{g.d(5)} {g.d(1)}", cd=f"{g.d(2)}.{g.d(6)}.{g.d(2)}.{g.d(4)}-{g.d(1)}",
          n=f"{g.d(6)}/{g.ri(2025, 2026)}", e=g.date(), v=g.date())
    doc.f("Cliente: «cl» — CNPJ «c»\nA/C: «p» («cg») — «e»\nCentro de custo: «cc»   Pedido de compra: PO-«po»\n\n",
          cl=cli, c=(g.cnpj(), "BR_CNPJ"), p=P(ctt.full), cg=g.pick(["Compras", "Secretaria Executiva", "Travel Manager", "Financeiro"]),
          e=(g.work_email(ctt, CLIENT_DOMAINS[cli]), "EMAIL_ADDRESS"), cc=g.d(5), po=g.d(7))
    rows = []
    total = 0
    for _ in range(g.ri(3, 6)):
        p = g.person()
        a, b = g.route()
        v = g.ri(350, 4200)
        total += v
        rows.append([P(p.airline if g.chance(0.5) else p.caps), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), V(g.ticket()), V(f"{a[0]}/{b[0]}"),
                     V(g.date("short")), V(f"{v:,}".replace(",", ".") + ",00")])
    if g.chance(0.5):
        table_ruled(doc, ["Passageiro", "CPF", "Bilhete", "Trecho", "Data", "Valor (R$)"], rows)
    else:
        table_plain(doc, ["PASSAGEIRO", "CPF", "BILHETE", "TRECHO", "DATA", "VALOR R$"], rows, "-")
    fee = g.ri(30, 90) * len(rows)
    doc.f("\nTaxa de serviço (fee): R$ «f»,00   Taxas de embarque: R$ «t»   TOTAL: R$ «tt»\n", f=fee, t=g.money(50, 400),
          tt=f"{total + fee:,}".replace(",", ".") + ",00")
    doc.f("Pagamento: boleto «b» ou Pix (chave CNPJ) «px». Dúvidas: «fn», financeiro, «ph».\n",
          b=f"{g.d(5)}.{g.d(5)} {g.d(5)}.{g.d(6)} {g.d(5)}.{g.d(6)} {g.d(1)} {g.d(14)}", px=(g.cnpj("raw", alnum=False), "BR_CNPJ"),
          fn=P(fin.short), ph=(g.phone(mobile=False), "PHONE_NUMBER"))
    doc.f("Obs.: remarcação de «n» cobrada à parte (multa tarifária R$ «m»), conforme política de viagens do cliente.\n",
          n=P(rows[0][0][0]), m=g.money(100, 600))
    return doc


def fi_reembolso(g: Gen) -> Doc:
    """Refund request of a cancelled ticket, submitted through the airline's form, with the back office's notes."""
    doc = Doc()
    code, airline_name, prefix = g.airline()
    p = g.person()
    op = g.person()
    doc.f("SOLICITAÇÃO DE REEMBOLSO — «al»\nProtocolo: «pr»   Canal: «c»   Data: «d»\n\n", al=airline_name, pr=g.protocol(),
          c=g.pick(["site", "app", "loja aeroporto", "agência"]), d=g.date())
    doc.f("Titular do bilhete: «n»\nCPF: «cpf»   Data de nascimento: «dn»\nE-mail: «e»   Celular: «t»\nBilhete(s): «tk»   Localizador: «l»\n"
          "Motivo: «m»\nForma de pagamento original: «fp»\n\n",
          n=P(p.full), cpf=(g.cpf(), "BR_CPF"), dn=(g.dob(), "DATE_OF_BIRTH"), e=(g.email(p), "EMAIL_ADDRESS"), t=(g.phone(), "PHONE_NUMBER"),
          tk=g.ticket(prefix), l=g.pnr(), m=g.pick(["cancelamento pela companhia", "alteração de horário > 30 min não aceita", "desistência (tarifa flexível)",
                                                    "óbito de familiar (atestado anexo)"]),
          fp=g.pick(["cartão de crédito " + g.masked_card(), "Pix", "milhas + taxas", "boleto"]))
    if g.chance(0.6):
        doc.t("Endereço: ")
        c, uf = g.city()
        doc.f("«a» – «c»/«u» – CEP «z»\n\n", a=(g.address(), "ADDRESS"), c=c, u=uf, z=(g.cep(), "BR_CEP"))
    k = g.ri(0, 2)
    doc.t("Dados para crédito (preencher se pagamento não foi por cartão):\n")
    if k == 0:
        doc.f("Banco: «b»   Agência: «ag»   Conta: «ct» («tp»)\nTitular: «n»  CPF «c»\n", b=g.bank(), ag=(g.agency(), "BANK_ACCOUNT"),
              ct=(g.account(), "BANK_ACCOUNT"), tp=g.pick(["corrente", "poupança", "pagamento"]), n=P(p.caps), c=(g.cpf(), "BR_CPF"))
    elif k == 1:
        doc.f("Chave Pix (aleatória): «px»\nTitular: «n»\n", px=(g.uuid(), "PIX_KEY"), n=P(p.caps))
    else:
        q = g.relative(p)
        doc.f("Conta de terceiro (mãe/pai do passageiro menor): «n», CPF «c», «b», ag «ag» cc «ct»\n", n=P(q.full), c=(g.cpf(), "BR_CPF"),
              b=g.bank(), ag=(g.agency(), "BANK_ACCOUNT"), ct=(g.account(), "BANK_ACCOUNT"))
    doc.f("\n[BACKOFFICE] «d» «h» — «o»: «x»\n", d=g.date(), h=g.hm(), o=P(op.short),
          x=g.pick(["valor de R$ " + g.money(200, 5000) + " aprovado, retenção de R$ 0,00 (Lei 14.034/2020, art. 3º).",
                    "titular da conta diverge do passageiro — pedir documento do responsável.",
                    "reembolso em crédito aceito pelo cliente (validade 12 meses).",
                    "estorno enviado à adquirente, previsão 2 faturas."]))
    if g.chance(0.5):
        doc.f("[BACKOFFICE] «d» — «o»: cliente ligou de «t» cobrando; orientado. IP da solicitação no site: «ip»\n",
              d=g.date(), o=P(g.person().first), t=(g.phone(), "PHONE_NUMBER"), ip=(g.ip(), "IP_ADDRESS"))
    return doc


def fi_chargeback(g: Gen) -> Doc:
    """Chargeback dispute from the acquirer, with the airline's revenue-protection answer."""
    doc = Doc()
    code, airline_name, prefix = g.airline()
    holder = g.person()
    pax = [g.person() for _ in range(g.ri(1, 3))]
    an = g.person()
    card = g.card(spaced=g.chance(0.5))
    doc.f("Adquirente: «aq» — Portal de Disputas\nCaso: CB-«n»   Motivo: «m»   Prazo p/ defesa: «d»\nEstabelecimento: «al» (EC «ec»)\n\n",
          aq=g.pick(["Cielo", "Rede", "Getnet", "Stone", "PagSeguro"]), n=g.d(9), m=g.pick(["4837 – Fraude, sem autorização do portador", "10.4 – Other Fraud CNP",
                                                                                            "13.1 – Merchandise/Services Not Received", "4853 – Cardholder Dispute"]),
          d=g.date(), al=airline_name.upper(), ec=g.d(10))
    doc.f("Cartão: «c»   Portador: «h»   Valor: R$ «v»   Autorização: «au»   NSU: «nsu»\nData da venda: «dv»   Pedido (site): «o»\n\n",
          c=(card, "CREDIT_CARD"), h=P(holder.caps), v=g.money(600, 9000), au=g.d(6), nsu=g.d(9), dv=g.date(), o=f"{code}{g.d(10)}")
    doc.f("DEFESA — Revenue Protection «al»\n", al=code)
    doc.f("Compra realizada no site a partir do IP «ip» (geolocalização «c»), e-mail do comprador «e», telefone «t». "
          "3DS: «ds». Passageiro(s) voado(s):\n", ip=(g.ip(), "IP_ADDRESS"), c=g.city()[0], e=(g.email(holder if g.chance(0.6) else g.person()), "EMAIL_ADDRESS"),
          t=(g.phone(), "PHONE_NUMBER"), ds=g.pick(["autenticado (challenge)", "frictionless", "não autenticado"]))
    if g.chance(0.7):
        c, uf = g.city()
        doc.f("Endereço de cobrança do cartão (AVS): «a», «c»/«u», CEP «z» — «m».\n", a=(g.address(g.pick(["text", "caps"])), "ADDRESS"),
              c=c, u=uf, z=(g.cep(), "BR_CEP"), m=g.pick(["confere com o cadastro do emissor", "NÃO confere", "parcial (só CEP)"]))
    for p in pax:
        doc.f("  - «n» — CPF «c» — voo «f» em «d» — embarque confirmado (boarding «b»)\n", n=P(p.airline), c=(g.cpf(), "BR_CPF"),
              f=g.flight(code), d=g.date("iata"), b=g.d(3))
    doc.f("O portador «h» consta como passageiro? «r». Conta fidelidade do comprador criada em «dc» com CPF «cpf».\n",
          h=P(holder.first), r=g.pick(["SIM — forte indício de autofraude", "NÃO", "NÃO, mas mesmo sobrenome"]), dc=g.date(), cpf=(g.cpf(), "BR_CPF"))
    doc.f("Anexos: comprovante de embarque, log de acesso, termo de aceite.\nAnalista: «a» («e»)\n", a=P(an.full),
          e=(g.work_email(an, {"LA": "latam.com", "G3": "voegol.com.br", "AD": "voeazul.com.br", "2Z": "voepass.com.br", "TP": "flytap.com"}[code]), "EMAIL_ADDRESS"))
    if g.chance(0.5):
        doc.f("Obs. interna: mesmo IP usado em outras 3 compras com cartões «c1» e «c2» — bloquear BIN range? («r»)\n",
              c1=(g.card(spaced=False), "CREDIT_CARD"), c2=g.masked_card(), r=P(g.person().first))
    return doc


def fi_fraude_csv(g: Gen) -> Doc:
    """Fraud-engine CSV export of flagged ticket purchases (loyalty and card), semicolon-separated."""
    doc = Doc()
    doc.f("# export risk_engine.flagged_orders  gerado em «d» por «u»\n# regra: score >= 0.8 OU ip_pais != BR OU troca_email < 24h\n",
          d=f"{g.date('iso')} {g.hms()}", u=g.pick(["svc_fraude_batch", "airflow@etl-prd-03", "jenkins"]))
    rows = []
    for _ in range(g.ri(5, 8)):
        p = g.person()
        lower = g.chance(0.3)
        nm = p.low if lower else p.full
        rows.append([V(f"ORD{g.d(9)}"), V(f"{g.date('iso')}T{g.hms()}"), P(nm), (g.cpf("raw"), "BR_CPF") if g.chance(0.8) else V(g.bad_cpf()),
                     (g.email(p), "EMAIL_ADDRESS"), (g.phone("e164"), "PHONE_NUMBER"), (g.ip(), "IP_ADDRESS"),
                     (g.card(spaced=False), "CREDIT_CARD") if g.chance(0.35) else V(g.masked_card()),
                     V(f"0.{g.d(3)}"), V(g.pick(["REVIEW", "DECLINE", "APPROVE", "DECLINE"])), V(g.money(300, 12000).replace(".", "").replace(",", "."))])
    table_csv(doc, ["order_id", "created_at", "nome_comprador", "cpf", "email", "telefone", "ip", "cartao", "score", "decisao", "valor"], rows, ";")
    doc.f("# revisado por «a» e «b» em «d»; os CPFs inválidos (DV) foram marcados como sintéticos.\n", a=P(g.person().first), b=P(g.person().short),
          d=g.date())
    return doc


def fi_diarias(g: Gen) -> Doc:
    """Crew per-diem (diárias) and allowance payment sheet of a base, by transfer or Pix."""
    doc = Doc()
    code, airline_name, _ = g.airline()
    base = g.airport()
    doc.f("«al» — Folha de Diárias e Ajuda de Custo — Base «b» — Competência «c»\nAprovado por: «a»   Preparado por: «p»\n\n",
          al=airline_name, b=base[0], c=f"{g.ri(1, 12):02d}/{g.ri(2025, 2026)}", a=P(g.person().full), p=g.pick(["rpa_folha", "DP/Tripulação", "svc-payroll"]))
    rows = []
    for _ in range(g.ri(4, 7)):
        p = g.person()
        pay = g.rng.random()
        if pay < 0.7:
            dest = [V(g.bank().split(" – ")[0]), (g.agency(), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT")]
        else:
            dest = [V("PIX"), V(""), (g.uuid(), "PIX_KEY")]
        rows.append([V(g.d(6)), P(p.inverted if g.chance(0.5) else p.caps), (g.cpf(), "BR_CPF"), (g.pis("raw"), "BR_PIS") if g.chance(0.6) else V(""),
                     V(str(g.ri(2, 14))), V(g.money(200, 2600))] + dest)
    table_ruled(doc, ["Matr.", "Tripulante", "CPF", "PIS", "Pernoites", "Valor R$", "Banco", "Ag.", "Conta / Chave"], rows)
    doc.f("\nObs.: diárias conforme CCT dos aeronautas «y» (cláusula 4ª). Tripulante «n» solicitou troca da conta — pendente comprovante.\n",
          y=g.ri(2024, 2026), n=P(g.person().full))
    return doc


def fi_quitacao(g: Gen) -> Doc:
    """Indemnity and release for a damaged or lost bag (termo de quitação), with the payment data."""
    doc = Doc()
    code, airline_name, _ = g.airline()
    p = g.person()
    w1, w2 = g.person(), g.person()
    ap = g.airport()
    doc.f("TERMO DE ACORDO, RECEBIMENTO E QUITAÇÃO — BAGAGEM\n\nPelo presente, «n», portador«a» do RG «rg» e do CPF «c», residente na «ad», «ci», CEP «z», "
          "telefone «t», doravante PASSAGEIR«o2», e «al», CNPJ «cj», ajustam:\n\n",
          n=P(p.full), a="a" if p.female else "", rg=(g.rg(), "BR_RG"), c=(g.cpf(), "BR_CPF"), ad=(g.address(), "ADDRESS"), ci=g.city()[0],
          z=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"), o2="A" if p.female else "O", al=airline_name.upper(), cj=(g.cnpj(), "BR_CNPJ"))
    doc.f("1. Refere-se ao PIR «pir», voo «f», de «d», em que a bagagem «bt» foi «x».\n2. A companhia pagará R$ «v» (limite de 1.000 DES, Convenção de Montreal / "
          "Lei 14.034/2020), em até 7 dias, ",
          pir=g.pir(ap[0], code), f=g.flight(code), d=g.date(), bt=g.bagtag(code), x=g.pick(["entregue danificada", "extraviada definitivamente",
                                                                                             "violada, com falta de itens"]), v=g.money(400, 5000))
    if g.chance(0.5):
        doc.f("por transferência à conta de titularidade d«o» passageir«o»: «b», agência «ag», conta «ct».\n", o=p.o, b=g.bank(),
              ag=(g.agency(), "BANK_ACCOUNT"), ct=(g.account(), "BANK_ACCOUNT"))
    else:
        doc.f("via Pix, chave aleatória «px».\n", px=(g.uuid(), "PIX_KEY"))
    doc.f("3. Com o recebimento, «o» PASSAGEIR«o2» dá plena e geral quitação, nada mais tendo a reclamar.\n\n«c», «d».\n\n"
          "_______________________ «n»\n_______________________ pela cia.: «r» (Baggage Services)\n\nTestemunhas:\n1. «w1» — CPF «c1»\n2. «w2» — CPF «c2»\n",
          o=p.o.upper(), o2="A" if p.female else "O", c=ap[1], d=g.date("long"), n=P(p.caps), r=P(g.person().full),
          w1=P(w1.full), c1=(g.cpf(), "BR_CPF"), w2=P(w2.full), c2=(g.cpf(), "BR_CPF"))
    return doc


def fi_locadora(g: Gen) -> Doc:
    """Airport car-rental agreement (counter at the arrivals hall): renter, additional driver, card pre-authorisation."""
    doc = Doc()
    ap = g.airport()
    p = g.person()
    p2 = g.relative(p) if g.chance(0.5) else None
    att = g.person()
    loc = g.pick(["Localiza", "Movida", "Unidas", "Foco Aluguel de Carros", "Leão Rent a Car"])
    day, mon = g.ri(1, 18), g.ri(1, 12)
    doc.f("«l» — Loja «a» (Aeroporto) — CONTRATO DE LOCAÇÃO Nº «n»\nRetirada: «d1» «h1»   Devolução prevista: «d2» «h2»\n\n",
          l=loc.upper(), a=ap[0], n=g.d(9), d1=f"{day:02d}/{mon:02d}/2025", h1=g.hm(), d2=f"{day + g.ri(1, 9):02d}/{mon:02d}/2025", h2=g.hm())
    cu = g.city()
    doc.f("LOCATÁRIO: «n»\nCPF: «c»   Nascimento: «dn»\nCNH: «cnh»   Validade: «v»   Categoria: «cat»\nEndereço: «ad», «ci»/«u» CEP «z»\n"
          "Celular: «t»   E-mail: «e»\n",
          n=P(p.caps), c=(g.cpf(), "BR_CPF"), dn=(g.dob("br", 1950, 2004), "DATE_OF_BIRTH"), cnh=(g.cnh(), "BR_CNH"), v=g.date(year=g.pick([2026, 2028, 2030])),
          cat=g.pick(["B", "AB", "B", "D"]), ad=(g.address(), "ADDRESS"), ci=cu[0], u=cu[1], z=(g.cep(), "BR_CEP"),
          t=(g.phone(), "PHONE_NUMBER"), e=(g.email(p), "EMAIL_ADDRESS"))
    if p2:
        doc.f("CONDUTOR ADICIONAL: «n» — CNH «cnh» — nasc. «dn»\n", n=P(p2.full), cnh=(g.cnh(), "BR_CNH"), dn=(g.dob("br", 1950, 2004), "DATE_OF_BIRTH"))
    doc.f("\nVEÍCULO: «m» — placa «pl» — km saída «km» — combustível «cb»\nTarifa: R$ «tr»/dia + proteção «pr»   Caução (pré-autorização): R$ «cau»\n"
          "Cartão: «cc» «tit»\n",
          m=g.pick(["Fiat Mobi", "VW Polo", "Hyundai HB20", "Jeep Renegade", "Chevrolet Onix Plus", "Fiat Pulse"]), pl=(g.plate(), "LICENSE_PLATE"),
          km=g.ri(5000, 90000), cb=g.pick(["8/8", "7/8", "cheio"]), tr=g.money(89, 390), pr=g.pick(["básica", "total", "LDW"]), cau=g.money(700, 3500),
          cc=(g.card(), "CREDIT_CARD") if g.chance(0.4) else V(g.masked_card()), tit=g.pick(["(titular: próprio)", "(crédito)", "(débito não aceito)"]))
    doc.f("Voo de chegada informado: «f»\nAtendente: «a»   Vistoria de saída: «v»\n", f=g.flight(), a=P(att.short), v=P(g.person().first))
    if g.chance(0.6):
        doc.f("\nDEVOLUÇÃO «d» — km «km» — avaria: «av». Multa de trânsito posterior (placa «pl», «inf») será repassada ao locatário, CPF «c».\n",
              d=g.date(), km=g.ri(5000, 90000), av=g.pick(["nenhuma", "risco para-choque tras.", "pneu furado", "vidro trincado"]),
              pl=(g.plate(), "LICENSE_PLATE"), inf=g.pick(["radar Av. Santos Dumont", "estacionamento irregular", "excesso de velocidade, Rodovia Hélio Smidt"]),
              c=(g.cpf(), "BR_CPF"))
    return doc


FI = [fi_fatura, fi_reembolso, fi_chargeback, fi_fraude_csv, fi_diarias, fi_quitacao, fi_locadora]


# =========================================================================== build and check

TEMPLATES = {
    "atendimento": [at_pir, at_chat, at_pnae, at_menor, at_manifest, at_consumidor, at_achados],
    "juridico": JU,
    "saude": SA,
    "financeiro": FI,
}
LABELS = {"PERSON", "BR_CPF", "BR_CNPJ", "BR_RG", "BR_CNH", "BR_PIS", "BR_TITULO_ELEITOR", "BR_CNS", "BR_CEP",
          "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "PIX_KEY", "LICENSE_PLATE", "BANK_ACCOUNT", "ADDRESS",
          "DATE_OF_BIRTH", "IP_ADDRESS", "PROFESSIONAL_ID"}


def check(record: dict) -> None:
    text, last = record["text"], 0
    labelled = set()
    for s in record["spans"]:
        rid = record["id"]
        assert s["label"] in LABELS, (rid, s)
        assert last <= s["start"] < s["end"] <= len(text), (rid, s)
        v = text[s["start"]:s["end"]]
        assert v and v == v.strip(), (rid, s, v)
        last = s["end"]
        labelled.add((s["start"], s["end"]))
        lab = s["label"]
        digits = re.sub(r"\D", "", v.translate(OCR_UNDO)) if lab not in ("BR_CNPJ", "PERSON", "EMAIL_ADDRESS") else ""
        if lab == "BR_CPF":
            assert cpf_ok(digits), (rid, v)
        elif lab == "CREDIT_CARD":
            assert len(digits) in (15, 16) and luhn_dv(digits[:-1]) == digits[-1], (rid, v)
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
            raw = re.sub(r"[^0-9X]", "", v.translate(OCR_UNDO))
            assert len(raw) == 9 and rg_sp_dv(raw[:8]) == raw[8], (rid, v)
        elif lab == "PIX_KEY":
            uuid.UUID(v)
        elif lab == "BR_CEP":
            assert len(digits) == 8, (rid, v)
        elif lab == "PHONE_NUMBER":
            assert 10 <= len(digits) <= 13, (rid, v)
        elif lab == "IP_ADDRESS":
            assert re.fullmatch(r"\d{1,3}(\.\d{1,3}){3}", v), (rid, v)
        elif lab == "PERSON":
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|doutora?|cmte|mr|mrs)\.?\s", v), (rid, v)
            assert not re.search(r"[0-9]", v), (rid, v)
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (rid, v)
    # hard negatives: every bare 11-digit run outside a span fails the CPF check
    for m in re.finditer(r"(?<![\d.\-/])\d{11}(?![\d])", text):
        inside = any(a <= m.start() and m.end() <= b for a, b in labelled)
        if not inside:
            assert not cpf_ok(m.group()), (record["id"], "unlabelled valid CPF", m.group())
    for m in re.finditer(r"(?<![\d])\d{3}\.\d{3}\.\d{3}-\d{2}(?![\d])", text):
        inside = any(a <= m.start() and m.end() <= b for a, b in labelled)
        if not inside:
            assert not cpf_ok(re.sub(r"\D", "", m.group())), (record["id"], "unlabelled valid CPF", m.group())


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
    with (HERE / f"{NAME}.jsonl").open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for r in records:
        for s in r["spans"]:
            counts[s["label"]] = counts.get(s["label"], 0) + 1
    n = sum(counts.values())
    print(NAME, len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
