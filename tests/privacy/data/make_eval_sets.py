"""Build the labelled evaluation sets (run once; the JSONL files are committed).

    python tests/privacy/data/make_eval_sets.py [tuning] [heldout] [fresh] [novel] [fifth] [sixth]
        [seventh] [eighth]

Hand-written Brazilian-Portuguese templates in four domains (customer service, legal,
health, finance) whose slots are filled with generated personal data, so the gold spans
are known by construction. Slots in lower case ({city}, {money}, {protocol}, {company},
{cnj}, {cid}, {date}) are filled with look-alike NON-personal data and are not labelled:
they are the hard negatives.

`tuning.jsonl` uses the TUNING templates (detectors were iterated on it). `heldout.jsonl`
uses the HELDOUT templates, written afterwards in other registers (WhatsApp-style chat,
formal petitions in capitals, terse clinical notes, bank e-mails) and never tuned on.
Person names: 85% from Faker's pt_BR lists, 15% from UNSEEN_NAMES, which are not in the
gazetteer, so name recall is not measured only on names the gazetteer knows.

`fresh.jsonl` uses the FRESH templates, written after the held-out set's errors had been
seen and fixed (so the held-out set is no longer unseen): WhatsApp-style messages with
lower-case names and abbreviations ("falei c/ a ana hj", "pcte", "p/"), and formal letters
and minutes of meetings with lists of participants. Its unseen names are a third list
(FRESH_UNSEEN_*), and the detectors were not changed after scoring it.

`novel.jsonl` uses the NOVEL templates, written by someone who had not read the detectors
(their code, lists, keywords or contexts), in registers none of the other sets uses (see
the comment above NOVEL): e-mail threads, transcripts, spreadsheet and batch-file rows,
complaint posts, court records, discharge summaries, prescriptions, shift handovers, KYC
forms, chargebacks, payroll notes; names in more shapes (particles, apostrophes, hyphens,
nicknames, capitals without accents, "SURNAME, Given"). Its unseen names are a fourth
list (NOVEL_UNSEEN_*).

`fifth.jsonl` uses the FIFTH templates, again written without reading the detectors (nor
the rules written after the novel set's errors), in registers none of the other four
uses (see the comment above FIFTH): chatbot logs with timestamps, WhatsApp exports,
voice-mail transcriptions, log lines pasted into tickets, staff chat channels, powers of
attorney, labour-court petitions, police reports, OCR'd contracts, referral and exam
forms, insurance claims, loan applications, invoices, Pix receipts. Its unseen names are
a fifth list (FIFTH_UNSEEN_*).

`sixth.jsonl` uses the SIXTH templates, written without reading the detectors nor the
rules written after the fifth set's errors, in registers none of the other five uses (see
the comment above SIXTH): call-centre quality scorecards, helpdesk tickets with macros and
internal notes, hotel guest forms, condominium gatehouse logs, Procon intake forms, bus
passenger lists, school enrolment forms, notarial deeds, Diário da Justiça summons lists,
probate declarations with heirs, court dockets, company-contract amendments, habeas
corpus petitions, mediation agreements, SOAP nursing notes, SAMU dispatch logs, dental
charts, controlled-drug books, death and live-birth certificates, MRI reports, TED
receipts, credit memos, audit findings, collection histories, employee forms, rent
receipts and income statements. Relatives carry the surname of the person they are listed
with (a wife's married name, children, parents, heirs). Its unseen names are a sixth list
(SIXTH_UNSEEN_*).

`seventh.jsonl` uses the SEVENTH templates, written without reading the detectors nor the
rules written after the sixth set's errors, in registers none of the other six uses (see
the comment above SEVENTH): app-store reviews with the developer's reply, Instagram direct
messages in a brand's inbox, return labels, NPS survey exports, loyalty e-mails, opt-out
logs, LGPD data-subject requests, SISBAJUD orders, vehicle-transfer authorisations,
traffic-offence driver forms, requests for protective measures, certidões de objeto e pé,
survivor-pension requests, domestic workers' termination forms, hospital admission forms,
surgical checklists, blood-donor screening, occupational health certificates,
psychotherapy notes, pharmacy delivery slips, on-call rosters, life-insurance schedules,
expense reports, supplier forms, COAF reports, consórcio minutes, bank statements and
boletos. Names that are also words (Rosa, Luz, Vitória, Serafim, Bonfim, Paz…) stand next
to the same words used as words and in names of places and companies. Its unseen names
are a seventh list (SEVENTH_UNSEEN_*).

`eighth.jsonl` uses the EIGHTH templates, written without reading the detectors nor the
rules written after the seventh set's errors, in registers none of the other seven uses
(see the comment above EIGHTH): speech-analytics transcripts of voice IVRs, SMS-gateway
reports, delivery-app chats with the courier, call-back request forms, CRM churn notes,
Google Forms exports, Facebook comment threads, rental inspection reports, e-mails
revoking a power of attorney, notarial records of WhatsApp screenshots, postal summons
receipts (AR), judicial permits for heirs, hearing schedules, law-firm timesheets, ICU
daily evolutions, double-check sheets of high-alert drugs, telemedicine chats, pregnancy
cards, Manchester triage sheets, traffic psychological evaluations, meal plans, payslips,
credit-card statements, FGTS withdrawal requests, suitability questionnaires, mortgage
proposals with co-borrowers, international remittances and promissory notes. Names of
Japanese, German, Italian, Lebanese and Ukrainian origin and names with initials ("J.
Carlos Souza", "A. M. Schmidt", "Ana M.") stand next to companies, schools, hospitals,
streets and cities named after people. Its unseen names are an eighth list
(EIGHTH_UNSEEN_*).
"""

from __future__ import annotations

import datetime
import json
import random
import re
import string
import sys
import unicodedata
import uuid
from pathlib import Path

from faker import Faker

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "src"))
from afinar.privacy import checksums  # noqa: E402
from afinar.privacy.folding import fold  # noqa: E402
from afinar.privacy.gazetteer import load_gazetteer  # noqa: E402

HERE = Path(__file__).parent
UNSEEN_GIVEN = ["Dandara", "Kauê", "Iracy", "Jurema", "Taynara", "Wellida", "Cleidiane",
                "Josenildo", "Edinaldo", "Claudionor", "Francinete", "Raimundinho", "Gildásio",
                "Marivalda", "Deusdete", "Ednalva", "Adenilson", "Lucineide", "Genésio"]
UNSEEN_SURNAMES = ["Bezerril", "Cavalheiro", "Tabosa", "Arcoverde", "Quixadá", "Pinheirinho",
                   "Sobreira", "Bandeirante", "Militão", "Tomasini", "Zambrotti", "Ferrugem"]

FRESH_UNSEEN_GIVEN = ["Eudes", "Clebson", "Raniere", "Jocélio", "Gercina", "Edjane", "Valnice",
                      "Rivaldete", "Osmarina", "Ozéias", "Lucivânia", "Erinaldo", "Dejanira",
                      "Ivoneide", "Gilcimar"]
FRESH_UNSEEN_SURNAMES = ["Tabajara", "Canindé", "Parnaíba", "Muricy", "Bonadiman", "Sartori",
                         "Carapeba", "Jaguaribe", "Colodetti", "Brasilino", "Wanderkoken"]

TUNING = {
    "atendimento": [
        "Olá, meu nome é {PERSON} e meu CPF é {BR_CPF}. Quero cancelar o pedido {protocol}.",
        "Bom dia! Falei com a atendente {PERSON} ontem e ela disse que o reembolso de {money} cai em 5 dias.",
        "Cliente {PERSON}, telefone {PHONE_NUMBER}, e-mail {EMAIL_ADDRESS}, reclama de cobrança indevida.",
        "Por favor atualizem meu endereço para {ADDRESS}, CEP {BR_CEP}, {city}.",
        "Sou o {PERSON}, comprei na {company} e o produto veio quebrado. Protocolo {protocol}.",
        "O técnico {PERSON} esteve aqui, mas o problema continua. Meu celular é {PHONE_NUMBER}.",
        "Pode enviar a segunda via para {EMAIL_ADDRESS}? Titular: {PERSON}.",
        "Meu IP {IP_ADDRESS} foi bloqueado ao acessar a conta, pedido {protocol}.",
    ],
    "juridico": [
        "{PERSON}, brasileiro, casado, inscrito no CPF sob o nº {BR_CPF}, portador do RG {BR_RG}, residente na {ADDRESS}, {city}.",
        "Processo nº {cnj}. Autor: {PERSON}. Réu: {company}, CNPJ {BR_CNPJ}.",
        "A testemunha {PERSON} declarou que conhece a autora há dez anos.",
        # the lawyer's own home (an office address is a business's and is not labelled:
        # docs/privacy.md, "what counts as personal data here")
        "Advogado: {PERSON}, {PROFESSIONAL_ID}, residente e domiciliado na {ADDRESS}.",
        "O requerente {PERSON}, título de eleitor {BR_TITULO_ELEITOR}, pede a retificação do registro.",
        "A empresa {company}, inscrita no CNPJ {BR_CNPJ}, foi condenada a pagar {money}.",
        "O réu, {PERSON}, nascido em {DATE_OF_BIRTH}, CNH {BR_CNH}, foi citado em {date}.",
    ],
    "saude": [
        "Paciente {PERSON}, data de nascimento {DATE_OF_BIRTH}, cartão SUS {BR_CNS}, deu entrada com {cid}.",
        "Atendido pelo Dr. {PERSON} ({PROFESSIONAL_ID}) em {date}. Retorno em 30 dias.",
        "A paciente {PERSON} relata dor torácica; contato da filha: {PHONE_NUMBER}.",
        "Encaminhar {PERSON} para cardiologia. CID {cid}. Médica responsável: Dra. {PERSON}, {PROFESSIONAL_ID}.",
        "Resultado de exame de {PERSON} enviado para {EMAIL_ADDRESS}.",
        "Enfermeira {PERSON}, {PROFESSIONAL_ID}, administrou a medicação às 14h.",
    ],
    "financeiro": [
        "Transferência para {PERSON}, agência {BANK_ACCOUNT} conta corrente {BANK_ACCOUNT}, valor {money}.",
        "Chave PIX {PIX_KEY} de {PERSON} cadastrada com sucesso.",
        "O cartão {CREDIT_CARD} de {PERSON} foi bloqueado por suspeita de fraude.",
        "PIS {BR_PIS} vinculado ao CPF {BR_CPF} do titular {PERSON}.",
        "Financiamento do veículo placa {LICENSE_PLATE} em nome de {PERSON}, parcela de {money}.",
        "Boleto {protocol} da {company}, CNPJ {BR_CNPJ}, vence em {date}.",
    ],
}

HELDOUT = {
    "atendimento": [
        "oi, aqui é a {PERSON} de novo. meu zap é {PHONE_NUMBER}, me liga pfv",
        "boa tarde, quero saber do meu pedido {protocol}. cpf {BR_CPF}. obrigado",
        "Prezados, solicito a portabilidade do número {PHONE_NUMBER}. Atenciosamente, {PERSON}",
        "fui atendido pelo {PERSON} e ninguém resolveu!!! email {EMAIL_ADDRESS}",
        "Entregar em: {ADDRESS} - {city} / CEP {BR_CEP}. Falar com {PERSON}.",
        "[chat] atendente: qual o seu nome completo? cliente: {PERSON}",
        "Registro de acesso: usuário {EMAIL_ADDRESS} logado do IP {IP_ADDRESS} às 10h32.",
        "A loja {company} me vendeu errado, quero falar com o gerente {PERSON}.",
    ],
    "juridico": [
        "EXCELENTÍSSIMO SENHOR DOUTOR JUIZ. {PERSON_CAPS}, CPF {BR_CPF}, RG {BR_RG}, vem propor a presente ação.",
        "Autos {cnj}. Exequente: {PERSON_CAPS}. Executada: {company} (CNPJ {BR_CNPJ}).",
        "Outorgante: {PERSON}, CPF/MF {BR_CPF}, domiciliado na {ADDRESS}, {city}.",
        "Subscreve a presente o advogado {PERSON}, inscrito na {PROFESSIONAL_ID}.",
        "Intime-se a reclamante {PERSON} para audiência em {date}, sob pena de arquivamento.",
        "O inventariante {PERSON}, portador da carteira de motorista {BR_CNH}, apresentou as primeiras declarações.",
        "Eleitor {PERSON}, inscrição eleitoral {BR_TITULO_ELEITOR}, zona 001.",
    ],
    "saude": [
        "PCT: {PERSON}. DN: {DATE_OF_BIRTH}. CNS {BR_CNS}. HD: {cid}.",
        "Evolução: pct {PERSON} estável, sem queixas. Resp.: Dr. {PERSON} - {PROFESSIONAL_ID}",
        "Acompanhante: {PERSON} (esposa), tel. {PHONE_NUMBER}.",
        "Receita emitida para {PERSON}, nascida em {DATE_OF_BIRTH}. Retorno {date}.",
        "Laudo enviado ao e-mail {EMAIL_ADDRESS}; paciente {PERSON} ciente.",
        "Técnica de enfermagem {PERSON}, {PROFESSIONAL_ID}, aferiu PA 12x8.",
    ],
    "financeiro": [
        "Prezado(a) {PERSON}, sua fatura do cartão final {card_last4} no valor de {money} vence em {date}.",
        "Dados para depósito: Ag. {BANK_ACCOUNT} C/C {BANK_ACCOUNT} - favorecido {PERSON}.",
        "pix pra {PIX_KEY} (chave aleatória), nome {PERSON}",
        "Número do cartão: {CREDIT_CARD}. Titular: {PERSON_CAPS}.",
        "Contrato {protocol}: devedor {PERSON}, NIS {BR_PIS}, CPF {BR_CPF}.",
        "Veículo {LICENSE_PLATE} alienado fiduciariamente; proprietário {PERSON}.",
    ],
}

FRESH = {
    "atendimento": [
        "oi boa noite, falei c/ a {PERSON_LOWER} hj de manhã e ela n resolveu nd. meu cel {PHONE_NUMBER}",
        "vc pode ver pq meu pedido {protocol} n chegou? cpf {BR_CPF} obg",
        "aqui é o {PERSON_LOWER}, to sem internet desde ontem!! end: {ADDRESS}",
        "{FIRST_LOWER} vc me manda o boleto no {EMAIL_ADDRESS}? vlw",
        "Ata de reunião – Atendimento. Participantes: {PERSON}, {PERSON} e {PERSON}. Pauta: reclamações do mês.",
        "msg do cliente {PERSON}: quero cancelar, liga no {PHONE_NUMBER}",
        "Prezada Sra. {PERSON}, em resposta ao protocolo {protocol}, informamos que o reembolso de {money} foi aprovado.",
    ],
    "juridico": [
        "ATA DE AUDIÊNCIA. Presentes: o MM. Juiz {PERSON}, a autora {PERSON}, acompanhada de seu advogado {PERSON}, {PROFESSIONAL_ID}.",
        "Aos {date} reuniram-se {PERSON}, {PERSON} e {PERSON} para deliberar sobre o processo {cnj}.",
        "Ofício nº {protocol}. Ao Senhor {PERSON}, CPF {BR_CPF}, residente na {ADDRESS}.",
        "dr {PERSON_LOWER} pediu p/ juntar o RG {BR_RG} do cliente até sexta",
        "Declaro, para os devidos fins, que {PERSON}, CNH {BR_CNH}, compareceu a este cartório.",
        "Certifico que {PERSON_CAPS} e {PERSON_CAPS} firmaram o acordo em {date}, em {city}.",
    ],
    "saude": [
        "plantão: pcte {PERSON_LOWER} 72a, DN {DATE_OF_BIRTH}, cns {BR_CNS}, PA 13x8",
        "Reunião da equipe multiprofissional. Participantes: Enf. {PERSON}, Dr. {PERSON}, fisioterapeuta {PERSON}.",
        "manda msg pra {PERSON_LOWER} da recepção confirmar o exame, tel {PHONE_NUMBER}",
        "Ao Dr. {PERSON}, {PROFESSIONAL_ID}: encaminho o paciente {PERSON} para avaliação. HD: {cid}.",
        "familiar ({FIRST_LOWER}) pediu o laudo no email {EMAIL_ADDRESS}",
        "Prontuário de {PERSON}, nascido em {DATE_OF_BIRTH}, RG {BR_RG}.",
    ],
    "financeiro": [
        "fiz o pix pra {PERSON_LOWER} na chave {PIX_KEY}, confere pf",
        "Comunicado aos cotistas: {PERSON}, {PERSON} e {PERSON} integram o conselho fiscal.",
        "Ag {BANK_ACCOUNT} cc {BANK_ACCOUNT} em nome de {PERSON}, cpf {BR_CPF}",
        "Sr(a). {PERSON}, informamos que o cartão {CREDIT_CARD} foi cancelado.",
        "comprovante do ted p/ {PERSON} tá no zap {PHONE_NUMBER}",
        "Ata da assembleia: aprovada a entrada do associado {PERSON} (CPF {BR_CPF}), veículo placa {LICENSE_PLATE}.",
        "pis {BR_PIS} do funcionario {PERSON_LOWER} tá errado no sistema",
        "Título de eleitor {BR_TITULO_ELEITOR} e CNPJ {BR_CNPJ} da empresa {company} anexados.",
    ],
}

DDDS = ["11", "21", "31", "41", "51", "61", "71", "81", "85", "92", "27", "48", "62", "19"]
UFS = ["SP", "RJ", "MG", "RS", "PR", "BA", "PE", "CE", "DF", "SC", "GO"]
STREET_TYPES = ["Rua", "Avenida", "Av.", "Travessa", "Alameda", "Rua", "Praça", "Estrada"]


class Filler:
    """Generates slot values (personal and look-alike) from one seeded RNG."""

    def __init__(self, seed: int, unseen_given: list[str] = UNSEEN_GIVEN,
                 unseen_surnames: list[str] = UNSEEN_SURNAMES) -> None:
        self.rng = random.Random(seed)
        self.faker = Faker("pt_BR")
        self.faker.seed_instance(seed)
        gazetteer = load_gazetteer()
        known = gazetteer.given | gazetteer.surnames
        self.unseen_given = [n for n in unseen_given if fold(n) not in known]
        self.unseen_surnames = [n for n in unseen_surnames if fold(n) not in known]

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice(string.digits) for _ in range(n))

    def person(self) -> str:
        r = self.rng.random()
        if r < 0.15:
            return f"{self.rng.choice(self.unseen_given)} {self.rng.choice(self.unseen_surnames)}"
        first = self.faker.first_name()
        last = self.faker.last_name()
        shape = self.rng.random()
        if shape < 0.2:
            return f"{first} {self.faker.last_name()} {last}"
        if shape < 0.3:
            return f"{first} {self.rng.choice(['da', 'de', 'dos'])} {self.faker.last_name().split()[-1]}"
        return f"{first} {last}"

    def value(self, slot: str) -> str:
        rng = self.rng
        if slot == "PERSON":
            return self.person()
        if slot == "BR_CPF":
            body = self.digits(9)
            number = body + checksums.cpf_check_digits(body)
            return (f"{number[:3]}.{number[3:6]}.{number[6:9]}-{number[9:]}"
                    if rng.random() < 0.7 else number)
        if slot == "BR_CNPJ":
            if rng.random() < 0.3:
                body = "".join(rng.choice(string.digits + string.ascii_uppercase) for _ in range(8)) + "0001"
            else:
                body = self.digits(8) + "0001"
            n = body + checksums.cnpj_check_digits(body)
            return f"{n[:2]}.{n[2:5]}.{n[5:8]}/{n[8:12]}-{n[12:]}"
        if slot == "BR_RG":
            body = self.digits(8)
            return f"{body[:2]}.{body[2:5]}.{body[5:]}-{checksums.rg_sp_check_digit(body)}"
        if slot == "BR_CNH":
            while True:
                body = self.digits(9)
                n = body + checksums.cnh_check_digits(body)
                if checksums.is_valid_cnh(n):
                    return n
        if slot == "BR_PIS":
            body = "1" + self.digits(9)
            n = body + checksums.pis_check_digit(body)
            return f"{n[:3]}.{n[3:8]}.{n[8:10]}-{n[10]}" if rng.random() < 0.6 else n
        if slot == "BR_TITULO_ELEITOR":
            body = self.digits(8) + f"{rng.randint(1, 28):02d}"
            n = body + checksums.titulo_check_digits(body)
            return f"{n[:4]} {n[4:8]} {n[8:]}" if rng.random() < 0.6 else n
        if slot == "BR_CNS":
            while True:
                body = rng.choice("789") + self.digits(13)
                last = -sum(int(c) * w for c, w in zip(body, range(15, 1, -1))) % 11
                if last < 10:
                    n = body + str(last)
                    return f"{n[:3]} {n[3:7]} {n[7:11]} {n[11:]}" if rng.random() < 0.6 else n
        if slot == "BR_CEP":
            n = str(rng.randint(1, 9)) + self.digits(7)
            return f"{n[:5]}-{n[5:]}"
        if slot == "EMAIL_ADDRESS":
            name = fold(self.faker.first_name().split()[0]) + rng.choice([".", "_", ""]) + fold(self.faker.last_name().split()[-1])
            name = re.sub(r"[^a-z._]", "", name) + (str(rng.randint(1, 99)) if rng.random() < 0.3 else "")
            return f"{name}@{rng.choice(['gmail.com', 'hotmail.com', 'empresa.com.br', 'uol.com.br', 'outlook.com'])}"
        if slot == "PHONE_NUMBER":
            ddd = rng.choice(DDDS)
            mobile = rng.random() < 0.7
            local = ("9" + self.digits(8)) if mobile else (str(rng.randint(2, 5)) + self.digits(7))
            head, tail = local[:-4], local[-4:]
            style = rng.randint(0, 3)
            if style == 0:
                return f"({ddd}) {head}-{tail}"
            if style == 1:
                return f"+55 {ddd} {head}-{tail}"
            if style == 2:
                return f"{ddd} {head}-{tail}"
            return f"({ddd}) {head}{tail}"
        if slot == "CREDIT_CARD":
            body = rng.choice(["4", "5"]) + self.digits(14)
            n = body + checksums.luhn_check_digit(body)
            return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if rng.random() < 0.8 else n
        if slot == "PIX_KEY":
            return str(uuid.UUID(int=rng.getrandbits(128), version=4))
        if slot == "LICENSE_PLATE":
            letters = "".join(rng.choice(string.ascii_uppercase) for _ in range(3))
            if rng.random() < 0.5:
                return f"{letters}-{self.digits(4)}"
            return f"{letters}{self.digits(1)}{rng.choice(string.ascii_uppercase)}{self.digits(2)}"
        if slot == "BANK_ACCOUNT":
            return rng.choice([self.digits(4), f"{self.digits(4)}-{self.digits(1)}",
                               f"{self.digits(5)}-{self.digits(1)}", f"{self.digits(6)}-{self.digits(1)}"])
        if slot == "ADDRESS":
            street = rng.choice(STREET_TYPES)
            name = rng.choice([self.faker.last_name(), self.faker.name(), "das Flores",
                               "Sete de Setembro", "Santos Dumont", "Brasil", "da Consolação"])
            complement = rng.choice(["", ", apto 12", ", casa 2", ", bloco B, apto 304", ", sala 5"])
            return f"{street} {name}, {rng.randint(1, 3999)}{complement}"
        if slot == "DATE_OF_BIRTH":
            d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1940, 2010)
            return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d:02d}-{m:02d}-{y}", f"{d:02d}/{m:02d}/{y}"])
        if slot == "IP_ADDRESS":
            return f"{rng.randint(11, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        if slot == "PROFESSIONAL_ID":
            council = rng.choice(["CRM", "OAB", "COREN", "CRO", "CREA", "CRP"])
            number = self.digits(6)
            if council == "OAB" or rng.random() < 0.3:
                number = f"{number[:3]}.{number[3:]}"
            return f"{council}/{rng.choice(UFS)} {number}"
        # look-alike, non-personal slots
        if slot == "protocol":
            return rng.choice([self.digits(12), f"{self.digits(4)}-{self.digits(6)}", self.digits(11)])
        if slot == "money":
            return f"R$ {rng.randint(1, 99)}.{self.digits(3)},{self.digits(2)}"
        if slot == "city":
            return rng.choice(["São Paulo", "Rio de Janeiro", "Belo Horizonte", "Salvador",
                               "Porto Alegre", "Curitiba", "Recife", "Santos", "Natal", "Vitória"])
        if slot == "company":
            return rng.choice(["Casas Bahia", "Magazine Luiza", "Farmácia Silva", "Lojas Rocha",
                               "Banco do Brasil", "Drogaria São Paulo", "Supermercado Oliveira",
                               "Construtora Andrade Ltda", "Padaria Santos"])
        if slot == "cnj":
            return f"{self.digits(7)}-{self.digits(2)}.{rng.randint(2015, 2024)}.8.26.{self.digits(4)}"
        if slot == "cid":
            return rng.choice(["I21.9", "J18.9", "E11.9", "K35.8", "M54.5"])
        if slot == "date":
            return f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(2023, 2026)}"
        if slot == "card_last4":
            return self.digits(4)
        raise KeyError(slot)


NOVEL_UNSEEN_GIVEN = ["Joselita", "Erisvaldo", "Zenóbia", "Ubirajara", "Juçara", "Rosicleide",
                      "Nivaldete", "Cosmerina", "Adelmo", "Iranildo", "Jucilene", "Creusa",
                      "Eronildes", "Maricleide", "Ademário"]
NOVEL_UNSEEN_SURNAMES = ["Caldeirão", "Piancó", "Mandacaru", "Bolonhesi", "Zanotelli", "Brejeiro",
                         "Caetité", "Tavernard", "Bortolotto", "Catolé", "Coqueiro"]
NOVEL_UNSEEN_FEMALE = ["Joselita", "Zenóbia", "Juçara", "Rosicleide", "Nivaldete", "Cosmerina",
                       "Jucilene", "Creusa", "Maricleide"]

# Written without reading the detectors, in registers the other three sets do not use:
# e-mail threads with quoted replies and signatures, call-centre and collection-call
# transcripts, complaint-site posts with the company's answer, rows pasted from
# spreadsheets and CSV/bank batch files, unpunctuated automatic audio transcriptions,
# field-service orders, court hearing records, bailiff certificates, witness statements,
# extrajudicial notices, judgments, discharge summaries, controlled-drug prescriptions,
# nurse shift handovers, lab reports, ombudsman records, vaccination schedules, KYC
# forms, chargeback disputes, payroll notes, anti-fraud alerts. Person forms beyond
# those of the other sets (all labelled PERSON): first name only, mixed case, capitals
# without accents, "SURNAME, Given", particles (da, de, dos, e), apostrophes and hyphens,
# nicknames where the text shows a person, a surname after "Dr.", and the same person
# again later in the record (quoted e-mail header, signature). An e-mail address built
# from a person's name is EMAIL_ADDRESS only.
NOVEL = {
    "atendimento": [
        "Assunto: RE: Troca do pedido {protocol} ({product})\n\nOlá, {PERSON_FIRST},\n\n"
        "a coleta foi agendada para {weekday}, entre 8h e 18h, no endereço do pedido. Deixe a "
        "nota fiscal separada, por favor.\n\nAtt.,\n{PERSON}\nAnalista de Relacionamento | {company}"
        "\n\nEm {quote_date}, {PERSON_REF1} <{EMAIL_REF1}> escreveu:\n> Boa tarde, o produto "
        "chegou com a tela trincada e até agora ninguém me respondeu.",
        "Atendente: {company}, boa tarde, com quem eu falo?\nCliente: Quem fala é {PERSON}, titular "
        "da linha.\nAtendente: Obrigado. Para sua segurança, pode confirmar o CPF?\nCliente: "
        "{BR_CPF}.\nAtendente: Certo, consta a fatura de {month} em aberto, no valor de {money}. "
        "Meu nome é {PERSON_FIRST}, anote o protocolo {protocol}.",
        "Cobrança em dobro no cartão e ninguém resolve\n{city_uf}   ID: {complaint_id}\n\n"
        "Comprei pelo site da {store} em {month} ({product}) e cobraram duas vezes!!! Já liguei 6 "
        "vezes, a última atendente, {PERSON_FIRST}, disse que o estorno sairia em 48h. Nada até "
        "hoje. NÃO COMPREM.\n\nResposta da empresa\nOlá, {PERSON_FIRST}! Lamentamos o transtorno. "
        "Seu caso foi encaminhado ao time responsável e o estorno de {money} será creditado na "
        "próxima fatura.\nEquipe de Atendimento {store}",
        "Chamado {protocol} – clientes afetados pela queda do link de {weekday} (copiei da "
        "planilha):\nNOME;CIDADE;PLANO;PROTOCOLO\n{PERSON_CAPS};{city};{plan};{protocol}\n"
        "{PERSON_MIXED};{city};{plan};{protocol}\nFavor creditar 3 dias de desconto na próxima fatura.",
        "transcrição automática do áudio do cliente: bom dia aqui quem fala é {PERSON_LOWER} eu tô "
        "ligando porque a compra {product_lower} que eu fiz em {month} não chegou até agora o "
        "endereço é {ADDRESS_LOWER} se puder me retornar eu agradeço",
        "Ordem de serviço {protocol} – instalação {plan}\nTécnico: {NICK} (equipe terceirizada)\n"
        "Obs.: cliente não estava; o vizinho disse que ela trabalha na {landmark} e volta às 18h. "
        "Reagendado para {weekday}, retirar o roteador na {branch}. Ligar antes no {PHONE_NUMBER}.",
    ],
    "juridico": [
        "TERMO DE AUDIÊNCIA\nProcesso: {cnj_labour}\nReclamante: {PERSON_CAPS}\nReclamada: "
        "{company}\n\nAberta a audiência e apregoadas as partes, compareceu o reclamante "
        "acompanhado de seu advogado, Dr. {PERSON}, {PROFESSIONAL_ID}, e a reclamada, representada "
        "por preposto. Recusada a primeira proposta de conciliação. Designo o dia {date}, às 13h, "
        "para a instrução. Cientes as partes.\n{court}",
        "CERTIDÃO – Mandado nº {protocol}\nCERTIFICO que, em cumprimento ao mandado, dirigi-me em "
        "{date}, às 9h40, à {ADDRESS}, nesta cidade de {city}, e lá sendo CITEI {PERSON_CAPS}, que "
        "recebeu a contrafé e exarou sua nota de ciente. O referido é verdade e dou fé.",
        "De: {PERSON} <{EMAIL_REF1}>\nEnviada em: {long_date}\nPara: Contencioso – {firm}\n"
        "Assunto: RES: Processo {cnj} – documentos pendentes\n\nBom dia, doutora.\nSeguem em anexo "
        "o comprovante de residência e a procuração assinada. A audiência continua marcada "
        "({court})?\n\nObrigado,\n{FIRST_REF1}\n\nEnviado do meu iPhone",
        "NOTIFICAÇÃO EXTRAJUDICIAL\n\nNOTIFICANTE: {company}\nNOTIFICADA: {PERSON_APOS}, residente "
        "na {ADDRESS}, {city_uf}\n\nPela presente, fica V.Sa. notificada a quitar, no prazo de 10 "
        "(dez) dias, o débito de {money} relativo ao contrato {protocol}, vencido em {date}, sob "
        "pena de inscrição nos órgãos de proteção ao crédito.",
        "Depoimento da primeira testemunha do reclamante: {PERSON_HYPHEN}, identificada pela CNH nº "
        "{BR_CNH}, {age} anos, compromissada e advertida. Disse que trabalhou com o reclamante na "
        "{employer} de {month} de 2019 a {month} de 2022; que o encarregado da obra era o {NICK}; "
        "que o reclamante chegava às 6h. Nada mais.",
        "Ante o exposto, JULGO PROCEDENTE o pedido formulado por {PERSON} em face de {company}, "
        "condenando a ré ao pagamento de {money}, corrigidos desde {date}. Sem custas.\nP.R.I.\n"
        "{city}, {long_day}.\n{PERSON}\nJuiz de Direito",
        "DECLARAÇÃO DE HIPOSSUFICIÊNCIA\n\nEu, {PERSON_PARTICLE}, título de eleitor nº "
        "{BR_TITULO_ELEITOR}, declaro, sob as penas da lei, que não tenho condições de arcar com "
        "as custas do processo sem prejuízo do sustento próprio e da minha família.\n\n{city}, "
        "{long_day}.\n\n{PERSON_REF1}",
    ],
    "saude": [
        "SUMÁRIO DE ALTA – {hospital}\nPaciente: {PERSON_CAPS}   Nascimento: {DATE_OF_BIRTH}   "
        "Prontuário: {protocol}\nInternação: {date}   Permanência: {stay} dias\nDiagnóstico "
        "principal: {icd}\nEvolução: boa resposta a {drug}; afebril há 72h.\nOrientações: manter "
        "{drug} e retornar ao ambulatório na {weekday}.\nMédico assistente: Dr. {PERSON}",
        "RECEITUÁRIO DE CONTROLE ESPECIAL – 1ª via farmácia\nEmitente: Dra. {PERSON}, "
        "{PROFESSIONAL_ID}, {hospital}\nPaciente: {PERSON}\nUso oral: {drug} — 1 comprimido à "
        "noite, por 30 dias.\nIdentificação do comprador: a preencher pela farmácia.",
        "Passagem de plantão – {ward} – noturno de {weekday}\nLeito 03: {PERSON}, {age}a, PO de "
        "{procedure}, em uso de {drug}; dor controlada. Acompanhante ({NICK}) dorme no quarto.\n"
        "Leito 07: {PERSON_CAPS}, {icd}, aguarda vaga de UTI; familiar não compareceu.\nSem "
        "intercorrências nos demais leitos.",
        "{lab} – LAUDO\nCliente: {PERSON_INVERTED}   Idade: {age} anos   CNS: {BR_CNS}\n"
        "Hemoglobina glicada: 7,8 %   Glicose em jejum: 142 mg/dL\nLiberado eletronicamente em "
        "{date}.",
        "Ouvidoria – manifestação {protocol} (canal: Instagram)\nA filha relata que a mãe, "
        "{MOTHER}, esperou 7 horas no pronto-socorro do {hospital} na {weekday} e que o "
        "Dr. {SURNAME} não a examinou. Solicita retorno por telefone.",
        "transcrição da teleconsulta paciente {PERSON_LOWER} refere tosse seca há dez dias nega "
        "febre faz uso de {drug_bp} para pressão hipótese {icd_resp} oriento hidratação e retorno "
        "na {weekday} se piorar",
        "Agenda {ubs} – vacinação de {weekday}\nHorário\tNome\tVacina\tLote\n08:00\t{PERSON}\t"
        "{vaccine}\t{lot}\n08:20\t{PERSON_ASCII_CAPS}\t{vaccine}\t{lot}",
    ],
    "financeiro": [
        "FICHA CADASTRAL – PESSOA FÍSICA\nNome completo: {PERSON}\nCPF: {BR_CPF}\nRG: {BR_RG} "
        "SSP/{uf}\nData de nascimento: {DATE_OF_BIRTH}\nNome da mãe: {MOTHER}\nEndereço "
        "residencial: {ADDRESS}\nProfissão: {profession}   Renda mensal: {money}\nPessoa "
        "politicamente exposta: Não",
        "CONTESTAÇÃO DE TRANSAÇÃO (chargeback)\nPortador: {PERSON}\nCartão: {CREDIT_CARD}\n"
        "Estabelecimento: {merchant}\nData da compra: {date}   Valor: {money}\nMotivo: não "
        "reconheço a compra; o cartão estava comigo em {city} nesse dia.",
        "Obs. folha {month}/2025:\n- {PERSON} (PIS {BR_PIS}): lançar 12h extras e adicional "
        "noturno; admissão em {date}.\n- Vale-refeição reajustado a partir de {month}, conforme a "
        "convenção coletiva.",
        "Operador: Bom dia, eu falo com {PERSON}?\nDevedor: Sou eu.\nOperador: Aqui é da assessoria "
        "de cobrança, em nome de {company}. Consta em aberto a parcela de {month} do financiamento "
        "do veículo placa {LICENSE_PLATE}, no valor de {money}.\nDevedor: Eu pago na {weekday}, "
        "pode mandar o boleto.",
        "Assunto: PIX enviado para a pessoa errada\n\nBoa noite,\n\nfiz um PIX de {money} às 21h "
        "de {weekday} para a chave {PIX_KEY}, achando que era do meu cunhado, mas o nome que "
        "apareceu foi outro. Quero abrir o MED. Minha conta: agência {BANK_ACCOUNT}, conta "
        "{BANK_ACCOUNT}.\n\n--\n{PERSON}",
        "Lote de pagamentos {protocol} – remessa de {weekday}\nFAVORECIDO;DOCUMENTO;BANCO;VALOR\n"
        "{PERSON_ASCII_CAPS};{BR_CPF};{bank};{money}\n{company_upper};{BR_CNPJ};{bank};{money}",
        "Alerta antifraude {protocol}: login de {EMAIL_ADDRESS} a partir do IP {IP_ADDRESS} "
        "({city}) às 03:12 de {weekday}, dispositivo novo {device}. Transferência de {money} "
        "retida até a confirmação por SMS.",
    ],
}

