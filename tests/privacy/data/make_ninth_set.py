"""Build the ninth labelled evaluation set, `ninth.jsonl` (run once; the JSONL is committed).

    python tests/privacy/data/make_ninth_set.py

Written BLIND to the detectors (their code, word lists, gazetteer, contexts and rules were not
read, and they were not run on this text), in registers none of the eight earlier sets uses:

- atendimento: Reclame Aqui threads with the company's reply, a condominium management's
  WhatsApp Business group, airline rebooking chats, marketplace buyer-seller messages,
  telecom technician visit reports (OS), insurance claim phone notes, ombudsman answers;
- juridico: labour hearing minutes with witnesses, extrajudicial notifications, consensual
  divorce settlements with children, eviction petitions, queixa-crime excerpts, notarial
  powers of attorney for an elderly person, small-claims court (JEC) conciliation terms;
- saude: nursing home (ILPI) daily logs, vaccination records, physiotherapy progress notes,
  dental referral letters, hospital visitor logs, home-care rosters, lab result e-mails;
- financeiro: credit analysis memos, accounts-payable approval batches, credit cooperative
  membership forms, debt renegotiation chats, payroll-loan (consignado) contracts, IRPF
  dependants lists, crypto-exchange KYC tickets.

Templates are hand-written; the generator fills their slots from one seeded RNG (seed 9) and
computes the gold offsets, so the file is reproducible byte for byte (no Faker: own lists).

Slot syntax, inside braces:
- person slots `F1`, `M2` (female / male, one person per key and record), optionally declared
  once as a relative `F2^M1` (carries M1's last surname) or `M3^M1&F2` (F2's own last
  surname, then M1's), or with a forced origin `M4@ht`, and used in a form `.first`,
  `.last`, `.short`, `.caps`, `.low`, `.flow`, `.fcaps`, `.lastcaps`, `.finit`, `.maiden`,
  `.email` (the last one is an EMAIL_ADDRESS span, all others PERSON spans);
- upper-case slots (`CPF`, `PHONE2`, `ADDR`, ...) are personal data and become gold spans;
  trailing digits give distinct values of the same kind within a record;
- lower-case slots (`money`, `protocol`, `city`, `lot3`, ...) are look-alike non-personal data
  (hard negatives) and are never labelled.

Names: mostly Portuguese-origin (common and regional/coined ones), about a quarter of other
origins (Italian, German, Japanese, Lebanese, Polish, Ukrainian, Korean, Chinese, Andean,
Haitian, Angolan/Nigerian, indigenous, Jewish), names that are also ordinary words (Rosa, Luz,
Cruz, Branco, Bento...) next to the same words used as words, and names in ALL CAPS, lower
case, alone, after titles and in lists with " - " and " / " separators.
"""

from __future__ import annotations

import datetime
import json
import random
import re
import string
import unicodedata
import uuid
from pathlib import Path

HERE = Path(__file__).parent
SEED = 9
PER_TEMPLATE = 10

# ---------------------------------------------------------------------------------------------
# names (own lists, not the earlier sets' *_UNSEEN_* lists)

PT_GIVEN_F = ["Maria José", "Ana Paula", "Francisca", "Antônia", "Luzia", "Terezinha", "Raimunda",
              "Sônia", "Cláudia", "Patrícia", "Jéssica", "Camila", "Larissa", "Thaís", "Letícia",
              "Gabriela", "Bruna", "Daniele", "Eliane", "Marinalva", "Josefa", "Neide", "Rosimeire",
              "Simone", "Valéria", "Helena", "Alice", "Manuela", "Heloísa", "Lívia", "Maria Eduarda",
              "Sabrina", "Tatiane", "Andreia", "Márcia", "Regina Célia", "Beatriz", "Isabela"]
PT_COINED_F = ["Josicleide", "Gleiciane", "Kelliane", "Elizângela", "Deisiane", "Suellen",
               "Thayane", "Lorrayne", "Kethlen", "Ivanilda", "Edineia", "Cleonice", "Francilene",
               "Raylane", "Nayara", "Rayssa", "Jardelina", "Maciele", "Quézia", "Emanuely"]
PT_GIVEN_M = ["Francisco", "Antônio", "João Batista", "Paulo Roberto", "Marcos", "Rafael", "Lucas",
              "Gustavo", "Matheus", "Thiago", "Rodrigo", "Fábio", "Leandro", "Jorge", "Osvaldo",
              "Reginaldo", "Cícero", "Damião", "Valdemar", "Gilberto", "Wagner", "Anderson",
              "Pedro Henrique", "Luiz Fernando", "Sérgio", "Vinícius", "Miguel", "Arthur",
              "Heitor", "Caio", "Renato", "Everaldo"]
PT_COINED_M = ["Josivaldo", "Welington", "Kauã", "Ryan", "Jhonatan", "Maicon", "Uálison",
               "Cleiton", "Edvaldo", "Gilvan", "Adailton", "Ruan", "Davi Lucca", "Kaique",
               "Wesley", "Jeferson", "Deivid", "Rivaldo", "Jackson", "Cleydson"]
WORD_GIVEN_F = ["Rosa", "Luz", "Vitória", "Socorro", "Amparo", "Dores", "Estrela", "Esperança",
                "Graça", "Neve"]
WORD_GIVEN_M = ["Bento", "Amado", "Salvador", "Fortunato", "Constantino", "Prudente",
                "Domingos"]
PT_SURNAMES = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Pereira", "Ferreira", "Alves",
               "Rodrigues", "Gomes", "Ribeiro", "Carvalho", "Araújo", "Barbosa", "Nascimento",
               "Cavalcanti", "Albuquerque", "Figueiredo", "Medeiros", "Bezerra", "Sampaio",
               "Brandão", "Queiroz", "Macedo", "Teixeira", "Monteiro", "Magalhães", "Vasconcelos",
               "Aragão", "Siqueira", "Farias", "Pimentel", "Guimarães", "Lacerda", "Nogueira",
               "Coutinho", "Bittencourt", "Dantas", "Mendonça", "Xavier", "Brito", "Cardoso",
               "Moraes", "Freitas", "Batista", "Vieira", "Campelo", "Holanda"]
WORD_SURNAMES = ["Cruz", "Branco", "Rosa", "Luz", "Bento", "Prado", "Leal", "Franco", "Pinto",
                 "Rocha", "Neves", "Campos", "Ramos", "Paz", "Fortes", "Vilela"]
PARTICLE_SURNAMES = ["da Silva", "dos Santos", "de Jesus", "do Nascimento", "das Neves",
                     "de Souza", "da Conceição", "de Oliveira", "da Cruz", "do Carmo", "da Luz"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Jr.", "Sobrinho"]
PARTICLES = {"da", "de", "do", "das", "dos", "e"}

ORIGINS = {
    "it": (["Giuliana", "Lucrezia", "Antonella", "Graziela", "Carla"],
           ["Giuseppe", "Enzo", "Vittorio", "Lorenzo", "Angelo"],
           ["Marchetti", "Zanella", "Pegoraro", "Tonin", "Dal Molin", "Giacomazzi", "Rizzon",
            "Bertuol"]),
    "de": (["Gisela", "Hildegard", "Ingrid", "Liselotte", "Elke"],
           ["Helmut", "Wolfgang", "Dieter", "Egon", "Reinaldo"],
           ["Schwarz", "Zimmermann", "Hoffmann", "Kuhnen", "Schroeder", "Krüger", "Wiese",
            "Goedert"]),
    "jp": (["Yumi", "Akemi", "Sayuri", "Harumi", "Keiko"],
           ["Kenji", "Takeshi", "Hiroshi", "Massao", "Noboru"],
           ["Nakamura", "Takahashi", "Yamamoto", "Shimizu", "Oshiro", "Higa", "Kobayashi",
            "Uehara"]),
    "ar": (["Samira", "Nadia", "Leila", "Jamile", "Soraya"],
           ["Jamil", "Nagib", "Farid", "Khalil", "Elias"],
           ["Haddad", "Khoury", "Nasser", "Abdalla", "Chaim", "Murad", "Saad", "Maluf"]),
    "pl": (["Jadwiga", "Halina", "Bronislawa", "Irena"],
           ["Estanislau", "Casimiro", "Wladyslaw", "Tadeu"],
           ["Kowalczyk", "Nowak", "Wisniewski", "Mazurek", "Dombrowski", "Sobczak"]),
    "ua": (["Oksana", "Olena", "Iryna", "Tetiana"],
           ["Taras", "Mykola", "Petro", "Ivan"],
           ["Melnyk", "Bondarenko", "Shevchuk", "Kravchuk", "Tkachenko", "Hnatiuk"]),
    "kr": (["Min-ji", "Soo-yeon", "Ji-woo", "Hye-jin"],
           ["Min-jun", "Seung-ho", "Dong-hyun", "Jae-won"],
           ["Kim", "Park", "Lee", "Choi", "Jung", "Yoon"]),
    "cn": (["Mei", "Xiaoling", "Li Na", "Yan"],
           ["Wei", "Jun", "Hao", "Zhiwei"],
           ["Chen", "Wang", "Zhang", "Liu", "Huang", "Lin"]),
    "hisp": (["Yesenia", "Maribel", "Rocío", "Guadalupe"],
             ["Edwin", "Rubén", "Efraín", "Wilber"],
             ["Mamani", "Quispe", "Choque", "Condori", "Villca", "Gutiérrez", "Apaza"]),
    "ht": (["Widline", "Mirlande", "Nadège", "Rose-Marie", "Fabiola"],
           ["Fritznel", "Wisly", "Ronel", "Dieunel", "Jean-Robert"],
           ["Joseph", "Pierre", "Louis", "Saint-Fleur", "Dorvilus", "Exantus", "Jean-Baptiste"]),
    "afr": (["Adaeze", "Chiamaka", "Nzinga", "Ngozi", "Esperança"],
            ["Chukwuemeka", "Olumide", "Adebayo", "Kiala", "Domingos"],
            ["Okafor", "Nwosu", "Adeyemi", "Mbala", "Cassoma", "Okonkwo", "Kiluanje"]),
    "ind": (["Tainá", "Potira", "Araci", "Jaciara", "Moema"],
            ["Iberê", "Piatã", "Guaraci", "Aruã"],
            ["Guajajara", "Pataxó", "Terena", "Tukano", "Xakriabá", "Kaingang", "Baniwa"]),
    "jew": (["Sarah", "Raquel", "Miriam", "Ester"],
            ["David", "Moisés", "Isaac", "Samuel"],
            ["Goldberg", "Rosenthal", "Feldman", "Szajnbok", "Wainer", "Lerner", "Grinberg"]),
}
NICKNAMES = ["Tuca", "Bigode", "Dedé", "Nenzinho", "Pipoca", "Cabeção", "Juninho", "Tatá",
             "Duda", "Neném", "Quinho", "Preá"]

# ---------------------------------------------------------------------------------------------
# look-alike, non-personal values

CITIES = ["Presidente Prudente/SP", "Governador Valadares/MG", "Bento Gonçalves/RS",
          "Vitória da Conquista/BA", "Santa Cruz do Sul/RS", "São José dos Campos/SP",
          "Teixeira de Freitas/BA", "Juiz de Fora/MG", "Mogi das Cruzes/SP", "Luziânia/GO",
          "Rio Branco/AC", "Campos dos Goytacazes/RJ", "Marechal Cândido Rondon/PR",
          "Duque de Caxias/RJ", "Getúlio Vargas/RS", "Feira de Santana/BA", "Joinville/SC",
          "Ananindeua/PA", "Cruz das Almas/BA", "Santa Luzia/MG", "Imperatriz/MA", "Sobral/CE"]
BAIRROS = ["Vila Leopoldina", "Jardim Santa Rosa", "Bairro da Luz", "Cidade Tiradentes",
           "Jardim Vitória", "Vila Prudente", "Boa Vista", "Cruzeiro", "Bom Retiro", "Jardim Ângela",
           "Vila Nova Conceição", "Parque São Bento", "Jardim das Rosas", "Centro", "Santa Cruz",
           "Vila Branca", "Conjunto Castelo Branco", "Jardim Paulistano"]
STREETS = ["Rua Barão do Rio Branco", "Rua Bento Gonçalves", "Av. Rosa e Silva", "Rua da Cruz",
           "Rua Vitória Régia", "Rua Padre Anchieta", "Rua Coronel Fonseca", "Av. Getúlio Vargas",
           "Travessa Nossa Senhora das Graças", "Rua José Bonifácio", "Rua das Acácias",
           "Rua Dona Leopoldina", "Rua Marechal Floriano", "Av. Presidente Kennedy",
           "Rua Professora Zilda Arns", "Rua Santa Luzia", "Rua Luz do Sol", "Alameda dos Ipês",
           "Rua Doutor Bento Prado", "Rua Tenente Cruz", "Estrada do Campo Limpo",
           "Rua Frei Caneca", "Rua Irmã Dulce", "Rua Pedro Álvares Cabral", "Av. Rio Branco",
           "Rua Sete de Setembro", "Rua Jacob Schmidt", "Rua Hideo Sato", "Rua Nagib Jafet"]
COMPLEMENTS = ["", "", ", apto 52", ", casa 2", ", bloco C, apto 304", ", fundos", " – casa 3",
               ", apto 1.101", ", sobrado", ", ap. 21 bl. B", " – lote 14, quadra 7"]
BANKS = ["Banco do Brasil", "Caixa Econômica Federal", "Itaú", "Bradesco", "Santander",
         "Nubank", "Banco Inter", "Sicoob", "Sicredi", "Banrisul", "C6 Bank"]
UFS = ["SP", "RJ", "MG", "RS", "PR", "BA", "PE", "CE", "DF", "SC", "GO", "PA", "MA", "ES"]
DDDS = ["11", "21", "31", "41", "51", "61", "71", "81", "85", "92", "27", "48", "62", "19",
        "54", "77", "98", "16", "47", "83"]
MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
          "setembro", "outubro", "novembro", "dezembro"]
