"""Build the twenty-fourth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_twentyfourth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or
run), standalone (own check-digit code, no Faker, no import from afinar), seed 24,
280 records: 7 templates per domain, 10 copies each.

Register, not used by the earlier sets: sales and customer-relationship records, the way
personal data sits in the tools of sellers, call centres and CRM teams. CRM cards and
activity timelines (Salesforce/HubSpot/RD Station style) with auto-generated system lines
next to terse seller shorthand ("lig. p/ cliente, ñ atendeu, retornar 3a"), lead lists
exported for a campaign, telemarketing and collection call scripts filled in with the
customer's data, speech-analytics transcripts (timestamps, diarised AGENTE/CLIENTE speaker
labels, sentiment and keyword headers; the ASR output already normalises digits and
e-mails), chatbot logs with a handoff to a human, NPS and satisfaction survey answers with
respondent data (customers writing in lower case, with typos and no accents), e-commerce
order and return tickets, insurance and consórcio proposals, real-estate broker leads.
- atendimento: an e-commerce return ticket (Zendesk-like: order fields, customer message,
  internal note, public reply), an NPS survey export with free-text answers, a retail
  chatbot log with handoff to an agent, a speech-analytics transcript of a broadband
  retention call, a HubSpot-like contact card with its activity timeline, a filled-in
  telemarketing upgrade script, a real-estate portal lead with the broker's visit notes.
- juridico: a consumer complaint escalated from the SAC to the legal team (e-mail thread),
  a debt-collection agreement (termo de acordo e confissão de dívida), a filled-in
  collection call script with a promise to pay, a B2B contract renegotiation deal in an RD
  Station-like CRM with the in-house lawyer's review, a request for "subsídios" to defend a
  small-claims suit answered with the CRM history, an LGPD / Não Me Perturbe complaint
  traced back to a purchased lead list, an extrajudicial notice over a mis-sold consórcio.
- saude: a health-plan membership proposal (holder, dependants, health declaration), a
  dental-plan lead list exported for a campaign, a clinic scheduling CRM card with its
  WhatsApp thread, a clinic's appointment-confirmation chatbot with handoff, a hospital's
  patient-experience survey report, a health-plan seller's lead timeline for a family, a
  speech-analytics transcript of a health-plan welcome (verification) call.
- financeiro: a consórcio membership proposal, an auto-insurance quote/proposal, a filled-in
  credit-card sales script, a speech-analytics transcript of a collection call, a lead list
  of pre-approved credit, a life-insurance proposal with beneficiaries, a bank chatbot log
  (card block and dispute) with handoff.

Conventions (the twentieth set's, with the twenty-second's decisions where they apply):
PERSON covers the name only, never "Sr.", "Sra.", "Dr.", "Dra.", "dona", "seu"; particles
inside a name (de, da, dos, e) are part of it; "SURNAME, Given" is one span; nicknames and
first names alone are persons; first_name/last_name columns are one span each. Staff named
in the text (sellers, agents, operators, supervisors, brokers, receptionists, doctors,
lawyers, DPOs) are persons; logins, queue names, system accounts, automations and bot names
are not, the chatbot's persona name included ("Flora", "Aurora", "Celeste" and "Bento" as
bots are not persons). Speaker labels of transcripts (AGENTE, CLIENTE, BOT, SISTEMA) are not
labelled. Corporate e-mails of people are EMAIL_ADDRESS; role mailboxes (sac@, vendas@,
juridico@, dpo@, nao-responda@) are not labelled. ADDRESS is street type + name + number +
complement (bairro, city, UF outside); a company's, clinic's or sales stand's address is not
labelled, nor a listed property that is only named by its building and neighbourhood. Every
CEP is BR_CEP, a company's too. Phone numbers with an area code are PHONE_NUMBER (a
broker's or seller's mobile too); 0800, 4004 and 3003 numbers are not. Agency and account
are separate BANK_ACCOUNT spans; bank codes are not. DATE_OF_BIRTH only for birth dates
(also a dependant's, spoken in a transcript as digits, or in a lead list column);
contact, visit, due, signature, first-licence and consent dates are not. PROFESSIONAL_ID
includes the council acronym and UF ("CRM/SP 123456", "CRO-RJ 45678", "CRECI/SP 98765-F",
"OAB/MG 123.456", "COREN-BA 123456"). Decision for this set: the SUSEP registration of an
insurance broker ("SUSEP 10.203456.7") is a regulator's registry, not a professional
council, and is NOT labelled; nor is a consórcio seller's code. PIX_KEY only for random
(UUID) keys used as Pix keys (a customer's key for a refund, a creditor's random key for a
payment); Pix keys that are a CPF, CNPJ, e-mail or phone take those labels; Pix end-to-end
ids and CRM record UUIDs are not labelled. BR_CNPJ covers both the numeric and the 2026
alphanumeric form. CREDIT_CARD only for full card numbers (a proposal's payment field, a
number a customer pasted in a chat); masked cards ("final 4821", "5502 **** **** 4821") are
not labelled. LICENSE_PLATE for old (ABC-1234) and Mercosul (ABC1D23) plates. Masked CPFs
("***.456.789-**"), masked e-mails ("j***@gmail.com"), lead, deal, ticket, protocol, order,
tracking, proposal, group/quota and contract numbers are not labelled.

Names: Brazilian names of many origins (Portuguese common and regional, coined names such
as Uóchinton, Lauanny, Dhonatan, Kethellen, Waldisney; Italian, German/Pomeranian,
Japanese/Okinawan, Lebanese, Korean, Chinese, Haitian, Venezuelan, Angolan, Senegalese,
Bolivian/Peruvian, indigenous, Jewish, Ukrainian), at least a quarter of the name words
rare or invented; names that are also words (Rosa, Luz, Flor, Bento, Prudente, Amado,
Vitória, Aurora, Branco, Graça, Celeste, Justo, Modesto) next to the same words used as
words ("cor BRANCO", "azul celeste", "frete de graça", "conta de luz", "seria prudente",
"preço justo") and in places, products, bots and companies (Presidente Prudente, Bento
Gonçalves, Vitória/ES, Seguradora Celeste, Consórcio Aurora, Drogaria Flor de Lis), which
are not persons. Forms: full names, ALL CAPS without accents (system exports, scripts),
lower case (customers typing), "SURNAME, Given", first name alone, nicknames.

Hard negatives (never labelled): CNJ process numbers, 11-digit numbers failing the CPF
check (protocols, customer codes, chassis-free RENAVAM-like codes, invalid CPFs quoted as
such), ICD-10 codes, money, protocol/order/ticket/lead/deal numbers, tracking codes,
consórcio group and quota, SUSEP and ANS registrations, health-plan card numbers, company
and product names containing a surname or a name-word, streets honouring people inside
addresses (part of ADDRESS, not PERSON), laws ("CDC, art. 42", "Lei 13.709/2018"), dates
that are not birth dates, masked cards and CPFs, 0800/4004 numbers, call and session ids,
chassis and FIPE codes, the UUIDs of chat sessions and transcripts. The check below verifies
the check digits of every labelled identifier and that no unlabelled digit run shaped like a
CPF (11 digits or dotted), a título (12), a CNS (15) or a card (16, grouped or not) passes
its check.

Forms decided for this register: a transcript's ASR text is lower case without accents
("rua doutor bento amaral número 835 sala 621" is one ADDRESS span; "sem número" counts as
the number), a CPF read out in groups ("070 710 181 70") is BR_CPF; chat logs keep the
customer's typing (typos, no accents); the RG comes in the SP form with its check digit or
as "MG-12.345.678" (8 digits, no check); lead lists split names into first_name/last_name
in half of the exports and keep a single "nome" column in the others.
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
SEED = 24
ORD = "twentyfourth"

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
WEEKDAYS = ["2a", "3a", "4a", "5a", "6a", "sáb", "seg", "qua", "sexta"]

# --------------------------------------------------------------------------- name pools
# RARE_* hold uncommon, regional or coined names; main() prints their share of PERSON words.

PT_F = ["Renata", "Vanessa", "Carolina", "Bianca", "Daniela", "Eliane", "Márcia", "Kátia", "Rosana", "Lúcia",
        "Helena", "Alice", "Lívia", "Cecília", "Bruna", "Jéssica", "Thaís", "Sueli", "Regina", "Vera Lúcia",
        "Maria Aparecida", "Ana Paula", "Fernanda", "Patrícia", "Juliana", "Camila", "Adriana", "Simone",
        "Luciana", "Tatiane", "Priscila", "Larissa", "Gabriela", "Mariana", "Maria do Socorro", "Francisca"]
RARE_F = ["Josilene", "Zuleide", "Edvânia", "Gercina", "Marlucia", "Claudineia", "Ozenira", "Raimunda Nonata",
          "Leidiane", "Rosimeire", "Eronildes", "Vaneide", "Ednalva", "Maciléia", "Deuzuite", "Alzenir", "Kamilly",
          "Rayssa", "Lohany", "Taynná", "Crisleide", "Valmira", "Jozélia", "Francinete", "Gildete", "Clebiane",
          "Lauanny", "Dheyse", "Wérica", "Adenilde", "Quitéria", "Joselma", "Rozimar", "Valdirene", "Nailde",
          "Jeruza", "Aucilene", "Thaynara", "Kethellen", "Ysadora", "Iraildes", "Maristela Dayane"]
PT_M = ["Marcelo", "Alexandre", "Fernando", "Paulo", "Sérgio", "Luiz Carlos", "Carlos Eduardo", "Wagner",
        "Cláudio", "André", "Renato", "Júlio César", "Otávio", "Caio", "Enzo", "Davi", "Samuel", "Pedro Henrique",
        "Felipe", "Marcos", "Jorge", "Nelson", "Rodrigo", "Mauro", "Wellington", "Fábio", "Ricardo", "Rafael",
        "Gustavo", "Thiago", "Bruno", "Leandro", "Diego", "João Victor", "Antônio", "José Carlos"]
RARE_M = ["Aldemir", "Edilson", "Genival", "Josimar", "Uelinton", "Reginauro", "Juvenal", "Ozéas", "Valdeci",
          "Cleidson", "Gilvan", "Ivonaldo", "Erisvaldo", "Jailton", "Lindomar", "Hermógenes", "Rhuan", "Kayky",
          "Thalisson", "Abdias", "Elpídio", "Florisvaldo", "Sinval", "Zózimo", "Waldisney", "Uóchinton", "Dhonatan",
          "Adailton", "Cosme Damião", "Edivaldo", "Jucelino", "Raniere", "Wendson", "Gedeão", "Claudionor",
          "Deoclécio", "Ubiratã", "Jocélio", "Kauã Emanuel", "Natanael"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa", "Rodrigues", "Martins", "Carvalho", "Gomes",
          "Ribeiro", "Alves", "Araújo", "Barbosa", "Cardoso", "Castro", "Lopes", "Mendes", "Nunes", "Ramos", "Reis",
          "Teixeira", "Vieira", "Moura", "Nogueira", "Azevedo", "Campos", "Duarte", "Andrade", "Marques",
          "Nascimento", "Santana", "Machado", "Ferreira", "Lima", "Rocha", "Dias", "Moreira", "Monteiro"]
RARE_SUR = ["Cavalheiro", "Bulhões", "Faustino", "Anunciação", "Penedo", "Caetité", "Apolinário", "Gadelha",
            "Jacobina", "Landim", "Quixadá", "Belchior", "Perdigão", "Rolim", "Cantanhede", "Parnaíba", "Queiroga",
            "Seabra", "Trajano", "Varjão", "Xerez", "Alencastro", "Conrado", "Inojosa", "Juruena", "Otoni",
            "Tabosa", "Mourão", "Sucupira", "Ximenes", "Frota", "Aragão", "Bessa", "Catunda", "Jatobá", "Pontual",
            "Uchôa", "Wanderley", "Cirino", "Buriti", "Arcoverde", "Baraúna"]
WORD_F = ["Rosa", "Vitória", "Flor", "Luz", "Aurora", "Graça", "Celeste"]
WORD_M = ["Bento", "Prudente", "Amado", "Justo", "Modesto", "Celeste"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Bento", "Flor", "Luz", "Amado", "Graça", "Vitória", "Celeste",
            "Cordeiro", "Raposo", "Pombo", "Sardinha", "Palmeira", "Franco"]
NICK = {"Luiz Carlos": "Luizinho", "Maria Aparecida": "Cida", "Vera Lúcia": "Verinha", "Raimunda Nonata": "Nonata",
        "Maria do Socorro": "Socorro", "Francisca": "Chica", "Pedro Henrique": "PH", "Carlos Eduardo": "Cadu",
        "Alexandre": "Xande", "Francinete": "Net", "Deuzuite": "Zuzu", "Hermógenes": "Mogenes", "José Carlos": "Zeca",
        "Antônio": "Toninho", "Cosme Damião": "Cosminho", "Florisvaldo": "Flor", "Júlio César": "Julinho",
        "Rodrigo": "Digão", "Wellington": "Tom", "Ubiratã": "Bira", "Quitéria": "Teca", "Gildete": "Gil",
        "João Victor": "JV", "Rozimar": "Rô", "Claudionor": "Nonô"}
FOREIGN = {
    "it": (["Graziella", "Ornella", "Donatella"], ["Lorenzo", "Vittorio", "Ettore"],
           ["Bortolotto", "Gasparetto", "Dalla Costa", "Marcon", "Bianchini", "Fiorese", "Zanella"]),
    "de": (["Waltraud", "Gerda", "Liesel"], ["Helmut", "Ewald", "Armin"],
           ["Schneider", "Hoffmann", "Krüger", "Voigt", "Lemke", "Stüpp", "Tesch", "Ramlow"]),
    "jp": (["Sachiko", "Naomi", "Emiko"], ["Kenji", "Takeshi", "Hiroshi"],
           ["Yamashiro", "Tamashiro", "Kinjo", "Oshiro", "Matsumoto", "Higa"]),
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
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in ("ht", "sn", "ao", "in", "ua", "bo", "pe", "ve", "jw"):
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Costa", "Rosa", "Luz", "Vitória", "Silva", "Penedo", "Graça", "Conceição", "Rocha"}
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
                "Vila", "Servidão"]
STREET_NAMES = ["Rosa Branca", "Doutor Bento Amaral", "da Aurora", "Prudente de Morais", "Flor de Lis", "das Palmeiras",
                "Coronel Lourival Penedo", "Professora Zuleide Gadelha", "Dom Pedro II", "Barão do Rio Branco",
                "Luz Divina", "Frei Caneca", "General Osório", "Capitão Abdias Landim", "das Acácias",
                "Vitória Régia", "Padre Anchieta", "Quinze de Novembro", "Irmãos Bulhões", "Nossa Senhora da Graça",
                "Senador Queiroga", "Juscelino Kubitschek", "Santos Dumont", "Marechal Deodoro", "Céu Celeste",
                "Amado Batista", "Joaquim Nabuco", "Tiradentes", "Sete de Setembro", "Maria Quitéria",
                "Dona Ozenira Tabosa", "Engenheiro Caetité", "Tenente Justo Sucupira", "dos Ipês", "Carlos Gomes"]
CITIES = [("Presidente Prudente", "SP"), ("Bento Gonçalves", "RS"), ("Vitória", "ES"), ("Vitória da Conquista", "BA"),
          ("Rio Branco", "AC"), ("Santa Luzia", "MG"), ("Aurora", "CE"), ("Flores da Cunha", "RS"), ("Londrina", "PR"),
          ("Maringá", "PR"), ("Joinville", "SC"), ("Criciúma", "SC"), ("Pelotas", "RS"), ("Juiz de Fora", "MG"),
          ("Uberlândia", "MG"), ("Ribeirão Preto", "SP"), ("Campinas", "SP"), ("Sorocaba", "SP"), ("São Paulo", "SP"),
          ("Osasco", "SP"), ("Rio de Janeiro", "RJ"), ("Niterói", "RJ"), ("Petrolina", "PE"), ("Recife", "PE"),
          ("Sobral", "CE"), ("Fortaleza", "CE"), ("Teresina", "PI"), ("Belém", "PA"), ("Manaus", "AM"),
          ("Boa Vista", "RR"), ("Campo Grande", "MS"), ("Cuiabá", "MT"), ("Goiânia", "GO"), ("Salvador", "BA"),
          ("Feira de Santana", "BA"), ("Natal", "RN"), ("João Pessoa", "PB"), ("Maceió", "AL"), ("Aracaju", "SE"),
          ("Curitiba", "PR"), ("Porto Alegre", "RS"), ("Florianópolis", "SC"), ("Belo Horizonte", "MG"), ("Brasília", "DF")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN", "PB", "MT",
       "MS", "PI", "SE", "AL"]
BAIRROS = ["Jardim Aurora", "Vila Prudente", "Centro", "Bela Vista", "Jardim Rosa Branca", "Alto da Luz",
           "Parque Bento Ribeiro", "Vila Esperança", "Bonfim", "Graças", "Flor do Vale", "Cidade Nova", "Boa Viagem",
           "Cohab II", "Jardim Celeste", "Setor Bueno", "Padre Eustáquio", "Jardim Amado", "Mangabeira", "Pituba"]
CIDS = ["E11.9", "I10", "J45.9", "N18.3", "K29.7", "M54.5", "F32.1", "O26.8", "C50.9", "G40.9", "E66.9", "Z34.0",
        "I25.1", "E03.9", "M17.1", "K80.2", "F41.1", "H40.1", "N40", "E78.5"]
STORES = ["Magazine Flor de Lis", "Lojas Prudente", "Casa Aurora Utilidades", "Bento Móveis", "Celeste Calçados",
          "Mundo Luz Eletro", "Amado Esportes", "Vitória Presentes", "Empório Graça", "Branco Home"]
TELCOS = ["Aurora Fibra", "NetCeleste", "Vitória Telecom", "LuzNet Internet", "Prudente Conecta"]
BANKS = [("001", "Banco do Brasil"), ("104", "Caixa"), ("237", "Bradesco"), ("341", "Itaú"), ("033", "Santander"),
         ("260", "Nubank"), ("077", "Inter"), ("756", "Sicoob"), ("748", "Sicredi"), ("336", "C6 Bank")]


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
        return self.given.split()[0] if not self.given.startswith(("Maria d", "Cosme ")) else self.given

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
            "lowshort": fold(p.short).lower(), "capsfirst": fold(p.first).upper()}[form]


def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def fmt_date(dd: int, mm: int, yy: int, fmt: str) -> str:
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}", "compact": f"{yy}{mm:02d}{dd:02d}",
            "short": f"{dd:02d}/{mm:02d}/{yy % 100:02d}", "long": f"{dd} de {MONTHS[mm - 1]} de {yy}",
            "dash": f"{dd:02d}-{mm:02d}-{yy}", "nopad": f"{dd}/{mm}/{yy}", "dot": f"{dd:02d}.{mm:02d}.{yy}",
            "dm": f"{dd:02d}/{mm:02d}", "caps": f"{dd} DE {fold(MONTHS[mm - 1]).upper()} DE {yy}"}[fmt]


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
        if r < 0.48:
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
                          f"{f}.{l}.{self.pick(['adv', 'rh', 'contato', 'oficial'])}"])
        domain = domain or self.pick(["gmail.com", "gmail.com", "gmail.com", "hotmail.com", "yahoo.com.br", "outlook.com",
                                      "bol.com.br", "uol.com.br", "icloud.com", "live.com", "terra.com.br"])
        return f"{user}@{domain}"

    def masked_email(self, p: Person) -> str:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower())
        return f"{f[0]}{'*' * self.ri(3, 6)}@{self.pick(['gmail.com', 'hotmail.com', 'outlook.com'])}"

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
        n = self.d(11)
        return self.pick([f"***.{n[3:6]}.{n[6:9]}-**", f"{n[:3]}.***.***-{n[9:]}", f"***.***.{n[6:9]}-{n[9:]}"])

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
        dash = self.chance(0.8) if dash is None else dash
        return f"{n[:5]}-{n[5:]}" if dash else n

    def phone(self, style: str | None = None, mobile: bool = True) -> str:
        ddd = self.pick(DDDS)
        local = ("9" + str(self.rng.randint(6, 9)) + self.d(7)) if mobile else (str(self.rng.randint(2, 5)) + self.d(7))
        h, t = local[:-4], local[-4:]
        style = style or self.pick(["par", "par", "plus", "plain", "e164", "raw", "dash", "nospace"])
        return {"par": f"({ddd}) {h}-{t}", "plus": f"+55 {ddd} {h}-{t}", "plain": f"{ddd} {h}-{t}",
                "e164": f"+55{ddd}{local}", "raw": f"{ddd}{local}", "dash": f"{ddd}-{h}-{t}",
                "sp": f"{ddd} {h} {t}", "cc": f"55{ddd}{local}", "nospace": f"({ddd}){h}-{t}",
                "zero": f"0{ddd} {h}-{t}"}[style]

    def tollfree(self) -> str:
        return self.pick([f"0800 {self.d(3)} {self.d(4)}", f"0800-{self.d(3)}-{self.d(4)}", f"4004-{self.d(4)}",
                          f"3003 {self.d(4)}", f"4003-{self.d(4)}"])

    def card(self, spaced: bool = True) -> str:
        b = self.pick(["4", "5", "5", "6"]) + self.d(14)
        n = b + luhn_dv(b)
        return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if spaced else n

    def masked_card(self) -> str:
        return self.pick([f"final {self.d(4)}", f"**** **** **** {self.d(4)}", f"{self.pick(['5502', '4984', '5162'])} **** **** {self.d(4)}",
                          f"XXXX XXXX XXXX {self.d(4)}", f"terminado em {self.d(4)}"])

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
        first = self.pick([177, 179, 186, 187, 189, 191, 200, 201, 138, 152, 170, 45, 131, 143, 168, 181])
        return f"{first}.{self.rng.randint(0, 255)}.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}"

    def street_parts(self) -> tuple[str, str, str, str]:
        t = self.pick(STREET_TYPES)
        name = self.pick(STREET_NAMES)
        num = str(self.rng.randint(3, 3999)) if self.chance(0.92) else "s/n"
        comp = self.pick(["", "", "", f"apto {self.rng.randint(11, 1204)}", f"casa {self.rng.randint(1, 9)}",
                          f"bloco {self.pick('ABCDE')} apto {self.rng.randint(11, 408)}", "fundos",
                          f"sala {self.rng.randint(101, 910)}", f"qd {self.rng.randint(1, 40)} lt {self.rng.randint(1, 30)}"])
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

    def dob(self, fmt: str | None = None, lo: int = 1940, hi: int = 2006) -> str:
        dd, mm, yy = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(lo, hi)
        fmt = fmt or self.pick(["br", "br", "br", "iso", "short", "long", "nopad", "dot"])
        return fmt_date(dd, mm, yy, fmt)

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        y = year or self.pick([2025, 2025, 2025, 2026])
        return fmt_date(self.rng.randint(1, 28), self.rng.randint(1, 12), y, fmt)

    def hm(self) -> str:
        return f"{self.rng.randint(7, 21):02d}:{self.rng.randint(0, 59):02d}"

    def hms(self) -> str:
        return f"{self.rng.randint(7, 21):02d}:{self.rng.randint(0, 59):02d}:{self.rng.randint(0, 59):02d}"

    def times(self, n: int, lo: int = 8 * 3600, hi: int = 20 * 3600, secs: bool = False) -> list[str]:
        xs = sorted(self.rng.sample(range(lo, hi), n))
        if secs:
            return [f"{x // 3600:02d}:{x % 3600 // 60:02d}:{x % 60:02d}" for x in xs]
        return [f"{x // 3600:02d}:{x % 3600 // 60:02d}" for x in xs]

    def clock(self, n: int, secs: bool = True, gap: tuple[int, int] = (4, 150)) -> list[str]:
        """n increasing clock times a few seconds or minutes apart (a chat session)."""
        x = self.rng.randint(7 * 3600, 21 * 3600)
        out = []
        for _ in range(n):
            out.append(f"{x // 3600 % 24:02d}:{x % 3600 // 60:02d}" + (f":{x % 60:02d}" if secs else ""))
            x += self.rng.randint(*gap)
        return out

    def offsets(self, n: int, total: int = 600) -> list[str]:
        xs = sorted(self.rng.sample(range(2, total), n))
        return [f"{x // 3600:02d}:{x % 3600 // 60:02d}:{x % 60:02d}" for x in xs]

    def money(self, lo: int = 20, hi: int = 50000) -> str:
        v = self.rng.randint(lo * 100, hi * 100)
        r, c = divmod(v, 100)
        return f"{r:,}".replace(",", ".") + f",{c:02d}"

    def cnj(self, seg: str | None = None) -> str:
        seg = seg or self.pick(["8.26", "8.16", "8.05", "8.13", "8.19", "8.17", "8.06", "8.21"])
        return f"{self.d(7)}-{self.d(2)}.{self.rng.randint(2019, 2025)}.{seg}.{self.d(4)}"

    def protocol(self) -> str:
        return self.pick([self.year_proto(), self.neg(11), f"{self.d(3)}.{self.d(3)}.{self.d(3)}",
                          f"#{self.d(9)}", self.neg(12), f"SAC-{self.d(7)}", f"{self.d(6)}{self.neg(11)}"])

    def year_proto(self) -> str:
        """A 12-digit protocol starting with the year that is no valid título."""
        while True:
            v = f"{self.rng.randint(2025, 2026)}{self.d(8)}"
            if titulo_dv(v[:8], v[8:10]) != v[10:]:
                return v

    def order(self) -> str:
        return self.pick([f"#{self.d(7)}", f"PED-{self.d(8)}", f"{self.d(13)}-01", f"MFL{self.d(9)}", f"v{self.d(10)}lpd-01"])

    def tracking(self) -> str:
        L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        return self.pick([f"{self.pick(L)}{self.pick(L)}{self.d(9)}BR", f"LGI{self.d(10)}", f"JDL{self.d(11)}"])

    def susep(self) -> str:
        return self.pick([f"SUSEP {self.d(2)}.{self.d(6)}.{self.d(1)}", f"SUSEP nº {self.d(9)}", f"Reg. SUSEP {self.d(2)}{self.d(7)}"])

    def council(self, kind: str = "CRM", uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.rng.randint(1000, 259999)
        dotted = f"{n:,}".replace(",", ".")
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} {n}", f"OAB-{uf} {n}", f"OAB {uf} {dotted}"])
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {dotted}-ENF", f"COREN-{uf} {n}-TE"])
        if kind == "CRO":
            return self.pick([f"CRO-{uf} {self.ri(1000, 99999)}", f"CRO/{uf} {self.ri(1000, 99999)}"])
        if kind == "CRECI":
            m = self.ri(10000, 249999)
            return self.pick([f"CRECI/{uf} {m}-F", f"CRECI-{uf} {m}", f"CRECI {uf} {m}-F", f"CRECI/{uf} {m}"])
        if kind == "CRP":
            return f"CRP {self.ri(1, 23):02d}/{self.d(5)}"
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dotted}", f"CRM/{uf} {n}"])


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


def dob_t(g: Gen, fmt: str | None = None, lo: int = 1940, hi: int = 2006):
    return (g.dob(fmt, lo, hi), "DATE_OF_BIRTH")


def ip_t(g: Gen):
    return (g.ip(), "IP_ADDRESS")


def login(p: Person) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return f"{f[0]}{l}"


def corp_mail(p: Person, dom: str) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return f"{f}.{l}@{dom}"


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


def typo(g: Gen, s: str, rate: float = 0.5) -> str:
    """Customers typing: drop accents, lower case, a swapped or doubled letter now and then."""
    s = fold(s).lower() if g.chance(0.8) else s
    words = s.split(" ")
    for i, w in enumerate(words):
        if len(w) > 4 and w.isalpha() and g.chance(rate * 0.15):
            j = g.ri(1, len(w) - 2)
            w = w[:j] + w[j + 1] + w[j] + w[j + 2:] if g.chance(0.6) else w[:j] + w[j] + w[j:]
            words[i] = w
    return " ".join(words)


def sched(g: Gen, n: int) -> list[str]:
    """n increasing dd/mm dates within a few weeks (activity timelines)."""
    day0 = g.ri(1, 200)
    days = sorted(g.rng.sample(range(day0, day0 + 40), n))
    out = []
    for x in days:
        mm, dd = divmod(x % 336, 28)
        out.append(f"{dd + 1:02d}/{mm + 1:02d}")
    return out


# =========================================================================== atendimento

PRODUCTS = ["Air Fryer 4L Mondial", "Smart TV 50\" 4K", "Tênis de corrida nº 39", "Jogo de panelas 5 peças",
            "Fone bluetooth", "Cadeira gamer", "Ventilador de coluna", "Liquidificador 900W", "Kit lençol queen",
            "Celular 128GB azul celeste", "Micro-ondas 20L branco", "Colchão casal D33", "Guarda-roupa 6 portas"]


def at_return(g: Gen) -> Doc:
    """E-commerce return ticket (Zendesk-like): order fields, customer message, internal note, reply."""
    doc = Doc()
    c, ag = g.person(), g.person()
    store = g.pick(STORES)
    city, uf = g.city()
    addr = g.address()
    prod = g.pick(PRODUCTS)
    tk = g.d(6)
    doc.f("Ticket #«tk» · Trocas e Devoluções · Prioridade: «pr» · Canal: «ch»\nSolicitante: «c» <«e»>\n"
          "Atribuído a: «a» (grupo Logística Reversa N1)\nCriado em «d» «h» · Tags: «tags»\n\n",
          tk=tk, pr=g.pick(["Normal", "Alta", "Normal"]), ch=g.pick(["Formulário web", "E-mail", "App", "Reclame Aqui"]),
          c=P(name_form(g, c, ["full", "full", "caps", "low"])), e=em_t(g, c), a=P(ag.full), d=g.date(), h=g.hm(),
          tags=g.pick(["arrependimento, reversa", "defeito, troca", "avaria_transporte", "item_errado"]))
    doc.f("— Campos do pedido —\nPedido: «o» (loja «s»)\nCPF do comprador: «cpf»\nTelefone: «t»\n"
          "Endereço de entrega: «ad» – «b», «city»/«uf» – CEP «cep»\nItem: «p» — R$ «v» (parcelado «x»x no cartão «mc»)\n"
          "IP do pedido: «ip» · antifraude: aprovado (score «sc»)\n\n",
          o=g.order(), s=store, cpf=cpf_t(g), t=ph_t(g), ad=(addr, "ADDRESS"), b=g.pick(BAIRROS), city=city, uf=uf,
          cep=cep_t(g), p=prod, v=g.money(80, 4500), x=g.ri(1, 12), mc=g.masked_card(), ip=ip_t(g), sc=g.ri(10, 99))
    refund = g.pick(["pix", "conta", "cartao"])
    doc.f("— mensagem d«o» cliente («d» «h») —\n", o=c.o, d=g.date(), h=g.hm())
    msg = typo(g, g.pick(["oi boa tarde, comprei «p» e veio com defeito, nao liga de jeito nenhum. ",
                          "bom dia, o produto chegou amassado, a caixa toda rasgada. quero devolver. ",
                          "ola, me arrependi da compra, ainda nem abri a caixa. ",
                          "veio o produto errado!!! pedi «p» e veio outra coisa. "]))
    doc.f(msg, p=prod)
    doc.t(typo(g, f"ja liguei no {g.tollfree()} e ninguem atende. "))
    if refund == "pix":
        doc.f("quero o estorno no pix, minha chave aleatoria é «k» ", k=(g.uuid(), "PIX_KEY"))
    elif refund == "conta":
        bk = g.pick(BANKS)
        doc.f("pode devolver na minha conta «b» ag «ag» cc «cc» ", b=typo(g, bk[1]), ag=(g.agency(), "BANK_ACCOUNT"),
              cc=(g.account(), "BANK_ACCOUNT"))
    else:
        doc.t("o estorno pode ser no mesmo cartao ")
    if g.chance(0.5):
        nb = g.person()
        doc.f("e se for buscar de dia quem entrega é minha vizinha «n», to no trabalho. ", n=P(g.pick([nb.first, nb.low])))
    doc.f("meu nome é «n», cpf «cpf»\n\n", n=P(c.low if g.chance(0.6) else c.first.lower()), cpf=cpf_t(g, "raw"))
    doc.f("— nota interna —\ncli elegível p/ reversa (dentro dos 7 dias, CDC art. 49). Gerado cód. postagem «tr». "
          "Coleta no end. cadastrado. «r» Pedido anterior do mesmo CPF em «d2» sem ocorrência. "
          "OBS: CPF «bad» que veio no campo observação do checkout é inválido, ignorar.\n\n",
          tr=g.tracking(),
          r={"pix": "Estorno via Pix p/ chave aleatória informada após conferência no CD.",
             "conta": "Estorno em conta informada (titularidade conferida).",
             "cartao": "Estorno no cartão em até 2 faturas."}[refund],
          d2=g.date(), bad=g.bad_cpf(g.pick(["raw", "dot"])))
    doc.f("— resposta pública —\nOlá, «f»! Tudo bem?\nSua coleta ficou agendada para «dc», entre 8h e 18h, no endereço "
          "«ad». Não precisa da embalagem original, mas embale bem o produto. Qualquer dúvida é só responder este e-mail.\n"
          "Abs, «a2» | Equipe «s»\n\nMacro aplicada: \"Devolução - arrependimento\" · SLA: «sla»h · CSAT: pendente\n",
          f=P(c.first), dc=g.date("dm"), ad=(addr, "ADDRESS"), a2=P(ag.first), s=store, sla=g.ri(4, 48))
    return doc


NPS_GOOD = ["atendimento nota 10, a «a» resolveu tudo rapidinho", "entrega chegou antes do prazo e frete de graça, amei",
            "o «a» do chat foi muito educado, parabens", "gostei, preço justo e veio tudo certinho"]
NPS_BAD = ["pessimo, to esperando o reembolso faz 20 dias e a «a» disse que era 5 dias uteis",
           "demorou demais, liguei 4 vezes e cada hora um atendente diferente, por ultimo o «a»",
           "cobraram frete que era pra ser de graça. ninguem resolve", "o app trava na hora de pagar a conta de luz"]


def at_nps(g: Gen) -> Doc:
    """NPS survey export with free-text answers and respondent data."""
    doc = Doc()
    store = g.pick(STORES + TELCOS)
    own = g.person()
    sep = g.pick([";", ",", "\t"])
    doc.f("# pesquisa_nps_relacional_«d».csv — «s» — exportado por «o» («oe») em «d2»\n"
          "# «n» respostas no período; abaixo só detratores e neutros com comentário (filtro nota <= 8)\n",
          d=g.date("compact"), s=store, o=P(own.full), oe=(corp_mail(own, "cx.com.br"), "EMAIL_ADDRESS"),
          d2=g.date(), n=g.ri(800, 9000))
    cols = ["respondent_id", "nome", "email", "telefone", "nota", "comentario", "canal", "ip", "data_resposta"]
    rows = []
    for _ in range(g.ri(4, 5)):
        c = g.person(word=g.chance(0.15))
        ag = g.person()
        agn = g.pick([ag.first, ag.first, ag.short])
        bad = g.chance(0.75)
        txt = g.pick(NPS_BAD if bad else NPS_GOOD)
        score = g.ri(0, 6) if bad else g.ri(7, 8)
        rows.append((c, agn, score, txt.split("«a»")))
    doc.t(sep.join(cols) + "\n")
    for c, agn, score, parts in rows:
        doc.t(g.d(8) + sep)
        doc.e(name_form(g, c, ["full", "caps", "low", "short"]), "PERSON")
        doc.t(sep)
        if g.chance(0.85):
            doc.e(g.email(c), "EMAIL_ADDRESS")
        doc.t(sep)
        if g.chance(0.8):
            doc.e(g.phone(g.pick(["raw", "par", "e164"])), "PHONE_NUMBER")
        doc.t(f"{sep}{score}{sep}\"")
        pre = typo(g, parts[0])
        doc.t(pre)
        if len(parts) > 1:
            doc.e(agn, "PERSON")
            doc.t(typo(g, parts[1]))
        doc.t(f"\"{sep}")
        doc.t(g.pick(["chat", "telefone", "whatsapp", "loja", "email"]) + sep)
        doc.e(g.ip(), "IP_ADDRESS")
        doc.t(f"{sep}{g.date('iso')} {g.hms()}\n")
    doc.f("\n# tratativa: fila Detratores liga até «d»; neutros recebem e-mail automático (nao-responda@«dm»). "
          "Meta do trimestre: NPS «m».\n", d=g.date("dm"), dm="cx.com.br", m=g.ri(45, 75))
    return doc


BOTS = ["Flora", "Aurora", "Lia", "Duda", "Bento", "Celeste", "Vivi"]


def at_chatbot(g: Gen) -> Doc:
    """Retail chatbot log with handoff to a human agent."""
    doc = Doc()
    c, ag = g.person(), g.person()
    bot = g.pick(BOTS)
    store = g.pick(STORES)
    alogin = login(ag) + g.d(2)
    ts = g.clock(18)
    it = iter(ts)
    doc.f("[sessão «sid»] canal: «ch» | bot: «b» v«v» | ip_origem: «ip» | início «d» «t0»\n",
          sid=g.uuid(), ch=g.pick(["webchat", "WhatsApp", "app Android"]), b=bot, v=f"{g.ri(1, 4)}.{g.ri(0, 20)}",
          ip=ip_t(g), d=g.date(), t0=ts[0])
    doc.f("«t» BOT «b»: Oi! Eu sou a «b», assistente virtual d«x» «s» 💬 Para começar, me diga seu CPF (só números).\n",
          t=next(it), b=bot, x=g.pick(["a", "o"]), s=store)
    doc.f("«t» CLIENTE: «cpf»\n", t=next(it), cpf=cpf_t(g, g.pick(["raw", "raw", "dot"])))
    doc.f("«t» BOT «b»: Encontrei seu cadastro! Você é «n»?\n«t2» CLIENTE: «y»\n",
          t=next(it), b=bot, n=P(fold(c.first).upper() if g.chance(0.5) else c.first), t2=next(it),
          y=g.pick(["sim", "isso", "sou eu", "s"]))
    doc.f("«t» BOT «b»: Confirme o e-mail cadastrado: «me»\n«t2» CLIENTE: «m1»«e»\n",
          t=next(it), b=bot, me=g.masked_email(c), t2=next(it), m1=typo(g, "esse email nao uso mais, o novo é "), e=em_t(g, c))
    doc.f("«t» BOT «b»: Anotado ✅ Como posso te ajudar? 1) Acompanhar pedido 2) Trocas e devoluções 3) Falar com atendente\n"
          "«t2» CLIENTE: «m»\n", t=next(it), b=bot, t2=next(it),
          m=typo(g, g.pick(["3", "quero falar com uma pessoa", "atendente", "2 mas o bot nao entende"])))
    doc.f("«t» BOT «b»: Entendi! Vou te transferir para um de nossos especialistas. Protocolo «p».\n"
          "«t2» SISTEMA: conversa transferida para a fila \"«q»\" — agente «a» («l») assumiu · contato: «tel» · «cep»\n",
          t=next(it), b=bot, p=g.protocol(), t2=next(it), q=g.pick(["Trocas N1", "Pedidos Atrasados", "Pós-venda"]),
          a=P(ag.full), l=alogin, tel=ph_t(g, "e164"), cep=cep_t(g))
    doc.f("«t» AGENTE: Olá! Aqui é «a2», tudo bem? Vi que você falou com a «b». Como posso ajudar?\n",
          t=next(it), a2=P(ag.first), b=bot)
    o = g.order()
    doc.f("«t» CLIENTE: «m» «o» «m2» «tel»\n", t=next(it),
          m=typo(g, g.pick(["meu pedido", "o pedido"])), o=o,
          m2=typo(g, g.pick(["ta parado faz 10 dias, se precisar me liga no", "veio errado, pode me ligar no",
                             "nao chegou e ja diz entregue, meu cel é o"])), tel=ph_t(g))
    doc.f("«t» AGENTE: Sinto muito por isso 😕 Para eu abrir a ocorrência, confirma o endereço de entrega: «ad», CEP «cep»?\n",
          t=next(it), ad=ad_t(g), cep=cep_t(g))
    nb = g.person()
    doc.f("«t» CLIENTE: «m»«n»«m2»\n", t=next(it), m=typo(g, "isso. se eu nao tiver deixa com o porteiro "),
          n=P(g.pick([nb.first, nb.nick, fold(nb.first).lower()])), m2=typo(g, g.pick([" ou com minha mae", "", " pfv"])))
    doc.f("«t» AGENTE: Combinado! Abri a ocorrência «oc» com a transportadora (rastreio «tr»). Prazo de retorno: 48h úteis.\n"
          "«t2» CLIENTE: «m»\n«t3» SISTEMA: conversa encerrada por «l». Pesquisa CSAT enviada. Duração: «dur» min.\n",
          t=next(it), oc=g.d(8), tr=g.tracking(), t2=next(it),
          m=typo(g, g.pick(["ok obg", "blz, valeu", "ta bom, obrigada", "espero q resolva dessa vez"])), t3=next(it),
          l=alogin, dur=g.ri(6, 40))
    return doc


def at_speech(g: Gen) -> Doc:
    """Speech-analytics transcript of a broadband retention call."""
    doc = Doc()
    c, ag, sup = g.person(), g.person(), g.person()
    telco = g.pick(TELCOS)
    prev = g.person()
    offs = g.offsets(18, g.ri(300, 700))
    it = iter(offs)
    doc.f("=== Speech Analytics · Interação «id» ===\nData: «d» «h» · Duração: «dur» · Fila: Retenção Banda Larga · "
          "ANI: «ani»\nAgente: «a» (mat. «m») · Célula: «s»\nSentimento: cliente «sent» · Palavras-chave: «kw» · "
          "Silêncio: «si»% · Sobreposição: «ov»%\n\n",
          id=g.neg(11), d=g.date(), h=g.hm(), dur=f"{g.ri(5, 14):02d}:{g.ri(0, 59):02d}", ani=ph_t(g, "raw"),
          a=P(ag.full), m=g.d(6), s=g.pick(["RET-SUL-03", "RET-NE-01", "RET-SP-07"]), sent=g.pick(["NEG→NEU", "NEG→NEG", "NEU→POS"]),
          kw=g.pick(["cancelar, Procon, multa", "cancelar, concorrente, desconto", "lentidão, visita técnica, cancelar"]),
          si=g.ri(4, 20), ov=g.ri(1, 9))
    doc.f("[«t»] AGENTE: «tc», meu nome é «a», boa tarde. Com quem eu falo?\n",
          t=next(it), tc=telco, a=P(ag.first))
    doc.f("[«t»] CLIENTE: é «n»\n", t=next(it), n=P(c.low if g.chance(0.5) else fold(c.short).lower()))
    doc.f("[«t»] AGENTE: obrigad«o», «sr». para sua segurança, me confirma o CPF do titular?\n",
          t=next(it), o=ag.o, sr="senhora" if c.female else "senhor")
    doc.f("[«t»] CLIENTE: «cpf»\n", t=next(it), cpf=cpf_t(g, g.pick(["sp", "raw"])))
    doc.f("[«t»] AGENTE: obrigad«o». e a data de nascimento?\n[«t2»] CLIENTE: «dob»\n",
          t=next(it), o=ag.o, t2=next(it), dob=dob_t(g, g.pick(["br", "long", "nopad"])))
    doc.f("[«t»] CLIENTE: olha eu quero cancelar, a internet cai toda noite, já falei com a «p» semana passada, protocolo «pr», e nada\n",
          t=next(it), p=P(fold(prev.first).lower()), pr=g.protocol())
    doc.f("[«t»] AGENTE: entendo, vou verificar aqui. o endereço da instalação continua «ad»?\n[«t2»] CLIENTE: isso, cep «cep»\n",
          t=next(it), ad=ad_t(g, "spoken"), t2=next(it), cep=cep_t(g, g.chance(0.3)))
    doc.f("[«t»] AGENTE: vi aqui que teve «k» quedas registradas esse mês. posso te oferecer o plano de «mb» mega por r$ «v» "
          "por seis meses e agendo uma visita técnica sem custo\n",
          t=next(it), k=g.ri(3, 19), mb=g.pick([500, 700, 1000]), v=g.money(69, 139))
    doc.f("[«t»] CLIENTE: «m»\n", t=next(it),
          m=g.pick(["seria prudente eu esperar a visita né, mas se cair de novo eu cancelo", "e a multa? não vou pagar multa não",
                    "hum, deixa eu falar com meu marido, ele que usa mais", "a vizinha pagou mais barato na concorrente"]))
    rel = g.relative(c, female=False)
    doc.f("[«t»] AGENTE: claro. se preferir eu deixo registrado que o «r» «rn» também pode falar sobre a conta\n",
          t=next(it), r=g.pick(["senhor", "titular adicional"]), rn=P(fold(rel.short).lower()))
    doc.f("[«t»] CLIENTE: pode ser. o celular dele é «tel»\n", t=next(it), tel=ph_t(g, g.pick(["raw", "plain", "sp"])))
    doc.f("[«t»] AGENTE: anotado. vou mandar a proposta no seu e-mail «e», confere?\n[«t2»] CLIENTE: isso\n",
          t=next(it), e=em_t(g, c), t2=next(it))
    doc.f("[«t»] AGENTE: perfeito. a visita fica para «dv» no período da manhã. o protocolo desta ligação é «pr». "
          "posso ajudar em algo mais?\n[«t2»] CLIENTE: não, obrigad«o». tchau\n",
          t=next(it), dv=g.date("dm"), pr=g.protocol(), t2=next(it), o=c.o)
    doc.f("\n-- avaliação automática: script de abertura ✔ · validação positiva ✔ · oferta de retenção ✔ · "
          "menção a concorrente ✘ · nota QA «q» (avaliador: qa_auto)\n", q=g.ri(60, 100))
    return doc


SHORTHAND = ["lig. p/ cliente, ñ atendeu, retornar 3a", "cx postal. deixei recado", "cliente pediu p/ ligar dps das 18h",
             "enviei whats, visualizou e ñ respondeu", "ñ atende, tentar amanhã cedo", "ocupado, retornar 5a",
             "atendeu e desligou", "num. não existe? conferir cadastro"]


def at_crm_card(g: Gen) -> Doc:
    """HubSpot-like contact card with its activity timeline (support / retention)."""
    doc = Doc()
    c, own = g.person(), g.person()
    city, uf = g.city()
    dom = g.pick(["assinaturas.com.br", "clubeaurora.com.br", "vitoriabox.com"])
    doc.f("CONTATO · «n»                                Proprietário do contato: «o»\n"
          "E-mail: «e»   Telefone: «t»   Celular: «c2»\n"
          "Estágio do ciclo de vida: Cliente · Status do lead: Em atendimento · Plano: «pl»\n"
          "Endereço: «ad», «b» — «city»/«uf» · CEP «cep»\n",
          n=P(c.full), o=P(own.full), e=em_t(g, c), t=ph_t(g, "par", mobile=False), c2=ph_t(g, "par"),
          pl=g.pick(["Clube Vinho Mensal", "Box Beleza Trimestral", "Kit Pet Premium", "Café Especial Anual"]),
          ad=ad_t(g), b=g.pick(BAIRROS), city=city, uf=uf, cep=cep_t(g))
    doc.f("Data de nascimento: «dob»    CPF: «cpf»\nOrigem original: «og» · Primeira conversão: «fc» («d») · IP da conversão: «ip»\n\n",
          dob=dob_t(g, g.pick(["br", "iso"])), cpf=cpf_t(g), og=g.pick(["Busca orgânica", "Social pago", "Indicação", "E-mail marketing"]),
          fc=g.pick(["LP Black Friday", "Pop-up 10% OFF", "Quiz do Café"]), d=g.date(), ip=ip_t(g))
    doc.t("ATIVIDADES\n")
    dates = sched(g, 8)
    ag = g.person()
    wife = g.relative(c, female=not c.female)
    rows = [
        lambda d: doc.f("«d» «h» · Chamada registrada por «o» · Resultado: Sem resposta\n   \"«s»\"\n",
                        d=d, h=g.hm(), o=P(own.first), s=g.pick(SHORTHAND)),
        lambda d: doc.f("«d» · E-mail de marketing \"«m»\" enviado (automação) · aberto\n",
                        d=d, m=g.pick(["Sua box chegou!", "Renove com 15% OFF", "Frete de graça só hoje"])),
        lambda d: doc.f("«d» «h» · Tíquete #«n» aberto: \"«s»\" · atribuído a «a»\n",
                        d=d, h=g.hm(), n=g.d(5), s=g.pick(["cobrança em dobro", "box veio violada", "quero cancelar"]), a=P(ag.full)),
        lambda d: doc.f("«d» · Nota de «a»: \"cli reclamou cobrança dupla na fat. de «m», estornei R$ «v». disse q «r» «w» "
                        "tbm liga às vezes, autorizad«o» no cadastro (tel «t»)\"\n",
                        d=d, a=P(ag.first), m=g.pick(MONTHS[:6]), v=g.money(39, 399), r="a esposa" if wife.female else "o marido",
                        w=P(g.pick([wife.first, wife.full])), o=wife.o, t=ph_t(g)),
        lambda d: doc.f("«d» «h» · Chamada registrada por «o» · Resultado: Conectado («m» min)\n   \"«s»\"\n",
                        d=d, h=g.hm(), o=P(own.first), m=g.ri(2, 19),
                        s=g.pick(["falei c/ cliente, aceitou pausa de 2 meses em vez de cancelar",
                                  "cliente quer downgrade p/ plano trimestral. ofereci 20%, vai pensar",
                                  "reclamou q a box veio sem o brinde, mandei cupom"])),
        lambda d: doc.f("«d» · Negócio \"Renovação «y»\" movido para \"Negociação\" (fluxo de trabalho «w»)\n", d=d, y=g.ri(2025, 2026), w=g.d(6)),
        lambda d: doc.f("«d» · Formulário \"Atualize seus dados\" enviado · novo e-mail: «e» · IP «ip»\n",
                        d=d, e=em_t(g, c), ip=ip_t(g)),
        lambda d: doc.f("«d» · Reunião agendada via Meetings (link do proprietário): «d2» «h»\n", d=d, d2=g.date("dm"), h=g.hm()),
    ]
    order = list(range(len(rows)))
    g.rng.shuffle(order)
    for d, k in zip(dates, sorted(order[:g.ri(6, 8)])):
        rows[k](d)
    doc.f("\nPropriedades calculadas: Pontuação HubSpot «sc» · Nº de visitas «nv» · Último contato «d» · "
          "Registro «rid»\n", sc=g.ri(0, 100), nv=g.ri(1, 80), d=g.date(), rid=g.neg(11))
    return doc


def at_tele_script(g: Gen) -> Doc:
    """Telemarketing upgrade script filled in with the customer's data."""
    doc = Doc()
    c, op = g.person(), g.person()
    telco = g.pick(TELCOS)
    city, uf = g.city()
    doc.f("ROTEIRO — OFERTA UPGRADE FIBRA «mb» MEGA · campanha «cp» · mailing «ml»\n"
          "Operador(a): «o» · Login: «l» · Data: «d» «h»\n--------------------------------------------------------------\n"
          "CLIENTE: «n»   CPF: «mc»   Cód. cliente: «cc»\nTEL. DISCADO: «t1»   TEL. ALTERNATIVO: «t2»\n"
          "END. INSTALAÇÃO: «ad» · «b» · «city»/«uf» · CEP «cep»\nPLANO ATUAL: «pa» — R$ «v» · fidelidade até «f»\n"
          "--------------------------------------------------------------\n\n",
          mb=g.pick([600, 700, 1000]), cp=f"UPG{g.d(3)}", ml=f"base_upg_{g.date('compact')}.csv", o=P(op.full), l=login(op),
          d=g.date(), h=g.hm(), n=P(c.caps), mc=g.masked_cpf(), cc=g.neg(11), t1=ph_t(g, "raw"), t2=ph_t(g, "raw", g.chance(0.5)),
          ad=ad_t(g, "caps"), b=fold(g.pick(BAIRROS)).upper(), city=fold(city).upper(), uf=uf, cep=cep_t(g),
          pa=g.pick(["Fibra 300", "Fibra 400 + TV", "Combo 200"]), v=g.money(89, 199), f=g.date())
    doc.f("1. ABERTURA\n\"Bom dia! Por gentileza, eu falo com o(a) Sr(a). «f»? Meu nome é «o», falo da «tc» e a ligação está sendo gravada.\"\n",
          f=P(c.first), o=P(op.first), tc=telco)
    rel = g.relative(c)
    if g.chance(0.5):
        doc.f("[X] Não é o titular → \"Qual o melhor horário para falar com o titular?\"\n    Recado: falou c/ «r» («k»), retornar após «h»h\n",
              r=P(rel.first), k=g.pick(["filha", "filho", "esposa", "neto", "sogra"]), h=g.ri(17, 20))
    else:
        doc.t("[ ] Não é o titular → \"Qual o melhor horário para falar com o titular?\"\n")
    doc.f("\n2. CONFIRMAÇÃO DE DADOS (obrigatório — gravação)\n\"Para sua segurança, pode me confirmar sua data de nascimento?\" → «dob» [OK]\n"
          "\"E o e-mail para envio do contrato?\" → «e»\n",
          dob=dob_t(g, "br"), e=em_t(g, c))
    doc.f("\n3. OFERTA\n\"O(a) senhor(a) é cliente desde «y» e por isso liberamos o upgrade para «mb» mega "
          "pelo mesmo valor por «m» meses, sem fidelidade nova. A instalação é de graça.\"\n"
          "   Objeção: «ob»\n   Contorno: «ct»\n",
          y=g.ri(2012, 2023), mb=g.pick([600, 700, 1000]), m=g.ri(3, 12),
          ob=g.pick(["\"vou pensar\"", "\"já tenho internet boa\"", "\"a Vitória Telecom oferece mais barato\"", "\"minha conta de luz já veio alta, não quero gastar mais\""]),
          ct=g.pick(["reforçar sem custo adicional", "oferecer o Wi-Fi 6 em comodato", "preço justo e sem multa"]))
    if g.chance(0.6):
        vz = g.person()
        doc.f("   Indicação: cliente indicou «v» («k») tel «t»\n", v=P(name_form(g, vz, ["full", "first", "caps"])),
              k=g.pick(["vizinho", "irmã", "cunhado", "colega"]), t=ph_t(g))
    doc.f("\n4. ENCERRAMENTO\n\"Sr(a)., o protocolo desta ligação é «p». A «tc» agradece!\"\n\n"
          "TABULAÇÃO: «tb» · Obs. do operador: «obs»\n",
          p=g.protocol(), tc=telco, tb=g.pick(["ACEITOU", "RECUSOU", "AGENDAR RETORNO", "ACEITOU"]),
          obs=g.pick(SHORTHAND[2:] + ["cliente mto educad" + c.o + ", aceitou de primeira", "confirmou tudo, pediu instalação sáb"]))
    return doc


