"""Build the twenty-sixth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_twentysixth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or
run), standalone (own check-digit code, no Faker, no import from afinar), seed 26,
280 records: 7 templates per domain, 10 copies each.

Register, not used by the earlier sets: court and law-firm case files as a legal team
exports them for fine-tuning. Court pieces in their usual layout (the "EXCELENTÍSSIMO
SENHOR DOUTOR JUIZ" heading, the parties' full qualification in one long sentence,
numbered sections, "Termos em que, pede deferimento."), PJe signature footers, DJe
publication lists ("Intimação - ADV: NAME (OAB 123456/SP)"), clerks' certificates, bailiffs'
reports ("Certifico eu, Oficial de Justiça..."), hearing minutes with witnesses, judgments
and appellate decisions quoting case law ("REsp 1.234.567/SP, Rel. Min. Fulano, Terceira
Turma"), law-firm case-management exports, SISBAJUD and RENAJUD reports pasted in the file.
- juridico: a petição inicial for damages after a traffic accident (author's qualification,
  the other driver, witnesses' list), an appellate acórdão with ementa and voto, the minutes
  of an instruction hearing with witnesses' testimony, a DJe publication list (intimations
  and an edital de citação), the primeiras declarações of an inventory (deceased, heirs,
  real estate, vehicles, bank balances), a power of attorney with a substabelecimento and
  its e-signature stamp, a law firm's case-management export (CSV) with deadlines.
- atendimento (consumer complaints turned into lawsuits): a PROCON complaint record (FA)
  with the conciliation hearing, a small-claims court atermação (complaint reduced to
  writing by a court servant), a retailer's contestação quoting its customer-registration
  screen, a summons (mandado de citação) with the bailiff's report, a small-claims judgment,
  an extrajudicial settlement with Pix/bank payment and witnesses, a batch of clerks'
  certificates and ordinance acts (certidões, ato ordinatório, balcão virtual).
- saude: a petition for a health-plan coverage injunction for a child (ABA therapy or
  surgery), the judge's injunction decision with the bailiff's service report, a
  court-appointed medical expert's report (laudo pericial) in a malpractice suit, a
  malpractice initial petition against a doctor and a hospital, the minutes of a hearing
  with nursing staff as witnesses, an appellate decision on health-plan coverage, a law
  firm's health-litigation tracking spreadsheet.
- financeiro: an execution of a bank credit note against a debtor and a guarantor, a SISBAJUD
  freezing-order report, a labour claim with payroll data (PIS, CTPS, salary account,
  severance table), a bailiff's seizure record (auto de penhora) of a vehicle, RENAJUD and
  INFOJUD search results attached by the clerk, a settlement in a debt-collection suit, an
  ação monitória on a credit-card debt with statement excerpts.

Conventions (the twentieth set's, with the twenty-fourth's decisions where they apply):
PERSON covers the name only, never "Sr.", "Sra.", "Dr.", "Dra.", "dona", "seu", "Min.",
"Des.", "Desembargador", "MM. Juiz"; particles inside a name (de, da, dos, e) are part of it;
"SURNAME, Given" is one span; nicknames and first names alone are persons. Judges,
desembargadores, ministers cited in case law, clerks, bailiffs, court servants, conciliators,
experts, lawyers, interns, witnesses, parties, representatives, heirs and the deceased are
persons; a company party is not, nor a law firm, even when its name is made of surnames
("Leão & Queiroga Advogados", "Bessa, Landim e Rolim Sociedade de Advogados"), nor a court,
forum or street named after a person ("Fórum Ruy Barbosa", "Fórum Clóvis Beviláqua").
"Espólio de NAME": NAME is PERSON. Corporate e-mails of people (a lawyer's
nome.sobrenome@firm) are EMAIL_ADDRESS; role mailboxes (contato@, intimacoes@, juridico@,
the court's unit mailboxes such as sp3cv@tjsp.jus.br) are not labelled. ADDRESS is street
type + name + number + complement (bairro, city, UF outside); a court's, company's or law
firm's address is not labelled; a home where a party, witness, heir or the deceased lives
or lived is, and so is a residential property listed in an inventory (it was the family's
home); a rural property named only by its name ("Sítio Boa Esperança") is not. Every CEP is
BR_CEP, a court's or a company's too. Phone numbers with an area code are PHONE_NUMBER (a
lawyer's or a court unit's WhatsApp too); 0800 numbers are not. Agency and account are
separate BANK_ACCOUNT spans, whoever holds the account (a company's or a law firm's too); bank
codes and bank names are not. DATE_OF_BIRTH only for
birth dates (a party's, a child's, the deceased's); dates of death, filing, hearing,
judgment, publication, deadlines, admission and dismissal are not. PROFESSIONAL_ID includes
the council acronym, UF and any "nº" between them ("OAB/SP 123.456", "OAB-RJ nº 98.765",
"OAB 123456/SP" in DJe lists, "OAB: 123.456/SP", "CRM/SP 123456", "COREN-BA 123456-ENF").
Decisions for this set: an intern's registration ("OAB/SP 123.456-E") is PROFESSIONAL_ID; a
law firm's own registration as a company ("registro de sociedade OAB/SP nº 12.345") is NOT
labelled; a psychologist's or physiotherapist's council number ("CRP 06/12345",
"CREFITO-3/123456-F") is PROFESSIONAL_ID; CTPS numbers ("CTPS nº 1234567, série 0012-SP") are not
labelled (no label for them); RNM numbers of migrants, court-staff registration numbers
(matrícula), PJe document ids and verification codes, SISBAJUD/RENAJUD protocols, RENAVAM,
chassis numbers, real-estate registration numbers (matrícula nº 45.678 do 2º CRI), death
certificate registration numbers, contract and CCB numbers, health-plan card numbers, FA
numbers of PROCON and CNJ process numbers are not labelled. PIX_KEY only for random (UUID)
keys, a creditor company's too; no other UUID appears in these files. CREDIT_CARD only for full
card numbers (the monitória's statement excerpt, an atermação quoting the card); masked
cards are not labelled. LICENSE_PLATE for old (ABC-1234) and Mercosul (ABC1D23) plates.
IP_ADDRESS for the IPs in e-signature stamps and registration logs. Masked CPFs in
signature stamps ("***.456.789-**") are not labelled.

Names: Brazilian names of many origins (Portuguese common and regional, coined names such as
Raylander, Gleyciane, Welberth, Joyciane; Italian, German/Pomeranian, Japanese/Okinawan,
Lebanese, Korean, Chinese, Haitian, Venezuelan, Angolan, Senegalese, Bolivian/Peruvian,
indigenous, Jewish, Ukrainian), at least a quarter of the name words rare or invented;
names that are also words (Rosa, Luz, Flor, Bento, Prudente, Amado, Vitória, Aurora, Branco,
Justo, Constante, Fiel, Graça, Celeste) next to the same words used as words ("agir de forma
prudente", "preço justo", "depositário fiel", "juros de forma constante", "à luz do
art. 186") and in places, courts, streets and companies (Presidente
Prudente, Bento Gonçalves, Vitória/ES, Hospital Santa Rosa, Banco Aurora S.A., Rua Rosa
Branca), which are not persons. Forms: full names, ALL CAPS (qualification heads, DJe lists,
exports), lower case (typed by clients), "SURNAME, Given", first name alone, nicknames
quoted in testimony ("conhecido como 'Bira'").

Court files are dense in names (parties, lawyers, judges, clerks, witnesses, ministers cited):
PERSON is about 38% of the gold spans, above the usual 25-35%, kept so after trimming repeated
mentions rather than padding the files with identifiers.

Hard negatives (never labelled): CNJ process numbers, 11-digit numbers failing the CPF
check (RENAVAM, protocols, invalid CPFs), laws and articles ("art. 300 do CPC", "Lei
8.078/90", "Súmula 297 do STJ", "Tema 1.082"), case-law citations and their numbers, money,
protocols, company and law-firm names made of surnames, courts and streets named after
people, dates that are not birth dates, CID-10 codes, the e-signature verification codes.
The check below verifies the check digits of every labelled identifier and that no
unlabelled digit run shaped like a CPF (11 digits or dotted), a título (12), a CNS (15) or a
card (16) passes its check.
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
SEED = 26
ORD = "twentysixth"

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
ORDS = ["primeiro", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez", "onze", "doze",
        "treze", "catorze", "quinze", "dezesseis", "dezessete", "dezoito", "dezenove", "vinte", "vinte e um",
        "vinte e dois", "vinte e três", "vinte e quatro", "vinte e cinco", "vinte e seis", "vinte e sete",
        "vinte e oito"]

# --------------------------------------------------------------------------- name pools
# RARE_* hold uncommon, regional or coined names; main() prints their share of PERSON words.

PT_F = ["Renata", "Vanessa", "Carolina", "Bianca", "Daniela", "Eliane", "Márcia", "Kátia", "Rosana", "Lúcia",
        "Helena", "Alice", "Lívia", "Cecília", "Bruna", "Jéssica", "Thaís", "Sueli", "Regina", "Vera Lúcia",
        "Maria Aparecida", "Ana Paula", "Fernanda", "Patrícia", "Juliana", "Camila", "Adriana", "Simone",
        "Luciana", "Tatiane", "Priscila", "Larissa", "Gabriela", "Mariana", "Maria das Dores", "Francisca",
        "Beatriz", "Sandra", "Cristiane", "Roberta", "Marta", "Isabela"]
RARE_F = ["Josilene", "Zuleide", "Edvânia", "Gercina", "Marlucia", "Claudineia", "Ozenira", "Raimunda Nonata",
          "Leidiane", "Rosimeire", "Eronildes", "Vaneide", "Ednalva", "Maciléia", "Deuzuite", "Alzenir", "Kamilly",
          "Gleyciane", "Joyciane", "Taynná", "Crisleide", "Valmira", "Jozélia", "Francinete", "Gildete", "Clebiane",
          "Lauanny", "Dheyse", "Wérica", "Adenilde", "Quitéria", "Joselma", "Rozimar", "Zenóbia", "Nailde",
          "Jeruza", "Aucilene", "Teodolina", "Kethellen", "Ysadora", "Iraildes", "Eurídice", "Lindalva",
          "Maryellen", "Sheyla Rayane", "Edileuza"]
PT_M = ["Marcelo", "Alexandre", "Fernando", "Paulo", "Sérgio", "Luiz Carlos", "Carlos Eduardo", "Wagner",
        "Cláudio", "André", "Renato", "Júlio César", "Otávio", "Caio", "Enzo", "Davi", "Samuel", "Pedro Henrique",
        "Felipe", "Marcos", "Jorge", "Nelson", "Rodrigo", "Mauro", "Wellington", "Fábio", "Ricardo", "Rafael",
        "Gustavo", "Thiago", "Bruno", "Leandro", "Diego", "João Victor", "Antônio", "José Carlos", "Roberto",
        "Eduardo", "Vinícius", "Francisco", "Luís Fernando"]
RARE_M = ["Aldemir", "Edilson", "Genival", "Josimar", "Uelinton", "Reginauro", "Juvenal", "Ozéas", "Valdeci",
          "Cleidson", "Gilvan", "Ivonaldo", "Erisvaldo", "Jailton", "Lindomar", "Hermógenes", "Rhuan", "Kayky",
          "Thalisson", "Abdias", "Elpídio", "Florisvaldo", "Sinval", "Zózimo", "Raylander", "Welberth", "Dhonatan",
          "Adailton", "Cosme Damião", "Edivaldo", "Jucelino", "Raniere", "Wendson", "Gedeão", "Claudionor",
          "Deoclécio", "Ubiratã", "Jocélio", "Aurivan", "Eufrásio", "Natanael", "Misael", "Wanderlan", "Onofre",
          "Agenor", "Jeovane"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa", "Rodrigues", "Martins", "Carvalho", "Gomes",
          "Ribeiro", "Alves", "Araújo", "Barbosa", "Cardoso", "Castro", "Lopes", "Mendes", "Nunes", "Ramos", "Reis",
          "Teixeira", "Vieira", "Moura", "Nogueira", "Azevedo", "Campos", "Duarte", "Andrade", "Marques",
          "Nascimento", "Santana", "Machado", "Ferreira", "Lima", "Rocha", "Dias", "Moreira", "Monteiro", "Pinto",
          "Correia", "Freitas", "Batista"]
RARE_SUR = ["Cavalheiro", "Bulhões", "Faustino", "Anunciação", "Penedo", "Caetité", "Apolinário", "Gadelha",
            "Jacobina", "Landim", "Quixadá", "Belchior", "Perdigão", "Rolim", "Cantanhede", "Parnaíba", "Queiroga",
            "Seabra", "Trajano", "Varjão", "Xerez", "Alencastro", "Conrado", "Inojosa", "Juruena", "Otoni",
            "Tabosa", "Mourão", "Sucupira", "Ximenes", "Frota", "Aragão", "Bessa", "Catunda", "Jatobá", "Pontual",
            "Uchôa", "Wanderley", "Cirino", "Buriti", "Arcoverde", "Baraúna", "Albuquerque Maranhão", "Bezerril",
            "Tavares Bastos", "Leitão", "Capistrano", "Sobreira", "Paranaguá", "Pessoa de Mello"]
WORD_F = ["Rosa", "Vitória", "Flor", "Luz", "Aurora", "Graça", "Celeste", "Constância"]
WORD_M = ["Bento", "Prudente", "Amado", "Justo", "Modesto", "Constante", "Fiel", "Celeste"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Bento", "Flor", "Luz", "Amado", "Graça", "Vitória", "Celeste",
            "Justo", "Fiel", "Constante", "Leão", "Cordeiro", "Raposo", "Pombo", "Sardinha", "Palmeira", "Franco"]
NICK = {"Luiz Carlos": "Luizinho", "Maria Aparecida": "Cida", "Vera Lúcia": "Verinha", "Raimunda Nonata": "Nonata",
        "Maria das Dores": "Dorinha", "Francisca": "Chica", "Pedro Henrique": "PH", "Carlos Eduardo": "Cadu",
        "Alexandre": "Xande", "Francinete": "Net", "Deuzuite": "Zuzu", "Hermógenes": "Mogenes", "José Carlos": "Zeca",
        "Antônio": "Toninho", "Cosme Damião": "Cosminho", "Florisvaldo": "Flor", "Júlio César": "Julinho",
        "Rodrigo": "Digão", "Wellington": "Tom", "Ubiratã": "Bira", "Quitéria": "Teca", "Gildete": "Gil",
        "João Victor": "JV", "Rozimar": "Rô", "Claudionor": "Nonô", "Francisco": "Chico", "Eufrásio": "Fafá",
        "Raylander": "Ray", "Edileuza": "Leu", "Welberth": "Beto", "Onofre": "Nofinho", "Teodolina": "Dona Teo"}
FOREIGN = {
    "it": (["Graziella", "Ornella", "Donatella"], ["Lorenzo", "Vittorio", "Ettore"],
           ["Bortolotto", "Gasparetto", "Dalla Costa", "Marcon", "Bianchini", "Fiorese", "Zanella", "Tomazoni"]),
    "de": (["Waltraud", "Gerda", "Liesel"], ["Helmut", "Ewald", "Armin"],
           ["Schneider", "Hoffmann", "Krüger", "Voigt", "Lemke", "Stüpp", "Tesch", "Ramlow", "Bergmann"]),
    "jp": (["Sachiko", "Naomi", "Emiko"], ["Kenji", "Takeshi", "Hiroshi"],
           ["Yamashiro", "Tamashiro", "Kinjo", "Oshiro", "Matsumoto", "Higa", "Nakandakari"]),
    "ar": (["Nadia", "Leila", "Soraya"], ["Farid", "Nagib", "Kamal"], ["Haddad", "Khoury", "Maluf", "Nassar", "Sfeir"]),
    "ua": (["Oksana", "Natalka"], ["Bohdan", "Taras"], ["Melnyk", "Shevchuk", "Tkachenko", "Koval"]),
    "kr": (["Min-ji", "Hye-jin", "Seo-yeon"], ["Sung-ho", "Jae-won"], ["Kim", "Choi", "Jung", "Yoon", "Cho"]),
    "cn": (["Xiaoling", "Hui"], ["Hao", "Lei"], ["Chen", "Wu", "Lin", "Zhou"]),
    "bo": (["Ximena", "Rocío", "Wilma"], ["Rolando", "Fidel", "Eusebio"], ["Apaza", "Ticona", "Colque", "Mamani"]),
    "pe": (["Yesenia", "Milagros"], ["Wilfredo", "Ulises"], ["Huamán", "Ccahuana", "Quispe"]),
    "ve": (["Yusmary", "Yorgelis", "Daniela Alejandra"], ["Wuilmer", "Deivis", "Yonaiker"],
           ["Rondón", "Briceño", "Guaramato", "Colmenares", "Pérez Yépez"]),
    "ht": (["Guerline", "Mirlande", "Roseline"], ["Wilner", "Jhonson", "Frantz"], ["Joseph", "Dorvil", "Exantus", "Pierre-Louis"]),
    "sn": (["Aminata", "Fatou", "Khady"], ["Mamadou", "Ousmane", "Cheikh"], ["Diop", "Ndiaye", "Sow", "Gueye"]),
    "ao": (["Luzia Nzinga", "Teresa Ndala"], ["Kiluanje", "Domingos Mbala"], ["Kiala", "Nzau", "Massala", "Tchipa"]),
    "in": (["Iracema", "Araci", "Jurema"], ["Anhangá", "Tupã", "Cauê"], ["Krahô", "Kaingang", "Xavante", "Terena"]),
    "jw": (["Raquel", "Débora", "Hanna"], ["Abraão", "Salomão", "Isaac"], ["Weissmann", "Grinberg", "Blaustein", "Kac"]),
}
NATION = {"ht": ("haitiano", "haitiana"), "sn": ("senegalês", "senegalesa"), "ve": ("venezuelano", "venezuelana"),
          "ao": ("angolano", "angolana"), "bo": ("boliviano", "boliviana"), "pe": ("peruano", "peruana"),
          "ua": ("ucraniano", "ucraniana")}
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in ("ht", "sn", "ao", "in", "ua", "bo", "pe", "ve", "jw"):
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Costa", "Rosa", "Luz", "Vitória", "Silva", "Penedo", "Graça", "Conceição", "Rocha", "Flor"}
DO_SUR = {"Nascimento", "Amaral", "Prado", "Carmo"}
DOS_SUR = {"Reis", "Campos", "Santos"}


def particle(surname: str) -> str:
    if surname in DA_SUR:
        return "da"
    if surname in DO_SUR:
        return "do"
    if surname in DOS_SUR:
        return "dos"
    return "de"


DDDS = ["11", "12", "13", "14", "15", "16", "17", "19", "21", "22", "24", "27", "31", "32", "34", "35", "41", "43",
        "44", "47", "48", "51", "53", "54", "61", "62", "65", "67", "68", "71", "73", "75", "79", "81", "82", "83",
        "84", "85", "86", "88", "91", "92", "95", "96", "98"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Estrada", "Praça", "Rodovia",
                "Vila", "Servidão", "Largo"]
STREET_NAMES = ["Rosa Branca", "Doutor Bento Amaral", "da Aurora", "Prudente de Morais", "Flor de Lis", "das Palmeiras",
                "Coronel Lourival Penedo", "Professora Zuleide Gadelha", "Dom Pedro II", "Barão do Rio Branco",
                "Luz Divina", "Frei Caneca", "General Osório", "Capitão Abdias Landim", "das Acácias",
                "Vitória Régia", "Padre Anchieta", "Quinze de Novembro", "Irmãos Bulhões", "Nossa Senhora da Graça",
                "Senador Queiroga", "Juscelino Kubitschek", "Santos Dumont", "Marechal Deodoro", "Getúlio Vargas",
                "Amado Batista", "Joaquim Nabuco", "Tiradentes", "Sete de Setembro", "Maria Quitéria",
                "Dona Ozenira Tabosa", "Engenheiro Caetité", "Tenente Justo Sucupira", "dos Ipês", "Carlos Gomes",
                "Desembargador Fiel Capistrano", "Rui Barbosa", "Clóvis Beviláqua", "Ministro Constante Sobreira"]
CITIES = [("Presidente Prudente", "SP"), ("Bento Gonçalves", "RS"), ("Vitória", "ES"), ("Vitória da Conquista", "BA"),
          ("Rio Branco", "AC"), ("Santa Luzia", "MG"), ("Aurora", "CE"), ("Flores da Cunha", "RS"), ("Londrina", "PR"),
          ("Maringá", "PR"), ("Joinville", "SC"), ("Criciúma", "SC"), ("Pelotas", "RS"), ("Juiz de Fora", "MG"),
          ("Uberlândia", "MG"), ("Ribeirão Preto", "SP"), ("Campinas", "SP"), ("Sorocaba", "SP"), ("São Paulo", "SP"),
          ("Guarulhos", "SP"), ("Rio de Janeiro", "RJ"), ("Niterói", "RJ"), ("Petrolina", "PE"), ("Recife", "PE"),
          ("Sobral", "CE"), ("Fortaleza", "CE"), ("Teresina", "PI"), ("Belém", "PA"), ("Manaus", "AM"),
          ("Boa Vista", "RR"), ("Campo Grande", "MS"), ("Cuiabá", "MT"), ("Goiânia", "GO"), ("Salvador", "BA"),
          ("Feira de Santana", "BA"), ("Natal", "RN"), ("João Pessoa", "PB"), ("Maceió", "AL"), ("Aracaju", "SE"),
          ("Curitiba", "PR"), ("Porto Alegre", "RS"), ("Florianópolis", "SC"), ("Belo Horizonte", "MG"), ("Brasília", "DF")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN", "PB", "MT",
       "MS", "PI", "SE", "AL"]
TJ_SEG = {"SP": "8.26", "RJ": "8.19", "MG": "8.13", "RS": "8.21", "PR": "8.16", "SC": "8.24", "BA": "8.05",
          "PE": "8.17", "CE": "8.06", "GO": "8.09", "PA": "8.14", "AM": "8.04", "DF": "8.07", "ES": "8.08",
          "RN": "8.20", "PB": "8.15", "MT": "8.11", "MS": "8.12", "PI": "8.18", "SE": "8.25", "AL": "8.02",
          "AC": "8.01", "RR": "8.23", "MA": "8.10"}
BAIRROS = ["Jardim Aurora", "Vila Prudente", "Centro", "Bela Vista", "Jardim Rosa Branca", "Alto da Luz",
           "Parque Bento Ribeiro", "Vila Esperança", "Bonfim", "Graças", "Flor do Vale", "Cidade Nova", "Boa Viagem",
           "Cohab II", "Jardim Celeste", "Setor Bueno", "Padre Eustáquio", "Jardim Amado", "Mangabeira", "Pituba",
           "Vila Constança", "Conjunto Fiel Filho"]
FORUMS = ["Fórum Ruy Barbosa", "Fórum Clóvis Beviláqua", "Fórum João Mendes Júnior", "Fórum Lafayette",
          "Fórum Desembargador Bento Faria", "Fórum Teixeira de Freitas", "Fórum Juiz Amado Prudente",
          "Fórum Regional de Santo Amaro", "Fórum Afonso Pena"]
FIRMS = ["Leão & Queiroga Advogados", "Mattos Filho Advogados", "Bessa, Landim e Rolim Sociedade de Advogados",
         "Haddad & Khoury Advocacia", "Amado Prudente Advogados Associados", "Ximenes Frota Advocacia",
         "Cantanhede, Sobreira & Bulhões Advogados", "Rosa Branco Advocacia Empresarial", "Tomazoni Bergmann Advogados"]
FIRM_DOMS = ["leaoqueiroga.adv.br", "bessalandim.com.br", "haddadkhoury.adv.br", "amadoprudente.adv.br",
             "ximenesfrota.com.br", "csb.adv.br", "rosabranco.adv.br", "tbadv.com.br"]
BANKS = [("001", "Banco do Brasil"), ("104", "Caixa Econômica Federal"), ("237", "Bradesco"), ("341", "Itaú Unibanco"),
         ("033", "Santander"), ("260", "Nu Pagamentos"), ("077", "Banco Inter"), ("756", "Sicoob"), ("748", "Sicredi"),
         ("336", "C6 Bank")]
CREDITORS = ["Banco Aurora S.A.", "Cooperativa de Crédito Vitória - Sicredi Vitória", "Banco Celeste Múltiplo S.A.",
             "Bento Crédito Financeira S.A.", "Fidelis Securitizadora S.A.", "Prudente Fomento Mercantil Ltda."]
RETAILERS = ["Magazine Flor de Lis Ltda.", "Lojas Prudente S.A.", "Casa Aurora Utilidades Ltda.", "Bento Móveis e Eletro Ltda.",
             "Celeste Calçados EIRELI", "Vitória Telecom S.A.", "LuzNet Internet Ltda.", "Amado Viagens e Turismo Ltda.",
             "Companhia Aérea Rosa dos Ventos S.A."]
PLANS = ["Saúde Celeste Operadora de Planos Ltda.", "Prudente Saúde S.A.", "Unimed Vale da Aurora Cooperativa Médica",
         "Bento Assistência Médica Ltda.", "Vitória Seguro Saúde S.A."]
HOSPITALS = ["Hospital Santa Rosa", "Hospital São Bento", "Hospital e Maternidade Vitória", "Hospital Aurora",
             "Casa de Saúde Nossa Senhora da Luz", "Hospital Regional Justo Sucupira"]
CIDS = ["F84.0", "C50.9", "M17.1", "K80.2", "O82", "S72.0", "G80.9", "E66.9", "I21.9", "Q21.1", "C61", "M51.1"]
CARS = ["VW Gol 1.0", "Fiat Strada Freedom", "Chevrolet Onix LT", "Toyota Corolla XEi", "Hyundai HB20 Comfort",
        "Honda CG 160 Fan", "Fiat Toro Volcano", "Renault Kwid Zen", "Ford Ka SE", "Jeep Renegade Sport"]
COLOURS = ["branco", "prata", "preto", "vermelho", "cinza", "azul"]


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
        return self.given.split()[0] if not self.given.startswith(("Maria d", "Cosme ")) else self.given

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
    def caps_fold(self) -> str:
        return fold(self.full).upper()

    @property
    def low(self) -> str:
        return fold(self.full).lower()

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

    def g(self, m: str, f: str) -> str:
        return f if self.female else m

    @property
    def sr(self) -> str:
        return "Sra." if self.female else "Sr."

    @property
    def dr(self) -> str:
        return "Dra." if self.female else "Dr."


def name_form(g: "Gen", p: Person, forms: list[str] | None = None) -> str:
    form = g.pick(forms or ["full", "full", "short", "caps", "low", "first"])
    return {"full": p.full, "short": p.short, "caps": p.caps, "capsf": p.caps_fold, "low": p.low,
            "inverted": p.inverted, "inv_title": p.inverted_title, "first": p.first, "last": p.last,
            "nick": p.nick, "capsshort": p.short.upper()}[form]


def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def fmt_date(dd: int, mm: int, yy: int, fmt: str) -> str:
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}",
            "short": f"{dd:02d}/{mm:02d}/{yy % 100:02d}", "long": f"{dd} de {MONTHS[mm - 1]} de {yy}",
            "nopad": f"{dd}/{mm}/{yy}", "dot": f"{dd:02d}.{mm:02d}.{yy}", "dm": f"{dd:02d}/{mm:02d}",
            "caps": f"{dd} DE {MONTHS[mm - 1].upper()} DE {yy}", "º": f"{'1º' if dd == 1 else dd} de {MONTHS[mm - 1]} de {yy}"}[fmt]


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
        return "".join(self.rng.choice("0123456789ABCDEF") for _ in range(n))

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
        if r < 0.47:
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
            elif len(surnames) >= 2 and rng.random() < 0.06:
                surnames.insert(len(surnames) - 1, "e")
            if not female and rng.random() < 0.07:
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
        return Person(given, surnames, female, origin)

    def relative(self, of: Person, female: bool | None = None) -> Person:
        female = self.chance(0.5) if female is None else female
        p = self.person(female=female, origin="pt")
        own = [s for s in p.surnames if s not in PARTICLES and s not in SUFFIXES][:1]
        return Person(p.given, [s for s in own if s != of.last] + [of.last], female, of.origin)

    def email(self, p: Person, domain: str | None = None) -> str:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower())
        l = re.sub(r"[^a-z]", "", fold(p.last).lower())
        user = self.pick([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}_{l}{self.d(2)}", f"{f}{self.d(4)}",
                          f"{l}.{f}", f"{f}.{l}{self.rng.randint(70, 99)}", f"{f}{l[:4]}", f"{f[0]}.{l}"])
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
        style = style or self.pick(["dot", "dot", "dot", "dot", "raw"])
        return {"dot": fmt_cpf(n), "raw": n, "dash": f"{n[:9]}-{n[9:]}"}[style]

    def masked_cpf(self) -> str:
        n = self.d(11)
        return self.pick([f"***.{n[3:6]}.{n[6:9]}-**", f"{n[:3]}.***.***-{n[9:]}", f"XXX.{n[3:6]}.{n[6:9]}-XX"])

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
        style = style or self.pick(["dot", "dot", "raw", "mg"])
        if style == "mg":
            return f"MG-{self.d(2)}.{self.d(3)}.{self.d(3)}"
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
        if not dash:
            return n
        return f"{n[:2]}.{n[2:5]}-{n[5:]}" if self.chance(0.15) else f"{n[:5]}-{n[5:]}"

    def phone(self, style: str | None = None, mobile: bool = True) -> str:
        ddd = self.pick(DDDS)
        local = ("9" + str(self.rng.randint(6, 9)) + self.d(7)) if mobile else (str(self.rng.randint(2, 5)) + self.d(7))
        h, t = local[:-4], local[-4:]
        style = style or self.pick(["par", "par", "par", "plus", "plain", "nospace", "dash"])
        return {"par": f"({ddd}) {h}-{t}", "plus": f"+55 {ddd} {h}-{t}", "plain": f"{ddd} {h}-{t}",
                "e164": f"+55{ddd}{local}", "raw": f"{ddd}{local}", "dash": f"{ddd}-{h}-{t}",
                "nospace": f"({ddd}){h}-{t}", "zero": f"0{ddd} {h}-{t}"}[style]

    def card(self, spaced: bool = True) -> str:
        b = self.pick(["4", "5", "5", "6"]) + self.d(14)
        n = b + luhn_dv(b)
        return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if spaced else n

    def masked_card(self) -> str:
        return self.pick([f"final {self.d(4)}", f"**** **** **** {self.d(4)}", f"{self.pick(['5502', '4984', '5162'])} **** **** {self.d(4)}",
                          f"XXXX.XXXX.XXXX.{self.d(4)}"])

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def plate(self, old: bool | None = None) -> str:
        L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        a = "".join(self.pick(L) for _ in range(3))
        old = self.chance(0.4) if old is None else old
        if old:
            return f"{a}-{self.d(4)}" if self.chance(0.8) else f"{a}{self.d(4)}"
        return f"{a}{self.d(1)}{self.pick(L)}{self.d(2)}"

    def chassi(self) -> str:
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        return "9" + self.pick(["BW", "BD", "BG", "3N", "BH", "C2"]) + "".join(self.pick(chars) for _ in range(14))

    def agency(self, dv: bool | None = None) -> str:
        dv = self.chance(0.3) if dv is None else dv
        return f"{self.d(4)}-{self.d(1)}" if dv else self.d(4)

    def account(self, dv: bool | None = None) -> str:
        dv = self.chance(0.75) if dv is None else dv
        body = str(self.rng.randint(1, 9)) + self.d(self.rng.randint(4, 8))
        if dv and self.chance(0.3) and len(body) >= 6:
            body = f"{body[:-3]}.{body[-3:]}"
        return f"{body}-{self.pick('0123456789X')}" if dv else body

    def ip(self) -> str:
        first = self.pick([177, 179, 186, 187, 189, 191, 200, 201, 138, 152, 170, 45, 131, 143, 168, 181])
        return f"{first}.{self.rng.randint(0, 255)}.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}"

    def street_parts(self) -> tuple[str, str, str, str]:
        t = self.pick(STREET_TYPES)
        name = self.pick(STREET_NAMES)
        num = str(self.rng.randint(3, 3999)) if self.chance(0.92) else "s/n"
        comp = self.pick(["", "", "", f"apto {self.rng.randint(11, 1204)}", f"casa {self.rng.randint(1, 9)}",
                          f"bloco {self.pick('ABCDE')}, apto {self.rng.randint(11, 408)}", "fundos",
                          f"Quadra {self.rng.randint(1, 40)}, Lote {self.rng.randint(1, 30)}",
                          f"apartamento {self.rng.randint(11, 1204)}"])
        return t, name, num, comp

    def address(self, style: str = "text") -> str:
        t, name, num, comp = self.street_parts()
        if style == "caps":
            return f"{t} {name}, {num}".upper() + (f", {comp}".upper() if comp else "")
        if style == "low":
            abbr = {"Rua": "r", "Avenida": "av", "Travessa": "tv", "Alameda": "al", "Estrada": "estr"}
            s = f"{abbr.get(t, t)} {name} " + (num if num != "s/n" else "sn") + (f" {comp}" if comp else "")
            return fold(s).lower()
        if style == "legal":  # "Rua X, nº 123, apto 4"
            return f"{t} {name}, nº {num}" + (f", {comp}" if comp else "")
        abbr = {"Rua": "R.", "Avenida": "Av.", "Travessa": "Tv.", "Alameda": "Al."}
        if self.chance(0.3) and t in abbr:
            t = abbr[t]
        sep = self.pick([", ", ", nº ", ", n. ", " "])
        return f"{t} {name}{sep}{num}" + (self.pick([", ", " - ", " "]) + comp if comp else "")

    def city(self) -> tuple[str, str]:
        return self.pick(CITIES)

    def dob(self, fmt: str | None = None, lo: int = 1945, hi: int = 2005) -> str:
        dd, mm, yy = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(lo, hi)
        fmt = fmt or self.pick(["br", "br", "br", "long", "nopad", "dot"])
        return fmt_date(dd, mm, yy, fmt)

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        y = year or self.pick([2024, 2025, 2025, 2025, 2026])
        return fmt_date(self.rng.randint(1, 28), self.rng.randint(1, 12), y, fmt)

    def hm(self) -> str:
        return f"{self.rng.randint(8, 18):02d}:{self.rng.randint(0, 59):02d}"

    def hms(self) -> str:
        return f"{self.rng.randint(7, 21):02d}:{self.rng.randint(0, 59):02d}:{self.rng.randint(0, 59):02d}"

    def money(self, lo: int = 20, hi: int = 50000) -> str:
        v = self.rng.randint(lo * 100, hi * 100)
        r, c = divmod(v, 100)
        return f"{r:,}".replace(",", ".") + f",{c:02d}"

    def cnj(self, uf: str | None = None, seg: str | None = None) -> str:
        seg = seg or TJ_SEG.get(uf or self.pick(UFS), "8.26")
        return f"{self.d(7)}-{self.d(2)}.{self.rng.randint(2018, 2025)}.{seg}.{self.d(4)}"

    def resp(self) -> str:
        n = self.ri(600000, 2199999)
        return f"{n:,}".replace(",", ".") + "/" + self.pick(UFS)

    def council(self, kind: str = "OAB", uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.rng.randint(1000, 499999)
        dotted = f"{n:,}".replace(",", ".")
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} nº {dotted}", f"OAB-{uf} nº {n}", f"OAB/{uf} {n}",
                              f"OAB/{uf} {dotted}", f"OAB-{uf} {dotted}"])
        if kind == "OABDJE":
            return self.pick([f"OAB {n}/{uf}", f"OAB {n}/{uf}", f"OAB: {dotted}/{uf}", f"OAB {dotted}{self.pick(['', 'N', 'A'])}/{uf}"])
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {dotted}-ENF", f"COREN-{uf} {n}-TE", f"COREN/{uf} nº {n}"])
        if kind == "CRP":
            return f"CRP {self.ri(1, 23):02d}/{self.d(5)}"
        if kind == "CREFITO":
            return f"CREFITO-{self.ri(1, 18)}/{self.d(6)}-F"
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


def P(s: str):
    return (s, "PERSON")


def cpf_t(g: Gen, style: str | None = None):
    return (g.cpf(style), "BR_CPF")


def ph_t(g: Gen, style: str | None = None, mobile: bool = True):
    return (g.phone(style, mobile), "PHONE_NUMBER")


def em_t(g: Gen, p: Person, domain: str | None = None):
    return (g.email(p, domain), "EMAIL_ADDRESS")


def cep_t(g: Gen, dash: bool | None = None):
    return (g.cep(dash), "BR_CEP")


def ad_t(g: Gen, style: str = "text"):
    return (g.address(style), "ADDRESS")


def dob_t(g: Gen, fmt: str | None = None, lo: int = 1945, hi: int = 2005):
    return (g.dob(fmt, lo, hi), "DATE_OF_BIRTH")


def ip_t(g: Gen):
    return (g.ip(), "IP_ADDRESS")


def oab_t(g: Gen, uf: str | None = None, kind: str = "OAB"):
    return (g.council(kind, uf), "PROFESSIONAL_ID")


def pid(g: Gen, p: Person, kind: str = "OAB", uf: str | None = None):
    """A person's council registration, the same string each time the person is named."""
    if not hasattr(p, "ids"):
        p.ids = {}
    if kind not in p.ids:
        p.ids[kind] = g.council(kind, uf)
    return (p.ids[kind], "PROFESSIONAL_ID")


