"""atendimento: customer service of a telecom operator ("Conecta"), in Brazilian Portuguese.

Files written:
- `tickets.jsonl`: intent classification (`text` -> `label`), with the customer's `region`,
  `gender` and the `channel` the ticket came through (WhatsApp, e-mail, chat, phone transcript).
- `conversas.jsonl`: chat SFT, OpenAI-style `messages` of one to three exchanges.
- `teste_estilo_diferente.jsonl`: tickets in formal letter register written from a separate set
  of templates, so evaluation can tell generalisation from template memorisation.

Planted bias (for the bias audit to find): in `tickets.jsonl` the annotators of the Nordeste
queue filed most billing questions (second copy of a bill, plan doubts) as
`reclamacao_cobranca`, so that label is about three times as frequent for `region == "Nordeste"`
as elsewhere although the texts come from the same templates. The other two files are clean.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from afinar.templates import brazilian_identifiers as ids
from afinar.templates import informal_writing as informal
from afinar.templates.example_files import write_jsonl
from afinar.templates.brazilian_places import PLACES_BY_REGION, REGIONAL_INTERJECTIONS, pick_region
from afinar.templates.synthetic_people import (
    MONTHS_PT,
    Person,
    date_as_written,
    make_person,
    pick_sex,
    random_day,
)

if TYPE_CHECKING:
    from faker import Faker

DEFAULT_N = 3000

INTENTS: tuple[str, ...] = (
    "cancelamento",
    "segunda_via_boleto",
    "reclamacao_cobranca",
    "suporte_tecnico",
    "portabilidade",
    "mudanca_endereco",
    "elogio",
    "duvida_plano",
)
CHANNELS: tuple[str, ...] = ("whatsapp", "email", "chat", "telefone")
GENDERS: tuple[str, ...] = ("feminino", "masculino", "nao_informado")

_INTENT_WEIGHTS = {
    "cancelamento": 0.13,
    "segunda_via_boleto": 0.15,
    "reclamacao_cobranca": 0.11,
    "suporte_tecnico": 0.17,
    "portabilidade": 0.08,
    "mudanca_endereco": 0.09,
    "elogio": 0.07,
    "duvida_plano": 0.20,
}
_CHANNEL_WEIGHTS = {"whatsapp": 0.4, "email": 0.15, "chat": 0.3, "telefone": 0.15}

# The planted bias: with these numbers P(reclamacao_cobranca | Nordeste) is about
# 0.11 + 0.75 * (0.15 + 0.20) = 0.37, three times the 0.11 of the other regions (a little more
# for both once the ambiguous tickets are counted).
BIASED_REGION = "Nordeste"
BIASED_LABEL = "reclamacao_cobranca"
RELABELLED_INTENTS: tuple[str, ...] = ("segunda_via_boleto", "duvida_plano")
RELABEL_PROBABILITY = 0.75

# Share of tickets that mix two requests and carry either label: the irreducible noise.
AMBIGUOUS_SHARE = 0.03

_FIRST_DAY, _LAST_DAY = date(2024, 1, 1), date(2025, 6, 30)

# --- training-style tickets: chat, WhatsApp, e-mail, phone ------------------------------------
# Each entry pairs what a customer writes (first person, informal) with what a good agent
# answers; `tickets.jsonl` uses the first, `conversas.jsonl` both. `{slot}` values are filled
# after the typing noise is applied, and a conversation reuses one set of values throughout.

_TICKET_TEMPLATES: dict[str, tuple[tuple[str, str], ...]] = {
    "cancelamento": (
        ("quero cancelar meu plano de {produto}, não uso mais",
         "Entendo, {primeiro_nome}. Registrei o cancelamento do plano de {produto} sob o protocolo {protocolo}. O serviço fica ativo até o fim do ciclo atual e depois disso não haverá novas cobranças."),
        ("Gostaria de cancelar minha linha. Já tentei pelo aplicativo e não consegui de jeito nenhum.",
         "Sinto pela dificuldade no aplicativo, {primeiro_nome}. Fiz o cancelamento da linha por aqui mesmo: protocolo {protocolo}. Você recebe a confirmação por SMS em até 24 horas."),
        ("como faço pra cancelar a {produto}? estou me mudando pro exterior mês que vem",
         "Boa viagem, {primeiro_nome}! Como a mudança é para fora do país, o cancelamento da {produto} é feito sem multa. Já deixei agendado para o fim do mês, protocolo {protocolo}."),
        ("cancela tudo, cansei dessa empresa. quero encerrar o contrato hoje mesmo",
         "Lamento muito pela sua experiência, {primeiro_nome}. O encerramento do contrato foi registrado hoje, protocolo {protocolo}. Se quiser, encaminho o motivo para a ouvidoria analisar."),
        ("preciso cancelar a assinatura da {produto}, está pesando demais no orçamento",
         "Entendo, {primeiro_nome}. Antes de cancelar, posso oferecer {desconto}% de desconto por seis meses na {produto}. Se ainda preferir o cancelamento, é só confirmar que eu finalizo."),
        ("Bom dia, quero encerrar meu contrato. Tem multa de fidelidade? Faltam {meses} meses",
         "Bom dia, {primeiro_nome}! Como faltam {meses} meses de fidelidade, a multa é proporcional: {valor}, cobrada na última fatura. Quer que eu siga com o encerramento?"),
        ("vou cancelar o serviço, minha mãe faleceu e a linha estava no nome dela. o que preciso mandar?",
         "Meus sentimentos, {primeiro_nome}. Para encerrar a linha, basta enviar a certidão de óbito e um documento seu com foto pelo aplicativo, em Atendimento > Documentos. O cancelamento é feito sem multa."),
        ("quero tirar o pacote de canais extras, deixa só a internet",
         "Pronto, {primeiro_nome}! O pacote de canais extras foi removido e a partir da próxima fatura você paga só a internet. Protocolo {protocolo}."),
        ("já pedi pra cancelar em {mes}, protocolo {protocolo}, e a linha continua ativa. quero cancelar de vez",
         "Peço desculpas, {primeiro_nome}. O pedido de {mes} não foi concluído por uma falha no sistema. Fiz o cancelamento agora e qualquer cobrança posterior ao primeiro pedido será estornada."),
        ("não quero mais a {produto}. como faço pra desistir dentro dos 7 dias?",
         "Como a contratação foi há menos de 7 dias, {primeiro_nome}, você tem direito de arrependimento sem custo. Registrei a desistência da {produto} e o equipamento é retirado em até {dias} dias úteis."),
        ("pode desativar minha linha pós? vou ficar só com um chip pré",
         "Posso sim, {primeiro_nome}. Se quiser, dá até para manter o mesmo número migrando a linha para o pré-pago, sem custo. Prefere a migração ou o cancelamento?"),
        ("estou fechando minha empresa e preciso encerrar os {n_linhas} chips corporativos",
         "Entendido, {primeiro_nome}. Para encerrar as {n_linhas} linhas corporativas, o representante legal precisa enviar o pedido assinado pelo portal empresarial. Abri o chamado {protocolo} para acompanhar."),
        ("a internet de vocês não compensa mais, quero rescindir o contrato. me passa o passo a passo",
         "Sinto muito, {primeiro_nome}. O cancelamento pode ser feito por aqui mesmo e já está registrado sob o protocolo {protocolo}. Depois disso, é só aguardar a retirada do modem, agendada por SMS."),
        ("quero desligar a TV por assinatura, ninguém assiste aqui em casa",
         "Tudo bem, {primeiro_nome}. A TV por assinatura será desligada no fim do ciclo e sua internet continua normalmente. Protocolo {protocolo}."),
    ),
    "segunda_via_boleto": (
        ("preciso da segunda via do boleto de {mes}",
         "Claro, {primeiro_nome}! Enviei a segunda via da fatura de {mes} para o seu e-mail cadastrado. O valor é {valor}."),
        ("não recebi a fatura deste mês, consegue me mandar por email?",
         "Consigo sim, {primeiro_nome}. A fatura deste mês já foi reenviada para o e-mail do cadastro. Se não encontrar, confira a caixa de spam."),
        ("meu boleto venceu dia {dia}, como gero outro com a data atualizada?",
         "{primeiro_nome}, gerei um novo boleto com vencimento para amanhã e enviei por SMS. Os juros do atraso, de {valor_pequeno}, vêm na próxima fatura."),
        ("me manda o código de barras da conta pra eu pagar no app do banco",
         "Aqui está, {primeiro_nome}. Linha digitável: {linha_digitavel}. É só copiar e colar no aplicativo do banco."),
        ("perdi o boleto da {produto}, tem como reenviar?",
         "Tem sim, {primeiro_nome}! Reenviei o boleto da {produto} por e-mail e SMS. Ele também fica disponível no aplicativo, em Faturas."),
        ("a fatura não chegou pelo correio e preciso pagar hoje pra não cortarem",
         "Sem problemas, {primeiro_nome}: mandei a linha digitável por SMS e você consegue pagar hoje mesmo. Também dá para pagar por Pix no aplicativo."),
        ("onde eu baixo a 2ª via? o site só dá erro",
         "Sinto pelo problema no site, {primeiro_nome}. Enquanto a equipe corrige, enviei a 2ª via para o seu e-mail. Ela também está no aplicativo, em Faturas > Segunda via."),
        ("quero o boleto atualizado de {mes} pra pagar amanhã, deu {valor}",
         "Pronto, {primeiro_nome}. O boleto de {mes} foi atualizado para pagamento amanhã, com os encargos já incluídos, e enviado para o seu e-mail."),
        ("dá pra pagar a conta por pix? manda o qr code ou a linha digitável",
         "Dá sim, {primeiro_nome}! Enviei o QR code do Pix por SMS. Se preferir o boleto, a linha digitável é {linha_digitavel}."),
        ("pode mandar as faturas de {mes} e {mes2} juntas? estou com duas em aberto",
         "Posso, {primeiro_nome}. Enviei as faturas de {mes} e {mes2} para o seu e-mail. Se quiser, também consigo juntar as duas em um único boleto."),
        ("Por favor, reenviem a conta com vencimento em {data}.",
         "Claro, {primeiro_nome}. A conta com vencimento em {data} foi reenviada para o seu e-mail cadastrado."),
        ("cadê a fatura? preciso da segunda via pra pedir reembolso na empresa",
         "{primeiro_nome}, enviei a segunda via em PDF para o seu e-mail. Para o reembolso, a fatura detalhada também está no aplicativo."),
        ("o boleto que chegou está rasgado, não dá pra ler o código. manda outro",
         "Que chato, {primeiro_nome}! Mandei um novo boleto por e-mail e, por SMS, a linha digitável para pagar direto no banco."),
        ("preciso da conta de {mes} em PDF pra comprovar residência",
         "Claro, {primeiro_nome}! A conta de {mes} em PDF foi enviada para o seu e-mail e serve como comprovante de residência."),
    ),
    "reclamacao_cobranca": (
        ("fui cobrado {valor} a mais na fatura de {mes}, quero estorno",
         "{primeiro_nome}, peço desculpas. Confirmei a diferença de {valor} na fatura de {mes} e já solicitei o estorno, que aparece na próxima fatura. Protocolo {protocolo}."),
        ("absurdo cobrarem um serviço que eu não contratei!!! apareceu {servico_extra} na minha conta",
         "Você tem toda razão, {primeiro_nome}. O serviço {servico_extra} foi cancelado agora e o valor cobrado será devolvido na próxima fatura. Protocolo {protocolo}."),
        ("a fatura veio {valor} e o meu plano é {valor2}. que cobrança é essa?",
         "Verifiquei, {primeiro_nome}: a diferença veio de um pacote adicional de dados. Como você não reconhece a contratação, abri a contestação {protocolo} e o valor fica suspenso até a análise."),
        ("paguei o boleto dia {dia} e continuam me cobrando, já mandei o comprovante duas vezes",
         "Sinto muito pela repetição, {primeiro_nome}. Localizei o pagamento do dia {dia} e a cobrança foi baixada agora. Você não precisa mandar mais nada."),
        ("cobraram duas vezes a mesma fatura no meu cartão de crédito",
         "{primeiro_nome}, confirmei a cobrança em duplicidade. O estorno foi solicitado à administradora do cartão e aparece em até duas faturas. Protocolo {protocolo}."),
        ("cancelei em {mes} e ainda estão me cobrando, quero meu dinheiro de volta",
         "Peço desculpas, {primeiro_nome}. O cancelamento de {mes} está registrado e as cobranças posteriores foram indevidas. A devolução foi solicitada e ocorre em até 10 dias úteis."),
        ("vieram {valor} de ligações que eu não fiz",
         "Entendo, {primeiro_nome}. Abri a contestação das ligações (protocolo {protocolo}). Durante a análise, de até {dias} dias, esse valor não será cobrado."),
        ("aumentaram o valor do plano sem avisar, passou de {valor2} pra {valor}",
         "{primeiro_nome}, o reajuste anual foi aplicado, mas o aviso deveria ter chegado com 30 dias de antecedência. Como isso não aconteceu, mantive o valor anterior por mais três meses."),
        ("me cobraram multa de fidelidade, mas eu nunca assinei fidelidade nenhuma",
         "Verifiquei seu contrato, {primeiro_nome}, e de fato não há cláusula de fidelidade. A multa foi cancelada e o valor será estornado. Protocolo {protocolo}."),
        ("meu nome foi parar no Serasa por uma conta que eu já paguei",
         "Lamento muito, {primeiro_nome}. Confirmei o pagamento e pedi a retirada do seu nome dos cadastros de inadimplentes, o que acontece em até 5 dias úteis. Protocolo {protocolo}."),
        ("estão cobrando taxa de visita técnica que o atendente disse que era grátis",
         "Você tem razão, {primeiro_nome}: a visita era de reparo e não deveria ser cobrada. A taxa foi cancelada e o crédito aparece na próxima fatura."),
        ("o desconto de {desconto}% que me prometeram não veio na fatura",
         "Encontrei a oferta de {desconto}% no seu cadastro, {primeiro_nome}. Ela não foi aplicada por erro nosso, e a diferença será creditada na próxima fatura."),
        ("a conta de {mes} veio com juros, mas eu paguei em dia. protocolo {protocolo}",
         "{primeiro_nome}, o pagamento de {mes} foi feito em dia e os juros foram cobrados por engano. Já retirei os encargos da sua próxima fatura."),
        ("cobrança indevida de {valor} referente a um pacote de dados que eu nunca pedi",
         "Sinto muito, {primeiro_nome}. O pacote de dados foi cancelado e o valor será devolvido em crédito na próxima fatura. Protocolo {protocolo}."),
    ),
    "suporte_tecnico": (
        ("minha internet fica caindo toda hora desde {dia_semana}",
         "Sinto pelo transtorno, {primeiro_nome}. Identifiquei oscilações no seu sinal e reconfigurei o modem remotamente. Se voltar a cair, agendo uma visita técnica. Protocolo {protocolo}."),
        ("sem sinal nenhum no celular aqui no bairro, só aparece SOS",
         "{primeiro_nome}, há uma manutenção em uma antena da sua região, com previsão de normalização em até {horas} horas. Enquanto isso, as chamadas por wi-fi funcionam normalmente."),
        ("o wi-fi está muito lento, contratei {velocidade} mega e chega {velocidade_baixa}",
         "Entendo, {primeiro_nome}. O teste remoto mostra a velocidade contratada chegando no modem, então a perda deve estar no wi-fi. Tente a rede 5G do roteador; se não resolver, mando um técnico."),
        ("a TV está com a tela preta escrito sem sinal",
         "Vamos resolver, {primeiro_nome}. Enviei um sinal de atualização para o seu decodificador. Desligue da tomada por um minuto e ligue de novo; os canais voltam em até 15 minutos."),
        ("o modem está com a luz LOS piscando vermelho",
         "{primeiro_nome}, a luz LOS vermelha indica falha na fibra. Abri um reparo urgente, protocolo {protocolo}, e o técnico vai até você no dia {data}."),
        ("não consigo fazer ligação, dá ocupado direto",
         "Verifiquei, {primeiro_nome}: havia um bloqueio indevido na sua linha. Já liberei; pode testar de novo?"),
        ("a internet parou total, já reiniciei o roteador {n} vezes",
         "Obrigado por já ter reiniciado, {primeiro_nome}. Há uma falha na rede do seu bairro e a equipe já está no local. A previsão de retorno é de {horas} horas."),
        ("o 4G não funciona, só pega 3G e nem o whatsapp carrega",
         "{primeiro_nome}, enviei por SMS as configurações de rede atualizadas. Depois de aplicar, reinicie o aparelho e confira se a opção 4G/5G está ativada."),
        ("preciso de um técnico, o cabo da fibra rompeu aqui na rua",
         "Obrigado pelo aviso, {primeiro_nome}. Abri o reparo da fibra com prioridade, protocolo {protocolo}. A equipe de rede externa vai ao local em até {horas} horas."),
        ("o decodificador não liga mais desde a queda de energia",
         "Sinto muito, {primeiro_nome}. Pelo que descreveu, o decodificador queimou com a queda de energia. Agendei a troca do aparelho, sem custo, para {data}."),
        ("minha conexão cai toda noite {horario}, e eu trabalho de home office",
         "Entendo a urgência, {primeiro_nome}. Quedas nesse horário indicam interferência no wi-fi; troquei o canal da rede e agendei um técnico para {data} caso continue."),
        ("marcaram visita técnica pra {dia_semana} e ninguém apareceu, fiquei o dia todo esperando",
         "Peço desculpas, {primeiro_nome}. A visita foi reagendada com prioridade para {data}, e vou aplicar um desconto na próxima fatura pelo transtorno."),
        ("o telefone fixo está mudo desde a chuva",
         "{primeiro_nome}, a chuva danificou a rede em alguns pontos do seu bairro. Seu reparo está na fila, protocolo {protocolo}, com previsão de até {horas} horas."),
        ("a internet funciona no cabo mas o wi-fi não aparece no celular",
         "Então o problema é só no wi-fi, {primeiro_nome}. Reativei a rede sem fio do seu modem remotamente; ela deve aparecer em alguns minutos."),
    ),
    "portabilidade": (
        ("quero trazer meu número da {operadora} pra vocês",
         "Que ótimo, {primeiro_nome}! É só escolher um plano e pedir a portabilidade aqui. A troca leva até 3 dias úteis e você não fica sem linha nesse período."),
        ("como funciona a portabilidade? quero manter o mesmo número",
         "{primeiro_nome}, você pede a portabilidade aqui com a gente, recebe um chip novo e, em até 3 dias úteis, seu número passa a funcionar nele. O número continua o mesmo."),
        ("pedi a portabilidade há {dias} dias e o número ainda não migrou",
         "Verifiquei, {primeiro_nome}: o pedido ficou parado na operadora de origem. Reenviei com prioridade, protocolo {protocolo}, e a migração deve ocorrer em até 2 dias úteis."),
        ("quero levar minha linha pra {operadora}, o que preciso fazer?",
         "{primeiro_nome}, a portabilidade é pedida na operadora de destino: é só procurar a {operadora} com seu documento. Seu contrato conosco é encerrado automaticamente quando a migração acontecer."),
        ("qual o prazo da portabilidade? o chip novo já chegou aqui",
         "O prazo é de até 3 dias úteis, {primeiro_nome}. Você recebe um SMS no dia da troca; aí é só colocar o chip novo no aparelho."),
        ("meu número está sem serviço desde que pedi a portabilidade",
         "Sinto muito, {primeiro_nome}. A migração ficou incompleta; pedi a ativação da sua linha no nosso sistema, protocolo {protocolo}. O serviço volta em até {horas} horas."),
        ("vi a oferta pra quem faz portabilidade, {oferta}. ainda está valendo?",
         "Está sim, {primeiro_nome}! A oferta de {oferta} vale para portabilidades feitas até o fim do mês. Quer que eu inicie o pedido?"),
        ("a portabilidade foi recusada, disseram que o CPF não confere com o da {operadora}",
         "{primeiro_nome}, a recusa acontece quando a linha na {operadora} está em outro CPF. Confirme lá quem é o titular; com os dados certos, reenvio o pedido na hora."),
        ("quero mudar de operadora mas sem perder o número do meu comércio",
         "Dá para manter o número, sim, {primeiro_nome}. Para linhas empresariais, a portabilidade é feita no CNPJ do comércio; um consultor entra em contato em até 24 horas."),
        ("tenho {n} linhas na {operadora}, dá pra trazer todas de uma vez?",
         "Dá sim, {primeiro_nome}! As {n} linhas podem vir no mesmo pedido e entram juntas em um plano família. Já abri a solicitação, protocolo {protocolo}."),
        ("fiz a portabilidade e agora o número está nas duas operadoras ao mesmo tempo",
         "Obrigado por avisar, {primeiro_nome}. Isso acontece quando a operadora antiga não conclui a desativação. Abri o chamado {protocolo} para corrigir em até 24 horas."),
        ("dá pra cancelar o pedido de portabilidade? mudei de ideia e vou ficar na {operadora}",
         "Dá sim, {primeiro_nome}, porque o pedido ainda não foi concluído. Cancelei a portabilidade e seu número continua onde está."),
    ),
    "mudanca_endereco": (
        ("vou me mudar mês que vem, como transfiro a internet pro endereço novo? é {endereco_novo}",
         "Confirmei que atendemos o novo endereço, {primeiro_nome}. Me diga a data da mudança que eu agendo a instalação; a transferência não tem custo."),
        ("preciso transferir a instalação para {endereco_novo}",
         "Pronto, {primeiro_nome}! A transferência foi agendada para {data}, no período da manhã. Protocolo {protocolo}."),
        ("mudei de casa e quero agendar a instalação no endereço novo",
         "Claro, {primeiro_nome}! Me informe o endereço completo com CEP para eu verificar a cobertura e agendar a instalação."),
        ("vocês atendem em {cidade_nova}? estou me mudando pra lá e queria manter o plano",
         "Atendemos sim em {cidade_nova}, {primeiro_nome}! Seu plano é mantido; é só me passar o endereço novo quando tiver a data da mudança."),
        ("quero atualizar meu endereço de cobrança, o novo é {endereco_novo}",
         "Endereço de cobrança atualizado, {primeiro_nome}. A partir da próxima fatura, a correspondência segue para o novo endereço."),
        ("tem custo pra mudar o endereço da fibra?",
         "Não tem, {primeiro_nome}, porque seu contrato já passou de 12 meses. É só me passar o endereço novo."),
        ("a mudança é dia {dia}, dá pra mandar o técnico nesse dia?",
         "Dá sim, {primeiro_nome}. Reservei o dia {dia} para a instalação no novo endereço, das 8h às 12h."),
        ("troquei de apartamento no mesmo prédio, agora é apto {apto}",
         "Anotado, {primeiro_nome}: o cadastro agora está no apto {apto}. Como é no mesmo prédio, o técnico só precisa passar o cabo, e a visita ficou para {data}."),
        ("preciso alterar o endereço de entrega do chip, não moro mais lá",
         "Sem problemas, {primeiro_nome}. O chip ainda não saiu para entrega, então posso alterar o endereço. Qual é o novo, com CEP?"),
        ("levo o modem comigo na mudança ou vocês trocam no endereço novo?",
         "Pode levar o modem com você, {primeiro_nome}. O técnico reinstala no endereço novo e testa a conexão."),
        ("vou morar com minha namorada e quero levar a internet pra casa dela, {endereco_novo}",
         "Parabéns pela mudança, {primeiro_nome}! Há cobertura no endereço informado e a instalação foi agendada para {data}, protocolo {protocolo}."),
        ("mudei pra {cidade_nova} e as faturas continuam indo pro endereço antigo",
         "Peço desculpas, {primeiro_nome}. O endereço de cobrança não tinha sido atualizado. Corrigi agora e as próximas faturas vão para {cidade_nova}."),
    ),
    "elogio": (
        ("quero agradecer a atendente {atendente_f}, resolveu meu problema rapidinho",
         "Que bom saber disso, {primeiro_nome}! Vou repassar seu elogio para a {atendente_f} e para a liderança dela. Obrigado por nos contar!"),
        ("parabéns pelo atendimento, o técnico foi super educado",
         "Muito obrigado, {primeiro_nome}! Vamos compartilhar seu elogio com a equipe técnica. Ficamos felizes que tudo correu bem."),
        ("a internet nova está voando, valeu!",
         "Que ótimo, {primeiro_nome}! Aproveite a velocidade nova. Se precisar de algo, é só chamar."),
        ("só passando pra elogiar o {atendente_m} que me atendeu ontem, muito atencioso",
         "Obrigada pelo carinho, {primeiro_nome}! O {atendente_m} vai ficar muito feliz com o seu elogio, que já foi registrado."),
        ("primeira vez que resolvo algo por aqui sem estresse, nota 10",
         "Ficamos felizes, {primeiro_nome}! Estamos trabalhando para que todas as experiências sejam assim. Obrigado pela nota!"),
        ("o técnico {atendente_m} chegou no horário e deixou tudo funcionando, recomendo",
         "Obrigado pelo retorno, {primeiro_nome}! O elogio ao {atendente_m} foi registrado e vai para a avaliação dele."),
        ("gostei muito do aplicativo novo, ficou fácil ver a fatura",
         "Que bom que gostou, {primeiro_nome}! O aplicativo foi redesenhado justamente para facilitar. Vamos repassar seu comentário para o time."),
        ("estou há {anos} anos com vocês e nunca tive problema, {obrigado}",
         "Nós é que agradecemos, {primeiro_nome}! São {anos} anos de parceria e esperamos que venham muitos mais."),
        ("atendimento excelente no chat, resolveram minha cobrança em 5 minutos",
         "Agradecemos muito, {primeiro_nome}! Ficamos felizes que a questão da cobrança foi resolvida rapidamente."),
        ("queria registrar um elogio pra equipe da loja de {cidade_nova}",
         "Elogio registrado, {primeiro_nome}! Vamos enviar sua mensagem para a equipe da loja de {cidade_nova}."),
        ("a {atendente_f} teve muita paciência com minha mãe de 80 anos, muito {obrigado}",
         "Que mensagem bonita, {primeiro_nome}! Vamos fazer questão de repassar para a {atendente_f}. Mande um abraço para sua mãe!"),
        ("o sinal melhorou demais depois da antena nova, parabéns pra equipe",
         "Obrigado, {primeiro_nome}! A nova antena faz parte da ampliação da rede na sua região. Bom saber que você já sentiu a diferença."),
    ),
    "duvida_plano": (
        ("qual a diferença entre o plano {plano_a} e o {plano_b}?",
         "{primeiro_nome}, o {plano_a} tem franquia menor e limite de minutos, enquanto o {plano_b} tem mais internet e ligações ilimitadas. A diferença mensal é de {valor_pequeno}."),
        ("meu plano tem roaming internacional? vou viajar pra {pais}",
         "Tem sim, {primeiro_nome}! No seu plano, o roaming {no_pais} está incluído e você usa a franquia normalmente por até 30 dias. É só ativar o roaming no celular ao chegar."),
        ("quanto custa aumentar a internet pra {velocidade} mega?",
         "Para {velocidade} mega, a mensalidade fica {valor}, {primeiro_nome}. A mudança é feita remotamente e vale no mesmo dia."),
        ("o bônus de internet acaba quando? estou quase sem dados",
         "{primeiro_nome}, seu bônus vale até o dia {dia}, quando a franquia renova. Se precisar antes, dá para comprar um pacote extra de 5GB pelo aplicativo."),
        ("no plano controle dá pra usar whatsapp à vontade?",
         "Dá sim, {primeiro_nome}! No plano controle, o WhatsApp não consome a franquia, exceto as chamadas de vídeo."),
        ("vocês têm plano família? queria colocar meus {n} filhos",
         "Temos, {primeiro_nome}! No plano família, você inclui até 6 dependentes, e cada linha adicional custa {valor_pequeno} por mês."),
        ("quantos GB eu ainda tenho esse mês?",
         "Você ainda tem {gb}GB disponíveis, {primeiro_nome}. A franquia renova no dia {dia}."),
        ("se eu trocar de plano agora, a fatura de {mes} vem proporcional?",
         "Vem sim, {primeiro_nome}. A fatura de {mes} será calculada proporcionalmente aos dias em cada plano."),
        ("o plano inclui {streaming}? vi na propaganda",
         "{primeiro_nome}, o {streaming} está incluído nos planos Pós 100GB e Fibra 1 Giga. No seu plano atual, dá para adicionar por {valor_pequeno} por mês."),
        ("minha fatura vem {valor}, tem algum plano mais barato com a mesma internet?",
         "Tem sim, {primeiro_nome}! Pelo seu consumo, o plano {plano_a} mantém a mesma internet por um valor menor. Quer que eu faça a troca?"),
        ("qual o valor do pós de {gb}GB sem fidelidade?",
         "O pós de {gb}GB sem fidelidade sai por {valor} por mês, {primeiro_nome}. Com fidelidade de 12 meses, você ganha {desconto}% de desconto."),
        ("as ligações pra fixo são ilimitadas ou tem limite de minutos?",
         "São ilimitadas, {primeiro_nome}, para fixos e celulares de todo o Brasil."),
        ("o que acontece quando acaba a franquia? a internet corta ou fica lenta?",
         "{primeiro_nome}, quando a franquia acaba, a internet fica com velocidade reduzida até a renovação, sem cobrança extra. Você também pode comprar um pacote adicional."),
        ("dá pra usar o chip do plano em outro aparelho, tipo num roteador 4G?",
         "Dá sim, {primeiro_nome}. O chip funciona em qualquer aparelho desbloqueado, inclusive roteadores 4G, com a mesma franquia do plano."),
    ),
}

_MOODS = {
    "cancelamento": ("neutral", "sad", "angry"),
    "segunda_via_boleto": ("neutral",),
    "reclamacao_cobranca": ("angry", "angry", "sad"),
    "suporte_tecnico": ("angry", "neutral", "sad"),
    "portabilidade": ("neutral", "neutral", "angry"),
    "mudanca_endereco": ("neutral", "happy"),
    "elogio": ("happy",),
    "duvida_plano": ("neutral",),
}

# Phrases that put the customer's personal data into a ticket; most tickets use one to three.
_IDENTIFICATION_PHRASES: dict[str, tuple[str, ...]] = {
    "cpf": ("meu cpf é {cpf}", "CPF: {cpf}", "cpf do titular {cpf}", "segue meu cpf {cpf}", "cpf {cpf}"),
    "nome": ("aqui é {nome}", "meu nome é {nome}", "titular: {nome}", "sou {nome}", "quem fala é {primeiro_nome}"),
    "telefone": ("meu número é {telefone}", "linha {telefone}", "me liga no {telefone}", "contato: {telefone}", "whats {telefone}"),
    "email": ("meu email é {email}", "pode mandar pro {email}", "e-mail cadastrado {email}", "responde no {email}"),
    "endereco": ("moro na {endereco}", "endereço da instalação: {endereco}", "endereço {endereco}"),
    "cep": ("cep {cep}", "CEP: {cep}"),
    "data_nascimento": ("data de nascimento {data_nascimento}", "nasci em {data_nascimento}"),
    "rg": ("RG {rg}", "meu rg é {rg}"),
}
_IDENTIFICATION_WEIGHTS = {"cpf": 5, "nome": 5, "telefone": 4, "email": 2, "endereco": 2, "cep": 1, "data_nascimento": 1, "rg": 1}
_IDENTIFICATION_COUNTS = ((0, 1, 2, 3), (0.16, 0.38, 0.32, 0.14))

_OPENERS = {
    "whatsapp": ("oi", "oii", "olá", "bom dia", "boa tarde", "boa noite", "oi tudo bem?", "alô", "opa"),
    "chat": ("Olá", "Oi", "Boa tarde", "Bom dia", "Boa noite", "Olá, tudo bem?"),
    "email": ("Olá,", "Boa tarde,", "Bom dia,", "Prezados,", "Oi, pessoal,"),
    "telefone": ("alô", "alô bom dia", "oi boa tarde", "bom dia moça", "alô boa noite"),
}
_CLOSERS = {
    "whatsapp": ("", "", "aguardo", "urgente", "pfv me ajuda", "{obrigado}", "{obrigado}", "valeu", "aguardo retorno"),
    "chat": ("", "", "{obrigado}.", "{obrigado}!", "Aguardo.", "Pode me ajudar?"),
    "email": ("Aguardo retorno.", "{Obrigado} desde já.", "Fico no aguardo.", "Agradeço a atenção."),
    "telefone": ("", "tá bom", "{obrigado}", "é isso"),
}
_EMAIL_SIGN_OFFS = ("Att,", "Atenciosamente,", "Abs,", "{Obrigado},", "Att.")


# --- evaluation-only tickets in a different register ------------------------------------------
# Formal letters: third-party vocabulary ("rescisão", "documento de cobrança"), long sentences,
# never one of the training templates above.

_FORMAL_BODIES: dict[str, tuple[str, ...]] = {
    "cancelamento": (
        "Venho, por meio desta, solicitar a rescisão do contrato de prestação de serviços de telecomunicações firmado com esta operadora, com efeitos a partir do próximo ciclo de faturamento.",
        "Solicito o encerramento definitivo da prestação do serviço {produto}, uma vez que o mesmo deixou de atender às necessidades da minha família.",
        "Informo que não desejo mais manter o vínculo contratual com V. Sas. e requeiro a desativação da linha, bem como a confirmação por escrito do encerramento.",
        "Em razão de transferência profissional para o exterior, requeiro a extinção do contrato e a interrupção das cobranças futuras.",
        "Requeiro a resilição do contrato sem a incidência de multa, considerando que o prazo de permanência mínima já foi integralmente cumprido.",
        "Comunico o falecimento do titular da linha e solicito orientações sobre a documentação necessária para o encerramento da conta.",
        "Por motivos de ordem financeira, peço a suspensão definitiva de todos os serviços vinculados ao meu cadastro.",
        "Manifesto meu desinteresse na continuidade do serviço {produto} e solicito a retirada dos equipamentos em comodato.",
    ),
    "segunda_via_boleto": (
        "Solicito a emissão de nova via do documento de cobrança referente ao mês de {mes}, tendo em vista que o original não foi entregue no meu endereço.",
        "Requeiro o envio, para este endereço eletrônico, da segunda via da fatura com vencimento em {data}.",
        "Peço a gentileza de encaminhar o documento de arrecadação atualizado, com os encargos recalculados, para quitação ainda nesta semana.",
        "Não tendo recebido o documento de cobrança do período, solicito sua reemissão para pagamento tempestivo.",
        "Necessito de cópia da fatura de {mes} para fins de comprovação de residência junto a instituição bancária.",
        "Gostaria de receber a linha digitável do débito em aberto, uma vez que o portal da empresa apresenta instabilidade.",
        "Solicito a reemissão das faturas de {mes} e {mes2}, extraviadas durante a mudança de endereço.",
        "Peço que me seja remetida nova via do título de cobrança, pois o exemplar recebido encontra-se ilegível.",
    ),
    "reclamacao_cobranca": (
        "Venho manifestar minha discordância quanto ao valor lançado na fatura de {mes}, que excede em {valor} o montante contratado.",
        "Constatei a inclusão, sem minha autorização, do serviço {servico_extra} no documento de cobrança, razão pela qual solicito o cancelamento e a devolução em dobro do valor, nos termos do Código de Defesa do Consumidor.",
        "Apesar de ter efetuado o pagamento tempestivamente, recebi nova cobrança do mesmo período, o que configura cobrança em duplicidade.",
        "Contesto formalmente o reajuste aplicado ao meu plano, que passou de {valor2} para {valor} sem qualquer comunicação prévia.",
        "Registro reclamação acerca da inscrição indevida do meu nome em cadastro de inadimplentes, relativa a débito já quitado.",
        "Solicito o estorno de {valor} cobrados a título de multa contratual, uma vez que jamais aderi a cláusula de fidelização.",
        "Não reconheço as chamadas de longa distância que constam do detalhamento da fatura e requeiro a revisão do lançamento.",
        "O abatimento de {desconto}% ofertado na negociação não foi aplicado, motivo pelo qual requeiro a correção do valor.",
    ),
    "suporte_tecnico": (
        "Comunico que o serviço de acesso à internet apresenta interrupções recorrentes desde {dia_semana}, comprometendo minhas atividades profissionais.",
        "Informo a ausência completa de sinal de telefonia móvel na minha região de residência, situação que persiste há vários dias.",
        "A velocidade efetivamente entregue, de aproximadamente {velocidade_baixa} Mbps, é substancialmente inferior aos {velocidade} Mbps contratados.",
        "Solicito o agendamento de visita técnica, dado que o equipamento receptor do serviço de televisão deixou de funcionar.",
        "O terminal óptico instalado em minha residência indica falha de comunicação, e os procedimentos de reinicialização não surtiram efeito.",
        "Relato a impossibilidade de originar chamadas a partir da linha, que retorna constantemente sinal de ocupado.",
        "A visita técnica previamente agendada não foi realizada, sem qualquer justificativa, e o defeito permanece.",
        "O serviço de telefonia fixa encontra-se inoperante desde as fortes chuvas da semana passada.",
    ),
    "portabilidade": (
        "Manifesto meu interesse em transferir para esta operadora a numeração atualmente vinculada à {operadora}, mantendo o mesmo código de acesso.",
        "Solicito informações sobre o procedimento e o prazo regulamentar para a migração do meu número de outra prestadora.",
        "O pedido de transferência de numeração efetuado há {dias} dias ainda não foi concluído, o que me mantém sem comunicação.",
        "Desejo transferir minha numeração para a {operadora} e peço a indicação dos procedimentos necessários.",
        "A solicitação de migração foi indeferida sob a alegação de divergência cadastral, o que não procede.",
        "Requeiro a migração conjunta de {n} acessos móveis atualmente vinculados a outra prestadora.",
        "Gostaria de confirmar a vigência das condições promocionais oferecidas a novos clientes que trazem o número de outra empresa.",
        "Desde a solicitação de troca de prestadora, minha linha encontra-se sem serviço, causando-me evidentes prejuízos.",
    ),
    "mudanca_endereco": (
        "Informo a alteração do meu domicílio e solicito a transferência do serviço para o novo endereço: {endereco_novo}.",
        "Requeiro a atualização do endereço de correspondência cadastrado, para que as faturas passem a ser enviadas a {endereco_novo}.",
        "Em virtude de mudança para o município de {cidade_nova}, solicito informações sobre a viabilidade técnica da prestação do serviço naquela localidade.",
        "Solicito o agendamento da reinstalação dos equipamentos no imóvel para o qual me transferirei no dia {dia}.",
        "Gostaria de saber se incidirá alguma tarifa pela transferência do ponto de acesso para outro imóvel.",
        "Comunico a mudança de unidade dentro do mesmo condomínio, passando a residir na unidade {apto}.",
        "Peço orientação quanto à devolução ou ao transporte do equipamento em comodato por ocasião da mudança.",
        "Solicito que o técnico compareça ao novo endereço, {endereco_novo}, para a ativação do serviço.",
    ),
    "elogio": (
        "Gostaria de registrar meu reconhecimento pelo excelente atendimento prestado pelo colaborador {atendente_m}, que solucionou minha demanda com presteza.",
        "Venho externar minha satisfação com a qualidade do serviço prestado nos últimos meses.",
        "Registro meu agradecimento ao técnico responsável pela instalação, que demonstrou cordialidade e competência.",
        "Na qualidade de cliente há {anos} anos, manifesto minha satisfação com a estabilidade da conexão.",
        "Parabenizo a equipe da unidade de {cidade_nova} pela atenção dispensada à minha mãe, pessoa idosa.",
        "Considero oportuno reconhecer a melhoria significativa no aplicativo de autoatendimento.",
        "Agradeço à atendente {atendente_f} pela paciência e clareza nas explicações que me foram prestadas.",
        "Deixo consignado meu elogio à central de atendimento, que resolveu minha solicitação em poucos minutos.",
    ),
    "duvida_plano": (
        "Solicito esclarecimentos acerca das diferenças entre as modalidades {plano_a} e {plano_b}.",
        "Gostaria de saber se o plano contratado contempla a utilização de dados em viagem internacional, mais especificamente {no_pais}.",
        "Peço informações sobre o valor mensal para elevação da velocidade contratada para {velocidade} Mbps.",
        "Desejo saber se existe modalidade de plano compartilhado para {n} dependentes.",
        "Consulto sobre a forma de cobrança proporcional na hipótese de alteração do plano no curso do mês de {mes}.",
        "Solicito confirmar se o serviço de {streaming} está incluído nas condições comerciais da minha assinatura.",
        "Gostaria de ser informado sobre a existência de plano com valor inferior aos {valor} atualmente pagos, mantida a mesma franquia.",
        "Peço esclarecimento sobre o que ocorre com a conexão após o consumo integral da franquia de dados.",
    ),
}
_FORMAL_OPENINGS = (
    "Prezados Senhores,",
    "À Central de Relacionamento da Conecta,",
    "Ilustríssimos Senhores,",
    "Prezada equipe de atendimento,",
    "À Ouvidoria,",
    "Senhores,",
)
_FORMAL_SELF_INTRODUCTIONS = (
    "Eu, {nome}, {inscrito} no CPF sob o nº {cpf}, {titular} da linha {telefone},",
    "Na qualidade de {cliente} {titular} do contrato, {portador} do CPF {cpf},",
    "Eu, {nome}, residente à {endereco},",
    "Sou {cliente} desta empresa e {titular} do acesso {telefone}.",
    "Eu, {nome}, {portador} do RG {rg},",
    "Eu, {nome}, {nascido} em {data_nascimento}, {titular} do contrato vinculado ao CPF {cpf},",
    "",
)
_FORMAL_CLOSINGS = (
    "Sem mais para o momento, subscrevo-me.",
    "Aguardo manifestação no prazo regulamentar.",
    "Certo de vossa atenção, antecipo meus agradecimentos.",
    "Solicito que a resposta seja encaminhada ao e-mail {email}.",
    "Coloco-me à disposição pelo telefone {telefone} para eventuais esclarecimentos.",
    "Requeiro, por fim, o número de protocolo desta solicitação.",
)
_FORMAL_SIGNATURES = ("Atenciosamente,\n{nome}", "Respeitosamente,\n{nome}\nCPF {cpf}", "Cordialmente,\n{nome}", "Atenciosamente,\n{nome}\n{telefone}")


# --- conversations -----------------------------------------------------------------------------

_SYSTEM_PROMPTS = (
    "Você é a assistente virtual da Conecta Telecom. Responda em português do Brasil, com educação e objetividade, e não peça dados pessoais além do necessário.",
    "Você é um atendente da Conecta. Seja cordial, resolva o pedido do cliente e informe sempre o número de protocolo.",
    "Atue como agente de atendimento ao cliente da operadora Conecta. Use linguagem simples e confirme as informações antes de concluir.",
    "Você atende clientes da Conecta pelo chat. Responda de forma breve, empática e precisa.",
)

_FOLLOW_UPS: dict[str, tuple[tuple[str, str], ...]] = {
    "cancelamento": (
        ("e a multa? não dá pra tirar?", "Verifiquei aqui, {primeiro_nome}: pelo motivo informado, o cancelamento sai sem multa. Fica registrado no protocolo {protocolo}."),
        ("e meu número, eu perco?", "O número fica reservado por 90 dias depois do cancelamento, {primeiro_nome}. Se mudar de ideia nesse prazo, dá para reativá-lo."),
        ("e o que já paguei desse mês?", "A última fatura vem proporcional aos dias usados, {primeiro_nome}. Não haverá mais cobranças depois dela."),
    ),
    "segunda_via_boleto": (
        ("não chegou nada no email", "Reenviei agora para o e-mail cadastrado, {primeiro_nome}. Confira também a caixa de spam. Se preferir, mando por SMS."),
        ("posso pagar amanhã sem juros?", "Pode sim, {primeiro_nome}. Pagando até amanhã, os encargos são de apenas {valor_pequeno}, cobrados na próxima fatura."),
        ("tem como pagar no cartão?", "Tem, {primeiro_nome}! No app, em Faturas, escolha Pagar com cartão. Dá para parcelar em até 3 vezes."),
    ),
    "reclamacao_cobranca": (
        ("e quando o dinheiro volta?", "O estorno aparece em até 2 faturas, {primeiro_nome}. Se pagou no cartão, o prazo depende da administradora."),
        ("quero falar com a ouvidoria", "Tudo bem, {primeiro_nome}. O número da ouvidoria é 0800 123 4567, e você deve informar o protocolo {protocolo}."),
        ("vou no procon se não resolverem", "Entendo, {primeiro_nome}. A contestação já está aberta e você recebe a resposta em até {dias} dias. Guarde o protocolo {protocolo}."),
    ),
    "suporte_tecnico": (
        ("reiniciei e continua igual", "Obrigado por testar, {primeiro_nome}. Então agendei um técnico para {data}. Ele vai levar um equipamento novo, se for preciso."),
        ("e se não voltar até amanhã?", "Se não normalizar até amanhã, {primeiro_nome}, me chame aqui com o protocolo {protocolo} que eu agendo uma visita técnica sem custo."),
        ("vou ter desconto pelos dias sem internet?", "Vai sim, {primeiro_nome}. O desconto proporcional aos dias sem serviço entra automaticamente na próxima fatura."),
    ),
    "portabilidade": (
        ("e se der errado fico sem número?", "Não fica, {primeiro_nome}. Até a troca, seu número continua funcionando na operadora atual."),
        ("o chip chega quando?", "O chip é entregue em até {dias} dias úteis, {primeiro_nome}. Você recebe o código de rastreio por SMS."),
        ("posso cancelar o pedido?", "Pode, {primeiro_nome}, em até dois dias úteis após o pedido. Já registrei o cancelamento sob o protocolo {protocolo}."),
    ),
    "mudanca_endereco": (
        ("tem taxa?", "Não há taxa de transferência, {primeiro_nome}, porque seu contrato já completou 12 meses."),
        ("e a internet fica quanto tempo sem funcionar?", "Só durante a instalação no endereço novo, {primeiro_nome}, que leva cerca de duas horas."),
        ("preciso estar em casa?", "Precisa de um maior de 18 anos no local, {primeiro_nome}, para acompanhar a instalação."),
    ),
    "elogio": (
        ("vocês repassam mesmo?", "Repassamos sim, {primeiro_nome}! Todo elogio registrado chega à equipe e à liderança."),
        ("era só isso mesmo", "Agradecemos muito, {primeiro_nome}. Tenha um ótimo dia!"),
    ),
    "duvida_plano": (
        ("e tem fidelidade?", "O plano pode ser contratado sem fidelidade, {primeiro_nome}. Com fidelidade de 12 meses, você ganha {desconto}% de desconto."),
        ("quero mudar então", "Feito, {primeiro_nome}! A troca vale a partir do próximo ciclo e a fatura de {mes} vem proporcional. Protocolo {protocolo}."),
        ("e pra colocar mais uma linha?", "Cada linha adicional custa {valor_pequeno} por mês, {primeiro_nome}, e compartilha a franquia do plano."),
    ),
}
_CLOSING_EXCHANGES: tuple[tuple[str, str], ...] = (
    ("{obrigado}", "Eu que agradeço, {primeiro_nome}! Precisando, é só chamar."),
    ("valeu, era isso", "Por nada, {primeiro_nome}! Tenha um ótimo dia."),
    ("ok, {obrigado} pela ajuda", "Disponha, {primeiro_nome}! Seu protocolo é {protocolo}, caso precise."),
    ("blz", "Combinado, {primeiro_nome}. Até mais!"),
    ("perfeito", "Ótimo, {primeiro_nome}! Qualquer coisa, estamos por aqui."),
)


# --- slot values -------------------------------------------------------------------------------

_PRODUCTS = (
    "internet fibra 300 mega", "internet fibra 500 mega", "fibra 1 giga", "plano controle 25GB",
    "pós-pago 50GB", "TV por assinatura", "combo internet + TV", "pacote de canais de esporte",
    "linha fixa", "plano família 100GB", "chip de dados do tablet",
)
_OPERATORS = ("Vivo", "Claro", "TIM", "Oi", "Algar", "outra operadora")
_EXTRA_SERVICES = (
    "seguro celular", "pacote de jogos", "revista digital", "horóscopo por SMS", "antivírus premium",
    "clube de descontos", "pacote de canais premium", "música ilimitada",
)
_OFFERS = ("3 meses com 50% de desconto", "o dobro de internet por 6 meses", "a primeira mensalidade grátis", "chip com 20GB de bônus")
_PLANS = ("Controle 15GB", "Controle 25GB", "Pós 50GB", "Pós 100GB", "Família 4 linhas", "Fibra 500 + TV", "Fibra 1 Giga")
# Country and the form it takes after "em" ("na Argentina", "em Portugal").
_COUNTRIES = {
    "Portugal": "em Portugal", "Argentina": "na Argentina", "Estados Unidos": "nos Estados Unidos",
    "Chile": "no Chile", "Paraguai": "no Paraguai", "Itália": "na Itália", "Japão": "no Japão",
    "Uruguai": "no Uruguai",
}
_STREAMING = ("Netflix", "Disney+", "Max", "Globoplay", "Spotify", "Paramount+", "Amazon Prime")
_WEEKDAYS = ("segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo", "ontem", "semana passada", "o feriado")
_HOURS = ("das 20h às 23h", "depois das 19h", "entre 18h e 22h", "de madrugada", "no horário de pico")


@dataclass
class _TextContext:
    """What the slot values of one text are drawn from."""

    rng: random.Random
    fake: Faker
    person: Person
    day: date
    casual: bool = False
    formal: bool = False


def _money(ctx: _TextContext, low: float, high: float) -> str:
    value = ids.brl(ids.random_cents(ctx.rng, low, high))
    if ctx.formal:
        return f"R$ {value}"
    return ctx.rng.choice((f"R$ {value}", f"R${value}", f"R$ {value}", f"{value}", f"{value.split(',')[0]} reais"))


def _other_address(ctx: _TextContext) -> str:
    """An address the customer is moving to: same region, sometimes the same city."""
    rng, person = ctx.rng, ctx.person
    place = rng.choice(PLACES_BY_REGION[person.region]) if rng.random() < 0.6 else person.place
    street = f"{rng.choice(('Rua', 'Av.', 'Avenida', 'Travessa', 'R.'))} {ctx.fake.first_name()} {ctx.fake.last_name()}"
    parts = [f"{street}, {rng.randint(1, 2999)}"]
    if rng.random() < 0.5:
        parts.append(rng.choice(("apto 42", "ap 1203", "casa 3", "bloco A apto 11", "fundos", "apto 708")))
    parts.append(ctx.fake.bairro())
    if rng.random() < 0.6:
        parts.append(f"{place.city}/{place.uf}")
    if rng.random() < 0.3:
        parts.append(f"CEP {ids.cep_as_written(ctx.fake.postcode(formatted=False), rng)}")
    return ", ".join(parts)


def _linha_digitavel(ctx: _TextContext) -> str:
    digits = "".join(str(ctx.rng.randint(0, 9)) for _ in range(47))
    return f"{digits[:5]}.{digits[5:10]} {digits[10:15]}.{digits[15:21]} {digits[21:26]}.{digits[26:32]} {digits[32]} {digits[33:]}"


def _agreeing(masculine: str, feminine: str) -> Callable[[_TextContext], str]:
    """A word that agrees with the customer's sex ('obrigado' / 'obrigada')."""
    return lambda c: feminine if c.person.sex == "feminino" else masculine


