"""Build the twenty-first labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_twentyfirst_set.py

Written blind to the detectors (their code, lists and contexts were not read, nothing of
afinar was run on this text), standalone (stdlib only, own check-digit code, no import from
afinar or another generator), seed 21, 280 records: 7 templates per domain, 10 copies each.
Before the rules for blind sets reached its author, two things were seen: the one-line
subjects of `git log` (which name some detector rules and the earlier sets' scores) and the
set list and structural checks of tests/privacy/test_evaluation.py; nothing here was shaped
after them.

Register, not used by the earlier sets: the records companies bring to fine-tune a language
model, the text of the training sets themselves: instruction/response pairs flattened
("### Instrução / ### Resposta"), Alpaca blocks and arrays, ShareGPT and ChatML transcripts
with their role markers, few-shot prompts, classification examples ("Texto: ... Rótulo: ..."),
summarisation pairs, extraction pairs answered in JSON, macros with placeholders beside the
examples their authors filled in, and answers that restate the prompt's data in another form
(the full name in the prompt, the first name in the answer; a formatted CPF in the prompt, its
bare digits in the answer; a birth date spelt out; a phone in E.164).
- atendimento: "### Instrução / ### Resposta" pairs (portability, address complaint, Pix
  refund, registration update), <|system|>/<|user|>/<|assistant|> transcripts (second copy of
  a bill sent to a relative's e-mail), a JSONL macro library (template + filled example, the
  store's CNPJ in the export line), complaint classification (plain, TSV or JSONL; a card, a
  courier's plate), a few-shot contact-extraction prompt with JSON answers,
  "Usuário:/Assistente:" chats booking a technician, a ticket history and its summary.
- juridico: petition summarisation (parties qualified in full, the lawyer's e-mail, the
  defendant company's seat, laws cited), lease-clause extraction as JSONL whose output is an
  escaped JSON string (rent paid into an account or to a random Pix key), legal Q&A in the
  Alpaca prompt (alimony judgment, bailiff's certificate, labour claim, traffic accident with
  two plates), few-shot classification of court-gazette notices, a law firm's triage chat in
  the Llama-2 format ([INST] <<SYS>>), anonymisation pairs (original vs target with
  [PESSOA_1] markers, a few targets letting a first name through), an Alpaca JSON array
  drafting an extrajudicial notice.
- saude: clinical-note summarisation for the shift handover, triage classification of
  WhatsApp messages ("<|user|> ... <|label|>"), special-control prescription extraction to
  JSON, ShareGPT JSONL of a booking assistant (SUS card and birth date confirmed in another
  form), a few-shot ICD-10 coding prompt (a record line per note), the lab's message macros
  in YAML, SQuAD-style extractive Q&A over a discharge summary.
- financeiro: credit-analysis Q&A over a dossier (a vehicle in guarantee in most), Pix
  fraud-alert classification, bank statement extraction to JSON (TEDs show the other bank's
  agency and account), card-support transcripts in ChatML (<|im_start|>), a few-shot KYC
  extraction prompt answered in "campo=valor" lines, a collections call (ASR) and its CRM
  summary, collection macros in CSV.

Conventions (the eighteenth and twentieth sets', which follow the twelfth, fourteenth and
sixteenth where they decide): PERSON covers the name only, never "Sr.", "Dra.", "dona",
"seu"; particles inside a name are part of it; nicknames and first names alone, capitalised or
lower case, are persons; every restatement of a value is labelled again where it stands (the
prompt's, the answer's, the JSON's, the summary's). Placeholders and format masks are never
labelled: {{nome_cliente}}, {nome}, [NOME], <NOME>, %NOME%, ${primeiro_nome}, [PESSOA_1],
[CPF], XXX.XXX.XXX-XX, (XX) XXXXX-XXXX, DD/MM/AAAA, "Fulano de Tal". Role markers and special
tokens (<|user|>, <|assistant|>, <|im_start|>, [INST], <<SYS>>, Usuário:, Assistente:,
OPERADOR(A), CLIENTE, from/human/gpt), class labels, dataset and example ids, JSON keys and
answer_start offsets are not labelled, and neither are the assistants' persona names (Lia,
Aurora, Bia, Nina, Sofia, Duda, Jade, Theo), which are bots. People named in the records
(customers, relatives, agents, technicians, annotators and reviewers named in comments,
lawyers, judges, bailiffs, doctors) are persons; logins and annotator codes (anot_03) are
not, and half the macro authors, reviewers and exporters are logins (ehackbart). A value
inside a JSON string that escapes quotes (\\") is labelled without them; a few
JSONL records keep json.dumps's ASCII escapes (Jo\\u00e3o), labelled as they stand. ADDRESS is
street type + name + number + complement (bairro, city/UF outside; CEP is BR_CEP); the address
of a company, a court, a clinic or a law office is not labelled, a leased home is. Agency and
account are separate BANK_ACCOUNT spans; bank codes are not. DATE_OF_BIRTH only for birth
dates (any format, spelt out too); admission, hearing, collection and transaction dates are
not. PROFESSIONAL_ID includes the council acronym and UF ("CRM-SP 12345", "OAB 123456/SP").
PIX_KEY only for random (UUID) keys; Pix keys that are a CPF, e-mail or phone take those
labels. Identifiers dictated in words in a transcript are not labelled; digits are. People's
corporate e-mails are EMAIL_ADDRESS. Masked values (***.456.789-**, "final 4821",
m****@gmail.com), 0800 numbers, CTPS numbers, protocol, order, contract and process numbers,
boleto lines and Pix end-to-end ids are not labelled.

Names: Brazilian names of many origins (Portuguese common and regional, coined names such as
Jhenyffer, Ruanderson, Daylane, Maxsuel; Italian, German, Japanese/Okinawan, Lebanese, Polish,
Korean, Chinese, Vietnamese, Bolivian, Venezuelan, Haitian, Angolan, Nigerian, indigenous,
Jewish, Greek, Armenian), at least a quarter of the name words rare or invented; names that
are also words (Rosa, Glória, Luz, Clara, Serena, Celeste, Bento, Prudente, Justo, Severo,
Modesto, Constante, Leão, Paz) next to the same words as words ("dor constante", "quadro
severo", "serena, colaborativa", "seria prudente", "valor modesto", "veio rosa", "glória a
Deus", "conta de luz") and in places, streets and companies (Presidente Prudente, Bento
Gonçalves, Rua da Glória, Hospital Dona Glória Rocha, Leão & Prudente Advogados, Clínica Santa
Clara, Cooperativa Vale da Paz), which are not persons. Forms: full, ALL CAPS without
accents, lower case, short, first name alone, nickname.

Hard negatives (never labelled): placeholders of every style, persona names of assistants,
logins, class labels, ICD-10 codes, CNJ process numbers, contract, order, attendance and
protocol numbers and RENAVAMs (11-digit ones fail the CPF check, which check() asserts),
CTPS numbers, record numbers, boleto lines, Pix end-to-end ids, answer_start offsets, laws
(Lei 13.709/2018, Lei 8.245/1991, art. 42 da Lei 8.078/1990), money, dates that are not
birth dates, company, hospital and street names with surnames or name-words, masked
documents and cards, e-mails dictated in words ("h ponto vilanova arroba icloud ponto com").
"""

from __future__ import annotations

import datetime
import json
import random
import re
import sys
import unicodedata
import uuid
from pathlib import Path

HERE = Path(__file__).parent
SEED = 21

# --------------------------------------------------------------------------- check digits


# --------------------------------------------------------------------------- check digits

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
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]

# --------------------------------------------------------------------------- name pools
# RARE_* hold uncommon, regional or coined names; main() prints their share of PERSON words.
# --------------------------------------------------------------------------- name pools
# RARE_* hold uncommon, regional or coined names; main() prints their share of PERSON words.

PT_F = ["Adriana", "Patrícia", "Fernanda", "Juliana", "Camila", "Letícia", "Gabriela", "Larissa", "Tatiane",
        "Cristina", "Sandra", "Simone", "Roberta", "Priscila", "Aline", "Mariana", "Beatriz", "Isabela",
        "Manuela", "Heloísa", "Valentina", "Lorena", "Raquel", "Elaine", "Fabiana", "Maria José", "Ana Paula",
        "Maria de Fátima", "Ana Beatriz", "Luciana", "Rafaela", "Sabrina", "Viviane", "Natália"]
RARE_F = ["Gleidiane", "Marinalva", "Cleonice", "Edinalva", "Rosilda", "Ivonete", "Zilmar", "Elenilda",
          "Lucicleide", "Ayslane", "Thaylane", "Kemilly", "Rayane", "Walquíria", "Adenilza", "Genilda",
          "Maridalva", "Djanira", "Eulália", "Quitéria", "Jucilene", "Waldirene", "Lindinalva", "Rosélia",
          "Doralice", "Sebastiana", "Cremilda", "Jhenyffer", "Daylane", "Gleisiane", "Adrielly", "Crislaine",
          "Maria do Socorro", "Benedita", "Iracilda", "Edjane", "Luzinete", "Nilzete"]
PT_M = ["Rodrigo", "Eduardo", "Ricardo", "Gustavo", "Thiago", "Rafael", "Bruno", "Diego", "Vinícius",
        "Anderson", "Márcio", "Roberto", "Antônio", "Francisco", "José Carlos", "João Pedro", "Luiz Fernando",
        "Miguel", "Arthur", "Heitor", "Lucas", "Matheus", "Gabriel", "Henrique", "Sebastião", "Raimundo",
        "Benedito", "Geraldo", "Edson", "Adilson", "Emerson", "Fábio", "Maurício"]
RARE_M = ["Jucelino", "Edivaldo", "Gerivaldo", "Cleverson", "Uanderson", "Weverton", "Natanael", "Derivaldo",
          "Erinaldo", "Valdomiro", "Adailton", "Gedeão", "Heráclito", "Olímpio", "Sandoval", "Tertuliano",
          "Zenildo", "Kauan", "Ryan Victor", "Pyetro", "Jhonatan", "Maicon", "Deividson", "Raimundo Nonato",
          "Euclides", "Anísio", "Belarmino", "Cosme", "Damião", "Tayrone", "Kelvyn", "Ruanderson",
          "Luanderson", "Maxsuel", "Welison", "Edcarlos", "Josenildo", "Irineu"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Ferreira", "Almeida", "Nascimento", "Araújo",
          "Melo", "Barros", "Rocha", "Dias", "Monteiro", "Moreira", "Cunha", "Batista", "Borges", "Farias",
          "Medeiros", "Tavares", "Sales", "Brito", "Macedo", "Guimarães", "Peixoto", "Queiroz", "Matos",
          "Sampaio", "Vasconcelos", "Fonseca", "Aguiar", "Siqueira", "Xavier"]
RARE_SUR = ["Alcântara", "Bittencourt", "Calazans", "Damasceno", "Fontenele", "Gusmão", "Ibiapina", "Jatobá",
            "Leitão", "Nóbrega", "Ornelas", "Portela", "Quaresma", "Rabelo", "Tabosa", "Uchoa", "Valadares",
            "Wanderley", "Benevides", "Dourado", "Gurgel", "Juaçaba", "Mourão", "Paranaguá", "Pitombeira",
            "Sucupira", "Torquato", "Quixabeira", "Aroeira", "Pindaré", "Brasileiro", "Arcoverde", "Caldas Brandão",
            "Espínola", "Feitosa Lins", "Mangabeira", "Sertório", "Vilanova", "Tibúrcio", "Crisóstomo"]
WORD_F = ["Rosa", "Glória", "Luz", "Celeste", "Clara", "Serena", "Pérola", "Estrela"]
WORD_M = ["Bento", "Amado", "Leão", "Prudente", "Justo", "Severo", "Modesto", "Constante"]
WORD_SUR = ["Rosa", "Branco", "Leão", "Prudente", "Paz", "Leite", "Coelho", "Lobo", "Carneiro", "Serra",
            "Monte", "Justo", "Bastos", "Pinheiro", "Raposo", "Severo", "Bento", "Fortes"]
NICK = {"José Carlos": "Zeca", "Francisco": "Chico", "Antônio": "Toninho", "Sebastião": "Tião",
        "Raimundo": "Mundinho", "Raimundo Nonato": "Nonato", "Maria do Socorro": "Corrinha",
        "Maria José": "Zezé", "Maria de Fátima": "Fatinha", "Benedita": "Dita", "Luiz Fernando": "Nando",
        "João Pedro": "JP", "Gedeão": "Deão", "Quitéria": "Teca", "Cremilda": "Mida", "Eduardo": "Dudu",
        "Rodrigo": "Digão", "Heráclito": "Cacá", "Euclides": "Quido", "Luzinete": "Netinha"}
