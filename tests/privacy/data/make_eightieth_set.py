"""Build the eightieth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_eightieth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or
run), standalone (own check-digit code, no Faker, no import from afinar or from other
generators), seed 8080, 280 records: 7 templates per domain, 10 copies each.

Register, not used by the earlier sets: weddings and private events, as the businesses around
them write them down: buffets and party venues, wedding planners, photographers and bands,
caterers and their kitchens, the travel agency of the honeymoon, the civil registry, Procon,
the small-claims court and the municipal health inspectorate.
- atendimento: a wedding planner's WhatsApp group export with the couple and a supplier
  (unsaved contacts show as phone numbers, a planner may appear under her business name), a
  venue's guest list for the front desk (ruled table or CSV: documents, RSVP phone, companions,
  minors with birth dates for the children's price, valet plates), a food-poisoning complaint
  e-mail to the SAC and the attendant's reply, a web-chat cancellation (bot, then a human
  attendant tagged by name, by login or as ATENDENTE), a venue's booking form (key: value),
  a honeymoon package confirmation e-mail (airline SURNAME/GIVEN names), an OCR-read event
  service order with the staff on duty and the vehicles allowed at the dock.
- juridico: a Procon complaint form, a small-claims (JEC) petition by the couple, a photography
  and film contract with an image-use clause and an annex authorising minors' images, the civil
  registry's marriage habilitação (contraentes, filiação, witnesses, edital de proclamas, the
  bride's new name), a band contract with its access list (ruled or dashed table), the minutes
  of a conciliation hearing with the settlement, an HR/lawyer e-mail thread on a kitchen
  accident turned labour claim.
- saude: the surveillance line list (CSV) of a foodborne outbreak after a wedding, an emergency
  room record of a guest, a CAT (work-accident report) of a burned cook, the catering staff
  roster with occupational-health (ASO) status, an e-mail forwarding a medical certificate read
  by OCR to postpone the party, a nutritionist's list of guests' allergies and restrictions
  (whitespace-aligned table), the health inspectorate's e-mail with hospitalised patients.
- financeiro: the buffet's bank statement (CSV; Pix in and out, TED, card settlements), a
  payment-link gateway log in JSON lines that leaks a full card number in a debug line, a
  supplier's NFS-e to the couple, a refund/chargeback back-office ticket, the freelancers'
  payment sheet (CSV, Pix keys of every kind), the couple's budget sheet in Markdown, the
  travel agency's invoice for the honeymoon (fixed-width passenger table, airport parking).

Conventions (the twentieth set's): PERSON covers the name only, never "Sr.", "Dra.", "Dr(a).",
"dona", "seu"; particles inside a name are part of it; "SURNAME, GIVEN" and airline
"SURNAME/GIVEN" are one span; nicknames and first names alone are persons. Staff named in the
text (planners, attendants, salespeople, doctors, nurses, nutritionists, lawyers, conciliators,
inspectors, analysts) are persons; logins ("atd.wchoque", "mariama.faye"), bots ("BOT Flora")
and business names used as chat senders ("Assessoria Candeia") are not. Corporate e-mails of
people are EMAIL_ADDRESS; role mailboxes (sac@, eventos@, rh@, juridico@, financeiro@) are not.
ADDRESS is street type + name + number + complement, or a highway + km ("Rodovia BA-099 km 241");
bairro, city, UF and CEP stay out (CEP is BR_CEP); companies' addresses (the buffet's seat on
"Rua Barão de Mauá", "Rod. dos Jatobás, km 4", "Avenida Presidente Vargas") are not labelled,
nor a street without number ("pela Rua dos Jasmins"). Agency and account are separate
BANK_ACCOUNT spans (also the company's own account in its statement header); bank names and
codes are not. DATE_OF_BIRTH only for birth dates (adults and minors); event, booking, payment,
admission and accident dates are not. PROFESSIONAL_ID includes the council acronym and UF or
region (CRM/SP 123456, OAB/RJ 98.765, COREN-RN 98091, CRN-3 12345, CRN2 45089/P). PIX_KEY only
for random (UUID) keys used as Pix keys, whoever holds them (couple, supplier, photographer);
Pix keys that are a CPF, e-mail or phone take those labels. Every CNPJ is BR_CNPJ (numeric and
the 2026 alphanumeric form). Decided here: a chat sender shown as a phone number is
PHONE_NUMBER; names truncated by a fixed-width field are labelled as they stand; OCR-damaged
names, addresses and words are labelled as they stand (identifiers are never damaged).

Names: Brazilian names of many origins (Portuguese common and regional, coined names such as
Dheniffer, Kauanny, Ryquelme, Waldisney, Thayllane; Italian, German, Japanese, Lebanese, Korean,
Chinese, Haitian, Angolan, Senegalese, Bolivian, indigenous, Jewish, Polish), with at least a
quarter of the name words rare or invented; names that are also words (Rosa, Luz, Flor, Vitória,
Aurora, Esperança, Bento, Prudente, Amado, Branco) next to the same words as words ("buquê de
rosa", "vinho branco", "luz cênica", "seria prudente"), in places (Presidente Prudente, Bento
Gonçalves, Vitória, Aurora/CE, Santa Rosa) and in companies and venues (Buffet Aurora Festas,
Villa Bento Eventos, Chácara Recanto Amado, Bolos Prudente Confeitaria), which are not persons.
Forms: full, ALL CAPS without accents, lower case, "SURNAME, GIVEN", "SURNAME/GIVEN", first name
alone, nicknames (Zeca, Nalva, Teca, Manu).

Hard negatives (never labelled): CNJ process numbers, contract, order, protocol, F.A., CAT,
receipt, NSU, TID, ARN and ticket numbers (some 11-digit ones, all failing the CPF check), Pix
end-to-end ids, masked CPFs and cards, ICD-10 codes, money, laws (Lei 8.078/1990, Lei 9.099/95,
Lei 13.709/2018, RDC 216/2004), Cadastur numbers, booking locators, ticket numbers, registry
book and seal numbers, event and payment dates, company names containing surnames (Tenório &
Filhos Eventos Ltda, Buffet Haddad Gourmet, Villa Zanella Eventos).
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
SEED = 8080
OUT_NAME = "eightieth.jsonl"

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
WEEKDAYS = ["segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"]

# --------------------------------------------------------------------------- name pools
# RARE_* hold uncommon, regional or coined names; main() prints their share of PERSON words.

PT_F = ["Ana Paula", "Juliana", "Fernanda", "Patrícia", "Camila", "Aline", "Larissa", "Beatriz", "Gabriela",
        "Mariana", "Adriana", "Cristiane", "Simone", "Priscila", "Tatiane", "Letícia", "Isabela", "Sandra",
        "Luciana", "Viviane", "Manuela", "Sofia", "Heloísa", "Maria Eduarda", "Maria José", "Francisca",
        "Antônia", "Joana", "Carla", "Paula", "Natália", "Amanda", "Jaqueline", "Rafaela"]
RARE_F = ["Dheniffer", "Kauanny", "Jhenyfer", "Rosicleide", "Edineia", "Lucinéia", "Gleiciane", "Ivanilde",
          "Marinalva", "Cleonice", "Deusdete", "Zilmar", "Ruthiele", "Analdina", "Kethelyn", "Thayllane",
          "Wanderleia", "Genilda", "Ozanira", "Lusineide", "Adenilza", "Jucilene", "Keren Hapuque", "Mirtes",
          "Zenaide", "Dulcineia", "Quitéria", "Gesilda", "Edjane", "Rivanilda", "Maria Quitéria", "Lindinalva",
          "Anaílde", "Jociane", "Sthefany", "Hyandra", "Nayhara", "Rayane Kelly", "Elenir", "Waldirene"]
PT_M = ["José Carlos", "Antônio", "Francisco", "João Pedro", "Lucas", "Gabriel", "Rafael", "Rodrigo", "Thiago",
        "Bruno", "Diego", "Gustavo", "Ricardo", "Eduardo", "Fábio", "Roberto", "Daniel", "Vinícius", "Matheus",
        "Miguel", "Arthur", "Heitor", "Luiz Fernando", "Sebastião", "Raimundo", "Benedito", "Anderson", "Leandro",
        "Márcio", "Hugo", "Marcos Vinícius", "Paulo Roberto"]
RARE_M = ["Erisnaldo", "Maicon Douglas", "Welington", "Jhonatan", "Cleverson", "Adenilson", "Gedeão", "Uálace",
          "Deoclécio", "Zenóbio", "Otoniel", "Edivaldo", "Rosivaldo", "Gercino", "Elizeu", "Nilvan", "Valdivino",
          "Derivaldo", "Jucélio", "Ryquelme", "Ednaldo", "Joilson", "Lucivaldo", "Eudes", "Clodoaldo",
          "Francimar", "Waldisney", "Elinaldo", "Tairone", "Kaíque", "Wemerson", "Dejair", "Agnaldo",
          "Josenildo", "Ivanildo", "Sidclei", "Romualdo", "Crispim", "Lindberg", "Hélder Jânio"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Ferreira", "Almeida", "Batista", "Moreira", "Rocha",
          "Dias", "Monteiro", "Mendes", "Barros", "Freitas", "Cunha", "Pires", "Farias", "Cardoso", "Melo",
          "Fernandes", "Xavier", "Tavares", "Siqueira", "Brito", "Aguiar", "Medeiros", "Sales", "Gonçalves",
          "Ribeiro", "Costa", "Nascimento", "Conceição"]
RARE_SUR = ["Tenório", "Cajazeira", "Bacelar", "Calmon", "Fontenele", "Jatobá", "Candeia", "Sucupira", "Aragão",
            "Brasileiro", "Espíndola", "Ibiapina", "Jucá", "Leitão", "Norões", "Quintella", "Rabelo", "Sarmento",
            "Torquato", "Uchôa", "Valença", "Wanderley", "Zamith", "Ximenes", "Benevides", "Feitosa", "Girão",
            "Ipiranga", "Mata Machado", "Arcoverde", "Bandeira de Mello", "Cavalcanti de Albuquerque", "Dantas",
            "Eufrásio", "Florêncio", "Gusmão", "Jacinto", "Lobão", "Mangabeira", "Novaes", "Pedreira", "Sampaio",
            "Tabosa", "Vasconcelos Brayner", "Soeiro", "Carapeba", "Pitombeira", "Muniz Falcão"]
WORD_F = ["Rosa", "Luz", "Flor", "Vitória", "Aurora", "Esperança"]
WORD_M = ["Bento", "Prudente", "Amado", "Branco"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Amado", "Bento", "Luz", "Flor", "Aurora", "Vitória", "Raposo",
            "Cordeiro", "Pombo", "Palmeira", "Pinheiro", "Carneiro", "Coelho"]
NICK = {"José Carlos": "Zeca", "Antônio": "Toninho", "Francisco": "Chico", "Francisca": "Chica",
        "João Pedro": "JP", "Raimundo": "Mundico", "Sebastião": "Tião", "Benedito": "Dito", "Maria José": "Zezé",
        "Luiz Fernando": "Nando", "Quitéria": "Teca", "Maria Quitéria": "Teca", "Deusdete": "Dete",
        "Rosicleide": "Cleide", "Marinalva": "Nalva", "Erisnaldo": "Naldo", "Ednaldo": "Naldinho",
        "Maicon Douglas": "Maiquinho", "Valdivino": "Divino", "Paulo Roberto": "Beto", "Eduardo": "Dudu",
        "Gabriela": "Gabi", "Isabela": "Bela", "Heloísa": "Helô", "Manuela": "Manu", "Beatriz": "Bia",
        "Rafaela": "Rafa", "Juliana": "Ju", "Fernanda": "Nanda", "Lindinalva": "Nalvinha", "Esperança": "Pê",
        "Aurora": "Rorinha", "Bento": "Bentinho", "Antônia": "Tonha", "Dulcineia": "Dulce", "Crispim": "Pim"}
FOREIGN = {
    "it": (["Giulia", "Francesca", "Chiara"], ["Giuseppe", "Angelo", "Matteo"],
           ["Zanella", "Bressan", "Pavan", "Tomazoni", "Dal Molin", "Girardello", "Ceolin"]),
    "de": (["Ingrid", "Heidi", "Brunhilde"], ["Günther", "Otto", "Dieter"],
           ["Schmitt", "Kühl", "Reinheimer", "Hasselmann", "Klitzke", "Rohden", "Pommerening"]),
    "jp": (["Akemi", "Yumi", "Keiko"], ["Kazuo", "Satoshi", "Yoshio"],
           ["Nakamura", "Higa", "Shimabukuro", "Arakaki", "Tanaka", "Miyashiro"]),
    "ar": (["Samira", "Jamile", "Rania"], ["Jamil", "Salim", "Tufi"],
           ["Saad", "Chamma", "Jafet", "Farhat", "Bechara", "Hallal"]),
    "kr": (["Seo-yeon", "Ji-woo"], ["Min-ho", "Dong-hyun"], ["Park", "Lee", "Han", "Shin"]),
    "cn": (["Mei", "Yan"], ["Wei", "Jun"], ["Zhang", "Liu", "Huang", "Xu"]),
    "ht": (["Nadège", "Widlyne", "Fabiola"], ["Jean-Robert", "Wesner", "Dieunel"],
           ["Jean-Baptiste", "Louissaint", "Pierre-Louis", "Desrosiers", "Dorcélus"]),
    "ao": (["Ndunduma", "Lukeny", "Nzinga"], ["Kinkela", "Nsimba", "Mateus Kiala"],
           ["Kiluange", "Muanda", "Capita", "Makiesse", "Tchissola"]),
    "sn": (["Awa", "Ndeye", "Mariama"], ["Moustapha", "Ibrahima", "Abdoulaye"], ["Diallo", "Mbaye", "Seck", "Faye"]),
    "bo": (["Lidia", "Eulalia", "Nilda"], ["Wilber", "Efraín", "Ruddy"], ["Mamani", "Choque", "Condori", "Quispe"]),
    "in": (["Potyra", "Jaci", "Moema"], ["Raoni", "Ubiratã", "Piatã"], ["Guajajara", "Terena", "Pataxó", "Baniwa"]),
    "jw": (["Ester", "Sara", "Miriam"], ["Moisés", "Jacó", "Elias"], ["Szpigel", "Goldfarb", "Zylberstajn", "Feldman"]),
    "pl": (["Jadwiga", "Halina"], ["Kazimierz", "Zbigniew"], ["Wisniewski", "Kowalczyk", "Dziedzic"]),
}
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in ("ht", "sn", "ao", "in", "bo", "jw", "pl", "kr", "cn"):
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Costa", "Rosa", "Luz", "Vitória", "Silva", "Conceição", "Mata Machado", "Aurora"}
DO_SUR = {"Nascimento", "Carmo", "Amaral"}
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
        "44", "47", "48", "49", "51", "54", "55", "61", "62", "63", "65", "66", "67", "68", "71", "73", "77",
        "79", "81", "82", "83", "84", "85", "87", "89", "91", "93", "94", "97", "98"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Estrada", "Praça",
                "Rodovia", "Ladeira", "Vila"]
STREET_NAMES = ["Barão de Mauá", "Presidente Vargas", "das Rosas", "Flor de Maio", "Aurora Boreal",
                "Doutor Amado Bacelar", "Bento de Abreu", "Prudente de Morais", "Luz Ribeiro", "Vitória Régia",
                "Marechal Deodoro", "Dona Quitéria Sampaio", "dos Noivos", "Sete de Setembro", "Padre Cícero",
                "Tiradentes", "Coronel Otoniel Tabosa", "Professora Zenaide Girão", "das Orquídeas",
                "Engenheiro Calmon", "Princesa Isabel", "do Rosário", "Maestro Gercino Lobão", "Castro Alves",
                "Irmã Dulce", "Santa Luzia", "Getúlio Vargas", "Almirante Tamandaré", "dos Jasmins", "Branca de Neve",
                "Monsenhor Ibiapina", "Treze de Maio", "Ana Néri", "Antônio Conselheiro", "Joaquim Nabuco"]
CITIES = [("Campinas", "SP"), ("Sorocaba", "SP"), ("Presidente Prudente", "SP"), ("Bento Gonçalves", "RS"),
          ("Caxias do Sul", "RS"), ("Vitória", "ES"), ("Vila Velha", "ES"), ("Feira de Santana", "BA"),
          ("Vitória da Conquista", "BA"), ("Campina Grande", "PB"), ("Caruaru", "PE"), ("Mossoró", "RN"),
          ("Juazeiro do Norte", "CE"), ("Imperatriz", "MA"), ("Santarém", "PA"), ("Manaus", "AM"),
          ("Uberlândia", "MG"), ("Montes Claros", "MG"), ("Governador Valadares", "MG"), ("Blumenau", "SC"),
          ("Chapecó", "SC"), ("Cascavel", "PR"), ("Ponta Grossa", "PR"), ("Foz do Iguaçu", "PR"),
          ("Anápolis", "GO"), ("Cuiabá", "MT"), ("Campo Grande", "MS"), ("Aracaju", "SE"), ("Maceió", "AL"),
          ("Teresina", "PI"), ("Niterói", "RJ"), ("Petrópolis", "RJ"), ("Brasília", "DF"), ("Rio Branco", "AC"),
          ("Aurora", "CE"), ("Flores da Cunha", "RS"), ("Santa Rosa", "RS")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN",
       "PB", "MT", "MS", "PI", "SE", "AL", "TO", "RO", "AC", "AP", "RR"]
BAIRROS = ["Jardim das Rosas", "Vila Aurora", "Centro", "Santa Rosa", "Jardim Prudente", "Bela Vista", "Boa Vista",
           "Vila Amado", "Parque das Flores", "Cidade Luz", "Jardim Vitória", "São Bento", "Alto Branco",
           "Jardim Esperança", "Vila Nova", "Morada do Sol"]
VENUES = ["Espaço Flor de Lis Eventos", "Buffet Aurora Festas", "Chácara Recanto Amado", "Villa Bento Eventos",
          "Salão Vitória Régia", "Casa Rosa Branca Recepções", "Buffet Luz do Vale", "Espaço Prudente Celebrações",
          "Quinta dos Jatobás", "Sítio Esperança Eventos", "Buffet Tenório & Filhos", "Espaço Bacelar Hall",
          "Villa Zanella Eventos", "Buffet Haddad Gourmet", "Recanto Nakamura", "Casarão Bandeira de Mello"]
SUPPLIERS = ["Flor de Cheiro Decorações", "Doces da Vó Quitéria", "Luz & Som Iluminação Cênica",
             "Banda Aurora Boreal", "Foto Amado Studio", "Bolos Prudente Confeitaria", "Bebidas Bento Distribuidora",
             "Cerimonial Branco & Rosa", "DJ Vitória Sound", "Cajazeira Buffet Infantil", "Assessoria Candeia",
             "Bressan Vinhos Finos", "Tabosa Locações de Mesas", "Gráfica Convite Esperança",
             "Higa Sushi Eventos", "Chamma Doces Árabes", "Trio Forró Arcoverde", "Xu Fotografia"]
CIDS_FOOD = ["A05.9", "A02.0", "A09", "A05.0", "K52.9", "R11", "A04.9", "T62.9", "R19.7", "E86"]
CIDS_OTHER = ["T23.2", "T22.2", "S61.0", "T20.2", "S60.8", "O20.0", "J45.9", "I10", "M54.5", "F41.1", "S93.4",
              "T78.1", "L50.0", "K35.8", "N39.0"]
BANKS = [("001", "Banco do Brasil"), ("104", "Caixa"), ("237", "Bradesco"), ("341", "Itaú"), ("033", "Santander"),
         ("260", "Nubank"), ("077", "Inter"), ("756", "Sicoob"), ("748", "Sicredi"), ("336", "C6")]
WORD_USES = ["o buquê de rosa vermelha", "vestido branco off-white", "a luz cênica do salão", "seria prudente confirmar",
             "a flor de laranjeira do bolo", "vinho branco gelado", "arranjo com flor do campo",
             "desconto de amigo, por amor", "a aurora na praia pro ensaio", "foi uma vitória conseguir a data",
             "bem-casado embrulhado em papel rosa", "a conta de luz do salão", "luz amarela quente",
             "champanhe rosé", "o bento cake da sobremesa"]


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
        if self.given.startswith(("Maria ", "Ana Paula", "Keren", "Rayane", "Hélder", "Mateus")):
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
    def inverted(self) -> str:
        sur = [s for s in self.surnames if s not in PARTICLES and s not in SUFFIXES]
        return fold(f"{sur[-1]}, {self.given}").upper()

    @property
    def inverted_title(self) -> str:
        return f"{self.last.upper()}, {self.given}"

    @property
    def airline(self) -> str:
        return fold(f"{self.last}/{self.given.replace(' ', '')}").upper()

    @property
    def nick(self) -> str:
        return NICK.get(self.given, NICK.get(self.first, self.first))

    @property
    def a(self) -> str:
        return "a" if self.female else "o"


def name_form(g: "Gen", p: Person, forms: list[str] | None = None) -> str:
    form = g.pick(forms or ["full", "full", "full", "short", "caps", "low", "first"])
    return {"full": p.full, "short": p.short, "caps": p.caps, "low": p.low, "plain": fold(p.full),
            "inverted": p.inverted, "inv_title": p.inverted_title, "first": p.first, "last": p.last,
            "nick": p.nick, "lowfirst": fold(p.first).lower(), "capsshort": fold(p.short).upper(),
            "lowshort": fold(p.short).lower(), "airline": p.airline, "capsfirst": fold(p.first).upper()}[form]


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
        return "".join(self.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(n))

    def neg(self, n: int) -> str:
        """n digits that pass no identifier check of that length (hard negatives)."""
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
            origin = "pt" if rng.random() < 0.68 else self.pick(sorted(FOREIGN))
        if origin == "pt":
            if word or rng.random() < 0.1:
                given = self.pick(WORD_F if female else WORD_M)
            elif rng.random() < 0.45:
                given = self.pick(RARE_F if female else RARE_M)
            else:
                given = self.pick(PT_F if female else PT_M)
            if rng.random() < 0.08 and " " not in given:
                second = self.pick(WORD_F + RARE_F if female else PT_M + RARE_M).split()[0]
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

    def child(self, of: Person) -> Person:
        female = self.chance(0.5)
        given = self.pick((PT_F + RARE_F[:20] + ["Aurora", "Luz", "Flor", "Vitória", "Helena", "Maitê", "Ayla"]) if female
                          else (PT_M + RARE_M[20:] + ["Bento", "Theo", "Gael", "Ravi", "Benício"]))
        return Person(given, [of.last], female)

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
                          f"{f}.noiva{self.d(2)}" if p.female else f"{f}{l}.oficial"])
        domain = domain or self.pick(["gmail.com", "gmail.com", "gmail.com", "hotmail.com", "yahoo.com.br",
                                      "outlook.com", "bol.com.br", "uol.com.br", "icloud.com", "terra.com.br"])
        return f"{user}@{domain}"

    def corp_mail(self, p: Person, dom: str) -> str:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower())
        l = re.sub(r"[^a-z]", "", fold(p.last).lower())
        return self.pick([f"{f}.{l}@{dom}", f"{f}@{dom}", f"{f[0]}{l}@{dom}"])

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
        return self.pick([f"***.{n[3:6]}.{n[6:9]}-**", f"{n[:3]}.***.***-{n[9:]}", f"***{n[3:9]}**"])

    def cnpj(self, style: str = "dot", alnum: bool | None = None) -> str:
        alnum = self.chance(0.22) if alnum is None else alnum
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
        dash = self.chance(0.8) if dash is None else dash
        return f"{n[:5]}-{n[5:]}" if dash else n

    def phone(self, style: str | None = None, mobile: bool = True) -> str:
        ddd = self.pick(DDDS)
        local = ("9" + str(self.rng.randint(6, 9)) + self.d(7)) if mobile else (str(self.rng.randint(2, 5)) + self.d(7))
        h, t = local[:-4], local[-4:]
        style = style or self.pick(["par", "par", "plus", "plain", "e164", "raw", "dash", "wa"])
        return {"par": f"({ddd}) {h}-{t}", "plus": f"+55 {ddd} {h}-{t}", "plain": f"{ddd} {h}-{t}",
                "e164": f"+55{ddd}{local}", "raw": f"{ddd}{local}", "dash": f"{ddd}-{h}-{t}",
                "wa": f"+55 ({ddd}) {h}-{t}", "sp": f"{ddd} {h} {t}", "nospace": f"({ddd}){h}-{t}"}[style]

    def card(self, spaced: bool = True, amex: bool = False) -> str:
        if amex:
            b = self.pick(["34", "37"]) + self.d(12)
            n = b + luhn_dv(b)
            return f"{n[:4]} {n[4:10]} {n[10:]}" if spaced else n
        b = self.pick(["4", "5", "5", "6", "4"]) + self.d(14)
        n = b + luhn_dv(b)
        return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if spaced else n

    def masked_card(self) -> str:
        return self.pick([f"**** **** **** {self.d(4)}", f"{self.d(4)} **** **** {self.d(4)}", f"final {self.d(4)}",
                          f"{self.d(6)}******{self.d(4)}"])

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def e2e(self) -> str:
        return f"E{self.d(8)}{self.date('compact')}{self.d(4)}{self.alnum(11).lower()}"

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

    def ip(self, v6: bool = False) -> str:
        if v6:
            return f"2804:{self.hexs(4)}:{self.hexs(4)}:{self.hexs(4)}::{self.hexs(3)}"
        first = self.pick([177, 179, 186, 187, 189, 191, 200, 201, 138, 152, 170, 45, 131, 143])
        return f"{first}.{self.rng.randint(0, 255)}.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}"

    def street_parts(self) -> tuple[str, str, str, str]:
        t = self.pick(STREET_TYPES)
        name = self.pick(STREET_NAMES)
        num = str(self.rng.randint(3, 3999)) if self.chance(0.92) else "s/n"
        comp = self.pick(["", "", "", f"apto {self.rng.randint(11, 1204)}", f"casa {self.rng.randint(1, 9)}",
                          f"bloco {self.pick('ABCDE')} apto {self.rng.randint(11, 408)}", "fundos",
                          f"ap. {self.rng.randint(101, 910)}", f"qd {self.rng.randint(1, 40)} lt {self.rng.randint(1, 30)}",
                          f"lote {self.rng.randint(1, 60)}"])
        if t == "Rodovia":
            name = self.pick(["SP-340", "BR-116", "RS-122", "BA-099", "GO-060"])
            num = f"km {self.rng.randint(2, 300)}"
            comp = ""
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

    def dob(self, fmt: str | None = None, lo: int = 1950, hi: int = 2003) -> str:
        dd, mm, yy = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(lo, hi)
        fmt = fmt or self.pick(["br", "br", "iso", "short", "long", "nopad", "dot"])
        return fmt_date(dd, mm, yy, fmt)

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        y = year or self.pick([2024, 2025, 2025, 2026])
        return fmt_date(self.rng.randint(1, 28), self.rng.randint(1, 12), y, fmt)

    def hm(self) -> str:
        return f"{self.rng.randint(7, 23):02d}:{self.rng.randint(0, 59):02d}"

    def hms(self) -> str:
        return f"{self.rng.randint(0, 23):02d}:{self.rng.randint(0, 59):02d}:{self.rng.randint(0, 59):02d}"

    def times(self, n: int, lo: int = 7 * 3600, hi: int = 23 * 3600) -> list[str]:
        secs = sorted(self.rng.sample(range(lo, hi), n))
        return [f"{x // 3600:02d}:{x % 3600 // 60:02d}" for x in secs]

    def money(self, lo: int = 50, hi: int = 60000, cents: bool = True) -> str:
        v = self.rng.randint(lo * 100, hi * 100)
        r, c = divmod(v, 100)
        if not cents:
            return f"{r:,}".replace(",", ".")
        return f"{r:,}".replace(",", ".") + f",{c:02d}"

    def cnj(self, seg: str | None = None) -> str:
        seg = seg or self.pick(["8.26", "8.16", "8.05", "8.19", "8.13", "8.17", "8.06", "8.21", "8.24", "5.02"])
        return f"{self.d(7)}-{self.d(2)}.{self.rng.randint(2023, 2026)}.{seg}.{self.d(4)}"

    def protocol(self) -> str:
        return self.pick([f"{self.rng.randint(2024, 2026)}{self.d(8)}", self.neg(11), f"{self.d(3)}.{self.d(3)}.{self.d(3)}",
                          f"#{self.d(7)}", self.neg(12), f"ATD-{self.d(7)}", f"PROC-{self.d(6)}"])

    def council(self, kind: str = "CRM", uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.rng.randint(1000, 259999)
        dotted = f"{n:,}".replace(",", ".")
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} {n}", f"OAB-{uf} {n}", f"OAB {uf} {dotted}",
                              f"OAB/{uf} nº {dotted}"])
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {dotted}-ENF", f"COREN-{uf} {n}-TE"])
        if kind == "CRN":
            return self.pick([f"CRN-{self.rng.randint(1, 11)} {self.d(5)}", f"CRN{self.rng.randint(1, 11)} {self.d(5)}/P"])
        if kind == "CREA":
            return self.pick([f"CREA-{uf} {self.d(10)}", f"CREA/{uf} {self.d(6)}/D"])
        if kind == "CRF":
            return self.pick([f"CRF-{uf} {n}", f"CRF/{uf} {n}"])
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dotted}", f"CRM-{uf} {n}"])


def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def fmt_date(dd: int, mm: int, yy: int, fmt: str) -> str:
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}", "compact": f"{yy}{mm:02d}{dd:02d}",
            "short": f"{dd:02d}/{mm:02d}/{yy % 100:02d}", "long": f"{dd} de {MONTHS[mm - 1]} de {yy}",
            "dash": f"{dd:02d}-{mm:02d}-{yy}", "nopad": f"{dd}/{mm}/{yy}", "dot": f"{dd:02d}.{mm:02d}.{yy}",
            "caps": f"{dd} DE {fold(MONTHS[mm - 1]).upper()} DE {yy}", "dm": f"{dd:02d}/{mm:02d}"}[fmt]


OCR_LETTERS = [("m", "rn"), ("rn", "m"), ("d", "cl"), ("e", "c"), ("í", "i"), ("ã", "a"), ("ç", "c"),
               ("é", "e"), ("I", "l"), ("n", "ri"), ("o", "0"), ("a", "á")]


def ocr(s: str, g: Gen, rate: float = 0.35) -> str:
    """One or two OCR confusions in a word or name (identifiers are left intact in this set)."""
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


def jstr(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)[1:-1]


# --------------------------------------------------------------------------- document builder

MARK = re.compile(r"«(\w+)»")


class Doc:
    def __init__(self):
        self.text = ""
        self.spans: list[dict] = []
        self.negs: list[str] = []  # hard-negative numbers that must fail the CPF check

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


def table_ruled(doc: Doc, cols: list[str], rows: list[list[tuple]], style: str = "plus") -> None:
    """A table with rulers: `+---+` boxes (style plus) or a dashed rule under the header (style dash)."""
    widths = [max([len(c)] + [len(r[k][0]) for r in rows]) for k, c in enumerate(cols)]
    rule = "+" + "+".join("-" * (w + 2) for w in widths) + "+\n"
    if style == "plus":
        doc.t(rule + "| " + " | ".join(c.ljust(w) for c, w in zip(cols, widths)) + " |\n" + rule)
        for r in rows:
            doc.t("|")
            for (v, lab), w in zip(r, widths):
                doc.t(" ")
                doc.cell(v, w, lab)
                doc.t(" |")
            doc.t("\n")
        doc.t(rule)
    else:
        doc.t("  ".join(c.ljust(w) for c, w in zip(cols, widths)).rstrip() + "\n")
        doc.t("  ".join("-" * w for w in widths) + "\n")
        for r in rows:
            for k, ((v, lab), w) in enumerate(zip(r, widths)):
                if k:
                    doc.t("  ")
                if k == len(r) - 1:
                    doc.e(v, lab) if v else None
                else:
                    doc.cell(v, w, lab) if v else doc.t(" " * w)
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


def first_last(p: Person) -> tuple[str, str]:
    return p.given, " ".join(p.surnames)


def who(g: Gen, p: Person, forms: list[str] | None = None):
    return P(name_form(g, p, forms))


def pix_any(g: Gen, p: Person) -> tuple[str, str]:
    """A Pix key as people write it: CPF, e-mail, phone or a random (UUID) key; labelled by what it is."""
    k = g.pick(["cpf", "email", "phone", "uuid", "uuid"])
    if k == "cpf":
        return (g.cpf(), "BR_CPF")
    if k == "email":
        return (g.email(p), "EMAIL_ADDRESS")
    if k == "phone":
        return (g.phone(g.pick(["raw", "par", "e164"])), "PHONE_NUMBER")
    return (g.uuid(), "PIX_KEY")


def venue(g: Gen) -> str:
    return g.pick(VENUES)


def supplier(g: Gen) -> str:
    return g.pick(SUPPLIERS)


# =========================================================================== atendimento


def at_whats_planner(g: Gen) -> Doc:
    """WhatsApp group export: the wedding planner, the couple and a supplier, weeks before the party."""
    doc = Doc()
    pl, noiva, noivo = g.person(female=True), g.person(female=True), g.person(female=g.chance(0.15))
    sup = g.person()
    grp = g.pick(["Casamento", "Casório", "Wedding", "Noivos"])
    ds = g.date("short", 2025)
    ts = g.times(9)
    biz = g.chance(0.4)
    names = {"pl": (g.pick(["Assessoria Candeia", "Cerimonial Branco & Rosa", "Aurora Assessoria de Eventos"]), None) if biz
             else P(name_form(g, pl, ["full", "short", "first"])),
             "a": (g.phone("wa"), "PHONE_NUMBER") if g.chance(0.25) else P(name_form(g, noiva, ["first", "short", "nick"])),
             "b": (g.phone("wa"), "PHONE_NUMBER") if g.chance(0.5) else P(name_form(g, noivo, ["first", "nick", "short"])),
             "s": (g.phone("wa"), "PHONE_NUMBER") if g.chance(0.6) else P(name_form(g, sup, ["short", "full"]))}
    line = lambda k, i: f"[{ds} {ts[i]}] "
    doc.f("Conversa do WhatsApp com «gr» «x» & «y» 💍\n", gr=grp, x=P(noiva.first.split()[0]), y=P(noivo.first.split()[0]))
    doc.f("«h»«n»: Bom dia casal!! Faltam «d» dias 🥹 vou passar o checklist. Preciso ainda do CPF de vcs dois pro contrato do «v»\n",
          h=line("pl", 0), n=names["pl"], d=g.ri(12, 60), v=venue(g))
    if g.chance(0.5):
        doc.f("«h»«n»: «c1» o meu e o dele «c2»\n", h=line("a", 1), n=names["a"], c1=(g.cpf(), "BR_CPF"), c2=(g.cpf(), "BR_CPF"))
    else:
        doc.f("«h»«n»: Eu: CPF «c1» RG «r1» nasc «d1»\nEle: CPF «c2» RG «r2» nasc «d2»\n", h=line("a", 1), n=names["a"],
              c1=(g.cpf(), "BR_CPF"), r1=(g.rg(), "BR_RG"), d1=(g.dob("br", 1985, 2001), "DATE_OF_BIRTH"),
              c2=(g.cpf(), "BR_CPF"), r2=(g.rg(), "BR_RG"), d2=(g.dob("short", 1982, 2001), "DATE_OF_BIRTH"))
    doc.f("«h»«n»: isso, e o endereço pra entrega dos convites é «ad» «b», CEP «cep» (se ninguém atender deixa na portaria)\n",
          h=line("b", 2), n=names["b"], ad=(g.address(g.pick(["text", "text", "low"])), "ADDRESS"), b=g.pick(["- " + g.pick(BAIRROS), ""]),
          cep=(g.cep(), "BR_CEP"))
    doc.f("«h»«n»: Anotado ✅ Adicionei aqui «o» «s» da «sp», «el» que vai montar a decoração. «w»\n",
          h=line("pl", 3), n=names["pl"], s=P(sup.first), o=sup.a, el="ela" if sup.female else "ele", sp=supplier(g), w=g.pick(["Ele sugeriu " + g.pick(WORD_USES[:3] + WORD_USES[6:7]), "Vejam as fotos do teste de mesa"]))
    doc.f("«h»«s»: Olá! Pro sinal de 30% («m») pode mandar no pix chave aleatória «k» — em nome de «sn». Qualquer coisa meu cel «t»\n",
          h=line("s", 4), s=names["s"], m="R$ " + g.money(900, 6000), k=(g.uuid(), "PIX_KEY"), sn=P(sup.caps), t=(g.phone(), "PHONE_NUMBER"))
    doc.f("«h»«n»: <Mídia oculta> comprovante ai. O id que saiu foi «e2e», acho q n precisa né\n",
          h=line("a", 5), n=names["a"], e2e=g.e2e())
    kid = g.child(noiva)
    doc.f("«h»«n»: Perfeito. Ultima coisa: a daminha, «k», precisa da data de nascimento pro buffet cobrar como criança (até 8 anos não paga)\n",
          h=line("pl", 6), n=names["pl"], k=P(kid.first))
    doc.f("«h»«n»: «dob». E o pajem é o «pj» filho da minha prima, nasceu «dob2»\n",
          h=line("a", 7), n=names["a"], dob=(g.dob(g.pick(["br", "nopad", "long"]), 2018, 2021), "DATE_OF_BIRTH"),
          pj=P(g.pick(["Theo", "Bento", "Gael", "Ravi", "Kaíque"])),
          dob2=(g.dob(g.pick(["br", "short"]), 2018, 2021), "DATE_OF_BIRTH"))
    doc.f("«h»«n»: 👍 mandem tb o email pra eu encaminhar o contrato: «e»? e vou deixar registrado o protocolo «p» do cartório pra habilitação\n",
          h=line("pl", 8), n=names["pl"], e=(g.email(noiva), "EMAIL_ADDRESS"), p=g.protocol())
    return doc


def at_guest_list(g: Gen) -> Doc:
    """Buffet's guest list for the front desk (portaria), with companions and minors' birth dates."""
    doc = Doc()
    c1, c2 = g.person(female=True), g.person(female=False)
    cer = g.person(female=g.chance(0.7))
    doc.f("«v» — LISTA DE CONVIDADOS (PORTARIA)\nEvento: «ev» de «n1» e «n2» · data do evento «d» · recepção a partir das «h»\n"
          "Cerimonial: «cer» · tel «ct»\nObs: menores de 12 anos apresentam doc com data de nascimento (tabela infantil); "
          "acompanhante só se estiver listado.\n\n",
          v=fold(venue(g)).upper(), ev=g.pick(["Casamento", "Bodas de Prata", "Festa de 15 anos", "Casamento civil + recepção"]),
          n1=P(c1.first), n2=P(c2.first), d=g.date("br"), h=g.hm(), cer=P(cer.full), ct=(g.phone(), "PHONE_NUMBER"))
    rows = []
    for i in range(g.ri(4, 7)):
        p = g.person()
        doc_ = g.pick(["rg", "cpf", "cpf", "cpf", "cpf"])
        dv = {"rg": (g.rg(), "BR_RG"), "cpf": (g.cpf(), "BR_CPF"), "none": V("-")}[doc_]
        comp = P(name_form(g, g.person(), ["full", "short", "caps"])) if g.chance(0.15) else V(g.pick(["-", "não", "s/ acomp.", "+1"]))
        if g.chance(0.3):
            kid = g.child(p)
            mn = P(f"{kid.first} {kid.last}" if g.chance(0.5) else kid.first)
            kd = (g.dob(g.pick(["br", "short"]), 2013, 2023), "DATE_OF_BIRTH")
        else:
            mn, kd = V(""), V("")
        pname = name_form(g, p, ["caps", "caps", "full", "inverted"])
        tel = (g.phone(g.pick(["par", "raw", "plain"])), "PHONE_NUMBER") if g.chance(0.85) else V("")
        pl = (g.plate(), "LICENSE_PLATE") if g.chance(0.3) else V("")
        rows.append([V(f"{i + 1:02d}"), P(pname), dv, tel, comp, mn, kd, pl, V(str(g.ri(1, 30)))])
    cols = ["#", "CONVIDADO", "DOC", "CEL (RSVP)", "ACOMPANHANTE", "MENOR", "NASC. MENOR", "PLACA VALET", "MESA"]
    if g.chance(0.6):
        table_ruled(doc, cols, rows, "plus")
    else:
        table_csv(doc, cols, rows, ";")
    doc.f("\nTotal previsto: «n» adultos, «k» crianças. Lista conferida em «d» (versão «v»).\n", n=g.ri(80, 260), k=g.ri(4, 25),
          d=g.date("br"), v=g.ri(2, 7))
    return doc


def at_food_complaint(g: Gen) -> Doc:
    """Complaint e-mail to the buffet's SAC after a party (guests ill), and the attendant's reply."""
    doc = Doc()
    c = g.person()
    att = g.person(female=g.chance(0.7))
    dom = g.pick(["buffetaurora.com.br", "flordelis.com.br", "recantoamado.com", "villabento.com.br"])
    doc.f("De: «n» <«e»>\nPara: sac@«dom»\nData: «d» «h»\nAssunto: Intoxicação alimentar após a festa - pedido nº «o»\n\n",
          n=P(c.full), e=(g.email(c), "EMAIL_ADDRESS"), dom=dom, d=g.date("br"), h=g.hm(), o=g.pick([g.d(6), f"PED-{g.d(5)}", g.neg(11)]))
    rel1, rel2 = g.relative(c), g.relative(c)
    doc.f("Boa noite. Sou «o» contratante da festa do dia «d» (contrato «ct»). No dia seguinte pelo menos «k» convidados passaram mal "
          "(vômito, diarreia, febre). Minha mãe, «r1», ficou internada no «hosp» com diagnóstico «cid» e «sob» «r2» "
          "(nascid«ka» em «dob») foi atendido na UPA. O «cx» estava com gosto estranho, «w2».\n\n"
          "Quero o reembolso integral e as análises das amostras guardadas. Meu CPF: «cpf». Telefone «t».\n"
          "Endereço para correspondência: «ad», CEP «cep».\n\n«sig»\n\n",
          o="a" if c.female else "o", d=g.date("br"), ct=f"{g.d(4)}/{g.ri(2024, 2025)}", k=g.ri(6, 40),
          r1=P(name_form(g, rel1, ["full", "short"])), hosp=g.pick(["Hospital Santa Rosa", "Hospital São Bento", "Hospital Aurora", "PS Municipal"]),
          cid=g.pick(CIDS_FOOD), r2=P((kid := g.child(c)).first), sob="minha sobrinha" if kid.female else "meu sobrinho", ka=kid.a, dob=(g.dob("br", 2014, 2022), "DATE_OF_BIRTH"),
          cx=g.pick(["camarão na moranga", "salpicão", "strogonoff", "maionese da mesa fria", "risoto de camarão"]),
          w2=g.pick(["e a luz da cozinha ficou apagada metade da festa", "o ar-condicionado nem funcionava", "parecia fora da refrigeração"]),
          cpf=(g.cpf(), "BR_CPF"), t=(g.phone(), "PHONE_NUMBER"), ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"),
          sig=g.pick(["Att,", "Aguardo retorno urgente,", "--", "Enviado do meu iPhone"]))
    doc.f("-----\nDe: «a» <«ae»>\nPara: «e»\nAssunto: RE: Intoxicação alimentar após a festa\n\n"
          "Prezad«o» cliente, lamentamos muito. Abrimos o protocolo «p» e a nutricionista responsável, «nu» («crn»), já separou as "
          "amostras do evento conforme a RDC 216/2004. Por favor, envie os atestados e a nota fiscal. «w»\n\n«a2»\nSAC «v»\n",
          a=P(att.full), ae=(g.corp_mail(att, dom), "EMAIL_ADDRESS"), e=(g.email(c), "EMAIL_ADDRESS"), o=c.a, p=g.protocol(),
          nu=P(g.person(female=True).full), crn=(g.council("CRN"), "PROFESSIONAL_ID"),
          w=g.pick(["O prazo de resposta é de 5 dias úteis.", "Seria prudente guardar também as sobras, se houver.", ""]),
          a2=P(att.first), v=venue(g))
    return doc


def at_chat_cancel(g: Gen) -> Doc:
    """Web-chat transcript: a couple cancels the party, bot first, then a human attendant."""
    doc = Doc()
    c = g.person()
    att = g.person()
    bot = g.pick(["Lia", "Bela", "Flora", "Tina", "Assistente Virtual"])
    doc.f("=== Transcrição de atendimento · canal: chat site · sessão «s» · IP cliente «ip» ===\n",
          s=g.hexs(12), ip=(g.ip(v6=g.chance(0.2)), "IP_ADDRESS"))
    ts = g.times(10)
    doc.f("«t0» [BOT «b»] Olá! Sou a «b», assistente virtual 🤖. Digite seu CPF ou nº do contrato.\n", t0=ts[0], b=bot)
    doc.f("«t» [CLIENTE] «cpf»\n", t=ts[1], cpf=(g.cpf(g.pick(["raw", "dot"])), "BR_CPF"))
    if g.chance(0.6):
        doc.f("«t» [BOT «b»] Confirme o celular cadastrado: «tel» (responda SIM)\n«t» [CLIENTE] sim\n", t=ts[1], b=bot,
              tel=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.f("«t» [BOT «b»] Encontrei o contrato «ct» — evento em «d». Escolha: 1-Financeiro 2-Alterar data 3-Cancelamento\n",
          t=ts[2], b=bot, ct=g.pick([f"CT-{g.d(5)}", g.neg(11), f"{g.d(4)}/{g.ri(2024, 2026)}"]), d=g.date("br"))
    doc.f("«t» [CLIENTE] 3\n«t2» [SISTEMA] Transferindo para atendente... «a» entrou na conversa.\n", t=ts[3], t2=ts[4], a=P(att.short))
    tag = g.pick([(att.first.upper(), "PERSON"), ("atd." + re.sub(r"[^a-z]", "", fold(att.first[0] + att.last).lower()), None), ("ATENDENTE", None)])
    doc.f("«t» [«a»] Oi, «n», tudo bem? Sinto muito. Posso saber o motivo?\n", t=ts[5], a=tag, n=P(c.first))
    doc.f("«t» [CLIENTE] «msg»\n", t=ts[6], msg=g.pick([
        "a gente terminou 😞 quero cancelar e saber quanto volta do sinal",
        "meu noivo foi transferido pra outro estado, nao tem como fazer aqui",
        "minha mae ficou doente, vamos fazer só no civil",
        "achamos outro espaço mais barato, sinceramente"]))
    doc.f("«t» [«a»] Pelo contrato, até 90 dias antes a multa é 20% do valor (R$ «m»). O estorno sai em até 30 dias. "
          "Prefere receber em conta ou Pix?\n", t=ts[7], a=tag, m=g.money(1000, 12000))
    if g.chance(0.5):
        doc.f("«t» [CLIENTE] pix, chave aleatória «k» no nome de «n»\n", t=ts[8], k=(g.uuid(), "PIX_KEY"),
              n=P(name_form(g, c, ["full", "low", "caps"])))
    else:
        b = g.pick(BANKS)
        doc.f("«t» [CLIENTE] conta «bk» ag «ag» cc «cc», titular «n» cpf «cpf»\n", t=ts[8], bk=b[1], ag=(g.agency(), "BANK_ACCOUNT"),
              cc=(g.account(), "BANK_ACCOUNT"), n=P(name_form(g, c, ["full", "low"])), cpf=(g.cpf(), "BR_CPF"))
    doc.f("«t» [«a»] Registrado, protocolo «p». Vou mandar o termo de distrato para «e» 📩\n=== fim · avaliação: «r»/5 ===\n",
          t=ts[9], a=tag, p=g.protocol(), e=(g.email(c), "EMAIL_ADDRESS"), r=g.ri(1, 5))
    return doc


def at_ficha_reserva(g: Gen) -> Doc:
    """Booking form of a party venue, filled by the salesperson (key: value, with gaps and caps)."""
    doc = Doc()
    a, b = g.person(female=True), g.person(female=g.chance(0.2))
    vend = g.person()
    caps = g.chance(0.4)
    nm = (lambda p: p.caps) if caps else (lambda p: p.full)
    city, uf = g.city()
    doc.f("«v»\nCNPJ «cnpj» · Rod. dos Jatobás, km 4 · «c»/«u»\n\nFICHA DE RESERVA DE DATA Nº «n»\n"
          "-------------------------------------------------\n",
          v=venue(g).upper(), cnpj=(g.cnpj(), "BR_CNPJ"), c=city, u=uf, n=g.d(5))
    doc.f("CONTRATANTE 1: «n»\nCPF: «cpf»     RG: «rg» SSP/«u»\nData de nascimento: «dob»     Estado civil: solteir«o»\n",
          n=P(nm(a)), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), u=uf, dob=(g.dob(g.pick(["br", "short", "nopad"]), 1975, 2002), "DATE_OF_BIRTH"), o=a.a)
    doc.f("Endereço: «ad»   Bairro: «ba»\nCidade: «c»/«u»   CEP: «cep»\nCelular/WhatsApp: «t»   E-mail: «e»\n\n",
          ad=(g.address("caps" if caps else "text"), "ADDRESS"), ba=g.pick(BAIRROS), c=city, u=uf, cep=(g.cep(), "BR_CEP"),
          t=(g.phone(), "PHONE_NUMBER"), e=(g.email(a), "EMAIL_ADDRESS"))
    doc.f("CONTRATANTE 2: «n»\nCPF: «cpf»     RG: «rg»     Nasc.: «dob»\nTelefone: «t»   E-mail: «e»\n\n", rg=(g.rg(), "BR_RG"),
          e=(g.email(b), "EMAIL_ADDRESS"),
          n=P(nm(b)), cpf=(g.cpf(), "BR_CPF"), dob=(g.dob("br", 1970, 2002), "DATE_OF_BIRTH"), t=(g.phone(), "PHONE_NUMBER"))
    doc.f("EVENTO: «ev»   Data: «d» («wd»)   Horário: «h» às «h2»\nConvidados: «k» adultos + «kk» crianças (3 a 8 anos)\n"
          "Cardápio: «m»   Valor por pessoa: R$ «pp»\nSinal: R$ «s» pago em «ds» via «fp»\n\n",
          ev=g.pick(["Casamento", "Casamento (cerimônia no local)", "Mini wedding", "Bodas de Ouro"]), d=g.date("br"), wd=g.pick(WEEKDAYS),
          h=g.hm(), h2=g.hm(), k=g.ri(60, 300), kk=g.ri(0, 30), m=g.pick(["Menu Aurora", "Menu Branco & Rosa", "Menu Prudente Clássico", "Finger food"]),
          pp=g.money(90, 380), s=g.money(2000, 15000), ds=g.date("br"), fp=g.pick(["Pix", "cartão 10x", "boleto", "TED"]))
    doc.f("Vendedor(a): «vd»      Assinatura contratante: __________\nObs.: «o»\n",
          vd=P(name_form(g, vend, ["first", "short"])), o=g.pick(["cliente pediu degustação p/ 6 pessoas", "pai da noiva «x» paga o saldo",
                                                                "verificar gerador (queda de luz em jan)", "data bloqueada até confirmação do sinal"]))
    if "«x»" in doc.text:
        i = doc.text.index("«x»")
        pn = g.relative(a, female=False).full
        doc.text = doc.text[:i] + pn + doc.text[i + 3:]
        doc.spans.append({"start": i, "end": i + len(pn), "label": "PERSON"})
    return doc


def at_honeymoon(g: Gen) -> Doc:
    """Travel agency confirmation e-mail of a honeymoon package."""
    doc = Doc()
    a, b = g.person(female=True), g.person(female=False)
    ag = g.person()
    dom = g.pick(["viagensluzdosol.com.br", "aurorturismo.com", "bentotour.com.br", "feitosaviagens.tur.br"])
    dest = g.pick(["Fernando de Noronha", "Maragogi", "Jericoacoara", "Gramado", "Punta Cana", "Cancún", "Lisboa + Porto", "Bariloche"])
    doc.f("De: «a» <«ae»>\nPara: «e»; «e2»\nAssunto: Confirmação — Pacote Lua de Mel «dest» (localizador «loc»)\n\n",
          a=P(ag.full), ae=(g.corp_mail(ag, dom), "EMAIL_ADDRESS"), e=(g.email(a), "EMAIL_ADDRESS"), e2=(g.email(b), "EMAIL_ADDRESS"),
          dest=dest, loc=g.alnum(6))
    doc.f("Olá, casal! Parabéns pelo casamento! 🥂 Segue a confirmação:\n\nPASSAGEIROS\n")
    for p in (a, b):
        doc.f("  «n» «t»   nasc. «dob»   CPF «cpf»   RG «rg»   bilhete «bt»\n", rg=(g.rg(), "BR_RG"), n=(p.airline, "PERSON"), t="MRS" if p.female else "MR",
              dob=(g.dob(g.pick(["br", "iso"]), 1980, 2001), "DATE_OF_BIRTH"), cpf=(g.cpf(), "BR_CPF"), bt=f"{g.pick(['957', '127', '047'])}{g.d(10)}")
    doc.f("\nVOOS\n  «d1» «c1» «f1» saída «h1»\n  «d2» «c2» «f2» saída «h2»\nHOTEL: «ht» — «nn» noites, quarto «q», café incluso\n",
          d1=g.date("dm"), c1=g.pick(["GRU-FEN", "CNF-MCZ", "VCP-REC", "POA-SCL"]), f1=f"{g.pick(['G3', 'AD', 'LA'])}{g.ri(1000, 9999)}",
          h1=g.hm(), d2=g.date("dm"), c2=g.pick(["FEN-GRU", "MCZ-CNF", "REC-VCP"]), f2=f"{g.pick(['G3', 'AD', 'LA'])}{g.ri(1000, 9999)}",
          h2=g.hm(), ht=g.pick(["Pousada Flor de Sal", "Resort Aurora Beach", "Hotel Rosa dos Ventos", "Pousada Amado Mar"]),
          nn=g.ri(4, 10), q=g.pick(["Luz do Mar (vista)", "Superior Casal", "Bangalô Lua de Mel"]))
    doc.f("\nPAGAMENTO: R$ «v» em «p»x de R$ «pp» no cartão «mc» (titular «t»)\n",
          v=g.money(6000, 35000), p=g.ri(3, 12), pp=g.money(400, 3000), mc=g.masked_card(), t=P(name_form(g, g.pick([a, b]), ["caps", "full"])))
    doc.f("Contato de emergência informado: «n» («r») «t»\n", n=P(g.relative(a).full), r=g.pick(["mãe da noiva", "irmão", "madrinha", "pai"]),
          t=(g.phone(), "PHONE_NUMBER"))
    if g.chance(0.5):
        doc.f("Transfer in/out: motorista «m», veículo placa «pl».\n", m=P(g.person(female=False).short), pl=(g.plate(), "LICENSE_PLATE"))
    doc.f("\nQualquer dúvida estou à disposição no «t».\nAbraços,\nConsultoria de viagens · Cadastur «cad»\n",
          t=(g.phone(), "PHONE_NUMBER"), cad=f"{g.d(2)}.{g.d(6)}.{g.d(2)}.{g.d(4)}-{g.d(1)}")
    return doc


def at_os_ocr(g: Gen) -> Doc:
    """OCR of a scanned event service order / checklist signed on the day (some letters misread)."""
    doc = Doc()
    c = g.person()
    coord = g.person()
    o = lambda s: ocr(s, g, 0.3)
    doc.f("«h»\n«v»\n\n", h=o("ORDEM DE SERVIÇO DO EVENTO — Nº ") + g.d(5), v=fold(venue(g)).upper())
    doc.f(o("Contratante") + ": «n»   CPF «cpf»   " + o("Fone") + ": «t»\n" + o("Local da entrega dos doces (casa da noiva)") + ": «ad» — CEP «cep»\n",
          n=P(o(c.caps)), cpf=(g.cpf(), "BR_CPF"), t=(g.phone(g.pick(["par", "plain", "nospace"])), "PHONE_NUMBER"), ad=(o(g.address("caps")), "ADDRESS"),
          cep=(g.cep(), "BR_CEP"))
    doc.f(o("Coordenador(a) do evento") + ": «co»   " + o("Maitre") + ": «m»\n\n" + o("EQUIPE ESCALADA") + "\n", co=P(o(coord.full)),
          m=P(o(g.person(female=False).short)))
    for i in range(g.ri(3, 6)):
        p = g.person()
        doc.f("  «i». «n» ..... RG «rg» ..... «f» ..... " + o("chegada") + " «h»\n", i=i + 1, n=P(o(name_form(g, p, ["caps", "full", "short"]))),
              rg=(g.rg(), "BR_RG") if g.chance(0.7) else V("-"),
              f=o(g.pick(["garçom", "garçonete", "copeira", "cozinheira", "auxiliar de cozinha", "barman", "recepcionista", "segurança"])),
              h=g.hm())
    doc.f("\n" + o("VEÍCULOS AUTORIZADOS NA DOCA") + ": «p1» (caminhão decoração, motorista CNH «cnh»), «p2» (" + o("van da banda") + ")\n", cnh=(g.cnh(), "BR_CNH"),
          p1=(g.plate(), "LICENSE_PLATE"), p2=(g.plate(), "LICENSE_PLATE"))
    doc.f(o("Ocorrências") + ": «oc»\n\n" + o("Recebido por") + ": ______ «r»   RG «rg»\n",
          oc=o(g.pick(["queda de energia 22h10, gerador ok", "faltou gelo, compra emergencial R$ 380,00",
                       "convidado passou mal, SAMU chamado 23h40", "sem ocorrências", "flor do arranjo central murcha, trocada"])),
          r=P(o(c.short)), rg=(g.rg(), "BR_RG"))
    return doc


# =========================================================================== juridico


def ju_procon(g: Gen) -> Doc:
    """Procon complaint form (Ficha de Atendimento) about a cancelled party and a refused refund."""
    doc = Doc()
    c = g.person()
    att = g.person()
    city, uf = g.city()
    v = venue(g)
    doc.f("PROCON «c» — FICHA DE ATENDIMENTO AO CONSUMIDOR\nF.A. nº «fa»   Abertura: «d»   Atendente: «a» (mat. «m»)\n\n",
          c=fold(city).upper(), fa=f"{g.d(2)}.{g.d(3)}.{g.d(3)}-{g.d(1)}", d=g.date("br"), a=P(name_form(g, att, ["full", "caps", "short"])),
          m=g.d(6))
    doc.f("1. CONSUMIDOR\nNome: «n»\nCPF: «cpf»   RG: «rg»   Data nasc.: «dob»\nEndereço: «ad» — «ba» — «c»/«u» — CEP «cep»\n"
          "Telefones: «t1» / «t2»   E-mail: «e»\n\n",
          n=P(g.pick([c.caps, c.full])), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), dob=(g.dob(g.pick(["br", "short"]), 1960, 2001), "DATE_OF_BIRTH"),
          ad=(g.address(g.pick(["text", "caps"])), "ADDRESS"), ba=g.pick(BAIRROS), c=city, u=uf, cep=(g.cep(), "BR_CEP"),
          t1=(g.phone(), "PHONE_NUMBER"), t2=(g.phone(mobile=False, style="par"), "PHONE_NUMBER"), e=(g.email(c), "EMAIL_ADDRESS"))
    doc.f("2. FORNECEDOR\nRazão social: «rs»   Nome fantasia: «v»\nCNPJ: «cnpj»   End.: Av. das Palmeiras, 1200 — «c»/«u»\n\n",
          rs=g.pick(["Tenório & Filhos Eventos Ltda", "Flor de Lis Recepções ME", "Bacelar Hall Eventos Eireli", "Aurora Festas e Buffet Ltda",
                     "Recanto Amado Empreendimentos Ltda", "Zanella Celebrações S/A"]), v=v, cnpj=(g.cnpj(), "BR_CNPJ"), c=city, u=uf)
    reason = g.pick(["o buffet cancelou a festa 20 dias antes alegando reforma do salão",
                     "cancelamos o casamento com 8 meses de antecedência e a empresa quer reter 100% do sinal",
                     "o salão fechou as portas e ninguém atende",
                     "a empresa trocou o cardápio sem aviso e cobrou taxa extra de R$ " + g.money(500, 4000)])
    doc.f("3. RELATO\nO(a) consumidor(a) relata que contratou festa de casamento para «de» (contrato «ct», valor total R$ «vt», pagos R$ «pg» — "
          "sinal via Pix e «k» parcelas no cartão final «f»). Informa que «r». Afirma ter feito contato com a Sra. «x» da empresa "
          "(tel. «tx») sem solução, protocolo «p». Art. 51, IV do CDC (Lei 8.078/1990).\n\n",
          de=g.date("br"), ct=g.pick([g.d(5), g.neg(11), f"{g.d(3)}/{g.ri(2024, 2026)}"]), vt=g.money(8000, 90000), pg=g.money(2000, 40000),
          k=g.ri(2, 12), f=g.d(4), r=reason, x=P(g.person(female=True).short), tx=(g.phone(mobile=g.chance(0.5)), "PHONE_NUMBER"),
          p=g.protocol())
    doc.f("4. PEDIDO\nDevolução de R$ «m» na conta do consumidor: «bk», ag. «ag», c/c «cc».\n\nAssinatura do consumidor: ____ «n»\n"
          "Encaminhado à CIP em «d». Audiência de conciliação designada para «d2».\n",
          m=g.money(1500, 40000), bk=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
          n=P(c.short), d=g.date("br"), d2=g.date("br"))
    return doc


def ju_jec_inicial(g: Gen) -> Doc:
    """Small-claims petition (Juizado Especial Cível) by the couple against the buffet."""
    doc = Doc()
    a, b = g.person(female=True), g.person(female=False)
    adv = g.person()
    city, uf = g.city()
    dom = g.pick(["feitosaadv.com.br", "bacelaradvocacia.com", "cajazeira.adv.br", "gmail.com"])
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) JUIZ(A) DE DIREITO DO «n»º JUIZADO ESPECIAL CÍVEL DA COMARCA DE «c»/«u»\n\n\n",
          n=g.ri(1, 5), c=fold(city).upper(), u=uf)
    doc.f("«a», brasileira, «pa», portadora do RG nº «rga» e inscrita no CPF sob o nº «cpfa», nascida em «doba», e «b», brasileiro, «pb», "
          "RG «rgb», CPF «cpfb», casados entre si, residentes e domiciliados na «ad», «ba», «c»/«u», CEP «cep», endereço eletrônico «e», telefone «tel», "
          "vêm, por sua advogada infra-assinada, propor\n\nAÇÃO DE RESTITUIÇÃO DE VALORES C/C INDENIZAÇÃO POR DANOS MORAIS\n\n"
          "em face de «r», pessoa jurídica de direito privado inscrita no CNPJ sob o nº «cnpj», com sede na Rua Barão de Mauá, «sn», "
          "«c»/«u», pelos fatos e fundamentos a seguir.\n\n",
          a=P(a.caps), pa=g.pick(["professora", "enfermeira", "analista de sistemas", "autônoma", "dentista"]), rga=(g.rg(), "BR_RG"),
          cpfa=(g.cpf(), "BR_CPF"), doba=(g.dob("long", 1980, 2000), "DATE_OF_BIRTH"), b=P(b.caps),
          pb=g.pick(["engenheiro", "vendedor", "motorista", "servidor público", "músico"]), cpfb=(g.cpf(), "BR_CPF"), rgb=(g.rg(), "BR_RG"), tel=(g.phone(), "PHONE_NUMBER"),
          ad=(g.address(), "ADDRESS"), ba=g.pick(BAIRROS), c=city, u=uf, cep=(g.cep(), "BR_CEP"), e=(g.email(a), "EMAIL_ADDRESS"),
          r=fold(g.pick(VENUES)).upper() + g.pick([" LTDA", " EIRELI", " ME"]), cnpj=(g.cnpj(), "BR_CNPJ"), sn=g.ri(10, 2000))
    doc.f("I — DOS FATOS\n\nOs Autores contrataram a Ré em «d1» para a recepção de seu casamento, marcada para «d2», pelo valor de R$ «v». "
          "Pagaram sinal de R$ «s» por Pix (comprovante ID «e2e») e o restante em «k» parcelas no cartão. Em «d3», a Sra. «x», "
          "gerente da Ré, comunicou por WhatsApp (do número «t») que o salão havia sido «w». A Ré ofereceu apenas crédito, "
          "recusando a devolução (protocolo «p»).\n\n"
          "O caso se amolda ao entendimento fixado nos autos nº «cnj», aplicando-se o art. 35 do CDC e a Lei 9.099/1995. "
          "A madrinha «m» e o cerimonialista contratado presenciaram as tratativas e serão arrolados como testemunhas.\n\n",
          d1=g.date("br", 2024), d2=g.date("br", 2025), v=g.money(15000, 80000), s=g.money(3000, 20000), e2e=g.e2e(), k=g.ri(3, 12),
          d3=g.date("br", 2025), x=P(g.person(female=True).full), t=(g.phone(), "PHONE_NUMBER"),
          w=g.pick(["interditado pela Defesa Civil", "vendido", "alugado para outro evento na mesma data", "fechado por dívidas"]),
          p=g.protocol(), cnj=g.cnj(), m=P(g.person(female=True).full))
    doc.f("II — DOS PEDIDOS\na) a restituição de R$ «r», corrigidos;\nb) indenização por danos morais de R$ «dm»;\n"
          "c) a inversão do ônus da prova.\n\nDá-se à causa o valor de R$ «vc».\n\n«c», «d».\n\n«adv»\n«oab»\n«ae»\n",
          r=g.money(5000, 40000), dm=g.money(5000, 20000), vc=g.money(10000, 56000), c=city, d=g.date("long"),
          adv=P(adv.caps if g.chance(0.5) else adv.full), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"), ae=(g.corp_mail(adv, dom), "EMAIL_ADDRESS"))
    return doc


def ju_contrato_foto(g: Gen) -> Doc:
    """Photography and film contract with an image-use clause and the minors' authorisation annex."""
    doc = Doc()
    a, b = g.person(female=True), g.person(female=g.chance(0.2))
    ph = g.person()
    city, uf = g.city()
    doc.f("CONTRATO DE PRESTAÇÃO DE SERVIÇOS FOTOGRÁFICOS E DE FILMAGEM\n\n", )
    doc.f("CONTRATANTES: «a», CPF «ca», e-mail «ea», e «b», CPF «cb», residentes na «ad», CEP «cep», «c»/«u», telefone «t».\n"
          "CONTRATADO: «ph», fotógrafo, RG «prg», CPF «cp», inscrito como MEI no CNPJ «cnpj», nome fantasia «nf», e-mail «pe».\n\n",
          a=P(a.full), ca=(g.cpf(), "BR_CPF"), ea=(g.email(a), "EMAIL_ADDRESS"), b=P(b.full), cb=(g.cpf(), "BR_CPF"), ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"),
          c=city, u=uf, t=(g.phone(), "PHONE_NUMBER"), ph=P(ph.full), prg=(g.rg(), "BR_RG"), cp=(g.cpf(), "BR_CPF"), cnpj=(g.cnpj(), "BR_CNPJ"),
          nf=g.pick(["Foto Amado Studio", "Luz Natural Fotografia", f"{ph.last} Fotografia", "Aurora Filmes", "Xu Fotografia"]),
          pe=(g.email(ph, g.pick(["gmail.com", "fotoamado.com.br", "outlook.com"])), "EMAIL_ADDRESS"))
    doc.f("CLÁUSULA 1ª — O CONTRATADO fará a cobertura do casamento em «d», no «v», das «h» às «h2», com entrega de «k» fotos tratadas "
          "e filme de «m» minutos.\n\nCLÁUSULA 2ª — Valor: R$ «val», sendo R$ «s» de sinal via Pix para a chave aleatória «pix» e o saldo até "
          "«d2» na conta «bk», agência «ag», conta «cc», de titularidade do CONTRATADO.\n\n",
          d=g.date("long"), v=venue(g), h=g.hm(), h2=g.hm(), k=g.ri(300, 900), m=g.ri(5, 40), val=g.money(3500, 18000),
          s=g.money(800, 4000), pix=(g.uuid(), "PIX_KEY"), d2=g.date("br"), bk=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"),
          cc=(g.account(), "BANK_ACCOUNT"))
    doc.f("CLÁUSULA 5ª — DO USO DE IMAGEM. Os CONTRATANTES autorizam o uso das imagens no portfólio e redes sociais do CONTRATADO "
          "(Lei 9.610/1998 e LGPD, Lei 13.709/2018), vedado o uso comercial a terceiros. Imagens de menores dependem do Anexo I.\n\n"
          "ANEXO I — AUTORIZAÇÃO DE USO DE IMAGEM DE MENORES\n")
    for _ in range(g.ri(1, 2)):
        par = g.person()
        kid = g.child(par)
        doc.f("Menor: «k», nascid«o» em «dob» — responsável legal: «p», RG «rg» — ( «x» ) autorizo  ( «y» ) não autorizo\n",
              k=P(name_form(g, kid, ["full", "first"])), o=kid.a, dob=(g.dob(g.pick(["br", "nopad"]), 2014, 2022), "DATE_OF_BIRTH"),
              p=P(name_form(g, par, ["full", "short"])), rg=(g.rg(), "BR_RG"), **dict(zip("xy", g.pick([("X", " "), ("X", " "), (" ", "X")]))))
    doc.f("\n«c», «d».\n\n_______________________  CONTRATANTE\n_______________________  CONTRATANTE\n_______________________  CONTRATADO\n"
          "Testemunhas:\n1. «t1» — CPF «c1»\n2. «t2» — CPF «c2»\n",
          c=city, d=g.date("br"), t1=P(g.person().full), c1=(g.cpf(), "BR_CPF"),
          t2=P(g.person().full), c2=(g.cpf(), "BR_CPF"))
    return doc


