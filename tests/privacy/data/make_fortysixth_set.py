"""Build the forty-sixth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_fortysixth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or
run), standalone (own check-digit code, no Faker, no import from afinar or from other
generators), seed 4646, 280 records: 7 templates per domain, 10 copies each.

Register, not used as a whole by the earlier sets: pets and veterinary services in the city:
veterinary clinics and hospitals, pet shops and grooming, pet insurance and health plans,
adoption NGOs, dog walkers and pet sitters, zoonoses centres and animal control, and the
disputes around animals (bites, malpractice, condominium noise).
- atendimento (0-6): a WhatsApp export of a clinic's reception number (the tutor, saved by name
  or shown by number, sends the registration data; home visit at the mother's address), a pet
  shop's banho-e-tosa agenda in fixed-width columns (tutors, phones, groomers, táxi-dog pickup
  addresses, driver and plate), an adoption NGO's pre-adoption questionnaire received by e-mail
  (IP of submission, household members, reference, volunteer's screening note), a dog-walker
  app's support ticket (customer, walker profile with plate and CNH, session logs with IPs, a
  trace id, the N2 agent's reply), a complaint e-mail to a pet-shop chain after a grooming
  injury (refund data, X-Originating-IP, the SAC's quoted reply), loyalty-club sign-ups exported
  as JSON (pets with their birth dates, referrer, IP), a condominium's occurrence book about a
  barking dog and the síndico's notice.
- juridico (0-6): a small-claims petition for a dog bite (art. 936 CC; qualification of both
  parties, lawyer, doctor, witnesses, ICD-10 codes), an ethics complaint to a regional
  veterinary council (CRMV) after a surgery death, a responsible-adoption term with witnesses
  and the e-signature log, a police report of animal abuse (reporting party, mother, suspect
  with nickname, vehicle and RENAVAM, witness, vet), the minutes of a JEC conciliation hearing
  (CNJ number, attorneys, settlement paid to an account or a random Pix key), an extrajudicial
  notice from a dog owner's lawyer contesting a condominium fine, a pet-sitter contract (MEI
  CNPJ, keys, emergency vet and contact, payment).
- saude (0-6): a veterinary clinical record printout (tutor block, person authorised to decide,
  patient, consultations signed by vets), a SINAN human anti-rabies form (patient's CNS and
  mother, the aggressor animal's owner, vaccine lot, W54/Z20.3, notifying nurse's COREN), a
  pet's digital vaccination card (table of vaccines with vets and CRMV, the campaign's
  vaccinator), a consent form for anaesthesia and surgery signed electronically, a euthanasia
  authorisation with the pet crematorium's pickup e-mail (driver, plate), a veterinary lab
  report (CNPJ of the lab, technical manager, requesting vet, home collection), a zoonoses
  centre's castration-and-microchip drive list as CSV (CPF, NIS, Cartão SUS, birth date, phone,
  address, CEP of CadÚnico tutors).
- financeiro (0-6): a pet-insurance reimbursement claim (expense table with providers' CNPJs,
  bank data, regulation analyst), an adhesion proposal to a pet health plan with a recurring
  credit card and the broker, a vet hospital's NFS-e (company data, tomador's data), a pet
  e-commerce order confirmation (delivery to someone else, courier and plate, order IP), a
  dog-walker platform's weekly payout batch as CSV (CPF, MEI CNPJ numeric and alphanumeric,
  agency/account or random Pix key), a collection letter for an unpaid hospitalisation with the
  negotiator's follow-up (card for the settlement), an employee registration form of a vet
  hospital (PIS, título, CNH of the pet-ambulance driver, CRMV of vets, dependants, salary
  account).

Conventions (the twentieth set's, as restated in BLIND_RULES.md): PERSON covers the name only,
never "Sr.", "Sra.", "Dr.", "Dra.", "M.V.", "Méd. Vet.", "dona", "seu"; particles inside a name
(de, da, do, dos, e) are part of it; "SURNAME, Given" is one span; nicknames ("Zezé", "Tião",
"Bira", the suspect's "vulgo Baiano") and first names alone, capitalised or lower case, are
persons. Tutors, their relatives, neighbours, porters, groomers, walkers, sitters, drivers,
vets, nurses, lab staff, attendants, analysts, brokers, lawyers, conciliators, judges,
delegates and clerks named in the text are persons; logins ("recep10", "hildete.goldfarb"),
system accounts and the bot ("Bidu") are not. In a chat a sender shown by name is PERSON, one
shown by number is PHONE_NUMBER, one shown as the clinic's business profile is not labelled.
Corporate e-mails of people are EMAIL_ADDRESS; role mailboxes (sac@, ouvidoria@, adocao@,
pedidos@, agendamento@, financeiro@, the forms no-reply) are not labelled. Every phone number
written in the text is PHONE_NUMBER (a clinic's WhatsApp or landline included). ADDRESS is
street type + name + number + complement of a natural person (also lower case and
abbreviated, "al maestro ubiratan sucupira sn bloco c apto 49"); bairro, city and UF stay
outside, CEP is BR_CEP; a company's address (a clinic's or provider's seat in an NFS-e or a
complaint) is not labelled; a street named without a number ("a calçada da Rua Barão de Mauá",
"a unidade da Barão de Mauá", "a Bela Cintra fica barulhenta") is neither ADDRESS nor PERSON;
a unit without a street ("apto 141 T2", "unidade 88") is not an ADDRESS. Agency and account
are separate BANK_ACCOUNT spans; bank codes and names are not. DATE_OF_BIRTH only for people's
birth dates (tutors, patients, employees, dependants); visit, surgery, vaccination, due,
admission and signature dates are not. PROFESSIONAL_ID includes the council acronym and UF or
region: CRMV ("CRMV-SP 12345", "CRMV/RJ 4567", "CRMV BA 42.776"), CRM, COREN ("COREN/GO
51.331-ENF"), OAB, CRBio ("CRBio 05/25731"). PIX_KEY only for random (UUID) keys used as Pix
keys; other UUIDs (trace ids) are not labelled. The RG keeps the number only (the issuing body
stays outside). NIS/PIS numbers are BR_PIS. Masked values (card "final 6405", "****1234", CPF
"***.031.***-**", CVV "***"), internal ids, protocol, ticket, order, sinister, policy,
proposal, contract, report and hearing numbers are not labelled.

Decisions new to this register:
- Animals' names are never PERSON, also when they are people's names (Luna, Thor, Mel, Bento,
  Fred, Nina, Amora, Joaquina, Benedito, Heitor, Valentina, Tião, "Louro José"), and an
  animal's birth date ("Nascimento: 07/2018", "nascimento": "aprox. 2020") is not a
  DATE_OF_BIRTH. The same words are persons when they name people (a porter called Bento).
- Pet microchip numbers (ISO 11784, 15 digits, drawn to fail the CNS check), RGA (Registro
  Geral Animal) numbers, vaccine lots, pet-insurance card numbers, CNES codes, CBO codes, CTPS
  numbers, SUSEP registrations, RENAVAM (drawn to fail the CPF check), NFS-e numbers and
  verification codes, boleto lines, call ids and geolocation are not labelled.
- The zoonoses list's "cartao_sus" column and the SINAN "Cartão SUS" are BR_CNS.

Names: Brazilian names of many origins (Portuguese common and regional, coined names such as
Dheyse, Gleiciane, Rivaneide, Vaniclea, Kleberson, Jocimar; Italian, German, Japanese/Okinawan,
Lebanese, Korean, Chinese, Haitian, Senegalese, Angolan, Bolivian, indigenous, Jewish, Polish),
at least a quarter of the name words rare or invented (main() prints the share); names that
are ordinary words (Rosa, Vitória, Flor, Luz, Aurora, Celeste, Glória, Graça, Bento, Prudente,
Amado, Branco, Leal, Severo, Justo, Sereno; surnames Leão, Lobo, Coelho, Gato, Cordeiro) next
to the same words as words ("seria prudente", "tô sem luz", "o portão é branco", "cama
estampa rosa") and in places, shops, pets and companies (Presidente Prudente, Bento
Gonçalves, Vitória/ES, Jardim Aurora, Foro de Vila Prudente, Pet Point Aurora, Clínica
Veterinária Rosa dos Ventos, Pet Shop Amado, Crematório Pet Luz Eterna, the dog Bento), which
are not persons. Forms: full, ALL CAPS without accents, lower case, "SURNAME, Given", short,
first name alone, nickname, "Cosmo C.".

Hard negatives (never labelled): CNJ process numbers, 11-digit numbers failing the CPF check
(protocols, a CPF or NIS "rejected as invalid", RENAVAM), ICD-10 codes (W54.0, Z20.3, S61.9),
money, protocol/ticket/order/tracking numbers, company names containing a surname or a
name-word (Clínica Vet Amado & Lustosa, Hospital Veterinário Dr. Odorico Tabosa, Rações Bezerra
& Filhos, Jucá & Novais Cobranças, Administradora Sucupira & Jucá), streets honouring people
outside an address, laws and resolutions (Lei 9.605/1998, Lei 14.064/2020, Lei 9.099/95,
Resolução CFMV nº 1.138/2016, REsp 1.783.076/DF), microchips, lab values, dates that are not
birth dates.
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
SEED = 4646
OUT_NAME = "fortysixth.jsonl"

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
    return len(n) == 15 and n.isdigit() and n[0] in "12789" and \
        sum(int(c) * w for c, w in zip(n, range(15, 0, -1))) % 11 == 0


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

PT_F = ["Juliana", "Fernanda", "Patrícia", "Camila", "Aline", "Tatiane", "Priscila", "Adriana", "Cristina",
        "Simone", "Luciana", "Mariana", "Larissa", "Beatriz", "Gabriela", "Isabela", "Manuela", "Sofia",
        "Valentina", "Letícia", "Carla", "Viviane", "Rosângela", "Sandra", "Cláudia", "Mônica", "Elaine",
        "Maria José", "Ana Paula", "Maria Eduarda", "Francisca", "Antônia", "Lorena", "Heloísa"]
RARE_F = ["Dheyse", "Gleiciane", "Maricleide", "Zenaide", "Joselma", "Eudóxia", "Rivaneide", "Lucinéia",
          "Odete", "Ivonete", "Wanderléia", "Cleonice", "Djanira", "Eulina", "Geruza", "Hildete", "Ilzenir",
          "Jucelia", "Kelvia", "Lindinalva", "Marinalva", "Nicoly", "Quitéria", "Rosilda", "Sulamita",
          "Terezinha", "Uilma", "Vaniclea", "Yngrid", "Zilmar", "Adenilde", "Brenda Kauany", "Crislaine",
          "Dalvanira", "Ediclea", "Fabíola Yasmim", "Graciete", "Heroína", "Jandira", "Ludmila", "Raylane"]
PT_M = ["Rodrigo", "Gustavo", "Thiago", "Rafael", "Bruno", "Diego", "Fábio", "Leandro", "Ricardo",
        "Eduardo", "Roberto", "Antônio", "José Carlos", "Francisco", "Luiz Fernando", "João Pedro",
        "Miguel", "Arthur", "Heitor", "Gabriel", "Matheus", "Lucas", "Vinícius", "Daniel", "Sebastião",
        "Raimundo", "Benedito", "Geraldo", "Edson", "Márcio", "Anderson", "Paulo Roberto"]
RARE_M = ["Adelmo", "Belarmino", "Cosmo", "Deusdete", "Edivaldo", "Flodoaldo", "Gedeão", "Jeovane",
          "Irineu", "Jocimar", "Kleberson", "Laércio", "Melquíades", "Nilo", "Odorico", "Petrúcio",
          "Quirino", "Rosivaldo", "Sebastiano", "Tertuliano", "Ubiratan", "Valdomiro", "Wanderlei",
          "Xisto", "Ytalo", "Zenildo", "Agenor", "Brás", "Clodoaldo", "Dejair", "Eriberto", "Francimar",
          "Gildásio", "Jackson Weslley", "Kauan Ryan", "Luzimar", "Manassés", "Natanael", "Orivaldo"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Ferreira", "Pereira", "Almeida", "Costa",
          "Rodrigues", "Carvalho", "Gomes", "Ribeiro", "Alves", "Araújo", "Barbosa", "Cardoso", "Rocha",
          "Dias", "Moreira", "Monteiro", "Mendes", "Batista", "Soares", "Fernandes", "Melo", "Barros",
          "Freitas", "Teixeira", "Vieira", "Nascimento", "Farias", "Pires", "Campos", "Sampaio"]
RARE_SUR = ["Brandão Tavares", "Cunegundes", "Albuquerque Maranhão", "Bezerra Menezes", "Cajazeira",
            "Damasceno", "Ferraz Pimenta", "Guedelha", "Itapicuru", "Jatobá", "Lustosa", "Macambira",
            "Nogueira Paranaguá", "Oiticica", "Peçanha", "Quaresma", "Riachão", "Sucupira", "Tabosa",
            "Uchôa", "Vilanova", "Wanderley", "Xavier Brayner", "Zaidan", "Arcoverde", "Borborema",
            "Canindé", "Dantas Coimbra", "Espínola", "Florentino", "Goiana", "Honório", "Ibiapina",
            "Jucá", "Leopoldino", "Mauriti", "Novais", "Orleans", "Portela Brito", "Quintanilha"]
WORD_F = ["Rosa", "Vitória", "Flor", "Luz", "Aurora", "Celeste", "Glória", "Graça"]
WORD_M = ["Bento", "Prudente", "Amado", "Branco", "Leal", "Severo", "Justo", "Sereno"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Bento", "Amado", "Leal", "Flor", "Luz", "Vitória", "Leão",
            "Cordeiro", "Coelho", "Lobo", "Raposo", "Pinheiro", "Carneiro", "Pombo", "Bezerra", "Gato"]
NICK = {"Maria José": "Zezé", "Francisca": "Chica", "Antônia": "Toninha", "Ana Paula": "Paulinha",
        "José Carlos": "Zé Carlos", "Francisco": "Chico", "Sebastião": "Tião", "Raimundo": "Mundinho",
        "Benedito": "Dito", "Geraldo": "Gera", "Luiz Fernando": "Nando", "João Pedro": "JP",
        "Terezinha": "Têca", "Quitéria": "Teca", "Deusdete": "Dedé", "Melquíades": "Quiá", "Brás": "Brasinha",
        "Lindinalva": "Nalva", "Marinalva": "Nalvinha", "Valdomiro": "Miro", "Petrúcio": "Pêtru",
        "Tertuliano": "Tutu", "Ubiratan": "Bira", "Cleonice": "Nicinha", "Rodrigo": "Digão", "Gustavo": "Guga"}
FOREIGN = {
    "it": (["Giovanna", "Pierina", "Loredana"], ["Giuseppe", "Angelo", "Benito"],
           ["Zanetti", "Bertolucci", "Piccoli", "Tonin", "Ferrarezi", "Caldato", "Dal Molin"]),
    "de": (["Brunhilde", "Ingrid", "Hedwig"], ["Guenther", "Reinaldo", "Ulrich"],
           ["Schmitt", "Wagner", "Koerich", "Baumgarten", "Riffel", "Zimmermann", "Hasse"]),
    "jp": (["Keiko", "Mayumi", "Akemi"], ["Hideo", "Massao", "Yoshio"],
           ["Nakamura", "Higa", "Shimabukuro", "Kobayashi", "Miyazato", "Taira"]),
    "ar": (["Samira", "Jamile", "Rania"], ["Jorge Elias", "Habib", "Munir"],
           ["Rahal", "Saad", "Jafet", "Chamma", "Abib", "Tannus"]),
    "kr": (["Eun-ji", "Soo-yeon"], ["Dong-hyun", "Min-ho"], ["Park", "Lee", "Kang", "Han"]),
    "cn": (["Mei", "Ling"], ["Wei", "Jun"], ["Wang", "Liu", "Zhang", "Huang"]),
    "ht": (["Nadège", "Wideline", "Marie-Carmelle"], ["Jean-Robert", "Wesner", "Fritzner"],
           ["Pierre-Louis", "Jean-Baptiste", "Saint-Fleur", "Desrosiers", "Toussaint"]),
    "sn": (["Awa", "Mariama", "Ndeye"], ["Abdoulaye", "Moustapha", "Serigne"],
           ["Mbaye", "Faye", "Sarr", "Cissé", "Thiam"]),
    "ao": (["Quintina", "Nzinga", "Ebo"], ["Kalunga", "Ndongala", "Muanza"], ["Kiluange", "Tchissola", "Mbemba", "Kamuanga"]),
    "bo": (["Jhoselin", "Nélida", "Ruth Mery"], ["Wilber", "Franz", "Edwin"],
           ["Mamani", "Choque", "Condori", "Huanca", "Quispe"]),
    "in": (["Potyra", "Jaciara", "Moema"], ["Ubiraci", "Aruã", "Kauê"], ["Pataxó", "Terena", "Guajajara", "Potiguara"]),
    "jw": (["Sarah", "Miriam", "Ester"], ["Moisés", "Jacó", "Davi Elias"], ["Rosenberg", "Szajman", "Goldfarb", "Horovitz"]),
    "pl": (["Halina", "Jadwiga"], ["Zbigniew", "Kazimierz"], ["Wiśniewski", "Kowalczyk", "Nowicki"]),
}
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in ("ht", "sn", "ao", "in", "bo", "pl", "jw", "kr", "cn"):
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Costa", "Rosa", "Luz", "Vitória", "Silva", "Cunha", "Flor", "Glória"}
DO_SUR = {"Nascimento", "Amaral", "Carmo", "Espírito Santo"}
DOS_SUR = {"Santos", "Reis", "Anjos", "Passos"}


def particle(surname: str) -> str:
    if surname in DA_SUR:
        return "da"
    if surname in DO_SUR:
        return "do"
    if surname in DOS_SUR:
        return "dos"
    return "de"


# Animal names: never PERSON, even the ones that are also people's names.
PETS_DOG = ["Luna", "Thor", "Mel", "Bento", "Fred", "Nina", "Amora", "Bob", "Pipoca", "Max", "Lola", "Simba",
            "Chico", "Pretinha", "Paçoca", "Belinha", "Toddy", "Zeca", "Jade", "Tobias", "Marley", "Lupita",
            "Bidu", "Floquinho", "Sansão", "Aurora", "Meg", "Duque", "Princesa", "Caramelo", "Theodoro",
            "Joaquina", "Apolo", "Zeus", "Cacau", "Kira", "Pandora", "Benedito", "Tião", "Rosa", "Valentina",
            "Heitor", "Dora", "Brigadeiro", "Fiona", "Costelinha", "Guaraná", "Pituca"]
PETS_CAT = ["Frida", "Mia", "Sushi", "Mingau", "Nina", "Salém", "Tom", "Garfield", "Olívia", "Catarina",
            "Félix", "Amora", "Luna", "Bartolomeu", "Pérola", "Tigrão", "Fumaça", "Chanel", "Miró", "Dalila"]
PETS_OTHER = [("calopsita", "Kiwi"), ("coelho", "Algodão"), ("hamster", "Nhoque"), ("jabuti", "Seu Lento"),
              ("porquinho-da-índia", "Bolota"), ("papagaio", "Louro José"), ("furão", "Ozzy")]
DOG_BREEDS = ["SRD", "SRD", "Shih-tzu", "Lhasa Apso", "Golden Retriever", "Pinscher", "Yorkshire", "Spitz Alemão",
              "Bulldog Francês", "Border Collie", "American Pit Bull", "Rottweiler", "Poodle", "Dachshund",
              "Labrador", "Pastor Alemão", "Beagle", "Maltês", "Pug", "Husky Siberiano", "Fila Brasileiro"]
CAT_BREEDS = ["SRD", "SRD", "Persa", "Siamês", "Maine Coon", "Angorá", "Sphynx", "British Shorthair"]
COATS = ["caramelo", "preto", "branco", "tricolor", "rajado", "bege", "preto e branco", "cinza", "tigrado", "marrom"]

DDDS = ["11", "11", "11", "12", "13", "15", "16", "19", "21", "21", "24", "27", "31", "31", "34", "35", "41",
        "43", "44", "47", "48", "51", "54", "61", "62", "63", "65", "67", "68", "71", "73", "77", "79", "81",
        "82", "84", "85", "86", "87", "91", "92", "94", "96", "97", "98"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Estrada", "Praça",
                "Largo", "Rodovia", "Vila", "Ladeira"]
STREET_NAMES = ["Barão de Mauá", "Doutor Amado Cajazeira", "das Hortênsias", "Flor de Maio", "Prudente de Morais",
                "Professora Zenaide Lustosa", "Marechal Deodoro", "Coronel Belarmino Jucá", "dos Canários",
                "Sete de Setembro", "Luz do Sol", "Rosa e Silva", "Aurora Boreal", "Dom Bosco", "Padre Cícero",
                "Tiradentes", "Vereador Odorico Tabosa", "das Goiabeiras", "do Bosque", "Bento Ribeiro",
                "Olavo Bilac", "Cecília Meireles", "Irmã Dulce", "Santos Dumont", "Presidente Vargas",
                "Engenheiro Petrúcio Uchôa", "Maestro Ubiratan Sucupira", "dos Gatos Pingados", "do Cachorro Magro",
                "Quatorze de Julho", "Visconde de Inhaúma", "Bela Cintra", "Teodoro Sampaio", "Amado Batista"]
CITIES = [("São Paulo", "SP"), ("Campinas", "SP"), ("Guarulhos", "SP"), ("Santo André", "SP"), ("Sorocaba", "SP"),
          ("Rio de Janeiro", "RJ"), ("Niterói", "RJ"), ("Belo Horizonte", "MG"), ("Contagem", "MG"), ("Uberlândia", "MG"),
          ("Curitiba", "PR"), ("Florianópolis", "SC"), ("Porto Alegre", "RS"), ("Caxias do Sul", "RS"),
          ("Salvador", "BA"), ("Feira de Santana", "BA"), ("Recife", "PE"), ("Olinda", "PE"), ("Fortaleza", "CE"),
          ("Natal", "RN"), ("João Pessoa", "PB"), ("Maceió", "AL"), ("Aracaju", "SE"), ("Teresina", "PI"),
          ("São Luís", "MA"), ("Belém", "PA"), ("Manaus", "AM"), ("Goiânia", "GO"), ("Brasília", "DF"),
          ("Campo Grande", "MS"), ("Cuiabá", "MT"), ("Vitória", "ES"), ("Presidente Prudente", "SP"),
          ("Bento Gonçalves", "RS"), ("Rio Branco", "AC"), ("Porto Velho", "RO"), ("Boa Vista", "RR")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN",
       "PB", "MT", "MS", "PI", "SE", "AL", "TO", "RO", "AC", "AP", "RR"]
BAIRROS = ["Vila Mariana", "Pinheiros", "Tatuapé", "Jardim das Flores", "Centro", "Boa Viagem", "Pituba",
           "Aldeota", "Savassi", "Batel", "Moinhos de Vento", "Vila Rosa", "Jardim Aurora", "Parque Bento Ribeiro",
           "Cidade Nova", "Mooca", "Tijuca", "Méier", "Santa Luzia", "Jardim Prudência", "Bairro Luz"]
ICD = ["W54.0", "W54", "Z20.3", "T14.1", "S61.9", "S51.8", "A82.9", "Z24.2", "W55.0", "S01.8", "L03.1", "B55.1"]
VACCINES_DOG = ["V10 (polivalente)", "V8", "Antirrábica", "Gripe canina (tosse dos canis)", "Giárdia", "Leishmaniose"]
VACCINES_CAT = ["V4 (quádrupla felina)", "V5", "Antirrábica", "FeLV"]
LABS = ["VetLab Diagnósticos", "Laboratório Pet Análises", "Centro de Diagnóstico Veterinário Espínola",
        "Laboratório Quaresma Vet", "Labovet Aurora"]
CLINICS = ["Clínica Veterinária Bem-Estar Animal", "Hospital Veterinário Quatro Patas 24h", "Clínica Vet Amado & Lustosa",
           "Hospital Veterinário Dr. Odorico Tabosa", "Clínica Veterinária Rosa dos Ventos", "Pet Care Sucupira",
           "Centro Veterinário Luz da Serra", "Hospital Veterinário Santa Gertrudes", "VetCenter Bento Ribeiro",
           "Clínica do Bicho Feliz", "Policlínica Veterinária Jatobá"]
PETSHOPS = ["Pet Shop Amado", "Banho & Tosa Flor de Lis", "Casa de Rações Prudente", "Agropecuária Leão",
            "Mundo Pet Vilanova", "Au Au & Miau Pet Center", "Pet Chic Boutique", "Rações Bezerra & Filhos",
            "Bicho Mimado Estética Animal", "Pet Point Aurora"]
INSURERS = ["PetAmparo Saúde Animal", "Vitória Seguros — ramo Pet", "Plano Bicho Saudável", "Seguradora Leal Pet",
            "AmigoVet Planos", "Cuidar+ Pet Assistência"]
NGOS = ["ONG Patinhas da Luz", "Associação Protetora Amigos de São Francisco", "Instituto Focinho Amado",
        "Grupo Resgate Vira-Lata Vira-Luxo", "ONG Adote um Bento", "Coletivo Gatinhos da Graça"]


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
        sur = [s for s in self.surnames if s not in PARTICLES and s not in SUFFIXES]
        return f"{sur[-1].upper()}, {self.given}"

    @property
    def nick(self) -> str:
        return NICK.get(self.given, NICK.get(self.first, self.first))

    @property
    def o(self) -> str:
        return "a" if self.female else "o"


def name_form(g: "Gen", p: Person, forms: list[str] | None = None) -> str:
    form = g.pick(forms or ["full", "full", "full", "short", "caps", "low", "first"])
    return {"full": p.full, "short": p.short, "caps": p.caps, "low": p.low, "plain": p.plain,
            "inverted": p.inverted, "first": p.first, "last": p.last, "nick": p.nick,
            "lowfirst": p.first.lower(), "capsshort": fold(p.short).upper(), "lowshort": p.short.lower()}[form]


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
        female = rng.random() < 0.55 if female is None else female
        if origin is None:
            origin = "pt" if rng.random() < 0.7 else self.pick(sorted(FOREIGN))
        if origin == "pt":
            if word or rng.random() < 0.08:
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
        f = re.sub(r"[^a-z]", "", fold(p.first).lower()) or "x"
        l = re.sub(r"[^a-z]", "", fold(p.last).lower()) or "y"
        user = self.pick([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}_{l}{self.d(2)}", f"{f}{self.d(4)}",
                          f"{l}.{f}", f"{f}.{l}{self.rng.randint(70, 99)}", f"{f}{l[:4]}", f"{f[0]}.{l}",
                          f"{f}.tutora.{self.pick(['luna', 'thor', 'mel', 'fred'])}" if p.female else f"{f}pet{self.d(2)}"])
        domain = domain or self.pick(["gmail.com", "gmail.com", "gmail.com", "hotmail.com", "yahoo.com.br",
                                      "outlook.com", "bol.com.br", "uol.com.br", "icloud.com", "terra.com.br"])
        return f"{user}@{domain}"

    def corp_mail(self, p: Person, dom: str) -> str:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower())
        l = re.sub(r"[^a-z]", "", fold(p.last).lower())
        return self.pick([f"{f}.{l}@{dom}", f"{f}@{dom}", f"{f[0]}{l}@{dom}", f"dra.{f}@{dom}" if p.female else f"dr.{f}@{dom}"])

    # ----------------------------------------------------------------- identifiers
    def cpf_digits(self) -> str:
        while True:
            b = self.d(9)
            n = b + cpf_dv(b)
            if len(set(n)) > 1 and pis_dv(n[:10]) != n[10] and cnh_dv(n[:9]) != n[9:]:
                return n

    def cpf(self, style: str | None = None) -> str:
        n = self.cpf_digits()
        style = style or self.pick(["dot", "dot", "dot", "raw"])
        return {"dot": fmt_cpf(n), "raw": n, "sp": f"{n[:3]} {n[3:6]} {n[6:9]} {n[9:]}"}[style]

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
        style = style or self.pick(["dot", "dot", "raw"])
        return f"{n[:2]}.{n[2:5]}.{n[5:8]}-{n[8]}" if style == "dot" else n

    def cnh(self) -> str:
        while True:
            b = str(self.rng.randint(0, 9)) + self.d(8)
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

    def microchip(self, spaced: bool | None = None) -> str:
        """ISO 11784 pet microchip (15 digits): never labelled; drawn to fail the CNS check."""
        while True:
            n = self.pick(["982000", "981020", "900164", "076000", "985141", "968000"]) + self.d(9)
            if not cns_ok(n):
                break
        spaced = self.chance(0.3) if spaced is None else spaced
        return f"{n[:3]} {n[3:6]} {n[6:9]} {n[9:12]} {n[12:]}" if spaced else n

    def cep(self, dash: bool = True) -> str:
        n = str(self.rng.randint(1, 9)) + self.d(7)
        return f"{n[:5]}-{n[5:]}" if dash else n

    def phone(self, style: str | None = None, mobile: bool = True) -> str:
        while True:
            ddd = self.pick(DDDS)
            local = ("9" + str(self.rng.randint(6, 9)) + self.d(7)) if mobile else (str(self.rng.randint(2, 5)) + self.d(7))
            if not cpf_ok(ddd + local):
                break
        h, t = local[:-4], local[-4:]
        style = style or self.pick(["par", "par", "plus", "plain", "e164", "raw", "dash", "nospace"])
        return {"par": f"({ddd}) {h}-{t}", "plus": f"+55 {ddd} {h}-{t}", "plain": f"{ddd} {h}-{t}",
                "e164": f"+55{ddd}{local}", "raw": f"{ddd}{local}", "dash": f"{ddd}-{h}-{t}",
                "sp": f"{ddd} {h} {t}", "zero": f"0{ddd} {h}-{t}", "nospace": f"({ddd}){h}-{t}",
                "wa": f"+55 {ddd} {h[:-4] if len(h) > 4 else ''}{h[-4:]}-{t}"}[style]

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
        return self.pick(["001 - Banco do Brasil", "237 - Bradesco", "341 - Itaú", "104 - Caixa", "260 - Nu Pagamentos",
                          "033 - Santander", "077 - Inter", "336 - C6", "748 - Sicredi", "756 - Sicoob"])

    def ip(self) -> str:
        first = self.pick([177, 179, 186, 187, 189, 191, 200, 201, 138, 152, 170, 45, 131, 143])
        return f"{first}.{self.rng.randint(0, 255)}.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}"

    def address(self, style: str = "text") -> str:
        t = self.pick(STREET_TYPES)
        name = self.pick(STREET_NAMES)
        num = str(self.rng.randint(3, 3999)) if self.chance(0.93) else "s/n"
        comp = self.pick(["", "", "", f"apto {self.rng.randint(11, 1204)}", f"casa {self.rng.randint(1, 9)}",
                          f"bloco {self.pick('ABCDE')} apto {self.rng.randint(11, 408)}", "fundos",
                          f"ap. {self.rng.randint(11, 304)}", f"qd {self.rng.randint(1, 40)} lt {self.rng.randint(1, 30)}",
                          "casa 2 (portão verde)", f"cj {self.rng.randint(1, 99)}"])
        if style == "caps":
            return fold(f"{t} {name}, {num}" + (f", {comp}" if comp else "")).upper()
        if style == "low":
            abbr = {"Rua": "r", "Avenida": "av", "Travessa": "tv", "Alameda": "al", "Estrada": "estr"}
            s = f"{abbr.get(t, t)} {name} " + (num if num != "s/n" else "sn") + (f" {comp}" if comp else "")
            return s.lower()
        abbr = {"Rua": "R.", "Avenida": "Av.", "Travessa": "Tv.", "Alameda": "Al.", "Estrada": "Estr."}
        if self.chance(0.3) and t in abbr:
            t = abbr[t]
        sep = self.pick([", ", ", nº ", " ", ", n. "])
        return f"{t} {name}{sep}{num}" + (self.pick([", ", " - ", " "]) + comp if comp else "")

    def city(self) -> tuple[str, str]:
        return self.pick(CITIES)

    def dob(self, fmt: str | None = None, lo: int = 1945, hi: int = 2006) -> str:
        dd, mm, yy = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(lo, hi)
        fmt = fmt or self.pick(["br", "br", "br", "iso", "short", "long", "nopad", "dot"])
        return fmt_date(dd, mm, yy, fmt)

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        y = year or self.pick([2024, 2025, 2025, 2025])
        return fmt_date(self.rng.randint(1, 28), self.rng.randint(1, 12), y, fmt)

    def hm(self) -> str:
        return f"{self.rng.randint(7, 21):02d}:{self.rng.randint(0, 59):02d}"

    def times(self, n: int, lo: int = 7 * 3600, hi: int = 22 * 3600) -> list[str]:
        secs = sorted(self.rng.sample(range(lo, hi, 60), n))
        return [f"{x // 3600:02d}:{x % 3600 // 60:02d}" for x in secs]

    def money(self, lo: int = 20, hi: int = 5000) -> str:
        v = self.rng.randint(lo * 100, hi * 100)
        r, c = divmod(v, 100)
        return f"{r:,}".replace(",", ".") + f",{c:02d}"

    def cnj(self, seg: str | None = None) -> str:
        seg = seg or self.pick(["8.26", "8.19", "8.13", "8.16", "8.05", "8.17", "8.06", "8.07", "8.24"])
        return f"{self.d(7)}-{self.d(2)}.{self.rng.randint(2019, 2025)}.{seg}.{self.d(4)}"

    def protocol(self) -> str:
        return self.pick([f"{self.rng.randint(2024, 2025)}{self.d(8)}", self.neg(11), f"{self.d(3)}.{self.d(3)}.{self.d(3)}",
                          f"#{self.d(7)}", self.neg(12), f"ATD-{self.d(6)}"])

    def council(self, kind: str = "CRMV", uf: str | None = None) -> str:
        uf = uf or self.pick(UFS[:14])
        n = self.rng.randint(1000, 89999)
        dotted = f"{n:,}".replace(",", ".")
        if kind == "CRMV":
            return self.pick([f"CRMV-{uf} {n}", f"CRMV-{uf} {n}", f"CRMV/{uf} {n}", f"CRMV {uf} {dotted}",
                              f"CRMV-{uf} {dotted}", f"CRMV-{uf} {n:05d}"])
        if kind == "OAB":
            n = self.rng.randint(10000, 499999)
            dotted = f"{n:,}".replace(",", ".")
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} {n}", f"OAB-{uf} {n}", f"OAB {uf} {dotted}"])
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {dotted}-ENF", f"COREN-{uf} {n}-TE"])
        if kind == "CRBio":
            return f"CRBio {self.rng.randint(1, 9):02d}/{self.d(5)}"
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dotted}"])

    # ----------------------------------------------------------------- animals
    def pet(self, species: str | None = None) -> dict:
        species = species or self.pick(["cão", "cão", "cão", "gato", "gato", "outro"] if self.chance(0.9) else ["cão"])
        if species == "outro":
            sp, name = self.pick(PETS_OTHER)
            return {"species": sp, "name": name, "breed": "-", "sex": self.pick(["M", "F"]), "coat": self.pick(COATS),
                    "age": f"{self.ri(1, 9)} anos", "weight": f"{self.ri(1, 40) / 10:.1f}".replace(".", ",")}
        if species == "gato":
            name, breed = self.pick(PETS_CAT), self.pick(CAT_BREEDS)
            w = self.ri(25, 70) / 10
        else:
            name, breed = self.pick(PETS_DOG), self.pick(DOG_BREEDS)
            w = self.ri(20, 450) / 10
        fem = (name.endswith("a") and name not in ("Zeca", "Guaraná")) or name in ("Mel", "Meg", "Jade", "Chanel", "Dalila", "Pérola", "Amora", "Aurora", "Mia")
        return {"species": species, "name": name, "breed": breed, "sex": "fêmea" if fem else "macho",
                "coat": self.pick(COATS), "age": self.pick([f"{self.ri(2, 16)} anos", f"{self.ri(2, 11)} meses", f"{self.ri(1, 14)}a"]),
                "weight": f"{w:.1f}".replace(".", ",")}

    def pet_birth(self) -> str:
        """An animal's birth date: never DATE_OF_BIRTH."""
        return self.pick([self.date("br", self.ri(2010, 2024)), f"{self.ri(1, 12):02d}/{self.ri(2009, 2024)}",
                          f"aprox. {self.ri(2010, 2023)}"])

    def lot(self) -> str:
        return self.pick([f"{self.pick(['A', 'B', 'L', 'K'])}{self.d(6)}", f"{self.d(3)}/{self.ri(23, 25)}",
                          f"L{self.d(4)}{self.pick('ABCXYZ')}", f"{self.d(6)}-{self.d(2)}"])


