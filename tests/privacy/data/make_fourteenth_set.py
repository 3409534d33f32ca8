"""Build the fourteenth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_fourteenth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or
run), standalone (own check-digit code, no Faker, no import from afinar), seed 14,
280 records: 7 templates per domain, 10 copies each.

Registers, none used by the earlier sets, in two halves.

(a) Spoken language written down by a machine: speech-to-text without punctuation, lower
case, speaker turns, numbers dictated either as digits (ASR-normalised, often in groups:
"345 129 870 12") or as words ("três quatro cinco um dois..."). Only what is written in
digits is labelled; an identifier dictated in words is not a span (it cannot be told from
the surrounding words by form), and neither is a number mixed with words.
- atendimento: telecom call-centre ASR transcript, WhatsApp voice notes to a furniture
  store, energy-utility ombudsman phone call;
- juridico: labour-court hearing transcript (degravação: "JUIZ:", "TESTEMUNHA:"), voice
  notes between a divorce client and the law office, Teams auto-transcript of a CEJUSC
  conciliation session;
- saude: telemedicine consultation transcript, a relative's voice notes to a home-care
  service, health-centre scheduling call (ASR with spk_ labels), SUS ombudsman (136) call;
- financeiro: card-blocking call with IVR, a shop owner's voice notes to the account
  manager, bank ombudsman call, payroll-loan acceptance recording (script + "sim").

(b) Machine and structured formats not used before (twelfth had CNAB, MT103, HL7 v2 and
generic XML/JSON/pipe logs):
- atendimento: CSV export with header rows and quoted fields, CRM YAML config, SQL INSERT
  statements pasted in a ticket, parking-app key=value log lines;
- juridico: NFS-e (ABRASF) XML for legal fees, eSocial S-2200 XML (leiaute 2.5, annexed to
  a labour defence), iCalendar (.ics) hearing agenda, exiftool/e-mail header dump of a
  forensic preservation report;
- saude: FHIR R4 JSON Bundle (Patient, Practitioner), TISS 4 XML SP/SADT guide, lab (LIS)
  critical-results CSV;
- financeiro: OFX bank statement, Pix receipt + boleto text, NF-e XML.

Conventions (as in the twelfth set where it decides): PERSON covers the name only, never
"Sr.", "Dra.", "doutor", "dona", "seu"; particles inside a name are part of it;
"SURNAME, GIVEN" is one span; FHIR family and given are one span each. ADDRESS is street
type + name + number + complement in one span; where a format splits the street from its
number (NF-e xLgr/nro/xCpl, NFS-e Endereco/Numero, eSocial dscLograd/nrLograd, a FHIR
"line" holding only the complement) only the street field is an ADDRESS span; bairro, city
and UF are never labelled; CEP is BR_CEP. A company's own address (NF-e emitente that is
not a MEI, boleto beneficiário) is not personal data and carries no span, as in the twelfth
set; a MEI emitente's name, CPF, street and CEP are. Agency and account are separate
BANK_ACCOUNT spans (OFX BRANCHID and ACCTID too); bank codes are not. DATE_OF_BIRTH only
for birth dates (machine formats, "12/03/1985", "12 do 3 de 1985", "12 de março de 1985").
PROFESSIONAL_ID includes the council acronym when it is written next to the number; a TISS
numeroConselhoProfissional (acronym given by the conselhoProfissional code) is the bare
number. PIX_KEY only for random (UUID) keys used as Pix keys; Pix keys that are a CPF,
e-mail or phone take that label. Masked values (***.456.789-**, card "final 1234"), TISS
carteirinha numbers, NB (INSS benefit) numbers, RENAVAM, CTPS and internal ids are not
labelled.

Names: Brazilian names of many origins (Portuguese common and regional, coined names such
as Raylson, Kemilly, Dheymisson; Italian, German, Japanese, Lebanese, Polish/Ukrainian,
Korean, Chinese, Vietnamese, Andean, Haitian, Angolan/Congolese/Nigerian, indigenous,
Jewish, Armenian), at least a fifth of the name words rare or invented; names that are
ordinary words (Rosa, Branco, Prudente, Bento, Vitória, Leão, Aurora, Serena, Pinheiro)
next to the same words used as words and in places and companies, which are not persons.
Forms: lower case (ASR), ALL CAPS without accents, "SURNAME, GIVEN", first name alone,
surname alone, family/given split.

Hard negatives (never labelled): system users, product/SKU codes, protocol numbers, CNJ
process numbers, 11-digit numbers failing the CPF check, CID-10 and TUSS codes, CBO codes,
money, NF-e access keys (44 digits), boleto barcodes and linha digitável, Pix end-to-end
ids, UUIDs that are request/resource ids, municipal registrations, ANS registry numbers,
hashes, version strings, masked identifiers, dates that are not birth dates.
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
import uuid
from pathlib import Path

HERE = Path(__file__).parent
SEED = 14

# --------------------------------------------------------------------------- check digits


def cpf_check(nine: str) -> str:
    digits = [int(c) for c in nine]
    for top in (10, 11):
        s = sum(d * (top - i) for i, d in enumerate(digits))
        r = s % 11
        digits.append(0 if r < 2 else 11 - r)
    return "".join(str(d) for d in digits[9:])


def cpf_valid(n: str) -> bool:
    return len(n) == 11 and n.isdigit() and len(set(n)) > 1 and cpf_check(n[:9]) == n[9:]


def cnpj_check(twelve: str) -> str:
    """Numeric or alphanumeric (2026) CNPJ: value of a character is ord(c) - 48."""
    vals = [ord(c) - 48 for c in twelve]
    weights = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]
    out = []
    for ws in (weights, [6] + weights):
        s = sum(v * w for v, w in zip(vals, ws))
        r = s % 11
        dv = 0 if r < 2 else 11 - r
        vals.append(dv)
        out.append(str(dv))
    return "".join(out)


def rg_sp_check(eight: str) -> str:
    s = sum(int(c) * w for c, w in zip(eight, range(2, 10)))
    r = 11 - s % 11
    if r == 10:
        return "X"
    if r == 11:
        return "0"
    return str(r)


def cnh_check(nine: str) -> str | None:
    """CNH check digits; None for bodies where the published variants disagree."""
    d = [int(c) for c in nine]
    r1 = sum(x * w for x, w in zip(d, range(9, 0, -1))) % 11
    if r1 >= 10:
        return None
    r2 = sum(x * w for x, w in zip(d, range(1, 10))) % 11
    if r2 >= 10:
        return None
    return f"{r1}{r2}"


def pis_check(ten: str) -> str:
    s = sum(int(c) * w for c, w in zip(ten, [3, 2, 9, 8, 7, 6, 5, 4, 3, 2]))
    r = 11 - s % 11
    return "0" if r >= 10 else str(r)


def titulo_check(eight: str, uf: str) -> str:
    d1 = sum(int(c) * w for c, w in zip(eight, range(2, 10))) % 11
    sp_mg = uf in ("01", "02")
    if d1 == 10:
        d1 = 0
    elif d1 == 0 and sp_mg:
        d1 = 1
    d2 = (int(uf[0]) * 7 + int(uf[1]) * 8 + d1 * 9) % 11
    if d2 == 10:
        d2 = 0
    elif d2 == 0 and sp_mg:
        d2 = 1
    return f"{d1}{d2}"


def cns_valid(n: str) -> bool:
    return len(n) == 15 and sum(int(c) * w for c, w in zip(n, range(15, 0, -1))) % 11 == 0


def luhn_check(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        v = int(c)
        if i % 2 == 0:
            v = v * 2
            if v > 9:
                v -= 9
        total += v
    return str((10 - total % 10) % 10)


def mod11_nfe(body: str) -> str:
    """Check digit of an NF-e access key (weights 2..9 from the right)."""
    s, w = 0, 2
    for c in reversed(body):
        s += int(c) * w
        w = 2 if w == 9 else w + 1
    r = s % 11
    return "0" if r < 2 else str(11 - r)


def fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


# --------------------------------------------------------------------------- spoken numbers

UNITS = ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"]
TEENS = ["dez", "onze", "doze", "treze", "quatorze", "quinze", "dezesseis", "dezessete", "dezoito",
         "dezenove"]
TENS = ["", "", "vinte", "trinta", "quarenta", "cinquenta", "sessenta", "setenta", "oitenta", "noventa"]
HUNDREDS = ["", "cento", "duzentos", "trezentos", "quatrocentos", "quinhentos", "seiscentos",
            "setecentos", "oitocentos", "novecentos"]
MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
          "outubro", "novembro", "dezembro"]


def words(n: int) -> str:
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        t, u = divmod(n, 10)
        return TENS[t] + ("" if u == 0 else " e " + UNITS[u])
    if n == 100:
        return "cem"
    if n < 1000:
        h, r = divmod(n, 100)
        return HUNDREDS[h] + ("" if r == 0 else " e " + words(r))
    th, r = divmod(n, 1000)
    head = "mil" if th == 1 else words(th) + " mil"
    if r == 0:
        return head
    return head + (" e " if r < 100 or r % 100 == 0 else " ") + words(r)


def digit_words(s: str, meia: bool = False) -> str:
    out = []
    for c in s:
        if c.isdigit():
            out.append("meia" if (c == "6" and meia) else UNITS[int(c)])
    return " ".join(out)


def groups(s: str, sizes: list[int]) -> str:
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return " ".join(x for x in out if x)


# --------------------------------------------------------------------------- name pools
# Lists marked RARE hold uncommon, regional or coined names; the build prints their share.

PT_F = ["Maria José", "Ana Paula", "Francisca", "Adriana", "Juliana", "Patrícia", "Aline",
        "Fernanda", "Vanessa", "Simone", "Rosângela", "Luciana", "Débora", "Priscila", "Larissa",
        "Beatriz", "Manuela", "Heloísa", "Lívia", "Sophia", "Valentina", "Elaine", "Marlene",
        "Terezinha", "Maria do Socorro", "Maria das Graças", "Antônia", "Sandra", "Cristina",
        "Mariana", "Gabriela", "Carolina", "Natália", "Raquel", "Ana Júlia", "Isabela"]
RARE_F = ["Adenilza", "Zildete", "Jucilene", "Eronildes", "Creuzimar", "Lauanny", "Kemilly",
          "Jhennyfer", "Eduardha", "Ozenira", "Marivalda", "Lucivânia", "Dulcinéia", "Iranilde",
          "Gildete", "Cleidiane", "Kethellen", "Thayná", "Waldirene", "Quitéria", "Edlaine",
          "Rosenilda", "Josicleide", "Maelly", "Ivaneide", "Deusimar", "Ryllary", "Anaíres"]
PT_M = ["José Carlos", "Paulo Roberto", "Marcos", "Carlos Eduardo", "Luiz Fernando", "Ricardo",
        "Alexandre", "Anderson", "Márcio", "Sérgio", "Jorge", "Gustavo", "Lucas", "Gabriel",
        "Matheus", "Pedro Henrique", "Miguel", "Arthur", "Heitor", "Bernardo", "Diego", "Vinícius",
        "Rafael", "Roberto", "Edson", "Nilton", "Geraldo", "Benedito", "Antônio Carlos", "João Paulo",
        "Francisco", "Manoel", "Leonardo", "Rodrigo", "Daniel", "Eduardo"]
RARE_M = ["Raylson", "Thaylon", "Weverton", "Gleydson", "Rhuan", "Ykaro", "Luandson", "Dheymisson",
          "Cleidivan", "Josenildo", "Deusdete", "Waldisney", "Erisvaldo", "Edimilson", "Lindomar",
          "Jocimar", "Valdomiro", "Arisvaldo", "Klebson", "Adelmo", "Genésio", "Tertuliano",
          "Eustáquio", "Onofre", "Anacleto", "Zózimo", "Jeovaldo", "Wandeclei", "Romário"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Costa", "Pereira", "Lima", "Ferreira", "Alves",
          "Gomes", "Ribeiro", "Martins", "Carvalho", "Dias", "Moreira", "Nunes", "Mendes",
          "Cardoso", "Teixeira", "Monteiro", "Cavalcanti", "Farias", "Batista", "Machado",
          "Andrade", "Freitas", "Castro", "Fonseca", "Sales", "Araújo", "Barbosa", "Correia",
          "Nascimento", "Azevedo", "Marques", "Rezende", "Lopes", "Moraes"]
RARE_SUR = ["Quaresma", "Anunciação", "Sacramento", "Espíndola", "Trindade", "Bonfim", "Mergulhão",
            "Tinoco", "Varjão", "Cerqueira", "Nazário", "Aleluia", "Bittencourt", "Paranhos",
            "Calixto", "Bezerril", "Ximenes", "Jacobina", "Guedelha", "Casaes", "Fiuza",
            "Laudelino", "Honorato", "Bragança", "Medrado", "Rebouças", "Gusmão", "Carapeba",
            "Capistrano", "Arcoverde", "Cajazeira", "Sotero", "Lustosa", "Evangelista", "Timbó"]
WORD_F = ["Rosa", "Vitória", "Glória", "Aurora", "Pérola", "Serena", "Flor", "Dalva"]
WORD_M = ["Bento", "Prudente", "Amado", "Constante", "Inocêncio", "Félix", "Leão"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Bento", "Leão", "Pinheiro", "Carneiro", "Coelho", "Lobo",
            "Raposo", "Pedra", "Vale", "Porto", "Paz", "Fontes", "Cordeiro", "Rocha", "Aurora"]
FOREIGN = {
    "it": (["Giulia", "Franca", "Loredana"], ["Enrico", "Vittorio", "Giuseppe"],
           ["Zanchetta", "Marangoni", "Bortolini", "Crestani", "Piccinini", "Dall'Igna", "Tonial"]),
    "de": (["Elfriede", "Hildegard", "Brunhilde"], ["Arno", "Egon", "Reinaldo"],
           ["Schmitt", "Wachholz", "Stein", "Krüger", "Heinzmann", "Kuntz", "Fuhrmann"]),
    "jp": (["Harumi", "Emiko", "Natsuki"], ["Satoshi", "Massao", "Tetsuo"],
           ["Tanaka", "Hirata", "Kaneshiro", "Miyazaki", "Shimabukuro", "Nakandakare"]),
    "ar": (["Nádia", "Yasmin", "Rania"], ["Jorge Elias", "Salim", "Kamal"],
           ["Jabur", "Khoury", "Zogbi", "Hadid", "Tannus", "Bechara", "Mussi"]),
    "pl": (["Halina", "Iryna", "Jadwiga"], ["Zbigniew", "Mykola", "Wlodzimierz"],
           ["Wolanski", "Dzierwa", "Hnatiuk", "Lewandowski", "Kowalczuk", "Semeniuk"]),
    "kr": (["Hye-jin", "Soo-ah"], ["Jae-won", "Sung-min"], ["Lee", "Jung", "Han", "Seo"]),
    "cn": (["Lan", "Ying"], ["Jun", "Hao"], ["Huang", "Lin", "Zhou", "Wu"]),
    "vn": (["Thu", "Lien"], ["Minh", "Quang"], ["Nguyen", "Tran", "Pham"]),
    "an": (["Yessenia", "Marisol", "Nayeli"], ["Wilber", "Edwin", "Fredy"],
           ["Condori", "Choque", "Villca", "Paredes", "Huanca"]),
    "ht": (["Mirlande", "Nadège", "Fabiola"], ["Wesner", "Jude", "Fritz-Gerald"],
           ["Jean-Louis", "Desrosiers", "Augustin", "Bellegarde", "Saint-Vil"]),
    "af": (["Ngozi", "Luzolo", "Ndeye"], ["Chukwuemeka", "Mavambu", "Kalunga"],
           ["Okonkwo", "Mbemba", "Nkosi", "Lukombo", "Eze"]),
    "in": (["Moema", "Iracema", "Jurema"], ["Raoni", "Tainã", "Auá"],
           ["Guajajara", "Kaingang", "Tikuna", "Xakriabá", "Potiguara"]),
    "jw": (["Esther", "Débora", "Miriam"], ["Abraão", "Elias", "Jacó"],
           ["Lerner", "Grinberg", "Kaufman", "Zylbersztajn", "Tabak"]),
    "am": (["Ani", "Siranush"], ["Garabed", "Hagop"], ["Kazanjian", "Bedrossian", "Manoukian"]),
}
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in ("ht", "af", "in", "am", "pl", "vn"):
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])

DDDS = ["11", "13", "15", "17", "18", "19", "21", "22", "27", "28", "31", "32", "35", "38", "41",
        "42", "44", "47", "49", "51", "53", "55", "61", "62", "63", "65", "66", "68", "69", "71",
        "73", "77", "79", "81", "82", "84", "85", "87", "88", "89", "91", "93", "94", "96", "97", "98"]
STREET_TYPES = [("Rua", "R"), ("Avenida", "AV"), ("Travessa", "TV"), ("Alameda", "AL"), ("Estrada", "EST"),
                ("Rodovia", "ROD"), ("Praça", "PC")]
STREET_NAMES = ["das Acácias", "Doutor Epitácio Quaresma", "Padre Anchieta", "Cônego Vitorino",
                "Maestro Gaudêncio Bonfim", "dos Bandeirantes", "Engenheiro Rebouças", "Getúlio Vargas",
                "Leão XIII", "Rosa Branca", "Bento Gonçalves", "Prudente de Morais", "Tiradentes",
                "das Palmeiras", "José Bonifácio", "Visconde de Mauá", "Marechal Rondon",
                "Irmã Benigna", "Dom Pedro II", "Professora Zilá Timbó", "Vereador Onofre Lustosa",
                "Coronel Arcoverde", "Pinheiro Machado", "Santa Vitória", "dos Guajajaras"]
CITIES = [("Presidente Prudente", "SP"), ("Vitória", "ES"), ("Vitória de Santo Antão", "PE"),
          ("Bento Gonçalves", "RS"), ("Leão", "RS"), ("Pinheiro", "MA"), ("Rio Branco", "AC"),
          ("Campinas", "SP"), ("Sorocaba", "SP"), ("Uberlândia", "MG"), ("Montes Claros", "MG"),
          ("Cascavel", "PR"), ("Maringá", "PR"), ("Blumenau", "SC"), ("Chapecó", "SC"),
          ("Pelotas", "RS"), ("Anápolis", "GO"), ("Cuiabá", "MT"), ("Imperatriz", "MA"),
          ("Mossoró", "RN"), ("Caruaru", "PE"), ("Arapiraca", "AL"), ("Ilhéus", "BA"),
          ("Santarém", "PA"), ("Macapá", "AP"), ("Boa Vista", "RR"), ("Palmas", "TO"),
          ("Aurora", "CE"), ("Serra", "ES"), ("Rosário", "MA")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN",
       "PB", "MT", "MS", "AL"]
BAIRROS = ["Jardim Aurora", "Vila Rosa", "Centro", "Parque Leão", "Jardim Bento", "Bela Vista",
           "Conjunto Prudente", "Vila Branca", "Cidade Nova", "Jardim das Flores", "Santa Vitória"]
SYS_USERS = ["svc_import", "admin", "root", "etl_cron", "robo_cobranca", "integracao_erp", "sys_bot",
             "svc-webhook", "job_d1", "usr_leitura"]


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
        return self.given.split()[0]

    @property
    def last(self) -> str:
        real = [s for s in self.surnames if s not in SUFFIXES]
        return real[-1]

    @property
    def family(self) -> str:
        return " ".join(self.surnames)

    @property
    def short(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def caps(self) -> str:
        return fold(self.full).upper()

    @property
    def low(self) -> str:
        return self.full.lower()

    @property
    def inverted(self) -> str:
        """SURNAME(S), GIVEN in capitals without accents (particles follow the given name)."""
        sur = [s for s in self.surnames if s not in PARTICLES]
        parts = [s for s in self.surnames if s in PARTICLES]
        given = " ".join([self.given] + parts[:1])
        return fold(f"{' '.join(sur)}, {given}").upper()

    @property
    def treat(self) -> str:
        return "senhora" if self.female else "senhor"


PARTICLES = ["da", "de", "do", "das", "dos"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Silva", "Costa", "Rocha", "Fonseca", "Conceição", "Trindade", "Anunciação", "Rosa", "Pedra", "Paz",
          "Cunha", "Cruz", "Luz", "Aleluia", "Cajazeira", "Aurora", "Mota"}
DO_SUR = {"Nascimento", "Sacramento", "Bonfim", "Vale", "Porto", "Carmo", "Amaral"}
DOS_SUR = {"Santos", "Anjos", "Reis", "Prazeres"}


def particle(surname: str) -> str:
    if surname in DA_SUR:
        return "da"
    if surname in DO_SUR:
        return "do"
    if surname in DOS_SUR:
        return "dos"
    return "de"


class Gen:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)

    def d(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def neg_digits(self, n: int) -> str:
        """n random digits that pass no check of an identifier of that length (ids, protocols)."""
        while True:
            v = self.d(n)
            if n == 11 and cpf_valid(v):
                continue
            if n == 14 and cnpj_check(v[:12]) == v[12:]:
                continue
            if n == 15 and cns_valid(v):
                continue
            if n == 16 and luhn_check(v[:-1]) == v[-1]:
                continue
            return v

    def hexs(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    # ----------------------------------------------------------------- people
    def surname(self, pool: list[str] | None = None) -> str:
        r = self.rng.random()
        if pool:
            return self.pick(pool)
        if r < 0.30:
            return self.pick(RARE_SUR)
        if r < 0.42:
            return self.pick(WORD_SUR)
        return self.pick(PT_SUR)

    def person(self, female: bool | None = None, origin: str | None = None, word: bool = False) -> Person:
        rng = self.rng
        female = rng.random() < 0.5 if female is None else female
        if origin is None:
            origin = "pt" if rng.random() < 0.74 else self.pick(sorted(FOREIGN))
        if origin == "pt":
            if word or rng.random() < 0.07:
                given = self.pick(WORD_F if female else WORD_M)
            elif rng.random() < 0.32:
                given = self.pick(RARE_F if female else RARE_M)
            else:
                given = self.pick(PT_F if female else PT_M)
            if rng.random() < 0.12 and " " not in given:
                second = self.pick((WORD_F if rng.random() < 0.3 else PT_F + RARE_F) if female else PT_M + RARE_M).split()[0]
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
            if not female and rng.random() < 0.05:
                surnames.append(self.pick(SUFFIXES))
        else:
            fs, ms, sur = FOREIGN[origin]
            if rng.random() < 0.3 and origin not in ("kr", "cn", "vn"):
                given = self.pick(PT_F + RARE_F if female else PT_M + RARE_M)
            else:
                given = self.pick(fs if female else ms)
            surnames = [self.pick(sur)]
            if rng.random() < 0.45:
                surnames.insert(0, self.surname())
        return Person(given, surnames, female)

    def relative(self, of: Person, female: bool | None = None) -> Person:
        female = self.chance(0.5) if female is None else female
        p = self.person(female=female)
        first_sur = [s for s in p.surnames if s not in PARTICLES and s not in SUFFIXES][:1]
        return Person(p.given, [s for s in first_sur if s != of.last] + [of.last], female)

    def email(self, p: Person, domain: str | None = None) -> str:
        f = fold(p.first).lower().replace("'", "").replace("-", "")
        l = fold(p.last).lower().replace("'", "").replace("-", "")
        user = self.pick([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}_{l}{self.d(2)}", f"{f}{self.d(4)}",
                          f"{l}.{f}", f"{f}.{l}{self.rng.randint(70, 99)}"])
        domain = domain or self.pick(["gmail.com", "hotmail.com", "yahoo.com.br", "outlook.com",
                                      "bol.com.br", "uol.com.br", "icloud.com", "terra.com.br"])
        return f"{user}@{domain}"

    # ----------------------------------------------------------------- identifiers
    def cpf_digits(self) -> str:
        while True:
            b = self.d(9)
            n = b + cpf_check(b)
            if len(set(n)) > 1:
                return n

    def cpf(self, style: str | None = None) -> str:
        n = self.cpf_digits()
        style = style or self.pick(["dot", "dot", "raw"])
        return fmt_cpf(n) if style == "dot" else n

    def bad11(self, style: str = "raw") -> str:
        """11 digits that fail the CPF check."""
        while True:
            n = self.d(11)
            if not cpf_valid(n):
                return fmt_cpf(n) if style == "dot" else n

    def cnpj(self, style: str = "dot", alnum: bool = False) -> str:
        if alnum:
            chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
            b = "".join(self.pick(chars) for _ in range(8)) + self.pick(["0001", "0001", "000" + self.pick("23"), "A001"])
        else:
            b = self.d(8) + self.pick(["0001", "0001", "0001", "0002", "0003"])
        n = b + cnpj_check(b)
        return f"{n[:2]}.{n[2:5]}.{n[5:8]}/{n[8:12]}-{n[12:]}" if style == "dot" else n

    def rg(self, style: str | None = None) -> str:
        b = self.d(8)
        n = b + rg_sp_check(b)
        style = style or self.pick(["dot", "dot", "raw", "other"])
        if style == "dot":
            return f"{n[:2]}.{n[2:5]}.{n[5:8]}-{n[8]}"
        if style == "other":
            return self.d(self.rng.randint(7, 8))
        return n

    def cnh(self) -> str:
        while True:
            b = str(self.rng.randint(1, 9)) + self.d(8)
            dv = cnh_check(b)
            if dv:
                return b + dv

    def pis(self, style: str | None = None) -> str:
        b = self.pick(["1", "2"]) + self.d(9)
        n = b + pis_check(b)
        style = style or self.pick(["dot", "raw"])
        return f"{n[:3]}.{n[3:8]}.{n[8:10]}-{n[10]}" if style == "dot" else n

    def titulo(self, spaced: bool | None = None) -> str:
        b = self.d(8)
        uf = f"{self.rng.randint(1, 28):02d}"
        n = "0" + b[1:] + uf + titulo_check("0" + b[1:], uf) if self.chance(0.3) else b + uf + titulo_check(b, uf)
        spaced = self.chance(0.5) if spaced is None else spaced
        return f"{n[:4]} {n[4:8]} {n[8:]}" if spaced else n

    def cns_digits(self) -> str:
        if self.chance(0.4):
            while True:
                pis = self.pick(["1", "2"]) + self.d(10)
                s = sum(int(c) * w for c, w in zip(pis, range(15, 4, -1)))
                dv = 11 - s % 11
                if dv == 11:
                    dv = 0
                if dv == 10:
                    s += 2
                    dv = 11 - s % 11
                    n = pis + "001" + str(dv)
                else:
                    n = pis + "000" + str(dv)
                if cns_valid(n):
                    return n
        while True:
            b = self.pick("789") + self.d(13)
            last = -sum(int(c) * w for c, w in zip(b, range(15, 1, -1))) % 11
            if last < 10:
                return b + str(last)

    def cns(self, spaced: bool | None = None) -> str:
        n = self.cns_digits()
        spaced = self.chance(0.5) if spaced is None else spaced
        return f"{n[:3]} {n[3:7]} {n[7:11]} {n[11:]}" if spaced else n

    def cep_digits(self) -> str:
        return str(self.rng.randint(1, 9)) + self.d(7)

    def cep(self, dash: bool = True) -> str:
        n = self.cep_digits()
        return f"{n[:5]}-{n[5:]}" if dash else n

    def phone_parts(self, mobile: bool = True) -> tuple[str, str]:
        ddd = self.pick(DDDS)
        local = ("9" + str(self.rng.randint(6, 9)) + self.d(7)) if mobile else (str(self.rng.randint(2, 5)) + self.d(7))
        return ddd, local

    def phone(self, style: str | None = None, mobile: bool = True) -> str:
        ddd, local = self.phone_parts(mobile)
        h, t = local[:-4], local[-4:]
        style = style or self.pick(["par", "plus", "plain", "e164", "raw", "dash"])
        return {"par": f"({ddd}) {h}-{t}", "plus": f"+55 {ddd} {h}-{t}", "plain": f"{ddd} {h}-{t}",
                "e164": f"+55{ddd}{local}", "raw": f"{ddd}{local}", "dash": f"{ddd}-{h}-{t}",
                "zero": f"0{ddd}{local}", "cc": f"55{ddd}{local}"}[style]

    def phone_spoken(self) -> tuple[str, bool]:
        """A phone number as an ASR writes it: digits in groups (label) or words (no label)."""
        ddd, local = self.phone_parts(True)
        r = self.rng.random()
        if r < 0.35:
            return f"{ddd} {local[:5]} {local[5:]}", True
        if r < 0.6:
            return f"{ddd} {local[0]} {local[1:5]} {local[5:]}", True
        if r < 0.75:
            return f"{ddd}{local}", True
        return digit_words(ddd + local, meia=self.chance(0.5)), False

    def card_digits(self) -> str:
        b = self.pick(["4", "5", "5", "6"]) + self.d(14)
        return b + luhn_check(b)

    def card(self, spaced: bool = True) -> str:
        n = self.card_digits()
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
        body = self.d(self.rng.randint(5, 9))
        return f"{body}-{self.pick('0123456789X')}" if dv else body

    def ip(self) -> str:
        first = self.pick([177, 179, 186, 187, 189, 191, 200, 201, 138, 143, 152, 170, 45, 104])
        return f"{first}.{self.rng.randint(0, 255)}.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}"

    def street_parts(self) -> tuple[str, str, str, str]:
        """(type, name, number, complement)."""
        t = self.pick(STREET_TYPES[:4] if self.chance(0.85) else STREET_TYPES)
        name = self.pick(STREET_NAMES)
        num = str(self.rng.randint(5, 4200)) if self.chance(0.92) else "s/n"
        comp = self.pick(["", "", "", f"apto {self.rng.randint(11, 1504)}", f"casa {self.rng.randint(1, 12)}",
                          f"bloco {self.pick('ABCDE')} apto {self.rng.randint(11, 408)}", "fundos",
                          f"sala {self.rng.randint(101, 1210)}", f"lote {self.rng.randint(1, 30)} quadra {self.rng.randint(1, 40)}"])
        return t[0], name, num, comp

    def address(self, style: str = "text") -> str:
        t, name, num, comp = self.street_parts()
        if style == "spoken":
            s = f"{t} {name} " + ("sem número" if num == "s/n" else f"número {num}") + (f" {comp}" if comp else "")
            return fold(s).lower() if self.chance(0.5) else s.lower()
        if style == "caps":
            s = f"{t} {name}, {num}" + (f", {comp}" if comp else "")
            return fold(s).upper()
        abbr = {"Rua": "R.", "Avenida": "Av.", "Travessa": "Tv.", "Alameda": "Al."}
        if self.chance(0.3) and t in abbr:
            t = abbr[t]
        sep = self.pick([", ", ", nº ", " "])
        return f"{t} {name}{sep}{num}" + (self.pick([", ", " - ", " "]) + comp if comp else "")

    def city(self) -> tuple[str, str]:
        return self.pick(CITIES)

    def dob_tuple(self, lo: int = 1940, hi: int = 2007) -> tuple[int, int, int]:
        return self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(lo, hi)

    def dob(self, fmt: str = "br", lo: int = 1940, hi: int = 2007) -> str:
        dd, mm, yy = self.dob_tuple(lo, hi)
        return fmt_date(dd, mm, yy, fmt)

    def dob_spoken(self, lo: int = 1940, hi: int = 2007) -> tuple[str, bool]:
        dd, mm, yy = self.dob_tuple(lo, hi)
        r = self.rng.random()
        if r < 0.3:
            return f"{dd} de {MONTHS[mm - 1]} de {yy}", True
        if r < 0.5:
            return f"{dd:02d}/{mm:02d}/{yy}", True
        if r < 0.62:
            return f"{dd} do {mm} de {yy}", True
        if r < 0.82:
            return f"{words(dd)} de {MONTHS[mm - 1]} de {words(yy)}", False
        return f"{words(dd)} do {words(mm)} de {words(yy % 100) if yy < 2000 else words(yy)}", False

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        y = year or self.pick([2024, 2025, 2025])
        return fmt_date(self.rng.randint(1, 28), self.rng.randint(1, 12), y, fmt)

    def hms(self) -> str:
        return f"{self.rng.randint(7, 21):02d}:{self.rng.randint(0, 59):02d}:{self.rng.randint(0, 59):02d}"

    def money(self, lo: int = 20, hi: int = 60000) -> str:
        v = self.rng.randint(lo * 100, hi * 100)
        r, c = divmod(v, 100)
        return f"{r:,}".replace(",", ".") + f",{c:02d}"

    def cnj(self, seg: str | None = None) -> str:
        seg = seg or self.pick(["8.26", "8.19", "5.15", "5.02", "8.13", "4.03", "8.21"])
        return f"{self.d(7)}-{self.d(2)}.{self.rng.randint(2019, 2025)}.{seg}.{self.d(4)}"

    def protocol(self) -> str:
        return self.pick([f"{self.rng.randint(2024, 2025)}{self.d(10)}", self.neg_digits(12), f"{self.d(4)} {self.d(4)} {self.d(4)}",
                          f"OUV-{self.d(7)}", self.bad11()])

    def council(self, kind: str = "CRM", uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.rng.randint(1000, 249999)
        dotted = f"{n:,}".replace(",", ".")
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} nº {n}", f"OAB-{uf} {n}", f"OAB {uf} {dotted}"])
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {dotted}-ENF", f"COREN-{uf} {n}-TE"])
        if kind == "CREA":
            return f"CREA-{uf} {self.d(10)}"
        if kind == "CRO":
            return self.pick([f"CRO-{uf} {n}", f"CRO/{uf} {n}"])
        if kind == "CRP":
            return f"CRP {self.rng.randint(1, 24):02d}/{self.d(5)}"
        if kind == "CRN":
            return f"CRN-{self.rng.randint(1, 11)} {self.d(5)}"
        if kind == "CRC":
            return f"CRC-{uf} {self.d(6)}/O-{self.rng.randint(1, 9)}"
        return self.pick([f"{kind}-{uf} {n}", f"{kind}/{uf} {n}", f"{kind} {uf} {dotted}", f"{kind}-{uf} {n}"])


def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def fmt_date(dd: int, mm: int, yy: int, fmt: str) -> str:
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}", "compact": f"{yy}{mm:02d}{dd:02d}",
            "dot": f"{dd:02d}.{mm:02d}.{yy}", "long": f"{dd} de {MONTHS[mm - 1]} de {yy}",
            "ddmmyyyy": f"{dd:02d}{mm:02d}{yy}"}[fmt]


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
        a (value, None) tuple plain text."""
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