# novel-set person forms and the label of each
NOVEL_SLOT_LABELS = {
    "PERSON_FIRST": "PERSON", "PERSON_MIXED": "PERSON", "PERSON_ASCII_CAPS": "PERSON",
    "PERSON_INVERTED": "PERSON", "PERSON_PARTICLE": "PERSON", "PERSON_APOS": "PERSON",
    "PERSON_HYPHEN": "PERSON", "MOTHER": "PERSON", "NICK": "PERSON", "SURNAME": "PERSON", "PERSON_REF1": "PERSON",
    "FIRST_REF1": "PERSON", "EMAIL_REF1": "EMAIL_ADDRESS", "ADDRESS_LOWER": "ADDRESS",
}
NICKNAMES = ["Zé", "Tião", "Chico", "Tonho", "Juca", "Bia", "Nando", "Dudu", "Cida", "Zezinho",
             "Guto", "Lurdinha"]
APOSTROPHE_SURNAMES = ["D'Ávila", "Sant'Anna", "Dall'Agnol", "D'Ambrosio", "Dell'Aglio",
                       "D'Oliveira", "Dall'Oglio"]
HYPHEN_GIVEN = ["Jean-Pierre", "Anne-Marie", "Jean-Carlos", "Marie-Claire", "Ana-Lúcia"]
HYPHEN_SURNAMES = ["Costa-Lima", "Mello-Franco", "Souza-Leão", "Pires-Ferreira"]
WEEKDAYS = ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira"]
MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
          "setembro", "outubro", "novembro", "dezembro"]
NOVEL_NEGATIVES = {
    "product": ["Smart TV 50\" 4K", "geladeira Frost Free 375L", "iPhone 13 128GB",
                "notebook IdeaPad 3", "air fryer 4L", "Galaxy A54", "máquina de lavar 12kg"],
    "plan": ["Fibra 500 Mega", "Controle 25GB", "Pós 50GB", "Combo TV + Fibra"],
    "landmark": ["Escola Estadual Rui Barbosa", "Igreja Matriz de São Sebastião",
                 "padaria Pão de Mel", "Escola Municipal Dom Pedro II", "farmácia da Praça Tiradentes"],
    "branch": ["loja da Rua Augusta", "unidade Avenida Paulista", "loja do Shopping Iguatemi",
               "agência Sete de Setembro", "loja da Avenida Brasil"],
    "court": ["1ª Vara Cível do Foro Central de São Paulo", "2ª Vara do Trabalho de Campinas",
              "Juizado Especial Cível de Curitiba", "3ª Vara de Família de Belo Horizonte",
              "Fórum João Mendes Júnior", "TRT da 4ª Região", "Fórum Ruy Barbosa"],
    "firm": ["Pinheiro Neto Advogados", "Mattos Filho", "Machado Meyer", "Demarest Advogados",
             "Tozzini Freire"],
    "hospital": ["Hospital Sírio-Libanês", "Hospital Israelita Albert Einstein",
                 "Hospital Alemão Oswaldo Cruz", "Hospital Santa Marcelina",
                 "Hospital Moinhos de Vento", "Hospital Municipal Miguel Couto",
                 "Hospital Getúlio Vargas", "Hospital Santa Izabel"],
    "drug": ["Losartana 50 mg", "Metformina 850 mg", "Amoxicilina 500 mg", "Dipirona 1 g",
             "Omeprazol 20 mg", "Rivotril 2 mg", "Sertralina 50 mg", "Ceftriaxona 1 g"],
    "icd": ["I10", "E11.9", "J44.1", "N39.0", "A09", "F32.1", "K80.2", "S72.0", "I50.0", "C50.9"],
    "ward": ["Clínica Médica 2º andar", "UTI adulto", "Enfermaria B", "Ala Pediátrica",
             "Unidade Coronariana"],
    "procedure": ["colecistectomia", "artroplastia de quadril", "apendicectomia", "herniorrafia"],
    "lab": ["Laboratório Fleury", "Hermes Pardini", "Laboratório Sabin", "Laboratório Lavoisier",
            "Laboratório Bronstein"],
    "ubs": ["UBS Vila Nova Cachoeirinha", "UBS Jardim Ângela", "UBS Santa Cecília",
            "UBS Parque Novo Mundo", "UBS Dr. Sérgio Arouca"],
    "vaccine": ["Influenza", "dT adulto", "Hepatite B", "Febre amarela", "COVID-19 bivalente"],
    "profession": ["Analista de sistemas", "Professora", "Motorista", "Enfermeiro", "Autônomo",
                   "Aposentada"],
    "merchant": ["IFOOD *RESTAURANTE", "UBER *TRIP", "NETFLIX.COM", "AMAZON MKTPLACE",
                 "POSTO IPIRANGA", "MERCADOLIVRE*2PRODUTOS", "DROGASIL 1234"],
    "bank": ["001 - Banco do Brasil", "341 - Itaú", "237 - Bradesco", "104 - Caixa",
             "260 - Nubank", "077 - Inter"],
    "device": ["Android 14 - Samsung SM-A546E", "iPhone 15 (iOS 17.4)", "Windows 11 / Chrome 124",
               "Motorola moto g54"],
    "uf": UFS,
    "city_uf": ["São Paulo/SP", "Recife/PE", "Belo Horizonte/MG", "Porto Alegre/RS", "Curitiba/PR",
                "Salvador/BA", "Fortaleza/CE", "Goiânia/GO", "Florianópolis/SC", "Campinas/SP"],
    "store": ["Casas Bahia", "Magazine Luiza", "Lojas Rocha", "Americanas", "Lojas Cardoso",
              "Ponto"],
    "employer": ["Construtora Andrade Ltda", "Transportadora Moreira", "Metalúrgica Ferreira Ltda",
                 "Padaria Santos", "Construtora Queiroz Galvão"],
    "drug_bp": ["losartana 50 mg", "enalapril 10 mg", "anlodipino 5 mg", "hidroclorotiazida 25 mg"],
    "icd_resp": ["j06.9", "j20.9", "j45.9", "u07.1"],
    "stay": ["3", "5", "7", "12", "21"],
    "weekday": WEEKDAYS,
    "month": MONTHS,
}


class NovelFiller(Filler):
    """Adds the novel set's person forms and negatives; remembers the record's people."""

    def __init__(self, seed: int, unseen_given: list[str], unseen_surnames: list[str]) -> None:
        super().__init__(seed, unseen_given, unseen_surnames)
        self.people: list[str] = []

    def new_record(self) -> None:
        self.people = []

    def parts(self, female: bool = False) -> tuple[str, str]:
        if self.rng.random() < 0.15:
            given = [n for n in self.unseen_given if not female or n in NOVEL_UNSEEN_FEMALE]
            return self.rng.choice(given), self.rng.choice(self.unseen_surnames)
        first = self.faker.first_name_female() if female else self.faker.first_name()
        return first, self.faker.last_name()

    def email_of(self, person: str) -> str:
        words = [re.sub(r"[^a-z]", "", fold(w)) for w in person.split()]
        first, last = words[0], words[-1]
        local = self.rng.choice([f"{first}.{last}", f"{first}{last}", f"{first[0]}{last}",
                                 f"{first}_{last}", f"{first}.{last}{self.rng.randint(1, 99)}"])
        return f"{local}@{self.rng.choice(['gmail.com', 'hotmail.com', 'yahoo.com.br', 'empresa.com.br', 'terra.com.br'])}"

    def value(self, slot: str) -> str:
        rng = self.rng
        if slot in NOVEL_NEGATIVES:
            return rng.choice(NOVEL_NEGATIVES[slot])
        person = None
        if slot in ("PERSON", "PERSON_MIXED", "PERSON_ASCII_CAPS", "PERSON_INVERTED"):
            person = self.person()
        elif slot == "PERSON_FIRST":
            first, last = self.parts()
            self.people.append(f"{first} {last}")
            return first
        elif slot in ("PERSON_PARTICLE", "MOTHER"):
            first, last = self.parts(female=slot == "MOTHER")
            last = last.split()[-1]
            other = self.faker.last_name()
            if " " not in other:
                other = f"{rng.choice(['da', 'de', 'dos'])} {other}"
            person = rng.choice([f"{first} {other} {last}", f"{first} {last} e {other.split()[-1]}",
                                 f"{first} {other} e {last}"])
        elif slot == "PERSON_APOS":
            first, last = self.parts()
            person = rng.choice([f"{first} {rng.choice(APOSTROPHE_SURNAMES)}",
                                 f"{first} {last} {rng.choice(APOSTROPHE_SURNAMES)}"])
        elif slot == "PERSON_HYPHEN":
            first, last = self.parts()
            person = rng.choice([f"{rng.choice(HYPHEN_GIVEN)} {last}",
                                 f"{first} {rng.choice(HYPHEN_SURNAMES)}"])
        elif slot == "NICK":
            nick = rng.choice(NICKNAMES)
            return nick if rng.random() < 0.6 else f"{nick} {self.faker.last_name().split()[-1]}"
        elif slot == "SURNAME":
            return self.parts()[1].split()[-1]
        elif slot == "PERSON_REF1":
            return self.people[0]
        elif slot == "FIRST_REF1":
            return self.people[0].split()[0]
        elif slot == "EMAIL_REF1":
            return self.email_of(self.people[0])
        elif slot == "ADDRESS_LOWER":
            return super().value("ADDRESS").lower()
        elif slot == "product_lower":
            return self.value("product").lower()
        elif slot == "company_upper":
            return fold(super().value("company")).upper()
        elif slot == "cnj_labour":
            return f"{self.digits(7)}-{self.digits(2)}.{rng.randint(2019, 2025)}.5.15.{self.digits(4)}"
        elif slot == "complaint_id":
            return self.digits(9)
        elif slot == "lot":
            return f"{rng.choice(string.ascii_uppercase)}{self.digits(3)}{rng.choice(string.ascii_uppercase)}{self.digits(2)}"
        elif slot == "age":
            return str(rng.randint(19, 94))
        elif slot == "quote_date":
            return (f"{rng.choice(['seg', 'ter', 'qua', 'qui', 'sex', 'sáb'])}., {rng.randint(1, 28)} "
                    f"de {rng.choice(MONTHS)[:3]}. de {rng.randint(2023, 2025)} às "
                    f"{rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}")
        elif slot == "long_date":
            return (f"{rng.choice(WEEKDAYS)}, {rng.randint(1, 28)} de {rng.choice(MONTHS)} de "
                    f"{rng.randint(2023, 2025)} {rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}")
        elif slot == "long_day":
            return f"{rng.randint(1, 28)} de {rng.choice(MONTHS)} de {rng.randint(2023, 2025)}"
        else:
            return super().value(slot)
        self.people.append(person)
        if slot == "PERSON_MIXED":
            words = person.split()
            if rng.random() < 0.5:
                return " ".join([words[0]] + [w.lower() for w in words[1:]])
            return " ".join([w.lower() for w in words[:-1]] + [words[-1].upper()])
        if slot == "PERSON_ASCII_CAPS":
            return unicodedata.normalize("NFKD", person).encode("ascii", "ignore").decode().upper()
        if slot == "PERSON_INVERTED":
            words = person.split()
            cut = len(words) - 1
            if cut > 1 and words[cut - 1] in ("da", "de", "do", "dos", "das"):
                cut -= 1
            return f"{' '.join(words[cut:]).upper()}, {' '.join(words[:cut])}"
        return person


FIFTH_UNSEEN_GIVEN = ["Edvânia", "Dalvanira", "Edicleia", "Ismênia", "Deuzuita", "Nilzete",
                      "Orlandina", "Wanderléia", "Cleomar", "Erivelton", "Zilmar", "Hermógenes",
                      "Cleberson", "Dilermando", "Belchior"]
FIFTH_UNSEEN_FEMALE = ["Edvânia", "Dalvanira", "Edicleia", "Ismênia", "Deuzuita", "Nilzete",
                       "Orlandina", "Wanderléia"]
FIFTH_UNSEEN_SURNAMES = ["Cajazeira", "Acioly", "Camboim", "Cangussu", "Macambira", "Oiticica",
                         "Gasparetto", "Sbardelotto", "Pagliarini", "Piovesan", "Dalcin",
                         "Sertório"]

# Written without reading the detectors (their code, lists, keywords or contexts), in
# registers none of the other four sets uses: chatbot logs with timestamps, WhatsApp chat
# exports, voice-mail transcriptions, JSON and key=value log lines pasted into tickets,
# Slack-like staff channels, carrier delivery receipts, authorisations for a third party
# to collect an order, powers of attorney, labour-court petitions' qualification
# paragraphs, police reports (boletim de ocorrência), OCR'd scanned lease contracts with
# hyphenation and broken lines, service-by-publication notices (edital), marriage
# certificates, letters appointing a company's representative (carta de preposição), SUS
# referral forms, SP/SADT exam-request forms, home-care visit notes, sick-leave
# certificates, appointment SMS, compulsory-notification forms (SINAN), consent forms,
# motor insurance claims, payroll-loan applications, DANFE invoices with the buyer's
# data, debt renegotiation letters and Pix receipts. Person forms (all labelled PERSON):
# compound given names, particles, Filho/Júnior/Neto/Sobrinho/Jr. (part of the span),
# capitals with and without accents, first names alone, a married name built from the
# spouse's surname, a chat sender repeated on every line. Not labelled: titles (Dr., Sra.,
# D.), @handles of teams, bots with human names, companies, firms, hospitals, streets used
# as places (crossings, shops, escape routes), drugs, ICD-10 and TUSS codes, ANS numbers,
# access keys, bar codes, tracking codes, end-to-end ids, timestamps and other dates.
FIFTH = {
    "atendimento": [
        "[{t0}] {bot} (assistente virtual): Oi! Eu sou a {bot}, assistente virtual da {retail}. "
        "Para localizar seu pedido, digite o nome completo do titular da compra.\n[{t}] Cliente: "
        "{PERSON}\n[{t}] {bot} (assistente virtual): Obrigada! Agora o CPF do titular, só números.\n"
        "[{t}] Cliente: {BR_CPF}\n[{t}] {bot} (assistente virtual): Achei! Pedido {protocol} – "
        "{product}, saiu para entrega com a {carrier} e chega até {weekday}. Posso ajudar em algo "
        "mais?\n[{t}] Cliente: quero falar com um atendente\n[{t}] Sistema: transferindo para a "
        "fila Pós-venda (posição 4)",
        "{day} {t0} - As mensagens e as ligações são protegidas com a criptografia de ponta a ponta "
        "e ficam somente entre você e os participantes desta conversa.\n{day} {t} - {PERSON}: boa "
        "tarde, o {product} que comprei chegou com defeito\n{day} {t} - {retail} Atendimento: Olá! "
        "Sentimos muito. Pode informar o número do pedido e o CPF do titular?\n{day} {t} - "
        "{PERSON_REF1}: pedido {protocol}, cpf {BR_CPF}\n{day} {t} - {retail} Atendimento: Obrigado! "
        "A troca foi aberta e a {carrier} vai passar para coletar em até 5 dias úteis.",
        "Caixa postal – nova mensagem\nDe: {PHONE_NUMBER}   Recebida: {day} às {t0}   Duração: "
        "0:{secs}\nTranscrição automática (pode conter erros):\n\"Alô, boa tarde, aqui é {MALE}, "
        "eu tenho uma reclamação aberta, o protocolo é {protocol}. A internet tá caindo desde "
        "{weekday}... se não conseguir falar comigo pode ligar pra minha esposa, a {FEMALE_FIRST}, "
        "ela fica em casa de manhã. Obrigado.\"",
        "Ticket #{ticket} – cliente não consegue atualizar o cadastro no app\nLog colado pelo N2:\n"
        "{\"ts\":\"{iso}\",\"level\":\"ERROR\",\"service\":\"{service}\",\"event\":\"update_profile\","
        "\"customer\":{\"nome\":\"{PERSON}\",\"cpf\":\"{BR_CPF}\"},\"client_ip\":\"{IP_ADDRESS}\","
        "\"app_version\":\"{app_version}\",\"error\":\"CEP_INVALIDO\"}\nMesmo erro em {tries} "
        "tentativas desde {date}. Favor verificar a validação de CEP.",
        "#{channel}\n{PERSON}  {t0}\n@{handle} o cliente {PERSON} ligou de novo sobre o pedido "
        "{protocol} ({retail}), já é a 3ª vez esta semana. Diz que foi cobrado duas vezes no cartão "
        "{CREDIT_CARD}, alguém consegue ver se o estorno de {money} saiu?\n{integration}  {t}\n"
        "Ticket #{ticket} atualizado: status → Aguardando financeiro",
        "{carrier} – Comprovante de entrega\nObjeto: {tracking}\nEntregue em {date} às {t0}\n"
        "Recebido por: {PERSON} (portaria)\nEndereço: {ADDRESS}, {city}\nLocal: {condo}\n"
        "Assinatura digital coletada no app do entregador. Aviso enviado para {EMAIL_ADDRESS}.",
        "AUTORIZAÇÃO PARA RETIRADA DE PRODUTO POR TERCEIRO\n\nEu, {PERSON}, CPF {BR_CPF}, titular "
        "do pedido {protocol}, autorizo {PERSON}, RG {BR_RG}, a retirar em meu nome o produto "
        "{product} na {pickup}.\n\n{city}, {date}.\n\nObs.: apresentar documento original com foto "
        "no balcão Retira Loja.",
    ],
    "juridico": [
        "PROCURAÇÃO AD JUDICIA ET EXTRA\n\nOUTORGANTE: {MALE_CAPS}, brasileiro, {marital_m}, "
        "{occupation_m}, inscrito no CPF sob o nº {BR_CPF}, residente e domiciliado na {ADDRESS}, "
        "{city}/{uf}.\n\nOUTORGADOS: os advogados integrantes de {law_firm}, sociedade inscrita na "
        "OAB/{uf} sob o nº {firm_reg}, a quem confere amplos poderes para o foro em geral, com a "
        "cláusula ad judicia et extra, em especial para propor ação em face de {company}.",
        "AO JUÍZO DA {vara}ª VARA DO TRABALHO DE {city_upper}\n\n{FEMALE_CAPS}, brasileira, "
        "{marital_f}, {occupation_f}, PIS {BR_PIS}, filha de {MOTHER}, residente e domiciliada em "
        "{city}/{uf}, vem, por sua advogada, propor a presente RECLAMAÇÃO TRABALHISTA pelo rito "
        "ordinário em face de {employer_caps}, pessoa jurídica de direito privado, pelos fatos e "
        "fundamentos a seguir expostos.",
        "BOLETIM DE OCORRÊNCIA Nº {bo}\n{police}\nNatureza: {crime}\nData/hora do fato: {date}, "
        "{t0}   Local: {crime_place}, {city}\nVÍTIMA: {PERSON_CAPS}, nascido(a) em {DATE_OF_BIRTH}, "
        "tel. {PHONE_NUMBER}\nHISTÓRICO: Comparece nesta unidade policial a vítima, noticiando que "
        "teve subtraído seu aparelho celular {phone_model} por indivíduo não identificado, que fugiu "
        "a pé em direção à {escape}. Não há testemunhas. Nada mais.",
        "CONTRATO DE LOCA-\nÇÃO RESIDENCIAL\n\nPelo presente instrumen-\nto particular, de um lado "
        "{PERSON_CAPS}, doravante de-\nnominado LOCADOR, e de outro {PERSON_CAPS}, portador do CPF\n"
        "n° {BR_CPF}, doravante denomi-\nnado LOCATÁRIO, têm entre si justo e contra-\ntado o "
        "seguinte:\nCLÁUSULA 1ª – 0 LOCADOR dá em locação o imó-\nvel situado na {ADDRESS}, nesta "
        "ci-\ndade de {city}, pelo aluguel mensal de {money}, venci-\nvel todo dia 5.\n[pág. 1/4]   "
        "Digitalizado com CamScanner",
        "EDITAL DE CITAÇÃO – PRAZO DE 20 (VINTE) DIAS. Processo nº {cnj}. O(A) Doutor(a) {PERSON}, "
        "Juiz(a) de Direito da {civil_court}, na forma da lei, FAZ SABER a {PERSON_CAPS}, CPF "
        "{BR_CPF}, que se encontra em lugar incerto e não sabido, que lhe foi proposta ação de "
        "cobrança por {company}, objetivando o recebimento de {money}. Fica citado(a) para, no prazo "
        "de 15 dias, pagar ou contestar. {city}, {long_day}.",
        "REGISTRO CIVIL DAS PESSOAS NATURAIS – {registry}\nCERTIDÃO DE CASAMENTO\nMatrícula: "
        "{matricula}\nNomes dos cônjuges: {MALE} e {FEMALE}\nNome que passou a utilizar a cônjuge: "
        "{SPOUSE}\nData do casamento: {long_day}   Regime de bens: {regime}\nO referido é verdade e "
        "dou fé. {city}, {date}.",
        "CARTA DE PREPOSIÇÃO\n\n{company_upper}, inscrita no CNPJ sob o nº {BR_CNPJ}, nomeia e "
        "constitui como sua preposta a Sra. {FEMALE}, {staff_role}, para representá-la na audiência "
        "designada nos autos da Reclamação Trabalhista nº {cnj_labour}, movida por {PERSON}, em "
        "trâmite perante a {labour_court}, podendo transigir, confessar e prestar depoimento.",
    ],
    "saude": [
        "FICHA DE REFERÊNCIA E CONTRARREFERÊNCIA\nUnidade solicitante: {ubs5}\nEncaminho para: "
        "{specialty} – {hospital5}\nUsuário(a): {PERSON}   Idade: {age} anos\nCNS: {BR_CNS}\n"
        "Resumo clínico: {reason}. Em uso de {drug5}. HD: {icd5}.\nProfissional solicitante: Dr(a). "
        "{PERSON}\nClassificação de risco: amarelo",
        "GUIA DE SP/SADT\n1 - Registro ANS: {ans}   2 - Nº da guia no prestador: {protocol}\nDADOS "
        "DO BENEFICIÁRIO\n10 - Nome: {PERSON_CAPS}   12 - Atendimento a RN: N\nDADOS DO SOLICITANTE\n"
        "15 - Nome do profissional solicitante: {PERSON_CAPS}   16 - Conselho profissional: CRM   "
        "17 - Número no conselho: {CRM_NUM}   18 - UF: {uf}\n21 - Caráter do atendimento: eletivo   "
        "22 - Data da solicitação: {date}\n24 - Procedimentos: {tuss} / {tuss}\nOperadora: "
        "{health_plan}",
        "VISITA DOMICILIAR – {esf}\n{date} – ACS {PERSON_FIRST}\nVisitada: D. {FEMALE}, {age_old} "
        "anos, acamada, HAS e DM2 em acompanhamento. Cuidadora: a neta, {FEMALE_FIRST}.\nPA 150x90, "
        "glicemia capilar 212 mg/dL. Curativo de úlcera em calcâneo E realizado pela téc. de "
        "enfermagem. Falta {drug_home} na farmácia da unidade; orientada a retirar na {pharmacy}.\n"
        "Retorno: {weekday}.",
        "ATESTADO MÉDICO\n\nAtesto, para os devidos fins, que {PERSON} foi atendido(a) nesta data no "
        "{hospital5}, necessitando de {leave} dias de afastamento de suas atividades laborais a "
        "partir de {date}.\nCID-10: {icd5} (informado a pedido do(a) paciente).\n\n{city}, "
        "{long_day}.\n\n_____________________________\nDr(a). {PERSON}\n{CRM}",
        "{health_plan}: Olá, {PERSON_FIRST}! Sua consulta de {specialty} com Dr(a). {PERSON} está "
        "confirmada para {date} às {t0}, na unidade {unit}. Responda 1 para CONFIRMAR ou 2 para "
        "CANCELAR. Dúvidas: 0800 {tollfree}.",
        "SINAN – FICHA DE NOTIFICAÇÃO INDIVIDUAL\nAgravo/doença: {disease}\nData dos primeiros "
        "sintomas: {date}\nNome do paciente: {PERSON}\nData de nascimento: {DATE_OF_BIRTH}\nNome da "
        "mãe: {MOTHER}\nLogradouro: {ADDRESS}   Município de residência: {city}   Zona: urbana\n"
        "Unidade notificadora: {ubs5}",
        "TERMO DE CONSENTIMENTO LIVRE E ESCLARECIDO PARA PROCEDIMENTO CIRÚRGICO\n\nEu, {FEMALE}, "
        "responsável legal pelo(a) menor {PERSON}, declaro que fui devidamente informada pelo(a) "
        "Dr(a). {PERSON} sobre os benefícios, riscos e alternativas da {surgery}, a ser realizada no "
        "{hospital5} sob anestesia geral, e autorizo sua realização.\n\nTestemunha: ______________   "
        "Data: {date}",
    ],
    "financeiro": [
        "AVISO DE SINISTRO – AUTOMÓVEL\nSeguradora: {insurer}   Apólice: {policy}   Sinistro nº "
        "{protocol}\nSegurado: {PERSON}\nCondutor no momento do evento: {MALE} (filho do segurado), "
        "CNH {BR_CNH}\nVeículo: {car}, placa {LICENSE_PLATE}\nDescrição: colisão traseira no "
        "cruzamento da {street_a} com a {street_b}, em {city}, às {t0} de {date}; o terceiro "
        "evadiu-se do local.\nOficina referenciada: {garage}",
        "PROPOSTA DE EMPRÉSTIMO CONSIGNADO INSS Nº {protocol}\nCorrespondente bancário: "
        "{correspondent}\nProponente: {PERSON}\nCPF: {BR_CPF}\nValor liberado: {money}   Prazo: 84 "
        "meses   Taxa: 1,66% a.m.\nConta para crédito: {bank} – agência {BANK_ACCOUNT}, conta "
        "{BANK_ACCOUNT}\nDeclaro que as informações acima são verdadeiras.",
        "DANFE – DOCUMENTO AUXILIAR DA NOTA FISCAL ELETRÔNICA\nNº {nf_number}  SÉRIE 001  0 - ENTRADA"
        "  1 - SAÍDA [1]\nCHAVE DE ACESSO: {nf_key}\nEMITENTE: {retail_caps}  CNPJ: {BR_CNPJ}\n"
        "DESTINATÁRIO / REMETENTE\nNOME / RAZÃO SOCIAL: {PERSON_ASCII_CAPS}   CNPJ / CPF: {BR_CPF}\n"
        "ENDEREÇO: {ADDRESS_UPPER}   MUNICÍPIO: {city_upper}\nDADOS DO PRODUTO: {product_upper}   "
        "QTD 1   VALOR TOTAL: {money}",
        "{city}, {long_day}.\n\nÀ Sra.\n{FEMALE}\n{ADDRESS}\nCEP {BR_CEP} – {city}\n\nRef.: Proposta "
        "de renegociação – contrato {protocol} ({creditor})\n\nPrezada senhora,\n\nConsta em aberto, "
        "em nome de V.Sa., débito atualizado de {money}. Para pagamento à vista até {date}, "
        "concedemos desconto de {pct}% sobre o valor total. Para aceitar, basta pagar o boleto "
        "abaixo:\n{barcode}\n\nAtenciosamente,\n{collector}\nEste é um comunicado de cobrança "
        "amigável.",
        "INC-{ticket} | conciliação Pix com divergência – trecho do log (produção):\n{iso} WARN  "
        "[pix-settlement-{worker}] txid={txid} endToEndId={e2e} valor={amount} "
        "pagador.nome=\"{PERSON_ASCII_CAPS}\" pagador.cpf={BR_CPF} chave.destino={PIX_KEY} "
        "status=DUPLICIDADE\n{iso} INFO  [pix-settlement-{worker}] devolucao.agendada=true "
        "motivo=MD06 txid={txid}\nPrioridade: P2 · Squad: Pagamentos Instantâneos",
        "Comprovante de transferência\nPix enviado\n{money}\n{pix_day} - {t0}\n\nDestino\nNome: "
        "{PERSON}\nInstituição: {institution}\nChave Pix: {PIX_KEY}\n\nOrigem\nNome: {PERSON}\n"
        "Instituição: {institution}\n\nID da transação:\n{e2e}\nOuvidoria: 0800 {tollfree}",
    ],
}

# fifth-set slots and the label of each
FIFTH_SLOT_LABELS = {
    "MALE": "PERSON", "MALE_CAPS": "PERSON", "FEMALE": "PERSON", "FEMALE_CAPS": "PERSON",
    "FEMALE_FIRST": "PERSON", "SPOUSE": "PERSON", "CRM": "PROFESSIONAL_ID",
    "CRM_NUM": "PROFESSIONAL_ID", "ADDRESS_UPPER": "ADDRESS",
}
NAME_SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho", "Jr."]
PARTICLE_SURNAMES = ["da Silva", "de Souza", "dos Santos", "de Oliveira", "da Costa", "dos Reis",
                     "de Almeida", "da Cruz", "das Neves", "de Jesus", "do Carmo", "de Lima"]
# clinical cases: specialty, reason, ICD-10, drug (drawn together within a record)
FIFTH_CASES = [
    ("Neurologia", "cefaleia crônica refratária a analgésicos comuns", "G43.9", "Topiramato 25 mg"),
    ("Ortopedia", "dor lombar com irradiação para membro inferior há 4 meses", "M54.4", "Dorflex"),
    ("Endocrinologia", "hipotireoidismo com TSH persistentemente elevado", "E03.9", "Puran T4 75 mcg"),
    ("Mastologia", "nódulo mamário palpável à direita", "N63", "Tylenol 750 mg"),
    ("Cardiologia", "dispneia aos médios esforços e edema de membros inferiores", "I50.0",
     "Selozok 50 mg"),
    ("Psiquiatria", "transtorno de ansiedade sem resposta ao tratamento inicial", "F41.1",
     "Lexapro 10 mg"),
    ("Gastroenterologia", "pirose diária e epigastralgia há 6 meses", "K21.0", "Pantoprazol 40 mg"),
    ("Reumatologia", "poliartralgia com rigidez matinal", "M06.9", "Neosaldina"),
]
FIFTH_NEGATIVES = {
    "bot": ["Lu", "Sofia", "Clara", "Nina", "Aurora", "Bia"],
    "retail": ["Casas Bahia", "Magazine Luiza", "Lojas Renner", "Ponto Frio", "Riachuelo",
               "Leroy Merlin", "Lojas Marisa", "Drogaria Pacheco", "Droga Raia", "Americanas"],
    "retail_caps": ["MAGAZINE LUIZA S/A", "LOJAS RENNER S.A.", "GRUPO CASAS BAHIA S.A.",
                    "AMERICANAS S.A.", "LEROY MERLIN CIA BRASILEIRA DE BRICOLAGEM",
                    "GUARARAPES CONFECCOES S.A.", "RAIA DROGASIL S.A."],
    "carrier": ["Correios", "Jadlog", "Loggi", "Total Express", "Mercado Envios", "Braspress"],
    "product": ["geladeira Brastemp Frost Free 375L", "fogão Consul 4 bocas", "ventilador Arno",
                "jogo de panelas Tramontina", "colchão Ortobom casal", "Galaxy S23 FE",
                "Moto G84", "perfume Malbec O Boticário", "smart TV Philco 43\""],
    "service": ["profile-api", "cadastro-svc", "customer-bff", "app-gateway"],
    "app_version": ["5.12.0", "5.13.2 (android)", "4.98.1 (ios)", "6.0.0-rc1"],
    "channel": ["sac-escalonamento", "cobranca-pf", "pos-venda", "ouvidoria-interna"],
    "handle": ["here", "channel", "suporte-n2", "time-financeiro", "plantao-sac"],
    "integration": ["Zendesk APP", "Jira Cloud APP", "Freshdesk APP"],
    "condo": ["Condomínio Edifício Marechal Rondon", "Residencial Dom Pedro I",
              "Condomínio Villa Lobos", "Edifício Tiradentes", "Residencial Anita Garibaldi"],
    "pickup": ["loja da Rua Teodoro Sampaio", "loja do Shopping Eldorado",
               "unidade Avenida Rebouças", "loja da Rua Barão de Itapetininga",
               "loja da Avenida Presidente Vargas"],
    "marital_m": ["solteiro", "casado", "divorciado", "viúvo", "convivente em união estável"],
    "marital_f": ["solteira", "casada", "divorciada", "viúva", "convivente em união estável"],
    "occupation_m": ["motorista de aplicativo", "pedreiro", "comerciante", "auxiliar de logística",
                     "aposentado", "técnico em eletrônica"],
    "occupation_f": ["auxiliar de limpeza", "operadora de caixa", "vendedora", "cozinheira",
                     "recepcionista", "costureira"],
    "law_firm": ["Andrade & Bastos Sociedade de Advogados", "Lima Falcão Advogados Associados",
                 "Siqueira Castro Advogados", "Fernandes, Moura e Tavares Advogados",
                 "Carvalho Pinto Sociedade de Advogados"],
    "employer_caps": ["TRANSPORTADORA CAVALCANTI LTDA", "SUPERMERCADOS PEREIRA & FILHOS LTDA",
                      "CONFECÇÕES MARIA BONITA EIRELI", "METALÚRGICA IRMÃOS GUIMARÃES S/A",
                      "RESTAURANTE DONA LUCINHA LTDA", "LIMPADORA SÃO JUDAS TADEU LTDA"],
    "police": ["5º Distrito Policial – Aclimação", "1ª Delegacia de Polícia de Campinas",
               "Delegacia de Defesa da Mulher de Santo André", "78º DP – Jardins",
               "Delegacia Eletrônica – Polícia Civil do Estado de São Paulo"],
    "crime": ["Furto (art. 155 do CP)", "Roubo (art. 157 do CP)", "Furto qualificado (art. 155, "
              "§4º do CP)"],
    "crime_place": ["em frente ao Shopping Center Norte", "Estação Sé do Metrô",
                    "ponto de ônibus da Avenida Getúlio Vargas", "saída do Terminal Rodoviário Tietê",
                    "Feira da Praça Benedito Calixto"],
    "escape": ["Rua Augusta", "Praça da República", "Avenida Afonso Pena",
               "Rua Voluntários da Pátria", "Avenida Paulo de Frontin"],
    "phone_model": ["iPhone 14", "Galaxy A34", "Redmi Note 12", "Moto G54"],
    "civil_court": ["2ª Vara Cível do Foro Regional de Santo Amaro", "Vara Única da Comarca de Itu",
                    "5ª Vara Cível da Comarca de Niterói", "3ª Vara Cível da Comarca de Londrina",
                    "1ª Vara Cível do Foro Regional do Jabaquara"],
    "registry": ["Oficial do 29º Subdistrito – Santo Amaro", "Cartório do Distrito de Barão Geraldo",
                 "2º Ofício de Registro Civil de Niterói", "Cartório do 1º Subdistrito da Sé"],
    "regime": ["comunhão parcial de bens", "separação total de bens", "comunhão universal de bens"],
    "staff_role": ["analista de RH", "gerente de loja", "coordenadora administrativa",
                   "supervisora de operações"],
    "labour_court": ["1ª Vara do Trabalho de Osasco", "45ª Vara do Trabalho de São Paulo",
                     "3ª Vara do Trabalho de Betim", "Vara do Trabalho de Santa Cruz do Sul"],
    "ubs5": ["UBS Cidade Tiradentes", "UBS Jardim São Luís", "USF Vila Esperança",
             "Centro de Saúde Dr. Ruy Santos", "UBS Parque Dom Pedro"],
    "hospital5": ["Hospital das Clínicas", "Santa Casa de Misericórdia de Santos",
                  "Hospital São Camilo Pompeia", "Hospital Nove de Julho", "Hospital Mater Dei",
                  "Hospital Estadual Mário Covas", "Hospital Ana Costa",
                  "Hospital Regional Dr. Homero de Miranda Gomes"],
    "ans": ["326305", "359017", "005711", "343889", "368253"],
    "tuss": ["40304361 Hemograma completo", "40302040 Glicose", "40301630 Creatinina",
             "40302580 Ureia", "40316521 TSH", "40302733 Hemoglobina glicada"],
    "health_plan": ["Unimed", "Amil", "SulAmérica", "Hapvida", "NotreDame Intermédica",
                    "Porto Seguro Saúde", "Golden Cross", "Bradesco Saúde"],
    "esf": ["ESF Ipê Amarelo", "Equipe Saúde da Família Vila Esperança", "ESF Jardim Primavera",
            "ESF Santa Luzia"],
    "drug_home": ["Glifage XR 500 mg", "Losartana 50 mg", "insulina NPH", "Hidroclorotiazida 25 mg"],
    "pharmacy": ["Farmácia Popular da Rua Domingos de Morais", "Drogaria São Paulo da Avenida Brasil",
                 "Farmácia Pague Menos", "Droga Raia do Largo do Machado"],
    "leave": ["2 (dois)", "3 (três)", "5 (cinco)", "7 (sete)", "10 (dez)", "14 (catorze)"],
    "unit": ["Paulista", "Alameda Santos", "Vergueiro", "Barra da Tijuca", "Sete de Setembro",
             "Moinhos de Vento", "Boa Viagem"],
    "disease": ["Dengue (A90)", "Chikungunya (A92.0)", "Tuberculose (A15.0)", "Leptospirose (A27.9)",
                "Coqueluche (A37.9)"],
    "surgery": ["adenoamigdalectomia", "postectomia", "herniorrafia inguinal",
                "timpanotomia para tubo de ventilação", "correção de estrabismo"],
    "insurer": ["Porto Seguro", "Bradesco Seguros", "Tokio Marine", "Allianz", "HDI Seguros",
                "Mapfre", "Azul Seguros"],
    "car": ["Onix 1.0 LT", "HB20 Sense", "Gol 1.6", "Corolla XEi", "Strada Freedom", "Kwid Zen"],
    "street_a": ["Avenida Rebouças", "Avenida Getúlio Vargas", "Avenida Presidente Kennedy",
                 "Avenida Juscelino Kubitschek", "Avenida Tancredo Neves"],
    "street_b": ["Rua Teodoro Sampaio", "Rua Marechal Deodoro", "Rua Padre Anchieta",
                 "Rua Barão do Rio Branco", "Rua Coronel Oscar Porto"],
    "garage": ["Auto Center Irmãos Ferraz", "Funilaria São Cristóvão", "Oficina do Alemão",
               "Centro Automotivo Bandeirantes"],
    "correspondent": ["Crefisa Promotora", "Pan Promotora", "Mercantil Consig", "Meu Tudo Correspondente"],
    "creditor": ["Banco Pan", "Pernambucanas", "Cartão Renner", "Banco Santander", "Carnê Casas Bahia"],
    "collector": ["Ativos S.A. – Securitizadora de Créditos Financeiros",
                  "Recovery do Brasil Consultoria S.A.", "Paschoalotto Serviços Financeiros",
                  "Zanc Gestão de Cobrança"],
    "institution": ["NU PAGAMENTOS - IP", "BCO DO BRASIL S.A.", "ITAÚ UNIBANCO S.A.",
                    "CAIXA ECONOMICA FEDERAL", "PICPAY", "BANCO INTER"],
    "pct": ["40", "55", "70", "85", "90"],
}
FIFTH_STICKY = {"bot", "retail", "day"}


