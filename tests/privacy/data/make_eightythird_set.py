"""Build the eighty-third labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_eightythird_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or
run), standalone (own check-digit code, no Faker, no import from afinar or from other
generators), seed 8383, 280 records: 7 templates per domain, 10 copies each.

Register, not used by the earlier sets: consumer electronics and home-appliance repair —
authorised service centres (assistências técnicas autorizadas) and their work orders with
serial numbers and IMEIs, in-home technician visits, warranty claims and RMA exchanges,
manufacturers' SAC chats and call transcripts, Procon complaints and small-claims suits over
repeated defects (CDC art. 18), technicians' rosters and field logs, electric-shock and burn
incidents during repairs, parts invoices, refunds, card chargebacks and extended-warranty
insurance, as the shops, manufacturers and the offices around them produce them.
- atendimento: a counter work order (ordem de serviço: customer block, product, serial, IMEI
  for phones, warranty boxes, technician, pick-up by a relative), a manufacturer's SAC web chat
  (virtual assistant with a word name such as Aurora, Luz or Lia, then a human attendant shown by
  name or as "Atendente"; CPF, birth date, pick-up address), a WhatsApp export between the
  service centre's business account and a customer (the customer shown as a phone number or a
  saved name, the technician's van plate and phone), a speech-to-text call transcript (lower
  case, security questions), an RMA exchange e-mail thread (reverse logistics by Correios or a
  carrier's truck plate), a technicians' route sheet (ruled table in three rule styles) with the
  day's field log, a public complaint on a complaints website with the company's reply.
- juridico: a Procon complaint form (CIP) with the consumer, an optional attorney-in-fact and three
  suppliers' CNPJs, a small-claims petition (JEC) with the full qualification paragraph, an OCR-
  read judgement (names and words damaged as they stand, identifiers intact), a manufacturer's
  legal department weekly e-mail with the JEC portfolio as a +---+ table, Markdown or CSV, a
  settlement agreement (payment to an account, a random Pix key or the lawyer's account;
  witnesses), a letter appointing a preposto with the lawyer's instructions e-mail, an LGPD access
  request answered with the data held and portal access logs with IPs.
- saude: a work-accident report (CAT) of a technician shocked at a customer's home, an
  emergency-room record of a customer (or child) burned by an appliance back from repair, an
  internal EHS incident investigation (5 whys), an occupational-health roster of technicians
  (ASO / NR-10, CSV, TSV or ruled) with a new hire's registration record, a physician's report
  asking for urgent repair of a home oxygen concentrator / CPAP and the caregiver's e-mail, a
  technician's e-mail to HR with a transcribed medical certificate, a hearing-aid repair order.
- financeiro: a DANFE of parts and labour for an out-of-warranty repair (with the receipt stub),
  a cardholder's dispute form with the full card number and the acquirer's chargeback notice, a
  refund batch of art. 18 restitutions (CSV: TED accounts or Pix keys), an extended-warranty
  insurance claim notice, JSON-lines logs of a repair-quote payment page (a DEBUG line leaks the
  PAN), a statement of freelance technicians' fees (RPA) with accounts or Pix keys, a collection
  e-mail for an unpaid repair with the boleto and the customer's reply.

Conventions (the twentieth set's): PERSON covers the name only, never "Sr.", "Sra.", "Dr.",
"Dra.", "dona", "seu"; particles inside a name are part of it; "SURNAME, Given" is one span;
nicknames and first names alone are persons in any case (lower-case transcripts, ALL CAPS forms,
OCR damage). Staff named in the text (attendants, technicians, helpers, coordinators, analysts,
regulators, lawyers, judges, physicians, nurses, audiologists, HR and finance clerks) are persons;
logins ("sac.lgoulart", "ag_qcordovil", "fin.afaye"), virtual assistants ("Aurora", "Luz", "Lia"
as the bot's name), "Sistema", "Atendente" and business names used as chat senders are not.
Corporate e-mails of people are EMAIL_ADDRESS; role mailboxes (sac@, trocas@, juridico@,
financeiro@, rh@, assistencia@, privacidade@, contestacao@, relacionamento@, tesouraria@) are not
labelled. ADDRESS is street type + name + number + complement, or highway + km; bairro, city, UF
and CEP stay out (CEP is BR_CEP). The customer's address where a technician worked or was
injured is an ADDRESS (it is a person's home); companies' addresses (a manufacturer's seat in a
petition, a shop's address in a letterhead or a DANFE) are not labelled. Agency and account are
separate BANK_ACCOUNT spans; bank names and codes are not labelled. DATE_OF_BIRTH only for birth
dates; purchase, entry, accident, hearing, admission, exam and due dates are not.
PROFESSIONAL_ID includes the council acronym and UF or region (CRM/SP 123456, OAB/RJ 98.765,
COREN-PB 69527-TE, CREA-SP 5062345678, CRT-SP / CFT/CRT-SP for industrial technicians, CRFa 2-12345
for audiologists); RQE and CNES numbers are not labelled. PIX_KEY only for random (UUID) keys used
as Pix keys, a company's included (the shop's collection key); Pix keys that are an e-mail or a
phone take those labels. Every CNPJ written out is BR_CNPJ (numeric and the 2026 alphanumeric
form). Masked cards ("651359******7443", "final 4455") are not labelled; full PANs are CREDIT_CARD.
Decided here: IMEIs (15 digits, Luhn-valid, never CNS-valid), serial numbers, model codes, part
numbers, OS, RMA, order, protocol, sinistro, certificate and SUSEP process numbers, NF numbers,
NF-e access keys (44 digits) and authorisation protocols, boleto lines and "nosso número", NSU,
ARN, TID, Pix txid and end-to-end ids, CTPS numbers, CAT receipt numbers, APAC numbers and hearing-
aid serials are not labelled. A CPF typed with a dash only ("099272463-58") or spaced is BR_CPF.
Companies' 0800/4004 numbers are not labelled; every person's phone is PHONE_NUMBER (also a
neighbour's or a son's landline given as a fallback, and the technician's work mobile).

Names: Brazilian names of many origins (Portuguese common and regional, coined names such as
Thayslane, Jhenyffer, Kauanny, Maykon, Wemerson, Kleverson; Italian, German, Japanese, Lebanese,
Korean, Chinese, Haitian, Angolan, Senegalese, Bolivian, indigenous, Jewish, Polish), with at
least a quarter of the name words rare or invented (main() prints the share); names that are also
words (Rosa, Luz, Flor, Vitória, Aurora, Glória, Serena, Esperança, Estrela, Bento, Prudente,
Amado, Justo, Modesto, Leão, Branco) next to the same words as words ("seria prudente desligar o
aparelho", "a tela ficou em branco", "conta de luz", "vitória amarga", "sem esperança"), in
places (Presidente Prudente, Bento Gonçalves, Vitória, Santa Rosa, Boa Esperança, Aurora, Luz,
Jardim Aurora, Vila Rosa), in streets (Rua Bento Gonçalves, Rua Prudente de Morais, Rua Luz do
Sol, Av. Rosa e Silva, inside an ADDRESS) and in companies and brands (Bento Eletro Assistência
Técnica, Prudente Refrigeração, Rosa & Amado Eletrônicos, Glória Eletro Reparos, Magazine
Prudente, Casas Bento, Aurora Seguros, Vitória Garantia Estendida, Farmácia Luz), which are not
persons. Forms: full, ALL CAPS without accents, lower case, "SURNAME, GIVEN", first name alone,
nicknames.

Hard negatives (never labelled): IMEIs and serials, CNJ process numbers, 11-digit protocol and
"nosso número" values (all failing the CPF check) and a CPF quoted as invalid in the text (failing
it too), NF-e keys, boleto lines, ICD-10 codes (T75.4, W86, T23.2, X15, H90.3...), CBO and CNAE
codes, NCM codes, money, laws (Lei 8.078/1990, Lei 9.099/95, Lei 13.709/2018, Lei 11.419/2006,
Lei 12.741/2012, MP 2.200-2/2001, art. 1.275 CC), dates that are not birth dates, company names
containing surnames (Refrigeração Tenório Ltda, Eletro Nakamura ME, Haddad Celulares, Zanella
Eletrodomésticos, Eletrônica Quaresma & Filhos, Climatiza Saraiva).
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
SEED = 8383
OUT_NAME = "eightythird.jsonl"

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

# --------------------------------------------------------------------------- name pools
# RARE_* hold uncommon, regional or coined names; main() prints their share of PERSON words.

PT_F = ["Adriana", "Patrícia", "Fernanda", "Juliana", "Camila", "Aline", "Simone", "Cristiane", "Luciana",
        "Tatiane", "Priscila", "Gabriela", "Larissa", "Beatriz", "Mariana", "Sandra", "Cláudia", "Rosângela",
        "Eduarda", "Letícia", "Ana Paula", "Maria José", "Isabela", "Sabrina", "Viviane", "Márcia", "Regina",
        "Débora", "Vanessa", "Maria de Lourdes", "Sônia", "Eliana"]
RARE_F = ["Edileuza", "Gleiciane", "Rosilda", "Joscelaine", "Marinalva", "Deusimar", "Ivanilde", "Waldirene",
          "Suelany", "Thayslane", "Kauanny", "Jhenyffer", "Dulcirene", "Onézia", "Ereni", "Lucivânia", "Zilá",
          "Odaléia", "Clemilda", "Rosinete", "Gercilene", "Luzinete", "Jucimara", "Genoveva", "Eponina",
          "Nilzete", "Sulamita", "Djanira", "Quitéria", "Maelly", "Ryanne", "Francisquinha", "Adelvina",
          "Lindinalva", "Cremilda", "Yasmyn", "Edinalva", "Rayane Kelly"]
PT_M = ["Rafael", "Rodrigo", "Gustavo", "Thiago", "Bruno", "Diego", "Lucas", "Matheus", "Gabriel", "Vinícius",
        "Eduardo", "Ricardo", "Fábio", "Márcio", "Roberto", "Antônio", "José Carlos", "João Pedro", "Francisco",
        "Luís Fernando", "Murilo", "Heitor", "Arthur", "Gilberto", "Sebastião", "Paulo Roberto", "Anderson",
        "Everton", "Jorge", "Miguel", "Raimundo"]
RARE_M = ["Josenildo", "Edivaldo", "Cosme", "Damião", "Gecivaldo", "Adailton", "Claudionor", "Deoclécio",
          "Epaminondas", "Lindolfo", "Orlandino", "Rivaldo", "Ubiratan", "Valdemiro", "Zenóbio", "Alcimar",
          "Crispim", "Eudes", "Hélvio", "Jocimar", "Maykon", "Wemerson", "Jhonatan", "Davi Lucca", "Tibúrcio",
          "Nerivaldo", "Dejair", "Osmarino", "Gildásio", "Ronivon", "Elizeu", "Jucelino", "Aderbal", "Wanderlei",
          "Kleverson", "Ezequias", "Raimundo Nonato", "Genésio"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Ferreira", "Almeida", "Rocha", "Dias", "Monteiro",
          "Moreira", "Barros", "Fernandes", "Soares", "Cunha", "Batista", "Melo", "Farias", "Xavier", "Tavares",
          "Guimarães", "Borges", "Pacheco", "Macedo", "Carvalho", "Ribeiro", "Gomes", "Costa", "Martins"]
RARE_SUR = ["Tabosa", "Arcoverde", "Bezerril", "Espíndola", "Fontenele", "Gusmão", "Ibiapina", "Jucá", "Maranhão",
            "Nóbrega", "Quintanilha", "Rabelo", "Tenório", "Uchôa", "Valadares", "Ximenes", "Aragão", "Cordovil",
            "Dorneles", "Goulart", "Jatobá", "Laranjeira", "Mangueira", "Pestana", "Quaresma", "Rebouças",
            "Saraiva", "Tourinho", "Bessa", "Alcoforado", "Brennand", "Cajazeira", "Dantas Lobo", "Escóssia",
            "Furtado Leite", "Guaraná", "Holanda Cavalcanti", "Itapicuru", "Juvêncio", "Lacerda Bulcão"]
WORD_F = ["Rosa", "Luz", "Flor", "Vitória", "Aurora", "Glória", "Serena", "Esperança", "Estrela"]
WORD_M = ["Bento", "Prudente", "Amado", "Justo", "Modesto", "Leão"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Bento", "Amado", "Leão", "Flores", "Luz", "Vitória", "Cordeiro",
            "Coelho", "Raposo", "Barata", "Salgado", "Porto", "Pinheiro", "Aurora"]
NICK = {"José Carlos": "Zé Carlos", "Raimundo": "Mundinho", "Raimundo Nonato": "Nonato", "Francisco": "Chico",
        "Antônio": "Toninho", "Sebastião": "Tião", "Maria José": "Zezé", "Francisquinha": "Quinha",
        "Edinalva": "Nalva", "Luís Fernando": "Nando", "João Pedro": "JP", "Paulo Roberto": "Paulão",
        "Gecivaldo": "Geci", "Lindinalva": "Linda", "Valdemiro": "Miro", "Epaminondas": "Nondas",
        "Jucimara": "Ju", "Eduardo": "Dudu", "Maria de Lourdes": "Lurdinha", "Genoveva": "Veva"}
FOREIGN = {
    "it": (["Giuliana", "Loredana", "Marisa"], ["Gianluca", "Nereo", "Primo"],
           ["Pagliarini", "Zanella", "Basso", "Boscardin", "Tomasi", "Girardello", "Pizzolato"]),
    "de": (["Irmgard", "Hildegard", "Elke"], ["Egon", "Reinholdo", "Udo"],
           ["Schmitt", "Kuhn", "Weber", "Ruschel", "Hinkelmann", "Baumgärtner", "Dietrich"]),
    "jp": (["Harumi", "Keiko", "Yuri"], ["Massao", "Tadashi", "Shigueru"],
           ["Nakamura", "Higa", "Shimabukuro", "Okuma", "Fukuda", "Tanigawa"]),
    "ar": (["Samira", "Jamile", "Rania"], ["Habib", "Jamil", "Munir"],
           ["Saad", "Jabour", "Chaib", "Arbex", "Zogbi", "Hajjar"]),
    "kr": (["Seo-yeon", "Eun-ji"], ["Dong-hyun", "Min-jun"], ["Park", "Lee", "Kang", "Han"]),
    "cn": (["Mei", "Yan"], ["Wei", "Jun"], ["Wang", "Liu", "Zhang", "Huang"]),
    "ht": (["Nadège", "Wislande", "Fabiola"], ["Jean-Robert", "Wisly", "Dieunel"],
           ["Pierre-Louis", "Saint-Fleur", "Jean-Baptiste", "Desir", "Augustin"]),
    "ao": (["Ngueve", "Teresa Nzinga", "Luvualu"], ["Kalunga", "Ndombele", "Kianda"],
           ["Lutumba", "Mbemba", "Cahunga", "Sapalo"]),
    "sn": (["Awa", "Mariama", "Ndeye"], ["Modou", "Abdoulaye", "Babacar"], ["Mbaye", "Faye", "Sarr", "Thiam", "Cissé"]),
    "bo": (["Evangelina", "Nelly", "Zenobia"], ["Wilfredo", "Teodoro", "Nilo"],
           ["Mamani", "Condori", "Choque", "Huanca", "Callisaya"]),
    "in": (["Potyra", "Jaciara", "Moema"], ["Raoni", "Ubiratã", "Arapuã"], ["Terena", "Guajajara", "Pataxó", "Baniwa"]),
    "jw": (["Ester", "Miriam", "Sara"], ["Moisés", "Jacó", "Mendel"], ["Rosenbaum", "Feldman", "Szajnbok", "Goldfarb"]),
    "pl": (["Jadwiga", "Halina"], ["Kazimierz", "Stanislau"], ["Kowalczyk", "Nowak", "Zielinski", "Wróbel"]),
}
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in ("ht", "ao", "sn", "bo", "in", "jw", "pl"):
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Costa", "Rosa", "Luz", "Vitória", "Silva", "Aurora", "Cunha", "Mangueira", "Laranjeira"}
DO_SUR = {"Porto", "Nascimento", "Carmo"}
DOS_SUR = {"Santos", "Reis"}


def particle(surname: str) -> str:
    if surname in DA_SUR:
        return "da"
    if surname in DO_SUR:
        return "do"
    if surname in DOS_SUR:
        return "dos"
    return "de"


DDDS = ["11", "12", "13", "14", "15", "16", "17", "18", "19", "21", "22", "24", "27", "28", "31", "32", "34",
        "35", "38", "41", "42", "43", "44", "47", "48", "49", "51", "53", "54", "55", "61", "62", "63", "65",
        "67", "68", "69", "71", "73", "75", "77", "79", "81", "82", "83", "84", "85", "86", "87", "88", "91",
        "92", "93", "94", "95", "96", "97", "98", "99"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Estrada", "Praça",
                "Rodovia", "Rua", "Largo"]
STREET_NAMES = ["Barão de Mauá", "Rosa e Silva", "das Violetas", "Bento Gonçalves", "Prudente de Morais",
                "Aurora Boreal", "Doutor Epaminondas Tabosa", "Coronel Ubiratan Jucá", "Dona Quitéria Bessa",
                "Sete de Setembro", "Marechal Deodoro", "Tiradentes", "Luz do Sol", "Flor de Maio",
                "Padre Cícero", "José Bonifácio", "Treze de Maio", "dos Eletricistas", "das Oficinas",
                "Professor Lindolfo Rabelo", "Almirante Tamandaré", "Estrela Dalva", "Vitória Régia",
                "Santa Luzia", "Leão XIII", "Castro Alves", "Duque de Caxias", "Visconde de Pelotas",
                "Anita Garibaldi", "Irmã Dulce", "Chico Mendes", "Zumbi dos Palmares", "Tenente Crispim Gusmão",
                "Engenheiro Alcoforado", "do Comércio", "Beira Mar", "dos Ipês", "Guaranis"]
CITIES = [("Presidente Prudente", "SP"), ("Bento Gonçalves", "RS"), ("Vitória", "ES"), ("Santa Rosa", "RS"),
          ("Boa Esperança", "MG"), ("Aurora", "SC"), ("Campinas", "SP"), ("Sorocaba", "SP"), ("Bauru", "SP"),
          ("Santos", "SP"), ("Niterói", "RJ"), ("Petrópolis", "RJ"), ("Volta Redonda", "RJ"), ("Uberlândia", "MG"),
          ("Montes Claros", "MG"), ("Contagem", "MG"), ("Cascavel", "PR"), ("Ponta Grossa", "PR"),
          ("Blumenau", "SC"), ("Chapecó", "SC"), ("Caxias do Sul", "RS"), ("Passo Fundo", "RS"),
          ("Feira de Santana", "BA"), ("Ilhéus", "BA"), ("Caruaru", "PE"), ("Garanhuns", "PE"), ("Mossoró", "RN"),
          ("Campina Grande", "PB"), ("Juazeiro do Norte", "CE"), ("Imperatriz", "MA"), ("Teresina", "PI"),
          ("Arapiraca", "AL"), ("Aracaju", "SE"), ("Santarém", "PA"), ("Manaus", "AM"), ("Porto Velho", "RO"),
          ("Anápolis", "GO"), ("Cuiabá", "MT"), ("Campo Grande", "MS"), ("Taguatinga", "DF"), ("Luz", "MG")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN",
       "PB", "MT", "MS", "PI", "SE", "AL", "TO", "RO"]
BAIRROS = ["Centro", "Jardim Aurora", "Vila Rosa", "Parque Prudente", "Jardim das Flores", "Vila Esperança",
           "Bela Vista", "Santa Luzia", "Jardim Bento", "Cidade Nova", "Vila Industrial", "Alto da Glória",
           "Conjunto Habitacional Estrela", "Boa Vista", "Jardim América", "São Cristóvão"]
CIDS_SHOCK = ["T75.4", "W86", "W87", "T75.0", "W85"]
CIDS_BURN = ["T23.2", "T22.1", "T30.0", "T20.2", "T24.2", "T31.0", "T21.1", "X15", "X12", "T26.4"]
CIDS_OTHER = ["R07.4", "I49.9", "R55", "S61.0", "M54.5", "F43.0", "Z04.2", "R00.2", "S60.8", "H83.3", "H90.3"]

# --------------------------------------------------------------------------- devices and companies

BRANDS = ["Polaris", "Vórtice", "Lumina", "Hakone", "Brastérmica", "Electra Sul", "Kimura Eletro", "Nordex",
          "Tramontano", "Gelmax", "Siriema", "Zenit"]
PRODUCTS = [
    ("refrigerador frost free 480 L", "RF48", "compressor não desliga, gela demais embaixo e nada em cima"),
    ("refrigerador duplex 375 L", "DX37", "placa de potência queimada, cheiro de queimado"),
    ("lavadora 12 kg", "LV12", "não centrifuga, erro E21 no painel"),
    ("lava e seca 11 kg", "LS11", "vaza água pela porta e faz barulho de rolamento"),
    ("micro-ondas 30 L", "MO30", "faísca dentro da cavidade, magnetron"),
    ("smart TV 55\"", "TV55", "tela com listras verticais e depois tela preta"),
    ("smart TV 43\"", "TV43", "liga e desliga sozinha, backlight"),
    ("ar-condicionado split 12.000 BTU", "SP12", "não gela, pressão baixa, suspeita de vazamento de gás"),
    ("fogão 5 bocas com acendimento automático", "FG5A", "acendimento dispara sozinho, choque na mesa"),
    ("lava-louças 14 serviços", "LL14", "não aquece, resistência aberta"),
    ("air fryer 5,5 L", "AF55", "não liga, termofusível"),
    ("notebook 15,6\"", "NB15", "não dá vídeo, placa-mãe"),
    ("aspirador robô", "AR02", "não volta para a base, bateria estufada"),
    ("forno elétrico 44 L", "FE44", "termostato travado, carcaça esquenta muito"),
    ("cooktop de indução 4 zonas", "CI4Z", "erro E5 e cheiro de queimado"),
    ("bebedouro de coluna", "BC20", "dá choque na torneira"),
    ("secadora 10 kg", "SC10", "não esquenta, sensor de umidade"),
    ("purificador de água", "PA05", "vazamento na base, não gela"),
]
PHONES = [("smartphone Zenit Z8 128 GB", "display trincado e touch fantasma"),
          ("smartphone Hakone H5 Pro", "bateria estufada, aquece carregando"),
          ("smartphone Polaris P20", "não carrega, conector de carga oxidado"),
          ("smartphone Nordex N11 Lite", "reinicia sozinho, câmera traseira sem foco"),
          ("tablet Lumina Tab 10", "não liga após atualização"),
          ("smartwatch Siriema Fit 3", "não pareia, tela apagada")]
SHOPS = ["Bento Eletro Assistência Técnica", "Refrigeração Tenório Ltda", "Prudente Refrigeração e Serviços",
         "Rosa & Amado Eletrônicos", "Eletro Nakamura ME", "Haddad Celulares", "Zanella Eletrodomésticos Ltda",
         "TecnoLuz Assistência", "Aurora Serviços Técnicos", "Assistec Flor do Vale", "Refrigeração Estrela Polar",
         "Conserta Já Pestana", "Eletrônica Quaresma & Filhos", "Leão Assistência Autorizada",
         "Glória Eletro Reparos", "Climatiza Saraiva"]
MAKERS = ["Polaris Eletrodomésticos do Brasil S.A.", "Vórtice Eletrônica da Amazônia Ltda", "Lumina Brasil Ltda",
          "Hakone Electronics Brasil Ltda", "Brastérmica Indústria e Comércio S.A.", "Electra Sul Eletrodomésticos S.A.",
          "Kimura Eletro do Brasil Ltda", "Nordex Tecnologia Ltda", "Gelmax Refrigeração S.A.", "Zenit Mobile do Brasil Ltda"]
STORES = ["Magazine Prudente", "Casas Bento", "Lojas Amado", "Eletro Rosa Magazine", "Ponto da Luz Móveis",
          "Mega Saraiva Eletro", "Lojas Estrela", "Vitória Magazine"]
INSURERS = ["Aurora Seguros S.A.", "Vitória Garantia Estendida", "Amado & Leão Corretora de Seguros",
            "Esperança Seguradora S.A.", "Rebouças Seguros", "Porto Luz Seguros"]
WORD_USES = ["seria prudente aguardar o laudo", "a tela ficou em branco", "a luz do painel piscando",
             "deu luz verde para a troca", "conta de luz veio alta", "carta branca do gerente",
             "virou uma vitória de Pirro", "a rosa dos ventos do mapa de rotas", "flor da idade",
             "é justo trocar o produto", "fiquei esperando até a aurora", "sem esperança de conserto"]


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
        if self.given.startswith(("Maria ", "Ana ", "Teresa N", "Davi L", "Raimundo N")):
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
        return self.full.lower()

    @property
    def plain(self) -> str:
        return fold(self.full)

    @property
    def inverted(self) -> str:
        sur = " ".join(s for s in self.surnames if s not in PARTICLES)
        return fold(f"{sur}, {self.given}").upper()

    @property
    def inv_title(self) -> str:
        return f"{fold(self.last).upper()}, {self.given}"

    @property
    def nick(self) -> str:
        return NICK.get(self.given, NICK.get(self.first, self.first))

    @property
    def o(self) -> str:
        return "a" if self.female else "o"

    @property
    def sr(self) -> str:
        return "Sra." if self.female else "Sr."

    @property
    def dona(self) -> str:
        return "dona" if self.female else "seu"


def name_form(g: "Gen", p: Person, forms: list[str] | None = None) -> str:
    form = g.pick(forms or ["full", "full", "short", "caps", "low", "first"])
    return {"full": p.full, "short": p.short, "caps": p.caps, "low": p.low, "plain": p.plain,
            "inverted": p.inverted, "inv_title": p.inv_title, "first": p.first, "last": p.last,
            "nick": p.nick, "lowfirst": p.first.lower(), "capsshort": fold(p.short).upper(),
            "lowshort": p.short.lower()}[form]


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

    def hexs(self, n: int, upper: bool = False) -> str:
        s = "".join(self.rng.choice("0123456789abcdef") for _ in range(n))
        return s.upper() if upper else s

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
        if r < 0.40:
            return self.pick(RARE_SUR)
        if r < 0.53:
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
                if s not in surnames:
                    surnames.append(s)
            if rng.random() < 0.3:
                pos = rng.randint(0, len(surnames) - 1)
                surnames.insert(pos, particle(surnames[pos]))
            if not female and rng.random() < 0.05:
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
                          f"{l}.{f}", f"{f}.{l}{self.rng.randint(70, 99)}", f"{f}{l[:4]}", f"{f[0]}.{l}"])
        domain = domain or self.pick(["gmail.com", "gmail.com", "gmail.com", "hotmail.com", "yahoo.com.br",
                                      "outlook.com", "bol.com.br", "uol.com.br", "icloud.com", "terra.com.br"])
        return f"{user}@{domain}"

    def corp_mail(self, p: Person, dom: str) -> str:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower())
        l = re.sub(r"[^a-z]", "", fold(p.last).lower())
        return self.pick([f"{f}.{l}@{dom}", f"{f[0]}{l}@{dom}", f"{f}@{dom}"])

    # ----------------------------------------------------------------- identifiers
    def cpf_digits(self) -> str:
        while True:
            b = self.d(9)
            n = b + cpf_dv(b)
            if len(set(n)) > 1:
                return n

    def cpf(self, style: str | None = None) -> str:
        n = self.cpf_digits()
        style = style or self.pick(["dot", "dot", "dot", "raw", "dash"])
        return {"dot": fmt_cpf(n), "raw": n, "dash": f"{n[:9]}-{n[9:]}",
                "sp": f"{n[:3]} {n[3:6]} {n[6:9]} {n[9:]}"}[style]

    def bad_cpf(self, style: str = "raw") -> str:
        n = self.neg(11)
        return fmt_cpf(n) if style == "dot" else n

    def cnpj(self, style: str = "dot", alnum: bool | None = None) -> str:
        alnum = self.chance(0.2) if alnum is None else alnum
        if alnum:
            b = self.alnum(8) + self.pick(["0001", "0001", "A001", "0B01"])
        else:
            b = self.d(8) + self.pick(["0001", "0001", "0001", "0002", "0003"])
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
        style = style or self.pick(["par", "par", "plus", "plain", "raw", "dash", "nospace"])
        return {"par": f"({ddd}) {h}-{t}", "plus": f"+55 {ddd} {h}-{t}", "plain": f"{ddd} {h}-{t}",
                "e164": f"+55{ddd}{local}", "raw": f"{ddd}{local}", "dash": f"{ddd}-{h}-{t}",
                "sp": f"{ddd} {h} {t}", "nospace": f"({ddd}){h}-{t}", "zero": f"0{ddd} {h}-{t}"}[style]

    def card(self, spaced: bool = True, brand: str | None = None) -> str:
        b = brand or self.pick(["4", "5", "5", "6"])
        b += self.d(15 - len(b))
        n = b + luhn_dv(b)
        return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if spaced else n

    def masked_card(self) -> str:
        return self.pick([f"**** **** **** {self.d(4)}", f"{self.d(4)} **** **** {self.d(4)}",
                          f"final {self.d(4)}", f"{self.d(6)}******{self.d(4)}"])

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
        body = str(self.rng.randint(1, 9)) + self.d(self.rng.randint(4, 8))
        return f"{body}-{self.pick('0123456789X')}" if dv else body

    def bank(self) -> str:
        return self.pick(["001 Banco do Brasil", "104 Caixa", "237 Bradesco", "341 Itaú", "033 Santander",
                          "260 Nu Pagamentos", "077 Inter", "756 Sicoob", "748 Sicredi", "041 Banrisul",
                          "336 C6", "290 PagSeguro", "323 Mercado Pago"])

    def ip(self) -> str:
        if self.chance(0.1):
            return f"2804:{self.hexs(4)}:{self.hexs(4)}:{self.hexs(2)}::{self.hexs(3)}"
        first = self.pick([177, 179, 186, 187, 189, 191, 200, 201, 138, 152, 170, 45, 131, 143, 168])
        return f"{first}.{self.rng.randint(0, 255)}.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}"

    def street_parts(self) -> tuple[str, str, str, str]:
        t = self.pick(STREET_TYPES)
        name = self.pick(STREET_NAMES)
        if t == "Rodovia":
            name = self.pick(["SP-270", "BR-116", "RS-122", "MG-050", "BR-101", "PR-445"])
            return t, name, f"km {self.ri(2, 480)}", self.pick(["", "chácara 4", "sítio Boa Vista", "galpão 2"])
        num = str(self.rng.randint(3, 3999)) if self.chance(0.92) else "s/n"
        comp = self.pick(["", "", "", f"apto {self.rng.randint(11, 1204)}", f"casa {self.rng.randint(1, 9)}",
                          f"bloco {self.pick('ABCDE')} apto {self.rng.randint(11, 408)}", "fundos",
                          f"ap. {self.rng.randint(11, 304)}", f"qd {self.rng.randint(1, 40)} lt {self.rng.randint(1, 30)}",
                          f"torre {self.ri(1, 4)} ap {self.ri(11, 190)}", "casa 2 (portão verde)"])
        return t, name, num, comp

    def address(self, style: str = "text") -> str:
        t, name, num, comp = self.street_parts()
        if t == "Rodovia":
            return f"{t} {name}, {num}" + (f", {comp}" if comp else "")
        if style == "caps":
            return fold(f"{t} {name}, {num}" + (f", {comp}" if comp else "")).upper()
        if style == "low":
            abbr = {"Rua": "r", "Avenida": "av", "Travessa": "tv", "Alameda": "al", "Estrada": "estr"}
            s = f"{abbr.get(t, t)} {name} " + (num if num != "s/n" else "sn") + (f" {comp}" if comp else "")
            return s.lower()
        if style == "spoken":
            s = f"{t} {name} " + ("sem número" if num == "s/n" else f"número {num}") + (f" {comp}" if comp else "")
            return s.lower()
        abbr = {"Rua": "R.", "Avenida": "Av.", "Travessa": "Tv.", "Alameda": "Al.", "Estrada": "Estr."}
        if self.chance(0.3) and t in abbr:
            t = abbr[t]
        sep = self.pick([", ", ", nº ", " ", ", n. "]) if num != "s/n" else ", "
        return f"{t} {name}{sep}{num}" + (self.pick([", ", " - ", " "]) + comp if comp else "")

    def city(self) -> tuple[str, str]:
        return self.pick(CITIES)

    def dob(self, fmt: str | None = None, lo: int = 1938, hi: int = 2006) -> str:
        dd, mm, yy = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(lo, hi)
        fmt = fmt or self.pick(["br", "br", "br", "iso", "short", "long", "dash", "nopad"])
        return fmt_date(dd, mm, yy, fmt)

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        y = year or self.pick([2024, 2025, 2025, 2025])
        return fmt_date(self.rng.randint(1, 28), self.rng.randint(1, 12), y, fmt)

    def hm(self) -> str:
        return f"{self.rng.randint(7, 21):02d}:{self.rng.randint(0, 59):02d}"

    def hms(self) -> str:
        return f"{self.rng.randint(0, 23):02d}:{self.rng.randint(0, 59):02d}:{self.rng.randint(0, 59):02d}"

    def times(self, n: int, lo: int = 7 * 3600, hi: int = 21 * 3600) -> list[str]:
        secs = sorted(self.rng.sample(range(lo, hi), n))
        return [f"{x // 3600:02d}:{x % 3600 // 60:02d}" for x in secs]

    def money(self, lo: int = 20, hi: int = 9000) -> str:
        v = self.rng.randint(lo * 100, hi * 100)
        r, c = divmod(v, 100)
        return f"{r:,}".replace(",", ".") + f",{c:02d}"

    def brl(self, lo: int = 20, hi: int = 9000) -> str:
        return "R$ " + self.money(lo, hi)

    def cnj(self, seg: str | None = None) -> str:
        seg = seg or self.pick(["8.26", "8.16", "8.05", "8.19", "8.13", "8.21", "8.24", "8.17", "8.06", "8.09"])
        return f"{self.d(7)}-{self.d(2)}.{self.rng.randint(2022, 2025)}.{seg}.{self.d(4)}"

    def protocol(self) -> str:
        return self.pick([f"{self.rng.randint(2024, 2025)}{self.d(8)}", self.neg(11), f"{self.d(3)}.{self.d(3)}.{self.d(3)}",
                          f"#{self.d(9)}", self.neg(12), f"SAC-{self.d(7)}", f"{self.d(4)}.{self.d(4)}.{self.d(3)}"])

    def os_num(self) -> str:
        return self.pick([f"OS {self.d(6)}", f"OS-{self.ri(2024, 2025)}-{self.d(5)}", f"O.S. nº {self.d(5)}",
                          f"OS {self.d(4)}/{self.ri(24, 25)}"])

    def imei(self) -> str:
        while True:
            b = self.pick(["35", "35", "86", "35", "01"]) + self.d(12)
            n = b + luhn_dv(b)
            if not cns_ok(n):
                return n

    def serial(self, model: str = "") -> str:
        return self.pick([f"{model}{self.alnum(2)}{self.d(8)}", f"{self.d(2)}{self.alnum(3)}{self.d(7)}",
                          f"{self.alnum(4)}{self.d(6)}", f"{self.alnum(1)}{self.d(10)}",
                          f"BR{self.d(2)}{self.alnum(2)}{self.d(6)}"])

    def nfe_key(self) -> str:
        k = self.d(44)
        return " ".join(k[i:i + 4] for i in range(0, 44, 4)) if self.chance(0.6) else k

    def boleto(self) -> str:
        return (f"{self.d(5)}.{self.d(5)} {self.d(5)}.{self.d(6)} {self.d(5)}.{self.d(6)} {self.d(1)} {self.d(14)}")

    def council(self, kind: str = "CRM", uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.rng.randint(1000, 259999)
        dotted = f"{n:,}".replace(",", ".")
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} {n}", f"OAB-{uf} {n}", f"OAB/{uf} nº {dotted}"])
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {dotted}-ENF", f"COREN-{uf} {n}-TE", f"COREN/{uf} {n}-AE"])
        if kind == "CREA":
            return self.pick([f"CREA-{uf} {self.d(10)}", f"CREA/{uf} {n}/D", f"CREA-{uf} {n}"])
        if kind == "CRT":
            return self.pick([f"CRT-{uf} {self.d(11)}", f"CFT/CRT-{uf} {n}"])
        if kind == "CRFa":
            return f"CRFa {self.ri(1, 9)}-{self.d(5)}"
        if kind == "CRP":
            return f"CRP {self.ri(1, 23):02d}/{self.d(5)}"
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dotted}", f"CRM/{uf} {dotted}"])


def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def fmt_date(dd: int, mm: int, yy: int, fmt: str) -> str:
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}", "compact": f"{yy}{mm:02d}{dd:02d}",
            "short": f"{dd:02d}/{mm:02d}/{yy % 100:02d}", "long": f"{dd} de {MONTHS[mm - 1]} de {yy}",
            "dash": f"{dd:02d}-{mm:02d}-{yy}", "nopad": f"{dd}/{mm}/{yy}", "dot": f"{dd:02d}.{mm:02d}.{yy}",
            "caps": f"{dd} DE {fold(MONTHS[mm - 1]).upper()} DE {yy}"}[fmt]


OCR_LETTERS = [("m", "rn"), ("rn", "m"), ("d", "cl"), ("e", "c"), ("í", "i"), ("ã", "a"), ("ç", "c"),
               ("é", "e"), ("I", "l"), ("n", "ri"), ("o", "ó"), ("A", "Á"), ("i", "í"), ("l", "I")]


def ocr(s: str, g: Gen, rate: float = 0.35) -> str:
    """One or two OCR letter confusions (names, words); identifiers are never damaged."""
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
        a (value, None) tuple or a plain value is text; a Doc is appended with its spans."""
        cursor = 0
        for m in MARK.finditer(template):
            self.t(template[cursor:m.start()])
            v = vals[m.group(1)]
            if isinstance(v, Doc):
                self.add(v)
            elif isinstance(v, tuple):
                self.e(v[0], v[1])
            else:
                self.t(str(v))
            cursor = m.end()
        self.t(template[cursor:])
        return self

    def add(self, other: "Doc") -> "Doc":
        base = len(self.text)
        self.text += other.text
        self.spans += [{"start": s["start"] + base, "end": s["end"] + base, "label": s["label"]} for s in other.spans]
        return self

    def cell(self, s: str, width: int, label: str | None = None, right: bool = False) -> "Doc":
        s = s[:width] if label is None else s
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