def ju_habilitacao(g: Gen) -> Doc:
    """Civil registry: habilitação for marriage (requerimento + edital de proclamas), with witnesses."""
    doc = Doc()
    a, b = g.person(female=True), g.person(female=False)
    city, uf = g.city()
    of = g.person()
    doc.f("REGISTRO CIVIL DAS PESSOAS NATURAIS — «n»º SUBDISTRITO — «c»/«u»\nPROCESSO DE HABILITAÇÃO DE CASAMENTO Nº «p» — Livro D-«l», fls. «fl»\n\n",
          n=g.ri(1, 9), c=fold(city).upper(), u=uf, p=f"{g.d(5)}/{g.ri(2024, 2026)}", l=g.ri(10, 99), fl=g.ri(1, 300))
    for role, p in (("CONTRAENTE", b), ("CONTRAENTE", a)):
        mother = g.person(female=True)
        father = g.relative(p, female=False)
        nat, nuf = g.city()
        doc.f("«r»: «n»   Tel.: «tel»\nNacionalidade: brasileir«o»   Estado civil: «ec»   Profissão: «pr»\nNascimento: «dob», em «nat»/«nu»   "
              "CPF: «cpf»   RG: «rg»\nTítulo de eleitor: «te»\nResidência: «ad», «c»/«u» — CEP «cep»\nFiliação: «f» e «m»\n\n",
              r=role, n=P(p.caps), tel=(g.phone(), "PHONE_NUMBER"), o=p.a, ec=g.pick(["solteir" + p.a, "solteir" + p.a, "divorciad" + p.a, "viúv" + p.a]),
              pr=g.pick(["comerciante", "cabeleireira" if p.female else "pedreiro", "do lar" if p.female else "agricultor", "professor" + ("a" if p.female else ""), "estudante"]),
              dob=(g.dob(g.pick(["br", "long", "caps"]), 1965, 2005), "DATE_OF_BIRTH"), nat=nat, nu=nuf, cpf=(g.cpf(), "BR_CPF"),
              rg=(g.rg(), "BR_RG"), te=(g.titulo(), "BR_TITULO_ELEITOR"), ad=(g.address(g.pick(["caps", "text"])), "ADDRESS"), c=city, u=uf,
              cep=(g.cep(), "BR_CEP"), f=P(father.caps), m=P(mother.caps))
    reg = g.pick(["comunhão parcial de bens", "separação total de bens (pacto antenupcial lavrado no 2º Tabelionato, livro «x»)", "comunhão universal de bens"])
    reg = reg.replace("«x»", str(g.ri(100, 999)))
    new = Person(a.given, [s for s in a.surnames if s not in PARTICLES][:1] + [b.last], True)
    doc.f("Regime de bens: «r».\nA contraente passará a assinar: «nn».\n\nTESTEMUNHAS (maiores e capazes):\n", r=reg, nn=P(new.caps))
    for _ in range(2):
        w = g.person()
        docw = g.pick([("RG", (g.rg(), "BR_RG")), ("RG", (g.rg(), "BR_RG")), ("CNH", (g.cnh(), "BR_CNH"))])
        doc.f("- «w», «pr», «dk» «rg», CPF «cpf», residente na «ad»\n", w=P(w.caps), pr=g.pick(["comerciante", "aposentado(a)", "bancário(a)", "motorista"]),
              dk=docw[0], rg=docw[1], cpf=(g.cpf(), "BR_CPF"), ad=(g.address("caps"), "ADDRESS"))
    doc.f("\nEDITAL DE PROCLAMAS — Faço saber que pretendem casar-se os contraentes acima qualificados. Se alguém souber de impedimento, oponha-o na forma da lei "
          "(arts. 1.521 e 1.527 do Código Civil). Cerimônia prevista para «d» no «v».\n\n«c», «dd». «of», Oficial Substitut«o».\n"
          "Selo digital: «s»\n",
          d=g.date("br"), v=g.pick(["próprio cartório", venue(g)]), c=city, dd=g.date("long"),
          of=P(of.full), o=of.a, s=f"{g.alnum(4)}{g.d(5)}-{g.alnum(3)}")
    return doc