def rg_t(g: Gen, style: str | None = None):
    return (g.rg(style), "BR_RG")


def corp_mail(p: Person, dom: str) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return f"{f}.{l}@{dom}"


def typo(g: Gen, s: str, rate: float = 0.5) -> str:
    """Clients typing: drop accents, lower case, a swapped or doubled letter now and then."""
    s = fold(s).lower() if g.chance(0.8) else s
    words = s.split(" ")
    for i, w in enumerate(words):
        if len(w) > 4 and w.isalpha() and g.chance(rate * 0.15):
            j = g.ri(1, len(w) - 2)
            w = w[:j] + w[j + 1] + w[j] + w[j + 2:] if g.chance(0.6) else w[:j] + w[j] + w[j:]
            words[i] = w
    return " ".join(words)


PROFS = [("motorista", "motorista"), ("comerciante", "comerciante"), ("professor", "professora"),
         ("autônomo", "autônoma"), ("aposentado", "aposentada"), ("auxiliar administrativo", "auxiliar administrativa"),
         ("pedreiro", "diarista"), ("eletricista", "cabeleireira"), ("vendedor", "vendedora"), ("enfermeiro", "enfermeira"),
         ("servidor público", "servidora pública"), ("empresário", "empresária"), ("estudante", "estudante"),
         ("agricultor", "agricultora"), ("do lar", "do lar"), ("técnico em informática", "técnica de enfermagem")]
CIVIL = [("solteiro", "solteira"), ("casado", "casada"), ("divorciado", "divorciada"), ("viúvo", "viúva"),
         ("em união estável", "em união estável")]


def qual(g: Gen, doc: Doc, p: Person, *, form: str = "caps", rg: bool = True, cpf: bool = True, addr: bool = True,
         email: bool = False, phone: bool = False, dob: bool = False, extra: str | None = None,
         civil: str | None = None, prof: str | None = None, end: str = "") -> None:
    """A party's qualification as courts write it, in one sentence."""
    name = {"caps": p.caps, "full": p.full, "capsf": p.caps_fold}[form]
    if p.origin in NATION and g.chance(0.6):
        nat = NATION[p.origin][1 if p.female else 0]
        foreign = True
    else:
        nat = p.g("brasileiro", "brasileira")
        foreign = False
    civ = civil or g.pick(CIVIL)[1 if p.female else 0]
    pr = prof or g.pick(PROFS)[1 if p.female else 0]
    doc.f("«n», «nat», «c», «pr», ", n=P(name), nat=nat, c=civ, pr=pr)
    if dob:
        doc.f("nascid«o» em «d», ", o=p.o, d=dob_t(g, g.pick(["br", "br", "long"]), 1950, 2002))
    if foreign:
        doc.f("portador«a» do Registro Nacional Migratório (RNM) nº «r», ",
              a=p.g("", "a"), r=f"{g.pick('FGVW')}{g.d(6)}-{g.pick('0123456789X')}")
    elif rg:
        doc.f("portador«a» da cédula de identidade RG nº «r» «o», ", a=p.g("", "a"),
              r=rg_t(g), o=g.pick(["SSP/SP", "SSP/BA", "SESP/PR", "SSP/MG", "DETRAN/RJ", "SDS/PE", "PC/GO", "SSP-CE"]))
    if cpf:
        doc.f("inscrit«o» no «k» sob o nº «c», ", o=p.o, k=g.pick(["CPF", "CPF/MF", "Cadastro de Pessoas Físicas"]),
              c=cpf_t(g))
    if extra is None and not foreign and g.chance(0.12):
        extra = g.pick(["cnh", "titulo"])
    if extra == "cnh":
        doc.f("CNH nº «c», ", c=(g.cnh(), "BR_CNH"))
    elif extra == "titulo":
        doc.f("título de eleitor nº «t», ", t=(g.titulo(), "BR_TITULO_ELEITOR"))
    elif extra == "pis":
        doc.f("PIS/PASEP nº «t», ", t=(g.pis(), "BR_PIS"))
    elif extra == "cns":
        doc.f("Cartão Nacional de Saúde nº «t», ", t=(g.cns(), "BR_CNS"))
    if email:
        doc.f("endereço eletrônico «e», ", e=em_t(g, p))
    if phone:
        doc.f("telefone «t», ", t=ph_t(g))
    if addr:
        city, uf = g.city()
        doc.f("residente e domiciliad«o» na «ad», «b», «city»/«uf», CEP «cep»", o=p.o,
              ad=ad_t(g, "legal"), b=g.pick(BAIRROS), city=city, uf=uf, cep=cep_t(g))
    else:
        doc.text = doc.text.rstrip(", ")
    doc.t(end)


def sign_stamp(g: Gen, doc: Doc, p: Person, role: str) -> None:
    """PJe / e-SAJ footer of a signed piece."""
    style = g.ri(0, 2)
    if style == 0:
        doc.f("\n\nDocumento assinado eletronicamente por «n», «r», em «d», às «h», conforme art. 1º, III, \"b\", da Lei "
              "11.419/2006. A autenticidade pode ser conferida em https://pje.jus.br/validar informando o código «c».\n",
              n=P(p.caps if g.chance(0.5) else p.full), r=role, d=g.date(), h=g.hms(), c=g.d(8) + g.hexs(4).lower())
    elif style == 1:
        doc.f("\n\nAssinado eletronicamente por: «n» - «d» «h»\nNúmero do documento: «c»\n",
              n=P(p.caps), d=g.date(), h=g.hms(), c=g.d(14) + "0000" + g.d(10))
    else:
        doc.f("\n\nEste documento é cópia do original, assinado digitalmente por «n», protocolado em «d» às «h», "
              "sob o número «w». Para conferir o original, acesse o site, informe o processo e código «c».\n",
              n=P(p.caps_fold), d=g.date(), h=g.hm(), w=f"WPRP{g.d(11)}", c=g.hexs(8))


def court(g: Gen, kind: str | None = None) -> str:
    n = g.ri(1, 45)
    kind = kind or g.pick(["Vara Cível", "Vara Cível", "Vara Cível", "Vara Empresarial"])
    return f"{n}ª {kind}"


def lawyer_block(g: Gen, doc: Doc, lawyers: list[Person], uf: str, caps: bool = True) -> None:
    dom = g.pick(FIRM_DOMS)
    for lw in lawyers:
        doc.f("\n«n»\n«o»", n=P(lw.caps if caps else lw.full), o=pid(g, lw, "OAB", uf if g.chance(0.8) else None))
        if g.chance(0.4):
            doc.f(" · «e»", e=(corp_mail(lw, dom), "EMAIL_ADDRESS"))
    doc.t("\n")


def case_cite(g: Gen) -> tuple[str, Person]:
    m = g.person()
    turma = g.pick(["Terceira Turma", "Quarta Turma", "Segunda Seção", "Primeira Turma", "Corte Especial"])
    kind = g.pick(["REsp", "REsp", "AgInt no AREsp", "AgInt no REsp", "EDcl no REsp", "AREsp"])
    y = g.ri(2014, 2024)
    dd, mm = g.ri(1, 20), g.ri(1, 12)
    return (f"{kind} {g.resp()}, Rel. Min. ", m,
            f", {turma}, j. {dd:02d}/{mm:02d}/{y}, DJe {dd + g.ri(2, 8):02d}/{mm:02d}/{y}")