FOREIGN = {
    "it": (["Giuliana", "Carla Maria", "Antonella"], ["Giuseppe", "Enrico", "Dante"],
           ["Zanetti", "Bortolini", "Pegoraro", "Dal Molin", "Tonietto", "Ferrarin", "Scarpari"]),
    "de": (["Hildegard", "Irmgard", "Elke"], ["Friedrich", "Gunther", "Egon"],
           ["Schmitt", "Wagner", "Kuhn", "Zimmermann", "Hackbart", "Ristow", "Janke"]),
    "jp": (["Keiko", "Yumi", "Harumi"], ["Massao", "Tadashi", "Yoshio"],
           ["Nakamura", "Higa", "Miyagi", "Shimabukuro", "Okamoto", "Tanaka"]),
    "ar": (["Samira", "Jamile", "Najla"], ["Jamil", "Salim", "Nabil"],
           ["Jorge Abdo", "Saad", "Chahine", "Karam", "Hajjar", "Feres"]),
    "pl": (["Jadwiga", "Halina"], ["Kazimierz", "Stanisław"], ["Wiśniewski", "Kowalczyk", "Dombrowski", "Nowak"]),
    "kr": (["Eun-ji", "Soo-yeon"], ["Dong-hyun", "Min-ho"], ["Park", "Lee", "Kang", "Han"]),
    "cn": (["Mei", "Xiuying"], ["Wei", "Jun"], ["Wang", "Liu", "Zhang", "Huang"]),
    "vn": (["Thi Lan", "Ngoc Anh"], ["Van Minh", "Duc"], ["Nguyen", "Tran", "Pham"]),
    "bo": (["Ninfa", "Eulogia", "Marisol"], ["Evo Freddy", "Teodoro", "Remigio"],
           ["Mamani", "Condori", "Choque", "Quispe", "Huanca"]),
    "ve": (["Yusmary", "Oriana", "Dayana"], ["Yonder", "Wilmer", "Jhoan"], ["Rondón", "Briceño", "Colmenares", "Urdaneta"]),
    "ht": (["Nadège", "Fabiola", "Marie-Lourdes"], ["Jean-Baptiste", "Wisly", "Stanley"],
           ["Pierre", "Jean-Louis", "Désir", "Augustin", "Saint-Fleur"]),
    "ao": (["Nzinga", "Esperança Kalunga"], ["Kanda", "Mbemba"], ["Kiala", "Mbuta", "Lukamba", "Sambo"]),
    "ng": (["Chiamaka", "Ngozi"], ["Chinedu", "Emeka"], ["Okafor", "Adeyemi", "Nwosu"]),
    "in": (["Potyra", "Yara", "Jaciara"], ["Ubiratã", "Raoni", "Kauê"], ["Terena", "Guajajara", "Pataxó", "Baniwa"]),
    "jw": (["Sara", "Ester", "Miriam"], ["Moisés", "Jacó", "Benjamin"], ["Feldman", "Rosenberg", "Goldstein", "Klabin"]),
    "gr": (["Eleni", "Despina"], ["Konstantinos", "Nikos"], ["Papadopoulos", "Kyriakos", "Stavrou"]),
    "am": (["Anahid", "Siranush"], ["Garabed", "Hagop"], ["Kechichian", "Boghossian", "Manoukian"]),
}
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in ("ht", "ao", "ng", "in", "pl", "bo", "ve", "vn", "gr", "am", "jw"):
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])
PARTICLES = ["da", "de", "do", "das", "dos"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Rosa", "Paz", "Serra", "Silva", "Rocha", "Cunha", "Fonseca", "Glória"}
DO_SUR = {"Nascimento", "Monte", "Carmo"}
DOS_SUR = {"Santos", "Anjos"}


def particle(surname: str) -> str:
    if surname in DA_SUR:
        return "da"
    if surname in DO_SUR:
        return "do"
    if surname in DOS_SUR:
        return "dos"
    return "de"


DDDS = ["11", "12", "13", "15", "16", "18", "19", "21", "24", "27", "28", "31", "34", "35", "38", "41", "42",
        "44", "47", "48", "49", "51", "53", "55", "61", "62", "63", "65", "66", "67", "68", "71", "73", "77",
        "79", "81", "82", "84", "85", "86", "87", "89", "91", "93", "94", "96", "97", "98"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Estrada", "Rodovia",
                "Praça", "Largo", "Vila", "Ladeira"]
STREET_NAMES = ["Rosa e Silva", "Doutor Justo Leite", "da Glória", "Celeste Serra", "Prudente de Morais",
                "Bento Viana", "das Pitombeiras", "Coronel Belarmino Gurgel", "Professora Edinalva Tabosa",
                "Sete de Setembro", "Treze de Maio", "Barão de Mauá", "Clara Nunes", "da Paz", "Marechal Deodoro",
                "Visconde de Pirajá", "Tenente Zenildo Uchoa", "dos Ipês", "Estrela do Norte", "Monte Castelo",
                "Padre Cícero", "Beira-Mar", "Dois de Julho", "Irmã Dulce", "Desembargador Quaresma",
                "dos Jangadeiros", "Senador Pompeu", "das Aroeiras", "Getúlio Vargas", "Leão Coroado",
                "Maestro Anísio Sucupira", "Pastor Natanael Brito"]
CITIES = [("Presidente Prudente", "SP"), ("Bento Gonçalves", "RS"), ("Glória de Dourados", "MS"),
          ("Monte Alegre", "PA"), ("Serra Talhada", "PE"), ("Paz de Ariporanga", "MG"), ("Santa Rosa", "RS"),
          ("Campina Grande", "PB"), ("Caruaru", "PE"), ("Mossoró", "RN"), ("Imperatriz", "MA"), ("Feira de Santana", "BA"),
          ("Uberlândia", "MG"), ("Montes Claros", "MG"), ("Governador Valadares", "MG"), ("Bauru", "SP"),
          ("Sorocaba", "SP"), ("Franca", "SP"), ("Cascavel", "PR"), ("Ponta Grossa", "PR"), ("Blumenau", "SC"),
          ("Chapecó", "SC"), ("Santa Maria", "RS"), ("Anápolis", "GO"), ("Sinop", "MT"), ("Ji-Paraná", "RO"),
          ("Santarém", "PA"), ("Arapiraca", "AL"), ("Juazeiro do Norte", "CE"), ("Teresina", "PI"),
          ("Vitória", "ES"), ("Volta Redonda", "RJ"), ("Niterói", "RJ"), ("Rio Branco", "AC")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN",
       "PB", "MT", "MS", "PI", "SE", "AL", "TO", "RO", "AC", "AP", "RR"]
BAIRROS = ["Jardim Glória", "Vila Rosa", "Centro", "Boa Vista", "Parque Leão", "Alto da Serra", "Jardim Celeste",
           "Vila Prudente", "Monte Verde", "Jardim Paz", "Bento Ribeiro", "Estrela Dalva", "Cidade Alta"]
CIDS = ["E11.9", "I10", "J45.9", "N39.0", "K35.8", "M54.5", "F41.1", "O80", "A90", "C61", "G43.9", "R51",
        "J06.9", "L03.1", "E03.9", "Z32.1", "I21.9", "S82.2", "B01.9", "D50.9", "I64", "E78.0", "J44.1"]
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
        return self.given.split()[0] if not self.given.startswith(("Maria d", "Thi ", "Van ", "Ngoc ")) else self.given

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
        if r < 0.52:
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
            if not female and rng.random() < 0.05:
                surnames.append(self.pick(SUFFIXES))
        else:
            fs, ms, sur = FOREIGN[origin]
            if rng.random() < 0.3 and origin not in ("kr", "cn", "vn"):
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
                          f"{l}.{f}", f"{f}.{l}{self.rng.randint(70, 99)}", f"{f}{l[:4]}", f"{f[0]}.{l}"])
        domain = domain or self.pick(["gmail.com", "gmail.com", "hotmail.com", "yahoo.com.br", "outlook.com",
                                      "bol.com.br", "uol.com.br", "icloud.com", "live.com", "ig.com.br"])
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
        style = style or self.pick(["dot", "dot", "raw"])
        return {"dot": fmt_cpf(n), "raw": n, "sp": f"{n[:3]} {n[3:6]} {n[6:9]} {n[9:]}"}[style]


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

    def phone_parts(self, mobile: bool = True) -> tuple[str, str]:
        ddd = self.pick(DDDS)
        local = ("9" + str(self.rng.randint(6, 9)) + self.d(7)) if mobile else (str(self.rng.randint(2, 5)) + self.d(7))
        return ddd, local

    def phone(self, style: str | None = None, mobile: bool = True, parts: tuple[str, str] | None = None) -> str:
        """One phone number; pass the same `parts` to write one number in two styles."""
        ddd, local = parts or self.phone_parts(mobile)
        h, t = local[:-4], local[-4:]
        style = style or self.pick(["par", "plus", "plain", "e164", "raw", "dash", "par"])
        return {"par": f"({ddd}) {h}-{t}", "plus": f"+55 {ddd} {h}-{t}", "plain": f"{ddd} {h}-{t}",
                "e164": f"+55{ddd}{local}", "raw": f"{ddd}{local}", "dash": f"{ddd}-{h}-{t}",
                "sp": f"{ddd} {h} {t}", "cc": f"55{ddd}{local}", "nospace": f"({ddd}){h}-{t}"}[style]

    def card(self, spaced: bool = True) -> str:
        b = self.pick(["4", "5", "5", "6"])
        b += self.d(14)
        n = b + luhn_dv(b)
        return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if spaced else n

    def plate(self, old: bool | None = None) -> str:
        L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        a = "".join(self.pick(L) for _ in range(3))
        old = self.chance(0.4) if old is None else old
        if old:
            return f"{a}-{self.d(4)}" if self.chance(0.8) else f"{a}{self.d(4)}"
        return f"{a}{self.d(1)}{self.pick(L)}{self.d(2)}"

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))


    def agency(self, dv: bool | None = None) -> str:
        dv = self.chance(0.3) if dv is None else dv
        return f"{self.d(4)}-{self.d(1)}" if dv else self.d(4)

    def account(self, dv: bool | None = None) -> str:
        dv = self.chance(0.75) if dv is None else dv
        body = str(self.rng.randint(1, 9)) + self.d(self.rng.randint(4, 8))
        return f"{body}-{self.pick('0123456789X')}" if dv else body

    def ip(self) -> str:
        first = self.pick([177, 179, 186, 187, 189, 191, 200, 201, 138, 152, 170, 45, 131, 143])
        return f"{first}.{self.rng.randint(0, 255)}.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}"

    def street_parts(self) -> tuple[str, str, str, str]:
        t = self.pick(STREET_TYPES)
        name = self.pick(STREET_NAMES)
        num = str(self.rng.randint(3, 3999)) if self.chance(0.92) else "s/n"
        comp = self.pick(["", "", "", f"apto {self.rng.randint(11, 1204)}", f"casa {self.rng.randint(1, 9)}",
                          f"bloco {self.pick('ABCDE')} apto {self.rng.randint(11, 408)}", "fundos",
                          f"lote {self.rng.randint(1, 30)}", f"qd {self.rng.randint(1, 40)} lt {self.rng.randint(1, 30)}"])
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
        abbr = {"Rua": "R.", "Avenida": "Av.", "Travessa": "Tv.", "Alameda": "Al."}
        if self.chance(0.3) and t in abbr:
            t = abbr[t]
        sep = self.pick([", ", ", nº ", " "])
        return f"{t} {name}{sep}{num}" + (self.pick([", ", " - ", " "]) + comp if comp else "")

    def city(self) -> tuple[str, str]:
        return self.pick(CITIES)

    def dob_parts(self, lo: int = 1940, hi: int = 2008) -> tuple[int, int, int]:
        return self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(lo, hi)

    def dob(self, fmt: str | None = None, lo: int = 1940, hi: int = 2008) -> str:
        dd, mm, yy = self.dob_parts(lo, hi)
        fmt = fmt or self.pick(["br", "iso", "short", "long", "dash", "nopad", "dot"])
        return fmt_date(dd, mm, yy, fmt)

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        y = year or self.pick([2024, 2025, 2025, 2025])
        return fmt_date(self.rng.randint(1, 28), self.rng.randint(1, 12), y, fmt)


    def hm(self) -> str:
        return f"{self.rng.randint(6, 23):02d}:{self.rng.randint(0, 59):02d}"

    def hms(self) -> str:
        return f"{self.rng.randint(0, 23):02d}:{self.rng.randint(0, 59):02d}:{self.rng.randint(0, 59):02d}"


    def money(self, lo: int = 20, hi: int = 50000) -> str:
        v = self.rng.randint(lo * 100, hi * 100)
        r, c = divmod(v, 100)
        return f"{r:,}".replace(",", ".") + f",{c:02d}"

    def cnj(self, seg: str | None = None) -> str:
        seg = seg or self.pick(["8.26", "8.16", "8.05", "5.04", "5.15", "8.19", "4.03", "8.13", "8.17"])
        return f"{self.d(7)}-{self.d(2)}.{self.rng.randint(2018, 2025)}.{seg}.{self.d(4)}"

    def protocol(self) -> str:
        return self.pick([f"{self.rng.randint(2024, 2025)}{self.d(8)}", self.neg(11), f"{self.d(3)}.{self.d(3)}.{self.d(3)}",
                          f"#{self.d(9)}", self.neg(12), f"SAC-{self.d(7)}"])

    def version(self) -> str:
        return f"{self.rng.randint(0, 4)}.{self.rng.randint(0, 31)}.{self.rng.randint(0, 19)}"

    def council(self, kind: str = "CRM", uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.rng.randint(1000, 259999)
        dotted = f"{n:,}".replace(",", ".")
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} {n}", f"OAB-{uf} {n}", f"OAB {uf} {dotted}"])
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {dotted}-ENF", f"COREN-{uf} {n}-TE"])
        if kind == "CRBM":
            return f"CRBM-{self.rng.randint(1, 6)} {self.d(5)}"
        if kind == "CRF":
            return self.pick([f"CRF-{uf} {n}", f"CRF/{uf} {n}"])
        if kind == "CRO":
            return self.pick([f"CRO-{uf} {n}", f"CRO/{uf} {n}"])
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dotted}", f"CRM-{uf} {n}"])


def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def fmt_date(dd: int, mm: int, yy: int, fmt: str) -> str:
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}", "compact": f"{yy}{mm:02d}{dd:02d}",
            "short": f"{dd:02d}/{mm:02d}/{yy % 100:02d}", "long": f"{dd} de {MONTHS[mm - 1]} de {yy}",
            "dash": f"{dd:02d}-{mm:02d}-{yy}", "nopad": f"{dd}/{mm}/{yy}", "dot": f"{dd:02d}.{mm:02d}.{yy}",
            "en": f"{MONTHS_EN[mm - 1]} {dd}, {yy}", "en_uk": f"{dd} {MONTHS_EN[mm - 1]} {yy}",
            "us": f"{mm:02d}/{dd:02d}/{yy}", "caps": f"{dd} DE {fold(MONTHS[mm - 1]).upper()} DE {yy}"}[fmt]


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

    def f(self, template: str, _lit=None, **vals) -> "Doc":
        """Append `template`; «key» takes vals[key]: a (value, LABEL) tuple is a gold span,
        a Doc is appended with its spans, a (value, None) tuple or a plain value is text. `_lit`, when given, rewrites the
        template's own text (json.dumps's ASCII escapes); values come in already written."""
        lit = _lit or (lambda x: x)
        cursor = 0
        for m in MARK.finditer(template):
            self.t(lit(template[cursor:m.start()]))
            v = vals[m.group(1)]
            if isinstance(v, tuple):
                self.e(v[0], v[1])
            elif isinstance(v, Doc):
                self.add(v)
            else:
                self.t(str(v))
            cursor = m.end()
        self.t(lit(template[cursor:]))
        return self

    def add(self, other: "Doc") -> "Doc":
        base = len(self.text)
        self.text += other.text
        self.spans += [{"start": s["start"] + base, "end": s["end"] + base, "label": s["label"]} for s in other.spans]
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


# --------------------------------------------------------------------------- tables and shared bits


def login(p: Person) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return f"{f[0]}{l}"


def corp_mail(p: Person, dom: str) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return f"{f}.{l}@{dom}"


def uesc(s: str) -> str:
    """json.dumps's default: every non-ASCII character as \\uXXXX (nothing else changes)."""
    return "".join(c if ord(c) < 128 else f"\\u{ord(c):04x}" for c in s)


def keep(s: str) -> str:
    return s


def cpf_two(g: Gen) -> tuple[str, str]:
    """One CPF written twice: formatted (the prompt) and bare digits (the answer)."""
    n = g.cpf_digits()
    return fmt_cpf(n), n


def cep_two(g: Gen) -> tuple[str, str]:
    c = g.cep()
    return c, c.replace("-", "")


def date_run(g: Gen, n: int, fmt: str = "br", year: int | None = None) -> list[str]:
    """n dates in order, a few days apart (the entries of one ticket or one statement)."""
    day = datetime.date(year or g.pick([2024, 2025, 2025]), g.rng.randint(1, 11), g.rng.randint(1, 20))
    out = []
    for _ in range(n):
        out.append(fmt_date(day.day, day.month, day.year, fmt))
        day += datetime.timedelta(days=g.rng.randint(0, 6))
    return out


def author(g: Gen, p: Person, written: str):
    """Who wrote a macro or an example: a person's name, or (as often) a login, which is none."""
    return P(written) if g.chance(0.5) else login(p)


def age(yy: int) -> int:
    return 2025 - yy - 1


def oab(g: Gen, uf: str | None = None) -> str:
    uf = uf or g.pick(UFS)
    n = g.rng.randint(10000, 499999)
    dotted = f"{n:,}".replace(",", ".")
    return g.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} nº {n}", f"OAB {n}/{uf}", f"OAB-{uf} {dotted}"])


BOTS = ["Lia", "Aurora", "Bia", "Nina", "Sofia", "Duda", "Jade", "Theo"]
STORES = ["Coelho Móveis e Eletro", "Rosa & Leite Cosméticos", "Loja Estrela Calçados", "Magazine Bento Viana",
          "Supermercados Serra Azul", "Casa Prudente Utilidades", "Telefônica Aurora"]
DS_NAMES = ["sac_sft_v4", "juris-instruct-ptbr", "triagem_cls_2025", "cred_qa_gold", "macro_rewrite_v2", "extr_json_r3",
            "resumos_plantao", "fraude_cls_v7", "atend-chatml-mix", "kyc_fewshot"]


def sft_header(g: Gen, kind: str) -> str:
    return g.pick([f"# {g.pick(DS_NAMES)} · {kind} · shard {g.rng.randint(0, 31):05d}-of-00032\n",
                   f"<!-- fonte: export {g.date('iso')} · {g.rng.randint(120, 9000)} exemplos · revisado: não -->\n",
                   f"## {kind} — amostra para revisão da equipe de dados ({g.date('br')})\n", ""])


def jq(value: str, label: str):
    """A JSON value: the quoted string as a span, or null when there is none."""
    return Doc().t('"').e(value, label).t('"') if value else "null"


# =========================================================================== atendimento


