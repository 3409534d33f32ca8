"""Build the fifty-second labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_fiftysecond_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or
run), standalone (own check-digit code, no Faker, no import from afinar or from other
generators), seed 5252, 280 records: 7 templates per domain, 10 copies each.

Register, not used by the earlier sets: energy for households and small businesses — solar
installers (quotes, contracts, distributed-generation connection, inverter monitoring, financing),
cooking-gas (GLP) delivery, fuel stations (loyalty apps, fleet cards, receipts, adulterated fuel),
EV charging apps, utility energy-theft inspections (TOI, fraud reports), consumer lawsuits over
bills, electricians' service orders and TRT/ART records, workplace accidents with electricity.
- atendimento: a WhatsApp export of a solar installer's sales chat (the salesperson's own export
  with person names, or the customer's, where the business account shows the company name), a gas
  depot's daily dispatch list (phone and WhatsApp orders, riders and motorbike plates, a gas-smell
  incident), a support ticket of an inverter monitoring app with backend log lines and a technician
  visit, an EV charging app chat (double charge, a card number typed in the chat, Pix refund;
  speakers shown by name or by role), a public complaint about adulterated fuel with the station's
  reply and the form metadata, a fuel loyalty app's LGPD portability export (JSON), an
  electrician's service order.
- juridico: a small-claims petition against the utility after a TOI, a TOI transcribed into a
  claim file, a judgment in a consumption-recovery suit, a PV sale-and-installation contract
  (parties, engineer, witnesses, e-signature IP), a Procon record after a gas leak, a lawyer's
  e-mail thread with the family of an electrocuted electrician, an ombudsman energy-theft report
  and the fraud team's triage.
- saude: an ER record of an electrical burn, a CAT (workplace accident notice), a poison-control
  (CIATox) call log of CO/LPG exposures, an occupational health certificate (ASO, NR-10/NR-35), a
  SAMU regulation record of a fall from a roof during a PV installation, a medical report to
  register a life-support patient at the utility, a burn-clinic outpatient schedule (CSV).
- financeiro: a solar-financing (CDC Solar) proposal screen, a fleet fuel-card statement (CSV), a
  technician's travel expense report with NFC-e fuel receipts, a chargeback ticket of an EV app with
  raw gateway log lines (full PANs: a PCI incident), a gas depot's "fiado" notebook and collection
  message, a shared-generation cooperative's credit allocation and payouts (CSV), an electrician's
  RPA with the vendor registration sheet.

Conventions (the twentieth set's): PERSON covers the name only, never "Sr.", "Dra.", "dona",
"seu", "d."; particles inside a name (de, da, do, dos, e) are part of it; "SURNAME, GIVEN" is one
span; nicknames (Tião, Dito, Nalva) and first names alone are persons. Staff named in the text
(salespeople, attendants, agents, inspectors, judges, lawyers, doctors, nurses, analysts, riders)
are persons; logins ("antonia.77", "vendas01"), the chat bot ("Volt"), role labels ("Cliente",
"Atendente", "[workflow]") and company names are not. Corporate e-mails of people are
EMAIL_ADDRESS; role mailboxes (privacidade@, juridico@, cod@) are not labelled. ADDRESS is street
type + name + number + complement, in full, abbreviated, ALL CAPS or lower case; not the
neighbourhood, city, state or CEP (CEP is BR_CEP); where JSON splits street and number only the
street field is an ADDRESS span; a company's seat ("com sede na ...") is not labelled.
Agency and account are separate BANK_ACCOUNT spans; bank codes and names are not.
DATE_OF_BIRTH only for birth dates (DN, nascimento, data_nascimento); inspection, accident,
admission, receipt and hearing dates are not. PROFESSIONAL_ID includes the council acronym and UF
or region: CRM, COREN, CREFITO, OAB, CREA ("CREA-SP 5062841937", "CREA/MG 63.296/D") and CRT
("CRT-03 123456", "CRT-SP 98.765"). Decided here: TRT/ART numbers, inspector "matrícula", meter,
seal and inverter serial numbers, UC/installation numbers, Renavam, NFC-e access keys, eSocial
receipts and CAT numbers are document or internal ids and are not labelled. Vehicle plates are
LICENSE_PLATE whoever owns the vehicle (customers, riders, fleet trucks, the utility's inspection
van). CNPJs are BR_CNPJ, company or not (numeric and 2026 alphanumeric). PIX_KEY only for random
(UUID) keys used as Pix keys, the payee a person or a company; a Pix key that is a CPF or an
e-mail takes that label. Masked values (cards with asterisks, "CPF ***.918.257-**", "final 4881")
are not labelled.

Names: Brazilian names of many origins (Portuguese common and regional, coined names such as
Jucicleide, Waldisney, Kethelyn, Ryquelme; Italian, German, Japanese/Okinawan, Lebanese, Korean,
Chinese, Haitian, Senegalese, Angolan, Bolivian, indigenous, Jewish, Polish), well over a quarter
of the name words rare or invented; names that are also words (Rosa, Luz, Flor, Bento, Prudente,
Amado, Vitória, Aurora, Celeste, Graça, Sol, Branco) next to the same words as words ("conta de
luz", "o sol bateu forte", "seria prudente", "flor-de-maio do vizinho", "foi uma vitória") and in
places, streets and companies (Presidente Prudente, Bento Gonçalves, Vila Luz, Rua Flor de Maio,
Luz do Cariri Fotovoltaica, Disk Gás Aurora, Auto Posto Rosa dos Ventos), which are not persons.
Forms: full, ALL CAPS without accents, lower case, "SURNAME, GIVEN", first name alone, nicknames.

Hard negatives (never labelled): CNJ process numbers, 11-digit numbers failing the CPF check
(client numbers, record numbers; the script checks every 11-digit run outside a gold span),
Renavam, ICD-10 codes (T75.4, W87, T58), money, kWh/kWp figures, protocol, ticket, order,
proposal, TOI and contract numbers, UUIDs that are session ids, hashes, company names with
surnames (Gondim & Tabosa Energia Renovável, Auto Posto Irmãos Gurgel), street names honouring
people inside addresses only ("Rua Barão de Mauá, 12" is ADDRESS), laws and rules
("Lei 13.709/2018", "Lei 14.300/2022", "REN ANEEL 1.000/2021", "Tema 699 do STJ"), dates that
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
SEED = 5252
OUT_NAME = "fiftysecond.jsonl"

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


def renavam_dv(ten: str) -> str:
    s = sum(int(c) * w for c, w in zip(reversed(ten), [2, 3, 4, 5, 6, 7, 8, 9, 2, 3]))
    r = (s * 10) % 11
    return "0" if r == 10 else str(r)


def fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
          "outubro", "novembro", "dezembro"]

# --------------------------------------------------------------------------- name pools
# RARE_* hold uncommon, regional or coined names; main() prints their share of PERSON words.

PT_F = ["Adriana", "Patrícia", "Fernanda", "Juliana", "Camila", "Luciana", "Cristiane", "Sandra", "Simone",
        "Tatiane", "Aline", "Larissa", "Gabriela", "Beatriz", "Mariana", "Letícia", "Manuela", "Heloísa",
        "Isabela", "Sabrina", "Priscila", "Rosângela", "Maria José", "Ana Paula", "Maria das Graças",
        "Francisca", "Antônia", "Conceição", "Eduarda", "Valéria", "Raquel", "Cláudia", "Edna", "Fabiana"]
RARE_F = ["Jucicleide", "Edinalva", "Valdirene", "Kauany", "Rayane Kelly", "Gleiciane", "Dulcinéia",
          "Marinalva", "Zenaide", "Cleonice", "Ivanete", "Socorro Lindalva", "Elizabeth Cristiny", "Quitéria",
          "Ozana", "Jandira", "Nivalda", "Aparecida Juvina", "Waldinéia", "Kethelyn", "Thayla", "Ruthiele",
          "Adenilde", "Genilda", "Ismênia", "Benedita", "Luzinete", "Eulina", "Tereza Cândida", "Maryjane",
          "Ynara", "Joseane", "Elisângela", "Dalvaní", "Cremilda", "Gracilene"]
PT_M = ["Rodrigo", "Ricardo", "Eduardo", "Fábio", "Gustavo", "Rafael", "Thiago", "Diego", "Vinícius",
        "Leandro", "Roberto", "Antônio", "José Carlos", "João Paulo", "Francisco", "Sebastião", "Raimundo",
        "Miguel", "Arthur", "Heitor", "Bernardo", "Lucas", "Matheus", "Gabriel", "Daniel", "Anderson",
        "Edson", "Márcio", "Luís Fernando", "Benedito", "Geraldo", "Vicente", "Rogério"]
RARE_M = ["Rosivaldo", "Gledson", "Ryquelme", "Maikon", "Djalma", "Edivaldo", "Josué Cleiton", "Valdomiro",
          "Adailton", "Claudionor", "Eliseu", "Genésio", "Hélio Jonas", "Irineu", "Jeovan", "Laércio", "Naldo",
          "Odair", "Petrônio", "Reginaldo", "Sidnei", "Tarcísio", "Ubirajara", "Waldisney", "Zenóbio", "Deusdete",
          "Cosme", "Damião", "Edmilson", "Francinaldo", "Gerivaldo", "Jackson Uilian", "Kleberson", "Natanael",
          "Ozires", "Wanderlan"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Ferreira", "Ribeiro", "Almeida", "Rocha",
          "Dias", "Monteiro", "Cunha", "Barros", "Moreira", "Batista", "Fonseca", "Melo", "Tavares", "Farias",
          "Sampaio", "Peixoto", "Guimarães", "Magalhães", "Brito", "Coelho", "Xavier", "Miranda", "Siqueira",
          "Cruz", "Conceição", "Medeiros", "Borges", "Macedo", "Queiroz"]
RARE_SUR = ["Bezerril", "Cajazeiras", "Teodósio", "Marambaia", "Alcoforado", "Brandão Lins", "Cariri",
            "Esmeraldino", "Figueiroa", "Gondim", "Ibiapina", "Jatobá", "Lacerda Quintela", "Manguinho",
            "Noronha Bittencourt", "Orleans", "Paraguassu", "Quintanilha", "Rabelo", "Sucupira", "Tabosa",
            "Urbano", "Vasconcelos Arcoverde", "Wanderley", "Xucuru", "Zanforlin", "Araripe", "Boaventura",
            "Candeia", "Dantas Sarmento", "Espínola", "Feitosa", "Gurgel", "Hollanda Cabral", "Itapary",
            "Juvêncio", "Lustosa", "Muniz Falcão"]
WORD_F = ["Rosa", "Vitória", "Flor", "Luz", "Aurora", "Celeste", "Graça"]
WORD_M = ["Bento", "Prudente", "Amado", "Branco", "Jacinto", "Modesto"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Bento", "Amado", "Luz", "Flores", "Vitória", "Leal", "Pedreira",
            "Carneiro", "Coelho", "Raposo", "Pereira", "Sol", "Fontes"]
NICK = {"José Carlos": "Zé Carlos", "Francisco": "Chico", "Sebastião": "Tião", "Raimundo": "Mundinho",
        "Antônio": "Toninho", "Benedito": "Dito", "Maria das Graças": "Gracinha", "Conceição": "Ceiça",
        "Francisca": "Chica", "Maria José": "Zezé", "Antônia": "Tonha", "Rosivaldo": "Rosi", "Valdomiro": "Miro",
        "Reginaldo": "Naldinho", "Claudionor": "Nonô", "Deusdete": "Dedé", "Luzinete": "Nete", "Benedita": "Dita",
        "João Paulo": "JP", "Edinalva": "Nalva", "Jucicleide": "Juci", "Ubirajara": "Bira", "Tarcísio": "Tarcisinho"}
FOREIGN = {
    "it": (["Giuliana", "Carla Rita", "Franca"], ["Giancarlo", "Massimo", "Ezio"],
           ["Tomasoni", "Zanella", "Bertoldi", "Pagliuca", "Dal Molin", "Ferrarese", "Gobbo"]),
    "de": (["Irmgard", "Heidi", "Ute"], ["Reinhold", "Egon", "Gunther"],
           ["Kuhn", "Wachholz", "Spiess", "Bretzke", "Hasse", "Schlickmann", "Rüdiger"]),
    "jp": (["Keiko", "Harumi", "Mayumi"], ["Shigeo", "Tadashi", "Noboru"],
           ["Higa", "Nakandakari", "Miyagi", "Shimabukuro", "Uehara", "Sakamoto"]),
    "ar": (["Samira", "Jamile", "Rania"], ["Jorge Elias", "Michel", "Salim"],
           ["Jabour", "Karam", "Saad", "Chamas", "Zogbi", "Bittar"]),
    "kr": (["Eun-ji", "So-young"], ["Dong-hyun", "Min-soo"], ["Park", "Lee", "Kang", "Shin"]),
    "cn": (["Meiling", "Yan"], ["Wei", "Jun"], ["Liang", "Huang", "Zheng", "Tang"]),
    "ht": (["Nadège", "Marie-Claude", "Fabiola"], ["Wislet", "Jean-Robert", "Kesner"],
           ["Pierre-Louis", "Jean-Baptiste", "Saintil", "Desrosiers", "Fils-Aimé"]),
    "sn": (["Coumba", "Ndeye", "Awa"], ["Babacar", "Modou", "Ibrahima"], ["Mbaye", "Seck", "Faye", "Thiam"]),
    "ao": (["Esperança Nkanga", "Wandi"], ["Kalunga", "Adão Muxito"], ["Cassoma", "Muhongo", "Kapinga", "Ngola"]),
    "bo": (["Maribel", "Eulogia", "Nayeli"], ["Wilber", "Edwin", "Teófilo"], ["Mamani", "Choque", "Condori", "Quispe"]),
    "in": (["Potira", "Jaciara", "Yakuy"], ["Kauã Ypê", "Raoni", "Tapi"], ["Potiguara", "Terena", "Guajajara", "Pataxó"]),
    "jw": (["Sara", "Ester", "Miriam"], ["Moisés", "Davi Samuel", "Jacó"], ["Roitman", "Feldman", "Zylberstajn", "Szpigel"]),
    "pl": (["Jadwiga", "Halina"], ["Kazimierz", "Stanislau"], ["Wisniewski", "Kowalczyk", "Grabowski"]),
}
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in ("ht", "sn", "ao", "in", "bo", "jw", "pl", "de"):
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])
RARE.update(["Nakandakari", "Shimabukuro", "Zogbi", "Chamas", "Pagliuca", "Gobbo"])

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Silva", "Rosa", "Luz", "Vitória", "Conceição", "Cruz", "Fonseca", "Cunha", "Rocha"}
DO_SUR = {"Carmo", "Nascimento", "Sol"}
DOS_SUR = {"Santos", "Anjos"}


def particle(surname: str) -> str:
    if surname in DA_SUR:
        return "da"
    if surname in DO_SUR:
        return "do"
    if surname in DOS_SUR:
        return "dos"
    return "de"


DDDS = ["11", "12", "14", "15", "16", "18", "19", "21", "24", "27", "28", "31", "34", "35", "38", "41", "42",
        "44", "47", "48", "49", "51", "53", "55", "61", "62", "63", "65", "66", "67", "68", "71", "73", "77",
        "79", "81", "82", "84", "85", "87", "88", "89", "91", "93", "94", "97", "98"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Estrada", "Rodovia",
                "Praça", "Vila", "Largo", "Viela"]
STREET_NAMES = ["Barão de Mauá", "das Turbinas", "Flor de Maio", "Luz do Sol", "Prudente de Morais", "Bento Gonçalves",
                "Aurora Boreal", "Professor Ozires Tabosa", "Irmã Dulce", "Santa Rita de Cássia", "José Bonifácio",
                "Dona Graça Cajazeiras", "Sete de Setembro", "dos Eletricitários", "Engenheiro Ubirajara Gondim",
                "Amado Nervo", "Vitória Régia", "das Hortênsias", "Marechal Deodoro", "Tiradentes", "Visconde de Itaboraí",
                "Coronel Jatobá", "Rosa e Silva", "Padre Cícero", "Castelo Branco", "do Gasômetro", "Nossa Senhora da Luz",
                "Mestre Damião Feitosa", "Tenente Sucupira", "São Benedito", "Getúlio Vargas", "das Palmeiras Imperiais"]
CITIES = [("Presidente Prudente", "SP"), ("Bento Gonçalves", "RS"), ("Vitória", "ES"), ("Rio Branco", "AC"),
          ("Luziânia", "GO"), ("Aurora do Pará", "PA"), ("Flores", "PE"), ("Campina Grande", "PB"), ("Mossoró", "RN"),
          ("Caruaru", "PE"), ("Feira de Santana", "BA"), ("Uberlândia", "MG"), ("Montes Claros", "MG"), ("Cascavel", "PR"),
          ("Chapecó", "SC"), ("Blumenau", "SC"), ("Santa Maria", "RS"), ("Caxias do Sul", "RS"), ("Sorocaba", "SP"),
          ("Bauru", "SP"), ("Franca", "SP"), ("Araçatuba", "SP"), ("Imperatriz", "MA"), ("Teresina", "PI"),
          ("Juazeiro do Norte", "CE"), ("Crato", "CE"), ("Arapiraca", "AL"), ("Lagarto", "SE"), ("Santarém", "PA"),
          ("Porto Velho", "RO"), ("Sinop", "MT"), ("Três Lagoas", "MS"), ("Anápolis", "GO"), ("Gurupi", "TO"),
          ("Volta Redonda", "RJ"), ("Campos dos Goytacazes", "RJ"), ("Cachoeiro de Itapemirim", "ES")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN",
       "PB", "MT", "MS", "PI", "SE", "AL", "TO", "RO", "AC", "AP", "RR"]
BAIRROS = ["Jardim Aurora", "Vila Luz", "Centro", "Conjunto Habitacional Bento XVI", "Jardim das Flores", "Alto da Boa Vista",
           "Parque Prudente", "Vila Rosa", "Cohab II", "Jardim Primavera", "Loteamento Sol Nascente", "Vila Operária",
           "Setor Sul", "Bairro Industrial", "Jardim Vitória", "Morada do Sol"]
UTILITIES = ["Enel Distribuição São Paulo", "Cemig Distribuição S.A.", "Neoenergia Coelba", "Equatorial Pará",
             "Light Serviços de Eletricidade S.A.", "Copel Distribuição S.A.", "CPFL Paulista", "Energisa Mato Grosso",
             "RGE Sul Distribuidora", "Celesc Distribuição S.A.", "Neoenergia Pernambuco", "Equatorial Maranhão"]
UTIL_SHORT = ["Enel", "Cemig", "Coelba", "Equatorial", "Light", "Copel", "CPFL", "Energisa", "RGE", "Celesc", "Neoenergia"]
INSTALLERS = ["Sol Prudente Energia Ltda", "Aurora Solar Engenharia", "Gondim & Tabosa Energia Renovável",
              "Luz do Cariri Fotovoltaica ME", "Fontes Solar Integradora", "Bittar Energia Limpa Ltda",
              "Higa Eletro Solar", "Amado & Filhos Instalações Elétricas", "Ecowatt Nordeste", "SolarMax Bento Gonçalves"]
GAS_DEPOTS = ["Gás Bento Entregas", "Depósito Flor do Gás", "Gás da Vitória", "Disk Gás Aurora", "Zanella Gás e Água",
              "Revenda Ultragaz Jatobá", "Liquigás — Revenda Rosa", "Gás Cajazeiras", "Disk Gás Irmãos Karam"]
STATIONS = ["Auto Posto Rosa dos Ventos", "Posto Prudente BR", "Auto Posto Irmãos Gurgel", "Posto Luz da Estrada",
            "Posto Aurora Ipiranga", "Auto Posto Bertoldi", "Rede Flores de Postos", "Posto Shell Castelo Branco",
            "Auto Posto Sucupira Ltda", "Posto Miyagi Combustíveis"]
EV_APPS = ["VoltaPlug", "Carrega Já", "Zapt Charge", "EletroVia", "PlugSol"]
WORD_USES = ["a conta de luz veio o dobro", "faltou luz no bairro inteiro", "bandeira vermelha patamar 2",
             "seria prudente trocar o disjuntor", "o quadro tá todo branco de poeira", "o sol bateu forte a semana toda",
             "a flor do maracujá caiu no telhado", "foi uma vitória conseguir a vistoria", "a aurora do painel acendeu vermelho"]


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
        return self.given.split()[0] if not self.given.startswith(("Maria d", "Maria J", "Ana P")) else self.given

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
    form = g.pick(forms or ["full", "full", "full", "short", "caps", "low", "first"])
    return {"full": p.full, "short": p.short, "caps": p.caps, "low": p.low, "plain": p.plain,
            "inverted": p.inverted, "inv_title": p.inverted_title, "first": p.first, "last": p.last,
            "nick": p.nick, "lowfirst": fold(p.first).lower(), "capsshort": fold(p.short).upper(),
            "lowshort": fold(p.short).lower()}[form]


def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def fmt_date(dd: int, mm: int, yy: int, fmt: str) -> str:
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}",
            "short": f"{dd:02d}/{mm:02d}/{yy % 100:02d}", "long": f"{dd} de {MONTHS[mm - 1]} de {yy}",
            "dash": f"{dd:02d}-{mm:02d}-{yy}", "nopad": f"{dd}/{mm}/{yy}", "dot": f"{dd:02d}.{mm:02d}.{yy}",
            "caps": f"{dd} DE {fold(MONTHS[mm - 1]).upper()} DE {yy}"}[fmt]


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
            if n == 14 and cnpj_dv(v[:12]) == v[12:]:
                continue
            if n == 15 and cns_ok(v):
                continue
            if n == 16 and luhn_dv(v[:15]) == v[15]:
                continue
            return v

    def renavam(self) -> str:
        """A valid Renavam (11 digits) that does not pass the CPF check: a hard negative."""
        while True:
            b = "0" + self.d(9) if self.chance(0.3) else self.d(10)
            n = b + renavam_dv(b)
            if not cpf_ok(n):
                return n

    # ----------------------------------------------------------------- people
    def surname(self) -> str:
        r = self.rng.random()
        if r < 0.4:
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
            elif len(surnames) == 3 and rng.random() < 0.15:
                surnames.insert(2, "e")
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
                          f"{f}solar{self.d(2)}", f"{f}.{l}.{self.d(3)}"])
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
        return {"dot": fmt_cpf(n), "raw": n, "sp": f"{n[:3]} {n[3:6]} {n[6:9]} {n[9:]}",
                "dash": f"{n[:9]}-{n[9:]}"}[style]

    def cnpj(self, style: str = "dot", alnum: bool = False) -> str:
        if alnum:
            chars = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
            b = "".join(self.pick(chars) for _ in range(8)) + self.pick(["0001", "0001", "A001", "0B01"])
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
        dash = self.chance(0.8) if dash is None else dash
        return f"{n[:5]}-{n[5:]}" if dash else n

    def phone(self, style: str | None = None, mobile: bool = True) -> str:
        ddd = self.pick(DDDS)
        local = ("9" + str(self.rng.randint(6, 9)) + self.d(7)) if mobile else (str(self.rng.randint(2, 5)) + self.d(7))
        h, t = local[:-4], local[-4:]
        style = style or self.pick(["par", "par", "plus", "plain", "e164", "raw", "dash", "sp", "nospace"])
        return {"par": f"({ddd}) {h}-{t}", "plus": f"+55 {ddd} {h}-{t}", "plain": f"{ddd} {h}-{t}",
                "e164": f"+55{ddd}{local}", "raw": f"{ddd}{local}", "dash": f"{ddd}-{h}-{t}",
                "sp": f"{ddd} {h} {t}", "cc": f"55{ddd}{local}", "nospace": f"({ddd}){h}-{t}",
                "wa": f"+55 {ddd} {h[:-4] if len(h) > 4 else h}{h[-4:] if len(h) > 4 else ''}-{t}"}[style]

    def card(self, spaced: bool = True) -> str:
        b = self.pick(["4", "5", "5", "6", "3"])
        if b == "3":
            b = self.pick(["34", "37"]) + self.d(12)
            n = b + luhn_dv(b)
            return f"{n[:4]} {n[4:10]} {n[10:]}" if spaced else n
        b += self.d(14)
        n = b + luhn_dv(b)
        return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if spaced else n

    def masked_card(self) -> str:
        return self.pick([f"**** **** **** {self.d(4)}", f"{self.d(4)} **** **** {self.d(4)}", f"final {self.d(4)}",
                          f"{self.d(6)}******{self.d(4)}"])

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def plate(self, old: bool | None = None) -> str:
        L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        a = "".join(self.pick(L) for _ in range(3))
        old = self.chance(0.35) if old is None else old
        if old:
            return f"{a}-{self.d(4)}" if self.chance(0.75) else f"{a}{self.d(4)}"
        return f"{a}{self.d(1)}{self.pick(L)}{self.d(2)}"

    def agency(self, dv: bool | None = None) -> str:
        dv = self.chance(0.3) if dv is None else dv
        return f"{self.d(4)}-{self.d(1)}" if dv else self.d(4)

    def account(self, dv: bool | None = None) -> str:
        dv = self.chance(0.75) if dv is None else dv
        body = str(self.rng.randint(1, 9)) + self.d(self.rng.randint(4, 8))
        return f"{body}-{self.pick('0123456789X')}" if dv else body

    def ip(self) -> str:
        if self.chance(0.12):
            return f"2804:{self.hexs(4)}:{self.hexs(4)}:{self.hexs(4)}::{self.hexs(3)}"
        first = self.pick([177, 179, 186, 187, 189, 191, 200, 201, 138, 152, 170, 45, 131, 143, 168])
        return f"{first}.{self.rng.randint(0, 255)}.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}"

    def street_parts(self) -> tuple[str, str, str, str]:
        t = self.pick(STREET_TYPES)
        name = self.pick(STREET_NAMES)
        num = str(self.rng.randint(3, 3999)) if self.chance(0.9) else "s/n"
        comp = self.pick(["", "", "", "", f"apto {self.ri(11, 1204)}", f"casa {self.ri(1, 9)}", "casa dos fundos",
                          f"bloco {self.pick('ABCDE')} apto {self.ri(11, 408)}", "fundos", f"lote {self.ri(1, 40)}",
                          f"qd {self.ri(1, 40)} lt {self.ri(1, 30)}", "sobrado", f"km {self.ri(1, 80)}"])
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
        sep = self.pick([", ", ", nº ", " ", ", n. "]) if num != "s/n" else self.pick([", ", " "])
        return f"{t} {name}{sep}{num}" + (self.pick([", ", " - ", " "]) + comp if comp else "")

    def city(self) -> tuple[str, str]:
        return self.pick(CITIES)

    def dob(self, fmt: str | None = None, lo: int = 1942, hi: int = 2006) -> str:
        dd, mm, yy = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(lo, hi)
        fmt = fmt or self.pick(["br", "br", "br", "iso", "short", "long", "nopad", "dot"])
        return fmt_date(dd, mm, yy, fmt)

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        y = year or self.pick([2024, 2025, 2025, 2025])
        return fmt_date(self.rng.randint(1, 28), self.rng.randint(1, 12), y, fmt)

    def hm(self) -> str:
        return f"{self.rng.randint(6, 22):02d}:{self.rng.randint(0, 59):02d}"

    def hms(self) -> str:
        return f"{self.rng.randint(0, 23):02d}:{self.rng.randint(0, 59):02d}:{self.rng.randint(0, 59):02d}"

    def times(self, n: int, lo: int = 7 * 3600, hi: int = 22 * 3600) -> list[str]:
        secs = sorted(self.rng.sample(range(lo, hi, 60), n))
        return [f"{x // 3600:02d}:{x % 3600 // 60:02d}" for x in secs]

    def money(self, lo: int = 20, hi: int = 50000) -> str:
        v = self.rng.randint(lo * 100, hi * 100)
        r, c = divmod(v, 100)
        return f"{r:,}".replace(",", ".") + f",{c:02d}"

    def cnj(self, seg: str | None = None) -> str:
        seg = seg or self.pick(["8.26", "8.16", "8.05", "5.02", "5.15", "8.19", "4.03", "8.13", "8.17", "8.06", "8.10"])
        return f"{self.d(7)}-{self.d(2)}.{self.rng.randint(2019, 2025)}.{seg}.{self.d(4)}"

    def protocol(self) -> str:
        return self.pick([f"{self.rng.randint(2024, 2025)}{self.d(8)}", f"{self.d(3)}.{self.d(3)}.{self.d(3)}",
                          f"#{self.d(9)}", self.neg(12), f"ATD-{self.d(7)}", f"{self.d(4)}/{self.ri(2024, 2025)}"])

    def uc(self) -> str:
        """Unidade consumidora / instalação number (not labelled)."""
        return self.pick([self.d(10), f"{self.d(1)}/{self.d(7)}-{self.d(1)}", self.d(9), f"{self.d(3)}.{self.d(3)}.{self.d(3)}-{self.d(1)}"])

    def council(self, kind: str = "CRM", uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.rng.randint(1000, 259999)
        dotted = f"{n:,}".replace(",", ".")
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} {n}", f"OAB-{uf} {n}", f"OAB {uf} {dotted}", f"OAB/{uf} nº {dotted}"])
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {dotted}-ENF", f"COREN-{uf} {n}-TE", f"Coren/{uf} {n}"])
        if kind == "CREA":
            return self.pick([f"CREA-{uf} {self.ri(1, 5)}{self.d(9)}", f"CREA/{uf} {dotted}/D", f"CREA-{uf} {n}/D",
                              f"CREA {uf} {self.ri(1, 5)}{self.d(9)}"])
        if kind == "CRT":
            reg = self.pick([uf, "01", "02", "03", "04"]) if uf not in ("SP", "RS", "BA") else uf
            return self.pick([f"CRT-{reg} {n}", f"CRT-{reg} {dotted}", f"CRT/{reg} nº {n}"])
        if kind == "CRF":
            return self.pick([f"CRF-{uf} {n}", f"CRF/{uf} {n}"])
        if kind == "CREFITO":
            return f"CREFITO-{self.ri(1, 18)} {self.d(6)}-F"
        if kind == "CRP":
            return f"CRP {self.ri(1, 23):02d}/{self.d(5)}"
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dotted}", f"CRM-{uf} {n}"])


MARK = re.compile(r"«(\w+)»")


class Doc:
    def __init__(self):
        self.text = ""
        self.spans: list[dict] = []
        self.negs: list[str] = []  # 11-digit hard negatives placed in the text

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

    def n11(self, g: Gen, dotted: bool = False) -> str:
        """An 11-digit number that fails the CPF check (registered, checked in main)."""
        v = g.neg(11)
        self.negs.append(v)
        return fmt_cpf(v) if dotted else v

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


def table_fixed(doc: Doc, cols: list[str], rows: list[list[tuple]], gap: str = "  ") -> None:
    widths = [max([len(c)] + [len(r[k][0]) for r in rows]) for k, c in enumerate(cols)]
    doc.t(gap.join(c.ljust(w) for c, w in zip(cols, widths)).rstrip() + "\n")
    doc.t(gap.join("-" * w for w in widths) + "\n")
    for r in rows:
        for k, ((v, lab), w) in enumerate(zip(r, widths)):
            if k:
                doc.t(gap)
            if k == len(r) - 1:
                doc.e(v, lab)
            else:
                doc.cell(v, w, lab)
        doc.t("\n")


def corp_mail(p: Person, dom: str) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return f"{f}.{l}@{dom}"


def jstr(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)[1:-1]


def brl(v: float) -> str:
    r, c = divmod(round(v * 100), 100)
    return f"{r:,}".replace(",", ".") + f",{c:02d}"


def kwp(g: Gen) -> str:
    return f"{g.rng.uniform(2.2, 18.5):.2f}".replace(".", ",")


def kwh(g: Gen) -> int:
    return g.ri(180, 1900)


# =========================================================================== atendimento

def at_solar_whats(g: Gen) -> Doc:
    """WhatsApp export of a solar installer's salesperson chatting with a prospect."""
    doc = Doc()
    c = g.person()
    sp = g.person()
    eng = g.person()
    day = g.date("br")
    ts = g.times(12, 8 * 3600, 20 * 3600)
    inst = g.pick(INSTALLERS)
    cname = g.pick([c.first, c.short, f"{c.first} Solar", c.full]) if g.chance(0.65) else None
    cpho = g.phone("plus")
    who = P(cname.replace(" Solar", "")) if cname else (cpho, "PHONE_NUMBER")
    suffix = " Solar" if cname and cname.endswith(" Solar") else ""

    spname = g.pick([sp.first, sp.short, sp.first + " " + g.pick(["Vendas", "Comercial"])])
    spn = spname.split(" Vendas")[0].split(" Comercial")[0]
    if g.chance(0.55):  # exported from the customer's phone: the installer's business account shows the company name
        spname, spn = inst, ""

    def line(k: int, me: bool) -> None:
        doc.f("«d» «t» - ", d=day, t=ts[k])
        if me:
            if spn:
                doc.e(spn, "PERSON")
            doc.t(spname[len(spn):] + ": ")
        else:
            doc.e(who[0], who[1])
            doc.t(suffix + ": ")

    doc.f("Conversa do WhatsApp com «n»«sx».txt\n\n", n=who, sx=suffix)
    line(0, False)
    doc.f("«oi», peguei o contato de vcs no instagram. quero saber quanto fica pra colocar energia solar, «w»\n",
          w=g.pick(WORD_USES[:3]), oi=g.pick(["oi", "olá", "bom dia", "boa noite", "oi tudo bem"]))
    line(1, True)
    doc.f("Olá! Aqui é «s» da «i» 😊 Me manda por favor uma foto da conta de luz e a média de consumo\n",
          s=P(sp.first), i=inst)
    line(2, False)
    doc.t("<Mídia oculta>\n")
    line(3, False)
    doc.f("da uns «k» kwh por mes, no verão passa de «k2»\n", k=(k0 := kwh(g)), k2=k0 + g.ri(80, 400))
    line(4, True)
    doc.t("Perfeito. Pra proposta preciso de: nome completo, CPF, data de nascimento, email e o endereço da instalação com CEP\n")
    line(5, False)
    city, uf = g.city()
    layout = g.ri(0, 1)
    if layout == 0:
        doc.f("«n»\n«cpf»\nnasc «dob»\n«e»\n«ad» - «b» - «city»\ncep «cep»\n",
              n=P(g.pick([c.full, c.caps, c.low])), cpf=(g.cpf(), "BR_CPF"), dob=(g.dob(g.pick(["br", "nopad", "short"])), "DATE_OF_BIRTH"),
              e=(g.email(c), "EMAIL_ADDRESS"), ad=(g.address(g.pick(["text", "low"])), "ADDRESS"), b=g.pick(BAIRROS),
              city=city, cep=(g.cep(), "BR_CEP"))
    else:
        doc.f("nome: «n» cpf «cpf» nascida/o em «dob», email «e». endereço «ad», «city»/«uf» «cep»\n",
              n=P(c.full), cpf=(g.cpf(g.pick(["raw", "dot"])), "BR_CPF"), dob=(g.dob("br"), "DATE_OF_BIRTH"),
              e=(g.email(c), "EMAIL_ADDRESS"), ad=(g.address(), "ADDRESS"), city=city, uf=uf, cep=(g.cep(), "BR_CEP"))
    line(6, False)
    rel = g.relative(c)
    doc.f("se eu nao atender pode falar com «r» «rn» no «rt»\n", r=g.pick(["minha esposa", "minha filha", "minha mãe"] if rel.female else ["meu marido", "meu filho", "meu irmão"]),
          rn=P(rel.first), rt=(g.phone(g.pick(["plain", "raw", "par"])), "PHONE_NUMBER"))
    line(7, True)
    n_mod = g.ri(6, 22)
    doc.f("Obrigad«o»! Pelo consumo dimensionei «kw» kWp: «nm» módulos de 555 W + inversor «inv». Investimento R$ «v» à vista "
          "ou 60x de R$ «p» no financiamento. Geração estimada «ge» kWh/mês. A UC «uc» é monofásica né?\n",
          o=sp.o, kw=kwp(g), nm=n_mod, inv=g.pick(["Growatt MIC 3000", "Deye SUN-5K", "Fronius Primo 6.0", "Sungrow SG5.0RS", "microinversor Hoymiles"]),
          v=g.money(9000, 48000), p=g.money(190, 900), ge=kwh(g), uc=g.uc())
    line(8, False)
    doc.t(g.pick(["bifásica, trocaram o padrão ano passado", "acho q sim", "nao sei, ta na conta?", "trifasica"]) + "\n")
    line(9, True)
    doc.f("Certo. Nosso engenheiro «e» («cr») faz a vistoria técnica e depois a gente entra com o pedido de acesso na «u» "
          "(prazo da distribuidora é até «pz» dias). Proposta nº «pr» vai no seu email ainda hoje.\n",
          e=P(g.pick([eng.full, eng.short])), cr=(g.council("CREA", uf), "PROFESSIONAL_ID"), u=g.pick(UTIL_SHORT),
          pz=g.pick([15, 30, 34]), pr=f"{g.ri(2024, 2025)}-{g.d(4)}")
    if g.chance(0.5):
        return doc
    line(10, False)
    k = g.ri(0, 3)
    if k == 0:
        doc.f("ok. meu vizinho seu «v» colocou com vcs tb\n", v=P(g.person(female=False).first))
    else:
        doc.t(g.pick(["blz, obrigado", "vou ver com o banco e te falo", "pode mandar pro whats mesmo"]) + "\n")
    line(11, True)
    doc.t(g.pick(["👍", "Combinado!", "Show, qualquer dúvida me chama aqui", "Mandei. Confere a caixa de spam tb"]) + "\n")
    return doc


