"""Build the forty-fourth labelled evaluation set (run once; the JSONL file is committed).

    python3 tests/privacy/data/make_fortyfourth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or run),
standalone (own check-digit code, stdlib only, no Faker, no import from afinar or from the other
generators), seed 4444, 280 records: 4 domains x 7 templates x 10 copies.

Register: the penal system and public security -- the paperwork of prisons, police stations and
the courts of execution, as typed, exported and pasted by the people who run them (agents,
clerks, nurses, public defenders, social workers, families writing in).
- atendimento: a visitor registration form (carteirinha de visitante) with the minors who come
  along; the visiting-day list of a wing (fixed-width, senha/cela/custodiado/visitante); a police
  station intake (boletim de ocorrência of a vehicle theft, with RENAVAM and chassis); a family
  member's e-mail to the prison ombudsman and the analyst's reply; the online visit-scheduling
  system (confirmation plus the support ticket with its access log); an electronic-monitoring
  (tornozeleira) incident log of the monitoring centre; a pre-screening form of the victim and
  witness protection programme (PROVITA) with the household members.
- juridico: a prison admission record (prontuário / ficha de inclusão, SEEU-like) with filiation,
  alias and processes; a BNMP arrest-warrant extract; a sentence-progression petition by a lawyer
  (cálculo de pena, remição); a custody-hearing record (ata de audiência de custódia); a transfer
  order (ofício de recambiamento) with the escort team and the vehicles; an arrest report (auto
  de prisão em flagrante) with the conducting officer and the witnesses; a request for urgent
  protective measures (Lei 11.340/2006) with the children.
- saude: a TB screening sheet at admission (sintomático respiratório, TRM-TB); a psychiatric
  evaluation (exame de sanidade mental / laudo); the daily attendance log of the prison health
  unit (a wide table); an external referral with hospital escort; a prenatal record of a woman in
  a female unit; a pharmacy dispensation sheet (controlled drugs, TARV); an e-mail thread about
  the continuity of care of a released person (egresso) with the municipal CAPS.
- financeiro: a monthly work and remission sheet with pay and pecúlio (CSV export); a bail
  (fiança) receipt and the later refund; an auxílio-reclusão claim with dependants and the bank
  account; the release of pecúlio at release (alvará) by transfer or Pix; the payment-gateway
  log of the family deposit platform (canteen credits), where a full card number leaked; a
  charge for a damaged ankle monitor; a remittance file of a released-persons' aid programme.

Conventions (those of the twentieth set; new decisions are marked NEW): PERSON covers the name
only, never "Sr.", "Sra.", "Dr.", "Dra.", "dona", "seu", "MM."; particles inside a name (de, da,
do, dos, das, e) are part of it; "SURNAME, GIVEN" is one span; nicknames and first names alone
are persons. NEW: an alias after "vulgo" / "alcunha" (Magrão, Paraíba, Alemão, Xuxa) is a PERSON
span of its own, even where the same word is a state, a nationality or a celebrity elsewhere.
Filiation (mother's and father's names) and household members are persons; a card holder name in
a payment log is a person. Staff named in the text (agents, clerks, delegados, judges,
prosecutors, defenders, doctors, nurses, pharmacists, analysts, operators) are persons; logins,
system users and bots (usuário rquaresma, login jamil.murad, cime.op07, usr_portaria2, tjuser
12345, sistema SIAPEN) are not. Corporate e-mails of people (nome.sobrenome@seap.xx.gov.br,
a lawyer's address at the firm) are EMAIL_ADDRESS; role mailboxes (ouvidoria@, caps.ad@,
protocolo@, cime@, dpo@, nao-responda@) are not labelled. ADDRESS is street type + name + number +
complement (never bairro, city, state; CEP is BR_CEP, also in the "12.345-678" form). NEW: the
street address of a fact (an arrest, the place where a warrant was served, where a monitored
person was found) on a residential or public street with a number is ADDRESS; the address of a
prison, police station, court, hospital or company is never given and a named place alone
("na Barão de Mauá", "no Atacadão Flor do Campo") is not labelled. Agency and account are separate
BANK_ACCOUNT spans (also the pecúlio savings account and empty cells excluded); bank codes,
judicial deposit ids and alvará numbers are not. DATE_OF_BIRTH only for birth dates (also of
children and newborns, also "19850306" in a remittance file); dates of arrest, admission,
hearing, visit, DUM/DPP, events are not. PROFESSIONAL_ID includes the council acronym and UF or
region (CRM/SP 123456, OAB/RJ 98.765, COREN-PE 123456-ENF, CRP 06/12345, CRESS 7ª Região nº
12345, CRF-MG 12345); an RQE number next to a CRM is not part of it. NEW: police and prison staff
matrículas / RE / MASP numbers, prontuário, Infopen, SEEU and RJI numbers, BNMP warrant numbers,
NB (benefit) numbers and SISREG codes are internal ids, not labelled. NIS / NIT / PIS are one
identifier, labelled BR_PIS. PIX_KEY only for random (UUID) keys used as Pix keys; a Pix key that
is a CPF is BR_CPF; end-to-end ids, txids, transaction UUIDs and QR hashes are not. NEW:
LICENSE_PLATE covers every vehicle plate, official vehicles (viaturas, escort vans) included.
Full card numbers leaked in a log are CREDIT_CARD; masked ones (BIN + asterisks) are not.
Protocol, ticket, BO, IP (inquérito), APF, mandado, guia, termo and contract numbers are not
labelled.

Names: Brazilian names of many origins (Portuguese common and north-eastern, coined names such as
Uóxinton, Dalvanira, Thaynara, Ruthiane; Italian, German, Japanese, Lebanese, Korean, Chinese,
Haitian, Angolan, Senegalese, Nigerian, Venezuelan, Bolivian, Paraguayan, indigenous, Jewish),
at least a quarter of the name words rare or invented; names that are also words (Rosa, Luz,
Flor, Glória, Dores, Vitória, Aurora, Bento, Prudente, Amado, Clemente, Justo, Severo, Inocêncio,
Branco, Guerra, Leal) next to the same words as words ("luz da cela", "seria prudente", "pedido
justo", "campo em branco", "a rosa dos ventos") and in places, prisons and companies (Presidente
Prudente, Rio Branco, Santa Rosa, Vitória/ES, Padaria Flor do Campo, Penitenciária Juiz Plácido
Amado), which are not persons. Names of prisons, hospitals, schools and streets honouring people
are not persons (a street inside an ADDRESS is part of it). Forms: full, ALL CAPS without
accents, lower case, "SURNAME, Given", first name alone, alias.

Hard negatives (never labelled): CNJ process numbers and the BNMP warrant numbers built on them;
RJI, SEEU, RENAVAM, order ids, protocols and CPFs typed wrong (11-digit numbers, all failing the
CPF check and none shaped like a mobile number; main() counts them); chassis numbers, device
serials, IMEIs (Luhn-valid 15 digits, no valid CNS), GPS coordinates, SHA-256 hashes, boleto lines,
judicial deposit ids, birth-certificate registration numbers; ICD-10 codes; articles of law
(art. 33 da Lei 11.343/2006, art. 157, §2º, II, do CP, Lei 13.709/2018); money, days of
remission, hours worked; company names containing a surname (Kassab Embalagens S.A., Tourinho
Alimentos Ltda, Marcenaria Guerra & Filhos); prisons, hospitals and schools named after people
(Penitenciária Estadual Juiz Plácido Amado, Hospital Dr. Clemente Ferreira); dates that are not
birth dates. Raw phone numbers, PIS and CNH numbers are drawn so that none also passes the CPF
check.
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
SEED = 4444
OUT = HERE / "fortyfourth.jsonl"

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

PT_F = ["Maria José", "Ana Paula", "Juliana", "Fernanda", "Patrícia", "Adriana", "Camila", "Aline",
        "Cristiane", "Simone", "Luciana", "Tatiane", "Gabriela", "Larissa", "Letícia", "Beatriz", "Sandra",
        "Marlene", "Francisca", "Antônia", "Raimunda", "Josefa", "Edna", "Célia", "Rosângela", "Vânia",
        "Priscila", "Débora", "Maria de Fátima", "Ana Lúcia", "Jaqueline", "Michelle"]
RARE_F = ["Rosilda", "Edineide", "Francisleide", "Jucilene", "Marinalva", "Gerlane", "Nadjane", "Deusdete",
          "Valdirene", "Cleonice", "Joselma", "Uilma", "Kauane", "Sthefany", "Ruthiane", "Jhenifer",
          "Adenilda", "Zilmar", "Eudóxia", "Genésia", "Lucicleide", "Dalvanira", "Eriscleide", "Quitéria",
          "Marizete", "Ozana", "Zenaide", "Thaynara", "Kétlin", "Ludmyla", "Edjane", "Railda", "Cleidiane",
          "Auricélia", "Dijanira", "Maelly", "Ivoneide", "Lucinéia"]
PT_M = ["José Carlos", "Antônio", "Francisco", "João Paulo", "Carlos", "Rafael", "Rodrigo", "Lucas",
        "Gabriel", "Matheus", "Gustavo", "Bruno", "Diego", "Thiago", "Anderson", "Fábio", "Ricardo",
        "Roberto", "Eduardo", "Luciano", "Márcio", "Sebastião", "Raimundo", "Edson", "Cícero", "Adriano",
        "Vinícius", "Douglas", "João Victor", "Paulo Sérgio", "Leandro", "Alex"]
RARE_M = ["Wanderlei", "Edivaldo", "Jucelino", "Valdomiro", "Claudemir", "Ronivon", "Gildásio", "Natanael",
          "Adailton", "Reinivaldo", "Uóxinton", "Maicon Douglas", "Jhonatan", "Kauê", "Deivid", "Wellison",
          "Ueslei", "Cleyton", "Djalma", "Ozório", "Belarmino", "Anacleto", "Lindoval", "Rosivaldo",
          "Erivelton", "Jeová", "Dalvino", "Zenildo", "Aurelino", "Domício", "Geovane", "Richarlyson",
          "Kleberson", "Edimilson", "Josivan", "Gerivaldo"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Ferreira", "Almeida", "Pereira", "Costa",
          "Rodrigues", "Gomes", "Ribeiro", "Carvalho", "Araújo", "Barbosa", "Rocha", "Dias", "Moreira",
          "Cardoso", "Batista", "Monteiro", "Farias", "Pinheiro", "Cunha", "Moraes", "Teixeira", "Sales",
          "Melo", "Nascimento", "Conceição", "Jesus", "Vieira"]
RARE_SUR = ["Borborema", "Cajazeira", "Jatobá", "Tabosa", "Quintela", "Pitombo", "Arcoverde", "Urtiga",
            "Bezerril", "Gurgel", "Espíndola", "Macedônio", "Sucupira", "Pajeú", "Tourinho", "Calheiros",
            "Mourão", "Frazão", "Cavalcante Bezerra", "Araripe", "Catunda", "Gondim", "Ximenes", "Jucá",
            "Benevides", "Aguiar Brito", "Mamede", "Lustosa", "Pedrosa", "Trindade", "Quaresma",
            "Baraúna", "Carapeba", "Ipojuca", "Tapajós", "Sertório"]
WORD_F = ["Rosa", "Luz", "Flor", "Vitória", "Aurora", "Glória", "Dores", "Graça"]
WORD_M = ["Bento", "Prudente", "Amado", "Clemente", "Justo", "Severo", "Inocêncio", "Branco"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Amado", "Bento", "Leão", "Luz", "Guerra", "Leal", "Severo",
            "Lobo", "Coelho", "Raposo", "Cordeiro", "Paz", "Justo"]
NICK = {"José Carlos": "Zé Carlos", "Antônio": "Toninho", "Francisco": "Chico", "Sebastião": "Tião",
        "Raimundo": "Mundinho", "João Paulo": "JP", "Eduardo": "Dudu", "Josefa": "Zefa", "Francisca": "Chica",
        "Maria José": "Zezé", "Reinivaldo": "Nivaldinho", "Gildásio": "Gil", "Valdomiro": "Miro",
        "Quitéria": "Teca", "Marinalva": "Nalva", "Claudemir": "Demir", "Domício": "Dó", "Dalvanira": "Nira"}
VULGOS = ["Magrão", "Baixinho", "Alemão", "Paraíba", "Mineiro", "Boca", "Gordinho", "Pezão", "Tuca", "Bigode",
          "Cabeça", "Juninho", "Tico", "Sombra", "Cearense", "Pirulito", "Chaveirinho", "Marreta", "Galego",
          "Xuxa", "Nego Bom", "Biscoito", "Ratinho", "Tchutchuca", "Caveira", "Barbicha", "Pernambuco"]
FOREIGN = {
    "it": (["Graziella", "Loredana"], ["Ettore", "Ugo", "Gianluca"], ["Zanella", "Pizzolatto", "Dal Molin", "Bertoldi", "Scarpari"]),
    "de": (["Hildegard", "Elfriede"], ["Egon", "Reinholdt", "Udo"], ["Kretschmer", "Schroeder", "Wachholz", "Blumenschein"]),
    "jp": (["Keiko", "Harumi", "Yoshiko"], ["Tadashi", "Minoru", "Shigeru"], ["Higa", "Nakasone", "Miyashiro", "Tokunaga", "Arakaki"]),
    "ar": (["Samira", "Jamile", "Najla"], ["Jamil", "Habib", "Salim"], ["Kassab", "Jabour", "Saad", "Chaccur", "Murad"]),
    "kr": (["Soo-yeon", "Eun-ji"], ["Dong-hyun", "Min-su"], ["Park", "Lee", "Han", "Kang"]),
    "cn": (["Mei", "Yan"], ["Wei", "Jun"], ["Liang", "Huang", "Zhao", "Xu"]),
    "ht": (["Nadège", "Fabiola", "Wideline"], ["Jean-Robert", "Wisnel", "Fritzner"], ["Pierre-Louis", "Jean-Baptiste", "Toussaint", "Saint-Fleur", "Dorsainvil"]),
    "sn": (["Awa", "Mariama", "Ndèye"], ["Abdoulaye", "Moustapha", "Ibrahima"], ["Mbaye", "Seck", "Faye", "Cissé"]),
    "ao": (["Esperança Nzinga", "Domingas"], ["Nkosi", "Kiame", "Zeferino"], ["Kapinga", "Nkanga", "Muxima", "Cassule"]),
    "ng": (["Chiamaka", "Ngozi"], ["Chukwuemeka", "Oluwaseun", "Ifeanyi"], ["Okonkwo", "Adeyemi", "Eze", "Obi"]),
    "ve": (["Yusmary", "Yelitza", "Oriana"], ["Yorbis", "Deivis", "Wuilmer"], ["Guanipa", "Briceño", "Marcano", "Rengifo"]),
    "bo": (["Wara", "Sisa"], ["Evo", "Tupac"], ["Mamani", "Choque", "Condori", "Quispe"]),
    "py": (["Ramona", "Librada"], ["Ñandú", "Ciriaco", "Isidoro"], ["Benítez", "Giménez", "Aquino Ortiz", "Zaracho"]),
    "in": (["Potyra", "Jaciara", "Moema"], ["Ubiratã", "Raoni", "Apoena"], ["Terena", "Guajajara", "Pataxó", "Kaiowá", "Munduruku"]),
    "jw": (["Sarah", "Ester", "Miriam"], ["Moisés", "Davi", "Jacó"], ["Rosenberg", "Szpigel", "Lederman", "Feldberg"]),
}
RARE = set(RARE_F + RARE_M + RARE_SUR + VULGOS)
for _o in ("ht", "sn", "ao", "ng", "ve", "bo", "py", "in", "jw", "de", "kr"):
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Costa", "Rosa", "Luz", "Silva", "Conceição", "Paz", "Cunha", "Trindade", "Guerra"}
DO_SUR = {"Nascimento", "Carmo"}
DOS_SUR = {"Santos", "Anjos"}


def particle(surname: str) -> str:
    if surname in DA_SUR:
        return "da"
    if surname in DO_SUR:
        return "do"
    if surname in DOS_SUR:
        return "dos"
    return "de"


DDDS = ["11", "12", "13", "14", "15", "16", "17", "18", "19", "21", "24", "27", "31", "34", "35", "38", "41",
        "43", "44", "47", "48", "51", "54", "55", "61", "62", "63", "65", "67", "68", "69", "71", "73", "75",
        "77", "79", "81", "82", "83", "84", "85", "86", "87", "88", "91", "92", "94", "95", "96", "98"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Beco", "Estrada", "Alameda",
                "Viela", "Rodovia", "Praça", "Vila"]
STREET_NAMES = ["Barão de Mauá", "Doutor Justo Amado", "da Glória", "Flor do Campo", "Presidente Prudente",
                "Severino Tabosa", "das Dores", "Rosa e Silva", "Tiradentes", "Marechal Deodoro",
                "Sete de Setembro", "Dona Quitéria Pitombo", "Padre Cícero", "Pedro Álvares Cabral",
                "São Bento", "Vereador Inocêncio Leal", "da Liberdade", "do Sossego", "Nossa Senhora da Luz",
                "Coronel Gurgel", "Mestre Vitalino", "Projetada 14", "C-22", "dos Coqueiros", "Beira Mar",
                "Antônio Conselheiro", "Irmã Dulce", "Aurora Boreal", "das Flores", "Santa Rosa de Lima",
                "Joaquim Nabuco", "Quatorze de Julho", "Delmiro Gouveia", "José Bonifácio", "do Cruzeiro"]
CITIES = [("Presidente Prudente", "SP"), ("Presidente Venceslau", "SP"), ("Rio Branco", "AC"), ("Santa Rosa", "RS"),
          ("Vitória", "ES"), ("Vitória de Santo Antão", "PE"), ("Bento Gonçalves", "RS"), ("Luz", "MG"),
          ("Glória do Goitá", "PE"), ("Aurora", "CE"), ("Itaitinga", "CE"), ("Caruaru", "PE"), ("Mossoró", "RN"),
          ("Campina Grande", "PB"), ("Feira de Santana", "BA"), ("Teixeira de Freitas", "BA"), ("Montes Claros", "MG"),
          ("Uberlândia", "MG"), ("Governador Valadares", "MG"), ("Tremembé", "SP"), ("Itirapina", "SP"),
          ("Bauru", "SP"), ("Sorocaba", "SP"), ("Guarulhos", "SP"), ("Bangu", "RJ"), ("Campos dos Goytacazes", "RJ"),
          ("Charqueadas", "RS"), ("Piraquara", "PR"), ("Cascavel", "PR"), ("Joinville", "SC"), ("Chapecó", "SC"),
          ("Aparecida de Goiânia", "GO"), ("Cuiabá", "MT"), ("Campo Grande", "MS"), ("Porto Velho", "RO"),
          ("Boa Vista", "RR"), ("Manaus", "AM"), ("Ananindeua", "PA"), ("Marituba", "PA"), ("São Luís", "MA"),
          ("Timon", "MA"), ("Teresina", "PI"), ("Aracaju", "SE"), ("Maceió", "AL"), ("Macapá", "AP"), ("Palmas", "TO")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN",
       "PB", "MT", "MS", "PI", "SE", "AL", "TO", "RO", "AC", "AP", "RR"]
BAIRROS = ["Jardim das Flores", "Vila da Glória", "Centro", "Bela Vista", "Conjunto Rosa dos Ventos", "Alto da Luz",
           "Parque Prudente", "Vila Esperança", "Cohab II", "Jardim São Bento", "Morro do Amado", "Cidade Nova",
           "Pirambu", "Benfica", "Várzea", "Ibura", "Sussuarana", "Capão Redondo", "Jardim Ângela", "Terra Firme"]
PRISONS = ["Penitenciária Estadual Juiz Plácido Amado", "Centro de Detenção Provisória de Presidente Prudente",
           "Presídio Regional Dr. Aurélio Tabosa", "Penitenciária Feminina Santa Luzia", "Cadeia Pública Bento Leal",
           "Complexo Penitenciário Desembargador Severo Gurgel", "Colônia Penal Agrícola de Santa Rosa",
           "Penitenciária Industrial Regional do Cariri", "CDP Vitória II", "Unidade Prisional Regional de Rio Branco",
           "Presídio Estadual Comendador Inocêncio Barros", "Penitenciária Masculina Flor do Campo"]
COMPANIES = ["Padaria Flor do Campo Ltda", "Confecções Amado & Leal Ltda", "Gráfica Aurora do Vale ME",
             "Vidraçaria Prudente", "Mercadinho Luz do Sol", "Transportadora Leão Dourado S.A.",
             "Cerâmica São Bento Ltda", "Reciclagem Rosa dos Ventos", "Marcenaria Guerra & Filhos",
             "Kassab Embalagens S.A.", "Higa Hortifruti Ltda", "Tourinho Alimentos Ltda"]
ARTIGOS = ["art. 33 da Lei 11.343/2006", "art. 157, §2º, II, do CP", "art. 155, §4º, do CP", "art. 121, §2º, do CP",
           "art. 14 da Lei 10.826/2003", "art. 180 do CP", "art. 129, §9º, do CP", "art. 35 da Lei 11.343/2006",
           "art. 147 do CP c/c Lei 11.340/2006", "art. 2º da Lei 12.850/2013", "art. 171 do CP", "art. 306 do CTB"]
WORDS = ["a luz da cela 14 está queimada faz uma semana", "seria prudente aguardar o laudo", "pedido justo, mas fora do prazo",
         "campo em branco no sistema", "a rosa dos ventos do pátio foi pintada pelos internos", "regime mais severo",
         "a vitória da defesa no HC", "a glória do time no torneio interno", "o amado mestre da oficina de marcenaria",
         "horário de dar à luz previsto", "ficou tudo em branco no formulário", "chá de flor de laranjeira",
         "família mora na Paraíba, visita só por videochamada", "interno recambiado de Pernambuco na semana passada",
         "a máquina de costura alemã da oficina quebrou de novo", "queijo mineiro barrado no jumbo (não consta na lista)"]


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
        if self.given.startswith(("Maria d", "Ana L", "Maria J", "Jean-", "Ndèye")):
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
            if n == 11 and (cpf_ok(v) or pis_dv(v[:10]) == v[10] or cnh_dv(v[:9]) == v[9:] or v[2] == "9"):
                continue  # v[2] == "9": would read as a mobile number with its area code
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
            origin = "pt" if rng.random() < 0.72 else self.pick(sorted(FOREIGN))
        if origin == "pt":
            if word or rng.random() < 0.1:
                given = self.pick(WORD_F if female else WORD_M)
                if female and given in ("Dores", "Glória", "Graça", "Luz") :
                    given = "Maria " + particle_f(given) + " " + given
            elif rng.random() < 0.42:
                given = self.pick(RARE_F if female else RARE_M)
            else:
                given = self.pick(PT_F if female else PT_M)
            if rng.random() < 0.08 and " " not in given:
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
            elif len(surnames) >= 2 and rng.random() < 0.05:
                surnames.insert(len(surnames) - 1, "e")
            if not female and rng.random() < 0.06:
                surnames.append(self.pick(SUFFIXES))
        else:
            fs, ms, sur = FOREIGN[origin]
            if rng.random() < 0.3 and origin not in ("kr", "cn", "ng"):
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

    def mother_of(self, p: Person) -> Person:
        m = self.person(female=True, origin="pt")
        sur = [s for s in p.surnames if s not in SUFFIXES and s not in PARTICLES]
        keep = sur[:1] if len(sur) > 1 else []
        own = [s for s in m.surnames if s not in PARTICLES][:1]
        return Person(m.given, [s for s in own + keep if s] or [p.last], True)

    def vulgo(self) -> str:
        return self.pick(VULGOS)

    def email(self, p: Person, domain: str | None = None) -> str:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower())
        l = re.sub(r"[^a-z]", "", fold(p.last).lower())
        user = self.pick([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}_{l}{self.d(2)}", f"{f}{self.d(4)}",
                          f"{l}.{f}", f"{f}.{l}{self.rng.randint(70, 99)}", f"{f}{l[:4]}", f"{f}{l}{self.rng.randint(1, 99)}",
                          f"{f}{self.rng.randint(1, 31)}{self.pick(['', 'x', 'bb'])}"])
        domain = domain or self.pick(["gmail.com", "gmail.com", "gmail.com", "hotmail.com", "yahoo.com.br", "outlook.com",
                                      "bol.com.br", "icloud.com", "live.com"])
        return f"{user}@{domain}"

    def gov_mail(self, p: Person, uf: str | None = None, org: str | None = None) -> str:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower())
        l = re.sub(r"[^a-z]", "", fold(p.last).lower())
        uf = (uf or self.pick(UFS)).lower()
        org = org or self.pick(["seap", "sap", "seap", "sejus", "policiacivil", "defensoria", "tj", "mp"])
        return f"{f}.{l}@{org}.{uf}.gov.br" if org not in ("tj", "mp") else f"{f}.{l}@{org}{uf}.jus.br"

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
                "slash": f"{n[:3]}.{n[3:6]}.{n[6:9]}/{n[9:]}"}[style]

    def bad_cpf(self, style: str = "raw") -> str:
        n = self.neg(11)
        return fmt_cpf(n) if style == "dot" else n

    def cnpj(self, style: str = "dot", alnum: bool = False) -> str:
        if alnum:
            chars = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
            b = "".join(self.pick(chars) for _ in range(8)) + self.pick(["0001", "0001", "A001", "0C01"])
        else:
            b = self.d(8) + self.pick(["0001", "0001", "0001", "0002"])
        n = b + cnpj_dv(b)
        return f"{n[:2]}.{n[2:5]}.{n[5:8]}/{n[8:12]}-{n[12:]}" if style == "dot" else n

    def rg(self, style: str | None = None) -> str:
        style = style or self.pick(["dot", "dot", "raw", "short", "shortraw"])
        if style in ("short", "shortraw"):
            n = str(self.rng.randint(1, 9)) + self.d(self.rng.randint(6, 7))
            if style == "shortraw":
                return n
            return f"{int(n):,}".replace(",", ".")
        b = self.d(8)
        n = b + rg_sp_dv(b)
        return f"{n[:2]}.{n[2:5]}.{n[5:8]}-{n[8]}" if style == "dot" else n

    def cnh(self) -> str:
        while True:
            b = str(self.rng.randint(0, 9)) + self.d(8)
            dv = cnh_dv(b)
            if dv and not cpf_ok(b + dv) and pis_dv(b + dv[0]) != dv[1]:
                return b + dv  # no CNH that would also pass the CPF or PIS check

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
        if self.chance(0.06) and dash:
            return f"{n[:2]}.{n[2:5]}-{n[5:]}"
        return f"{n[:5]}-{n[5:]}" if dash else n

    def phone(self, style: str | None = None, mobile: bool = True) -> str:
        while True:
            ddd = self.pick(DDDS)
            local = ("9" + str(self.rng.randint(6, 9)) + self.d(7)) if mobile else (str(self.rng.randint(2, 5)) + self.d(7))
            if not cpf_ok(ddd + local):
                break
        h, t = local[:-4], local[-4:]
        style = style or self.pick(["par", "plus", "plain", "par", "raw", "dash", "par", "nospace", "sp"])
        return {"par": f"({ddd}) {h}-{t}", "plus": f"+55 {ddd} {h}-{t}", "plain": f"{ddd} {h}-{t}",
                "e164": f"+55{ddd}{local}", "raw": f"{ddd}{local}", "dash": f"{ddd}-{h}-{t}",
                "sp": f"{ddd} {h} {t}", "cc": f"55{ddd}{local}", "nospace": f"({ddd}){h}-{t}",
                "zero": f"0{ddd} {h}-{t}"}[style]

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
        first = self.pick([177, 179, 186, 187, 189, 191, 200, 201, 138, 152, 170, 45, 131, 143])
        return f"{first}.{self.rng.randint(0, 255)}.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}"

    def street_parts(self) -> tuple[str, str, str, str]:
        t = self.pick(STREET_TYPES)
        name = self.pick(STREET_NAMES)
        num = str(self.rng.randint(3, 3999)) if self.chance(0.9) else "s/n"
        comp = self.pick(["", "", "", f"apto {self.rng.randint(11, 1204)}", f"casa {self.rng.randint(1, 9)}",
                          f"bloco {self.pick('ABCDE')} apto {self.rng.randint(11, 408)}", "fundos",
                          f"casa {self.pick('ABC')}", f"qd {self.rng.randint(1, 40)} lt {self.rng.randint(1, 30)}",
                          "1º andar", f"lote {self.rng.randint(2, 60)}"])
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

    def dob(self, fmt: str | None = None, lo: int = 1958, hi: int = 2005) -> str:
        dd, mm, yy = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(lo, hi)
        fmt = fmt or self.pick(["br", "br", "br", "iso", "short", "long", "dash", "nopad", "dot"])
        return fmt_date(dd, mm, yy, fmt)

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        y = year or self.pick([2023, 2024, 2025, 2025, 2025])
        return fmt_date(self.rng.randint(1, 28), self.rng.randint(1, 12), y, fmt)

    def day(self, lo: int = 2023, hi: int = 2025) -> datetime.date:
        return datetime.date(self.rng.randint(lo, hi), self.rng.randint(1, 12), self.rng.randint(1, 28))

    def hm(self) -> str:
        return f"{self.rng.randint(6, 23):02d}:{self.rng.randint(0, 59):02d}"

    def hms(self) -> str:
        return f"{self.rng.randint(0, 23):02d}:{self.rng.randint(0, 59):02d}:{self.rng.randint(0, 59):02d}"

    def times(self, n: int, lo: int = 6 * 3600, hi: int = 23 * 3600) -> list[str]:
        secs = sorted(self.rng.sample(range(lo, hi), n))
        return [f"{x // 3600:02d}:{x % 3600 // 60:02d}" for x in secs]

    def money(self, lo: int = 20, hi: int = 50000) -> str:
        v = self.rng.randint(lo * 100, hi * 100)
        r, c = divmod(v, 100)
        return f"{r:,}".replace(",", ".") + f",{c:02d}"

    def cnj(self, seg: str | None = None) -> str:
        seg = seg or self.pick(["8.26", "8.16", "8.05", "8.17", "8.06", "8.13", "8.19", "8.21", "8.14", "8.01"])
        return f"{self.d(7)}-{self.d(2)}.{self.rng.randint(2015, 2025)}.{seg}.{self.d(4)}"

    def protocol(self) -> str:
        return self.pick([f"{self.rng.randint(2023, 2025)}{self.d(8)}", self.neg(11), f"{self.d(3)}.{self.d(3)}.{self.d(3)}",
                          f"#{self.d(9)}", self.neg(12), f"OUV-{self.d(7)}"])

    def matricula(self) -> str:
        return self.pick([f"{self.d(6)}", f"{self.d(3)}.{self.d(3)}-{self.d(1)}", f"INF{self.d(7)}", f"{self.d(2)}{self.d(5)}-{self.d(1)}"])

    def agent_id(self) -> str:
        return self.pick([f"matr. {self.d(3)}.{self.d(3)}-{self.d(1)}", f"RE {self.d(6)}-{self.d(1)}", f"mat. {self.d(7)}",
                          f"MASP {self.d(7)}-{self.d(1)}"])

    def cela(self) -> str:
        return self.pick([f"P{self.rng.randint(1, 8)}-C{self.rng.randint(1, 40):02d}", f"Ala {self.pick('ABCD')} / cela {self.rng.randint(1, 30)}",
                          f"Raio {self.rng.randint(1, 6)} X {self.rng.randint(100, 520)}", f"Bl {self.rng.randint(1, 5)} C{self.rng.randint(1, 24)}"])

    def council(self, kind: str = "CRM", uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.rng.randint(1000, 259999)
        dotted = f"{n:,}".replace(",", ".")
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} {n}", f"OAB-{uf} {n}", f"OAB/{uf} nº {dotted}"])
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {dotted}-ENF", f"COREN-{uf} {n}-TE", f"COREN/{uf} {n}-AE"])
        if kind == "CRP":
            return self.pick([f"CRP {self.rng.randint(1, 23):02d}/{self.d(5)}", f"CRP-{self.rng.randint(1, 23):02d}/{self.d(6)}"])
        if kind == "CRESS":
            return self.pick([f"CRESS {self.rng.randint(1, 25)}ª Região nº {self.d(5)}", f"CRESS/{uf} {self.d(4)}", f"CRESS-{uf} {self.d(5)}"])
        if kind == "CRF":
            return self.pick([f"CRF-{uf} {self.d(5)}", f"CRF/{uf} {self.d(4)}"])
        if kind == "CRO":
            return self.pick([f"CRO-{uf} {n}", f"CRO/{uf} {n}"])
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dotted}", f"CRM-{uf} {n}"])


def particle_f(word: str) -> str:
    return {"Dores": "das", "Glória": "da", "Graça": "da", "Luz": "da"}.get(word, "de")


def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def fmt_date(dd: int, mm: int, yy: int, fmt: str) -> str:
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}", "compact": f"{yy}{mm:02d}{dd:02d}",
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
        self.spans += [{"start": x["start"] + base, "end": x["end"] + base, "label": x["label"]} for x in other.spans]
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
            doc.e(v, lab) if v else doc.t("")
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
            doc.e(v.replace('"', '""'), lab if v else None)
            if q:
                doc.t('"')
        doc.t("\n")


def login(g: Gen, p: Person) -> str:
    """A system login of a staff member (not a PERSON span)."""
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return g.pick([f"usuário {f[0]}{l}", f"login {f}.{l}", f"usr_{l}{g.d(2)}"])


# =========================================================================== atendimento

def at_visitante(g: Gen) -> Doc:
    """Visitor registration form (carteirinha de visitante) with the minors who come along."""
    doc = Doc()
    v = g.person(female=g.chance(0.8), word=g.chance(0.15))
    preso = g.person(female=g.chance(0.15))
    city = g.city()
    att = g.person()
    unit = g.pick(PRISONS)
    doc.f("SECRETARIA DE ESTADO DE ADMINISTRAÇÃO PENITENCIÁRIA\nNÚCLEO DE CADASTRO DE VISITANTES — «u»\n"
          "FICHA DE CADASTRO DE VISITANTE   nº «n»   ( ) 1ª via  (X) renovação\n\n",
          u=unit.upper() if g.chance(0.5) else unit, n=f"{g.d(5)}/{g.rng.randint(2023, 2025)}")
    doc.f("1. DADOS DO VISITANTE\nNome: «nm»\nData nasc.: «dob»     Sexo: «sx»     Estado civil: «ec»\n",
          nm=P(g.pick([v.caps, v.full, v.caps])), dob=(g.dob(lo=1950, hi=2005), "DATE_OF_BIRTH"), sx="F" if v.female else "M",
          ec=g.pick(["solteira", "casada", "união estável", "viúva", "divorciada"]) if v.female else g.pick(["solteiro", "casado", "união estável"]))
    rgorg = g.pick(["SSP", "SDS", "SSPDS", "PC", "SESP", "IIRGD"])
    doc.f("RG: «rg» «org»/«uf»     CPF: «cpf»\n", rg=(g.rg(), "BR_RG"), org=rgorg, uf=city[1], cpf=(g.cpf(), "BR_CPF"))
    if g.chance(0.3):
        doc.f("CNH (doc. apresentado): «cnh»  cat. «c»\n", cnh=(g.cnh(), "BR_CNH"), c=g.pick(["B", "AB", "A", "D"]))
    mom = g.mother_of(v)
    doc.f("Filiação: «m»", m=P(mom.full if g.chance(0.6) else mom.caps))
    if g.chance(0.5):
        doc.f(" e «p»", p=P(g.relative(v, female=False).full))
    doc.t("\n")
    doc.f("Endereço: «ad»   Bairro: «b»\nCidade/UF: «c»/«uf»   CEP: «cep»\n",
          ad=(g.address(g.pick(["text", "caps", "text"])), "ADDRESS"), b=g.pick(BAIRROS), c=city[0], uf=city[1], cep=(g.cep(), "BR_CEP"))
    doc.f("Telefones: «t1»", t1=(g.phone(), "PHONE_NUMBER"))
    if g.chance(0.6):
        doc.f(" / «t2» (recado)", t2=(g.phone(g.pick(["par", "plain", "zero"]), mobile=g.chance(0.5)), "PHONE_NUMBER"))
    doc.t("\n")
    if g.chance(0.7):
        doc.f("E-mail: «e»\n", e=(g.email(v), "EMAIL_ADDRESS"))
    doc.f("\n2. PESSOA PRESA A SER VISITADA\nNome: «pn»   Matrícula: «mat»   Local: «cela»\nGrau de parentesco/vínculo: «gp»\n",
          pn=P(g.pick([preso.caps, preso.inverted, preso.full])), mat=g.matricula(), cela=g.cela(),
          gp=g.pick(["cônjuge", "companheira (união estável — declaração anexa)", "mãe", "irmã", "filha", "avó", "amiga (visita social)", "namorada"] if v.female else ["cônjuge", "companheiro (união estável — declaração anexa)", "pai", "irmão", "filho", "avô"]))
    kids = g.rng.randint(0, 2)
    if kids:
        doc.t("\n3. MENORES ACOMPANHANTES (autorização judicial / certidão de nascimento)\n")
        for i in range(kids):
            k = g.relative(preso)
            doc.f("  «i») «kn» — nasc. «kd» — certidão matr. «cm»\n", i=i + 1, kn=P(g.pick([k.full, k.caps])),
                  kd=(g.dob("br", 2010, 2024), "DATE_OF_BIRTH"), cm=f"{g.d(6)} 01 55 {g.d(4)} {g.d(1)} {g.d(5)} {g.d(3)} {g.d(7)} {g.d(2)}")
    doc.f("\nDocumentos conferidos: (X) RG (X) comprovante de residência (X) certidão de antecedentes nº «ant» «extra»\n",
          ant=g.protocol(), extra=g.pick(["", "(X) declaração de união estável", "( ) atestado de vacina"]))
    if g.chance(0.4):
        doc.f("Obs.: «o»\n", o=g.pick(["visitante já cadastrada na Cadeia Pública Bento Leal, transferência de cadastro",
                                        "suspensa por 30 dias em " + g.date() + " (tentativa de entrada com chip no solado)",
                                        "campo profissão em branco — diz que é diarista", "traz jumbo quinzenal, conferir lista", g.pick(WORDS)]))
    doc.f("\nCadastrado por: «a» («aid») em «d» às «h»\n", a=P(g.pick([att.full, att.short, att.caps])) if g.chance(0.5) else login(g, att), aid=g.agent_id(),
          d=g.date(), h=g.hm())
    return doc


def at_lista_visita(g: Gen) -> Doc:
    """Visiting-day list of a wing, fixed-width as printed by the unit's system."""
    doc = Doc()
    unit = g.pick(PRISONS)
    doc.f("«u»\nLISTA DE VISITAS — «dia» «d» — «pav»\nEmitido por: «sys» em «d» «h»\n\n",
          u=fold(unit).upper(), dia=g.pick(["SÁBADO", "DOMINGO", "QUARTA-FEIRA"]), d=g.date(), pav=g.pick(["PAVILHÃO 3 (ALA B)", "RAIO 2", "BLOCO C — SEGURO", "ALA FEMININA"]),
          sys=g.pick(["siap.visita", "usr_portaria2", "sistema SIAPEN", "cadvis"]), h=g.hm())
    rows = []
    n = g.rng.randint(4, 5)
    times = g.times(n, 8 * 3600, 11 * 3600)
    for i in range(n):
        p = g.person(female=g.chance(0.1))
        v = g.person(female=g.chance(0.8))
        kind = g.pick(["RG", "RG", "CPF", "CPF", "CNH"])
        val = {"RG": (g.rg(g.pick(["dot", "raw", "short"])), "BR_RG"), "CPF": (g.cpf(), "BR_CPF"), "CNH": (g.cnh(), "BR_CNH")}[kind]
        rows.append([V(f"{i + 1:03d}"), V(g.cela()), P(g.pick([p.inverted, p.caps])), V(g.matricula()),
                     P(g.pick([v.caps, v.caps, v.full])), V(kind), val, V(g.pick(["ESPOSA", "MÃE", "COMPANHEIRA", "IRMÃ", "FILHA", "AVÓ"] if v.female else ["PAI", "IRMÃO", "FILHO", "AVÔ"])),
                     (g.phone(g.pick(["raw", "par", "plain"])), "PHONE_NUMBER") if g.chance(0.8) else V("-"), V(times[i])])
    table_fixed(doc, ["SENHA", "CELA", "CUSTODIADO", "MATRIC.", "VISITANTE", "DOC", "Nº DOC", "PARENT.", "TEL. CONTATO", "ENTRADA"], rows)
    doc.t("\nVEÍCULOS NO ESTACIONAMENTO EXTERNO:\n")
    for _ in range(g.rng.randint(1, 3)):
        v = g.person()
        doc.f("  «pl» — «nm» («m»)\n", pl=(g.plate(), "LICENSE_PLATE"), nm=P(g.pick([v.caps, v.short])) if g.chance(0.5) else f"senha {g.rng.randint(1, 60):03d}", m=g.pick(["Gol prata", "Onix branco", "moto Fan 160", "Uno vermelho", "Strada"]))
    susp = g.person(female=True)
    doc.f("\nOCORRÊNCIA: visitante «s» (RG «rg») barrada na revista — «motivo». Comunicado ao chefe de plantão «ch».\n",
          s=P(g.pick([susp.caps, susp.full])), rg=(g.rg(), "BR_RG"),
          motivo=g.pick(["detector apontou objeto (bodyscan)", "roupa fora do padrão (cor preta)", "documento vencido", "nome fora da lista"]),
          ch=P(g.person(female=False).short) if g.chance(0.5) else "(chefe de plantão)")
    if g.chance(0.4):
        doc.f("Agentes na revista: «a1» e «a2». Total de visitantes: «t».\n",
              a1=P(g.person(female=True).first), a2=P(g.person().short), t=g.rng.randint(40, 160))
    else:
        doc.f("Agentes na revista: «a1» e «a2». Total de visitantes: «t».\n", a1=g.agent_id(), a2=g.agent_id(), t=g.rng.randint(40, 160))
    return doc