class FifthFiller(NovelFiller):
    """The fifth set's person forms, clocks and negatives; some negatives stay fixed within a record."""

    def new_record(self) -> None:
        super().new_record()
        self.sticky: dict[str, str] = {}
        self.case: tuple[str, str, str, str] | None = None
        self.clock = 0

    def given(self, female: bool, unseen: bool) -> str:
        if unseen:
            names = [n for n in self.unseen_given if (n in FIFTH_UNSEEN_FEMALE) == female]
            return self.rng.choice(names)
        first = self.faker.first_name_female() if female else self.faker.first_name_male()
        if " " not in first and self.rng.random() < 0.15:  # compound given name
            head = self.rng.choice(["Maria", "Ana"] if female else ["João", "José", "Luiz", "Carlos"])
            if head != first:
                first = f"{head} {first}"
        return first

    def parts(self, female: bool = False) -> tuple[str, str]:
        unseen = self.rng.random() < 0.15
        last = self.rng.choice(self.unseen_surnames) if unseen else self.faker.last_name()
        return self.given(female, unseen), last

    def person(self, female: bool | None = None) -> str:
        rng = self.rng
        if female is None:
            female = rng.random() < 0.5
        first, last = self.parts(female)
        shape = rng.random()
        if shape < 0.25:
            name = f"{first} {self.faker.last_name()} {last}"
        elif shape < 0.35:
            name = f"{first} {rng.choice([n for n in PARTICLE_SURNAMES if n != last])} {last}"
        else:
            name = f"{first} {last}"
        if not female and rng.random() < 0.2:
            name = f"{name} {rng.choice(NAME_SUFFIXES)}"
        return name

    def hhmm(self) -> str:
        return f"{self.clock // 60:02d}:{self.clock % 60:02d}"

    def value(self, slot: str) -> str:
        rng = self.rng
        if slot in FIFTH_STICKY and slot in self.sticky:
            return self.sticky[slot]
        if slot in FIFTH_NEGATIVES:
            value = rng.choice(FIFTH_NEGATIVES[slot])
        elif slot in ("specialty", "reason", "icd5", "drug5"):
            if self.case is None:
                self.case = rng.choice(FIFTH_CASES)
            value = self.case[("specialty", "reason", "icd5", "drug5").index(slot)]
        elif slot in ("MALE", "MALE_CAPS", "FEMALE", "FEMALE_CAPS", "MOTHER"):
            value = self.person(female=not slot.startswith("MALE"))
            self.people.append(value)
            value = value.upper() if slot.endswith("_CAPS") else value
        elif slot == "FEMALE_FIRST":
            value = self.given(True, rng.random() < 0.15)
        elif slot == "SPOUSE":  # the wife's name with the husband's last surname
            husband = [w for w in self.people[0].split() if w not in NAME_SUFFIXES]
            value = f"{self.people[1]} {husband[-1]}"
        elif slot == "CRM":
            number = self.digits(rng.choice([5, 6]))
            uf = rng.choice(UFS)
            value = rng.choice([f"CRM/{uf} {number}", f"CRM-{uf} {number}", f"CRM {number}/{uf}"])
        elif slot == "CRM_NUM":
            value = self.digits(rng.choice([5, 6]))
        elif slot == "ADDRESS_UPPER":
            value = fold(Filler.value(self, "ADDRESS")).upper()
        elif slot in ("city_upper", "product_upper"):
            value = fold(self.value(slot[:-6])).upper()
        elif slot == "t0":
            self.clock = rng.randint(7 * 60, 21 * 60)
            value = self.hhmm()
        elif slot == "t":
            self.clock += rng.randint(0, 3)
            value = self.hhmm()
        elif slot == "day":
            value = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(2024, 2025)}"
        elif slot == "pix_day":
            value = (f"{rng.randint(1, 28):02d} {rng.choice(MONTHS)[:3].upper()} "
                     f"{rng.randint(2024, 2025)}")
        elif slot == "iso":
            value = (f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T"
                     f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}."
                     f"{self.digits(3)}Z")
        elif slot == "secs":
            value = f"{rng.randint(5, 59):02d}"
        elif slot in ("ticket", "tries", "worker", "vara", "age_old", "tollfree", "firm_reg",
                      "bo", "policy", "nf_number", "tracking", "amount"):
            value = {
                "ticket": lambda: self.digits(6), "tries": lambda: str(rng.randint(2, 9)),
                "worker": lambda: str(rng.randint(1, 8)), "vara": lambda: str(rng.randint(1, 90)),
                "age_old": lambda: str(rng.randint(68, 97)),
                "tollfree": lambda: f"{self.digits(3)} {self.digits(4)}",
                "firm_reg": lambda: f"{rng.randint(1, 40)}.{self.digits(3)}",
                "bo": lambda: f"{self.digits(4)}/{rng.randint(2024, 2025)}",
                "policy": lambda: f"{self.digits(2)}.{self.digits(2)}.{self.digits(7)}",
                "nf_number": lambda: f"000.{self.digits(3)}.{self.digits(3)}",
                "tracking": lambda: f"{rng.choice(['QB', 'NX', 'OV', 'LB'])}{self.digits(9)}BR",
                "amount": lambda: f"{rng.randint(10, 4999)}.{self.digits(2)}",
            }[slot]()
        elif slot == "matricula":
            value = (f"{self.digits(6)} 01 55 {rng.randint(1990, 2024)} 2 {self.digits(5)} "
                     f"{self.digits(3)} {self.digits(7)} {self.digits(2)}")
        elif slot == "nf_key":
            value = " ".join(self.digits(4) for _ in range(11))
        elif slot == "barcode":
            value = (f"{self.digits(5)}.{self.digits(5)} {self.digits(5)}.{self.digits(6)} "
                     f"{self.digits(5)}.{self.digits(6)} {self.digits(1)} {self.digits(14)}")
        elif slot == "txid":
            value = "".join(rng.choice(string.ascii_lowercase + string.digits) for _ in range(26))
        elif slot == "e2e":
            value = (f"E{self.digits(8)}2025{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
                     f"{self.digits(4)}" + "".join(rng.choice(string.ascii_lowercase + string.digits)
                                                   for _ in range(11)))
        else:
            return super().value(slot)
        if slot in FIFTH_STICKY:
            self.sticky[slot] = value
        return value


SIXTH_UNSEEN_GIVEN = ["Laudelina", "Florisbela", "Almerinda", "Benvinda", "Edileusa", "Janecleide",
                      "Erenilda", "Clemilda", "Epaminondas", "Crisóstomo", "Crispiniano", "Jocivaldo",
                      "Gedeílson", "Esmeraldino", "Idalécio"]
SIXTH_UNSEEN_FEMALE = ["Laudelina", "Florisbela", "Almerinda", "Benvinda", "Edileusa", "Janecleide",
                       "Erenilda", "Clemilda"]
SIXTH_UNSEEN_SURNAMES = ["Maniçoba", "Bacurau", "Umbuzeiro", "Juazeiro", "Calumby", "Pitombeira",
                         "Bocaiúva", "Sucupira", "Favaretto", "Menegotto", "Tonietto", "Scapin"]

# Written without reading the detectors (their code, lists, keywords or contexts) nor the
# rules written after the fifth set's errors, in registers none of the other five uses:
# call-centre quality-monitoring scorecards, helpdesk tickets with a macro's public reply
# and an internal note, hotel guest registration forms (FNRH), condominium gatehouse
# logbooks, Procon intake forms, bus passenger manifests, school enrolment forms, notarial
# deeds of sale, Diário da Justiça lists of summonses to lawyers, probate first
# declarations with the list of heirs, court-website docket pages with their movements,
# amendments to a limited company's articles (with a table of partners), habeas corpus
# petitions, family mediation agreements, SOAP nursing notes, SAMU dispatch logs, dental
# charts, controlled-drug dispensing books, death and live-birth certificates, MRI
# reports, TED receipts, credit committee memos, internal-audit findings, debt-collection
# contact histories, employee registration forms, rent receipts and income statements
# for tax returns. Person forms (all labelled PERSON): full names of two to four words,
# compound and old-fashioned given names ("Francisco de Assis", "Maria de Fátima"),
# particles and "e" between surnames, Filho/Júnior/Neto/Sobrinho, a wife's married name
# ending with her husband's surname, children, parents and heirs who carry the surname
# of the person they are listed with, capitals in legal headers, deeds and tables, first
# names alone (also in lower case) after or without a full mention, a surname alone after
# "Dr.", names in table cells, in parentheses and followed by a role. Not labelled:
# titles (Dr., Dra., Sr., Sra., D., Des., Enf.), companies, notaries, schools, hospitals,
# condominiums and streets named after people, a company named after its partner's
# surname, CNJ numbers, protocols and other numbers (some with 11 digits that fail the
# CPF check), masked cards, ICD-10 codes, drugs, money, times and non-birth dates.
SIXTH = {
    "atendimento": [
        "MONITORIA DE QUALIDADE – {q_operation}\nLigação nº {call_id}   Data: {date6}   Duração: "
        "{dur}\nOperador(a): {PERSON} (mat. {emp_id})   Monitor(a): {PERSON}\nCliente: "
        "{PERSON_CAPS} – CPF {BR_CPF}\n\nITEM                                          PESO   NOTA\n"
        "1. Abertura e identificação                    10     10\n2. Confirmação positiva (nome, "
        "nasc., CEP)     20      0\n3. Sondagem da necessidade                     15     15\n"
        "4. Oferta de retenção ({offer})    25     20\n5. Encerramento com protocolo {protocol}"
        "     10     10\nNOTA FINAL: {score}/100 – NÃO CONFORME (item crítico zerado)\n\n"
        "Comentário: {PRENOME1} validou só o nome e a data de nascimento ({NASC}) antes de informar "
        "o saldo devedor, não pediu o CEP. O cliente foi cordial, pediu pra falar com o supervisor "
        "{HOMEM} e foi transferido. Feedback aplicado por {PRENOME2} em {date6}; operador(a) ciente.",
        "Ticket #{zd_ticket} · Solicitante: {PERSON} <{EMAILDE1}> · Canal: formulário web · "
        "Prioridade: normal\nMacro aplicada: \"Financeiro › Estorno em cartão (até 2 faturas)\"\n\n"
        "— Resposta pública —\nOi, {PRENOME1}! Tudo bem?\nAqui é {PERSON}, do time de Pagamentos da "
        "{store6}. Já pedimos à administradora do cartão final {card_last4} o estorno de {money6} "
        "referente ao pedido {order6}. O valor pode aparecer em até duas faturas, tá?\nSe precisar, "
        "é só responder este e-mail.\nAbraço,\n{PRENOME2} · {store6}\n\n— Nota interna (não visível "
        "ao cliente) —\n{MIN1} pediu tb p/ trocar o celular do cadastro p/ {PHONE_NUMBER}, ja "
        "alterei. ultimo login veio do ip {IP_ADDRESS}, bate com a cidade do cadastro. @{team6} "
        "acompanhar o estorno pf – {PRENOMEMIN2}",
        "FICHA NACIONAL DE REGISTRO DE HÓSPEDES – FNRH\n{hotel6} · UH {room} · Check-in: {date6} "
        "14h · Diárias: {nights}\n\nNome completo: {HOMEM}\nNacionalidade: Brasil   Profissão: "
        "{occupation_m6}\nData de nascimento: {NASC}\nDocumento de identidade: {RG_ALT} ({issuer})"
        "   CPF: {BR_CPF}\nResidência permanente: {END} – {bairro}, {city_uf6} – CEP {CEP_ALT}\n"
        "Telefone/WhatsApp: {FONE_ALT}   E-mail: {EMAILDE1}\nÚltima procedência: {city6}   Próximo "
        "destino: {city6}\nMotivo da viagem: {trip}   Meio de transporte: automóvel – placa "
        "{LICENSE_PLATE}\nAcompanhantes: {ESPOSA1} (esposa) e {FILHA1} ({kid_age} anos)\n\nDeclaro "
        "verdadeiras as informações acima. _______________________",
        "{condo6}\nLIVRO DE OCORRÊNCIAS – PORTARIA   Data: {date6}   Turno: {shift}\nPorteiro: "
        "{HOMEM}\n\n{h0} – Entrada de {PERSON}, prestador(a) de serviço ({service6}), RG {RG_ALT}, "
        "autorizado(a) pela moradora do {apt}, Sra. {MULHER}. Veículo {car6} placa {LICENSE_PLATE} "
        "na vaga de visitantes.\n{h} – D. {PRENOME3} desceu reclamando de barulho de furadeira no "
        "{apt}. Interfonei pro apto, ninguem atendeu. Comunicado ao zelador {HOMEM}.\n{h} – Chegou "
        "encomenda ({carrier6}) p/ {PERSON_CAPS} – {apt}. Guardada na sala de volumes.\n{h} – Saída "
        "do(a) prestador(a) {PRENOME2}.\n{h} – Passo o serviço ao colega {PERSON} sem mais "
        "alterações. Ass.: {PRENOME1}",
        "PROCON {procon_city} – FICHA DE ATENDIMENTO (FA) Nº {fa}\nData de abertura: {date6}   "
        "Modalidade: Atendimento preliminar / CIP\n\nCONSUMIDOR(A)\nNome: {PERSON_CAPS}\nCPF: "
        "{BR_CPF}   Data de nascimento: {NASC}\nTelefone: {PHONE_NUMBER}   E-mail: {EMAIL_ADDRESS}\n"
        "Endereço: {END} – {bairro} – CEP {BR_CEP}\n\nFORNECEDOR\nRazão social: {procon_company}   "
        "CNPJ: {BR_CNPJ}\nAssunto: {procon_subject}\n\nRELATO: O(a) consumidor(a) informa que em "
        "{date6} contratou {procon_item} e que, após várias ligações, foi atendido(a) por {PERSON}, "
        "que prometeu o cancelamento sem multa (protocolo {protocol}). Mesmo assim recebeu cobrança "
        "de {money6}. Requer o cancelamento e a devolução em dobro do valor pago.\n\nAtendente "
        "Procon: {PERSON}   Assinatura do(a) consumidor(a): ____________",
        "{bus_company} – RELAÇÃO DE PASSAGEIROS\nLinha: {bus_line}   Serviço: {service_no}   "
        "Partida: {date6} às {h0}\nÔnibus prefixo {bus_no}   Motoristas: {HOMEM} / {HOMEM}\n\n"
        "POLT. | PASSAGEIRO | DOCUMENTO | TRECHO\n03 | {PERSON_CAPS} | RG {RG_ALT} | {leg}\n"
        "04 | {PERSON_CAPS} | CPF {BR_CPF} | {leg}\n17 | {MULHER_CAPS} | CNH {BR_CNH} | {leg}\n"
        "18 | {FILHA5_CAPS} (menor, acompanhada da mãe, polt. 17) | RG {RG_ALT} | {leg}\n\n"
        "Gratuidade idoso: poltrona 03. Contato de emergência informado pelo passageiro: {PERSON} "
        "({relation6}) {FONE_ALT}",
        "FICHA DE MATRÍCULA – ANO LETIVO 2026\n{school6}\n\nDADOS DO(A) ALUNO(A)\nNome: {ALUNO}   "
        "Data de nascimento: {NASC_KID}   Ano/série: {grade}\nCPF do(a) aluno(a): {BR_CPF}   Cartão "
        "SUS: {BR_CNS}\nAlergias/restrições: {allergy}\n\nFILIAÇÃO\nMãe: {MAE1} – tel. "
        "{PHONE_NUMBER} – {EMAILDE2}\nPai: {PAI1} – tel. {PHONE_NUMBER}\nResponsável financeiro: "
        "{NOME3}, CPF {BR_CPF}\nEndereço: {END} – {bairro} – {city6} – CEP {BR_CEP}\n\nAUTORIZADOS A "
        "BUSCAR O(A) ALUNO(A) (apresentar documento na portaria):\n1) {MULHER} (avó)   2) {PERSON} "
        "(motorista da van escolar {van})\n\nTurma prevista: {turma} – Profª {MULHER}\n"
        "Secretária escolar: {MULHER}   Recebido em {date6}",
    ],
    "juridico": [
        "LIVRO {book} – PÁGINAS {pages}\n{notary}\nESCRITURA PÚBLICA DE VENDA E COMPRA\n\nS A I B A "
        "M quantos esta pública escritura virem que, aos {deed_day}, nesta cidade de {city6}, em "
        "cartório, perante mim, escrevente, compareceram as partes entre si justas e contratadas, a "
        "saber: como OUTORGANTES VENDEDORES, {HOMEM_CAPS}, brasileiro, {occupation_m6}, portador da "
        "cédula de identidade RG nº {BR_RG}-SSP/SP e inscrito no CPF/MF sob nº {BR_CPF}, e sua "
        "mulher, {ESPOSA1_CAPS}, brasileira, {occupation_f6}, RG nº {RG_ALT}, CPF/MF nº {BR_CPF}, "
        "casados sob o regime da {regime6}, residentes e domiciliados na {END}, nesta cidade; e, "
        "como OUTORGADA COMPRADORA, {MULHER_CAPS}, brasileira, solteira, maior, {occupation_f6}, RG "
        "nº {BR_RG}, CPF/MF nº {BR_CPF}, com endereço eletrônico {EMAILDE3}; os presentes, "
        "reconhecidos como os próprios por mim à vista dos documentos exibidos, do que dou fé. "
        "Pelos OUTORGANTES VENDEDORES me foi dito que são senhores e legítimos possuidores do imóvel "
        "situado na {END}, objeto da matrícula nº {mat_imovel} do {ri}, que vendem à OUTORGADA pelo "
        "preço certo e ajustado de {money_big}, pago neste ato por TED, do que dão plena e geral "
        "quitação. Emitida a DOI. Eu, {PERSON}, escrevente autorizado(a), a lavrei. Eu, {PERSON}, "
        "Tabelião Substituto, a subscrevo.",
        "TRIBUNAL DE JUSTIÇA DO ESTADO {state_name}\nDiário da Justiça Eletrônico – Caderno "
        "Judicial – 1ª Instância – Interior – Parte I\nComarca de {city6} – {vara}ª Vara Cível\n"
        "JUIZ(A) DE DIREITO {PERSON_CAPS}\nESCRIVÃ(O) JUDICIAL {PERSON_CAPS}\nEDITAL DE INTIMAÇÃO DE "
        "ADVOGADOS\nRELAÇÃO Nº {rel}/2025\nProcesso {cnj6} - Procedimento Comum Cível - Indenização "
        "por Dano Moral - {PERSON_CAPS} - {bank6_caps} - Vistos. Manifeste-se a parte autora sobre a "
        "contestação, no prazo de 15 dias. Int. - ADV: {PERSON_CAPS} ({OAB_DJE}), {PERSON_CAPS} "
        "({OAB_DJE})\nProcesso {cnj6} - Execução de Título Extrajudicial - Contratos Bancários - "
        "{bank6_caps} - {PERSON_CAPS} e outro - Certifico e dou fé que decorreu o prazo sem "
        "pagamento nem oposição de embargos. Nada mais. - ADV: {PERSON_CAPS} ({OAB_DJE})\nProcesso "
        "{cnj6} - Divórcio Litigioso - {MULHER_CAPS} - {HOMEM_CAPS} - Designo audiência de "
        "conciliação para {date6}, às 14h30, por videoconferência. - ADV: DEFENSORIA PÚBLICA DO "
        "ESTADO {state_name}, {PERSON_CAPS} ({OAB_DJE})",
        "EXCELENTÍSSIMO(A) SENHOR(A) DOUTOR(A) JUIZ(A) DE DIREITO DA {vara}ª VARA DA FAMÍLIA E "
        "SUCESSÕES DO FORO {foro}\n\nInventário nº {cnj6}\nAutor da herança: {HOMEM_CAPS} (falecido "
        "em {date6})\n\n{ESPOSA1_CAPS}, inventariante nomeada, vem, por sua advogada, apresentar as "
        "PRIMEIRAS DECLARAÇÕES:\n\nI – DO AUTOR DA HERANÇA: {NOME1}, brasileiro, aposentado, CPF "
        "{BR_CPF}, último domicílio na {END}, {city6}. Não deixou testamento.\n\nII – DA MEEIRA: "
        "{NOME2}, viúva, CPF {BR_CPF}, casada com o falecido sob o regime da comunhão parcial de "
        "bens.\n\nIII – DOS HERDEIROS:\na) {FILHO1}, filho, solteiro, CPF {BR_CPF}, residente na "
        "{END};\nb) {FILHA1}, filha, casada com {HOMEM} sob o regime da comunhão parcial de bens, "
        "CPF {BR_CPF};\nc) {FILHO1}, filho, interditado, representado por sua curadora, {MULHER}."
        "\n\nIV – DOS BENS: 1) imóvel da matrícula nº {mat_imovel} do {ri}, situado na {END}; 2) "
        "veículo {car6}, placa {LICENSE_PLATE}; 3) saldo em conta no {bank6}, agência "
        "{BANK_ACCOUNT}, conta {BANK_ACCOUNT}: {money6}.\n\nTermos em que pede deferimento.\n"
        "{city6}, {long_day6}.\n{MULHER}\n{OAB}",
        "Processo {cnj6}   Em andamento\nClasse: Procedimento do Juizado Especial Cível   Assunto: "
        "{subject6}\nForo: {foro}   Vara: {vara}ª Vara do Juizado Especial Cível\nJuiz: {PERSON}\n"
        "Distribuição: {date_past} às {h0} - Livre   Controle: {ctrl}\nÁrea: Cível   Valor da ação: "
        "{money6}\n\nPartes do processo\nReqte:   {PERSON}\n         Advogada: {MULHER}\nReqdo:   "
        "{company6}\n         Advogado: {HOMEM}\n\nMovimentações\n{dz0}   Apensado ao processo "
        "{cnj6}\n{dz}   Audiência de Conciliação Realizada Sem Acordo\n         Conciliador(a): "
        "{PERSON}. Ausente o preposto da requerida.\n{dz}   Juntada de Petição Intermediária\n"
        "         Nº Protocolo: WJEC.{yr}.{prot_saj}\n{dz}   Remetido ao DJE\n         Relação: "
        "{rel}/2025   Teor do ato: Vistos. Sobre a petição de fls. {fls}, manifeste-se a parte "
        "requerente.",
        "{firma_socio}\nCNPJ nº {BR_CNPJ} – NIRE {nire}\n{alt_no}ª ALTERAÇÃO DO CONTRATO SOCIAL\n\n"
        "Pelo presente instrumento particular, {SOCIO}, brasileiro, casado sob o regime da comunhão "
        "parcial de bens, empresário, RG {RG_ALT}, CPF {BR_CPF}, residente e domiciliado na {END}, "
        "{city_uf6}, CEP {BR_CEP}; e {MULHER}, brasileira, divorciada, administradora de "
        "empresas, RG {BR_RG}, CPF {BR_CPF}, residente na {END}, {city_uf6}; únicos sócios da "
        "sociedade empresária limitada acima qualificada, resolvem alterar o contrato social "
        "mediante as cláusulas seguintes:\n\nCLÁUSULA PRIMEIRA – Retira-se da sociedade a sócia "
        "{NOME2}, que cede e transfere a totalidade de suas {quotas} quotas ao sócio ingressante "
        "{HOMEM}, brasileiro, solteiro, maior, engenheiro, CPF {BR_CPF}, nascido em {NASC}, "
        "residente na {END}, dando plena, geral e irrevogável quitação.\n\nCLÁUSULA SEGUNDA – O "
        "capital social de {money_big} fica assim distribuído:\nSÓCIO | QUOTAS | %\n{CAPS1} | {quotas} "
        "| {pct_a}\n{CAPS3} | {quotas} | {pct_b}\n\nCLÁUSULA TERCEIRA – A administração da "
        "sociedade caberá isoladamente ao sócio {NOME1}.\n\n{city6}, {long_day6}.\n\n{NOME1}    "
        "{NOME2}    {NOME3}\nTestemunhas: {PERSON} e {PERSON}",
        "[Protocolado em {date6} às {h0} – HC nº {cnj_tj} – Relator(a): Des. {PERSON} – {camara}]\n\n"
        "EXCELENTÍSSIMO SENHOR DESEMBARGADOR PRESIDENTE DO EGRÉGIO TRIBUNAL DE JUSTIÇA DO ESTADO "
        "{state_name}\n\n{PERSON_CAPS}, advogado(a) inscrito(a) na {OAB}, vem, respeitosamente, "
        "impetrar ordem de HABEAS CORPUS, com pedido liminar, em favor de\n\nPACIENTE: {HOMEM_CAPS}, "
        "brasileiro, {marital_m6}, {occupation_m6}, filho de {MULHER} e de {PAI3}, nascido em "
        "{NASC}, CPF {BR_CPF}, atualmente recolhido {prison},\n\napontando como autoridade "
        "coatora o MM. Juízo da {vara}ª Vara Criminal da Comarca de {city6} (autos de origem nº "
        "{cnj6}).\n\nO paciente é primário, tem residência fixa na {END} e trabalho lícito como "
        "ajudante de carga na {company6}, conforme declaração firmada pelo Sr. {HOMEM}, "
        "sócio-proprietário. Ainda assim, a decisão de fls. {fls} manteve a prisão preventiva sem "
        "fundamentação concreta, em descompasso com o entendimento firmado no HC {hc_stf}, Rel. "
        "Min. {PERSON}, o que configura constrangimento ilegal.",
        "TERMO DE SESSÃO DE MEDIAÇÃO – {cejusc}\nReclamação pré-processual nº {cnj6}\nData: {date6}, "
        "{h0}, por videoconferência\nMediador(a): {PERSON}   Comediador(a): {PERSON}\nPresentes: "
        "{MULHER} (genitora), assistida pela Defensoria Pública, e {HOMEM} (genitor), acompanhado do "
        "Dr. {HOMEM}, {OAB}.\n\nAs partes, após diálogo, celebraram o seguinte ACORDO:\n1. A guarda "
        "da filha {FILHA4}, nascida em {NASC_KID}, será compartilhada, com residência de referência "
        "na casa da genitora, na {END}.\n2. O genitor pagará alimentos de {pct_alim}% de seus "
        "rendimentos líquidos, descontados em folha pela {employer6} e depositados na conta da "
        "genitora ({bank6}, ag. {BANK_ACCOUNT}, c/c {BANK_ACCOUNT}); enquanto não houver o "
        "desconto, por Pix na chave {PIX_KEY}, até o dia 10 de cada mês.\n3. Convivência paterna em "
        "fins de semana alternados, com retirada e entrega da criança na casa da avó paterna, D. "
        "{MULHER}.\nLido e achado conforme, vai assinado por {PRENOME3}, {PRENOME4} e pelos "
        "mediadores.",
    ],
    "saude": [
        "EVOLUÇÃO DE ENFERMAGEM – {ward6} – Leito {bed}\nPaciente: {HOMEM}   Idade: {age_old}a   "
        "Prontuário: {prontuario}\nDiagnóstico: {dx6}\n{date6} – {h0}\nS: Refere que \"a dor na "
        "barriga melhorou mas não dormi nada\". Filha ({FILHA1}) presente, questiona previsão de "
        "alta.\nO: Consciente, orientado, contactuante. PA 13x8 mmHg, FC 88 bpm, FR 18 irpm, Tax "
        "36,8 °C, SpO2 95% em ar ambiente. AVP em MSE sem sinais flogísticos. Diurese espontânea; "
        "evacuação ausente há 2 dias.\nA: Risco de queda (Morse 55); padrão de sono prejudicado.\n"
        "P: Manter grades elevadas e campainha ao alcance; orientado o Sr. {PRENOME1} a chamar a "
        "enfermagem antes de levantar. Comunicada a Dra. {MULHER}, plantonista, que prescreveu "
        "{drug6}. Reavaliar dor às {h}.\nEnf. {PERSON} – {COREN}",
        "SAMU 192 – CENTRAL DE REGULAÇÃO {samu_region}\nOcorrência nº {occ}   Abertura: {date6} "
        "{h0}   TARM: {PERSON}\nSolicitante: {PERSON} ({caller_rel}) – retorno {PHONE_NUMBER}\n"
        "Paciente: {PERSON}, {age} anos\nEndereço: {END}, {bairro} – ref.: {ref_point}\nQueixa: "
        "{samu_complaint}\n{m} – Regulação médica (Dr. {HOMEM}): enviar USA {usa}. Orientado o "
        "solicitante a {instruction}.\n{m} – USA {usa} no local. Equipe: condutor {HOMEM}, enf. "
        "{MULHER}, médica Dra. {MULHER}.\n{m} – {samu_vitals}\n{m} – Transporte para {hospital6}; "
        "vaga zero autorizada pelo médico regulador, Dr. {SOBRENOME4}.",
        "{dental_clinic} – FICHA CLÍNICA ODONTOLÓGICA\nPaciente: {PERSON}   Nasc.: {NASC}   Tel.: "
        "{FONE_ALT}\nConvênio: {dental_plan} – carteirinha {card_no}\nAnamnese: {dental_anamnesis}\n"
        "Indicação: {PERSON} (paciente da clínica)\nCD responsável: Dra. {MULHER} – {CRO}   "
        "Endodontista: Dr. {HOMEM} – {CRO}\n\nPLANO DE TRATAMENTO / EVOLUÇÃO\nDente | Procedimento | "
        "Face | Data | CD\n16 | Restauração em resina composta | O | {date6} | Dra. {PRENOME3}\n"
        "36 | Tratamento endodôntico (3 sessões) | – | {date6} | Dr. {PRENOME4}\n46 | Exodontia | – "
        "| a agendar | –\n\nPaciente ciente do orçamento de {money6}, pago em {instalments}x no "
        "cartão {card_masked}.",
        "{pharmacy6} – CNPJ {BR_CNPJ}\nFarmacêutico(a) responsável técnico(a): {PERSON} – {CRF}\n"
        "LIVRO DE REGISTRO – MEDICAMENTOS SUJEITOS A CONTROLE ESPECIAL (Port. 344/98) – saídas de "
        "{date6}\n\nHORA | MEDICAMENTO | LOTE | QTD | PACIENTE | PRESCRITOR | COMPRADOR\n{h0} | "
        "{controlled} | {lot} | 2 cx | {PERSON} | Dr. {HOMEM} ({CRM_ALT}) | {PERSON}, RG {RG_ALT}\n"
        "{h} | {controlled} | {lot} | 1 cx | {PERSON_CAPS} | Dra. {MULHER} ({CRM_ALT}) | o(a) "
        "próprio(a)\n{h} | {antibiotic} | {lot} | 1 fr | {PERSON} | Dr. {HOMEM} ({CRO}) | {PERSON}, "
        "CPF {BR_CPF}\n\nReceitas retidas conferidas por {PRENOME1}. Arquivo transmitido ao SNGPC em "
        "{date6}.",
        "DECLARAÇÃO DE ÓBITO Nº {do_num}\nI – IDENTIFICAÇÃO\nNome do falecido: {HOMEM_CAPS}\nNome do "
        "pai: {PAI1_CAPS}   Nome da mãe: {MULHER_CAPS}\nData de nascimento: {NASC}   "
        "Sexo: masculino   Raça/cor: {race}\nEstado civil: {marital_m6}   Ocupação: "
        "{occupation_m6}   Cartão SUS: {BR_CNS}\nII – RESIDÊNCIA\n{END_CAPS} – {bairro_caps} – "
        "{city_uf6_caps}\nIII – OCORRÊNCIA\nLocal: hospital – {hospital6}   Data do óbito: {date6}"
        "   Hora: {h0}\nVI – CONDIÇÕES E CAUSAS DO ÓBITO\nParte I  a) {obito_a}\n         b) "
        "{obito_b}\n         c) {obito_c}\nParte II {obito_ii}\nVII – MÉDICO\nNome: {PERSON}   "
        "{CRM_ALT}   Contato: {EMAILDE4}\nÓbito atestado por médico assistente: sim\nDeclarante: "
        "{FILHO1} (filho), RG {BR_RG}",
        "DECLARAÇÃO DE NASCIDO VIVO – DNV nº {dnv}\nI – RECÉM-NASCIDO\nNome: RN de {MULHER}\n"
        "Data/hora do nascimento: {date6} {h0}   Sexo: {rn_sex}   Peso ao nascer: {weight} g   "
        "Apgar 1º/5º min: {apgar}\nII – LOCAL DA OCORRÊNCIA\n{hospital6} – {city_uf6}\nIII – MÃE\n"
        "Nome: {NOME1}   Cartão SUS: {BR_CNS}\nData de nascimento: {NASC}   Escolaridade: "
        "{schooling}\nOcupação habitual: {occupation_f6}   Nº de filhos tidos: {kids}\nResidência: "
        "{END}, {bairro} – {city_uf6} – CEP {BR_CEP}   Tel.: {PHONE_NUMBER}\nIV – PAI\nNome: "
        "{HOMEM}   Idade: {age_father} anos\nV – GESTAÇÃO E PARTO: {weeks} semanas; parto "
        "{delivery}; {prenatal} consultas de pré-natal\nVIII – RESPONSÁVEL PELO PREENCHIMENTO: "
        "{MULHER}, enfermeira obstetra, {COREN}\nObs.: nome escolhido pelos pais (registro civil "
        "pendente): {RN_NOME2}",
        "{imaging_center} – Unidade {unit6}\nPaciente: {PERSON}   Data de nasc.: {NASC}\n"
        "Atendimento: {atend}   Convênio: {health_plan6}   Data do exame: {date6}\nMédico(a) "
        "solicitante: Dr(a). {PERSON}\n\n{img_exam}\n\nTécnica: exame realizado em aparelho de "
        "{tesla} T, sequências multiplanares ponderadas em T1, T2 e DP, sem contraste.\n\nAchados:\n"
        "{img_finding}\n\nImpressão diagnóstica:\n{img_impression}\n\nTecnólogo(a) responsável pela "
        "aquisição: {PERSON}\nLaudo assinado digitalmente por Dr. {HOMEM} – {CRM_ALT} – em {date6} às "
        "{h0}. Revisão: Dra. {MULHER}.",
    ],
    "financeiro": [
        "{bank6} | Comprovante de transferência\nTED – Transferência Eletrônica Disponível\nData da "
        "transferência: {date6}   Horário: {h0}\n\nDADOS DE QUEM ENVIOU\nNome: {PERSON_CAPS}\nCPF: "
        "{BR_CPF}\nAgência: {BANK_ACCOUNT}   Conta corrente: {BANK_ACCOUNT}\n\nDADOS DE QUEM RECEBEU"
        "\nNome: {PERSON_CAPS}\nCPF: {BR_CPF}\nBanco: {bank_code}   Agência: {BANK_ACCOUNT}   Conta: "
        "{BANK_ACCOUNT}\nTipo de conta: {acct_type}\n\nValor: {money6}\nFinalidade: {finalidade}\n"
        "Nº de controle: {bad_cpf}\nAutenticação: {auth}",
        "PARECER DE CRÉDITO – {committee} – {date6}\nProponente: {firma_socio}   CNPJ: {BR_CNPJ}\n"
        "Ramo: {sector}   Fundação: {founded}   Faturamento 12m: {money_big}\nGerente PJ: {PERSON} – "
        "agência {branch6}\nOperação: capital de giro de {money_big}, 24x, garantia: aval dos sócios + "
        "cessão fiduciária de recebíveis de cartão.\n\nQUADRO SOCIETÁRIO / AVALISTAS\n• {SOCIO} – "
        "CPF {BR_CPF} – 70% – sócio-administrador – score {score_s}\n• {PERSON} – CPF {BR_CPF} – 30% "
        "– score {score_s}\n• {ESPOSA2} (cônjuge de {PRENOME2}) – CPF {BR_CPF} – anuente\n\n"
        "Restritivos: 2 protestos em nome da PJ ({money6}), já baixados; nada consta em nome dos "
        "sócios. Endividamento SCR: {money6}.\nPontos de atenção: concentração de vendas em um único "
        "cliente ({company6}).\nParecer: FAVORÁVEL, condicionado à domiciliação dos recebíveis. "
        "Analista: {PERSON}",
        "RELATÓRIO DE AUDITORIA INTERNA Nº {audit_no} – {audit_area}\nAchado {n_achado} – Reembolsos "
        "aprovados pelo próprio solicitante (risco ALTO)\n\nCondição: na amostra de {sample} "
        "reembolsos de {month}/2025, {k} foram lançados e aprovados pelo mesmo usuário. O "
        "colaborador {HOMEM} (matrícula {emp_id}), {job6}, aprovou as próprias despesas de "
        "quilometragem e refeição, somando {money6}, pagas no cartão corporativo {CREDIT_CARD}. Os "
        "acessos partiram do IP {IP_ADDRESS}, fora do horário comercial.\nCritério: Política de "
        "Viagens e Despesas, item 5.3 (segregação de funções).\nCausa: perfil de aprovador "
        "concedido por {PERSON} (TI – acessos) em {date6}, a pedido verbal da gerência, sem "
        "chamado.\nRecomendação: revogar o perfil, recuperar os valores pagos indevidamente e "
        "revisar os demais perfis de aprovador.\nManifestação do gestor: \"De acordo. O acesso do "
        "{PRENOME1} foi revogado e o caso foi levado ao Comitê de Ética.\" – {MULHER}, Gerente "
        "Financeira\nResponsável pelo plano de ação: {PERSON}   Prazo: {date6}",
        "CARTEIRA {portfolio} – HISTÓRICO DE ACIONAMENTOS\nDevedor: {HOMEM_CAPS}   CPF: {BR_CPF}   "
        "Contrato: {contract}   Atraso: {days} dias   Saldo: {money6}\nTelefones: {PHONE_NUMBER} "
        "(cel – HOT) | {FONE_ALT} (res – sem sucesso) | {PHONE_NUMBER} (referência: {MULHER}, "
        "irmã)\nE-mail: {EMAILDE1}\n\nDATA | HORA | CANAL | OPERADOR | OCORRÊNCIA\n{d0} | {hr} | URA "
        "| – | Não atende\n{d} | {hr} | Voz | {PERSON} | falou c/ a esposa ({PRENOME_F_MIN}), disse "
        "q ele ta desempregado e viajando. deixado recado\n{d} | {hr} | Voz | {PERSON} | CPC – "
        "cliente confirma dados, promete entrada de {money6} em {date6}\n{d} | {hr} | WhatsApp | "
        "{PRENOME5} | enviado boleto do acordo, linha digitável {barcode6}\n{d} | {hr} | Sistema | – "
        "| Promessa quebrada. Retorna p/ fila",
        "FICHA DE REGISTRO DE EMPREGADO – {employer6}\nMatrícula: {emp_id}   Admissão: {date6}   "
        "Cargo: {job6} (CBO {cbo})   Salário: {salary}\n\nNome: {PERSON}\nData de nascimento: "
        "{NASC}   Naturalidade: {city_uf6}\nFiliação: {MULHER} e {PAI1}\nCPF: {BR_CPF}   RG: "
        "{RG_ALT}   PIS/PASEP: {BR_PIS}\nTítulo de eleitor: {BR_TITULO_ELEITOR}   Zona: {zona}   "
        "Seção: {secao}\nCNH: {BR_CNH}   Categoria: {cnh_cat}   Validade: {date6}\nEndereço: {END} – "
        "{bairro} – {city_uf6} – CEP {CEP_ALT}\nCelular: {FONE_ALT}   E-mail pessoal: {EMAILDE1}\n"
        "\nDependentes (IRRF / salário-família):\n- {FILHO1} – filho – nasc. {NASC_KID} – CPF "
        "{BR_CPF}\n- {FILHA1} – filha – nasc. {NASC_KID}\n\nConta-salário: {bank6}, ag. "
        "{BANK_ACCOUNT}, conta {BANK_ACCOUNT}\nEm caso de emergência avisar: {MULHER} ({emerg_rel_f}) "
        "– {PHONE_NUMBER}\nConferido por: {PERSON} – Departamento Pessoal",
        "RECIBO DE ALUGUEL        Nº {recibo}/2025        VALOR {rent}\n\nRecebi de {PERSON} a "
        "importância supra, referente ao aluguel do mês de {month} de 2025 do imóvel situado na "
        "{END}, {bairro}, {city6}, mais {extra} de {money_small}, dando plena quitação do período."
        "\n\n{city6}, {long_day6}.\n\n______________________________\n{PERSON}\nCPF {BR_CPF}\n"
        "Locador(a)\n\n* Próximo vencimento: dia {due}. Após o vencimento, multa de 10% e juros de 1% "
        "a.m. Pix para pagamento: {EMAILDE2}. Dúvidas: {FONE_ALT} (falar com {PRENOME_F}, da "
        "administração)",
        "MINISTÉRIO DA FAZENDA\nSecretaria Especial da Receita Federal do Brasil\nCOMPROVANTE DE "
        "RENDIMENTOS PAGOS E DE IMPOSTO SOBRE A RENDA RETIDO NA FONTE\nAno-calendário de 2025\n\n"
        "1. FONTE PAGADORA PESSOA JURÍDICA\nCNPJ: {BR_CNPJ}   Nome empresarial: {employer6_caps}\n\n"
        "2. PESSOA FÍSICA BENEFICIÁRIA DOS RENDIMENTOS\nCPF: {BR_CPF}   Nome completo: {HOMEM_CAPS}"
        "\nNatureza do rendimento: 0561 – Trabalho assalariado\n\n3. RENDIMENTOS TRIBUTÁVEIS, "
        "DEDUÇÕES E IMPOSTO SOBRE A RENDA RETIDO NA FONTE (em reais)\n01. Total dos rendimentos "
        "(inclusive férias) ........ {amt_big}\n02. Contribuição previdenciária oficial ............. "
        "{amt}\n05. Imposto sobre a renda retido na fonte ........... {amt}\n\n7. INFORMAÇÕES "
        "COMPLEMENTARES\nDespesas com plano de saúde – {health_plan6_caps}, CNPJ {BR_CNPJ}:\n  "
        "Titular: {amt}\n  Dependente {ESPOSA1_CAPS} (CPF {BR_CPF}), nascida em {NASC}: {amt}\n  "
        "Dependente {FILHA1_CAPS} (CPF {BR_CPF}), nascida em {NASC_KID}: {amt}\n\n8. RESPONSÁVEL "
        "PELAS INFORMAÇÕES\nNome: {PERSON}   Data: {date6}",
    ],
}