def cite(g: Gen, doc: Doc, paren: bool = True) -> None:
    a, m, b = case_cite(g)
    doc.f("«o»«a»«m»«b»«c»", o="(STJ, " if paren else "STJ, ", a=a,
          m=P(g.pick([m.full, m.full, m.short, m.caps])), b=b, c=")" if paren else "")


# =========================================================================== juridico


def ju_peticao(g: Gen) -> Doc:
    """Petição inicial: damages after a traffic accident, author's qualification, witnesses."""
    doc = Doc()
    city, uf = g.city()
    a, drv = g.person(), g.person()
    firm = g.pick(FIRMS)
    lawyers = [g.person() for _ in range(g.pick([1, 1, 2]))]
    defendant_company = g.chance(0.5)
    comp = g.pick(["Transportadora Leão do Norte Ltda.", "Expresso Aurora Logística Ltda.", "Viação Prudente S.A.",
                   "Bento Cargas e Mudanças EIRELI", "Constante Distribuidora de Bebidas Ltda."])
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) DOUTOR(A) JUIZ(A) DE DIREITO DA «v» DA COMARCA DE «c»/«uf»\n\n\n\n",
          v=court(g).upper(), c=city.upper(), uf=uf)
    qual(g, doc, a, email=g.chance(0.6), phone=g.chance(0.4), extra=g.pick([None, "cnh", "cnh"]),
         end=", por seus advogados que esta subscrevem (procuração anexa – doc. 01), ")
    doc.f("integrantes de «f», com endereço profissional indicado no rodapé, onde recebem intimações (e-mail «m»), "
          "vem, respeitosamente, à presença de Vossa Excelência, com fundamento nos arts. 186 e 927 do Código Civil e no "
          "art. 319 do CPC, propor a presente\n\nAÇÃO DE REPARAÇÃO DE DANOS MATERIAIS E MORAIS DECORRENTES DE ACIDENTE DE "
          "TRÂNSITO\n\nem face de ", f=firm, m=g.pick(["intimacoes@", "contato@", "processual@"]) + g.pick(FIRM_DOMS))
    if defendant_company:
        doc.f("«co», pessoa jurídica de direito privado, inscrita no CNPJ sob o nº «cn», com sede na Rodovia BR-«br», km «km», "
              "«city»/«uf», CEP «cep», e de ", co=comp.upper(), cn=(g.cnpj(), "BR_CNPJ"), br=g.ri(101, 470), km=g.ri(1, 600),
              city=city, uf=uf, cep=cep_t(g))
    qual(g, doc, drv, rg=g.chance(0.5), addr=True, extra="cnh" if g.chance(0.5) else None,
         end=", pelos fatos e fundamentos a seguir expostos.\n\n")
    pa, pb = g.plate(), g.plate()
    doc.f("I – DOS FATOS\n\n1. No dia «d», por volta das «h», «au» conduzia seu veículo «car», placa «pa», pela «st», "
          "quando foi atingido na traseira pelo veículo «car2», placa «pb», ",
          au=a.g("o Autor", "a Autora"), d=g.date("long"), h=g.hm().replace(":", "h"), car=g.pick(CARS), pa=(pa, "LICENSE_PLATE"),
          st=g.pick(["Avenida Getúlio Vargas", "Rodovia Presidente Dutra", "Avenida Prudente de Morais", "Rua Barão do Rio Branco",
                     "BR-116, altura do km 212"]),
          car2=g.pick(CARS), pb=(pb, "LICENSE_PLATE"))
    doc.f("conduzido pel«sr», «n»«x».\n\n", sr=drv.g("o segundo Réu", "a segunda Ré") if defendant_company else drv.g("o Réu", "a Ré"),
          n=P(drv.first if g.chance(0.4) else drv.short),
          x=drv.g(", preposto da primeira Ré", ", preposta da primeira Ré") if defendant_company else "")
    doc.f("2. Conforme o Boletim de Ocorrência nº «bo» (doc. 04), o condutor do veículo de placa «pb2» não guardou a distância "
          "de segurança exigida pelo art. 29, II, do Código de Trânsito Brasileiro, deixando de agir de forma prudente. "
          "O orçamento mais barato dos três obtidos (doc. 06) soma R$ «v», preço justo para o conserto.\n\n",
          bo=f"{g.d(4)}/{g.date('br')[-4:]}", pb2=(pb, "LICENSE_PLATE"), v=g.money(3000, 40000))
    doc.t(a.g("3. O Autor", "3. A Autora") + ", que utiliza o veículo para trabalhar, ficou ")
    doc.f("«n» dias sem poder trabalhar, com lucros cessantes estimados em R$ «v» (extratos da plataforma – doc. 07).\n\n",
          n=g.ri(12, 90), v=g.money(1500, 12000))
    doc.t("II – DO DIREITO\n\nA responsabilidade civil do causador do dano é inequívoca, à luz do art. 186 do Código Civil. "
          "Presume-se culpado quem colide na traseira, conforme entendimento pacífico: ")
    cite(g, doc)
    doc.t(". ")
    if defendant_company:
        doc.t("Quanto à primeira Ré, responde objetivamente pelos atos de seu preposto (art. 932, III, do CC; Súmula 341 do STF). ")
    doc.f("Os juros de mora fluem desde o evento danoso (Súmula 54 do STJ).\n\nIII – DOS PEDIDOS\n\nAnte o exposto, requer:\n"
          "a) a citação dos Réus, por via postal, para, querendo, apresentarem contestação;\nb) a condenação solidária ao "
          "pagamento de R$ «a» a título de danos materiais e R$ «b» a título de danos morais;\nc) a produção de todas as "
          "provas admitidas, especialmente a oitiva das testemunhas abaixo arroladas.\n\nDá-se à causa o valor de R$ «c».\n\n"
          "ROL DE TESTEMUNHAS:\n", a=g.money(3000, 40000), b=g.money(5000, 30000), c=g.money(10000, 80000))
    for i in range(g.ri(1, 2)):
        w = g.person()
        doc.f("«i». «n», «pr», RG «rg», residente na «ad», «city»/«uf»", i=i + 1, n=P(w.caps if g.chance(0.6) else w.full),
              pr=g.pick(PROFS)[1 if w.female else 0], rg=rg_t(g), ad=ad_t(g, g.pick(["text", "legal"])), city=city, uf=uf)
        if g.chance(0.5):
            doc.f(", tel. «t»", t=ph_t(g))
        doc.t(";\n")
    doc.f("\nTermos em que,\npede deferimento.\n\n«c», «d».\n", c=city, d=g.date("long"))
    lawyer_block(g, doc, lawyers, uf)
    if g.chance(0.25):
        est = g.person()
        doc.f("«n»\nEstagiári«o» – «e»\n", n=P(est.full), o=est.o, e=(f"OAB/{uf} {g.ri(100, 999)}.{g.d(3)}-E", "PROFESSIONAL_ID"))
    if g.chance(0.4):
        sign_stamp(g, doc, lawyers[0], "advogado")
    return doc


def ju_acordao(g: Gen) -> Doc:
    """Appellate decision: header, ementa, voto citing case law, advogados."""
    doc = Doc()
    city, uf = g.city()
    ap, ad1 = g.person(), g.person()
    rel, d2, d3, juiz = g.person(), g.person(), g.person(), g.person()
    cam = g.ri(1, 38)
    cnj = g.cnj(uf)
    doc.f("TRIBUNAL DE JUSTIÇA DO ESTADO DE «uf»\n«c»ª Câmara de Direito Privado\n\nRegistro: «y».«r»\n\nACÓRDÃO\n\n"
          "Vistos, relatados e discutidos estes autos de Apelação Cível nº «cnj», da Comarca de «city», em que é apelante "
          "«a», são apelados «b» e «co».\n\n", uf=uf, c=cam, y=g.ri(2024, 2025), r=g.d(10), cnj=cnj, city=city,
          a=P(ap.caps), b=P(ad1.caps), co=g.pick(["BANCO AURORA S.A.", "BENTO VEÍCULOS LTDA.", "FIDELIS SECURITIZADORA S.A."]))
    doc.f("ACORDAM, em sessão permanente e virtual da «c»ª Câmara de Direito Privado do Tribunal de Justiça, proferir a "
          "seguinte decisão: «dec», de conformidade com o voto do relator, que integra este acórdão.\n\n"
          + ("O julgamento teve a participação dos Desembargadores «p» (Presidente) e «x».\n\n" if g.chance(0.5) else "") +
          "«city», «d».\n\n«r»\nRelator«a»\n"
          "Assinatura Eletrônica\n\n", c=cam, dec=g.pick(["Negaram provimento ao recurso. V. U.", "Negaram provimento ao recurso. V. U.",
                                                           "Por maioria, negaram provimento ao recurso"]),
          p=P(d2.caps_fold), x=P(d3.caps_fold), city=city, d=g.date("br"), r=P(rel.caps), a=rel.g("", "(a)"))
    car, pl = g.pick(CARS), g.plate()
    doc.f("EMENTA: APELAÇÃO CÍVEL. COMPRA E VENDA DE VEÍCULO USADO ENTRE PARTICULARES. VÍCIO OCULTO. Veículo «car», placa «pl», "
          "com motor retificado sem informação ao comprador. Boa-fé objetiva (art. 422 do CC). Dano moral não configurado – "
          "mero dissabor. Sentença mantida. Honorários majorados (art. 85, § 11, do CPC). RECURSO NÃO PROVIDO.\n\n",
          car=g.pick(CARS).upper(), pl=(pl, "LICENSE_PLATE"))
    doc.f("VOTO Nº «v»\nApelação Cível nº «cnj»\nComarca: «city»\n\n", v=g.d(5), cnj=cnj, city=city)
    doc.f("1. Trata-se de recurso de apelação interposto por «a» contra a r. sentença de fls. «f1»/«f2», proferida pel«o» "
          "MM. Juiz«x» «j», que julgou improcedentes os pedidos formulados em face de «b», relativos à compra do veículo placa "
          "«pl» (RENAVAM «ren»), adquirido em «d» pelo valor de R$ «val».\n\n",
          a=P(ap.first if g.chance(0.5) else ap.full), f1=g.ri(180, 300), f2=g.ri(301, 340), o=juiz.o,
          x=juiz.g("", "a"), j=P(juiz.full), b=P(ad1.full), pl=(pl, "LICENSE_PLATE"), ren=g.neg(11),
          d=g.date("br", g.ri(2021, 2023)), val=g.money(18000, 90000))
    w = g.person()
    doc.f("2. Sustenta o apelante, em síntese, que o vendedor sabia do defeito, o que teria sido confirmado pela testemunha "
          "«w» (fls. «f»), mecânic«o» que atendeu o veículo antes da venda. Contrarrazões às fls. «f2».\n\nÉ o relatório.\n\n"
          "3. O recurso não comporta provimento. A prova oral não socorre o apelante: «w2» declarou apenas que «pr» "
          "\"trocou o óleo\" do carro, sem referir retífica. Em negócio entre particulares, não incide o Código de Defesa do "
          "Consumidor (Lei 8.078/90), aplicando-se o regime dos vícios redibitórios (arts. 441 a 446 do CC). Nesse sentido: ",
          w=P(w.full), f=g.ri(150, 200), o=w.o, f2=g.ri(341, 380), w2=P(w.first if g.chance(0.6) else w.short) if g.chance(0.5) else "a testemunha",
          pr=g.pick(["o vendedor", "o apelado", "o réu"]))
    cite(g, doc)
    doc.t(". No mesmo sentido, desta Corte: (TJ" if g.chance(0.5) else ".\n\n")
    r2 = g.person()
    if doc.text.endswith("(TJ"):
      doc.f("«uf»; Apelação Cível «cnj»; Relator (a): «r»; Órgão Julgador: «c»ª Câmara de Direito Privado; Data do Julgamento: «d»).\n\n",
          uf=uf, cnj=g.cnj(uf), r=P(r2.full), c=g.ri(1, 38), d=g.date("br", g.ri(2019, 2024)))
    else:
        g.cnj(uf), g.date("br")
    doc.f("4. Quanto ao dano moral, o inadimplemento contratual, por si só, não o gera (Súmula 75 do TJRJ, por analogia). "
          "Ante o exposto, NEGO PROVIMENTO ao recurso, majorando os honorários para «p»% do valor atualizado da causa, "
          "observada a gratuidade (art. 98, § 3º, do CPC).\n\n",
          p=g.ri(12, 20))
    doc.t("Advogados: ")
    adv = [g.person() for _ in range(g.pick([1, 1, 2]))]
    for lw in adv:
        doc.f("«a» («o») - ", a=P(lw.full), o=(f"OAB: {g.ri(10000, 499999):,}".replace(",", ".") + f"/{uf}", "PROFESSIONAL_ID"))
    doc.text = doc.text[:-3] + "\n"
    if g.chance(0.4):
        sign_stamp(g, doc, rel, "Desembargador" + rel.g("", "a"))
    return doc


def ju_ata(g: Gen) -> Doc:
    """Minutes of an instruction hearing with the testimony of witnesses."""
    doc = Doc()
    city, uf = g.city()
    juiz, aut, reu, esc = g.person(), g.person(), g.person(), g.person()
    la, lr = g.person(), g.person()
    dd, mm, yy = g.ri(1, 28), g.ri(1, 12), g.pick([2025, 2025, 2026])
    doc.f("PODER JUDICIÁRIO\nTRIBUNAL DE JUSTIÇA DO ESTADO DE «uf»\nCOMARCA DE «c» – «fo»\n«v»\n\n"
          "TERMO DE AUDIÊNCIA DE INSTRUÇÃO E JULGAMENTO\n\nProcesso nº: «cnj»\nClasse – Assunto: «cl»\nRequerente: «a»\n"
          "Requerido: «r»\n\n", uf=uf, c=city.upper(), fo=g.pick(FORUMS), v=court(g), cnj=g.cnj(uf),
          cl=g.pick(["Procedimento Comum Cível – Cobrança de Aluguéis", "Procedimento Comum Cível – Reintegração de Posse",
                     "Procedimento Comum Cível – Indenização por Dano Material", "Procedimento Comum Cível – Rescisão Contratual"]),
          a=P(aut.caps), r=P(reu.caps))
    doc.f("Aos «d» dias do mês de «m» do ano de «y», às «h», na sala de audiências do «fo» (videoconferência pela plataforma "
          "Microsoft Teams), sob a presidência d«o» MM. Juiz«x» de Direito, Dr«x2». «j», comigo, «e», escrevente técnic«eo», "
          "foi aberta a audiência. Apregoadas as partes, compareceram: o requerente, «a», acompanhado de «sla» advogad«llo», Dr«llx». «la», "
          "«oa»; o requerido, «r», acompanhado de «sua» advogad«lo», Dr«lx». «lr», «or».\n\n",
          d=ORDS[dd - 1], m=MONTHS[mm - 1], y=yy, h=g.pick(["13h30", "14h00", "15h15", "09h40", "10h00"]), fo=g.pick(FORUMS),
          o=juiz.o, x=juiz.g("", "a"), x2=juiz.g("", "a"), j=P(juiz.full), e=P(esc.full), eo=esc.o,
          a=P(aut.full), la=P(la.full), oa=oab_t(g, uf), r=P(reu.full),
          sla=la.g("seu", "sua"), llo=la.o, llx=la.g("", "a"), sua="sua" if lr.female else "seu", lo=lr.o,
          lx=lr.g("", "a"), lr=P(lr.full), or_=None, **{"or": oab_t(g, uf)})
    doc.t("Proposta a conciliação, restou infrutífera. ")
    if g.chance(0.5):
        doc.f("O requerido ofereceu R$ «v» em «n» parcelas, o que não foi aceito pelo requerente. ", v=g.money(2000, 30000), n=g.ri(3, 24))
    doc.t("Passou-se à colheita da prova oral.\n\n")
    dep = g.chance(0.4)
    if dep:
        doc.f("DEPOIMENTO PESSOAL DO REQUERIDO: «n», já qualificad«o» nos autos. Às perguntas do(a) MM(a). Juiz(a), respondeu: "
              "que alugou o imóvel da «ad» em «d»; que pagava o aluguel em dinheiro para «x»; que não tem recibo; "
              "que saiu do imóvel porque o telhado estava em mau estado. Nada mais.\n\n",
              n=P(reu.caps), o=reu.o, ad=ad_t(g, "legal"), d=g.date("br", 2022), x=P(g.relative(aut, True).full) if g.chance(0.5) else "a irmã do requerente")
    for i, side in enumerate(g.pick([["REQUERENTE"], ["REQUERIDO"], ["REQUERENTE"], ["REQUERENTE", "REQUERIDO"]])):
        w = g.person()
        nick = w.nick if w.nick != w.first else None
        city2, uf2 = g.city()
        doc.f("TESTEMUNHA D«o» «s»: «n», «nat», «civ», «pr», nascid«ow» em «dob», RG nº «rg», CPF «cpf», residente na «ad», "
              "«city»/«uf», CEP «cep». Advertid«ow» e compromissad«ow» na forma da lei. Aos costumes, disse nada. ",
              o="O", s=side, n=P(w.caps), nat=w.g("brasileiro", "brasileira"), civ=g.pick(CIVIL)[1 if w.female else 0],
              pr=g.pick(PROFS)[1 if w.female else 0], ow=w.o, dob=dob_t(g, "br", 1950, 2000), rg=rg_t(g), cpf=cpf_t(g),
              ad=ad_t(g, "legal"), city=city2, uf=uf2, cep=cep_t(g))
        if g.chance(0.5):
            doc.f("Contraditada pelo(a) advogado(a) d«o» «s2» por ser amig«ow» íntim«ow» da parte; a contradita foi rejeitada. ",
                  o="o" if side == "REQUERENTE" else "o", s2="requerido" if side == "REQUERENTE" else "requerente", ow=w.o)
        doc.f("Às perguntas d«o» MM. Juiz«x», respondeu: que conhece «a» há mais de «n» anos", o=juiz.o, x=juiz.g("", "a"),
              a=P(g.pick([aut.first, aut.short, aut.nick]) if side == "REQUERENTE" else g.pick([reu.first, reu.short, reu.nick])),
              n=g.ri(2, 25))
        if nick and g.chance(0.5):
            doc.f("; que a depoente é conhecida no bairro como \"«k»\"" if w.female else "; que o depoente é conhecido no bairro como \"«k»\"",
                  k=P(nick))
        doc.f("; «t»; que o telefone d«o» requerente na época era «ph». Às perguntas do(a) advogado(a) do requerente, respondeu: "
              "«t2». Nada mais.\n\n", t=g.pick(["que viu o caminhão da mudança sair numa sexta-feira à noite",
                                               "que presenciou a discussão sobre o valor do aluguel",
                                               "que o muro já estava rachado antes da obra",
                                               "que ajudou a descarregar o material de construção"]),
              o="o", ph=ph_t(g), t2=g.pick(["que não sabe informar", "que o pagamento era feito por Pix", "que não presenciou o acordo verbal"]))
    doc.f("Encerrada a instrução, as partes apresentaram alegações finais remissivas. Pel«o» MM. Juiz«x» foi dito: "
          "\"Venham os autos conclusos para sentença.\" Saem os presentes intimados. Nada mais havendo, foi encerrado o presente "
          "termo, que, lido e achado conforme, vai assinado eletronicamente." + (" Eu, «e», escrevente técnic«eo» judiciári«eo», digitei.\n"
                                                                                  if g.chance(0.4) else "\n"),
          o=juiz.o, x=juiz.g("", "a"), e=P(esc.full), eo=esc.o)
    return doc


DJE_ACTS = ["Vistos. Manifeste-se a parte autora sobre a contestação, no prazo de 15 (quinze) dias.",
            "Ciência às partes do retorno dos autos do Egrégio Tribunal de Justiça. Requeiram o que de direito em 5 dias.",
            "Defiro a gratuidade. Cite-se, com as advertências legais.",
            "Designo audiência de conciliação para o dia {d}, às {h}, a ser realizada pelo CEJUSC.",
            "Fica a parte executada intimada, na pessoa de seu advogado, a pagar o débito de R$ {v}, no prazo de 15 dias (art. 523 do CPC).",
            "Especifiquem as partes as provas que pretendem produzir, justificando-as. Int.",
            "Homologo o acordo celebrado entre as partes para que produza seus jurídicos efeitos. Arquivem-se."]


def ju_dje(g: Gen) -> Doc:
    """DJe publication list: intimations to lawyers and an edital de citação."""
    doc = Doc()
    city, uf = g.city()
    juiz, esc = g.person(), g.person()
    vara = court(g)
    doc.f("Disponibilização: «wd», «d»\nArquivo: «a»\nPublicação: «n»\n\n«cad»\n«c»\n«v»\n"
          "JUÍZO DE DIREITO DA «v2»\nJUIZ(A) DE DIREITO «j»\n" + ("ESCRIVÃ(O) JUDICIAL «e»\n" if g.chance(0.5) else "") +
          "EDITAL DE INTIMAÇÃO DE ADVOGADOS\nRELAÇÃO Nº «r»/«y»\n\n",
          wd=g.pick(["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira"]), d=g.date("long"),
          a=g.ri(100, 9999), n=g.ri(10, 400), cad=g.pick(["Caderno Judicial - 1ª Instância - Interior - Parte I",
                                                           "Caderno 3 - Judicial - 1ª Instância - Capital"]),
          c=city, v=vara, v2=vara.upper(), j=P(juiz.caps), e=P(esc.caps), r=f"{g.ri(1, 999):04d}",
          y=g.pick([2025, 2026]))
    for _ in range(g.ri(2, 4)):
        cnj = g.cnj(uf)
        a = g.person()
        kind = g.pick(["person", "company", "company"])
        b = g.person()
        other = g.pick(CREDITORS + RETAILERS)
        cls = g.pick(["Procedimento Comum Cível - Indenização por Dano Moral", "Execução de Título Extrajudicial - Cédula de Crédito Bancário",
                      "Despejo por Falta de Pagamento Cumulado Com Cobrança - Locação de Imóvel", "Monitória - Cheque",
                      "Cumprimento de sentença - Honorários Advocatícios", "Procedimento Comum Cível - Obrigação de Fazer / Não Fazer"])
        doc.f("Processo «cnj» - «cls» - «a» - ", cnj=cnj, cls=cls,
              a=P(g.pick([a.full, a.caps])) if g.chance(0.6) else g.pick(CREDITORS).upper())
        if kind == "person":
            doc.f("«b» - ", b=P(g.pick([b.full, b.caps])))
        else:
            doc.f("«b» - ", b=other)
        act = g.pick(DJE_ACTS).format(d=g.date("br"), h=g.hm(), v=g.money(800, 90000))
        doc.t(act + " - ADV: ")
        advs = [g.person() for _ in range(g.pick([1, 1, 1, 2]))]
        for k, lw in enumerate(advs):
            doc.f("«n» («o»)«s»", n=P(lw.caps), o=oab_t(g, uf if g.chance(0.85) else None, "OABDJE"),
                  s=", " if k < len(advs) - 1 else "\n\n")
    if g.chance(0.85):
        r = g.person()
        city2, uf2 = g.city()
        doc.f("EDITAL DE CITAÇÃO - PRAZO DE 20 DIAS. PROCESSO Nº «cnj». O(A) MM. Juiz(a) de Direito da «v», Dr(a). «j», na forma "
              "da lei, FAZ SABER a «r», «nat», CPF «cpf», RG «rg», com último endereço conhecido na «ad», «city»/«uf», CEP «cep», "
              "que lhe foi proposta uma ação de «ac» por parte de «au», objetivando o recebimento de R$ «v2». Encontrando-se "
              "o réu em lugar ignorado, expede-se o presente edital para que, em 15 dias, a fluir após os 20 dias supra, "
              "apresente resposta, sob pena de revelia (art. 344 do CPC). Será o presente edital, por extrato, afixado e "
              "publicado na forma da lei. NADA MAIS. Dado e passado nesta cidade de «c», aos «d».\n",
              cnj=g.cnj(uf), v=court(g), j=P(juiz.full), r=P(r.caps), nat=r.g("brasileiro", "brasileira"), cpf=cpf_t(g),
              rg=rg_t(g), ad=ad_t(g, g.pick(["legal", "caps"])), city=city2, uf=uf2, cep=cep_t(g),
              ac=g.pick(["Cobrança", "Monitória", "Execução de Título Extrajudicial"]), au=g.pick(CREDITORS).upper(),
              v2=g.money(3000, 150000), c=city, d=g.date("long"))
    return doc