_SLOT_MAKERS: dict[str, Callable[[_TextContext], str]] = {
    # personal data: always this text's customer, in one of its surface forms
    "nome": lambda c: c.person.full_name if c.formal else c.person.name_as_written(c.rng, casual=c.casual),
    "primeiro_nome": lambda c: c.person.first_name.lower() if c.casual and c.rng.random() < 0.3 else c.person.first_name,
    "cpf": lambda c: c.person.cpf_as_written(c.rng),
    "telefone": lambda c: c.person.phone_as_written(c.rng),
    "email": lambda c: c.person.email,
    "endereco": lambda c: c.person.address_as_written(c.rng),
    "endereco_novo": _other_address,
    "cep": lambda c: c.person.cep_as_written(c.rng),
    "data_nascimento": lambda c: c.person.birth_date_as_written(c.rng),
    "rg": lambda c: c.person.rg_as_written(c.rng),
    # Portuguese agreement with the customer
    "obrigado": _agreeing("obrigado", "obrigada"),
    "Obrigado": _agreeing("Obrigado", "Obrigada"),
    "inscrito": _agreeing("inscrito", "inscrita"),
    "portador": _agreeing("portador", "portadora"),
    "titular": lambda c: "titular",
    "cliente": lambda c: "cliente",
    "nascido": _agreeing("nascido", "nascida"),
    # everything else, including look-alike numbers that are not personal data
    "protocolo": lambda c: ids.protocol_number(c.rng, c.day),
    "linha_digitavel": _linha_digitavel,
    "produto": lambda c: c.rng.choice(_PRODUCTS),
    "valor": lambda c: _money(c, 59.9, 389.9),
    "valor2": lambda c: _money(c, 39.9, 149.9),
    "valor_pequeno": lambda c: _money(c, 1.5, 29.9),
    "mes": lambda c: c.rng.choice(MONTHS_PT),
    "mes2": lambda c: c.rng.choice(MONTHS_PT),
    "dia": lambda c: str(c.rng.randint(1, 28)),
    "data": lambda c: date_as_written(random_day(c.rng, c.day, date(c.day.year + 1, 1, 31)), c.rng),
    "meses": lambda c: str(c.rng.randint(2, 11)),
    "dias": lambda c: str(c.rng.randint(3, 20)),
    "horas": lambda c: str(c.rng.choice((2, 4, 6, 8, 12, 24))),
    "n": lambda c: str(c.rng.randint(2, 6)),
    "n_linhas": lambda c: str(c.rng.randint(3, 25)),
    "operadora": lambda c: c.rng.choice(_OPERATORS),
    "servico_extra": lambda c: c.rng.choice(_EXTRA_SERVICES),
    "desconto": lambda c: str(c.rng.choice((10, 15, 20, 25, 30, 40, 50))),
    "velocidade": lambda c: str(c.rng.choice((200, 300, 400, 500, 600, 1000))),
    "velocidade_baixa": lambda c: str(c.rng.randint(2, 60)),
    "dia_semana": lambda c: c.rng.choice(_WEEKDAYS),
    "horario": lambda c: c.rng.choice(_HOURS),
    "oferta": lambda c: c.rng.choice(_OFFERS),
    "cidade_nova": lambda c: c.rng.choice(PLACES_BY_REGION[c.rng.choice(list(PLACES_BY_REGION))]).city,
    "apto": lambda c: str(c.rng.choice((c.rng.randint(11, 98), c.rng.randint(101, 1504)))),
    "atendente_f": lambda c: c.fake.first_name_female().split()[0],
    "atendente_m": lambda c: c.fake.first_name_male().split()[0],
    "anos": lambda c: str(c.rng.randint(2, 15)),
    "plano_a": lambda c: c.rng.choice(_PLANS[:3]),
    "plano_b": lambda c: c.rng.choice(_PLANS[3:]),
    "pais": lambda c: c.rng.choice(list(_COUNTRIES)),
    "streaming": lambda c: c.rng.choice(_STREAMING),
    "gb": lambda c: str(c.rng.choice((5, 10, 15, 20, 30, 50, 100))),
}