def at_hash_pairs(g: Gen) -> Doc:
    """Flattened "### Instrução / ### Resposta" SFT pairs: customer case in the prompt, the
    answer restating it (first name only, CPF as bare digits, same address in another case)."""
    doc = Doc()
    doc.t(sft_header(g, "instrução/resposta"))
    store = g.pick(STORES)
    sep = g.pick(["<|endoftext|>\n", "\n---\n\n", "\n</s>\n", "\n\n"])
    for kind in g.rng.sample([0, 1, 2, 3], g.pick([2, 3, 3])):
        c = g.person()
        ag = g.person()
        if kind == 0:
            cf, cb = cpf_two(g)
            pp = g.phone_parts()
            doc.f("### Instrução:\nEscreva a resposta do atendente para o caso abaixo. Confirme os dados do titular antes de "
                  "concluir a portabilidade.\nCaso: «n» (CPF «cf», linha «t1») pediu portabilidade para a «st». "
                  "Atendente original: «ag».\n\n### Resposta:\nOlá, «f»! Recebemos seu pedido de portabilidade da linha «t2». "
                  "Para sua segurança, confirmamos o CPF «cb» vinculado à linha. A janela de portabilidade é de até 3 dias úteis. "
                  "Qualquer dúvida, fale com a gente. Abraço, «ag2».\n",
                  n=P(name_form(g, c, ["full", "full", "caps", "low"])), cf=(cf, "BR_CPF"), t1=(g.phone("par", parts=pp), "PHONE_NUMBER"),
                  st=g.pick(["Telefônica Aurora", "operadora Estrela Móvel", "Serra Telecom"]), ag=P(ag.full),
                  f=P(c.first), t2=(g.phone(g.pick(["plain", "raw", "dash"]), parts=pp), "PHONE_NUMBER"), cb=(cb, "BR_CPF"),
                  ag2=P(ag.first))
        elif kind == 1:
            t, nm, num, comp = g.street_parts()
            ad = f"{t} {nm}, {num}" + (f", {comp}" if comp else "")
            ce, cr = cep_two(g)
            doc.f("### Instrução:\nReescreva a mensagem do cliente em tom neutro, mantendo todos os dados para o time de logística.\n"
                  "Mensagem: \"JÁ MANDEI MEU ENDEREÇO 3 VEZES!!! «ad1» CEP «c1». assinado «n1»\"\n\n### Resposta:\n"
                  "«oc» «n2» informa que já enviou o endereço de entrega mais de uma vez: «ad2», CEP «c2». "
                  "Pede que a entrega seja feita «w».\n",
                  ad1=(fold(ad).upper(), "ADDRESS"), c1=(ce, "BR_CEP"), n1=P(c.caps), oc="A cliente" if c.female else "O cliente", n2=P(c.short), ad2=(ad, "ADDRESS"),
                  c2=(cr, "BR_CEP"), w=g.pick(["em horário comercial", "com o porteiro",
                                               "depois das 14h, porque de manhã não tem ninguém em casa"]))
        elif kind == 2:
            key = g.uuid()
            em = g.email(c)
            doc.f("### Instrução:\nO cliente quer estorno por Pix de uma compra cancelada. Responda explicando o prazo.\n"
                  "Dados do ticket: cliente «n» · e-mail «e» · chave Pix informada «k» · pedido «pd» · atendente «ag»\n\n"
                  "### Resposta:\nOi, «f», tudo bem? Seu estorno de R$ «m» foi aprovado e cai na chave Pix «k2» em até 2 dias úteis. "
                  "Vamos mandar o comprovante para «e2». «sig»\n",
                  n=P(name_form(g, c, ["full", "plain", "caps"])), e=(em, "EMAIL_ADDRESS"), k=(key, "PIX_KEY"),
                  pd=f"PD-{g.d(7)}", ag=P(ag.short), f=P(g.pick([c.first, c.nick])), m=g.money(40, 3000), k2=(key, "PIX_KEY"),
                  e2=(em, "EMAIL_ADDRESS"),
                  sig=g.pick([f"Equipe {store}", "Time de Atendimento", f"Assinado: {g.pick(BOTS)}, assistente virtual"]))
        else:
            dd, mm, yy = g.dob_parts(1950, 2003)
            pp = g.phone_parts()
            doc.f("### Instrução:\nResponda ao pedido de atualização cadastral. Não repita o número do documento na resposta.\n"
                  "Cliente: «n», nascid«o» em «d1», RG «rg», novo celular «t».\n\n### Resposta:\n«f», atualizamos seu cadastro "
                  "com o novo celular «t2». A data de nascimento («d2») já estava correta. Seria prudente conferir também o e-mail "
                  "cadastrado no app.\n",
                  n=P(c.full), o=c.o, d1=(fmt_date(dd, mm, yy, "br"), "DATE_OF_BIRTH"), rg=(g.rg(), "BR_RG"),
                  t=(g.phone("par", parts=pp), "PHONE_NUMBER"), f=P(c.first), t2=(g.phone("plus", parts=pp), "PHONE_NUMBER"),
                  d2=(fmt_date(dd, mm, yy, g.pick(["long", "nopad"])), "DATE_OF_BIRTH"))
        doc.t(sep)
    return doc


def at_chatml(g: Gen) -> Doc:
    """Support transcripts flattened with <|system|>/<|user|>/<|assistant|> markers; the bot's
    persona name is no person, the customer's and her relatives' are."""
    doc = Doc()
    doc.t(sft_header(g, "chat"))
    bot = g.pick(BOTS)
    co = g.pick(["da Telefônica Aurora", "do Banco Esperança", "da Coelho Móveis e Eletro", "da Serra Telecom"])
    for _ in range(g.pick([1, 2, 2])):
        c = g.person()
        rel = g.relative(c)
        cf, cb = cpf_two(g)
        em = g.email(c)
        em2 = g.email(rel)
        doc.f("<|system|>\nVocê é «b», assistente virtual «co». Seja breve, nunca peça senha e confirme o titular pelo CPF.\n"
              "<|user|>\noi «b2», aqui é «n1», quero a segunda via da fatura\n<|assistant|>\nOi, «f1»! Claro. Pode me informar o "
              "CPF do titular?\n<|user|>\n«cpf1»\n<|assistant|>\nObrigad«ba»! Encontrei o cadastro de «n2» (CPF «cpf2»). A fatura "
              "vence dia «dv». Envio para o e-mail cadastrado, «e1»?\n<|user|>\nnão, manda pro «e2» que é d«ro» «r1», «ele» que paga\n"
              "<|assistant|>\nPronto, «f2»: enviei a segunda via para «e3». Posso ajudar em algo mais?\n<|user|>\n«end»\n"
              "<|assistant|>\n«bye»\n<|endoftext|>\n",
              b=bot, co=co, b2=bot.lower() if g.chance(0.5) else bot, n1=P(name_form(g, c, ["low", "lowfirst", "first", "lowshort"])),
              f1=P(c.first), cpf1=(g.pick([cf, cb, f"{cb[:3]} {cb[3:6]} {cb[6:9]} {cb[9:]}"]), "BR_CPF"),
              ba="a" if bot in ("Lia", "Aurora", "Bia", "Nina", "Sofia", "Duda", "Jade") else "o",
              n2=P(c.full), cpf2=(cb, "BR_CPF"), dv=g.rng.randint(1, 28), e1=(em, "EMAIL_ADDRESS"), e2=(em2, "EMAIL_ADDRESS"),
              ro="o" if not rel.female else "a", ele="ela" if rel.female else "ele", r1=P(g.pick([rel.first, rel.low.split()[0], rel.short])),
              f2=P(c.first), e3=(em2, "EMAIL_ADDRESS"),
              end=g.pick(["só isso, obg", "não, valeu", "era só isso, glória a Deus resolveu rápido", "nao obrigad" + c.o]),
              bye=g.pick(["Por nada! Tenha um ótimo dia.", Doc().f("Eu que agradeço, «f»!", f=P(c.first)), "Até mais!"]))
    return doc