def spoken_id(g: Gen, digits: str, sizes_options: list[list[int]], label: str, p_words: float = 0.3):
    """An identifier read aloud: digits in groups (labelled) or digit words (not labelled)."""
    if g.chance(p_words):
        return (digit_words(digits, meia=g.chance(0.4)), None)
    sizes = g.pick(sizes_options)
    return (groups(digits, sizes), label)


def asr_name(s: str) -> str:
    """ASR output: lower case, sometimes accents dropped."""
    return s.lower() if "'" not in s else s.lower().replace("'", " ")


# =========================================================================== atendimento (spoken)


def at_asr_telecom(g: Gen) -> Doc:
    """Telecom call-centre ASR transcript, speaker turns, no punctuation."""
    doc = Doc()
    ag = g.person()
    cli = g.person()
    tit = g.relative(cli, female=not cli.female)
    q = g.pick(["PORTABILIDADE_IN", "RETENCAO_FIBRA", "SEGUNDA_VIA", "MUDANCA_ENDERECO"])
    doc.f("[transcrição automática · Verint SpeechAnalytics · chamada «cid» · «dt» «hr» · fila «q» · "
          "conf média 0.«conf»]\n", cid=g.d(10), dt=g.date("iso"), hr=g.hms(), q=q, conf=g.rng.randint(71, 93))
    cpf = g.cpf_digits()
    cpf_s = spoken_id(g, cpf, [[3, 3, 3, 2], [9, 2], [11]], "BR_CPF")
    dob, dob_ok = g.dob_spoken(1950, 2003)
    tel, tel_ok = g.phone_spoken()
    addr = g.address("spoken")
    cep = g.cep_digits()
    cep_s = spoken_id(g, cep, [[5, 3], [2, 3, 3], [8]], "BR_CEP", 0.25)
    prot = g.d(4) + " " + g.d(4) + " " + g.d(4)
    word_line = g.pick([
        "o controle remoto veio rosa em vez de preto mas isso não tem problema",
        "eu fui na loja do shopping vitória e lá falaram que só por telefone",
        "a moça da loja da avenida bento gonçalves disse que era prudente ligar antes",
        "aquele plano leão de ouro que vocês tinham acabou né",
        "o técnico deixou o roteador branco em cima da geladeira",
    ])
    turns = [
        ("agente", "«ag_greet» boa tarde meu nome é «ag» com quem eu falo"),
        ("cliente", "boa tarde aqui é «cli_full»"),
        ("agente", "«treat» «cli_first» para sua segurança me confirma o cpf do titular por favor"),
        ("cliente", "o titular é «tit_rel» «tit» mas eu tenho autorização o cpf «dele» é «cpf»"),
        ("agente", "certo e a data de nascimento «dele»"),
        ("cliente", "«dob»"),
        ("agente", "perfeito «treat» qual o motivo do contato"),
        ("cliente", "eu quero mudar a instalação pra «addr» cep «cep» " + word_line),
        ("agente", "entendi vou verificar a viabilidade um momento"),
        ("agente", "«treat» tem viabilidade sim um número de contato pra o técnico"),
        ("cliente", "pode ser «tel» é whatsapp também"),
        ("agente", "anotado o seu protocolo é «prot» mais alguma coisa"),
        ("cliente", "não só isso «obg» «ag_first»"),
        ("agente", "eu que agradeço «treat» «cli_last» a «brand» agradece sua ligação"),
    ]
    brand = g.pick(["vivo", "claro", "tim", "oi fibra"])
    vals = dict(ag_greet=brand, brand=brand, dele="dela" if tit.female else "dele",
                obg="obrigada" if cli.female else "obrigado", ag=P(asr_name(ag.first if g.chance(0.6) else ag.short)),
                cli_full=P(asr_name(cli.full if g.chance(0.6) else cli.short)), treat=cli.treat,
                cli_first=P(asr_name(cli.first)), tit_rel="meu marido" if cli.female else "minha esposa",
                tit=P(asr_name(tit.full)), cpf=cpf_s, dob=(dob, "DATE_OF_BIRTH" if dob_ok else None),
                addr=(addr, "ADDRESS"), cep=cep_s, tel=(tel, "PHONE_NUMBER" if tel_ok else None), prot=prot,
                ag_first=P(asr_name(ag.first)), cli_last=P(asr_name(cli.last)))
    for spk, line in turns:
        doc.t(spk + ": ")
        doc.f(line, **vals)
        doc.t("\n")
    doc.f("[fim · duração «dur» · tags: MUDANCA_END, TERCEIRO_AUTORIZADO · operador_qa: usr_leitura]\n",
          dur=f"{g.rng.randint(3, 14):02d}:{g.rng.randint(0, 59):02d}")
    return doc


