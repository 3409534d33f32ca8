"""financeiro: classification of bank-statement, card-bill and invoice lines, in Brazilian Portuguese.

File written: `lancamentos.csv` (comma-separated, UTF-8, header row, quoted where needed: many
descriptions hold commas and the electronic-invoice ones span several lines). Columns: `id`,
`customer_id`, `text`, `label` (spending category or `suspeita_fraude`), `region`, `gender`
and `amount` in Brazilian notation ("1.234,56").

The lines are written in the three voices a bank sees: the terse capitals of a statement
("COMPRA CARTAO DEB 12/03 ..."), the notes customers type in the app ("paguei o aluguel pro
seu João"), and multi-line NF-e summaries. They carry what the privacy stage must find:
merchants' CNPJs (some in the alphanumeric form introduced in 2026), PIX keys of every kind,
Luhn-valid card numbers, agencies and accounts, plates, names, CPFs; and what it must leave
alone: masked cards, NSU and authorisation codes, boleto lines, NF-e numbers, tickers.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from afinar.templates import brazilian_identifiers as ids
from afinar.templates import informal_writing as informal
from afinar.templates.example_files import write_csv
from afinar.templates.brazilian_places import PLACES_BY_REGION, pick_region
from afinar.templates.synthetic_people import MONTHS_PT, Person, make_person, pick_sex, random_day

if TYPE_CHECKING:
    from faker import Faker

DEFAULT_N = 4000

LABELS: tuple[str, ...] = (
    "alimentacao", "transporte", "moradia", "saude", "educacao",
    "lazer", "transferencia", "impostos", "investimento", "suspeita_fraude",
)
COLUMNS: tuple[str, ...] = ("id", "customer_id", "text", "label", "region", "gender", "amount")

_LABEL_WEIGHTS = {
    "alimentacao": 0.17, "transporte": 0.12, "moradia": 0.10, "saude": 0.08, "educacao": 0.06,
    "lazer": 0.10, "transferencia": 0.14, "impostos": 0.06, "investimento": 0.07, "suspeita_fraude": 0.10,
}
# Which category an annotator may plausibly have chosen instead (the ~3% noisy labels).
_CONFUSABLE = {
    "alimentacao": ("lazer",), "transporte": ("lazer", "impostos"), "moradia": ("transferencia",),
    "saude": ("lazer",), "educacao": ("transporte", "transferencia"), "lazer": ("alimentacao", "transporte"),
    "transferencia": ("moradia", "suspeita_fraude"), "impostos": ("transporte", "moradia"),
    "investimento": ("transferencia",), "suspeita_fraude": ("transferencia", "lazer"),
}
NOISY_LABEL_SHARE = 0.03

_FIRST_DAY, _LAST_DAY = date(2024, 1, 1), date(2025, 6, 30)

# --- templates, by category -------------------------------------------------------------------
# Each line comes with the range of amounts (in reais) it is paid with. Capitals and
# abbreviations are how statements really print; customers' own notes are lower case.

_TEMPLATES: dict[str, tuple[tuple[str, float, float], ...]] = {
    "alimentacao": (
        ("COMPRA CARTAO DEB {data} {mercado} CNPJ {cnpj}", 12, 780),
        ("COMPRA NO DEBITO - {mercado} - {cidade_caps}", 9, 650),
        ("IFOOD *{restaurante} {data}", 22, 160),
        ("{data} PAG*{restaurante_compacto} {cidade_caps}", 6.5, 120),
        ("compra do mês no {mercado_nome}, arroz, feijão, carne e produtos de limpeza", 280, 1400),
        ("NF-e nº {nfe} série 1\nEmitente: {mercado}, CNPJ {cnpj}\nItens: arroz 5kg, feijão carioca 1kg, óleo de soja, café 500g, leite integral (12 un.)\nTotal: R$ {valor}", 60, 420),
        ("Pix enviado - {restaurante} - CNPJ {cnpj} - almoço", 18, 95),
        ("almoço com o pessoal do trabalho no {restaurante_nome}, rachamos a conta", 25, 120),
        ("VR BENEFICIOS {data} {restaurante} cartão {cartao_mascarado}", 15, 90),
        ("COMPRA CREDITO {data} {mercado} NSU {nsu} AUT {autorizacao}", 15, 900),
        ("padaria perto de casa, pão e frios pro café da manhã", 9, 65),
        ("feira de sábado: frutas, verduras e ovos, paguei no pix da barraca", 20, 140),
    ),
    "transporte": (
        ("UBER *TRIP {data} {cidade_caps}", 7.9, 95),
        ("99APP *99 CORRIDA {data}", 6.5, 70),
        ("AUTO POSTO {posto} CNPJ {cnpj} - GASOLINA COMUM {litros}L", 50, 350),
        ("abasteci o carro ({placa}) no posto {posto_nome}, etanol", 60, 300),
        ("SEM PARAR {data} PEDAGIO {rodovia} PLACA {placa}", 4.4, 38),
        ("ESTACIONAMENTO {estacionamento} {data} PLACA {placa}", 8, 60),
        ("RECARGA {bilhete} {data}", 20, 250),
        ("Pix para {pessoa_nome}, oficina do bairro, troca de óleo e pastilhas de freio do carro placa {placa}", 250, 1200),
        ("passagem de ônibus {cidade} x {cidade_destino}, viação {viacao}, ida e volta", 90, 520),
        ("COMPRA CARTAO CRED {data} {oficina} CNPJ {cnpj} PARC {parcela}", 120, 900),
        ("LATAM AIRLINES *{localizador} {data}", 280, 2400),
        ("lavagem completa e calibragem dos pneus do carro, placa {placa}", 40, 120),
    ),
    "moradia": (
        ("PIX ENVIADO {locador_caps} ALUGUEL {mes_ano}", 700, 4800),
        ("Pix enviado para {locador}, CPF {cpf_locador} - aluguel de {mes}", 650, 4200),
        ("PAGTO BOLETO CONDOMINIO EDIFICIO {predio} {mes_ano}", 280, 1900),
        ("DEB AUTOMATICO {energia} INSTALACAO {instalacao}", 60, 620),
        ("{agua} CONTA DE AGUA REF {mes_ano}", 35, 260),
        ("Pagamento de boleto - {imobiliaria} LTDA, CNPJ {cnpj} - aluguel, IPTU rateado e taxa de administração", 900, 5200),
        ("DEB AUTOMATICO {gas} GAS ENCANADO {mes_ano}", 30, 190),
        ("internet de casa, fatura de {mes} da {provedor}", 79.9, 199.9),
        ("reforma do banheiro, pix da mão de obra para {pessoa_nome}, tel {telefone_pessoa}", 400, 4500),
        ("PARCELA FINANCIAMENTO HABITACIONAL CAIXA {parcela_longa} CONTRATO {contrato}", 650, 3800),
        ("{material} CNPJ {cnpj} - cimento, argamassa e piso cerâmico", 180, 2800),
        ("diarista {pessoa_nome}, faxina da semana, pix chave {pix_chave_pessoa}", 120, 260),
    ),
    "saude": (
        ("COMPRA CARTAO DEB {data} {farmacia} CNPJ {cnpj}", 12, 420),
        ("PLANO DE SAUDE {plano_saude} MENSALIDADE {mes_ano}", 280, 1900),
        ("consulta particular com Dr(a). {medico}, {crm}, paguei no pix", 200, 650),
        ("{laboratorio} - exames de sangue, hemograma e glicemia", 60, 480),
        ("{clinica_odonto} PARC {parcela} - tratamento de canal", 150, 700),
        ("NF-e nº {nfe}\nEmitente: {farmacia}, CNPJ {cnpj}\nItens: losartana 50mg (30 comp.), omeprazol 20mg, dipirona 1g\nTotal: R$ {valor}", 25, 180),
        ("sessão de terapia com {a_psicologa} {pessoa_nome}, CRP {crp}", 120, 320),
        ("{otica} {data} - óculos de grau, lentes multifocais", 450, 2600),
        ("{clinica_fisio} - fisioterapia, pacote de 10 sessões, joelho", 600, 1500),
        ("remédio da minha mãe, insulina e fitas de glicemia, drogaria do bairro", 60, 380),
    ),
    "educacao": (
        ("MENSALIDADE ESCOLAR {escola} {mes_ano} - ALUNO {filho_caps}", 650, 3800),
        ("BOLETO FACULDADE {faculdade} MATRICULA {matricula} REF {mes_ano}", 290, 2900),
        ("CURSO DE INGLES {idiomas} PARC {parcela}", 180, 560),
        ("LIVRARIA {livraria} CNPJ {cnpj} - livros didáticos", 80, 900),
        ("material escolar {do_filho}: cadernos, lápis de cor e mochila, na papelaria {papelaria}", 90, 650),
        ("UDEMY *CURSO ONLINE {data}", 22.9, 89.9),
        ("Pix para {a_professora} particular {pessoa_nome} - aulas de reforço de matemática", 80, 480),
        ("van escolar {do_filho}, tio {motorista}, mensalidade de {mes}", 180, 520),
        ("TAXA DE INSCRICAO VESTIBULAR {faculdade} {ano}", 50, 180),
        ("ALURA *ASSINATURA ANUAL {data}", 850, 1300),
    ),
    "lazer": (
        ("{streaming} {data}", 9.9, 59.9),
        ("INGRESSO.COM *{evento} {data}", 40, 650),
        ("SYMPLA *{evento}", 30, 380),
        ("CINEMARK {shopping} {data} - 2 ingressos + pipoca", 55, 140),
        ("BAR {bar} {data} NSU {nsu}", 35, 320),
        ("HOTEL {hotel} {cidade_destino_caps} - {diarias} diárias, café incluso", 380, 2600),
        ("AIRBNB * {airbnb} {data}", 300, 2400),
        ("STEAM PURCHASE {data} SEATTLE", 15, 320),
        ("SMARTFIT MENSALIDADE {mes_ano}", 99.9, 159.9),
        ("cerveja e carvão pro churrasco de domingo, {mercado_nome}", 60, 350),
        ("show no {casa_show}, ingresso pista, pix pra {pessoa_nome}", 180, 900),
        ("PLAYSTATION NETWORK {data}", 34.9, 399.9),
    ),
    "transferencia": (
        ("PIX ENVIADO {pessoa_caps} CPF {cpf_pessoa}", 10, 2500),
        ("TED {banco} AG {agencia_pessoa} CC {conta_pessoa} {pessoa_caps}", 200, 5000),
        ("Pix para {parente} ({pessoa_nome}), chave {pix_chave_pessoa}", 20, 1500),
        ("transferência entre contas próprias, {banco} ag {agencia} conta {conta}", 100, 5000),
        ("PIX RECEBIDO {pessoa_caps} {data}", 10, 3000),
        ("mesada {do_filho}, pix na chave celular {telefone_filho}", 50, 400),
        ("devolvi o dinheiro que {a_pessoa} {pessoa_nome} me emprestou semana passada", 50, 900),
        ("TED ELETRONICA {pessoa_caps} CPF {cpf_pessoa} BCO {banco_codigo} AG {agencia_pessoa}", 300, 5000),
        ("Pix agendado - {pessoa_nome} - chave aleatória {pix_aleatoria}", 30, 1800),
        ("ajuda {pro_irmao} {pessoa_nome}, pix no email {email_pessoa}", 50, 800),
    ),
    "impostos": (
        ("PAGAMENTO DARF CODIGO 0211 IRPF QUOTA {quota}/8 CPF {cpf}", 80, 2500),
        ("IPVA {ano} PLACA {placa} SEFAZ {uf}", 280, 4200),
        ("IPTU {ano} PARCELA {parcela} PREFEITURA DE {cidade_caps}", 45, 900),
        ("DAS SIMPLES NACIONAL MEI CNPJ {cnpj_mei} COMPETENCIA {mes_ano}", 70, 82),
        ("GPS INSS CONTRIBUINTE INDIVIDUAL NIT {nit} COMP {mes_ano}", 141, 1700),
        ("LICENCIAMENTO ANUAL DETRAN {uf} {placa}", 120, 260),
        ("carnê-leão de {mes}, DARF código 0190, aluguel recebido", 90, 1800),
        ("imposto de renda: diferença a pagar da declaração, DARF em cota única", 150, 6500),
        ("TAXA DE COLETA DE LIXO {ano} - PREFEITURA MUNICIPAL", 60, 420),
        ("ITBI - guia de recolhimento, escritura do apartamento", 2500, 14000),
    ),
    "investimento": (
        ("APLICACAO CDB {banco} {prazo} DIAS {taxa}% CDI", 500, 25000),
        ("TESOURO DIRETO - COMPRA {titulo}", 100, 12000),
        ("TED PARA CORRETORA {corretora} CNPJ {cnpj}", 500, 30000),
        ("APLICACAO POUPANCA {data}", 50, 3000),
        ("compra de {quantidade} ações {ticker} a R$ {preco_acao} pelo home broker", 300, 9000),
        ("aporte mensal na previdência privada PGBL da {seguradora}", 150, 2500),
        ("Pix pra minha conta na {corretora} pra investir", 200, 8000),
        ("APLIC AUTOMATICA FUNDO DI {banco}", 100, 15000),
        ("compra de bitcoin na {exchange}, 0,00{satoshis} BTC", 100, 5000),
        ("APLICACAO LCI {banco} VENC {vencimento}", 1000, 30000),
    ),
    "suspeita_fraude": (
        ("PIX ENVIADO {valor} ÀS {hora_madrugada} PARA CHAVE ALEATÓRIA {pix_aleatoria} - NÃO RECONHEÇO", 900, 9999),
        ("COMPRA INTERNACIONAL {loja_estrangeira} USD {usd} CARTAO {cartao} - CONTESTADA", 100, 9000),
        ("{n_compras} compras seguidas de R$ 0,99 em {loja_online} em menos de 5 minutos, cartão final {final}", 0.99, 0.99),
        ("boleto pago com beneficiário diferente do esperado: {golpista_empresa}, CNPJ {cnpj} (era a conta de luz)", 180, 2800),
        ("saque 24h em {cidade_longe} às {hora_madrugada}, mas eu estava em {cidade}", 300, 3000),
        ("cliente informa que recebeu ligação falsa da central do banco e fez pix de R$ {valor} para {pessoa_nome}, CPF {cpf_pessoa}", 800, 9999),
        ("compra aprovada na {loja_online} com cartão {cartao} a partir de dispositivo novo e IP no exterior", 1500, 8999),
        ("TRANSFERENCIA PARA CONTA ABERTA HA 2 DIAS {banco} AG {agencia_pessoa} CC {conta_pessoa} - VALOR FORA DO PADRAO", 2000, 9999),
        ("pix de R$ {valor} pro 'sobrinho' que mandou mensagem de número novo, {telefone_pessoa}", 400, 4800),
        ("troca de senha e de chave pix seguida de {n_compras} pix em sequência para {pessoa_caps}", 1000, 9999),
        ("cartão {cartao} clonado? apareceu compra em {cidade_longe} que eu não fiz", 200, 6000),
    ),
}

# --- names of fictional merchants and institutions ---------------------------------------------

_MERCHANTS: dict[str, tuple[str, ...]] = {
    "mercado": ("SUPERMERCADO BOM PRECO LTDA", "ATACADAO REAL COMERCIO LTDA", "MERCADINHO SAO JORGE ME", "HORTIFRUTI FOLHA VERDE LTDA", "EMPORIO CENTRAL EIRELI", "SUPERMERCADOS ESTRELA DO NORTE SA", "COMERCIAL DE ALIMENTOS PIONEIRO LTDA", "MERCADO FAMILIA FELIZ LTDA"),
    "restaurante": ("RESTAURANTE SABOR CASEIRO", "PIZZARIA BELLA NAPOLI", "LANCHONETE DO ZE", "ACAI DA PRAIA", "CHURRASCARIA GAUCHA", "PADARIA PAO QUENTE", "TEMAKERIA SAKURA", "BURGUER DO BAIRRO", "RESTAURANTE TEMPERO BAIANO", "CANTINA DA NONNA"),
    "posto": ("ESTRELA", "SAO CRISTOVAO", "TREVO", "BOA VIAGEM", "DO CORUJAO", "RODOVIA SUL", "PETROLUX", "PARADA OBRIGATORIA"),
    "estacionamento": ("ESTAPAR", "PARE BEM ESTACIONAMENTOS", "ESTAC SHOPPING CENTER NORTE", "INDIGO PARK"),
    "oficina": ("AUTO CENTER IRMAOS SILVA", "MECANICA PONTO CERTO", "FUNILARIA E PINTURA ARCO IRIS", "PNEUS E CIA"),
    "farmacia": ("DROGARIA SAO BENTO LTDA", "FARMACIA POPULAR DO POVO", "DROGA LESTE", "DROGARIA VIDA E SAUDE", "FARMACIA SANTA LUZIA", "DROGARIA PRECO BAIXO"),
    "laboratorio": ("ANALISES CLINICAS BIOVIDA", "LABORATORIO SAO LUCAS", "LAB DIAGNOSTICO CENTRAL"),
    "clinica_odonto": ("CLINICA ODONTOLOGICA SORRISO PERFEITO", "ODONTO CENTER", "CONSULTORIO DENTARIO BOCA SAUDAVEL"),
    "clinica_fisio": ("CLINICA FISIOMOVE", "CLINICA REABILITAR", "FISIO E SAUDE"),
    "otica": ("OTICA VISAO CLARA", "OTICAS DO CENTRO", "OTICA FOCO"),
    "imobiliaria": ("IMOBILIARIA LAR DOCE LAR", "ADMINISTRADORA CASA FORTE", "IMOVEIS HORIZONTE"),
    "material": ("MADEIREIRA CONSTRUFORTE", "CASA DAS TINTAS", "DEPOSITO DE MATERIAIS BOA OBRA", "HOME CENTER CONSTRUIR"),
    "livraria": ("LIVRARIA SABER", "LIVRARIA E PAPELARIA ALFA", "LIVRARIA CULTURA VIVA"),
    "corretora": ("XP INVESTIMENTOS", "RICO CORRETORA", "CLEAR CORRETORA", "NU INVEST", "BTG PACTUAL DIGITAL", "INTER INVEST"),
    "golpista_empresa": ("PAGAMENTOS RAPIDOS SOLUCOES LTDA", "INTERMEDIACAO DIGITAL BR EIRELI", "RECEBIVEIS EXPRESS LTDA"),
}
_SLOT_CHOICES: dict[str, tuple[str, ...]] = {
    "bilhete": ("BILHETE UNICO SPTRANS", "RIOCARD MAIS", "CARTAO BHBUS", "VEM RECIFE", "CARTAO TRI POA", "SIT PASS"),
    "rodovia": ("RODOVIA DOS BANDEIRANTES", "VIA DUTRA", "BR-116", "RODOVIA ANHANGUERA", "BR-101", "FERNAO DIAS", "RODOVIA CASTELLO BRANCO"),
    "viacao": ("Cometa", "Itapemirim", "Águia Branca", "Garcia", "Catarinense", "Gontijo", "São Geraldo"),
    "energia": ("ENEL SP", "CEMIG", "COPEL", "COELBA", "CELPE", "EQUATORIAL PA", "LIGHT", "CPFL PAULISTA", "ENERGISA MT", "NEOENERGIA BRASILIA"),
    "agua": ("SABESP", "COPASA", "SANEPAR", "EMBASA", "CAGECE", "COMPESA", "CEDAE", "CAESB", "CORSAN"),
    "gas": ("COMGAS", "NATURGY", "COMPAGAS", "BAHIAGAS"),
    "provedor": ("Conecta Fibra", "NetVeloz", "Ligga", "Desktop", "Brisanet", "Giga+"),
    "plano_saude": ("UNIMED", "AMIL", "BRADESCO SAUDE", "SULAMERICA SAUDE", "HAPVIDA", "NOTREDAME INTERMEDICA"),
    "escola": ("COLEGIO SANTA CLARA", "ESCOLA PEQUENO PRINCIPE", "COLEGIO OBJETIVO", "ESCOLA CRIANCA FELIZ", "COLEGIO ADVENTISTA"),
    "faculdade": ("UNIP", "ESTACIO", "UNOPAR", "PUC", "ANHANGUERA", "MACKENZIE", "UNIFOR", "UNICEUB"),
    "idiomas": ("WIZARD", "CCAA", "FISK", "CULTURA INGLESA", "OPEN ENGLISH"),
    "papelaria": ("Papelaria Estrela", "Papelaria Kalunga", "Papel & Cia"),
    "streaming": ("NETFLIX.COM", "SPOTIFY", "DISNEY PLUS", "GLOBOPLAY", "MAX", "PRIME VIDEO", "YOUTUBE PREMIUM", "DEEZER"),
    "evento": ("FESTIVAL DE VERAO", "STAND UP COMEDY", "TEATRO MUNICIPAL", "JOGO CAMPEONATO BRASILEIRO", "ROCK IN RIO", "SAO JOAO DE CARUARU", "OKTOBERFEST BLUMENAU"),
    "shopping": ("SHOPPING IGUATEMI", "SHOPPING CENTER NORTE", "BARRA SHOPPING", "SHOPPING RECIFE", "PARK SHOPPING"),
    "bar": ("BOTECO DO ALEMAO", "BAR DA ESQUINA", "CHOPERIA BELLA VISTA", "BAR E PETISCARIA MARE"),
    "hotel": ("POUSADA MAR AZUL", "HOTEL CENTRAL PLAZA", "POUSADA RECANTO VERDE", "RESORT AGUAS QUENTES"),
    "casa_show": ("Allianz Parque", "Espaço Unimed", "Classic Hall", "Vivo Rio", "Pepsi On Stage"),
    "banco": ("ITAU", "BRADESCO", "BANCO DO BRASIL", "CAIXA", "SANTANDER", "NUBANK", "INTER", "C6 BANK", "SICOOB"),
    "titulo": ("TESOURO SELIC 2029", "TESOURO IPCA+ 2035", "TESOURO PREFIXADO 2031", "TESOURO RENDA+ 2065"),
    "ticker": ("PETR4", "VALE3", "ITUB4", "BBAS3", "WEGE3", "BBDC4", "MGLU3", "TAEE11", "HGLG11"),
    "seguradora": ("Brasilprev", "Icatu", "BB Seguros", "Porto Seguro", "Bradesco Vida e Previdência"),
    "exchange": ("Mercado Bitcoin", "Binance", "Foxbit", "NovaDAX"),
    "loja_estrangeira": ("AMZN MKTP US", "ALIEXPRESS.COM", "APPLE.COM/BILL", "SHEIN.COM", "GOOGLE *SERVICES", "BOOKING.COM NL"),
    "loja_online": ("MAGALU", "LOJA ONLINE ELETRO", "MERCADO LIVRE", "SHOPEE", "AMERICANAS.COM", "LOJA GAMER PRO"),
    "airbnb": ("HMK3TQ9P", "HMZ8XWA2", "HMJ4PL7R", "HMQ2VN5D"),
}
_BANK_CODES = {"ITAU": "341", "BRADESCO": "237", "BANCO DO BRASIL": "001", "CAIXA": "104", "SANTANDER": "033", "NUBANK": "260", "INTER": "077", "C6 BANK": "336", "SICOOB": "756"}


@dataclass
class _Customer:
    customer_id: str
    person: Person
    card: str
    agency: str
    account: str
    plate: str
    mei_cnpj: str
    nit: str
    children: tuple[tuple[str, str], ...]  # (name, sex)
    landlord: Person
    contacts: tuple[Person, ...]  # relatives and acquaintances this customer pays


@dataclass
class _LineContext:
    rng: random.Random
    fake: Faker
    customer: _Customer
    day: date
    cents: int
    merchant_cnpjs: dict[str, str]
    payee: Person


def _merchant(kind: str) -> Callable[[_LineContext], str]:
    return lambda c: c.rng.choice(_MERCHANTS[kind])


def _choice(kind: str) -> Callable[[_LineContext], str]:
    return lambda c: c.rng.choice(_SLOT_CHOICES[kind])


def _upper_ascii(text: str) -> str:
    return ids.ascii_fold(text).upper()


_LOWERCASE_WORDS = {"da", "de", "do", "das", "dos", "e"}


def _trade_name(legal_name: str) -> str:
    """'MERCADINHO SAO JORGE ME' -> 'Mercadinho Sao Jorge', as a customer would write it."""
    words = [w for w in legal_name.split() if w not in ("LTDA", "ME", "EIRELI", "SA")]
    return " ".join(w.lower() if w.lower() in _LOWERCASE_WORDS else w.capitalize() for w in words)


def _child(fake: Faker, rng: random.Random, surname: str) -> tuple[str, str]:
    sex = "feminino" if rng.random() < 0.5 else "masculino"
    first = fake.first_name_female() if sex == "feminino" else fake.first_name_male()
    return f"{first} {surname}", sex


def _with_contraction(child: tuple[str, str], rng: random.Random) -> str:
    """'do Pedro Souza' / 'da Ana' (full name or first name only)."""
    name, sex = child
    return f"{'da' if sex == 'feminino' else 'do'} {name if rng.random() < 0.5 else name.split()[0]}"


def _pix_key(person: Person, rng: random.Random) -> str:
    """One of the four kinds of PIX key: CPF, e-mail, phone (+55...) or random UUID."""
    kind = rng.random()
    if kind < 0.3:
        return person.cpf_as_written(rng)
    if kind < 0.55:
        return person.email
    if kind < 0.8:
        return f"+55{person.place.ddd}{person.mobile}"
    return ids.pix_random_key(rng)


def _distant_city(c: _LineContext) -> str:
    regions = [region for region in PLACES_BY_REGION if region != c.customer.person.region]
    return c.rng.choice(PLACES_BY_REGION[c.rng.choice(regions)]).city


_SLOT_MAKERS: dict[str, Callable[[_LineContext], str]] = {
    # the customer's own data
    "nome": lambda c: c.customer.person.full_name,
    "cpf": lambda c: c.customer.person.cpf_as_written(c.rng),
    "cartao": lambda c: ids.card_as_written(c.customer.card, c.rng),
    "cartao_mascarado": lambda c: ids.masked_card(c.customer.card, c.rng),
    "final": lambda c: c.customer.card[-4:],
    "agencia": lambda c: c.customer.agency,
    "conta": lambda c: c.customer.account,
    "placa": lambda c: c.customer.plate,
    "cnpj_mei": lambda c: c.customer.mei_cnpj,
    "nit": lambda c: c.customer.nit,
    "do_filho": lambda c: _with_contraction(c.rng.choice(c.customer.children), c.rng),
    "filho_caps": lambda c: _upper_ascii(c.rng.choice(c.customer.children)[0]),
    "telefone_filho": lambda c: ids.phone_as_written(c.customer.person.place.ddd, ids.mobile_number(c.rng), c.rng),
    "cidade": lambda c: c.customer.person.place.city,
    "cidade_caps": lambda c: _upper_ascii(c.customer.person.place.city),
    "uf": lambda c: c.customer.person.place.uf,
    "crm": lambda c: ids.crm_number(c.rng, c.customer.person.place.uf),
    "crp": lambda c: f"{c.rng.randint(1, 24):02d}/{c.rng.randint(10000, 199999)}",
    # the person on the other side of a payment
    "pessoa_nome": lambda c: c.payee.name_as_written(c.rng),
    "pessoa_caps": lambda c: _upper_ascii(c.payee.full_name),
    "cpf_pessoa": lambda c: c.payee.cpf_as_written(c.rng),
    "telefone_pessoa": lambda c: c.payee.mobile_as_written(c.rng),
    "email_pessoa": lambda c: c.payee.email,
    "pix_chave_pessoa": lambda c: _pix_key(c.payee, c.rng),
    "agencia_pessoa": lambda c: ids.bank_agency(c.rng),
    "conta_pessoa": lambda c: ids.bank_account(c.rng),
    "locador": lambda c: c.customer.landlord.full_name,
    "locador_caps": lambda c: _upper_ascii(c.customer.landlord.full_name),
    "cpf_locador": lambda c: c.customer.landlord.cpf_as_written(c.rng),
    "parente": lambda c: c.rng.choice(("mãe", "minha irmã", "minha filha", "minha avó", "minha prima") if c.payee.sex == "feminino" else ("pai", "meu irmão", "meu filho", "meu avô", "meu primo")),
    "pro_irmao": lambda c: "pra minha irmã" if c.payee.sex == "feminino" else "pro meu irmão",
    "a_pessoa": lambda c: "a" if c.payee.sex == "feminino" else "o",
    "a_professora": lambda c: "a professora" if c.payee.sex == "feminino" else "o professor",
    "a_psicologa": lambda c: "a psicóloga" if c.payee.sex == "feminino" else "o psicólogo",
    "medico": lambda c: f"{c.fake.first_name()} {c.fake.last_name()}",
    "motorista": lambda c: c.fake.first_name_male().split()[0],
    "pix_aleatoria": lambda c: ids.pix_random_key(c.rng),
    # merchants (their CNPJ is fixed per merchant name, see `_cnpj_of`)
    "mercado": _merchant("mercado"),
    "mercado_nome": lambda c: _trade_name(c.rng.choice(_MERCHANTS["mercado"])),
    "restaurante": _merchant("restaurante"),
    "restaurante_nome": lambda c: _trade_name(c.rng.choice(_MERCHANTS["restaurante"])),
    "restaurante_compacto": lambda c: c.rng.choice(_MERCHANTS["restaurante"]).replace(" ", "")[:13],
    "posto": _merchant("posto"),
    "posto_nome": lambda c: _trade_name(c.rng.choice(_MERCHANTS["posto"])),
    "estacionamento": _merchant("estacionamento"),
    "oficina": _merchant("oficina"),
    "farmacia": _merchant("farmacia"),
    "laboratorio": _merchant("laboratorio"),
    "clinica_odonto": _merchant("clinica_odonto"),
    "clinica_fisio": _merchant("clinica_fisio"),
    "otica": _merchant("otica"),
    "imobiliaria": _merchant("imobiliaria"),
    "material": _merchant("material"),
    "livraria": _merchant("livraria"),
    "corretora": _merchant("corretora"),
    "golpista_empresa": _merchant("golpista_empresa"),
    "cnpj": lambda c: "",  # filled from the merchant named in the same line, see `_fill`
    # everything else
    **{kind: _choice(kind) for kind in _SLOT_CHOICES},
    "banco_codigo": lambda c: c.rng.choice(tuple(_BANK_CODES.values())),
    "data": lambda c: f"{c.day:%d/%m}",
    "mes": lambda c: MONTHS_PT[c.day.month - 1],
    "mes_ano": lambda c: c.rng.choice((f"{c.day:%m/%Y}", f"{_upper_ascii(MONTHS_PT[c.day.month - 1])[:3]}/{c.day:%y}", f"{c.day:%m%Y}")),
    "ano": lambda c: str(c.day.year),
    "valor": lambda c: ids.brl(c.cents),
    "nfe": lambda c: f"{c.rng.randint(1, 999999):09,d}".replace(",", "."),
    "nsu": lambda c: f"{c.rng.randint(0, 999999):06d}",
    "autorizacao": lambda c: "".join(c.rng.choice("0123456789ABCDEF") for _ in range(6)),
    "litros": lambda c: f"{c.rng.uniform(8, 55):.2f}".replace(".", ","),
    "parcela": lambda c: f"{c.rng.randint(1, 9):02d}/{c.rng.choice((10, 12)):02d}",
    "parcela_longa": lambda c: f"{c.rng.randint(1, 359):03d}/{c.rng.choice((240, 360, 420))}",
    "quota": lambda c: str(c.rng.randint(1, 8)),
    "cidade_destino": lambda c: c.rng.choice(PLACES_BY_REGION[c.customer.person.region]).city,
    "cidade_destino_caps": lambda c: _upper_ascii(c.rng.choice(PLACES_BY_REGION[c.rng.choice(list(PLACES_BY_REGION))]).city),
    "cidade_longe": _distant_city,
    "localizador": lambda c: "".join(c.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)),
    "predio": lambda c: _upper_ascii(c.rng.choice(("Solar das Palmeiras", "Residencial Ipê", "Mirante do Vale", "Jardim Europa", "Porto Seguro", "Villa Bella"))),
    "instalacao": lambda c: str(c.rng.randint(10000000, 99999999)),
    "contrato": lambda c: f"{c.rng.randint(1, 9)}.{c.rng.randint(1000, 9999)}.{c.rng.randint(1000000, 9999999)}-{c.rng.randint(0, 9)}",
    "matricula": lambda c: f"{c.day.year}{c.rng.randint(100000, 999999)}",
    "diarias": lambda c: str(c.rng.randint(2, 7)),
    "prazo": lambda c: str(c.rng.choice((90, 180, 360, 720, 1080))),
    "taxa": lambda c: str(c.rng.choice((95, 100, 102, 105, 110, 115, 120))),
    "quantidade": lambda c: str(c.rng.choice((5, 10, 20, 25, 50, 100, 200))),
    "preco_acao": lambda c: ids.brl(c.rng.randint(500, 6000)),
    "satoshis": lambda c: str(c.rng.randint(1000, 99999)),
    "vencimento": lambda c: f"{c.day.day:02d}/{c.day.month:02d}/{c.day.year + c.rng.choice((1, 2, 3))}",
    # The statement shows the dollar amount the customer was charged in reais for.
    "usd": lambda c: f"{c.cents / 100 / c.rng.uniform(5.0, 6.2):.2f}",
    "n_compras": lambda c: str(c.rng.randint(4, 15)),
    "hora_madrugada": lambda c: f"{c.rng.randint(0, 4):02d}:{c.rng.randint(0, 59):02d}",
}

# Slots that name a merchant whose CNPJ a `{cnpj}` in the same line must belong to.
_MERCHANT_SLOTS = ("mercado", "restaurante", "posto", "oficina", "farmacia", "imobiliaria", "material", "livraria", "corretora", "golpista_empresa")


def _fill(template: str, ctx: _LineContext) -> str:
    values: dict[str, str] = {}
    for name in informal.slot_names(template):
        if name != "cnpj":
            values[name] = _SLOT_MAKERS[name](ctx)
    if "cnpj" in values or "{cnpj}" in template:
        merchant = next((values[slot] for slot in _MERCHANT_SLOTS if slot in values), None)
        if merchant is None:
            raise KeyError(f"template names a CNPJ but no merchant: {template!r}")
        values["cnpj"] = ids.cnpj_as_written(ctx.merchant_cnpjs[merchant], ctx.rng)
    return informal.fill_slots(template, values)


def _merchant_cnpjs(fake: Faker) -> dict[str, str]:
    """A fixed CNPJ per merchant, about one in six in the new alphanumeric form."""
    names = sorted({name for kind in _MERCHANT_SLOTS for name in _MERCHANTS[kind]})
    return {name: fake.cnpj(use_alphanumeric=index % 6 == 5) for index, name in enumerate(names)}


def _make_customers(fake: Faker, rng: random.Random, count: int) -> list[_Customer]:
    customers = []
    for index in range(count):
        region = pick_region(rng)
        person = make_person(fake, rng, region=region, sex=pick_sex(rng), age_range=(19, 80), unknown_gender_share=0.06)
        surname = person.full_name.split()[-1]
        children = tuple(_child(fake, rng, surname) for _ in range(rng.choice((1, 1, 2, 3))))
        landlord = make_person(fake, rng, region=region, sex=pick_sex(rng), age_range=(35, 85))
        plate = ids.old_plate(rng) if rng.random() < 0.45 else ids.mercosul_plate(rng)
        customers.append(
            _Customer(
                customer_id=f"cc-{index + 1:05d}",
                person=person,
                card=ids.card_number(rng),
                agency=ids.bank_agency(rng),
                account=ids.bank_account(rng),
                plate=plate,
                mei_cnpj=fake.cnpj(),
                nit=ids.pis_number(rng),
                children=children,
                landlord=landlord,
                contacts=tuple(
                    make_person(fake, rng, region=region if rng.random() < 0.7 else pick_region(rng), sex=pick_sex(rng), age_range=(16, 85))
                    for _ in range(3)
                ),
            )
        )
    return customers


def _line_style(text: str, rng: random.Random) -> str:
    """Customers' own notes (they start in lower case) sometimes lose accents or get a typo;
    statement lines and invoices are left as printed."""
    if not text[:1].islower():
        return text
    if rng.random() < 0.2:
        text = informal.drop_accents(text)
    return informal.add_typos(text, rng, 0.02)


def generate(out_dir: Path, n: int, seed: int) -> list[Path]:
    """Writes `n` classified statement lines of about `n // 5` customers to `out_dir/lancamentos.csv`."""
    from faker import Faker

    fake = Faker("pt_BR")
    fake.seed_instance(seed)
    rng = random.Random(seed)
    merchant_cnpjs = _merchant_cnpjs(fake)
    customers = _make_customers(fake, rng, max(1, n // 5))
    activity = [rng.lognormvariate(0, 0.6) for _ in customers]
    rows = []
    for index in range(n):
        customer = rng.choices(customers, weights=activity)[0]
        label = rng.choices(list(_LABEL_WEIGHTS), weights=list(_LABEL_WEIGHTS.values()))[0]
        template, low, high = rng.choice(_TEMPLATES[label])
        cents = ids.random_cents(rng, low, high)
        # Most payments go to people the customer knows; some to strangers (and to fraudsters).
        payee = rng.choice(customer.contacts) if rng.random() < 0.7 else make_person(fake, rng, region=pick_region(rng), sex=pick_sex(rng), age_range=(18, 80))
        ctx = _LineContext(rng, fake, customer, random_day(rng, _FIRST_DAY, _LAST_DAY), cents, merchant_cnpjs, payee)
        text = _fill(_line_style(template, rng), ctx)
        if rng.random() < NOISY_LABEL_SHARE:
            label = rng.choice(_CONFUSABLE[label])
        person = customer.person
        rows.append((f"lan-{index + 1:05d}", customer.customer_id, text, label, person.region, person.declared_gender, ids.brl(cents)))
    return [write_csv(out_dir / "lancamentos.csv", COLUMNS, rows)]