# sixth-set slots: people (new ones, and references to the record's n-th person) and the
# personal data in formats of their own; every one of them is labelled
SIXTH_PERSON_SLOTS = ("PERSON", "HOMEM", "MULHER", "ALUNO", "SOCIO", "PRENOME_F", "PRENOME_F_MIN")
SIXTH_KIN_SLOTS = ("ESPOSA", "FILHO", "FILHA", "MAE", "PAI", "RN_NOME")
SIXTH_REF_SLOTS = ("NOME", "PRENOME", "PRENOMEMIN", "CAPS", "MIN", "SOBRENOME", "EMAILDE")
SIXTH_SLOT_LABELS = {
    **{f"{slot}{caps}": "PERSON" for slot in SIXTH_PERSON_SLOTS[1:] for caps in ("", "_CAPS")},
    **{f"{slot}{n}{caps}": "PERSON" for slot in SIXTH_KIN_SLOTS for n in range(1, 10)
       for caps in ("", "_CAPS")},
    **{f"{slot}{n}": "EMAIL_ADDRESS" if slot == "EMAILDE" else "PERSON"
       for slot in SIXTH_REF_SLOTS for n in range(1, 10)},
    "NASC": "DATE_OF_BIRTH", "NASC_KID": "DATE_OF_BIRTH", "RG_ALT": "BR_RG", "CEP_ALT": "BR_CEP",
    "FONE_ALT": "PHONE_NUMBER", "END": "ADDRESS", "END_CAPS": "ADDRESS", "OAB": "PROFESSIONAL_ID",
    "OAB_DJE": "PROFESSIONAL_ID", "COREN": "PROFESSIONAL_ID", "CRO": "PROFESSIONAL_ID",
    "CRF": "PROFESSIONAL_ID", "CRM_ALT": "PROFESSIONAL_ID",
}
# common given names of adults (the faker lists lean to names given to children lately)
SIXTH_GIVEN_F = ["Maria Aparecida", "Rosângela", "Marlene", "Sueli", "Cleusa", "Vera Lúcia",
                 "Maria de Fátima", "Regina", "Denise", "Márcia", "Elisângela", "Luzia", "Terezinha",
                 "Sandra", "Ivone", "Maria José", "Neide", "Solange", "Ana Paula", "Simone"]
SIXTH_GIVEN_M = ["Sebastião", "Raimundo", "Antônio Carlos", "Luiz Carlos", "Valdir", "Edson",
                 "Cláudio", "José Roberto", "Francisco de Assis", "Jorge", "Reinaldo", "Gilberto",
                 "Nivaldo", "Osvaldo", "Paulo Sérgio", "Wagner", "Adriano", "Marcos", "João Batista"]
SIXTH_SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
SIXTH_PARTICLES = ("da", "de", "do", "dos", "das")
SIXTH_STREETS = ["Marechal Deodoro", "Dom Pedro II", "XV de Novembro", "Tiradentes",
                 "Sete de Setembro", "Barão de Mauá", "Padre Anchieta", "Coronel Fernando Prestes",
                 "das Palmeiras", "dos Andradas", "Visconde de Inhaúma", "Santa Rita", "Emílio Ribas",
                 "Doutor Arnaldo", "Engenheiro Caetano Álvares", "Halfeld", "Getúlio Vargas",
                 "Presidente Juscelino Kubitschek", "Santos Dumont", "São Sebastião"]
SIXTH_STREET_TITLES = ["Doutor", "Dr.", "Professor", "Prof.", "Vereador", "Coronel", "Padre",
                       "Deputado", "Major"]
SIXTH_STREET_TITLES_F = ["Doutora", "Dra.", "Professora", "Profª", "Vereadora", "Dona"]
NUMBER_WORDS = ["um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez",
                "onze", "doze", "treze", "catorze", "quinze", "dezesseis", "dezessete", "dezoito",
                "dezenove", "vinte", "vinte e um", "vinte e dois", "vinte e três", "vinte e quatro",
                "vinte e cinco", "vinte e seis", "vinte e sete", "vinte e oito"]
# values drawn together within a record: each group's slots take one tuple's items (an
# item that is a list gives a fresh choice from it each time)
SIXTH_CASES = {
    "procon": (("procon_subject", "procon_item", "procon_company"), [
        ("Telefonia – cobrança após cancelamento", "um plano pós-pago de celular",
         "TELEFÔNICA BRASIL S.A."),
        ("Academia – multa rescisória", "um plano anual de academia",
         "SMART FIT ESCOLA DE GINÁSTICA E DANÇA S.A."),
        ("Internet banda larga – serviço não prestado", "internet fibra 500 Mega",
         "CLARO S.A."),
        ("Curso livre – cancelamento", "um curso de inglês em 18 parcelas",
         "ESCOLA DE IDIOMAS WIZARD CAMPINAS LTDA"),
        ("Móveis planejados – atraso na entrega", "cozinha planejada com montagem",
         "MÓVEIS GAZIN INDÚSTRIA E COMÉRCIO LTDA"),
        ("Seguro de celular – venda casada", "um seguro junto com o aparelho",
         "LOJAS BECKER LTDA"),
    ]),
    "bus": (("bus_company", "bus_line", "leg"), [
        ("Viação Cometa", "São Paulo (Tietê) x Rio de Janeiro (Novo Rio)",
         ["São Paulo/Rio de Janeiro", "São Paulo/Resende", "São José dos Campos/Rio de Janeiro"]),
        ("Viação Garcia", "Londrina x Curitiba",
         ["Londrina/Curitiba", "Londrina/Ponta Grossa", "Apucarana/Curitiba"]),
        ("Viação Águia Branca", "Vitória x Teixeira de Freitas",
         ["Vitória/Teixeira de Freitas", "Linhares/Teixeira de Freitas", "Vitória/São Mateus"]),
        ("Auto Viação São Luiz", "Juiz de Fora x Belo Horizonte",
         ["Juiz de Fora/Belo Horizonte", "Juiz de Fora/Barbacena", "Barbacena/Belo Horizonte"]),
        ("Expresso Guanabara", "Fortaleza x Teresina",
         ["Fortaleza/Teresina", "Fortaleza/Sobral", "Sobral/Teresina"]),
    ]),
    "ward": (("ward6", "dx6", "drug6"), [
        ("Clínica Cirúrgica – 3º andar", "PO de colecistectomia videolaparoscópica (K80.2)",
         "Tramadol 50 mg EV"),
        ("Clínica Médica – Ala B", "pneumonia adquirida na comunidade (J18.9)", "Zolpidem 5 mg VO"),
        ("Enfermaria de Ortopedia", "fratura de colo de fêmur à direita (S72.0)",
         "Morfina 2 mg EV se dor"),
        ("Unidade de Cuidados Intermediários", "ICC descompensada (I50.0)", "Trazodona 50 mg VO"),
        ("Clínica Médica – 5º andar", "celulite em membro inferior esquerdo (L03.1)",
         "Dipirona 1 g EV de 6/6h"),
    ]),
    "samu": (("samu_complaint", "instruction", "samu_vitals"), [
        ("dor torácica em aperto há 40 min, com sudorese",
         "manter o paciente em repouso e separar os remédios de uso contínuo",
         "PA 160x100, FC 112, SpO2 93%; ECG com supra de ST em parede inferior; AAS 300 mg "
         "mastigado"),
        ("queda da própria altura, dor em quadril direito, não consegue levantar",
         "não mobilizar e manter aquecido(a)", "Glasgow 15, encurtamento e rotação externa de MID; "
         "imobilizado(a) em prancha"),
        ("crise convulsiva que já cessou, sonolento(a)",
         "lateralizar e não colocar nada na boca", "Glasgow 13, glicemia capilar 98 mg/dL, sem "
         "novos episódios"),
        ("falta de ar intensa, asmático(a), sem melhora com a bombinha",
         "manter sentado(a) e abrir as janelas", "SpO2 86%, sibilos difusos; O2 e nebulização com "
         "fenoterol e ipratrópio"),
        ("motociclista caído após colisão com carro, consciente",
         "não retirar o capacete nem mover a vítima", "Glasgow 15, escoriações em MMSS, dor em "
         "punho E; colar cervical e prancha rígida"),
    ]),
    "obito": (("obito_a", "obito_b", "obito_c", "obito_ii"), [
        ("Choque cardiogênico – 2 horas – R57.0", "Infarto agudo do miocárdio – 1 dia – I21.9",
         "Hipertensão arterial sistêmica – 15 anos – I10", "Diabetes mellitus tipo 2 – E11.9"),
        ("Insuficiência respiratória aguda – 6 horas – J96.0",
         "Pneumonia bacteriana – 5 dias – J15.9",
         "Doença pulmonar obstrutiva crônica – 10 anos – J44.9", "Tabagismo – F17.2"),
        ("Choque séptico – 12 horas – R57.2", "Infecção do trato urinário – 4 dias – N39.0",
         "Doença de Alzheimer – 6 anos – G30.9", "Desnutrição proteico-calórica – E46"),
        ("Hemorragia intracerebral – 1 dia – I61.9",
         "Hipertensão arterial sistêmica – 20 anos – I10", "–", "Doença renal crônica – N18.9"),
    ]),
    "img": (("img_exam", "img_finding", "img_impression"), [
        ("RESSONÂNCIA MAGNÉTICA DO JOELHO DIREITO",
         "Rotura horizontal do corno posterior do menisco medial, com extensão à superfície "
         "articular inferior. Ligamentos cruzados íntegros. Pequeno derrame articular.",
         "Lesão meniscal medial. Derrame articular de pequeno volume."),
        ("RESSONÂNCIA MAGNÉTICA DA COLUNA LOMBAR",
         "Protrusão discal posterior central em L4-L5, tocando a face ventral do saco dural. "
         "Discopatia degenerativa em L5-S1 com redução do espaço discal.",
         "Protrusão discal L4-L5. Discopatia degenerativa L5-S1."),
        ("RESSONÂNCIA MAGNÉTICA DO OMBRO ESQUERDO",
         "Tendinopatia do supraespinal com rotura parcial da face bursal. Bursite "
         "subacromial-subdeltóidea. Artrose acromioclavicular.",
         "Rotura parcial do tendão supraespinal. Bursite."),
        ("RESSONÂNCIA MAGNÉTICA DO CRÂNIO",
         "Focos de hipersinal em T2/FLAIR na substância branca periventricular e subcortical, "
         "inespecíficos. Sistema ventricular de dimensões normais.",
         "Achados compatíveis com microangiopatia de grau leve (Fazekas 1)."),
    ]),
}
SIXTH_CASE_SLOTS = {slot: group for group, (slots, _) in SIXTH_CASES.items() for slot in slots}
SIXTH_NEGATIVES = {
    "q_operation": ["Cobrança PF – Cartões", "Retenção – Telefonia Móvel", "SAC Energia – Ligação "
                    "Nova", "Ouvidoria – Plano de Saúde", "Suporte Internet Fibra"],
    "offer": ["desconto de 30% por 6 meses", "upgrade de velocidade", "isenção da anuidade",
              "parcelamento em 12x"],
    "store6": ["Lojas Becker", "Ótica Diniz", "Drogaria Araujo", "Móveis Gazin", "Calçados Bibi",
               "Colchões Castor", "Livraria Leitura", "Lojas Pompéia", "Grupo Mateus",
               "Supermercados Zaffari"],
    "team6": ["financeiro-estornos", "pagamentos", "sac-n2", "backoffice"],
    "hotel6": ["Hotel Fazenda Dona Carolina", "Pousada Solar do Barão", "Hotel Ibis São José dos "
               "Campos", "Pousada Vila Angélica", "Hotel Bourbon Joinville",
               "Pousada Recanto do Seu Antônio"],
    "occupation_m6": ["comerciante", "motorista", "engenheiro civil", "servidor público",
                      "mecânico", "aposentado", "representante comercial"],
    "occupation_f6": ["professora", "do lar", "enfermeira", "comerciante", "servidora pública",
                      "cabeleireira", "aposentada"],
    "issuer": ["SSP/SP", "SSP/MG", "SSP/BA", "Detran/RJ", "SESP/PR", "SDS/PE", "PC/GO"],
    "trip": ["lazer/férias", "negócios", "congresso", "visita a parentes", "saúde"],
    "bairro": ["Jardim Paulista", "Vila Mariana", "Boa Viagem", "Savassi", "Centro", "Cidade Nova",
               "Vila Isabel", "Jardim América", "Parque São Jorge", "Santa Tereza",
               "Vila Leopoldina", "João Pinheiro", "Jardim Anália Franco"],
    "city6": ["São José dos Campos", "Juiz de Fora", "Feira de Santana", "Caxias do Sul",
              "Campina Grande", "Ribeirão Preto", "Londrina", "Uberlândia", "Joinville", "Petrolina",
              "Governador Valadares", "Presidente Prudente", "Teixeira de Freitas",
              "Marechal Cândido Rondon"],
    "condo6": ["CONDOMÍNIO EDIFÍCIO DONA VERIDIANA", "Residencial Marechal Rondon II",
               "Condomínio Solar Santa Inês", "Edifício Professor Aristides Novis",
               "Condomínio Parque das Orquídeas", "Residencial Anália Franco"],
    "shift": ["diurno (07h–19h)", "noturno (19h–07h)"],
    "service6": ["técnico da Vivo", "dedetização", "entrega de móveis",
                 "manutenção do ar-condicionado", "diarista", "instalação de rede de proteção"],
    "car6": ["Fiat Strada branca", "VW Saveiro prata", "Renault Kangoo branca", "Fiat Fiorino",
             "HB20 preto", "Onix prata", "Toro vermelha"],
    "carrier6": ["Mercado Livre", "Shopee", "Correios – Sedex", "Amazon", "Magalu Entregas",
                 "Jadlog"],
    "procon_city": ["MUNICIPAL DE CAMPINAS", "SP", "ESTADUAL DO RIO DE JANEIRO",
                    "MUNICIPAL DE BELO HORIZONTE", "MUNICIPAL DE JUIZ DE FORA",
                    "MUNICIPAL DE FEIRA DE SANTANA"],
    "company6": ["Claro S.A.", "Telefônica Brasil S.A. (Vivo)", "Smart Fit", "Academia Bodytech",
                 "Sky Serviços de Banda Larga", "Decolar.com", "Construtora Tenda S.A.",
                 "Ótica Diniz", "Drogaria Araujo", "Transportes Bertolini", "Imobiliária Lopes",
                 "Auto Posto Vieira Ltda", "Padaria Irmãos Fernandes", "Casa de Carnes Mineiro"],
    "relation6": ["filha", "esposo", "irmã", "sobrinho", "vizinha"],
    "school6": ["Escola Estadual Professora Maria Aparecida Gomes", "EMEF Paulo Freire",
                "Colégio Santa Maria", "Escola Municipal Monteiro Lobato",
                "Colégio Marista Dom Silvério", "Escola Estadual Dom Pedro I",
                "Colégio Objetivo – Unidade Barão Geraldo"],
    "grade": ["1º ano do Ensino Fundamental", "3º ano EF", "5º ano", "Infantil II", "7º ano EF II"],
    "turma": ["1º A – manhã", "3º B – tarde", "5º C – manhã", "Infantil II – integral"],
    "allergy": ["nega", "dipirona", "amendoim e castanhas", "lactose", "picada de inseto"],
    "van": ["Transporte Escolar Arco-Íris", "Van Escolar Pequeno Príncipe",
            "Transporte Escolar Turma da Mônica"],
    "notary": ["14º TABELIÃO DE NOTAS DE SÃO PAULO", "CARTÓRIO DO 2º OFÍCIO DE NOTAS DE JUIZ DE FORA",
               "1º TABELIONATO DE NOTAS E PROTESTO DE LONDRINA",
               "CARTÓRIO AZEVÊDO BASTOS – 1º OFÍCIO DE NOTAS",
               "TABELIONATO DE NOTAS DE FEIRA DE SANTANA"],
    "ri": ["1º Oficial de Registro de Imóveis de São José dos Campos",
           "Cartório de Registro de Imóveis da 2ª Zona de Londrina",
           "3º Registro de Imóveis de Juiz de Fora", "Registro de Imóveis de Feira de Santana"],
    "regime6": ["comunhão parcial de bens", "comunhão universal de bens",
                "separação convencional de bens"],
    "state_name": ["DE SÃO PAULO", "DE MINAS GERAIS", "DE PERNAMBUCO", "DO PARANÁ", "DA BAHIA",
                   "DO RIO GRANDE DO SUL"],
    "city_uf6": ["São José dos Campos/SP", "Juiz de Fora/MG", "Feira de Santana/BA",
                 "Caxias do Sul/RS", "Campina Grande/PB", "Ribeirão Preto/SP", "Londrina/PR",
                 "Uberlândia/MG", "Joinville/SC", "Petrolina/PE", "Governador Valadares/MG",
                 "Presidente Prudente/SP", "Teixeira de Freitas/BA", "Marechal Cândido Rondon/PR"],
    "emerg_rel_f": ["mãe", "esposa", "irmã", "filha", "companheira", "tia"],
    "bank6": ["Banco do Brasil", "Itaú Unibanco", "Bradesco", "Caixa Econômica Federal",
              "Santander", "Sicredi", "Nubank", "Banco Inter", "Banrisul"],
    "bank6_caps": ["BANCO BRADESCO S.A.", "ITAÚ UNIBANCO S.A.", "BANCO SANTANDER (BRASIL) S.A.",
                   "BANCO PAN S.A.", "AYMORÉ CRÉDITO, FINANCIAMENTO E INVESTIMENTO S.A.",
                   "BANCO J. SAFRA S.A.", "CAIXA ECONÔMICA FEDERAL"],
    "foro": ["Central Cível", "Regional de Santo Amaro", "de Feira de Santana",
             "Regional do Barreiro", "de Juiz de Fora", "Regional de Pinheiros"],
    "subject6": ["Indenização por Dano Moral", "Inclusão Indevida em Cadastro de Inadimplentes",
                 "Cancelamento de voo", "Práticas Abusivas", "Bancários – Tarifas"],
    "camara": ["2ª Câmara de Direito Criminal", "5ª Câmara Criminal", "9ª Câmara de Direito "
               "Criminal", "1ª Câmara Criminal Extraordinária"],
    "prison": ["no Centro de Detenção Provisória de Pinheiros II",
               "no Presídio Regional de Juiz de Fora", "no Conjunto Penal de Feira de Santana",
               "na Penitenciária Estadual de Londrina", "no CDP de Guarulhos I"],
    "marital_m6": ["casado", "solteiro", "viúvo", "divorciado", "convivente em união estável"],
    "cejusc": ["CEJUSC de Família – Foro Regional de Santana", "CEJUSC de Juiz de Fora",
               "CEJUSC Londrina – Família", "CEJUSC Feira de Santana"],
    "employer6": ["Metalúrgica Bertolini Ltda", "Supermercados Zaffari", "Grupo Mateus",
                  "Hospital Márcio Cunha", "Transportadora Irmãos Passaúra", "Frigorífico Marba",
                  "Construtora Tenda S.A.", "Prefeitura Municipal de Juiz de Fora",
                  "Atacadão Dia a Dia"],
    "samu_region": ["METROPOLITANA DE SÃO PAULO", "REGIONAL JUIZ DE FORA",
                    "METROPOLITANA DO RECIFE", "REGIONAL DE LONDRINA", "FEIRA DE SANTANA"],
    "caller_rel": ["filha", "vizinho", "esposa", "neto", "colega de trabalho", "transeunte"],
    "ref_point": ["em frente à Igreja Nossa Senhora de Fátima", "ao lado do Mercadinho São Jorge",
                  "esquina com a Rua Santos Dumont", "próximo à EMEF Paulo Freire",
                  "atrás do posto Ipiranga", "portão azul, perto do Bar do Zé"],
    "hospital6": ["Hospital São José", "Hospital Dona Helena", "Hospital Márcio Cunha",
                  "Santa Casa de Juiz de Fora", "Hospital Regional Dr. Leopoldo Rodrigues",
                  "Hospital Geral Clériston Andrade", "Hospital Evangélico de Londrina",
                  "Hospital Municipal Dr. Arthur Ribeiro de Saboya", "Hospital Santa Lúcia",
                  "Maternidade Frei Damião"],
    "dental_clinic": ["OdontoCompany – Unidade Centro", "Clínica Sorriso & Saúde",
                      "Consultório Odontológico Dr. Sorriso", "Odonto Excellence",
                      "Clínica Odontológica Santa Apolônia"],
    "dental_plan": ["Odontoprev", "Amil Dental", "SulAmérica Odonto", "Bradesco Dental",
                    "Uniodonto"],
    "dental_anamnesis": ["HAS controlada com losartana; nega alergias",
                         "DM2; alergia a penicilina", "nega doenças sistêmicas; tabagista",
                         "em uso de AAS 100 mg/dia; sangramento gengival à escovação",
                         "bruxismo; usa placa miorrelaxante"],
    "pharmacy6": ["Drogaria Araujo – Loja 112", "Farmácia Nissei", "Drogasil – Filial 0457",
                  "Farmácia São João", "Drogaria Venâncio", "Farmácia do Trabalhador de Londrina"],
    "controlled": ["Clonazepam 2 mg (Rivotril) 30 cp", "Zolpidem 10 mg 20 cp",
                   "Metilfenidato 10 mg (Ritalina) 30 cp", "Sertralina 50 mg 30 cp",
                   "Tramadol 50 mg 10 cp", "Alprazolam 0,5 mg 30 cp",
                   "Escitalopram 10 mg (Lexapro) 28 cp"],
    "antibiotic": ["Amoxicilina + clavulanato 875 mg", "Azitromicina 500 mg", "Cefalexina 500 mg",
                   "Amoxicilina 250 mg/5 mL susp."],
    "race": ["branca", "parda", "preta", "amarela", "indígena"],
    "schooling": ["Ensino médio completo", "Fundamental II incompleto", "Superior completo",
                  "Médio incompleto"],
    "delivery": ["vaginal", "cesáreo"],
    "apgar": ["8/9", "9/10", "7/9", "8/10"],
    "imaging_center": ["Centro de Diagnóstico Dr. Fleming", "Clínica Radiológica São Lucas",
                       "Delboni Auriemo", "Lâmina Medicina Diagnóstica", "Alta Diagnósticos",
                       "Clínica de Imagem Santa Clara"],
    "unit6": ["Jardins", "Moema", "Barão Geraldo", "Centro", "Savassi", "Boa Viagem"],
    "tesla": ["1,5", "3,0"],
    "health_plan6": ["Unimed Juiz de Fora", "Bradesco Saúde", "Amil", "SulAmérica", "Cassi",
                     "Geap", "São Francisco Saúde", "Samp"],
    "bank_code": ["001 – Banco do Brasil S.A.", "237 – Banco Bradesco S.A.",
                  "341 – Itaú Unibanco S.A.", "104 – Caixa Econômica Federal",
                  "033 – Banco Santander (Brasil) S.A.", "756 – Banco Cooperativo Sicoob",
                  "748 – Banco Cooperativo Sicredi"],
    "acct_type": ["Conta corrente", "Conta poupança", "Conta de pagamento"],
    "finalidade": ["Crédito em conta", "Pagamento de aluguel", "Pensão alimentícia",
                   "Pagamento de fornecedor", "Pagamento de serviços"],
    "committee": ["COMITÊ DE CRÉDITO REGIONAL", "ALÇADA DA SUPERINTENDÊNCIA", "COMITÊ PJ VAREJO"],
    "sector": ["comércio varejista de materiais de construção", "transporte rodoviário de cargas",
               "padaria e confeitaria", "oficina mecânica", "distribuição de alimentos"],
    "branch6": ["Juiz de Fora – Centro", "Av. Paulista", "Boa Viagem", "Savassi",
                "Feira de Santana – Getúlio Vargas"],
    "audit_area": ["Contas a Pagar e Reembolsos", "Compras e Suprimentos", "Folha de Pagamento",
                   "Tesouraria"],
    "job6": ["supervisor de vendas", "coordenador de logística", "analista comercial pleno",
             "gerente de contas", "vendedor externo"],
    "portfolio": ["CARTÃO PF 61-180", "VEÍCULOS – FASE 2", "CONSIGNADO – RECUPERAÇÃO",
                  "CDC LOJISTA 31-60"],
    "cnh_cat": ["B", "AB", "D", "AE"],
    "extra": ["taxa de água", "condomínio", "parcela do IPTU", "conta de luz"],
}
SIXTH_STICKY = {"store6", "state_name", "pct_b", "usa"}


