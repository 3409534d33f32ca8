"""Build the thirty-ninth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_thirtyninth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or
run), standalone (own check-digit code, no Faker, no import from afinar), seed 39,
280 records: 7 templates per domain, 10 copies each. The helpers (Gen, Doc, name pools,
check digits) follow the shape of the twentieth set's generator.

Register, not used by the earlier sets: death and what follows it -- funeral homes and
funeral plans, cemeteries and crematoria, the civil registry of deaths, the declaração de
óbito, life-insurance and funeral-assistance claims, the INSS survivors' pension (pensão por
morte), probate and inheritance (inventário judicial and extrajudicial, partilha, ITCMD),
closing the bank and telephone accounts of the deceased, and grief-support groups.
- atendimento: 0 a funeral home's service order (labelled form: deceased with CPF, RG, birth
  date, address; declarant's contacts; urn, wreath, wake, hearse plate and driver's CNH, grave
  location, plan coverage); 1 the family contact sheet exported from the funeral CRM
  (semicolon CSV: names in every form, phones, e-mails, notes such as "avisar o Tião"); 2 a
  WhatsApp export of a funeral plan's 24h line (bot, institutional sender, relative often an
  unsaved number, CPF of the holder, removal address, the doctor who signs the DO, hearse plate,
  RG photo); 3 an e-mail thread closing the mobile line of a deceased subscriber (certificate
  matrícula, automatic debit agency/account, Anatel resolution, last-access IP); 4 an ALL CAPS
  funeral-plan contract screen (holder, dependants with birth dates and CPF, recurring card or
  debit, instalments); 5 a grief-support group facilitator's e-mail with a Markdown table of
  new participants (psychologist's CRP); 6 a crematorium's fixed-width daily schedule
  (deceased in "SURNAME, GIVEN" or caps, birth date, funeral home, responsible relative with
  RG/CPF, phone, vehicle plate; operators by login).
- juridico: 0 a notarial deed of extrajudicial inventory and partilha in long prose (widow(er)
  and heirs qualified with RG, CPF, addresses, e-mails; birth dates in words; lawyer's OAB;
  property matrícula, vehicle plate and RENAVAM, bank balance by agency and account; ITCMD and
  DARE); 1 a petition opening a judicial inventory (arrolamento: CNJ number, heirs with birth
  dates, RG and CPF, a minor, bank letter, two lawyers); 2 a death certificate (inteiro teor)
  transcribed, in caps or mixed case (filiation, causes, doctor's CRM, declarant, companion);
  3 an ITCMD causa mortis declaration exported from the state tax portal (semicolon CSV of
  heirs with CPF and birth dates; transmission IP); 4 a request to a municipal cemetery for
  exhumation and transfer of remains (grave concession, funeral home's CNPJ, hearse plate and
  driver's CNH, dispatch deferring or refusing with a CNJ number); 5 an e-mail thread between
  a probate lawyer and the heirs (heirs' qualification, the account or random Pix key for the
  quotas, the father's car plate, Lei 11.441/2007, Resolução CNJ 35/2007); 6 a civil-registry
  office's fixed-width return of deaths to the SIRC (deceased, birth date, mother, CPF, NIT,
  título; transmission IP).
- saude: 0 a declaração de óbito typed into the SIM block by block (CNS, filiation, residence,
  causes with ICD-10, doctor's CRM and contact, family member who took the DO); 1 a hospital
  morgue's body-release book (CSV: deceased, CNS, CPF, funeral home, who collected with RG, CNH
  or CPF, vehicle plate; night nurse's COREN); 2 an e-mail asking for a deceased patient's
  medical record for an insurance claim and the DPO's answer (CFM resolution, LGPD); 3 a
  fixed-width list of deaths for the surveillance team to investigate (infant deaths listed as
  "RN DE <mother>", only the mother's name being a span; maternal, ill-defined; CNS, ICD-10,
  addresses); 4 a palliative-care team's multiprofessional note on the death and the family
  meeting (CRM, COREN, CRP, CRESS; relatives' phones); 5 an ALL CAPS health-plan screen
  cancelling the holder for death and granting remission to the dependants (CPF, CNS, birth
  dates; card number of the plan not labelled; masked payment card); 6 a WhatsApp export of a
  bereaved parents' group (moderator as an institutional account, unsaved numbers, children's
  first names, a CPF posted by mistake).
- financeiro: 0 a life-insurance claim notice (insured, beneficiaries with shares, CPF, birth
  dates, phones, agency and account or random Pix key; broker; analyst by login); 1 an INSS
  requirement letter on a survivors' pension (instituidor with NIT and CPF, applicant, minor
  child, joint account, payment account, Meu INSS IP); 2 a bank back-office ticket closing a
  deceased client's accounts on a court order (accounts, random Pix keys or e-mail key,
  masked card, alvará CNJ number, inventariante's destination account); 3 a funeral-plan
  collections CSV (CPF, phone, e-mail, full or masked card, "bank/agency/account" in one field
  with agency and account as separate spans); 4 an insurer's chat on the refund of a funeral
  paid by the family (funeral home's CNPJ, the Pix key as random key, e-mail or phone); 5 a
  fixed-width report of indemnity payments sent to the bank (beneficiary, CPF, bank, agency,
  account; a rejected payment naming its beneficiary); 6 an accountant's partilha worksheet in
  Markdown (heirs with CPF, e-mail, agency and account; sold car's plate; random Pix key; the
  deceased's birth date flagged as wrong; CRC).

Conventions (the twentieth set's; the new decisions are marked *): PERSON covers the name
only, never "Sr.", "Sra.", "Dr.", "Dra.", "dona", "seu", "finado/finada", "de cujus",
"espólio de" (the name after them is a person); particles inside a name (de, da, dos, e) are
part of it; "SURNAME, Given" and "SURNAME, GIVEN" are one span; nicknames and first names
alone, capitalised or lower case, are persons; nome/sobrenome columns are one span each.
* The deceased is a person like any other (name, CPF, RG, birth date, address, phone and
e-mail are labelled as for the living). Staff named in the text (funeral agents,
attendants, notaries and their clerks, registrars, doctors, nurses, psychologists, lawyers,
claim analysts, INSS servers) are persons; logins, system accounts, bot names ("Bot
Serenidade") are not. Corporate e-mails of people are EMAIL_ADDRESS; role mailboxes
(sac@, sinistros@, cartorio@, obitos@) are not labelled; companies' 0800/4004 lines are not
labelled. ADDRESS is street type + name + number + complement (not city, state or CEP; CEP is
BR_CEP); a company's, notary's, hospital's, cemetery's or crematorium's address is not
labelled. * Grave locations (quadra, lote, jazigo, gaveta, nicho) are not addresses and are
not labelled. Agency and account are separate BANK_ACCOUNT spans; bank codes are not.
DATE_OF_BIRTH only for birth dates (also written in words in deeds, "nascido aos 3 de maio de
1941"); dates of death, burial, cremation, exhumation, registration, signature and claim are
not. PROFESSIONAL_ID includes the council acronym and UF or region ("CRM/SP 123456",
"OAB/RJ 98.765", "CRP 06/12345", "COREN-BA 123456-ENF"). PIX_KEY only for random (UUID) keys
used as Pix keys; Pix keys that are a CPF, e-mail or phone take those labels. Masked values
(asterisks, "final 4321"), internal ids, protocol, order, contract, plan-membership,
policy, claim (sinistro), NB (benefit) numbers, DO numbers, certificate matrículas (32 digits),
livro/folha/termo, property registrations (matrícula do imóvel), RENAVAM, DARE/GIA numbers
and grave numbers are not labelled.

Names: Brazilian names of many origins (Portuguese common and regional, coined names such as
Deuzuite, Kayky, Taynná, Rhuanzinho; Italian, German, Japanese/Okinawan, Lebanese, Korean,
Chinese, Haitian, Angolan, Senegalese, Bolivian, Peruvian, indigenous, Jewish, Ukrainian,
Polish), at least a quarter of the name words rare or invented; names that are also words
(Rosa, Branco, Prudente, Bento, Vitória, Leão, Flor, Luz, Aurora, Esperança, Amado,
Consolação, Saudade) next to the same words as words ("luz de velas", "coroa de flores",
"a vitória sobre a doença", "seria prudente", "saudade imensa") and in places, companies and
products (Cemitério da Saudade, Funerária Luz Eterna, Plano Aurora Familiar, Crematório Flor
do Campo, Bento Gonçalves, Presidente Prudente), which are not persons. Forms: full, ALL CAPS
without accents, lower case, "SURNAME, GIVEN", first name alone, nickname.

Hard negatives (never labelled): CNJ process numbers, 11-digit numbers failing the CPF check
(protocols, NB-like and plan numbers), certificate matrículas, DO numbers, ICD-10 codes
(causes of death), money, percentages of quotas, policy and claim numbers, grave locations,
dates of death, company names with surnames (Funerária Cavalheiro & Filhos, Haddad Seguros),
street names honouring people outside an address ("na Barão do Rio Branco"), laws and
resolutions (Lei 11.441/2007, Lei 8.213/1991, Resolução CNJ 35/2007, Lei 13.709/2018).
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
SEED = 39
ORD = "thirtyninth"

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
        return None
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
UNITS = ["", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez", "onze", "doze",
         "treze", "catorze", "quinze", "dezesseis", "dezessete", "dezoito", "dezenove"]
TENS = ["", "", "vinte", "trinta", "quarenta", "cinquenta", "sessenta", "setenta", "oitenta", "noventa"]


def words99(n: int) -> str:
    if n < 20:
        return UNITS[n]
    t, u = divmod(n, 10)
    return TENS[t] + (f" e {UNITS[u]}" if u else "")


def year_words(y: int) -> str:
    head = "mil novecentos" if y < 2000 else "dois mil"
    rest = y % 100
    return head + (f" e {words99(rest)}" if rest else "")


# --------------------------------------------------------------------------- name pools
# RARE_* hold uncommon, regional or coined names; main() prints their share of PERSON words.

PT_F = ["Renata", "Vanessa", "Carolina", "Bianca", "Daniela", "Eliane", "Silvana", "Márcia", "Kátia",
        "Rosana", "Lúcia", "Helena", "Alice", "Lívia", "Cecília", "Yasmin", "Bruna", "Jéssica", "Thaís",
        "Sueli", "Regina", "Vera Lúcia", "Maria Aparecida", "Ana Clara", "Marta", "Teresa", "Sônia",
        "Denise", "Luana", "Nathália", "Rita de Cássia", "Maria José", "Terezinha", "Neusa", "Cleusa"]
RARE_F = ["Josilene", "Aldeci", "Zuleide", "Edvânia", "Gercina", "Marlucia", "Claudineia", "Ozenira",
          "Raimunda Nonata", "Valquíria", "Leidiane", "Rosimeire", "Eronildes", "Sirlene", "Vaneide",
          "Ednalva", "Maciléia", "Norberta", "Deuzuite", "Alzenir", "Kamilly", "Rayssa", "Lohany", "Taynná",
          "Crisleide", "Valmira", "Jozélia", "Lindalva", "Francinete", "Hosana", "Gildete", "Benedita Zilá",
          "Dorgivânia", "Ivaneide", "Creuzalina", "Auzenir", "Marinalva", "Jucinéia", "Eulália", "Nazinha"]
PT_M = ["Marcelo", "Alexandre", "Fernando", "Paulo", "Sérgio", "Luiz Carlos", "Carlos Eduardo", "Wagner",
        "Cláudio", "André", "Renato", "Júlio", "César", "Otávio", "Caio", "Davi", "Samuel", "Pedro Henrique",
        "Felipe", "Marcos", "Jorge", "Nelson", "Valter", "Osvaldo", "Mauro", "Wellington", "Alberto",
        "Domingos", "Manoel", "Joaquim", "Antônio", "José Carlos", "Sebastião", "Benedito"]
RARE_M = ["Aldemir", "Edilson", "Genival", "Josimar", "Uelinton", "Reginauro", "Zacarias", "Juvenal",
          "Ozéas", "Valdeci", "Cleidson", "Eraldo", "Dorival", "Gilvan", "Ivonaldo", "Erisvaldo", "Jailton",
          "Lindomar", "Nivaldo", "Acácio", "Arlindo", "Hermógenes", "Jerônimo", "Rhuan", "Kayky", "Thalisson",
          "Abdias", "Elpídio", "Florisvaldo", "Idelfonso", "Lourival", "Sinval", "Zózimo", "Deolindo",
          "Gumercindo", "Adauto", "Tertuliano", "Jucelino", "Odorico", "Waldisney", "Cleomar", "Rhuanzinho"]
PT_SUR = ["Pereira", "Costa", "Rodrigues", "Martins", "Carvalho", "Gomes", "Ribeiro", "Alves", "Araújo",
          "Barbosa", "Cardoso", "Castro", "Correia", "Freitas", "Lopes", "Mendes", "Nunes", "Pinto", "Ramos",
          "Reis", "Teixeira", "Vieira", "Moura", "Nogueira", "Azevedo", "Campos", "Duarte", "Andrade",
          "Cavalcanti", "Marques", "Nascimento", "Santana", "Prado", "Machado", "Amaral", "Silva", "Santos",
          "Oliveira", "Souza", "Ferreira", "Lima"]
RARE_SUR = ["Cavalheiro", "Bulhões", "Faustino", "Anunciação", "Penedo", "Caetité", "Apolinário", "Gadelha",
            "Sobral", "Jacobina", "Landim", "Quixadá", "Belchior", "Perdigão", "Rolim", "Cantanhede",
            "Parnaíba", "Queiroga", "Seabra", "Trajano", "Varjão", "Xerez", "Zumba", "Alencastro", "Bonfim",
            "Conrado", "Fagundes", "Holanda", "Inojosa", "Juruena", "Lucena", "Nápoles", "Otoni", "Pimentel",
            "Sepúlveda", "Arruda Botelho", "Taquari", "Carneiro Leão", "Mourão", "Brejeiro", "Jatobá",
            "Remígio", "Catingueira", "Itaboraí"]
WORD_F = ["Rosa", "Vitória", "Flor", "Luz", "Aurora", "Esperança", "Consolação", "Saudade"]
WORD_M = ["Bento", "Prudente", "Leão", "Branco", "Fiel", "Amado", "Inocêncio", "Bom Jesus"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Bento", "Leão", "Flor", "Luz", "Vitória", "Amado", "Pedrosa",
            "Cordeiro", "Raposo", "Sardinha", "Palmeira", "Bastos", "Paz", "Cruz", "Saudade"]
NICK = {"Luiz Carlos": "Luizinho", "Manoel": "Mané", "Joaquim": "Quinzinho", "Domingos": "Mingo",
        "Raimunda Nonata": "Nonata", "Maria Aparecida": "Cida", "Vera Lúcia": "Verinha", "Teresa": "Tetê",
        "Rita de Cássia": "Ritinha", "Osvaldo": "Vavá", "Zacarias": "Zaca", "Hermógenes": "Mogenes",
        "Florisvaldo": "Flor", "Jerônimo": "Jerô", "Pedro Henrique": "PH", "Carlos Eduardo": "Cadu",
        "Idelfonso": "Fonso", "Alexandre": "Xande", "Francinete": "Net", "Deuzuite": "Zuzu", "Sebastião": "Tião",
        "Benedito": "Dito", "Antônio": "Toninho", "José Carlos": "Zé Carlos", "Terezinha": "Tê",
        "Gumercindo": "Cindo", "Maria José": "Zezé", "Benedita Zilá": "Dita", "Tertuliano": "Tuto"}
FOREIGN = {
    "it": (["Graziella", "Ornella", "Donatella"], ["Lorenzo", "Vittorio", "Ettore"],
           ["Bortolotto", "Gasparetto", "Dalla Costa", "Marcon", "Bianchini", "Fiorese", "Zanella"]),
    "de": (["Waltraud", "Gerda", "Liesel"], ["Helmut", "Ewald", "Armin"],
           ["Schneider", "Hoffmann", "Krüger", "Brandenburg", "Voigt", "Lemke", "Stüpp"]),
    "jp": (["Sachiko", "Naomi", "Emiko", "Kiyoko"], ["Kenji", "Takeshi", "Hiroshi", "Tsuneo"],
           ["Yamashiro", "Tamashiro", "Kinjo", "Oshiro", "Matsumoto", "Higa"]),
    "ar": (["Nadia", "Leila", "Soraya"], ["Farid", "Nagib", "Kamal"],
           ["Haddad", "Khoury", "Maluf", "Nassar", "Sfeir", "Abdalla"]),
    "ua": (["Oksana", "Olena"], ["Bohdan", "Taras"], ["Melnyk", "Shevchuk", "Tkachenko"]),
    "pl": (["Wanda", "Jadwiga"], ["Zbigniew", "Kazimierz"], ["Kowalczyk", "Wiśniewski", "Grabowski"]),
    "kr": (["Min-ji", "Hye-jin"], ["Sung-ho", "Jae-won"], ["Kim", "Choi", "Jung", "Yoon"]),
    "cn": (["Xiaoling", "Hui"], ["Hao", "Lei"], ["Chen", "Wu", "Lin", "Zhou"]),
    "bo": (["Ximena", "Rocío", "Wilma"], ["Rolando", "Fidel", "Eusebio"], ["Apaza", "Ticona", "Colque", "Mamani"]),
    "ht": (["Guerline", "Mirlande", "Roseline"], ["Wilner", "Jhonson", "Frantz"],
           ["Joseph", "Dorvil", "Célestin", "Exantus", "Pierre-Louis"]),
    "sn": (["Aminata", "Fatou", "Khady"], ["Mamadou", "Ousmane", "Cheikh"], ["Diop", "Ndiaye", "Sow", "Gueye"]),
    "ao": (["Luzia Nzinga", "Teresa Ndala"], ["Kiluanje", "Domingos Mbala"], ["Kiala", "Nzau", "Massala", "Tchipa"]),
    "in": (["Iracema", "Araci", "Jurema", "Potyra"], ["Anhangá", "Tupã", "Cauê", "Raoni"],
           ["Krahô", "Kaingang", "Xavante", "Tukano", "Guajajara"]),
    "jw": (["Raquel", "Débora", "Hanna"], ["Abraão", "Salomão", "Isaac"], ["Weissmann", "Grinberg", "Blaustein", "Kac"]),
    "pe": (["Yesenia", "Milagros"], ["Wilfredo", "Ulises"], ["Huamán", "Ccahuana", "Quispe"]),
}
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in ("ht", "sn", "ao", "in", "ua", "pl", "bo", "pe", "jw"):
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Costa", "Rosa", "Luz", "Vitória", "Silva", "Penedo", "Paz", "Cruz", "Saudade"}
DO_SUR = {"Nascimento", "Amaral", "Prado", "Bonfim"}
DOS_SUR = {"Reis", "Campos", "Santos"}


def particle(surname: str) -> str:
    if surname in DA_SUR:
        return "da"
    if surname in DO_SUR:
        return "do"
    if surname in DOS_SUR:
        return "dos"
    return "de"


DDDS = ["11", "12", "13", "14", "17", "19", "21", "22", "27", "31", "32", "33", "37", "41", "43", "45",
        "46", "47", "51", "53", "54", "61", "62", "64", "65", "67", "69", "71", "74", "75", "79", "81",
        "83", "84", "85", "86", "88", "91", "92", "95", "96", "98", "99"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Estrada", "Praça",
                "Beco", "Servidão", "Rodovia"]
STREET_NAMES = ["Rosa Branca", "Doutor Bento Amaral", "da Aurora", "Leão XIII", "Prudente de Morais",
                "Flor de Lis", "das Palmeiras", "Coronel Lourival Penedo", "Professora Zuleide Gadelha",
                "Vinte e Quatro de Maio", "Dom Pedro II", "Barão do Rio Branco", "Luz Divina", "da Saudade",
                "Frei Caneca", "General Osório", "Capitão Abdias Landim", "das Acácias", "Vitória Régia",
                "Maestro Sinval Trajano", "Padre Anchieta", "Beira-Rio", "Quinze de Novembro",
                "Irmãos Bulhões", "Cônego Idelfonso Rolim", "dos Pescadores", "Senador Queiroga",
                "Nossa Senhora da Consolação", "Santos Dumont", "Engenheiro Caetité", "Barão de Mauá",
                "dos Ipês", "Tertuliano Jatobá", "Boa Esperança"]
CITIES = [("Presidente Prudente", "SP"), ("Bento Gonçalves", "RS"), ("Vitória da Conquista", "BA"),
          ("Rio Branco", "AC"), ("Santa Luzia", "MG"), ("Aurora", "CE"), ("Esperança", "PB"), ("Flores da Cunha", "RS"),
          ("Londrina", "PR"), ("Maringá", "PR"), ("Joinville", "SC"), ("Criciúma", "SC"), ("Pelotas", "RS"),
          ("Juiz de Fora", "MG"), ("Ipatinga", "MG"), ("Ribeirão Preto", "SP"), ("Piracicaba", "SP"),
          ("São José do Rio Preto", "SP"), ("Petrolina", "PE"), ("Juazeiro", "BA"), ("Sobral", "CE"),
          ("Parnaíba", "PI"), ("Marabá", "PA"), ("Parintins", "AM"), ("Boa Vista", "RR"), ("Macapá", "AP"),
          ("Dourados", "MS"), ("Rondonópolis", "MT"), ("Rio Verde", "GO"), ("Palmas", "TO"), ("Itabuna", "BA"),
          ("Cabo Frio", "RJ"), ("Nova Friburgo", "RJ"), ("Linhares", "ES"), ("Campinas", "SP"), ("Recife", "PE")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN",
       "PB", "MT", "MS", "PI", "SE", "AL", "TO", "RO", "AC", "AP", "RR"]
BAIRROS = ["Jardim Aurora", "Vila Leão", "Centro", "Bela Vista", "Jardim Rosa Branca", "Alto da Luz",
           "Parque Prudente", "Vila Esperança", "Bonfim", "Jardim Saudade", "Flor do Vale", "Cidade Nova",
           "Consolação", "Vila Amado"]
# causes of death as they come on a DO: (text, ICD-10)
CAUSES = [("choque cardiogênico", "R57.0"), ("infarto agudo do miocárdio", "I21.9"), ("insuficiência respiratória aguda", "J96.0"),
          ("pneumonia não especificada", "J18.9"), ("sepse", "A41.9"), ("acidente vascular cerebral", "I64"),
          ("neoplasia maligna do pulmão", "C34.9"), ("neoplasia maligna da mama", "C50.9"), ("diabetes mellitus tipo 2", "E11.9"),
          ("hipertensão arterial sistêmica", "I10"), ("doença renal crônica", "N18.9"), ("cirrose hepática", "K74.6"),
          ("doença de Alzheimer", "G30.9"), ("DPOC", "J44.9"), ("insuficiência cardíaca congestiva", "I50.0"),
          ("politraumatismo", "T07"), ("COVID-19", "U07.1"), ("neoplasia maligna do pâncreas", "C25.9"),
          ("broncoaspiração", "J69.0"), ("tromboembolismo pulmonar", "I26.9")]
FUNERARIAS = ["Funerária Luz Eterna", "Funerária Cavalheiro & Filhos", "Organização Social de Luto Bom Pastor",
              "Funerária Flor de Lis", "Grupo Vitória Assistência Funeral", "Funerária São Bento", "Pax Aurora Ltda",
              "Funerária Prudente & Irmãos", "Funerária Haddad", "Memorial Esperança"]
CEMITERIOS = ["Cemitério da Saudade", "Cemitério Municipal São João Batista", "Cemitério Parque das Flores",
              "Cemitério Bom Jesus", "Cemitério Jardim da Paz", "Cemitério Israelita", "Cemitério Vila Amado",
              "Cemitério Parque Aurora", "Cemitério da Consolação"]
CREMATORIOS = ["Crematório Flor do Campo", "Crematório Vila Alpina", "Crematório Memorial Luz", "Crematório Parque da Colina"]
SEGURADORAS = ["Vitória Seguros S.A.", "Haddad Seguros", "Bonfim Vida e Previdência", "Aurora Seguradora",
               "Seguradora Amparo Leão", "Mapfre", "Porto Vida"]
BANKS = [("001", "Banco do Brasil"), ("104", "Caixa Econômica Federal"), ("237", "Bradesco"), ("341", "Itaú Unibanco"),
         ("033", "Santander"), ("748", "Sicredi"), ("756", "Sicoob"), ("260", "Nu Pagamentos"), ("077", "Banco Inter"),
         ("041", "Banrisul")]
PLANOS = ["Plano Aurora Familiar", "Plano Luz Eterna Essencial", "Plano Flor de Lis Plus", "Plano Esperança 8 vidas",
          "Plano Bom Pastor Master", "Plano Vitória Premium"]
PARENTESCO = ["filho", "filha", "esposa", "esposo", "viúva", "viúvo", "neta", "neto", "irmã", "irmão", "sobrinha",
              "nora", "genro", "companheira", "companheiro", "mãe", "pai"]
WORD_USES = ["a luz de velas da capela", "coroa de flores", "seria prudente aguardar a certidão",
             "uma saudade imensa", "foi uma vitória cada dia", "rosa branca sobre o caixão", "o amado jardim dela",
             "esperança de resolver logo", "a aurora de um novo tempo", "a consolação dos amigos", "deu branco na hora"]


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
        return self.given if self.given in ("Bom Jesus",) else self.given.split()[0]

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


def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def fmt_date(dd: int, mm: int, yy: int, fmt: str) -> str:
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}", "compact": f"{yy}{mm:02d}{dd:02d}",
            "short": f"{dd:02d}/{mm:02d}/{yy % 100:02d}", "long": f"{dd} de {MONTHS[mm - 1]} de {yy}",
            "dash": f"{dd:02d}-{mm:02d}-{yy}", "nopad": f"{dd}/{mm}/{yy}", "dot": f"{dd:02d}.{mm:02d}.{yy}",
            "caps": f"{dd} DE {fold(MONTHS[mm - 1]).upper()} DE {yy}", "ddmmyyyy": f"{dd:02d}{mm:02d}{yy}",
            "words": f"{'primeiro' if dd == 1 else words99(dd)} de {MONTHS[mm - 1]} de {year_words(yy)}"}[fmt]


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
            v = str(self.ri(1, 9)) + self.d(n - 1)
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
        if r < 0.38:
            return self.pick(RARE_SUR)
        if r < 0.5:
            return self.pick(WORD_SUR)
        return self.pick(PT_SUR)

    def person(self, female: bool | None = None, origin: str | None = None, word: bool = False) -> Person:
        rng = self.rng
        female = rng.random() < 0.5 if female is None else female
        if origin is None:
            origin = "pt" if rng.random() < 0.7 else self.pick(sorted(FOREIGN))
        if origin == "pt":
            if word or rng.random() < 0.1:
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
        return Person(given, surnames, female)

    def relative(self, of: Person, female: bool | None = None) -> Person:
        """Someone of the family: keeps the last surname of `of`."""
        female = self.chance(0.5) if female is None else female
        p = self.person(female=female, origin="pt")
        own = [s for s in p.surnames if s not in PARTICLES and s not in SUFFIXES][:1]
        return Person(p.given, [s for s in own if s != of.last] + [of.last], female)

    def email(self, p: Person, domain: str | None = None) -> str:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower()) or "x"
        l = re.sub(r"[^a-z]", "", fold(p.last).lower()) or "y"
        user = self.pick([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}_{l}{self.d(2)}", f"{f}{self.d(4)}",
                          f"{l}.{f}", f"{f}.{l}{self.ri(50, 99)}", f"{f}{l[:4]}", f"{f[0]}.{l}"])
        domain = domain or self.pick(["gmail.com", "gmail.com", "hotmail.com", "yahoo.com.br", "outlook.com",
                                      "bol.com.br", "uol.com.br", "icloud.com", "terra.com.br", "ig.com.br"])
        return f"{user}@{domain}"

    def work_email(self, p: Person, domain: str) -> str:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower()) or "x"
        l = re.sub(r"[^a-z]", "", fold(p.last).lower()) or "y"
        return f"{self.pick([f'{f}.{l}', f'{f[0]}{l}', f'{f}'])}@{domain}"

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

    def bad_cpf(self, style: str = "raw") -> str:
        n = self.neg(11)
        return fmt_cpf(n) if style == "dot" else n

    def cnpj(self, style: str = "dot", alnum: bool | None = None) -> str:
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
        style = style or self.pick(["dot", "dot", "raw"])
        return f"{n[:2]}.{n[2:5]}.{n[5:8]}-{n[8]}" if style == "dot" else n

    def cnh(self) -> str:
        while True:
            b = str(self.ri(0, 9)) + self.d(8)
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

    def phone(self, style: str | None = None, mobile: bool = True) -> str:
        ddd = self.pick(DDDS)
        local = ("9" + str(self.ri(6, 9)) + self.d(7)) if mobile else (str(self.ri(2, 5)) + self.d(7))
        h, t = local[:-4], local[-4:]
        style = style or self.pick(["par", "plus", "plain", "e164", "dash", "par", "par"])
        return {"par": f"({ddd}) {h}-{t}", "plus": f"+55 {ddd} {h}-{t}", "plain": f"{ddd} {h}-{t}",
                "e164": f"+55{ddd}{local}", "raw": f"{ddd}{local}", "dash": f"{ddd}-{h}-{t}",
                "sp": f"{ddd} {h} {t}", "nospace": f"({ddd}){h}-{t}"}[style]

    def card(self, spaced: bool = True) -> str:
        b = self.pick(["4", "5", "5", "6"]) + self.d(14)
        n = b + luhn_dv(b)
        return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if spaced else n

    def masked_card(self) -> str:
        return self.pick([f"**** **** **** {self.d(4)}", f"{self.d(4)} **** **** {self.d(4)}", f"final {self.d(4)}"])

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
        body = str(self.ri(1, 9)) + self.d(self.ri(4, 8))
        return f"{body}-{self.pick('0123456789X')}" if dv else body

    def ip(self) -> str:
        first = self.pick([177, 179, 186, 187, 189, 191, 200, 201, 138, 152, 170, 45, 131, 143])
        return f"{first}.{self.ri(0, 255)}.{self.ri(0, 255)}.{self.ri(1, 254)}"

    def street_parts(self) -> tuple[str, str, str, str]:
        t = self.pick(STREET_TYPES)
        name = self.pick(STREET_NAMES)
        num = str(self.ri(3, 3999)) if self.chance(0.92) else "s/n"
        comp = self.pick(["", "", "", f"apto {self.ri(11, 1204)}", f"casa {self.ri(1, 9)}",
                          f"bloco {self.pick('ABCDE')} apto {self.ri(11, 408)}", "fundos",
                          f"qd {self.ri(1, 40)} lt {self.ri(1, 30)}"])
        return t, name, num, comp

    def address(self, style: str = "text") -> str:
        t, name, num, comp = self.street_parts()
        if style == "caps":
            return fold(f"{t} {name}, {num}" + (f", {comp}" if comp else "")).upper()
        if style == "low":
            abbr = {"Rua": "r", "Avenida": "av", "Travessa": "tv", "Alameda": "al", "Estrada": "estr"}
            s = f"{abbr.get(t, t)} {name} " + (num if num != "s/n" else "sn") + (f" {comp}" if comp else "")
            return fold(s).lower()
        if style == "deed":
            s = f"{t} {name}, nº {num}" if num != "s/n" else f"{t} {name}, sem número"
            return s + (f", {comp}" if comp else "")
        abbr = {"Rua": "R.", "Avenida": "Av.", "Travessa": "Tv.", "Alameda": "Al."}
        if self.chance(0.3) and t in abbr:
            t = abbr[t]
        sep = self.pick([", ", ", nº ", " "])
        return f"{t} {name}{sep}{num}" + (self.pick([", ", " - ", " "]) + comp if comp else "")

    def city(self) -> tuple[str, str]:
        return self.pick(CITIES)

    def dob(self, fmt: str | None = None, lo: int = 1926, hi: int = 1975) -> str:
        dd, mm, yy = self.ri(1, 28), self.ri(1, 12), self.ri(lo, hi)
        fmt = fmt or self.pick(["br", "br", "iso", "short", "long", "dash", "nopad", "dot"])
        return fmt_date(dd, mm, yy, fmt)

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        y = year or self.pick([2024, 2025, 2025, 2025])
        return fmt_date(self.ri(1, 28), self.ri(1, 12), y, fmt)

    def hm(self) -> str:
        return f"{self.ri(6, 23):02d}:{self.ri(0, 59):02d}"

    def times(self, n: int, lo: int = 6 * 3600, hi: int = 23 * 3600) -> list[str]:
        secs = sorted(self.rng.sample(range(lo, hi), n))
        return [f"{x // 3600:02d}:{x % 3600 // 60:02d}" for x in secs]

    def money(self, lo: int = 20, hi: int = 50000) -> str:
        v = self.ri(lo * 100, hi * 100)
        r, c = divmod(v, 100)
        return f"{r:,}".replace(",", ".") + f",{c:02d}"

    def cnj(self, seg: str | None = None) -> str:
        seg = seg or self.pick(["8.26", "8.16", "8.05", "8.19", "8.13", "8.17", "8.21", "8.06", "4.03"])
        return f"{self.d(7)}-{self.d(2)}.{self.ri(2018, 2025)}.{seg}.{self.d(4)}"

    def protocol(self) -> str:
        return self.pick([f"{self.ri(2024, 2025)}{self.d(8)}", self.neg(11), f"{self.d(3)}.{self.d(3)}.{self.d(3)}",
                          f"#{self.d(9)}", self.neg(12), f"ATD-{self.d(7)}"])

    def yearno(self) -> str:
        """Claim/protocol number: year + 7 digits, 11 digits that fail the CPF check."""
        while True:
            v = f"{self.ri(2024, 2025)}{self.d(7)}"
            if not cpf_ok(v):
                return v

    def nb(self) -> str:
        n = self.d(10)
        return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9]}"

    def matricula_civil(self) -> str:
        """32-digit matrícula of a civil-registry death certificate (book C: type 4)."""
        return f"{self.d(6)} 01 55 {self.ri(2023, 2025)} 4 {self.d(5)} {self.d(3)} {self.d(7)} {self.d(2)}"

    def do_number(self) -> str:
        return f"{self.ri(30, 39)}{self.d(6)}-{self.d(1)}"

    def grave(self) -> str:
        return self.pick([f"quadra {self.ri(1, 60)}, lote {self.ri(1, 300)}", f"Q{self.ri(1, 40)} L{self.ri(1, 200)} J{self.ri(1, 9)}",
                          f"jazigo {self.ri(100, 4999)}, gaveta {self.ri(1, 4)}", f"nicho {self.ri(1, 900)}, ala {self.pick('ABCDE')}",
                          f"quadra {self.pick('ABCDEFGH')}{self.ri(1, 9)}, sepultura {self.ri(1, 400)}"])

    def council(self, kind: str = "CRM", uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.ri(1000, 259999)
        dotted = f"{n:,}".replace(",", ".")
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} {n}", f"OAB-{uf} {n}", f"OAB/{uf} nº {dotted}"])
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {self.ri(100000, 999999)}-ENF", f"COREN/{uf} {dotted}", f"COREN-{uf} {self.ri(100000, 999999)}-TE"])
        if kind == "CRP":
            return self.pick([f"CRP {self.ri(1, 23):02d}/{self.ri(1000, 99999)}", f"CRP-{self.ri(1, 23):02d}/{self.ri(1000, 99999)}"])
        if kind == "CRESS":
            return f"CRESS {self.ri(1, 25)}ª Região nº {self.ri(1000, 29999)}"
        if kind == "CRC":
            return f"CRC/{uf} 1{self.d(5)}/O-{self.d(1)}"
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dotted}", f"CRM/{uf} nº {n}"])


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
        s = s[:width] if label is None else s
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


def CPF(s: str) -> tuple:
    return (s, "BR_CPF")


def table_csv(doc: Doc, cols: list[str] | None, rows: list[list[tuple]], sep: str = ",") -> None:
    if cols:
        doc.t(sep.join(cols) + "\n")
    for r in rows:
        for k, cell in enumerate(r):
            if k:
                doc.t(sep)
            if isinstance(cell, list):  # a field made of several parts (some of them spans), never quoted
                for v, lab in cell:
                    doc.e(v, lab)
                continue
            v, lab = cell
            q = sep in v or '"' in v
            if q:
                doc.t('"')
            doc.e(v.replace('"', '""'), lab)
            if q:
                doc.t('"')
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


def table_fixed(doc: Doc, cols: list[tuple[str, int]], rows: list[list[tuple]], rule: str = "-") -> None:
    """Fixed-width report: each column padded to its width; values longer than the width are
    widened for that column (computed over all rows), never cut inside a span."""
    widths = [max([w] + [len(r[k][0]) for r in rows]) for k, (_, w) in enumerate(cols)]
    doc.t(" ".join(c.ljust(w) for (c, _), w in zip(cols, widths)).rstrip() + "\n")
    doc.t(" ".join(rule * w for w in widths) + "\n")
    for r in rows:
        for k, ((v, lab), w) in enumerate(zip(r, widths)):
            if k:
                doc.t(" ")
            if k == len(r) - 1:
                doc.e(v, lab)
            else:
                doc.cell(v, w, lab)
        doc.t("\n")


def kin(g: Gen, female: bool) -> str:
    return g.pick(["filha", "esposa", "viúva", "neta", "irmã", "nora", "sobrinha", "companheira"] if female
                  else ["filho", "viúvo", "neto", "irmão", "genro", "sobrinho", "companheiro", "esposo"])


def company(g: Gen) -> str:
    return g.pick(FUNERARIAS)


def cause(g: Gen) -> tuple[str, str]:
    return g.pick(CAUSES)


# =========================================================================== atendimento


def at_ordem(g: Gen) -> Doc:
    """Funeral home's service order (labelled form): deceased, declarant, services, hearse."""
    doc = Doc()
    fal = g.person()
    dec = g.relative(fal)
    att = g.person()
    mot = g.person(female=False)
    cid, uf = g.city()
    c, icd = cause(g)
    fun = company(g)
    doc.f("«fun» — CNPJ «cnpj»\nPlantão 24h: 0800 «z» «w»\n\nORDEM DE SERVIÇO FUNERÁRIO Nº «os»          Emissão: «de» «h»\n"
          "Atendente: «att»\n\n== DADOS DO(A) FALECIDO(A) ==\nNome: «fal»\nCPF: «cpf»     RG: «rg» «org»\n"
          "Nascimento: «dob»     Óbito: «dobt» às «ho»\nEstado civil: «ec»     Profissão: «prof»\n"
          "Local do óbito: «loc»\nCausa (conf. DO nº «do»): «c» — CID «icd»\n",
          fun=fun, cnpj=(g.cnpj(), "BR_CNPJ"), z=g.d(3), w=g.d(4), os=f"{g.ri(2024, 2025)}/{g.d(6)}", de=g.date(), h=g.hm(),
          att=P(g.pick([att.full, att.short, att.first])), fal=P(g.pick([fal.full, fal.caps])), cpf=CPF(g.cpf()),
          rg=(g.rg(), "BR_RG"), org=g.pick(["SSP/SP", "SSP-SP", "SSP/SP 2ª via"]), dob=(g.dob("br"), "DATE_OF_BIRTH"),
          dobt=g.date(), ho=g.hm(), ec=g.pick(["viúvo(a)", "casado(a)", "solteiro(a)", "divorciado(a)", "união estável"]),
          prof=g.pick(["aposentado(a)", "do lar", "comerciante", "professor(a) aposentado(a)", "lavrador(a)", "motorista"]),
          loc=g.pick(["residência", "Hospital Municipal", "UPA 24h Zona Norte", "Santa Casa de Misericórdia", "via pública"]),
          do=g.do_number(), c=c, icd=icd)
    doc.f("Endereço residencial: «a» — «b» — «cid»/«uf» — CEP «cep»\n\n== CONTRATANTE / DECLARANTE ==\nNome: «dec»     Parentesco: «k»\n"
          "CPF: «cpf»     Tel.: «t1»«sl»«t2»\nE-mail: «em»\n",
          a=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), cid=cid, uf=uf, cep=(g.cep(), "BR_CEP"), dec=P(dec.full), k=kin(g, dec.female),
          cpf=CPF(g.cpf()), t1=(g.phone(), "PHONE_NUMBER"), sl=(sl := g.pick(["", " / "])),
          t2=(g.phone(mobile=False), "PHONE_NUMBER") if sl else "", em=(g.email(dec), "EMAIL_ADDRESS"))
    if g.chance(0.5):
        doc.f("Endereço: «a», CEP «cep»\n", a=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"))
    else:
        doc.t("Endereço: o mesmo do falecido\n")
    doc.f("\n== SERVIÇOS ==\n1 urna «u» ............ R$ «m1»\n1 coroa de flores, faixa \"«fx»\" ............ R$ «m2»\n"
          "Tanatopraxia / ornamentação ............ R$ «m3»\nTranslado: veículo placa «pl», motorista «mot» (CNH «cnh»)\n"
          "Velório: «cap» do «cem», «dv» a partir das «hv»\nSepultamento: «cem», «grv»\n",
          u=g.pick(["sextavada verniz", "luxo com visor", "popular", "Imperial mogno"]), m1=g.money(900, 9000), m2=g.money(150, 900),
          fx=g.pick(["Saudades eternas", "Com amor, seus netos", "Descanse em paz", "Eterna saudade da família"]), m3=g.money(300, 2000),
          pl=(g.plate(), "LICENSE_PLATE"), mot=P(g.pick([mot.first, mot.short, mot.nick])), cnh=(g.cnh(), "BR_CNH"),
          cap=g.pick(["Capela 1", "Capela 2", "Sala Rosa", "Sala Vitória", "Capela Esperança"]), cem=g.pick(CEMITERIOS),
          dv=g.date("short"), hv=g.hm(), grv=g.grave())
    if g.chance(0.6):
        doc.f("Cobertura: «pl» (contrato «ct»), carência cumprida\n", pl=g.pick(PLANOS), ct=g.neg(11) if g.chance(0.5) else g.d(8))
    else:
        doc.f("Pagamento particular: «fp»\n", fp=g.pick(["Pix na chave CNPJ", "cartão em 3x", "dinheiro", "boleto 7 dias"]))
    doc.f("TOTAL: R$ «tot»\n\nDeclaro serem verdadeiras as informações.\n_______________________\n«sig»\n",
          tot=g.money(1500, 18000), sig=P(dec.caps))
    return doc


def at_contatos(g: Gen) -> Doc:
    """Family contact sheet exported from the funeral home's CRM (semicolon CSV) for the wake notice."""
    doc = Doc()
    fal = g.person()
    ag = g.person()
    doc.f("contatos_familia_OS«os».csv — exportado por «ag» em «d»\n# falecido(a): «fal» | velório «cap» | avisar horário do sepultamento\n",
          os=g.d(6), ag=P(g.pick([ag.short, ag.first])), d=g.date(), fal=P(fal.caps), cap=g.pick(["capela 3", "Sala Saudade", "capela Bom Jesus"]))
    rows = []
    for _ in range(g.ri(4, 6)):
        r = g.relative(fal) if g.chance(0.7) else g.person()
        nm = name_form(g, r, ["full", "full", "caps", "low", "short", "nick", "first"])
        em = (g.email(r), "EMAIL_ADDRESS") if g.chance(0.55) else V("")
        ph = (g.phone(g.pick(["par", "raw", "plain", "e164"])), "PHONE_NUMBER")
        obs = g.pick(["", "", "vem de " + g.city()[0], "não atende, mandar zap", "mandou coroa de flores",
                      "pediu rosa branca", "chega amanhã cedo", "idosa, precisa de cadeira de rodas",
                      "contato do " + g.pick(PLANOS), "ligar só depois das 18h", "avisar o " + g.pick(PT_M + RARE_M).split()[0]])
        row = [P(nm), V(kin(g, r.female) if g.chance(0.8) else g.pick(["amiga", "vizinho", "compadre", "ex-colega", "afilhada"])), ph, em, V(obs)]
        if obs.startswith("avisar o "):
            row[4] = (obs, None)
        rows.append(row)
    # the "avisar o X" note names a person: relabel it as a span
    doc2 = Doc()
    table_csv(doc2, ["nome", "parentesco", "telefone", "email", "obs"], rows, sep=";")
    base = len(doc.text)
    doc.text += doc2.text
    doc.spans += [{"start": s["start"] + base, "end": s["end"] + base, "label": s["label"]} for s in doc2.spans]
    for m in re.finditer(r";avisar o (\w+)\n", doc2.text):
        doc.spans.append({"start": base + m.start(1), "end": base + m.end(1), "label": "PERSON"})
    doc.f("# total enviado via WhatsApp Business: «n» · falhas: «k» (número inválido)\n", n=len(rows), k=g.ri(0, 2))
    return doc


def at_chat(g: Gen) -> Doc:
    """WhatsApp export: a relative asks the funeral plan's 24h line to collect the body."""
    doc = Doc()
    fal = g.person(female=g.chance(0.5))
    rel = g.relative(fal)
    att = g.person(female=True)
    d = g.date()
    ts = g.times(14, 0, 7 * 3600)
    sender = "name" if g.chance(0.3) else "phone"
    biz = g.pick(["Central 24h", "Plantão Funeral", "Atendimento Luto", "Central de Óbitos"])
    rel_ph = g.phone("plus")
    who = (rel.first, "PERSON") if sender == "name" else (rel_ph, "PHONE_NUMBER")
    i = iter(ts)
    doc.f("[«d» «t»] Bot Serenidade: Olá! Você está falando com a central 24h do «pl». Digite 1 para comunicar falecimento, 2 para 2ª via de boleto.\n",
          d=d, t=next(i), pl=g.pick(PLANOS))
    doc.f("[«d» «t»] «w»: 1\n[«d» «t2»] Bot Serenidade: Sentimos muito. Informe o CPF do titular do plano.\n[«d» «t3»] «w»: «cpf»\n",
          d=d, t=next(i), w=who, t2=next(i), t3=next(i), cpf=CPF(g.cpf(g.pick(["raw", "dot"]))))
    doc.f("[«d» «t»] Bot Serenidade: Encontramos o contrato «ct» em nome de «tit». Vou transferir para uma atendente.\n",
          d=d, t=next(i), ct=g.d(9), tit=P(fal.caps))
    doc.f("[«d» «t»] «a»: Bom dia, aqui é a «af», do plantão. Meus sentimentos. Quem está falando?\n"
          "[«d» «t2»] «w»: sou «r», «k» d«o» «fn». «el» faleceu agora de madrugada em casa\n",
          d=d, t=next(i), a=biz, af=P(att.first), w=who, t2=next(i), r=P(rel.full if g.chance(0.5) else rel.first),
          k=kin(g, rel.female), o="a" if fal.female else "o", fn=P(fal.first if g.chance(0.6) else fal.nick), el="ela" if fal.female else "ele")
    doc.f("[«d» «t»] «a»: «sr» já tem a declaração de óbito? O médico do SAMU ou da família precisa emitir. Qual o endereço para a remoção?\n"
          "[«d» «t2»] «w»: «ad», «b». cep «cep». o médico é o dr «m», ele tá vindo\n",
          d=d, t=next(i), a=biz, sr="A senhora" if rel.female else "O senhor", w=who, t2=next(i), ad=(g.address(g.pick(["low", "text"])), "ADDRESS"), b=g.pick(BAIRROS).lower(),
          cep=(g.cep(g.chance(0.7)), "BR_CEP"), m=P(g.person(female=False).short))
    doc.f("[«d» «t»] «a»: Certo. O carro sai em 40 min, placa «pl». Tem parcela em aberto de «mes» (R$ «v»), mas não impede o atendimento.\n"
          "[«d» «t2»] «w»: meu irmão «ir» vai esperar vcs, o cel dele é «ph»\n"
          "[«d» «t3»] «w»: <anexo: RG_«pn».jpg> o rg d«x» é «rg»\n",
          d=d, t=next(i), a=biz, pl=(g.plate(), "LICENSE_PLATE"), mes=g.pick(MONTHS), v=g.money(39, 160), w=who,
          t2=next(i), ir=P(g.relative(fal, False).first), ph=(g.phone(g.pick(["raw", "plain", "par"])), "PHONE_NUMBER"), t3=next(i),
          pn=fold(fal.first).lower(), x="ela" if fal.female else "ele", rg=(g.rg(), "BR_RG"))
    doc.f("[«d» «t»] «a»: Recebido. Protocolo «pr». Qualquer coisa é só chamar. Que Deus conforte a família.\n", d=d, t=next(i),
          a=biz, pr=g.protocol())
    return doc


def at_telecom(g: Gen) -> Doc:
    """E-mail thread: closing the mobile line and internet of a deceased subscriber."""
    doc = Doc()
    fal = g.person()
    rel = g.relative(fal)
    att = g.person()
    op = g.pick(["Aurora Telecom", "Vivaz Móvel", "LuzNet Fibra", "TIM", "Claro"])
    dom = fold(op.split()[0]).lower() + ".com.br"
    pr = g.protocol()
    line = g.phone(g.pick(["par", "plain", "dash"]))
    doc.f("De: «r» <«re»>\nPara: cancelamento@«dom»\nAssunto: Re: Cancelamento por óbito — linha «l» — protocolo «pr»\n\n",
          r=P(rel.full), re=(g.email(rel), "EMAIL_ADDRESS"), dom=dom, l=(line, "PHONE_NUMBER"), pr=pr)
    doc.f("Bom dia, «a».\n\nSegue de novo a certidão de óbito d«o» «fal» (matrícula «mat»). O CPF «x» é «cpf». "
          "Não quero portar nem transferir a linha, só cancelar e parar as cobranças, que continuam chegando no débito automático "
          "(ag. «ag», conta «cc»).\n\nMeu CPF é «mc» e meu celular «mt». Se precisarem, meu endereço é «ad», CEP «cep».\n\n«r»\n\n",
          a=P(att.first), o="a" if fal.female else "o", fal=P(fal.full), mat=g.matricula_civil(), x="dela" if fal.female else "dele",
          cpf=CPF(g.cpf()), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), mc=CPF(g.cpf()),
          mt=(g.phone(), "PHONE_NUMBER"), ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"), r=P(rel.first))
    doc.f("> Em «d», «a» <«ae»> escreveu:\n> Prezada(o), para encerrar o contrato «ct» precisamos da certidão legível\n"
          "> e de documento do solicitante. Multa de fidelidade não se aplica em caso de falecimento do titular\n"
          "> (Resolução Anatel 765/2023). Plano: «pl», fatura em aberto R$ «v».\n> Atenciosamente, Relacionamento «op»\n",
          d=g.date(), a=P(att.full), ae=(g.work_email(att, dom), "EMAIL_ADDRESS"), ct=g.neg(11), pl=g.pick(["Controle 25GB", "Fibra 500 Mega",
          "Pós Família 4 linhas"]), v=g.money(60, 400), op=op)
    if g.chance(0.9):
        doc.f("\n[nota interna] IP do último acesso ao app: «ip» em «d2». Titularidade NÃO transferida; «n» aprovou o cancelamento sem multa.\n",
              ip=(g.ip(), "IP_ADDRESS"), d2=g.date(), n=P(g.person().short))
    return doc


def at_screen(g: Gen) -> Doc:
    """ALL CAPS screen of a funeral-plan system: holder, dependants, card for recurring billing, instalments."""
    doc = Doc()
    tit = g.person()
    us = g.person()
    cid, uf = g.city()
    doc.f("SISFUN 4.2 - CONSULTA DE CONTRATO                       USUARIO: «u»   «d» «h»\n"
          "CONTRATO: «ct»   PLANO: «pl»   SITUACAO: «st»\n\n"
          "TITULAR.....: «nm»\nCPF.........: «cpf»   RG: «rg»\nDT NASC.....: «dob»   DT ADESAO: «da»\n"
          "ENDERECO....: «ad»\nBAIRRO......: «b»   CIDADE: «c»   UF: «uf»   CEP: «cep»\nFONE........: «f1»   CEL: «f2»\n",
          u=fold(us.first[0] + us.last).lower().replace(" ", "")[:10], d=g.date(), h=g.hm(), ct=f"{g.d(3)}.{g.d(3)}.{g.d(3)}",
          pl=fold(g.pick(PLANOS)).upper(), st=g.pick(["ATIVO - OBITO TITULAR", "SUSPENSO - INADIMPLENTE", "ATIVO - OBITO DEPENDENTE"]),
          nm=P(tit.caps), cpf=CPF(g.cpf()), rg=(g.rg(), "BR_RG"), dob=(g.dob("br"), "DATE_OF_BIRTH"), da=g.date("br", g.ri(2005, 2022)),
          ad=(g.address("caps"), "ADDRESS"), b=fold(g.pick(BAIRROS)).upper(), c=fold(cid).upper(), uf=uf, cep=(g.cep(), "BR_CEP"),
          f1=(g.phone("par", mobile=False), "PHONE_NUMBER"), f2=(g.phone("par"), "PHONE_NUMBER"))
    doc.t("\nDEPENDENTES\nSEQ NOME                                   PARENT   DT NASC     CPF              SIT\n")
    for k in range(g.ri(2, 5)):
        dp = g.relative(tit)
        nm = dp.caps
        doc.f("«k»  ", k=f"{k + 1:02d}").cell(nm, 38, "PERSON").t(" ").cell(fold(kin(g, dp.female)).upper()[:8], 8).t(" ")
        doc.cell(g.dob("br", lo=1935, hi=2015), 11, "DATE_OF_BIRTH").t(" ")
        if g.chance(0.75):
            doc.cell(g.cpf("dot"), 16, "BR_CPF")
        else:
            doc.cell("", 16)
        doc.f(" «s»\n", s=g.pick(["ATIVO", "ATIVO", "OBITO", "EXCLUIDO"]))
    if g.chance(0.5):
        doc.f("\nCOBRANCA: CARTAO CREDITO RECORRENTE  NUM: «cc»  VAL: «v»  TITULAR CARTAO: «ct»\n",
              cc=(g.card(), "CREDIT_CARD"), v=f"{g.ri(1, 12):02d}/{g.ri(26, 31)}", ct=P(g.relative(tit).caps))
    else:
        doc.f("\nCOBRANCA: DEBITO AUTOMATICO  BCO: «b»  AG: «ag»  CC: «cc»  (CARTAO ANTERIOR «m» CANCELADO)\n",
              b=g.pick(BANKS)[0], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), m=g.masked_card())
    doc.t("\nPARCELAS  REF      VENCTO      VALOR      SITUACAO\n")
    val = g.money(39, 190)
    for k in range(g.ri(3, 5)):
        doc.f("          «r»  «v»  «m»  «s»\n", r=f"{g.ri(1, 12):02d}/2025", v=g.date(), m=val.rjust(9),
              s=g.pick(["PAGA", "PAGA", "EM ABERTO", "ESTORNADA"]))
    doc.f("\nOBS: «o» - ATEND. «a»\nF3=OBITO  F5=2A VIA  F7=DEPENDENTES  F12=SAIR\n",
          o=g.pick(["FAMILIA SOLICITOU ACIONAMENTO DO PLANO EM ", "TITULAR FALECEU EM ", "OBITO COMUNICADO PELA FILHA EM "]) + g.date(),
          a=P(fold(us.short).upper()))
    return doc