def at_whatsapp_store(g: Gen) -> Doc:
    """Voice notes to a furniture store's WhatsApp Business, auto-transcribed."""
    doc = Doc()
    cli = g.person(word=g.chance(0.4))
    son = g.relative(cli)
    vend = g.person()
    store = g.pick(["Móveis Bento", "Casa Prudente Decor", "Rosa Branca Colchões", "Magazine Leão Móveis",
                    "Aurora Planejados"])
    cityn = g.city()[0]
    doc.f("Conversa do WhatsApp com «cli_disp» · exportada em «dt» · «store» («city»)\n\n",
          cli_disp=(g.phone("plus"), "PHONE_NUMBER"), dt=g.date("br"), store=store, city=cityn)
    cpf = g.cpf_digits()
    h = [g.hms()[:5] for _ in range(6)]
    h.sort()
    cpf_s = spoken_id(g, cpf, [[3, 3, 3, 2], [11], [3, 3, 5]], "BR_CPF", 0.35)
    tel, tel_ok = g.phone_spoken()
    color = g.pick(["rosa antigo", "branco gelo", "verde musgo", "cinza chumbo"])
    doc.f("[«h0»] «vend»: Olá! Aqui é «vend_first» da «store» 😊 Como posso ajudar?\n",
          h0=h[0], vend=P(vend.first), vend_first=P(vend.first), store=store)
    doc.f("[«h1»] «cli»: 🎤 Áudio (0:«s1») — transcrição: oi boa tarde aqui é «a» «cli_spk» eu comprei um sofá "
          "retrátil cor «color» semana passada no nome do meu filho «son» o cpf dele é «cpf» e até agora "
          "ninguém me ligou pra marcar a entrega\n",
          h1=h[1], cli=P(cli.short), s1=g.rng.randint(10, 59), a="a" if cli.female else "o", cli_spk=P(asr_name(cli.first if g.chance(0.5) else cli.full)),
          color=color, son=P(asr_name(son.full)), cpf=cpf_s)
    doc.f("[«h2»] «vend»: Oi «cli_first», tudo bem? Pode me passar o número do pedido e o endereço de entrega?\n",
          h2=h[2], vend=P(vend.first), cli_first=P(cli.first))
    doc.f("[«h3»] «cli»: 🎤 Áudio (1:«s2») — transcrição: o pedido é «ped» e a entrega é na «addr» "
          "bairro «bairro» perto da padaria são bento se não tiver ninguém pode deixar com a vizinha dona «viz» "
          "ou liga pro meu filho no «tel»\n",
          h3=h[3], cli=P(cli.short), s2=f"{g.rng.randint(0, 59):02d}", ped=f"PV-{g.d(6)}",
          addr=(g.address("spoken"), "ADDRESS"), bairro=g.pick(BAIRROS).lower(), viz=P(asr_name(g.person(female=True).first)),
          tel=(tel, "PHONE_NUMBER" if tel_ok else None))
    doc.f("[«h4»] «vend»: Prontinho! Agendei p/ «dt» no período da manhã, transportadora Leão Express. "
          "Confirmação vai chegar no e-mail «em» 👍\n",
          h4=h[4], vend=P(vend.first), dt=g.date("br", 2025), em=(g.email(son), "EMAIL_ADDRESS"))
    doc.f("[«h5»] «cli»: 🎤 Áudio (0:0«s3») — transcrição: «obg» minha filha deus abençoe\n",
          h5=h[5], cli=P(cli.short), s3=g.rng.randint(3, 9), obg="obrigada" if cli.female else "obrigado")
    return doc


def at_ombudsman_energy(g: Gen) -> Doc:
    """Energy utility ombudsman phone call, ASR with timestamps."""
    doc = Doc()
    ouv = g.person(female=g.chance(0.6))
    cli = g.person()
    viz = g.person()
    util = g.pick(["Neoenergia", "Equatorial", "Cemig", "Copel", "Energisa", "Enel"])
    doc.f("OUVIDORIA «util» · gravação «rec» · transcrição automática (sem revisão)\n"
          "Manifestação nº «prot» · tipo RECLAMAÇÃO · canal 0800\n\n",
          util=util.upper(), rec=g.d(9), prot=g.protocol())
    rg = g.rg(g.pick(["raw", "other"]))
    rg_digits = re.sub(r"\D", "", rg)
    rg_s = spoken_id(g, rg_digits, [[2, 3, 3, 1], [len(rg_digits)], [3, 3, 3]], "BR_RG", 0.3)
    uc = g.d(10)
    dob, dob_ok = g.dob_spoken(1945, 1999)
    addr = g.address("spoken")
    tel, tel_ok = g.phone_spoken()
    ts = sorted(g.rng.sample(range(3, 600), 11))
    turns = [
        ("OUVIDORA" if ouv.female else "OUVIDOR", "ouvidoria «util_l» bom dia meu nome é «ouv» em que posso ajudar"),
        ("CLIENTE", "bom dia meu nome é «cli» eu já reclamei três vezes no atendimento e nada"),
        ("OUVIDORA" if ouv.female else "OUVIDOR", "vou registrar «treat» me informa o número da unidade consumidora"),
        ("CLIENTE", "é «uc» está na conta"),
        ("OUVIDORA" if ouv.female else "OUVIDOR", "e um documento de identificação pode ser o rg"),
        ("CLIENTE", "rg «rg» secretaria de segurança"),
        ("OUVIDORA" if ouv.female else "OUVIDOR", "data de nascimento"),
        ("CLIENTE", "«dob»"),
        ("CLIENTE", "a conta veio oitocentos e quarenta reais sendo que a casa ficou fechada a luz cortada desde março "
                    "o medidor fica na «addr» e quem tem a chave é o meu vizinho seu «viz»"),
        ("OUVIDORA" if ouv.female else "OUVIDOR", "entendi vou pedir uma vistoria e a revisão da fatura de r$ «money» "
                    "o prazo de resposta é de dez dias úteis um telefone pra contato"),
        ("CLIENTE", "«tel» pode ligar depois das cinco"),
    ]
    vals = dict(util_l=util.lower(), ouv=P(asr_name(ouv.first)), cli=P(asr_name(cli.full)), treat=cli.treat, uc=uc,
                rg=rg_s, dob=(dob, "DATE_OF_BIRTH" if dob_ok else None), addr=(addr, "ADDRESS"),
                viz=P(asr_name(viz.first if g.chance(0.6) else viz.short)), money=g.money(300, 2500),
                tel=(tel, "PHONE_NUMBER" if tel_ok else None))
    for (spk, line), s in zip(turns, ts):
        doc.t(f"[{s // 60:02d}:{s % 60:02d}] {spk}: ")
        doc.f(line, **vals)
        doc.t("\n")
    doc.f("\nRegistro manual: atendido por «ouv_full» (mat. «mat») · vistoria OS «os» · cliente pediu retorno por "
          "e-mail «em»\n", ouv_full=P(ouv.full), mat=g.d(6), os=g.d(8), em=(g.email(cli), "EMAIL_ADDRESS"))
    return doc


# =========================================================================== atendimento (machine)


def csvq(s: str) -> str:
    return '"' + s.replace('"', '""') + '"'


def at_csv_export(g: Gen) -> Doc:
    """CSV export (quoted fields, header rows) of a customer base."""
    doc = Doc()
    brand = g.pick(["Óticas Vitória", "Farmácia Bento", "Pet Leão", "Calçados Prudente", "Rosa Cosméticos"])
    sep = g.pick([";", ","])
    doc.f("# export gerado por «u» em «dt» «hr»\n# origem: «brand» · segmento: inativos_180d · registros: 5\n",
          u=g.pick(SYS_USERS), dt=g.date("iso"), hr=g.hms(), brand=brand)
    cols = ["id_cliente", "nome", "cpf", "dt_nascimento", "email", "celular", "endereco", "cep", "cidade", "uf",
            "sku_ultima_compra", "atendente"]
    doc.t(sep.join(csvq(c) for c in cols) + "\n")
    dob_fmt = g.pick(["br", "iso", "compact"])
    for i in range(5):
        p = g.person(word=(i == 1))
        att = g.person()
        cityn, uf = g.city()
        q = g.chance(0.7)
        def cell(v, label=None, quote=q):
            if quote:
                doc.t('"')
            doc.e(v.replace('"', '""'), label)
            if quote:
                doc.t('"')
        cell(g.d(7))
        doc.t(sep)
        nm = g.pick([p.full, p.caps, p.inverted])
        if "," in nm and not q:
            q2 = True
            doc.t('"').e(nm, "PERSON").t('"')
        else:
            q2 = q
            cell(nm, "PERSON", q2)
        doc.t(sep)
        if g.chance(0.15):
            cell("")
        else:
            cell(g.cpf(), "BR_CPF")
        doc.t(sep)
        cell(g.dob(dob_fmt, 1948, 2006), "DATE_OF_BIRTH")
        doc.t(sep)
        cell(g.email(p), "EMAIL_ADDRESS")
        doc.t(sep)
        cell(g.phone(g.pick(["raw", "par", "e164"])), "PHONE_NUMBER")
        doc.t(sep)
        a = g.address(g.pick(["text", "caps"]))
        if "," in a or '"' in a:
            doc.t('"').e(a, "ADDRESS").t('"')
        else:
            cell(a, "ADDRESS")
        doc.t(sep)
        cell(g.cep(g.chance(0.5)), "BR_CEP")
        doc.t(sep)
        cell(cityn)
        doc.t(sep)
        cell(uf)
        doc.t(sep)
        cell(g.pick(["ROSA-", "BRC-", "LEAO-", "SKU"]) + g.d(6))
        doc.t(sep)
        if g.chance(0.35):
            cell(g.pick(SYS_USERS))
        else:
            cell(att.short, "PERSON")
        doc.t("\n")
    doc.f("# fim · checksum sha1 «h» · job_id «j»\n", h=g.hexs(40), j=g.uuid())
    return doc


def at_yaml_crm(g: Gen) -> Doc:
    """CRM tenant configuration in YAML, pasted in a support ticket."""
    doc = Doc()
    tenant = g.pick(["lojas-prudente", "rede-bento-supermercados", "leao-seguros", "aurora-telecom", "vitoria-academias"])
    o1, o2, esc = g.person(), g.person(), g.person()
    vip = g.person()
    vip2 = g.person(word=True)
    dom = tenant.split("-")[-1] + ".com.br"
    doc.f("Chamado SUP-«t» · cliente reclama que a escalação não dispara · config atual:\n```yaml\n"
          "# crm-config.yaml (tenant: «tenant») rev «rev»\ntenant: «tenant»\nregion: sa-east-1\n"
          "request_id: «rid»\nowners:\n",
          t=g.d(5), tenant=tenant, rev=g.hexs(7), rid=g.uuid())
    for o, role in ((o1, "gerente_regional"), (o2, "coordenador_sac")):
        q = g.pick(['"', "'", ""])
        doc.f("  - name: «q»«n»«q»\n    email: «em»\n    phone: \"«ph»\"\n    role: «role»\n",
              q=q, n=P(o.full if g.chance(0.7) else o.caps), em=(g.email(o, dom), "EMAIL_ADDRESS"),
              ph=(g.phone(g.pick(["plus", "e164", "par"])), "PHONE_NUMBER"), role=role)
    doc.f("escalation:\n  level1: {user: svc-webhook, notify: [\"sac@«dom»\"], sla_min: 30}\n"
          "  level2: {name: «esc», phone: \"«eph»\", sla_min: 120}\n  fallback_user: admin\n",
          dom=dom, esc=P(esc.short), eph=(g.phone("plain"), "PHONE_NUMBER"))
    doc.f("webhooks:\n  - url: https://hooks.«dom»/crm/v2/events\n    secret_ref: vault://crm/«tenant»/hook\n"
          "    last_delivery_id: «u2»\n", dom=dom, tenant=tenant, u2=g.uuid())
    doc.f("vip_customers:\n  - id: C-«c1»\n    nome: «v1»\n    cpf: \"«cpf1»\"\n    nascimento: «dob1»\n"
          "    obs: \"só contatar pelo whatsapp «wa»; não ligar no fixo\"\n"
          "  - id: C-«c2»\n    nome: «v2»\n    cpf: «cpf2»\n    nascimento: \"«dob2»\"\n"
          "    obs: \"esposa («sp») também autorizada; endereço de cobrança: «addr», CEP «cep»\"\n",
          c1=g.d(6), v1=P(vip.full), cpf1=(g.cpf(), "BR_CPF"), dob1=(g.dob("iso"), "DATE_OF_BIRTH"),
          wa=(g.phone("plain"), "PHONE_NUMBER"), c2=g.d(6), v2=P(vip2.caps), cpf2=(g.cpf("raw"), "BR_CPF"),
          dob2=(g.dob("br"), "DATE_OF_BIRTH"), sp=P(g.relative(vip2, female=True).full), addr=(g.address(), "ADDRESS"),
          cep=(g.cep(), "BR_CEP"))
    doc.f("sandbox:\n  test_cpf: \"«bad»\"   # inválido de propósito\n  cpf_mask: \"###.###.###-##\"\n"
          "  product_codes: [ROSA-«p1», BRANCO-«p2», LEAO-«p3»]\n```\n"
          "Obs. do analista «an»: o level2 aponta para alguém que saiu da empresa; sugerir trocar por «o2f».\n",
          bad=g.bad11("dot"), p1=g.d(4), p2=g.d(4), p3=g.d(4), an=P(g.person().first), o2f=P(o2.first))
    return doc


def sqlq(s: str) -> str:
    return s.replace("'", "''")


def at_sql_insert(g: Gen) -> Doc:
    """SQL INSERT statements pasted in a data-migration ticket, with an error."""
    doc = Doc()
    dev = g.person()
    doc.f("JIRA DATA-«t» · migração base legado → CRM novo · reportado por «dev»\n"
          "Rodei o script abaixo no homolog e deu erro de chave duplicada:\n\n"
          "-- lote «lote» (gerado por «u»)\nINSERT INTO crm.cliente (id, nome, cpf, dt_nasc, email, telefone, "
          "logradouro, cep, origem) VALUES\n",
          t=g.d(4), dev=P(dev.full), lote=g.d(3), u=g.pick(SYS_USERS))
    rows = []
    dup_cpf = None
    for i in range(4):
        p = g.person(word=(i == 2))
        cpf = g.cpf(g.pick(["raw", "raw", "dot"]))
        if i == 3:
            cpf = dup_cpf
        if i == 1:
            dup_cpf = cpf
        rows.append((p, cpf))
    for i, (p, cpf) in enumerate(rows):
        nm = g.pick([p.caps, p.full, p.inverted])
        null = g.chance(0.2)
        doc.f("  («id», '«n»', '«cpf»', '«dob»', «eq»«em»«eq», '«tel»', '«addr»', '«cep»', '«orig»')",
              id=g.rng.randint(100000, 999999), n=P(sqlq(nm)), cpf=(cpf, "BR_CPF"), dob=(g.dob(g.pick(["iso", "iso", "compact"])), "DATE_OF_BIRTH"),
              eq="" if null else "'", em=("NULL", None) if null else (g.email(p), "EMAIL_ADDRESS"),
              tel=(g.phone(g.pick(["raw", "e164"])), "PHONE_NUMBER"),
              addr=(sqlq(g.address(g.pick(["caps", "text"]))), "ADDRESS"), cep=(g.cep(False), "BR_CEP"),
              orig=g.pick(["LEGADO_ACCESS", "PLANILHA_LOJA", "ECOMMERCE"]))
        doc.t(",\n" if i < len(rows) - 1 else ";\n")
    raw = re.sub(r"\D", "", rows[1][1])
    doc.f("\nERROR:  duplicate key value violates unique constraint \"cliente_cpf_key\"\n"
          "DETAIL:  Key (cpf)=(«cpf») already exists.\nSQL state: 23505\n\n",
          cpf=(rows[1][1], "BR_CPF"))
    doc.f("Comentário de «c»: o 2º e o 4º registro são pessoas diferentes com o mesmo CPF no legado — "
          "o 4º («p4») digitou o CPF do marido? conferir com a loja Rosa do Sul. Enquanto isso:\n"
          "UPDATE crm.cliente SET cpf = NULL, obs = 'cpf em conflito com «raw»' WHERE id = «id»;\n"
          "-- ref. pedido «ped», NF «nf», protocolo «prot»\n",
          c=P(g.person().short), p4=P(rows[3][0].first), raw=(raw, "BR_CPF"), id=g.d(6),
          ped=g.d(9), nf=g.d(6), prot=g.bad11())
    return doc


