"""Build the forty-eighth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_fortyeighth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or
run), standalone (own check-digit code, no Faker, no import from afinar or from other
generators), seed 4848, 280 records: 7 templates per domain, 10 copies each.

Register, not used as a whole by the earlier sets: military service, the armed forces and
firearms control: military enlistment (alistamento, Juntas de Serviço Militar, CDI and
certificado de reservista), barracks administration (boletim interno, duty rosters, swaps,
disciplinary notes, the guard's visitors' book), military hospitals and health boards (JISE,
pronto-atendimento, the Navy's health system, TAF), military pensions and relocation pay,
firearms registration and licences (SINARM/PF, SIGMA/Exército, CAC, porte, guia de tráfego,
gun shops, shooting clubs, paperwork agents), veterans' associations, and the legal side
(desertion, military justice, firearms seizures, carry-permit litigation, inventories).
- atendimento (0-6): the online enlistment help desk chat (bot "Recruta", a JSM servant; most
  copies show "Atendente"/"Cidadão" instead of names; an invalid CPF typed first), a printed
  Ficha de Alistamento Militar (FAM) in key: value layout (filiação, RG, CPF, título, address),
  an e-mail asking for a second copy of the certificado de reservista / CDI and the Junta's
  reply, a SINARM (Polícia Federal) ticket on the renewal of a gun registration (psychologist
  with CRP, a relative keeping the gun), a shooting club's WhatsApp group export (senders by
  name or by number, carpool plate, a random Pix key, a gun for sale), a veterans'
  association sign-up export (CSV, first_name/last_name split), a company's duty roster with a
  duty swap request and the guard's visitors' book.
- juridico (0-6): a termo de deserção (filiação, Idt Mil, diligences at the mother's house,
  CNJ number of the Justiça Militar da União), the minutes of a Conselho Permanente de Justiça
  trial (judge, military judges in some copies, MPM prosecutor, lawyer with OAB), a police
  auto de exibição e apreensão of firearms (conductors, suspect with "vulgo", CNH, plate,
  RENAVAM, serial numbers), a mandado de segurança against the denial of a carry permit
  (qualification of the impetrante, OAB, CRP, NUP), a Boletim Interno with a sindicância on a
  vehicle accident (civilian's CPF, CNH, plate, bank data for the indemnity) and disciplinary
  punishments, an inventory petition to transfer a deceased CAC's guns (shop CNPJ, heir, minor
  child), a federal sentence on a military pension split between companion and ex-wife.
- saude (0-6): the ata of a JISE health board (table of inspected members with CPF and birth
  date, verdicts, ICD-10; members with CRM), an emergency record at a military hospital (CNS,
  RG, Prec-CP, emergency contact, CRM and COREN), a psychological evaluation for handling
  firearms (CRP, PF credential), a TAF (fitness test) CSV sheet with an incident note, a Navy
  outpatient summary of a dependant with the titular's NIP, a toxicology lab report for a
  military driver's CNH (lab CNPJ, MRO doctor), an e-mail thread on a soldier's disability
  retirement between the medical board and the unit (corporate e-mails of people).
- financeiro (0-6): a request to be qualified for a military pension (instituidor and
  requerente blocks, PIS/PASEP/NIT, bank data, other beneficiaries), a pay slip (contracheque)
  with court-ordered alimony and payroll loans, a gun shop's monthly sales map to the SFPC and
  a chargeback e-mail with a full card number, a paperwork agent's quote for a CAC (CNH, título,
  random Pix key or agency/account), a veterans' association treasurer's statement (dues by
  Pix with masked and unmasked CPFs, a duplicated card charge, funeral aid), a shooting club's
  habitualidade book export (CPF, phone, plate, CR, serial numbers; CREF of the instructor), a
  payroll list of relocation allowances (CPF, PASEP, agency, account).

Conventions (the twentieth set's, as restated in BLIND_RULES.md): PERSON covers the name only,
never "Sr.", "Sra.", "Dr.", "Dra.", "dona", "seu"; particles inside a name (de, da, do, dos, e)
are part of it; "SURNAME, Given" is one span; nicknames ("Zeca", "Tião", "vulgo Magrão") and
first names alone, capitalised or lower case, are persons. First_name/last_name columns are one
span each. Staff named in the text (JSM secretaries, attendants, agents, sergeants, commanders,
judges, prosecutors, clerks, doctors, nurses, psychologists, instructors, treasurers) are
persons; logins ("valdirene.pereira", "vlima"), the bot ("Recruta"), the platform's role labels
("Atendente", "Cidadão") are not. Corporate e-mails of people (name@eb.mil.br, name@shop.com.br)
are EMAIL_ADDRESS; role mailboxes (jsm524@..., atendimento.dsm@, spmed@, financeiro@,
chargeback@) are not labelled. Every phone number written in the text is PHONE_NUMBER (a
Junta's, S1's or lab's landline included); in the WhatsApp export a sender shown by number is
PHONE_NUMBER, one shown by a saved name is PERSON (a suffix the owner added to the contact,
"Miguel CAC", stays outside). ADDRESS is street type + name + number + complement of a natural
person (also ALL CAPS or lower case and abbreviated; "PNR 19", the complement of a military
residence, is part of it); bairro, city and UF stay outside, CEP is BR_CEP; a company's or law
firm's address ("com escritório na Rua Barão de Mauá, 366") and an association's seat are not
labelled; a street named without a number ("posto da Duque de Caxias", "Rua Marechal Deodoro
(prédio da Prefeitura)") is neither ADDRESS nor PERSON. Agency and account are separate
BANK_ACCOUNT spans; bank codes and names are not. DATE_OF_BIRTH only for people's birth dates
(also of the deceased, in ISO, Brazilian, "22 de dezembro de 2004" or military "20 JAN 90"
form); enlistment, selection, death, duty, test, admission and payment dates are not.
PROFESSIONAL_ID includes the council acronym and UF or region: CRM, COREN, OAB, CRP ("CRP
07/93180", "CRP-13/50665"), CREF ("CREF 578269-G/AP"). PIX_KEY only for random (UUID) keys
used as Pix keys. The RG keeps the number only (the issuing body stays outside). PIS, PASEP
and NIT numbers are BR_PIS. CNPJs of shops, labs, clubs, associations and agents are BR_CNPJ
(numeric and alphanumeric). Masked values (CPF "***.535.453-**", "cartão final 4022"),
internal ids, protocol, ticket, order, contract, process and report numbers are not labelled.

Decisions new to this register:
- Ranks, grades and their abbreviations ("Sd EV", "Sd EP", "Cb", "3º Sgt", "S Ten", "2º Ten",
  "Cap Med", "Maj", "Ten Cel", "Cel", "Sd PM", "CB", "SG", "CC") and a soldier's number ("Sd EV
  395") stay outside PERSON. A nome de guerra written alone in capitals ("Sgt MANGUEIRA", "Sd
  PIOVESAN") is PERSON; a full name written with the nome de guerra in capitals ("Tarcísio
  Melo TABAJARA", "JUN Zanotelli Zhang") is one span.
- Military identifiers are not labelled: the military identity number (Idt/Idt Mil, ten digits,
  also written "466.503.840-4"; it is not a BR_RG, which is kept for the civil RG), Prec-CP,
  the Navy's NIP, the Registro de Alistamento (RA, 11 digits drawn to fail the CPF check),
  FUSEx beneficiary numbers, military vehicle registrations ("EB 1119558547"), police
  matrículas, UG codes and notas de empenho. Firearms identifiers are not labelled either:
  serial numbers, CR (Certificado de Registro) numbers, CRAF, SINARM and SIGMA registration
  numbers (drawn to fail the CPF check where they have 11 digits). RENAVAM, certidão
  matrícula numbers, NUP and SEI numbers, boletim and portaria numbers are not labelled.
- Units, hospitals and places named after people are not persons: Hospital Naval Marcílio
  Dias, Casa do Expedicionário, Av. Duque de Caxias alone, Clube de Tiro Coronel Leal, Armas
  Zanella & Filhos, Sociedade de Tiro Blumenschein.

Names: Brazilian names of many origins (Portuguese common and regional, coined names such as
Gleidiane, Rivanilda, Evanúzia, Maelly, Ruthiely, Thauany, Jocenildo, Maxsuel, Welberth, Ytalo;
Italian, German, Japanese/Okinawan, Lebanese, Korean, Chinese, Haitian, Angolan, Senegalese,
Bolivian, indigenous, Jewish, Polish), at least a quarter of the name words rare or invented
(main() prints the share); names that are ordinary words (Rosa, Luz, Flor, Vitória, Aurora,
Glória, Esperança, Bento, Prudente, Amado, Branco, Leal; surnames Guerra, Soldado, Cabo,
Coronel, Bandeira, Forte, Leão) next to the same words as words ("faltou luz no stand", "o alvo
rosa", "luz verde", "seria prudente", "conta de luz") and in places, units, clubs, shops and
streets (Presidente Prudente, Bento Gonçalves, Vitória da Conquista, Aurora/CE, Clube de Tiro
Aurora, Armaria Leão do Sul, Arsenal Bandeira, Rua Rosa Branca, Jardim Esperança), which are
not persons. Forms: full, ALL CAPS without accents, lower case, "nome de guerra", first name
alone, nickname, first_name/last_name columns.

Hard negatives (never labelled): CNJ process numbers (Justiça Militar da União segment 7,
state and federal courts), 11-digit numbers failing the CPF check (RA, RENAVAM, SINARM
registrations, FUSEx numbers, order and contract numbers, a mistyped CPF the bot rejects),
ICD-10 codes (S93.4, M54.5, F43.1, M62.8), money, calibres (.380 ACP, 9x19mm, 12 GA), gun
serial numbers, protocol/ticket/order/dispute numbers, Pix end-to-end ids, company names
containing a surname or a name-word, laws and decrees (Lei 10.826/2003, Decreto 11.615/2023,
Lei nº 3.765/1960, MP 2.215-10/2001, Decreto-Lei nº 1.001/1969, Lei 6.880/1980), dates that
are not birth dates.
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
SEED = 4848
OUT_NAME = "fortyeighth.jsonl"

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
MONTHS_AB = ["JAN", "FEV", "MAR", "ABR", "MAI", "JUN", "JUL", "AGO", "SET", "OUT", "NOV", "DEZ"]

# --------------------------------------------------------------------------- name pools
# RARE_* and the rarer foreign pools hold uncommon, regional or coined names; main() prints
# their share of the PERSON words.

PT_F = ["Ana Paula", "Fernanda", "Juliana", "Patrícia", "Camila", "Adriana", "Cristiane", "Simone", "Luciana",
        "Mariana", "Beatriz", "Larissa", "Gabriela", "Letícia", "Raquel", "Tânia", "Sandra", "Elaine", "Rosângela",
        "Maria José", "Maria de Fátima", "Francisca", "Antônia", "Isabela", "Manuela", "Sofia", "Heloísa", "Valéria"]
RARE_F = ["Gleidiane", "Marinalva", "Edileuza", "Josefa Cícera", "Rivanilda", "Cleonice", "Dijanira", "Evanúzia",
          "Lucivânia", "Nazinha", "Orlandina", "Quitéria", "Sebastiana", "Terezinha", "Valdirene", "Zilá",
          "Adalgisa", "Benedita", "Creusa", "Dalvanira", "Erenice", "Genilda", "Irani", "Jucileide", "Maelly",
          "Nayara Kethlen", "Ruthiely", "Thauany", "Wanderléia", "Yolanda", "Zoraide", "Arlinda", "Aparecida Donizete"]
PT_M = ["João Pedro", "Lucas", "Gabriel", "Matheus", "Guilherme", "Rafael", "Gustavo", "Vinícius", "Rodrigo",
        "Thiago", "Bruno", "Diego", "Ricardo", "Eduardo", "Antônio", "Francisco", "José Carlos", "Luiz Fernando",
        "Marcos Vinícius", "Daniel", "Miguel", "Arthur", "Heitor", "Roberto", "Sebastião", "Geraldo", "Raimundo"]
RARE_M = ["Adenilson", "Claudionor", "Deoclécio", "Ednaldo", "Gilmário", "Jocenildo", "Lucivaldo", "Maxsuel",
          "Nerivaldo", "Odair José", "Rubenilson", "Tarcísio", "Welberth", "Ytalo", "Zenóbio", "Aristeu", "Benício",
          "Cícero Romão", "Damião", "Evilásio", "Firmino", "Gumercindo", "Hamilton", "Isaías", "Jeremias",
          "Laércio", "Messias", "Natanael", "Onofre", "Pompílio", "Quirino", "Rosivaldo", "Sizenando", "Wallyson",
          "Kauan Ryan", "Davyd", "Jhonatan", "Maicon Douglas", "Erick Gabriel", "Anderson Kleber"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Ferreira", "Almeida", "Pereira", "Costa", "Rodrigues",
          "Gomes", "Ribeiro", "Carvalho", "Araújo", "Barbosa", "Rocha", "Dias", "Moreira", "Soares", "Fernandes",
          "Batista", "Monteiro", "Mendes", "Cardoso", "Nascimento", "Freitas", "Melo", "Teixeira", "Correia"]
RARE_SUR = ["Arcoverde", "Brasileiro", "Cavalcante de Albuquerque", "Dantas Frazão", "Esmeraldino", "Figueiredo Lins",
            "Guedelha", "Inhaúma", "Jatobá", "Lameu", "Mangueira", "Novaes Peixoto", "Orofino", "Piauhy", "Quixabeira",
            "Rabelo Tenório", "Sucupira", "Tabajara", "Uchôa", "Valadares", "Wanderley", "Xavier Bentes", "Zanotelli",
            "Aroeira", "Bitencourt", "Canindé", "Damasceno", "Espíndola", "Furtado Bessa", "Gondim", "Ibiapina",
            "Jacó", "Lobato", "Macambira", "Nóbrega", "Pajeú", "Rondon", "Sampaio Corrêa", "Tapajós", "Umbuzeiro"]
WORD_F = ["Rosa", "Luz", "Flor", "Vitória", "Aurora", "Glória", "Esperança"]
WORD_M = ["Bento", "Prudente", "Amado", "Branco", "Severino", "Leal", "Vitorino"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Bento", "Amado", "Leal", "Luz", "Flor", "Vitória", "Leão", "Guerra",
            "Soldado", "Cabo", "Coronel", "Bandeira", "Espada", "Forte", "Fortaleza"]
NICK = {"Maria José": "Zezé", "Francisca": "Chiquinha", "Antônia": "Tonha", "José Carlos": "Zeca",
        "Luiz Fernando": "Nando", "Sebastião": "Tião", "Raimundo": "Mundinho", "Francisco": "Chico",
        "Antônio": "Toninho", "Geraldo": "Gera", "Benedita": "Dita", "Terezinha": "Tetê", "Quitéria": "Quita",
        "Claudionor": "Nonô", "Damião": "Mião", "Maria de Fátima": "Fatinha", "Gumercindo": "Guma",
        "Sizenando": "Zenando", "Maicon Douglas": "Maiquinho", "Marcos Vinícius": "Marquinhos",
        "João Pedro": "JP", "Roberto": "Beto", "Eduardo": "Dudu", "Ana Paula": "Paulinha", "Orlandina": "Dina"}
FOREIGN = {
    "it": (["Giovanna", "Pierina", "Loredana"], ["Giuseppe", "Aurelio", "Vitorio"],
           ["Zanella", "Tomazoni", "Bortoluzzi", "Pegoraro", "Dal Molin", "Piovesan", "Casagrande"]),
    "de": (["Hildegard", "Irmgard", "Elfriede"], ["Gunther", "Reinaldo", "Egon"],
           ["Schmitt", "Kuhn", "Zimmermann", "Blumenschein", "Wachholz", "Raddatz", "Müller"]),
    "jp": (["Harumi", "Keiko", "Yumi"], ["Massao", "Yoshio", "Tadashi"],
           ["Nakamura", "Higa", "Shimabukuro", "Tanaka", "Miyazato", "Kaneshiro"]),
    "ar": (["Samira", "Jamile", "Rania"], ["Jamil", "Elias", "Rachid"],
           ["Saad", "Chaim Haddad", "Jorge Salomão", "Atallah", "Mattar", "Zaidan"]),
    "kr": (["Ji-yeon", "Soo-ah"], ["Dong-hyun", "Min-seok"], ["Park", "Lee", "Kang", "Han"]),
    "cn": (["Mei", "Xiu"], ["Wei", "Jun"], ["Li", "Zhang", "Huang", "Liu"]),
    "ht": (["Nadège", "Marie-Carmel", "Wideline"], ["Jean-Robert", "Wisly", "Fritznel"],
           ["Pierre-Louis", "Jean-Baptiste", "Saint-Fleur", "Desrosiers", "Lamothe"]),
    "ao": (["Ngueve", "Domingas"], ["Nzinga Mbemba", "Kalunga"], ["Cassoma", "Muxito", "Kapinga", "Lukoki"]),
    "sn": (["Mariama", "Awa", "Ndeye"], ["Abdoulaye", "Moussa", "Pape"], ["Faye", "Sarr", "Mbaye", "Cissé"]),
    "bo": (["Mamani", "Nelly"], ["Evo", "Germán"], ["Choque", "Condori", "Mamani Quispe", "Huanca"]),
    "in": (["Potira", "Jaciara", "Moema"], ["Raoni", "Ubiratã", "Kaiabi"], ["Guajajara", "Terena", "Pataxó", "Baniwa"]),
    "jw": (["Sara", "Miriam", "Ester"], ["Moisés", "Natan", "Elias"], ["Lerner", "Szajnbrum", "Feldman", "Rosenthal"]),
    "pl": (["Jadwiga", "Halina"], ["Stanislau", "Casimiro"], ["Kowalski", "Wisniewski", "Nowak"]),
}
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in ("ht", "ao", "sn", "bo", "in", "jw", "pl", "kr"):
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])
RARE.update(["Zanella", "Tomazoni", "Bortoluzzi", "Pegoraro", "Piovesan", "Blumenschein", "Wachholz", "Raddatz",
             "Shimabukuro", "Miyazato", "Kaneshiro", "Atallah", "Zaidan", "Hildegard", "Irmgard", "Elfriede",
             "Pierina", "Loredana"])
RARE.update(NICK.values())

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Costa", "Rosa", "Luz", "Vitória", "Silva", "Rocha", "Flor", "Guerra", "Fortaleza", "Bandeira"}
DO_SUR = {"Nascimento", "Pajeú", "Forte"}
DOS_SUR = {"Santos", "Reis"}


def particle(surname: str) -> str:
    if surname in DA_SUR:
        return "da"
    if surname in DO_SUR:
        return "do"
    if surname in DOS_SUR:
        return "dos"
    return "de"


DDDS = ["11", "11", "12", "14", "15", "16", "18", "19", "21", "21", "22", "24", "27", "31", "32", "35", "38", "41",
        "42", "44", "47", "48", "51", "53", "55", "61", "61", "62", "63", "65", "67", "68", "69", "71", "73", "77",
        "79", "81", "82", "83", "84", "85", "86", "87", "91", "92", "95", "96", "98"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Estrada", "Praça",
                "Vila", "Largo", "Rodovia"]
STREET_NAMES = ["Marechal Deodoro", "Duque de Caxias", "Barão de Mauá", "Almirante Barroso", "Rosa Branca",
                "Sargento Prudente Bento", "Tenente Aurora Leal", "Voluntários da Pátria", "Expedicionários",
                "Dos Pracinhas", "Marechal Rondon", "Coronel Zenóbio da Costa", "Brigadeiro Faria Lima",
                "Capitão Gumercindo Sucupira", "Flor de Liz", "das Acácias", "Boa Esperança", "Osório de Paiva",
                "Sete de Setembro", "Cabo Quirino Jatobá", "General Câmara", "Tiradentes", "Anita Garibaldi",
                "Soldado Amado Tabajara", "da Luz", "Alferes Onofre Lameu", "Doutora Adalgisa Uchôa", "dos Ipês",
                "Vinte e Cinco de Agosto", "Beira Mar", "Major Sertório", "Padre Cícero"]
CITIES = [("Presidente Prudente", "SP"), ("Bento Gonçalves", "RS"), ("Santa Maria", "RS"), ("Resende", "RJ"),
          ("Campo Grande", "MS"), ("Tabatinga", "AM"), ("São Gabriel da Cachoeira", "AM"), ("Uruguaiana", "RS"),
          ("Três Lagoas", "MS"), ("Cascavel", "PR"), ("Ponta Grossa", "PR"), ("Juiz de Fora", "MG"),
          ("Pouso Alegre", "MG"), ("Caçapava", "SP"), ("Pirassununga", "SP"), ("Lorena", "SP"), ("Recife", "PE"),
          ("Olinda", "PE"), ("Natal", "RN"), ("Parnamirim", "RN"), ("Boa Vista", "RR"), ("Marabá", "PA"),
          ("Belém", "PA"), ("Vitória da Conquista", "BA"), ("Feira de Santana", "BA"), ("Rio Branco", "AC"),
          ("Cruzeiro do Sul", "AC"), ("Anápolis", "GO"), ("Formosa", "GO"), ("Corumbá", "MS"), ("Aurora", "CE"),
          ("Crato", "CE"), ("Imperatriz", "MA"), ("Ijuí", "RS"), ("Santo Ângelo", "RS"), ("Lages", "SC")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN",
       "PB", "MT", "MS", "PI", "SE", "AL", "TO", "RO", "AC", "AP", "RR"]
BAIRROS = ["Centro", "Vila Militar", "Jardim Aurora", "Boa Vista", "Vila Rosa", "Cidade Nova", "Parque Prudente",
           "Bairro da Luz", "Marechal Hermes", "Jardim Esperança", "Vila Leal", "São Cristóvão", "Realengo"]
CIDS = ["M54.5", "S83.5", "F43.1", "F32.0", "J45.0", "H52.1", "H90.3", "E66.0", "I10", "M23.2", "S93.4",
        "F41.1", "K40.9", "Z00.0", "Z02.3", "L70.0", "B35.3", "M51.1", "G43.9", "F10.2", "N20.0", "T14.1"]
RANKS = ["Sd EV", "Sd EP", "Sd", "Cb", "3º Sgt", "2º Sgt", "1º Sgt", "S Ten", "Asp Of", "2º Ten", "1º Ten", "Cap",
         "Maj", "Ten Cel", "Cel"]
RANKS_LOW = ["Sd EV", "Sd EP", "Sd", "Cb", "3º Sgt", "2º Sgt"]
OFFICERS = ["Cap", "Maj", "Ten Cel", "Cel", "1º Ten", "2º Ten"]
UNITS = ["20º Batalhão de Infantaria Blindado", "7º Batalhão de Engenharia de Combate", "2º Regimento de Cavalaria Mecanizado",
         "1º Batalhão de Guardas", "17º Batalhão de Infantaria de Selva", "8º Grupo de Artilharia de Campanha Autopropulsado",
         "Base Administrativa da Guarnição de Santa Maria", "4º Batalhão de Aviação do Exército", "12º Batalhão de Suprimento",
         "Companhia de Comando da 9ª Brigada de Infantaria Motorizada", "Tiro de Guerra 02-018", "63º Batalhão de Infantaria"]
UNIT_AB = ["20º BIB", "7º BE Cmb", "2º RC Mec", "1º BG", "17º BIS", "8º GAC AP", "Ba Adm Gu SM", "4º BAvEx", "12º B Sup",
           "Cia C 9ª Bda Inf Mtz", "TG 02-018", "63º BI"]
HOSPITALS = ["Hospital Militar de Área de Campo Grande", "Hospital de Guarnição de Tabatinga", "Hospital Central do Exército",
             "Hospital Naval Marcílio Dias", "Hospital de Aeronáutica de Canoas", "Hospital Militar de Área de Recife",
             "Policlínica Militar de Niterói", "Hospital de Guarnição de Santa Maria", "Hospital Geral de Juiz de Fora"]
GUNS = [("Pistola", "Taurus", "G2C", "9mm"), ("Pistola", "Glock", "G17 Gen5", "9x19mm"), ("Revólver", "Taurus", "RT 85", ".38 SPL"),
        ("Carabina", "CBC", "7022", ".22 LR"), ("Espingarda", "Boito", "Pump Miura", "12 GA"), ("Pistola", "Imbel", "MD1", ".380 ACP"),
        ("Fuzil", "Imbel", "IA2", "5.56x45mm"), ("Rifle", "CZ", "457", ".22 LR"), ("Pistola", "Taurus", "TS9", "9mm"),
        ("Revólver", "Rossi", "R971", ".357 MAG"), ("Espingarda", "CBC", "Military 3.0", "12 GA"), ("Pistola", "Beretta", "APX", "9mm"),
        ("Carabina", "Taurus", "CT9 G2", "9mm"), ("Pistola", "Sig Sauer", "P320", ".40 S&W")]
SHOPS = ["Armaria Leão do Sul Ltda", "Casa do Caçador Prudente", "Arsenal Bandeira Comércio de Armas", "Tiro Certo Armas e Munições",
         "Armas Zanella & Filhos", "Loja do Atirador Aurora", "Defesa Forte Comércio Ltda"]
CLUBS = ["Clube de Tiro Aurora", "Clube de Caça e Tiro Rosa dos Ventos", "Stand de Tiro Bento Gonçalves",
         "Associação Prudentina de Tiro Prático", "Clube de Tiro .38 Amigos da Luz", "Clube de Tiro Coronel Leal",
         "Sociedade de Tiro Blumenschein"]
ASSOCS = ["Associação dos Ex-Combatentes do Brasil — Seção Santa Maria", "Associação dos Veteranos do Batalhão Suez",
          "Associação dos Reservistas de Pirassununga", "Associação Nacional dos Veteranos da FEB",
          "Associação dos Militares da Reserva e Pensionistas de Recife", "Associação dos Veteranos da MINUSTAH"]
BANKS = [("001", "Banco do Brasil"), ("104", "Caixa Econômica Federal"), ("237", "Bradesco"), ("341", "Itaú"),
         ("033", "Santander"), ("748", "Sicredi"), ("756", "Sicoob"), ("260", "Nu Pagamentos"), ("077", "Banco Inter")]


class Person:
    def __init__(self, given: str, surnames: list[str], female: bool, war: int = -1):
        self.given = given
        self.surnames = surnames
        self.female = female
        self.war = war  # which word is the nome de guerra (index into words())

    def words(self) -> list[str]:
        return self.full.split()

    @property
    def full(self) -> str:
        return " ".join([self.given] + self.surnames)

    @property
    def first(self) -> str:
        return self.given.split()[0] if not self.given.startswith(("Maria d", "Josefa")) else self.given

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

    def _war_idx(self) -> int:
        ws = self.words()
        cands = [i for i, w in enumerate(ws) if w not in PARTICLES and w not in SUFFIXES]
        return cands[self.war % len(cands)]

    @property
    def guerra(self) -> str:
        """Nome de guerra: one word (the last surname, or the chosen word) in ALL CAPS."""
        w = self.words()[self._war_idx()]
        return w.upper()

    @property
    def mil(self) -> str:
        """Military writing of a full name: the nome de guerra in capitals inside the name."""
        ws = self.words()
        i = self._war_idx()
        ws[i] = ws[i].upper()
        return " ".join(ws)

    @property
    def o(self) -> str:
        return "a" if self.female else "o"


def name_form(g: "Gen", p: Person, forms: list[str] | None = None) -> str:
    form = g.pick(forms or ["full", "full", "short", "caps", "low", "plain", "first", "mil"])
    return {"full": p.full, "short": p.short, "caps": p.caps, "low": p.low, "plain": p.plain, "capsacc": p.caps_acc,
            "inverted": p.inverted, "inv_title": p.inverted_title, "first": p.first, "last": p.last,
            "nick": p.nick, "lowfirst": fold(p.first).lower(), "capsshort": fold(p.short).upper(),
            "lowshort": fold(p.short).lower(), "mil": p.mil, "guerra": p.guerra}[form]


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
        if r < 0.40:
            return self.pick(RARE_SUR)
        if r < 0.52:
            return self.pick(WORD_SUR)
        return self.pick(PT_SUR)

    def person(self, female: bool | None = None, origin: str | None = None, word: bool = False) -> Person:
        rng = self.rng
        female = rng.random() < 0.5 if female is None else female
        if origin is None:
            origin = "pt" if rng.random() < 0.72 else self.pick(sorted(FOREIGN))
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
            k = self.pick([1, 1, 2, 2, 2, 3])
            surnames: list[str] = []
            while len(surnames) < k:
                s = self.pick(WORD_SUR) if (word and not surnames) else self.surname()
                if s not in surnames:
                    surnames.append(s)
            if rng.random() < 0.3:
                pos = rng.randint(0, len(surnames) - 1)
                surnames.insert(pos, particle(surnames[pos]))
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
        war = -1 if rng.random() < 0.6 else rng.randint(0, 3)
        return Person(given, surnames, female, war)

    def relative(self, of: Person, female: bool | None = None) -> Person:
        female = self.chance(0.5) if female is None else female
        p = self.person(female=female, origin="pt")
        own = [s for s in p.surnames if s not in PARTICLES and s not in SUFFIXES][:1]
        return Person(p.given, [s for s in own if s != of.last] + [of.last], female)

    def mother(self) -> Person:
        return self.person(female=True, origin="pt" if self.chance(0.8) else None)

    def email(self, p: Person, domain: str | None = None) -> str:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower())
        l = re.sub(r"[^a-z]", "", fold(p.last).lower())
        user = self.pick([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}_{l}{self.d(2)}", f"{f}{self.d(4)}",
                          f"{l}.{f}", f"{f}.{l}{self.ri(70, 99)}", f"{f}{l[:4]}", f"{f[0]}.{l}", f"sgt{l}{self.d(2)}",
                          f"{f}.{l}.cac"])
        domain = domain or self.pick(["gmail.com", "gmail.com", "hotmail.com", "yahoo.com.br", "outlook.com",
                                      "bol.com.br", "uol.com.br", "icloud.com", "terra.com.br", "live.com"])
        return f"{user}@{domain}"

    def corp_mail(self, p: Person, dom: str) -> str:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower())
        l = re.sub(r"[^a-z]", "", fold(p.last).lower())
        return self.pick([f"{f}.{l}@{dom}", f"{f[0]}{l}@{dom}", f"{f}{l}@{dom}"])

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
                "nodash": f"{n[:3]}.{n[3:6]}.{n[6:9]}{n[9:]}"}[style]

    def bad_cpf(self, style: str = "raw") -> str:
        n = self.neg(11)
        return fmt_cpf(n) if style == "dot" else n

    def cnpj(self, alnum: bool | None = None, style: str = "dot") -> str:
        alnum = self.chance(0.25) if alnum is None else alnum
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
        style = style or self.pick(["dot", "dot", "raw", "dash"])
        return {"dot": f"{n[:2]}.{n[2:5]}.{n[5:8]}-{n[8]}", "raw": n, "dash": f"{n[:8]}-{n[8]}"}[style]

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
        style = style or self.pick(["par", "plus", "plain", "e164", "raw", "dash", "par", "par", "nospace"])
        return {"par": f"({ddd}) {h}-{t}", "plus": f"+55 {ddd} {h}-{t}", "plain": f"{ddd} {h}-{t}",
                "e164": f"+55{ddd}{local}", "raw": f"{ddd}{local}", "dash": f"{ddd}-{h}-{t}",
                "sp": f"{ddd} {h} {t}", "nospace": f"({ddd}){h}-{t}", "wa": f"+55 {ddd} {h[:-4] if len(h) > 4 else ''}{h[-4:]}-{t}"}[style]

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
        first = self.pick([177, 179, 186, 187, 189, 191, 200, 201, 138, 152, 170, 45, 131, 143])
        return f"{first}.{self.ri(0, 255)}.{self.ri(0, 255)}.{self.ri(1, 254)}"

    def street_parts(self) -> tuple[str, str, str, str]:
        t = self.pick(STREET_TYPES)
        name = self.pick(STREET_NAMES)
        num = str(self.rng.randint(3, 3999)) if self.chance(0.92) else "s/n"
        comp = self.pick(["", "", "", f"apto {self.ri(11, 1204)}", f"casa {self.ri(1, 9)}",
                          f"bloco {self.pick('ABCDE')} apto {self.ri(11, 408)}", "fundos",
                          f"PNR {self.ri(1, 80)}", f"qd {self.ri(1, 40)} lt {self.ri(1, 30)}"])
        return t, name, num, comp

    def address(self, style: str = "text") -> str:
        t, name, num, comp = self.street_parts()
        if style == "caps":
            return fold(f"{t} {name}, {num}" + (f", {comp}" if comp else "")).upper()
        if style == "low":
            abbr = {"Rua": "r", "Avenida": "av", "Travessa": "tv", "Alameda": "al", "Estrada": "estr"}
            s = f"{abbr.get(t, t)} {name} " + (num if num != "s/n" else "sn") + (f" {comp}" if comp else "")
            return fold(s).lower()
        abbr = {"Rua": "R.", "Avenida": "Av.", "Travessa": "Tv.", "Alameda": "Al.", "Praça": "Pça"}
        if self.chance(0.3) and t in abbr:
            t = abbr[t]
        sep = self.pick([", ", ", nº ", " ", ", n. "])
        return f"{t} {name}{sep}{num}" + (self.pick([", ", " - ", " "]) + comp if comp else "")

    def city(self) -> tuple[str, str]:
        return self.pick(CITIES)

    def dob(self, fmt: str | None = None, lo: int = 1945, hi: int = 2007) -> str:
        dd, mm, yy = self.ri(1, 28), self.ri(1, 12), self.ri(lo, hi)
        fmt = fmt or self.pick(["br", "br", "iso", "short", "long", "dash", "nopad", "dot"])
        return fmt_date(dd, mm, yy, fmt)

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        y = year or self.pick([2024, 2025, 2025, 2025])
        return fmt_date(self.ri(1, 28), self.ri(1, 12), y, fmt)

    def hm(self) -> str:
        return f"{self.ri(6, 23):02d}:{self.ri(0, 59):02d}"

    def hms(self) -> str:
        return f"{self.ri(0, 23):02d}:{self.ri(0, 59):02d}:{self.ri(0, 59):02d}"

    def money(self, lo: int = 20, hi: int = 50000) -> str:
        v = self.ri(lo * 100, hi * 100)
        r, c = divmod(v, 100)
        return f"{r:,}".replace(",", ".") + f",{c:02d}"

    def cnj(self, seg: str | None = None) -> str:
        seg = seg or self.pick(["7.01", "7.03", "7.05", "7.07", "7.11", "8.26", "4.04", "4.01", "9.21", "9.26", "8.16"])
        return f"{self.d(7)}-{self.d(2)}.{self.ri(2019, 2025)}.{seg}.{self.d(4)}"

    def protocol(self) -> str:
        return self.pick([f"{self.ri(2024, 2025)}{self.d(8)}", self.neg(11), f"{self.d(3)}.{self.d(3)}.{self.d(3)}",
                          f"#{self.d(8)}", self.neg(12), f"ATD-{self.d(7)}"])

    def nup(self) -> str:
        """Número Único de Protocolo of federal bodies (Polícia Federal, Exército)."""
        return f"{self.pick(['08', '64', '60'])}{self.d(3)}.{self.d(6)}/{self.ri(2023, 2025)}-{self.d(2)}"

    def idt_mil(self) -> str:
        return self.pick([f"{self.d(9)}-{self.d(1)}", f"{self.d(3)}.{self.d(3)}.{self.d(3)}-{self.d(1)}", self.d(10)])

    def prec(self) -> str:
        return self.d(9)

    def ra(self) -> str:
        """Registro de Alistamento: 11 digits, drawn to fail the CPF check."""
        return self.neg(11)

    def serial(self) -> str:
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"
        return self.pick([f"{self.pick(L)}{self.pick(L)}{self.pick(L)}{self.d(5)}", f"{self.d(2)}{self.pick(L)}{self.d(6)}",
                          f"{self.pick(L)}{self.d(6)}", f"{self.pick(L)}{self.pick(L)}{self.d(6)}{self.pick(L)}"])

    def cr(self) -> str:
        return self.pick([f"{self.d(6)}", f"{self.d(3)}.{self.d(3)}", f"{self.ri(1, 12)}ª RM {self.d(6)}"])

    def craf(self) -> str:
        return self.pick([self.d(9), f"{self.d(4)}/{self.ri(2015, 2025)}", self.d(10)])

    def council(self, kind: str = "CRM", uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.ri(1000, 259999)
        dotted = f"{n:,}".replace(",", ".")
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} {n}", f"OAB-{uf} {n}", f"OAB {uf} {dotted}"])
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {dotted}-ENF", f"COREN-{uf} {n}-TE"])
        if kind == "CRP":
            return self.pick([f"CRP {self.ri(1, 23):02d}/{self.d(5)}", f"CRP-{self.ri(1, 23):02d}/{self.d(5)}",
                              f"CRP {self.ri(1, 23):02d}ª Região nº {self.d(5)}"])
        if kind == "CRO":
            return self.pick([f"CRO-{uf} {n}", f"CRO/{uf} {n}"])
        if kind == "CREFITO":
            return f"CREFITO-{self.ri(1, 15)} {self.d(6)}-F"
        if kind == "CREF":
            return f"CREF {self.d(6)}-G/{uf}"
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dotted}", f"CRM-{uf} {n}"])


def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def fmt_date(dd: int, mm: int, yy: int, fmt: str) -> str:
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}", "compact": f"{yy}{mm:02d}{dd:02d}",
            "short": f"{dd:02d}/{mm:02d}/{yy % 100:02d}", "long": f"{dd} de {MONTHS[mm - 1]} de {yy}",
            "dash": f"{dd:02d}-{mm:02d}-{yy}", "nopad": f"{dd}/{mm}/{yy}", "dot": f"{dd:02d}.{mm:02d}.{yy}",
            "mil": f"{dd:02d} {MONTHS_AB[mm - 1]} {yy % 100:02d}", "caps": f"{dd} DE {fold(MONTHS[mm - 1]).upper()} DE {yy}"}[fmt]


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


def table_fixed(doc: Doc, cols: list[str], rows: list[list[tuple]], gap: str = "  ") -> None:
    widths = [max([len(c)] + [len(r[k][0]) for r in rows]) for k, c in enumerate(cols)]
    doc.t(gap.join(c.ljust(w) for c, w in zip(cols, widths)).rstrip() + "\n")
    doc.t(gap.join("-" * w for w in widths) + "\n")
    for r in rows:
        for k, ((v, lab), w) in enumerate(zip(r, widths)):
            if k:
                doc.t(gap)
            doc.cell(v, w if k < len(r) - 1 else 0, lab)
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


def rank(g: Gen, low: bool = False, officer: bool = False) -> str:
    return g.pick(OFFICERS if officer else (RANKS_LOW if low else RANKS))


def law(g: Gen) -> str:
    return g.pick(["Lei 10.826/2003", "Lei nº 4.375/1964", "Decreto nº 57.654/1966", "Decreto 11.615/2023",
                   "Lei 13.954/2019", "Lei nº 3.765/1960", "Decreto-Lei 1.001/1969 (CPM)", "Lei 6.880/1980",
                   "Decreto nº 4.346/2002 (RDE)", "Lei 13.709/2018", "Portaria nº 150-COLOG/2019", "MP 2.215-10/2001"])


# =========================================================================== atendimento


def at_chat_alistamento(g: Gen) -> Doc:
    """Web chat of the online enlistment help desk: bot triage, then a civil servant of the JSM."""
    doc = Doc()
    c = g.person(female=False)
    m = g.mother()
    city, uf = g.city()
    at = g.person(female=g.chance(0.6))
    generic = g.chance(0.9)  # the platform shows "Atendente" / "Cidadão" instead of names
    AT = V("Atendente") if generic else P(at.first)
    CI = V("Cidadão") if generic else P(c.first)
    h = [f"{g.ri(8, 17):02d}:{g.ri(0, 59):02d}" for _ in range(14)]
    h.sort()
    doc.f("Atendimento Alistamento Online — sessão «s»\nOrigem: «ip» · navegador Chrome/«v» Android · fila JSM «j»\n\n",
          s=g.hexs(12), ip=(g.ip(), "IP_ADDRESS"), v=f"{g.ri(118, 131)}.0.{g.d(4)}", j=g.d(3))
    doc.f("[«h0»] Recruta (assistente virtual): Olá! Sou o Recruta, assistente do Alistamento. Informe seu CPF.\n"
          "[«h1»] Cidadão: «bad»«cpf»\n"
          "[«h2»] Recruta (assistente virtual): Encontrei um cadastro iniciado. Vou transferir para um atendente humano.\n"
          "[«h3»] «a» (JSM «city»): Boa tarde, aqui é «af», da Junta de Serviço Militar. Como posso ajudar?\n",
          h0=h[0], h1=h[1], h2=h[2], h3=h[3], cpf=(g.cpf(g.pick(["raw", "dot", "dot"])), "BR_CPF"),
          bad=g.bad_cpf() + "\n[" + h[1] + "] Recruta (assistente virtual): CPF inválido. Confira os dígitos e digite novamente.\n["
          + h[1] + "] Cidadão: " if g.chance(0.5) else "",
          a=V("Atendente") if generic else P(at.short), city=city, af=P(at.first))
    k = g.ri(0, 2)
    intro = ["eu fiz o alistamento mas o sistema diz que meus dados nao conferem com a receita",
             "perdi o prazo do alistamento, fiz 18 anos em março, vou pagar multa?",
             "preciso do CDI pra tirar passaporte e nao sei se ja foi emitido"][k]
    nm = g.pick([c.full, c.low, c.plain])
    doc.f("[«h4»] «n»: «i»\n", h4=h[4], n=CI if generic else P(nm), i=intro)
    doc.f("[«h5»] «a»: Vou conferir. Confirme por favor nome completo, data de nascimento e nome da mãe.\n"
          "[«h6»] «n»: «full», nasci «dob», mae «mae»\n",
          h5=h[5], a=AT, h6=h[6], n=CI if generic else P(c.first if g.chance(0.5) else c.short),
          full=P(g.pick([c.full, c.low, c.caps])), dob=(g.dob(g.pick(["br", "nopad", "short", "long"]), 2006, 2007), "DATE_OF_BIRTH"),
          mae=P(g.pick([m.full, m.low])))
    doc.f("[«h7»] «a»: Obrigad«o». O RA gerado foi «ra», consta com endereço «end», CEP «cep». Está correto?\n",
          h7=h[7], a=AT, o="a" if at.female else "o", ra=g.ra(), end=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"))
    doc.f("[«h8»] «n»: nao, mudei. agora é «end2» bairro «b», cep «cep2»\n",
          h8=h[8], n=CI, end2=(g.address("low"), "ADDRESS"), b=g.pick(BAIRROS).lower(), cep2=(g.cep(), "BR_CEP"))
    doc.f("[«h9»] «a»: Atualizado. E-mail, celular e RG para contato?\n[«h10»] «n»: «e» / «t» / rg «rg»\n",
          h9=h[9], a=AT, h10=h[10], n=CI, e=(g.email(c), "EMAIL_ADDRESS"), t=(g.phone(), "PHONE_NUMBER"), rg=(g.rg(g.pick(["raw", "dot"])), "BR_RG"))
    if k == 1:
        doc.f("[«h11»] «a»: O alistamento fora do prazo gera multa de R$ «mu» (art. 176 do «law»), paga por GRU. "
              "Se não puder pagar, traga declaração de pobreza na Junta, que fica na «rua» ao lado da prefeitura.\n",
              h11=h[11], a=AT, mu=g.pick(["4,14", "4,14", "5,32"]), law="Decreto nº 57.654/1966",
              rua=g.pick(["Rua Duque de Caxias", "Av. Marechal Deodoro", "Praça Tiradentes", "Rua Barão de Mauá"]))
    elif k == 2:
        doc.f("[«h11»] «a»: Seu CDI ainda não foi emitido; a seleção geral é em «mes». O protocolo desta conversa é «p».\n",
              h11=h[11], a=AT, mes=g.pick(MONTHS), p=g.protocol())
    else:
        doc.f("[«h11»] «a»: A divergência era no nome da mãe, a Receita tem «mr». Já abri chamado «p» para a DSM.\n",
              h11=h[11], a=AT, mr=P(m.caps), p=g.protocol())
    doc.f("[«h12»] «n»: valeu «a», tmj\n[«h13»] Sistema: atendimento encerrado por «login». Avaliação: «st» estrelas.\n",
          h12=h[12], n=CI if generic else P(c.first.lower() if g.chance(0.4) else c.first), a=P(at.first.lower()), h13=h[13],
          login=re.sub(r"[^a-z.]", "", fold(at.first + "." + at.last).lower()), st=g.ri(1, 5))
    return doc


def at_ficha_jsm(g: Gen) -> Doc:
    """Ficha de Alistamento Militar (FAM) printed by a Junta, key: value layout."""
    doc = Doc()
    c = g.person(female=False)
    pai = g.relative(c, female=False)
    mae = g.mother()
    city, uf = g.city()
    caps = g.chance(0.5)
    nm = (lambda p: p.caps) if caps else (lambda p: p.full)
    doc.f("MINISTÉRIO DA DEFESA — EXÉRCITO BRASILEIRO\n«rm»ª REGIÃO MILITAR — «dsm»ª DELEGACIA DE SERVIÇO MILITAR\n"
          "JUNTA DE SERVIÇO MILITAR Nº «j» — «city»/«uf»\n\nFICHA DE ALISTAMENTO MILITAR (FAM)          RA: «ra»\n\n",
          rm=g.ri(1, 12), dsm=g.ri(1, 30), j=g.d(3), city=city.upper(), uf=uf, ra=g.ra())
    doc.f("NOME: «n»\nFILIAÇÃO: «p» e «m»\nDATA NASC.: «dob»    NATURALIDADE: «nat»\nESTADO CIVIL: «ec»    "
          "ESCOLARIDADE: «esc»\n",
          n=P(nm(c)), p=P(nm(pai)), m=P(nm(mae)), dob=(g.dob(g.pick(["br", "dot", "mil"]), 2005, 2007), "DATE_OF_BIRTH"),
          nat="-".join(g.city()).upper(), ec=g.pick(["SOLTEIRO", "SOLTEIRO", "CASADO", "UNIÃO ESTÁVEL"]),
          esc=g.pick(["MÉDIO COMPLETO", "MÉDIO INCOMPLETO", "FUNDAMENTAL COMPLETO", "SUPERIOR INCOMPLETO"]))
    doc.f("IDENTIDADE: «rg» «org»    CPF: «cpf»\n", rg=(g.rg(), "BR_RG"), org=g.pick(["SSP/" + uf, "SSP-" + uf, "DETRAN/" + uf, "PC/" + uf]),
          cpf=(g.cpf(), "BR_CPF"))
    if g.chance(0.6):
        doc.f("TÍTULO ELEITORAL: «t»  ZONA «z» SEÇÃO «s»\n", t=(g.titulo(), "BR_TITULO_ELEITOR"), z=g.d(3), s=g.d(4))
    else:
        doc.t("TÍTULO ELEITORAL: não possui\n")
    doc.f("ENDEREÇO: «end»    BAIRRO: «b»\nCEP: «cep»    MUNICÍPIO: «city»/«uf»\nTELEFONE: «tel»    E-MAIL: «e»\n",
          end=(g.address("caps" if caps else "text"), "ADDRESS"), b=g.pick(BAIRROS).upper() if caps else g.pick(BAIRROS),
          cep=(g.cep(), "BR_CEP"), city=city, uf=uf, tel=(g.phone(), "PHONE_NUMBER"), e=(g.email(c), "EMAIL_ADDRESS"))
    doc.f("ALTURA: 1,«alt» m   PESO: «peso» kg   CABELOS: «cab»   OLHOS: «olh»   TIPO SANG.: «ts»\n"
          "OCUPAÇÃO: «oc»   DISPENSA DE INCORPORAÇÃO PRETENDIDA: «dp»\n\n",
          alt=g.ri(58, 92), peso=g.ri(52, 104), cab=g.pick(["CAST.", "PRETOS", "LOIROS", "CRESPOS"]),
          olh=g.pick(["CAST.", "PRETOS", "VERDES", "AZUIS"]), ts=g.pick(["O+", "A+", "B+", "O-", "AB+", "A-"]),
          oc=g.pick(["ESTUDANTE", "AJUDANTE DE PEDREIRO", "ENTREGADOR", "JOVEM APRENDIZ", "AUX. ADMINISTRATIVO", "SERVIÇOS GERAIS"]),
          dp=g.pick(["NÃO", "NÃO", "SIM — ARRIMO DE FAMÍLIA", "SIM — MOTIVO DE SAÚDE"]))
    sec = g.person()
    doc.f("Alistado em «d» por «s» (secretári«o» da JSM). Comparecer à seleção geral em «d2», às «h», no «u».\n"
          "Documentos conferidos: certidão de nascimento (matrícula «cert»), comprovante de residência (conta de luz).\n",
          d=g.date(), s=P(g.pick([sec.full, sec.caps, sec.mil])), o="a" if sec.female else "o", d2=g.date(),
          h=g.pick(["07:00", "07:30", "08:00", "13:00"]), u=g.pick(UNITS), cert=f"{g.d(6)} 01 55 {g.ri(2005, 2007)} 1 {g.d(5)} {g.d(3)} {g.d(7)} {g.d(2)}")
    if g.chance(0.5):
        doc.f("OBS: cidadão informa que o pai, «p», é «prof»; telefone do responsável «tp».\n",
              p=P(pai.first + " " + pai.last), prof=g.pick(["caminhoneiro", "3º sargento da reserva", "agricultor", "vigilante"]),
              tp=(g.phone(mobile=g.chance(0.7)), "PHONE_NUMBER"))
    doc.f("\n_________________________            _________________________\n«a»                         Presidente da JSM\n",
          a=P(nm(c)) if g.chance(0.5) else V("Assinatura do alistado"))
    return doc


def at_email_reservista(g: Gen) -> Doc:
    """E-mail thread: request for a second copy of the CDI / certificado de reservista, the JSM answers."""
    doc = Doc()
    c = g.person(female=False)
    city, uf = g.city()
    sec = g.person()
    old = g.chance(0.5)
    yob = g.ri(1960, 1990) if old else g.ri(1995, 2006)
    dest = g.pick(["jsm" + g.d(3) + "@" + fold(city.split()[0]).lower() + "." + uf.lower() + ".gov.br",
                   "atendimento.dsm@" + g.pick(["eb.mil.br", "9rm.eb.mil.br", "cmse.eb.mil.br"])])
    em = g.email(c)
    doc.f("De: «n» <«e»>\nPara: «dest»\nData: «d» «h»\nAssunto: «ass»\n\n",
          n=P(g.pick([c.full, c.short, c.caps])), e=(em, "EMAIL_ADDRESS"), dest=dest, d=g.date(), h=g.hm(),
          ass=g.pick(["2ª via certificado de reservista", "SEGUNDA VIA CDI URGENTE", "Re: extravio de documento militar",
                      "solicitação de certidão de situação militar"]))
    doc.f("Bom dia,\n\nMeu nome é «n», «cpf_lbl» «cpf», nascido em «dob». «motivo» "
          "Servi no quartel do «u» em «ano» (turma de «ano»), meu número era «num» e o RA «ra».\n\n",
          n=P(c.full), cpf_lbl=g.pick(["CPF", "cpf nº", "portador do CPF"]), cpf=(g.cpf(), "BR_CPF"),
          dob=(g.dob(g.pick(["br", "long", "nopad"]), yob, yob), "DATE_OF_BIRTH"),
          motivo=g.pick(["Perdi meu certificado de reservista numa enchente e preciso para tomar posse em concurso.",
                         "Fui assaltado e levaram a carteira com o CDI, fiz boletim de ocorrência nº " + g.d(5) + "/" + str(g.ri(2024, 2025)) + ".",
                         "Preciso da 2ª via para o processo de aposentadoria no INSS.",
                         "A empresa exige a certidão de quitação militar para a admissão."]),
          u=g.pick(UNIT_AB), ano=yob + 18 if yob + 18 <= 2025 else 2024, num=g.pick(["Sd 1" + g.d(2), "Sd " + g.d(3), "Sd EV " + g.d(3)]), ra=g.ra())
    doc.f("Meus dados atuais: «end», «b», «city»-«uf», CEP «cep». Celular/WhatsApp «t».\n"
          "Segue em anexo RG (nº «rg») e título de eleitor «tit».\n\nAtenciosamente,\n«sig»\n",
          end=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), city=city, uf=uf, cep=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"),
          rg=(g.rg(), "BR_RG"), tit=(g.titulo(), "BR_TITULO_ELEITOR"), sig=P(g.pick([c.short, c.first, c.full])))
    doc.t("\n-------- Resposta --------\n")
    doc.f("De: «dest»\nPara: «e»\n\nPrezado «n»,\n\n", dest=dest, e=(em, "EMAIL_ADDRESS"),
          n=P(g.pick([c.first, c.short, c.full])))
    doc.f("A 2ª via do «doc» é emitida mediante pagamento de multa de R$ «m» (GRU código «gru»). Compareça à Junta "
          "com original e cópia do RG, CPF e comprovante de residência. Atendimento de 2ª a 6ª, das 8h às 16h, "
          "na «rua» (prédio da Prefeitura, térreo). Telefone da Junta: «tj».\n\n"
          "O prazo de confecção é de 30 a 60 dias. Protocolo do pedido: «p».\n\n",
          doc=g.pick(["Certificado de Reservista", "CDI", "Certificado de Dispensa de Incorporação"]),
          m=g.pick(["4,14", "12,43", "20,71"]), gru=g.pick(["18804-4", "28830-6"]),
          rua=g.pick(["Rua Marechal Deodoro", "Av. Duque de Caxias", "Praça Barão de Mauá", "Rua Tenente Aurora Leal"]),
          tj=(g.phone(g.pick(["par", "plain"]), mobile=False), "PHONE_NUMBER"), p=g.protocol())
    doc.f("Att.,\n«s»\nSecretári«o» da JSM «j» — «city»/«uf»\n", s=P(g.pick([sec.full, sec.mil, sec.short])),
          o="a" if sec.female else "o", j=g.d(3), city=city, uf=uf)
    return doc


def at_sinarm(g: Gen) -> Doc:
    """Polícia Federal SINARM service ticket: renewal of a firearm registration (CRAF) of a civilian."""
    doc = Doc()
    c = g.person()
    ag = g.person()
    city, uf = g.city()
    gun = g.pick(GUNS)
    doc.f("SINARM · Atendimento ao Cidadão · Chamado «t» · Delegacia «dl»/«uf»\nStatus: «st» · Categoria: Renovação de registro (CRAF)\n\n",
          t=f"{g.ri(2024, 2025)}/{g.d(6)}", dl=g.pick(["DPF/PPE", "DELEAQ/SR", "DPF/SMA", "DPF/RDO", "SR/PF"]),
          uf=uf, st=g.pick(["Aguardando cidadão", "Em análise", "Pendente de documentação"]))
    doc.f("Requerente ........ «n»\nCPF ............... «cpf»\nRG ................ «rg»\nNascimento ........ «dob»\n"
          "Endereço .......... «end» — «city»/«uf» — CEP «cep»\nContato ........... «tel» / «e»\n",
          n=P(g.pick([c.caps, c.full])), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), dob=(g.dob(lo=1950, hi=1999), "DATE_OF_BIRTH"),
          end=(g.address(), "ADDRESS"), city=city, uf=uf, cep=(g.cep(), "BR_CEP"), tel=(g.phone(), "PHONE_NUMBER"),
          e=(g.email(c), "EMAIL_ADDRESS"))
    doc.f("Arma ............. «tipo» «marca» «mod», cal. «cal», nº de série «ser», registro SINARM «reg»\n"
          "Validade CRAF .... «val» (vencido há «dias» dias)\nIP do requerimento: «ip»\n\n",
          tipo=gun[0], marca=gun[1], mod=gun[2], cal=gun[3], ser=g.serial(), reg=g.neg(11), val=g.date(year=g.pick([2023, 2024])),
          dias=g.ri(10, 400), ip=(g.ip(), "IP_ADDRESS"))
    doc.t("Histórico:\n")
    doc.f("«d1» — Cidadão: \"Fiz a renovação pelo site mas o laudo psicológico da «psi» («crp») não foi aceito, diz que a credencial venceu. "
          "Preciso refazer? Já paguei a GRU de R$ «m».\"\n",
          d1=g.date(), psi=P(g.person(female=True).full), crp=(g.council("CRP"), "PROFESSIONAL_ID"), m=g.pick(["88,00", "60,00"]))
    doc.f("«d2» — «a» (agente administrativ«o»): Sim, o psicólogo precisa estar credenciado na data do exame. Refaça com profissional "
          "da lista vigente e anexe também a certidão da Justiça Militar e da Justiça Eleitoral. Cuidado: portar arma com "
          "registro vencido é infração do art. 12 da «law».\n",
          d2=g.date(), a=P(g.pick([ag.full, ag.short])), o=ag.o, law="Lei 10.826/2003")
    if g.chance(0.6):
        cj = g.relative(c)
        doc.f("«d3» — Cidadão: refiz com «psi2». Aviso que a arma fica na casa do meu «rel» «cj» (CPF «cpfj»), "
              "«end2», enquanto eu estiver embarcado.\n",
              d3=g.date(), psi2=P(g.person().short), rel=g.pick(["irmão", "cunhado", "pai"]) if not cj.female else g.pick(["irmã", "mãe"]),
              cj=P(cj.full), cpfj=(g.cpf(), "BR_CPF"), end2=(g.address("low"), "ADDRESS"))
        doc.f("«d4» — «a»: A guarda da arma em endereço diferente do registrado exige requerimento próprio. Não pode ficar "
              "com terceiro. Chamado «t2» aberto para orientação.\n", d4=g.date(), a=P(ag.first), t2=g.d(7))
    else:
        doc.f("«d3» — Sistema: prazo de 30 dias para resposta do cidadão (login «lg»).\n", d3=g.date(),
              lg=fold(ag.first[0] + ag.last).lower().replace(" ", ""))
    return doc


def at_whatsapp_clube(g: Gen) -> Doc:
    """WhatsApp group export of a shooting club's members (carpool, Pix, habitualidade, a gun sale)."""
    doc = Doc()
    club = g.pick(CLUBS)
    ppl = [g.person() for _ in range(5)]
    ppl[3] = g.person(female=True)
    names = [g.pick([p.full, p.short, p.first, p.nick, p.first + " " + g.pick(["CAC", "Tiro", "IPSC"])]) for p in ppl]
    # a sender shown by number (not saved in the exporter's phone)
    num_sender = g.phone(g.pick(["plus", "wa"]))
    num2 = g.phone("plus")
    style = g.chance(0.5)
    day = g.date("short" if style else "br")
    hs = sorted(f"{g.ri(6, 22):02d}:{g.ri(0, 59):02d}" for _ in range(11))
    it = iter(hs)

    def line(sender, label, body, **vals):
        h = next(it)
        if style:
            doc.f("[«d», «h»] ", d=day, h=h)
        else:
            doc.f("«d» «h» - ", d=day, h=h)
        if label and " CAC" not in sender and " Tiro" not in sender and " IPSC" not in sender:
            doc.e(sender, label)
        elif label == "PERSON":
            base = sender.rsplit(" ", 1)[0]
            doc.e(base, "PERSON").t(sender[len(base):])
        else:
            doc.t(sender)
        doc.t(": ")
        doc.f(body + "\n", **vals)

    doc.f("Conversa do WhatsApp com «club» — Sócios\n", club=club)
    line(names[0], "PERSON", "Bom dia pessoal, sábado tem prova de «mod» no stand. Quem vai de carona?", mod=g.pick(["IPSC", "tiro rápido", "fossa olímpica", "carabina .22"]))
    line(names[1], "PERSON", "eu vou, saio da «pl» no posto da «rua» 7h. cabem 3. minha placa «pl2» pra liberar na portaria",
         pl=g.pick(["Vila Militar", "rodoviária", "praça da matriz", "Bento Gonçalves"]),
         rua=g.pick(["Marechal Rondon", "Duque de Caxias", "Barão de Mauá", "Voluntários da Pátria"]), pl2=(g.plate(), "LICENSE_PLATE"))
    line(num_sender, "PHONE_NUMBER", "Alguém sabe se a secretaria já lançou a habitualidade de «m»? preciso das 8 pra renovar o CR «cr»",
         m=g.pick(MONTHS), cr=g.cr())
    line(names[2], "PERSON", "«q» lança até sexta. manda teu nome completo e cpf no privado dela: «tel»",
         q=P(ppl[3].first), tel=(g.phone(), "PHONE_NUMBER"))
    line(num_sender, "PHONE_NUMBER", "«n» «cpf» obrigado", n=P(g.person(female=False).low if g.chance(0.5) else g.person(female=False).full),
         cpf=(g.cpf(g.pick(["raw", "dot"])), "BR_CPF"))
    line(names[0], "PERSON", "gente NÃO mandem CPF no grupo 🙄")
    line(names[3], "PERSON", "Churrasco pós-prova: R$ «v» por cabeça. Pix na chave aleatória do clube «pix» ou direto pra mim",
         v=g.pick(["40", "50", "35"]), pix=(g.uuid(), "PIX_KEY"))
    gun = g.pick(GUNS)
    line(names[4], "PERSON", "Vendo «t» «mk» «md» «cal», 2 carregadores, apostilada no SIGMA. «v» reais. Transferência entre CACs, "
         "interessado me chama: «e»", t=gun[0].lower(), mk=gun[1], md=gun[2], cal=gun[3], v=g.pick(["4.800", "5.200", "3.900", "7.500"]),
         e=(g.email(ppl[4]), "EMAIL_ADDRESS"))
    line(num2, "PHONE_NUMBER", "@«n» o pessoal do «f» tinha perguntado dessa", n=P(ppl[4].nick), f=g.pick(["IPSC", "tiro prático", "grupo de caça"]))
    line(num2, "PHONE_NUMBER", "faltou luz no stand ontem, o alvo rosa ficou na bancada «b»", b=g.ri(1, 12))
    line(num_sender, "PHONE_NUMBER", "<Mídia oculta>")
    return doc