def table_ruled(doc: Doc, cols: list[str], rows: list[list[tuple]], char: str = "-") -> None:
    """Fixed-width table with a ruler under the header (and +---+ borders when char == '+')."""
    widths = [max([len(c)] + [len(r[k][0]) for r in rows]) for k, c in enumerate(cols)]
    if char == "+":
        rule = "+" + "+".join("-" * (w + 2) for w in widths) + "+\n"
        doc.t(rule + "| " + " | ".join(c.ljust(w) for c, w in zip(cols, widths)) + " |\n" + rule)
        for r in rows:
            doc.t("| ")
            for k, ((v, lab), w) in enumerate(zip(r, widths)):
                if k:
                    doc.t(" | ")
                doc.cell(v, w, lab)
            doc.t(" |\n")
        doc.t(rule)
        return
    doc.t("  ".join(c.ljust(w) for c, w in zip(cols, widths)).rstrip() + "\n")
    doc.t("  ".join(char * w for w in widths) + "\n")
    for r in rows:
        line = Doc()
        for k, ((v, lab), w) in enumerate(zip(r, widths)):
            if k:
                line.t("  ")
            if k == len(r) - 1:
                line.e(v, lab)
            else:
                line.cell(v, w, lab)
        doc.add(line)
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


def table_md(doc: Doc, cols: list[str], rows: list[list[tuple]]) -> None:
    doc.t("| " + " | ".join(cols) + " |\n|" + "|".join("---" for _ in cols) + "|\n")
    for r in rows:
        doc.t("|")
        for v, lab in r:
            doc.t(" ")
            if v:
                doc.e(v, lab)
            doc.t(" |")
        doc.t("\n")


