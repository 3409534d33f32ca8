"""Build the fifty-fourth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_fiftyfourth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or
run), standalone (own check-digit code, no Faker, no import from afinar or from other
generators), seed 5454, 280 records: 7 templates per domain, 10 copies each.

Register, not used by the earlier sets: industrial plants and occupational safety and health
(SST) — the paperwork a metalworks, foundry, ceramics, pulp or food plant and its SESMT, HR,
legal and accounts departments produce: CIPA minutes, accident notices (CAT), NR-12 / NR-35
trainings, shift handovers, PPE delivery records (fichas de EPI), occupational health exams
(ASO, PCMSO, audiometry), labour suits over insalubridade, shift payroll, maintenance work
orders and contractor access control. Layouts vary: letters, forms, fixed-width tables with and
without rulers, boxed tables, CSV extracts, a WhatsApp export, e-mails, an OCR'd scan, logs.
- atendimento: a plant gate's contractor/visitor access log (fixed-width table; RG, CPF or CNH
  per visitor, truck plates, the vigilante's notes), a WhatsApp export of the shift supervisors'
  group (contacts saved as nickname + role word, or bare numbers; an injury, a plate, a Pix
  "vaquinha"), an HR service-desk ticket (a shift worker asks about his insalubridade premium and
  updates address, phone, título; the analyst's reply; internal note with a masked CPF), a
  contractor onboarding form (integração: company CNPJ, workers with RG/CPF/birth date,
  vehicles and drivers' CNH), an NR-35 / NR-12 attendance list scanned with OCR confusions and
  the e-mail to the training company, an ethics/safety hotline web-form export (origin IP,
  identified or anonymous reporter), the minutes (ata) of an ordinary CIPA meeting.
- juridico: a labour claim over insalubridade / equiparação / shift overtime (qualification with
  PIS, CPF, RG, sometimes título and birth date; witness list), an expert's insalubridade report
  (perito and assistants with CREA / MTE registrations, measurements table), minutes of a
  hearing with witnesses qualified, a settlement petition (worker's account or random Pix key,
  law firm's account), an in-house lawyer's e-mail thread about a press amputation (CAT, BO,
  widow's phone and address, company car plate), a labour-inspection notice (auto de infração)
  listing workers with CPF and PIS, a contractor service agreement with SST clauses and the
  e-signature log (e-mails, IPs).
- saude: an ASO (examining and PCMSO doctors with CRM), a CAT transcribed from eSocial S-2210
  (victim, mother, witnesses with addresses, the certifying doctor), a PCMSO periodic-exam
  convocation CSV, an occupational audiometry report (speech therapist with CRFa; CNS in half
  of them), the plant infirmary's log book (OCR), the SESMT nurse's e-mail to a worker returning
  from INSS leave (sick notes with CRM and ICD-10), an ER record after a fall from height (CNS,
  SAMU ambulance plate).
- financeiro: a shift payroll CSV (CPF, PIS, agency and account), an OCR'd payslip, a corrective
  maintenance work order closed with a contractor's invoice (Pix random key, account or boleto),
  a safety technician's travel expense report (corporate card numbers, full or masked), a
  termination statement (TRCT), a ficha de EPI with the payroll-deduction authorisation, a
  payment batch of freelance instructors (RPA; Pix keys that are random keys, e-mails or phones).

Conventions (the twentieth set's): PERSON covers the name only, never "Sr.", "Sr(a).", "Dra.",
"Dr(a).", "dona", "seu"; particles inside a name (de, da, do, dos, e) are part of it;
"SURNAME, Given" is one span; nicknames (Tião, Zé, Luizão, Nildo) and first names alone are
persons, also when a WhatsApp contact adds a role word ("Tião Manutenção": only "Tião").
Staff named in the text (vigilantes, supervisors, nurses, doctors, engineers, technicians,
lawyers, judges, auditors, analysts) are persons; logins ("soc.areboucas", "bsepulveda89"),
role labels ("Equipe de Compliance", "Técnico de segurança") and company names are not.
Corporate e-mails of people are EMAIL_ADDRESS; role mailboxes (sesmt@, dp@, juridico@,
contato@, trabalhista@) are not labelled. ADDRESS is street type + name + number + complement,
in full, abbreviated, ALL CAPS or lower case; not the neighbourhood, city, state or CEP (CEP is
BR_CEP); a company's seat ("com sede na Rodovia BR-381, km 231") is not labelled. Agency and
account are separate BANK_ACCOUNT spans; bank codes and names are not. DATE_OF_BIRTH only for
birth dates (nasc., DN, dt_nascimento, "nascido em"); admission, accident, exam, ASO due,
hearing and payment dates are not. PIX_KEY only for random (UUID) keys used as Pix keys; a Pix
key that is an e-mail or a phone takes that label. Masked values ("***.456.789-**", cards
with asterisks or "final 1234") are not labelled.
Decided here: PROFESSIONAL_ID covers the council registrations (CRM, COREN, CREA, OAB, CRFa,
CRQ) with their acronym and UF or region ("CRFa 2-12345", "CREA-SP 5062841937", "COREN/MG
123.456-ENF") and also the registration of safety technicians at the Ministry of Labour, which
plays the same role ("MTE/SP 0123456", "Reg. MTE PR 012345", "SRTE/RS 2658097"); the labour
inspector's CIF, employee "matrícula", CTPS number and series, CBO and CNAE codes, CA numbers of
PPE, ART, PT (work permit), OS/OM work-order numbers, CAT numbers, eSocial receipts, INSS
benefit (NB) and request numbers, Renavam, NF-e numbers, lock-out padlock numbers and badge
numbers are document or internal ids and are not labelled. CNPJs are BR_CNPJ whether of a
plant, clinic, contractor or law firm (numeric and 2026 alphanumeric). Vehicle plates are
LICENSE_PLATE whoever owns the vehicle (contractors' trucks, the company car, the SAMU
ambulance, a worker's own car). A street named as a place without a number (the queue "na
Barão de Mauá", the chartered bus stop "na Prudente de Morais", an accident "na Rua Barão de
Mauá") is neither ADDRESS nor PERSON. Names damaged by OCR in scanned pages (l for I, c for e, rn
for m) are labelled as they stand.

Names: Brazilian names of many origins (Portuguese common and regional, coined names such as
Lucivânia, Wemerson, Dheyson, Ketllyn, Jucivaldo; Italian, German, Japanese/Okinawan,
Lebanese, Korean, Chinese, Haitian, Senegalese, Angolan, Bolivian, indigenous, Jewish, Polish,
Venezuelan), well over a quarter of the name words rare or invented; names that are also words
(Rosa, Luz, Flor, Bento, Prudente, Amado, Vitória, Aurora, Branco, Glória, Dores, Severo,
Constante; surnames Caldeira, Serra, Ferro, Forte, Leal) next to the same words as words ("a
caldeira 2 desarmou", "o disco da serra", "faixa branca", "luz de emergência", "seria
prudente", "foi uma vitória", "ferro fundido") and in places, streets and companies (Presidente
Prudente, Bento Gonçalves, Santa Luz, Glória de Dourados, Rua Rosa Branca, Metalúrgica Prudente,
Fundição Caldeira & Serra, Papel e Celulose Luz do Sul, Hospital São Bento), which are not
persons. Forms: full, ALL CAPS without accents, lower case, first name alone, nicknames.

Hard negatives (never labelled): CNJ process numbers, 11-digit numbers failing the CPF check
(load schedules, Renavam, eSocial registrations, INSS requests, CNAB batches, SAP documents; the
script checks every 11-digit run outside a gold span), ICD-10 codes (S68.1, H83.3, T15.0, W23),
money, dB(A), IBUTG and audiometric thresholds, protocol, ticket, order, CAT, OS and contract
numbers, hashes and envelope UUIDs, company names with surnames (Caldeiraria Tenório ME,
Usinagem Perin & Tonon, Bandeira & Mourão Advocacia), laws and rules ("Lei 6.514/1977", "NR-15,
Anexo 3", "Súmula 448 do TST", "Lei 13.709/2018"), dates that are not birth dates.
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
SEED = 5454
OUT_NAME = "fiftyfourth.jsonl"

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
MON3 = ["JAN", "FEV", "MAR", "ABR", "MAI", "JUN", "JUL", "AGO", "SET", "OUT", "NOV", "DEZ"]

# --------------------------------------------------------------------------- name pools
# RARE_* hold uncommon, regional or coined names; main() prints their share of PERSON words.

PT_F = ["Adriana", "Cristina", "Fernanda", "Juliana", "Camila", "Luciana", "Sandra", "Simone", "Aline",
        "Gabriela", "Beatriz", "Mariana", "Letícia", "Isabela", "Priscila", "Rosângela", "Maria José", "Ana Paula",
        "Maria de Fátima", "Francisca", "Antônia", "Eduarda", "Valéria", "Cláudia", "Fabiana", "Vanessa", "Renata",
        "Márcia", "Kátia", "Lúcia", "Helena", "Jéssica", "Thaís", "Sueli", "Regina", "Ana Clara"]
RARE_F = ["Lucivânia", "Edjane", "Valdenora", "Gercilene", "Erenilda", "Zoraide", "Iranilde", "Joelma Cristiny",
          "Sheyla Kauanny", "Ketllyn", "Dalvanira", "Rosilda", "Marlene Jucá", "Cleonilde", "Eudóxia", "Ivonete",
          "Neuzeli", "Odete Ruth", "Quitéria", "Raíssa Vitória", "Solange Edite", "Tainara", "Uilma", "Valdelice",
          "Wilza", "Yolanda", "Zilmar", "Gildásia", "Josefa Benvinda", "Laudiceia", "Maricélia", "Nilzete",
          "Ozenilda", "Adelaide Jovita", "Eliúde", "Francislene"]
PT_M = ["Rodrigo", "Ricardo", "Eduardo", "Fábio", "Gustavo", "Rafael", "Thiago", "Diego", "Vinícius", "Leandro",
        "Roberto", "Antônio", "José Carlos", "João Batista", "Francisco", "Sebastião", "Raimundo", "Miguel",
        "Lucas", "Matheus", "Gabriel", "Daniel", "Anderson", "Edson", "Márcio", "Benedito", "Geraldo", "Marcelo",
        "Paulo", "Sérgio", "Luiz Carlos", "Cláudio", "André", "Jorge", "Manoel", "José"]
RARE_M = ["Wemerson", "Dheyson", "Ozimar", "Jucivaldo", "Lidiomar", "Cleidimar", "Maykon Douglas", "Wallyson",
          "Joelcy", "Edvaldo", "Gerson Alcides", "Itamar", "Josenildo", "Lindberg", "Nailton", "Orisvaldo",
          "Péricles", "Rubenildo", "Sinésio", "Teobaldo", "Uelder", "Valdivino", "Wanderson", "Zequias",
          "Adelmo", "Belarmino", "Crispim", "Deoclécio", "Everaldo", "Fagner", "Gedeão", "Hildebrando",
          "Isaías Jonatas", "Jeferson Kaio", "Kelvin", "Natanael"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Ferreira", "Ribeiro", "Almeida", "Rocha", "Dias",
          "Monteiro", "Cunha", "Barros", "Moreira", "Batista", "Fonseca", "Melo", "Tavares", "Farias", "Sampaio",
          "Pereira", "Costa", "Rodrigues", "Martins", "Carvalho", "Gomes", "Alves", "Araújo", "Barbosa",
          "Cardoso", "Mendes", "Nunes", "Pinto", "Ramos", "Teixeira", "Vieira", "Nascimento", "Machado"]
RARE_SUR = ["Tabajara", "Cordovil", "Mafra", "Calheiros", "Sepúlveda", "Pacheco Leme", "Arruda Botelho",
            "Tenório", "Brennand", "Uchôa", "Vilarouca", "Caminha", "Gusmão", "Albuquerque Maranhão", "Bandeira",
            "Cotrim", "Diógenes", "Estanislau", "Frota", "Girão", "Holanda Cavalcante", "Ilário", "Jereissati",
            "Lameira", "Mourão", "Nóbrega", "Ourém", "Pimenta Bueno", "Quaresma", "Rebouças", "Saboia", "Torquato",
            "Urtiga", "Vidigal", "Xaxá", "Zuza", "Aguiar Ramalho", "Bacurau"]
WORD_F = ["Rosa", "Luz", "Flor", "Vitória", "Aurora", "Glória", "Dores"]
WORD_M = ["Bento", "Prudente", "Amado", "Branco", "Severo", "Constante"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Bento", "Amado", "Luz", "Flores", "Caldeira", "Serra", "Ferro",
            "Torres", "Leal", "Forte", "Vitória", "Pinheiro", "Fontes"]
NICK = {"José Carlos": "Zé Carlos", "Francisco": "Chico", "Sebastião": "Tião", "Raimundo": "Mundico",
        "Antônio": "Tonho", "Benedito": "Dito", "Francisca": "Chica", "Maria José": "Zezé", "José": "Zé",
        "Manoel": "Neco", "João Batista": "Batista", "Luiz Carlos": "Luizão", "Maria de Fátima": "Fatinha",
        "Josenildo": "Nildo", "Orisvaldo": "Vadinho", "Valdivino": "Divino", "Belarmino": "Bela",
        "Deoclécio": "Cleço", "Wemerson": "Wem", "Rubenildo": "Rubão", "Hildebrando": "Brando",
        "Lucivânia": "Luci", "Valdenora": "Nora", "Gildásia": "Gil", "Erenilda": "Nilda", "Jucivaldo": "Juci",
        "Sinésio": "Nezinho", "Constante": "Tante", "Adelmo": "Delmo"}
FOREIGN = {
    "it": (["Giovanna", "Loredana", "Pia"], ["Aurelio", "Nazzareno", "Primo"],
           ["Scopel", "Dall'Agnol", "Benetti", "Tonon", "Zambon", "De Bortoli", "Perin"]),
    "de": (["Hildegard", "Ingrid", "Frieda"], ["Arno", "Wilmar", "Udo"],
           ["Schmitz", "Gräf", "Müller Kunz", "Hillesheim", "Schroeder", "Ternes", "Boeing"]),
    "jp": (["Akemi", "Yuriko", "Tomoko"], ["Massao", "Yoshio", "Katsumi"],
           ["Nakasone", "Kaneshiro", "Arakaki", "Teruya", "Fukuda", "Ogawa"]),
    "ar": (["Nawal", "Zahra", "Hayat"], ["Anis", "Rachid", "Toufic"],
           ["Mattar", "Rahal", "Daher", "Hajjar", "Farhat", "Bechara"]),
    "kr": (["Ji-yeon", "Seo-yun"], ["Hyun-woo", "Jin-ho"], ["Han", "Oh", "Seo", "Bae"]),
    "cn": (["Lijuan", "Fang"], ["Zhiwei", "Bo"], ["Xu", "Deng", "Guo", "Luo"]),
    "ht": (["Marjorie", "Guerda", "Nerlande"], ["Wilguens", "Jean-Wesley", "Dieuvenel"],
           ["Louissaint", "Estimé", "Charles", "Dorcéus", "Jean-Louis"]),
    "sn": (["Mariama", "Astou", "Binta"], ["Abdoulaye", "Pape", "Alioune"], ["Sarr", "Ba", "Cissé", "Diallo"]),
    "ao": (["Albertina Ndunduma", "Kieza"], ["Nzinga Manuel", "Lukeny"], ["Chipenda", "Kassoma", "Ngunga", "Lutumba"]),
    "bo": (["Sonia Wara", "Filomena", "Rosmery"], ["Wálter", "Hilarión", "Nestor"], ["Callisaya", "Huanca", "Limachi", "Copa"]),
    "in": (["Moara", "Araní", "Tainá"], ["Tuiuiú", "Ubiratã", "Kaiapy"], ["Baniwa", "Kaxinawá", "Fulni-ô", "Tikuna"]),
    "jw": (["Rebeca", "Judite", "Golda"], ["Menachem", "Elias", "Natan"], ["Goldfarb", "Steinbruch", "Lerner", "Wajnberg"]),
    "pl": (["Wanda", "Stefania"], ["Zbigniew", "Casimiro"], ["Nowak", "Zielinski", "Mazurek"]),
    "ve": (["Yusleidy", "Mariangel"], ["Yorbis", "Jhonder"], ["Guanipa", "Marcano", "Rondón"]),
}
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in ("ht", "sn", "ao", "in", "bo", "jw", "pl", "ve"):
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])
RARE.update(["Dall'Agnol", "Hillesheim", "Ternes", "Scopel", "Tonon", "Nakasone", "Kaneshiro", "Arakaki", "Teruya",
             "Rahal", "Daher", "Hajjar", "Bechara", "Nazzareno", "Wilmar", "Massao", "Toufic", "Anis", "Rachid"])

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Silva", "Rosa", "Luz", "Vitória", "Cunha", "Rocha", "Fonseca", "Serra", "Costa", "Mota"}
DO_SUR = {"Nascimento", "Carmo", "Amaral"}
DOS_SUR = {"Santos", "Anjos", "Reis"}


def particle(surname: str) -> str:
    if surname in DA_SUR:
        return "da"
    if surname in DO_SUR:
        return "do"
    if surname in DOS_SUR:
        return "dos"
    return "de"


DDDS = ["11", "12", "13", "15", "16", "17", "19", "21", "24", "27", "31", "32", "34", "35", "37", "41", "42",
        "43", "44", "47", "48", "51", "54", "55", "61", "62", "64", "65", "67", "71", "73", "75", "77", "79",
        "81", "82", "83", "85", "86", "91", "92", "94", "98"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Estrada", "Rodovia",
                "Praça", "Viela", "Largo"]
STREET_NAMES = ["Barão de Mauá", "dos Metalúrgicos", "Flor de Lis", "Prudente de Morais", "Bento Gonçalves",
                "Aurora", "Engenheiro Teobaldo Caminha", "Operário Zequias Mafra", "Rosa Branca", "Santa Luzia",
                "Vinte e Oito de Setembro", "das Caldeiras", "Doutor Péricles Uchôa", "Primeiro de Maio",
                "Getúlio Vargas", "Marechal Rondon", "das Fundições", "Irmã Dulce", "Coronel Tenório", "Castelo Branco",
                "Amado Batista", "Padre Belarmino Cotrim", "Dom Helder Câmara", "Tiradentes", "da Glória",
                "Luz Divina", "dos Ferroviários", "Professora Uilma Saboia", "São Bento", "Vitória Régia",
                "Nossa Senhora das Dores", "Visconde de Mauá", "Senador Vergueiro", "José Bonifácio"]
CITIES = [("Presidente Prudente", "SP"), ("Bento Gonçalves", "RS"), ("Vitória da Conquista", "BA"), ("Rio Branco", "AC"),
          ("Santa Luz", "BA"), ("Flores da Cunha", "RS"), ("Aurora", "CE"), ("Glória de Dourados", "MS"),
          ("Volta Redonda", "RJ"), ("Ipatinga", "MG"), ("Betim", "MG"), ("Contagem", "MG"), ("Camaçari", "BA"),
          ("Cubatão", "SP"), ("São Bernardo do Campo", "SP"), ("Sorocaba", "SP"), ("Jundiaí", "SP"), ("Limeira", "SP"),
          ("Joinville", "SC"), ("Jaraguá do Sul", "SC"), ("Caxias do Sul", "RS"), ("Canoas", "RS"), ("Ponta Grossa", "PR"),
          ("Araucária", "PR"), ("Serra", "ES"), ("Suape", "PE"), ("Cabo de Santo Agostinho", "PE"), ("Maracanaú", "CE"),
          ("Barcarena", "PA"), ("Manaus", "AM"), ("Anápolis", "GO"), ("Catalão", "GO"), ("Três Lagoas", "MS"),
          ("Sete Lagoas", "MG"), ("Itabira", "MG"), ("Americana", "SP"), ("Piracicaba", "SP")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN",
       "PB", "MT", "MS", "PI", "SE", "AL", "TO", "RO"]
BAIRROS = ["Distrito Industrial", "Vila Operária", "Jardim Aurora", "Cohab III", "Centro", "Vila Rosa", "Parque Bento",
           "Jardim das Flores", "Vila Luz", "Conjunto Metalúrgico", "Santa Luzia", "Jardim Vitória", "Boa Vista",
           "Vila Serra", "Alto da Glória", "Loteamento Primavera"]
PLANTS = ["Metalúrgica Prudente Ltda", "Cerâmica Aurora do Vale S.A.", "Fundição Caldeira & Serra Ltda",
          "Usina Bom Bento Açúcar e Etanol", "Frigorífico Rosa Branca S.A.", "Têxtil Amado Daher Ltda",
          "Papel e Celulose Luz do Sul S.A.", "Forjaria Vitória Ltda", "Plásticos Flor de Lis Ind. e Com.",
          "Química Leal Bastos S.A.", "Siderúrgica Torres Pinheiro", "Autopeças Scopel Ltda", "Vidros Glória Ind. Ltda",
          "Laticínios Serra Branca", "Embalagens Nakasone do Brasil"]
CONTRACTORS = ["Andaimes Ferro Forte Ltda", "Serra Montagens Industriais", "Caldeiraria Tenório ME",
               "Elétrica Uchôa & Filhos", "Refrigeração Polar Norte Ltda", "Limpeza Industrial Brilho Amado",
               "Pintura Industrial Mafra EPP", "Isolamentos Térmicos Cotrim", "Usinagem Perin & Tonon",
               "Guindastes Rondón Locações", "Montagens Hillesheim Ltda", "Jateamento Aurora Ltda"]
SECTORS = ["Prensas", "Fundição", "Caldeiraria", "Pintura", "Expedição", "Manutenção Mecânica", "Manutenção Elétrica",
           "Forno 2", "Laminação", "Utilidades", "Almoxarifado", "Estamparia", "Solda", "Envase", "Moagem",
           "ETE", "Logística", "Usinagem CNC", "Caldeira", "Ferramentaria"]
FUNCOES = ["Operador de Prensa", "Soldador", "Caldeireiro", "Eletricista de Manutenção", "Mecânico de Manutenção",
           "Auxiliar de Produção", "Operador de Empilhadeira", "Forneiro", "Pintor Industrial", "Ajudante Geral",
           "Operador de Caldeira", "Torneiro Mecânico", "Almoxarife", "Líder de Produção", "Montador de Andaime",
           "Operador de Ponte Rolante", "Técnico de Segurança do Trabalho", "Supervisor de Turno"]
CBOS = ["7842-05", "7243-15", "7244-40", "9511-05", "9113-05", "7842-05", "7821-05", "8621-10", "7233-10",
        "7170-20", "8621-20", "7212-15", "4141-05", "7102-05", "7153-15", "7822-20", "3516-05", "3910-25"]
EPIS = [("Protetor auricular tipo plug", "CA 5745"), ("Protetor auricular tipo concha", "CA 14235"),
        ("Luva de vaqueta", "CA 37981"), ("Luva nitrílica", "CA 28190"), ("Óculos de segurança incolor", "CA 10346"),
        ("Botina com biqueira de composite", "CA 42102"), ("Cinto paraquedista", "CA 35526"),
        ("Talabarte duplo em Y", "CA 41987"), ("Máscara PFF2", "CA 38503"), ("Avental de raspa", "CA 16225"),
        ("Capacete classe B com jugular", "CA 31469"), ("Protetor facial", "CA 19873"), ("Mangote de raspa", "CA 40112"),
        ("Respirador semifacial", "CA 7072"), ("Creme de proteção grupo 2", "CA 11091"), ("Perneira de raspa", "CA 23377")]
CIDS_ACID = ["S61.0", "S62.6", "S68.1", "S60.2", "T23.2", "S82.1", "S92.3", "S05.1", "T26.4", "S32.0", "S42.0",
             "S52.5", "T29.2", "S13.4", "S93.4", "S01.4"]
CIDS_OCUP = ["H83.3", "M54.5", "M65.4", "M75.1", "J68.0", "L24.9", "F43.1", "M77.1", "G56.0", "H91.9", "J45.0", "T67.0"]
CAUSAS = ["W23 (prensagem entre objetos)", "W13 (queda de estrutura)", "W31 (máquina não especificada)",
          "X04 (exposição a fogo/metal fundido)", "W11 (queda de escada)", "W20 (impacto por objeto lançado)",
          "W24 (contato com correia/polia)", "V98 (acidente com empilhadeira)"]
WORD_USES = ["a caldeira 2 desarmou às 3h", "o disco da serra estava sem coifa", "seria prudente parar a linha",
             "faixa branca de circulação apagada", "a luz de emergência do corredor queimou", "ferro fundido espirrou no piso",
             "o andaime ficou na área sem bloqueio", "foi uma vitória zerar os acidentes no trimestre",
             "a flor do ipê entupiu a calha do galpão", "torres de resfriamento em limpeza", "o leal cumprimento das NRs",
             "sinal verde da engenharia", "aurora de segunda o forno volta"]
LAWS = ["Lei 6.514/1977", "Portaria MTb 3.214/1978", "NR-15, Anexo 1", "NR-15, Anexo 3", "NR-12", "NR-35",
        "NR-06", "NR-07", "NR-09", "NR-05", "art. 189 da CLT", "art. 192 da CLT", "Súmula 448 do TST",
        "Lei 8.213/1991", "art. 7º, XXIII, da CF", "Decreto 3.048/1999", "Lei 13.709/2018", "NR-10", "NR-33",
        "Súmula 289 do TST", "OJ 173 da SDI-1"]


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
        return self.given.split()[0] if not self.given.startswith(("Maria d", "Ana C", "Jean-")) else self.given

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
            "lowshort": fold(p.short).lower(), "capsfirst": fold(p.first).upper()}[form]


def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def fmt_date(dd: int, mm: int, yy: int, fmt: str) -> str:
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}", "compact": f"{yy}{mm:02d}{dd:02d}",
            "short": f"{dd:02d}/{mm:02d}/{yy % 100:02d}", "long": f"{dd} de {MONTHS[mm - 1]} de {yy}",
            "dash": f"{dd:02d}-{mm:02d}-{yy}", "nopad": f"{dd}/{mm}/{yy}", "dot": f"{dd:02d}.{mm:02d}.{yy}",
            "mon": f"{dd:02d}{MON3[mm - 1]}{yy}", "caps": f"{dd} DE {fold(MONTHS[mm - 1]).upper()} DE {yy}"}[fmt]


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
        if r < 0.4:
            return self.pick(RARE_SUR)
        if r < 0.52:
            return self.pick(WORD_SUR)
        return self.pick(PT_SUR)

    def person(self, female: bool | None = None, origin: str | None = None, word: bool = False) -> Person:
        rng = self.rng
        female = rng.random() < 0.45 if female is None else female
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
                          f"{l}.{f}", f"{f}.{l}{self.ri(70, 99)}", f"{f}{l[:4]}", f"{f[0]}.{l}"])
        domain = domain or self.pick(["gmail.com", "gmail.com", "gmail.com", "hotmail.com", "yahoo.com.br",
                                      "outlook.com", "bol.com.br", "uol.com.br", "icloud.com", "live.com"])
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

    def masked_cpf(self) -> str:
        n = self.cpf_digits()
        return self.pick([f"***.{n[3:6]}.{n[6:9]}-**", f"{n[:3]}.***.***-{n[9:]}", f"***{n[3:9]}**"])

    def cnpj(self, style: str = "dot", alnum: bool | None = None) -> str:
        alnum = self.chance(0.25) if alnum is None else alnum
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
        style = style or self.pick(["dot", "dot", "raw"])
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
                "zero": f"0{ddd} {h}-{t}"}[style]

    def card(self, spaced: bool = True) -> str:
        b = self.pick(["4", "5", "5", "6"])
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
        if self.chance(0.1):
            return f"2804:{self.hexs(4)}:{self.hexs(4)}:{self.hexs(4)}::{self.hexs(3)}"
        first = self.pick([177, 179, 186, 187, 189, 191, 200, 201, 138, 152, 170, 45, 131, 143, 168])
        return f"{first}.{self.rng.randint(0, 255)}.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}"

    def lan_ip(self) -> str:
        return self.pick([f"10.{self.ri(0, 40)}.{self.ri(0, 255)}.{self.ri(1, 254)}",
                          f"192.168.{self.ri(0, 20)}.{self.ri(1, 254)}", f"172.{self.ri(16, 31)}.{self.ri(0, 255)}.{self.ri(1, 254)}"])

    def street_parts(self) -> tuple[str, str, str, str]:
        t = self.pick(STREET_TYPES)
        name = self.pick(STREET_NAMES)
        num = str(self.rng.randint(3, 3999)) if self.chance(0.9) else "s/n"
        comp = self.pick(["", "", "", "", f"apto {self.ri(11, 1204)}", f"casa {self.ri(1, 9)}", "casa dos fundos",
                          f"bloco {self.pick('ABCDE')} apto {self.ri(11, 408)}", "fundos", f"lote {self.ri(1, 40)}",
                          f"qd {self.ri(1, 40)} lt {self.ri(1, 30)}", "sobrado", f"casa {self.pick('ABC')}"])
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

    def dob(self, fmt: str | None = None, lo: int = 1958, hi: int = 2006) -> str:
        dd, mm, yy = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(lo, hi)
        fmt = fmt or self.pick(["br", "br", "br", "iso", "short", "long", "nopad", "dot"])
        return fmt_date(dd, mm, yy, fmt)

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        y = year or self.pick([2024, 2025, 2025, 2025])
        return fmt_date(self.rng.randint(1, 28), self.rng.randint(1, 12), y, fmt)

    def date_pair(self, fmt: str = "br", span: int = 6) -> tuple[str, str]:
        """Two close dates of the same month (start and end of a trip, a job)."""
        y, m, d = self.pick([2024, 2025, 2025]), self.ri(1, 12), self.ri(1, 28 - span)
        return fmt_date(d, m, y, fmt), fmt_date(d + self.ri(0, span), m, y, fmt)

    def old_date(self, fmt: str = "br") -> str:
        """Admission and similar past dates (never birth dates)."""
        return fmt_date(self.rng.randint(1, 28), self.rng.randint(1, 12), self.ri(2003, 2023), fmt)

    def hm(self) -> str:
        return f"{self.rng.randint(0, 23):02d}:{self.rng.randint(0, 59):02d}"

    def hms(self) -> str:
        return f"{self.rng.randint(0, 23):02d}:{self.rng.randint(0, 59):02d}:{self.rng.randint(0, 59):02d}"

    def times(self, n: int, lo: int = 6 * 3600, hi: int = 23 * 3600) -> list[str]:
        secs = sorted(self.rng.sample(range(lo, hi, 60), n))
        return [f"{x // 3600:02d}:{x % 3600 // 60:02d}" for x in secs]

    def money(self, lo: int = 20, hi: int = 50000) -> str:
        v = self.rng.randint(lo * 100, hi * 100)
        r, c = divmod(v, 100)
        return f"{r:,}".replace(",", ".") + f",{c:02d}"

    def cnj(self, seg: str | None = None) -> str:
        seg = seg or self.pick(["5.02", "5.15", "5.03", "5.04", "5.01", "5.09", "5.12", "5.05", "5.06", "5.17", "5.18"])
        return f"{self.d(7)}-{self.d(2)}.{self.rng.randint(2020, 2025)}.{seg}.{self.d(4)}"

    def protocol(self) -> str:
        return self.pick([f"{self.ri(2024, 2025)}{self.d(8)}", f"{self.d(3)}.{self.d(3)}.{self.d(3)}",
                          f"#{self.d(9)}", self.neg(12), f"CH-{self.d(7)}", f"{self.d(4)}/{self.ri(2024, 2025)}"])

    def matricula(self) -> str:
        return self.pick([self.d(6), f"{self.d(5)}-{self.d(1)}", f"0{self.d(5)}", f"M{self.d(5)}", self.d(7)])

    def os_num(self) -> str:
        return self.pick([f"OS-{self.ri(2024, 2025)}-{self.d(5)}", f"OM {self.d(8)}", f"OS {self.d(6)}", f"SS-{self.d(5)}"])

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
        if kind == "MTE":
            return self.pick([f"MTE/{uf} {self.d(7)}", f"Reg. MTE {uf} {self.d(6)}", f"MTE-{uf} {self.d(2)}.{self.d(4)}",
                              f"SRTE/{uf} {self.d(7)}"])
        if kind == "CRFa":
            return self.pick([f"CRFa {self.ri(1, 8)}-{self.d(5)}", f"CRFa-{self.ri(1, 8)} {self.d(5)}",
                              f"CRFa {self.ri(1, 8)}ª Região {self.d(5)}"])
        if kind == "CRQ":
            return self.pick([f"CRQ-{self.pick(['IV', 'II', 'III', 'V', 'X', 'XIII'])} {self.d(8)}", f"CRQ {self.d(2)}ª Região {self.d(8)}"])
        if kind == "CREFITO":
            return f"CREFITO-{self.ri(1, 18)} {self.d(6)}-F"
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dotted}", f"CRM-{uf} {n}"])


OCR_LETTERS = [("m", "rn"), ("rn", "m"), ("d", "cl"), ("e", "c"), ("í", "i"), ("ã", "a"), ("ç", "c"),
               ("é", "e"), ("I", "l"), ("u", "ii"), ("o", "0")]


def ocr(s: str, g: Gen, rate: float = 0.3) -> str:
    """Apply at most one or two letter confusions of a scanned page to a name or a word."""
    for _ in range(2):
        if not g.chance(rate):
            continue
        opts = [(a, b) for a, b in OCR_LETTERS if a in s and not (b == "0")]
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


def table_fixed(doc: Doc, cols: list[str], rows: list[list[tuple]], gap: str = "  ", rule: str = "-") -> None:
    """Fixed-width columns, a ruler under the header (rule="" for none)."""
    widths = [max([len(c)] + [len(r[k][0]) for r in rows]) for k, c in enumerate(cols)]
    doc.t(gap.join(c.ljust(w) for c, w in zip(cols, widths)).rstrip() + "\n")
    if rule:
        doc.t(gap.join(rule * w for w in widths) + "\n")
    for r in rows:
        for k, ((v, lab), w) in enumerate(zip(r, widths)):
            if k:
                doc.t(gap)
            if k == len(r) - 1:
                doc.e(v, lab)
            else:
                doc.cell(v, w, lab)
        doc.t("\n")


def table_box(doc: Doc, cols: list[str], rows: list[list[tuple]]) -> None:
    """+----+ boxed table as printed by a report tool."""
    widths = [max([len(c)] + [len(r[k][0]) for r in rows]) for k, c in enumerate(cols)]
    line = "+" + "+".join("-" * (w + 2) for w in widths) + "+\n"
    doc.t(line + "| " + " | ".join(c.ljust(w) for c, w in zip(cols, widths)) + " |\n" + line)
    for r in rows:
        doc.t("|")
        for (v, lab), w in zip(r, widths):
            doc.t(" ")
            doc.cell(v, w, lab)
            doc.t(" |")
        doc.t("\n")
    doc.t(line)


def corp_mail(p: Person, dom: str) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return f"{f}.{l}@{dom}"


def login(p: Person) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return f"{f[0]}{l}"


def dom_of(plant: str) -> str:
    w = [x for x in re.findall(r"\w+", fold(plant).lower()) if x not in ("ltda", "sa", "s", "a", "do", "de", "e", "ind", "com", "me", "epp")]
    return f"{w[0]}{w[1] if len(w) > 1 else ''}.com.br"


def brl(v: float) -> str:
    r, c = divmod(round(v * 100), 100)
    return f"{r:,}".replace(",", ".") + f",{c:02d}"


def jstr(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)[1:-1]


# =========================================================================== atendimento

def at_portaria(g: Gen) -> Doc:
    """Contractor access-control log of a plant gate (fixed-width table, vigilante's notes)."""
    doc = Doc()
    plant = g.pick(PLANTS)
    city, uf = g.city()
    vig = g.person(female=g.chance(0.3))
    doc.f("«pl» — «c»/«u»\nCONTROLE DE ACESSO DE TERCEIROS E VISITANTES   Portaria «p»   Data: «d»   Turno: «t»\n"
          "Vigilante: «v»   Posto: «s»\n\n",
          pl=plant, c=city, u=uf, p=g.pick(["1", "2 (carga/descarga)", "3 - Utilidades", "Principal"]), d=g.date("br"),
          t=g.pick(["A (06h-14h)", "B (14h-22h)", "C (22h-06h)", "ADM"]), v=P(name_form(g, vig, ["full", "caps", "short"])),
          s=f"VIG-{g.d(3)}")
    times = g.times(g.ri(5, 7), 6 * 3600, 20 * 3600)
    rows = []
    for hm in times:
        p = g.person(female=g.chance(0.2))
        kind = g.pick(["rg", "rg", "cpf", "cpf", "cnh"])
        docv = (g.rg(), "BR_RG") if kind == "rg" else ((g.cpf(), "BR_CPF") if kind == "cpf" else (g.cnh(), "BR_CNH"))
        host = g.person()
        out_h = f"{min(23, int(hm[:2]) + g.ri(1, 6)):02d}:{g.ri(0, 59):02d}" if g.chance(0.8) else "--:--"
        rows.append([V(hm), V(out_h), P(name_form(g, p, ["caps", "caps", "full", "short"])), V(kind.upper()), docv,
                     V(g.pick(CONTRACTORS)[:26]), (g.plate(), "LICENSE_PLATE") if g.chance(0.6) else V("—"),
                     P(name_form(g, host, ["short", "first", "capsshort", "full"])) if g.chance(0.25) else V(g.pick(SECTORS)[:14]),
                     V(g.pick(["OK", "OK", "OK", "venc.", "OK*"])), V(f"{g.d(4)}")])
    table_fixed(doc, ["ENT", "SAI", "NOME", "DOC", "NUMERO", "EMPRESA", "PLACA", "VISITADO/SETOR", "ASO", "CRACHA"], rows)
    late = rows[g.ri(0, len(rows) - 1)][2][0]
    doc.f("\nOcorrências:\n- «h» colaborador «n» com ASO vencido, liberado só p/ área administrativa após contato com o SESMT (ramal «r»).\n",
          h=g.hm(), n=P(late), r=g.d(4))
    if g.chance(0.6):
        drv = g.person(female=False)
        doc.f("- Caminhão «pl» da «co» aguardou na rua (fila na Barão de Mauá). Motorista «m», CNH «c», tel «t». "
              "NF «nf» conferida, agendamento «ag», Renavam «rv».\n",
              pl=(g.plate(), "LICENSE_PLATE"), co=g.pick(CONTRACTORS), m=P(name_form(g, drv, ["full", "caps"])),
              c=(g.cnh(), "BR_CNH"), t=(g.phone(), "PHONE_NUMBER"), nf=f"{g.d(3)}.{g.d(3)}", ag=doc.n11(g), rv=doc.n11(g))
    doc.f("- Lacre do portão «l» substituído. «w».\n", l=g.d(7), w=g.pick(WORD_USES[3:5] + ["sem alterações no restante do turno"]))
    return doc


def at_whats_turno(g: Gen) -> Doc:
    """WhatsApp export of the shift supervisors' group (passagem de turno)."""
    doc = Doc()
    plant = g.pick(PLANTS)
    sup = [g.person() for _ in range(4)]
    # how each member shows up in the export: a saved contact (name + role word), or a bare number
    shown = []
    for p in sup:
        k = g.pick([0, 1, 2, 3, 3, 3, 3])
        if k == 0:
            shown.append([P(p.nick), V(" " + g.pick(["Manutenção", "Turno C", "Forno", "Elétrica", "SESMT"]))])
        elif k == 1:
            shown.append([P(p.short)])
        elif k == 2:
            shown.append([P(p.first), V(" " + g.pick(["Sup B", "Prensas", "Expedição"]))])
        else:
            shown.append([(g.phone("plus"), "PHONE_NUMBER")])
    d = g.date("short")
    ts = g.times(g.ri(8, 12), 5 * 3600, 23 * 3600)
    doc.f("Conversa do WhatsApp com Sup. Turnos «pl»\n\n", pl=plant.split()[0] + " " + plant.split()[1])
    hurt = g.person(female=False)
    tech = g.person()
    msgs = [
        ("passando o turno: linha 3 rodou normal, «w». prensa 4 parada aguardando OS «os»", dict(w=g.pick(WORD_USES[:4]), os=g.os_num())),
        ("Pessoal, o «h» cortou a mão na rebarbadeira, levei no ambulatório. Enfermagem fez curativo, vai pra UPA. Abrir CAT",
         dict(h=P(g.pick([hurt.first, hurt.nick, hurt.short])))),
        ("Matrícula dele «m», CPF «c». Já mandei pro RH", dict(m=g.matricula(), c=(g.cpf(), "BR_CPF"))),
        ("Quem tá de sobreaviso na elétrica hj? O «t» não atende", dict(t=P(tech.first))),
        ("liga no particular dele «p»", dict(p=(g.phone(g.pick(["plain", "par", "raw", "dash"])), "PHONE_NUMBER"))),
        ("o caminhão da «co» placa «pl» tá no pátio desde as «hh», ninguém liberou", dict(co=g.pick(CONTRACTORS), pl=(g.plate(), "LICENSE_PLATE"), hh=g.hm())),
        ("<Mídia oculta>", {}),
        ("manda o endereço do «h» pro motorista levar o uniforme: «ad», «b»", dict(h=P(hurt.first), ad=(g.address(g.pick(["text", "low"])), "ADDRESS"), b=g.pick(BAIRROS))),
        ("CIPA pediu pra não mexer na área até a investigação. Técnico de segurança chega 7h", {}),
        ("vaquinha pro «h»: pix «px» (chave da esposa dele). qualquer valor ajuda", dict(h=P(hurt.nick), px=(g.uuid(), "PIX_KEY"))),
        ("meu número novo é «n2», salva aí. o antigo «n3» foi clonado", dict(n2=(g.phone(g.pick(["plain", "raw", "par"])), "PHONE_NUMBER"),
                                                                              n3=(g.phone(g.pick(["plain", "raw", "dash"])), "PHONE_NUMBER"))),
        ("Ok. Caldeira 1 com pressão baixa, avisei «ar» «x»", dict(ar=(xp := g.person()).o, x=P(xp.nick))),
        ("Essa mensagem foi apagada", {}),
        ("bom dia, assumindo. «w2» 👍", dict(w2=g.pick(["Seria prudente reforçar o DDS hoje", "luz de emergência já trocada", "vitória, zero ocorrência no C"]))),
    ]
    order = [0] + sorted(g.rng.sample(range(1, len(msgs)), min(len(ts), len(msgs)) - 1))
    for i, hm in enumerate(ts[:len(order)]):
        body, vals = msgs[order[i]]
        who = shown[g.ri(0, 3)] if i else shown[0]
        doc.f("«d» «h» - ", d=d, h=hm)
        for part in who:
            doc.e(*part) if part[1] else doc.t(part[0])
        doc.t(": ")
        doc.f(body + "\n", **vals)
    return doc


def at_chamado_rh(g: Gen) -> Doc:
    """HR service-desk ticket: a shift worker asks about insalubridade in his payslip and updates his records."""
    doc = Doc()
    plant = g.pick(PLANTS)
    dom = dom_of(plant)
    w = g.person()
    att = g.person()
    city, uf = g.city()
    doc.f("Chamado «n» (protocolo ANS-RH «pa») | Portal do Colaborador › Folha de Pagamento › Adicionais\nAberto por: «lg» (via totem «tt») em «d» «h»\n"
          "Status: Em atendimento   Fila: DP-Turnos   Responsável: «at»\n\n---- Descrição ----\n",
          n=g.protocol(), pa=doc.n11(g, dotted=g.chance(0.3)), lg=login(w) + g.d(2), tt=f"TOT-{g.d(2)}", d=g.date("br"), h=g.hm(), at=P(att.full))
    doc.f("boa tarde, meu nome e «nm», matricula «m», trabalho no «s» turno «t». no holerite de «mes» nao veio o adicional de "
          "insalubridade de 40% e o tecnico «tc» falou que o forno e grau maximo. meu cpf «c» pis «p».\n"
          "aproveitando, mudei de endereço: «ad», «b», «ci»-«u» CEP «cep». celular novo «tel» e email «em»\n",
          nm=P(name_form(g, w, ["low", "full", "plain"])), m=g.matricula(), s=fold(g.pick(SECTORS)).lower(), t=g.pick("ABC"),
          mes=g.pick(MONTHS), tc=P(g.person().first), c=(g.cpf(), "BR_CPF"), p=(g.pis(), "BR_PIS"),
          ad=(g.address(g.pick(["low", "text"])), "ADDRESS"), b=g.pick(BAIRROS), ci=city, u=uf, cep=(g.cep(), "BR_CEP"),
          tel=(g.phone(), "PHONE_NUMBER"), em=(g.email(w), "EMAIL_ADDRESS"))
    if g.chance(0.7):
        doc.f("segue tbm titulo de eleitor «te» que o RH pediu na admissão\n", te=(g.titulo(), "BR_TITULO_ELEITOR"))
    doc.f("\n---- Interação «d» (Analista) ----\nOlá, «f»! Verifiquei com o SESMT: o LTCAT «y» classifica o GHE «ghe» do «s» em grau médio (20%), "
          "conforme «lw». A diferença que você comentou está em análise com a «eng» (Eng. Segurança, «crea»). "
          "Atualizei endereço e telefone no cadastro; o e-mail pessoal só muda pelo app. "
          "Qualquer coisa pode falar comigo em «am» ou no ramal «r».\nAtt.,\n«att»\nDepartamento Pessoal — «pl»\n",
          d=g.date("br"), f=P(w.first), y=g.ri(2022, 2025), ghe=f"{g.ri(1, 19):02d}", s=g.pick(SECTORS), lw=g.pick(LAWS[2:4]),
          eng=P(g.person(female=True).full), crea=(g.council("CREA"), "PROFESSIONAL_ID"),
          am=(corp_mail(att, dom), "EMAIL_ADDRESS"), r=g.d(4), att=P(att.short), pl=plant)
    doc.f("\n---- Nota interna (não visível ao colaborador) ----\nCPF «mc» conferido no eSocial, recibo S-2200 «rc». Não reabrir pelo dp@«dm».\n",
          mc=g.masked_cpf(), rc=f"1.1.{g.d(19)}", dm=dom)
    return doc


def at_integracao(g: Gen) -> Doc:
    """Contractor onboarding form (integração de segurança de terceiros) as filled in and scanned."""
    doc = Doc()
    plant = g.pick(PLANTS)
    co = g.pick(CONTRACTORS)
    resp = g.person()
    tst = g.person()
    city, uf = g.city()
    doc.f("FICHA DE INTEGRAÇÃO DE EMPRESA CONTRATADA - SESMT «pl»\nRev. «rv» | FOR-SST-«fn»\n\n"
          "1. EMPRESA\nRazão social: «co»          CNPJ: «cn»\nEndereço: conforme contrato    Pedido de compra: «pc»\n"
          "Responsável no local: «r»   Fone: «tr»   E-mail: «er»\n"
          "Técnico de Segurança da contratada: «t» - «mte»\n"
          "Serviço: «sv»     Período: «d1» a «d2»\nPermissão de Trabalho: PT-«pt»   ART «art»\n\n2. COLABORADORES\n",
          pl=plant.upper(), rv=f"{g.ri(0, 9):02d}", fn=g.d(3), co=co.upper(), cn=(g.cnpj(), "BR_CNPJ"), pc=f"45{g.d(8)}",
          r=P(name_form(g, resp, ["caps", "full"])), tr=(g.phone(), "PHONE_NUMBER"), er=(g.email(resp, dom_of(co) if g.chance(0.5) else None), "EMAIL_ADDRESS"),
          t=P(tst.full), mte=(g.council("MTE"), "PROFESSIONAL_ID"),
          sv=g.pick(["montagem de andaime fachadeiro no galpão 3", "troca de telhas (NR-35)", "manutenção do forno de recozimento",
                     "limpeza de silo (espaço confinado, NR-33)", "instalação de proteções fixas na prensa 7 (NR-12)"]),
          d1=g.date("br"), d2=g.date("br"), pt=g.d(5), art=g.d(13))
    rows = []
    for _ in range(g.ri(4, 7)):
        p = g.person(female=g.chance(0.15))
        rows.append([P(name_form(g, p, ["caps", "caps", "full"])), (g.rg(), "BR_RG") if g.chance(0.8) else V(""),
                     (g.cpf(), "BR_CPF"), (g.dob("br"), "DATE_OF_BIRTH"),
                     V(g.pick(FUNCOES)[:22]), V(g.date("short")), V(g.pick(["NR-35", "NR-35/NR-18", "NR-33", "NR-12", "NR-10/35"]))])
    table_fixed(doc, ["NOME", "RG", "CPF", "NASC.", "FUNÇÃO", "ASO", "TREIN."], rows, gap=" | ", rule="=")
    doc.t("\n3. VEÍCULOS / EQUIPAMENTOS\n")
    for _ in range(g.ri(1, 2)):
        dr = g.person(female=False)
        doc.f("Placa «pl»   Modelo «m»   Condutor «c»   CNH «cnh» cat. «cat»\n",
              pl=(g.plate(), "LICENSE_PLATE"), m=g.pick(["Munck 12t", "VW Delivery", "Fiorino", "Caminhonete S10", "Plataforma elevatória"]),
              c=P(name_form(g, dr, ["short", "caps"])), cnh=(g.cnh(), "BR_CNH"), cat=g.pick(["C", "D", "E", "AE"]))
    doc.f("\nIntegração ministrada por «i» em «d» (carga 4h). Observação: «ob»\n"
          "Visto SESMT: «v» — «c2»\n",
          i=P(g.person().full), d=g.date("br"), ob=g.pick(["colaborador sem NR-35 válida impedido de subir.", "todos aptos.",
                                                            "falta ASO do ajudante, entregar até amanhã.", WORD_USES[6]]),
          v=P(g.person().short), c2=(g.council("MTE"), "PROFESSIONAL_ID"))
    return doc


def at_treinamento(g: Gen) -> Doc:
    """Attendance list of an NR-35 / NR-12 training (OCR of the signed sheet) and the e-mail to the training company."""
    doc = Doc()
    plant = g.pick(PLANTS)
    nr = g.pick(["NR-35 Trabalho em Altura (8h) - Reciclagem", "NR-12 Segurança em Máquinas e Equipamentos (16h)",
                 "NR-35 Trabalho em Altura (8h) - Inicial", "NR-12 Prensas e Similares - Operadores (8h)"])
    inst = g.person()
    city, uf = g.city()
    doc.f("LISTA DE PRESENÇA — TREINAMENTO\nCurso: «nr»\nLocal: Sala de treinamento «pl», «c»/«u»   Data: «d»   Horário: 08:00 às 17:00\n"
          "Instrutor: «i» - Eng. Seg. Trabalho «cr»\n\n",
          nr=nr, pl=plant, c=city, u=uf, d=g.date("br"), i=P(name_form(g, inst, ["full", "caps"])), cr=(g.council("CREA"), "PROFESSIONAL_ID"))
    doc.t("Nº  NOME                                  RG              CPF              SETOR              ASSINATURA\n")
    nrows = g.ri(4, 7)
    for k in range(nrows):
        p = g.person(female=g.chance(0.2))
        nm = ocr(name_form(g, p, ["caps", "caps", "full", "plain"]), g, 0.25)
        doc.f("«k»  ", k=f"{k + 1:02d}")
        doc.e(nm, "PERSON").t(" " * max(2, 38 - len(nm)))
        if g.chance(0.8):
            doc.cell(g.rg(), 16, "BR_RG")
        else:
            doc.cell("", 16)
        if g.chance(0.85):
            doc.cell(g.cpf(), 17, "BR_CPF")
        else:
            doc.cell("", 17)
        doc.cell(g.pick(SECTORS)[:18], 19)
        doc.t(g.pick(["~~~~~~~~", "[assinado]", "(ilegível)", "", "~~ ~~~~"]) + "\n")
    doc.f("\nAvaliação: «ap» aprovados / «rp» reprovado(s) (nota mínima 7,0). «obs»\n\n",
          ap=nrows - (rp := g.ri(0, 1)), rp=rp, obs=g.pick(["Prática no pórtico de treinamento com cinto paraquedista CA 35526.",
                                                    "Prática na prensa 3 com bloqueio (LOTO) cadeado nº 44.", ""]))
    sec = g.person(female=True)
    cia = g.pick(["Treinar SST Consultoria", "Altura Segura Treinamentos", "Instituto Flor de Lis de Capacitação", "NR Fácil Cursos"])
    doc.f("-----Mensagem original-----\nDe: «s» <«se»>\nPara: contato@«cd»\nCc: «cc»\nAssunto: Certificados turma «tu»\n\n"
          "Boa tarde «ic», segue lista digitalizada. Favor emitir os certificados com nome completo e CPF conforme a lista. "
          "O participante nº «a» faltou no período da tarde, não emitir o dele. Pagamento da NF será pelo financeiro em 28 dias (pedido «pc»).\n\n"
          "«s2»\nAnalista de Treinamento | Tel. «t»\n",
          s=P(sec.full), se=(corp_mail(sec, dom_of(plant)), "EMAIL_ADDRESS"), cd=fold(cia.split()[0]).lower() + "sst.com.br",
          cc="sesmt@" + dom_of(plant), tu=f"{g.d(3)}/{g.ri(2024, 2025)}", ic=P(inst.first), a=f"0{g.ri(1, 4)}",
          pc=f"45{g.d(8)}", s2=P(sec.short), t=(g.phone(mobile=False), "PHONE_NUMBER"))
    return doc


def at_ouvidoria(g: Gen) -> Doc:
    """Ethics / safety hotline export (web form) and the compliance analyst's reply."""
    doc = Doc()
    plant = g.pick(PLANTS)
    ident = g.chance(0.6)
    rep = g.person()
    boss = g.person(female=g.chance(0.2))
    an = g.person()
    mgr = g.person()
    doc.f("=== CANAL DE ÉTICA E SEGURANÇA — EXPORTAÇÃO ===\nProtocolo: «pr»\nRecebido em: «d» «h» (UTC-3)\nCanal: formulário web\n"
          "IP de origem: «ip»\nUser-Agent: Mozilla/5.0 (Linux; Android 13; SM-A«ua») Chrome/«v»\nUnidade: «pl»\n",
          pr=f"ETC-{g.ri(2024, 2025)}-{g.d(6)}", d=g.date("br"), h=g.hms(), ip=(g.ip(), "IP_ADDRESS"),
          ua=g.d(3), v=f"{g.ri(110, 131)}.0.{g.d(4)}.{g.d(2)}", pl=plant)
    if ident:
        doc.f("Identificação: SIM\nNome: «n»\nTelefone: «t»\nE-mail: «e»\n",
              n=P(name_form(g, rep, ["full", "low", "caps"])), t=(g.phone(), "PHONE_NUMBER"), e=(g.email(rep), "EMAIL_ADDRESS"))
    else:
        doc.t("Identificação: ANÔNIMO\n")
    coworker = g.person(female=False)
    doc.t("Categoria: Condição insegura / assédio\n\nRelato:\n")
    # relato body, written by the reporter
    doc.f("o supervisor «b» do turno «t» manda a gente subir na ponte rolante sem cinto e sem PT, falou que quem reclamar vai pro olho da rua. "
          "semana passada o «c» quase caiu da escada do mezanino. ja falei com o cipeiro «ci» mas nada mudou. "
          "tambem estao marcando hora extra no banco de horas sem a gente saber. «w»\n",
          b=P(name_form(g, boss, ["full", "short", "first", "nick"])), t=g.pick("ABC"), c=P(name_form(g, coworker, ["first", "nick", "short"])),
          ci=g.pick(["do setor", "do turno", "da bancada"]), w=g.pick(["", "tenho foto no celular.", "seria prudente alguem vir ver de madrugada.", "nao quero ser identificado pro supervisor"]))
    doc.f("---\nTriagem («d»): «a» (Compliance) — Risco: ALTO. Encaminhado a «s» (Gerente SESMT, «se») e RH. "
          "Investigação nº INV-«i». Prazo de retorno ao denunciante: 30 dias.\n",
          d=g.date("br"), a=P(an.full), s=P(mgr.short), se=(corp_mail(mgr, dom_of(plant)), "EMAIL_ADDRESS"), i=g.d(5))
    if ident:
        doc.f("Resposta enviada ao denunciante: \"Olá «f», recebemos seu relato e ele será tratado com sigilo. Não há retaliação "
              "permitida (Código de Conduta, item 7). Att., Equipe de Compliance\"\n", f=P(rep.first))
    else:
        doc.f("Resposta publicada no protocolo (sem identificação). Responsável: «a2».\n", a2=P(an.short))
    return doc


def at_cipa(g: Gen) -> Doc:
    """Minutes of an ordinary CIPA meeting (ata), with members, accidents of the month and signatures."""
    doc = Doc()
    plant = g.pick(PLANTS)
    city, uf = g.city()
    pres, vice, sec = g.person(), g.person(), g.person(female=True)
    members = [g.person() for _ in range(g.ri(2, 3))]
    gest = f"{(gy := g.ri(2024, 2025))}/{gy + 1}"
    doc.f("ATA DA «n»ª REUNIÃO ORDINÁRIA DA CIPA — GESTÃO «ge»\n«pl» — «c»/«u»\n\n"
          "Aos «dd» dias do mês de «mm» de «yy», às «h», na sala de reuniões do prédio administrativo, reuniram-se os membros da "
          "Comissão Interna de Prevenção de Acidentes e de Assédio: «p» (Presidente, indicado pelo empregador), «v» "
          "(Vice-Presidente, eleito), «s» (Secretária) e os ",
          n=g.ri(2, 11), ge=gest, pl=plant, c=city, u=uf, dd=g.ri(2, 28), mm=g.pick(MONTHS), yy=g.ri(2024, 2025), h=f"{g.ri(8, 16)}h{g.pick(['00', '30', '15'])}",
          p=P(pres.full), v=P(vice.full), s=P(sec.full))
    doc.t("demais titulares e suplentes relacionados na lista de presença")
    doc.t(". Ausências justificadas conforme lista de presença anexa.\n\n")
    vic = g.person(female=False)
    doc.f("1) ACIDENTES DO PERÍODO. Foi relatado o acidente típico com o colaborador «v», «fn», do setor «st», em «d», "
          "com lesão em «lp» (CID «cid»), CAT nº «cat» emitida pelo SESMT. Causa provável: «ca». "
          "«o» membro «m» informou que a proteção móvel estava sem intertravamento, em desacordo com a «nr». "
          "Houve ainda «k» incidente(s) sem afastamento registrados no livro do ambulatório.\n\n",
          v=P(name_form(g, vic, ["full", "caps"])), fn=g.pick(FUNCOES).lower(), st=g.pick(SECTORS), d=g.date("br"),
          lp=g.pick(["mão esquerda", "dedo médio direito", "antebraço", "pé direito", "região lombar", "olho esquerdo"]),
          cid=g.pick(CIDS_ACID), cat=f"{g.d(4)}.{g.d(3)}.{g.d(3)}-{g.d(1)}/{g.d(2)}", ca=g.pick(CAUSAS),
          o="A" if members[0].female else "O", m=P(members[0].first), nr=g.pick(["NR-12", "NR-12, item 12.5.1", "NR-35"]), k=g.ri(0, 4))
    doc.f("2) INSPEÇÕES. Mapa de riscos do galpão «gp» atualizado. Pendências: «pd»; «pd2». "
          "Responsável pela cobrança junto à manutenção: o membro indicado pela bancada dos empregados (OS «os»).\n\n",
          gp=g.ri(1, 6), pd=g.pick(WORD_USES[:7]), pd2=g.pick(["extintor vencido no corredor C", "chuveiro lava-olhos sem água",
                                                               "guarda-corpo solto na plataforma do silo"]),
          os=g.os_num())
    guest = g.person()
    doc.f("3) SIPAT. Definida para a semana de «d». Palestra confirmada com «gs» («tema»). Orçamento de R$ «v» aprovado pela "
          "gerência. A camiseta será na cor «cor».\n\n",
          d=g.date("br"), gs=P(guest.full), tema=g.pick(["saúde mental e assédio", "ergonomia", "prevenção de quedas", "AIDS e ISTs"]),
          v=g.money(800, 9000), cor=g.pick(["branca", "rosa", "laranja", "verde"]))
    doc.t("Nada mais havendo, eu, secretária, lavrei a presente ata, que vai assinada pelos presentes.\n\n"
          "(assinaturas na lista de presença — FOR-SST-021)\n")
    return doc


# =========================================================================== juridico

def qualif(g: Gen, doc: Doc, p: Person, caps: bool = True, dob: bool = False, titulo: bool = False, email: bool = True) -> None:
    """Qualification paragraph of a party or witness in a labour-court filing."""
    city, uf = g.city()
    doc.f("«n», «nac», «ec», «fn», portador«a» da CTPS nº «ct» série «se», PIS/NIT «pis», CPF «cpf», RG «rg» SSP/«uf»",
          n=P(p.caps if caps else p.full), nac="brasileir" + p.o, ec=g.pick(["casad" + p.o, "solteir" + p.o, "divorciad" + p.o, "em união estável"]),
          fn=g.pick(FUNCOES).lower(), a="a" if p.female else "", ct=g.d(7), se=f"{g.d(4)}-{g.pick(UFS)}",
          pis=(g.pis(), "BR_PIS"), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), uf=g.pick(UFS))
    if titulo:
        doc.f(", título de eleitor «t»", t=(g.titulo(), "BR_TITULO_ELEITOR"))
    if dob:
        doc.f(", nascid«o» em «d»", o=p.o, d=(g.dob(g.pick(["br", "long"])), "DATE_OF_BIRTH"))
    doc.f(", residente e domiciliad«o» na «ad», «b», «c»/«u», CEP «cep»", o=p.o,
          ad=(g.address(g.pick(["text", "text", "caps"])), "ADDRESS"), b=g.pick(BAIRROS), c=city, u=uf, cep=(g.cep(), "BR_CEP"))
    if email:
        doc.f(", e-mail «e», telefone «t»", e=(g.email(p), "EMAIL_ADDRESS"), t=(g.phone(), "PHONE_NUMBER"))