def ju_contrato_banda(g: Gen) -> Doc:
    """Band contract for a wedding party: parties, rider, access list of musicians and vehicles, ECAD clause."""
    doc = Doc()
    c = g.person()
    rep = g.person(female=False)
    band = g.pick(["Banda Aurora Boreal", "Trio Forró Arcoverde", "Banda Luz & Cia", "Orquestra Prudente", "Banda Rosa Choque", "Duo Bento & Amado"])
    doc.f("«band» — CONTRATO DE APRESENTAÇÃO MUSICAL Nº «n»\n\nCONTRATANTE: «c» (CPF «cpf», tel. «t», «e»)\n"
          "CONTRATADA: «band» Produções Artísticas Ltda, CNPJ «cnpj», neste ato representada por «r», CPF «rc», RG «rg», cel. «rt»\n\n",
          band=band, n=f"{g.d(3)}/{g.ri(2024, 2026)}", c=P(c.full), cpf=(g.cpf(), "BR_CPF"), t=(g.phone(), "PHONE_NUMBER"),
          e=(g.email(c), "EMAIL_ADDRESS"), cnpj=(g.cnpj(), "BR_CNPJ"), r=P(rep.full), rc=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), rt=(g.phone(), "PHONE_NUMBER"))
    doc.f("1. Apresentação de «h» horas no casamento de «x» e «y», em «d», no «v». Repertório conforme lista anexa; "
          "pedidos especiais (entrada da noiva: «song») até 15 dias antes.\n"
          "2. Cachê de R$ «m», em «k»x sem juros no cartão «mc». Taxa ECAD por conta do CONTRATANTE.\n"
          "3. Uso de imagem: a CONTRATADA poderá publicar até 3 vídeos curtos do evento, sem identificar convidados menores.\n"
          "4. Lista de acesso (portaria do salão) — integrantes e equipe técnica:\n",
          h=g.ri(2, 5), x=P(g.person(female=True).first), y=P(g.person(female=False).first), d=g.date("br"), v=venue(g),
          song=g.pick(["'Aurora' (instrumental)", "'A Flor e o Beija-Flor'", "'Rosa' de Pixinguinha", "'Amado' (Vanessa da Mata)"]),
          m=g.money(4000, 25000), k=g.ri(2, 10), mc=g.masked_card())
    rows, mus = [], []
    for _ in range(g.ri(3, 5)):
        p = g.person()
        mus.append(p)
        rows.append([P(name_form(g, p, ["full", "caps"])), V(g.pick(["vocal", "guitarra", "baixo", "bateria", "teclado", "sax", "técnico de som", "roadie"])),
                     (g.rg(), "BR_RG") if g.chance(0.5) else (g.cpf(), "BR_CPF")])
    table_ruled(doc, ["NOME", "FUNÇÃO", "DOCUMENTO"], rows, g.pick(["plus", "dash"]))
    doc.f("Veículos: «p1» (van), «p2» (carro de apoio). Estacionamento pela Rua dos Jasmins.\n\n"
          "5. Em caso de cancelamento pelo CONTRATANTE com menos de 60 dias, multa de 50%. Foro da comarca de «city».\n\n"
          "____________________ CONTRATANTE\n____________________ p/ CONTRATADA\n",
          p1=(g.plate(), "LICENSE_PLATE"), p2=(g.plate(), "LICENSE_PLATE"), city=g.city()[0])
    return doc