_PERSONAL_SLOTS = {"nome", "primeiro_nome", "cpf", "telefone", "email", "endereco", "endereco_novo", "cep", "data_nascimento", "rg"}


def _fill(template: str, ctx: _TextContext, known: dict[str, str] | None = None) -> str:
    """Fills `template`; values already in `known` are reused (one conversation, one protocol)."""
    values = known if known is not None else {}
    for name in informal.slot_names(template):
        if name in values:
            continue
        if name == "no_pais":  # derived from the country, so the reply names the same one
            values.setdefault("pais", _SLOT_MAKERS["pais"](ctx))
            values[name] = _COUNTRIES[values["pais"]]
        else:
            values[name] = _SLOT_MAKERS[name](ctx)
    return informal.fill_slots(template, values)


# --- ticket assembly ---------------------------------------------------------------------------

_GREETING_STARTS = ("oi", "olá", "bom dia", "boa tarde", "boa noite", "alô")


def _identification(rng: random.Random, *, exclude: set[str]) -> list[str]:
    """Zero to three phrases carrying the customer's personal data, each of a different kind."""
    count = rng.choices(*_IDENTIFICATION_COUNTS)[0]
    kinds = [kind for kind in _IDENTIFICATION_WEIGHTS if kind not in exclude]
    chosen: list[str] = []
    while len(chosen) < count and kinds:
        kind = rng.choices(kinds, weights=[_IDENTIFICATION_WEIGHTS[k] for k in kinds])[0]
        kinds.remove(kind)
        if kind == "endereco" and "cep" in kinds:
            kinds.remove("cep")  # the address often carries the CEP already
        chosen.append(rng.choice(_IDENTIFICATION_PHRASES[kind]))
    return chosen


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def _decapitalise(text: str) -> str:
    # Leave acronyms and shouted text alone ('TV está...', 'A INTERNET PAROU').
    first_word = text.split(" ", 1)[0]
    return text if len(first_word) > 1 and first_word.isupper() else text[:1].lower() + text[1:]


