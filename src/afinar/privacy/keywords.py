"""Portuguese context words that raise or lower a detector's confidence.

All patterns match accent-folded, lower-case text (see `folding.ContextWindow`), so
"Número de Inscrição" and "numero de inscricao" are the same to them.
"""

from __future__ import annotations

from afinar.privacy.folding import keyword_pattern

CPF = keyword_pattern(["cpf", "c.p.f", "c.p.f.", "cpf/mf", "cadastro de pessoa fisica",
                       "cadastro de pessoas fisicas", "inscrito no cpf", "portador do cpf"])
CNPJ = keyword_pattern(["cnpj", "c.n.p.j", "c.n.p.j.", "cnpj/mf", "inscrita no cnpj",
                        "cadastro nacional da pessoa juridica"])
RG = keyword_pattern(["rg", "r.g", "r.g.", "identidade", "carteira de identidade",
                      "cedula de identidade", "registro geral", "doc. identidade", "ssp",
                      # abbreviated on a form: "Ident.: 4608218  Órg. emissor: SSP/BA"
                      "ident", "ident."])
CNH = keyword_pattern(["cnh", "habilitacao", "carteira de motorista", "registro da cnh",
                       "carteira nacional de habilitacao", "cnh n",
                       # a petition's driver: "habilitado(a) sob o registro nº 60689020850"
                       "habilitado sob o registro", "habilitada sob o registro",
                       "habilitado(a) sob o registro", "registro de habilitacao"])
PIS = keyword_pattern(["pis", "pasep", "pis/pasep", "nis", "nit", "pis/nis", "nis/pis",
                      # the registry whose number a person has is the NIS: "cruzado com o cadunico"
                      "cadunico", "cad unico", "cadastro unico"])
TITULO = keyword_pattern(["titulo de eleitor", "titulo eleitoral", "eleitor", "eleitora",
                          "inscricao eleitoral", "titulo", "titulo_eleitor",
                          # a table's header, abbreviated: "TÍT. ELEITOR"
                          "tit eleitor", "tit. eleitor"])
CNS = keyword_pattern(["cns", "cartao sus", "cartao do sus", "cartao nacional de saude",
                       "carteirinha do sus", "sus"])
CEP = keyword_pattern(["cep", "c.e.p", "c.e.p.", "codigo postal", "codigo de enderecamento",
                       # records' keys in English: FHIR's "postalCode", "zip_code", "zip"
                       "postal code", "postalcode", "zip code", "zipcode", "zip",
                       # Open Finance's and British English "postCode"
                       "post code", "postcode"])
PHONE = keyword_pattern(["tel", "tel.", "telefone", "telefones", "fone", "celular", "cel",
                         "cel.", "whatsapp", "whats", "zap", "contato", "ligar", "ligue",
                         "ligou", "ramal", "fixo", "numero para contato", "liga", "fax",
                         # a call back, nearer than what came before: "saiu antes de ser
                         # chamado; retornar no 75993355196" (not the ticket "chamado")
                         "retornar no", "retornar pro", "retornar para o", "retorno no",
                         "telefonar", "recado", "contatos", "celulares", "fones", "tels",
                         "liguei", "ligamos", "ligaram",
                         # a carrier's words for the number: "portabilidade da linha 97961…"
                         # ("titular da linha" names the holder, not the number)
                         "portabilidade", "portabilidade da linha", "linha movel",
                         "linha telefonica", "linha celular", "numero da linha",
                         # WhatsApp's API names a contact by its number: "wa_id", "waId"
                         "wa id", "waid"])
CARD = keyword_pattern(["cartao", "cartao de credito", "cartao de debito", "credito",
                        "debito", "visa", "mastercard", "master", "elo", "amex", "hipercard",
                        "numero do cartao", "final",
                        # a payment log's key for the card number (primary account number)
                        "pan", "card number", "card_number"])