def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def fmt_date(dd: int, mm: int, yy: int, fmt: str) -> str:
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}",
            "short": f"{dd:02d}/{mm:02d}/{yy % 100:02d}", "long": f"{dd} de {MONTHS[mm - 1]} de {yy}",
            "dash": f"{dd:02d}-{mm:02d}-{yy}", "nopad": f"{dd}/{mm}/{yy}", "dot": f"{dd:02d}.{mm:02d}.{yy}",
            "caps": f"{dd} DE {fold(MONTHS[mm - 1]).upper()} DE {yy}"}[fmt]


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
        if label is None or not s:
            return self.t(s)
        self.spans.append({"start": len(self.text), "end": len(self.text) + len(s), "label": label})
        self.text += s
        return self

    def add(self, other: "Doc") -> "Doc":
        base = len(self.text)
        self.text += other.text
        self.spans += [{"start": s["start"] + base, "end": s["end"] + base, "label": s["label"]} for s in other.spans]
        return self

    def f(self, template: str, **vals) -> "Doc":
        """Append `template`; «key» takes vals[key]: a (value, LABEL) tuple is a gold span,
        a Doc is appended with its spans, a (value, None) tuple or a plain value is text."""
        cursor = 0
        for m in MARK.finditer(template):
            self.t(template[cursor:m.start()])
            v = vals[m.group(1)]
            if isinstance(v, tuple):
                self.e(v[0], v[1])
            elif isinstance(v, Doc):
                self.add(v)
            else:
                self.t(str(v))
            cursor = m.end()
        self.t(template[cursor:])
        return self

    def cell(self, s: str, width: int, label: str | None = None) -> "Doc":
        self.e(s, label)
        self.t(" " * max(0, width - len(s)))
        return self


