"""saude: emergency triage notes (Manchester-style urgency), in Brazilian Portuguese.

File written: `triagem.jsonl`, one triage note per record (`text`) with its urgency colour
(`label`: vermelho > laranja > amarelo > verde > azul), the patient's `region`, `gender` and
`age_group` at the visit. Notes are written the way triage nurses write them: abbreviations
("pcte", "HAS", "DM2", "SpO2 94% AA"), vital signs, ICD-10 codes, and the patient's
identification (name, CPF, CNS, date of birth, phone, address) for the privacy stage to find.

Planted bias (well documented in real emergency departments): chest pain in women is
under-triaged. A chest-pain presentation of a patient with `gender == "feminino"` is labelled
one level less urgent than the same presentation in a man in `FEMALE_CHEST_PAIN_DOWNGRADE` of
the cases. Chest-pain notes always contain one of `CHEST_PAIN_MARKERS` and no other note does,
so the skew can be measured from the file alone.
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
from afinar.templates.brazilian_places import pick_region
from afinar.templates.synthetic_people import Person, make_person, pick_sex, random_day

if TYPE_CHECKING:
    from faker import Faker

DEFAULT_N = 3000

LEVELS: tuple[str, ...] = ("vermelho", "laranja", "amarelo", "verde", "azul")  # most urgent first
AGE_GROUPS: tuple[str, ...] = ("0-17", "18-39", "40-59", "60+")

FEMALE_CHEST_PAIN_DOWNGRADE = 0.8
# Share of notes whose colour differs by one level from the presentation's (nurses disagree).
NOISY_LABEL_SHARE = 0.03

# Every chest-pain note names the complaint with one of these (compare accent-folded, lowercase).
CHEST_PAIN_MARKERS: tuple[str, ...] = ("dor toracica", "dor no peito", "precordialgia", "dor precordial", "dor retroesternal")
CHEST_PAIN_PATTERN = re.compile("|".join(re.escape(marker) for marker in CHEST_PAIN_MARKERS))


def mentions_chest_pain(text: str) -> bool:
    """True when a triage note is about chest pain (accent- and case-insensitive)."""
    return CHEST_PAIN_PATTERN.search(ids.ascii_fold(text).lower()) is not None


_FIRST_DAY, _LAST_DAY = date(2024, 1, 1), date(2025, 6, 30)

_AGREEMENT = re.compile(r"(\w+)o\(a\)")


def _agree(template: str, sex: str) -> str:
    """Resolves 'confuso(a)' to 'confusa' or 'confuso' for the patient's sex."""
    ending = "a" if sex == "feminino" else "o"
    return _AGREEMENT.sub(lambda match: match.group(1) + ending, template)




@dataclass(frozen=True)
class _Presentation:
    """A clinical picture: its true urgency, how notes describe it, and its vital-sign profile."""

    level: str
    narratives: tuple[str, ...]
    icd10: tuple[str, ...]
    vitals: dict[str, tuple[float, float]]
    ages: tuple[int, int] = (18, 95)
    pain: tuple[int, int] | None = None
    sexes: tuple[str, ...] = ("feminino", "masculino")
    chest_pain: bool = False
    weight: float = 1.0


_NORMAL_VITALS: dict[str, tuple[float, float]] = {
    "pas": (105, 135), "pad": (65, 85), "fc": (62, 92), "fr": (14, 20), "spo2": (96, 99), "tax": (35.8, 37.2),
}