NEG_CHOICES = {
    "store": ["Móveis Gazin", "Casas Bahia", "Lojas Cem", "MadeiraMadeira", "Ricardo Eletro",
              "Lojas Colombo", "Magazine Luiza", "Lojas Koerich", "Lojas Marisa"],
    "carrier": ["Jadlog", "Braspress", "Total Express", "Loggi", "Patrus Transportes",
                "Rodonaves", "Correios"],
    "cd_city": ["Cajamar/SP", "Extrema/MG", "Betim/MG", "Louveira/SP", "Cabo de Santo Agostinho/PE",
                "Simões Filho/BA", "Gravataí/RS"],
    "admco": ["Lello Condomínios", "Auxiliadora Predial", "Administradora Bento & Prado",
              "Hubert Imóveis", "Condomínio Fácil Gestão", "Protel Administração"],
    "condo": ["Residencial Vila Vitória", "Condomínio Edifício Dona Rosa",
              "Residencial Jardim das Cruzes", "Edifício Marechal Rondon", "Residencial Luz do Sol",
              "Condomínio Parque dos Ipês"],
    "techco": ["Intelbras Service", "TecPortaria", "Segurança Leal Ltda", "Porteiro Digital Cruz"],
    "airline": ["Azul", "GOL", "LATAM", "Voepass"],
    "iata": ["GRU", "CNF", "POA", "REC", "SSA", "BSB", "FOR", "CWB", "VCP", "FLN", "GIG", "BEL"],
    "hotel_area": ["Congonhas", "Aeroporto Guarulhos", "Confins", "Salgado Filho", "Boa Viagem"],
    "marketplace": ["Mercado Livre", "Shopee", "Amazon", "Americanas", "Magalu Marketplace"],
    "sellerstore": ["Casa & Cozinha Bento", "Utilidades Dona Rosa", "Lar Doce Lar Utilidades",
                    "Empório Vitória Home", "Cozinha da Vovó Lu", "Panelas Prado Store"],
    "telco": ["VIVO", "CLARO", "TIM", "OI", "BRISANET", "DESKTOP", "ALGAR TELECOM"],
    "insurer": ["Porto Seguro", "Tokio Marine", "Mapfre", "Bradesco Seguros", "HDI Seguros",
                "Allianz", "Azul Seguros", "Liberty Seguros"],
    "road": ["Rod. Presidente Dutra", "Rodovia Anhanguera", "BR-116", "Rod. Castello Branco",
             "Rod. Régis Bittencourt", "Rod. Fernão Dias", "Rod. Washington Luís",
             "BR-101, trecho Santa Cruz Cabrália", "Rod. Dom Pedro I"],
    "towco": ["Guincho Irmãos Cruz", "Auto Socorro Leal", "Guinchos Santa Rita", "Reboque Rosa Ltda"],
    "garage": ["Funilaria e Pintura Irmãos Tonin Ltda", "Auto Center Bento Gonçalves",
               "Oficina do Alemão Funilaria", "Centro Automotivo Vitória", "Martelinho de Ouro Prado"],
    "ouv_company": ["Neoenergia Coelba", "Enel Distribuição São Paulo", "Cemig Distribuição",
                    "Equatorial Pará", "Light S.A.", "Copel Distribuição", "Celesc"],
    "trt": ["2ª", "4ª", "15ª", "3ª", "5ª", "9ª"],
    "vara": ["2ª Vara do Trabalho de Mogi das Cruzes", "Vara do Trabalho de Bento Gonçalves",
             "1ª Vara do Trabalho de Santa Cruz do Sul", "3ª Vara do Trabalho de Presidente Prudente",
             "Vara do Trabalho de Vitória da Conquista", "1ª Vara do Trabalho de Santa Luzia"],
    "reclamada": ["TRANSPORTADORA IRMÃOS ZANELLA LTDA", "RÁPIDO LUZ LOGÍSTICA EIRELI",
                  "BRANCO & CRUZ ENTREGAS LTDA", "EXPRESSO SÃO BENTO TRANSPORTES S.A.",
                  "DISTRIBUIDORA VITÓRIA DE BEBIDAS LTDA", "LOGÍSTICA PRUDENTE ME"],
    "comarca": ["Santa Cruz do Sul", "Bento Gonçalves", "Presidente Prudente", "Mogi das Cruzes",
                "Rio Branco", "Vitória da Conquista", "Governador Valadares", "Joinville"],
    "foro": ["Santana", "Pinheiros", "Santo Amaro", "Penha de França", "Vila Prudente",
             "Nossa Senhora do Ó", "Jabaquara"],
    "cri": ["1º Oficial de Registro de Imóveis", "2º Cartório de Registro de Imóveis",
            "Registro de Imóveis da Comarca", "3º Ofício de Registro de Imóveis"],
    "imob": ["Imobiliária Lopes", "Imobiliária Cruz & Branco", "Auxiliadora Predial",
             "Imóveis Santa Rosa", "Prado Negócios Imobiliários"],
    "tabeliao": ["2º Tabelião de Notas de Presidente Prudente", "Cartório do 1º Ofício de Notas de Rio Branco",
                 "Tabelionato Leal de Notas e Protestos", "8º Tabelião de Notas da Capital",
                 "Cartório Vitória – Tabelionato de Notas"],
    "company": ["Lojas Marisa S.A.", "Ricardo Eletro Ltda", "Claro S.A.", "Banco Pan S.A.",
                "Zé Delivery Ltda", "Hering S.A.", "Casas Pernambucanas", "Drogaria Raia S.A.",
                "Óticas Carol", "Lojas Renner S.A."],
    "ilpi": ["Lar São Vicente de Paulo", "Casa de Repouso Recanto Santa Luzia",
             "Lar dos Velhinhos Bezerra de Menezes", "Residencial Sênior Bem Viver",
             "ILPI Vila Vitória", "Recanto Dona Rosa"],
    "ubs": ["UBS Vila Leopoldina", "UBS Dr. Bento Prado", "UBS Jardim Vitória", "UBS Santa Cruz",
            "USF Irmã Dulce", "UBS Cidade Tiradentes II", "Centro de Saúde Rosa dos Ventos"],
    "physio_clinic": ["MoveBem", "FisioLeal", "Reabilita Santa Luzia", "Clínica Vitória Fisio",
                      "Instituto Cruz de Reabilitação", "Fisio Prado & Campos"],
    "plan": ["Unimed", "Bradesco Saúde", "SulAmérica", "Amil", "Hapvida", "Cassi", "Geap",
             "Notredame Intermédica", "Porto Seguro Saúde"],
    "dent_clinic": ["OdontoCompany", "Sorridents", "Oral Sin", "Clínica Odontológica Santa Luzia",
                    "Sorriso Bento Odontologia", "Odonto Vitória"],
    "hospital": ["Hospital Santa Cruz", "Hospital São Vicente de Paulo", "Hospital Alemão Oswaldo Cruz",
                 "Santa Casa de Misericórdia de Barretos", "Hospital Municipal Dr. Moysés Deutsch",
                 "Hospital Estadual Getúlio Vargas", "Hospital Nossa Senhora da Luz",
                 "Hospital Bom Jesus", "Hospital Regional Rosa Pedrossian"],
    "homecare": ["Lar Care Home Care", "Vitória Assistência Domiciliar", "Pronep", "Home Doctor",
                 "Cuidar Bem Saúde em Casa", "Interne Home Care"],
    "lab": ["Fleury", "Hermes Pardini", "Sabin", "Lavoisier", "Delboni Auriemo",
            "Laboratório Álvaro", "Frischmann Aisengart", "Bronstein", "Laboratório São Bento"],
    "unit": ["Paulista", "Moema", "Santa Cruz", "Barra", "Boa Viagem", "Savassi", "Batel",
             "Vila Prudente", "Rio Branco"],
    "agname": ["Agência Rio Branco", "Agência Praça da Luz", "Agência Bento Gonçalves",
               "Agência Santa Cruz", "Agência Vitória Centro", "Agência Marechal Rondon"],
    "region": ["Sul", "Oeste Paulista", "Vale do Taquari", "Triângulo Mineiro", "Recôncavo"],
    "pjname": ["Cerealista Irmãos Prado Ltda", "Comercial Bento & Filhos Ltda",
               "Agropecuária Santa Rosa EIRELI", "Atacado Vitória Grãos Ltda",
               "Distribuidora Cruz Alta de Cereais Ltda", "Armazéns Leal & Franco Ltda"],
    "ourco": ["Metalúrgica Rosa Branca Ltda", "Construtora Campos & Neves S.A.",
              "Agência Luz Comunicação Ltda", "Laticínios Bento Ltda", "Padaria Vitória ME"],
    "vendor": ["Refrigeração Cruz Ltda", "Imobiliária Prado Administração", "Frio Leal Climatização",
               "Condomínio Galpões Santa Rosa", "Dedetizadora Vitória", "Contabilidade Franco ME",
               "Hotel Rosa dos Ventos", "Eletro Bento Instalações"],
    "coop": ["Sicredi Vale do Piquiri", "Sicoob Credicitrus", "Cresol Serra Gaúcha",
             "Unicred Centro-Sul", "Cooperativa Ailos Viacredi", "Sicoob Rosa dos Ventos"],
    "bankcons": ["Banco Pan S.A.", "Banco Daycoval S.A.", "Banco Mercantil do Brasil S.A.",
                 "Banco BMG S.A.", "Banco Safra S.A.", "Banco Olé Consignado S.A.",
                 "Banco C6 Consignado S.A."],
    "corresp": ["Promotora Cruz Crédito", "Crefisa Correspondente", "LeoCred Promotora",
                "Vitória Consignados ME", "Prado Soluções Financeiras"],
    "school": ["Colégio Dom Bosco", "Colégio Marista Santa Maria", "Escola Americana",
               "Colégio Bandeirantes", "Colégio Santa Cruz", "Colégio Bento Quirino",
               "Escola Rosa Luxemburgo"],
    "employer": ["Petrobras", "Ambev S.A.", "Prefeitura Municipal de Bento Gonçalves",
                 "Hospital Alemão Oswaldo Cruz", "Tramontina S.A.", "Grupo Boticário",
                 "Magazine Luiza S.A."],
    "exchange": ["Mercado Bitcoin", "Foxbit", "NovaDAX", "Bitso", "Binance Brasil", "Coinext"],
    "debtbank": ["Banco Pan", "Itaú", "Santander", "Bradesco", "Banco Inter", "Digio"],
    "natural": ["Marechal Cândido Rondon/PR", "Toledo/PR", "Cascavel/PR", "Chapecó/SC",
                "Sorriso/MT", "Rio Verde/GO", "Getúlio Vargas/RS", "Santa Rosa/RS"],
    "prof_f": ["professora", "técnica de enfermagem", "vendedora", "cabeleireira",
               "auxiliar administrativa", "servidora pública", "contadora"],
    "prof_m": ["motorista", "eletricista", "comerciante", "mestre de obras", "vigilante",
               "técnico em informática", "servidor público"],
    "cid_lca": ["S83.5", "M23.5", "S83.51"],
    "cid_avc": ["I63.9", "I69.3", "I64"],
    "vehicle": ["HB20 prata", "Onix branco", "Gol G5 vermelho", "Corolla preto", "Kwid branco",
                "Strada cinza", "Sandero azul"],
}


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def cpf_digits(body: str) -> str:
    for _ in range(2):
        total = sum(int(c) * w for c, w in zip(body, range(len(body) + 1, 1, -1)))
        d = (total * 10) % 11 % 10
        body += str(d)
    return body


def cnpj_digits(body: str) -> str:
    for weights in ([5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]):
        total = sum(int(c) * w for c, w in zip(body, weights))
        r = total % 11
        body += "0" if r < 2 else str(11 - r)
    return body


def luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


class Person:
    def __init__(self, given: str, surnames: list[str], suffix: str = "",
                 own: list[str] | None = None) -> None:
        self.given, self.surnames, self.suffix = given, surnames, suffix
        self.own = own if own is not None else list(surnames)

    @staticmethod
    def bare(unit: str) -> str:
        words = unit.split()
        while len(words) > 1 and words[0] in PARTICLES:
            words = words[1:]
        return " ".join(words)

    @property
    def full(self) -> str:
        return " ".join([self.given, *self.surnames] + ([self.suffix] if self.suffix else []))

    @property
    def last(self) -> str:
        return self.bare(self.surnames[-1])

    @property
    def own_last(self) -> str:
        return self.bare(self.own[-1])