def at_bo(g: Gen) -> Doc:
    """Police station intake: boletim de ocorrência of a vehicle theft."""
    doc = Doc()
    c = g.person()
    city = g.city()
    esc = g.person()
    dele = g.person()
    doc.f("POLÍCIA CIVIL DO ESTADO — «dp»\nBOLETIM DE OCORRÊNCIA Nº «bo»\nNatureza: «nat»\nData/hora do registro: «d» «h»   "
          "Data do fato: «df» aprox. «hf»\n\n",
          dp=g.pick(["3º DP de " + city[0], "DELEGACIA DE ROUBOS E FURTOS DE VEÍCULOS", "CENTRAL DE FLAGRANTES", "DELEGACIA ONLINE (registro via internet)"]),
          bo=f"{g.rng.randint(100, 9999)}/{g.rng.randint(2023, 2025)}", nat=g.pick(["FURTO DE VEÍCULO (art. 155 do CP)", "ROUBO DE VEÍCULO (art. 157, §2º-A, I, do CP)", "FURTO QUALIFICADO"]),
          d=g.date(), h=g.hm(), df=g.date(), hf=g.hm())
    doc.f("COMUNICANTE / VÍTIMA\nNome: «n»\nNacionalidade: brasileira  Est. civil: «ec»  Profissão: «pr»\nNascimento: «dob»  Natural de: «nat»\n"
          "Filiação: «m»\nRG: «rg» «org»   CPF: «cpf»   CNH: «cnh»\nEndereço: «ad», «b», «c»/«uf», CEP «cep»\nTel.: «t»   e-mail: «e»\n\n",
          n=P(c.caps), ec=g.pick(["solteiro(a)", "casado(a)", "divorciado(a)"]), pr=g.pick(["motorista de aplicativo", "autônomo", "professora", "comerciante", "pedreiro", "técnica de enfermagem"]),
          dob=(g.dob(), "DATE_OF_BIRTH"), nat=g.pick(CITIES)[0], m=P(g.mother_of(c).caps), rg=(g.rg(), "BR_RG"), org=g.pick(["SSP/" + city[1], "PC/" + city[1], "DETRAN/" + city[1]]),
          cpf=(g.cpf(), "BR_CPF"), cnh=(g.cnh(), "BR_CNH"), ad=(g.address(g.pick(["caps", "text"])), "ADDRESS"), b=g.pick(BAIRROS), c=city[0], uf=city[1], cep=(g.cep(), "BR_CEP"),
          t=(g.phone(), "PHONE_NUMBER"), e=(g.email(c), "EMAIL_ADDRESS"))
    doc.f("VEÍCULO\nMarca/modelo: «mm»   Cor: «cor»   Ano: «a»\nPlaca: «pl»   RENAVAM: «ren»   Chassi: «ch»\n\n",
          mm=g.pick(["VW/GOL 1.0", "FIAT/UNO MILLE", "HONDA/CG 160 FAN", "CHEV/ONIX 1.0MT LT", "FIAT/STRADA", "YAMAHA/FAZER 250"]),
          cor=g.pick(["PRATA", "BRANCA", "PRETA", "VERMELHA"]), a=g.rng.randint(2008, 2023), pl=(g.plate(), "LICENSE_PLATE"),
          ren=g.neg(11), ch="9" + "".join(g.pick("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(16)))
    local_pub = g.chance(0.6)
    loc = g.address()
    doc.f("HISTÓRICO\nRelata «o» comunicante que estacionou o veículo acima ", o="o" if not c.female else "a")
    if local_pub:
        doc.f("em frente à residência situada na «loc», e ao retornar, por volta das «h», constatou que o bem não estava mais no local. ",
              loc=(loc, "ADDRESS"), h=g.hm())
    else:
        doc.f("no estacionamento do «emp», e ao retornar constatou a subtração. ", emp=g.pick(["Supermercado Bento Leal", "Shopping Aurora", "Atacadão Flor do Campo", "Hospital Regional Dr. Amado Gurgel"]))
    doc.f("Informa que o veículo possui rastreador (empresa «r») e que o celular «cel» estava no porta-luvas. "
          "Suspeita de um rapaz conhecido por «v», «desc». Câmeras do vizinho, «viz», podem ter gravado.\n\n",
          r=g.pick(["Aurora Rastreamento", "LeãoTrack", "Rosa dos Ventos Monitoramento"]), cel=g.pick(["Samsung A14", "Motorola G32", "iPhone 11"]),
          v=P(g.vulgo()), desc=g.pick(["que frequenta a praça do bairro", "que já foi preso por receptação", "morador da rua de trás"]),
          viz=P(g.pick([g.person().full, g.person(female=False).first])) if g.chance(0.5) else g.pick(["o da casa 12", "dono do bar"]))
    doc.f("Escrivão(ã): «es» («eid»)   Autoridade: Dr(a). «dl», Delegado(a) de Polícia\nCópia enviada para o e-mail do comunicante. Não há CPF do suspeito.\n",
          es=P(esc.full) if g.chance(0.5) else login(g, esc), eid=g.agent_id(), dl=P(dele.full))
    return doc


def at_ouvidoria(g: Gen) -> Doc:
    """A relative's e-mail to the prison ombudsman and the analyst's reply."""
    doc = Doc()
    mae = g.person(female=True, word=g.chance(0.2))
    filho = g.relative(mae, female=g.chance(0.1))
    an = g.person()
    uf = g.pick(UFS)
    casual = g.chance(0.6)
    doc.f("De: «mn» <«me»>\nPara: ouvidoria@seap.«uf».gov.br\nAssunto: «s»\nData: «d» «h»\nX-Originating-IP: [«ip»]\n\n",
          mn=P(g.pick([mae.full, mae.caps, mae.short])), me=(g.email(mae), "EMAIL_ADDRESS"), uf=uf.lower(),
          s=g.pick(["transferencia sem aviso do meu filho", "URGENTE remédio do meu filho", "reclamação visita cancelada", "pedido de informação sobre preso"]),
          d=g.date(), h=g.hm(), ip=(g.ip(), "IP_ADDRESS"))
    if casual:
        doc.f("boa tarde, meu nome é «m» sou mae do «f» matricula «mat» que tava na «u». domingo fui na visita e falaram que ele foi "
              "transferido e ninguem sabe pra onde. ja liguei varias vezes no telefone da unidade e nao atende. ele toma remedio controlado. "
              "o cpf dele é «cpf» e nasceu em «dob». meu zap é «tel», por favor me liguem\n\n«m2»\n" if g.chance(0.5) else "o cpf dele é «cpf» e nasceu em «dob». meu zap é «tel», por favor me liguem\nenviado do meu celular\n",
              m=P(mae.low if g.chance(0.4) else mae.full), f=P(g.pick([filho.first, filho.full, filho.low])), mat=g.matricula(),
              u=g.pick(PRISONS), cpf=(g.cpf(g.pick(["raw", "dot"])), "BR_CPF"), dob=(g.dob("br", 1980, 2005), "DATE_OF_BIRTH"),
              tel=(g.phone(g.pick(["raw", "plain", "par"])), "PHONE_NUMBER"), m2=P(mae.first))
    else:
        doc.f("Prezados,\n\nVenho por meio deste solicitar informações sobre o custodiado «f», CPF «cpf», filho de «m», recolhido na «u». "
              "Desde «d» não recebemos notícias e a visita do dia «d2» foi cancelada sem explicação. Resido na «ad», CEP «cep», "
              "e posso ser contatada pelo telefone «tel».\n\nAtenciosamente,\n«m»\nRG «rg»\n",
              f=P(filho.caps), cpf=(g.cpf(), "BR_CPF"), m=P(mae.full), u=g.pick(PRISONS), d=g.date(), d2=g.date(),
              ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"), tel=(g.phone(), "PHONE_NUMBER"), rg=(g.rg(), "BR_RG"))
    doc.f("\n---------- Resposta ----------\nDe: «an» <«ae»>\nCc: ouvidoria@seap.«uf».gov.br\nManifestação nº «prot» (Lei 13.460/2017)\n\n"
          "«mf», bom dia.\nConforme consulta ao SIAPEN, o interno «fn» foi removido em «d» para a «u2» por «mot». "
          "A próxima visita pode ser agendada pelo portal ou pelo telefone da unidade. Quanto à medicação, a equipe de saúde "
          "confirmou a continuidade do tratamento.\n\nAtenciosamente,\nOuvidoria Setorial — SEAP/«UF»\n",
          an=P(an.full), ae=(g.gov_mail(an, uf, "seap"), "EMAIL_ADDRESS"), uf=uf.lower(), prot=g.protocol(), mf=g.pick(["Senhora", "Prezada senhora", "Prezada manifestante"]),
          fn=P(filho.full) if g.chance(0.5) else "em questão", d=g.date(), u2=g.pick(PRISONS), mot=g.pick(["necessidade de vaga", "decisão judicial no processo " + g.cnj(), "questão de segurança (art. 86 da LEP)"]),
          UF=uf)
    return doc


def at_agendamento(g: Gen) -> Doc:
    """Online visit scheduling: the confirmation e-mail and the support ticket with access log lines."""
    doc = Doc()
    v = g.person(female=g.chance(0.8))
    preso = g.person(female=False)
    doc.f("[Portal de Agendamento de Visitas] Agendamento confirmado\nPara: «e»\n\nOlá, «vf»!\nSeu agendamento foi confirmado.\n"
          "  Protocolo: «prot»\n  Visitante: «vn» — CPF «cpf»\n  Pessoa privada de liberdade: «pn» (prontuário «mat»)\n"
          "  Unidade: «u»\n  Data da visita: «dv» — turno «t»\n  QR de entrada: «qr»\nApresente documento original com foto. "
          "Não responda este e-mail (nao-responda@).\n\n",
          e=(g.email(v), "EMAIL_ADDRESS"), vf=P(v.first), prot=g.protocol(), vn=P(v.caps), cpf=(g.cpf(), "BR_CPF"),
          pn=P(preso.caps), mat=g.matricula(), u=g.pick(PRISONS), dv=g.date(), t=g.pick(["manhã", "tarde"]), qr=g.hexs(32))
    sup = g.person()
    doc.f("=== Chamado HD-«n» (suporte N2) — aberto por «s» ===\nResumo: visitante relata que não consegue logar; bloqueio após 5 tentativas.\n"
          "Trecho do access.log (filtrado pelo CPF):\n", n=g.d(6), s=P(sup.full))
    cpf = g.cpf_digits()
    ip = g.ip()
    nlog = g.rng.randint(3, 5)
    day = g.date("iso")
    stamps = [f"{day}T{t}:{g.rng.randint(0, 59):02d}" for t in g.times(nlog, 7 * 3600, 22 * 3600)]
    for k in range(nlog):
        bad = k < 2 and g.chance(0.6)
        cval = (g.bad_cpf(), None) if bad else (cpf, "BR_CPF")
        doc.f("«ts» «ip» POST /visitante/login cpf=«c» status=«st» ua=«ua»\n",
              ts=stamps[k], ip=(ip if k < 3 else g.ip(), "IP_ADDRESS"), c=cval,
              st="401 CPF_INVALIDO" if bad else g.pick(["401 SENHA", "401 SENHA", "423 BLOQUEADO", "200"]),
              ua=g.pick(["Android 13; SM-A145M", "iPhone OS 16_6", "Windows NT 10.0 Chrome/124"]))
    doc.f("\nAnálise («a»): as duas primeiras tentativas usaram CPF digitado errado (dígito não bate). Desbloqueei o usuário do CPF «c» e "
          "reenviei o link para «e». Telefone de contato informado no chamado: «t».\nObs: o IP «ip» é de operadora móvel; não há indício de fraude.\n",
          a=P(g.pick([sup.first, g.person().first])) if g.chance(0.5) else login(g, sup), c=(fmt_cpf(cpf), "BR_CPF"), e=(g.email(v), "EMAIL_ADDRESS"), t=(g.phone(), "PHONE_NUMBER"),
          ip=(ip, "IP_ADDRESS"))
    return doc


def at_monitoramento(g: Gen) -> Doc:
    """Electronic-monitoring (tornozeleira) incident log of the monitoring centre."""
    doc = Doc()
    m = g.person(female=g.chance(0.15))
    city = g.city()
    nev = g.rng.randint(4, 6)
    yy = g.rng.randint(2024, 2025)
    evs = sorted((g.rng.randint(1, 12), g.rng.randint(1, 28)) for _ in range(nev))
    doc.f("CENTRAL INTEGRADA DE MONITORAÇÃO ELETRÔNICA — «c»/«uf»\nRELATÓRIO DE INCIDENTES — período «d1» a «d2»\n\n"
          "Monitorado(a): «n»   vulgo «v»\nCPF: «cpf»   Nasc.: «dob»\nProcesso (execução): «cnj»\nDispositivo: «dev»   Medida: «med»\n"
          "Área de inclusão (residência): «ad» — «b» — CEP «cep»\nTelefones cadastrados: «t1» (próprio); «t2» («rel», «rn»)\n\n",
          c=city[0], uf=city[1], d1=f"{evs[0][1]:02d}/{evs[0][0]:02d}/{yy}", d2=f"{evs[-1][1]:02d}/{evs[-1][0]:02d}/{yy}", n=P(m.caps), v=P(g.vulgo()), cpf=(g.cpf(), "BR_CPF"), dob=(g.dob(lo=1965, hi=2004), "DATE_OF_BIRTH"),
          cnj=g.cnj(), dev=f"SN {g.pick(['TZ', 'UE', 'SPC'])}-{g.d(6)}-{g.hexs(2).upper()}", med=g.pick(["recolhimento noturno 20h-6h", "saída temporária", "prisão domiciliar", "medida protetiva (zona de exclusão)"]),
          ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), cep=(g.cep(), "BR_CEP"), t1=(g.phone(), "PHONE_NUMBER"), t2=(g.phone(), "PHONE_NUMBER"),
          rel=g.pick(["mãe", "companheira", "irmã", "avó"]), rn=P(g.relative(m, female=True).full))
    ops = [g.person() for _ in range(2)]
    doc.t("DATA/HORA           EVENTO                      LAT/LONG                 TRATATIVA\n")
    for mo, dd in evs:
        ev = g.pick(["VIOLAÇÃO ZONA INCLUSÃO", "BATERIA < 10%", "ROMPIMENTO DE CINTA", "PERDA SINAL GPS", "VIOLAÇÃO ZONA EXCLUSÃO", "SEM COMUNICAÇÃO GPRS"])
        lat = f"-{g.rng.randint(3, 30)}.{g.d(6)}, -{g.rng.randint(35, 60)}.{g.d(6)}"
        op = g.pick(ops)
        doc.f("«dt» «h»    «ev» «ll» ", dt=f"{dd:02d}/{mo:02d}/{yy}", h=g.hm(), ev=ev.ljust(27), ll=lat.ljust(24))
        k = g.rng.randint(0, 3)
        if k == 0:
            doc.f("ligação p/ «t» — atendeu a «q», disse que ele «r». «o»\n", t=(g.phone(g.pick(["raw", "plain"])), "PHONE_NUMBER"),
                  q=g.pick(["mãe", "companheira", "irmã"]),
                  r=g.pick(["estava no culto", "foi ao posto de saúde", "já estava chegando", "tava dormindo"]), o=f"cime.op{g.rng.randint(1, 30):02d}")
        elif k == 1:
            doc.f("SMS automático enviado; sem retorno. Op. «o» («l»)\n", o=P(op.short), l=f"cime.op{g.rng.randint(1, 30):02d}")
        elif k == 2:
            doc.f("acionada viatura «pl» (PM), monitorado localizado na «loc». «o»\n", pl=(g.plate(), "LICENSE_PLATE"),
                  loc=(g.address(), "ADDRESS"), o=f"cime.op{g.rng.randint(1, 30):02d}")
        else:
            doc.f("normalizado após «x» min, sem tratativa\n", x=g.rng.randint(2, 90))
    doc.f("\nEncaminhado ao juízo da VEP (e-mail da vara) e à Defensoria — defensor(a) «df». Relatório gerado por «o» em «d».\n",
          df=P(g.person().full) if g.chance(0.5) else "plantão", o=P(ops[0].full) if g.chance(0.5) else login(g, ops[0]), d=g.date())
    return doc


def at_provita(g: Gen) -> Doc:
    """Pre-screening form of the victim and witness protection programme, with the household."""
    doc = Doc()
    r = g.person(female=g.chance(0.6), word=g.chance(0.2))
    city = g.city()
    tec = g.person(female=True)
    doc.f("PROGRAMA DE PROTEÇÃO A VÍTIMAS E TESTEMUNHAS AMEAÇADAS — PROVITA/«uf»\nFICHA DE PRÉ-TRIAGEM (SIGILOSO)   Nº «n»\n\n"
          "Órgão de origem: «org»\nResponsável pelo encaminhamento: «resp» — «rid»\nInquérito/Processo: «cnj»\n\n",
          uf=city[1], n=f"PT-{g.d(4)}/{g.rng.randint(2023, 2025)}", org=g.pick(["Ministério Público — Promotoria Criminal", "Delegacia de Homicídios", "Defensoria Pública", "Vara do Júri"]),
          resp=P(g.person().full) if g.chance(0.5) else "titular do órgão", rid=g.pick(["Promotor(a) de Justiça", "Delegado(a)", "Defensor(a) Público(a)"]),
          cnj=g.cnj())
    doc.f("REQUERENTE\nNome: «n»   Nome social: «ns»\nNascimento: «dob»   CPF: «cpf»   RG: «rg»\nNIS: «nis»   Título: «tit»\n"
          "Endereço atual (NÃO DIVULGAR): «ad», «b», «c»/«uf» — CEP «cep»\nContato seguro: «t»\nCondição: «cond»\n\n",
          n=P(r.full), ns="—" if g.chance(0.8) else "", dob=(g.dob(lo=1955, hi=2006), "DATE_OF_BIRTH"), cpf=(g.cpf(), "BR_CPF"),
          rg=(g.rg(), "BR_RG"), nis=(g.pis(), "BR_PIS"), tit=(g.titulo(), "BR_TITULO_ELEITOR"), ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), c=city[0], uf=city[1],
          cep=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"), cond=g.pick(["testemunha ocular de homicídio", "vítima de tentativa de homicídio", "familiar de testemunha"]))
    doc.t("NÚCLEO FAMILIAR\n")
    rows = []
    for _ in range(g.rng.randint(2, 4)):
        k = g.relative(r)
        adult = g.chance(0.5)
        rows.append([P(k.full), V(g.pick(["companheiro(a)", "mãe", "pai", "irmão(ã)"] if adult else ["filho(a)", "enteado(a)", "neto(a)", "sobrinho(a)"])),
                     (g.dob("br", 1960 if adult else 2008, 2004 if adult else 2023), "DATE_OF_BIRTH"),
                     (g.cpf(), "BR_CPF") if adult else V("—"), V(g.pick(["sim", "não"]))])
    table_md(doc, ["Nome", "Parentesco", "Nascimento", "CPF", "Estuda/trabalha"], rows)
    am = g.person(female=False)
    doc.f("\nAMEAÇADOR(ES)\n«an», vulgo «v», «sit». Circula em «car» placa «pl». Outro envolvido conhecido só como «v2».\n\n"
          "Relato: «rel»\n\nTécnica de referência: «tec» — assistente social, «cress»\nData da escuta: «d»\n",
          an=P(g.pick([am.caps, am.full])), v=P(g.vulgo()), sit=g.pick(["foragido", "preso no CDP, mas com comparsas soltos", "em liberdade provisória"]),
          car=g.pick(["um Corolla preto", "uma Hilux branca", "uma moto XRE vermelha"]), pl=(g.plate(), "LICENSE_PLATE"), v2=P(g.vulgo()),
          rel=g.pick(["após depor na audiência, recebeu recados pelo irmão do réu; seria prudente mudança imediata de cidade.",
                      "picharam o muro da casa e mandaram áudio no WhatsApp dizendo que 'a rosa vai murchar'.",
                      "o filho foi abordado na saída da escola Estadual Prof. Clemente Tabosa."]),
          tec=P(tec.full), cress=(g.council("CRESS", city[1]), "PROFESSIONAL_ID"), d=g.date())
    if g.chance(0.4):
        doc.f("Psicólogo(a) da escuta: «psi» — «crp»\n", psi=P(g.person().full), crp=(g.council("CRP"), "PROFESSIONAL_ID"))
    return doc

# =========================================================================== juridico

def imei(g: Gen) -> str:
    """A 15-digit IMEI (Luhn-valid, as real ones are) that is no valid CNS."""
    while True:
        b = g.pick(["35", "86", "35"]) + g.d(12)
        if not cns_ok(b + luhn_dv(b)):
            return b + luhn_dv(b)


def ju_prontuario(g: Gen) -> Doc:
    """Prison admission record (prontuário / ficha de inclusão) as extracted from the state system."""
    doc = Doc()
    p = g.person(female=g.chance(0.2), word=g.chance(0.15))
    city = g.city()
    mom = g.mother_of(p)
    doc.f("PRONTUÁRIO DO PRESO — FICHA DE INCLUSÃO\nUnidade: «u»   Prontuário: «mat»   SEEU: «seeu»   RJI: «rji»\n"
          "Data da prisão: «dp»   Data de inclusão: «di»   Procedência: «proc»\n\n",
          u=g.pick(PRISONS), mat=g.matricula(), rji=g.neg(11), seeu=g.neg(11) if g.chance(0.5) else f"{g.d(7)}.{g.d(2)}", dp=g.date(), di=g.date(),
          proc=g.pick(["CDP de " + g.city()[0], "Central de Flagrantes", "audiência de custódia", "recambiado de outro estado"]))
    doc.f("IDENTIFICAÇÃO\nNome civil: «n»\nNome social: «ns»\nVulgo/alcunha: «v»\nNascimento: «dob»   Naturalidade: «nat»   Nacionalidade: «nac»\n"
          "Mãe: «m»\nPai: «pai»\nEstado civil: «ec»   Escolaridade: «esc»   Profissão: «prof»\n",
          n=P(p.caps), ns="não informado", v=P(g.vulgo()), dob=(g.dob(lo=1960, hi=2006), "DATE_OF_BIRTH"), nat=f"{city[0]}/{city[1]}",
          nac=g.pick(["brasileira", "brasileira", "brasileira", "venezuelana", "paraguaia", "boliviana", "nigeriana"]),
          m=P(mom.caps), pai=P(g.relative(p, female=False).caps) if g.chance(0.45) else V("NÃO DECLARADO"),
          ec=g.pick(["SOLTEIRO(A)", "UNIÃO ESTÁVEL", "CASADO(A)"]), esc=g.pick(["fundamental incompleto", "médio completo", "não alfabetizado", "médio incompleto"]),
          prof=g.pick(["servente de pedreiro", "ajudante geral", "vendedor ambulante", "desempregado", "manicure", "motoboy"]))
    doc.f("RG: «rg» «org»   CPF: «cpf»\nTítulo de eleitor: «tit»  zona «z» seção «s»\n", rg=(g.rg(), "BR_RG"), org="SSP/" + city[1],
          cpf=(g.cpf(), "BR_CPF"), tit=(g.titulo(), "BR_TITULO_ELEITOR"), z=g.rng.randint(1, 400), s=g.rng.randint(1, 900))
    if g.chance(0.3):
        doc.f("CNH: «cnh» (suspensa)\n", cnh=(g.cnh(), "BR_CNH"))
    doc.f("Último endereço: «ad», «b», «c»/«uf» — CEP «cep»\nContato familiar: «cf» («gp») — «t»\n\n",
          ad=(g.address(g.pick(["caps", "text", "low"])), "ADDRESS"), b=g.pick(BAIRROS), c=city[0], uf=city[1], cep=(g.cep(), "BR_CEP"),
          cf=P(g.relative(p, female=True).full), gp=g.pick(["mãe", "companheira", "irmã", "tia"]), t=(g.phone(), "PHONE_NUMBER"))
    doc.t("PROCESSOS\n")
    rows = []
    for _ in range(g.rng.randint(1, 3)):
        rows.append([V(g.cnj()), V(g.pick(["1ª Vara Criminal", "Vara de Tóxicos", "2ª Vara do Júri", "VEP"])), V(g.pick(ARTIGOS)),
                     V(g.pick(["provisório", f"{g.rng.randint(2, 22)}a {g.rng.randint(0, 11)}m", "condenado — trânsito em julgado"])),
                     V(g.pick(["fechado", "semiaberto", "—"]))])
    table_fixed(doc, ["Processo", "Juízo", "Tipificação", "Pena", "Regime"], rows)
    adv = g.person()
    doc.f("\nFacção declarada: «fac»   Cela designada: «cela»   Seguro: «seg»\nSinais particulares: «sp»\n"
          "Advogado(a) constituído(a): «adv» — «oab»\nResponsável pela inclusão: «ag» («aid»)\n",
          fac=g.pick(["nenhuma", "não declarou", "recusou informar"]), cela=g.cela(), seg=g.pick(["não", "sim (art. 213)"]),
          sp=g.pick(["tatuagem de carpa no braço direito", "cicatriz no supercílio", "tatuagem de rosa no pescoço", "nenhum"]),
          adv=P(adv.full), oab=(g.council("OAB", city[1]), "PROFESSIONAL_ID"), ag=P(g.person().short) if g.chance(0.5) else login(g, g.person()), aid=g.agent_id())
    return doc


def ju_bnmp(g: Gen) -> Doc:
    """BNMP arrest-warrant extract with the police note of its execution."""
    doc = Doc()
    p = g.person(female=g.chance(0.15))
    cnj = g.cnj()
    mom = g.mother_of(p)
    jz = g.person()
    doc.f("BANCO NACIONAL DE MEDIDAS PENAIS E PRISÕES — BNMP 3.0\nPEÇA: MANDADO DE PRISÃO   Nº «mp»\nSituação: «sit»\n"
          "Processo: «cnj»   Órgão: «org»\nRJI: «rji»\nMagistrado(a): «jz»\n\n",
          mp=f"{cnj}.01.{g.d(4)}-{g.d(2)}", rji=g.neg(11), sit=g.pick(["PENDENTE DE CUMPRIMENTO", "CUMPRIDO", "EXPEDIDO"]), cnj=cnj,
          org=g.pick(["1ª Vara Criminal de " + g.city()[0], "Vara de Execuções Penais", "Tribunal do Júri de " + g.city()[0]]), jz=P(jz.caps))
    city = g.city()
    doc.f("PESSOA\nNome: «n»\nAlcunha(s): «a1»", n=P(p.caps), a1=P(g.vulgo()))
    if g.chance(0.4):
        doc.f("; «a2»", a2=P(g.vulgo()))
    doc.f("\nSexo: «sx»   Data de nascimento: «dob»\nNome da mãe: «m»\nNome do pai: «pai»\n"
          "Documentos: CPF «cpf» | RG «rg» «org» | Título «tit»\nNaturalidade: «nat»\n",
          sx="FEMININO" if p.female else "MASCULINO", dob=(g.dob(g.pick(["br", "br", "iso"]), 1962, 2005), "DATE_OF_BIRTH"),
          m=P(mom.caps), pai=P(g.relative(p, female=False).caps) if g.chance(0.6) else V("NÃO CONSTA"), cpf=(g.cpf(), "BR_CPF"),
          rg=(g.rg(), "BR_RG"), org=f"SSP/{city[1]}", nat=f"{city[0]} - {city[1]}", tit=(g.titulo(), "BR_TITULO_ELEITOR") if g.chance(0.5) else "não consta")
    doc.t("Endereços conhecidos:\n")
    for _ in range(g.rng.randint(1, 2)):
        c2 = g.city()
        doc.f("  - «ad», «b», «c»/«uf», CEP «cep»\n", ad=(g.address("caps"), "ADDRESS"), b=fold(g.pick(BAIRROS)).upper(), c=fold(c2[0]).upper(),
              uf=c2[1], cep=(g.cep(g.chance(0.8)), "BR_CEP"))
    doc.f("Características: «car»\n\nTIPIFICAÇÃO: «art»\nEspécie de prisão: «esp»   Pena imposta: «pena»   Regime: «reg»\n"
          "Validade do mandado: «val»\n\n",
          car=g.pick(["pardo, 1,72m, cabelo crespo", "branco, olhos claros, tatuagem 'Vitória' no antebraço", "negro, 1,80m, cicatriz na mão"]),
          art=g.pick(ARTIGOS), esp=g.pick(["PREVENTIVA", "DEFINITIVA", "TEMPORÁRIA (Lei 7.960/1989)"]),
          pena=f"{g.rng.randint(1, 25)} anos", reg=g.pick(["fechado", "semiaberto"]), val=g.date(year=g.rng.randint(2030, 2044)))
    cond = g.person(female=g.chance(0.2))
    doc.f("CERTIDÃO DE CUMPRIMENTO (anexada por «usr»)\nCertifico que em «d», às «h», na «loc», dei cumprimento ao mandado, "
          "conduzindo o(a) procurado(a) à «dp». Equipe: «c1» («id1») e «c2», viatura «pl». "
          "O preso indicou como contato o telefone «t», de sua companheira «comp».\n",
          usr=g.pick(["usuário PMGO.12033", "sistema", "agente.plantao"]), d=g.date(), h=g.hm(), loc=(g.address(), "ADDRESS"),
          dp=g.pick(["Central de Flagrantes", "Delegacia de Capturas (DECAP)", "5ª DP"]), c1=P(cond.full), id1=g.agent_id(),
          c2=g.agent_id(), pl=(g.plate(), "LICENSE_PLATE"), t=(g.phone(), "PHONE_NUMBER"), comp=P(g.person(female=True).first) if g.chance(0.5) else "(nome não informado)")
    return doc


def ju_progressao(g: Gen) -> Doc:
    """Sentence-progression petition with the sentence calculation and remission."""
    doc = Doc()
    p = g.person(female=g.chance(0.2))
    adv = g.person()
    city = g.city()
    cnj = g.cnj()
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) JUIZ(A) DE DIREITO DA VARA DE EXECUÇÕES PENAIS DA COMARCA DE «c»/«uf»\n\n"
          "Execução Penal nº «cnj» (RJI «rji»)\n\n«n», «nac», «ec», portador(a) do RG nº «rg» e inscrito(a) no CPF sob o nº «cpf», "
          "nascido(a) em «dob», atualmente recolhido(a) na «u», por seu advogado que esta subscreve, vem, respeitosamente, "
          "com fundamento no art. 112 da Lei 7.210/1984 (com a redação da Lei 13.964/2019), requerer a\n\n"
          "PROGRESSÃO DO REGIME «r1» PARA O «r2»\n\npelas razões a seguir.\n\n",
          c=fold(city[0]).upper(), uf=city[1], cnj=cnj, rji=g.neg(11), n=P(p.caps), nac="brasileiro(a)", ec=g.pick(["solteiro(a)", "convivente", "casado(a)"]),
          rg=(g.rg(), "BR_RG"), cpf=(g.cpf(), "BR_CPF"), dob=(g.dob("long", 1970, 2003), "DATE_OF_BIRTH"), u=g.pick(PRISONS),
          r1=g.pick(["FECHADO", "SEMIABERTO"]), r2=g.pick(["SEMIABERTO", "ABERTO"]))
    dias = g.rng.randint(20, 300)
    emp = g.pick(COMPANIES)
    doc.f("1. DO REQUISITO OBJETIVO\nConforme cálculo do SEEU (atestado de pena a cumprir emitido em «d»):\n"
          "  Pena total: «pt»   Data-base: «db»\n  Remição reconhecida: «rd» dias (trabalho na «emp», CNPJ «cnpj», e leitura — Rec. CNJ 44/2013)\n"
          "  Fração: «fr»   Requisito objetivo atingido em: «dr»\n\n",
          d=g.date(), pt=f"{g.rng.randint(4, 20)} anos e {g.rng.randint(0, 11)} meses", db=g.date(year=g.rng.randint(2018, 2023)), rd=dias,
          emp=emp, cnpj=(g.cnpj(alnum=g.chance(0.25)), "BR_CNPJ"), fr=g.pick(["16%", "20%", "25%", "40%", "1/6"]), dr=g.date())
    dire = g.person()
    doc.f("2. DO REQUISITO SUBJETIVO\nO atestado de conduta carcerária, firmado pelo diretor «dir», classifica o comportamento como «cc». "
          "Não há falta grave nos últimos 12 meses (PAD nº «pad» foi arquivado).\n\n"
          "3. DO ENDEREÇO\nEm caso de deferimento, residirá com «rel» «rn», na «ad», «b», CEP «cep», telefone «t».\n\n",
          dir=P(dire.full), cc=g.pick(["ÓTIMO", "BOM", "EXCELENTE"]), pad=f"{g.d(3)}/{g.rng.randint(2021, 2025)}",
          rel=(relk := g.pick(["sua genitora,", "sua companheira,", "sua irmã,", "seu tio,", "seu irmão,"])),
          rn=P(g.relative(p, female=not relk.startswith("seu")).full),
          ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), cep=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"))
    doc.f("Ante o exposto, requer a progressão, ouvido o Ministério Público. Pedido justo e tempestivo.\n\nNestes termos, pede deferimento.\n"
          "«c», «d».\n\n«a»\n«oab»\n«e» | «tel»\n",
          c=city[0], d=g.date("long"), a=P(g.pick([adv.full, adv.caps])), oab=(g.council("OAB", city[1]), "PROFESSIONAL_ID"),
          e=(g.email(adv, g.pick(["gmail.com", g.pick(["advocacia", "adv", "juridico"]) + re.sub(r"[^a-z]", "", fold(adv.last).lower()) + ".com.br"])), "EMAIL_ADDRESS"),
          tel=(g.phone(), "PHONE_NUMBER"))
    return doc


def ju_custodia(g: Gen) -> Doc:
    """Custody-hearing record (ata de audiência de custódia)."""
    doc = Doc()
    a = g.person(female=g.chance(0.2), word=g.chance(0.15))
    jz, pr, df = g.person(), g.person(), g.person()
    city = g.city()
    doc.f("PODER JUDICIÁRIO\nCENTRAL DE AUDIÊNCIAS DE CUSTÓDIA — «c»\nTERMO DE AUDIÊNCIA DE CUSTÓDIA\n\nAutos nº «cnj»   APF nº «apf»\n"
          "Data: «d»   Horário: «h»   Modalidade: «mod»\n\nPresentes: MM. Juiz(a) «jz»; Promotor(a) de Justiça «pr»; «dft» «df»; "
          "autuado(a) «an».\n\n",
          c=fold(city[0]).upper(), cnj=g.cnj(), apf=f"{g.d(4)}/{g.rng.randint(2023, 2025)}", d=g.date(), h=g.hm(),
          mod=g.pick(["presencial", "videoconferência (Teams)"]), jz=P(jz.full), pr=P(pr.full),
          dft=g.pick(["Defensor(a) Público(a)", "Advogado(a) dativo(a)"]), df=P(df.full),
          an=P(a.caps))
    if g.chance(0.3):
        doc.f("Advogado(a) constituído(a) presente: «ad» («oab»).\n\n", ad=P(g.person().full), oab=(g.council("OAB", city[1]), "PROFESSIONAL_ID"))
    doc.f("QUALIFICAÇÃO: «n», vulgo «v», nascido(a) em «dob», filho(a) de «m», RG «rg», CPF «cpf», residente na «ad», «b», CEP «cep», telefone «t», "
          "«prof», «fil».\n\n",
          n=P(a.full), v=P(g.vulgo()), dob=(g.dob(lo=1965, hi=2006), "DATE_OF_BIRTH"), m=P(g.mother_of(a).full), cpf=(g.cpf(), "BR_CPF"),
          ad=(g.address(g.pick(["text", "spoken"])), "ADDRESS"), b=g.pick(BAIRROS), t=(g.phone(), "PHONE_NUMBER"), rg=(g.rg(), "BR_RG"), cep=(g.cep(), "BR_CEP"),
          prof=g.pick(["ajudante de pedreiro", "vendedor(a) ambulante", "entregador(a) de aplicativo", "desempregado(a)"]),
          fil=g.pick(["possui dois filhos menores", "sem filhos"] + (["gestante de 5 meses", "mãe de uma criança de 3 anos"] if a.female else ["pai de uma criança de 3 anos"])))
    doc.f("Indagado(a) sobre a prisão, o(a) autuado(a) disse que «rel» Negou ter sofrido violência policial. Foi requisitado exame de "
          "corpo de delito ao IML.\n\nO Ministério Público manifestou-se pela «mp». A defesa requereu a liberdade provisória.\n\n",
          rel=g.pick([mix("estava na casa da sogra, ", P(g.person(female=True).full), ", quando a polícia chegou."),
                      mix("a moto era do primo, ", P(g.person(female=False).first), ", e não sabia que era roubada."),
                      "trabalha como servente na Cerâmica São Bento Ltda e tem residência fixa.",
                      "foi abordado na Barão de Mauá voltando do serviço."]),
          mp=g.pick(["conversão em prisão preventiva", "concessão de liberdade provisória com cautelares"]))
    k = g.rng.randint(0, 2)
    dec = ["Concedo a liberdade provisória mediante: comparecimento mensal em juízo; proibição de ausentar-se da comarca. "
           f"Fiança arbitrada em R$ {g.money(500, 15000)} (art. 325 do CPP). " + g.pick(["Monitoração eletrônica por 90 dias.", "Recolhimento domiciliar noturno."]),
           "Converto a prisão em flagrante em preventiva, nos termos do art. 312 do CPP.",
           "Relaxo a prisão por ilegalidade do flagrante. Expeça-se alvará de soltura."][k]
    doc.f("DECISÃO: «dec»\n\nGravação: mídia audiovisual, hash SHA-256 «hash».\n", dec=dec, hash=g.hexs(64))
    if g.chance(0.5):
        doc.f("Nada mais. Eu, «es», técnico(a) judiciário(a), digitei.\n", es=P(g.person().full))
    else:
        doc.f("Nada mais. Termo gerado no PJe pelo usuário «es».\n", es=f"tjuser{g.d(5)}")
    return doc


def ju_recambiamento(g: Gen) -> Doc:
    """Transfer order (ofício de recambiamento) with the inmates and the escort team."""
    doc = Doc()
    uf = g.pick(UFS)
    dirp = g.person()
    coord = g.person()
    doc.f("GOVERNO DO ESTADO — SECRETARIA DE ADMINISTRAÇÃO PENITENCIÁRIA\nOfício nº «n»/«y»-GAB/SEAP-«uf»      «c», «d»\n\n"
          "Ao(À) Sr(a). Diretor(a) — «u»\nAssunto: Transferência de custodiados (recambiamento) — Autorização judicial no processo «cnj»\n\n"
          "Senhor(a) Diretor(a),\nEncaminho os custodiados abaixo relacionados, com escolta do GEOP:\n\n",
          n=g.d(3), y=g.rng.randint(2023, 2025), uf=uf, c=g.city()[0], d=g.date("long"), u=g.pick(PRISONS), cnj=g.cnj())
    rows = []
    for i in range(g.rng.randint(3, 6)):
        p = g.person(female=False)
        rows.append([V(str(i + 1)), P(g.pick([p.caps, p.inverted])), V(g.matricula()), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF") if g.chance(0.85) else V("NÃO POSSUI"),
                     V(g.cnj()), V(g.pick(["PEI-" + str(g.rng.randint(1, 4)), "CDP II", "PRESÍDIO REGIONAL", "UNIDADE DE SEGURANÇA MÁXIMA"]))])
    table_fixed(doc, ["Nº", "NOME", "MATRÍCULA", "CPF", "PROCESSO", "DESTINO"], rows)
    ch = g.person()
    mot = g.person()
    doc.f("\nEQUIPE DE ESCOLTA\nChefe de equipe: «ch» («cid»)\nPoliciais penais: «p1», «p2», «p3»\nMotorista: «mt» — CNH «cnh»\n"
          "Viaturas: «v1» (ônibus cela) e «v2» (apoio)\nSaída prevista: «ds» às «hs»\n\n",
          ch=P(ch.full), cid=g.agent_id(), p1=P(g.person().short), p2=g.agent_id(), p3=g.agent_id(),
          mt=P(mot.full), cnh=(g.cnh(), "BR_CNH"), v1=(g.plate(), "LICENSE_PLATE"), v2=(g.plate(), "LICENSE_PLATE"), ds=g.date(), hs=g.hm())
    doc.f("Dúvidas com a coordenação de movimentação: «co», «ce» (ramal «r») ou protocolo@seap.«ufl».gov.br.\n\nAtenciosamente,\n\n«dir»\nDiretor(a) do Departamento de Movimentação\n",
          co=P(coord.full), ce=(g.gov_mail(coord, uf, "seap"), "EMAIL_ADDRESS"), r=g.d(4), ufl=uf.lower(), dir=P(g.pick([dirp.caps, dirp.full])))
    return doc


def ju_apf(g: Gen) -> Doc:
    """Arrest report (auto de prisão em flagrante) with the conducting officer and witnesses."""
    doc = Doc()
    cond = g.person(female=g.chance(0.15))
    t1 = g.person()
    vit = g.person(word=g.chance(0.2))
    pr = g.person(female=g.chance(0.15))
    dele, esc = g.person(), g.person()
    city = g.city()
    doc.f("POLÍCIA CIVIL — «dp»\nAUTO DE PRISÃO EM FLAGRANTE DELITO\nIP nº «ip»   BO nº «bo»\nIncidência: «art»\n\n"
          "Aos «d», nesta cidade de «c», na sede desta Delegacia, onde presente se achava o(a) Delegado(a) de Polícia «dl», comigo, "
          "escrivão(ã) ao final assinado(a), compareceu o CONDUTOR:\n",
          dp=g.pick(["PLANTÃO CENTRAL", "DELEGACIA DE NARCÓTICOS", "12º DP", "DEAM"]), ip=f"{g.d(3)}/{g.rng.randint(2023, 2025)}",
          bo=f"{g.d(5)}/{g.rng.randint(2023, 2025)}", art=g.pick(ARTIGOS), d=g.date("long"), c=city[0], dl=P(dele.full))
    doc.f("«cn», «pt», «cid», lotado(a) no «bt». Aos costumes disse nada. Inquirido(a), respondeu que em patrulhamento na viatura «vt», "
          "na «loc», avistou o conduzido em atitude suspeita... Com ele foram encontrados «obj», um celular (IMEI «imei») e R$ «din» em espécie.\n\n",
          cn=P(cond.caps), pt=g.pick(["SD PM", "CB PM", "3º SGT PM", "Policial Penal"]), cid=g.agent_id(), bt=g.pick(["2º BPM", "BPChoque", "ROCAM", "GATE"]),
          vt=(g.plate(), "LICENSE_PLATE"), loc=(g.address(), "ADDRESS"),
          obj=g.pick(["34 porções de substância análoga a cocaína", "um revólver calibre 38", "a bolsa da vítima"]), imei=imei(g), din=g.money(10, 900))
    doc.f("TESTEMUNHA: «tn», «tq», RG «trg», CPF «tc», residente na «ta», fone «tt». Disse que «tr».\n\n",
          tn=P(t1.full), tq=g.pick(["comerciante", "motorista", "aposentada", "estudante"]), tc=(g.cpf(), "BR_CPF"), trg=(g.rg(), "BR_RG"),
          ta=(g.address(), "ADDRESS"), tt=(g.phone(), "PHONE_NUMBER"), tr=g.pick(["viu a abordagem de longe", "reconhece o conduzido como o autor", "nada presenciou"]))
    if g.chance(0.7):
        doc.f("VÍTIMA: «vn», nascid«o» em «vd», CPF «vc», fone «vt», e-mail «ve». Reconheceu o conduzido sem sombra de dúvida.\n\n",
              o=vit.o, vn=P(vit.full), vd=(g.dob(), "DATE_OF_BIRTH"), vc=(g.cpf(), "BR_CPF"), vt=(g.phone(), "PHONE_NUMBER"), ve=(g.email(vit), "EMAIL_ADDRESS"))
    doc.f("CONDUZIDO(A): «pn», vulgo «pv», nascido(a) em «pd», filho(a) de «pm», RG «prg», residente na «pa», CEP «pc». "
          "Cientificado(a) de seus direitos constitucionais (art. 5º, LXIII, CF), optou por permanecer em silêncio. ",
          pn=P(pr.caps), pv=P(g.vulgo()), pd=(g.dob(lo=1975, hi=2006), "DATE_OF_BIRTH"), pm=P(g.mother_of(pr).caps),
          prg=(g.rg(), "BR_RG"), pa=(g.address(), "ADDRESS"), pc=(g.cep(), "BR_CEP"))
    if g.chance(0.4):
        doc.f("Indicou como advogado(a) «adv» («oab»), comunicado(a) por telefone às «h».", adv=P(g.person().full),
              oab=(g.council("OAB", city[1]), "PROFESSIONAL_ID"), h=g.hm())
    else:
        doc.t(g.pick(["Não indicou advogado; comunicada a Defensoria Pública.", "Disse não ter advogado."]))
    doc.f("\n\nNota de culpa entregue às «h2». Comunicação ao juízo e à Defensoria em até 24h.\n", h2=g.hm())
    return doc


def ju_protetiva(g: Gen) -> Doc:
    """Request for urgent protective measures (Lei 11.340/2006) with the children."""
    doc = Doc()
    v = g.person(female=True, word=g.chance(0.2))
    a = g.person(female=False)
    city = g.city()
    dfn = g.person(female=g.chance(0.7))
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) JUIZ(A) DO JUIZADO DE VIOLÊNCIA DOMÉSTICA E FAMILIAR CONTRA A MULHER DA COMARCA DE «c»\n\n"
          "Pedido de Medidas Protetivas de Urgência\nRef. BO nº «bo» — «dp»\n\n",
          c=fold(city[0]).upper(), bo=f"{g.d(4)}/{g.rng.randint(2023, 2025)}", dp=g.pick(["DEAM", "Delegacia da Mulher", "Casa da Mulher Brasileira"]))
    doc.f("REQUERENTE: «vn», brasileira, «prof», nascida em «vd», RG «rg», CPF «cpf», residente na «ad», «b», «c»/«uf», CEP «cep», "
          "telefone «t», e-mail «e».\n\n",
          vn=P(v.caps), prof=g.pick(["auxiliar de limpeza", "cabeleireira", "do lar", "professora", "técnica de enfermagem"]),
          vd=(g.dob("br", 1970, 2004), "DATE_OF_BIRTH"), rg=(g.rg(), "BR_RG"), cpf=(g.cpf(), "BR_CPF"), ad=(g.address(), "ADDRESS"),
          b=g.pick(BAIRROS), c=city[0], uf=city[1], cep=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"), e=(g.email(v), "EMAIL_ADDRESS"))
    doc.f("REQUERIDO: «an», vulgo «av», «aq», CPF «ac», que trabalha na «emp» e reside na «aa». Utiliza o veículo «car» placa «pl» "
          "e o telefone «at».\n\n",
          an=P(a.caps), av=P(g.vulgo()), aq=g.pick(["ex-companheiro da requerente", "companheiro da requerente há 9 anos", "ex-marido"]),
          ac=(g.cpf(), "BR_CPF"), emp=g.pick(COMPANIES), aa=(g.address(), "ADDRESS"), car=g.pick(["Fiat Palio prata", "moto Titan preta", "VW Saveiro"]),
          pl=(g.plate(), "LICENSE_PLATE"), at=(g.phone(), "PHONE_NUMBER"))
    kids = [g.relative(a) for _ in range(g.rng.randint(1, 2))]
    doc.t("Filhos em comum: ")
    for i, k in enumerate(kids):
        doc.f("«s»«kn» (nasc. «kd»)", s="; " if i else "", kn=P(k.full), kd=(g.dob("br", 2008, 2023), "DATE_OF_BIRTH"))
    doc.f(".\n\nDOS FATOS\nEm «d», por volta das «h», o requerido «fato» A irmã da requerente, «ir», presenciou os fatos. "
          "Não é a primeira vez: em «d2» houve registro anterior (processo «cnj»).\n\n"
          "DOS PEDIDOS\nCom base no art. 22 da Lei 11.340/2006, requer: a) afastamento do lar; b) proibição de aproximação (300 m) e de contato; "
          "c) suspensão da posse de arma; d) alimentos provisórios.\n\n«c», «dd».\n\n«df»\n«dfq»\n",
          d=g.date(), h=g.hm(), fato=g.pick(["chegou embriagado, quebrou a porta e ameaçou a requerente de morte.",
                                               "enviou mensagens dizendo que a 'vitória' dela ia durar pouco e apareceu na porta do trabalho.",
                                               "agrediu a requerente com socos na frente dos filhos."]),
          ir=P(g.relative(v, female=True).full), d2=g.date(), cnj=g.cnj(), c=city[0], dd=g.date("long"), df=P(dfn.full),
          dfq=g.pick(["Defensora Pública", "Defensor Público — NUDEM", ("Advogada — " if dfn.female else "Advogado — ")]))
    if doc.text.endswith("— \n"):
        doc.text = doc.text[:-1]
        doc.e(g.council("OAB", city[1]), "PROFESSIONAL_ID").t("\n")
    return doc

# =========================================================================== saude

def sa_tb(g: Gen) -> Doc:
    """TB screening sheet at admission (porta de entrada) of the prison health unit."""
    doc = Doc()
    enf, med = g.person(female=g.chance(0.7)), g.person()
    uf = g.pick(UFS)
    doc.f("UNIDADE BÁSICA DE SAÚDE PRISIONAL — «u»\nBUSCA ATIVA DE SINTOMÁTICO RESPIRATÓRIO — INCLUSÕES DA SEMANA «d1» a «d2»\n"
          "(Rastreamento na porta de entrada — Nota Técnica PNAISP)\n\n",
          u=g.pick(PRISONS), d1=(w0 := g.day()).strftime("%d/%m/%Y"), d2=(w0 + datetime.timedelta(days=6)).strftime("%d/%m/%Y"))
    rows = []
    pos = []
    for _ in range(g.rng.randint(4, 6)):
        p = g.person(female=g.chance(0.1))
        tosse = g.pick(["S", "N", "N"])
        trm = g.pick(["DETECTÁVEL", "NÃO DETECTÁVEL", "NÃO DETECTÁVEL", "pendente"]) if tosse == "S" else "—"
        if trm == "DETECTÁVEL":
            pos.append(p)
        rows.append([P(g.pick([p.caps, p.inverted, p.full])), (g.cns(g.chance(0.4)), "BR_CNS") if g.chance(0.85) else V("sem CNS — gerar"),
                     (g.cpf(), "BR_CPF") if g.chance(0.6) else V("—"),
                     (g.dob(g.pick(["br", "short"]), 1965, 2006), "DATE_OF_BIRTH"), V(tosse), V(trm),
                     V(g.pick(["normal", "—", "opacidade ápice D", "aguarda"])), V(g.pick(["liberado p/ convívio", "isolamento resp.", "coletar 2ª amostra", "iniciar RHZE"]))])
    table_md(doc, ["Nome", "CNS", "CPF", "DN", "Tosse ≥2 sem", "TRM-TB", "RX tórax", "Conduta"], rows)
    if pos:
        p = pos[0]
        doc.f("\nCaso confirmado: «n» — CID A15.0 — notificado no SINAN (nº «s»). Investigar contatos de cela: «c1», «c2» e «c3». "
              "Família avisada pelo telefone «t» (falou com «fam»).\n",
              n=P(p.full), s=g.d(7), c1=P(g.person(female=p.female).short), c2=P(g.vulgo()) if g.chance(0.5) else "o pessoal da cela 9", c3=P(g.person(female=p.female).caps) if g.chance(0.5) else "demais da galeria",
              t=(g.phone(), "PHONE_NUMBER"), fam=P(g.relative(p, female=True).first) if g.chance(0.5) else g.pick(["a mãe", "a irmã", "a companheira"]))
    else:
        doc.f("\nSem casos confirmados na semana. «w». Retestar os pendentes em 7 dias (CID Z20.1 para contatos).\n",
              w=g.pick(["Cela 14 com pouca luz e ventilação, comunicado à direção", "Estoque de cartucho TRM ok", "Seria prudente repetir a busca no Raio 3"]))
    doc.f("\nResponsáveis: Enf. «en» — «coren» | Dr(a). «mn» — «crm»\nE-mail da equipe: «em»\n",
          en=P(enf.full), coren=(g.council("COREN", uf), "PROFESSIONAL_ID"), mn=P(med.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          em=(g.gov_mail(enf, uf, "saude"), "EMAIL_ADDRESS"))
    return doc


def sa_psiq(g: Gen) -> Doc:
    """Psychiatric evaluation (exame de sanidade mental) report."""
    doc = Doc()
    p = g.person(female=g.chance(0.25))
    per = g.person()
    uf = g.pick(UFS)
    mom = g.mother_of(p)
    cid = g.pick(["F20.0", "F20.9", "F31.2", "F19.2", "F70.1", "F60.2", "F10.2"])
    doc.f("LAUDO DE EXAME DE SANIDADE MENTAL\nIncidente de insanidade mental — autos nº «cnj» («vara»)\n\n"
          "Periciando(a): «n»\nNascimento: «dob»   RG: «rg»   CPF: «cpf»   CNS: «cns»\nCustodiado(a) na «u» desde «dc»\n"
          "Perito(a): Dr(a). «pn» — «crm» / RQE «rqe»\nAssistente técnico(a) da defesa: «at» — «atc»\n\n",
          cnj=g.cnj(), vara=g.pick(["1ª Vara do Júri", "Vara Criminal", "VEP"]), n=P(g.pick([p.full, p.caps])),
          dob=(g.dob(g.pick(["br", "long"]), 1960, 2004), "DATE_OF_BIRTH"), rg=(g.rg(), "BR_RG"), cpf=(g.cpf(), "BR_CPF"),
          cns=(g.cns(), "BR_CNS"), u=g.pick(PRISONS), dc=g.date(), pn=P(per.full), crm=(crm := g.council("CRM", uf), "PROFESSIONAL_ID"),
          rqe=g.d(5), at=P(g.person().full) if g.chance(0.5) else "não indicado", atc=(g.council(g.pick(["CRM", "CRP"]), uf), "PROFESSIONAL_ID"))
    doc.f("HISTÓRIA (informante: «mi», «gp», tel. «t»)\nSegundo a informante, «pf» apresentou primeiro surto aos «i» anos, com "
          "internações no Hospital Psiquiátrico «h». Uso de «sub» desde a adolescência. Na unidade, ouve vozes «voz».\n\n"
          "EXAME PSÍQUICO\nVígil, «ori», pensamento «pens», sem crítica do adoecimento.\n\n"
          "DIAGNÓSTICO: «cid» (CID-10). Comorbidade: «cid2».\n\nCONCLUSÃO: «conc»\n\n«c», «d».\n«pn2»\nMédico(a) psiquiatra — «crm2»\n",
          mi=P(mom.full), gp="mãe", t=(g.phone(), "PHONE_NUMBER"), pf=P(p.first) if g.chance(0.4) else ("a pericianda" if p.female else "o periciando"), i=g.rng.randint(14, 30),
          h=g.pick(["São Bento", "Colônia Juliano Moreira", "Dr. Clemente Ferreira", "Santa Rosa de Lima"]),
          sub=g.pick(["crack", "álcool", "maconha e cocaína"]), voz=g.pick(["que chamam de 'Paraíba'", "de comando", "à noite, quando a luz da cela apaga"]),
          ori=g.pick(["orientado", "desorientado no tempo"]), pens=g.pick(["desagregado", "lentificado", "com ideias persecutórias"]),
          cid=cid, cid2=g.pick(["F19.2", "nenhuma", "B20"]),
          conc=g.pick(["Ao tempo da ação, era inteiramente incapaz de entender o caráter ilícito do fato (art. 26, caput, do CP). Sugere-se medida de segurança — internação.",
                       "Semi-imputável (art. 26, parágrafo único, do CP). Tratamento ambulatorial no CAPS.",
                       "Capacidade de entendimento preservada. Não há elementos para inimputabilidade."]),
          c=g.city()[0], d=g.date("long"), pn2=P(per.full), crm2=(crm, "PROFESSIONAL_ID"))
    return doc


VISITS = [("dor de dente", "encaminhado odonto", "K02.9"), ("lesão de pele (escabiose?)", "permetrina 5%", "B86"),
          ("cefaleia", "dipirona 1g", "R51"), ("curativo MID", "curativo", "L08.9"), ("renovação receita", "losartana mantida", "I10"),
          ("tosse há 3 sem", "baciloscopia", "R05"), ("PA elevada", "captopril 25mg SL", "I10"), ("crise ansiosa", "escuta + retorno 7d", "F41.1"),
          ("glicemia 310", "ajuste insulina NPH", "E11.9"), ("corrimento uretral", "ceftriaxona + azitro", "A54.9")]


def sa_diario(g: Gen) -> Doc:
    """Daily attendance log of the prison health unit (wide table)."""
    doc = Doc()
    staff = [g.person(female=g.chance(0.6)) for _ in range(3)]
    uf = g.pick(UFS)
    doc.f("EQUIPE DE ATENÇÃO PRIMÁRIA PRISIONAL (eAPP) — LIVRO DE ATENDIMENTOS — «d»\nUnidade: «u»   Plantão: «pl»\n"
          "Equipe: «s0» («c0»), «s1» («c1»), «s2» (técnico(a) de enf.)\n\n",
          d=g.date(), u=g.pick(PRISONS), pl=g.pick(["diurno", "7h-19h", "extra (mutirão)"]), s0=P(staff[0].full),
          c0=(g.council("CRM", uf), "PROFESSIONAL_ID"), s1=P(staff[1].full), c1=(g.council("COREN", uf), "PROFESSIONAL_ID"), s2=P(staff[2].full))
    rows = []
    n = g.rng.randint(5, 7)
    for h in g.times(n, 7 * 3600, 18 * 3600):
        p = g.person(female=g.chance(0.1))
        prof = g.pick(staff)
        rows.append([V(h), V(g.cela()), P(g.pick([p.caps, p.inverted, p.full])), (g.dob("short", 1960, 2006), "DATE_OF_BIRTH"), (g.cns(False), "BR_CNS") if g.chance(0.8) else V("—"),
                     *[V(x) for x in g.pick(VISITS)], V(re.sub(r"[^a-z]", "", fold(prof.first[0] + prof.last).lower()))])
    table_fixed(doc, ["HORA", "CELA", "PACIENTE", "DN", "CNS", "QUEIXA", "CONDUTA", "CID", "USUÁRIO"], rows, sep=" | ")
    doc.f("\nIntercorrências: «i»\nPendências p/ próximo plantão: «pp»\nAssinado: «a»\n",
          i=g.pick(["interno da cela 7 recusou medicação", "falta de luva tamanho M", "sem intercorrências", g.pick(WORDS), mix("agente ", P(g.person().short), " relatou briga no pátio, 2 atendidos")]),
          pp=g.pick([mix("agendar RX do ", P(g.person(female=False).caps)), "buscar resultado de VDRL", "nenhuma"]), a=P(staff[1].short))
    return doc


def sa_escolta(g: Gen) -> Doc:
    """External referral with hospital escort (guia de referência + escolta)."""
    doc = Doc()
    p = g.person(female=g.chance(0.15))
    med = g.person()
    uf = g.pick(UFS)
    doc.f("GUIA DE REFERÊNCIA E CONTRARREFERÊNCIA — SAÚDE PRISIONAL\nSolicitação SISREG: «sis»   Prioridade: «pr»\n\n"
          "Paciente: «n»   Prontuário: «mat»\nDN: «dob»   CNS: «cns»   CPF: «cpf»\nUnidade de origem: «u»\n"
          "Destino: «h»\nMotivo: «mot» — CID «cid»\nMédico solicitante: «mn», «crm»\n\n",
          sis=g.d(9), pr=g.pick(["VERMELHO", "AMARELO", "VERDE"]), n=P(p.caps), mat=g.matricula(),
          dob=(g.dob(lo=1960, hi=2004), "DATE_OF_BIRTH"), cns=(g.cns(), "BR_CNS"), cpf=(g.cpf(), "BR_CPF"), u=g.pick(PRISONS),
          h=g.pick(["Hospital Regional Dr. Amado Gurgel", "Santa Casa de Misericórdia de " + g.city()[0], "Hospital Geral Prudente de Morais", "UPA 24h Aurora"]),
          mot=g.pick(["dor abdominal em FID, suspeita de apendicite", "ferimento corto-contuso em mão E", "dispneia e hemoptise", "crise convulsiva"]),
          cid=g.pick(["K35.8", "S61.0", "A15.0", "G40.9", "R10.4", "T14.1"]), mn=P(med.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    ch = g.person()
    doc.f("ESCOLTA: Chefe «ch» («cid»); policiais penais «a1» e «a2». Viatura «pl». Saída «hs», retorno «hr».\n"
          "Algemas mantidas conforme Súmula Vinculante 11 — justificativa: «j».\n\n",
          ch=P(ch.full) if g.chance(0.5) else login(g, ch), cid=g.agent_id(), a1=P(g.person().short), a2=g.agent_id(), pl=(g.plate(), "LICENSE_PLATE"),
          hs=g.hm(), hr=g.hm(), j=g.pick(["risco de fuga", "histórico de agressão", "não se aplica (retiradas no atendimento)"]))
    doc.f("CONTRARREFERÊNCIA (preenchido no hospital)\nAtendido por «hm» («hcrm») em «d». Conduta: «c». Retorno em «r».\n",
          hm=P(g.person().full) if g.chance(0.5) else "plantonista", hcrm=(g.council("CRM", uf), "PROFESSIONAL_ID"), d=g.date(),
          c=g.pick(["apendicectomia, alta D2", "sutura + antibiótico", "internado na clínica médica", "ajuste de anticonvulsivante"]),
          r=g.pick(["15 dias", "30 dias", "não necessário"]))
    if g.chance(0.5):
        doc.f("Família comunicada? sim — ligação para «fn», tel. «t»\n", fn=P(g.relative(p, female=True).full), t=(g.phone(), "PHONE_NUMBER"))
    else:
        doc.t("Família comunicada? não (protocolo de segurança)\n")
    return doc


def sa_prenatal(g: Gen) -> Doc:
    """Prenatal record of a woman in a female unit, with the newborn and the guardian."""
    doc = Doc()
    m = g.person(female=True, word=g.chance(0.25))
    enf = g.person(female=True)
    uf = g.pick(UFS)
    city = g.city()
    doc.f("PENITENCIÁRIA FEMININA — UNIDADE MATERNO-INFANTIL\nFICHA DE ACOMPANHAMENTO PRÉ-NATAL (SISPRENATAL)\n\n"
          "Gestante: «n»\nDN: «dob»   CNS: «cns»   CPF: «cpf»\nDUM: «dum»   DPP: «dpp»   «gpa»\n"
          "Situação processual: «sp»\n\n",
          n=P(g.pick([m.full, m.caps])), dob=(g.dob("br", 1985, 2006), "DATE_OF_BIRTH"), cns=(g.cns(), "BR_CNS"),
          cpf=(g.cpf(), "BR_CPF"), dum=(dum := g.day()).strftime("%d/%m/%Y"), dpp=(dum + datetime.timedelta(days=280)).strftime("%d/%m/%Y"), gpa=g.pick(["G2P1A0", "G1P0A0", "G4P3A0", "G3P1A1"]),
          sp=g.pick(["provisória — pedido de prisão domiciliar (HC 143.641/STF) em análise", "condenada, regime fechado", "provisória"]))
    doc.t("CONSULTAS\n")
    for wk in sorted(g.rng.sample(range(8, 39), g.rng.randint(2, 4))):
        doc.f("  «d» — IG «ig» sem — PA «pa» — AU «au» cm — BCF «bcf» — «obs» («who»)\n", d=(dum + datetime.timedelta(weeks=wk, days=g.rng.randint(0, 6))).strftime("%d/%m/%Y"), ig=wk,
              pa=f"{g.rng.randint(9, 14)}x{g.rng.randint(6, 9)}", au=g.rng.randint(10, 38), bcf=g.rng.randint(120, 160),
              obs=g.pick(["VDRL NR, anti-HIV NR", "VDRL reagente 1:8 — tratar parceiro", "sem queixas", "edema MMII ++", "CID O26.8"]),
              who=P(g.pick([enf.first, enf.short])) if g.chance(0.3) else g.pick(["enf.", "médico UBS", "enf. obstetra"]))
    if g.chance(0.6):
        b = g.relative(m)
        doc.f("\nPARTO: «d», em «h». RN: «bn», nascid«bo» em «bd», «peso» g, CNS «bcns».\n",
              d=g.pick(["normal", "cesárea", "normal, sem intercorrências"]), bo=b.o, h=g.pick(["Hospital Maternidade Flor do Campo", "Maternidade Escola Dona Glória Tabosa", "Hospital Regional de " + city[0]]),
              bn=P(b.full), bd=((dum + datetime.timedelta(days=280 + g.rng.randint(-20, 7))).strftime(g.pick(["%d/%m/%Y", "%d/%m/%y"])), "DATE_OF_BIRTH"), peso=g.rng.randint(2300, 4100), bcns=(g.cns(), "BR_CNS"))
    gu = g.relative(m, female=True)
    doc.f("\nREDE DE APOIO / GUARDA APÓS PERÍODO DE AMAMENTAÇÃO\nResponsável indicada: «gn» («gp»), CPF «gc», «ga», «b», «c»/«uf», CEP «cep», tel. «t».\n"
          "Pai da criança: «pai»«ps».\n\nEnf. obstetra: «en» — «coren»\nAssistente social: «as» — «cress»\n",
          gn=P(gu.full), gp=g.pick(["avó materna", "tia", "irmã"]), gc=(g.cpf(), "BR_CPF"), ga=(g.address(), "ADDRESS"), b=g.pick(BAIRROS),
          c=city[0], uf=city[1], cep=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"),
          pai=P(g.person(female=False).full) if g.chance(0.6) else "não declarado", ps=g.pick([" (preso na Penitenciária Estadual Juiz Plácido Amado)", " (não registrou)", " (contato perdido)", ""]),
          en=P(enf.full), coren=(g.council("COREN", uf), "PROFESSIONAL_ID"), **{"as": P(g.person(female=True).full)},
          cress=(g.council("CRESS", uf), "PROFESSIONAL_ID"))
    return doc


def sa_farmacia(g: Gen) -> Doc:
    """Pharmacy dispensation sheet (controlled drugs, TARV) of the prison health unit."""
    doc = Doc()
    far = g.person()
    uf = g.pick(UFS)
    presc = [g.person() for _ in range(2)]
    crms = [g.council("CRM", uf) for _ in presc]
    doc.f("FARMÁCIA DA UNIDADE PRISIONAL — «u»\nLIVRO DE DISPENSAÇÃO — PORTARIA SVS/MS 344/1998 e TARV — competência «m»/«y»\n\n",
          u=g.pick(PRISONS), m=f"{g.rng.randint(1, 12):02d}", y=g.rng.randint(2024, 2025))
    rows = []
    for _ in range(g.rng.randint(5, 7)):
        p = g.person(female=g.chance(0.1))
        k = g.rng.randint(0, 1)
        med = g.pick(["Haloperidol 5mg", "Clonazepam 2mg", "Carbamazepina 200mg", "Fluoxetina 20mg", "Biperideno 2mg",
                      "TDF/3TC + DTG", "Risperidona 2mg", "Amitriptilina 25mg", "Rifampicina+Isoniazida (RH)"])
        rows.append([V(g.date("short")), P(g.pick([p.caps, p.inverted])), (g.cns(False), "BR_CNS"), V(med), V(str(g.rng.randint(14, 90))),
                     V(f"L{g.d(5)}{g.pick('ABCX')}"), (crms[k], "PROFESSIONAL_ID")])
    table_csv(doc, ["data", "paciente", "cns", "medicamento", "qtd", "lote", "crm_prescritor"], rows, sep=";")
    doc.f("\nPrescritores: «a» («ca»); «b» («cb»)\n", a=P(presc[0].full), ca=(crms[0], "PROFESSIONAL_ID"), b=P(presc[1].full), cb=(crms[1], "PROFESSIONAL_ID"))
    doc.f("Obs.: «o»\nFarmacêutico(a) responsável: «fn» — «crf» — «fe»\n",
          o=g.pick([mix("receita do interno da cela 12 vencida, devolvida ao Dr. ", P(presc[0].last)), "falta de Biperideno — remanejado da CDP Vitória II",
                    "TARV: 3 pacientes B24 em dia", "campo lote em branco em 2 linhas, corrigir"]),
          fn=P(far.full), crf=(g.council("CRF", uf), "PROFESSIONAL_ID"), fe=(g.gov_mail(far, uf, "saude"), "EMAIL_ADDRESS"))
    return doc


def sa_egresso(g: Gen) -> Doc:
    """E-mail thread on the continuity of care of a released person with the municipal CAPS."""
    doc = Doc()
    psi = g.person(female=g.chance(0.7))
    p = g.person(female=g.chance(0.2))
    tec = g.person()
    uf = g.pick(UFS)
    city = g.city()
    doc.f("De: «pn» <«pe»>\nPara: caps.ad@«cm».«ufl».gov.br\nAssunto: Egresso — continuidade do cuidado — «n»\n\n"
          "Boa tarde, equipe do CAPS AD.\n\nEncaminho «a» «n» («dob»), CNS «cns», CPF «cpf», que recebeu alvará de soltura em «ds» "
          "e vai residir na «ad», «b», CEP «cep», com «rel» «rn» (tel. «t»).\nEm acompanhamento na unidade por «diag» (CID «cid»), em uso de «med». "
          "Seria prudente acolhimento nos primeiros 7 dias.\n\nAtt.,\nPsicóloga(o) — «crp»\nSaúde Prisional — «u»\n",
          pn=P(psi.full), pe=(g.gov_mail(psi, uf, "seap"), "EMAIL_ADDRESS"), cm=re.sub(r"[^a-z]", "", fold(city[0]).lower()), ufl=uf.lower(),
          n=P(p.full), a="a" if p.female else "o", dob=(g.dob("br", 1965, 2004), "DATE_OF_BIRTH"), cns=(g.cns(), "BR_CNS"), cpf=(g.cpf(), "BR_CPF"),
          ds=g.date(), ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), cep=(g.cep(), "BR_CEP"),
          rel=(rk := g.pick(["a mãe,", "a irmã,", "o pai,", "a avó,"])), rn=P(g.relative(p, female=not rk.startswith("o ")).full), t=(g.phone(), "PHONE_NUMBER"),
          diag=(dg := g.pick(["transtorno por uso de crack", "dependência de álcool", "depressão grave com tentativa prévia"])),
          cid={"transtorno por uso de crack": "F14.2", "dependência de álcool": "F10.2"}.get(dg, "F32.2"), med=g.pick(["sertralina 50mg", "naltrexona", "carbamazepina 200mg 12/12h"]),
          crp=(g.council("CRP"), "PROFESSIONAL_ID"), u=g.pick(PRISONS))
    doc.f("\n---\nDe: «tn» <«te»>\nData: «d»\n\n«pf» recebido. Agendamos acolhimento para «da» às «h» com «ref» "
          "Se o usuário não comparecer, faremos busca ativa pelo telefone. Favor enviar o último prontuário em PDF com senha.\n\nEquipe CAPS AD III\n",
          tn=P(tec.full), te=(g.gov_mail(tec, uf, "saude"), "EMAIL_ADDRESS"), d=g.date(), pf=g.pick(["Olá,", "Boa tarde,", "Prezada equipe,"]), da=g.date(), h=g.hm(),
          ref=P(g.person(female=True).full) if g.chance(0.5) else "a técnica de referência do território")
    return doc

# =========================================================================== financeiro

BANKS = [("001", "Banco do Brasil"), ("104", "Caixa Econômica Federal"), ("237", "Bradesco"), ("341", "Itaú"),
         ("033", "Santander"), ("260", "Nu Pagamentos"), ("077", "Banco Inter"), ("756", "Sicoob")]


def boleto_line(g: Gen) -> str:
    return f"{g.d(5)}.{g.d(5)} {g.d(5)}.{g.d(6)} {g.d(5)}.{g.d(6)} {g.d(1)} {g.neg(14)}"


def fi_remicao(g: Gen) -> Doc:
    """Monthly work and remission sheet with pay and pecúlio (CSV export of the labour office)."""
    doc = Doc()
    resp = g.person()
    uf = g.pick(UFS)
    emp = g.pick(COMPANIES)
    cnpj = g.cnpj(alnum=g.chance(0.3))
    mm, yy = g.rng.randint(1, 12), g.rng.randint(2024, 2025)
    doc.f("# folha_trabalho_remicao_«m»_«y».csv — Setor de Laborterapia — «u»\n# convênio: «emp» (CNPJ «cnpj») — termo nº «t»\n"
          "# remuneração mínima de 3/4 do salário mínimo (art. 29 da LEP); 1 dia remido a cada 3 trabalhados (art. 126)\n",
          m=f"{mm:02d}", y=yy, u=g.pick(PRISONS), emp=emp, cnpj=(cnpj, "BR_CNPJ"), t=f"{g.d(3)}/{yy}")
    rows = []
    for _ in range(g.rng.randint(5, 7)):
        p = g.person(female=g.chance(0.15))
        dias = g.rng.randint(12, 26)
        bruto = g.rng.randint(90000, 160000)
        b = g.pick(BANKS)
        rows.append([V(g.matricula()), P(g.pick([p.caps, p.caps, p.full])), (g.cpf("raw"), "BR_CPF"), (g.pis("raw"), "BR_PIS"),
                     V(str(dias)), V(str(dias * 8)), V(str(dias // 3)), V(f"{bruto / 100:.2f}".replace(".", ",")),
                     V(f"{bruto * 0.25 / 100:.2f}".replace(".", ",")), V(f"{bruto * 0.5 / 100:.2f}".replace(".", ",")),
                     *([V(b[0]), (g.agency(False), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT"), V("")] if g.chance(0.75) else [V(""), V(""), V(""), (g.uuid(), "PIX_KEY")]),
                     V(g.pick(["pecúlio", "família", "família", "pecúlio"]))])
    table_csv(doc, ["matricula", "nome", "cpf", "pis_nit", "dias_trab", "horas", "dias_remidos", "remuneracao", "peculio_25", "assist_familia_50",
                    "banco", "agencia", "conta", "chave_pix_familia", "destino"], rows, sep=";")
    doc.f("# gerado por «l» em «d»; conferido por «r» («e»)\n# obs: «o»\n",
          l=g.pick(["sisdepen.lab", "usr_laborterapia", "planilha manual"]), d=g.date(), r=P(resp.full), e=(g.gov_mail(resp, uf, "seap"), "EMAIL_ADDRESS"),
          o=g.pick([g.pick(WORDS), "conta 'família' = conta da companheira/mãe informada no cadastro", "2 internos sem PIS — solicitar NIT na CEF",
                    "Padaria Flor do Campo atrasou o repasse de " + f"{mm:02d}/{yy}", "valores em R$"]))
    return doc


def fi_fianca(g: Gen) -> Doc:
    """Bail (fiança) receipt and, later, the refund to the defendant's account."""
    doc = Doc()
    a = g.person(female=g.chance(0.2), word=g.chance(0.15))
    dep = g.relative(a)
    dele = g.person()
    city = g.city()
    b = g.pick(BANKS)
    val = g.money(300, 20000)
    doc.f("«dp» — «c»/«uf»\nTERMO DE FIANÇA E GUIA DE DEPÓSITO JUDICIAL\nIP/APF nº «ip»   Processo: «cnj»\n\n"
          "Afiançado(a): «n»\nCPF: «cpf»   RG: «rg»   Nasc.: «dob»\nEndereço: «ad», «b», «c»/«uf», CEP «cep»\nTelefone: «t»\n\n"
          "Valor arbitrado: R$ «v» («vx») — art. 322 do CPP, pela autoridade policial «dl».\n",
          dp=g.pick(["DELEGACIA DE POLÍCIA CIVIL — PLANTÃO", "CENTRAL DE FLAGRANTES", "DELEGACIA SECCIONAL"]), c=city[0], uf=city[1],
          ip=f"{g.d(4)}/{g.rng.randint(2023, 2025)}", cnj=g.cnj(), n=P(a.caps), cpf=(acpf := g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"),
          dob=(g.dob(), "DATE_OF_BIRTH"), ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), cep=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"),
          v=val, vx=g.pick(["um salário mínimo", "dois salários mínimos", "valor reduzido em 2/3 (art. 325, §1º, II)"]), dl=P(dele.full))
    doc.f("Depositante: «dn», CPF «dc», «rel» do(a) afiançado(a)\nForma: «forma»   ID do depósito judicial: «idj»   Autenticação: «aut»\n\n",
          dn=P(dep.full), dc=(g.cpf(), "BR_CPF"), rel=g.pick(["mãe", "irmão(ã)", "companheira", "tio(a)"]),
          forma=g.pick(["boleto Banco do Brasil", "Pix (QR da guia)", "TED"]), idj=g.d(17), aut=g.hexs(20).upper())
    doc.f("------------------------------------------------------------\nRESTITUIÇÃO (processo «cnj») — decisão de «d» (MM. Juiz(a) «jz»): extinta a punibilidade, "
          "restitua-se a fiança, corrigida, ao(à) afiançado(a).\nDados informados pela defesa («adv», «oab»):\n",
          cnj=g.cnj(), d=g.date(), jz=P(g.person().full) if g.chance(0.5) else "titular da vara", adv=P(g.person().full), oab=(g.council("OAB", city[1]), "PROFESSIONAL_ID"))
    if g.chance(0.5):
        doc.f("  Banco «bc» — «bn»   Agência «ag»   Conta «cc»   Titular: «tn»   CPF «tc»\n", bc=b[0], bn=b[1],
              ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), tn=P(a.full), tc=(acpf.replace(".", "").replace("-", "") if g.chance(0.5) else acpf, "BR_CPF"))
    else:
        doc.f("  Chave Pix (aleatória): «k»   Titular: «tn»\n  Banco de destino: «bn»\n", k=(g.uuid(), "PIX_KEY"), tn=P(a.full), bn=b[1])
    doc.f("Valor a restituir: R$ «v» (alvará eletrônico nº «al»)\n", v=g.money(300, 21000), al=g.d(10))
    return doc


def fi_auxilio(g: Gen) -> Doc:
    """auxílio-reclusão claim: insured prisoner, dependants, requester and bank account."""
    doc = Doc()
    s = g.person(female=g.chance(0.1))
    req = g.person(female=True)
    req = Person(req.given, [x for x in req.surnames if x not in PARTICLES][:1] + [s.last], True)
    city = g.city()
    emp = g.pick(COMPANIES)
    doc.f("INSS — REQUERIMENTO DE AUXÍLIO-RECLUSÃO (urbano)\nProtocolo Meu INSS: «prot»   NB: «nb»   Espécie: 25\n\n"
          "SEGURADO(A) RECLUSO(A)\nNome: «sn»\nCPF: «scpf»   NIT/PIS: «pis»   Data de nascimento: «sdob»\n"
          "Último vínculo: «emp» — CNPJ «cnpj» — admissão «adm», saída «sai» — último salário de contribuição R$ «sal»\n"
          "Data da prisão: «dp»   Regime: fechado   Certidão judicial de recolhimento prisional emitida em «dc» («u»)\n\n",
          prot=g.d(10), nb=f"{g.d(3)}.{g.d(3)}.{g.d(3)}-{g.d(1)}", sn=P(s.caps), scpf=(g.cpf(), "BR_CPF"), pis=(g.pis(), "BR_PIS"),
          sdob=(g.dob("br", 1975, 2004), "DATE_OF_BIRTH"), emp=emp, cnpj=(g.cnpj(alnum=g.chance(0.25)), "BR_CNPJ"), adm=g.date(year=2021),
          sai=g.date(year=2023), sal=g.money(1412, 1900), dp=g.date(), dc=g.date(), u=g.pick(PRISONS))
    doc.t("DEPENDENTES\n")
    rows = [[P(req.full), V("cônjuge/companheira"), (g.dob("br", 1978, 2004), "DATE_OF_BIRTH"), (g.cpf(), "BR_CPF")]]
    for _ in range(g.rng.randint(1, 3)):
        k = g.relative(s)
        rows.append([P(k.full), V("filho(a) menor de 21"), (g.dob("br", 2008, 2024), "DATE_OF_BIRTH"),
                     (g.cpf(), "BR_CPF") if g.chance(0.6) else V("(sem CPF — certidão)")])
    table_fixed(doc, ["Nome", "Relação", "Nascimento", "CPF"], rows)
    b = g.pick(BANKS)
    doc.f("\nREQUERENTE / REPRESENTANTE LEGAL: «rn» — RG «rg» — tel. «t» — e-mail «e»\nEndereço: «ad», «b», «c»/«uf», CEP «cep»\n"
          "Título de eleitor: «tit» (documento de identificação apresentado na APS)\n"
          "Recebimento: «bn» (banco «bc»), agência «ag», conta «tipo» «cc»\n\n"
          "Exigência (servidor «srv»): apresentar atestado de recolhimento trimestral; renda do segurado abaixo do limite da Portaria Interministerial vigente.\n",
          rn=P(g.pick([req.full, req.caps])), rg=(g.rg(), "BR_RG"), t=(g.phone(), "PHONE_NUMBER"), e=(g.email(req), "EMAIL_ADDRESS"),
          ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), c=city[0], uf=city[1], cep=(g.cep(), "BR_CEP"), tit=(g.titulo(), "BR_TITULO_ELEITOR"),
          bn=b[1], bc=b[0], ag=(g.agency(), "BANK_ACCOUNT"), tipo=g.pick(["corrente", "poupança", "poupança social digital"]),
          cc=(g.account(), "BANK_ACCOUNT"), srv=P(g.person().short) if g.chance(0.4) else g.agent_id())
    return doc


def fi_peculio(g: Gen) -> Doc:
    """Release of the pecúlio at release (alvará de soltura), by transfer or Pix."""
    doc = Doc()
    e = g.person(female=g.chance(0.2))
    srv, dire = g.person(), g.person()
    b = g.pick(BANKS)
    doc.f("«u»\nSETOR FINANCEIRO — TERMO DE LIBERAÇÃO DE PECÚLIO\n\nAlvará de soltura nº «al» (processo «cnj»), cumprido em «d».\n"
          "Egresso(a): «n»   Matrícula: «mat»\nCPF: «cpf»   RG: «rg»   Nascimento: «dob»\n\n"
          "Saldo de pecúlio (conta poupança vinculada, ag. «pag» / «pcc»): R$ «sal»\nSaldo da conta de cantina: R$ «cant»\n\n",
          u=g.pick(PRISONS).upper(), al=f"{g.d(6)}/{g.rng.randint(2024, 2025)}", cnj=g.cnj(), d=g.date(), n=P(e.caps), mat=g.matricula(),
          cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), dob=(g.dob(lo=1968, hi=2004), "DATE_OF_BIRTH"),
          pag=(g.agency(), "BANK_ACCOUNT"), pcc=(g.account(), "BANK_ACCOUNT"), sal=g.money(80, 9000), cant=g.money(0, 400))
    k = g.rng.randint(0, 2)
    if k == 0:
        doc.f("Forma de liberação: TED para conta de titularidade do egresso — «bn» («bc»), ag. «ag», c/c «cc».\n",
              bn=b[1], bc=b[0], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    elif k == 1:
        doc.f("Forma de liberação: Pix para chave aleatória «kk» (titular «tn», «bn»). ID da transação (E2E): E«e2e».\n",
              kk=(g.uuid(), "PIX_KEY"), tn=P(e.full), bn=b[1], e2e=g.d(8) + g.date("compact") + g.hexs(11).upper())
    else:
        doc.f("Forma de liberação: Pix — chave CPF «kc» (titular «tn»). Comprovante id «tx».\n",
              kc=(g.cpf(g.pick(["raw", "dot"])), "BR_CPF"), tn=P(e.full), tx=g.uuid())
    doc.f("Contato do egresso após a soltura: «t» / «rel» «rn» «t2»\n\nDeclaro ter recebido os valores acima.\n\n_________________________\n«n2»\n\n"
          "Servidor(a): «s» («sid»)   Visto do Diretor: «dr»\n",
          t=(g.phone(), "PHONE_NUMBER"), rel=g.pick(["mãe", "companheira", "irmã"]), rn=P(g.relative(e, female=True).first), t2=(g.phone(), "PHONE_NUMBER"),
          n2=P(e.full) if g.chance(0.5) else "(assinatura ilegível — digital colhida)", s=P(srv.full) if g.chance(0.5) else login(g, srv), sid=g.agent_id(), dr=P(dire.short))
    return doc


def fi_gateway(g: Gen) -> Doc:
    """Payment-gateway log of the family deposit platform (canteen credits), with a card number in clear."""
    doc = Doc()
    an = g.person()
    op_cnpj = g.cnpj(alnum=g.chance(0.3))
    doc.f("INC-«n» [PCI] PAN em claro no log do gateway — plataforma de depósito para custodiados\nOperadora: «op» (CNPJ «cnpj»)   "
          "Reportado por: «a» («ae»)\n\nTrecho de /var/log/deposito-api/app.log (ambiente prod):\n",
          n=g.d(5), op=g.pick(["Aurora Pagamentos S.A.", "Leão Dourado Meios de Pagamento Ltda", "Rosa dos Ventos Fintech S.A."]),
          cnpj=(op_cnpj, "BR_CNPJ"), a=P(an.full), ae=(g.email(an, "aurorapag.com.br"), "EMAIL_ADDRESS"))
    for _ in range(g.rng.randint(3, 4)):
        pay = g.person(female=g.chance(0.75))
        inm = g.relative(pay, female=g.chance(0.1))
        kind = g.pick(["card", "card", "pix"])
        doc.f("«ts» INFO  deposit.create order=«oid» payer_name=\"«pn»\" payer_cpf=«pc» payer_email=«pe» payer_phone=«pp» inmate=\"«in»\" inmate_id=«iid» "
              "amount=«am» ip=«ip» ",
              ts=f"{g.date('iso')}T{g.hms()}Z", oid=g.neg(11), pn=P(g.pick([pay.full, pay.caps, pay.low])), pc=(g.cpf("raw"), "BR_CPF"), pe=(g.email(pay), "EMAIL_ADDRESS"),
              pp=(g.phone("e164"), "PHONE_NUMBER"), **{"in": P(inm.caps)}, iid=g.matricula(), am=f"{g.rng.randint(20, 400)}.00", ip=(g.ip(), "IP_ADDRESS"))
        if kind == "card":
            doc.f("method=credit_card card_number=«cn» exp=«ex» holder=\"«h»\" auth=«au»\n", cn=(g.card(False), "CREDIT_CARD"),
                  ex=f"{g.rng.randint(1, 12):02d}/{g.rng.randint(26, 32)}", h=P(fold(pay.short).upper()) if g.chance(0.5) else "", au=g.d(6))
        else:
            doc.f("method=pix txid=«tx» e2e=E«e2e» status=PAID\n", tx=g.hexs(32), e2e=g.d(8) + g.date("compact") + g.hexs(11).upper())
    doc.f("\nImpacto: «x» registros/dia desde o deploy v«v» (logger em DEBUG). Mascarar `card_number` (manter BIN + 4 últimos, ex.: «mk»), "
          "rotacionar logs e acionar o DPO («dpo»). Lei 13.709/2018 art. 48 — avaliar comunicação à ANPD.\n",
          x=g.rng.randint(200, 4000), v=f"{g.rng.randint(1, 4)}.{g.rng.randint(0, 20)}.{g.rng.randint(0, 9)}",
          mk=f"{g.d(6)}******{g.d(4)}", dpo=g.pick(["dpo@aurorapag.com.br", "encarregado de dados", "privacidade@"]))
    return doc


def fi_tornozeleira(g: Gen) -> Doc:
    """Charge for a damaged ankle monitor (ressarcimento ao erário)."""
    doc = Doc()
    m = g.person(female=g.chance(0.15), word=g.chance(0.15))
    city = g.city()
    emp = g.pick(["Aurora Monitoramento Eletrônico S.A.", "Spacecom Leal Tecnologia Ltda", "Prudente Sistemas de Rastreamento Ltda"])
    doc.f("SECRETARIA DE ADMINISTRAÇÃO PENITENCIÁRIA — CENTRAL DE MONITORAÇÃO ELETRÔNICA\nNOTIFICAÇÃO DE RESSARCIMENTO Nº «n»\n\n"
          "Notificado(a): «nm»\nCPF: «cpf»   Processo de execução: «cnj»\nEndereço: «ad» — «b» — «c»/«uf» — CEP «cep»\nTelefone: «t»\n\n"
          "Fica V.Sa. notificada de que o equipamento de monitoração nº de série «sn» (contrato nº «ct» com a «emp», CNPJ «cnpj») "
          "foi «dano» em «d», conforme laudo técnico nº «tec».\n\n",
          n=f"{g.d(4)}/{g.rng.randint(2024, 2025)}", nm=P(g.pick([m.caps, m.full])), cpf=(g.cpf(), "BR_CPF"), cnj=g.cnj(),
          ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), c=city[0], uf=city[1], cep=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"),
          sn=f"{g.pick(['TZ', 'AM', 'PS'])}{g.d(8)}", ct=f"{g.d(3)}/{g.rng.randint(2020, 2024)}", emp=emp, cnpj=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"),
          dano=g.pick(["rompido (cinta cortada)", "danificado por imersão", "extraviado (não devolvido ao fim da medida)"]), d=g.date(), tec=f"{g.d(4)}/{g.rng.randint(2024, 2025)}")
    parc = g.rng.randint(1, 10)
    doc.f("Valor do ressarcimento: R$ «v» (Decreto estadual nº «dec»), parcelável em até «p»x.\nPagamento: boleto — linha digitável «bl»\n"
          "Vencimento: «venc»\n\nPrazo de defesa: 15 dias, pelo e-mail cime@seap.«ufl».gov.br ou pela Defensoria («df»).\n"
          "«obs»\n\nNotificação entregue por «ag» («aid») em «de». Recebida por: «rec».\n",
          v=g.money(600, 3500), dec=f"{g.rng.randint(40, 70)}.{g.d(3)}/{g.rng.randint(2018, 2023)}", p=parc, bl=boleto_line(g), venc=g.date(year=2025),
          ufl=city[1].lower(), df=P(g.person().full),
          obs=g.pick(["Em caso de hipossuficiência, juntar declaração (art. 98 do CPC).", "Seria prudente anexar fotos do equipamento.", ""]),
          ag=P(g.person().short) if g.chance(0.5) else login(g, g.person()), aid=g.agent_id(), de=g.date(), rec=P(g.pick([m.full, g.relative(m, female=True).full])) if g.chance(0.5) else "o(a) próprio(a) notificado(a)")
    return doc


def fi_egresso(g: Gen) -> Doc:
    """Remittance file of a released-persons' aid programme (bolsa egresso)."""
    doc = Doc()
    ges = g.person()
    uf = g.pick(UFS)
    fundo_cnpj = g.cnpj()
    doc.f("PROGRAMA ESTADUAL DE APOIO AO EGRESSO — BOLSA QUALIFICAÇÃO\nLote de pagamento «l» — competência «c»\nFonte: Fundo Penitenciário Estadual — CNPJ «cnpj»\n"
          "Gestor(a): «g» — «ge»\n\n",
          l=g.d(6), c=f"{g.rng.randint(1, 12):02d}/{g.rng.randint(2024, 2025)}", cnpj=(fundo_cnpj, "BR_CNPJ"), g=P(ges.full),
          ge=(g.gov_mail(ges, uf, g.pick(["seap", "sejus"])), "EMAIL_ADDRESS"))
    rows = []
    total = 0
    for i in range(g.rng.randint(6, 8)):
        p = g.person(female=g.chance(0.2))
        b = g.pick(BANKS)
        v = g.pick([60000, 70600, 50000, 141200])
        total += v
        rows.append([V(f"{i + 1:03d}"), P(g.pick([p.caps, fold(p.full).upper()])), (g.cpf("raw"), "BR_CPF"), (g.pis("raw"), "BR_PIS"),
                     (g.dob("compact", 1970, 2005), "DATE_OF_BIRTH"),
                     *([V(b[0]), (g.agency(False), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT"), V("")] if g.chance(0.7) else [V(""), V(""), V(""), (g.uuid(), "PIX_KEY")]),
                     V(f"{v / 100:.2f}"), (g.phone("raw"), "PHONE_NUMBER") if g.chance(0.7) else V("")])
    table_csv(doc, ["seq", "nome", "cpf", "nis", "dt_nasc", "banco", "agencia", "conta", "pix_aleatoria", "valor", "celular"], rows, sep="|")
    doc.f("TOTAL|«n» registros|R$ «t»\n\nRejeições do lote anterior: «r»\n",
          n=len(rows), t=f"{total / 100:.2f}", r=g.pick(["CPF " + g.bad_cpf() + " inválido (DV) — corrigir cadastro", "agência inexistente na linha 004",
                                                        "nenhuma", "conta encerrada — beneficiário orientado a abrir poupança social"]))
    return doc

# =========================================================================== registry, checks, main

TEMPLATES: dict[str, list] = {}
TEMPLATES["atendimento"] = [at_visitante, at_lista_visita, at_bo, at_ouvidoria, at_agendamento, at_monitoramento, at_provita]
TEMPLATES["juridico"] = [ju_prontuario, ju_bnmp, ju_progressao, ju_custodia, ju_recambiamento, ju_apf, ju_protetiva]
TEMPLATES["saude"] = [sa_tb, sa_psiq, sa_diario, sa_escolta, sa_prenatal, sa_farmacia, sa_egresso]
TEMPLATES["financeiro"] = [fi_remicao, fi_fianca, fi_auxilio, fi_peculio, fi_gateway, fi_tornozeleira, fi_egresso]


HARD_NEG_11 = 0


def check(record: dict) -> None:
    text, last = record["text"], 0
    for s in record["spans"]:
        assert last <= s["start"] < s["end"] <= len(text), (record["id"], s)
        v = text[s["start"]:s["end"]]
        assert v and v == v.strip(), (record["id"], s, v)
        last = s["end"]
        lab = s["label"]
        digits = re.sub(r"\D", "", v) if lab not in ("BR_CNPJ", "PERSON", "EMAIL_ADDRESS", "PROFESSIONAL_ID") else ""
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
            assert 7 <= len(raw) <= 9, (record["id"], v)
            if len(raw) == 9:
                assert rg_sp_dv(raw[:8]) == raw[8], (record["id"], v)
        elif lab == "PIX_KEY":
            uuid.UUID(v)
        elif lab == "BR_CEP":
            assert len(digits) == 8, (record["id"], v)
        elif lab == "PHONE_NUMBER":
            assert 10 <= len(digits) <= 13, (record["id"], v)
        elif lab == "IP_ADDRESS":
            assert re.fullmatch(r"\d{1,3}(\.\d{1,3}){3}", v), (record["id"], v)
        elif lab == "LICENSE_PLATE":
            assert re.fullmatch(r"[A-Z]{3}-?\d[A-Z0-9]\d{2}", v), (record["id"], v)
        elif lab == "PERSON":
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|doutora?|des|mm)\.?\s", v), (record["id"], v)
            assert not re.search(r"[0-9@]", v), (record["id"], v)
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (record["id"], v)
            assert not re.match(r"(ouvidoria|visitas|cime|protocolo|sac|juridico|contato|atendimento)@", v), (record["id"], v)
    # hard negatives: every bare 11-digit run that is not inside a gold span must fail the CPF check
    global HARD_NEG_11
    covered = [(s["start"], s["end"]) for s in record["spans"]]
    for m in re.finditer(r"(?<![\d.\-/])(\d{3}\.?\d{3}\.?\d{3}-?\d{2})(?![\d])", text):
        if any(a <= m.start() and m.end() <= b for a, b in covered):
            continue
        raw = re.sub(r"\D", "", m.group(1))
        assert not cpf_ok(raw), (record["id"], "unlabelled valid CPF", m.group(1))
        HARD_NEG_11 += 1


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
    with OUT.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for r in records:
        for s in r["spans"]:
            counts[s["label"]] = counts.get(s["label"], 0) + 1
    n = sum(counts.values())
    print("fortyfourth", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")
    print(f"  unlabelled 11-digit numbers (all failing the CPF check): {HARD_NEG_11}")


if __name__ == "__main__":
    sys.exit(main())