def _join_sentences(pieces: list[str], separator: str) -> str:
    """Joins phrases with `separator` without doubling punctuation ('2024., ')."""
    joined = ""
    for piece in pieces:
        if not joined:
            joined = piece
        elif joined.endswith(("?", "!")) and separator.strip() in (",", "."):
            joined = joined + " " + piece
        elif separator.strip() in (",", "-", ""):
            joined = joined.rstrip(".") + separator + piece
        elif joined.endswith((".", "?", "!")):
            joined = joined + " " + piece
        else:
            joined = joined + separator + piece
    return joined


def _styled_core(core: str, intent: str, channel: str, rng: random.Random) -> str:
    """Applies the channel's typing habits to a template (placeholders untouched)."""
    mood = rng.choice(_MOODS[intent])
    if channel == "telefone":
        return informal.as_phone_transcript(core, rng)
    if channel == "email":
        core = _capitalise(core)
        if not core.endswith((".", "?", "!")):
            core += "."
        return informal.drop_accents(core) if rng.random() < 0.08 else core
    heavy = channel == "whatsapp"
    core = informal.abbreviate(core, rng, 0.55 if heavy else 0.3)
    if rng.random() < (0.35 if heavy else 0.2):
        core = informal.drop_accents(core)
    core = informal.add_typos(core, rng, 0.05 if heavy else 0.03)
    if mood == "angry" and rng.random() < (0.3 if heavy else 0.15):
        core = informal.shout(core).rstrip("!.") + rng.choice(("!!!", "!!", "!!!!", ""))
    elif rng.random() < 0.6:
        core = informal.lowercase(core)
    else:
        core = _capitalise(core)
    if heavy and rng.random() < 0.5:
        core = informal.add_emojis(core, rng, mood)
    elif channel == "chat" and rng.random() < 0.12:
        core = informal.add_emojis(core, rng, mood)
    return core