class NinthFiller:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.persons: dict[str, Person] = {}
        self.cache: dict[str, str] = {}
        self.ctx: dict[str, object] = {}

    def new_record(self) -> None:
        self.persons, self.cache, self.ctx = {}, {}, {}

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice(string.digits) for _ in range(n))

    # --- persons -------------------------------------------------------------------------
    def pt_given(self, female: bool) -> str:
        r = self.rng.random()
        if r < 0.12:
            return self.rng.choice(WORD_GIVEN_F if female else WORD_GIVEN_M)
        if r < 0.40:
            return self.rng.choice(PT_COINED_F if female else PT_COINED_M)
        return self.rng.choice(PT_GIVEN_F if female else PT_GIVEN_M)

    def pt_surname(self) -> str:
        r = self.rng.random()
        if r < 0.18:
            return self.rng.choice(WORD_SURNAMES)
        if r < 0.32:
            return self.rng.choice(PARTICLE_SURNAMES)
        return self.rng.choice(PT_SURNAMES)

    def new_person(self, female: bool, origin: str | None) -> Person:
        rng = self.rng
        if origin is None and rng.random() < 0.27:
            origin = rng.choice(sorted(ORIGINS))
        if origin:
            gf, gm, sn = ORIGINS[origin]
            given = rng.choice(gf if female else gm) if rng.random() < 0.7 else self.pt_given(female)
            surnames = [rng.choice(sn)]
            if rng.random() < 0.35:
                surnames.insert(0, rng.choice(sn) if rng.random() < 0.5 else self.pt_surname())
            if surnames[0] == surnames[-1] and len(surnames) > 1:
                surnames = surnames[1:]
            return Person(given, surnames)
        given = self.pt_given(female)
        n = rng.choice([1, 2, 2, 2, 3])
        surnames: list[str] = []
        while len(surnames) < n:
            s = self.pt_surname()
            if s not in surnames and Person.bare(s) != given:
                surnames.append(s)
        suffix = rng.choice(SUFFIXES) if (not female and rng.random() < 0.1) else ""
        return Person(given, surnames, suffix)

    def kin(self, female: bool, ref: Person, ref2: Person | None) -> Person:
        rng = self.rng
        foreign = [o for o, (_, _, sn) in ORIGINS.items() if ref.last in sn]
        if foreign and rng.random() < 0.5:
            gf, gm, _ = ORIGINS[foreign[0]]
            given = rng.choice(gf if female else gm)
        else:
            given = self.pt_given(female)
        if ref2 is not None:
            own = [ref2.own_last] if ref2.own_last != ref.last else [self.pt_surname()]
            return Person(given, own + [ref.last], own=own + [ref.last])
        own = [self.pt_surname()]
        while Person.bare(own[0]) == ref.last:
            own = [self.pt_surname()]
        return Person(given, own + [ref.last], own=own)

    def person_form(self, p: Person, form: str | None) -> str:
        rng = self.rng
        if form in (None, ""):
            return p.full
        if form == "first":
            return p.given
        if form == "last":
            return p.last
        if form == "short":
            return f"{p.given} {p.surnames[-1]}"
        if form == "caps":
            return p.full.upper()
        if form == "low":
            return p.full.lower()
        if form == "flow":
            return p.given.lower()
        if form == "fcaps":
            return f"{p.given} {p.surnames[-1]}".upper()
        if form == "lastcaps":
            return p.last.upper()
        if form == "finit":
            return f"{p.given} {p.last[0]}."
        if form == "maiden":
            return " ".join([p.given, *p.own])
        if form == "email":
            user = re.sub(r"[^a-z]", "", fold(p.given.split()[0]))
            last = re.sub(r"[^a-z]", "", fold(p.last))
            sep = rng.choice([".", "_", "", "."])
            tail = str(rng.randint(1, 99)) if rng.random() < 0.35 else ""
            if rng.random() < 0.2:
                user, last = last, user
            domain = rng.choice(["gmail.com", "hotmail.com", "yahoo.com.br", "outlook.com",
                                 "uol.com.br", "bol.com.br", "icloud.com", "terra.com.br"])
            return f"{user}{sep}{last}{tail}@{domain}"
        raise KeyError(form)

    # --- personal data -------------------------------------------------------------------
    def cpf(self) -> str:
        while True:
            body = self.digits(9)
            if len(set(body)) > 1:
                break
        n = cpf_digits(body)
        return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}" if self.rng.random() < 0.8 else n

    def bad_cpf(self) -> str:
        while True:
            n = self.digits(11)
            if cpf_digits(n[:9]) != n:
                return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"

    def phone(self, mobile: bool | None = None, style: int | None = None) -> str:
        rng = self.rng
        ddd = rng.choice(DDDS)
        mobile = rng.random() < 0.75 if mobile is None else mobile
        local = ("9" + str(rng.randint(6, 9)) + self.digits(7)) if mobile else (str(rng.randint(2, 5)) + self.digits(7))
        head, tail = local[:-4], local[-4:]
        style = rng.randint(0, 4) if style is None else style
        return [f"({ddd}) {head}-{tail}", f"+55 {ddd} {head}-{tail}", f"{ddd} {head}-{tail}",
                f"({ddd}) {head}{tail}", f"({ddd}) {local[:-4]} {tail}"][style]

    def date_obj(self, y0: int, y1: int) -> datetime.date:
        start = datetime.date(y0, 1, 1).toordinal()
        end = datetime.date(y1, 12, 31).toordinal()
        return datetime.date.fromordinal(self.rng.randint(start, end))

    def fmt_date(self, d: datetime.date) -> str:
        return d.strftime("%d/%m/%Y")

    def address(self) -> str:
        rng = self.rng
        street = rng.choice(STREETS)
        num = rng.randint(3, 3999)
        num_s = f"{num:,}".replace(",", ".") if num >= 1000 and rng.random() < 0.5 else str(num)
        sep = rng.choice([", ", ", nº ", ", n. ", " nº "])
        if rng.random() < 0.08:
            return f"QNM {rng.randint(1, 40)} Conjunto {rng.choice('ABCDEFGH')}, casa {rng.randint(1, 30)}"
        return f"{street}{sep}{num_s}{rng.choice(COMPLEMENTS)}"

    def value(self, slot: str) -> tuple[str, str | None]:
        """Return (value, label) for a non-person slot; label None for negatives."""
        if slot in self.cache:
            return self.cache[slot], (LABELS.get(slot.rstrip(string.digits)) if slot[0].isupper() else None)
        kind = slot.rstrip(string.digits)
        index = int(slot[len(kind):] or 1)
        v = self.ordered(kind, index) if kind in ("date", "hour", "h") else self.make(kind)
        self.cache[slot] = v
        return v, (LABELS.get(kind) if kind[0].isupper() else None)

    def ordered(self, kind: str, index: int) -> str:
        """Dates and times within a record run forward with their index (date1 < date2 ...)."""
        rng = self.rng
        if kind == "date":
            seq = self.ctx.setdefault("dates", [self.date_obj(2024, 2025)])
            while len(seq) < index:
                seq.append(seq[-1] + datetime.timedelta(days=rng.randint(1, 12)))
            return self.fmt_date(seq[index - 1])
        seq = self.ctx.setdefault("times" + kind, [rng.randint(7 * 60, 14 * 60)])
        while len(seq) < index:
            seq.append(seq[-1] + (rng.randint(1, 25) if kind == "hour" else rng.randint(8, 70)))
        minutes = seq[index - 1] % (24 * 60)
        return f"{minutes // 60:02d}:{minutes % 60:02d}" if kind == "hour" else f"{minutes // 60:02d}h{minutes % 60:02d}"

    def make(self, kind: str) -> str:
        rng = self.rng
        if kind == "CPF":
            return self.cpf()
        if kind == "CPFRAW":
            return cpf_digits(self.digits(9))
        if kind == "CNPJ":
            n = cnpj_digits(self.digits(8) + rng.choice(["0001", "0001", "0002", "0003"]))
            return f"{n[:2]}.{n[2:5]}.{n[5:8]}/{n[8:12]}-{n[12:]}"
        if kind == "RG":
            body = self.digits(8)
            total = sum(int(c) * w for c, w in zip(body, range(2, 10)))
            r = 11 - total % 11
            dv = "X" if r == 10 else ("0" if r == 11 else str(r))
            return f"{body[:2]}.{body[2:5]}.{body[5:]}-{dv}"
        if kind == "CNH":
            while True:
                body = self.digits(9)
                if len(set(body)) == 1:
                    continue
                d1 = sum(int(c) * w for c, w in zip(body, range(9, 0, -1))) % 11
                d2 = sum(int(c) * w for c, w in zip(body, range(1, 10))) % 11
                if d1 < 10 and d2 < 10:
                    return body + str(d1) + str(d2)
        if kind == "PIS":
            body = rng.choice(["1", "2"]) + self.digits(9)
            r = 11 - sum(int(c) * w for c, w in zip(body, [3, 2, 9, 8, 7, 6, 5, 4, 3, 2])) % 11
            n = body + ("0" if r >= 10 else str(r))
            return f"{n[:3]}.{n[3:8]}.{n[8:10]}-{n[10]}" if rng.random() < 0.6 else n
        if kind == "TITULO":
            while True:
                body = self.digits(8)
                uf = f"{rng.randint(3, 28):02d}"
                d1 = sum(int(c) * w for c, w in zip(body, range(2, 10))) % 11
                d2 = (int(uf[0]) * 7 + int(uf[1]) * 8 + d1 * 9) % 11
                if d1 < 10 and d2 < 10:
                    n = body + uf + str(d1) + str(d2)
                    return f"{n[:4]} {n[4:8]} {n[8:]}" if rng.random() < 0.6 else n
        if kind == "CNS":
            while True:
                body = rng.choice("789") + self.digits(13)
                last = -sum(int(c) * w for c, w in zip(body, range(15, 1, -1))) % 11
                if last < 10:
                    n = body + str(last)
                    return f"{n[:3]} {n[3:7]} {n[7:11]} {n[11:]}" if rng.random() < 0.6 else n
        if kind == "CEP":
            n = str(rng.randint(1, 9)) + self.digits(7)
            return f"{n[:5]}-{n[5:]}" if rng.random() < 0.85 else f"{n[:2]}.{n[2:5]}-{n[5:]}"
        if kind == "EMAIL":
            user = fold(rng.choice(PT_GIVEN_F + PT_GIVEN_M).split()[0]) + rng.choice([".", "_", ""]) + fold(rng.choice(PT_SURNAMES))
            return re.sub(r"[^a-z._]", "", user) + f"{rng.randint(1, 99)}@{rng.choice(['gmail.com', 'hotmail.com'])}"
        if kind in ("PHONE", "CEL"):
            return self.phone(mobile=True if kind == "CEL" else None)
        if kind == "PHONEW":
            return self.phone(mobile=True, style=1)
        if kind == "FIXO":
            return self.phone(mobile=False, style=0)
        if kind == "CARD":
            body = rng.choice(["4", "5", "2"]) + self.digits(14)
            n = body + luhn_digit(body)
            return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if rng.random() < 0.7 else n
        if kind == "PIX":
            return str(uuid.UUID(int=rng.getrandbits(128), version=4))
        if kind == "PLATE":
            letters = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(3))
            if rng.random() < 0.45:
                return f"{letters}-{self.digits(4)}"
            return f"{letters}{self.digits(1)}{rng.choice(string.ascii_uppercase)}{self.digits(2)}"
        if kind == "AG":
            return rng.choice([self.digits(4), f"{self.digits(4)}-{self.digits(1)}", self.digits(4)])
        if kind == "CC":
            return rng.choice([f"{self.digits(5)}-{self.digits(1)}", f"{self.digits(6)}-{self.digits(1)}",
                               f"{self.digits(8)}-{self.digits(1)}", f"{self.digits(2)}.{self.digits(3)}-{rng.choice('0123456789X')}"])
        if kind == "ADDR":
            return self.address()
        if kind == "DOB":
            return self.fmt_date(self.date_obj(1950, 2004))
        if kind == "DOBOLD":
            return self.fmt_date(self.date_obj(1928, 1948))
        if kind == "DOBK":
            d = self.date_obj(2012, 2021)
            self.ctx.setdefault("dobk", d)
            return self.fmt_date(d)
        if kind == "DOBBABY":
            d = self.date_obj(2023, 2024)
            self.ctx["dobbaby"] = d
            return self.fmt_date(d)
        if kind == "DOBY":
            return self.fmt_date(self.date_obj(2001, 2005))
        if kind == "IP":
            return f"{rng.choice([177, 179, 187, 189, 191, 200, 201, 186, 138, 45, 152])}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        if kind in ("CRM", "CRO", "COREN", "OAB", "CREFITO", "CRF", "CRC", "CRBM"):
            uf = rng.choice(UFS)
            n = self.digits(6).lstrip("0") or "7"
            dotted = f"{int(n):,}".replace(",", ".")
            if kind == "CRM":
                return rng.choice([f"CRM/{uf} {n}", f"CRM-{uf} {dotted}", f"CRM {uf} {n}"])
            if kind == "CRO":
                return rng.choice([f"CRO/{uf} {n[:5]}", f"CRO-{uf} {dotted}"])
            if kind == "COREN":
                return rng.choice([f"COREN/{uf} {n}", f"COREN-{uf} {dotted}-ENF", f"Coren-{uf} {n}-TE"])
            if kind == "OAB":
                return rng.choice([f"OAB/{uf} {dotted}", f"OAB/{uf} nº {dotted}", f"OAB-{uf} {n}"])
            if kind == "CREFITO":
                return rng.choice([f"CREFITO-{rng.randint(1, 12)}/{n}-F", f"Crefito {rng.randint(1, 12)} {dotted}-F"])
            if kind == "CRF":
                return rng.choice([f"CRF-{uf} {dotted}", f"CRF/{uf} {n}"])
            if kind == "CRBM":
                return f"CRBM-{rng.randint(1, 6)} {dotted}"
            return rng.choice([f"CRC/{uf} {n}/O-{rng.randint(1, 9)}", f"CRC-{uf} 1{uf}{n}/O"])
        if kind == "NICK":
            return rng.choice(NICKNAMES)
        # ---- negatives ----
        return self.negative(kind)

    def negative(self, kind: str) -> str:
        rng = self.rng
        if kind in NEG_CHOICES:
            return rng.choice(NEG_CHOICES[kind])
        if kind == "city":
            return rng.choice(CITIES)
        if kind == "cityname":
            return rng.choice(CITIES).split("/")[0]
        if kind == "bairro":
            return rng.choice(BAIRROS)
        if kind == "bank":
            return rng.choice(BANKS)
        if kind == "uf":
            return rng.choice(UFS)
        if kind in ("money", "moneylo", "moneyhi"):
            low, high = {"money": (2.2, 3.95), "moneylo": (1.4, 2.9), "moneyhi": (4.4, 6.1)}[kind]
            v = round(10 ** rng.uniform(low, high), 2)
            return "R$ " + f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
        if kind == "date":
            return self.fmt_date(self.date_obj(2024, 2025))
        if kind == "validade":
            return self.fmt_date(self.date_obj(2026, 2034))
        if kind == "clock":
            return f"{rng.randint(5, 22):02d}:{rng.choice(['00', '05', '10', '15', '20', '25', '30', '35', '40', '45', '50', '55'])}"
        if kind == "hour":
            return f"{rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}"
        if kind == "month":
            return rng.choice(MONTHS)
        if kind == "dateext":
            d = self.date_obj(2024, 2025)
            return f"{d.day} ({NUM_WORDS[d.day]}) dias do mês de {MONTHS[d.month - 1]} do ano de {d.year}"
        if kind == "protocol":
            return rng.choice([self.digits(12), f"{rng.randint(2024, 2025)}{self.digits(8)}",
                               f"{self.digits(4)}.{self.digits(6)}", self.digits(11)])
        if kind == "badcpf":
            return self.bad_cpf()
        if kind == "pedido":
            return rng.choice([f"{self.digits(10)}", f"{rng.randint(1, 9)}{self.digits(4)}-{self.digits(6)}", f"2000{self.digits(12)}"])
        if kind == "ra_id":
            return self.digits(9)
        if kind == "tollfree":
            return f"{self.digits(3)} {self.digits(4)}"
        if kind == "flight":
            code = rng.choice(["AD", "G3", "LA", "2Z"])
            return f"{code} {rng.randint(1000, 9999)}" if rng.random() < 0.5 else f"{code}{rng.randint(1000, 9999)}"
        if kind == "loc":
            return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
        if kind == "track":
            return f"{rng.choice(['OB', 'QP', 'NX', 'LB'])}{self.digits(9)}BR"
        if kind == "anuncio":
            return self.digits(10)
        if kind == "os":
            return f"{rng.randint(2024, 2025)}-{self.digits(7)}"
        if kind == "contract":
            return rng.choice([self.digits(9), f"{self.digits(3)}.{self.digits(3)}.{self.digits(3)}", f"CT{self.digits(8)}"])
        if kind == "matric":
            return rng.choice([self.digits(6), f"{self.digits(2)}.{self.digits(3)}-{self.digits(1)}", f"T{self.digits(5)}"])
        if kind == "cto":
            return f"{rng.choice(['SPO', 'BHZ', 'CWB', 'SSA', 'POA'])}-{self.digits(2)}-{self.digits(3)}"
        if kind == "serial":
            return "".join(rng.choice("0123456789ABCDEF") for _ in range(8))
        if kind == "dbm":
            return f"-{rng.randint(27, 34)},{rng.randint(0, 9)}"
        if kind == "sinistro":
            return rng.choice([f"{self.digits(3)}.{self.digits(3)}.{self.digits(3)}-{self.digits(2)}",
                               f"{self.digits(2)}{self.digits(8)}", f"531.{self.digits(3)}.{self.digits(3)}-{self.digits(2)}"])
        if kind == "apolice":
            return f"{self.digits(2)}.{self.digits(2)}.{self.digits(7)}.{self.digits(1)}"
        if kind == "km":
            return f"{rng.randint(12, 480)}"
        if kind == "bo":
            return f"{rng.choice(['AB', 'BO', 'RO'])}{self.digits(4)}/{rng.randint(2024, 2025)}"
        if kind == "uc":
            return self.digits(10)
        if kind == "cnj":
            return f"{self.digits(7)}-{self.digits(2)}.{rng.randint(2019, 2025)}.8.{rng.choice(['26', '21', '13', '05', '24', '01', '08'])}.{self.digits(4)}"
        if kind == "cnjt":
            return f"{self.digits(7)}-{self.digits(2)}.{rng.randint(2022, 2025)}.5.{rng.choice(['02', '04', '15', '03', '05'])}.{self.digits(4)}"
        if kind == "matricula":
            return f"{rng.randint(1, 199)}.{self.digits(3)}"
        if kind == "renavam":
            while True:
                n = self.digits(11)
                if cpf_digits(n[:9]) != n:
                    return n
        if kind == "certmat":
            return f"{self.digits(6)} 01 55 {rng.randint(2005, 2018)} 2 {self.digits(5)} {self.digits(3)} {self.digits(7)} {self.digits(2)}"
        if kind == "livro":
            return f"{rng.randint(1200, 4800)}"
        if kind == "folhas":
            a = rng.randint(1, 390)
            return f"{a:03d}/{a + 2:03d}"
        if kind == "selo":
            return f"{self.digits(4)}{rng.choice(string.ascii_uppercase)}{rng.choice(string.ascii_uppercase)}{self.digits(6)}"
        if kind == "age":
            return str(rng.randint(19, 71))
        if kind == "ageold":
            return str(rng.randint(78, 96))
        if kind == "lot":
            return rng.choice([f"{rng.choice(['FK', 'EW', 'FN', 'GH', 'UJ'])}{self.digits(4)}",
                               f"{self.digits(6)}{rng.choice('ABCPZ')}", f"{rng.choice(['U', 'T', 'R'])}{self.digits(1)}{rng.choice('ABCDE')}{self.digits(3)}AA",
                               f"{self.digits(3)}VFA{self.digits(3)}Z"])
        if kind == "carteira":
            return rng.choice([f"0 {self.digits(3)} {self.digits(6)} {self.digits(2)}-{self.digits(1)}",
                               f"{self.digits(16)}", f"{self.digits(3)}.{self.digits(4)}.{self.digits(6)}.{self.digits(2)}-{self.digits(1)}"])
        if kind == "h":
            return f"{rng.randint(7, 21):02d}h{rng.randint(0, 59):02d}"
        if kind == "pa":
            return f"{rng.randint(1, 48):02d}"
        if kind == "agcode":
            return f"{self.digits(4)}"
        if kind == "pct":
            return f"{rng.randint(1, 99)},{rng.randint(0, 9)}%"
        if kind == "score":
            return str(rng.randint(300, 990))
        if kind == "lote":
            return f"AP-{rng.randint(2024, 2025)}-{self.digits(4)}"
        if kind == "nf":
            return f"{self.digits(3)}.{self.digits(3)}"
        if kind == "boleto":
            return (f"{self.digits(5)}.{self.digits(5)} {self.digits(5)}.{self.digits(6)} "
                    f"{self.digits(5)}.{self.digits(6)} {self.digits(1)} {self.digits(14)}")
        if kind == "pc":
            return self.digits(6)
        if kind == "bankcode":
            return rng.choice(["001", "104", "237", "341", "033", "260", "077", "756", "748"])
        if kind == "caf":
            return f"{rng.choice(UFS)}{self.digits(10)}{self.digits(2)}"
        if kind == "cardend":
            return self.digits(4)
        if kind == "acordo":
            return f"AC{self.digits(10)}"
        if kind == "ccb":
            return f"{self.digits(4)}{self.digits(6)}-{self.digits(1)}"
        if kind == "nb":
            return f"{self.digits(3)}.{self.digits(3)}.{self.digits(3)}-{self.digits(1)}"
        if kind == "geo":
            return f"-{rng.randint(3, 30)}.{self.digits(4)}, -{rng.randint(35, 60)}.{self.digits(4)}"
        if kind == "ticket":
            return self.digits(8)
        if kind == "uid":
            return self.digits(9)
        if kind == "btc":
            return "bc1q" + "".join(rng.choice("023456789acdefghjklmnpqrstuvwxyz") for _ in range(38))
        if kind == "txid":
            return "".join(rng.choice("0123456789abcdef") for _ in range(64))
        if kind == "appver":
            return f"{rng.randint(3, 9)}.{rng.randint(10, 40)}.{rng.randint(0, 9)}.{rng.randint(300, 999)}"
        if kind == "pwd":
            return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
        if kind == "year":
            return str(rng.randint(2024, 2025))
        if kind == "d":
            return str(rng.randint(1, 28))
        if kind == "pp":
            return str(rng.randint(2, 9))
        raise KeyError(kind)