def at_luto(g: Gen) -> Doc:
    """E-mail of a grief-support group's facilitator with the new participants' table."""
    doc = Doc()
    psi = g.person()
    coord = g.person()
    grp = g.pick(["Grupo Aurora de Apoio ao Luto", "Roda da Saudade", "Grupo Esperança — luto parental", "Grupo Flor de Lótus"])
    doc.f("De: «p» <«pe»>\nPara: «c» <«ce»>\nCc: acolhimento@memorialesperanca.org.br\nAssunto: «grp» — novos participantes (turma de «m»)\n\n"
          "Oi, «cf»,\n\nSeguem os inscritos desta turma. Os encontros são às «dia», das 19h às 20h30, na sala 2 (a da luz natural). "
          "Combinei com cada um a ficha de acolhimento; os telefones são para o lembrete da véspera.\n\n",
          p=P(psi.full), pe=(g.email(psi), "EMAIL_ADDRESS"), c=P(coord.full), ce=(g.work_email(coord, "memorialesperanca.org.br"), "EMAIL_ADDRESS"),
          grp=grp, m=g.pick(MONTHS), cf=P(coord.first), dia=g.pick(["terças", "quartas", "quintas", "segundas"]))
    rows = []
    for _ in range(g.ri(3, 5)):
        pa = g.person()
        lost = g.relative(pa)
        rows.append([P(name_form(g, pa, ["full", "full", "short"])), (g.phone(), "PHONE_NUMBER"),
                     (g.email(pa), "EMAIL_ADDRESS") if g.chance(0.6) else V("—"),
                     V(g.pick(["esposa", "filha", "mãe", "irmã", "neta"] if lost.female else ["esposo", "filho", "pai", "irmão", "neto"]) + " ("),
                     P(lost.first) if g.chance(0.2) else V("—"), V(")"),
                     V(g.date("short"))])
    doc.t("| participante | telefone | e-mail | perda | desde |\n|---|---|---|---|---|\n")
    for r in rows:
        doc.t("| ").e(*r[0]).t(" | ").e(*r[1]).t(" | ").e(*r[2]).t(" | ").t(r[3][0]).e(*r[4]).t(r[5][0]).t(" | " + r[6][0] + " |\n")
    doc.f("\nUma participante pediu para não receber mensagens no grupo de WhatsApp; lembrete só por SMS.\nSobre a fala de ontem: não é sobre a vitória contra a dor, é sobre conviver com a saudade.\n\n"
          "Abraço,\n«p»\nPsicóloga(o) — «crp»\n«pt»\n",
          p=P(psi.first),
          crp=(g.council("CRP"), "PROFESSIONAL_ID"), pt=(g.phone(), "PHONE_NUMBER"))
    return doc


