"""Build the fifty-third labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_fiftythird_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or
run), standalone (own check-digit code, no Faker, no import from afinar or from other
generators), seed 5353, 280 records: 7 templates per domain, 10 copies each.

Register, not used by the earlier sets: notaries and registry offices (cartórios) — notarial
deeds (escrituras), powers of attorney, signature cards and reconhecimento de firma, the land
registry (matrículas, registros and averbações, alienação fiduciária), the civil registry (births,
marriages, deaths, administrative corrections), protest of bills, extrajudicial probate and
divorce, e-Notariado videoconferences, certificates and the offices' own cash and fee records.
- atendimento: the office's WhatsApp service number (the customer shown by name or, unsaved, by
  phone number), a scanned signature card (ficha-padrão) read by OCR with noise in the printed
  text, an e-Notariado session log (participants, IPs, biometric check, signature), an e-mail
  thread about a CRC certificate request, the marriage desk's weekly schedule (fixed-width or
  bordered table) with a draft of the banns (edital de proclamas), a complaint to the state
  Corregedoria with the office's reply, the front desk's queue-system CSV export.
- juridico: a deed of sale (escritura de compra e venda), a public power of attorney with
  property / vehicle / bank / INSS powers and a substabelecimento, an extrajudicial probate deed
  (inventário e partilha), an extrajudicial divorce deed (children, sharing, alimony account, name
  change), a full-content certificate of a property record scanned with OCR noise, a protest
  notice with the debtor's cancellation request, an administrative correction of a birth record
  (art. 110 of Lei 6.015/73) with the prosecutor's opinion and the decision.
- saude: a death registration sheet transcribed from the DO, a maternity ward's daily CSV of
  live-birth declarations sent to the registry post (unidade interligada), a medical report on a
  testator's capacity, a deed of advance healthcare directives (testamento vital), a notary's
  report of an off-site act at a hospital ward, the monthly SIRC death report (fixed-width), an
  e-mail thread with a health-plan operator about a stable-union deed.
- financeiro: a fee receipt (emolumentos table, payment data, refund of a prior deposit), a
  creditor's batch file (CSV) sent to the protest hub (CRA) with the hub's return, a DOI worksheet,
  a bank branch's letter releasing a deceased's balances to the heirs, the daily cash closing
  (a full card number typed in the OBS column in some copies), a document runner's (despachante)
  invoice, a lender's request for notice to a defaulting fiduciary debtor (Lei 9.514/1997).

Conventions (the twentieth set's): PERSON covers the name only, never "Sr.", "Dra.", "dona",
"seu"; particles inside a name (de, da, do, dos, e) and suffixes (Filho, Júnior, Neto, Sobrinho)
are part of it; "SURNAME, GIVEN" is one span; nicknames and first names alone are persons.
Staff named in the text (escreventes, tabeliães, oficiais, attendants, doctors, nurses, lawyers,
prosecutors, bank managers, analysts) are persons; logins ("guiche03", "esc02", "rosimeire.juca",
"tabeliao.xxx"), role labels ("Atendimento Cartório", "Certidões", "BALCÃO (avulso)") and office,
company and bank names are not. Deceased persons, newborns, parents in filiação and witnesses are
persons; a misspelled name quoted in a correction request is a PERSON span as it stands, and so
is the corrected one. Corporate e-mails of people are EMAIL_ADDRESS; role mailboxes (certidoes@,
cadastro@) are not labelled. ADDRESS is street type + name + number + complement, in full,
abbreviated, ALL CAPS or lower case; not the neighbourhood, city, state or CEP (CEP is BR_CEP).
Decided here: the address of a property owned by natural persons (the flat sold in a deed, the
house in a probate or in a matrícula, the property given in fiduciary guarantee) is ADDRESS like a
home address; a company's address (a debtor company in a protest notice or a CRA batch) is not
labelled, nor is its CEP; an office's own address (on a stamp) is not labelled. Agency and account are
separate BANK_ACCOUNT spans, whoever holds them; bank names and codes are not labelled; the
office's own deposit account in the cash closing is not labelled. DATE_OF_BIRTH only for birth
dates (DN, nascido em, data_nasc, dn_mae, DT NASC), including a newborn's birth date in the
live-birth CSV and both the wrong and the right birth date in a correction request; dates of
deeds, marriages, deaths, burials, admissions, hearings and protests are not. PROFESSIONAL_ID
includes the council acronym and UF: CRM, COREN, OAB and, decided here, CRECI for real-estate
brokers ("CRECI/SP 12345", "CRECI-SP 104372-F"). PIX_KEY only for random (UUID) keys used as Pix
keys (the office's or a person's); a Pix key that is a CPF or an e-mail takes that label. CNPJs
are BR_CNPJ, office, bank, company or not (numeric and 2026 alphanumeric). Vehicle plates are
LICENSE_PLATE (sold cars, probate vehicles, the Uber or runner's car). CNS (Cartão Nacional de
Saúde) is BR_CNS; BR_RG is the number only, the issuer ("SSP/MG") stays outside. Masked values
(cards with asterisks, "final 1234") are not labelled.

Decided here, not labelled (document or internal ids): the CNS of a serventia (Código Nacional de
Serventia, "CNS 12.345-6" or six digits — not a health card), the 32-digit matrícula of a civil
certificate, matrícula numbers of properties and the CNM, livro/folha/termo, selos (digital seals),
MNE of e-Notariado acts, DO and DNV numbers, protocol, CRC order, ticket, contract, receipt, NSU,
E2E, nosso número and boleto numbers, inscrição imobiliária, NIRF/CCIR, Renavam, INSS benefit
numbers (NB), health-plan card numbers, ANS registration and protocol numbers, RNM of migrants,
Correios tracking codes, CNDT numbers, hashes.

Names: Brazilian names of many origins (Portuguese common and regional, coined names such as
Derlândia, Deuzuíta, Uálisson, Keyla Thaynara; Italian, German, Japanese/Okinawan, Lebanese,
Korean, Chinese, Haitian, Senegalese, Angolan, Bolivian, indigenous, Jewish, Polish), about half
of the name words rare or invented; names that are also words (Rosa, Luz, Flor, Aurora, Vitória,
Celeste, Glória, Dores, Estrela, Bento, Prudente, Amado, Modesto, Clemente, Branco) next to the
same words as words ("seria prudente", "o formulário veio em branco", "a luz do quarto") and in
places, streets and companies (Presidente Prudente, Bento Gonçalves, Nova Aurora, Rua Flor de
Liz, Vila Rosa, Imobiliária Rosa dos Ventos, Farmácia Luz Divina, Tabelionato Prudente de Notas,
Cemitério Parque da Aurora), which are not persons. Forms: full, ALL CAPS with and without
accents, lower case, "SURNAME, GIVEN", first name alone, nicknames.

Hard negatives (never labelled): CNJ process numbers, 11-digit numbers failing the CPF check
(Renavam, ITBI guides, CRC order and SIRC protocol numbers, a wrong CPF quoted in a complaint, CPFs
rejected by the CRA; the script checks every 11-digit run outside a gold span), ICD-10 codes,
money, the ids listed above, company names with surnames (Construtora Tenório & Leitão, Haddad
Tecidos, Bessa & Fragoso Advogados), street names honouring people inside addresses only ("Rua
Barão de Mauá, 12" is ADDRESS; "Tabelionato Bessa Frota" and "Hospital Regional Dr. Nagib Haddad"
are not persons), laws and rules ("Lei 6.015/1973", "Lei 11.441/2007", "Lei 9.492/1997",
"Provimento CNJ 149/2023", "Resolução CNJ 35/2007", "IN RFB 2.186/2024"), dates that are not
birth dates. Raw 11-digit phone numbers are drawn so that they do not pass the CPF check.
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
SEED = 5353
OUT_NAME = "fiftythird.jsonl"

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
UNITS = ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez", "onze", "doze",
         "treze", "catorze", "quinze", "dezesseis", "dezessete", "dezoito", "dezenove", "vinte"]

# --------------------------------------------------------------------------- name pools
# RARE_* hold uncommon, regional or coined names; main() prints their share of PERSON words.

PT_F = ["Ana Clara", "Juliana", "Márcia", "Vanessa", "Renata", "Daniela", "Cristina", "Luana", "Bruna", "Carolina",
        "Natália", "Helena", "Alice", "Lúcia", "Regina", "Sônia", "Vera", "Marlene", "Terezinha", "Maria Aparecida",
        "Maria Eduarda", "Ana Luiza", "Roberta", "Silvana", "Eliane", "Kátia", "Denise", "Paula", "Rita de Cássia",
        "Josefa", "Luzia", "Marta"]
RARE_F = ["Derlândia", "Josilene", "Nadjane", "Elenilda", "Rosimeire Kelly", "Cleidiane", "Gilvaneide", "Edileusa",
          "Marizete", "Lindinalva", "Iranilde", "Joelma Cristhiny", "Valquíria", "Hosana", "Zuleide", "Irismar",
          "Ednéia", "Dalvina", "Janaísa", "Keyla Thaynara", "Sulamita", "Evanilde", "Rosenilda", "Dinorá", "Wedja",
          "Niedja", "Ivoneide", "Lucinéia", "Jaqueline Sthefany", "Raíssa Mikaele", "Deuzuíta", "Creuza", "Zilmar",
          "Adelgisa", "Laudicéia", "Eunápia"]
PT_M = ["Carlos Alberto", "Paulo Roberto", "Marcos", "Luiz Carlos", "Alexandre", "André", "Bruno", "Felipe",
        "Guilherme", "Henrique", "Júlio César", "Leonardo", "Marcelo", "Maurício", "Nelson", "Osvaldo",
        "Pedro Henrique", "Renato", "Sérgio", "Wagner", "Wilson", "Davi", "Samuel", "Caio", "Otávio", "Jorge",
        "Manoel", "Joaquim", "Severino", "José", "Sebastião", "João Batista"]
RARE_M = ["Gilvan", "Edvaldo", "Josenildo", "Orlando Wesley", "Anacleto", "Erivaldo", "Cícero Romão", "Genival",
          "Jocélio", "Lindomar", "Rivaldo", "Valmir", "Aldenor", "Ednaldo", "Frutuoso", "Gercino", "Isaías Kleber",
          "Jailson", "Luzimar", "Nivaldo", "Olavo Dimas", "Pompeu", "Ruan Kaique", "Wellington Dyego", "Zacarias",
          "Adamastor", "Belmiro", "Crispim", "Dorgival", "Eronildes", "Florisvaldo", "Hermógenes", "Juvenal Ícaro",
          "Agripino", "Deoclécio", "Uálisson"]
PT_SUR = ["Carvalho", "Gomes", "Martins", "Araújo", "Rodrigues", "Costa", "Alves", "Nunes", "Mendes", "Barbosa",
          "Cardoso", "Teixeira", "Correia", "Pinto", "Castro", "Lopes", "Freitas", "Vieira", "Moura", "Ramos",
          "Azevedo", "Campos", "Nogueira", "Pires", "Machado", "Andrade", "Cavalcanti", "Rezende", "Toledo",
          "Amaral", "Silva", "Santos", "Oliveira", "Souza", "Nascimento"]
RARE_SUR = ["Aragão", "Bessa", "Catunda", "Dourado", "Escóssia", "Fragoso", "Garrido", "Ximenes", "Jucá", "Lobão",
            "Mourão", "Nóbrega", "Ourique", "Pessoa de Queiroz", "Quental", "Rolim", "Sobreira", "Tenório", "Uchôa",
            "Vilaça", "Zaidan", "Benevides", "Cordeiro Galvão", "Frota", "Girão", "Inojosa", "Leitão",
            "Meneses Bacelar", "Parahyba", "Saboia", "Torquato", "Valadares", "Albuquerque Maranhão", "Jaguaribe",
            "Gadelha", "Fialho", "Arruda Beltrão", "Cabugá"]
WORD_F = ["Rosa", "Luz", "Flor", "Aurora", "Vitória", "Celeste", "Glória", "Dores", "Estrela"]
WORD_M = ["Bento", "Prudente", "Amado", "Modesto", "Clemente", "Inocêncio", "Vitório", "Branco"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Amado", "Luz", "Flores", "Leal", "Bento", "Pedrosa", "Raposo",
            "Fontes", "Paz", "Neves", "Serra", "Rios", "Prado", "Salgado", "Aurora"]
NICK = {"Carlos Alberto": "Carlão", "Paulo Roberto": "Paulinho", "Manoel": "Mané", "Joaquim": "Quinzinho",
        "Severino": "Biu", "Genival": "Gena", "José": "Zé", "Sebastião": "Tião", "Terezinha": "Tetê",
        "Maria Aparecida": "Cida", "Marlene": "Leninha", "Josilene": "Josi", "Edileusa": "Leu",
        "Lindinalva": "Nalvinha", "Dorgival": "Dodô", "Zacarias": "Zaca", "Luiz Carlos": "Luizão",
        "Josefa": "Zefinha", "Luzia": "Lu", "João Batista": "Joca", "Crispim": "Pim", "Creuza": "Creuzinha",
        "Rita de Cássia": "Ritinha", "Hermógenes": "Gena", "Florisvaldo": "Flori", "Josenildo": "Nildo"}
FOREIGN = {
    "it": (["Pierina", "Lucrezia", "Carmela"], ["Vittorio", "Corrado", "Ettore"],
           ["Bortolotto", "Scarpelli", "Tonin", "Dalla Vecchia", "Benedetti", "Zanardo", "Piccinin"]),
    "de": (["Hildegard", "Gerda", "Elke"], ["Helmut", "Arno", "Ingo"],
           ["Schmitz", "Kreutzfeld", "Hoffmeister", "Lemke", "Wolff", "Dreher", "Radtke"]),
    "jp": (["Sachiko", "Tomoko", "Emiko"], ["Hideo", "Kazuo", "Minoru"],
           ["Tamashiro", "Yamauchi", "Kinjo", "Oshiro", "Hayashida", "Taira"]),
    "ar": (["Nadia", "Leila", "Soraya"], ["Farid", "Nagib", "Jamil"],
           ["Haddad", "Maluf", "Abdalla", "Sfeir", "Khouri", "Nassif"]),
    "kr": (["Ji-woo", "Hye-jin"], ["Sung-min", "Jae-won"], ["Choi", "Yoon", "Han", "Jung"]),
    "cn": (["Xiaoli", "Hui"], ["Zhiwei", "Bo"], ["Chen", "Wu", "Lin", "Zhou"]),
    "ht": (["Mirlande", "Guerline", "Rose-Merline"], ["Jocelyn", "Wilner", "Frantz"],
           ["Louissaint", "Dorvil", "Exantus", "Jean-Louis", "Saint-Fleur"]),
    "sn": (["Fatou", "Aminata", "Mariama"], ["Ousmane", "Cheikh", "Abdoulaye"], ["Ndiaye", "Diop", "Sarr", "Gueye"]),
    "ao": (["Teresa Nzinga", "Luzolo"], ["Domingos Kiala", "Mbemba"], ["Nsimba", "Tchipa", "Sapalo", "Kiluange"]),
    "bo": (["Wilma", "Justina", "Rosmery"], ["Fidel", "Rómulo", "Freddy"], ["Huanca", "Apaza", "Colque", "Ticona"]),
    "in": (["Moema", "Tainá", "Arani"], ["Aritana", "Ubiratã", "Caiuby"], ["Kaingang", "Tikuna", "Baniwa", "Xerente"]),
    "jw": (["Débora", "Hanna", "Raquel"], ["Isaac", "Natan", "Abraão"], ["Goldfarb", "Lerner", "Rosenthal", "Wajnberg"]),
    "pl": (["Bronislawa", "Wanda"], ["Zbigniew", "Tadeu"], ["Kaminski", "Nowak", "Dziedzic"]),
}
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in ("ht", "sn", "ao", "in", "bo", "jw", "pl", "de", "kr", "cn"):
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])
RARE.update(["Bortolotto", "Scarpelli", "Dalla Vecchia", "Zanardo", "Piccinin", "Tamashiro", "Kinjo", "Hayashida",
             "Sfeir", "Nassif", "Lucrezia", "Pierina", "Corrado", "Ettore"])

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Silva", "Rosa", "Luz", "Paz", "Serra", "Costa", "Frota", "Aurora"}
DO_SUR = {"Prado", "Nascimento", "Amaral"}
DOS_SUR = {"Santos", "Rios"}


def particle(surname: str) -> str:
    if surname in DA_SUR:
        return "da"
    if surname in DO_SUR:
        return "do"
    if surname in DOS_SUR:
        return "dos"
    return "de"


DDDS = ["11", "12", "13", "14", "16", "17", "19", "21", "22", "24", "27", "31", "32", "33", "35", "37", "41", "43",
        "45", "47", "48", "51", "54", "61", "62", "64", "65", "67", "69", "71", "74", "75", "79", "81", "83", "84",
        "85", "86", "88", "91", "92", "95", "96", "98", "99"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Estrada", "Praça",
                "Viela", "Ladeira", "Rodovia", "Servidão"]
STREET_NAMES = ["Barão de Mauá", "Tabelião Otávio Sobreira", "Flor de Liz", "da Aurora", "Prudente de Morais",
                "Bento Gonçalves", "Desembargador Jucá Frota", "Irmã Dulce", "Sete de Setembro", "Santo Amaro",
                "Conselheiro Nabuco", "Dona Glória Tenório", "Visconde de Mauá", "das Acácias", "Frei Caneca",
                "Marechal Floriano", "Nossa Senhora das Dores", "Castelo Branco", "Rosa e Silva", "Coronel Ximenes",
                "da Paz", "Treze de Maio", "Professora Dinorá Catunda", "dos Escrivães", "Padre Anchieta",
                "Estrela Dalva", "Monsenhor Tabosa", "Luz Divina", "Cônego Valadares", "do Cartório Velho",
                "Amado Batista", "Duque de Caxias", "Major Facundo", "Vitória Régia", "São Bento", "das Mangueiras"]
CITIES = [("Presidente Prudente", "SP"), ("Bento Gonçalves", "RS"), ("Vitória da Conquista", "BA"), ("Rio Branco", "AC"),
          ("Luziânia", "GO"), ("Nova Aurora", "PR"), ("Flores da Cunha", "RS"), ("Campina Grande", "PB"),
          ("Sobral", "CE"), ("Garanhuns", "PE"), ("Itabuna", "BA"), ("Juiz de Fora", "MG"), ("Governador Valadares", "MG"),
          ("Maringá", "PR"), ("Joinville", "SC"), ("Lages", "SC"), ("Pelotas", "RS"), ("Passo Fundo", "RS"),
          ("Ribeirão Preto", "SP"), ("São José do Rio Preto", "SP"), ("Marília", "SP"), ("Piracicaba", "SP"),
          ("Caxias", "MA"), ("Parnaíba", "PI"), ("Iguatu", "CE"), ("Penedo", "AL"), ("Itabaiana", "SE"),
          ("Marabá", "PA"), ("Ji-Paraná", "RO"), ("Rondonópolis", "MT"), ("Dourados", "MS"), ("Rio Verde", "GO"),
          ("Araguaína", "TO"), ("Petrópolis", "RJ"), ("Niterói", "RJ"), ("Linhares", "ES"), ("Boa Vista", "RR"),
          ("Macapá", "AP"), ("Mossoró", "RN"), ("Patos", "PB")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN",
       "PB", "MT", "MS", "PI", "SE", "AL", "TO", "RO", "AC", "AP", "RR"]
BAIRROS = ["Centro", "Jardim Aurora", "Vila Rosa", "Parque das Flores", "Cidade Nova", "Alto da Glória", "São Bento",
           "Jardim Prudente", "Vila Estrela", "Conjunto Esperança", "Boa Vista", "Bairro dos Tabeliães", "Vila Luz",
           "Residencial Amado", "Setor Leste", "Jardim Celeste"]
PROFISSOES = ["comerciante", "professora", "aposentado", "do lar", "motorista", "servidora pública", "engenheiro civil",
              "agricultor", "técnica de enfermagem", "empresário", "autônomo", "pedreiro", "advogada", "contador",
              "cabeleireira", "vendedor", "estudante", "médica", "analista de sistemas", "pescador"]
ESTADO_CIVIL = ["solteiro(a)", "casado(a)", "divorciado(a)", "viúvo(a)", "separado(a) judicialmente", "em união estável"]
NACIONAL = ["brasileiro(a)", "brasileiro(a)", "brasileiro(a)", "brasileiro(a)", "haitiano(a)", "boliviano(a)",
            "angolano(a)", "italiano(a)", "libanês(esa)", "japonês(esa)", "senegalês(esa)"]
BANKS = ["Banco do Brasil", "Caixa Econômica Federal", "Bradesco", "Itaú Unibanco", "Santander", "Banco Inter",
         "Nubank", "Sicoob", "Sicredi", "Banrisul", "Banco do Nordeste", "C6 Bank"]
BANK_CODES = ["001", "104", "237", "341", "033", "077", "260", "756", "748", "041", "004", "336"]
COMPANIES = ["Construtora Tenório & Leitão Ltda", "Imobiliária Rosa dos Ventos", "Loteadora Nova Aurora S.A.",
             "Frota & Girão Incorporações", "Supermercado Bento Ltda", "Distribuidora Prudente de Bebidas",
             "Materiais de Construção Irmãos Nóbrega", "Farmácia Luz Divina", "Haddad Tecidos Ltda",
             "Cooperativa Agroindustrial Vitória", "Kreutzfeld Móveis ME", "Auto Peças Valadares",
             "Escola Estrela do Saber", "Colégio Amado Nervo", "Panificadora Flor do Trigo", "Tamashiro Hortifruti"]
LEIS = ["Lei 6.015/1973", "Lei 8.935/1994", "Lei 11.441/2007", "Lei 9.492/1997", "Provimento CNJ 100/2020",
        "Provimento CNJ 149/2023", "Resolução CNJ 35/2007", "Lei 13.709/2018", "Lei 14.382/2022", "art. 57 da Lei 6.015/73",
        "Lei 10.406/2002 (Código Civil)", "Provimento CNJ 63/2017", "Lei 9.514/1997"]
CIDS = ["I21.9", "J18.9", "C34.9", "I64", "E14.9", "N18.5", "A41.9", "J96.0", "I50.0", "K74.6", "C50.9", "F03",
        "G30.9", "R99", "X59", "V89.2", "I10", "J44.1", "F00.1", "G20", "C61", "B34.2"]


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
        if self.given.startswith(("Maria A", "Maria E", "Ana C", "Ana L", "Rita de", "João B")):
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
    def capsacc(self) -> str:
        return self.full.upper()

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


def name_form(g: "Gen", p: Person, forms: list[str] | None = None) -> str:
    form = g.pick(forms or ["full", "full", "full", "short", "caps", "low", "first"])
    return {"full": p.full, "short": p.short, "caps": p.caps, "capsacc": p.capsacc, "low": p.low,
            "inverted": p.inverted, "inv_title": p.inverted_title, "first": p.first, "last": p.last,
            "nick": p.nick, "lowfirst": fold(p.first).lower(), "capsshort": fold(p.short).upper()}[form]


def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def fmt_date(dd: int, mm: int, yy: int, fmt: str) -> str:
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}",
            "short": f"{dd:02d}/{mm:02d}/{yy % 100:02d}", "long": f"{dd} de {MONTHS[mm - 1]} de {yy}",
            "dash": f"{dd:02d}-{mm:02d}-{yy}", "nopad": f"{dd}/{mm}/{yy}", "dot": f"{dd:02d}.{mm:02d}.{yy}",
            "caps": f"{dd} DE {fold(MONTHS[mm - 1]).upper()} DE {yy}",
            "ord": f"{'1º' if dd == 1 else dd} de {MONTHS[mm - 1]} de {yy}"}[fmt]


CARTORIOS = ["1º Tabelionato de Notas e Protestos de «c»", "Cartório do 2º Ofício de Notas de «c»",
             "Tabelionato Prudente de Notas", "Cartório Rosa Leal — Registro Civil e Notas", "3º Tabelião de Notas de «c»",
             "Serventia Extrajudicial do Distrito de Aurora", "Cartório do Único Ofício de «c»",
             "Tabelionato Bessa Frota", "Cartório Jaguaribe — 1º Ofício", "4º Tabelionato de Notas de «c»"]
RCPN = ["Oficial de Registro Civil das Pessoas Naturais do 1º Subdistrito de «c»", "Cartório de Registro Civil de «c»",
        "Registro Civil e Tabelionato do Distrito de São Bento", "Ofício da Cidadania de «c»",
        "Cartório do Registro Civil do 3º Distrito de «c»"]
CRIS = ["1º Registro de Imóveis de «c»", "Cartório de Registro de Imóveis da Comarca de «c»",
        "2º Ofício de Registro de Imóveis de «c»", "Registro de Imóveis, Títulos e Documentos de «c»"]
HOSPITAIS = ["Hospital Regional Dr. Nagib Haddad", "Santa Casa de Misericórdia", "Hospital São Bento",
             "Maternidade Nossa Senhora das Dores", "Hospital Municipal Aurora", "UPA 24h Vila Rosa",
             "Hospital Prudente de Morais", "Hospital Estadual Celeste Garrido", "Maternidade Flor de Lis"]


def cart_name(g: "Gen", pool: list[str], city: str) -> str:
    return g.pick(pool).replace("«c»", city)


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

    def upp(self, n: int) -> str:
        return "".join(self.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(n))

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
        if r < 0.42:
            return self.pick(RARE_SUR)
        if r < 0.54:
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
        return Person(given, surnames, female)

    def relative(self, of: Person, female: bool | None = None) -> Person:
        female = self.chance(0.5) if female is None else female
        p = self.person(female=female, origin="pt")
        own = [s for s in p.surnames if s not in PARTICLES and s not in SUFFIXES][:1]
        return Person(p.given, [s for s in own if s != of.last] + [of.last], female)

    def child(self, mother: Person, father: Person | None, female: bool | None = None) -> Person:
        female = self.chance(0.5) if female is None else female
        p = self.person(female=female, origin="pt")
        ms = [s for s in mother.surnames if s not in PARTICLES and s not in SUFFIXES][-1:]
        fs = [father.last] if father else []
        sur = [s for s in ms if s not in fs] + fs
        if self.chance(0.25) and len(sur) == 2:
            sur.insert(1, particle(sur[1]))
        return Person(p.given, sur or [mother.last], female)

    def email(self, p: Person, domain: str | None = None) -> str:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower())
        l = re.sub(r"[^a-z]", "", fold(p.last).lower())
        user = self.pick([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}_{l}{self.d(2)}", f"{f}{self.d(4)}",
                          f"{l}.{f}", f"{f}.{l}{self.rng.randint(60, 99)}", f"{f}{l[:4]}", f"{f[0]}.{l}",
                          f"{f}.{l}.{self.d(3)}", f"{f}-{l}"])
        domain = domain or self.pick(["gmail.com", "gmail.com", "gmail.com", "hotmail.com", "yahoo.com.br", "outlook.com",
                                      "bol.com.br", "uol.com.br", "icloud.com", "live.com", "terra.com.br", "ig.com.br"])
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
            b = "".join(self.pick(chars) for _ in range(8)) + self.pick(["0001", "0001", "A001", "0C01"])
        else:
            b = self.d(8) + self.pick(["0001", "0001", "0001", "0002", "0004"])
        n = b + cnpj_dv(b)
        return f"{n[:2]}.{n[2:5]}.{n[5:8]}/{n[8:12]}-{n[12:]}" if style == "dot" else n

    def rg(self, style: str | None = None) -> str:
        b = self.d(8)
        n = b + rg_sp_dv(b)
        style = style or self.pick(["dot", "dot", "raw"])
        return f"{n[:2]}.{n[2:5]}.{n[5:8]}-{n[8]}" if style == "dot" else n

    def rg_issuer(self, uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        return self.pick([f"SSP/{uf}", f"SSP-{uf}", f"SDS/{uf}", f"PC/{uf}", f"DETRAN/{uf}", f"SESP/{uf}"])

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
        if dash and self.chance(0.1):
            return f"{n[:2]}.{n[2:5]}-{n[5:]}"
        return f"{n[:5]}-{n[5:]}" if dash else n

    def phone(self, style: str | None = None, mobile: bool = True) -> str:
        while True:
            ddd = self.pick(DDDS)
            local = ("9" + str(self.rng.randint(6, 9)) + self.d(7)) if mobile else (str(self.rng.randint(2, 5)) + self.d(7))
            if not cpf_ok(ddd + local):  # keep phone digits from reading as a valid CPF
                break
        h, t = local[:-4], local[-4:]
        style = style or self.pick(["par", "par", "plus", "plain", "e164", "raw", "dash", "sp", "nospace"])
        return {"par": f"({ddd}) {h}-{t}", "plus": f"+55 {ddd} {h}-{t}", "plain": f"{ddd} {h}-{t}",
                "e164": f"+55{ddd}{local}", "raw": f"{ddd}{local}", "dash": f"{ddd}-{h}-{t}",
                "sp": f"{ddd} {h} {t}", "nospace": f"({ddd}){h}-{t}", "zero": f"0{ddd} {h}-{t}",
                "dot": f"{ddd}.{h}.{t}"}[style]

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
                          f"{self.d(6)}******{self.d(4)}", f"XXXX-XXXX-XXXX-{self.d(4)}"])

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
        if self.chance(0.15):
            body = f"{int(body):,}".replace(",", ".")
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
                          f"bloco {self.pick('ABCDE')}, apto {self.ri(11, 408)}", "fundos", f"lote {self.ri(1, 40)}",
                          f"qd. {self.ri(1, 40)}, lt. {self.ri(1, 30)}", "sobreloja", f"sala {self.ri(101, 1210)}",
                          f"ap. {self.ri(11, 904)}"])
        return t, name, num, comp

    def address(self, style: str = "text") -> str:
        t, name, num, comp = self.street_parts()
        if style == "caps":
            return fold(f"{t} {name}, {num}" + (f", {comp}" if comp else "")).upper()
        if style == "capsacc":
            return (f"{t} {name}, nº {num}" + (f", {comp}" if comp else "")).upper()
        if style == "low":
            abbr = {"Rua": "r", "Avenida": "av", "Travessa": "tv", "Alameda": "al", "Estrada": "estr"}
            s = f"{abbr.get(t, t)} {name} " + (num if num != "s/n" else "sn") + (f" {comp}" if comp else "")
            return fold(s).lower()
        if style == "legal":
            n = "sem número" if num == "s/n" else f"nº {num}"
            return f"{t} {name}, {n}" + (f", {comp}" if comp else "")
        abbr = {"Rua": "R.", "Avenida": "Av.", "Travessa": "Tv.", "Alameda": "Al.", "Estrada": "Estr.", "Praça": "Pç."}
        if self.chance(0.3) and t in abbr:
            t = abbr[t]
        sep = self.pick([", ", ", nº ", " ", ", n. "]) if num != "s/n" else self.pick([", ", " "])
        return f"{t} {name}{sep}{num}" + (self.pick([", ", " - ", " "]) + comp if comp else "")

    def city(self) -> tuple[str, str]:
        return self.pick(CITIES)

    def dob(self, fmt: str | None = None, lo: int = 1938, hi: int = 2006) -> str:
        dd, mm, yy = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(lo, hi)
        fmt = fmt or self.pick(["br", "br", "br", "iso", "short", "long", "nopad", "dot"])
        return fmt_date(dd, mm, yy, fmt)

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        y = year or self.pick([2024, 2025, 2025, 2025])
        return fmt_date(self.rng.randint(1, 28), self.rng.randint(1, 12), y, fmt)

    def hm(self) -> str:
        return f"{self.rng.randint(7, 19):02d}:{self.rng.randint(0, 59):02d}"

    def hms(self) -> str:
        return f"{self.rng.randint(0, 23):02d}:{self.rng.randint(0, 59):02d}:{self.rng.randint(0, 59):02d}"

    def times(self, n: int, lo: int = 8 * 3600, hi: int = 18 * 3600) -> list[str]:
        secs = sorted(self.rng.sample(range(lo, hi, 60), n))
        return [f"{x // 3600:02d}:{x % 3600 // 60:02d}" for x in secs]

    def money(self, lo: int = 20, hi: int = 50000) -> str:
        v = self.rng.randint(lo * 100, hi * 100)
        r, c = divmod(v, 100)
        return f"{r:,}".replace(",", ".") + f",{c:02d}"

    def cnj(self, seg: str | None = None) -> str:
        seg = seg or self.pick(["8.26", "8.16", "8.05", "8.13", "8.19", "8.06", "8.17", "8.21", "8.24", "8.15", "4.05"])
        return f"{self.d(7)}-{self.d(2)}.{self.rng.randint(2015, 2025)}.{seg}.{self.d(4)}"

    def protocol(self) -> str:
        return self.pick([f"{self.rng.randint(2024, 2025)}{self.d(6)}", f"{self.d(3)}.{self.d(3)}", f"#{self.d(7)}",
                          f"PROT-{self.d(6)}", f"{self.d(5)}/{self.ri(2024, 2025)}", f"{int(self.d(6)):,}".replace(",", ".")])

    def selo(self) -> str:
        return self.pick([f"{self.upp(4)}{self.d(5)}-{self.upp(3)}", f"{self.upp(3)}-{self.d(5)}-{self.upp(3)}",
                          f"{self.d(6)}.{self.upp(3)}{self.d(4)}", f"SELO DIGITAL {self.upp(2)}{self.d(8)}",
                          f"{self.upp(1)}{self.d(3)}{self.upp(2)}{self.d(6)}"])

    def cns_serventia(self) -> str:
        n = self.d(6)
        return self.pick([f"{n[:2]}.{n[2:5]}-{n[5]}", n])

    def mat_civil(self) -> str:
        """32-digit matrícula of a civil-registry certificate (a document id, not labelled)."""
        return (f"{self.d(6)} {self.pick(['01', '02', '03'])} 55 {self.ri(1950, 2025)} {self.pick(['1', '2', '4'])} "
                f"{self.d(5)} {self.d(3)} {self.d(7)} {self.d(2)}")

    def matricula(self) -> str:
        n = self.ri(1200, 189000)
        return self.pick([f"{n:,}".replace(",", "."), str(n)])

    def livro(self) -> str:
        return self.pick([f"Livro {self.ri(80, 3990)}, fls. {self.ri(1, 399)}", f"L. {self.ri(80, 3990)}-N, fl. {self.ri(1, 399)}",
                          f"Livro A-{self.ri(10, 290)}, folha {self.ri(1, 300)}, termo {self.ri(1000, 99999)}",
                          f"livro {self.ri(100, 2500)}, folhas {self.ri(1, 300)}/{self.ri(301, 399)}"])

    def boleto(self) -> str:
        b = self.d(47)
        return f"{b[:5]}.{b[5:10]} {b[10:15]}.{b[15:21]} {b[21:26]}.{b[26:32]} {b[32]} {b[33:]}"

    def council(self, kind: str = "CRM", uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.rng.randint(1000, 259999)
        dotted = f"{n:,}".replace(",", ".")
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} {n}", f"OAB-{uf} {n}", f"OAB {uf} {dotted}",
                              f"OAB/{uf} nº {dotted}", f"OAB/{uf} {dotted}-A"])
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {dotted}-ENF", f"COREN-{uf} {n}-TE", f"Coren/{uf} {n}"])
        if kind == "CRP":
            return f"CRP {self.ri(1, 23):02d}/{self.d(5)}"
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dotted}", f"CRM/{uf} nº {n}"])


MARK = re.compile(r"«(\w+)»")
OCR_MAP = {"i": "l", "l": "1", "o": "0", "e": "c", "a": "à", "m": "rn", "I": "l", "O": "0", "S": "5", "ç": "c",
           "ã": "a", "é": "e"}


class Doc:
    def __init__(self, ocr: float = 0.0, g: Gen | None = None):
        self.text = ""
        self.spans: list[dict] = []
        self.negs: list[str] = []  # 11-digit hard negatives placed in the text
        self.ocr = ocr
        self.g = g

    def t(self, s: str) -> "Doc":
        if self.ocr and self.g is not None:
            out = []
            for ch in s:
                if ch in OCR_MAP and self.g.rng.random() < self.ocr:
                    out.append(OCR_MAP[ch])
                else:
                    out.append(ch)
            s = "".join(out)
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
        pad = " " * max(0, width - len(s))
        if right:
            self.text += pad
        self.e(s, label)
        if not right:
            self.text += pad
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
                doc.text += sep
            q = sep in v or '"' in v
            if q:
                doc.text += '"'
            doc.e(v.replace('"', '""'), lab)
            if q:
                doc.text += '"'
        doc.text += "\n"


def table_fixed(doc: Doc, cols: list[str], rows: list[list[tuple]], gap: str = "  ", rule: str = "-",
                border: bool = False) -> None:
    widths = [max([len(c)] + [len(r[k][0]) for r in rows]) for k, c in enumerate(cols)]
    if border:
        sepl = "+" + "+".join("-" * (w + 2) for w in widths) + "+\n"
        doc.t(sepl + "| " + " | ".join(c.ljust(w) for c, w in zip(cols, widths)) + " |\n" + sepl)
        for r in rows:
            doc.text += "| "
            for k, ((v, lab), w) in enumerate(zip(r, widths)):
                if k:
                    doc.text += " | "
                doc.cell(v, w, lab)
            doc.text += " |\n"
        doc.t(sepl)
        return
    doc.t(gap.join(c.ljust(w) for c, w in zip(cols, widths)).rstrip() + "\n")
    if rule:
        doc.t(gap.join(rule * w for w in widths) + "\n")
    for r in rows:
        for k, ((v, lab), w) in enumerate(zip(r, widths)):
            if k:
                doc.text += gap
            if k == len(r) - 1:
                doc.e(v, lab)
            else:
                doc.cell(v, w, lab)
        doc.text += "\n"


def corp_mail(p: Person, dom: str) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return f"{f}.{l}@{dom}"


def brl(v: float) -> str:
    r, c = divmod(round(v * 100), 100)
    return f"{r:,}".replace(",", ".") + f",{c:02d}"


def gend(s: str, fem: bool) -> str:
    """'brasileiro(a)' -> 'brasileira' / 'brasileiro'; 'libanês(esa)' -> 'libanesa' / 'libanês'."""
    s = s.replace("o(a)", "a" if fem else "o").replace("ês(esa)", "esa" if fem else "ês")
    return s.replace("(a)", "a" if fem else "")


def qualif(g: Gen, doc: Doc, p: Person, caps: bool = True, with_dob: bool | None = None, uf: str | None = None,
           addr: bool = True) -> None:
    """Notarial qualification of a natural person: NAME, nationality, civil status, profession, ids, address."""
    fem = p.female
    nac = gend(g.pick(NACIONAL), fem)
    ec = gend(g.pick(ESTADO_CIVIL), fem)
    doc.f("«n», «nac», «ec», «pr», ", n=P(p.caps if caps else p.full), nac=nac, ec=ec, pr=g.pick(PROFISSOES))
    if with_dob if with_dob is not None else g.chance(0.5):
        doc.f("nascid«o» em «d», ", o=p.o, d=(g.dob(g.pick(["br", "long", "br"])), "DATE_OF_BIRTH"))
    if g.chance(0.12):
        ff = g.person(female=False, origin="pt")
        mm = g.person(female=True, origin="pt")
        doc.f("filh«o» de «f» e de «m», ", o=p.o, f=P(ff.full), m=P(mm.full))
    k = g.ri(0, 3)
    if k == 0:
        doc.f("portador«a» da cédula de identidade RG nº «rg» «iss» e inscrit«o» no CPF/MF sob nº «cpf»", a="a" if fem else "",
              o=p.o, rg=(g.rg(), "BR_RG"), iss=g.rg_issuer(uf), cpf=(g.cpf("dot"), "BR_CPF"))
    elif k == 1:
        doc.f("RG «rg» «iss», CPF «cpf»", rg=(g.rg(), "BR_RG"), iss=g.rg_issuer(uf), cpf=(g.cpf(), "BR_CPF"))
    elif k == 2:
        doc.f("portador«a» da CNH nº «cnh» (DETRAN/«uf»), inscrit«o» no CPF sob o nº «cpf»", a="a" if fem else "", o=p.o,
              cnh=(g.cnh(), "BR_CNH"), uf=uf or g.pick(UFS), cpf=(g.cpf("dot"), "BR_CPF"))
    else:
        doc.f("inscrit«o» no CPF sob o nº «cpf», RNM «rnm»", o=p.o, cpf=(g.cpf("dot"), "BR_CPF"),
              rnm=f"{g.upp(1)}{g.d(6)}-{g.d(1)}")
    if g.chance(0.12):
        doc.f(", título de eleitor nº «te»", te=(g.titulo(), "BR_TITULO_ELEITOR"))
    if g.chance(0.45):
        doc.f(", e-mail «e»", e=(g.email(p), "EMAIL_ADDRESS"))
    if g.chance(0.35):
        doc.f(", telefone «t»", t=(g.phone(g.pick(["par", "plain", "dash"])), "PHONE_NUMBER"))
    if addr:
        c, u = g.city()
        doc.f(", residente e domiciliad«o» na «ad», «b», «c»/«u», CEP «cep»", o=p.o, ad=(g.address("legal"), "ADDRESS"),
              b=g.pick(BAIRROS), c=c, u=u, cep=(g.cep(), "BR_CEP"))


# =========================================================================== atendimento

def at_whats_firma(g: Gen) -> Doc:
    """WhatsApp export of the notary office's service number: firma, autenticação, procuração quote."""
    doc = Doc()
    c = g.person()
    clerk = g.person(female=g.chance(0.7))
    city, uf = g.city()
    cart = cart_name(g, CARTORIOS, city)
    day = g.date("br")
    ts = g.times(12)
    cname = g.pick([c.first, c.short, c.full, c.first + " " + g.pick(["Adv", "Imob", "(cliente)"])]) if g.chance(0.25) else None
    cpho = g.phone(g.pick(["plus", "plus", "e164"]))
    base = cname.split(" Adv")[0].split(" Imob")[0].split(" (")[0] if cname else None
    rest = cname[len(base):] if cname else ""

    shown = g.pick([cart.split(" de ")[0], "Atendimento Cartório", cart])

    def line(k: int, me: bool) -> None:
        doc.f("[«d», «t»] ", d=day, t=ts[k])
        if me:
            doc.t(shown + ": ")
        else:
            if base:
                doc.e(base, "PERSON")
                doc.t(rest + ": ")
            else:
                doc.e(cpho, "PHONE_NUMBER")
                doc.t(": ")

    line(0, False)
    doc.t(g.pick(["bom dia, ", "boa tarde ", "oi, bom dia, é do cartório? ", "Olá! ", "boa tarde. "]) +
          g.pick(["quanto custa reconhecer firma de um recibo de carro?", "preciso fazer uma procuração pra minha mãe, como funciona?",
                  "vcs autenticam cópia de diploma?", "queria saber se minha escritura já ficou pronta"]) + "\n")
    line(1, True)
    doc.f("Olá! Sou «a», do atendimento do «cart». «r»\n", a=P(g.pick([clerk.first, clerk.short])), cart=cart,
          r=g.pick(["Reconhecimento por autenticidade (DUT/ATPV) é R$ " + g.money(8, 15) + " por assinatura, presencial.",
                    "Procuração pública a partir de R$ " + g.money(90, 250) + "; precisamos dos documentos do outorgante e do procurador.",
                    "Autenticação sai R$ " + g.money(4, 9) + " por página.",
                    "Pode me passar o nome completo e o CPF pra eu localizar?"]))
    line(2, False)
    lay = g.ri(0, 2)
    if lay == 0:
        doc.f("«n»\ncpf «cpf»\nrg «rg»\n", n=P(g.pick([c.full, c.caps, c.low])), cpf=(g.cpf(g.pick(["raw", "dot"])), "BR_CPF"),
              rg=(g.rg(), "BR_RG"))
    elif lay == 1:
        doc.f("é no nome de «n», cpf «cpf», nasc «dob»\n", n=P(g.pick([c.full, c.low])), cpf=(g.cpf(), "BR_CPF"),
              dob=(g.dob(g.pick(["br", "nopad", "short"])), "DATE_OF_BIRTH"))
    else:
        doc.f("«n» «cpf»\n", n=P(c.caps), cpf=(g.cpf("raw"), "BR_CPF"))
    line(3, False)
    m = g.relative(c, female=True)
    k = g.ri(0, 2)
    if k == 0:
        doc.f("a procuração é pra minha mãe «m» poder vender o carro placa «pl», ela mora em «c»\n", m=P(m.full), pl=(g.plate(), "LICENSE_PLATE"), c=city)
    elif k == 1:
        doc.f("o comprador é o «b», tel dele «t»\n", b=P(g.person(female=False).short), t=(g.phone(), "PHONE_NUMBER"))
    else:
        doc.f("a escritura é do apto na «ad», protocolo «p»\n", ad=(g.address(g.pick(["low", "text"])), "ADDRESS"), p=g.protocol())
    line(4, True)
    doc.f("Localizei a ficha de firma em «n» (aberta em «d»). «x»\n", n="seu nome", d=g.date("br", g.ri(2009, 2023)),
          x=g.pick(["A assinatura precisa ser feita aqui no balcão, na frente do escrevente.", "Está tudo certo, pode vir com o documento original.",
                    "Precisa atualizar o cartão de assinatura, o RG está vencido há mais de 10 anos.",
                    "A escritura foi lavrada no " + g.livro() + ", o traslado está disponível."]))
    line(5, False)
    doc.t(g.pick(["vcs abrem sábado?", "posso mandar outra pessoa buscar?", "dá pra fazer por videoconferência?",
                  "aceita pix?", "qual o endereço mesmo?"]) + "\n")
    line(6, True)
    x = g.ri(0, 3)
    if x == 0:
        doc.f("Sim, pelo e-Notariado: enviamos o link pro e-mail cadastrado («e»). Precisa de certificado notarizado, emitido gratuitamente.\n",
              e=(g.email(c), "EMAIL_ADDRESS"))
    elif x == 1 and g.chance(0.3):
        doc.f("Aceitamos cartão, mas só presencialmente. Por favor não envie o número do cartão por aqui.\n")
        line(7, False)
        doc.f("ah ta, já tinha mandado: «cc» val «v» kkk\n", cc=(g.card(g.chance(0.6)), "CREDIT_CARD"), v=f"{g.ri(1, 12):02d}/{g.ri(26, 32)}")
    elif x == 1:
        doc.f("Pix é pelo QR Code no balcão ou na chave aleatória «k» (CNPJ do cartório «cn»).\n",
              k=(g.uuid(), "PIX_KEY"), cn=(g.cnpj(), "BR_CNPJ"))
    elif x == 2:
        doc.t("Atendemos de segunda a sexta das 9h às 17h; sábado só plantão de registro civil (óbitos).\n")
    else:
        doc.f("Pode sim, com procuração ou autorização simples assinada. Quem vem buscar? Preciso do nome e RG.\n")
        line(7, False)
        r = g.relative(c)
        doc.f("«r», rg «rg»\n", r=P(g.pick([r.full, r.low])), rg=(g.rg(), "BR_RG"))
    line(8, False)
    doc.t(g.pick(["obrigad" + c.o + "!", "👍", "ok vou passar aí amanhã", "blz"]) + "\n")
    if g.chance(0.5):
        line(9, True)
        doc.f("Disponha! Qualquer coisa é só chamar. Protocolo do atendimento: «p».\n", p=g.protocol())
    return doc