def mix(*parts) -> Doc:
    """A short piece of text: plain strings and (value, LABEL) spans, for use as a «value»."""
    d = Doc()
    for x in parts:
        if isinstance(x, tuple):
            d.e(x[0], x[1])
        else:
            d.t(x)
    return d


def P(s: str):
    return (s, "PERSON")


def V(s) -> tuple:
    return (str(s), None)


def table_fixed(doc: Doc, cols: list[str], rows: list[list[tuple]], sep: str = "  ") -> None:
    widths = [max([len(c)] + [len(r[k][0]) for r in rows]) for k, c in enumerate(cols)]
    doc.t(sep.join(c.ljust(w) for c, w in zip(cols, widths)).rstrip() + "\n")
    doc.t(sep.join("-" * w for w in widths) + "\n")
    for r in rows:
        for k, ((v, lab), w) in enumerate(zip(r, widths)):
            if k:
                doc.t(sep)
            if k == len(r) - 1:
                doc.e(v, lab)
            else:
                doc.cell(v, w, lab)
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


def table_csv(doc: Doc, cols: list[str] | None, rows: list[list[tuple]], sep: str = ";") -> None:
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


def jstr(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)[1:-1]


def login(g: Gen, p: Person) -> str:
    """A system login of a staff member (not a PERSON span)."""
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return g.pick([f"{f[0]}{l}", f"{f}.{l}", f"recep{g.d(2)}", f"usr_{l}{g.d(2)}", f"{f}{g.d(3)}"])


def pet_line(p: dict) -> str:
    return f"{p['name']} ({p['species']}, {p['breed']}, {p['sex']}, {p['age']})"


def na(place: str) -> str:
    """Portuguese contraction of "em" with the article a place name takes."""
    return ("no " if place.split()[0] in ("Hospital", "Centro", "Pet", "VetCenter", "Laboratório", "Crematório", "Memorial") else "na ") + place


def city_uf(g: Gen) -> str:
    c = g.city()
    return g.pick([f"{c[0]}/{c[1]}", f"{c[0]} - {c[1]}", f"{c[0]}-{c[1]}"])


def money(g: Gen, lo: int = 20, hi: int = 5000) -> str:
    return "R$ " + g.money(lo, hi) if g.chance(0.8) else "R$" + g.money(lo, hi)


# =========================================================================== atendimento

TEMPLATES: dict[str, list] = {}


def at_whatsapp(g: Gen) -> Doc:
    """WhatsApp export of a vet clinic's reception number: booking, registration data, home visit."""
    doc = Doc()
    clinic = g.pick(CLINICS)
    rec = g.person(female=g.chance(0.8))
    vet = g.person()
    tutor = g.person(word=g.chance(0.15))
    pet = g.pet(g.pick(["cão", "gato"]))
    y = g.pick([24, 25])
    day = f"{g.ri(1, 28):02d}/{g.ri(1, 12):02d}/{y}"
    ts = g.times(12, 8 * 3600, 19 * 3600)
    saved = g.chance(0.5)
    tphone = g.phone(g.pick(["wa", "plus"]))
    me = P(tutor.first + " " + tutor.last) if saved else (tphone, "PHONE_NUMBER")
    cl = g.pick([clinic, "Recepção " + clinic.split()[-1], "Atendimento Vet"])
    lines = [
        (cl, mix("Olá! Você está falando com " + ("a " if rec.female else "o "), P(rec.first), " da recepção da ", clinic, " 🐾 Como posso ajudar?")),
        (None, mix(g.pick(["oi bom dia", "boa tarde", "Oi, tudo bem?", "ola"]), " queria marcar consulta pr", "a minha " if pet["sex"] == "fêmea" else "o meu ",
                   {("cão", "fêmea"): "cachorra", ("cão", "macho"): "cachorro", ("gato", "fêmea"): "gata", ("gato", "macho"): "gato"}[(pet["species"], pet["sex"])], " ", pet["name"], ", ", g.pick(["tá vomitando desde ontem", "tá coçando mto a orelha", "parou de comer", "tá mancando da pata traseira", "precisa tomar a vacina"]))),
        (cl, mix("Claro! Hoje ", "a Dra. " if vet.female else "o Dr. ", P(vet.first), " tem horário às ", g.hm(), ". A consulta fica ", money(g, 120, 260), ". ",
                 "É a primeira vez de ", pet["name"], " aqui?")),
        (None, mix(g.pick(["sim primeira vez", "primeira", "é sim", "nunca fui ai nao"]))),
        (cl, mix("Pra fazer o cadastro preciso do nome completo do tutor, CPF, data de nascimento, endereço com CEP e e-mail 😊")),
    ]
    lines.append((None, mix(P(g.pick([tutor.full, tutor.low, tutor.full])), "\n", (g.cpf(), "BR_CPF"), "\n", (g.dob(g.pick(["br", "nopad", "short"])), "DATE_OF_BIRTH"),
                            "\n", (g.address(g.pick(["text", "low"])), "ADDRESS"), " ", g.pick(BAIRROS), "\ncep ", (g.cep(g.chance(0.7)), "BR_CEP"),
                            "\n", (g.email(tutor), "EMAIL_ADDRESS"))))
    if g.chance(0.5):
        sp = g.relative(tutor)
        lines.append((None, mix("se eu nao puder levar quem leva é ", "meu marido " if not sp.female else "minha esposa ", P(sp.first), ", o numero dele é " if not sp.female else ", o numero dela é ",
                                (g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))))
    lines.append((cl, mix("Cadastro feito ✅ Ficha nº ", g.d(5), ". ", pet["name"], " agendad", "a" if pet["sex"] == "fêmea" else "o",
                          " pra ", g.date("br"), " às ", g.hm(), " com ", "a Dra. " if vet.female else "o Dr. ", P(vet.full), " (", (g.council("CRMV"), "PROFESSIONAL_ID"), ").")))
    if g.chance(0.6):
        lines.append((None, mix(g.pick(["vcs fazem atendimento em casa? ele fica mto estressado no carro", "tem como buscar? to sem carro essa semana", "ela tem medo de carro, tem domiciliar?"]))))
        lines.append((cl, mix("Temos sim! Taxa de deslocamento ", money(g, 40, 90), ". O endereço pra visita é o mesmo do cadastro? ")))
        lines.append((None, mix("nao, vai ser na casa da minha mae, ", (g.address("low"), "ADDRESS"), ", fala com ", g.pick(["dona ", "a ", ""]), P(g.relative(tutor, female=True).first),
                                ", tel ", (g.phone("par", mobile=g.chance(0.5)), "PHONE_NUMBER"))))
    lines.append((None, mix(g.pick(["obrigadaaa", "valeu!!", "obg", "muito obrigada 🙏"]), " ", g.pick(["", "ah, o portão é branco", "tô sem luz aqui desde cedo, qualquer coisa manda msg", "seria prudente levar a carteirinha de vacina?"]))))
    lines.append((cl, mix(g.pick(["Imagina! Até lá 🐶", "Disponha! Qualquer coisa é só chamar.", "Por nada! Traga a carteira de vacinação, por favor."]),
                          " — ", P(rec.first), "")))
    doc.t(f"Conversa do WhatsApp com {tphone if not saved else tutor.first + ' ' + tutor.last}\n" if False else "")
    for (who, body), t in zip(lines, ts + g.times(len(lines), 19 * 3600, 21 * 3600)):
        doc.t(f"[{day}, {t}] ")
        if who is None:
            doc.e(*me)
        else:
            doc.t(who)
        doc.t(": ")
        doc.add(body)
        doc.t("\n")
    return doc


def at_grooming(g: Gen) -> Doc:
    """Banho e tosa agenda of a pet shop (fixed-width export), with táxi dog pickups and the driver."""
    doc = Doc()
    shop = g.pick(PETSHOPS)
    doc.f("«s» — AGENDA BANHO & TOSA   «d»   (emitido por «lg» às «h»)\n\n", s=shop.upper(), d=g.date("br"), lg=login(g, g.person()), h=g.hm())
    groomers = [g.person() for _ in range(g.ri(2, 3))]
    rows = []
    times = g.times(g.ri(6, 8), 8 * 3600, 17 * 3600)
    for t in times:
        tut = g.person()
        pet = g.pet(g.pick(["cão", "cão", "cão", "gato"]))
        gr = g.pick(groomers)
        taxi = g.chance(0.45)
        rows.append([V(t), V(pet["name"]), V(pet["breed"]),
                     V(g.pick(["Banho", "Banho + tosa higiênica", "Tosa na tesoura", "Banho + hidratação", "Tosa bebê", "Banho terapêutico", "Desembolo"])),
                     P(g.pick([tut.short, tut.caps, tut.full, tut.first + " " + tut.last[0] + "."])) if True else V(""),
                     (g.phone(g.pick(["par", "plain", "raw", "nospace"])), "PHONE_NUMBER"),
                     P(gr.first) if g.chance(0.8) else V("—"),
                     (g.address(g.pick(["text", "caps", "low"])), "ADDRESS") if taxi else V("-")])
    table_fixed(doc, ["HORA", "PET", "RAÇA", "SERVIÇO", "TUTOR", "TELEFONE", "TOSADOR", "BUSCA (TÁXI DOG)"], rows)
    drv = g.person(female=g.chance(0.2))
    doc.f("\nTáxi dog: motorista «m» — «v» placa «pl» — cel «c»\n", m=P(g.pick([drv.first, drv.short, drv.nick])),
          v=g.pick(["Fiorino branca", "Doblò prata", "Kangoo", "Saveiro adaptada", "Spin"]), pl=(g.plate(), "LICENSE_PLATE"),
          c=(g.phone(), "PHONE_NUMBER"))
    obs = g.pick(rows)
    doc.f("OBS: «p» é bravo(a) com secador, usar focinheira. «n» já completou 10 banhos no cartão fidelidade — próximo é cortesia.\n",
          p=obs[1][0], n=g.pick(rows)[1][0])
    if g.chance(0.6):
        gr = g.pick(groomers)
        doc.f("Folga: «n» (trocou com «m»). Pagamento do dia: Pix da loja (CNPJ «c») ou cartão.\n", n=P(gr.full), m=P(g.pick([x for x in groomers if x is not gr]).first),
              c=(g.cnpj(), "BR_CNPJ"))
    doc.f("Cancelados: «x» (tutor avisou por msg), reagendar p/ «d».\n", x=g.pick(PETS_DOG), d=g.date("short"))
    return doc


def at_adoption_form(g: Gen) -> Doc:
    """An adoption NGO receives a Google-Forms-like questionnaire by e-mail; a volunteer screens it."""
    doc = Doc()
    ngo = g.pick(NGOS)
    a = g.person(word=g.chance(0.15))
    pet = g.pet(g.pick(["cão", "gato"]))
    vol = g.person(female=g.chance(0.8))
    stamp = f"{g.date('br')} {g.hm()}:{g.ri(10, 59)}"
    doc.f("De: Formulários <forms-receipts-noreply@google.com>\nPara: adocao@«dom»\nAssunto: Nova resposta — Formulário de pré-adoção («pn»)\n\n",
          dom=fold(ngo.split()[-1]).lower() + ".org.br", pn=pet["name"])
    doc.f("Carimbo de data/hora: «s»\nEndereço IP registrado: «ip»\n\n", s=stamp, ip=(g.ip(), "IP_ADDRESS"))
    qa = [("Nome completo", P(g.pick([a.full, a.caps, a.low]))),
          ("CPF", (g.cpf(), "BR_CPF")),
          ("RG", (g.rg(), "BR_RG")),
          ("Data de nascimento", (g.dob(lo=1955, hi=2005), "DATE_OF_BIRTH")),
          ("Endereço completo (rua, número, complemento)", (g.address(g.pick(["text", "text", "low", "caps"])), "ADDRESS")),
          ("Bairro / Cidade", V(f"{g.pick(BAIRROS)} / {city_uf(g)}")),
          ("CEP", (g.cep(g.chance(0.8)), "BR_CEP")),
          ("Telefone / WhatsApp", (g.phone(), "PHONE_NUMBER")),
          ("E-mail", (g.email(a), "EMAIL_ADDRESS")),
          ("Qual animal você deseja adotar?", V(f"{pet['name']} ({pet['species']} {pet['coat']} do post de {g.date('short')})")),
          ("Você mora em casa ou apartamento? Próprio ou alugado?", V(g.pick(["Casa própria com quintal murado", "Apto alugado, o condomínio aceita pets", "casa alugada, dono autorizou", "apartamento próprio com tela nas janelas"])))]
    for q, v in qa:
        doc.f("«q»\n«v»\n\n", q=q, v=v)
    m1 = g.relative(a)
    kid = g.relative(a)
    doc.f("Quem mora com você? Todos concordam com a adoção?\n«v»\n\n",
          v=mix(g.pick(["Eu, ", "eu, "]), "meu companheiro " if not m1.female else "minha companheira ", P(m1.first), " e ", "nossa filha " if kid.female else "nosso filho ",
                P(kid.first), f" ({g.ri(4, 15)} anos). Todos concordam sim" + g.pick([".", "!!", ", a ideia foi dela" if kid.female else ", a ideia foi dele"])))
    doc.f("Já teve outros animais? O que aconteceu com eles?\n«v»\n\n",
          v=g.pick([f"Tive a {g.pick(PETS_DOG)} por 14 anos, faleceu de velhice ano passado", f"Tenho o {g.pick(PETS_CAT)}, gato castrado de 5 anos", "Nunca tive, primeira vez",
                    f"Tinha o {g.pick(PETS_DOG)} que fugiu em 2021, desde então a casa tem portão automático"]))
    ref = g.person()
    doc.f("Referência pessoal (nome e telefone)\n«r» — «t»\n\n", r=P(g.pick([ref.full, ref.short, ref.first + " (vizinha)" if False else ref.short])),
          t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))
    doc.f("Concorda com a visita pré e pós-adoção e com a assinatura do termo de responsabilidade?\nSim\n\n")
    doc.f("---\n[triagem] «v»: perfil ok, «why». Agendar visita com «a» no sábado; quem vai é «v2». Não passar o endereço do lar temporário de «p».\n",
          v=P(vol.first), why=g.pick(["casa com tela", "já teve cão idoso", "tem quintal", "mora perto do abrigo"]), a=P(a.first),
          v2=P(g.person().first), p=pet["name"])
    return doc