def at_gas_pedidos(g: Gen) -> Doc:
    """Gas depot's daily dispatch list (phone + WhatsApp orders) pasted from the order notebook app."""
    doc = Doc()
    dep = g.pick(GAS_DEPOTS)
    att = g.person(female=True)
    riders = [g.person(female=False) for _ in range(2)]
    plates = [g.plate() for _ in riders]
    doc.f("«dep» — PEDIDOS «d» — atendente «a»\nmotos: «r1» («p1») / «r2» («p2»)\n\n",
          dep=dep, d=g.date("br"), a=P(g.pick([att.first, att.nick, att.short])), r1=P(riders[0].nick), p1=(plates[0], "LICENSE_PLATE"),
          r2=P(riders[1].nick), p2=(plates[1], "LICENSE_PLATE"))
    hours = g.times(g.ri(5, 7))
    style = g.ri(0, 1)
    for i, h in enumerate(hours):
        c = g.person(word=g.chance(0.15))
        prod = g.pick(["1 P13", "2 P13", "1 P13 + 1 água 20L", "P45", "1 P13 (vasilhame dele)", "1 P8", "1 P13 + regulador"])
        pay = g.pick(["dinheiro, troco p/ 100", "pix", "cartão na maquininha", "fiado (caderneta)", "pix - já pagou", "débito"])
        rider = g.pick(riders)
        nm = g.pick([c.full, c.short, c.caps, c.first, c.low])
        pre = g.pick(["", "", "dona " if c.female else "seu ", "d. " if c.female else "sr "])
        if style == 0:
            doc.f("#«n» «h» «pre»«c» «t» — «ad» «ref» — «pr» — «pg» — «r»\n",
                  n=g.ri(3000, 9999), h=h, pre=pre, c=P(nm), t=(g.phone(g.pick(["plain", "raw", "par", "dash"])), "PHONE_NUMBER"),
                  ad=(g.address(g.pick(["text", "low", "caps"])), "ADDRESS"),
                  ref=g.pick(["(perto da igreja)", "(portão azul)", "(em frente ao posto)", "", "(lado do mercadinho)", "(subida do morro)"]),
                  pr=prod, pg=pay, r=g.pick(["moto 1", "moto 2", "balcão"]) if g.chance(0.7) else P(rider.nick))
        else:
            doc.f("«h» | «c» | «t» | «ad» | «b» | «pr» | «pg» | moto «r» «ok»\n",
                  h=h, c=P(nm), t=(g.phone(), "PHONE_NUMBER"), ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS),
                  pr=prod, pg=pay, r=riders.index(rider) + 1, ok=g.pick(["✔", "✔", "✔", "(cancelado)", "(não atendeu)"]))
        if g.chance(0.25):
            doc.f("   obs: cliente pediu nota com CPF «cpf»\n", cpf=(g.cpf(), "BR_CPF"))
    inc = g.person()
    doc.f("\nOCORRÊNCIA: «c» ligou às «h» dizendo q sentiu cheiro de gás depois da troca. «r» voltou lá, trocou a mangueira e o "
          "regulador (venc. «v»). Orientado a não acender fogo e abrir as janelas. Sem vítima. Registrado no livro nº «lv».\n",
          c=P(inc.full), h=g.hm(), r=P(riders[0].nick), v=g.date("br", 2022), lv=g.ri(10, 99))
    doc.f("Fechamento: «q» botijões · R$ «m» dinheiro · R$ «px» pix · maquininha R$ «mq»\n",
          q=g.ri(20, 80), m=g.money(300, 3000), px=g.money(300, 5000), mq=g.money(100, 2000))
    return doc