def ju_inventario(g: Gen) -> Doc:
    """Primeiras declarações of an inventory: deceased, heirs, real estate, vehicles, balances."""
    doc = Doc()
    city, uf = g.city()
    dec = g.person(female=g.chance(0.5))
    spouse = g.relative(dec, female=not dec.female) if g.chance(0.6) else None
    heirs = [g.relative(dec) for _ in range(g.ri(2, 4))]
    inv = spouse or heirs[0]
    lw = g.person()
    doc.f("EXCELENTÍSSIMO SENHOR DOUTOR JUIZ DE DIREITO DA «v» DA COMARCA DE «c»\n\nInventário nº «cnj»\n\n"
          "ESPÓLIO DE «d»\n\n«i», já qualificad«o» nos autos do inventário em epígrafe, na qualidade de inventariante "
          "nomead«o» e compromissad«o» (fls. «fl»), por seu advogado, vem apresentar as\n\nPRIMEIRAS DECLARAÇÕES\n\n",
          v=g.pick(["1ª VARA DE FAMÍLIA E SUCESSÕES", "2ª VARA CÍVEL", "VARA ÚNICA", "3ª VARA DE ÓRFÃOS E SUCESSÕES"]),
          c=city.upper(), cnj=g.cnj(uf), d=P(dec.caps), i=P(inv.caps), o=inv.o, fl=g.ri(40, 90))
    doc.f("I – DO AUTOR DA HERANÇA\n«n», «nat», «civ», «pr», nascid«o» em «dob», portador«a» do RG nº «rg», inscrit«o» no CPF "
          "sob o nº «cpf», falecid«o» em «dd», na cidade de «c», conforme certidão de óbito matrícula «mo» (doc. 02), com "
          "último domicílio na «ad», «b», «c»/«uf», CEP «cep». Não deixou testamento conhecido (certidão CENSEC – doc. 03). "
          "Deixou saldo de FGTS e PIS/PASEP (PIS nº «pis»), a ser levantado por alvará (Lei 6.858/80).\n\n",
          n=P(dec.caps), nat=dec.g("brasileiro", "brasileira"), civ=dec.g("casado", "casada") if spouse else dec.g("viúvo", "viúva"),
          pr=dec.g("aposentado", "aposentada"), o=dec.o, dob=dob_t(g, g.pick(["br", "long"]), 1932, 1965), a=dec.g("", "a"),
          rg=rg_t(g), cpf=cpf_t(g), dd=g.date("br", g.ri(2022, 2025)),
          mo=f"{g.d(6)} 01 55 {g.ri(2022, 2025)} {g.d(1)} {g.d(5)} {g.d(3)} {g.d(7)} {g.d(2)}",
          c=city, ad=ad_t(g, "legal"), b=g.pick(BAIRROS), uf=uf, cep=cep_t(g), pis=(g.pis(), "BR_PIS"))
    doc.t("II – DO CÔNJUGE SOBREVIVENTE E DOS HERDEIROS\n")
    k = 1
    if spouse:
        doc.f("«k». ", k=k)
        qual(g, doc, spouse, addr=g.chance(0.4), email=g.chance(0.3),
             civil=spouse.g("viúvo", "viúva"), end=f", meeir{spouse.o}, casad{spouse.o} com {dec.g('o', 'a')} "
                                                  f"falecid{dec.o} sob o regime da comunhão parcial de bens;\n")
        k += 1
    for h in heirs:
        doc.f("«k». ", k=k)
        minor = g.chance(0.2)
        if minor:
            doc.f("«n», menor impúbere, nascid«o» em «dob», CPF «cpf», neste ato representad«o» por sua genitora, «m»;\n",
                  n=P(h.caps), o=h.o, dob=dob_t(g, "br", 2012, 2020), cpf=cpf_t(g),
                  m=P(g.relative(h, True).full))
        else:
            qual(g, doc, h, addr=True, email=g.chance(0.4), phone=g.chance(0.3),
                 end=f", {h.g('filho', 'filha')};\n")
        k += 1
    doc.t("\nIII – DOS BENS\n")
    doc.f("a) Imóvel residencial situado na «ad», «b», «c»/«uf», objeto da matrícula nº «mat» do «cri»º Cartório de Registro de "
          "Imóveis de «c», inscrição imobiliária «ii», valor venal R$ «vv» (doc. 08);\n",
          ad=ad_t(g, "legal"), b=g.pick(BAIRROS), c=city, uf=uf, mat=f"{g.ri(1, 199)}.{g.d(3)}", cri=g.ri(1, 4),
          ii=f"{g.d(3)}.{g.d(3)}.{g.d(4)}-{g.d(1)}", vv=g.money(120000, 900000))
    if g.chance(0.5):
        doc.f("b) Sítio «s», área de «a» ha, zona rural de «c», matrícula nº «mat», CCIR «cc», NIRF «nf»;\n",
              s=g.pick(["Boa Esperança", "Santa Rosa", "Recanto da Aurora", "Bento Velho", "Três Irmãos"]),
              a=f"{g.ri(2, 80)},{g.d(2)}", c=city, mat=f"{g.ri(1, 99)}.{g.d(3)}", cc=g.d(13), nf=f"{g.d(1)}.{g.d(3)}.{g.d(3)}-{g.d(1)}")
    for _ in range(g.ri(1, 2)):
        doc.f("c) Veículo «car», ano «y», cor «cor», placa «pl», RENAVAM «ren», chassi «ch», avaliado pela tabela FIPE em R$ «v»;\n",
              car=g.pick(CARS), y=g.ri(2008, 2023), cor=g.pick(COLOURS), pl=(g.plate(), "LICENSE_PLATE"), ren=g.neg(11),
              ch=g.chassi(), v=g.money(15000, 120000))
    bk = g.pick(BANKS)
    doc.f("d) Saldo em conta corrente no «bk» (banco «bc»), agência «ag», conta «cc», de R$ «v» na data do óbito, e aplicação "
          "em poupança vinculada, agência «ag2», conta «cc2», de R$ «v2»;\n",
          bk=bk[1], bc=bk[0], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), v=g.money(300, 90000),
          ag2=(g.agency(), "BANK_ACCOUNT"), cc2=(g.account(), "BANK_ACCOUNT"), v2=g.money(300, 60000))
    if g.chance(0.5):
        doc.f("e) 50% das quotas sociais da empresa «e», CNPJ «cn», com capital social de R$ «v».\n",
              e=g.pick(["Mercearia Bento & Filhos Ltda. ME", "Oficina Mecânica Justo Ltda.", "Flor do Vale Confecções ME",
                        "Padaria Aurora do Bairro Ltda."]), cn=(g.cnpj(), "BR_CNPJ"), v=g.money(10000, 200000))
    doc.f("\nIV – DAS DÍVIDAS\nFinanciamento junto ao «cr», contrato nº «ct», saldo devedor de R$ «v», e IPTU em atraso.\n\n"
          "V – Requer a juntada das certidões negativas e a intimação da Fazenda Estadual para o cálculo do ITCMD.\n\n"
          "Termos em que, pede deferimento.\n«c», «d».\n\n«l»\n«o»\n",
          cr=g.pick(CREDITORS), ct=g.neg(11) if g.chance(0.5) else f"{g.d(3)}.{g.d(6)}-{g.d(1)}", v=g.money(1000, 80000),
          c=city, d=g.date("long"), l=P(lw.caps), o=oab_t(g, uf))
    return doc


def ju_procuracao(g: Gen) -> Doc:
    """Power of attorney ad judicia et extra, a substabelecimento and the e-signature stamp."""
    doc = Doc()
    city, uf = g.city()
    out = g.person()
    firm = g.pick(FIRMS)
    dom = g.pick(FIRM_DOMS)
    lws = [g.person() for _ in range(g.ri(1, 2))]
    doc.t("PROCURAÇÃO AD JUDICIA ET EXTRA\n\nOUTORGANTE: ")
    qual(g, doc, out, email=g.chance(0.7), phone=g.chance(0.6), extra=g.pick([None, "titulo", "cnh"]), end=".\n\n")
    doc.t("OUTORGADOS: ")
    for k, lw in enumerate(lws):
        doc.f("«n», «nat», advogad«o», inscrit«o» na «oab»«e»", n=P(lw.caps if g.chance(0.6) else lw.full),
              nat=lw.g("brasileiro", "brasileira"), o=lw.o, oab=pid(g, lw, "OAB", uf if g.chance(0.8) else None),
              e="" if g.chance(0.4) else f", e-mail {corp_mail(lw, dom)}")
        if doc.text.endswith(dom):
            mail = corp_mail(lw, dom)
            doc.text = doc.text[: -len(mail)]
            doc.e(mail, "EMAIL_ADDRESS")
        doc.t("; " if k < len(lws) - 1 else ", ")
    doc.f("integrantes da sociedade «f», registro de sociedade OAB/«uf» nº «rs», inscrita no CNPJ sob o nº «cn», com sede na "
          "«rua», «c»/«uf», CEP «cep», e-mail intimacoes@«dom», onde recebem intimações.\n\n",
          f=firm.upper(), uf=uf, rs=f"{g.ri(1, 39)}.{g.d(3)}", cn=(g.cnpj(), "BR_CNPJ"),
          rua=g.pick(["Avenida Paulista, 1.842, 12º andar", "Rua Senador Dantas, 117, sala 1.204", "Avenida Afonso Pena, 3.130, conj. 801",
                      "Rua Marechal Deodoro, 500, 7º andar", "Avenida Getúlio Vargas, 1.300, sala 404"]),
          c=city, cep=cep_t(g), dom=dom)
    fim = g.pick(["propor ação de indenização em face de Vitória Telecom S.A.", "acompanhar o inventário dos bens deixados por ",
                  "defender seus interesses na reclamação trabalhista movida por ", "propor ação revisional de contrato bancário",
                  "propor ação de alimentos em face de "])
    fp = P(g.person().full) if fim.endswith(" ") else ""
    doc.f("PODERES: os da cláusula ad judicia et extra, para o foro em geral, em qualquer juízo, instância ou tribunal, podendo "
          "propor contra quem de direito as ações competentes e defender «a» outorgante nas contrárias, seguindo umas e outras "
          "até final decisão, usando os recursos legais, conferindo-lhes ainda poderes especiais para confessar, desistir, "
          "transigir, firmar compromissos ou acordos, receber e dar quitação, inclusive levantar alvarás e receber valores "
          "em conta («tipo»), agindo em conjunto ou separadamente, podendo ainda substabelecer esta em outrem, com ou sem reserva "
          "de iguais poderes, especialmente para «fim»«fp».\n\n«c», «d».\n\n_____________________________\n«n»\n",
          a=out.o, tipo=g.pick(["art. 105 do CPC", "art. 105 do Código de Processo Civil"]), fim=fim, fp=fp,
          c=city, d=g.date("long"), n=P(out.caps))
    doc.f("\nAssinado com certificado digital gov.br por «n» (CPF «m»), em «d» «h» (UTC-3), IP «ip».\n",
          n=P(out.caps_fold), m=g.masked_cpf(), d=g.date("br"), h=g.hms(), ip=ip_t(g))
    if g.chance(0.5):
        sub = g.person()
        doc.f("\n\nSUBSTABELECIMENTO\n\nSubstabeleço, com reserva de iguais poderes, na pessoa d«o» Dr«x». «n», «oab», com "
              "endereço eletrônico «e», os poderes que me foram conferidos por «out» nos autos do processo nº «cnj», em trâmite "
              "perante a «v» da Comarca de «c».\n\n«c», «d».\n\n«l»\n«o2»\n",
              o=sub.o, x=sub.g("", "a"), n=P(sub.full), oab=oab_t(g, g.pick(UFS)), e=em_t(g, sub, g.pick(FIRM_DOMS + ["adv.oabsp.org.br", "gmail.com"])),
              out=P(out.full), cnj=g.cnj(uf), v=court(g), c=city, d=g.date("long"), l=P(lws[0].caps), o2=pid(g, lws[0], "OAB", uf))
    return doc


def ju_case_export(g: Gen) -> Doc:
    """Law firm's case-management export (CSV) with clients, opposing parties, lawyers and deadlines."""
    doc = Doc()
    _, uf = g.city()
    dom = g.pick(FIRM_DOMS)
    who = g.person()
    sep = g.pick([";", ";", ","])
    doc.f("# Relatório de processos ativos — «f» — área «a»\n# exportado do sistema de gestão por «w» («we») em «d» «h»\n"
          "# filtro: prazo_fatal entre «d1» e «d2»; ordenado por prazo\n",
          f=g.pick(FIRMS), a=g.pick(["Contencioso Cível", "Família e Sucessões", "Trabalhista", "Consumidor"]),
          w=P(who.full), we=(corp_mail(who, dom), "EMAIL_ADDRESS"), d=g.date("br"), h=g.hm(), d1=g.date("dm"), d2=g.date("dm"))
    cols = ["pasta", "processo", "cliente", "cpf_cnpj_cliente", "tel_cliente", "parte_contraria", "adv_responsavel", "oab", "email_adv",
            "fase", "prazo_fatal", "valor_causa", "obs"]
    doc.t(sep.join(cols) + "\n")
    obs_pool = ["cliente mudou de endereço: {ad}", "ligar p/ cliente no {ph} antes da audiência", "aguardando guia de custas",
                "testemunha {w} confirmou presença", "{w} (filha da cliente) trará documentos", "recurso de apelação protocolado",
                "acordo proposto pela parte contrária - consultar cliente", "pagar custas de diligência do oficial"]
    for _ in range(g.ri(3, 5)):
        client_person = g.chance(0.6)
        lw = g.person()
        doc.t(f"{g.ri(2019, 2025)}/{g.d(4)}{sep}{g.cnj(uf)}{sep}")
        if client_person:
            c = g.person()
            doc.e(name_form(g, c, ["caps", "capsf", "full", "inverted"]), "PERSON")
            doc.t(sep)
            doc.e(g.cpf(), "BR_CPF")
        else:
            doc.t(g.pick(RETAILERS + CREDITORS).replace(",", ""))
            doc.t(sep)
            doc.e(g.cnpj(), "BR_CNPJ")
        doc.t(sep)
        if g.chance(0.8):
            doc.e(g.phone(g.pick(["raw", "par", "plain"]), client_person or g.chance(0.3)), "PHONE_NUMBER")
        doc.t(sep)
        if not client_person or g.chance(0.6):
            doc.t(g.pick(RETAILERS + CREDITORS + PLANS).replace(",", ""))
        else:
            doc.e(name_form(g, g.person(), ["caps", "full"]), "PERSON")
        doc.t(sep)
        doc.e(name_form(g, lw, ["full", "short", "caps"]), "PERSON")
        doc.t(sep)
        doc.e(g.council("OAB", uf), "PROFESSIONAL_ID")
        doc.t(sep)
        doc.e(corp_mail(lw, dom), "EMAIL_ADDRESS")
        doc.t(sep + g.pick(["Conhecimento", "Recursal", "Execução", "Cumprimento de sentença", "Instrução"]) + sep)
        doc.t(g.date("br") + sep + g.money(1000, 500000).replace(".", "").replace(",", ".") + sep)
        ob = g.pick(obs_pool)
        if "{ad}" in ob:
            pre, post = ob.split("{ad}")
            doc.t(pre)
            doc.e(g.address("low"), "ADDRESS")
            doc.t(post)
        elif "{ph}" in ob:
            pre, post = ob.split("{ph}")
            doc.t(pre)
            doc.e(g.phone(g.pick(["raw", "par", "plain"])), "PHONE_NUMBER")
            doc.t(post)
        elif "{w}" in ob:
            pre, post = ob.split("{w}")
            doc.t(pre)
            doc.e(g.pick([g.person().first, g.person().short]), "PERSON")
            doc.t(post)
        else:
            doc.t(ob)
        doc.t("\n")
    doc.f("# total: «n» registros · valor em risco (provável): R$ «v» · responsável pelo relatório: «w»\n",
          n=g.ri(8, 120), v=g.money(50000, 3000000), w=P(who.first))
    return doc


# =========================================================================== atendimento

COMPLAINTS = ["cobrança de serviço não contratado (seguro prestamista) na fatura do cartão",
              "produto (geladeira frost free) entregue com defeito e troca negada após 30 dias",
              "cancelamento de voo sem reacomodação e sem reembolso das passagens",
              "negativação indevida após quitação do débito (acordo pago em parcela única)",
              "internet fibra com quedas diárias há 2 meses e cobrança integral",
              "móveis planejados pagos e não entregues no prazo contratado"]


def at_procon(g: Gen) -> Doc:
    """PROCON complaint record (FA) with the conciliation hearing."""
    doc = Doc()
    city, uf = g.city()
    c = g.person()
    att, conc, prep = g.person(), g.person(), g.person()
    comp = g.pick(RETAILERS)
    fa = f"{g.pick([2025, 2026])}.{g.d(2)}.{g.d(3)}.{g.d(3)}-{g.d(1)}"
    doc.f("PROCON/«uf» – FUNDAÇÃO DE PROTEÇÃO E DEFESA DO CONSUMIDOR\nFICHA DE ATENDIMENTO – FA nº «fa»\n"
          "Posto: «p» · Atendente: «a» (mat. «m») · Abertura: «d» «h»\n\n— CONSUMIDOR —\nNome: «n»\nCPF: «cpf»\n",
          uf=uf, fa=fa, p=g.pick(["Poupatempo Centro", "Posto Shopping Aurora", "Procon Municipal - sede", "Atendimento eletrônico"]),
          a=P(att.full), m=g.d(6), d=g.date("br"), h=g.hm(), n=P(c.caps), cpf=cpf_t(g))
    if g.chance(0.6):
        doc.f("RG: «rg»\n", rg=rg_t(g))
    doc.f("Data de nascimento: «dob»\nEndereço: «ad» – «b» – «c»/«uf» – CEP «cep»\nTelefone: «t» / «t2»\nE-mail: «e»\n\n",
          dob=dob_t(g, "br"), ad=ad_t(g, g.pick(["caps", "text"])), b=g.pick(BAIRROS), c=city, uf=uf, cep=cep_t(g),
          t=ph_t(g), t2=ph_t(g, None, False), e=em_t(g, c))
    doc.f("— FORNECEDOR —\nRazão social: «r»\nCNPJ: «cn»\nEndereço: «addr» (sede)\n\n— RELATO DO CONSUMIDOR —\n",
          r=comp.upper(), cn=(g.cnpj(), "BR_CNPJ"),
          addr=g.pick(["Av. das Nações Unidas, 12.901, Torre Norte", "Rua Flor de Lis, 40, Distrito Industrial",
                       "Rodovia Anhanguera, km 98", "Av. Presidente Vargas, 3.131, 17º andar"]))
    cp = g.pick(COMPLAINTS)
    ag = g.person()
    doc.f("Consumidor relata «cp». Informa que entrou em contato pelo SAC (0800 «x») nos dias «d1» e «d2», protocolos «p1» e «p2», "
          "tendo sido atendid«co» por «a», que prometeu retorno em 5 dias úteis, o que não ocorreu. ",
          cp=cp, x=f"{g.d(3)} {g.d(4)}", d1=g.date("dm"), d2=g.date("dm"), p1=g.neg(11), p2=g.neg(15),
          co=c.o, a=P(g.pick([ag.first, ag.full])) if g.chance(0.5) else "atendente não identificado")
    if g.chance(0.5):
        doc.f("Apresenta fatura do cartão «mc» com lançamentos de R$ «v» e comprovante de pagamento. ", mc=g.masked_card(),
              v=g.money(29, 900))
    doc.f("Declara que é idos«o» e que depende do serviço.\n\n", o=c.o) if g.chance(0.3) else doc.t("\n")
    doc.f("— PEDIDO —\n«pe»\n\n— CIP enviada ao fornecedor em «d» · resposta: «r»\n\n",
          pe=g.pick(["Cancelamento da cobrança e devolução em dobro (art. 42, parágrafo único, do CDC).",
                     "Troca do produto ou restituição imediata da quantia paga (art. 18, § 1º, do CDC).",
                     "Exclusão do nome dos cadastros de inadimplentes e indenização."]),
          d=g.date("br"), r=g.pick(["não atendida", "atendida parcialmente", "sem resposta no prazo"]))
    doc.f("TERMO DE AUDIÊNCIA DE CONCILIAÇÃO\nAos «d», às «h», compareceram perante «o» conciliador«a» «cn», «cons», "
          "consumidor«a2»«acc», e o fornecedor, representado por «pp» «pa» «p», RG «rg», conforme "
          "carta de preposição apresentada. ",
          d=g.date("long"), h=g.hm(), o=conc.g("o", "a"), a=conc.g("", "a"), cn=P(conc.full), cons=P(c.full),
          a2=c.g("", "a"), acc="" if g.chance(0.5) else f", acompanhad{c.o} de seu procurador", pp=prep.g("seu", "sua"), pa=prep.g("preposto", "preposta"), p=P(prep.full), rg=rg_t(g))
    if g.chance(0.5):
        doc.f("O fornecedor propôs o estorno de R$ «v» em até 2 faturas, o que foi aceito. ACORDO CELEBRADO.\n", v=g.money(50, 4000))
    else:
        doc.f("Não houve acordo. O consumidor foi orientado a buscar o Juizado Especial Cível. Reclamação classificada como "
              "FUNDAMENTADA NÃO ATENDIDA (Decreto 2.181/97, art. 57).\n")
    doc.f("\nAssinatura do consumidor: «b»\n", b=P(c.caps))
    return doc