def login(p: Person, prefix: str = "") -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return prefix + f"{f[0]}{l}"


def product(g: Gen) -> tuple[str, str, str, str]:
    """(description, brand, model, defect) of an appliance or a phone."""
    if g.chance(0.3):
        desc, defect = g.pick(PHONES)
        brand = desc.split()[1]
        return desc, brand, desc.split()[2], defect
    desc, code, defect = g.pick(PRODUCTS)
    brand = g.pick(BRANDS)
    return f"{desc} {brand}", brand, f"{code}{g.pick(['', 'X', 'B', '-BR', 'G2'])}{g.ri(1, 9)}", defect


def is_phone(desc: str) -> bool:
    return desc.startswith(("smartphone", "tablet", "smartwatch"))


# =========================================================================== atendimento

def at_os(g: Gen) -> Doc:
    """Work order (ordem de serviço) of an authorised service centre, a form printed at the counter."""
    doc = Doc()
    shop = g.pick(SHOPS)
    c = g.person()
    desc, brand, model, defect = product(g)
    city, uf = g.city()
    phone_dev = is_phone(desc)
    doc.f("«shop»\nAutorizada «b» · CNPJ «cnpj»«addr»\nSAC do fabricante: «sac»\n\n",
          shop=fold(shop).upper() if g.chance(0.5) else shop, b=brand, cnpj=(g.cnpj(), "BR_CNPJ"),
          addr=g.pick(["", "", f" · Av. Sete de Setembro, {g.ri(10, 2000)} - loja {g.ri(1, 9)}", f" · {city}/{uf}"]),
          sac=g.pick([f"0800 {g.d(3)} {g.d(4)}", f"4004-{g.d(4)}", f"0800-{g.d(3)}-{g.d(4)}"]))
    doc.f("ORDEM DE SERVIÇO Nº «os»          Entrada: «d» «h»\n«rule»\n", os=g.d(6), d=g.date("br"), h=g.hm(), rule="=" * 60)
    name = g.pick([c.caps, c.full, c.caps])
    doc.f("Cliente: «n»\nCPF: «cpf»      RG: «rg»      Nasc.: «dob»\n", n=P(name), cpf=(g.cpf(), "BR_CPF"),
          rg=(g.rg(), "BR_RG") if g.chance(0.6) else "-", dob=(g.dob("br"), "DATE_OF_BIRTH") if g.chance(0.7) else "__/__/____")
    addr = g.address("caps" if name.isupper() and g.chance(0.6) else "text")
    doc.f("End.: «a»      Bairro: «b»\nCidade: «c»/«uf»      CEP: «cep»\n", a=(addr, "ADDRESS"), b=g.pick(BAIRROS),
          c=city, uf=uf, cep=(g.cep(), "BR_CEP"))
    doc.f("Fone: «t1»   Fone 2: «t2»\nE-mail: «em»\n«rule»\n", t1=(g.phone(), "PHONE_NUMBER"),
          t2=(g.phone(mobile=g.chance(0.3)), "PHONE_NUMBER") if g.chance(0.7) else "",
          em=(g.email(c), "EMAIL_ADDRESS") if g.chance(0.8) else "não possui", rule="-" * 60)
    doc.f("Produto: «p»\nModelo: «m»      Nº série: «sn»\n", p=desc, m=model, sn=g.serial(model[:4]))
    if phone_dev:
        doc.f("IMEI 1: «i1»   IMEI 2: «i2»\nSenha de desbloqueio informada: «pw»\n", i1=g.imei(), i2=g.imei(),
              pw=g.pick(["não", "sim (padrão L)", "0000 (cliente removeu)", "não informou"]))
    warranty = g.pick(["( X ) garantia fábrica   (   ) garantia estendida   (   ) fora de garantia",
                       "(   ) garantia fábrica   ( X ) garantia estendida   (   ) fora de garantia",
                       "(   ) garantia fábrica   (   ) garantia estendida   ( X ) fora de garantia"])
    doc.f("NF de compra: «nf» de «dnf» — «loja»\n«w»\n", nf=f"{g.d(3)}.{g.d(3)}.{g.d(3)}", dnf=g.date("br"), loja=g.pick(STORES), w=warranty)
    doc.f("Defeito reclamado: «dfc»«rep»\nEstado/acessórios: «est»\n", dfc=defect,
          rep=g.pick(["", "", f". Cliente informa que é a {g.pick(['segunda', 'terceira'])} vez que o defeito aparece (OS anterior {g.d(6)})."]),
          est=g.pick(["riscos na lateral, sem acessórios", "com cabo e controle", "amassado na porta (cliente ciente)",
                      "sem carregador, película trincada", "embalagem original"]))
    att, tec = g.person(), g.person()
    doc.f("Atendente: «a»      Técnico: «t»\n", a=P(name_form(g, att, ["first", "full", "short"])),
          t=P(name_form(g, tec, ["full", "short", "first"])))
    doc.f("Orçamento: «orc»      Previsão: «prev»\n\nLaudo: «laudo»\n",
          orc=g.pick(["em garantia (sem custo)", g.brl(90, 1900), "aguardando peça", g.brl(60, 400) + " (taxa de visita)"]),
          prev=g.date("br"), laudo=g.pick(["constatado defeito na placa principal, peça solicitada ao fabricante (pedido " + g.d(8) + ")",
                                          "teste de bancada ok após troca do termostato", "oxidação por líquido — perda de garantia",
                                          "aguardando análise do posto", "compressor travado, solicitado laudo para troca"]))
    doc.f("\nDeclaro estar de acordo com as condições acima. Produtos não retirados em 90 dias serão descartados (art. 1.275 CC).\n"
          "Ass. cliente: ______________________      «d»\n", d=g.date("br"))
    if g.chance(0.5):
        r = g.relative(c)
        doc.f("Retirado por: «r»  RG «rg»  CPF «cpf»  em «d»\n", r=P(g.pick([r.full, r.caps])), rg=(g.rg(), "BR_RG"),
              cpf=(g.cpf(), "BR_CPF"), d=g.date("br"))
    return doc


def at_sac_chat(g: Gen) -> Doc:
    """A manufacturer's SAC web chat: virtual assistant first, then a named human attendant."""
    doc = Doc()
    brand = g.pick(BRANDS)
    bot = g.pick(["Aurora", "Lia", "Bia", "Polly", "Vic", "Luz"])
    c = g.person()
    att = g.person(female=g.chance(0.6))
    desc, _, model, defect = product(g)
    ts = g.times(14, 8 * 3600, 18 * 3600)
    cpf = g.cpf(g.pick(["raw", "dot", "dash"]))
    doc.f("Chat SAC «b» · protocolo «p» · «d»\nVisitante: IP «ip» · «ua» · origem: «o»\n\n", b=brand, p=g.protocol(), d=g.date("br"),
          ip=(g.ip(), "IP_ADDRESS"), ua=g.pick(["Chrome 124 / Android", "Safari / iOS 17", "Edge / Windows 11", "Samsung Internet"]),
          o=g.pick(["/suporte/garantia", "/fale-conosco", "app " + brand, "/assistencia-tecnica"]))
    doc.f("[«t»] «bot» (assistente virtual): Oi! Eu sou a «bot», assistente virtual da «b». Para começar, digite o CPF do titular da compra.\n",
          t=ts[0], bot=bot, b=brand)
    doc.f("[«t»] Você: «cpf»\n", t=ts[1], cpf=(cpf, "BR_CPF"))
    if g.chance(0.6):
        doc.f("[«t»] «bot» (assistente virtual): Para sua segurança, informe sua data de nascimento (dd/mm/aaaa).\n[«t»] Você: «dob»\n",
              t=ts[1], bot=bot, dob=(g.dob(g.pick(["br", "br", "nopad", "short"])), "DATE_OF_BIRTH"))
    doc.f("[«t»] «bot» (assistente virtual): Encontrei um cadastro em nome de «n». É você?\n", t=ts[2], bot=bot,
          n=P(g.pick([c.caps, c.full, c.first.upper()])))
    doc.f("[«t»] Você: sim. «m»\n", t=ts[3], m=g.pick([f"meu {desc} ta com defeito de novo. {defect}",
                                                      f"quero falar com atendente, o {desc} voltou da assistencia e continua igual",
                                                      f"atendente por favor. ja é a terceira vez q levo na autorizada"]))
    doc.f("[«t»] «bot» (assistente virtual): Entendi. Vou transferir você para um especialista. Tempo estimado: «k» min.\n",
          t=ts[4], bot=bot, k=g.ri(2, 25))
    an = name_form(g, att, ["first", "first", "short"])
    spk = V("Atendente") if g.chance(0.5) else P(an)
    doc.f("[«t»] Sistema: «a» entrou na conversa.\n", t=ts[5], a=P(an))
    doc.f("[«t»] «a»: Olá, «cn»! Meu nome é «a2», tudo bem? Vi aqui o histórico: «k» ordens de serviço para o mesmo produto. "
          "Pode me confirmar o número de série que fica na etiqueta?\n",
          t=ts[6], a=spk, cn=P(c.first), a2=P(att.first), k=g.ri(2, 3))
    doc.f("[«t»] Você: «sn»«imei»\n", t=ts[7], sn=g.serial(model[:4]),
          imei=(f" e o imei {g.imei()}" if is_phone(desc) else ""))
    doc.f("[«t»] «a»: Obrigad«o». Como o vício não foi sanado em 30 dias (CDC art. 18, § 1º), você pode escolher: troca por outro igual, "
          "abatimento proporcional ou restituição do valor pago. O que prefere?\n", t=ts[8], a=spk, o=att.o)
    doc.f("[«t»] Você: troca. mas quero que retirem aqui em casa, «w»\n", t=ts[9],
          w=g.pick(["é pesado e não tenho carro", "moro no 4º andar sem elevador", "não confio mais na autorizada daqui"]))
    doc.f("[«t»] «a»: Claro. Confirma o endereço de coleta?\n", t=ts[10], a=spk)
    doc.f("[«t»] Você: «addr» «bairro» «cep»«comp»\n", t=ts[11], addr=(g.address(g.pick(["low", "text"])), "ADDRESS"),
          bairro=g.pick(BAIRROS).lower(), cep=(g.cep(), "BR_CEP"), comp=g.pick(["", " ponto de ref: ao lado da padaria Estrela", " casa de esquina"]))
    tel = g.phone()
    doc.f("[«t»] «a»: Anotado. A transportadora liga antes no «tel», certo? O termo de troca vai para «em».\n",
          t=ts[12], a=spk, tel=(tel, "PHONE_NUMBER"), em=(g.email(c), "EMAIL_ADDRESS"))
    doc.f("[«t»] Você: certo. obrigad«o»\n\nAvalie este atendimento: ☆☆☆☆☆\nAtendimento encerrado por «a» (login «l»).\n",
          t=ts[13], o=c.o, a=P(att.short), l=login(att, "sac."))
    return doc


def at_visita(g: Gen) -> Doc:
    """WhatsApp export between the service centre's business account and a customer (in-home visit)."""
    doc = Doc()
    shop = g.pick(SHOPS)
    c = g.person()
    tec = g.person(female=False)
    desc, brand, model, defect = product(g)
    while is_phone(desc):
        desc, brand, model, defect = product(g)
    d = g.date("br")
    ts = g.times(12)
    kind = g.pick([0, 0, 1, 2, 3])
    cphone = g.phone("plus")

    def cs() -> Doc:
        if kind == 0:
            return Doc().e(cphone, "PHONE_NUMBER")
        if kind == 1:
            return Doc().e(c.full, "PERSON")
        if kind == 2:
            return Doc().e(c.short, "PERSON")
        return Doc().e(c.first, "PERSON").t(" " + g.pick(["Cliente", "OS", "Geladeira"]))
    csd = cs()

    def line(i, who, body: Doc):
        doc.t(f"{d} {ts[i]} - ")
        doc.add(who)
        doc.t(": ")
        doc.add(body)
        doc.t("\n")
    me = Doc().t(shop)
    line(0, me, Doc().f("Bom dia! Aqui é da «s», autorizada «b». Recebemos a OS «os» do seu «p» para atendimento em domicílio. "
                        "Podemos passar amanhã entre «h1» e «h2»?", s=shop, b=brand, os=g.d(6), p=desc, h1=g.pick(["8h", "9h", "13h"]),
                        h2=g.pick(["12h", "17h", "18h"])))
    line(1, csd, Doc().t(g.pick(["bom dia pode sim", "Bom dia! pode sim, vou estar em casa", "pode. mas so depois das 10"])))
    line(2, me, Doc().t("Perfeito. Confirma pra mim o endereço completo e um ponto de referência?"))
    line(3, csd, Doc().f("«a» «b», «r»«cep»", a=(g.address(g.pick(["low", "text", "low"])), "ADDRESS"), b=g.pick(BAIRROS).lower(),
                         r=g.pick(["perto do mercado Estrela", "em frente a igreja", "portao marrom", "do lado da Farmácia Luz",
                                   "atras do posto Bento"]), cep=Doc().t(" cep ").e(g.cep(), "BR_CEP")))
    line(4, me, Doc().f("Obrigado! E um telefone fixo ou de outra pessoa, caso não atenda?"))
    line(4, csd, Doc().f("«t» do meu «r»", t=(g.phone(mobile=g.chance(0.4)), "PHONE_NUMBER"), r=g.pick(["vizinho", "filho", "trabalho"])))
    line(5, me, Doc().f("Anotado! O técnico «t» vai no carro da empresa, «car» placa «pl». Ele vai pedir um documento com foto.",
                        t=P(name_form(g, tec, ["first", "short", "full"])), car=g.pick(["Fiorino branca", "Saveiro prata", "Kangoo", "Strada"]),
                        pl=(g.plate(), "LICENSE_PLATE")))
    line(6, csd, Doc().f("ok. a nota ta no nome do meu «rel», «rn», cpf «cpf». precisa?",
                         rel=g.pick(["marido", "filho", "pai", "genro"]), rn=P(g.relative(c, False).full), cpf=(g.cpf(), "BR_CPF")))
    line(7, me, Doc().t("Não precisa, a garantia acompanha o produto. Só deixe a nota separada."))
    line(8, csd, Doc().f("«w». {defect}".replace("{defect}", defect),
                         w=g.pick(["ele ta fazendo barulho e pingando", "ja é a segunda vez", "foi comprado faz 5 meses"])))
    line(9, me, Doc().f("Entendido. Se precisar falar direto com o técnico: «tt»", tt=(g.phone(), "PHONE_NUMBER")))
    if g.chance(0.4):
        line(10, csd, Doc().t(g.pick(["👍", "obrigada" if c.female else "obrigado", "valeu", "ok"])))
    line(11, me, Doc().f("<Mídia oculta>" if g.chance(0.5) else "Visita confirmada. Qualquer imprevisto avise por aqui. «w»",
                         w=g.pick(["Seria prudente desligar o aparelho da tomada até a visita.", "Tenha um ótimo dia!",
                                   "Deixe o acesso livre à tomada, por favor."])))
    return doc