def at_inverter_ticket(g: Gen) -> Doc:
    """Support ticket of an inverter monitoring app, with app log lines and a technician visit."""
    doc = Doc()
    c = g.person()
    ag1, ag2 = g.person(), g.person()
    tech = g.person(female=False)
    brand = g.pick(["SolarView", "ShineWatt", "SunMonitor", "FusionHome Lite", "SEMS+"])
    tday = g.date("br")
    tts = [f"{tday} {h}" for h in g.times(4)]
    city, uf = g.city()
    doc.f("Ticket #«n» · «b» Suporte · prioridade «pr»\nAssunto: «s»\nSolicitante: «c» <«e»>\nTelefone: «t»   CPF (titular da garantia): «cpf»\n"
          "Usina: «plant» — «ad», «city»/«uf», CEP «cep»\nInversor SN «sn» · datalogger «dl» · app v«v»\n\n",
          n=g.ri(100000, 999999), b=brand, pr=g.pick(["normal", "alta", "urgente"]),
          s=g.pick(["Inversor offline desde ontem", "Geração zerada no app", "Erro F07 no display", "app não mostra a geração do dia",
                    "Falha de isolamento (PV ISO)", "Wi-Fi do datalogger não conecta"]),
          c=P(c.full), e=(g.email(c), "EMAIL_ADDRESS"), t=(g.phone(), "PHONE_NUMBER"), cpf=(g.cpf(), "BR_CPF"),
          plant=g.pick(["UFV Residencial", "Usina Casa", "Sistema 01", "Sítio - bomba d'água", "Telhado leste"]),
          ad=(g.address(), "ADDRESS"), city=city, uf=uf, cep=(g.cep(), "BR_CEP"),
          sn=g.pick(["PJL", "QXB", "DNB", "BJN"]) + g.d(2) + g.pick(["A", "C", "K"]) + g.d(5), dl=g.hexs(12).upper(), v=f"{g.ri(3, 8)}.{g.ri(0, 19)}.{g.ri(0, 9)}")
    doc.f("[«d1»] «c»: «m»\n", d1=tts[0], c=P(g.pick([c.first, c.full])),
          m=g.pick(["o app mostra 0 kWh desde ontem mas o sol bateu forte a semana toda", "apareceu um alerta vermelho e o inversor ta apitando",
                    "o técnico que instalou não atende mais, a empresa fechou", "troquei o roteador e agora não conecta mais"]))
    doc.f("[«d2»] «a» (agente): Olá, «cf»! Verifiquei no servidor e o último pacote do datalogger chegou às «h». Pode confirmar se a "
          "luz COM está piscando? Se puder, mande uma foto do display.\n",
          d2=tts[1], a=P(ag1.short), cf=P(c.first), h=g.hms())
    doc.t("[nota interna] log do backend:\n")
    for _ in range(g.ri(2, 4)):
        doc.f("  «ts» «lv» plant=«pl» user=«u» ip=«ip» msg=«m»\n", ts=g.date("iso") + "T" + g.hms() + "Z",
              lv=g.pick(["WARN", "INFO", "ERROR"]), pl=g.ri(10000, 99999),
              u=re.sub(r"[^a-z.]", "", fold(c.first).lower()) + "." + g.d(2), ip=(g.ip(), "IP_ADDRESS"),
              m=g.pick(["heartbeat_timeout", "login_ok", "token_refresh", "grid_fault code=F07", "pv_iso_low 0.2MOhm"]))
    doc.f("[«d3»] «a2» (N2): Agendada visita técnica com «tc» («cr») para «dv», período «p». Custo da visita fora da garantia: R$ «vl». "
          "Protocolo «pt».\n",
          d3=tts[2], a2=P(g.pick([ag2.full, ag2.first])), tc=P(tech.full), cr=(g.council(g.pick(["CRT", "CREA"]), uf), "PROFESSIONAL_ID"),
          dv=g.date("br"), p=g.pick(["manhã", "tarde"]), vl=g.money(120, 450), pt=g.protocol())
    doc.f("[«d4»] «c»: ok, quem vai receber é «r» («rt»), eu trabalho o dia todo\n",
          d4=tts[3], c=P(c.first), r=P(g.relative(c).full), rt=(g.phone(), "PHONE_NUMBER"))
    doc.t("Status: pendente (aguardando visita) · CSAT: —\n")
    return doc


def at_ev_chat(g: Gen) -> Doc:
    """Support chat of an EV charging app: double charge, card typed in the chat, Pix refund."""
    doc = Doc()
    u = g.person()
    ag = g.person()
    app = g.pick(EV_APPS)
    car = g.pick(["BYD Dolphin", "BYD Seal", "GWM Ora 03", "Renault Kwid E-Tech", "Volvo EX30", "BYD Song Plus", "Chevrolet Bolt"])
    doc.f("«app» · atendimento · chat «id»\nUsuário: «n» | «e» | «t» | CPF «cpf»\nVeículo cadastrado: «car» «pl»\n"
          "Sessão «ss» · carregador «cg» (CCS2, 60 kW) · «d» «h» · «k» kWh · R$ «v»\nÚltimo acesso do app: «ip» (Android)\n---\n",
          app=app, id=g.hexs(10), n=P(u.full), e=(g.email(u), "EMAIL_ADDRESS"), t=(g.phone("e164"), "PHONE_NUMBER"),
          cpf=(g.cpf(), "BR_CPF"), car=car, pl=(g.plate(False), "LICENSE_PLATE"), ss=g.uuid(), cg=f"{g.pick(['SP', 'RJ', 'PR', 'MG'])}-{g.d(4)}-B",
          d=g.date("br"), h=g.hm(), k=f"{g.rng.uniform(8, 70):.1f}".replace(".", ","), v=g.money(20, 160), ip=(g.ip(), "IP_ADDRESS"))
    roles = g.chance(0.75)

    def U() -> tuple:
        return ("Cliente", None) if roles else P(u.first)

    def A() -> tuple:
        return ("Atendente", None) if roles else P(ag.first)

    doc.f("Volt (assistente virtual): Olá! Sou o Volt 🤖. Sobre o que você quer falar?\n«u»: cobrança duplicada\n"
          "Volt: Vou te transferir para um atendente humano.\n«a1» entrou no chat.\n«a»: Oi «uf», tudo bem? «a2»"
          "Vi aqui duas cobranças no cartão «mk» referentes à sessão de «d».\n",
          u=U(), a1=P(ag.short), a=A(), uf=P(u.first), a2="" if roles else "Vou te ajudar. ", mk=g.masked_card(), d=g.date("br"))
    if g.chance(0.6):
        doc.f("«u»: isso, o cartão é esse «cc» venc «vv»\n«a»: «uf», por segurança não envie o número completo do cartão aqui no chat, "
              "ok? Já vou mascarar a mensagem.\n",
              u=U(), cc=(g.card(g.chance(0.7)), "CREDIT_CARD"), vv=f"{g.ri(1, 12):02d}/{g.ri(26, 32)}", a=A(), uf=P(u.first))
    kind = g.ri(0, 2)
    if kind == 0:
        doc.f("«a»: O estorno pode ser por Pix. Qual a chave?\n«u»: a aleatoria: «k»\n", a=A(), u=U(), k=(g.uuid(), "PIX_KEY"))
    elif kind == 1:
        doc.f("«a»: O estorno pode ser por Pix. Qual a chave?\n«u»: meu cpf mesmo «c»\n", a=A(), u=U(), c=(g.cpf("raw"), "BR_CPF"))
    else:
        doc.f("«a»: Posso estornar no cartão (até 2 faturas) ou Pix.\n«u»: pix no email «e» ou na chave «k», tanto faz\n",
              a=A(), u=U(), e=(g.email(u), "EMAIL_ADDRESS"), k=(g.uuid(), "PIX_KEY"))
    doc.f("«a»: Prontinho! Estorno de R$ «v» solicitado, protocolo «p», prazo de até «n» dias úteis. Mais alguma coisa?\n"
          "«u»: «m»\n«a2»: Vou registrar. O ponto fica no «loc», certo?\n",
          a=A(), v=g.money(20, 160), p=g.protocol(), n=g.pick([3, 5, 7]), u=U(),
          m=g.pick(["sim, o carregador de lá ta sempre com a tela em branco", "o carregador desligou no meio e o app cobrou cheio",
                    "queria saber pq a tarifa subiu pra R$ 2,49/kWh"]),
          a2=A(), loc=g.pick(STATIONS))
    doc.f("\n[encerrado · duração «mm» min · tags: cobranca_duplicada, estorno · CSAT «cs»]\n", mm=g.ri(4, 31), cs=g.ri(1, 5))
    return doc


def at_fuel_complaint(g: Gen) -> Doc:
    """Public complaint about adulterated fuel (consumer site) plus the station's reply and form metadata."""
    doc = Doc()
    c = g.person()
    city, uf = g.city()
    st = g.pick(STATIONS)
    mech = g.person(female=False)
    resp = g.person()
    doc.f("«t»\n«st» — «city» - «uf» · ID: «id» · «d»\n\n",
          t=g.pick(["Gasolina batizada estragou meu carro", "Combustível adulterado - motor falhando", "Etanol com água, bomba 4",
                    "Abasteci e o carro morreu na saída do posto"]),
          st=st, city=city, uf=uf, id=g.ri(100000000, 199999999), d=g.date("br"))
    doc.f("Abasteci meu «car» placa «pl» no dia «d» (cupom «cp», «l» litros, R$ «v») e uns 5 km depois o carro começou a engasgar. "
          "Levei na oficina do «m» e ele achou «x» no tanque. O laudo do mecânico diz: bomba de combustível e bicos injetores "
          "comprometidos. Orçamento R$ «o». Procurei o posto e o gerente «g» disse que «sd». Quero o ressarcimento! Já denunciei "
          "na ANP (protocolo «pa»). «w».\n\n",
          car=g.pick(["Onix 2019", "HB20 1.0", "Gol G6", "Fiat Argo", "Strada", "Corolla 2015", "Sandero"]),
          pl=(g.plate(), "LICENSE_PLATE"), d=g.date("br"), cp=g.d(6), l=f"{g.rng.uniform(15, 50):.2f}".replace(".", ","),
          v=g.money(90, 320), m=P(g.pick([mech.nick, mech.first, mech.full])), x=g.pick(["água", "solvente", "uma borra escura", "metanol (teste da proveta deu 38%)"]),
          o=g.money(800, 6500), g=P(g.person(female=False).first), sd=g.pick(["o combustível é testado todo dia", "não tinha nada a ver", "ia ver com o dono"]),
          pa=g.protocol(), w=g.pick(["Seria prudente a ANP fiscalizar esse posto", "Não abasteçam lá", "Foi uma vitória conseguir o laudo"]))
    doc.f("Resposta da empresa («rd»):\nPrezad«o» «cf», lamentamos o ocorrido. Nossos tanques passam por teste diário de densidade "
          "e teor alcoólico (boletins à disposição). Pedimos que entre em contato pelo «rt» ou pelo e-mail «re» para análise do cupom "
          "e da nota da oficina. Att, «rp» — SAC «st2» (CNPJ «cn»)\n\n",
          rd=g.date("br"), o=c.o, cf=P(c.first), rt=(g.phone(mobile=False), "PHONE_NUMBER"),
          re=(corp_mail(resp, "postos" + g.pick(["rosa", "aurora", "gurgel", "bertoldi"]) + ".com.br"), "EMAIL_ADDRESS"),
          rp=P(resp.full), st2=st, cn=(g.cnpj(alnum=g.chance(0.2)), "BR_CNPJ"))
    doc.f("Réplica do consumidor: já liguei 3x, ninguém retorna. Meu whats é «t».\nAvaliação: «n»/10 · Voltaria a fazer negócio? Não\n\n"
          "-- dados do formulário (visível só para a empresa) --\nNome: «nm»\nCPF: «cpf»\nE-mail: «e»\nTelefone: «t2»\nIP do envio: «ip»\n",
          t=(g.phone(), "PHONE_NUMBER"), n=g.ri(0, 3), nm=P(c.caps if g.chance(0.4) else c.full), cpf=(g.cpf(), "BR_CPF"),
          e=(g.email(c), "EMAIL_ADDRESS"), t2=(g.phone(), "PHONE_NUMBER"), ip=(g.ip(), "IP_ADDRESS"))
    return doc