_CHEST_PAIN = (
    _Presentation(
        "vermelho",
        (
            "{dor_toracica} intensa em aperto iniciada {tempo_curto}, irradiando p/ MSE e mandíbula, c/ sudorese fria, palidez e náuseas. Chega hipotenso(a), pulsos finos",
            "refere {dor_toracica} súbita {tempo_curto}, tipo opressão, c/ dispneia e sudorese profusa. Pele fria e pegajosa. ECG da USA c/ supra de ST em parede inferior",
            "chega pelo SAMU c/ {dor_toracica} em aperto {tempo_curto}, irradiação p/ dorso, rebaixamento do nível de consciência e má perfusão periférica",
        ),
        ("I21.9", "I21.0", "I21.1", "R57.0"),
        {"pas": (68, 88), "pad": (38, 55), "fc": (112, 142), "fr": (24, 32), "spo2": (86, 92)},
        ages=(38, 92), pain=(9, 10), chest_pain=True,
    ),
    _Presentation(
        "laranja",
        (
            "{dor_toracica} em aperto {tempo_medio}, irradiando p/ braço E, c/ náuseas, melhora parcial ao repouso",
            "{dor_toracica} tipo queimação/opressão {tempo_medio}, s/ irradiação, piora aos esforços. FRCV: HAS, dislipidemia, tabagismo",
            "iniciou {dor_toracica} enquanto caminhava, {tempo_medio}, associada a dispneia e palpitação. Nega trauma",
            "{dor_toracica} em peso {tempo_medio}, acordou c/ a dor, sudorese leve. Pai falecido de IAM aos 50a",
        ),
        ("I20.0", "R07.4", "I24.9", "I20.9"),
        {"pas": (148, 178), "pad": (88, 104), "fc": (92, 112), "spo2": (93, 97)},
        ages=(35, 92), pain=(7, 8), chest_pain=True, weight=1.6,
    ),
    _Presentation(
        "amarelo",
        (
            "{dor_toracica} em pontada há 2 dias, ventilatório-dependente, s/ irradiação, piora c/ tosse. Quadro gripal recente",
            "{dor_toracica} moderada tipo queimação após refeições, melhora parcial c/ antiácido, s/ dispneia, s/ sudorese",
            "{dor_toracica} intermitente há 3 dias, associada a ansiedade e palpitações, nega sudorese e síncope",
        ),
        ("R07.1", "R07.4", "K21.9", "R07.3"),
        {"fc": (86, 104), "pas": (125, 148)},
        ages=(25, 90), pain=(5, 6), chest_pain=True, weight=1.3,
    ),
    _Presentation(
        "verde",
        (
            "{dor_toracica} leve em pontada, piora à palpação e ao movimentar o braço, após carregar peso na mudança",
            "{dor_toracica} leve e localizada há 1 semana, após treino na academia, s/ irradiação, s/ dispneia",
            "{dor_toracica} leve que reproduz à palpação do esterno, iniciou após tosse seca de vários dias",
        ),
        ("M94.0", "R07.3", "M79.1"),
        {},
        ages=(25, 85), pain=(2, 3), chest_pain=True, weight=0.9,
    ),
)

