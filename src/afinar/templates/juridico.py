"""juridico: instruction-tuning data for a law firm, in Brazilian Portuguese (Alpaca format).

File written: `clausulas.jsonl`, records with `instruction`, `input`, `output`, plus `id`,
`case_id` (several records per case), `area` (civil, trabalhista, consumidor, tributario) and
the `region` of the court. Each case is one contract between two parties and the lawsuit that
came out of it; its records ask for different work on the same documents: draft a clause,
rewrite a clause in plain language, identify the parties and the object, list amounts and
deadlines, summarise the judgment in three sentences, draft an out-of-court notice, classify
the initial petition.

Inputs carry what the privacy stage must find (names, CPF, RG, CNPJ, OAB numbers, addresses,
bank accounts, PIX keys, e-mails) and what it must leave alone (CNJ process numbers such as
0001234-56.2023.8.26.0100, statute articles, amounts). Outputs are built from the same case
data, so the personal data they repeat is the input's, consistently.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from afinar.templates import brazilian_identifiers as ids
from afinar.templates import informal_writing as informal
from afinar.templates.example_files import write_jsonl
from afinar.templates.brazilian_places import Place, pick_place, pick_region
from afinar.templates.numbers_in_words import number_in_words, reais_in_words
from afinar.templates.synthetic_people import MONTHS_PT, make_person, pick_sex, random_day

if TYPE_CHECKING:
    from faker import Faker

DEFAULT_N = 2000

AREAS: tuple[str, ...] = ("civil", "trabalhista", "consumidor", "tributario")
_AREA_WEIGHTS = {"civil": 0.3, "trabalhista": 0.25, "consumidor": 0.3, "tributario": 0.15}
_AREA_NAMES = {
    "civil": "Direito Civil",
    "trabalhista": "Direito do Trabalho",
    "consumidor": "Direito do Consumidor",
    "tributario": "Direito Tributário",
}

# --- courts ------------------------------------------------------------------------------------

_STATE_NAMES = {
    "AC": "Estado do Acre", "AL": "Estado de Alagoas", "AP": "Estado do Amapá", "AM": "Estado do Amazonas",
    "BA": "Estado da Bahia", "CE": "Estado do Ceará", "DF": "Distrito Federal", "ES": "Estado do Espírito Santo",
    "GO": "Estado de Goiás", "MA": "Estado do Maranhão", "MT": "Estado de Mato Grosso", "MS": "Estado de Mato Grosso do Sul",
    "MG": "Estado de Minas Gerais", "PA": "Estado do Pará", "PB": "Estado da Paraíba", "PR": "Estado do Paraná",
    "PE": "Estado de Pernambuco", "PI": "Estado do Piauí", "RJ": "Estado do Rio de Janeiro", "RN": "Estado do Rio Grande do Norte",
    "RS": "Estado do Rio Grande do Sul", "RO": "Estado de Rondônia", "RR": "Estado de Roraima", "SC": "Estado de Santa Catarina",
    "SP": "Estado de São Paulo", "SE": "Estado de Sergipe", "TO": "Estado do Tocantins",
}
# Tribunal codes of the CNJ numbering (Resolução CNJ 65/2008) for state, labour and federal courts.
_TJ_CODES = {uf: f"{index:02d}" for index, uf in enumerate(sorted(_STATE_NAMES), start=1)}
_TRT_CODES = {
    "RJ": "01", "SP": "02", "MG": "03", "RS": "04", "BA": "05", "PE": "06", "CE": "07", "PA": "08", "AP": "08",
    "PR": "09", "DF": "10", "TO": "10", "AM": "11", "RR": "11", "SC": "12", "PB": "13", "RO": "14", "AC": "14",
    "MA": "16", "ES": "17", "GO": "18", "AL": "19", "SE": "20", "RN": "21", "PI": "22", "MT": "23", "MS": "24",
}
_TRF_CODES = {
    **dict.fromkeys(("AC", "AM", "AP", "BA", "DF", "GO", "MA", "MT", "PA", "PI", "RO", "RR", "TO"), "01"),
    **dict.fromkeys(("RJ", "ES"), "02"), **dict.fromkeys(("SP", "MS"), "03"),
    **dict.fromkeys(("RS", "PR", "SC"), "04"), **dict.fromkeys(("PE", "CE", "AL", "SE", "RN", "PB"), "05"),
    "MG": "06",
}
_COURTS = {
    # kind: (CNJ segment, how the court is named, title of the judge)
    "vara_civel": ("8", "{n}ª Vara Cível da Comarca de {cidade}", "Juiz(a) de Direito"),
    "jec": ("8", "{n}º Juizado Especial Cível da Comarca de {cidade}", "Juiz(a) de Direito"),
    "vara_trabalho": ("5", "{n}ª Vara do Trabalho de {cidade}", "Juiz(a) do Trabalho"),
    "vara_federal": ("4", "{n}ª Vara Federal de {cidade}", "Juiz(a) Federal"),
    "vara_fazenda": ("8", "Vara da Fazenda Pública da Comarca de {cidade}", "Juiz(a) de Direito"),
}


def _court_code(segment: str, uf: str) -> str:
    return {"8": _TJ_CODES, "5": _TRT_CODES, "4": _TRF_CODES}[segment][uf]


# --- contracts and the disputes they lead to ---------------------------------------------------
# Every contract has a paying party ("c", the client) and a delivering party ("f", the
# supplier); clause templates refer to them through slots such as {o_c} ('a CONTRATANTE'),
# {do_f} ('do LOCADOR'), {nome_c}. Disputes name who sues ("c" or "f") and the texts of the
# judgment for each outcome.


@dataclass(frozen=True)
class _Outcome:
    reasoning: str
    ruling: str  # what the judgment orders, after "JULGO PROCEDENTE o pedido, ..."
    effect: str  # the same, for the summary's last sentence


@dataclass(frozen=True)
class _Dispute:
    action: str
    plaintiff: str  # "c" or "f"
    court: str
    facts: str
    facts_short: str
    requests: str
    main_request: str
    defence: str
    defence_short: str
    outcomes: dict[str, _Outcome]
    claim: str = "valor_causa"  # the slot holding the amount in dispute (the value of the claim)
    opponent: str | None = None  # a public entity sued instead of the other party (tax cases)
    opponent_article: str = "o"  # "o Delegado", "a Fazenda Pública": for "em face do/da", "contra o/a"
    notice: tuple[str, str, str] | None = None  # (sender "c"/"f", what is demanded, or else)
    writ: bool = False  # mandado de segurança: the judge grants or denies, not "julga"


@dataclass(frozen=True)
class _ContractKind:
    name: str
    roles: tuple[tuple[str, str], tuple[str, str]]  # (c masculine, feminine), (f masculine, feminine)
    c_is_company: bool
    f_is_company: bool
    object: str
    object_short: str
    amount: tuple[float, float]
    periodicity: str  # "mensal" or "total"
    clauses: tuple[str, ...]
    disputes: tuple[_Dispute, ...]
    company_sectors: tuple[str, ...] = ("Serviços",)


_REFORMA = _ContractKind(
    name="contrato de prestação de serviços de reforma residencial",
    roles=(("CONTRATANTE", "CONTRATANTE"), ("CONTRATADO", "CONTRATADA")),
    c_is_company=False,
    f_is_company=True,
    object="a execução, pela CONTRATADA, de serviços de reforma do imóvel residencial situado na {endereco_imovel}, compreendendo demolição, alvenaria, instalações hidráulicas e elétricas e acabamento, conforme memorial descritivo anexo, no prazo de {prazo_obra} dias",
    object_short="reforma do imóvel residencial situado na {endereco_imovel}",
    amount=(25000, 180000),
    periodicity="total",
    clauses=("pagamento", "multa", "rescisao", "forca_maior", "foro", "confidencialidade", "lgpd", "vigencia"),
    company_sectors=("Construções e Reformas", "Engenharia", "Reformas"),
    disputes=(
        _Dispute(
            action="ação de indenização por danos materiais e morais",
            plaintiff="c",
            court="vara_civel",
            claim="danos_total",
            facts="celebrou com {nome_f}, em {data_contrato}, contrato de prestação de serviços de reforma do imóvel situado na {endereco_imovel}, pelo preço total de R$ {valor}; que a obra, prevista para {prazo_obra} dias, foi entregue com {atraso} meses de atraso e com infiltrações, fissuras nas paredes e falhas na instalação elétrica, conforme laudo técnico anexo; e que as tentativas de solução amigável foram infrutíferas",
            facts_short="a reforma contratada foi entregue com {atraso} meses de atraso e com defeitos de execução",
            requests="a condenação da parte ré ao pagamento de R$ {dano_material} a título de danos materiais, correspondentes ao custo dos reparos, e de R$ {dano_moral} a título de danos morais",
            main_request="indenização de R$ {dano_material} por danos materiais e de R$ {dano_moral} por danos morais, pelo atraso e pelos defeitos da reforma",
            defence="que o atraso decorreu de alterações no projeto solicitadas pela própria parte autora e que os defeitos resultaram do mau uso do imóvel",
            defence_short="que o atraso foi causado por alterações pedidas pelo próprio cliente e que os defeitos vieram do mau uso do imóvel",
            outcomes={
                "procedente": _Outcome(
                    "O laudo pericial confirmou que as infiltrações e fissuras decorrem de falhas de execução, e a ré não comprovou que as alterações de projeto justificassem o atraso, ônus que lhe incumbia (art. 373, II, do CPC). O descumprimento contratual, somado à privação do uso do imóvel por longo período, ultrapassa o mero aborrecimento e configura dano moral indenizável.",
                    "para condenar {nome_f} ao pagamento de R$ {dano_material} a título de danos materiais e de R$ {dano_moral_fixado} a título de danos morais, com correção monetária e juros legais",
                    "condenando a construtora a pagar R$ {dano_material} por danos materiais e R$ {dano_moral_fixado} por danos morais",
                ),
                "parcialmente procedente": _Outcome(
                    "A perícia confirmou os defeitos de execução, mas parte do atraso decorreu das alterações de projeto solicitadas pela parte autora, conforme mensagens juntadas aos autos. Os transtornos narrados, embora relevantes, não bastam para caracterizar dano moral indenizável.",
                    "para condenar {nome_f} ao pagamento de R$ {dano_material} a título de danos materiais, rejeitando o pedido de indenização por danos morais",
                    "reconhecendo os danos materiais de R$ {dano_material} e afastando os danos morais",
                ),
                "improcedente": _Outcome(
                    "A perícia concluiu que as fissuras e infiltrações decorrem da falta de manutenção do imóvel, e as mensagens juntadas demonstram que o atraso resultou das sucessivas alterações de projeto solicitadas pela própria parte autora.",
                    "",
                    "por entender que os defeitos decorreram da falta de manutenção e o atraso, das alterações pedidas pelo cliente",
                ),
            },
            notice=("c", "proceda ao reparo integral das infiltrações, fissuras e falhas elétricas verificadas no imóvel situado na {endereco_imovel}", "adoção das medidas judiciais cabíveis, inclusive para a cobrança de perdas e danos"),
        ),
    ),
)

_LOCACAO = _ContractKind(
    name="contrato de locação residencial",
    roles=(("LOCATÁRIO", "LOCATÁRIA"), ("LOCADOR", "LOCADORA")),
    c_is_company=False,
    f_is_company=False,
    object="a locação do imóvel residencial situado na {endereco_imovel}, destinado exclusivamente à moradia {do_c} e de sua família",
    object_short="locação residencial do imóvel situado na {endereco_imovel}",
    amount=(900, 6500),
    periodicity="mensal",
    clauses=("pagamento", "reajuste", "vigencia", "multa", "rescisao", "foro", "lgpd"),
    disputes=(
        _Dispute(
            action="ação de despejo por falta de pagamento cumulada com cobrança de aluguéis",
            claim="debito",
            plaintiff="f",
            court="vara_civel",
            facts="locou a {nome_c}, por contrato firmado em {data_contrato}, o imóvel residencial situado na {endereco_imovel}, mediante aluguel mensal de R$ {valor}; e que {nome_c} deixou de pagar os aluguéis e encargos a partir de {mes_debito}, acumulando débito de R$ {debito}",
            facts_short="{nome_c} deixou de pagar os aluguéis desde {mes_debito}, acumulando débito de R$ {debito}",
            requests="a decretação do despejo e a condenação da parte ré ao pagamento dos aluguéis vencidos e vincendos até a desocupação, no montante atual de R$ {debito}",
            main_request="despejo por falta de pagamento e cobrança de R$ {debito} em aluguéis atrasados",
            defence="que os atrasos decorreram de desemprego involuntário e que parte do débito foi paga diretamente a {nome_f}, por transferência bancária",
            defence_short="que os atrasos decorreram de desemprego e que parte da dívida já teria sido paga",
            outcomes={
                "procedente": _Outcome(
                    "O inadimplemento está comprovado pelos demonstrativos juntados, e a parte ré não provou os pagamentos alegados nem requereu a purgação da mora no prazo do art. 62, II, da Lei nº 8.245/1991. Dificuldades financeiras, embora compreensíveis, não afastam a obrigação de pagar os aluguéis.",
                    "para decretar o despejo, concedendo o prazo de 15 dias para a desocupação voluntária, e condenar {nome_c} ao pagamento de R$ {debito}, acrescidos dos aluguéis vencidos até a efetiva desocupação",
                    "decretando o despejo e condenando {nome_c} a pagar R$ {debito} em aluguéis atrasados",
                ),
                "parcialmente procedente": _Outcome(
                    "O inadimplemento está comprovado, mas os comprovantes de transferência juntados pela parte ré demonstram o pagamento de parte dos aluguéis cobrados, que deve ser abatida do débito.",
                    "para decretar o despejo e condenar {nome_c} ao pagamento de R$ {debito_reduzido}, valor apurado após o abatimento dos pagamentos comprovados",
                    "decretando o despejo, mas reduzindo a dívida para R$ {debito_reduzido} após abater os pagamentos comprovados",
                ),
                "improcedente": _Outcome(
                    "A parte ré depositou o débito integral atualizado no prazo legal, purgando a mora nos termos do art. 62, II, da Lei nº 8.245/1991, o que afasta a rescisão da locação.",
                    "",
                    "porque a parte ré purgou a mora, depositando o débito integral no prazo legal",
                ),
            },
            notice=("f", "efetue o pagamento dos aluguéis e encargos em atraso desde {mes_debito}, que totalizam R$ {debito}", "ajuizamento de ação de despejo cumulada com cobrança"),
        ),
    ),
)

_CONSULTORIA = _ContractKind(
    name="contrato de prestação de serviços de consultoria em tecnologia da informação",
    roles=(("CONTRATANTE", "CONTRATANTE"), ("CONTRATADO", "CONTRATADA")),
    c_is_company=True,
    f_is_company=True,
    object="a prestação, pela CONTRATADA, de serviços de consultoria em tecnologia da informação, abrangendo a manutenção evolutiva dos sistemas de gestão {do_c} e o suporte técnico em horário comercial, conforme os níveis de serviço do Anexo I",
    object_short="consultoria em tecnologia da informação e suporte aos sistemas de gestão",
    amount=(8000, 60000),
    periodicity="mensal",
    clauses=("pagamento", "confidencialidade", "lgpd", "rescisao", "multa", "reajuste", "vigencia", "foro", "tributos"),
    company_sectors=("Tecnologia", "Sistemas", "Consultoria em TI", "Soluções Digitais"),
    disputes=(
        _Dispute(
            action="ação de cobrança",
            claim="debito",
            plaintiff="f",
            court="vara_civel",
            facts="presta serviços de consultoria em tecnologia da informação a {nome_c} desde {data_contrato}, mediante remuneração mensal de R$ {valor}; e que, a partir de {mes_debito}, a ré deixou de pagar {n_faturas} faturas, embora os serviços tenham sido regularmente prestados e aceitos, totalizando R$ {debito}",
            facts_short="{nome_c} deixou de pagar {n_faturas} faturas mensais de serviços já prestados, no total de R$ {debito}",
            requests="a condenação da ré ao pagamento de R$ {debito}, acrescidos da multa contratual de 2%, de juros de mora e de correção monetária",
            main_request="cobrança de R$ {debito} referentes a faturas de consultoria não pagas",
            defence="que os serviços foram prestados com atraso e abaixo dos níveis de serviço pactuados, o que autorizaria a retenção dos pagamentos",
            defence_short="que os serviços não atingiram os níveis contratados",
            outcomes={
                "procedente": _Outcome(
                    "Os relatórios de atividades e os e-mails de aceite demonstram a efetiva prestação dos serviços, e a ré não comprovou ter notificado a autora de qualquer descumprimento dos níveis de serviço, como exigia o contrato.",
                    "para condenar {nome_c} ao pagamento de R$ {debito}, acrescidos da multa de 2%, de correção monetária e de juros de mora desde o vencimento de cada fatura",
                    "condenando {nome_c} a pagar R$ {debito}, com multa, juros e correção",
                ),
                "parcialmente procedente": _Outcome(
                    "Os serviços foram prestados, mas os relatórios juntados confirmam que, em dois meses, os níveis de serviço ficaram abaixo do pactuado, o que autoriza o desconto previsto no próprio contrato.",
                    "para condenar {nome_c} ao pagamento de R$ {debito_reduzido}, já aplicado o desconto contratual pelos meses em que os níveis de serviço não foram atingidos",
                    "condenando {nome_c} a pagar R$ {debito_reduzido}, com o desconto contratual pelos meses de serviço abaixo do pactuado",
                ),
                "improcedente": _Outcome(
                    "A prova documental demonstrou que os serviços cobrados não foram entregues, tendo a ré contratado outra empresa para concluí-los, o que afasta a exigibilidade das faturas.",
                    "",
                    "por falta de prova de que os serviços cobrados foram efetivamente entregues",
                ),
            },
            notice=("f", "efetue o pagamento das {n_faturas} faturas vencidas, no valor total de R$ {debito}", "suspensão dos serviços e cobrança judicial do débito, acrescido dos encargos contratuais"),
        ),
    ),
)

_TRABALHO = _ContractKind(
    name="contrato individual de trabalho por prazo indeterminado",
    roles=(("EMPREGADOR", "EMPREGADORA"), ("EMPREGADO", "EMPREGADA")),
    c_is_company=True,
    f_is_company=False,
    object="a prestação de serviços {do_f} na função de {cargo}, mediante salário mensal, subordinação e pessoalidade, nos termos da Consolidação das Leis do Trabalho",
    object_short="contratação na função de {cargo}",
    amount=(1800, 14000),
    periodicity="mensal",
    clauses=("salario", "jornada", "teletrabalho", "confidencialidade", "nao_concorrencia"),
    company_sectors=("Comércio", "Logística", "Indústria de Alimentos", "Serviços Hospitalares", "Distribuidora"),
    disputes=(
        _Dispute(
            action="reclamação trabalhista",
            plaintiff="f",
            court="vara_trabalho",
            facts="foi {admitido_f} por {nome_c} em {data_contrato} para exercer a função de {cargo}, com salário mensal de R$ {valor}, e {dispensado_f} sem justa causa em {data_fim}; que cumpria jornada habitual das {hora_entrada} às {hora_saida}, de segunda a sábado, sem o pagamento das horas extras; e que não recebeu integralmente as verbas rescisórias",
            facts_short="trabalhou como {cargo} em jornada extraordinária sem receber horas extras e não recebeu integralmente as verbas rescisórias",
            requests="o pagamento de horas extras com adicional de 50% e reflexos, de diferenças de verbas rescisórias, da multa do art. 477, § 8º, da CLT e de honorários de sucumbência, atribuindo à causa o valor de R$ {valor_causa}",
            main_request="pagamento de horas extras e de diferenças de verbas rescisórias",
            defence="que a jornada era corretamente registrada em cartão de ponto, que as horas extras eventualmente prestadas foram compensadas em banco de horas e que as verbas rescisórias foram quitadas no prazo legal",
            defence_short="que as horas extras foram compensadas em banco de horas e as verbas rescisórias, pagas",
            outcomes={
                "procedente": _Outcome(
                    "Os cartões de ponto apresentam horários invariáveis, o que os invalida como meio de prova (Súmula 338, III, do TST), prevalecendo a jornada declarada na inicial, confirmada pela testemunha. A reclamada não comprovou acordo válido de banco de horas nem o pagamento integral das verbas rescisórias.",
                    "para condenar {nome_c} ao pagamento de horas extras com adicional de 50% e reflexos, de diferenças de verbas rescisórias e da multa do art. 477, § 8º, da CLT, em valor a ser apurado em liquidação, arbitrado provisoriamente em R$ {condenacao}",
                    "condenando a empresa a pagar horas extras, diferenças rescisórias e a multa do art. 477 da CLT, em valor provisório de R$ {condenacao}",
                ),
                "parcialmente procedente": _Outcome(
                    "A prova testemunhal confirmou horas extras apenas em parte do período, e os recibos juntados comprovam a quitação das verbas rescisórias no prazo legal, o que afasta a multa do art. 477 da CLT.",
                    "para condenar {nome_c} ao pagamento de horas extras no período reconhecido, com reflexos, arbitrando-se a condenação em R$ {condenacao}",
                    "reconhecendo horas extras em parte do período, com condenação arbitrada em R$ {condenacao}, e afastando a multa do art. 477 da CLT",
                ),
                "improcedente": _Outcome(
                    "Os cartões de ponto apresentam registros variáveis e foram assinados pela parte reclamante, e a testemunha ouvida não confirmou a jornada alegada. Os recibos comprovam o pagamento tempestivo das verbas rescisórias.",
                    "",
                    "por falta de prova da jornada extraordinária alegada",
                ),
            },
            notice=("f", "efetue o pagamento das horas extras e das diferenças de verbas rescisórias devidas, estimadas em R$ {valor_causa}", "ajuizamento de reclamação trabalhista"),
        ),
        _Dispute(
            action="reclamação trabalhista com pedido de indenização por danos morais",
            claim="reembolso_mais_moral",
            plaintiff="f",
            court="vara_trabalho",
            facts="trabalhou para {nome_c} de {data_contrato} a {data_fim}, em regime de teletrabalho, na função de {cargo}; que arcava com as despesas de internet, energia elétrica e mobiliário sem qualquer reembolso; e que recebia cobranças por mensagens fora do horário de trabalho, inclusive em fins de semana, sob ameaça de dispensa",
            facts_short="não era {reembolsado_f} pelas despesas do teletrabalho e recebia cobranças fora do horário, sob ameaça de dispensa",
            requests="o reembolso das despesas com o teletrabalho, no valor de R$ {reembolso}, e indenização por danos morais de R$ {dano_moral}",
            main_request="reembolso de despesas do teletrabalho e indenização por danos morais por cobranças abusivas",
            defence="que o contrato previa ajuda de custo mensal para as despesas e que as mensagens enviadas fora do horário não exigiam resposta imediata",
            defence_short="que pagava ajuda de custo e que as mensagens fora do horário não exigiam resposta",
            outcomes={
                "procedente": _Outcome(
                    "As mensagens juntadas demonstram cobranças reiteradas em horários de descanso, com ameaças de dispensa, o que caracteriza conduta abusiva e viola o direito à desconexão. Não houve prova do pagamento da ajuda de custo prevista no contrato (art. 75-D da CLT).",
                    "para condenar {nome_c} ao reembolso de R$ {reembolso} em despesas de teletrabalho e ao pagamento de R$ {dano_moral_fixado} a título de danos morais",
                    "condenando a empresa a reembolsar R$ {reembolso} em despesas e a pagar R$ {dano_moral_fixado} por danos morais",
                ),
                "parcialmente procedente": _Outcome(
                    "Os contracheques comprovam o pagamento da ajuda de custo prevista no contrato, mas as mensagens demonstram cobranças abusivas em horários de descanso, com ameaças de dispensa.",
                    "para condenar {nome_c} ao pagamento de R$ {dano_moral_fixado} a título de danos morais, rejeitando o pedido de reembolso de despesas",
                    "concedendo R$ {dano_moral_fixado} por danos morais e rejeitando o reembolso, já coberto pela ajuda de custo",
                ),
                "improcedente": _Outcome(
                    "A ajuda de custo foi paga mensalmente, conforme os contracheques, e as mensagens enviadas fora do horário eram esporádicas e não exigiam resposta imediata, não se caracterizando ofensa à dignidade.",
                    "",
                    "por entender que a ajuda de custo cobria as despesas e que as mensagens eram esporádicas",
                ),
            },
            notice=("f", "efetue o reembolso das despesas de teletrabalho, no valor de R$ {reembolso}", "ajuizamento de reclamação trabalhista, inclusive com pedido de indenização por danos morais"),
        ),
    ),
)

_EDUCACIONAL = _ContractKind(
    name="contrato de prestação de serviços educacionais",
    roles=(("CONTRATANTE", "CONTRATANTE"), ("CONTRATADO", "CONTRATADA")),
    c_is_company=False,
    f_is_company=True,
    object="a prestação, pela CONTRATADA, de serviços educacionais do curso de graduação em {curso}, na modalidade presencial, pelo período letivo de {ano}",
    object_short="serviços educacionais do curso de graduação em {curso}",
    amount=(650, 3800),
    periodicity="mensal",
    clauses=("pagamento", "rescisao", "multa", "reajuste", "lgpd", "foro_consumidor", "arrependimento"),
    company_sectors=("Educacional", "Ensino Superior", "Instituto de Educação"),
    disputes=(
        _Dispute(
            action="ação declaratória de inexistência de débito cumulada com indenização por danos morais",
            claim="debito_mais_moral",
            plaintiff="c",
            court="jec",
            facts="celebrou com {nome_f} contrato de prestação de serviços educacionais em {data_contrato} e solicitou o cancelamento da matrícula em {data_fim}, conforme protocolo nº {protocolo}; que, ainda assim, a ré continuou a emitir boletos de mensalidades e incluiu seu nome nos cadastros de inadimplentes por débito de R$ {debito}",
            facts_short="teve o nome negativado por mensalidades cobradas depois de cancelar a matrícula",
            requests="a declaração de inexistência do débito de R$ {debito}, a exclusão de seu nome dos cadastros de inadimplentes e a condenação da ré ao pagamento de indenização por danos morais de R$ {dano_moral}",
            main_request="declaração de inexistência de débito de R$ {debito} e indenização por negativação indevida",
            defence="que o cancelamento não foi formalizado na secretaria acadêmica, como exige o contrato, de modo que as mensalidades seriam devidas",
            defence_short="que o cancelamento não teria sido formalizado corretamente",
            outcomes={
                "procedente": _Outcome(
                    "O protocolo juntado comprova o pedido tempestivo de cancelamento, e a exigência de formalização presencial é abusiva (art. 51, IV, do CDC). A inscrição indevida em cadastro de inadimplentes gera dano moral presumido, conforme jurisprudência consolidada do STJ.",
                    "para declarar inexistente o débito de R$ {debito}, determinar a exclusão definitiva do nome de {nome_c} dos cadastros de inadimplentes e condenar {nome_f} ao pagamento de R$ {dano_moral_fixado} a título de danos morais",
                    "declarando inexistente o débito e condenando a instituição a pagar R$ {dano_moral_fixado} por danos morais",
                ),
                "parcialmente procedente": _Outcome(
                    "O cancelamento está comprovado, sendo indevidas as cobranças posteriores. Contudo, à época da inscrição, o nome de {nome_c} já constava de outras anotações legítimas, o que afasta o dano moral (Súmula 385 do STJ).",
                    "para declarar inexistente o débito de R$ {debito} e determinar a exclusão da anotação, rejeitando o pedido de indenização por danos morais",
                    "declarando o débito inexistente, mas negando os danos morais por haver outras negativações legítimas (Súmula 385 do STJ)",
                ),
                "improcedente": _Outcome(
                    "Não há prova de que o pedido de cancelamento tenha sido apresentado: o protocolo juntado refere-se a uma solicitação de segunda via de boleto.",
                    "",
                    "por falta de prova de que o cancelamento da matrícula foi pedido",
                ),
            },
            notice=("c", "cancele as cobranças de mensalidades posteriores a {data_fim} e providencie a exclusão do nome de {nome_c} dos cadastros de inadimplentes", "ajuizamento de ação declaratória de inexistência de débito cumulada com indenização por danos morais"),
        ),
    ),
)

_VEICULO = _ContractKind(
    name="contrato de compra e venda de veículo seminovo",
    roles=(("COMPRADOR", "COMPRADORA"), ("VENDEDOR", "VENDEDORA")),
    c_is_company=False,
    f_is_company=True,
    object="a venda, pela VENDEDORA, do veículo {veiculo}, placa {placa}, livre de ônus, no estado de conservação descrito no termo de vistoria anexo",
    object_short="compra do veículo {veiculo}, placa {placa}",
    amount=(28000, 140000),
    periodicity="total",
    clauses=("pagamento", "garantia", "multa", "foro_consumidor", "lgpd", "arrependimento"),
    company_sectors=("Comércio de Veículos", "Veículos", "Multimarcas"),
    disputes=(
        _Dispute(
            action="ação de rescisão contratual cumulada com restituição de valores e indenização por danos morais",
            claim="valor_mais_moral",
            plaintiff="c",
            court="vara_civel",
            facts="adquiriu de {nome_f}, em {data_contrato}, o veículo {veiculo}, placa {placa}, pelo preço de R$ {valor}; que, {dias_defeito} dias após a compra, o motor apresentou superaquecimento e perda de potência, e a oficina constatou vício preexistente no cabeçote; e que a ré se recusou a realizar o reparo, alegando que o veículo fora vendido no estado",
            facts_short="o veículo comprado apresentou defeito grave no motor {dias_defeito} dias após a compra e a revendedora se recusou a consertá-lo",
            requests="a rescisão do contrato, com a restituição dos R$ {valor} pagos, e a condenação da ré ao pagamento de danos morais de R$ {dano_moral}",
            main_request="rescisão da compra do veículo, com devolução de R$ {valor}, e indenização por danos morais",
            defence="que o veículo foi vistoriado pela parte autora antes da compra e que o defeito decorreu de mau uso",
            defence_short="que o carro foi vistoriado antes da compra e que o defeito veio do mau uso",
            outcomes={
                "procedente": _Outcome(
                    "A perícia confirmou que o vício no cabeçote é anterior à venda e não era perceptível em vistoria comum, caracterizando vício oculto (art. 18 do CDC). A cláusula de venda no estado não afasta a responsabilidade do fornecedor e é nula (art. 51, I, do CDC).",
                    "para declarar rescindido o contrato e condenar {nome_f} a restituir R$ {valor}, mediante a devolução do veículo, e a pagar R$ {dano_moral_fixado} a título de danos morais",
                    "rescindindo a venda, com devolução de R$ {valor} e R$ {dano_moral_fixado} de danos morais",
                ),
                "parcialmente procedente": _Outcome(
                    "A perícia confirmou o vício oculto preexistente, o que autoriza a rescisão. Os transtornos decorrentes, contudo, não ultrapassaram o mero aborrecimento.",
                    "para declarar rescindido o contrato e condenar {nome_f} a restituir R$ {valor}, mediante a devolução do veículo, rejeitando o pedido de danos morais",
                    "rescindindo a venda com devolução de R$ {valor}, mas negando os danos morais",
                ),
                "improcedente": _Outcome(
                    "A perícia concluiu que o superaquecimento decorreu da falta de fluido de arrefecimento, por ausência de manutenção após a compra, não havendo vício preexistente.",
                    "",
                    "porque a perícia atribuiu o defeito à falta de manutenção depois da compra",
                ),
            },
            notice=("c", "restitua o valor de R$ {valor} pago pelo veículo {veiculo}, placa {placa}, mediante a devolução do bem, ou realize o reparo integral do motor", "ajuizamento de ação de rescisão contratual cumulada com indenização por danos morais"),
        ),
    ),
)

_VIAGEM = _ContractKind(
    name="contrato de intermediação de pacote turístico",
    roles=(("CONTRATANTE", "CONTRATANTE"), ("CONTRATADO", "CONTRATADA")),
    c_is_company=False,
    f_is_company=True,
    object="a intermediação, pela CONTRATADA, de pacote turístico para {destino}, incluindo passagens aéreas de ida e volta e hospedagem por {noites} noites, com embarque em {data_viagem}",
    object_short="pacote turístico para {destino}, com embarque em {data_viagem}",
    amount=(3500, 28000),
    periodicity="total",
    clauses=("pagamento", "arrependimento", "multa", "rescisao", "foro_consumidor", "lgpd"),
    company_sectors=("Viagens e Turismo", "Turismo", "Agência de Viagens"),
    disputes=(
        _Dispute(
            action="ação de indenização por danos materiais e morais",
            plaintiff="c",
            court="jec",
            claim="danos_total",
            facts="adquiriu de {nome_f} pacote turístico para {destino}, com embarque previsto para {data_viagem}, pelo valor de R$ {valor}; que o voo foi cancelado sem aviso prévio e a reacomodação só ocorreu {horas_atraso} horas depois, com a perda de duas diárias de hotel já pagas; e que a ré não prestou assistência material durante a espera",
            facts_short="o voo do pacote turístico foi cancelado sem aviso e a reacomodação atrasou {horas_atraso} horas, sem assistência",
            requests="a condenação da ré ao ressarcimento de R$ {dano_material} pelas diárias perdidas e ao pagamento de indenização por danos morais de R$ {dano_moral}",
            main_request="ressarcimento de R$ {dano_material} e indenização por danos morais pelo cancelamento do voo",
            defence="que atua apenas como intermediadora, cabendo a responsabilidade exclusivamente à companhia aérea",
            defence_short="que seria mera intermediadora e que a culpa seria da companhia aérea",
            outcomes={
                "procedente": _Outcome(
                    "A agência de turismo integra a cadeia de fornecimento e responde solidariamente pelos danos causados ao consumidor (arts. 7º, parágrafo único, e 14 do CDC). O atraso de {horas_atraso} horas sem assistência material ultrapassa o mero aborrecimento.",
                    "para condenar {nome_f} ao pagamento de R$ {dano_material} a título de danos materiais e de R$ {dano_moral_fixado} a título de danos morais",
                    "condenando a agência a pagar R$ {dano_material} por danos materiais e R$ {dano_moral_fixado} por danos morais",
                ),
                "parcialmente procedente": _Outcome(
                    "A agência responde solidariamente pelos danos (art. 14 do CDC), e as diárias perdidas estão comprovadas. Não houve, porém, prova de situação excepcional que caracterizasse dano moral.",
                    "para condenar {nome_f} ao ressarcimento de R$ {dano_material}, rejeitando o pedido de danos morais",
                    "condenando a agência a ressarcir R$ {dano_material} pelas diárias, mas negando os danos morais",
                ),
                "improcedente": _Outcome(
                    "O cancelamento decorreu do fechamento do aeroporto por condições meteorológicas, fortuito externo que rompe o nexo causal, e a ré comprovou ter oferecido hospedagem e alimentação durante a espera.",
                    "",
                    "porque o cancelamento decorreu de mau tempo, um fortuito externo, e houve assistência",
                ),
            },
            notice=("c", "restitua o valor de R$ {dano_material} referente às diárias de hotel perdidas em razão do cancelamento do voo", "ajuizamento de ação de indenização por danos materiais e morais"),
        ),
    ),
)

_CONTABIL = _ContractKind(
    name="contrato de prestação de serviços de assessoria contábil e tributária",
    roles=(("CONTRATANTE", "CONTRATANTE"), ("CONTRATADO", "CONTRATADA")),
    c_is_company=True,
    f_is_company=True,
    object="a prestação, pela CONTRATADA, de serviços de escrituração contábil e fiscal, apuração de tributos federais, estaduais e municipais e entrega das obrigações acessórias {do_c}",
    object_short="assessoria contábil e tributária, com apuração de tributos e entrega de obrigações acessórias",
    amount=(2500, 25000),
    periodicity="mensal",
    clauses=("pagamento", "tributos", "confidencialidade", "lgpd", "rescisao", "multa", "vigencia", "foro"),
    company_sectors=("Indústria", "Comércio Atacadista", "Distribuidora", "Alimentos"),
    disputes=(
        _Dispute(
            action="mandado de segurança",
            claim="credito",
            plaintiff="c",
            court="vara_federal",
            opponent="Delegado da Receita Federal do Brasil em {cidade}",
            facts="é pessoa jurídica sujeita à apuração não cumulativa da contribuição ao PIS e da COFINS e vem sendo compelida a incluir o ICMS destacado em suas notas fiscais na base de cálculo dessas contribuições; e que o Supremo Tribunal Federal, no julgamento do RE 574.706 (Tema 69 da repercussão geral), firmou a tese de que o ICMS não compõe a base de cálculo do PIS e da COFINS",
            facts_short="vinha sendo obrigada a incluir o ICMS na base de cálculo do PIS e da COFINS",
            requests="a concessão da segurança para assegurar o direito de excluir o ICMS destacado da base de cálculo do PIS e da COFINS e de compensar os valores recolhidos indevidamente nos cinco anos anteriores à impetração, estimados em R$ {credito}",
            main_request="exclusão do ICMS da base de cálculo do PIS e da COFINS e compensação de R$ {credito} recolhidos a maior",
            defence="que a exclusão deveria observar o ICMS efetivamente recolhido, e não o destacado, e que a compensação estaria sujeita ao trânsito em julgado",
            defence_short="que só o ICMS efetivamente recolhido poderia ser excluído",
            writ=True,
            outcomes={
                "procedente": _Outcome(
                    "A matéria foi definida pelo STF no Tema 69, inclusive quanto à exclusão do ICMS destacado na nota fiscal, com modulação de efeitos a partir de 15/03/2017. A compensação somente poderá ser efetivada após o trânsito em julgado (art. 170-A do CTN).",
                    "para reconhecer o direito de {nome_c} de excluir o ICMS destacado da base de cálculo do PIS e da COFINS e de compensar os valores indevidamente recolhidos, observada a modulação fixada pelo STF e o art. 170-A do CTN",
                    "reconhecendo o direito de excluir o ICMS destacado da base do PIS e da COFINS e de compensar os valores pagos a maior",
                ),
                "parcialmente procedente": _Outcome(
                    "O direito à exclusão do ICMS da base de cálculo está assegurado pelo Tema 69 do STF; a modulação de efeitos, contudo, impede a compensação de recolhimentos anteriores a 15/03/2017, o que reduz o montante pleiteado.",
                    "para reconhecer o direito de {nome_c} à exclusão do ICMS da base de cálculo do PIS e da COFINS, limitando a compensação aos recolhimentos posteriores a 15/03/2017",
                    "reconhecendo a exclusão do ICMS, mas limitando a compensação pela modulação de efeitos",
                ),
                "improcedente": _Outcome(
                    "A impetrante não comprovou, por prova pré-constituída, os recolhimentos que pretende compensar, o que inviabiliza o mandado de segurança, que não admite dilação probatória.",
                    "",
                    "por falta de prova pré-constituída dos recolhimentos",
                ),
            },
        ),
    ),
)

_FORNECIMENTO = _ContractKind(
    name="contrato de fornecimento de mercadorias",
    roles=(("COMPRADOR", "COMPRADORA"), ("FORNECEDOR", "FORNECEDORA")),
    c_is_company=True,
    f_is_company=True,
    object="o fornecimento contínuo, pela FORNECEDORA, de {mercadoria}, conforme pedidos mensais {do_c}, com entrega no estabelecimento desta",
    object_short="fornecimento contínuo de {mercadoria}",
    amount=(30000, 400000),
    periodicity="mensal",
    clauses=("pagamento", "tributos", "multa", "rescisao", "reajuste", "vigencia", "foro", "confidencialidade"),
    company_sectors=("Distribuidora", "Indústria", "Comércio Atacadista", "Supermercados"),
    disputes=(
        _Dispute(
            action="embargos à execução fiscal",
            claim="debito_fiscal",
            plaintiff="c",
            court="vara_fazenda",
            opponent="Fazenda Pública do {estado}",
            opponent_article="a",
            facts="foi autuada pela Secretaria da Fazenda por suposta falta de recolhimento do ICMS devido por substituição tributária nas aquisições de mercadorias de {nome_f}, com a inscrição em dívida ativa do débito de R$ {debito_fiscal} (CDA nº {cda}); que, nos termos do contrato de fornecimento, a retenção e o recolhimento do ICMS-ST cabiam à fornecedora, na qualidade de substituta tributária; e que o imposto foi destacado e pago nas notas fiscais",
            facts_short="foi executada por R$ {debito_fiscal} de ICMS-ST que, segundo alega, já havia sido retido e recolhido pela fornecedora",
            requests="a extinção da execução fiscal, com a desconstituição da CDA nº {cda}, e a condenação da embargada ao pagamento de honorários advocatícios",
            main_request="extinção da execução fiscal de R$ {debito_fiscal} em cobrança de ICMS por substituição tributária",
            defence="que a responsabilidade do adquirente pelo ICMS-ST é solidária e que não houve prova do efetivo recolhimento do imposto retido",
            defence_short="que o adquirente responde solidariamente pelo ICMS-ST",
            outcomes={
                "procedente": _Outcome(
                    "As guias juntadas comprovam que o ICMS-ST foi retido e recolhido pela substituta tributária nas operações autuadas, o que extingue o crédito tributário (art. 156, I, do CTN).",
                    "para desconstituir a CDA nº {cda} e extinguir a execução fiscal movida contra {nome_c}",
                    "desconstituindo a CDA e extinguindo a execução fiscal",
                ),
                "parcialmente procedente": _Outcome(
                    "As guias comprovam o recolhimento do ICMS-ST em parte das operações autuadas; quanto às demais, não houve prova do pagamento, subsistindo a responsabilidade solidária do adquirente prevista na legislação estadual.",
                    "para reduzir o valor executado a R$ {debito_fiscal_reduzido}, correspondente às operações sem prova de recolhimento, prosseguindo-se a execução pelo saldo",
                    "reduzindo a dívida executada para R$ {debito_fiscal_reduzido}",
                ),
                "improcedente": _Outcome(
                    "Não foram apresentadas as guias de recolhimento do ICMS-ST das operações autuadas, e a legislação estadual atribui ao adquirente responsabilidade solidária pelo imposto não recolhido pelo substituto.",
                    "",
                    "mantendo a execução por falta de prova do recolhimento do ICMS-ST",
                ),
            },
            notice=("c", "ressarça os R$ {debito_fiscal} exigidos pela Fazenda Estadual a título de ICMS-ST nas operações de fornecimento, conforme a cláusula de responsabilidade tributária do contrato", "ajuizamento de ação regressiva, sem prejuízo da rescisão do contrato"),
        ),
    ),
)

_CONTRACT_KINDS: dict[str, tuple[_ContractKind, ...]] = {
    "civil": (_REFORMA, _LOCACAO, _CONSULTORIA),
    "trabalhista": (_TRABALHO,),
    "consumidor": (_EDUCACIONAL, _VEICULO, _VIAGEM),
    "tributario": (_CONTABIL, _FORNECIMENTO),
}

# --- clauses: the legal text and its plain-language version ------------------------------------


@dataclass(frozen=True)
class _Clause:
    topic: str  # as an instruction names it: "Redija uma cláusula de {topic}"
    title: str
    legal: str
    plain: str


_CLAUSES: dict[str, _Clause] = {
    "confidencialidade": _Clause(
        "confidencialidade",
        "DA CONFIDENCIALIDADE",
        "{n}.1. {O_f}, {nome_f}, obriga-se a manter sob absoluto sigilo todas as informações técnicas, comerciais, financeiras e estratégicas {do_c} a que tiver acesso em razão deste contrato, não podendo divulgá-las, reproduzi-las ou utilizá-las para finalidade diversa da execução do objeto contratado.\n{n}.2. A obrigação prevista nesta cláusula subsiste pelo prazo de {anos_sigilo} ({anos_sigilo_extenso}) anos após o término do contrato, qualquer que seja a causa da extinção.\n{n}.3. O descumprimento desta cláusula sujeitará a parte infratora ao pagamento de multa não compensatória de R$ {multa_sigilo} ({multa_sigilo_extenso}), sem prejuízo da indenização por perdas e danos.",
        "{nome_f} não pode contar a ninguém, nem usar para outros fins, as informações de {nome_c} que conhecer por causa deste contrato. Esse dever continua por {anos_sigilo} anos depois que o contrato acabar. Quem descumprir paga multa de R$ {multa_sigilo}, além de indenizar eventuais prejuízos.",
    ),
    "rescisao": _Clause(
        "rescisão",
        "DA RESCISÃO",
        "{n}.1. O presente contrato poderá ser rescindido por qualquer das partes, sem ônus, mediante aviso prévio por escrito com antecedência mínima de {aviso} ({aviso_extenso}) dias.\n{n}.2. Constituem motivo para rescisão imediata, independentemente de notificação, o descumprimento de qualquer obrigação contratual não sanado no prazo de 10 (dez) dias após o recebimento de notificação e a cessão do contrato a terceiros sem anuência prévia e por escrito da outra parte.\n{n}.3. Na hipótese de rescisão imotivada antes do término da vigência, a parte que lhe der causa pagará à outra multa equivalente a {multa}% ({multa_extenso} por cento) do valor remanescente do contrato.",
        "Qualquer um dos lados pode encerrar o contrato avisando por escrito com {aviso} dias de antecedência. Se alguém descumprir o combinado e não corrigir em 10 dias depois de avisado, o contrato pode ser encerrado na hora. Quem encerrar o contrato antes do prazo, sem motivo, paga multa de {multa}% sobre o valor que ainda faltava.",
    ),
    "foro": _Clause(
        "eleição de foro",
        "DO FORO",
        "As partes elegem o foro da Comarca de {cidade}/{uf} para dirimir quaisquer dúvidas ou controvérsias oriundas do presente contrato, com renúncia expressa a qualquer outro, por mais privilegiado que seja.",
        "Se houver desentendimento sobre este contrato que precise ir à Justiça, o processo será em {cidade} ({uf}).",
    ),
    "foro_consumidor": _Clause(
        "eleição de foro",
        "DO FORO",
        "Fica eleito o foro da Comarca de {cidade}/{uf} para dirimir as controvérsias oriundas deste contrato, ressalvado o direito {do_c} de propor ação no foro de seu domicílio, nos termos do art. 101, I, do Código de Defesa do Consumidor.",
        "Se houver processo sobre este contrato, ele corre em {cidade} ({uf}), mas {nome_c}, como consumidor, sempre pode entrar com a ação na cidade onde mora.",
    ),
    "multa": _Clause(
        "multa por inadimplemento",
        "DA MORA E DAS PENALIDADES",
        "{n}.1. O atraso no pagamento de qualquer valor devido sujeitará {o_c} ao pagamento de multa moratória de 2% (dois por cento) sobre o débito, acrescido de juros de mora de 1% (um por cento) ao mês, calculados pro rata die, e de correção monetária pelo {indice}.\n{n}.2. O descumprimento de qualquer outra obrigação sujeitará a parte infratora ao pagamento de multa de {multa}% ({multa_extenso} por cento) do valor total do contrato, sem prejuízo da indenização suplementar.",
        "Se {nome_c} pagar com atraso, paga 2% de multa, mais juros de 1% ao mês e correção pelo {indice}. Quem descumprir outras regras do contrato paga multa de {multa}% do valor total, e ainda pode ter que cobrir prejuízos maiores.",
    ),
    "lgpd": _Clause(
        "proteção de dados pessoais (LGPD)",
        "DA PROTEÇÃO DE DADOS PESSOAIS",
        "{n}.1. As partes comprometem-se a tratar os dados pessoais a que tiverem acesso em razão deste contrato em conformidade com a Lei nº 13.709/2018 (Lei Geral de Proteção de Dados Pessoais), limitando o tratamento às finalidades necessárias à execução do objeto contratual.\n{n}.2. {O_f} adotará medidas técnicas e administrativas aptas a proteger os dados pessoais contra acessos não autorizados e situações acidentais ou ilícitas de destruição, perda, alteração ou difusão, e comunicará {ao_c}, em até 48 (quarenta e oito) horas, qualquer incidente de segurança.\n{n}.3. Encerrado o contrato, os dados pessoais serão eliminados, ressalvadas as hipóteses de conservação previstas no art. 16 da LGPD.",
        "Os dois lados só podem usar dados pessoais para cumprir este contrato, seguindo a LGPD. {nome_f} precisa proteger esses dados e avisar {nome_c} em até 48 horas se houver vazamento ou outro incidente. Quando o contrato acabar, os dados devem ser apagados, salvo quando a lei mandar guardar.",
    ),
    "reajuste": _Clause(
        "reajuste",
        "DO REAJUSTE",
        "O valor previsto neste contrato será reajustado anualmente, a cada período de 12 (doze) meses contado da data de sua assinatura, pela variação acumulada do {indice} ou, na sua extinção, pelo índice oficial que vier a substituí-lo.",
        "O valor é corrigido uma vez por ano, no aniversário do contrato, pela inflação medida pelo {indice}.",
    ),
    "vigencia": _Clause(
        "vigência",
        "DA VIGÊNCIA",
        "O presente contrato vigorará pelo prazo de {vigencia} ({vigencia_extenso}) meses, contados a partir de {data_contrato}, podendo ser prorrogado mediante termo aditivo firmado pelas partes.",
        "O contrato vale por {vigencia} meses a partir de {data_contrato} e pode ser renovado se os dois lados assinarem um aditivo.",
    ),
    "pagamento": _Clause(
        "preço e forma de pagamento",
        "DO PREÇO E DA FORMA DE PAGAMENTO",
        "{n}.1. Pelo objeto deste contrato, {o_c} pagará {ao_f} {preco_juridico}, mediante {meio_pagamento}.\n{n}.2. A quitação de cada pagamento se dará mediante a emissão do respectivo recibo ou nota fiscal, que {o_f} entregará com antecedência mínima de 5 (cinco) dias úteis da data de vencimento.",
        "{nome_c} paga a {nome_f} {preco_simples}, por {meio_simples}. Antes de cada vencimento, {nome_f} entrega o recibo ou a nota fiscal com pelo menos 5 dias úteis de antecedência.",
    ),
    "salario": _Clause(
        "remuneração",
        "DA REMUNERAÇÃO",
        "{n}.1. {O_c} pagará {ao_f} salário mensal de R$ {valor} ({valor_extenso}), até o 5º (quinto) dia útil do mês subsequente ao vencido, mediante depósito na conta {conta_f_descricao}.\n{n}.2. Sobre o salário incidirão os descontos legais, e as horas extraordinárias serão remuneradas com adicional de 50% (cinquenta por cento) sobre o valor da hora normal.",
        "{nome_f} recebe R$ {valor} de salário por mês, pago até o 5º dia útil do mês seguinte na conta indicada. Os descontos obrigatórios por lei são feitos no salário, e cada hora extra vale 50% a mais que a hora normal.",
    ),
    "jornada": _Clause(
        "jornada de trabalho",
        "DA JORNADA DE TRABALHO",
        "{n}.1. A jornada de trabalho {do_f} será de 44 (quarenta e quatro) horas semanais, de segunda a sexta-feira, das {hora_entrada} às {hora_saida}, com intervalo de 1 (uma) hora para repouso e alimentação, e aos sábados das 8h às 12h.\n{n}.2. As horas excedentes poderão ser compensadas em banco de horas, mediante acordo individual escrito, no prazo máximo de 6 (seis) meses, nos termos do art. 59, § 5º, da CLT.",
        "{nome_f} trabalha 44 horas por semana: de segunda a sexta, das {hora_entrada} às {hora_saida}, com 1 hora de almoço, e aos sábados das 8h ao meio-dia. As horas a mais podem ir para um banco de horas, se houver acordo por escrito, e precisam ser compensadas em até 6 meses.",
    ),
    "teletrabalho": _Clause(
        "teletrabalho",
        "DO TELETRABALHO",
        "{n}.1. {O_f} prestará serviços preponderantemente fora das dependências {do_c}, em regime de teletrabalho, nos termos dos arts. 75-A a 75-F da CLT, utilizando os equipamentos fornecidos pela empresa, que permanecerão de sua propriedade.\n{n}.2. {O_c} pagará {ao_f} ajuda de custo mensal de R$ {ajuda_custo} ({ajuda_custo_extenso}), de natureza indenizatória, para o custeio das despesas com internet e energia elétrica.\n{n}.3. É assegurado {ao_f} o direito à desconexão, não lhe sendo exigida resposta a mensagens fora do horário de trabalho.",
        "{nome_f} trabalha de casa, com equipamentos da empresa, que continuam sendo dela. {nome_c} paga R$ {ajuda_custo} por mês para ajudar com internet e luz, e esse valor não conta como salário. Ninguém pode exigir que {nome_f} responda mensagens fora do horário de trabalho.",
    ),
    "nao_concorrencia": _Clause(
        "não concorrência",
        "DA NÃO CONCORRÊNCIA",
        "{n}.1. {O_f} compromete-se, pelo prazo de {meses_nc} ({meses_nc_extenso}) meses após a extinção do contrato de trabalho, a não prestar serviços, direta ou indiretamente, a empresas concorrentes {do_c} que atuem no mesmo segmento, no raio de {raio_km} km de {cidade}/{uf}.\n{n}.2. Como contrapartida, {o_c} pagará {ao_f}, durante todo o período de restrição, indenização mensal equivalente a {pct_nc}% ({pct_nc_extenso} por cento) da última remuneração percebida.",
        "Depois que o contrato acabar, {nome_f} não pode trabalhar para concorrentes de {nome_c} num raio de {raio_km} km de {cidade} por {meses_nc} meses. Em troca, recebe todo mês, durante esse período, {pct_nc}% do último salário.",
    ),
    "tributos": _Clause(
        "responsabilidade tributária",
        "DOS TRIBUTOS",
        "{n}.1. Os tributos incidentes sobre o objeto deste contrato são de responsabilidade do contribuinte definido na legislação tributária, cabendo {ao_c}, quando a lei o determinar, reter na fonte o Imposto sobre Serviços (ISS), o Imposto de Renda Retido na Fonte (IRRF) e as contribuições ao PIS, à COFINS e a CSLL, recolhendo-os nos prazos legais.\n{n}.2. {O_f} responderá integralmente por autuações, multas e encargos decorrentes de informações incorretas prestadas em seus documentos fiscais, ressarcindo {o_c} de quaisquer valores que venha a desembolsar por esse motivo.",
        "Cada parte paga os impostos que a lei manda. Quando a lei exigir, {nome_c} desconta do pagamento e recolhe o ISS, o Imposto de Renda e as contribuições. Se {nome_f} errar na nota fiscal e isso gerar multa, é {nome_f} quem paga.",
    ),
    "garantia": _Clause(
        "garantia",
        "DA GARANTIA",
        "{n}.1. {O_f} concede garantia contratual de {garantia_meses} ({garantia_meses_extenso}) meses, complementar à garantia legal prevista no art. 26 do Código de Defesa do Consumidor, contados da entrega do produto.\n{n}.2. Constatado vício no prazo de garantia, {o_f} deverá saná-lo em até 30 (trinta) dias; não o fazendo, {o_c} poderá exigir, à sua escolha, a substituição do produto, a restituição imediata da quantia paga, monetariamente atualizada, ou o abatimento proporcional do preço, nos termos do art. 18, § 1º, do CDC.",
        "{nome_f} dá {garantia_meses} meses de garantia, além da garantia que a lei já assegura. Se aparecer defeito, a empresa tem 30 dias para consertar; se não consertar, {nome_c} escolhe entre trocar o produto, receber o dinheiro de volta corrigido ou ter desconto no preço.",
    ),
    "arrependimento": _Clause(
        "direito de arrependimento",
        "DO DIREITO DE ARREPENDIMENTO",
        "Tratando-se de contratação realizada fora do estabelecimento comercial, {o_c} poderá desistir do contrato no prazo de 7 (sete) dias a contar de sua assinatura ou do recebimento do produto ou serviço, com a devolução imediata de todos os valores eventualmente pagos, monetariamente atualizados, nos termos do art. 49 do Código de Defesa do Consumidor.",
        "Como a contratação foi feita fora da loja (pela internet ou por telefone, por exemplo), {nome_c} pode desistir em até 7 dias e receber de volta tudo o que pagou, com correção.",
    ),
    "forca_maior": _Clause(
        "caso fortuito e força maior",
        "DO CASO FORTUITO E DA FORÇA MAIOR",
        "Nenhuma das partes será responsabilizada pelo descumprimento de suas obrigações quando este decorrer de caso fortuito ou de força maior, nos termos do art. 393 do Código Civil, devendo a parte afetada comunicar a outra, por escrito, em até 5 (cinco) dias da ocorrência do evento, indicando as medidas adotadas para mitigar seus efeitos.",
        "Se algo imprevisível e inevitável, como uma enchente, impedir alguém de cumprir o contrato, essa parte não será punida, mas precisa avisar a outra por escrito em até 5 dias e explicar o que está fazendo para reduzir o problema.",
    ),
}

_ORDINALS = (
    "PRIMEIRA", "SEGUNDA", "TERCEIRA", "QUARTA", "QUINTA", "SEXTA", "SÉTIMA", "OITAVA", "NONA", "DÉCIMA",
    "DÉCIMA PRIMEIRA", "DÉCIMA SEGUNDA", "DÉCIMA TERCEIRA", "DÉCIMA QUARTA", "DÉCIMA QUINTA",
)

# --- instructions -------------------------------------------------------------------------------

_INSTRUCTIONS = {
    "redigir": (
        "Redija uma cláusula de {topic} para o {contract_name} descrito abaixo.",
        "Elabore a cláusula de {topic} de um {contract_name}, considerando as partes e o objeto a seguir.",
        "Com base nas informações abaixo, redija a cláusula de {topic}.",
        "Escreva a cláusula contratual de {topic}, com numeração de itens, para o contrato a seguir.",
    ),
    "simplificar": (
        "Reescreva a cláusula abaixo em linguagem simples, para que o cliente entenda.",
        "Explique a cláusula a seguir em português claro, sem juridiquês.",
        "Traduza esta cláusula para uma linguagem acessível a quem não é advogado.",
    ),
    "partes": (
        "Identifique as partes e o objeto do contrato.",
        "Quem são as partes deste contrato e qual é o seu objeto?",
        "Extraia do trecho abaixo as partes contratantes, com seus documentos, e o objeto do contrato.",
    ),
    "valores": (
        "Liste os valores e prazos previstos no contrato abaixo.",
        "Extraia os valores, prazos e penalidades do trecho contratual a seguir.",
        "Quais são as obrigações financeiras e os prazos deste contrato?",
    ),
    "resumir": (
        "Resuma a decisão abaixo em três frases.",
        "Faça um resumo da sentença a seguir em três frases, indicando as partes, o pedido e o resultado.",
        "Sintetize em três frases a decisão judicial abaixo.",
    ),
    "notificar": (
        "Redija uma notificação extrajudicial com base nos fatos abaixo.",
        "Elabore uma notificação extrajudicial para o caso descrito a seguir.",
        "Escreva a notificação extrajudicial que o escritório deve enviar, considerando as informações abaixo.",
    ),
    "classificar": (
        "Indique a área do direito, o tipo de ação e o pedido principal da petição abaixo.",
        "Classifique a petição inicial a seguir quanto à área do direito e identifique o pedido principal.",
        "Qual é a área do direito desta petição e o que a parte autora pede?",
    ),
}
_TASK_WEIGHTS = {"redigir": 0.26, "simplificar": 0.13, "partes": 0.12, "valores": 0.1, "resumir": 0.2, "notificar": 0.09, "classificar": 0.1}

_CURSOS = ("Direito", "Administração", "Enfermagem", "Engenharia Civil", "Psicologia", "Ciências Contábeis", "Arquitetura e Urbanismo")
_VEICULOS = ("Chevrolet Onix 1.0 2019", "Volkswagen Gol 1.6 2018", "Fiat Argo 1.3 2020", "Hyundai HB20 1.0 2019", "Toyota Corolla 2.0 2017", "Renault Sandero 1.6 2018", "Jeep Renegade 1.8 2019")
_DESTINOS = ("Porto Seguro/BA", "Gramado/RS", "Fortaleza/CE", "Maceió/AL", "Foz do Iguaçu/PR", "Buenos Aires, Argentina", "Santiago, Chile", "Orlando, Estados Unidos")
_MERCADORIAS = ("bebidas e refrigerantes", "produtos de higiene e limpeza", "autopeças", "materiais de construção", "alimentos industrializados", "medicamentos e correlatos")
_CARGOS = {
    "masculino": ("analista de sistemas", "vendedor externo", "técnico de enfermagem", "auxiliar de logística", "operador de empilhadeira", "assistente administrativo", "motorista de entregas"),
    "feminino": ("analista de sistemas", "vendedora externa", "técnica de enfermagem", "auxiliar de logística", "operadora de caixa", "assistente administrativa", "recepcionista"),
}
_PROFESSIONS = {
    "masculino": ("engenheiro civil", "professor", "comerciante", "analista de sistemas", "médico", "motorista", "empresário", "servidor público", "autônomo", "aposentado", "técnico em eletrônica"),
    "feminino": ("engenheira civil", "professora", "comerciante", "analista de sistemas", "médica", "motorista", "empresária", "servidora pública", "autônoma", "aposentada", "enfermeira"),
}
_MARITAL = {
    "masculino": ("solteiro", "casado", "divorciado", "viúvo", "em união estável"),
    "feminino": ("solteira", "casada", "divorciada", "viúva", "em união estável"),
}
_BANKS = ("do Banco do Brasil", "do Itaú Unibanco", "do Bradesco", "da Caixa Econômica Federal", "do Santander", "do Banco Inter", "do Sicoob", "do Nubank")
_INDICES = ("IPCA/IBGE", "IGP-M/FGV", "INPC/IBGE")


# --- parties ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Party:
    """One side of the contract: a person or a company, with its qualification as written in deeds."""

    name: str
    sex: str  # grammatical gender for agreement; a company is feminine ("a empresa")
    is_company: bool
    document_label: str  # "CPF" or "CNPJ"
    document: str
    address: str
    qualification: str
    short_qualification: str
    email: str
    phone: str
    bank_account: str  # "agência 1234, conta corrente 12345-6, do Banco X"
    pix_key: str


def _agreeing(sex: str, masculine: str, feminine: str) -> str:
    return feminine if sex == "feminino" else masculine


def _person_party(fake: Faker, rng: random.Random, place_region: str) -> _Party:
    person = make_person(fake, rng, region=place_region, sex=pick_sex(rng), age_range=(22, 78))
    sex = person.sex
    cpf = person.cpf_as_written(rng)
    address = person.address_as_written(rng, with_city=True)
    brasileiro = _agreeing(sex, "brasileiro", "brasileira")
    qualification = (
        f"{person.full_name}, {brasileiro}, {rng.choice(_MARITAL[sex])}, {rng.choice(_PROFESSIONS[sex])}, "
        f"{_agreeing(sex, 'portador', 'portadora')} da cédula de identidade RG nº {person.rg_as_written(rng)}, "
        f"{_agreeing(sex, 'inscrito', 'inscrita')} no CPF sob o nº {cpf}, "
        f"{_agreeing(sex, 'residente e domiciliado', 'residente e domiciliada')} na {address}"
    )
    if rng.random() < 0.35:
        qualification += f", e-mail {person.email}"
    short = f"{brasileiro}, {_agreeing(sex, 'inscrito', 'inscrita')} no CPF sob o nº {cpf}, residente na {address}"
    return _Party(
        name=person.full_name,
        sex=sex,
        is_company=False,
        document_label="CPF",
        document=cpf,
        address=address,
        qualification=qualification,
        short_qualification=short,
        email=person.email,
        phone=person.mobile_as_written(rng),
        bank_account=f"agência {ids.bank_agency(rng)}, conta corrente nº {ids.bank_account(rng)}, {rng.choice(_BANKS)}",
        pix_key=rng.choice((person.email, cpf, ids.pix_random_key(rng))),
    )


def _company_party(fake: Faker, rng: random.Random, place_region: str, sectors: tuple[str, ...]) -> _Party:
    representative = make_person(fake, rng, region=place_region, sex=pick_sex(rng), age_range=(28, 75))
    founder = fake.last_name()
    name = rng.choice(
        (f"{founder} {rng.choice(sectors)} Ltda.", f"{founder} & {fake.last_name()} {rng.choice(sectors)} Ltda.", f"{rng.choice(sectors)} {founder} S.A.", f"{founder} {rng.choice(sectors)} EIRELI")
    )
    cnpj = ids.cnpj_as_written(fake.cnpj(use_alphanumeric=rng.random() < 0.15), rng)
    street = f"{rng.choice(('Avenida', 'Rua', 'Alameda'))} {fake.last_name()} {fake.last_name()}, {rng.randint(10, 3999)}"
    address = f"{street}, {rng.choice(('sala 1203', 'conjunto 45', 'galpão 3', 'térreo', '8º andar', 'loja 2'))}, {fake.bairro()}, {representative.place.city}/{representative.place.uf}, CEP {ids.cep_as_written(fake.postcode(formatted=False), rng)}"
    rep_sex = representative.sex
    qualification = (
        f"{name}, pessoa jurídica de direito privado, inscrita no CNPJ sob o nº {cnpj}, com sede na {address}, "
        f"neste ato representada por {_agreeing(rep_sex, 'seu sócio-administrador', 'sua sócia-administradora')}, {representative.full_name}, "
        f"{_agreeing(rep_sex, 'inscrito', 'inscrita')} no CPF sob o nº {representative.cpf_as_written(rng)}"
    )
    domain = ids.ascii_fold(founder).lower().replace(" ", "")
    email = rng.choice((f"contato@{domain}.com.br", f"juridico@{domain}.com.br", f"financeiro@{domain}.com.br"))
    return _Party(
        name=name,
        sex="feminino",
        is_company=True,
        document_label="CNPJ",
        document=cnpj,
        address=address,
        qualification=qualification,
        short_qualification=f"pessoa jurídica de direito privado inscrita no CNPJ sob o nº {cnpj}, com sede na {address}",
        email=email,
        phone=ids.phone_as_written(representative.place.ddd, ids.landline_number(rng), rng),
        bank_account=f"agência {ids.bank_agency(rng)}, conta corrente nº {ids.bank_account(rng)}, {rng.choice(_BANKS)}",
        pix_key=rng.choice((cnpj, email, ids.pix_random_key(rng))),
    )


@dataclass(frozen=True)
class _Professional:
    """A lawyer (with the OAB registration) or a judge (without)."""

    name: str
    sex: str
    oab: str | None = None


def _professional(fake: Faker, rng: random.Random, uf: str | None) -> _Professional:
    sex = pick_sex(rng)
    first = fake.first_name_female() if sex == "feminino" else fake.first_name_male()
    return _Professional(f"{first} {fake.last_name()} {fake.last_name()}", sex, ids.oab_number(rng, uf) if uf else None)


# --- cases --------------------------------------------------------------------------------------


@dataclass
class _Case:
    case_id: str
    area: str
    place: Place
    kind: _ContractKind
    dispute: _Dispute
    party_c: _Party
    party_f: _Party
    lawyer_c: _Professional
    lawyer_f: _Professional
    judge: _Professional
    outcome: str
    cnj: str
    values: dict[str, str]


def _role(kind: _ContractKind, side: str, party: _Party) -> str:
    masculine, feminine = kind.roles[0 if side == "c" else 1]
    return feminine if party.sex == "feminino" else masculine


def _make_case(fake: Faker, rng: random.Random, case_id: str) -> _Case:
    area = rng.choices(list(_AREA_WEIGHTS), weights=list(_AREA_WEIGHTS.values()))[0]
    kind = rng.choice(_CONTRACT_KINDS[area])
    dispute = rng.choice(kind.disputes)
    region = pick_region(rng)
    place = pick_place(rng, region)
    party_c = _company_party(fake, rng, region, kind.company_sectors) if kind.c_is_company else _person_party(fake, rng, region)
    party_f = _company_party(fake, rng, region, kind.company_sectors) if kind.f_is_company else _person_party(fake, rng, region)
    signed = random_day(rng, date(2018, 1, 1), date(2023, 6, 30))
    filed = signed + timedelta(days=rng.randint(200, 900))
    notified = filed - timedelta(days=rng.randint(20, 90))
    judged = filed + timedelta(days=rng.randint(120, 700))
    segment, _, _ = _COURTS[dispute.court]
    cnj = ids.cnj_process_number(rng, filed.year, segment, _court_code(segment, place.uf))
    outcome = rng.choices(("procedente", "parcialmente procedente", "improcedente"), weights=(0.45, 0.35, 0.2))[0]
    case = _Case(
        case_id, area, place, kind, dispute, party_c, party_f,
        _professional(fake, rng, place.uf), _professional(fake, rng, place.uf), _professional(fake, rng, None),
        outcome, cnj, {},
    )
    case.values.update(_case_values(case, rng, signed, judged))
    case.values["data_notificacao"] = f"{notified.day} de {MONTHS_PT[notified.month - 1]} de {notified.year}"
    return case


def _articles(prefix: str, role: str, sex: str) -> dict[str, str]:
    """Slots for a role with its article and contractions: {o_c}, {O_c}, {do_c}, {ao_c}, {pelo_c}."""
    feminine = sex == "feminino"
    return {
        f"o_{prefix}": f"{'a' if feminine else 'o'} {role}",
        f"O_{prefix}": f"{'A' if feminine else 'O'} {role}",
        f"do_{prefix}": f"{'da' if feminine else 'do'} {role}",
        f"ao_{prefix}": f"{'à' if feminine else 'ao'} {role}",
        f"papel_{prefix}": role,
    }


def _cents(rng: random.Random, low: float, high: float, *, round_to: int = 100) -> int:
    """An amount in cents rounded to whole `round_to` cents (contracts use round numbers)."""
    cents = ids.random_cents(rng, low, high)
    return max(round_to, cents // round_to * round_to)


def _case_values(case: _Case, rng: random.Random, signed: date, judged: date) -> dict[str, str]:
    """Every slot a case's texts may use, drawn once so all records of the case agree."""
    kind, c, f = case.kind, case.party_c, case.party_f
    value_cents = _cents(rng, *kind.amount, round_to=100 if kind.amount[1] < 20000 else 100000)
    values = {
        "nome_c": c.name,
        "nome_f": f.name,
        "cidade": case.place.city,
        "uf": case.place.uf,
        "estado": _STATE_NAMES[case.place.uf],
        "data_contrato": f"{signed:%d/%m/%Y}",
        "ano": str(signed.year),
        "data_sentenca": f"{judged.day} de {MONTHS_PT[judged.month - 1]} de {judged.year}",
        "valor": ids.brl(value_cents),
        "valor_extenso": reais_in_words(value_cents),
        "indice": rng.choice(_INDICES),
        "multa": str(rng.choice((10, 20, 30))),
        "aviso": str(rng.choice((30, 60, 90))),
        "anos_sigilo": str(rng.choice((2, 3, 5))),
        "multa_sigilo": ids.brl(_cents(rng, 10000, 200000, round_to=100000)),
        "vigencia": str(rng.choice((12, 24, 30, 36))),
        "dia_venc": str(rng.choice((5, 10, 15, 20))),
        "meses_nc": str(rng.choice((6, 12, 18, 24))),
        "raio_km": str(rng.choice((50, 100, 200))),
        "pct_nc": str(rng.choice((50, 60, 100))),
        "garantia_meses": str(rng.choice((3, 6, 12))),
        "hora_entrada": rng.choice(("8h", "7h30", "9h", "8h30")),
        "hora_saida": rng.choice(("17h48", "18h", "17h30", "18h48")),
        "prazo_obra": str(rng.choice((60, 90, 120, 150))),
        "atraso": str(rng.randint(2, 9)),
        "endereco_imovel": c.address if not c.is_company else f.address,
        "cargo": rng.choice(_CARGOS[f.sex]),
        "curso": rng.choice(_CURSOS),
        "veiculo": rng.choice(_VEICULOS),
        "placa": ids.old_plate(rng) if rng.random() < 0.4 else ids.mercosul_plate(rng),
        "destino": rng.choice(_DESTINOS),
        "noites": str(rng.randint(4, 10)),
        "data_viagem": f"{signed + timedelta(days=rng.randint(20, 120)):%d/%m/%Y}",
        "mercadoria": rng.choice(_MERCADORIAS),
        "mes_debito": f"{MONTHS_PT[(signed.month + rng.randint(3, 14)) % 12]} de {signed.year + 1}",
        "n_faturas": str(rng.randint(2, 6)),
        "protocolo": f"{signed.year + 1}{rng.randint(100000, 999999)}",
        "data_fim": f"{signed + timedelta(days=rng.randint(150, 800)):%d/%m/%Y}",
        "dias_defeito": str(rng.randint(5, 40)),
        "horas_atraso": str(rng.randint(9, 30)),
        "cda": f"{rng.randint(1, 9)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}",
        "prazo_notif": str(rng.choice((5, 10, 15))),
        "admitido_f": _agreeing(f.sex, "admitido", "admitida"),
        "dispensado_f": _agreeing(f.sex, "dispensado", "dispensada"),
        "reembolsado_f": _agreeing(f.sex, "reembolsado", "reembolsada"),
    }
    ajuda = rng.choice((100, 120, 150, 180, 200, 250, 300)) * 100
    values.update(ajuda_custo=ids.brl(ajuda), ajuda_custo_extenso=reais_in_words(ajuda))
    for name in ("anos_sigilo", "aviso", "multa", "vigencia", "meses_nc", "pct_nc", "garantia_meses"):
        values[f"{name}_extenso"] = number_in_words(int(values[name]))
    values["multa_sigilo_extenso"] = reais_in_words(int(values["multa_sigilo"].replace(".", "").replace(",", "")))
    debt = _cents(rng, 3000, 90000)
    moral_cents = rng.choice((10000, 15000, 20000, 30000, 40000, 50000)) * 100
    values.update(
        debito=ids.brl(debt),
        debito_reduzido=ids.brl(debt * rng.randint(45, 80) // 100 // 100 * 100),
        # Material damages are a share of what the contract was worth (repairs, lost hotel nights).
        dano_material=ids.brl(value_cents * rng.randint(8, 35) // 100 // 100 * 100),
        dano_moral=ids.brl(moral_cents),
        dano_moral_fixado=ids.brl(rng.choice((3000, 5000, 8000, 10000, 15000)) * 100),
        valor_causa=ids.brl(_cents(rng, 20000, 180000)),
        condenacao=ids.brl(_cents(rng, 8000, 120000, round_to=100000)),
        reembolso=ids.brl(_cents(rng, 2500, 18000)),
        credito=ids.brl(_cents(rng, 150000, 4000000)),
    )
    material_cents = int(values["dano_material"].replace(".", "").replace(",", ""))
    values.update(
        danos_total=ids.brl(material_cents + moral_cents),
        reembolso_mais_moral=ids.brl(int(values["reembolso"].replace(".", "").replace(",", "")) + moral_cents),
        debito_mais_moral=ids.brl(debt + moral_cents),
        valor_mais_moral=ids.brl(value_cents + moral_cents),
    )
    fiscal = _cents(rng, 80000, 2500000)
    values.update(debito_fiscal=ids.brl(fiscal), debito_fiscal_reduzido=ids.brl(fiscal * rng.randint(20, 60) // 100))
    values.update(_articles("c", _role(kind, "c", c), c.sex))
    values.update(_articles("f", _role(kind, "f", f), f.sex))
    if kind.periodicity == "mensal":
        values["preco_juridico"] = f"o valor mensal de R$ {values['valor']} ({values['valor_extenso']}), com vencimento todo dia {values['dia_venc']} de cada mês"
        values["preco_simples"] = f"R$ {values['valor']} por mês, até o dia {values['dia_venc']}"
    else:
        installments = rng.choice((1, 3, 6, 10))
        if installments == 1:
            values["preco_juridico"] = f"o valor total de R$ {values['valor']} ({values['valor_extenso']}), à vista, na data da assinatura"
            values["preco_simples"] = f"R$ {values['valor']} à vista, na assinatura"
        else:
            part = value_cents // installments
            values["preco_juridico"] = f"o valor total de R$ {values['valor']} ({values['valor_extenso']}), em {installments} ({number_in_words(installments)}) parcelas mensais e sucessivas de R$ {ids.brl(part)}, vencendo-se a primeira no dia {values['dia_venc']} do mês seguinte ao da assinatura"
            values["preco_simples"] = f"R$ {values['valor']} no total, em {installments} parcelas mensais de R$ {ids.brl(part)}"
    payment = rng.random()
    if payment < 0.45:
        values["meio_pagamento"] = f"depósito na conta de titularidade {values['do_f']}, {f.bank_account}"
        values["meio_simples"] = "depósito na conta bancária indicada no contrato"
    elif payment < 0.75:
        values["meio_pagamento"] = f"transferência via PIX para a chave {f.pix_key}"
        values["meio_simples"] = "PIX"
    else:
        values["meio_pagamento"] = "boleto bancário emitido com antecedência mínima de 10 (dez) dias do vencimento"
        values["meio_simples"] = "boleto"
    values["conta_f_descricao"] = f"de sua titularidade, {f.bank_account}"
    if case.dispute.opponent:
        values["opponent"] = informal.fill_slots(case.dispute.opponent, values)
    return values


def _text(case: _Case, template: str, **extra: str) -> str:
    return informal.fill_slots(template, {**case.values, **extra})


# --- documents built from a case ----------------------------------------------------------------


def _clause_text(case: _Case, clause_key: str, number: int) -> str:
    clause = _CLAUSES[clause_key]
    body = _text(case, clause.legal, n=str(number))
    return f"CLÁUSULA {_ORDINALS[number - 1]} – {clause.title}\n{body}"


def _preamble(case: _Case) -> str:
    kind, v = case.kind, case.values
    title = kind.name.upper()
    c_called = _agreeing(case.party_c.sex, "denominado", "denominada")
    f_called = _agreeing(case.party_f.sex, "denominado", "denominada")
    return (
        f"{title}\n\nPelo presente instrumento particular, de um lado, {case.party_c.qualification}, doravante {c_called} "
        f"{v['papel_c']}, e, de outro lado, {case.party_f.qualification}, doravante {f_called} {v['papel_f']}, "
        f"têm entre si justo e contratado o seguinte:\n\nCLÁUSULA PRIMEIRA – DO OBJETO\nO presente contrato tem por objeto {_text(case, kind.object)}."
    )


def _drafting_input(case: _Case, rng: random.Random) -> str:
    v = case.values
    lines = [
        f"Contrato: {case.kind.name}",
        f"{v['papel_c']}: {case.party_c.qualification}",
        f"{v['papel_f']}: {case.party_f.qualification}",
        f"Objeto: {_text(case, case.kind.object_short)}",
        f"Valor: R$ {v['valor']} ({case.kind.periodicity})",
        f"Local: {v['cidade']}/{v['uf']}",
    ]
    if rng.random() < 0.4:
        lines.append(rng.choice(("Observação: o cliente pediu redação objetiva.", "Observação: seguir o padrão do escritório, com itens numerados.", "Observação: contrato será assinado eletronicamente.")))
    return "\n".join(lines)


def _record_draft(case: _Case, rng: random.Random) -> tuple[str, str, str]:
    clause_key = rng.choice(case.kind.clauses)
    number = rng.randint(2, 12)
    instruction = rng.choice(_INSTRUCTIONS["redigir"]).format(topic=_CLAUSES[clause_key].topic, contract_name=case.kind.name)
    return instruction, _drafting_input(case, rng), _clause_text(case, clause_key, number)


def _record_plain(case: _Case, rng: random.Random) -> tuple[str, str, str]:
    clause_key = rng.choice(case.kind.clauses)
    legal = _clause_text(case, clause_key, rng.randint(2, 12))
    context = f"Partes: {case.values['papel_c']} – {case.party_c.name}; {case.values['papel_f']} – {case.party_f.name.rstrip('.')}.\n\n"
    return rng.choice(_INSTRUCTIONS["simplificar"]), context + legal, _text(case, _CLAUSES[clause_key].plain)


def _record_parties(case: _Case, rng: random.Random) -> tuple[str, str, str]:
    v, c, f = case.values, case.party_c, case.party_f

    def describe(party: _Party, role: str) -> str:
        kind = "pessoa jurídica" if party.is_company else "pessoa física"
        return f"- {role}: {party.name} ({kind}), {party.document_label} {party.document}"

    output = "\n".join(
        [
            "Partes:",
            describe(c, v["papel_c"]),
            describe(f, v["papel_f"]),
            f"Objeto: {_text(case, case.kind.object_short)}.",
        ]
    )
    return rng.choice(_INSTRUCTIONS["partes"]), _preamble(case), output


def _record_amounts(case: _Case, rng: random.Random) -> tuple[str, str, str]:
    v = case.values
    keys = [key for key in ("pagamento", "salario", "teletrabalho", "vigencia", "reajuste", "multa", "rescisao", "garantia") if key in case.kind.clauses]
    chosen = sorted(rng.sample(keys, k=min(len(keys), rng.randint(2, 4))), key=keys.index)
    excerpt = "\n\n".join(_clause_text(case, key, index) for index, key in enumerate(chosen, start=2))
    items = []
    for key in chosen:
        if key == "pagamento":
            items.append(f"- Preço: {v['preco_simples']}, por {v['meio_simples']}.")
        elif key == "salario":
            items.append(f"- Salário: R$ {v['valor']} por mês, pago até o 5º dia útil do mês seguinte; horas extras com adicional de 50%.")
        elif key == "teletrabalho":
            items.append(f"- Ajuda de custo do teletrabalho: R$ {v['ajuda_custo']} por mês, de natureza indenizatória.")
        elif key == "vigencia":
            items.append(f"- Vigência: {v['vigencia']} meses a partir de {v['data_contrato']}, prorrogável por aditivo.")
        elif key == "reajuste":
            items.append(f"- Reajuste: anual, pelo {v['indice']}.")
        elif key == "multa":
            items.append(f"- Atraso no pagamento: multa de 2%, juros de 1% ao mês e correção pelo {v['indice']}; outras infrações: multa de {v['multa']}% do valor total.")
        elif key == "rescisao":
            items.append(f"- Rescisão: aviso prévio de {v['aviso']} dias; prazo de 10 dias para sanar descumprimento; multa de {v['multa']}% do valor remanescente em caso de rescisão imotivada.")
        elif key == "garantia":
            items.append(f"- Garantia contratual: {v['garantia_meses']} meses, além da legal; prazo de 30 dias para sanar vícios.")
    context = f"{case.kind.name.capitalize()} entre {case.party_c.name} ({v['papel_c']}) e {case.party_f.name} ({v['papel_f']}).\n\n"
    return rng.choice(_INSTRUCTIONS["valores"]), context + excerpt, "\n".join(items)


def _litigants(case: _Case) -> tuple[_Party, _Party | None, _Professional, _Professional]:
    """(plaintiff, defendant party or None for a public entity, plaintiff's lawyer, defendant's lawyer)."""
    if case.dispute.plaintiff == "c":
        plaintiff, defendant, lawyer_p, lawyer_d = case.party_c, case.party_f, case.lawyer_c, case.lawyer_f
    else:
        plaintiff, defendant, lawyer_p, lawyer_d = case.party_f, case.party_c, case.lawyer_f, case.lawyer_c
    return plaintiff, None if case.dispute.opponent else defendant, lawyer_p, lawyer_d


def _the(case: _Case, name: str) -> str:
    """A party's name as a sentence uses it: public entities take an article ('o Delegado ...')."""
    return f"{case.dispute.opponent_article} {name}" if case.dispute.opponent else name


def _of(case: _Case, name: str) -> str:
    """'de Fulano', 'do Delegado ...', 'da Fazenda Pública ...' (after 'em face')."""
    if not case.dispute.opponent:
        return f"de {name}"
    return f"{'da' if case.dispute.opponent_article == 'a' else 'do'} {name}"


def _court_name(case: _Case, rng: random.Random) -> str:
    _, pattern, _ = _COURTS[case.dispute.court]
    return pattern.format(n=rng.randint(1, 12), cidade=case.place.city)


def _record_summary(case: _Case, rng: random.Random) -> tuple[str, str, str]:
    dispute, v = case.dispute, case.values
    plaintiff, defendant, lawyer_p, lawyer_d = _litigants(case)
    defendant_name = defendant.name if defendant else v["opponent"]
    outcome = dispute.outcomes[case.outcome]
    court = _court_name(case, rng)
    labels = {
        "vara_trabalho": ("RECLAMANTE", "RECLAMADA"),
        "vara_federal": ("IMPETRANTE", "IMPETRADO"),
        "vara_fazenda": ("EMBARGANTE", "EMBARGADA"),
    }.get(dispute.court, ("AUTOR(A)", "RÉU/RÉ"))
    header = [f"PROCESSO Nº {case.cnj}", court.upper(), f"{labels[0]}: {plaintiff.name}", f"Advogado(a): {lawyer_p.name} – {lawyer_p.oab}", f"{labels[1]}: {defendant_name}"]
    if defendant:
        header.append(f"Advogado(a): {lawyer_d.name} – {lawyer_d.oab}")
    if dispute.writ:
        answered = f"Notificada, a autoridade impetrada prestou informações, sustentando {_text(case, dispute.defence)}."
        verbs = {"procedente": "CONCEDO A SEGURANÇA", "parcialmente procedente": "CONCEDO PARCIALMENTE A SEGURANÇA", "improcedente": "DENEGO A SEGURANÇA"}
        result_short = {"procedente": "concedeu a segurança", "parcialmente procedente": "concedeu parcialmente a segurança", "improcedente": "denegou a segurança"}[case.outcome]
    else:
        answered = f"{rng.choice(('Citada', 'Regularmente citada'))}, a parte ré apresentou contestação, sustentando {_text(case, dispute.defence)}."
        verbs = {key: f"JULGO {key.upper()} o pedido" for key in dispute.outcomes}
        verbs["improcedente"] = "JULGO IMPROCEDENTE o pedido"
        result_short = f"julgou {case.outcome} o pedido"
    ruling = _text(case, outcome.ruling)
    dispositive = f"{verbs[case.outcome]}, {ruling}" if ruling else f"{verbs[case.outcome]}, extinguindo o processo com resolução do mérito, nos termos do art. 487, I, do CPC"
    loser = "a parte ré" if case.outcome != "improcedente" else "a parte autora"
    _, _, judge_title = _COURTS[dispute.court]
    judge_title = judge_title.replace("Juiz(a)", _agreeing(case.judge.sex, "Juiz", "Juíza"))
    body = [
        "\n".join(header),
        "SENTENÇA",
        "Vistos etc.",
        f"{plaintiff.name}, {plaintiff.short_qualification}, {'impetrou' if dispute.writ else 'ajuizou'} {dispute.action} em face {_of(case, defendant_name)}, alegando, em síntese, que {_text(case, dispute.facts)}.",
        f"Requereu {_text(case, dispute.requests)}.",
        answered,
        "É o relatório. Fundamento e decido.",
        _text(case, outcome.reasoning),
        f"Diante do exposto, {dispositive}." + ("" if dispute.writ else f" Condeno {loser} ao pagamento das custas processuais e de honorários advocatícios, fixados em {rng.choice((10, 15, 20))}% do valor {'da condenação' if case.outcome != 'improcedente' else 'atualizado da causa'}."),
        "P.R.I.",
        f"{case.place.city}, {v['data_sentenca']}.",
        f"{case.judge.name}\n{judge_title}",
    ]
    decision = "\n\n".join(body)
    court_short = court.split(" da Comarca")[0]
    if dispute.writ:
        second = f"Nas informações, a autoridade impetrada sustentou {_text(case, dispute.defence_short)}."
    else:
        second = f"{rng.choice(('Em contestação', 'Em sua defesa'))}, {_the(case, defendant_name)} sustentou {_text(case, dispute.defence_short)}."
    summary = " ".join(
        [
            f"{plaintiff.name} {'impetrou' if dispute.writ else 'ajuizou'} {dispute.action} contra {_the(case, defendant_name)}, alegando que {_text(case, dispute.facts_short)}.",
            second,
            f"A sentença da {court_short} {result_short}, {_text(case, outcome.effect)}.",
        ]
    )
    return rng.choice(_INSTRUCTIONS["resumir"]), decision, summary


def _record_notice(case: _Case, rng: random.Random) -> tuple[str, str, str] | None:
    if case.dispute.notice is None:
        return None
    sender_side, demand, otherwise = case.dispute.notice
    sender, receiver = (case.party_c, case.party_f) if sender_side == "c" else (case.party_f, case.party_c)
    lawyer = case.lawyer_c if sender_side == "c" else case.lawyer_f
    v = case.values
    facts = _text(case, case.dispute.facts_short)
    input_text = "\n".join(
        [
            f"Notificante: {sender.qualification}",
            f"Notificado(a): {receiver.qualification}",
            f"Contrato: {case.kind.name}, firmado em {v['data_contrato']}",
            f"Fatos: {facts[:1].upper()}{facts[1:]}.",
            f"Advogado(a) responsável: {lawyer.name}, {lawyer.oab}, e-mail {ids.ascii_fold(lawyer.name.split()[0]).lower()}.{ids.ascii_fold(lawyer.name.split()[-1]).lower()}@adv.br",
            f"Prazo para atendimento: {v['prazo_notif']} dias",
        ]
    )
    dear = _agreeing(receiver.sex, "Prezado Senhor", "Prezada Senhora") if not receiver.is_company else "Prezados Senhores"
    notified = _agreeing(receiver.sex, "NOTIFICADO", "NOTIFICADA")
    output = "\n\n".join(
        [
            "NOTIFICAÇÃO EXTRAJUDICIAL",
            f"NOTIFICANTE: {sender.name}, {sender.document_label} {sender.document}\n{notified}: {receiver.name}, {receiver.document_label} {receiver.document}, {receiver.address}",
            f"{dear},",
            f"{sender.name}, por intermédio de {_agreeing(lawyer.sex, 'seu advogado', 'sua advogada')}, {lawyer.name} ({lawyer.oab}), vem, com fundamento no {case.kind.name} firmado em {v['data_contrato']}, NOTIFICÁ-{_agreeing(receiver.sex, 'LO', 'LA')} do seguinte: {facts}.",
            f"Assim, fica {_agreeing(receiver.sex, 'Vossa Senhoria notificado', 'Vossa Senhoria notificada') if not receiver.is_company else 'a empresa notificada'} para que, no prazo de {v['prazo_notif']} ({number_in_words(int(v['prazo_notif']))}) dias a contar do recebimento desta, {_text(case, demand)}, sob pena de {otherwise}.",
            f"Esta notificação serve, ainda, para constituir em mora {_agreeing(receiver.sex, 'o notificado', 'a notificada')}, nos termos do art. 397, parágrafo único, do Código Civil.",
            f"{case.place.city}, {v['data_notificacao']}.",
            f"{lawyer.name}\n{lawyer.oab}",
        ]
    )
    return rng.choice(_INSTRUCTIONS["notificar"]), input_text, output


def _record_classify(case: _Case, rng: random.Random) -> tuple[str, str, str]:
    dispute = case.dispute
    plaintiff, defendant, lawyer_p, _ = _litigants(case)
    defendant_name = defendant.name if defendant else case.values["opponent"]
    against = f"de {defendant.name}, {defendant.short_qualification}" if defendant else _of(case, defendant_name)
    addressee = {
        "vara_trabalho": "EXCELENTÍSSIMO(A) SENHOR(A) JUIZ(A) DA {court}",
        "vara_federal": "EXCELENTÍSSIMO(A) SENHOR(A) JUIZ(A) FEDERAL DA {court}",
    }.get(dispute.court, "EXCELENTÍSSIMO(A) SENHOR(A) DOUTOR(A) JUIZ(A) DE DIREITO DA {court}")
    court = _court_name(case, rng).upper()
    petition = "\n\n".join(
        [
            addressee.format(court=court),
            f"{plaintiff.name}, {plaintiff.short_qualification}, por {_agreeing(lawyer_p.sex, 'seu advogado', 'sua advogada')} que esta subscreve ({lawyer_p.oab}), vem propor {dispute.action.upper()} em face {against}, pelos fatos e fundamentos a seguir expostos.",
            f"I – DOS FATOS\nA parte autora {_text(case, dispute.facts)}.",
            f"II – DOS PEDIDOS\nAnte o exposto, requer {_text(case, dispute.requests)}.",
            f"Dá-se à causa o valor de R$ {case.values[dispute.claim]}.",
            f"Termos em que pede deferimento.\n{case.place.city}, data da assinatura eletrônica.\n{lawyer_p.name}\n{lawyer_p.oab}",
        ]
    )
    output = "\n".join(
        [
            f"Área: {_AREA_NAMES[case.area]}.",
            f"Tipo de ação: {dispute.action}.",
            f"Pedido principal: {_text(case, dispute.main_request)}.",
            f"Partes: {plaintiff.name} (polo ativo) e {defendant_name} (polo passivo).",
        ]
    )
    return rng.choice(_INSTRUCTIONS["classificar"]), petition, output


_RECORD_BUILDERS: dict[str, Callable[[_Case, random.Random], tuple[str, str, str] | None]] = {
    "redigir": _record_draft,
    "simplificar": _record_plain,
    "partes": _record_parties,
    "valores": _record_amounts,
    "resumir": _record_summary,
    "notificar": _record_notice,
    "classificar": _record_classify,
}

_LEFTOVER_SLOT = re.compile(r"\{\w+\}")
_DOUBLE_PERIOD = re.compile(r"(?<=[A-Za-z])\.\.(?!\.)")


def _tidy(text: str) -> str:
    """'Ltda.' at the end of a sentence takes no second period."""
    return _DOUBLE_PERIOD.sub(".", text)


def generate(out_dir: Path, n: int, seed: int) -> list[Path]:
    """Writes `n` instruction records about `n // 3` cases to `out_dir/clausulas.jsonl`."""
    from faker import Faker

    fake = Faker("pt_BR")
    fake.seed_instance(seed)
    rng = random.Random(seed)
    cases = [_make_case(fake, rng, f"caso-{index + 1:05d}") for index in range(max(1, n // 3))]
    records = []
    while len(records) < n:
        case = rng.choice(cases)
        task = rng.choices(list(_TASK_WEIGHTS), weights=list(_TASK_WEIGHTS.values()))[0]
        built = _RECORD_BUILDERS[task](case, rng)
        if built is None:
            continue
        instruction, input_text, output = (_tidy(text) for text in built)
        if _LEFTOVER_SLOT.search(input_text + output):
            raise RuntimeError(f"bug in the juridico templates: unfilled slot in a {task} record of {case.case_id}")
        records.append(
            {
                "id": f"jur-{len(records) + 1:05d}",
                "case_id": case.case_id,
                "instruction": instruction,
                "input": input_text,
                "output": output,
                "area": case.area,
                "region": case.place.region,
            }
        )
    return [write_jsonl(out_dir / "clausulas.jsonl", records)]