def at_ficha_firma(g: Gen) -> Doc:
    """Scanned signature card (ficha-padrão / cartão de autógrafos), read by OCR: some noise in the printed text."""
    doc = Doc(ocr=0.04, g=g)
    c = g.person()
    city, uf = g.city()
    cart = cart_name(g, CARTORIOS, city)
    doc.f("«cart»\n«ci»/«uf» — CNS «cns»\nFICHA-PADRÃO PARA RECONHECIMENTO DE FIRMA  Nº «n»\n", cart=cart.upper(), ci=city.upper(), uf=uf,
          cns=g.cns_serventia(), n=g.d(6))
    doc.t("-" * g.ri(40, 64) + "\n")
    pai = g.person(female=False, origin="pt")
    mae = g.person(female=True, origin="pt")
    nome = g.pick([c.caps, c.capsacc, c.full])
    doc.f("NOME: «n»\nFILIAÇÃO: «p» e «m»\n", n=P(nome), p=P(g.pick([pai.caps, pai.full])), m=P(g.pick([mae.caps, mae.full])))
    doc.f("DATA NASC.: «dob»    NATURALIDADE: «nat»\n", dob=(g.dob(g.pick(["br", "dot", "br"])), "DATE_OF_BIRTH"),
          nat=g.pick(CITIES)[0].upper())
    doc.f("ESTADO CIVIL: «ec»    PROFISSÃO: «pr»\n", ec=gend(g.pick(ESTADO_CIVIL[:4]), c.female).upper(),
          pr=g.pick(PROFISSOES).upper())
    doc.f("DOC. IDENTIDADE: «rg»  ÓRGÃO: «iss»  EXP.: «dx»\n", rg=(g.rg(), "BR_RG"), iss=g.rg_issuer(uf), dx=g.date("br", g.ri(2000, 2022)))
    doc.f("CPF: «cpf»\n", cpf=(g.cpf(g.pick(["dot", "raw", "sp"])), "BR_CPF"))
    if g.chance(0.5):
        doc.f("TÍTULO ELEITOR: «te»   ZONA «z» SEÇÃO «s»\n", te=(g.titulo(), "BR_TITULO_ELEITOR"), z=g.ri(1, 400), s=g.ri(1, 900))
    doc.f("ENDEREÇO: «ad»\nBAIRRO: «b»  CIDADE: «ci»  CEP: «cep»\n", ad=(g.address(g.pick(["caps", "capsacc"])), "ADDRESS"),
          b=g.pick(BAIRROS).upper(), ci=city.upper(), cep=(g.cep(), "BR_CEP"))
    doc.f("FONE: «t»   CEL: «t2»\n", t=(g.phone(g.pick(["par", "plain", "zero"]), mobile=False), "PHONE_NUMBER"),
          t2=(g.phone(g.pick(["par", "raw", "dash"])), "PHONE_NUMBER"))
    if g.chance(0.6):
        doc.f("E-MAIL: «e»\n", e=(g.email(c).upper() if g.chance(0.3) else g.email(c), "EMAIL_ADDRESS"))
    doc.t("\nASSINATURA 1: ____________________   ASSINATURA 2: ____________________\n\n")
    clerk = g.person()
    doc.f("Declaro que as informações acima são verdadeiras. «ci», «d».\nFicha aberta por: «e» (escrevente) — conferida por «t»\n",
          ci=city, d=g.date(g.pick(["br", "long"]), g.ri(2005, 2025)), e=P(g.pick([clerk.caps, clerk.full, clerk.short])),
          t=P(g.person().short) if g.chance(0.4) else V(g.pick(["sistema", "esc.04", "supervisão"])))
    doc.f("[carimbo] «cart» — «w»\n", cart=cart, w=g.pick(["Selo " + g.selo(), "VALIDO SOMENTE COM SELO", "Rua do cartório, " + str(g.ri(10, 900))]))
    if g.chance(0.4):
        doc.f("obs. a lápis: «o»\n", o=g.pick(["ass. trêmula, conferir com doc", "atualizada em " + g.date("br"), "ver ficha antiga nº " + g.d(5),
                                             "o formulário veio em branco no verso"]))
    return doc