_OTHER_PRESENTATIONS = (
    # vermelho
    _Presentation("vermelho", ("hemiparesia {lado_extenso} súbita, desvio de rima e disartria. Última vez visto bem às {hora}. Família trouxe de carro",
                               "afasia de expressão e perda de força em dimídio {lado_extenso} iniciadas {tempo_curto}, em uso irregular de anti-hipertensivos"),
                  ("I64", "I63.9"), {"pas": (172, 212), "pad": (98, 122)}, ages=(45, 95)),
    _Presentation("vermelho", ("dispneia intensa, fala entrecortada, uso de musculatura acessória, tiragem intercostal e cianose de extremidades. DPOC em O2 domiciliar",
                               "desconforto respiratório grave, não consegue completar frases, sibilos difusos e tórax silencioso à ausculta"),
                  ("J96.0", "J44.1", "J46"), {"spo2": (76, 86), "fr": (32, 42), "fc": (118, 138)}, ages=(12, 95)),
    _Presentation("vermelho", ("febre há 3 dias, hoje confuso(a) e sonolento(a), extremidades frias, diurese ausente desde a manhã",
                               "familiar refere piora do estado geral, febre, rebaixamento e hipotensão. Acamado(a), c/ lesão por pressão sacral infectada"),
                  ("A41.9", "R65.1"), {"pas": (66, 86), "pad": (36, 50), "fc": (120, 146), "tax": (38.6, 40.2), "fr": (24, 32)}, ages=(18, 98)),
    _Presentation("vermelho", ("crise convulsiva tônico-clônica generalizada há ~15 min, sem recuperar a consciência entre as crises, sialorreia. Epiléptico(a), ficou s/ medicação",
                               "chega em crise convulsiva ativa, trazido(a) pelo SAMU após 2 crises no trajeto, não responde a estímulos"),
                  ("G41.9", "R56.8"), {"fc": (118, 140), "spo2": (88, 93)}, ages=(1, 80)),
    _Presentation("vermelho", ("edema de lábios e língua após {alergeno}, estridor, placas urticariformes disseminadas e rouquidão",
                               "reação alérgica grave após {alergeno}: dispneia, edema facial importante, hipotensão"),
                  ("T78.2", "T78.0"), {"spo2": (85, 91), "pas": (72, 92), "pad": (40, 56), "fc": (115, 140)}, ages=(3, 85)),
    _Presentation("vermelho", ("vítima de colisão moto x carro, trazido pelo SAMU em prancha rígida c/ colar cervical, sangramento ativo em couro cabeludo, deformidade em coxa D",
                               "atropelamento, chega c/ rebaixamento, respiração irregular e sangramento em ouvido E"),
                  ("T07", "S06.9", "V23.4"), {"pas": (78, 98), "fc": (112, 138)}, ages=(14, 80)),
    _Presentation("vermelho", ("familiar refere que pcte não responde desde a manhã, diabético(a) em uso de insulina NPH, sudoreico(a), HGT 32 na chegada",),
                  ("E16.0", "E11.6"), {"fc": (98, 120)}, ages=(20, 95)),
    _Presentation("vermelho", ("hematêmese volumosa há 1h, 3 episódios, palidez cutânea intensa, lipotimia. Etilista, hepatopata",
                               "vômitos c/ sangue vivo em grande quantidade, tontura e sudorese fria"),
                  ("K92.0", "I85.0"), {"pas": (70, 90), "pad": (38, 55), "fc": (118, 140)}, ages=(30, 90)),
    _Presentation("vermelho", ("lactente de {meses_bebe} meses c/ gemência, tiragem subcostal e batimento de asa de nariz, cianose perioral",),
                  ("J21.9", "J96.0"), {"spo2": (80, 88), "fr": (60, 72), "fc": (170, 195)}, ages=(0, 1)),
    # laranja
    _Presentation("laranja", ("cefaleia intensa occipital, escotomas visuais e náuseas, PA elevada em casa, não tomou losartana hoje",
                              "crise hipertensiva c/ cefaleia 8/10, visão turva e tontura. HAS há 10 anos, uso irregular de medicação"),
                  ("I10", "I67.4"), {"pas": (198, 232), "pad": (118, 136)}, ages=(30, 95), pain=(7, 9)),
    _Presentation("laranja", ("dor lombar {lado} em cólica, irradiando p/ região inguinal, vômitos, agitado(a) e inquieto(a) na maca",
                              "dor em flanco {lado} de forte intensidade há 3h, tipo cólica, c/ hematúria macroscópica"),
                  ("N23", "N20.0"), {"fc": (95, 112), "pas": (140, 165)}, ages=(18, 80), pain=(8, 10)),
    _Presentation("laranja", ("crise de asma há 6h, s/ melhora c/ salbutamol em casa (10 jatos), sibilos difusos, fala frases curtas",),
                  ("J45.9", "J46"), {"spo2": (88, 92), "fr": (26, 32), "fc": (108, 124)}, ages=(4, 80)),
    _Presentation("laranja", ("poliúria, polidipsia, vômitos e hálito cetônico. DM1, ficou s/ insulina há 2 dias. HGT HI no glicosímetro",
                              "hiperglicemia importante, HGT 480, dor abdominal e sonolência leve, DM2 em uso de metformina"),
                  ("E10.1", "E11.1", "R73.9"), {"fc": (104, 122), "fr": (22, 28)}, ages=(10, 90)),
    _Presentation("laranja", ("lactente de {meses_bebe} meses c/ febre 38,5 desde ontem, recusa mamadas, choroso e irritado",),
                  ("R50.9",), {"tax": (38.3, 39.2), "fc": (160, 182)}, ages=(0, 0)),
    _Presentation("laranja", ("queda de escada c/ TCE, perda de consciência por ~2 min, 2 episódios de vômito e cefaleia",
                              "bateu a cabeça em queda da própria altura, amnésia do evento, em uso de varfarina"),
                  ("S06.0", "W19"), {}, ages=(5, 95), pain=(6, 8)),
    _Presentation("laranja", ("fezes escurecidas tipo borra de café há 2 dias, tontura ao levantar, uso de AAS e ibuprofeno",),
                  ("K92.1",), {"pas": (92, 104), "pad": (54, 64), "fc": (104, 116)}, ages=(35, 95)),
    _Presentation("laranja", ("febre 39,2, calafrios, disúria e dor lombar, taquicardia, prostração",),
                  ("N10", "A41.9"), {"tax": (38.8, 39.8), "fc": (112, 126), "pas": (94, 108), "pad": (54, 64)}, ages=(18, 95)),
    _Presentation("laranja", ("dor abdominal difusa de início súbito, muito forte, abdome tenso e doloroso à palpação, descompressão brusca +",),
                  ("R10.0", "K35.8"), {"fc": (100, 118)}, ages=(8, 90), pain=(9, 10)),
    _Presentation("laranja", ("gestante de {semanas} semanas, G2P1, sangramento vaginal em moderada quantidade c/ coágulos e cólica",),
                  ("O20.0", "O46.9"), {"fc": (96, 112)}, ages=(16, 42), sexes=("feminino",), pain=(6, 8)),
    # amarelo
    _Presentation("amarelo", ("febre aferida de 39 há 2 dias, mialgia, cefaleia retro-orbitária e artralgia, prova do laço positiva. Vizinhos c/ dengue",
                              "febre, dor no corpo e manchas vermelhas na pele há 3 dias, sem sangramentos"),
                  ("A90", "R50.9"), {"tax": (38.5, 39.5), "fc": (92, 108)}, ages=(5, 85), pain=(5, 7)),
    _Presentation("amarelo", ("vômitos incoercíveis desde ontem, mais de 6 episódios, diarreia líquida, mucosas secas",),
                  ("A09", "R11", "E86"), {"fc": (96, 110)}, ages=(1, 90)),
    _Presentation("amarelo", ("dispneia leve, sibilância, fez 4 jatos de salbutamol c/ melhora parcial, fala frases completas",),
                  ("J45.9",), {"spo2": (93, 95), "fr": (22, 25)}, ages=(4, 85)),
    _Presentation("amarelo", ("PA elevada na farmácia, vem p/ reavaliação. Nega cefaleia, nega alteração visual",),
                  ("I10",), {"pas": (178, 194), "pad": (104, 116)}, ages=(35, 95)),
    _Presentation("amarelo", ("queda de bicicleta c/ dor e deformidade em punho {lado}, edema, s/ exposição óssea, perfusão distal preservada",),
                  ("S52.5", "S62.0"), {}, ages=(5, 80), pain=(6, 7)),
    _Presentation("amarelo", ("disúria, polaciúria, febre de 38,3 e dor lombar leve há 2 dias",),
                  ("N10", "N39.0"), {"tax": (38.0, 38.7)}, ages=(16, 90), pain=(4, 5)),
    _Presentation("amarelo", ("palpitações, tremores e sensação de falta de ar após discussão em casa, choro fácil",),
                  ("F41.0", "R00.2"), {"fc": (108, 122)}, ages=(16, 70)),
    _Presentation("amarelo", ("corte em mão {lado} c/ faca de cozinha, sangramento controlado c/ compressão, necessita de sutura",),
                  ("S61.0", "W26"), {}, ages=(8, 85), pain=(4, 6)),
    _Presentation("amarelo", ("criança c/ febre de 39,3 há 2 dias, otalgia e choro intenso, aceitando líquidos",),
                  ("H66.9", "R50.9"), {"tax": (38.8, 39.6), "fc": (120, 140)}, ages=(1, 10), pain=(5, 7)),
    # verde
    _Presentation("verde", ("coriza, tosse seca e dor de garganta há 3 dias, s/ febre aferida", "quadro gripal c/ espirros e congestão nasal, mantém bom estado geral"),
                  ("J06.9", "J00"), {}, ages=(1, 90)),
    _Presentation("verde", ("febre baixa, mialgia e espirros desde ontem, aceitando bem a dieta",),
                  ("J11.1",), {"tax": (37.6, 38.0)}, ages=(2, 90)),
    _Presentation("verde", ("dor lombar crônica agudizada, s/ irradiação, deambula s/ dificuldade", "lombalgia após pegar peso no trabalho, nega perda de força"),
                  ("M54.5",), {}, ages=(18, 85), pain=(3, 4)),
    _Presentation("verde", ("torceu o tornozelo {lado} jogando futebol, edema leve, deambula c/ dor leve",),
                  ("S93.4",), {}, ages=(8, 70), pain=(3, 4)),
    _Presentation("verde", ("disúria e ardência ao urinar há 2 dias, s/ febre, s/ dor lombar",),
                  ("N39.0", "N30.0"), {}, ages=(16, 90), pain=(2, 3)),
    _Presentation("verde", ("3 episódios de diarreia desde ontem, s/ sangue, aceitando líquidos",),
                  ("A09",), {}, ages=(1, 90)),
    _Presentation("verde", ("odontalgia há 2 dias, s/ edema facial, s/ febre",),
                  ("K08.8",), {}, ages=(6, 85), pain=(3, 4)),
    _Presentation("verde", ("placas avermelhadas e prurido em braços após usar sabão novo, s/ edema de face, s/ falta de ar",),
                  ("L50.9", "L23.9"), {}, ages=(1, 90)),
    _Presentation("verde", ("olho {lado_extenso} vermelho c/ secreção amarelada e ardor há 2 dias, acuidade visual preservada",),
                  ("H10.9",), {}, ages=(1, 90)),
    _Presentation("verde", ("cefaleia frontal leve há 1 dia, s/ vômitos, s/ alteração visual, melhora c/ dipirona",),
                  ("R51", "G44.2"), {}, ages=(10, 85), pain=(2, 3)),
    # azul
    _Presentation("azul", ("vem p/ renovação de receita de {medicamento}, s/ queixas", "solicita receita de uso contínuo ({medicamento}), acabou o remédio ontem"),
                  ("Z76.0",), {}, ages=(18, 95)),
    _Presentation("azul", ("solicita atestado referente a atendimento de ontem, assintomático(a) no momento",),
                  ("Z02.7",), {}, ages=(18, 70)),
    _Presentation("azul", ("retorno p/ troca de curativo de ferida operatória, s/ sinais flogísticos",),
                  ("Z48.0",), {}, ages=(5, 95)),
    _Presentation("azul", ("retirada de pontos de sutura em mão {lado}, 10 dias de pós",),
                  ("Z48.0",), {}, ages=(5, 90)),
    _Presentation("azul", ("traz resultado de exames laboratoriais solicitados pelo clínico, assintomático(a)",),
                  ("Z71.2",), {}, ages=(18, 95)),
    _Presentation("azul", ("procura a unidade p/ vacina antitetânica após pequeno arranhão já cicatrizado", "vem p/ vacina da gripe, s/ queixas"),
                  ("Z23.5", "Z25.1"), {}, ages=(1, 95)),
    _Presentation("azul", ("vem aferir PA de rotina, HAS controlada c/ {medicamento}, s/ queixas",),
                  ("Z01.3",), {}, ages=(35, 95)),
    _Presentation("azul", ("mãe traz criança p/ consulta de rotina e atualização do cartão de vacinas",),
                  ("Z00.1",), {}, ages=(0, 10)),
)

