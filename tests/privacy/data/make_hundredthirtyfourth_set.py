"""Build the hundred-and-thirty-fourth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_hundredthirtyfourth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or run),
standalone (own check-digit code, stdlib only, no Faker, no import from afinar or from the other
generators), seed 13434, 280 records: 4 domains x 7 templates x 10 copies. The helpers (Gen, Doc,
name pools, check digits, self-checks) follow the shape of the hundred-and-thirty-second set's.

Register: HOME RENOVATIONS AND THE SELF-EMPLOYED TRADESMEN WHO DO THEM -- the private customer and the
mason, electrician, plumber, painter or plasterer hired by word of mouth or through a home-services
app, their helpers (serventes), the building-materials stores (depósitos, home centers) with their
credit accounts (crediário) and deliveries, dumpster (caçamba) rental, condominium renovation notices
(ABNT NBR 16.280), neighbours' complaints (noise, dust, leaks, standing water), the city's building
inspection (obra sem alvará, habite-se), small-claims suits over abandoned works, a helper's labour
claim, the construction union's homologation, and the accidents of tradesmen working on their own.
Before settling, the earlier generators matching "pedreiro|servente|diario de obra|diário de obra|
alvará|construtora" were checked by their docstrings: the thirty-fourth (construction, engineering and
property development) and the seventy-sixth (civil construction and new homes as a builder produces
the papers: site reports, CATs, ASOs, ART/RRT, distrato, site workers' labour claims) already cover
civil construction as a whole, and the fifty-second covers solar installers. So this set takes the
close but distinct register of small private renovations seen from the household and the independent
tradesman, not from a builder (no developer, no off-plan sale, no RDO of a builder's site, no CAT of a
registered site worker); where a paper resembles those sets' (an ASO batch, a labour claim), it is a
small MEI's or a pedreiro's, with other layouts.
Every store, app, bot, firm, condominium, clinic and person is invented (stores Depósito Bento Amado,
Casa do Construtor Aurora, Materiais Leão Dourado, Home Center Prudente, Madeireira Flor do Vale,
Tintas Vitória Régia, Ferragens Sarapião & Filhos, Cerâmica Rosa dos Ventos; apps ReformaJá,
ChamaPedreiro, ObraFácil, Mão na Massa App; bots Tijolinho, Prumo, Reforminha; firms Reformas Catolé ME,
JR Sarapião Construções e Reformas, Aroeira Instalações Elétricas, Hidráulica Mandacaru...); cities are
real, CEPs random.
Layouts: WhatsApp exports (Android/iOS stamps; senders by lower-case name, nickname, full name or bare
number), forms ("Campo: valor", dotted leaders, ruled box, CAPS labels), blank-aligned, +---+, psql,
pipe and Markdown tables, CSV with "," or ";", TSV, key=value access logs, e-mails with quoted replies
and X-Originating-IP, a petition, a labour claim, a contract, a municipal infraction notice (an OCR'd
scan sometimes), hearing minutes, a power of attorney (OCR'd sometimes), SINAN-style numbered fields,
speech-to-text calls in lower case with identifiers read out in groups or words ("meia" for six) and
their typed record, a receipt with the amount in words, a quote, a credit-card financing proposal.
- atendimento: (0) WhatsApp quote chat between a customer and a mason (the visit address and CEP, the
  spouse, the helper's nickname, the electrician's phone, the mason's CPF for the receipt, a helper's
  CPF and RG or a mistyped CPF, unlabelled, the down payment to a Pix key of any kind, the delivery
  truck's plate); (1) a condominium's renovation notice (NBR 16.280): owner, CPF, phone, e-mail, the
  engineer with CREA, ART number unlabelled, a table of authorised workers (RG or CPF, phone), the
  dumpster truck's plate, the síndico and the caretaker; (2) a store's delivery route (CSV/TSV): the
  driver with CNH, truck plate, orders unlabelled, customers, addresses, CEPs, phones; (3) a home-
  services app ticket with an access log (e-mail as user or a login, public IPs, private IPs
  unlabelled), the tradesman's CPF, a refund to a random Pix key, the attendant; (4) a neighbour's
  e-mail to the condominium about noise and a leak and the manager's reply (engineer's CREA, the
  attendant's corporate e-mail; role mailbox unlabelled; unit numbers alone unlabelled); (5) a
  speech-to-text call to a store's SAC (CPF, CEP, phone read out, spoken address) and the typed record
  (the attendant's login unlabelled); (6) a dumpster company's weekly spreadsheet (CPF or CNPJ,
  the work's address, plates) with the driver's CNH.
- juridico: (0) a labour-only building contract (contrato de empreitada) with both parties qualified,
  payment to agency and account or a Pix key, helpers by name and nickname, witnesses with CPF;
  (1) a small-claims petition against a tradesman who abandoned the work (CNJ unlabelled, OAB);
  (2) a servente's labour claim against the empreiteiro, a small firm (CNPJ) and the owner (PIS, CTPS
  unlabelled, witnesses and nicknames, OAB, e-mail); (3) the union's homologation term (CNPJ, agent
  and worker CPFs, PIS, birth date, agency and account, the union assistant's e-mail or a role box);
  (4) a municipal infraction notice for building without alvará (OCR'd sometimes; owner's home
  address is the work's: ADDRESS; the inspector's registration unlabelled); (5) conciliation minutes
  of a neighbours' leak dispute (settlement to agency/account or Pix); (6) a power of attorney with a
  poverty declaration (a scan sometimes; signature a rogo).
- saude: (0) an emergency unit's record of a tradesman's fall or shock (CNS, CPF, mother, address,
  companion, SAMU plate, CRM, COREN); (1) a SINAN-style work-accident form (CBO, CID unlabelled);
  (2) a small firm's ASO batch (CSV; names cut at 26); (3) a family WhatsApp group after an
  electrician's shock (CNS, CPF, birth date, the doctor by surname, the helper's phone); (4) an INSS
  expert report (CPF, NIT, RG, birth date; NB unlabelled); (5) a complaint to the SUS ombudsman about
  a neighbour's rubble (a child's birth date) with the follow-up; (6) a poison-control call about a
  child who drank thinner (birth date spoken) and the typed record.
- financeiro: (0) a store's credit-account statement (orders and the bank-slip line unlabelled,
  persons authorised to buy); (1) a store's credit application form (references, spouse, agency and
  account); (2) a mason's weekly crew payment (CSV: nicknames, CPF, Pix keys of any kind; a wrong CPF
  unlabelled); (3) a receipt with the amount in words; (4) a collection e-mail with a customer's quoted
  reply typing a full card number; (5) an electrician's or plumber's quote (MEI CNPJ, random Pix key,
  CREA sometimes); (6) a renovation-financing proposal from a bank app (IP, birth date, agency/account).

Conventions (the twentieth set's, as in BLIND_RULES.md): PERSON is the name only, never "Sr.", "Dr.",
"dona", "seu", "o pedreiro", "síndico"; particles and suffixes are inside; "SURNAME, GIVEN" is one span;
first names, nicknames ("Baiano", "Pezão", "Galego" when that is what a worker is called), lower-case,
ALL CAPS, OCR-damaged forms and names cut at a fixed width are persons. Staff named in the text are
persons (attendants, síndicos, caretakers, inspectors, engineers, conciliators, lawyers, physicians,
nurses, union assistants, bank managers, drivers); logins, bots and chat roles ("atendente", "mãe",
"cliente") are not. Corporate e-mails of people are EMAIL_ADDRESS; role mailboxes (sindico@, cobranca@,
homologacao@...) are not. ADDRESS is a person's street + number + complement; a customer's home where
the work is done is the person's address and is labelled; bairro, city and CEP stay out (CEP is
BR_CEP); stores' and firms' addresses are not given. Agency and account are separate BANK_ACCOUNT
spans; bank names are not labelled. PIX_KEY only for random keys; a key that is a CPF, phone or e-mail
takes that label. DATE_OF_BIRTH only for births (a child's, a spoken one included); admission,
accident, due, hearing dates are not. PROFESSIONAL_ID: OAB, CRM, COREN and CREA with the acronym and
UF; ART/RRT numbers and an inspector's registration are not. Identifiers read out in groups or words
are labelled like their digits. LICENSE_PLATE: every plate (delivery trucks, dumpster trucks, SAMU).
A full card number typed by a customer is CREDIT_CARD; masked ones are not.
Names: Brazilian names of many origins (Portuguese common and north-eastern, coined names, Italian,
German, Japanese, Lebanese, Korean, Chinese, Haitian, Angolan, Senegalese, Bolivian, Paraguayan,
Venezuelan, indigenous, Jewish...), rare or invented name words well above a quarter (main() prints the
share). Names that are also words (Rosa, Luz, Flor, Vitória, Aurora, Esperança, Bento, Prudente, Amado,
Leão, Branco, Justo...) are names here and, elsewhere, words, stores, condominiums and streets, not
persons ("seria prudente cobrir os móveis", "a luz da sala", "foi uma vitória", "Home Center
Prudente", "Residencial Vila Prudente", "Rua da Aurora interditada", "Cerâmica Rosa dos Ventos").
Hard negatives: CNJ numbers, mistyped CPFs (checked to fail), orders, protocols, ART numbers, NB,
bank-slip lines, CTPS, inspectors' registrations, CBO and ICD-10 codes (S52.5, S82.2, T75.4, S61.0,
S32.0, M54.5, T52.0, T26.5, S62.6, J45, W11, W12), laws and norms (ABNT NBR 16.280/2015, arts. 610 to
626 and 1.336 of the Código Civil, art. 477 CLT, OJ 191 SDI-1, Lei 7.115/1983, CDC art. 26), non-birth
dates, money; the script checks CPF-, PIS-, CNH-, título-, CNS-, card- and plate-shaped runs outside
the spans.
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

# --------------------------------------------------------------------------- check digits


def cpf_dv(nine: str) -> str:
    ds = [int(c) for c in nine]
    for top in (10, 11):
        r = sum(x * (top - i) for i, x in enumerate(ds)) % 11
        ds.append(0 if r < 2 else 11 - r)
    return f"{ds[9]}{ds[10]}"


def cpf_ok(n: str) -> bool:
    return len(n) == 11 and n.isdigit() and len(set(n)) > 1 and cpf_dv(n[:9]) == n[9:]


def cnpj_dv(twelve: str) -> str:
    """Check digits of a numeric CNPJ or of the 2026 alphanumeric one (a character counts ord(c) - 48)."""
    vals = [ord(c) - 48 for c in twelve]
    ws = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]
    out = ""
    for w in (ws, [6] + ws):
        r = sum(a * b for a, b in zip(vals, w)) % 11
        dv = 0 if r < 2 else 11 - r
        vals.append(dv)
        out += str(dv)
    return out


def rg_sp_dv(eight: str) -> str:
    r = 11 - sum(int(c) * w for c, w in zip(eight, range(2, 10))) % 11
    return "X" if r == 10 else ("0" if r == 11 else str(r))


def cnh_dv(nine: str) -> str | None:
    ds = [int(c) for c in nine]
    r1 = sum(x * w for x, w in zip(ds, range(9, 0, -1))) % 11
    r2 = sum(x * w for x, w in zip(ds, range(1, 10))) % 11
    if r1 >= 10 or r2 >= 10:
        return None  # bodies on which the published variants of the algorithm disagree are never drawn
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
    return len(n) == 15 and n.isdigit() and n[0] in "12789" and sum(int(c) * w for c, w in zip(n, range(15, 0, -1))) % 11 == 0


def luhn_dv(body: str) -> str:
    tot = 0
    for i, c in enumerate(reversed(body)):
        v = int(c)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return str(-tot % 10)


def luhn_ok(n: str) -> bool:
    return n.isdigit() and len(n) > 1 and luhn_dv(n[:-1]) == n[-1]


def fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"]
MON_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAY_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
NUM_WORDS = ["zero", "um", "dois", "tres", "quatro", "cinco", "seis", "sete", "oito", "nove"]

# --------------------------------------------------------------------------- name pools
# RARE_* pools, IMMIGRANT_SUR and the foreign pools named in RARE_ORIGINS hold regional, old-fashioned,
# coined or foreign name words that are not in the common Brazilian name lists; main() prints their
# share among the PERSON words.

COMMON_F = ["Maria", "Ana", "Francisca", "Antônia", "Adriana", "Juliana", "Márcia", "Fernanda", "Patrícia", "Aline", "Sandra",
            "Camila", "Amanda", "Bruna", "Jéssica", "Letícia", "Mariana", "Gabriela", "Luciana", "Vanessa", "Luana", "Tatiane",
            "Raquel", "Cristiane", "Simone", "Ana Paula", "Larissa", "Maria Eduarda", "Rita", "Priscila", "Carla", "Débora",
            "Beatriz", "Renata", "Natália", "Raimunda", "Sebastiana", "Josefa", "Aparecida", "Lúcia", "Vera", "Cláudia",
            "Maria José", "Edna", "Sueli", "Elaine", "Rosângela", "Regina", "Joana", "Tereza", "Maria Clara", "Isabela", "Júlia",
            "Heloísa", "Yasmin", "Lívia", "Sofia", "Manuela", "Giovanna", "Vitória Maria", "Ana Júlia", "Isadora"]
COMMON_M = ["José", "João", "Antônio", "Francisco", "Carlos", "Paulo", "Pedro", "Lucas", "Luiz", "Marcos", "Gabriel", "Rafael",
            "Daniel", "Marcelo", "Bruno", "Eduardo", "Rodrigo", "Gustavo", "Mateus", "Felipe", "Diego", "Anderson", "Leandro",
            "Tiago", "Fábio", "Ricardo", "Alexandre", "João Pedro", "José Carlos", "Sérgio", "Vinícius", "Roberto", "Jorge",
            "Raimundo", "Sebastião", "Severino", "Manoel", "Benedito", "Joaquim", "Valdir", "Edson", "Wellington", "Cícero",
            "Davi", "Miguel", "Arthur", "Damião", "Reginaldo", "Enzo", "Kauã", "Ryan", "Guilherme", "Henrique", "Caio", "Matheus",
            "Samuel", "Heitor", "Luiz Otávio", "João Vítor", "Igor"]
RARE_F = ["Cicerlândia", "Josivânia", "Rivanilda", "Lucivânia", "Damiana", "Francileide", "Zenilda", "Erisvalda", "Maria Dasdores",
          "Josilene", "Genivalda", "Marizete", "Adenilza", "Nilzelane", "Valquíria Sol", "Edineide", "Irismar", "Zefa Maria",
          "Rosenilda", "Zelândia", "Odaléia", "Ednelza", "Jucilene", "Ilzamar", "Valdelice", "Genilda", "Zulmira", "Iranildes",
          "Claudinéia", "Gessy", "Kailane", "Ketlyn", "Yasmyn", "Thamyres", "Raíssa Kauane", "Lurdilene", "Zenaíde", "Rozimeire",
          "Anaíldes", "Marilac", "Nazinha", "Quitéria", "Brasilina", "Joanice", "Nilzete", "Sirlândia", "Laudelina", "Elzimar",
          "Kethllen", "Ruthinéia", "Domitila", "Eudóxia", "Ozelita", "Edinalva", "Zilá", "Cremilda", "Alzerina", "Dejanira",
          "Edjane", "Ivanilde", "Zuleide", "Neusimar", "Gildete", "Rosimeiry", "Jozélia", "Ariclenes", "Elionora", "Kássia Suellen",
          "Cosma", "Severina Dalva", "Luzinete", "Maricleide", "Jaqueliny", "Wandeclécia", "Kaylane", "Thayslane", "Emilly Vitória",
          "Jhenifer", "Dhiovana", "Rayssa Kethlen", "Sthefany", "Maysa Vitória", "Ketlen Yasmin", "Lorrayne", "Anyelle", "Wyara",
          "Valdirene", "Francilene", "Dijanira", "Eudilene", "Rosivânia", "Marinalva Cosma", "Deuzuíta", "Lucidalva", "Edileuza"]
RARE_M = ["Genivaldo", "Josivaldo", "Cicinato", "Eriberto", "Orlandino", "Valdemiro", "Adenilson", "Josenildo", "Gerivaldo",
          "Edmilton", "Franciscleudo", "Rivelino", "Djalminha", "Juscelino", "Irineu", "Aurino", "Cosme Damião", "Geraldino",
          "Adamastor", "Hermógenes", "Deoclécio", "Ubaldino", "Crispiniano", "Gumercindo", "Nerivaldo", "Waldecy", "Claudionor",
          "Dorivaldo", "Sinfrônio", "Lucivaldo", "Eronildes", "Gerinaldo", "Joscelino", "Deusimar", "Jadiel", "Kelvyn",
          "Wesley Kauã", "Maxsuel", "Odorico", "Anacleto", "Epaminondas", "Teotônio", "Leovigildo", "Rosalvo", "Zózimo",
          "Arquimedes", "Dagoberto", "Eliomar", "Isaltino", "Jocimar", "Lindolfo", "Nestório", "Osmarino", "Quintino", "Ronivon",
          "Ueliton", "Wanderlan", "Olegário", "Hildebrando", "Juvêncio", "Florisvaldo", "Edelberto", "Ataliba", "Possidônio",
          "Aristeu", "Dejair", "Gilmário", "Valfredo", "Jucimar", "Osvaldir", "Ednaldo", "Edivânio", "Gedeão", "Jairo Kauê",
          "Ryquelme", "Kawan", "Dhiego Kauã", "Wendell Kayky", "Jhonatan Weslley", "Thallysson", "Kayo Ruan", "Wanderson Ícaro",
          "Francinaldo", "Deusdete", "Aldenor", "Valdivino", "Raimundinho Nonato", "Josuelton", "Edileuzo", "Clebiano", "Gildenor",
          "Zenóbio", "Lucimário", "Adaílton Jr", "Erivelton", "Ivanildo Cosme", "Osmundo", "Elenildo"]
WORD_F = ["Rosa", "Luz", "Flor", "Vitória", "Aurora", "Celeste", "Estrela", "Pérola", "Esperança", "Dália", "Jasmim", "Bela",
          "Cristal", "Lua", "Serena", "Maria da Luz", "Rosa Maria", "Graça", "Glória", "Açucena", "Violeta", "Margarida", "Prata",
          "Alegria", "Branca"]
WORD_M = ["Bento", "Prudente", "Amado", "Clemente", "Branco", "Justo", "Leão", "Sereno", "Constante", "Salvador", "Fortunato",
          "Pacífico", "Modesto", "Vitório", "Severo", "Benigno", "Jubileu", "Tranquilino", "Dourado", "Ferro"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Pereira", "Ferreira", "Costa", "Rodrigues", "Almeida", "Nascimento",
          "Alves", "Carvalho", "Araújo", "Ribeiro", "Gomes", "Martins", "Rocha", "Barbosa", "Mendes", "Freitas", "Cardoso",
          "Teixeira", "Dias", "Moura", "Vieira", "Nunes", "Batista", "Moreira", "Lopes", "Melo", "Cavalcante", "Monteiro",
          "Correia", "Bezerra", "Pinto", "Conceição", "Jesus", "Castro", "Azevedo", "Machado", "Xavier", "Farias", "Sousa",
          "Santana", "Bispo", "Assunção"]
RARE_SUR = ["Sarapião", "Jatobá Leite", "Quintanilha", "Sabiá", "Teodoro Vaz", "Furquim", "Nóbrega Sales", "Vilanova Brum",
            "Ruas Marinho", "Moscoso", "Arcoverde", "Pimentel Brás", "Fagundes Paim", "Espínola", "Lustosa", "Bocaiúva", "Jurubeba",
            "Carapeba", "Aroeira", "Caldas Marinho", "Cantuária", "Paixão Brito", "Sertório", "Umbelino", "Rebouças Lima",
            "Alcântara Seixas", "Frutuoso", "Bacelar", "Anchieta Brum", "Arrais", "Bitencourt Lago", "Cerqueira Leme",
            "Junqueira Brás", "Matoso", "Lacerda Pinto", "Vasconcelos Rego", "Ximenes", "Brandão Veloso", "Catingueira",
            "Mandacaru", "Cajazeiras", "Quixabeira", "Juazeiro Lins", "Sucupira", "Umburana", "Pajeú", "Xique-Xique", "Braúna",
            "Carnaúba", "Ibiapina", "Sobreira", "Tabosa", "Inojosa", "Barreira Sampaio", "Araripe", "Jucá", "Bandeira Siqueira",
            "Marreiro", "Feitosa Brito", "Amorim Quental", "Holanda Cavalcanti", "Gadelha", "Leitão Arraes", "Sá Barreto",
            "Canavieira", "Mourão Brejo", "Cajuí", "Pequizeiro", "Buriti Lobo", "Jequitibá", "Sapucaia", "Itaúna Reis", "Coivara",
            "Taquari", "Muricy Lago", "Barbalho Neiva", "Inhaúma", "Catolé"]
IMMIGRANT_SUR = ["Wisniewski", "Kowalczyk", "Zielinski Prado", "Kalaydjian", "Tchakerian", "Papadakis", "Huamán", "Mamani",
                 "Nowacki", "Sarkissian", "Karamanlis", "Grabowski", "Yazbek", "Dvorak", "Stavropoulos", "Mokarzel", "Osterkamp",
                 "Przybylski", "Okonkwo", "Al-Hamwi", "Zaparolli", "Hünemeier", "Takeuchi"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Amado", "Leão", "Paz", "Cruz", "Luz", "Bento", "Flores", "Torres", "Lobo", "Neves",
            "Fontes", "Campos", "Serra", "Vale", "Aurora", "Estrela", "Bonfim", "Guerra", "Leal", "Ramos", "Salvador", "Forte",
            "Pedreira", "Coelho", "Pinheiro", "Viana", "Rios", "Cordeiro", "Palmeira", "Prata", "Ferraz", "Dourado", "Vidal"]
NICK = {"Francisca": "Chica", "Francisco": "Chico", "José": "Zé", "Antônio": "Toninho", "Antônia": "Toinha", "Luiz": "Lula",
        "Sebastião": "Tião", "Severino": "Biu", "Raimundo": "Mundico", "Raimunda": "Mundinha", "Aparecida": "Cida", "Josefa": "Zefa",
        "Manoel": "Mané", "Benedito": "Dito", "Damião": "Dadá", "Cícero": "Ciço", "Maria José": "Zezé", "Sebastiana": "Tiana",
        "Rafael": "Rafa", "Gabriel": "Biel", "Bento": "Bentinho", "Rosa": "Rosinha", "Vinícius": "Vini", "Pedro": "Pedrão",
        "João": "Joãozinho", "Eduardo": "Dudu", "Beatriz": "Bia", "Larissa": "Lari", "Natália": "Nati", "Fernanda": "Nanda",
        "Mariana": "Mari", "Maria Eduarda": "Duda", "Luz": "Luzinha", "Maria da Luz": "Luzinha", "Graça": "Gracinha",
        "Salvador": "Dodô", "Fortunato": "Tato", "Adamastor": "Tatá", "Hermógenes": "Mogé", "Deoclécio": "Cleco",
        "Gumercindo": "Cindo", "Claudionor": "Nonô", "Sinfrônio": "Fon", "Lucivaldo": "Luci", "Joscelino": "Celinho",
        "Epaminondas": "Mina", "Teotônio": "Teo", "Zózimo": "Zoca", "Rosenilda": "Nilda", "Odaléia": "Léa", "Jucilene": "Juci",
        "Zulmira": "Mira", "Quitéria": "Téia", "Domitila": "Titila", "Gessy": "Gê", "Anacleto": "Cleto", "Lindolfo": "Dodô",
        "Quintino": "Tino", "Tranquilino": "Quilino", "Jubileu": "Bilu", "Alegria": "Legria", "Esperança": "Pepê",
        "Roberto": "Beto", "Arthur": "Tuca", "Miguel": "Migué", "Ivanilde": "Nildinha", "Gilmário": "Gil", "Jucimar": "Juju",
        "Aristeu": "Teteu", "Zuleide": "Zu", "Genivaldo": "Geni", "Josivaldo": "Vavá", "Damiana": "Dami", "Cosma": "Cosminha",
        "Genivalda": "Nena", "Josivânia": "Vânia", "Francileide": "Leide", "Francinaldo": "Naldo", "Deusdete": "Dete",
        "Valdivino": "Divino", "Josuelton": "Tom", "Clebiano": "Bia", "Zenóbio": "Nóbio", "Valdirene": "Direne", "Edileuza": "Leuza", "Luzinete": "Nete", "Edinalva": "Naldinha",
        "Chukwuemeka": "Emeka", "Oluwaseun": "Seun", "Dejair": "Deja", "Edjane": "Jane", "Joaquim": "Quinzinho", "Valdir": "Vadi",
        "Maria Clara": "Cacau", "Isabela": "Isa", "Manuela": "Manu", "Giovanna": "Gi", "Heloísa": "Helô", "Júlia": "Ju",
        "Guilherme": "Gui", "Henrique": "Rique", "Matheus": "Theus", "Kaylane": "Kay", "Thayslane": "Thay", "Jhenifer": "Jhe",
        "Sthefany": "Tefy", "Ryquelme": "Ryky", "Kawan": "Kawanzinho", "Thallysson": "Thallys", "Samuel": "Samuca",
        "Isadora": "Dora", "Lorrayne": "Lorra", "Enzo": "Enzinho", "Kauã": "Kauãzinho"}
# harvest-crew nicknames: one PERSON span each (workers in a crew are known by them)
FREE_NICK = ["Baiano", "Maranhão", "Piauí", "Mineiro", "Pezão", "Tição", "Cabeção", "Galego", "Magrelo", "Formiga", "Catatau",
             "Tatu", "Paraíba", "Cearense", "Sabiá", "Carcará", "Pitoco", "Zóio", "Toco", "Cascudo", "Bigode", "Preá", "Mocó",
             "Caboclo", "Foguinho", "Tampinha", "Sanfoneiro", "Gavião", "Canarinho", "Caju"]
FREE_NICK_F = ["Formiga", "Tampinha", "Baixinha", "Galega", "Pimenta", "Sabiá", "Cabocla", "Paraíba", "Loirinha", "Preá"]
FOREIGN = {
    "it": (["Gemma", "Assunta", "Carmela", "Ornella"], ["Vittorio", "Ettore", "Primo", "Battista"],
           ["Tomasoni", "Pasqualotto", "Zanella", "Dal Molin", "Brambilla", "Boscardin", "Tessaro", "Ceccon"]),
    "de": (["Ilse", "Frieda", "Hedwig", "Gerda"], ["Helmut", "Lothar", "Egon", "Arno"],
           ["Bernsdorf", "Mallmann", "Schwanke", "Kretschmer", "Hoffmeister", "Pommerening", "Brandenburg Lenz", "Kuhnen"]),
    "ua": (["Oksana", "Tetiana", "Halyna"], ["Dmytro", "Bohdan", "Taras"], ["Kovalenko", "Shevchuk", "Bondarenko", "Melnyk", "Hrytsenko"]),
    "cu": (["Yanelis", "Yusleidy", "Odalys"], ["Yoandry", "Osmany", "Yunior"], ["Oduardo", "Fonseca Rizo", "Betancourt", "Quesada"]),
    "jp": (["Emiko", "Harumi", "Mitsuko", "Kyoko"], ["Kazuo", "Tadashi", "Shigeru", "Noboru"],
           ["Yamashiro", "Kinjo", "Taira", "Miyagi", "Shimabukuro", "Uehara", "Higa", "Nakandakari"]),
    "ar": (["Leila", "Soraya", "Yasmin", "Samira"], ["Nagib", "Assad", "Farid", "Jamil"],
           ["Abdalla", "Haddad", "Farah", "Nassif", "Rizk", "Khoury", "Chedid", "Bechara"]),
    "kr": (["Min-ji", "Eun-young", "Ha-eun"], ["Jae-won", "Hyun-woo", "Sung-min"], ["Choi", "Shin", "Han", "Yoon"]),
    "cn": (["Xiaomei", "Lihua", "Yuting"], ["Guoqiang", "Zhiwei", "Haoran"], ["Wang", "Liu", "Zhou", "Lin", "Huang"]),
    "ht": (["Mirlande", "Fabienne", "Nadège", "Guerda", "Rose-Mirline"], ["Wilner", "Jean-Robert", "Dieunel", "Frantz", "Wisly"],
           ["Saint-Fleur", "Pierre-Louis", "Célestin", "Dorvil", "Jean-Baptiste", "Délice", "Exantus"]),
    "ao": (["Wezi", "Kiesse", "Ndalu"], ["Nkosi", "Lumbu", "Makiadi"], ["Mbala", "Kapinga", "Tshimanga", "Lukeba"]),
    "sn": (["Aminata", "Mariama", "Khady"], ["Cheikh", "Moussa", "Ousmane"], ["Fall", "Mbaye", "Thiam", "Seck"]),
    "in": (["Potyra", "Jaciara", "Araí"], ["Tupã", "Kauê", "Ubiratã"], ["Guajajara", "Terena", "Pataxó", "Baniwa", "Kaingang", "Tikuna"]),
    "wa": (["Yolimar", "Nelitza", "Eumelia"], ["Eulogio", "Yosmer", "Ramiro"], ["Moraleda", "Zapata Warao", "Tovar", "Rondón"]),
    "jw": (["Rivka", "Shoshana", "Ester"], ["Mordechai", "Avraham", "Yossef"], ["Rosenblatt", "Wainstein", "Szterenfeld", "Gurfinkel"]),
    "bo": (["Rosmery", "Wilma", "Juana"], ["Wilfredo", "Ever", "Limber"], ["Condori", "Apaza", "Ticona", "Colque", "Quispe"]),
    "py": (["Zunilda", "Liz Mabel", "Nilda"], ["Arsenio", "Ramón", "Celso"], ["Benítez", "Ayala", "Giménez", "Cabañas"]),
    "ve": (["Yusmary", "Mariannys", "Génesis", "Yorgelis"], ["Yeferson", "Wuilmer", "Jhonder", "Deiby"],
           ["Bracho", "Villalobos", "Guaramato", "Pirela", "Urdaneta"]),
    "cv": (["Nha Djassi", "Odete"], ["Djiba", "Nelson"], ["Semedo", "Varela", "Tavares Lopes"]),
    "pl": (["Jadwiga", "Stanisława", "Wanda"], ["Kazimierz", "Bronisław", "Zbigniew"], ["Wojcik", "Jablonski", "Kaminski", "Szymanski"]),
    "am": (["Anahid", "Siranush", "Arpi"], ["Hagop", "Garabed", "Vartan"], ["Boghossian", "Manukian", "Derderian", "Hovsepian"]),
    "pe": (["Yesenia", "Nélida", "Flor de María"], ["Percy", "Edwin", "Wilber"], ["Huanca", "Ccori", "Chambi", "Puma"]),
    "ng": (["Chidinma", "Adaeze", "Folake"], ["Chukwuemeka", "Oluwaseun", "Tunde"], ["Okafor", "Adeyemi", "Nwosu", "Balogun"]),
    "sy": (["Rania", "Hiba", "Lamis"], ["Bashar", "Ammar", "Wassim"], ["Al-Masri", "Haddad Khalil", "Darwish", "Kabbani"]),
    "co": (["Yurany", "Leidy Johana", "Marleny"], ["Jhon Fredy", "Yeison", "Arley"], ["Cardona", "Ospina", "Zuluaga", "Londoño"]),
    "gk": (["Jaxuka", "Kunhã Poty", "Arakuã", "Ivoty"], ["Kuaray", "Ava Verá", "Tupãrendy", "Arasy"],
           ["Kaiowá", "Nhandeva", "Vera Mirim", "Terena", "Jorge Kaiowá", "Guarani Arce"]),
}
RARE_ORIGINS = ("ua", "cu", "kr", "cn", "ht", "ao", "sn", "in", "wa", "jw", "bo", "py", "ve", "cv", "pl", "am", "pe", "ng", "sy", "co", "gk")
RARE = set(RARE_F + RARE_M + RARE_SUR + IMMIGRANT_SUR)
for _o in RARE_ORIGINS:
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])
# words a common-name list may well hold do not count as rare
RARE.difference_update(["Damiana", "Juscelino", "Irineu", "Cosme Damião", "Zulmira", "Quitéria", "Domitila", "Wilma", "Juana",
                        "Nilda", "Celso", "Ramón", "Nelson", "Odete", "Ester", "Percy", "Edwin", "Wanda", "Flor de María",
                        "Jucá", "Araripe", "Ximenes", "Tovar", "Ramiro", "Tunde", "Gedeão", "Matoso", "Frutuoso", "Arrais",
                        "Espínola", "Lustosa", "Sobreira", "Gadelha", "Tabosa", "Leila", "Yasmin"])
RARE.update(["Gemma", "Assunta", "Ornella", "Ettore", "Primo", "Tomasoni", "Pasqualotto", "Zanella", "Dal Molin", "Boscardin",
             "Tessaro", "Ceccon", "Ilse", "Frieda", "Hedwig", "Gerda", "Egon", "Arno", "Bernsdorf", "Mallmann", "Schwanke",
             "Kretschmer", "Hoffmeister", "Pommerening", "Kuhnen", "Emiko", "Harumi", "Mitsuko", "Kyoko", "Tadashi", "Shigeru",
             "Noboru", "Yamashiro", "Kinjo", "Taira", "Shimabukuro", "Uehara", "Higa", "Nakandakari", "Nagib", "Nassif", "Rizk",
             "Khoury", "Chedid", "Bechara", "Soraya", "Samira"])

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Costa", "Rosa", "Luz", "Paz", "Cruz", "Silva", "Serra", "Aurora", "Estrela", "Rocha", "Guerra", "Conceição", "Forte",
          "Pedreira", "Mangueira", "Palmeira", "Paixão Brito"}
DO_SUR = {"Nascimento", "Vale", "Bonfim"}
DOS_SUR = {"Santos", "Campos"}


DE_SUR = {"Oliveira", "Souza", "Carvalho", "Lima", "Almeida", "Araújo", "Freitas", "Moura", "Melo", "Castro", "Azevedo", "Jesus",
          "Farias", "Alencastro", "Alcântara Seixas", "Mascarenhas", "Meirelles Paiva", "Sabiá", "Capistrano", "Bacelar", "Paula"}


def particle(s: str) -> str:
    """The particle a surname takes ('' when it takes none)."""
    return "da" if s in DA_SUR else ("do" if s in DO_SUR else ("dos" if s in DOS_SUR else ("de" if s in DE_SUR else "")))


DDDS = ["11", "12", "13", "14", "15", "16", "17", "19", "21", "22", "24", "27", "31", "32", "34", "35", "37", "41", "43", "44",
        "47", "48", "49", "51", "53", "54", "55", "61", "62", "63", "65", "67", "68", "69", "71", "73", "74", "77", "79", "81",
        "82", "83", "84", "85", "86", "88", "91", "92", "93", "95", "96", "98", "99"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Praça", "Estrada", "Largo", "Viela"]
STREET_NAMES = ["dos Cortadores de Cana", "Cecília Meireles", "Prudente de Morais", "Bento Gonçalves", "Flor de Lis", "da Aurora",
                "Monteiro Lobato", "Doutor Leovigildo Sarapião", "Conselheiro Ubaldino Furquim", "Tiradentes", "Quinze de Novembro",
                "Marechal Deodoro", "da Paz", "Rosa dos Ventos", "Jorge Amado", "Castro Alves", "Santos Dumont", "dos Canavieiros",
                "Pedro Álvares Cabral", "Getúlio Vargas", "Sete de Setembro", "das Mangueiras", "Professora Zulmira Cotrim",
                "Maestro Claudionor Tinoco", "São Bento", "Beira Rio", "Vitória Régia", "dos Ipês", "Leão XIII", "da Luz",
                "Machado de Assis", "Madre Paulina", "Pioneiro Egon Kuhnen", "Doutor Farid Haddad", "das Acácias",
                "Dom Pedro II", "da Glória", "Padre Anacleto Landim", "Vereador Lindolfo Aroeira", "Rio Branco", "Treze de Maio",
                "da Estação", "Nova Esperança", "Juscelino Kubitschek", "Zumbi dos Palmares", "Presidente Vargas",
                "Bom Jesus da Lapa", "das Flores", "Cônego Sinfrônio Lustosa", "dos Colhedores", "Irmã Dulce", "Chico Mendes",
                "Dom Hélder Câmara", "Projetada 7", "Professora Cosma Sucupira", "Mestre Genivaldo Pajeú", "Santa Luzia",
                "Frei Damião", "Paulo Freire", "do Café", "Sindicalista Osmundo Catolé", "dos Safristas", "da Usina Velha", "Sete"]
CITIES = [("Ribeirão Preto", "SP"), ("Sertãozinho", "SP"), ("Guariba", "SP"), ("Jaboticabal", "SP"), ("Barrinha", "SP"),
          ("Piracicaba", "SP"), ("Araraquara", "SP"), ("Matão", "SP"), ("Bebedouro", "SP"), ("Barretos", "SP"), ("Jaú", "SP"),
          ("Presidente Prudente", "SP"), ("Franca", "SP"), ("Cosmópolis", "SP"), ("Varginha", "MG"), ("Três Pontas", "MG"),
          ("Patrocínio", "MG"), ("Guaxupé", "MG"), ("Campos Altos", "MG"), ("Araçuaí", "MG"), ("Berilo", "MG"),
          ("Chapada do Norte", "MG"), ("Minas Novas", "MG"), ("Uberaba", "MG"), ("Codó", "MA"), ("Timbiras", "MA"),
          ("Coroatá", "MA"), ("Caxias", "MA"), ("Picos", "PI"), ("São Raimundo Nonato", "PI"), ("Caetité", "BA"),
          ("Guanambi", "BA"), ("Vitória da Conquista", "BA"), ("Barra do Choça", "BA"), ("Rio Verde", "GO"),
          ("Quirinópolis", "GO"), ("Goianésia", "GO"), ("Naviraí", "MS"), ("Dourados", "MS"), ("Caarapó", "MS"),
          ("Rio Brilhante", "MS"), ("Jacarezinho", "PR"), ("Bandeirantes", "PR"), ("Maringá", "PR"), ("Linhares", "ES"),
          ("São Gabriel da Palha", "ES"), ("Garanhuns", "PE"), ("Palmares", "PE"), ("São Miguel dos Campos", "AL"),
          ("Coruripe", "AL"), ("Crato", "CE"), ("Sousa", "PB"), ("Itapetinga", "BA"), ("Alegre", "ES")]
UFS = sorted({uf for _, uf in CITIES})
BAIRROS = ["Centro", "Jardim Aurora", "Vila Rosa", "São Bento", "Alto da Paz", "Cohab", "Bela Vista", "Parque das Flores",
           "Vila Estrela", "Cidade Nova", "Vila Operária", "Jardim Esperança", "Santa Luzia", "Vila Esperança", "Conjunto Bento Ribeiro",
           "Vila Nova Aurora", "Jardim dos Canaviais", "Vila São Benedito", "Cohab II", "Bairro da Usina", "Jardim Planalto", "Vila Rica",
           "Baixada", "Alto do Cruzeiro", "Vila Prudente", "Bairro da Luz"]
BANKS = [("001", "Banco do Brasil"), ("237", "Bradesco"), ("341", "Itaú"), ("104", "Caixa"), ("033", "Santander"),
         ("260", "Nubank"), ("077", "Inter"), ("756", "Sicoob"), ("748", "Sicredi"), ("336", "C6 Bank"), ("290", "PagBank"),
         ("323", "Mercado Pago"), ("380", "PicPay"), ("041", "Banrisul"), ("004", "Banco do Nordeste")]


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
        if g.startswith("Maria d") or g in ("Rosa Maria", "Ana Paula", "João Pedro", "José Carlos", "Maria Eduarda", "Raíssa Kauane",
                                            "Wesley Kauã", "Liz Mabel", "Nha Djassi", "Kássia Suellen", "Maria José",
                                            "Leidy Johana", "Jhon Fredy", "Valquíria Sol", "Zefa Maria", "Severina Dalva",
                                            "Cosme Damião", "Jairo Kauê", "Maria Dasdores"):
            return g
        return g.split()[0]

    @property
    def last(self) -> str:
        return [s for s in self.surnames if s not in SUFFIXES and s not in PARTICLES][-1]

    @property
    def surname_str(self) -> str:
        return " ".join(self.surnames)

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


def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def fmt_date(dd: int, mm: int, yy: int, fmt: str) -> str:
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}", "short": f"{dd:02d}/{mm:02d}/{yy % 100:02d}",
            "long": f"{dd} de {MONTHS[mm - 1]} de {yy}", "dash": f"{dd:02d}-{mm:02d}-{yy}", "nopad": f"{dd}/{mm}/{yy}",
            "dot": f"{dd:02d}.{mm:02d}.{yy}", "caps": f"{dd} DE {fold(MONTHS[mm - 1]).upper()} DE {yy}",
            "mon": f"{dd:02d}/{MONTHS[mm - 1][:3]}/{yy}", "low": f"{dd} de {fold(MONTHS[mm - 1])} de {yy}"}[fmt]


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
        """Hex ids (orders, sessions); never a run of seven or more digits."""
        while True:
            s = "".join(self.rng.choice("0123456789abcdef") for _ in range(n))
            if not re.search(r"\d{7}", s):
                return s.upper() if upper else s

    def up(self, n: int) -> str:
        return "".join(self.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(n))

    def neg(self, n: int) -> str:
        """n digits that pass no identifier check of that length (orders, protocols, contracts)."""
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
            if n in (15, 16) and luhn_ok(v):
                continue
            return v

    def neg_cpf(self, dotted: bool = True) -> str:
        """A CPF-shaped number that fails the check (a typo)."""
        n = self.neg(11)
        return fmt_cpf(n) if dotted else n

    # ----------------------------------------------------------------- people
    def surname(self) -> str:
        r = self.rng.random()
        if r < 0.38:
            return self.pick(RARE_SUR)
        if r < 0.46:
            return self.pick(IMMIGRANT_SUR)
        if r < 0.58:
            return self.pick(WORD_SUR)
        return self.pick(PT_SUR)

    def person(self, female: bool | None = None, origin: str | None = None, word: bool = False) -> Person:
        rng = self.rng
        female = rng.random() < 0.5 if female is None else female
        if origin is None:
            origin = "pt" if rng.random() < 0.7 else self.pick(sorted(FOREIGN))
        if origin == "pt":
            if word or rng.random() < 0.12:
                given = self.pick(WORD_F if female else WORD_M)
            elif rng.random() < 0.45:
                given = self.pick(RARE_F if female else RARE_M)
            else:
                given = self.pick(COMMON_F if female else COMMON_M)
            if rng.random() < 0.1 and " " not in given:
                second = self.pick((RARE_F + COMMON_F) if female else (RARE_M + COMMON_M)).split()[0]
                if second != given and second not in ("Maria", "José", "Ana", "João"):
                    given += " " + second
            k = self.pick([1, 2, 2, 2, 2, 3])
            surnames: list[str] = []
            while sum(len(x.split()) for x in surnames) < k:
                s = self.pick(WORD_SUR) if (word and not surnames and self.chance(0.5)) else self.surname()
                if surnames and sum(len(x.split()) for x in surnames) + len(s.split()) > k:
                    continue
                if s not in surnames and s != given:
                    surnames.append(s)
            takes = [i for i, x in enumerate(surnames) if particle(x)]
            if takes and rng.random() < 0.45:
                pos = self.pick(takes)
                surnames.insert(pos, particle(surnames[pos]))
            if not female and rng.random() < 0.06:
                surnames.append(self.pick(SUFFIXES))
        else:
            fs, ms, sur = FOREIGN[origin]
            if rng.random() < 0.3 and origin not in ("kr", "cn", "mn"):
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

    def cnpj(self, style: str = "dot", alnum: bool = False) -> str:
        if alnum:
            chars = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
            b = "".join(self.pick(chars) for _ in range(8)) + self.pick(["0001", "0001", "A001", "0B02"])
        else:
            b = self.d(8) + self.pick(["0001", "0001", "0001", "0002", "0003"])
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
            raw = ddd + local
            if not (cpf_ok(raw) or pis_dv(raw[:10]) == raw[10:11] or cnh_dv(raw[:9]) == raw[9:]):
                return ddd, local

    def fmt_phone(self, ddd: str, local: str, style: str) -> str:
        h, t = local[:-4], local[-4:]
        mob = len(local) == 9
        return {"par": f"({ddd}) {h}-{t}", "plus": f"+55 {ddd} {h}-{t}", "plain": f"{ddd} {h}-{t}", "e164": f"+55{ddd}{local}",
                "raw": f"{ddd}{local}", "dash": f"{ddd}-{h}-{t}", "zero": f"0{ddd} {h}-{t}", "nospace": f"({ddd}){h}-{t}",
                "dot": f"{ddd}.{h}.{t}", "wa": f"+55 {ddd} {h}-{t}",
                "stt": f"{ddd} {local[0]} {local[1:5]} {local[5:]}" if mob else f"{ddd} {h} {t}"}[style]

    def phone(self, style: str | None = None, mobile: bool = True) -> str:
        ddd, local = self.msisdn(mobile)
        style = style or self.pick(["par", "plus", "plain", "e164", "raw", "dash", "par", "par", "nospace", "dot"])
        return self.fmt_phone(ddd, local, style)

    def card(self, spaced: bool = True, brand: str | None = None) -> str:
        b = brand or self.pick(["4", "5", "5", "6", "4", "3"])
        if b == "3":
            b = self.pick(["34", "37"]) + self.d(12)
            n = b + luhn_dv(b)
            return f"{n[:4]} {n[4:10]} {n[10:]}" if spaced else n
        if b == "6":
            b = self.pick(["6062", "6363", "6504", "6516"]) + self.d(11)
        else:
            b += self.d(14)
        n = b + luhn_dv(b)
        return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if spaced else n

    def masked_card(self) -> str:
        return self.pick([f"{self.pick('45')}{self.d(5)}******{self.d(4)}", f"**** **** **** {self.d(4)}", f"final {self.d(4)}",
                          f"XXXX-XXXX-XXXX-{self.d(4)}", f"•••• {self.d(4)}", f"{self.d(4)} **** **** {self.d(4)}"])

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
        groups = [f"{self.ri(1, 0xffff):x}" for _ in range(3)]
        return self.pick(["2804", "2801", "2804"]) + ":" + ":".join(groups) + self.pick([f"::{self.ri(1, 0xffff):x}",
                                                                                        f":{self.hexs(4)}:{self.hexs(4)}:{self.hexs(4)}:{self.hexs(4)}"])

    def ip(self) -> str:
        return self.ip6_pub() if self.chance(0.15) else self.ip_pub()

    def ip_priv(self) -> str:
        """A private address whose digits, read as an 11-digit run, pass no CPF, PIS or CNH check."""
        while True:
            a = self.pick([f"192.168.{self.ri(0, 15)}.{self.ri(1, 254)}", f"10.{self.ri(0, 80)}.{self.ri(0, 255)}.{self.ri(1, 254)}",
                           f"172.{self.ri(16, 31)}.{self.ri(0, 255)}.{self.ri(1, 254)}"])
            n = a.replace(".", "")
            if len(n) != 11 or not (cpf_ok(n) or pis_dv(n[:10]) == n[10] or cnh_dv(n[:9]) == n[9:]):
                return a

    # ----------------------------------------------------------------- addresses
    def address(self, style: str = "text") -> str:
        t = self.pick(STREET_TYPES)
        name = self.pick(STREET_NAMES)
        num = str(self.ri(3, 3999)) if self.chance(0.92) else "s/n"
        comp = self.pick(["", "", "", "", f"apto {self.ri(11, 1204)}", f"casa {self.ri(1, 9)}", f"bloco {self.pick('ABCD')} apto {self.ri(11, 408)}",
                          "fundos", f"ap. {self.ri(101, 910)}", f"sala {self.ri(1, 30)}", f"quadra {self.ri(1, 30)} lote {self.ri(1, 40)}",
                          f"Qd {self.ri(1, 30)} Lt {self.ri(1, 40)}", f"kitnet {self.ri(1, 12)}"])
        if style == "caps":
            return fold(f"{t} {name}, {num}" + (f", {comp}" if comp else "")).upper()
        if style == "low":
            ab = {"Rua": "r", "Avenida": "av", "Travessa": "tv", "Alameda": "al", "Estrada": "estr"}
            return fold(f"{ab.get(t, t)} {name} " + (num if num != "s/n" else "sn") + (f" {comp}" if comp else "")).lower()
        ab = {"Rua": "R.", "Avenida": "Av.", "Travessa": "Tv.", "Alameda": "Al.", "Estrada": "Estr."}
        if self.chance(0.3) and t in ab:
            t = ab[t]
        sep = self.pick([", ", ", nº ", " ", ", "]) if num != "s/n" else ", "
        return f"{t} {name}{sep}{num}" + (self.pick([", ", " - ", " "]) + comp if comp else "")

    def city(self) -> tuple[str, str]:
        return self.pick(CITIES)

    # ----------------------------------------------------------------- dates
    def dob_parts(self, lo: int = 1955, hi: int = 2006) -> tuple[int, int, int]:
        return self.ri(1, 28), self.ri(1, 12), self.ri(lo, hi)

    def dob(self, fmt: str | None = None, lo: int = 1955, hi: int = 2006) -> str:
        dd, mm, yy = self.dob_parts(lo, hi)
        fmt = fmt or self.pick(["br", "br", "br", "iso", "short", "long", "nopad", "dot"])
        return fmt_date(dd, mm, yy, fmt)

    def day(self) -> datetime.date:
        return datetime.date(self.pick([2025, 2025, 2025, 2026, 2026]), self.ri(1, 12), self.ri(1, 28))

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        y = year or self.pick([2025, 2025, 2025, 2026])
        return fmt_date(self.ri(1, 28), self.ri(1, 12), y, fmt)

    def moment(self, start: datetime.date | None = None, hours: tuple[int, int] = (8, 22)) -> datetime.datetime:
        start = start or self.day()
        return datetime.datetime(start.year, start.month, start.day, self.ri(hours[0], hours[1] - 1), self.ri(0, 59), self.ri(0, 59))

    def hm(self) -> str:
        return f"{self.ri(7, 23):02d}:{self.ri(0, 59):02d}"

    def cnj(self, seg: str | None = None) -> str:
        seg = seg or self.pick(["8.26", "8.19", "8.13", "8.21", "8.05", "8.17", "8.06", "8.16", "5.02", "5.01", "5.04"])
        return f"{self.d(7)}-{self.d(2)}.{self.ri(2020, 2026)}.{seg}.{self.d(4)}"

    def protocol(self) -> str:
        return self.pick([f"{self.ri(2024, 2026)}{self.d(8)}", self.neg(11), f"{self.d(3)}.{self.d(3)}.{self.d(3)}", f"#{self.d(7)}",
                          self.neg(12), f"ATD-{self.d(6)}", f"{self.ri(2024, 2026)}/{self.d(6)}", f"{self.d(2)}{self.up(1)}{self.d(8)}"])

    def council(self, kind: str = "CRM", uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.ri(1000, 259999)
        dotted = f"{n:,}".replace(",", ".")
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} {n}", f"OAB-{uf} {n}", f"OAB/{uf} nº {dotted}"])
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {dotted}-ENF", f"COREN-{uf} {n}-TE", f"COREN/{uf} {n}-AE"])
        if kind == "CRESS":
            return self.pick([f"CRESS {self.ri(1, 25)}ª Região nº {self.ri(1000, 49999)}", f"CRESS/{uf} {self.ri(1000, 49999)}",
                              f"CRESS-{uf} nº {dotted}"])
        if kind == "CRP":
            r = f"{self.ri(1, 23):02d}"
            return self.pick([f"CRP {r}/{self.d(5)}", f"CRP-{r}/{self.d(6)}", f"CRP {r}/{self.d(2)}.{self.d(3)}", f"CRP/{r} nº {self.d(5)}"])
        if kind == "CRC":
            return self.pick([f"CRC-{uf} {n:06d}/O-{self.ri(0, 9)}", f"CRC/{uf} {dotted}", f"CRC {uf}-{n:06d}/O"])
        if kind == "CREA":
            return self.pick([f"CREA-{uf} {self.d(10)}", f"CREA/{uf} {self.d(6)}/D", f"CREA-{uf} nº {self.d(9)}"])
        if kind == "CREFITO":
            return self.pick([f"CREFITO-{self.ri(1, 18)} {self.d(6)}-F", f"CREFITO-{self.ri(1, 18)}/{self.d(5)}-F",
                              f"CREFITO {self.ri(1, 18)} nº {self.ri(10000, 399999)}-F"])
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dotted}", f"CRM-{uf} {n}"])


OCR_LETTERS = [("m", "rn"), ("rn", "m"), ("d", "cl"), ("e", "c"), ("í", "i"), ("ã", "a"), ("ç", "c"), ("é", "e"),
               ("I", "l"), ("o", "0"), ("h", "li"), ("u", "ii"), ("O", "0"), ("l", "I"), ("S", "5"), ("B", "8")]


def ocr(s: str, g: Gen, rate: float = 0.35, names: bool = False) -> str:
    """Zero to two OCR confusions in a word, a name or an address (identifiers are printed clean)."""
    pairs = [(a, b) for a, b in OCR_LETTERS if not (names and b[0].isdigit() and b != "0")]
    for _ in range(2):
        if not g.chance(rate):
            continue
        opts = [(a, b) for a, b in pairs if a in s]
        if not opts:
            continue
        a, b = g.pick(opts)
        i = g.pick([m.start() for m in re.finditer(re.escape(a), s)])
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
            "isoz": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "br": t.strftime("%d/%m/%Y %H:%M"), "brs": t.strftime("%d/%m/%Y %H:%M:%S"),
            "hms": t.strftime("%H:%M:%S"), "hm": t.strftime("%H:%M"), "wa": t.strftime("%d/%m/%Y %H:%M"),
            "wa2": t.strftime("%d/%m/%y %H:%M"), "waios": t.strftime("[%d/%m/%Y, %H:%M:%S]"), "waios2": t.strftime("[%d/%m/%y %H:%M:%S]")}[fmt]


# --------------------------------------------------------------------------- document builder

MARK = re.compile(r"«(\w+)»")


def ocr_t(template: str, g: Gen, rate: float = 0.3) -> str:
    """OCR confusions in the words of a template, never inside its «keys»."""
    return "".join(part if MARK.fullmatch(part) else ocr(part, g, rate) for part in re.split(r"(«\w+»)", template))


def caps_t(template: str) -> str:
    """ALL CAPS (accents folded) outside the «keys» of a template."""
    return "".join(part if MARK.fullmatch(part) else fold(part).upper() for part in re.split(r"(«\w+»)", template))


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
        cur = 0
        for m in MARK.finditer(template):
            self.t(template[cur:m.start()])
            v = vals[m.group(1)]
            if isinstance(v, tuple):
                self.e(v[0], v[1])
            else:
                self.t(str(v))
            cur = m.end()
        self.t(template[cur:])
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


def cut(s: str, w: int) -> str:
    """A value cut at a fixed-width field (trailing space and comma removed)."""
    return s[:w].rstrip(" ,")


def table_ruled(doc: Doc, cols: list[str], rows: list[list[tuple]], style: str = "plus") -> None:
    """+---+ ruled ('plus'), psql ('psql'), pipe/Markdown ('pipe', 'md') or blank-aligned ('plain') table."""
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
    elif style == "md":
        doc.t("| " + " | ".join(cols) + " |\n|" + "|".join("---" for _ in cols) + "|\n")
        for r in rows:
            doc.t("|")
            for v, lab in r:
                doc.t(" ")
                doc.e(v, lab) if v else None
                doc.t(" |")
            doc.t("\n")
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
        if indent is None or not v:
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
        assert json.dumps(s, ensure_ascii=False) == f'"{s}"', s  # labelled strings never need escaping
        doc.t('"')
        doc.e(s, lab)
        doc.t('"')
    else:
        doc.t(json.dumps(v, ensure_ascii=False))


def kv_block(doc: Doc, fields: list[tuple[str, tuple]], style: str) -> None:
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
            doc.t((k + " ").ljust(w1, ".") + " ")
            doc.e(v, lab)
            doc.t("\n")
    elif style == "caps":
        for k, (v, lab) in fields:
            doc.t(f"{fold(k).upper()}: ")
            doc.e(v, lab)
            doc.t("\n")
    else:
        for k, (v, lab) in fields:
            doc.t(f"{k}: ")
            doc.e(v, lab)
            doc.t("\n")


NATIONALITY = {True: ["brasileira"] * 6 + ["portuguesa", "armênia", "peruana", "argentina", "haitiana"],
               False: ["brasileiro"] * 6 + ["português", "armênio", "peruano", "argentino", "haitiano"]}
CIVIL = {True: ["solteira", "casada", "divorciada", "viúva", "em união estável"],
         False: ["solteiro", "casado", "divorciado", "viúvo", "em união estável"]}
RG_ORG = ["SSP/SP", "SSP/BA", "SDS/PE", "SSP/MG", "DETRAN/RJ", "SESP/PR", "SSP/CE", "IGP/RS", "SSP/GO", "SEJUSP/MS", "SSP/PB"]
JOBS = {True: ["trabalhadora rural", "safrista", "colhedora de café", "lavradora", "trabalhadora rural safrista", "auxiliar agrícola",
               "cozinheira", "diarista rural"],
        False: ["trabalhador rural", "cortador de cana", "safrista", "colhedor de café", "lavrador", "trabalhador rural safrista",
                "rurícola", "auxiliar agrícola", "tratorista", "motorista", "apanhador de laranja", "bituqueiro"]}


def qualify(g: Gen, doc: Doc, p: Person, caps: bool = False, rg: bool = True, email: bool | str = False, phone: bool = False,
            addr: bool = True, dob: bool | tuple[int, int] = False, where: tuple[str, str] | None = None, titulo: bool = False,
            pis: bool = False, job=None, rural: float = 0.5, civil: str | None = None) -> None:
    """'NAME, brasileira, solteira, atriz, RG nº ..., CPF nº ..., residente na ..., CEP ...' with gold spans."""
    up = caps_t if caps else (lambda s: s)
    doc.e(p.capsf if caps else g.pick([p.caps, p.full, p.full]), "PERSON")
    if isinstance(job, tuple):
        job = job[1] if p.female else job[0]
    civil = civil or g.pick(CIVIL[p.female])
    doc.t(", " + up(f"{g.pick(NATIONALITY[p.female])}, {civil}, {job or g.pick(JOBS[p.female])}"))
    if dob:
        lo, hi = dob if isinstance(dob, tuple) else (1962, 2006)
        doc.t(up(", nascid" + p.o + " em "))
        doc.e(g.dob(g.pick(["br", "long"]) if not caps else "br", lo, hi), "DATE_OF_BIRTH")
    if rg is True and g.chance(0.18):
        doc.t(up(", portador" + ("a" if p.female else "") + " da CNH nº "))
        doc.e(g.cnh(), "BR_CNH")
    elif rg:
        doc.t(up(", portador" + ("a" if p.female else "") + " do RG nº "))
        doc.e(g.rg(), "BR_RG")
        doc.t(" " + g.pick(RG_ORG))
    doc.t(up(", inscrit" + p.o + " no CPF sob o nº "))
    doc.e(g.cpf("dot"), "BR_CPF")
    if pis:
        doc.t(up(", PIS/NIT nº "))
        doc.e(g.pis(), "BR_PIS")
    if titulo:
        doc.t(up(", título de eleitor nº "))
        doc.e(g.titulo(), "BR_TITULO_ELEITOR")
    if email:
        doc.t(", E-MAIL " if caps else ", e-mail ")
        doc.e(email if isinstance(email, str) else g.email(p), "EMAIL_ADDRESS")
    if phone:
        doc.t(up(", telefone "))
        doc.e(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")
    if addr:
        doc.t(up(", residente e domiciliad" + p.o + " na "))
        is_rural = g.chance(rural)
        doc.e(home(g, "caps" if caps else "text", 1.0 if is_rural else 0.0), "ADDRESS")
        city, uf = where or g.city()
        doc.t(up(f", {'zona rural' if is_rural else g.pick(BAIRROS)}, {city}/{uf}, CEP "))
        doc.e(g.cep(), "BR_CEP")


def role_mail(g: Gen, dom: str, box: str | None = None) -> str:
    return f"{box or g.pick(ROLE_BOXES)}@{dom}"


def lower(s: str) -> str:
    return fold(s).lower()


def corp_mail(p: Person, dom: str, g: Gen | None = None) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    if g is not None and g.chance(0.35):
        return g.pick([f"{f[0]}{l}@{dom}", f"{f}@{dom}", f"{f}.{l[0]}@{dom}"])
    return f"{f}.{l}@{dom}"


def login(p: Person, g: Gen | None = None) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return f"{f[0]}{l}" + (g.d(2) if g and g.chance(0.5) else "")


def num(v: float, dec: int = 1) -> str:
    s = f"{v:,.{dec}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def brl(v: float) -> str:
    return num(v, 2)


def pix_key(g: Gen, p: Person, cpf: str | None = None) -> tuple[str, tuple]:
    """(kind, (key, LABEL)): a random key, a phone, an e-mail or the CPF."""
    kind = g.pick(["aleatoria", "aleatoria", "celular", "cpf", "email"])
    if kind == "aleatoria":
        return "aleatória", (g.uuid(), "PIX_KEY")
    if kind == "celular":
        return "celular", (g.phone(g.pick(["e164", "par", "raw"])), "PHONE_NUMBER")
    if kind == "email":
        return "e-mail", (g.email(p), "EMAIL_ADDRESS")
    return "CPF", (cpf or g.cpf(), "BR_CPF")


def spoken_digits(s: str, g: Gen | None = None) -> str:
    words = [NUM_WORDS[int(c)] for c in s if c.isdigit()]
    if g is not None and g.chance(0.5):
        words = ["meia" if w == "seis" else w for w in words]
    return " ".join(words)


def stt_groups(n: str, g: Gen) -> str:
    """An identifier as a call transcript writes it: in groups, or digit by digit in words."""
    return g.pick([" ".join(n[i:i + 3] for i in range(0, len(n), 3)), spoken_digits(n, g), f"{n[:5]} {n[5:]}"])


def stt_cpf(n: str, g: Gen) -> str:
    return g.pick([f"{n[:3]} {n[3:6]} {n[6:9]} {n[9:]}", f"{n[:3]} {n[3:6]} {n[6:9]} traco {n[9:]}",
                   f"{n[:3]} ponto {n[3:6]} ponto {n[6:9]} {n[9:]}", spoken_digits(n, g)])


def mail_date(t: datetime.datetime) -> str:
    return f"{DAY_EN[t.weekday()]}, {t.day} {MON_EN[t.month - 1]} {t.year} {t.strftime('%H:%M:%S')} -0300"


def cl(doc: Doc, stamp: str, sender: tuple, template: str = "", **vals) -> None:
    """One chat line: '<stamp><sender>: <message>'; sender is (text, label or None)."""
    doc.t(stamp)
    doc.e(sender[0], sender[1])
    doc.t(": ")
    doc.f(template, **vals)
    doc.t("\n")


def chat_stamp(g: Gen):
    style = g.pick(["android", "android2", "ios", "ios2"])

    def st(t: datetime.datetime) -> str:
        return {"android": ts(t, "wa") + " - ", "android2": ts(t, "wa2") + " - ", "ios": ts(t, "waios") + " ",
                "ios2": ts(t, "waios2") + " "}[style]
    return st


def seq_times(g: Gen, n: int, t0: datetime.datetime, lo: int = 30, hi: int = 1800) -> list[datetime.datetime]:
    out, t = [], t0
    for _ in range(n):
        t = t + datetime.timedelta(seconds=g.ri(lo, hi))
        out.append(t)
    return out


def esign_log(g: Gen, doc: Doc, signers: list[tuple[Person, str]], t0: datetime.datetime, style: str | None = None) -> None:
    """An e-signature log: name, e-mail, IP, time (the envelope id, an upper-case UUID, is not labelled)."""
    doc.f("\nREGISTRO DE ASSINATURAS ELETRÔNICAS — documento «e»\n", e=clean(g, lambda: str(uuid.UUID(int=g.rng.getrandbits(128), version=4)).upper()))
    rows = []
    t = t0
    for p, mail in signers:
        t = t + datetime.timedelta(minutes=g.ri(2, 900))
        rows.append([P(g.pick([p.full, p.caps])), (mail, "EMAIL_ADDRESS"), (g.ip(), "IP_ADDRESS"), V(ts(t, "brs")),
                     V(g.pick(["assinou", "assinou (token e-mail)", "assinou (gov.br)", "assinou (selfie + SMS)", "visualizou e assinou"]))])
    table_ruled(doc, ["signatário", "e-mail", "IP", "data/hora", "evento"], rows, style or g.pick(["plus", "psql", "plain"]))


CNJ_SEG = {"SP": "8.26", "RJ": "8.19", "MG": "8.13", "RS": "8.21", "PR": "8.16", "SC": "8.24", "BA": "8.05", "PE": "8.17",
           "CE": "8.06", "RN": "8.20", "PB": "8.15", "AL": "8.02", "SE": "8.25", "PI": "8.18", "MA": "8.10", "PA": "8.14",
           "AM": "8.04", "GO": "8.09", "DF": "8.07", "MS": "8.12", "MT": "8.11", "ES": "8.08", "RR": "8.23", "AC": "8.01",
           "TO": "8.27", "RO": "8.22", "AP": "8.03"}
TRT = {"SP": "5.15", "RJ": "5.01", "MG": "5.03", "RS": "5.04", "PR": "5.09", "SC": "5.12", "BA": "5.05", "PE": "5.06",
       "CE": "5.07", "RN": "5.21", "PB": "5.13", "AL": "5.19", "SE": "5.20", "PI": "5.22", "MA": "5.16", "PA": "5.08",
       "AM": "5.11", "GO": "5.18", "DF": "5.10", "MS": "5.24", "MT": "5.23", "ES": "5.17", "RR": "5.11", "AC": "5.14",
       "TO": "5.10", "RO": "5.14", "AP": "5.08"}


def city_of(g: Gen, uf: str) -> tuple[str, str]:
    return g.pick([c for c in CITIES if c[1] == uf])


def dra(p: Person) -> str:
    return "Dra." if p.female else "Dr."




UNITS = ["", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez", "onze", "doze", "treze", "quatorze", "quinze",
         "dezesseis", "dezessete", "dezoito", "dezenove"]
TENS = ["", "", "vinte", "trinta", "quarenta", "cinquenta", "sessenta", "setenta", "oitenta", "noventa"]
HUNDREDS = ["", "cento", "duzentos", "trezentos", "quatrocentos", "quinhentos", "seiscentos", "setecentos", "oitocentos", "novecentos"]


def words999(n: int) -> str:
    if n == 100:
        return "cem"
    parts = []
    h, r = divmod(n, 100)
    if h:
        parts.append(HUNDREDS[h])
    if r:
        if r < 20:
            parts.append(UNITS[r])
        else:
            t, u = divmod(r, 10)
            parts.append(TENS[t] + (f" e {UNITS[u]}" if u else ""))
    return " e ".join(parts)


def extenso(v: float) -> str:
    """An amount in words, as receipts write it ('mil duzentos e trinta reais e quarenta centavos')."""
    reais = int(v)
    cent = int(round((v - reais) * 100))
    th, r = divmod(reais, 1000)
    parts = []
    if th:
        parts.append("mil" if th == 1 else words999(th) + " mil")
    if r:
        parts.append(words999(r))
    s = (" e " if th and r and (r < 100 or r % 100 == 0) else " ").join(parts) if parts else "zero"
    s += " real" if reais == 1 else " reais"
    if cent:
        s += " e " + words999(cent) + (" centavo" if cent == 1 else " centavos")
    return s



# --------------------------------------------------------------------------- register: home renovations and the tradesmen

SEED = 13434
OUT_NAME = "hundredthirtyfourth.jsonl"

JOBS = {True: ["diarista", "autônoma", "eletricista", "pintora", "servente de obras", "azulejista", "professora", "comerciante",
               "aposentada", "técnica de enfermagem", "cabeleireira", "do lar"],
        False: ["pedreiro", "servente de obras", "eletricista", "encanador", "pintor", "gesseiro", "azulejista", "mestre de obras",
                "carpinteiro", "serralheiro", "ajudante geral", "aposentado", "motorista", "comerciante", "vigilante"]}
STREET_NAMES = STREET_NAMES[:8] + ["dos Pedreiros", "Mestre Zózimo Arcoverde", "das Olarias", "do Cimento", "Engenheiro Egon Kuhnen",
                                   "dos Azulejistas", "Ladeira do Prumo", "Vereador Sinfrônio Catolé"] + STREET_NAMES[9:]
STORES = [("Depósito Bento Amado Materiais de Construção", "depositobentoamado.com.br"),
          ("Casa do Construtor Aurora", "casadoconstrutoraurora.com.br"), ("Materiais Leão Dourado", "leaodourado.com.br"),
          ("Home Center Prudente", "homecenterprudente.com.br"), ("Madeireira Flor do Vale", "madeireiraflordovale.com.br"),
          ("Tintas Vitória Régia", "tintasvitoriaregia.com.br"), ("Ferragens Sarapião & Filhos", "ferragenssarapiao.com.br"),
          ("Cerâmica Rosa dos Ventos", "ceramicarosadosventos.com.br")]
CONDOS = ["Condomínio Residencial Aurora", "Edifício Luz do Sol", "Residencial Vila Prudente", "Condomínio Jardim Esperança",
          "Edifício Bento Amado", "Residencial Flor de Lis", "Condomínio Serra Branca"]
APPS = ["ReformaJá", "ChamaPedreiro", "ObraFácil", "Mão na Massa App"]
BOTS = ["Tijolinho", "Prumo", "Reforminha"]
CACAMBAS = ["Caçambas Leão", "Entulho Certo Caçambas", "Remove Caçambas Aurora", "Caçambas Justo"]
UNION = ("Sindicato dos Trabalhadores nas Indústrias da Construção Civil", "sintracon.org.br")
SMALL_FIRMS = ["Reformas Catolé ME", "JR Sarapião Construções e Reformas Ltda.", "Aroeira Instalações Elétricas ME",
               "Hidráulica Mandacaru Serviços ME", "Pinturas Pajeú Ltda.", "Gesso & Cia Quixabeira ME"]
WORKS = ["reforma do banheiro (troca de piso e revestimento)", "troca da fiação da casa toda", "laje e ampliação do quarto dos fundos",
         "reboco e pintura da fachada", "muro de divisa e portão", "troca do encanamento da cozinha", "reforma da cozinha e área de serviço",
         "cobertura da garagem com telha termoacústica", "impermeabilização da laje", "construção da edícula"]
CASES = [("queda de andaime de cavalete durante reboco externo, fratura de punho", "S52.5"), ("queda de escada ao instalar luminária", "S82.2"),
         ("choque elétrico em quadro de distribuição, queimadura na mão", "T75.4"), ("corte na mão com disco de makita", "S61.0"),
         ("queda da laje (altura aprox. 3 m), trauma de coluna lombar", "S32.0"), ("lombalgia aguda ao carregar saco de cimento", "M54.5"),
         ("inalação de vapores de solvente em ambiente fechado", "T52.0"), ("queimadura química por cal virgem nos olhos", "T26.5"),
         ("prensamento de dedo por bloco de concreto", "S62.6")]
ROLE_BOXES = ["sac", "contato", "atendimento", "sindico", "administracao", "portaria", "obras", "vendas", "cobranca", "crediario",
              "entregas", "logistica", "juridico", "financeiro", "rh", "homologacao", "secretaria", "ouvidoria", "no-reply",
              "naoresponda", "fiscalizacao", "protocolo", "vigilancia", "notifica", "saude", "intimacoes", "lgpd", "dpo", "suporte"]
CIDS_NEG = ["W11", "W12", "W87", "X49"]


def home(g: Gen, style: str = "text", rural: float = 0.0, uf: str | None = None) -> str:
    return g.address(style)


def clean(g: Gen, make) -> str:
    """A hard-negative string in which no run passes a CPF, PIS, CNH, título, CNS, card or plate check."""
    while True:
        s = make()
        if not bad_run(s):
            return s


def proto(g: Gen) -> str:
    return clean(g, g.protocol)


def order_no(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"PED-{g.d(6)}", f"{g.ri(100000, 999999)}", f"NF {g.d(6)}", f"OS {g.ri(1000, 9999)}/{g.ri(25, 26)}",
                                    g.neg(11)]))


def tradesman(g: Gen, female: bool | None = None) -> Person:
    f = g.chance(0.12) if female is None else female
    return g.person(female=f, origin=None if g.chance(0.8) else g.pick(["ht", "ve", "bo", "py", "ao", "sn", "in"]))


def nick_of(g: Gen, p: Person) -> str:
    return g.pick([p.nick, p.nick, g.pick(["Baiano", "Galego", "Pezão", "Tição", "Formiga", "Bigode", "Magrelo", "Mineiro", "Prumo",
                                            "Tampinha", "Cabeção", "Toco"]) if not p.female else g.pick(["Galega", "Baixinha", "Pimenta"])])


def sender(g: Gen, p: Person) -> tuple:
    r = g.rng.random()
    if r < 0.35:
        return (lower(p.first), "PERSON")
    if r < 0.55:
        return (lower(p.short), "PERSON")
    if r < 0.7:
        return (p.nick, "PERSON")
    if r < 0.85:
        return (p.full, "PERSON")
    return (g.phone("wa"), "PHONE_NUMBER")


def money(g: Gen, lo: int, hi: int) -> str:
    return "R$ " + brl(g.ri(lo, hi) + g.pick([0, 0, 0.5, 0.9]))


def bank(g: Gen) -> str:
    return g.pick(BANKS)[1]


def pay_line(g: Gen, doc: Doc, p: Person, cpf: str | None = None) -> None:
    if g.chance(0.5):
        doc.f("«b», agência «a», conta «c»", b=bank(g), a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"))
    else:
        kind, key = pix_key(g, p, cpf)
        doc.f("Pix («k») «v»", k=kind, v=key)


# ------------------------------------------------------------------ atendimento

def at_chat(g: Gen) -> Doc:
    doc = Doc()
    cli, ped = g.person(), tradesman(g, False)
    hel, ele = tradesman(g, False), tradesman(g)
    st = chat_stamp(g)
    t = seq_times(g, 14, g.moment(), 40, 2400)
    sc, sp = sender(g, cli), sender(g, ped)
    work = g.pick(WORKS)
    doc.t(g.pick(["", f"Conversa do WhatsApp com {sp[0]}\n", "As mensagens e as chamadas são protegidas com a criptografia de ponta a ponta.\n"]))
    cl(doc, st(t[0]), sc, "boa tarde, peguei seu contato com a «n» da rua de baixo. preciso de orçamento pra «w»", n=P(g.pick([g.person().first, g.person().nick])), w=work)
    cl(doc, st(t[1]), sp, "boa tarde! posso passar aí amanhã cedo pra ver. qual o endereço?")
    addr = g.address(g.pick(["text", "low"]))
    cl(doc, st(t[2]), sc, "«a», «b». cep «c»", a=(addr, "ADDRESS"), b=g.pick(BAIRROS), c=(g.cep(g.chance(0.7)), "BR_CEP"))
    cl(doc, st(t[3]), sc, "pode tocar no portão, se eu não tiver meu marido «m» atende", m=P(g.pick([lower(g.person(False).first), g.person(False).first])))
    cl(doc, st(t[4]), sp, "ok. mão de obra fica «v», material por conta da senhora. vou com meu servente o «h»", v=money(g, 1800, 14000), h=P(nick_of(g, hel)))
    cl(doc, st(t[5]), sp, "a parte eletrica quem faz é o «e», o zap dele é «p»", e=P(g.pick([ele.first, ele.short])), p=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))
    cl(doc, st(t[6]), sc, "fechado. preciso do seu cpf pro recibo e pra portaria do prédio liberar")
    cpf = g.cpf()
    cl(doc, st(t[7]), sp, "«c» «n»", c=(cpf, "BR_CPF"), n=P(g.pick([ped.full, ped.caps, lower(ped.full)])))
    if g.chance(0.5):
        cl(doc, st(t[8]), sp, "o do «h» é «c» e o rg «r»", h=P(hel.first), c=(g.cpf(), "BR_CPF"), r=(g.rg(), "BR_RG"))
    else:
        bad = g.neg_cpf()
        cl(doc, st(t[8]), sp, "o do «h» é «c»... pera acho q errei, amanhã te passo certo", h=P(hel.first), c=bad)
    kind, key = pix_key(g, ped, cpf)
    cl(doc, st(t[9]), sp, "o sinal de «v» pode mandar no pix («k») «x»", v=money(g, 300, 2500), k=kind, x=key)
    cl(doc, st(t[10]), sc, "<Mídia oculta>" if g.chance(0.5) else "comprovante.pdf (arquivo anexado)")
    cl(doc, st(t[11]), sc, "o depósito é o «s», entrega amanha de manhã, placa do caminhão «p»", s=g.pick(STORES)[0], p=(g.plate(), "LICENSE_PLATE"))
    cl(doc, st(t[12]), sp, g.pick(["blz, amanhã 7h tamo aí 👍", "certo. se chover a gente adianta a parte de dentro", "combinado dona, deus abençoe"]))
    cl(doc, st(t[13]), sc, g.pick(["seria prudente cobrir os móveis né", "a luz da sala vai ficar desligada quanto tempo?", "esperança que termine antes do natal kkk"]))
    return doc


def at_condo_form(g: Gen) -> Doc:
    doc = Doc()
    own, eng = g.person(), g.person()
    condo = g.pick(CONDOS)
    style = g.pick(["plain", "box", "dots", "caps"])
    doc.f("«c» — COMUNICADO DE REFORMA EM UNIDADE (ABNT NBR 16.280/2015)\nProtocolo administradora: «p»\n\n", c=condo, p=proto(g))
    fields = [("Unidade", V(f"apto {g.ri(11, 184)} bloco {g.pick('ABC')}")), ("Proprietário(a)", P(g.pick([own.full, own.caps]))),
              ("CPF", (g.cpf(), "BR_CPF")), ("Telefone", (g.phone(), "PHONE_NUMBER")), ("E-mail", (g.email(own), "EMAIL_ADDRESS")),
              ("Serviço", V(g.pick(WORKS))), ("Responsável técnico", P(eng.full)),
              ("Registro", (g.council("CREA"), "PROFESSIONAL_ID")), ("ART/RRT", V(clean(g, lambda: f"{g.ri(2025, 2026)}{g.d(9)}"))),
              ("Início previsto", V(g.date())), ("Término previsto", V(g.date()))]
    kv_block(doc, fields, style)
    doc.t("\nPRESTADORES AUTORIZADOS A ENTRAR (horário 8h-17h, seg a sex)\n")
    rows = []
    for _ in range(g.ri(3, 5)):
        w = tradesman(g)
        rows.append([P(g.pick([w.full, w.caps, w.short])), (g.rg(), "BR_RG") if g.chance(0.5) else (g.cpf(), "BR_CPF"),
                     V(g.pick(JOBS[w.female][:6])), (g.phone("plain"), "PHONE_NUMBER") if g.chance(0.9) else V("-")])
    table_ruled(doc, ["nome", "documento", "função", "celular"], rows, g.pick(["plain", "plus", "pipe"]))
    doc.f("\nCaçamba: «k», veículo «pl» (entrega sáb. até 12h)\n", k=g.pick(CACAMBAS), pl=(g.plate(), "LICENSE_PLATE"))
    sind = g.person()
    doc.f("De acordo, «s» (síndic«o»). Ciente, zelador «z».\n", s=P(g.pick([sind.full, sind.short])), o=sind.o, z=P(g.person(False).first))
    return doc


def at_delivery_csv(g: Gen) -> Doc:
    doc = Doc()
    store = g.pick(STORES)
    drv = g.person(False)
    doc.f("{store} - ROTEIRO DE ENTREGAS {d}\nmotorista: «m» | CNH «c» | caminhão «p»\n\n".format(store=store[0], d=g.date()),
          m=P(g.pick([drv.full, drv.short, drv.nick])), c=(g.cnh(), "BR_CNH"), p=(g.plate(), "LICENSE_PLATE"))
    sep = g.pick([";", ",", "\t"])
    rows = []
    for _ in range(g.ri(5, 7)):
        c = g.person()
        rows.append([V(order_no(g)), P(g.pick([c.full, c.caps, c.short])), (g.address(g.pick(["text", "caps"])), "ADDRESS"),
                     V(g.pick(BAIRROS)), (g.cep(), "BR_CEP"), (g.phone(g.pick(["par", "raw", "plain"])), "PHONE_NUMBER"),
                     V(g.pick(["20 sc cimento CP-II", "2 m³ areia média", "1000 blocos 14x19x39", "5 barras ferro 3/8", "18 cx porcelanato 60x60",
                               "1 caixa d'água 1000L", "3 latas tinta acrílica 18L", "500 tijolos baianos"])),
                     V(g.pick(["pago", "receber na entrega", "crediário", "boleto"]))])
    table_csv(doc, ["pedido", "cliente", "endereco", "bairro", "cep", "fone", "material", "pgto"], rows, sep)
    doc.f("\nobs: cliente do pedido {o} pediu pra deixar com o vizinho «v». rua da Aurora interditada p/ obra da prefeitura.\n".format(o=order_no(g)),
          v=P(g.person().first))
    return doc


def at_app_ticket(g: Gen) -> Doc:
    doc = Doc()
    app = g.pick(APPS)
    cli, pro, att = g.person(), tradesman(g), g.person()
    em = g.email(cli)
    doc.f("[{app}] Chamado {p} — categoria: profissional não compareceu / cobrança indevida\n".format(app=app, p=proto(g)))
    doc.f("Cliente: «n» <«e»> | tel «t»\nProfissional: «pn» (CPF «pc», cadastro {r})\n", n=P(cli.full), e=(em, "EMAIL_ADDRESS"),
          t=(g.phone(), "PHONE_NUMBER"), pn=P(g.pick([pro.full, pro.short])), pc=(g.cpf(), "BR_CPF"), r=clean(g, lambda: f"PRO-{g.d(6)}"))
    doc.f("Relato: «x»\n\n", x=g.pick(["o pedreiro recebeu o sinal e sumiu, não responde mais", "cobrança em dobro no cartão " + g.masked_card(),
                                        "o eletricista deixou a fiação exposta e não voltou"]))
    doc.t("--- log de acesso ---\n")
    t = g.moment()
    for ev in ["login ok", "orçamento aceito", "pagamento autorizado", "chat aberto", "login ok", "avaliação 1 estrela", "abertura de chamado"]:
        t += datetime.timedelta(minutes=g.ri(1, 3000))
        doc.f("{t} user=«u» ip=«i» evt=\"{ev}\"\n".format(t=ts(t, "iso"), ev=ev), u=(em, "EMAIL_ADDRESS") if g.chance(0.5) else V(login(cli, g)),
              i=(g.ip(), "IP_ADDRESS") if g.chance(0.8) else V(g.ip_priv()))
    doc.f("\nNota interna ({a}): estorno via Pix chave aleatória «k». Atendente «n».\n".format(a=g.pick(["svc_reembolso", "adm.suporte", "bot " + g.pick(BOTS)])),
          k=(g.uuid(), "PIX_KEY"), n=P(g.pick([att.first, att.short])))
    return doc


def at_neighbor_mail(g: Gen) -> Doc:
    doc = Doc()
    nb, own, att = g.person(), g.person(), g.person()
    condo = g.pick(CONDOS)
    dom = g.pick(["administradoraaurora.com.br", "bentoadm.com.br", "prudenteadministracao.com.br"])
    t = g.moment()
    doc.f("From: «n» <«e»>\nTo: {rm}\nDate: {d}\nSubject: barulho e infiltração - reforma do {u}\n\n".format(
        rm=role_mail(g, dom, "sindico"), d=mail_date(t), u=f"{g.ri(11, 184)}"), n=P(nb.full), e=(g.email(nb), "EMAIL_ADDRESS"))
    doc.f("Prezados, a reforma do apartamento de cima (proprietári«o» «p») começa às 7h com marreta, inclusive sábado. "
          "Agora apareceu infiltração no teto do meu banheiro. Os pedreiros, um tal de «k», falaram que é problema da prumada.\n"
          "Peço providências. Meu telefone é «t».\n\n«s»\n«a» - {b}\n\n".format(b=condo), o=own.o, p=P(g.pick([own.full, own.first])),
          k=P(nick_of(g, tradesman(g, False))), t=(g.phone(), "PHONE_NUMBER"), s=P(nb.first), a=(g.address(), "ADDRESS"))
    doc.f("> Resposta ({d}): Sr(a). «n», notificamos o condômino conforme art. 1.336 do Código Civil e o regulamento interno "
          "(obras só de 8h às 17h). O engenheiro «en» («cr») fará vistoria. Att, «a» | «ae»\n".format(d=dbr(g.day())),
          n=P(nb.last), en=P(g.person().full), cr=(g.council("CREA"), "PROFESSIONAL_ID"), a=P(att.full), ae=(corp_mail(att, dom, g), "EMAIL_ADDRESS"))
    return doc


def at_call(g: Gen) -> Doc:
    doc = Doc()
    cli, att = g.person(), g.person()
    store = g.pick(STORES)
    cpf = g.cpf_digits()
    ph = g.msisdn()
    addr = g.address("low")
    cep = g.cep(False)
    doc.f("transcricao automatica - {s} - sac\n".format(s=fold(store[0]).lower()))
    doc.f("atendente: {s} boa tarde meu nome e «a» em que posso ajudar\n".format(s=fold(store[0]).lower()), a=P(lower(att.first)))
    doc.f("cliente: oi é que veio cimento errado na minha obra pedi cp dois e veio cp tres e o pedreiro nao quer usar\n")
    doc.f("atendente: entendi me informa o cpf do titular\ncliente: «c»\n", c=(stt_cpf(cpf, g), "BR_CPF"))
    doc.f("atendente: nome completo\ncliente: «n»\n", n=P(lower(cli.full)))
    doc.f("atendente: confirma o endereço de entrega\ncliente: «a» cep «c»\n", a=(addr, "ADDRESS"), c=(stt_groups(cep, g), "BR_CEP"))
    doc.f("atendente: e um telefone pra o motorista ligar\ncliente: «p»\n", p=(g.fmt_phone(ph[0], ph[1], "stt") if g.chance(0.5) else spoken_digits(ph[0] + ph[1], g), "PHONE_NUMBER"))
    doc.f("cliente: pode falar com o «m» que é o mestre de obras\n", m=P(lower(g.pick([tradesman(g, False).nick, tradesman(g, False).first]))))
    doc.f("atendente: pronto protocolo {p} a troca sai amanha\n\n".format(p=proto(g)))
    doc.f("REGISTRO: cliente «n» | CPF «c» | fone «p» | troca 20 sc CP-III por CP-II | atendente «a»\n",
          n=P(cli.caps), c=(fmt_cpf(cpf), "BR_CPF"), p=(g.fmt_phone(ph[0], ph[1], "par"), "PHONE_NUMBER"), a=V(login(att, g)))
    return doc


def at_cacamba(g: Gen) -> Doc:
    doc = Doc()
    emp = g.pick(CACAMBAS)
    doc.f("{e} — planilha de locações (semana {w})\n".format(e=emp, w=g.ri(1, 52)))
    rows = []
    for _ in range(g.ri(5, 7)):
        c = g.person()
        doc_id = (g.cpf(), "BR_CPF") if g.chance(0.75) else (g.any_cnpj(), "BR_CNPJ")
        rows.append([V(clean(g, lambda: f"{g.ri(1000, 9999)}")), P(g.pick([c.full, c.short, c.caps])), doc_id,
                     (g.address(), "ADDRESS"), (g.phone(g.pick(["plain", "par"])), "PHONE_NUMBER"), (g.plate(), "LICENSE_PLATE"),
                     V(g.pick(["entregue", "retirada", "troca", "multa prefeitura"])), V(money(g, 280, 650))])
    table_ruled(doc, ["nº", "cliente", "cpf/cnpj", "local da obra", "fone", "caminhão", "status", "valor"], rows, g.pick(["plain", "psql", "md"]))
    drv = g.person(False)
    doc.f("\nMotorista da semana: «d» (CNH «c»). Licença da prefeitura para caçamba em via pública nº {n} — Lei municipal 16.402/2016.\n".format(n=proto(g)),
          d=P(g.pick([drv.full, drv.nick])), c=(g.cnh(), "BR_CNH"))
    return doc


# ------------------------------------------------------------------ juridico

def ju_empreitada(g: Gen) -> Doc:
    doc = Doc()
    own, ped = g.person(), tradesman(g, False)
    caps = g.chance(0.3)
    head = "CONTRATO DE EMPREITADA DE MÃO DE OBRA\n\n"
    doc.t(fold(head) if caps else head)
    doc.t("CONTRATANTE: ")
    qualify(g, doc, own, caps=caps, email=g.chance(0.5), phone=True, rural=0.0)
    doc.t(".\nEMPREITEIRO: ")
    qualify(g, doc, ped, caps=caps, pis=g.chance(0.5), titulo=g.chance(0.4), phone=g.chance(0.5), rural=0.0, job="pedreiro autônomo")
    doc.t(".\n\n")
    doc.f("CLÁUSULA 1ª – Objeto: {w}, no imóvel da CONTRATANTE, conforme orçamento de {d}.\n".format(w=g.pick(WORKS), d=g.date()))
    doc.f("CLÁUSULA 2ª – Preço: {v} pela mão de obra, pagos por etapa mediante ".format(v=money(g, 4000, 38000)))
    pay_line(g, doc, ped)
    doc.t(". Materiais por conta da CONTRATANTE (arts. 610 a 626 do Código Civil).\n")
    doc.f("CLÁUSULA 3ª – Ajudantes: o EMPREITEIRO responde pelos seus serventes, entre eles «h» e «h2».\n",
          h=P(g.pick([tradesman(g, False).full, tradesman(g, False).short])), h2=P(nick_of(g, tradesman(g, False))))
    doc.t("\nTestemunhas:\n")
    for _ in range(2):
        w = g.person()
        doc.f("«n» — CPF «c»\n", n=P(g.pick([w.full, w.caps])), c=(g.cpf(), "BR_CPF"))
    return doc


def ju_jec(g: Gen) -> Doc:
    doc = Doc()
    aut, reu, adv = g.person(), tradesman(g, False), g.person()
    city, uf = g.city()
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) JUIZ(A) DE DIREITO DO JUIZADO ESPECIAL CÍVEL DA COMARCA DE {c}/{u}\n\n".format(c=city.upper(), u=uf))
    qualify(g, doc, aut, email=True, phone=True, rural=0.0, dob=g.chance(0.3))
    doc.t(", vem propor AÇÃO DE RESTITUIÇÃO C/C DANOS MORAIS em face de ")
    qualify(g, doc, reu, rg=g.chance(0.5), rural=0.0, job=g.pick(["pedreiro", "eletricista", "encanador", "gesseiro"]))
    doc.f(", pelos fatos: o réu recebeu {v} via Pix em {d} para a {w} e abandonou a obra com o reboco pela metade. "
          "O réu é conhecido no bairro como «k». Há processo anterior nº {cnj}.\n".format(v=money(g, 2000, 15000), d=g.date(), w=g.pick(WORKS), cnj=g.cnj()),
          k=P(nick_of(g, reu)))
    doc.f("Valor da causa: {v}. Nestes termos, pede deferimento.\n{c}, {d}.\n«a»\n«o»\n".format(v=money(g, 5000, 30000), c=city, d=g.date("long")),
          a=P(adv.full), o=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    return doc


def ju_labour(g: Gen) -> Doc:
    doc = Doc()
    sv, emp, adv = tradesman(g, False), tradesman(g, False), g.person()
    city, uf = g.city()
    doc.f("EXMO. SR. JUIZ DO TRABALHO DA ___ VARA DO TRABALHO DE {c}/{u}\n\n".format(c=city.upper(), u=uf))
    qualify(g, doc, sv, pis=True, phone=True, titulo=True, rural=0.0, job="servente de obras", dob=g.chance(0.5))
    doc.f(", CTPS {ct}, por seu advogado, propõe RECLAMAÇÃO TRABALHISTA em face de ".format(ct=clean(g, lambda: f"{g.d(7)} série {g.d(4)}-{g.pick(UFS)}")))
    qualify(g, doc, emp, rg=False, rural=0.0, job="empreiteiro")
    firm = g.pick(SMALL_FIRMS)
    doc.f(", e de {f}, CNPJ «cn», e ainda, subsidiariamente, a dona da obra «o» (OJ 191 da SDI-1 do TST).\n".format(f=firm),
          cn=(g.any_cnpj(), "BR_CNPJ"), o=P(g.person(True).full))
    doc.f("O reclamante trabalhou de {a} a {b} como servente, sem registro, pagamento semanal em dinheiro de {v}. "
          "Testemunhas: «t1» e «t2» («k»), tel. «tp».\n".format(a=g.date(), b=g.date(), v=money(g, 450, 900)),
          t1=P(tradesman(g).full), t2=P(tradesman(g, False).short), k=P(nick_of(g, tradesman(g, False))), tp=(g.phone(), "PHONE_NUMBER"))
    doc.f("Pedidos: vínculo, verbas rescisórias (art. 477 CLT), FGTS + 40%, multa art. 467. Valor: {v}.\n«a» — «o» — «e»\n".format(v=money(g, 18000, 90000)),
          a=P(adv.full), o=(g.council("OAB", uf), "PROFESSIONAL_ID"), e=(g.email(adv), "EMAIL_ADDRESS"))
    return doc


def ju_homolog(g: Gen) -> Doc:
    doc = Doc()
    w, rep, staff = tradesman(g), g.person(), g.person()
    firm = g.pick(SMALL_FIRMS)
    doc.f("{u}\nTERMO DE HOMOLOGAÇÃO DE RESCISÃO — assistência sindical nº {n}\n\n".format(u=UNION[0].upper(), n=proto(g)))
    fields = [("Empregador", V(firm)), ("CNPJ", (g.any_cnpj(), "BR_CNPJ")), ("Preposto", P(rep.full)), ("CPF preposto", (g.cpf(), "BR_CPF")),
              ("Empregado", P(g.pick([w.full, w.caps]))), ("CPF", (g.cpf(), "BR_CPF")), ("PIS", (g.pis(), "BR_PIS")),
              ("Nascimento", (g.dob(), "DATE_OF_BIRTH")), ("Função", V(g.pick(JOBS[w.female][:8]))), ("Admissão", V(g.date(year=2024))),
              ("Afastamento", V(g.date())), ("Líquido", V(money(g, 1500, 9000))), ("Banco", V(bank(g))),
              ("Agência", (g.agency(), "BANK_ACCOUNT")), ("Conta", (g.account(), "BANK_ACCOUNT"))]
    kv_block(doc, fields, g.pick(["plain", "dots", "box", "caps"]))
    doc.f("\nRessalva do empregado: horas extras de sábado na obra da {r} não pagas.\nAssistente sindical: «s» | «se»\n".format(r=g.pick(["Rua Bento Gonçalves", "Av. da Aurora", "Rua Prudente de Morais"])),
          s=P(staff.full), se=(corp_mail(staff, UNION[1], g), "EMAIL_ADDRESS") if g.chance(0.6) else V(role_mail(g, UNION[1], "homologacao")))
    return doc


def ju_fiscal(g: Gen) -> Doc:
    doc = Doc()
    own, fis, eng = g.person(), g.person(), g.person()
    city, uf = g.city()
    scan = g.chance(0.4)
    tpl = ("PREFEITURA MUNICIPAL DE {c}\nSECRETARIA DE OBRAS — FISCALIZAÇÃO\nAUTO DE INFRAÇÃO Nº {n}\n\n"
           "Autuado(a): «o»   CPF: «cpf»\nEndereço da obra (residência do autuado): «a»   CEP «cep»\n"
           "Infração: execução de obra sem alvará de construção (Lei Complementar 54/2008, art. 12); ampliação sem habite-se; "
           "entulho em via pública.\nResponsável técnico indicado: «e» «cr»\nMulta: {m}. Prazo para regularização: 30 dias.\n"
           "Fiscal: «f» — matrícula {mt}\nRecebido por: «r» (filh«x» do autuado), tel. «t»\n").format(c=city.upper(), n=proto(g), m=money(g, 800, 6000), mt=g.ri(10000, 99999))
    if scan:
        tpl = ocr_t(tpl, g, 0.25)
    rel = g.relative(own)
    doc.f(tpl, o=P(ocr(own.caps, g, names=True) if scan else own.caps), cpf=(g.cpf(), "BR_CPF"), a=(g.address("caps"), "ADDRESS"), cep=(g.cep(), "BR_CEP"),
          e=P(eng.full), cr=(g.council("CREA", uf), "PROFESSIONAL_ID"), f=P(fis.full), r=P(rel.full), x=rel.o, t=(g.phone(), "PHONE_NUMBER"))
    return doc


def ju_hearing(g: Gen) -> Doc:
    doc = Doc()
    a, b, jl, adv = g.person(), g.person(), g.person(), g.person()
    city, uf = g.city()
    doc.f("TERMO DE AUDIÊNCIA DE CONCILIAÇÃO\nProcesso {n} — Juizado Especial Cível de {c}\n".format(n=g.cnj(CNJ_SEG.get(uf)), c=city))
    doc.f("Conciliador(a): «j». Presentes a autora «a», CPF «ac», e o réu «b», CPF «bc», vizinho do imóvel, acompanhado de «ad» («o»).\n",
          j=P(jl.full), a=P(a.full), ac=(g.cpf(), "BR_CPF"), b=P(b.full), bc=(g.cpf(), "BR_CPF"), ad=P(adv.full), o=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    doc.f("Objeto: infiltração na parede de divisa após a obra do réu (laje nova sem rufo). Acordo: o réu pagará {v} em 3 parcelas, ".format(v=money(g, 1500, 9000)))
    pay_line(g, doc, a)
    doc.f(", e refará o rufo com o pedreiro «p» até {d}. Homologado.\n".format(d=g.date()), p=P(tradesman(g, False).short))
    return doc


def ju_poa(g: Gen) -> Doc:
    doc = Doc()
    p, adv1, adv2 = tradesman(g), g.person(), g.person()
    scan = g.chance(0.5)
    doc.t("PROCURAÇÃO AD JUDICIA ET EXTRA\n\nOUTORGANTE: ")
    qualify(g, doc, p, caps=scan, phone=True, rural=0.0, dob=True, titulo=g.chance(0.6), pis=g.chance(0.5))
    doc.t("\nOUTORGADOS: ")
    for adv in (adv1, adv2):
        doc.f("«n», «o», e-mail «e»; ", n=P(adv.full), o=(g.council("OAB"), "PROFESSIONAL_ID"), e=(g.email(adv), "EMAIL_ADDRESS"))
    body = "\nPODERES: para o foro em geral, em especial reclamação trabalhista contra o empreiteiro e a dona da obra. Declaro ser pobre na forma da Lei 7.115/1983.\n"
    doc.t(ocr(body, g) if scan else body)
    if g.chance(0.5):
        r = g.person()
        doc.f("Assinatura a rogo: «r», CPF «c».\n", r=P(r.full), c=(g.cpf(), "BR_CPF"))
    return doc


# ------------------------------------------------------------------ saude

def sa_upa(g: Gen) -> Doc:
    doc = Doc()
    p, med, enf, comp = tradesman(g), g.person(), g.person(True), g.person()
    case = g.pick(CASES)
    fields = [("Paciente", P(g.pick([p.full, p.caps]))), ("Nascimento", (g.dob(lo=1958, hi=2004), "DATE_OF_BIRTH")),
              ("CNS", (g.cns(), "BR_CNS")), ("CPF", (g.cpf(), "BR_CPF")) if g.chance(0.85) else ("CPF", V("não portava")),
              ("Mãe", P(g.person(True).full)), ("Endereço", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")),
              ("Telefone", (g.phone(), "PHONE_NUMBER")), ("Acompanhante", P(comp.full)), ("Tel. acomp.", (g.phone(), "PHONE_NUMBER"))]
    doc.f("{u} — FICHA DE ATENDIMENTO {n}\n".format(u=g.pick(["UPA 24h Vila Operária", "Pronto-Socorro Municipal", "Santa Casa"]), n=proto(g)))
    kv_block(doc, fields, g.pick(["plain", "dots", "caps"]))
    doc.f("\nS: {c}, trabalhava como autônomo em reforma de residência (não é CAT: sem vínculo). Causa externa {w}.\n"
          "O: PA 13x8, consciente. A: {cid}. P: RX, imobilização, encaminhado ao ortopedista.\nTrazido pelo SAMU, viatura «pl».\n"
          "Médico: «m» «cr» | Enf.: «e» «co»\n".format(c=case[0], w=g.pick(CIDS_NEG), cid=case[1]),
          pl=(g.plate(), "LICENSE_PLATE"), m=P(med.full), cr=(g.council("CRM"), "PROFESSIONAL_ID"), e=P(enf.short), co=(g.council("COREN"), "PROFESSIONAL_ID"))
    return doc


def sa_sinan(g: Gen) -> Doc:
    doc = Doc()
    p, notif = tradesman(g), g.person()
    case = g.pick(CASES)
    doc.t("SINAN — FICHA DE INVESTIGAÇÃO: ACIDENTE DE TRABALHO GRAVE\n")
    items = [("1 Nome do paciente", P(p.caps)), ("2 Data de nascimento", (g.dob("br", 1960, 2005), "DATE_OF_BIRTH")),
             ("3 Cartão SUS", (g.cns(), "BR_CNS")), ("4 Nome da mãe", P(g.person(True).caps)), ("5 Logradouro", (g.address("caps"), "ADDRESS")),
             ("6 CEP", (g.cep(), "BR_CEP")), ("7 Telefone", (g.phone(), "PHONE_NUMBER")), ("8 Ocupação (CBO)", V(g.pick(["7152-10 pedreiro", "7156-10 eletricista", "7241-10 encanador", "7170-20 servente"]))),
             ("9 Situação no mercado", V(g.pick(["autônomo/conta própria", "empregado sem carteira", "empregado registrado"]))),
             ("10 Empregador CNPJ", (g.any_cnpj(), "BR_CNPJ") if g.chance(0.5) else V("ignorado")), ("11 Descrição", V(case[0])),
             ("12 CID", V(case[1])), ("13 Notificador", P(notif.full)), ("14 Registro", (g.council(g.pick(["CRM", "COREN"])), "PROFESSIONAL_ID"))]
    for k, v in items:
        doc.f("{k}: «v»\n".format(k=k), v=v)
    return doc


def sa_aso(g: Gen) -> Doc:
    doc = Doc()
    firm = g.pick(SMALL_FIRMS)
    doc.f("Clínica Ocupacional Prumo — ASOs emitidos para {f} (CNPJ «c»)\n".format(f=firm), c=(g.any_cnpj(), "BR_CNPJ"))
    rows = []
    for _ in range(g.ri(5, 8)):
        w = tradesman(g)
        rows.append([P(cut(g.pick([w.full, w.caps]), 26)), (g.cpf(), "BR_CPF"), (g.dob("br", 1960, 2006), "DATE_OF_BIRTH"),
                     V(g.pick(["pedreiro", "servente", "eletricista", "pintor", "armador"])), V(g.pick(["admissional", "periódico", "demissional"])),
                     V(g.pick(["APTO", "APTO", "APTO trab. altura NR-35", "INAPTO"]))])
    table_csv(doc, ["nome", "cpf", "nascimento", "funcao", "exame", "resultado"], rows, g.pick([";", ",", "\t"]))
    c, e = g.person(), g.person()
    doc.f("Coordenador PCMSO: «c» «cr»; examinador: «e» «er»\n", c=P(c.full), cr=(g.council("CRM"), "PROFESSIONAL_ID"), e=P(e.full), er=(g.council("CRM"), "PROFESSIONAL_ID"))
    return doc


def sa_family_chat(g: Gen) -> Doc:
    doc = Doc()
    vic = tradesman(g, False)
    wife, bro = g.person(True), g.relative(vic, False)
    st = chat_stamp(g)
    t = seq_times(g, 9, g.moment(), 30, 900)
    sw, sb = sender(g, wife), sender(g, bro)
    doc.t("grupo: Família 🙏\n")
    cl(doc, st(t[0]), sw, "gente o «n» levou choque na obra da casa da «c», tão levando pro hospital", n=P(g.pick([vic.first, vic.nick])), c=P(g.person(True).first))
    cl(doc, st(t[1]), sb, "meu deus, qual hospital")
    cl(doc, st(t[2]), sw, "santa casa. precisa do cartão do sus dele alguém tem a foto?")
    cl(doc, st(t[3]), sb, "«c»", c=(g.cns(), "BR_CNS"))
    cl(doc, st(t[4]), sw, "e o cpf «c» né? e nascimento «d»", c=(g.cpf(), "BR_CPF"), d=(g.dob(g.pick(["br", "short", "nopad"]), 1965, 2000), "DATE_OF_BIRTH"))
    cl(doc, st(t[5]), sb, "isso. o dr. «m» atendeu, disse que a mão queimou mas o coração tá bem", m=P(g.person().last))
    cl(doc, st(t[6]), sw, "o ajudante dele o «h» tá comigo, o numero dele «p» se precisar", h=P(nick_of(g, tradesman(g, False))), p=(g.phone(g.pick(["plain", "raw"])), "PHONE_NUMBER"))
    cl(doc, st(t[7]), sb, g.pick(["graças a deus", "foi uma vitória ele ter soltado o fio", "vou levar roupa pra ele"]))
    cl(doc, st(t[8]), sw, "o disjuntor tava desligado mas a luz do vizinho tava ligada no mesmo quadro, CID T75.4 no papel")
    return doc


def sa_inss(g: Gen) -> Doc:
    doc = Doc()
    p, per = tradesman(g), g.person()
    case = g.pick(CASES)
    doc.f("INSS — LAUDO MÉDICO PERICIAL\nRequerimento NB {nb} — auxílio por incapacidade temporária (contribuinte individual)\n".format(nb=clean(g, lambda: f"{g.d(3)}.{g.d(3)}.{g.d(3)}-{g.d(1)}")))
    fields = [("Segurado", P(p.full)), ("CPF", (g.cpf(), "BR_CPF")), ("NIT", (g.pis(), "BR_PIS")), ("Nascimento", (g.dob(lo=1958, hi=2000), "DATE_OF_BIRTH")),
              ("RG", (g.rg(), "BR_RG")), ("Endereço", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")), ("Telefone", (g.phone(), "PHONE_NUMBER"))]
    kv_block(doc, fields, g.pick(["plain", "box", "dots"]))
    doc.f("História: {c} em {d}. CID {cid}. DII fixada em {d}. Conclusão: incapaz por 90 dias.\nPerito: «n» «cr»\n".format(c=case[0], d=g.date(), cid=case[1]),
          n=P(per.full), cr=(g.council("CRM"), "PROFESSIONAL_ID"))
    return doc


def sa_complaint(g: Gen) -> Doc:
    doc = Doc()
    c, kid, fis = g.person(True), g.person(), g.person()
    doc.f("OUVIDORIA SUS — manifestação {n}\nManifestante: «m» | CPF «cpf» | «e» | «t»\n".format(n=proto(g)),
          m=P(c.full), cpf=(g.cpf(), "BR_CPF"), e=(g.email(c), "EMAIL_ADDRESS"), t=(g.phone(), "PHONE_NUMBER"))
    doc.f("Relato: moro na «a» e o vizinho faz reforma há 4 meses; o entulho fica na calçada, junta água e tem foco de dengue. "
          "Meu filho «k», nascido em «d», tem asma (J45) e piorou com a poeira. O pedreiro, «p», disse que a obra tem alvará.\n",
          a=(g.address(), "ADDRESS"), k=P(kid.first), d=(g.dob(lo=2014, hi=2022), "DATE_OF_BIRTH"), p=P(nick_of(g, tradesman(g, False))))
    doc.f("Encaminhamento ({d}): vigilância ambiental vistoriou; agente «f»; notificado o proprietário «o» (CPF «oc»).\n".format(d=g.date()),
          f=P(fis.short), o=P(g.person().full), oc=(g.cpf(), "BR_CPF"))
    return doc


def sa_ciatox(g: Gen) -> Doc:
    doc = Doc()
    mom, kid, att = g.person(True), g.person(), g.person()
    cpf = g.cpf_digits()
    ph = g.msisdn()
    dd, mm, yy = g.dob_parts(2019, 2023)
    doc.f("transcrição — CIATox plantão\natendente: ciatox boa noite «a» falando\n", a=P(lower(att.first)))
    doc.f("mãe: meu filho bebeu um pouco de thinner que o pintor deixou na garrafa de refrigerante\n")
    doc.f("atendente: nome da criança\nmãe: «k»\natendente: data de nascimento\nmãe: «d»\n", k=P(lower(kid.full)),
          d=(g.pick([f"{dd} do {mm} de {yy}", f"{dd} de {MONTHS[mm - 1]} de {yy}", f"{dd:02d} {mm:02d} {yy}"]), "DATE_OF_BIRTH"))
    doc.f("atendente: seu nome e cpf\nmãe: «m» cpf «c»\n", m=P(lower(mom.full)), c=(stt_cpf(cpf, g), "BR_CPF"))
    doc.f("atendente: telefone\nmãe: «p»\n", p=(g.fmt_phone(ph[0], ph[1], "stt"), "PHONE_NUMBER"))
    doc.f("atendente: não provoque vômito, leve na upa\n\nFICHA: paciente «k2» | resp. «m2» | fone «p2» | agente: solvente (tíner) | CID T52.0 | conduta: observação 6h | atendente «a2»\n",
          k2=P(kid.full), m2=P(mom.full), p2=(g.fmt_phone(ph[0], ph[1], "par"), "PHONE_NUMBER"), a2=V(login(att, g)))
    return doc


# ------------------------------------------------------------------ financeiro

def fi_crediario(g: Gen) -> Doc:
    doc = Doc()
    store = g.pick(STORES)
    c = g.person()
    doc.f("{s}\nEXTRATO DE CREDIÁRIO — conta {n}\n".format(s=store[0].upper(), n=clean(g, lambda: g.d(8))))
    doc.f("Cliente: «n»\nCPF: «c»   Tel: «t»\nEnd.: «a» — CEP «cep»\n\n", n=P(g.pick([c.caps, c.full])), c=(g.cpf(), "BR_CPF"),
          t=(g.phone(), "PHONE_NUMBER"), a=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"))
    rows = []
    for _ in range(g.ri(4, 7)):
        rows.append([V(dbr(g.day())), V(order_no(g)), V(g.pick(["cimento/areia", "porcelanato", "fios 2,5mm", "tubos PVC", "tinta", "telhas"])),
                     V(money(g, 90, 4200)), V(g.pick(["a vencer", "pago", "vencido"]))])
    table_ruled(doc, ["data", "pedido", "descr.", "valor", "situação"], rows, g.pick(["plain", "plus", "pipe"]))
    doc.f("\nAutorizados a comprar na conta: «a1» (pedreiro) e «a2».\nLimite {l}. Boleto linha digitável {b}.\n".format(
        l=money(g, 2000, 15000), b=clean(g, lambda: f"{g.d(5)}.{g.d(5)} {g.d(5)}.{g.d(6)} {g.d(5)}.{g.d(6)} {g.d(1)} {g.d(14)}")),
        a1=P(g.pick([tradesman(g, False).full, tradesman(g, False).nick])), a2=P(g.relative(c).full))
    return doc


def fi_ficha(g: Gen) -> Doc:
    doc = Doc()
    c, sp = g.person(), g.person()
    store = g.pick(STORES)
    doc.f("{s} — FICHA CADASTRAL PARA CREDIÁRIO\n".format(s=store[0]))
    fields = [("Nome", P(c.full)), ("Data nasc.", (g.dob(), "DATE_OF_BIRTH")), ("CPF", (g.cpf(), "BR_CPF")), ("RG", (g.rg(), "BR_RG")),
              ("Endereço", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")), ("Celular", (g.phone(), "PHONE_NUMBER")),
              ("E-mail", (g.email(c), "EMAIL_ADDRESS")), ("Profissão", V(g.pick(JOBS[c.female]))), ("Renda", V(money(g, 1500, 9000))),
              ("Cônjuge", P(sp.full)), ("CPF cônjuge", (g.cpf(), "BR_CPF")), ("Banco", V(bank(g))), ("Agência", (g.agency(), "BANK_ACCOUNT")),
              ("Conta", (g.account(), "BANK_ACCOUNT"))]
    if g.chance(0.5):
        fields.insert(4, ("Título eleitor", (g.titulo(), "BR_TITULO_ELEITOR")))
    kv_block(doc, fields, g.pick(["plain", "box", "dots", "caps"]))
    doc.t("Referências pessoais:\n")
    for _ in range(2):
        r = g.person()
        doc.f("  «n» — «t»\n", n=P(g.pick([r.full, r.short])), t=(g.phone(), "PHONE_NUMBER"))
    doc.f("Vendedor(a): «v» | análise: {a}\n", v=P(g.person().first), a=g.pick(["aprovado", "aprovado c/ entrada", "pendente SPC"]))
    return doc


def fi_payroll(g: Gen) -> Doc:
    doc = Doc()
    emp = tradesman(g, False)
    doc.f("pagamento semanal turma do «e» — obra {w}\n".format(w=g.pick(["da rua das Olarias", "do sobrado da Bento", "da dona Aurora do 52", "Residencial Vila Prudente"])),
          e=P(g.pick([emp.nick, emp.first])))
    rows = []
    for _ in range(g.ri(4, 6)):
        w = tradesman(g)
        kind, key = pix_key(g, w)
        rows.append([P(g.pick([w.first, w.nick, w.short, lower(w.short)])), (g.cpf(), "BR_CPF") if g.chance(0.85) else V(""),
                     (g.phone(g.pick(["plain", "raw", "par"])), "PHONE_NUMBER"), V(str(g.ri(3, 6))), V(money(g, 400, 1400)), V(kind), key])
    table_csv(doc, ["nome", "cpf", "fone", "dias", "valor", "tipo pix", "chave"], rows, g.pick([",", ";", "\t"]))
    doc.f("vale adiantado pro «v» {m}; cpf q ele passou {b} não bate, conferir.\n".format(m=money(g, 50, 300), b=g.neg_cpf()), v=P(nick_of(g, tradesman(g, False))))
    return doc


def fi_recibo(g: Gen) -> Doc:
    doc = Doc()
    ped, cli = tradesman(g), g.person()
    v = g.ri(800, 25000) + g.pick([0, 0, 0.5])
    doc.f("RECIBO\n\nRecebi de «c», CPF «cc», a importância de R$ {v} ({x}), referente à {w}, no imóvel situado na «a», CEP «cep».\n".format(v=brl(v), x=extenso(v), w=g.pick(WORKS)),
          c=P(cli.full), cc=(g.cpf(), "BR_CPF"), a=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"))
    doc.f("Pagamento por ")
    pay_line(g, doc, ped)
    doc.f(".\n{c}, {d}.\n\n_______________________\n«p»\nCPF «pc» | RG «r»\n".format(c=g.city()[0], d=g.date("long")),
          p=P(g.pick([ped.full, ped.caps])), pc=(g.cpf(), "BR_CPF"), r=(g.rg(), "BR_RG"))
    return doc


def fi_cobranca(g: Gen) -> Doc:
    doc = Doc()
    c, att = g.person(), g.person()
    store = g.pick(STORES)
    t = g.moment()
    em = g.email(c)
    doc.f("From: «a» <«ae»>\nTo: «e»\nDate: {d}\nSubject: Negociação crediário {n}\nX-Originating-IP: [«ip»]\n\n".format(d=mail_date(t), n=clean(g, lambda: g.d(8))),
          a=P(att.full), ae=(corp_mail(att, store[1], g), "EMAIL_ADDRESS"), e=(em, "EMAIL_ADDRESS"), ip=(g.ip_pub(), "IP_ADDRESS"))
    doc.f("Sr(a). «n», sua conta tem {p} parcelas em atraso (total {v}). Proposta: entrada + 5x. Responda este e-mail.\n\n".format(p=g.ri(2, 6), v=money(g, 700, 9000)), n=P(c.first))
    doc.f("> Em {d}, «n» escreveu:\n> o pedreiro usou a conta sem eu autorizar, o «p». pode passar no cartão «cc» val 08/29\n> meu cpf «cpf»\n".format(d=dbr(g.day())),
          n=P(c.full), p=P(nick_of(g, tradesman(g, False))), cc=(g.card(g.chance(0.7)), "CREDIT_CARD"), cpf=(g.cpf(), "BR_CPF"))
    doc.f("\n(ATENÇÃO: não envie dados de cartão por e-mail. Mascaramos: {m}.) {rm}\n".format(m=g.masked_card(), rm=role_mail(g, store[1], "cobranca")))
    return doc


def fi_orcamento(g: Gen) -> Doc:
    doc = Doc()
    pro, cli = tradesman(g), g.person()
    firm = g.pick(SMALL_FIRMS)
    doc.f("ORÇAMENTO Nº {n}\n{f} — CNPJ «c» (MEI)\nResp.: «p» | «pt» | «pe»\n\n".format(n=clean(g, lambda: f"{g.ri(1, 999):03d}/{g.ri(2025, 2026)}"), f=firm),
          c=(g.any_cnpj(), "BR_CNPJ"), p=P(pro.full), pt=(g.phone(), "PHONE_NUMBER"), pe=(g.email(pro), "EMAIL_ADDRESS"))
    doc.f("Cliente: «c» — «a», {b}\n\n", c=P(g.pick([cli.full, cli.short])), a=(g.address(), "ADDRESS"), b=g.pick(BAIRROS))
    rows = [[V(d), V(money(g, 80, 3500))] for d in g.sample(["quadro de distribuição 12 disjuntores", "ponto de tomada", "chuveiro 220V", "troca de registro",
                                                            "reboco (m²)", "contrapiso (m²)", "assentamento porcelanato (m²)", "caixa de gordura"], 4)]
    table_ruled(doc, ["serviço", "valor"], rows, g.pick(["plain", "plus"]))
    doc.f("\nCondições: 40% de entrada via Pix chave aleatória «k», restante na entrega. Validade 15 dias. Garantia 90 dias (CDC art. 26).\n",
          k=(g.uuid(), "PIX_KEY"))
    if g.chance(0.5):
        doc.f("Eng. eletricista responsável pela ART: «e» «cr»\n", e=P(g.person().full), cr=(g.council("CREA"), "PROFESSIONAL_ID"))
    return doc


def fi_construcard(g: Gen) -> Doc:
    doc = Doc()
    c, mgr = g.person(), g.person()
    t = g.moment()
    doc.f("PROPOSTA — financiamento de material de construção (cartão reforma)\nproposta {n} | canal: app | ip «ip» | {t}\n\n".format(n=proto(g), t=ts(t, "br")),
          ip=(g.ip(), "IP_ADDRESS"))
    fields = [("nome", P(c.caps)), ("cpf", (g.cpf("raw"), "BR_CPF")), ("data_nascimento", (g.dob("iso"), "DATE_OF_BIRTH")),
              ("renda", V(money(g, 2000, 12000))), ("endereco", (g.address(), "ADDRESS")), ("cep", (g.cep(False), "BR_CEP")),
              ("celular", (g.phone("e164"), "PHONE_NUMBER")), ("email", (g.email(c), "EMAIL_ADDRESS")), ("agencia", (g.agency(), "BANK_ACCOUNT")),
              ("conta", (g.account(), "BANK_ACCOUNT")), ("valor_solicitado", V(money(g, 5000, 40000))), ("loja_credenciada", V(g.pick(STORES)[0]))]
    kv_block(doc, fields, "plain")
    doc.f("\nparecer: aprovado com limite {l}. gerente: «g» (CPF não exibido), e-mail «ge».\n".format(l=money(g, 3000, 30000)),
          g=P(mgr.full), ge=(corp_mail(mgr, g.pick(["bancoaurora.com.br", "caixaprudente.com.br"]), g), "EMAIL_ADDRESS"))
    return doc


AT = [at_chat, at_condo_form, at_delivery_csv, at_app_ticket, at_neighbor_mail, at_call, at_cacamba]
JU = [ju_empreitada, ju_jec, ju_labour, ju_homolog, ju_fiscal, ju_hearing, ju_poa]
SA = [sa_upa, sa_sinan, sa_aso, sa_family_chat, sa_inss, sa_complaint, sa_ciatox]
FI = [fi_crediario, fi_ficha, fi_payroll, fi_recibo, fi_cobranca, fi_orcamento, fi_construcard]

TEMPLATES = {"atendimento": AT, "juridico": JU, "saude": SA, "financeiro": FI}
CPF_LIKE = re.compile(r"(?<![\d.\-/])(\d{3}\.?\d{3}\.?\d{3}-?\d{2})(?![\d])")
IPV4 = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.]|-\d)(/\d+)?")
RUN11 = re.compile(r"(?<![\d.\-/])(\d[\d.\-]{9,14}\d)(?![\d]|[.\-/]\d)")
RUN15 = re.compile(r"(?<!\d)\d{15}(?!\d)")
RUN16 = re.compile(r"(?<!\d)(?:\d{4}[ .-]?){3}\d{4}(?!\d)")
PLATE_RE = re.compile(r"(?<![A-Za-z0-9])(?:[A-Z]{3}-?\d{4}|[A-Z]{3}\d[A-Z]\d{2})(?![A-Za-z0-9])")
ROLE_RE = re.compile(r"(%s)@" % "|".join(ROLE_BOXES), re.I)
SPOKEN = {w: str(i) for i, w in enumerate(NUM_WORDS)}
SPOKEN["meia"] = "6"


def bad_run(s: str) -> bool:
    """True when a CPF-, PIS-, CNH-, título-, CNS- or card-shaped run in s passes its check (used to draw hard negatives)."""
    for m in CPF_LIKE.finditer(s):
        if cpf_ok(re.sub(r"\D", "", m.group(1))):
            return True
    for m in RUN11.finditer(s):
        raw = re.sub(r"\D", "", m.group(1))
        if len(raw) == 11 and (cpf_ok(raw) or pis_dv(raw[:10]) == raw[10] or cnh_dv(raw[:9]) == raw[9:]):
            return True
    for m in re.finditer(r"(?<!\d)\d{12}(?!\d)", s):
        v = m.group(0)
        if 1 <= int(v[8:10]) <= 28 and titulo_dv(v[:8], v[8:10]) == v[10:]:
            return True
    if any(cns_ok(m.group(0)) for m in RUN15.finditer(s)):
        return True
    if PLATE_RE.search(s):
        return True
    return any(luhn_ok(re.sub(r"\D", "", m.group(0))) for m in RUN16.finditer(s))


def is_public(addr: str) -> bool:
    """Globally routable (not private RFC 1918, CGNAT, loopback, link-local, ULA...)."""
    try:
        return ipaddress.ip_address(addr).is_global
    except ValueError:
        return False


def digits_of(v: str) -> str:
    return re.sub(r"\D", "", re.sub(r"[a-z]+", lambda m: SPOKEN.get(m.group(0), m.group(0)), v))


def check(record: dict) -> None:
    text, last = record["text"], 0
    rid = record["id"]
    for s in record["spans"]:
        assert last <= s["start"] < s["end"] <= len(text), (rid, s)
        v = text[s["start"]:s["end"]]
        assert v and v == v.strip(), (rid, s, v)
        last = s["end"]
        lab = s["label"]
        digits = digits_of(v)
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
            raw = re.sub(r"[^0-9X]", "", re.sub(r"[a-z]+", lambda m: SPOKEN.get(m.group(0), m.group(0)), v))
            assert len(raw) == 9 and rg_sp_dv(raw[:8]) == raw[8], (rid, v)
        elif lab == "PIX_KEY":
            uuid.UUID(v)
        elif lab == "BR_CEP":
            assert len(digits) == 8, (rid, v)
        elif lab == "PHONE_NUMBER":
            assert 10 <= len(digits) <= 13, (rid, v)
        elif lab == "PERSON":
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|doutora?|prof|profa|eng|vigilante|brigadista|sd)\.?\s", v), (rid, v)
            assert not re.search(r"[1-9@_|:()]", v), (rid, v)  # an OCR "0" for "O" may stand in a name
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (rid, v)
            assert not ROLE_RE.match(v), (rid, v)
        elif lab == "IP_ADDRESS":
            assert is_public(v), (rid, v)
        elif lab == "LICENSE_PLATE":
            assert PLATE_RE.fullmatch(v), (rid, v)
        elif lab == "DATE_OF_BIRTH":
            assert re.search(r"\d", v), (rid, v)
        elif lab == "ADDRESS":
            assert re.search(r"(?i)\d|s/n|\bsn\b|sem numero", v), (rid, v)
        elif lab == "BANK_ACCOUNT":
            assert re.fullmatch(r"[\dX-]+", v), (rid, v)
        elif lab == "PROFESSIONAL_ID":
            assert re.match(r"(?i)(CRM|COREN|OAB|CRC|CREA|CREFITO|CRP|CRESS)(?![A-Za-z])", v), (rid, v)
        else:
            raise AssertionError((rid, lab))
    covered = [(s["start"], s["end"]) for s in record["spans"]]

    def free(m: re.Match) -> bool:
        return not any(a < m.end() and m.start() < b for a, b in covered)

    for m in CPF_LIKE.finditer(text):
        if free(m):
            assert not cpf_ok(re.sub(r"\D", "", m.group(1))), (rid, m.group(1))
    for m in re.finditer(r"(?<![\w:])2[0-9a-f]{3}:[0-9a-f:]+(/\d+)?", text):
        if free(m):
            assert m.group(1), (rid, m.group(0))
    for m in IPV4.finditer(text):
        if free(m) and not m.group(5):
            assert not is_public(".".join(m.groups()[:4])), (rid, m.group(0))
    for m in RUN11.finditer(text):
        raw = re.sub(r"\D", "", m.group(1))
        if free(m) and len(raw) == 11:
            assert pis_dv(raw[:10]) != raw[10] and cnh_dv(raw[:9]) != raw[9:], (rid, m.group(1))
    for m in re.finditer(r"(?<!\d)\d{12}(?!\d)", text):
        v = m.group(0)
        if free(m) and 1 <= int(v[8:10]) <= 28:
            assert titulo_dv(v[:8], v[8:10]) != v[10:], (rid, v)
    for m in RUN15.finditer(text):
        if free(m):
            assert not cns_ok(m.group(0)), (rid, m.group(0))
    for m in RUN16.finditer(text):
        if free(m):
            assert not luhn_ok(re.sub(r"\D", "", m.group(0))), (rid, m.group(0))
    for m in PLATE_RE.finditer(text):
        assert not free(m), (rid, m.group(0))
    for m in re.finditer(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text):
        if free(m):
            assert ROLE_RE.match(m.group(0)), (rid, m.group(0))


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
    """Share of PERSON name words (particles left out) that are rare or invented; a word of a common name never counts."""
    total = rare = 0
    common = {fold(w).lower() for name in COMMON_F + COMMON_M + PT_SUR + WORD_F + WORD_M + WORD_SUR + SUFFIXES
              for w in re.findall(r"[\w'-]+", name)}
    folded = {fold(w).lower() for name in RARE for w in re.findall(r"[\w'-]+", name)} - common
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
    print("hundredthirtyfourth", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