def at_veteranos(g: Gen) -> Doc:
    """Veterans' association: new members exported from the sign-up form (CSV, first/last name split)."""
    doc = Doc()
    assoc = g.pick(ASSOCS)
    doc.f("«a»\nExportação formulário \"Quero me associar\" — «d» — responsável «r»\n\n", a=assoc, d=g.date(),
          r=P(g.person().full))
    cols = ["id", "first_name", "last_name", "posto_grad", "forca", "nascimento", "cpf", "celular", "email",
            "logradouro", "cep", "cidade", "missao_paz", "indicado_por"]
    rows = []
    for _ in range(g.ri(3, 5)):
        p = g.person(female=g.chance(0.2))
        fn = p.given
        ln = " ".join(p.surnames)
        if g.chance(0.25):
            fn, ln = fold(fn).upper(), fold(ln).upper()
        ind = g.person()
        rows.append([V(g.d(5)), P(fn), P(ln), V(g.pick(["Sd", "Cb", "3º Sgt", "1º Sgt", "ST", "2º Ten", "Cap", "Maj"])),
                     V(g.pick(["EB", "EB", "MB", "FAB", "CFN"])), (g.dob(g.pick(["br", "iso"]), 1942, 1990), "DATE_OF_BIRTH"),
                     (g.cpf(g.pick(["raw", "dot"])), "BR_CPF"), (g.phone(g.pick(["par", "raw", "plain"])), "PHONE_NUMBER"),
                     (g.email(p), "EMAIL_ADDRESS"), (g.address(), "ADDRESS"), (g.cep(), "BR_CEP"), V(g.city()[0]),
                     V(g.pick(["Suez (1957-67)", "Angola (UNAVEM III)", "Haiti (MINUSTAH)", "Moçambique (ONUMOZ)", "não", "Timor Leste", "Líbano (UNIFIL)"])),
                     P(ind.short) if g.chance(0.4) else V("")])
    table_csv(doc, cols, rows, sep=g.pick([",", ";"]))
    doc.f("\n# obs «o»: o id é sequencial do formulário, não é matrícula. Mensalidade R$ «m». "
          "Sede provisória na Casa do Expedicionário (Av. Duque de Caxias, «n»).\n",
          o=P(g.person().first) if g.chance(0.5) else V("secretaria"), m=g.pick(["25,00", "30,00", "15,00"]), n=g.ri(100, 2000))
    return doc