def at_realestate(g: Gen) -> Doc:
    """Real-estate portal lead with the broker's activity and visit notes."""
    doc = Doc()
    c, br, cap = g.person(), g.person(), g.person()
    sp = g.relative(c, female=not c.female)
    city, uf = g.city()
    portal = g.pick(["ZAP Imóveis", "VivaReal", "OLX", "Site próprio", "Chaves na Mão"])
    doc.f("Lead «n» · Portal: «p» · Recebido «d» «h»\nImóvel de interesse: Cód. «cod» — «tp», «b», «city» — R$ «v»\n"
          "Nome: «c»   E-mail: «e»   Tel/WhatsApp: «t»\nIP: «ip»\n",
          n=g.d(7), p=portal, d=g.date(), h=g.hm(), cod=f"{g.pick(['AP', 'CA', 'SO'])}{g.d(4)}",
          tp=g.pick(["Apto 2 dorms, Ed. Solar Aurora", "Casa 3 dorms em cond. Bosque Celeste", "Apto 3 dorms, Res. Flor de Lis",
                     "Sobrado, Vila Rosa Branca"]),
          b=g.pick(BAIRROS), city=city, v=g.money(180000, 950000), c=P(name_form(g, c, ["full", "full", "low", "caps"])),
          e=em_t(g, c), t=ph_t(g), ip=ip_t(g))
    doc.f("Mensagem: \"«m»«s»«m2»\"\n",
          m=typo(g, g.pick(["ola, tenho interesse no imovel. posso visitar sabado? ", "bom dia, ainda disponivel? aceita financiamento? ",
                            "quero agendar visita. "])),
          s=P(g.pick([sp.first, fold(sp.first).lower()])) if g.chance(0.5) else V("meu marido"),
          m2=typo(g, g.pick([" vai junto", " tb quer ver", " vem comigo"])))
    doc.f("Distribuído para: «b» — «cr» (roleta «rl»)\n\n--- Atividades ---\n",
          b=P(br.full), cr=(g.council("CRECI", uf), "PROFESSIONAL_ID"), rl=g.pick(["Zona Sul", "Lançamentos", "Usados"]))
    ds = sched(g, 6)
    doc.f("«d» nota: «s»\n", d=ds[0], s=g.pick(SHORTHAND))
    doc.f("«d» «b»: visita marcada «w» «h» c/ «f» + «k». mora de aluguel na «ad» («bb»), contrato vence em «m». "
          "renda familiar ~R$ «r», vai usar FGTS. CPF p/ simulação: «cpf»\n",
          d=ds[1], b=P(br.first), w=g.pick(WEEKDAYS), h=g.hm(), f=P(c.first), k=g.pick(["esposo", "esposa", "cônjuge"]),
          ad=ad_t(g, g.pick(["text", "low"])), bb=g.pick(BAIRROS), m=g.pick(MONTHS), r=g.money(4000, 25000), cpf=cpf_t(g))
    sogra = g.person(female=True)
    doc.f("«d» Visita realizada. Acompanhou: «cp» («cr»). Obs: gostou da planta, achou a vaga apertada. A «k» «sg» vai ajudar "
          "na entrada. seria prudente mostrar o «alt» tb. portaria pediu p/ próxima visita: RG «rg» e placa do carro «pl».\n",
          d=ds[2], cp=P(cap.short), cr=(g.council("CRECI", uf), "PROFESSIONAL_ID"), k=g.pick(["sogra", "mãe", "tia"]),
          sg=P(g.pick([sogra.first, sogra.short])), alt=f"{g.pick(['AP', 'CA'])}{g.d(4)}", rg=(g.rg(), "BR_RG"),
          pl=(g.plate(), "LICENSE_PLATE"))
    doc.f("«d» Sistema: lead movido para etapa \"Proposta\" (automação «a»)\n", d=ds[3], a=g.pick(["funil_venda_v2", "SLA 24h"]))
    doc.f("«d» nota: enviei simulação Caixa p/ «e». data nasc. p/ simulação: «dob» (e «sp» «dob2»). "
          "cônjuge CPF «cpf2»\n",
          d=ds[4], e=em_t(g, c), dob=dob_t(g, "br", 1960, 2002), sp=P(sp.first), dob2=dob_t(g, "br", 1960, 2002),
          cpf2=cpf_t(g))
    doc.f("«d» nota: proposta R$ «v» enviada ao proprietário via captador. aguardando.\n",
          d=ds[5], v=g.money(170000, 900000))
    return doc