def at_macros(g: Gen) -> Doc:
    """A macro library exported as JSONL: templates with placeholders (not labelled) beside the
    example the author filled in with a real customer (labelled); some lines keep json.dumps's
    ASCII escapes."""
    doc = Doc()
    asc = g.chance(0.35)
    E = uesc if asc else keep
    lit = uesc if asc else None
    store = g.pick(STORES)
    for kind in g.rng.sample([0, 1, 2, 3], 3):
        c = g.person()
        au = g.person()
        mid = f"MAC-{g.d(3)}"
        if kind == 0:
            doc.f('{"macro_id": "«id»", "titulo": "Atraso na entrega", "template": "Olá, {{nome_cliente}}! Seu pedido '
                  '{{numero_pedido}} está a caminho do endereço {{endereco_entrega}}. Nova previsão: {{data_prevista}}.", '
                  '"exemplo_preenchido": "Olá, «f»! Seu pedido «pd» está a caminho do endereço «ad». Nova previsão: «dt».", '
                  '"autor": "«au»", "variaveis": ["nome_cliente", "numero_pedido", "endereco_entrega", "data_prevista"]}\n',
                  _lit=lit, id=mid, f=P(E(c.first)), pd=g.d(8), ad=(E(g.address()), "ADDRESS"), dt=g.date("br"),
                  au=author(g, au, E(au.full)))
        elif kind == 1:
            doc.f('{"macro_id": "«id»", "titulo": "Confirmação de cadastro", "template": "Prezado(a) [NOME DO CLIENTE], '
                  'confirmamos o cadastro do CPF [CPF] e do telefone (XX) XXXXX-XXXX.", "exemplo_preenchido": "Prezado(a) «n», '
                  'confirmamos o cadastro do CPF «cpf» e do telefone «t».", "autor": "«au»", "revisado": «rv»}\n',
                  _lit=lit, id=mid, n=P(E(name_form(g, c, ["full", "caps", "full"]))), cpf=(g.cpf("dot"), "BR_CPF"),
                  t=(g.phone("par"), "PHONE_NUMBER"), au=author(g, au, E(au.short)), rv=g.pick(["true", "false"]))
        elif kind == 2:
            doc.f('{"macro_id": "«id»", "titulo": "Troca de produto", "template": "Oi %NOME%! A troca do item %PRODUTO% foi '
                  'aprovada. A coleta será no endereço cadastrado (%ENDERECO%), CEP %CEP%.", "exemplo_preenchido": "Oi «f»! '
                  'A troca do item «pr» foi aprovada. A coleta será no endereço cadastrado («ad»), CEP «cep».", '
                  '"obs": "«ob»"}\n',
                  _lit=lit, id=mid, f=P(E(g.pick([c.first, c.nick]))), pr=E(g.pick(["sofá retrátil Glória 3L", "tênis Estrela Run 39",
                                                                                     "batom Rosa Nude", "ventilador Leão Turbo"])),
                  ad=(E(g.address()), "ADDRESS"), cep=(g.cep(), "BR_CEP"),
                  ob=E(g.pick(["exemplo real, trocar antes de subir", "não usar com cliente PJ", "Fulano de Tal no exemplo antigo",
                               "cor rosa e branco esgotadas"])))
        else:
            em = g.email(c)
            doc.f('{"macro_id": "«id»", "titulo": "Recuperação de acesso", "template": "Olá, ${primeiro_nome}. Enviamos o link de '
                  'redefinição para ${email_mascarado}. Se não foi você, ligue 0800 «z».", "exemplo_preenchido": "Olá, «f». '
                  'Enviamos o link de redefinição para «ms». Se não foi você, ligue 0800 «z».", "exemplo_interno": "cliente «n» '
                  '<«e»>, login «lg», último acesso do IP «ip»", "autor": "«au»"}\n',
                  _lit=lit, id=mid, z=f"{g.d(3)} {g.d(4)}", f=P(E(c.first)), ms=em[0] + "****@" + em.split("@")[1],
                  n=P(E(c.full)), e=(em, "EMAIL_ADDRESS"), lg=login(c), ip=(g.ip(), "IP_ADDRESS"), au=author(g, au, E(au.first)))
    ex = g.person()
    doc.f("# «n» macros · loja: «s» (CNPJ «cnpj») · exportado por «w»\n", n=g.rng.randint(40, 300), s=store,
          cnpj=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"), w=author(g, ex, ex.full))
    return doc


COMPLAINTS = [
    ("reclamação", "comprei um sofá na {loja} e veio rosa em vez de cinza, já liguei 4 vezes e ninguém resolve. {nome} {tel}"),
    ("reclamação", "Meu nome é {nome}, CPF {cpf}. Cobraram duas vezes a mesma fatura e o protocolo {prot} não deu em nada."),
    ("elogio", "queria elogiar a atendente {atendente}, resolveu meu problema da conta de luz no débito automático em 5 min!!"),
    ("elogio", "Atendimento nota 10 do técnico {tecnico} na instalação aqui na {end}. Muito educado. Ass: {nome}"),
    ("dúvida", "boa tarde, sou {nome}, como faço pra mudar o vencimento? meu email é {email}"),
    ("dúvida", "O plano Serra Turbo tem fidelidade? Pergunto porque minha mãe {mae} quer contratar. Contato {tel}"),
    ("cancelamento", "Quero cancelar tudo. Titular {nome}, CPF {cpf}, linha {tel}. Não quero ser procurado por oferta."),
    ("cancelamento", "cancelem a assinatura de {nome}, faleceu dia 03. sou a filha, {filha}, tel {tel}"),
    ("fraude", "Alguém abriu uma linha no meu nome ({nome}) usando meu CPF {cpf} e o endereço {end}. Não reconheço!"),
    ("reclamação", "Cobraram R$ 389,90 no meu cartão {cartao} de uma assinatura que cancelei. {nome}, {email}"),
    ("reclamação", "o entregador da moto placa {placa} jogou a caixa por cima do portão na {end}. quero ressarcimento. {nome}"),
    ("fraude", "recebi sms dizendo que sou cliente {loja} e pedindo pix pra chave {email}, isso é golpe? {nome}"),
]


def at_classif(g: Gen) -> Doc:
    """Complaint-classification examples ("Texto: ... Rótulo: ...") from support messages."""
    doc = Doc()
    doc.f("# «ds» — rótulos: reclamação | elogio | dúvida | cancelamento | fraude\n# anotador: «a» · concordância kappa 0.«k»\n\n",
          ds=g.pick(["classificacao_sac_v3", "sac_intent_cls", "cls-reclamacoes-2025"]), a=g.pick(["anot_03", "anot_11", "qa.cls"]),
          k=g.rng.randint(58, 91))
    fmt = g.pick(["plain", "plain", "tsv", "jsonl"])
    if fmt == "tsv":
        doc.t("texto\trótulo\n")
    for lab, tpl in g.rng.sample(COMPLAINTS, g.rng.randint(4, 6)):
        c = g.person()
        vals = {
            "nome": P(name_form(g, c, ["full", "low", "short", "caps", "first"])),
            "tel": (g.phone(), "PHONE_NUMBER"),
            "cpf": (g.cpf(), "BR_CPF"),
            "prot": g.protocol(),
            "atendente": P(name_form(g, g.person(female=True), ["first", "short", "full"])),
            "tecnico": P(name_form(g, g.person(female=False), ["first", "short", "full"])),
            "end": (g.address(g.pick(["text", "low"])), "ADDRESS"),
            "email": (g.email(c), "EMAIL_ADDRESS"),
            "mae": P(g.pick([g.relative(c, female=True).full, g.relative(c, female=True).first])),
            "filha": P(g.pick([g.relative(c, female=True).full, g.relative(c, female=True).first])),
            "loja": g.pick(STORES),
            "placa": (g.plate(), "LICENSE_PLATE"),
            "cartao": (g.card(g.chance(0.7)), "CREDIT_CARD"),
        }
        body = re.sub(r"\{(\w+)\}", lambda m: "«" + m.group(1) + "»", tpl)
        if fmt == "plain":
            doc.f("Texto: " + body + "\nRótulo: " + lab + "\n\n", **vals)
        elif fmt == "tsv":
            doc.f(body + "\t" + lab + "\n", **vals)
        else:
            doc.f('{"text": "' + body + '", "label": "' + lab + '"}\n', **vals)
    return doc


def at_fewshot_extract(g: Gen) -> Doc:
    """A few-shot extraction prompt: messages and the JSON the model should write, restating
    the values in another form (title case, bare CPF, E.164 phone), and a last open query."""
    doc = Doc()
    doc.t("Extraia os dados de contato da mensagem em JSON com as chaves nome, cpf, telefone e email. Use null quando o dado "
          "não aparecer. Não invente valores. Placeholders como [NOME] ou {{cpf}} não são dados.\n\n")
    n = g.rng.randint(2, 3)
    for i in range(n + 1):
        c = g.person()
        cf, cb = cpf_two(g)
        pp = g.phone_parts()
        em = g.email(c) if g.chance(0.5) else ""
        form = g.pick(["low", "caps", "full", "plain", "lowshort"])
        name = P(name_form(g, c, [form]))
        said = c.short if form == "lowshort" else c.full  # the answer title-cases what was written, no more
        mail = Doc().f(g.pick([" e o email é «e»", " — «e»", ", «e»"]), e=(em, "EMAIL_ADDRESS")) if em else ""
        doc.t(f"Exemplo {i + 1}:\n" if i < n else "Agora você:\n")
        k = g.rng.randint(0, 2)
        if k == 0:
            doc.f("Mensagem: «hi» aqui é «n», cpf «cpf», meu zap é «t»«m»\n", hi=g.pick(["oi", "bom dia", "boa noite!!"]),
                  n=name, cpf=(cf, "BR_CPF"), t=(g.phone("par", parts=pp), "PHONE_NUMBER"), m=mail)
        elif k == 1:
            doc.f("Mensagem: Prezados, solicito contato. «n» — CPF «cpf» — fone «t»«m»\n", n=name,
                  cpf=(g.pick([cf, cb]), "BR_CPF"), t=(g.phone(g.pick(["plain", "dash", "plus"]), parts=pp), "PHONE_NUMBER"), m=mail)
        else:
            doc.f("Mensagem: meu pai «r» pediu pra eu escrever. sou «n», telefone «t», o cpf dele eu mando depois«m»\n",
                  r=P(g.relative(c, female=False).first), n=name, t=(g.phone("raw", parts=pp), "PHONE_NUMBER"), m=mail)
            cb = ""
        if i == n:
            doc.t("JSON:\n")
            break
        doc.f('JSON: {"nome": "«n»", "cpf": «cpf», "telefone": "«t»", "email": «e»}\n\n', n=P(said), cpf=jq(cb, "BR_CPF"),
              t=(g.phone("e164", parts=pp), "PHONE_NUMBER"), e=jq(em, "EMAIL_ADDRESS"))
    return doc


def at_user_assistant(g: Gen) -> Doc:
    """Multi-turn chats flattened as "Usuário:" / "Assistente:" lines (a technician's visit
    being booked), one conversation per "### Conversa" block."""
    doc = Doc()
    co = g.pick(["Serra Telecom", "Telefônica Aurora", "Fibra Estrela Internet"])
    for _ in range(g.pick([1, 2])):
        c = g.person()
        tec = g.person(female=False)
        t, nm, num, comp = g.street_parts()
        ad = f"{t} {nm}, {num}" + (f" {comp}" if comp else "")
        ce, cr = cep_two(g)
        city, uf = g.city()
        pp = g.phone_parts()
        role, fem = g.pick([("esposa", True), ("marido", False), ("filho", False), ("vizinha, tem a chave", True), ("irmão", False)])
        role = ("minha " if fem else "meu ") + role
        rel = g.relative(c, female=fem)
        em = g.email(c)
        doc.f("### Conversa «id» (fonte: chat do site, «co»; rótulo de qualidade: «ql»)\n"
              "Usuário: minha internet caiu de novo, 3a vez na semana\n"
              "Assistente: Sinto muito por isso! Para abrir a visita técnica, me diga o nome do titular e o endereço de instalação.\n"
              "Usuário: «n1», «ad1» «b» «city»\n"
              "Assistente: Obrigado, «f1». Confirma o CEP «c1»?\n"
              "Usuário: «c2»\n"
              "Assistente: Visita agendada para «d» entre «h1» e «h2». O técnico «tec» vai ligar antes no «t1».\n"
              "Usuário: pode ligar no «t2» que é do trabalho, ou falar com «r» («rl»)\n"
              "Assistente: Anotado. Protocolo «pr». Quer receber por e-mail?\nUsuário: «em1»\n"
              "Assistente: Enviado para «em2». «bye»\n\n",
              id=g.d(5), co=co, ql=g.pick(["bom", "ótimo", "revisar"]),
              n1=P(name_form(g, c, ["low", "full", "plain", "caps"])), ad1=(g.pick([ad, fold(ad).lower()]), "ADDRESS"),
              b=g.pick(BAIRROS), city=city, f1=P(c.first), c1=(ce, "BR_CEP"), c2=Doc().f("«x»" + g.pick(["", " isso", " ta certo"]), x=(g.pick([ce, cr]), "BR_CEP")) if g.chance(0.5)
              else g.pick(["isso", "isso mesmo", "ta certo"]), d=g.date("br"), h1="08h", h2="12h", tec=P(g.pick([tec.first, tec.short])),
              t1=(g.phone("par", parts=pp), "PHONE_NUMBER"), t2=(g.phone(mobile=False), "PHONE_NUMBER"),
              r=P(rel.first), rl=role,
              pr=g.protocol(), em1=Doc().f(g.pick(["«e»", "sim, «e»", "pode ser no «e»"]), e=(em, "EMAIL_ADDRESS")), em2=(em, "EMAIL_ADDRESS"),
              bye=g.pick(["Até logo!", "Qualquer coisa, estou por aqui.", "Boa noite!"]))
    return doc


def at_summary(g: Gen) -> Doc:
    """A summarisation pair: a long ticket history (e-mails and notes) and its three-line
    summary, which repeats names (shorter) and identifiers (bare)."""
    doc = Doc()
    c = g.person()
    a1, a2 = g.person(), g.person()
    cf, cb = cpf_two(g)
    pp = g.phone_parts()
    em = g.email(c)
    ad = g.address()
    ce = g.cep()
    pd = g.neg(11)
    d1, d2, d3 = date_run(g, 3)
    doc.f("### Tarefa: resuma o histórico do chamado em até 3 frases para o próximo atendente.\n\n### Texto:\n"
          "[«d1» 09:14] E-mail de «n» <«e»>: Comprei uma geladeira (pedido «pd») e ela chegou amassada. Moro na «ad», "
          "CEP «cep». Meu CPF é «cf». Quero troca, não reembolso.\n"
          "[«d1» 11:02] Nota interna («a1»): fotos conferidas, avaria confirmada. Cliente prefere contato por WhatsApp «t1».\n"
          "[«d2» 16:40] Ligação de «a2» para «f»: coleta marcada; cliente pediu que a entrega da nova seja de manhã.\n"
          "[«d3» 10:05] E-mail de «n2»: a coleta não veio. Se não resolverem vou ao Procon. «sig»\n\n"
          "### Resumo:\n«s1» (CPF «cb») recebeu a geladeira do pedido «pd» amassada e quer troca. A avaria foi confirmada por «a1s» e "
          "a coleta marcada por «a2s», mas não aconteceu; «s2» ameaça ir ao Procon. Contato preferido: WhatsApp «t2».\n",
          d1=d1, n=P(c.full), e=(em, "EMAIL_ADDRESS"), pd=pd, ad=(ad, "ADDRESS"), cep=(ce, "BR_CEP"), cf=(cf, "BR_CPF"),
          a1=P(a1.full), t1=(g.phone("par", parts=pp), "PHONE_NUMBER"), d2=d2, a2=P(a2.short), f=P(c.first),
          d3=d3, n2=P(g.pick([c.first, c.short, c.caps])),
          sig=g.pick(["Att.", "Obrigad" + c.o, Doc().f("— «x»", x=P(c.first)), "Enviado do meu iPhone"]),
          s1=P(g.pick([c.short, c.full, c.first])), cb=(cb, "BR_CPF"), a1s=P(a1.first), a2s=P(a2.first),
          s2=P(c.first) if g.chance(0.5) else ("a cliente" if c.female else "o cliente"), t2=(g.phone("raw", parts=pp), "PHONE_NUMBER"))
    return doc


# =========================================================================== juridico

DEFENDANTS = [("Telefônica Aurora S.A.", "Avenida Engenheiro Luís Carlos Berrini, 1376, São Paulo/SP"),
              ("Banco Esperança S.A.", "Praça Antônio Prado, 48, 5º andar, São Paulo/SP"),
              ("Coelho Móveis e Eletro Ltda", "Rodovia BR-116, km 22, Feira de Santana/BA"),
              ("Seguradora Porto Justo S.A.", "Rua da Glória, 300, Rio de Janeiro/RJ"),
              ("Lobo Transportes Ltda", "Avenida Brasil, 9.800, Rio de Janeiro/RJ"),
              ("Supermercados Serra Azul Ltda", "Avenida Bento Gonçalves, 4.100, Porto Alegre/RS")]
CIVIL = ["solteira", "casada", "divorciada", "viúva", "em união estável"]
JOBS = ["professora", "auxiliar administrativa", "costureira", "motorista de aplicativo", "pedreiro", "técnica de enfermagem",
        "comerciante", "aposentada", "vigilante", "cabeleireira", "agricultor", "estudante"]


def masc(word: str, female: bool) -> str:
    if female:
        return word
    table = {"solteira": "solteiro", "casada": "casado", "divorciada": "divorciado", "viúva": "viúvo",
             "professora": "professor", "auxiliar administrativa": "auxiliar administrativo", "costureira": "costureiro",
             "técnica de enfermagem": "técnico de enfermagem", "aposentada": "aposentado", "cabeleireira": "cabeleireiro",
             "brasileira": "brasileiro", "inscrita": "inscrito", "portadora": "portador", "domiciliada": "domiciliado"}
    return table.get(word, word)


def ju_petition_summary(g: Gen) -> Doc:
    """Petition summarisation: the opening of a complaint (parties qualified in full) and the
    summary that names them again; the defendant company's address is not labelled."""
    doc = Doc()
    a = g.person()
    adv = g.person()
    reu, sede = g.pick(DEFENDANTS)
    city, uf = g.city()
    f = a.female
    cf, cb = cpf_two(g)
    ov = oab(g, uf)
    doc.f("### Instrução:\nResuma a petição inicial em um parágrafo: partes, fatos, pedidos e valor da causa.\n\n### Entrada:\n"
          "EXCELENTÍSSIMO(A) SENHOR(A) DOUTOR(A) JUIZ(A) DE DIREITO DA «v»ª VARA CÍVEL DA COMARCA DE «CITY»/«uf»\n\n"
          "«N», «nac», «civ», «job», «insc» no CPF sob o nº «cpf», «port» da cédula de identidade RG nº «rg», residente e «dom» "
          "na «ad», «b», «city», CEP «cep», endereço eletrônico «e», telefone «t», por seu advogado que esta subscreve "
          "(«adv», «oab», «adve», com escritório na Rua Leão Coroado, 88, sala 4), vem propor\n\nAÇÃO DE INDENIZAÇÃO POR DANOS MORAIS "
          "C/C OBRIGAÇÃO DE FAZER\n\nem face de «re», inscrita no CNPJ sob o nº «cnpj», com sede na «sede», pelos fatos a "
          "seguir. Em «dt», a parte autora teve seu nome negativado por débito que não reconhece (contrato nº «ct»), em "
          "afronta ao art. 42 da Lei 8.078/1990 e aos arts. 186 e 927 do Código Civil. "
          "Requer a exclusão do apontamento e indenização de R$ «m». Dá-se à causa o valor de R$ «m».\n\n### Resposta:\n"
          "«n2» ajuizou ação de indenização por danos morais c/c obrigação de fazer contra «re», alegando negativação indevida "
          "de seu nome (CPF «cb») por contrato que não reconhece. Pede a baixa do apontamento e R$ «m» de indenização, valor "
          "dado à causa. Representad«o» «pelo» «adv2» («oab2»).\n",
          v=g.rng.randint(1, 12), CITY=fold(city).upper(), uf=uf, N=P(a.caps), nac=masc("brasileira", f),
          civ=masc(g.pick(CIVIL), f), job=masc(g.pick(JOBS), f), insc=masc("inscrita", f), cpf=(cf, "BR_CPF"),
          port=masc("portadora", f), rg=(g.rg("dot"), "BR_RG"), dom=masc("domiciliada", f), ad=(g.address(), "ADDRESS"),
          b=g.pick(BAIRROS), city=city, cep=(g.cep(), "BR_CEP"), e=(g.email(a), "EMAIL_ADDRESS"), t=(g.phone(), "PHONE_NUMBER"),
          adv=P(adv.full), oab=(ov, "PROFESSIONAL_ID"),
          adve=(corp_mail(adv, g.pick(["leaoprudente.adv.br", "rochaserra.adv.br", "gmail.com"])), "EMAIL_ADDRESS"), re=reu, cnpj=(g.cnpj(alnum=g.chance(0.2)), "BR_CNPJ"),
          sede=sede, dt=g.date("long", 2024), ct=g.neg(11), m=g.money(5000, 40000), n2=P(g.pick([a.full, a.short])),
          cb=(cb, "BR_CPF"), o=a.o, pelo="pela advogada" if adv.female else "pelo advogado", adv2=P(adv.short),
          oab2=(ov, "PROFESSIONAL_ID"))
    return doc


def ju_clause_json(g: Gen) -> Doc:
    """Clause extraction as JSONL: the lease's party clause in "input", the extracted fields as
    a JSON string (escaped quotes) in "output"; the leased home is the tenant's address."""
    doc = Doc()
    asc = g.chance(0.3)
    E = uesc if asc else keep
    lit = uesc if asc else None
    for _ in range(g.pick([1, 2])):
        lo, la, fi = g.person(), g.person(), g.person()
        sp = g.relative(fi, female=not fi.female)
        c1, b1 = cpf_two(g)
        c2, b2 = cpf_two(g)
        c3, b3 = cpf_two(g)
        ad = g.address()
        ce, cr = cep_two(g)
        rg = g.rg("dot")
        city, uf = g.city()
        ag, cc, key = g.agency(), g.account(), g.uuid()
        bank = g.pick(BANKS)
        if g.chance(0.5):
            pay = Doc().f("mediante depósito na conta do LOCADOR, banco «b», agência «ag», conta «cc»", _lit=lit, b=bank[0],
                          ag=(ag, "BANK_ACCOUNT"), cc=(cc, "BANK_ACCOUNT"))
            payj = Doc().f('\\"banco\\": \\"«b»\\", \\"agencia\\": \\"«ag»\\", \\"conta\\": \\"«cc»\\"', b=bank[0],
                           ag=(ag, "BANK_ACCOUNT"), cc=(cc, "BANK_ACCOUNT"))
        else:
            pay = Doc().f("via Pix para a chave aleatória «k», de titularidade do LOCADOR", _lit=lit, k=(key, "PIX_KEY"))
            payj = Doc().f('\\"pix\\": \\"«k»\\"', k=(key, "PIX_KEY"))
        doc.f('{"id": "clausulas-«id»", "instruction": "Extraia as partes e o imóvel da cláusula abaixo em JSON com as chaves '
              'locador, locatario, fiador, imovel e pagamento.", "input": "CLÁUSULA PRIMEIRA – DAS PARTES. LOCADOR: «n1», «q1», CPF «c1». '
              'LOCATÁRI«ao»: «n2», CPF «c2», RG «rg». FIADOR(A): «n3», CPF «c3», casad«fo» com «sp».\\nCLÁUSULA SEGUNDA – DO OBJETO. '
              'Imóvel residencial situado na «ad», «city»/«uf», CEP «ce», matrícula «mt» do «cri»º CRI.\\nCLÁUSULA QUARTA – DO '
              'PAGAMENTO. O aluguel será pago até o dia 5 «pay».", "output": '
              '"{\\"locador\\": {\\"nome\\": \\"«o1»\\", \\"cpf\\": \\"«b1»\\"}, \\"locatario\\": {\\"nome\\": \\"«o2»\\", '
              '\\"cpf\\": \\"«b2»\\", \\"rg\\": \\"«rg2»\\"}, \\"fiador\\": {\\"nome\\": \\"«o3»\\", \\"cpf\\": \\"«b3»\\", '
              '\\"conjuge\\": \\"«sp2»\\"}, \\"imovel\\": {\\"endereco\\": \\"«ad2»\\", \\"cep\\": \\"«cr»\\", '
              '\\"matricula\\": \\"«mt»\\"}, \\"pagamento\\": {«payj»}}"}\n',
              _lit=lit, id=g.d(4), n1=P(E(lo.caps)), q1=g.pick(["brasileiro(a)", "empresário(a)", "aposentado(a)"]),
              c1=(c1, "BR_CPF"), ao="A" if la.female else "O", n2=P(E(la.caps)), c2=(c2, "BR_CPF"), rg=(rg, "BR_RG"),
              n3=P(E(fi.caps)), c3=(c3, "BR_CPF"), fo=fi.o, sp=P(E(sp.full)), ad=(E(ad), "ADDRESS"), city=E(city), uf=uf,
              ce=(ce, "BR_CEP"), mt=f"{g.rng.randint(1000, 99999)}", cri=g.rng.randint(1, 5), o1=P(E(lo.full)),
              b1=(b1, "BR_CPF"), o2=P(E(la.full)), b2=(b2, "BR_CPF"), rg2=(re.sub(r"\D", "", rg[:-1]) + rg[-1], "BR_RG"),
              o3=P(E(fi.full)), b3=(b3, "BR_CPF"), sp2=P(E(sp.full)), ad2=(E(ad), "ADDRESS"), cr=(cr, "BR_CEP"),
              pay=pay, payj=payj)
    return doc


def ju_alpaca_qa(g: Gen) -> Doc:
    """Legal Q&A in the Alpaca prompt: an excerpt of a judgment as the input, a question
    about the parties, an answer naming them in another form."""
    doc = Doc()
    doc.t("Abaixo está uma instrução que descreve uma tarefa, junto com uma entrada que fornece mais contexto. Escreva uma "
          "resposta que complete adequadamente o pedido.\n\n")
    k = g.rng.randint(0, 3)
    a, r = g.person(female=True), g.person(female=False)
    kid = g.relative(r)
    jz = g.person()
    proc = g.cnj({0: "8.26", 1: "8.26", 2: "5.15", 3: "8.13"}[k])
    if k == 0:
        pct = g.rng.randint(15, 33)
        doc.f("### Instrução:\nQuem são as partes e qual o percentual de alimentos fixado?\n\n### Entrada:\nProcesso «p». "
              "SENTENÇA. Vistos. «A», representando «o» filh«ko» menor «K», nascid«ko» em «dob», move ação de alimentos em face de «R», "
              "CPF «cpf», residente na «ad». Citado, o réu ofereceu «pct»% dos rendimentos líquidos. JULGO PROCEDENTE o pedido "
              "para fixar os alimentos em «pct»% dos rendimentos líquidos do réu, a serem depositados na conta de titularidade da "
              "genitora (agência «ag», conta «cc»). P.R.I. «city», «d». «J», «jz» de Direito.\n\n### Resposta:\nA ação foi "
              "proposta por «a2», em nome d«o» filh«ko» «k2», contra «r2». Os alimentos foram fixados em «pct»% dos rendimentos "
              "líquidos do réu, a serem depositados na conta da mãe.\n",
              p=proc, A=P(a.full), o="o" if not kid.female else "a", ko=kid.o, K=P(kid.full), dob=(g.dob("br", 2012, 2022), "DATE_OF_BIRTH"),
              R=P(r.full), cpf=(g.cpf(), "BR_CPF"), ad=(g.address(), "ADDRESS"), pct=pct, ag=(g.agency(), "BANK_ACCOUNT"),
              cc=(g.account(), "BANK_ACCOUNT"), city=g.city()[0], d=g.date("long"), J=P(jz.full), jz="Juíza" if jz.female else "Juiz",
              a2=P(a.short), k2=P(kid.first), r2=P(g.pick([r.short, r.full])))
    elif k == 1:
        ex = g.person(female=False)
        vz = g.person(female=True)
        doc.f("### Instrução:\nO executado foi encontrado? Responda em uma frase e cite o nome.\n\n### Entrada:\n"
              "CERTIDÃO. Certifico que, em cumprimento ao mandado extraído dos autos «p», dirigi-me à «ad», «b», e ali NÃO "
              "encontrei «EX» (CPF «cpf»). Informou-me a vizinha, Sra. «viz», que o executado mudou-se há meses, «w». "
              "Oficial de Justiça: «of».\n\n### Resposta:\nNão. «ex2» não foi encontrado no endereço; segundo a vizinha, "
              "«viz2», ele se mudou há meses.\n",
              p=proc, ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), EX=P(ex.caps), cpf=(g.cpf(), "BR_CPF"),
              viz=P(g.pick([vz.full, vz.short])),
              w=g.pick(["sem deixar endereço", "talvez para Santa Rosa/RS", "e que seria prudente procurar na casa da mãe"]),
              of=P(g.person().full), ex2=P(g.pick([ex.full, ex.short])), viz2=P(vz.first))
    elif k == 3:
        p1, p2 = g.plate(), g.plate()
        dono = g.person()
        doc.f("### Instrução:\nQual veículo deu causa ao acidente e quem o conduzia?\n\n### Entrada:\nProcesso «p». Ação de "
              "reparação de danos. Narra «A» que, em «d», seu veículo (placa «p1») foi atingido na traseira pelo automóvel placa "
              "«p2», de propriedade de «D» e conduzido por «R» (CNH «cnh»), no cruzamento da Av. Dois de Julho com a Rua da Paz. "
              "O boletim de ocorrência nº «bo» e as fotos confirmam a dinâmica. Orçamento: R$ «m».\n\n### Resposta:\nO "
              "veículo de placa «p2b», conduzido por «r2» e de propriedade de «d2», atingiu a traseira do carro de «a2» (placa «p1b»).\n",
              p=proc, A=P(a.full), d=g.date("long"), p1=(p1, "LICENSE_PLATE"), p2=(p2, "LICENSE_PLATE"), D=P(dono.full), R=P(r.full),
              cnh=(g.cnh(), "BR_CNH"), bo=f"{g.d(6)}/{g.rng.randint(2023, 2025)}", m=g.money(1800, 30000),
              p2b=(p2, "LICENSE_PLATE"), r2=P(r.short), d2=P(g.pick([dono.short, dono.first])), a2=P(a.first),
              p1b=(p1, "LICENSE_PLATE"))
    else:
        emp = g.person()
        pis = g.pis()
        doc.f("### Instrução:\nQual o período do vínculo reconhecido e quem é o reclamante?\n\n### Entrada:\nRECLAMAÇÃO TRABALHISTA "
              "nº «p». Reclamante: «R» (PIS «pis»). Reclamada: «emp», CPF «cpf» (empregador doméstico). Reconheço o vínculo de "
              "«d1» a «d2», na função de caseiro, com salário de R$ «m». Testemunha: «t».\n\n### Resposta:\nO reclamante é «r2»; o "
              "vínculo reconhecido com «e2» vai de «d1» a «d2», como caseiro.\n",
              p=proc, R=P(r.caps), pis=(pis, "BR_PIS"), emp=P(emp.full), cpf=(g.cpf(), "BR_CPF"), d1=g.date("br", 2019),
              d2=g.date("br", 2024), m=g.money(1400, 3000), t=P(g.person().full), r2=P(r.full), e2=P(emp.short))
    return doc