def at_escala(g: Gen) -> Doc:
    """Duty roster (escala de serviço) of a company, with a request to swap a duty and the sergeant's reply."""
    doc = Doc()
    u = g.pick(UNIT_AB)
    dd, mm, yy = g.ri(1, 20), g.ri(1, 12), g.pick([2024, 2025])
    doc.f("«u» — «cia»ª Cia — ESCALA DE SERVIÇO — semana de «d1» a «d2»\nEscalante: «r» «e»    Aprovo: «r2» «e2»\n\n",
          u=u, cia=g.ri(1, 3), d1=fmt_date(dd, mm, yy, "mil"), d2=fmt_date(dd + 6, mm, yy, "mil"), r=g.pick(["2º Sgt", "1º Sgt", "3º Sgt"]),
          e=P(g.person().mil), r2=rank(g, officer=True), e2=P(g.person().guerra))
    rows = []
    for fun in ["Oficial de Dia", "Adjunto", "Sgt de Dia", "Cb da Guarda", "Sentinela 1º quarto", "Sentinela 2º quarto",
                "Motorista de Dia", "Plantão Rancho"][: g.ri(4, 6)]:
        p = g.person(female=g.chance(0.1))
        rk = "2º Ten" if fun == "Oficial de Dia" else ("S Ten" if fun == "Adjunto" else ("3º Sgt" if "Sgt" in fun else g.pick(["Sd EV", "Cb", "Sd EP"])))
        rows.append([V(fun), V(rk), P(g.pick([p.guerra, p.guerra, p.mil])), (g.phone(g.pick(["raw", "plain", "par"])), "PHONE_NUMBER") if g.chance(0.9) else V("—"),
                     V(g.pick(["Viatura 4x4 EB " + g.d(10), "Guarda do Quartel", "Portão das Armas", "Rancho", "Paiol"]))])
    table_fixed(doc, ["Função", "P/G", "Nome", "Contato", "Posto"], rows)
    a, b = g.person(female=False), g.person(female=False)
    if g.chance(0.5):
        doc.f("\nPEDIDO DE TROCA DE SERVIÇO\nEu, «ra» «a», Idt «idt», solicito troca do serviço de «dd» com o «rb» «b», "
              "por motivo de «mot». Ambos de acordo.\n",
              ra=g.pick(RANKS_LOW), a=P(a.mil), idt=g.idt_mil(), dd=g.date("mil"), rb=g.pick(RANKS_LOW), b=P(b.guerra),
              mot=g.pick(["consulta médica da minha esposa no HMA", "prova da faculdade", "casamento do irmão em Bento Gonçalves",
                          "audiência na Vara de Família"]))
        doc.f("Despacho: «x» — «s» «n», Sgte «cia»ª Cia.\n",
              x=g.pick(["Autorizado. Publicar em BI.", "Autorizo, desde que o Sd se apresente ao Adjunto às 07h30.",
                        "Negado, escala já publicada. Procure o Sgte."]), s=g.pick(["1º Sgt", "S Ten"]), n=P(g.person().guerra), cia=g.ri(1, 3))
    doc.t("\nLIVRO DE REGISTRO DE VISITANTES — Corpo da Guarda (transcrição p/ S2)\n")
    vrows = []
    for _ in range(g.ri(1, 3)):
        vp = g.person()
        doc_id = (g.cpf(), "BR_CPF") if g.chance(0.5) else (g.rg(), "BR_RG")
        vrows.append([V(g.hm()), P(g.pick([vp.caps, vp.full])), doc_id, (g.plate(), "LICENSE_PLATE") if g.chance(0.7) else V("a pé"),
                      (g.phone(g.pick(["raw", "par"])), "PHONE_NUMBER") if g.chance(0.8) else V(""),
                      V(g.pick(["S1 — entrega de documentos", "visita ao Sd (familiar)", "fornecedor do rancho", "FUSEx — credenciamento",
                                "manutenção do ar-condicionado"]))])
    table_fixed(doc, ["Hora", "Visitante", "Documento", "Veículo", "Telefone", "Destino/Motivo"], vrows)
    doc.f("Obs: Viatura de serviço placa «pl» (descaracterizada) sai às «h» para a «rua». Anotar km na ficha.\n",
          pl=(g.plate(), "LICENSE_PLATE"), h=g.hm(), rua=g.pick(["Vila Militar", "Barão de Mauá", "Av. Marechal Deodoro", "BR-" + g.d(3)]))
    return doc