NUM_WORDS = ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove",
             "dez", "onze", "doze", "treze", "catorze", "quinze", "dezesseis", "dezessete",
             "dezoito", "dezenove", "vinte", "vinte e um", "vinte e dois", "vinte e três",
             "vinte e quatro", "vinte e cinco", "vinte e seis", "vinte e sete", "vinte e oito",
             "vinte e nove", "trinta", "trinta e um"]

LABELS = {
    "CPF": "BR_CPF", "CPFRAW": "BR_CPF", "CNPJ": "BR_CNPJ", "RG": "BR_RG", "CNH": "BR_CNH",
    "PIS": "BR_PIS", "TITULO": "BR_TITULO_ELEITOR", "CNS": "BR_CNS", "CEP": "BR_CEP",
    "EMAIL": "EMAIL_ADDRESS", "PHONE": "PHONE_NUMBER", "CEL": "PHONE_NUMBER",
    "PHONEW": "PHONE_NUMBER", "FIXO": "PHONE_NUMBER", "CARD": "CREDIT_CARD", "PIX": "PIX_KEY",
    "PLATE": "LICENSE_PLATE", "AG": "BANK_ACCOUNT", "CC": "BANK_ACCOUNT", "ADDR": "ADDRESS",
    "DOB": "DATE_OF_BIRTH", "DOBOLD": "DATE_OF_BIRTH", "DOBK": "DATE_OF_BIRTH",
    "DOBBABY": "DATE_OF_BIRTH", "DOBY": "DATE_OF_BIRTH", "IP": "IP_ADDRESS",
    "CRM": "PROFESSIONAL_ID", "CRO": "PROFESSIONAL_ID", "COREN": "PROFESSIONAL_ID",
    "OAB": "PROFESSIONAL_ID", "CREFITO": "PROFESSIONAL_ID", "CRF": "PROFESSIONAL_ID",
    "CRC": "PROFESSIONAL_ID", "CRBM": "PROFESSIONAL_ID", "NICK": "PERSON",
}

# ---------------------------------------------------------------------------------------------
# templates: 7 per domain