DJE = [("audiencia", "Vistos. Designo audiência de conciliação para «dt» às «h», por videoconferência. Intimem-se as partes."),
       ("prazo_recursal", "Ante o exposto, JULGO IMPROCEDENTES os pedidos. Custas pelo autor, observada a gratuidade. P.I.C."),
       ("pagamento", "Fica a parte executada, «px», intimada a pagar o débito de R$ «m» em 15 dias, sob pena de multa de 10%."),
       ("manifestacao", "Manifeste-se a parte autora sobre a contestação e documentos, no prazo de 15 dias. Int."),
       ("arquivamento", "Certifico o trânsito em julgado. Nada sendo requerido em 5 dias, arquivem-se os autos. Int."),
       ("pagamento", "Expeça-se mandado de levantamento em favor de «bf», CPF «cpf», do valor depositado. Int.")]
ASSUNTOS = ["Indenização por Dano Moral", "Alimentos", "Cobrança de Aluguéis", "Rescisão do contrato", "Inventário e Partilha",
            "Despejo por Falta de Pagamento", "Guarda", "Usucapião Extraordinária"]


def ju_fewshot_cls(g: Gen) -> Doc:
    """Few-shot classification of court-gazette notices; parties and lawyers as the gazette
    prints them (CAPS, "ADV: NAME (OAB 12345/SP)")."""
    doc = Doc()
    doc.t("Classifique a publicação do Diário da Justiça em uma destas classes: audiencia, prazo_recursal, pagamento, "
          "manifestacao, arquivamento. Responda só com a classe.\n\n")
    n = g.rng.randint(3, 4)
    for i, (cls, body) in enumerate(g.rng.sample(DJE, n + 1)):
        au, re_ = g.person(), g.person()
        uf = g.pick(UFS)
        advs = [g.person() for _ in range(g.pick([1, 1, 2]))]
        company = None if g.chance(0.45) else g.pick(DEFENDANTS)[0]
        reu = fold(company).upper() if company else P(re_.caps)
        vals = {"p": g.cnj(), "as": g.pick(ASSUNTOS), "A": P(au.caps), "R": reu, "dt": g.date("br"), "h": g.pick(["14h", "9h30", "15h"]),
                "px": company or P(re_.full), "bf": P(au.full), "m": g.money(800, 60000), "cpf": (g.cpf(), "BR_CPF")}
        doc.f("Publicação: Processo «p» - Procedimento Comum Cível - «as» - «A» - «R» - " + body + " - ADV: ", **vals)
        for j, ad in enumerate(advs):
            n_oab = g.rng.randint(10000, 499999)
            doc.f("«x» («o»)" + (", " if j < len(advs) - 1 else "\n"), x=P(fold(ad.full).upper()),
                  o=(g.pick([f"OAB {n_oab}/{uf}", f"OAB {n_oab:,}/{uf}".replace(",", ".")]), "PROFESSIONAL_ID"))
        doc.t(f"Classe: {cls}\n\n" if i < n else "Classe:")
    return doc


def ju_llama_chat(g: Gen) -> Doc:
    """A law firm's chatbot transcripts in the Llama-2 chat format ([INST] <<SYS>> ... [/INST]);
    the client gives her work documents, the answer restates what matters."""
    doc = Doc()
    firm = g.pick(["Leão & Prudente Advogados", "Pinheiro & Carneiro Sociedade de Advogados", "Rocha Serra Advocacia"])
    c = g.person()
    art, emp = g.pick([("na", "Construtora Monte Sião Ltda"), ("no", "Supermercados Serra Azul Ltda"),
                       ("na", "Lobo Transportes Ltda"), ("no", "Restaurante Sabor da Glória ME")])
    pis = g.pis()
    cnpj = g.cnpj()
    adv = g.person()
    dd, mm, yy = g.dob_parts(1965, 2000)
    doc.f("<s>[INST] <<SYS>>\nVocê é o assistente de triagem do escritório «firm». Não dê parecer: colete os dados e explique os "
          "próximos passos. «resp» pela área trabalhista é «adv» («oab»).\n<</SYS>>\n\n"
          "boa tarde, fui mandad«o» embora sem receber as verbas. trabalhei «art» «emp» de «d1» até «d2». meu nome é «n1» [/INST] "
          "Boa tarde, «f1». Sinto muito pela situação. Para a triagem, preciso do seu CPF, do número do PIS e da sua data de "
          "nascimento. </s><s>[INST] cpf «cpf», pis «pis», nasci «dob». a carteira de trabalho é «ctps» série «serie» [/INST] "
          "Obrigado, «f2». Registrei: PIS «pis2», nascimento em «dob2», empregadora «emp» (CNPJ «cnpj»). «dr» «adv2» vai "
          "entrar em contato pelo telefone deste WhatsApp («t») em até 2 dias úteis. </s>\n",
          firm=firm, resp="A advogada responsável" if adv.female else "O advogado responsável", adv=P(adv.full), oab=(oab(g), "PROFESSIONAL_ID"), o=c.o, art=art, emp=emp, d1=g.date("br", 2021), d2=g.date("br", 2025),
          n1=P(name_form(g, c, ["low", "full", "lowshort"])), f1=P(c.first), cpf=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
          pis=(pis, "BR_PIS"), dob=(fmt_date(dd, mm, yy, g.pick(["br", "nopad", "short"])), "DATE_OF_BIRTH"),
          ctps=g.d(7), serie=g.d(4), f2=P(c.first), pis2=(re.sub(r"\D", "", pis), "BR_PIS"),
          dob2=(fmt_date(dd, mm, yy, "long"), "DATE_OF_BIRTH"), cnpj=(cnpj, "BR_CNPJ"), dr="A Dra." if adv.female else "O Dr.", adv2=P(adv.last),
          t=(g.phone("plus"), "PHONE_NUMBER"))
    return doc


def ju_anon_pairs(g: Gen) -> Doc:
    """Anonymisation training pairs: the original (labelled) and the target with markers (not
    labelled); one target in some records lets a first name through (labelled)."""
    doc = Doc()
    doc.f("# pares de anonimização — «ds» — marcadores: [PESSOA_n], [CPF], [RG], [CNH], [PLACA], [ENDEREÇO], [TELEFONE], [E-MAIL], "
          "[OAB]\n\n",
          ds=g.pick(["anon_juris_v2", "pseudonimizacao-decisoes", "anon-pet-iniciais"]))
    for i in range(g.rng.randint(2, 3)):
        a, b = g.person(), g.person()
        leak = g.chance(0.3)
        cpf, ad, t, e = g.cpf(), g.address(), g.phone(), g.email(a)
        k = g.rng.randint(0, 3)
        if k == 3:
            doc.f("ENTRADA: O veículo placa «pl», de «A», foi apreendido no pátio; o condutor «B» apresentou CNH «cnh».\n"
                  "SAÍDA: O veículo placa [PLACA], de [PESSOA_1], foi apreendido no pátio; o condutor «lk» apresentou CNH [CNH].\n\n",
                  pl=(g.plate(), "LICENSE_PLATE"), A=P(a.full), B=P(g.pick([b.full, b.caps])), cnh=(g.cnh(), "BR_CNH"),
                  lk=P(b.first) if leak else "[PESSOA_2]")
        elif k == 0:
            doc.f("ENTRADA: «A», CPF «cpf», residente na «ad», celebrou acordo com «B», que pagará R$ «m» em «x» parcelas.\n"
                  "SAÍDA: [PESSOA_1], CPF [CPF], residente no [ENDEREÇO], celebrou acordo com «lk», que pagará R$ «m» em «x» parcelas.\n\n",
                  A=P(a.full), cpf=(cpf, "BR_CPF"), ad=(ad, "ADDRESS"), B=P(b.full), m=g.money(500, 20000), x=g.rng.randint(2, 24),
                  lk=P(b.first) if leak else "[PESSOA_2]")
        elif k == 1:
            doc.f("ENTRADA: Depoimento da testemunha «A» (RG «rg»), que afirmou ter visto «B» no local. Contato: «t».\n"
                  "SAÍDA: Depoimento da testemunha [PESSOA_1] (RG [RG]), que afirmou ter visto «lk» no local. Contato: [TELEFONE].\n\n",
                  A=P(a.full), rg=(g.rg(), "BR_RG"), B=P(g.pick([b.full, b.caps])), t=(t, "PHONE_NUMBER"),
                  lk=P(b.first) if leak else "[PESSOA_2]")
        else:
            adv = g.person()
            doc.f("ENTRADA: Intime-se o advogado «adv» («oab») e a parte «A» pelo e-mail «e».\n"
                  "SAÍDA: Intime-se o advogado [PESSOA_1] ([OAB]) e a parte «lk» pelo e-mail [E-MAIL].\n\n",
                  adv=P(adv.full), oab=(oab(g), "PROFESSIONAL_ID"), A=P(a.full), e=(e, "EMAIL_ADDRESS"),
                  lk=P(a.first) if leak else "[PESSOA_2]")
    rv = g.person()
    doc.f("# revisão: «r» — «nt»\n", r=author(g, rv, rv.full),
          nt=g.pick(["par 2 vazou nome na saída, corrigir antes do treino", "ok", "trocar [ENDEREÇO] por [LOGRADOURO]?",
                     "Fulano de Tal não é dado real, pode ficar"]))
    return doc