TEMPLATES = {
    "atendimento": [at_chat_alistamento, at_ficha_jsm, at_email_reservista, at_sinarm, at_whatsapp_clube, at_veteranos, at_escala],
}


# =========================================================================== juridico


def qualif(g: Gen, doc: Doc, p: Person, nm: str | None = None, dob: bool = True, extra: bool = True, caps_addr: bool = False) -> None:
    """Court-style qualification of a party: name, civil data, documents and address."""
    city, uf = g.city()
    doc.f("«n», «nac», «ec», «prof», ", n=P(nm or p.full), nac="brasileira" if p.female else "brasileiro",
          ec=g.pick(["solteir" + p.o, "casad" + p.o, "divorciad" + p.o, "viúv" + p.o, "em união estável"]),
          prof=g.pick(["militar da reserva", "vigilante", "atirador desportivo", "comerciante", "motorista", "professor" + ("a" if p.female else ""),
                       "servidor" + ("a" if p.female else "") + " público" + ("a" if p.female else ""), "agricultor" + ("a" if p.female else "")]))
    if dob:
        doc.f("nascid«o» em «d», ", o=p.o, d=(g.dob(g.pick(["br", "long"]), 1950, 2001), "DATE_OF_BIRTH"))
    doc.f("portador«a» do RG nº «rg» «org» e inscrit«o» no CPF sob o nº «cpf», ", a="a" if p.female else "", rg=(g.rg(), "BR_RG"),
          org=g.pick(["SSP/" + uf, "SESP/" + uf, "SDS/" + uf, "PC-" + uf]), o=p.o, cpf=(g.cpf(), "BR_CPF"))
    doc.f("residente e domiciliad«o» na «end», «b», «city»/«uf», CEP «cep»", o=p.o,
          end=(g.address("caps" if caps_addr else "text"), "ADDRESS"), b=g.pick(BAIRROS), city=city, uf=uf, cep=(g.cep(), "BR_CEP"))
    if extra:
        doc.f(", endereço eletrônico «e» e telefone «t»", e=(g.email(p), "EMAIL_ADDRESS"), t=(g.phone(), "PHONE_NUMBER"))