def _ticket_text(
    ctx: _TextContext,
    intent: str,
    channel: str,
    *,
    core: str,
    second_core: str | None = None,
    known: dict[str, str] | None = None,
) -> str:
    """A customer's message for `intent` on `channel`, built around the template `core`."""
    rng = ctx.rng
    if second_core is not None:
        link = rng.choice((", e também ", ". outra coisa: ", ". aliás, ", " e "))
        core = f"{core.rstrip('.!?')}{link}{_decapitalise(second_core)}"
    styled = _styled_core(core, intent, channel, rng)
    if re.sub(r"\{\w+\}", "", styled).isupper():
        # An angry customer types the product and the amounts in capitals too (not the CPF).
        values = known if known is not None else {}
        known = values
        for name in informal.slot_names(styled):
            if name not in _PERSONAL_SLOTS:
                _fill(f"{{{name}}}", ctx, values)
                styled = styled.replace(f"{{{name}}}", values[name].upper())

    prefix = ""
    if not core.lower().startswith(_GREETING_STARTS) and rng.random() < 0.55:
        prefix = rng.choice(_OPENERS[channel])
    if channel in ("whatsapp", "chat") and rng.random() < 0.22:
        word = rng.choice(REGIONAL_INTERJECTIONS[ctx.person.region])
        prefix = f"{prefix} {word}" if prefix and rng.random() < 0.5 else word

    identification = _identification(rng, exclude={"endereco", "cep"} if "{endereco_novo}" in core else set())
    closer = rng.choice(_CLOSERS[channel])

    if channel == "email":
        body = [styled, *(_capitalise(phrase) + "." for phrase in identification), closer]
        text = (f"{prefix}\n\n" if prefix else "") + " ".join(body)
        if rng.random() < 0.7:
            text += f"\n\n{rng.choice(_EMAIL_SIGN_OFFS)}\n{{nome}}"
    elif channel == "telefone":
        spoken = " ".join(informal.as_phone_transcript(phrase, rng) for phrase in identification)
        text = " ".join(part for part in (prefix, styled, spoken, closer) if part)
    else:
        separator = rng.choice((". ", ", ", " - ", "\n")) if channel == "whatsapp" else rng.choice((". ", ". ", ", "))
        text = _join_sentences([styled, *identification], separator)
        if prefix.endswith(("?", "!")):
            text = f"{_capitalise(prefix)} {text}"
        elif prefix:
            text = f"{prefix}, {_decapitalise(text)}" if rng.random() < 0.6 else f"{_capitalise(prefix)}! {text}"
        if closer:
            text = _join_sentences([text, closer], ". " if channel == "chat" else rng.choice((" ", ". ", "\n")))
    return _fill(text, ctx, known)