def at_kv_logs(g: Gen) -> Doc:
    """Parking app log lines with key=value pairs."""
    doc = Doc()
    app = g.pick(["zonaazul-api", "estapar-mobile", "parkfacil-core", "rotativo-digital"])
    doc.f("# kubectl logs deploy/«app» --since=1h | grep -E 'user|plate'  (anexo ao incidente INC«inc»)\n",
          app=app, inc=g.d(7))
    n = 7
    ts0 = g.rng.randint(8, 19)
    day = g.date("iso", 2025)
    users = [g.person() for _ in range(3)]
    for i in range(n):
        ts = f"{day}T{ts0:02d}:{g.rng.randint(0, 59):02d}:{g.rng.randint(0, 59):02d}.{g.d(3)}-03:00"
        u = users[i % 3]
        kind = i % 7
        doc.f("«ts» level=«lvl» svc=«app» req_id=«rid» ", ts=ts, lvl="ERROR" if kind == 4 else "INFO", app=app,
              rid=g.uuid() if g.chance(0.5) else g.hexs(16))
        if kind == 0:
            doc.f("event=login user_id=u_«uid» name=\"«n»\" email=«em» ip=«ip» ua=\"okhttp/4.12.0\"\n",
                  uid=g.d(6), n=P(u.full), em=(g.email(u), "EMAIL_ADDRESS"), ip=(g.ip(), "IP_ADDRESS"))
        elif kind == 1:
            doc.f("event=vehicle_add user_id=u_«uid» plate=«pl» model=\"«model»\" cpf=«cpf»\n",
                  uid=g.d(6), pl=(g.plate(), "LICENSE_PLATE"),
                  model=g.pick(["FIAT MOBI", "VW GOL", "HB20", "ONIX", "RENAULT KWID BRANCO"]), cpf=(g.cpf("raw"), "BR_CPF"))
        elif kind == 2:
            doc.f("event=parking_start zone=«z» plate=«pl» duration_min=«m» amount=«amt» pix_txid=«tx»\n",
                  z=g.pick(["CENTRO-ROSA", "BENTO-02", "PRUDENTE-NORTE", "VITORIA-07"]), pl=(g.plate(), "LICENSE_PLATE"),
                  m=g.pick([30, 60, 120]), amt=g.money(2, 12).replace(",", "."), tx=g.hexs(26))
        elif kind == 3:
            doc.f("event=profile_update user_id=u_«uid» phone_old=«p1» phone_new=«p2» birth=«dob»\n",
                  uid=g.d(6), p1=(g.phone("e164"), "PHONE_NUMBER"), p2=(g.phone("e164"), "PHONE_NUMBER"),
                  dob=(g.dob("compact"), "DATE_OF_BIRTH"))
        elif kind == 4:
            doc.f("event=payment_failed gateway=cielo msg=\"card declined\" card=«card» holder=\"«h»\" cvv=*** "
                  "ip=«ip»\n", card=(g.card(False), "CREDIT_CARD"), h=P(u.caps), ip=(g.ip(), "IP_ADDRESS"))
        elif kind == 5:
            doc.f("event=refund_requested user_id=u_«uid» pix_key=«pk» pix_key_type=EVP amount=«amt» "
                  "support_agent=«ag»\n", uid=g.d(6), pk=(g.uuid(), "PIX_KEY"), amt=g.money(2, 40).replace(",", "."),
                  ag=g.pick(SYS_USERS))
        else:
            doc.f("event=fine_contest user_id=u_«uid» plate=«pl» ait=«ait» renavam=«ren» driver=\"«dr»\" cnh=«cnh»\n",
                  uid=g.d(6), pl=(g.plate(), "LICENSE_PLATE"), ait=g.pick("ABCDEFGH") + g.d(8), ren=g.bad11(),
                  dr=P(g.person().full), cnh=(g.cnh(), "BR_CNH"))
    doc.f("\nnota SRE («sre»): o card completo no log de pagamento viola PCI; corrigir o logger (mascarar "
          "PAN) e rotacionar. build «ver» · node 10.0.«a».«b» é interno\n",
          sre=P(g.person().first), ver=f"v{g.rng.randint(1, 4)}.{g.rng.randint(0, 30)}.{g.rng.randint(0, 9)}",
          a=g.rng.randint(0, 9), b=g.rng.randint(2, 200))
    return doc


# =========================================================================== juridico (spoken)


def ju_degravacao(g: Gen) -> Doc:
    """Labour-court hearing transcript (degravação), speech-to-text partly revised."""
    doc = Doc()
    juiz, rte, test, adv_r, adv_d = g.person(), g.person(female=True), g.person(), g.person(), g.person()
    owner = g.person(female=False, word=True)
    emp = g.pick(["Padaria e Confeitaria Bento Ltda", "Transportadora Leão do Norte Ltda", "Supermercado Rosa Branca Ltda",
                  "Vitória Serviços de Limpeza Eireli", "Prudente Construções e Reformas Ltda"])
    trt = g.rng.randint(1, 24)
    jz = "JUÍZA" if juiz.female else "JUIZ"
    doc.f("PODER JUDICIÁRIO · JUSTIÇA DO TRABALHO · TRT «trt»ª REGIÃO\nDEGRAVAÇÃO DE AUDIÊNCIA DE INSTRUÇÃO "
          "(transcrição automática, revisão parcial)\nProcesso: «cnj» · Vara do Trabalho de «city»\n"
          "Juiz(a): «juiz» · Reclamante: «rte» (adv. «ar», «oabr») · Reclamada: «emp» (adv. «ad», «oabd»)\n"
          "Mídia: audiencia_«m».mp4 · duração «dur»\n\n",
          trt=trt, cnj=g.cnj(f"5.{trt:02d}"), city=g.city()[0],
          juiz=P(juiz.full), rte=P(rte.full), ar=P(adv_r.full), oabr=(g.council("OAB"), "PROFESSIONAL_ID"),
          emp=emp, ad=P(adv_d.full), oabd=(g.council("OAB"), "PROFESSIONAL_ID"), m=g.d(8),
          dur=f"00:{g.rng.randint(20, 59)}:{g.rng.randint(0, 59):02d}")
    kind = g.pick(["cpf", "cpf", "título de eleitor", "rg"])
    if kind == "cpf":
        doc_s = spoken_id(g, g.cpf_digits(), [[3, 3, 3, 2], [11], [9, 2]], "BR_CPF", 0.3)
    elif kind == "rg":
        doc_s = spoken_id(g, g.rg("raw"), [[2, 3, 3, 1], [9]], "BR_RG", 0.3)
    else:
        doc_s = spoken_id(g, g.titulo(False), [[4, 4, 4], [12]], "BR_TITULO_ELEITOR", 0.2)
    dob, dob_ok = g.dob_spoken(1955, 2002)
    addr = g.address("spoken")
    word = g.pick(["seria prudente a gente ouvir primeiro a testemunha", "a bandeira branca da empresa era só fachada",
                   "o leão da receita que pegou eles depois", "a farda era rosa com o logotipo"])
    turns = [
        (jz, "vamos à qualificação da testemunha «treat» pode dizer o nome completo"),
        ("TESTEMUNHA", "«test»"),
        (jz, "documento"),
        ("TESTEMUNHA", "«kind» «cpf»"),
        (jz, "data de nascimento e endereço"),
        ("TESTEMUNHA", "«dob» moro na «addr»"),
        (jz, "«treat» é parente amigo íntimo ou inimigo de alguma das partes"),
        ("TESTEMUNHA", "não trabalhei junto com a «rte_f» lá na «emp_l» uns três anos"),
        ("ADV. RECLAMANTE", "excelência pela ordem quem fechava o caixa no fim do dia"),
        ("TESTEMUNHA", "era o seu «owner» o dono e às vezes o gerente «ger» " + word),
        ("ADV. RECLAMADA", "a testemunha confirma que a reclamante tinha uma hora de almoço"),
        ("TESTEMUNHA", "não tinha não doutor a gente comia em pé quem marcava o ponto era a dona «marc»"),
        (jz, "consigne-se nada mais dispensada a testemunha"),
    ]
    vals = dict(treat="a senhora" if test.female else "o senhor", test=P(asr_name(test.full)), cpf=doc_s,
                kind=g.pick(["o", "meu"]) + " " + kind + " é" if kind != "título de eleitor" else "o título de eleitor é", dob=(dob, "DATE_OF_BIRTH" if dob_ok else None),
                addr=(addr, "ADDRESS"), rte_f=P(asr_name(rte.first)), emp_l=fold(emp.split(" Ltda")[0].split(" Eireli")[0]).lower(),
                owner=P(asr_name(owner.first)), ger=P(asr_name(g.person(female=False).first)),
                marc=P(asr_name(g.person(female=True).first)))
    t = g.rng.randint(60, 900)
    for spk, line in turns:
        t += g.rng.randint(4, 70)
        doc.t(f"[{t // 3600:02d}:{t % 3600 // 60:02d}:{t % 60:02d}] {spk}: ")
        doc.f(line, **vals)
        doc.t("\n")
    doc.f("\nCertifico que a presente degravação foi conferida por «serv», servidor(a), matrícula «mat».\n",
          serv=P(g.person().full), mat=g.d(7))
    return doc


def ju_whatsapp_lawyer(g: Gen) -> Doc:
    """Voice notes between a divorce client and the law office, transcribed by the app."""
    doc = Doc()
    cli = g.person(female=True)
    ex = g.person(female=False)
    kids = [g.relative(ex, female=True), g.relative(ex, female=False)]
    adv = g.person()
    sec = g.person(female=True)
    office = g.pick(["Leão & Prudente Advocacia", "Branco Rosa Sociedade de Advogados", "Bento, Aurora e Paz Advogados"])
    doc.f("WhatsApp · «office» · atendimento · exportado «dt»\n", office=office, dt=g.date("br"))
    h = sorted(g.hms()[:5] for _ in range(6))
    doc.f("[«h0»] «sec»: Boa tarde, Sra. «cli_l»! Aqui é «sec_f», secretária do Dr. «adv_l». Para a petição do divórcio "
          "precisamos dos dados do ex-cônjuge e das crianças. Pode mandar por áudio mesmo 🙂\n",
          h0=h[0], sec=P(sec.first), cli_l=P(cli.last), sec_f=P(sec.first), adv_l=P(adv.last))
    cpf = g.cpf_digits()
    cpf_s = spoken_id(g, cpf, [[3, 3, 3, 2], [11]], "BR_CPF", 0.3)
    tit = g.titulo(False)
    tit_s = spoken_id(g, tit, [[4, 4, 4], [12]], "BR_TITULO_ELEITOR", 0.3)
    k1dob, k1ok = g.dob_spoken(2010, 2022)
    k2dob, k2ok = g.dob_spoken(2010, 2022)
    doc.f("[«h1»] «cli»: 🎤 áudio 01:«s» (transcrito) — oi «sec_f» então o nome dele completo é «ex» o cpf é «cpf» "
          "eu achei também o título de eleitor dele que ficou aqui em casa «tit» ele trabalha de motorista na "
          "viação vitória e mora agora com a mãe na «addr»\n",
          h1=h[1], cli=P(cli.full), s=f"{g.rng.randint(0, 59):02d}", sec_f=P(asr_name(sec.first)), ex=P(asr_name(ex.full)),
          cpf=cpf_s, tit=tit_s, addr=(g.address("spoken"), "ADDRESS"))
    doc.f("[«h2»] «cli»: 🎤 áudio 00:«s» (transcrito) — as crianças são a «k1» nascida em «d1» e o «k2» que nasceu "
          "«d2» os dois estudam na escola estadual prudente de morais\n",
          h2=h[2], cli=P(cli.full), s=g.rng.randint(20, 59), k1=P(asr_name(kids[0].given if g.chance(0.5) else kids[0].full)),
          d1=(k1dob, "DATE_OF_BIRTH" if k1ok else None), k2=P(asr_name(kids[1].first)), d2=(k2dob, "DATE_OF_BIRTH" if k2ok else None))
    doc.f("[«h3»] «sec»: Anotado! E a pensão, a senhora quer receber em qual conta?\n", h3=h[3], sec=P(sec.first))
    doc.f("[«h4»] «cli»: 🎤 áudio 00:«s» (transcrito) — pode ser na caixa agência «ag» conta «cc» ou no pix "
          "que é meu celular «pix» tá no meu nome «cli_n»\n",
          h4=h[4], cli=P(cli.full), s=g.rng.randint(15, 50), ag=(g.d(4), "BANK_ACCOUNT"),
          cc=(g.d(g.rng.randint(6, 9)) + " " + g.d(1), "BANK_ACCOUNT"), pix=(g.phone(g.pick(["plain", "raw"])), "PHONE_NUMBER"),
          cli_n=P(asr_name(cli.first + " " + cli.last)))
    doc.f("[«h5»] «sec»: Perfeito. Dr. «adv» («oab») protocola até sexta. Processo vai correr em segredo de justiça.\n",
          h5=h[5], sec=P(sec.first), adv=P(adv.short), oab=(g.council("OAB"), "PROFESSIONAL_ID"))
    return doc


def ju_teams_cejusc(g: Gen) -> Doc:
    """Microsoft Teams auto-transcript of a CEJUSC conciliation session."""
    doc = Doc()
    conc = g.person()
    aut = g.person(female=True)
    reu_rep = g.person()
    adv_a = g.person()
    comp = g.pick(["Construtora Aurora S.A.", "Banco Leão Financeira", "Rosa & Branco Imóveis Ltda", "Bento Motors Veículos"])
    doc.f("Transcrição · CEJUSC «city» – Sala Virtual «sala» · «dt»\nprocesso «cnj» · «aut_n» x «comp»\n\n",
          city=g.city()[0], sala=g.rng.randint(1, 9), dt=g.date("br"), cnj=g.cnj("8." + str(g.rng.randint(10, 26))),
          aut_n=P(aut.full), comp=comp)
    ag = g.d(4)
    cc = g.account(dv=False)
    cpf = g.cpf_digits()
    cpf_s = spoken_id(g, cpf, [[3, 3, 3, 2], [11]], "BR_CPF", 0.25)
    lines = [
        ("conc", "bom dia a todos estamos gravando meu nome é «conc_f» sou conciliador a gente vai tentar chegar num acordo"),
        ("aut", "bom dia eu sou «aut_spk» a autora"),
        ("rep", "bom dia «rep_spk» preposto da empresa a proposta é de «m» reais em seis vezes"),
        ("adv", "excelência a autora aceita desde que a primeira parcela caia até o dia dez"),
        ("conc", "a senhora confirma o cpf para constar no termo"),
        ("aut", "«cpf»"),
        ("conc", "e os dados bancários"),
        ("aut", "banco do brasil agência «ag» conta «cc» no meu nome mesmo"),
        ("rep", "vou colocar a chave pix da empresa no chat pra custas"),
        ("conc", "ok consigno então acordo homologável a senhora «aut_l» está de acordo"),
        ("aut", "sim estou"),
    ]
    vals = dict(conc_f=P(asr_name(conc.first)), aut_spk=P(asr_name(aut.full)), rep_spk=P(asr_name(reu_rep.full)),
                m=g.money(2000, 40000).split(",")[0], cpf=cpf_s, ag=(ag, "BANK_ACCOUNT"),
                cc=(cc, "BANK_ACCOUNT"), aut_l=P(asr_name(aut.last)))
    disp = {"conc": conc.full + " (Conciliador)", "aut": aut.full + " (Convidado)", "rep": reu_rep.full + " (Externo)",
            "adv": adv_a.full}
    t = 0
    for who, line in lines:
        t += g.rng.randint(3, 40)
        name = disp[who]
        cut = name.find(" (")
        doc.t(f"{t // 60}:{t % 60:02d}\n")
        if cut >= 0:
            doc.e(name[:cut], "PERSON").t(name[cut:])
        else:
            doc.e(name, "PERSON")
        doc.t("\n")
        doc.f(line, **vals)
        doc.t("\n\n")
    doc.f("[mensagem no chat de «rep»] chave aleatória «pk» — favor pagar custas até «dt»\n"
          "«adv» saiu da reunião · ID da reunião «mid» · request-id «rid»\n",
          rep=P(reu_rep.first), pk=(g.uuid(), "PIX_KEY"), dt=g.date("br"), adv=P(adv_a.full),
          mid=f"{g.d(3)} {g.d(3)} {g.d(3)} {g.d(3)}", rid=g.uuid())
    return doc


# =========================================================================== juridico (machine)


def ju_nfse_xml(g: Gen) -> Doc:
    """NFS-e (ABRASF 2.04) XML for legal fees, pasted into the firm's billing ticket."""
    doc = Doc()
    adv = g.person()
    tom = g.person()
    alnum = g.chance(0.3)
    firm = f"{fold(adv.last).upper()} {g.pick(['& ROSA', 'E LEAO', 'BENTO', '& PAZ', 'PRUDENTE'])} SOCIEDADE DE ADVOGADOS"
    t, name, num, comp = g.street_parts()
    uf = g.city()[1]
    doc.f("financeiro@escritorio · NFS-e emitida, conferir tomador:\n"
          '<CompNfse xmlns="http://www.abrasf.org.br/nfse.xsd">\n <Nfse versao="2.04">\n  <InfNfse Id="nfse«id»">\n'
          "   <Numero>«num»</Numero>\n   <CodigoVerificacao>«cv»</CodigoVerificacao>\n   <DataEmissao>«de»</DataEmissao>\n"
          "   <ValoresNfse><BaseCalculo>«v»</BaseCalculo><Aliquota>5.00</Aliquota></ValoresNfse>\n"
          "   <PrestadorServico>\n    <IdentificacaoPrestador><CpfCnpj><Cnpj>«cnpj»</Cnpj></CpfCnpj>"
          "<InscricaoMunicipal>«im»</InscricaoMunicipal></IdentificacaoPrestador>\n"
          "    <RazaoSocial>«firm»</RazaoSocial>\n   </PrestadorServico>\n",
          id=g.d(15), num=g.d(6), cv=g.pick("ABCDEFGHJK") + g.hexs(8).upper(), de=g.date("iso") + "T" + g.hms(),
          v=g.money(800, 30000).replace(".", "").replace(",", "."), cnpj=(g.cnpj("raw", alnum=alnum), "BR_CNPJ"),
          im=g.d(8), firm=firm)
    tom_doc = g.cpf("raw")
    doc.f("   <DeclaracaoPrestacaoServico><InfDeclaracaoPrestacaoServico>\n"
          "    <Servico><ItemListaServico>17.14</ItemListaServico><CodigoCnae>6911701</CodigoCnae>\n"
          "     <Discriminacao>Honorarios advocaticios contratuais - processo «cnj» - cliente «tn» - "
          "responsavel tecnico Dr. «adv» «oab»</Discriminacao>\n"
          "     <CodigoMunicipio>«cm»</CodigoMunicipio></Servico>\n"
          "    <Tomador>\n     <IdentificacaoTomador><CpfCnpj><Cpf>«cpf»</Cpf></CpfCnpj></IdentificacaoTomador>\n"
          "     <RazaoSocial>«tn2»</RazaoSocial>\n"
          "     <Endereco><Endereco>«street»</Endereco><Numero>«nro»</Numero>«comp»<Bairro>«bairro»</Bairro>"
          "<CodigoMunicipio>«cm2»</CodigoMunicipio><Uf>«uf»</Uf><Cep>«cep»</Cep></Endereco>\n"
          "     <Contato><Telefone>«tel»</Telefone><Email>«em»</Email></Contato>\n    </Tomador>\n",
          cnj=g.cnj(), tn=P(fold(tom.full)), adv=P(fold(adv.full)), oab=(g.council("OAB"), "PROFESSIONAL_ID"),
          cm=g.d(7), cpf=(tom_doc, "BR_CPF"), tn2=P(tom.caps), street=(fold(f"{t} {name}").upper(), "ADDRESS"),
          nro=num, comp=f"<Complemento>{fold(comp).upper()}</Complemento>" if comp else "",
          bairro=fold(g.pick(BAIRROS)).upper(), cm2=g.d(7), uf=uf, cep=(g.cep(False), "BR_CEP"),
          tel=(g.phone("raw"), "PHONE_NUMBER"), em=(g.email(tom), "EMAIL_ADDRESS"))
    doc.f("    <OptanteSimplesNacional>1</OptanteSimplesNacional>\n   </InfDeclaracaoPrestacaoServico></DeclaracaoPrestacaoServico>\n"
          "  </InfNfse>\n </Nfse>\n</CompNfse>\n"
          "Obs («who»): tomador pediu para sair no nome da empresa dele (ROSA BRANCA COMERCIO LTDA, CNPJ «cnpj2»); "
          "cancelar e reemitir? lote RPS «rps»\n",
          who=P(g.person().first), cnpj2=(g.cnpj(), "BR_CNPJ"), rps=g.d(5))
    return doc