# "aleatória" alone answers which key: "a aleatoria: 95aa6616-…"
PIX = keyword_pattern(["pix", "chave", "chave pix", "chave aleatoria", "aleatoria"])
PLATE = keyword_pattern(["placa", "placas", "veiculo", "veiculos", "carro", "carros", "moto", "motos", "motocicleta",
                         "ambulancia", "viatura", "onibus", "van", "vans", "caminhonete", "kombi",
                         "automovel", "caminhao", "renavam", "detran", "emplacado"])
IP = keyword_pattern(["ip", "ips", "endereco ip", "enderecos ip", "acesso", "acessou", "servidor", "login", "host",
                      "origem", "conexao", "logado", "ipv4", "ipv6"])
DATE_OF_BIRTH = keyword_pattern(["nascimento", "nasc", "nasc.", "dn", "d.n", "d.n.",
                                 "nascido em", "nascida em", "nasceu em", "nasceu",
                                 "data de nascimento", "dt nasc", "dt. nasc", "nascido",
                                 # a list of a family's dates: "Nascimentos: titular 02/04/1993, …"
                                 "nascimentos", "datas de nascimento",
                                 "nascida", "aniversario", "nascido(a) em", "d. nasc",
                                 # children of a petition: "dois filhos menores (nascidos em
                                 # 16/01/2020 e 13/01/2024)"
                                 "nascidos", "nascidas", "nascidos em", "nascidas em",
                                 # the speaker's own: "eu nasci em 3 de maio de 1980"
                                 "nasci", "nasci em", "nasci no dia",
                                 # a scan's usual misreadings of them ("e" read "c", "d" read "cl"):
                                 # "DATA DE NASCIMCNTO:", "nasciclo em 04/12/1978"
                                 "nascimcnto", "nasciclo", "nascicla", "nasciclo em", "nascicla em",
                                 # ("m" read "rn": "NASCIRNENTO: 1965-05-11")
                                 "nascirnento",
                                 # a record's key: "| data_nascimento | 07/01/1964 |"
                                 # (not "dt_nasc": a CSV's header names other columns' dates beside it)
                                 "data_nascimento", "dt_nascimento",
                                 # English field labels of forms and exports
                                 "dob", "d.o.b", "d.o.b.", "date of birth", "birth date",
                                 "birthdate", "born", "born on",
                                 # vCard's BDAY property; "birthday" of contact exports
                                 "bday", "birthday",
                                 # newcomers writing in Spanish, French or Haitian Creole: "nací
                                 # el 13/06/1988", "né le 27/05/1973", "fecha de nacimiento"
                                 "naci el", "nacido el", "nacida el", "fecha de nacimiento",
                                 "ne le", "nee le", "date de naissance", "dat nesans"])

# Brazil's state abbreviations (UF), as a regex alternation: councils' registers, a CEP's
# city line ("BENTO GONÇALVES/RS")
STATE_CODES = "AC|AL|AP|AM|BA|CE|DF|ES|GO|MA|MT|MS|MG|PA|PB|PR|PE|PI|RJ|RN|RS|RO|RR|SC|SP|SE|TO"