def at_fidelidade_lgpd(g: Gen) -> Doc:
    """Fuel loyalty app: data-portability export (JSON) sent to the user after an LGPD request."""
    doc = Doc()
    u = g.person()
    dpo = g.person()
    prog = g.pick(["Km de Vantagens Rosa", "Clube Aurora Premmia", "Programa Flor de Pontos", "Abastece Aí+"])
    doc.f("Olá, «u»!\nConforme sua solicitação de portabilidade (art. 18, V, da Lei 13.709/2018), segue o export dos seus dados "
          "no programa «p». Protocolo LGPD «pt».\nEncarregado de dados: «dpo»\n\n",
          u=P(u.first), p=prog, pt=g.protocol(), dpo=P(dpo.full))
    city, uf = g.city()
    t, name, num, comp = g.street_parts()
    cars = [g.plate() for _ in range(g.ri(1, 2))]
    doc.t("{\n")
    doc.f('  "nome_completo": "«n»",\n  "cpf": "«cpf»",\n  "data_nascimento": "«dob»",\n  "email": "«e»",\n  "celular": "«t»",\n',
          n=P(u.full), cpf=(g.cpf("raw"), "BR_CPF"), dob=(g.dob("iso"), "DATE_OF_BIRTH"), e=(g.email(u), "EMAIL_ADDRESS"),
          t=(g.phone("e164"), "PHONE_NUMBER"))
    doc.f('  "endereco": {"logradouro": "«lg»", "numero": "«nu»", "complemento": "«co»", "bairro": "«b»", "cidade": "«c»", "uf": "«uf»", "cep": "«cep»"},\n',
          lg=(f"{t} {name}", "ADDRESS"), nu=num, co=comp, b=g.pick(BAIRROS), c=city, uf=uf, cep=(g.cep(False), "BR_CEP"))
    doc.t('  "veiculos": [')
    for i, pl in enumerate(cars):
        doc.f('«s»{"placa": "«pl»", "modelo": "«m»", "renavam": "«rv»"}', s=", " if i else "", pl=(pl, "LICENSE_PLATE"),
              m=g.pick(["VW Saveiro", "Fiat Toro", "Honda CG 160", "Yamaha Fazer", "Hyundai Creta", "Jeep Renegade"]), rv=g.renavam())
    doc.t("],\n")
    doc.f('  "cartoes_vinculados": ["«m1»"],\n  "saldo_pontos": «sp»,\n  "ultimos_acessos": [\n', m1=g.masked_card(), sp=g.ri(0, 48000))
    n_acc = g.ri(2, 3)
    for i in range(n_acc):
        doc.f('    {"data": "«d»", "ip": "«ip»", "dispositivo": "«dv»"}«s»\n', d=g.date("iso") + "T" + g.hms(), ip=(g.ip(), "IP_ADDRESS"),
              dv=g.pick(["Android 14 / Moto G54", "iOS 17.5 / iPhone 12", "Android 13 / Galaxy A14"]), s="," if i < n_acc - 1 else "")
    doc.t('  ],\n  "abastecimentos": [\n')
    n_ab = g.ri(2, 4)
    for i in range(n_ab):
        doc.f('    {"data": "«d»", "posto": "«p»", "cnpj_posto": "«cn»", "produto": "«pr»", "litros": «l», "valor": «v»}«s»\n',
              d=g.date("iso"), p=g.pick(STATIONS), cn=(g.cnpj(), "BR_CNPJ"), pr=g.pick(["GASOLINA ADITIVADA", "ETANOL", "DIESEL S10"]),
              l=f"{g.rng.uniform(10, 60):.2f}", v=f"{g.rng.uniform(60, 400):.2f}", s="," if i < n_ab - 1 else "")
    doc.t('  ],\n  "indicacoes": [')
    for i in range(g.ri(1, 2)):
        f = g.person()
        doc.f('«s»{"nome": "«n»", "telefone": "«t»", "status": "«st»"}', s=", " if i else "", n=P(g.pick([f.full, f.first, f.short])),
              t=(g.phone("raw"), "PHONE_NUMBER"), st=g.pick(["convertida", "pendente", "expirada"]))
    doc.t("]\n}\n\n")
    doc.f("Dúvidas: privacidade@«dm» (não responda este e-mail). Atenciosamente, Equipe «p»\n",
          dm=g.pick(["kmrosa.com.br", "clubeaurora.com", "flordepontos.com.br"]), p=prog)
    return doc


def at_os_eletricista(g: Gen) -> Doc:
    """An electrician's service order (OS) for a household, with TRT and the technician's registration."""
    doc = Doc()
    c = g.person()
    tec = g.person(female=g.chance(0.15))
    aux = g.person(female=False)
    comp = g.pick(["Elétrica Amado & Filhos", "Luz Certa Instalações", "Eletro Gondim Serviços", "JR Elétrica e Solar", "Chico Eletricista ME"])
    city, uf = g.city()
    doc.f("«cp»  —  CNPJ «cn»\nORDEM DE SERVIÇO Nº «os»          Data: «d»\n\nCLIENTE: «n»\nCPF: «cpf»      Fone: «t»      E-mail: «em»\n"
          "Endereço: «ad»  Bairro: «b»  Cidade: «city»/«uf»  CEP: «cep»\nUC/Instalação: «uc»    Medidor: «md»\n\n",
          cp=comp, cn=(g.cnpj(alnum=g.chance(0.25)), "BR_CNPJ"), os=f"{g.d(4)}", d=g.date("br"), n=P(g.pick([c.caps, c.full])),
          cpf=(g.cpf(), "BR_CPF"), t=(g.phone(), "PHONE_NUMBER"), em=(g.email(c), "EMAIL_ADDRESS"),
          ad=(g.address(g.pick(["text", "caps"])), "ADDRESS"),
          b=g.pick(BAIRROS), city=city, uf=uf, cep=(g.cep(), "BR_CEP"), uc=g.uc(), md=g.d(8))
    doc.f("SERVIÇO SOLICITADO: «s»\nDIAGNÓSTICO: «dg»\n\nMATERIAL\n", s=g.pick([
        "troca do padrão de entrada (mono p/ bifásico) p/ sistema fotovoltaico", "disjuntor geral desarmando", "instalação de chuveiro 7500W e circuito dedicado",
        "choque na torneira da cozinha", "instalação de carregador veicular (wallbox 7 kW)", "aterramento e DPS"]),
        dg=g.pick(["fiação de 2,5 mm² aquecida, sem aterramento", "neutro rompido no quadro", "disjuntor 40A subdimensionado",
                   "emenda com fita isolante dentro da parede", "quadro todo branco de poeira e cupim"]))
    total = 0
    for _ in range(g.ri(3, 5)):
        q, pu = g.ri(1, 30), g.ri(5, 380)
        total += q * pu
        doc.f("  «q» x «it» ........ R$ «v»\n", q=q, it=g.pick(["cabo flex 6mm² (m)", "disjuntor DIN 32A", "DPS 275V 20kA", "haste de aterramento 2,4m",
                                                             "caixa padrão CM-2", "eletroduto 1\" (m)", "IDR 40A 30mA", "conector MC4"]),
              v=f"{q * pu:,}".replace(",", ".") + ",00")
    doc.f("MÃO DE OBRA ........ R$ «mo»\nTOTAL ........ R$ «tt»\nPagamento: «pg»\n\n",
          mo=g.money(150, 2500), tt=g.money(300, 6000), pg=g.pick(["Pix na chave da empresa", "3x no cartão", "dinheiro", "50% entrada + 50% na entrega"]))
    doc.f("Responsável técnico: «tn» — «reg» — TRT/ART nº «trt»\nAuxiliar: «ax»\n", tn=P(tec.full),
          reg=(g.council(g.pick(["CRT", "CRT", "CREA"]), uf), "PROFESSIONAL_ID"), trt=g.pick([f"BR{g.d(11)}", g.d(12), f"{g.ri(2024, 2025)}{g.d(8)}"]),
          ax=P(g.pick([aux.nick, aux.first, aux.short])))
    doc.f("Acompanhou o serviço: «r» («rel»), tel «t»\nGarantia de 90 dias do serviço. Cliente ciente que «w».\n\n"
          "_______________________          _______________________\n«n1»                    «n2»\n",
          r=P(g.relative(c).first), rel=g.pick(["filho", "esposa", "vizinha", "sogra", "inquilino"]), t=(g.phone(), "PHONE_NUMBER"),
          w=g.pick(["seria prudente trocar toda a fiação da cozinha", "o padrão antigo não atende a norma da " + g.pick(UTIL_SHORT),
                    "a luz da área vai continuar fraca até trocar o reator"]),
          n1=P(g.pick([c.full, c.caps])), n2=P(tec.full))
    return doc


# =========================================================================== juridico

def qualif(g: Gen, doc: Doc, p: Person, caps: bool = True, rg: bool = True, email: bool = True) -> None:
    """Qualification of a party in a petition or contract."""
    city, uf = g.city()
    est = g.pick(["solteir" + p.o, "casad" + p.o, "divorciad" + p.o, "viúv" + p.o, "em união estável"])
    prof = g.pick(["aposentad" + p.o, "comerciante", "professor" + ("a" if p.female else ""), "motorista de aplicativo",
                   "do lar" if p.female else "pedreiro", "agricultor" + ("a" if p.female else ""), "autônom" + p.o, "técnic" + p.o + " em enfermagem"])
    doc.f("«n», brasileir«o», «est», «prof», ", n=P(p.caps if caps else p.full), o=p.o, est=est, prof=prof)
    if g.chance(0.4):
        doc.f("nascid«o» em «dob», ", o=p.o, dob=(g.dob(g.pick(["br", "long"])), "DATE_OF_BIRTH"))
    doc.f("inscrit«o» no CPF sob o nº «cpf»", o=p.o, cpf=(g.cpf(), "BR_CPF"))
    if rg:
        doc.f(", portador«a» do RG nº «rg» «org»", a="a" if p.female else "", rg=(g.rg(), "BR_RG"), org=g.pick(["SSP/SP", "SSP/" + uf, "SDS/PE", "SESP/PR"]))
    doc.f(", residente e domiciliad«o» na «ad», «b», «city»/«uf», CEP «cep»", o=p.o, ad=(g.address(), "ADDRESS"),
          b=g.pick(BAIRROS), city=city, uf=uf, cep=(g.cep(), "BR_CEP"))
    if email:
        doc.f(", endereço eletrônico «e»", e=(g.email(p), "EMAIL_ADDRESS"))
    if g.chance(0.5):
        doc.f(", telefone «t»", t=(g.phone(), "PHONE_NUMBER"))