def at_walker_app(g: Gen) -> Doc:
    """Support ticket in a dog-walker app: the customer's complaint, walker profile, session logs."""
    doc = Doc()
    cust = g.person()
    wk = g.person(female=g.chance(0.4))
    ag = g.person()
    pet = g.pet("cão")
    app = g.pick(["PasseAu", "DogWalk Já", "Patas na Rua", "Leva Meu Pet"])
    doc.f("«app» • Central de Suporte • Ticket #«n» • Status: Em análise\nCategoria: Passeio > Ocorrência durante o passeio\nAberto em «d» «h» via app Android\n\n",
          app=app, n=g.d(7), d=g.date("br"), h=g.hm())
    doc.f("Cliente: «c»  |  «e»  |  «t»\nEndereço de retirada: «ad» — «b», CEP «cep»\nPet: «p» («br», «w» kg)\n\n",
          c=P(name_form(g, cust, ["full", "full", "caps"])), e=(g.email(cust), "EMAIL_ADDRESS"), t=(g.phone(), "PHONE_NUMBER"),
          ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), cep=(g.cep(), "BR_CEP"), p=pet["name"], br=pet["breed"], w=pet["weight"])
    doc.f("Relato do cliente:\n«r»\n\n",
          r=mix("A passeadora " if wk.female else "O passeador ", P(wk.first), " ",
                g.pick(["devolveu o ", "trouxe o ", "entregou "]), pet["name"], " ", g.pick(["40 minutos atrasado", "sem a guia e a coleira", "com a pata machucada", "todo molhado e sujo de lama"]),
                ". ", g.pick(["Quero reembolso do passeio", "Não quero mais esse prestador", "Quero saber o que aconteceu"]), ". ",
                g.pick(["Meu porteiro, ", "O zelador, ", "Meu vizinho "]), P(g.person(female=False).first), ", viu tudo. ",
                g.pick(["Valor pago: ", "Cobraram "]), money(g, 25, 80), "."))
    doc.f("Prestador: «wn» (id parceiro «id») ★ «rt»\nCPF: ***.«c3».***-**   Tel.: «wt»   Veículo cadastrado: «car» «pl»\n",
          wn=P(wk.full), id=f"WLK-{g.d(5)}", rt=f"{g.ri(38, 50) / 10:.1f}".replace(".", ","), c3=g.d(3),
          wt=(g.phone(), "PHONE_NUMBER"), car=g.pick(["moto Honda CG", "Gol", "HB20", "Mobi", "Kwid"]), pl=(g.plate(), "LICENSE_PLATE"))
    doc.f("CNH (validada no onboarding): «cnh»   Antecedentes: nada consta\n", cnh=(g.cnh(), "BR_CNH"))
    t2 = g.times(2)
    doc.f("Passeio: «s» → «e» (check-in GPS ok, «km» km)\n\nLogs de sessão (últimos acessos):\n", s=t2[0], e=t2[1], km=f"{g.ri(8, 45) / 10:.1f}")
    rows = []
    for _ in range(g.ri(3, 5)):
        who = g.pick([("cliente", cust), ("prestador", wk)])
        rows.append([V(f"{g.date('iso')} {g.hm()}"), V(who[0]), (g.ip(), "IP_ADDRESS"), V(g.pick(["Android 14", "iOS 17.5", "Android 12", "Web/Chrome"]))])
    table_fixed(doc, ["quando", "quem", "ip", "device"], rows)
    doc.f("trace_id: «u»\n", u=g.uuid())
    doc.f("\nResposta de «ag» (Suporte N2): Olá, «c»! Sentimos muito pelo ocorrido com «p». Estornamos «v» no seu cartão final «fin» "
          "(protocolo «pr») e o parceiro foi suspenso preventivamente. Nosso assistente virtual Bidu não tem acesso a esse caso, fale direto comigo por aqui.\n",
          ag=P(ag.short), c=P(cust.first), p=pet["name"], v=money(g, 25, 80), fin=g.d(4), pr=g.protocol())
    return doc


def at_sac_email(g: Gen) -> Doc:
    """Complaint e-mail to a pet-shop chain after a grooming injury, and the SAC's reply."""
    doc = Doc()
    shop = g.pick(PETSHOPS)
    dom = re.sub(r"[^a-z]", "", fold(shop).lower())[:14] + ".com.br"
    c = g.person(word=g.chance(0.2))
    pet = g.pet("cão")
    groomer = g.person()
    vet = g.person()
    sup = g.person(female=g.chance(0.7))
    doc.f("From: «n» <«e»>\nTo: sac@«dom»\nCc: ouvidoria@«dom»\nDate: «d» «h»\nX-Originating-IP: [«ip»]\nSubject: RECLAMAÇÃO - pedido «o» - meu cachorro voltou machucado da tosa\n\n",
          n=P(g.pick([c.full, c.caps, c.short])), e=(g.email(c), "EMAIL_ADDRESS"), dom=dom, d=g.date("br"), h=g.hm(), ip=(g.ip(), "IP_ADDRESS"), o=f"{g.d(6)}-{g.d(2)}")
    doc.f("Boa noite,\n\nLevei «ar» «p» («b») na unidade «u» pra banho e tosa no dia «d». Quem atendeu foi «gr». Quando fui buscar ele estava com um corte "
          "na orelha esquerda e sangrando. Levei direto na «cl», onde «art» «v» («crmv») deu 4 pontos e receitou antibiótico. Gastei «m» entre consulta, sutura e remédio "
          "(nota fiscal em anexo).\n\n",
          p=pet["name"], ar="a" if pet["sex"] == "fêmea" else "o", b=pet["breed"], u=g.pick(["da Barão de Mauá", "do shopping", "da Teodoro Sampaio", "Centro", "da Sete de Setembro"]), d=g.date("short"),
          gr=P(g.pick([groomer.first, groomer.first + " " + groomer.last])), cl=g.pick(CLINICS), art="a Dra." if vet.female else "o Dr.",
          v=P(vet.short), crmv=(g.council("CRMV"), "PROFESSIONAL_ID"), m=money(g, 180, 900))
    doc.f("Quero o reembolso integral e uma explicação. Não é a primeira vez: «w». Se não tiver retorno em 5 dias vou abrir reclamação no Procon e no Reclame Aqui.\n\n",
          w=g.pick(["em março o Thor voltou com a unha sangrando", "a tosa anterior deixou ele com assadura", "já tinham esquecido a guia dele aí"]))
    doc.f("Meus dados pra reembolso:\n«n2»\nCPF «cpf»\n«bk» ag «ag» cc «cc»\nou Pix (chave aleatória): «px»\nTel «t»\n\n",
          n2=P(c.full), cpf=(g.cpf(), "BR_CPF"), bk=g.pick(["Banco do Brasil", "Itaú", "Nubank", "Caixa", "Bradesco"]),
          ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), px=(g.uuid(), "PIX_KEY"), t=(g.phone(), "PHONE_NUMBER"))
    doc.f("--\nEnviado do meu iPhone\n\n> Em «d», SAC «s» <sac@«dom»> escreveu:\n> Olá, «c»! Lamentamos muito o ocorrido com «ar» «p». Registramos seu caso sob o protocolo «pr». "
          "A gerente da unidade, «ger», e a supervisora de estética animal, «sup» («se»), entrarão em contato em até 48h. O reembolso é analisado em até 10 dias úteis.\n"
          "> Atenciosamente, Equipe «s»\n",
          d=g.date("br"), s=shop, dom=dom, c=P(c.first), p=pet["name"], ar="a" if pet["sex"] == "fêmea" else "o", pr=g.protocol(), ger=P(g.person(female=True).short), sup=P(sup.full),
          se=(g.corp_mail(sup, dom), "EMAIL_ADDRESS"))
    return doc


def at_loyalty(g: Gen) -> Doc:
    """Loyalty-club sign-up records of a pet-shop app (JSON), with the pets; support note below."""
    doc = Doc()
    club = g.pick(["Clube Patinhas", "Amigo Fiel+", "Pet Pontos", "Clube Focinho"])
    doc.f("// export admin «c» — cadastros pendentes de validação («d»)\n[\n", c=club, d=g.date("br"))
    n = g.ri(2, 3)
    for i in range(n):
        p = g.person()
        pets = [g.pet() for _ in range(g.ri(1, 2))]
        doc.f('  {\n    "id_cliente": «id»,\n    "nome": "«n»",\n    "cpf": "«cpf»",\n    "data_nascimento": "«dob»",\n    "celular": "«cel»",\n'
              '    "email": "«e»",\n    "endereco": {"logradouro": "«ad»", "bairro": "«b»", "cep": "«cep»", "cidade": "«cid»"},\n',
              id=g.d(7), n=P(g.pick([p.full, p.caps, p.full])), cpf=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
              dob=(g.dob(g.pick(["iso", "br"])), "DATE_OF_BIRTH"), cel=(g.phone(g.pick(["raw", "e164", "par"])), "PHONE_NUMBER"),
              e=(g.email(p), "EMAIL_ADDRESS"), ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), cep=(g.cep(g.chance(0.5)), "BR_CEP"), cid=g.city()[0])
        doc.t('    "pets": [')
        for k, pt in enumerate(pets):
            doc.t(("" if not k else ", ") + json.dumps({"nome": pt["name"], "especie": pt["species"], "raca": pt["breed"], "nascimento": g.pet_birth()}, ensure_ascii=False))
        doc.t("],\n")
        if g.chance(0.6):
            r = g.person()
            doc.f('    "indicado_por": {"nome": "«n»", "celular": "«c»"},\n', n=P(r.short), c=(g.phone("raw"), "PHONE_NUMBER"))
        doc.f('    "pontos": «pt», "aceite_lgpd": true, "ip_cadastro": "«ip»", "origem": "«o»"\n  }«sep»\n',
              pt=g.ri(0, 900), ip=(g.ip(), "IP_ADDRESS"), o=g.pick(["app_android", "app_ios", "totem_loja", "site"]), sep="," if i < n - 1 else "")
    doc.t("]\n")
    att = g.person()
    doc.f("\nNota do suporte («a»): o cadastro 2 usa o CPF da mãe; CPF digitado no totem «bad» é inválido (dígito não confere), pedir correção. "
          "Pontos da compra de «m» (pedido «o») ainda não caíram.\n",
          a=P(g.pick([att.first, att.short])), bad=g.bad_cpf(g.pick(["raw", "dot"])), m=money(g, 60, 700), o=g.d(8))
    return doc


def at_condo(g: Gen) -> Doc:
    """Condominium complaints about a barking dog: occurrence book entries and the síndico's e-mail."""
    doc = Doc()
    cond = g.pick(["Condomínio Residencial Jardim das Aroeiras", "Edifício Flor de Lis", "Cond. Parque das Araras",
                   "Residencial Bento Ribeiro", "Edifício Dona Graça"])
    dog = g.pet("cão")
    own = g.person()
    sind = g.person()
    doc.f("«c» — LIVRO DE OCORRÊNCIAS (transcrição)\n\n", c=cond.upper())
    for _ in range(g.ri(2, 4)):
        comp = g.person()
        port = g.person(female=False)
        doc.f("Nº «n»/«y» — «d» «h» — Reclamante: «r» (apto «a»«bl»), tel «t». «txt» Registrado por porteiro «p».\n",
              n=g.ri(10, 400), y=g.pick([2024, 2025]), d=g.date("short"), h=g.hm(), r=P(g.pick([comp.full, comp.caps, comp.short])), a=g.ri(11, 164),
              bl=g.pick(["", " bl B", " T2"]), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"),
              txt=g.pick(["Cão do apto «u» latindo sem parar desde as 6h.", "Cachorro da unidade «u» uivando a madrugada toda.",
                          "Latidos vindos do «u» durante toda a tarde, morador diz que ninguém atende.", "Cão do «u» fez cocô no hall de novo.",
                          "Cachorro do «u» solto na garagem sem guia, avançou na criança."]).replace("«u»", str(g.ri(11, 164))),
              p=P(g.pick([port.first, port.nick])))
    doc.f("\nDe: «sx» «s» <«se»>\nPara: «o»\nAssunto: Notificação — latidos do cão «dn» (unidade «u»)\n\n",
          sx="Síndica" if sind.female else "Síndico", s=P(sind.full), se=(g.email(sind), "EMAIL_ADDRESS"), o=(g.email(own), "EMAIL_ADDRESS"), dn=dog["name"], u=g.ri(11, 164))
    doc.f("Prezad«x» «n»,\n\nRecebemos novas reclamações sobre os latidos d«po» «dn» («br»). Lembramos o art. «art» do Regimento Interno e o art. 1.336, IV, do Código Civil. "
          "Sabemos que «dn» fica sozinh«po» durante o dia; seria prudente contratar um passeador ou creche. Na próxima ocorrência será aplicada multa de «m». "
          "A «rua» fica barulhenta, mas as gravações do corredor não deixam dúvida.\n\n",
          x=own.o, n=P(g.pick([own.first, own.full])), dn=dog["name"], po="a" if dog["sex"] == "fêmea" else "o", br=dog["breed"], art=g.ri(8, 40), m=money(g, 150, 600),
          rua=g.pick(["Barão de Mauá", "Marechal Deodoro", "Sete de Setembro", "Bela Cintra"]))
    if g.chance(0.6):
        adv = g.person()
        doc.f("O assunto foi encaminhado à assessoria jurídica («adv», «oab»). ", adv=P(adv.full), oab=(g.council("OAB"), "PROFESSIONAL_ID"))
    doc.f("Para conversar, meu celular é «t».\n\nAtt.,\n«s»\n«sx» — «c»\n", t=(g.phone(), "PHONE_NUMBER"), s=P(sind.short), sx="Síndica" if sind.female else "Síndico", c=cond)
    return doc


TEMPLATES["atendimento"] = [at_whatsapp, at_grooming, at_adoption_form, at_walker_app, at_sac_email, at_loyalty, at_condo]



# =========================================================================== juridico

PROFS = ["autônoma", "professora", "analista de sistemas", "comerciante", "aposentada", "enfermeira", "motorista de aplicativo",
         "engenheira civil", "do lar", "estudante", "servidora pública", "cabeleireira", "bancária", "advogada", "vendedora"]


def prof(g: Gen, female: bool) -> str:
    p = g.pick(PROFS)
    if not female:
        p = {"autônoma": "autônomo", "professora": "professor", "aposentada": "aposentado", "enfermeira": "enfermeiro",
             "engenheira civil": "engenheiro civil", "do lar": "pedreiro", "servidora pública": "servidor público",
             "cabeleireira": "barbeiro", "bancária": "bancário", "advogada": "contador", "vendedora": "vendedor"}.get(p, p)
    return p


def qual(g: Gen, p: Person, caps: bool = True, email: bool = True, dob: bool | None = None) -> Doc:
    """Qualification of a party in a legal piece: civil status, RG, CPF, address, CEP, contact."""
    o = p.o
    ec = g.pick(["solteir" + o, "casad" + o, "divorciad" + o, "em união estável", "viúv" + o])
    d = mix(P(p.caps if caps else p.full), ", brasileir" + o + ", " + ec + ", " + prof(g, p.female) + ", ")
    if g.chance(0.8):
        d.f("portador" + ("a" if p.female else "") + " da cédula de identidade RG nº «rg» «org», ", rg=(g.rg(), "BR_RG"),
            org=g.pick(["SSP/SP", "SSP-SP", "IIRGD", "SSP/BA", "DETRAN/RJ", "SDS/PE", "PC/MG"]))
    d.f("inscrit" + o + " no CPF sob o nº «cpf», ", cpf=(g.cpf("dot"), "BR_CPF"))
    if dob if dob is not None else g.chance(0.4):
        d.f("nascid" + o + " em «dob», ", dob=(g.dob(g.pick(["br", "long"])), "DATE_OF_BIRTH"))
    d.f("residente e domiciliad" + o + " na «ad», «b», «c», CEP «cep»", ad=(g.address(g.pick(["text", "text", "caps"])), "ADDRESS"),
        b=g.pick(BAIRROS), c=city_uf(g), cep=(g.cep(g.chance(0.85)), "BR_CEP"))
    if email:
        d.f(", endereço eletrônico «e», telefone «t»", e=(g.email(p), "EMAIL_ADDRESS"), t=(g.phone(g.pick(["par", "plain", "nospace"])), "PHONE_NUMBER"))
    return d


def ju_petition(g: Gen) -> Doc:
    """Small-claims petition for damages after a dog bite (art. 936 CC): parties, facts, evidence."""
    doc = Doc()
    city = g.city()
    a = g.person()
    r = g.person()
    adv = g.person()
    dog = g.pet("cão")
    dog["breed"] = g.pick(["Rottweiler", "American Pit Bull", "Pastor Alemão", "Fila Brasileiro", "SRD de grande porte", "Dogo Argentino"])
    med = g.person()
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) DOUTOR(A) JUIZ(A) DE DIREITO DO «n»º JUIZADO ESPECIAL CÍVEL DA COMARCA DE «c»/«uf»\n\n",
          n=g.ri(1, 9), c=fold(city[0]).upper(), uf=city[1])
    doc.add(qual(g, a, dob=True))
    doc.f(", por seu advogado que esta subscreve («adv», «oab», «ae»), vem propor\n\nAÇÃO DE INDENIZAÇÃO POR DANOS MATERIAIS E MORAIS\n\nem face de ",
          adv=P(adv.full), oab=(g.council("OAB", city[1]), "PROFESSIONAL_ID"), ae=(g.corp_mail(adv, g.pick(["tabosaadv.com.br", "lustosa.adv.br", "adv.br"])), "EMAIL_ADDRESS"))
    doc.add(qual(g, r, email=False, dob=False))
    doc.f(", pelos fatos e fundamentos a seguir.\n\nI — DOS FATOS\n\nNo dia «d», por volta das «h», «a» caminhava pela calçada da «rua», próximo à padaria, quando foi atacad«o» "
          "pelo cão de nome «dn», da raça «br», de propriedade d«ro» Requerid«ro», que o conduzia sem focinheira e com guia retrátil, em desacordo com a Lei Estadual nº 11.531/2003. "
          "«A» Requerente sofreu lacerações no antebraço e foi atendida na UPA «upa» pel«mo» médic«mo» «med» («crm»), com diagnóstico CID «cid» e «cid2», conforme prontuário anexo.\n\n",
          d=g.date("long"), h=g.hm(), a=P(a.first + " " + a.last), o=a.o, ro=r.o, A="A" if a.female else "O", rua=g.pick(["Rua Barão de Mauá", "Avenida Sete de Setembro", "Rua Tiradentes", "Praça Irmã Dulce"]),
          dn=dog["name"], br=dog["breed"], upa=g.pick(["Vila Rosa", "Jardim Aurora", "Centro", "Dr. Odorico Tabosa"]), mo=med.o if med.female else "o",
          med=P(med.full), crm=(g.council("CRM", city[1]), "PROFESSIONAL_ID"), cid=g.pick(ICD[:3]), cid2=g.pick(ICD[3:6]))
    w1, w2 = g.person(), g.person()
    doc.f("O fato foi presenciado por «w1» e «w2», que serão arroladas como testemunhas, e registrado no Boletim de Ocorrência nº «bo». O animal ficou em observação "
          "antirrábica por 10 dias no endereço d«ro» Requerid«ro», conforme ficha do Centro de Controle de Zoonoses (protocolo «pr»).\n\n",
          ro=r.o, w1=P(w1.full), w2=P(w2.full), bo=f"{g.pick(['BO', 'RDO'])} {g.d(4)}/{g.ri(2024, 2025)}", pr=g.protocol())
    doc.f("II — DO DIREITO\n\nNos termos do art. 936 do Código Civil, o dono ou detentor do animal ressarcirá o dano por este causado, se não provar culpa da vítima ou força maior. "
          "(...) Gastos comprovados: «m1» (medicamentos e curativos) e «m2» (vacina antirrábica humana e soro, rede privada).\n\n"
          "III — DOS PEDIDOS\n(...) condenação ao pagamento de «m3» a título de danos morais. Dá-se à causa o valor de «m4».\n\n«c», «dt».\n\n«adv»\n«oab»\n",
          m1=money(g, 80, 900), m2=money(g, 300, 2500), m3=money(g, 5000, 20000), m4=money(g, 6000, 30000), c=city[0], dt=g.date("long"),
          adv=P(adv.caps), oab=(g.council("OAB", city[1]), "PROFESSIONAL_ID"))
    return doc