def ju_alpaca_notice(g: Gen) -> Doc:
    """An Alpaca JSON array (pretty-printed, escaped line breaks): data in "input", a drafted
    extrajudicial notice in "output" with the names in capitals and [ASSINATURA] placeholders."""
    doc = Doc()
    doc.t("[\n")
    n = g.pick([1, 2])
    for i in range(n):
        a, b = g.person(), g.person()
        ca, ba = cpf_two(g)
        cb_, bb = cpf_two(g)
        ad = g.address()
        ce = g.cep()
        city, uf = g.city()
        doc.f('  {\n    "instruction": "Redija uma notificação extrajudicial de cobrança de aluguéis atrasados com os dados abaixo.",\n'
              '    "input": "Notificante: «a1» (CPF «c1»)\\nNotificado: «b1» (CPF «c2»)\\nImóvel: «ad», «city»/«uf», CEP «ce»\\n'
              'Débito: R$ «m» («k» meses)\\nPrazo: 10 dias",\n'
              '    "output": "NOTIFICAÇÃO EXTRAJUDICIAL\\n\\n«A»«cpfa», na qualidade de locador(a), NOTIFICA «B», inscrito(a) no CPF '
              'sob o nº «c3», locatário(a) do imóvel situado na «ad2», para que, no prazo de 10 (dez) dias, quite o débito de '
              'R$ «m» referente a «k» meses de aluguel, sob pena de ação de despejo (Lei 8.245/1991, art. 9º, III).\\n\\n«city», [DATA].\\n\\n[ASSINATURA]\\n«a2»"\n'
              '  }' + (",\n" if i < n - 1 else "\n"),
              a1=P(a.full), c1=(ca, "BR_CPF"), b1=P(b.full), c2=(cb_, "BR_CPF"), ad=(ad, "ADDRESS"), city=city, uf=uf,
              ce=(ce, "BR_CEP"), m=g.money(1200, 15000), k=g.rng.randint(2, 7), A=P(a.caps),
              cpfa=Doc().f(", CPF «x»", x=(ba, "BR_CPF")) if g.chance(0.5) else "", B=P(b.caps), c3=(bb, "BR_CPF"),
              ad2=(ad, "ADDRESS"), a2=P(a.full))
    doc.t("]\n")
    return doc


# =========================================================================== saude


def sa_note_summary(g: Gen) -> Doc:
    """Clinical-note summarisation for the shift handover: the note carries the patient's
    identification block, the summary keeps the first name, age and the companion."""
    doc = Doc()
    p = g.person()
    md = g.person()
    comp = g.relative(p)
    dd, mm, yy = g.dob_parts(1932, 1990)
    cid = g.pick(CIDS)
    uf = g.pick(UFS)
    crm = g.council("CRM", uf)
    rel = g.pick(["filha", "filho", "esposa", "neta", "irmã", "sobrinho"])
    pp = g.phone_parts()
    doc.f("### Instrução:\nResuma a evolução para a passagem de plantão em no máximo 4 linhas. Mantenha nome, idade, "
          "diagnóstico, conduta e contato do acompanhante.\n\n### Nota:\n«H» — EVOLUÇÃO MÉDICA — «d» «hm»\n"
          "Paciente: «N»    DN: «dob»    CNS: «cns»    CPF: «cpf»\nMãe: «mae»    Leito: «lt»    Prontuário: «pront»    Atendimento: «atd»\n"
          "S: refere dor «w1», nega febre. O: PA 150x90, FC 96, SatO2 93% em ar ambiente. A: «cid» em investigação, quadro «w2». "
          "P: manter «med», solicitar «ex», reavaliar em 6h.\nAcompanhante: «cp» («rel»), tel. «t1».\n«md» — «crm»\n\n"
          "### Resumo:\n«f», «idade» anos, leito «lt», «cid» em investigação, quadro «w2»; mantida «med» e solicitado «ex». "
          "Acompanhad«o» por «cp2» («rel», «t2»). Plantonista: «md2».\n",
          H=g.pick(["Hospital Dona Glória Rocha", "Santa Casa de Presidente Prudente", "Hospital Municipal Bento Viana",
                    "UPA Jardim Celeste"]),
          d=g.date("br"), hm=g.hm(), N=P(p.caps), cpf=(g.cpf(), "BR_CPF"), pront=g.d(7), atd=g.neg(11), dob=(fmt_date(dd, mm, yy, "br"), "DATE_OF_BIRTH"), cns=(g.cns(), "BR_CNS"),
          mae=P(fold(g.person(female=True).full).upper() if g.chance(0.6) else g.person(female=True).full),
          lt=f"{g.rng.randint(1, 40)}{g.pick('ABCD')}", w1=g.pick(["constante em hipogástrio", "severa em flanco direito",
                                                                 "em aperto, constante", "leve, em pontada"]),
          cid=cid, w2=g.pick(["estável", "serena, colaborativa", "mais severo que ontem", "sem piora"]),
          med=g.pick(["dipirona 1g 6/6h", "ceftriaxona 1g 12/12h", "enoxaparina 40mg/dia", "losartana 50mg"]),
          ex=g.pick(["USG de abdome", "TC de crânio", "troponina seriada", "hemograma e PCR"]),
          cp=P(comp.full), rel=rel, t1=(g.phone("par", parts=pp), "PHONE_NUMBER"), md=P(md.full), crm=(crm, "PROFESSIONAL_ID"),
          f=P(p.first), idade=age(yy), o=p.o, cp2=P(comp.first), t2=(g.phone("raw", parts=pp), "PHONE_NUMBER"),
          md2=P(g.pick([md.short, md.first])))
    return doc


TRIAGE = [
    ("emergência", "socorro minha mãe {mae} desmaiou e ta com a boca torta, estamos na {end}. meu nome é {nome} {tel}"),
    ("urgente", "bom dia, sou {nome}, nasci em {dob}, to com febre de 39 ha 3 dias e manchas no corpo. cartão sus {cns}"),
    ("urgente", "Meu filho {filho} ({idade} anos) caiu da bicicleta, o braço está inchado e dói muito. {nome}, tel {tel}"),
    ("pouco_urgente", "queria marcar consulta com a dra {medica} pra renovar receita de losartana. {nome} - {tel}"),
    ("pouco_urgente", "Olá! Sou {nome} ({email}). Estou com dor constante nas costas há 2 meses, dá pra ver com clínico?"),
    ("administrativo", "preciso do atestado da consulta do dia {data} com o dr {medico}. paciente {nome}, CPF {cpf}"),
    ("administrativo", "Boa tarde, mudei de endereço: {end}, CEP {cep}. Atualizem meu cadastro por favor. {nome}, DN {dob}"),
    ("emergência", "meu pai {pai} ta com dor no peito forte e suando frio, {idade2} anos, hipertenso. ligar {tel}"),
]


def sa_triage_cls(g: Gen) -> Doc:
    """Triage-classification examples from WhatsApp messages to a clinic, in the ChatML-like
    "<|user|> ... <|label|>" layout the team used for a classifier head."""
    doc = Doc()
    doc.f("# triagem_cls · «n» exemplos · rótulos: emergência, urgente, pouco_urgente, administrativo\n"
          "# Nomes reais mantidos de propósito (decisão da reunião de «d»; rever com o DPO: dado de saúde é sensível, "
          "art. 11 da Lei 13.709/2018)\n\n", n=g.rng.randint(900, 4000), d=g.date("br"))
    layout = g.pick(["tags", "texto"])
    for lab, tpl in g.rng.sample(TRIAGE, g.rng.randint(4, 5)):
        c = g.person()
        kid = g.relative(c, female=False)
        vals = {"nome": P(name_form(g, c, ["low", "full", "first", "lowshort", "caps"])), "tel": (g.phone(), "PHONE_NUMBER"),
                "mae": P(g.pick([g.relative(c, True).first, g.relative(c, True).full])),
                "pai": P(g.pick([g.relative(c, False).first, g.relative(c, False).full])), "end": (g.address(g.pick(["low", "text"])), "ADDRESS"),
                "dob": (g.dob(g.pick(["br", "nopad", "short"]), 1950, 2005), "DATE_OF_BIRTH"), "cns": (g.cns(), "BR_CNS"),
                "filho": P(kid.first), "idade": g.rng.randint(3, 12), "medico": P(g.pick([g.person(False).first, g.person(False).last])),
                "medica": P(g.pick([g.person(True).first, g.person(True).last])),
                "email": (g.email(c), "EMAIL_ADDRESS"), "data": g.date("br"), "cpf": (g.cpf(), "BR_CPF"), "cep": (g.cep(), "BR_CEP"),
                "idade2": g.rng.randint(55, 88)}
        body = re.sub(r"\{(\w+)\}", lambda m: "«" + m.group(1) + "»", tpl)
        if layout == "tags":
            doc.f("<|user|>" + body + "<|label|>" + lab + "<|end|>\n", **vals)
        else:
            doc.f("Texto: " + body + "\nRótulo: " + lab + "\n\n", **vals)
    return doc


def sa_rx_extract(g: Gen) -> Doc:
    """Prescription extraction: a special-control prescription as input (patient, prescriber,
    buyer) and the JSON output; the clinic's address is not labelled."""
    doc = Doc()
    p = g.person()
    md = g.person()
    buyer = g.relative(p) if g.chance(0.6) else p
    uf = g.pick(UFS)
    crm = g.council("CRM", uf)
    rg = g.rg("dot")
    pp = g.phone_parts()
    ad = g.address()
    meds = g.rng.sample([("Clonazepam", "2 mg", "1 cp à noite"), ("Sertralina", "50 mg", "1 cp pela manhã"),
                         ("Zolpidem", "10 mg", "1 cp ao deitar"), ("Metilfenidato", "10 mg", "1 cp às 8h e 12h"),
                         ("Amitriptilina", "25 mg", "1 cp à noite"), ("Pregabalina", "75 mg", "1 cp 12/12h")], 2)
    doc.f("### Instrução:\nExtraia da receita os campos paciente, endereco_paciente, medicamentos, prescritor e comprador em JSON.\n\n"
          "### Entrada:\nRECEITUÁRIO DE CONTROLE ESPECIAL — 1ª via farmácia / 2ª via paciente\nIDENTIFICAÇÃO DO EMITENTE: «md» — "
          "«crm» — «cl», «cla» — CNPJ «cnpj»\nPaciente: «P»\nEndereço: «ad»\nPrescrição:\n1) «m1» «d1» ——— 1 cx. «p1»\n2) «m2» «d2» ——— 1 cx. «p2»\n"
          "IDENTIFICAÇÃO DO COMPRADOR: Nome: «B» RG: «rg» Órg. emissor: SSP/SP Endereço: «ad_b» Telefone: «t1»\n\n"
          "### Resposta:\n{\"paciente\": \"«P2»\", \"endereco_paciente\": \"«ad2»\", \"medicamentos\": [{\"nome\": \"«m1»\", "
          "\"dose\": \"«d1»\", \"posologia\": \"«p1»\"}, {\"nome\": \"«m2»\", \"dose\": \"«d2»\", \"posologia\": \"«p2»\"}], "
          "\"prescritor\": {\"nome\": \"«md2»\", \"registro\": \"«crm2»\"}, \"comprador\": {\"nome\": \"«B2»\", \"rg\": \"«rg2»\", "
          "\"telefone\": \"«t2»\"}}\n",
          md=P(md.full), crm=(crm, "PROFESSIONAL_ID"), cnpj=(g.cnpj(), "BR_CNPJ"),
          cl=g.pick(["Clínica Santa Clara", "Consultório Dr. Justo Leite (psiquiatria)", "Espaço Serena Saúde Mental"]),
          cla=g.pick(["Av. Rosa e Silva, 1200, sala 804", "Rua Treze de Maio, 45, 2º andar", "Praça da Paz, 10, conj. 3"]),
          P=P(p.caps), ad=(ad, "ADDRESS"), m1=meds[0][0], d1=meds[0][1], p1=meds[0][2], m2=meds[1][0], d2=meds[1][1], p2=meds[1][2],
          B=P(buyer.caps), rg=(rg, "BR_RG"), ad_b=(ad, "ADDRESS") if buyer is p else (g.address(), "ADDRESS"),
          t1=(g.phone("par", parts=pp), "PHONE_NUMBER"), P2=P(p.full), ad2=(ad, "ADDRESS"), md2=P(md.full), crm2=(crm, "PROFESSIONAL_ID"),
          B2=P(buyer.full), rg2=(re.sub(r"[^0-9X]", "", rg), "BR_RG"), t2=(g.phone("e164", parts=pp), "PHONE_NUMBER"))
    return doc


def sa_sharegpt(g: Gen) -> Doc:
    """ShareGPT JSONL ("conversations" with from/value) of a clinic's booking assistant: the
    patient writes her SUS card and birth date, the assistant confirms them in another form."""
    doc = Doc()
    asc = g.chance(0.3)
    E = uesc if asc else keep
    lit = uesc if asc else None
    bot = g.pick(BOTS)
    for _ in range(g.pick([1, 2])):
        p = g.person()
        kid = g.relative(p)
        dd, mm, yy = g.dob_parts(2014, 2023)
        cns = g.cns_digits()
        md = g.person(female=True)
        pp = g.phone_parts()
        doc.f('{"id": "«id»", "conversations": [{"from": "system", "value": "Você é «b», assistente de agendamento da Clínica Santa '
              'Clara. Confirme paciente, data de nascimento e cartão SUS antes de marcar."}, {"from": "human", "value": "«hi», '
              'queria marcar pediatra pr«ko» «k1»"}, {"from": "gpt", "value": "Claro! Qual a data de nascimento e o número do cartão '
              'SUS d«ko» «k2»?"}, {"from": "human", "value": "«dob1»\\ncartão «cns1»\\nsou «pm», «n»"}, {"from": "gpt", "value": '
              '"Obrigada, «f»! Confirmando: «k3», nascid«ko» em «dob2», CNS «cns2». Tenho horário com a Dra. «md» no dia «dt» às «h». '
              'Envio a confirmação para o WhatsApp «t»?"}, {"from": "human", "value": "«fim»"}]}\n',
              _lit=lit, id=g.uuid()[:8], b=bot, pm=E("a mãe" if p.female else "o pai"), hi=E(g.pick(["oi", "boa tarde", "Olá"])), ko=kid.o, k1=P(E(kid.first)),
              k2=P(E(kid.first)), dob1=(fmt_date(dd, mm, yy, g.pick(["br", "nopad", "short"])), "DATE_OF_BIRTH"),
              cns1=(g.pick([cns, f"{cns[:3]} {cns[3:7]} {cns[7:11]} {cns[11:]}"]), "BR_CNS"),
              n=P(E(name_form(g, p, ["low", "full", "lowshort"]))), f=P(E(p.first)), k3=P(E(kid.full)),
              dob2=(E(fmt_date(dd, mm, yy, "long")), "DATE_OF_BIRTH"), cns2=(f"{cns[:3]} {cns[3:7]} {cns[7:11]} {cns[11:]}", "BR_CNS"),
              md=P(E(g.pick([md.short, md.full]))), dt=g.date("br"), h=g.pick(["8h20", "10h", "14h40"]),
              t=(g.phone("par", parts=pp), "PHONE_NUMBER"), fim=E(g.pick(["isso, pode mandar", "pode sim", "sim, obrigada, graças a Deus"])))
    return doc