def at_atermacao(g: Gen) -> Doc:
    """Small-claims court atermação: complaint reduced to writing by a court servant."""
    doc = Doc()
    city, uf = g.city()
    c = g.person()
    serv = g.person()
    comp = g.pick(RETAILERS)
    doc.f("JUIZADO ESPECIAL CÍVEL DA COMARCA DE «c» – SETOR DE ATERMAÇÃO\nTERMO DE RECLAMAÇÃO (Lei 9.099/95, art. 14)\n"
          "Processo nº «cnj»\nData: «d»\n\nRECLAMANTE: ", c=city.upper(), cnj=g.cnj(uf), d=g.date("br"))
    qual(g, doc, c, form=g.pick(["caps", "full"]), dob=g.chance(0.6), email=True, phone=True, end=".\n")
    doc.f("RECLAMADA: «r», CNPJ «cn», com endereço para citação na «a».\n\nDOS FATOS (relato d«o» reclamante, reduzido a termo):\n",
          r=comp, cn=(g.cnpj(), "BR_CNPJ"), a=g.pick(["Av. Brigadeiro Faria Lima, 3.477", "Rua Sete de Setembro, 1.100, sala 3",
                                                   "Alameda Santos, 2.222, 8º andar"]), o=c.o)
    doc.f("«o» reclamante relata que em «d» adquiriu na loja da reclamada ", o=c.g("O", "A"), d=g.date("br"))
    prod = g.pick(["um celular", "uma máquina de lavar", "um notebook", "um sofá retrátil", "um pacote de viagem"])
    full_card = g.chance(0.6)
    doc.f("«p», no valor de R$ «v», pago no cartão de crédito nº ", p=prod, v=g.money(900, 9000))
    if full_card:
        doc.e(g.card(g.chance(0.7)), "CREDIT_CARD")
    else:
        doc.t(g.masked_card())
    doc.f(" em «n» parcelas. Que o produto apresentou defeito em «d» e foi enviado à assistência técnica autorizada "
          "(«at»), ordem de serviço «os», sem solução após 30 dias (art. 18 do CDC). Que conversou pelo WhatsApp «w» com "
          "a atendente «a», que informou não haver previsão. Que sua vizinha, «v», presenciou a entrega do produto. ",
          n=g.ri(2, 12), d=g.date("br"), at=g.pick(["Eletro Bento Assistência", "Celeste Reparos ME", "Luz Serviços Técnicos"]),
          os=g.d(9), w=ph_t(g), a=P(g.person(female=True).first), v=P(g.person().full))
    if g.chance(0.5):
        doc.f("Informa ainda que teve o nome negativado pela reclamada em «d», no valor de R$ «v», débito que desconhece.",
              d=g.date("br"), v=g.money(80, 2000))
    doc.f("\n\nPEDIDOS: a) restituição de R$ «v»; b) indenização por danos morais de R$ «m»; c) inversão do ônus da prova "
          "(art. 6º, VIII, do CDC).\nValor da causa: R$ «t».\n\nDOCUMENTOS: RG, CPF, comprovante de residência (conta de luz em "
          "nome de «cr»), nota fiscal, prints das conversas.\n\nAudiência de conciliação designada para «da», às «h», "
          "por videoconferência (link enviado ao e-mail informado). Ficando «o» reclamante ciente de que sua ausência implicará a "
          "extinção do feito (art. 51, I, da Lei 9.099/95).\n\nTermo lavrado por «s», servidor«a» do Juizado, matrícula «m2».\n\n"
          "_______________________\n«cc»\n",
          v=g.money(900, 9000), m=g.money(3000, 15000), t=g.money(4000, 25000), cr=P(g.relative(c).full),
          da=g.date("br"), h=g.hm(), o=c.o, s=P(serv.full), a=serv.g("", "a"), m2=f"{g.d(3)}.{g.d(3)}-{g.d(1)}", cc=P(c.caps))
    return doc


def at_contestacao(g: Gen) -> Doc:
    """A retailer's contestação quoting its customer-registration screen."""
    doc = Doc()
    city, uf = g.city()
    c, recv = g.person(), g.person()
    lws = [g.person() for _ in range(g.pick([1, 1, 2]))]
    prep = g.person()
    comp = g.pick(RETAILERS)
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) DOUTOR(A) JUIZ(A) DE DIREITO DO «n»º JUIZADO ESPECIAL CÍVEL DA COMARCA DE «c»\n\n"
          "Processo nº «cnj»\nAutor«a»: «au»\n\n«r», pessoa jurídica de direito privado, inscrita no CNPJ sob o nº «cn», por "
          "seus advogados, nos autos da ação de indenização que lhe move «au2»vem apresentar\n\nCONTESTAÇÃO\n\n",
          n=g.ri(1, 12), c=city.upper(), cnj=g.cnj(uf), a=c.g("", "a"), au=P(c.caps), r=comp.upper(), cn=(g.cnpj(), "BR_CNPJ"),
          au2="a parte autora, ")
    doc.f("I – SÍNTESE DA INICIAL\nAlega «o» autor«a» que não reconhece a compra do pedido nº «p», no valor de R$ «v», e que teve "
          "seu nome indevidamente inscrito nos órgãos de proteção ao crédito.\n\nII – DA REALIDADE DOS FATOS\n"
          "Ao contrário do alegado, a compra foi realizada pel«o» própri«o» autor«a», a partir de cadastro criado em «d», conforme "
          "tela do sistema abaixo reproduzida:\n\n",
          o=c.o, a=c.g("", "a"), p=f"{g.d(10)}-{g.d(2)}", v=g.money(300, 8000), d=g.date("br", g.ri(2019, 2024)))
    doc.f("┌──────────────────────────────────────────────\n│ Nome completo: «n»\n│ CPF: «cpf»\n│ Data nasc.: «dob»\n"
          "│ E-mail: «e»\n│ Celular: «t»\n│ End. entrega: «ad» – CEP «cep»\n│ IP de cadastro: «ip» · IP da compra: «ip2»\n"
          "│ Cartão: «mc» (titular «nc»)\n└──────────────────────────────────────────────\n\n",
          n=P(c.caps_fold), cpf=cpf_t(g), dob=dob_t(g, "br"), e=em_t(g, c), t=ph_t(g, g.pick(["raw", "par"])),
          ad=ad_t(g, "caps"), cep=cep_t(g, g.chance(0.5)), ip=ip_t(g), ip2=ip_t(g), mc=g.masked_card(), nc=P(c.caps_fold))
    doc.f("A mercadoria foi entregue em «d» no endereço cadastrado e recebida por «r», RG «rg», conforme comprovante de entrega "
          "assinado (doc. 3), que, ao que tudo indica, reside com «o» autor«a». O mesmo CPF já havia realizado outras «n» "
          "compras sem qualquer contestação. Consta ainda no campo observação o CPF «bad», que não é válido e não foi utilizado.\n\n",
          d=g.date("br"), r=P(recv.full), rg=rg_t(g), o=c.o, a=c.g("", "a"), n=g.ri(2, 9), bad=g.bad_cpf("dot"))
    doc.t("III – DO DIREITO\nNão há falha na prestação do serviço (art. 14, § 3º, II, do CDC). Ademais, o autor possui outras "
          "anotações legítimas, a atrair a Súmula 385 do STJ. A propósito: ")
    cite(g, doc)
    doc.f(".\n\nIV – DOS PEDIDOS\nAnte o exposto, requer a total improcedência dos pedidos e a condenação do autor por litigância "
          "de má-fé (art. 80, II, do CPC). Requer que as intimações sejam feitas exclusivamente em nome de «l», «o», sob pena de "
          "nulidade (art. 272, § 5º, do CPC).\n\nNestes termos, pede deferimento.\n«c», «d».\n",
          l=P(lws[0].full), o=pid(g, lws[0], "OAB", uf), c=city, d=g.date("long"))
    lawyer_block(g, doc, lws, uf, caps=g.chance(0.5))
    doc.f("\n— CARTA DE PREPOSIÇÃO —\n«r» nomeia como «a» «p», «nat», CPF «cpf», «pr», para representá-la na audiência "
          "designada nos autos do processo nº «cnj», com poderes para transigir.\n", r=comp, a=prep.g("preposto", "preposta"), p=P(prep.full),
          nat=prep.g("brasileiro", "brasileira"), cpf=cpf_t(g), pr=prep.g("analista de relacionamento", "supervisora de atendimento"),
          cnj=g.cnj(uf))
    return doc


def at_mandado(g: Gen) -> Doc:
    """Summons (mandado de citação) with the bailiff's report."""
    doc = Doc()
    city, uf = g.city()
    reu, aut, juiz, of, esc = g.person(), g.person(), g.person(), g.person(), g.person()
    addr = g.address("legal")
    doc.f("PODER JUDICIÁRIO – TRIBUNAL DE JUSTIÇA DO ESTADO DE «uf»\n«v» – «fo»\nE-mail da unidade: «m» · Balcão virtual (WhatsApp): «w»\n\n"
          "MANDADO DE CITAÇÃO E INTIMAÇÃO – JUIZADO ESPECIAL CÍVEL\nMandado nº «mn»\nProcesso: «cnj»\nExequente/Autor: «a»\n"
          "Destinatário: «r»\nCPF: «cpf»\nData de nascimento: «dob»\nEndereço: «ad», «b», «c»/«uf» – CEP «cep»\n",
          uf=uf, v=f"{g.ri(1, 9)}ª Vara do Juizado Especial Cível", fo=g.pick(FORUMS),
          m=f"{uf.lower()}{g.ri(1, 9)}jec@tj{uf.lower()}.jus.br", w=ph_t(g, "par"), mn=f"{g.d(3)}.{g.ri(2025, 2026)}/{g.d(6)}-{g.d(1)}",
          cnj=g.cnj(uf), a=P(aut.caps), r=P(reu.caps), cpf=cpf_t(g), dob=dob_t(g, "br", 1960, 2000), ad=(addr, "ADDRESS"), b=g.pick(BAIRROS), c=city, cep=cep_t(g))
    if g.chance(0.5):
        doc.f("Telefone informado: «t»\n", t=ph_t(g))
    doc.f("\nO(A) Doutor(a) «j», Juiz(a) de Direito, na forma da lei, MANDA a qualquer Oficial de Justiça deste Juízo que, em "
          "cumprimento a este, CITE o destinatário acima, microempreendedor individual (nome fantasia «nf»), para comparecer à "
          "audiência de conciliação designada para «d», às «h», ficando advertido de que o não comparecimento implicará revelia "
          "(art. 20 da Lei 9.099/95). Cumpra-se. «c», «d2».\n\n",
          j=P(juiz.full), nf=g.pick(["Bento Reformas", "Flor de Lis Buffet", "Aurora Festas e Eventos", "Justo Climatização",
                                    "Constante Marcenaria"]), d=g.date("br"), h=g.hm(), c=city, d2=g.date("br"))
    doc.f("CERTIDÃO DO OFICIAL DE JUSTIÇA\nCERTIFICO eu, «o», Oficial de Justiça, que em cumprimento ao mandado dirigi-me, em «d», "
          "às «h», ao endereço indicado, ", o=P(of.caps if g.chance(0.5) else of.full), d=g.date("br"), h=g.hm())
    outcome = g.pick(["ok", "moved", "ok2"])
    if outcome == "ok":
        doc.f("e aí sendo, CITEI «r», que, após ouvir a leitura do mandado, aceitou a contrafé e exarou sua nota de ciente, "
              "exibindo «dt» «rg». Informou o telefone «t» e o e-mail «e» para contato.",
              r=P(reu.full), **(dict(dt="a CNH nº", rg=(g.cnh(), "BR_CNH")) if g.chance(0.5) else dict(dt="o RG", rg=rg_t(g))),
              t=ph_t(g), e=em_t(g, reu))
    elif outcome == "moved":
        v = g.person()
        doc.f("e aí sendo, DEIXEI DE CITAR «r», pois fui informad«o» pel«vo» vizinh«vo», «vs» «v», que «rq2» mudou-se "
              "há cerca de «n» meses para a «ad», bairro «b»; «vs2» informou ainda que «rq» "
              "atende pelo telefone «t». Diligenciei também pela plataforma de busca do TJ, sem êxito.",
              r=P(reu.full), rq2=reu.g("o requerido", "a requerida"), o=of.o, vo=v.o, vs=v.g("Sr.", "Sra."), v=P(v.full if g.chance(0.5) else v.first),
              n=g.ri(2, 11), ad=ad_t(g, "text"), rq=reu.g("o requerido", "a requerida"),
              b=g.pick(BAIRROS), vs2=v.g("ele", "ela"), t=ph_t(g))
    else:
        w = g.relative(reu)
        doc.f("onde, não encontrando o requerido na primeira diligência, retornei em «d», às «h», ocasião em que, havendo suspeita "
              "de ocultação, procedi à CITAÇÃO POR HORA CERTA (art. 252 do CPC), deixando a contrafé com «w», «rel» do requerido, "
              "RG «rg», que se recusou a assinar.", d=g.date("br"), h=g.hm(), w=P(w.full), rel=w.g("irmão", "irmã"), rg=rg_t(g))
    doc.f(" Diligências: «n» ato(s), R$ «v» (guia nº «gd»). O referido é verdade e dou fé.\n«c», «d».\n«o»\nOficial de Justiça – mat. «m»\n",
          n=g.ri(1, 3), v=g.money(30, 200), gd=g.neg(11), c=city, d=g.date("br"), o=P(of.caps), m=g.d(6))
    doc.f("\nJuntada em «d».\n", d=g.date("br"))
    return doc


def at_sentenca(g: Gen) -> Doc:
    """Small-claims judgment (dispensed report, moral damages, negativação)."""
    doc = Doc()
    city, uf = g.city()
    a, juiz, w = g.person(), g.person(), g.person()
    comp = g.pick(RETAILERS)
    doc.f("Juizado Especial Cível – Comarca de «c»/«uf»\nProcesso: «cnj»\nReclamante: «a» (CPF «cpf»)\nReclamada: «r» (CNPJ «cn»)\n\n"
          "SENTENÇA\n\nVistos.\n\nDispensado o relatório, nos termos do art. 38 da Lei 9.099/95.\n\nDECIDO.\n\n",
          c=city, uf=uf, cnj=g.cnj(uf), a=P(a.caps), cpf=cpf_t(g), r=comp.upper(), cn=(g.cnpj(), "BR_CNPJ"))
    doc.f("Trata-se de ação de indenização proposta por «a» em face de «r», em que «o» autor«x» alega ter sido surpreendid«o» com "
          "a inscrição de seu nome no cadastro de inadimplentes por dívida de R$ «v», referente a contrato que afirma não ter "
          "celebrado. A reclamada sustenta a regularidade da contratação, juntando tela sistêmica com cadastro em nome d«o» autor«x», "
          "com endereço na «ad» e telefone «t».\n\n",
          a=P(a.full), r=comp, o=a.o, x=a.g("", "a"), v=g.money(60, 3000), ad=ad_t(g), t=ph_t(g))
    doc.f("Telas sistêmicas produzidas unilateralmente não bastam para comprovar a contratação. O endereço constante do cadastro "
          "não corresponde ao da autora, que comprovou residir na «ad2» desde «y» (contrato de locação e conta de luz). A "
          "testemunha «w», ouvida em audiência, confirmou que «a2» nunca morou no endereço indicado pela ré.\n\n",
          ad2=ad_t(g, "legal"), y=g.ri(2010, 2022), w=P(w.full), a2=P(a.first))
    doc.t("Aplica-se o Código de Defesa do Consumidor (Lei 8.078/90), sendo objetiva a responsabilidade do fornecedor pelo "
          "fortuito interno (Súmula 479 do STJ). O dano moral decorrente da negativação indevida é presumido (in re ipsa): ")
    cite(g, doc)
    doc.f(". Fixo a indenização em R$ «v», valor que atende aos critérios da razoabilidade, evitando tanto o enriquecimento sem "
          "causa quanto a fixação de forma constante e irrisória de valores.\n\nAnte o exposto, JULGO PROCEDENTE o pedido para: "
          "a) declarar inexigível o débito; b) condenar a ré ao pagamento de R$ «v», corrigidos pela tabela prática do TJ«uf» "
          "desde esta data (Súmula 362 do STJ) e acrescidos de juros de mora desde o evento danoso (Súmula 54 do STJ); c) "
          "determinar a exclusão do apontamento em 5 dias, sob pena de multa diária de R$ «m».\n\nSem custas e honorários "
          "nesta instância (art. 55 da Lei 9.099/95).\n\nP.R.I.\n\n«c», «d».\n\n«j»\nJuiz«jx» de Direito\n",
          v=g.money(3000, 12000), uf=uf, m=g.money(100, 1000), c=city, d=g.date("long"), j=P(juiz.caps), jx=juiz.g("", "a"))
    if g.chance(0.4):
        la, lr = g.person(), g.person()
        doc.f("\nIntimação das partes: «a» («oa») e «b» («ob»).\n", a=P(la.full), oa=oab_t(g, uf), b=P(lr.full), ob=oab_t(g, uf))
    return doc


def at_acordo(g: Gen) -> Doc:
    """Extrajudicial settlement between a consumer and a company, payment data and witnesses."""
    doc = Doc()
    city, uf = g.city()
    c = g.person()
    rep = g.person()
    comp = g.pick(RETAILERS)
    doc.t("INSTRUMENTO PARTICULAR DE TRANSAÇÃO EXTRAJUDICIAL\n\nPelo presente instrumento particular, de um lado, ")
    qual(g, doc, c, email=True, phone=g.chance(0.5), end=", doravante denominad" + c.o + " CONSUMIDOR" + c.g("", "A") + "; ")
    doc.f("e, de outro lado, «r», inscrita no CNPJ sob o nº «cn», neste ato representada por seu procurador, «p», «o», "
          "doravante denominada EMPRESA, resolvem celebrar a presente transação, nos termos dos arts. 840 e seguintes do "
          "Código Civil, mediante as cláusulas seguintes:\n\n",
          r=comp.upper(), cn=(g.cnpj(), "BR_CNPJ"), p=P(rep.full), o=oab_t(g, uf))
    doc.f("CLÁUSULA 1ª – O presente acordo tem por objeto encerrar a controvérsia relativa à reclamação PROCON FA nº «fa» e ao "
          "protocolo SAC «p», referentes a «cp».\n\nCLÁUSULA 2ª – A EMPRESA pagará «a» CONSUMIDOR«x» a quantia líquida de R$ «v» "
          "(«vext»), em parcela única, até «d», ",
          fa=f"{g.ri(2024, 2026)}.{g.d(2)}.{g.d(3)}.{g.d(3)}-{g.d(1)}", p=g.neg(12), cp=g.pick(COMPLAINTS), a=c.g("ao", "à"),
          x=c.g("", "A"), v=g.money(500, 20000), vext=g.pick(["valor por extenso conforme proposta", "a título de danos materiais e morais"]),
          d=g.date("br"))
    pay = g.pick(["pix", "conta", "both"])
    if pay in ("pix", "both"):
        doc.f("mediante Pix para a chave aleatória «k», de titularidade d«o» CONSUMIDOR«x»", k=(g.uuid(), "PIX_KEY"), o=c.o,
              x=c.g("", "A"))
    if pay == "both":
        doc.t(" ou, em caso de indisponibilidade, ")
    if pay in ("conta", "both"):
        bk = g.pick(BANKS)
        doc.f("mediante depósito na conta corrente nº «cc», agência «ag», do «b» (código «bc»), de titularidade d«o» CONSUMIDOR«x»",
              cc=(g.account(), "BANK_ACCOUNT"), ag=(g.agency(), "BANK_ACCOUNT"), b=bk[1], bc=bk[0], o=c.o, x=c.g("", "A"))
    doc.f(", servindo o comprovante como recibo.\n\nCLÁUSULA 3ª – Os honorários d«o» advogad«o» d«o» CONSUMIDOR«x», «l», «ol», "
          "no importe de R$ «h», serão pagos diretamente em sua conta: agência «ag», conta «cc», «b».\n\n",
          o=c.o, x=c.g("", "A"), l=P(g.person().full), ol=oab_t(g, uf), h=g.money(300, 3000),
          ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), b=g.pick(BANKS)[1])
    doc.f("CLÁUSULA 4ª – Com o recebimento, «o» CONSUMIDOR«x» dá à EMPRESA plena, geral e irrevogável quitação, nada mais "
          "tendo a reclamar, a qualquer título, comprometendo-se a desistir da ação nº «cnj», se proposta.\n\n"
          "CLÁUSULA 5ª – As partes elegem o foro da Comarca de «c»/«uf».\n\nE, por estarem justas e contratadas, assinam o "
          "presente em 2 (duas) vias, na presença das testemunhas abaixo.\n\n«c», «d».\n\n________________\n«cn»\n\n"
          "________________\n«r» p/ «co»\n\nTESTEMUNHAS:\n",
          o=c.g("O", "A"), x=c.g("", "A"), cnj=g.cnj(uf), c=city, uf=uf, d=g.date("long"), cn=P(c.caps), r=P(rep.caps),
          co=comp)
    for i in range(2):
        t = g.person()
        doc.f("«i». Nome: «n» – CPF: «cpf»\n", i=i + 1, n=P(t.full), cpf=cpf_t(g))
    if g.chance(0.7):
        doc.f("\n[Registro de assinaturas – plataforma «pl»] «n» assinou em «d» «h» · IP «ip» · e-mail «e» · token SMS «t»\n",
              pl=g.pick(["Clicksign", "DocuSign", "D4Sign", "ZapSign"]), n=P(c.full), d=g.date("br"), h=g.hms(), ip=ip_t(g),
              e=em_t(g, c), t=ph_t(g, "e164"))
    return doc