def ju_desercao(g: Gen) -> Doc:
    """Termo de deserção and the opening of the IPD, sent to the Auditoria da Justiça Militar da União."""
    doc = Doc()
    s = g.person(female=False)
    pai, mae = g.relative(s, female=False), g.mother()
    cmt = g.person()
    city, uf = g.city()
    ui = g.ri(0, len(UNITS) - 1)
    u = UNITS[ui]
    ad, am, ay = g.ri(1, 18), g.ri(1, 12), g.pick([2024, 2025])
    doc.f("MINISTÉRIO DA DEFESA — EXÉRCITO BRASILEIRO\n«u»\n\nTERMO DE DESERÇÃO\n\n", u=u.upper())
    doc.f("Aos «dia» dias do mês de «mes» de «ano», no quartel do «u», em «city»/«uf», eu, «rc» «c», Comandante, "
          "lavro o presente termo para constar que o «rk» «num» «s», ",
          dia=ad + 9, mes=MONTHS[am - 1], ano=ay, u=u, city=city, uf=uf, rc=g.pick(["Ten Cel", "Cel", "Maj"]),
          c=P(cmt.mil), rk=g.pick(["Sd EV", "Sd EP", "Cb"]), num=g.d(3), s=P(s.mil))
    doc.f("filho de «p» e de «m», nascido em «dob», natural de «nat», Idt Mil «idt», CPF «cpf», "
          "residente na «end», CEP «cep», e-mail cadastrado «em», ausentou-se sem licença da unidade em que serve desde o dia «aus», "
          "completando em «cons» o prazo de graça de oito dias, consumando-se o crime previsto no art. 187 do «cpm».\n\n",
          p=P(pai.full), m=P(mae.full), dob=(g.dob(g.pick(["br", "long", "mil"]), 2002, 2006), "DATE_OF_BIRTH"),
          nat="/".join(g.city()), idt=g.idt_mil(), cpf=(g.cpf(), "BR_CPF"), end=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"), em=(g.email(s), "EMAIL_ADDRESS"),
          aus=fmt_date(ad, am, ay, "br"), cons=fmt_date(ad + 8, am, ay, "br"), cpm="Código Penal Militar (Decreto-Lei nº 1.001/1969)")
    doc.t("Testemunhas:\n")
    for _ in range(g.ri(1, 2)):
        w = g.person()
        doc.f("  «r» «w», Idt «i», tel. «t»\n", r=g.pick(["2º Sgt", "3º Sgt", "1º Ten", "S Ten", "Cb"]), w=P(g.pick([w.mil, w.full])),
              i=g.idt_mil(), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    nam = g.chance(0.5)
    doc.f("\nDiligências realizadas: o «r» «d» esteve no endereço do desertor em «dt», sendo atendido pela genitora, "
          "Sra. «m», que informou que o filho \"foi trabalhar em «lugar»\" e deixou o celular «cel». "
          "A namorada«n0»«nm»«n1» foi ouvida por telefone («tn»).\n\n",
          r=g.pick(["3º Sgt", "2º Sgt"]), d=P(g.person().guerra), dt=g.date(), m=P(g.pick([mae.first, mae.full])),
          lugar=g.pick(["Santa Catarina", "uma fazenda no Mato Grosso", "Portugal", "Bento Gonçalves, na colheita de uva"]),
          cel=(g.phone(), "PHONE_NUMBER"), n0=", " if nam else "", nm=P(g.person(female=True).full) if nam else "", n1="," if nam else "", tn=(g.phone(), "PHONE_NUMBER"))
    doc.f("Remeta-se à «aud» Auditoria da «cjm»ª CJM para autuação (IPD nº «ipd»). Processo relacionado: «cnj».\n"
          "Publique-se em Boletim Interno nº «bi», de «dbi». Excluído do estado efetivo e agregado; sem direito a vencimentos desde «aus2».\n\n"
          "«c»\nComandante do «ua»\n",
          aud=g.pick(["1ª", "2ª", "Única"]), cjm=g.ri(1, 12), ipd=f"{g.d(3)}/{g.ri(2024, 2025)}", cnj=g.cnj("7." + f"{g.ri(1, 12):02d}"),
          bi=g.ri(1, 240), dbi=g.date(), aus2=fmt_date(ad, am, ay, "br"), c=P(g.pick([cmt.mil, cmt.caps])), ua=UNIT_AB[ui])
    return doc


def ju_ata_cpj(g: Gen) -> Doc:
    """Minutes of a trial session of the Conselho Permanente de Justiça (military justice)."""
    doc = Doc()
    ac = g.person(female=g.chance(0.1))
    juiz = g.person()
    mp = g.person()
    adv = g.person()
    cnj = g.cnj("7." + f"{g.ri(1, 12):02d}")
    crime = g.pick([("deserção", "art. 187"), ("furto de munição", "art. 240"), ("abandono de posto", "art. 195"),
                    ("uso de substância entorpecente em local sujeito à administração militar", "art. 290"),
                    ("desacato a superior", "art. 298"), ("lesão corporal leve", "art. 209")])
    doc.f("JUSTIÇA MILITAR DA UNIÃO\n«aud»ª Auditoria da «cjm»ª Circunscrição Judiciária Militar\n\n"
          "ATA DA SESSÃO DE JULGAMENTO — Ação Penal Militar nº «cnj»\nAcusado: «rk» «a»\nCrime: «cr» («art» do CPM)\n\n",
          aud=g.ri(1, 2), cjm=g.ri(1, 12), cnj=cnj, rk=g.pick(["Sd", "Cb", "ex-Sd", "3º Sgt"]), a=P(g.pick([ac.caps, ac.full, ac.mil])),
          cr=crime[0], art=crime[1])
    doc.f("Aos «d», às «h», na sala de sessões, presentes a Juíza Federal da Justiça Militar «j», "
          if juiz.female else "Aos «d», às «h», na sala de sessões, presentes o Juiz Federal da Justiça Militar «j», ",
          d=g.date("long"), h=g.hm(), j=P(juiz.full))
    named = g.chance(0.2)
    doc.t("e os juízes militares " if named else f"e os juízes militares sorteados (Portaria nº {g.d(3)}/{g.ri(2024, 2025)})")
    for i in range(4 if named else 0):
        o = g.person()
        doc.f("«r» «n»«sep»", r=g.pick(["Cap", "1º Ten", "Maj", "Cap Int"]), n=P(g.pick([o.mil, o.full])),
              sep=", " if i < 2 else (" e " if i == 2 else ""))
    doc.f(", compondo o Conselho Permanente de Justiça para o Exército, o representante do Ministério Público Militar, "
          "Promotor«a» «mp», e a defesa, «adv» («oab»), ",
          a="a" if mp.female else "", mp=P(mp.full), adv=P(g.pick([adv.full, adv.short])), oab=(g.council("OAB"), "PROFESSIONAL_ID"))
    if g.chance(0.5):
        doc.f("constituíd«o» pelo acusado (endereço eletrônico «e»), ", o=adv.o, e=(g.email(adv, g.pick(["adv.br", "advocacia.com.br"])), "EMAIL_ADDRESS"))
    else:
        doc.t("Defensor Público Federal, ")
    doc.f("foi aberta a sessão. Qualificado, o acusado declarou chamar-se «a», filho de «m», nascido em «dob», CPF «cpf», "
          "RG «rg», residente na «end», «city», CEP «cep», telefone «tel».\n\n",
          a=P(ac.full), m=P(g.mother().full), dob=(g.dob(g.pick(["br", "long"]), 1998, 2006), "DATE_OF_BIRTH"),
          cpf=(g.cpf(), "BR_CPF"), end=(g.address(), "ADDRESS"), city="/".join(g.city()), rg=(g.rg(), "BR_RG"),
          cep=(g.cep(), "BR_CEP"), tel=(g.phone(), "PHONE_NUMBER"))
    w = g.person()
    doc.f("Ouvida a testemunha «w», «rw», que confirmou os fatos. Em debates, o MPM pediu a condenação; a defesa sustentou "
          "«tese». Após votação secreta, o Conselho, por «vot», «dec», fixando a pena em «pena», "
          "com o benefício do sursis (art. 84 do CPM).\n",
          w=P(g.pick([w.mil, w.full])), rw=g.pick(["3º Sgt, então Cmt da Guarda", "civil, vizinha do quartel", "Cb, sentinela do paiol", "1º Ten, oficial de dia"]),
          tese=g.pick(["estado de necessidade, pois o acusado cuidava da mãe doente", "ausência de dolo", "insignificância",
                       "nulidade do termo de deserção"]), vot=g.pick(["unanimidade", "maioria (4x1)", "maioria (3x2)"]),
          dec=g.pick(["CONDENOU o acusado", "ABSOLVEU o acusado", "CONDENOU o acusado"]),
          pena=g.pick(["6 (seis) meses de detenção", "1 (um) ano de detenção", "8 (oito) meses de detenção"]))
    doc.f("Nada mais havendo, eu, «sec», Técnico Judiciário (mat. «mat»), lavrei a presente ata. Precedente citado: STM, Apelação nº «cnj2». "
          "Inteiro teor em «cidade», «d2».\n",
          sec=P(g.person().full) if g.chance(0.5) else V("o Diretor de Secretaria"), mat=f"{g.d(3)}.{g.d(3)}", cnj2=g.cnj("7.00"), cidade=g.city()[0], d2=g.date())
    return doc


def ju_apreensao(g: Gen) -> Doc:
    """Auto de exibição e apreensão of firearms after a traffic stop (Polícia Civil), with the flagrant's data."""
    doc = Doc()
    s = g.person(female=g.chance(0.1))
    dl = g.person()
    city, uf = g.city()
    pms = [g.person() for _ in range(2)]
    doc.f("POLÍCIA CIVIL DO ESTADO — «dp»ª DELEGACIA DE POLÍCIA DE «city»\nAUTO DE EXIBIÇÃO E APREENSÃO\nBO nº «bo» · IP nº «ip»\n\n",
          dp=g.ri(1, 9), city=city.upper(), bo=f"{g.d(6)}/{g.ri(2024, 2025)}", ip=f"{g.d(4)}/{g.ri(2024, 2025)}")
    doc.f("Aos «d», nesta Delegacia, perante a Autoridade Policial «dl», Delegad«o» de Polícia, compareceram os condutores "
          "«r1» «p1» (mat. «m1») e «r2» «p2» (mat. «m2»), da «bpm», exibindo os objetos apreendidos em poder de "
          "«s», vulgo \"«vulgo»\", ",
          d=g.date("long"), dl=P(dl.full), o=dl.o, r1=g.pick(["Sd PM", "Cb PM", "3º Sgt PM"]), p1=P(pms[0].full), m1=g.d(7),
          r2=g.pick(["Sd PM", "Cb PM", "2º Ten PM"]), p2=P(g.pick([pms[1].full, pms[1].short])) if g.chance(0.5) else V("(nome em apartado)"), m2=f"{g.d(3)}.{g.d(3)}-{g.d(1)}",
          bpm=g.pick(["Força Tática do " + str(g.ri(1, 40)) + "º BPM", "ROCAM", "Patrulha Rural", "Rondas Ostensivas (ROTAM)"]),
          s=P(g.pick([s.full, s.caps])), vulgo=P(g.pick(["Bento", "Magrão", "Alemão", "Baiano", "Japa", "Branco", "Tico", s.nick])) if g.chance(0.6) else V("sem alcunha"))
    doc.f("filh«o» de «m», nascid«o» em «dob», CPF «cpf», CNH nº «cnh», residente na «end», «city»/«uf», CEP «cep», "
          "conduzindo o veículo «vei» placa «pl», RENAVAM «ren», abordado na «rod»:\n\n",
          o=s.o, m=P(g.mother().full), dob=(g.dob(g.pick(["br", "nopad"]), 1975, 2004), "DATE_OF_BIRTH"), cpf=(g.cpf(), "BR_CPF"),
          cnh=(g.cnh(), "BR_CNH"), end=(g.address(), "ADDRESS"), city=g.city()[0], uf=uf, cep=(g.cep(), "BR_CEP"),
          vei=g.pick(["VW/Gol branco", "Fiat/Strada prata", "Toyota/Hilux preta", "GM/Onix vermelho", "Honda/CG 160 preta"]),
          pl=(g.plate(), "LICENSE_PLATE"), ren=g.neg(11), rod=g.pick(["BR-" + g.d(3) + ", km " + str(g.ri(1, 700)),
                                                                          "Av. Marechal Rondon, altura do nº " + str(g.ri(10, 2000)),
                                                                          "SP-" + g.d(3) + ", km " + str(g.ri(1, 400))]))
    for i in range(g.ri(1, 3)):
        gun = g.pick(GUNS)
        doc.f("«i») 01 (uma) «t» marca «mk», modelo «md», calibre «cal», nº de série «ser», «est», com «n» munições intactas;\n",
              i=i + 1, t=gun[0].lower(), mk=gun[1], md=gun[2], cal=gun[3],
              ser=g.pick([g.serial(), "SUPRIMIDO", "RASPADO (parcialmente legível: " + g.d(3) + ")"]),
              est=g.pick(["municiada", "desmuniciada", "com carregador"]), n=g.ri(3, 60))
    doc.f("«i») 01 (um) aparelho celular «cel», linha «tel»; R$ «v» em espécie.\n\n", i=i + 2,
          cel=g.pick(["Samsung A14", "Motorola G54", "iPhone 11"]), tel=(g.phone(), "PHONE_NUMBER"), v=g.money(50, 4000))
    k = g.ri(0, 3)
    if k == 1:
        doc.f("Consulta ao SINARM/SIGMA: registro em nome de terceiro («t»), que não estava presente. ", t=P(g.person().full))
    else:
        doc.f("Consulta ao SINARM/SIGMA: «cons». ", cons=["arma sem registro", "", "registro de CAC com guia de tráfego vencida",
                                                         "arma com restrição de furto (BO " + g.d(5) + "/2019)"][k])
    doc.f("Enquadramento provisório: art. «art» da Lei 10.826/2003.\n"
          "Testemunha civil: «w», RG «rg», tel «tw».\n\n",
          art=g.pick(["12", "14", "16, §1º, IV"]), w=P(g.person().full), rg=(g.rg(), "BR_RG"), tw=(g.phone(), "PHONE_NUMBER"))
    esc = g.person()
    doc.f("Nada mais. Lido e achado conforme, assinam: «dl» (Autoridade), «e» («x»), condutores e o conduzido.\n",
          dl=P(g.pick([dl.short, dl.caps])), e=P(esc.full) if g.chance(0.5) else V("escrivão ad hoc"), x="escrivã" if esc.female else "escrivão")
    return doc


def ju_ms_porte(g: Gen) -> Doc:
    """Mandado de segurança against the denial of a carry permit (porte) by the Polícia Federal."""
    doc = Doc()
    p = g.person()
    adv = g.person()
    adv2 = g.person()
    city, uf = g.city()
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) JUIZ(A) FEDERAL DA «v»ª VARA FEDERAL DA SUBSEÇÃO JUDICIÁRIA DE «city»/«uf»\n\n",
          v=g.ri(1, 9), city=city.upper(), uf=uf)
    qualif(g, doc, p, nm=g.pick([p.caps, p.full]))
    o1, o2 = g.council("OAB", uf), g.council("OAB", uf)
    doc.f(", por seus advogados infra-assinados («oab1» e «oab2»), com escritório na Rua Barão de Mauá, «n», sala «sl», "
          "onde recebem intimações, vem impetrar\n\nMANDADO DE SEGURANÇA COM PEDIDO LIMINAR\n\n"
          "contra ato do SUPERINTENDENTE REGIONAL DA POLÍCIA FEDERAL EM «uf», pelos fatos a seguir.\n\n",
          oab1=(o1, "PROFESSIONAL_ID"), oab2=(o2, "PROFESSIONAL_ID"), n=g.ri(10, 900), sl=g.ri(101, 1200), uf=uf)
    doc.f("1. O impetrante é «ocup» e requereu porte de arma de fogo (processo SEI/NUP «nup»), demonstrando efetiva necessidade "
          "por exercício de atividade de risco. Juntou laudo psicológico de «psi» («crp») e atestado de capacidade técnica "
          "assinado pelo instrutor «inst».\n",
          ocup=g.pick(["vigilante de transporte de valores", "produtor rural em área isolada", "oficial de justiça", "atirador desportivo nível III",
                       "ex-policial militar"]), nup=g.nup(), psi=P(g.person().full), crp=(g.council("CRP"), "PROFESSIONAL_ID"),
          inst=P(g.person().full))
    doc.f("2. O pedido foi indeferido em «d», com fundamento genérico no art. 10 da Lei 10.826/2003 e no Decreto 11.615/2023, "
          "sem análise dos documentos. A decisão menciona inquérito arquivado (autos nº «cnj») em que o impetrante figurou "
          "apenas como vítima.\n",
          d=g.date(), cnj=g.cnj("8." + f"{g.ri(1, 27):02d}"))
    doc.f("3. Precedentes: TRF «trf»ª Região, AMS «cnj2»; STJ, REsp «resp»/«ufr».\n\n", trf=g.ri(1, 6), cnj2=g.cnj("4.0" + str(g.ri(1, 6))),
          resp=f"{g.ri(1, 2)}.{g.d(3)}.{g.d(3)}", ufr=g.pick(UFS))
    doc.f("Dá-se à causa o valor de R$ «val».\n\n«city», «d».\n\n«a1»\n«oab1»\n«e1»\n\n«a2»\n«oab2»\n",
          val=g.money(1000, 5000), city=city, d=g.date("long"), a1=P(adv.full), oab1=(o1, "PROFESSIONAL_ID"),
          e1=(g.email(adv, g.pick(["adv.br", "gmail.com", fold(adv.last).lower().replace(" ", "") + "advogados.com.br"])), "EMAIL_ADDRESS"),
          a2=P(g.pick([adv2.full, adv2.caps])), oab2=(o2, "PROFESSIONAL_ID"))
    return doc