def sa_fewshot_cid(g: Gen) -> Doc:
    """A few-shot ICD-10 coding prompt: short progress notes and their code; the last one open."""
    doc = Doc()
    doc.t("Atribua o CID-10 principal à evolução. Responda apenas com o código.\n\n")
    # (code, note, youngest, oldest, patient female?, relative female?); None: either
    notes = [("J45.9", "«p», «i»a, chiado e dispneia após faxina, melhora com salbutamol. Mãe («m») refere crises desde os 4 anos.",
              6, 15, None, True),
             ("N39.0", "Pcte «p», «i» anos, disúria e polaciúria há 3 dias, sem febre. EAS com nitrito +. Tel. p/ resultado: «t».",
              18, 70, True, None),
             ("M54.5", "«p» («i»a), pedreiro, dor lombar constante após carregar peso, sem irradiação. Afastado 3 dias.",
              25, 60, False, None),
             ("I10", "«p», «i»a, PA 168x102 em 3 medidas, sem sintomas. Inicia losartana. Retorno com «md».", 40, 84, None, None),
             ("A90", "Paciente «p», «i» anos, febre alta, mialgia e dor retro-orbitária; prova do laço negativa. Reside na «ad».",
              18, 80, None, None),
             ("F41.1", "«p», «i»a, preocupação excessiva há 8 meses, insônia. Encaminhamento à psicologia («md»). CNS «cns».",
              20, 65, None, None),
             ("K35.8", "«p», «i» anos, dor em FID, Blumberg +. Encaminhamento ao Hospital Dona Glória Rocha. Resp.: «m».",
              8, 40, None, None),
             ("E11.9", "Pcte «p», «i»a, glicemia de jejum 186, HbA1c 8,1%. Severo com a dieta, segundo a esposa «m».",
              45, 80, False, True)]
    n = g.rng.randint(3, 4)
    for i, (cid, body, lo, hi, pf, rf) in enumerate(g.rng.sample(notes, n + 1)):
        p = g.person(female=pf)
        vals = {"p": P(name_form(g, p, ["full", "short", "caps", "first"])), "i": g.rng.randint(lo, hi),
                "m": P(g.relative(p, female=rf).full), "t": (g.phone(), "PHONE_NUMBER"), "md": P(g.person().full),
                "ad": (g.address(g.pick(["text", "low"])), "ADDRESS"), "cns": (g.cns(), "BR_CNS")}
        vals["reg"] = g.pick([Doc().f("CNS «c» · DN «d»", c=(g.cns(), "BR_CNS"), d=(g.dob("br", 2025 - vals["i"] - 1, 2025 - vals["i"] - 1), "DATE_OF_BIRTH")),
                              Doc().f("DN «d»", d=(g.dob("br", 2025 - vals["i"] - 1, 2025 - vals["i"] - 1), "DATE_OF_BIRTH")),
                              Doc().f("prontuário «x» · CNS «c»", x=g.d(6), c=(g.cns(), "BR_CNS"))])
        doc.f(f"Registro: «reg»\nEvolução: {body}\nCID-10:" + (f" {cid}\n\n" if i < n else ""), **vals)
    return doc


def sa_macros_yaml(g: Gen) -> Doc:
    """The lab's message macros as YAML: templates with placeholders, and the filled example
    the author kept (a real patient)."""
    doc = Doc()
    owner = g.person()
    doc.f("# macros_laboratorio.yaml — mantido por «a» («e»)\nversao: «v»\nmacros:\n", a=P(owner.full),
          e=(corp_mail(owner, g.pick(["lab.serraazul.com.br", "clinicasantaclara.med.br"])), "EMAIL_ADDRESS"), v=g.version())
    for k in g.rng.sample([0, 1, 2, 3], 3):
        p = g.person()
        if k == 0:
            doc.f("  - id: resultado_pronto\n    template: \"Olá, {{paciente_primeiro_nome}}! Seu exame {{exame}} coletado em "
                  "{{data_coleta}} está pronto. Acesse com o protocolo {{protocolo}}.\"\n    exemplo: \"Olá, «f»! Seu exame «ex» "
                  "coletado em «d» está pronto. Acesse com o protocolo «pr».\"\n    enviado_para: \"«t»\"\n",
                  f=P(p.first), ex=g.pick(["hemograma", "TSH", "beta-HCG", "PSA"]), d=g.date("br"), pr=g.d(10),
                  t=(g.phone("e164"), "PHONE_NUMBER"))
        elif k == 1:
            dob = g.dob("br", 1940, 2005)
            doc.f("  - id: confirmar_identidade\n    template: \"[NOME DO PACIENTE], confirme sua data de nascimento (DD/MM/AAAA) "
                  "respondendo SIM.\"\n    exemplo: \"«n», confirme sua data de nascimento («dob») respondendo SIM.\"\n"
                  "    enviado_para: \"«t»\"\n",
                  n=P(p.full), dob=(dob, "DATE_OF_BIRTH"), t=(g.phone("e164"), "PHONE_NUMBER"))
        elif k == 2:
            doc.f("  - id: coleta_domiciliar\n    template: \"<NOME>, a coleta domiciliar foi agendada para <DATA> no endereço "
                  "<ENDERECO>. Jejum de 8h.\"\n    exemplo: |\n      «n», a coleta domiciliar foi agendada para «d» no endereço\n"
                  "      «ad», CEP «cep». Jejum de 8h.\n    coletador: «c»\n",
                  n=P(g.pick([p.full, p.first])), d=g.date("br"), ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"),
                  c=P(g.person().short))
        else:
            doc.f("  - id: valor_critico\n    template: \"Dr(a). %MEDICO%, paciente %PACIENTE% com %ANALITO% = %VALOR%. Favor contatar.\"\n"
                  "    exemplo: \"Dr(a). «md», paciente «n» com potássio = 6,8 mEq/L. Favor contatar.\"\n"
                  "    registro_medico: «crm»\n",
                  md=P(g.person().full), n=P(p.caps), crm=(g.council("CRM"), "PROFESSIONAL_ID"))
    return doc


def sa_squad_qa(g: Gen) -> Doc:
    """Extractive Q&A over a discharge summary in the SQuAD layout: the answers repeat the
    names and numbers of the context (labelled again), answer_start is no identifier."""
    doc = Doc()
    p = g.person()
    mae = g.person(female=True)
    md = g.person()
    uf = g.pick(UFS)
    crm = g.council("CRM", uf)
    cns = g.cns()
    dob = g.dob("br", 1940, 2010)
    cid = g.pick(CIDS)
    stay = date_run(g, 2)
    ctx = Doc()
    ctx.f("RESUMO DE ALTA. Paciente «p», nascid«o» em «dob», CNS «cns», filh«o» de «mae». Internad«o» em «d1» por «cid», "
          "evoluiu bem, alta em «d2». Orientad«o» a retornar à UBS Jardim Celeste. Médico responsável: «md», «crm».",
          p=P(p.full), o=p.o, dob=(dob, "DATE_OF_BIRTH"), cns=(cns, "BR_CNS"), mae=P(mae.full), d1=stay[0], cid=cid,
          d2=stay[1], md=P(md.full), crm=(crm, "PROFESSIONAL_ID"))
    qas = [("Qual o nome da mãe do paciente?", mae.full, "PERSON"), ("Qual o número do cartão SUS?", cns, "BR_CNS"),
           ("Quem foi o médico responsável?", md.full, "PERSON"), ("Qual o registro profissional do médico?", crm, "PROFESSIONAL_ID"),
           ("Qual a data de nascimento?", dob, "DATE_OF_BIRTH"), ("Qual o diagnóstico da internação?", cid, None)]
    doc.f('{"title": "alta_«id»", "context": "', id=g.d(6))
    doc.add(ctx)
    doc.t('", "qas": [')
    chosen = g.rng.sample(qas, g.rng.randint(3, 4))
    for j, (q, ans, lab) in enumerate(chosen):
        doc.f('{"id": "«qid»", "question": "«q»", "answers": [{"text": "«a»", "answer_start": «s»}]}' + (", " if j < len(chosen) - 1 else ""),
              qid=g.hexs(8), q=q, a=(ans, lab), s=ctx.text.index(ans))
    doc.t("]}\n")
    return doc


# =========================================================================== financeiro

BANKS = [("001", "Banco do Brasil"), ("104", "Caixa"), ("237", "Bradesco"), ("341", "Itaú"), ("260", "Nu Pagamentos"),
         ("077", "Banco Inter"), ("756", "Sicoob"), ("748", "Sicredi")]


CREDIT_QUESTIONS = ["A parcela compromete mais de 30% da renda do proponente?",
                    "Quem é o cônjuge e qual a idade do proponente?", "Em que conta será creditado o valor?"]


def fi_credit_qa(g: Gen) -> Doc:
    """Credit-analysis Q&A: a dossier as context, questions and answers that restate the
    applicant (first name) and the spouse, the account and the bare CPF."""
    doc = Doc()
    c = g.person()
    sp = g.relative(c, female=not c.female)
    cf, cb = cpf_two(g)
    dd, mm, yy = g.dob_parts(1958, 2002)
    renda = g.rng.randint(1800, 22000)
    parc = int(renda * g.rng.uniform(0.15, 0.5))
    bank = g.pick(BANKS)
    ag, cc = g.agency(), g.account()
    an = g.person()
    city, uf = g.city()
    veh = Doc().f("Garantia: «m» «y», placa «pl», RENAVAM «rv» (alienação fiduciária)\n",
                  m=g.pick(["Onix 1.0", "HB20 Sense", "Strada Freedom", "Kwid Zen", "CG 160 Fan"]), y=g.rng.randint(2012, 2024),
                  pl=(g.plate(), "LICENSE_PLATE"), rv=g.neg(11)) if g.chance(0.6) else None
    qi = g.rng.randint(0, 2)
    doc.f("### Contexto:\nDOSSIÊ DE CRÉDITO — proposta «pr» — «prod»\nProponente: «n» | CPF «cf» | nasc. «dob» | «civ» | "
          "renda declarada R$ «r»,00\nContato: «tel» · «mail»\nEndereço: «ad», «b», «city»/«uf» — CEP «cep»\nConta salário: «bk» («bn»), ag. «ag», c/c «cc»\n"
          "Cônjuge: «sp» | CPF «cpf2» | renda R$ «r2»,00\n«veh»Parcela pretendida: R$ «pc»,00 | score bureau «sc» | analista: «an»\n\n"
          "### Pergunta:\n«q»\n\n### Resposta:\n",
          pr=g.d(10), prod="CDC veículo" if veh else "CDC pessoal", veh=veh or "",
          n=P(g.pick([c.full, c.caps])), cf=(cf, "BR_CPF"), tel=(g.phone(), "PHONE_NUMBER"), mail=(g.email(c), "EMAIL_ADDRESS"), dob=(fmt_date(dd, mm, yy, "br"), "DATE_OF_BIRTH"),
          civ=g.pick(["casad" + c.o, "em união estável"]), r=f"{renda:,}".replace(",", "."), ad=(g.address(), "ADDRESS"),
          b=g.pick(BAIRROS), city=city, uf=uf, cep=(g.cep(), "BR_CEP"), bk=bank[0], bn=bank[1],
          ag=(ag, "BANK_ACCOUNT"), cc=(cc, "BANK_ACCOUNT"), sp=P(sp.full), cpf2=(g.cpf(), "BR_CPF"),
          r2=f"{g.rng.randint(0, 9000):,}".replace(",", "."), pc=f"{parc:,}".replace(",", "."), sc=g.rng.randint(300, 950),
          an=P(an.full), q=CREDIT_QUESTIONS[qi])
    if qi == 0:
        share = 100 * parc / renda
        doc.f("«s». A parcela de R$ «pc»,00 representa «p»% da renda declarada de «f» (CPF «cb»)«w».\n",
              s="Sim" if share > 30 else "Não", pc=f"{parc:,}".replace(",", "."), p=f"{share:.0f}", f=P(c.first), cb=(cb, "BR_CPF"),
              w=", acima do limite da política; seria prudente encaminhar à mesa" if share > 30 else ", dentro da política")
    elif qi == 1:
        doc.f("O cônjuge é «sp», e «f» tem «i» anos (nascid«o» em «dob»).\n", sp=P(g.pick([sp.full, sp.short])), f=P(c.first),
              i=age(yy), o=c.o, dob=(fmt_date(dd, mm, yy, g.pick(["long", "iso"])), "DATE_OF_BIRTH"))
    else:
        doc.f("Na conta salário de «f» («bn»): agência «ag», conta «cc».\n", f=P(c.short), bn=bank[1],
              ag=(ag, "BANK_ACCOUNT"), cc=(cc, "BANK_ACCOUNT"))
    return doc


def fi_fraud_cls(g: Gen) -> Doc:
    """Fraud-alert classification: alert texts of a Pix monitor and their labels; keys that
    are e-mails, phones or CPFs take those labels, random keys are PIX_KEY."""
    doc = Doc()
    doc.t("# fraude_cls_v7 — rótulos: fraude_confirmada | suspeita | legitima\n\n")
    for _ in range(g.rng.randint(3, 5)):
        pay, rec = g.person(), g.person()
        kind = g.pick(["uuid", "uuid", "email", "phone", "cpf"])
        key = {"uuid": (g.uuid(), "PIX_KEY"), "email": (g.email(rec), "EMAIL_ADDRESS"), "phone": (g.phone("e164"), "PHONE_NUMBER"),
               "cpf": (g.cpf(), "BR_CPF")}[kind]
        lab = g.pick(["fraude_confirmada", "suspeita", "legitima"])
        k = g.rng.randint(0, 2)
        if k == 0:
            doc.f("Texto: [ALERTA PIX] R$ «m» de «pg» (ag «ag» cc «cc») para a chave «k» («rc», ag «ag2» cc «cc2») às «h», "
                  "dispositivo novo, IP «ip». E2E «e2e».\nRótulo: «lab»\n\n",
                  m=g.money(500, 15000), pg=P(pay.caps), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), k=key,
                  rc=P(rec.caps), ag2=(g.agency(), "BANK_ACCOUNT"), cc2=(g.account(), "BANK_ACCOUNT"), h=g.hm(), ip=(g.ip(), "IP_ADDRESS"), e2e="E" + g.d(8) + g.date("compact") + g.d(4) + g.hexs(7).upper(),
                  lab=lab)
        elif k == 1:
            doc.f("Texto: Cliente «pg» (CPF «cpf») ligou às «h» dizendo que «w» e pediu MED da transferência para «rc», chave «k». "
                  "Contato: «t».\nRótulo: «lab»\n\n",
                  pg=P(pay.full), cpf=(g.cpf(), "BR_CPF"), h=g.hm(), w=g.pick(["caiu no golpe do falso parente", "não reconhece a transação",
                                                      "a filha fez o pix sem querer", "clonaram o whatsapp dela"]),
                  rc=P(g.pick([rec.full, rec.short])), k=key, t=(g.phone(), "PHONE_NUMBER"), lab=lab)
        else:
            doc.f("Texto: 5 Pix seguidos de R$ «m» para «rc» (CPF «cpf») em 3 min a partir da conta de «pg», IP «ip». «w»\n"
                  "Rótulo: «lab»\n\n", ip=(g.ip(), "IP_ADDRESS"),
                  m=g.money(100, 990), rc=P(rec.full), cpf=(g.cpf(), "BR_CPF"), pg=P(pay.short),
                  w=g.pick(["Recebedor é o próprio filho.", "Sinal verde do analista.", "Valor modesto, padrão de aluguel.",
                            "Conta recebedora aberta há 2 dias."]), lab=lab)
    return doc