def at_certidoes(g: Gen) -> Doc:
    """A batch of clerks' certificates and an ordinance act in a consumer suit."""
    doc = Doc()
    city, uf = g.city()
    aut = g.person()
    cnj = g.cnj(uf)
    esc1, esc2 = g.person(), g.person()
    la = g.person()
    comp = g.pick(RETAILERS)
    doc.f("Processo «cnj» – «a» x «r»\n\n", cnj=cnj, a=P(aut.caps), r=comp.upper())
    doc.f("CERTIDÃO DE PUBLICAÇÃO DE RELAÇÃO\nCertifico que o ato abaixo, constante da relação nº «n»/«y», foi disponibilizado no "
          "Diário da Justiça Eletrônico em «d». Considera-se data da publicação o primeiro dia útil subsequente. Advogados(s): "
          "«la» («oa»), «lb» («ob»).\n«c», «d2».\n«e1» – Escrevente Técnic«o1» Judiciári«o1»\n\n",
          n=f"{g.ri(1, 999):04d}", y=g.ri(2025, 2026), d=g.date("br"), la=P(la.caps), oa=oab_t(g, uf, "OABDJE"),
          lb=P(g.person().caps), ob=oab_t(g, uf, "OABDJE"), c=city, d2=g.date("br"), e1=P(esc1.full) if g.chance(0.5) else "Servidor(a)", o1=esc1.o)
    doc.f("CERTIDÃO\nCertifico e dou fé que decorreu o prazo legal sem manifestação da parte requerida. Nada mais.\n«c», «d».\n«e»\n\n",
          c=city, d=g.date("br"), e=P(esc2.caps) if g.chance(0.5) else "(assinado digitalmente)")
    kind = g.pick(["balcao", "email"])
    if kind == "balcao":
        doc.f("CERTIDÃO – ATENDIMENTO NO BALCÃO VIRTUAL\nCertifico que nesta data atendi, por videochamada, «o» autor«x» «n», que se "
              "identificou exibindo documento com foto (RG «rg»), e informou seu novo endereço: «ad», «b», «c»/«uf», CEP «cep»; "
              "telefone «t»; e-mail «e». Foi orientad«o» a constituir advogado para recorrer, caso queira.\n«c», «d».\n«s»\n\n",
              o=aut.o, x=aut.g("", "a"), n=P(aut.full), rg=rg_t(g), ad=ad_t(g), b=g.pick(BAIRROS), c=city, uf=uf, cep=cep_t(g),
              t=ph_t(g), e=em_t(g, aut), d=g.date("br"), s=P(esc1.full))
    else:
        doc.f("CERTIDÃO\nCertifico que a parte autora, «n», encaminhou e-mail à serventia («e») em «d», às «h», requerendo a "
              "expedição de mandado de levantamento eletrônico em seu favor, para crédito no «bk», agência «ag», conta «cc», "
              "CPF do titular «cpf». Junto a mensagem a seguir.\n«s»\n\n",
              n=P(aut.full), e=em_t(g, aut), d=g.date("br"), h=g.hm(), bk=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"),
              cc=(g.account(), "BANK_ACCOUNT"), cpf=cpf_t(g), s=P(esc2.full))
    doc.f("ATO ORDINATÓRIO\nNos termos do art. 203, § 4º, do CPC e das Normas de Serviço da Corregedoria, fica a ré intimada a "
          "efetuar o pagamento do valor da condenação (R$ «v»), no prazo de 15 dias, sob pena de multa de 10% e penhora via "
          "SISBAJUD. Fica «la», «oa», intimad«lo» a apresentar planilha atualizada.\n«c», «d».\n«e»\n",
          v=g.money(1000, 30000), la=P(la.full), oa=oab_t(g, uf), lo=la.o, c=city, d=g.date("br"), e=P(esc1.caps))
    if g.chance(0.5):
        doc.f("\nCERTIDÃO DE TRÂNSITO EM JULGADO\nCertifico que a r. sentença de fls. «f» transitou em julgado em «d». "
              "Certifico ainda que o CPF informado na petição de fls. «f2» («bad») não confere com o da autora.\n«e»\n",
              f=g.ri(90, 200), d=g.date("br"), f2=g.ri(201, 260), bad=g.bad_cpf("dot"), e=P(esc2.full))
    return doc


# =========================================================================== saude

THERAPIES = [("F84.0", "terapia ABA (Análise do Comportamento Aplicada) 30 horas semanais, fonoaudiologia e terapia ocupacional"),
             ("G80.9", "fisioterapia pelo método PediaSuit e hidroterapia"),
             ("Q21.1", "cirurgia cardíaca para correção de comunicação interatrial em hospital de referência"),
             ("E66.9", "cirurgia bariátrica (gastroplastia em Y de Roux)"),
             ("C50.9", "fornecimento do quimioterápico oral pertuzumabe + trastuzumabe"),
             ("M51.1", "cirurgia de artrodese lombar com uso de materiais importados")]


def sa_liminar(g: Gen) -> Doc:
    """Petition for a health-plan coverage injunction for a child or an adult."""
    doc = Doc()
    city, uf = g.city()
    child = g.chance(0.6)
    pac = g.person()
    mae = g.relative(pac, female=True)
    med = g.person()
    plan = g.pick(PLANS)
    cid, ther = g.pick(THERAPIES[:3] if child else THERAPIES[3:])
    lws = [g.person() for _ in range(g.pick([1, 1, 2]))]
    doc.f("EXCELENTÍSSIMO SENHOR DOUTOR JUIZ DE DIREITO DA «v» DO FORO DE «c»/«uf»\n\nURGENTE – RISCO À SAÚDE – PEDIDO DE TUTELA "
          "DE URGÊNCIA\n\n", v=court(g).upper(), c=city.upper(), uf=uf)
    if child:
        doc.f("«n», menor impúbere, nascid«o» em «dob», inscrit«o» no CPF sob o nº «cpf», Cartão Nacional de Saúde nº «cns», "
              "beneficiári«o» do plano de saúde sob a carteirinha nº «cart», neste ato representad«o» por sua genitora, ",
              n=P(pac.caps), o=pac.o, dob=dob_t(g, g.pick(["br", "long"]), 2012, 2022), cpf=cpf_t(g), cns=(g.cns(), "BR_CNS"),
              cart=(lambda n: f"{n[0]} {n[1:4]} {n[4:10]} {n[10:]}-{g.d(1)}")(g.neg(12)))
        qual(g, doc, mae, email=True, phone=True, end=", ")
    else:
        qual(g, doc, pac, dob=True, extra="cns", email=g.chance(0.5), phone=True,
             end=f", beneficiári{pac.o} do plano de saúde (carteirinha nº {g.d(4)}.{g.d(4)}.{g.d(6)}.{g.d(2)}-{g.d(1)}), ")
    doc.f("por sua advogada infra-assinada, vem propor\n\nAÇÃO DE OBRIGAÇÃO DE FAZER COM PEDIDO DE TUTELA DE URGÊNCIA\n\n"
          "em face de «p», operadora de plano de saúde registrada na ANS sob o nº «ans», inscrita no CNPJ sob o nº «cn», pelos "
          "motivos a seguir.\n\n", p=plan.upper(), ans=g.d(6), cn=(g.cnpj(), "BR_CNPJ"))
    doc.f("1. «o» Autor«x» foi diagnosticad«oo» com «dx» (CID-10 «cid»), conforme relatório médico subscrito pel«mo» Dr«mx». «m», "
          "«crm» (doc. 05), que prescreveu «t».\n\n",
          o=pac.g("O", "A"), oo=pac.o, x=pac.g("", "a"), dx=g.pick(["quadro grave e progressivo", "condição que exige intervenção imediata"]),
          cid=cid, mo=med.o, mx=med.g("", "a"), m=P(med.full), crm=oab_t(g, uf, "CRM"), t=ther)
    doc.f("2. A solicitação foi negada em «d» (protocolo ANS «p»), sob a justificativa de que o procedimento \"não consta do rol "
          "da ANS\". A negativa é abusiva: o rol é exemplificativo (Lei 14.454/2022), e \"havendo expressa indicação médica, é "
          "abusiva a negativa de cobertura de custeio de tratamento sob o argumento da sua natureza experimental ou por não "
          "estar previsto no rol de procedimentos da ANS\" (Súmula 102 do TJSP). Incide o CDC (Súmula 608 do STJ). Veja-se: ",
          d=g.date("br"), p=g.neg(12) if g.chance(0.5) else g.d(20))
    cite(g, doc)
    doc.t(".\n\n")
    if child:
        fono = g.person(female=True)
        doc.f("3. A terapeuta que acompanha a criança, «f», «crf», atesta regressão de linguagem após a interrupção das sessões. "
              "A família reside na «ad», CEP «cep», a mais de 40 km da única clínica credenciada.\n\n",
              f=P(fono.full), crf=(g.council("CRP"), "PROFESSIONAL_ID") if g.chance(0.5) else (g.council("CREFITO"), "PROFESSIONAL_ID"),
              ad=ad_t(g, "legal"), cep=cep_t(g))
    doc.f("DOS PEDIDOS\na) a concessão de tutela de urgência (art. 300 do CPC), inaudita altera parte, para compelir a ré a custear "
          "integralmente o tratamento, em 48 horas, sob pena de multa diária de R$ «m»;\nb) a confirmação da tutela ao final e a "
          "condenação em danos morais de R$ «dm»;\nc) prioridade na tramitação (art. 1.048 do CPC).\n\nValor da causa: R$ «vc».\n\n"
          "Termos em que, pede deferimento.\n«c», «d».\n",
          m=g.money(500, 5000), dm=g.money(5000, 20000), vc=g.money(50000, 300000), c=city, d=g.date("long"))
    lawyer_block(g, doc, lws, uf)
    return doc


def sa_decisao(g: Gen) -> Doc:
    """Injunction decision and the bailiff's service report on the health plan."""
    doc = Doc()
    city, uf = g.city()
    pac = g.person()
    mae = g.relative(pac, female=True)
    juiz, of, func, med = g.person(), g.person(), g.person(), g.person()
    plan = g.pick(PLANS)
    cid, ther = g.pick(THERAPIES)
    minor = g.chance(0.5)
    doc.f("Processo Digital nº: «cnj»\nClasse - Assunto: Procedimento Comum Cível - Planos de saúde\nRequerente: «a»\nRequerido: «r»\n"
          "Tramitação prioritária\n\nJuiz(a) de Direito: Dr(a). «j»\n\nVistos.\n\n",
          cnj=g.cnj(uf), a=P(pac.full), r=plan, j=P(juiz.full))
    if minor:
        doc.f("«n», menor representad«o» por sua mãe, «m», ajuizou ação de obrigação de fazer em face de «r», alegando que, "
              "portador«a» de «cid» (CID-10), teve negado o custeio de «t», prescrito pel«mo» Dr«mx». «md» («crm»).\n\n",
              n=P(pac.full), o=pac.o, m=P(mae.full), r=plan, a=pac.g("", "a"), cid=cid, t=ther, mo=med.o, mx=med.g("", "a"),
              md=P(med.full), crm=oab_t(g, uf, "CRM"))
    else:
        doc.f("«n», nascid«o» em «dob», ajuizou ação de obrigação de fazer em face de «r», alegando que, portador«a» de «cid» (CID-10), "
              "teve negado o custeio de «t», prescrito pel«mo» Dr«mx». «md» («crm»).\n\n",
              n=P(pac.full), o=pac.o, dob=dob_t(g, "br", 1950, 1995), r=plan, a=pac.g("", "a"), cid=cid, t=ther, mo=med.o,
              mx=med.g("", "a"), md=P(med.full), crm=oab_t(g, uf, "CRM"))
    doc.f("Presentes os requisitos do art. 300 do CPC. A probabilidade do direito decorre do relatório médico e da Súmula 102 do "
          "TJSP; o perigo de dano é evidente, dado o quadro clínico. A medida é reversível.\n\nANTE O EXPOSTO, DEFIRO a tutela de "
          "urgência para determinar que a ré autorize e custeie «t», no prazo de 48 horas, sob pena de multa diária de R$ «m», "
          "limitada a R$ «lim».\n\nServirá a presente decisão como mandado/ofício. Cite-se e intime-se com urgência, por oficial "
          "de justiça de plantão, no endereço «end».\n\nIntime-se.\n«c», «d».\n\n«j»\n\n",
          t=ther, m=g.money(500, 5000), lim=g.money(50000, 200000),
          end=g.pick(["Av. Paulista, 1.000, 10º andar", "Rua Bento Gonçalves, 77", "Av. Getúlio Vargas, 2.050, sala 12"]),
          c=city, d=g.date("br"), j=P(juiz.caps))
    doc.f("CERTIDÃO – MANDADO CUMPRIDO POSITIVO\nCERTIFICO eu, Oficial de Justiça «o», que em «d», às «h», dirigi-me à sede da "
          "requerida e aí INTIMEI «r» da decisão, na pessoa de sua funcionária do setor jurídico, «f», RG «rg», CPF «cpf», "
          "que recebeu a contrafé e exarou ciente. ",
          o=P(of.full), d=g.date("br"), h=g.hm(), r=plan.upper(), f=P(func.full), rg=rg_t(g), cpf=cpf_t(g))
    if minor:
        doc.f("Em seguida, comuniquei por telefone à genitora d«o» autor«x», «m», no número «t», o teor da intimação.", o=pac.o, x=pac.g("", "a"), m=P(mae.first),
              t=ph_t(g))
    doc.t(" O referido é verdade e dou fé.\n")
    if g.chance(0.5):
        doc.f("\nPetição da ré (protocolada às «h»): informa o cumprimento da liminar, com senha de autorização nº «s» emitida em "
              "«d» para o beneficiário «b», CNS «cns».\n",
              h=g.hm(), s=g.neg(11), d=g.date("br"), b=P(pac.caps), cns=(g.cns(), "BR_CNS"))
    return doc


def sa_laudo(g: Gen) -> Doc:
    """Court-appointed medical expert's report in a malpractice suit."""
    doc = Doc()
    city, uf = g.city()
    per, pac, reu = g.person(), g.person(), g.person()
    at1, at2 = g.person(), g.person()
    hosp = g.pick(HOSPITALS)
    cid = g.pick(["O82", "K80.2", "S72.0", "M17.1", "I21.9"])
    doc.f("LAUDO MÉDICO PERICIAL\n\nProcesso nº «cnj» – «v» da Comarca de «c»\nAutor«x»: «a»\nRéus: «r» e «h»\n\n"
          "Perit«po» do Juízo: «p», médic«po» «esp», «crm», e-mail «pe»\nAssistente técnico do autor: Dr«x1». «a1» («c1»)\n"
          "Assistente técnico dos réus: Dr«x2». «a2» («c2»)\n\n",
          cnj=g.cnj(uf), v=court(g), c=city, x=pac.g("", "a"), a=P(pac.caps), r=P(reu.caps), h=hosp.upper(),
          po=per.o, p=P(per.full), esp=g.pick(["ortopedista", "ginecologista e obstetra", "cirurgião geral", "do trabalho"]),
          crm=pid(g, per, "CRM", uf), pe=em_t(g, per, g.pick(["gmail.com", "pericias.med.br", "outlook.com"])),
          x1=at1.g("", "a"), a1=P(at1.full), c1=oab_t(g, uf, "CRM"), x2=at2.g("", "a"), a2=P(at2.full), c2=oab_t(g, uf, "CRM"))
    doc.f("1. IDENTIFICAÇÃO DO PERICIANDO\nNome: «n»\nData de nascimento: «dob» («i» anos)\nRG: «rg» · CPF: «cpf» · CNS: «cns»\n"
          "Profissão: «pr»\nEndereço: «ad», «c»/«uf»\n\n",
          n=P(pac.full), dob=dob_t(g, "br", 1955, 2000), i=g.ri(25, 70), rg=rg_t(g), cpf=cpf_t(g), cns=(g.cns(), "BR_CNS"),
          pr=g.pick(PROFS)[1 if pac.female else 0], ad=ad_t(g, "legal"), c=city, uf=uf,
          ac=P(g.relative(pac).full), rel=g.pick(["cônjuge", "filho", "filha", "irmã"]))
    doc.f("2. HISTÓRICO\nRelata «o» periciand«o» que em «d» foi submetid«o» a procedimento cirúrgico (CID «cid») no «h», realizado "
          "pel«ro» «rr» «r», «crm», com alta em «d2». Evoluiu com «comp», sendo reinternad«o» em «d3» e operad«o» novamente. "
          "Prontuário às fls. «f» (registro hospitalar «reg»).\n\n",
          o=pac.o, d=g.date("br", 2022), cid=cid, h=hosp, ro=reu.g("o", "a"), rr=reu.g("réu", "ré"), r=P(reu.short), crm=pid(g, reu, "CRM", uf), d2=g.date("br", 2023),
          comp=g.pick(["infecção de sítio cirúrgico", "lesão de via biliar", "pseudoartrose", "hemorragia pós-parto"]),
          d3=g.date("br", 2022), s=P(g.person().full), f=f"{g.ri(100, 300)}/{g.ri(301, 500)}", reg=g.d(9))
    doc.f("3. EXAME FÍSICO (realizado em «d», no consultório do perito, na presença dos assistentes técnicos)\nCicatriz de «cm» "
          "cm em «loc», sem sinais flogísticos. Marcha «m».\n\n4. DISCUSSÃO\nA literatura descreve a complicação como risco "
          "inerente ao procedimento (incidência de «pc»%). Não se identificou conduta em desacordo com a boa prática, "
          "embora o registro de enfermagem assinado por «enf» («cor») indique atraso de «hh» horas na administração do antibiótico.\n\n",
          d=g.date("br"), cm=g.ri(4, 25), loc=g.pick(["hipocôndrio direito", "face lateral da coxa", "região suprapúbica"]),
          m=g.pick(["claudicante", "sem alterações", "com auxílio de muleta"]), pc=g.ri(1, 9),
          enf=P(g.person().full) if g.chance(0.5) else "técnico de plantão", cor=oab_t(g, uf, "COREN"), hh=g.ri(3, 14))
    doc.f("5. RESPOSTAS AOS QUESITOS\nQuesito 1 do autor: Houve nexo causal? R.: Sim, entre o procedimento e a complicação; não, "
          "entre a complicação e eventual imperícia.\nQuesito 2 dos réus: O dano é permanente? R.: Dano parcial e permanente, "
          "estimado em «p»% (tabela SUSEP, a título de referência).\n\n6. CONCLUSÃO\nNão há elementos técnicos para afirmar erro "
          "médico. A perícia foi realizada de forma prudente e imparcial.\n\n«c», «d».\n\n«n»\n«crm»\nPerit«po» Judicial\n",
          p=g.ri(5, 40), c=city, d=g.date("long"), n=P(per.caps), crm=pid(g, per, "CRM", uf), po=per.o)
    return doc


def sa_erro_medico(g: Gen) -> Doc:
    """Malpractice initial petition against a doctor and a hospital."""
    doc = Doc()
    city, uf = g.city()
    a, med, enf = g.person(), g.person(), g.person()
    hosp = g.pick(HOSPITALS)
    lws = [g.person() for _ in range(g.pick([1, 1, 2]))]
    doc.f("EXMO. SR. DR. JUIZ DE DIREITO DA «v» DA COMARCA DE «c» – «uf»\n\n", v=court(g).upper(), c=city.upper(), uf=uf)
    qual(g, doc, a, dob=g.chance(0.5), extra=g.pick(["cns", "cns", None]), email=True, phone=True,
         end=", vem, por seus procuradores, propor AÇÃO DE INDENIZAÇÃO POR ERRO MÉDICO em face de ")
    doc.f("«h» (mantido por «m»), CNPJ «cn», estabelecido na «ha», «c», e de ", h=hosp.upper(),
          m=g.pick(["Associação Beneficente Santa Rosa", "Sociedade Hospitalar Aurora Ltda.", "Irmandade da Santa Casa de Vitória"]),
          cn=(g.cnpj(), "BR_CNPJ"), ha=g.pick(["Rua Prudente de Morais, 1.200", "Av. Getúlio Vargas, 850", "Rua Rui Barbosa, 44"]),
          c=city)
    doc.f("«n», médic«o», «crm», CPF «cpf», com consultório na «ca», pelos fatos a seguir.\n\n",
          n=P(med.caps), o=med.o, crm=oab_t(g, uf, "CRM"), cpf=cpf_t(g),
          ca=g.pick(["Av. Brasil, 3.300, sala 1.012", "Rua Bento Gonçalves, 500, conj. 32", "Alameda das Acácias, 90, sala 7"]))
    doc.f("I – DOS FATOS\nEm «d», a Autora, então com «s» semanas de gestação, deu entrada no pronto-socorro do primeiro Réu, "
          "sendo atendida pela enfermeira «e» («cor») e, após «hh» horas de espera, pelo segundo Réu, «dr» «m», que "
          "prescreveu medicação e deu alta. Retornou no dia seguinte, quando foi constatado óbito fetal (CID O36.4).\n\n"
          if a.female else
          "I – DOS FATOS\nEm «d», o Autor foi submetido a cirurgia de «s2» no primeiro Réu. A triagem foi realizada pela "
          "enfermeira «e» («cor»). Após a alta dada pelo segundo Réu, «dr» «m», apresentou febre e dor intensa, vindo a ser "
          "diagnosticada perfuração intestinal não identificada no ato cirúrgico (CID K63.1).\n\n",
          d=g.date("br", g.ri(2022, 2024)), s=g.ri(28, 39), e=P(enf.full), cor=oab_t(g, uf, "COREN"), hh=g.ri(3, 9),
          dr=med.dr, m=P(med.short), s2=g.pick(["hérnia inguinal", "colecistectomia videolaparoscópica", "apendicectomia"]))
    w1 = g.relative(a)
    doc.f("«oa», «w» («rel»), presenciou o atendimento e relatou que o médico \"nem examinou\". O prontuário foi "
          "requerido administrativamente por e-mail (enviado de «e») e entregue incompleto.\n\n",
          oa=w1.g("O acompanhante", "A acompanhante"), w=P(w1.full),
          rel=g.pick(["cônjuge", "irmão", "pai"]) if not w1.female else g.pick(["cônjuge", "irmã", "mãe"]), e=em_t(g, a))
    doc.t("II – DO DIREITO\nA responsabilidade do hospital é objetiva (art. 14 do CDC); a do médico, subjetiva (art. 14, § 4º, do "
          "CDC), evidenciada a negligência. A perda de uma chance é indenizável: ")
    cite(g, doc)
    doc.f(".\n\nIII – DOS PEDIDOS\nRequer a inversão do ônus da prova, a produção de prova pericial, a exibição do prontuário "
          "completo (art. 396 do CPC) e a condenação solidária dos Réus em danos morais de R$ «dm», danos materiais de R$ «dmat» "
          "e pensão mensal.\n\nValor da causa: R$ «vc».\n«c», «d».\n",
          dm=g.money(50000, 300000), dmat=g.money(2000, 30000), vc=g.money(60000, 400000), c=city, d=g.date("long"))
    lawyer_block(g, doc, lws, uf, caps=g.chance(0.5))
    if g.chance(0.6):
        sign_stamp(g, doc, lws[0], "advogad" + lws[0].o)
    return doc