def ju_sindicancia(g: Gen) -> Doc:
    """Solução de sindicância on a barracks vehicle accident, published in the Boletim Interno, with a punishment note."""
    doc = Doc()
    u = g.pick(UNIT_AB)
    sind = g.person()
    mot = g.person(female=False)
    civ = g.person()
    cmt = g.person()
    doc.f("BOLETIM INTERNO Nº «bi» — «u» — «d»\n4ª PARTE — JUSTIÇA E DISCIPLINA\n\n1. SOLUÇÃO DE SINDICÂNCIA (Portaria nº «port»)\n",
          bi=g.ri(1, 240), u=u, d=g.date("mil"), port=f"{g.d(3)}-{g.pick(['S1', 'S2', 'Fisc Adm'])}/{g.ri(2024, 2025)}")
    doc.f("Sindicante: «rs» «s». Sindicado: «rm» «m», Idt «idt», motorista da viatura EB «eb».\n",
          rs=g.pick(["1º Ten", "Cap", "2º Ten"]), s=P(g.pick([sind.mil, sind.full])), rm=g.pick(["Sd EV", "Cb", "Sd EP"]), m=P(mot.mil),
          idt=g.idt_mil(), eb=g.d(10))
    doc.f("Fato: em «dt», na «av», a viatura colidiu com o veículo particular placa «pl», conduzido por «c» (CPF «cpf», CNH «cnh», "
          "residente na «ce», CEP «cep», tel. «t»), causando danos orçados em R$ «v». O sindicado declarou que \"o sinal estava verde, luz verde mesmo\".\n",
          dt=g.date(), av=g.pick(["Av. Duque de Caxias", "Rua Marechal Deodoro", "Av. Sete de Setembro", "rotatória da Barão de Mauá"]),
          pl=(g.plate(), "LICENSE_PLATE"), c=P(civ.full), cpf=(g.cpf(), "BR_CPF"), cnh=(g.cnh(), "BR_CNH"), t=(g.phone(), "PHONE_NUMBER"),
          ce=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"),
          v=g.money(800, 25000))
    w1 = g.person()
    doc.f("Testemunhas: «r1» «w1» (chefe de viatura) e o civil «w2», residente na «end», que filmou o acidente.\n",
          r1=g.pick(["3º Sgt", "Cb", "2º Sgt"]), w1=P(w1.mil), w2=P(g.person().full) if g.chance(0.5) else V("(identificado nos autos)"), end=(g.address(), "ADDRESS"))
    doc.f("Conclusão: «concl» Indenização ao terceiro na forma da «law»; o proprietário apresentou conta para depósito: "
          "banco «b», ag. «ag», c/c «cc».\n\n",
          concl=g.pick(["houve imprudência do motorista militar, caracterizada transgressão disciplinar.",
                        "não há indícios de crime militar; culpa concorrente.", "o acidente decorreu de falha mecânica (freios)."]),
          law=g.pick(["Lei 6.880/1980", "Portaria nº 150-COLOG/2019", "IG 10-13"]), b=g.pick(BANKS)[1],
          ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    doc.t("2. PUNIÇÕES DISCIPLINARES\n")
    for _ in range(g.ri(1, 2)):
        pn = g.person(female=g.chance(0.15))
        doc.f("— «r» «n», Idt «i»: «pun» por «mot» (n. «n1» do Anexo I do RDE), transgressão «cl». Ingressa no comportamento «comp».\n",
              r=g.pick(RANKS_LOW), n=P(g.pick([pn.mil, pn.mil, pn.caps])), i=g.idt_mil(),
              pun=g.pick(["REPREENSÃO", "IMPEDIMENTO DISCIPLINAR de 2 dias", "DETENÇÃO DISCIPLINAR de 4 dias", "PRISÃO DISCIPLINAR de 6 dias"]),
              mot=g.pick(["chegar atrasado à formatura", "deixar o posto de sentinela sem ser substituído", "apresentar-se com uniforme em desalinho",
                          "faltar ao expediente sem justificativa", "usar o celular durante o serviço de guarda"]),
              n1=g.ri(1, 113), cl=g.pick(["LEVE", "MÉDIA", "GRAVE"]), comp=g.pick(["BOM", "ÓTIMO", "INSUFICIENTE", "MAU"]))
    doc.f("\n(Ass) «c» — Cmt do «u»\nConfere com o original: «r» «aj», Ajudante-Secretário\n",
          c=P(g.pick([cmt.mil, cmt.caps])), u=u, r=g.pick(["1º Ten", "2º Ten", "Cap"]), aj=P(g.person().guerra) if g.chance(0.5) else V("(assinatura eletrônica)"))
    return doc


def ju_inventario(g: Gen) -> Doc:
    """Inventory petition: the heir of a deceased sport shooter asks to transfer or sell the registered guns."""
    doc = Doc()
    de = g.person(female=False)
    her = g.relative(de)
    adv = g.person()
    city, uf = g.city()
    shop = g.pick(SHOPS)
    oab = g.council("OAB", uf)
    kid = g.relative(de)
    doc.f("EXMO. SR. DR. JUIZ DE DIREITO DA «v»ª VARA DE FAMÍLIA E SUCESSÕES DA COMARCA DE «city»/«uf»\n\nProcesso nº «cnj»\n"
          "Inventário dos bens deixados por «d» (CPF «dcpf», nascido em «ddob», falecido em «dobt»)\n\n",
          v=g.ri(1, 6), city=city.upper(), uf=uf, cnj=g.cnj("8." + f"{g.ri(1, 27):02d}"), d=P(g.pick([de.caps, de.full])),
          dcpf=(g.cpf(), "BR_CPF"), ddob=(g.dob("br", 1940, 1975), "DATE_OF_BIRTH"), dobt=g.date())
    qualif(g, doc, her, nm=g.pick([her.full, her.caps]), extra=g.chance(0.6))
    doc.f(", na qualidade de inventariante, por «sa» «adv» («oab»), vem requerer ALVARÁ JUDICIAL para regularização "
          "do acervo de armas do falecido, registrado no SIGMA (CR nº «cr», «rm»ª RM):\n\n", adv=P(adv.full), sa="sua advogada" if adv.female else "seu advogado",
          oab=(oab, "PROFESSIONAL_ID"), cr=g.cr(), rm=g.ri(1, 12))
    rows = []
    for _ in range(g.ri(3, 5)):
        gun = g.pick(GUNS)
        rows.append([V(f"{gun[0]} {gun[1]} {gun[2]}"), V(gun[3]), V(g.serial()), V(g.craf()), V("R$ " + g.money(1500, 22000))])
    table_md(doc, ["Arma", "Calibre", "Nº série", "CRAF", "Avaliação"], rows)
    doc.f("\nAs armas estão acauteladas na «shop» (CNPJ «cnpj»), que se propõe a adquiri-las em consignação. "
          "«oh» «h2», «fm» menor (nascid«ko» em «h2dob»), é representado pela genitora «mae».\n"
          "Requer-se ainda a expedição de guia de tráfego em nome da inventariante ou a transferência ao CAC «cac» (CPF «cacpf», CR «cr2»), "
          "com depósito do preço em conta judicial ou na conta do espólio (banco «bk», agência «ag», conta «cc»).\n\n"
          "Termos em que pede deferimento.\n«city», «d».\n«adv» — «oab»\n",
          shop=shop, cnpj=(g.cnpj(), "BR_CNPJ"), h2=P(kid.first + " " + de.last), oh="A herdeira" if kid.female else "O herdeiro",
          fm="filha" if kid.female else "filho", ko=kid.o,
          h2dob=(g.dob("br", 2010, 2019), "DATE_OF_BIRTH"), mae=P(g.person(female=True).full), cac=P(g.person().full),
          cacpf=(g.cpf(), "BR_CPF"), cr2=g.cr(), city=city, d=g.date("long"), adv=P(adv.short), oab=(oab, "PROFESSIONAL_ID"),
          bk=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    return doc


def ju_pensao(g: Gen) -> Doc:
    """Sentence excerpt in a suit over a military pension between the companion and the ex-wife of a sergeant."""
    doc = Doc()
    inst = g.person(female=False)
    comp = g.person(female=True)
    ex = g.person(female=True)
    juiz = g.person()
    city, uf = g.city()
    doc.f("PODER JUDICIÁRIO — JUSTIÇA FEDERAL — «v»ª Vara Federal de «city»\nPROCEDIMENTO COMUM nº «cnj»\n"
          "AUTORA: «a»\nRÉUS: UNIÃO FEDERAL e «ex»\n\nSENTENÇA\n\n",
          v=g.ri(1, 12), city=city, cnj=g.cnj("4.0" + str(g.ri(1, 6))), a=P(comp.caps), ex=P(ex.caps))
    doc.f("Trata-se de ação em que «a», CPF «acpf», RG «arg», nascida em «adob», telefone «at», pretende o rateio da pensão militar instituída pelo "
          "«rk» «i» (CPF «icpf», PREC-CP «prec», nascido em «idob», falecido em «dobt»), hoje paga integralmente à ex-cônjuge «ex» (CPF «excpf»), "
          "nos termos da «law».\n\n",
          a=P(comp.full), acpf=(g.cpf(), "BR_CPF"), arg=(g.rg(), "BR_RG"), at=(g.phone(), "PHONE_NUMBER"), adob=(g.dob("br", 1960, 1990), "DATE_OF_BIRTH"),
          rk=g.pick(["1º Sgt R1", "S Ten R1", "2º Sgt", "Cap R1"]), i=P(g.pick([inst.full, inst.mil])), icpf=(g.cpf(), "BR_CPF"),
          idob=(g.dob("br", 1940, 1970), "DATE_OF_BIRTH"), prec=g.prec(), dobt=g.date(), ex=P(ex.full), excpf=(g.cpf(), "BR_CPF"), law="Lei nº 3.765/1960, com a redação da Lei 13.954/2019")
    sy = g.person()
    doc.f("A autora juntou escritura de união estável lavrada em «de», fotos, e declaração d«so» síndic«so» «sin» de que o casal "
          "residia na «end» desde «ano». A testemunha «w» confirmou a convivência. A União sustentou que a «ex2» "
          "recebe pensão alimentícia judicial e tem preferência.\n\n",
          de=g.date(year=g.ri(2008, 2020)), sin=P(sy.full), so=sy.o, end=(g.address(), "ADDRESS"), ano=g.ri(2005, 2019),
          w=P(g.person().full) if g.chance(0.5) else V("arrolada pela autora"), ex2=P(g.pick([ex.first, ex.short])) if g.chance(0.5) else "ex-esposa")
    doc.f("Ante o exposto, JULGO PROCEDENTE o pedido para determinar o rateio em partes iguais a partir de «dr», com atrasados "
          "corrigidos. Os valores deverão ser depositados na conta da autora, banco «b», agência «ag», conta «cc», ou, "
          "se expedida RPV, na conta do advogado «adv» («oab»).\n\n«city», «d».\n«j»\nJuiz«a» Federal\n",
          dr=g.date(), b=g.pick(BANKS)[0], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), adv=P(g.person().full),
          oab=(g.council("OAB", uf), "PROFESSIONAL_ID"), city=city, d=g.date("long"), j=P(juiz.full), a="a" if juiz.female else "")
    return doc


TEMPLATES["juridico"] = [ju_desercao, ju_ata_cpj, ju_apreensao, ju_ms_porte, ju_sindicancia, ju_inventario, ju_pensao]


# =========================================================================== saude


def sa_ata_inspecao(g: Gen) -> Doc:
    """Ata of a Junta de Inspeção de Saúde (JISE): table of inspected men and women, verdicts and ICD codes."""
    doc = Doc()
    u = g.pick(UNIT_AB)
    hosp = g.pick(HOSPITALS)
    meds = [g.person() for _ in range(3)]
    doc.f("«h»\nJUNTA DE INSPEÇÃO DE SAÚDE ESPECIAL (JISE) — ATA Nº «n»/«a»\nSessão de «d» · OM solicitante: «u»\n\n",
          h=hosp.upper(), n=g.d(3), a=g.ri(2024, 2025), d=g.date(), u=u)
    rows = []
    for i in range(g.ri(4, 6)):
        p = g.person(female=g.chance(0.2))
        fin = g.pick(["Letra A — ingresso", "Letra C — prorrogação de tempo", "Letra E — licenciamento", "Letra J — verificação de acidente",
                      "Letra B — matrícula em curso", "Letra H — reforma"])
        par = g.pick(["Apto A", "Apto A", "Apto B", "Incapaz B1", "Incapaz B2", "Incapaz C", "Apto A com restrições"])
        rows.append([V(str(i + 1)), V(g.pick(RANKS[:8])), P(g.pick([p.mil, p.caps, p.caps])), V(g.idt_mil()),
                     (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), (g.dob(g.pick(["br", "mil"]), 1970, 2006), "DATE_OF_BIRTH"),
                     V(fin), V(par), V(g.pick(CIDS) if "Incapaz" in par or "restri" in par else "—")])
    table_fixed(doc, ["Nº", "P/G", "Nome", "Idt", "CPF", "Nasc.", "Finalidade", "Parecer", "CID"], rows)
    doc.f("\nObs.: o inspecionado nº «k» deverá retornar em «dias» dias com exames de «ex». Contato do S1 da OM: «tel».\n",
          k=g.ri(1, 4), dias=g.pick([30, 60, 90]), ex=g.pick(["audiometria", "RX de coluna lombar", "ressonância de joelho D",
                                                              "avaliação psiquiátrica"]), tel=(g.phone(g.pick(["par", "plain"]), mobile=False), "PHONE_NUMBER"))
    doc.t("\nMembros da Junta:\n")
    for m, role in zip(meds, ["Presidente", "Membro", "Secretário"]):
        doc.f("«r» «n» — «crm» — «role»\n", r=g.pick(["Maj Med", "Cap Med", "1º Ten Med", "Ten Cel Med"]), n=P(g.pick([m.mil, m.full])),
              crm=(g.council("CRM"), "PROFESSIONAL_ID"), role=role)
    return doc


def sa_prontuario(g: Gen) -> Doc:
    """Emergency record of a soldier at a military hospital: identification block and signed evolution notes."""
    doc = Doc()
    p = g.person(female=g.chance(0.15))
    hosp = g.pick(HOSPITALS)
    city, uf = g.city()
    cont = g.relative(p)
    doc.f("«h» — PRONTO-ATENDIMENTO\nFICHA DE ATENDIMENTO Nº «n»     Classificação de risco: «cr»\n\n",
          h=hosp, n=g.d(7), cr=g.pick(["AMARELO", "VERDE", "LARANJA", "AZUL"]))
    doc.f("Paciente: «rk» «n»    Sexo: «sx»    Nasc.: «dob»\nCPF: «cpf»    RG: «rg»    CNS: «cns»    Prec-CP: «prec»\n"
          "Vínculo: militar da ativa — «u»    Beneficiário FUSEx nº «fus»\n"
          "Endereço: «end» — «b» — «city»/«uf» — CEP «cep»\nTelefone: «t»    Contato de emergência: «c» («rel») «tc»\n\n",
          rk=g.pick(RANKS_LOW), n=P(g.pick([p.caps, p.full])), sx="F" if p.female else "M",
          dob=(g.dob(g.pick(["br", "iso"]), 1995, 2006), "DATE_OF_BIRTH"), cpf=(g.cpf(), "BR_CPF"), cns=(g.cns(), "BR_CNS"), rg=(g.rg(), "BR_RG"),
          prec=g.prec(), u=g.pick(UNIT_AB), fus=g.neg(11), end=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), city=city, uf=uf,
          cep=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"), c=P(g.pick([cont.full, cont.first])),
          rel=g.pick(["mãe", "esposa", "irmã", "tia"]) if cont.female else g.pick(["pai", "irmão", "tio", "marido" if p.female else "irmão"]), tc=(g.phone(), "PHONE_NUMBER"))
    med, enf = g.person(), g.person()
    q = g.pick([("entorse de tornozelo D durante TFM (corrida)", "S93.4"), ("lombalgia após marcha de 16 km com mochila", "M54.5"),
                ("crise de ansiedade após serviço de guarda de 24h", "F41.1"), ("ferimento corto-contuso em mão E no rancho", "S61.9"),
                ("síncope durante formatura, calor intenso", "R55"), ("picada de serpente em instrução de selva", "T63.0")])
    doc.f("«d» «h» — Anamnese: «q». Nega alergias. PA «pa» mmHg, FC «fc» bpm, SpO2 «sat»%.\nHD: CID «cid». "
          "Conduta: «cd».\n«m» — «crm»\n\n",
          d=g.date(), h=g.hm(), q=q[0], pa=f"{g.ri(100, 150)}x{g.ri(60, 95)}", fc=g.ri(55, 120), sat=g.ri(93, 99), cid=q[1],
          cd=g.pick(["imobilização, analgesia, dispensa de TFM por 7 dias", "dipirona IM, RX solicitado, retorno em 48h",
                     "observação por 6h, avaliação da psiquiatria", "sutura, antitetânica, dispensa do serviço por 3 dias"]),
          m=P(g.pick([med.full, med.mil])), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    doc.f("«d» «h» — Enfermagem: medicação administrada conforme prescrição. Paciente deambulando, acompanhado pelo «r» «a» "
          "da «u», que levará a parte de doente ao Cmt Cia.\n«e» — «coren»\n",
          d=g.date(), h=g.hm(), r=g.pick(["Cb", "3º Sgt", "Sd"]), a=P(g.person().guerra), u=g.pick(["1ª Cia", "2ª Cia", "CCAp", "Cia C"]),
          e=P(enf.full), coren=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    return doc


def sa_laudo_psico(g: Gen) -> Doc:
    """Psychological evaluation report for acquiring or keeping a firearm (psychologist credentialed by the PF)."""
    doc = Doc()
    p = g.person()
    psi = g.person(female=g.chance(0.7))
    city, uf = g.city()
    crp = g.council("CRP")
    doc.f("LAUDO DE AVALIAÇÃO PSICOLÓGICA — MANUSEIO DE ARMA DE FOGO\n(Instrução Normativa DG/PF nº «inst»; «law»)\n\n",
          inst=g.pick(["78/2014", "201/2021", "260/2023"]), law="Lei 10.826/2003, art. 4º, III")
    doc.f("1. IDENTIFICAÇÃO\nAvaliad«o»: «n»\nCPF: «cpf»    RG: «rg»    Data de nascimento: «dob»\n"
          "Endereço: «end», «city»/«uf», CEP «cep»\nTelefone: «t»    E-mail: «e»\nFinalidade: «fin»\n\n",
          o=p.o, n=P(g.pick([p.full, p.caps])), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), dob=(g.dob(lo=1950, hi=2004), "DATE_OF_BIRTH"),
          end=(g.address(), "ADDRESS"), city=city, uf=uf, cep=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"), e=(g.email(p), "EMAIL_ADDRESS"),
          fin=g.pick(["aquisição de arma de fogo (SINARM)", "renovação de registro", "porte funcional — vigilante", "concessão de CR — atirador desportivo"]))
    doc.f("2. INSTRUMENTOS\nEntrevista semiestruturada; «t1»; «t2»; «t3».\n\n",
          t1=g.pick(["Teste Palográfico", "Teste de Atenção Concentrada (AC)", "BPA-2"]),
          t2=g.pick(["Inventário Fatorial de Personalidade (IFP-II)", "Bateria Fatorial de Personalidade (BFP)", "HTP"]),
          t3=g.pick(["Teste de Memória de Reconhecimento (TEM-R)", "Escala de Impulsividade de Barratt", "R-1"]))
    doc.f("3. ANÁLISE\n«an»\n\n4. CONCLUSÃO\nO(a) avaliado(a) foi considerado(a) «res» para o manuseio de arma de fogo na data da avaliação.\n\n",
          an=g.pick(["Atenção concentrada na faixa média; controle emocional preservado; sem indicadores de impulsividade.",
                     "Apresentou ansiedade situacional, sem prejuízo do juízo crítico. Relata luto recente (perda do pai).",
                     "Nível de agressividade acima da média no palográfico; recomenda-se reavaliação em 90 dias."]),
          res=g.pick(["APTO(A)", "APTO(A)", "INAPTO(A) TEMPORARIAMENTE"]))
    doc.f("«city», «d».\n\n«psi»\nPsicólog«o» — «crp»\nCredenciamento PF nº «cred»/«uf» · «ep»\n",
          city=city, d=g.date("long"), psi=P(psi.full), o="a" if psi.female else "o", crp=(crp, "PROFESSIONAL_ID"), cred=g.d(4), uf=uf,
          ep=(g.email(psi, g.pick(["gmail.com", "psicologia" + uf.lower() + ".com.br"])), "EMAIL_ADDRESS"))
    if g.chance(0.5):
        doc.f("\nValidade: 1 ano. Clínica Psicológica «cl» — CNPJ «cnpj».\n",
              cl=g.pick(["Mente Serena", "Aurora", "Prudente Psicologia", "Flor de Liz"]), cnpj=(g.cnpj(), "BR_CNPJ"))
    return doc


def sa_taf(g: Gen) -> Doc:
    """Physical fitness test (TAF) sheet exported as CSV, with the medical clearance and an incident note."""
    doc = Doc()
    u = g.pick(UNIT_AB)
    med = g.person()
    doc.f("«u» — TAF «n»º chamada — «d» — planilha_taf_«c».csv\n", u=u, n=g.ri(1, 3), d=g.date(), c=g.d(4))
    cols = ["ord", "pg", "nome", "cpf", "dt_nasc", "faixa", "corrida_12min_m", "flexao_braco", "abdominal", "barra", "mencao", "cel"]
    rows = []
    for i in range(g.ri(5, 7)):
        p = g.person(female=g.chance(0.2))
        dob = g.dob("br", 1975, 2006)
        yy = int(dob[-4:])
        faixa = "até 25" if yy > 1999 else ("26-33" if yy > 1991 else ("34-39" if yy > 1985 else "40+"))
        rows.append([V(str(i + 1)), V(g.pick(RANKS[:10])), P(g.pick([p.caps, p.caps, p.full, p.mil])), (g.cpf("raw"), "BR_CPF"),
                     (dob, "DATE_OF_BIRTH"), V(faixa), V(str(g.ri(1800, 3300))), V(str(g.ri(10, 45))), V(str(g.ri(20, 60))),
                     V(str(g.ri(0, 15)) if not p.female else "—"), V(g.pick(["E", "MB", "B", "R", "I"])),
                     (g.phone(g.pick(["raw", "par", "plain"])), "PHONE_NUMBER") if g.chance(0.6) else V("")])
    table_csv(doc, cols, rows, sep=g.pick([";", ","]))
    ac = g.person(female=False)
    doc.f("\n# Liberação médica: «r» «m» («crm») em «d».\n# Intercorrência: o «rk» «a» passou mal aos «km» m da corrida "
          "(suspeita de rabdomiólise, CID M62.8), levado ao «h» pela viatura placa «pl». Avisada a esposa, «esp», tel «te».\n",
          r=g.pick(["Cap Med", "1º Ten Med", "Maj Med"]), m=P(g.pick([med.mil, med.guerra])), crm=(g.council("CRM"), "PROFESSIONAL_ID"),
          d=g.date(), rk=g.pick(RANKS_LOW), a=P(ac.guerra), km=g.ri(1200, 2800), h=g.pick(HOSPITALS), pl=(g.plate(), "LICENSE_PLATE"),
          esp=P(g.pick([g.person(female=True).first, g.person(female=True).full])) if g.chance(0.5) else V("pelo S1"), te=(g.phone(), "PHONE_NUMBER"))
    return doc


def sa_naval(g: Gen) -> Doc:
    """Outpatient summary of a Navy dependant (wife or child of a sailor) with the titular's data."""
    doc = Doc()
    tit = g.person(female=g.chance(0.2))
    dep = g.relative(tit)
    city, uf = g.city()
    med = g.person()
    doc.f("MARINHA DO BRASIL — «h»\nSISTEMA DE SAÚDE DA MARINHA (SSM) — RESUMO DE ATENDIMENTO AMBULATORIAL\n\n",
          h=g.pick(["Hospital Naval Marcílio Dias", "Policlínica Naval Nossa Senhora da Glória", "Hospital Naval de Natal",
                    "Hospital Naval de Recife", "Policlínica Naval de Campo Grande"]))
    doc.f("Usuári«o»: «d» · Dependente («grau») · Nasc. «dob» · CPF «cpf» · CNS «cns»\n"
          "Titular: «pt» «t» · NIP «nip» · CPF «tcpf» · Cel. «ttel» · OM: «om»\n"
          "Endereço de cadastro: «end» — «city»/«uf» — CEP «cep» · Tel. «tel» · E-mail «e»\n\n",
          o="a" if dep.female else "o", d=P(g.pick([dep.full, dep.caps])),
          grau=g.pick(["cônjuge", "filha menor de 21", "companheira", "filha universitária"] if dep.female else ["cônjuge", "filho menor de 21", "companheiro", "filho universitário"]),
          dob=(g.dob(g.pick(["br", "iso"]), 1970, 2019), "DATE_OF_BIRTH"), cpf=(g.cpf(), "BR_CPF"), cns=(g.cns(), "BR_CNS"),
          pt=g.pick(["CB", "SG", "1SG", "SO", "CT", "CC", "MN"]), t=P(g.pick([tit.caps, tit.full])), nip=f"{g.d(2)}.{g.d(4)}.{g.d(2)}",
          tcpf=(g.cpf(), "BR_CPF"), ttel=(g.phone(), "PHONE_NUMBER"), om=g.pick(["Navio-Patrulha Guaíba", "Fragata Liberal", "Base Naval do Rio de Janeiro", "Capitania dos Portos do RN",
                                              "Batalhão Riachuelo (CFN)"]),
          end=(g.address(), "ADDRESS"), city=city, uf=uf, cep=(g.cep(), "BR_CEP"), tel=(g.phone(), "PHONE_NUMBER"), e=(g.email(dep), "EMAIL_ADDRESS"))
    q = g.pick([("asma brônquica em acompanhamento", "J45.0"), ("hipertensão arterial sistêmica", "I10"), ("obesidade grau I", "E66.0"),
                ("transtorno de estresse pós-traumático após missão", "F43.1"), ("litíase renal", "N20.0"), ("enxaqueca crônica", "G43.9")])
    doc.f("Especialidade: «esp» · Data: «dt»\nQueixa/HD: «q» (CID-10 «cid»).\nConduta: «c»\nPróximo retorno: «ret».\n\n"
          "«m» · «crm»\n",
          esp=g.pick(["Clínica Médica", "Pneumologia", "Psiquiatria", "Urologia", "Neurologia", "Endocrinologia"]), dt=g.date(),
          q=q[0], cid=q[1], c=g.pick(["manter medicação, solicitar exames laboratoriais", "encaminhar à Odontoclínica Central da Marinha",
                                      "encaminhar ao psicólogo; atestado de 3 dias", "solicitar TC de abdome; hidratação oral"]),
          ret=g.date(), m=P(med.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    if g.chance(0.3):
        doc.f("Fator de custo: dependente arca com 20% (desconto em BP do titular). Autorizado por «a».\n", a=P(g.person().short))
    return doc


def sa_toxicologico(g: Gen) -> Doc:
    """Toxicology lab report (hair test) for a military driver's CNH category change, with chain of custody."""
    doc = Doc()
    p = g.person(female=g.chance(0.15))
    city, uf = g.city()
    lab = g.pick(["Laboratório Vitória Toxicologia", "ToxLab Diagnósticos", "Laboratório Bento & Zanella", "Psychemedics Brasil"])
    doc.f("«lab» — CNPJ «cnpj»\nLAUDO DE EXAME TOXICOLÓGICO DE LARGA JANELA DE DETECÇÃO (Lei 13.103/2015)\nLaudo nº «n» · Amostra «a»\n\n",
          lab=lab, cnpj=(g.cnpj(), "BR_CNPJ"), n=g.d(9), a=f"{g.pick('ABCDEFGH')}{g.d(8)}")
    doc.f("Doador«a»: «d»\nCPF: «cpf»    RG: «rg»    CNH: «cnh» (categoria pretendida «cat»)\nNascimento: «dob»    Sexo: «sx»    Tel.: «tel»    E-mail p/ resultado: «em»\n"
          "Finalidade: «fin»    Local de coleta: posto «posto», «city»/«uf»\nColetor«c»: «col»    Cadeia de custódia nº «cc»\n\n",
          a="a" if p.female else "", d=P(g.pick([p.caps, p.full])), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), cnh=(g.cnh(), "BR_CNH"),
          cat=g.pick(["D", "E", "C"]), dob=(g.dob(g.pick(["br", "dot"]), 1975, 2004), "DATE_OF_BIRTH"), sx="F" if p.female else "M", tel=(g.phone(), "PHONE_NUMBER"), em=(g.email(p), "EMAIL_ADDRESS"),
          fin=g.pick(["mudança de categoria — motorista militar", "renovação CNH", "admissão — motorista de viatura"]),
          posto=g.pick(["Centro", "Vila Militar", "Shopping Aurora", "Av. Duque de Caxias"]), city=city, uf=uf, c="a", col=P(g.person().full),
          cc=g.d(8))
    doc.t("RESULTADOS (cabelo, 90 dias)\n")
    rows = [[V(s), V(g.pick(["< LOQ", "< LOQ", "< LOQ", "NEGATIVO"])), V(c)] for s, c in
            [("Anfetaminas", "50 pg/mg"), ("Cocaína e metabólitos", "500 pg/mg"), ("Maconha (THC-COOH)", "0,1 pg/mg"),
             ("Opiáceos", "200 pg/mg"), ("MDMA/MDA", "200 pg/mg")]]
    table_fixed(doc, ["Substância", "Resultado", "Cut-off"], rows)
    mro = g.person()
    doc.f("\nConclusão: NEGATIVO para as substâncias pesquisadas.\nMédico revisor (MRO): «m» — «crm»\n"
          "Resultado disponível no RENACH. Dúvidas: «t».\n",
          m=P(mro.full), crm=(g.council("CRM"), "PROFESSIONAL_ID"), t=(g.phone(mobile=False), "PHONE_NUMBER"))
    return doc


def sa_email_reforma(g: Gen) -> Doc:
    """E-mail thread between a military hospital's medical board and a unit about a soldier's disability retirement."""
    doc = Doc()
    s = g.person(female=False)
    med = g.person()
    s1 = g.person()
    fam = g.relative(s, female=True)
    dom = g.pick(["eb.mil.br", "hmacg.eb.mil.br", "hgesm.eb.mil.br"])
    doc.f("De: «m» <«me»>\nPara: «s1» <«se»>\nCc: spmed@«dom»\nAssunto: RES: Sd «g» — JISE / reforma\n\n",
          m=P(med.full), me=(g.corp_mail(med, dom), "EMAIL_ADDRESS"), s1=P(s1.full), se=(g.corp_mail(s1, "eb.mil.br"), "EMAIL_ADDRESS"),
          dom=dom, g=P(s.guerra))
    doc.f("Prezad«o» «s1f»,\n\nO «rk» «n» (CPF «cpf», nascido em «dob», Idt «idt») foi julgado pela JISE em «d» como "
          "\"Incapaz C — incapaz definitivamente para o serviço do Exército\", CID «cid», relacionado a acidente em serviço "
          "(atestado de origem nº «ao»). Isso gera direito à reforma, conforme a «law».\n\n",
          o=s1.o, s1f=P(s1.first), rk=g.pick(["Sd EV", "Cb", "Sd EP"]), n=P(s.mil), cpf=(g.cpf(), "BR_CPF"),
          dob=(g.dob(g.pick(["br", "long"]), 1998, 2006), "DATE_OF_BIRTH"), idt=g.idt_mil(), d=g.date(),
          cid=g.pick(["S82.2", "S32.0", "F43.1", "M51.1", "S72.0", "H90.3"]), ao=f"{g.d(3)}/{g.ri(2023, 2025)}", law="Lei 6.880/1980, art. 108")
    doc.f("A família pediu para ser contatada pela mãe, «mae», tel. «tm», pois ele está internado no «h» (leito «l»). "
          "O endereço para notificação é «end», CEP «cep».\n\nAtt.,\n«mr» «m2»\n«crm» · Chefe da Seção de Perícias Médicas\n"
          "Tel.: «tp»\n\n",
          mae=P(g.pick([fam.full, fam.first + " " + fam.last])), tm=(g.phone(), "PHONE_NUMBER"), h=g.pick([x for x in HOSPITALS if "Naval" not in x and "Aeronáutica" not in x]), l=g.ri(100, 450),
          end=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"), mr=g.pick(["Maj Med", "Ten Cel Med", "Cap Med"]), m2=P(med.mil),
          crm=(g.council("CRM"), "PROFESSIONAL_ID"), tp=(g.phone("par", mobile=False), "PHONE_NUMBER"))
    doc.f("> Em «d», «s1» escreveu:\n> Sr. Maj, solicito informações sobre a situação do Sd «g», afastado desde «d0». "
          "A Seção de Pagamento precisa para o processo no SIPPES. Grato.\n",
          d=g.date(), s1=P(s1.short), g=P(s.guerra) if g.chance(0.5) else V("em referência"), d0=g.date())
    return doc


TEMPLATES["saude"] = [sa_ata_inspecao, sa_prontuario, sa_laudo_psico, sa_taf, sa_naval, sa_toxicologico, sa_email_reforma]


# =========================================================================== financeiro


def fi_habilitacao(g: Gen) -> Doc:
    """Requerimento de habilitação à pensão militar filed at the Serviço de Veteranos e Pensionistas (SVP)."""
    doc = Doc()
    inst = g.person(female=False)
    req = g.person(female=True) if g.chance(0.85) else g.person(female=False)
    city, uf = g.city()
    bank = g.pick(BANKS)
    doc.f("SERVIÇO DE VETERANOS E PENSIONISTAS DA «rm»ª RM — SVP/«rm»\nREQUERIMENTO DE HABILITAÇÃO À PENSÃO MILITAR\nProcesso NUP «nup»\n\n",
          rm=g.ri(1, 12), nup=g.nup())
    doc.f("I — INSTITUIDOR\nNome: «n»\nPosto/Grad.: «pg»    Prec-CP: «prec»    Idt: «idt»\nCPF: «cpf»    Nascimento: «dob»    Óbito: «ob» (certidão matrícula «cert»)\n"
          "Contribuía para pensão militar: «c»    Contribuição adicional de 1,5% (art. 31 da MP 2.215-10/2001): «c2»\n\n",
          n=P(g.pick([inst.caps, inst.full])), pg=g.pick(["1º Sgt R1", "S Ten R1", "Cap R1", "Maj R1", "Cb R1", "2º Ten R1"]),
          prec=g.prec(), idt=g.idt_mil(), cpf=(g.cpf(), "BR_CPF"), dob=(g.dob(g.pick(["br", "mil"]), 1935, 1965), "DATE_OF_BIRTH"),
          ob=g.date(), cert=f"{g.d(6)} 01 55 {g.ri(2023, 2025)} 4 {g.d(5)} {g.d(3)} {g.d(7)} {g.d(2)}",
          c=g.pick(["SIM", "SIM (7,5%)"]), c2=g.pick(["SIM", "NÃO"]))
    vinc = g.pick(["viúva", "companheira", "filha solteira (art. 7º, I, \"d\", Lei 3.765/1960 — redação original)",
                   "ex-cônjuge com pensão alimentícia"]) if req.female else "filho inválido"
    doc.f("II — REQUERENTE\nNome: «n»\nVínculo: «v»\nCPF: «cpf»    RG: «rg»    PIS/PASEP/NIT: «pis»\nNascimento: «dob»    Estado civil: «ec»\n"
          "Endereço: «end» — «b» — «city»/«uf» — CEP «cep»\nTelefone: «t»    E-mail: «e»\n\n",
          n=P(g.pick([req.full, req.caps])), v=vinc,
          cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), pis=(g.pis(), "BR_PIS"), dob=(g.dob(g.pick(["br", "long"]), 1940, 1985), "DATE_OF_BIRTH"),
          ec=("solteira" if "filha" in vinc else g.pick(["viúva", "viúva", "divorciada"])) if req.female else "solteiro", end=(g.address(), "ADDRESS"), b=g.pick(BAIRROS),
          city=city, uf=uf, cep=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"), e=(g.email(req), "EMAIL_ADDRESS"))
    doc.f("III — DADOS BANCÁRIOS PARA CRÉDITO (conta de titularidade do requerente)\nBanco: «bc» — «bn»    Agência: «ag»    Conta: «cc»\n\n",
          bc=bank[0], bn=bank[1], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    if g.chance(0.6):
        doc.t("IV — OUTROS BENEFICIÁRIOS DECLARADOS\n")
        rows = []
        for _ in range(g.ri(1, 3)):
            f = g.relative(inst)
            rows.append([P(f.full), V(g.pick(["filha", "filho", "neta (sob guarda)", "mãe"]) if f.female else g.pick(["filho", "neto"])),
                         (g.dob("br", 1970, 2012), "DATE_OF_BIRTH"), (g.cpf(), "BR_CPF") if g.chance(0.8) else V("não possui")])
        table_fixed(doc, ["Nome", "Parentesco", "Nascimento", "CPF"], rows)
        doc.t("\n")
    at = g.person()
    doc.f("Declaro, sob as penas da lei (art. 299 do CP), que as informações são verdadeiras.\n«city», «d».\n«n»\n\n"
          "Recebido por «r» «a» em «d2». Pendências: «pend».\n",
          city=city, d=g.date("long"), n=P(req.full), r=g.pick(["3º Sgt", "2º Sgt", "SC (servidor civil)"]), a=P(g.pick([at.mil, at.full])) if g.chance(0.5) else V("(rubrica ilegível)"),
          d2=g.date(), pend=g.pick(["nenhuma", "certidão de casamento atualizada", "prova de vida do beneficiário menor", "declaração de não acumulação"]))
    return doc


def fi_contracheque(g: Gen) -> Doc:
    """Contracheque (pay slip) of a serving member with court-ordered alimony and payroll loans."""
    doc = Doc()
    p = g.person(female=g.chance(0.15))
    bank = g.pick(BANKS)
    doc.f("COMANDO DO EXÉRCITO — CENTRO DE PAGAMENTO DO EXÉRCITO (CPEx)\nCONTRACHEQUE — «mes»/«ano»\n\n",
          mes=g.pick(MONTHS).upper(), ano=g.pick([2024, 2025]))
    doc.f("NOME: «n»\nP/G: «pg»    PREC-CP: «prec»    CPF: «cpf»    PASEP: «pis»\nOM: «om»    UG: «ug»\n"
          "BANCO: «bc»    AG: «ag»    C/C: «cc»\nDATA NASC.: «dob»    END. CORRESP.: «end» — CEP «cep»\n\n",
          n=P(g.pick([p.caps, p.mil])), pg=g.pick(RANKS[:12]), prec=g.prec(), cpf=(g.cpf(), "BR_CPF"), pis=(g.pis(), "BR_PIS"),
          om=g.pick(UNIT_AB), ug=g.d(6), bc=bank[0], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
          dob=(g.dob("br", 1965, 2005), "DATE_OF_BIRTH"), end=(g.address("caps"), "ADDRESS"), cep=(g.cep(), "BR_CEP"))
    rows = [[V("SOLDO"), V(g.money(1500, 14000)), V("")], [V("ADICIONAL MILITAR"), V(g.money(300, 4000)), V("")],
            [V("ADICIONAL DE HABILITAÇÃO"), V(g.money(200, 5000)), V("")],
            [V("ADICIONAL DE COMPENSAÇÃO POR DISPONIBILIDADE MILITAR"), V(g.money(100, 3000)), V("")],
            [V("PENSÃO MILITAR 10,5%"), V(""), V(g.money(100, 1500))], [V("FUSEX 3,5%"), V(""), V(g.money(50, 700))],
            [V("IMPOSTO DE RENDA"), V(""), V(g.money(0, 3000))]]
    table_fixed(doc, ["RUBRICA", "RECEITA", "DESPESA"], rows)
    doc.t("\nDESCONTOS JUDICIAIS E CONSIGNAÇÕES\n")
    al = g.person(female=g.chance(0.7))
    bk2 = g.pick(BANKS)
    doc.f("PENSÃO ALIMENTÍCIA — processo «cnj» — beneficiári«o» «a» (CPF «acpf», nasc. «adob»), representad«o» por «r»; "
          "crédito no banco «b» ag «ag» conta «cc» — R$ «v»\n",
          cnj=g.cnj("8." + f"{g.ri(1, 27):02d}"), o=al.o, a=P(g.pick([al.caps, al.full])), acpf=(g.cpf(), "BR_CPF"),
          adob=(g.dob("br", 2008, 2020), "DATE_OF_BIRTH"), r=P(g.person(female=True).caps), b=bk2[0], ag=(g.agency(), "BANK_ACCOUNT"),
          cc=(g.account(), "BANK_ACCOUNT"), v=g.money(400, 3000))
    for _ in range(g.ri(1, 3)):
        doc.f("CONSIGNAÇÃO «ent» — contrato «ct» — parcela «pa»/«pt» — R$ «v»\n",
              ent=g.pick(["BANCO DO BRASIL", "CAIXA", "POUPEX", "FHE", "BANCO MASTER", "ASSOCIAÇÃO BENEFICENTE LEAL"]),
              ct=g.pick([g.neg(11), f"{g.d(3)}.{g.d(6)}-{g.d(1)}", g.d(8)]), pa=g.ri(1, 90), pt=g.pick([72, 84, 96, 120]), v=g.money(90, 2500))
    doc.f("\nLÍQUIDO: R$ «v»    Margem consignável disponível: R$ «m»\nEmitido em «d» via Portal do Militar, acesso do IP «ip».\n",
          v=g.money(1200, 25000), m=g.money(0, 3000), d=g.date(), ip=(g.ip(), "IP_ADDRESS"))
    return doc


def fi_armaria(g: Gen) -> Doc:
    """Monthly sales map of a gun shop to the Army's controlled-products oversight (SFPC), plus a chargeback e-mail."""
    doc = Doc()
    shop = g.pick(SHOPS)
    mm, yy = g.ri(1, 12), g.pick([2024, 2025])
    doc.f("«shop» — CNPJ «cnpj» — CR «cr»\nMAPA MENSAL DE VENDAS DE ARMAS E MUNIÇÕES — «mes»/«ano» — SFPC/«rm»ª RM\n\n",
          shop=shop, cnpj=(g.cnpj(), "BR_CNPJ"), cr=g.cr(), mes=MONTHS_AB[mm - 1], ano=yy, rm=g.ri(1, 12))
    rows = []
    for _ in range(g.ri(3, 5)):
        b = g.person(female=g.chance(0.15))
        gun = g.pick(GUNS)
        ammo = g.chance(0.35)
        rows.append([V(fmt_date(g.ri(1, 28), mm, yy, "short")), V(g.d(6)), P(g.pick([b.caps, b.caps, b.full])), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
                     V(g.pick(["CAC", "CAC", "cidadão (SINARM)", "PF/porte funcional", "militar"])),
                     V(f"{g.ri(50, 500)} cart. {gun[3]}" if ammo else f"{gun[0]} {gun[1]} {gun[2]} {gun[3]}"),
                     V("—" if ammo else g.serial()), V(g.pick(["crédito 10x", "débito", "Pix", "crédito 3x", "boleto"])),
                     V("R$ " + (g.money(150, 1800) if ammo else g.money(4000, 22000)))])
    table_fixed(doc, ["Data", "NF", "Comprador", "CPF", "Categoria", "Produto", "Nº série", "Pgto", "Valor"], rows)
    c = g.person()
    v = g.person()
    doc.f("\n---------- Encaminhada ----------\nDe: chargeback@adquirente.com.br\nPara: financeiro@«dom»\n"
          "Assunto: Disputa nº «n» — cartão «card»\n\n"
          "Recebemos contestação do portador «p» para a transação de R$ «val» em «d» (autorização «aut»), pedido online nº «ped» feito do IP «ip» "
          "com e-mail «e» e telefone «t». Envie em até 10 dias a nota fiscal e o comprovante de entrega ou retirada.\n\n"
          "> Resposta de «ven» («ve»): o cliente retirou na loja, com documento, a «item». Segue termo de retirada assinado.\n",
          dom=fold(shop.split()[0] + shop.split()[-1]).lower() + ".com.br", n=g.d(10), card=(g.card(), "CREDIT_CARD"),
          p=P(g.pick([c.caps, c.full])), val=g.money(300, 9000), d=g.date(), aut=g.d(6), ped=g.neg(11), ip=(g.ip(), "IP_ADDRESS"),
          e=(g.email(c), "EMAIL_ADDRESS"), t=(g.phone(), "PHONE_NUMBER"), ven=P(v.short),
          ve=(g.corp_mail(v, fold(shop.split()[0] + shop.split()[-1]).lower() + ".com.br"), "EMAIL_ADDRESS"),
          item=g.pick(["caixa de munição .380", "mala de transporte e coldre", "luneta 3-9x40", "pistola (após liberação do SIGMA)"]))
    return doc


def fi_despachante(g: Gen) -> Doc:
    """A firearms paperwork agent's quote and checklist for a new CAC, with GRU values and payment data."""
    doc = Doc()
    c = g.person()
    d = g.person()
    city, uf = g.city()
    other = g.chance(0.4)
    rm = g.ri(1, 12)
    doc.f("Olá «cf», tudo certo?\n\nSegue o orçamento da «emp» para o seu processo de «proc» («rm»ª RM):\n\n",
          cf=P(c.first), emp=g.pick(["Despachante Bélico Leal", "Bandeira Assessoria CAC", "Forte Documentação Armas", "Aurora Despachos"]),
          proc=g.pick(["concessão de CR (atirador + caçador)", "apostilamento de 2 armas", "renovação de CR e guias de tráfego",
                       "transferência SINARM → SIGMA"]), rm=rm)
    rows = [[V("Honorários"), V("R$ " + g.money(600, 2500))], [V("GRU — Taxa de Fiscalização de Produtos Controlados (TFPC)"), V("R$ " + g.pick(["100,00", "50,00", "25,00"]))],
            [V("Laudo psicológico (credenciado)"), V("R$ " + g.pick(["350,00", "400,00", "280,00"]))],
            [V("Exame de capacidade técnica (instrutor)"), V("R$ " + g.pick(["250,00", "300,00"]))],
            [V("Certidões (Justiça Federal, Estadual, Militar e Eleitoral)"), V("incluso")]]
    table_fixed(doc, ["Item", "Valor"], rows)
    doc.f("\nConfira os dados que vão no requerimento (se tiver erro me avisa antes de protocolar):\n"
          "Nome: «n»\nCPF: «cpf»\nRG: «rg»\nCNH: «cnh»\nTítulo de eleitor: «tit»\nNascimento: «dob»\nNome da mãe: «mae»\n"
          "Endereço residencial: «end», «city»/«uf», CEP «cep»\nEndereço do acervo (guarda das armas): «end2»«c2»«cep2»\n"
          "Celular: «t»    E-mail: «e»\n\n",
          n=P(c.caps), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), cnh=(g.cnh(), "BR_CNH"), tit=(g.titulo(), "BR_TITULO_ELEITOR"),
          dob=(g.dob(g.pick(["br", "nopad"]), 1955, 2003), "DATE_OF_BIRTH"), mae=P(g.mother().caps), end=(g.address(), "ADDRESS"),
          city=city, uf=uf, cep=(g.cep(), "BR_CEP"), end2=(g.address(), "ADDRESS") if other else V("o mesmo"),
          c2=", CEP " if other else "", cep2=(g.cep(), "BR_CEP") if other else "", t=(g.phone(), "PHONE_NUMBER"), e=(g.email(c), "EMAIL_ADDRESS"))
    if g.chance(0.5):
        doc.f("Pagamento: Pix chave aleatória «pix» (favorecido: «fav»), ou depósito no «bn» ag. «ag» c/c «cc».\n",
              pix=(g.uuid(), "PIX_KEY"), fav=P(d.full), bn=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    else:
        doc.f("Pagamento: Pix na chave «pix» ou cartão em até 6x pelo link (taxa da maquininha por sua conta). CNPJ para a nota: «cnpj».\n",
              pix=(g.uuid(), "PIX_KEY"), cnpj=(g.cnpj(), "BR_CNPJ"))
    doc.f("A GRU você paga no Banco do Brasil com o código de recolhimento «cod»; o número de referência é o seu CPF sem pontos.\n"
          "Prazo médio da «rm»ª RM está em «pz» dias. Qualquer coisa me chama no «tw».\n\nAbraço,\n«d»\n",
          cod=g.pick(["20401-9", "20401-9", "13903-3"]), rm=rm, pz=g.ri(30, 180), tw=(g.phone(), "PHONE_NUMBER"),
          d=P(g.pick([d.first, d.short, d.nick])))
    return doc


def fi_associacao(g: Gen) -> Doc:
    """Treasurer's monthly statement of a veterans' association: dues by Pix, card payments for an event, refunds."""
    doc = Doc()
    assoc = g.pick(ASSOCS)
    tes = g.person()
    doc.f("«a» — CNPJ «cnpj»\nPRESTAÇÃO DE CONTAS — «mes»/«ano»\nTesoureir«o»: «t» · «te»\n\n",
          a=assoc, cnpj=(g.cnpj(), "BR_CNPJ"), mes=g.pick(MONTHS), ano=g.pick([2024, 2025]), o=tes.o, t=P(tes.full),
          te=(g.email(tes), "EMAIL_ADDRESS"))
    doc.t("1. MENSALIDADES RECEBIDAS VIA PIX\n")
    rows = []
    for _ in range(g.ri(3, 5)):
        p = g.person(female=g.chance(0.2))
        masked = g.chance(0.25)
        cpf = g.cpf_digits()
        rows.append([V(g.date("short")), P(g.pick([p.caps, p.full, p.caps])),
                     V(f"***.{cpf[3:6]}.{cpf[6:9]}-**") if masked else (fmt_cpf(cpf), "BR_CPF"),
                     V(f"E{g.d(8)}{g.d(12)}{g.hexs(11)}"), V(g.pick(["30,00", "30,00", "60,00", "90,00", "360,00"]))])
    table_fixed(doc, ["Data", "Associado", "CPF pagador", "ID fim-a-fim", "R$"], rows)
    doc.f("\n2. JANTAR DO DIA DO SOLDADO (25 AGO) — vendas no cartão (maquininha) — total R$ «v»\n", v=g.money(800, 6000))
    for _ in range(1):
        p = g.person()
        doc.f("   Estorno solicitado por «p»: cartão «c» cobrado em duplicidade (R$ «v»); contato «t».\n",
              p=P(g.pick([p.short, p.full])), c=(g.card(), "CREDIT_CARD"), v=g.pick(["120,00", "80,00", "240,00"]), t=(g.phone(), "PHONE_NUMBER"))
    doc.t("\n3. AUXÍLIO-FUNERAL PAGO\n")
    de, ben = g.person(female=False), g.person(female=True)
    doc.f("   Associado falecido: «d» (nascido em «dob»). Beneficiária: «b», CPF «cpf», creditado no «bk» ag «ag» cc «cc» — R$ «v».\n",
          d=P(g.pick([de.full, de.mil])), dob=(g.dob("br", 1925, 1955), "DATE_OF_BIRTH"), b=P(ben.full), cpf=(g.cpf(), "BR_CPF"),
          bk=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), v=g.money(1000, 3000))
    doc.f("\n4. OBSERVAÇÕES\nA chave Pix aleatória da associação mudou: use «pix». Inadimplentes há mais de 3 meses serão "
          "procurados pela «sec». Seria prudente rever o valor da mensalidade em «ano2».\n",
          pix=(g.uuid(), "PIX_KEY"), sec=P(g.person(female=True).first) if g.chance(0.5) else V("secretaria"), ano2=g.pick([2025, 2026]))
    return doc


def fi_clube(g: Gen) -> Doc:
    """Shooting club: habitualidade (attendance) book export with range fees and the parking register."""
    doc = Doc()
    club = g.pick(CLUBS)
    doc.f("«club» — CNPJ «cnpj» — CR «cr»\nLIVRO DE REGISTRO DE HABITUALIDADE — exportação «d» (sistema ClubeWeb)\n\n",
          club=club, cnpj=(g.cnpj(), "BR_CNPJ"), cr=g.cr(), d=g.date())
    cols = ["data", "hora", "atirador", "cpf", "celular", "cr", "arma", "n_serie", "calibre", "municao", "pgto", "valor", "placa"]
    rows = []
    for _ in range(g.ri(5, 7)):
        p = g.person(female=g.chance(0.2))
        gun = g.pick(GUNS)
        pay = g.ri(0, 3)
        pgto = [V("mensalista"), V("pix"), V("cartão final " + g.d(4)), V("dinheiro")][pay]
        rows.append([V(g.date("iso")), V(g.hm()), P(g.pick([p.full, p.caps, p.low])), (g.cpf(g.pick(["raw", "dot"])), "BR_CPF"),
                     (g.phone(g.pick(["raw", "par", "e164"])), "PHONE_NUMBER") if g.chance(0.85) else V(""), V(g.cr()),
                     V(f"{gun[1]} {gun[2]}"), V(g.serial()), V(gun[3]), V(str(g.pick([20, 50, 50, 100, 25]))), pgto,
                     V(g.pick(["0,00", "45,00", "60,00", "85,00"])), (g.plate(), "LICENSE_PLATE") if g.chance(0.7) else V("")])
    table_csv(doc, cols, rows, sep=g.pick([";", ",", "\t"]))
    ins = g.person()
    doc.f("\nInstrutor responsável pelas linhas de tiro: «i» («cref»).\nDeclarações de habitualidade emitidas no período: «n». "
          "Pendências financeiras: enviar cobrança para «e» (tel. «t»).\n",
          i=P(ins.full), cref=(g.council("CREF"), "PROFESSIONAL_ID"), n=g.ri(3, 40), e=(g.email(g.person()), "EMAIL_ADDRESS"),
          t=(g.phone(), "PHONE_NUMBER"))
    return doc


def fi_diarias(g: Gen) -> Doc:
    """Payment list of relocation allowances (ajuda de custo) for transferred members, as sent to the payroll section."""
    doc = Doc()
    u = g.pick(UNIT_AB)
    doc.f("«u» — SEÇÃO DE PAGAMENTO DE PESSOAL\nRELAÇÃO DE MILITARES MOVIMENTADOS — AJUDA DE CUSTO E TRANSPORTE DE BAGAGEM\n"
          "Nota de empenho «ne» · UG «ug» · Portaria DCEM nº «por»\n\n",
          u=u, ne=f"{g.ri(2024, 2025)}NE{g.d(6)}", ug=g.d(6), por=f"{g.d(4)}/{g.ri(2024, 2025)}")
    rows = []
    for _ in range(g.ri(4, 6)):
        p = g.person(female=g.chance(0.15))
        b = g.pick(BANKS)
        rows.append([V(g.pick(RANKS[2:])), P(g.pick([p.mil, p.caps])), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), (g.pis(), "BR_PIS"),
                     V(b[0]), (g.agency(), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT"), V(str(g.ri(0, 4))),
                     V(g.pick(UNIT_AB)), V(g.money(3000, 40000))])
    table_fixed(doc, ["P/G", "Nome", "CPF", "PASEP", "Bco", "Ag", "Conta", "Dep", "Destino", "Valor R$"], rows)
    chk = g.person()
    doc.f("\nConferido por «r» «c» em «d». Militares com dependente em idade escolar devem apresentar declaração de matrícula.\n"
          "Obs.: o «r2» «o» informou mudança de conta; nova conta «bk» ag «ag» cc «cc» (comprovante anexo).\n",
          r=g.pick(["2º Sgt", "1º Sgt", "ST"]), c=P(chk.mil), d=g.date(), r2=g.pick(RANKS_LOW), o=P(g.person().guerra),
          bk=g.pick(BANKS)[0], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    return doc


TEMPLATES["financeiro"] = [fi_habilitacao, fi_contracheque, fi_armaria, fi_despachante, fi_associacao, fi_clube, fi_diarias]


# =========================================================================== checks and output

CPF_LIKE = re.compile(r"(?<![\d.\-/])(\d{3}\.\d{3}\.\d{3}-\d{2}|\d{11})(?![\d\-/]|\.\d)")
TITLE = re.compile(r"(?i)^(sr|sra|srta|dr|dra|dona|seu|doutora?|sd|cb|sgt|ten|cap|maj|cel|gen|asp)\.?\s")


def check(record: dict) -> None:
    text, last = record["text"], 0
    covered = [False] * len(text)
    for s in record["spans"]:
        assert last <= s["start"] < s["end"] <= len(text), (record["id"], s)
        v = text[s["start"]:s["end"]]
        assert v and v == v.strip(), (record["id"], s, v)
        last = s["end"]
        for i in range(s["start"], s["end"]):
            covered[i] = True
        lab = s["label"]
        digits = re.sub(r"\D", "", v)
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
            raw = re.sub(r"[^0-9X]", "", v)
            assert len(raw) == 9 and rg_sp_dv(raw[:8]) == raw[8], (record["id"], v)
        elif lab == "PIX_KEY":
            uuid.UUID(v)
        elif lab == "BR_CEP":
            assert len(digits) == 8, (record["id"], v)
        elif lab == "PHONE_NUMBER":
            assert 10 <= len(digits) <= 13, (record["id"], v)
        elif lab == "IP_ADDRESS":
            assert re.fullmatch(r"\d{1,3}(\.\d{1,3}){3}", v), (record["id"], v)
        elif lab == "PERSON":
            assert not TITLE.match(v), (record["id"], v)
            assert not re.search(r"[0-9]", v), (record["id"], v)
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (record["id"], v)
        elif lab == "PROFESSIONAL_ID":
            assert re.match(r"(CRM|OAB|COREN|CRP|CRO|CREFITO|CREF)\b", v), (record["id"], v)
        elif lab == "DATE_OF_BIRTH":
            assert re.search(r"\d", v), (record["id"], v)
    # hard negatives: any unlabelled 11-digit number (bare or dotted) must fail the CPF check
    for m in CPF_LIKE.finditer(text):
        if not any(covered[m.start():m.end()]):
            assert not cpf_ok(re.sub(r"\D", "", m.group(1))), (record["id"], m.group(1))
    assert record["spans"] == sorted(record["spans"], key=lambda s: s["start"])
    assert all(s["label"] in LABELS for s in record["spans"])


LABELS = {"PERSON", "BR_CPF", "BR_CNPJ", "BR_RG", "BR_CNH", "BR_PIS", "BR_TITULO_ELEITOR", "BR_CNS", "BR_CEP",
          "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "PIX_KEY", "LICENSE_PLATE", "BANK_ACCOUNT", "ADDRESS",
          "DATE_OF_BIRTH", "IP_ADDRESS", "PROFESSIONAL_ID"}


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
    print(OUT_NAME, len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