# =========================================================================== juridico

COMPANIES = ["Vitória Seguros S.A.", "Aurora Fibra Telecomunicações Ltda", "Lojas Prudente S.A.", "Banco Celeste S.A.",
             "Flor de Lis Comércio Eletrônico Ltda", "Bento Crédito Financeira S.A.", "Amado Administradora de Consórcios Ltda",
             "Haddad Varejo S.A.", "Gadelha Distribuidora Ltda", "Cavalheiro & Filhos Comércio Ltda"]
FIRMS = ["Queiroga, Bessa & Tabosa Advogados", "Landim Assessoria de Cobrança Ltda", "Mourão & Perdigão Sociedade de Advogados",
         "Recupera Já Cobranças Ltda", "Sucupira Advocacia", "Prudente Recuperação de Crédito"]
KIN = ["mãe", "pai", "esposa", "marido", "filha", "filho", "irmã", "irmão", "sogra", "neta"]


def ju_escalation(g: Gen) -> Doc:
    """Consumer complaint escalated from the SAC to the legal team (e-mail thread)."""
    doc = Doc()
    sup, law, c = g.person(), g.person(), g.person()
    a1, a2 = g.person(), g.person()
    dom = g.pick(["lojasprudente.com.br", "aurorafibra.com.br", "flordelis.com.br", "bancoceleste.com.br"])
    city, uf = g.city()
    plat = g.pick(["consumidor.gov.br", "Reclame Aqui", "Procon-" + uf, "ProconSP (SEI)"])
    doc.f("De: «s» <«se»>\nPara: juridico@«dm»\nCc: «le»\nAssunto: ENC: Reclamação «pl» nº «n» — risco de ação (cliente «cn»)\n"
          "Data: «d» «h»\n\n",
          s=P(sup.full), se=(corp_mail(sup, dom), "EMAIL_ADDRESS"), dm=dom, le=(corp_mail(law, dom), "EMAIL_ADDRESS"),
          pl=plat, n=g.d(9), cn=P(c.caps), d=g.date(), h=g.hm())
    doc.f("«tr» «l»,\n\nSegue caso que saiu do SAC e não conseguimos reverter. Cliente ameaça ir ao JEC. Resumo:\n"
          "- Nome: «n»\n- CPF: «cpf»   Nasc.: «dob»\n- Tel.: «t»   E-mail: «e»\n- End.: «ad», «city»/«uf», CEP «cep»\n"
          "- Pedido/contrato: «o»\n- Valor em discussão: R$ «v» (cobrado em dobro, segundo o cliente)\n\n",
          tr="Dra." if law.female else "Dr.", l=P(law.last if g.chance(0.5) else law.first),
          n=P(c.full), cpf=cpf_t(g), dob=dob_t(g), t=ph_t(g), e=em_t(g, c), ad=ad_t(g), city=city, uf=uf, cep=cep_t(g),
          o=g.order(), v=g.money(150, 6000))
    doc.f("Histórico: cobrança lançada duas vezes na fatura de «m»; o estorno foi prometido pelo N1 e não ocorreu. "
          "O cliente cita o CDC, art. 42, parágrafo único (repetição do indébito) e pede danos morais.\n\n"
          "Relato do cliente (copiado da plataforma):\n\"",
          m=g.pick(MONTHS))
    doc.t(typo(g, g.pick(["fui cobrado duas vezes e ate agora nada. ", "ja reclamei 3 vezes e so me enrolam. ",
                           "paguei o boleto e continuaram me cobrando, meu nome foi pro serasa. "])))
    doc.f("a atendente «a» disse que ia estornar em 5 dias e nao estornou, depois «o2» «b» falou que nao tinha registro. "
          "«m»\"\n\n",
          a=P(fold(a1.first).lower() if g.chance(0.5) else a1.first), o2=a2.o, b=P(fold(a2.first).lower()),
          m=typo(g, g.pick(["vou procurar meus direitos.", "ja falei com meu advogado, dr " , "nao quero mais nada de vcs, so meu dinheiro."])))
    if doc.text.endswith("dr \"\n\n"):
        adv = g.person()
        doc.text = doc.text[:-3]
        doc.f("«a»\"\n\n", a=P(fold(adv.short).lower()))
    doc.f("Atendentes envolvidos: «a1» (N1, mat. «m1»), «a2» (N2, mat. «m2»). Gravações anexas.\nAtt.,\nCoordenação SAC\n\n",
          a1=P(a1.full), m1=g.d(6), a2=P(a2.full), m2=g.d(6))
    doc.f("---------- Resposta ----------\nDe: «l» <«le»>\nData: «d»\n\nObrigad«o». Proponho acordo de R$ «v» com quitação "
          "total, antes do ajuizamento. Se já houver ação, me passe o nº no formato CNJ. Consultei o TJ«uf» pelo CPF: consta só "
          "o processo «cnj», que é de homônimo (outro CPF). Não é prudente negar o estorno por escrito.\n\n"
          "«oab»\nJurídico Contencioso Consumidor\n",
          l=P(law.full), le=(corp_mail(law, dom), "EMAIL_ADDRESS"), d=g.date(), o=law.o, v=g.money(300, 4000),
          uf=uf, cnj=g.cnj(), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    return doc


def ju_agreement(g: Gen) -> Doc:
    """Debt-collection agreement (termo de acordo e confissão de dívida)."""
    doc = Doc()
    c, neg_, law = g.person(), g.person(), g.person()
    w1, w2 = g.person(), g.person()
    comp, firm = g.pick(COMPANIES), g.pick(FIRMS)
    city, uf = g.city()
    doc.f("TERMO DE ACORDO E CONFISSÃO DE DÍVIDA Nº «n»\n\nCREDORA: «co», inscrita no CNPJ sob o nº «cn», com sede na "
          "Av. Paulista, «num», São Paulo/SP, CEP «cep1».\nASSESSORIA: «fi», CNPJ «cn2», neste ato representada por seu "
          "negociador «ng».\n",
          n=f"{g.d(6)}/{g.ri(2025, 2026)}", co=comp, cn=(g.cnpj(), "BR_CNPJ"), num=g.ri(100, 2500), cep1=cep_t(g, True),
          fi=firm, cn2=(g.cnpj(alnum=g.chance(0.4)), "BR_CNPJ"), ng=P(neg_.full))
    doc.f("DEVEDOR«a»: «n», «nac», «ec», portador«a» do RG nº «rg» «org», inscrit«o» no CPF sob o nº «cpf», "
          "nascid«o» em «dob», residente na «ad», «b», «city»/«uf», CEP «cep», telefone «t», e-mail «e».\n\n",
          a="(A)" if c.female else "", n=P(c.caps), nac="brasileira" if c.female else "brasileiro",
          ec=g.pick(["solteir" + c.o, "casad" + c.o, "divorciad" + c.o, "em união estável"]), rg=(g.rg(), "BR_RG"),
          org=g.pick(["SSP/SP", "SSP/" + uf, "SDS/PE", "DETRAN/RJ"]), o=c.o, cpf=cpf_t(g), dob=dob_t(g, g.pick(["br", "long"])),
          ad=ad_t(g), b=g.pick(BAIRROS), city=city, uf=uf, cep=cep_t(g), t=ph_t(g), e=em_t(g, c))
    orig, upd = g.money(800, 9000), g.money(1500, 20000)
    k = g.ri(3, 8)
    doc.f("CLÁUSULA 1ª — O(A) DEVEDOR(A) reconhece o débito oriundo do contrato nº «ct» (cartão «mc»), no valor original de "
          "R$ «o», atualizado para R$ «u» em «d».\nCLÁUSULA 2ª — As partes acordam o pagamento de R$ «ac», com desconto de «pc»%, "
          "em «k» parcelas:\n",
          ct=g.neg(11) if g.chance(0.5) else g.neg(12), mc=g.masked_card(), o=orig, u=upd, d=g.date(), ac=g.money(600, 6000),
          pc=g.ri(30, 80), k=k)
    dd, m0, yr = g.ri(1, 28), g.ri(0, 11), g.ri(2025, 2026)
    for i in range(k):
        m = m0 + i
        doc.f("   «i»ª parcela — venc. «d» — R$ «v»\n", i=i + 1, d=f"{dd:02d}/{m % 12 + 1:02d}/{yr + m // 12}", v=g.money(80, 900))
    pix = g.chance(0.5)
    doc.f("CLÁUSULA 3ª — O pagamento será feito por boleto enviado ao e-mail acima ou via Pix para a chave CNPJ da CREDORA "
          "(«cnpj»).\nCLÁUSULA 4ª — Havendo pagamento em duplicidade, a devolução será feita ",
          cnpj=(g.cnpj(style=g.pick(["dot", "raw"])), "BR_CNPJ"))
    if pix:
        doc.f("pela chave Pix aleatória do(a) DEVEDOR(A) «k».\n", k=(g.uuid(), "PIX_KEY"))
    else:
        bk = g.pick(BANKS)
        doc.f("na conta do(a) DEVEDOR(A): banco «bc» («bn»), agência «ag», conta «cc».\n", bc=bk[0], bn=bk[1],
              ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    proc = g.chance(0.5)
    doc.f("CLÁUSULA 5ª — O inadimplemento de qualquer parcela implica o vencimento antecipado do saldo (CC, art. 1.425, III)"
          "«pr» A cobrança observará o art. 42 do CDC.\nCLÁUSULA 6ª — Quitado o acordo, a CREDORA providenciará a baixa da "
          "negativação em até 5 dias úteis.\n\n«city», «d».\n\n",
          pr=(f" e o prosseguimento da execução nº {g.cnj()}, que ficará suspensa até a quitação." if proc else "."),
          city=city, d=g.date("long"))
    doc.f("_____________________________\n«n» — DEVEDOR«a»\n\n_____________________________\n«ng» — p/ «fi»\n\n"
          "TESTEMUNHAS:\n1) «w1» — CPF «c1»\n2) «w2» — CPF «c2»\n\nAdvogad«o» responsável: «l» — «oab»\n"
          "Assinado eletronicamente via «pl» em «d» «h» (IP do devedor «ip»).\n",
          n=P(c.full), a="(A)" if c.female else "", ng=P(neg_.full), fi=firm, w1=P(w1.full), c1=cpf_t(g), w2=P(w2.caps),
          c2=cpf_t(g), o=law.o, l=P(law.full), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"),
          pl=g.pick(["Clicksign", "D4Sign", "ZapSign"]), d=g.date(), h=g.hms(), ip=ip_t(g))
    return doc


def ju_collect_script(g: Gen) -> Doc:
    """Collection call script filled in, with the record of a promise to pay."""
    doc = Doc()
    c, op = g.person(), g.person()
    rel = g.relative(c)
    mom = g.person(female=True)
    comp = g.pick(COMPANIES)
    late = g.ri(31, 180)
    rkin = g.pick(KIN)
    doc.f("SCRIPT COBRANÇA — CARTEIRA «co» — FAIXA «fx» DIAS\n================================================\n"
          "Devedor: «n» | CPF «cpf» | Contrato «ct» | Atraso: «a» dias | Saldo: R$ «s»\n"
          "Telefones do mailing:\n  1) «t1» (celular, hot)\n  2) «t2» (recado — «r», «k»)\n  3) «t3» (comercial — NÃO LIGAR)\n"
          "  4) «bad» (inválido / anatel)\n",
          co=comp.upper(), fx=g.pick(["31-60", "61-90", "91-180"]), n=P(c.caps), cpf=cpf_t(g), ct=g.neg(11), a=late, s=g.money(400, 15000),
          t1=ph_t(g, "raw"), t2=ph_t(g, "raw", mobile=g.chance(0.5)), r=P(rel.caps), k=fold(rkin).upper(),
          t3=ph_t(g, "raw", mobile=False), bad=g.neg(11))
    doc.f("Operador: «o» | Ramal «rm» | Data/hora: «d» «h» | Discador: «ds»\n\n",
          o=P(op.full), rm=g.d(4), d=g.date(), h=g.hm(), ds=g.pick(["preditivo", "power", "manual"]))
    doc.f("[ABERTURA] \"Bom dia, eu poderia falar com «f»?\"\n"
          "[SE TERCEIRO] Não informar o motivo da ligação (CDC, art. 42 e art. 71). Apenas deixar recado para retorno no «tf».\n",
          f=P(c.first), tf=g.tollfree())
    if g.chance(0.5):
        doc.f("   → Atendeu: «r» («k»). Recado deixado. Retornou às «h».\n", r=P(rel.first), k=rkin, h=g.hm())
    doc.f("[CONFIRMAÇÃO POSITIVA] nome da mãe: «m» ✓ / data nasc.: «dob» ✓ / CPF (3 primeiros): «c3» ✓\n",
          m=P(mom.caps if g.chance(0.5) else mom.full), dob=dob_t(g, "br"), c3=g.d(3))
    doc.f("[PROPOSTA] à vista c/ «p1»% desc.: R$ «v1» · ou entrada R$ «v2» + «k»x R$ «v3» (juros «j»% a.m.)\n",
          p1=g.ri(40, 90), v1=g.money(200, 5000), v2=g.money(50, 800), k=g.ri(3, 12), v3=g.money(60, 600), j=f"{g.ri(1, 5)},{g.d(2)}")
    doc.f("[PROMESSA] Cliente aceitou 1ª parcela p/ «d». Boleto enviado p/ «e» e WhatsApp «t».\n",
          d=g.date("dm"), e=em_t(g, c), t=ph_t(g))
    sp = g.relative(c, female=not c.female)
    doc.f("Observações: «o»",
          o=g.pick(["cliente desempregad" + c.o + " desde o início do ano, ", "trabalha de aplicativo, renda variável, ",
                    "disse q já pagou e vai mandar comprovante, "]))
    doc.f("«k» «sp» ajuda c/ as contas. pediu p/ ñ ligar no trabalho (tel «tt»). «end»\n",
          k=g.pick(["esposa" if sp.female else "marido", "cônjuge"]), sp=P(sp.first), tt=ph_t(g, "par", mobile=False),
          end=g.pick(["endereço atualizado: " , "sem alteração cadastral.", "pediu boleto impresso."]))
    if doc.text.endswith("endereço atualizado: \n"):
        doc.text = doc.text[:-1]
        doc.f("«ad», CEP «cep».\n", ad=ad_t(g, "low"), cep=cep_t(g))
    doc.f("TABULAÇÃO: PROMESSA DE PAGAMENTO (PP) · Gravação «gv».wav\n", gv=g.hexs(12))
    return doc


def ju_reneg(g: Gen) -> Doc:
    """B2B contract renegotiation deal in an RD Station-like CRM, with the in-house lawyer's review."""
    doc = Doc()
    sel, law = g.person(), g.person()
    socio, fin = g.person(), g.person()
    spouse = g.relative(socio, female=not socio.female)
    client = g.pick(["Padaria Rosa Branca Ltda", "Oficina Irmãos Tesch ME", "Mercadinho Graça & Filhos", "Transportadora Juruena Ltda",
                     "Clínica Odonto Celeste Ltda", "Restaurante Sabor do Bento EIRELI", "Ótica Luz Ltda"])
    dom = fold(client.split()[1]).lower() + ".com.br"
    doc.f("Negociação: Renegociação contrato «n» — «cl»\nFunil: Renegociação PJ · Etapa: Jurídico revisando · Valor: R$ «v» · "
          "Responsável: «s»\nEmpresa: «cl»   CNPJ: «cnpj»\nFonte: «fo» · Criada em «d»\n\nContatos:\n",
          n=g.d(8), cl=client, v=g.money(8000, 250000), s=P(sel.full), cnpj=(g.cnpj(alnum=g.chance(0.4)), "BR_CNPJ"),
          fo=g.pick(["Carteira ativa", "Inbound", "Inadimplência > 60d"]), d=g.date())
    doc.f("  • «n» — Sócio(a)-administrador(a) — «e» — «t» — CPF «cpf» (fiador)\n",
          n=P(socio.full), e=em_t(g, socio, dom if g.chance(0.5) else None), t=ph_t(g), cpf=cpf_t(g))
    doc.f("  • «n» — Financeiro — «e» — «t»\n  • financeiro@«dm» (caixa compartilhada)\n\nAnotações:\n",
          n=P(fin.full), e=(corp_mail(fin, dom), "EMAIL_ADDRESS"), t=ph_t(g, "par", mobile=g.chance(0.5)), dm=dom)
    ds = sched(g, 6)
    doc.f("«d» «s»: reuniao c/ financeiro, pediram carência de 90d + redução 15%. disseram q «so» tá fora até dia «dd»\n",
          d=ds[0], s=P(sel.first), so=P(socio.first), dd=g.ri(10, 28))
    doc.f("«d» ligação (discador): sem resposta — «s»\n", d=ds[1], s=g.pick(SHORTHAND))
    doc.f("«d» nota: enviei minuta p/ jurídico. fiador: «so», RG «rg», end. «ad», CEP «cep»\n",
          d=ds[2], so=P(socio.short), rg=(g.rg(), "BR_RG"), ad=ad_t(g), cep=cep_t(g))
    doc.f("«d» Jurídico («l», «oab»): Minuta ok c/ ressalvas: (i) vencimento antecipado só após notificação; (ii) incluir "
          "cônjuge do fiador («sp», CPF «cpf») como anuente (CC, art. 1.647, III); (iii) foro de «city». «w»\n",
          d=ds[3], l=P(law.full), oab=(g.council("OAB"), "PROFESSIONAL_ID"), sp=P(spouse.full), cpf=cpf_t(g),
          city=g.city()[0], w=g.pick(["Seria prudente exigir certidões atualizadas.", "Preço justo, mas juros acima da tabela.", ""]))
    doc.f("«d» Automação: e-mail \"Proposta revisada\" enviado para «e» e financeiro@«dm»\n",
          d=ds[4], e=em_t(g, socio), dm=dom)
    doc.f("«d» nota: «m»\n", d=ds[5],
          m=g.pick(["fechado! assinam via DocuSign amanhã", "cliente travou na taxa, escalar p/ " , "aguardando assinatura do cônjuge"]))
    if doc.text.endswith("escalar p/ \n"):
        dr = g.person()
        doc.text = doc.text[:-1]
        doc.f("«g» (diretoria)\n", g=P(dr.short))
    return doc


def ju_subsidy(g: Gen) -> Doc:
    """Request for 'subsídios' to defend a small-claims suit, answered with the CRM history."""
    doc = Doc()
    c, law, an = g.person(), g.person(), g.person()
    comp = g.pick(COMPANIES)
    city, uf = g.city()
    doc.f("SOLICITAÇÃO DE SUBSÍDIOS — Processo «cnj» — «k»º Juizado Especial Cível de «city»/«uf»\n"
          "Autor(a): «n» (CPF «cpf»)  · Ré: «co» · Audiência de conciliação: «d» às «h»\n"
          "Escritório: «fi» · Advogad«o»: «l» («oab») · Solicitado a: CRM/Backoffice\n\n"
          "Pedido: histórico completo de contatos, gravações da venda, aceite eletrônico e telas do cadastro. Alegação: "
          "contratação não reconhecida e cobrança indevida (CDC, art. 39, III e art. 42).\n\n",
          cnj=g.cnj(), k=g.ri(1, 9), city=city, uf=uf, n=P(c.caps), cpf=cpf_t(g), co=comp, d=g.date(), h=g.hm(),
          fi=g.pick(FIRMS), o=law.o, l=P(law.full), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    doc.f("RESPOSTA DO CRM («an», «d»):\n1) Cadastro: nome «n», RG «rg», nasc. «dob», tel. «t», e-mail «e», end. «ad», CEP «cep».\n",
          an=P(an.full), d=g.date(), n=P(c.full), rg=(g.rg(), "BR_RG"), dob=dob_t(g, "br"), t=ph_t(g), e=em_t(g, c), ad=ad_t(g), cep=cep_t(g))
    doc.f("2) Aceite eletrônico da oferta em «d» «h», IP «ip», user-agent «ua», geolocalização aproximada «city».\n",
          d=g.date(), h=g.hms(), ip=ip_t(g), ua=g.pick(["Android 13; SM-A145M", "iPhone iOS 17.4", "Windows 10 Chrome/124"]),
          city=g.city()[0])
    doc.t("3) Ligações do discador:\n   data        hora   número discado    duração   agente                 tabulação\n")
    for _ in range(g.ri(2, 3)):
        ag = g.person()
        nm = ag.short
        doc.f("   «d»  «h»  «t»  «du»  «a»«pad» «tb»\n", d=g.date(), h=g.hm(), t=ph_t(g, "raw"),
              du=f"00:{g.ri(0, 12):02d}:{g.ri(0, 59):02d}", a=P(nm), pad=" " * max(1, 22 - len(nm)),
              tb=g.pick(["CLIENTE DESLIGOU", "VENDA", "CAIXA POSTAL", "RECUSA", "AGENDADO"]))
    sel = g.person()
    doc.f("4) Chat do app (trecho): \"«m»\" — resposta do bot «b».\n5) Gravação da venda: «gv».mp3 (vendedor«a» «s», "
          "equipe «eq»), «du» min.\n",
          m=typo(g, g.pick(["nao contratei esse seguro, cancela", "quem autorizou isso na minha fatura?", "quero o dinheiro de volta"])),
          b=g.pick(BOTS), gv=g.hexs(10), a="a" if sel.female else "", s=P(sel.full), eq=g.pick(["Ativo 3", "Upsell Cartões", "Parceiros"]),
          du=g.ri(4, 15))
    doc.f("Obs.: o CPF «bad» citado na inicial não consta em nossa base (dígito verificador inválido); o cadastro do autor "
          "está no CPF acima. Protocolos de atendimento: «p1», «p2».\n",
          bad=g.bad_cpf("dot"), p1=g.protocol(), p2=g.protocol())
    return doc


def ju_optout(g: Gen) -> Doc:
    """LGPD / Não Me Perturbe complaint traced back to a purchased lead list."""
    doc = Doc()
    c, dpo = g.person(), g.person()
    vendor = g.pick(["LeadMax Dados Ltda", "Base Quente Marketing", "Prospecta Brasil", "Conecta Leads ME"])
    doc.f("Solicitação do titular — canal: DPO · Ticket «tk» · recebido «d»\nTitular: «n» · E-mail: «e» · "
          "Telefones informados: «t1», «t2»\n\nTexto:\n\"",
          tk=f"LGPD-{g.d(5)}", d=g.date(), n=P(c.full), e=em_t(g, c), t1=ph_t(g), t2=ph_t(g, mobile=g.chance(0.5)))
    doc.t(typo(g, g.pick(["recebo 10 ligacoes por dia de vcs oferecendo emprestimo consignado. ",
                           "toda hora me ligam oferecendo cartao, inclusive domingo. ",
                           "ligaram pra minha mae idosa oferecendo seguro no meu nome. "])))
    doc.f("«m» cpf «cpf»\"\n\n",
          m=typo(g, "ja cadastrei no naomeperturbe.com.br. quero saber de onde tiraram meu numero e que apaguem meus dados."),
          cpf=cpf_t(g, "raw"))
    doc.f("Apuração (encarregad«o» «dp»):\n- Origem: lista de leads adquirida de «v» (CNPJ «cn») em «d», arquivo "
          "leads_consignado_«x».csv, linha «ln»:\n  ",
          o=dpo.o, dp=P(dpo.full), v=vendor, cn=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"), d=g.date(), x=g.d(4), ln=g.ri(2, 9000))
    row = [P(c.caps), cpf_t(g, "raw"), dob_t(g, "iso"), ph_t(g, "raw"), cep_t(g, False), ip_t(g), V(g.date("iso") + "T" + g.hms()),
           V(g.pick(["LP-consignado-inss", "quiz-aposentadoria", "sorteio-iphone"]))]
    table_csv(doc, None, [row], sep=";")
    doc.f("- O fornecedor alega consentimento via landing page (IP e data acima); não apresentou o texto do aceite.\n"
          "- Discagens da nossa operação para o titular: «k» nos últimos 30 dias (operadores «o1», «o2»).\n"
          "- Número incluído na lista de bloqueio interna em «d». Base do fornecedor suspensa.\n\n",
          k=g.ri(6, 60), o1=P(g.person().short), o2=P(g.person().first), d=g.date())
    doc.f("Resposta ao titular («d»):\n\"Prezad«o» «f», excluímos seus dados das nossas bases de prospecção, nos termos do "
          "art. 18 da LGPD (Lei 13.709/2018). Seus dados chegaram até nós por meio de «v». Caso ainda receba contatos, "
          "responda este e-mail ou escreva para dpo@«dm».\"\n— «dp», Encarregad«o2» pelo Tratamento de Dados Pessoais\n",
          d=g.date(), o=c.o, f=P(c.first), v=vendor, dm=g.pick(["bentocredito.com.br", "bancoceleste.com.br", "vitoriaseguros.com.br"]),
          dp=P(dpo.short), o2=dpo.o)
    return doc


def ju_consorcio_notice(g: Gen) -> Doc:
    """Extrajudicial notice over a mis-sold consórcio (promised contemplation)."""
    doc = Doc()
    c, sel, law = g.person(), g.person(), g.person()
    adm = g.pick(["Amado Administradora de Consórcios Ltda", "Consórcio Aurora S.A.", "Celeste Consórcios Ltda", "Bento Consórcios"])
    city, uf = g.city()
    oab = g.council("OAB", uf)
    doc.f("NOTIFICAÇÃO EXTRAJUDICIAL\n\nNOTIFICANTE: «n», CPF «cpf», RG «rg», residente na «ad», «city»/«uf», CEP «cep», "
          "por «sa» «l» («oab»), e-mail «le».\nNOTIFICADA: «adm», CNPJ «cn».\n\n",
          n=P(c.caps), cpf=cpf_t(g), rg=(g.rg(), "BR_RG"), ad=ad_t(g), city=city, uf=uf, cep=cep_t(g), sa="sua advogada" if law.female else "seu advogado", l=P(law.full),
          oab=(oab, "PROFESSIONAL_ID"), le=em_t(g, law, g.pick(["adv.br", "advocacia.com.br"])), adm=adm,
          cn=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"))
    doc.f("1. Em «d», o(a) Notificante aderiu ao grupo «gr», cota «ct», crédito de R$ «v», por intermédio do vendedor «s», "
          "que se apresentou como representante da Notificada (WhatsApp «t»).\n",
          d=g.date(), gr=g.d(4), ct=g.d(3), v=g.money(40000, 300000), s=P(sel.full), t=ph_t(g))
    doc.f("2. O vendedor garantiu contemplação \"em até 3 meses, carta já reservada\", conforme mensagens abaixo:\n"
          "   [«d1»] «s»: «m1»\n   [«d2»] «f»: «m2»\n   [«d3»] «s»: «m3»\n",
          d1=g.date("dm") + " " + g.hm(), s=P(sel.first), m1=g.pick(["pode ficar tranquila, a carta é sua no 3º mês",
                                                             "confia em mim, esse grupo contempla rápido"]),
          d2=g.date("dm") + " " + g.hm(), f=P(c.first), m2=typo(g, g.pick(["entao posso dar o lance com o fgts?", "vc garante msm?"])),
          d3=g.date("dm") + " " + g.hm(), m3=g.pick(["garanto, manda o pix da taxa de adesão", "sim, só pagar as 3 primeiras"]))
    doc.f("3. Não houve contemplação. A prática viola o CDC, arts. 6º, III, 30 e 37, e a Lei 11.795/2008. A promessa de "
          "contemplação não é prudente nem lícita.\n4. Requer-se, em 10 dias, a rescisão com devolução integral de R$ «v» "
          "pagos, na conta do(a) Notificante — banco «bk», agência «ag», conta «cc» — ou pela chave Pix aleatória «k».\n\n",
          v=g.money(3000, 40000), bk=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
          k=(g.uuid(), "PIX_KEY"))
    doc.f("«city», «d».\n\n«l»\n«oab»\nTel. «t»\n", city=city, d=g.date("long"), l=P(law.full),
          oab=(oab, "PROFESSIONAL_ID"), t=ph_t(g, "par", mobile=False))
    return doc


# =========================================================================== saude

OPERADORAS = ["Vitória Saúde", "Amparo Celeste Saúde", "Unimed Bento Gonçalves", "Aurora Med", "Prudente Saúde",
              "Graça Assistência Médica", "SulAmérica", "Hapvida NotreDame"]
CLINICS = ["Clínica Flor de Lis", "Policlínica Aurora", "Centro Médico Bento", "Instituto Celeste de Olhos",
           "Clínica Vitória Dermatologia", "OdontoLuz", "Clínica Santa Graça"]
SPECIALTIES = ["Dermatologia", "Cardiologia", "Ginecologia", "Ortopedia", "Pediatria", "Endocrinologia", "Oftalmologia",
               "Clínica geral", "Psiquiatria"]


def sa_proposal(g: Gen) -> Doc:
    """Health-plan membership proposal: holder, dependants, health declaration."""
    doc = Doc()
    t, br, sup, doc_ = g.person(), g.person(), g.person(), g.person()
    mom = g.person(female=True)
    op = g.pick(OPERADORAS)
    city, uf = g.city()
    pme = g.chance(0.5)
    doc.f("PROPOSTA DE «tp» — «op» — Plano «pl» — Reg. ANS «ans»\nProposta nº «n» · Vigência pretendida: «v»\n"
          "Corretora: «co» — CNPJ «cn» · Corretor(a): «br» · «su»\nSupervisor(a) comercial: «sup»\n",
          tp="ADESÃO PME (2 a 29 vidas)" if pme else "CONTRATAÇÃO INDIVIDUAL/FAMILIAR", op=op,
          pl=g.pick(["Essencial Enfermaria", "Flex Apartamento", "Ouro Copart", "Regional Enfermaria"]), ans=g.d(6),
          n=g.d(9), v=g.date(), co=g.pick(["Celeste Corretora de Seguros Ltda", "Bento & Amado Corretagem", "Protege Mais Corretora"]),
          cn=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"), br=P(br.full), su=g.susep(), sup=P(sup.full))
    if pme:
        doc.f("Empresa contratante: «e» · CNPJ «cn» · Responsável: «r» («re»)\n",
              e=g.pick(["Padaria Rosa Branca Ltda", "Mercadinho Graça ME", "Auto Peças Juruena Ltda", "Escritório Contábil Bessa"]),
              cn=(g.cnpj(), "BR_CNPJ"), r=P((rp := g.person()).full), re=em_t(g, rp))
    doc.f("\nTITULAR\nNome: «n»\nCPF: «cpf»   RG: «rg»   Data de nascimento: «dob»   Sexo: «sx»\nNome da mãe: «m»\n"
          "CNS: «cns»\n",
          n=P(t.caps), cpf=cpf_t(g), rg=(g.rg(), "BR_RG"), dob=dob_t(g, "br", 1950, 2000), sx="F" if t.female else "M",
          m=P(mom.caps), cns=(g.cns(), "BR_CNS"))
    if pme:
        doc.f("PIS/NIT (vínculo empregatício): «pis»   Admissão: «ad»\n", pis=(g.pis(), "BR_PIS"), ad=g.date(year=g.ri(2015, 2025)))
    doc.f("Endereço: «ad» · «b» · «city»/«uf» · CEP «cep»\nCelular: «t»   E-mail: «e»\n\nDEPENDENTES\n",
          ad=ad_t(g), b=g.pick(BAIRROS), city=city, uf=uf, cep=cep_t(g), t=ph_t(g), e=em_t(g, t))
    doc.t("Nome                                   Parentesco   Nascimento   CPF              CNS\n")
    for _ in range(g.ri(1, 3)):
        dep = g.relative(t)
        kin = g.pick(["Cônjuge", "Filho(a)", "Filho(a)", "Enteado(a)"])
        nm = dep.caps
        doc.f("«n»«p» «k»«p2» «dob»   «cpf»   «cns»\n", n=P(nm), p=" " * max(1, 38 - len(nm)), k=kin, p2=" " * (12 - len(kin)),
              dob=dob_t(g, "br", 1975 if kin == "Cônjuge" else 2005, 2000 if kin == "Cônjuge" else 2024),
              cpf=cpf_t(g, "dot"), cns=(g.cns(False), "BR_CNS"))
    c1, c2 = g.pick(CIDS), g.pick(CIDS)
    doc.f("\nDECLARAÇÃO DE SAÚDE\n1. Possui doença ou lesão preexistente? «y1» «c1»\n2. Uso contínuo de medicamentos? «y2»\n"
          "3. Cirurgia nos últimos 5 anos? «y3»\nEntrevista qualificada (orientação): Dr(a). «d» — «crm» — em «dt» por videochamada\n"
          "CPT (cobertura parcial temporária) aplicada ao CID «c2» por 24 meses.\n\n",
          y1="SIM —" if g.chance(0.6) else "NÃO", c1=f"CID {c1} (titular)", y2=g.pick(["SIM — losartana 50mg", "NÃO", "SIM — metformina"]),
          y3=g.pick(["NÃO", "SIM — colecistectomia", "SIM — cesárea"]), d=P(doc_.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          dt=g.date(), c2=c2)
    doc.f("PAGAMENTO: 1ª mensalidade R$ «v» via «pg» · demais por débito em conta: ag. «ag» c/c «cc»\n"
          "Assinatura eletrônica do titular: «d» «h» · IP «ip» · token SMS enviado a «t»\n",
          v=g.money(180, 2800), pg=g.pick(["boleto", "Pix", "cartão"]), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
          d=g.date(), h=g.hms(), ip=ip_t(g), t=ph_t(g, "e164"))
    return doc


def sa_dental_leads(g: Gen) -> Doc:
    """Dental-plan lead list exported for a campaign."""
    doc = Doc()
    own = g.person()
    camp = g.pick(["sorriso_em_dia", "odonto_familia_10off", "clareamento_gratis", "plano_dental_luz"])
    n = g.ri(4, 6)
    split = g.chance(0.5)
    doc.f("# export_leads_odonto_«d».csv · campanha \"«c»\" · gerado por «l» · «n» linhas · responsável: «o»\n",
          d=g.date("compact"), c=camp, l=login(own) + "_mkt", n=n, o=P(own.full))
    sep = g.pick([",", ";"])
    cols = ["lead_id"] + (["first_name", "last_name"] if split else ["nome"]) + ["email", "celular", "cep", "data_nascimento", "utm_source", "utm_campaign",
            "ip_conversao", "lead_score", "consentimento"]
    rows = []
    for _ in range(n):
        c = g.person(word=g.chance(0.15))
        fn, ln = c.given, " ".join(c.surnames)
        if g.chance(0.25):
            fn, ln = fold(fn).upper(), fold(ln).upper()
        elif g.chance(0.2):
            fn, ln = fold(fn).lower(), fold(ln).lower()
        rows.append([V(g.d(7))] + ([P(fn), P(ln)] if split else [P(f"{fn} {ln}")]) + [em_t(g, c), ph_t(g, g.pick(["raw", "e164", "par", "cc"])),
                     cep_t(g, g.chance(0.5)), dob_t(g, g.pick(["iso", "br"]), 1950, 2006) if g.chance(0.75) else V(""),
                     V(g.pick(["facebook", "google", "instagram", "tiktok", "indicacao"])), V(camp), ip_t(g),
                     V(str(g.ri(1, 100))), V(g.pick(["sim", "sim", "true", "S"]))])
    table_csv(doc, cols, rows, sep=sep)
    doc.f("# obs: leads com CEP fora da área de cobertura (ex.: Presidente Prudente, Bento Gonçalves) vão p/ régua de e-mail, "
          "não p/ call center. Telefones 0800 da lista são da própria operadora, remover.\n")
    return doc


def sa_clinic_crm(g: Gen) -> Doc:
    """Clinic scheduling CRM card with its WhatsApp thread."""
    doc = Doc()
    p, dr, rec = g.person(), g.person(), g.person()
    clinic = g.pick(CLINICS)
    spec = g.pick(SPECIALTIES)
    minor = g.chance(0.3)
    crm = g.council("CRO" if "Odonto" in clinic else "CRM")
    doc.f("«cl» · CRM de Pacientes\nPaciente: «n» · Prontuário «pr» · Convênio: «op» · Carteirinha «cart»\n"
          "CPF «cpf» · Nasc. «dob» · CNS «cns»\nTel «t» · E-mail «e»\n",
          cl=clinic, n=P(p.full), pr=g.d(6), op=g.pick(OPERADORAS + ["Particular"]), cart=" ".join((cn := g.neg(16))[i:i + 4] for i in range(0, 16, 4)),
          cpf=cpf_t(g), dob=dob_t(g, "br", 2010 if minor else 1940, 2020 if minor else 2004), cns=(g.cns(), "BR_CNS"),
          t=ph_t(g), e=em_t(g, p))
    if minor:
        par = g.relative(p)
        doc.f("Responsável: «r» (CPF «cpf», tel «t»)\n", r=P(par.full), cpf=cpf_t(g), t=ph_t(g))
    doc.f("Origem: «o» · Etiquetas: «tg»\n\nAGENDAMENTOS\n", o=g.pick(["Instagram", "Google", "Indicação", "Doctoralia"]),
          tg=g.pick(["retorno, particular", "primeira consulta", "faltou 2x", "VIP"]))
    for _ in range(g.ri(1, 2)):
        doc.f(" «d» «h» — «sp» — Dr(a). «dr» («crm») — Status: «st»\n", d=g.date(), h=g.hm(), sp=spec, dr=P(dr.short),
              crm=(crm, "PROFESSIONAL_ID"), st=g.pick(["Confirmado via WhatsApp", "Faltou", "Reagendado", "Atendido", "Aguardando"]))
    doc.t("\nCONVERSA WHATSAPP (integração)\n")
    d = g.date()
    ts = g.clock(6, secs=False, gap=(60, 3000))
    doc.f("[«d» «h»] Clínica: Olá, «f»! Confirmando sua consulta com «tt» «dr» amanhã às «hh». Responda 1 para confirmar "
          "ou 2 para reagendar.\n",
          d=d, h=ts[0], f=P(p.first), tt="Dra." if dr.female else "Dr.", dr=P(dr.first + " " + dr.last), hh=g.hm())
    doc.f("[«d» «h»] Paciente: «m»\n", d=d, h=ts[1],
          m=typo(g, g.pick(["1. posso levar a guia depois?", "2 pfv, surgiu um imprevisto", "1, confirmo. vou com minha filha"])))
    doc.f("[«d» «h»] Clínica: Anotado! Lembrando de trazer documento com foto e o cartão do convênio. "
          "O estacionamento da Rua Flor de Lis é conveniado.\n", d=d, h=ts[2])
    mom = g.relative(p, female=True)
    doc.f("[«d» «h»] Paciente: «m»«n»«m2»«t»\n", d=d, h=ts[3],
          m=typo(g, "consegue encaixe pra minha mae tbm? "), n=P(g.pick([mom.first, mom.low, mom.full])),
          m2=typo(g, ", o cel dela é "), t=ph_t(g, g.pick(["raw", "plain"])))
    doc.f("[«d» «h»] Clínica: Consigo às «hh» com a «dr2». Vou precisar do CPF e data de nascimento dela.\n",
          d=d, h=ts[4], hh=g.hm(), dr2=P(g.person(female=True).short))
    doc.f("[«d» «h»] Paciente: «cpf» «dob»\n", d=d, h=ts[5], cpf=cpf_t(g, g.pick(["raw", "dot"])), dob=dob_t(g, g.pick(["br", "nopad"]), 1935, 1965))
    doc.f("\nNota da recepção: «m»\n",
          m=g.pick(["pac. prefere manhã. cobrar coparticipação R$ 35,00 na recepção.", "encaixe da mãe feito, mesmo convênio.",
                    "pediu nota fiscal em nome do marido, ver CPF no próximo atendimento."]))
    return doc


def sa_bot_confirm(g: Gen) -> Doc:
    """Clinic appointment-confirmation chatbot with handoff to reception."""
    doc = Doc()
    p, rec, dr = g.person(), g.person(), g.person()
    bot = g.pick(BOTS)
    clinic = g.pick(CLINICS)
    ts = iter(g.clock(13))
    doc.f("Log de conversa · «cl» · bot «b» · canal WhatsApp · wa_id do usuário «wa» · sessão «s» · ip do webhook «ip»\n\n",
          cl=clinic, b=bot, wa=ph_t(g, "cc"), s=g.hexs(20), ip=ip_t(g))
    doc.f("«t» «b»: Olá! Sou a «b», da «cl» 😊 Para localizar seu agendamento, digite seu CPF ou o número do Cartão SUS.\n",
          t=next(ts), b=bot, cl=clinic)
    if g.chance(0.5):
        doc.f("«t» usuário: «cns»\n", t=next(ts), cns=(g.cns(), "BR_CNS"))
    else:
        doc.f("«t» usuário: «cpf»\n", t=next(ts), cpf=cpf_t(g))
    doc.f("«t» «b»: Obrigada! Para confirmar, qual sua data de nascimento?\n«t2» usuário: «dob»\n",
          t=next(ts), b=bot, t2=next(ts), dob=dob_t(g, g.pick(["br", "nopad", "short"])))
    doc.f("«t» «b»: Encontrei: «n», consulta de «sp» com «tt» «dr» em «d» às «h». Deseja confirmar?\n",
          t=next(ts), b=bot, n=P(fold(p.full).upper() if g.chance(0.5) else p.full), sp=g.pick(SPECIALTIES).lower(),
          tt="Dra." if dr.female else "Dr.", dr=P(dr.short), d=g.date("dm"), h=g.hm())
    doc.f("«t» usuário: «m»\n", t=next(ts),
          m=typo(g, g.pick(["nao, quero mudar o horario e tbm atualizar meu endereco", "sim mas preciso falar com alguem sobre o pedido medico",
                             "confirmo mas mudei de endereco"])))
    doc.f("«t» «b»: Vou te passar para nossa equipe de recepção. Aguarde um instante 🙏\n«t2» [sistema] transferido para «r» "
          "(fila Recepção Unidade «u»)\n",
          t=next(ts), b=bot, t2=next(ts), r=P(rec.full), u=g.pick(["Centro", "Jardim Aurora", "Vitória", "Graças"]))
    doc.f("«t» «r»: Oi! Aqui é «a» «r2» da recepção. Me passa o endereço novo completo, por favor?\n",
          t=next(ts), r=P(rec.first), a=rec.o, r2=P(rec.first))
    doc.f("«t» usuário: «ad» «b» cep «cep»\n", t=next(ts), ad=ad_t(g, "low"), b=fold(g.pick(BAIRROS)).lower(), cep=cep_t(g))
    doc.f("«t» usuário: «m»«e»\n", t=next(ts), m=typo(g, "e o email mudou tbm: "), e=em_t(g, p))
    doc.f("«t» recepção: Atualizado! Sua consulta segue confirmada. Qualquer coisa, chame aqui ou ligue «tf».\n"
          "«t2» [sistema] atendimento finalizado por «l» · tags: atualização_cadastral, confirmado\n",
          t=next(ts), tf=ph_t(g, "par", mobile=False), t2=next(ts), l=login(rec))
    return doc


def sa_survey(g: Gen) -> Doc:
    """A hospital's patient-experience survey report with respondent data and free text."""
    doc = Doc()
    hosp = g.pick(["Hospital Santa Graça", "Hospital Bento Ribeiro", "Hospital e Maternidade Aurora", "Laboratório Celeste",
                   "Hospital Vitória"])
    own = g.person()
    doc.f("RELATÓRIO DE EXPERIÊNCIA DO PACIENTE — «h» — «m»/«y»\nElaborado por: «o» (Ouvidoria) · Fonte: pesquisa pós-alta (SMS + e-mail)\n"
          "NPS do mês: «nps» · Respostas: «r» · Abaixo, comentários que citam profissionais (para devolutiva às equipes)\n\n",
          h=hosp, m=g.pick(MONTHS), y=g.ri(2025, 2026), o=P(own.full), nps=g.ri(20, 85), r=g.ri(100, 1500))
    for i in range(g.ri(3, 4)):
        c = g.person()
        role = g.pick(["a enfermeira", "o enfermeiro", "o técnico", "a dra", "o dr", "a recepcionista", "o maqueiro"])
        prof = g.person(female=role.startswith("a "))
        pos = g.chance(0.5)
        doc.f("«i». «n» · «e» · «t» · Unidade: «u» · Nota: «s»\n",
              i=i + 1, n=P(name_form(g, c, ["full", "caps", "short"])), e=em_t(g, c) if g.chance(0.8) else V("(sem e-mail)"),
              t=ph_t(g), u=g.pick(["Pronto-Socorro", "Maternidade", "UTI Adulto", "Coleta Centro", "Internação 4º andar"]),
              s=g.ri(8, 10) if pos else g.ri(0, 6))
        if pos:
            txt = g.pick([f"{role} «p» foi um anjo, muito atencios{prof.o} com minha mãe",
                          f"quero elogiar {role} «p», explicou tudo com calma",
                          f"{role} «p» me atendeu de madrugada com toda paciencia. deus abençoe"])
        else:
            txt = g.pick([f"{role} «p» nem olhou na minha cara, esperei 5 horas",
                          f"a comida veio fria e {role} «p» foi gross{prof.o} quando reclamei",
                          f"cobraram de mim uma taxa que o convenio cobre, {role} «p» disse que nao podia fazer nada"])
        doc.t("   \"")
        doc.f(typo(g, txt), p=P(g.pick([fold(prof.first).lower(), prof.first, prof.short])))
        doc.t("\"\n")
        if g.chance(0.4):
            ag = g.person()
            doc.f("   Tratativa: contato de «a» em «d» — «r»\n", a=P(ag.short), d=g.date(),
                  r=g.pick(["paciente agradeceu o retorno", "encaminhado à coordenação de enfermagem (" + g.council("COREN") + ")",
                            "ressarcimento de R$ 120,00 autorizado", "sem sucesso, caixa postal"]))
        if g.chance(0.25):
            doc.f("   Dados p/ ressarcimento: CPF «cpf», Pix aleatória «k»\n", cpf=cpf_t(g), k=(g.uuid(), "PIX_KEY"))
    doc.t("\nObs.: comentários sobre \"conta de luz\" e estacionamento foram agrupados em Infraestrutura.\n")
    return doc


def sa_seller_timeline(g: Gen) -> Doc:
    """A health-plan seller's lead timeline for a family (terse shorthand)."""
    doc = Doc()
    c, sel, sup = g.person(), g.person(), g.person()
    sp = g.relative(c, female=not c.female)
    kids = [g.relative(c) for _ in range(g.ri(1, 2))]
    mil = g.person(female=True)
    doc.f("LEAD «id» · «n» · Origem: Google Ads (form \"Cotação plano familiar\") · IP «ip»\nTel «t» · «e» · CEP «cep» · "
          "Vidas: «v» · Vendedor(a): «s»\n",
          id=g.d(6), n=P(c.full), ip=ip_t(g), t=ph_t(g), e=em_t(g, c), cep=cep_t(g), v=2 + len(kids), s=P(sel.full))
    doc.f("Nascimentos: titular «d0», cônjuge «sp» «d1»", d0=dob_t(g, "br", 1970, 1998), sp=P(sp.first), d1=dob_t(g, "br", 1970, 1998))
    for k in kids:
        doc.f(", «k» «d»", k=P(k.first), d=dob_t(g, "br", 2008, 2024))
    doc.f("\nPlano atual: «pa» (portabilidade? «pt»)\n\nTIMELINE\n",
          pa=g.pick(["nenhum", "Amil 400 (empresa do marido)", "Vitória Saúde Enfermaria", "Hapvida"]), pt=g.pick(["sim", "não", "verificar"]))
    ds = sched(g, 7)
    cond = g.pick([("esposa gestante" if sp.female else "titular gestante", "Z34.0"), ("filho com asma", "J45.9"),
                   ("esposa hipertensa" if sp.female else "marido hipertenso", "I10"), ("titular diabétic" + c.o, "E11.9")])
    doc.f("«d» «h» lig. p/ cliente, ñ atendeu, retornar 3a\n", d=ds[0], h=g.hm())
    doc.f("«d» «h» falei c/ «f», quer cotação c/ copart. «g» (CID «cid» informado pel«o» cliente — ñ preencher DS antes de "
          "falar c/ sup. «s»)\n",
          d=ds[1], h=g.hm(), f=P(fold(c.first).lower()), g=cond[0], cid=cond[1], o=c.o, s=P(sup.first))
    doc.f("«d» «h» enviei cotação 3 operadoras por zap («t»)\n", d=ds[2], h=g.hm(), t=ph_t(g, "raw"))
    doc.f("«d» «h» sistema: e-mail automático \"Sua cotação «op»\" aberto 2x\n", d=ds[3], h=g.hm(), op=g.pick(OPERADORAS))
    doc.f("«d» «h» cli pediu p/ incluir «k» «m», nasc «dob» → faixa 59+, valor sobe mto. sugeri plano separado\n",
          d=ds[4], h=g.hm(), k=g.pick(["sogra", "mãe", "avó"]), m=P(mil.short), dob=dob_t(g, "br", 1940, 1965))
    doc.f("«d» «h» passei p/ gerente p/ negociar desc. «w»\n", d=ds[5], h=g.hm(),
          w=g.pick(["seria prudente fechar antes do reajuste", "preço justo p/ 4 vidas", "cliente achou caro"]))
    doc.f("«d» «h» gerente: «m»\n", d=ds[6], h=g.hm(),
          m=g.pick(["fechado c/ 8% desc. proposta na plataforma, assinatura por token", "perdido p/ concorrente (preço)",
                    "cliente vai decidir após o parto, retornar em 60d"]))
    return doc


def sa_speech_welcome(g: Gen) -> Doc:
    """Speech-analytics transcript of a health-plan welcome (verification) call."""
    doc = Doc()
    c, ag = g.person(female=True), g.person()
    op = g.pick(OPERADORAS)
    offs = iter(g.offsets(15, g.ri(400, 900)))
    doc.f("Speech Analytics · «op» · Entrevista de boas-vindas / validação de DS\nChamada «id» · «d» «h» · ANI «ani» · "
          "Agente «a» · Duração «du»\nBeneficiário (CRM): CPF «cpf» · proposta «pp»\nTags: «tg» · Risco de omissão de DLP: «r»\n\n",
          op=op, id=g.hexs(16), d=g.date(), h=g.hm(), ani=ph_t(g, "e164"), a=P(ag.short), cpf=cpf_t(g), pp=g.d(9), du=f"{g.ri(6, 15):02d}:{g.ri(0, 59):02d}",
          tg=g.pick(["DS_divergente, gestante", "DS_ok", "DS_divergente, CPT"]), r=g.pick(["baixo", "médio", "alto"]))
    doc.f("[«t»] AGENTE: «op», bom dia, meu nome é «a». falo com «f»?\n[«t2»] CLIENTE: isso, sou eu\n",
          t=next(offs), op=op, a=P(fold(ag.first).lower()), f=P(fold(c.short).lower()), t2=next(offs))
    doc.f("[«t»] AGENTE: essa é a ligação de boas-vindas do seu plano. por segurança, me confirma o cpf e a data de nascimento\n"
          "[«t2»] CLIENTE: «cpf», nasci em «dob»\n",
          t=next(offs), t2=next(offs), cpf=cpf_t(g, g.pick(["raw", "sp"])), dob=dob_t(g, g.pick(["br", "long", "nopad"])))
    doc.f("[«t»] AGENTE: obrigada. e o número do cartão sus, a senhora tem aí?\n[«t2»] CLIENTE: tenho, é «cns»\n",
          t=next(offs), t2=next(offs), cns=(g.cns(True), "BR_CNS"))
    doc.f("[«t»] AGENTE: na declaração de saúde consta que não há doença preexistente. a senhora faz algum tratamento hoje?\n"
          "[«t2»] CLIENTE: «m»\n",
          t=next(offs), t2=next(offs),
          m=(tr := g.pick(["faço, de pressão, com o doutor ", "só acompanhamento da tireoide com a doutora ",
                           "tô grávida de quatro meses, faço o pré-natal com a doutora "])))
    dr = g.person(female=tr.endswith("doutora "))
    doc.text = doc.text[:-1]
    doc.f("«dr»\n", dr=P(fold(dr.short).lower()))
    doc.f("[«t»] AGENTE: certo, vou registrar. o corretor que fez a venda, «b», orientou a preencher assim?\n"
          "[«t2»] CLIENTE: ele disse que não precisava colocar\n",
          t=next(offs), b=P(fold(g.person(female=False).first).lower()), t2=next(offs))
    doc.f("[«t»] AGENTE: entendi. vou encaminhar para a auditoria médica, o código «cid» pode ter cobertura parcial temporária. "
          "a senhora recebe o resultado no e-mail «e»\n",
          t=next(offs), cid=g.pick(["I10", "E03.9", "Z34.0", "O26.8"]), e=em_t(g, c))
    doc.f("[«t»] CLIENTE: tá. e o boleto vai pra rua ainda? eu mudei pra «ad»\n[«t2»] AGENTE: atualizado. cep?\n"
          "[«t3»] CLIENTE: «cep»\n",
          t=next(offs), ad=ad_t(g, "spoken"), t2=next(offs), t3=next(offs), cep=cep_t(g))
    doc.f("[«t»] AGENTE: pronto. o protocolo é «p». obrigada e seja bem-vinda\n",
          t=next(offs), p=g.protocol())
    doc.f("\n-- QA: validação positiva ✔ · leitura do termo de DS ✔ · menção a omissão orientada pelo corretor ⚠ "
          "(encaminhado à compliance comercial)\n")
    return doc


# =========================================================================== financeiro

CAR_MODELS = ["VW Gol 1.0 2019", "Fiat Argo Drive 2022", "Chevrolet Onix LT 2021", "Hyundai HB20 Vision 2020",
              "Toyota Corolla XEi 2018", "Renault Kwid Zen 2023", "Jeep Renegade 2019", "Honda CG 160 Fan 2022"]
COLORS = ["BRANCO", "PRATA", "PRETO", "AZUL CELESTE", "CINZA", "VERMELHO", "BRANCO PÉROLA"]


def fi_consorcio(g: Gen) -> Doc:
    """Consórcio membership proposal."""
    doc = Doc()
    c, sel = g.person(), g.person()
    adm = g.pick(["Consórcio Aurora S.A.", "Amado Administradora de Consórcios Ltda", "Celeste Consórcios Ltda", "Bento Consórcios"])
    city, uf = g.city()
    imob = g.chance(0.5)
    doc.f("PROPOSTA DE ADESÃO A GRUPO DE CONSÓRCIO — «adm» — CNPJ «cn»\nProposta nº «n» · Grupo «gr» · Cota «ct» · "
          "Bem de referência: «bem» — crédito R$ «v» · Prazo «pz» meses · Taxa de adm. «tx»%\n"
          "Vendedor(a): «s» · Cód. vendedor «cv» · Ponto de venda: «pdv»\n\nCONSORCIADO(A)\n",
          adm=adm, cn=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"), n=g.neg(11) if g.chance(0.4) else g.d(8), gr=g.d(4), ct=g.d(3),
          bem="Imóvel residencial" if imob else g.pick(["Automóvel", "Motocicleta", "Serviços"]), v=g.money(30000, 500000),
          pz=g.pick([80, 120, 180, 200]), tx=f"{g.ri(12, 22)},{g.d(1)}", s=P(sel.full), cv=g.d(5),
          pdv=g.pick(["Stand Shopping Vitória", "Loja Bento Gonçalves", "Televendas", "Correspondente Prudente"]))
    doc.f("Nome: «n»\nCPF: «cpf»   RG: «rg»   Órgão emissor: SSP/«uf»   Data de nascimento: «dob»\n",
          n=P(c.caps), cpf=cpf_t(g), rg=(g.rg(), "BR_RG"), uf=uf, dob=dob_t(g, "br"))
    if g.chance(0.7):
        doc.f("Título de eleitor: «te»   ", te=(g.titulo(), "BR_TITULO_ELEITOR"))
    if not imob and g.chance(0.6):
        doc.f("Documento apresentado: CNH nº «cnh»   ", cnh=(g.cnh(), "BR_CNH"))
    ec = g.pick(["Casado(a)", "Solteiro(a)", "União estável"])
    doc.f("Estado civil: «ec»\n", ec=ec)
    if ec != "Solteiro(a)":
        sp = g.relative(c, female=not c.female)
        doc.f("Cônjuge: «n» · CPF «cpf» · Nasc. «dob»\n", n=P(sp.caps), cpf=cpf_t(g), dob=dob_t(g, "br"))
    if imob:
        doc.f("PIS/PASEP (uso do FGTS no lance/quitação): «pis»\n", pis=(g.pis(), "BR_PIS"))
    doc.f("Endereço residencial: «ad», «b», «city»/«uf», CEP «cep»\nTelefones: «t1» / «t2»   E-mail: «e»\n"
          "Profissão: «pr»   Renda mensal: R$ «r»\n\n",
          ad=ad_t(g, g.pick(["text", "caps"])), b=g.pick(BAIRROS), city=city, uf=uf, cep=cep_t(g), t1=ph_t(g),
          t2=ph_t(g, mobile=False), e=em_t(g, c), pr=g.pick(["Motorista de aplicativo", "Professor(a)", "Comerciante", "Enfermagem",
                                                            "Servidor público", "Autônomo"]), r=g.money(2500, 30000))
    bk = g.pick(BANKS)
    doc.f("DÉBITO AUTOMÁTICO DAS PARCELAS: Banco «bc» — «bn» · Agência «ag» · Conta corrente «cc» · Titular: «t»\n\n",
          bc=bk[0], bn=bk[1], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), t=P(c.short))
    doc.f("DECLARAÇÕES: Declaro que recebi o regulamento do grupo e que NÃO me foi prometida data de contemplação, que ocorre "
          "exclusivamente por sorteio ou lance (Lei 11.795/2008). Sei que a 1ª parcela de R$ «p» não é de graça nem "
          "reembolsável antes da contemplação.\n\n«city», «d».\n\n«n» ________________________\n«s» (vendedor) ______________\n"
          "Testemunha: «w» — CPF «wc»\n",
          p=g.money(300, 3500), city=city, d=g.date(), n=P(c.full), s=P(sel.full), w=P(g.person().full), wc=cpf_t(g))
    return doc


def fi_auto(g: Gen) -> Doc:
    """Auto-insurance quote / proposal."""
    doc = Doc()
    s, br = g.person(), g.person()
    other = g.chance(0.4)
    dr = g.relative(s) if other else s
    seg = g.pick(["Vitória Seguros", "Seguradora Celeste", "Porto Bento Seguros", "Aurora Auto Seguros"])
    doc.f("COTAÇÃO / PROPOSTA DE SEGURO AUTO — «sg»\nNº «n» · Validade até «v» · Corretor(a): «br» («su») · «bt» · «be»\n\n",
          sg=seg, n=g.d(10), v=g.date(), br=P(br.full), su=g.susep(), bt=ph_t(g), be=em_t(g, br))
    doc.f("SEGURADO: «n» · CPF «cpf» · Nasc. «dob» · Estado civil: «ec»\nEndereço: «ad» · CEP «cep»\nContato: «t» · «e»\n\n",
          n=P(s.full), cpf=cpf_t(g), dob=dob_t(g, "br", 1950, 2003), ec=g.pick(["casado(a)", "solteiro(a)", "divorciado(a)"]),
          ad=ad_t(g), cep=cep_t(g), t=ph_t(g), e=em_t(g, s))
    doc.f("PRINCIPAL CONDUTOR: «n» · CPF «cpf» · CNH «cnh» (cat. «cat») · Nasc. «dob» · 1ª habilitação «h»\n",
          n=P(dr.full) if other else V("o próprio segurado"),
          cpf=cpf_t(g) if other else V("—"), cnh=(g.cnh(), "BR_CNH"), cat=g.pick(["B", "AB", "B"]),
          dob=dob_t(g, "br", 1950, 2005) if other else V("—"), h=g.date(year=g.ri(1990, 2022)))
    car = g.pick(CAR_MODELS)
    doc.f("VEÍCULO: «m» · Cor: «c» · Placa «p» · Chassi «ch» · FIPE «fp» · 0km: não\nCEP de pernoite: «cep» · Garagem "
          "residencial: «gr» · Uso: «u»\n\n",
          m=car, c=g.pick(COLORS), p=(g.plate(), "LICENSE_PLATE"), ch="9BW" + "".join(g.pick("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(14)),
          fp=f"{g.d(6)}-{g.d(1)}", cep=cep_t(g), gr=g.pick(["sim, com portão automático", "não", "sim"]),
          u=g.pick(["particular", "particular + aplicativo", "ida e volta ao trabalho"]))
    doc.f("COBERTURAS: compreensiva 100% FIPE · RCF danos materiais R$ «a» · danos corporais R$ «b» · APP · carro reserva 15 dias\n"
          "PRÊMIO TOTAL: R$ «pr» em «k»x «fp»\n",
          a=g.money(50000, 200000), b=g.money(50000, 200000), pr=g.money(1500, 9000), k=g.ri(1, 10),
          fp=g.pick(["no cartão", "no débito", "no boleto"]))
    if doc.text.endswith("no cartão\n"):
        doc.f("Cartão: «cc» · val. «v» · titular «t»\n", cc=(g.card(), "CREDIT_CARD"), v=f"{g.ri(1, 12):02d}/{g.ri(27, 33)}",
              t=P(s.caps))
    elif doc.text.endswith("no débito\n"):
        doc.f("Débito: ag. «ag» c/c «cc»\n", ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    kk = g.pick(["filho", "filha", "sobrinho", "neta"])
    kid = g.relative(s, female=kk in ("filha", "neta"))
    doc.f("\nOBS. CORRETOR: «o» «k» («kn», «a» anos) dirige às vezes, incluí como condutor eventual. ",
          o=g.pick(["cliente tinha seguro na concorrente c/ bônus 5, sinistro em " + g.date() + " (colisão traseira).",
                    "renovação, sem sinistro.", "vistoria prévia feita pelo app em " + g.date() + "."]),
          k=kk, kn=P(kid.first), a=g.ri(18, 25))
    x = g.ri(0, 2)
    if x == 0:
        doc.f("Placa anterior «p» (veículo vendido).\n", p=(g.plate(True), "LICENSE_PLATE"))
    elif x == 1:
        doc.t("Seria prudente incluir cobertura de vidros.\n")
    else:
        doc.t("\n")
    return doc


def fi_card_script(g: Gen) -> Doc:
    """Credit-card sales script filled in (pre-approved offer), with additional card."""
    doc = Doc()
    c, op = g.person(), g.person()
    akin = g.pick(["a minha filha", "o meu marido", "a minha esposa", "o meu filho"])
    add = g.relative(c, female=akin.startswith("a "))
    bank = g.pick(["Banco Celeste", "Bento Crédito", "Vitória Bank", "Aurora Pay"])
    city, uf = g.city()
    doc.f("ROTEIRO VENDA CARTÃO «b» «pr» — PRÉ-APROVADO · Mailing «m» · Operador(a): «o» (login «l»)\n"
          "---------------------------------------------------------------------\n"
          "CLIENTE: «n» · CPF «cpf» · RG «rg» · NASC. «dob» · RENDA DECLARADA R$ «r» · LIMITE PRÉ-APROVADO R$ «lim»\n"
          "TEL: «t» · E-MAIL: «e»\nENDEREÇO DE ENTREGA DO CARTÃO: «ad», «city»/«uf», CEP «cep»\n"
          "---------------------------------------------------------------------\n\n",
          b=bank.upper(), pr=g.pick(["PLATINUM", "GOLD", "INTERNACIONAL", "BLACK"]), m=f"pre_aprov_{g.date('compact')}",
          o=P(op.full), l=login(op), n=P(c.caps), cpf=cpf_t(g), rg=(g.rg(), "BR_RG"), dob=dob_t(g, "br"), r=g.money(1800, 25000),
          lim=g.money(800, 20000), t=ph_t(g), e=em_t(g, c), ad=ad_t(g, "caps"), city=city, uf=uf, cep=cep_t(g))
    doc.f("«o»: \"Olá, «f»? Aqui é «o2», do «b». Você tem um cartão pré-aprovado com anuidade de graça no primeiro ano. "
          "Para confirmar sua identidade, qual sua data de nascimento?\"\nCLIENTE: «dob» ✔\n",
          o=P(fold(op.first).upper()), f=P(c.first), o2=P(op.first), b=bank, dob=dob_t(g, "br"))
    doc.f("OPERADOR: \"Perfeito. O cartão chega no endereço «ad» em até 10 dias úteis. Deseja um cartão adicional?\"\n",
          ad=ad_t(g))
    if g.chance(0.7):
        doc.f("CLIENTE: sim, pr«k» «a»\nADICIONAL: «an» · CPF «cpf» · Nasc. «dob» · Parentesco: «kk»\n",
              k=akin, a=P(add.first), an=P(add.caps), cpf=cpf_t(g),
              dob=dob_t(g, "br", 1990, 2007) if "filh" in akin else dob_t(g, "br", 1955, 1995),
              kk="filho(a)" if "filh" in akin else "cônjuge")
    else:
        doc.t("CLIENTE: não, obrigado.\n")
    doc.f("OPERADOR: \"Prefere débito automático da fatura?\"\nCLIENTE: sim — ag «ag» cc «cc»\n",
          ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    doc.f("OPERADOR: \"Confirmando: vencimento dia «v», fatura digital no e-mail «e». Protocolo «p».\"\n\n",
          v=g.pick([5, 10, 15, 20, 25]), e=em_t(g, c), p=g.protocol())
    doc.f("TABULAÇÃO: VENDA · Gravação «gv» · Cartão antigo cancelado: «mc»\nObs.: ",
          gv=g.hexs(12), mc=g.masked_card())
    k = g.ri(0, 2)
    if k == 0:
        doc.t("cliente pediu p/ não ligar no trabalho\n")
    elif k == 1:
        doc.f("cliente com restrição no bureau, aprovado por exceção (sup. «s»)\n", s=P(g.person().first))
    else:
        doc.t("cli confirmou tudo sem hesitar\n")
    return doc


def fi_speech_collect(g: Gen) -> Doc:
    """Speech-analytics transcript of a collection call with an agreement."""
    doc = Doc()
    c, ag = g.person(), g.person()
    comp = g.pick(["Banco Celeste", "Bento Crédito", "Lojas Prudente (cartão private label)", "Vitória Financeira"])
    offs = iter(g.offsets(15, g.ri(300, 800)))
    doc.f("SPEECH ANALYTICS — COBRANÇA «co»\nligação «id» | «d» «h» | número discado «n» | cpf do devedor «cpf» | agente «a» | duração «du»\n"
          "emoção: «em» | termos: «tm» | conformidade CDC art. 42: «cf»\n\n",
          co=comp.upper(), id=g.neg(11), d=g.date(), h=g.hm(), n=ph_t(g, "raw"), cpf=cpf_t(g, "raw"), a=P(ag.full),
          du=f"{g.ri(4, 16):02d}:{g.ri(0, 59):02d}", em=g.pick(["raiva → neutro", "tristeza", "neutro"]),
          tm=g.pick(["acordo, desconto, boleto", "desemprego, parcelar, pix", "já paguei, comprovante"]), cf=g.pick(["OK", "OK", "ALERTA"]))
    doc.f("[«t»] AGENTE: bom dia, eu falo com «f»?\n[«t2»] CLIENTE: quem quer falar?\n"
          "[«t3»] AGENTE: aqui é «a», da «co». o assunto é particular, só posso tratar com o titular\n[«t4»] CLIENTE: sou eu\n",
          t=next(offs), f=P(fold(c.short).lower()), t2=next(offs), t3=next(offs), a=P(fold(ag.first).lower()), co=comp.split(" (")[0].lower(),
          t4=next(offs))
    doc.f("[«t»] AGENTE: para confirmar, me diz os três primeiros dígitos do cpf e a data de nascimento\n"
          "[«t2»] CLIENTE: «c3», «dob»\n",
          t=next(offs), t2=next(offs), c3=g.d(3), dob=dob_t(g, g.pick(["br", "long", "nopad"])))
    doc.f("[«t»] AGENTE: obrigado. consta aqui o contrato final «ct» em atraso há «k» dias, saldo de «v» reais. "
          "hoje consigo «p» por cento de desconto à vista\n",
          t=next(offs), ct=g.d(4), k=g.ri(40, 400), v=g.money(500, 12000), p=g.ri(30, 85))
    kind = g.pick(["paid", "agree", "agree"])
    if kind == "paid":
        doc.f("[«t»] CLIENTE: mas eu já paguei! fiz um pix pra chave que vocês mandaram, «k», dia «d»\n"
              "[«t2»] AGENTE: vou verificar. a senhora tem o comprovante? pode mandar no e-mail «e»?\n",
              t=next(offs), k=(g.uuid(), "PIX_KEY"), d=g.date("dm"), t2=next(offs), e=em_t(g, c))
    else:
        doc.f("[«t»] CLIENTE: «m»\n[«t2»] AGENTE: consigo em «n» vezes de «v». o boleto vai no e-mail «e» ou no whatsapp?\n",
              t=next(offs), m=g.pick(["tô desempregado, não consigo tudo de uma vez", "só consigo parcelar, minha conta de luz tá atrasada também",
                                     "parcela que eu pago, mas não me liga mais no serviço"]),
              t2=next(offs), n=g.ri(3, 12), v=g.money(60, 700), e=em_t(g, c))
    doc.f("[«t»] CLIENTE: manda no zap, «tel»\n", t=next(offs), tel=ph_t(g, g.pick(["raw", "plain", "sp"])))
    if g.chance(0.5):
        rel = g.relative(c, female=True)
        doc.f("[«t»] CLIENTE: e se eu não atender pode falar com «k» «r», o número dela é «tel»\n",
              t=next(offs), k=g.pick(["minha filha", "minha esposa", "minha irmã"]), r=P(fold(rel.first).lower()),
              tel=ph_t(g, "raw"))
    doc.f("[«t»] AGENTE: anotado. e o endereço continua «ad»?\n[«t2»] CLIENTE: continua\n",
          t=next(offs), ad=ad_t(g, "spoken"), t2=next(offs))
    doc.f("[«t»] AGENTE: certo, protocolo do acordo «p». a primeira parcela vence dia «d». obrigado\n",
          t=next(offs), p=g.protocol(), d=g.date("dm"))
    doc.f("\n-- resumo automático: «r» · próxima ação: «n» (fila «s»)\n",
          r="ALEGA PAGAMENTO — verificar comprovante" if kind == "paid" else g.pick(["ACORDO FECHADO", "PROMESSA DE PAGAMENTO"]),
          n=g.pick(["enviar boleto", "conciliação manual", "retorno em 48h"]), s=g.pick(["COB-ACORDOS", "BACKOFFICE-2", "RETORNO"]))
    return doc


def fi_lead_list(g: Gen) -> Doc:
    """Lead list of pre-approved credit exported for a telemarketing campaign."""
    doc = Doc()
    own = g.person()
    bank = g.pick(["Banco Celeste", "Bento Crédito", "Vitória Bank", "Aurora Pay"])
    camp = g.pick(["Crédito Pessoal Pré-Aprovado", "Cartão sem anuidade", "Consignado INSS", "Refin Veículo", "Refin Veículo"])
    car = camp == "Refin Veículo"
    doc.f("«b» · Campanha «c» · Lista «l» · Exportada em «d» por «o» · Uso restrito — não encaminhar\n",
          b=bank, c=camp, l=f"L{g.d(5)}", d=g.date() + " " + g.hm(), o=P(own.full))
    sep = ";"
    cols = ["cod_cliente", "nome", "cpf", "dt_nasc", "celular", "tel_res", "email", "cep", "renda_presumida", "score_interno", "oferta"]
    rows = []
    for _ in range(g.ri(5, 7)):
        c = g.person(word=g.chance(0.15))
        masked = g.chance(0.2)
        rows.append([V(g.neg(11)), P(g.pick([c.caps, c.caps, c.full])), V(g.masked_cpf()) if masked else cpf_t(g, g.pick(["raw", "dot"])),
                     dob_t(g, g.pick(["br", "iso"])), ph_t(g, "raw"), ph_t(g, "raw", mobile=False) if g.chance(0.5) else V(""),
                     em_t(g, c) if g.chance(0.7) else V(""), cep_t(g, False), V(g.money(1500, 20000)), V(str(g.ri(300, 999))),
                     V(g.money(1000, 50000))] + ([(g.plate(), "LICENSE_PLATE"), V(g.pick(CAR_MODELS))] if car else []))
    table_csv(doc, cols + (["placa", "veiculo"] if car else []), rows, sep=sep)
    doc.f("-- fim («k» de «n» registros; filtro: score > 500, sem NMP). Dúvidas: ramal «r».\n",
          k=len(rows), n=g.ri(5000, 90000), r=g.d(4))
    return doc


def fi_life(g: Gen) -> Doc:
    """Life-insurance proposal with beneficiaries."""
    doc = Doc()
    s, br = g.person(), g.person()
    seg = g.pick(["Vitória Seguros", "Seguradora Celeste", "Amparo Vida", "Aurora Previdência"])
    city, uf = g.city()
    doc.f("PROPOSTA DE SEGURO DE VIDA INDIVIDUAL — «sg»\nProposta «n» · Corretor(a): «br» — «su»\n\nPROPONENTE\n"
          "Nome: «nm»\nCPF: «cpf»   RG: «rg»   Nascimento: «dob»   Sexo: «sx»\nProfissão: «pr»   Renda: R$ «r»\n"
          "Endereço: «ad» — «city»/«uf» — CEP «cep»\nCelular: «t»   E-mail: «e»\n\n",
          sg=seg, n=g.neg(12), br=P(br.full), su=g.susep(), nm=P(s.full), cpf=cpf_t(g), rg=(g.rg(), "BR_RG"),
          dob=dob_t(g, "br", 1955, 2000), sx="F" if s.female else "M",
          pr=g.pick(["Motorista", "Professor(a)", "Eletricista", "Médica", "Comerciante", "Policial militar"]),
          r=g.money(2500, 40000), ad=ad_t(g), city=city, uf=uf, cep=cep_t(g), t=ph_t(g), e=em_t(g, s))
    doc.f("COBERTURAS: Morte R$ «a» · IPA R$ «b» · Doenças graves R$ «c» · Prêmio mensal R$ «p»\n\nBENEFICIÁRIOS\n",
          a=g.money(50000, 800000), b=g.money(50000, 800000), c=g.money(20000, 200000), p=g.money(40, 600))
    k = g.ri(2, 3)
    shares = [100 // k] * k
    shares[0] += 100 - sum(shares)
    for i in range(k):
        kin, fem, lo, hi = g.pick([("cônjuge", not s.female, 1955, 2000), ("filha", True, 1985, 2022), ("filho", False, 1985, 2022),
                                   ("mãe", True, 1935, 1970), ("irmã", True, 1955, 2000), ("irmão", False, 1955, 2000)])
        b = g.relative(s, female=fem)
        dob = g.dob("br", lo, hi)
        minor = int(dob[-4:]) >= 2010
        doc.f("«i». «n» — «kin» — CPF «cpf» — nasc. «dob» — «sh»%\n", i=i + 1, n=P(g.pick([b.full, b.caps])),
              kin=kin, cpf=V("(menor, sem CPF)") if minor else cpf_t(g), dob=(dob, "DATE_OF_BIRTH"), sh=shares[i])
    doc.f("\nDECLARAÇÃO PESSOAL DE SAÚDE: «ds»\nFumante: «f» · Altura «h» m · Peso «w» kg\n",
          ds=g.pick(["nega doenças", f"hipertensão (CID {g.pick(['I10', 'I11.9'])}) controlada", f"diabetes tipo 2 (CID E11.9)"]),
          f=g.pick(["não", "sim, 10 cigarros/dia", "ex-fumante"]), h=f"1,{g.ri(50, 95)}", w=g.ri(50, 120))
    pay = g.pick(["card", "debit"])
    if pay == "card":
        doc.f("PAGAMENTO: cartão de crédito «cc» · validade «v» · titular «t»\n", cc=(g.card(g.chance(0.7)), "CREDIT_CARD"),
              v=f"{g.ri(1, 12):02d}/{g.ri(27, 33)}", t=P(s.caps))
    else:
        bk = g.pick(BANKS)
        doc.f("PAGAMENTO: débito em conta — banco «b» ag. «ag» c/c «cc»\n", b=bk[0], ag=(g.agency(), "BANK_ACCOUNT"),
              cc=(g.account(), "BANK_ACCOUNT"))
    doc.f("\nAssinatura digital: «d» «h» · IP «ip» · geolocalização «city»\nVenda presencial acompanhada pelo gerente da agência «ag».\n",
          d=g.date(), h=g.hms(), ip=ip_t(g), city=city, ag=g.pick(["Centro", "Jardim Aurora", "Bento Ribeiro"]))
    return doc


def fi_bank_bot(g: Gen) -> Doc:
    """Bank chatbot log (card block and dispute) with handoff."""
    doc = Doc()
    c, ag = g.person(), g.person()
    bot = g.pick(BOTS)
    bank = g.pick(["Banco Celeste", "Bento Crédito", "Vitória Bank", "Aurora Pay"])
    ts = iter(g.clock(14))
    doc.f("== transcript «id» == «b» | assistente virtual: «bt» | canal: app | device ip «ip» | cliente autenticado: sim (biometria) | cpf «cpf» | token SMS → «t»\n",
          id=g.uuid(), b=bank, bt=bot, ip=ip_t(g), cpf=cpf_t(g), t=ph_t(g, g.pick(["e164", "par"])))
    doc.f("«t» «bt»: Olá, «f»! Sou «o» «bt2», assistente do «b». Em que posso ajudar?\n", t=next(ts), bt=bot,
          f=P(c.first), o="a" if bot != "Bento" else "o", bt2=bot, b=bank)
    doc.f("«t» cliente: «m»\n", t=next(ts), m=typo(g, g.pick(["nao reconheço uma compra no meu cartao", "quero bloquear meu cartao, fui roubado",
                                                           "tem uma compra de 2 mil que nao fiz"])))
    doc.f("«t» «bt»: Sinto muito! Qual cartão? Por segurança, informe apenas os 4 últimos dígitos.\n", t=next(ts), bt=bot)
    card = g.card(g.chance(0.6))
    doc.f("«t» cliente: «cc»\n", t=next(ts), cc=(card, "CREDIT_CARD"))
    doc.f("«t» «bt»: ⚠️ Por segurança, não envie o número completo do cartão. Bloqueei preventivamente o cartão «mc». "
          "Vou te transferir para um especialista.\n«t2» [sistema] handoff → fila Contestação · agente «a» («l»)\n",
          t=next(ts), bt=bot, mc=g.pick(["final ", "**** ", "terminado em "]) + card[-4:], t2=next(ts), a=P(ag.full), l=login(ag) + "@atd")
    shop = g.pick(["Drogaria Flor de Lis", "Posto Bento", "Mercado Graça", "Magazine Luz", "Celeste Viagens"])
    doc.f("«t» «a»: Oi, tudo bem? Sou «o» «a2». Vi as compras de «d»: «sh» R$ «v1» e «sh2» R$ «v2». Qual não reconhece?\n",
          t=next(ts), a=P(ag.first), o=ag.o, a2=P(ag.first), d=g.date("dm"), sh=shop, v1=g.money(30, 3000),
          sh2=g.pick(["Uber *Trip", "IFOOD", "AMAZON MKTPLACE", "Shopee*"]), v2=g.money(10, 500))
    doc.f("«t» cliente: «m»\n", t=next(ts), m=typo(g, g.pick(["as duas, nunca fui nesse lugar", "a primeira", "nenhuma das duas eu reconheço"])))
    doc.f("«t» atendente: Certo. Abri a contestação «p». O cartão novo vai para «ad», CEP «cep». Confirma?\n",
          t=next(ts), p=g.protocol(), ad=ad_t(g), cep=cep_t(g))
    doc.f("«t» cliente: «m»«ad2»\n", t=next(ts), m=typo(g, "nao, mudei. manda pra "), ad2=ad_t(g, "low"))
    doc.f("«t» atendente: Atualizado ✅ Também enviei o formulário de contestação para «e». O prazo de análise é de até 10 dias.\n",
          t=next(ts), e=em_t(g, c))
    if g.chance(0.5):
        doc.f("«t» cliente: «m»«n»«m2»\n", t=next(ts), m=typo(g, "o cartao adicional da "), n=P(fold(g.relative(c, True).first).lower()),
              m2=typo(g, " tambem precisa bloquear?"))
        doc.f("«t» atendente: Não é necessário, o adicional tem numeração própria.\n", t=next(ts))
    doc.f("«t» [sistema] atendimento encerrado · pesquisa enviada · tempo total «m» min\n", t=next(ts), m=g.ri(5, 30))
    return doc


# =========================================================================== build and check

TEMPLATES = {
    "atendimento": [at_return, at_nps, at_chatbot, at_speech, at_crm_card, at_tele_script, at_realestate],
    "juridico": [ju_escalation, ju_agreement, ju_collect_script, ju_reneg, ju_subsidy, ju_optout, ju_consorcio_notice],
    "saude": [sa_proposal, sa_dental_leads, sa_clinic_crm, sa_bot_confirm, sa_survey, sa_seller_timeline, sa_speech_welcome],
    "financeiro": [fi_consorcio, fi_auto, fi_card_script, fi_speech_collect, fi_lead_list, fi_life, fi_bank_bot],
}

CPF_SHAPES = re.compile(r"(?<![\d.])(\d{11}|\d{3}\.\d{3}\.\d{3}-\d{2}|\d{9}-\d{2}|\d{3} \d{3} \d{3} \d{2})(?![\d])")
LABELS = {"PERSON", "BR_CPF", "BR_CNPJ", "BR_RG", "BR_CNH", "BR_PIS", "BR_TITULO_ELEITOR", "BR_CNS", "BR_CEP",
          "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "PIX_KEY", "LICENSE_PLATE", "BANK_ACCOUNT", "ADDRESS",
          "DATE_OF_BIRTH", "IP_ADDRESS", "PROFESSIONAL_ID"}


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
            assert 8 <= len(raw) <= 9, (record["id"], v)
            if re.fullmatch(r"\d{2}\.\d{3}\.\d{3}-[\dX]|\d{8}[\dX]", v):
                assert rg_sp_dv(raw[:8]) == raw[8], (record["id"], v)
        elif lab == "PIX_KEY":
            assert str(uuid.UUID(v)) == v, (record["id"], v)
        elif lab == "BR_CEP":
            assert len(digits) == 8, (record["id"], v)
        elif lab == "PHONE_NUMBER":
            assert 10 <= len(digits) <= 13 and not v.startswith(("0800", "4004", "3003", "4003")), (record["id"], v)
        elif lab == "LICENSE_PLATE":
            assert re.fullmatch(r"[A-Z]{3}-?\d[A-Z\d]\d{2}", v), (record["id"], v)
        elif lab == "PERSON":
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|senhora?)\.?\s", v), (record["id"], v)
            assert not re.search(r"[0-9@]", v), (record["id"], v)
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (record["id"], v)
            assert not re.match(r"(sac|vendas|juridico|dpo|financeiro|nao-responda|contato)@", v), (record["id"], v)
        elif lab == "IP_ADDRESS":
            assert v.count(".") == 3 and all(0 <= int(x) <= 255 for x in v.split(".")), (record["id"], v)
        elif lab == "PROFESSIONAL_ID":
            assert re.match(r"(CRM|CRO|CRECI|OAB|COREN|CRP)\b", v) and "SUSEP" not in v, (record["id"], v)
        elif lab == "DATE_OF_BIRTH":
            assert re.search(r"\d{4}|\d{2}/\d{2}/\d{2}$", v), (record["id"], v)
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
    # bot persona names and speaker labels are never inside a PERSON span on their own
    for s in record["spans"]:
        if s["label"] == "PERSON":
            assert text[s["start"]:s["end"]] not in ("AGENTE", "CLIENTE", "BOT", "SISTEMA"), (record["id"], s)


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