def at_call(g: Gen) -> Doc:
    """Speech-to-text transcript of a call to the manufacturer's 0800 (lower case, numbers as digits)."""
    doc = Doc()
    brand = g.pick(BRANDS)
    c = g.person()
    att = g.person()
    desc, _, model, defect = product(g)
    t = 3
    def line(who: str, body: Doc):
        nonlocal t
        doc.t(f"[{t // 60:02d}:{t % 60:02d}] {who}: ")
        doc.add(body)
        doc.t("\n")
        t += g.ri(4, 40)
    doc.f("transcricao_auto call_id={cid} fila=sac_{b} duracao={m}m{s}s confianca=0.{conf}\n\n".replace("{cid}", g.hexs(12))
          .replace("{b}", fold(brand).lower().replace(" ", "_")).replace("{m}", str(g.ri(6, 25))).replace("{s}", str(g.ri(0, 59)))
          .replace("{conf}", g.d(2)))
    line("ura", Doc().f("«b» bom dia para sua segurança esta ligação está sendo gravada protocolo «p»", b=fold(brand).lower(), p=g.protocol()))
    line("agente", Doc().f("«b» boa «per» meu nome é «a» com quem eu falo", b=fold(brand).lower(),
                           per=g.pick(["tarde", "noite"]), a=P(att.first.lower())))
    line("cliente", Doc().f("oi «a» aqui é «dn» «n»", a=P(att.first.lower()), dn=g.pick(["a", "o", "", ""]),
                            n=P(g.pick([c.low, c.first.lower(), c.short.lower()]))))
    line("agente", Doc().t("pra eu localizar o cadastro me passa o cpf do titular por favor"))
    cpf = g.cpf_digits()
    line("cliente", Doc().f("é «c»", c=(g.pick([f"{cpf[:3]} {cpf[3:6]} {cpf[6:9]} {cpf[9:]}", cpf, fmt_cpf(cpf)]), "BR_CPF")))
    line("agente", Doc().t("e a data de nascimento"))
    line("cliente", Doc().f("«d»", d=(g.dob(g.pick(["long", "br", "nopad"])).lower(), "DATE_OF_BIRTH")))
    line("agente", Doc().f("obrigad«o» e qual o endereço de cadastro", o=att.o))
    line("cliente", Doc().f("«a» no bairro «b» cep «cep»", a=(g.address("spoken"), "ADDRESS"), b=g.pick(BAIRROS).lower(),
                            cep=(g.pick([g.cep(), g.cep(False)]), "BR_CEP")))
    line("agente", Doc().f("certo localizei o «p» com «k» ordens de serviço qual o problema agora",
                           p=desc.lower(), k=g.pick(["duas", "três", "quatro"])))
    line("cliente", Doc().f("olha «d» e eu já perdi «x» eu quero meu dinheiro de volta isso aí é o artigo 18 do código do consumidor",
                            d=defect.lower(), x=g.pick(["comida duas vezes", "três dias de trabalho", "a paciência"])))
    line("agente", Doc().f("entendo vou abrir uma solicitação de restituição para análise do jurídico em até «k» dias úteis "
                           "o número é «p» e vai chegar um email confirmando qual o seu email", k=g.ri(5, 15), p=g.protocol()))
    em = g.email(c)
    line("cliente", Doc().f("«e» «x»", e=(em, "EMAIL_ADDRESS"), x=g.pick(["", "tudo minúsculo", "com ponto no meio"])))
    line("agente", Doc().f("no cadastro consta o «t» ainda é esse", t=(g.phone(g.pick(["plain", "sp"])), "PHONE_NUMBER")))
    line("cliente", Doc().t(g.pick(["não esse é antigo", "é mas quase não atendo", "esse é do meu marido"])))
    line("agente", Doc().f("e um telefone de contato além desse", ))
    line("cliente", Doc().f("«t» é zap também", t=(g.phone(g.pick(["plain", "raw", "sp"])), "PHONE_NUMBER")))
    line("agente", Doc().f("perfeito dona «n» mais alguma coisa", n=P(c.first.lower())) if c.female else
         Doc().f("perfeito seu «n» mais alguma coisa", n=P(c.first.lower())))
    line("cliente", Doc().t(g.pick(["não só isso obrigada", "não brigado", "só quero resolver isso logo"])))
    doc.f("\n[tags] reincidencia=sim cdc_art18=sim sentimento=negativo agente_id=«l»\n", l=login(att, "ag_"))
    return doc


def at_rma(g: Gen) -> Doc:
    """E-mail thread of an RMA exchange: the customer, the manufacturer's exchange desk, reverse logistics."""
    doc = Doc()
    brand = g.pick(BRANDS)
    dom = fold(brand).lower().replace(" ", "") + ".com.br"
    c = g.person()
    an = g.person()
    sup = g.person()
    desc, _, model, defect = product(g)
    rma = f"RMA-{g.ri(2024, 2025)}-{g.d(6)}"
    cem = g.email(c)
    doc.f("De: «an» <«aem»>\nPara: «cem»\nCc: trocas@«dom»\nData: «d» «h»\nAssunto: RE: «rma» - troca do produto aprovada\n\n",
          an=P(an.full), aem=(g.corp_mail(an, dom), "EMAIL_ADDRESS"), cem=(cem, "EMAIL_ADDRESS"), dom=dom, d=g.date("br"),
          h=g.hm(), rma=rma)
    doc.f("Prezad«o» «n»,\n\nSua solicitação de troca do «p» (série «sn») foi aprovada após o laudo da autorizada. "
          "«col»\n\n"
          "Confira os dados da coleta:\n", o=c.o, n=P(g.pick([c.first, c.full, c.short])), p=desc, sn=g.serial(model[:4]),
          col=g.pick([f"A coleta reversa será feita pelos Correios, autorização de postagem nº {g.d(9)}, válida por 10 dias.",
                      Doc().f("A coleta será feita pela transportadora «tr», veículo placa «pl», em até 5 dias úteis.",
                              tr=g.pick(["Rodonaves", "Leão Cargas", "TransAmado", "Jadlog"]), pl=(g.plate(), "LICENSE_PLATE"))]))
    city, uf = g.city()
    doc.f("  Nome: «n»\n  Endereço: «a»\n  Bairro: «b» — «c»/«uf»\n  CEP: «cep»\n  Telefone: «t»\n\n",
          n=P(c.full), a=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), c=city, uf=uf, cep=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"))
    doc.f("O produto novo (mesmo modelo ou superior) será enviado em até «k» dias úteis após o recebimento do usado. "
          "Qualquer dúvida, responda este e-mail ou ligue 0800 «z».\n\nAtenciosamente,\n«an»\nCentral de Trocas «b»\n\n",
          k=g.ri(5, 20), z=f"{g.d(3)} {g.d(4)}", an=P(an.short), b=brand)
    doc.f("-----Mensagem original-----\nDe: «cn» <«cem»>\nEnviada em: «d»\nPara: trocas@«dom»\nAssunto: «rma» - troca do produto\n\n",
          cn=P(c.caps if g.chance(0.4) else c.full), cem=(cem, "EMAIL_ADDRESS"), d=g.date("br"), dom=dom, rma=rma)
    k = g.ri(0, 2)
    if k == 2:
        doc.f("Olá. Conforme combinado com a atendente «s» por telefone, envio os documentos para a troca.", s=P(sup.first))
    else:
        doc.t(g.pick([f"Bom dia. O {desc} já foi 3 vezes para a assistência e o defeito volta ({defect}).",
                      f"Boa tarde, quero a troca do aparelho, {defect}, já cansei."]))
    doc.f(" Segue em anexo o laudo da «shop» assinado pelo técnico. Meu CPF é «cpf» e a nota está em nome da minha «rel» «rn».\n"
          "«w».\n\n",
          shop=g.pick(SHOPS), cpf=(g.cpf(), "BR_CPF"), rel=g.pick(["mãe", "esposa", "filha", "sogra"]),
          rn=P(g.relative(c, True).full), w=g.pick(["Acho justo receber um produto novo", "Aguardo retorno", "Obrigado"]))
    doc.f("--\n«cn»«t»\n", cn=g.pick([Doc().e(c.short, "PERSON").t("\n"), "Enviado do meu iPhone\n", ""]), t=(g.phone(), "PHONE_NUMBER"))
    return doc


def at_roster(g: Gen) -> Doc:
    """Field-service route sheet of a technicians' team with the day's log (ruled table)."""
    doc = Doc()
    shop = g.pick(SHOPS)
    city, uf = g.city()
    tec, aux, coord = g.person(False), g.person(False), g.person()
    doc.f("«shop» — ROTEIRO DE VISITAS TÉCNICAS\nData: «d»   Equipe: «c»-«k»   Coordenação: «co»\n"
          "Técnico: «t» («crt»)   Auxiliar: «a»   Veículo: «v» «pl»   Condutor: CNH «cnh»\n\n",
          shop=fold(shop).upper(), d=g.date("br"), c=fold(city).upper()[:3], k=g.ri(1, 6), co=P(coord.full),
          t=P(tec.full), crt=(g.council("CRT", uf), "PROFESSIONAL_ID"), a=P(g.pick([aux.nick, aux.short, aux.first])),
          v=g.pick(["Fiorino", "Doblò", "Strada", "Kangoo", "Partner"]), pl=(g.plate(), "LICENSE_PLATE"), cnh=(g.cnh(), "BR_CNH"))
    rows = []
    n = g.ri(4, 6)
    wins = sorted(g.rng.sample(["08-10", "09-11", "10-12", "13-15", "14-16", "15-17", "16-18"], n))
    for i in range(n):
        c = g.person()
        desc, _, _, _ = product(g)
        rows.append([V(str(i + 1)), V(g.d(6)), V(wins[i]), P(g.pick([c.caps, c.short, c.inverted])),
                     (g.address(g.pick(["caps", "text"])), "ADDRESS"), (g.cep(), "BR_CEP"),
                     (g.phone(g.pick(["raw", "par", "plain"])), "PHONE_NUMBER"), V(" ".join(desc.split()[:2])[:14]),
                     V(g.pick(["GAR", "GAR", "FG", "EXT", "REIN"]))])
    table_ruled(doc, ["#", "OS", "Janela", "Cliente", "Endereço", "CEP", "Telefone", "Produto", "Tipo"], rows,
                char=g.pick(["-", "=", "+"]))
    doc.t("\nLOG DE CAMPO\n")
    for i in range(n):
        t = g.times(2)
        cn = rows[i][3][0]
        kind = g.ri(0, 4)
        doc.f("«t1» OS «os» — ", t1=t[0], os=rows[i][1][0])
        if kind == 0:
            doc.f("cliente ausente, deixado aviso com o vizinho. Reagendar.\n")
        elif kind == 1:
            doc.f("executado, troca de «p» (peça «pn»), cliente «c» assinou a OS às «t2».\n",
                  p=g.pick(["placa principal", "termostato", "motor do ventilador", "rolamento", "resistência", "magnetron"]),
                  pn=f"{g.alnum(3)}{g.d(5)}", c=P(g.pick([cn.title() if cn.isupper() else cn, cn])), t2=t[1])
        elif kind == 2:
            doc.f("REINCIDÊNCIA (3ª visita). Produto sem conserto; orientado a abrir troca no SAC. «w».\n",
                  w=g.pick(["Cliente muito nervosa", "Cliente gravou a visita", "Seria prudente pedir laudo ao fabricante"]))
        elif kind == 3:
            doc.f("choque leve ao tocar na carcaça, tomada sem aterramento; orientado. Técnico sem lesão.\n")
        else:
            doc.f("aguardando peça, pedido «pd» ao fabricante. Contato posterior no «tel».\n", pd=g.d(8),
                  tel=(g.phone(), "PHONE_NUMBER"))
    doc.f("\nKm inicial «k1» / final «k2» · abastecimento «v» · conferido por «c»\n", k1=g.ri(20000, 90000), k2=g.ri(90001, 99999),
          v=g.brl(80, 300), c=P(coord.first))
    return doc


def at_reclamacao(g: Gen) -> Doc:
    """A public complaint on a complaints website, the company's reply and the customer's rating."""
    doc = Doc()
    brand = g.pick(BRANDS)
    c = g.person()
    an = g.person(female=g.chance(0.6))
    desc, _, model, defect = product(g)
    city, uf = g.city()
    doc.f("«tit»\n«b» · «c» - «uf» · ID: «id» · «d»\n\n",
          tit=g.pick([f"{desc.split()[0].capitalize()} com {g.ri(3, 8)} meses e {g.ri(2, 4)} visitas técnicas sem solução",
                      "Assistência autorizada não resolve e fabricante some", "Troca negada mesmo após 30 dias",
                      "DESCASO: produto parado na autorizada há 2 meses"]),
          b=brand, c=city, uf=uf, id=g.d(9), d=g.date("br"))
    rel = g.relative(c)
    doc.f("Comprei um «p» em «d» na «loja» e desde «m» ele apresenta defeito: «def». Levei na «shop» (OS «os») e depois "
          "na mesma autorizada de novo. O técnico disse que a peça está em falta. «w». Já se passaram mais de 30 dias e pelo CDC "
          "tenho direito à troca. «meu» «r» «rn» também ligou no 0800 e só passaram o protocolo «pr». ",
          p=desc, d=g.date("br"), loja=g.pick(STORES), m=g.pick(["março", "a primeira semana", "o Natal"]), **{"def": defect},
          shop=g.pick(SHOPS), os=g.d(6),
          w=g.pick(["Estamos sem geladeira com criança pequena em casa", "A tela ficou em branco de novo",
                    "Minha conta de luz dobrou por causa do defeito", "Não tenho mais esperança"]),
          r=g.pick(["marido", "filho", "irmão", "pai"]) if not rel.female else g.pick(["esposa", "filha", "irmã", "mãe"]),
          rn=P(rel.short), pr=g.protocol(), meu="Minha" if rel.female else "Meu")
    if g.chance(0.85):
        doc.f("Podem me ligar no «t» ou escrever para «e».", t=(g.phone(), "PHONE_NUMBER"), e=(g.email(c), "EMAIL_ADDRESS"))
    doc.f("\n\n— «cn»\n\nResposta da empresa · «d»\n", cn=P(g.pick([c.first, c.short, f"{c.first} {c.last[0]}."])), d=g.date("br"))
    doc.f("Olá, «n»! Lamentamos o ocorrido. «nossa» «a» já entrou em contato pelo telefone cadastrado e a troca foi "
          "aprovada sob o protocolo «p». Para acompanhar, utilize o e-mail relacionamento@«dom». Equipe «b».\n\n",
          n=P(g.pick([c.first, c.full])), nossa="Nossa analista" if an.female else "Nosso analista",
          a=P(g.pick([an.first, an.short])), p=g.protocol(),
          dom=fold(brand).lower().replace(" ", "") + ".com.br", b=brand)
    doc.f("Consideração final do consumidor · nota «k»/10\n", k=g.ri(0, 10))
    doc.f(g.pick(["Resolveram depois que postei aqui. A «a» foi atenciosa.\n" if an.female else
                  "Resolveram depois que postei aqui. O «a» foi atencioso.\n", "Até agora nada. Vou ao Procon.\n",
                  "Trocaram o produto, mas demorou «n» dias. Vitória amarga.\n", "Recebi o reembolso de «v».\n"]),
          a=P(an.first), n=g.ri(31, 70), v=g.brl(900, 5000))
    return doc


# =========================================================================== juridico

CIVIL = ["solteiro", "casado", "divorciado", "viúvo", "em união estável"]
JOBS = ["professora", "motorista", "aposentado", "autônomo", "cozinheira", "vendedor", "enfermeira", "pedreiro",
        "do lar", "comerciante", "auxiliar administrativo", "técnica em enfermagem", "mototaxista", "costureira"]


STATES = {"SP": "SÃO PAULO", "RJ": "RIO DE JANEIRO", "MG": "MINAS GERAIS", "RS": "RIO GRANDE DO SUL", "PR": "PARANÁ",
          "SC": "SANTA CATARINA", "BA": "BAHIA", "PE": "PERNAMBUCO", "CE": "CEARÁ", "GO": "GOIÁS", "PA": "PARÁ",
          "AM": "AMAZONAS", "DF": "DISTRITO FEDERAL E DOS TERRITÓRIOS", "ES": "ESPÍRITO SANTO", "MA": "MARANHÃO",
          "RN": "RIO GRANDE DO NORTE", "PB": "PARAÍBA", "MT": "MATO GROSSO", "MS": "MATO GROSSO DO SUL", "PI": "PIAUÍ",
          "SE": "SERGIPE", "AL": "ALAGOAS", "TO": "TOCANTINS", "RO": "RONDÔNIA"}


def gender(word: str, female: bool) -> str:
    if word.endswith("o") and female:
        return word[:-1] + "a"
    return word


def ju_procon(g: Gen) -> Doc:
    """A consumer-protection agency's complaint form (ficha de atendimento / CIP) over a repeated defect."""
    doc = Doc()
    city, uf = g.city()
    c = g.person()
    att = g.person()
    desc, brand, model, defect = product(g)
    maker = next((m for m in MAKERS if m.startswith(brand.split()[0])), g.pick(MAKERS))
    shop = g.pick(SHOPS)
    doc.f("PROCON «c» — Coordenadoria Municipal de Proteção e Defesa do Consumidor\nFICHA DE ATENDIMENTO Nº «fa»      "
          "Data: «d»      Atendente: «a»\nTipo: CIP (Carta de Informações Preliminares)   Assunto: Produto — vício de qualidade\n\n",
          c=fold(city).upper(), fa=f"{g.d(2)}.{g.d(3)}.{g.d(3)}.{g.d(2)}-{g.d(7)}", d=g.date("br"),
          a=P(name_form(g, att, ["full", "short"])))
    doc.f("1. CONSUMIDOR\nNome: «n»\nCPF: «cpf»      RG: «rg» «org»\nData de nascimento: «dob»\n", n=P(g.pick([c.caps, c.full])),
          cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), org=g.pick(["SSP/SP", "SSP/" + uf, "SESP", "DETRAN/" + uf]),
          dob=(g.dob("br"), "DATE_OF_BIRTH"))
    doc.f("Endereço: «a»\nBairro: «b»    Município: «c»/«uf»    CEP: «cep»\nTelefone(s): «t1»«t2»«t3»\nE-mail: «em»\n\n",
          a=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), c=city, uf=uf, cep=(g.cep(), "BR_CEP"), t1=(g.phone(), "PHONE_NUMBER"),
          t2=" / " if (two := g.chance(0.5)) else "", t3=(g.phone(mobile=g.chance(0.5)), "PHONE_NUMBER") if two else "", em=(g.email(c), "EMAIL_ADDRESS") if g.chance(0.8) else "não informado")
    if g.chance(0.4):
        r = g.relative(c)
        doc.f("Representante: «r» («rel»), CPF «cpf», tel. «t», conforme procuração apresentada.\n\n", r=P(r.full),
              rel=g.pick(["filha", "neta"]) if r.female else g.pick(["filho", "neto", "genro"]), cpf=(g.cpf(), "BR_CPF"),
              t=(g.phone(), "PHONE_NUMBER"))
    doc.f("2. FORNECEDOR(ES)\n(1) «m» — CNPJ «c1»\n(2) «s» (assistência técnica autorizada) — CNPJ «c2»\n"
          "(3) «l» (loja vendedora) — CNPJ «c3»\n\n", m=maker, c1=(g.cnpj(), "BR_CNPJ"), s=shop, c2=(g.cnpj(), "BR_CNPJ"),
          l=g.pick(STORES), c3=(g.cnpj(), "BR_CNPJ"))
    d1, d2, d3 = g.date("br"), g.date("br"), g.date("br")
    doc.f("3. RELATO\nO(A) consumidor(a) relata que adquiriu um «p» em «d1» (NF «nf», «v»). Em «d2» o produto apresentou defeito "
          "(«dfc») e foi encaminhado à assistência técnica autorizada (OS «os»). Após devolução, o defeito voltou em «d3», "
          "sendo aberta nova OS «os2». Informa ainda ter registrado os protocolos «p1» e «p2» no SAC do fabricante, sem solução. "
          "Decorrido o prazo de 30 (trinta) dias sem que o vício fosse sanado (art. 18, § 1º, da Lei 8.078/1990), requer a "
          "restituição imediata da quantia paga, monetariamente atualizada.\n\n",
          p=desc, d1=d1, nf=g.d(6), v=g.brl(400, 9000), d2=d2, dfc=defect, os=g.d(6), d3=d3, os2=g.d(6), p1=g.protocol(), p2=g.protocol())
    doc.f("4. DOCUMENTOS: cópia RG/CPF, NF de compra, OS nº «os», laudo técnico, prints do SAC.\n5. PRAZO PARA RESPOSTA DO "
          "FORNECEDOR: 10 dias. Resposta para cip@procon«c».gov.br\n\nAssinatura do consumidor: ____________   «a» — «cargo»\n",
          os=g.d(6), c=fold(city).lower().replace(" ", "")[:10], a=P(att.first), cargo=g.pick(["Agente de Fiscalização", "Atendente", "Estagiária de Direito"]))
    return doc