NINTH = {
    "atendimento": [
        # 0 Reclame Aqui thread with the company's reply and the consumer's rejoinder
        "{store} - Guarda-roupa não entregue e ninguém resolve\n"
        "{city} · ID {ra_id} · {date2} às {hour1}\n\n"
        "Comprei um guarda-roupa casal 6 portas no dia {date1}, pedido {pedido}, valor {money1} "
        "no cartão em 10x. Prazo era de 10 dias úteis e até agora NADA. Já liguei 6 vezes no SAC, "
        "cada hora um atendente fala uma coisa: o {M5.first} disse que estava em rota, a {F2.first} "
        "falou que o pedido foi \"extraviado\" e que eu tinha que esperar a transportadora. Moro na "
        "{ADDR}, {bairro}, CEP {CEP}, não tem como errar o endereço. Quero o estorno ou a entrega. "
        "Estou cansado de ser feito de palhaço!!!\n{M1.finit}\n\n"
        "Resposta da empresa · {date3}\n"
        "Olá, {M1.first}, tudo bem? Aqui é a {F3}, do time de Relacionamento da {store}. Sentimos "
        "muito pela experiência. Localizamos o pedido {pedido} e confirmamos que a transportadora "
        "{carrier} registrou avaria no centro de distribuição de {cd_city}. Já solicitamos o "
        "reenvio com prioridade e o novo prazo é {date5}. Tentamos contato no número {FIXO} mas "
        "não conseguimos falar com o senhor. Ficamos à disposição pelo e-mail {M1.email}.\n"
        "Atenciosamente, {F3.first} – Ouvidoria Digital {store}\n\n"
        "Réplica do consumidor · {date4}\n"
        "Ninguém me ligou. Esse número é fixo da casa da minha mãe, dona {F4.first}, e ela fica o "
        "dia todo lá. Meu celular é {CEL}, tá no cadastro desde sempre. Se até {date5} não chegar "
        "vou no Procon de {cityname} e no Juizado.\n\n"
        "Consideração final do consumidor: Problema não resolvido · Voltaria a fazer negócio? Não · Nota 2",

        # 1 condominium management's WhatsApp Business group
        "Grupo: {condo} – Comunicados\n"
        "[{date1} 08:14] {admco}: Bom dia, condôminos! Lembramos que a assembleia geral ordinária "
        "será dia {date2} às 19h30 no salão de festas. Pauta: prestação de contas, reforma da "
        "fachada e eleição do síndico.\n"
        "[{date1} 08:21] {PHONEW}: bom dia. quem ta na portaria hj? o interfone do bloco B ta mudo\n"
        "[{date1} 08:23] {F1.low} ap 302: tbm sem interfone aqui\n"
        "[{date1} 08:30] Síndico {M2.first}: Pessoal, já acionei a {techco}. O técnico {M3.first} "
        "vem entre 10h e 12h. Moradora do 302, {F1.first}, pode deixar a chave da casa de máquinas "
        "com o porteiro {M4.first}?\n"
        "[{date1} 08:31] {F1.low} ap 302: posso sim seu {M2.flow} 👍\n"
        "[{date1} 09:02] {admco}: Sra. {F5.last}, unidade 1104, o boleto da taxa condominial de "
        "{moneylo} vencido no último dia 10 segue em aberto. Favor regularizar pelo Pix do condomínio "
        "(CNPJ {CNPJ}) ou falar com a {F6} no financeiro: {PHONE}.\n"
        "[{date1} 09:05] {F5.first}: Já paguei ontem!! vou mandar o comprovante no privado\n"
        "[{date1} 09:40] {M7.low}: de quem é o {vehicle} placa {PLATE} parado na vaga 17? a vaga é minha\n"
        "[{date1} 09:41] {F1.low} ap 302: acho q é do genro da dona {F8.flow} do 1501\n"
        "[{date1} 09:58] Síndico {M2.first}: Já pedi pro {M4.first} interfonar. Lembrando: vaga de "
        "visitante é só a 40 e a 41. A luz da garagem G2 volta amanhã, a {techco} troca o reator.\n"
        "[{date1} 10:12] {F9.flow} 804: alguém indica diarista? a minha, a {F10.first}, mudou pra "
        "{cityname}\n"
        "[{date1} 10:15] {admco}: Lembramos que o grupo é exclusivo para comunicados. Mensagens "
        "de venda e indicação devem ir para o mural do hall.",

        # 2 airline rebooking chat
        "Chat iniciado — canal: app {airline} · Atendimento digital\n"
        "{hour1} Ju (assistente virtual): Oi! Eu sou a Ju, assistente virtual da {airline} ✈️ Como posso ajudar?\n"
        "{hour1} Cliente: meu voo {flight1} pra {iata1} foi cancelado preciso remarcar\n"
        "{hour1} Ju (assistente virtual): Entendi. Informe o código da reserva (localizador) e o "
        "sobrenome do passageiro.\n"
        "{hour2} Cliente: {loc1} {M1.lastcaps}\n"
        "{hour2} Ju (assistente virtual): Vou te transferir para um especialista. Aguarde um instante.\n"
        "{hour3} {F2.first} (Especialista): Olá, Sr. {M1.last}! Sou a {F2.first}. Vejo na reserva "
        "{loc1} dois adultos, {M1.caps} e {F3.caps}, além de um bebê de colo, {M4^M1&F3.caps}, "
        "nascido em {DOBBABY}. Confirma?\n"
        "{hour3} Cliente: isso, eu, minha esposa {F3.flow} e o {M4.flow}\n"
        "{hour4} {F2.first} (Especialista): Tenho o voo {flight2} amanhã, saída às {clock} de "
        "{iata2}, com conexão em Viracopos. Não há custo de remarcação. Posso confirmar?\n"
        "{hour4} Cliente: pode. manda o bilhete no email {M1.email} e no zap {CEL}\n"
        "{hour6} {F2.first} (Especialista): Prontinho, Sr. {M1.first}! Novo localizador {loc2}. "
        "Como o cancelamento foi por manutenção não programada, o senhor tem direito a hospedagem "
        "no Ibis {hotel_area} e voucher de alimentação de {moneylo} por pessoa. Protocolo {protocol}.\n"
        "{hour6} Cliente: e a mala? despachei com etiqueta {loc3}. e quero marcar assento junto com "
        "a {F3.flow}, pode cobrar no cartão {CARD} val 0{pp}/29\n"
        "{hour7} {F2.first} (Especialista): A bagagem fica retida e segue no novo voo. Obrigada por "
        "voar {airline}! Avalie meu atendimento de 1 a 5.",

        # 3 marketplace buyer-seller messages
        "Mensagens do pedido #{pedido} · {marketplace}\n"
        "Produto: Kit 3 Panelas Antiaderente Rosa Gold – anúncio MLB{anuncio}\n\n"
        "Compradora · {date1} {hour1}\n"
        "Boa tarde! Comprei o kit na cor rosa mas veio o vermelho. Quero trocar. Meu nome é "
        "{F1}, a compra tá no nome do meu marido, {M2}, porque usei o cartão dele.\n\n"
        "{sellerstore} · {date1} {hour2}\n"
        "Olá {F1.first}! Aqui é o {M3.first}, da {sellerstore}. Peço desculpas pelo engano da "
        "expedição. Pode abrir a devolução pelo próprio {marketplace} que a etiqueta sai grátis, ou "
        "se preferir eu mando a cor certa e o motoboy retira o errado na {ADDR} (é o endereço da "
        "entrega, certo?).\n\n"
        "Compradora · {date1} {hour3}\n"
        "Isso mesmo. Mas de dia quem recebe é a diarista, a {F4.first}. Pode deixar com ela, ou com "
        "o porteiro {M5.first}. Se precisar liga {CEL}\n\n"
        "{sellerstore} · {date2} {hour4}\n"
        "Combinado, {F1.flow}! O motoboy {M6.first} passa amanhã entre 14h e 18h. Rastreio da nova "
        "remessa: {track}. Qualquer coisa fala com a {F7.first} aqui da loja.\n\n"
        "Aviso do {marketplace}: para sua segurança, não compartilhe dados pessoais nem negocie "
        "fora da plataforma. Mensagem automática.",

        # 4 telecom technician visit report
        "ORDEM DE SERVIÇO {os} – {telco} FIBRA\n"
        "Tipo: REPARO – sem sinal (LOS vermelho)     Prioridade: ALTA     Janela: 08h–12h\n"
        "Cliente: {M1.caps}     CPF: {CPF}\n"
        "Contrato: {contract}     Plano: 500 MEGA + TV\n"
        "Endereço de instalação: {ADDR} – {bairro} – {city} – CEP {CEP}\n"
        "Contatos: {CEL} / {FIXO} (falar com {F2.first}, esposa)\n"
        "Técnico: {M3} – mat. {matric}     Auxiliar: {M4.first}\n"
        "Chegada: {hour1}     Saída: {hour2}\n"
        "Relato técnico: cliente informa queda desde {date1}. Na caixa {cto}, porta 7, sinal "
        "{dbm} dBm. Drop rompido no poste em frente (poda de árvore). Substituído drop de 80 m e "
        "conector SC/APC. ONU reconfigurada, serial HWTC{serial}, firmware {appver}. IP WAN "
        "atribuído: {IP}. Teste de velocidade 512/301 Mbps no cabo. Wi-Fi 5G renomeado a pedido "
        "do cliente. Roteador antigo recolhido.\n"
        "Observações: cachorro bravo no quintal; tocar na casa da frente (sra. {F5.last}) se "
        "ninguém atender. Poste com fiação da Cruz Telecom solta, abrir chamado p/ rede externa.\n"
        "Recebido por: {F2.caps} – RG {RG}\n"
        "Supervisor de campo: {M6.short}",

        # 5 insurance claim phone notes
        "SINISTRO Nº {sinistro1} – AUTOMÓVEL – {insurer1}\n"
        "Apólice {apolice} · item 1 · vigência até {date6}\n"
        "REGISTRO DE LIGAÇÕES – CENTRAL 24H\n\n"
        "{date2} {hour1} – Segurado {M2} ligou informando colisão traseira na {road}, km {km}, "
        "sentido capital. Condutor no momento: o filho, {M3^M2}, CNH {CNH}, nascido em {DOB}. "
        "Veículo segurado {vehicle}, placa {PLATE1}. Terceiro: Fiat Strada branca, placa {PLATE2}, "
        "condutor {M4}, tel. {CEL}. Sem vítimas. BO {bo} registrado em {cityname}. Atendente: {F1.first}.\n"
        "{date2} {hour2} – Acionado guincho {towco}, motorista {M5.first}. Veículo levado à oficina "
        "referenciada {garage}.\n"
        "{date3} {hour3} – Segurado retornou: terceiro informou que o seguro dele é da {insurer2}, "
        "sinistro {sinistro2}. Solicitadas fotos e CRLV para {M2.email}.\n"
        "{date4} {hour4} – Vistoria pelo regulador {M6}: perda parcial, orçamento de {money1}. "
        "Franquia {moneylo}. Segurado ciente e de acordo. Atendente: {F7.finit}\n"
        "{date4} {hour5} – Obs. interna: segurado pediu carro reserva 7 dias (cláusula 21 cobre). "
        "Esposa, {F8^M2}, vai retirar na locadora; contato dela {PHONE}. Falar c/ {F1.flow} do "
        "backoffice antes de liberar.",

        # 6 ombudsman (ouvidoria) answer
        "{ouv_company} – OUVIDORIA\n"
        "Protocolo de ouvidoria: {protocol1}          {cityname}, {date3}\n\n"
        "Prezada Sra. {F1},\n\n"
        "Em atenção à sua manifestação de {date2} (protocolo de origem no SAC {protocol2}), "
        "referente à cobrança de {money1} na fatura da unidade consumidora {uc}, localizada na "
        "{ADDR}, informamos:\n\n"
        "1. A leitura de {date1} foi estimada porque o leiturista não teve acesso ao medidor. Em nova "
        "visita, o leiturista {M2.first} registrou a leitura real e a diferença foi recalculada.\n"
        "2. O valor de {money2} será creditado na próxima fatura.\n"
        "3. Quanto à suspensão do fornecimento, a senhora ficou sem luz por três dias porque a "
        "notificação foi enviada em nome do titular anterior, Sr. {M3}. A senhora tem razão; o "
        "caso foi encaminhado à gerência regional e o religamento não será cobrado.\n\n"
        "Caso não concorde com esta resposta, a senhora pode recorrer à ANEEL pelo telefone 167, "
        "informando este protocolo.\n\n"
        "Atenciosamente,\n\n{F4}\nOuvidora – {ouv_company}\n"
        "Ouvidoria 0800 {tollfree1} · Atendimento a pessoas com deficiência auditiva 0800 {tollfree2}\n\n"
        "c/c: Sra. {F1.last} – {F1.email} – tel. informado {PHONE}",
    ],
    "juridico": [
        # 0 labour hearing minutes with witnesses
        "PODER JUDICIÁRIO\nJUSTIÇA DO TRABALHO\nTRIBUNAL REGIONAL DO TRABALHO DA {trt} REGIÃO\n{vara}\n\n"
        "ATA DE AUDIÊNCIA – PROCESSO Nº {cnjt}\n"
        "RECLAMANTE: {M1.caps}\nRECLAMADA: {reclamada}\n\n"
        "Aos {dateext}, às {hour}, na sala de audiências desta Vara, sob a presidência da MM. "
        "Juíza do Trabalho {F2}, foram apregoados os litigantes.\n"
        "Presente o reclamante, acompanhado da advogada Dra. {F3}, {OAB1}.\n"
        "Presente a reclamada, representada pelo preposto Sr. {M4}, RG {RG}, acompanhado do "
        "advogado Dr. {M5}, {OAB2}.\nRecusada a conciliação.\n"
        "Depoimento pessoal do reclamante: \"que trabalhava como motorista de entregas; que o "
        "encarregado era o Sr. {M6.last}; que fazia horas extras sem registro; que a Sra. "
        "{F7.first}, do RH, dizia que o banco de horas seria pago em dezembro\". Nada mais.\n"
        "Primeira testemunha do reclamante: {M8}, CPF {CPF1}, residente na {ADDR}, {cityname}. "
        "Testemunha advertida e compromissada. Depoimento: \"que trabalhou com o reclamante de 2021 a 2023; "
        "que o {M1.first} chegava às 6h e saía depois das 20h; que o sr. {M6.last} controlava a "
        "rota pelo aplicativo\". Nada mais.\n"
        "Testemunha da reclamada: {F9}, CPF {CPF2}. Contraditada por amizade íntima com o "
        "preposto; indeferida a contradita, protestos do patrono do reclamante. Depoimento: \"que o "
        "ponto era eletrônico; que não sabe dizer se o {M1.first} fazia horas extras\".\n"
        "Encerrada a instrução. Razões finais remissivas. Julgamento em {date2}, cientes as partes.\n\n"
        "{F2.caps}\nJuíza do Trabalho\n\nDiretor de Secretaria: {M10.short}",

        # 1 extrajudicial notification (vehicle not transferred)
        "NOTIFICAÇÃO EXTRAJUDICIAL\n\n"
        "NOTIFICANTE: {F1.caps}, brasileira, viúva, aposentada, RG nº {RG1}, CPF nº {CPF1}, "
        "residente e domiciliada na {ADDR1}, {bairro}, {city}, CEP {CEP1}.\n"
        "NOTIFICADO: {M2.caps}, brasileiro, CPF nº {CPF2}, residente na {ADDR2}, CEP {CEP2}.\n\n"
        "Prezado Senhor,\n\n"
        "A NOTIFICANTE, por sua advogada infra-assinada, vem NOTIFICÁ-LO nos seguintes termos:\n"
        "1. Em {date1}, o falecido esposo da Notificante, {M3^F1}, vendeu a Vossa Senhoria o veículo "
        "{vehicle}, placa {PLATE}, RENAVAM {renavam}, pelo valor de {moneyhi}, com a entrega do "
        "CRV assinado.\n"
        "2. Até a presente data a transferência não foi feita no DETRAN, e a Notificante vem "
        "recebendo multas por infrações cometidas após a venda (auto de infração {protocol} – "
        "{road}) e cobrança de IPVA de {money2}.\n"
        "3. Fica V. Sa. notificado para, em 10 (dez) dias, comprovar a transferência e o pagamento dos "
        "débitos, sob pena de comunicação de venda, indicação do real condutor e ação judicial de "
        "obrigação de fazer c/c indenização.\n"
        "Testemunhas da entrega do veículo: {M4} e {F5}.\n\n"
        "{cityname}, {date2}.\n\n_______________________________\n{F6}\n{OAB}\n"
        "E-mail: {F6.email} · Tel./WhatsApp: {CEL}",

        # 2 consensual divorce settlement with children
        "ACORDO DE DIVÓRCIO CONSENSUAL, GUARDA, CONVIVÊNCIA E ALIMENTOS\n\n"
        "Pelo presente instrumento, de um lado {F1^M2.caps}, brasileira, {prof_f}, RG {RG1}, CPF "
        "{CPF1}, nascida em {DOB1}, residente na {ADDR1}, {city}; e de outro {M2.caps}, brasileiro, "
        "{prof_m}, RG {RG2}, CPF {CPF2}, nascido em {DOB2}, residente na {ADDR2}, casados sob o "
        "regime da comunhão parcial de bens (certidão de casamento matrícula {certmat}), ajustam:\n\n"
        "CLÁUSULA 1ª – DO NOME: a divorcianda voltará a usar o nome de solteira, {F1.maiden}.\n"
        "CLÁUSULA 2ª – DOS FILHOS: o casal tem dois filhos menores, {F3^M2&F1}, nascida em {DOBK1}, e "
        "{M4^M2&F1}, nascido em {DOBK2}. A guarda será compartilhada, com residência-base materna.\n"
        "CLÁUSULA 3ª – DA CONVIVÊNCIA: o pai terá os filhos em fins de semana alternados, "
        "buscando-os às sextas na Escola Municipal Cecília Meireles e devolvendo-os no domingo até as "
        "19h. Natal em anos pares com a mãe; aniversário da {F3.first} com quem estiver na semana.\n"
        "CLÁUSULA 4ª – DOS ALIMENTOS: {M2.first} pagará 30% do salário mínimo por filho, até o dia 10, "
        "na conta da genitora: {bank}, agência {AG}, conta {CC}, ou pela chave Pix {PIX}.\n"
        "CLÁUSULA 5ª – DA PARTILHA: o veículo {vehicle}, placa {PLATE}, fica com a divorcianda; o "
        "apartamento financiado pela Caixa será vendido e o saldo dividido em partes iguais.\n\n"
        "Advogada comum das partes: Dra. {F5}, {OAB}.\n{cityname}, {date1}.\n\n"
        "_________________ {F1.caps}          _________________ {M2.caps}",

        # 3 eviction petition
        "EXCELENTÍSSIMO(A) SENHOR(A) DOUTOR(A) JUIZ(A) DE DIREITO DA ___ VARA CÍVEL DO FORO "
        "REGIONAL DE {foro} – COMARCA DA CAPITAL\n\n\n"
        "{M1.caps}, brasileiro, casado, comerciante, RG nº {RG1} SSP/SP, CPF nº {CPF1}, e sua "
        "esposa {F2^M1.caps}, brasileira, do lar, CPF nº {CPF2}, residentes e domiciliados na "
        "{ADDR1}, por seu advogado (procuração anexa – doc. 01), vêm, respeitosamente, propor\n\n"
        "AÇÃO DE DESPEJO POR FALTA DE PAGAMENTO C/C COBRANÇA DE ALUGUÉIS\n\n"
        "em face de {F3.caps}, brasileira, solteira, {prof_f}, CPF nº {CPF3}, residente no "
        "imóvel locado, situado na {ADDR2}, CEP {CEP}, pelos fatos a seguir.\n\n"
        "I – DOS FATOS\n"
        "1. Os Autores são proprietários do imóvel (matrícula nº {matricula} do {cri}), locado à Ré "
        "por contrato escrito de {date1}, intermediado pela {imob}, aluguel mensal de {money1}.\n"
        "2. A Ré deixou de pagar os aluguéis a partir de {month}, acumulando débito de {money2} "
        "(planilha – doc. 04), apesar de notificada.\n"
        "3. Figura como fiadora a Sra. {F4}, CPF nº {CPF4}, que também foi notificada e se manteve "
        "inerte. Ocupa o imóvel com a Ré o companheiro desta, conhecido como \"{NICK}\".\n\n"
        "II – DOS PEDIDOS\n"
        "a) a concessão de liminar para desocupação em 15 dias (art. 59, § 1º, IX, da Lei 8.245/91);\n"
        "b) a citação da Ré e da fiadora;\nc) a condenação ao pagamento dos aluguéis vencidos e vincendos.\n\n"
        "Dá-se à causa o valor de {moneyhi}.\nTermos em que pede deferimento.\n"
        "São Paulo, {date2}.\n\n{M5}\n{OAB}",

        # 4 queixa-crime excerpt
        "EXCELENTÍSSIMO SENHOR DOUTOR JUIZ DE DIREITO DO JUIZADO ESPECIAL CRIMINAL DA COMARCA DE {comarca}\n\n"
        "QUEIXA-CRIME\n(calúnia e difamação – arts. 138 e 139 do Código Penal)\n\n"
        "{F1.caps}, brasileira, professora, RG {RG}, CPF {CPF1}, residente na {ADDR1}, por sua "
        "advogada (procuração com poderes especiais – art. 44 do CPP), vem oferecer QUEIXA-CRIME em "
        "face de {M2.caps}, vulgo \"{NICK}\", brasileiro, nascido em {DOB}, filho de {F3^M2} e de "
        "{M4^M2}, residente na {ADDR2}, pelos fatos seguintes.\n\n"
        "No dia {date1}, por volta das {hour}, no grupo de WhatsApp \"Pais 5º ano B – EMEF Vinicius "
        "de Moraes\", o Querelado publicou que a Querelante \"desviou o dinheiro da festa junina\" e "
        "\"tem ficha na polícia\", conforme ata notarial lavrada no {tabeliao} (doc. 03). A mensagem "
        "foi lida por cerca de 40 pais, entre eles {F5} e {M6}, que ora se arrolam como testemunhas. "
        "No dia seguinte, o {M2.first} repetiu as ofensas na porta da escola, na frente da "
        "coordenadora, Profa. {F7.last}.\n"
        "A Querelante nunca respondeu a processo criminal (certidões anexas) e presta contas da festa "
        "à APM desde 2019.\n\n"
        "ROL DE TESTEMUNHAS:\n1. {F5.caps} – {ADDR3} – tel. {PHONE1}\n"
        "2. {M6.caps} – {ADDR4} – tel. {PHONE2}\n3. {F7.caps} – pode ser intimada na própria escola\n\n"
        "{cityname}, {date2}.\n{F8} – {OAB}",

        # 5 notarial power of attorney for an elderly person
        "REPÚBLICA FEDERATIVA DO BRASIL\n{tabeliao}\nLivro {livro} – Folhas {folhas}\n\n"
        "PROCURAÇÃO BASTANTE QUE FAZ {F1.caps}, NA FORMA ABAIXO:\n\n"
        "SAIBAM quantos este público instrumento virem que aos {dateext}, nesta cidade de "
        "{cityname}, em diligência à residência da outorgante, situada na {ADDR1}, por se encontrar "
        "impossibilitada de locomover-se, perante mim, escrevente, compareceu como OUTORGANTE: "
        "{F1.caps}, brasileira, viúva, aposentada, nascida em {DOBOLD} ({ageold} anos), RG nº "
        "{RG1}-SSP/SP, CPF nº {CPF1}, reconhecida como a própria à vista dos documentos, lúcida e "
        "orientada, conforme atestado do Dr. {M2}, {CRM}, datado de {date1}, que fica arquivado. E "
        "pela outorgante me foi dito que nomeia e constitui sua bastante procuradora sua filha "
        "{F3^F1}, brasileira, casada, {prof_f}, RG {RG2}, CPF {CPF2}, residente na {ADDR2}, a quem "
        "confere poderes para representá-la perante o INSS, requerer prova de vida, receber "
        "benefícios, movimentar a conta corrente nº {CC} da agência {AG} do {bank}, pagar contas e "
        "contratar cuidadores, vedado substabelecer e vedada a contratação de empréstimos "
        "consignados. Assina a rogo da outorgante, que não pode assinar por tremor nas mãos, "
        "{M4}, CPF {CPF3}, na presença das testemunhas {F5} e {M6}. Eu, {F7}, escrevente "
        "autorizada, a lavrei. Eu, {M8}, Tabelião, a subscrevo.\n\n"
        "Emolumentos: {moneylo} · Selo digital {selo}",

        # 6 small-claims court (JEC) conciliation term
        "JUIZADO ESPECIAL CÍVEL DA COMARCA DE {comarca}\n"
        "TERMO DE AUDIÊNCIA DE CONCILIAÇÃO\n"
        "Processo: {cnj}          Data: {date1}          Hora: {hour}\n"
        "Conciliadora: {F1} (matrícula {matric})\n\n"
        "Reclamante: {M2}, CPF {CPF}, presente, desacompanhado de advogado (art. 9º da Lei 9.099/95).\n"
        "Reclamada: {company}, CNPJ {CNPJ}, representada pela preposta {F3} (carta de preposição "
        "às fls. 41) e pelo advogado Dr. {M4}, {OAB}.\n\n"
        "Aberta a audiência, as partes chegaram ao seguinte ACORDO: a reclamada pagará ao reclamante "
        "{money1}, em parcela única, até {date2}, por depósito na conta de titularidade do "
        "reclamante – {bank}, ag. {AG}, c/c {CC} – ou por Pix, chave aleatória {PIX}. "
        "Descumprido o acordo, multa de 50%. Com o pagamento, o reclamante dá plena quitação quanto "
        "ao objeto da ação (cobrança indevida no cartão Marisa e negativação).\n"
        "O reclamante informa novo telefone para contato: {CEL}.\n"
        "Homologação: submeta-se à MM. Juíza Leiga {F5.short}, nos termos do art. 40 da Lei 9.099/95.\n"
        "Nada mais. Eu, {F1.first}, conciliadora, digitei.\n\n"
        "Reclamante: ______ {M2.caps}\nPreposta: ______ {F3.caps}\nAdvogado: ______ {M4.caps}",
    ],
    "saude": [
        # 0 nursing home daily log
        "{ilpi} – LIVRO DE REGISTRO DIÁRIO DA ENFERMAGEM\n"
        "Data: {date1}     Plantão: diurno (07h–19h)     Ala: Girassol\n\n"
        "Residente: {F1} – quarto 12, leito A – nasc. {DOBOLD1} – CNS {CNS1}\n"
        "07:30 – acordou tranquila, aceitou metade do café. PA 130x80, HGT 142. Medicação das 8h "
        "(losartana 50 mg, donepezila 10 mg). – téc. enf. {F2.first}\n"
        "10:15 – visita da filha, {F3^F1}, e do neto {M4^F3.first}. Família trouxe fraldas G e creme "
        "barreira. – {F2.first}\n"
        "13:00 – recusou almoço, aceitou sopa. Episódio de confusão: chamou a cuidadora de "
        "\"{F5.first}\", nome da irmã falecida. Reorientada. – {F2.first}\n\n"
        "Residente: {M6} – quarto 7 – nasc. {DOBOLD2} – CNS {CNS2}\n"
        "08:00 – banho de aspersão com o cuidador {M7.first}. Lesão por pressão sacral estágio 2, "
        "curativo com hidrocoloide conforme prescrição da enf. {F8} ({COREN}).\n"
        "16:40 – queda da própria altura no corredor da Ala Girassol. Sem perda de consciência, "
        "escoriação em cotovelo D. Comunicados o Dr. {M9.last} (plantão médico) e o filho "
        "responsável, {M10^M6}, pelo tel. {PHONE}. Notificação de evento adverso nº {protocol}.\n\n"
        "Intercorrências gerais: a luz do corredor da Ala Rosa queimou – manutenção avisada. "
        "Culto às 15h com o Pastor {M11.first}.\n"
        "Assinatura: {F8.short} – Enfermeira RT",

        # 1 vaccination record
        "SECRETARIA MUNICIPAL DE SAÚDE DE {cityname}\n{ubs} – Sala de Vacina\n"
        "REGISTRO DE VACINAÇÃO – ESPELHO DO SI-PNI (2ª via)\n\n"
        "Nome: {M1^M9&F2.caps}\nData de nascimento: {DOBBABY}     Sexo: M\n"
        "Nome da mãe: {F2.caps}\nNome do pai: {M9.caps}\n"
        "CNS: {CNS}     CPF: {CPF}\nEndereço: {ADDR} – {bairro}\n"
        "Trouxe a criança hoje: {M3} (avô materno) – tel. {PHONE}\n\n"
        "VACINA | DOSE | DATA | LOTE | VACINADOR(A)\n"
        "BCG | única | {vdate1} | {lot1} | {F4.short}\n"
        "Hepatite B | ao nascer | {vdate1} | {lot2} | {F4.short}\n"
        "Pentavalente | 1ª | {vdate2} | {lot3} | {F5.short}\n"
        "VIP | 1ª | {vdate2} | {lot4} | {F5.short}\n"
        "Pneumo 10V | 1ª | {vdate2} | {lot5} | {F5.short}\n"
        "Rotavírus | 1ª | {vdate2} | {lot6} | {F5.short}\n"
        "Meningo C | 1ª | {vdate3} | {lot7} | {M6.short}\n"
        "Febre amarela | 1ª | {vdate4} | {lot8} | {M6.short}\n\n"
        "Obs.: atraso da 2ª dose de Pentavalente – busca ativa feita pela ACS {F7.first} em {date1}. "
        "Próxima: tríplice viral aos 12 meses. Campanha de multivacinação da Vila Vitória em {date2}.\n"
        "Enfermeira responsável pela sala: {F8} – {COREN}",

        # 2 physiotherapy progress notes
        "CLÍNICA {physio_clinic} – FISIOTERAPIA ORTOPÉDICA E ESPORTIVA\nEVOLUÇÃO DE SESSÕES\n\n"
        "Paciente: {F1}     Idade: {age} a     Convênio: {plan} – carteirinha {carteira}\n"
        "Diagnóstico: pós-operatório de reconstrução de LCA, joelho E ({cid_lca}), cirurgia em {date1}\n"
        "Médico assistente: Dr. {M2} – {CRM}\nFisioterapeuta responsável: {M3} – {CREFITO}\n\n"
        "Sessão 6/20 – {date2}\n"
        "S: refere dor 4/10 ao subir escadas. \"Fui no casamento da minha prima {F4.first} e dancei "
        "um pouco\" (sic).\nO: ADM flexão 95°, extensão -5°. Edema +/4+. Marcha com 1 muleta.\n"
        "A: evolução dentro do esperado.\nP: progredir cadeia cinética fechada, bicicleta sem carga 10 "
        "min, crioterapia 20 min.\n{M3.first} – {CREFITO}\n\n"
        "Sessão 7/20 – {date3} (atendida pela estagiária {F5.first}, supervisão de {M3.first})\n"
        "S: sem dor em repouso. O: flexão 100°. Sem derrame articular. P: mantida conduta.\n\n"
        "Sessão 8/20 – {date4} – FALTA JUSTIFICADA (paciente avisou por WhatsApp: filho {M6^F1.first} "
        "com febre).\n\n"
        "Obs.: a autorização do convênio vence em {date5}; pedir renovação à recepcionista "
        "{F7.first}. Relatório de evolução enviado ao Dr. {M2.last} por e-mail em {date5}.",

        # 3 dental referral letter
        "{dent_clinic}\nClínica Geral e Prótese\n\n{cityname}, {date1}\n\n"
        "À Cirurgiã-Dentista Especialista em Endodontia\nDra. {F1} – {CRO1}\n\n"
        "Prezada Dra. {F1.last},\n\n"
        "Encaminho o paciente {M2}, {age} anos, CPF {CPF}, para avaliação e tratamento endodôntico "
        "do elemento 36, que apresenta dor espontânea noturna e resposta prolongada ao teste térmico. "
        "A radiografia periapical (anexa) sugere cárie profunda com proximidade pulpar. Paciente "
        "relata alergia a dipirona e uso de AAS 100 mg, prescrito pelo cardiologista, Dr. "
        "{M3.last}, do Instituto Dante Pazzanese.\n"
        "Após o tratamento, favor devolver o paciente para confecção de coroa. Caso julgue "
        "necessário, peço também parecer sobre o 37 (restauração antiga, feita pelo colega Dr. "
        "{M4.short}).\n\n"
        "Contato do paciente: {CEL} / {M2.email}. Responsável financeira pelo tratamento: a esposa, "
        "{F5^M2}, CPF {CPF2}.\n\n"
        "Agradeço a atenção e coloco-me à disposição para discutir o caso.\n\n"
        "Atenciosamente,\n\nDr. {M6}\nClínico geral – {CRO2}\n"
        "Secretária: {F7.first} – agendamentos de segunda a sábado",

        # 4 hospital visitor log
        "{hospital} – CONTROLE DE ACESSO DE VISITANTES\n"
        "Posto: Recepção Bloco B – UTI Adulto e Enfermarias 3º/4º andar\n"
        "Data: {date1}     Recepcionista: {F1.short}\n\n"
        "ENTRADA | VISITANTE | DOCUMENTO | PACIENTE / LEITO | PARENTESCO | SAÍDA\n"
        "{h1} | {F2^M3.caps} | RG {RG1} | {M3.caps} – UTI leito 04 | esposa | {h2}\n"
        "{h3} | {M4^M3.caps} | CPF {CPF} | {M3.caps} – UTI leito 04 | irmão | {h4}\n"
        "{h5} | {M5^F6.caps} | CNH {CNH} | {F6.caps} – 312-B | filho | {h6}\n"
        "{h7} | {F7^M5.caps} | RG {RG2} | {F6.caps} – 312-B | nora | —\n"
        "{h8} | PR. {M8.caps} | RG {RG3} | {M9.caps} – 405-A | líder religioso | {h9}\n\n"
        "OCORRÊNCIAS:\n"
        "- {h4}: visitante {M4.first} tentou entrar na UTI fora do horário (16h às 17h); orientado "
        "pela enf. {F10.first}.\n"
        "- Acompanhante da paciente {F6.first} ({F6.last}, 312-B) solicitou troca para a nora "
        "{F7.first} às 20h – autorizado pela supervisora {F11.short}.\n"
        "- Pertences esquecidos na Sala de Espera Dr. Euryclides de Jesus Zerbini: guarda-chuva "
        "azul e óculos. Encaminhados ao Achados e Perdidos.\n"
        "- Capelania: visita do Pe. {M12.first} às enfermarias do 4º andar.",

        # 5 home-care roster
        "{homecare} – ESCALA MENSAL DE HOME CARE – {month}/{year}\n"
        "Paciente: {M1} – {ageold} anos – {plan}, carteira {carteira}\n"
        "Endereço de atendimento: {ADDR}, {bairro}, {cityname} – CEP {CEP}\n"
        "Diagnóstico: sequela de AVC isquêmico ({cid_avc}), gastrostomia, traqueostomia\n"
        "Responsável familiar: {F2^M1} (filha) – {CEL} / {F2.email}\n"
        "Médico visitador: Dr. {M3} – {CRM} – visitas quinzenais\n"
        "Enfermeira supervisora: {F4} – {COREN1}\n\n"
        "PLANTÕES DE TÉC. ENFERMAGEM 12x36\n"
        "DIURNO (07–19): {F5.fcaps} - {F6.fcaps}\n"
        "NOTURNO (19–07): {M7.fcaps} - {F8.fcaps}\n"
        "FOLGUISTA: {F9.short} – {COREN2}\n"
        "FISIOTERAPIA MOTORA E RESPIRATÓRIA (seg/qua/sex): {M10.short} – {CREFITO}\n"
        "FONOAUDIOLOGIA (ter/qui): {F11.short}\n"
        "NUTRIÇÃO: dieta enteral 1,5 kcal/ml 6x/dia – visita mensal da nutricionista {F12.first}\n\n"
        "Observações:\n"
        "- Troca de plantão só com passagem no livro e autorização da supervisora {F4.first}.\n"
        "- A cuidadora contratada pela família, {F13.first}, fica das 8h às 17h e não realiza "
        "procedimentos.\n"
        "- Em intercorrência: SAMU 192 e central {homecare} 0800 {tollfree}.",

        # 6 lab result e-mail
        "De: {lab} Resultados\nPara: {F1.email}\n"
        "Assunto: Seus resultados estão disponíveis – pedido {pedido}\n\n"
        "Olá, {F1.first}!\n\n"
        "Os resultados dos exames coletados em {date1} na unidade {lab} {unit} já estão disponíveis.\n\n"
        "Paciente: {F1.caps}\nData de nascimento: {DOB}\n"
        "Médica solicitante: Dra. {F2} ({CRM})\n"
        "Exames: hemograma completo, glicemia de jejum, hemoglobina glicada, TSH, T4 livre, "
        "beta-HCG quantitativo.\n\n"
        "Para acessar, use o número do pedido {pedido} e a senha {pwd}, enviada por SMS ao celular "
        "{CEL}. O beta-HCG foi liberado pela Dra. {F3.last}, biomédica responsável ({CRBM}), após "
        "conferência.\n"
        "Dependente neste pedido: {M4^F1} (filho) – parasitológico de fezes – coleta domiciliar na "
        "{ADDR} em {date2}, com a coletadora {F5.first}.\n\n"
        "Ficou com dúvidas? Fale com a Gabi, nossa assistente virtual, pelo WhatsApp oficial.\n\n"
        "Este e-mail foi enviado para {F1.email} porque você fez exames no {lab}.\n"
        "{lab} · CNPJ {CNPJ} · Responsável técnico: Dr. {M6} – {CRM2}",
    ],
    "financeiro": [
        # 0 credit analysis memo
        "PARECER DE CRÉDITO – PJ COM AVALISTAS\n"
        "{agname} ({agcode}) – Comitê de Crédito Regional {region}\n"
        "Data: {date2}     Analista: {F1.short}     Gerente PJ: {M2.short}\n\n"
        "Proponente: {pjname}, CNPJ {CNPJ}, comércio atacadista de cereais, faturamento 12m {moneyhi1}.\n"
        "Operação: capital de giro – {moneyhi2} – 36 meses – CDI + 0,9% a.m.\n"
        "Sócios / avalistas:\n"
        "- {M3.caps} – CPF {CPF1} – 60% – renda declarada {money3} – score {score1}\n"
        "- {F4^M3.caps} – CPF {CPF2} – 40% – cônjuge do sócio majoritário – score {score2}\n"
        "Garantias: aval dos sócios + alienação fiduciária de caminhão VW Constellation placa "
        "{PLATE} + cessão de recebíveis (duplicatas contra Atacadão e Grupo Mateus).\n"
        "Restritivos: 1 protesto de {money4} (Tabelionato de Protestos de Santa Cruz do Sul), já "
        "baixado; SCR sem atrasos; sem ações judiciais.\n"
        "Visita técnica feita por {M2.first} em {date1}: galpão próprio, 14 funcionários, contador "
        "responsável {M5} ({CRC}).\n"
        "Parecer: FAVORÁVEL, condicionado à entrega do IRPF do avalista {M3.first} e dos extratos da "
        "conta {CC} da agência {AG}, onde giram os recebíveis.\n"
        "Alçada: Superintendente {F6.short}.     Observação do comitê: {F6.first} pediu revisão do "
        "limite da sócia {F4.first} em 90 dias.",

        # 1 accounts-payable approval batch
        "CONTAS A PAGAR – LOTE DE APROVAÇÃO {lote}\nEmpresa: {ourco} – CNPJ {CNPJ1}\n"
        "Vencimento: {date1}     Preparado por: {F1.first} ({F1.last})\n"
        "Aprovador nível 1: {M2.short}     Aprovador nível 2: {F3.short}\n\n"
        "# | FAVORECIDO | CPF/CNPJ | DESCRIÇÃO | VALOR | FORMA | DADOS | STATUS\n"
        "1 | {vendor1} | {CNPJ2} | NF {nf1} – manutenção ar-condicionado | {money1} | boleto | "
        "{boleto} | APROVADO N1\n"
        "2 | {M4.caps} | {CPF1} | RPA – serviços de pintura (NIT {PIS}) | {money2} | TED | bco {bankcode1} ag "
        "{AG1} c/c {CC1} | APROVADO N1\n"
        "3 | {F5.caps} | {CPF2} | reembolso de viagem (Uber/hotel) | {money3} | Pix | chave {PIX} | "
        "PENDENTE – falta NF do hotel\n"
        "4 | {vendor2} | {CNPJ3} | aluguel galpão {month} | {money4} | TED | bco {bankcode2} ag "
        "{AG2} c/c {CC2} | APROVADO N2\n"
        "5 | {M6.caps} | {CPF3} | pró-labore sócio | {money5} | TED | bco {bankcode3} ag {AG3} "
        "c/c {CC3} | AGUARDANDO N2\n\n"
        "Comentários:\n"
        "{F3.first}: item 3 – {F5.flow}, manda a nota do Hotel Rosa dos Ventos senão não libero.\n"
        "{M2.first}: item 1 conferido com o pedido de compra PC-{pc}. Ok.\n"
        "{F1.first}: item 5 só depois que o {M6.first} assinar o recibo.",

        # 2 credit cooperative membership form
        "{coop} – COOPERATIVA DE CRÉDITO\nPROPOSTA DE ADMISSÃO DE ASSOCIADO – PESSOA FÍSICA\n"
        "Posto de Atendimento: PA {pa} – {cityname}\n\n"
        "Nome completo: {M1.caps}\nNome social: —\n"
        "Data de nascimento: {DOB1}     Naturalidade: {natural}     Nacionalidade: brasileira\n"
        "Estado civil: casado     Cônjuge: {F2^M1.caps} – CPF {CPF2} – nasc. {DOB2}\n"
        "Filiação: {F3.caps} / {M4^M1.caps}\n"
        "CPF: {CPF1}     RG: {RG}     Órgão emissor: SSP/{uf}     Título de eleitor: {TITULO}\nNIS/PIS: {PIS}\n"
        "Endereço residencial: {ADDR}     Bairro: {bairro}     CEP: {CEP}\n"
        "Telefone: {CEL}     E-mail: {M1.email}\n"
        "Profissão: produtor rural (soja e milho) – CAF nº {caf}\n"
        "Renda mensal: {money1}     Patrimônio: imóvel rural, matrícula {matricula}, 48 ha\n"
        "Capital subscrito: R$ 500,00 (50 quotas-partes de R$ 10,00), integralização em 5x\n"
        "Conta vinculada: agência {AG} conta {CC}\n"
        "Pessoa politicamente exposta? ( ) Sim (X) Não\n"
        "Indicado por: associado {M5} – matrícula {matric}\n\n"
        "Declaro que as informações acima são verdadeiras e que recebi o Estatuto Social.\n"
        "{cityname}, {date1}.\n\nAssinatura: ______________________\n"
        "Gerente do PA: {F6.short}     Conferido por: {M7.first}",

        # 3 debt renegotiation chat
        "[Chat {debtbank} – Negocia Fácil]\n"
        "{hour1} Nina 🤖: Oi! Eu sou a Nina, assistente virtual do {debtbank}. Vou te ajudar a "
        "limpar seu nome. Digite seu CPF:\n"
        "{hour1} Você: {CPFRAW}\n"
        "{hour1} Nina 🤖: Encontrei 2 contratos em atraso. Confirma que estou falando com {M1.caps}?\n"
        "{hour2} Você: sim sou eu, {M1.flow}\n"
        "{hour2} Nina 🤖: Contrato {contract1} – cartão de crédito final {cardend} – saldo {money1}\n"
        "Contrato {contract2} – empréstimo pessoal – saldo {money2}\n"
        "Desconto de até 85% à vista! Quer falar com um negociador?\n"
        "{hour3} Você: quero\n"
        "{hour4} {M2.first} (negociador): Boa tarde sr {M1.last}, aqui é o {M2.first}. Consigo pra "
        "vc: entrada de {money3} + 11x de {money4}, ou à vista {money5}.\n"
        "{hour4} Você: o cartão é o {CARD}? pq esse eu nem uso mais, quem fez as compras foi minha "
        "ex {F3.flow}\n"
        "{hour5} {M2.first} (negociador): Sim, é esse, titular é o senhor. Infelizmente não tenho "
        "como separar as compras.\n"
        "{hour5} Você: ta bom, faz à vista. manda o boleto no {M1.email}. meu irmão {M4^M1.flow} "
        "tbm tem divida ai, pode falar com ele no {CEL}?\n"
        "{hour6} {M2.first} (negociador): Feito! Acordo {acordo}, vencimento {date1}. A baixa no "
        "Serasa e na Boa Vista sai em até 5 dias úteis após o pagamento. Sobre o {M4.first}, por "
        "sigilo bancário ele mesmo precisa chamar a gente aqui, ok?\n"
        "{hour6} Nina 🤖: Avalie o atendimento de {M2.first}: 😡 😐 😊",

        # 4 payroll-loan (consignado) contract
        "CÉDULA DE CRÉDITO BANCÁRIO – EMPRÉSTIMO CONSIGNADO INSS Nº {ccb}\n\n"
        "CREDOR: {bankcons}, CNPJ {CNPJ1}\n"
        "CORRESPONDENTE: {corresp}, CNPJ {CNPJ2} – agente: {F1.short}, CPF {CPF1}\n\n"
        "EMITENTE: {M2.caps}\nCPF: {CPF2}     RG: {RG}     Data de nascimento: {DOBOLD}\n"
        "Benefício nº {nb} – espécie 41 (aposentadoria por idade)\n"
        "Endereço: {ADDR} – {bairro} – {cityname} – CEP {CEP}\nTelefone: {PHONE}\n"
        "Procuradora (instrumento público): {F3^M2.caps} – CPF {CPF3}\n"
        "Crédito em conta de titularidade do emitente: {bank}, agência {AG}, conta {CC}\n\n"
        "VALOR LIBERADO: {money1}     PARCELAS: 84 x {moneylo}     TAXA: 1,66% a.m.     CET: 22,1% a.a.\n"
        "Primeiro desconto: competência {month}/{year}\n\n"
        "O EMITENTE autoriza o INSS a descontar as parcelas do benefício acima e declara que não "
        "recebeu cartão, brinde ou seguro vinculado a esta operação.\n"
        "SAC 0800 {tollfree1} · Ouvidoria 0800 {tollfree2}\n\n"
        "Assinado eletronicamente por {M2.caps} em {date1} às {hour}, IP {IP}, geolocalização "
        "{geo}, biometria facial validada.\n"
        "Testemunhas: 1) {M4} – CPF {CPF4}     2) {F5} – CPF {CPF5}",

        # 5 IRPF dependants list
        "DECLARAÇÃO DE AJUSTE ANUAL – IRPF 2025 – ANO-CALENDÁRIO 2024\n"
        "Titular: {M1.caps}     CPF: {CPF1}\n\n"
        "FICHA DEPENDENTES\n"
        "CÓD. | NOME | DATA DE NASCIMENTO | CPF\n"
        "11 – Cônjuge | {F2^M1.caps} | {DOB1} | {CPF2}\n"
        "21 – Filho(a) até 21 anos | {F3^M1&F2.caps} | {DOBK} | {CPF3}\n"
        "22 – Filho(a) universitário até 24 anos | {M4^M1&F2.caps} | {DOBY} | {CPF4}\n"
        "31 – Pais, avós e bisavós | {F5.caps} | {DOBOLD} | {CPF5}\n\n"
        "FICHA PAGAMENTOS EFETUADOS\n"
        "CÓD. | BENEFICIÁRIO | CPF/CNPJ | VALOR PAGO | DEPENDENTE\n"
        "01 – Instrução | {school} | {CNPJ1} | {money1} | {F3.caps}\n"
        "10 – Médicos no Brasil | {M6.caps} | {CPF6} | {money2} | {F5.caps}\n"
        "26 – Planos de saúde | {plan} | {CNPJ2} | {money3} | titular\n"
        "09 – Fisioterapeutas | {F7.caps} | {CPF7} | {money4} | {F5.caps}\n\n"
        "FICHA RENDIMENTOS TRIBUTÁVEIS RECEBIDOS DE PJ\n"
        "Fonte pagadora: {employer} – CNPJ {CNPJ3} – rendimentos {moneyhi} – IR retido {money6}\n\n"
        "Obs. do contador ({M8.short}, {CRC}): a dependente {F5.first} (sogra) recebe aposentadoria "
        "abaixo do limite de isenção, ok para dependência. {M4.first} completa 24 anos em 2025 – "
        "última declaração como dependente. Restituição na conta do titular, ag. {AG} c/c {CC}.",

        # 6 crypto-exchange KYC ticket
        "Ticket #{ticket} – KYC Nível 2 – Status: PENDENTE DE DOCUMENTAÇÃO\n"
        "Exchange: {exchange}     Fila: Compliance BR     Aberto em {date1} {hour1}\n"
        "Cliente: {M1}     UID {uid}     E-mail: {M1.email}     Tel.: {CEL}\n"
        "Documento: CNH digital nº {CNH} – validade {validade}\n"
        "CPF: {CPF1}     Nasc.: {DOB}\n"
        "Endereço declarado: {ADDR}, {cityname} – CEP {CEP}\n"
        "Comprovante: conta de luz em nome de {F2^M1} (mãe) → requer declaração de residência\n"
        "IP do cadastro: {IP1}     IP do último saque: {IP2} (VPN? país NL)\n"
        "App: Android, versão {appver}\n\n"
        "HISTÓRICO\n"
        "{date1} {hour2} – {F3.first} (analista N1): selfie com baixa qualidade, solicitado reenvio.\n"
        "{date3} {hour3} – Cliente: \"a conta de luz tá no nome da minha mãe, {F2.first}, moro com "
        "ela\". Anexou declaração assinada por {F2.caps}, CPF {CPF2}.\n"
        "{date3} {hour4} – {M4.first} (analista N2): conta de saque (ag {AG} / cc {CC}) confere com "
        "a titularidade. Carteira externa cadastrada {btc} (rede Bitcoin). TxID do último depósito "
        "{txid}.\n"
        "{date3} {hour5} – Screening PEP/sanções: sem ocorrências. Comprovante de renda: pró-labore "
        "da {pjname}.\n"
        "Resolução: KYC N2 aprovado por {M4.short}. Limite diário de saque: R$ 50.000,00.",
    ],
}