def fi_statement_json(g: Gen) -> Doc:
    """Statement extraction: a plain-text bank statement as input, the JSON of its header and
    transactions as output (counterparties by name, the CPF bare; masked documents stay out)."""
    doc = Doc()
    asc = g.chance(0.3)
    E = uesc if asc else keep
    c = g.person()
    cf, cb = cpf_two(g)
    ag, cc = g.agency(), g.account()
    bank = g.pick(BANKS)
    mm = g.rng.randint(1, 12)
    txs = []
    for day in sorted(g.rng.sample(range(1, 29), g.rng.randint(3, 4))):
        who = g.person()
        kind = g.pick(["PIX ENVIADO", "PIX RECEBIDO", "TED RECEBIDA"])
        src = Doc().f("«b» «a» «c»", b=g.pick(BANKS)[0], a=(g.agency(False), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT")) \
            if kind == "TED RECEBIDA" else f"***.{g.d(3)}.{g.d(3)}-**"
        txs.append((day, kind, who, g.money(30, 4000), src))
    doc.f("### Instrução:\nConverta o extrato em JSON com titular, cpf, agencia, conta e lancamentos (data, tipo, contraparte, valor).\n\n"
          "### Entrada:\n«bn» — EXTRATO DE CONTA CORRENTE\nCliente: «N»    CPF: «cf»\nAgência: «ag»    Conta: «cc»\nPeríodo: 01/«mm»/2025 a "
          "28/«mm»/2025\n", bn=bank[1].upper(), N=P(c.caps), cf=(cf, "BR_CPF"), ag=(ag, "BANK_ACCOUNT"), cc=(cc, "BANK_ACCOUNT"),
          mm=f"{mm:02d}")
    for d, t, who, m, doc_m in txs:
        doc.f("«d»  «t» «w»  «dm»  «s»«m»\n", d=f"{d:02d}/{mm:02d}", t=t, w=P(fold(who.full).upper()), dm=doc_m,
              s="-" if "ENVIADO" in t else "", m=m)
    doc.t("\n### Resposta:\n")
    doc.f('{"titular": "«n»", "cpf": "«cb»", "agencia": "«ag»", "conta": "«cc»", "lancamentos": [', n=P(E(c.full)),
          cb=(cb, "BR_CPF"), ag=(ag, "BANK_ACCOUNT"), cc=(cc, "BANK_ACCOUNT"))
    for j, (d, t, who, m, _) in enumerate(txs):
        val = ("-" if "ENVIADO" in t else "") + m.replace(".", "").replace(",", ".")
        doc.f('{"data": "«d»", "tipo": "«t»", "contraparte": "«w»", "valor": «v»}' + (", " if j < len(txs) - 1 else ""),
              d=fmt_date(d, mm, 2025, "iso"), t=t.lower().replace(" ", "_"), w=P(E(who.full)), v=val)
    doc.t("]}\n")
    return doc


def fi_chatml_card(g: Gen) -> Doc:
    """Card-support transcripts in ChatML (<|im_start|>role ... <|im_end|>): the customer types
    the full card number, the assistant answers with its last digits and a masked CPF only."""
    doc = Doc()
    bot = g.pick(BOTS)
    for _ in range(g.pick([1, 2])):
        c = g.person()
        card = g.card(g.chance(0.6))
        cb = g.cpf_digits()
        doc.f("<|im_start|>system\nVocê é «b», do atendimento de cartões do Banco Esperança. Nunca repita o número completo do cartão "
              "nem o CPF.<|im_end|>\n<|im_start|>user\nperdi meu cartão «card», quero bloquear urgente. sou «n»<|im_end|>\n"
              "<|im_start|>assistant\n«f», vou te ajudar. Por segurança, confirme o CPF do titular.<|im_end|>\n"
              "<|im_start|>user\n«cpf»<|im_end|>\n<|im_start|>assistant\nObrigad«bo». O cartão final «fin» do CPF ***.«mid»-** "
              "foi bloqueado. O novo será enviado para «ad», CEP «cep», em até 7 dias úteis. Quer cadastrar um celular para avisos?"
              "<|im_end|>\n<|im_start|>user\n«ans»<|im_end|>\n<|im_start|>assistant\n«fim»<|im_end|>\n",
              b=bot, card=(card, "CREDIT_CARD"), n=P(name_form(g, c, ["low", "full", "lowshort", "first"])), f=P(c.first),
              cpf=(g.pick([fmt_cpf(cb), cb]), "BR_CPF"), bo="a" if bot != "Theo" else "o", fin=card.replace(" ", "")[-4:],
              mid=f"{cb[3:6]}.{cb[6:9]}", ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"),
              ans=g.pick([Doc().f("sim «t»", t=(g.phone("raw"), "PHONE_NUMBER")), "não precisa", Doc().f("pode ser o «t»", t=(g.phone(), "PHONE_NUMBER"))]),
              fim=g.pick(["Pronto! Mais alguma coisa?", "Combinado. Até logo!", Doc().f("Feito, «f». Até mais!", f=P(c.first))]))
    return doc


def fi_fewshot_kyc(g: Gen) -> Doc:
    """A few-shot KYC extraction prompt: free text from account-opening chats and the
    "campo=valor" lines expected, with documents normalised to digits."""
    doc = Doc()
    doc.t("Extraia os documentos do texto no formato campo=valor (nome, cpf, rg, cnh, titulo, pis, nascimento). Omita o que não "
          "houver. Não copie placeholders como {{cpf}} ou [RG].\n\n")
    n = g.rng.randint(2, 3)
    for i in range(n + 1):
        c = g.person()
        cf, cb = cpf_two(g)
        rg = g.rg("dot")
        cnh = g.cnh()
        tit = g.titulo(True)
        pis = g.pis("dot")
        dd, mm, yy = g.dob_parts(1950, 2005)
        pick = g.rng.sample(["rg", "cnh", "titulo", "pis"], 2)
        doc.t(f"### Exemplo {i + 1}\n" if i < n else "### Texto a extrair\n")
        extra = {"rg": ("RG «x»", rg, "BR_RG"), "cnh": ("CNH «x»", cnh, "BR_CNH"), "titulo": ("título de eleitor «x»", tit, "BR_TITULO_ELEITOR"),
                 "pis": ("PIS «x»", pis, "BR_PIS")}
        parts = [Doc().f(extra[k][0], x=(extra[k][1], extra[k][2])) for k in pick]
        doc.f("Texto: «hi» «n», CPF «cf», nascid«o» em «dob», «p1» e «p2».«w»\n",
              hi=g.pick(["Me chamo", "Sou", "Nome completo:", "aqui é"]), n=P(name_form(g, c, ["full", "low", "caps"])),
              cf=(g.pick([cf, cb]), "BR_CPF"), o=c.o, dob=(fmt_date(dd, mm, yy, g.pick(["br", "long", "nopad"])), "DATE_OF_BIRTH"),
              p1=parts[0], p2=parts[1], w=g.pick([" Trabalho como autônomo.", " Quero abrir conta conjunta depois.", "", " Obrigad" + c.o + "!"]))
        if i == n:
            doc.t("Campos:\n")
            break
        doc.f("Campos:\nnome=«n»\ncpf=«cb»\nnascimento=«dob»\n", n=P(c.full), cb=(cb, "BR_CPF"),
              dob=(fmt_date(dd, mm, yy, "iso"), "DATE_OF_BIRTH"))
        for k in pick:
            v = extra[k][1]
            doc.f(f"{k}=«x»\n", x=(re.sub(r"[^0-9X]", "", v), extra[k][2]))
        doc.t("\n")
    return doc


def fi_call_summary(g: Gen) -> Doc:
    """Summarisation of a collections call (ASR transcript, operator and customer) into a CRM
    note: digits dictated in words are not labelled, ASR digits are."""
    doc = Doc()
    op = g.person()
    c = g.person()
    cb = g.cpf_digits()
    em = g.email(c)
    words = ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"]
    spoken = g.chance(0.4)
    pp = g.phone_parts()
    doc.f("### Transcrição (ASR, «d»):\nOPERADOR(A) «op»: Bom dia, falo com «n»?\nCLIENTE: isso, sou eu\n"
          "OPERADOR(A): Para confirmar, me diga seu CPF.\nCLIENTE: «cpf»\nOPERADOR(A): Obrigad«oo». Consta o contrato «ct» com R$ «m» em "
          "atraso. Podemos parcelar em «x» vezes.\nCLIENTE: pode ser, mas manda o boleto por e-mail, «em_sp»\n"
          "OPERADOR(A): Enviado para «em». Mais alguma coisa?\nCLIENTE: não, só que é pra ligar depois das 18h no «t»\n\n"
          "### Resumo para o CRM:\nCliente «n2» (CPF «cb») aceitou parcelar R$ «m» em «x»x; boleto enviado para «em2». Ligar após 18h "
          "no «t2». Atendimento: «op2».\n",
          d=g.date("br"), op=P(op.first), n=P(c.full), cpf=(" ".join(words[int(ch)] for ch in cb), None) if spoken
          else (g.pick([cb, f"{cb[:3]} {cb[3:6]} {cb[6:9]} {cb[9:]}", fmt_cpf(cb)]), "BR_CPF"),
          oo=op.o, ct=g.neg(11), m=g.money(300, 9000), x=g.rng.randint(3, 12),
          em_sp=em.replace("@", " arroba ").replace(".", " ponto "), em=(em, "EMAIL_ADDRESS"), t=(g.phone("sp", parts=pp), "PHONE_NUMBER"),
          n2=P(c.short), cb=(cb, "BR_CPF"), em2=(em, "EMAIL_ADDRESS"), t2=(g.phone("par", parts=pp), "PHONE_NUMBER"), op2=P(op.full))
    return doc


def fi_macros_csv(g: Gen) -> Doc:
    """Collection macros as CSV (id;template;exemplo): placeholders of many styles beside the
    author's filled examples; boleto lines and contract numbers are no identifiers."""
    doc = Doc()
    doc.t("id;canal;template;exemplo;autor;enviado_para\n")
    for k in g.rng.sample([0, 1, 2, 3, 4], g.rng.randint(3, 4)):
        c = g.person()
        au = g.person()
        pp = g.phone_parts()
        to = (g.email(c), "EMAIL_ADDRESS") if k == 2 else (g.phone(g.pick(["e164", "raw", "cc"]), parts=pp), "PHONE_NUMBER")
        if k == 0:
            doc.f("COB-01;whatsapp;\"Olá, {{primeiro_nome}}! Identificamos a parcela {{n_parcela}} em aberto (R$ {{valor}}). Pague "
                  "pelo Pix ou boleto: {{linha_digitavel}}\";\"Olá, «f»! Identificamos a parcela 3 em aberto (R$ «m»). Pague pelo "
                  "Pix ou boleto: «bol»\";«a»;«to»\n",
                  f=P(c.first), m=g.money(80, 2000), bol=f"{g.d(5)}.{g.d(5)} {g.d(5)}.{g.d(6)} {g.d(5)}.{g.d(6)} {g.d(1)} {g.d(14)}",
                  a=author(g, au, au.full), to=to)
        elif k == 1:
            doc.f("COB-02;sms;\"{nome}, seu acordo {contrato} vence hoje. Duvidas: {tel_central}\";\"«n», seu acordo «ct» vence hoje. "
                  "Duvidas: 0800 «z»\";«a»;«to»\n",
                  n=P(fold(c.short).upper()), ct=g.d(12), z=f"{g.d(3)} {g.d(4)}", a=author(g, au, au.short), to=to)
        elif k == 2:
            doc.f("COB-03;email;\"Prezado(a) %NOME%, CPF %CPF%, ...\";\"Prezado(a) «n», CPF «cpf», informamos que o débito foi "
                  "negativado. Responda para este e-mail («e») com o comprovante.\";«a»;«to»\n",
                  n=P(c.full), cpf=(g.cpf(), "BR_CPF"), e=(g.email(au, "bancoesperanca.com.br"), "EMAIL_ADDRESS"), a=author(g, au, au.full), to=to)
        elif k == 3:
            doc.f("COB-04;voz;\"[NOME], aqui é da Cooperativa Vale da Paz...\";\"«n», aqui é da Cooperativa Vale da Paz. Ligamos para o "
                  "«t» sobre o contrato «ct».\";«a»;«to»\n",
                  n=P(c.first), t=(g.phone("par", parts=pp), "PHONE_NUMBER"), ct=g.neg(11), a=author(g, au, au.first), to=to)
        else:
            doc.f("COB-05;whatsapp;\"Oi ${cliente.apelido}! Bora regularizar? Acordo com «pct»% de desconto até ${data_limite}.\";"
                  "\"Oi «nk»! Bora regularizar? Acordo com «pct»% de desconto até «d».\";«a»;«to»\n",
                  pct=g.rng.randint(10, 70), nk=P(c.nick), d=g.date("br"), a=author(g, au, au.full), to=to)
    return doc


TEMPLATES = {
    "atendimento": [at_hash_pairs, at_chatml, at_macros, at_classif, at_fewshot_extract, at_user_assistant, at_summary],
    "juridico": [ju_petition_summary, ju_clause_json, ju_alpaca_qa, ju_fewshot_cls, ju_llama_chat, ju_anon_pairs,
                 ju_alpaca_notice],
    "saude": [sa_note_summary, sa_triage_cls, sa_rx_extract, sa_sharegpt, sa_fewshot_cid, sa_macros_yaml, sa_squad_qa],
    "financeiro": [fi_credit_qa, fi_fraud_cls, fi_statement_json, fi_chatml_card, fi_fewshot_kyc, fi_call_summary,
                   fi_macros_csv],
}

UESC = re.compile(r"\\u[0-9a-f]{4}")
ELEVEN = re.compile(r"(?<![\w.])(\d{3}\.\d{3}\.\d{3}-\d{2}|\d{3} \d{3} \d{3} \d{2}|\d{11})(?![\w])")
PLACEHOLDER = re.compile(r"[{}\[\]<>%$]|XXX|Fulano")


def check(record: dict) -> None:
    text, last = record["text"], 0
    for s in record["spans"]:
        assert last <= s["start"] < s["end"] <= len(text), (record["id"], s)
        v = text[s["start"]:s["end"]]
        assert v and v == v.strip(), (record["id"], s, v)
        assert not PLACEHOLDER.search(v), (record["id"], v)
        last = s["end"]
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
            assert not re.search(r"[0-9]", UESC.sub("", v)), (record["id"], v)
            assert v not in BOTS, (record["id"], v)
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (record["id"], v)
        elif lab == "DATE_OF_BIRTH":
            assert re.search(r"\d{4}|\d\d/\d\d/\d\d", v), (record["id"], v)
        elif lab == "PROFESSIONAL_ID":
            assert re.match(r"(CRM|OAB|COREN|CRO|CRF|CRP)", v), (record["id"], v)
    # every 11-digit number left unlabelled (contracts, RENAVAM, protocols) must fail the CPF check
    covered = [False] * len(text)
    for s in record["spans"]:
        covered[s["start"]:s["end"]] = [True] * (s["end"] - s["start"])
    for m in ELEVEN.finditer(text):
        if not any(covered[m.start():m.end()]):
            assert not cpf_ok(re.sub(r"\D", "", m.group())), (record["id"], m.group())
    # the JSON-shaped records must parse: a damaged line would test the parser, not the detector
    for line in text.splitlines():
        if line.startswith('{"') and line.endswith("}"):
            json.loads(line)


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
            value = json.loads(f'"{r["text"][s["start"]:s["end"]]}"') if "\\u" in r["text"][s["start"]:s["end"]] else \
                r["text"][s["start"]:s["end"]]
            for w in re.findall(r"[\w'-]+", value):
                if w.lower() in PARTICLES:
                    continue
                total += 1
                rare += fold(w).lower() in folded
    return rare / max(total, 1)


def main() -> None:
    records = build()
    with (HERE / "twentyfirst.jsonl").open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for r in records:
        for s in r["spans"]:
            counts[s["label"]] = counts.get(s["label"], 0) + 1
    n = sum(counts.values())
    print("twentyfirst", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