ROLES = {"PROCURAÇÃO PÚBLICA": ["OUTORGANTE", "OUTORGADO", "OUTORGANTE"], "ESCRITURA DE COMPRA E VENDA": ["VENDEDOR", "COMPRADOR", "CÔNJUGE"],
         "ESCRITURA DE INVENTÁRIO E PARTILHA": ["INVENTARIANTE", "HERDEIRO", "HERDEIRO"],
         "ESCRITURA DE DIVÓRCIO CONSENSUAL": ["DIVORCIANDO", "DIVORCIANDA", "ADVOGADO"], "ATA NOTARIAL": ["REQUERENTE", "TESTEMUNHA", "TESTEMUNHA"],
         "ESCRITURA DE UNIÃO ESTÁVEL": ["CONVIVENTE", "CONVIVENTE", "TESTEMUNHA"]}


def at_enotariado_log(g: Gen) -> Doc:
    """e-Notariado videoconference session: export of the session log kept by the notary's software."""
    doc = Doc()
    city, uf = g.city()
    cart = cart_name(g, CARTORIOS, city)
    tab = g.person()
    esc = g.person()
    parts = [g.person() for _ in range(g.ri(2, 3))]
    ato = g.pick(["PROCURAÇÃO PÚBLICA", "ESCRITURA DE COMPRA E VENDA", "ESCRITURA DE INVENTÁRIO E PARTILHA",
                  "ESCRITURA DE DIVÓRCIO CONSENSUAL", "ATA NOTARIAL", "ESCRITURA DE UNIÃO ESTÁVEL"])
    day = g.date("iso")
    doc.f("=== e-Notariado | Sessão de videoconferência ===\nServentia: «cart» (CNS «cns»)\nAto: «ato»  MNE: «mne»\n"
          "Tabeli«o» responsável: «tb»\nEscrevente condutor: «es» <«em»>\nData: «d»\n\n",
          cart=cart, cns=g.cns_serventia(), ato=ato, mne=f"{g.d(6)}.{g.ri(2024, 2025)}.{g.d(2)}.{g.d(7)}-{g.d(2)}",
          o="ã" if tab.female else "ão", tb=P(tab.full), es=P(esc.full),
          em=(corp_mail(esc, re.sub(r"[^a-z]", "", fold(city).lower())[:10] + "notas.com.br"), "EMAIL_ADDRESS"), d=day)
    doc.t("PARTICIPANTES\n")
    for i, p in enumerate(parts):
        doc.f("  [«i»] «n» | CPF «cpf» | papel: «r» | e-mail «e» | cel «t» | certificado notarizado: «cert»\n",
              i=i + 1, n=P(g.pick([p.caps, p.full])), cpf=(g.cpf(), "BR_CPF"),
              r=ROLES.get(ato, ["DECLARANTE", "PARTE"])[min(i, len(ROLES.get(ato, ["x", "y"])) - 1)],
              e=(g.email(p), "EMAIL_ADDRESS"), t=(g.phone(g.pick(["e164", "par", "plus"])), "PHONE_NUMBER"),
              cert=g.pick(["ICP-Brasil A3", "e-Notariado (emitido em " + g.date("br") + ")", "pendente"]))
    doc.t("\nLOG\n")
    t0 = g.times(9, 9 * 3600, 17 * 3600)
    ev = [("sessão criada por «u»", {"u": V(fold(esc.first).lower() + "." + fold(esc.last).lower()[:6])}),
          ("«n» entrou na sala — ip «ip» — navegador Chrome/1" + g.d(2) + " Android", {"n": P(parts[0].full), "ip": (g.ip(), "IP_ADDRESS")}),
          ("«n» entrou na sala — ip «ip» — Safari iOS", {"n": P(parts[1].full), "ip": (g.ip(), "IP_ADDRESS")}),
          ("verificação biométrica facial: participante [1] — match 0." + g.d(2), {}),
          ("documento exibido em câmera pelo participante [2]: RG «rg»", {"rg": (g.rg(), "BR_RG")}),
          ("leitura da minuta pelo escrevente «e»", {"e": P(esc.first)}),
          ("manifestação de vontade gravada — arquivo " + g.hexs(16) + ".mp4", {}),
          ("assinatura digital aplicada — certificado CPF «cpf» (hash sha256 " + g.hexs(24) + "…)", {"cpf": (g.cpf("raw"), "BR_CPF")}),
          ("sessão encerrada por «t»", {"t": P(tab.short) if g.chance(0.4) else V("tabeliao." + fold(tab.last).lower()[:8])})]
    for (msg, vals), tm in zip(ev, t0):
        doc.f("«d»T«t»:«s»-03:00  ", d=day, t=tm, s=f"{g.ri(0, 59):02d}")
        doc.f(msg + "\n", **vals)
    if len(parts) > 2 and g.chance(0.7):
        doc.f("«d»T17:«m»:00-03:00  «n» não compareceu — reagendar (tel «t»)\n", d=day, m=f"{g.ri(10, 59)}",
              n=P(parts[2].full), t=(g.phone(), "PHONE_NUMBER"))
    doc.f("\nObs.: «o»\n", o=g.pick(["conexão instável do lado do outorgante, sem prejuízo ao ato.",
                                     "participante exibiu CNH física; dados conferidos na base do Detran.",
                                     "a luz do ambiente estava fraca, pedido para acender a lâmpada do quarto.",
                                     f"ato vinculado ao processo {g.cnj()} (alvará)."]))
    return doc