def ju_peticao(g: Gen) -> Doc:
    """Small-claims petition (Juizado Especial Cível) over a product repaired three times."""
    doc = Doc()
    city, uf = g.city()
    c = g.person()
    adv = g.person()
    desc, brand, model, defect = product(g)
    maker = next((m for m in MAKERS if m.startswith(brand.split()[0])), g.pick(MAKERS))
    shop = g.pick(SHOPS)
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) DOUTOR(A) JUIZ(A) DE DIREITO DO «k»º JUIZADO ESPECIAL CÍVEL DA COMARCA DE «c»/«uf»\n\n\n",
          k=g.ri(1, 6), c=fold(city).upper(), uf=uf)
    doc.f("«n», «nac», «ec», «job», portador«a» da cédula de identidade RG nº «rg», inscrit«o» no CPF sob o nº «cpf», nascid«o» em «dob», "
          "residente e domiciliad«o» na «addr», bairro «b», «c»/«uf», CEP «cep», endereço eletrônico «em», telefone «t», por «sa» "
          "advogad«ao» infra-assinad«ao» (instrumento de mandato anexo), vem, respeitosamente, à presença de Vossa Excelência, propor a presente\n\n",
          n=P(c.caps), nac="brasileira" if c.female else "brasileiro", ec=gender(g.pick(CIVIL), c.female), job=g.pick(JOBS),
          a="a" if c.female else "", o=c.o, rg=(g.rg(), "BR_RG"), cpf=(g.cpf("dot"), "BR_CPF"), dob=(g.dob(g.pick(["br", "long"])), "DATE_OF_BIRTH"),
          addr=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), c=city, uf=uf, cep=(g.cep(), "BR_CEP"), em=(g.email(c), "EMAIL_ADDRESS"),
          t=(g.phone(), "PHONE_NUMBER"), sa="sua" if adv.female else "seu", ao=adv.o)
    doc.f("AÇÃO DE RESTITUIÇÃO DE VALORES C/C INDENIZAÇÃO POR DANOS MORAIS\n\nem face de «m», pessoa jurídica de direito privado, "
          "inscrita no CNPJ sob o nº «c1», com sede na Avenida «av», «num», «cs», e de «s», inscrita no CNPJ sob o nº «c2», "
          "pelos fatos e fundamentos a seguir expostos.\n\n",
          m=fold(maker).upper(), c1=(g.cnpj(), "BR_CNPJ"), av=g.pick(["das Nações Unidas", "Torquato Tapajós", "Paulista", "Brasil"]),
          num=g.ri(100, 15000), cs=g.pick(["São Paulo/SP", "Manaus/AM", "Joinville/SC", "Curitiba/PR"]),
          s=fold(shop).upper(), c2=(g.cnpj(), "BR_CNPJ"))
    doc.f("I – DOS FATOS\n\nEm «d1», «o» Autor«a» adquiriu «p» (nº de série «sn»), pelo valor de «v». Passados «m» meses, o produto "
          "apresentou «dfc». Foi levado «k» vezes à segunda Ré, assistência técnica autorizada (OS nº «os1», «os2» e «os3»), sem "
          "que o vício fosse sanado no prazo legal. O técnico «tec» chegou a afirmar, na última visita, que «w».\n\n",
          d1=g.date("long"), o="a" if c.female else "o", a="a" if c.female else "", p=desc, sn=g.serial(model[:4]), v=g.brl(500, 9000),
          m=g.ri(2, 9), dfc=defect, k=g.pick(["três", "quatro"]), os1=g.d(6), os2=g.d(6), os3=g.d(6),
          tec=P(g.person(False).full), w=g.pick(["'a peça não existe no Brasil'", "'o problema é da rede elétrica da casa'",
                                             "'era prudente comprar outro'", "'só o fabricante pode autorizar a troca'"]))
    doc.f("II – DO DIREITO\n\nA relação é de consumo (arts. 2º e 3º do CDC). Nos termos do art. 18, § 1º, II, da Lei 8.078/1990, não sanado "
          "o vício no prazo máximo de 30 dias, pode o consumidor exigir a restituição imediata da quantia paga. Requer-se a inversão do "
          "ônus da prova (art. 6º, VIII, CDC) e a aplicação da Súmula 297 do STJ no que couber.\n\n"
          "III – DOS PEDIDOS\n\na) a restituição de «v», corrigida desde o desembolso;\nb) indenização por danos morais de «dm»;\n"
          "c) a dispensa de audiência de conciliação, se frustrada a tentativa prévia (protocolo «p»).\n\nDá-se à causa o valor de «vc».\n\n"
          "«c», «d».\n\n«adv»\n«oab»\n«ae» · «at»\n",
          v=g.brl(500, 9000), dm=g.brl(3000, 10000), p=g.protocol(), vc=g.brl(5000, 19000), c=city, d=g.date("long"),
          adv=P(g.pick([adv.caps, adv.full])), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"),
          ae=(g.email(adv, g.pick(["adv.br", "gmail.com", "advocacia" + fold(adv.last).lower().replace(" ", "") + ".com.br"])), "EMAIL_ADDRESS"),
          at=(g.phone(), "PHONE_NUMBER"))
    return doc


def ju_sentenca(g: Gen) -> Doc:
    """OCR-read judgement of a small-claims court (names damaged as they stand, identifiers intact)."""
    doc = Doc()
    city, uf = g.city()
    c = g.person()
    judge = g.person()
    adv1, adv2 = g.person(), g.person()
    desc, brand, _, defect = product(g)
    maker = next((m for m in MAKERS if m.startswith(brand.split()[0])), g.pick(MAKERS))
    doc.f("PODER JUDICIÁRIO\nTRIBUNAL DE JUSTIÇA DO ESTADO DE «e»\n«k»ª Vara do Juizado Especial Cível de «c»\n\n"
          "Processo nº: «cnj»\nClasse: Procedimento do Juizado Especial Cível\nAssunto: Vício do produto\n",
          e=STATES.get(uf, "SÃO PAULO"), k=g.ri(1, 4),
          c=ocr(city, g), cnj=g.cnj())
    doc.f("Requerente: «n» - CPF: «cpf»\nAdv.: «a1» - «o1»\nRequerido: «m» - CNPJ: «cnpj»\nAdv.: «a2» - «o2»\n\n",
          n=P(ocr(c.caps, g, 0.5)), cpf=(g.cpf("dot"), "BR_CPF"), cnpj=(g.cnpj(), "BR_CNPJ"), a1=P(ocr(adv1.caps, g)), o1=(g.council("OAB", uf), "PROFESSIONAL_ID"),
          m=fold(maker).upper(), a2=P(ocr(adv2.caps, g)), o2=(g.council("OAB", g.pick(["SP", "AM", uf])), "PROFESSIONAL_ID"))
    doc.f("SENTENÇA\n\nVistos.\n\nDispensado o relatório, nos termos do art. 38 da Lei 9.099/95. Decido.\n\n"
          "Trata-se de ação em que «o» autor«a» alega ter adquirido «p» que apresentou «dfc», permanecendo na assistência "
          "técnica por mais de 30 dias. A ré, em contestação, sustenta mau uso, mas o laudo de fls. «fl», firmado pelo técnico "
          "«tec», afasta essa hipótese. Incontroverso o vício e não sanado no prazo do art. 18, § 1º, do CDC, de rigor a restitui-\n"
          "ção do preço.\n\nQuanto ao dano moral, a privação de bem essencial por «dias» dias ultrapassa o mero dissabor.\n\n"
          "Ante o exposto, JULGO PROCEDENTE o pedido para condenar a ré a restituir «v», com correção monetária desde o desembolso "
          "e juros de 1% ao mês desde a citação, e a pagar «dm» a título de danos morais. Sem custas e honorários (art. 55 da Lei "
          "9.099/95).\n\nP.R.I.\n\n«c», «d».\n\n«j»\nJuiz«ja» de Direito\n",
          o="a" if c.female else "o", a="a" if c.female else "", p=ocr(desc, g), dfc=defect, fl=g.ri(20, 140),
          tec=P(ocr(g.person(False).full, g)), dias=g.ri(35, 190), v=g.brl(500, 9000), dm=g.brl(1500, 8000), c=city,
          d=g.date("long"), j=P(ocr(judge.caps if g.chance(0.5) else judge.full, g)), ja="a" if judge.female else "")
    doc.f("\nDocumento assinado digitalmente conforme MP 2.200-2/2001 e Lei 11.419/2006. Código «cv». Conferência em esaj.tj«s».jus.br\n",
          cv=f"{g.alnum(4)}.{g.alnum(4)}.{g.d(4)}", s=uf.lower())
    return doc


def ju_carteira(g: Gen) -> Doc:
    """Weekly report of a manufacturer's legal department: small-claims cases over repeated defects."""
    doc = Doc()
    brand = g.pick(BRANDS)
    dom = fold(brand).lower().replace(" ", "") + ".com.br"
    adv, ger = g.person(), g.person()
    doc.f("De: «a» <«ae»>\nPara: «gn» <«ge»>; juridico@«dom»\nAssunto: Carteira JEC — vício reincidente (art. 18) — semana «w»\n\n"
          "«gf», bom dia.\n\nSeguem os casos novos da semana. Destaque para a reincidência na linha «lin»: «pct»% dos casos citam a mesma "
          "autorizada. «obs».\n\n",
          a=P(adv.full), ae=(g.corp_mail(adv, dom), "EMAIL_ADDRESS"), gn=P(ger.full), ge=(g.corp_mail(ger, dom), "EMAIL_ADDRESS"),
          dom=dom, w=g.ri(1, 52), gf=P(ger.first), lin=g.pick(["RF48", "LV12", "TV55", "SP12", "MO30"]), pct=g.ri(20, 70),
          obs=g.pick(["Seria prudente propor acordo nos de menor valor", "A diretoria deu carta branca para acordos até R$ 5 mil",
                      "Sugiro descredenciar a autorizada de Presidente Prudente", "Dois autores pedem também dano material"]))
    rows = []
    for _ in range(g.ri(5, 7)):
        a = g.person()
        oa = g.person()
        city, uf = g.city()
        rows.append([V(g.cnj()), P(g.pick([a.caps, a.full, a.inverted])), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
                     V(f"{city}/{uf}"), V(g.pick(["RF48", "LV12", "TV55", "SP12", "MO30", "AF55", "NB15"])),
                     V(g.money(3000, 40000)), V(g.date("br", 2025)), P(g.pick([oa.short, oa.full])),
                     (g.council("OAB", uf), "PROFESSIONAL_ID")])
    style = g.ri(0, 2)
    cols = ["Processo", "Autor", "CPF", "Comarca", "Linha", "Valor causa", "Audiência", "Adv. autor", "OAB"]
    if g.chance(0.8):
        cols = cols[:7] + ["OAB adv. autor"]
        rows = [r[:7] + r[8:] for r in rows]
    if style == 0:
        table_ruled(doc, cols, rows, "+")
    elif style == 1:
        table_md(doc, cols, rows)
    else:
        table_csv(doc, cols, rows, ";")
    doc.f("\nObs.: no «cnj» o CPF informado na inicial («bad») não confere com o cadastro; pedir emenda. Preposto para as audiências: "
          "«p» (RH já liberou).\n\nAbs,\n«a»\n«oab»\n",
          cnj=rows[0][0][0], bad=g.bad_cpf(g.pick(["raw", "dot"])), p=P(g.person().full), a=P(adv.short),
          oab=(g.council("OAB", g.pick(["SP", "AM", "PR"])), "PROFESSIONAL_ID"))
    return doc