# The professional councils whose registration numbers are PROFESSIONAL_ID ("CRM/SP 123456",
# "OAB/RJ 98.765"), as they are printed; the professional-ID detector reads them, and the
# person rules take one after a name as a cue that the words before it are a name.
PROFESSIONAL_COUNCILS = (
    "CRM", "CRO", "COREN", "CREA", "CRP", "CRF", "CRN", "CREFITO", "CRMV", "CRBM", "CAU",
    "CRC", "OAB", "CREF", "CRFa", "CRESS", "CORECON", "CRA", "CRQ", "CRTR", "CONFEA", "RMS",
    "CRECI",
    # industrial technicians' (Lei 13.639/2018), by state or by region: "CRT-BA 196.694",
    # "CRT-01 56.952", "CRT/03 nº 194278"
    "CRT",
    # artists' and technicians' registration (DRT, Lei 6.533/78) and journalists' (MTb)
    "DRT", "MTB", "MTb",
    # biologists', by region: "CRBio-03 62623/03-D"
    "CRBio",
    # librarians', by region: "CRB-8/1.008", "CRB 6ª Região nº 15.868"
    "CRB",
    # vehicle-document dispatchers' (despachantes documentalistas): "CRDD/SP 5840"
    "CRDD",
    # opticians' and optometrists' (Conselho Regional de Óptica e Optometria): "CROO/SP 8882",
    # "CROO-RJ nº 8522"
    "CROO",
    # statisticians' (Conselho Regional de Estatística), by region: "CONRE-4/55907",
    # "CONRE-7 nº 4312", "CONRE 1ª Região 9795-A"
    "CONRE",
    # museologists' (Conselho Regional de Museologia, Lei 7.287/84), by region: "COREM-3R 1329",
    # "COREM/5R nº 484", "COREM 1ª Região nº 0631-I"
    "COREM",
    # musicians' (Ordem dos Músicos do Brasil, Lei 3.857/60): "OMB/SP 12.345", "OMB-GO 4042",
    # "OMB nº 157.035/BA"
    "OMB",
)
# those whose acronym is never part of a name ("Cau" and "Rms" may be a nickname, a unit),
# as printed and folded
COUNCILS_NEVER_NAMES = tuple(c for c in PROFESSIONAL_COUNCILS if c not in ("CAU", "RMS"))
COUNCIL_ACRONYMS = frozenset(c.casefold() for c in COUNCILS_NEVER_NAMES)

# Words that say a nearby number is something other than personal data.
NOT_PERSONAL_NUMBER = keyword_pattern([
    "protocolo", "protocolos", "pedido", "processo", "autos", "nota fiscal", "nf", "nf-e", "boleto",
    "codigo de barras", "linha digitavel", "matricula", "ordem de servico", "os", "chamado",
    "ticket", "fatura", "contrato", "apolice", "sinistro", "lote", "serie", "cid", "cid-10",
    "r$", "valor", "total", "quantia", "sku", "codigo", "cod", "cod.", "ref", "referencia",
    "versao", "release", "build", "rastreio", "rastreamento", "objeto", "guia", "senha",
    "autorizacao", "numero do pedido", "pagina", "artigo", "art", "art.", "lei", "decreto",
    # numbers that name a case or an event, not a person: "manifestação 047961196913",
    # "Alerta antifraude 07921213501"
    "manifestacao", "ocorrencia", "solicitacao", "reclamacao", "alerta", "alerta antifraude",
    "incidente", "controle", "no de controle", "transacao", "id da transacao", "renavam",
    "chassi",
    # a proposal, a social-security benefit ("aposentada (NB 4424113572)") and a pupil's
    # registration ("RA 87936114697") are numbered by the institution, not the person's phone
    "proposta", "nb", "numero do beneficio", "ra",
    # a candidate's enrolment in a selection ("INSCRIÇÃO | NOME | NOTA FINAL"), a firm's
    # state or municipal registration; "inscrição eleitoral" stays the título's
    "inscricao", "no de inscricao", "numero de inscricao", "n de inscricao",
    # a utility's consumer unit (its account number on the bill), not the customer's phone
    "unidade consumidora", "uc",
    # a work card's number (no label of its own: "RG: 908720877   CTPS: 6319487 série 8863" is
    # not a second RG) and a boleto's bank reference ("Nosso número: 8356377839")
    "ctps", "nosso numero",
    # a list of boletos ("boletos 1586116478 e 5453785300")
    "boletos",
    # a number portability's ticket ('"bilhete": "1234028093"', "Bilhete nº 7134796113")
    "bilhete",
    # a health plan complaint's number at the ANS ("NIP nº 7590913.2024"); an inmate's
    # number in the prison system's registers ("Infopen 3289352", "RJI 96944945193")
    "nip", "infopen", "rji",
])