def at_crc_pedido(g: Gen) -> Doc:
    """E-mail thread: second copy of a civil certificate requested through the CRC portal, with a mistake to fix."""
    doc = Doc()
    city, uf = g.city()
    rc = cart_name(g, RCPN, city)
    req = g.person()
    reg = g.relative(req) if g.chance(0.6) else req
    clerk = g.person(female=g.chance(0.7))
    tipo = g.pick(["nascimento", "casamento", "óbito"])
    dom = re.sub(r"[^a-z]", "", fold(city).lower())[:9] + "rcpn.com.br"
    rem = g.email(req)
    doc.f("De: «rq» <«re»>\nPara: certidoes@«dom»\nData: «d»\nAssunto: pedido CRC nº «n» — certidão de «t» em inteiro teor\n\n",
          rq=P(req.full), re=(rem, "EMAIL_ADDRESS"), dom=dom, d=g.date("br") + " " + g.hm(), n=doc.n11(g), t=tipo)
    doc.f("Boa tarde,\n\nFiz o pedido pela CRC há «k» dias e ainda não recebi (no comprovante aparece \"solicitação registrada a partir do IP «ip»\"). "
          "Os dados do registro:\n", k=g.ri(5, 30), ip=(g.ip(), "IP_ADDRESS"))
    if tipo == "nascimento":
        pai = g.person(female=False, origin="pt")
        doc.f("- Registrad«o»: «n»\n- Nascimento: «dob»\n- Pais: «p» e «m»\n", o=reg.o, n=P(reg.full),
              dob=(g.dob(g.pick(["br", "long"]), 1950, 2020), "DATE_OF_BIRTH"), p=P(pai.full), m=P(g.person(female=True).full))
    elif tipo == "casamento":
        sp = g.person(female=not reg.female)
        doc.f("- Cônjuges: «a» e «b»\n- Data do casamento: «d»\n", a=P(reg.full), b=P(sp.full), d=g.date("br", g.ri(1975, 2022)))
    else:
        doc.f("- Falecid«o»: «n» (nasc. «dob», óbito em «d»)\n", o=reg.o, n=P(reg.full),
              dob=(g.dob("br", 1925, 1970), "DATE_OF_BIRTH"), d=g.date("br", g.ri(2010, 2025)))
    doc.f("- Livro/folha: «l»\n- Matrícula: «m»\n\nPreciso para «u». Meu CPF é «cpf» e o telefone «t». Se for impressa, enviar para "
          "«ad», «c», CEP «cep».\n\n«s»\n\n", ad=(g.address(g.pick(["text", "low"])), "ADDRESS"), c=city, cep=(g.cep(), "BR_CEP"),
          l=g.livro(), m=g.mat_civil(), u=g.pick(["o inventário", "a cidadania italiana (apostilamento)", "o INSS", "a habilitação de casamento",
                                               "o processo de usucapião", "tirar o passaporte"]),
          cpf=(g.cpf(), "BR_CPF"), t=(g.phone(), "PHONE_NUMBER"), s=P(g.pick([req.first, req.full, req.short])))
    doc.t("-" * 30 + "\n")
    doc.f("De: «c» — «rc»\nPara: «re»\n\nPrezad«o» «n»,\n\n", c=P(clerk.full) if g.chance(0.5) else V("Certidões"), rc=rc, re=(rem, "EMAIL_ADDRESS"),
          o=req.o, n=P(req.first))
    k = g.ri(0, 2)
    if k == 0:
        doc.f("Localizamos o assento, mas o nome da genitora consta como «m1» e no pedido foi informado «m2». Para emissão em inteiro teor "
              "com a grafia correta é necessário procedimento de retificação (art. 110 da Lei 6.015/73).\n",
              m1=P(g.person(female=True, origin="pt").full), m2=P(g.person(female=True, origin="pt").full))
    elif k == 1:
        doc.f("A certidão foi emitida em «d» e enviada pelos Correios, rastreio «r». O valor de R$ «v» foi compensado pelo Pix.\n",
              d=g.date("br"), r=f"{g.upp(2)}{g.d(9)}BR", v=g.money(40, 140))
    else:
        doc.f("O pedido estava aguardando o pagamento do boleto «b». Após a compensação o prazo é de 5 dias úteis.\n", b=g.boleto())
    doc.f("\nAtenciosamente,\n«c»\nEscrevente autorizad«o»\n«rc» — CNS «cns»\n", c=P(g.pick([clerk.full, clerk.short])), o=clerk.o,
          rc=rc, cns=g.cns_serventia())
    return doc


def at_habilitacao_agenda(g: Gen) -> Doc:
    """Registry office's marriage desk: weekly schedule of habilitações (fixed-width or bordered table) and a proclamas draft."""
    doc = Doc()
    city, uf = g.city()
    rc = cart_name(g, RCPN, city)
    resp = g.person(female=True)
    doc.f("«rc»\nAGENDA — HABILITAÇÃO DE CASAMENTO — semana de «d»\nresp.: «r»\n\n", rc=rc, d=g.date("br"), r=P(g.pick([resp.first, resp.short, resp.nick])))
    rows = []
    couples = []
    hrs = g.times(4)
    for _ in range(g.ri(3, 4)):
        a = g.person(female=False)
        b = g.person(female=True)
        if g.chance(0.15):
            b = g.person(female=False)
        couples.append((a, b))
        rows.append([V(hrs[len(rows)]), P(g.pick([a.caps, a.full, a.short])), P(g.pick([b.caps, b.full, b.short])),
                     (g.phone(g.pick(["par", "raw", "plain"])), "PHONE_NUMBER"),
                     (g.email(g.pick([a, b])), "EMAIL_ADDRESS") if g.chance(0.7) else V("-"),
                     V(g.pick(["comunhão parcial", "separação total", "comunhão universal", "part. final aquestos", "sep. obrigatória (>70)"])),
                     V(g.pick(["docs ok", "falta cert. nasc. atualizada", "estrangeiro: apostila + tradução", "divorciado: averbação pendente",
                               "PACTO lavrado no " + g.livro(), "testemunhas?"]))])
    table_fixed(doc, ["hora", "nubente 1", "nubente 2", "contato", "e-mail", "regime", "obs"], rows, border=g.chance(0.5))
    a, b = couples[0]
    c1, u1 = g.city()
    doc.f("\nMINUTA DO EDITAL DE PROCLAMAS nº «n»\nFaço saber que pretendem se casar: «a», «ec1», «pr1», nascido em «c1» aos «d1», "
          "CPF «ca», «fd»«ma»«cm»residente na «ad1»; e «b», «ec2», «pr2», nascida aos «d2», CPF «cb», filha de «mb», "
          "residente na «ad2». Se alguém souber de algum impedimento, oponha-o na forma da lei.\n",
          n=f"{g.ri(100, 999)}/{g.ri(2024, 2025)}", a=P(a.caps), ec1=g.pick(["solteiro", "divorciado", "viúvo"]), pr1=g.pick(PROFISSOES),
          c1=c1, d1=(g.dob("long", 1955, 2004), "DATE_OF_BIRTH"), ca=(g.cpf(), "BR_CPF"), fd=(fdm := "filho de " if g.chance(0.5) else ""),
          ma=P(g.person(female=True, origin="pt").full) if fdm else "", cm=", " if fdm else "",
          ad1=(g.address("legal"), "ADDRESS"), b=P(b.caps),
          ec2=g.pick(["solteira", "divorciada", "viúva"]), pr2=g.pick(PROFISSOES), d2=(g.dob("long", 1955, 2004), "DATE_OF_BIRTH"),
          cb=(g.cpf(), "BR_CPF"), mb=P(g.person(female=True).full), ad2=(g.address("legal"), "ADDRESS"))
    if g.chance(0.6) and b.female:
        doc.f("A contraente passará a assinar «n».\n", n=P(b.given + " " + " ".join([s for s in b.surnames if s not in PARTICLES][:1] + [a.last])))
    doc.f("\nTestemunhas do casamento («h»): «t1» (RG «rg1») e «t2» (CPF «cpf2»).\n",
          h=g.date("br"), t1=P(g.person().full), rg1=(g.rg(), "BR_RG"), t2=P(g.person().full),
          cpf2=(g.cpf(), "BR_CPF"))
    return doc


def at_ouvidoria(g: Gen) -> Doc:
    """Complaint sent through the state court's extrajudicial ombudsman form, and the office's reply."""
    doc = Doc()
    city, uf = g.city()
    cart = cart_name(g, CARTORIOS + CRIS, city)
    c = g.person()
    oficial = g.person()
    doc.f("CORREGEDORIA-GERAL DA JUSTIÇA — «uf»\nReclamação — Serventias Extrajudiciais — Protocolo «p»\nEnviado em «d» «h» — IP de origem «ip»\n\n",
          uf=uf, p=g.protocol(), d=g.date("br"), h=g.hms(), ip=(g.ip(), "IP_ADDRESS"))
    doc.f("Nome: «n»\nCPF: «cpf»\nEndereço: «ad» — CEP «cep»\nE-mail: «e»\nTelefone: «t»\nServentia reclamada: «cart»\n", n=P(c.full),
          cpf=(g.cpf(), "BR_CPF"), ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"),
          e=(g.email(c), "EMAIL_ADDRESS"), t=(g.phone(), "PHONE_NUMBER"), cart=cart)
    k = g.ri(0, 3)
    doc.t("Relato:\n")
    if k == 0:
        doc.f("protocolei a escritura do meu terreno (matricula «m») em «d» e até hoje nao registraram, ja fui lá 4 vezes e a "
              "atendente «a» disse que tem nota devolutiva mas nunca me mandaram. o imovel fica na «ad». quero uma resposta!!\n",
              m=g.matricula(), d=g.date("br"), a=P(g.person(female=True).first), ad=(g.address("low"), "ADDRESS"))
    elif k == 1:
        doc.f("Meu nome foi protestado por uma duplicata da «co» que eu já paguei (R$ «v»). O cartório não aceitou o "
              "comprovante e cobrou R$ «v2» de emolumentos para cancelar. Protocolo do protesto «pp».\n",
              co=g.pick(COMPANIES), v=g.money(150, 4000), v2=g.money(60, 400), pp=g.protocol())
    elif k == 2:
        doc.f("Fui registrar meu filho «f» e o escrevente se recusou a colocar o nome que escolhemos dizendo que «x». "
              "Minha esposa «m» estava junto e foi destratada. Nasceu em «dob» na «h».\n",
              f=P(g.pick(["Ayrton Kauê", "Thor Benício", "Yuri Luz", "Bento Prudente", "Ravi Aurora", "Apolo Jatobá", "Kalel"]) + " " + c.last),
              x=g.pick(["poderia expor a criança ao ridículo", "o sistema não aceita acento", "era nome de coisa e não de gente"]),
              m=P(g.person(female=True).full), dob=(g.dob("br", 2024, 2025), "DATE_OF_BIRTH"), h=g.pick(HOSPITAIS))
    else:
        doc.f("A procuração que fiz no cartório saiu com meu CPF errado («cpfe»), o certo é «cpf». Pedi a ata de retificação e "
              "disseram que eu tenho que pagar de novo. Procurador: «pr».\n",
              cpfe=doc.n11(g, dotted=True), cpf=(g.cpf("dot"), "BR_CPF"), pr=P(g.person().full))
    doc.f("\n--- Resposta da serventia («d») ---\nSenhor(a) Corregedor(a),\n\n«cart», por seu Oficial/Tabelião «of», vem prestar "
          "informações: «r» Coloco-me à disposição pelo telefone institucional «ti».\n\n«of2»\n",
          d=g.date("br"), cart=cart, of=P(oficial.full),
          r=g.pick(["O título recebeu nota devolutiva em " + g.date("br") + ", enviada ao e-mail cadastrado; o interessado não retirou.",
                    "O cancelamento do protesto exige carta de anuência do credor com firma reconhecida, nos termos da Lei 9.492/1997.",
                    "O registro foi feito no mesmo dia, após orientação; não houve recusa definitiva.",
                    "A ata retificativa foi lavrada sem custo, conforme " + g.pick(["Provimento CNJ 149/2023", "Lei 8.935/1994",
                                                                                     "o Código de Normas da CGJ"]) + "."]),
          ti=g.pick(["(0xx) 3" + g.d(3) + "-" + g.d(4), "0800 " + g.d(3) + " " + g.d(4)]), of2=P(g.pick([oficial.caps, oficial.full])))
    return doc


def at_senhas_log(g: Gen) -> Doc:
    """Queue-management export (CSV) of the front desk: ticket, service, customer name typed by the clerk, notes."""
    doc = Doc()
    city, uf = g.city()
    clerks = [g.person() for _ in range(3)]
    doc.f("# export fila_atendimento «d» — «cart» — gerado por sistema (usuário «u»)\n", d=g.date("iso"),
          cart=cart_name(g, CARTORIOS, city), u=g.pick(["admin", "guiche03", "recepcao"]))
    rows = []
    nrow = g.ri(5, 8)
    hrs = g.times(nrow, 9 * 3600, 17 * 3600)
    for i in range(nrow):
        c = g.person(word=g.chance(0.12))
        clerk = g.pick(clerks)
        srv = g.pick(["RECONHEC. FIRMA", "AUTENTICAÇÃO", "PROCURAÇÃO", "ESCRITURA", "CERTIDÃO", "APOSTILAMENTO", "PROTESTO-CANC",
                      "REG. NASCIMENTO", "REG. ÓBITO", "RETIRADA TRASLADO"])
        nm = g.pick([c.caps, c.full, c.low, c.first, c.short])
        obs_k = g.ri(0, 6)
        if obs_k == 0:
            obs = (g.email(c), "EMAIL_ADDRESS")
        elif obs_k == 1:
            obs = (g.dob("br"), "DATE_OF_BIRTH") if srv == "PROCURAÇÃO" else V("retorno " + g.date("br"))
        elif obs_k == 2:
            obs = V(g.pick(["prioridade 60+", "gestante", "voltar 14h", "doc vencido", "pagou pix", "desistiu", "não compareceu"]))
        elif obs_k == 3:
            obs = V(f"{g.ri(1, 9)} autenticações")
        elif obs_k == 4:
            obs = V("pedido " + g.protocol())
        else:
            obs = V("")
        who = P(clerk.first) if g.chance(0.2) else V(g.pick(["guiche0", "esc0", "caixa0"]) + str(clerks.index(clerk) + 1))
        dc = (g.cpf(g.pick(["raw", "dot"])), "BR_CPF") if g.chance(0.75) else V(g.pick(["", "estrangeiro", "s/ doc"]))
        tel = (g.phone(g.pick(["raw", "par", "plain"])), "PHONE_NUMBER") if g.chance(0.65) else V("")
        rows.append([V(f"{g.pick('ANPE')}{g.ri(1, 199):03d}"), V(f"{hrs[i]}:{g.ri(0, 59):02d}"), V(srv),
                     P(nm) if (g.chance(0.75) or srv not in ("AUTENTICAÇÃO", "RECONHEC. FIRMA")) else V("AVULSO"), dc, tel, who, obs])
    table_csv(doc, ["senha", "hora", "servico", "cliente", "cpf", "telefone", "atendente", "obs"], rows, sep=g.pick([";", ","]))
    doc.f("# total «n» | tempo médio «m» min | avaliação «a»\n", n=len(rows), m=g.ri(6, 34), a=f"{g.ri(35, 50) / 10:.1f}".replace(".", ","))
    return doc


# =========================================================================== juridico

def creci(g: Gen, uf: str) -> str:
    n = g.ri(1000, 199999)
    return g.pick([f"CRECI/{uf} {n}", f"CRECI-{uf} {n}-F", f"CRECI {uf} nº {n}"])


def ju_escritura_cv(g: Gen) -> Doc:
    """Public deed of sale of a residential property (escritura de compra e venda), as the traslado reads."""
    doc = Doc()
    city, uf = g.city()
    cart = cart_name(g, CARTORIOS, city)
    esc, tab = g.person(), g.person()
    v1 = g.person()
    v2 = g.person(female=not v1.female)
    c = g.person()
    doc.f("«cart»\nESCRITURA PÚBLICA DE COMPRA E VENDA\n«l» — Protocolo «p»\n\n", cart=cart.upper(), l=g.livro(), p=g.protocol())
    doc.f("SAIBAM quantos esta pública escritura virem que aos «d», nesta cidade de «c», Estado de «uf», neste Tabelionato, perante mim, "
          "escrevente, compareceram as partes entre si justas e contratadas, a saber: de um lado, como OUTORGANTES VENDEDORES, ",
          d=g.date("long"), c=city, uf=uf)
    qualif(g, doc, v1, uf=uf)
    doc.f("; e seu cônjuge ")
    qualif(g, doc, v2, uf=uf, addr=False)
    doc.f(", casados sob o regime da «r» em «dc»; e, de outro lado, como OUTORGAD«o» COMPRADOR«a», ",
          r=g.pick(["comunhão parcial de bens", "comunhão universal de bens", "separação convencional de bens"]),
          dc=g.date("br", g.ri(1978, 2018)), o="A" if c.female else "O", a="A" if c.female else "")
    qualif(g, doc, c, uf=uf, with_dob=True)
    doc.t(". Os presentes, reconhecidos como os próprios por mim à vista dos documentos apresentados, do que dou fé.\n\n")
    area = g.ri(48, 420)
    doc.f("1. DO IMÓVEL: «t» situad«o» na «ad», «b», nesta cidade, com área «k» de «a» m², objeto da matrícula nº «m» do «cri», "
          "cadastrado na Prefeitura sob a inscrição imobiliária nº «ins».\n",
          t=g.pick(["um apartamento residencial", "uma casa térrea", "um lote de terreno urbano", "uma casa de alvenaria"]), o="o",
          ad=(g.address("legal"), "ADDRESS"), b=g.pick(BAIRROS), k=g.pick(["privativa", "total", "construída"]), a=area,
          m=g.matricula(), cri=cart_name(g, CRIS, city), ins=f"{g.d(2)}.{g.d(3)}.{g.d(4)}.{g.d(3)}")
    price = g.ri(120, 1800) * 1000
    doc.f("2. DO PREÇO: R$ «v» («vt»), pagos da seguinte forma: R$ «s» a título de sinal, por Pix em «ds», e o saldo por TED da conta "
          "do comprador no «bk», agência «ag», conta corrente «cc», para a conta d«o» vendedor«a» no «bk2», agência «ag2», conta «cc2», "
          "do que dão plena, geral e irrevogável quitação.\n",
          v=brl(price), vt=g.pick(["valor por extenso conforme recibo", "cento e tantos mil reais", "por extenso no traslado"]),
          s=brl(price * 0.1), ds=g.date("br"), bk=g.pick(BANKS), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
          o=v1.o, a="a" if v1.female else "", bk2=g.pick(BANKS), ag2=(g.agency(), "BANK_ACCOUNT"), cc2=(g.account(), "BANK_ACCOUNT"))
    doc.f("3. DO ITBI: recolhido pela guia nº «gu», no valor de R$ «vi», base de cálculo R$ «b».\n", gu=doc.n11(g),
          vi=brl(price * 0.02), b=brl(price * g.pick([1, 1.05, 1.1])))
    doc.f("4. CERTIDÕES: foram apresentadas a certidão de ônus reais da matrícula, a CNDT nº «cndt» e certidão dos distribuidores "
          "cíveis, constando «x». Emitida a DOI.\n",
          cndt=f"{g.d(8)}/{g.ri(2024, 2025)}",
          x=g.pick(["nada", "a ação nº " + g.cnj() + " (execução fiscal municipal já quitada)", "o processo " + g.cnj() + ", em que o vendedor é autor"]))
    if g.chance(0.6):
        cor = g.person()
        doc.f("5. INTERMEDIAÇÃO: corretor«a» «n», «cr», comissão paga pelos vendedores (R$ «v»).\n", a="a" if cor.female else "",
              n=P(cor.full), cr=(creci(g, uf), "PROFESSIONAL_ID"), v=brl(price * 0.05))
    doc.f("\nE, por estarem assim justos e contratados, pediram-me que lavrasse esta escritura, a qual, lida em voz alta, aceitam e assinam. "
          "Eu, «e», escrevente, a digitei. Eu, «t», Tabeli«o», a subscrevo.\nEmolumentos: R$ «em» — ISS R$ «iss» — Selo «s»\n\n"
          "(aa) «a1» — «a2» — «a3»\n",
          e=P(esc.full), t=P(tab.full), o="ã" if tab.female else "ão", em=g.money(1200, 6000), iss=g.money(30, 200),
          s=g.selo(), a1=P(v1.caps), a2=P(v2.caps), a3=P(c.caps))
    if g.chance(0.5):
        doc.text = doc.text[:doc.text.rindex("\n\n(aa)") + 1]
        doc.spans = doc.spans[:-3]
    return doc