def ju_acordo(g: Gen) -> Doc:
    """Settlement agreement (termo de acordo) between a consumer and the manufacturer, with payment data."""
    doc = Doc()
    city, uf = g.city()
    c = g.person()
    desc, brand, _, _ = product(g)
    maker = next((m for m in MAKERS if m.startswith(brand.split()[0])), g.pick(MAKERS))
    adv_c, adv_m, prep = g.person(), g.person(), g.person()
    doc.f("TERMO DE ACORDO\n\nProcesso nº «cnj»\n\nPelo presente instrumento, de um lado «n», «cpfl» «cpf», «rgl» «rg», residente na «a», "
          "«cidade»/«uf», CEP «cep», doravante CONSUMIDOR«ca», assistid«o» por «adv» («oab»), e de outro «m», CNPJ «cnpj», "
          "neste ato representada por «pp», doravante FABRICANTE, celebram o seguinte acordo:\n\n",
          cnj=g.cnj(), n=P(c.caps if g.chance(0.5) else c.full), cpfl=g.pick(["CPF", "CPF nº", "inscrit" + c.o + " no CPF sob nº"]),
          cpf=(g.cpf(), "BR_CPF"), rgl=g.pick(["RG", "RG nº", "portador" + ("a" if c.female else "") + " do RG"]), rg=(g.rg(), "BR_RG"),
          a=(g.address(), "ADDRESS"), cidade=city, uf=uf, cep=(g.cep(), "BR_CEP"), o=c.o, ca="A" if c.female else "", adv=P(adv_c.full),
          oab=(g.council("OAB", uf), "PROFESSIONAL_ID"), m=maker, cnpj=(g.cnpj(), "BR_CNPJ"), pp=P(adv_m.full))
    doc.f("CLÁUSULA 1ª – A FABRICANTE pagará ao(à) CONSUMIDOR(A) o valor de «v», em parcela única, até «d», a título de restituição do "
          "preço do «p» e de indenização, dando o(a) CONSUMIDOR(A) plena quitação.\n\n", v=g.brl(1200, 12000), d=g.date("br"), p=desc)
    k = g.ri(0, 2)
    if k == 0:
        doc.f("CLÁUSULA 2ª – O pagamento será feito por transferência para conta de titularidade do(a) CONSUMIDOR(A): Banco «b», "
              "agência «ag», conta corrente «cc».\n\n", b=g.bank(), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    elif k == 1:
        doc.f("CLÁUSULA 2ª – O pagamento será feito via Pix para a chave aleatória «pix», de titularidade do(a) CONSUMIDOR(A).\n\n",
              pix=(g.uuid(), "PIX_KEY"))
    else:
        doc.f("CLÁUSULA 2ª – O pagamento será feito na conta do patrono, «adv», Banco «b», ag. «ag», c/c «cc», que dá quitação em "
              "nome do(a) CONSUMIDOR(A).\n\n", adv=P(adv_c.short), b=g.bank(), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    doc.f("CLÁUSULA 3ª – O produto com vício (série «sn») será recolhido no endereço do(a) CONSUMIDOR(A) em até 15 dias, mediante "
          "agendamento pelo telefone «t» ou pelo e-mail «em».\n\nCLÁUSULA 4ª – Em caso de atraso, multa de 50% sobre o valor (art. 52, Lei 9.099/95). "
          "Cada parte arcará com os honorários de seus advogados.\n\n«cidade», «d».\n\n",
          sn=g.serial(), t=(g.phone(), "PHONE_NUMBER"), em=(g.email(c), "EMAIL_ADDRESS"), cidade=city, d=g.date("long"))
    doc.f("_______________________\n«n»\n\n_______________________\n«pp» — «oab2»\np/ «m»\n\nTestemunhas:\n1. «t1», CPF «c1»\n2. «t2», CPF «c2»\n",
          n=P(c.full), pp=P(adv_m.full), oab2=(g.council("OAB", g.pick(["SP", uf])), "PROFESSIONAL_ID"), m=maker,
          t1=P(g.person().full), c1=(g.cpf(), "BR_CPF"), t2=P(prep.full), c2=(g.cpf(), "BR_CPF"))
    return doc


def ju_preposto(g: Gen) -> Doc:
    """Letter appointing an employee of the service centre as representative (preposto) and the scheduling e-mail."""
    doc = Doc()
    city, uf = g.city()
    shop = g.pick(SHOPS)
    prep, dono, adv = g.person(), g.person(), g.person()
    c = g.person()
    doc.f("CARTA DE PREPOSIÇÃO\n\n«s», inscrita no CNPJ sob o nº «cnpj», por seu sócio-administrador «d», CPF «dc», nomeia como "
          "preposto«a» «p», «nac», «cargo», portador«a2» do RG «rg» e do CPF «pc», nascid«o» em «dob», para representá-la na audiência "
          "de conciliação dos autos nº «cnj», movidos por «c», perante o «k»º Juizado Especial Cível de «cid»/«uf», com poderes "
          "para transigir.\n\n«cid», «dt».\n\n______________________\n«d2»\n\n",
          s=fold(shop).upper(), cnpj=(g.cnpj(), "BR_CNPJ"), d=P(dono.full), dc=(g.cpf(), "BR_CPF"), a="(a)", p=P(prep.full),
          nac="brasileira" if prep.female else "brasileiro", cargo=g.pick(["técnica de refrigeração", "gerente de loja", "recepcionista",
                                                                          "técnico em eletrônica", "coordenador de serviços"]),
          a2="a" if prep.female else "", rg=(g.rg(), "BR_RG"), pc=(g.cpf(), "BR_CPF"), o=prep.o,
          dob=(g.dob("br", 1965, 2002), "DATE_OF_BIRTH") if g.chance(0.6) else ("(não informado)", None),
          cnj=g.cnj(), c=P(g.pick([c.caps, c.full])), k=g.ri(1, 5), cid=city, uf=uf, dt=g.date("long"), d2=fold(shop).upper())
    doc.f("---\nDe: «a» <«ae»>\nPara: «pe»\nAssunto: Audiência «dt» «h» — instruções\n\n«pf», a audiência será por videoconferência "
          "(link enviado pelo cartório). Entre 15 min antes. Leve a OS original e o laudo técnico. Se cair a conexão me liga no «t». "
          "Proposta máxima autorizada: «v». Qualquer coisa, «w».\n\n«a2»\n«oab»\n",
          a=P(adv.full), ae=(g.email(adv, g.pick(["tenorioadvogados.com.br", "quaresma.adv.br", "saraivaeleao.adv.br"])), "EMAIL_ADDRESS"),
          pe=(g.email(prep), "EMAIL_ADDRESS"), dt=g.date("br"), h=g.hm(), pf=P(prep.first), tec=P(g.person(False).first),
          t=(g.phone(), "PHONE_NUMBER"), v=g.brl(800, 4000), w=g.pick(["é justo oferecer a troca", "não assine nada sem me consultar",
                                                                      "seja prudente com o que disser sobre a peça"]),
          a2=P(adv.short), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    return doc


def ju_lgpd(g: Gen) -> Doc:
    """A customer's LGPD access request to a service-centre network and the DPO's answer with the data held."""
    doc = Doc()
    net = g.pick(["Rede Assistec", "ConsertaBem Franquias", "TecnoLuz Assistência", "Rede Aurora Serviços Técnicos"])
    c = g.person()
    dpo, tec = g.person(), g.person(False)
    doc.f("Protocolo LGPD «p» — Requisição do titular (art. 18, II, da Lei 13.709/2018)\nRecebida em «d» via formulário web\n\n"
          "«n» escreveu:\n> Quero saber quais dados meus vocês têm e por que um técnico de vocês me mandou mensagem oferecendo "
          "garantia estendida depois do conserto. «w»\n\n",
          p=f"LGPD-{g.d(6)}", d=g.date("br"), n=P(c.full), w=g.pick(["Não autorizei isso.", "Acho isso um abuso.", "Quero a exclusão."]))
    doc.f("Resposta — «d»\n\nPrezad«o» «n»,\n\nEm atendimento à sua solicitação, informamos os dados pessoais tratados pela «net»:\n\n",
          d=g.date("br"), o=c.o, n=P(c.first), net=net)
    city, uf = g.city()
    rows = [[V("Nome"), P(c.caps)], [V("CPF"), (g.cpf("raw"), "BR_CPF")], [V("Data de nascimento"), (g.dob("iso"), "DATE_OF_BIRTH")],
            [V("Endereço"), (g.address(), "ADDRESS")], [V("CEP"), (g.cep(), "BR_CEP")], [V("Cidade/UF"), V(f"{city}/{uf}")],
            [V("Celular"), (g.phone("e164"), "PHONE_NUMBER")], [V("E-mail"), (g.email(c), "EMAIL_ADDRESS")],
            [V("IP do aceite dos termos"), (g.ip(), "IP_ADDRESS")], [V("Ordens de serviço"), V(", ".join(g.d(6) for _ in range(g.ri(1, 3))))],
            [V("Consentimento marketing"), V(g.pick(["não", "sim (" + g.date("br") + ")"]))]]
    table_ruled(doc, ["Campo", "Valor"], rows, g.pick(["-", "+"]))
    doc.f("\nRegistros de acesso ao portal de acompanhamento de OS (Marco Civil, art. 15):\n", )
    for _ in range(g.ri(3, 6)):
        doc.f("  «d»T«h»-03:00  «ip»  login ok  «ua»\n", d=g.date("iso"), h=g.hms(), ip=(g.ip(), "IP_ADDRESS"),
              ua=g.pick(["Android 14", "iPhone iOS 17", "Windows 10 Chrome", "Android 12 app v3.2"]))
    doc.f("\nO contato comercial partiu do técnico «t», em desacordo com nossa política; ele foi advertido e o número «tel», usado "
          "por ele, foi removido da base. Seus dados não foram compartilhados com seguradoras.\n\nAtenciosamente,\n«dpo»\n"
          "Encarregad«o2» pelo Tratamento de Dados — privacidade@«dom»\n",
          t=P(g.pick([tec.full, tec.first])), tel=(g.phone(), "PHONE_NUMBER"), dpo=P(dpo.full), o2=dpo.o,
          dom=fold(net).lower().replace(" ", "") + ".com.br")
    return doc


# =========================================================================== saude

HOSPITALS = ["Hospital Municipal Santa Rosa", "UPA 24h Jardim Aurora", "Santa Casa de Misericórdia", "Hospital Bento Guimarães",
             "Pronto-Socorro Central", "Hospital Regional Vitória", "UPA Vila Esperança", "Hospital Estadual Prudente"]


def sa_cat(g: Gen) -> Doc:
    """Work-accident report (CAT) of a technician who took an electric shock during a repair at a customer's home."""
    doc = Doc()
    shop = g.pick(SHOPS)
    city, uf = g.city()
    t = g.person(False) if g.chance(0.8) else g.person(True)
    med = g.person()
    cli = g.person()
    doc.f("COMUNICAÇÃO DE ACIDENTE DE TRABALHO — CAT\nTipo: «tp»      Emitente: empregador      Nº recibo: «rec»\n\n"
          "I – EMITENTE\nRazão social: «s»\nCNPJ: «cnpj»      CNAE: 9521-5/00 (reparação de eletroeletrônicos de uso pessoal e doméstico)\n\n",
          tp=g.pick(["1 - inicial", "1 - inicial", "2 - reabertura"]), rec=f"{g.d(2)}.{g.d(3)}.{g.d(5)}-{g.d(1)}", s=fold(shop).upper(),
          cnpj=(g.cnpj(), "BR_CNPJ"))
    doc.f("II – ACIDENTADO\nNome: «n»\nData de nascimento: «dob»      Sexo: «sx»      Estado civil: «ec»\nCPF: «cpf»      NIT/PIS: «pis»\n"
          "RG: «rg»      CTPS: «ctps» série «se»\nEndereço: «a»      Bairro: «b»\nMunicípio: «c»/«uf»      CEP: «cep»      Telefone: «tel»\n"
          "Ocupação: «occ» (CBO «cbo»)      Remuneração: «rem»\n\n",
          n=P(t.caps), dob=(g.dob("br", 1965, 2004), "DATE_OF_BIRTH"), sx="F" if t.female else "M", ec=gender(g.pick(CIVIL), t.female),
          cpf=(g.cpf(), "BR_CPF"), pis=(g.pis(), "BR_PIS"), rg=(g.rg(), "BR_RG"), ctps=g.d(7), se=g.d(4), a=(g.address("caps"), "ADDRESS"),
          b=g.pick(BAIRROS).upper(), c=fold(city).upper(), uf=uf, cep=(g.cep(), "BR_CEP"), tel=(g.phone(), "PHONE_NUMBER"),
          occ=g.pick(["Técnico de refrigeração", "Reparador de aparelhos eletrodomésticos", "Técnico em eletrônica", "Instalador de ar-condicionado"]),
          cbo=g.pick(["9531-05", "9541-10", "3133-05", "7257-05"]), rem=g.brl(1800, 4800))
    d = g.date("br")
    doc.f("III – ACIDENTE\nData: «d»      Hora: «h»      Horas trabalhadas: «ht»\nTipo: típico      Houve afastamento: «af»\n"
          "Local: residência de cliente (atendimento externo, OS «os»)\nEndereço do local: «a»      «c»/«uf»      CEP «cep»\n"
          "Parte do corpo atingida: «pc»      Agente causador: «ag»\nSituação geradora: «sg»\n"
          "Descrição: «desc»\nTestemunha: «tw» — «twend»\n\n",
          d=d, h=g.hm(), ht=f"{g.ri(0, 8):02d}:{g.ri(0, 59):02d}", af=g.pick(["sim", "não"]), os=g.d(6),
          a=(g.address(), "ADDRESS"), c=city, uf=uf, cep=(g.cep(), "BR_CEP"),
          pc=g.pick(["mão direita", "mão esquerda", "dedos (múltiplos)", "antebraço", "membros superiores"]),
          ag=g.pick(["energia elétrica", "capacitor de micro-ondas", "fiação da placa de potência", "compressor energizado"]),
          sg=g.pick(["contato com partes energizadas", "descarga de capacitor", "choque elétrico"]),
          desc=g.pick(["ao retirar a tampa traseira do micro-ondas o capacitor de alta tensão descarregou na mão do técnico.",
                       "durante teste da placa da lavadora, com o aparelho ligado, a ponta de prova escorregou e houve arco elétrico.",
                       "tomada do cliente sem aterramento; ao tocar a carcaça do refrigerador o técnico recebeu descarga.",
                       "ao soldar o conector o fio fase encostou na bancada improvisada pelo cliente."]),
          tw=P(g.pick([cli.full, cli.caps])), twend=g.pick(["cliente, proprietári" + cli.o + " do imóvel", "vizinh" + cli.o, "cliente"]))
    doc.f("IV – ATESTADO MÉDICO\nUnidade: «u»      Data: «d»      Hora: «h»\nHouve internação: «int»      Duração provável do tratamento: «dias» dias\n"
          "Natureza da lesão: «nl»\nDiagnóstico provável: «dp»      CID-10: «cid»«cid2»\nMédico: «m»      «crm»\n",
          u=g.pick(HOSPITALS), d=d, h=g.hm(), int=g.pick(["não", "sim"]), dias=g.ri(1, 15),
          nl=g.pick(["queimadura de 2º grau", "choque elétrico sem lesão aparente", "queimadura de 1º e 2º graus", "parestesia"]),
          dp=g.pick(["efeitos da corrente elétrica", "queimadura de mão", "exposição a corrente elétrica"]), cid=g.pick(CIDS_SHOCK),
          cid2=g.pick(["", f", {g.pick(CIDS_BURN)}", f" / {g.pick(CIDS_BURN)}"]), m=P(g.pick([med.full, med.caps])),
          crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    doc.f("\nResponsável pelas informações: «r» — SESMT «s»\n", r=P(g.person().full), s=g.pick(["terceirizado", "próprio", "Saraiva & Leão Medicina do Trabalho"]))
    return doc


def sa_ps(g: Gen) -> Doc:
    """Emergency-room record of a customer burned by an appliance that had just come back from repair."""
    doc = Doc()
    p = g.person()
    child = g.chance(0.3)
    if child:
        mother = g.person(True)
        p = g.relative(mother)
    city, uf = g.city()
    enf, med = g.person(True), g.person()
    desc, brand, _, _ = product(g)
    while is_phone(desc):
        desc, brand, _, _ = product(g)
    yb = g.ri(2013, 2022) if child else g.ri(1940, 2006)
    dob = fmt_date(g.ri(1, 28), g.ri(1, 12), yb, g.pick(["br", "br", "short"]))
    doc.f("«h»\nFICHA DE ATENDIMENTO DE URGÊNCIA Nº «n»      «d» «hr»\n\nPaciente: «pn»\nNasc.: «dob»  («age»)   Sexo: «sx»\n"
          "CNS: «cns»      CPF: «cpf»\nNome da mãe: «mae»\nEndereço: «a» — «b», «c»/«uf»   CEP «cep»\nTelefone: «t»\n",
          h=g.pick(HOSPITALS).upper(), n=g.d(7), d=g.date("br"), hr=g.hm(), pn=P(p.caps if g.chance(0.6) else p.full),
          dob=(dob, "DATE_OF_BIRTH"), age=f"{2025 - yb}a",
          sx="F" if p.female else "M", cns=(g.cns(), "BR_CNS"), cpf=(g.cpf(), "BR_CPF") if g.chance(0.8) else "não informado",
          mae=P(mother.caps if child else g.person(True).caps), a=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), c=city, uf=uf,
          cep=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"))
    if child:
        doc.f("Acompanhante: «m» (mãe), tel. «t»\n", m=P(mother.full), t=(g.phone(), "PHONE_NUMBER"))
    doc.f("\nCLASSIFICAÇÃO DE RISCO (Manchester): «cor» — «enf» («coren») às «hr»\nPA «pa» FC «fc» SatO2 «sat»% Dor «dor»/10\n\n",
          cor=g.pick(["AMARELO", "LARANJA", "VERDE"]), enf=P(g.pick([enf.full, enf.short])), coren=(g.council("COREN", uf), "PROFESSIONAL_ID"),
          hr=g.hm(), pa=f"{g.ri(100, 160)}x{g.ri(60, 100)}", fc=g.ri(70, 130), sat=g.ri(93, 99), dor=g.ri(4, 10))
    doc.f("ANAMNESE: «q» refere que «ev» «p» «r». «x»\nEXAME: «ex»\nHD: «hd»   CID «c1»«c2»\nCONDUTA: «cd»\n\n",
          q=g.pick(["Paciente", "Mãe", "Acompanhante"]) if child else "Paciente",
          ev=g.pick(["ao abrir o", "ao encostar no", "ao retirar a bandeja do", "ao ligar o"]), p=desc,
          r=g.pick(["houve estouro com projeção de óleo quente", "recebeu choque e queimadura na mão",
                    "saiu vapor sob pressão atingindo o rosto", "a porta de vidro estilhaçou"]),
          x=g.pick(["Aparelho havia voltado da assistência técnica há 2 dias.", "Relata que o defeito já tinha sido reparado 3 vezes.",
                    "Nega outras queixas.", "Trouxe foto do aparelho."]),
          ex=g.pick(["queimadura de 2º grau superficial em face palmar D, ~2% SCQ", "flictenas em antebraço E, ~3% SCQ",
                     "hiperemia em face e pescoço, sem lesão ocular", "ferimento corto-contuso em mão D, 3 cm"]),
          hd=g.pick(["queimadura 2º grau", "choque elétrico", "queimadura térmica", "ferimento por estilhaço"]),
          c1=g.pick(CIDS_BURN), c2=g.pick(["", f" + {g.pick(CIDS_SHOCK)}", f", {g.pick(CIDS_OTHER)}"]),
          cd=g.pick(["limpeza, curativo com sulfadiazina de prata, analgesia, retorno em 48h", "ECG normal, observação 6h, alta",
                     "encaminhado ao centro de queimados", "sutura, curativo, vacina dT"]))
    doc.f("Médic«o»: «m» — «crm»\n«obs»\n", o=med.o, m=P(g.pick([med.full, med.caps, med.short])), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          obs=g.pick(["", "Notificação de acidente por produto de consumo encaminhada à vigilância sanitária.",
                      "Paciente orientado(a) a guardar o aparelho para perícia."]))
    return doc


def sa_incidente(g: Gen) -> Doc:
    """Internal EHS investigation report of an electric-shock or burn incident in field service."""
    doc = Doc()
    shop = g.pick(SHOPS)
    tec, sup, ehs = g.person(), g.person(), g.person()
    cli = g.person()
    city, uf = g.city()
    doc.f("RELATÓRIO DE INVESTIGAÇÃO DE INCIDENTE — RI «n»/«y»\n«s» · Segurança do Trabalho\n\n", n=g.d(3), y=g.ri(2024, 2025), s=shop)
    doc.f("Data/hora: «d» «h»\nClassificação: «cl»\nEnvolvido: «t», «fn» (matrícula «m»)\nCNH do envolvido: «cnh» (condutor do veículo «pl»)\n"
          "Supervisor imediato: «sp»\nLocal: residência do cliente «cn», «a», «c»/«uf»\n\n",
          d=g.date("br"), h=g.hm(), cl=g.pick(["acidente com afastamento", "acidente sem afastamento", "quase acidente (near miss)"]),
          t=P(tec.full), fn=g.pick(["técnico de campo", "técnica de campo" if tec.female else "técnico de refrigeração", "auxiliar técnico"]),
          m=g.d(5), cpf=(g.cpf(), "BR_CPF"), dob=(g.dob("br", 1968, 2004), "DATE_OF_BIRTH"), cnh=(g.cnh(), "BR_CNH"), pl=(g.plate(), "LICENSE_PLATE"), sp=P(sup.full), cn=P(g.pick([cli.full, cli.short])),
          a=(g.address(), "ADDRESS"), c=city, uf=uf)
    doc.f("DESCRIÇÃO\n«desc» «oc» cliente, «cf», acionou o SAMU (192). «t2» atendid«o» no «hos» e liberad«o» às «h2» "
          "(CID «cid»). «w»\n\n",
          oc="A" if cli.female else "O", desc=g.pick(["Durante o reparo de um forno elétrico com a tampa aberta, o técnico tocou o barramento energizado.",
                       "Ao testar a resistência da lava-louças, houve curto-circuito com faísca e queimadura no punho.",
                       "Na recarga de gás do split, a mangueira se soltou e houve queimadura por frio (R-410A) na mão.",
                       "O cliente religou o disjuntor enquanto o técnico trabalhava no quadro do cooktop."]),
          cf=P(cli.first), t2="O técnico foi" if not tec.female else "A técnica foi", o=tec.o, hos=g.pick(HOSPITALS), h2=g.hm(), cid=g.pick(CIDS_SHOCK + CIDS_BURN),
          w=g.pick(["Seria prudente rever o procedimento de bloqueio (LOTO).", "Sem danos ao imóvel.", "Cliente registrou reclamação no SAC."]))
    doc.f("ANÁLISE (5 porquês)\n1. Por que houve contato? Circuito energizado.\n2. Por que estava energizado? «r2»\n"
          "3. Por que? «r3»\n\nAÇÕES\n- Reciclagem NR-10 de «t» até «d» (resp.: SESMT)\n- Compra de luvas classe 00 e tapete isolante\n"
          "- Contato de emergência atualizado: «ce», «rel», «tel»\n\nElaborado por «e» («crea») · Aprovado por «sp2»\n",
          r2=g.pick(["Não foi feito o bloqueio na tomada.", "O capacitor não foi descarregado.", "Cliente religou o disjuntor."]),
          r3=g.pick(["Procedimento não estava na OS.", "Pressão por produtividade (7 visitas/dia).", "Falta de treinamento."]),
          t=P(tec.short), d=g.date("br"), e=P(ehs.full), ce=P(g.relative(tec).full), rel=g.pick(["cônjuge", "mãe", "irmã", "pai"]),
          tel=(g.phone(), "PHONE_NUMBER"), crea=(g.council("CREA", uf), "PROFESSIONAL_ID"), sp2=g.pick([P(sup.short), "Gerência de Operações", "Diretoria"]))
    return doc


def sa_aso(g: Gen) -> Doc:
    """Occupational-health roster (ASO and NR-10) of a service centre's technicians."""
    doc = Doc()
    shop = g.pick(SHOPS)
    med, enf = g.person(), g.person(True)
    uf = g.pick(UFS)
    doc.f("«s» — CONTROLE DE ASO / NR-10 — competência «m»/«y»\n«mc» coordenador«a» do PCMSO: «med» «crm»\n\n",
          s=fold(shop).upper(), m=f"{g.ri(1, 12):02d}", y=g.ri(2024, 2025), med=P(med.full), mc="Médica" if med.female else "Médico",
          a="a" if med.female else "", crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    rows = []
    for _ in range(g.ri(5, 7)):
        t = g.person(g.chance(0.2))
        rows.append([P(g.pick([t.caps, t.full])), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), (g.dob("br", 1962, 2005), "DATE_OF_BIRTH"),
                     V(g.pick(["Técnico refrig.", "Técnico eletr.", "Aux. técnico", "Instalador"])),
                     V(g.pick(["periódico", "admissional", "retorno ao trabalho", "mudança de função"])), V(g.date("br")),
                     V(g.pick(["APTO", "APTO", "APTO", "INAPTO temp.", "APTO c/ restr."])), V(g.date("br", 2026))])
    sep = g.pick([";", "tab", "ruled"])
    cols = ["Nome", "CPF", "Nascimento", "Função", "Exame", "Data", "Resultado", "Venc. NR-10"]
    if sep == "ruled":
        table_ruled(doc, cols, rows)
    else:
        table_csv(doc, cols, rows, ";" if sep == ";" else "\t")
    k = g.ri(0, len(rows) - 1)
    doc.f("\nObs.: «n» retorno após choque elétrico em atendimento externo (CAT «cat»), ECG e avaliação de «esp»; CID «cid». "
          "Audiometria alterada em 1 técnico (H83.3), encaminhado.\nEnfermeira do trabalho: «e» — «coren»\n",
          n=P(rows[k][0][0]), cat=f"{g.d(2)}.{g.d(3)}.{g.d(5)}-{g.d(1)}", esp=g.pick(["cardiologia", "dermatologia", "neurologia"]),
          cid=g.pick(CIDS_SHOCK), e=P(enf.full), coren=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    adm = [r for r in rows if r[4][0] == "admissional"]
    if adm or g.chance(0.6):
        nh = g.person(False)
        name = adm[0][0][0] if adm else nh.full
        city, uf2 = g.city()
        doc.f("\nANEXO — FICHA DE REGISTRO (admissão)\nNome: «n»\nCPF: «cpf»   RG: «rg»   Nasc.: «dob»\nPIS: «pis»   Título de eleitor: «tit»   "
              "CNH: «cnh» cat. «cat»\nEndereço: «a» — «c»/«uf» — CEP «cep»\nCelular: «t»   Contato de emergência: «ce» «tce»\n",
              n=P(name), cpf=(adm[0][1][0], "BR_CPF") if adm else (g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"),
              dob=(adm[0][2][0], "DATE_OF_BIRTH") if adm else (g.dob("br", 1970, 2005), "DATE_OF_BIRTH"),
              pis=(g.pis(), "BR_PIS"), tit=(g.titulo(), "BR_TITULO_ELEITOR"), cnh=(g.cnh(), "BR_CNH"), cat=g.pick(["B", "AB", "AB", "D"]),
              a=(g.address(), "ADDRESS"), c=city, uf=uf2, cep=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"),
              ce=P(g.person().full), tce=(g.phone(), "PHONE_NUMBER"))
    return doc


def sa_oxigenio(g: Gen) -> Doc:
    """A physician's report asking for urgent repair of a home oxygen concentrator, and the service centre's reply."""
    doc = Doc()
    p = g.person()
    med, tec, cuid = g.person(), g.person(False), g.relative(p)
    city, uf = g.city()
    dev = g.pick(["concentrador de oxigênio 5 L/min", "CPAP automático", "BiPAP", "concentrador de oxigênio portátil"])
    doc.f("RELATÓRIO MÉDICO\n\nPaciente: «n»\nData de nascimento: «dob»\nCNS: «cns»\n\nDeclaro para os devidos fins que «o» paciente acima é "
          "portador«a» de «dz» (CID «cid»), em uso contínuo de «dev» em domicílio, «h» horas/dia. O equipamento («marca», série «sn») "
          "apresentou falha em «d» e foi enviado à assistência técnica. A interrupção do tratamento implica risco de descompensação, "
          "sendo necessária a substituição ou reparo em caráter de URGÊNCIA.\n\n«c», «dt».\n\n«m»\n«crm»\n«esp»\n\n",
          n=P(p.full), dob=(g.dob("br", 1935, 1975), "DATE_OF_BIRTH"), cns=(g.cns(), "BR_CNS"), o="a" if p.female else "o",
          a="a" if p.female else "", dz=(dz := g.pick(["DPOC grave", "fibrose pulmonar", "apneia obstrutiva grave", "insuficiência respiratória crônica"])),
          cid={"DPOC grave": "J44.9", "fibrose pulmonar": "J84.1", "apneia obstrutiva grave": "G47.3"}.get(dz, "J96.1"), dev=dev, h=g.pick(["16", "18", "24", "8 (noturno)"]),
          marca=g.pick(BRANDS), sn=g.serial(), d=g.date("br"), c=city, dt=g.date("long"), m=P(g.pick([med.full, med.caps])),
          crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), esp=g.pick(["Pneumologia — RQE 12345".replace("12345", g.d(5)), "Clínica Médica", "Medicina do Sono"]))
    doc.f("---\nDe: «cu» <«ce»>\nPara: assistencia@«dom»\nAssunto: URGENTE equipamento de oxigênio «pn»\n\nBoa tarde, segue o relatório "
          "«dra» «ml». Meu «rel» não pode ficar sem o aparelho. Estamos usando cilindro emprestado. Endereço para retirada/entrega: «a», "
          "«c», CEP «cep». Meu celular: «t».\n\n",
          cu=P(cuid.full), ce=(g.email(cuid), "EMAIL_ADDRESS"), dom=g.pick(["vitalar.com.br", "respirebem.com.br", "oxicasa.com.br"]),
          pn=P(p.first.upper()), ml=P(med.last), dra="da Dra." if med.female else "do Dr.", rel=("pai" if not p.female else "mãe") if g.chance(0.7) else ("avô" if not p.female else "avó"),
          a=(g.address(), "ADDRESS"), c=city, cep=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"))
    doc.f("Resposta: «cf», recebido. Um equipamento reserva sai hoje com o técnico «tt» (tel. «tel»), previsão «h». O reparo do "
          "original fica na OS «os». Protocolo ANVISA de queixa técnica não é necessário neste caso.\nCentral de Atendimento\n",
          cf=P(cuid.first), tt=P(g.pick([tec.full, tec.first])), tel=(g.phone(), "PHONE_NUMBER"), h=g.hm(), os=g.d(6),
          )
    return doc


def sa_atestado(g: Gen) -> Doc:
    """A technician's e-mail to HR with a transcribed medical certificate after a burn, and HR's reply."""
    doc = Doc()
    shop = g.pick(SHOPS)
    dom = fold(shop.split()[0]).lower() + g.pick(["assistencia.com.br", "eletro.com.br", ".com.br"])
    t, rh, med = g.person(), g.person(), g.person()
    uf = g.pick(UFS)
    doc.f("De: «t» <«te»>\nPara: rh@«dom»\nCc: «rh» <«rhe»>\nAssunto: «tf»\n\n«w» «rf», segue foto do atestado. Me queimei "
          "ontem «ev». Tô sem poder usar a mão «lado». O original eu entrego quando voltar.\n\n",
          t=P(t.full), te=(g.email(t), "EMAIL_ADDRESS"), dom=dom, rh=P(rh.full), rhe=(g.corp_mail(rh, dom), "EMAIL_ADDRESS"),
          tf=g.pick([Doc().t("atestado ").e(t.first.lower() if g.chance(0.3) else t.short, "PERSON"), "atestado", "Atestado médico", "atestado OS"]), w=g.pick(["Oi", "Bom dia", "Boa tarde"]), rf=P(rh.first),
          ev=g.pick(["no conserto do forno da cliente da OS " + g.d(6), "no micro-ondas que estourou o capacitor", "na solda da placa na bancada"]),
          lado=g.pick(["direita", "esquerda"]))
    doc.f("[transcrição do anexo IMG_«i».jpg]\nATESTADO MÉDICO\nAtesto para os devidos fins que «n», CPF «cpf», esteve sob meus cuidados "
          "nesta data, necessitando de «k» («kk») dias de afastamento de suas atividades a partir de «d». CID: «cid»\n«m» — «crm»\n"
          "«u» · CNES «cnes»\n\n",
          i=g.d(8), n=P(ocr(t.caps, g, 0.2)), cpf=(g.cpf(), "BR_CPF"), k=(kk := g.ri(2, 10)), kk=["", "", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez"][kk],
          d=g.date("br"), cid=g.pick(CIDS_BURN + CIDS_SHOCK), m=P(g.pick([med.caps, med.full])), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          u=g.pick(HOSPITALS), cnes=g.d(7))
    doc.f("---\nRe (RH): Recebido, «tf3». Lançado no ponto. Como foi em atendimento, vamos emitir a CAT; me confirma seu PIS "
          "(no sistema está «pis») e o endereço do cliente onde aconteceu? Melhoras!\n", rf2=P(rh.first), tf2=P(t.first), tf3=P(t.first),
          pis=(g.pis(), "BR_PIS"))
    doc.f("Re: «tf»: PIS tá certo. Foi na «a», casa da «cn». Telefone dela é «tel».\n--\nEnviado do meu celular «tc»\n", tf=P(t.first),
          tc=(g.phone(), "PHONE_NUMBER"), a=(g.address("low"), "ADDRESS"),
          cn=P(g.pick([g.person(True).full, g.person(True).first])), tel=(g.phone(), "PHONE_NUMBER"))
    return doc


def sa_auditivo(g: Gen) -> Doc:
    """Repair order of a hearing aid at a hearing-health centre, with the audiologist's report."""
    doc = Doc()
    p = g.person()
    fono, orl = g.person(True), g.person()
    city, uf = g.city()
    doc.f("«centro»\nORDEM DE REPARO DE AASI Nº «n»      Data: «d»\n\nUsuári«o»: «pn»      Nasc.: «dob»\nCPF: «cpf»      CNS: «cns»\n"
          "Endereço: «a», «c»/«uf» — CEP «cep»\nContato: «t»«resp»\n\n",
          centro=g.pick(["Centro Auditivo Amado", "Clínica Escuta Bem", "Serviço de Saúde Auditiva — Policlínica Aurora", "Audiocentro Leão"]),
          n=g.d(6), d=g.date("br"), o="a" if p.female else "o", pn=P(g.pick([p.full, p.caps])),
          dob=(g.dob("br", 1932, 2015), "DATE_OF_BIRTH"), cpf=(g.cpf(), "BR_CPF"), cns=(g.cns(), "BR_CNS"),
          a=(g.address(), "ADDRESS"), c=city, uf=uf, cep=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"),
          resp=g.pick(["", (f" (responsável: {g.relative(p).full})", None)]) if False else "")
    if g.chance(0.5):
        r = g.relative(p)
        doc.f("Responsável: «r» — «t» — «em»\n\n", r=P(r.full), t=(g.phone(), "PHONE_NUMBER"), em=(g.email(r), "EMAIL_ADDRESS"))
    doc.f("Aparelho(s): «lado» — «m» «mod», série «sn1»«sn2»\nConcessão: «conc»\nQueixa: «q»\nAvaliação: «av»\n"
          "Conduta: envio ao fabricante para reparo (garantia até «gar»). Empréstimo de aparelho reserva série «sn3».\n\n",
          lado=g.pick(["OD", "OE", "bilateral"]), m=g.pick(["Siriema", "Lumina", "Hakone"]), mod=g.pick(["RIC 312", "BTE P", "ITE 10"]),
          sn1=g.d(9), sn2=g.pick(["", f" / {g.d(9)}"]), conc=g.pick(["SUS (APAC " + g.d(13) + ")", "particular", "plano de saúde"]),
          q=g.pick(["apito constante e som intermitente", "não liga após troca de pilha", "receptor com umidade", "ruído ao falar ao telefone"]),
          av=g.pick(["receptor danificado, microfone oxidado", "falha na placa; teste em caixa acústica reprovado", "carcaça trincada"]),
          gar=g.date("br", 2026), sn3=g.d(9))
    doc.f("Fonoaudióloga responsável: «f» — «crfa»\n«mo» otorrino solicitante: «o» — «crm» (CID «cid»)\n", mo="Médica" if orl.female else "Médico",
          f=P(g.pick([fono.full, fono.short])), crfa=(g.council("CRFa"), "PROFESSIONAL_ID"), o=P(orl.full),
          crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), cid=g.pick(["H90.3", "H90.5", "H91.1", "H90.6"]))
    return doc


# =========================================================================== financeiro

PARTS = [("Placa de potência", "8537.10.90"), ("Termostato", "9032.10.10"), ("Compressor 1/4 HP", "8414.30.11"),
         ("Motor do ventilador", "8501.10.19"), ("Magnetron 1000 W", "8540.71.00"), ("Resistência 1800 W", "8516.80.10"),
         ("Rolamento 6205", "8482.10.10"), ("Display LCD 6,5\"", "8524.91.00"), ("Bateria 5000 mAh", "8507.60.00"),
         ("Conector de carga USB-C", "8536.69.90"), ("Barra de LED backlight", "8541.41.21"), ("Capacitor 2,1 µF", "8532.25.90"),
         ("Sensor NTC", "9025.19.90"), ("Gás R-410A (kg)", "2903.39.19"), ("Mão de obra", "—")]


def fi_nfe(g: Gen) -> Doc:
    """DANFE of a parts-and-labour invoice issued to a consumer after an out-of-warranty repair."""
    doc = Doc()
    shop = g.pick(SHOPS)
    c = g.person()
    city, uf = g.city()
    tec = g.person(False)
    doc.f("DANFE — Documento Auxiliar da Nota Fiscal Eletrônica\n0 - ENTRADA  1 - SAÍDA [1]      Nº «n»  SÉRIE «s»\n"
          "CHAVE DE ACESSO\n«k»\nPROTOCOLO DE AUTORIZAÇÃO: «pa» «d» «h»\n\n",
          n=f"{g.d(3)}.{g.d(3)}", s=g.ri(1, 3), k=g.nfe_key(), pa=g.neg(15), d=g.date("br"), h=g.hms())
    doc.f("EMITENTE: «s»\n«end»CNPJ: «cnpj»   IE: «ie»\n\n",
          s=fold(shop).upper(), end=g.pick(["", f"Rua do Comércio, {g.ri(10, 900)} - Centro - {city}/{uf}\n"]),
          cnpj=(g.cnpj(), "BR_CNPJ"), ie=f"{g.d(3)}.{g.d(3)}.{g.d(3)}.{g.d(3)}")
    doc.f("DESTINATÁRIO / REMETENTE\nNOME/RAZÃO SOCIAL: «n»\nCNPJ/CPF: «cpf»      DATA DA EMISSÃO: «d»\nENDEREÇO: «a»      BAIRRO: «b»\n"
          "MUNICÍPIO: «c»      UF: «uf»      CEP: «cep»      FONE: «t»\n«em»\n",
          n=P(c.caps), cpf=(g.cpf(), "BR_CPF"), d=g.date("br"), a=(g.address("caps"), "ADDRESS"), b=g.pick(BAIRROS).upper(),
          c=fold(city).upper(), uf=uf, cep=(g.cep(), "BR_CEP"), t=(g.phone(g.pick(["raw", "par", "plain"])), "PHONE_NUMBER"),
          em=g.pick(["", ("E-MAIL: ", None), ("E-MAIL: ", None)]))
    if doc.text.endswith("E-MAIL: \n"):
        doc.text = doc.text[:-1]
        doc.e(g.email(c).upper() if g.chance(0.3) else g.email(c), "EMAIL_ADDRESS").t("\n")
    doc.t("\nDADOS DOS PRODUTOS / SERVIÇOS\nCÓDIGO     DESCRIÇÃO                      NCM          QTD   V.UNIT     V.TOTAL\n")
    total = 0
    for part, ncm in g.rng.sample(PARTS, g.ri(2, 4)):
        q = 1
        v = g.ri(40, 900)
        total += v
        doc.t(f"{g.alnum(3)}{g.d(5)}   {part[:30]:30s} {ncm:12s} {q:>3}  {v:>8},00  {v:>8},00\n")
    doc.f("\nVALOR TOTAL DA NOTA: R$ «v»,00\nFORMA DE PAGAMENTO: «fp»\n\nINFORMAÇÕES COMPLEMENTARES\nRef. OS «os». Produto: «p», série «sn». "
          "Garantia do serviço: 90 dias (art. 26, II, CDC). Técnico: «t». Trib. aprox. R$ «tr» (Lei 12.741/2012).\n",
          v=total, fp=g.pick(["cartão de crédito " + g.masked_card(), "Pix", "dinheiro", "cartão de débito"]), os=g.d(6),
          p=product(g)[0], sn=g.serial(), t=P(g.pick([tec.full, tec.short])), tr=g.money(10, 200))
    r = c if g.chance(0.5) else g.relative(c)
    doc.f("\n- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -\nRECEBEMOS DE «s» OS PRODUTOS/SERVIÇOS CONSTANTES DA NOTA "
          "FISCAL INDICADA AO LADO\nDATA DE RECEBIMENTO: «d»   IDENTIFICAÇÃO E ASSINATURA DO RECEBEDOR: «r» RG «rg»\n",
          s=fold(shop).upper(), d=g.date("br"), r=P(g.pick([r.caps, r.full, r.short])), rg=(g.rg(), "BR_RG"))
    return doc


def fi_chargeback(g: Gen) -> Doc:
    """A cardholder's dispute form with the issuer over a repair never done, and the acquirer's notice to the shop."""
    doc = Doc()
    c = g.person()
    shop = g.pick(SHOPS)
    an = g.person()
    card = g.card(spaced=g.chance(0.7))
    v = g.brl(150, 3500)
    d = g.date("br")
    doc.f("FORMULÁRIO DE CONTESTAÇÃO DE COMPRA — «bk»\n\nTitular: «n»\nCPF: «cpf»\nCartão: «card»   Validade: «val»\n"
          "Telefone: «t»   E-mail: «em»\nEndereço de correspondência: «a», CEP «cep»\n\n",
          bk=g.pick(["Banco Aurora", "Cartões Vitória", "Nu Pagamentos", "Banco Inter", "Itaucard"]), n=P(g.pick([c.caps, c.full])),
          cpf=(g.cpf(), "BR_CPF"), card=(card, "CREDIT_CARD"), val=f"{g.ri(1, 12):02d}/{g.ri(26, 32)}", t=(g.phone(), "PHONE_NUMBER"),
          em=(g.email(c), "EMAIL_ADDRESS"), a=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"))
    doc.f("Transação contestada: «d» · «loja» · «v» · «parc»\nMotivo: ( ) não reconheço  (X) serviço não prestado  ( ) produto com defeito  ( ) valor divergente\n"
          "Relato: «r»\n\nDeclaro serem verdadeiras as informações. «cid», «dd».\nAssinatura: «ass»\n\n",
          d=d, loja=fold(shop).upper()[:22], v=v, parc=g.pick(["à vista", "3x", "6x sem juros", "10x"]),
          r=g.pick([f"Paguei o conserto do {product(g)[0]} adiantado e a assistência fechou as portas sem devolver o aparelho.",
                    "A loja cobrou o orçamento completo e o técnico nunca apareceu. Tenho os prints do WhatsApp.",
                    "O produto voltou com o mesmo defeito e recusaram devolver o dinheiro. Procon já notificado."]),
          cid=g.city()[0], dd=g.date("br"), ass=P(c.short), app=f"v{g.ri(3, 9)}.{g.ri(0, 30)}",
          ip=(g.ip(), "IP_ADDRESS"), pr=g.protocol())
    doc.f("---\nAVISO DE CHARGEBACK — «acq»\nEstabelecimento: «s»   CNPJ «cnpj»   EC «ec»\nData da venda: «d»   Valor: «v»   Cartão: «mask»\n"
          "NSU «nsu»   Cód. autorização «aut»   ARN «arn»\nReason code: «rc»\nPrazo para apresentação de defesa: «pr»\n"
          "Analista: «an» — contestacao@«acqd»\n",
          acq=g.pick(["Cielo", "Rede", "Stone", "GetNet", "PagBank"]), s=fold(shop).upper(), cnpj=(g.cnpj(), "BR_CNPJ"), ec=g.d(10),
          d=d, v=v, mask=f"{card.replace(' ', '')[:6]}******{card.replace(' ', '')[-4:]}", nsu=g.d(9), aut=g.alnum(6),
          arn=g.d(23), rc=g.pick(["13.1 Merchandise/Services Not Received", "4853 Cardholder Dispute", "13.3 Not as Described"]),
          pr=g.date("br"), an=P(an.full), acqd=g.pick(["adquirente.com.br", "credenciadora.com.br"]))
    return doc


def fi_reembolso(g: Gen) -> Doc:
    """Refund batch of a manufacturer's finance team (CDC art. 18 refunds), as a CSV export with the cover e-mail."""
    doc = Doc()
    brand = g.pick(BRANDS)
    dom = fold(brand).lower().replace(" ", "") + ".com.br"
    an, ap = g.person(), g.person()
    doc.f("De: «an» <«ae»>\nPara: tesouraria@«dom»\nCc: «ap» <«ape»>\nAssunto: Lote de restituições art. 18 — «d» («k» pagamentos)\n\n"
          "Segue o lote para pagamento até «dl». Os itens com chave Pix foram validados no DICT; os de TED conferidos com o comprovante "
          "de titularidade. Aprovação: «apf».\n\n",
          an=P(an.full), ae=(g.corp_mail(an, dom), "EMAIL_ADDRESS"), dom=dom, ap=P(ap.full), ape=(g.corp_mail(ap, dom), "EMAIL_ADDRESS"),
          d=g.date("br"), k=(k := g.ri(8, 11)), dl=g.date("br"), apf=P(ap.first))
    rows = []
    for _ in range(k):
        c = g.person()
        mode = g.ri(0, 3)
        bank_cols = [V(""), V(""), V("")]
        pix = V("")
        if mode == 0:
            bank_cols = [V(g.bank().split()[0]), (g.agency(), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT")]
            tipo = "TED"
        elif mode == 1:
            pix = (g.uuid(), "PIX_KEY")
            tipo = "PIX"
        elif mode == 2:
            pix = (g.email(c), "EMAIL_ADDRESS")
            tipo = "PIX"
        else:
            pix = (g.phone("e164"), "PHONE_NUMBER")
            tipo = "PIX"
        rows.append([V(f"RMA-{g.ri(2024, 2025)}-{g.d(6)}"), P(g.pick([c.caps, c.full, c.plain])), (g.cpf("raw"), "BR_CPF"),
                     V(tipo)] + bank_cols + [pix, V(g.money(300, 9000).replace(".", "")), V(g.pick(["restituição art.18", "acordo JEC", "Procon CIP", "abatimento"]))])
    table_csv(doc, ["rma", "favorecido", "cpf", "tipo", "banco", "agencia", "conta", "chave_pix", "valor", "motivo"], rows,
              g.pick([";", ","]))
    doc.f("\nOBS: o CPF «bad» do lote anterior voltou com erro (dígito inválido), corrigido para «good» após contato com o cliente «cn».\n"
          "«an»\nContas a Pagar — «b»\n",
          bad=g.bad_cpf(), good=(g.cpf(), "BR_CPF"), cn=P(g.person().full), an=P(an.short), b=brand)
    return doc


def fi_garantia(g: Gen) -> Doc:
    """Claim notice of an extended-warranty insurance policy, with the repair shop's report and the payout data."""
    doc = Doc()
    c = g.person()
    ins = g.pick(INSURERS)
    reg = g.person()
    tec = g.person(False)
    desc, brand, model, defect = product(g)
    city, uf = g.city()
    doc.f("«ins»\nAVISO DE SINISTRO — GARANTIA ESTENDIDA ORIGINAL\nSinistro nº «sn»   Certificado «cert»   Processo SUSEP «susep»\n\n",
          ins=ins.upper(), sn=g.d(10), cert=f"{g.d(4)}.{g.d(6)}.{g.d(2)}", susep=f"15414.{g.d(6)}/{g.ri(2019, 2024)}-{g.d(2)}")
    doc.f("SEGURADO\nNome: «n»\nCPF: «cpf»«rg»      Data de nascimento: «dob»\nEndereço: «a»\n«c»/«uf» — CEP «cep»\nCelular: «t»      "
          "E-mail: «em»\n\n",
          n=P(g.pick([c.full, c.caps])), cpf=(g.cpf(), "BR_CPF"), rg=g.pick(["", Doc().f("      RG: «r»", r=(g.rg(), "BR_RG"))]),
          dob=(g.dob(), "DATE_OF_BIRTH"), a=(g.address(), "ADDRESS"), c=city,
          uf=uf, cep=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"), em=(g.email(c), "EMAIL_ADDRESS"))
    doc.f("BEM SEGURADO\n«p» — modelo «m» — série «s»«imei»\nNF «nf» de «dnf» — «loja» — «v»\nVigência: «v1» a «v2» (após garantia do fabricante)\n\n",
          p=desc, m=model, s=g.serial(model[:4]), imei=f" — IMEI {g.imei()}" if is_phone(desc) else "", nf=g.d(6), dnf=g.date("br", 2023),
          loja=g.pick(STORES), v=g.brl(600, 8000), v1=g.date("br", 2024), v2=g.date("br", 2026))
    doc.f("OCORRÊNCIA\nData: «d»   Defeito: «dfc»\nAssistência credenciada: «shop» — laudo de «tec», em «dl»: «l»\n\n",
          d=g.date("br"), dfc=defect, shop=g.pick(SHOPS), tec=P(tec.full), dl=g.date("br"),
          l=g.pick(["reparo inviável, peça descontinuada — indicada indenização", "reparo executado, custo R$ " + g.money(200, 1500),
                    "terceira ocorrência do mesmo defeito — indicada reposição"]))
    k = g.ri(0, 2)
    if k == 0:
        doc.f("INDENIZAÇÃO\nForma: crédito em conta do segurado — «b», agência «ag», conta «cc»\nValor: «v»\n",
              b=g.bank(), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), v=g.brl(400, 6000))
    elif k == 1:
        doc.f("INDENIZAÇÃO\nForma: Pix — chave aleatória «pix»\nValor: «v»\n", pix=(g.uuid(), "PIX_KEY"), v=g.brl(400, 6000))
    else:
        doc.f("INDENIZAÇÃO\nForma: vale-troca na «loja» (voucher «vc»)\nValor: «v»\n", loja=g.pick(STORES), vc=g.alnum(10), v=g.brl(400, 6000))
    doc.f("\nRegulador: «r» («re»)   Status: «st»\n", r=P(reg.full), re=(g.corp_mail(reg, fold(ins.split()[0]).lower() + "seguros.com.br"), "EMAIL_ADDRESS"),
          st=g.pick(["aprovado", "em análise — aguardando NF", "pendente laudo", "pago"]))
    return doc


def fi_gateway(g: Gen) -> Doc:
    """JSON-lines log of a service centre's online payment page (repair quotes paid by card or Pix), one DEBUG line with a PAN."""
    doc = Doc()
    c = g.person()
    svc = g.pick(["pay-svc", "checkout-os", "gw-orcamentos"])
    ts = g.times(7, 8 * 3600, 22 * 3600)
    day = g.date("iso")
    ip = g.ip()
    em = g.email(c)
    order = f"ORC-{g.d(7)}"
    cpf = g.cpf("raw")
    def ln(i: int, level: str, body: Doc):
        doc.t(f'{{"ts":"{day}T{ts[i]}:{g.ri(10, 59)}.{g.d(3)}-03:00","level":"{level}","svc":"{svc}",')
        doc.add(body)
        doc.t("}\n")
    ln(0, "INFO", Doc().f('"msg":"session start","user":"«em»","ip":"«ip»"', em=(em, "EMAIL_ADDRESS"), ip=(ip, "IP_ADDRESS")))
    ln(0, "INFO", Doc().f('"msg":"quote viewed","order":"«o»","ip":"«ip»","ua":"«ua»"', o=order, ip=(ip, "IP_ADDRESS"),
                          ua=g.pick(["Mozilla/5.0 (Linux; Android 13)", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4)", "Mozilla/5.0 (Windows NT 10.0)"])))
    ln(1, "INFO", Doc().f('"msg":"payer identified","order":"«o»","payer":{"name":"«n»","document":"«cpf»","email":"«em»","phone":"«t»"}',
                          o=order, n=P(c.full), cpf=(cpf, "BR_CPF"), em=(em, "EMAIL_ADDRESS"), t=(g.phone("e164"), "PHONE_NUMBER")))
    card = g.card(spaced=False)
    ln(2, "DEBUG", Doc().f('"msg":"tokenize request","card":{"number":"«pan»","holder":"«h»","exp":"«e»"},"amount":«v»',
                           pan=(card, "CREDIT_CARD"), h=P(c.caps), e=f"{g.ri(1, 12):02d}/{g.ri(26, 31)}", v=g.ri(9000, 250000)))
    ln(3, "INFO", Doc().f('"msg":"authorization","order":"«o»","card":"«m»","status":"«st»","nsu":"«nsu»","tid":"«tid»"',
                          o=order, m=f"{card[:6]}******{card[-4:]}", st=g.pick(["approved", "declined_51", "approved"]), nsu=g.d(9), tid=g.hexs(20)))
    ln(4, "WARN", Doc().f('"msg":"billing address mismatch","order":"«o»","billing":{"street":"«a»","zip":"«cep»","city":"«c»"},"ip_geo":"«geo»"',
                          o=order, a=(g.address(), "ADDRESS"), cep=(g.cep(False), "BR_CEP"), c=g.city()[0], geo=g.pick(["BR-SP", "BR-RJ", "PY", "BR-MG"])))
    ln(5, "INFO", Doc().f('"msg":"pix fallback created","order":"«o»","pix_key":"«k»","txid":"«tx»","e2e":"«e2e»"',
                          o=order, k=(g.uuid(), "PIX_KEY"), tx=g.alnum(26), e2e="E" + g.d(8) + day.replace("-", "") + g.d(4) + g.alnum(11)))
    ln(6, "ERROR", Doc().f('"msg":"chargeback received","order":"«o»","reason":"«r»","ip_last_login":"«ip»","analyst":"«an»"',
                           o=order, r=g.pick(["services_not_provided", "fraud_no_auth", "not_as_described"]), ip=(g.ip(), "IP_ADDRESS"),
                           an=login(g.person(), "fin.")))
    doc.f("\n# nota de «a»: a linha DEBUG expõe o PAN completo — abrir incidente de PCI e purgar o índice «idx».\n",
          a=P(g.person().first), idx=f"logs-{svc}-{day}")
    return doc


def fi_rpa(g: Gen) -> Doc:
    """Monthly statement of freelance technicians' fees (RPA) of an authorised service centre."""
    doc = Doc()
    shop = g.pick(SHOPS)
    fin = g.person()
    doc.f("«s» — CNPJ «cnpj»\nRELAÇÃO DE RPA — TÉCNICOS AUTÔNOMOS — competência «m»/«y»\nFechamento: «fin»\n\n",
          s=fold(shop).upper(), cnpj=(g.cnpj(), "BR_CNPJ"), m=f"{g.ri(1, 12):02d}", y=g.ri(2024, 2025), fin=P(fin.full))
    rows = []
    for _ in range(g.ri(5, 7)):
        t = g.person(g.chance(0.15))
        bruto = g.ri(1500, 9000)
        inss = round(bruto * 0.11)
        if g.chance(0.5):
            pay = [V(g.bank().split()[0]), (g.agency(False), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT")]
        else:
            pay = [V("PIX"), V(""), (g.uuid(), "PIX_KEY")]
        rows.append([P(g.pick([t.caps, t.full])), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), (g.pis(g.pick(["dot", "raw"])), "BR_PIS"),
                     V(str(g.ri(8, 60))), V(f"{bruto},00"), V(f"{inss},00"), V(f"{bruto - inss},00")] + pay)
    cols = ["Técnico", "CPF", "NIT/PIS", "OS", "Bruto", "INSS 11%", "Líquido", "Banco", "Ag.", "Conta/Chave"]
    if g.chance(0.5):
        table_ruled(doc, cols, rows, g.pick(["-", "="]))
    else:
        table_md(doc, cols, rows)
    k = g.ri(0, len(rows) - 1)
    doc.f("\nDescontos: adiantamento de «v» para «n» (combustível). Valores de OS em garantia pagos pelo fabricante ("
          "«mk»). Dúvidas: «fi», «t».\n", v=g.brl(100, 600), n=P(rows[k][0][0].title() if rows[k][0][0].isupper() else rows[k][0][0]),
          mk=g.pick(MAKERS), fi=P(fin.first), t=(g.phone(), "PHONE_NUMBER"))
    return doc


def fi_cobranca(g: Gen) -> Doc:
    """Collection e-mail for an unpaid repair, the boleto data and the customer's reply."""
    doc = Doc()
    shop = g.pick(SHOPS)
    c = g.person()
    fin = g.person()
    os_ = g.d(6)
    v = g.brl(120, 2200)
    doc.f("De: financeiro@«dom»\nPara: «em»\nAssunto: Pendência — OS «os» — «p»\n\nPrezad«o» «n»,\n\nConsta em aberto o valor de «v» "
          "referente ao conserto do «pr» (OS «os», retirada em «d»). Para evitar o envio a protesto, regularize até «dv»:\n\n",
          dom=fold(shop.split()[0]).lower() + "assistencia.com.br", em=(g.email(c), "EMAIL_ADDRESS"), os=os_,
          p=g.pick(["2º aviso", "último aviso", "lembrete"]), o=c.o, n=P(g.pick([c.full, c.first])), v=v, pr=product(g)[0],
          d=g.date("br"), dv=g.date("br"))
    doc.f("Pix (chave aleatória da empresa): «pix»\n\nou boleto:\nBeneficiário: «s» — CNPJ «cnpj»\nPagador: «pn» — CPF «cpf»\n"
          "Linha digitável: «bol»\nNosso número: «nn»   Vencimento: «dv»   Valor: «v»\n\n",
          pix=(g.uuid(), "PIX_KEY"), s=fold(shop).upper(), cnpj=(g.cnpj(), "BR_CNPJ"), pn=P(c.caps), cpf=(g.cpf(), "BR_CPF"),
          bol=g.boleto(), nn=g.neg(11) if g.chance(0.4) else g.neg(10), dv=g.date("br"), v=v)
    doc.f("Atenciosamente,\n«f»\nFinanceiro — «s»\n\n---\nRe: «cn» (via celular)\n«r»\n",
          f=P(fin.short), s=shop, cn=P(c.first),
          r=g.pick(["Vou pagar sexta. O aparelho voltou com o mesmo defeito, seria justo um desconto.",
                    "Não pago. O conserto não resolveu, vou no Procon.",
                    "Paguei ontem pelo Pix, segue comprovante."]))
    if g.chance(0.35):
        doc.f("Se preferir, passa no cartão «cc» validade «v» cvv «cvv», em 3x.\n", cc=(g.card(g.chance(0.6)), "CREDIT_CARD"),
              v=f"{g.ri(1, 12):02d}/{g.ri(26, 31)}", cvv=g.d(3))
    if g.chance(0.6):
        doc.f("Endereço de cobrança atualizado: «a», CEP «cep». Telefone novo «t».\n", a=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"),
              t=(g.phone(), "PHONE_NUMBER"))
    return doc


TEMPLATES = {
    "atendimento": [at_os, at_sac_chat, at_visita, at_call, at_rma, at_roster, at_reclamacao],
    "juridico": [ju_procon, ju_peticao, ju_sentenca, ju_carteira, ju_acordo, ju_preposto, ju_lgpd],
    "saude": [sa_cat, sa_ps, sa_incidente, sa_aso, sa_oxigenio, sa_atestado, sa_auditivo],
    "financeiro": [fi_nfe, fi_chargeback, fi_reembolso, fi_garantia, fi_gateway, fi_rpa, fi_cobranca],
}


# =========================================================================== checks and output

LABELS = {"PERSON", "BR_CPF", "BR_CNPJ", "BR_RG", "BR_CNH", "BR_PIS", "BR_TITULO_ELEITOR", "BR_CNS", "BR_CEP",
          "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "PIX_KEY", "LICENSE_PLATE", "BANK_ACCOUNT", "ADDRESS",
          "DATE_OF_BIRTH", "IP_ADDRESS", "PROFESSIONAL_ID"}
ROLE_BOXES = ("sac", "juridico", "trocas", "relacionamento", "ouvidoria", "financeiro", "contasareceber", "rh", "sesmt",
              "chargeback", "noreply", "no-reply", "fiscal", "sinistros", "atendimento", "privacidade", "dpo", "cobranca",
              "contestacao", "garantia", "assistencia", "nfe", "reembolso")


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
            assert len(raw) == 9 and rg_sp_dv(raw[:8]) == raw[8], (record["id"], v)
        elif lab == "PIX_KEY":
            uuid.UUID(v)
        elif lab == "BR_CEP":
            assert len(digits) == 8, (record["id"], v)
        elif lab == "PHONE_NUMBER":
            assert 10 <= len(digits) <= 13, (record["id"], v)
        elif lab == "IP_ADDRESS":
            assert re.fullmatch(r"[\d.]+|[0-9a-f:]+", v), (record["id"], v)
        elif lab == "LICENSE_PLATE":
            assert re.fullmatch(r"[A-Z]{3}-?\d[A-Z0-9]\d{2}", v), (record["id"], v)
        elif lab == "PERSON":
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|doutora?)\.?\s", v), (record["id"], v)
            assert not re.search(r"[0-9@]", v), (record["id"], v)
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (record["id"], v)
            assert v.split("@")[0] not in ROLE_BOXES, (record["id"], v)
    # hard negatives: every unlabelled 11-digit number (plain or dotted like a CPF) fails the CPF check
    for m in re.finditer(r"(?<![\d.\-/])(\d{11}|\d{3}\.\d{3}\.\d{3}-\d{2})(?![\d\-/]|\.\d)", text):
        if any(covered[m.start():m.end()]):
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
    print(OUT_NAME.split(".")[0], len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