class SixthFiller(FifthFiller):
    """The sixth set's people (with kin who share their surnames), formats and negatives."""

    def new_record(self) -> None:
        super().new_record()
        self.given_of: dict[str, str] = {}
        self.pending: str | None = None
        self.cases: dict[str, tuple] = {}
        self.day: datetime.date | None = None
        self.rn_female = False

    def given(self, female: bool, unseen: bool, young: bool = False) -> str:
        rng = self.rng
        if unseen:
            return rng.choice([n for n in self.unseen_given if (n in SIXTH_UNSEEN_FEMALE) == female])
        if not young and rng.random() < 0.5:
            return rng.choice(SIXTH_GIVEN_F if female else SIXTH_GIVEN_M)
        while True:
            first = self.faker.first_name_female() if female else self.faker.first_name_male()
            if first != "Dom":
                return first

    def person(self, female: bool | None = None, young: bool = False) -> str:
        rng = self.rng
        if female is None:
            female = rng.random() < 0.5
        unseen = rng.random() < 0.15
        given = self.given(female, unseen, young)
        last = rng.choice(self.unseen_surnames) if unseen else self.faker.last_name()
        middle = self.faker.last_name()
        shape = rng.random()
        if shape < 0.4:
            words = [last]
        elif shape < 0.7:
            words = [middle, last]
        elif shape < 0.8:
            words = [rng.choice(PARTICLE_SURNAMES), last]
        elif shape < 0.88 and " " not in middle + last:
            words = [middle, "e", last]
        elif shape < 0.88:
            words = [middle, last]
        else:
            words = [middle, self.faker.last_name(), last]
        surnames = [t for t in " ".join(words).split() if t not in SIXTH_PARTICLES + ("e",)]
        if len(set(surnames)) < len(surnames):
            words = [last]
        name = f"{given} {' '.join(words)}"
        if not female and not young and rng.random() < 0.1:
            name = f"{name} {rng.choice(SIXTH_SUFFIXES)}"
        return self.record(name, given)

    def record(self, name: str, given: str) -> str:
        self.given_of[name] = given
        return name

    def surname_of(self, name: str, particle: bool = True) -> str:
        words = [w for w in name.split() if w not in SIXTH_SUFFIXES]
        if particle and len(words) >= 3 and words[-2] in SIXTH_PARTICLES:
            return " ".join(words[-2:])
        return words[-1]

    def kin(self, kind: str, other: str) -> str:
        """A relative of `other` (the record's n-th person) who carries their surname."""
        rng = self.rng
        unseen = rng.random() < 0.15
        surname = self.surname_of(other)
        if kind == "PAI" and other.split()[-1] in ("Filho", "Júnior"):
            return self.record(" ".join(other.split()[:-1]), self.given_of.get(other, other.split()[0]))
        female = kind in ("ESPOSA", "FILHA", "MAE") or (kind == "RN_NOME" and self.rn_female)
        given = self.given(female, unseen, young=kind in ("FILHO", "FILHA", "RN_NOME"))
        other_name = rng.choice(self.unseen_surnames) if unseen else self.faker.last_name()
        if kind == "MAE":  # the child's first surname is the mother's last
            tokens = other[len(self.given_of.get(other, other.split()[0])):].split()
            if len([t for t in tokens if t not in SIXTH_PARTICLES + ("e",)]) >= 2:
                surname = " ".join(tokens[:2]) if tokens[0] in SIXTH_PARTICLES else tokens[0]
        if kind == "RN_NOME":
            mother = self.surname_of(self.people[0], particle=False)
            name = f"{given} {mother} {surname}" if mother != surname else f"{given} {surname}"
        elif kind in ("ESPOSA", "MAE") or rng.random() < 0.5:
            name = f"{given} {other_name} {surname}"
        else:
            name = f"{given} {surname}"
        if other_name.split()[-1] == surname.split()[-1]:
            name = f"{given} {surname}"
        return self.record(name, given)

    def address(self) -> str:
        rng = self.rng
        kind = rng.choice(["Rua", "R.", "Avenida", "Av.", "Travessa", "Alameda", "Estrada", "Rua",
                           "Rua"])
        if rng.random() < 0.55:
            street = rng.choice(SIXTH_STREETS)
        else:
            female = rng.random() < 0.3
            street = (f"{rng.choice(SIXTH_STREET_TITLES_F if female else SIXTH_STREET_TITLES)} "
                      f"{rng.choice(SIXTH_GIVEN_F if female else SIXTH_GIVEN_M)} "
                      f"{self.faker.last_name()}")
        n = rng.randint(1, 4999)
        number = rng.choice([str(n), f"nº {n}", f"{n:,}".replace(",", ".")])
        if rng.random() < 0.04:
            number = "s/n"
        complement = rng.choice([
            "", "", "", f", apto {rng.randint(1, 18)}{rng.randint(1, 4)}",
            f", ap. {rng.randint(1, 18)}0{rng.randint(1, 4)}, bloco {rng.randint(1, 6)}",
            f" - casa {rng.randint(1, 9)}", ", fundos", f", sala {rng.randint(101, 1210)}",
            f", Qd. {rng.randint(1, 40)}, Lt. {rng.randint(1, 30)}",
            f", bl. {rng.choice('ABCD')}, apto {rng.randint(11, 84)}"])
        return f"{kind} {street}, {number}{complement}"

    def birth(self, young: bool) -> str:
        rng = self.rng
        d, m = rng.randint(1, 28), rng.randint(1, 12)
        y = rng.randint(2008, 2021) if young else rng.randint(1938, 2004)
        style = rng.random()
        if young or style < 0.6:
            return f"{d:02d}/{m:02d}/{y}"
        if style < 0.7:
            return f"{d:02d}.{m:02d}.{y}"
        if style < 0.85:
            return f"{d} de {MONTHS[m - 1]} de {y}"
        return f"{d:02d}/{m:02d}/{y % 100:02d}"

    def bad_cpf(self) -> str:
        body = self.digits(9)
        check = checksums.cpf_check_digits(body)
        return body + check[0] + str((int(check[1]) + self.rng.randint(1, 9)) % 10)

    def date_of(self, day: datetime.date) -> str:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"

    def value(self, slot: str) -> str:
        rng = self.rng
        if slot in SIXTH_STICKY and slot in self.sticky:
            return self.sticky[slot]
        kin = re.fullmatch(r"(ESPOSA|FILHO|FILHA|MAE|PAI|RN_NOME)(\d)(_CAPS)?", slot)
        ref = re.fullmatch(r"(NOME|PRENOME|PRENOMEMIN|CAPS|MIN|SOBRENOME|EMAILDE)(\d)", slot)
        new = re.fullmatch(r"(HOMEM|MULHER|ALUNO|SOCIO|PRENOME_F|PRENOME_F_MIN)(_CAPS)?", slot)
        if kin:
            value = self.kin(kin.group(1), self.people[int(kin.group(2)) - 1])
            self.people.append(value)
            return value.upper() if kin.group(3) else value
        if ref:
            person = self.people[int(ref.group(2)) - 1]
            given = self.given_of.get(person, person.split()[0])
            return {"NOME": lambda: person, "PRENOME": lambda: given,
                    "PRENOMEMIN": lambda: given.lower(), "CAPS": lambda: person.upper(),
                    "MIN": lambda: person.lower(),
                    "SOBRENOME": lambda: self.surname_of(person, particle=False),
                    "EMAILDE": lambda: self.email_of(person)}[ref.group(1)]()
        if new:
            kind = new.group(1)
            if kind == "SOCIO" and self.pending:
                value, self.pending = self.pending, None
            else:
                female = {"HOMEM": False, "SOCIO": False, "ALUNO": None}.get(kind, True)
                value = self.person(female=female, young=kind == "ALUNO")
            self.people.append(value)
            if kind.startswith("PRENOME_F"):
                value = self.given_of[value]
                return value.lower() if kind.endswith("_MIN") else value
            return value.upper() if new.group(2) else value
        if slot in SIXTH_CASE_SLOTS:
            group = SIXTH_CASE_SLOTS[slot]
            if group not in self.cases:
                self.cases[group] = rng.choice(SIXTH_CASES[group][1])
            item = self.cases[group][SIXTH_CASES[group][0].index(slot)]
            return rng.choice(item) if isinstance(item, list) else item
        if slot in SIXTH_NEGATIVES:
            value = rng.choice(SIXTH_NEGATIVES[slot])
        elif slot.endswith("_caps"):
            value = self.value(slot[:-5]).upper()
        elif slot == "NASC" or slot == "NASC_KID":
            value = self.birth(young=slot == "NASC_KID")
        elif slot in ("END", "END_CAPS"):
            value = self.address()
            value = value.upper() if slot == "END_CAPS" else value
        elif slot == "RG_ALT":
            style = rng.random()
            if style < 0.4:
                value = Filler.value(self, "BR_RG")
            elif style < 0.6:
                value = f"MG-{self.digits(2)}.{self.digits(3)}.{self.digits(3)}"
            elif style < 0.8:
                value = f"{self.digits(2)}.{self.digits(3)}.{self.digits(3)}-{self.digits(1)}"
            else:
                value = str(rng.randint(1, 9)) + self.digits(rng.choice([6, 7, 8, 9]))
        elif slot == "CEP_ALT":
            n = str(rng.randint(1, 9)) + self.digits(7)
            value = rng.choice([n, f"{n[:2]}.{n[2:5]}-{n[5:]}", f"{n[:5]}-{n[5:]}"])
        elif slot == "FONE_ALT":
            ddd = rng.choice(DDDS)
            local = (("9" + self.digits(8)) if rng.random() < 0.7
                     else (str(rng.randint(2, 5)) + self.digits(7)))
            value = rng.choice([
                f"({ddd}) {local[0]}.{local[1:-4]}-{local[-4:]}" if len(local) == 9
                else f"({ddd}) {local[:4]}-{local[4:]}",
                f"+55{ddd}{local}", f"({ddd}) {local[:-4]}.{local[-4:]}",
                f"0{ddd} {local[:-4]}-{local[-4:]}", f"{ddd}{local}"])
        elif slot in ("OAB", "OAB_DJE", "COREN", "CRO", "CRF", "CRM_ALT"):
            uf = rng.choice(UFS)
            n = self.digits(6 if slot.startswith("OAB") else rng.choice([5, 6]))
            dotted = f"{n[:-3]}.{n[-3:]}"
            value = {
                "OAB": rng.choice([f"OAB/{uf} {dotted}", f"OAB-{uf} {dotted}", f"OAB/{uf} {n}"]),
                "OAB_DJE": f"OAB {n}/{uf}",
                "COREN": rng.choice([f"COREN-{uf} {dotted}-ENF", f"COREN/{uf} {n}",
                                     f"COREN-{uf} {n}-TE"]),
                "CRO": rng.choice([f"CRO-{uf} {n}", f"CRO/{uf} {dotted}"]),
                "CRF": rng.choice([f"CRF-{uf} {dotted}", f"CRF/{uf} {n}"]),
                "CRM_ALT": rng.choice([f"CRM{uf} {n}", f"CRM-{uf} {dotted}", f"CRM/{uf} nº {n}"]),
            }[slot]
        elif slot == "firma_socio":
            self.pending = self.person(female=False)
            surname = self.surname_of(self.pending, particle=False).upper()
            value = rng.choice([f"{surname} & CIA LTDA", f"COMERCIAL {surname} DE ALIMENTOS LTDA",
                                f"{surname} MATERIAIS DE CONSTRUÇÃO LTDA",
                                f"TRANSPORTES {surname} LTDA – ME",
                                f"{surname} & FILHOS COMÉRCIO DE PEÇAS LTDA",
                                f"AUTO PEÇAS {surname} EIRELI"])
        elif slot == "rn_sex":
            self.rn_female = rng.random() < 0.5
            value = "feminino" if self.rn_female else "masculino"
        elif slot in ("h0", "h", "m"):
            if slot == "h0":
                self.clock = rng.randint(6 * 60, 20 * 60)
            else:
                step = rng.randint(5, 95) if slot == "h" else rng.randint(2, 16)
                self.clock = (self.clock + step) % (24 * 60)
            value = self.hhmm()
        elif slot in ("d0", "d", "dz0", "dz"):
            if slot.endswith("0"):
                self.day = datetime.date(2025, 1, 1) + datetime.timedelta(days=rng.randint(0, 330))
            elif slot == "d":
                self.day += datetime.timedelta(days=rng.randint(1, 6))
            else:
                self.day -= datetime.timedelta(days=rng.randint(1, 20))
            value = self.date_of(self.day)
        elif slot == "date6":
            value = self.date_of(datetime.date(2023, 1, 1) + datetime.timedelta(days=rng.randint(0, 1300)))
        elif slot == "long_day6":
            value = f"{rng.randint(1, 28)} de {rng.choice(MONTHS)} de {rng.randint(2024, 2025)}"
        elif slot == "deed_day":
            d = rng.randint(1, 28)
            value = (f"{d} ({NUMBER_WORDS[d - 1]}) dias do mês de {rng.choice(MONTHS)} do ano de "
                     f"{rng.randint(2024, 2025)}")
        elif slot == "money6":
            value = rng.choice([f"R$ {rng.randint(15, 999)},{self.digits(2)}",
                                f"R$ {rng.randint(1, 49)}.{self.digits(3)},{self.digits(2)}"])
        elif slot == "money_big":
            value = f"R$ {rng.randint(100, 950)}.{rng.choice(['000', '500', self.digits(3)])},00"
        elif slot == "salary":
            value = f"R$ {rng.randint(1, 12)}.{self.digits(3)},{rng.choice(['00', self.digits(2)])}"
        elif slot == "rent":
            value = f"R$ {rng.randint(1, 4)}.{rng.choice(['000', '100', '250', '380', '500', '750'])},00"
        elif slot == "date_past":
            value = self.date_of(datetime.date(2021, 1, 1) + datetime.timedelta(days=rng.randint(0, 700)))
        elif slot == "amt":
            value = rng.choice([f"{rng.randint(1, 9)}.{self.digits(3)},{self.digits(2)}",
                                f"{rng.randint(100, 999)},{self.digits(2)}"])
        elif slot == "amt_big":
            value = f"{rng.randint(40, 250)}.{self.digits(3)},{self.digits(2)}"
        elif slot == "money_small":
            value = f"R$ {rng.randint(20, 180)},{self.digits(2)}"
        elif slot in ("bad_cpf", "nire"):
            value = self.bad_cpf()
        elif slot == "pct_a":
            a = rng.choice(range(50, 95, 5))
            self.sticky["pct_b"] = f"{100 - a}%"
            value = f"{a}%"
        elif slot == "cnj6":
            origin = rng.choice(["8.26.0100", "8.26.0577", "8.13.0145", "8.05.0080", "8.16.0014",
                                 "8.17.0001", "8.21.0010"])
            value = f"{self.digits(7)}-{self.digits(2)}.{rng.randint(2018, 2025)}.{origin}"
        elif slot == "cnj_tj":
            court = rng.choice(['26', '13', '17', '16', '05', '21'])
            value = f"{self.digits(7)}-{self.digits(2)}.2025.8.{court}.0000"
        elif slot == "hc_stf":
            value = f"{rng.randint(100, 250)}.{self.digits(3)}"
        elif slot == "apt":
            value = f"apto {rng.randint(1, 22)}{rng.randint(1, 4)}" + rng.choice(["", " bl. B", " torre 2"])
        elif slot == "hr":
            value = f"{rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}"
        elif slot == "dur":
            value = f"{rng.randint(3, 28):02d}:{rng.randint(0, 59):02d}"
        elif slot == "card_masked":
            value = rng.choice([f"{self.digits(4)} **** **** {self.digits(4)}", f"final {self.digits(4)}"])
        elif slot == "barcode6":
            value = FifthFiller.value(self, "barcode")
        elif slot == "auth":
            value = ".".join("".join(rng.choice("0123456789ABCDEF") for _ in range(4)) for _ in range(5))
        elif slot == "order6":
            value = rng.choice([self.digits(10), f"{self.digits(4)}-{self.digits(6)}",
                                f"ML-{self.digits(9)}"])
        else:
            generated = {
                "call_id": lambda: self.digits(10), "emp_id": lambda: f"{rng.randint(1, 9)}{self.digits(5)}",
                "zd_ticket": lambda: self.digits(7), "score": lambda: str(rng.randint(45, 70)),
                "room": lambda: str(rng.randint(101, 1520)), "nights": lambda: str(rng.randint(1, 9)),
                "kid_age": lambda: str(rng.randint(2, 12)),
                "fa": lambda: (f"{self.digits(2)}.{self.digits(3)}.{self.digits(3)}."
                               f"{self.digits(2)}-{self.digits(7)}"),
                "service_no": lambda: self.digits(4), "bus_no": lambda: self.digits(5),
                "book": lambda: str(rng.randint(1000, 4999)),
                "pages": lambda: (lambda p: f"{p}/{p + 3}")(rng.randint(1, 390)),
                "mat_imovel": lambda: f"{rng.randint(10, 250)}.{self.digits(3)}",
                "rel": lambda: f"{rng.randint(1, 2999):04d}",
                "ctrl": lambda: f"{rng.randint(2023, 2025)}/{self.digits(6)}",
                "yr": lambda: str(rng.randint(23, 25)), "prot_saj": lambda: self.digits(8),
                "fls": lambda: str(rng.randint(12, 480)), "alt_no": lambda: str(rng.randint(2, 14)),
                "quotas": lambda: f"{rng.randint(5, 500)}.000",
                "pct_alim": lambda: rng.choice(["20", "25", "30", "33"]),
                "bed": lambda: f"{rng.randint(1, 40):02d}{rng.choice('AB')}",
                "prontuario": lambda: self.digits(7),
                "occ": lambda: f"2025{self.digits(6)}", "usa": lambda: f"{rng.randint(1, 30):02d}",
                "card_no": lambda: f"{self.digits(3)}.{self.digits(6)}.{self.digits(2)}",
                "instalments": lambda: str(rng.randint(2, 10)),
                "do_num": lambda: f"{self.digits(2)}-{self.digits(8)}-{self.digits(1)}",
                "dnv": lambda: f"{self.digits(2)}-{self.digits(8)}-{self.digits(1)}",
                "weight": lambda: str(rng.randint(2450, 4100)), "kids": lambda: str(rng.randint(1, 4)),
                "age_father": lambda: str(rng.randint(19, 45)), "weeks": lambda: str(rng.randint(36, 41)),
                "prenatal": lambda: str(rng.randint(4, 12)), "atend": lambda: self.digits(9),
                "score_s": lambda: str(rng.randint(300, 980)),
                "founded": lambda: str(rng.randint(1988, 2020)),
                "audit_no": lambda: f"{rng.randint(1, 40):02d}/2025",
                "n_achado": lambda: str(rng.randint(2, 9)),
                "sample": lambda: str(rng.choice([60, 80, 120, 150])), "k": lambda: str(rng.randint(3, 17)),
                "contract": lambda: self.digits(12), "days": lambda: str(rng.randint(31, 420)),
                "cbo": lambda: f"{self.digits(4)}-{self.digits(2)}",
                "zona": lambda: f"{rng.randint(1, 420):03d}",
                "secao": lambda: f"{rng.randint(1, 900):04d}", "recibo": lambda: f"{rng.randint(1, 12):02d}",
                "due": lambda: str(rng.choice([5, 10, 15, 20])),
            }
            if slot not in generated:
                return super().value(slot)
            value = generated[slot]()
        if slot in SIXTH_STICKY:
            self.sticky[slot] = value
        return value


SEVENTH_UNSEEN_GIVEN = ["Dulcinéia", "Ercília", "Leocádia", "Honorina", "Marivânia", "Leonídia",
                        "Eulina", "Valdelice", "Epitácio", "Eleutério", "Saturnino", "Virgulino",
                        "Olegário", "Sinfrônio", "Tibúrcio"]
SEVENTH_UNSEEN_FEMALE = ["Dulcinéia", "Ercília", "Leocádia", "Honorina", "Marivânia", "Leonídia",
                         "Eulina", "Valdelice"]
SEVENTH_UNSEEN_SURNAMES = ["Gameleira", "Aroeira", "Sapucaia", "Imbiriba", "Cambuí", "Buriti",
                           "Trevisol", "Dambrós", "Lazzarotto", "Zanchetta", "Caroá", "Baraúna"]

# Written without reading the detectors (their code, lists, keywords or contexts) nor the
# rules written after the sixth set's errors, in registers none of the other six uses:
# app-store reviews with the developer's reply, Instagram direct messages handled in a
# brand's inbox tool, reverse-logistics return labels, NPS survey CSV exports with free
# text, loyalty-programme e-mails, telemarketing opt-out logs, LGPD data-subject requests;
# SISBAJUD bank-freeze orders, vehicle-transfer authorisations (ATPV-e), forms naming the
# driver of a traffic offence, requests for protective measures (Maria da Penha), certidões
# de objeto e pé, INSS survivor-pension requests, domestic workers' termination forms
# (TRCT); hospital admission forms, surgical safety checklists with the team, blood-donor
# screening forms, occupational health certificates (ASO), psychotherapy session notes,
# pharmacy home-delivery slips, on-call rosters; life-insurance schedules with
# beneficiaries, corporate-card expense reports, supplier onboarding forms, COAF
# suspicious-transaction reports, consórcio draw minutes, bank statements and boletos.
# Person forms (all labelled PERSON): given names that are also common words (Rosa, Flor,
# Luz, Vitória, Glória, Pérola, Serafim, Messias, Natal…) and surnames that are words
# (Bonfim, Paz, Luz, Leão, Coelho, Lobo, Guerra…), particles, compound and married names,
# relatives carrying the surname of the person they are listed with, Filho/Júnior/Neto,
# capitals, lower case in chat, first names alone, a surname alone after a title (Dr.,
# Dra., Sra.), "Given S." as app stores and rosters show it, "SURNAME, Given", names in
# CSV and table cells and in parentheses, bank-statement names in capitals without
# accents cut at 20 characters, nicknames after "vulgo". Not labelled: titles; companies,
# brands, schools, hospitals, notaries, shops, cities, districts and streets used as
# places named after people or words (Senhor do Bonfim, Vitória da Conquista, Hospital
# Pérola Byington, Maria Filó, Rodovia Régis Bittencourt); the words themselves where
# they are words ("vestido rosa", "conta de luz", "vitória do time", "foi um amor");
# CNJ and other protocol numbers, RENAVAM and nosso-número with 11 digits that fail the
# CPF check, loyalty-card numbers with 16 digits that fail the Luhn check, health-plan
# card numbers, chassis, boleto lines, ICD-10 codes, money, times and non-birth dates.
SEVENTH = {
    "atendimento": [
        "{REVISOR}\n★★☆☆☆ {d0}\nApp trava na hora de gerar a 2ª via da conta de luz, já "
        "reinstalei 3x. Liguei no SAC e a atendente {PAL_F} foi um amor, mas disse que é "
        "\"instabilidade\" e não tem previsão. Versão {app_ver7}, {device7}.\n{helpful} pessoas "
        "acharam esta avaliação útil\n\nResposta do desenvolvedor · {utility7} · {d}\nOlá, "
        "{PRENOME1}! Sentimos muito pela experiência 😕 A falha na emissão da 2ª via já foi "
        "corrigida na versão {app_ver7}. Se continuar, fale com a gente pelo chat do app ou no "
        "0800 {tollfree}, informando o protocolo {protocol}.",
        "Instagram Direct · {brand7} · Caixa de entrada compartilhada\nContato: {MULHER}\n\n"
        "[{h0}] Contato: oi boa tarde!! comprei um vestido rosa no site de vcs e veio o tamanho "
        "errado 😩 pedido {order7}\n[{m}] {brand7}: Oiii, {PRENOME1}! Que pena 😥 Me passa o CPF "
        "do titular da compra? Aqui é privado, tá? 🔒\n[{m}] Contato: {BR_CPF}\n[{m}] Contato: ah "
        "e quem recebeu foi minha vizinha, a {PAL_F_MIN}, eu tava no trabalho\n[{m}] {brand7}: "
        "Prontinho, troca aberta! A {carrier7} passa p/ retirar na {END} em até 7 dias úteis 💕 "
        "Bjs, equipe {brand7}",
        "LOGÍSTICA REVERSA – {carrier7}\nAutorização de postagem nº {auth7} – válida até {date7}"
        "\n\nDESTINATÁRIO\n{brand7} – CD {dc7}\n\nREMETENTE\n{PERSON_CAPS}\n{END_CAPS}\n"
        "{bairro7_caps} – {city_uf7_caps}\nCEP {CEP_ALT}\n\nPedido {order7} · "
        "Volume 1/1 · Conteúdo: {product7}\nMotivo: {return_reason}\nPostagem por terceiro "
        "autorizada: {PERSON} (RG {RG7})",
        "pesquisa_nps_lojas.csv – comentários abertos (exportado em {d0})\n"
        "id;data;loja;nota;comentario;cliente;telefone\n{nps_id};{dz};{branch7};2;\"fila "
        "enorme no caixa, só a {PAL_F} atendendo. a moça foi um amor mas não dá\";{PERSON_CAPS};\n"
        "{nps_id};{dz};{branch7};10;\"O {PRENOME_M} do açougue me ajudou a escolher a carne "
        "pro churrasco da vitória do time, nota 10!!\";{PERSON_INVERTED};\n"
        "{nps_id};{dz};{branch7};6;\"preço ok, mas o estacionamento fica sem luz à noite. "
        "já falei com o gerente\";{PERSON_LOWER};{FONE_ALT}",
        "Para: {PERSON} <{EMAILDE1}>\nAssunto: {PRENOME1}, seus pontos vencem em {due7} ⏳\n\n"
        "Olá, {PRENOME1}!\nVocê tem {points} pontos no {loyalty7}, e {points_exp} deles vencem "
        "em {due7}. Cartão fidelidade nº {loyalty_card} · categoria {tier}.\nTroque agora por "
        "{reward7} e receba no endereço do cadastro ({END}).\n\n🎉 Indicação aprovada: sua "
        "amiga fez a primeira compra e vocês duas ganharam 500 pontos!\n\nCentral de "
        "relacionamento: {capital_no} (capitais) ou 0800 {tollfree}. {loyalty7} – não responda "
        "este e-mail.",
        "{telco7} – RELATÓRIO DE OPT-OUT (NÃO ME PERTURBE) – {date7}\nPROTOCOLO | DATA/HORA | "
        "TELEFONE | TITULAR | CANAL | ATENDENTE | STATUS\n{bad_cpf} | {date7} {hr} | "
        "{PHONE_NUMBER} | {PERSON_CAPS} | URA | – | bloqueado\n{bad_cpf} | {date7} {hr} | "
        "{FONE_ALT} | {HOMEM_CAPS} | voz | {INIC_NOVO} | bloqueado\n{bad_cpf} | {date7} {hr} | "
        "{PHONE_NUMBER} | não informado | site | – | pendente (titularidade)",
        "REQUISIÇÃO DE TITULAR – LGPD, art. 18\nProtocolo {dsar_proto} · recebida em {date7} "
        "pelo portal de privacidade\n\nTitular: {PERSON}\nCPF: {BR_CPF}   Documento anexado: e-Título "
        "{BR_TITULO_ELEITOR}\nE-mail para resposta: "
        "{EMAILDE1}\nDireito: {dsar_right}\nMensagem: \"Recebo ligações de vocês oferecendo "
        "cartão em nome da minha mãe, {MAE1}, que faleceu em 2021. Quero saber de onde vieram os "
        "dados dela e que sejam apagados.\"\n\nTrilha: IP {IP7} · {browser7}\nIdentidade "
        "validada por selfie. Encaminhado ao encarregado de dados (DPO) em {date7}. "
        "Prazo: 15 dias.",
    ],
    "juridico": [
        "SISBAJUD – Detalhamento da Ordem Judicial de Bloqueio de Valores\nProtocolo: "
        "{sisbajud}   Data/hora: {date7} {hr}\nProcesso: {cnj7}   Vara/Juízo: {vara7}\n"
        "Juiz(a) solicitante: {PERSON}\nAutor/Exequente: {company7_caps} – CNPJ {BR_CNPJ}\n\n"
        "Réu/Executado: {PERSON_CAPS} – CPF {BR_CPF}\nValor a bloquear: {money7}\n  "
        "{bank7_caps} – bloqueado {money7}\n  {bank7_caps} – resposta negativa: sem saldo "
        "positivo\nRéu/Executado: {PERSON_CAPS} – CPF {BR_CPF}\n  {bank7_caps} – bloqueado "
        "{money7} – transferido para depósito judicial (ID {id_dep})",
        "ATPV-e – AUTORIZAÇÃO PARA TRANSFERÊNCIA DE PROPRIEDADE DE VEÍCULO\nRENAVAM {renavam}   "
        "Placa {LICENSE_PLATE}   Chassi {chassi}\n{car7}   Ano {car_year}\n\nVENDEDOR: "
        "{HOMEM_CAPS}\nCPF/CNPJ: {BR_CPF}\n\nCOMPRADOR: {PERSON_CAPS}\nCPF/CNPJ: {BR_CPF}\n"
        "Endereço: {END_CAPS}\nMunicípio/UF: {city_uf7_caps}\nValor da venda: {money7}   "
        "Data: {date7}\nFirma reconhecida por autenticidade – {notary7} – selo {selo}",
        "NOTIFICAÇÃO DE AUTUAÇÃO – IDENTIFICAÇÃO DO CONDUTOR INFRATOR\nÓrgão autuador: "
        "{orgao7}   Auto de infração: {ait}\nPlaca: {LICENSE_PLATE}   Data/hora: {date7} {hr}\n"
        "Local: {infr_place}\nInfração: {infraction}\n\nPROPRIETÁRIO(A): {PERSON}   CPF: "
        "{BR_CPF}\nCONDUTOR INDICADO: {FILHO1} (filho)   Nº do registro da CNH: {BR_CNH}   UF: "
        "{uf}\n\nDeclaramos serem verdadeiras as informações acima.\nAss. do proprietário e do "
        "condutor: ______________________",
        "PEDIDO DE MEDIDAS PROTETIVAS DE URGÊNCIA – Lei 11.340/2006\n{police7} – BO {bo7}\n"
        "OFENDIDA: {MULHER}, {age} anos, RG {RG7}, tel. {FONE_ALT} (endereço sigiloso)\nAUTOR DO "
        "FATO: {HOMEM}, vulgo \"{VULGO}\", {occupation7}, ex-companheiro\nFilho em comum: {FILHO2}"
        ", menor\nRelato: a ofendida declara que em {date7}, por volta das {hr}, o autor foi até a "
        "casa da mãe dela, em {city7}, quebrou o portão e a ameaçou de morte na frente da criança. "
        "Já houve outras ocorrências. Deseja representar.\nMedidas solicitadas: afastamento do "
        "lar; proibição de aproximação (mín. 300 m) e de contato, inclusive por WhatsApp.",
        "CERTIDÃO DE OBJETO E PÉ\nCERTIFICO, a pedido de parte interessada, que revendo os autos do "
        "processo nº {cnj7}, em trâmite na {vara7}, deles consta tratar-se de ação de {action7} "
        "proposta por {PERSON_CAPS}, CPF {BR_CPF}, em face de {PERSON_CAPS} e {company7_caps}, "
        "distribuída em {date7}, valor da causa {money7}. Situação atual: {status7}. Advogado(a) "
        "do(a) autor(a): {PERSON}, {OAB}. O referido é verdade e dou fé.\n{city7}, {long_day7}. "
        "Eu, escrevente técnico judiciário, digitei e conferi.",
        "REQUERIMENTO DE BENEFÍCIO – PENSÃO POR MORTE\nRequerimento Meu INSS nº {inss_req}   "
        "{aps7}\nInstituidor: {HOMEM}   NIT {BR_PIS}   Óbito em {date7}\nBenefício de origem: NB "
        "{nb}\n\nDependentes:\n1) {ESPOSA1} – cônjuge – CPF {BR_CPF}\n2) {FILHA1} – filha – "
        "nascida em {NASC_KID}\n\nDocumentos: certidão de óbito "
        "(matrícula {matricula}), certidão de casamento, documentos dos dependentes.",
        "TERMO DE RESCISÃO DO CONTRATO DE TRABALHO – EMPREGADO(A) DOMÉSTICO(A) – eSocial\n"
        "Empregador(a): {MULHER}   CPF: {BR_CPF}\nEmpregado(a): {MULHER}   PIS: {BR_PIS}\n"
        "Função: {domestic_job}   Admissão: {date_past}   Afastamento: {date7}\nCausa: {term_cause}\n"
        "Saldo de salário: {money7} · Férias + 1/3: {money7} · 13º proporcional: {money7}\n"
        "Líquido: {money7}, pago via Pix (chave celular {FONE_ALT}).",
    ],
    "saude": [
        "FICHA DE INTERNAÇÃO – {hospital7}\nAtendimento {atend7} · {date7} {hr} · {plan7} · "
        "carteirinha {carteirinha}\nPaciente: {PERSON_CAPS}   Nasc.: {NASC}   CNS: {BR_CNS}\n"
        "Responsável: {FILHA1} (filha)\nMédico(a) assistente: {PERSON} – "
        "{CRM_ALT}\nAcomodação: {accommodation}   CID de internação: {cid7}",
        "CHECKLIST DE CIRURGIA SEGURA – {hospital7} – Sala {room7}\nPaciente: {PERSON}   "
        "Prontuário: {prontuario7}\nProcedimento: {surgery7}\nSIGN IN ☑  TIME OUT ☑ ({hr})  "
        "SIGN OUT ☑\nCirurgião: Dr. {HOMEM}\nAnestesista: Dr. "
        "{PAL_SOBRENOME}\nInstrumentação: {PRENOME_F}\nCirculante: {PERSON}, {COREN}\nContagem "
        "de compressas conferida. Alergias: {allergy7}. Profilaxia: {abx7}.",
        "{hemo7} – TRIAGEM CLÍNICA DO DOADOR\nDoador(a): {PERSON}   Reg. {donor_id}\nRG {RG7} · "
        "Nasc. {NASC_ADULTO} · Tipo: reposição\nHb {hb} g/dL · PA {pa} · Peso {peso} kg · ABO/Rh {abo}\n"
        "Doação de reposição para paciente internado(a) no {hospital7}\nResultado: {apto}\nTriagem: "
        "{PERSON} – {COREN}",
        "ASO – ATESTADO DE SAÚDE OCUPACIONAL ({aso_type})\nEmpresa: {employer7} – CNPJ "
        "{BR_CNPJ}\nTrabalhador(a): {PERSON} – CPF {BR_CPF} – função: {job7}\nRiscos: {risks}\n"
        "Exames: {aso_exams}\nParecer: APTO(A)\nDr(a). {PERSON} – Médico(a) do Trabalho – "
        "{CRM_ALT}\n{city_uf7}, {date7}.",
        "Registro de atendimento psicológico – sessão {n_sessao}\nPaciente: {MULHER} ({age} a) · "
        "{date7} · online\nDemanda: ansiedade ligada ao trabalho; luto pela avó.\nEvolução: chega "
        "chorosa. Conta que discutiu com o marido ({PRENOME_M}) por causa das contas e que faltou "
        "ao aniversário da irmã, {PAL_F}. Tem medo de ser demitida; a gestora, Sra. "
        "{PAL_SOBRENOME}, teria dito que \"a vitória é de quem fica até mais tarde\". Trabalhados "
        "respiração diafragmática e registro de pensamentos. Nega ideação suicida.\nConduta: "
        "manter sessões semanais; retomar acompanhamento psiquiátrico.\n"
        "{PERSON} – Psicóloga – {CRP}",
        "{pharmacy7} · TELEENTREGA · pedido {order7}\n{date7} {hr} · entregador: {PAL_M} "
        "(moto {LICENSE_PLATE})\nCliente: {PERSON}   Tel.: {PHONE_NUMBER}\nEndereço: {END} – "
        "{bairro7}\nRef.: {ref7}\nItens: {drug7} (1 cx), {drug7} (2 cx)\nPagamento: {payment7}\n"
        "Obs.: se não tiver ninguém, deixar na portaria.",
        "ESCALA DE PLANTÃO – {ward7}\n\nDATA | DIURNO 7–19h | NOTURNO 19–7h\n"
        "{d0} | {PERSON} | {PERSON}\n{d} | {INIC_NOVO} | {ABREV1} (troca c/ {PRENOME2})\n\nSobreaviso de cirurgia: Dr. {PAL_SOBRENOME}"
        ", {FONE_ALT}. Trocas só com ciência da coordenação.",
    ],
    "financeiro": [
        "{insurer7} – SEGURO DE VIDA INDIVIDUAL\nApólice {policy7} · vigência {vig7}\nSEGURADO: {HOMEM_CAPS}   CPF: {BR_CPF}   Nasc.: {NASC}\nCapital segurado: "
        "{money_big7}   Prêmio mensal: {money7}\n\nBENEFICIÁRIO | PARENTESCO | %\n{ESPOSA1} | cônjuge "
        "| 50\n{FILHO1} | filho | 50\n\nCorretor(a): {PERSON} – SUSEP {susep}",
        "RELATÓRIO DE DESPESAS – CARTÃO CORPORATIVO\nColaborador(a): {PERSON}   Matrícula: "
        "{emp7}   {cc7}\nCartão: {CREDIT_CARD}\nDATA | ESTABELECIMENTO | "
        "VALOR | JUSTIFICATIVA\n{d0} | {merchant7} | {money7} | almoço com cliente ({PERSON}, "
        "{client7})\n{d} | UBER *TRIP | {money7} | aeroporto – {city7}\n{d} | {hotel7} | "
        "{money7} | 2 diárias\nAprovado por {PERSON} (gestor imediato) em {d}.",
        "CADASTRO DE FORNECEDOR – PESSOA JURÍDICA\nRazão social: {firma_socio}\nCNPJ: {BR_CNPJ}"
        "   Inscrição estadual: {ie}\nRepresentante legal: {SOCIO}, CPF {BR_CPF}\nE-mail: "
        "{EMAILDE1}\nConta da PJ: {bank7} – ag. {BANK_ACCOUNT} – c/c {BANK_ACCOUNT}\nResponsável "
        "técnico: Eng. {PERSON} – {CREA}\nCertidões negativas: federal, FGTS e trabalhista anexadas.",
        "COMUNICAÇÃO DE OPERAÇÃO SUSPEITA – SISCOAF\nSegmento: {segment7}   Enquadramento: "
        "Circular BCB 3.978/2020, art. 39\nTitular: {PERSON_CAPS} – CPF {BR_CPF} – {occupation7}, "
        "renda declarada {money7}\nNarrativa: entre {d0} e {d}, a conta {BANK_ACCOUNT} "
        "(chave aleatória {PIX_KEY}) recebeu {n_pix} créditos via Pix de remetentes diversos, entre eles {PERSON_CAPS} e "
        "{company7_caps}, totalizando {money7}, seguidos de saques em espécie fracionados. Ao "
        "gerente, Sr. {PAL_SOBRENOME}, o titular disse que os valores eram da venda de gado, sem "
        "comprovação.\nAnalista PLD: matrícula {emp7}",
        "ATA DA {n_asm}ª ASSEMBLEIA GERAL ORDINÁRIA – GRUPO {grupo} – {consorcio7}\nRealizada em "
        "{d0}, às {hr}, com transmissão ao vivo. Loteria Federal de {dz}, 1º prêmio: "
        "{loteria}.\nCONTEMPLAÇÕES\nSorteio: cota {cota} – {PERSON_CAPS} – crédito de {money_big7}\n"
        "Lance livre: cota {cota} – {PERSON_CAPS} – lance de {pct7}%\nLance fixo: cota {cota} – "
        "{PERSON_INVERTED}\nPresentes: {PERSON} (representante dos consorciados) e a auditoria "
        "independente.",
        "{bank7} – EXTRATO DE CONTA CORRENTE\nCliente: {PERSON_CAPS}   Ag. {BANK_ACCOUNT}   "
        "Conta {BANK_ACCOUNT}\n\nDATA   HISTÓRICO                              VALOR\n{d0}  "
        "TED RECEBIDA {employer7_caps}      {amt}\n{d}  PAGTO CONTA LUZ {utility7_caps}      "
        "-{amt}\n{d}  PIX ENVIADO {EXTRATO}      -{amt}\n{d}  PAGTO BOLETO {shop7}      -{amt}\n"
        "{d}  COMPRA CARTAO {shop7}      -{amt}\n{d}  PIX RECEBIDO {EXTRATO}      {amt}\n{d}  "
        "TARIFA PACOTE SERVICOS      -{amt}",
        "{bank_code7} | {barcode6}\nLocal de pagamento: pagável em qualquer banco até o "
        "vencimento\nBeneficiário: {school7} – CNPJ {BR_CNPJ}\nVencimento: {date7}   Nosso "
        "número: {bad_cpf}   Valor: {money7}\nInstruções: mensalidade de {month} – aluno(a) "
        "{ALUNO}. Após o vencimento, multa de 2% e juros de 1% a.m.\nPagador: {MAE1} – CPF "
        "{BR_CPF}\n{END} – {bairro7} – {city_uf7} – CEP {BR_CEP}",
    ],
}