def ju_acordo(g: Gen) -> Doc:
    """Minutes of a conciliation hearing at the small-claims court (settlement on refund)."""
    doc = Doc()
    a = g.person()
    prep = g.person()
    conc = g.person()
    adv1, adv2 = g.person(), g.person()
    city, uf = g.city()
    doc.f("PODER JUDICIÁRIO\nTRIBUNAL DE JUSTIÇA DO ESTADO — «u»\n«n»ª Vara do Juizado Especial Cível de «c»\n\n"
          "TERMO DE AUDIÊNCIA DE CONCILIAÇÃO\nProcesso nº «cnj»\nReclamante: «a» (CPF «acpf», tel. «at»)\nReclamada: «r» (CNPJ «cnpj»)\n\n",
          u=uf, n=g.ri(1, 6), c=city, cnj=g.cnj(), a=P(a.caps), acpf=(g.cpf(), "BR_CPF"), at=(g.phone(), "PHONE_NUMBER"), r=fold(g.pick(VENUES)).upper() + " LTDA", cnpj=(g.cnpj(), "BR_CNPJ"))
    doc.f("Aos «d», às «h», por videoconferência (Microsoft Teams), presentes o(a) conciliador(a) «cc», o(a) reclamante acompanhado(a) de "
          "seu advogado «a1» («o1»), e a reclamada, por seu preposto «p» (RG «rg»), assistido por «a2» («o2»).\n\n",
          d=g.date("long"), h=g.hm(), cc=P(conc.full), a1=P(adv1.full), o1=(g.council("OAB", uf), "PROFESSIONAL_ID"),
          p=P(prep.full), rg=(g.rg(), "BR_RG"), a2=P(adv2.full), o2=(g.council("OAB", g.pick(UFS)), "PROFESSIONAL_ID"))
    if g.chance(0.5):
        pay = ("mediante Pix para a chave aleatória «pix» de titularidade do(a) reclamante", {"pix": (g.uuid(), "PIX_KEY")})
    else:
        pay = ("mediante depósito no «bk», agência «ag», conta «cc», de titularidade do(a) reclamante, CPF «cpf»",
               {"bk": g.pick(BANKS)[1], "ag": (g.agency(), "BANK_ACCOUNT"), "cc": (g.account(), "BANK_ACCOUNT"), "cpf": (g.cpf(), "BR_CPF")})
    doc.f("Aberta a audiência, as partes celebraram ACORDO: a reclamada pagará ao(à) reclamante R$ «m» («ext»), em «k» parcelas mensais, "
          "vencendo a primeira em «d1», " + pay[0] + ". Em caso de inadimplemento, multa de 50% sobre o saldo (art. 52 da Lei 9.099/95). "
          "Com o pagamento, o(a) reclamante dá plena quitação quanto ao contrato de evento nº «ct».\n\n",
          m=g.money(2000, 30000), ext=g.pick(["valor por extenso conforme ata", "cinco mil reais", "doze mil e quinhentos reais"]),
          k=g.ri(1, 6), d1=g.date("br"), ct=g.pick([g.d(6), g.neg(11), f"EV-{g.d(5)}"]), **pay[1])
    doc.f("Nada mais. Homologação pelo(a) Juiz(a) Leigo(a) «jl» em «d».\n", jl=P(g.person().full), d=g.date("br"))
    return doc