PRESENTATIONS: tuple[_Presentation, ...] = _CHEST_PAIN + _OTHER_PRESENTATIONS

_LEVEL_WEIGHTS = {"vermelho": 0.06, "laranja": 0.17, "amarelo": 0.32, "verde": 0.32, "azul": 0.13}

# How the state of the patient is summarised, by the presentation's true urgency.
_GENERAL_STATE = {
    "vermelho": ("MEG", "MEG, pálido(a), sudoreico(a)", "grave, MEG", "em MEG, hipocorado(a)"),
    "laranja": ("REG", "REG, fácies de dor", "REG, ansioso(a)", "REG, consciente e orientado(a)"),
    "amarelo": ("REG", "BEG, fácies de dor", "REG, LOTE", "BEG, corado(a), hidratado(a)"),
    "verde": ("BEG, LOTE, eupneico", "BEG, corado(a), hidratado(a), afebril", "BEG, deambulando s/ auxílio"),
    "azul": ("BEG, s/ queixas agudas", "BEG, LOTE, eupneico, afebril", "BEG"),
}
_ARRIVAL = {
    "vermelho": ("trazido(a) pelo SAMU", "em maca", "carregado(a) por familiares", "em cadeira de rodas"),
    "laranja": ("em cadeira de rodas", "trazido(a) por familiar", "deambulando c/ auxílio", "trazido(a) pelo SAMU"),
    "amarelo": ("deambulando", "trazido(a) por familiar", "em cadeira de rodas"),
    "verde": ("deambulando", "deambulando s/ auxílio"),
    "azul": ("deambulando",),
}