# ---------------------------------------------------------------------------------------------
# rendering

SLOT = re.compile(r"\{([^{}]+)\}")
PERSON_SLOT = re.compile(r"^([FM]\d+)(?:\^([FM]\d+)(?:&([FM]\d+))?)?(?:@([a-z]+))?(?:\.([a-z]+))?$")


def declarations(template: str) -> dict[str, tuple[str | None, str | None, str | None]]:
    decl: dict[str, tuple[str | None, str | None, str | None]] = {}
    for match in SLOT.finditer(template):
        m = PERSON_SLOT.match(match.group(1))
        if m and (m.group(2) or m.group(4)):
            decl[m.group(1)] = (m.group(2), m.group(3), m.group(4))
    return decl


def get_person(filler: NinthFiller, key: str, decl: dict) -> Person:
    if key not in filler.persons:
        ref, ref2, origin = decl.get(key, (None, None, None))
        female = key[0] == "F"
        if ref:
            filler.persons[key] = filler.kin(female, get_person(filler, ref, decl),
                                             get_person(filler, ref2, decl) if ref2 else None)
        else:
            filler.persons[key] = filler.new_person(female, origin)
    return filler.persons[key]


def vaccine_date(filler: NinthFiller, index: int) -> str:
    born = filler.ctx["dobbaby"]
    offset = {1: 1, 2: 62, 3: 95, 4: 276}[index]
    return filler.fmt_date(born + datetime.timedelta(days=offset))