def sa_ata(g: Gen) -> Doc:
    """Hearing minutes in a malpractice suit with nursing staff as witnesses."""
    doc = Doc()
    city, uf = g.city()
    juiz, a, med, esc = g.person(), g.person(), g.person(), g.person()
    la, lm, lh = g.person(), g.person(), g.person()
    prep = g.person()
    hosp = g.pick(HOSPITALS)
    doc.f("ATA DE AUDIÊNCIA DE INSTRUÇÃO\nProcesso: «cnj»\nAutor«x»: «a»\nRéus: «h» e «m»\nData: «d» – Início: «hi»\n\n"
          "Presidência: «j», Juiz«jx» de Direito.\nPresentes: «o» autor«x», acompanhad«o» de «sa» advogad«lo» «la» («oa»); o réu «m2»«lmx»; o hospital réu, representado pel«po» «pa» «p».\n\n",
          cnj=g.cnj(uf), x=a.g("", "a"), a=P(a.caps), h=hosp.upper(), m=P(med.caps), d=g.date("br"), hi=g.hm(),
          j=P(juiz.full), jx=juiz.g("", "a"), o=a.o, sa=la.g("seu", "sua"), lo=la.o, la=P(la.full), oa=oab_t(g, uf),
          m2=P(med.full), lmx=", acompanhado de seu advogado" if g.chance(0.7) else ", sem advogado (defensor dativo nomeado)", po=prep.o, pa=prep.g("preposto", "preposta"), p=P(prep.full))
    doc.t("Tentada a conciliação, sem êxito. Colhido o depoimento pessoal do réu, que confirmou ter atendido a parte autora no "
          "plantão. Na sequência, foram ouvidas as testemunhas, cujos depoimentos foram gravados em mídia audiovisual (sistema "
          "PJe Mídias), conforme art. 367, § 5º, do CPC.\n\n")
    for i in range(g.pick([1, 1, 2])):
        w = g.person()
        role = g.pick([("enfermeira", "enfermeiro", "COREN"), ("técnica de enfermagem", "técnico de enfermagem", "COREN"),
                       ("médica plantonista", "médico plantonista", "CRM")])
        doc.f("Testemunha «i» («s»): «n», «r», «c», CPF «cpf», RG «rg», residente na «ad», «cc», CEP «cep». ",
              i=i + 1, s=g.pick(["arrolada pelo autor", "arrolada pelo hospital", "do juízo"]), n=P(w.caps),
              r=role[0] if w.female else role[1], c=oab_t(g, uf, role[2]), cpf=cpf_t(g), rg=rg_t(g), ad=ad_t(g, "legal"), cc=city,
              cep=cep_t(g))
        if g.chance(0.4):
            doc.f("Contraditada por ser emprega«o» do hospital réu; ouvid«o» como informante. ", o=w.o)
        else:
            doc.t(w.g("Compromissado. ", "Compromissada. "))
        x = g.pick(["que o médico avaliou a paciente em seguida", "que o plantão estava lotado",
                    "que não se recorda do horário exato da prescrição", "flor"])
        doc.f("Resumo: disse que estava no plantão de «d»; que «pa» «p» chegou às «h» «q»; que avisou «m» às «h2»; ",
              d=g.date("dm"), pa=a.g("o paciente", "a paciente"),
              p=P(g.pick([a.first, a.full])) if g.chance(0.6) else "", h=g.hm(),
              q=g.pick(["com dor intensa", "sangrando", "com pressão alta", "consciente e orientada"]), m=g.pick(["o médico plantonista", "o réu", "a supervisão"]), h2=g.hm())
        if x == "flor":
            doc.f("que a colega «f» também estava no setor, mas saiu às «h».\n", f=P(g.pick(["Flor", "Rosa", "Luz", "Graça"])),
                  h=g.hm())
        else:
            doc.t(x + ".\n")
    doc.f("\nDeliberação: Defiro o prazo de 15 dias para memoriais escritos, sucessivamente. Oficie-se ao «h» para que apresente, "
          "em 10 dias, a escala de plantão do dia dos fatos e o prontuário completo d«o» autor«x». Nada mais. Eu, «e», digitei.\n",
          h=hosp, o=a.o, x=a.g("", "a"), e=P(esc.full))
    return doc


def sa_acordao(g: Gen) -> Doc:
    """Appellate decision on health-plan coverage (ementa, voto, citations)."""
    doc = Doc()
    city, uf = g.city()
    rel, p1, p2 = g.person(), g.person(), g.person()
    ben = g.person()
    plan = g.pick(PLANS)
    cid, ther = g.pick(THERAPIES)
    cnj = g.cnj(uf)
    minor = g.chance(0.6)
    doc.f("Apelação Cível nº «cnj»\nApelante: «p»\nApelad«o»: «b»«rep»\nRelator«rx»: Des«rx2». «r»\n"
          "Órgão julgador: «c»ª Câmara «t»\n\n",
          cnj=cnj, p=plan.upper(), o=ben.o, b=P(ben.caps),
          rep=f" (menor, representad{ben.o} por sua genitora)" if minor else "", rx=rel.g("", "a"),
          rx2=rel.g("", "a"), r=P(rel.full), c=g.ri(1, 12), t=g.pick(["de Direito Privado", "Cível", "de Direito Privado 1"]))
    doc.f("EMENTA – PLANO DE SAÚDE – OBRIGAÇÃO DE FAZER – Negativa de cobertura de «t» – Doença coberta (CID «cid») – "
          "Prescrição médica – Rol da ANS de natureza exemplificativa (Lei 14.454/2022) – Abusividade – Súmulas 96 e 102 "
          "do TJSP – Dano moral configurado, fixado em R$ «dm» – Sentença mantida – Recurso desprovido.\n\n",
          t=ther.split(" (")[0].split(",")[0], cid=cid, dm=g.money(5000, 15000))
    medp = g.person()
    doc.f("VOTO\n\nTrata-se de apelação interposta contra a r. sentença que julgou procedente ação ajuizada por «b», "
          "nascid«o» em «dob», beneficiári«o» do plano (CNS «cns»), para condenar a operadora a custear o tratamento "
          "prescrito pel«mo» Dr«mx». «med» («crm»).\n\n",
          b=P(ben.full), o=ben.o, dob=dob_t(g, "br", 2010, 2021) if minor else dob_t(g, "br", 1950, 1990),
          cns=(g.cns(), "BR_CNS"), mo=medp.o, mx=medp.g("", "a"), med=P(medp.full), crm=pid(g, medp, "CRM", uf))
    doc.t("A controvérsia foi pacificada pelo Superior Tribunal de Justiça após a edição da Lei 14.454/2022. Confira-se: ")
    cite(g, doc)
    if g.chance(0.4):
        doc.t(". E ainda: ")
        cite(g, doc)
    doc.f(". A operadora não pode limitar o tratamento de forma a torná-lo ineficaz (Tema 1.082 do STJ, que trata de matéria "
          "diversa, não afasta o entendimento).\n\nPelo exposto, NEGO PROVIMENTO ao recurso. Honorários majorados para «h»%.\n\n"
          + ("Participaram do julgamento os Desembargadores «a» e «b».\n\n«r»\nRelator«rx»\n" if g.chance(0.5) else "«r»\nRelator«rx»\n"),
          h=g.ri(12, 20), a=P(p1.full), b=P(p2.full), r=P(rel.caps), rx=rel.g("", "a"))
    if g.chance(0.7):
        doc.t("\nIntimação – Advogados: ")
        for k in range(g.ri(1, 2)):
            lw = g.person()
            doc.f("«n» («o»)«s»", n=P(lw.caps), o=oab_t(g, uf, "OABDJE"), s="; " if k < 1 else "")
        doc.text = doc.text.rstrip("; ") + "\n"
    return doc


def sa_planilha(g: Gen) -> Doc:
    """A law firm's health-litigation tracking spreadsheet (TSV) with notes."""
    doc = Doc()
    city, uf = g.city()
    own = g.person()
    dom = g.pick(FIRM_DOMS)
    doc.f("Planilha de acompanhamento – Saúde Suplementar – atualizada por «o» em «d»\n(colar no drive compartilhado; NÃO "
          "enviar por e-mail externo)\n\n", o=P(own.first), d=g.date("br"))
    cols = ["cliente", "nasc", "cpf", "cns", "operadora", "procedimento", "cid", "liminar", "prazo", "adv", "contato", "obs"]
    doc.t("\t".join(cols) + "\n")
    for _ in range(g.ri(3, 4)):
        c = g.person()
        lw = g.person()
        cid, ther = g.pick(THERAPIES)
        doc.e(name_form(g, c, ["full", "caps", "inverted", "inv_title"]), "PERSON")
        doc.t("\t")
        doc.e(g.dob(g.pick(["br", "short"]), 1945, 2020), "DATE_OF_BIRTH")
        doc.t("\t")
        doc.e(g.cpf(g.pick(["dot", "raw"])), "BR_CPF")
        doc.t("\t")
        if g.chance(0.7):
            doc.e(g.cns(False), "BR_CNS")
        else:
            doc.t("-")
        doc.t(f"\t{g.pick(PLANS).split(' ')[0]} {g.pick(PLANS).split(' ')[1]}\t{ther.split(' (')[0].split(',')[0][:40]}\t{cid}\t")
        doc.t(g.pick(["deferida", "indeferida", "pendente", "deferida parcialmente"]) + "\t" + g.date("br") + "\t")
        if g.chance(0.6):
            doc.e(g.pick([lw.first, lw.short, fold(lw.first).lower()]), "PERSON")
        else:
            doc.t(g.pick(["(sem adv)", "-", "distribuir"]))
        doc.t("\t")
        if g.chance(0.5):
            doc.e(g.phone(g.pick(["raw", "par", "plain"])), "PHONE_NUMBER")
        else:
            doc.e(g.email(c), "EMAIL_ADDRESS")
        doc.t("\t")
        ob = g.pick(["mãe ({m}) pede retorno à tarde", "multa já em R$ {v} – pedir bloqueio", "perícia marcada c/ Dr. {m}",
                     "cliente em {c} — audiência por vídeo", "sem pendências", "juntar laudo da fono"])
        if "{m}" in ob:
            pre, post = ob.split("{m}")
            doc.t(pre)
            doc.e(g.pick([g.person(female=True).first, g.person().short]), "PERSON")
            doc.t(post)
        else:
            doc.t(ob.format(v=g.money(5000, 90000), c=g.city()[0]))
        doc.t("\n")
    doc.f("\nDúvidas: «o» («e») · ramal «r»\n", o=P(own.full), e=(corp_mail(own, dom), "EMAIL_ADDRESS"), r=g.d(4))
    return doc


# =========================================================================== financeiro


def fi_execucao(g: Gen) -> Doc:
    """Execution of a bank credit note (CCB) against a debtor and a guarantor."""
    doc = Doc()
    city, uf = g.city()
    dev, aval = g.person(), g.person()
    cred = g.pick(CREDITORS)
    lws = [g.person() for _ in range(g.pick([1, 1, 2]))]
    ccb = f"{g.d(3)}.{g.d(6)}-{g.d(1)}" if g.chance(0.5) else g.neg(11)
    doc.f("EXCELENTÍSSIMO SENHOR DOUTOR JUIZ DE DIREITO DA «v» DA COMARCA DE «c»/«uf»\n\n«cr», instituição financeira inscrita no "
          "CNPJ sob o nº «cn», com sede na «sede», por seus advogados, vem propor\n\nAÇÃO DE EXECUÇÃO DE TÍTULO EXTRAJUDICIAL\n\n"
          "em face de\n\n", v=court(g).upper(), c=city.upper(), uf=uf, cr=cred.upper(), cn=(g.cnpj(), "BR_CNPJ"),
          sede=g.pick(["Av. Brigadeiro Faria Lima, 2.277, 14º andar, São Paulo/SP", "Rua Bento Gonçalves, 1.500, Porto Alegre/RS",
                       "Av. Getúlio Vargas, 1.420, Belo Horizonte/MG"]))
    doc.t("(1) ")
    pj = g.chance(0.4)
    if pj:
        doc.f("«e», inscrita no CNPJ sob o nº «cn», com sede na «ad», «c»/«uf», devedora principal, e\n(2) ",
              e=g.pick(["BENTO & CONSTANTE COMÉRCIO DE ALIMENTOS LTDA.", "AURORA TRANSPORTES E LOGÍSTICA EIRELI",
                        "FLOR DE LIS CONFECÇÕES LTDA. ME", "JUSTO MATERIAIS DE CONSTRUÇÃO LTDA."]),
              cn=(g.cnpj(), "BR_CNPJ"), ad=g.pick(["Rua Sete de Setembro, 901, galpão 2", "Av. Industrial, 3.000"]), c=city, uf=uf)
        qual(g, doc, dev, email=g.chance(0.5), end=", sócio-administrador e avalista, e\n(3) ")
    else:
        qual(g, doc, dev, email=g.chance(0.5), phone=g.chance(0.5), end=", devedor principal, e\n(2) ")
    qual(g, doc, aval, email=g.chance(0.3), end=", avalista,\n\npelos fatos e fundamentos a seguir.\n\n")
    doc.f("1. A exequente é credora dos executados pela quantia líquida, certa e exigível de R$ «v», representada pela Cédula de "
          "Crédito Bancário nº «ccb», emitida em «d», no valor original de R$ «vo», a ser paga em «n» parcelas mensais (doc. 03), "
          "com débito automático na conta corrente nº «cc», agência «ag», de titularidade d«o» primeir«o» executad«o».\n\n",
          v=g.money(20000, 900000), ccb=ccb, d=g.date("br", g.ri(2021, 2024)), vo=g.money(20000, 500000), n=g.ri(12, 60),
          cc=(g.account(), "BANK_ACCOUNT"), ag=(g.agency(), "BANK_ACCOUNT"), o="a" if pj else dev.o)
    doc.f("2. A CCB é título executivo extrajudicial (art. 28 da Lei 10.931/2004 e Súmula 14 do TJSP), conforme pacífica "
          "jurisprudência: ")
    cite(g, doc)
    doc.f(". Os executados deixaram de pagar a partir da parcela «p», vencida em «d».\n\n3. Requer a citação dos executados para "
          "pagamento em 3 dias (art. 829 do CPC), sob pena de penhora, indicando desde já: (i) bloqueio de ativos via SISBAJUD; "
          "(ii) restrição via RENAJUD do veículo placa «pl»; (iii) penhora do imóvel situado na «ad», matrícula nº «mat» do «cri»º "
          "CRI, residência do avalista, ressalvada a impenhorabilidade do bem de família (Lei 8.009/90), a ser examinada.\n\n"
          "A CCB foi assinada eletronicamente pelos executados (trilha de auditoria – doc. 04: IP «ip», geolocalização em «c»).\n\n"
          "Dá-se à causa o valor de R$ «vv».\n\n«c», «dd».\n",
          p=g.ri(3, 40), d=g.date("br"), pl=(g.plate(), "LICENSE_PLATE"), ad=ad_t(g, "legal"), mat=f"{g.ri(1, 99)}.{g.d(3)}",
          cri=g.ri(1, 5), ip=ip_t(g), vv=g.money(20000, 900000), c=city, dd=g.date("long"))
    lawyer_block(g, doc, lws, uf, caps=g.chance(0.6))
    return doc


def fi_sisbajud(g: Gen) -> Doc:
    """SISBAJUD freezing-order report (detalhamento da ordem judicial de bloqueio de valores)."""
    doc = Doc()
    city, uf = g.city()
    juiz, ass = g.person(), g.person()
    cred = g.pick(CREDITORS)
    doc.f("Poder Judiciário\nConselho Nacional de Justiça\nSISBAJUD\n\nDetalhamento da Ordem Judicial de Bloqueio de Valores\n\n"
          "Dados do bloqueio\nNúmero do protocolo: «p»\nData/hora de protocolo: «d» «h»\nNúmero do processo: «cnj»\n"
          "Tribunal: TRIBUNAL DE JUSTIÇA DO ESTADO DE «uf»\nVara/Juízo: «v»\nJuiz solicitante do bloqueio: «j»\n"
          "Assessor(a) cadastrante: «a»\nTipo de ação: Execução de Título Extrajudicial\nCPF/CNPJ do autor/exequente: «cn»\n"
          "Nome do autor/exequente da ação: «cr»\n\nRelação dos réus/executados\n",
          p=f"{g.ri(2025, 2026)}{g.d(10)}", d=g.date("br"), h=g.hm(), cnj=g.cnj(uf), uf=uf, v=f"{g.d(5)} - {court(g)} de {city}",
          j=P(juiz.caps), a=P(ass.caps_fold) if g.chance(0.5) else "SERVENTIA - ACESSO DELEGADO", cn=(g.cnpj("raw" if g.chance(0.5) else "dot"), "BR_CNPJ"), cr=cred.upper())
    total = 0
    for _ in range(g.ri(1, 3)):
        r = g.person()
        last_r = r
        doc.f("\nRéu/Executado: «cpf» – «n»\nValor a bloquear: R$ «v»\n", cpf=cpf_t(g), n=P(r.caps_fold), v=g.money(5000, 200000))
        doc.t("Instituição financeira | Agência | Conta | Data/Hora | Resposta | Valor (R$)\n")
        for _ in range(g.ri(1, 3)):
            bk = g.pick(BANKS)
            doc.f("«b» | «ag» | «cc» | «d» | «r» | «v»\n", b=f"{bk[0]} - {bk[1].upper()}", ag=(g.agency(False), "BANK_ACCOUNT"),
                  cc=(g.account(), "BANK_ACCOUNT"), d=f"{g.date('br')} {g.hm()}",
                  r=g.pick(["Cumprida integralmente", "Cumprida parcialmente por insuficiência de saldo",
                            "Réu/executado sem saldo positivo", "Cumprida parcialmente"]), v=g.money(0, 30000))
    doc.f("\nCERTIDÃO\nCertifico que, em cumprimento à decisão de fls. «f», foi protocolada a ordem acima. Os valores bloqueados "
          "foram transferidos para conta judicial vinculada ao Banco do Brasil, ID de depósito «idd». Certifico, ainda, que o "
          "executado «n» compareceu ao cartório em «d» alegando tratar-se de verba salarial (conta-salário, art. 833, IV, do "
          "CPC) e informou o telefone «t».\n«c», «d2».\n«e» – Escrevente\n",
          f=g.ri(100, 400), idd=g.neg(12) + g.d(2),
          n=P(last_r.full), d=g.date("br"), t=ph_t(g), c=city, d2=g.date("br"), e=P(g.person().full))
    return doc


def fi_trabalhista(g: Gen) -> Doc:
    """Labour claim with payroll data: PIS, CTPS, salary account, severance table."""
    doc = Doc()
    city, uf = g.city()
    rec = g.person()
    sup, w = g.person(), g.person()
    lws = [g.person() for _ in range(g.pick([1, 1, 2]))]
    emp = g.pick(["BENTO SUPERMERCADOS LTDA.", "AURORA SERVIÇOS DE LIMPEZA E CONSERVAÇÃO EIRELI", "PRUDENTE TÊXTIL S.A.",
                  "CONSTANTE LOGÍSTICA E ARMAZÉNS LTDA.", "FLOR DE LIS RESTAURANTE LTDA. ME", "LUZ VIGILÂNCIA PATRIMONIAL LTDA."])
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) JUIZ(A) DO TRABALHO DA «n»ª VARA DO TRABALHO DE «c»/«uf»\n\n",
          n=g.ri(1, 90), c=city.upper(), uf=uf)
    doc.f("«n», «nat», «civ», «pr», nascid«o» em «dob», portador«a» da CTPS nº «ctps», série «s»-«uf», inscrit«o» no PIS sob o "
          "nº «pis», CPF «cpf», RG «rg», residente na «ad», «b», «c»/«uf», CEP «cep», telefone/WhatsApp «t», e-mail «e», por seu "
          "advogado (procuração anexa), vem propor\n\nRECLAMAÇÃO TRABALHISTA – RITO ORDINÁRIO\n\nem face de «emp», CNPJ «cn», "
          "pelos fatos e fundamentos a seguir.\n\n",
          n=P(rec.caps), nat=rec.g("brasileiro", "brasileira"), civ=g.pick(CIVIL)[1 if rec.female else 0],
          pr=g.pick(["operador de caixa", "auxiliar de limpeza", "vigilante", "costureira", "conferente", "cozinheira"]),
          o=rec.o, dob=dob_t(g, "br", 1965, 2003), a=rec.g("", "a"), ctps=g.d(7), s=g.d(4), uf=uf, pis=(g.pis(), "BR_PIS"),
          cpf=cpf_t(g), rg=rg_t(g), ad=ad_t(g, "legal"), b=g.pick(BAIRROS), c=city, cep=cep_t(g), t=ph_t(g), e=em_t(g, rec),
          emp=emp, cn=(g.cnpj(), "BR_CNPJ"))
    adm, dem = g.date("br", g.ri(2016, 2022)), g.date("br", g.ri(2024, 2025))
    bk = g.pick(BANKS)
    doc.f("1. DO CONTRATO DE TRABALHO\n«o» Reclamante foi admitid«x» em «adm» e dispensad«x» sem justa causa em «dem», com último "
          "salário de R$ «sal», pago na conta-salário nº «cc», agência «ag», do «bk». Laborava das «h1» às «h2», de segunda a "
          "sábado, sob as ordens «dg» «sup», sem intervalo intrajornada integral.\n\n",
          o=rec.g("O", "A"), x=rec.o, adm=adm, dem=dem, sal=g.money(1500, 4500), cc=(g.account(), "BANK_ACCOUNT"),
          ag=(g.agency(), "BANK_ACCOUNT"), bk=bk[1], h1=g.pick(["7h", "6h", "8h", "14h"]), h2=g.pick(["17h", "18h30", "22h"]),
          dg=sup.g("do gerente", "da gerente"), sup=P(g.pick([sup.full, sup.first, sup.nick])))
    doc.f("2. DAS VERBAS RESCISÓRIAS\nO TRCT (doc. 04) não foi quitado integralmente. Os depósitos do FGTS (extrato do PIS «pis») "
          "apresentam lacunas de «m» meses.\n\n", pis=(g.pis(), "BR_PIS"), m=g.ri(2, 18))
    doc.t("Verba | Valor (R$)\n")
    for v in ["Saldo de salário", "Aviso prévio indenizado", "13º proporcional", "Férias + 1/3", "Multa 40% FGTS", "Horas extras (estimativa)"]:
        doc.f("«v» | «x»\n", v=v, x=g.money(300, 15000))
    doc.f("\n3. DA PROVA\nRequer a oitiva da testemunha «w», ex-colega de trabalho, CPF «cpf», e a juntada dos cartões de ponto. "
          "Invoca a Súmula 338 do TST.\n\n4. Requer os benefícios da justiça gratuita (art. 790, § 3º, da CLT) e a condenação "
          "da reclamada ao pagamento das verbas acima, com honorários sucumbenciais de 15% (art. 791-A da CLT).\n\n"
          "Valor da causa: R$ «vc».\n«c», «d».\n",
          w=P(w.full), cpf=cpf_t(g), vc=g.money(20000, 150000), c=city, d=g.date("long"))
    lawyer_block(g, doc, lws, uf, caps=g.chance(0.5))
    if g.chance(0.5):
        doc.f("\n[Ata – audiência inicial] Presentes «o» reclamante «n» e a reclamada, por seu preposto «p» (carta de preposição). "
              "Acordo: R$ «v», em «k» parcelas, via Pix na chave aleatória «pk» d«o» reclamante. Homologado.\n",
              o=rec.o, n=P(rec.full), p=P(g.person().full), v=g.money(3000, 40000), k=g.ri(1, 10), pk=(g.uuid(), "PIX_KEY"))
    return doc