def ju_acidente_email(g: Gen) -> Doc:
    """E-mail thread between the buffet's HR and its lawyer about a kitchen accident and a labour claim."""
    doc = Doc()
    hr = g.person(female=True)
    adv = g.person()
    emp = g.person()
    wit = [g.person(), g.person()]
    dom = g.pick(["buffetaurora.com.br", "villabento.com.br", "espacobacelar.com.br", "flordelis.com.br"])
    ldom = g.pick(["tenorioadv.com.br", "jucaeassociados.adv.br", "gusmao.adv.br"])
    doc.f("De: «h» <«he»>\nPara: «a» <«ae»>\nCc: rh@«dom»; juridico@«dom»\nAssunto: Reclamatória trabalhista — «e» — processo «cnj»\n\n",
          h=P(hr.full), he=(g.corp_mail(hr, dom), "EMAIL_ADDRESS"), a=P(adv.full), ae=(g.corp_mail(adv, ldom), "EMAIL_ADDRESS"), dom=dom,
          e=P(emp.caps), cnj=g.cnj(g.pick(["5.02", "5.15", "5.04", "5.01", "5.03"])))
    doc.f("Dr(a)., boa tarde.\n\nChegou a notificação da reclamação d«o» ex-cozinheir«o» «e» (CPF «cpf», PIS «pis», nasc. «dob»). "
          "«el» alega que a queimadura de 2º grau no antebraço (CAT nº «cat», CID «cid») foi causada pelo caldeirão sem alça no casamento de «d», "
          "e pede insalubridade e danos morais (R$ «m»).\n\nNa noite estavam na cozinha «w1» (chefe) e uma auxiliar (cel. «t»). "
          "O atestado foi assinado «pl» «md», «crm», do PS Santa Luzia. Endereço atual «dl» no processo: «ad», CEP «cep».\n\n"
          "Segue a ficha de registro e os recibos. O acordo coletivo é o do Sindicato dos Trabalhadores em Hotéis, Bares e Buffets.\n\nAtt.\nRH\n\n",
          o=emp.a, el="Ela" if emp.female else "Ele", e=P(name_form(g, emp, ["full", "short"])), cpf=(g.cpf(), "BR_CPF"), pis=(g.pis(), "BR_PIS"),
          dob=(g.dob("br", 1965, 2003), "DATE_OF_BIRTH"), cat=f"{g.d(4)}.{g.d(3)}.{g.d(3)}-{g.d(2)}/{g.d(3)}", cid=g.pick(["T22.2", "T23.2", "T21.2"]),
          d=g.date("br"), m=g.money(10000, 80000), w1=P(wit[0].full), t=(g.phone(), "PHONE_NUMBER"),
          pl="pela" if (mdp := g.person()).female else "pelo", md=P(mdp.full), crm=(g.council("CRM"), "PROFESSIONAL_ID"),
          dl="dela" if emp.female else "dele", ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"))
    doc.f("> Em «dd», «a» escreveu:\n> Recebido. A audiência inicial é em «d» (pauta «cnj2»). Preciso das duas testemunhas presentes; "
          "mande os RGs. Não encaminhem dados de saúde por WhatsApp. Se a empresa tiver o PPRA/PGR da cozinha, melhor ainda.\n> «a2»\n> «oab»\n",
          dd=g.date("br"), a=P(adv.full), d=g.date("br"), cnj2=g.cnj("5.15"), a2=P(adv.short),
          oab=(g.council("OAB"), "PROFESSIONAL_ID"))
    return doc


# =========================================================================== saude


def sa_surto_linelist(g: Gen) -> Doc:
    """Municipal epidemiological surveillance: line list (CSV) of a foodborne outbreak after a wedding."""
    doc = Doc()
    nt = g.person(female=g.chance(0.7))
    city, uf = g.city()
    doc.f("SECRETARIA MUNICIPAL DE SAÚDE DE «c» — VIGILÂNCIA EPIDEMIOLÓGICA\nInvestigação de surto de DTA nº «n»/«y» · evento: casamento em «d» no «v»\n"
          "Notificante: «nt» («co») · planilha de casos (versão «ver»)\n\n",
          c=fold(city).upper(), n=g.d(3), y=g.ri(2024, 2026), d=g.date("br"), v=venue(g), nt=P(nt.full),
          co=(g.council("COREN", uf), "PROFESSIONAL_ID"), ver=g.ri(2, 9))
    rows = []
    for i in range(g.ri(5, 8)):
        p = g.person()
        kid = g.chance(0.2)
        dob = g.dob(g.pick(["br", "iso"]), 2012, 2021) if kid else g.dob(g.pick(["br", "iso"]), 1945, 2004)
        rows.append([V(f"{i + 1}"), P(name_form(g, p, ["caps", "caps", "full"])), V("F" if p.female else "M"), (dob, "DATE_OF_BIRTH"),
                     (g.cpf("raw"), "BR_CPF") if g.chance(0.6) else V(""),
                     (g.cns(False), "BR_CNS") if g.chance(0.8) else V(""), (g.phone(g.pick(["raw", "par"])), "PHONE_NUMBER"),
                     V(f"{g.date('dm')} {g.hm()}"), V(g.pick(["diarreia+vômito", "diarreia", "vômito+febre", "cólica+diarreia", "náusea"])),
                     V(g.pick(["S", "N", "N", "N"])), V(g.pick(CIDS_FOOD)), V(g.pick(["salpicão", "maionese", "camarão", "bolo", "strogonoff", "ign"]))])
    table_csv(doc, ["caso", "nome", "sexo", "dt_nasc", "cpf", "cns", "telefone", "inicio_sintomas", "sintomas", "internado", "cid", "alimento_suspeito"],
              rows, g.pick([",", ";"]))
    doc.f("\nTaxa de ataque preliminar: «ta»% («k» doentes / «n» expostos). Amostras do buffet encaminhadas ao LACEN (lote «l»). "
          "Responsável técnica do buffet: «rt», «crn».\nObs: «o»\n",
          ta=g.ri(8, 60), k=g.ri(8, 70), n=g.ri(80, 300), l=g.neg(11), rt=P(g.person(female=True).full), crn=(g.council("CRN"), "PROFESSIONAL_ID"),
          o=g.pick(["caso 3 é gestante (O26.8), acompanhar", "dois casos sem CNS, buscar no CADSUS", "noiva também adoeceu, não quis atendimento",
                    "mesma empresa teve surto em 2023 (processo sanitário " + g.neg(11) + ")"]))
    return doc


def sa_ficha_ps(g: Gen) -> Doc:
    """Emergency-room record of a guest taken ill at a party (the hospital's form as printed)."""
    doc = Doc()
    p = g.person()
    md, enf = g.person(), g.person(female=True)
    city, uf = g.city()
    hosp = g.pick(["HOSPITAL MUNICIPAL SANTA ROSA", "PRONTO SOCORRO SÃO BENTO", "UPA 24H JARDIM AURORA", "HOSPITAL REGIONAL DO VALE"])
    doc.f("«h»\nFICHA DE ATENDIMENTO DE URGÊNCIA   Nº «n»   Entrada: «d» «t»\n" + "=" * 60 + "\n",
          h=hosp, n=g.d(8), d=g.date("br"), t=g.hm())
    doc.f("Paciente: «p»\nNasc.: «dob»   Sexo: «s»   CNS: «cns»   CPF: «cpf»\nMãe: «m»\nEnd.: «ad»   Bairro: «ba»   CEP: «cep»\n"
          "Tel.: «tel»   Acompanhante: «ac» («r») tel. «act»\n" + "-" * 60 + "\n",
          p=P(p.caps), dob=(g.dob("br", 1940, 2020), "DATE_OF_BIRTH"), s="F" if p.female else "M", cns=(g.cns(), "BR_CNS"),
          cpf=(g.cpf(), "BR_CPF") if g.chance(0.7) else V("não informado"), m=P(g.person(female=True).caps),
          ad=(g.address("caps"), "ADDRESS"), ba=fold(g.pick(BAIRROS)).upper(), cep=(g.cep(), "BR_CEP"), tel=(g.phone(), "PHONE_NUMBER"),
          ac=P(g.relative(p).caps), r=g.pick(["esposo(a)", "filha", "irmão", "noivo", "madrinha"]), act=(g.phone(), "PHONE_NUMBER"))
    doc.f("Classificação de risco: «cr»\nQueixa: «q»\nHDA: pcte refere que estava em festa de casamento («v») desde as «h»; ingeriu «f». "
          "«ev». Nega alergias«al». PA «pa» mmHg, FC «fc» bpm, Tax «tx»°C.\nHD: «cid»\nConduta: «cd»\n\n",
          cr=g.pick(["AMARELO", "VERDE", "LARANJA"]), q=g.pick(["vômitos e diarreia há 6h", "dor abdominal intensa", "queimadura em mão D",
                                                             "urticária generalizada após jantar", "entorse de tornozelo na pista de dança"]),
          v=g.pick(VENUES), h=g.hm(), f=g.pick(["camarão, salpicão e bebida alcoólica", "risoto e doces", "buffet de frios"]),
          ev=g.pick(["Refere outros convidados com mesmos sintomas", "Queda na pista, trauma em tornozelo E", "Sem comorbidades conhecidas"]),
          al=g.pick(["", " (refere alergia a camarão)", ""]), pa=f"{g.ri(90, 160)}x{g.ri(50, 100)}", fc=g.ri(60, 130), tx=f"{g.ri(35, 39)},{g.d(1)}",
          cid=g.pick(CIDS_FOOD + CIDS_OTHER), cd=g.pick(["SF 0,9% 1000 mL EV, ondansetrona 8 mg EV, reavaliar", "analgesia, RX, imobilização",
                                                       "prometazina IM, observação 4h", "curativo, SAT"]))
    doc.f("Médico(a): «md» — «crm»\nEnfermagem: «en» — «co»\nAlta: «a» às «t» · orientado retorno se piora.\n",
          md=P(g.pick([md.full, md.short, md.caps])), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), en=P(g.pick([enf.short, enf.first])),
          co=(g.council("COREN", uf), "PROFESSIONAL_ID"), a=g.date("br"), t=g.hm())
    return doc