# seventh-set slots: new people in shapes of their own, references to the record's n-th
# person, and personal data in formats of their own; every one of them is labelled
SEVENTH_SLOT_LABELS = {
    **{slot: "PERSON" for slot in ("REVISOR", "INIC_NOVO", "EXTRATO", "PAL_F", "PAL_F_MIN",
                                    "PAL_M", "PRENOME_M", "PAL_SOBRENOME", "VULGO")},
    **{f"ABREV{n}": "PERSON" for n in range(1, 10)},
    "RG7": "BR_RG", "IP7": "IP_ADDRESS", "NASC_ADULTO": "DATE_OF_BIRTH", "CRP": "PROFESSIONAL_ID", "CREA": "PROFESSIONAL_ID",
}
# given names and surnames that are also common words
SEVENTH_WORD_GIVEN_F = ["Rosa", "Flor", "Luz", "Vitória", "Glória", "Pérola", "Graça", "Aurora",
                        "Celeste", "Estrela", "Violeta", "Margarida", "Dalva", "Maria do Céu",
                        "Maria da Glória", "Maria das Dores", "Maria da Luz", "Rosa Maria",
                        "Ana Flor", "Esperança"]
SEVENTH_WORD_GIVEN_M = ["Serafim", "Messias", "Salvador", "Natal", "Modesto", "Pacífico", "Bento",
                        "Clemente", "Leão", "Amado", "Justo", "Plácido", "Jesus"]
SEVENTH_WORD_SURNAMES = ["Bonfim", "Rosa", "Luz", "Paz", "Flores", "Guerra", "Leão", "Coelho",
                         "Lobo", "Cordeiro", "Prado", "Bispo", "Neves", "Aleluia", "Amor",
                         "Paixão", "Serafim", "Fontes", "Ventura", "Pinto", "Carneiro", "Raposo",
                         "Castelo", "Bonito", "da Luz", "da Glória", "dos Anjos", "das Dores",
                         "do Céu", "dos Prazeres"]
# common given names of adults, other than the sixth set's
SEVENTH_GIVEN_F = ["Maria Helena", "Iracema", "Conceição", "Aparecida", "Lourdes", "Fátima",
                   "Rita de Cássia", "Zilda", "Nair", "Dirce", "Edna", "Marta", "Sônia", "Célia",
                   "Marisa", "Tânia", "Eliane", "Kátia", "Cristiane", "Patrícia", "Joana D'Arc"]
SEVENTH_GIVEN_M = ["Joaquim", "Benedito", "Geraldo", "Manoel", "Severino", "José Carlos",
                   "Antônio Marcos", "Jair", "Moacir", "Ademir", "Valter", "Nelson", "Rubens",
                   "Wellington", "Rodrigo", "Anderson", "Fábio", "Marcelo", "Luiz Fernando",
                   "João Paulo"]
SEVENTH_VULGOS = ["Alemão", "Baiano", "Magrão", "Galego", "Careca", "Tião", "Zeca", "Juninho",
                  "Mineiro", "Russo", "Paraíba", "Branco"]
SEVENTH_STREETS = ["das Rosas", "da Glória", "Flor de Lis", "do Bonfim", "Serafim Leão",
                   "Estrela Dalva", "Vitória Régia", "Sete de Setembro", "da Paz", "Pérola",
                   "Coronel Fabriciano", "Madre Paulina", "Padre Cícero", "Irmã Dulce",
                   "Professora Luz Marina Coelho", "Sargento Bento Prado", "Engenheiro Natal Lobo"]
SEVENTH_CITIES = ["Coronel Fabriciano/MG", "Conselheiro Lafaiete/MG", "Bento Gonçalves/RS",
                  "Paulo Afonso/BA", "Almirante Tamandaré/PR", "Frederico Westphalen/RS",
                  "Senhor do Bonfim/BA", "Vitória da Conquista/BA", "Santa Rosa/RS",
                  "Teófilo Otoni/MG", "Duque de Caxias/RJ", "Floriano/PI", "Glória de Dourados/MS",
                  "Vitória/ES", "Ribeirão das Neves/MG", "Venâncio Aires/RS",
                  "Getúlio Vargas/RS", "Luziânia/GO", "Rosário do Sul/RS", "Barão de Cocais/MG"]
SEVENTH_NEGATIVES = {
    "city_uf7": SEVENTH_CITIES,
    "city7": [c.split("/")[0] for c in SEVENTH_CITIES],
    "device7": ["Galaxy A15", "Moto G24", "Redmi 13C", "iPhone 11", "Galaxy A05s"],
    "utility7": ["Cemig", "Neoenergia Coelba", "Copel", "Equatorial Pará", "Light", "Celesc",
                 "Energisa"],
    "app_ver7": ["3.14.2", "4.0.1", "2.9.7", "5.2.0", "4.11.3"],
    "brand7": ["Maria Filó", "Rosa Chá", "Amaro", "Farm Rio", "Dudalina", "Carmen Steffens",
               "Anacapri", "Luz da Lua"],
    "carrier7": ["Correios", "Loggi", "Jadlog", "Total Express", "Sequoia Log"],
    "dc7": ["Rodovia Anhanguera, km 37,5 – Galpão 4 – Cajamar/SP",
            "Rodovia Fernão Dias, km 947 – Extrema/MG", "BR-101 Sul, km 84 – Cabo de Santo "
            "Agostinho/PE", "Rodovia Régis Bittencourt, km 280 – Embu das Artes/SP",
            "Rodovia Presidente Dutra, km 210 – Guarulhos/SP"],
    "product7": ["vestido midi floral", "tênis de corrida nº 38", "jaqueta jeans", "bolsa de couro "
                 "caramelo", "sandália rasteira rosa", "brinco de pérola", "camisa social slim",
                 "blusa Flor de Lis"],
    "return_reason": ["tamanho não serviu", "produto diferente do anunciado", "defeito na costura",
                      "arrependimento (7 dias)"],
    "bairro7": ["Glória", "Bonfim", "Rosário", "Jardim da Luz", "Santa Rosa", "Liberdade",
                "Cidade Nova", "Jardim Esperança", "Barro Preto", "Vila Serafim", "Jardim Primavera",
                "Parque São Lucas", "Santa Luzia", "Vila Aurora", "Jardim Pérola"],
    "branch7": ["Loja 12 – Bento Gonçalves", "Loja Av. Getúlio Vargas", "Loja 07 – Vitória da "
                "Conquista", "Loja Shopping Pátio Dom Luís", "Loja 03 – Centro",
                "Loja Praça Rui Barbosa", "Loja Senhor do Bonfim"],
    "loyalty7": ["Clube Bonfim+", "Programa Amigo Pacheco", "Clube Giassi", "Clube Rosa Pontos",
                 "Programa Sempre Flor de Lis", "Clube Serafim Supermercados"],
    "tier": ["Ouro", "Prata", "Diamante", "Pérola", "Bronze"],
    "reward7": ["uma diária no Hotel Fazenda Vale do Sol", "um vale-compras de R$ 50,00",
                "um kit Natura Tododia", "2 ingressos Cinemark", "uma air fryer Mondial"],
    "telco7": ["TELEFÔNICA BRASIL (VIVO)", "CLARO S.A.", "TIM S.A.", "OI MÓVEL", "ALGAR TELECOM",
               "BANCO PAN – TELEVENDAS", "CREFISA – TELEVENDAS"],
    "dsar_right": ["acesso e eliminação (art. 18, II e VI)", "confirmação da existência de "
                   "tratamento (art. 18, I)", "informação sobre compartilhamento (art. 18, VII)",
                   "revogação do consentimento (art. 18, IX)"],
    "browser7": ["Chrome 126 / Android 14", "Safari / iOS 17.5", "Edge 125 / Windows 11",
                 "Firefox 127 / Ubuntu 22.04"],
    "company7": ["Banco Bradesco S.A.", "Cooperativa de Crédito Sicredi Serrana",
                 "Supermercados Bonfim Ltda", "Transportes Serafim & Filhos Ltda",
                 "Distribuidora Irmãos Prado Ltda", "Condomínio Edifício Dona Glória",
                 "Auto Peças Cordeiro Ltda", "Construtora Leão & Coelho S.A.",
                 "Colégio Santa Rosa de Lima"],
    "bank7": ["Banco do Brasil", "Caixa Econômica Federal", "Bradesco", "Itaú Unibanco",
              "Santander", "Sicoob", "Banrisul", "Nubank", "Banco Inter", "C6 Bank"],
    "car7": ["VW Gol 1.0 MPI", "Fiat Argo Drive 1.3", "Chevrolet Onix LT 1.0 Turbo",
             "Hyundai HB20 Vision", "Renault Sandero Zen", "Toyota Etios XS", "Honda CG 160 Fan"],
    "notary7": ["2º Tabelionato de Notas de Teófilo Otoni", "Cartório do 1º Ofício de Senhor do "
                "Bonfim", "Tabelionato Bonfim – Vitória da Conquista", "3º Tabelião de Notas de "
                "Duque de Caxias", "Cartório Prado – Bento Gonçalves"],
    "orgao7": ["DETRAN-MG", "DER-SP", "PRF", "SMTT Duque de Caxias", "BHTRANS", "EPTC Porto Alegre"],
    "infr_place": ["Rodovia Fernão Dias, km 492, sentido Belo Horizonte",
                   "Av. Presidente Vargas x Rua Uruguaiana", "Av. Governador Amaral Peixoto, em "
                   "frente ao terminal rodoviário", "BR-116, km 410 – Teófilo Otoni",
                   "Rua Marechal Floriano x Av. Bento Gonçalves", "Av. Juscelino Kubitschek, "
                   "sentido centro"],
    "infraction": ["Transitar em velocidade superior à máxima permitida em até 20% (art. 218, I)",
                   "Avançar o sinal vermelho do semáforo (art. 208)", "Dirigir utilizando-se de "
                   "telefone celular (art. 252, VI)", "Estacionar em local proibido (art. 181, "
                   "XVIII)"],
    "police7": ["DEAM Duque de Caxias", "Delegacia de Defesa da Mulher de Bento Gonçalves",
                "1ª Delegacia de Polícia Civil de Teófilo Otoni", "Delegacia da Mulher de Vitória "
                "da Conquista", "Casa da Mulher Brasileira – plantão"],
    "occupation7": ["servente de pedreiro", "motorista de caminhão", "vigilante", "desempregado",
                    "mecânico", "barbeiro", "feirante"],
    "action7": ["cobrança", "indenização por danos morais", "despejo por falta de pagamento",
                "execução de título extrajudicial", "alimentos", "usucapião extraordinária"],
    "status7": ["aguardando audiência de conciliação", "concluso para sentença", "em fase de "
                "cumprimento de sentença", "arquivado definitivamente", "suspenso (art. 921, III, "
                "do CPC)"],
    "aps7": ["APS Teófilo Otoni", "APS Duque de Caxias – Centro", "APS Senhor do Bonfim",
             "APS Conselheiro Lafaiete", "APS Vitória da Conquista"],
    "domestic_job": ["empregada doméstica", "cuidadora de idosos", "babá", "cozinheira",
                     "passadeira"],
    "term_cause": ["dispensa sem justa causa", "pedido de demissão", "término do contrato de "
                   "experiência", "acordo entre as partes (art. 484-A da CLT)"],
    "hospital7": ["Hospital Pérola Byington", "Hospital Municipal Dr. Mário Gatti",
                  "Hospital Regional Alcides Carneiro", "Santa Casa de Misericórdia de Vitória",
                  "Hospital Santa Rosa", "Hospital Maria Amélia Lins", "Hospital Geral Roberto "
                  "Santos", "Hospital Estadual Dr. Jayme Santos Neves", "Hospital Tacchini"],
    "plan7": ["Unimed Vale do Aço", "Bradesco Saúde", "Cassi", "SUS", "Hapvida", "SulAmérica"],
    "accommodation": ["enfermaria", "apartamento", "UTI adulto", "semi-intensiva"],
    "cid7": ["K35.8", "I63.9", "J15.9", "S82.2", "O80", "N20.0", "E10.1", "A41.9"],
    "surgery7": ["colecistectomia videolaparoscópica", "artroplastia total de joelho direito",
                 "herniorrafia inguinal esquerda", "cesariana", "apendicectomia",
                 "facectomia com implante de LIO – olho esquerdo"],
    "allergy7": ["nega", "dipirona", "látex", "iodo", "penicilina"],
    "abx7": ["cefazolina 2 g EV", "cefuroxima 1,5 g EV", "clindamicina 600 mg EV"],
    "hemo7": ["Hemominas – Unidade Teófilo Otoni", "Hemoba – Vitória da Conquista",
              "Hemocentro de Ribeirão Preto", "Hemosc – Joinville", "Colsan – Hospital Pérola "
              "Byington"],
    "abo": ["O+", "A+", "B-", "AB+", "O-", "A-"],
    "apto": ["APTO", "APTO", "INAPTO TEMPORÁRIO – Hb abaixo do mínimo"],
    "aso_type": ["admissional", "periódico", "demissional", "retorno ao trabalho",
                 "mudança de função"],
    "employer7": ["Metalúrgica Leão Ltda", "Frigorífico Bonfim S.A.", "Supermercados Serafim",
                  "Cerâmica Santa Rosa Ltda", "Vinícola Aurora", "Transportadora Prado & Neves Ltda",
                  "Usiminas"],
    "job7": ["operador de empilhadeira", "auxiliar de produção", "soldador", "repositor",
             "motorista carreteiro", "técnico(a) de laboratório"],
    "risks": ["ruído contínuo; poeira mineral", "ergonômico (levantamento de peso)",
              "químico (solventes)", "sem riscos específicos"],
    "aso_exams": ["audiometria, espirometria, hemograma", "acuidade visual, glicemia",
                  "avaliação clínica", "raio-X de tórax (OIT), audiometria"],
    "pharmacy7": ["Drogaria Rosário", "Farmácia Bonfim", "Drogaria Pacheco", "Farmácia Flor de "
                  "Lis", "Drogaria Santa Luz", "Drogasil"],
    "drug7": ["Losartana 50 mg", "Glifage XR 500", "Puran T4 50 mcg", "Sinvastatina 20 mg",
              "Dipirona gotas", "fralda geriátrica G", "Rivotril 0,5 mg"],
    "payment7": ["cartão na entrega (maquininha)", "Pix na entrega", "dinheiro – troco p/ R$ "
                 "100,00", "pago no app"],
    "ref7": ["casa de muro rosa", "ao lado da Igreja do Bonfim", "em frente à Escola Estadual "
             "Professora Glória Rocha", "portão preto, cachorro bravo", "perto da padaria Flor do "
             "Trigo", "fundos da Mercearia do Serafim"],
    "ward7": ["Pronto-Socorro Adulto", "UTI Neonatal", "Clínica Médica", "Centro Obstétrico",
              "Pediatria"],
    "insurer7": ["Prudential do Brasil", "MAG Seguros", "Icatu Seguros", "Mongeral Aegon",
                 "Bradesco Vida e Previdência", "SulAmérica Vida"],
    "cc7": ["CC 4120 – Comercial Sul", "CC 2301 – Engenharia", "CC 5010 – Marketing"],
    "merchant7": ["RESTAURANTE DONA FLOR", "CHURRASCARIA BOI NA BRASA", "CAFE DA GLORIA",
                  "RESTAURANTE DO SERAFIM", "BAR DO LEAO"],
    "client7": ["Cerâmica Santa Rosa", "Vinícola Aurora", "Grupo Bonfim", "Frigorífico Serafim"],
    "hotel7": ["HOTEL DAN INN", "IBIS TEOFILO OTONI", "HOTEL VITORIA PALACE",
               "POUSADA FLOR DO CAMPO"],
    "segment7": ["Banco múltiplo", "Cooperativa de crédito", "Instituição de pagamento"],
    "consorcio7": ["Consórcio Embracon", "Rodobens Consórcio", "Porto Seguro Consórcio",
                   "Consórcio Nacional Honda", "Consórcio Magalu"],
    "shop7": ["DROGARIA ROSARIO", "PADARIA FLOR DO TRIGO", "SUPERMERCADO BONFIM",
              "POSTO SERAFIM", "LOJAS PAIXAO"],
    "school7": ["Colégio Santa Rosa de Lima", "Escola Monteiro Lobato Ltda", "Instituto "
                "Educacional Dom Bosco", "Colégio Anchieta", "Escola Pequeno Príncipe",
                "Colégio Dona Glória Ltda"],
    "bank_code7": ["001-9", "237-2", "341-7", "104-0", "756-0"],
}
SEVENTH_STICKY = {"brand7", "loyalty7", "due7"}
# a court and the origin code of its CNJ numbers (drawn together within a record)
SEVENTH_COURTS = [("2ª Vara Cível da Comarca de Teófilo Otoni", "8.13.0686"),
                  ("1ª Vara do Trabalho de Coronel Fabriciano", "5.03.0102"),
                  ("3ª Vara Federal de Duque de Caxias", "4.02.5118"),
                  ("Vara dos Feitos Cíveis da Comarca de Senhor do Bonfim", "8.05.0244"),
                  ("4ª Vara Cível de Vitória da Conquista", "8.05.0274"),
                  ("2ª Vara Cível de Bento Gonçalves", "8.21.0005"),
                  ("1ª Vara Cível de Conselheiro Lafaiete", "8.13.0183")]


class SeventhFiller(SixthFiller):
    """The seventh set's people (word names, word surnames, kin), formats and negatives."""

    def given(self, female: bool, unseen: bool, young: bool = False, word: bool = False) -> str:
        rng = self.rng
        if unseen:
            return rng.choice([n for n in self.unseen_given if (n in SEVENTH_UNSEEN_FEMALE) == female])
        if word or rng.random() < 0.1:
            return rng.choice(SEVENTH_WORD_GIVEN_F if female else SEVENTH_WORD_GIVEN_M)
        if not young and rng.random() < 0.4:
            return rng.choice(SEVENTH_GIVEN_F if female else SEVENTH_GIVEN_M)
        while True:
            first = self.faker.first_name_female() if female else self.faker.first_name_male()
            if first != "Dom":
                return first

    def person(self, female: bool | None = None, young: bool = False, word: str | None = None) -> str:
        """word: "given" (a word given name) or "surname" (a word surname, last)."""
        rng = self.rng
        if female is None:
            female = rng.random() < 0.5
        unseen = rng.random() < 0.15
        given = self.given(female, unseen and word != "given", young, word == "given")
        if word == "surname":
            last = rng.choice([s for s in SEVENTH_WORD_SURNAMES if " " not in s])
        elif unseen:
            last = rng.choice(self.unseen_surnames)
        elif rng.random() < 0.15:
            last = rng.choice(SEVENTH_WORD_SURNAMES)
        else:
            last = self.surname()
        if set(last.split()) & set(given.split()) - set(SIXTH_PARTICLES):  # Maria da Luz da Luz
            last = self.surname()
        middle = self.surname()
        shape = rng.random()
        if shape < 0.35:
            words = [last]
        elif shape < 0.7:
            words = [middle, last]
        elif shape < 0.82:
            words = [rng.choice(PARTICLE_SURNAMES), last]
        elif shape < 0.9 and " " not in middle + last:
            words = [middle, "e", last]
        else:
            words = [middle, self.surname(), last]
        surnames = [t for t in " ".join(words).split() if t not in SIXTH_PARTICLES + ("e",)]
        if len(set(surnames)) < len(surnames):
            words = [last]
        name = f"{given} {' '.join(words)}"
        if not female and not young and word != "surname" and rng.random() < 0.08:
            name = f"{name} {rng.choice(SIXTH_SUFFIXES)}"
        return self.record(name, given)

    def surname(self) -> str:
        while True:  # faker's list has given names such as "Aparecida" among its surnames
            last = self.faker.last_name()
            if last != "Aparecida":
                return last

    def surnames(self, name: str) -> list[str]:
        given = self.given_of.get(name, name.split()[0])
        return [w for w in name[len(given):].split() if w not in SIXTH_PARTICLES + ("e",)
                and w not in SIXTH_SUFFIXES]

    def inverted(self, name: str) -> str:
        words = name.split()
        cut = len(words) - 1
        if words[cut] in SIXTH_SUFFIXES and cut > 1:
            cut -= 1
        if cut > 1 and words[cut - 1] in SIXTH_PARTICLES:
            cut -= 1
        elif cut > 2 and words[cut - 1] == "e":
            cut -= 2
        return f"{' '.join(words[cut:]).upper()}, {' '.join(words[:cut])}"

    def address(self) -> str:
        rng = self.rng
        if rng.random() < 0.45:
            return super().address()
        n = rng.randint(1, 3999)
        style = rng.random()
        if style < 0.15:  # Brasília
            return rng.choice([
                f"SQS {rng.randint(1, 4)}{rng.randint(0, 1)}{rng.randint(2, 6)}, Bloco "
                f"{rng.choice('ABCDEFGHIJK')}, apto {rng.randint(1, 6)}0{rng.randint(1, 6)}",
                f"QNM {rng.randint(1, 42)} Conjunto {rng.choice('ABCDEFGHIJ')} Casa {rng.randint(1, 40)}",
                f"SHIS QI {rng.randint(1, 29)} Conjunto {rng.randint(1, 20)} Casa {rng.randint(1, 25)}"])
        if style < 0.25:  # Goiânia
            return (f"Rua C-{rng.randint(1, 260)}, Qd. {rng.randint(1, 600)}, Lt. {rng.randint(1, 40)}"
                    f", nº {n}")
        if style < 0.35:
            return (f"Sítio {rng.choice(['Bonfim', 'Boa Esperança', 'Santa Luz', 'Flor da Serra'])}, "
                    f"Estrada Municipal {rng.choice(['TOT', 'VCO', 'BGO'])}-{rng.randint(10, 480)}, "
                    f"km {rng.randint(2, 30)}")
        kind = rng.choice(["Rua", "R.", "Av.", "Avenida", "Tv.", "Travessa", "Al.", "Rua"])
        complement = rng.choice(["", "", f", casa {rng.randint(2, 9)}", f" - apto {rng.randint(1, 15)}0"
                                 f"{rng.randint(1, 4)}", f", bl. {rng.randint(1, 8)} ap. {rng.randint(101, 804)}",
                                 f", lote {rng.randint(1, 30)}", " (fundos)", ", sobrado"])
        number = rng.choice([str(n), f"nº {n}", f"n. {n}"])
        return f"{kind} {rng.choice(SEVENTH_STREETS)}, {number}{complement}"

    def ref_value(self, kind: str, person: str) -> str:
        """"Given S." (INIC) or "Given M. Surname" (ABREV) of `person`."""
        given = self.given_of.get(person, person.split()[0])
        surnames = self.surnames(person)
        if kind == "INIC":
            return f"{given} {surnames[-1][0]}."
        return f"{given} {surnames[0][0]}. {surnames[-1]}" if len(surnames) > 1 else person

    def value(self, slot: str) -> str:
        rng = self.rng
        if slot in SEVENTH_STICKY and slot in self.sticky:
            return self.sticky[slot]
        ref = re.fullmatch(r"(ABREV)(\d)", slot)
        if ref:
            return self.ref_value(ref.group(1), self.people[int(ref.group(2)) - 1])
        if slot in ("REVISOR", "INIC_NOVO", "EXTRATO", "PERSON_INVERTED"):
            person = self.person()
            self.people.append(person)
            if slot == "INIC_NOVO":
                return self.ref_value("INIC", person)
            if slot == "PERSON_INVERTED":
                return self.inverted(person)
            if slot == "EXTRATO":
                value = unicodedata.normalize("NFKD", person).encode("ascii", "ignore").decode().upper()
                return value[:20].rstrip() if len(value) > 20 and rng.random() < 0.7 else value
            form = rng.random()
            if form < 0.35:
                return person
            if form < 0.65:
                return self.ref_value("INIC", person)
            return person.lower() if form < 0.85 else person.upper()
        if slot in ("PAL_F", "PAL_F_MIN", "PAL_M", "PRENOME_M", "PAL_SOBRENOME"):
            female = {"PAL_F": True, "PAL_F_MIN": True, "PAL_SOBRENOME": None}.get(slot, False)
            word = {"PRENOME_M": None, "PAL_SOBRENOME": "surname"}.get(slot, "given")
            person = self.person(female=female, word=word)
            self.people.append(person)
            if slot == "PAL_SOBRENOME":
                return self.surname_of(person, particle=False)
            value = self.given_of[person]
            return value.lower() if slot.endswith("_MIN") else value
        if slot == "VULGO":
            return rng.choice(SEVENTH_VULGOS)
        if slot == "RG7":
            style = rng.random()
            if style < 0.25:
                return Filler.value(self, "BR_RG")
            if style < 0.4:
                return f"{self.digits(2)}.{self.digits(3)}.{self.digits(3)}-{self.digits(1)}"
            if style < 0.55:
                return f"{rng.randint(1, 9)}.{self.digits(3)}.{self.digits(3)}"
            if style < 0.7:
                return str(rng.randint(1, 9)) + self.digits(9)
            if style < 0.85:
                return f"MG-{self.digits(2)}.{self.digits(3)}.{self.digits(3)}"
            return f"{self.digits(2)}.{self.digits(3)}.{self.digits(3)}-{self.digits(2)}"
        if slot == "IP7":
            if rng.random() < 0.3:
                return f"{rng.choice(['2804', '2801', '2804', '2001'])}:" + ":".join(
                    f"{rng.getrandbits(16):x}" for _ in range(7))
            return Filler.value(self, "IP_ADDRESS")
        if slot == "CRP":
            return rng.choice([f"CRP {rng.randint(1, 23):02d}/{self.digits(5)}",
                               f"CRP-{rng.randint(1, 23):02d}/{self.digits(6)}"])
        if slot == "CREA":
            return rng.choice([f"CREA-{rng.choice(UFS)} {self.digits(10)}",
                               f"CREA/{rng.choice(UFS)} {self.digits(6)}/D"])
        if slot in SEVENTH_NEGATIVES:
            value = rng.choice(SEVENTH_NEGATIVES[slot])
        elif slot == "NASC_ADULTO":  # a blood donor's: 16 to 69 years old
            d, mo, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1957, 2007)
            value = rng.choice([f"{d:02d}/{mo:02d}/{y}", f"{d:02d}/{mo:02d}/{y}", f"{d:02d}.{mo:02d}.{y}"])
        elif slot in ("date7", "due7"):
            value = self.date_of(datetime.date(2023, 1, 1) + datetime.timedelta(days=rng.randint(0, 1200)))
        elif slot == "long_day7":
            value = f"{rng.randint(1, 28)} de {rng.choice(MONTHS)} de {rng.randint(2024, 2026)}"
        elif slot == "money7":
            value = rng.choice([f"R$ {rng.randint(12, 999)},{self.digits(2)}",
                                f"R$ {rng.randint(1, 9)}.{self.digits(3)},{self.digits(2)}"])
        elif slot == "money_big7":
            value = f"R$ {rng.randint(30, 900)}.{rng.choice(['000', '500'])},00"
        elif slot in ("cnj7", "vara7"):
            if "court7" not in self.cases:
                self.cases["court7"] = rng.choice(SEVENTH_COURTS)
            vara, origin = self.cases["court7"]
            value = (vara if slot == "vara7" else
                     f"{self.digits(7)}-{self.digits(2)}.{rng.randint(2016, 2025)}.{origin}")
        elif slot == "vig7":
            start = datetime.date(2023, 1, 1) + datetime.timedelta(days=rng.randint(0, 900))
            end = start.replace(year=start.year + 1)
            value = f"{self.date_of(start)} a {self.date_of(end)}"
        elif slot == "loyalty_card":
            body = "6035" + self.digits(11)
            check = (int(checksums.luhn_check_digit(body)) + rng.randint(1, 9)) % 10
            n = body + str(check)
            value = " ".join(n[i:i + 4] for i in range(0, 16, 4))
        elif slot == "chassi":
            alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
            value = rng.choice(["9BW", "9BD", "9BG", "93H", "9C2"]) + "".join(
                rng.choice(alphabet) for _ in range(14))
        elif slot == "renavam":
            value = self.bad_cpf()
        elif slot == "selo":
            value = "".join(rng.choice(string.ascii_uppercase) for _ in range(3)) + self.digits(5)
        elif slot == "ait":
            value = rng.choice(string.ascii_uppercase) + self.digits(9)
        elif slot == "capital_no":
            value = f"{rng.choice(['4004', '3003', '4002'])} {self.digits(4)}"
        else:
            generated = {
                "helpful": lambda: str(rng.randint(2, 340)),
                "order7": lambda: rng.choice([self.digits(10), f"{self.digits(3)}-{self.digits(7)}"]),
                "auth7": lambda: self.digits(9),
                "nps_id": lambda: f"R_{''.join(rng.choice(string.ascii_letters + string.digits) for _ in range(12))}",
                "points": lambda: f"{rng.randint(2, 48)}.{self.digits(3)}",
                "points_exp": lambda: f"{rng.randint(1, 1999):,}".replace(",", "."),
                "dsar_proto": lambda: f"LGPD-{rng.randint(2024, 2025)}-{self.digits(6)}",
                "sisbajud": lambda: f"{rng.randint(2023, 2025)}{self.digits(10)}",
                "id_dep": lambda: self.digits(13),
                "car_year": lambda: (lambda y: f"{y}/{y + rng.randint(0, 1)}")(rng.randint(2012, 2023)),
                "bo7": lambda: f"{self.digits(6)}/{rng.randint(2024, 2025)}",
                "inss_req": lambda: self.digits(9),
                "nb": lambda: f"{self.digits(3)}.{self.digits(3)}.{self.digits(3)}-{self.digits(1)}",
                "atend7": lambda: self.digits(9),
                "carteirinha": lambda: f"{self.digits(1)} {self.digits(3)} {self.digits(12)} {self.digits(1)}",
                "room7": lambda: str(rng.randint(1, 12)), "prontuario7": lambda: self.digits(7),
                "donor_id": lambda: self.digits(8),
                "hb": lambda: f"{rng.randint(12, 17)},{rng.randint(0, 9)}",
                "pa": lambda: f"{rng.randint(10, 14)}0x{rng.randint(6, 9)}0",
                "peso": lambda: str(rng.randint(52, 112)), "n_sessao": lambda: str(rng.randint(3, 40)),
                "policy7": lambda: f"{self.digits(2)}.{self.digits(4)}.{self.digits(7)}",
                "susep": lambda: self.digits(9), "emp7": lambda: self.digits(6),
                "ie": lambda: f"{self.digits(3)}.{self.digits(3)}.{self.digits(3)}.{self.digits(3)}",
                "n_pix": lambda: str(rng.randint(30, 400)), "n_asm": lambda: str(rng.randint(2, 80)),
                "grupo": lambda: self.digits(4), "cota": lambda: str(rng.randint(1, 999)).zfill(3),
                "loteria": lambda: self.digits(5), "pct7": lambda: str(rng.randint(20, 60)),
            }
            if slot not in generated:
                return super().value(slot)
            value = generated[slot]()
        if slot in SEVENTH_STICKY:
            self.sticky[slot] = value
        return value


EIGHTH_UNSEEN_GIVEN = ["Hatsue", "Mitsuko", "Waltraud", "Irmgard", "Myroslava", "Halyna", "Santina",
                       "Fumiko", "Tsuneo", "Shigeru", "Siegfried", "Wadih", "Bohdan",
                       "Ermenegildo", "Volodymyr"]
EIGHTH_UNSEEN_FEMALE = ["Hatsue", "Mitsuko", "Waltraud", "Irmgard", "Myroslava", "Halyna", "Santina",
                        "Fumiko"]
EIGHTH_UNSEEN_SURNAMES = ["Kawakubo", "Tsukamoto", "Kleinübing", "Wachholz", "Hoepers", "Hrynchuk",
                          "Zadorozny", "Jabur", "Ghattas", "Nasrallah", "Pasqualotto", "Brunetta"]