def at_crema(g: Gen) -> Doc:
    """Fixed-width daily schedule of a crematorium."""
    doc = Doc()
    cr = g.pick(CREMATORIOS)
    doc.f("«cr»\nAGENDA DE CREMAÇÕES — «d»                       emitido por: «u»\n\n", cr=fold(cr).upper(), d=g.date(), u=f"op{g.d(3)}")
    rows = []
    for h in g.times(g.ri(3, 5), 7 * 3600, 18 * 3600):
        f = g.person()
        r = g.relative(f)
        rows.append([V(h), P(f.caps if g.chance(0.7) else f.inverted), (g.dob("br"), "DATE_OF_BIRTH"), V(fold(company(g)).upper()[:22]),
                     P(fold(r.short).upper()), (g.rg(), "BR_RG") if g.chance(0.8) else (g.cpf(), "BR_CPF"), (g.phone("plain"), "PHONE_NUMBER"),
                     (g.plate(), "LICENSE_PLATE")])
    table_fixed(doc, [("HORA", 5), ("FALECIDO", 32), ("NASC", 10), ("FUNERARIA", 22), ("RESPONSAVEL", 20), ("DOC RESP", 14), ("TELEFONE", 14),
                      ("VEICULO", 8)], rows)
    op1, op2 = g.person(), g.person()
    doc.f("\nForno 1: operador «o1»  | Forno 2: manutenção preventiva\nConferência de documentação (DO, autorização judicial ou declaração de vontade): «o2»\n"
          "Cinzas liberadas em até 48h; retirada somente pelo responsável com documento com foto.\n", o1=f"op{g.d(3)}", o2=P(op2.full) if g.chance(0.3) else f"op{g.d(3)}")
    if g.chance(0.5):
        doc.f("Obs: família do horário «h» pediu cerimônia com luz de velas e «w».\n", h=rows[0][0][0], w=g.pick(["música", "pétalas de rosa", "oração ecumênica"]))
    return doc