def ju_esocial(g: Gen) -> Doc:
    """eSocial S-2200 (leiaute 2.5) XML annexed to a labour defence."""
    doc = Doc()
    w = g.person()
    dep = g.relative(w)
    spouse = g.person(female=not w.female)
    cnpj = g.cnpj("raw")
    t, name, num, comp = g.street_parts()
    tp = {"Rua": "R", "Avenida": "AV", "Travessa": "TV", "Alameda": "AL", "Estrada": "EST", "Rodovia": "ROD", "Praça": "PC"}[t]
    uf = g.city()[1]
    doc.f("DOC. 07 – XML do evento S-2200 (admissão) do reclamante, extraído do eSocial em «dt» por «u»\n"
          '<eSocial xmlns="http://www.esocial.gov.br/schema/evt/evtAdmissao/v02_05_00">\n'
          ' <evtAdmissao Id="ID1«raiz»000000«ts»00001">\n'
          "  <ideEvento><indRetif>1</indRetif><tpAmb>1</tpAmb><procEmi>1</procEmi><verProc>«ver»</verProc></ideEvento>\n"
          "  <ideEmpregador><tpInsc>1</tpInsc><nrInsc>«raiz»</nrInsc></ideEmpregador>\n"
          "  <trabalhador>\n   <cpfTrab>«cpf»</cpfTrab>\n   <nisTrab>«pis»</nisTrab>\n   <nmTrab>«nm»</nmTrab>\n"
          "   <sexo>«sx»</sexo><racaCor>«rc»</racaCor><estCiv>«ec»</estCiv><grauInstr>«gi»</grauInstr>\n"
          "   <nascimento><dtNascto>«dob»</dtNascto><codMunic>«cm»</codMunic><uf>«uf»</uf><paisNascto>105</paisNascto>"
          "<paisNac>105</paisNac><nmMae>«mae»</nmMae><nmPai>«pai»</nmPai></nascimento>\n"
          "   <documentos>\n    <CTPS><nrCtps>«ctps»</nrCtps><serieCtps>«sctps»</serieCtps><ufCtps>«uf»</ufCtps></CTPS>\n"
          "    <RG><nrRg>«rg»</nrRg><orgaoEmissor>SSP</orgaoEmissor><dtExped>«dexp»</dtExped></RG>\n"
          "    <CNH><nrRegCnh>«cnh»</nrRegCnh><ufCnh>«uf»</ufCnh><categoriaCnh>«cat»</categoriaCnh></CNH>\n"
          "   </documentos>\n",
          dt=g.date("br"), u=g.pick(["certificado A1 da empresa", "procurador e-CAC", "svc_esocial"]),
          raiz=cnpj[:8], ts=g.date("compact") + g.d(6), ver=f"{g.rng.randint(1, 9)}.{g.rng.randint(0, 9)}.{g.rng.randint(0, 99)}",
          cpf=(g.cpf("raw"), "BR_CPF"), pis=(g.pis("raw"), "BR_PIS"), nm=P(w.caps), sx="F" if w.female else "M",
          rc=g.rng.randint(1, 5), ec=g.rng.randint(1, 5), gi=f"{g.rng.randint(1, 12):02d}",
          dob=(g.dob("iso", 1960, 2004), "DATE_OF_BIRTH"), cm=g.d(7), uf=uf,
          mae=P(fold(Person(g.pick(PT_F + RARE_F), [g.surname(), w.surnames[0] if w.surnames[0] not in PARTICLES else w.last], True).full).upper()),
          pai=P(fold(Person(g.pick(PT_M + RARE_M), [w.last], False).full).upper()),
          ctps=g.d(7), sctps=g.d(4), rg=(g.rg("raw"), "BR_RG"), dexp=g.date("iso", g.rng.randint(1995, 2020)),
          cnh=(g.cnh(), "BR_CNH"), cat=g.pick(["B", "AB", "D", "E"]))
    doc.f("   <endereco><brasil><tpLograd>«tp»</tpLograd><dscLograd>«dsc»</dscLograd><nrLograd>«nro»</nrLograd>"
          "«comp»<bairro>«bairro»</bairro><cep>«cep»</cep><codMunic>«cm»</codMunic><uf>«uf»</uf></brasil></endereco>\n"
          "   <dependente><tpDep>«td»</tpDep><nmDep>«dn»</nmDep><dtNascto>«ddob»</dtNascto><cpfDep>«dcpf»</cpfDep>"
          "<depIRRF>S</depIRRF><depSF>S</depSF><incTrab>N</incTrab></dependente>\n"
          "   <dependente><tpDep>01</tpDep><nmDep>«sn»</nmDep><dtNascto>«sdob»</dtNascto><depIRRF>N</depIRRF>"
          "<depSF>N</depSF><incTrab>N</incTrab></dependente>\n"
          "   <contato><fonePrinc>«tel»</fonePrinc><emailPrinc>«em»</emailPrinc></contato>\n  </trabalhador>\n"
          "  <vinculo><matricula>«mat»</matricula><tpRegTrab>1</tpRegTrab><tpRegPrev>1</tpRegPrev>"
          "<infoCeletista><dtAdm>«adm»</dtAdm><tpAdmissao>1</tpAdmissao><cbo>«cbo»</cbo></infoCeletista></vinculo>\n"
          " </evtAdmissao>\n</eSocial>\n",
          tp=tp, dsc=(fold(name).upper(), "ADDRESS"), nro=num,
          comp=f"<complemento>{fold(comp).upper()}</complemento>" if comp else "",
          bairro=fold(g.pick(BAIRROS)).upper(), cep=(g.cep(False), "BR_CEP"), cm=g.d(7), uf=uf, td="03",
          dn=P(dep.caps), ddob=(g.dob("iso", 2008, 2023), "DATE_OF_BIRTH"), dcpf=(g.cpf("raw"), "BR_CPF"),
          sn=P(spouse.caps), sdob=(g.dob("iso", 1960, 2002), "DATE_OF_BIRTH"), tel=(g.phone("raw"), "PHONE_NUMBER"),
          em=(g.email(w), "EMAIL_ADDRESS"), mat=g.d(6), adm=g.date("iso", g.rng.randint(2015, 2023)),
          cbo=g.pick(["514320", "784205", "521110", "782510", "411005"]))
    doc.f("Nota do(a) advogado(a) «adv»: nrInsc é só a raiz do CNPJ «cnpj» da reclamada; a data de admissão confere "
          "com a CTPS digital.\n", adv=P(g.person().short), cnpj=(g.cnpj(), "BR_CNPJ"))
    return doc


def ics_esc(s: str) -> str:
    return s.replace(",", "\\,").replace(";", "\\;")


def ju_ics_agenda(g: Gen) -> Doc:
    """iCalendar (.ics) export of a law firm's hearing agenda."""
    doc = Doc()
    adv = g.person()
    dom = g.pick(["leaoprudente.adv.br", "rosabranco.adv.br", "bentopaz.com.br", "aurora-advocacia.com.br"])
    doc.f("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Projuris//Agenda Juridica 7.4//PT\nX-WR-CALNAME:Audiências – «adv»\n",
          adv=P(adv.full))
    for _ in range(2):
        cli = g.person()
        wit1, wit2 = g.person(), g.person()
        opp = g.pick(["Padaria Bento Ltda", "Leão Transportes S.A.", "Banco Prudente S.A.", "Condomínio Edifício Aurora",
                      "Rosa Branca Supermercados"])
        start = g.date("compact", 2025) + f"T{g.rng.randint(9, 16):02d}{g.pick(['00', '30'])}00"
        doc.f("BEGIN:VEVENT\nUID:«uid»@projuris.com.br\nDTSTAMP:«stamp»Z\nDTSTART;TZID=America/Sao_Paulo:«start»\n"
              "SUMMARY:Audiência «kind» - «cl» x «opp»\nLOCATION:«loc»\n"
              "ORGANIZER;CN=«org»:mailto:«orgm»\nATTENDEE;CN=«cl2»;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:«clm»\n",
              uid=g.uuid(), stamp=g.date("compact") + "T" + g.hms().replace(":", ""), start=start,
              kind=g.pick(["UNA", "de instrução", "de conciliação", "de julgamento"]), cl=P(cli.last), opp=ics_esc(opp),
              loc=ics_esc(g.pick(["Fórum Trabalhista Ruy Barbosa - Sala 12", "Fórum Desembargador Bento Rosa - 3º andar",
                                   "Teams (link no corpo)", "CEJUSC Vitória - sala 4"])),
              org=P(adv.full), orgm=(g.email(adv, dom), "EMAIL_ADDRESS"), cl2=P(cli.full),
              clm=(g.email(cli), "EMAIL_ADDRESS"))
        has_pis = g.chance(0.6)
        doc.f("DESCRIPTION:Proc. «cnj»\\nCliente: «cl» (CPF «cpf»«pisp»«pis») tel. «tel»\\nTestemunhas: «w1»\\, «w2» (levar RG «rg»)\\n"
              "Preposto da parte contrária: Sr. «prep»\\nLevar CTPS e holerites. Lembrar cliente 1 dia antes.\n"
              "BEGIN:VALARM\nTRIGGER:-PT24H\nACTION:DISPLAY\nEND:VALARM\nEND:VEVENT\n",
              cnj=g.cnj(), cl=P(cli.full), cpf=(g.cpf(), "BR_CPF"),
              pisp=" / PIS " if has_pis else "", pis=(g.pis(), "BR_PIS") if has_pis else "", tel=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"),
              w1=P(wit1.full), w2=P(wit2.short), rg=(g.rg("dot"), "BR_RG"), prep=P(g.person(female=False).last))
    doc.t("END:VCALENDAR\n")
    return doc


def ju_forensic_meta(g: Gen) -> Doc:
    """Forensic preservation report: exiftool metadata and e-mail headers."""
    doc = Doc()
    perito = g.person()
    author = g.person()
    sender, rcpt = g.person(), g.person()
    firm = g.pick(["Leão & Prudente Advogados Associados", "Construtora Rosa Branca Ltda", "Bento Alimentos S.A.",
                   "Aurora Contabilidade"])
    doc.f("LAUDO DE PRESERVAÇÃO DE EVIDÊNCIAS DIGITAIS nº «n»/2025\nAssistente técnico: «per», «crea»\n"
          "Ferramentas: ExifTool 12.76, FTK Imager 4.7 · hash das imagens em anexo\n\n"
          "======== evid_03/notificacao_«x».pdf\nExifTool Version Number         : 12.76\n"
          "File Name                       : notificacao_«x».pdf\nFile Size                       : «kb» kB\n"
          "Author                          : «au»\nLast Modified By                : «lm»\nCompany                         : «firm»\n"
          "Title                           : Notificação extrajudicial - «tt»\nCreator Tool                    : Microsoft® Word para Microsoft 365\n"
          "Create Date                     : «cd»-03:00\nDocument ID                     : uuid:«did»\n"
          "Producer                        : Adobe PDF Library 23.8.53\n\n",
          n=g.d(3), per=P(perito.full), crea=(g.council("CREA"), "PROFESSIONAL_ID"), x=g.d(4), kb=g.rng.randint(80, 900),
          au=P(author.full), lm=P(author.short if g.chance(0.5) else g.person().full), firm=firm,
          tt=P(g.person().full), cd=g.date("iso").replace("-", ":") + " " + g.hms(), did=g.uuid())
    sem = g.email(sender)
    doc.f("======== evid_05/mensagem.eml (cabeçalhos)\nReturn-Path: <«sm»>\n"
          "Received: from [«ip»] (port=«port» helo=[192.168.0.«h»])\n\tby mx.«dom» with esmtpsa (TLS1.3) id «mid»; «dt»\n"
          "From: \"«sn»\" <«sm2»>\nTo: «rn» <«rm»>\nSubject: RES: proposta de acordo - «subj»\n"
          "Message-ID: <«msgid»@mail.gmail.com>\nX-Originating-IP: «ip2»\nX-Mailer: iPhone Mail (21F90)\n\n",
          sm=(sem, "EMAIL_ADDRESS"), ip=(g.ip(), "IP_ADDRESS"),
          port=g.rng.randint(40000, 65000), h=g.rng.randint(2, 250), dom=g.pick(["locaweb.com.br", "hostinger.com", "kinghost.net"]),
          mid=g.hexs(6).upper() + "-" + g.hexs(6).upper(), dt=g.date("br") + " " + g.hms(),
          sn=P(sender.full), sm2=(sem, "EMAIL_ADDRESS"), rn=P(rcpt.full),
          rm=(g.email(rcpt, fold(firm.split()[0]).lower() + ".com.br"), "EMAIL_ADDRESS"),
          subj=P(sender.last.upper()), msgid=g.hexs(32), ip2=(g.ip(), "IP_ADDRESS"))
    doc.f("Conclusão: os metadados indicam que o documento foi editado por «lm2» após a data alegada. "
          "SHA-256 «sha»… Cadeia de custódia assinada por «perf» e pela advogada «adv» («oab»).\n",
          lm2=P(author.first), sha=g.hexs(24), perf=P(perito.first + " " + perito.last),
          adv=P(g.person(female=True).full), oab=(g.council("OAB"), "PROFESSIONAL_ID"))
    return doc


# =========================================================================== saude (spoken)

CID = [("E11.9", "diabetes"), ("I10", "hipertensão"), ("J45.9", "asma"), ("F41.1", "ansiedade"),
       ("M54.5", "lombalgia"), ("N39.0", "infecção urinária"), ("K29.7", "gastrite"), ("G43.9", "enxaqueca")]
TUSS = [("10101012", "consulta em consultório"), ("40304361", "hemograma completo"), ("40302040", "glicose"),
        ("40301630", "creatinina"), ("40316491", "TSH"), ("41001010", "tomografia de crânio"),
        ("40901122", "ultrassonografia de abdome total"), ("40302733", "hemoglobina glicada")]


def sa_telemed(g: Gen) -> Doc:
    """Telemedicine consultation transcript (ambient ASR scribe)."""
    doc = Doc()
    med = g.person()
    pac = g.person()
    acomp = g.relative(pac)
    cid = g.pick(CID)
    doc.f("[scribe automático · teleconsulta «id» · «dt» · plataforma «plat» · não revisado pelo médico]\n",
          id=g.uuid(), dt=g.date("br"), plat=g.pick(["Conexa", "Doctoralia Telemed", "iClinic", "Teladoc BR"]))
    cns = g.cns_digits()
    cns_s = spoken_id(g, cns, [[3, 4, 4, 4], [15], [5, 5, 5]], "BR_CNS", 0.3)
    dob, dob_ok = g.dob_spoken(1940, 2004)
    mspk = "médica" if med.female else "médico"
    turns = [
        (mspk, "bom dia eu sou «dr» «med_f» a gente vai começar a consulta você me ouve bem"),
        ("paciente", "ouço sim doutor«a» bom dia"),
        (mspk, "pra confirmar seu nome completo e data de nascimento"),
        ("paciente", "«pac» nasci «dob»"),
        (mspk, "e o número do cartão do sus"),
        ("paciente", "«cns»"),
        (mspk, "o que trouxe você hoje"),
        ("paciente", "é a minha " + cid[1] + " doutor«a» o remédio que o doutor «prev» passou no posto não tá fazendo efeito "
                     "e a urina tá meio rosa de manhã"),
        ("acompanhante", "oi doutor«a» sou «ac» «rel» «dela» «ela» tá tomando certinho eu que dou"),
        (mspk, "vou pedir uns exames hemograma creatinina e vou mandar a receita pro email «em» tá bom"),
        ("paciente", "tá bom e o atestado pode mandar no whatsapp «tel»"),
        (mspk, "combinado retorno em trinta dias"),
    ]
    tel, tel_ok = g.phone_spoken()
    vals = dict(dela="dela" if pac.female else "dele", ela="ela" if pac.female else "ele",
                dr="doutora" if med.female else "doutor", med_f=P(asr_name(med.first if g.chance(0.5) else med.short)),
                a="a" if med.female else "", pac=P(asr_name(pac.full)), dob=(dob, "DATE_OF_BIRTH" if dob_ok else None),
                cns=cns_s, prev=P(asr_name(g.person(female=False).last)), ac=P(asr_name(acomp.first)),
                rel=g.pick(["filho", "neto", "sobrinho"]) if not acomp.female else g.pick(["filha", "neta", "nora"]),
                em=(g.email(pac).lower(), "EMAIL_ADDRESS"), tel=(tel, "PHONE_NUMBER" if tel_ok else None))
    t = 0
    for spk, line in turns:
        t += g.rng.randint(5, 60)
        doc.t(f"{t // 60:02d}:{t % 60:02d} {spk}: ")
        doc.f(line, **vals)
        doc.t("\n")
    doc.f("\n— resumo gerado: CID «cid» · exames TUSS «t1», «t2» · receita digital enviada\n"
          "Assinado digitalmente por «med» · «crm» · certificado ICP-Brasil · request_id «rid»\n",
          cid=cid[0], t1=TUSS[1][0], t2=TUSS[4][0], med=P(med.full), crm=(g.council("CRM"), "PROFESSIONAL_ID"), rid=g.uuid())
    return doc