# Written without reading the detectors (their code, lists, keywords or contexts) nor the
# rules written after the seventh set's errors, in registers none of the other seven uses:
# speech-analytics transcripts of a voice IVR handing over to an agent (with disfluencies,
# [inaudível], [risos] and a CPF read out digit by digit), SMS-gateway delivery reports
# (two-factor codes, delivery and marketing messages), delivery-app chats with the
# courier, a school's call-back request form, CRM churn notes with a pasted e-mail, Google
# Forms CSV exports, comment threads under a brand's Facebook post; rental inspection
# reports with signatures, e-mails revoking a power of attorney, notarial "atas" of
# WhatsApp screenshots, postal AR slips of a summons with the court's certificate,
# judicial permits (alvará) for heirs to withdraw FGTS/PIS, small-claims hearing
# schedules, law-firm timesheets; ICU daily evolutions by systems, double-check sheets of
# high-alert drugs, telemedicine chat logs, pregnancy cards (caderneta da gestante),
# Manchester triage sheets, traffic psychological evaluations for the driving licence,
# nutritionists' meal plans; payslips (holerite), credit-card statements with instalments
# and an additional card, FGTS withdrawal requests, investor-suitability questionnaires,
# mortgage proposals with co-borrowers, international remittance orders, promissory notes
# with guarantors. Person forms (all labelled PERSON): names of Japanese, German, Italian,
# Lebanese and Ukrainian origin (alone, or after a Portuguese given name or surname, and a
# Brazilian wife carrying her husband's foreign surname), compound given names,
# particles, Filho/Júnior/Neto, capitals, lower case, first names alone (in greetings, as
# chat speakers, in SMS without accents), a surname alone after a title (Dr., Dra., Sr.),
# initials ("J. Carlos Souza", "A. M. Schmidt", "Ana M.", "Given S."), "SURNAME, Given",
# a name followed by a role after a dash, names in e-mail headers, a contact saved with a
# tag after the name ("Giuseppe Obra"; the tag is not part of the span), a payment
# intermediary's seller written together in capitals ("PAG*JULIANANAKAMURA"; the
# "PAG*" prefix is not part of the span), a word given name signing a brand's reply.
# Not labelled: titles; companies, restaurants, firms, brokers, realtors, schools,
# hospitals, maternity wards, notaries, bank branches, shopping centres, cities, districts
# and streets used as places that carry personal names (Esfiharia do Jamil, Temakeria
# Nakamura, Cia. Hering, Döhler, Hospital Regional Hans Dieter Schmidt, Colégio Dante
# Alighieri, Pedro Leopoldo/MG, Rua Hermann Blumenau); CNJ and other protocol numbers,
# SMS codes, delivery codes, order, ticket and postal-object numbers, boleto lines, masked
# card numbers, company toll-free numbers, ICD-10 codes, drugs and brands, money, times
# and dates other than births.
EIGHTH = {
    "atendimento": [
        "Speech analytics · {telco8} · ligação {call8} · {d0} {h0}\nFluxo: URA por voz → "
        "atendimento humano · confiança média da transcrição: {conf8}%\n\n[00:00:04] URA: Em "
        "poucas palavras, diga o motivo da sua ligação.\n[00:00:09] Cliente: é... eu queria... "
        "ééé... reclamar de uma cobrança, tipo, uma cobrança que veio a mais na fatura\n"
        "[00:00:17] URA: Entendi. Para continuar, diga o CPF do titular da linha.\n[00:00:22] "
        "Cliente: {CPF_FALA}\n[00:00:31] URA: Aguarde, vou transferir para um especialista.\n"
        "[00:01:48] Atendente: {telco8}, boa tarde, meu nome é {PRENOME_F}, com quem eu falo?\n"
        "[00:01:52] Cliente: aqui é o... o {IMIG_M}, mas, assim, a linha tá no nome da minha "
        "esposa, a {ESPOSA2}\n[00:02:03] Atendente: sem problema, senhor. Um telefone pra "
        "contato, caso a ligação caia?\n[00:02:07] Cliente: anota aí... {FONE8}... isso\n"
        "[00:02:15] Atendente: certo. Tem um serviço de {vas8} de {money8} que o senhor não "
        "contratou, vou cancelar e estornar [inaudível]\n[00:02:29] Cliente: ah, graças a Deus "
        "[risos], porque a {competitor8} já tinha me oferecido um plano melhor...\nTags: "
        "cobranca_indevida · sentimento_negativo · mencao_concorrente",
        "Relatório de envios – {sms_vendor8} · conta: {sms_brand8} · {day8}\n"
        "ID;DATA_HORA;DESTINO;MENSAGEM;STATUS\n{sms_id8};{day8} {hr};{FONE_E164};\"{sms_brand8}: "
        "Ola {SMS_NOME}, seu codigo de verificacao e {otp8}. Nao compartilhe este codigo com "
        "ninguem.\";ENTREGUE\n{sms_id8};{day8} {hr};{FONE_E164};\"{SMS_NOME}, seu pedido "
        "{order8} saiu para entrega e chega hoje. Acompanhe: {short_url8}\";ENTREGUE\n"
        "{sms_id8};{day8} {hr};{FONE_E164};\"{sms_brand8}: so hoje, {coupon_pct8} OFF com o "
        "cupom {coupon8}. Para nao receber mais, responda SAIR\";FALHA (numero inexistente)\n"
        "Total: 3 envios · 2 entregues · custo {money_small8}",
        "{app8} · Pedido #{order8} · {restaurant8}\nEntregador: {PRENOME_M} · moto "
        "{LICENSE_PLATE}\n\n{h0} {PRENOME1}: boa noite, to na esquina da {street8}, seu prédio é "
        "o de portão cinza?\n{m} Você: isso! pode deixar na portaria\n{m} {PRENOME1}: o porteiro "
        "ta pedindo o nome de quem vai receber e o código de entrega\n{m} Você: fala que é pra "
        "{PERSON}, do 32. código {delivery_code8}\n{m} Sistema: Pedido entregue. Que tal avaliar "
        "a entrega?",
        "[{school8}] Nova solicitação \"Quero que me liguem\" nº {ticket8}\nRecebida em {date8} "
        "às {hr} · origem: {utm8}\n\nNome do responsável: {PERSON}\nTelefone/WhatsApp: {FONE8}\n"
        "Melhor horário para contato: {slot8}\nInteresse: {grade8}\nMensagem: \"Boa tarde! "
        "Gostaria de saber valores e se ainda tem vaga. Quem vai estudar é meu neto, {FILHO1}; "
        "ele vem transferido do {school_other8}.\"\n☑ Autorizo o contato por telefone e "
        "WhatsApp conforme a política de privacidade\nIP: {IP7}\nDistribuída para: {INICIAIS} – "
        "Consultor(a) de admissões",
        "CRM › Contas › {client_co8} (CNPJ {BR_CNPJ}) › Atividades\nEtapa: CHURN CONFIRMADO · "
        "MRR perdido: {money8} · CSM responsável: {PERSON}\nMotivo principal: {churn_reason8}\n\n"
        "{d0} · Ligação · Falei com {IMIG} ({role8}). Reclamou do tempo de resposta do suporte e "
        "disse que a diretoria aprovou a migração para a {competitor_saas8}.\n{d} · E-mail "
        "recebido (colado do Outlook):\n    De: {NOME2} <{EMAILDE2}>\n    Assunto: RE: Renovação "
        "do contrato {contract8}\n    \"Conforme conversamos, não vamos renovar. Agradeço a "
        "parceria até aqui.\"\n{d} · Nota interna: quem decide é o diretor financeiro. Tentar "
        "reverter com desconto de 25% até o fim do trimestre.\n{d} · Churn registrado; licenças "
        "desativadas em {d}.",
        "Inscrições – Oficina gratuita de {workshop8} na {store8} (respostas).csv\n\"Carimbo de "
        "data/hora\",\"Nome completo\",\"Endereço de e-mail\",\"CPF (para o sorteio)\","
        "\"WhatsApp\",\"Como ficou sabendo da oficina?\"\n\"{gts8}\",\"{PERSON}\","
        "\"{EMAIL_ADDRESS}\",\"{BR_CPF}\",\"{FONE8}\",\"{heard8}\"\n\"{gts8}\",\"{PERSON_LOWER}\","
        "\"\",\"\",\"{FONE8}\",\"{heard8}\"",
        "{fb_brand8} · Publicação patrocinada · {ago8}\n\"{fb_post8}\"\n\n💬 Comentários · Mais "
        "relevantes\n\n{PERSON}\nquero muito esse kit, bora 😍🤞\nCurtir · "
        "Responder · {ago8}\n\n{PERSON_LOWER}\njá mandei 3 directs e ninguém responde!!! comprei na "
        "loja do {mall8} e veio com defeito. me chama no zap {FONE8}\nCurtir · Responder · {ago8}\n"
        "    {fb_brand8}\n    Oi, {PRENOME2}! Que chato isso 😔 Chama a gente no inbox com o número do pedido que a gente "
        "resolve, tá? – {PAL_F} 💛\n    Curtir · Responder · {ago8}",
    ],
    "juridico": [
        "LAUDO DE VISTORIA DE ENTRADA\nContrato de locação nº {contract8} · {realty8} – CRECI-J "
        "{creci8}\nImóvel: {END}, {bairro8} – {city_uf8}\nResponsável técnico: Eng. {INICIAIS} – {CREA}   Data: {date8} · {photos8} fotos "
        "anexas\n\nSALA: piso porcelanato bege sem trincas; pintura nova na cor palha; duas "
        "tomadas sem espelho.\nCOZINHA: armário planejado com uma porta desalinhada; torneira "
        "gotejando.\nBANHEIRO: box de vidro íntegro; rejunte escurecido no piso.\nÁREA DE "
        "SERVIÇO: tanque com pequena lasca na borda.\nChaves entregues: 3. Hidrômetro: {meter8} "
        "m³; relógio de luz: {meter8} kWh.\n\nDe acordo,\n\n____________________________   "
        "____________________________\n{PERSON}   {PERSON}\nLocador(a)   Locatário(a)",
        "De: {PERSON} <{EMAILDE1}>\nEnviado: {long_date8}\nPara: {HOMEM}\nAssunto: Revogação da "
        "procuração – Livro {book8}, fls. {fls8}\n\nPrezado Dr. {SOBRENOME2},\n\ncomunico que, "
        "por escritura pública lavrada em {date8} no {notary8}, REVOGUEI a procuração que "
        "outorguei ao senhor em {date_past8}, com poderes para vender o apartamento da "
        "{street8}. A partir de hoje o senhor não tem mais poderes para assinar em meu nome, "
        "inclusive perante o {bank8}.\n\nPeço a devolução, em até 5 dias, do traslado original e "
        "das cópias dos meus documentos. A certidão da revogação segue anexa.\n\nAtenciosamente,"
        "\n{NOME1}\nCPF {BR_CPF}",
        "ATA NOTARIAL – Livro {book8}, folhas {fls8}, protocolo {prot8}\n\nSAIBAM quantos esta "
        "virem que, aos {long_day8}, neste {notary8}, compareceu {MULHER_CAPS}, brasileira, "
        "{occ_f8}, portadora do RG {RG7} e inscrita no CPF sob o nº {BR_CPF}, e me solicitou que "
        "constatasse o conteúdo de conversa do aplicativo WhatsApp em seu celular "
        "{phone_model8}. Desbloqueado o aparelho pela solicitante, constatei:\n\nPRINT 1 – "
        "contato salvo como \"{CONTATO} {contact_tag8}\", número {FONE8}:\n[{d0} {hr}] "
        "{PRENOME2}: ou vc me paga os {money8} até sexta ou eu vou aí resolver\n[{d} {hr}] "
        "Solicitante: Vou procurar meu advogado. Não me ameace mais.\n\nNada mais havendo, lavrei "
        "a presente ata, que lida e achada conforme vai assinada. Eu, escrevente autorizado, a "
        "lavrei.",
        "AVISO DE RECEBIMENTO – AR · Correios\nObjeto {ar_code8} · Carta de citação – Processo "
        "{cnj8}\nDESTINATÁRIO: {PERSON_CAPS}\n{END_CAPS}\n{bairro8_caps} – {city_uf8_caps} – CEP "
        "{CEP_ALT}\nREMETENTE: {vara8}\n\nTENTATIVAS: 1ª {d0} – ausente · 2ª {d} – entregue\n"
        "ASSINATURA DO RECEBEDOR: [rubrica]\nNOME LEGÍVEL DO RECEBEDOR: {MULHER_CAPS}\n"
        "DOC. DE IDENTIDADE: {RG_ALT}\nMATRÍCULA DO CARTEIRO: {emp8}\n\nCERTIDÃO – Juntei o AR "
        "acima, positivo, recebido por terceira pessoa ({PRENOME2}, que se declarou "
        "{relation_ar8} do citando). {court_city8}, {d}.",
        "PODER JUDICIÁRIO · {vara8}\nALVARÁ JUDICIAL ELETRÔNICO Nº {alvara8}\nProcesso {cnj8} – "
        "Alvará Judicial (Lei 6.858/80)\nFalecido: {HOMEM}   Requerente: {ESPOSA1} (viúva)\n\n"
        "O(A) MM. Juiz(a) de Direito, Dr(a). {PERSON}, AUTORIZA a requerente, meeira e única "
        "herdeira habilitada, a levantar, junto à {caixa8}, os valores de FGTS e PIS-PASEP (PIS {BR_PIS}) "
        "depositados em nome do falecido, no total aproximado de {money8}. Validade: 90 dias.\n{court_city8}, {long_day8}. Documento assinado "
        "digitalmente.",
        "PAUTA DE AUDIÊNCIAS DE CONCILIAÇÃO · {vara8} · {date8} · sala {room8}\n\nHORA | "
        "PROCESSO | RECLAMANTE | RECLAMADO | PATRONO\n13:00 | {cnj8} | {PERSON_CAPS} | "
        "{company8_caps} | Dr. {SOBRENOME_M} ({OAB_DJE})\n13:20 | {cnj8} | {PERSON_INVERTED} | "
        "{PERSON_CAPS} | sem advogado\n13:40 | {cnj8} | {company8_caps} | {company8_caps} e outro "
        "| –\n\nAs partes deverão comparecer com documento oficial com foto. Sessões por "
        "videoconferência: link enviado ao e-mail cadastrado no processo.",
        "{law_firm8} · Timesheet {month}/2025 · {PERSON} ({OAB})\nDATA | CLIENTE/CASO | HORAS | "
        "DESCRIÇÃO\n{d0} | {client_case8} | 0,5 | Reunião com o cliente, Sr. {IMIG_M}, sobre a "
        "proposta de acordo de {money8}\n{d} | {client_case8} | 1,2 | Ligação com a Dra. "
        "{SOBRENOME_F}, patrona da parte contrária; pediu mais 10 dias para responder\n{d} | "
        "{client_case8} | 2,0 | Minuta de contestação (proc. {cnj8}); conferência dos cartões de "
        "ponto enviados pelo RH do cliente\n{d} | Interno | 1,0 | Treinamento LGPD – não "
        "faturável\nTotal faturável no período: {hours8} h",
    ],
    "saude": [
        "EVOLUÇÃO MÉDICA – UTI ADULTO · {hospital8} · Leito {bed8}\n{HOMEM_CAPS}, {age}a · "
        "D{n_a8} de internação · D{n_b8} de VM · Registro {reg8} · CNS {BR_CNS}\nHD: {uti_dx8}\n\nNEURO: sedação "
        "com fentanil e midazolam, RASS -4; pupilas isocóricas e fotorreagentes.\nHEMODINÂMICO: "
        "noradrenalina 0,3 mcg/kg/min; PAM 68 mmHg; lactato 2,8.\nRESPIRATÓRIO: VM em PCV, FiO2 "
        "45%, PEEP 10; P/F 210.\nRENAL: diurese 0,4 mL/kg/h; creatinina 2,1 (ascendente).\n"
        "INFECCIOSO: {uti_abx8}, D{n_c8}; hemoculturas de {date8} parciais negativas.\nFAMÍLIA: "
        "boletim dado à filha, {FILHA1}, por telefone; refere que o pai queria \"tudo o que "
        "fosse possível\".\nCONDUTA: manter; discutir traqueostomia com o Dr. {SOBRENOME_M} "
        "(cirurgia torácica).\n\n{PERSON} – {CRM_ALT} – plantonista",
        "{hospital8} · Serviço de Enfermagem\nDUPLA CHECAGEM – MEDICAMENTOS DE ALTA VIGILÂNCIA\n"
        "Paciente: {PERSON}   {unit8} · leito {bed8} · {date8}\nIdentificação conferida na "
        "pulseira: ☑ nome completo ☑ data de nascimento\n\nMEDICAMENTO | DOSE / VIA | 1ª "
        "CHECAGEM | 2ª CHECAGEM | HORA\n{hav8} | {MULHER} – Enfermeira – {COREN} | {INICIAIS} – "
        "Farmacêutico(a) clínico(a) – {CRF} | {hr}\n\nIntercorrência: a bomba de infusão estava "
        "programada com o nome de outra paciente ({MULHER}, leito ao lado). Corrigido antes da "
        "instalação e notificado ({notif8}).",
        "{tele8} · sala {room_id8} · {d0}\n{h0} Sistema: {PERSON} entrou na sala de espera.\n{m} "
        "Sistema: Dr(a). {PERSON} ({CRM_ALT}) entrou na sala.\n{m} Dr(a). {PRENOME2}: Boa tarde, "
        "{PRENOME1}! Se o áudio falhar, seguimos por aqui. Confirma sua data de nascimento?\n{m} "
        "{PRENOME1}: {NASC}. to com dor de garganta e febre desde {weekday}, o audio ta cortando\n"
        "{m} Dr(a). {PRENOME2}: Entendi. Vou prescrever {tele_drug8}; a receita digital chega por "
        "SMS e e-mail.\n{m} Sistema: Atestado emitido (CID {tele_cid8}) e assinado com certificado ICP-Brasil.\n{m} Sistema: "
        "Atendimento encerrado · protocolo {protocol}",
        "CADERNETA DA GESTANTE · {ubs8}\nNome: {MULHER}   Nasc.: {NASC_GEST}   Cartão SUS: "
        "{BR_CNS}\nDUM: {dum8}   DPP: {dpp8}   {gpa8}   Tipo sanguíneo: {abo8}\nRisco gestacional: "
        "{risk8}\n\nCONSULTAS\nDATA | IG | PESO | PA | AU | BCF | PROFISSIONAL\n{cons1_8} | "
        "{ig1_8} sem | {peso1_8} kg | 110x70 | – | – | Enf. {PRENOME_F}\n{cons2_8} | {ig2_8} sem | "
        "{peso2_8} kg | 120x80 | {au8} cm | 144 bpm | Dr. {SOBRENOME_M}\n\nVacinas: influenza em "
        "{cons1_8}; dTpa em {cons2_8}.\nMaternidade de referência: {maternity8}",
        "{ps8} · ACOLHIMENTO COM CLASSIFICAÇÃO DE RISCO (Manchester)\nFicha {ficha8} · chegada "
        "{h0} · classificação {m}\nPaciente: {PERSON}   Nasc.: {NASC}\nChegada: {arrival8}   "
        "Acompanhante: {relation8} – tel. {FONE_ALT}\nFluxograma: {mts_flow8}   Discriminador: {mts_disc8}\nPA "
        "{pa8} · FC {fc8} · SpO2 {spo8}% · T {temp8} °C · dor {dor8}/10\nPRIORIDADE: "
        "{mts_color8}\nClassificado(a) por: {MULHER} – {COREN}\nEncaminhado(a) ao consultório "
        "{room8} – Dr. {HOMEM}",
        "LAUDO DE AVALIAÇÃO PSICOLÓGICA PARA CONDUTORES\n{clinic8} – credenciada pelo "
        "DETRAN-{uf} (Portaria nº {portaria8})\nCandidato(a): {PERSON_CAPS}\nCPF: {BR_CPF}   Nº "
        "de registro da CNH: {BR_CNH}\nCategoria: {cat8} · Processo: {proc8}\nInstrumentos: "
        "{psy_tests8}\nResultado: {psy_result8}\nObs.: candidato(a) avaliado(a) anteriormente por "
        "{INICIAIS} (inapto temporário em {date_past8}).\n\n{city8}, {date8}.\n{PERSON} – "
        "Psicólogo(a) perito(a) examinador(a) de trânsito – {CRP}",
        "{nutri_clinic8} · PLANO ALIMENTAR\nPaciente: {PERSON}   Idade: {age}   Objetivo: "
        "{nutri_goal8}\nWhatsApp para dúvidas: {FONE_ALT}\n\nCAFÉ DA MANHÃ (7h): 1 fatia de pão "
        "integral {bread8} + 2 ovos mexidos + café sem açúcar\nLANCHE (10h): 1 fruta ({fruit8})\n"
        "ALMOÇO (12h30): arroz integral 4 col. de sopa, feijão 1 concha, frango grelhado 120 g, "
        "salada à vontade\nLANCHE (16h): iogurte natural {yogurt8} com 2 col. de aveia\nJANTAR "
        "(19h30): omelete de 2 ovos com legumes\nSuplemento: {supp8}\n\nCombinado com a mãe, "
        "{MAE1}, que prepara as marmitas da semana. Retorno em {date8}.\n{PERSON} – "
        "Nutricionista – {CRN8}",
    ],
    "financeiro": [
        "{employer8_caps} · CNPJ {BR_CNPJ}\nRECIBO DE PAGAMENTO DE SALÁRIO · Referência: "
        "{month}/2025\nCód. {emp8}   {PERSON_CAPS}\nCBO {cbo8} – {job8}   Admissão: {date_past8}\n"
        "CPF: {BR_CPF}   Banco {bank_num8} · Ag. {BANK_ACCOUNT} · C/C {BANK_ACCOUNT}\n\nCÓD | "
        "DESCRIÇÃO | REF. | VENCIMENTOS | DESCONTOS\n001 | Salário base | 30,00 | {pay_base8} |\n"
        "050 | Horas extras 50% | {pay_he_ref8} | {pay_he8} |\n310 | INSS | {pay_inss_ref8} | | "
        "{pay_inss8}\n320 | IRRF | {pay_irrf_ref8} | | {pay_irrf8}\n405 | Vale-transporte | 6,00 | | "
        "{pay_vt8}\n412 | Pensão alimentícia – {PERSON} | 20,00 | | {pay_pension8}\n\nBase INSS "
        "{pay_gross8} · Base FGTS {pay_gross8} · FGTS do mês {pay_fgts8}\nLÍQUIDO A RECEBER: "
        "{pay_net8}",
        "{card_bank8} · Fatura do cartão {card_brand8} · {HOMEM_CAPS}\nVencimento: {date8}   "
        "Total: {money8}   Pagamento mínimo: {money8}\nEndereço de cobrança: {END} – CEP "
        "{BR_CEP}\n\nLANÇAMENTOS – titular (final {card_last4})\n{dz0} | {merchant8} | 03/10 | "
        "{amt}\n{dz} | PAG*{VENDEDOR} | 02/03 | {amt}\n{dz} | {merchant8} | – | {amt}\n\n"
        "LANÇAMENTOS – adicional {ESPOSA1_CAPS} (final {card_last4})\n{dz} | {merchant8} | 01/12 "
        "| {amt}\n{dz} | IOF COMPRA INTERNACIONAL | – | {amt}\n\nParcelados a vencer: {money8} · "
        "CET anual {cet8}%\nLinha digitável: {barcode6}",
        "SAQUE DO FGTS · {fgts_mode8}\nApp FGTS · solicitação {fgts_proto8} · {date8} {hr}\n"
        "Trabalhador(a): {PERSON}\nCPF: {BR_CPF}   NIS: {BR_PIS}   Nascimento: {NASC}\nConta vinculada: {employer8} "
        "(admissão {date_past8}, afastamento {date8}) – saldo {money8}\nMotivo: {fgts_reason8}\n"
        "Crédito em: {bank8} · agência {BANK_ACCOUNT} · conta {BANK_ACCOUNT}\nSituação: "
        "{fgts_status8}\nObs. do atendente ({INIC_NOVO}, {caixa_branch8}): foto do documento "
        "ilegível; solicitado reenvio pelo app.",
        "{broker8} · QUESTIONÁRIO DE PERFIL DO INVESTIDOR (API)\nCliente: {PERSON}   CPF: "
        "{BR_CPF}\nDocumento apresentado no cadastro: e-Título nº "
        "{BR_TITULO_ELEITOR}\nAssessor(a): {INICIAIS} · {advisor_firm8}\n\n1. Objetivo: ( ) "
        "preservar capital (X) crescer com moderação ( ) maximizar retorno\n2. Prazo: ( ) até 1 "
        "ano (X) de 1 a 5 anos ( ) mais de 5 anos\n3. Se a carteira caísse 15% em um mês: (X) "
        "manteria ( ) resgataria tudo\n4. Já investiu em: {products8}\n5. Patrimônio "
        "financeiro: {money_big8} · renda mensal: {money8}\n6. É pessoa politicamente exposta? "
        "Não. Tem relacionamento próximo com PEP? Sim – cunhado, {HOMEM}, vereador em {city8}.\n"
        "\nPERFIL: {profile8}\nAceite eletrônico em {date8} às {hr}, IP {IP_ADDRESS}.",
        "PROPOSTA DE FINANCIAMENTO IMOBILIÁRIO · {sfh8} · nº {proposta8}\nCorrespondente: "
        "{correspondent8}\n\nPROPONENTE 1: {HOMEM} – CPF {BR_CPF} – renda bruta {income8} "
        "({employer8})\nPROPONENTE 2 (cônjuge): {ESPOSA1} – CPF {BR_CPF} – renda bruta {income8}\n"
        "\nIMÓVEL: {END}, {city_uf8}\nAvaliação: {appraisal8} · Financiado: {loan8} · "
        "{months8} meses · {amort8}\nVendedor(a): {PERSON}\nUso do FGTS na entrada: sim, conta "
        "vinculada do proponente 1.",
        "{remit8} · ORDEM DE REMESSA INTERNACIONAL Nº {remit_no8}\nRemetente: {IMIG_F}\nCPF: "
        "{BR_CPF}   Endereço: {END}, {city_uf8}\n\nBeneficiária: {BENEF} (mãe) · País: "
        "{country8}\nBanco: {foreign_bank8} · Conta/IBAN: {IBAN8}\nValor enviado: "
        "{fx_amount8} · câmbio {fx8} · IOF: {iof8}\nFinalidade: manutenção de residente no "
        "exterior\nPagamento: cartão de crédito {CREDIT_CARD}\n\nDeclaro que os recursos são "
        "próprios e de origem lícita. {PRENOME1}, {date8}.",
        "NOTA PROMISSÓRIA Nº {np_no8}   VENCIMENTO {date8}   VALOR {money8}\n\nNo vencimento "
        "acima, pagarei por esta única via de NOTA PROMISSÓRIA a {PERSON_CAPS}, CPF {BR_CPF}, ou "
        "à sua ordem, a quantia expressa acima, em moeda corrente.\nPagável em {city8} ou por Pix "
        "na chave aleatória do credor: {PIX_KEY}.\n\nEMITENTE: {PERSON_CAPS} · CPF {BR_CPF}\n"
        "AVALISTAS: {HOMEM} e sua esposa, {ESPOSA3}\n\n{city8}, {long_day8}.   "
        "___________________________",
    ],
}

# eighth-set slots: new people in shapes of their own and personal data in formats of
# their own; every one of them is labelled
EIGHTH_SLOT_LABELS = {
    **{slot: "PERSON" for slot in ("IMIG", "IMIG_M", "IMIG_F", "INICIAIS", "SOBRENOME_M",
                                    "SOBRENOME_F", "CONTATO", "SMS_NOME", "VENDEDOR", "BENEF")},
    "CPF_FALA": "BR_CPF", "FONE8": "PHONE_NUMBER", "FONE_E164": "PHONE_NUMBER",
    "IBAN8": "BANK_ACCOUNT", "CRN8": "PROFESSIONAL_ID", "NASC_GEST": "DATE_OF_BIRTH",
}
# names of other origins common in Brazil: given names (male, female) and surnames, and
# where a relative abroad would live and bank
EIGHTH_ORIGINS = {
    "jp": {"m": ["Takeshi", "Hiroshi", "Kenji", "Yoshio", "Massao", "Akira", "Tadashi", "Minoru"],
           "f": ["Yumi", "Akemi", "Keiko", "Emiko", "Sayuri", "Harumi", "Mariko"],
           "s": ["Nakamura", "Tanaka", "Yamamoto", "Watanabe", "Suzuki", "Sato", "Kobayashi",
                 "Takahashi", "Matsumoto", "Yamada", "Hayashi", "Inoue", "Kimura", "Shimizu"],
           "country": "Japão", "banks": ["Japan Post Bank", "MUFG Bank", "Mizuho Bank"],
           "currency": "JPY", "iban": None},
    "de": {"m": ["Günter", "Hans", "Klaus", "Friedrich", "Helmut", "Werner", "Dieter", "Wolfgang"],
           "f": ["Helga", "Ingrid", "Gisela", "Ursula", "Brigitte", "Elke", "Hannelore"],
           "s": ["Schmidt", "Müller", "Weber", "Becker", "Hoffmann", "Schneider", "Fischer",
                 "Wagner", "Krüger", "Schulz", "Richter", "Zimmermann", "Hartmann", "Vogel"],
           "country": "Alemanha", "banks": ["Sparkasse KölnBonn", "Deutsche Bank", "Commerzbank"],
           "currency": "EUR", "iban": ("DE", 18)},
    "it": {"m": ["Giuseppe", "Giovanni", "Lorenzo", "Marcello", "Vittorio", "Salvatore", "Carmine"],
           "f": ["Francesca", "Giovanna", "Antonella", "Graziella", "Giulia", "Carla", "Rosaria"],
           "s": ["Rossi", "Bianchi", "Ferrari", "Romano", "Colombo", "Ricci", "Marino", "Greco",
                 "Gallo", "Conti", "Esposito", "Mancini", "Lombardi", "Moretti"],
           "country": "Itália", "banks": ["Intesa Sanpaolo", "UniCredit", "Banca Sella"],
           "currency": "EUR", "iban": ("IT", 23)},
    "lb": {"m": ["Jamil", "Samir", "Nagib", "Farid", "Salim", "Kalil", "Habib", "Fuad", "Munir"],
           "f": ["Leila", "Yasmin", "Samira", "Nadia", "Jamile", "Soraya", "Mariam"],
           "s": ["Haddad", "Khoury", "Saad", "Maluf", "Nassar", "Gebara", "Chahine", "Abdalla",
                 "Farah", "Jafet", "Zogbi", "Hajjar", "Atallah", "Kassab"],
           "country": "Líbano", "banks": ["Bank Audi", "BLOM Bank", "Byblos Bank"],
           "currency": "USD", "iban": ("LB", 24)},
    "ua": {"m": ["Taras", "Ivan", "Mykola", "Vasyl", "Andrii", "Stepan", "Yurii"],
           "f": ["Oksana", "Olga", "Natalia", "Iryna", "Tetiana", "Larysa", "Nadiia"],
           "s": ["Kowalczuk", "Shevchenko", "Melnyk", "Bondarenko", "Kravchuk", "Tkachuk",
                 "Boiko", "Savchuk", "Kovalenko", "Oliinyk", "Polishchuk", "Marchuk"],
           "country": "Ucrânia", "banks": ["PrivatBank", "Oschadbank", "Monobank"],
           "currency": "USD", "iban": ("UA", 25)},
}
# common given names of adults, other than the sixth and seventh sets'
EIGHTH_GIVEN_F = ["Maria Cecília", "Ana Beatriz", "Luciana", "Adriana", "Juliana", "Fernanda",
                  "Renata", "Cláudia", "Silvana", "Rosana", "Daniela", "Maria Eduarda",
                  "Lúcia Helena", "Tereza Cristina", "Ana Cláudia"]
EIGHTH_GIVEN_M = ["Carlos Eduardo", "João Carlos", "Luís Henrique", "Sérgio", "Roberto", "Ricardo",
                  "Eduardo", "Alexandre", "Leandro", "Gustavo", "Mauro", "José Augusto",
                  "Pedro Henrique", "Flávio", "Renato"]
EIGHTH_STREETS = ["Hermann Blumenau", "Hans Staden", "Otto Boehm", "Giuseppe Garibaldi",
                  "Dante Alighieri", "Presidente Kennedy", "Taras Shevchenko", "Emílio Hoffmann",
                  "Frederico Busch", "Carlos Gomes", "Júlio de Castilhos", "Nilo Peçanha",
                  "dos Imigrantes", "Imigrante Japonês", "Marechal Floriano Peixoto",
                  "Expedicionário Holz", "Engenheiro Udo Deeke", "Padre Anchieta"]
EIGHTH_CITIES = ["Pedro Leopoldo/MG", "Carlos Barbosa/RS", "Antônio Prado/RS", "Presidente Getúlio/SC",
                 "Pomerode/SC", "Prudentópolis/PR", "Assaí/PR", "Bastos/SP", "Marechal Floriano/ES",
                 "Domingos Martins/ES", "Francisco Beltrão/PR", "Rolândia/PR", "Registro/SP",
                 "Nova Friburgo/RJ", "Treze Tílias/SC", "Jaraguá do Sul/SC"]
# a court, the origin code of its CNJ numbers and its city (drawn together within a record)
EIGHTH_COURTS = [("1ª Vara Cível da Comarca de Pomerode", "8.24.0050", "Pomerode"),
                 ("Juizado Especial Cível de Prudentópolis", "8.16.0139", "Prudentópolis"),
                 ("Vara Judicial da Comarca de Carlos Barbosa", "8.21.0157", "Carlos Barbosa"),
                 ("Vara Única da Comarca de Bastos", "8.26.0060", "Bastos"),
                 ("Juizado Especial Cível de Nova Friburgo", "8.19.0037", "Nova Friburgo"),
                 ("2ª Vara Cível de Francisco Beltrão", "8.16.0083", "Francisco Beltrão"),
                 ("Juizado Especial Cível de Pedro Leopoldo", "8.13.0491", "Pedro Leopoldo")]