def ju_peticao(g: Gen) -> Doc:
    """Labour claim (reclamação trabalhista) over insalubridade, periculosidade and shift overtime."""
    doc = Doc()
    plant = g.pick(PLANTS)
    city, uf = g.city()
    rec = g.person(female=g.chance(0.25))
    adv = [g.person() for _ in range(g.ri(1, 2))]
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) JUIZ(A) DO TRABALHO DA «v»ª VARA DO TRABALHO DE «c»/«u»\n\n\n",
          v=g.ri(1, 6), c=fold(city).upper(), u=uf)
    qualif(g, doc, rec, caps=True, dob=g.chance(0.4), titulo=g.chance(0.5))
    doc.t(", por seus advogados que esta subscrevem (procuração anexa), com escritório indicado no rodapé, vem propor\n\n"
          "RECLAMAÇÃO TRABALHISTA pelo rito ordinário\n\nem face de ")
    doc.f("«pl», pessoa jurídica de direito privado, inscrita no CNPJ sob o nº «cn», com sede na Rodovia «rod», km «km», "
          "Distrito Industrial, «c»/«u», pelos fatos e fundamentos a seguir.\n\n",
          pl=plant.upper(), cn=(g.cnpj(), "BR_CNPJ"), rod=g.pick(["SP-330", "BR-116", "BR-381", "PE-060", "RS-122", "BR-040"]), km=g.ri(3, 290),
          c=city, u=uf)
    par = g.person(female=rec.female)
    doc.f("I — DO CONTRATO DE TRABALHO\nO(A) reclamante foi admitido(a) em «ad» para a função de «fn», laborando no setor de «st» em turnos "
          "ininterruptos de revezamento (6x2), até a dispensa sem justa causa em «dm». Último salário: R$ «sal».\n\n"
          "II — DA INSALUBRIDADE\nO ambiente era ruidoso (dosimetria do próprio PGR aponta «db» dB(A)) e quente (IBUTG de «ib» °C junto ao «eq»), "
          "sem fornecimento regular de EPI, conforme se vê das fichas de EPI com lacunas de «m1» a «m2». Faz jus ao adicional em grau máximo "
          "(«l1»; «l2»), com reflexos.\n\n"
          "III — DA EQUIPARAÇÃO SALARIAL\nIndica como paradigma «pa», que exercia idêntica função no mesmo turno, com salário superior em R$ «dif». "
          "O encarregado «en» confirmava as atribuições.\n\n",
          ad=g.old_date("br"), fn=g.pick(FUNCOES).lower(), st=g.pick(SECTORS).lower(), dm=g.date("br"), sal=g.money(1800, 6500),
          db=f"{g.ri(86, 104)},{g.d(1)}", ib=f"{g.ri(26, 33)},{g.d(1)}", eq=g.pick(["forno de fusão", "forno 2", "vazamento de aço", "autoclave"]),
          m1=g.pick(MONTHS), m2=g.pick(MONTHS), l1=g.pick(LAWS[:4]), l2=g.pick(["art. 192 da CLT", "Súmula 448 do TST", "Súmula 289 do TST"]),
          pa=P(name_form(g, par, ["caps", "full"])), dif=g.money(200, 1500), en=P(name_form(g, g.person(female=False), ["full", "short", "nick"])))
    doc.f("IV — DOS PEDIDOS\na) adicional de insalubridade em grau máximo: R$ «a»;\nb) diferenças salariais por equiparação: R$ «b»;\n"
          "c) horas extras além da 6ª diária (Súmula 423 do TST): R$ «c»;\nd) honorários advocatícios de 15% (art. 791-A da CLT).\n\n"
          "Dá-se à causa o valor de R$ «tot».\n\nProtesta pela produção de prova pericial (art. 195 da CLT) e testemunhal. "
          "Requer que as intimações sejam feitas exclusivamente em nome de «a1».\n\n«c2», «d».\n\n",
          a=g.money(8000, 60000), b=g.money(3000, 40000), c=g.money(5000, 90000), tot=g.money(40000, 250000),
          a1=P(adv[0].full), c2=city, d=g.date("long"))
    for a in adv:
        doc.f("«n»\n«o»\n", n=P(name_form(g, a, ["caps", "full"])), o=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    if g.chance(0.7):
        doc.t("\nROL DE TESTEMUNHAS (comparecerão independentemente de intimação):\n")
        for k in range(g.ri(1, 3)):
            t = g.person()
            c2, u2 = g.city()
            doc.f("«k». «n», CPF «c», RG «r», residente na «ad», «ci»/«u», CEP «cep», tel. «t»;\n", k=k + 1,
                  n=P(name_form(g, t, ["caps", "full"])), c=(g.cpf(), "BR_CPF"), r=(g.rg(), "BR_RG"), ad=(g.address(), "ADDRESS"),
                  ci=c2, u=u2, cep=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"))
    esc = g.pick(["Bandeira & Mourão Advocacia Trabalhista", "Escritório Prudente Leal Advogados", "Rebouças, Torres e Aurora Advogados Associados"])
    doc.f("\n«e» | trabalhista@«d» | «t»\n", e=esc, d=fold(esc.split()[0]).lower().strip(",") + "adv.com.br", t=(g.phone(mobile=False), "PHONE_NUMBER"))
    return doc


def ju_laudo(g: Gen) -> Doc:
    """Expert report (laudo pericial) of insalubridade / periculosidade in a labour suit."""
    doc = Doc()
    plant = g.pick(PLANTS)
    city, uf = g.city()
    rec = g.person()
    perito = g.person()
    at1, at2 = g.person(), g.person()
    prep = g.person()
    cnj = g.cnj()
    doc.f("PODER JUDICIÁRIO — JUSTIÇA DO TRABALHO\nTRIBUNAL REGIONAL DO TRABALHO DA «r»ª REGIÃO\n«v»ª Vara do Trabalho de «c»\n\n"
          "Processo nº «cnj»\nReclamante: «rc» (CPF «rcpf»)\nReclamada: «pl» (CNPJ «pcn»)\n\nLAUDO PERICIAL DE INSALUBRIDADE E PERICULOSIDADE\n\n"
          "«pe», engenheiro(a) de segurança do trabalho, «cr», perito(a) nomeado(a) por este MM. Juízo, vem apresentar o laudo.\n\n",
          r=int(cnj.split(".")[3]), v=g.ri(1, 5), c=city, cnj=cnj, rc=P(name_form(g, rec, ["caps", "full"])), rcpf=(g.cpf(), "BR_CPF"), pl=plant.upper(),
          pcn=(g.cnpj(), "BR_CNPJ"), pe=P(perito.full), cr=(g.council("CREA"), "PROFESSIONAL_ID"))
    doc.f("1. DILIGÊNCIA\nRealizada em «d», às «h», nas dependências da reclamada. Acompanharam: o reclamante; «pr» (preposta, analista de RH); "
          "o assistente técnico da reclamada, «a1» («c1»); o assistente do reclamante, «a2» («c2»); e o advogado do reclamante («oab»). "
          "Foi entrevistado o líder de turno («li»), que confirmou a rotina descrita na inicial.\n\n",
          d=g.date("br"), h=g.hm(), pr=P(prep.full), a1=P(at1.full), c1=(g.council("CREA"), "PROFESSIONAL_ID"),
          a2=P(at2.full), c2=(g.council(g.pick(["CREA", "MTE"])), "PROFESSIONAL_ID"),
          oab=(g.council("OAB", uf), "PROFESSIONAL_ID"), li=g.pick(["turno A", "turno B", "turno C"]))
    doc.t("2. AVALIAÇÕES QUANTITATIVAS\n")
    rows = []
    for _ in range(g.ri(3, 5)):
        rows.append([V(g.pick(SECTORS)), V(g.pick(["Ruído (dB(A))", "Calor IBUTG (°C)", "Poeira respirável (mg/m³)", "Vibração VMB (m/s²)"])),
                     V(f"{g.ri(20, 105)},{g.d(1)}"), V(f"{g.ri(20, 90)},{g.d(1)}"), V(g.pick(["ACIMA", "abaixo", "ACIMA", "limítrofe"]))])
    table_box(doc, ["Local", "Agente", "Medido", "Limite", "Situação"], rows)
    doc.f("\nEquipamentos: dosímetro Quest Edge 5 nº série «s1» (certificado de calibração «s2»), medidor de stress térmico TGD-400.\n\n"
          "3. EPI\nAs fichas de EPI juntadas (fls. «f1»/«f2») registram protetor auricular «ca», com trocas irregulares; não há comprovação "
          "de treinamento (NR-06, item 6.6.1, «al»).\n\n4. CONCLUSÃO\nCaracterizada a insalubridade em grau «gr» («an») durante todo o "
          "pacto laboral. «pc» Valor dos honorários periciais estimados: R$ «hon».\n\n«c», «dl».\n\n«pe»\nPerito do Juízo — «cr»\n",
          s1=f"QE{g.d(6)}", s2=f"RBC-{g.d(5)}/{g.ri(23, 25)}", f1=g.ri(80, 300), f2=g.ri(301, 400), ca=g.pick(EPIS)[1],
          al=g.pick(["alínea b", "alínea c"]), gr=g.pick(["médio (20%)", "máximo (40%)"]), an=g.pick(LAWS[2:4]),
          pc=g.pick(["Não caracterizada a periculosidade.", "Caracterizada também a periculosidade (NR-16, Anexo 2) no abastecimento de GLP.",
                     "Periculosidade prejudicada: a reclamada não franqueou acesso à casa de caldeiras."]),
          hon=g.money(2500, 8000), c=city, dl=g.date("long"), pe=P(perito.short), cr=(g.council("CREA"), "PROFESSIONAL_ID"))
    return doc


def ju_ata(g: Gen) -> Doc:
    """Minutes of a labour-court hearing (ata de audiência de instrução) with witness qualification."""
    doc = Doc()
    plant = g.pick(PLANTS)
    city, uf = g.city()
    juiz = g.person()
    rec = g.person()
    prep = g.person()
    adr, adc = g.person(), g.person()
    doc.f("ATA DE AUDIÊNCIA\nPROCESSO: «cnj»\nCLASSE: AÇÃO TRABALHISTA - RITO ORDINÁRIO (985)\nRECLAMANTE: «r» - CPF: «rcpf»\nRECLAMADO: «pl» - CNPJ: «pcn»\n\n"
          "Em «d», na sala de sessões da «v»ª VARA DO TRABALHO DE «c», sob a direção do(a) Exmo(a). Juiz(a) «j», realizou-se "
          "audiência relativa ao processo identificado em epígrafe.\n\n"
          "Às «h», aberta a audiência, foram, de ordem do(a) Exmo(a). Juiz(a) do Trabalho, apregoadas as partes.\n"
          "Presente o(a) reclamante, acompanhado(a) do(a) advogado(a), Dr(a). «ar», «oa».\n"
          "Presente o preposto do reclamado, Sr(a). «p», CPF «pc», acompanhado(a) do(a) advogado(a), Dr(a). «ac», «oc».\n\n"
          "Conciliação rejeitada.\n\nDEPOIMENTO PESSOAL DO RECLAMANTE: que trabalhava no setor de «st»; que o protetor auricular era trocado "
          "a cada «n» meses; que o supervisor «su» dizia que «w». Nada mais.\n\n",
          cnj=g.cnj(), r=P(rec.caps), rcpf=(g.cpf(), "BR_CPF"), pl=plant.upper(), pcn=(g.cnpj(), "BR_CNPJ"), d=g.date("br"), v=g.ri(1, 5), c=fold(city).upper(),
          j=P(name_form(g, juiz, ["caps", "full"])), h=g.hm(), ar=P(adr.full), oa=(g.council("OAB", uf), "PROFESSIONAL_ID"),
          p=P(prep.full), pc=(g.cpf(), "BR_CPF"), ac=P(adc.full), oc=(g.council("OAB", g.pick(UFS)), "PROFESSIONAL_ID"),
          st=g.pick(SECTORS).lower(), n=g.ri(2, 6), su=P(name_form(g, g.person(), ["first", "nick", "short"])),
          w=g.pick(["seria prudente não reclamar", "EPI era luxo", "a meta era mais importante que o abafador"]))
    for k in range(g.ri(1, 2)):
        t = g.person()
        doc.f("«k»ª TESTEMUNHA DO «q»: ", k=k + 1, q=g.pick(["RECLAMANTE", "RECLAMADO"]))
        city2, uf2 = g.city()
        doc.f("«n», identidade nº «rg», CPF «cpf», nascid«o» em «dob», «fn», residente na «ad», «c»/«u». "
              "Advertid«o» e compromissad«o». Depoimento: que trabalhou com o reclamante de «a1» a «a2»; que «x». Nada mais.\n\n",
              n=P(t.caps), rg=(g.rg(), "BR_RG"), cpf=(g.cpf(), "BR_CPF"), o=t.o, dob=(g.dob("br"), "DATE_OF_BIRTH"),
              fn=g.pick(FUNCOES).lower(), ad=(g.address(g.pick(["text", "caps"])), "ADDRESS"), c=city2, u=uf2,
              a1=g.ri(2012, 2019), a2=g.ri(2020, 2025),
              x=g.pick([f"via o {rec.first} sem abafador no forno", "a ficha de EPI era assinada em branco no fim do mês",
                        "o técnico de segurança fazia DDS toda segunda", "a caldeira 2 vazava vapor perto do posto dele"]))
    doc.f("Encerrada a instrução. Razões finais remissivas. Conciliação final rejeitada.\nSentença em «d», às 16h59, "
          "com ciência das partes (Súmula 197 do TST).\nNada mais. Cientes os presentes.\n\n«j»\nJuiz(a) do Trabalho\n\n"
          "Assinado eletronicamente - «dt» - «id»\n",
          d=g.date("br"), j=P(juiz.full), dt=g.date("br") + " " + g.hms(), id=f"{g.hexs(7)}")
    return doc


def ju_acordo(g: Gen) -> Doc:
    """Joint settlement petition (acordo) with payment data for the worker and the lawyers."""
    doc = Doc()
    plant = g.pick(PLANTS)
    city, uf = g.city()
    rec = g.person()
    adr, adc = g.person(), g.person()
    doc.f("EXMO. SR. JUIZ DA «v»ª VARA DO TRABALHO DE «c» - «u»\n\nAutos nº «cnj»\n\n«r», CPF «cpf», e «pl», CNPJ «cn», "
          "por seus advogados, vêm requerer a HOMOLOGAÇÃO DO ACORDO nos seguintes termos:\n\n",
          v=g.ri(1, 5), c=fold(city).upper(), u=uf, cnj=g.cnj(), r=P(name_form(g, rec, ["caps", "full"])), cpf=(g.cpf(), "BR_CPF"),
          pl=plant, cn=(g.cnpj(), "BR_CNPJ"))
    n = g.ri(1, 6)
    tot = g.rng.uniform(9000, 120000)
    doc.f("1. A reclamada pagará ao reclamante a importância líquida de R$ «t» em «n» parcela(s) mensal(is) de R$ «p», vencendo-se a "
          "primeira em «d1».\n", t=brl(tot), n=n, p=brl(tot / n), d1=g.date("br"))
    if g.chance(0.55):
        doc.f("2. Os pagamentos serão feitos na conta do reclamante: Banco «b» (cód. «bc»), agência «ag», conta corrente «ct», "
              "de titularidade de «tit».\n",
              b=g.pick(["do Brasil", "Bradesco", "Itaú", "Caixa Econômica Federal", "Santander", "Sicredi", "Inter", "Nubank"]),
              bc=g.pick(["001", "237", "341", "104", "033", "748", "077", "260"]), ag=(g.agency(), "BANK_ACCOUNT"), ct=(g.account(), "BANK_ACCOUNT"),
              tit=P(name_form(g, rec, ["full", "caps"])))
    else:
        doc.f("2. Os pagamentos serão feitos via Pix para a chave aleatória «k», cadastrada em nome do reclamante (conf. extrato anexo), "
              "ou, na falha, na chave CPF.\n", k=(g.uuid(), "PIX_KEY"))
    doc.f("3. Honorários advocatícios de R$ «h» serão depositados na conta do escritório «es» (CNPJ «cne»), agência «ag» conta «ct».\n"
          "4. Natureza das verbas: «pi»% indenizatória (férias indenizadas, FGTS + 40%), «ps»% salarial (adicional de insalubridade), "
          "com recolhimento de INSS pela reclamada (Lei 8.212/1991).\n"
          "   Guia de depósito judicial já recolhida: ID «dj».\n"
          "5. Multa de 50% sobre o saldo em caso de atraso. Quitação do objeto do pedido e do extinto contrato de trabalho.\n"
          "6. Custas de R$ «cu» pelo reclamante, dispensadas (justiça gratuita).\n\n«c», «d».\n\n"
          "«ar» — «oa»\nAdvogado(a) do reclamante\n\n«ac» — «oc»\nAdvogado(a) da reclamada\n",
          dj=doc.n11(g), h=g.money(1500, 25000), es=g.pick(["Bandeira & Mourão Advocacia", "Saboia Quaresma Sociedade de Advogados", "Torres Leal Advogados"]),
          cne=(g.cnpj(), "BR_CNPJ"), ag=(g.agency(), "BANK_ACCOUNT"), ct=(g.account(), "BANK_ACCOUNT"), pi=g.ri(60, 95), ps=g.ri(5, 40),
          cu=g.money(200, 2400), c=city, d=g.date("long"), ar=P(adr.full), oa=(g.council("OAB", uf), "PROFESSIONAL_ID"),
          ac=P(adc.full), oc=(g.council("OAB", g.pick(UFS)), "PROFESSIONAL_ID"))
    if g.chance(0.5):
        doc.f("\n[Certidão] Certifico que o reclamante compareceu à secretaria em «d» e ratificou os termos, apresentando RG «rg».\n",
              d=g.date("br"), rg=(g.rg(), "BR_RG"))
    return doc


def ju_email_acidente(g: Gen) -> Doc:
    """Internal legal e-mail thread about a serious press accident (amputation), to external counsel."""
    doc = Doc()
    plant = g.pick(PLANTS)
    dom = dom_of(plant)
    jur = g.person(female=True)
    ext = g.person()
    vic = g.person(female=False)
    wife = g.relative(vic, female=True)
    sesmt = g.person()
    city, uf = g.city()
    doc.f("From: «j» <«je»>\nSent: «d» «h»\nTo: «x» <«xe»>\nCc: juridico@«dm»; «se»\nSubject: RES: Acidente grave prensa 7 - "
          "providências\n\nBom dia, Dr(a).\n\n",
          j=P(jur.full), je=(corp_mail(jur, dom), "EMAIL_ADDRESS"), d=g.date("br"), h=g.hm(), x=P(ext.full),
          xe=(g.email(ext, g.pick(["mouraoadv.com.br", "saboiaquaresma.adv.br", "torresleal.com.br"])), "EMAIL_ADDRESS"), dm=dom,
          se=(corp_mail(sesmt, dom), "EMAIL_ADDRESS"))
    doc.f("Resumo do que temos até agora:\n- Acidentado: «v», «fn», matrícula «m», admitido em «ad»; CPF «cpf».\n"
          "- Data/hora: «da» às «ha», prensa excêntrica 7 (sem cortina de luz, em adequação à NR-12 desde o TAC).\n"
          "- Lesão: amputação traumática de «dg» da mão «mao» (CID «cid»). Internado no Hospital «hp».\n"
          "- CAT emitida em «dc» (nº «cat»). Boletim de ocorrência «bo» na «dp»ª DP.\n"
          "- Fiscalização do MTE esteve aqui ontem; o auditor-fiscal interditou a prensa (termo de interdição nº «ti»).\n\n",
          v=P(name_form(g, vic, ["full", "short"])), fn=g.pick(FUNCOES).lower(), m=g.matricula(), ad=g.old_date("br"), cpf=(g.cpf(), "BR_CPF"),
          da=g.date("br"), ha=g.hm(), dg=g.pick(["dois dedos", "falange distal do indicador", "três dedos"]), mao=g.pick(["direita", "esquerda"]),
          cid=g.pick(["S68.1", "S68.2", "S68.0"]), hp=g.pick(["São Bento", "Santa Luzia", "Municipal Aurora", "da Glória"]), dc=g.date("br"),
          cat=f"{g.d(4)}.{g.d(3)}.{g.d(3)}-{g.d(1)}/{g.d(2)}", bo=f"{g.d(4)}/{g.ri(2024, 2025)}", dp=g.ri(1, 30),
          ti=f"{g.d(6)}/{g.ri(2024, 2025)}")
    doc.f("A esposa, «w», ligou no RH pedindo informação do seguro de vida (apólice «ap»). Telefone dela: «t». "
          "Ela deu o endereço da família para envio de documentos: «ad», «b», CEP «cep». "
          "Também pediu que o carro da empresa (placa «pl») busque o «vf» na alta.\n\n"
          "Minha preocupação é a ação regressiva do INSS (art. 120 da Lei 8.213/1991) e uma eventual ação de danos morais — "
          "já houve caso parecido no processo «cnj». Precisamos preservar o laudo da engenharia (engenheiro responsável, «cr»). Para o seguro, a data de nascimento dele é «dob» e o CPF da esposa é «cw».\n\n"
          "Abs,\n«js»\nAdvogada Interna | «pl2»\n«tel»\n",
          w=P(name_form(g, wife, ["full", "first"])), ap=g.d(10), t=(g.phone(), "PHONE_NUMBER"),
          ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), cep=(g.cep(), "BR_CEP"), pl=(g.plate(), "LICENSE_PLATE"), vf=P(vic.first),
          cnj=g.cnj(), dob=(g.dob("br"), "DATE_OF_BIRTH"), cw=(g.cpf(), "BR_CPF"), cr=(g.council("CREA"), "PROFESSIONAL_ID"), js=P(jur.short),
          pl2=plant, tel=(g.phone(mobile=False), "PHONE_NUMBER"))
    doc.f("«oa»\n\n________________________________\nFrom: «x» \nSent: «d»\n\n«jf», recebi. Preciso da ficha de EPI, do certificado "
          "NR-12 do operador e da última manutenção da prensa (OS «os»). Peço não conversar com a família sem alinhamento.\n«x2»\n",
          oa=(g.council("OAB", uf), "PROFESSIONAL_ID"), x=P(ext.full), d=g.date("br"), jf=P(jur.first), os=g.os_num(),
          x2=P(ext.first))
    return doc


def ju_auto(g: Gen) -> Doc:
    """Labour inspection notice (auto de infração) listing the workers found without registration / training."""
    doc = Doc()
    plant = g.pick(PLANTS)
    city, uf = g.city()
    af = g.person()
    doc.f("MINISTÉRIO DO TRABALHO E EMPREGO\nSecretaria de Inspeção do Trabalho\n\nAUTO DE INFRAÇÃO Nº «n»\n\n"
          "Empregador: «pl»\nCNPJ: «cn»\nCNAE: «cnae»\nLocal da inspeção: estabelecimento matriz, «c»/«u»\n"
          "Data/hora: «d» «h»\n\nEmenta: «em» — Capitulação: «cap».\n\nHISTÓRICO\n",
          n=f"{g.d(2)}.{g.d(3)}.{g.d(3)}-{g.d(1)}", pl=plant.upper(), cn=(g.cnpj(), "BR_CNPJ"), cnae=f"{g.d(2)}.{g.d(2)}-{g.d(1)}-{g.d(2)}",
          c=city, u=uf, d=g.date("br"), h=g.hm(),
          em=g.pick(["212029-0", "212166-0", "135212-5", "001727-1"]),
          cap=g.pick(["art. 157, inciso I, da CLT c/c item 12.5.1 da NR-12", "art. 157, I, CLT c/c item 35.3.2 da NR-35",
                      "art. 41, caput, da CLT", "art. 168 da CLT c/c item 7.5.7 da NR-07"]))
    doc.f("Em inspeção iniciada em «d», acompanhada pelo(a) técnico(a) de segurança «ts» e pela gerência industrial, constatou-se que "
          "os empregados abaixo relacionados operavam «eq» sem o treinamento exigido e/ou sem ASO admissional válido:\n\n",
          d=g.date("br"), ts=P(g.person().full),
          eq=g.pick(["prensas excêntricas de engate por chaveta", "plataforma elevatória a 9 m de altura", "serra circular sem coifa",
                     "ponte rolante de 10 t"]))
    rows = []
    for _ in range(g.ri(6, 9)):
        p = g.person()
        rows.append([P(name_form(g, p, ["caps", "caps", "full"])), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), (g.pis(), "BR_PIS"),
                     V(g.old_date("br")), V(g.pick(CBOS)), V(g.pick(["sem NR-12", "ASO vencido", "sem registro", "sem NR-35"]))])
    table_fixed(doc, ["Nome", "CPF", "PIS/NIT", "Admissão", "CBO", "Irregularidade"], rows, gap="  ")
    doc.f("\nFica o autuado notificado a apresentar defesa no prazo de 10 (dez) dias (art. 629, § 3º, da CLT), via sistema, "
          "sob o nº de processo «pr».\n\n«af»\nAuditor(a)-Fiscal do Trabalho — CIF «cif»\n\nRecebi a 2ª via em «d»: «rc» "
          "(RG «rg»), cargo «cg».\n",
          pr=f"{g.d(5)}.{g.d(6)}/{g.ri(2024, 2025)}-{g.d(2)}", af=P(af.full), cif=g.d(5) + "-" + g.d(1), d=g.date("br"),
          rc=P(g.person().full), rg=(g.rg(), "BR_RG"), cg=g.pick(["analista de RH", "gerente administrativo", "encarregada de DP"]))
    return doc