def sa_whatsapp_homecare(g: Gen) -> Doc:
    """A relative's voice notes to a home-care service, transcribed."""
    doc = Doc()
    pac = g.person(female=True, word=g.chance(0.5))
    filha = g.relative(pac, female=g.chance(0.6))
    irmao = g.relative(pac)
    enf = g.person(female=True)
    svc = g.pick(["Home Care Bem Viver", "Cuidar+ Domiciliar", "Vitória Saúde em Casa", "Aurora Home Care"])
    doc.f("WhatsApp Business · «svc» · conversa com «fn» «ftel»\n", svc=svc, fn=P(filha.full),
          ftel=(g.phone("plus"), "PHONE_NUMBER"))
    h = sorted(g.hms()[:5] for _ in range(6))
    cpf = g.cpf_digits()
    cpf_s = spoken_id(g, cpf, [[3, 3, 3, 2], [11], [6, 5]], "BR_CPF", 0.3)
    cns = g.cns_digits()
    cns_s = spoken_id(g, cns, [[3, 4, 4, 4], [15]], "BR_CNS", 0.35)
    tel, tel_ok = g.phone_spoken()
    word = g.pick(["ela ficou branca de repente e suou frio", "a ferida tá rosa não tá mais roxa",
                   "comprei a fralda na farmácia são bento", "a pressão tava catorze por nove"])
    doc.f("[«h0»] «fn»: 🎤 (transcrição) bom dia aqui é «fs» «rel» da dona «pac» a gente precisa remarcar a visita da "
          "enfermeira porque ela passou mal ontem " + word + "\n",
          h0=h[0], fn=P(filha.first), fs=P(asr_name(filha.first)), rel="a filha" if filha.female else "o filho",
          pac=P(asr_name(pac.first)))
    doc.f("[«h1»] Atendimento «svc»: Bom dia! Para localizar o cadastro, pode informar nome completo, CPF e cartão SUS da paciente?\n",
          h1=h[1], svc=svc)
    dob, dob_ok = g.dob_spoken(1930, 1955)
    doc.f("[«h2»] «fn»: 🎤 (transcrição) é «pac» o cpf dela é «cpf» e o cartão do sus «cns» ela nasceu «dob»\n",
          h2=h[2], fn=P(filha.first), pac=P(asr_name(pac.full)), cpf=cpf_s, cns=cns_s,
          dob=(dob, "DATE_OF_BIRTH" if dob_ok else None))
    doc.f("[«h3»] Atendimento «svc»: Localizado ✅ A enf. «enf» («coren») pode ir amanhã às 14h. Endereço continua o mesmo?\n",
          h3=h[3], svc=svc, enf=P(enf.short), coren=(g.council("COREN"), "PROFESSIONAL_ID"))
    doc.f("[«h4»] «fn»: 🎤 (transcrição) não mudou agora ela tá na casa do meu irmão «irm» na «addr» o telefone dele é «tel» "
          "pode ligar antes\n",
          h4=h[4], fn=P(filha.first), irm=P(asr_name(irmao.first)), addr=(g.address("spoken"), "ADDRESS"),
          tel=(tel, "PHONE_NUMBER" if tel_ok else None))
    doc.f("[«h5»] Atendimento «svc»: Anotado. Protocolo «prot». A Dra. «med» foi avisada. Qualquer piora, SAMU 192.\n",
          h5=h[5], svc=svc, prot=g.protocol(), med=P(g.person(female=True).last))
    return doc


def sa_scheduling_call(g: Gen) -> Doc:
    """Health-centre scheduling call (central de marcação), ASR with spk_ labels."""
    doc = Doc()
    at = g.person(female=True)
    pac = g.person()
    mae = Person(g.pick(PT_F + RARE_F + WORD_F), [g.surname(), pac.last], True)
    exam = g.pick(TUSS[5:])
    doc.f("{\"job\": \"asr-«job»\", \"lang\": \"pt-BR\", \"diarization\": true, \"source\": \"central_marcacao_«city»\"}\n"
          "--- transcript ---\n", job=g.hexs(12), city=fold(g.city()[0]).lower().replace(" ", "_"))
    cns = g.cns_digits()
    cns_s = spoken_id(g, cns, [[3, 4, 4, 4], [15], [3, 3, 3, 3, 3]], "BR_CNS", 0.3)
    cpf = g.cpf_digits()
    cpf_s = spoken_id(g, cpf, [[3, 3, 3, 2], [11]], "BR_CPF", 0.4)
    dob, dob_ok = g.dob_spoken(1945, 2010)
    tel, tel_ok = g.phone_spoken()
    cep = g.cep_digits()
    cep_s = spoken_id(g, cep, [[5, 3], [8], [2, 3, 3]], "BR_CEP", 0.3)
    turns = [
        ("spk_0", "central de marcação de consultas e exames «at» bom dia"),
        ("spk_1", "bom dia eu quero marcar a «exam» que o médico pediu"),
        ("spk_0", "me passa o cartão sus do paciente"),
        ("spk_1", "«cns»"),
        ("spk_0", "o sistema tá pedindo o cpf também"),
        ("spk_1", "«cpf»"),
        ("spk_0", "nome do paciente e nome da mãe"),
        ("spk_1", "«pac» a mãe é «mae»"),
        ("spk_0", "data de nascimento"),
        ("spk_1", "«dob»"),
        ("spk_0", "o endereço tá desatualizado qual o cep"),
        ("spk_1", "«cep» mudamos pra «addr»"),
        ("spk_0", "ficou marcado pro dia «dm» às «hm» no hospital regional leão sampaio senha «senha» um telefone"),
        ("spk_1", "«tel»"),
    ]
    vals = dict(at=P(asr_name(at.first)), exam=exam[1].lower(), cns=cns_s, cpf=cpf_s, pac=P(asr_name(pac.full)),
                mae=P(asr_name(mae.full)), dob=(dob, "DATE_OF_BIRTH" if dob_ok else None), cep=cep_s,
                addr=(g.address("spoken"), "ADDRESS"), dm=g.date("br", 2025)[:5], hm=f"{g.rng.randint(7, 16)} horas",
                senha=g.d(6), tel=(tel, "PHONE_NUMBER" if tel_ok else None))
    t = 0.0
    for spk, line in turns:
        t += g.rng.uniform(2, 25)
        doc.t(f"[{spk} {t:6.2f}s] ")
        doc.f(line, **vals)
        doc.t("\n")
    doc.f("--- end --- wer_estimate=0.«w» · SISREG solicitação «sol» · procedimento «proc» · operador «op»\n",
          w=g.rng.randint(12, 31), sol=g.d(9), proc=exam[0], op=g.pick(SYS_USERS))
    return doc


def sa_ouvidoria_sus(g: Gen) -> Doc:
    """SUS ombudsman (Disque Saúde 136) call transcript."""
    doc = Doc()
    ouv = g.person()
    man = g.person()
    pac = g.relative(man, female=False)
    med = g.person()
    ubs = g.pick(["UBS Jardim Vitória", "UPA Leão Sampaio", "Policlínica Rosa Branca", "Hospital Municipal Prudente de Morais",
                  "USF Bento Ribeiro"])
    doc.f("OUVIDORIA-GERAL DO SUS · Disque Saúde 136 · transcrição da ligação (STT) · manifestação «prot»\n"
          "classificação preliminar: DENÚNCIA · unidade citada: «ubs»\n\n", prot=g.d(8) + "/2025", ubs=ubs)
    rg = g.rg(g.pick(["raw", "other"]))
    rgd = re.sub(r"\D", "", rg)
    rg_s = spoken_id(g, rgd, [[2, 3, 3, 1], [len(rgd)]], "BR_RG", 0.35)
    cns = g.cns_digits()
    cns_s = spoken_id(g, cns, [[3, 4, 4, 4], [15]], "BR_CNS", 0.3)
    pdob, pdob_ok = g.dob_spoken(1935, 1960)
    tel, tel_ok = g.phone_spoken()
    ospk = "ATENDENTE"
    turns = [
        (ospk, "disque saúde cento e trinta e seis meu nome é «ouv» com quem eu falo"),
        ("MANIFESTANTE", "aqui é «man» eu quero fazer uma denúncia contra «ubs_l»"),
        (ospk, "pode relatar"),
        ("MANIFESTANTE", "meu pai «pac» ficou seis horas esperando com dor no peito e «omed» de plantão «dr» «med» "
                         "nem examinou falou que era ansiedade"),
        (ospk, "qual a data de nascimento e o cartão sus do seu pai"),
        ("MANIFESTANTE", "ele é de «pdob» o cartão é «cns»"),
        (ospk, "e um documento seu"),
        ("MANIFESTANTE", "meu rg é «rg»"),
        (ospk, "um telefone pra retorno"),
        ("MANIFESTANTE", "«tel» pode falar comigo ou com minha esposa «esp»"),
        (ospk, "sua manifestação vai ser encaminhada pra secretaria municipal o prazo é de trinta dias"),
    ]
    vals = dict(omed="a médica" if med.female else "o médico", dr="doutora" if med.female else "doutor",
                ouv=P(asr_name(ouv.first)), man=P(asr_name(man.full)), ubs_l=ubs.lower(), pac=P(asr_name(pac.full)),
                med=P(asr_name(med.last if g.chance(0.5) else med.short)), pdob=(pdob, "DATE_OF_BIRTH" if pdob_ok else None),
                cns=cns_s, rg=rg_s, tel=(tel, "PHONE_NUMBER" if tel_ok else None),
                esp=P(asr_name(g.person(female=True).first)))
    t = g.rng.randint(2, 20)
    for spk, line in turns:
        t += g.rng.randint(3, 45)
        doc.t(f"{t // 60:02d}:{t % 60:02d} {spk}: ")
        doc.f(line, **vals)
        doc.t("\n")
    doc.f("\nEncaminhamento: SMS «city» · ref. profissional «med» («crm») · registrado por «ouv» (OuvidorSUS, perfil operador)\n",
          city=g.city()[0], med=P(med.full), crm=(g.council("CRM"), "PROFESSIONAL_ID"), ouv=P(ouv.full))
    return doc


# =========================================================================== saude (machine)


def jstr(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)[1:-1]


def sa_fhir(g: Gen) -> Doc:
    """FHIR R4 JSON Bundle (Patient + Practitioner), from an RNDS integration ticket."""
    doc = Doc()
    p = g.person()
    pr = g.person()
    contact = g.relative(p)
    t, name, num, comp = g.street_parts()
    cityn, uf = g.city()
    cpf = g.cpf_digits()
    doc.f("INT-«t» · RNDS rejeitou o Bundle (OperationOutcome: invalid identifier) · payload:\n"
          "{\n  \"resourceType\": \"Bundle\",\n  \"id\": \"«bid»\",\n  \"type\": \"transaction\",\n"
          "  \"meta\": {\"lastUpdated\": \"«lu»\"},\n  \"entry\": [\n   {\n    \"fullUrl\": \"urn:uuid:«pid»\",\n"
          "    \"resource\": {\n     \"resourceType\": \"Patient\",\n     \"id\": \"«pid»\",\n     \"identifier\": [\n"
          "      {\"system\": \"https://saude.gov.br/fhir/sid/cpf\", \"value\": \"«cpf»\"},\n"
          "      {\"system\": \"https://saude.gov.br/fhir/sid/cns\", \"value\": \"«cns»\"}\n     ],\n"
          "     \"name\": [{\"use\": \"official\", \"text\": \"«nt»\", \"family\": \"«fam»\", \"given\": [",
          t=g.d(5), bid=g.uuid(), lu=g.date("iso") + "T" + g.hms() + "-03:00", pid=g.uuid(),
          cpf=(cpf, "BR_CPF"), cns=(g.cns(False), "BR_CNS"), nt=P(jstr(p.full)), fam=P(jstr(p.family)))
    givs = p.given.split()
    for i, gv in enumerate(givs):
        doc.f("\"«g»\"", g=P(gv))
        if i < len(givs) - 1:
            doc.t(", ")
    doc.f("]}],\n     \"telecom\": [{\"system\": \"phone\", \"value\": \"«tel»\", \"use\": \"mobile\"}, "
          "{\"system\": \"email\", \"value\": \"«em»\"}],\n     \"gender\": \"«gd»\",\n     \"birthDate\": \"«dob»\",\n"
          "     \"address\": [{\"use\": \"home\", \"line\": [\"«l1»\"«l2»], \"city\": \"«city»\", \"state\": \"«uf»\", "
          "\"postalCode\": \"«cep»\", \"country\": \"BRA\"}],\n"
          "     \"contact\": [{\"relationship\": [{\"text\": \"«rel»\"}], \"name\": {\"text\": \"«cn»\"}, "
          "\"telecom\": [{\"system\": \"phone\", \"value\": \"«ctel»\"}]}]\n    }\n   },\n",
          tel=(g.phone(g.pick(["e164", "raw", "plus"])), "PHONE_NUMBER"), em=(g.email(p), "EMAIL_ADDRESS"),
          gd="female" if p.female else "male", dob=(g.dob("iso"), "DATE_OF_BIRTH"),
          l1=(jstr(f"{t} {name}, {num}"), "ADDRESS"), l2=(f", \"{jstr(comp)}\"" if comp else ""),
          city=jstr(cityn), uf=uf, cep=(g.cep(g.chance(0.5)), "BR_CEP"),
          rel=g.pick(["mãe", "filho(a)", "cônjuge", "irmão(ã)"]), cn=P(jstr(contact.full)),
          ctel=(g.phone("e164"), "PHONE_NUMBER"))
    # the second "line" entry holds the complement alone: a field of its own, not labelled
    doc.f("   {\n    \"resource\": {\n     \"resourceType\": \"Practitioner\",\n     \"id\": \"«prid»\",\n"
          "     \"identifier\": [{\"system\": \"https://saude.gov.br/fhir/sid/cns\", \"value\": \"«pcns»\"},\n"
          "                    {\"system\": \"http://www.saude.gov.br/fhir/r4/NamingSystem/conselho\", \"value\": \"«crm»\"}],\n"
          "     \"name\": [{\"text\": \"«prn»\", \"prefix\": [\"«pfx»\"]}],\n"
          "     \"telecom\": [{\"system\": \"email\", \"value\": \"«pem»\"}],\n"
          "     \"qualification\": [{\"code\": {\"text\": \"CBO «cbo»\"}}]\n    }\n   }\n  ]\n}\n",
          prid=g.uuid(), pcns=(g.cns(False), "BR_CNS"), crm=(g.council(g.pick(["CRM", "CRM", "COREN", "CRO"])), "PROFESSIONAL_ID"),
          prn=P(jstr(pr.full)), pfx="Dra." if pr.female else "Dr.", pem=(g.email(pr, "hospitalaurora.org.br"), "EMAIL_ADDRESS"),
          cbo=g.pick(["225125", "225142", "223505", "223208"]))
    doc.f("Diagnóstico («an»): o CPF veio sem máscara, ok; problema é o CNS do profissional no slot errado. "
          "x-request-id «rid» · trace «tr»\n", an=P(g.person().first), rid=g.uuid(), tr=g.hexs(32))
    return doc


def sa_tiss(g: Gen) -> Doc:
    """TISS 4.01 XML SP/SADT guide (ANS)."""
    doc = Doc()
    ben = g.person()
    sol = g.person()
    exe = g.person()
    cid = g.pick(CID)
    exams = g.rng.sample(TUSS[1:], 3)
    exe_cpf, exe_crm, exe_uf = g.cpf("raw"), str(g.rng.randint(8000, 199999)), g.pick(["35", "33", "31"])
    lab = g.pick(["LABORATORIO ROSA BRANCA LTDA", "CLINICA DE IMAGEM LEAO", "DIAGNOSTICOS AURORA S.A.",
                  "CENTRO MEDICO SAO BENTO"])
    doc.f('<?xml version="1.0" encoding="ISO-8859-1"?>\n<ans:mensagemTISS xmlns:ans="http://www.ans.gov.br/padroes/tiss/schemas">\n'
          " <ans:cabecalho><ans:identificacaoTransacao><ans:tipoTransacao>ENVIO_LOTE_GUIAS</ans:tipoTransacao>"
          "<ans:sequencialTransacao>«seq»</ans:sequencialTransacao><ans:dataRegistroTransacao>«dr»</ans:dataRegistroTransacao>"
          "</ans:identificacaoTransacao>\n  <ans:origem><ans:identificacaoPrestador><ans:codigoPrestadorNaOperadora>«cpo»"
          "</ans:codigoPrestadorNaOperadora></ans:identificacaoPrestador></ans:origem>\n"
          "  <ans:destino><ans:registroANS>«ans»</ans:registroANS></ans:destino><ans:Padrao>4.01.00</ans:Padrao></ans:cabecalho>\n"
          " <ans:prestadorParaOperadora><ans:loteGuias><ans:numeroLote>«lote»</ans:numeroLote><ans:guiasTISS>\n"
          "  <ans:guiaSP-SADT>\n   <ans:cabecalhoGuia><ans:registroANS>«ans»</ans:registroANS><ans:numeroGuiaPrestador>«ngp»"
          "</ans:numeroGuiaPrestador></ans:cabecalhoGuia>\n"
          "   <ans:dadosAutorizacao><ans:senha>«senha»</ans:senha><ans:dataValidadeSenha>«dv»</ans:dataValidadeSenha></ans:dadosAutorizacao>\n"
          "   <ans:dadosBeneficiario><ans:numeroCarteira>«cart»</ans:numeroCarteira><ans:atendimentoRN>N</ans:atendimentoRN>"
          "<ans:nomeBeneficiario>«bn»</ans:nomeBeneficiario><ans:numeroCNS>«cns»</ans:numeroCNS></ans:dadosBeneficiario>\n",
          seq=g.d(8), dr=g.date("iso"), cpo=g.d(8), ans=g.d(6), lote=g.d(6), ngp=g.d(9), senha=g.d(10),
          dv=g.date("iso"), cart=g.d(17), bn=P(ben.caps), cns=(g.cns(False), "BR_CNS"))
    conselho = g.pick([("06", "CRM"), ("06", "CRM"), ("02", "CRO")])
    doc.f("   <ans:dadosSolicitante><ans:contratadoSolicitante><ans:cpfContratado>«scpf»</ans:cpfContratado>"
          "<ans:nomeContratado>«sn»</ans:nomeContratado></ans:contratadoSolicitante>\n"
          "    <ans:profissionalSolicitante><ans:nomeProfissional>«sn2»</ans:nomeProfissional><ans:conselhoProfissional>«cp»"
          "</ans:conselhoProfissional><ans:numeroConselhoProfissional>«ncp»</ans:numeroConselhoProfissional>"
          "<ans:UF>«ufc»</ans:UF><ans:CBOS>225125</ans:CBOS></ans:profissionalSolicitante></ans:dadosSolicitante>\n"
          "   <ans:dadosSolicitacao><ans:caraterAtendimento>1</ans:caraterAtendimento><ans:indicacaoClinica>«cid» «cidn»"
          "</ans:indicacaoClinica></ans:dadosSolicitacao>\n"
          "   <ans:dadosExecutante><ans:contratadoExecutante><ans:cnpjContratado>«cnpj»</ans:cnpjContratado>"
          "<ans:nomeContratado>«lab»</ans:nomeContratado></ans:contratadoExecutante><ans:CNES>«cnes»</ans:CNES></ans:dadosExecutante>\n"
          "   <ans:procedimentosExecutados>\n",
          scpf=(g.cpf("raw"), "BR_CPF"), sn=P(sol.caps), sn2=P(sol.caps), cp=conselho[0],
          ncp=(str(g.rng.randint(8000, 199999)), "PROFESSIONAL_ID"), ufc=g.pick(["35", "33", "31", "41", "43", "29"]),
          cid=cid[0], cidn=fold(cid[1]).upper(), cnpj=(g.cnpj("raw", alnum=g.chance(0.25)), "BR_CNPJ"), lab=lab, cnes=g.d(7))
    for code, desc in exams:
        doc.f("    <ans:procedimentoExecutado><ans:dataExecucao>«de»</ans:dataExecucao><ans:procedimento>"
              "<ans:codigoTabela>22</ans:codigoTabela><ans:codigoProcedimento>«c»</ans:codigoProcedimento>"
              "<ans:descricaoProcedimento>«d»</ans:descricaoProcedimento></ans:procedimento><ans:quantidadeExecutada>1"
              "</ans:quantidadeExecutada><ans:valorTotal>«v»</ans:valorTotal>\n"
              "     <ans:equipeSadt><ans:codProfissional><ans:cpfContratado>«ecpf»</ans:cpfContratado></ans:codProfissional>"
              "<ans:nomeProf>«en»</ans:nomeProf><ans:conselho>«ec»</ans:conselho><ans:numeroConselhoProfissional>«encp»"
              "</ans:numeroConselhoProfissional><ans:UF>«eufc»</ans:UF><ans:CBOS>«cbo»</ans:CBOS></ans:equipeSadt>"
              "</ans:procedimentoExecutado>\n",
              de=g.date("iso"), c=code, d=fold(desc).upper(), v=g.money(15, 900).replace(".", "").replace(",", "."),
              ecpf=(exe_cpf, "BR_CPF"), en=P(exe.caps), ec="06", encp=(exe_crm, "PROFESSIONAL_ID"),
              eufc=exe_uf, cbo=g.pick(["225320", "225305", "221205"]))
    doc.f("   </ans:procedimentosExecutados>\n   <ans:observacao>Paciente «obs» - contato «tel». Laudos liberados no portal.</ans:observacao>\n"
          "  </ans:guiaSP-SADT>\n </ans:guiasTISS></ans:loteGuias></ans:prestadorParaOperadora>\n"
          " <ans:epilogo><ans:hash>«h»</ans:hash></ans:epilogo>\n</ans:mensagemTISS>\n",
          obs=P(ben.first.upper()), tel=(g.phone("raw"), "PHONE_NUMBER"), h=g.hexs(32))
    return doc