def ju_crmv(g: Gen) -> Doc:
    """Ethics complaint to a regional veterinary council against a vet after a spay surgery death."""
    doc = Doc()
    uf = g.pick(UFS[:12])
    c = g.person()
    vet = g.person()
    vet2 = g.person()
    cat = g.pet(g.pick(["gato", "cão"]))
    clinic = g.pick(CLINICS)
    doc.f("AO CONSELHO REGIONAL DE MEDICINA VETERINÁRIA DO ESTADO «uf» — CRMV-«u»\nCOMISSÃO DE ÉTICA, BIOÉTICA E BEM-ESTAR ANIMAL\n\nREPRESENTAÇÃO ÉTICO-PROFISSIONAL\n\n",
          uf={"SP": "DE SÃO PAULO", "RJ": "DO RIO DE JANEIRO", "MG": "DE MINAS GERAIS", "RS": "DO RIO GRANDE DO SUL", "PR": "DO PARANÁ",
              "SC": "DE SANTA CATARINA", "BA": "DA BAHIA", "PE": "DE PERNAMBUCO", "CE": "DO CEARÁ", "GO": "DE GOIÁS", "PA": "DO PARÁ",
              "AM": "DO AMAZONAS"}[uf], u=uf)
    doc.t("Representante: ")
    doc.add(qual(g, c, caps=g.chance(0.5)))
    doc.f(".\n\nRepresentad«o»: M.V. «v», inscrit«o» no «crmv», responsável técnic«o» pela «cl» (CNPJ «cnpj»), com sede na Avenida Paulista, 1.000, conj. 12.\n\n",
          o=vet.o, v=P(vet.full), crmv=(g.council("CRMV", uf), "PROFESSIONAL_ID"), cl=clinic, cnpj=(g.cnpj(), "BR_CNPJ"))
    doc.f("DOS FATOS\n1. Em «d» a Representante levou «ar» «pn» («sp», «br», «age», «w» kg), microchip nº «mc», para cirurgia eletiva de «cir». "
          "Não foram solicitados exames pré-anestésicos, embora o animal tivesse histórico de sopro cardíaco registrado pela M.V. «v2» («crmv2») em consulta anterior.\n"
          "2. Às «h» a Representante recebeu ligação d«o2» auxiliar «aux», do número «tel», informando «ev».\n"
          "3. O termo de consentimento assinado não informava os riscos anestésicos, em desacordo com a Resolução CFMV nº 1.321/2020 e com o Código de Ética (Resolução CFMV nº 1.138/2016).\n\n",
          d=g.date("br"), ar="a" if cat["sex"] == "fêmea" else "o", pn=cat["name"], sp=cat["species"], br=cat["breed"], age=cat["age"], w=cat["weight"],
          mc=g.microchip(), cir=g.pick(["castração (OSH)", "orquiectomia", "profilaxia dentária", "retirada de nódulo mamário"]),
          v2=P(vet2.short), crmv2=(g.council("CRMV", uf), "PROFESSIONAL_ID"), h=g.hm(), aux=P(g.person().first), o2="a" if g.chance(0.6) else "o",
          tel=(g.phone(g.pick(["par", "plain"]), mobile=g.chance(0.5)), "PHONE_NUMBER"),
          ev=g.pick(["que o animal teve parada cardiorrespiratória na indução", "que houve hemorragia no pós-operatório", "que o animal não acordou da anestesia"]))
    doc.f("DOS PEDIDOS\nRequer a instauração de processo ético-profissional e a juntada dos documentos anexos (prontuário, notas fiscais de «m», laudo de necropsia do «lab» nº «ln»).\n\n"
          "Testemunha: «w», CPF «wc», telefone «wt».\n\n«cid», «dt».\n\n_____________________\n«sig»\n",
          m=money(g, 300, 3500), lab=g.pick(LABS), ln=g.protocol(), w=P(g.person().full), wc=(g.cpf(), "BR_CPF"), wt=(g.phone(), "PHONE_NUMBER"),
          cid=g.city()[0], dt=g.date("long"), sig=P(c.full))
    return doc


def ju_adoption_term(g: Gen) -> Doc:
    """Responsible-adoption term of an animal NGO, with clauses, witnesses and the e-signature log."""
    doc = Doc()
    ngo = g.pick(NGOS)
    pres = g.person()
    a = g.person(word=g.chance(0.2))
    pet = g.pet(g.pick(["cão", "gato"]))
    doc.f("TERMO DE ADOÇÃO RESPONSÁVEL Nº «n»/«y»\n\n«ngo», inscrita no CNPJ sob o nº «cnpj», neste ato representada por sua presidente «p» (CPF «pc»), doravante ADOTADA/ONG, e\n\nADOTANTE: ",
          n=g.ri(10, 999), y=g.pick([2024, 2025]), ngo=ngo, cnpj=(g.cnpj(), "BR_CNPJ"), p=P(pres.full), pc=(g.cpf(), "BR_CPF"))
    doc.add(qual(g, a, caps=g.chance(0.6), dob=True))
    doc.f(",\n\nresolvem firmar o presente termo relativo ao animal:\nNome: «pn»   Espécie: «sp»   Raça: «br»   Sexo: «sx»   Pelagem: «co»\nNascimento (estimado): «pb»   Microchip: «mc»   RGA: «rga»\n"
          "Vacinas: «vac»   Castrad«o»: sim, em «cd»\n\n",
          pn=pet["name"], sp=pet["species"], br=pet["breed"], sx=pet["sex"], co=pet["coat"], pb=g.pet_birth(), mc=g.microchip(), rga=f"{g.d(3)}.{g.d(3)}",
          vac=", ".join(g.rng.sample(VACCINES_DOG if pet["species"] == "cão" else VACCINES_CAT, 2)), o="a" if pet["sex"] == "fêmea" else "o", cd=g.date("short"))
    doc.t("CLÁUSULAS\n1. O ADOTANTE compromete-se a manter o animal em local seguro, com alimentação, água, abrigo e assistência veterinária, não podendo vendê-lo, doá-lo ou abandoná-lo "
          "(art. 32 da Lei nº 9.605/1998, com a redação da Lei nº 14.064/2020).\n2. O ADOTANTE autoriza visitas de acompanhamento nos 6 meses seguintes, previamente agendadas.\n"
          "3. Em caso de desistência, o animal será devolvido à ONG, nunca repassado a terceiros.\n4. A mudança de endereço ou telefone será comunicada em até 15 dias.\n\n")
    w1, w2 = g.person(), g.person()
    doc.f("«cid», «d».\n\nTestemunhas:\n1) «w1» — CPF «c1»\n2) «w2» — RG «r2»\n\n", cid=g.city()[0], d=g.date("long"),
          w1=P(w1.full), c1=(g.cpf(), "BR_CPF"), w2=P(w2.full), r2=(g.rg(), "BR_RG"))
    doc.t("--- Registro de assinaturas eletrônicas ---\n")
    for who, p in (("ONG", pres), ("Adotante", a), ("Testemunha 1", w1)):
        doc.f("«w»: «n» <«e»> assinou em «d» «h» — IP «ip» — autenticação por «au»\n", w=who, n=P(p.full), e=(g.email(p), "EMAIL_ADDRESS"),
              d=g.date("br"), h=g.hm(), ip=(g.ip(), "IP_ADDRESS"), au=g.pick(["token SMS", "e-mail", "selfie + documento", "WhatsApp"]))
    doc.f("Hash do documento: «hs»\n", hs=g.hexs(40))
    return doc


def ju_bo(g: Gen) -> Doc:
    """Electronic police report (animal-abuse station): reporting party, suspect with vehicle, witness."""
    doc = Doc()
    com = g.person()
    aut = g.person(female=g.chance(0.3))
    wit = g.person()
    esc = g.person()
    dlp = g.person()
    dog = g.pet("cão")
    mom = g.relative(com, female=True)
    doc.f("POLÍCIA CIVIL — «dp»\nBOLETIM DE OCORRÊNCIA Nº «n»/«y»   Natureza: MAUS-TRATOS A ANIMAIS (ART. 32, §1º-A, DA LEI 9.605/98)\n"
          "Data do registro: «d» «h»   Data do fato: «df»   Forma: «f»\n\n",
          dp=g.pick(["DELEGACIA ELETRÔNICA DE PROTEÇÃO ANIMAL — DEPA", "DELEGACIA DE POLÍCIA DE PROTEÇÃO AO MEIO AMBIENTE", "1ª DELEGACIA DE PROTEÇÃO ANIMAL"]),
          n=g.d(6), y=g.pick([2024, 2025]), d=g.date("br"), h=g.hm(), df=g.date("br"), f=g.pick(["presencial", "internet", "Disque-Denúncia 181"]))
    doc.f("COMUNICANTE\nNome: «n»\nRG: «rg»   CPF: «cpf»   Nascimento: «dob»\nFiliação: «m»\nEndereço: «ad» — «b» — CEP «cep»\nTelefone: «t»   E-mail: «e»\n\n",
          n=P(com.caps), rg=(g.rg(), "BR_RG"), cpf=(g.cpf(), "BR_CPF"), dob=(g.dob("br"), "DATE_OF_BIRTH"), m=P(mom.caps),
          ad=(g.address("caps"), "ADDRESS"), b=fold(g.pick(BAIRROS)).upper(), cep=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"), e=(g.email(com), "EMAIL_ADDRESS"))
    doc.f("AUTOR(A)\nNome: «n» (vulgo «nk»)\nEndereço: «ad»\nVeículo: «car» placa «pl» RENAVAM «rv»\n\n", rv=g.neg(11), n=P(aut.caps), nk=P(g.pick(["Baiano", "Galego", "Alemão", "Neguinho", "Tuca", "Bebeto", aut.nick.upper()]) if not aut.female else g.pick(["Loira", "Nega", "Preta", aut.nick])),
          ad=(g.address("caps"), "ADDRESS"), car=g.pick(["VW/GOL BRANCO", "FIAT/STRADA PRATA", "GM/ONIX PRETO", "HONDA/CG 160 VERMELHA"]), pl=(g.plate(), "LICENSE_PLATE"))
    doc.f("VÍTIMA (ANIMAL)\nEspécie: cão   Nome: «dn»   Raça: «br»   Pelagem: «co»\n\n", dn=dog["name"], br=dog["breed"], co=dog["coat"])
    doc.f("HISTÓRICO\nComparece o(a) comunicante noticiando que seu vizinho mantém o cão «dn» acorrentado no quintal, sem água e sob sol, há pelo menos três semanas, e que na data dos fatos "
          "o autor agrediu o animal com um pedaço de madeira. Apresenta vídeo gravado pelo celular. O fato também foi presenciado por «w» (CPF «wc», tel. «wt»), moradora da mesma rua. "
          "O animal foi recolhido pela equipe do Centro de Controle de Zoonoses e encaminhado à «cl», onde a M.V. «v» («crmv») constatou fratura de costela e desnutrição (escore corporal 2/9).\n\n",
          dn=dog["name"], w=P(wit.full), wc=(g.cpf(), "BR_CPF"), wt=(g.phone(), "PHONE_NUMBER"), cl=g.pick(CLINICS), v=P(g.person(female=True).full),
          crmv=(g.council("CRMV"), "PROFESSIONAL_ID"))
    doc.f("Autoridade: Delegad«o» «dl»\nEscrivã«o2»: «es» — matrícula «mt»\n", o=dlp.o, dl=P(dlp.full), o2="" if esc.female else "o",
          es=P(esc.full), mt=f"{g.d(3)}.{g.d(3)}-{g.d(1)}")
    return doc


def ju_hearing(g: Gen) -> Doc:
    """Minutes of a small-claims conciliation hearing (a dog lost by a walker / bitten at a daycare)."""
    doc = Doc()
    city = g.city()
    a, r = g.person(), g.person()
    adv_a, adv_r = g.person(), g.person()
    conc = g.person()
    dog = g.pet("cão")
    doc.f("PODER JUDICIÁRIO — TRIBUNAL DE JUSTIÇA DO ESTADO\nJuizado Especial Cível — Foro «f»\n\nTERMO DE AUDIÊNCIA DE CONCILIAÇÃO\nProcesso nº «cnj»\n"
          "Classe: Procedimento do Juizado Especial Cível — Assunto: Indenização por Dano Material\n\n",
          f=g.pick(["Regional de Santana", "Central", "Regional de Pinheiros", "de Vila Prudente", "Regional do Jabaquara"]), cnj=g.cnj())
    doc.f("Em «d», às «h», na sala de conciliação, sob a condução de «c» (conciliador«x»), compareceram:\n", d=g.date("long"), h=g.hm(), c=P(conc.full), x="a" if conc.female else "")
    doc.f("Requerente: «a», CPF «ac», acompanhad«ao» de «ad» («oa»);\n", a=P(a.full), ac=(g.cpf(), "BR_CPF"), ao=a.o, ad=P(adv_a.full),
          oa=(g.council("OAB", city[1]), "PROFESSIONAL_ID"))
    doc.f("Requerid«ro»: «r», CPF «rc», «rq», acompanhad«ro» de «rd» («orr»).\n\n", ro=r.o, r=P(r.full), rc=(g.cpf(), "BR_CPF"),
          rq=g.pick(["passeador(a) de cães (MEI)", "responsável pela creche canina Recreio Au Au", "pet sitter autônomo(a)", "adestrador(a)"]),
          rd=P(adv_r.full), orr=(g.council("OAB", city[1]), "PROFESSIONAL_ID"))
    doc.f("Aberta a sessão, as partes conciliaram nos seguintes termos: «rr» pagará a «aa» a quantia de «m», em «k» parcelas, referentes às despesas veterinárias de «dn» "
          "(«cl») e ao ressarcimento do animal «ev». Os pagamentos serão feitos por depósito na conta de titularidade d«ao» requerente: «bk», agência «ag», conta corrente «cc», "
          "ou por Pix na chave aleatória «px», até o dia «dd» de cada mês.\n",
          rr=P(r.first + " " + r.last), aa=P(a.first), m=money(g, 800, 9000), k=g.ri(2, 10), dn=dog["name"], cl=g.pick(CLINICS),
          ev=g.pick(["perdido durante o passeio e encontrado após 6 dias", "atacado por outro cão na creche", "que fugiu pelo portão deixado aberto"]),
          ao="a" if a.female else "o", bk=g.bank(), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), px=(g.uuid(), "PIX_KEY"), dd=g.ri(5, 28))
    doc.f("Em caso de inadimplemento, incidirá multa de 50% sobre o saldo (art. 52 da Lei 9.099/95). O acordo será submetido à homologação do(a) MM. Juiz(a) «j».\n"
          "Nada mais. Eu, «c», conciliador(a), digitei.\n", j=P(g.person().full), c=P(conc.short))
    return doc


def ju_condo_notice(g: Gen) -> Doc:
    """Extrajudicial notice from a dog owner's lawyer to a condominium contesting a fine."""
    doc = Doc()
    n = g.person()
    adv = g.person()
    sind = g.person()
    adm = g.person()
    dog = g.pet("cão")
    cond = g.pick(["Condomínio Edifício Aurora", "Condomínio Residencial Flor do Campo", "Condomínio Vila Prudente Park", "Condomínio Edifício Leão de Ouro"])
    doc.f("NOTIFICAÇÃO EXTRAJUDICIAL\n\nNOTIFICANTE: ")
    doc.add(qual(g, n, caps=False))
    doc.f(", proprietári«o» da unidade «u».\n\nNOTIFICADO: «c», CNPJ «cnpj», na pessoa de seu síndico «s» e da administradora «ad» (gerente de conta: «am», «ae»).\n\n",
          o=n.o, u=f"{g.ri(11, 204)}{g.pick(['', '-B', ' bloco 2'])}", c=cond.upper(), cnpj=(g.cnpj(), "BR_CNPJ"), s=P(sind.full),
          ad=g.pick(["Lustosa Administração de Condomínios Ltda.", "Administradora Sucupira & Jucá", "Graça Imóveis e Condomínios"]),
          am=P(adm.full), ae=(g.corp_mail(adm, g.pick(["lustosaadm.com.br", "sucupirajuca.com.br", "gracaimoveis.com.br"])), "EMAIL_ADDRESS"))
    doc.f("«n», por intermédio de s«ua» advogad«ao» «a» («oab»), vem NOTIFICAR o condomínio quanto à multa de «m» aplicada em «d» (notificação interna nº «ni»), "
          "sob a alegação de que o cão «dn» teria circulado pelo elevador social. O regimento interno não pode proibir a permanência de animais que não causem incômodo "
          "(REsp 1.783.076/DF, STJ), e a unidade do Notificante jamais recebeu advertência prévia. O vídeo das câmeras mostra que o cão estava no colo, de acordo com o art. «art» da convenção.\n\n"
          "Requer-se o cancelamento da multa no boleto de «mes» e a exibição da ata da assembleia de «da», sob pena de ajuizamento de ação no Juizado Especial Cível.\n\n"
          "Contato: «ae2» / «t»\n\n«cid», «dt».\n«a2»\n«oab2»\n",
          n=P(n.short), ua="ua" if adv.female else "eu", ao=adv.o, a=P(adv.full), oab=(g.council("OAB"), "PROFESSIONAL_ID"), m=money(g, 150, 900), d=g.date("br"), ni=f"{g.d(3)}/{g.ri(2024, 2025)}", dn=dog["name"],
          art=g.ri(5, 40), mes=g.pick(MONTHS), da=g.date("br"), ae2=(g.corp_mail(adv, g.pick(["espinola.adv.br", "quaresmaadvogados.com.br", "gmail.com"])), "EMAIL_ADDRESS"),
          t=(g.phone(), "PHONE_NUMBER"), cid=g.city()[0], dt=g.date("long"), a2=P(adv.caps), oab2=(g.council("OAB"), "PROFESSIONAL_ID"))
    return doc