def ju_contrato(g: Gen) -> Doc:
    """Service contract with a contractor (SST clauses), its signatories and the e-signature log."""
    doc = Doc()
    plant = g.pick(PLANTS)
    co = g.pick(CONTRACTORS)
    city, uf = g.city()
    r1, r2, r3 = g.person(), g.person(), g.person()
    w1, w2 = g.person(), g.person()
    doc.f("CONTRATO DE PRESTAÇÃO DE SERVIÇOS Nº «n»\n\nCONTRATANTE: «pl», CNPJ «c1», neste ato representada por «a», CPF «ca», "
          "e «b», CPF «cb».\nCONTRATADA: «co», CNPJ «c2», com sede em «cc»/«uu», representada por seu sócio-administrador «r3», "
          "«nac», RG «rg», CPF «c3», residente na «ad», CEP «cep».\n\n",
          n=f"{g.d(3)}/{g.ri(2024, 2025)}", pl=plant.upper(), c1=(g.cnpj(), "BR_CNPJ"), a=P(r1.full), ca=(g.cpf(), "BR_CPF"),
          b=P(r2.full), cb=(g.cpf(), "BR_CPF"), co=co.upper(), c2=(g.cnpj(), "BR_CNPJ"), cc=city, uu=uf, r3=P(r3.full),
          nac="brasileir" + r3.o, rg=(g.rg(), "BR_RG"), c3=(g.cpf(), "BR_CPF"), ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"))
    doc.f("CLÁUSULA 1ª — OBJETO: «ob», conforme proposta técnica «pt».\nCLÁUSULA 2ª — PREÇO: R$ «v», pago em «p» medições.\n"
          "CLÁUSULA 5ª — SEGURANÇA E SAÚDE NO TRABALHO: A CONTRATADA obriga-se a cumprir as Normas Regulamentadoras, em especial a "
          "«nr», apresentando ASO, ficha de EPI e certificados de treinamento de todos os empregados antes da integração. "
          "Responsável técnico: «rt», «crea». Técnico de segurança residente: «ts» («mte»).\n"
          "CLÁUSULA 9ª — LGPD: as partes tratarão dados pessoais dos empregados nos termos da Lei 13.709/2018.\n\n"
          "«c», «d».\n\nTestemunhas:\n1. «w1» — CPF «cw1»\n2. «w2» — CPF «cw2»\n\n",
          ob=g.pick(["montagem e desmontagem de andaimes", "manutenção preventiva de caldeiras (NR-13)", "pintura de estruturas metálicas em altura",
                     "limpeza industrial de tanques e silos"]), pt=f"PT-{g.d(4)}/{g.ri(24, 25)}", v=g.money(20000, 900000), p=g.ri(2, 12),
          nr=g.pick(["NR-35", "NR-18 e a NR-35", "NR-12", "NR-33"]), rt=P(g.person().full), crea=(g.council("CREA"), "PROFESSIONAL_ID"),
          ts=P(g.person().short), mte=(g.council("MTE"), "PROFESSIONAL_ID"), c=city, d=g.date("long"),
          w1=P(w1.full), cw1=(g.cpf(), "BR_CPF"), w2=P(w2.full), cw2=(g.cpf(), "BR_CPF"))
    doc.f("--- Relatório de assinaturas (envelope «env») ---\n", env=g.uuid())
    for p, mail_dom in ((r1, dom_of(plant)), (r2, dom_of(plant)), (r3, dom_of(co))):
        doc.f("«n» | «e» | assinou em «d» «h» | IP «ip» | autenticação: «au»\n",
              n=P(name_form(g, p, ["full", "caps"])), e=(corp_mail(p, mail_dom) if g.chance(0.7) else g.email(p), "EMAIL_ADDRESS"),
              d=g.date("iso"), h=g.hms(), ip=(g.ip(), "IP_ADDRESS"), au=g.pick(["e-mail + token SMS", "e-mail", "certificado ICP-Brasil", "WhatsApp"]))
    doc.f("Hash SHA-256 do documento: «h»\n", h=g.hexs(64))
    return doc


# =========================================================================== saude

RISCOS = ["Ruído contínuo", "Calor", "Poeira mineral (sílica)", "Fumos metálicos", "Vibração de mãos e braços",
          "Trabalho em altura", "Névoas de óleo", "Solventes (tolueno, xileno)", "Radiação não ionizante (solda)",
          "Postura inadequada", "Levantamento de peso", "Eletricidade", "Espaço confinado", "Frio (câmara fria)"]
EXAMES = ["Audiometria tonal", "Espirometria", "Hemograma completo", "Raio-X de tórax (OIT)", "Acuidade visual",
          "ECG", "EEG", "Glicemia de jejum", "Ácido hipúrico urinário", "Avaliação psicossocial", "Gama-GT"]


def cns_kw(g: Gen) -> dict:
    """Half of the clinic reports carry the SUS card number after the CPF."""
    if g.chance(0.5):
        return {"cnsl": "    CNS: ", "cns": (g.cns(), "BR_CNS")}
    return {"cnsl": "", "cns": ""}


def sa_aso(g: Gen) -> Doc:
    """Occupational health certificate (ASO) as printed by the clinic's system."""
    doc = Doc()
    plant = g.pick(PLANTS)
    w = g.person()
    med, coord = g.person(), g.person()
    city, uf = g.city()
    clinic = g.pick(["Clínica Ocupacional Aurora", "MedTrab Serra Ltda", "SESMT Consultoria Bento & Leal", "Centro de Saúde do Trabalhador Flor de Lis"])
    doc.f("«cl» — CNPJ «ccn»\nATESTADO DE SAÚDE OCUPACIONAL (ASO)      Nº «n»      NR-07 / PCMSO\n"
          "Tipo: [«x1»] Admissional  [«x2»] Periódico  [«x3»] Retorno ao trabalho  [ ] Mudança de risco  [ ] Demissional\n\n"
          "EMPRESA: «pl»   CNPJ: «cn»\nSETOR: «st»   GHE: «ghe»\n\n"
          "NOME: «nm»\nCPF: «cpf»    RG: «rg»    DATA NASC.: «dob»    SEXO: «sx»\nFUNÇÃO: «fn»    CBO: «cbo»    MATRÍCULA: «mt»\n\n"
          "RISCOS OCUPACIONAIS:\n",
          cl=clinic, ccn=(g.cnpj(), "BR_CNPJ"), n=g.d(8), x1=" ", x2="X", x3=" ", pl=plant.upper(), cn=(g.cnpj(), "BR_CNPJ"),
          st=g.pick(SECTORS).upper(), ghe=f"GHE-{g.ri(1, 30):02d}", nm=P(name_form(g, w, ["caps", "caps", "full"])),
          cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), dob=(g.dob(g.pick(["br", "br", "short"])), "DATE_OF_BIRTH"),
          sx="F" if w.female else "M", fn=g.pick(FUNCOES).upper(), cbo=g.pick(CBOS), mt=g.matricula())
    for r in g.rng.sample(RISCOS, g.ri(2, 4)):
        doc.f("  (X) «r»\n", r=r)
    doc.t("\nEXAMES REALIZADOS:\n")
    for e in g.rng.sample(EXAMES, g.ri(2, 4)):
        doc.f("  «e» ........ «d» ........ «r»\n", e=e, d=g.date("br"), r=g.pick(["normal", "normal", "alterado - ver laudo", "dentro dos padrões"]))
    doc.f("\nPARECER: «p»\n«ob»\n\n"
          "Médico examinador: «m»  «mc»\nMédico coordenador do PCMSO: «c»  «cc»\n\n"
          "Declaro ter recebido a 2ª via deste ASO.   Data: «d»   Assinatura: ________________ («w»)\n",
          p=g.pick(["APTO", "APTO", "APTO PARA TRABALHO EM ALTURA (NR-35)", "APTO COM RESTRIÇÃO", "INAPTO"]),
          ob=g.pick(["", "Obs.: uso obrigatório de protetor auricular tipo concha.", "Obs.: reavaliar audiometria em 6 meses (PAIR?).",
                     "Obs.: apto para operar empilhadeira (NR-11).", "Obs.: seria prudente afastar da área quente até normalizar PA."]),
          m=P(name_form(g, med, ["full", "caps"])), mc=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          c=P(name_form(g, coord, ["full", "caps"])), cc=(g.council("CRM", uf), "PROFESSIONAL_ID"), d=g.date("br"),
          w=P(name_form(g, w, ["full", "short"])))
    return doc