# values drawn together within a record
EIGHTH_CASES = {
    "mts": (("mts_flow8", "mts_disc8", "mts_color8"), [
        ("Dor torácica", "dor precordial ou cardíaca", "LARANJA – muito urgente (10 min)"),
        ("Dispneia em adulto", "SpO2 baixa", "LARANJA – muito urgente (10 min)"),
        ("Dor abdominal em adulto", "dor moderada", "AMARELO – urgente (60 min)"),
        ("Quedas", "deformidade", "AMARELO – urgente (60 min)"),
        ("Cefaleia", "início súbito", "LARANJA – muito urgente (10 min)"),
        ("Dor de garganta", "febre", "VERDE – pouco urgente (120 min)"),
        ("Problemas em extremidades", "dor leve recente", "VERDE – pouco urgente (120 min)"),
    ]),
    "fgts": (("fgts_mode8", "fgts_reason8"), [
        ("saque-aniversário", "opção pela sistemática do saque-aniversário"),
        ("rescisão", "despedida sem justa causa (código 01)"),
        ("moradia própria", "amortização de financiamento habitacional no SFH"),
        ("doença grave", "neoplasia maligna do titular (laudo anexado)"),
        ("aposentadoria", "concessão de aposentadoria pelo INSS"),
    ]),
}
EIGHTH_CASE_SLOTS = {slot: group for group, (slots, _) in EIGHTH_CASES.items() for slot in slots}
EIGHTH_NEGATIVES = {
    "city_uf8": EIGHTH_CITIES,
    "telco8": ["Vivo", "Claro", "TIM", "Oi"],
    "competitor8": ["Brisanet", "Desktop", "Algar Telecom", "Sky Fibra", "Ligga Telecom"],
    "vas8": ["Vivo Música by Napster", "banca digital", "seguro celular", "jogos premium",
             "antivírus McAfee"],
    "sms_vendor8": ["Zenvia", "Twilio", "Infobip", "Pontaltech", "Take Blip"],
    "sms_brand8": ["Renner", "Shopee", "Magalu", "Drogasil", "Boticario", "Americanas", "Riachuelo",
                   "Havan"],
    "coupon8": ["VOLTA20", "FRETEGRATIS", "NIVER15", "BLACK50", "SOHOJE"],
    "coupon_pct8": ["10%", "15%", "20%", "30%"],
    "app8": ["iFood", "Rappi", "Aiqfome", "99Food", "Zé Delivery", "Keeta"],
    "restaurant8": ["Cantina do Giuseppe", "Esfiharia do Jamil", "Temakeria Nakamura",
                    "Padaria Schmidt", "Pastelaria do Seu Hiroshi", "Pizzaria Dona Helga",
                    "Empório Haddad", "Lanchonete da Tia Oksana", "Restaurante Famiglia Mancini",
                    "Churrascaria do Werner"],
    "street8": ["Rua Oscar Freire", "Avenida Senador Salgado Filho", "Rua XV de Novembro",
                "Rua Hermann Blumenau", "Rua Hans Staden", "Avenida Presidente Kennedy",
                "Rua Barão do Rio Branco", "Rua Visconde de Taunay", "Avenida João Gualberto",
                "Rua Dante Alighieri"],
    "school8": ["Colégio Dante Alighieri", "Colégio Visconde de Porto Seguro",
                "Escola Alemã Corcovado", "Colégio Humboldt", "Colégio Miguel de Cervantes",
                "Colégio Pedro II", "Colégio Marista Anjo da Guarda", "Colégio Nipo-Brasileiro",
                "Colégio Bom Jesus"],
    "school_other8": ["Colégio Dom Bosco", "Colégio Santo Américo", "Instituto Adventista",
                      "Colégio Estadual Tiradentes", "Colégio Positivo", "Colégio Objetivo"],
    "utm8": ["Google Ads – campanha matrículas 2026", "Instagram – stories", "site – página de "
             "bolsas", "indicação de família"],
    "slot8": ["manhã (8h–12h)", "tarde (13h–18h)", "após as 18h", "qualquer horário"],
    "grade8": ["Ensino Fundamental I – 3º ano", "Ensino Médio – 1ª série", "Educação Infantil – "
               "Pré II", "Fundamental II – 7º ano"],
    "client_co8": ["Metalúrgica Schmidt Ltda", "Hortifrúti Nakamura", "Haddad Imóveis",
                   "Transportes Kowalczuk", "Vinícola Salton", "Padaria Bianchi & Filhos",
                   "Clínica Odontológica Dr. Saad", "Auto Escola Yamamoto"],
    "role8": ["gerente financeiro", "coordenadora de compras", "sócio-diretor", "analista de TI",
              "head de operações"],
    "churn_reason8": ["preço", "suporte lento", "migração para concorrente", "empresa fechou a "
                      "filial", "falta de integração com o ERP"],
    "competitor_saas8": ["Totvs", "Omie", "Conta Azul", "Bling", "Senior Sistemas"],
    "workshop8": ["confeitaria", "bolos de pote", "crochê", "horta em casa", "pães de fermentação "
                  "natural"],
    "store8": ["Leroy Merlin", "Tok&Stok", "Camicado", "Armarinhos Fernando", "Lojas Lebes",
               "Casa Giacomo"],
    "heard8": ["Instagram", "Cartaz na loja", "Grupo de WhatsApp do bairro", "Site da loja",
               "E-mail marketing", "Indicação de amiga"],
    "fb_brand8": ["Cacau Show", "Havaianas", "Natura", "Hering", "Chocolates Kopenhagen",
                  "Giuliana Flores", "Amor aos Pedaços", "Bauducco", "Tramontina", "Lupo"],
    "fb_post8": ["SORTEIO 🎁 Marque 2 amigos e siga o perfil para concorrer a um kit especial!",
                 "Dia das Mães chegando 💐 Qual desses presentes você escolheria?",
                 "Lançamento! Conta pra gente nos comentários qual sabor você quer provar primeiro.",
                 "Frete grátis só hoje em todo o site 🚚"],
    "ago8": ["3 d", "5 h", "1 sem", "2 sem", "12 min", "1 d"],
    "mall8": ["Shopping Anália Franco", "Shopping Frei Caneca", "Shopping Dom Pedro",
              "Shopping Villa-Lobos", "Shopping Barra", "Shopping Müller", "ParkShopping Barigüi",
              "Shopping Iguatemi"],
    "realty8": ["Imobiliária Lopes", "Auxiliadora Predial", "Imobiliária Becker",
                "Haddad Imóveis", "Nakamura & Filhos Imóveis", "Imobiliária Gaspar Kowalczuk"],
    "bairro8": ["Bom Retiro", "Vila Germânica", "Santa Felicidade", "Água Verde", "Batel",
                "Vila Itália", "Jardim Europa", "Mooca", "Vila Madalena", "Vila Mariana", "Centro",
                "Bairro Alto", "Itoupava Norte"],
    "notary8": ["1º Tabelionato de Notas de Pomerode", "Cartório do 2º Ofício de Notas de "
                "Prudentópolis", "Tabelionato Schmidt – Carlos Barbosa", "Cartório Nakamura – "
                "Registro/SP", "4º Tabelionato de Notas de Curitiba", "Tabelionato Haddad – Nova "
                "Friburgo"],
    "bank8": ["Banco do Brasil", "Caixa Econômica Federal", "Itaú", "Bradesco", "Santander",
              "Sicredi", "Banco Inter"],
    "occ_f8": ["professora", "comerciante", "cabeleireira", "aposentada", "contadora",
               "enfermeira"],
    "phone_model8": ["iPhone 13", "Galaxy A54", "Redmi Note 13", "Moto G84"],
    "contact_tag8": ["Obra", "Aluguel", "Pedreiro", "Vizinho 302", "Mecânico", "Cobrança",
                     "Imobiliária"],
    "relation_ar8": ["mãe", "cunhada", "vizinha", "empregada doméstica", "irmã"],
    "caixa8": ["Caixa Econômica Federal", "Banco do Brasil"],
    "company8_caps": ["SCHMIDT AUTOPEÇAS LTDA", "TRANSPORTES NAKAMURA LTDA",
                      "HADDAD MÓVEIS E DECORAÇÕES EIRELI", "PIZZARIA BELLA ROSSI LTDA",
                      "KOWALCZUK MATERIAIS DE CONSTRUÇÃO LTDA", "AUTO ESCOLA IRMÃOS FERRARI LTDA",
                      "BANCO BRADESCO S.A.", "CLARO S.A.", "LOJAS BECKER LTDA"],
    "law_firm8": ["Haddad, Nakamura & Bianchi Advogados", "Schmidt Weber Sociedade de Advogados",
                  "Kowalczuk & Melo Advocacia", "Rossi Ferraz Advogados Associados",
                  "Escritório Dr. Jafet Advocacia"],
    "client_case8": ["Haddad Imóveis – cobrança de aluguéis", "Nakamura Hortifrúti – reclamação "
                     "trabalhista", "Padaria Bianchi – execução fiscal", "Transportes Kowalczuk – "
                     "revisão contratual", "Clínica Dr. Saad – ação indenizatória",
                     "Metalúrgica Schmidt – recuperação de crédito"],
    "hospital8": ["Hospital Nipo-Brasileiro", "Hospital Regional Hans Dieter Schmidt",
                  "Hospital Bruno Born", "Hospital Ernesto Dornelles",
                  "Hospital Marieta Konder Bornhausen", "Hospital Erasto Gaertner",
                  "Hospital Municipal Souza Aguiar", "Hospital Pequeno Príncipe"],
    "uti_dx8": ["choque séptico de foco pulmonar (A41.9)", "SDRA por pneumonia viral (J80)",
                "pós-operatório de laparotomia por abdome agudo perfurativo (K63.1)",
                "AVC isquêmico extenso de ACM esquerda (I63.5)", "pancreatite aguda grave (K85.9)"],
    "uti_abx8": ["meropenem 1 g 8/8h", "piperacilina-tazobactam 4,5 g 6/6h",
                 "vancomicina 1 g 12/12h + cefepime 2 g 8/8h", "polimixina B 1.000.000 UI 12/12h"],
    "unit8": ["UTI Adulto 2", "Clínica Médica – 4º andar", "Oncologia", "Unidade Coronariana",
              "Clínica Cirúrgica"],
    "hav8": ["Cloreto de potássio 19,1% 10 mL | EV em 500 mL de SF 0,9% em 4 h",
             "Heparina 5.000 UI/mL | 25.000 UI EV em BIC a 10 mL/h",
             "Insulina regular | 8 UI SC conforme glicemia",
             "Noradrenalina 4 mg/4 mL | 16 mg em 234 mL SG 5% EV em BIC",
             "Sulfato de magnésio 50% | 4 g EV em 20 min", "Fentanil 50 mcg/mL | EV em BIC a 5 mL/h",
             "Morfina 10 mg/mL | 2 mg EV se dor"],
    "tele8": ["Conexa Saúde", "Teladoc", "Einstein Conecta", "Dr. Consulta Online",
              "Amil Telemedicina", "Doutor ao Vivo"],
    "tele_drug8": ["amoxicilina 500 mg de 8/8h por 7 dias", "ibuprofeno 600 mg de 8/8h por 3 dias",
                   "paracetamol 750 mg se febre", "azitromicina 500 mg por 5 dias"],
    "tele_cid8": ["J02.9", "J03.9", "J06.9", "B34.9"],
    "ubs8": ["UBS Vila Itália", "Unidade de Saúde Mãe Curitibana", "UBS Jardim Japão",
             "ESF Colônia Murici", "USF Frederico Guilherme Busch", "UBS Padre Anchieta"],
    "abo8": ["O+", "A+", "B+", "O-", "AB+", "A-"],
    "risk8": ["habitual", "alto risco – DMG", "alto risco – hipertensão crônica", "habitual"],
    "maternity8": ["Maternidade Leonor Mendes de Barros", "Maternidade Carmela Dutra",
                   "Maternidade Climério de Oliveira", "Maternidade Escola Januário Cicco",
                   "Hospital e Maternidade Dr. Christóvão da Gama", "Maternidade Darcy Vargas"],
    "ps8": ["PS do Hospital Regional Hans Dieter Schmidt", "UPA 24h Tatuquara",
            "Pronto Atendimento Santa Felicidade", "PS do Hospital Bruno Born",
            "UPA 24h Dr. Moysés Deutsch"],
    "arrival8": ["meios próprios", "SAMU", "Corpo de Bombeiros", "trazido por familiar",
                 "transferência de UBS"],
    "relation8": ["esposa", "filho", "mãe", "vizinha", "sem acompanhante"],
    "clinic8": ["Clínica Psicotran", "Clínica Dr. Trânsito", "Clínica Mente Segura",
                "Clínica Haddad de Medicina e Psicologia do Tráfego", "Espaço Vida Clínica de "
                "Trânsito"],
    "cat8": ["A", "B", "AB", "D (mudança de categoria)", "E"],
    "psy_tests8": ["AC-15, TEADI, Palográfico e entrevista", "BPA, R-1 e entrevista",
                   "TEACO-FF, TEDIF e Palográfico"],
    "psy_result8": ["APTO", "APTO", "INAPTO TEMPORÁRIO – reavaliação em 30 dias"],
    "nutri_clinic8": ["Clínica NutriVida", "Consultório Sabor & Saúde", "Espaço Nutrir",
                      "Clínica Equilíbrio Nutrição"],
    "nutri_goal8": ["emagrecimento", "controle glicêmico", "ganho de massa magra",
                    "redução de colesterol"],
    "bread8": ["Wickbold", "Pullman", "Seven Boys", "Bauducco", "Nutrella"],
    "fruit8": ["banana", "maçã", "mamão", "pera", "goiaba"],
    "yogurt8": ["Nestlé", "Batavo", "Itambé", "Danone", "Verde Campo"],
    "supp8": ["whey protein Growth 30 g", "creatina Max Titanium 3 g", "vitamina D 2.000 UI",
              "ômega 3 – 1 cápsula"],
    "employer8": ["WEG S.A.", "Tupy S.A.", "Cooperativa Castrolanda", "Malwee Malhas",
                  "Cia. Hering", "Karsten S.A.", "Döhler S.A.", "Randon S.A.", "Tramontina S.A."],
    "employer8_caps": ["WEG S.A.", "TUPY S.A.", "CASTROLANDA COOPERATIVA AGROINDUSTRIAL",
                       "MALWEE MALHAS LTDA", "CIA. HERING", "KARSTEN S.A.", "DÖHLER S.A.",
                       "RANDON S.A. IMPLEMENTOS E PARTICIPAÇÕES", "TRAMONTINA S.A."],
    "job8": ["operador de máquinas", "auxiliar administrativo", "tecelã", "soldador",
             "analista de custos", "eletricista de manutenção"],
    "bank_num8": ["001", "033", "104", "237", "341", "748", "756"],
    "card_bank8": ["Nubank", "Itaú", "Bradesco", "Santander", "Banco Inter", "C6 Bank", "Caixa"],
    "card_brand8": ["Mastercard Platinum", "Visa Gold", "Elo Nanquim", "Visa Infinite",
                    "Mastercard Black"],
    "merchant8": ["RESTAURANTE NAKAMURA", "PADARIA SCHMIDT", "FARMACIA HADDAD", "LOJAS RENNER",
                  "HERING STORE", "MERCADO KOWALCZUK", "POSTO BIANCHI", "AMAZON MKTPLACE",
                  "MERCADOLIVRE*LOJA", "NETFLIX.COM", "DROGARIA CATARINENSE"],
    "fgts_status8": ["em análise", "pendente – documentação", "aprovado – crédito em até 5 dias "
                     "úteis", "creditado"],
    "caixa_branch8": ["agência Barão de Mauá", "agência Praça Tiradentes", "agência Visconde de "
                      "Rio Branco", "agência Hermann Blumenau", "agência Pedro Leopoldo"],
    "broker8": ["XP Investimentos", "BTG Pactual", "Rico", "Genial Investimentos", "Warren",
                "Itaú Personnalité"],
    "advisor_firm8": ["Haddad & Ferraz Investimentos", "Nakamura Capital", "Schmidt Assessoria "
                      "de Investimentos", "Monte Bravo", "Blue3 Investimentos"],
    "products8": ["poupança e CDB", "Tesouro Direto, CDB e fundos DI", "ações e FIIs",
                  "previdência privada", "nenhum"],
    "profile8": ["CONSERVADOR", "MODERADO", "ARROJADO"],
    "sfh8": ["Caixa – SBPE", "Itaú – Crédito Imobiliário", "Bradesco – SFH",
             "Santander – Financiamento Imobiliário", "Banco do Brasil – Minha Casa Minha Vida"],
    "correspondent8": ["Correspondente Haddad Imóveis", "Nakamura Assessoria Imobiliária",
                       "Credimóveis Novolar", "Lopes Financiamentos"],
    "months8": ["240", "300", "360", "420"],
    "amort8": ["SAC", "PRICE"],
    "remit8": ["Western Union", "Remessa Online", "Wise", "Banco do Brasil – Remessa",
               "Ria Money Transfer"],
}
EIGHTH_STICKY = {"telco8", "sms_brand8", "fb_brand8", "city8", "day8", "store8"}


class EighthFiller(SeventhFiller):
    """The eighth set's people (also of Japanese, German, Italian, Lebanese and Ukrainian
    origin, with initials), formats and negatives."""

    def new_record(self) -> None:
        super().new_record()
        self.origin: str | None = None

    def given(self, female: bool, unseen: bool, young: bool = False, word: bool = False) -> str:
        rng = self.rng
        if unseen:
            return rng.choice([n for n in self.unseen_given if (n in EIGHTH_UNSEEN_FEMALE) == female])
        if word:
            return rng.choice(SEVENTH_WORD_GIVEN_F if female else SEVENTH_WORD_GIVEN_M)
        if not young and rng.random() < 0.35:
            return rng.choice(EIGHTH_GIVEN_F if female else EIGHTH_GIVEN_M)
        while True:
            first = self.faker.first_name_female() if female else self.faker.first_name_male()
            if first != "Dom":
                return first

    def person(self, female: bool | None = None, young: bool = False, word: str | None = None,
               origin: str | None = None) -> str:
        rng = self.rng
        if word is not None:  # the seventh set's word names
            return super().person(female, young, word)
        if female is None:
            female = rng.random() < 0.5
        unseen = origin is None and rng.random() < 0.15
        if origin is None and not unseen and rng.random() < 0.22:
            origin = rng.choice(sorted(EIGHTH_ORIGINS))
        if unseen:
            given = self.given(female, True, young)
            last = rng.choice(self.unseen_surnames)
            words = [last] if rng.random() < 0.55 else [self.surname(), last]
        elif origin:
            table = EIGHTH_ORIGINS[origin]
            given = (rng.choice(table["f" if female else "m"]) if rng.random() < 0.7
                     else self.given(female, False, young))
            last = rng.choice(table["s"])
            shape = rng.random()
            words = ([last] if shape < 0.6 else [self.surname(), last] if shape < 0.85
                     else [last, self.surname()])
        else:
            given = self.given(female, False, young)
            last, middle = self.surname(), self.surname()
            shape = rng.random()
            if shape < 0.35:
                words = [last]
            elif shape < 0.65:
                words = [middle, last]
            elif shape < 0.8:
                words = [rng.choice(PARTICLE_SURNAMES), last]
            elif shape < 0.88 and " " not in middle + last:
                words = [middle, "e", last]
            else:
                words = [middle, self.surname(), last]
        surnames = [t for t in " ".join(words).split() if t not in SIXTH_PARTICLES + ("e",)]
        if len(set(surnames)) < len(surnames):
            words = [last]
        name = f"{given} {' '.join(words)}"
        if not female and not young and rng.random() < 0.08:
            name = f"{name} {rng.choice(SIXTH_SUFFIXES)}"
        return self.record(name, given)

    def foreigner(self, female: bool | None, full: bool) -> str:
        """A person of another origin; full: given name and surname both of that origin."""
        rng = self.rng
        self.origin = rng.choice(sorted(EIGHTH_ORIGINS))
        if female is None:
            female = rng.random() < 0.5
        table = EIGHTH_ORIGINS[self.origin]
        if full:
            given = rng.choice(table["f" if female else "m"])
            return self.record(f"{given} {rng.choice(table['s'])}", given)
        return self.person(female, origin=self.origin)

    def initials(self, person: str) -> str:
        """"J. Carlos Souza", "J. Souza", "A. M. Schmidt" or "Ana M." of `person`."""
        rng = self.rng
        given = self.given_of.get(person, person.split()[0]).split()
        surnames = self.surnames(person)
        forms = [f"{given[0][0]}. {' '.join(given[1:] + surnames[-1:])}", f"{given[0]} {surnames[0][0]}."]
        if len(surnames) > 1:
            forms.append(f"{given[0][0]}. {surnames[0][0]}. {surnames[-1]}")
        return rng.choice(forms)

    def address(self) -> str:
        rng = self.rng
        if rng.random() < 0.5:
            return super().address()
        n = rng.randint(1, 2999)
        style = rng.random()
        if style < 0.2:  # farm roads of the colonies in the south
            return rng.choice([
                f"Linha {rng.choice(['Schmidt', 'Bortolini', 'São Roque', 'Ucraína', 'Alto Tigre'])}, "
                f"s/n, interior",
                f"Estrada Geral do {rng.choice(['Testo Alto', 'Rio da Luz', 'Ribeirão Herdt'])}, "
                f"km {rng.randint(2, 25)}",
                f"Colônia {rng.choice(['Castrolanda', 'Witmarsum', 'Entre Rios', 'Murici'])}, lote "
                f"{rng.randint(1, 120)}"])
        if style < 0.35:  # Florianópolis
            return f"Servidão {rng.choice(EIGHTH_STREETS)}, {n}"
        if style < 0.5:
            return (f"Conjunto Habitacional {rng.choice(['Vila Nova', 'Bom Retiro', 'Jardim Alvorada'])}"
                    f", bloco {rng.randint(1, 12)}, apto {rng.randint(1, 4)}0{rng.randint(1, 4)}")
        kind = rng.choice(["Rua", "R.", "Avenida", "Av.", "Alameda", "Rua"])
        complement = rng.choice(["", "", f", apto {rng.randint(1, 15)}0{rng.randint(1, 4)}",
                                 f" – casa {rng.randint(2, 6)}", ", fundos", f", sala {rng.randint(2, 14)}"])
        return f"{kind} {rng.choice(EIGHTH_STREETS)}, {rng.choice([str(n), f'nº {n}'])}{complement}"

    def phone(self, e164: bool) -> str:
        rng = self.rng
        ddd = rng.choice(DDDS + ["47", "42", "54", "43"])
        local = "9" + self.digits(8)
        if e164:
            return rng.choice([f"55{ddd}{local}", f"+55{ddd}{local}"])
        return rng.choice([f"+55 ({ddd}) {local[:5]}-{local[5:]}", f"{ddd} 9 {local[1:5]} {local[5:]}",
                           f"({ddd}) 9{local[1:5]}-{local[5:]}", f"0{ddd} {local}",
                           f"{ddd}-{local[:5]}-{local[5:]}"])

    def iban(self) -> str:
        rng = self.rng
        spec = EIGHTH_ORIGINS[self.origin or "de"]["iban"]
        if spec is None:  # Japan: branch and account
            return f"{self.digits(3)}-{self.digits(7)}"
        country, length = spec
        bban = (rng.choice(string.ascii_uppercase) + self.digits(length - 1) if country == "IT"
                else self.digits(length))
        number = int("".join(str(int(c, 36)) for c in bban + country + "00"))
        text = f"{country}{98 - number % 97:02d}{bban}"
        return " ".join(text[i:i + 4] for i in range(0, len(text), 4))

    @staticmethod
    def reais(amount: float) -> str:
        return f"{amount:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")

    def payslip(self) -> dict[str, str]:
        """A month's pay that adds up: overtime, INSS and IRRF by the 2025 tables, transport
        voucher and 20% alimony; the same figures for every slot of the record."""
        if "pay" not in self.cases:
            rng = self.rng
            base = rng.randint(1600, 9800) + rng.randint(0, 99) / 100
            hours = rng.choice([4, 8, 10, 12, 20])
            overtime = round(base / 220 * 1.5 * hours, 2)
            gross = base + overtime
            inss_rate = 7.5 if gross <= 1518 else 9 if gross <= 2793.88 else 12 if gross <= 4190.83 else 14
            inss = round(min(gross, 8157.41) * inss_rate / 100, 2)
            pension = round((gross - inss) * 0.2, 2)
            taxable = gross - inss - pension
            irrf_rate, deduction = next((rate, ded) for top, rate, ded in (
                (2428.80, 0, 0), (2826.65, 7.5, 182.16), (3751.05, 15, 394.16),
                (4664.68, 22.5, 675.49), (float("inf"), 27.5, 908.73)) if taxable <= top)
            irrf = round(max(taxable * irrf_rate / 100 - deduction, 0), 2)
            voucher = round(base * 0.06, 2)
            self.cases["pay"] = {
                "pay_base8": self.reais(base), "pay_he_ref8": f"{hours},00", "pay_he8": self.reais(overtime),
                "pay_inss_ref8": f"{inss_rate:.2f}".replace(".", ","), "pay_inss8": self.reais(inss),
                "pay_irrf_ref8": f"{irrf_rate:.2f}".replace(".", ","), "pay_irrf8": self.reais(irrf),
                "pay_vt8": self.reais(voucher), "pay_pension8": self.reais(pension),
                "pay_gross8": self.reais(gross), "pay_fgts8": self.reais(round(gross * 0.08, 2)),
                "pay_net8": self.reais(gross - inss - irrf - voucher - pension)}
        return self.cases["pay"]

    def value(self, slot: str) -> str:
        rng = self.rng
        if slot in EIGHTH_STICKY and slot in self.sticky:
            return self.sticky[slot]
        if slot in ("IMIG", "IMIG_M", "IMIG_F"):
            person = self.foreigner({"IMIG_M": False, "IMIG_F": True}.get(slot), slot == "IMIG_F")
            self.people.append(person)
            return person
        if slot == "BENEF":  # the mother, abroad, of the record's first person
            given = rng.choice([g for g in EIGHTH_ORIGINS[self.origin]["f"]
                                if g != self.given_of.get(self.people[0])])
            person = self.record(f"{given} {self.people[0].split()[-1]}", given)
            self.people.append(person)
            return person
        if slot in ("INICIAIS", "SOBRENOME_M", "SOBRENOME_F", "CONTATO", "SMS_NOME", "VENDEDOR"):
            female = {"SOBRENOME_M": False, "SOBRENOME_F": True}.get(slot)
            person = self.person(female=female)
            self.people.append(person)
            given = self.given_of[person]
            if slot == "INICIAIS":
                return self.initials(person)
            if slot.startswith("SOBRENOME"):
                return self.surname_of(person, particle=False)
            if slot == "CONTATO":
                return given if rng.random() < 0.6 else f"{given} {self.surname_of(person, particle=False)}"
            ascii_given = unicodedata.normalize("NFKD", given).encode("ascii", "ignore").decode()
            if slot == "SMS_NOME":
                first = ascii_given.split()[0]
                return first.upper() if rng.random() < 0.3 else first
            last = self.surname_of(person, particle=False)
            last = unicodedata.normalize("NFKD", last).encode("ascii", "ignore").decode()
            return (ascii_given.split()[0] + last).upper()
        if slot == "CPF_FALA":  # read out in a transcript
            body = self.digits(9)
            n = body + checksums.cpf_check_digits(body)
            return rng.choice([" ".join(n), f"{n[:3]} {n[3:6]} {n[6:9]} {n[9:]}",
                               f"{n[:3]}... {n[3:6]}... {n[6:9]} {n[9:]}"])
        if slot in ("FONE8", "FONE_E164"):
            return self.phone(slot == "FONE_E164")
        if slot == "IBAN8":
            return self.iban()
        if slot == "CRN8":
            region, n = rng.randint(1, 11), self.digits(rng.choice([4, 5]))
            return rng.choice([f"CRN-{region} {n}", f"CRN{region} {n}/P", f"CRN-{region}/{n}"])
        if slot in EIGHTH_CASE_SLOTS:
            group = EIGHTH_CASE_SLOTS[slot]
            if group not in self.cases:
                self.cases[group] = rng.choice(EIGHTH_CASES[group][1])
            return self.cases[group][EIGHTH_CASES[group][0].index(slot)]
        if slot in ("vara8", "cnj8", "court_city8"):
            if "court8" not in self.cases:
                self.cases["court8"] = rng.choice(EIGHTH_COURTS)
            vara, origin, city = self.cases["court8"]
            return {"vara8": vara, "court_city8": city,
                    "cnj8": f"{self.digits(7)}-{self.digits(2)}.{rng.randint(2019, 2025)}.{origin}"}[slot]
        if slot in ("country8", "foreign_bank8", "fx_amount8"):
            table = EIGHTH_ORIGINS[self.origin]
            if slot == "country8":
                return table["country"]
            if slot == "foreign_bank8":
                return rng.choice(table["banks"])
            amount = rng.randint(20, 900) * (1000 if table["currency"] == "JPY" else 10)
            return f"{table['currency']} {amount:,}".replace(",", ".") + ",00"
        if slot.startswith("pay_"):
            return self.payslip()[slot]
        if slot in ("appraisal8", "loan8"):
            if "appraisal" not in self.cases:
                appraisal = rng.randint(180, 980) * 1000
                self.cases["appraisal"] = (appraisal, round(appraisal * rng.uniform(0.5, 0.8), -3))
            return "R$ " + self.reais(self.cases["appraisal"][slot == "loan8"])
        if slot in ("dum8", "dpp8", "cons1_8", "cons2_8", "ig1_8", "ig2_8", "peso1_8", "peso2_8", "au8"):
            if "dum" not in self.cases:  # last period; visits at 8-14 and 20-30 weeks
                weeks = (rng.randint(8, 14), rng.randint(20, 30))
                weight = rng.randint(500, 900) / 10
                self.cases["dum"] = (datetime.date(2024, 1, 1) + datetime.timedelta(days=rng.randint(0, 600)),
                                     weeks, (weight, weight + rng.randint(30, 90) / 10))
            dum, weeks, weights = self.cases["dum"]
            if slot == "au8":  # fundal height, about the weeks
                return str(weeks[1] + rng.randint(-2, 2))
            if slot.startswith("peso"):
                return f"{weights[int(slot[4]) - 1]:.1f}".replace(".", ",")
            if slot.startswith("ig"):
                return str(weeks[int(slot[2]) - 1])
            days = {"dum8": 0, "dpp8": 280, "cons1_8": 7 * weeks[0], "cons2_8": 7 * weeks[1]}[slot]
            return self.date_of(dum + datetime.timedelta(days=days))
        if slot == "NASC_GEST":  # a pregnant woman's
            d, mo, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1984, 2006)
            return rng.choice([f"{d:02d}/{mo:02d}/{y}", f"{d:02d}/{mo:02d}/{y}", f"{d:02d}.{mo:02d}.{y}"])
        if slot in EIGHTH_NEGATIVES:
            value = rng.choice(EIGHTH_NEGATIVES[slot])
        elif slot == "city8":
            value = rng.choice(EIGHTH_CITIES).split("/")[0]
        elif slot in ("date8", "day8"):
            value = self.date_of(datetime.date(2023, 1, 1) + datetime.timedelta(days=rng.randint(0, 1200)))
        elif slot == "date_past8":
            value = self.date_of(datetime.date(2008, 1, 1) + datetime.timedelta(days=rng.randint(0, 5000)))
        elif slot == "long_day8":
            value = f"{rng.randint(1, 28)} de {rng.choice(MONTHS)} de {rng.randint(2024, 2026)}"
        elif slot == "long_date8":
            value = (f"{rng.choice(WEEKDAYS)}, {rng.randint(1, 28)} de {rng.choice(MONTHS)} de "
                     f"{rng.randint(2024, 2025)} {rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}")
        elif slot == "money8":
            value = rng.choice([f"R$ {rng.randint(12, 999)},{self.digits(2)}",
                                f"R$ {rng.randint(1, 19)}.{self.digits(3)},{self.digits(2)}"])
        elif slot == "money_big8":
            value = f"R$ {rng.randint(120, 980)}.{rng.choice(['000', '500'])},00"
        elif slot == "money_small8":
            value = f"R$ {rng.randint(0, 2)},{self.digits(2)}"
        elif slot == "gts8":
            value = (f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2025 {rng.randint(0, 23)}:"
                     f"{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}")
        elif slot == "short_url8":
            value = (f"https://{rng.choice(['sho.pe', 'bit.ly', 'rastreio.link', 'mglu.io'])}/"
                     + "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(6)))
        elif slot == "sms_id8":
            value = "".join(rng.choice(string.ascii_lowercase + string.digits) for _ in range(12))
        elif slot == "gpa8":
            g = rng.randint(1, 4)
            value = f"G{g}P{g - 1}A0"
        else:
            generated = {
                "call8": lambda: self.digits(12), "conf8": lambda: str(rng.randint(71, 94)),
                "otp8": lambda: self.digits(6),
                "order8": lambda: rng.choice([self.digits(12), self.digits(4), f"{self.digits(3)}-{self.digits(7)}"]),
                "delivery_code8": lambda: self.digits(4), "ticket8": lambda: self.digits(6),
                "contract8": lambda: f"{rng.randint(2019, 2025)}/{self.digits(5)}",
                "creci8": lambda: f"{rng.randint(1, 49)}.{self.digits(3)}",
                "photos8": lambda: str(rng.randint(24, 96)), "meter8": lambda: self.digits(5),
                "book8": lambda: str(rng.randint(200, 1900)), "fls8": lambda: f"{rng.randint(1, 399):03d}",
                "prot8": lambda: self.digits(6),
                "ar_code8": lambda: f"{rng.choice(['YA', 'YB', 'JT', 'JU'])}{self.digits(9)}BR",
                "emp8": lambda: self.digits(6), "alvara8": lambda: f"{self.digits(6)}/{rng.randint(2024, 2025)}",
                "room8": lambda: str(rng.randint(1, 9)),
                "hours8": lambda: f"{rng.randint(60, 190)},{rng.randint(0, 9)}",
                "bed8": lambda: f"{rng.randint(1, 20):02d}", "reg8": lambda: self.digits(8),
                "n_a8": lambda: str(rng.randint(4, 30)), "n_b8": lambda: str(rng.randint(1, 12)),
                "n_c8": lambda: str(rng.randint(2, 10)), "notif8": lambda: f"Notifica nº {self.digits(5)}",
                "room_id8": lambda: "".join(rng.choice(string.ascii_lowercase) for _ in range(3)) + "-" + self.digits(4),
                "ig1_8": lambda: str(rng.randint(8, 14)), "ig2_8": lambda: str(rng.randint(20, 30)),

                "ficha8": lambda: self.digits(7),
                "pa8": lambda: f"{rng.randint(9, 19)}{rng.choice(['0', '5'])}x{rng.randint(6, 11)}0",
                "fc8": lambda: str(rng.randint(58, 128)), "spo8": lambda: str(rng.randint(86, 99)),
                "temp8": lambda: f"{rng.randint(35, 39)},{rng.randint(0, 9)}", "dor8": lambda: str(rng.randint(0, 10)),
                "portaria8": lambda: f"{rng.randint(10, 999)}/{rng.randint(2015, 2024)}",
                "proc8": lambda: self.digits(9), "cbo8": lambda: f"{self.digits(4)}-{self.digits(2)}",
                "cet8": lambda: f"{rng.randint(250, 620)},{self.digits(2)}",
                "fgts_proto8": lambda: f"{rng.randint(2024, 2025)}{self.digits(9)}",
                "proposta8": lambda: f"{self.digits(4)}.{self.digits(6)}",
                "remit_no8": lambda: f"{rng.randint(2024, 2025)}-{self.digits(8)}",
                "fx8": lambda: f"{rng.randint(4, 6)},{self.digits(4)}" if self.origin != "jp" else f"0,03{self.digits(2)}",
                "iof8": lambda: f"R$ {rng.randint(3, 95)},{self.digits(2)}",
                "income8": lambda: f"R$ {rng.randint(2, 24)}.{self.digits(3)},{self.digits(2)}",
                "np_no8": lambda: f"{rng.randint(1, 12)}/12",
            }
            if slot not in generated:
                return super().value(slot)
            value = generated[slot]()
        if slot in EIGHTH_STICKY:
            self.sticky[slot] = value
        return value


assert not EIGHTH_SLOT_LABELS.keys() & (NOVEL_SLOT_LABELS.keys() | FIFTH_SLOT_LABELS.keys()
                                        | SIXTH_SLOT_LABELS.keys() | SEVENTH_SLOT_LABELS.keys())


assert not SEVENTH_SLOT_LABELS.keys() & (NOVEL_SLOT_LABELS.keys() | FIFTH_SLOT_LABELS.keys()
                                         | SIXTH_SLOT_LABELS.keys())


assert not SIXTH_SLOT_LABELS.keys() & (NOVEL_SLOT_LABELS.keys() | FIFTH_SLOT_LABELS.keys())
SLOT_LABELS = {**NOVEL_SLOT_LABELS, **FIFTH_SLOT_LABELS, **SIXTH_SLOT_LABELS, **SEVENTH_SLOT_LABELS,
               **EIGHTH_SLOT_LABELS}


SLOT = re.compile(r"\{(\w+)\}")


def render(template: str, filler: Filler) -> dict:
    """Fill `template`; upper-case slot names are personal data and become gold spans."""
    if hasattr(filler, "new_record"):
        filler.new_record()
    text, spans, cursor = "", [], 0
    for match in SLOT.finditer(template):
        text += template[cursor : match.start()]
        slot = match.group(1)
        person_form = slot in ("PERSON_CAPS", "PERSON_LOWER", "FIRST_LOWER")
        value = filler.value("PERSON" if person_form else slot)
        if slot == "PERSON_CAPS":
            value = value.upper()
        elif slot == "PERSON_LOWER":
            value = value.lower()
        elif slot == "FIRST_LOWER":
            value = value.split()[0].lower()
        if slot.isupper():
            spans.append({"start": len(text), "end": len(text) + len(value),
                          "label": "PERSON" if person_form else SLOT_LABELS.get(slot, slot)})
        text += value
        cursor = match.end()
    text += template[cursor:]
    return {"text": text, "spans": spans}


def build(templates: dict[str, list[str]], seed: int, per_template: int,
          filler: Filler | None = None) -> list[dict]:
    filler = filler or Filler(seed)
    records = []
    for domain, domain_templates in templates.items():
        for index, template in enumerate(domain_templates):
            for copy in range(per_template):
                record = render(template, filler)
                records.append({"id": f"{domain}-{index}-{copy}", "domain": domain, **record})
    return records


def main(names: list[str]) -> None:
    sets = {
        "tuning": (TUNING, 1, None),
        "heldout": (HELDOUT, 2, None),
        "fresh": (FRESH, 3, Filler(3, FRESH_UNSEEN_GIVEN, FRESH_UNSEEN_SURNAMES)),
        "novel": (NOVEL, 4, NovelFiller(4, NOVEL_UNSEEN_GIVEN, NOVEL_UNSEEN_SURNAMES)),
        "fifth": (FIFTH, 5, FifthFiller(5, FIFTH_UNSEEN_GIVEN, FIFTH_UNSEEN_SURNAMES)),
        "sixth": (SIXTH, 6, SixthFiller(6, SIXTH_UNSEEN_GIVEN, SIXTH_UNSEEN_SURNAMES)),
        "seventh": (SEVENTH, 7, SeventhFiller(7, SEVENTH_UNSEEN_GIVEN, SEVENTH_UNSEEN_SURNAMES)),
        "eighth": (EIGHTH, 8, EighthFiller(8, EIGHTH_UNSEEN_GIVEN, EIGHTH_UNSEEN_SURNAMES)),
    }
    for name in names or list(sets):
        templates, seed, filler = sets[name]
        records = build(templates, seed, per_template=10, filler=filler)
        with (HERE / f"{name}.jsonl").open("w", encoding="utf-8") as out:
            for record in records:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        print(name, len(records), "records,", sum(len(r["spans"]) for r in records), "gold spans")


if __name__ == "__main__":
    main(sys.argv[1:])