def sa_lis_csv(g: Gen) -> Doc:
    """Laboratory (LIS) critical-results CSV with header rows and quoted fields."""
    doc = Doc()
    lab = g.pick(["Laboratório Rosa Branca", "LabLeão Análises Clínicas", "Aurora Diagnósticos", "Lab São Bento"])
    resp = g.person()
    doc.f("\"Relatório de Resultados Críticos\";;;;;;;;\n\"Laboratório\";\"«lab»\";;;;;;;\n"
          "\"Período\";\"«d1» a «d2»\";\"Emitido por\";\"«u»\";;;;;\n\"RT\";\"«rt»\";\"«crf»\";;;;;;\n"
          "\"Paciente\";\"Nascimento\";\"CPF\";\"CNS\";\"Exame\";\"Resultado\";\"Solicitante\";\"Comunicado a\";\"Telefone\"\n",
          lab=lab, d1=g.date("br"), d2=g.date("br"), u=g.pick(SYS_USERS), rt=P(resp.full),
          crf=(g.council(g.pick(["CRF", "CRBM"])), "PROFESSIONAL_ID"))
    tests = [("POTASSIO", "6,9 mmol/L"), ("GLICOSE", "38 mg/dL"), ("HEMOGLOBINA", "5,8 g/dL"), ("PLAQUETAS", "12.000 /mm3"),
             ("TROPONINA", "2,31 ng/mL"), ("SODIO", "118 mmol/L"), ("INR", "6,2")]
    for i in range(5):
        p = g.person(word=(i == 3))
        med = g.person()
        who = g.person()
        test = g.pick(tests)
        doc.t('"').e(p.inverted if g.chance(0.6) else p.caps, "PERSON").t('";"')
        doc.e(g.dob("br"), "DATE_OF_BIRTH").t('";"')
        if g.chance(0.2):
            doc.t('";"')
        else:
            doc.e(g.cpf(g.pick(["raw", "dot"])), "BR_CPF").t('";"')
        if g.chance(0.4):
            doc.e(g.cns(False), "BR_CNS")
        doc.f('";"«t»";"«r»";"', t=test[0], r=test[1])
        doc.t("Dr(a). ").e(fold(med.short).upper(), "PERSON").t(" ").e(g.council("CRM"), "PROFESSIONAL_ID").t('";"')
        if g.chance(0.3):
            doc.t("SEM RESPOSTA")
        else:
            doc.e(who.first if g.chance(0.5) else who.short, "PERSON").t(g.pick([" (enf.)", " (posto 3)", " (UTI)", ""]))
        doc.t('";"').e(g.phone(g.pick(["par", "plain"]), mobile=g.chance(0.5)), "PHONE_NUMBER").t('"\n')
    doc.f("\"Total\";\"5\";;;;;;;\n\"Obs\";\"valores de referência conforme bula do kit lote «lot»; amostra hemolisada "
          "recoletada (protocolo «prot»)\";;;;;;;\n", lot=g.pick(["RB", "LE", "AU"]) + g.d(6), prot=g.bad11())
    return doc


# =========================================================================== financeiro (spoken)


def fi_asr_card(g: Gen) -> Doc:
    """Card-blocking call: IVR log then agent/customer ASR turns."""
    doc = Doc()
    ag = g.person()
    cli = g.person()
    dep = g.relative(cli)
    bank = g.pick(["banco leão", "aurora bank", "banco prudente", "rosa card", "bento financeira"])
    doc.f("URA «ura» · ANI «ani» · opção 3 (perda/roubo) · transferido p/ humano às «h»\n"
          "[STT · modelo pt-BR-telephony-v5 · sem pontuação]\n",
          ura=g.d(8), ani=(g.phone("e164"), "PHONE_NUMBER"), h=g.hms())
    card = g.card_digits()
    card_s = spoken_id(g, card, [[4, 4, 4, 4], [4, 4, 4, 4], [16]], "CREDIT_CARD", 0.3)
    cpf = g.cpf_digits()
    cpf_s = spoken_id(g, cpf, [[3, 3, 3, 2], [11], [3, 3, 3, 2]], "BR_CPF", 0.3)
    dob, dob_ok = g.dob_spoken(1950, 2003)
    place = g.pick(["no posto leão de ouro", "na padaria bento", "na farmácia vitória", "na loja rosa chá",
                    "no mercado prudente"])
    rel = g.pick(["filha", "mãe", "esposa", "irmã"] if dep.female else ["filho", "pai", "marido", "irmão"])
    turns = [
        ("agente", "«bank» boa noite «ag» falando com quem eu falo"),
        ("cliente", "boa noite é «cli» roubaram minha «bolsa» com o cartão"),
        ("agente", "sinto muito «treat» me informa o número do cartão ou o cpf"),
        ("cliente", "o cartão é «card» e o cpf «cpf»"),
        ("agente", "confirma a data de nascimento"),
        ("cliente", "«dob»"),
        ("agente", "tô vendo duas compras que «treat2» não reconhece uma «place» de «m» reais"),
        ("cliente", "não fui eu não e tem o adicional «da_minha» «rel» «dep» bloqueia também"),
        ("agente", "bloqueado o titular e o adicional final «fin» vou abrir a contestação protocolo «prot»"),
        ("cliente", "e o cartão novo chega onde"),
        ("agente", "no endereço cadastrado «addr» confere"),
        ("cliente", "confere «obg»"),
    ]
    vals = dict(bolsa=g.pick(["bolsa", "mochila"]) if cli.female else g.pick(["carteira", "mochila"]),
                treat2="a senhora" if cli.female else "o senhor", obg="obrigada" if cli.female else "obrigado",
                bank=bank, ag=P(asr_name(ag.first)), cli=P(asr_name(cli.full if g.chance(0.6) else cli.short)),
                treat=cli.treat, card=card_s, cpf=cpf_s, dob=(dob, "DATE_OF_BIRTH" if dob_ok else None), place=place,
                m=words(g.rng.randint(40, 900)), rel=rel,
                dep=P(asr_name(dep.first if g.chance(0.5) else dep.full)), da_minha="da minha" if dep.female else "do meu", fin=g.d(4), prot=g.d(4) + " " + g.d(6),
                addr=(g.address("spoken"), "ADDRESS"))
    for spk, line in turns:
        doc.t(spk + ": ")
        doc.f(line, **vals)
        doc.t("\n")
    doc.f("[tabulação: BLOQ_PERDA_ROUBO · agente «agn» (login «login») · ip estação «ip»]\n",
          agn=P(ag.full), login=g.pick(["op", "ag", "ext"]) + g.d(5), ip=(g.ip(), "IP_ADDRESS"))
    return doc


def fi_whatsapp_manager(g: Gen) -> Doc:
    """A small-business owner's voice notes to the account manager."""
    doc = Doc()
    own = g.person()
    ger = g.person()
    emps = [g.person(), g.person(), g.person(word=True)]
    comp = g.pick(["Mercadinho Vitória", "Oficina Leão Mecânica", "Salão Rosa Beleza", "Padaria Bento & Filhos",
                   "Distribuidora Prudente"])
    doc.f("WhatsApp · «ger» (gerente PJ) ⇄ «own» («comp»)\n", ger=P(ger.full), own=P(own.full), comp=comp)
    h = sorted(g.hms()[:5] for _ in range(5))
    cnpj = g.cnpj("raw")
    cnpj_s = spoken_id(g, cnpj, [[2, 3, 3, 4, 2], [8, 4, 2], [14]], "BR_CNPJ", 0.3)
    ag = g.d(4)
    ag_s = spoken_id(g, ag, [[4], [2, 2]], "BANK_ACCOUNT", 0.3)
    acc = g.d(g.rng.randint(5, 8)) + g.d(1)
    acc_s = (acc[:-1] + " " + acc[-1], "BANK_ACCOUNT") if g.chance(0.7) else (digit_words(acc), None)
    forn = g.person(female=True)
    doc.f("[«h0»] «own_f»: 🎙 transcrição: «ger_f» bom dia é «o» «own_spk» «comp_l» preciso pagar o fornecedor hoje "
          "ainda é a «forn» que é mei o cnpj dela é «cnpj» manda «m» reais pra agência «ag» conta «acc» no banco do brasil\n",
          h0=h[0], o="a" if own.female else "o", own_f=P(own.first), ger_f=P(asr_name(ger.first)), own_spk=P(asr_name(own.first)), comp_l=("do " if comp.split()[0] in ("Mercadinho", "Salão") else "da ") + comp.lower(),
          forn=P(asr_name(forn.full)), cnpj=cnpj_s, m=words(g.rng.randint(2, 30)) + " mil", ag=ag_s, acc=acc_s)
    doc.f("[«h1»] «ger_f»: Bom dia «own_f»! TED agendada, comprovante em seguida. Valor acima do limite diário, "
          "aprovei na alçada. ID «uid»\n", h1=h[1], ger_f=P(ger.first), own_f=P(own.first), uid=g.uuid())
    doc.f("[«h2»] «own_f»: 🎙 transcrição: outra coisa a folha desse mês entra «e1» «e2» e a «e3» nova que começou "
          "segunda o cpf dela é «cpf» nasceu em «dob»\n",
          h2=h[2], own_f=P(own.first), e1=P(asr_name(emps[0].full)), e2=P(asr_name(emps[1].short)),
          e3=P(asr_name(emps[2].full)), cpf=spoken_id(g, g.cpf_digits(), [[3, 3, 3, 2], [11]], "BR_CPF", 0.3),
          dob=(lambda d: (d[0], "DATE_OF_BIRTH" if d[1] else None))(g.dob_spoken(1980, 2006)))
    doc.f("[«h3»] «own_f»: chave pix da «e3f» pra adiantamento: «pk»\n", h3=h[3], own_f=P(own.first),
          e3f=P(emps[2].first), pk=(g.uuid(), "PIX_KEY"))
    doc.f("[«h4»] «ger_f»: Cadastrei no Folha PJ. Só lembrando que o Leão come 27,5% se passar da faixa 😅 "
          "Protocolo «prot»\n", h4=h[4], ger_f=P(ger.first), prot=g.protocol())
    return doc