# =========================================================================== juridico


def qualif(g: Gen, p: Person, doc: Doc, rg: bool = True, addr: bool = True, dob: bool = False, email: bool = False,
           ec: str | None = None) -> None:
    """Notarial qualification of a party, in prose, appended to doc."""
    nat = "brasileira" if p.female else "brasileiro"
    ec = ec or g.pick(["casada", "solteira", "divorciada"] if p.female else ["casado", "solteiro", "divorciado"])
    prof = g.pick(["aposentada", "professora", "comerciante", "do lar", "enfermeira", "servidora pública"] if p.female
                  else ["aposentado", "engenheiro", "comerciante", "motorista", "agricultor", "servidor público"])
    doc.f("«n», «nat», «ec», «prof», ", n=P(p.full if g.chance(0.6) else p.caps), nat=nat, ec=ec, prof=prof)
    if dob:
        doc.f("nascid«o» em «d», ", o=p.o, d=(g.dob(g.pick(["long", "br", "words"]), 1940, 1995), "DATE_OF_BIRTH"))
    if rg:
        doc.f("portador«a» da cédula de identidade RG nº «rg»-«org», ", a="a" if p.female else "", rg=(g.rg(), "BR_RG"),
              org=g.pick(["SSP/SP", "SSP/SP", "IIRGD/SP"]))
    doc.f("inscrit«o» no CPF/MF sob o nº «cpf»", o=p.o, cpf=CPF(g.cpf("dot")))
    if email:
        doc.f(", endereço eletrônico «e»", e=(g.email(p), "EMAIL_ADDRESS"))
    if addr:
        c, uf = g.city()
        doc.f(", residente e domiciliad«o» na «a», «b», em «c»/«uf», CEP «cep»", o=p.o, a=(g.address("deed"), "ADDRESS"),
              b=g.pick(BAIRROS), c=c, uf=uf, cep=(g.cep(), "BR_CEP"))