def fi_penhora(g: Gen) -> Doc:
    """Bailiff's seizure record (auto de penhora, avaliação e depósito) of a vehicle."""
    doc = Doc()
    city, uf = g.city()
    ex, of, dep = g.person(), g.person(), g.person()
    cred = g.pick(CREDITORS)
    pl = g.plate()
    doc.f("AUTO DE PENHORA, AVALIAÇÃO E DEPÓSITO\n\nProcesso nº «cnj»\nExequente: «cr»\nExecutad«o»: «e» – CPF «cpf»\n\n"
          "Aos «d» dias do mês de «m» de «y», nesta cidade de «c», em cumprimento ao mandado nº «mn», expedido pel«jo» MM. "
          "Juiz«jx» «j», dirigi-me à «ad», «b», e aí, sendo, procedi à PENHORA do seguinte bem:\n\n",
          cnj=g.cnj(uf), cr=cred, o=ex.o, e=P(ex.caps), cpf=cpf_t(g), d=ORDS[g.ri(1, 27)], m=MONTHS[g.ri(0, 11)],
          y=g.pick([2025, 2026]), c=city, mn=f"{g.d(3)}.{g.ri(2025, 2026)}/{g.d(6)}-{g.d(1)}",
          jo=(jz := g.person()).o, jx=jz.g("", "a"), j=P(jz.full), ad=ad_t(g, "legal"), b=g.pick(BAIRROS))
    doc.f("VEÍCULO «car», ano/modelo «y1»/«y2», cor «cor», placa «pl», RENAVAM «ren», chassi «ch», em «est» estado de "
          "conservação, com «km» km rodados, avaliado em R$ «v» (tabela FIPE de «mes»).\n\n",
          car=g.pick(CARS).upper(), y1=(yy := g.ri(2010, 2023)), y2=yy + g.ri(0, 1), cor=g.pick(COLOURS), pl=(pl, "LICENSE_PLATE"),
          ren=g.neg(11), ch=g.chassi(), est=g.pick(["bom", "regular", "razoável"]), km=f"{g.ri(20, 280)}.{g.d(3)}",
          v=g.money(15000, 110000), mes=MONTHS[g.ri(0, 11)])
    doc.f("Nomeei depositári«o» fiel «n», «rel» do executado, RG «rg», CPF «cpf», telefone «t», que aceitou o encargo e foi "
          "advertid«o» das penas da lei (art. 161 do CPC), comprometendo-se a não alienar o bem e a apresentá-lo quando "
          "determinado. O veículo permanecerá guardado na garagem do imóvel.\n\n",
          o=dep.o, n=P(dep.full), rel=g.pick(["cônjuge", "companheira", "irmão", "filho"]) if not dep.female else g.pick(["cônjuge", "companheira", "irmã", "filha"]),
          rg=rg_t(g), cpf=cpf_t(g), t=ph_t(g))
    doc.f("Certifico que intimei o executado da penhora e da avaliação, tendo «x». Lancei restrição de circulação via RENAJUD "
          "(protocolo «p»). E, para constar, lavrei o presente auto que, lido e achado conforme, vai assinado por mim, «o», "
          "Oficial de Justiça Avaliador, pelo depositário e pelo executado.\n\n«o2»\nOficial de Justiça – matrícula «mt»\n\n"
          + ("«d2»\nDepositári«do»\n\n«e2»\nExecutad«eo»\n" if g.chance(0.4) else "________________\nDepositário\n\n________________\nExecutado\n"),
          x=g.pick(["exarado ciente", "se recusado a assinar, o que certifico", "informado que irá embargar"]), p=g.neg(12),
          o=P(of.full), o2=P(of.caps), mt=f"{g.d(3)}.{g.d(3)}-{g.d(1)}", d2=P(dep.caps), do=dep.o, e2=P(ex.caps), eo=ex.o)
    return doc


def fi_renajud(g: Gen) -> Doc:
    """RENAJUD and INFOJUD results attached by the clerk to the execution file."""
    doc = Doc()
    city, uf = g.city()
    ex = g.person()
    esc = g.person()
    cpf = g.cpf()
    doc.f("Processo: «cnj»\nJuntada de consultas – SISTEMAS CONVENIADOS\n\n== RENAJUD – Consulta de veículos ==\n"
          "Data/hora: «d» «h» · Usuário: «u»\nCPF/CNPJ pesquisado: «cpf»\n\nPlaca | Marca/Modelo | Ano | UF | Proprietário | "
          "Restrições\n", cnj=g.cnj(uf), d=g.date("br"), h=g.hms(), u=f"{fold(esc.first).lower()}.{fold(esc.last).lower()}.tj{uf.lower()}",
          cpf=(cpf, "BR_CPF"))
    for _ in range(g.ri(1, 3)):
        doc.f("«pl» | «car» | «y» | «uf» | «n» | «r»\n", pl=(g.plate(), "LICENSE_PLATE"), car=g.pick(CARS).upper(),
              y=g.ri(2005, 2024), uf=g.pick(UFS), n=P(ex.caps_fold),
              r=g.pick(["ALIENAÇÃO FIDUCIÁRIA", "SEM RESTRIÇÃO", "RESTRIÇÃO JUDICIAL – TRANSFERÊNCIA", "RESTRIÇÃO ADMINISTRATIVA"]))
    doc.f("\n== INFOJUD – Receita Federal – Consulta Cadastral ==\nNome: «n»\nCPF: «cpf»\nData de nascimento: «dob»\n"
          "Nome da mãe: «m»\nTítulo de eleitor: «te»\nEndereço: «ad»\nBairro: «b»\nMunicípio/UF: «c»/«uf»\nCEP: «cep»\n"
          "Telefone: «t»\nSituação cadastral: REGULAR\n\n",
          n=P(ex.caps_fold), cpf=(fmt_cpf(cpf) if "." not in cpf else cpf, "BR_CPF"), dob=dob_t(g, "br"),
          m=P(g.relative(ex, True).caps_fold), te=(g.titulo(False), "BR_TITULO_ELEITOR"), ad=ad_t(g, "caps"),
          b=g.pick(BAIRROS).upper(), c=city.upper(), uf=uf, cep=cep_t(g, False), t=ph_t(g, "raw"))
    doc.f("== INFOJUD – DIRPF «y» (sigilo – acesso restrito às partes) ==\nBens e direitos declarados: apartamento na «ad», "
          "R$ «v1»; saldo em conta no «bk», ag. «ag», conta «cc», R$ «v2»; quotas de «e» (CNPJ «cn»).\n\n",
          y=g.pick([2024, 2025]), ad=ad_t(g, "legal"), v1=g.money(150000, 800000), bk=g.pick(BANKS)[1],
          ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), v2=g.money(100, 30000),
          e=g.pick(["Flor do Vale Confecções ME", "Justo & Bento Ltda.", "Aurora Festas Ltda."]), cn=(g.cnpj(), "BR_CNPJ"))
    doc.f("CERTIDÃO: Certifico que juntei as consultas acima. Os autos passam a tramitar em segredo de justiça quanto aos "
          "documentos fiscais. «c», «d».\n«e», escrevente técnic«o» judiciári«o».\n", c=city, d=g.date("br"), e=P(esc.full), o=esc.o)
    if g.chance(0.5):
        doc.f("\nObs.: o CPF «bad» indicado pelo exequente à fl. «f» pertence a terceiro estranho à lide (homônimo).\n",
              bad=g.bad_cpf("dot"), f=g.ri(50, 200))
    return doc


def fi_acordo(g: Gen) -> Doc:
    """A settlement in a debt-collection suit, payment by Pix or boleto, lawyer's fees account."""
    doc = Doc()
    city, uf = g.city()
    dev = g.person()
    cred = g.pick(CREDITORS)
    lc, ld = g.person(), g.person()
    doc.f("EXCELENTÍSSIMO SENHOR DOUTOR JUIZ DE DIREITO DA «v» DA COMARCA DE «c»\n\nProcesso nº «cnj»\n\n«cr», já qualificada, e "
          "«d», «nat», CPF «cpf», residente na «ad», CEP «cep», e-mail «e», nos autos da AÇÃO DE COBRANÇA, vêm, por seus advogados, "
          "requerer a HOMOLOGAÇÃO do seguinte ACORDO:\n\n",
          v=court(g).upper(), c=city.upper(), cnj=g.cnj(uf), cr=cred.upper(), d=P(dev.caps), nat=dev.g("brasileiro", "brasileira"),
          cpf=cpf_t(g), ad=ad_t(g, "legal"), cep=cep_t(g), e=em_t(g, dev))
    n = g.ri(2, 12)
    doc.f("1. O débito, atualizado até «d» em R$ «v», é reduzido para R$ «va», a ser pago em uma entrada de R$ «en» e «n» parcelas "
          "mensais de R$ «p», vencendo-se a primeira em «d1».\n\n",
          d=g.date("br"), v=g.money(5000, 80000), va=g.money(3000, 50000), en=g.money(300, 5000), n=n, p=g.money(200, 4000),
          d1=g.date("br"))
    if g.chance(0.5):
        doc.f("2. Os pagamentos serão feitos via Pix à chave aleatória da credora «k», ou mediante boletos enviados ao e-mail do "
              "devedor.\n\n", k=(g.uuid(), "PIX_KEY"))
    else:
        doc.f("2. Os pagamentos serão feitos mediante depósito na conta da sociedade de advogados patrona da credora (CNPJ «cn»), "
              "Banco «b», agência «ag», conta «cc».\n\n", cn=(g.cnpj(), "BR_CNPJ"), b=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"),
              cc=(g.account(), "BANK_ACCOUNT"))
    doc.f("3. Os honorários advocatícios, fixados em 10% do valor do acordo, serão pagos pelo devedor diretamente ao Dr. «l», «ol», "
          "por Pix (chave aleatória «k») ou na conta «cc», agência «ag», do «b».\n\n",
          l=P(lc.full), ol=pid(g, lc, "OAB", uf), k=(g.uuid(), "PIX_KEY"), cc=(g.account(), "BANK_ACCOUNT"), ag=(g.agency(), "BANK_ACCOUNT"),
          b=g.pick(BANKS)[1])
    doc.f("4. O inadimplemento de qualquer parcela implicará o vencimento antecipado das demais, com multa de 20%, "
          "prosseguindo-se a execução pelo saldo. Com a homologação, requerem o levantamento da penhora sobre o veículo placa «pl» "
          "e o desbloqueio dos valores constritos via SISBAJUD na conta «cc2» (agência «ag2»).\n\n"
          "5. As custas remanescentes serão suportadas pelo devedor, observada a gratuidade (art. 98 do CPC).\n\n«c», «d».\n\n"
          "«l1»\n«o1»\n\n«l2»\n«o2»\n\n«dv»\nDevedor«dx»\n",
          pl=(g.plate(), "LICENSE_PLATE"), cc2=(g.account(), "BANK_ACCOUNT"), ag2=(g.agency(), "BANK_ACCOUNT"), c=city,
          d=g.date("long"), l1=P(lc.caps), o1=pid(g, lc, "OAB", uf), l2=P(ld.caps), o2=pid(g, ld, "OAB", uf), dv=P(dev.caps), dx=dev.g("", "a"))
    return doc


def fi_monitoria(g: Gen) -> Doc:
    """Ação monitória on a credit-card debt with statement excerpts."""
    doc = Doc()
    city, uf = g.city()
    r = g.person()
    cred = g.pick(CREDITORS)
    lws = [g.person() for _ in range(g.pick([1, 1, 2]))]
    card = g.card(g.chance(0.6))
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) DOUTOR(A) JUIZ(A) DE DIREITO DA «v» DA COMARCA DE «c»/«uf»\n\n«cr», CNPJ «cn», por seus "
          "advogados, vem propor AÇÃO MONITÓRIA (arts. 700 e seguintes do CPC) em face de ",
          v=court(g).upper(), c=city.upper(), uf=uf, cr=cred.upper(), cn=(g.cnpj(), "BR_CNPJ"))
    qual(g, doc, r, email=g.chance(0.6), phone=g.chance(0.6), end=", pelos fatos a seguir.\n\n")
    doc.f("1. «rr» aderiu ao contrato de cartão de crédito «bd», tendo recebido o cartão nº «cc», com limite de R$ «l», "
          "conforme proposta de adesão assinada em «d» (doc. 02), com registro de desbloqueio pelo IP «ip».\n\n",
          rr=r.g("O réu", "A ré"), bd=g.pick(["Aurora Mastercard Gold", "Celeste Visa Platinum", "Bento Elo Mais"]), cc=(card, "CREDIT_CARD"),
          l=g.money(1000, 30000), d=g.date("br", g.ri(2018, 2023)), ip=ip_t(g))
    doc.t("2. Deixou de pagar as faturas a partir de ")
    doc.f("«m», conforme demonstrativo:\n\nEXTRATO RESUMIDO – CARTÃO «cc»\nTitular: «n»\nData | Descrição | Valor (R$)\n",
          m=g.pick(MONTHS) + f"/{g.ri(2023, 2025)}", cc=(card, "CREDIT_CARD") if g.chance(0.5) else "XXXX.XXXX.XXXX." + card[-4:],
          n=P(r.caps_fold))
    for _ in range(g.ri(4, 7)):
        doc.f("«d» | «x» | «v»\n", d=g.date("dm"),
              x=g.pick(["SUPERMERCADO BENTO", "POSTO AURORA", "DROGARIA FLOR DE LIS", "PAG*JOSIVALDO", "ENCARGOS ROTATIVO",
                        "IOF", "ANUIDADE", "MAGAZINE LUZ PARC 03/10", "UBER *TRIP", "LOJAS PRUDENTE"]), v=g.money(10, 2500))
    if g.chance(0.5):
        add = g.relative(r)
        doc.f("Cartão adicional: «cc» – portador«a» «n»\n", cc=(g.card(g.chance(0.5)), "CREDIT_CARD"), a=add.g("", "a"), n=P(add.caps_fold))
    doc.f("\n3. O débito, atualizado até «d», soma R$ «v» (planilha – doc. 05), aplicados os encargos contratuais, sem "
          "capitalização indevida (Súmula 539 do STJ e Súmula 297 do STJ, que reconhece a aplicação do CDC às instituições "
          "financeiras).\n\n4. Foram infrutíferas as tentativas de cobrança amigável pelo telefone «t» e pelo e-mail «e», "
          "bem como a notificação enviada ao endereço cadastrado, devolvida com a informação \"mudou-se\".\n\n"
          "Requer a expedição de mandado de pagamento, no prazo de 15 dias (art. 701 do CPC).\n\nValor da causa: R$ «v».\n"
          "«c», «dd».\n",
          d=g.date("br"), v=g.money(2000, 60000), t=ph_t(g), e=em_t(g, r), c=city, dd=g.date("long"))
    lawyer_block(g, doc, lws, uf, caps=g.chance(0.6))
    if g.chance(0.5):
        sign_stamp(g, doc, lws[0], "advogad" + lws[0].o)
    return doc


# =========================================================================== build and check

TEMPLATES = {
    "atendimento": [at_procon, at_atermacao, at_contestacao, at_mandado, at_sentenca, at_acordo, at_certidoes],
    "juridico": [ju_peticao, ju_acordao, ju_ata, ju_dje, ju_inventario, ju_procuracao, ju_case_export],
    "saude": [sa_liminar, sa_decisao, sa_laudo, sa_erro_medico, sa_ata, sa_acordao, sa_planilha],
    "financeiro": [fi_execucao, fi_sisbajud, fi_trabalhista, fi_penhora, fi_renajud, fi_acordo, fi_monitoria],
}

CPF_SHAPES = re.compile(r"(?<![\d.])(\d{11}|\d{3}\.\d{3}\.\d{3}-\d{2}|\d{9}-\d{2})(?![\d])")
LABELS = {"PERSON", "BR_CPF", "BR_CNPJ", "BR_RG", "BR_CNH", "BR_PIS", "BR_TITULO_ELEITOR", "BR_CNS", "BR_CEP",
          "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "PIX_KEY", "LICENSE_PLATE", "BANK_ACCOUNT", "ADDRESS",
          "DATE_OF_BIRTH", "IP_ADDRESS", "PROFESSIONAL_ID"}
ROLE_BOX = re.compile(r"(contato|intimacoes|processual|juridico|sac|[a-z]{2}\d+[a-z]+)@")


def check(record: dict) -> None:
    text, last = record["text"], 0
    covered = [False] * len(text)
    for s in record["spans"]:
        assert s["label"] in LABELS, (record["id"], s)
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
            assert len(digits) == 16 and luhn_dv(digits[:-1]) == digits[-1], (record["id"], v)
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
            assert 8 <= len(raw) <= 9, (record["id"], v)
            if re.fullmatch(r"\d{2}\.\d{3}\.\d{3}-[\dX]|\d{8}[\dX]", v):
                assert rg_sp_dv(raw[:8]) == raw[8], (record["id"], v)
        elif lab == "PIX_KEY":
            assert str(uuid.UUID(v)) == v, (record["id"], v)
        elif lab == "BR_CEP":
            assert len(digits) == 8, (record["id"], v)
        elif lab == "PHONE_NUMBER":
            assert 10 <= len(digits) <= 13 and not v.startswith("0800"), (record["id"], v)
        elif lab == "LICENSE_PLATE":
            assert re.fullmatch(r"[A-Z]{3}-?\d[A-Z\d]\d{2}", v), (record["id"], v)
        elif lab == "PERSON":
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|min|des|desembargador|juiz|juíza)\.?\s", v), (record["id"], v)
            assert not re.search(r"[0-9@]", v), (record["id"], v)
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (record["id"], v)
            assert not ROLE_BOX.match(v), (record["id"], v)
        elif lab == "IP_ADDRESS":
            assert v.count(".") == 3 and all(0 <= int(x) <= 255 for x in v.split(".")), (record["id"], v)
        elif lab == "PROFESSIONAL_ID":
            assert re.match(r"(CRM|COREN|OAB|CRP|CREFITO)\b", v) and re.search(r"\b[A-Z]{2}\b|CRP \d{2}|CREFITO-\d", v), (record["id"], v)
        elif lab == "DATE_OF_BIRTH":
            assert re.search(r"\d{4}|\d{2}/\d{2}/\d{2}$", v), (record["id"], v)
        elif lab == "BANK_ACCOUNT":
            assert re.fullmatch(r"[\d.]+(-[\dX])?", v), (record["id"], v)
    # hard negatives: an unlabelled number shaped like a CPF must fail its check digits
    for m in CPF_SHAPES.finditer(text):
        if not any(covered[m.start():m.end()]):
            assert not cpf_ok(re.sub(r"\D", "", m.group())), (record["id"], "unlabelled CPF-valid number", m.group())
    # other hard negatives: unlabelled digit runs shaped like a título, CNS or card fail their checks
    for m in re.finditer(r"(?<![\d.])\d(?:[\d ]*\d)?(?![\d])", text):
        if any(covered[m.start():m.end()]):
            continue
        raw = m.group().replace(" ", "")
        if len(raw) == 12:
            assert titulo_dv(raw[:8], raw[8:10]) != raw[10:], (record["id"], "unlabelled título-valid number", m.group())
        elif len(raw) == 15:
            assert not cns_ok(raw), (record["id"], "unlabelled CNS-valid number", m.group())
        elif len(raw) == 16:
            assert luhn_dv(raw[:15]) != raw[15], (record["id"], "unlabelled card-valid number", m.group())
    # unlabelled UUIDs would be Pix keys: there are none in this register
    for m in re.finditer(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", text):
        assert covered[m.start()], (record["id"], "unlabelled uuid", m.group())


def build() -> list[dict]:
    g = Gen(SEED)
    records = []
    for domain, funcs in TEMPLATES.items():
        for index, func in enumerate(funcs):
            for copy in range(10):
                doc = func(g)
                doc.text = re.sub(r"\bJuiza\b", "Juíza", doc.text)  # same length: offsets unchanged
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