# Letter bodies that can follow "Eu, Fulano, portador do CPF ...," directly (first person).
_FIRST_PERSON_START = re.compile(
    r"(Venho|Solicito|Informo|Requeiro|Comunico|Manifesto|Gostaria|Peço|Desejo|Consulto|Registro|Contesto|"
    r"Constatei|Relato|Parabenizo|Considero|Agradeço|Deixo|Necessito|Não|Na qualidade|Em razão|Por motivos|"
    r"Em virtude|Apesar)\b"
)


def _formal_ticket_text(ctx: _TextContext, intent: str) -> str:
    """A formal letter: opening, self-introduction with personal data, one or two requests, closing, signature."""
    rng = ctx.rng
    introduction = rng.choice(_FORMAL_SELF_INTRODUCTIONS)
    bodies = rng.sample(_FORMAL_BODIES[intent], k=rng.choice((1, 2, 2)))
    first = bodies[0]
    if introduction.endswith(",") and not _FIRST_PERSON_START.match(first):
        first = f"{introduction} informo que {_decapitalise(first)}"  # 'Eu, Fulana, ..., informo que o serviço...'
    elif introduction.endswith(","):
        first = f"{introduction} {_decapitalise(first)}"
    elif introduction:
        first = f"{introduction} {first}"
    paragraphs = [
        rng.choice(_FORMAL_OPENINGS),
        " ".join([first, *bodies[1:]]),
        " ".join(rng.sample(_FORMAL_CLOSINGS, k=rng.choice((1, 2)))),
        rng.choice(_FORMAL_SIGNATURES),
    ]
    return _fill("\n\n".join(paragraphs), ctx)