def ju_escritura(g: Gen) -> Doc:
    """Notarial deed of extrajudicial inventory and partilha (Lei 11.441/2007), long prose."""
    doc = Doc()
    tab = g.person()
    esc = g.person()
    adv = g.person()
    fal = g.person(female=g.chance(0.4))
    c, uf = g.city()
    heirs = [g.relative(fal) for _ in range(g.ri(2, 3))]
    livro, fl = g.ri(800, 4200), g.ri(1, 399)
    doc.f("«uf0»º TABELIÃO DE NOTAS DE «cid»\nLivro «l» — Folhas «fl»/«fl2»\n\nESCRITURA PÚBLICA DE INVENTÁRIO E PARTILHA DOS BENS DEIXADOS POR "
          "FALECIMENTO DE «fc»\n\nSAIBAM quantos esta virem que, aos «dd», nesta cidade e comarca de «c», Estado de «uf», perante mim, "
          "«esc», escrevente autorizad«eo» pelo Tabelião «tab», compareceram as partes entre si justas e contratadas, a saber: ",
          uf0=g.ri(1, 12), cid=fold(c).upper(), l=livro, fl=fl, fl2=fl + 3, fc=P(fal.caps), dd=g.date("long"), c=c, uf=uf,
          esc=P(esc.full), eo=esc.o, tab=P(tab.full))
    viuv = None
    if g.chance(0.6):
        viuv = g.person(female=not fal.female)
        viuv = Person(viuv.given, viuv.surnames[:1] + [fal.last], viuv.female)
        doc.t("como viúv" + viuv.o + " meeir" + viuv.o + ", ")
        qualif(g, viuv, doc, dob=g.chance(0.4), ec="viúva" if viuv.female else "viúvo")
        doc.t("; e como herdeiros filhos: ")
    else:
        doc.t("como herdeiros: ")
    for k, h in enumerate(heirs):
        if k:
            doc.t("; ")
        doc.f("(«k») ", k=k + 1)
        qualif(g, h, doc, rg=g.chance(0.7), addr=g.chance(0.7), email=g.chance(0.3))
    doc.f("; todos assistidos pel«o» advogad«o» «adv», inscrit«o» na «oab», com escritório na Rua «rua», nº «n», nesta cidade.\n\n"
          "PRIMEIRO — DO AUTOR DA HERANÇA: «fal», que era «nat», «ec», nascid«fo» em «dob», «fil»portador«fa» do RG nº «rg» "
          "e do CPF nº «cpf», faleceu em «dobt», em «c»/«uf», conforme certidão de óbito matrícula «mat», lavrada pelo Oficial de Registro "
          "Civil das Pessoas Naturais local, tendo como último domicílio a «ad». Não deixou testamento, conforme certidão negativa da CENSEC.\n\n",
          o=adv.o, adv=P(adv.full), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"), rua=g.pick(["Barão de Mauá", "Quinze de Novembro", "Frei Caneca"]),
          n=g.ri(10, 999), fal=P(fal.full), nat="brasileira" if fal.female else "brasileiro",
          ec="casada" if (viuv and fal.female) else ("casado" if viuv else g.pick(["viúva", "divorciada"] if fal.female else ["viúvo", "divorciado"])),
          fo=fal.o, fa="a" if fal.female else "", dob=(g.dob(g.pick(["long", "words", "br"])), "DATE_OF_BIRTH"),
          fil="", rg=(g.rg(), "BR_RG"), cpf=CPF(g.cpf("dot")),
          dobt=g.date("long", 2024), c=c, uf=uf, mat=g.matricula_civil(), ad=(g.address("deed"), "ADDRESS"))
    total = g.ri(180000, 1900000)
    doc.f("SEGUNDO — DOS BENS: (a) imóvel residencial objeto da matrícula nº «m» do «ri»º Registro de Imóveis, avaliado em R$ «v1»; "
          "(b) veículo «vei», placa «pl», RENAVAM «ren», avaliado em R$ «v2»; (c) saldo em conta-corrente nº «cc», agência «ag», do «bco», "
          "no valor de R$ «v3», na data do óbito.\n\n",
          m=f"{g.ri(10, 250)}.{g.d(3)}", ri=g.ri(1, 18), v1=g.money(150000, 900000), vei=g.pick(["VW/Gol 1.0", "Fiat/Strada", "Chevrolet/Onix",
          "Toyota/Corolla XEi", "Honda/CG 160"]), pl=(g.plate(), "LICENSE_PLATE"), ren=g.neg(11),
          v2=g.money(15000, 90000), cc=(g.account(), "BANK_ACCOUNT"), ag=(g.agency(), "BANK_ACCOUNT"), bco=g.pick(BANKS)[1],
          v3=g.money(1000, 150000))
    doc.f("TERCEIRO — DA PARTILHA: «meac»o monte partível de R$ «tot» é partilhado em partes iguais entre os herdeiros, cabendo a cada um "
          "o quinhão de «q»%.\n\nQUARTO — DO IMPOSTO: foi recolhido o ITCMD no valor de R$ «it», conforme declaração nº «dec» e guia "
          "DARE «dare», nos termos da Lei Estadual 10.705/2000. Nomeiam inventariante o(a) primeiro(a) herdeiro(a) acima qualificado(a), com poderes para «pod».\n\n",
          meac="à meeira cabe a metade ideal dos bens; " if viuv else "", tot=f"{total:,}".replace(",", ".") + ",00",
          q=f"{100 / len(heirs):.2f}".replace(".", ","), it=g.money(3000, 60000), dec=g.d(8), dare=g.neg(11) if g.chance(0.5) else g.d(13),
          pod=g.pick(["levantar os saldos bancários", "transferir o veículo junto ao DETRAN", "outorgar a escritura de venda"]))
    doc.f("Lida em voz alta, acharam-na conforme, aceitam e assinam. Eu, «esc», a lavrei. Eu, «tab», Tabeli«ta», a subscrevo.\n"
          "Emolumentos: R$ «e». Selo digital «s».\n",
          esc=P(esc.short), tab=P(tab.short), ta="ã" if tab.female else "ão", e=g.money(1500, 9000), s=f"{g.d(6)}{g.pick('ABCDE')}{g.hexs(6).upper()}")
    return doc


def ju_peticao(g: Gen) -> Doc:
    """Petition opening a judicial inventory (arrolamento), with the heirs' list and first statement."""
    doc = Doc()
    fal = g.person()
    req = g.relative(fal)
    adv = g.person()
    adv2 = g.person()
    c, uf = g.city()
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) DOUTOR(A) JUIZ(A) DE DIREITO DA «v»ª VARA DE FAMÍLIA E SUCESSÕES DA COMARCA DE «cid»/«uf»\n\n"
          "Distribuição por dependência ao processo nº «cnj»\n\n", v=g.ri(1, 6), cid=fold(c).upper(), uf=uf, cnj=g.cnj())
    doc.f("«req», «nat», «ec», inscrit«o» no CPF sob nº «cpf», RG «rg», residente na «ad», CEP «cep», telefone «tel», e-mail «em», "
          "por seus advogados que esta subscrevem (procuração anexa), vem, respeitosamente, requerer a ABERTURA DE INVENTÁRIO, pelo rito do "
          "ARROLAMENTO SUMÁRIO (arts. 659 e seguintes do CPC), dos bens deixados por «fal» (CPF «fcpf»), falecid«fo» em «dt», "
          "conforme certidão de óbito anexa (doc. 3), pelos fatos a seguir.\n\n",
          req=P(req.caps), nat="brasileira" if req.female else "brasileiro", ec=g.pick(["casada", "divorciada"] if req.female else ["casado", "solteiro"]),
          o=req.o, cpf=CPF(g.cpf()), rg=(g.rg(), "BR_RG"), ad=(g.address("deed"), "ADDRESS"), cep=(g.cep(), "BR_CEP"),
          tel=(g.phone(), "PHONE_NUMBER"), em=(g.email(req), "EMAIL_ADDRESS"), fal=P(fal.caps), fcpf=CPF(g.cpf()), fo=fal.o, dt=g.date("br", 2024))
    doc.f("I — DOS HERDEIROS\n\nO(A) autor(a) da herança era «ec» e deixou os seguintes herdeiros:\n", ec=g.pick(["viúvo(a)", "divorciado(a)", "casado(a) sob o regime da comunhão parcial"]))
    for k in range(g.ri(2, 4)):
        h = g.relative(fal) if k else req
        minor = k > 0 and g.chance(0.2)
        wrg = g.chance(0.5)
        doc.f("  «k») «n» — «rel», nascid«o» em «dob», «rgl»«rg»«rgs»CPF «cpf»«x»\n", k="abcd"[k], n=P(h.full), o=h.o,
              rel=g.pick(["filha", "filha", "neta (por representação)", "companheira"] if h.female else ["filho", "filho", "neto (por representação)", "companheiro"]),
              rgl="RG " if wrg else "", rg=(g.rg(), "BR_RG") if wrg else "", rgs=", " if wrg else "",
              dob=(g.dob(g.pick(["br", "br", "long"]), *((2008, 2016) if minor else (1955, 2000))), "DATE_OF_BIRTH"), cpf=CPF(g.cpf()),
              x=" (menor, representad" + h.o + " pela genitora)" if minor else g.pick(["", "", " (reside no exterior)", " (renunciante, termo nos autos)"]))
    doc.t("\nII — DOS BENS\n\n")
    k = g.ri(0, 2)
    if k == 0:
        doc.f("Imóvel na «t» «n», matrícula «m», valor venal R$ «v» (imóvel de família, não residencial).\n",
              t=g.pick(STREET_TYPES), n=g.pick(STREET_NAMES), m=g.ri(1000, 99999), v=g.money(90000, 700000))
    elif k == 1:
        doc.f("Saldo de FGTS e PIS do falecido (R$ «v») e o veículo placa «pl», RENAVAM «r».\n", v=g.money(1000, 40000),
              pl=(g.plate(), "LICENSE_PLATE"), r=g.neg(11))
    else:
        doc.t("Cotas da sociedade Haddad & Leão Comércio Ltda e aplicações financeiras.\n")
    doc.f("\nIII — DO PEDIDO\n\nRequer a nomeação d«o» requerente como inventariante, independentemente de termo "
          "(art. 660, I, CPC); a expedição de ofício ao «bco» para informar saldo da agência «ag», conta «cc»; e a intimação da Fazenda "
          "Estadual quanto ao ITCMD. Dá-se à causa o valor de R$ «v».\n\nTermos em que pede deferimento.\n«cid», «d».\n\n",
          o=req.o, bco=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), v=g.money(50000, 900000),
          cid=c, d=g.date("long"))
    doc.f("«a1»\n«o1»\n«a2»\n«o2»\n", a1=P(adv.full), o1=(g.council("OAB", uf), "PROFESSIONAL_ID"), a2=P(adv2.full),
          o2=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    return doc


def ju_certidao(g: Gen) -> Doc:
    """A death certificate (inteiro teor) transcribed by the notary's clerk for the inventory file."""
    doc = Doc()
    fal = g.person()
    dec = g.relative(fal)
    med = g.person()
    ofi = g.person()
    c, uf = g.city()
    c1, i1 = cause(g)
    c2, i2 = cause(g)
    caps = g.chance(0.5)
    up = (lambda s: fold(s).upper()) if caps else (lambda s: s)
    yy = g.ri(1926, 1975)
    doc.f(up("República Federativa do Brasil\nRegistro Civil das Pessoas Naturais\nCertidão de Óbito — inteiro teor (transcrição)\n\n"))
    doc.f(up("Nome: ") + "«n»\n" + up("CPF: ") + "«cpf»\n" + up("Matrícula: ") + "«mat»\n\n", n=P(fal.caps if caps else fal.full),
          cpf=CPF(g.cpf()) if g.chance(0.85) else "NÃO CONSTA", mat=g.matricula_civil())
    doc.f(up("Sexo: ") + "«s»   " + up("Cor: ") + "«cor»   " + up("Estado civil e idade: ") + "«ec», «id» anos\n"
          + up("Naturalidade: ") + "«nat»   " + up("Documento de identificação: RG ") + "«rg»   " + up("Eleitor: ") + "«el»\n"
          + up("Filiação: ") + "«pai» e «mae»\n" + up("Data de nascimento: ") + "«dob»\n",
          s=up("feminino" if fal.female else "masculino"), cor=up(g.pick(["branca", "parda", "preta", "amarela", "indígena"])),
          ec=up(g.pick(["viúva", "casada", "solteira"] if fal.female else ["viúvo", "casado", "solteiro"])), id=2024 - yy - 1,
          nat=up("/".join(g.city())), rg=(g.rg(), "BR_RG"), el=up(g.pick(["sim", "sim", "não"])),
          pai=P(up(g.person(female=False).full)), mae=P(up(g.person(female=True).full)),
          dob=(fmt_date(g.ri(1, 28), g.ri(1, 12), yy, g.pick(["br", "caps" if caps else "long"])), "DATE_OF_BIRTH"))
    doc.f(up("Data e hora do falecimento: ") + "«d» «h»\n" + up("Local do falecimento: ") + "«loc»\n"
          + up("Causa da morte: ") + "«c1»; «c2»\n" + up("Nome e CRM do médico: ") + "«med», «crm»\n"
          + up("Sepultamento/cremação: ") + "«cem»\n" + up("Declarante: ") + "«dec»\n"
          + up("Observações: ") + "«obs»\n\n",
          d=up(g.date("long", 2024)), h=g.hm(), loc=up(g.pick(["Hospital Santa Rosa", "Residência", "Hospital Regional Vitória", "UPA Bento Ribeiro"])),
          c1=up(c1), c2=up(c2), med=P(up(med.full)), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          cem=up(g.pick(CEMITERIOS + CREMATORIOS)), dec=P(up(dec.full)),
          obs=up(g.pick(["deixou bens e filhos maiores", "deixou bens; não deixou testamento conhecido", "era aposentado(a) pelo INSS",
                         "deixou três filhos: ", "vivia em união estável com "])))
    for w in ("filhos: ", "FILHOS: ", "com ", "COM "):
        if doc.text.endswith(w + "\n\n"):
            doc.text = doc.text[:-2]
            names = [g.relative(fal) for _ in range(3 if "ilhos" in w else 1)]
            for k, n in enumerate(names):
                if k:
                    doc.t(", " if k < len(names) - 1 else up(" e "))
                doc.e(up(n.first if "ilhos" in w else n.full), "PERSON")
            doc.t("\n\n")
    doc.f(up("O referido é verdade e dou fé. ") + "«c»/«uf», «d». «o», «f»\n" + up("Selo: ") + "«cf»\n",
          c=up(c), uf=uf, d=g.date(), o=P(up(ofi.full)), f=up(g.pick(["Oficial", "Oficiala Substituta", "Escrevente Autorizado"])),
          cf=f"{g.pick('ABCDEFGH')}{g.d(3)}{g.hexs(4).upper()}")
    return doc


def ju_itcmd(g: Gen) -> Doc:
    """ITCMD declaration: export of the state tax portal (CSV) for a causa mortis transfer."""
    doc = Doc()
    fal = g.person()
    dec = g.person()
    doc.f("SEFAZ — ITCMD Causa Mortis — Declaração nº «n»\nData da declaração: «d»\nDe cujus: «fal»;CPF «cpf»;óbito «do»\n"
          "Declarante: «dec» («o») — «de»\nTransmitida de «ip»\n\n", de=(g.email(dec), "EMAIL_ADDRESS"), ip=(g.ip(), "IP_ADDRESS"), n=g.d(8), d=g.date(), fal=P(fal.caps), cpf=CPF(g.cpf("raw")), do=g.date("br", 2024),
          dec=P(dec.full), o=(g.council("OAB"), "PROFESSIONAL_ID"))
    rows = []
    nh = g.ri(3, 5)
    for k in range(nh):
        h = g.relative(fal)
        rows.append([V(k + 1), P(h.caps), V(g.pick(["HERDEIRO", "HERDEIRO", "MEEIRO", "LEGATARIO"])), CPF(g.cpf("raw")),
                     (g.dob("br", 1950, 2005), "DATE_OF_BIRTH"), V(g.pick(["SP", "MG", "PR", "EXTERIOR"])),
                     V(f"{100 / nh:.2f}".replace(".", ",")), V(g.money(20000, 400000).replace(".", "")), V(g.money(800, 16000).replace(".", ""))])
    table_csv(doc, ["seq", "nome", "qualidade", "cpf", "dt_nasc", "uf_dom", "pct_quinhao", "valor_recebido", "itcmd_devido"], rows, sep=";")
    doc.f("\nBens: «b»\nGuia DARE nº «dare» — vencimento «v» — paga em «p».\nCertidão de homologação retirada por «t» (inventariante).\n",
          b=g.pick(["IMOVEL URBANO (IPTU " + g.d(3) + "." + g.d(3) + "." + g.d(4) + "-" + g.d(1) + "); VEICULO; SALDO BANCARIO",
                    "QUOTAS SOCIAIS DE LEAO & QUEIROGA LTDA; APLICACAO CDB",
                    "IMOVEL RURAL (CCIR " + g.neg(11) + "); SEMOVENTES"]),
          dare=g.neg(11) if g.chance(0.6) else g.d(13), v=g.date(), p=g.date(), t=P(g.person().full))
    return doc


def ju_exumacao(g: Gen) -> Doc:
    """Request to the municipal cemetery administration for exhumation and transfer of remains, with the dispatch."""
    doc = Doc()
    req = g.person()
    fal = g.relative(req)
    tit = g.relative(req)
    srv = g.person()
    c, uf = g.city()
    cem = g.pick(CEMITERIOS)
    caps = g.chance(0.3)
    doc.f("ILMO(A). SR(A). ADMINISTRADOR(A) DO «cem» — SERVIÇO FUNERÁRIO MUNICIPAL DE «cid»\n\nREQUERIMENTO DE EXUMAÇÃO E TRASLADO DE RESTOS MORTAIS\n\n",
          cem=fold(cem).upper(), cid=fold(c).upper())
    doc.f("Requerente: «n»\nCPF: «cpf»    RG: «rg»\nNascimento: «dob»\nEndereço: «ad» — «b» — CEP «cep»\nTelefone: «t»    E-mail: «e»\n"
          "Grau de parentesco com o sepultado: «k»\n\n",
          n=P(req.caps if caps else req.full), cpf=CPF(g.cpf()), rg=(g.rg(), "BR_RG"), dob=(g.dob("br", 1950, 1995), "DATE_OF_BIRTH"),
          ad=(g.address("caps" if caps else "text"), "ADDRESS"), b=g.pick(BAIRROS), cep=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"),
          e=(g.email(req), "EMAIL_ADDRESS"), k=kin(g, req.female))
    ds = g.ri(2015, 2022)
    doc.f("Venho requerer a exumação dos restos mortais de «f», sepultad«o» em «ds» na «gr» deste cemitério, concessão perpétua "
          "título nº «tn» em nome de «tit» (falecid«to»), e o traslado para «dest», tendo em vista «mot».\n\n"
          "Declaro ciência de que a exumação só ocorre após «anos» anos do sepultamento, salvo ordem judicial, e de que as taxas (R$ «v») "
          "são pagas antecipadamente. A remoção será feita pela empresa «fun», CNPJ «cnpj», veículo placa «pl», motorista habilitado CNH nº «cnh».\n\n«c», «d».\n\n_____________________\n«sig»\n\n",
          f=P(fal.full), o=fal.o, ds=fmt_date(g.ri(1, 28), g.ri(1, 12), ds, "br"), gr=g.grave(), tn=f"{g.d(4)}/{g.ri(1970, 2010)}",
          tit=P(tit.full), to=tit.o, dest=g.pick(["o ossuário da família no " + g.pick(CEMITERIOS), "cremação dos restos no " + g.pick(CREMATORIOS),
                                                    "o jazigo da família em " + g.city()[0]]),
          mot=g.pick(["a mudança da família para outro estado", "o vencimento da concessão temporária", "o desejo de reunir os restos dos pais",
                      "a reforma do jazigo"]), anos=g.pick([3, 3, 5]), v=g.money(180, 1400), fun=company(g), cnpj=(g.cnpj(), "BR_CNPJ"),
          pl=(g.plate(), "LICENSE_PLATE"), cnh=(g.cnh(), "BR_CNH"), c=c, d=g.date("long"), sig=P(req.full))
    doc.f("—— DESPACHO ——\nProtocolo «p». Verificado no livro de registro de sepultamentos (Livro «l», fls. «fl»): «ok». "
          "«dec» Agende-se com a equipe de sepultadores e a funerária. Comunique-se o requerente pelo telefone informado.\n«srv» — matrícula «mat» — «dd»\n",
          p=g.protocol(), l=g.ri(10, 99), fl=g.ri(1, 300), ok=g.pick(["confere", "confere, com averbação de transferência da concessão",
                                                                       "há divergência na quadra, corrigida"]),
          dec=g.pick(["DEFIRO a exumação para o dia " + g.date() + ", às 7h.", "INDEFIRO por ora: prazo legal não cumprido; "
                      "apresentar alvará judicial (processo " + g.cnj() + ")."]),
          srv=P(srv.full), mat=g.d(6), dd=g.date())
    return doc


def ju_email(g: Gen) -> Doc:
    """E-mail thread between a probate lawyer's office and the heirs (documents, bank data for the partilha)."""
    doc = Doc()
    adv = g.person()
    est = g.person(female=True)
    fal = g.person()
    h1 = g.relative(fal)
    h2 = g.relative(fal)
    h3 = g.relative(fal)
    firm = g.pick(["Leão & Queiroga Advogados", "Bonfim Sucessões", "Prudente, Haddad e Rolim Advocacia", "Gadelha Advogados Associados"])
    dom = fold(firm.split()[0]).lower().strip(",") + "adv.com.br"
    doc.f("De: «h» <«he»>\nPara: «a» <«ae»>\nAssunto: RE: Inventário extrajudicial — espólio de «fal» — documentos\n\n",
          h=P(h1.full), he=(g.email(h1), "EMAIL_ADDRESS"), a=P(adv.full), ae=(g.work_email(adv, dom), "EMAIL_ADDRESS"),
          fal=P(fal.full))
    doc.f("Dr«x». «af», boa tarde.\n\nSeguem os dados que faltavam para a minuta (vou mandar as certidões de casamento por malote):\n\n"
          "- «n2»: CPF «c2», RG «r2», «ec2», mora na «a2», CEP «p2». Celular «t2».\n"
          "- «n3» (mora em «cid»): CPF «c3», nascid«o3» em «d3». E-mail «e3».\n\n"
          "Para receber o quinhão, todos concordaram em usar a minha conta: «bco», agência «ag», conta «cc». "
          "Se for por Pix, a chave é «pix».\n\n",
          x="a" if adv.female else "", af=P(adv.first), n2=P(h2.full), c2=CPF(g.cpf()), r2=(g.rg(), "BR_RG"),
          ec2=g.pick(["casada", "solteira"] if h2.female else ["casado", "solteiro"]), a2=(g.address(), "ADDRESS"), p2=(g.cep(), "BR_CEP"),
          t2=(g.phone(), "PHONE_NUMBER"), n3=P(h3.first), cid=g.city()[0], c3=CPF(g.cpf()), o3=h3.o,
          d3=(g.dob(g.pick(["br", "nopad", "long"]), 1950, 2000), "DATE_OF_BIRTH"), e3=(g.email(h3), "EMAIL_ADDRESS"),
          bco=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), pix=(g.uuid(), "PIX_KEY"))
    doc.f("Sobre o carro do pai (placa «pl»), o «n3b» quer ficar com ele e compensar a gente na partilha. Seria prudente já colocar isso na escritura?\n\n"
          "Obrigad«o1»,\n«h1f»\n\n",
          pl=(g.plate(), "LICENSE_PLATE"), n3b=P(g.pick([h2.first, h2.nick])), o1=h1.o, h1f=P(h1.first))
    doc.f("-----Mensagem original-----\nDe: «ae»\nEnviada em: «d»\n\nPrezados herdeiros,\n\nConforme a Lei 11.441/2007 e a "
          "Resolução CNJ 35/2007, o inventário pode ser feito em cartório porque todos são maiores, capazes e concordes, e não há testamento. "
          "Precisamos de: certidão de óbito, certidão negativa de testamento (CENSEC), documentos de todos, matrícula atualizada do imóvel e "
          "extratos na data do óbito. A «es» vai conferir tudo e agendar a assinatura no «tab»º Tabelionato.\n\n"
          "Honorários conforme contrato (R$ «hon» ou «pct»% do monte, o que for maior).\n\n«a2»\n«oab»\n«firm»\nTel. «tel»\n",
          ae=(g.work_email(adv, dom), "EMAIL_ADDRESS"), d=g.date() + " " + g.hm(), es=P(est.first), tab=g.ri(1, 9),
          hon=g.money(5000, 30000), pct=g.pick([4, 5, 6, 8]), a2=P(adv.full), oab=(g.council("OAB"), "PROFESSIONAL_ID"), firm=firm,
          tel=(g.phone(mobile=False), "PHONE_NUMBER"))
    return doc