def ju_procuracao(g: Gen) -> Doc:
    """Public power of attorney (procuração) with property, vehicle, bank and INSS powers."""
    doc = Doc()
    city, uf = g.city()
    cart = cart_name(g, CARTORIOS, city)
    o = g.person()
    pr = g.relative(o) if g.chance(0.5) else g.person()
    esc = g.person()
    doc.f("PROCURAÇÃO BASTANTE QUE FAZ «n»\n«l»\n\n", n=P(o.caps), l=g.livro())
    doc.f("Aos «d», em «c»/«uf», no «cart», compareceu como OUTORGANTE: ", d=g.date("ord"), c=city, uf=uf, cart=cart)
    qualif(g, doc, o, uf=uf, with_dob=g.chance(0.6))
    doc.t("; que, por este instrumento, nomeia e constitui seu bastante procurador(a): ")
    qualif(g, doc, pr, uf=uf, caps=g.chance(0.5))
    doc.t(", a quem confere poderes para:\n")
    items = []
    items.append(("vender, prometer vender, ceder ou de qualquer forma alienar o imóvel situado na «ad», matrícula «m» do «cri», "
                  "pelo preço e condições que ajustar;", {"ad": (g.address("legal"), "ADDRESS"), "m": g.matricula(),
                                                          "cri": cart_name(g, CRIS, city)}))
    items.append(("vender o veículo «mv», placa «pl», Renavam «rn», assinando a ATPV-e e representando-o perante o DETRAN/«uf»;",
                  {"mv": g.pick(["VW/Gol 1.0", "Fiat/Strada Working", "GM/Onix LT", "Honda/CG 160 Fan", "Toyota/Corolla XEi", "Renault/Kwid Zen"]),
                   "pl": (g.plate(), "LICENSE_PLATE"), "rn": doc.n11(g), "uf": uf}))
    items.append(("movimentar a conta nº «cc», agência «ag», do «bk», podendo sacar, transferir, emitir e endossar cheques e cadastrar chave Pix;",
                  {"cc": (g.account(), "BANK_ACCOUNT"), "ag": (g.agency(), "BANK_ACCOUNT"), "bk": g.pick(BANKS)}))
    items.append(("representá-l«o» perante o INSS, em especial no benefício NB «nb», podendo requerer, receber e dar quitação;",
                  {"o": o.o, "nb": f"{g.d(3)}.{g.d(3)}.{g.d(3)}-{g.d(1)}"}))
    items.append(("representá-l«o» perante a Receita Federal e a Prefeitura de «c», inclusive quanto ao IPTU inscrição «ins»;",
                  {"o": o.o, "c": city, "ins": f"{g.d(3)}.{g.d(3)}.{g.d(4)}"}))
    for txt, vals in g.rng.sample(items, g.ri(2, 4)):
        doc.t("  " + g.pick(["a)", "-", "•"]) + " ")
        doc.f(txt + "\n", **vals)
    doc.f("podendo ainda substabelecer, «x». A presente procuração «v».\n",
          x=g.pick(["com ou sem reserva de poderes", "somente com reserva de poderes", "no todo ou em parte"]),
          v=g.pick(["é válida por 1 (um) ano", "vigorará até " + g.date("br", 2026), "é por prazo indeterminado"]))
    if g.chance(0.5):
        adv = g.person()
        doc.f("\nSUBSTABELECIMENTO (à margem): substabeleço, com reserva, os poderes ao advogado «a», «oab», e-mail «e».\n",
              a=P(adv.full), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"), e=(g.email(adv, g.pick(["adv.br", "gmail.com"])), "EMAIL_ADDRESS"))
    doc.f("\nAto praticado nos termos da «lei». Eu, «e», escrevente, lavrei. Assinam: «a1». Selo «s». Emolumentos R$ «m».\n",
          lei=g.pick(LEIS), e=P(esc.short),
          a1=P(o.full), s=g.selo(), m=g.money(90, 380))
    return doc


def ju_inventario(g: Gen) -> Doc:
    """Extrajudicial probate deed (inventário e partilha) under Lei 11.441/2007."""
    doc = Doc()
    city, uf = g.city()
    cart = cart_name(g, CARTORIOS, city)
    dec = g.person()
    viuva = g.person(female=not dec.female)
    heirs = [g.child(viuva if viuva.female else dec, dec if not dec.female else viuva) for _ in range(g.ri(2, 3))]
    adv = g.person()
    doc.f("ESCRITURA PÚBLICA DE INVENTÁRIO E PARTILHA DOS BENS DEIXADOS POR «n»\n«l» — «cart»\n\n", n=P(dec.caps), l=g.livro(), cart=cart)
    doc.f("AUTOR DA HERANÇA: «n», CPF «cpf», nascid«o» em «dob», falecid«o» em «dd», no «h», em «c»/«uf», conforme certidão de óbito "
          "matrícula «mc», tendo como último domicílio a «ad», CEP «cep». Causa da morte declarada: «cid».\n\n",
          n=P(dec.full), cpf=(g.cpf(), "BR_CPF"), o=dec.o, dob=(g.dob("br", 1930, 1975), "DATE_OF_BIRTH"), dd=g.date("br"),
          h=g.pick(HOSPITAIS), c=city, uf=uf, mc=g.mat_civil(), ad=(g.address("legal"), "ADDRESS"), cep=(g.cep(), "BR_CEP"),
          cid=g.pick(CIDS))
    doc.t("MEEIR" + ("A" if viuva.female else "O") + " E INVENTARIANTE: ")
    qualif(g, doc, viuva, uf=uf, with_dob=True)
    doc.t(".\nHERDEIROS:\n")
    for i, h in enumerate(heirs):
        doc.t(f"  {i + 1}) ")
        qualif(g, doc, h, uf=uf, with_dob=g.chance(0.7), addr=g.chance(0.6))
        doc.t(";\n")
    doc.f("ASSISTIDOS pel«o» advogad«o» «a», «oab», «e».\n\n", o=adv.o, a=P(adv.full), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"),
          e=(g.email(adv, g.pick(["adv.br", "gmail.com", "outlook.com"])), "EMAIL_ADDRESS"))
    doc.t("DOS BENS:\n")
    total = 0
    v = g.ri(150, 900) * 1000
    total += v
    doc.f("  a) imóvel residencial na «ad», matrícula «m» do «cri», avaliado em R$ «v»;\n", ad=(g.address("legal"), "ADDRESS"),
          m=g.matricula(), cri=cart_name(g, CRIS, city), v=brl(v))
    if g.chance(0.7):
        v = g.ri(15, 120) * 1000
        total += v
        doc.f("  b) veículo «mv», ano «y», placa «pl», Renavam «rn», avaliado pela Tabela FIPE em R$ «v»;\n",
              mv=g.pick(["Fiat/Uno Mille", "VW/Saveiro", "Chevrolet/S10 LTZ", "Hyundai/HB20", "Ford/Ka SE"]), y=g.ri(2005, 2022),
              pl=(g.plate(), "LICENSE_PLATE"), rn=doc.n11(g), v=brl(v))
    v = g.ri(2000, 90000)
    total += v
    doc.f("  c) saldo de R$ «v» em conta «tp» nº «cc», agência «ag», do «bk», em nome do falecido;\n", v=brl(v),
          tp=g.pick(["corrente", "poupança"]), cc=(g.account(), "BANK_ACCOUNT"), ag=(g.agency(), "BANK_ACCOUNT"), bk=g.pick(BANKS))
    if g.chance(0.5):
        v = g.ri(10, 300) * 1000
        total += v
        doc.f("  d) quotas da sociedade «co», CNPJ «cn», no valor patrimonial de R$ «v»;\n", co=g.pick(COMPANIES), cn=(g.cnpj(alnum=g.chance(0.35)), "BR_CNPJ"), v=brl(v))
    doc.f("\nMONTE-MOR: R$ «t». ITCMD recolhido (guia «gu»), alíquota «a»%. Declaram as partes a inexistência de testamento, conforme "
          "certidão negativa da CENSEC emitida em «dc», e de outros herdeiros, nos termos da «lei».\n",
          t=brl(total), gu=g.d(13), a=g.pick([2, 4, 6, 8]), dc=g.date("br"), lei=g.pick(["Lei 11.441/2007", "Resolução CNJ 35/2007"]))
    doc.f("DA PARTILHA: à meeira cabe 50% (cinquenta por cento) de todos os bens; a cada herdeiro, «p». O saldo bancário será transferido "
          "para a conta da inventariante, ag. «ag» cc «cc», ou via Pix, chave aleatória «k».\n",
          p=f"{100 // (2 * len(heirs))}% do monte", ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), k=(g.uuid(), "PIX_KEY"))
    if g.chance(0.5):
        doc.f("\nAssinam: «a» — «h» — «ad»\n", a=P(viuva.caps), h=P(heirs[0].caps), ad=P(adv.caps))
    return doc