def sa_cat(g: Gen) -> Doc:
    """Workplace accident notice (CAT) transcribed from the eSocial S-2210 print-out."""
    doc = Doc()
    plant = g.pick(PLANTS)
    w = g.person(female=g.chance(0.2))
    mae = g.relative(w, female=True)
    city, uf = g.city()
    doc.f("COMUNICAÇÃO DE ACIDENTE DE TRABALHO — CAT\nEvento S-2210   Recibo: «rc»   Tipo de CAT: «tp»   Iniciativa: empregador\n\n"
          "I — EMITENTE / EMPREGADOR\nRazão social: «pl»\nCNPJ: «cn»   CNAE: «cnae»   Grau de risco: «gr»\n\n"
          "II — ACIDENTADO\nNome: «n»\nNome da mãe: «m»\nData de nascimento: «dob»   Sexo: «sx»   Estado civil: «ec»\n"
          "CPF: «cpf»   NIT/PIS: «pis»   Identidade: «rg»\nCTPS: «ct» série «se»   Matrícula eSocial: «me»\n"
          "Endereço: «ad» — «b» — «c»/«u» — CEP «cep»\nTelefone: «t»\nCBO: «cbo»   Remuneração mensal: R$ «sal»\n\n",
          rc=f"1.2.{g.d(19)}", tp=g.pick(["1 - Inicial", "1 - Inicial", "2 - Reabertura"]), pl=plant.upper(), cn=(g.cnpj(), "BR_CNPJ"),
          cnae=f"{g.d(4)}-{g.d(1)}/{g.d(2)}", gr=g.ri(3, 4), n=P(w.caps), m=P(name_form(g, mae, ["caps", "full"])),
          dob=(g.dob("br"), "DATE_OF_BIRTH"), sx="F" if w.female else "M", ec=g.pick(["1", "2", "5"]), cpf=(g.cpf(), "BR_CPF"),
          pis=(g.pis(), "BR_PIS"), rg=(g.rg(), "BR_RG"), ct=g.d(7), se=g.d(4), me=doc.n11(g) if g.chance(0.5) else g.d(g.ri(6, 10)),
          ad=(g.address(g.pick(["caps", "text"])), "ADDRESS"), b=g.pick(BAIRROS).upper(), c=fold(city).upper(), u=uf,
          cep=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"), cbo=g.pick(CBOS), sal=g.money(1600, 7000))
    dacc = g.date("br")
    doc.f("III — ACIDENTE\nData: «d»   Hora: «h»   Horas trabalhadas: «ht»   Tipo: «ti»   Houve afastamento: «af»\n"
          "Último dia trabalhado: «ud»\nLocal: estabelecimento do empregador — «st»   CNPJ do local: «cl»\n"
          "Parte do corpo atingida: «pc»   Agente causador: «ag»\nSituação geradora: «sg»\n"
          "Descrição: «ds»\nRegistro policial: «rp»   Óbito: N\n\n",
          d=dacc, h=g.hm(), ht=f"{g.ri(0, 11):02d}:{g.ri(0, 59):02d}", ti=g.pick(["1 - Típico", "1 - Típico", "2 - Doença", "3 - Trajeto"]),
          af=g.pick(["S", "N"]), ud=dacc, st=g.pick(SECTORS), cl=(g.cnpj(), "BR_CNPJ"),
          pc=g.pick(["753030000 - Mão (exceto punho ou dedos)", "755010400 - Dedo", "758000000 - Pé", "706050000 - Olho", "757000000 - Perna"]),
          ag=g.pick(["354000300 - Prensa", "302010200 - Esmerilhadeira", "310000000 - Escada", "322000000 - Empilhadeira", "342000000 - Metal fundido"]),
          sg=g.pick(CAUSAS), ds=g.pick(["ao retirar peça da matriz, a prensa desceu por falha do comando bimanual",
                                         "caiu de escada de 3 m ao trocar lâmpada do mezanino, sem talabarte ancorado",
                                         "respingo de metal fundido atingiu o antebraço na vazamento da panela 2",
                                         "no trajeto para a empresa, a moto foi atingida na Rua Barão de Mauá",
                                         "corte no dedo com disco de serra sem coifa"]),
          rp=g.pick(["N", f"S - BO {g.d(4)}/{g.ri(2024, 2025)}"]))
    doc.t("IV — TESTEMUNHAS\n")
    for _ in range(g.ri(1, 2)):
        t = g.person()
        doc.f("«n» — «ad», «c»/«u» — fone «t»\n", n=P(name_form(g, t, ["caps", "full"])), ad=(g.address(), "ADDRESS"),
              c=city, u=uf, t=(g.phone(), "PHONE_NUMBER"))
    med = g.person()
    doc.f("\nV — ATESTADO MÉDICO\nUnidade: «un»   Data: «d»   Hora: «h»   Internação: «i»   Duração provável: «dur» dias\n"
          "Natureza da lesão: «nl»   CID-10: «cid»\nMédico: «m» — «crm»\n\nEmitente: «e» («fe»)   Data de emissão: «de»\n",
          un=g.pick(["UPA 24h Zona Norte", "Hospital São Bento", "Santa Casa de Misericórdia", "PA Vila Operária"]), d=g.date("br"), h=g.hm(),
          i=g.pick(["S", "N"]), dur=g.ri(1, 90), nl=g.pick(["Corte/laceração", "Fratura", "Queimadura", "Esmagamento", "Amputação"]),
          cid=g.pick(CIDS_ACID), m=P(med.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), e=P(g.person().full),
          fe=g.pick(["Técnico de Segurança", "Analista de DP", "Enfermeira do Trabalho"]), de=g.date("br"))
    return doc


def sa_pcmso(g: Gen) -> Doc:
    """PCMSO periodic-exam convocation list exported from the occupational-health system (CSV)."""
    doc = Doc()
    plant = g.pick(PLANTS)
    nur = g.person(female=True)
    doc.f("convocacao_periodicos_«d».csv — «pl» — gerado por «lg» (SOC) em «dt»\n",
          d=g.date("compact"), pl=plant, lg=f"soc.{login(nur)}", dt=g.date("br") + " " + g.hm())
    rows = []
    for _ in range(g.ri(7, 10)):
        p = g.person()
        rows.append([V(g.matricula()), P(name_form(g, p, ["caps", "caps", "full", "plain"])), (g.cpf("raw"), "BR_CPF"),
                     (g.dob("br"), "DATE_OF_BIRTH"), V(g.pick(SECTORS)), V(f"GHE{g.ri(1, 30):02d}"),
                     V("+".join(g.rng.sample(["AUDIO", "ESPIRO", "HEMO", "RX_OIT", "ACUIDADE", "ECG", "EEG", "HIPURICO"], g.ri(1, 3)))),
                     V(g.date("br")), (g.phone(g.pick(["raw", "par", "plain"])), "PHONE_NUMBER") if g.chance(0.85) else V(""),
                     (g.email(p), "EMAIL_ADDRESS") if g.chance(0.6) else V(""), V(g.pick(["A", "B", "C", "ADM"]))])
    table_csv(doc, ["matricula", "nome", "cpf", "dt_nascimento", "setor", "ghe", "exames", "vencimento_aso", "celular", "email_pessoal", "turno"], rows)
    doc.f("\n# obs («n»): quem estiver em férias ou afastado INSS não convocar. Confirmar SMS com a clínica até sexta. "
          "Dúvidas: «e» / ramal «r»\n", n=P(nur.first), e=(corp_mail(nur, dom_of(plant)), "EMAIL_ADDRESS"), r=g.d(4))
    return doc


def sa_audiometria(g: Gen) -> Doc:
    """Occupational audiometry report (sequential exam) suggesting noise-induced hearing loss."""
    doc = Doc()
    plant = g.pick(PLANTS)
    w = g.person(female=g.chance(0.2))
    fono = g.person(female=True)
    med = g.person()
    doc.f("LAUDO DE AUDIOMETRIA TONAL OCUPACIONAL\nExame: «tp»   Data: «d»   Repouso auditivo: «rep» h\n\n"
          "Paciente: «n»    Nasc.: «dob»    CPF: «cpf»«cnsl»«cns»\nEmpresa: «pl» (CNPJ «cn»)\nFunção: «fn»   Tempo de exposição: «te» anos   "
          "EPI: «epi»\n\n",
          tp=g.pick(["Sequencial", "Referencial", "Demissional"]), d=g.date("br"), rep=g.ri(12, 16), n=P(name_form(g, w, ["full", "caps"])),
          dob=(g.dob(g.pick(["br", "iso"])), "DATE_OF_BIRTH"), cpf=(g.cpf(), "BR_CPF"), **cns_kw(g), pl=plant, cn=(g.cnpj(), "BR_CNPJ"),
          fn=g.pick(FUNCOES), te=g.ri(2, 28), epi=g.pick([e[0] + " " + e[1] for e in EPIS[:2]]))
    freqs = ["250", "500", "1k", "2k", "3k", "4k", "6k", "8k"]
    doc.t("Via aérea (dB NA)  " + "  ".join(f.rjust(4) for f in freqs) + "\n")
    for ear in ("OD", "OE"):
        vals = [g.ri(5, 20) for _ in range(4)] + [g.ri(20, 55) for _ in range(3)] + [g.ri(15, 40)]
        doc.t(f"{ear}                 " + "  ".join(str(v).rjust(4) for v in vals) + "\n")
    doc.f("\nConclusão: «c» (CID «cid»). Comparado ao exame referencial de «dr», «ev».\n\n"
          "«f» — Fonoaudióloga — «fc»\n«m» — Médico do Trabalho — «mc»\n",
          c=g.pick(["perda auditiva neurossensorial bilateral com entalhe em 4 kHz, sugestiva de PAIR",
                    "limiares dentro da normalidade", "perda auditiva em 6 kHz à esquerda, sugestiva de PAIR"]),
          cid=g.pick(["H83.3", "H90.3", "H91.9", "Z57.0"]), dr=g.old_date("br"),
          ev=g.pick(["houve desencadeamento", "houve agravamento", "sem alteração significativa"]),
          f=P(fono.full), fc=(g.council("CRFa"), "PROFESSIONAL_ID"), m=P(med.full), mc=(g.council("CRM"), "PROFESSIONAL_ID"))
    if g.chance(0.5):
        doc.f("\nEncaminhado ao SESMT para emissão de CAT (doença ocupacional). Contato do paciente: «t».\n",
              t=(g.phone(), "PHONE_NUMBER"))
    return doc


def sa_ambulatorio(g: Gen) -> Doc:
    """Plant infirmary log (livro de atendimentos do ambulatório), scanned and run through OCR."""
    doc = Doc()
    plant = g.pick(PLANTS)
    nur = g.person(female=g.chance(0.7))
    month = g.ri(1, 12)
    doc.f("AMBULATORIO MEDICO - «pl»\nREGISTRO DE ATENDIMENTOS   Folha «fl»   Mês: «m»/«y»\n"
          "Resp.: «n» - «co»\n\n",
          pl=fold(plant).upper(), fl=g.ri(10, 199), m=MONTHS[month - 1].upper(), y=g.ri(2024, 2025),
          n=P(ocr(name_form(g, nur, ["caps", "full"]), g, 0.3)), co=(g.council("COREN"), "PROFESSIONAL_ID"))
    doc.t("DATA   HORA  NOME                               MATR.   QUEIXA / CONDUTA\n")
    days = sorted(g.rng.sample(range(1, 29), 7))
    for day in days[:g.ri(4, 6)]:
        p = g.person()
        nm = ocr(name_form(g, p, ["caps", "caps", "short", "capsshort"]), g, 0.35)
        doc.f("«d»  «h» ", d=f"{day:02d}/{month:02d}", h=g.hm())
        doc.e(nm, "PERSON").t(" " * max(1, 35 - len(nm)))
        doc.f("«mt»  ", mt=g.matricula())
        k = g.ri(0, 5)
        if k == 0:
            doc.f("corpo estranho olho D (limalha), lavagem, encaminhado oftalmo. CID T15.0\n")
        elif k == 1:
            doc.f("PA 16x10, cefaleia, calor do forno. Repouso 30min, liberado\n")
        elif k == 2:
            doc.f("corte mão E em chapa, sutura na UPA, CNS «cns», levado no carro «pl». CAT?\n", cns=(g.cns(), "BR_CNS"), pl=(g.plate(), "LICENSE_PLATE"))
        elif k == 3:
            doc.f("lombalgia (M54.5) após carregar bobina. Analgésico conf. protocolo. CPF «c». Esposa avisada «t»\n", c=(g.cpf(), "BR_CPF"), t=(g.phone(g.pick(["plain", "raw", "par"])), "PHONE_NUMBER"))
        elif k == 4:
            doc.f("queimadura 1º grau antebraço (respingo). Curativo. Retorno amanhã\n")
        else:
            doc.f("mal estar, glicemia 2«gl» mg/dL, diabético. Removido p/ UPA pela ambulância «pl» (SAMU). CPF «c»\n",
                  gl=g.d(2), pl=(g.plate(), "LICENSE_PLATE"), c=(g.cpf(), "BR_CPF"))
    doc.f("\nVisto médico coordenador: «m» «crm»   ___/___/___\n", m=P(ocr(g.person().caps, g, 0.2)), crm=(g.council("CRM"), "PROFESSIONAL_ID"))
    return doc


def sa_afastamento(g: Gen) -> Doc:
    """SESMT e-mail to a worker on INSS leave about the return-to-work exam, with his sick notes listed."""
    doc = Doc()
    plant = g.pick(PLANTS)
    dom = dom_of(plant)
    w = g.person()
    enf = g.person(female=True)
    city, uf = g.city()
    doc.f("De: «en» <«ee»>\nPara: «we»\nData: «d»\nAssunto: Retorno ao trabalho — exame de retorno (NR-07) — matrícula «wn»\n\n",
          en=P(enf.full), ee=(corp_mail(enf, dom), "EMAIL_ADDRESS"), we=(g.email(w), "EMAIL_ADDRESS"), d=g.date("br"),
          wn=g.matricula())
    doc.f("Olá, «f».\n\nRecebemos a comunicação da alta do INSS (benefício B«b» nº «nb», NIT «nit», requerimento «rq»), com cessação em «dc». "
          "Você deve comparecer ao ambulatório no dia «dr» às «h» para o exame de retorno ao trabalho, em jejum, trazendo:\n"
          "- carta de concessão/cessação do benefício;\n- atestados e relatórios médicos do período;\n- documento com foto.\n\n"
          "Atestados que constam no nosso sistema:\n",
          f=P(w.first), rq=doc.n11(g), b=g.pick(["91", "31"]), nb=f"{g.d(3)}.{g.d(3)}.{g.d(3)}-{g.d(1)}", nit=(g.pis(), "BR_PIS"),
          dc=g.date("br"), dr=g.date("br"), h=g.hm())
    rows = []
    for _ in range(g.ri(2, 3)):
        m = g.person()
        rows.append([V(g.date("br")), V(f"{g.ri(1, 15)} dias"), V(g.pick(CIDS_ACID + CIDS_OCUP)), P(name_form(g, m, ["full", "short"])),
                     (g.council("CRM", uf), "PROFESSIONAL_ID")])
    table_fixed(doc, ["Data", "Dias", "CID", "Médico", "CRM"], rows, gap=" | ")
    doc.f("\nCaso não possa comparecer, avise pelo telefone «t» (WhatsApp do SESMT). Conforme cadastro, seu endereço é «ad», «c»/«u», "
          "CEP «cep» — se mudou, responda este e-mail. Lembrando que o transporte fretado passa na «bm» (ponto da padaria).\n\n"
          "«es»\nEnfermeira do Trabalho — «co»\nSESMT «pl»\n",
          t=(g.phone(mobile=True), "PHONE_NUMBER"), ad=(g.address(), "ADDRESS"), c=city, u=uf, cep=(g.cep(), "BR_CEP"),
          bm=g.pick(["Barão de Mauá", "Prudente de Morais", "Bento Gonçalves", "Getúlio Vargas"]), es=P(enf.short),
          co=(g.council("COREN"), "PROFESSIONAL_ID"), pl=plant)
    return doc


def sa_ps(g: Gen) -> Doc:
    """Emergency-room record of a worker brought by SAMU after a fall from height (NR-35)."""
    doc = Doc()
    plant = g.pick(PLANTS)
    w = g.person(female=False)
    mae = g.relative(w, female=True)
    tst = g.person()
    med, enf = g.person(), g.person(female=True)
    city, uf = g.city()
    dob = g.dob("br")
    doc.f("HOSPITAL «hp» — PRONTO-SOCORRO\nFICHA DE ATENDIMENTO Nº «n»    Classificação de risco: «cr»\n\n"
          "Paciente: «p»\nDN: «dob»    Idade: «id»a    Mãe: «m»\nCNS: «cns»    CPF: «cpf»\nEndereço: «ad», «b», «c» - «u»    CEP: «cep»\n"
          "Acompanhante: «tst» (técnico de segurança da «pl», CNPJ «pcn»)  Tel: «tt»\n"
          "Chegada: «h» via SAMU USA-«usa» (placa «pla»)\n\n",
          hp=g.pick(["SÃO BENTO", "REGIONAL VITÓRIA", "SANTA LUZIA", "MUNICIPAL AURORA"]), n=g.d(9),
          cr=g.pick(["VERMELHO", "LARANJA", "AMARELO"]), p=P(w.caps), dob=(dob, "DATE_OF_BIRTH"), id=2025 - int(dob[-4:]) - g.ri(0, 1),
          m=P(mae.caps), cns=(g.cns(), "BR_CNS"), cpf=(g.cpf(), "BR_CPF"), ad=(g.address(g.pick(["caps", "text"])), "ADDRESS"),
          b=g.pick(BAIRROS), c=city, u=uf, cep=(g.cep(), "BR_CEP"), tst=P(tst.full), pl=plant, pcn=(g.cnpj(), "BR_CNPJ"), tt=(g.phone(), "PHONE_NUMBER"),
          h=g.hm(), usa=g.d(2), pla=(g.plate(), "LICENSE_PLATE"))
    doc.f("HDA: queda de «al» m de altura de «de» durante «at», «ep». Nega perda de consciência. Relata dor em «dor».\n"
          "EF: PA «pa» mmHg, FC «fc» bpm, SatO2 «sat»%, Glasgow «gl». «ef»\n"
          "HD: «c1»; «c2»\nConduta: imobilização, analgesia, RX/TC, avaliação da ortopedia (Dr. «or»).\n\n"
          "Médico: «md» — «crm»\nEnfermagem: «ef2» — «coren»\n",
          al=g.ri(2, 9), de=g.pick(["telhado do galpão", "andaime", "escada marinheiro do silo", "plataforma da ponte rolante"]),
          at=g.pick(["troca de telhas", "manutenção", "limpeza de calha", "inspeção"]),
          ep=g.pick(["sem cinto", "com cinto sem ancoragem", "com talabarte rompido", "linha de vida não instalada"]),
          dor=g.pick(["punho D", "coluna lombar", "tornozelo E", "quadril"]), pa=f"{g.ri(10, 16)}0x{g.ri(6, 10)}0", fc=g.ri(60, 130),
          sat=g.ri(90, 99), gl=g.ri(13, 15), ef=g.pick(["Deformidade em punho D.", "Escoriações em face.", "Dor à palpação de L1-L3."]),
          c1=g.pick(["S52.5 fratura de punho", "S32.0 fratura de vértebra lombar", "S82.6 fratura de maléolo lateral"]),
          c2="W11 queda de escada" if g.chance(0.4) else "W12 queda de andaime",
          **{"or": P(g.person().short)}, md=P(med.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), ef2=P(enf.full),
          coren=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    return doc


# =========================================================================== financeiro

BANKS = [("001", "BCO DO BRASIL"), ("237", "BRADESCO"), ("341", "ITAU"), ("104", "CAIXA"), ("033", "SANTANDER"),
         ("748", "SICREDI"), ("756", "SICOOB"), ("077", "INTER"), ("260", "NU PAGAMENTOS"), ("041", "BANRISUL")]


def fi_folha(g: Gen) -> Doc:
    """Payroll extract of shift workers (CSV) with night-shift, insalubridade and overtime columns."""
    doc = Doc()
    plant = g.pick(PLANTS)
    an = g.person()
    comp = f"{g.ri(1, 12):02d}/{g.ri(2024, 2025)}"
    doc.f("folha_turnos_«c».csv | «pl» | competência «cp» | extraído do Senior HCM por «a»\n",
          c=comp.replace("/", ""), pl=plant, cp=comp, a=P(an.full))
    rows = []
    for _ in range(g.ri(7, 10)):
        p = g.person()
        bc, _bn = g.pick(BANKS)
        base = g.rng.uniform(1800, 5200)
        rows.append([V(g.matricula()), P(name_form(g, p, ["caps", "caps", "plain", "full"])), (g.cpf("raw"), "BR_CPF"),
                     (g.pis("raw"), "BR_PIS"), V(g.pick(["A", "B", "C", "D", "6x2", "12x36"])), V(brl(base)),
                     V(brl(base * 0.2 * g.rng.uniform(0.3, 1))), V(brl(g.pick([282.4, 564.8, 1412 * 0.4, 1518 * 0.2, 0.0]))),
                     V(brl(g.rng.uniform(0, 900))), V(bc), (g.agency(False), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT")])
    table_csv(doc, ["matricula", "nome", "cpf", "pis", "escala", "salario_base", "adic_noturno", "insalubridade", "he_50",
                    "banco", "agencia", "conta"], rows)
    doc.f("\n-- total líquido: R$ «t» | «k» colaboradores | lote CNAB «lt» | divergência de insalubridade do GHE «gh» aberta no chamado «ch» "
          "(ver com «s»)\n",
          t=g.money(20000, 90000), lt=doc.n11(g), k=len(rows), gh=f"{g.ri(1, 20):02d}", ch=g.protocol(), s=P(g.person().first))
    return doc


def fi_holerite(g: Gen) -> Doc:
    """Payslip (demonstrativo de pagamento) of a shift worker, OCR of a photographed copy."""
    doc = Doc()
    plant = g.pick(PLANTS)
    w = g.person()
    bc, bn = g.pick(BANKS)
    doc.f("«pl»\nCNPJ: «cn»\nDEMONSTRATIVO DE PAGAMENTO DE SALARIO          Referencia: «m»/«y»\n\n"
          "Cod.  Nome do Funcionario                      CBO      Depto  Filial\n«mt»  «n»  «cbo»  «dp»  «fi»\n"
          "Admissao: «ad»    CPF: «cpf»    PIS: «pis»\n\n",
          pl=fold(plant).upper(), cn=(g.cnpj(), "BR_CNPJ"), m=g.pick(MONTHS).upper(), y=g.ri(2024, 2025), mt=g.d(5),
          n=P(ocr(w.caps, g, 0.3)), cbo=g.pick(CBOS).replace("-", ""), dp=g.d(3), fi=g.d(2),
          ad=g.old_date("br"), cpf=(g.cpf(), "BR_CPF"), pis=(g.pis(), "BR_PIS"))
    items = [("001", "SALARIO BASE", "220,00"), ("025", "ADICIONAL NOTURNO 20%", f"{g.ri(40, 160)},00"),
             ("031", "ADIC. INSALUBRIDADE 20%", "30,00"), ("040", "HORAS EXTRAS 50%", f"{g.ri(2, 30)},{g.d(2)}"),
             ("048", "DSR S/ HORAS EXTRAS", ""), ("903", "INSS", f"{g.ri(7, 14)},00"), ("911", "IRRF", ""),
             ("950", "VALE TRANSPORTE 6%", "6,00"), ("962", "DESC. EXTRAVIO EPI", ""), ("977", "CONTRIB. SINDICAL/ASSIST.", "")]
    doc.t("Cod  Descricao                      Ref.        Vencimentos   Descontos\n")
    for code, desc, ref in g.rng.sample(items, g.ri(6, 9)):
        val = g.money(15, 4000)
        desc_side = code >= "900"
        doc.t(f"{code}  {desc:<30} {ref:>8}   {'' if desc_side else val:>12}   {val if desc_side else '':>10}\n")
    doc.f("\nTotal vencimentos: «tv»    Total descontos: «td»    Liquido a receber: «lq»\n"
          "Sal. base: «sb»  Base INSS: «bi»  Base FGTS: «bf»  FGTS do mes: «fm»  Base IRRF: «br»  Faixa IRRF: «fx»\n"
          "Credito em conta: «bn» Ag. «ag» C/C «cc»\n\n"
          "Declaro ter recebido a importancia liquida discriminada neste recibo.\n____/____/______   «a»\n",
          tv=g.money(2000, 9000), td=g.money(300, 2000), lq=g.money(1500, 7000), sb=g.money(1800, 5200), bi=g.money(2000, 8000),
          bf=g.money(2000, 8000), fm=g.money(150, 700), br=g.money(1500, 7000), fx=g.pick(["isento", "7,5%", "15%"]),
          bn=f"{bc}-{bn}", ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
          a=P(ocr(name_form(g, w, ["caps", "full"]), g, 0.2)) if g.chance(0.7) else "ASSINATURA DO FUNCIONARIO")
    return doc


def fi_os(g: Gen) -> Doc:
    """Corrective maintenance work order closed with a contractor's invoice and payment instruction."""
    doc = Doc()
    plant = g.pick(PLANTS)
    co = g.pick(CONTRACTORS)
    req, tec, apr = g.person(), g.person(female=False), g.person()
    eq = g.pick(["PRE-007 Prensa excêntrica 120t", "CAL-002 Caldeira flamotubular", "PR-0312 Ponte rolante 10t", "EMP-14 Empilhadeira GLP",
                 "SER-03 Serra circular de bancada", "CMP-01 Compressor parafuso 75cv", "FOR-02 Forno de indução"])
    doc.f("ORDEM DE SERVIÇO DE MANUTENÇÃO — «os»\nTipo: CORRETIVA   Prioridade: «pr»   Centro de custo: «cc»\nEquipamento: «eq»   TAG: «tag»\n"
          "Solicitante: «rq» (ramal «r»)   Aberta em: «d1» «h1»\nDescrição da falha: «df»\n\n",
          os=g.os_num(), pr=g.pick(["1 - Emergência", "2 - Urgente", "3 - Normal"]), cc=f"{g.d(4)}.{g.d(2)}", eq=eq, tag=g.d(6),
          rq=P(name_form(g, req, ["full", "short", "caps"])), r=g.d(4), d1=g.date("br"), h1=g.hm(),
          df=g.pick(["comando bimanual com falha intermitente, prensa repicando", "vazamento de vapor na válvula de segurança",
                     "freio do guincho patinando com carga", "cortina de luz desalinhada, intertravamento by-passado", "mangueira de GLP ressecada"]))
    doc.f("Bloqueio LOTO: cadeado «cad» aplicado pelo executante às «hb». PT nº «pt».\nExecutante: «co» (CNPJ «cn») — técnico «te», "
          "CPF «tc», celular «tt»; responsável técnico «rt» («crea»).\n\n",
          cad=g.d(3), hb=g.hm(), pt=g.d(5), co=co, cn=(g.cnpj(), "BR_CNPJ"), te=P(tec.full), tc=(g.cpf(), "BR_CPF"), tt=(g.phone(), "PHONE_NUMBER"),
          rt=P(g.person().full), crea=(g.council("CREA"), "PROFESSIONAL_ID"))
    rows = [[V(f"{i + 1:02d}"), V(g.pick(["Mão de obra técnica (h)", "Rolamento 6308-2Z", "Válvula solenoide 24V", "Relé de segurança",
                                          "Cabo de aço 12 mm (m)", "Deslocamento (km)", "Kit vedação"])),
             V(str(g.ri(1, 24))), V(g.money(20, 2500)), V(g.money(40, 9000))] for i in range(g.ri(3, 5))]
    table_fixed(doc, ["It", "Descrição", "Qtd", "Unit.", "Total"], rows, gap="  ")
    doc.f("\nNF-e «nf» série 1 — total R$ «tot» — vencimento «dv»\n", nf=f"{g.d(3)}.{g.d(3)}", tot=g.money(800, 40000), dv=g.date("br"))
    k = g.ri(0, 2)
    if k == 0:
        doc.f("Pagamento: Pix chave aleatória «px» (favorecido «co»)\n", px=(g.uuid(), "PIX_KEY"), co=co)
    elif k == 1:
        bc, bn = g.pick(BANKS)
        doc.f("Pagamento: depósito «bn» (cód. «bc») ag. «ag» c/c «ct» — favorecido «co»\n", bn=bn.title(), bc=bc,
              ag=(g.agency(), "BANK_ACCOUNT"), ct=(g.account(), "BANK_ACCOUNT"), co=co)
    else:
        doc.f("Pagamento: boleto «bol» (linha digitável no anexo)\n", bol=f"{g.d(5)}.{g.d(5)} {g.d(5)}.{g.d(6)}")
    doc.f("Aprovação: «ap» (Coord. Manutenção) em «d» — pedido «pc», doc. SAP «sap».\n", ap=P(name_form(g, apr, ["short", "full"])), d=g.date("br"),
          pc=f"45{g.d(8)}", sap=doc.n11(g))
    return doc


def fi_reembolso(g: Gen) -> Doc:
    """Travel expense report of a safety technician delivering NR-35 trainings in other plants."""
    doc = Doc()
    plant = g.pick(PLANTS)
    w = g.person()
    gest = g.person()
    city, uf = g.city()
    d1, d2 = g.date_pair()
    doc.f("RELATÓRIO DE DESPESAS DE VIAGEM — RDV «n»\nColaborador: «nm»   CPF: «cpf»   Matrícula: «mt»\nCargo: Técnico(a) de Segurança do Trabalho — «mte»\n"
          "Motivo: ministrar NR-35 e NR-12 na unidade de «c»/«u»   Período: «d1» a «d2»\nVeículo próprio placa «pl» (km rodado R$ 1,20)\n\n",
          n=g.d(6), nm=P(w.full), cpf=(g.cpf(), "BR_CPF"), mt=g.matricula(), mte=(g.council("MTE"), "PROFESSIONAL_ID"),
          c=city, u=uf, d1=d1, d2=d2, pl=(g.plate(), "LICENSE_PLATE"))
    rows = []
    for _ in range(g.ri(4, 6)):
        kind = g.pick(["Combustível", "Hotel", "Refeição", "Pedágio", "Estacionamento", "Material didático"])
        pay = g.pick(["cartão corp.", "cartão corp.", "dinheiro", "pessoal"])
        card = (g.card(g.chance(0.6)), "CREDIT_CARD") if pay == "cartão corp." and g.chance(0.8) else V(g.masked_card() if pay == "cartão corp." else "—")
        rows.append([V(d1[:6] + d1[-2:]), V(kind), V(g.pick(["Auto Posto Bento", "Hotel Aurora Plaza", "Rest. Flor do Sul", "Arteris",
                                                          "Posto Serra Azul", "Papelaria Luz"])), V(pay), card, V(g.money(8, 700))])
    table_fixed(doc, ["Data", "Tipo", "Estabelecimento", "Pagto", "Cartão", "Valor"], rows, gap=" | ")
    doc.f("\nKm rodados: «km» km — R$ «vk»\nTotal a reembolsar (despesas pessoais + km): R$ «t»\n", km=g.ri(80, 1400), vk=g.money(90, 1700),
          t=g.money(150, 3000))
    if g.chance(0.5):
        doc.f("Reembolso via Pix — chave aleatória: «px»\n", px=(g.uuid(), "PIX_KEY"))
    else:
        doc.f("Reembolso em conta salário: ag. «ag» conta «ct»\n", ag=(g.agency(), "BANK_ACCOUNT"), ct=(g.account(), "BANK_ACCOUNT"))
    doc.f("Aprovado por «g» em «d». Obs. financeiro: «ob»\n", g=P(name_form(g, gest, ["short", "full"])), d=g.date("br"),
          ob=g.pick(["cupom do hotel sem CNPJ, pedir 2ª via", "ok", "cartão corporativo lançado indevidamente como pessoal",
                     "Seria prudente limitar diária de hotel a R$ 280"]))
    return doc


def fi_rescisao(g: Gen) -> Doc:
    """Termination statement (TRCT) of a shift worker, with identification block and bank data."""
    doc = Doc()
    plant = g.pick(PLANTS)
    w = g.person()
    mae = g.relative(w, female=True)
    city, uf = g.city()
    doc.f("TERMO DE RESCISÃO DO CONTRATO DE TRABALHO\n\nIDENTIFICAÇÃO DO EMPREGADOR\n01 CNPJ: «cn»   02 Razão social: «pl»\n"
          "06 CNAE: «cnae»\n\nIDENTIFICAÇÃO DO TRABALHADOR\n10 PIS/PASEP: «pis»   11 Nome: «n»\n12 Endereço: «ad»   13 Bairro: «b»\n"
          "14 Município: «c»   15 UF: «u»   16 CEP: «cep»\n17 CTPS (nº, série, UF): «ct»   18 CPF: «cpf»\n19 Data de nascimento: «dob»   "
          "20 Nome da mãe: «m»\n\nDADOS DO CONTRATO\n21 Tipo de contrato: 1 - prazo indeterminado   22 Causa: «ca»\n"
          "24 Admissão: «da»   25 Aviso prévio: «dv»   26 Afastamento: «df»\n27 Cód. afastamento: «ca2»   28 Pensão alim.: 0,00%   "
          "29 Categoria: 01\n\n",
          cn=(g.cnpj(), "BR_CNPJ"), pl=plant.upper(), cnae=f"{g.d(4)}-{g.d(1)}/{g.d(2)}", pis=(g.pis(), "BR_PIS"), n=P(w.caps),
          ad=(g.address("caps"), "ADDRESS"), b=g.pick(BAIRROS).upper(), c=fold(city).upper(), u=uf, cep=(g.cep(), "BR_CEP"),
          ct=f"{g.d(7)} {g.d(4)} {g.pick(UFS)}", cpf=(g.cpf(), "BR_CPF"), dob=(g.dob("br"), "DATE_OF_BIRTH"), m=P(mae.caps),
          ca=g.pick(["dispensa sem justa causa", "pedido de demissão", "término de contrato de experiência", "acordo (art. 484-A CLT)"]),
          da=g.old_date("br"), dv=g.date("br"), df=g.date("br"), ca2=g.pick(["SJ2", "PD0", "RA2", "SJ1"]))
    doc.t("DISCRIMINAÇÃO DAS VERBAS RESCISÓRIAS\n")
    for it in g.rng.sample(["50 Saldo de salário", "51 Adicional de insalubridade", "53 Adicional noturno", "55 Horas extras",
                             "63 13º salário proporcional", "65 Férias proporcionais", "68 1/3 constitucional de férias",
                             "69 Aviso prévio indenizado", "112.1 Desc. adiantamento", "115 Desc. EPI não devolvido"], g.ri(5, 8)):
        doc.f("«i» ........................ R$ «v»\n", i=it, v=g.money(50, 9000))
    bc, bn = g.pick(BANKS)
    doc.f("\nTOTAL LÍQUIDO: R$ «t»\nRequerimento do seguro-desemprego: «sd»\nDepósito: banco «bc» agência «ag» conta «ct»\nHomologação/assistência: «h»\n\n"
          "_________________________ «e»\nEmpregador (preposto)\n_________________________ «n»\nEmpregado\n",
          t=g.money(1500, 40000), sd=doc.n11(g, dotted=g.chance(0.4)), bc=bc, ag=(g.agency(), "BANK_ACCOUNT"), ct=(g.account(), "BANK_ACCOUNT"),
          h=g.pick(["dispensada (Lei 13.467/2017)", "Sindicato dos Metalúrgicos", "não se aplica"]),
          e=P(g.person().full), n=P(name_form(g, w, ["full", "caps"])))
    return doc


def fi_epi(g: Gen) -> Doc:
    """PPE delivery record (ficha de EPI) with the worker's authorisation of a payroll deduction for a lost item."""
    doc = Doc()
    plant = g.pick(PLANTS)
    w = g.person()
    alm = g.person()
    wcpf = g.cpf()
    doc.f("FICHA DE CONTROLE DE ENTREGA DE EPI (NR-06, item 6.5.1, alínea h)\n«pl»\n\n"
          "Colaborador: «n»   Matrícula: «mt»   CPF: «cpf»   RG: «rg»\nFunção: «fn»   Setor: «st»   Admissão: «ad»\n\n",
          pl=plant, n=P(name_form(g, w, ["caps", "full"])), mt=g.matricula(), cpf=(wcpf, "BR_CPF"), rg=(g.rg(), "BR_RG"), fn=g.pick(FUNCOES),
          st=g.pick(SECTORS), ad=g.old_date("br"))
    rows = []
    for _ in range(g.ri(5, 8)):
        e, ca = g.pick(EPIS)
        rows.append([V(g.date("br")), V(e), V(ca), V(str(g.ri(1, 12))), V(g.pick(["Entrega", "Troca", "Troca (desgaste)", "Devolução", "Extravio"])),
                     V(g.pick(["[biometria]", "[assinado]", "[biometria]", "~~~~"]))])
    table_box(doc, ["Data", "EPI", "CA", "Qtd", "Motivo", "Assinatura"], rows)
    doc.f("\nTERMO DE AUTORIZAÇÃO DE DESCONTO (art. 462, § 1º, da CLT)\nEu, «n», CPF «cpf», autorizo o desconto de R$ «v» em folha "
          "referente ao extravio de «e». Declaro ter recebido treinamento sobre uso, guarda e conservação.\n«c», «d».\n\n"
          "Entregue por: «a» (almoxarifado)   Conferido SESMT: «s» «mte»\n",
          n=P(w.full), cpf=(wcpf, "BR_CPF"), v=g.money(15, 350), e=g.pick(EPIS)[0].lower(), c=g.pick(CITIES)[0], d=g.date("br"),
          a=P(name_form(g, alm, ["short", "first", "caps"])), s=P(g.person().short), mte=(g.council("MTE"), "PROFESSIONAL_ID"))
    return doc


def fi_pagto_autonomos(g: Gen) -> Doc:
    """Payment batch of freelance instructors and technicians (RPA), CSV with Pix keys and bank data."""
    doc = Doc()
    plant = g.pick(PLANTS)
    an = g.person()
    doc.f("lote_pagto_rpa_«d».csv — Contas a Pagar «pl» — aprovado por «a»\n", d=g.date("compact"), pl=plant, a=P(an.full))
    rows = []
    for _ in range(g.ri(5, 8)):
        p = g.person()
        bc, bn = g.pick(BANKS)
        k = g.ri(0, 3)
        if k == 0:
            pix = (g.uuid(), "PIX_KEY")
        elif k == 1:
            pix = (g.email(p), "EMAIL_ADDRESS")
        elif k == 2:
            pix = (g.phone("e164"), "PHONE_NUMBER")
        else:
            pix = V("")
        rows.append([P(name_form(g, p, ["caps", "full", "plain"])), (g.cpf(), "BR_CPF"), (g.pis(), "BR_PIS"),
                     V(g.pick(["Instrutor NR-35", "Instrutor NR-12", "Técnico refrigeração", "Fonoaudiologia (audiometrias)",
                               "Brigada - simulado", "Eletricista NR-10"])),
                     V(bc), (g.agency(), "BANK_ACCOUNT") if not k == 0 else V(""), (g.account(), "BANK_ACCOUNT") if not k == 0 else V(""),
                     pix, V(g.money(300, 6000)), V(g.money(20, 600)), V(g.money(10, 300))])
    table_csv(doc, ["favorecido", "cpf", "nit", "servico", "banco", "agencia", "conta", "chave_pix", "valor_bruto", "inss_11", "iss"], rows, sep=",")
    doc.f("\n# RPA nº «r1» a «r2». GPS recolhida (código 2100). Protocolo de envio ao banco: «p». Obs.: o NIT da linha 3 foi conferido "
          "no CNIS por «s».\n", r1=g.d(4), r2=g.d(4), p=g.protocol(), s=P(g.person().first))
    return doc


TEMPLATES = {
    "atendimento": [at_portaria, at_whats_turno, at_chamado_rh, at_integracao, at_treinamento, at_ouvidoria, at_cipa],
    "juridico": [ju_peticao, ju_laudo, ju_ata, ju_acordo, ju_email_acidente, ju_auto, ju_contrato],
    "saude": [sa_aso, sa_cat, sa_pcmso, sa_audiometria, sa_ambulatorio, sa_afastamento, sa_ps],
    "financeiro": [fi_folha, fi_holerite, fi_os, fi_reembolso, fi_rescisao, fi_epi, fi_pagto_autonomos],
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
        elif lab == "LICENSE_PLATE":
            assert re.fullmatch(r"[A-Z]{3}-?\d[A-Z0-9]\d{2}", v), (record["id"], v)
        elif lab == "BANK_ACCOUNT":
            assert re.fullmatch(r"[\d.]+(-[\dXx])?", v), (record["id"], v)
        elif lab == "PERSON":
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|doutora?|d)\.?\s", v), (record["id"], v)
            assert not re.search(r"[0-9@]", v), (record["id"], v)
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (record["id"], v)
            assert not re.match(r"(sac|rh|dp|sesmt|juridico|contato|financeiro|compras|portaria|privacidade)@", v), (record["id"], v)
        elif lab == "PROFESSIONAL_ID":
            assert re.match(r"(CRM|CREA|OAB|COREN|Coren|CRFa|CRQ|CREFITO|MTE|Reg\. MTE|SRTE)\b", v), (record["id"], v)
        elif lab == "DATE_OF_BIRTH":
            assert re.search(r"(19[4-9]\d|200\d|\b\d\d$)", v), (record["id"], v)
    labelled = [(s["start"], s["end"]) for s in record["spans"]]
    for n in negs:
        assert not cpf_ok(n), (record["id"], n)
        for m in re.finditer(re.escape(n) + "|" + re.escape(fmt_cpf(n)), text):
            assert not any(a <= m.start() < b for a, b in labelled), (record["id"], n)
    # every 11-digit run in the text that is not inside a gold span must fail the CPF check
    for m in re.finditer(r"(?<![\d.-])\d{3}\.?\d{3}\.?\d{3}-?\d{2}(?![\d-])", text):
        if not any(a <= m.start() < b for a, b in labelled):
            assert not cpf_ok(re.sub(r"\D", "", m.group())), (record["id"], m.group())


NEG_COUNT = [0]


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
                NEG_COUNT[0] += len(doc.negs)
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
    print("fiftyfourth", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")
    print(f"  11-digit hard negatives placed (all fail the CPF check): {NEG_COUNT[0]}")


if __name__ == "__main__":
    sys.exit(main())