def ju_sirc(g: Gen) -> Doc:
    """Fixed-width monthly return of a civil-registry office to the SIRC (deaths registered)."""
    doc = Doc()
    c, uf = g.city()
    ofi = g.person()
    doc.f("SIRC — SISTEMA NACIONAL DE INFORMAÇÕES DE REGISTRO CIVIL\nREMESSA DE ÓBITOS — SERVENTIA CNS «sv» — «cid»/«uf»\n"
          "COMPETÊNCIA «comp»   LOTE «lote»   RESPONSÁVEL: «ofi»\n\n",
          sv=f"{g.d(2)}.{g.d(3)}-{g.d(1)}", cid=fold(c).upper(), uf=uf, comp=f"{g.ri(1, 12):02d}/2025", lote=g.d(9), ofi=P(fold(ofi.full).upper()))
    rows = []
    for _ in range(g.ri(3, 5)):
        f = g.person()
        m = g.person(female=True)
        rows.append([V(f"C{g.ri(10, 250)}/{g.ri(1, 300)}/{g.d(6)}"), P(f.caps), (g.dob("br"), "DATE_OF_BIRTH"),
                     P(fold(m.full).upper()) if g.chance(0.7) else V("IGNORADA"),
                     CPF(g.cpf("raw")) if g.chance(0.85) else V(""), (g.pis("raw"), "BR_PIS") if g.chance(0.6) else V(""),
                     (g.titulo(False), "BR_TITULO_ELEITOR") if g.chance(0.6) else V(""), V(g.date("br", 2025))])
    table_fixed(doc, [("LV/FL/TERMO", 16), ("NOME DO FALECIDO", 30), ("DT NASC", 10), ("NOME DA MAE", 28), ("CPF", 11), ("NIT", 11),
                      ("TITULO", 12), ("DT OBITO", 10)], rows, rule="=")
    doc.f("\nTOTAL DE REGISTROS: «n»   SEM CPF: «k»\nTransmitido em «d» «h» do IP «ip» (certificado ICP-Brasil da serventia)\n",
          n=len(rows), k=sum(1 for r in rows if not r[4][0]), d=g.date(), h=g.hm(), ip=(g.ip(), "IP_ADDRESS"))
    return doc


# =========================================================================== saude