def render(template: str, filler: NinthFiller) -> dict:
    filler.new_record()
    decl = declarations(template)
    text, spans, cursor = "", [], 0
    for match in SLOT.finditer(template):
        text += template[cursor:match.start()]
        slot = match.group(1)
        m = PERSON_SLOT.match(slot)
        if m:
            person = get_person(filler, m.group(1), decl)
            form = m.group(5)
            if form == "email":
                cache_key = f"{m.group(1)}.email"
                if cache_key not in filler.cache:
                    filler.cache[cache_key] = filler.person_form(person, "email")
                value, label = filler.cache[cache_key], "EMAIL_ADDRESS"
            else:
                value, label = filler.person_form(person, form), "PERSON"
        elif slot.startswith("vdate"):
            value, label = vaccine_date(filler, int(slot[5:])), None
        else:
            value, label = filler.value(slot)
        if label:
            spans.append({"start": len(text), "end": len(text) + len(value), "label": label})
        text += value
        cursor = match.end()
    text += template[cursor:]
    return {"text": text, "spans": spans}


def build() -> list[dict]:
    filler = NinthFiller(SEED)
    records = []
    for domain, templates in NINTH.items():
        for index, template in enumerate(templates):
            for copy in range(PER_TEMPLATE):
                records.append({"id": f"{domain}-{index}-{copy}", "domain": domain,
                                **render(template, filler)})
    return records


def main() -> None:
    records = build()
    with (HERE / "ninth.jsonl").open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for record in records:
        for span in record["spans"]:
            counts[span["label"]] = counts.get(span["label"], 0) + 1
    print("ninth", len(records), "records,", sum(counts.values()), "gold spans")
    for label, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {label}: {n}")


if __name__ == "__main__":
    main()