_COMORBIDITIES_YOUNG = ("asma", "tabagista", "etilista social", "obesidade", "hipotireoidismo", "HAS")
_COMORBIDITIES_OLDER = ("HAS", "DM2", "dislipidemia", "DPOC", "ICC", "IRC", "hipotireoidismo", "tabagista", "ex-tabagista", "etilista social", "obesidade", "FA")
_MEDICATIONS = ("losartana 50mg", "metformina 850mg", "AAS 100mg", "sinvastatina 20mg", "enalapril 10mg", "hidroclorotiazida 25mg", "insulina NPH", "levotiroxina 50mcg", "omeprazol 20mg", "anlodipino 5mg")
_ALLERGENS = ("ingestão de camarão", "picada de abelha", "uso de dipirona", "uso de amoxicilina", "comer amendoim")
# Who comes with the patient, by the patient's age.
_COMPANIONS_BY_AGE = (
    (18, ("mãe", "mãe", "pai", "avó", "avô", "tia", "tio")),
    (40, ("mãe", "pai", "esposa", "esposo", "irmã", "irmão", "amiga", "vizinha")),
    (60, ("esposa", "esposo", "filha", "filho", "irmã", "irmão", "vizinha")),
    (200, ("filha", "filho", "neta", "neto", "esposa", "esposo", "cuidadora")),
)
_FEMININE_RELATIVES = {"mãe", "avó", "tia", "filha", "esposa", "irmã", "neta", "vizinha", "amiga", "cuidadora"}

_HEADER_TEMPLATES_WITH_SEX = (
    "Pcte {nome}, {idade}, {sexo}.",
    "Pct {sexo}, {idade}, {chegada}.",
    "{nome_caps}, {idade}, {sexo}, CNS {cns}.",
    "Paciente {sexo} de {idade}, {chegada}.",
    "Acolhimento: {nome} ({idade}, {sexo}).",
    "{idade}, {sexo}, {chegada}.",
)
_HEADER_TEMPLATES = (
    "Paciente: {nome_caps} | DN: {data_nascimento} | CNS: {cns}",
    "{nome}, {idade}, CPF {cpf}.",
    "Pcte {nome}, DN {data_nascimento}, {chegada}.",
    "Pcte {idade}, {chegada}.",
    "FA nº {ficha} - {nome}, {idade}.",
    "Pct {primeiro_nome}, {idade}, CNS {cns}, {chegada}.",
)
_IDENTIFICATION_TAILS = {
    "cpf": ("CPF {cpf}.", "CPF: {cpf}", "cpf {cpf}"),
    "cns": ("CNS {cns}.", "Cartão SUS {cns}.", "CNS: {cns}"),
    "telefone": ("Contato: {telefone}.", "Tel. {telefone}", "fone {telefone}"),
    "endereco": ("End.: {endereco}.", "Reside em {endereco}.", "Endereço: {endereco}"),
    "data_nascimento": ("DN {data_nascimento}.", "Nasc.: {data_nascimento}"),
    "acompanhante": ("Acompanhante: {acompanhante} ({parentesco}), tel {telefone_acompanhante}.", "Acomp. {parentesco} {acompanhante}, contato {telefone_acompanhante}"),
    "medico": ("Encaminhado pela UBS c/ guia do Dr(a). {medico}, {crm}.", "Ref. por {medico} {crm}."),
}
_TAIL_WEIGHTS = {"cpf": 3, "cns": 3, "telefone": 3, "endereco": 2, "data_nascimento": 1, "acompanhante": 2, "medico": 1}