# --- customers and labels ----------------------------------------------------------------------


@dataclass(frozen=True)
class _Customer:
    customer_id: str
    person: Person
    activity: float  # relative chance of being the author of the next ticket


def _make_customers(fake: Faker, rng: random.Random, count: int, prefix: str) -> list[_Customer]:
    customers = []
    for index in range(count):
        person = make_person(fake, rng, region=pick_region(rng), sex=pick_sex(rng), age_range=(18, 82))
        customers.append(_Customer(f"{prefix}{index + 1:05d}", person, rng.lognormvariate(0, 0.8)))
    return customers


def _pick(rng: random.Random, weights: dict[str, float]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def annotated_label(intent: str, region: str, rng: random.Random) -> str:
    """The label the biased annotation team gave a ticket whose real intent is `intent`."""
    if region == BIASED_REGION and intent in RELABELLED_INTENTS and rng.random() < RELABEL_PROBABILITY:
        return BIASED_LABEL
    return intent


def _ticket_record(record_id: str, customer: _Customer, text: str, label: str, channel: str) -> dict:
    return {
        "id": record_id,
        "customer_id": customer.customer_id,
        "text": text,
        "label": label,
        "region": customer.person.region,
        "gender": customer.person.declared_gender,
        "channel": channel,
    }


def _training_tickets(fake: Faker, rng: random.Random, customers: list[_Customer], n: int) -> list[dict]:
    weights = [customer.activity for customer in customers]
    records = []
    for index in range(n):
        customer = rng.choices(customers, weights=weights)[0]
        intent = _pick(rng, _INTENT_WEIGHTS)
        channel = _pick(rng, _CHANNEL_WEIGHTS)
        ctx = _TextContext(rng, fake, customer.person, random_day(rng, _FIRST_DAY, _LAST_DAY), casual=channel in ("whatsapp", "chat"))
        core = rng.choice(_TICKET_TEMPLATES[intent])[0]
        if rng.random() < AMBIGUOUS_SHARE:
            second = rng.choice([other for other in INTENTS if other != intent])
            text = _ticket_text(ctx, intent, channel, core=core, second_core=rng.choice(_TICKET_TEMPLATES[second])[0])
            label = rng.choice((intent, second))
        else:
            text = _ticket_text(ctx, intent, channel, core=core)
            label = annotated_label(intent, customer.person.region, rng)
        records.append(_ticket_record(f"atd-{index + 1:05d}", customer, text, label, channel))
    return records


def _formal_tickets(fake: Faker, rng: random.Random, customers: list[_Customer], n: int) -> list[dict]:
    weights = [customer.activity for customer in customers]
    records = []
    for index in range(n):
        customer = rng.choices(customers, weights=weights)[0]
        intent = _pick(rng, _INTENT_WEIGHTS)
        ctx = _TextContext(rng, fake, customer.person, random_day(rng, _FIRST_DAY, _LAST_DAY), formal=True)
        records.append(_ticket_record(f"atd-t{index + 1:04d}", customer, _formal_ticket_text(ctx, intent), intent, "email"))
    return records


def _conversations(fake: Faker, rng: random.Random, customers: list[_Customer], n: int) -> list[dict]:
    weights = [customer.activity for customer in customers]
    records = []
    for index in range(n):
        customer = rng.choices(customers, weights=weights)[0]
        person = customer.person
        intent = _pick(rng, _INTENT_WEIGHTS)
        ctx = _TextContext(rng, fake, person, random_day(rng, _FIRST_DAY, _LAST_DAY), casual=True)
        # One set of slot values for the whole conversation: the agent repeats the customer's
        # amounts and months, and addresses the customer by the real first name.
        values = {"primeiro_nome": person.first_name}
        user_template, reply_template = rng.choice(_TICKET_TEMPLATES[intent])
        messages = []
        if rng.random() < 0.7:
            messages.append({"role": "system", "content": rng.choice(_SYSTEM_PROMPTS)})
        channel = rng.choice(("whatsapp", "chat", "chat"))
        messages.append({"role": "user", "content": _ticket_text(ctx, intent, channel, core=user_template, known=values)})
        messages.append({"role": "assistant", "content": _fill(reply_template, ctx, values)})
        exchanges = rng.choices((1, 2, 3), weights=(0.35, 0.4, 0.25))[0]
        follow_ups = [rng.choice(_FOLLOW_UPS[intent])] if exchanges >= 2 else []
        if exchanges >= 3:
            follow_ups.append(rng.choice(_CLOSING_EXCHANGES))
        for question, answer in follow_ups:
            messages.append({"role": "user", "content": _fill(informal.abbreviate(question, rng, 0.4), ctx, values)})
            messages.append({"role": "assistant", "content": _fill(answer, ctx, values)})
        records.append(
            {
                "id": f"conv-{index + 1:05d}",
                "customer_id": customer.customer_id,
                "messages": messages,
                "intent": intent,
                "region": person.region,
                "gender": person.declared_gender,
            }
        )
    return records


def generate(out_dir: Path, n: int, seed: int) -> list[Path]:
    """Writes `n` tickets, `n // 2` conversations and `n // 10` formal test tickets under `out_dir`."""
    from faker import Faker

    fake = Faker("pt_BR")
    fake.seed_instance(seed)
    rng = random.Random(seed)
    customers = _make_customers(fake, rng, max(1, n // 3), "cli-")
    tickets = _training_tickets(fake, rng, customers, n)
    conversations = _conversations(fake, rng, customers, max(1, n // 2))
    # The test set's customers are new people: nobody seen in training appears in it.
    test_customers = _make_customers(fake, rng, max(1, n // 30), "cli-t")
    formal_tickets = _formal_tickets(fake, rng, test_customers, max(1, n // 10))
    return [
        write_jsonl(out_dir / "tickets.jsonl", tickets),
        write_jsonl(out_dir / "conversas.jsonl", conversations),
        write_jsonl(out_dir / "teste_estilo_diferente.jsonl", formal_tickets),
    ]