def ju_divorcio(g: Gen) -> Doc:
    """Extrajudicial consensual divorce deed: parties, adult children, sharing, alimony account, name change."""
    doc = Doc()
    city, uf = g.city()
    cart = cart_name(g, CARTORIOS, city)
    h = g.person(female=False)
    w = g.person(female=True)
    married = Person(w.given, [s for s in w.surnames if s not in SUFFIXES] + [h.last], True)
    adv = g.person()
    doc.f("«cart»\nESCRITURA PÚBLICA DE DIVÓRCIO DIRETO CONSENSUAL\n«l»\n\nDIVORCIANDOS: ", cart=cart, l=g.livro())
    qualif(g, doc, h, uf=uf)
    doc.t("; e ")
    qualif(g, doc, married, uf=uf, with_dob=True, addr=g.chance(0.5))
    doc.f(".\n\nDO CASAMENTO: celebrado em «d» perante o «rc», sob o regime da «r», conforme certidão matrícula «m».\n",
          d=g.date("long", g.ri(1985, 2019)), rc=cart_name(g, RCPN, g.city()[0]), r=g.pick(["comunhão parcial de bens", "separação total de bens"]),
          m=g.mat_civil())
    k = g.ri(0, 2)
    if k == 0:
        doc.t("DOS FILHOS: o casal não tem filhos.\n")
    else:
        doc.t("DOS FILHOS: declaram ter os seguintes filhos, todos maiores e capazes: ")
        for i in range(k):
            ch = g.child(w, h)
            doc.f("«n», nascid«o» em «dob»«s»", n=P(ch.full), o=ch.o, dob=(g.dob("br", 1990, 2006), "DATE_OF_BIRTH"), s="; " if i < k - 1 else ".\n")
        doc.t("Declaram ainda que a divorcianda não se encontra grávida.\n")
    doc.f("DA PARTILHA: «p»\n", p=g.pick(["não há bens a partilhar.", "o imóvel da ", "o veículo placa "]))
    if doc.text.endswith("o imóvel da \n"):
        doc.text = doc.text[:-1]
        doc.f("«ad», matrícula «m», fica integralmente para o divorciando, que pagará à divorcianda R$ «v» de torna.\n",
              ad=(g.address("legal"), "ADDRESS"), m=g.matricula(), v=g.money(20000, 200000))
    elif doc.text.endswith("o veículo placa \n"):
        doc.text = doc.text[:-1]
        doc.f("«pl» fica com a divorcianda; as dívidas do cartão «mc» ficam com o divorciando.\n", pl=(g.plate(), "LICENSE_PLATE"),
              mc=g.masked_card())
    doc.f("DOS ALIMENTOS: «x»\n", x=g.pick(["dispensam-se mutuamente, por terem meios próprios de subsistência.",
                                             "o divorciando pagará à divorcianda, por 24 meses, R$ " + g.money(800, 4000) + " mensais, por depósito na conta "]))
    if doc.text.endswith("conta \n"):
        doc.text = doc.text[:-1]
        doc.f("«cc», agência «ag», do «bk», até o dia «d» de cada mês.\n", cc=(g.account(), "BANK_ACCOUNT"), ag=(g.agency(), "BANK_ACCOUNT"),
              bk=g.pick(BANKS), d=g.ri(5, 15))
    if g.chance(0.7):
        doc.f("DO NOME: a divorcianda voltará a usar o nome de solteira, qual seja, «n».\n", n=P(g.pick([w.full, w.caps])))
    else:
        doc.f("DO NOME: a divorcianda continuará a usar o nome de casada, «n».\n", n=P(married.full))
    doc.f("ADVOGAD«O» COMUM: «a», «oab», telefone «t».\n\nAverbe-se à margem do assento de casamento. Selo «s».\n",
          O="A" if adv.female else "O", a=P(adv.full), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"), t=(g.phone(), "PHONE_NUMBER"), s=g.selo())
    return doc


def ju_matricula(g: Gen) -> Doc:
    """Full-content certificate of a property record (matrícula), OCR of a scanned file card, with registrations and annotations."""
    doc = Doc(ocr=0.025, g=g)
    city, uf = g.city()
    cri = cart_name(g, CRIS, city)
    o1 = g.person()
    o1b = g.person(female=not o1.female)
    buyer = g.person()
    oficial = g.person()
    m = g.matricula()
    doc.f("«cri»\nCERTIDÃO DE INTEIRO TEOR — MATRÍCULA Nº «m» — FICHA «f»\nCNM: «cnm»\n\n", cri=cri.upper(), m=m, f=f"{g.ri(1, 3):02d}",
          cnm=f"{g.d(6)}.2.{g.d(7)}-{g.d(2)}")
    doc.f("IMÓVEL: «t» nº «n» da quadra «q» do loteamento «lot», situado na «ad», bairro «b», medindo «a» m².\n",
          t=g.pick(["Lote de terreno", "Casa residencial e respectivo terreno, lote"]), n=g.ri(1, 40), q=g.pick("ABCDEFGH"),
          lot=g.pick(["Jardim Aurora", "Parque Prudente", "Residencial São Bento", "Vila Estrela"]),
          ad=(g.address(g.pick(["capsacc", "legal"])), "ADDRESS"), b=g.pick(BAIRROS), a=f"{g.ri(160, 600)},{g.d(2)}")
    doc.f("PROPRIETÁRIOS: «a», RG «ra», CPF «ca», e s/m «b», CPF «cb», casados no regime da comunhão parcial.\n", a=P(o1.caps), ra=(g.rg(), "BR_RG"), ca=(g.cpf(), "BR_CPF"),
          b=P(o1b.caps), cb=(g.cpf(), "BR_CPF"))
    doc.f("REGISTRO ANTERIOR: matrícula «x», deste Registro. «c», «d». O Oficial: (a) ilegível.\n\n", x=g.matricula(), c=city,
          d=g.date("br", g.ri(1995, 2012)))
    n = 1
    doc.f("AV-«n»/«m» — «d» — CONSTRUÇÃO. Averba-se a construção de uma casa com «a» m², habite-se nº «h», CND do INSS nº «cnd».\n",
          n=n, m=m, d=g.date("br", g.ri(2000, 2015)), a=g.ri(60, 280), h=g.d(5), cnd=g.d(12))
    n += 1
    price = g.ri(150, 900) * 1000
    dcv = g.date("br", g.ri(2016, 2022))
    doc.f("R-«n»/«m» — «d» — COMPRA E VENDA. Prot. «p». Pela escritura lavrada no «cart», «l», os proprietários transmitiram o imóvel a "
          "«c», «nac», «pr», CPF «cpf», RG «rg», residente na «ad», pelo preço de R$ «v».\n",
          n=n, m=m, d=dcv, p=g.d(6), cart=cart_name(g, CARTORIOS, city), l=g.livro(), c=P(buyer.caps),
          nac="brasileira" if buyer.female else "brasileiro", pr=g.pick(PROFISSOES), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"),
          ad=(g.address(g.pick(["capsacc", "legal"])), "ADDRESS"), v=brl(price))
    n += 1
    bank = g.pick(["CAIXA ECONÔMICA FEDERAL", "BANCO DO BRASIL S.A.", "ITAÚ UNIBANCO S.A.", "BANCO SANTANDER (BRASIL) S.A."])
    doc.f("R-«n»/«m» — «d» — ALIENAÇÃO FIDUCIÁRIA. Pelo instrumento particular nº «ct», com força de escritura pública (Lei 9.514/1997), "
          "«c» alienou fiduciariamente o imóvel ao «bk», CNPJ «cn», em garantia da dívida de R$ «v», pagável em «k» prestações.\n",
          n=n, m=m, d=dcv, ct=f"{g.d(1)}.{g.d(4)}.{g.d(7)}-{g.d(1)}", c=P(buyer.full), bk=bank,
          cn=(g.cnpj(), "BR_CNPJ"), v=brl(price * 0.7), k=g.pick([240, 360, 420]))
    n += 1
    if g.chance(0.6):
        doc.f("AV-«n»/«m» — «d» — PENHORA. Nos autos do processo nº «p», da «v»ª Vara Cível de «c», em que é exequente «e» e executad«o» «x», "
              "foi penhorado o imóvel (valor da causa R$ «vc»).\n",
              n=n, m=m, d=g.date("br"), p=g.cnj(), v=g.ri(1, 9), c=city, e=g.pick(COMPANIES + ["Condomínio Residencial Flor de Liz"]),
              o=buyer.o, x=P(buyer.full), vc=g.money(5000, 90000))
        n += 1
    doc.f("AV-«n»/«m» — «d» — «x»\n", n=n, m=m, d=g.date("br"),
          x=g.pick(["CASAMENTO. Averba-se que a proprietária contraiu matrimônio, passando a assinar " ,
                    "CONSOLIDAÇÃO DA PROPRIEDADE em nome do credor fiduciário, após intimação sem purgação da mora.",
                    "CANCELAMENTO da penhora, por ordem judicial.", "ALTERAÇÃO DE NOME. Averba-se que o proprietário passou a chamar-se "]))
    if doc.text.endswith(" \n"):
        doc.text = doc.text[:-2]
        doc.f(" «n».\n", n=P(g.person(female=buyer.female).full))
    doc.f("\nCERTIFICO que a presente é reprodução autêntica da matrícula. «c», «d». «o», Oficial«a» Substitut«a». Selo «s». "
          "Emol. R$ «e».\n", c=city, d=g.date("br"), o=P(oficial.full), a="a" if oficial.female else "", s=g.selo(), e=g.money(40, 120))
    return doc


def ju_protesto(g: Gen) -> Doc:
    """Protest office: notice to the debtor (intimação) and, below, the debtor's cancellation request with the creditor's consent letter."""
    doc = Doc()
    city, uf = g.city()
    tab = cart_name(g, ["1º Tabelionato de Protesto de Títulos de «c»", "Tabelionato de Protesto de Letras e Títulos de «c»",
                        "2º Ofício de Protesto de «c»", "Cartório de Protesto Rosa Leal"], city)
    pj = g.chance(0.3)
    dev = g.person()
    cred = g.pick(COMPANIES)
    doc.f("«t»\nINTIMAÇÃO DE PROTESTO — Protocolo nº «p» — «d»\n\n", t=tab.upper(), p=g.d(6), d=g.date("br"))
    if pj:
        doc.f("Devedor: «co»\nCNPJ: «cn»\nA/C: «n» (sócio-administrador)\n", co=g.pick(["Mercearia Bento & Filhos ME", "Bar da Rosa Ltda",
                                                                                   "Oficina Prudente Auto Center", "Aurora Confecções EIRELI"]),
              cn=(g.cnpj(alnum=g.chance(0.5)), "BR_CNPJ"), n=P(dev.full))
    else:
        doc.f("Devedor: «n»\nCPF: «cpf»\nTelefone informado pelo apresentante: «t»\n", n=P(g.pick([dev.caps, dev.full])), cpf=(g.cpf(), "BR_CPF"),
              t=(g.phone(), "PHONE_NUMBER") if g.chance(0.7) else V("não informado"))
    doc.f("Endereço: «ad» — «b» — «c»/«uf» — CEP «cep»\n\n", ad=(g.address(g.pick(["caps", "text"])), "ADDRESS") if not pj else V(g.address("caps")),
          b=g.pick(BAIRROS), c=city, uf=uf, cep=(g.cep(), "BR_CEP") if not pj else V(g.cep()))
    doc.f("Apresentante: «ap»\nCredor/Cedente: «cr» — CNPJ «cn»\nTítulo: «tt» nº «nt» — emissão «de» — vencimento «dv»\n"
          "Valor do título: R$ «v»   Emolumentos e despesas: R$ «e»\nNosso número: «nn»\n\n",
          ap=g.pick(["BANCO DO BRASIL S.A.", "CAIXA ECONÔMICA FEDERAL", "COOPERATIVA SICOOB", "PROCURADORIA-GERAL DO MUNICÍPIO"]),
          cr=cred, cn=(g.cnpj(), "BR_CNPJ"), tt=g.pick(["Duplicata Mercantil por Indicação", "CDA — Certidão de Dívida Ativa",
                                                       "Nota Promissória", "Cheque", "Duplicata de Serviço"]),
          nt=f"{g.d(6)}-{g.ri(1, 9)}", de=g.date("br"), dv=g.date("br"), v=g.money(90, 25000), e=g.money(30, 300), nn=g.d(17))
    doc.f("Fica V.Sª INTIMADO(A) a pagar o título acima ou apresentar razões de recusa no prazo de 3 (três) dias úteis, sob pena de protesto "
          "(art. 12 da Lei 9.492/1997). Pagamento somente por boleto: «b»\n\n", b=g.boleto())
    doc.t("-" * 20 + " recorte " + "-" * 20 + "\n\n")
    rep = g.person()
    doc.f("«c», «d»\nAo «t»\nAssunto: cancelamento de protesto — protocolo «p»\n\nEu, «n», «q», venho requerer o cancelamento do protesto "
          "acima, juntando a carta de anuência do credor assinada por «r» («rc»), com firma reconhecida por autenticidade. "
          "Contato: «tel» / «e».\n\n«s»\n",
          c=city, d=g.date("long"), t=tab, p=g.d(6), n=P(dev.full),
          q=g.pick(["já qualificado", "devedor", "representante legal da devedora"]),
          r=P(rep.full), rc=g.pick(["gerente financeiro", "sócio", "procuradora"]),
          tel=(g.phone(), "PHONE_NUMBER"), e=(g.email(dev), "EMAIL_ADDRESS"), s=P(dev.caps) if g.chance(0.5) else V("(assinado)"))
    if g.chance(0.5):
        doc.f("\nDespacho: cancelado em «d». Escrevente «e». Emolumentos de cancelamento R$ «v» (recolhidos, Pix chave «k»).\n",
              d=g.date("br"), e=P(g.person().short), v=g.money(30, 220),
              k=(g.uuid(), "PIX_KEY") if g.chance(0.6) else V("cnpj do cartório"))
    return doc


def ju_retificacao(g: Gen) -> Doc:
    """Administrative correction of a civil record (art. 110 of Lei 6.015/73): request, prosecutor's opinion, decision."""
    doc = Doc()
    city, uf = g.city()
    rc = cart_name(g, RCPN, city)
    req = g.person()
    fem = g.chance(0.5)
    pairs_m = [("Jhonatan", "Jonathan"), ("Wellinton", "Wellington"), ("Luis", "Luiz"), ("Kaick", "Kaique"), ("Ozeias", "Oséias"),
               ("Cleyton", "Cleiton"), ("Uelinton", "Wellington"), ("Ezequiel", "Ezequias")]
    pairs_f = [("Kellen", "Kélen"), ("Eduarda", "Eduardha"), ("Taís", "Thaís"), ("Izabel", "Isabel"), ("Gerlane", "Gerlâne"),
               ("Joceli", "Jocely"), ("Raissa", "Rayssa"), ("Ketlin", "Kethlyn")]
    wrong_first, right_first = g.pick(pairs_f if fem else pairs_m)
    sur = " ".join(([g.surname()] if g.chance(0.6) else []) + [req.last])
    doc.f("ILMO(A). SR(A). OFICIAL DO «rc»\n\n", rc=rc.upper())
    doc.f("«n», ", n=P(req.caps))
    doc.f("CPF «cpf», RG «rg», nascid«oo» em «dob», residente na «ad», «c»/«uf», CEP «cep», telefone «t», e-mail «em», vem requerer a RETIFICAÇÃO ADMINISTRATIVA do assento de nascimento "
          "d«o» filh«o» «w», lavrado no «l», matrícula «m», pelos seguintes fatos:\n\n",
          cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), oo=req.o, dob=(g.dob("br", 1950, 1995), "DATE_OF_BIRTH"),
          ad=(g.address("legal"), "ADDRESS"), c=city, uf=uf, cep=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"),
          em=(g.email(req), "EMAIL_ADDRESS"),
          o="a" if fem else "o", w=P(f"{wrong_first} {sur}"), l=g.livro(), m=g.mat_civil())
    doc.f("1. Consta no registro o prenome «w», quando o correto, conforme a DNV nº «dnv» e os demais documentos, é «r».\n",
          w=P(wrong_first), dnv=f"{g.d(2)}-{g.d(8)}-{g.d(1)}", r=P(right_first))
    if g.chance(0.6):
        d1 = g.dob("br", 1970, 2020)
        dd, mm, yy = d1.split("/")
        d2 = f"{(int(dd) + g.ri(1, 9)) % 28 + 1:02d}/{mm}/{yy}"
        doc.f("2. A data de nascimento foi lançada como «a», por erro de digitação; a data correta, conforme a DNV, é «b».\n",
              a=(d2, "DATE_OF_BIRTH"), b=(d1, "DATE_OF_BIRTH"))
    if g.chance(0.35):
        mw = g.person(female=True, origin=g.pick(["pt", "it", "ar", "de", "jp"]))
        bad = mw.full.replace("ss", "s").replace("ch", "x").replace("ph", "f").replace("y", "i").replace("tt", "t")
        if bad == mw.full:
            bad = mw.given + " " + " ".join(mw.surnames[:-1] + [mw.surnames[-1][:-1] + "e"])
        doc.f("3. O nome da genitora foi grafado «a»; o correto, conforme certidão de casamento dos pais, é «b».\n",
              a=P(bad.strip()), b=P(mw.full))
    doc.f("\nNestes termos, pede deferimento.\n«c», «d».\n«n»\n\n", c=city, d=g.date("br"),
          n=P(req.full) if g.chance(0.4) else V("(assinatura ilegível)"))
    prom = g.person()
    doc.f("PARECER DO MINISTÉRIO PÚBLICO: «x» — «p», Promotor«a» de Justiça, em «d».\n",
          x=g.pick(["Nada a opor.", "Favorável, por se tratar de erro evidente.", "Diga o requerente sobre a divergência do item 3."]),
          p=P(prom.full), a="a" if prom.female else "", d=g.date("br"))
    of = g.person()
    doc.f("DECISÃO: Defiro a retificação. Averbe-se, passando «a» registrad«a» a chamar-se «n». «i» «o», Oficial.\n",
          a="a" if fem else "o", n=P(f"{right_first} {sur}"),
          i=g.pick(["Isento de emolumentos (declaração de hipossuficiência).", "Sem custas: erro imputável à serventia.",
                    "Emolumentos conforme tabela, R$ " + g.money(60, 180) + "."]), o=P(of.full))
    return doc


# =========================================================================== saude

def sa_declaracao_obito(g: Gen) -> Doc:
    """Death certificate (DO) data as typed by the registry clerk for the death registration, with the informant's data."""
    doc = Doc()
    city, uf = g.city()
    rc = cart_name(g, RCPN, city)
    f = g.person()
    med = g.person()
    dec = g.relative(f)
    doc.f("«rc» — PLANTÃO DE ÓBITOS\nFICHA DE REGISTRO DE ÓBITO (transcrição da DO nº «do»)\n\n", rc=rc, do=f"{g.ri(1, 9)}-{g.d(8)}-{g.d(1)}")
    kv = g.chance(0.5)
    sep = ": " if kv else " .......... "
    fields = [
        ("Falecido(a)", P(g.pick([f.caps, f.capsacc]))),
        ("CPF", (g.cpf(), "BR_CPF")),
        ("RG", (g.rg(), "BR_RG") if g.chance(0.7) else V("não apresentado")),
        ("NIT/PIS", (g.pis(), "BR_PIS") if g.chance(0.6) else V("—")),
        ("Cartão SUS", (g.cns(), "BR_CNS")),
        ("Data de nascimento", (g.dob(g.pick(["br", "br", "dot"]), 1925, 1990), "DATE_OF_BIRTH")),
        ("Sexo / raça/cor", V(("F" if f.female else "M") + " / " + g.pick(["parda", "branca", "preta", "amarela", "indígena"]))),
        ("Estado civil", V(gend(g.pick(["casado(a)", "viúvo(a)", "solteiro(a)", "divorciado(a)"]), f.female))),
        ("Filiação", V("")),
        ("Residência", (g.address(g.pick(["caps", "legal"])), "ADDRESS")),
        ("CEP", (g.cep(), "BR_CEP")),
        ("Local do óbito", V(g.pick(HOSPITAIS) + " — " + city + "/" + uf)),
        ("Data/hora do óbito", V((dob_ := g.date("br")) + " " + g.hm())),
        ("Causas (I a/b/c; II)", V(" / ".join(g.rng.sample(CIDS, g.ri(2, 4))))),
        ("Médico atestante", V("")),
        ("Sepultamento", V(g.pick(["Cemitério Municipal São Bento", "Cemitério Parque da Aurora", "Cemitério da Saudade",
                                    "cremação — Crematório Vila Rosa"]) + ", " + g.pick(["dia seguinte", "mesmo dia", dob_]))),
    ]
    for k, v in fields:
        doc.t(k + sep)
        if k == "Filiação":
            doc.f("«p» e «m»", p=P(g.person(female=False, origin="pt").full) if g.chance(0.8) else V("pai não declarado"),
                  m=P(g.person(female=True).full))
        elif k == "Médico atestante":
            doc.f("«n» — «crm»", n=P(g.pick([med.full, med.caps])), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
        else:
            doc.e(v[0], v[1])
        doc.t("\n")
    doc.f("Deixou bens? «b»  Deixou filhos? «h»  Era eleitor? «e»\n", b=g.pick(["sim", "não", "ignorado"]),
          h=g.pick(["sim, " + str(g.ri(2, 6)) + " maiores", "sim, 1 maior", "não", "sim, 1 menor"]), e="sim" if g.chance(0.7) else "não")
    if g.chance(0.6):
        doc.f("Título de eleitor do falecido: «t»\n", t=(g.titulo(), "BR_TITULO_ELEITOR"))
    doc.f("\nDECLARANTE: «n» («par»), RG «rg», CPF «cpf», fone «t», end. «ad»\n", n=P(dec.full),
          par=g.pick(["filha", "neta", "irmã", "cônjuge", "sobrinha"] if dec.female else ["filho", "neto", "irmão", "cônjuge", "sobrinho"]), rg=(g.rg(), "BR_RG"), cpf=(g.cpf(), "BR_CPF"),
          t=(g.phone(), "PHONE_NUMBER"), ad=(g.address("text"), "ADDRESS") if g.chance(0.5) else V("o mesmo"))
    doc.f("Registro lavrado no «l», matrícula «m». Escrevente: «e». Gratuito (Lei 9.534/1997).\n", l=g.livro(), m=g.mat_civil(),
          e=P(g.person().short))
    return doc


def sa_dnv_csv(g: Gen) -> Doc:
    """Maternity ward's registry post (unidade interligada): daily CSV of live-birth declarations sent to the registry office."""
    doc = Doc()
    city, uf = g.city()
    hosp = g.pick(HOSPITAIS)
    enf = g.person(female=g.chance(0.8))
    doc.f("# «h» — Unidade Interligada de Registro Civil — remessa «d»\n# responsável: «e» («co»)\n", h=hosp, d=g.date("br"),
          e=P(enf.full), co=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    rows = []
    for _ in range(g.ri(3, 5)):
        m = g.person(female=True)
        fa = g.person(female=False) if g.chance(0.75) else None
        ch = g.child(m, fa)
        dob = g.date(g.pick(["br", "iso"]))
        rows.append([V(f"{g.d(2)}-{g.d(8)}-{g.d(1)}"), P(ch.caps) if g.chance(0.6) else V("(nome não escolhido)"),
                     (dob, "DATE_OF_BIRTH"), V(g.hm()), V("F" if ch.female else "M"), V(str(g.ri(1900, 4300))),
                     P(m.caps), (g.dob(g.pick(["br", "iso"]), 1980, 2008), "DATE_OF_BIRTH"), (g.cpf("raw"), "BR_CPF"),
                     (g.cns(False), "BR_CNS"),
                     P(fa.caps) if fa else V(""), (g.cpf("raw"), "BR_CPF") if fa else V(""),
                     (g.phone(g.pick(["raw", "par"])), "PHONE_NUMBER"),
                     V(g.pick(["", "", "pai ausente — reconhecimento posterior", "mãe menor (17a)", "gemelar", "pais estrangeiros: RNM"]))])
    table_csv(doc, ["dnv", "nome_rn", "data_nasc", "hora", "sexo", "peso_g", "mae", "dn_mae", "cpf_mae", "cns_mae", "pai", "cpf_pai", "tel_contato", "obs"],
              rows, sep=g.pick([";", ","]))
    doc.f("# total «n» registros | enviados ao «rc» via CRC | «x»\n", n=len(rows), rc=cart_name(g, RCPN, city),
          x=g.pick(["sem pendências", "2 aguardando documento do pai", "luz do leito 4 queimada (chamado manutenção " + g.protocol() + ")"]))
    return doc


def sa_laudo_capacidade(g: Gen) -> Doc:
    """Psychiatric/geriatric report on a testator's decision-making capacity, requested by the notary before a public will."""
    doc = Doc()
    city, uf = g.city()
    p = g.person()
    med = g.person()
    tab = g.person()
    doc.f("LAUDO MÉDICO — AVALIAÇÃO DE CAPACIDADE PARA ATOS DA VIDA CIVIL\n\nPaciente: «n»\nDN: «dob» («i» anos)   CPF: «cpf»   RG: «rg»   CNS: «cns»\n"
          "Endereço: «ad» — «c»/«uf» — CEP «cep»\nSolicitante: «tab», Tabeli«o» do «cart», para lavratura de «ato».\n\n",
          n=P(p.full), dob=(g.dob("br", 1928, 1950), "DATE_OF_BIRTH"), i=g.ri(74, 96), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), cns=(g.cns(), "BR_CNS"),
          ad=(g.address(), "ADDRESS"), c=city, uf=uf, cep=(g.cep(), "BR_CEP"), tab=P(tab.full), o="ã" if tab.female else "ão",
          cart=cart_name(g, CARTORIOS, city), ato=g.pick(["testamento público", "procuração pública", "escritura de doação com reserva de usufruto"]))
    acomp = g.relative(p)
    doc.f("Acompanhante: «a» («r»), tel. «t».\n\n", a=P(acomp.full), r=g.pick(["filha", "filho", "sobrinho", "cuidadora", "neta"]),
          t=(g.phone(), "PHONE_NUMBER"))
    meem = g.ri(14, 29)
    doc.f("Exame: paciente «x». MEEM «m»/30 (escolaridade «e»). CDR «cdr». Diagnósticos: «d». Em uso de «med».\n\n",
          x=g.pick(["lúcido, orientado em tempo e espaço", "vigil, discretamente desorientado no tempo", "colaborativo, discurso coerente"]),
          m=meem, e=g.pick(["4 anos", "8 anos", "analfabeto", "superior completo"]), cdr=g.pick(["0", "0,5", "1"]),
          d=", ".join(g.rng.sample(["F00.1", "F03", "G30.1", "I10", "E11.9", "F32.1", "G20", "I63.9", "H40.1"], g.ri(1, 3))),
          med=g.pick(["donepezila 10 mg", "memantina 20 mg", "sertralina 50 mg", "losartana 50 mg + metformina"]))
    doc.f("Conclusão: «c»\n\n«c2», «d».\n\n«m»\n«crm» — RQE «rqe»\n«mail»\n",
          c=g.pick(["apto a manifestar sua vontade de forma livre e consciente no momento do exame.",
                    "capacidade preservada para o ato; recomenda-se presença de testemunhas e leitura pausada.",
                    "não reúne, no momento, condições de compreender o alcance do ato. Sugere-se reavaliação em 30 dias."]),
          c2=city, d=g.date("long"), m=P(g.pick([med.full, med.caps])), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), rqe=g.d(5),
          mail=g.pick(["", "consultório: (0xx) 3" + g.d(3) + "-" + g.d(4)]))
    if g.chance(0.4):
        doc.f("\n[anotação do tabelionato] laudo recebido em «d» por «e»; arquivar na pasta do «l». Testemunhas instrumentárias: «t1» e «t2».\n",
              d=g.date("br"), e=P(g.person().first), l=g.livro(), t1=P(g.person().full), t2=P(g.person().full))
    return doc