def ju_peticao_jec(g: Gen) -> Doc:
    """Initial petition at a small-claims court against the utility over a bill after a TOI."""
    doc = Doc()
    a = g.person()
    adv = g.person()
    adv2 = g.person()
    city, uf = g.city()
    util = g.pick(UTILITIES)
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) DOUTOR(A) JUIZ(A) DE DIREITO DO «n»º JUIZADO ESPECIAL CÍVEL DA COMARCA DE «c» - «uf»\n\n",
          n=g.ri(1, 4), c=fold(city).upper(), uf=uf)
    qualif(g, doc, a)
    doc.f(", por seu advogado que esta subscreve (procuração anexa), vem propor\n\nAÇÃO DECLARATÓRIA DE INEXIGIBILIDADE DE DÉBITO "
          "C/C INDENIZAÇÃO POR DANOS MORAIS E PEDIDO DE TUTELA DE URGÊNCIA\n\nem face de «u», pessoa jurídica de direito privado, "
          "inscrita no CNPJ sob o nº «cn», com sede na «ea», pelos fatos e fundamentos a seguir.\n\nI — DOS FATOS\n\n",
          u=fold(util).upper(), cn=(g.cnpj(), "BR_CNPJ"),
          ea=g.pick(["Av. Marechal Floriano, 168, Rio de Janeiro/RJ", "Rua Ernesto Pereira, 90, Aquiraz/CE", "Av. Barbacena, 1200, Belo Horizonte/MG"]))
    doc.f("A parte autora é titular da unidade consumidora nº «uc». Em «d», prepostos da ré compareceram ao imóvel e lavraram o "
          "Termo de Ocorrência e Inspeção (TOI) nº «toi», sem a presença da autora, que estava no trabalho; assinou o termo «q», "
          "«rel» da autora, que não foi informad«o2» do direito de acompanhar a perícia. Em seguida veio fatura de recuperação de "
          "consumo no valor de R$ «v», referente a «m» meses, sob ameaça de corte. A média histórica da unidade é de «k» kWh e "
          "«w».\n\n",
          uc=g.uc(), d=g.date("br"), toi=g.d(8), q=P(g.relative(a).first), rel=g.pick(["sobrinh", "net", "filh"]) + "o",
          o2="o", v=g.money(1800, 24000), m=g.ri(6, 36), k=kwh(g), w=g.pick(WORD_USES[:2] + ["nunca houve qualquer irregularidade no medidor"]))
    doc.f("II — DO DIREITO\n\nAplica-se o Código de Defesa do Consumidor (Lei 8.078/1990), em especial os arts. 6º, VIII, e 42, bem como "
          "a Resolução Normativa ANEEL nº 1.000/2021, arts. 590 e seguintes. Nesse sentido: TJ«uf», Recurso Inominado nº «cnj», "
          "Rel. «rel», j. «dj».\n\n",
          uf=uf, cnj=g.cnj(), rel=P(g.person().full), dj=g.date("br", 2023))
    doc.f("III — DOS PEDIDOS\n\na) a concessão de tutela de urgência para que a ré se abstenha de suspender o fornecimento, sob pena de "
          "multa diária de R$ «mu»;\nb) a declaração de inexigibilidade do débito de R$ «v»;\nc) a condenação da ré em danos morais "
          "de R$ «dm».\n\nDá-se à causa o valor de R$ «vc».\n\nTermos em que pede deferimento.\n«city», «dd».\n\n«adv»\n«oab»\n",
          mu=g.money(200, 1000), v=g.money(1800, 24000), dm=g.money(5000, 15000), vc=g.money(8000, 40000), city=city, dd=g.date("long"),
          adv=P(g.pick([adv.full, adv.caps])), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    if g.chance(0.5):
        doc.f("«adv2»\n«oab2»\n", adv2=P(adv2.full), oab2=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    doc.f("«em» · «tel»\n", em=(g.email(adv, g.pick(["adv.br", "gmail.com", "advocacia" + g.pick(["rosa", "gurgel", "tabosa"]) + ".com.br"])), "EMAIL_ADDRESS"),
          tel=(g.phone(), "PHONE_NUMBER"))
    return doc


def ju_toi(g: Gen) -> Doc:
    """Termo de Ocorrência e Inspeção (TOI) of an energy-theft inspection, transcribed into the claim file."""
    doc = Doc()
    tit = g.person()
    pres = g.person()
    insp = [g.person(female=False), g.person()]
    city, uf = g.city()
    util = g.pick(UTIL_SHORT)
    doc.f("«u» — TERMO DE OCORRÊNCIA E INSPEÇÃO Nº «n»\nData/hora: «d» «h»    Equipe: «eq»    Viatura: «vt»\n\n"
          "1. UNIDADE CONSUMIDORA\nUC: «uc»   Classe: «cl»   Medidor nº «md» (lacres «l1»/«l2»)\n"
          "Titular: «t»   CPF: «cpf»   Tel.: «tt»\nEndereço: «ad» — «b» — «city»/«uf» — CEP «cep»\n\n",
          u=util.upper(), n=g.d(9), d=g.date("br"), h=g.hm(), eq=f"REC-{g.d(3)}", vt=(g.plate(), "LICENSE_PLATE"),
          uc=g.uc(), cl=g.pick(["residencial B1", "residencial baixa renda", "comercial B3", "rural B2"]), md=g.d(9), l1=g.d(7), l2=g.d(7),
          t=P(tit.caps), cpf=(g.cpf(), "BR_CPF"), tt=(g.phone(g.pick(["par", "raw"])), "PHONE_NUMBER"), ad=(g.address("caps"), "ADDRESS"), b=fold(g.pick(BAIRROS)).upper(), city=fold(city).upper(),
          uf=uf, cep=(g.cep(), "BR_CEP"))
    doc.f("2. IRREGULARIDADE CONSTATADA\n«ir»\nCarga instalada levantada: «kw» kW («eq2»).\n\n",
          ir=g.pick(["Desvio de energia no ramal de entrada (\"gato\") antes da medição.", "Medidor com lacre violado e bobina de potencial interrompida.",
                     "Ligação direta da rede para o quadro, sem passar pelo medidor.", "Registro do medidor travado; display sem incremento com carga ligada."]),
          kw=f"{g.rng.uniform(2, 18):.2f}".replace(".", ","), eq2=g.pick(["chuveiro, ar-condicionado 12.000 BTU, freezer", "forno elétrico, solda, 2 geladeiras", "bomba d'água, 3 ar-condicionados"]))
    doc.f("3. ACOMPANHOU A INSPEÇÃO\nNome: «p»   RG: «rg»   CPF: «pc»   Nasc.: «dob»   Relação com o titular: «rel»\nTelefone p/ contato: «tel»\n"
          "Recusou-se a assinar: «rc»\n\n",
          p=P(pres.caps if g.chance(0.5) else pres.full), rg=(g.rg(), "BR_RG"), pc=(g.cpf(), "BR_CPF"), dob=(g.dob("br"), "DATE_OF_BIRTH"),
          rel=g.pick(["inquilino", "esposa", "filho", "vizinho", "caseiro", "o próprio"]), tel=(g.phone(), "PHONE_NUMBER"),
          rc=g.pick(["SIM", "NÃO"]))
    doc.f("4. INSPETORES\n«i1» — matrícula «m1»\n«i2» — matrícula «m2»\nPerito («pe»): «pn» («cr»)\n\n",
          i1=P(insp[0].caps), m1=g.d(6), i2=P(insp[1].caps), m2=g.d(6), pe=g.pick(["IC", "INMETRO/IPEM", "laboratório credenciado"]),
          pn=P(g.person().full), cr=(g.council("CREA", uf), "PROFESSIONAL_ID"))
    doc.f("5. PROVIDÊNCIAS\nBoletim de ocorrência nº «bo» ({dp}ª DP). Medidor retirado e acondicionado no invólucro «inv». Fotos: «f» arquivos. "
          "Consumo a recuperar (art. 595, REN 1.000/2021): a calcular. Cópia entregue ao cliente: «ce».\n".replace("{dp}", str(g.ri(1, 40))),
          bo=f"{g.d(4)}/{g.ri(2024, 2025)}", inv=g.d(10), f=g.ri(4, 22), ce=g.pick(["SIM", "NÃO (ausente)"]))
    return doc


def ju_sentenca(g: Gen) -> Doc:
    """Excerpt of a judgment in a utility's suit to recover consumption after energy theft."""
    doc = Doc()
    reu = g.person()
    juiz = g.person()
    advr = g.person()
    adva = g.person()
    city, uf = g.city()
    util = g.pick(UTILITIES)
    doc.f("Processo nº «cnj»\nClasse: Procedimento Comum Cível\nAutor: «u» (CNPJ «cn»)\nRéu: «r»\n\nSENTENÇA\n\nVistos.\n\n",
          cnj=g.cnj(), u=util, cn=(g.cnpj(), "BR_CNPJ"), r=P(reu.full))
    doc.f("«u» ajuizou ação de cobrança em face de «r», qualificad«o» nos autos (CPF «cpf»), alegando que, em inspeção realizada em «d» "
          "na unidade consumidora situada na «ad», constatou-se desvio de energia, apurando-se débito de R$ «v». Citad«o», "
          "«rf» apresentou contestação (fls. «fl»), por intermédio de «adv» («oab»), sustentando que o imóvel estava locado a "
          "«loc» desde «dl» e que jamais praticou a irregularidade.\n\n",
          u=util.split(" ")[0], r=P(reu.full), o=reu.o, cpf=(g.cpf(), "BR_CPF"), d=g.date("br", 2022), ad=(g.address(), "ADDRESS"),
          v=g.money(2000, 60000), rf=g.pick(["o réu", "a parte ré"]) if not reu.female else g.pick(["a ré", "a parte ré"]), fl=f"{g.ri(40, 120)}/{g.ri(121, 200)}", adv=P(advr.full),
          oab=(g.council("OAB", uf), "PROFESSIONAL_ID"), loc=P(g.person().full), dl=g.date("br", 2021))
    doc.f("É o relatório. Decido.\n\nA prova pericial (laudo de fls. «f2», subscrito por «pe», «cr») confirmou a violação do medidor. "
          "Todavia, o TOI foi assinado apenas pelos prepostos da autora e a testemunha «t» afirmou em audiência que «tt». "
          "Conforme o Tema 699 do STJ e a Súmula «s» deste Tribunal, a responsabilidade pelo débito de recuperação de consumo é "
          "de quem efetivamente usufruiu do serviço. Seria prudente, aliás, que a concessionária tivesse diligenciado a "
          "titularidade antes de ajuizar a demanda.\n\n",
          f2=g.ri(200, 300), pe=P(g.person().full), cr=(g.council("CREA", uf), "PROFESSIONAL_ID"), t=P(g.person().full),
          tt=g.pick(["o inquilino fazia ligações clandestinas para a oficina dos fundos", "nunca viu o réu no imóvel depois de 2021",
                     "a ligação irregular já existia quando o réu comprou a casa"]),
          s=g.ri(10, 400))
    doc.f("Ante o exposto, JULGO «res» o pedido, nos termos do art. 487, I, do CPC. Custas e honorários de 10% do valor da causa "
          "pela «pv». Advogad«ao» da autora: «aa» («oab2»).\n\nP.R.I.\n«city», «dd».\n\n«j»\nJuiz«a» de Direito\n",
          res=g.pick(["IMPROCEDENTE", "PARCIALMENTE PROCEDENTE", "PROCEDENTE"]), pv=g.pick(["autora", "parte vencida"]),
          ao="a" if adva.female else "o", aa=P(adva.full), oab2=(g.council("OAB", uf), "PROFESSIONAL_ID"), city=city, dd=g.date("long"),
          j=P(juiz.full), a="a" if juiz.female else "")
    return doc


def ju_contrato_solar(g: Gen) -> Doc:
    """Contract for the sale and installation of a PV system, with parties, engineer, witnesses and bank data."""
    doc = Doc()
    c = g.person()
    sig = g.person()
    eng = g.person()
    inst = g.pick(INSTALLERS)
    city, uf = g.city()
    doc.f("CONTRATO DE COMPRA E VENDA E INSTALAÇÃO DE SISTEMA FOTOVOLTAICO Nº «n»\n\nCONTRATANTE: ", n=f"{g.d(4)}/{g.ri(2024, 2025)}")
    qualif(g, doc, c, caps=g.chance(0.5), rg=g.chance(0.6))
    doc.f(".\n\nCONTRATADA: «i», CNPJ «cn», neste ato representada por seu sócio «s», CPF «scpf».\n\n",
          i=inst.upper(), cn=(g.cnpj(alnum=g.chance(0.35)), "BR_CNPJ"), s=P(sig.full), scpf=(g.cpf(), "BR_CPF"))
    doc.f("CLÁUSULA 1ª — OBJETO. Fornecimento e instalação de gerador fotovoltaico de «kw» kWp (micro-geração distribuída, "
          "REN ANEEL 1.000/2021 e Lei 14.300/2022) na UC «uc», incluindo projeto, solicitação de orçamento de conexão junto à "
          "«u» e homologação.\n"
          "CLÁUSULA 2ª — PREÇO. R$ «v», pagos «pg».\n", kw=kwp(g), uc=g.uc(), u=g.pick(UTIL_SHORT), v=g.money(9000, 60000),
          pg=g.pick(["30% na assinatura e 70% na entrega dos equipamentos", "via financiamento bancário (CDC Solar)", "em 12 parcelas no boleto"]))
    bank = g.pick(["Banco do Brasil (001)", "Caixa (104)", "Sicredi (748)", "Bradesco (237)", "Itaú (341)", "Sicoob (756)"])
    doc.f("Parágrafo único. Depósitos na conta da CONTRATADA: «b», ag. «ag», c/c «cc».\n", b=bank,
          ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    doc.f("CLÁUSULA 5ª — RESPONSÁVEL TÉCNICO. «e», engenheir«o» eletricista, «cr», que emitirá a ART do projeto e da execução.\n"
          "CLÁUSULA 9ª — GARANTIAS. Módulos: 25 anos de performance; inversor: «gi» anos; instalação: 1 ano. Não há garantia de "
          "geração em caso de sombreamento posterior (ex.: árvore, flor-de-maio do vizinho, construção).\n"
          "CLÁUSULA 12ª — FORO. Fica eleito o foro da comarca de «city»/«uf».\n\n«city», «d».\n\n",
          e=P(eng.full), o=eng.o, cr=(g.council("CREA", uf), "PROFESSIONAL_ID"), gi=g.pick([5, 7, 10, 12]), city=city, uf=uf,
          d=g.date("long"))
    doc.f("_____________________________\n«c»\n\n_____________________________\n«i» — p.p. «s»\n\nTESTEMUNHAS:\n",
          c=P(c.caps), i=inst, s=P(sig.short))
    for k in range(2):
        w = g.person()
        doc.f("«k». «w» — CPF «cpf»\n", k=k + 1, w=P(g.pick([w.full, w.caps])), cpf=(g.cpf(), "BR_CPF"))
    doc.f("\nAssinado eletronicamente via «pl» · IP do contratante «ip» · hash «h»\n",
          pl=g.pick(["Clicksign", "D4Sign", "ZapSign", "DocuSign"]), ip=(g.ip(), "IP_ADDRESS"), h=g.hexs(32))
    return doc


def ju_procon_gas(g: Gen) -> Doc:
    """Procon record (CIP) of a consumer complaint after a gas leak caused by a delivered cylinder."""
    doc = Doc()
    c = g.person()
    fisc = g.person()
    drv = g.person(female=False)
    dep = g.pick(GAS_DEPOTS)
    city, uf = g.city()
    doc.f("PROCON «c»/«uf» — CARTA DE INFORMAÇÕES PRELIMINARES (CIP)\nFA nº «fa» · Abertura «d» · Atendente: «at»\n\n"
          "CONSUMIDOR(A)\nNome: «n»\nCPF: «cpf»   RG: «rg»   Data de nasc.: «dob»\nEndereço: «ad», «b», «c»/«uf»   CEP: «cep»\n"
          "Telefones: «t1» / «t2»\nE-mail: «e»\n\n",
          c=fold(city).upper(), uf=uf, fa=f"{g.d(2)}.{g.ri(2024, 2025)}.{g.d(4)}.{g.d(6)}-{g.d(1)}", d=g.date("br"), at=P(fisc.short),
          n=P(c.full), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), dob=(g.dob("br"), "DATE_OF_BIRTH"),
          ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), cep=(g.cep(), "BR_CEP"), t1=(g.phone(), "PHONE_NUMBER"),
          t2=(g.phone(mobile=False), "PHONE_NUMBER"), e=(g.email(c), "EMAIL_ADDRESS"))
    doc.f("FORNECEDOR\n«dp» — CNPJ «cn»\n\nRELATO\nNo dia «d», pedi um botijão P13 pelo WhatsApp do fornecedor. O entregador, que se "
          "apresentou como «dr» (moto placa «pl»), fez a troca e foi embora sem testar vazamento. Cerca de «h» minutos depois "
          "senti forte cheiro de gás; meu «pa» «pn», de «id» anos, passou mal e foi levado à UPA (atendimento nº «up»). Os "
          "bombeiros constataram vazamento na válvula do vasilhame (lote «lt»). O fornecedor se recusa a ressarcir a consulta, "
          "os remédios (R$ «v») e o fogão danificado.\n\n",
          dp=dep.upper(), cn=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"), d=g.date("br"), dr=P(g.pick([drv.first, drv.nick])),
          pl=(g.plate(), "LICENSE_PLATE"), h=g.ri(10, 60), pa=g.pick(["pai", "filho", "sogro", "neto"]), pn=P(g.relative(c, female=False).first),
          id=g.ri(3, 88), up=g.d(7), lt=f"{g.pick('ABCKX')}{g.d(5)}", v=g.money(80, 2400))
    doc.f("PEDIDO DO CONSUMIDOR: ressarcimento de R$ «v» e substituição do fogão.\nFUNDAMENTAÇÃO: arts. 12, 14 e 18 da Lei 8.078/1990; "
          "Resolução ANP nº 957/2023 (requisitos da revenda de GLP).\n\nNOTIFICAÇÃO AO FORNECEDOR: prazo de 10 dias para resposta. "
          "Fiscal responsável: «f» (mat. «m»)\n",
          v=g.money(300, 4000), f=P(fisc.full), m=g.d(5))
    if g.chance(0.6):
        doc.f("\nRESPOSTA DO FORNECEDOR («dr»): O entregador «dn» (CNH «cnh») nega ter deixado o botijão sem teste. Ofertamos a "
              "troca do vasilhame e R$ «v» a título de acordo. Responsável: «rp», «em».\n",
              dr=g.date("br"), dn=P(drv.full), cnh=(g.cnh(), "BR_CNH"), v=g.money(100, 900), rp=P(g.person().full),
              em=(g.email(g.person()), "EMAIL_ADDRESS"))
    return doc


def ju_acidente_email(g: Gen) -> Doc:
    """E-mail thread between a labour lawyer and the client's family about an electrician electrocuted at work."""
    doc = Doc()
    adv = g.person()
    est = g.person(female=True)
    w = g.person(female=False)
    fam = g.relative(w, female=True)
    emp = g.pick(["Construtora Bezerril Ltda", "Eletro Gondim Serviços", "Aurora Solar Engenharia", "Manutenção Predial Sucupira",
                  "Cooperativa de Eletrificação Rural Cariri"])
    city, uf = g.city()
    firm = g.pick(["tabosaadvogados.com.br", "gurgelefeitosa.adv.br", "advocaciatrabalhista" + uf.lower() + ".com.br"])
    doc.f("De: «a» <«ae»>\nPara: «f» <«fe»>\n",
          a=P(adv.full), ae=(corp_mail(adv, firm), "EMAIL_ADDRESS"), f=P(fam.full), fe=(g.email(fam), "EMAIL_ADDRESS"))
    if g.chance(0.5):
        doc.f("Cc: «s» <«se»>\n", s=P(est.full), se=(corp_mail(est, firm), "EMAIL_ADDRESS"))
    doc.f("Assunto: Re: documentos — acidente do «wf» («emp»)\n\n", wf=P(w.first), emp=emp)
    doc.f("«ff», boa tarde.\n\nRecebi os documentos. Conferindo com a CTPS digital, ficou assim o cadastro para a inicial:\n\n"
          "  Reclamante: «wn»\n  CPF: «cpf»  PIS/NIT: «pis»\n  Nascimento: «dob»\n  RG: «rg»\n  Endereço: «ad», «city»/«uf», CEP «cep»\n"
          "  Admissão: «adm»  Função: «fn»  Salário: R$ «sal»\n  Reclamada: «emp», CNPJ «cn»\n\n",
          ff=P(fam.first), wn=P(w.full), cpf=(g.cpf(), "BR_CPF"), pis=(g.pis(), "BR_PIS"), dob=(g.dob("br", 1965, 2002), "DATE_OF_BIRTH"),
          rg=(g.rg(), "BR_RG"), ad=(g.address(), "ADDRESS"), city=city, uf=uf, cep=(g.cep(), "BR_CEP"), adm=g.date("br", 2021),
          fn=g.pick(["eletricista de manutenção", "auxiliar de eletricista", "instalador de sistemas fotovoltaicos", "eletricista de rede"]),
          sal=g.money(1900, 4200), emp=emp, cn=(g.cnpj(), "BR_CNPJ"))
    doc.f("Pelo que a senhora contou, ele recebeu uma descarga ao mexer no quadro energizado em «da», sem bloqueio e "
          "etiquetagem e sem o curso da NR-10 em dia. A empresa emitiu a CAT nº «cat» só «dd» dias depois. O laudo do IML e o "
          "prontuário do hospital (queimaduras de 2º grau, CID T75.4 e T22.2) são essenciais. Preciso também dos dados bancários "
          "para a tutela dos alimentos: a conta que a senhora mandou (ag. «ag», conta «cc», «bk») está no nome dele ou no seu?\n\n"
          "Testemunhas: «t1» («tt1») e «t2» (CPF «t2c»). Se puder, mande o contato do segundo.\n\nAbs,\n«af»\n«oab»\n«ph»\n\n",
          wf=P(w.first), da=g.date("br"), cat=f"{g.d(4)}.{g.d(3)}.{g.d(3)}-{g.d(1)}/{g.d(3)}", dd=g.ri(5, 40),
          ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), bk=g.pick(["Caixa", "Nubank", "Banco do Brasil", "Bradesco"]),
          t1=P(g.person().full), tt1=(g.phone(), "PHONE_NUMBER"), t2=P(g.person(female=False).full), t2c=(g.cpf(), "BR_CPF"),
          af=P(adv.first), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"), ph=(g.phone(mobile=False), "PHONE_NUMBER"))
    doc.f("> Em «d», «f» escreveu:\n> Dr. «al», segue foto do RG, da CTPS e do crachá dele. A conta é minha, ele não tem. "
          "Meu CPF é «cpf». Ele ainda tá internado, «w».\n",
          d=g.date("br"), f=P(fam.full), al=P(adv.last if not adv.female else adv.first), cpf=(g.cpf(), "BR_CPF"),
          w=g.pick(["graças a Deus foi uma vitória ele ter sobrevivido", "a luz da UTI não apaga nunca, ele não dorme", "o médico disse que vai precisar de enxerto"]))
    return doc


def ju_denuncia(g: Gen) -> Doc:
    """Utility ombudsman: an anonymous energy-theft report (web form) and the fraud team's triage notes."""
    doc = Doc()
    an1, an2 = g.person(), g.person()
    sus = g.person()
    util = g.pick(UTIL_SHORT)
    city, uf = g.city()
    k = g.ri(0, 2)
    doc.f("«u» · Ouvidoria · Denúncia de irregularidade nº «n»\nCanal: formulário web · Anônima: «an» · Recebida «d» «h»\n"
          "IP de origem: «ip» · user-agent: Mozilla/5.0 (Linux; Android 13)\n\n",
          u=util, n=g.protocol(), an="não" if k == 2 else "sim", d=g.date("br"), h=g.hm(), ip=(g.ip(), "IP_ADDRESS"))
    doc.t("Texto do denunciante:\n\"")
    if k == 0:
        doc.f("o vizinho «s» da «ad» puxa luz do poste faz anos, a casa dele tem 3 ar condicionado e a conta vem mínima. "
              "ele tem uma oficina nos fundos, a kombi dele placa «pl» fica na frente. o telefone dele é «t»",
              s=P(g.pick([sus.full, sus.first, sus.nick, sus.low])), ad=(g.address(g.pick(["low", "text"])), "ADDRESS"),
              pl=(g.plate(), "LICENSE_PLATE"), t=(g.phone(), "PHONE_NUMBER"))
    elif k == 1:
        doc.f("DENUNCIO O SR. «s» QUE MORA NA «ad» PERTO DA IGREJA. ELE FAZ GATO E VENDE LUZ PROS VIZINHOS A R$ 50 POR MES. "
              "TODO MUNDO SABE, SÓ A «u» QUE NÃO", s=P(sus.caps), ad=(g.address("caps"), "ADDRESS"), u=util.upper())
    else:
        doc.f("Boa noite, sou «dn» («de»), moro ao lado da «ad» e toda vez que chove dá choque no portão. Acho que é ligação "
              "clandestina do bar do «s». Já liguei no 0800 duas vezes (protocolos «p1» e «p2»)",
              dn=P((den := g.person()).full), de=(g.email(den), "EMAIL_ADDRESS"), ad=(g.address(), "ADDRESS"),
              s=P(g.pick([sus.first, sus.nick])), p1=g.protocol(), p2=g.protocol())
    doc.t("\"\n\n")
    doc.f("--- TRIAGEM (Recuperação de Receita) ---\n«d» «a1»: localizada UC «uc» no endereço, titular «tt» (CPF «cpf»), consumo médio "
          "«k» kWh nos últimos 12 meses, queda de «q»% desde «dq». Contatos no cadastro: «ct» / «ce». Histórico: TOI anterior nº «toi» («dt»). Nº cliente «nc».\n"
          "«d2» «a2»: incluir na rota de inspeção da equipe «eq» (viatura «vt»). Não abordar sem apoio da PM se «w».\n"
          "«d3» [workflow]: inspeção agendada. Denúncia encaminhada também ao jurídico (e-mail juridico@«dm»).\n",
          d=(td := g.date("br")), a1=P(an1.short), uc=g.uc(), tt=P(sus.caps if g.chance(0.5) else g.person().caps), cpf=(g.cpf(), "BR_CPF"),
          k=g.ri(30, 150), q=g.ri(30, 85), dq=g.date("br", 2024), ct=(g.phone(), "PHONE_NUMBER"), ce=(g.email(sus), "EMAIL_ADDRESS"), toi=g.d(9), dt=g.date("br", 2022), nc=doc.n11(g),
          d2=td, a2=P(an2.full), eq=f"REC-{g.d(2)}", vt=(g.plate(), "LICENSE_PLATE"),
          w=g.pick(["houver cachorro bravo", "a área for de risco", "o denunciado for agressivo"]), d3=td,
          dm=util.lower() + ".com.br")
    return doc


# =========================================================================== saude

ELEC_CIDS = ["T75.4", "W87", "T20.2", "T22.2", "T23.3", "T31.1", "T29.2", "I46.9", "I49.0", "S06.0", "W11", "W13", "T58",
             "T59.8", "J68.0", "Y96", "Z57.8", "S32.0", "S72.0", "T30.2"]


def sa_queimadura_pa(g: Gen) -> Doc:
    """Emergency-room record of an electrical burn, with the companion and the on-duty staff."""
    doc = Doc()
    pt = g.person()
    comp = g.relative(pt)
    med = g.person()
    enf = g.person(female=g.chance(0.7))
    city, uf = g.city()
    doc.f("HOSPITAL «h» — PRONTO-SOCORRO\nFICHA DE ATENDIMENTO Nº «n»     Entrada: «d» «hr»     Classificação: «cl»\n\n"
          "Paciente: «p»\nNasc.: «dob»   Sexo: «sx»   CNS: «cns»   CPF: «cpf»\nMãe: «m»\nEndereço: «ad» — «b» — «city»/«uf» — CEP «cep»\n"
          "Telefone: «t»   Acompanhante: «c» («rel») «ct»\n\n",
          h=g.pick(["REGIONAL DE " + fold(city).upper(), "MUNICIPAL SÃO BENEDITO", "SANTA CASA DE MISERICÓRDIA", "DE URGÊNCIA PRUDENTE DE MORAIS"]),
          n=g.d(8), d=g.date("br"), hr=g.hm(), cl=g.pick(["LARANJA", "VERMELHO", "AMARELO"]),
          p=P(pt.caps), dob=(g.dob("br"), "DATE_OF_BIRTH"), sx="F" if pt.female else "M", cns=(g.cns(), "BR_CNS"),
          cpf=(g.cpf(), "BR_CPF") if g.chance(0.6) else ("não informado", None), m=P(g.person(female=True).caps),
          ad=(g.address("caps"), "ADDRESS"), b=fold(g.pick(BAIRROS)).upper(), city=fold(city).upper(), uf=uf, cep=(g.cep(), "BR_CEP"),
          t=(g.phone(), "PHONE_NUMBER"), c=P(comp.full), rel=g.pick(["esposa", "irmã", "filho", "colega de trabalho", "vizinho"]),
          ct=(g.phone(), "PHONE_NUMBER"))
    mech = g.pick(["ao encostar a escada de alumínio na rede de média tensão em frente de casa",
                   "ao instalar painel solar no telhado, contato com cabo do ramal de serviço",
                   "ao trocar chuveiro elétrico com o disjuntor ligado",
                   "ao religar a energia por conta própria após corte (\"gato\")",
                   "no trabalho (eletricista terceirizado da " + g.pick(UTIL_SHORT) + "), arco elétrico em cabine primária"])
    doc.f("QP/HDA: Vítima de choque elétrico há cerca de «hh» h, «mech». Refere perda de consciência? «lc». Trazido pelo SAMU (USA «u»).\n"
          "EXAME: PA «pa» mmHg, FC «fc» bpm, SatO2 «sat»%. Lesão de entrada em «le», saída em «ls». SCQ estimada «scq»%.\n"
          "ECG: «ecg». CPK «ck» U/L. Mioglobinúria: «mio».\nHD: «c1» + «c2» («ex»)\n"
          "CONDUTA: hidratação vigorosa (Parkland), monitorização cardíaca 24 h, curativo com sulfadiazina de prata, "
          "analgesia, profilaxia antitetânica. Solicitada vaga na unidade de queimados.\n\n",
          hh=g.ri(1, 6), mech=mech, lc=g.pick(["sim, por ~1 min", "nega", "não sabe informar"]), u=g.ri(1, 30),
          pa=f"{g.ri(90, 160)}x{g.ri(50, 100)}", fc=g.ri(55, 130), sat=g.ri(89, 99), le=g.pick(["mão D", "mão E", "antebraço D", "couro cabeludo"]),
          ls=g.pick(["pé E", "pé D", "joelho D", "região glútea"]), scq=g.ri(2, 28), ecg=g.pick(["ritmo sinusal", "taquicardia sinusal", "extrassístoles ventriculares isoladas", "BRD novo"]),
          ck=g.ri(200, 28000), mio=g.pick(["positiva", "negativa"]), c1="T75.4", c2=g.pick(["T22.2", "T23.3", "T25.2", "T31.1"]),
          ex=g.pick(["W87", "W85", "W86"]))
    doc.f("Médico(a): «m» — «crm»\nEnfermagem: «e» — «cor»\n", m=P(g.pick([med.full, "Dr" + ("a. " if med.female else ". ") + med.short]).split(". ", 1)[-1]),
          crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), e=P(enf.full), cor=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    if g.chance(0.5):
        doc.f("Obs. serviço social («ss»): paciente sem carteira assinada; orientada família sobre CAT/INSS. Caso notificado "
              "como acidente de trabalho grave (SINAN).\n", ss=P(g.person(female=True).first))
    return doc


def sa_cat(g: Gen) -> Doc:
    """CAT (workplace accident notice) for an electricity-related accident, as printed from the INSS system."""
    doc = Doc()
    w = g.person(female=g.chance(0.12))
    med = g.person()
    emi = g.person()
    emp = g.pick(["Aurora Solar Engenharia Ltda", "Sucupira Manutenção Elétrica Eireli", "Cooperativa de Eletrificação Rural do Cariri",
                  "Gondim & Tabosa Energia Renovável", "Construtora Jatobá S.A.", "Gás Bento Entregas Ltda"])
    city, uf = g.city()
    doc.f("COMUNICAÇÃO DE ACIDENTE DE TRABALHO — CAT\nNº da CAT: «n»    Tipo: «tp»    Emitente: empregador\n\n"
          "I - EMITENTE\nRazão social: «emp»    CNPJ: «cn»    CNAE: «cnae»\n\n",
          n=f"{g.d(10)}-{g.d(1)}/{g.d(2)}", tp=g.pick(["inicial", "inicial", "reabertura", "comunicação de óbito"]), emp=emp,
          cn=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"), cnae=g.pick(["4321-5/00", "3514-0/00", "4784-9/00", "4399-1/03"]))
    doc.f("II - ACIDENTADO\nNome: «n»\nNome da mãe: «m»\nData de nascimento: «dob»   Sexo: «sx»   Estado civil: «ec»\n"
          "CPF: «cpf»   NIT/PIS: «pis»   RG: «rg» «org»\nEndereço: «ad»   Bairro: «b»   CEP: «cep»   Município: «city»   UF: «uf»\n"
          "Telefone: «t»   CBO: «cbo»   Remuneração: R$ «sal»\n\n",
          n=P(w.caps), m=P(g.person(female=True).caps), dob=(g.dob("br", 1962, 2005), "DATE_OF_BIRTH"), sx="F" if w.female else "M",
          ec=g.pick(["casad" + w.o, "solteir" + w.o, "união estável"]), cpf=(g.cpf(), "BR_CPF"), pis=(g.pis(), "BR_PIS"), rg=(g.rg(), "BR_RG"),
          org="SSP/" + uf, ad=(g.address("caps"), "ADDRESS"), b=fold(g.pick(BAIRROS)).upper(), cep=(g.cep(False), "BR_CEP"),
          city=fold(city).upper(), uf=uf, t=(g.phone("raw"), "PHONE_NUMBER"), cbo=g.pick(["7156-10", "7321-20", "7411-05", "7825-10"]),
          sal=g.money(1600, 5500))
    doc.f("III - ACIDENTE\nData: «d»   Hora: «h»   Após «ht» h de trabalho   Tipo: típico\nLocal: «loc»\n"
          "Parte do corpo: «pc»   Agente causador: «ag»   Situação geradora: «sg»\nHouve afastamento: «af»   Óbito: «ob»\n"
          "Testemunhas: «t1» («tt1»); «t2» («tt2»)\n\n",
          d=g.date("br"), h=g.hm(), ht=g.ri(1, 9), loc=g.pick(["telhado de residência do cliente", "cabine de medição", "poste da rede de distribuição",
                                                        "depósito de GLP", "subestação do cliente"]),
          pc=g.pick(["mão (exceto punho)", "membros superiores, partes múltiplas", "tórax", "cabeça"]),
          ag=(sc := g.pick([("energia elétrica (linha de distribuição)", "contato com corrente elétrica"),
                            ("energia elétrica (quadro de distribuição)", "queimadura por arco elétrico"),
                            ("cilindro de gás (GLP)", "explosão"), ("escada", "queda de altura"),
                            ("painel fotovoltaico / telhado", "queda de altura")]))[0], sg=sc[1],
          af=g.pick(["sim", "sim", "não"]), ob=g.pick(["não", "não", "não", "sim"]),
          t1=P(g.person().full), tt1=(g.phone(), "PHONE_NUMBER"), t2=P(g.person().full), tt2=(g.phone(), "PHONE_NUMBER"))
    doc.f("IV - ATESTADO MÉDICO\nUnidade: «u»   Data: «da»   Duração provável: «dur» dias\nDiagnóstico provável: «dx»   CID-10: «c1» / «c2»\n"
          "Médico: «m»   «crm»\n\nEmitido por «e» (RH) em «de» · Recibo eSocial S-2210 nº «rec»\n",
          u=g.pick(["UPA 24h", "Hospital Regional", "Santa Casa"]), da=g.date("br"), dur=g.ri(3, 120),
          dx=g.pick(["queimadura elétrica de mão", "queimaduras múltiplas de 2º grau", "fratura de rádio distal após queda", "intoxicação por gás"]),
          c1=g.pick(ELEC_CIDS), c2=g.pick(ELEC_CIDS), m=P(med.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          e=P(emi.short), de=g.date("br"), rec=f"1.2.{g.d(19)}")
    return doc


def sa_ciatox(g: Gen) -> Doc:
    """Poison-control centre call log: carbon monoxide and LPG exposures, one shift."""
    doc = Doc()
    plant = g.person()
    city, uf = g.city()
    doc.f("CIATox-«uf» · Registro de atendimentos telefônicos · plantão «d» · plantonista: «p» («crm»)\n\n",
          uf=uf, d=g.date("br"), p=P(plant.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    for k in range(g.ri(2, 3)):
        pt = g.person()
        cal = g.relative(pt) if g.chance(0.6) else g.person()
        ag = g.pick(["monóxido de carbono (aquecedor a gás no banheiro)", "GLP — vazamento de botijão P13", "GLP — mangueira ressecada",
                     "fumaça de gerador a diesel em ambiente fechado", "CO — carro ligado na garagem"])
        doc.f("#«n» «h» — Solicitante: «c» («q»), tel. «t»\n  Paciente: «p», «id» anos (DN «dob»), «sx», CNS «cns»\n"
              "  Local: residência, «ad» — «city»/«uf» — CEP «cep»\n  Agente: «ag» · Tempo desde exposição: «te» min\n"
              "  Sintomas: «si» · COHb: «co»\n  Orientação: «o»\n  CID: «cid» · Evolução: «ev»\n\n",
              n=g.ri(1000, 9999), h=g.hm(), c=P(g.pick([cal.full, cal.first])) if g.chance(0.5) else ("não se identificou", None), q=g.pick(["mãe", "esposo", "vizinha", "filho", "enfermeira da UPA"]),
              t=(g.phone(), "PHONE_NUMBER"), p=P(g.pick([pt.full, pt.caps])), id=2025 - int((db := g.dob("br", 1936, 2023))[-4:]),
              dob=(db, "DATE_OF_BIRTH"), sx="fem." if pt.female else "masc.", cns=(g.cns(), "BR_CNS") if g.chance(0.6) else ("não informado", None),
              ad=(g.address(), "ADDRESS"), city=city, uf=uf, cep=(g.cep(), "BR_CEP"), ag=ag, te=g.ri(10, 240),
              si=g.pick(["cefaleia, náusea, tontura", "sonolência, vômitos", "assintomático", "síncope, confusão mental"]),
              co=g.pick(["não dosado", f"{g.ri(5, 35)}%"]),
              o=g.pick(["retirar do ambiente, O2 100% em máscara não reinalante, encaminhar à UPA", "ventilar ambiente, fechar registro, observar em casa",
                        "avaliar câmara hiperbárica (contato com Hospital " + g.pick(["São Benedito", "Regional"]) + ")"]),
              cid=g.pick(["T58", "T59.8", "T58 + X47", "T59.8 + X47"]), ev=g.pick(["alta", "internado", "em seguimento", "perdeu contato"]))
    doc.f("Passagem de plantão para «p2». Obs.: «o»\n", p2=P(g.person().first),
          o=g.pick(["casos #1 e #2 mesmo endereço, notificar Vigilância", "ligar de volta para o solicitante às 18h",
                    "revenda de gás citada: " + g.pick(GAS_DEPOTS) + " — informar Procon", "sem intercorrências"]))
    return doc


def sa_aso(g: Gen) -> Doc:
    """Occupational health certificate (ASO) for electricians: NR-10 and NR-35 aptitude."""
    doc = Doc()
    w = g.person(female=g.chance(0.15))
    med = g.person()
    emp = g.pick(INSTALLERS + ["Eletro Gondim Serviços", "Cooperativa de Eletrificação Rural do Cariri"])
    city, uf = g.city()
    doc.f("ATESTADO DE SAÚDE OCUPACIONAL — ASO\nTipo: «tp»     Data: «d»\n\nEmpresa: «emp»   CNPJ: «cn»\n"
          "Trabalhador(a): «n»\nCPF: «cpf»   NIT: «nit»   RG: «rg»   Data de nasc.: «dob»\nFunção: «fn»   Setor: «st»\n\n",
          tp=g.pick(["admissional", "periódico", "retorno ao trabalho", "mudança de função"]), d=g.date("br"), emp=emp,
          cn=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"), n=P(g.pick([w.full, w.caps])), cpf=(g.cpf(), "BR_CPF"), nit=(g.pis(), "BR_PIS"), rg=(g.rg(), "BR_RG"),
          dob=(g.dob("br", 1965, 2005), "DATE_OF_BIRTH"), fn=g.pick(["eletricista", "instalador fotovoltaico", "técnico em eletrotécnica", "motorista entregador de GLP"]),
          st=g.pick(["obras", "campo", "manutenção", "logística"]))
    doc.f("Riscos: «r»\nExames: «ex»\n\nParecer: «pa» para «at»\n\n",
          r=g.pick(["eletricidade (NR-10); trabalho em altura (NR-35); radiação não ionizante (solar)", "eletricidade; ruído", "inflamáveis (GLP); postura"]),
          ex=g.pick(["clínico, ECG, EEG, glicemia, hemograma, acuidade visual", "clínico, audiometria, ECG", "clínico, glicemia, avaliação psicossocial"]),
          pa=g.pick(["APTO", "APTO", "APTO", "INAPTO TEMPORARIAMENTE"]),
          at=g.pick(["trabalho em altura e em instalações elétricas energizadas (SEP)", "trabalho em eletricidade", "a função"]))
    doc.f("Médico examinador: «m» — «crm»\nMédico coordenador do PCMSO: «mc» — «crm2»\n\nCiente: ______________________ («ws»)\n",
          m=P(med.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), mc=P(g.person().full), crm2=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          ws=P(w.caps))
    if g.chance(0.6):
        doc.f("\n[e-mail de encaminhamento] De: «a» <«ae»> — segue ASO do «wf» pra anexar no prontuário e no eSocial (S-2220). "
              "Ele pediu cópia no «we».\n", a=P((at := g.person()).full), ae=(corp_mail(at, "clinicaocupa" + g.pick(["saude", "vida", "med"]) + ".com.br"), "EMAIL_ADDRESS"),
              wf=P(w.first), we=(g.email(w), "EMAIL_ADDRESS"))
    return doc


def sa_samu_queda(g: Gen) -> Doc:
    """SAMU regulation record: fall from a roof while installing solar panels."""
    doc = Doc()
    pt = g.person(female=False)
    sol = g.person()
    reg = g.person()
    city, uf = g.city()
    doc.f("SAMU 192 — «c» — FICHA DE REGULAÇÃO Nº «n»\nData «d» · Chamado «h» · Saída «h2» · Chegada «h3»\n\n"
          "Solicitante: «s» · Tel. «st» · Relação: «rl»\nEndereço da ocorrência: «ad» — «b» — Ref.: «ref»\n\n",
          c=fold(city).upper(), n=g.d(7), d=g.date("br"), h=(h0 := g.hm()), h2=h0[:3] + f"{min(59, int(h0[3:]) + g.ri(1, 4)):02d}", h3="+" + str(g.ri(9, 35)) + " min",
          s=P(g.pick([sol.full, sol.first])) if g.chance(0.6) else ("não informado", None),
          st=(g.phone(), "PHONE_NUMBER"), rl=g.pick(["colega de trabalho", "dono da casa", "esposa", "transeunte"]),
          ad=(g.address(g.pick(["text", "low"])), "ADDRESS"), b=g.pick(BAIRROS),
          ref=g.pick(["casa com placas solares no telhado", "em frente ao " + g.pick(STATIONS), "perto da caixa d'água da Cohab"]))
    doc.f("Vítima: «v» · «id» anos · DN «dob»\nQueixa: «q»\nAvaliação (USA «u», Dr«a». «m», «crm»): Glasgow «gl», PA «pa», "
          "«ex». Imobilização em prancha, colar cervical.\nDestino: «dst» · Médico regulador: «r» («crm2»)\n\n",
          v=P(g.pick([pt.full, pt.caps, pt.first])),
          id=2025 - int((db := g.dob("br", 1960, 2005))[-4:]), dob=(db, "DATE_OF_BIRTH"),
          q=g.pick(["queda de telhado (~4 m) durante instalação de painéis fotovoltaicos", "choque elétrico seguido de queda de escada",
                    "queda de telhado ao limpar módulos solares"]),
          u=g.ri(1, 20), a="a" if (mm := g.person()).female else "", m=P(mm.short), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          gl=g.ri(9, 15), pa=f"{g.ri(90, 150)}x{g.ri(50, 95)}", ex=g.pick(["dor lombar intensa", "deformidade em antebraço E", "TCE leve, ferimento em couro cabeludo"]),
          dst=g.pick(["Hospital Regional", "Santa Casa", "HU"]), r=P(reg.full), crm2=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    doc.f("Dados completados pela equipe no hospital: CPF «cpf» · CNS «cns» · contato família «fm» «ft»\n"
          "Empresa do trabalhador: «emp» (informada pelo colega; sem uso de cinto/linha de vida)\n",
          cpf=(g.cpf(), "BR_CPF"), cns=(g.cns(), "BR_CNS"), fm=P(g.relative(pt, female=True).full), ft=(g.phone(), "PHONE_NUMBER"),
          emp=g.pick(INSTALLERS))
    return doc


def sa_laudo_vital(g: Gen) -> Doc:
    """Medical report for a life-support patient registered at the utility (home oxygen, ventilator)."""
    doc = Doc()
    pt = g.person()
    tit = g.relative(pt)
    med = g.person()
    util = g.pick(UTILITIES)
    city, uf = g.city()
    doc.f("À «u»\nREF.: Cadastro de unidade consumidora com pessoa usuária de equipamento vital (REN ANEEL 1.000/2021, art. 616 e ss.)\n\n"
          "Titular da UC «uc»: «t» — CPF «tc» — tel. «tt» — «te»\nEndereço: «ad», «city»/«uf», CEP «cep»\n\nLAUDO MÉDICO\n\n",
          u=util, uc=g.uc(), t=P(tit.full), tc=(g.cpf(), "BR_CPF"), tt=(g.phone(), "PHONE_NUMBER"), te=(g.email(tit), "EMAIL_ADDRESS"), ad=(g.address(), "ADDRESS"),
          city=city, uf=uf, cep=(g.cep(), "BR_CEP"))
    doc.f("Atesto que «p», nascid«o» em «dob», CNS «cns», portador«a» de «dx» (CID-10 «cid»), faz uso domiciliar contínuo de «eq», "
          "equipamento dependente de energia elétrica, com autonomia de bateria de «bt» h. A interrupção do fornecimento implica "
          "risco de morte. Solicito prioridade no restabelecimento e aviso prévio de desligamentos programados.\n\n",
          p=P(pt.full), o=pt.o, dob=(g.dob("br", 1930, 2022), "DATE_OF_BIRTH"), cns=(g.cns(), "BR_CNS"), a="a" if pt.female else "",
          dx=g.pick(["DPOC grave", "esclerose lateral amiotrófica", "fibrose pulmonar", "atrofia muscular espinhal tipo 1", "insuficiência cardíaca classe IV"]),
          cid=g.pick(["J44.1", "G12.2", "J84.1", "G12.0", "I50.0"]),
          eq=g.pick(["concentrador de oxigênio 5 L/min", "ventilador mecânico (BiPAP)", "aspirador de secreções e concentrador de O2", "cama hospitalar elétrica e BiPAP"]),
          bt=g.ri(0, 8))
    doc.f("«city», «d».\n\n«m»\n«crm» · RQE «rqe»\n«hosp»\n\n", city=city, d=g.date("long"), m=P(med.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          rqe=g.d(5), hosp=g.pick(["Programa Melhor em Casa — SMS", "Ambulatório de Pneumologia — HU", "Home care " + g.pick(["Vitória", "Aurora", "Bem Viver"])]))
    doc.f("--- uso interno «us» ---\nRecebido por «r» em «dr» (protocolo «p»). Conferido: RG do paciente «rg», comprovante de residência. "
          "Flag VITAL aplicada no cadastro. Contatos de emergência: «c1» «t1» / «c2» «t2». Equipe de campo avisada via «ap».\n",
          us=g.pick(UTIL_SHORT), r=P(g.person().short), dr=g.date("br"), p=g.protocol(), rg=(g.rg(), "BR_RG"),
          c1=P(tit.first), t1=(g.phone(), "PHONE_NUMBER"), c2=P(g.relative(pt).first), t2=(g.phone(), "PHONE_NUMBER"),
          ap=g.pick(["rádio", "app de campo", "e-mail cod@" + g.pick(UTIL_SHORT).lower() + ".com.br"]))
    return doc


def sa_ambulatorio(g: Gen) -> Doc:
    """Burn-clinic outpatient schedule exported to a spreadsheet (electrical and gas burns), with a nurse's note."""
    doc = Doc()
    city, uf = g.city()
    doc.f("Ambulatório de Queimados — agenda «d» — «s»\nsala «sl» · exportado por «e»\n\n",
          d=g.date("br"), s=g.pick(["manhã", "tarde"]), sl=g.ri(1, 12), e=P(g.person().short))
    rows = []
    profs = [(g.person(), "CRM"), (g.person(), "COREN"), (g.person(), "CREFITO")]
    for h in g.times(g.ri(4, 6), 7 * 3600, 12 * 3600):
        pt = g.person()
        pr, kind = g.pick(profs)
        rows.append([V(h), P(g.pick([pt.full, pt.caps, pt.inverted])), (g.dob("br"), "DATE_OF_BIRTH"), (g.cns(False), "BR_CNS"),
                     (g.phone("raw"), "PHONE_NUMBER"), V(g.pick(["T75.4", "T22.2", "T23.3", "T31.1", "T20.2", "L90.5", "T95.2"])),
                     V(g.pick(["curativo", "retorno", "1ª consulta", "fisio mão", "malha compressiva", "avaliação enxerto"])),
                     (g.council(kind, uf), "PROFESSIONAL_ID")])
    table_csv(doc, ["hora", "paciente", "dt_nasc", "cns", "telefone", "cid", "tipo", "registro_prof"], rows)
    n = g.person(female=True)
    doc.f("\nNota de enfermagem («n», «cor»): paciente das «h» (queimadura por «q») faltou pela 2ª vez; contato com a filha «f» "
          "pelo «t». Transporte da prefeitura só às terças. Prontuário «pr».\n",
          n=P(n.full), cor=(g.council("COREN", uf), "PROFESSIONAL_ID"), h=rows[0][0][0],
          q=g.pick(["explosão de botijão", "arco elétrico", "choque em rede de baixa tensão", "álcool + churrasqueira"]),
          f=P(g.person(female=True).first), t=(g.phone(), "PHONE_NUMBER"), pr=doc.n11(g))
    return doc


# =========================================================================== financeiro

BANKS = ["001 Banco do Brasil", "104 Caixa", "237 Bradesco", "341 Itaú", "033 Santander", "260 Nubank", "748 Sicredi",
         "756 Sicoob", "077 Inter", "336 C6 Bank", "085 Ailos"]


def fi_cdc_solar(g: Gen) -> Doc:
    """Credit analysis of a solar-panel financing (CDC Solar), as shown in the bank's proposal screen."""
    doc = Doc()
    c = g.person()
    an = g.person()
    inst = g.pick(INSTALLERS)
    city, uf = g.city()
    doc.f("PROPOSTA CDC SOLAR Nº «n» · status: «st» · canal: parceiro «i»\n==================================================\n"
          "Proponente ...... «p»\nCPF ............. «cpf»\nNascimento ...... «dob»\nRG .............. «rg»\nTítulo eleitor .. «te»\n"
          "Renda declarada . R$ «r» («oc»)\nEndereço ........ «ad», «city»/«uf», CEP «cep»\nCelular ......... «t»\nE-mail .......... «e»\n\n",
          n=f"{g.d(3)}.{g.d(3)}.{g.d(3)}", st=g.pick(["APROVADA", "EM ANÁLISE", "PENDENTE DOC", "REPROVADA"]), i=inst,
          p=P(g.pick([c.full, c.caps])), cpf=(g.cpf(), "BR_CPF"), dob=(g.dob("br", 1950, 2003), "DATE_OF_BIRTH"), rg=(g.rg(), "BR_RG"),
          te=(g.titulo(), "BR_TITULO_ELEITOR") if g.chance(0.5) else ("—", None), r=g.money(1800, 25000),
          oc=g.pick(["aposentado INSS", "CLT", "MEI", "produtor rural", "servidor público"]), ad=(g.address(), "ADDRESS"),
          city=city, uf=uf, cep=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"), e=(g.email(c), "EMAIL_ADDRESS"))
    doc.f("Bem financiado: gerador fotovoltaico «kw» kWp · valor R$ «v» · entrada R$ «en» · «pz»x R$ «pc» · taxa «tx»% a.m. · CET «cet»% a.a.\n"
          "Débito automático: banco «bk» · agência «ag» · conta «cc»\n"
          "Liberação ao fornecedor: «i» · CNPJ «cn» · Pix (chave aleatória) «pix»\n\n",
          kw=kwp(g), v=g.money(9000, 70000), en=g.money(0, 5000), pz=g.pick([36, 48, 60, 72, 96]), pc=g.money(180, 1800),
          tx=f"{g.rng.uniform(1.2, 2.4):.2f}".replace(".", ","), cet=f"{g.rng.uniform(18, 38):.2f}".replace(".", ","),
          bk=g.pick(BANKS), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), i=inst,
          cn=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"), pix=(g.uuid(), "PIX_KEY"))
    doc.f("Score bureau: «sc» · Restritivos: «rs» · Comprometimento de renda: «cr»%\nParecer («a», «dt»): «pa»\n",
          sc=g.ri(280, 980), rs=g.pick(["nenhum", "1 protesto (R$ " + g.money(100, 3000) + ")", "nenhum"]), cr=g.ri(8, 45),
          a=P(an.short), dt=g.date("br"),
          pa=g.pick(["economia na conta de luz cobre ~80% da parcela; aprovado com seguro prestamista.",
                     "pedido cônjuge como coobrigado: " + "{c}", "renda não comprovada, solicitar extrato 3 meses.",
                     "aprovação condicionada ao parecer de acesso da distribuidora."]))
    if "{c}" in doc.text:
        doc.text = doc.text.replace("{c}", "")
        sp = g.relative(c, female=not c.female)
        doc.text = doc.text.rstrip("\n")
        doc.f("«s», CPF «sc».\n", s=P(sp.full), sc=(g.cpf(), "BR_CPF"))
    doc.f("Log: «ts» proposta enviada pelo parceiro (usuário «u», IP «ip»)\n", ts=g.date("iso") + " " + g.hms(),
          u=g.pick(["vendas01", "integrador.api", re.sub(r"[^a-z]", "", fold(an.first).lower()) + "_parceiro"]), ip=(g.ip(), "IP_ADDRESS"))
    return doc


def fi_frota(g: Gen) -> Doc:
    """Fleet fuel-card statement (CSV) of a small delivery company, with a manager's remarks."""
    doc = Doc()
    emp = g.pick(["Gás Bento Entregas Ltda", "Zanella Gás e Água", "Eletro Gondim Serviços", "Transportes Karam & Filhos", "Aurora Solar Engenharia"])
    ger = g.person()
    mo, yr = g.ri(1, 12), g.pick([2024, 2025])
    doc.f("EXTRATO CARTÃO FROTA — «e» (CNPJ «cn») — período «d1» a «d2»\nGestor da frota: «g» · fatura nº «fn» · vencimento «dv»\n\n",
          e=emp, cn=(g.cnpj(), "BR_CNPJ"), d1=f"01/{mo:02d}/{yr}", d2=f"28/{mo:02d}/{yr}", g=P(ger.full), fn=g.d(9), dv=g.date("br"))
    drivers = [(g.person(female=g.chance(0.1)), g.plate(), g.d(5)) for _ in range(g.ri(2, 3))]
    rows = []
    for _ in range(g.ri(5, 8)):
        dr, pl, mat = g.pick(drivers)
        l = g.rng.uniform(8, 90)
        pr = g.rng.uniform(5.2, 6.9)
        rows.append([V(f"{g.ri(1, 28):02d}/{mo:02d}/{yr} " + g.hm()), (pl, "LICENSE_PLATE"), V(mat),
                     P(g.pick([dr.caps, fold(dr.short).upper()])) if g.chance(0.55) else V("NAO IDENTIFICADO"),
                     V(g.pick(STATIONS).upper()), (g.cnpj(), "BR_CNPJ"), V(g.pick(["DIESEL S10", "GASOLINA C", "ETANOL", "ARLA 32"])),
                     V(f"{l:.2f}".replace(".", ",")), V(f"{pr:.3f}".replace(".", ",")), V(f"{l * pr:.2f}".replace(".", ",")),
                     V(g.ri(10000, 290000))])
    table_csv(doc, ["data_hora", "placa", "matricula", "motorista", "estabelecimento", "cnpj_estab", "produto", "litros", "preco_unit", "valor", "hodometro"], rows)
    d0 = drivers[0][0]
    doc.f("\nObs. («g»): abastecimento do «p» em «d» com hodômetro menor que o anterior — pedir explicação ao «m» (CNH «cnh», vence «vc»). "
          "Cartão «mk» bloqueado por suspeita de uso indevido. Novo cartão enviado para «ad».\n",
          g=P(ger.first), p=(drivers[0][1], "LICENSE_PLATE"), d=g.date("br"), m=P(d0.first), cnh=(g.cnh(), "BR_CNH"), vc=g.date("br", 2027), mk=g.masked_card(),
          ad=g.pick(["a sede", "a filial " + g.city()[0]]))
    return doc


def fi_reembolso(g: Gen) -> Doc:
    """Travel expense report of a solar installer's field technician, with fuel receipts (NFC-e) transcribed."""
    doc = Doc()
    t = g.person()
    ap = g.person()
    inst = g.pick(INSTALLERS)
    tcpf = g.cpf_digits()
    doc.f("RELATÓRIO DE DESPESAS DE VIAGEM — «i»\nColaborador: «n» · CPF «cpf» · matrícula «m»\nMotivo: «mo»\nVeículo: «v» placa «pl»\n"
          "Reembolso em: «bk» ag. «ag» c/c «cc»«pix»\n\n",
          i=inst, n=P(t.full), cpf=(fmt_cpf(tcpf), "BR_CPF"), m=g.d(5),
          mo=g.pick(["vistoria técnica e comissionamento de usinas GD", "instalação de sistemas fotovoltaicos no interior", "atendimento de garantia de inversores"]),
          v=g.pick(["Fiat Strada", "VW Saveiro", "Toyota Hilux", "particular (km rodado)"]), pl=(g.plate(), "LICENSE_PLATE"),
          bk=g.pick(BANKS), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), pix="")
    if g.chance(0.5):
        doc.text = doc.text.rstrip("\n")
        doc.f(" ou Pix «k»\n\n", k=(g.uuid(), "PIX_KEY"))
    for k in range(g.ri(2, 3)):
        st = g.pick(STATIONS)
        city, uf = g.city()
        doc.f("--- cupom «k» ---\n«st»\nCNPJ: «cn»   IE: «ie»\n«city» - «uf»\nDocumento Auxiliar da Nota Fiscal de Consumidor Eletrônica\n"
              "«pr»  «l» L x «pu» = «vt»\nFORMA PAGAMENTO: «fp»\nCONSUMIDOR CPF: «cpf»\nNFC-e nº «nf» Série «se» «dt»\nChave de acesso: «ch»\n\n",
              k=k + 1, st=st.upper(), cn=(g.cnpj(), "BR_CNPJ"), ie=g.d(12), city=city, uf=uf,
              pr=g.pick(["GASOLINA COMUM", "DIESEL S10", "ETANOL HIDRATADO"]), l=f"{g.rng.uniform(20, 70):.3f}".replace(".", ","),
              pu=f"{g.rng.uniform(5.3, 6.8):.2f}".replace(".", ","), vt=g.money(100, 450),
              fp=g.pick(["CARTÃO DE CRÉDITO", "CARTÃO DE DÉBITO", "PIX", "DINHEIRO"]),
              cpf=(g.pick([tcpf, fmt_cpf(tcpf), tcpf, g.cpf()]), "BR_CPF") if g.chance(0.7) else ("NÃO INFORMADO", None),
              nf=g.d(6), se=g.ri(1, 9), dt=g.date("br") + " " + g.hms(), ch=" ".join(g.d(4) for _ in range(11)))
    doc.f("Total a reembolsar: R$ «t»\nAprovado por: «a» («ae») em «d»\nFinanceiro: pago em «dp» · lote «l»\n",
          t=g.money(200, 2500), a=P(ap.full), ae=(corp_mail(ap, re.sub(r"[^a-z]", "", fold(inst.split(" ")[0]).lower()) + "solar.com.br"), "EMAIL_ADDRESS"),
          d=g.date("br"), dp=g.date("br"), l=g.d(6))
    return doc


def fi_ev_chargeback(g: Gen) -> Doc:
    """EV charging app: payment-gateway log lines of disputed sessions, pasted in a chargeback ticket."""
    doc = Doc()
    an = g.person()
    app = g.pick(EV_APPS)
    doc.f("[FIN-«n»] Chargebacks «app» — lote «m»/«y» · responsável: «a»\n\nResumo: «k» disputas abertas pela adquirente. "
          "Abaixo o log bruto do gateway (obs: o PAN aparece inteiro porque o log de debug ficou ligado em produção — incidente "
          "PCI aberto, INC-«inc»).\n\n```\n",
          n=g.d(4), app=app, m=g.ri(1, 12), y=g.ri(2024, 2025), a=P(an.full), k=(k := g.ri(3, 5)), inc=g.d(5))
    users = []
    for _ in range(k):
        u = g.person()
        users.append(u)
        doc.f("«ts» txn=«tx» session=«ss» user_email=«e» pan=«pan» exp=«ex» amount=«am» BRL ip=«ip» status=«st» reason=«rs»\n",
              ts=g.date("iso") + "T" + g.hms() + "Z", tx=g.hexs(12), ss=g.uuid()[:8], e=(g.email(u), "EMAIL_ADDRESS"),
              pan=(g.card(False), "CREDIT_CARD"), ex=f"{g.ri(1, 12):02d}{g.ri(26, 32)}", am=f"{g.rng.uniform(15, 180):.2f}",
              ip=(g.ip(), "IP_ADDRESS"), st=g.pick(["CAPTURED", "DISPUTED", "REFUNDED"]),
              rs=g.pick(["4837_no_cardholder_auth", "duplicate_processing", "service_not_provided", "fraud_card_absent"]))
    doc.t("```\n\nContato com os usuários:\n")
    for u in users[:g.ri(2, 3)]:
        k2 = g.ri(0, 2)
        if k2 == 0:
            doc.f("- «u» (tel «t»): reconhece a sessão, pediu estorno parcial via Pix, chave «pix».\n",
                  u=P(u.full), t=(g.phone(), "PHONE_NUMBER"), pix=(g.uuid(), "PIX_KEY"))
        elif k2 == 1:
            doc.f("- «u»: não reconhece; cartão clonado. Placa do carro cadastrado («pl») não bate com o veículo filmado no ponto.\n",
                  u=P(u.full), pl=(g.plate(), "LICENSE_PLATE"))
        else:
            doc.f("- «u» (CPF «cpf»): carregador «cg» desligou aos «p»%; estorno integral aprovado.\n",
                  u=P(u.short), cpf=(g.cpf(), "BR_CPF"), cg=f"{g.pick(['SP', 'PR', 'SC', 'DF'])}-{g.d(4)}-A", p=g.ri(5, 60))
    doc.f("\nValor total em disputa: R$ «v». Prazo de defesa: «d». cc: «c»\n", v=g.money(200, 3000), d=g.date("br"), c=P(g.person().first))
    return doc


def fi_gas_fiado(g: Gen) -> Doc:
    """Gas depot's receivables ('fiado') list and the WhatsApp collection message template with the Pix key."""
    doc = Doc()
    dono = g.person()
    dep = g.pick(GAS_DEPOTS)
    key = g.uuid()
    doc.f("«dep» — CADERNETA (fiado) atualizada «d» por «p»\n\n", dep=dep, d=g.date("br"), p=P(g.pick([dono.first, dono.nick])))
    for _ in range(g.ri(5, 7)):
        c = g.person()
        nm = g.pick([c.first, c.short, c.nick, c.low, c.first + " " + g.pick(["da padaria", "do bar", "da igreja", "(filha da Rosa)"])])
        base = nm.split(" da ")[0].split(" do ")[0].split(" (")[0]
        doc.e(base, "PERSON")
        doc.f("«rest» — «t» — «ad» — deve R$ «v» («q» «bt» desde «dd»)«ob»\n",
              rest=nm[len(base):], t=(g.phone(g.pick(["plain", "raw", "par"])), "PHONE_NUMBER"),
              ad=(g.address(g.pick(["low", "text"])), "ADDRESS"), v=g.money(110, 900), q=(q := g.ri(1, 6)), bt="botijões" if q > 1 else "botijão",
              dd=g.date("br"), ob=g.pick(["", "", " — paga dia 10", " — NÃO VENDER MAIS", " — pagou metade no pix"]))
    doc.f("\nMensagem padrão (copiar no zap):\n\"Olá! Aqui é «p» do «dep». Consta em aberto R$ [valor] referente a gás. Pode pagar no "
          "Pix chave aleatória «k» ou na entrega. Obrigado!\"\n\n",
          p=P(dono.first), dep=dep, k=(key, "PIX_KEY"))
    doc.t("Pix recebidos hoje (extrato):\n")
    for _ in range(g.ri(1, 3)):
        c = g.person()
        doc.f("  «h»  PIX RECEBIDO  «n»  CPF ***.«m1».«m2»-**  R$ «v»  id «id»\n", h=g.hm(), n=P(c.caps),
              m1=g.d(3), m2=g.d(3), v=g.money(40, 600), id="E" + g.d(8) + g.date("iso").replace("-", "") + g.hexs(11))
    return doc


def fi_rateio_gd(g: Gen) -> Doc:
    """Shared distributed-generation cooperative: monthly credit allocation and member payouts."""
    doc = Doc()
    coop = g.pick(["Cooperativa Solar do Cariri", "Consórcio GD Aurora", "CoopSol Prudente", "Cooperativa Energia Limpa Vitória"])
    tes = g.person()
    util = g.pick(UTIL_SHORT)
    doc.f("«c» — CNPJ «cn»\nRATEIO DE CRÉDITOS DE ENERGIA — competência «m»/«y» — usina UFV «u» («kw» kWp) — distribuidora «ut»\n"
          "Responsável: «t» (tesouraria) · «te»\n\n",
          c=coop, cn=(g.cnpj(alnum=g.chance(0.4)), "BR_CNPJ"), m=f"{g.ri(1, 12):02d}", y=g.ri(2024, 2025),
          u=g.pick(["Sítio Jatobá", "Fazenda Boa Vista", "Galpão Sucupira"]), kw=g.ri(75, 2500), ut=util, t=P(tes.full),
          te=(corp_mail(tes, re.sub(r"[^a-z]", "", fold(coop.split(" ")[-1]).lower()) + "coop.org.br"), "EMAIL_ADDRESS"))
    rows = []
    for _ in range(g.ri(4, 6)):
        pj = g.chance(0.25)
        if pj:
            nm = g.pick(["Padaria Rosa de Ouro Ltda", "Mercadinho Bento", "Oficina Irmãos Gurgel", "Clínica Vida Leal", "Sorveteria Flor de Lis ME"])
            doc_id = (g.cnpj(), "BR_CNPJ")
            name = V(nm)
        else:
            p = g.person()
            doc_id = (g.cpf(), "BR_CPF")
            name = P(g.pick([p.full, p.caps]))
        mail = (g.email(p), "EMAIL_ADDRESS") if not pj else V("—")
        pay = g.ri(0, 2)
        rows.append([name, doc_id, V(g.uc()), V(f"{g.rng.uniform(1, 20):.2f}".replace(".", ",")), V(g.ri(150, 4000)),
                     V(g.money(20, 900)),
                     (g.agency(), "BANK_ACCOUNT") if pay == 0 else V("—"), (g.account(), "BANK_ACCOUNT") if pay == 0 else V("—"),
                     (g.uuid(), "PIX_KEY") if pay == 1 else (mail if pay == 2 else V("—"))])
    table_csv(doc, ["cooperado", "cpf_cnpj", "uc", "percentual", "kwh_alocado", "sobra_a_repassar", "agencia", "conta", "chave_pix"], rows)
    doc.f("\nObservações: «o» Protocolo da lista de rateio na «u»: «p». Conferido por «c».\n",
          o=g.pick(["cooperado da linha 2 pediu saída (aviso prévio 90 dias).", "percentuais somam 100% conforme assembleia de " + g.date("br") + ".",
                    "créditos de bandeira vermelha compensados no mês seguinte."]),
          u=util, p=g.protocol(), c=P(g.person().short))
    return doc


def fi_rpa_eletricista(g: Gen) -> Doc:
    """RPA (self-employed payment receipt) for an electrician, with the vendor registration sheet."""
    doc = Doc()
    e = g.person(female=g.chance(0.1))
    pg = g.pick(["Condomínio Residencial Flor de Maio", "Padaria Rosa de Ouro Ltda", "Igreja Batista Aurora", "Escola Prudente de Morais"])
    city, uf = g.city()
    doc.f("RECIBO DE PAGAMENTO A AUTÔNOMO — RPA nº «n»\n\nFONTE PAGADORA: «pg» — CNPJ «cn»\n\nPRESTADOR\nNome: «nm»\nCPF: «cpf»   "
          "NIT/PIS: «pis»   RG: «rg»\nRegistro profissional: «reg»\nEndereço: «ad» — «city»/«uf» — CEP «cep»\n\n",
          n=g.d(4), pg=pg, cn=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"), nm=P(e.full), cpf=(g.cpf(), "BR_CPF"),
          pis=(g.pis(), "BR_PIS"), rg=(g.rg(), "BR_RG"), reg=(g.council(g.pick(["CRT", "CREA"]), uf), "PROFESSIONAL_ID"),
          ad=(g.address(), "ADDRESS"), city=city, uf=uf, cep=(g.cep(), "BR_CEP"))
    bruto = g.rng.randint(400, 9000)
    doc.f("SERVIÇO: «s» (TRT nº «trt»)\nValor bruto ............ R$ «b»\n(-) INSS 11% ........... R$ «i»\n(-) ISS «isp»% ............ R$ «iss»\n"
          "(-) IRRF ............... R$ «ir»\nValor líquido .......... R$ «l»\n\n",
          s=g.pick(["manutenção preventiva do quadro geral e SPDA", "adequação do padrão de entrada para GD", "troca de fiação do salão",
                    "instalação de 4 pontos de recarga veicular na garagem"]),
          trt=g.pick([f"BR{g.d(11)}", g.d(13)]), b=brl(bruto), i=brl(bruto * 0.11), isp=(isp := g.pick([2, 3, 5])), iss=brl(bruto * isp / 100),
          ir=brl(0), l=brl(bruto * (0.89 - isp / 100)))
    k = g.ri(0, 2)
    if k == 0:
        doc.f("Pagamento: Pix chave aleatória «p»\n", p=(g.uuid(), "PIX_KEY"))
    elif k == 1:
        doc.f("Pagamento: crédito em conta — «bk», ag. «ag», conta «cc»\n", bk=g.pick(BANKS), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    else:
        doc.f("Pagamento: Pix na chave CPF «c»\n", c=(g.cpf(g.pick(["raw", "dot"])), "BR_CPF"))
    doc.f("\nRecebi a importância líquida acima.   «city», «d».\n\n________________________\n«nm»\n\n", city=city, d=g.date("br"), nm=P(e.caps))
    doc.f("--- ficha de cadastro de fornecedor (anexo) ---\nNascimento: «dob» · Título de eleitor: «te» · CNH: «cnh» (cat. «cat») · "
          "Celular/WhatsApp: «t» · E-mail: «em»\nIndicado por: «ind» (síndico) · Conferido: «cf»\n",
          dob=(g.dob("br", 1958, 2002), "DATE_OF_BIRTH"), te=(g.titulo(), "BR_TITULO_ELEITOR"), cnh=(g.cnh(), "BR_CNH"), cat=g.pick(["B", "AB", "D"]),
          t=(g.phone(), "PHONE_NUMBER"), em=(g.email(e), "EMAIL_ADDRESS"), ind=P(g.person().full), cf=P(g.person().first))
    return doc


# ============================================================== END OF TEMPLATES


TEMPLATES = {
    "atendimento": [at_solar_whats, at_gas_pedidos, at_inverter_ticket, at_ev_chat, at_fuel_complaint, at_fidelidade_lgpd,
                    at_os_eletricista],
    "juridico": [ju_peticao_jec, ju_toi, ju_sentenca, ju_contrato_solar, ju_procon_gas, ju_acidente_email, ju_denuncia],
    "saude": [sa_queimadura_pa, sa_cat, sa_ciatox, sa_aso, sa_samu_queda, sa_laudo_vital, sa_ambulatorio],
    "financeiro": [fi_cdc_solar, fi_frota, fi_reembolso, fi_ev_chargeback, fi_gas_fiado, fi_rateio_gd, fi_rpa_eletricista],
}


def check(record: dict, negs: list[str]) -> None:
    text, last = record["text"], 0
    for s in record["spans"]:
        assert last <= s["start"] < s["end"] <= len(text), (record["id"], s)
        v = text[s["start"]:s["end"]]
        assert v and v == v.strip(), (record["id"], s, v)
        last = s["end"]
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
        elif lab == "PERSON":
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|doutora?|d)\.?\s", v), (record["id"], v)
            assert not re.search(r"[0-9@]", v), (record["id"], v)
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (record["id"], v)
        elif lab == "PROFESSIONAL_ID":
            assert re.match(r"(CRM|CREA|CRT|OAB|COREN|Coren|CRF|CREFITO|CRP)\b", v), (record["id"], v)
    labelled = {(s["start"], s["end"]) for s in record["spans"]}
    for n in negs:
        assert not cpf_ok(n), (record["id"], n)
        for m in re.finditer(re.escape(n) + "|" + re.escape(fmt_cpf(n)), text):
            assert not any(a <= m.start() < b for a, b in labelled), (record["id"], n)
    # every 11-digit run in the text that is not inside a gold span must fail the CPF check
    for m in re.finditer(r"(?<![\d.-])\d{3}\.?\d{3}\.?\d{3}-?\d{2}(?![\d-])", text):
        if not any(a <= m.start() < b for a, b in labelled):
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
                check(record, doc.negs)
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
    print("fiftysecond", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