def ju_sitter_contract(g: Gen) -> Doc:
    """Pet-sitter service contract: the tutor hands over the keys; sitter is a MEI; emergency contacts."""
    doc = Doc()
    t = g.person()
    s = g.person()
    pets = [g.pet() for _ in range(g.ri(1, 3))]
    vet = g.person()
    d1, d2 = sorted([g.date("iso", 2025), g.date("iso", 2025)])
    d1, d2 = "/".join(reversed(d1.split("-"))), "/".join(reversed(d2.split("-")))
    doc.t("CONTRATO DE PRESTAÇÃO DE SERVIÇOS DE PET SITTER\n\nCONTRATANTE: ")
    doc.add(qual(g, t, caps=g.chance(0.5), dob=g.chance(0.3)))
    doc.t(".\n\nCONTRATADA: ")
    doc.add(qual(g, s, caps=g.chance(0.5), dob=True))
    doc.f(", microempreendedor(a) individual inscrito(a) no CNPJ «cnpj».\n\n", cnpj=(g.cnpj(), "BR_CNPJ"))
    doc.f("CLÁUSULA 1ª — OBJETO: visitas diárias («vis») no endereço do CONTRATANTE, de «d1» a «d2», para alimentação, limpeza de caixa de areia/tapetes, medicação e passeio dos animais: «pets».\n"
          "CLÁUSULA 2ª — CHAVES: o CONTRATANTE entrega «ch» chave(s) e autoriza a entrada na portaria sob o nome da CONTRATADA; a senha do portão eletrônico será enviada por mensagem.\n"
          "CLÁUSULA 3ª — EMERGÊNCIA: em caso de urgência, a CONTRATADA levará o animal à «cl», aos cuidados de «v» («crmv»), e avisará «ct» pelo telefone «ctt».\n"
          "CLÁUSULA 4ª — PREÇO: «m» por visita, total de «tot», pagos 50% na assinatura e 50% no retorno, por Pix (chave aleatória «px») ou depósito no «bk», ag. «ag», c/c «cc».\n"
          "CLÁUSULA 5ª — A CONTRATADA responde pelos danos decorrentes de negligência, nos termos do Código de Defesa do Consumidor (Lei 8.078/1990).\n\n",
          vis=g.pick(["2x ao dia", "1x ao dia, às 18h", "manhã e noite"]), d1=d1, d2=d2,
          pets="; ".join(pet_line(p) for p in pets), ch=g.ri(1, 2), cl=g.pick(CLINICS), v=P(vet.full), crmv=(g.council("CRMV"), "PROFESSIONAL_ID"),
          ct=P(g.relative(t).full), ctt=(g.phone(), "PHONE_NUMBER"), m=money(g, 45, 120), tot=money(g, 400, 2500),
          px=(g.uuid(), "PIX_KEY"), bk=g.bank(), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    doc.f("«cid», «dt».\n\n_______________________          _______________________\n«a»                   «b»\n",
          cid=g.city()[0], dt=g.date("long"), a=P(t.full), b=P(s.full))
    return doc


TEMPLATES["juridico"] = [ju_petition, ju_crmv, ju_adoption_term, ju_bo, ju_hearing, ju_condo_notice, ju_sitter_contract]


# =========================================================================== saude


def vet_sig(g: Gen, v: Person, uf: str | None = None) -> Doc:
    return mix(g.pick(["M.V. ", "Dra. " if v.female else "Dr. ", "Méd. Vet. ", ""]), P(g.pick([v.full, v.short])), g.pick([" — ", ", ", " "]),
               (g.council("CRMV", uf), "PROFESSIONAL_ID"))


def sa_prontuario(g: Gen) -> Doc:
    """Veterinary clinical record printout: tutor block, authorised person, patient, consultations."""
    doc = Doc()
    clinic = g.pick(CLINICS)
    t = g.person(word=g.chance(0.15))
    pet = g.pet()
    vets = [g.person() for _ in range(2)]
    uf = g.pick(UFS[:12])
    doc.f("«c» — PRONTUÁRIO Nº «n»   impresso em «d» por «lg»\n\n", c=clinic.upper(), n=g.d(6), d=g.date("br"), lg=login(g, g.person()))
    doc.f("TUTOR(A)\nNome: «n»   CPF: «cpf»   RG: «rg»\nNascimento: «dob»   Profissão: «pr»\nEndereço: «ad» — «b» — «c» — CEP «cep»\n"
          "Celular: «t1»   Fixo: «t2»   E-mail: «e»\nComo conheceu: «cc»\n",
          n=P(g.pick([t.full, t.caps])), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), dob=(g.dob("br"), "DATE_OF_BIRTH"), pr=prof(g, t.female),
          ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), c=city_uf(g), cep=(g.cep(), "BR_CEP"), t1=(g.phone(), "PHONE_NUMBER"),
          t2=(g.phone(g.pick(["par", "plain"]), mobile=False), "PHONE_NUMBER"), e=(g.email(t), "EMAIL_ADDRESS"),
          cc=g.pick(["Instagram", "indicação da vizinha", "Google", "passou na frente", "indicação do pet shop Amado"]))
    au = g.relative(t)
    doc.f("Autorizado(a) a retirar o animal / decidir em emergência: «a» («rel») — «at»\n\n", a=P(au.full),
          rel=g.pick(["cônjuge", "filho(a)", "mãe", "irmã(o)", "companheiro(a)"]), at=(g.phone(), "PHONE_NUMBER"))
    doc.f("PACIENTE\nNome: «n»   Espécie: «sp»   Raça: «br»   Sexo: «sx»   Pelagem: «co»\nNascimento: «pb»   Peso atual: «w» kg   Castrado: «ca»   Microchip: «mc»\n"
          "Alergias: «al»   Plano: «pl»\n\n",
          n=pet["name"], sp=pet["species"], br=pet["breed"], sx=pet["sex"], co=pet["coat"], pb=g.pet_birth(), w=pet["weight"], ca=g.pick(["sim", "não"]),
          mc=g.microchip() if g.chance(0.7) else "não possui", al=g.pick(["nega", "dipirona?", "frango (dermatite)", "—"]),
          pl=g.pick(["particular", f"{g.pick(INSURERS)} — carteirinha {g.d(12)}", "particular"]))
    doc.t("HISTÓRICO DE ATENDIMENTOS\n")
    for _ in range(g.ri(2, 3)):
        v = g.pick(vets)
        doc.f("[«d» «h»] «tp» — ", d=g.date("br"), h=g.hm(), tp=g.pick(["Consulta", "Retorno", "Emergência", "Vacina", "Consulta dermatologia"]))
        doc.add(vet_sig(g, v, uf))
        doc.f("\n  A: «a»\n  EF: «ef»\n  Conduta: «cd»\n",
              a=g.pick([f"tutora relata vômito há 2 dias, 3 episódios, apetite reduzido. {pet['name']} come capim no quintal.",
                        "prurido intenso em orelhas, balança a cabeça. Tutor informa banho semanal no pet shop.",
                        "claudicação em MPE após pular do sofá. Sem trauma aparente.",
                        "tosse seca há 1 semana, piora à noite. Contactante de outros cães na creche.",
                        "retorno pós-castração, sem queixas, ferida cirúrgica limpa."]),
              ef=f"T {g.ri(375, 402) / 10:.1f} °C, FC {g.ri(70, 180)} bpm, FR {g.ri(16, 40)} mpm, mucosas {g.pick(['normocoradas', 'hipocoradas', 'róseas'])}, TPC < 2s",
              cd=g.pick(["hemograma + bioquímico (lab. externo), ondansetrona SC, dieta gastrointestinal 5 dias", "limpeza de conduto, otológico 2x/dia 10 dias",
                         "RX de joelho, meloxicam 0,1 mg/kg SID 4 dias", "xarope antitussígeno, reavaliar em 7 dias", "alta, retirar pontos em 10 dias"]))
    if g.chance(0.6):
        doc.f("\nObs. recepção («r»): tutor pediu nota no CPF do marido, «hc»; pagamento de «m» em aberto.\n", r=P(g.person(female=True).first),
              hc=(g.cpf(), "BR_CPF"), m=money(g, 90, 1200))
    return doc


def sa_sinan(g: Gen) -> Doc:
    """SINAN human anti-rabies care form after a dog/cat bite, with the aggressor animal's owner."""
    doc = Doc()
    v = g.person()
    mom = g.relative(v, female=True)
    own = g.person()
    nurse = g.person(female=g.chance(0.8))
    city = g.city()
    pet = g.pet(g.pick(["cão", "cão", "gato"]))
    doc.f("República Federativa do Brasil — Ministério da Saúde\nSINAN — FICHA DE INVESTIGAÇÃO: ATENDIMENTO ANTIRRÁBICO HUMANO   Nº «n»\n\n"
          "1 Data da notificação: «dn»   2 UF: «uf»   3 Município de notificação: «mun»   4 Unidade de saúde: «us» (CNES «cnes»)\n"
          "5 Data do atendimento: «da»\n\n",
          n=g.d(7), dn=g.date("br"), uf=city[1], mun=city[0], us=g.pick(["UBS Vila Rosa", "UPA 24h Jardim Aurora", "Policlínica Dr. Odorico Tabosa", "USF Santa Luzia", "Pronto Atendimento Central"]),
          cnes=g.d(7), da=g.date("br"))
    doc.f("NOTIFICAÇÃO INDIVIDUAL\n6 Nome do paciente: «n»\n7 Data de nascimento: «dob»   8 Idade: «id» anos   9 Sexo: «sx»   10 Gestante: «ge»\n"
          "11 Raça/cor: «rc»   12 Escolaridade: «es»\n13 Número do Cartão SUS: «cns»\n14 Nome da mãe: «m»\n",
          n=P(g.pick([v.caps, v.full])), dob=(g.dob("br", 1940, 2020), "DATE_OF_BIRTH"), id=g.ri(4, 80), sx="F" if v.female else "M",
          ge=g.pick(["6-Não se aplica", "5-Não", "9-Ignorado"]) if v.female else "6-Não se aplica", rc=g.pick(["1-Branca", "2-Preta", "4-Parda", "3-Amarela", "5-Indígena"]),
          es=g.pick(["04-Ensino fundamental completo", "06-Ensino médio completo", "08-Educação superior completa", "10-Não se aplica"]),
          cns=(g.cns(), "BR_CNS"), m=P(g.pick([mom.caps, mom.full])))
    doc.f("DADOS DE RESIDÊNCIA\n17 Município: «mun»   18 Bairro: «b»\n19 Logradouro / número / complemento: «ad»\n21 CEP: «cep»   22 Telefone: «t»   23 Zona: 1-Urbana\n\n",
          mun=city[0], b=g.pick(BAIRROS), ad=(g.address(g.pick(["caps", "text"])), "ADDRESS"), cep=(g.cep(), "BR_CEP"), t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))
    doc.f("ANTECEDENTES EPIDEMIOLÓGICOS\n31 Tipo de exposição: «te»   32 Localização: «lo»   33 Ferimento: «fe»\n34 Data da exposição: «dx»\n"
          "36 Espécie do animal agressor: «sp»   37 Condição do animal: sadio   38 Animal passível de observação: 1-Sim\n",
          te=g.pick(["Mordedura", "Arranhadura", "Lambedura de mucosa", "Mordedura + arranhadura"]), lo=g.pick(["Mãos/pés", "Membros inferiores", "Cabeça/pescoço", "Tronco"]),
          fe=g.pick(["Único, superficial", "Múltiplo, profundo", "Dilacerante"]), dx=g.date("br"), sp="1-Canina" if pet["species"] == "cão" else "2-Felina")
    doc.f("Obs.: animal «pn» («br»), «rel» «own», tel. «ot», residente na «oad». Observação domiciliar de 10 dias sob supervisão do CCZ.\n\n",
          pn=pet["name"], br=pet["breed"], rel=g.pick(["de propriedade de", "pertencente a", "tutor(a):"]), own=P(own.full), ot=(g.phone(), "PHONE_NUMBER"),
          oad=(g.address(), "ADDRESS"))
    doc.f("TRATAMENTO\n41 Tratamento indicado: «ti»\n42 Laboratório produtor da vacina: «lab»   Lote: «lote»\n43 Datas das doses: «ds»\n"
          "Diagnóstico (CID-10): «cid» / «cid2»\n\n",
          ti=g.pick(["3-Observação + vacina", "2-Observação do animal (se mordedura ou arranhadura)", "5-Soro + vacina"]),
          lab=g.pick(["Butantan", "Serum Institute of India", "Sanofi Pasteur"]), lote=g.lot(),
          ds=", ".join(g.date("short") for _ in range(g.ri(1, 4))), cid=g.pick(["W54.0", "W54", "W55.0"]), cid2="Z20.3")
    doc.f("INVESTIGADOR\nNome: «n»   Função: «fu»   «co»\nAssinatura: ________\n", n=P(nurse.full), fu=g.pick(["Enfermeira", "Técnica de enfermagem"]) if nurse.female else "Enfermeiro",
          co=(g.council("COREN", city[1]), "PROFESSIONAL_ID"))
    return doc


def sa_vaccines(g: Gen) -> Doc:
    """A pet's digital vaccination card exported from an app, plus the rabies-campaign record."""
    doc = Doc()
    t = g.person()
    pet = g.pet(g.pick(["cão", "gato"]))
    doc.f("Carteira Digital de Vacinação — «app»\nTutor: «t» · «tel» · «e»\nPet: «pn» · «sp» «br» · nasc. «pb» · chip «mc»\n\n",
          app=g.pick(["VetCard", "MeuPet+", "PetVax"]), t=P(g.pick([t.full, t.short, t.low])), tel=(g.phone(), "PHONE_NUMBER"), e=(g.email(t), "EMAIL_ADDRESS"),
          pn=pet["name"], sp=pet["species"], br=pet["breed"], pb=g.pet_birth(), mc=g.microchip())
    rows = []
    vets = [(g.person(), g.council("CRMV")) for _ in range(2)]
    vac = VACCINES_DOG if pet["species"] == "cão" else VACCINES_CAT
    for _ in range(g.ri(4, 6)):
        v, cv = g.pick(vets)
        rows.append([V(g.date("br", g.pick([2023, 2024, 2025]))), V(g.pick(vac)), V(g.pick(["Zoetis", "MSD", "Ceva", "Boehringer", "Vencofarma"])), V(g.lot()),
                     V(g.date("br", 2026)), P(g.pick([v.short, v.full, v.first + " " + v.last[0] + "."])), (cv, "PROFESSIONAL_ID")])
    table_md(doc, ["Data", "Vacina", "Fabricante", "Lote", "Próxima dose", "Aplicada por", "CRMV"], rows)
    ag = g.person()
    doc.f("\nCampanha Municipal de Vacinação Antirrábica «y» — posto «po» — vacinador(a): «a» (agente de endemias, matr. «mt») — lote «l».\n",
          y=g.pick([2024, 2025]), po=g.pick(["Praça Irmã Dulce", "EMEF Prof. Zenaide Lustosa", "Paróquia Nossa Senhora da Glória", "Praça Tiradentes"]),
          a=P(ag.full), mt=g.d(6), l=g.lot())
    if g.chance(0.6):
        doc.f("Compartilhado com: «n» («e») — permissão: visualizar\n", n=P(g.relative(t).full), e=(g.email(g.relative(t)), "EMAIL_ADDRESS"))
    doc.f("Lembrete: reforço de «v» em «d». Dúvidas: WhatsApp da clínica «w».\n", v=g.pick(vac), d=g.date("br", 2026), w=(g.phone("par", mobile=False), "PHONE_NUMBER"))
    return doc