def sa_diretivas(g: Gen) -> Doc:
    """Public deed of advance healthcare directives (testamento vital), with the health proxy and the attending doctor."""
    doc = Doc()
    city, uf = g.city()
    cart = cart_name(g, CARTORIOS, city)
    d = g.person()
    pr = g.relative(d)
    med = g.person()
    doc.f("ESCRITURA PÚBLICA DECLARATÓRIA DE DIRETIVAS ANTECIPADAS DE VONTADE\n«cart» — «l»\n\nDECLARANTE: ", cart=cart, l=g.livro())
    qualif(g, doc, d, uf=uf, with_dob=True)
    doc.f(", Cartão Nacional de Saúde «cns», beneficiári«o» do plano «pl» (carteirinha «ct»).\n\n", cns=(g.cns(), "BR_CNS"), o=d.o,
          pl=g.pick(["Unimed", "Hapvida", "SulAmérica Saúde", "Bradesco Saúde", "Cassi", "GEAP"]), ct=f"{g.d(4)} {g.d(4)} {g.d(4)} {g.d(4)}")
    doc.t("DECLARA, em pleno gozo de suas faculdades mentais, conforme atestado médico anexo, que:\n")
    for item in g.rng.sample(["não deseja ser submetid{o} a reanimação cardiopulmonar em caso de doença terminal e irreversível;",
                              "recusa ventilação mecânica invasiva, hemodiálise e alimentação por sonda quando não houver perspectiva de recuperação;",
                              "deseja receber cuidados paliativos e analgesia plena, ainda que abreviem a vida;",
                              "autoriza a doação de órgãos e tecidos;",
                              "deseja, sendo possível, falecer em casa, próxim{o} da família;",
                              "não autoriza transfusão de sangue, por convicção religiosa;"], g.ri(3, 4)):
        doc.t("  - " + item.replace("{o}", d.o) + "\n")
    doc.f("\nNOMEIA como procurador«a» para cuidados de saúde: «n», CPF «cpf», tel. «t», «e»", a="a" if pr.female else "", n=P(pr.full),
          cpf=(g.cpf(), "BR_CPF"), t=(g.phone(), "PHONE_NUMBER"), e=(g.email(pr), "EMAIL_ADDRESS"))
    if g.chance(0.5):
        sub = g.person()
        doc.f(", e como substitut«o2» «n2», tel. «t2»", o2="a" if sub.female else "o", n2=P(sub.full), t2=(g.phone(), "PHONE_NUMBER"))
    doc.t(".\n")
    doc.f("Médic«o» de confiança: «m», «crm», que assina o atestado de «dt».\n", o=med.o, m=P(med.full),
          crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), dt=g.date("br"))
    doc.f("Comunique-se ao Registro Central de Testamentos On-Line (RCTO/CENSEC). Selo «s». «e» — escrevente.\n", s=g.selo(),
          e=P(g.person().full))
    return doc


def sa_diligencia(g: Gen) -> Doc:
    """Notary's report of an off-site act at a hospital ward (diligência): procuração signed by an inpatient, with the clinical statement."""
    doc = Doc()
    city, uf = g.city()
    cart = cart_name(g, CARTORIOS, city)
    esc = g.person()
    pac = g.person()
    med = g.person()
    enf = g.person(female=True)
    hosp = g.pick(HOSPITAIS)
    doc.f("RELATÓRIO DE DILIGÊNCIA — «cart»\nEscrevente: «e»  |  Data: «d»  |  Saída «h1» / retorno «h2»\n", cart=cart, e=P(esc.full),
          d=g.date("br"), h1=(hh := g.times(2))[0], h2=hh[1])
    doc.f("Veículo: «v» placa «pl» («k» km) — «x»\n\n", v=g.pick(["carro da serventia", "Uber", "táxi", "carro próprio (reembolso)"]),
          pl=(g.plate(), "LICENSE_PLATE"), k=g.ri(3, 48), x=g.pick(["estacionamento R$ " + g.money(8, 30), "sem custos extras", "pedágio R$ 6,40"]))
    doc.f("Local: «h», «s», leito «l».\nParte: «p», nascid«o» em «dob», CPF «cpf», prontuário «pr», internad«o» desde «di» (CID «cid»).\n",
          h=hosp, s=g.pick(["UTI adulto", "enfermaria 3º andar", "unidade de cuidados paliativos", "semi-intensiva"]), l=g.ri(1, 40),
          p=P(g.pick([pac.full, pac.caps])), o=pac.o, dob=(g.dob("br", 1930, 1990), "DATE_OF_BIRTH"), cpf=(g.cpf(), "BR_CPF"),
          pr=g.d(7), di=g.date("br"), cid=g.pick(CIDS))
    doc.f("Atestado de lucidez emitido por «m» («crm») às «h». Enfermeira de plantão: «enf» («co»).\n", m=P(med.full),
          crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), h=g.hm(), enf=P(g.pick([enf.full, enf.first])), co=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    k = g.ri(0, 2)
    if k == 0:
        doc.f("A parte não consegue assinar (acesso venoso nos dois braços): assinou a rogo «r», CPF «cpf», colhida a impressão digital.\n",
              r=P(g.person().full), cpf=(g.cpf(), "BR_CPF"))
    elif k == 1:
        doc.f("Ato: procuração para «o» movimentar a conta «cc», ag. «ag», e receber o benefício do INSS.\n", o=P(g.relative(pac).full),
              cc=(g.account(), "BANK_ACCOUNT"), ag=(g.agency(), "BANK_ACCOUNT"))
    else:
        doc.f("Ato não realizado: paciente sedad«o» na chegada. Família avisada («t»). Nova tentativa a combinar.\n", o=pac.o,
              t=(g.phone(), "PHONE_NUMBER"))
    doc.f("Testemunhas: «t1» (RG «r1») e «t2» (CPF «c2»).\nEmolumentos de diligência: R$ «v». «w»\n", t1=P(g.person().full), r1=(g.rg(), "BR_RG"),
          t2=P(g.person().full), c2=(g.cpf(), "BR_CPF"), v=g.money(80, 400),
          w=g.pick(["", "Obs.: a luz do quarto foi apagada durante a leitura a pedido da equipe.", "Obs.: seria prudente repetir o ato com 2º médico."]))
    return doc


def sa_sirc(g: Gen) -> Doc:
    """Registry office's monthly death list sent to SIRC/INSS (fixed-width report), with a rejected-record note."""
    doc = Doc()
    city, uf = g.city()
    rc = cart_name(g, RCPN, city)
    doc.f("SIRC — SISTEMA NACIONAL DE INFORMAÇÕES DE REGISTRO CIVIL\nServentia: «rc» (CNS «cns»)   Competência: «m»/«y»\n"
          "Relatório de óbitos enviados\n\n", rc=rc, cns=g.cns_serventia(), m=f"{g.ri(1, 12):02d}", y=g.ri(2024, 2025))
    rows = []
    for _ in range(g.ri(4, 6)):
        p = g.person()
        rows.append([P(g.pick([p.caps, p.inverted])), (g.cpf("raw"), "BR_CPF"),
                     (g.pis("raw"), "BR_PIS") if g.chance(0.8) else V("-"),
                     (g.dob("br", 1925, 1995), "DATE_OF_BIRTH"), V(g.date("br")), P(fold(g.person(female=True).full).upper()) if g.chance(0.45) else V("NAO CONSTA"),
                     V(g.pick(["ENVIADO", "ENVIADO", "REJEITADO: CPF x NOME", "PENDENTE"]))])
    table_fixed(doc, ["FALECIDO", "CPF", "NIT/PIS", "DT NASC", "DT OBITO", "NOME DA MAE", "STATUS"], rows,
                rule=g.pick(["-", "="]), border=g.chance(0.3))
    doc.f("\nProtocolo de envio: «p» — enviado por «u» em «d».\n", p=doc.n11(g), u=g.pick(["oficial.sub", "rcpn_envio", "usuário " + g.d(5)]),
          d=g.date("br"))
    if g.chance(0.7):
        q = g.person()
        doc.f("Pendência: o CPF de «n» retorna na Receita como pertencente a outra pessoa; solicitado ao declarante «d» (tel «t») "
              "a certidão de nascimento atualizada.\n", n=P(q.full), d=P(g.person().short), t=(g.phone(), "PHONE_NUMBER"))
    return doc