@dataclass
class _NoteContext:
    rng: random.Random
    fake: Faker
    person: Person
    day: date
    cns: str
    companion: tuple[str, str, str]  # name, relation, phone number digits
    presentation: _Presentation


def _age_text(ctx: _NoteContext) -> str:
    age = ctx.person.age_on(ctx.day)
    if age == 0:
        months = max(1, (ctx.day - ctx.person.birth_date).days // 30)
        return ctx.rng.choice((f"{months}m", f"{months} meses"))
    return ctx.rng.choice((f"{age}a", f"{age} anos", f"{age}a", f"{age} a"))


def _sex_text(ctx: _NoteContext) -> str:
    feminine = ctx.person.sex == "feminino"
    return ctx.rng.choice(("fem", "F", "sexo feminino", "feminino") if feminine else ("masc", "M", "sexo masculino", "masculino"))


def _vital(ctx: _NoteContext, name: str) -> float:
    low, high = ctx.presentation.vitals.get(name, _NORMAL_VITALS[name])
    return ctx.rng.uniform(low, high)


def _vital_signs(ctx: _NoteContext) -> str:
    """One line of vital signs consistent with the presentation, in one of the usual layouts."""
    rng, presentation = ctx.rng, ctx.presentation
    pas, pad = int(_vital(ctx, "pas")), int(_vital(ctx, "pad"))
    pad = min(pad, pas - 25)
    fc, fr, spo2 = int(_vital(ctx, "fc")), int(_vital(ctx, "fr")), int(_vital(ctx, "spo2"))
    tax = f"{_vital(ctx, 'tax'):.1f}".replace(".", ",")
    pain = rng.randint(*presentation.pain) if presentation.pain else None
    hgt = None
    if "HGT" not in " ".join(presentation.narratives) and rng.random() < 0.25:
        hgt = rng.randint(82, 190)
    style = rng.random()
    if style < 0.35:
        parts = [f"PA {pas}x{pad}", f"FC {fc}", f"FR {fr}", f"SpO2 {spo2}% AA", f"Tax {tax}"]
        if hgt:
            parts.append(f"HGT {hgt}")
        if pain is not None:
            parts.append(f"dor {pain}/10")
        return " ".join(parts)
    if style < 0.65:
        parts = [f"PA: {pas}x{pad}mmHg", f"FC: {fc}bpm", f"FR: {fr}irpm", f"SAT: {spo2}% em AA", f"T: {tax}°C"]
        if hgt:
            parts.append(f"HGT: {hgt}mg/dL")
        if pain is not None:
            parts.append(f"EVA {pain}")
        return "SSVV: " + ", ".join(parts)
    parts = [f"PA {pas}/{pad}", f"FC {fc}", f"Sat {spo2}%", f"Tax {tax}"]
    if hgt:
        parts.append(f"glicemia {hgt}")
    if pain is not None:
        parts.append(f"escala de dor {pain}")
    return " | ".join(parts)


def _lado(ctx: _NoteContext) -> str:
    return ctx.rng.choice(("D", "E", "direito", "esquerdo"))


_SLOT_MAKERS: dict[str, Callable[[_NoteContext], str]] = {
    "nome": lambda c: c.person.name_as_written(c.rng),
    "nome_caps": lambda c: c.person.full_name.upper(),
    "primeiro_nome": lambda c: c.person.first_name,
    "cpf": lambda c: c.person.cpf_as_written(c.rng),
    "cns": lambda c: ids.cns_as_written(c.cns, c.rng),
    "telefone": lambda c: c.person.phone_as_written(c.rng),
    "endereco": lambda c: c.person.address_as_written(c.rng),
    "data_nascimento": lambda c: c.person.birth_date_as_written(c.rng),
    "acompanhante": lambda c: c.companion[0],
    "parentesco": lambda c: c.companion[1],
    "telefone_acompanhante": lambda c: ids.phone_as_written(c.person.place.ddd, c.companion[2], c.rng),
    "medico": lambda c: f"{c.fake.first_name()} {c.fake.last_name()}",
    "crm": lambda c: ids.crm_number(c.rng, c.person.place.uf),
    "idade": _age_text,
    "sexo": _sex_text,
    "chegada": lambda c: _agree(c.rng.choice(_ARRIVAL[c.presentation.level]), c.person.sex),
    "ficha": lambda c: f"{c.day:%Y%m%d}-{c.rng.randint(1, 999):04d}",
    # Feminine nouns only, so that 'associada', 'intensa', 'leve' agree with every variant.
    "dor_toracica": lambda c: c.rng.choice(("dor torácica", "dor no peito", "precordialgia", "dor precordial", "dor retroesternal")),
    "tempo_curto": lambda c: c.rng.choice(("há 30 min", "há 40 min", "há ~1h", "há 1h30", "há 20 minutos", "há 2h")),
    "tempo_medio": lambda c: c.rng.choice(("há 2h", "há 3h", "há ~4h", "desde a madrugada", "há 6 horas", "desde ontem à noite")),
    "lado": _lado,
    "lado_extenso": lambda c: c.rng.choice(("direito", "esquerdo")),
    "hora": lambda c: f"{c.rng.randint(5, 22)}h{c.rng.choice(('', '00', '15', '30', '45'))}",
    "alergeno": lambda c: c.rng.choice(_ALLERGENS),
    "meses_bebe": lambda c: str(max(1, (c.day - c.person.birth_date).days // 30)),
    "semanas": lambda c: str(c.rng.randint(8, 34)),
    "medicamento": lambda c: c.rng.choice(_MEDICATIONS),
    "sinais_vitais": _vital_signs,
}


@dataclass(frozen=True)
class _Patient:
    patient_id: str
    person: Person
    cns: str
    comorbidities: tuple[str, ...]
    allergy: str | None


def _make_patients(fake: Faker, rng: random.Random, count: int) -> list[_Patient]:
    patients = []
    for index in range(count):
        roll = rng.random()
        ages = (0, 17) if roll < 0.15 else (18, 39) if roll < 0.45 else (40, 59) if roll < 0.75 else (60, 96)
        person = make_person(fake, rng, region=pick_region(rng), sex=pick_sex(rng), age_range=ages, unknown_gender_share=0.03)
        if ages[0] < 18:
            comorbidities: tuple[str, ...] = ()
        elif ages[0] < 40:
            comorbidities = tuple(rng.sample(_COMORBIDITIES_YOUNG, k=rng.choice((0, 0, 0, 1, 1, 2))))
        else:
            comorbidities = tuple(rng.sample(_COMORBIDITIES_OLDER, k=rng.choice((0, 1, 1, 2, 2, 3))))
        allergy = rng.choice(("dipirona", "penicilina", "AAS", "sulfa", "iodo")) if rng.random() < 0.15 else None
        patients.append(_Patient(f"pac-{index + 1:05d}", person, ids.cns_number(rng), comorbidities, allergy))
    return patients


def age_group(age: int) -> str:
    """'0-17', '18-39', '40-59' or '60+'."""
    return "0-17" if age < 18 else "18-39" if age < 40 else "40-59" if age < 60 else "60+"


def _fits(presentation: _Presentation, person: Person, age: int) -> bool:
    return presentation.ages[0] <= age <= presentation.ages[1] and person.sex in presentation.sexes


def _choose_presentation(rng: random.Random, person: Person, age: int) -> _Presentation:
    # Chest pain is a common reason adults come to the emergency room, more so after 40.
    chest_share = 0.0 if age < 25 else 0.1 if age < 40 else 0.2
    candidates = [p for p in _CHEST_PAIN if _fits(p, person, age)]
    if not (candidates and rng.random() < chest_share):
        level = rng.choices(list(_LEVEL_WEIGHTS), weights=list(_LEVEL_WEIGHTS.values()))[0]
        candidates = [p for p in _OTHER_PRESENTATIONS if p.level == level and _fits(p, person, age)]
        if not candidates:
            candidates = [p for p in _OTHER_PRESENTATIONS if _fits(p, person, age)]
    return rng.choices(candidates, weights=[p.weight for p in candidates])[0]


def _note_template(ctx: _NoteContext, patient: _Patient) -> str:
    """The note as a template: header, complaint, history, vital signs, state, ICD-10, contacts."""
    rng, presentation = ctx.rng, ctx.presentation
    headers = _HEADER_TEMPLATES + (_HEADER_TEMPLATES_WITH_SEX if patient.person.declared_gender != "nao_informado" else ())
    header = rng.choice(headers)
    parts = [header]
    narrative = rng.choice(presentation.narratives)
    parts.append(rng.choice(("", "", "QP: ", "HDA: ", "Queixa: ")) + narrative + ".")
    history = []
    if patient.comorbidities and rng.random() < 0.75:
        history.append(rng.choice(("HPP: ", "Antecedentes: ", "Comorb.: ", "")) + ", ".join(patient.comorbidities) + ".")
    if patient.allergy and rng.random() < 0.8:
        history.append(rng.choice((f"Alérgico(a) a {patient.allergy}.", f"Alergia: {patient.allergy}.", f"ALERGIA A {patient.allergy.upper()}.")))
    elif rng.random() < 0.3:
        history.append(rng.choice(("Nega alergias.", "NKDA.", "Nega alergia medicamentosa.")))
    parts.extend(history)
    parts.append("{sinais_vitais}")
    if rng.random() < 0.7:
        parts.append(rng.choice(_GENERAL_STATE[presentation.level]) + ".")
    if rng.random() < 0.75:
        codes = rng.sample(presentation.icd10, k=min(len(presentation.icd10), rng.choice((1, 1, 2))))
        parts.append(rng.choice(("CID ", "HD: ", "CID-10: ", "Hipótese: ")) + " / ".join(codes))

    is_child = ctx.person.age_on(ctx.day) < 14
    count = rng.choices((0, 1, 2), weights=(0.35, 0.45, 0.2))[0]
    # No tail repeats what the header already says (the CPF twice).
    kinds = [kind for kind in _TAIL_WEIGHTS if f"{{{kind}}}" not in header and not (is_child and kind == "acompanhante")]
    chosen = ["acompanhante"] if is_child else []  # children always come with someone
    while len(chosen) < count and kinds:
        kind = rng.choices(kinds, weights=[_TAIL_WEIGHTS[k] for k in kinds])[0]
        kinds.remove(kind)
        chosen.append(kind)
    parts.extend(rng.choice(_IDENTIFICATION_TAILS[kind]) for kind in chosen)
    separator = rng.choice((" ", " ", "\n", ". ")) if rng.random() < 0.9 else " / "
    return separator.join(part.rstrip(".") if separator == ". " else part for part in parts)


def _nurse_style(template: str, rng: random.Random) -> str:
    """Hurried typing: no accents, the odd typo, sometimes all lowercase."""
    if rng.random() < 0.25:
        template = informal.drop_accents(template)
    template = informal.add_typos(template, rng, 0.01)
    return informal.lowercase(template) if rng.random() < 0.25 else template


def _observed_label(presentation: _Presentation, person: Person, rng: random.Random) -> str:
    """The colour the triage nurse gave: the presentation's, with the planted bias and some noise."""
    index = LEVELS.index(presentation.level)
    if presentation.chest_pain and person.declared_gender == "feminino" and rng.random() < FEMALE_CHEST_PAIN_DOWNGRADE:
        index += 1
    elif rng.random() < NOISY_LABEL_SHARE:
        index += rng.choice((-1, 1))
    return LEVELS[min(max(index, 0), len(LEVELS) - 1)]


def _fill(template: str, ctx: _NoteContext) -> str:
    values = {name: _SLOT_MAKERS[name](ctx) for name in informal.slot_names(template)}
    return informal.fill_slots(template, values)


def generate(out_dir: Path, n: int, seed: int) -> list[Path]:
    """Writes `n` triage notes of about `n // 2` patients to `out_dir/triagem.jsonl`."""
    from faker import Faker

    fake = Faker("pt_BR")
    fake.seed_instance(seed)
    rng = random.Random(seed)
    patients = _make_patients(fake, rng, max(1, n // 2))
    activity = [rng.lognormvariate(0, 0.7) for _ in patients]
    records = []
    for index in range(n):
        patient = rng.choices(patients, weights=activity)[0]
        person = patient.person
        day = random_day(rng, _FIRST_DAY, _LAST_DAY)
        age = max(0, person.age_on(day))
        presentation = _choose_presentation(rng, person, age)
        relation = rng.choice(next(relatives for limit, relatives in _COMPANIONS_BY_AGE if age < limit))
        first = fake.first_name_female() if relation in _FEMININE_RELATIVES else fake.first_name_male()
        companion = (f"{first} {person.full_name.split()[-1]}", relation, ids.mobile_number(rng))
        ctx = _NoteContext(rng, fake, person, day, patient.cns, companion, presentation)
        template = _agree(_note_template(ctx, patient), person.sex)
        text = _fill(_nurse_style(template, rng), ctx)
        if rng.random() < 0.1:
            text = text.upper()  # legacy hospital systems that only store capitals
        records.append(
            {
                "id": f"tri-{index + 1:05d}",
                "patient_id": patient.patient_id,
                "text": text,
                "label": _observed_label(presentation, person, rng),
                "region": person.region,
                "gender": person.declared_gender,
                "age_group": age_group(age),
            }
        )
    return [write_jsonl(out_dir / "triagem.jsonl", records)]