def sa_consent(g: Gen) -> Doc:
    """Consent form for anaesthesia and surgery (castration, tumour), signed electronically."""
    doc = Doc()
    clinic = g.pick(CLINICS)
    t = g.person()
    pet = g.pet()
    v1, v2 = g.person(), g.person()
    doc.f("«c»\nTERMO DE CONSENTIMENTO LIVRE E ESCLARECIDO PARA PROCEDIMENTO ANESTÉSICO-CIRÚRGICO\n\n", c=clinic.upper())
    doc.f("Eu, «n», RG «rg», CPF «cpf», residente na «ad», CEP «cep», telefone «t», na qualidade de tutor(a) responsável pelo animal «pn», espécie «sp», raça «br», "
          "sexo «sx», idade «age», peso «w» kg, AUTORIZO a realização do procedimento «pr», sob responsabilidade de «v1» («c1»), com anestesia conduzida por «v2» («c2»).\n\n",
          n=P(g.pick([t.full, t.caps])), rg=(g.rg(), "BR_RG"), cpf=(g.cpf(), "BR_CPF"), ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"),
          t=(g.phone(), "PHONE_NUMBER"), pn=pet["name"], sp=pet["species"], br=pet["breed"], sx=pet["sex"], age=pet["age"], w=pet["weight"],
          pr=g.pick(["orquiectomia eletiva" if pet["sex"] == "macho" else "ovariohisterectomia eletiva", "exérese de nódulo cutâneo", "tratamento periodontal com extrações", "cistotomia"]),
          v1=P(v1.full), c1=(g.council("CRMV"), "PROFESSIONAL_ID"), v2=P(v2.full), c2=(g.council("CRMV"), "PROFESSIONAL_ID"))
    doc.f("Declaro ter sido informado(a) dos riscos (reações anestésicas, hemorragia, infecção, óbito), de que foram ofertados os exames pré-operatórios (hemograma, bioquímico, "
          "ecocardiograma) e de que «ac». O orçamento aprovado é de «m», podendo variar em caso de intercorrência. Em caso de intercorrência e impossibilidade de contato comigo, "
          "autorizo «p» («pt») a decidir.\n\nJejum: sólidos «hs» h, água «ha» h. Internação prevista: «int».\n\n",
          ac=g.pick(["optei por realizá-los", "optei por não realizá-los, assumindo o risco", "os exames estão em anexo"]), m=money(g, 450, 4800),
          p=P(g.relative(t).full), pt=(g.phone(), "PHONE_NUMBER"), hs=g.pick([6, 8, 12]), ha=g.pick([2, 4]), int=g.pick(["não", "até 24h", "até 48h"]))
    doc.f("«cid», «d».\n\nAssinado eletronicamente por «n» em «d2» às «h» (IP «ip», dispositivo «dv»).\nTestemunha da clínica: «w»\n",
          cid=g.city()[0], d=g.date("long"), n=P(t.full), d2=g.date("br"), h=g.hm(), ip=(g.ip(), "IP_ADDRESS"),
          dv=g.pick(["tablet da recepção", "iPhone", "Android"]), w=P(g.person().full))
    return doc


def sa_euthanasia(g: Gen) -> Doc:
    """Euthanasia authorisation and the pet crematorium's pickup confirmation."""
    doc = Doc()
    t = g.person()
    pet = g.pet()
    vet = g.person()
    w = g.person()
    crem = g.pick(["Crematório Pet Luz Eterna", "Memorial Patinhas do Céu", "Crematório de Animais Jardim da Saudade", "Pet Memorial Aurora"])
    doc.f("TERMO DE AUTORIZAÇÃO PARA EUTANÁSIA\n\nEu, «n», portador(a) do RG «rg» e do CPF «cpf», nascido(a) em «dob», residente na «ad» — «b», «c», tutor(a) do animal «pn» "
          "(«sp», «br», «age»), declaro ter sido esclarecido(a) por «v» («cr») de que o animal apresenta «dg», sem resposta ao tratamento instituído, e AUTORIZO a eutanásia, "
          "realizada conforme a Resolução CFMV nº 1.000/2012, com sedação prévia.\n\n",
          n=P(g.pick([t.full, t.caps])), rg=(g.rg(), "BR_RG"), cpf=(g.cpf(), "BR_CPF"), dob=(g.dob("br", 1940, 1995), "DATE_OF_BIRTH"),
          ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), c=city_uf(g), pn=pet["name"], sp=pet["species"], br=pet["breed"], age=pet["age"],
          v=P(vet.full), cr=(g.council("CRMV"), "PROFESSIONAL_ID"),
          dg=g.pick(["doença renal crônica estágio IV (IRIS)", "linfoma multicêntrico em estágio avançado", "fratura de coluna com perda de sensibilidade profunda",
                     "insuficiência cardíaca congestiva refratária", "FeLV com anemia arregenerativa grave"]))
    doc.f("Destino do corpo: «de»\nDeseja estar presente: «pr»\n\n«cid», «d».\n\n________________\n«n2»\n\nTestemunha: «w», CPF «wc»\n\n",
          de=g.pick([f"cremação individual — {crem}", f"cremação coletiva — {crem}", "sepultamento pelo tutor", "recolhimento pelo serviço municipal"]),
          pr=g.pick(["sim", "não", "sim, com a filha"]), cid=g.city()[0], d=g.date("long"), n2=P(t.full), w=P(w.full), wc=(g.cpf(), "BR_CPF"))
    drv = g.person(female=False)
    doc.f("-----\nDe: agendamento@«dom»\nPara: «e»\nAssunto: Remoção confirmada — «pn»\n\nOlá, «f». Sentimos muito pela perda do «pn». A remoção será feita hoje às «h» «cl» pelo nosso "
          "motorista «dr» (veículo «car», placa «pl»). Plano «pl2»: «m» em até 3x no cartão. As cinzas poderão ser retiradas em 7 dias úteis ou entregues no endereço cadastrado.\n"
          "Atendente: «at»\n",
          dom=re.sub(r"[^a-z]", "", fold(crem).lower())[:18] + ".com.br", e=(g.email(t), "EMAIL_ADDRESS"), pn=pet["name"], f=P(t.first), h=g.hm(), cl=na(g.pick(CLINICS)),
          dr=P(g.pick([drv.first, drv.short])), car=g.pick(["Fiorino branca", "Spin prata", "Doblò"]), pl=(g.plate(), "LICENSE_PLATE"),
          pl2=g.pick(["Individual com urna", "Despedida", "Coletiva"]), m=money(g, 250, 1900), at=P(g.person(female=True).short))
    return doc


def sa_lab(g: Gen) -> Doc:
    """Veterinary lab report (CBC and biochemistry) with home collection at the tutor's address."""
    doc = Doc()
    lab = g.pick(LABS)
    t = g.person()
    pet = g.pet(g.pick(["cão", "gato"]))
    req = g.person()
    rt = g.person()
    col = g.person()
    dc = g.date("br")
    dl = f"{min(28, int(dc[:2]) + g.ri(0, 2)):02d}{dc[2:]}"
    doc.f("«lab» — CNPJ «cnpj»\nResponsável técnico: «rt» — «crt»\n\nLAUDO Nº «n»   Coleta: «dc»   Liberação: «dl»\n",
          lab=lab.upper(), cnpj=(g.cnpj(), "BR_CNPJ"), rt=P(rt.full), crt=(g.council("CRMV"), "PROFESSIONAL_ID"), n=f"{g.d(6)}-{g.d(2)}", dc=dc, dl=dl)
    doc.f("Paciente: «pn»   Espécie: «sp»   Raça: «br»   Sexo: «sx»   Idade: «age»\nTutor: «t»   Tel.: «tt»\nRequisitante: «rq» («crq») — «cl»\n",
          pn=pet["name"].upper(), sp=pet["species"], br=pet["breed"], sx=pet["sex"], age=pet["age"], t=P(g.pick([t.caps, t.full, t.inverted])),
          tt=(g.phone(), "PHONE_NUMBER"), rq=P(req.full), crq=(g.council("CRMV"), "PROFESSIONAL_ID"), cl=g.pick(CLINICS))
    if g.chance(0.6):
        doc.f("Coleta domiciliar em «ad», CEP «cep», por «c» (coletor).\n", ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"), c=P(col.first))
    doc.t("\nHEMOGRAMA\n")
    rows = [["Hemácias", f"{g.ri(45, 85) / 10:.2f}".replace(".", ","), "milhões/µL", "5,5 – 8,5"],
            ["Hemoglobina", f"{g.ri(90, 180) / 10:.1f}".replace(".", ","), "g/dL", "12,0 – 18,0"],
            ["Hematócrito", str(g.ri(25, 55)), "%", "37 – 55"],
            ["Leucócitos", f"{g.ri(5, 28)}.{g.d(3)}", "/µL", "6.000 – 17.000"],
            ["Plaquetas", f"{g.ri(120, 520)}.000", "/µL", "200.000 – 500.000"]]
    for r in rows:
        doc.t(f"{r[0]:<14}{r[1]:>8} {r[2]:<11} VR {r[3]}\n")
    doc.t("\nBIOQUÍMICA\n")
    for nm, lo, hi, un in (("Ureia", 15, 180, "mg/dL"), ("Creatinina", 5, 60, "mg/dL"), ("ALT (TGP)", 10, 300, "U/L"), ("Fosfatase alcalina", 20, 600, "U/L")):
        val = g.ri(lo, hi)
        doc.t(f"{nm:<20}{(val / 10 if nm == 'Creatinina' else val)!s:>6} {un}\n".replace(".", ","))
    doc.f("\nObs.: «ob»\nLiberado por: «lb» — «cl2»\n",
          ob=g.pick(["amostra levemente hemolisada.", "presença de hemoparasitas (Ehrlichia sp.?) — sugerimos PCR.", "sem alterações morfológicas.", "azotemia, correlacionar com urinálise."]),
          lb=P(g.person().full), cl2=(g.pick([g.council("CRMV"), g.council("CRBio")]), "PROFESSIONAL_ID"))
    return doc


def sa_ccz(g: Gen) -> Doc:
    """Zoonoses centre: free microchip-and-castration drive list (CSV) for CadÚnico families."""
    doc = Doc()
    city = g.city()
    doc.f("# CCZ «c» — Mutirão de castração e microchipagem — «d» — lista de inscritos (exportado do sistema RGA)\n"
          "# critério: famílias do CadÚnico (NIS obrigatório); máx. 2 animais por tutor\n",
          c=city[0], d=g.date("br"))
    rows = []
    for _ in range(g.ri(5, 7)):
        p = g.person()
        pet = g.pet(g.pick(["cão", "gato"]))
        rows.append([P(g.pick([p.caps, p.full, p.caps])), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), (g.pis(), "BR_PIS"),
                     (g.cns(False), "BR_CNS") if g.chance(0.75) else V(""), (g.dob("br"), "DATE_OF_BIRTH"),
                     (g.phone(g.pick(["raw", "par", "plain"])), "PHONE_NUMBER"), (g.address(g.pick(["caps", "text", "low"])), "ADDRESS"), (g.cep(), "BR_CEP"),
                     V(pet["name"]), V(pet["species"]), V(pet["sex"][0].upper()), V(g.microchip(False)), V(g.pick(["castrar", "só chip", "castrar+chip"]))])
    table_csv(doc, ["tutor", "cpf", "nis", "cartao_sus", "dt_nasc_tutor", "telefone", "endereco", "cep", "animal", "especie", "sexo", "microchip", "servico"], rows)
    ag = g.person()
    vt = g.person()
    doc.f("# conferido por «a» (agente) e «v» («cv»); linhas com NIS «bad» rejeitadas pelo sistema (dígito inválido)\n",
          a=P(ag.short), v=P(vt.full), cv=(g.council("CRMV", city[1]), "PROFESSIONAL_ID"), bad=g.neg(11))
    return doc


TEMPLATES["saude"] = [sa_prontuario, sa_sinan, sa_vaccines, sa_consent, sa_euthanasia, sa_lab, sa_ccz]


# =========================================================================== financeiro


def fi_claim(g: Gen) -> Doc:
    """Pet-insurance reimbursement claim: insured, pet, expense table, bank data, analyst's decision."""
    doc = Doc()
    ins = g.pick(INSURERS)
    t = g.person()
    pet = g.pet(g.pick(["cão", "gato"]))
    an = g.person()
    doc.f("«i» — SOLICITAÇÃO DE REEMBOLSO\nSinistro nº «s»   Apólice/contrato «ap»   Plano «pl»\nAberto em «d» pelo portal (IP «ip»)\n\n",
          i=ins, s=f"{g.ri(2024, 2025)}/{g.d(6)}", ap=g.d(10), pl=g.pick(["Essencial", "Plus", "Premium", "Master Pet"]), d=g.date("br"), ip=(g.ip(), "IP_ADDRESS"))
    doc.f("Segurado(a): «n»\nCPF: «cpf»   Nascimento: «dob»\nE-mail: «e»   Celular: «c»\nPet: «pn» («sp», «br», «age») — carteirinha «ct»\n\n",
          n=P(g.pick([t.full, t.caps])), cpf=(g.cpf(), "BR_CPF"), dob=(g.dob(g.pick(["br", "iso"])), "DATE_OF_BIRTH"), e=(g.email(t), "EMAIL_ADDRESS"),
          c=(g.phone(), "PHONE_NUMBER"), pn=pet["name"], sp=pet["species"], br=pet["breed"], age=pet["age"], ct=f"{g.d(4)} {g.d(4)} {g.d(4)}")
    rows = []
    vet = g.person()
    cv = g.council("CRMV")
    tot = 0
    for _ in range(g.ri(2, 4)):
        val = g.ri(8000, 180000)
        tot += val
        rows.append([V(g.date("br")), V(g.pick(["Consulta", "Ultrassom abdominal", "Hemograma", "Internação (diária)", "Cirurgia — honorários", "Medicamentos"])),
                     V(g.pick(CLINICS)), (g.cnpj(), "BR_CNPJ"), V(f"NF {g.d(5)}"), V(f"{val // 100:,}".replace(",", ".") + f",{val % 100:02d}")])
    table_md(doc, ["Data", "Procedimento", "Prestador", "CNPJ", "Documento", "Valor (R$)"], rows)
    doc.f("\nVeterinário(a) responsável pelo atendimento: «v» («cv»)\n\nDados para crédito (titular do seguro):\nBanco «bk»  Agência «ag»  Conta «tp» «cc»\n",
          v=P(vet.full), cv=(cv, "PROFESSIONAL_ID"), bk=g.bank(), ag=(g.agency(), "BANK_ACCOUNT"), tp=g.pick(["corrente", "poupança"]), cc=(g.account(), "BANK_ACCOUNT"))
    if g.chance(0.6):
        doc.f("Pix (chave aleatória): «px»\n", px=(g.uuid(), "PIX_KEY"))
    glosa = g.ri(0, tot // 3)
    doc.f("\nParecer da regulação — «an» («ae»):\nTotal apresentado R$ «t». Glosa de R$ «gl» («mot»). Reembolso aprovado conforme tabela de referência, crédito em até 5 dias úteis. "
          "Carência de doenças preexistentes não se aplica (adesão em «ad»).\n",
          an=P(an.short), ae=(g.corp_mail(an, re.sub(r"[^a-z]", "", fold(ins).lower())[:10] + ".com.br"), "EMAIL_ADDRESS"),
          t=f"{tot // 100:,}".replace(",", ".") + f",{tot % 100:02d}", gl=f"{glosa // 100:,}".replace(",", ".") + f",{glosa % 100:02d}",
          mot=g.pick(["medicamento sem receita", "exame acima do limite anual", "procedimento estético (tosa)", "coparticipação de 20%"]), ad=g.date("br", 2023))
    return doc


def fi_plan(g: Gen) -> Doc:
    """Adhesion proposal to a pet health plan with recurring credit-card billing and the broker."""
    doc = Doc()
    ins = g.pick(INSURERS)
    t = g.person(word=g.chance(0.15))
    br = g.person()
    doc.f("PROPOSTA DE ADESÃO — «i»\nProposta nº «n»   Vigência: a partir de «v»\n\n1. TITULAR FINANCEIRO\n", i=ins.upper(), n=g.d(8), v=g.date("br"))
    doc.f("Nome: «n»\nCPF: «cpf»   RG: «rg»   Data de nasc.: «dob»\nEndereço: «ad»   Bairro: «b»   CEP: «cep»   «c»\nCelular: «t»   E-mail: «e»\n\n",
          n=P(g.pick([t.caps, t.full])), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), dob=(g.dob("br"), "DATE_OF_BIRTH"), ad=(g.address(g.pick(["text", "caps"])), "ADDRESS"),
          b=g.pick(BAIRROS), cep=(g.cep(), "BR_CEP"), c=city_uf(g), t=(g.phone(), "PHONE_NUMBER"), e=(g.email(t), "EMAIL_ADDRESS"))
    doc.t("2. ANIMAIS INCLUÍDOS\n")
    rows = []
    for _ in range(g.ri(1, 3)):
        p = g.pet()
        rows.append([V(p["name"]), V(p["species"]), V(p["breed"]), V(g.pet_birth()), V(g.microchip(False) if g.chance(0.5) else "—"),
                     V(g.pick(["Essencial", "Plus", "Premium"])), V(money(g, 39, 289))])
    table_fixed(doc, ["Nome", "Espécie", "Raça", "Nasc.", "Microchip", "Plano", "Mensalidade"], rows)
    holder = t if g.chance(0.7) else g.relative(t)
    doc.f("\n3. PAGAMENTO — cartão de crédito recorrente\nTitular do cartão: «h»\nNúmero: «cc»   Validade: «val»   CVV: ***\nBandeira: «bd»   Dia de cobrança: «dia»\n\n",
          h=P(fold(holder.short).upper()), cc=(g.card(g.chance(0.7)), "CREDIT_CARD"), val=f"{g.ri(1, 12):02d}/{g.ri(26, 32)}",
          bd=g.pick(["Visa", "Mastercard", "Elo"]), dia=g.pick([5, 10, 15, 20]))
    doc.f("4. CORRETOR\n«b» — SUSEP «su» — «be»\n\nDeclaro que as informações são verdadeiras e que li o regulamento (carências: 30 dias consultas, 180 dias cirurgias; doenças preexistentes excluídas).\n"
          "Aceite eletrônico em «d» «h» — IP «ip» — geolocalização aproximada «geo»\n",
          b=P(br.full), su=f"{g.d(9)}{g.pick(['', '-' + g.d(1)])}", be=(g.corp_mail(br, "corretorapet.com.br"), "EMAIL_ADDRESS"), d=g.date("br"), h=g.hm(),
          ip=(g.ip(), "IP_ADDRESS"), geo=f"-{g.ri(3, 30)}.{g.d(4)}, -{g.ri(35, 60)}.{g.d(4)}")
    return doc