def sa_uniao_plano(g: Gen) -> Doc:
    """E-mail thread with a health-plan operator: a stable-union deed to include the partner as a dependant."""
    doc = Doc()
    city, uf = g.city()
    a = g.person()
    b = g.person(female=not a.female) if g.chance(0.85) else g.person(female=a.female)
    op = g.pick(["Unimed Vale", "Hapvida NotreDame", "SulAmérica Saúde", "Amil", "Saúde Caixa", "Cassems"])
    an = g.person()
    doc.f("De: «n» <«e»>\nPara: cadastro@«op».com.br\nAssunto: inclusão de dependente — companheir«o»\n\nBoa tarde,\n\n",
          n=P(a.full), e=(g.email(a), "EMAIL_ADDRESS"), op=re.sub(r"[^a-z]", "", fold(op).lower()), o=b.o)
    doc.f("Sou titular do plano (carteirinha «ct», CPF «cpf») e quero incluir «b», nascid«o» em «dob», CPF «cb», CNS «cns», "
          "como dependente. Segue a escritura de união estável lavrada no «cart», «l», em «d», com início da convivência em «ic».\n\n",
          ct=f"0{g.d(3)}.{g.d(4)}.{g.d(6)}.{g.d(2)}-{g.d(1)}", cpf=(g.cpf(), "BR_CPF"), b=P(b.full), o=b.o,
          dob=(g.dob(g.pick(["br", "long"])), "DATE_OF_BIRTH"), cb=(g.cpf(), "BR_CPF"), cns=(g.cns(), "BR_CNS"),
          cart=cart_name(g, CARTORIOS, city), l=g.livro(), d=g.date("br"), ic=g.date("br", g.ri(2008, 2023)))
    doc.f("Endereço comum: «ad», «c»/«uf», CEP «cep». Meu celular: «t».\n\n«s»\n\n", ad=(g.address(), "ADDRESS"), c=city, uf=uf,
          cep=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"), s=P(a.first))
    doc.t("-" * 24 + "\n")
    doc.f("De: «an» — Cadastro «op»\n\nPrezad«o» «n», recebemos a documentação. «r»\nRegistro ANS nº «ans». Protocolo ANS «pa».\n\n«an2»\n"
          "Analista de Cadastro — «op»\n«mail»\n",
          an=P(an.full), op=op, o=a.o, n=P(a.first),
          r=g.pick(["A inclusão terá vigência a partir do 1º dia do mês seguinte, sem carência por ter sido solicitada em até 30 dias da escritura.",
                    "A escritura apresentada não contém a data de início da união; solicitamos declaração complementar com firma reconhecida.",
                    "Falta a certidão de nascimento atualizada (emitida há menos de 90 dias) d" + b.o + " dependente."]),
          ans=g.d(6), pa=f"{g.d(6)}{g.date('iso').replace('-', '')}{g.d(6)}", an2=P(g.pick([an.first, an.full])),
          mail=(corp_mail(an, re.sub(r"[^a-z]", "", fold(op).lower()) + ".com.br"), "EMAIL_ADDRESS"))
    return doc


# =========================================================================== financeiro

def fi_recibo(g: Gen) -> Doc:
    """Fee receipt of a notary office (emolumentos breakdown by act), with payment data and a prior-deposit refund."""
    doc = Doc()
    city, uf = g.city()
    cart = cart_name(g, CARTORIOS, city)
    pj = g.chance(0.25)
    p = g.person()
    doc.f("«cart»\nCNPJ «cn»\nRECIBO DE EMOLUMENTOS Nº «n» — «d»\n\n", cart=cart.upper(), cn=(g.cnpj(), "BR_CNPJ"), n=g.d(7), d=g.date("br"))
    if pj:
        doc.f("Recebemos de «co», CNPJ «c», por seu representante «r»,\n", co=g.pick(COMPANIES), c=(g.cnpj(alnum=g.chance(0.5)), "BR_CNPJ"),
              r=P(p.full))
    else:
        doc.f("Recebemos de «n», CPF «c», «ad», CEP «cep», tel. «t»,\n", n=P(g.pick([p.full, p.caps])), c=(g.cpf(), "BR_CPF"),
              ad=(g.address(g.pick(["text", "caps"])), "ADDRESS"), cep=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"))
    doc.t("a importância abaixo referente a:\n\n")
    rows = []
    total = 0.0
    for _ in range(g.ri(2, 5)):
        ato = g.pick(["Escritura c/ valor declarado", "Procuração pública", "Reconhecimento de firma p/ autenticidade", "Autenticação (folha)",
                      "Certidão de escritura", "Apostila de Haia", "Ata notarial (1ª folha)", "Abertura de ficha de firma", "Diligência"])
        q = g.ri(1, 6)
        emol = g.rng.uniform(5, 900)
        fr = emol * 0.2
        iss = emol * 0.05
        total += (emol + fr + iss) * q
        rows.append([V(ato), V(str(q)), V(brl(emol)), V(brl(fr)), V(brl(iss)), V(brl((emol + fr + iss) * q))])
    table_fixed(doc, ["Ato", "Qtd", "Emol.", "FRJ/TJ", "ISS", "Total"], rows, rule=g.pick(["-", "─", "."]))
    doc.f("\nTOTAL: R$ «t»\n", t=brl(total))
    k = g.ri(0, 3)
    if k == 0:
        doc.f("Forma de pagamento: Pix — chave aleatória do cartório «x» — E2E «e2e»\n", x=(g.uuid(), "PIX_KEY"),
              e2e="E" + g.d(8) + g.date("iso").replace("-", "") + g.hexs(11).upper())
    elif k == 1:
        doc.f("Forma de pagamento: cartão de crédito «m» em «p»x — NSU «nsu» — aut. «a»\n", m=g.masked_card(), p=g.ri(1, 6), nsu=g.d(9), a=g.d(6))
    elif k == 2:
        pago = (int(total) // 50 + 1) * 50
        doc.f("Forma de pagamento: dinheiro R$ «v» — troco R$ «t»\n", v=brl(pago), t=brl(pago - round(total, 2)))
    else:
        doc.f("Forma de pagamento: abatido do depósito prévio de R$ «v» (recibo «r»). Saldo de R$ «s» devolvido por TED ao «bk», ag. «ag», "
              "c/c «cc», de titularidade de «n».\n", v=brl(total + 500), r=g.d(7), s=brl(500), bk=g.pick(BANKS), ag=(g.agency(), "BANK_ACCOUNT"),
              cc=(g.account(), "BANK_ACCOUNT"), n=P(p.full))
    if not pj and g.chance(0.6):
        doc.f("Recibo enviado para «e».\n", e=(g.email(p), "EMAIL_ADDRESS"))
    doc.f("\nAtendente: «a» — Caixa: «c»\nSelos utilizados: «s1», «s2»\nConsulte a autenticidade do selo no site do TJ«uf».\n",
          a=P(g.person().first), c=P(g.person().short) if g.chance(0.5) else V(g.pick(["cx01", "caixa2", "CAIXA 03"])),
          s1=g.selo(), s2=g.selo(), uf=uf)
    return doc


def fi_remessa_protesto(g: Gen) -> Doc:
    """Batch file (CSV) sent by a creditor to the protest hub (CRA), with the rejection report appended by the hub."""
    doc = Doc()
    city, uf = g.city()
    cred = g.pick(COMPANIES)
    op = g.person()
    doc.f("CRA-«uf» — CENTRAL DE REMESSA DE ARQUIVOS\nApresentante: «cr» — CNPJ «cn»\nArquivo: B«a».«b» — enviado por «o» («e») em «d»\n\n",
          uf=uf, cr=cred, cn=(g.cnpj(alnum=g.chance(0.4)), "BR_CNPJ"), a=g.d(5), b=g.d(3), o=P(op.full),
          e=(corp_mail(op, re.sub(r"[^a-z]", "", fold(cred.split()[0]).lower()) + ".com.br"), "EMAIL_ADDRESS"), d=g.date("br"))
    rows = []
    rej = []
    for i in range(g.ri(5, 7)):
        pj = g.chance(0.25)
        if pj:
            nm = V(g.pick(["BAR E LANCHONETE DA ROSA LTDA", "AURORA MODAS ME", "PADARIA BENTO EIRELI", "TRANSPORTES PRUDENTE LTDA",
                           "MERCADINHO SAO BENTO", "OFICINA IRMAOS NOBREGA"]))
            dd = (g.cnpj("raw", alnum=g.chance(0.3)), "BR_CNPJ")
            ad, cep = V(g.address("caps")), V(g.cep())
        else:
            p = g.person()
            nm = P(g.pick([p.caps, p.caps, p.inverted]))
            dd = (g.cpf("raw"), "BR_CPF")
            ad, cep = (g.address("caps"), "ADDRESS"), (g.cep(g.chance(0.3)), "BR_CEP")
        if g.chance(0.15):
            dd = V(doc.n11(g))
            rej.append((i + 1, "CPF inválido"))
        rows.append([V(str(i + 1)), nm, dd, ad, cep, V(fold(g.city()[0]).upper()), V(g.pick(["DMI", "DSI", "NP", "CH", "CDA"])),
                     V(f"{g.d(6)}/{g.ri(1, 9)}"), V(g.money(80, 18000)), V(g.date("br")), V(g.d(15))])
    table_csv(doc, ["seq", "devedor", "documento", "endereco", "cep", "cidade", "especie", "titulo", "valor", "vencimento", "nosso_numero"],
              rows, sep=";")
    doc.t("\nRETORNO DA CRA:\n")
    if rej:
        for s, why in rej:
            doc.f("  linha «s»: REJEITADO — «w»\n", s=s, w=why)
    doc.f("  «w» linhas: distribuídas ao «t» (protocolos «p1» a «p2»)\n", t=g.pick(["1º Tabelião de Protesto", "2º Ofício de Protesto",
                                                                                          "Tabelionato de Protesto de " + city]),
          w="demais" if rej else "todas as", p1=(p1 := g.ri(100000, 899999)), p2=p1 + len(rows) - len(rej) - 1)
    if g.chance(0.5):
        doc.f("  obs.: linha «s» — endereço insuficiente, intimação por edital (custas R$ «v»)\n", s=g.ri(1, len(rows)), v=g.money(20, 90))
    return doc


def fi_doi(g: Gen) -> Doc:
    """DOI (Declaração sobre Operações Imobiliárias) worksheet filled by the notary's staff before sending to the Receita."""
    doc = Doc()
    city, uf = g.city()
    esc = g.person()
    doc.f("DOI — DECLARAÇÃO SOBRE OPERAÇÕES IMOBILIÁRIAS — rascunho interno\nServentia: «cart»  CNS «cns»\nAto: «a», «l», lavrado em «d»\n\n",
          cart=cart_name(g, CARTORIOS, city), cns=g.cns_serventia(), a=g.pick(["compra e venda", "doação", "permuta", "dação em pagamento"]),
          l=g.livro(), d=g.date("br"))
    price = g.ri(90, 2500) * 1000
    doc.f("Imóvel: «t» — «ad» — «c»/«uf»\nMatrícula «m» — Inscrição municipal «im» — área «ar» m²\nValor da operação: R$ «v»   Base ITBI: R$ «b»   "
          "Forma de pagamento: «fp»\n\n",
          t=g.pick(["urbano — apartamento", "urbano — casa", "urbano — terreno", "rural — sítio (NIRF " + g.d(8) + ", CCIR " + g.d(13) + ")"]),
          ad=(g.address("legal"), "ADDRESS"), c=city, uf=uf, m=g.matricula(), im=f"{g.d(2)}.{g.d(2)}.{g.d(3)}.{g.d(4)}.{g.d(3)}",
          ar=g.ri(40, 5000), v=brl(price), b=brl(price * 1.07),
          fp=g.pick(["à vista", "financiamento SFH — " + g.pick(["CAIXA", "Itaú", "Bradesco"]) + ", contrato " + g.d(12), "parcelado direto"]))
    for role in ("ALIENANTE(S)", "ADQUIRENTE(S)"):
        doc.t(role + "\n")
        rows = []
        n = g.ri(1, 3)
        for _ in range(n):
            if g.chance(0.15):
                rows.append([V(g.pick(COMPANIES).upper()), (g.cnpj(), "BR_CNPJ"), V(f"{100 / n:.2f}".replace(".", ",")), V("-"), V("-")])
            else:
                p = g.person()
                rows.append([P(p.caps), (g.cpf(), "BR_CPF"), V(f"{100 / n:.2f}".replace(".", ",")),
                             (g.dob("br"), "DATE_OF_BIRTH") if g.chance(0.6) else V("-"),
                             V(gend(g.pick(ESTADO_CIVIL[:4]), p.female).upper())])
        table_fixed(doc, ["NOME", "CPF/CNPJ", "PART.%", "NASCIMENTO", "EST.CIVIL"], rows, rule="-")
        doc.t("\n")
    if g.chance(0.5):
        cor = g.person()
        doc.f("Intermediação: «n», «cr», comissão R$ «v»\n", n=P(cor.full), cr=(creci(g, uf), "PROFESSIONAL_ID"), v=brl(price * 0.06))
    doc.f("Preenchido por «e» — conferir CPF do 2º adquirente na Receita (situação cadastral). Envio até o último dia útil do mês seguinte "
          "(IN RFB 2.186/2024).\n", e=P(esc.first))
    return doc


def fi_saldo_banco(g: Gen) -> Doc:
    """Bank branch's answer to an extrajudicial probate: release of the deceased's balances to the heirs' accounts."""
    doc = Doc()
    city, uf = g.city()
    bank = g.pick(BANKS)
    ger = g.person()
    dec = g.person()
    inv = g.relative(dec)
    doc.f("«b» — Agência «ag» «c»/«uf»\nOfício «n»/«y» — «d»\n\nAo(À) Sr(a). «i» (inventariante)\nC/c: «adv», «oab»\n\n",
          b=bank, ag=g.d(4), c=city, uf=uf, n=g.d(4), y=g.ri(2024, 2025), d=g.date("br"), i=P(inv.full),
          adv=P((adv := g.person()).full), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    doc.f("Ref.: Espólio de «n», CPF «cpf» — escritura de inventário lavrada no «cart», «l».\n\n", n=P(dec.caps), cpf=(g.cpf(), "BR_CPF"),
          cart=cart_name(g, CARTORIOS, city), l=g.livro())
    doc.t("Informamos os saldos em nome do(a) falecido(a) na data do óbito:\n")
    rows = []
    tot = 0.0
    for _ in range(g.ri(1, 3)):
        v = g.rng.uniform(150, 80000)
        tot += v
        rows.append([V(g.pick(["Conta corrente", "Poupança", "CDB", "Fundo DI", "Consórcio (cota contemplada)"])), (g.agency(), "BANK_ACCOUNT"),
                     (g.account(), "BANK_ACCOUNT"), V(brl(v))])
    table_fixed(doc, ["Produto", "Agência", "Conta", "Saldo (R$)"], rows, border=g.chance(0.5))
    doc.f("\nTotal: R$ «t». Conforme a partilha, os valores serão transferidos em até 5 dias úteis para:\n", t=brl(tot))
    heirs = [g.relative(dec) for _ in range(g.ri(2, 3))]
    for h in heirs:
        k = g.ri(0, 2)
        if k == 0:
            doc.f("  • «n» (CPF «cpf») — «bk», ag. «ag», conta «cc»\n", n=P(h.full), cpf=(g.cpf(), "BR_CPF"), bk=g.pick(BANKS),
                  ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
        elif k == 1:
            doc.f("  • «n» (CPF «cpf») — Pix chave aleatória «k»\n", n=P(h.full), cpf=(g.cpf(), "BR_CPF"), k=(g.uuid(), "PIX_KEY"))
        else:
            doc.f("  • «n» — Pix chave CPF «cpf»\n", n=P(h.full), cpf=(g.cpf(g.pick(["raw", "dot"])), "BR_CPF"))
    doc.f("\nObs.: «o»\n\nAtenciosamente,\n«g»\nGerente de Relacionamento — «b»\n«e» | «t»\n",
          o=g.pick(["o cartão de crédito " + g.masked_card() + " do falecido foi cancelado; fatura residual de R$ " + g.money(50, 3000) + " será abatida.",
                    "existe débito de empréstimo consignado (contrato " + g.d(10) + ") coberto por seguro prestamista.",
                    "necessária a apresentação do traslado com selo, não aceitamos cópia simples."]),
          g=P(ger.full), b=bank, e=(corp_mail(ger, re.sub(r"[^a-z0-9]", "", fold(bank).lower())[:12] + ".com.br"), "EMAIL_ADDRESS"),
          t=(g.phone(g.pick(["par", "plain"]), mobile=g.chance(0.5)), "PHONE_NUMBER"))
    return doc


def fi_caixa(g: Gen) -> Doc:
    """Daily cash closing of a registry office (fixed-width report) with the supervisor's note on a card number typed in the wrong field."""
    doc = Doc()
    city, uf = g.city()
    cart = cart_name(g, CARTORIOS, city)
    cx = g.person()
    sup = g.person()
    day = g.date("br")
    doc.f("«cart»\nFECHAMENTO DE CAIXA — «d» — operador(a): «o» (login «lg»)\n\n", cart=cart, d=day, o=P(cx.full),
          lg=fold(cx.first).lower()[:6] + g.d(2))
    rows = []
    tot = 0.0
    card_row = None
    nrow = g.ri(6, 8)
    hrs = g.times(nrow, 9 * 3600, 17 * 3600)
    for i in range(nrow):
        p = g.person(word=g.chance(0.1))
        v = g.rng.uniform(6, 2800)
        tot += v
        fp = g.pick(["PIX", "PIX", "DINHEIRO", "DÉBITO", "CRÉDITO", "DEP. PRÉVIO", "BOLETO"])
        ref = V(g.pick([f"REC {g.d(7)}", f"PROT {g.d(6)}", f"SELO {g.selo()}", f"OS {g.d(5)}"]))
        obs = V("")
        if fp in ("DÉBITO", "CRÉDITO"):
            obs = V(g.masked_card())
            if card_row is None and g.chance(0.5):
                obs = (g.card(g.chance(0.5)), "CREDIT_CARD")
                card_row = i + 1
        elif fp == "PIX" and g.chance(0.4):
            obs = V("E2E " + g.hexs(10).upper())
        rows.append([V(f"{i + 1:02d}"), V(hrs[i]), V(g.pick(["FIRMA", "AUTENT", "PROCUR", "ESCRIT", "CERTID", "APOST", "PROTESTO", "REG.NASC", "ATA"])),
                     P(g.pick([p.caps, fold(p.short).upper(), p.inverted])) if g.chance(0.8) else V("BALCÃO (avulso)"),
                     (g.cpf(g.pick(["raw", "dot"])), "BR_CPF") if g.chance(0.9) else V("—"), V(fp), V(brl(v)), ref, obs])
    table_fixed(doc, ["#", "HORA", "ATO", "APRESENTANTE", "CPF", "FORMA", "VALOR", "REFERÊNCIA", "OBS"], rows, gap=" | " if g.chance(0.4) else "  ")
    doc.f("\nTOTAL DO DIA: R$ «t»   Sangria: R$ «s»   Diferença de caixa: R$ «df»\n", t=brl(tot), s=brl(g.ri(200, 1500)),
          df=g.pick(["0,00", "0,00", "-" + g.money(1, 40), g.money(1, 10)]))
    if card_row:
        doc.f("\nNOTA DA SUPERVISÃO («s»): na linha «r» o número completo do cartão foi digitado no campo OBS. Apagar do sistema e do "
              "papel; orientar «c» (incidente «i»). Seria prudente revisar os fechamentos anteriores.\n",
              s=P(sup.first), r=card_row, c=P(cx.first), i=f"INC-{g.d(5)}")
    else:
        doc.f("\nConferido por «s» em «d». Depósito no «bk» ag. «ag» c/c «cc» (conta da serventia).\n", s=P(sup.short), d=day,
              bk=g.pick(BANKS), ag=g.d(4), cc=g.d(6) + "-" + g.d(1))
    return doc


def fi_despachante(g: Gen) -> Doc:
    """A document runner's (despachante) monthly invoice to a law firm: certificates fetched per client, km reimbursement, payment data."""
    doc = Doc()
    city, uf = g.city()
    d = g.person()
    firm = g.pick(["Bessa & Fragoso Advogados Associados", "Escritório Tenório Rolim", "Haddad, Leitão e Quental Advocacia",
                   "Garrido Sociedade de Advogados", "Valadares & Kinjo Advogados"])
    mm, yy = f"{g.ri(1, 12):02d}", g.ri(2024, 2025)
    doc.f("«n» — Despachante Documentalista\nCPF «cpf» · NIT «pis» · RG «rg» · CNH «cnh»\n«t» · «e»\n\nFATURA «mm»/«y» — cliente: «firm»\n\n",
          n=P(g.pick([d.full, d.caps])), cpf=(g.cpf(), "BR_CPF"), pis=(g.pis(), "BR_PIS"), rg=(g.rg(), "BR_RG"), cnh=(g.cnh(), "BR_CNH"),
          t=(g.phone(), "PHONE_NUMBER"), e=(g.email(d), "EMAIL_ADDRESS"), mm=mm, y=yy, firm=firm)
    rows = []
    tot = 0.0
    for _ in range(g.ri(4, 7)):
        c = g.person()
        v = g.rng.uniform(35, 260)
        tot += v
        rows.append([V(f"{g.ri(1, 28):02d}/{mm}/{yy % 100}"), P(g.pick([c.full, c.short, c.caps])),
                     V(g.pick(["cert. matrícula atualizada", "cert. negativa protesto", "2ª via cert. casamento", "cert. inteiro teor nasc.",
                               "busca CENSEC", "reconhec. firma + autent.", "apostilamento (3 docs)", "cert. ônus reais"])),
                     V(g.pick(["1º RI", "2º RI", "RCPN", "Protesto", "Notas"])), V(brl(v))])
    table_fixed(doc, ["data", "cliente/processo", "serviço", "serventia", "valor"], rows, rule=g.pick(["-", ""]))
    km = g.ri(80, 900)
    doc.f("\nDeslocamento: «k» km × R$ 1,20 = R$ «kv» (veículo placa «pl»)\nHonorários: R$ «h»\nTOTAL: R$ «t»\n\n",
          k=km, kv=brl(km * 1.2), pl=(g.plate(), "LICENSE_PLATE"), h=brl(g.ri(300, 1500)), t=brl(tot + km * 1.2 + 800))
    k = g.ri(0, 2)
    if k == 0:
        doc.f("Pagamento: «bk», agência «ag», conta «cc», titular «n».\n", bk=g.pick(BANKS), ag=(g.agency(), "BANK_ACCOUNT"),
              cc=(g.account(), "BANK_ACCOUNT"), n=P(d.short))
    elif k == 1:
        doc.f("Pagamento via Pix: «k» (chave aleatória)\n", k=(g.uuid(), "PIX_KEY"))
    else:
        doc.f("Pix: meu CPF mesmo («c») ou e-mail «e».\n", c=(g.cpf("raw"), "BR_CPF"), e=(g.email(d), "EMAIL_ADDRESS"))
    doc.f("Endereço p/ correspondência: «ad», «c»/«uf», CEP «cep».\nNascimento (cadastro de fornecedor): «dob»\n",
          ad=(g.address(), "ADDRESS"), c=city, uf=uf, cep=(g.cep(), "BR_CEP"), dob=(g.dob(), "DATE_OF_BIRTH"))
    if g.chance(0.5):
        doc.f("\nAprovado: «a» (financeiro do escritório) — NF avulsa nº «nf»\n", a=P(g.person().full), nf=g.d(6))
    return doc


def fi_consolidacao(g: Gen) -> Doc:
    """Lender's request to the land registry for the notice to a defaulting fiduciary debtor (Lei 9.514/1997), with the arrears table."""
    doc = Doc()
    city, uf = g.city()
    cri = cart_name(g, CRIS, city)
    bank = g.pick(["CAIXA ECONÔMICA FEDERAL", "BANCO DO BRASIL S.A.", "BANCO BRADESCO S.A.", "COOPERATIVA DE CRÉDITO SICREDI VALE",
                   "BANCO INTER S.A."])
    adv = g.person()
    ds = [g.person()]
    if g.chance(0.6):
        ds.append(g.person(female=not ds[0].female))
    doc.f("Ao Ilmo. Sr. Oficial do «cri»\n\n«b», CNPJ «cn», por seu procurador «a» («oab»), requer a INTIMAÇÃO dos devedores fiduciantes "
          "abaixo para purgação da mora no prazo de 15 dias (art. 26 da Lei 9.514/1997).\n\n", cri=cri, b=bank, cn=(g.cnpj(), "BR_CNPJ"),
          a=P(adv.full), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    doc.f("Contrato nº «c» — matrícula «m» — imóvel: «ad», «bb», «ci»/«uf»\n", c=f"{g.d(1)}.{g.d(4)}.{g.d(7)}-{g.d(1)}", m=g.matricula(),
          ad=(g.address("legal"), "ADDRESS"), bb=g.pick(BAIRROS), ci=city, uf=uf)
    for p in ds:
        doc.f("Devedor(a): «n» — CPF «cpf» — nasc. «dob» — tel. «t» — e-mail «e»\n", n=P(p.caps), cpf=(g.cpf(), "BR_CPF"),
              dob=(g.dob("br"), "DATE_OF_BIRTH") if g.chance(0.5) else V("não informado"), t=(g.phone(), "PHONE_NUMBER"),
              e=(g.email(p), "EMAIL_ADDRESS") if g.chance(0.6) else V("—"))
    if g.chance(0.5):
        doc.f("Endereço alternativo para intimação: «ad», CEP «cep»\n", ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"))
    doc.t("\nDEMONSTRATIVO DE DÉBITO\n")
    rows = []
    tot = 0.0
    for i in range(g.ri(3, 6)):
        v = g.rng.uniform(700, 4200)
        j = v * g.rng.uniform(0.02, 0.15)
        tot += v + j
        rows.append([V(str(g.ri(20, 300))), V(g.date("br")), V(brl(v)), V(brl(j)), V(brl(v + j))])
    table_fixed(doc, ["Parc.", "Vencimento", "Principal", "Encargos", "Total"], rows, border=g.chance(0.5))
    doc.f("\nTotal para purgação: R$ «t» (+ emolumentos de intimação R$ «e»). Pagamento somente por boleto: «bol»\n", t=brl(tot),
          e=g.money(90, 400), bol=g.boleto())
    doc.f("\nCertidão do oficial («d»): ", d=g.date("br"))
    k = g.ri(0, 3)
    if k == 0:
        doc.f("devedor intimado pessoalmente por «n», escrevente, às «h».\n", n=P(g.person().full), h=g.hm())
    elif k == 1:
        doc.t("devedora não localizada após 3 tentativas; porteiro informou que se mudou. Proceda-se à intimação por edital.\n")
    elif k == 2:
        doc.f("intimação recebida por «n», que se declarou cônjuge do devedor.\n", n=P(g.person().full))
    else:
        doc.t("decorrido o prazo sem purgação; apto à consolidação mediante ITBI.\n")
    return doc


TEMPLATES = {
    "atendimento": [at_whats_firma, at_ficha_firma, at_enotariado_log, at_crc_pedido, at_habilitacao_agenda, at_ouvidoria,
                    at_senhas_log],
    "juridico": [ju_escritura_cv, ju_procuracao, ju_inventario, ju_divorcio, ju_matricula, ju_protesto, ju_retificacao],
    "saude": [sa_declaracao_obito, sa_dnv_csv, sa_laudo_capacidade, sa_diretivas, sa_diligencia, sa_sirc, sa_uniao_plano],
    "financeiro": [fi_recibo, fi_remessa_protesto, fi_doi, fi_saldo_banco, fi_caixa, fi_despachante, fi_consolidacao],
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
            assert re.match(r"(CRM|OAB|COREN|Coren|CRP|CRECI)\b", v), (record["id"], v)
        elif lab == "LICENSE_PLATE":
            assert re.fullmatch(r"[A-Z]{3}-?\d[A-Z0-9]\d\d", v), (record["id"], v)
        elif lab == "BANK_ACCOUNT":
            assert re.fullmatch(r"[\d.]+(-[\dX])?", v), (record["id"], v)
        elif lab == "DATE_OF_BIRTH":
            assert re.search(r"\d", v), (record["id"], v)
    labelled = [(s["start"], s["end"]) for s in record["spans"]]
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
    print("fiftythird", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