def sa_cat(g: Gen) -> Doc:
    """CAT (work accident report) of a catering worker burned in the kitchen, as filled in the form."""
    doc = Doc()
    w = g.person()
    md = g.person()
    city, uf = g.city()
    doc.f("COMUNICAÇÃO DE ACIDENTE DE TRABALHO — CAT\nTipo: inicial   Emitente: empregador   Nº do recibo: «r»\n\n"
          "I — EMITENTE\nRazão social: «rs»\nCNPJ: «cnpj»   CNAE: 5620-1/02 (serviços de alimentação para eventos)\n\n",
          r=f"{g.d(10)}-{g.d(1)}", rs=g.pick(["Buffet Aurora Festas Ltda", "Tenório & Filhos Eventos Ltda", "Cajazeira Buffet Infantil ME",
                                               "Higa Sushi Eventos Ltda", "Chamma Doces Árabes Eireli", "Villa Zanella Eventos Ltda"]),
          cnpj=(g.cnpj(), "BR_CNPJ"))
    doc.f("II — ACIDENTADO\nNome: «n»\nNome da mãe: «m»\nData de nascimento: «dob»   Sexo: «s»   Estado civil: «ec»\n"
          "CPF: «cpf»   NIT/PIS: «pis»   RG: «rg»\nEndereço: «ad»   CEP: «cep»   «c»/«u»\nTelefone: «t»   E-mail: «em»\n"
          "CBO: «cbo»   Remuneração: R$ «sal»\n\n",
          n=P(w.caps), m=P(g.person(female=True).caps), dob=(g.dob("br", 1960, 2005), "DATE_OF_BIRTH"), s="F" if w.female else "M",
          ec=g.pick(["solteiro(a)", "casado(a)", "união estável"]), cpf=(g.cpf(), "BR_CPF"), pis=(g.pis(), "BR_PIS"), rg=(g.rg(), "BR_RG"),
          ad=(g.address(g.pick(["text", "caps"])), "ADDRESS"), cep=(g.cep(), "BR_CEP"), c=city, u=uf, t=(g.phone(), "PHONE_NUMBER"), em=(g.email(w), "EMAIL_ADDRESS"),
          cbo=g.pick(["5132-05 cozinheiro", "5134-05 garçom", "5135-05 auxiliar de cozinha", "5134-20 barman"]), sal=g.money(1500, 4200))
    doc.f("III — ACIDENTE\nData: «d»   Hora: «h»   Horas trabalhadas: «ht»\nLocal: cozinha de produção, evento de casamento no «v»\n"
          "Descrição: «desc»\nParte atingida: «pa»   Agente causador: «ag»\nTestemunhas: «t1» («tt1»); «t2»\n\n",
          d=g.date("br"), h=g.hm(), ht=f"{g.ri(2, 11):02d}:{g.pick(['00', '30'])}", v=venue(g),
          desc=g.pick(["ao retirar o caldeirão de óleo do fogão industrial, o cabo se soltou e o óleo atingiu o antebraço",
                       "corte com faca de desossa ao porcionar carne para o jantar", "escorregou no piso molhado da copa carregando bandejas",
                       "queimadura por vapor ao abrir o forno combinado"]),
          pa=g.pick(["antebraço D", "mão E", "joelho D", "face e pescoço"]), ag=g.pick(["óleo quente", "faca", "piso molhado", "vapor"]),
          t1=P(g.person().full), tt1=(g.phone(), "PHONE_NUMBER"), t2=P(g.person().full))
    doc.f("IV — ATESTADO MÉDICO\nUnidade: «un»   Data: «d» «h»\nDiagnóstico provável: «dg»   CID-10: «cid»\nAfastamento: «k» dias\n"
          "Médico: «md»   «crm»\n", un=g.pick(["PS Santa Luzia", "Hospital São Bento", "UPA Aurora"]), d=g.date("br"), h=g.hm(),
          dg=g.pick(["queimadura de 2º grau", "ferimento do punho e da mão", "entorse de joelho", "queimadura de 3º grau"]),
          cid=g.pick(["T22.2", "T23.2", "S61.0", "S83.6", "T23.3"]), k=g.ri(3, 45), md=P(md.caps), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    return doc


def sa_escala_aso(g: Gen) -> Doc:
    """Catering staff roster for an event, with occupational health (ASO) status; a ruled table."""
    doc = Doc()
    rt = g.person(female=True)
    mt = g.person()
    doc.f("ESCALA DA EQUIPE — «ev» — «d»\n«v» · supervisão: «sp» · RT nutrição: «rt» («crn»)\n\n",
          ev=g.pick(["Casamento", "Festa de 15 anos", "Bodas", "Casamento + after"]), d=g.date("br"), v=venue(g),
          sp=P(g.person().short), rt=P(rt.full), crn=(g.council("CRN"), "PROFESSIONAL_ID"))
    rows = []
    for _ in range(g.ri(5, 8)):
        p = g.person()
        rows.append([P(name_form(g, p, ["full", "caps", "short"])), V(g.pick(["cozinheiro(a)", "aux. cozinha", "garçom", "garçonete", "copeiro(a)", "barman", "maître"])),
                     (g.cpf(), "BR_CPF"), (g.pis(), "BR_PIS") if g.chance(0.6) else V("freela"),
                     V(g.date("br")), V(g.pick(["apto", "apto", "apto", "apto c/ restrição", "vencido"])), (g.phone(g.pick(["raw", "par"])), "PHONE_NUMBER")])
    table_ruled(doc, ["COLABORADOR", "FUNÇÃO", "CPF", "PIS", "ASO VÁLIDO ATÉ", "STATUS", "CELULAR"], rows, g.pick(["plus", "dash"]))
    doc.f("\nASOs emitidos pela clínica Medtrab Aurora, médico do trabalho «mt» («crm»). Quem está com ASO vencido não entra na cozinha "
          "(NR-7). Manipuladores sem curso de boas práticas ficam no salão. «w».\n",
          mt=P(mt.full), crm=(g.council("CRM"), "PROFESSIONAL_ID"), w=g.pick(["Uniforme branco obrigatório", "Seria prudente chegar 1h antes",
                                                                                "Levar luva térmica (acidente do mês passado)"]))
    return doc


def sa_atestado_ocr(g: Gen) -> Doc:
    """The couple forwards a medical certificate to postpone the party; the scan came through OCR."""
    doc = Doc()
    a, b = g.person(female=True), g.person(female=False)
    md = g.person()
    o = lambda s: ocr(s, g, 0.35)
    sick = g.pick([a, b])
    doc.f("De: «b» <«e»>\nPara: eventos@«dom»\nAssunto: Adiamento do casamento - atestado\n\nBoa tarde, «at». Conforme falei no telefone, "
          "«x» foi internad«o» e não teremos condições de fazer a festa no dia «d». Segue o atestado (texto do scanner abaixo). "
          "Pedimos a remarcação sem multa, cláusula 9ª.\nCel. «t»\n\n----- OCR anexo_atestado.pdf -----\n",
          b=P(b.full), e=(g.email(b), "EMAIL_ADDRESS"), dom=g.pick(["buffetluzdovale.com.br", "recantoamado.com", "quintadosjatobas.com.br"]),
          at=P(g.person().first), x=P(sick.first) if sick is a else V("eu"), o=sick.a, d=g.date("br"), t=(g.phone(), "PHONE_NUMBER"))
    if sick is b:
        doc.text = doc.text.replace("eu foi internado", "eu fui internado")
    doc.f("«cl»\nCNPJ «cnpj»\n\n" + o("ATESTADO MÉDICO") + "\n\n" + o("Atesto para os devidos fins que") + " «p», " +
          o("portador(a) do CPF") + " «cpf», " + o("nascido(a) em") + " «dob», " + o("esteve internado(a) nesta unidade de") +
          " «d1» " + o("a") + " «d2», " + o("necessitando de afastamento de suas atividades por") + " «k» " + o("dias") + ".\nCID: «cid»\n\n«c», «d3»\n\n«md»\n«crm»\n",
          cl=o(g.pick(["CLÍNICA SÃO BENTO LTDA", "HOSPITAL AURORA", "CASA DE SAÚDE SANTA ROSA", "HOSPITAL PRUDENTE DE MORAIS"])),
          cnpj=(g.cnpj(), "BR_CNPJ"), p=P(o(sick.caps)), cpf=(g.cpf(), "BR_CPF"), dob=(g.dob("br", 1975, 2001), "DATE_OF_BIRTH"),
          d1=g.date("br"), d2=g.date("br"), k=g.ri(5, 30), cid=g.pick(CIDS_OTHER + ["A90", "J18.9", "K35.8"]), c=g.city()[0], d3=g.date("long"),
          tit=g.pick(["Dr. " if not md.female else "Dra. ", ""]), md=P(o(md.full)), crm=(g.council("CRM"), "PROFESSIONAL_ID"))
    return doc


def sa_restricoes(g: Gen) -> Doc:
    """Nutritionist's list of guests' dietary restrictions and allergies for the kitchen (aligned text table)."""
    doc = Doc()
    nu = g.person(female=g.chance(0.8))
    doc.f("Buffet «v» — RESTRIÇÕES ALIMENTARES / ALERGIAS\nEvento: casamento «x» & «y» — «d»\nElaborado por: «n», nutricionista «crn»\n\n",
          v=g.pick(["Aurora", "Luz do Vale", "Haddad Gourmet", "Flor de Lis", "Tenório"]), x=P(g.person(female=True).first),
          y=P(g.person(female=False).first), d=g.date("br"), n=P(nu.full), crn=(g.council("CRN"), "PROFESSIONAL_ID"))
    rows = []
    for _ in range(g.ri(4, 6)):
        p = g.person()
        kid = g.chance(0.35)
        nm = name_form(g, g.child(p) if kid else p, ["full", "short", "caps"])
        rows.append([P(nm), V(str(g.ri(1, 30))),
                     (g.dob("br", 2015, 2023), "DATE_OF_BIRTH") if kid else V("adulto"),
                     V(g.pick(["doença celíaca", "APLV", "alergia a camarão (anafilaxia, tem EpiPen)", "vegano", "diabetes tipo 1",
                               "alergia a amendoim", "intolerância à lactose", "kosher", "halal"])),
                     (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")])
    table_ruled(doc, ["CONVIDADO", "MESA", "NASC. (menores)", "RESTRIÇÃO", "CONTATO EMERGÊNCIA"], rows, "dash")
    doc.f("\nPratos sem glúten saem em louça com fita «cor». Em caso de reação: chamar a brigada (ramal «br») e SAMU 192. "
          "Hospital de referência: «h».\n", cor=g.pick(["rosa", "branca", "verde"]), br=g.ri(200, 299),
          h=g.pick(["Hospital São Bento", "Santa Casa", "Hospital Aurora"]))
    return doc


def sa_visa_email(g: Gen) -> Doc:
    """Health inspectorate (VISA) e-mail to the buffet after an outbreak, with hospitalised patients and an inspection report."""
    doc = Doc()
    fisc = g.person()
    resp = g.person()
    doc.f("De: «f» <«fe»>\nPara: «r» <«re»>\nAssunto: Auto de Intimação nº «ai» — surto pós-evento de «d»\n\n",
          f=P(fisc.full), fe=(g.corp_mail(fisc, g.pick(["saude.sp.gov.br", "visa.pmf.gov.br", "saude.campinas.sp.gov.br"])), "EMAIL_ADDRESS"),
          r=P(resp.full), re=(g.email(resp, g.pick(["gmail.com", "buffetaurora.com.br", "villabento.com.br"])), "EMAIL_ADDRESS"),
          ai=f"{g.d(4)}/{g.ri(2024, 2026)}", d=g.date("br"))
    doc.f("Prezado(a) Responsável Técnico(a),\n\nEm inspeção realizada em «d» (Termo «t»), constatamos: câmara fria a «temp»°C, ausência de registro de "
          "temperatura das amostras e manipulador sem ASO. Os seguintes pacientes permanecem internados e foram notificados no SINAN:\n\n",
          d=g.date("br"), t=g.neg(11), temp=g.ri(9, 16))
    for _ in range(g.ri(2, 4)):
        p = g.person()
        doc.f("  • «n» — CNS «cns» — nasc. «dob» — «h» — «cid»\n", n=P(name_form(g, p, ["caps", "full"])), cns=(g.cns(), "BR_CNS"),
              dob=(g.dob("br", 1938, 2020), "DATE_OF_BIRTH"), h=g.pick(["Santa Casa", "Hospital São Bento", "HU", "Hospital Aurora"]),
              cid=g.pick(CIDS_FOOD))
    doc.f("\nO laudo do LACEN (amostra «am», maionese) confirmou Staphylococcus coagulase positiva > 10^5 UFC/g. "
          "Fica intimado a apresentar em 10 dias: POPs, planilhas de temperatura e o ASO de «c1» (CPF «cpf»). "
          "Base legal: RDC 216/2004 e Lei 6.437/1977.\n\nAtenciosamente,\n«f»\nAutoridade Sanitária — matrícula «m»\n",
          am=f"{g.d(3)}/{g.ri(24, 26)}", c1=P(g.person().full), cpf=(g.cpf(), "BR_CPF"),
          f=P(fisc.short), m=g.d(7))
    return doc


# =========================================================================== financeiro


def fi_extrato_pix(g: Gen) -> Doc:
    """The buffet's bank statement exported as CSV: deposits from couples by Pix, card settlements, supplier payments."""
    doc = Doc()
    bk = g.pick(BANKS)
    doc.f("Extrato conta corrente — «bn» — Agência «ag» Conta «cc» — «rs» — CNPJ «cnpj»\nPeríodo: «d1» a «d2»\n\n",
          bn=bk[1], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
          rs=g.pick(["AURORA FESTAS LTDA", "RECANTO AMADO EVENTOS LTDA", "BACELAR HALL EVENTOS", "FLOR DE LIS RECEPCOES ME"]),
          cnpj=(g.cnpj(), "BR_CNPJ"), d1=g.date("br"), d2=g.date("br"))
    rows = []
    saldo = g.ri(5000, 90000)
    for _ in range(g.ri(6, 9)):
        k = g.pick(["pixin", "pixin", "pixout", "pixout", "card", "ted", "tarifa"])
        p = g.person()
        val = g.ri(150, 15000)
        if k == "pixin":
            hist = [V("PIX RECEBIDO"), P(fold(p.full).upper()[:30].strip()), V(g.masked_cpf())]
        elif k == "pixout":
            val = -val
            hist = [V("PIX ENVIADO"), V(g.pick(SUPPLIERS).upper()[:30]), (g.uuid(), "PIX_KEY")]
        elif k == "card":
            hist = [V("REDE CREDITO PARC"), V(f"lote {g.d(6)}"), V("")]
        elif k == "ted":
            hist = [V("TED RECEBIDA"), P(fold(p.short).upper()), (g.cpf(), "BR_CPF")]
        else:
            val = -g.ri(5, 90)
            hist = [V("TARIFA PACOTE"), V(""), V("")]
        saldo += val
        rows.append([V(g.date("br"))] + hist + [V(g.e2e() if k.startswith("pix") else g.d(8)),
                     V(f"{val:,}".replace(",", ".") + "," + g.d(2)), V(f"{saldo:,}".replace(",", ".") + "," + g.d(2))])
    table_csv(doc, ["data", "lancamento", "contraparte", "doc_contraparte", "id_transacao", "valor", "saldo"], rows, ";")
    doc.f("\n* conciliado em «d» — Pix de «x» (sinal do casamento «dd») ainda sem contrato vinculado\n",
          d=g.date("br"), x=P(g.person().first), dd=g.date("dm"))
    return doc


def fi_gateway_log(g: Gen) -> Doc:
    """Payment-link gateway log (JSON lines) of card instalments for a party, leaking the full PAN in a debug line."""
    doc = Doc()
    c = g.person()
    doc.f("# checkout-links · merchant «m» («cnpj») · order «o»\n", m=g.pick(["villa-bento-eventos", "buffet-aurora", "foto-amado", "quinta-jatobas"]),
          cnpj=(g.cnpj(), "BR_CNPJ"), o=g.pick([f"ORD-{g.d(7)}", g.neg(11), g.hexs(10)]))
    ip = g.ip(v6=g.chance(0.2))
    ts = g.times(5)
    day = g.date("iso")
    card = g.card(spaced=False, amex=g.chance(0.15))
    doc.f('{"ts":"«d»T«t»:12Z","level":"info","event":"link.opened","ip":"«ip»","ua":"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4)"}\n',
          d=day, t=ts[0], ip=(ip, "IP_ADDRESS"))
    doc.f('{"ts":"«d»T«t»:40Z","level":"info","event":"payer.filled","payer":{"name":"«n»","email":"«e»","document":"«cpf»",'
          '"birth_date":"«dob»","phone":"«ph»"},"billing":{"street":"«st»","zip":"«cep»"}}\n',
          d=day, t=ts[1], n=P(jstr(g.pick([c.full, c.low, c.caps]))), e=(g.email(c), "EMAIL_ADDRESS"), cpf=(g.cpf("raw"), "BR_CPF"),
          dob=(g.dob("iso", 1970, 2002), "DATE_OF_BIRTH"), ph=(g.phone("e164"), "PHONE_NUMBER"), st=(jstr(g.address()), "ADDRESS"),
          cep=(g.cep(False), "BR_CEP"))
    doc.f('{"ts":"«d»T«t»:41Z","level":"debug","event":"card.tokenize","pan":"«pan»","exp":"«ex»","holder":"«h»"}\n',
          d=day, t=ts[2], pan=(card, "CREDIT_CARD"), ex=f"{g.ri(1, 12):02d}/{g.ri(26, 32)}", h=P(c.caps))
    doc.f('{"ts":"«d»T«t»:43Z","level":"info","event":"charge.«st»","amount":«a»,"installments":«k»,"card":"«mk»","nsu":"«nsu»","auth":"«au»"}\n',
          d=day, t=ts[3], st=g.pick(["approved", "approved", "declined"]), a=g.ri(100000, 4000000), k=g.ri(1, 12),
          mk=f"{card[:6]}******{card[-4:]}", nsu=g.d(9), au=g.alnum(6))
    doc.f('{"ts":"«d»T«t»:02Z","level":"warn","event":"antifraud.review","reason":"ip_geo_mismatch","ip":"«ip»","score":0.«s»}\n',
          d=day, t=ts[4], ip=(g.ip(), "IP_ADDRESS"), s=g.d(3))
    doc.f("\n-- «a» (plataforma): a linha de debug com pan aberto viola PCI, abrir incidente SEC-«n». Avisar «b» do financeiro do buffet.\n",
          a=P(g.person().first), n=g.d(4), b=P(g.person().short))
    return doc


def fi_nfse(g: Gen) -> Doc:
    """A supplier's service invoice (NFS-e) for a wedding, tomador is the couple."""
    doc = Doc()
    t = g.person()
    city, uf = g.city()
    sup = g.pick(SUPPLIERS)
    doc.f("PREFEITURA MUNICIPAL DE «c»\nNOTA FISCAL DE SERVIÇOS ELETRÔNICA — NFS-e\nNúmero: «n»   Emissão: «d» «h»   Código de verificação: «cv»\n\n",
          c=fold(city).upper(), n=g.d(6), d=g.date("br"), h=g.hms(), cv=g.alnum(8))
    doc.f("PRESTADOR DE SERVIÇOS\nRazão social: «s» Ltda\nCNPJ: «cnpj»   Inscr. municipal: «im»\nEndereço: Avenida Presidente Vargas, «sn» — «c»/«u»\n"
          "E-mail: financeiro@«dom»\n\n",
          s=sup, cnpj=(g.cnpj(), "BR_CNPJ"), im=g.d(8), sn=g.ri(10, 3000), c=city, u=uf, 
          dom=fold(sup.split()[0]).lower() + ".com.br")
    doc.f("TOMADOR DE SERVIÇOS\nNome/Razão social: «n»\nCPF/CNPJ: «cpf»\nEndereço: «ad» — «ba» — CEP «cep» — «c»/«u»\nE-mail: «e»   Telefone: «tel»\n\n",
          n=P(g.pick([t.caps, t.full])), cpf=(g.cpf(), "BR_CPF"), ad=(g.address(g.pick(["caps", "text"])), "ADDRESS"), ba=g.pick(BAIRROS),
          cep=(g.cep(), "BR_CEP"), c=city, u=uf, e=(g.email(t), "EMAIL_ADDRESS"), tel=(g.phone(), "PHONE_NUMBER"))
    items = [("Decoração cerimônia e recepção (arranjos com rosa e flor do campo)", 2500, 18000),
             ("Locação de mobiliário e louças", 800, 6000), ("Serviço de buffet — 150 convidados", 12000, 45000),
             ("Iluminação cênica e luz de pista", 1200, 7000), ("Cobertura fotográfica + álbum", 3000, 12000),
             ("Bem-casados (300 un.)", 600, 2400)]
    doc.t("DISCRIMINAÇÃO DOS SERVIÇOS\n")
    tot = 0
    for desc, lo, hi in g.rng.sample(items, g.ri(2, 4)):
        v = g.ri(lo, hi)
        tot += v
        doc.f("  - «d» ..... R$ «v»,00\n", d=desc, v=f"{v:,}".replace(",", "."))
    doc.f("Evento: casamento de «a» e «b» em «de».\nVALOR TOTAL: R$ «t»,00   ISS («al»%): R$ «iss»   Retenções: não\n"
          "Pagamento: «pg»\n",
          a=P(t.first), b=P(g.person().first), de=g.date("br"), t=f"{tot:,}".replace(",", "."), al=g.pick(["2", "3", "5"]),
          iss=g.money(50, 2000), pg=g.pick(["Pix (sinal) + 5x cartão", "boleto", "TED", "Pix"]))
    return doc


def fi_estorno(g: Gen) -> Doc:
    """Back-office ticket of a refund dispute (cancelled party): chargeback on the card, refund data in the comments."""
    doc = Doc()
    c = g.person()
    an1, an2 = g.person(), g.person()
    lg1 = re.sub(r"[^a-z.]", "", fold(an1.first + "." + an1.last).lower())
    doc.f("[FIN-«n»] Estorno/contestação — contrato «ct» — status: «st»\nSolicitante: «c» · CPF «cpf» · «e» · «t»\nResponsável: «a1» · Prioridade: alta\n\n",
          n=g.d(5), ct=g.pick([f"{g.d(4)}/{g.ri(2024, 2026)}", g.neg(11)]), st=g.pick(["em análise", "aguardando cliente", "pago"]),
          c=P(g.pick([c.full, c.caps])), cpf=(g.cpf(), "BR_CPF"), e=(g.email(c), "EMAIL_ADDRESS"), t=(g.phone(), "PHONE_NUMBER"),
          a1=P(an1.full))
    doc.f("«d1» «a1»: cliente cancelou o casamento de «de» com «k» dias de antecedência. Pagou R$ «p» (sinal Pix) + «n»x de R$ «pp» no cartão «mk». "
          "Abriu chargeback (ARN «arn») na bandeira alegando serviço não prestado.\n",
          d1=g.date("br"), a1=V(lg1), de=g.date("br"), k=g.ri(20, 300), p=g.money(1000, 9000), n=g.ri(2, 12), pp=g.money(200, 3000),
          mk=g.masked_card(), arn=g.d(23))
    if g.chance(0.5):
        doc.f("«d» «a2»: combinado com ela(e) por telefone: devolvemos R$ «v» e ela(e) cancela o chargeback. Dados p/ TED: «bk», ag «ag», "
              "conta «cc», titular «tit» (CPF «cpf2»).\n",
              d=g.date("br"), a2=P(an2.short), v=g.money(1000, 9000), bk=g.pick(BANKS)[1] + " (" + g.pick(BANKS)[0] + ")",
              ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), tit=P(g.relative(c).full), cpf2=(g.cpf(), "BR_CPF"))
    else:
        doc.f("«d» «a2»: cliente prefere Pix. Chave aleatória informada: «k». Confirmei o nome no DICT: «tit».\n",
              d=g.date("br"), a2=P(an2.short), k=(g.uuid(), "PIX_KEY"), tit=P(fold(c.full).upper()))
    doc.f("«d» «a1»: o cartão que aparece no chargeback é outro: «cc» (titular «tit», nasc. «dob» segundo o emissor). Pedir autorização.\n"
          "«d2» sistema: comprovante E2E «e2e» anexado. Valor fora da alçada (> R$ 5.000,00) — aprovação da diretoria.\n",
          d=g.date("br"), a1=V(lg1), cc=(g.card(), "CREDIT_CARD"), tit=P(g.relative(c).full), dob=(g.dob("br"), "DATE_OF_BIRTH"),
          d2=g.date("br"), e2e=g.e2e())
    return doc


def fi_rpa_freelas(g: Gen) -> Doc:
    """Payment sheet of the freelancers (waiters, cooks) of a weekend's events, CSV with mixed Pix keys."""
    doc = Doc()
    doc.f("pagamento_freelas_«d».csv — aprovado por «a»\n", d=g.date("compact"), a=P(g.person().short))
    rows = []
    for _ in range(g.ri(5, 8)):
        p = g.person()
        n = name_form(g, p, ["full", "caps", "low"])
        key = pix_any(g, p)
        rows.append([P(n), (g.cpf(g.pick(["raw", "dot"])), "BR_CPF"), (g.pis("raw"), "BR_PIS") if g.chance(0.6) else V(""),
                     V(g.pick(["garçom", "copeira", "cozinheiro", "aux cozinha", "bartender", "recepção", "segurança"])),
                     V(str(g.ri(1, 3))), V(g.money(120, 900).replace(".", "")), key,
                     (g.dob("br", 1970, 2006), "DATE_OF_BIRTH") if g.chance(0.4) else V("")])
    table_csv(doc, ["nome", "cpf", "pis", "funcao", "diarias", "valor_liquido", "chave_pix", "dt_nasc"], rows, g.pick([",", ";"]))
    doc.f("# RPA: INSS 11% retido; quem não tem PIS cadastrar no eSocial antes do próximo pagamento. Dúvidas: «p» «t»\n",
          p=P(g.person().first), t=(g.phone(), "PHONE_NUMBER"))
    return doc


def fi_planilha_noivos(g: Gen) -> Doc:
    """The couple's wedding budget sheet pasted as Markdown: suppliers, contacts, what was paid and how."""
    doc = Doc()
    a, b = g.person(female=True), g.person(female=False)
    doc.f("## Orçamento casamento «a» + «b» (atualizado «d»)\n\n", a=P(a.nick), b=P(b.first), d=g.date("br"))
    rows = []
    for s in g.rng.sample(SUPPLIERS + VENUES[:4], g.ri(5, 7)):
        ct = g.person()
        tot = g.ri(800, 40000)
        paid = g.ri(0, tot)
        how = g.pick(["pix", "pix", "cartão", "boleto", "dinheiro"])
        if how == "pix":
            key = pix_any(g, ct)
        elif how == "cartão":
            key = V(f"{g.ri(2, 12)}x " + g.masked_card())
        else:
            key = V("-")
        rows.append([V(s), P(name_form(g, ct, ["first", "short", "nick"])) if g.chance(0.6) else V("-"), (g.phone(g.pick(["plain", "par", "raw"])), "PHONE_NUMBER"),
                     V(f"{tot:,}".replace(",", ".")), V(f"{paid:,}".replace(",", ".")), V(how), key])
    table_md(doc, ["fornecedor", "contato", "whats", "total R$", "pago R$", "forma", "chave/cartão"], rows)
    doc.f("\n- vestido: loja «l» (parcelado no cartão da mãe dela, «m»)\n- lembrar: lista de presentes no «site» — resgate na conta ag «ag» cc «cc»\n"
          "- «w»\n", l=g.pick(["Aurora Noivas", "Ateliê Rosa Branca", "Maison Vitória"]), m=P(g.relative(a, female=True).full),
          site=g.pick(["iCasei", "Casar.com", "site dos noivos"]), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
          w=g.pick(WORD_USES))
    return doc


def fi_fatura_viagem(g: Gen) -> Doc:
    """Travel agency invoice for the honeymoon package: instalments on card, passengers, airport parking."""
    doc = Doc()
    a, b = g.person(female=True), g.person(female=False)
    ag = g.person()
    doc.f("«ag» — CNPJ «cnpj» — Cadastur «cad»\nFATURA Nº «n»   Emissão «d»   Vencimento 1ª parcela «v»\n\n",
          ag=g.pick(["FEITOSA VIAGENS E TURISMO LTDA", "AURORA TURISMO", "BENTO TOUR OPERADORA", "LUZ DO SOL VIAGENS"]), cnpj=(g.cnpj(), "BR_CNPJ"),
          cad=f"{g.d(2)}.{g.d(6)}.{g.d(2)}.{g.d(4)}-{g.d(1)}", n=g.d(6), d=g.date("br"), v=g.date("br"))
    doc.f("Cliente: «c»   CPF «cpf»\nE-mail: «e»   Celular: «t»\n\n", c=P(a.caps), cpf=(g.cpf(), "BR_CPF"), e=(g.email(a), "EMAIL_ADDRESS"),
          t=(g.phone(), "PHONE_NUMBER"))
    doc.f("PAX  NOME                          NASCIMENTO   DOCUMENTO\n")
    for i, p in enumerate((a, b)):
        doc.t(f"{i + 1:02d}   ")
        doc.cell(fold(p.full).upper()[:29].rstrip(), 30, "PERSON")
        doc.cell(g.dob("br", 1978, 2002), 13, "DATE_OF_BIRTH")
        doc.e(g.cpf(), "BR_CPF")
        doc.t("\n")
    doc.f("\nServiços: aéreo + «nn» noites «h» + transfer + seguro viagem\nTotal: R$ «tot»\nForma: cartão «cc» em «k»x de R$ «pp» (titular «tit»)\n"
          "Autorização: «au»   TID: «tid»\n\nEstacionamento aeroporto (Drop&Park) — veículo «pl», condutor CNH «cnh», entrada «de»\n"
          "Emitido por: «ag» («agm»)\n",
          nn=g.ri(4, 12), h=g.pick(["Pousada Flor de Sal", "Resort Aurora Beach", "Hotel Rosa dos Ventos"]), tot=g.money(8000, 40000),
          cc=(g.card(), "CREDIT_CARD") if g.chance(0.5) else V(g.masked_card()), k=g.ri(2, 12), pp=g.money(600, 4000),
          tit=P(g.pick([a, b]).caps), au=g.alnum(6), tid=g.d(20), pl=(g.plate(), "LICENSE_PLATE"), cnh=(g.cnh(), "BR_CNH"), de=g.date("br"),
          ag=P(ag.full), agm=(g.corp_mail(ag, g.pick(["feitosaviagens.tur.br", "auroraturismo.com.br", "bentotour.com.br"])), "EMAIL_ADDRESS"))
    return doc


TEMPLATES = {
    "atendimento": [at_whats_planner, at_guest_list, at_food_complaint, at_chat_cancel, at_ficha_reserva, at_honeymoon, at_os_ocr],
    "juridico": [ju_procon, ju_jec_inicial, ju_contrato_foto, ju_habilitacao, ju_contrato_banda, ju_acordo, ju_acidente_email],
    "saude": [sa_surto_linelist, sa_ficha_ps, sa_cat, sa_escala_aso, sa_atestado_ocr, sa_restricoes, sa_visa_email],
    "financeiro": [fi_extrato_pix, fi_gateway_log, fi_nfse, fi_estorno, fi_rpa_freelas, fi_planilha_noivos, fi_fatura_viagem],
}


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
        assert lab in LABELS, lab
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
        elif lab == "PERSON":
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|doutora?)\.?\s", v), (record["id"], v)
            assert not re.search(r"[0-9]", v) or re.search(r"[^\W\d_]0|0[^\W\d_]", v), (record["id"], v)
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (record["id"], v)
    # hard negatives: every unlabelled 11-digit number (plain or dotted like a CPF) fails the CPF check
    for m in re.finditer(r"(?<![\d.\-/])(\d{11}|\d{3}\.\d{3}\.\d{3}-\d{2})(?![\d\-/]|\.\d)", text):
        if any(covered[m.start():m.end()]):
            continue
        assert not cpf_ok(re.sub(r"\D", "", m.group())), (record["id"], m.group())


LABELS = {"PERSON", "BR_CPF", "BR_CNPJ", "BR_RG", "BR_CNH", "BR_PIS", "BR_TITULO_ELEITOR", "BR_CNS", "BR_CEP",
          "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "PIX_KEY", "LICENSE_PLATE", "BANK_ACCOUNT", "ADDRESS",
          "DATE_OF_BIRTH", "IP_ADDRESS", "PROFESSIONAL_ID"}


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
    print(OUT_NAME.split(".")[0], len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