def fi_nfse(g: Gen) -> Doc:
    """Service invoice (NFS-e) of a vet hospital: company data not labelled except the CNPJ."""
    doc = Doc()
    cl = g.pick(CLINICS)
    t = g.person()
    pet = g.pet()
    rt = g.person()
    city = g.city()
    doc.f("PREFEITURA MUNICIPAL DE «c»\nSECRETARIA DE FINANÇAS\nNOTA FISCAL DE SERVIÇOS ELETRÔNICA — NFS-e\nNúmero da nota: «n»   Data e hora de emissão: «d» «h»   Código de verificação: «cv»\n\n",
          c=fold(city[0]).upper(), n=f"{g.ri(2024, 2025)}{g.d(9)}", d=g.date("br"), h=f"{g.hm()}:{g.ri(0, 59):02d}", cv=g.hexs(8).upper())
    doc.f("PRESTADOR DE SERVIÇOS\nRazão social: «rs»\nCNPJ: «cnpj»   Inscrição municipal: «im»\nEndereço: Avenida das Nações Unidas, «num» — loja «lj»\nE-mail: financeiro@«dom»\n\n",
          rs=cl.upper().replace("CLÍNICA", "CLINICA") + g.pick([" LTDA", " LTDA - ME", " EIRELI", " S/S"]), cnpj=(g.cnpj(), "BR_CNPJ"), im=f"{g.d(1)}.{g.d(3)}.{g.d(3)}-{g.d(1)}",
          num=g.ri(100, 9000), lj=g.ri(1, 30), dom=re.sub(r"[^a-z]", "", fold(cl).lower())[:16] + ".com.br")
    doc.f("TOMADOR DE SERVIÇOS\nNome/Razão social: «n»\nCPF/CNPJ: «cpf»\nEndereço: «ad» — «b» — CEP «cep» — «cu»\nE-mail: «e»\n\n",
          n=P(t.caps), cpf=(g.cpf(), "BR_CPF"), ad=(g.address("caps"), "ADDRESS"), b=fold(g.pick(BAIRROS)).upper(), cep=(g.cep(), "BR_CEP"),
          cu=f"{fold(city[0]).upper()}/{city[1]}", e=(g.email(t), "EMAIL_ADDRESS"))
    doc.t("DISCRIMINAÇÃO DOS SERVIÇOS\n")
    tot = 0
    for item in g.rng.sample(["Consulta clínica", "Internação — diária UTI", "Fluidoterapia", "Ultrassonografia abdominal", "Radiografia (2 incidências)",
                              "Cirurgia de corpo estranho", "Anestesia inalatória", "Curativo", "Vacina V10", "Hemograma completo"], g.ri(3, 5)):
        q = g.ri(1, 4)
        v = g.ri(60, 1800)
        tot += q * v
        doc.t(f"{q:>2} x {item:<30} R$ {v:>6},00\n")
    doc.f("Paciente: «pn» («sp»). Responsável técnico: «rt» («cr»).\n\nVALOR TOTAL DA NOTA = R$ «tot»\nBase de cálculo R$ «tot»   Alíquota 2,00%   Valor do ISS R$ «iss»\n"
          "Código do serviço: 05.01 — Medicina veterinária e zootecnia\nRPS nº «rps» série A\n",
          pn=pet["name"], sp=pet["species"], rt=P(rt.full), cr=(g.council("CRMV", city[1]), "PROFESSIONAL_ID"),
          tot=f"{tot:,}".replace(",", ".") + ",00", iss=f"{tot * 2 // 100:,}".replace(",", ".") + f",{tot * 2 % 100:02d}", rps=g.d(6))
    if g.chance(0.5):
        doc.f("Observações: pagamento «pg». Nota emitida em nome de «o» a pedido do tutor «tt».\n",
              pg=g.pick(["cartão de crédito final " + g.d(4) + " em 6x", "via Pix", "dinheiro + débito"]), o=P(t.first), tt=P(g.relative(t).short))
    return doc


def fi_order(g: Gen) -> Doc:
    """Pet e-commerce order confirmation e-mail and the courier's tracking block."""
    doc = Doc()
    shop = g.pick(PETSHOPS)
    c = g.person()
    doc.f("De: «s» <pedidos@«dom»>\nPara: «e»\nAssunto: Pedido «o» confirmado! 🐾\n\nOi, «f»! Recebemos seu pedido e o pagamento foi aprovado.\n\n",
          s=shop, dom=re.sub(r"[^a-z]", "", fold(shop).lower())[:14] + ".com.br", e=(g.email(c), "EMAIL_ADDRESS"), o=f"#{g.d(7)}", f=P(g.pick([c.first, c.first.lower()])))
    tot = 0
    for it in g.rng.sample(["Ração Premium Cães Adultos 15kg", "Areia sanitária 4kg (x3)", "Antipulgas 10-25kg (3 comp.)", "Petisco bifinho 500g",
                            "Cama média estampa rosa", "Arranhador torre 90cm", "Vermífugo 4 comp.", "Shampoo hipoalergênico 500ml", "Tapete higiênico 30un"], g.ri(2, 4)):
        v = g.ri(1990, 29990)
        tot += v
        doc.t(f"• {it} — R$ {v // 100},{v % 100:02d}\n")
    doc.f("Frete: grátis   Total: R$ «t»\nPagamento: «pg»\nCPF na nota: «cpf»\n\nEntrega para: «rec»\n«ad» — «b»\n«cu» — CEP «cep»\nTelefone para contato: «tel»\nPedido realizado pelo app em «dd» às «hh» (IP «ip»)\n",
          t=f"{tot // 100},{tot % 100:02d}", pg=g.pick([f"Cartão de crédito ****{g.d(4)} em 2x", "Pix (pago)", f"Cartão Elo **** **** **** {g.d(4)}", "Boleto (compensado)"]),
          cpf=(g.cpf(), "BR_CPF"), rec=P(g.pick([c.full, c.full, g.relative(c).full])), ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), cu=city_uf(g),
          cep=(g.cep(), "BR_CEP"), tel=(g.phone(), "PHONE_NUMBER"), dd=g.date("br"), hh=g.hm(), ip=(g.ip(), "IP_ADDRESS"))
    if g.chance(0.5):
        doc.f("Instruções: «i»\n", i=mix(g.pick(["deixar na portaria com o ", "se eu não estiver, entregar pro porteiro ", "pode deixar com o zelador "]),
                                           P(g.person(female=False).first), g.pick(["", " (ele já sabe)", ", ou com a vizinha do 12"])))
    drv = g.person(female=g.chance(0.25))
    doc.f("\nRastreio: «tr» — saiu para entrega com «d» («v» «pl») em «dt».\nVocê ganhou «pts» pontos no Clube Amigo Fiel. Programe a recompra da ração e ganhe 10% de desconto!\n",
          tr=f"PT{g.d(9)}BR", d=P(g.pick([drv.first, drv.short])), v=g.pick(["moto", "Fiorino", "van"]), pl=(g.plate(), "LICENSE_PLATE"), dt=g.date("br"),
          pts=g.ri(20, 400))
    return doc


def fi_payout(g: Gen) -> Doc:
    """Weekly payout batch of a dog-walker platform to its walkers (Pix and bank transfer)."""
    doc = Doc()
    app = g.pick(["PasseAu", "DogWalk Já", "Patas na Rua", "Leva Meu Pet"])
    an = g.person()
    mm = g.ri(1, 12)
    doc.f("«a» Serviços Digitais Ltda — CNPJ «cnpj»\nLote de repasse semanal «l» — período «d1» a «d2» — gerado por «lg»\n\n",
          a=app, cnpj=(g.cnpj(), "BR_CNPJ"), l=f"RP-{g.d(6)}", d1=f"{g.ri(1, 7):02d}/{mm:02d}/2025", d2=f"{g.ri(8, 14):02d}/{mm:02d}/2025", lg=login(g, an))
    rows = []
    for _ in range(g.ri(5, 7)):
        p = g.person()
        mei = g.chance(0.4)
        pix = g.chance(0.5)
        n = g.ri(3, 40)
        rows.append([P(g.pick([p.full, p.caps])), (g.cpf("raw"), "BR_CPF"), (g.cnpj(alnum=g.chance(0.3), style=g.pick(["dot", "raw"])), "BR_CNPJ") if mei else V(""),
                     V("" if pix else g.bank().split(" - ")[0]), (g.agency(), "BANK_ACCOUNT") if not pix else V(""), (g.account(), "BANK_ACCOUNT") if not pix else V(""),
                     (g.uuid(), "PIX_KEY") if pix else V(""), V(str(n)), V(g.money(n * 25, n * 45))])
    table_csv(doc, ["prestador", "cpf", "cnpj_mei", "banco", "agencia", "conta", "chave_pix", "qtd_passeios", "valor_liquido"], rows, sep=g.pick([";", ","]))
    doc.f("\nAprovado por: «a» (Financeiro) em «d». Retidos: «r» (cadastro bancário divergente — CPF informado «bad» não confere).\n",
          a=P(an.full), d=g.date("br"), r=P(g.person().full), bad=g.bad_cpf(g.pick(["raw", "dot"])))
    return doc


def fi_collection(g: Gen) -> Doc:
    """Collection letter for an unpaid vet-hospital bill, with the settlement offer."""
    doc = Doc()
    hosp = g.pick(CLINICS)
    t = g.person()
    neg = g.person(female=True)
    pet = g.pet("cão")
    d1, d2 = sorted([g.date("iso", 2024), g.date("iso", 2024)])
    d1, d2 = "/".join(reversed(d1.split("-"))), "/".join(reversed(d2.split("-")))
    doc.f("«a»\nAssessoria de cobrança em nome de «h»\n\n«c», «d»\n\nA«o» Sr«ra». «n»\n«ad»\n«b» — «cu»\nCEP «cep»\n\nRef.: débito em aberto — contrato de internação nº «ct» — CPF «cpf»\n\n",
          a=g.pick(["Recupera Crédito Assessoria Ltda.", "Jucá & Novais Cobranças", "Cobrafácil Serviços"]), h=hosp, c=g.city()[0], d=g.date("long"),
          o="" if t.female else "o", ra="a" if t.female else "", n=P(g.pick([t.full, t.caps])), ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), cu=city_uf(g),
          cep=(g.cep(), "BR_CEP"), ct=f"{g.d(5)}/{g.ri(2023, 2025)}", cpf=(g.cpf(), "BR_CPF"))
    orig = g.ri(150000, 1800000)
    doc.f("Prezad«o» «f»,\n\nConsta em aberto o valor de R$ «v», referente à internação do cão «pn» entre «d1» e «d2» (UTI, cirurgia e medicamentos), "
          "conforme termo de responsabilidade financeira assinado por V.Sa. Até o momento não identificamos pagamento dos boletos enviados.\n\n"
          "Proposta de acordo válida até «dv»: à vista com 30% de desconto (R$ «av») ou entrada + «k» parcelas no cartão.\n"
          "Linha digitável para pagamento à vista: «ld»\n\n",
          o=t.o, f=P(t.first), v=f"{orig // 100:,}".replace(",", ".") + f",{orig % 100:02d}", pn=pet["name"], d1=d1, d2=d2,
          dv=g.date("br", 2026), av=f"{orig * 7 // 1000:,}".replace(",", ".") + ",00", k=g.ri(3, 12),
          ld=f"{g.d(5)}.{g.d(5)} {g.d(5)}.{g.d(6)} {g.d(5)}.{g.d(6)} {g.d(1)} {g.d(14)}")
    doc.f("Os telefones «t1» e «t2» constam em nosso cadastro; caso não sejam mais seus, favor informar. Para negociar, fale com «ng» pelo WhatsApp «wt» ou pelo e-mail «ne».\n\n"
          "O não pagamento poderá ensejar a inclusão do CPF nos órgãos de proteção ao crédito e a propositura de ação de cobrança, nos termos do art. 42 do CDC (Lei 8.078/90) quanto à "
          "vedação de exposição ao ridículo. Se já houve o pagamento, desconsidere.\n\nAtenciosamente,\n«ng2»\nNegociadora — Carteira Saúde Animal\n",
          t1=(g.phone(), "PHONE_NUMBER"), t2=(g.phone(g.pick(["par", "plain"]), mobile=False), "PHONE_NUMBER"), ng=P(neg.first),
          wt=(g.phone(), "PHONE_NUMBER"), ne=(g.corp_mail(neg, "recuperacredito.com.br"), "EMAIL_ADDRESS"), ng2=P(neg.full))
    if g.chance(0.5):
        doc.f("\n--- Retorno registrado em «d» por «ng»: devedor(a) aceitou entrada de «m» + «k»x no cartão «cc» (titular «h», val. «v»). Autorização gravada, ligação nº «lg».\n",
              d=g.date("br"), ng=P(neg.first), m=money(g, 100, 900), k=g.ri(2, 10), cc=(g.card(g.chance(0.6)), "CREDIT_CARD"),
              h=P(fold(t.short).upper()), v=f"{g.ri(1, 12):02d}/{g.ri(26, 31)}", lg=g.d(10))
    if g.chance(0.4):
        doc.f("\nP.S.: processo de cobrança já distribuído sob o nº «cnj» será suspenso mediante acordo.\n", cnj=g.cnj())
    return doc


def fi_payroll(g: Gen) -> Doc:
    """Employee registration form of a vet hospital (vet, assistant or pet-ambulance driver)."""
    doc = Doc()
    hosp = g.pick(CLINICS)
    e = g.person()
    role = g.pick(["Médico(a) Veterinário(a)", "Auxiliar Veterinário(a)", "Motorista — ambulância pet", "Recepcionista", "Tosador(a)"])
    mom, dad = g.relative(e, female=True), g.relative(e, female=False)
    doc.f("«h» — FICHA DE REGISTRO DE EMPREGADO Nº «n»\nCNPJ «cnpj»\n\nNome: «nm»\nCargo: «r»   CBO: «cbo»   Admissão: «ad»   Salário: «s»\n",
          h=hosp.upper(), n=g.d(4), cnpj=(g.cnpj(), "BR_CNPJ"), nm=P(e.caps), r=role, cbo=f"{g.d(4)}-{g.d(2)}", ad=g.date("br"), s=money(g, 1800, 9500))
    doc.f("Nascimento: «dob»   Naturalidade: «nat»\nFiliação: «m» e «p»\nCPF: «cpf»   RG: «rg» «org»\nPIS/PASEP: «pis»   CTPS: «ctps» série «se»\n"
          "Título de eleitor: «te»   Zona «z»   Seção «sc»\n",
          dob=(g.dob("br", 1960, 2005), "DATE_OF_BIRTH"), nat=city_uf(g), m=P(mom.caps), p=P(dad.caps) if g.chance(0.8) else V("NÃO DECLARADO"),
          cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), org=g.pick(["SSP/SP", "SSP-BA", "DETRAN/RJ", "PC/MG"]), pis=(g.pis(), "BR_PIS"),
          ctps=g.d(7), se=g.d(4), te=(g.titulo(), "BR_TITULO_ELEITOR"), z=f"{g.ri(1, 420):03d}", sc=f"{g.ri(1, 900):04d}")
    if "Motorista" in role or g.chance(0.3):
        doc.f("CNH: «cnh»   Categoria: «c»   Validade: «v»\n", cnh=(g.cnh(), "BR_CNH"), c=g.pick(["B", "AB", "D"]), v=g.date("br", g.ri(2026, 2033)))
    if "Veterin" in role:
        doc.f("Registro profissional: «cr»\n", cr=(g.council("CRMV"), "PROFESSIONAL_ID"))
    doc.f("Endereço: «a» — «b» — «cu» — CEP «cep»\nTelefone: «t»   E-mail: «em»\n",
          a=(g.address(g.pick(["caps", "text"])), "ADDRESS"), b=g.pick(BAIRROS), cu=city_uf(g), cep=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"), em=(g.email(e), "EMAIL_ADDRESS"))
    deps = g.ri(0, 2)
    if deps:
        doc.t("Dependentes (IR/salário-família):\n")
        for _ in range(deps):
            d = g.relative(e)
            doc.f("  - «n» — nasc. «dob» — CPF «cpf»\n", n=P(d.full), dob=(g.dob("br", 2008, 2023), "DATE_OF_BIRTH"), cpf=(g.cpf(), "BR_CPF"))
    doc.f("Conta salário: «bk» — ag. «ag» — conta «cc»\n", bk=g.bank(), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    if "ambulância" in role:
        doc.f("Veículo da função: Fiat Ducato ambulância pet, placa «pl», RENAVAM «rv»\n", pl=(g.plate(), "LICENSE_PLATE"), rv=g.neg(11))
    rh = g.person()
    doc.f("\nVale-transporte: «vt»   Plano de saúde: «ps»\nResponsável pelo registro: «rh» (RH) — «re»\n",
          vt=g.pick(["sim (2 conduções)", "não", "sim"]), ps=g.pick(["sim, titular + 1", "não", "sim"]), rh=P(rh.short),
          re=(g.corp_mail(rh, re.sub(r"[^a-z]", "", fold(hosp).lower())[:14] + ".com.br"), "EMAIL_ADDRESS"))
    return doc


TEMPLATES["financeiro"] = [fi_claim, fi_plan, fi_nfse, fi_order, fi_payout, fi_collection, fi_payroll]


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


def check(record: dict) -> None:
    text, last = record["text"], 0
    for s in record["spans"]:
        assert last <= s["start"] < s["end"] <= len(text), (record["id"], s)
        v = text[s["start"]:s["end"]]
        assert v and v == v.strip(), (record["id"], s, v)
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
        elif lab == "IP_ADDRESS":
            assert re.fullmatch(r"\d{1,3}(\.\d{1,3}){3}", v), (record["id"], v)
        elif lab == "PERSON":
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|doutora?|m\.v)\.?\s", v), (record["id"], v)
            assert not re.search(r"[0-9@]", v), (record["id"], v)
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (record["id"], v)
    # hard negatives: every unlabelled run of exactly 11 digits (with or without CPF punctuation)
    # must fail the CPF check
    covered = [(s["start"], s["end"]) for s in record["spans"]]
    for m in re.finditer(r"(?<![\w.\-/])(\d{3}\.?\d{3}\.?\d{3}-?\d{2})(?![\w\-/]|\.\d)", text):
        if any(a <= m.start() and m.end() <= b for a, b in covered):
            continue
        assert not cpf_ok(re.sub(r"\D", "", m.group(1))), (record["id"], m.group(1))


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
    print("fortysixth", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