def sa_do(g: Gen) -> Doc:
    """Declaração de Óbito typed into the SIM by the hospital's records office (block by block)."""
    doc = Doc()
    fal = g.person()
    med = g.person()
    dig = g.person()
    fam = g.relative(fal)
    c, uf = g.city()
    yy = g.ri(1926, 1975)
    causes = [cause(g) for _ in range(g.ri(2, 4))]
    doc.f("SIM — Declaração de Óbito nº «do» — digitação\nEstabelecimento: Hospital «h» (CNES «cnes»)\n\n"
          "I. IDENTIFICAÇÃO\n 1 Tipo de óbito: não fetal   2 Data do óbito: «dt»   3 Hora: «hr»\n 4 Cartão SUS: «cns»\n"
          " 5 Naturalidade: «nat»\n 6 Nome do falecido: «n»\n 7 Nome do pai: «pai»\n 8 Nome da mãe: «mae»\n"
          " 9 Data de nascimento: «dob»   10 Idade: «id» anos   11 Sexo: «sx»   12 Raça/cor: «rc»\n"
          "13 Estado civil: «ec»   14 Escolaridade: «esc»   15 Ocupação: «oc»\n",
          do=g.do_number(), h=g.pick(["Regional Vitória", "Santa Rosa de Lima", "São Bento", "Municipal Dr. Abdias Landim", "da Luz"]),
          cnes=g.d(7), dt=g.date("br", 2024), hr=g.hm(), cns=(g.cns(), "BR_CNS") if g.chance(0.8) else "ignorado",
          nat=f"{g.city()[0]}/{g.pick(UFS)}", n=P(fal.full if g.chance(0.5) else fal.caps), pai=P(g.person(female=False).full) if g.chance(0.8) else "ignorado",
          mae=P(g.person(female=True).full), dob=(fmt_date(g.ri(1, 28), g.ri(1, 12), yy, g.pick(["br", "br", "nopad"])), "DATE_OF_BIRTH"),
          id=2024 - yy - 1, sx="F" if fal.female else "M", rc=g.pick(["branca", "parda", "preta", "amarela", "indígena"]),
          ec=g.pick(["casado(a)", "viúvo(a)", "solteiro(a)", "união estável"]), esc=g.pick(["fundamental I", "médio", "superior", "sem escolaridade"]),
          oc=g.pick(["aposentado(a)", "pedreiro", "doméstica", "agricultor(a)", "comerciante", "professor(a)"]))
    doc.f("\nII. RESIDÊNCIA\n16 Logradouro: «ad»   Bairro: «b»   CEP: «cep»   Município: «c»/«uf»\n\n"
          "III. OCORRÊNCIA\n17 Local: hospital   18 Endereço da ocorrência: o do estabelecimento\n\n"
          "V. CONDIÇÕES E CAUSAS DO ÓBITO\n",
          ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), cep=(g.cep(), "BR_CEP"), c=c, uf=uf)
    for k, (txt, icd) in enumerate(causes):
        doc.f("  Parte I «l») «t»   tempo aprox.: «tp»   CID «i»\n", l="abcd"[k], t=txt, tp=g.pick(["horas", "3 dias", "2 meses", "anos", "1 semana"]), i=icd)
    c2, i2 = cause(g)
    doc.f("  Parte II: «t» (CID «i»)\n\nVI. MÉDICO\n  Nome: «m»   CRM: «crm»   Contato: «tel»\n  Óbito atestado por: «at»\n\n"
          "Familiar que recebeu a DO (vias 1 e 3 ficam no hospital): «fam» («k»), RG «rg», tel. «ft»\n"
          "Digitado por «dig» em «dd» — conferido pela vigilância («v»)\n",
          t=c2, i=i2, m=P(med.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          tel=(g.phone(), "PHONE_NUMBER") if g.chance(0.5) else (g.work_email(med, "hospital.org.br"), "EMAIL_ADDRESS"),
          at=g.pick(["assistente", "substituto", "SVO", "IML"]), fam=P(fam.full), k=kin(g, fam.female), rg=(g.rg(), "BR_RG"),
          ft=(g.phone(), "PHONE_NUMBER"), dig=P(dig.short), dd=g.date(), v=g.pick(["sem pendências", "pendente causa básica mal definida"]))
    return doc


def sa_necroterio(g: Gen) -> Doc:
    """Hospital morgue's body-release book exported to CSV, with the night nurse's note."""
    doc = Doc()
    enf = g.person()
    doc.f("livro_liberacao_corpos_«d».csv\n", d=g.date("compact"))
    rows = []
    for h in g.times(g.ri(3, 4), 0, 23 * 3600):
        f = g.person()
        r = g.relative(f)
        docr = g.pick(["rg", "rg", "cnh", "cpf"])
        dval = {"rg": (g.rg(), "BR_RG"), "cnh": (g.cnh(), "BR_CNH"), "cpf": CPF(g.cpf())}[docr]
        rows.append([V(f"{g.date()} {h}"), P(f.caps if g.chance(0.6) else f.full), V(g.d(7)), (g.cns(False), "BR_CNS") if g.chance(0.6) else V(""),
                     CPF(g.cpf()) if g.chance(0.6) else V(""),
                     V(company(g)), P(r.full if g.chance(0.7) else r.caps), V(docr.upper()), dval, (g.plate(), "LICENSE_PLATE"),
                     V(g.pick(["DO entregue", "DO entregue", "aguarda SVO", "IML - morte violenta", "DO 2ª via"]))])
    table_csv(doc, ["data_hora", "falecido", "prontuario", "cns", "cpf_falecido", "funeraria", "retirado_por", "tipo_doc", "num_doc", "placa_veiculo", "obs"], rows)
    doc.f("\nObs. plantão noturno («e», «cor»): corpo do leito «l» aguardou «hh»h por falta de vaga na câmara fria; família avisada "
          "pelo telefone «t». Pertences (aliança, celular) entregues ao responsável mediante assinatura.\n",
          e=P(enf.short), cor=(g.council("COREN"), "PROFESSIONAL_ID"), l=f"{g.ri(100, 420)}-{g.pick('ABCD')}", hh=g.ri(2, 9),
          t=(g.phone(), "PHONE_NUMBER"))
    return doc


def sa_prontuario(g: Gen) -> Doc:
    """E-mail thread: an heir asks the hospital for the deceased's medical record for an insurance claim; the DPO answers."""
    doc = Doc()
    fal = g.person()
    h = g.relative(fal)
    dpo = g.person()
    sau = g.pick(["hospitalvitoria.org.br", "santacasaprudente.org.br", "hsbento.com.br", "hospitalaurora.med.br"])
    doc.f("De: «h» <«he»>\nPara: prontuario@«sau»\nData: «d»\nAssunto: cópia do prontuário de «f» (falecid«o»)\n\n"
          "Bom dia. Sou «k» d«o» paciente, que faleceu no hospital em «dt» (internação pelo pronto-socorro, «c»). A seguradora «seg» exige "
          "cópia do prontuário completo e do laudo para pagar o seguro de vida (sinistro «sin»).\n"
          "Dados dele«x»: CPF «cpf», cartão SUS «cns», nascid«o» em «dob».\nMeus dados: CPF «hc», «ad», CEP «cep», tel. «t».\n\n«hn»\n\n",
          h=P(h.full), he=(g.email(h), "EMAIL_ADDRESS"), sau=sau, d=g.date() + " " + g.hm(), f=P(fal.full), o=fal.o, k=kin(g, h.female),
          dt=g.date("br", 2025), c=cause(g)[0], seg=g.pick(SEGURADORAS), sin=g.d(12), x="a" if fal.female else "",
          cpf=CPF(g.cpf()), cns=(g.cns(), "BR_CNS"), dob=(g.dob(g.pick(["br", "long"])), "DATE_OF_BIRTH"), hc=CPF(g.cpf()),
          ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"), hn=P(h.short))
    doc.f("> Resposta — Encarregado de Dados (DPO)\n> Prezad«ho» «hf», nossos sentimentos.\n> O prontuário de paciente falecido pode ser fornecido ao "
          "cônjuge/companheiro e aos sucessores (Resolução CFM 1.605/2000, Parecer CFM 6/2010 e Lei 13.709/2018, art. 11).\n"
          "> Envie: certidão de óbito, documento que comprove o parentesco e requerimento assinado. O médico responsável, «m» («crm»), "
          "fará o laudo em até 10 dias úteis. Taxa de cópia: R$ «v».\n> «dp» — «dpe» — Privacidade e Proteção de Dados\n",
          ho=h.o, hf=P(h.first), m=P(g.person().full),
          crm=(g.council("CRM"), "PROFESSIONAL_ID"), v=g.money(20, 90), dp=P(dpo.full), dpe=(g.work_email(dpo, sau), "EMAIL_ADDRESS"))
    return doc


def sa_sim(g: Gen) -> Doc:
    """Fixed-width weekly list of deaths to be investigated by the epidemiological surveillance (maternal, infant, ill-defined)."""
    doc = Doc()
    coord = g.person()
    c, uf = g.city()
    doc.f("SECRETARIA MUNICIPAL DE SAÚDE DE «cid» — VIGILÂNCIA DO ÓBITO\nÓBITOS PARA INVESTIGAÇÃO — SE «se»/2025   emitido «d»\n\n",
          cid=fold(c).upper(), se=g.ri(1, 52), d=g.date())
    rows = []
    for _ in range(g.ri(4, 5)):
        kind = g.pick(["INFANTIL", "MATERNO", "MAL DEFINIDA", "MIF"])
        f = g.person(female=True if kind in ("MATERNO", "MIF") else None)
        lo, hi = {"INFANTIL": (2024, 2025), "MATERNO": (1985, 2006), "MIF": (1976, 2008), "MAL DEFINIDA": (1930, 1970)}[kind]
        icd = {"INFANTIL": ["P07.3", "P22.0", "Q24.9", "P36.9"], "MATERNO": ["O14.1", "O72.1", "O85", "O99.4"],
               "MIF": ["C53.9", "X70", "V89.2", "B20"], "MAL DEFINIDA": ["R99", "R98", "R69"]}[kind]
        rn = kind == "INFANTIL" and g.chance(0.5)
        nm = g.person(female=True).caps if rn else f.caps
        rows.append((kind, g.do_number(), rn, nm, g.dob("br", lo, hi), g.cns(False) if g.chance(0.7) else "", g.pick(icd),
                     g.address("caps"), fold(g.pick(BAIRROS)).upper()))
    wn = max(len(r[3]) + (6 if r[2] else 0) for r in rows)
    doc.t("TIPO         DO          " + "FALECIDO / MAE".ljust(wn) + " NASC       CNS             CID    ENDERECO\n")
    doc.t("-" * 12 + " " + "-" * 11 + " " + "-" * wn + " " + "-" * 10 + " " + "-" * 15 + " " + "-" * 6 + " " + "-" * 40 + "\n")
    for kind, do, rn, nm, dob, cns, icd, ad, bairro in rows:
        doc.cell(kind, 12).t(" ").cell(do, 11).t(" ")
        if rn:
            doc.t("RN DE ").cell(nm, wn - 6, "PERSON")
        else:
            doc.cell(nm, wn, "PERSON")
        doc.t(" ").cell(dob, 10, "DATE_OF_BIRTH").t(" ").cell(cns, 15, "BR_CNS" if cns else None).t(" ").cell(icd, 6).t(" ")
        doc.e(ad, "ADDRESS").t(" - " + bairro + "\n")
    doc.f("\nInvestigadoras: «a» e «b». Fichas IOM/IOI até «p». Dúvidas com «c» («t»). Óbitos por causa mal definida (R00-R99) acima de 10%.\n",
          a=P(g.person(female=True).first), b=P(g.person(female=True).short), p=g.date(), c=P(coord.full), t=(g.phone(mobile=False), "PHONE_NUMBER"))
    return doc


def sa_paliativo(g: Gen) -> Doc:
    """Palliative-care team's multiprofessional note on the death and the family meeting, with the grief follow-up plan."""
    doc = Doc()
    pac = g.person()
    med = g.person()
    enf = g.person()
    psi = g.person()
    ass = g.person()
    fam = [g.relative(pac) for _ in range(g.ri(1, 3))]
    doc.f("EVOLUÇÃO MULTIPROFISSIONAL — EQUIPE DE CUIDADOS PALIATIVOS\nPaciente: «p»   Prontuário: «pr»   CNS: «cns»\n"
          "Nasc.: «dob»   Leito: «l»   Dx: «dx» («cid»)\n\n",
          p=P(pac.full), pr=g.d(8), cns=(g.cns(), "BR_CNS"), dob=(g.dob("br"), "DATE_OF_BIRTH"), l=f"UCP-{g.ri(1, 12):02d}",
          dx=(cc := cause(g))[0], cid=cc[1])
    doc.f("«hr» — Óbito constatado por «m» («crm»), sem sofrimento aparente, com a família presente. Conforme desejo registrado "
          "nas diretivas antecipadas, não houve RCP. Ambiente preparado com luz baixa e a música que pedia.\n\n",
          hr=g.hm(), m=P(med.full), crm=(g.council("CRM"), "PROFESSIONAL_ID"))
    doc.t("Conferência familiar (sala de família): presentes ")
    for k, f in enumerate(fam):
        if k:
            doc.t(", " if k < len(fam) - 1 else " e ")
        doc.f("«n» («k», «t»)", n=P(f.full if g.chance(0.6) else f.first), k=kin(g, f.female), t=(g.phone(), "PHONE_NUMBER"))
    doc.f(". Orientados sobre a declaração de óbito, a funerária do «pl» e a liberação do corpo.\n\n"
          "Enfermagem («e», «cor»): retirados acessos e sonda; pertences entregues à família.\n"
          "Psicologia («ps», «crp»): «f1» com sinais de luto antecipatório intenso; agendado acolhimento em «d» e convite para o grupo "
          "Aurora de apoio ao luto. Risco de luto complicado: «rk».\n"
          "Serviço Social («as», «cress»): orientada a família sobre pensão por morte no INSS e saque do FGTS/PIS; a família ficará "
          "com o cuidado da «o».\n",
          pl=g.pick(PLANOS), e=P(enf.short), cor=(g.council("COREN"), "PROFESSIONAL_ID"), ps=P(psi.short),
          crp=(g.council("CRP"), "PROFESSIONAL_ID"), f1=P(fam[-1].first), d=g.date(), rk=g.pick(["baixo", "moderado", "alto"]),
          **{"as": P(ass.short)}, cress=(g.council("CRESS"), "PROFESSIONAL_ID"),
          o=g.pick(["mãe idosa", "neta de 6 anos", "irmã acamada", "casa"]))
    return doc


def sa_plano(g: Gen) -> Doc:
    """ALL CAPS screen of a health plan: holder's cancellation for death, remission for the dependants."""
    doc = Doc()
    tit = g.person()
    op = g.person()
    doc.f("OPERADORA VIDA PLENA SAUDE - ANS «ans»          CADASTRO DE BENEFICIARIOS          «d» «h»\n"
          "TRANSACAO: CANCELAMENTO POR OBITO / CONCESSAO DE REMISSAO\n\n"
          "CARTEIRA....: «cart»\nTITULAR.....: «n»\nCPF.........: «cpf»   CNS: «cns»\nNASCIMENTO..: «dob»   OBITO: «ob»\n"
          "CONTRATO....: «ct» - «emp»\nENDERECO....: «ad»   CEP: «cep»\n",
          ans=g.d(6), d=g.date(), h=g.hm(), cart=f"{g.d(4)} {g.d(4)} {g.d(4)} {g.d(4)}", n=P(tit.caps), cpf=CPF(g.cpf()),
          cns=(g.cns(), "BR_CNS"), dob=(g.dob("br"), "DATE_OF_BIRTH"), ob=g.date("br", 2025), ct=g.d(7),
          emp=g.pick(["PF INDIVIDUAL", "ADESAO - SINDICATO DOS COMERCIARIOS", "EMPRESARIAL - HADDAD TEXTIL SA", "EMPRESARIAL - TRANSPORTES BENTO AMARAL"]),
          ad=(g.address("caps"), "ADDRESS"), cep=(g.cep(), "BR_CEP"))
    doc.t("\nDEPENDENTES                              PARENTESCO  NASCIMENTO  CPF             REMISSAO ATE  CNS\n")
    for _ in range(g.ri(1, 3)):
        dp = g.relative(tit)
        doc.cell(dp.caps, 40, "PERSON").t(" ").cell(fold(kin(g, dp.female)).upper(), 11).t(" ").cell(g.dob("br", 1940, 2020), 10, "DATE_OF_BIRTH").t("  ")
        if g.chance(0.8):
            doc.cell(g.cpf("dot"), 14, "BR_CPF")
        else:
            doc.cell("NAO INFORMADO", 14)
        doc.f("  «r»  «c»\n", r=g.date("br", g.ri(2027, 2030)), c=(g.cns(False), "BR_CNS") if g.chance(0.7) else "")
    doc.f("\nSOLICITANTE: «s»   FONE: «f»   EMAIL: «e»\nDOCS: CERTIDAO OBITO OK / COMPROV PARENTESCO OK\n"
          "OBS: REMISSAO CONFORME CLAUSULA 14 (5 ANOS SEM MENSALIDADE). MENSALIDADE PROPORCIONAL R$ «v» ESTORNADA NO CARTAO «mc».\n"
          "OPERADOR: «op» («login»)\n",
          s=P(g.relative(tit).caps), f=(g.phone(), "PHONE_NUMBER"), e=(g.email(tit).upper(), "EMAIL_ADDRESS"), v=g.money(200, 2400),
          mc=g.masked_card(), op=P(fold(op.short).upper()), login=f"{fold(op.first).lower()[:1]}{fold(op.last).lower().replace(' ', '')}")
    return doc


def sa_grupo(g: Gen) -> Doc:
    """WhatsApp export of a bereaved parents' support group moderated by the hospital psychologist."""
    doc = Doc()
    psi = g.person(female=True)
    members = [g.person() for _ in range(3)] + [g.person(female=True)]
    d = g.date()
    ts = iter(g.times(12, 18 * 3600, 23 * 3600))
    unsaved = g.phone("plus")
    sender = [V(g.pick(["Psicologia HU", "Acolhimento Luto HU", "Grupo Aurora (moderação)"]))] + [P(name_form(g, m, ["first", "short", "nick", "lowfirst"])) if g.chance(0.5) else (g.phone("plus"), "PHONE_NUMBER") for m in members[:3]] + [(unsaved, "PHONE_NUMBER")]

    def line(k: int, tmpl: str, **kw) -> None:
        doc.f("«d», «t» - ", d=d, t=next(ts))
        doc.e(*sender[k]).t(": ")
        doc.f(tmpl + "\n", **kw)
    doc.f("«d», «t» - As mensagens e as chamadas são protegidas com a criptografia de ponta a ponta.\n", d=d, t="18:00")
    line(0, "Boa noite, famílias, aqui é a «p». Amanhã é o encontro presencial, às 19h30, sala Aurora do ambulatório. Quem puder traga uma foto do seu filho.", p=P(psi.first))
    line(1, "vou sim. hoje fez «m» meses que a «f» partiu, acendi uma luz de vela pra ela", m=g.ri(2, 30), f=P(g.person(female=True).first))
    line(2, "força. o «f» faria «a» anos semana que vem, ainda não sei o que fazer no dia",
         f=P(g.person(female=False).first), a=g.ri(3, 30))
    line(4, "oi, sou «n», mãe do «f», a psicóloga da UTI me passou esse grupo. posso entrar no encontro?", n=P(members[3].first),
         f=P(g.person(female=False).first))
    line(0, "Seja bem-vinda! Pode sim. Salva meu contato: «t» (só mensagem).", t=(g.phone(), "PHONE_NUMBER"))
    line(1, "alguém sabe se a pensão por morte sai pra mãe? o «f» era solteiro e me ajudava. o advogado do inventário disse que sim", f=P(g.person(female=False).first))
    line(0, "Sai, se comprovar dependência econômica. A assistente social «as» atende quarta, ramal «r». Não mandem CPF nem documento aqui no grupo, tá?",
         **{"as": P(g.person(female=True).short)}, r=g.d(4))
    line(2, "ops, tarde demais kkk mandei o meu ontem: «c». apaga pf", c=CPF(g.cpf()))
    line(0, "Apaguei 🙏 Boa noite a todos, que seja uma noite de paz. Flor de lótus pra vocês 🌸")
    return doc


# =========================================================================== financeiro


def fi_sinistro(g: Gen) -> Doc:
    """Life-insurance claim notice (aviso de sinistro) with the beneficiaries and where to pay them."""
    doc = Doc()
    seg = g.person()
    cor = g.person()
    bens = [g.relative(seg) for _ in range(g.ri(1, 3))]
    cia = g.pick(SEGURADORAS)
    doc.f("«cia» — AVISO DE SINISTRO — MORTE NATURAL/ACIDENTAL\nApólice: «ap»   Certificado: «cert»   Sinistro: «sin»\n\n"
          "SEGURADO(A)\nNome: «n»   CPF: «cpf»   Nascimento: «dob»\nData do óbito: «dt»   Causa: «c»   Capital segurado: R$ «cap»\n\n"
          "BENEFICIÁRIOS\n",
          cia=fold(cia).upper(), ap=f"{g.d(2)}.{g.d(4)}.{g.d(7)}", cert=g.d(10), sin=g.yearno(), n=P(seg.full),
          cpf=CPF(g.cpf()), dob=(g.dob("br"), "DATE_OF_BIRTH"), dt=g.date("br", 2025), c=g.pick(["natural", "acidental (trânsito)", "natural — " + cause(g)[1]]),
          cap=g.money(20000, 500000))
    share = 100 // len(bens)
    for k, b in enumerate(bens):
        rel = (("esposa" if b.female else "esposo") if k == 0 and g.chance(0.5) else
               g.pick(["filha", "neta", "irmã"] if b.female else ["filho", "neto", "irmão"]))
        doc.f("«k». «n» — «rel» — «pct»% — CPF «cpf» — nasc. «dob» — cel. «cel»\n   Pagamento: ", cel=(g.phone(), "PHONE_NUMBER"), k=k + 1, n=P(b.full if g.chance(0.6) else b.caps),
              rel=rel, pct=share if k else 100 - share * (len(bens) - 1), cpf=CPF(g.cpf()),
              dob=(g.dob("br", 1950, 2006), "DATE_OF_BIRTH"))
        if g.chance(0.65):
            bk = g.pick(BANKS)
            doc.f("«bk» — ag. «ag» — c/c «cc»\n", bk=f"{bk[0]} {bk[1]}", ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
        else:
            doc.f("Pix chave aleatória «pix»\n", pix=(g.uuid(), "PIX_KEY"))
    doc.f("\nComunicante: «com» — tel. «t» — «e»\nCorretor: «co» (SUSEP «su»)\nDocumentos: certidão de óbito, DO, BO (se acidental), RG/CPF dos beneficiários.\n"
          "Analista: «an» — prazo regulatório de 30 dias a partir da entrega completa.\n",
          com=P(bens[0].first + " " + bens[0].last), t=(g.phone(), "PHONE_NUMBER"), e=(g.email(bens[0]), "EMAIL_ADDRESS"),
          co=P(cor.full), su=g.d(9), an=f"sin.{g.pick(['vida', 'ap', 'func'])}{g.d(3)}")
    return doc


def fi_pensao(g: Gen) -> Doc:
    """Survivors' pension at the INSS: a requirement letter (carta de exigência) of the Meu INSS, as pasted by the family."""
    doc = Doc()
    ins = g.person()
    dep = g.relative(ins, female=not ins.female)
    srv = g.person()
    c, uf = g.city()
    doc.f("INSTITUTO NACIONAL DO SEGURO SOCIAL\nAgência da Previdência Social «aps»\n\nCARTA DE EXIGÊNCIA\nRequerimento: «req»   Benefício: pensão por morte (espécie 21)\n\n"
          "Instituidor(a): «i»   NIT: «nit»   CPF: «cpf»\nData de nascimento: «dob»   Data do óbito: «dt»\n\n"
          "Requerente: «r»   CPF: «rcpf»   Nascimento: «rdob»\nEndereço: «ad», «c»/«uf», CEP «cep»   Telefone: «t»   E-mail: «em»\n\n",
          aps=fold(c).upper(), req=g.d(10), i=P(ins.caps), nit=(g.pis(), "BR_PIS"), cpf=CPF(g.cpf()), dob=(g.dob("br"), "DATE_OF_BIRTH"),
          dt=g.date("br", 2025), r=P(dep.caps), rcpf=CPF(g.cpf()), rdob=(g.dob("br", 1945, 1985), "DATE_OF_BIRTH"),
          ad=(g.address(), "ADDRESS"), c=c, uf=uf, cep=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"),
          em=(g.email(dep), "EMAIL_ADDRESS"))
    doc.f("Prezad«o» Senhor«a», para prosseguir a análise (Lei 8.213/1991, arts. 74 a 79, e EC 103/2019), apresente em até 30 dias:\n"
          "1) prova de união estável com o(a) instituidor(a) por mais de dois anos (ao menos «n» documentos, ex.: conta conjunta ag. «ag» c/c «cc», "
          "certidão de nascimento de filho em comum);\n2) CTPS ou CNIS do(a) instituidor(a) com vínculo até «v»;\n"
          "3) dados do(s) filho(s) menor(es) de 21 anos: «fil», nascid«fo» em «fd», CPF «fc».\n\n"
          "O crédito será feito na conta indicada (banco «bc», agência «ag2», conta «cc2») após a concessão.\n"
          "Requerimento protocolado pelo Meu INSS (acesso gov.br nível prata, IP «ip»).\n\n«s»\nServidor(a) — matrícula SIAPE «sia»\n",
          o="a" if dep.female else "o", a="a" if dep.female else "", n=g.pick(["dois", "três"]),
          ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), v=g.date("br", 2024),
          fil=P((fl := g.relative(ins)).full), fo=fl.o, fd=(g.dob("br", 2006, 2020), "DATE_OF_BIRTH"), fc=CPF(g.cpf()),
          bc=g.pick(BANKS)[0], ip=(g.ip(), "IP_ADDRESS"), ag2=(g.agency(), "BANK_ACCOUNT"), cc2=(g.account(), "BANK_ACCOUNT"), s=P(srv.full), sia=g.d(7))
    return doc


def fi_banco(g: Gen) -> Doc:
    """Bank branch ticket: closing the accounts of a deceased client on a court order (alvará)."""
    doc = Doc()
    fal = g.person()
    inv = g.relative(fal)
    ger = g.person()
    ana = g.person()
    bank = g.pick(BANKS)
    doc.f("Chamado «ch» — Backoffice Espólio — aberto por «g» (ag. «ag0»)\nCliente: «n» — CPF «cpf» — óbito «dt» — SITUAÇÃO: BLOQUEIO TOTAL\n\n",
          ch=g.protocol(), g=P(ger.short), ag0=g.d(4), n=P(fal.caps), cpf=CPF(g.cpf()), dt=g.date("br", 2025))
    doc.f("Produtos: conta-corrente ag. «ag» c/c «cc»; poupança var. 51 «cp»; cartão de crédito «mc» (bloqueado, fatura R$ «ft»); "
          "chaves Pix «p1» e «p2» (excluir após encerramento).\n\n",
          ag=(g.agency(False), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), cp=(g.account(), "BANK_ACCOUNT"), mc=g.masked_card(),
          ft=g.money(100, 9000), p1=(g.uuid(), "PIX_KEY"), p2=(g.uuid(), "PIX_KEY") if g.chance(0.5) else (g.email(fal), "EMAIL_ADDRESS"))
    doc.f("Documentação recebida: alvará judicial do processo «cnj» (Vara de Sucessões de «cid»), autorizando «inv», inventariante, CPF «icpf», "
          "a levantar R$ «v» e transferir para a conta de sua titularidade: banco «b», agência «ag», conta «cc».\n"
          "Contato do inventariante: «t» / «e».\n\n",
          cnj=g.cnj(), cid=g.city()[0], inv=P(inv.full), icpf=CPF(g.cpf()), v=g.money(2000, 300000), b=g.pick(BANKS)[0],
          ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), t=(g.phone(), "PHONE_NUMBER"), e=(g.email(inv), "EMAIL_ADDRESS"))
    doc.f("[«d1»] «a»: conferido alvará no site do TJ, autêntico. Débitos automáticos pendentes (conta de luz, «pl») cancelados.\n"
          "[«d2»] «a»: TED enviada, comprovante no anexo. Seguro prestamista do consignado acionado (sinistro «sin»), quitação do contrato «ct».\n"
          "[«d3»] «g»: família pediu para manter a conta até sair a restituição do IR do falecido. Orientei que o espólio declara até o fim da partilha.\n",
          d1=g.date(), a=f"bko.espolio{g.d(2)}", pl=g.pick(PLANOS), d2=g.date(), sin=g.d(10), ct=g.neg(11), d3=g.date(), g=P(ger.first))
    return doc


def fi_cobranca(g: Gen) -> Doc:
    """Collections export of a funeral-plan company: overdue instalments, some of them from deceased holders."""
    doc = Doc()
    an = g.person()
    doc.f("cobranca_planos_vencidos_«d».csv (gerado por «u»; revisão: «a»)\n", d=g.date("iso"), u=f"job_cobranca_{g.d(2)}", a=P(an.first))
    rows = []
    for _ in range(g.ri(4, 6)):
        t = g.person()
        pay = g.pick(["cartao", "cartao", "boleto", "debito"])
        pv = {"cartao": (g.card(False), "CREDIT_CARD") if g.chance(0.5) else V(g.masked_card()), "boleto": V(""),
              "debito": [V(f"{g.pick(BANKS)[0]}/"), (g.agency(False), "BANK_ACCOUNT"), V("/"), (g.account(), "BANK_ACCOUNT")]}[pay]
        rows.append([V(g.d(9)), P(t.caps if g.chance(0.5) else t.full), CPF(g.cpf("raw")), (g.phone("raw"), "PHONE_NUMBER"),
                     (g.email(t), "EMAIL_ADDRESS") if g.chance(0.6) else V(""),
                     V(g.pick(PLANOS)), V(pay), pv, V(g.ri(1, 6)), V(g.money(39, 900).replace(".", "")),
                     V(g.pick(["", "", "TITULAR FALECIDO - NAO COBRAR", "em acordo", "dependente faleceu, plano acionado", "negativar"]))])
    table_csv(doc, ["contrato", "titular", "cpf", "celular", "email", "plano", "forma_pgto", "dados_pgto", "parcelas_atraso", "valor_total", "obs"], rows)
    doc.f("# debito: banco/agencia/conta — agência e conta vêm juntas no campo; o time de «x» separa na régua\n", x=g.pick(["cobrança", "BI"]))
    return doc


def fi_auxilio(g: Gen) -> Doc:
    """Chat with an insurer's funeral-assistance desk: reimbursement of a funeral paid by the family."""
    doc = Doc()
    cli = g.person()
    fal = g.relative(cli)
    att = g.person()
    fun = company(g)
    d = g.date()
    ts = iter(g.times(10, 8 * 3600, 19 * 3600))
    who = g.pick(["Você", "Cliente", "Você"])
    spec = g.pick(["Especialista", "Atendente", "Analista Funeral"])
    doc.f("Atendimento digital — Assistência Funeral «cia» — «d»\n", cia=g.pick(SEGURADORAS), d=d)
    doc.f("«t» Assistente virtual: Olá! Para reembolso de funeral, informe o CPF do segurado falecido.\n«t2» «w»: «cpf»\n",
          t=next(ts), t2=next(ts), w=who, cpf=CPF(g.cpf(g.pick(["raw", "dot"]))))
    doc.f("«t» Assistente virtual: Localizamos o seguro de «n». Vou chamar um especialista.\n«t2» «a»: Olá, «w2». Sou «af», sinto muito pela perda. "
          "A família não acionou a assistência 24h e pagou o funeral direto, correto?\n",
          t=next(ts), n=P(fal.caps), t2=next(ts), a=spec, w2=P(cli.first), af=P(att.first))
    doc.f("«t» «w»: isso, foi tudo muito rápido, a funerária («fun», CNPJ «cnpj») cobrou R$ «v». tenho a nota fiscal nº «nf»\n",
          t=next(ts), w=who, fun=fun, cnpj=(g.cnpj(), "BR_CNPJ"), v=g.money(3500, 14000), nf=g.d(6))
    doc.f("«t» «a»: O limite do seu plano é R$ «lim». Envie a NF, a certidão de óbito e um comprovante de que foi você quem pagou. "
          "O reembolso cai em até 15 dias úteis na conta do titular do pagamento.\n«t2» «w»: pode ser no pix? a chave é «pix»\n",
          t=next(ts), a=spec, lim=g.money(4000, 8000), t2=next(ts), w=who,
          pix=(g.uuid(), "PIX_KEY") if g.chance(0.5) else (g.email(cli), "EMAIL_ADDRESS") if g.chance(0.5) else (g.phone("plus"), "PHONE_NUMBER"))
    doc.f("«t» «a»: Pode. Confirma nome completo e CPF do titular da chave?\n«t2» «w»: «n», «cpf». se precisar meu tel é «tel»\n",
          t=next(ts), a=spec, t2=next(ts), w=who, n=P(cli.full.lower() if g.chance(0.4) else cli.full), cpf=CPF(g.cpf()),
          tel=(g.phone(), "PHONE_NUMBER"))
    doc.f("«t» «a»: Perfeito. Protocolo «p». O comprovante vai para o e-mail cadastrado («em»). Que vocês encontrem conforto nesse momento.\n",
          em=(g.email(cli), "EMAIL_ADDRESS"), t=next(ts), a=spec, p=g.protocol())
    return doc


def fi_relatorio(g: Gen) -> Doc:
    """Fixed-width report of indemnity payments sent to the bank (life and funeral claims)."""
    doc = Doc()
    an = g.person()
    sup = g.person()
    doc.f("«cia»\nRELATORIO DE PAGAMENTOS DE INDENIZACAO - REMESSA «r» - DATA «d»\nUSUARIO: «a»   APROVADOR: «s»\n\n",
          cia=fold(g.pick(SEGURADORAS)).upper(), r=g.d(6), d=g.date(), a=f"SIN{g.d(4)}", s=P(fold(sup.short).upper()))
    rows = []
    tot = 0
    for _ in range(g.ri(4, 5)):
        b = g.person()
        v = g.ri(200000, 9000000)
        tot += v
        rows.append([V(g.yearno()), P(b.caps), CPF(g.cpf("raw")), V(g.pick(BANKS)[0]), (g.agency(), "BANK_ACCOUNT"),
                     (g.account(), "BANK_ACCOUNT"), V((f"{v // 100:,}".replace(",", ".") + f",{v % 100:02d}").rjust(12)),
                     V(g.pick(["MORTE NAT", "MORTE ACID", "AUX FUNERAL", "AUX FUNERAL"]))])
    table_fixed(doc, [("SINISTRO", 11), ("BENEFICIARIO", 30), ("CPF", 11), ("BCO", 3), ("AGENCIA", 7), ("CONTA", 12), ("VALOR", 12),
                      ("COBERTURA", 11)], rows)
    doc.f("\nTOTAL DA REMESSA: «t»   QTDE: «n»\nREJEITADOS NA REMESSA ANTERIOR: «rj»\n",
          t=f"{tot // 100:,}".replace(",", ".") + f",{tot % 100:02d}", n=len(rows),
          rj=g.pick(["NENHUM", f"1 (CONTA ENCERRADA - {fold(g.person().caps)})", "2 (CPF DIVERGENTE)"]))
    if "CONTA ENCERRADA - " in doc.text:
        i = doc.text.index("CONTA ENCERRADA - ") + len("CONTA ENCERRADA - ")
        j = doc.text.index(")", i)
        doc.spans.append({"start": i, "end": j, "label": "PERSON"})
    return doc


def fi_partilha(g: Gen) -> Doc:
    """Accountant's partilha worksheet (Markdown) with the estate's final tax return notes."""
    doc = Doc()
    fal = g.person()
    cont = g.person()
    heirs = [g.relative(fal) for _ in range(g.ri(2, 4))]
    doc.f("## Espólio de «n» — CPF «cpf» — planilha de partilha (versão «v»)\nPreparado por «c», «crc» — «d»\n\n",
          n=P(fal.full), cpf=CPF(g.cpf()), v=g.ri(2, 6), c=P(cont.full), crc=(g.council("CRC"), "PROFESSIONAL_ID"), d=g.date())
    doc.f("Monte-mor: R$ «m» · dívidas: R$ «dv» (cartão «mc», funeral «fun») · ITCMD «al»%: R$ «it»\n\n",
          m=g.money(200000, 2000000), dv=g.money(2000, 40000), mc=g.masked_card(), fun=company(g), al=g.pick([4, 4, 6, 8]),
          it=g.money(5000, 80000))
    rows = []
    for h in heirs:
        rows.append([P(h.full), CPF(g.cpf()), (g.email(h), "EMAIL_ADDRESS") if g.chance(0.7) else V("—"), V(f"{100 / len(heirs):.2f}%"),
                     V("R$ " + g.money(30000, 500000)), (g.agency(), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT")])
    table_md(doc, ["herdeiro", "CPF", "e-mail", "quinhão", "valor", "agência", "conta"], rows)
    doc.f("\nNotas:\n- Veículo placa «pl» vendido por R$ «vv»; valor entra no monte (recibo assinado pelo comprador).\n"
          "- Declaração final de espólio (IRPF) transmitida em «df»; restituição de R$ «r» vai para a conta do inventariante.\n"
          "- «h1» pediu para receber a parte «dl» em Pix: chave aleatória «pix».\n- Lembrar: a data de nascimento d«o» «f» («dob») está errada na declaração inicial.\n",
          pl=(g.plate(), "LICENSE_PLATE"), vv=g.money(10000, 90000), df=g.date(), r=g.money(200, 9000),
          h1=P(heirs[-1].first), dl="dela" if heirs[-1].female else "dele", pix=(g.uuid(), "PIX_KEY"), o=fal.o, f=P(fal.first), dob=(g.dob("br"), "DATE_OF_BIRTH"))
    return doc


TEMPLATES = {
    "atendimento": [at_ordem, at_contatos, at_chat, at_telecom, at_screen, at_luto, at_crema],
    "juridico": [ju_escritura, ju_peticao, ju_certidao, ju_itcmd, ju_exumacao, ju_email, ju_sirc],
    "saude": [sa_do, sa_necroterio, sa_prontuario, sa_sim, sa_paliativo, sa_plano, sa_grupo],
    "financeiro": [fi_sinistro, fi_pensao, fi_banco, fi_cobranca, fi_auxilio, fi_relatorio, fi_partilha],
}

CPF_LIKE = re.compile(r"(?<![\d.\-/])(\d{3}\.\d{3}\.\d{3}-\d{2}|\d{11})(?![\d\-/]|\.\d)")


def check(record: dict) -> None:
    text, last = record["text"], 0
    covered = [False] * len(text)
    for s in record["spans"]:
        assert last <= s["start"] < s["end"] <= len(text), (record["id"], s)
        v = text[s["start"]:s["end"]]
        assert v and v == v.strip(), (record["id"], s, v)
        last = s["end"]
        for k in range(s["start"], s["end"]):
            covered[k] = True
        lab = s["label"]
        digits = re.sub(r"\D", "", v) if lab not in ("BR_CNPJ", "PERSON", "EMAIL_ADDRESS") else ""
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
        elif lab == "PERSON":
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|doutora?)\.?\s", v), (record["id"], v)
            assert not re.search(r"[0-9]", v), (record["id"], v)
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (record["id"], v)
    # hard negatives: any CPF-shaped number left unlabelled must fail the CPF check
    for m in CPF_LIKE.finditer(text):
        if not any(covered[m.start():m.end()]):
            assert not cpf_ok(re.sub(r"\D", "", m.group(1))), (record["id"], m.group(1))


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
    with (HERE / f"{ORD}.jsonl").open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for r in records:
        for s in r["spans"]:
            counts[s["label"]] = counts.get(s["label"], 0) + 1
    n = sum(counts.values())
    print(ORD, len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