def fi_ouvidoria_bank(g: Gen) -> Doc:
    """Bank ombudsman call about a Pix scam, ASR with timestamps."""
    doc = Doc()
    ouv = g.person()
    cli = g.person()
    golp = g.person()
    doc.f("OUVIDORIA «bank» · ligação gravada · transcrição automática · caso «case»\n\n",
          bank=g.pick(["BANCO AURORA", "LEÃO BANK", "COOPERATIVA ROSA DO SUL", "BANCO PRUDENTE"]), case=g.d(9))
    cpf = g.cpf_digits()
    cpf_s = spoken_id(g, cpf, [[3, 3, 3, 2], [11]], "BR_CPF", 0.3)
    key_kind = g.pick(["phone", "cpf", "uuid", "email"])
    if key_kind == "phone":
        key = (g.phone(g.pick(["plain", "raw"])), "PHONE_NUMBER")
    elif key_kind == "cpf":
        key = (g.cpf(), "BR_CPF")
    elif key_kind == "email":
        key = (g.email(golp), "EMAIL_ADDRESS")
    else:
        key = (g.uuid(), "PIX_KEY")
    e2e = "E" + g.d(8) + g.date("compact", 2025) + g.d(4) + "".join(g.pick("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(11))
    turns = [
        ("OUVIDORIA", "ouvidoria bom dia «ouv» falando"),
        ("CLIENTE", "bom dia meu nome é «cli» eu caí num golpe do pix e a agência não resolveu"),
        ("OUVIDORIA", "sinto muito vou precisar do seu cpf"),
        ("CLIENTE", "«cpf»"),
        ("OUVIDORIA", "conta e agência"),
        ("CLIENTE", "agência «ag» conta «cc»"),
        ("CLIENTE", "eu fiz três pix achando que era meu sobrinho pediram no whatsapp a pessoa que recebeu chama «golp»"),
        ("OUVIDORIA", "a senhora lembra a chave"),
        ("CLIENTE", "tenho o comprovante aqui a chave é «key»"),
        ("OUVIDORIA", "vou acionar o med mecanismo especial de devolução id da transação «e2e» prazo de sete dias"),
        ("CLIENTE", "e o boletim de ocorrência já fiz na delegacia da vila leão"),
    ]
    vals = dict(ouv=P(asr_name(ouv.first)), cli=P(asr_name(cli.full)), cpf=cpf_s,
                ag=(g.d(4), "BANK_ACCOUNT"), cc=(g.d(g.rng.randint(5, 8)) + " " + g.d(1), "BANK_ACCOUNT"),
                golp=P(asr_name(golp.full)), key=key, e2e=e2e.lower() if g.chance(0.5) else e2e)
    t = 0
    for spk, line in turns:
        t += g.rng.randint(4, 50)
        doc.t(f"[{t // 60:02d}:{t % 60:02d}] {spk}: ")
        doc.f(line, **vals)
        doc.t("\n")
    doc.f("\nFicha: recebedor «golp» · instituição recebedora ISPB «ispb» · conta «gacc» · registrado por «ouv» · "
          "BO nº «bo»\n", golp=P(golp.caps), ispb=g.d(8), gacc=(g.account(), "BANK_ACCOUNT"), ouv=P(ouv.full),
          bo=g.d(5) + "/2025")
    return doc


def fi_confirm_call(g: Gen) -> Doc:
    """Payroll-loan (consignado) acceptance recording: script read aloud, customer answers."""
    doc = Doc()
    op = g.person()
    cli = g.person()
    rogo = g.relative(cli)
    corr = g.pick(["Leão Promotora de Crédito", "Aurora Consignados", "Rosa Branca Correspondente", "Bento Crédito Fácil"])
    doc.f("GRAVAÇÃO DE ACEITE · correspondente «corr» · contrato «ct» · transcrição STT\n\n",
          corr=corr, ct=g.d(3) + "-" + g.d(7))
    dob = g.dob("long", 1940, 1965) if g.chance(0.5) else g.dob("br", 1940, 1965)
    nb = f"{g.d(3)}.{g.d(3)}.{g.d(3)}-{g.d(1)}"
    lines = [
        ("OPERADOR", "esta ligação está sendo gravada para sua segurança eu sou «op» da «corr_l» falo com «o_treat» «cli»"),
        ("CLIENTE", "sim"),
        ("OPERADOR", "«treat» confirma que é titular do cpf «cpf» «nascido» em «dob»"),
        ("CLIENTE", "sim sou eu"),
        ("OPERADOR", "benefício número «nb» do inss confirma"),
        ("CLIENTE", "confirmo"),
        ("OPERADOR", "o valor liberado de «m» reais será creditado na agência «ag» conta «cc» em «parc» parcelas confirma"),
        ("CLIENTE", "confirmo"),
        ("OPERADOR", "endereço «addr» cep «cep» telefone «tel» confirma"),
        ("CLIENTE", "é isso aí"),
        ("OPERADOR", "como o senhor informou que não assina a rogo assina «rogo» rg «rg» presente na ligação confirma"),
        ("ROGADO", "confirmo sou «rel» dele"),
    ]
    tel, tel_ok = g.phone_spoken()
    vals = dict(o_treat="a senhora" if cli.female else "o senhor", nascido="nascida" if cli.female else "nascido",
                op=P(asr_name(op.first)), corr_l=corr.lower(), treat=cli.treat, cli=P(asr_name(cli.full)),
                cpf=spoken_id(g, g.cpf_digits(), [[3, 3, 3, 2], [11]], "BR_CPF", 0.15),
                dob=(dob, "DATE_OF_BIRTH"), nb=nb, m=g.money(1500, 40000), ag=(g.agency(), "BANK_ACCOUNT"),
                cc=(g.account(), "BANK_ACCOUNT"), parc=g.pick(["oitenta e quatro", "setenta e duas", "noventa e seis", "quarenta e oito"]),
                addr=(g.address("spoken"), "ADDRESS"), cep=spoken_id(g, g.cep_digits(), [[5, 3], [8]], "BR_CEP", 0.2),
                tel=(tel, "PHONE_NUMBER" if tel_ok else None), rogo=P(asr_name(rogo.full)),
                rg=spoken_id(g, re.sub(r"\D", "", g.rg("raw")), [[2, 3, 3, 1], [9]], "BR_RG", 0.2),
                rel=g.pick(["filho", "neto", "genro", "sobrinho"]) if not rogo.female else g.pick(["filha", "neta", "nora"]))
    if cli.female:
        lines[10] = (lines[10][0], lines[10][1].replace("o senhor", "a senhora"))
        lines[11] = (lines[11][0], lines[11][1].replace(" dele", " dela"))
    for spk, line in lines:
        doc.t(spk + ": ")
        doc.f(line, **vals)
        doc.t("\n")
    doc.f("\nauditoria: aceite válido · operador «opf» · taxa 1,«tx»% a.m. · CET «cet»% a.a. · hash áudio «h»\n",
          opf=P(op.full), tx=g.rng.randint(40, 85), cet=g.rng.randint(19, 27), h=g.hexs(20))
    return doc


# =========================================================================== financeiro (machine)


def fi_ofx(g: Gen) -> Doc:
    """OFX bank statement (SGML) sent by a customer to the accountant."""
    doc = Doc()
    holder = g.person()
    acct = g.account()
    doc.f("OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nSECURITY:NONE\nENCODING:USASCII\nCHARSET:1252\n"
          "COMPRESSION:NONE\nOLDFILEUID:NONE\nNEWFILEUID:NONE\n\n<OFX>\n<SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO"
          "</STATUS><DTSERVER>«dts»[-3:BRT]<LANGUAGE>POR<FI><ORG>«org»<FID>«fid»</FI></SONRS></SIGNONMSGSRSV1>\n"
          "<BANKMSGSRSV1><STMTTRNRS><TRNUID>«trn»<STATUS><CODE>0<SEVERITY>INFO</STATUS>\n<STMTRS><CURDEF>BRL\n"
          "<BANKACCTFROM><BANKID>«bid»<BRANCHID>«br»<ACCTID>«acc»<ACCTTYPE>CHECKING</BANKACCTFROM>\n"
          "<BANKTRANLIST><DTSTART>«d0»<DTEND>«d1»\n",
          dts=g.date("compact") + g.hms().replace(":", ""), org=g.pick(["Banco Leao S.A.", "Itau", "Sicredi", "Banco Aurora"]),
          fid=g.d(3), trn=g.d(10), bid=g.pick(["0341", "0237", "0748", "0001", "0104"]), br=(g.agency(dv=False), "BANK_ACCOUNT"),
          acc=(acct, "BANK_ACCOUNT"), d0="20250101", d1="20251231")
    n_tr = 6
    for _ in range(n_tr):
        kind = g.pick(["pix_in", "pix_out", "ted", "boleto", "tarifa", "pix_in", "salario"])
        amt = g.money(10, 9000).replace(".", "").replace(",", ".")
        doc.f("<STMTTRN><TRNTYPE>«tt»<DTPOSTED>«dp»[-3:BRT]<TRNAMT>«sign»«amt»<FITID>«fit»<CHECKNUM>«ck»\n<MEMO>",
              tt="CREDIT" if kind in ("pix_in", "salario") else "DEBIT", dp=g.date("compact", 2025) + "120000",
              sign="" if kind in ("pix_in", "salario") else "-", amt=amt, fit=g.neg_digits(14), ck=g.d(6))
        p = g.person()
        if kind == "pix_in":
            doc.t("PIX RECEBIDO - ").e(g.pick([p.caps, fold(f"{p.first} {p.surnames[0][0]} {p.last}").upper()]), "PERSON")
        elif kind == "pix_out":
            doc.t("PIX ENVIADO ").e(p.caps[:30].rstrip(), "PERSON").t(" CPF ").e(g.cpf("raw"), "BR_CPF")
        elif kind == "ted":
            doc.t(f"TED {g.pick(['104', '237', '033', '260'])} ").e(g.agency(dv=False), "BANK_ACCOUNT").t(" ").e(
                g.account(dv=False), "BANK_ACCOUNT").t(" ").e(p.caps, "PERSON")
        elif kind == "boleto":
            doc.t("PAG BOLETO " + g.pick(["ROSA BRANCA SEGUROS", "LEAO MATERIAIS CONSTR", "COLEGIO BENTO XVI", "AURORA TELECOM"]))
        elif kind == "tarifa":
            doc.t("TARIFA PACOTE SERVICOS " + g.pick(["PRUDENTE", "ESSENCIAL", "VITORIA"]))
        else:
            doc.t("CRED SALARIO " + g.pick(["PREF MUN PRESIDENTE PRUDENTE", "VITORIA TEXTIL SA", "BENTO ALIMENTOS LTDA"]))
        doc.t("\n</STMTTRN>\n")
    doc.f("</BANKTRANLIST>\n<LEDGERBAL><BALAMT>«bal»<DTASOF>«da»</LEDGERBAL>\n</STMTRS></STMTTRNRS></BANKMSGSRSV1>\n</OFX>\n"
          "-- enviado por «h» (titular) ao escritório contábil de «acc» («crc»), e-mail «em»\n",
          bal=g.money(100, 50000).replace(".", "").replace(",", "."), da=g.date("compact", 2025), h=P(holder.full),
          acc=P(g.person().full), crc=(g.council("CRC"), "PROFESSIONAL_ID"), em=(g.email(holder), "EMAIL_ADDRESS"))
    return doc


def boleto_line(g: Gen) -> tuple[str, str]:
    bank = g.pick(["341", "237", "001", "104", "033", "756"])
    barcode = bank + "9" + g.d(1) + g.d(4) + g.d(10) + g.d(25)
    f1 = bank + "9" + g.d(5)
    f2, f3 = g.d(10), g.d(10)
    line = f"{f1[:5]}.{f1[5:]}{g.d(1)} {f2[:5]}.{f2[5:]}{g.d(1)} {f3[:5]}.{f3[5:]}{g.d(1)} {g.d(1)} {g.d(14)}"
    return line, barcode


def fi_pix_boleto(g: Gen) -> Doc:
    """Pix receipt (comprovante) and a boleto, as text copied from the bank app."""
    doc = Doc()
    pay = g.person()
    rec = g.person()
    sac = g.person()
    key_uuid = g.chance(0.7)
    doc.f("Comprovante de transferência\nPix enviado\nR$ «v»\n«dt» - «hr»\n\nDestino\nNome\n«rn»\nCPF\n***.«mid».«mid2»-**\n",
          v=g.money(15, 5000), dt=g.date("br"), hr=g.hms(), rn=P(g.pick([rec.caps, rec.full])), mid=g.d(3), mid2=g.d(3))
    doc.f("Chave Pix\n«key»\nInstituição\n«inst»\nAgência\n«ag»\nConta\n«cc»\nTipo de conta\nConta de pagamento\n\n",
          key=(g.uuid(), "PIX_KEY") if key_uuid else (g.email(rec), "EMAIL_ADDRESS"),
          inst=g.pick(["NU PAGAMENTOS - IP", "PICPAY", "MERCADO PAGO IP LTDA.", "BCO LEÃO S.A."]),
          ag=("0001", "BANK_ACCOUNT"), cc=(g.account(dv=True), "BANK_ACCOUNT"))
    e2e = "E" + g.d(8) + g.date("compact", 2025) + g.d(4) + "".join(g.pick("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(11))
    doc.f("Origem\nNome\n«pn»\nCPF\n«pcpf»\nInstituição\nBANCO AURORA S.A.\nAgência\n«ag»\nConta\n«cc»\n\n"
          "ID da transação\n«e2e»\nDescrição\n«desc»\n\n",
          pn=P(pay.full), pcpf=(g.cpf(), "BR_CPF"), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
          e2e=e2e, desc=g.pick(["aluguel casa rosa", "parcela moto", "conserto geladeira branca", "presente vó", "-"]))
    line, barcode = boleto_line(g)
    ced = g.pick(["COLEGIO AURORA LTDA", "CONDOMINIO EDIFICIO LEAO DOURADO", "ROSA BRANCA SEGUROS S.A.",
                  "ACADEMIA BENTO FIT LTDA ME", "IMOBILIARIA PRUDENTE"])
    cityn, uf = g.city()
    doc.f("----------------------------------------------------------------\nBOLETO · recibo do pagador\n"
          "Beneficiário: «ced» · CNPJ «cnpj»\nAg./Cód. Beneficiário: «agb»/«codb»\n"
          "Pagador: «sac» · CPF «scpf»\n«addr» · «bairro» · «city»/«uf» · CEP «cep»\n"
          "Sacador/Avalista: «av»\nNosso número: «nn»   Nº documento: «nd»   Vencimento: «venc»   Valor: R$ «val»\n"
          "Linha digitável: «line»\nCódigo de barras: «bar»\n"
          "Instruções: não receber após 30 dias. Multa 2%. Em caso de dúvida falar com «cont» («ctel»).\n",
          ced=ced, cnpj=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"), agb=g.d(4), codb=g.d(7), sac=P(sac.caps),
          scpf=(g.cpf(), "BR_CPF"), addr=(g.address("caps"), "ADDRESS"), bairro=fold(g.pick(BAIRROS)).upper(),
          city=fold(cityn).upper(), uf=uf, cep=(g.cep(), "BR_CEP"),
          av=P(g.person().caps) if g.chance(0.5) else "—", nn=g.d(8) + "-" + g.d(1), nd=g.d(6),
          venc=g.date("br", 2025), val=g.money(50, 3000), line=line, bar=barcode, cont=P(g.person(female=True).first),
          ctel=(g.phone("par", mobile=False), "PHONE_NUMBER"))
    return doc


def nfe_key(g: Gen, uf_code: str, cnpj: str) -> str:
    body = uf_code + g.date("compact", 2025)[2:6] + cnpj + "55" + g.d(3) + g.d(9) + "1" + g.d(8)
    return body + mod11_nfe(body)


def fi_nfe_xml(g: Gen) -> Doc:
    """NF-e 4.00 XML (emitente/destinatário) attached to a refund dispute."""
    doc = Doc()
    dest = g.person()
    vend = g.person()
    mei = g.chance(0.4)
    owner = g.person()
    alnum = g.chance(0.25)
    cnpj = g.cnpj("raw", alnum=alnum)
    key = nfe_key(g, g.pick(["35", "33", "31", "41", "43", "42", "29", "26"]), re.sub(r"\D", "", cnpj) if not alnum else g.d(14))
    doc.f("Reclamação financeira «rec» · cliente anexou o XML da nota:\n"
          '<nfeProc xmlns="http://www.portalfiscal.inf.br/nfe" versao="4.00"><NFe><infNFe Id="NFe«key»" versao="4.00">\n'
          "<ide><cUF>«cuf»</cUF><cNF>«cnf»</cNF><natOp>VENDA DE MERCADORIA</natOp><mod>55</mod><serie>1</serie>"
          "<nNF>«nnf»</nNF><dhEmi>«dh»</dhEmi></ide>\n<emit><CNPJ>«cnpj»</CNPJ>",
          rec=g.d(7), key=key, cuf=key[:2], cnf=key[35:43], nnf=str(int(key[25:34])), dh=g.date("iso") + "T" + g.hms() + "-03:00",
          cnpj=(cnpj, "BR_CNPJ"))
    if mei:
        doc.t("<xNome>").e(owner.caps, "PERSON").t(" ").e(g.cpf_digits(), "BR_CPF").t("</xNome>")
        doc.f("<xFant>«fant»</xFant>", fant=g.pick(["ROSA DOCES", "BENTO CELULARES", "LEAO BIKES", "VITORIA MODAS"]))
    else:
        doc.f("<xNome>«n»</xNome>", n=g.pick(["LOJAS PRUDENTE COMERCIO LTDA", "AURORA ELETRO S.A.", "ROSA BRANCA MOVEIS LTDA",
                                               "LEAO MAGAZINE EIRELI"]))
    t, name, num, _ = g.street_parts()
    cityn, uf = g.city()
    doc.f("<enderEmit><xLgr>«xl»</xLgr><nro>«nro»</nro><xBairro>«bai»</xBairro><cMun>«cm»</cMun><xMun>«mun»</xMun>"
          "<UF>«uf»</UF>«c1»«cep»«c2»<cPais>1058</cPais><xPais>BRASIL</xPais></enderEmit><IE>«ie»</IE><CRT>«crt»</CRT></emit>\n",
          xl=(fold(f"{t} {name}").upper(), "ADDRESS") if mei else fold(f"{t} {name}").upper(), nro=num,
          bai=fold(g.pick(BAIRROS)).upper(), cm=g.d(7), mun=fold(cityn).upper(), uf=uf,
          c1="<CEP>" if mei else "", c2="</CEP>" if mei else "",
          cep=(g.cep(False), "BR_CEP") if mei else "", ie=g.d(12), crt="4" if mei else "3")
    t2, name2, num2, comp2 = g.street_parts()
    city2, uf2 = g.city()
    doc.f("<dest><CPF>«cpf»</CPF><xNome>«dn»</xNome><enderDest><xLgr>«xl»</xLgr><nro>«nro»</nro>«cpl»<xBairro>«bai»</xBairro>"
          "<cMun>«cm»</cMun><xMun>«mun»</xMun><UF>«uf»</UF><CEP>«cep»</CEP><cPais>1058</cPais><fone>«fone»</fone></enderDest>"
          "<indIEDest>9</indIEDest><email>«em»</email></dest>\n",
          cpf=(g.cpf("raw"), "BR_CPF"), dn=P(dest.caps), xl=(fold(f"{t2} {name2}").upper(), "ADDRESS"), nro=num2,
          cpl=f"<xCpl>{fold(comp2).upper()}</xCpl>" if comp2 else "", bai=fold(g.pick(BAIRROS)).upper(), cm=g.d(7),
          mun=fold(city2).upper(), uf=uf2, cep=(g.cep(False), "BR_CEP"), fone=(g.phone("raw"), "PHONE_NUMBER"),
          em=(g.email(dest), "EMAIL_ADDRESS"))
    items = g.rng.sample([("GELADEIRA FROST FREE 375L BRANCA", "84182100"), ("SOFA RETRATIL 3 LUG ROSA", "94016100"),
                          ("SMARTPHONE 128GB", "85171300"), ("BICICLETA ARO 29", "87120010"), ("TV LED 50POL", "85287200"),
                          ("FOGAO 4 BOCAS BRANCO", "73211100")], 2)
    for i, (prod, ncm) in enumerate(items, 1):
        doc.f("<det nItem=\"«i»\"><prod><cProd>«cp»</cProd><cEAN>«ean»</cEAN><xProd>«xp»</xProd><NCM>«ncm»</NCM>"
              "<CFOP>5102</CFOP><qCom>1.0000</qCom><vProd>«v»</vProd></prod></det>\n",
              i=i, cp=g.pick(["SKU", "PRD", "ROSA"]) + g.d(5), ean="789" + g.d(10), xp=prod, ncm=ncm,
              v=g.money(100, 6000).replace(".", "").replace(",", "."))
    doc.f("<infAdic><infCpl>Vendedor: «vend». Entregar a «rcv» (tel «rtel»). Pedido «ped».</infCpl></infAdic>\n"
          "</infNFe></NFe><protNFe versao=\"4.00\"><infProt><tpAmb>1</tpAmb><chNFe>«key»</chNFe><dhRecbto>«dh»</dhRecbto>"
          "<nProt>«np»</nProt><cStat>100</cStat><xMotivo>Autorizado o uso da NF-e</xMotivo></infProt></protNFe></nfeProc>\n"
          "Parecer «an»: nota válida (chave «key2»), mercadoria entregue a terceiro; negar estorno.\n",
          vend=P(vend.short), rcv=P(g.relative(dest).full), rtel=(g.phone("plain"), "PHONE_NUMBER"), ped=g.d(8),
          key=key, dh=g.date("iso") + "T" + g.hms() + "-03:00", np=g.neg_digits(15), an=P(g.person().first),
          key2=" ".join(key[i:i + 4] for i in range(0, 44, 4)))
    return doc


TEMPLATES = {
    "atendimento": [at_asr_telecom, at_whatsapp_store, at_ombudsman_energy, at_csv_export, at_yaml_crm, at_sql_insert,
                    at_kv_logs],
    "juridico": [ju_degravacao, ju_whatsapp_lawyer, ju_teams_cejusc, ju_nfse_xml, ju_esocial, ju_ics_agenda,
                 ju_forensic_meta],
    "saude": [sa_telemed, sa_whatsapp_homecare, sa_scheduling_call, sa_ouvidoria_sus, sa_fhir, sa_tiss, sa_lis_csv],
    "financeiro": [fi_asr_card, fi_whatsapp_manager, fi_ouvidoria_bank, fi_confirm_call, fi_ofx, fi_pix_boleto,
                   fi_nfe_xml],
}


def check(record: dict) -> None:
    text, last = record["text"], 0
    for s in record["spans"]:
        assert last <= s["start"] < s["end"] <= len(text), (record["id"], s)
        v = text[s["start"]:s["end"]]
        assert v and v == v.strip(), (record["id"], s, v)
        last = s["end"]
        digits = re.sub(r"\D", "", v)
        if s["label"] == "BR_CPF":
            assert cpf_valid(digits), (record["id"], v)
        elif s["label"] == "CREDIT_CARD":
            assert luhn_check(digits[:-1]) == digits[-1], (record["id"], v)
        elif s["label"] == "BR_CNS":
            assert cns_valid(digits), (record["id"], v)
        elif s["label"] == "BR_CNPJ":
            raw = re.sub(r"[^0-9A-Z]", "", v)
            assert len(raw) == 14 and cnpj_check(raw[:12]) == raw[12:], (record["id"], v)
        elif s["label"] == "BR_PIS":
            assert pis_check(digits[:10]) == digits[10], (record["id"], v)
        elif s["label"] == "BR_CNH":
            assert cnh_check(digits[:9]) == digits[9:], (record["id"], v)
        elif s["label"] == "BR_TITULO_ELEITOR":
            assert titulo_check(digits[:8], digits[8:10]) == digits[10:], (record["id"], v)
        elif s["label"] == "PIX_KEY":
            uuid.UUID(v)


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
    folded = {fold(w).lower() for w in RARE}
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
    with (HERE / "fourteenth.jsonl").open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for r in records:
        for s in r["spans"]:
            counts[s["label"]] = counts.get(s["label"], 0) + 1
    n = sum(counts.values())
    print("fourteenth", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    main()
