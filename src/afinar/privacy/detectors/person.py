"""Person names, offline: a gazetteer of Brazilian names plus capitalisation and context.

How a name is found (each rule is here because a simpler one failed on real text):

1. Runs of capitalised (or ALL-CAPS) words, joined by the particles da/de/do/das/dos,
   are the candidates: "Maria da Conceição Souza".
2. Words inside a known place ("João Pessoa", "Santa Catarina") or company ("Magazine
   Luiza", "Casas Bahia") are blocked, and a run with an organisation word ("Farmácia
   Silva", "Lojas Rocha", "Silva Advogados") or right after a street type or an
   organisation word ("Rua João Silva", "Hospital Albert Einstein") is dropped.
3. A name starts at a known given name; at a known surname when another name word follows;
   or at any capitalised word right after a person context ("Sr.", "Prezado(a)", "PCT:",
   "Técnica de enfermagem", "eleitor", "favorecido", "meu nome é"…: ~380 phrases of the
   four domains in `gazetteer/person_contexts.txt`). After a weak context ("emitida
   para", "transferência para", "Bom dia": `person_contexts_weak.txt`) an unknown name
   needs two words. So does one announced by what follows it, as in a legal
   qualification or a note: "Fulano Beltrano, brasileiro, casado", "… (esposa)", "… CPF".
4. Given names that are everyday words ("Rosa", "Cruz", "Paz", "Luz", "Vitória") count
   alone only after a person context.
5. After a person context, lower-case names count too when their first word is a known
   given name that is not an everyday word: "meu nome é joão da silva", "falei com a
   maria", "a paciente ana souza". Chat words ("pra", "c/", "oi", "valeu": the file
   `person_contexts_lowercase.txt`) are weak contexts for lower-case names only, after
   which an everyday given name ("marina", "marcos") needs a known surname after it.
6. Two-word surnames made of everyday words ("Casa Grande", "Castelo Branco") are part of
   the name when a name word precedes them, not an organisation or place.
7. Lists: an item of two or more capitalised words next to a name in a list ("A, B e C",
   or a list after a person context such as "Participantes:") is announced like one
   after a weak context.
8. Lower case without context: a known given name followed by more name words ("a maria
   souza ligou"), or a given name opening a line and spoken to ("maria vc me manda",
   "joão, pode ver?").
9. Layout (written after reading the novel set's errors): a "Role:" label opening two or
   more lines is a transcript's speaker, only a weak context ("Cliente: Quem fala é");
   a context does not reach across a full stop ("preposto. Recusada"), a tab or a wide
   column gap, nor is an e-mail's "RE:" the role "ré"; a table column headed by a person
   context ("NOME;…", "Nome\tVacina") holds a name in each cell, whatever its case; a
   line of its own after a closing, "--" or a place and date, or above a role, is a
   signature (announced); "SURNAME, Given" and "Given Surname e Surname" are one name.
10. Fifth set's registers (written after reading its errors): JSON / key=value name fields
   and chat-export senders are names; virtual assistants' names are not, nor firms whose
   organisation or department word follows unknown words, brand-shaped words, an
   institution's patron after a title, "Sete de Setembro"; a context ending a line
   without punctuation does not reach the next; "doravante denominado", "responsável
   legal", "(filho do segurado)" announce a name; "Jr." keeps its dot.

The span never includes the title ("Sr.") — the title says nothing about who it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import chain
from typing import NamedTuple

from afinar.privacy import keywords
from afinar.privacy.checksums import is_valid_cpf
from afinar.privacy.detectors._scoring import VALUE_HEADERS, value_field
from afinar.privacy.folding import ContextWindow, fold, fold_text, keyword_alternation
from afinar.privacy.gazetteer import Gazetteer, context_phrase, load_gazetteer, read_word_file
from afinar.privacy.name_shape import common_words, is_name_shaped, name_shape
from afinar.privacy.person_tagger.features import PARTICLES as NAME_PARTICLES
from afinar.privacy.registry import Detector, register_detector
from afinar.privacy.span import Span
from afinar.privacy.tables import (
    above_a_ruler,
    aligned_header_at,
    aligned_table_at,
    cell_at,
    hl7_components,
    hl7_fields,
    key_words,
    is_column_header,
    ruled_cell_at,
    table_cells,
)

# (with Latin Extended-A, whose capitals and small letters alternate: "Stanisław", "Łukasz",
# "Wójcik", "Dvořák"; and Latin Extended Additional, likewise, for the nasal vowels of
# indigenous names: "Akwẽ", "Mẽbêngôkre", "Wa'rãiwẽ")
_UPPER = "A-ZÀ-ÖØ-Þ\u0100-\u017f\u1e00-\u1eff"
_LOWER = "a-zß-öø-ÿ\u0100-\u017f\u1e00-\u1eff"
_WORD = (
    rf"[{_UPPER}]['’][{_UPPER}][{_LOWER}]+"  # D'Ávila
    rf"|[{_UPPER}][{_LOWER}]+(?:['’-][{_UPPER}{_LOWER}]+)?"  # Maria, Ana-Lúcia
    rf"|[{_UPPER}]{{2,}}(?:['’-][{_UPPER}]+)?"  # MARIA
    rf"|[{_UPPER}]\.(?=[ \t]+[{_UPPER}])"  # the initial in "João P. Silva"
)
_PARTICLE = r"(?:[dD][aAeEoO][sS]?|[dD]['’](?=[" + _UPPER + "]))"
# Words of a run are one or two spaces apart: a tab or a wider gap separates the columns
# of a table or a form ("Horário\tNome\tVacina", "Professora   Renda mensal").
_RUN = re.compile(  # the leading look-ahead lets `re` skip straight to capitals
    # a digit may precede it: a fixed-width record glues its fields ("DF00004760453202ADENILDA
    # TORQUATO DE UCHOA"), which only a run of two words or more in capitals is taken from
    rf"(?=[{_UPPER}])(?<![^\W\d])(?<![@.])(?:{_WORD})(?:(?: {{1,2}}|(?<=['’]))(?:{_PARTICLE} {{1,2}})?(?:{_WORD}))*"
)
_TOKEN = re.compile(rf"{_WORD}|{_PARTICLE}")
_PARTICLES = frozenset({"da", "de", "do", "das", "dos", "d'", "d’"})

_MASCULINE_ARTICLES = frozenset({"o", "do", "ao", "pelo", "um"})
_ARTICLES = frozenset({"o", "a", "do", "da", "ao", "pelo", "pela", "com"})
_OF_THE = frozenset({"do", "da"})
_TRAILING_PUNCTUATION = ":,-–("  # "PCT: Ana", "familiar (Ana)"
# an announced stage name or nickname, then its opening quote: 'conhecida artisticamente como "' (folded)
# (where the name is known may come between: 'conhecida na feira como "Fia"', 'conhecido no
# meio musical como "Kiko Clarinete"')
_QUOTED_NAME_BEFORE = re.compile(r"(?:nome artistico|artisticamente como|conhecid[oa](?:[ \t]+(?:n[ao]s?|pel[oa]s?|entre|em)"
                                 r"(?:[ \t]+[a-z]+){1,2})?[ \t]+como|vulgo|apelid[oa](?: de)?)[ \t]*[\"“]$")
# a line that opens with the line to sign on, the name printed after it (not a field's
# blank, "Assinatura: ________  Tel.")
_SIGNATURE_LINE_BEFORE = re.compile(r"[ \t]*_{3,}[ \t]*")
NO_CONTEXT, WEAK_CONTEXT, STRONG_CONTEXT = 0, 1, 2

# The professional councils' folded acronyms as a regex alternation, longest first
# (not the dispatchers' CRDD: their offices print it after the firm's name, "Despachante
# Amado · CRDD/SP 5840")
_COUNCIL_ALTERNATION = "|".join(sorted(keywords.COUNCIL_ACRONYMS - {"crdd"}, key=lambda a: (-len(a), a)))
# Nationalities of newcomers, as a qualification gives them after the name (folded)
_NATIONALITIES = (
    r"boliviano|boliviana|venezuelano|venezuelana|haitiano|haitiana|congoles|congolesa|angolano"
    r"|angolana|sirio|siria|afegao|afega|chines|chinesa|colombiano|colombiana|peruano|peruana"
    r"|paraguaio|paraguaia|argentino|argentina|cubano|cubana|senegales|senegalesa|nigeriano|nigeriana"
    r"|libanes|libanesa|palestino|palestina|ucraniano|ucraniana|portugues|portuguesa"
)
# a nationality in a qualification's list, a comma after it: "CASTRO, BOLIVIANO, DIVORCIADO"
# (not the nickname "conhecido como Paraguaio (CPF …)")
_NATIONALITY_IN_A_QUALIFICATION = re.compile(rf"(?:{_NATIONALITIES}),[ \t]")
# What may follow a person's name and announce it: a legal qualification ("…, brasileira,
# casada, portadora do RG"), a document of a natural person, a relative in brackets.
_RIGHT_CUE = re.compile(
    r"[ \t]*(?:[,;–—(-][ \t]*)?(?:brasileir[oa]|estrangeir[oa]|solteir[oa]|casad[oa]"
    r"|divorciad[oa]|viuv[oa]|separad[oa]|portador|portadora|inscrit[oa]|nascid[oa]"
    r"|residente|domiciliad[oa]|natural de|filh[oa] de|aposentad[oa]|menor impubere"
    r"|cpf|c\.p\.f|rg|cnh|pis|pasep|nis|ctps"
    # a health card's fifteen digits ("— CNS 765899448281457"; a notary's "CNS 820520" is its office's)
    r"|cns(?=[ \t:.nº°]*\d{3}[ \t]?\d{4}[ \t]?\d{4}[ \t]?\d{4}(?!\d))"
    # a party of a contract, a guardian: "…, doravante denominado LOCADOR", "Eu, …,
    # responsável legal pelo(a) menor"
    r"|doravante|responsavel legal|representante legal"
    # a court's or a public defender's officer signing a certificate: "Dou fé. Arpi
    # Boghossian, Oficial de Justiça", "Marleny Cardona, servidor(a)."
    r"|oficial de (?:justica|defensoria)|servidor(?:a|\(a\))?|escrivao|escriva|escrevente"
    r"|(?:tecnic|analista) judiciari[oa]|defensor(?:a|\(a\))? public[oa](?:\(a\))?"
    # a newcomer's nationality, as a petition qualifies a party: "GLADYS CHOQUE CHAMBI,
    # boliviana, viúva"
    rf"|{_NATIONALITIES})(?!\w)"
    # a listed person's birth date and document after dashes: "- JUCIMAR FREITAS BOCAIUVA -
    # 12/02/2020 - CPF 938.866.368-36", as a prison's list of registered visitors has it (not
    # after blanks alone: "Data de Nascimento 12/03/1980 CPF …" is a label)
    r"|[ \t]+[-–—][ \t]+\d{1,2}/\d{1,2}/\d{2,4}[ \t]+[-–—][ \t]+(?:cpf|rg|cnh)(?![\w])"
    # a signatory's part after a dash at a signature line's end: "RUTHINÉIA SARAPIÃO — parte"
    r"|[ \t]+[-–—][ \t]+(?:parte|mediador[a]?|conciliador[a]?|requerente|requerid[oa])[ \t]*(?=\n|$)"
    # a party's role in brackets: "XIUYING XU (Outorgante)", an internal note's author:
    # "Esperança (interno): falei com ele"
    r"|[ \t]*\((?:outorgante|outorgad[oa]|signatari[oa]|testemunha|contratante|contratad[oa]|requerente"
    r"|interessad[oa]|intern[oa]|assistente social|psicolog[oa]|enfermeir[oa]"
    # a bus crew's post, abbreviated: "Dejanira (mot.)", "Regina (cond.)", "Iara (cobr.)"
    r"|mot\.|motorista|cobr\.|cobrador[a]?|cond\.|condutor[a]?)\)"
    r"|[ \t]*,[ \t]*\d{2,3}[ \t]*(?:anos|a)(?=[ \t]*(?:[,;.)(|]|$))"  # an age: "Zenóbia Coqueiro, 82a,"
    r"|[ \t]*\([ \t]*\d{1,3}[ \t]*anos[ \t]*\)"  # "Jade Pastor (11 anos)"
    r"|[ \t]*<[^<>@\s]+@"  # an e-mail header: "Para: Eulina Buriti <eulina@…>"
    # a chat's agent joining: "Transferindo para atendente... Dejair Raposo entrou na conversa."
    r"|[ \t]+(?:entrou|entra)[ \t]+n[ao][ \t]+(?:conversa|chat|atendimento|sala)(?![\w])"
    # the author of a quoted post or message: "Moema escreveu:", "Prudente C. escreveu:"
    r"|[ \t]+escreveu[ \t]*:"
    # a council's register after the name, a dash, a comma, a bracket or on the next line:
    # "Sinfrônio Gameleira – COREN-PR 36.714", "Rozimar Tchipa, CRN-1 5365", "Prudente
    # Tabosa COREN/PI …", "DORES PALMEIRA · CRM-MT …", a signature's "…\nOAB/RJ 195.354"
    # (every council of `keywords.PROFESSIONAL_COUNCILS`, and the labour ministry's registers)
    rf"|[ \t]*(?:[–—,(·|-][ \t]*|\n[ \t]*)?(?:{_COUNCIL_ALTERNATION}|mte|srte)"
    r"(?=[ \t]*(?:[-/:]|n[o.]|\d|(?:ac|al|ap|am|ba|ce|df|es|go|ma|mt|ms|mg|pa|pb|pr|pe|pi|rj|rn|rs|ro|rr|sc|sp|se|to)"
    r"(?![a-z])))"
    # a patient's record number or date of birth: "RANIERE DIAS (pront. 958864-6)",
    # "… · Pront. 513789-7", "(DN 08/01/1990)"; an employee's: "(matr. 447689-4)",
    # "(mat. 577055, comercial)", "· Matrícula 819533-4"
    r"|[ \t]*[(·,|–—-][ \t]*(?:pront|prontuario|dn|d\.n|mat|matr|matricula|doc)(?![a-z])"
    # a log's next field, the date of birth: "10:58  NGUEZA COELHO KAPITANGO  DN 27/03/1967"
    r"|[ \t]+dn[ \t:]+\d{1,2}/\d{1,2}/\d{2,4}"
    # the person's CPF itself in the same bracket or record: "ok (CREUSIMAR DE TEIXEIRA; 044…)"
    r"|[ \t]*[;,][ \t]*(?:\d{3}\.\d{3}\.\d{3}-\d{2}|\d{11})(?![\d.-])[ \t]*\)"
    # a kinship or role after a comma or dash: "Idalécio Cirino, filho, solteiro", "Benvinda
    # Scapin, escrevente autorizada", "FULANO, advogado(a)", "…, irmã)", "Honorina – Psicóloga"
    # (or a bracket: "Escalado para Branco (coordenador SOC)")
    r"|[ \t]*[,–—(-][ \t]*(?:ex-)?(?:filh[oa]|herdeir[oa]|espos[oa]|marido|irma|irmao|viuv[oa]|net[oa]|genitor|genitora"
    r"|conjuge|companheir[oa]|escrevente|tabeliao|tabelia|advogad[oa]|testemunha|inventariante"
    r"|meeir[oa]|interditad[oa]|sobrinh[oa]|entead[oa]|avo|avos|menor|psicolog[oa]|enfermeir[oa]"
    r"|medic[oa]|dentista|fisioterapeuta|nutricionista|farmaceutic[oa]|beneficiari[oa]|titular"
    # a staff member's post on a signature line: "Auricélia Campos – Analista", "… – Gerente
    # Jurídico, OAB-GO 51.897"
    r"|analista|gerente|supervisor[a]?|coordenador[a]?|assistente|auxiliar|diretor[a]?"
    r"|tecnic[oa]|estagiari[oa]|consultor[a]?|perit[oa]|regulador[a]?|atendente|operador[a]?"
    # a bus crew's post after a dash: "TOMOE YAMASHIRO - cobr.", "… – cobradora" (not
    # "motorista": a contract's title, "CONTRATO … DOMÉSTICO — MOTORISTA PARTICULAR")
    r"|cobr(?=\.)|cobrador[a]?"
    # "Gerda Wolff — Despachante Documentalista", "…, Oficiala Substituta", "… — Fonoaudióloga"
    r"|despachante|oficiala|fonoaudiolog[oa]|biomedic[oa]|terapeuta"
    # a judge's, a delegate's, a councillor's: "…, Juiz Eleitoral", "…, Delegado de plantão"
    r"|juiz[a]?(?! de fora)|delegad[oa]|promotor[a]?|vereador[a]?|prefeit[oa]|ouvidor[a]?)(?![\w])"
    # a reply's signature with the team after it: "— Eun-hye, Time de Relacionamento LevaAí"
    r"|[ \t]*,[ \t]*(?:time|equipe)[ \t]+d[aeo][ \t]"
    # a reference in a rental application, after a dash or a comma (not a bracket: "TEL DE
    # TERCEIRO (vizinha d. Luz)"): "Adonias Guaramato — tio — tel. …", "… — vizinho —"
    r"|[ \t]*[,–—-][ \t]*(?:tio|tia|prim[oa]|cunhad[oa]|vizinh[oa]|colega)(?![\w])"
    # a signature's post on the line below the name: "Rhayane de Paraguassu Esperança\nJuíza
    # do Trabalho", "… \nDelegado(a) de Polícia"
    r"|[ \t]*\n[ \t]*(?:juiz[a]?|juiza|delegad[oa]|escriva|escrivao|promotor[a]?|defensor[a]?"
    r"|assistente social|tabeliao|tabelia|oficial de registro|pastor[a]?|padre|paroco|vigario"
    r"|coordenador[a]?|presidente|tesoureir[oa]|secretari[oa] executiv[oa])(?:\(a\))?(?![\w])"
    r"|[ \t]*\((?:esposa|esposo|marido|mae|pai|filh[oa]|irm[ao]|avo|net[oa]|sobrinh[oa]"
    r"|tio|tia|genitor|genitora|conjuge|companheir[oa]|responsavel|acompanhante|paciente|cliente|titular"
    r"|presidente|relator[a]?|revisor[a]?|vogal)"  # a court's panel: "FLOR PERDIGAO (Presidente)"
    r"(?:\)|[ \t]+d[aeo]s?[ \t])"  # "(filho)", "(filho do segurado)"
)


_BLANK_LINE = re.compile(r"\n[ \t]*\n")
# A state's code right after a run: a town ("Bento Gonçalves-RS", "Valença/BA"), no person
STATE_AFTER = re.compile(rf"[ \t]?[-/][ \t]?(?:{keywords.STATE_CODES})(?![\w/-])")
_ENDS_WITH_STATE = re.compile(rf"[-/](?:{keywords.STATE_CODES})$")
# a phone's own label, never a name before its number: "Fone (11) …", "Cel 83 9…"
PHONE_WORDS = frozenset({"fone", "fones", "tel", "tels", "telefone", "telefones", "celular", "celulares", "cel",
                         "whatsapp", "whats", "wpp", "zap",
                         "contato", "contatos", "fax", "ramal", "fixo", "movel", "recado", "recados", "res",
                         "residencial", "comercial", "com"})
_GREETING_AFTER = re.compile(r",[ \t]*(?:bom dia|boa tarde|boa noite|tudo bem|tudo bom|obrigad[oa] por|vi sua mensagem)(?![\w])"
                             # a chat message opening with whom it greets: "Joceli bom dia, to na …"
                             r"|[ \t]+(?:bom dia|boa tarde|boa noite)[ \t]*[,!.]")
# A greeting or a call for attention right before a name that ends its clause: the person
# addressed ("Olá Edegar, tudo bem?", "Boa tarde Araí,", "Atenção Pieter: …")
_GREETING_BEFORE = re.compile(
    r"(?:^|[\s.!?,;])(?:ola|oi+e?|opa|bom dia|boa tarde|boa noite|obrigad[oa]|valeu|atencao|tchau"
    # (or with a comma: "Seja bem-vinda, Glória 💙", "Oi, Deiby!"; condolences: "Meus
    # sentimentos, Rosa 🙏")
    r"|bem-vind[oa]s?,|sentimentos,)[ \t]+$")
_FIELD_VALUE_END = re.compile(r"[ \t]*(?:\n|$|[ \t]{2}|\t)")
_SENTENCE_ARTICLES = frozenset({"o", "a", "os", "as", "um", "uma"})
_HIS_OR_HERS = frozenset({"dele", "dela", "deles", "delas"})
_LOWER_CASE_WORD_AFTER = re.compile(r"[ ]([a-zß-ÿ]+)(?![^\W\d_]*[@.][\w])")
_VOCATIVE_END = re.compile(r"[ \t]*(?:[,!?:]|\n|$|[\U0001F300-\U0001FAFF\u2600-\u27BF])")  # (or an emoji: "Rosa 🙏")
# whom else a greeting addresses: a group, a relative, a role ("Oi gente!", "Bom dia Chefe,")
_ADDRESSED_WORDS = frozenset({
    "gente", "galera", "turma", "povo", "familia", "pessoal", "equipe", "time", "todos", "todas", "colegas",
    "mocada", "rapaziada", "gurizada", "meninas", "meninos", "queridos", "queridas", "querido", "querida",
    "chefe", "chefia", "patrao", "patroa", "mana", "mano", "amiga", "amigo", "amigos", "amigas", "amor",
    "filho", "filha", "mozao", "vizinho", "vizinha", "tia", "tio", "vo", "vovo", "mae", "pai", "irma", "irmao",
    "lindo", "linda", "bebe", "senhor", "senhora", "senhores", "senhoras", "cliente", "clientes", "doutor",
    "doutora", "professor", "professora", "mestre", "parceiro", "parceira", "cooperado", "cooperados"})
# A firm's departments, which a chat's speaker may carry after the given name ("Valéria
# Comercial:", "Jonas Suporte:")
_DEPARTMENTS = frozenset({"comercial", "financeiro", "vendas", "suporte", "atendimento", "cobranca", "rh", "sac",
                          "juridico", "compras", "logistica", "faturamento", "expedicao", "recepcao", "secretaria",
                          "engenharia", "operacoes",
                          # a tradesman saved with his trade's shop word: "Francisco Elétrica:"
                          "eletrica"})
# A phone number with its area code right after a name, as contact lists, order books and
# ledgers write it: "Maryjane 49-99034-8359", "Gleiciane 88 99663 0879", "Prudente
# 77982061147", "Wilber — (41) 98046-7886"
_PHONE_AFTER = re.compile(
    # (one blank or a dash or comma between: a tab, a wide gap or a "|" is the next column
    # of a table, whose header says what it holds); the area code in brackets or set apart,
    # or a mobile's eleven digits ("Selo 4942300767" is a seal's number)
    r"(?: ?[–—,:-] ?| )(?:(?:\+?55[ \t]?)?(?:\(\d{2}\)[ \t]?|\d{2}[ \t.-])9?\d{4}[ \t.-]?\d{4}|(?:\+?55)?\d{2}9\d{8})"
    r"(?![\d/]|[.-]\d)")


def person_context(context: ContextWindow, start: int) -> int:
    """STRONG_CONTEXT when a phrase of `person_contexts.txt` ends right before `start`,
    maybe followed by an article and a colon or comma ("Sra. |", "PCT: |", "falei com a |",
    "Prezado(a) |"); WEAK_CONTEXT for one of `person_contexts_weak.txt`; else NO_CONTEXT.

    Looked up as the last one to four words in a set, not with a regex anchored at the end
    of the window: this runs for every capitalised run and must be cheap. Answers are
    memoised per text (the same offset is asked about more than once).
    """
    key = ("person_context", start)
    cached = context.memo.get(key)
    if cached is None:
        cached = context.memo[key] = _person_context(context, start)
    return cached  # type: ignore[return-value]


def has_person_context(context: ContextWindow, start: int) -> bool:
    """True when a strong person context ends right before `start` (see person_context)."""
    return person_context(context, start) == STRONG_CONTEXT


_MINUTES_BEFORE = re.compile(r"\d[ \t]*min\.?$")
# a two-column box's row up to its value's cell, the field's name in the first (folded
# line); a numbered form's box has the field's number in a cell of its own before it
# (the number's cell may open the line without a bar: "35 | Nome do paciente | …")
_BOX_FIELD = re.compile(r"[ \t]*(?P<number>\|?[ \t]*\d{1,3}[a-z]?[ \t]*)?\|[ \t]*(?P<label>[a-z][^|\n]{0,30}?)[ \t]*\|[ \t]*")


def _boxed_field_before(context: ContextWindow, start: int, numbered: bool = False) -> str | None:
    """The field's name (folded) when `start` opens the value's cell of a two-column box's
    row, "| Permissionário | BRACHO, WUILMER |": one cell before it on its line, one bar
    after it; or of a numbered form's box, "| 05 | Nome da mãe | SIRLÂNDIA MACHADO" (its
    number's cell first, its opening and closing bars optional: "35 | Nome do paciente |
    …"). None elsewhere ("| Código | Doador(a) | Nascimento |" is a header's row). With
    `numbered`, only a numbered form's box, never a two-column table's header ("| Ajudante
    | Diárias |")."""
    text = context.text
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    boxed = _BOX_FIELD.fullmatch(context.folded, line_start, start)
    if boxed is None or (numbered and not boxed.group("number")):
        return None
    bars_after = text.count("|", start, len(text) if line_end < 0 else line_end)
    if bars_after != 1 and not (bars_after == 0 and boxed.group("number")):
        return None
    return boxed.group("label")
# a field's number or a one-word qualifier in brackets, and the field's colon or dot leader
_FIELD_QUALIFIER_END = re.compile(r"(?:[ \t]+(?:\d{1,2}|\([^()\s]{1,12}\)))+[ \t]*(?::|\.{2,}[ \t]*:?)$")
_STREET_AND_TITLE_BEFORE = re.compile(
    r"(?<![\w])(?:rua|av\.?|avenida|praca|travessa|alameda|rodovia|estrada|largo|viela|beco|ladeira)[ \t]+"
    r"(?:irma|irmao|frei|padre|pe\.|dr\.?|dra\.?|doutor|doutora|professor|professora|prof\.?|profa\.?|dom|dona"
    r"|santa|santo|sao|madre|monsenhor|mons\.|conego|pastor|general|gen\.|coronel|cel\.|marechal|mal\.|senador"
    r"|deputado|dep\.|presidente|governador|prefeito|vereador|capitao|major|tenente|sargento|almirante|brigadeiro"
    r"|engenheiro|eng\.|desembargador|des\.|ministro|min\.|comendador|barao|visconde|conde|duque|princesa|imperatriz)$"
)


def street_and_title_before(text: str, start: int) -> bool:
    """Whether a street's type word and a title stand right before `start`: "da praça Irmã
    Dulce", "na rua Dr. Arnaldo" name a street, not a person."""
    return bool(text[max(0, start - 1):start].isspace()
                and _STREET_AND_TITLE_BEFORE.search(fold(text[max(0, start - 40):start].rstrip())))


def _person_context(context: ContextWindow, start: int) -> int:
    # "Profª", "Srª": the ordinal indicator is the abbreviation's last letter
    window = context.before(start, 40).replace("ª", "a").replace("º", "o")
    whole_label = start <= 40
    if window.endswith(("| ", "|\t")) and (boxed := _boxed_field_before(context, start)) is not None:
        # a box of fields and their values, the field's cell before the value's: "| Permissionário | "
        # reads as "Permissionário: "
        window, whole_label = boxed + ": ", True
    if window[-1:] in ('"', "“") and _QUOTED_NAME_BEFORE.search(window):
        return STRONG_CONTEXT  # 'NOME ARTISTICO "PITOCO"', 'conhecida artisticamente como "Tampinha"'
    if window and not (window[-1].isspace() or window[-1] in _TRAILING_PUNCTUATION):
        return NO_CONTEXT
    stripped = window.rstrip()
    gap = window[len(stripped):]
    if ("\t" in gap or "   " in gap) and not stripped.endswith(":"):
        return NO_CONTEXT  # the next column of a table or form: "Nome\tVacina"
    if gap.count("\n") == 1 and _SIGNATURE_DELIMITER.search(stripped):
        return STRONG_CONTEXT  # an e-mail's signature, under its "-- " line: "--\nIrmgard"
    if "\n" not in gap and stripped.endswith("___") and _SIGNATURE_LINE_BEFORE.fullmatch(
            context.text, context.text.rfind("\n", 0, start) + 1, start):
        return STRONG_CONTEXT  # the name printed after the line signed on: "________ DJAMILA FORTES"
    if gap.count("\n") > 1 and not stripped.endswith(":"):
        return NO_CONTEXT  # a new paragraph: "Prezada Senhora,\n\nEm resposta …"
    if "\n" in gap and stripped[-1:] not in (":", ",", "."):
        # a word ending a line is a heading or the end of a field, not a context for the
        # next line: "ATESTADO MÉDICO\n\nAtesto", "Pan Promotora\nProponente:"
        return NO_CONTEXT
    if stripped.endswith(".") and _is_full_stop(stripped.split()[-1]):
        return NO_CONTEXT  # not "Dr.": "representada por preposto. Recusada"
    if context.text[max(0, start - 6) : start].split()[-1:] in (["RE:"], ["Re:"], ["RES:"], ["Res:"]):
        return NO_CONTEXT  # an e-mail subject's reply prefix, not "ré" without its accent
    if _MINUTES_BEFORE.search(stripped):
        return NO_CONTEXT  # minutes, not a minister: "há ~72 min. Colisão com outra moto"
    if _STREET_AND_TITLE_BEFORE.search(fold(stripped)):
        return NO_CONTEXT  # a street's title, not a person's: "da praça Irmã Dulce", "rua Dr. Arnaldo"
    if stripped.endswith(":") and (label := _NAME_LABEL_BEFORE.search(stripped)) is not None and next(
            (w for w in (label.group("words") or "").split() if w not in _PARTICLES), "") not in _NOT_A_PERSON_KEYS:
        # a form's field for a name, whatever its qualifiers: "Nome usado no app:", "Nome de
        # exibição .......", "Nome no Chamego ..", "Como gosta de ser chamada:" (not "Nome
        # fantasia:", "Nome do plano:")
        return STRONG_CONTEXT
    qualifier = _FIELD_QUALIFIER_END.search(stripped) if stripped.endswith((":", "..")) else None
    # a field's number or a qualifier in brackets is no part of its label: "Contato de
    # emergência 1 .. Nelcilene", "CONTATO DE EMERGENCIA 2: Ruthinéia", "Testemunha (RO): Alegria"
    words = (stripped[:qualifier.start()] if qualifier is not None else window).split()
    if not whole_label and words:
        words = words[1:]  # the first chunk may be cut in the middle of a word
    # an opening quote or bracket is no part of the phrase: “prof. Irmgard, …”
    words = [w.strip(_TRAILING_PUNCTUATION).lstrip("\"“‘'«") for w in words]
    # a form's dot leader is no part of its label: "CONDUTOR.......: UANDIN"
    words = [w.rstrip(".") if w.endswith("..") else w for w in words]
    words = context_phrase([w for w in words if w]).split()
    if len(words) > 2 and words[-1] in _ARTICLES and words[-2] in _HIS_OR_HERS:
        words = words[:-2] + words[-1:]  # whose helper, then the name: "o ajudante dele o Dito"
    if not words:
        return NO_CONTEXT
    strong, weak, last_words = _contexts()
    if stripped.endswith(":") and _MAIL_HEADER.search(stripped):
        return STRONG_CONTEXT  # "Para: Shigeru Jabur", "De: …", "Cc: …": an e-mail's people
    if stripped.endswith(",") and _GREETING.search(stripped) and _has_lower_case_near(context.text, start, start + 1):
        # "Olá, Eulina!", "Oiii, Celeste!": a greeting's addressee (in text all in capitals,
        # "BOA TARDE, COM QUEM EU FALO?", capitals say nothing)
        return STRONG_CONTEXT
    if stripped.endswith(":") and _GENDERED_LABEL.search(context.before(start, 80).rstrip().rsplit("\n", 1)[-1]):
        # "Operador(a):", "Tecnólogo(a) responsável pela aquisição:": a form's field whose
        # role carries a gender marker holds a person, whatever the role is
        return WEAK_CONTEXT if _speaker_label(context, window, start) else STRONG_CONTEXT
    if "/" in words and stripped.endswith(":"):
        # a form's header that offers two fields, "NOME / RAZÃO SOCIAL:": a name fits
        # the first; a firm in the field has its legal form or organisation word
        before_slash = words[: words.index("/")]
        if any(" ".join(before_slash[-size:]) in strong for size in (1, 2, 3)):
            return STRONG_CONTEXT
    last = words[-1]
    if stripped.endswith(":") and last not in last_words:
        # a label for several, in the plural: "Atendentes:", "Supervisores:", "Responsáveis:"
        singular = next((w for w in _singulars(last) if w in last_words), None)
        if singular is not None:
            words = words[:-1] + [singular]
            last = singular
    # Every phrase ends with one of `last_words`: reject most runs without joining.
    if last not in last_words and not (
        last in _ARTICLES and len(words) > 1 and words[-2] in last_words
    ):
        return WEAK_CONTEXT if _role_word_before(context, start, words, stripped.endswith(":")) else NO_CONTEXT
    found = NO_CONTEXT
    for trimmed in (words, words[:-1] if last in _ARTICLES else None):
        if not trimmed:
            continue
        for size in (1, 2, 3, 4):
            if len(trimmed) >= size:
                phrase = " ".join(trimmed[-size:])
                if trimmed is not words and last in _OF_THE and size == 1 and _AGENT_NOUN.fullmatch(phrase) \
                        and phrase not in _NOT_AGENT_NOUNS:
                    continue  # a role's employer: "vigilante da Guardiã Serena", "gerente do Itaú"
                if phrase in strong:
                    return WEAK_CONTEXT if _speaker_label(context, window, start) else STRONG_CONTEXT
                if phrase in weak:
                    found = WEAK_CONTEXT
    if found == NO_CONTEXT and _role_word_before(context, start, words, stripped.endswith(":")):
        found = WEAK_CONTEXT
    if last in ("como", "por") and _NICKNAME_BEFORE.search(context.before(start, 45)):
        # a nickname announced with where it is used, a name stated: "conhecido no meio do
        # samba como", "QUALIFICADO NA DELEGACIA COMO"
        return STRONG_CONTEXT
    return found


def _singulars(word: str) -> list[str]:
    """The singulars a folded Portuguese plural may have: "atendentes" -> "atendente",
    "supervisores" -> "supervisor", "responsaveis" -> "responsavel"."""
    if not word.endswith("s") or len(word) < 6:
        return []  # "pais" is the country, not fathers
    found = [word[:-1], word[:-2]]
    if word.endswith("eis"):
        found.append(word[:-3] + "el")
    return [w for w in found if len(w) >= 5]


# Agent nouns: Portuguese builds the names of roles and trades with a few endings
# ("operador", "porteiro", "motorista", "atendente", "secretária", "tecnólogo"). The
# context lexicon cannot list every role; a word of this shape right before a run (or in
# the label before its colon: "Secretária escolar:", "Gerente PJ:") vouches, like a weak
# context, for two or more words. Words of these shapes that are not roles are listed.
_AGENT_NOUN = re.compile(r"[a-z]{2,}(?:dora?|tora?|sora?|eir[oa]|ista|ente|ante|ari[oa]|log[oa])(?:e?s)?$")
# roles whose word has no agent noun's ending, which vouch for a name after their article
# as those do ("o vigia ndalu achou um celular", "o motoboy é o lele")
_ROLES_WITHOUT_AN_AGENT_ENDING = frozenset({"vigia", "vigias", "motoboy", "o seguranca"})
_NOT_AGENT_NOUNS = frozenset({
    "primeiro", "primeira", "terceiro", "terceira", "janeiro", "fevereiro", "brasileiro",
    "brasileira", "estrangeiro", "estrangeira", "inteiro", "inteira", "dinheiro", "carteira",
    "bandeira", "cadeira", "fronteira", "maneira", "ribeira", "ladeira", "madeira", "durante",
    "diante", "perante", "mediante", "restante", "presente", "ausente", "urgente", "corrente",
    "frente", "diferente", "constante", "importante", "bastante", "setor", "motor", "vetor",
    "fator", "calendario", "horario", "salario", "formulario", "diario", "cenario", "contrario",
    "necessario", "comentario", "sumario", "catalogo", "dialogo", "prologo", "monologo",
    "tesouraria", "portaria", "oriente", "ocidente", "nascente", "poente",
    "cliente", "paciente", "requerente", "contratante",
})


def _role_word_before(context: ContextWindow, start: int, words: list[str], label: bool) -> bool:
    """True when the word before the run at `start` is an agent noun, or (`label`: the
    window ends with a colon) one of the last three words of the label is — and the run's
    first word is a name word or shaped like one: machines, firms and products have agent
    nouns too ("geladeira Frost Free", "Seguradora: Tokio Marine" is caught only by shape)."""
    candidates = words[-3:] if label else words[-1:]
    if not any(_AGENT_NOUN.fullmatch(w) is not None and w not in _NOT_AGENT_NOUNS for w in candidates):
        return False
    first = _TOKEN.match(context.text, start)
    return first is not None and is_name_shaped(first.group())


# An e-mail header's label opening its line.
_MAIL_HEADER = re.compile(r"(?:^|\n)[ \t]*(?:de|para|cc|cco|from|to|destinatario|remetente)[ \t]*:$")
# A greeting and a comma: what follows is the person greeted ("Olá, Eulina!"); everyday
# words and listed non-names ("Olá, Tudo bem?", "Bom dia, Equipe") are still not names.
_GREETING = re.compile(
    r"(?:^|[\s.!?])(?:ola|oi+e?|ei|opa|bom dia|boa tarde|boa noite|obrigad[oa]|parabens|tchau)[ \t]*,$"
)
# A label whose role word carries a gender marker, up to four words before its colon.
# (a second role after a slash: "Locador(a)/imobiliária:")
_GENDERED_LABEL = re.compile(r"[a-z]{3,}\((?:a|o|as|os)\)(?:-[a-z]+)?(?:[ \t]*/[ \t]*[a-z]+)?(?:[ \t]+[a-z]+){0,4}[ \t]*:$")
# A chat export's date and time before its sender: "27/12/2025 12:29 - ", "[05/03/2026
# 10:23] ~ " (WhatsApp marks a sender not in the phone's contacts with "~ ")
_CHAT_DATE = r"\d{1,2}/\d{1,2}(?:/\d{2,4})?,?[ \t]+"
_CHAT_TIME = r"\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]*(?:[-–—][ \t]*)?(?:~[ \t\u202f]*)?"
# ... right before the sender, the date required
_CHAT_SENDER_BEFORE = re.compile(rf"(?:^|\n)\[?{_CHAT_DATE}{_CHAT_TIME}$")
# a chat export's line up to its message: "04/09/2025 06:49 - Vitória Costa: "
_CHAT_SENDER_LINE = re.compile(rf"\[?{_CHAT_DATE}{_CHAT_TIME}[^:\n]{{2,60}}:[ ]")
_SIGNATURE_DELIMITER = re.compile(r"(?:^|\n)--$")
_GENDERED_HEADER = re.compile(r"[a-z]{3,}\((?:a|o|as|os)\)(?:[ \t]+[a-z.]+){0,2}")
# (after a chat export's time, as its sender: "[19/12/2026, 13:00:36] TRE-CE Eleitor:")
_CHAT_TIME_BEFORE_SENDER = r"(?:\[?(?:\d{1,2}/\d{1,2}/\d{2,4},?[ \t]+)?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]*(?:-[ \t]*)?)"
# an ordinal number right before a run: "87ª ", "2º "
_ORDINAL_BEFORE = re.compile(r"(?<![\w])\d{1,3}[ªº°][ \t]*$")
_LABEL_AT_LINE_END = re.compile(r"(?:^|\n)[ \t]*([^\W\d][^\n:]{0,30}):[ \t]*$")
_TIMED_LABEL = re.compile(r"[ \t]*" + _CHAT_TIME_BEFORE_SENDER + r"([^\W\d][^\n:]{0,30}):[ \t]*")


def _speaker_label(context: ContextWindow, window: str, start: int) -> bool:
    """True when `window` ends with a "Role:" label that opens two or more lines of the
    text (after the time, in a chat export): the turns of a transcript ("Atendente: … /
    Cliente: …"), after which comes
    speech ("Cliente: Quem fala é…", "Devedor: Sou eu"), not the person's name."""
    match = _LABEL_AT_LINE_END.search(window)
    if match is None:
        # a chat export's sender after the line's time ("[19/12/2026, 13:00:36] TRE-CE
        # Eleitor:"), read from the line's start
        line_start = context.text.rfind("\n", 0, start) + 1
        match = _TIMED_LABEL.fullmatch(context.folded, line_start, start)
    if match is None:
        return False
    label = match.group(1).strip()
    key = ("speaker_label", label)
    cached = context.memo.get(key)
    if cached is None:
        # after a speaker's label comes speech: a line with lower case, or a long one; a form
        # printed once per record ("CLIENTE: AURORA, EDILEUSA" in each of three service
        # orders) repeats its label before a short value in capitals
        opening = re.compile(rf"^[ \t]*{_CHAT_TIME_BEFORE_SENDER}?{re.escape(label)}[ \t]*:(?P<rest>[^\n]*)", re.MULTILINE)
        lines = [m.start("rest") for m in opening.finditer(context.folded)]
        cached = context.memo[key] = len(lines) >= 2 and any(
            any(c.islower() for c in _line_from(context.text, start))
            or len(_line_from(context.text, start).split()) >= 5 for start in lines)
    return cached  # type: ignore[return-value]


def _line_from(text: str, start: int) -> str:
    end = text.find("\n", start)
    return text[start:] if end < 0 else text[start:end]


def _is_full_stop(word: str) -> bool:
    """True when the dot ending `word` (folded) ends a sentence: the word is not an
    abbreviation written with a dot in the context files ("profa.") and has more than
    four letters ("preposto.", "doutora.") or is a name word ("… Maia Neto. Me liga":
    a short surname ends the sentence, it is no abbreviation)."""
    if word in _abbreviations():
        return False
    if word.rstrip(".") in _KINSHIP or word.rstrip(".") in ("nome", "dela", "dele", "meu", "seu", "sua"):
        # "ligados na placa mãe. Após isso", "conta em seu nome. Se não tiver": a short
        # word, not an abbreviation
        return True
    letters = sum(c.isalpha() for c in word)
    return letters > 4 or (letters > 1 and word.rstrip(".") in load_gazetteer().name_words)


_ABBREVIATIONS: frozenset[str] | None = None
# Short context words that are whole words, never abbreviations: a dot after them ends a sentence.
_KINSHIP = frozenset({"mae", "pai", "avo", "tio", "tia", "irma", "neto", "neta", "filha", "filho"})


def _abbreviations() -> frozenset[str]:
    """Folded words written with a final dot in the context files ("dr.", "sra.",
    "att."): after them a dot is an abbreviation's, after other words a full stop."""
    global _ABBREVIATIONS
    if _ABBREVIATIONS is None:
        _ABBREVIATIONS = frozenset(
            fold(word)
            for file in ("person_contexts.txt", "person_contexts_weak.txt",
                         "person_contexts_lowercase.txt")
            for phrase in read_word_file(file)
            for word in phrase.split()
            if word.endswith(".")
        ) | frozenset(w + "." for w in _TITLES if len(w) <= 5)  # "prof.", not "doutora."
    return _ABBREVIATIONS


_CONTEXTS: tuple[frozenset[str], frozenset[str], frozenset[str]] | None = None
_WORTH_A_LOOK: frozenset[str] | None = None


def _words_worth_a_look() -> frozenset[str]:
    """Name words and one-word contexts: a capitalised run with none of them (and no
    context around it) is skipped before tokenising. Built once, not per text."""
    global _WORTH_A_LOOK
    if _WORTH_A_LOOK is None:
        gazetteer = load_gazetteer()
        contexts = gazetteer.person_contexts | gazetteer.weak_person_contexts
        # a phrase's first word too: "PIX ENVIADO ZORAIDE TAPUIA" is one run of capitals
        _WORTH_A_LOOK = gazetteer.name_words | contexts | frozenset(p.split()[0] for p in contexts)
    return _WORTH_A_LOOK


def _contexts() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(strong phrases, weak phrases, last words of any phrase), from the gazetteer."""
    global _CONTEXTS
    if _CONTEXTS is None:
        gazetteer = load_gazetteer()
        strong, weak = gazetteer.person_contexts, gazetteer.weak_person_contexts
        _CONTEXTS = (strong, weak, frozenset(p.split()[-1] for p in strong | weak))
    return _CONTEXTS


class _LowercasePatterns(NamedTuple):
    """Where a lower-case name may start, in folded text (see `_lowercase_patterns`)."""

    context: re.Pattern[str]
    context_after: re.Pattern[str]
    context_tail: re.Pattern[str]
    strong_phrases: frozenset[str]
    given: re.Pattern[str]
    given_after: re.Pattern[str]
    vocative: re.Pattern[str]


_LOWERCASE_PATTERNS: _LowercasePatterns | None = None
# What follows a name opening a message and says it is addressed to: "maria vc me manda",
# "ana, tudo bem?", "joão pode ver?"
_SECOND_PERSON = (
    r"vc|vcs|voce|voces|ce|tu|pfv|pfvr|por favor|pode|poderia|podes|consegue|me|tudo bem"
    r"|td bem|tudo bom|tudo certo|td certo|blz|bom dia|boa tarde|boa noite|obrigad[oa]|obg|vlw"
)


def _lowercase_patterns() -> _LowercasePatterns:
    """The places a lower-case name is looked for, in folded text:

    * `context`: a person context, strong or weak (`person_contexts_lowercase.txt` adds
      chat words, weak for lower-case names only), as written in the files (dots included;
      group "phrase", strong when it is in `strong_phrases`), before an optional "(a)",
      article, colon, comma or bracket and a lower-case letter; `context_tail` matches
      those (group "bracket") from the end of the phrase;
    * `given`: a given name that is not an everyday word, before another lower-case word
      (a name only if that one is a name word too);
    * `vocative` (matched at line starts): a given name opening a line, maybe after "oi"
      or "bom dia", followed by a word that addresses someone ("vc", "pode"; a comma
      may come between) or by punctuation (group "punctuation").

    `context` and `given` match at the start of the text; their `*_after` forms elsewhere,
    one character (the one before the word) earlier. A leading character class, unlike a
    look-behind, lets `re` skip ahead to candidate positions: twice as fast. One
    alternation for both kinds of context, as `re` runs one prefix tree faster than two.
    """
    global _LOWERCASE_PATTERNS
    if _LOWERCASE_PATTERNS is None:
        gazetteer = load_gazetteer()

        def phrases(file: str) -> set[str]:
            folded = {fold(p) for p in read_word_file(file)}
            return folded | {p.rstrip(".") for p in folded}

        strong = phrases("person_contexts.txt")
        tail = (
            r"(?:\((?:a|o|as|os)\))?\.?(?:[ \t]*[:,]?[ \t]+|[ \t]*(?P<bracket>\())"
            r"(?:(?:o|a|do|da|ao|pelo|pela)[ \t]+)?(?=[a-z])"
        )
        weak = phrases("person_contexts_weak.txt") | phrases("person_contexts_lowercase.txt")
        context = rf"(?P<phrase>{keyword_alternation(strong | weak)})(?={tail})"
        given = (
            rf"(?:{keyword_alternation(gazetteer.given - gazetteer.everyday_in_lower_case)})"
            r"(?=[ \t]+[a-z])"
        )
        _LOWERCASE_PATTERNS = _LowercasePatterns(
            context=re.compile(context),
            context_after=re.compile(rf"\W{context}"),
            context_tail=re.compile(tail),
            strong_phrases=frozenset(strong),
            given=re.compile(given),
            given_after=re.compile(rf"[^\w@./-]{given}"),
            vocative=re.compile(
                r"[ \t]*(?:(?:oi|ola|opa|bom dia|boa tarde|boa noite)[ \t]*[,!]?[ \t]+)?"
                rf"(?:{keyword_alternation(gazetteer.given - gazetteer.ambiguous)})"
                rf"(?=[ \t]*,?[ \t]+(?:{_SECOND_PERSON})(?!\w)"
                r"|(?P<punctuation>[ \t]*(?:[,!?:]|$)))",
                re.MULTILINE,  # "$": the end of the line
            ),
        )
    return _LOWERCASE_PATTERNS


def _word_starts(
    at_start: re.Pattern[str], after: re.Pattern[str], folded: str
) -> Iterator[re.Match[str]]:
    """Matches of `at_start` at offset 0, then of `after` (the same, one character
    earlier) everywhere; the caller skips that first character."""
    first = at_start.match(folded)
    if first is not None:
        yield first
    yield from after.finditer(folded)


_LOGIN_GLUE = re.compile(r"[._@-][a-z0-9]|\d")
_LOWER_WORD = re.compile(rf"[{_LOWER}]+(?:['’][{_LOWER}]+)?")
# Titles that may stand between a street type and a name: "Rua Dr. João Silva".
def is_a_cooperative_name(folded: str) -> bool:
    """Whether a folded word is a cooperative's coined name ("coopercata", "coopervale"): what
    follows it names the cooperative, not a person ("Coopercata Rosa Branca")."""
    return folded.startswith("cooper") and len(folded) > 7


# A public health unit's grade or kind after its acronym: "CAPS I", "CAPS AD III", "CAPS IJ"
_UNIT_GRADES = frozenset({"i", "ii", "iii", "iv", "ad", "ij", "adiii", "aad"})
_TITLES = frozenset(fold(w) for w in (
    "dr", "dra", "prof", "profa", "professor", "professora", "doutor", "doutora", "gen",
    "general", "cel", "coronel", "mal", "marechal", "presidente", "padre", "frei", "dom",
    "deputado", "senador", "vereador", "governador", "ministro", "engenheiro", "eng",
    "capitao", "tenente", "major", "almirante", "brigadeiro", "barao", "visconde", "conde",
    "princesa", "duque", "monsenhor", "conego", "irma", "madre", "papa", "sargento", "cap",
    "ten", "des", "desembargador", "juiz", "vigario", "pastor", "comendador", "sr", "sra",
    "cons",
))
# Titles used before a name when talking to or of someone ("o dr costa", "a profa. flor").
_TITLES_OF_ADDRESS = frozenset({"dr", "dra", "doutor", "doutora", "prof", "profa", "professor",
                                "professora", "sr", "sra", "srta", "dona"})
_SELF_INTRODUCTIONS = frozenset({"meu nome e", "me chamo", "chamo-me", "eu sou", "aqui e",
                                  "aqui e o", "aqui e a", "aqui quem fala e", "ass"})
# ... of which those that give a name, whatever word follows ("eu sou" may give a trade)
_NAME_GIVEN = frozenset({"meu nome e", "me chamo", "chamo-me",
                         # someone else's, given in passing: "o motorista chamava ever acho"
                         "moco chama", "moca chama", "moco chamava", "moca chamava",
                         "motorista chama", "motorista chamava", "rapaz chama", "rapaz chamava",
                         "quem atendeu foi", "quem me atendeu foi", "nome do motorista e"})
# the next lower-case word of a name, one blank apart (group 1)
_NEXT_LOWER_WORD = re.compile(r"[ ]([a-zß-ÿ]{3,})(?![\w@.])")
# A form's name field, with its colon: "Nome : genilda albuquerque de mourao"
_NAME_FIELDS = frozenset({"nome", "nome completo"})
# ... and a whole name in lower case as its value, two to seven words
_LOWER_CASE_FULL_NAME = re.compile(r"[a-zß-ÿ'’-]+(?:[ ][a-zß-ÿ'’-]+){1,6}")
# A nickname announced right before a word: "(VULGO GORDO)", "conhecido como Magrão".
# A verb of a person's doing right after one word: "liguei no 4999…, Rosa atendeu", "Amado
# disse que…". Firms inform and answer too ("a Vivo informou"), so this vouches only for a
# listed given name or a name that is also an everyday word, never for one unknown word;
# for two or more words it vouches as a weak context does ("Ranielly Brejeiro faltou").
_PERSON_VERBS = ("atendeu|disse|falou|informou|ligou|relatou|pediu|confirmou|autorizou|respondeu"
                 "|retornou|explicou|avisou|comentou|contou|reclamou|compareceu|assinou|chegou|faltou"
                 "|solicitou|recebeu|entregou|trouxe|levou|veio|esteve|perguntou|agradeceu|concordou"
                 # a child's birth given in a chat: "Rayssa nasceu 16/02/16"
                 "|nasceu"
                 # an appointment moved or missed: "- Dayerlin reagendou (filha com febre)"
                 "|reagendou|remarcou|desmarcou|desistiu"
                 # a task someone took on: "— o Issao ficou de trocar o bico"
                 "|ficou de|ficaram de")
_PERSON_VERB_AFTER = re.compile(rf"[ \t]+(?:{_PERSON_VERBS})(?![\w-])")
# ... and such a verb is no name itself: "PELA ESPOSA, RECEBEU GLICOSE" (a report in capitals)
_PERSON_VERB = re.compile(rf"(?:{_PERSON_VERBS})")
# A verb in the first person of the past, as an agent's message opens ("Localizei",
# "Atualizei", "Verifiquei", "Registrei", "Recebemos", "Enviamos"), by the endings of such
# verbs that no given name has: names end in "-nei", "-lei", "-rei" (Sidnei, Wanderlei,
# Sidclei, Andrei), which are left out
_FIRST_PERSON_VERB = re.compile(r"[a-z]{3,}(?:zei|quei|iei|trei|mei|tei|dei|guei|nhei|lhei|chei)|[a-z]{3,}(?:amos|emos|imos)")
_NICKNAME_BEFORE = re.compile(
    # "conhecido desportivamente como Wewe", "APELIDO............: LELE"
    # "Vulgo/alcunha: Bigode", "Alcunha(s): Juninho; Pezão", "conhecido só como Galego",
    # "um rapaz conhecido por Caveira"; a candidate's "nome de urna \"Nalvinha\""
    # (two nicknames after the plural: "conhecidos como Bigode e Alemão")
    # (a form's dotted leader folds to blanks and a colon: "Alcunha ....... Magrão")
    r"(?:nome (?:de|para) urna:?|vulgo(?:/alcunha)?(?:[ \t]*:)?|alcunhas?(?:\(s\))?(?:[ \t]*:)?"
    # (or where: "CONHECIDO NO MEIO DO SAMBA COMO CORINGA DO CHOCALHO", "conhecida entre os
    # ritmistas como Bolinha")
    r"|conhecid[oa]s?(?: [a-z]+mente| so| apenas| somente| (?:n[oa]s?|entre|pel[oa]s?) [a-z]+(?: d[aeo]s? [a-z]+)?)?"
    r" (?:como|por)(?: [^\W\d_]+ e)?"
    # a name stated at the police station: "QUALIFICADO NA DELEGACIA COMO MARCOS SANTANA CORDEIRO"
    r"|qualificad[oa](?: na delegacia| nos autos)? como"
    # who drove, as a witness named them: "Condutor identificado pela mãe como Ciço"
    r"|identificad[oa](?: pel[oa] [a-z]+)? como"
    r"|apelidad[oa] de|apelido\.*(?:[ \t]*:)?"
    # a name given, or a profile's ("ele se chama Modesto", "a pessoa que se apresentava
    # como Deusdete")
    r"|(?:ele|ela|eles|elas) se chama(?:va|m)?|se apresenta(?:va)? como"
    # "os motoristas chamam o reclamante de Pami"
    r"|chama(?:m|va|vam)? (?:o|a|ele|ela)(?: [a-z]+)? de)[ \t]*[\"“'(]?$")
# A line's label for a name with qualifiers: "Nome usado no app:", "Nome civil:", "Como
# gosta de ser chamado(a):"
_NAME_LABEL_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*(?:[-•*][ \t]*)?(?:nome(?P<words>(?:[ \t]+[a-z+]+){1,4})"
    r"|como (?:gosta|prefere) de ser chamad[oa](?:\(a\))?(?P<how>))[ \t]*:$")
# Articles, pronouns and conjunctions, too short for the general corpus's word list: alone,
# never a name
_FUNCTION_WORDS = frozenset({"o", "a", "os", "as", "um", "uma", "uns", "umas", "eu", "tu", "ele", "ela",
                             "eles", "elas", "nos", "vos", "se", "em", "no", "na", "nas",
                             "ao", "aos", "e", "ou", "mas", "que",
                             # (and the pronouns with a preposition, missing from it: "é comigo kiesse")
                             "comigo", "contigo", "conosco", "consigo", "dele", "dela", "deles", "delas"})
# Endings of participles and adverbs: an unknown word so ending is no name alone.
_PARTICIPLE = re.compile(r"(?:ad[oa]s?|id[oa]s?|mente)$")
# Productive endings of Brazilian given names (Adenilson, Edinaldo, Cleidiane, Lucineide,
# Francinete, Marivalda...). They let a capitalised pair mid-sentence count as a name
# even when the gazetteer does not know the given name; never at a sentence start.
_GIVEN_NAME_ENDING = re.compile(
    r"(?:ilson|elson|erson|ailson|nilson|ildo|aldo|valdo|naldo|ilda|valda|alva|iane|iana"
    r"|ilene|ilane|eide|cleide|ete|inete|ênio|enio|ásio|asio|ézio|ezio|isvaldo|inho|inha"
    r"|uel|iel|ardo|erto|lene|lita|mara|dara|nara|yara|ysson|ison|ton|ias)$"
)
# An unknown first word this name-shaped (see afinar.privacy.name_shape) may start a name
# mid-sentence without a context, when the words after it are name-shaped too.
_STRONGLY_NAME_SHAPED = 2.5
# The whole gap between two items of a list of names: ", ", "; ", " e ", ", e ".
_LIST_GAP = re.compile(r"(?:(?<=Jr|JR)\.)?(?:[ \t]*[,;][ \t]*(?:e[ \t]+)?|[ \t]+e[ \t]+)")
# A name that may vouch for its neighbours in a list (the detection threshold).
_VOUCHING_SCORE = 0.5
# Words that open a sentence, capitalised for it, before a name: adverbs and conjunctions
# ("Depois Marcos Queiroga disse…", "Ontem Fortunato ligou"); never a name's own word
_SENTENCE_ADVERBS = frozenset({
    "ontem", "anteontem", "hoje", "amanha", "depois", "antes", "entao", "agora", "ainda", "tambem", "logo",
    "assim", "porem", "contudo", "todavia", "entretanto", "enfim", "portanto", "alias", "inclusive",
    "ja", "so", "la", "ai", "ali", "aqui", "quando", "enquanto", "porque", "pois", "mas", "apos", "jamais",
    "nunca", "sempre", "talvez", "infelizmente", "felizmente", "finalmente", "recentemente", "atualmente",
    "novamente", "tchau", "oi", "ok"})
# a sentence's start: the text's, a line's or after its end mark (not a field's colon)
_OPENS_A_SENTENCE = re.compile(r"(?:^|[.!?][ \t]+|\n[ \t]*)$")
_OPENING_WORD = re.compile(r"([a-z]+)[ \t]+(?=[a-z])")


def after_a_sentence_opener(context: ContextWindow, start: int, end: int) -> int:
    """Where a name found at `start`..`end` starts once a sentence's opening adverb or
    conjunction is left out ("Ontem Fortunato", "Depois Marcos Queiroga"); `start` when
    there is none."""
    opener = _OPENING_WORD.match(context.folded, start, end)
    if (opener is None or opener.group(1) not in _SENTENCE_ADVERBS
            or not _OPENS_A_SENTENCE.search(context.text, max(0, start - 4), start)):
        return start
    return opener.end()


_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n\"“(]\s*|^\s*[-–•*]\s*)$")


# Written after reading the fifth set's errors (docs/privacy.md, "Names"):
# endings of brand names, never of a person's ("Jadlog", "Braspress", "Fintech", "PicPay")
_BRAND_ENDING = re.compile(r"(?:log|press|tech|bank|pay|soft|shop)$")
_MONTHS = frozenset({
    "janeiro", "fevereiro", "marco", "abril", "maio", "junho", "julho", "agosto", "setembro",
    "outubro", "novembro", "dezembro",
})


# A document's or a contact's label after a name ("PERCY PAUCAR RG: …", "… CPF", "… TEL"):
# the person's own data follows, not a firm's department
_DOCUMENT_WORDS = frozenset({"rg", "cpf", "cnh", "cns", "pis", "pasep", "nis", "ctps", "crm", "coren", "oab",
                             "crf", "cro", "tel", "fone", "cel", "celular", "telefone", "email", "nasc", "dn"})


# Words in lower case right before "cpf" and its number: "edileuza itapary de mangueira
# machado cpf 507.248.922-14" (searched in the folded text)
_LOWER_WORDS_BEFORE_CPF = re.compile(
    # (the RG may come first: "limber quispe RG 698533574 CPF 321…"; the document may be in
    # brackets, a rooming list's "quarto 258: ruthineia sertorio (cpf 428…"; or a doctor's
    # council registration: "médico udo bento boettcher CRM-MG 185777")
    r"(?<![\w@.])[a-z][a-z'-]+(?:[ ]+(?:(?:d[aeo]s?|e)[ ]+)?[a-z][a-z'-]+){1,6}"
    # (or in the next field of a line split by bars: "Solicitante: jadiel de souza | CPF: 438…")
    r"(?=(?:,|[ \t]*\|)?[ \t]+\(?(?:(?:rg[ \t:]*[\dx.-]{7,14}[ \t]+)?cpf[ \t:]*(?:n[o.]?[ \t]*)?\d|rg[ \t:]*\d"
    # (a council's region by number or none: "dra. luana sarapiao (CRP 01/33803)", "dr garabed
    # manukian (CRMV-RJ 1781-VP)")
    r"|(?:crmv|crm|coren|crp|cro|crn|crf|crefito|crfa|cress|crea|cau)[ \t]*[/-]?[ \t]*(?:[a-z]{2}[ \t]*)?"
    r"(?:n[o.º°]?[ \t]*)?\d"
    # (or a health card's fifteen digits: "Você: roberto lobo cantuaria cns 858166027745586")
    r"|(?:cns|cartao sus|sus)[ \t:]*(?:n[o.º°]?[ \t]*)?\d{3}[ \t]?\d{4}[ \t]?\d{4}[ \t]?\d{4}(?!\d)))"
)


# A message, or a line, that opens with a name in lower case and a CPF's number: the answer
# to "me passa nome completo e cpf" ("[26/06/2025, 08:21] +55 31 …: epitacio barbosa
# freitas 67102579837", "…: raniere fontes coelho, cpf 581.852.617-84. pode mandar no
# pix"); searched in the folded text
_LOWER_NAME_AND_CPF_LINE = re.compile(
    # (or typed one field a line: "Toco: ednaldo dos santos moreira⏎65755615608⏎pis …")
    r"(?:^|(?<=: ))(?P<name>[a-z][a-z'-]+(?:[ ]+(?!cpf(?!\w)|nasc)[a-z][a-z'-]+){1,6}),?(?:[ \t]+|[ \t]*\n)(?:-[ \t]+)?"
    # (the date of birth may come first: "kelvyn semedo nasc 08/08/57 cpf 435…", "genilda
    # mendes monteiro 17/7/2006 cpf 528…")
    r"(?:(?:(?:nasc\.?|nascid[oa] em|dn)[ \t:]*)?\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})[ \t]+)?"
    r"(?:cpf[ \t:]*)?(?P<cpf>\d{3}\.\d{3}\.\d{3}-\d{2}|\d{11})(?![\d.-]\d|\d)", re.MULTILINE)


# A chat's message, or a list's line, of a name in lower case and a car's plate, as a list of
# who comes by car is typed: "[11/03/26 12:32:14] Você: zunilda USR9Y16"
_LOWER_NAME_AND_PLATE_LINE = re.compile(
    r"(?:^|(?<=: ))(?P<name>[a-zß-ÿ][a-zß-ÿ'-]+(?:[ ]+[a-zß-ÿ][a-zß-ÿ'-]+){0,3})[ \t]+(?:-[ \t]+)?"
    r"(?P<plate>[A-Z]{3}-?\d[A-Z0-9]\d{2})[ \t]*$", re.MULTILINE)


_CAR_COLOURS = frozenset({"branco", "branca", "preto", "preta", "prata", "cinza", "vermelho", "vermelha", "azul",
                          "verde", "bege", "dourado", "dourada", "marrom", "vinho", "grafite", "amarelo"})


def _lower_case_names_before_a_plate(text: str, gazetteer: Gazetteer) -> list[Span]:
    """Names of `_LOWER_NAME_AND_PLATE_LINE`: every word one a name may hold, the first a
    given name that is no everyday word or a word shaped like a name that no corpus, no
    organisation (a car's model: "onix") and no list of non-names holds; not a car's colour
    ("branco ABC1D23")."""
    spans = []
    for match in _LOWER_NAME_AND_PLATE_LINE.finditer(text):
        words = [fold(w) for w in match.group("name").split()]
        first = words[0]
        if first in _CAR_COLOURS:
            continue
        if all(_may_be_a_name_word(w, gazetteer) and w not in gazetteer.organisation_words for w in words) and (
                (first in gazetteer.given and first not in gazetteer.everyday_in_lower_case)
                or (is_name_shaped(first) and first not in common_words())) and words[-1] not in _PARTICLES:
            spans.append(Span(*match.span("name"), "PERSON", 0.8, "person_gazetteer"))
    return spans


# where a value starts that is a name, for a first word the gazetteer lacks: after a field's
# colon, a list's "+", or a doctor's title ("quarto 258: ruthineia", "+ fabio", "médica mirna")
_NAME_STARTS_HERE = re.compile(r"(?:[:+]|(?<![\w])(?:medic[oa]|dra?\.?|doutora?))[ \t]*$")


def _may_be_a_name_word(folded: str, gazetteer: Gazetteer) -> bool:
    """Whether a folded word in lower case may be part of a name: a particle, a name word of
    the gazetteer, or a word that is neither an everyday word nor a listed non-name."""
    return folded in _PARTICLES or folded in gazetteer.name_words or (
        folded not in common_words() and folded not in gazetteer.not_name_words)


def _lower_case_names_before_a_cpf(context: ContextWindow, gazetteer: Gazetteer) -> list[Span]:
    """A name typed in lower case with the person's CPF right after it (or an RG, a CPF in
    brackets, a doctor's council registration): from its first given name (not an everyday
    word) or word shaped like one to the document, every word after it a name word, a
    particle or a word that is no everyday one ("itapary"). The document says the words
    before it are the person's name, however long. A chat's message that opens with a name
    and a CPF's number is one too (`_LOWER_NAME_AND_CPF_LINE`)."""
    text, folded = context.text, context.folded
    spans = []
    for match in _LOWER_WORDS_BEFORE_CPF.finditer(folded):
        if not text[match.start():match.end()].islower():
            continue  # capitals are the other rules' business
        words = list(re.finditer(r"[a-z'-]+", folded[match.start():match.end()]))
        for index, word in enumerate(words):
            first = word.group()
            # (a given name, or a word shaped like one that is no everyday word or role:
            # "médica mirna caceres CRM-SE …")
            if (first in gazetteer.given and first not in gazetteer.everyday_in_lower_case) or (
                    is_name_shaped(first) and first not in common_words() and first not in gazetteer.not_name_words
                    and first not in gazetteer.person_contexts
                    and _NAME_STARTS_HERE.search(folded, max(0, match.start() + word.start() - 12),
                                                 match.start() + word.start())):
                rest = [w.group() for w in words[index + 1:]]
                # (an everyday word inside the name, before its last word, is a surname:
                # "miguel cardoso forte neto")
                if rest and all(w in _PARTICLES or w == "e" or w in gazetteer.name_words or w not in common_words()
                                or (i < len(rest) - 1 and rest[-1] in gazetteer.name_words)
                                for i, w in enumerate(rest)) and rest[-1] not in _PARTICLES:
                    spans.append(Span(match.start() + word.start(), match.end(), "PERSON", 0.85, "person_gazetteer"))
                break
    for match in _LOWER_NAME_AND_CPF_LINE.finditer(folded):
        words = match.group("name").split()
        if (not text[match.start():match.end("name")].islower() or words[-1] in _PARTICLES
                # (a number in CPF's print is one, though mistyped; eleven digits must check)
                or not ("." in match.group("cpf") or is_valid_cpf(match.group("cpf")))
                or any(span.start <= match.start() < span.end for span in spans)
                or words[0] in _KIN_WORDS):
            continue
        if "\n" in folded[match.end("name"):match.start("cpf")] and not _in_a_chat_message(text, match.start()):
            continue  # one field a line only as a chat's message ("Vínculo: filho inválido⏎CPF: …" is a form)
        # every word one a name may hold; one a known name word, or the first shaped like one
        # ("yoandry betancourt 907.225.998-03")
        if all(_may_be_a_name_word(w, gazetteer) for w in words) and (any(
                w in gazetteer.name_words for w in words) or is_name_shaped(words[0])) and words[0] not in _PARTICLES:
            spans.append(Span(match.start(), match.end("name"), "PERSON", 0.85, "person_gazetteer"))
    return spans


def _firm_after_unknown_words(tokens: list[_Token], organisation: list[bool], gazetteer: Gazetteer) -> bool:
    """True when the run's first organisation or department word ("Serviços",
    "Cobrança", "Atendimento") comes after words the gazetteer does not know: the run names
    a firm ("Paschoalotto Serviços Financeiros", "Zanc Gestão de Cobrança"), not a person
    followed by something else. One-word person contexts ("Cliente") do not count."""
    for index, token in enumerate(tokens):
        if index == 0 or token.is_particle:
            continue
        if organisation[index]:
            return all(t.is_particle or t.folded not in gazetteer.name_words for t in tokens[:index])
        if token.folded in gazetteer.not_name_words and token.folded not in gazetteer.person_contexts \
                and token.folded not in _DOCUMENT_WORDS:
            # (a title of words, not a firm: "Juiz Federal …", "Defensora Pública Federal …")
            return all(t.is_particle or t.folded not in gazetteer.name_words for t in tokens[:index]) and not all(
                t.is_particle or t.folded in gazetteer.person_contexts for t in tokens[:index])
    return False


# A virtual assistant introduced by name: "Sofia (assistente virtual):", "Eu sou a Bia,
# assistente virtual da Riachuelo". Its name is a product's, wherever it appears in the text.
_BOT_ROLE = re.compile(
    # (or the name with its institution: "Sofia da SEAP (assistente virtual)")
    r"(?P<name>[a-z]+(?:[ \t]+d[aoe][ \t]+[a-z]{2,}|[ \t]+bot)?)[ \t]*[(,][ \t]*(?:(?:a|o|sua|seu)[ \t]+)?"
    # (or an automatic answering service's: "aqui é o Marujo, atendimento automático")
    r"(?:(?:assistente|atendente)[ \t]+(?:virtual|digital)|(?:atendimento|assistente)[ \t]+automatic[oa]|chatbot|bot|robo)(?!\w)"
    # the role before the name: "bot Bento", "BOT Duda:", "chatbot: Flora", "Bot: Duda v3.11"
    r"|(?<![\w-])(?:(?:assistente|atendente)[ \t]+(?:virtual|digital)|chatbot|bot|robo)[ \t]*:?[ \t]*"
    r"(?P<named>[a-z]{3,})(?!\w)"
    # an assistant that offers a menu of numbers is a bot: "Sou Lume, assistente do Museu …
    # Digite 1 ingressos, 2 …" (a person who assists, "Sou Carla, assistente da Dra. Rute", offers none)
    r"|(?<![\w])sou[ \t]+(?P<menu>[a-z]{3,}),[ \t]+(?:sua[ \t]+|seu[ \t]+)?assistente[ \t]+d[aoe][^\n]{0,100}?"
    r"(?<![\w])digite[ \t]+1(?!\d)"
    # an assistant that introduces itself with a robot's face: "Eu sou o Leo 🤖", "Sou a Ana Virtual 🤖";
    # a name made with "bot": "Fitbot", "SACbot"
    r"|(?<![\w])sou[ \t]+(?:[oa][ \t]+)?(?P<robot>[a-z]{2,}(?:[ \t]+[a-z]{2,}){0,2})[ \t]*[.!,]?[ \t]*\U0001F916"
    r"|(?<![\w])(?P<suffixed>[a-z]{2,}bot)(?![\w])"
    # a chat's sender marked with a robot's face: "[12:55:38] Reci 🤖: Oi, eu sou a Reci!"
    r"|(?<![\w])(?P<sender>[a-z]{2,}(?:[ \t]+[a-z]{2,}){0,2})[ \t]*\U0001F916[ \t]*:"
)
BOT_WORDS = frozenset({"bot", "chatbot", "robo", "assistente", "atendente", "virtual", "digital"})


_LETTERS = re.compile(r"[^\W\d_]+")


# Chinese given names spelled like Portuguese words ("lei": law; "mei": the
# micro-entrepreneur's acronym; "li": "I read"), and two-letter Chinese surnames, which the
# name lists leave out (a fragment like "wu" would make names of everyday text): both count
# only inside a Chinese name, a given name before a Chinese or Korean surname.
_CHINESE_GIVEN_HOMOGRAPHS = frozenset({"lei", "mei", "li"})
_TWO_LETTER_CHINESE_SURNAMES = frozenset({"wu", "xu", "hu", "yu", "li"})


def _east_asian_name(tokens: list[_Token], organisation: list[bool], gazetteer: Gazetteer) -> int | None:
    """Index of the first word of a Chinese or Korean name that ends the run ("Lei Chen",
    "LEI RIBEIRO ZHOU", "Hui Wu", "Mei Kim"): a short given name (two to four letters,
    not a corpus word unless it is a listed homograph such as "Lei"), at most two
    capitalised words between, and a Chinese or Korean surname. Words before it must be
    titles or labels. None when the run is no such name."""
    last = tokens[-1].folded
    if len(tokens) < 2 or not (last in gazetteer.east_asian_surnames or last in _TWO_LETTER_CHINESE_SURNAMES):
        return None
    for first in range(max(0, len(tokens) - 4), len(tokens) - 1):
        given = tokens[first].folded
        # (or two syllables of pinyin: "XIUYING XU")
        if not given.isalpha() or not (2 <= len(given) <= 4 or (len(given) <= 7 and _PINYIN_GIVEN.fullmatch(given))):
            continue
        if given not in _CHINESE_GIVEN_HOMOGRAPHS and (
                given in common_words() or organisation[first] or given in gazetteer.not_name_words
                # a short word in capitals that no name list knows is an acronym more
                # often than a name: "IP WAN", "CNPJ WU…"
                or (tokens[first].all_caps and given not in gazetteer.given and len(given) <= 4)):
            continue
        between = range(first + 1, len(tokens) - 1)
        if any(organisation[i] or tokens[i].is_particle or tokens[i].folded in gazetteer.not_name_words
               for i in between):
            continue
        if all(t.folded in _TITLES or t.folded in gazetteer.not_name_words for t in tokens[:first]):
            return first
    return None


def _east_asian_name_surname_first(tokens: list[_Token], organisation: list[bool], gazetteer: Gazetteer) -> bool:
    """True when the run, in capitals, is a Chinese name in its own order, the surname
    first, then one or two short given names ("ZHOU LEI", "XU LI NA"), as passports and
    certificates write it."""
    if not 2 <= len(tokens) <= 3 or not all(t.all_caps for t in tokens):
        return False
    if tokens[0].folded not in gazetteer.east_asian_surnames and tokens[0].folded not in _TWO_LETTER_CHINESE_SURNAMES:
        return False
    return all(_PINYIN_GIVEN.fullmatch(t.folded) is not None and (
        t.folded in _CHINESE_GIVEN_HOMOGRAPHS
        or not (organisation[i] or t.folded in common_words() or t.folded in gazetteer.not_name_words))
        for i, t in enumerate(tokens) if i)


# A Chinese given name in pinyin: one or two syllables ("LEI", "NA", "YUHAN", "XIUYING")
_PINYIN_SYLLABLE = (r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
                    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|er|ia|ie|iu"
                    r"|in|ua|uo|ui|un|a|o|e|i|u)")
_PINYIN_GIVEN = re.compile(rf"{_PINYIN_SYLLABLE}{_PINYIN_SYLLABLE}?")


# where a sentence in capitals goes on after its agent's name: " NO POSTO …", " NA AGÊNCIA …"
_PLACE_AFTER_A_NAME = re.compile(r" (?:NO|NA|NOS|NAS|EM) (?=[A-ZÀ-Þ]{2})")
_AGENT_BEFORE = re.compile(r"(?:por|pel[oa])[ \t]+$")
_RECEIPT_OPENING = re.compile(r"(?:recebi|recebemos)[ \t]+de[ \t]+(?=\w)")
# the parties to a case, which a pleading's verb follows more often than a name ("a autora alega");
# (an account's "usuário", a login: "usuário rkuhl", is left out of that route too)
_PARTIES_TO_A_CASE = frozenset({
    "autor", "autora", "requerente", "requerido", "requerida", "reclamante", "reclamado", "reclamada",
    "exequente", "executado", "executada", "impetrante", "apelante", "apelado", "apelada", "agravante",
    "agravado", "agravada", "embargante", "embargado", "embargada", "querelante", "querelado", "querelada",
    "denunciante", "declarante", "depoente", "outorgante", "outorgado", "outorgada", "contratado", "contratada",
})
# what follows a verb rather than a name (folded): "… sabia| do defeito", "… alega| que"
_CLAUSE_GOES_ON = re.compile(
    r"[ \t]+(?:d[aoe]s?|que|se|o|a|os|as|em|n[ao]s?|com|ao|para|pra|por|ter|ser|estar|um|uma|nao|ja|nunca|tambem)(?![\w])")
# endings of a verb's past, which a word the gazetteer lacks after a role is
# more likely to be than a name ("marcava", "sabia", "chegou", "pediu")
_VERB_ENDING = re.compile(r"(?:ava|avam|iam?|ou|eu|iu)$")
_KIN_VERB_ENDING = re.compile(r"(?:ava|avam|iam|ou|eu|iu)$")
# the article or preposition before a role (searched in folded text): "avisei a |supervisora";
# or a list's comma or a label's colon: "van 1 placa VWW1M53, |motorista nelson semedo"
_ARTICLE_BEFORE_A_ROLE = re.compile(r"(?:(?<![\w])(?:d[ao]|ao|a|o|pel[oa])[ \t]+|[,:;][ \t]*|^)$")
# a role after its article or preposition, before a word (searched in folded text)
# a relative's word after a possessive, which vouches for the name after it as a role's
# article does ("liga pra minha irmã rayssa", "a mãe do maxsuel": not "minha mãe mandou")
_KIN_WORDS = frozenset({"mae", "pai", "irma", "irmao", "tia", "tio", "prima", "primo", "avo", "vovo",
                        "filha", "filho", "sobrinha", "sobrinho", "cunhada", "cunhado", "esposa", "esposo",
                        "marido", "neta", "neto", "madrinha", "padrinho", "afilhada", "afilhado", "namorada",
                        "namorado", "comadre", "compadre"})
_POSSESSIVE_BEFORE = re.compile(r"(?<![\w])(?:minha|meu|sua|seu|nossa|nosso|tua|teu)[ \t]+$")
# ... or, for the relatives whose word is also a title, an article ("a visita da vó maria
# dasdores", "falar com a tia nenzinho")
_TITLE_KIN = frozenset({"vovo", "tia", "tio", "madrinha", "padrinho"})
_ARTICLE_BEFORE_KIN = re.compile(r"(?<![\w])(?:a|o|da|do|na|no|pra|pro|pela|pelo|com)[ \t]+$")
_ROLE_AFTER_ITS_ARTICLE = re.compile(r"(?<![\w])(?:d[ao]s?|ao|a|o|pel[oa])[ \t]+(?P<role>[a-z]{4,})[ \t]+(?=[a-z])")


def _is_council_word(folded: str) -> bool:
    """Whether a folded word is a council's acronym, maybe with its state: "crm", "crm-sp"."""
    letters = _LETTERS.match(folded)
    return letters is not None and letters.group() in keywords.COUNCIL_ACRONYMS


def _council_after_words(words: list[str]) -> bool:
    """Whether a council's acronym follows two or more words of a run: "Anália Exantus
    CRM-DF", as the right cue after a run would say ("… – CRM/SP …")."""
    return any(_is_council_word(fold(word)) for word in words[2:])


def _before_council(folded: str, span: Span) -> Span | None:
    """`span` cut before the first professional council's acronym in it: in a line in
    capitals the run "EDIVALDO BRANDAO CRM-PA" is the name "EDIVALDO BRANDAO" and the
    start of a register, which the PROFESSIONAL_ID detector owns. None when the span starts
    with one."""
    for match in _LETTERS.finditer(folded, span.start, span.end):
        if _is_council_word(match.group()):
            end = match.start()
            while end > span.start and not folded[end - 1].isalnum():
                end -= 1
            return Span(span.start, end, span.label, span.score, span.detector) if end > span.start else None
    return span


def virtual_assistant_names(context: ContextWindow) -> frozenset[str]:
    """Folded names given to virtual assistants in the text (empty when there is none);
    worked out once per text (the rules, the tagger and recurrence ask)."""
    if ("virtual_assistant_names",) not in context.memo:
        context.memo[("virtual_assistant_names",)] = _virtual_assistant_names(context)
    return context.memo[("virtual_assistant_names",)]  # type: ignore[return-value]


def _virtual_assistant_names(context: ContextWindow) -> frozenset[str]:
    folded = context.folded
    if ("virtual" not in folded and "digital" not in folded and "bot" not in folded and "robo" not in folded
            and "digite" not in folded and "automatic" not in folded and "\U0001F916" not in folded):
        return frozenset()
    gazetteer = load_gazetteer()
    matches = list(_BOT_ROLE.finditer(folded))
    names = {word for m in matches for word in (m.group("name") or m.group("named") or "").split()}
    # the particle of "Sofia da SEAP", so that the whole name is the assistant's
    particles = {word for m in matches if m.group("name") for word in m.group("name").split()[1:2]
                 if len(m.group("name").split()) == 3}
    # "o bot não entendeu": a word after "bot" is a name only if it is no corpus word
    # (the name an assistant gives itself after "Sou" is one: "Sou Musa, assistente …",
    # "Eu sou o Ana Virtual 🤖", each of its words)
    given = {m.group("menu") or m.group("suffixed") for m in matches} | {
        word for m in matches for group in ("robot", "sender") if m.group(group) for word in m.group(group).split()}
    return frozenset(n for n in names - BOT_WORDS - gazetteer.not_name_words
                     if n in gazetteer.name_words or n not in common_words()) | (given - {None} - BOT_WORDS) | particles


# Structured text pasted into tickets: a JSON or key=value field whose key names a person
# ({"nome":"Zilmar Mendes"}, pagador.nome="HERMOGENES SBARDELOTTO", "customer_name": …).
_NAMED_FIELD = re.compile(
    r"(?<![\w.])(?P<key>[a-z_][\w.]{0,40})[\"']?[ \t]*[:=][ \t]*[\"'](?P<value>[^\"'\n]{2,80})[\"']"
)
# an XML element with text only, on one line: "<Nome>Ana Souza</Nome>" (namespace prefix allowed)
_XML_ELEMENT = re.compile(
    r"<(?P<tag>[A-Za-z_][\w.:-]{0,40})(?:[ \t][^<>\n]{0,80})?>[ \t]*(?P<value>[^<>\n]{2,80}?)[ \t]*</(?P=tag)>"
)
# (a person's social name, which SUS and school records keep beside the civil one:
# "nomeSocial", "nome_social"; not a firm's "razao_social")
_NAME_KEYS = frozenset({"nome", "name", "nomecompleto", "fullname", "nomesocial",
                        # a nickname is a person's name too: '"apelido": "Magrão"'
                        "apelido", "alcunha", "nickname"})
# Words of a column name or key that say its values are names ("nm_cliente", "last_name")
# and words that say they are something else's ("nome_fantasia", "product_name").
_NAME_KEY_WORDS = frozenset({"nome", "name", "nm", "sobrenome", "surname", "firstname", "lastname"})
_NOT_A_PERSON_KEYS = frozenset({
    "fantasia", "empresa", "razao", "social", "produto", "product", "loja", "store", "company",
    "file", "arquivo", "host", "banco", "bank", "app", "service", "servico", "fila", "queue",
    "plano", "plan", "evento", "event", "campanha", "campaign", "cidade", "city", "rua", "street",
    "municipio", "bairro", "estado", "pais", "country", "unidade", "setor", "departamento",
    "cargo", "curso", "escola", "hospital", "clinica", "medicamento", "exame", "procedimento",
    "campo", "field", "tabela", "table", "coluna", "column", "modelo", "model", "feature",
    "grupo", "group", "categoria", "category", "tipo", "type", "status", "canal", "channel",
    "usuario", "user", "login", "projeto", "project", "dominio", "domain",
    "restaurant", "restaurante", "estabelecimento", "merchant", "fornecedor", "supplier",
    # a chat log's virtual assistant: '"bot": "Bia"'
    "bot",
    # a clinic's patient that is an animal: "nome_pet", "nome do animal"
    "pet", "animal",
    # a rural locality and a crop's variety: '"localidade": "Linha Bento"', '"variedade": "Virgínia"'
    "localidade", "locality", "variedade", "variety", "cultivar",
    # an indigenous patient's people, village and base post: '"etnia": "Kokama"', '"polo_base": "Betânia"'
    "povo", "etnia", "aldeia", "polo",
})
# Column names of people that are no person context in prose ("Gestor Comercial" is a
# role there), and words that only qualify a column ("mae_r", "nome_l", "medico_resp").
_PERSON_COLUMN_WORDS = frozenset({
    "gestor", "gestora", "owner", "steward", "assignee", "reporter", "manager", "approver",
    "aprovador", "revisor", "reviewer", "employee", "applicant", "signatory", "holder",
    "crianca", "aluno", "aluna", "morador", "moradora", "proprietario", "proprietaria",
    # a chat log's human agent ('"agent": "Epitácio Cunegundes"'), a game's player
    "agent", "player",
    "inquilino", "inquilina", "membro", "associado", "associada", "funcionario", "funcionaria",
    # a farm's or a cooperative's: a person or a firm (a firm's cell has its legal form)
    "produtor", "produtora", "cooperado", "cooperada", "fornecedor rural", "arrendatario", "arrendataria",
    # an e-discovery export's, a PACS log's and a transfer log's: "Custodian",
    # 'patient="…"', 'contraparte="…"', "recebedor"
    "custodian", "custodiante", "patient", "contraparte", "counterparty", "recebedor", "recebedora",
    # a pet shop's and a care agency's: "TOSADOR", "banhista", "passeador", "cuidadora"
    "tosador", "tosadora", "banhista", "passeador", "passeadora", "groomer", "cuidador", "cuidadora",
    # a prison system's: 'inmate="…"', "preso", "apenado", "custodiado"
    "inmate", "preso", "presa", "apenado", "apenada", "custodiado", "custodiada", "detento", "detenta",
    # a utility's crews' log: 'tit="tiburcio mbemba"' (the account's holder)
    "tit",
    # an event's guest list and a supplier sheet's contact: "CONVIDADO", "| contato |"
    "convidado", "convidada", "convidados", "noivo", "noiva", "noivos", "contato", "contact",
    # a gym's and a league's: "Personal", "ATLETA", "instrutor(a)", "treinador"
    "personal", "atleta", "atletas", "instrutor", "instrutora", "treinador", "treinadora",
    # a pension plan's: "certificado|participante|cpf|…"
    "participante", "participantes",
    # a harvest's: "TRABALHADOR  CPF  VALOR R$", "colhedor", "cortador"
    "trabalhador", "trabalhadora", "colhedor", "colhedora", "cortador", "cortadora",
    # a samba school's costume sheet: "componente;cpf;celular;…", "ritmista", "passista"
    "componente", "componentes", "ritmista", "ritmistas", "passista", "passistas", "desfilante", "desfilantes",
    # a therapeutic community's and a clinic's: "| Acolhido |", "Avaliado(a)"; an assistance
    # programme's queue: "encaminhado_para" (the psychologist a case went to)
    "acolhido", "acolhida", "acolhidos", "avaliado", "avaliada", "encaminhado", "encaminhada",
    # an ecoponto's delivery log: "…;bairro_origem;operador" (who received the load; not
    # "operadora", a health plan or a carrier)
    "operador",
    # a criminal record's nickname: "| Alcunha | Neguinho |"
    "alcunha", "vulgo", "apelido",
    # an auction's winners: "lote;descricao;arrematante;documento;…" (a firm's cell has its
    # legal form)
    "arrematante", "arrematantes", "licitante", "comprador", "compradora",
    # a beauty salon's, a tattoo studio's and an aesthetic clinic's: who did the service,
    # who a gift card is for
    "profissional", "profissionais", "esteticista", "tatuador", "tatuadora", "barbeiro", "barbeira",
    "cabeleireiro", "cabeleireira", "manicure", "aplicador", "aplicadora", "presenteado", "presenteada",
    # a radio station's programme grid: "horário;programa;apresentação;co-apresentação;contato"
    "apresentacao", "co-apresentacao", "apresentador", "apresentadora", "locutor", "locutora", "locucao",
})
_COLUMN_QUALIFIERS = frozenset({"l", "r", "1", "2", "a", "b", "resp", "responsavel", "principal",
                                "completo", "full", "nome", "name", "nm", "para"})


# A wedding's or an anniversary's couple, named by their first names as event businesses do:
# "Casamento Mei & Francisco", "orçamento casamento Pê + Fábio", "no casamento de Adenilza e
# Márcio", "Bodas de Prata de Vitória e Josenildo", "Casamento civil + recepção de Lusineide e Amado"
_COUPLE_NAME = rf"[{_UPPER}][{_LOWER}'’-]+(?:[ \t]+[{_UPPER}][{_LOWER}'’-]+){{0,2}}"
_COUPLE = re.compile(
    rf"(?<![\w])(?:[Cc]asamento|CASAMENTO|[Bb]odas[ \t]+de[ \t]+[{_LOWER}{_UPPER}]+|[Nn]oivos:?)"
    r"(?:[ \t]+civil)?(?:[ \t]*\+[ \t]*recep[çc][ãa]o)?[ \t]+(?:d[eoa]s?[ \t]+)?"
    rf"(?P<a>{_COUPLE_NAME})[ \t]*(?:&|\+|[ \t]e)[ \t]+(?P<b>{_COUPLE_NAME})(?![\w])"
)


# A business introducing itself in a chat: "Bom dia! Aqui é da Conserta Já Pestana, autorizada …"
_ANNOUNCED_FIRM = re.compile(
    r"(?i:aqui (?:é|e|eh) d[ao]|falamos d[ao]|somos d[ao]) (?P<name>[A-ZÀ-Þ][\wÀ-ÿ]*"
    r"(?: (?:[A-ZÀ-Þ][\wÀ-ÿ]*|d[aeo]s?|e|&))*? [A-ZÀ-Þ][\wÀ-ÿ]*)(?=[ \t]*[,.!;:\n])")


def announced_firm_words(context: ContextWindow) -> frozenset[str]:
    """Folded words of the firms that introduce themselves in the text ("Aqui é da Assistec
    Flor do Vale,"): the chat's speaker of that name is the firm, not a person. Two words
    at least ("aqui é do Pedro" may be a household)."""
    if "aqui " not in context.folded and "somos " not in context.folded and "falamos " not in context.folded:
        return frozenset()
    return frozenset(word for match in _ANNOUNCED_FIRM.finditer(context.text)
                     for word in context.folded[match.start("name"):match.end("name")].split())


def _couple_names(text: str, gazetteer: Gazetteer) -> list[Span]:
    """Both names of a couple after "casamento", "bodas de …" or "noivos" (`_COUPLE`), when
    neither holds an organisation's or a listed non-name's word of four letters or more and
    a name word of the gazetteer, or a name-shaped word of no corpus, stands in one of them
    ("Casamento Coletivo & Festa Junina" stays out; "Mei + Nsimba", "Pê + Fábio" are names)."""
    spans = []
    for match in _COUPLE.finditer(text):
        words = fold(match.group("a") + " " + match.group("b")).split()
        if any(len(w) > 3 and (w in gazetteer.organisation_words or w in gazetteer.not_name_words)
               for w in words) or not any(
                w in gazetteer.name_words or (is_name_shaped(w) and w not in common_words()) for w in words):
            continue
        spans += [Span(*match.span(part), "PERSON", 0.85, "person_gazetteer") for part in ("a", "b")]
    return spans


# A bank statement's transfer and its counterparty in capitals, up to the next field: "PIX
# RECEBIDO IVALDO DE JACARANDA ***279029**", "PIX ENVIADO KELVYN DE GIRAO chave …", "TED
# NATAN TENENBAUM 001 AG 8577"
_STATEMENT_PARTY = re.compile(
    r"(?<![\w])(?:PIX|TED|TRANSF(?:ERENCIA)?)[ \t]+(?:(?:RECEBID[OA]|ENVIAD[OA]|REC|ENV|CRED|DEB)[ \t]+)?"
    # (the counterparty's agency and account first: "TED ENVIADA   AG 9610 CC 80125-0   SIRANUSH MANUKI")
    r"(?:AG[ \t]+\d{3,5}(?:-\d)?[ \t]+C[CT][ \t]+[\d.]+-?[\dX]?[ \t]+)?"
    # (a dash before the name: "PIX RECEBIDO - SEBASTIANA CERQUEIRA L", "DEVOLUCAO PIX - KIESSE KAPINGA")
    r"(?:[-–][ \t]+)?"
    # (a hyphenated word, a surname cut to its initial: "DIEUNEL SAINT-FLEUR", "ERISVALDA CAVALCANTE D
    # ***.428…"; a random Pix key after it: "NHA DJASSI SEMEDO   a2ca0d4a-e6bb-…")
    rf"(?P<name>[{_UPPER}]{{2,}}(?:[-'’][{_UPPER}]{{2,}})?(?: [{_UPPER}]{{2,}}(?:[-'’][{_UPPER}]{{2,}})?){{1,6}}(?: [{_UPPER}])?)"
    # (the amount in reais after it: "PIX REC DEUZUITA JEQUITIBA      R$ 4.406,50")
    r"(?=[ \t]+(?:\*|\d|chave|CHAVE|R\$|[0-9a-f]{8}-[0-9a-f]{4}-)|[ \t]*(?:[;|\n]|$))"
)


_LEGAL_FORM_WORDS = frozenset({"sa", "ltda", "me", "epp", "eireli", "mei", "cia"})


def _statement_parties(text: str, gazetteer: Gazetteer) -> list[Span]:
    """Counterparties of a bank statement's transfers (`_STATEMENT_PARTY`) that hold a name
    word of the gazetteer or a name-shaped word of no corpus (or no corpus word at all), and
    no organisation's, legal form's or listed non-name's word ("PIX ENVIADO CEMIG
    DISTRIBUICAO SA" is a firm)."""
    spans = []
    for match in _STATEMENT_PARTY.finditer(text):
        words = fold(match.group("name")).split()
        if len(words[-1]) == 1:
            words = words[:-1]  # a surname cut to its initial: "ERISVALDA CAVALCANTE D"
        if words[0] in ("recebido", "recebida", "enviado", "enviada") or words[-1] in _LEGAL_FORM_WORDS or (
                words[0] in common_words() and words[0] not in gazetteer.name_words) or any(
                w in gazetteer.organisation_words or w in gazetteer.not_name_words for w in words) or not (any(
                w in gazetteer.name_words or (len(w) > 2 and is_name_shaped(w) and w not in common_words())
                for w in words) or not any(w in common_words() for w in words)):
            continue  # (words no corpus holds are a name too: "OLEGARIO ARRAIS"; a firm's are words)
        spans.append(Span(*match.span("name"), "PERSON", 0.85, "person_gazetteer"))
    return spans


# A nickname or a short name in brackets right after a person's name: "Maicon Douglas Silva
# (Maiconzinho)", "Moustapha Cunha Seck (Moustapha Seck)"
_BRACKETED_AFTER_NAME = re.compile(rf"[ \t]*\((?P<name>[{_UPPER}][{_LOWER}'’-]+(?: [{_UPPER}][{_LOWER}'’-]+){{0,2}})\)")


def _bracketed_nicknames(text: str, found: list[Span], gazetteer: Gazetteer) -> list[Span]:
    """Names in brackets right after a name found (`_BRACKETED_AFTER_NAME`): each word a
    name word or name-shaped, none an everyday word, an organisation's or a role's
    ("Ana Lima (Diretora)", "João (Financeiro)" are not nicknames)."""
    spans = []
    for span in found:
        match = _BRACKETED_AFTER_NAME.match(text, span.end)
        if match is None or any(other.start < match.end() and match.start("name") < other.end for other in found):
            continue
        words = [fold(w) for w in match.group("name").split()]
        if all((w in gazetteer.name_words or is_name_shaped(w)) and w not in common_words()
               and w not in gazetteer.organisation_words and w not in gazetteer.not_name_words for w in words):
            spans.append(Span(*match.span("name"), "PERSON", 0.8, "person_gazetteer"))
        elif len(words) == 1 and _DOCUMENT_AFTER_BRACKET.match(text, match.end()) and not (
                words[0] in gazetteer.person_contexts or words[0] in gazetteer.weak_person_contexts
                or words[0] in gazetteer.organisation_words or words[0] in gazetteer.not_name_words
                or _AGENT_NOUN.fullmatch(words[0])):  # (a role: "Ana Lima (Diretora), CPF …")
            # an everyday word is a nickname there, between the name and the person's document:
            # "VALDEMIRO THIESEN (Lagartixa) — CPF …", "Davi Lucca Almeida (Magrão) — CPF …"
            spans.append(Span(*match.span("name"), "PERSON", 0.8, "person_gazetteer"))
    return spans


_DOCUMENT_AFTER_BRACKET = re.compile(r"[ \t]*[,—–-][ \t]*(?:CPF|RG|NIT|PIS|CNH)(?![\w])")


# A child's name and age in brackets, as a logbook notes a lost child: "(Manoelito, 8 anos)",
# "(XIULAN, 4 ANOS)"
_NAME_AND_AGE_IN_BRACKETS = re.compile(
    rf"\((?P<name>[{_UPPER}][{_LOWER}'’-]+(?: [{_UPPER}][{_LOWER}'’-]+){{0,3}}|[{_UPPER}'’-]{{2,}}(?: [{_UPPER}'’-]{{2,}}){{0,3}})"
    r",[ \t]*\d{1,3}[ \t]*(?:anos|ANOS|meses|MESES)\)")


def _names_before_their_age(text: str, gazetteer: Gazetteer) -> list[Span]:
    """A name and an age in brackets (`_NAME_AND_AGE_IN_BRACKETS`): each word a name word
    or name-shaped, none an everyday word, an organisation's or a listed non-name ("(Casal,
    10 anos)" is none)."""
    spans = []
    for match in _NAME_AND_AGE_IN_BRACKETS.finditer(text):
        words = [fold(w) for w in match.group("name").split()]
        if all((w in gazetteer.name_words or is_name_shaped(w)) and w not in common_words()
               and w not in gazetteer.organisation_words
               and w not in gazetteer.not_name_words for w in words):
            spans.append(Span(*match.span("name"), "PERSON", 0.8, "person_gazetteer"))
    return spans


# A name and its birth date after a comma: "(mãe) — Wyara, DN 18/03/2022", "Ettore, nascido em
# 17/09/2021" (a birth date is a person's)
_NAME_AND_BIRTH_DATE = re.compile(
    rf"(?<![\w.])(?P<name>[{_UPPER}][{_LOWER}'’-]+(?:[ \t](?:d[aeo]s?[ \t])?[{_UPPER}][{_LOWER}'’-]+){{0,4}})"
    r"[ \t]*,[ \t]*(?:DN|D\.N\.|[Nn]asc\.|[Nn]ascid[oa][ \t]+em)[ \t:]*\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}")


def _names_before_their_birth_date(text: str, gazetteer: Gazetteer) -> list[Span]:
    """Names of `_NAME_AND_BIRTH_DATE` with no everyday word, organisation's word, place, listed
    non-name or role ("Paciente, DN 01/02/2020", "filha dos Reclamados, nascida em …" name none)."""
    spans = []
    for match in _NAME_AND_BIRTH_DATE.finditer(text):
        words = [fold(w) for w in match.group("name").split()]
        if not any((w in common_words() and w not in gazetteer.name_words) or w in gazetteer.organisation_words
                   or w in gazetteer.not_name_words or w in gazetteer.places or w in gazetteer.person_contexts
                   or w in gazetteer.weak_person_contexts or (w.endswith("s") and w[:-1] in gazetteer.not_name_words)
                   for w in words if w not in _PARTICLES):
            spans.append(Span(*match.span("name"), "PERSON", 0.8, "person_gazetteer"))
    return spans


# A list's item of a name, a trade in brackets and a person's document: "Testemunhas:⏎1.
# Juninho (pintor), RG 78.286.832-0", "2. Moranguinho (costureira), CPF …" (a nickname alone,
# which the document says is a person)
_NAME_TRADE_AND_DOCUMENT = re.compile(
    rf"(?:^|\n)[ \t]*\d{{1,2}}[.)][ \t]+(?P<name>[{_UPPER}][{_LOWER}'’-]+(?:[ \t](?:d[aeo]s?[ \t])?[{_UPPER}][{_LOWER}'’-]+){{0,5}})"
    r"[ \t]*\([^\W\d_][^()\n\d]{1,30}\)[ \t]*,[ \t]*(?:RG|CPF|CTPS|CNH|tel\.?|telefone)[ \t:nº°.]*[(\d]")


def _names_before_a_trade_and_document(text: str, gazetteer: Gazetteer) -> list[Span]:
    """Names of `_NAME_TRADE_AND_DOCUMENT` with no organisation's word and no listed
    non-name ("1. Empresa (ré), CPF" names none)."""
    spans = []
    for match in _NAME_TRADE_AND_DOCUMENT.finditer(text):
        words = [fold(w) for w in match.group("name").split()]
        if not any(w in gazetteer.organisation_words or w in gazetteer.not_name_words for w in words):
            spans.append(Span(*match.span("name"), "PERSON", 0.8, "person_gazetteer"))
    return spans


# A sole trader's (MEI's) legal name: its CNPJ's root, then the owner's full name, as the
# law builds it ("Razão social: 69.429.119 QIONG XU TANNUS", "Empresa: 26.494.783 EUSEBIA
# CORREIA QUISBERT (Queijaria …)")
_CNPJ_ROOT_AND_OWNER = re.compile(
    rf"(?<![\w./-])\d{{2}}\.\d{{3}}\.\d{{3}}(?![\w./-])[ \t]+"
    rf"(?P<name>[{_UPPER}][{_UPPER}{_LOWER}'’-]+(?:[ \t](?:(?:d[aeo]s?|D[AEO]S?|e|E)[ \t])?[{_UPPER}][{_UPPER}{_LOWER}'’-]+){{1,5}})")


_SPEAKS_OF_FIRMS = re.compile(r"(?<![\w])(?:cnpj|razao social|mei)(?![\w])")


def _sole_traders(text: str, gazetteer: Gazetteer) -> list[Span]:
    """The owner's name in a sole trader's legal name (`_CNPJ_ROOT_AND_OWNER`) in a text
    that speaks of firms (a CNPJ, a legal name, an MEI): no word an organisation's, one a
    name word or shaped like one ("12.345.678 COMERCIO DE FRUTAS" is a firm's)."""
    spans = []
    for match in _CNPJ_ROOT_AND_OWNER.finditer(text):
        words = [fold(w) for w in match.group("name").split()]
        if any(w in gazetteer.name_words or is_name_shaped(w) for w in words) and not any(
                w in gazetteer.organisation_words or w in gazetteer.not_name_words for w in words):
            spans.append(Span(*match.span("name"), "PERSON", 0.85, "person_gazetteer"))
    return spans


# A message's sign-off: one capitalised word on its own line after a sentence, after a blank
# line and ending the text ("…o fiscal da Bancada Celeste.\n\nBiel"), or followed by the
# quoted message it answers ("Pode fazer o serviço.\nAvraham\n\nEm 21/12/2026 14:43, …")
_QUOTE_HEADER_AFTER = r"\n\n(?:Em |On |De: |From: |-{3,}|>)"
_SIGN_OFF = re.compile(
    rf"(?:(?<=[.!?,]\n\n)(?P<name>[{_UPPER}][{_LOWER}]{{1,14}})[ \t]*(?=\s*\Z|{_QUOTE_HEADER_AFTER})"
    rf"|(?<=[.!?,]\n)(?P<quoted>[{_UPPER}][{_LOWER}]{{1,14}})[ \t]*(?={_QUOTE_HEADER_AFTER}))")


# closing formulas `_CLOSING` (a signature's line above) does not list
_OTHER_CLOSINGS = frozenset({"beijos", "bjs", "valeu", "agradecemos"})


def _sign_offs(text: str, gazetteer: Gazetteer) -> list[Span]:
    """Sign-offs (`_SIGN_OFF`), a name word of the gazetteer or a word shaped like a name,
    that no corpus, no organisation, no list of non-names and no closing formula holds
    ("Obrigada", "Abraços", "Financeiro" are none)."""
    spans = []
    for match in _SIGN_OFF.finditer(text):
        group = "name" if match.group("name") else "quoted"
        word = fold(match.group(group))
        if (word in gazetteer.name_words or is_name_shaped(word)) and not _CLOSING.fullmatch(word) and word not in _OTHER_CLOSINGS \
                and word not in common_words() and word not in gazetteer.not_name_words \
                and word not in gazetteer.organisation_words and word not in gazetteer.person_contexts:
            spans.append(Span(*match.span(group), "PERSON", 0.75, "person_gazetteer"))
    return spans


# A nickname in apposition after a name, unquoted: "Ueliton Tamarindo Nowacki, conhecido
# como ueliton, e …", "…, conhecida como Mina, …"
_NICKNAME_IN_APPOSITION = re.compile(
    rf"(?<=[{_LOWER}{_UPPER}]), conhecid[oa] como (?P<name>[{_UPPER}{_LOWER}][{_LOWER}]{{1,14}})(?=[,;)])")


def _nicknames_in_apposition(text: str, found: list[Span], gazetteer: Gazetteer) -> list[Span]:
    """Nicknames of `_NICKNAME_IN_APPOSITION` right after a name found: a word of that name,
    a name word of the gazetteer or a word shaped like a name, no corpus word ("o golpe,
    conhecido como phishing," is no one)."""
    spans = []
    ends = {span.end: span for span in found if span.label == "PERSON"}
    for match in _NICKNAME_IN_APPOSITION.finditer(text):
        name = ends.get(match.start())
        word = fold(match.group("name"))
        if name is not None and (word in fold(text[name.start:name.end]).split() or (
                (word in gazetteer.name_words or is_name_shaped(word)) and word not in common_words()
                and word not in gazetteer.not_name_words)):
            spans.append(Span(*match.span("name"), "PERSON", 0.8, "person_gazetteer"))
    return spans


def nicknames_after_names(text: str, spans: list[Span]) -> list[Span]:
    """The nicknames in apposition ("…, conhecido como yossef,") right after the PERSON
    `spans`, whichever detector found them, that overlap none of `spans`. The rules detector
    looks for them after its own names; this is for the names only another detector found
    (the learned tagger's), once all are merged. (Not a word in brackets after such a name:
    after a chat's sender it is the firm's, "Valmira (Leão)", after a school's name its
    country, "Liffey Language Academy (Irlanda)".)"""
    names = [span for span in spans if span.label == "PERSON"]
    if not names or ", conhecid" not in text:
        return []
    found = _nicknames_in_apposition(text, names, load_gazetteer())
    return [span for span in found if not any(span.overlaps(other) for other in spans)]


# A nickname announced before it, in any case, with a trade or a place after a particle:
# "todo mundo conhece ele por nestorio da jangada", "CONHECIDO NA COMUNIDADE COMO ATALIBA DA
# JANGADA", "conhecido como Arquimedes da Rede", "APELIDO: PAULO DA REDE". (Folded text.)
_NICKNAME_ANNOUNCED = re.compile(
    r"(?<![\w])(?<!nao )(?:conhecid[oa](?: (?:na|no|pela|pelo) [a-z]+)? (?:como|por)|conhece(?:m)? (?:ele|ela) (?:como|por)"
    r"|apelido\.*[ \t]*:|vulgo:?)[ \t]*[\"“']?"
    r"(?P<name>[a-z][a-z'-]+(?: (?!(?:da|do|das|dos|de) )[a-z][a-z'-]+)?(?: (?:da|do|das|dos|de) [a-z][a-z'-]+)?)(?![\w-])")
# ... or, with no announcement, a name with the goods or the place of its trade after a
# particle, as workmates call each other: "a elionora da latinha", "Arquimedes do PET",
# "Dejanira da Esteira", "Zé do Gás" (goods, tools and work places of recyclers, fishers,
# street vendors); and the trade itself after a given name: "Naldinha Reciclagem"
_EPITHETS = (r"latinhas?|latas?|cobre|pet|aluminio|prensa|ferro|esteira|carrinho|carroca|garrafas?|papelao|sucata|vidro"
             r"|ferro-velho|reciclagem|cais|jangada|ostra|farol|mangue|remo|barco|peixe|pastel|gas|agua|pao"
             r"|coco|caldo|tapioca|acai|kombi|balanca|triagem|galpao|lixao"
             # a beekeeper's: "gil do mel", "diego da abelha", "vera do apiario", "lumbu do favo"
             r"|mel|abelhas?|apiario|favos?|colmeias?|enxames?|propolis"
             # a samba school's, by the instrument or the wing: "biu do tamborim", "tete do surdo",
             # "Tiquinho da Caixa", "mundico da harmonia", "Fon do Barracão"
             r"|tamborim|cuica|surdo|repique|chocalho|agogo|apito|cavaco|cavaquinho|pandeiro|timbal|reco-reco"
             r"|caixa|bateria|harmonia|barracao|velha guarda"
             # a hunter's, by the game or the sport: "biu do javali", "zé do trap"
             r"|javali|trap")
_NAME_WITH_EPITHET = re.compile(
    rf"(?<![\w@.-])(?P<name>[a-z][a-z'-]{{2,}}(?: [a-z][a-z'-]{{2,}})?) (?:da|do|das|dos) (?:{_EPITHETS})(?![\w-])")
_NAME_WITH_TRADE = re.compile(r"(?<![\w@.-])(?P<name>[a-z][a-z'-]{2,}) (?:reciclagem|sucata|ferro-velho|garrafa)(?![\w-])")
_EPITHET_ALONE = re.compile(_EPITHETS)
# what a load is counted in, shaped like a name and missing from the corpus's words
_LOADS = frozenset({"fardo", "fardos", "bag", "bags", "lote", "carga", "monte", "pilha", "tambor", "balde",
                    # ... and other everyday words before such a place: "na hora da prensa"
                    "hora", "horas", "vez", "turno", "lado", "parte", "frente", "fundo", "porta", "entrada", "saida",
                    "fila", "area", "setor", "linha", "tampa", "boca", "roda", "cabo", "peso", "preco", "valor", "nota"})
_FIRM_NAME_GOES_ON = re.compile(r" (?:de|da|do|e) [a-z]")
_FIRM_BEFORE = re.compile(r"(?:cooperativa|associacao|reciclaveis|empresa|ferro-velho|grupo|rede|coop[a-z]*)[ \t]*$")
_LEGAL_FORM_AFTER = re.compile(r"[ \t]*(?:ltda|me|epp|eireli|s\.?/?a\.?)(?![\w])")
_EPITHET_WORD = re.compile(rf" (?:d[ao]s? (?:{_EPITHETS})|reciclagem|sucata|ferro-velho|garrafa)(?![\w-])")
# ... not a shop's name made of a title and its trade ("Rei do Pastel", "Rainha da Sucata")
_SHOP_TITLES = frozenset({"rei", "rainha", "principe", "princesa", "imperador", "imperio", "mundo", "casa",
                          "cantinho", "ponto", "point", "palacio", "paraiso"})
# ... and in brackets after the name it shortens, from the name's own first word or the
# first letters of it: "Eliomar Forte (Eliomar da Rede)", "Lucivaldo Rocha (Luci da Ponta)"
_EPITHET_IN_BRACKETS = re.compile(
    rf"(?P<full>[{_UPPER}][{_LOWER}'’-]+(?: (?:d[aeo]s? )?[{_UPPER}][{_LOWER}'’-]+){{1,4}}|[{_UPPER}'’-]{{3,}}(?: (?:D[AEO]S? )?[{_UPPER}'’-]+){{1,4}})"
    r"[ \t]*\((?P<name>[^\W\d_]+(?: (?:da|do|das|dos|de|DA|DO|DAS|DOS|DE) [^\W\d_]+| [^\W\d_]+))\)")


def _could_be_a_name(word: str, gazetteer: Gazetteer) -> bool:
    """Whether a folded word may be (part of) a workmate's name before an epithet: a name word
    or well shaped like one, and no everyday, organisation's, load's or epithet's word."""
    return not (word in _FUNCTION_WORDS or word in gazetteer.not_name_words or word in gazetteer.organisation_words
                or word in _SHOP_TITLES or word in _LOADS or _EPITHET_ALONE.fullmatch(word)
                or word in gazetteer.ambiguous or word in gazetteer.everyday_in_lower_case
                or (word in common_words() and word not in gazetteer.given)) and (
        word in gazetteer.name_words or name_shape(word) >= 1.5)


def _nicknames_with_epithets(text: str, folded: str, gazetteer: Gazetteer) -> list[Span]:
    """Nicknames made of a name and a trade or a place ("Zé da Rede", "Luci da Ponta") that
    the capitalised-run rules cut at the trade's word: after a nickname's announcement, when
    its first word is a name word or shaped like a name and no everyday word; with the goods
    of a trade after a particle; in brackets right after a name, when it starts with that
    name's first word or a shortening of it."""
    spans = []
    for match in _NICKNAME_ANNOUNCED.finditer(folded):
        words = match.group("name").split()
        first = words[0]
        if first in common_words() or first in gazetteer.not_name_words or first in _SHOP_TITLES or (
                first in gazetteer.organisation_words) or first in _LOADS or not (first in gazetteer.name_words or (
                len(words) > 1 and len(first) >= 3 and name_shape(first) >= -1)):
            # (one unknown word is as often a thing's name, "conhecido como phishing"; so is
            # a title with a trade, a shop's, "conhecido no mercado como rei do pastel")
            continue
        if len(words) > 1 and words[1] not in NAME_PARTICLES and words[1] not in gazetteer.name_words and (
                words[1] in common_words() or words[1].endswith("ndo")):
            words = words[:1]  # "conhecido como paulo quando", "COMO CABELO CORRENDO" is Paulo, Cabelo
        end = match.start("name") + len(" ".join(words))
        spans.append(Span(match.start("name"), end, "PERSON", 0.8, "person_gazetteer"))
    for match in chain(_NAME_WITH_EPITHET.finditer(folded), _NAME_WITH_TRADE.finditer(folded)):
        words = match.group("name").split()
        if len(words) == 2 and not _could_be_a_name(words[0], gazetteer):
            words = words[1:]  # "Testemunharam Dejanira da Esteira"
        if not all(_could_be_a_name(w, gazetteer) for w in words) or _LEGAL_FORM_AFTER.match(folded, match.end()):
            continue  # "o saco da latinha", "a luz do galpão", "Casa do Pão", "Bento Reciclagem Ltda"
        if match.re is _NAME_WITH_TRADE and (_FIRM_NAME_GOES_ON.match(folded, match.end()) or _FIRM_BEFORE.search(
                folded, max(0, match.start() - 30), match.start())):
            continue  # a firm's: "Branco Reciclagem de Metais", "Cooperativa Rosa Reciclagem", "RECICLÁVEIS ROSA RECICLAGEM"
        spans.append(Span(match.end("name") - len(" ".join(words)), match.end(), "PERSON", 0.75, "person_gazetteer"))
    if "(" in text:
        for match in _EPITHET_IN_BRACKETS.finditer(text):
            first = fold(match.group("name").split()[0])
            full = fold(match.group("full")).split()
            if len(first) >= 3 and full[0].startswith(first) and (first not in common_words() or first in gazetteer.name_words) and not any(
                    w in gazetteer.organisation_words or w in gazetteer.not_name_words for w in full):
                spans.append(Span(*match.span("name"), "PERSON", 0.8, "person_gazetteer"))
    return spans


# A pain score on the visual analogue scale: "EVA 7/10" (not Eva)
_SCALE_SCORE = re.compile(r"[ \t]*[:=]?[ \t]*\d{1,2}(?:[.,]\d)?[ \t]*/[ \t]*10(?!\d)")
_VOWELS = frozenset("aeiouy")


# A sports club's form before its name: "E.C. Bento Freitas", "G.E. Rosa Branca", "S.E.R.
# Caxias", "A.A. Ponte Preta"
CLUB_FORM_BEFORE = re.compile(
    r"(?<![\w.])(?:" + "|".join(r"[ \t]?".join(re.escape(f"{c}.") for c in form)
                                for form in ("EC", "FC", "AC", "SC", "AA", "GE", "SE", "CR", "AD", "CA", "AE",
                                             "SER", "GRES",
                                             # a state's or a city's school: "E.E. Prudente de Morais"
                                             "EE", "EM")) + r")[ \t]+$")


# prepositions and conjunctions that no name holds between its words
_NEVER_INSIDE_A_NAME = frozenset({"para", "com", "sem", "por", "pelo", "pela", "sobre", "entre", "contra",
                                  "como", "que", "ou", "ate", "apos"})


def _login_or_scale(text: str, span: Span, gazetteer: Gazetteer) -> bool:
    """True for a span that is a system login, a scale or an animal, not a person: part of
    an identifier ("fernanda_35", "op_ana"), an initial glued to a surname as logins are
    made ("CGURGEL", "mvasconcelos": no Portuguese word starts "cg" or "mv"), "EVA 7/10",
    a pet named after its kind or before its breed ("meu cachorro Chico", "Tião Poodle"), a
    boat after the kind of vessel ("embarcação Dona Flor")."""
    value = text[span.start:span.end]
    if is_an_animal(text, span.start, span.end) or is_a_vessel(text, span.start) or is_an_occupation(text, span.start):
        return True
    if is_a_nationality(text, span.start, span.end):
        return True
    inner = fold(value).split()
    last = max((i for i, w in enumerate(inner[:-1]) if i and w in _NEVER_INSIDE_A_NAME), default=0)
    if last and not any(w in gazetteer.name_words for w in inner) and not any(
            is_name_shaped(w) for w in inner[last + 1:]):
        # a heading's phrase: "LAUDO DE AVALIAÇÃO PSICOLÓGICA PARA CONDUTORES" (a name after
        # such a word, "RECEBIDO POR YORGELIS GUANIPA BRICENO", or run into its sentence,
        # "ODAIR BATISTA DISSE QUE …", is cut from it later)
        return True
    if CLUB_FORM_BEFORE.search(text, max(0, span.start - 10), span.start):
        return True  # a club's name after its form: "E.C. Bento Freitas"
    # (a masked value's first letters, "j****@gmail.com", are no name either)
    if text[span.end:span.end + 1] in ("_", "*") or text[span.start - 1:span.start] == "_" and span.start > 0:
        return True
    if " " in value:
        return False
    if value == "EVA" and _SCALE_SCORE.match(text, span.end):
        return True
    word = fold(value)
    if len(word) < 5 or not (value.isupper() or value.islower()) or word in gazetteer.name_words:
        return False
    if word[0] in _VOWELS:  # "anobrega", "elustosa": an initial vowel before a known surname
        return word[1] not in _VOWELS and word[1:] in gazetteer.surnames
    # "cgurgel", "lrosa", "tvitoria": two consonants no Portuguese word starts with, then a name word
    return word[1] not in _VOWELS and word[:2] not in _ONSETS and word[1:] in gazetteer.name_words


# the pairs of consonants a Portuguese word may start with ("braga", "chaves", "prado")
_ONSETS = frozenset({"bl", "br", "cl", "cr", "ch", "dr", "fl", "fr", "gl", "gr", "gn", "lh", "nh", "pl", "pr",
                     "ps", "pn", "tr", "tl", "vr", "wr", "sh", "th", "kr", "kl", "st", "sc", "sk", "sp"})


# A DICOM person name (PN): family, given, middle names, prefix and suffix split by "^"
# ("FEITOSA^THAYANNE^QUIRINO", "PARK^JI-WOO"), as PACS logs and HL7 feeds print it
_DICOM_NAME = re.compile(
    rf"(?<![\w^])[{_UPPER}][{_UPPER}{_LOWER}'’-]*(?: [{_UPPER}][{_UPPER}{_LOWER}'’-]*)*"
    rf"(?:\^[{_UPPER}][{_UPPER}{_LOWER}'’-]*(?: [{_UPPER}][{_UPPER}{_LOWER}'’-]*)*){{1,4}}\^*(?![\w^])"
)


# HL7 v2 fields that hold a person's name: (segment, field) -> the component the name starts
# at (an XPN, "FAMILY^GIVEN^MIDDLE", at 1; an XCN, "ID^FAMILY^GIVEN", at 2): the patient, the
# mother's maiden name and aliases (PID-5, 6, 9), the next of kin (NK1-2), the attending,
# referring, consulting and admitting doctors (PV1-7, 8, 9, 17), the orderer (ORC-12, OBR-16),
# the insured (IN1-16), the guarantor (GT1-3)
_HL7_NAME_FIELDS = {("PID", 5): 1, ("PID", 6): 1, ("PID", 9): 1, ("NK1", 2): 1, ("PV1", 7): 2, ("PV1", 8): 2,
                    ("PV1", 9): 2, ("PV1", 17): 2, ("ORC", 12): 2, ("OBR", 16): 2, ("IN1", 16): 1, ("GT1", 3): 1}
_HL7_NAME_PART = re.compile(rf"[{_UPPER}{_LOWER}][{_UPPER}{_LOWER}'’ -]*")


def _hl7_person_names(text: str) -> list[Span]:
    """The names in an HL7 v2 message's name fields (`_HL7_NAME_FIELDS`), from the family
    name to the last given name, as one span ("GOLDFARB^RUTH", "PARENTE^SAMUEL" of
    "CRM-MA-67427^PARENTE^SAMUEL"): the field says it is a person's, whatever the words."""
    spans = []
    for (segment, field), first in _HL7_NAME_FIELDS.items():
        if f"{segment}|" not in text:
            continue
        for repetition, components in hl7_components(text, segment, field):
            # the first repetition's family and given names (components `first` to `first` + 2)
            names = [(s, e) for s, e in components[first - 1:first + 2] if _HL7_NAME_PART.fullmatch(text, s, e)]
            if repetition == 0 and names:
                spans.append(Span(names[0][0], names[-1][1], "PERSON", 0.9, "person_gazetteer"))
    return spans


def _dicom_person_names(text: str, gazetteer: Gazetteer) -> list[Span]:
    """DICOM person names (`_DICOM_NAME`) with a name word of the gazetteer among them."""
    spans = []
    for match in _DICOM_NAME.finditer(text):
        words = [fold(w) for w in re.split(r"[\^ ]+", match.group()) if w]
        if any(w in gazetteer.name_words for w in words) and not any(
                w in gazetteer.organisation_words for w in words):
            end = match.end() - (len(match.group()) - len(match.group().rstrip("^")))
            spans.append(Span(match.start(), end, "PERSON", 0.85, "person_gazetteer"))
    return spans


# A chat or transcript line's answer after its speaker ("[01/10/2024 10:36] +55 45 99692-9171: ",
# "ELEITOR: "), maybe a date first and "minha mãe é" before the name: "05/05/2001
# esperanca mascarenhas campos", "27/09/1999, minha mae e juciara perdigao schneider"
_ANSWER_PREFIX = re.compile(
    r"[ \t]*(?:\[[^\]\n]{1,30}\][ \t]*|\(?\d{1,2}:\d{2}(?::\d{2})?\)?[ \t]*(?:-[ \t]*)?)?(?:[^:\n]{1,40}:[ \t]*)?"
    r"(?:\d{1,2}/\d{1,2}/\d{2,4}[ \t]*,?[ \t]*)?(?:(?:a |o )?(?:minha|meu) (?:mae|pai|filh[oa]|nome) e[ \t]+)?")
_LOWER_NAME_ANSWER = re.compile(rf"[{_LOWER}]+(?:[ \t]+[{_LOWER}]+){{0,6}}")
# a question for a person's name on the line before: "informe seu nome completo.", "O nome
# completo do senhor?", "Data de nascimento e nome da mãe, por favor."
_ASKS_A_NAME = re.compile(r"nome(?: completo)?(?: d[oa] (?:senhor|senhora|sua mae|mae|titular|eleitor|eleitora|paciente))?"
                          r"(?=[^\n]*(?:\?|por favor|informe|digite|qual|me (?:passa|diga|informa)))"
                          r"|(?:informe|digite|qual|me passa)[^\n]{0,20}nome"
                          # a transcript's turn that ends asking for it, without punctuation as
                          # transcripts go: "agora os dados do solicitante nome completo", "tarm:
                          # nome do paciente", "o nome completo dele", "e o nome da senhora"
                          r"|nome(?: completo)?(?: d[oa] (?:senhor|senhora|sua mae|mae|pai|titular|paciente|crianca"
                          r"|vitima|solicitante)| dele| dela)?(?: completo)?[ \t]*[?.]?[ \t]*$"
                          # ... or for it and the next thing, a whose name: "seu nome e telefone",
                          # "nome e idade da crianca", "nome da vitima e idade"
                          r"|nome(?: d[ao] [a-z]+)? e (?:a |o )?(?:idade|telefone|cpf|data)[^\n]{0,25}?[ \t]*[?.]?[ \t]*$"
                          # ... or whom the attendant is talking to: "meu nome é marcelo com quem eu falo"
                          r"|com quem (?:eu )?falo[ \t]*[?.]?[ \t]*$")
# a word after which an answer's name is over and the speaker goes on: "belchior dal molin
# mas as vezes aparece escrito errado" (folded)
# (or with the next thing asked for: "solicitante: francilene nasceu 21 01 2017", "limber o
# telefone é …", "cosma pajeu 11 9 8762 5814"; or who the speaker is: "ndalu tshimanga sou a
# companheira dele")
_ANSWER_GOES_ON = re.compile(r"[ \t]+(?:(?:mas|que|porque|pq|so que|acho que|isso|nasceu|nasci|o telefone|telefone|tel|sou"
                             r"|cpf|meu cpf)[ \t]|(?=\d))")


# A lower-case name after its article, then its role in apposition: "vou passar pro petronio
# que e o gerente", "traz aqui que a zelandia, nossa passadeira mais antiga" (folded)
_LOWER_NAME_BEFORE_ITS_ROLE = re.compile(
    r"(?<![\w])(?:o|a|pro|pra|pelo|pela|do|da|com o|com a)[ \t]+(?P<name>[a-z][a-z'-]{2,}(?:[ ]+[a-z][a-z'-]{2,}){0,3})"
    r"(?:,[ \t]+(?:nosso|nossa|meu|minha)|[ \t]+que[ \t]+e[ \t]+(?:o|a|nosso|nossa))[ \t]+(?P<role>[a-z]{4,})(?![\w])")


def _lower_case_names_before_their_role(context: ContextWindow, gazetteer: Gazetteer) -> list[Span]:
    """A name in lower case after its article and before its role in apposition ("pro
    petronio que e o gerente", "a zelandia, nossa passadeira"): the role, an agent noun or
    a person context, says who the words before it are, when the first is a given name or
    shaped like one and no everyday word, and the rest may be a name's."""
    text = context.text
    spans = []
    for match in _LOWER_NAME_BEFORE_ITS_ROLE.finditer(context.folded):
        role, words = match.group("role"), match.group("name").split()
        if not text[match.start("name"):match.end("name")].islower() or not (
                (_AGENT_NOUN.fullmatch(role) and role not in _NOT_AGENT_NOUNS) or role in gazetteer.person_contexts):
            continue
        if _lower_case_name_words(words, gazetteer, everyday_given_name=False):
            spans.append(Span(match.start("name"), match.end("name"), "PERSON", 0.8, "person_gazetteer"))
    return spans


def _lower_case_name_words(words: list[str], gazetteer: Gazetteer, *, everyday_given_name: bool) -> bool:
    """Whether folded lower-case `words` that a role vouches for are a name: the first a
    given name (an everyday one too when `everyday_given_name`) or shaped like one and no
    corpus word, neither a listed non-name nor a person context; the rest words a name may
    hold, the last no particle."""
    first = words[0]
    return ((first in gazetteer.given and (everyday_given_name or first not in gazetteer.everyday_in_lower_case))
            or (is_name_shaped(first) and first not in common_words())) \
        and first not in gazetteer.not_name_words and first not in gazetteer.person_contexts \
        and all(_may_be_a_name_word(w, gazetteer) for w in words[1:]) and words[-1] not in _PARTICLES


# A lower-case name in apposition after its role and the role's subject, between commas: "a
# monitora de química, vitoria, dá aula", "o fiscal do sim, limber, vem sexta" (folded)
_LOWER_NAME_AFTER_ITS_ROLE = re.compile(
    r"(?<![\w])(?:o|a)[ \t]+(?P<role>[a-z]{4,})(?:[ \t]+d[aeo]s?[ \t]+[a-z]{2,})?,[ \t]+"
    r"(?P<name>[a-z][a-z'-]{2,}(?:[ ]+[a-z][a-z'-]{2,}){0,3}),[ \t]")
# roles of that form whose word is no agent noun nor person context
_ROLES_IN_APPOSITION = frozenset({"fiscal", "colega"})


def _lower_case_names_after_their_role(context: ContextWindow, gazetteer: Gazetteer) -> list[Span]:
    """A name in lower case between commas after its article, its role and the role's
    subject ("a monitora de química, vitoria,", "o fiscal do sim, limber,"): the role, an
    agent noun, a person context or one of `_ROLES_IN_APPOSITION`, says who the words
    after it are, when the first is a given name (even an everyday one: the commas set it
    apart) or shaped like one and no corpus word, and the rest may be a name's."""
    text = context.text
    spans = []
    for match in _LOWER_NAME_AFTER_ITS_ROLE.finditer(context.folded):
        role, words = match.group("role"), match.group("name").split()
        if not text[match.start("name"):match.end("name")].islower() or not (
                (_AGENT_NOUN.fullmatch(role) and role not in _NOT_AGENT_NOUNS) or role in gazetteer.person_contexts
                or role in _ROLES_IN_APPOSITION):
            continue
        # (an everyday given name too: the commas set it apart, "a monitora de química, vitoria,")
        if _lower_case_name_words(words, gazetteer, everyday_given_name=True):
            spans.append(Span(match.start("name"), match.end("name"), "PERSON", 0.8, "person_gazetteer"))
    return spans


# An item of a numbered list in lower case, a name before a dash and what it stands for:
# "2. lucas guaraciaba esteves brum — 3 cotas ⏳" (searched in the folded text)
_LOWER_LIST_ITEM = re.compile(
    # (the first item may open a chat's message; a note in brackets may follow the name: "…] Você: 1.
    # nene do repique (chocalho) — pix CPF …", "2. mina (chocalho) — pix pendente")
    # (or a raffle's ticket number and a dash: "238 - davi catole da guerra - 77 99707-0565 - pix")
    r"(?:^|(?<=: ))[ \t]*(?:\d{1,3}[.)]|\d{1,4}[ \t]+[—–-])[ \t]+(?P<name>[a-z][a-z'-]+(?:[ ]+[a-z][a-z'-]+){0,6})"
    r"(?:[ \t]*\([^()\n]{1,30}\))?[ \t]+[—–-][ \t]"
    # ... or unnumbered, a dash and a number after each name, as a notebook keeps a crew's
    # tally: "nanda — seg 8 ter 8 …", "yusmary pirela — 877,14 pix celular …"
    r"|^[ \t]*(?P<unnumbered>[a-z][a-z'-]+(?:[ ]+[a-z][a-z'-]+){0,4})[ \t]+[—–][ \t]+(?=\d|seg[ \t]+\d)", re.MULTILINE)


def _names_in_a_lower_case_list(context: ContextWindow, gazetteer: Gazetteer) -> list[Span]:
    """The names of a numbered list in lower case, a chat's way of keeping a pool's or a
    roster's members: two items or more, each a run of lower-case words before a dash (a
    note in brackets may come between), every one a name word, a particle or no everyday
    word, and most of them name words or shaped like one ("1. antenor pedreira monteiro — 1
    cota ✅", "3. raniere amazonas coelho — 1 cota", "4. esperanca oliveira (caixa) — pix");
    an item of one word, a listed given name ("2. thiago (repique) —")."""
    text = context.text
    items = []
    for match in _LOWER_LIST_ITEM.finditer(context.folded):
        group = "name" if match.group("name") is not None else "unnumbered"
        words = match.group(group).split()
        if not text[match.start(group):match.end(group)].islower() or words[-1] in _PARTICLES:
            continue
        named = [w in gazetteer.name_words or is_name_shaped(w) for w in words if w not in _PARTICLES]
        if len(words) == 1 and (words[0] not in gazetteer.name_words or words[0] in gazetteer.everyday_in_lower_case):
            continue  # one word alone must be a listed name: "2. mina (chocalho) —" may be a thing as well
        if words[0] not in _PARTICLES and sum(named) * 2 >= len(named) and all(
                _may_be_a_name_word(w, gazetteer) for w in words):
            items.append(Span(match.start(group), match.end(group), "PERSON", 0.8, "person_gazetteer"))
    return items if len(items) >= 2 else []


# A nickname in lower case after "conhecido como", as a transcript writes it, the sentence going
# on with whose relative it is or ending: "odete gadelha semedo conhecida como preta minha
# sogra", "conhecido como tucunare e meu primo" (folded text; whatever the word, as "vulgo")
_LOWER_NICKNAME = re.compile(
    r"(?<![\w])conhecid[oa] como[ \t]+(?P<name>[a-z][a-z'-]{2,})"
    r"(?=[ \t]*(?:[,.;)]|\n|$)|[ \t]+(?:e|que|minha|meu|o|a)[ \t])")
_NOT_NICKNAMES = frozenset({"uma", "ele", "ela", "eles", "elas", "seu", "sua", "meu", "minha", "nosso", "nossa",
                            "aquele", "aquela", "isso", "isto", "tal", "sendo", "pessoa", "dono", "dona"})


def _lower_case_nicknames(context: ContextWindow, gazetteer: Gazetteer, found: list[Span]) -> list[Span]:
    """Lower-case nicknames after "conhecido como" (`_LOWER_NICKNAME`), written in lower case,
    when a person stands before: a name found with at most one word between, or a name word
    or a name-shaped word right before ("odete gadelha semedo conhecida como preta"; not "o
    golpe, conhecido como phishing")."""
    text, folded = context.text, context.folded
    spans = []
    for match in _LOWER_NICKNAME.finditer(folded):
        before = folded[max(0, match.start() - 30):match.start()].replace(",", " ").split()
        word = before[-1] if before else ""
        named_before = any(f.end <= match.start() and len(folded[f.end:match.start()].split()) <= 1 for f in found)
        if (match.group("name") not in _NOT_NICKNAMES and text[match.start("name"):match.end("name")].islower()
                and word and (named_before or word in gazetteer.name_words or is_name_shaped(word))
                and word not in gazetteer.not_name_words and word not in gazetteer.organisation_words):
            spans.append(Span(match.start("name"), match.end("name"), "PERSON", 0.8, "person_gazetteer"))
    return spans


# A transcript's turn that greets with a name in lower case (folded text, the speaker's label
# first): the agent's name between the service and the greeting ("atendente: defensoria
# execucao penal joana bom dia", "tarm: samu cento e noventa e dois tereza qual a
# emergencia"), the caller's after it ("cliente: bom dia e sinfronio eu to com …"), or the one
# greeted before the caller says who speaks ("ouvinte: alo bom dia wendell aqui e a hiba")
_TURN_LABEL = r"(?m:^)[ \t]*[a-z][a-z .()-]{0,24}:[ \t]*"
_GREETING_WORDS = r"(?:bom dia|boa tarde|boa noite)"
_LOWER_NAME_IN_A_GREETING = re.compile(
    rf"{_TURN_LABEL}(?:alo[ \t]+)*{_GREETING_WORDS}[ \t,]+(?:e|aqui e|quem fala e)[ \t]+(?:o[ \t]+|a[ \t]+)?"
    r"(?P<caller>[a-z]{3,})(?=[ \t]+(?:eu|aqui|to|tou|estou|falando)(?![\w]))"
    rf"|{_TURN_LABEL}(?:alo[ \t]+)*{_GREETING_WORDS}[ \t,]+(?P<greeted>[a-z]{{3,}})[ \t,]+aqui[ \t]+e(?![\w])"
    rf"|{_TURN_LABEL}(?:[a-z][a-z ]{{0,60}}[ \t])?(?P<agent>[a-z]{{3,}})[ \t]+(?:{_GREETING_WORDS}|qual a (?:sua )?emergencia"
    r"|em que posso (?:te |lhe )?ajudar)(?![\w])")
# words before a greeting that name no one: "alo bom dia", a service's acronym
_NOT_A_GREETER = frozenset({"alo", "ola", "opa", "oie", "entao", "obrigado", "obrigada", "claro", "tchau", "amem",
                            "samu", "sus", "sac", "ura", "central", "ouvidoria", "suporte"})
# the agent's name said after the greeting: the word before it is the service's
_NAMED_LATER_IN_THE_TURN = re.compile(
    r"[^\n]{0,20}?(?:aqui e|meu nome e|quem fala e|falo com|sou o|sou a|[a-z]+[ \t]+falando)(?![\w])")


# a line that opens with one capitalised word and a comma, then a lower-case word: a note or a
# reply addressed to someone ("Dagoberto, recebido.", "Resposta: Olegário, ajustado.")
_VOCATIVE_OPENING = re.compile(
    rf"(?m)^(?:[ \t]*(?:resposta|obs|nota|re)[ \t]*:)?[ \t]*(?P<name>[{_UPPER}][{_LOWER}]+(?:-[{_LOWER}]+)?),[ \t]+[{_LOWER}]")
_NOT_ADDRESSED = frozenset({"valeu", "ali", "moca", "moco", "galera", "gente", "filho", "filha"})  # (folded)


def _names_opening_a_line(context: ContextWindow, gazetteer: Gazetteer) -> list[Span]:
    """A given name (or a word clearly shaped like one, no everyday word, place or firm) that
    opens a line before a comma and a lower-case word: whom a note or a reply is addressed to
    ("— resposta da contabilidade —⏎Dagoberto, recebido.", "Sung-min, ligar hoje para os 3
    recusados"). Not "Prezados, segue", "Curitiba, capital do Paraná", "Valeu, até"."""
    spans = []
    for match in _VOCATIVE_OPENING.finditer(context.text):
        word = context.folded[match.start("name"):match.end("name")]
        if word in common_words() or word in gazetteer.not_name_words or word in gazetteer.places \
                or word in gazetteer.organisation_words or word in gazetteer.companies \
                or word in gazetteer.person_contexts or word in _NOT_ADDRESSED:
            continue
        if (word in gazetteer.given and word not in gazetteer.ambiguous) or name_shape(word) >= 2.0:
            spans.append(Span(match.start("name"), match.end("name"), "PERSON", 0.8, "person_gazetteer"))
    return spans


def _lower_case_names_in_greetings(context: ContextWindow, gazetteer: Gazetteer) -> list[Span]:
    """One lower-case given name in a transcript turn's greeting (`_LOWER_NAME_IN_A_GREETING`):
    a listed given name that is no everyday word in lower case, or a name-shaped word that is
    no corpus word ("sinfronio"); no listed non-name, no person context."""
    text = context.text
    spans = []
    for match in _LOWER_NAME_IN_A_GREETING.finditer(context.folded):
        group = next(g for g in ("agent", "caller", "greeted") if match.group(g) is not None)
        word = match.group(group)
        if group == "agent" and (
                word in _NOT_A_GREETER or context.folded[:match.start(group)].endswith(("do ", "da ", "de ", "dos ", "das "))
                or (word in gazetteer.name_words and word not in gazetteer.given)
                or _NAMED_LATER_IN_THE_TURN.match(context.folded, match.end())):
            # a firm's or a place's last word: "banco do brasil boa tarde", "parque bento amado
            # boa noite aqui é gustavo", "central vitoria boa noite rosmery falando" (the agent
            # says the name after), "samu qual a emergencia"
            continue
        listed = word in gazetteer.given and word not in gazetteer.everyday_in_lower_case
        if (listed or (is_name_shaped(word) and word not in common_words())) \
                and word not in gazetteer.not_name_words and word not in gazetteer.person_contexts \
                and text[match.start(group):match.end(group)].islower():
            spans.append(Span(match.start(group), match.end(group), "PERSON", 0.8, "person_gazetteer"))
    return spans


def _names_answering_a_name_question(text: str, context: ContextWindow, gazetteer: Gazetteer) -> list[Span]:
    """Lower-case names that are a chat line's whole answer to a question for a name on the
    line before ("TRE-MG: … informe seu nome completo.⏎[…] +55 45 99692-9171: gloria
    perdigao campos"): two to seven words, each a name word of the gazetteer or a
    name-shaped word that is no corpus word, particles between."""
    folded = context.folded
    spans = []
    line_start = text.find("\n") + 1
    previous_start = 0
    while 0 < line_start < len(text):
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        if _ASKS_A_NAME.search(folded, previous_start, line_start - 1):
            prefix = _ANSWER_PREFIX.match(folded, line_start, line_end)
            start = prefix.end() if prefix else line_start
            answer = _LOWER_NAME_ANSWER.match(text, start, line_end)
            end = answer.end() if answer is not None else start
            if answer is not None:
                # (the answer may go on with the next thing asked, even to the line's end:
                # "limber o telefone é quatro oito nove")
                goes_on = _ANSWER_GOES_ON.search(folded, start, line_end)
                if goes_on is not None and goes_on.start() <= end:
                    end = goes_on.start()
                elif text[end:line_end].strip(" \t.,;!"):
                    end = -1
            if answer is not None and end > start:
                words = [w for w in folded[start:end].split() if w not in _PARTICLES and w != "e"]
                known = [w in gazetteer.name_words or (is_name_shaped(w) and w not in common_words()) for w in words]
                # (one word neither, no corpus word either: a rare surname, "perdigao"; of a
                # name of two words, either: "yusbelis pernia", "eudoxia quispe"; one word
                # alone when the answer goes on with the next thing asked: "limber o telefone é")
                alone = len(words) == 1 and known[0] and bool(text[end:line_end].strip(" \t.,;!")) \
                    and words[0] not in common_words() and words[0] not in gazetteer.not_name_words \
                    and words[0] not in gazetteer.everyday_in_lower_case
                # ... or the whole answer, one given name or a word clearly shaped like one
                # ("munícipe: ozelita", "b: nkosi"; not "cliente: sim")
                whole = len(words) == 1 and not text[end:line_end].strip(" \t.,;!") and (
                    words[0] in gazetteer.given or name_shape(words[0]) >= _STRONGLY_NAME_SHAPED) \
                    and words[0] not in common_words() and words[0] not in gazetteer.not_name_words \
                    and words[0] not in gazetteer.everyday_in_lower_case
                if (alone or whole or len(words) >= 2 and (sum(known) >= max(2, len(words) - 1) or len(words) == 2 and any(known))) \
                        and not any(
                        w in common_words() or w in gazetteer.not_name_words
                        for w, ok in zip(words, known) if not ok):
                    spans.append(Span(start, end, "PERSON", 0.8, "person_gazetteer"))
        previous_start = line_start
        line_start = line_end + 1
    return spans


# A chat's mention of a contact by name: "@Tadashi o pessoal do IPSC…" (not an e-mail, not
# a lower-case social handle)
# (a full stop may end the sentence after it: "falta documento de: @joao, @edwin. manda foto")
_MENTION = re.compile(rf"(?<![\w.@])@(?P<name>[{_UPPER}][{_LOWER}]+(?: [{_UPPER}][{_LOWER}]+)?)(?![\w@-]|\.\w)")
# ... and in lower case, as Slack and WhatsApp write a member's: "@shoshana reservado",
# "@min-ji é da minha colega" (not a handle glued to more: "@joao_silva", "@loja.oficial")
# a chat's mentions of everyone, no one's name ("@channel reunião às 10h")
_BROADCAST_MENTIONS = frozenset({"channel", "here", "everyone", "all", "todos", "todas", "canal", "geral", "time"})
_LOWER_CASE_MENTION = re.compile(rf"(?<![\w.@])@(?P<name>[a-z][{_LOWER}]+(?:-[a-z]+)?)(?![\w@-]|\.\w)")


def _mentions(text: str, gazetteer: Gazetteer) -> list[Span]:
    """Capitalised mentions whose first word is a name word or a name-shaped word that is
    no corpus word; lower-case ones that are a given name of the gazetteer, no everyday
    word, or two short syllables joined by a hyphen ("min-ji"): a member called by the first
    name, not a social profile's handle ("@eduardajatoba", "@euwei"). In a chat export's
    message any lower-case mention but a broadcast one names a member, as the phone saved
    the contact, with the words of that name after it (`_chat_mention_end`): "@mundico da
    harmonia achei tua sandália", "falta @dourado e @zé do trap"."""
    spans = []
    for match in _LOWER_CASE_MENTION.finditer(text):
        word = fold(match.group("name"))
        parts = word.split("-")
        if word in _BROADCAST_MENTIONS or word in gazetteer.organisation_words:
            continue
        if _in_a_chat_message(text, match.start()) and not _HANDLE_WORDS_BEFORE.search(
                fold(text[max(0, match.start() - 30):match.start()])):
            spans.append(Span(match.start("name"), _chat_mention_end(text, match.end("name"), gazetteer),
                              "PERSON", 0.8, "person_gazetteer"))
        elif ((word in gazetteer.given and word not in gazetteer.everyday_in_lower_case)
                or (len(parts) == 2 and all(2 <= len(p) <= 4 for p in parts))) \
                and word not in common_words() and word not in gazetteer.not_name_words:
            spans.append(Span(*match.span("name"), "PERSON", 0.8, "person_gazetteer"))
    for match in _MENTION.finditer(text):
        words = [fold(w) for w in match.group("name").split()]
        # (in a chat export's message, any capitalised mention: "falta documento de: @Bode Velho, @Ceará")
        if (words[0] in gazetteer.name_words or (is_name_shaped(words[0]) and words[0] not in common_words())
                or (words[0] not in _BROADCAST_MENTIONS and _in_a_chat_message(text, match.start()))) \
                and not any(w in gazetteer.organisation_words or w in gazetteer.not_name_words for w in words):
            end = match.start("name") + len(match.group("name").split()[0]) if len(words) > 1 and not (
                words[1] in gazetteer.name_words or _in_a_chat_message(text, match.start())) else match.end("name")
            spans.append(Span(match.start("name"), end, "PERSON", 0.8, "person_gazetteer"))
    return spans


# words before a profile's handle, not a member's mention: "segue no insta @lojadoze"
_HANDLE_WORDS_BEFORE = re.compile(r"(?:insta|instagram|perfil|redes|rede social|segue|seguir|siga|pagina|tiktok|twitter"
                                  r"|canal|arroba|youtube|facebook|face)[ \t:]*(?:e|no|na|do|da)?[ \t]*$")
# a chat's shorthand, which no corpus of prose lists: "@thallysson vc leva?", "@ana tbm"
_CHAT_SHORTHAND = frozenset({"vc", "vcs", "ce", "tb", "tbm", "pq", "q", "ta", "to", "tá", "tô", "ja", "hj", "amn",
                             "pfv", "pfvr", "obg", "vlw", "blz", "msm", "mt", "mto", "td", "tds", "nd", "kd", "cade",
                             "ai", "aí", "ae", "eh", "ne", "né", "pra", "pro", "p", "c", "kk", "kkk", "kkkk", "rs",
                             "rsrs", "ok", "oi", "ola", "bora", "vamo", "vamos", "sim", "nao", "não"})
_NEXT_LOWER_WORD = re.compile(rf"[ ](?P<word>[{_LOWER}]+(?:['’-][{_LOWER}]+)?)(?![\w@.])")


def _in_a_chat_message(text: str, position: int) -> bool:
    """Whether `position` lies in a chat export's message: its line opens with a date, a
    time and a sender ("[07/07/2025, 16:01:27] Tchuco: ", "03/08/2025 17:20 - +55 37 …: ")."""
    line_start = text.rfind("\n", 0, position) + 1
    sender = _CHAT_SENDER_LINE.match(text, line_start)
    return sender is not None and sender.end() <= position


def _chat_mention_end(text: str, end: int, gazetteer: Gazetteer) -> int:
    """Where a lower-case member's mention ending at `end` (its first word) really ends: over
    a particle and the word after it ("@mundico da harmonia", "@zé do trap") and over words
    a name may hold that are no everyday words ("@jose carlos", "@ataliba perdigueiro"), up to
    the message's own words ("@marcos achei", "@thallysson vc leva")."""
    while (word := _NEXT_LOWER_WORD.match(text, end)) is not None:
        folded = fold(word.group("word"))
        if folded in _PARTICLES:
            after = _NEXT_LOWER_WORD.match(text, word.end())
            if after is None or fold(after.group("word")) in _PARTICLES:
                break
            end = after.end()
            continue
        if folded in _CHAT_SHORTHAND or folded in common_words() or folded in gazetteer.not_name_words \
                or folded in gazetteer.everyday_in_lower_case or not (folded in gazetteer.name_words or is_name_shaped(folded)):
            break
        end = word.end()
    return end


_KIN = (r"filh[oa]|espos[oa]|marido|mae|pai|irm[aã]o?|irma|net[oa]|sobrinh[oa]|genro|nora|sogr[oa]"
        r"|cunhad[oa]|tia|tio|primo|prima|avo|companheir[oa]")
# Who a single name is, right after it: a relative in brackets, or a bus crew's post
# ("Dejanira (mot.)", "Regina (cond.)", "Iara (cobr.)")
_RELATION_IN_BRACKETS = re.compile(
    rf"[ \t]*\((?:{_KIN}|mot\.|motorista|cobr\.|cobrador[a]?|cond\.|condutor[a]?"
    # a tradesman's trade: "Autorizados a comprar na conta: Ever (pedreiro) e …"
    r"|pedreir[oa]|servente|eletricista|encanador[a]?|pintor[a]?|ajudante|gesseir[oa]|azulejista"
    r"|marceneir[oa]|carpinteir[oa]|serralheir[oa]|mestre de obras)\)"
    # ... or a document of the person's: "Motorista da semana: Yosmer (CNH 42717004512)",
    # "Substituto em caso de falta: Tuca, CNH 06287970709"
    r"|[ \t]*(?:\(|,[ \t]*)(?:cpf|cnh|rg)[ \t:.]*(?:n[o.º°][ \t]*)?\d")
# ... or its login in brackets, made from its initial: "Caixa 2: Ettore (etomasoni28)"
_LOGIN_IN_BRACKETS = re.compile(r"[ \t]*\(([a-z][a-z._]{3,30}\d{0,4})\)")


def _with_its_login(text: str, end: int, folded_name: str) -> bool:
    """Whether a login that starts with the name's initial follows the name in brackets."""
    login = _LOGIN_IN_BRACKETS.match(text, end)
    if login is None or not folded_name or login.group(1)[0] != folded_name[0]:
        return False
    # (a word of the corpus or a role in brackets is no login: "Aurora (assistente)")
    word = login.group(1).rstrip("0123456789")
    gazetteer = load_gazetteer()
    return word not in common_words() and word not in gazetteer.person_contexts and word not in gazetteer.not_name_words


# ... or after a dash, as a list of contacts writes it (a neighbour, a godchild too): "1.
# Honorina — neta — 5396…", "3. Halina — vizinha (tem a chave) — …"
_KINSHIP_AFTER_DASH = re.compile(rf"[ \t]*[–—-][ \t]*(?:{_KIN}|vizinh[oa]|afilhad[oa]|entead[oa])(?![\w])")
# a number right after an abbreviation's dot: "Mat. 1025323"
_NUMBER_AFTER_ABBREVIATION = re.compile(r"\.?[ \t]*(?:n[º°o]\.?[ \t]*)?\d")
# a person's age after the name: "informa que Prudente, 17 anos, usou o cartão"
_AGE_AFTER = re.compile(r"[ \t]*,[ \t]*\d{1,3}[ \t]+anos(?![\w])")
# a birth date in brackets after one word: "reside no imóvel com Cristal (nascida em
# 21/06/2013)"; only a person is born on a date, so an everyday word there is a name too
_BORN_IN_BRACKETS = re.compile(r"[ \t]*\([ \t]*nascid[oa]s?[ \t]+(?:em|no dia|a)[ \t]+\d")
# ... or between commas, as whose relative they are: "na ficha tá a Assunta, mãe, 21 9899…",
# "qualquer coisa é comigo kiesse, a esposa" (folded text); the relative's word ends its
# clause ("natural de Santarém, filho de …" qualifies someone else)
_KINSHIP_AFTER_COMMA = re.compile(rf"[ \t]*,[ \t]*(?:(?:a|o|minha|meu|sua|seu)[ \t]+)?(?:{_KIN})(?=[ \t]*(?:[,.;:)\n]|$))")

# the lower-case words before it, one to three (or before their nickname in brackets: "o
# lote do lado é do amado (conhecido como Careca)")
_LOWER_WORDS_BEFORE_KIN = re.compile(
    rf"(?<![\w@.])(?P<name>[a-z][a-z'-]+(?:[ ]+[a-z][a-z'-]+){{0,2}})(?=[ \t]*,[ \t]*(?:(?:a|o|minha|meu|sua|seu)[ \t]+)?"
    rf"(?:{_KIN})(?=[ \t]*(?:[,.;:)\n]|$))|[ \t]*\((?:conhecid[oa]s?|vulgo|apelid[oa])(?![\w]))")


def _lower_case_names_before_their_kinship(context: ContextWindow, gazetteer: Gazetteer) -> list[Span]:
    """A lower-case name before whose relative it is, between commas, or before its nickname
    announced in brackets (`_LOWER_WORDS_BEFORE_KIN`):
    the last words before the comma that a name may hold, no everyday word among them, the
    first a given name, shaped like one or of four letters or more ("é comigo kiesse, a
    esposa": "kiesse"; not "o tio, a mãe")."""
    text, folded = context.text, context.folded
    spans = []
    for match in _LOWER_WORDS_BEFORE_KIN.finditer(folded):
        if not text[match.start():match.end()].islower():
            continue
        words = match.group("name").split()
        # the longest run of words at the end that a name may hold
        keep = len(words)
        for i in range(len(words) - 1, -1, -1):
            w = words[i]
            if w in _CHAT_SHORTHAND or w in _FUNCTION_WORDS or w in _MONTHS or _KIN_VERB_ENDING.search(w) \
                    or w in gazetteer.organisation_words \
                    or (w in common_words() and w not in gazetteer.name_words) \
                    or w in gazetteer.not_name_words or (w not in gazetteer.name_words and w not in _PARTICLES
                                                         and not is_name_shaped(w) and len(w) < 4):
                break
            keep = i
        name = words[keep:]
        while name and name[0] in _PARTICLES:
            name = name[1:]
        # (a nickname announced after it vouches for an everyday given name: "do amado (conhecido como Careca)")
        nickname_after = folded[match.end():match.end() + 3].lstrip().startswith("(")
        if not name or name[-1] in _PARTICLES or (
                name[0] not in gazetteer.given and not is_name_shaped(name[0]) and len(name[0]) < 4) \
                or (name[0] in gazetteer.everyday_in_lower_case and not nickname_after):
            continue
        start = match.end() - len(" ".join(name))
        spans.append(Span(start, match.end(), "PERSON", 0.8, "person_gazetteer"))
    return spans



# the team after a reply's signature: "— Eun-hye, Time de Relacionamento LevaAí"
# (or in brackets: "Resposta de Sereno (Equipe Escuta+ Telepsicologia)")
_TEAM_AFTER = re.compile(r"[ \t]*(?:,[ \t]*(?:time|equipe)[ \t]+d[aeo][ \t]|\([ \t]*(?:time|equipe)[ \t]+[^\W\d])")
# a signature's job title on the line under one name word alone on its line: "Amado\nGerente
# de Afiliados — GolDePlaca", "Aurora\nAnalista de Gente & Gestão"
_JOB_TITLE_LINE_AFTER = re.compile(
    r"[ \t]*\n[ \t]*(?:gerente|analista|coordenador|coordenadora|assistente|supervisor|supervisora"
    r"|diretor|diretora|consultor|consultora|atendente|especialista|auxiliar|encarregado|encarregada"
    r"|psicolog[oa]|advogad[oa]|secretari[oa]|enfermeir[oa]|tecnic[oa]|executiv[oa])(?![\w])")
# a professional's register after one name word and a dash: "Enfermagem: Anaílde — COREN-SC
# 149841" (the word after the dash a council's acronym, `_is_council_word`)
_COUNCIL_AFTER_DASH = re.compile(
    # (or in brackets: "Obs. de Wuilmer (CREF 033011-P/RS): planilhas")
    r"[ \t]*(?:[–—-]|\()[ \t]*(?P<council>[a-z]+)[ \t]*[-/]?[ \t]*(?:[a-z]{2}(?![a-z])[ \t]*(?:n[o.º°][ \t]*)?)?\d")
# a profession's word before the register is no name: "Fonoaudióloga – CRFa 7-46499",
# "Nutricionista — CRN-3 …", "Fisioterapeuta — CREFITO …", "Pediatra — CRM …"
_PROFESSION_ENDING = re.compile(r"(?:log[oa]|ista|eir[oa]|ic[oa]|peuta|atra|tor|tora|ente)$")
_ACRONYM_SENDER = re.compile(r"[A-Z]{2,6}(?:-[A-Z]{2})?")
# a state body's acronym with its state, as a sender's first word: "TRE-PB Eleitor"
_STATE_BODY = re.compile(r"[A-Z]{2,8}-[A-Z]{2}[ \t]")
# Kinds of pets and their breeds: a name right after the kind ("o cachorro Chico", "pro
# meu gato Max") or right before the breed ("14:02 Luna Pug Tosa", "Tião Poodle") is a pet's
_ANIMAL_BEFORE = re.compile(
    r"(?<![\w])(?:cachorr[oa]|cachorrinh[oa]|cao|cadela|gat[oa]|gatinh[oa]|filhote|pets?|animal|cavalo|egua"
    r"|calopsita|papagaio|coelh[oa]|hamster|pug|poodle|vira-lata"
    # a veterinary record's species before the name ("tutora do canino Chico", "felino Osvaldo")
    r"|canin[oa]|felin[oa]"
    # a farm's animals ("as vacas Flor e Estrela", "bezerras Rosa e Estrela"; not "Bezerra",
    # a surname)
    r"|vacas?|bezerr[oa]s|novilh[oa]s?|touro|bois?|cabras?|ovelhas?)"
    # (a form's label and its leader: "Pet ........ Julieta", "ANIMAL: Dona Florinda", "Pets: Ozzy")
    # (or a box's cell: "| Nome do animal | Bento |")
    r"(?:[ \t]*\.{2,}|[ \t]*:|[ \t]*\|)?[ \t]+(?:(?:chamad[oa]s?|de nome)[ \t]+)?(?:(?:dona|seu)[ \t]+)?$"
    # a breed after the species ("Ozzy (canino, Maltês", "canino / vira-lata caramelo"), the
    # animal's name later in its description ("canino domiciliado, nome Bidu")
    r"|(?<![\w])(?:canin[oa]|felin[oa])(?:[ \t]*[,/][ \t]*|[^\n]{0,40}?[ \t]nome:?[ \t]+)$")
_BREED_AFTER = re.compile(
    r"[ \t]+(?:poodle|pinscher|beagle|pug|dachshund|yorkshire|shih-?tzu|lhasa|bulldog|golden|labrador|border"
    r"|spitz|siames|persa|sphynx|srd|vira-lata|maltes|husky|rottweiler|pit ?bull|american|chihuahua|schnauzer"
    r"|british|maine|angora|boxer|dalmata|pastor alemao|akita|chow|bichon|basset|cocker|sheepdog|weimaraner)(?![\w])")


# Words of a column's header that say its cells are firms, places or trades, not persons:
# "EMPRESA" in a list of people on board, "funcao" in a roster, "Municipio" in a register
_NOT_A_PERSON_COLUMN_WORDS = frozenset({
    # (not "fornecedor", "contratada", "empregador", "razao social": a fisher selling his
    # catch, a domestic worker's employer, a sole trader are persons)
    "empresa", "fantasia", "cidade", "municipio", "bairro", "unidade", "local", "funcao",
    "cargo", "ocupacao", "profissao", "banco", "loja", "setor", "departamento", "hospital", "clinica",
    "escola", "curso", "produto",
    # a crew list's: a seafarer's rank, nationality and shore-leave status ("SHORE LEAVE")
    "status", "situacao", "rank", "nacionalidade", "nationality",
    # a veterinary clinic's: the animal, its species and breed ("animal;especie;sexo")
    "animal", "animais", "pet", "pets", "especie", "raca",
    # a grower's locality and crop ("Linha Pinheiral" under "LOCALIDADE", "Virgínia" under "VARIEDADE")
    "localidade", "variedade",
    # an indigenous patient's people and village ("Munduruku" under "ETNIA", "Canoanã" under "ALDEIA")
    "povo", "etnia", "aldeia",
})


def in_a_not_person_column(context: ContextWindow, start: int) -> bool:
    """Whether `start` opens a table cell whose column holds firms, places or trades (its
    header, `_NOT_A_PERSON_COLUMN_WORDS`, names no person as well): "Caldas" under
    "empresa" is a contractor, "Enfermeiro do Trabal" under "FUNÇÃO" a trade. (Asked by
    the rules, the tagger and recurrence alike: worked out once per position.)"""
    key = ("in_a_not_person_column", start)
    if key not in context.memo:
        context.memo[key] = _in_a_not_person_column(context, start)
    return context.memo[key]  # type: ignore[return-value]


def _in_a_not_person_column(context: ContextWindow, start: int) -> bool:
    text = context.text
    if '":' in text or '" :' in text:
        # inside a JSON value under a key that names something else: '"plano": "Unimed
        # Vale Rosa"', '"restaurant": "Bistrô Celeste"'
        value = _JSON_VALUE_BEFORE.search(text, max(0, start - 120), start)
        if value is not None:
            words = set(key_words(value.group("key")).split())
            if not words & _NOT_A_PERSON_KEYS or words & (_NAME_KEYS | _NAME_KEY_WORDS):
                return False
            if words <= _PERSON_OR_FIRM_KEYS:
                # a supplier is a firm or a person (a fisher selling his catch): a firm's
                # value says so, '"fornecedor": "Pescados Arrais Ltda."'; a person's does not
                opening = text.rfind('"', value.start(), start + 1)
                closing = text.find('"', start)
                return _firm_value(text[opening + 1 : closing if closing != -1 else len(text)])
            return True
    header = _column_header_at(context, start)
    return header is not None and _not_a_person_header(header)


_NEXT_ITEM_BEFORE = re.compile(r"[ \t]*(?:\+|&|/|,)[ \t]*$")


def _column_header_at(context: ContextWindow, start: int) -> str | None:
    """The header (folded words) of the table column whose cell `start` opens, or whose
    list of items it opens one of ("Clemente" of "Cacau + Clemente" under "pets"; not a
    name inside a cell's sentence, "retirado em 31/08 por Luzolo Paz" under "status"): a
    delimited table's, or a blank-aligned one's; None outside a table."""
    text = context.text
    if ";" in text or "\t" in text or "|" in text or "," in text:
        cell = next((c for c in table_cells(context) if c.start <= start < c.end), None)
        if cell is not None and (not text[cell.start:start].strip() or _NEXT_ITEM_BEFORE.search(
                text, cell.start, start) and len(text[cell.start:start].split()) <= 3):
            return cell.header
    if "  " in text:
        # the cell the position is in, from its start: "Trabal" of "Enfermeiro do Trabal"
        line_start = text.rfind("\n", 0, start) + 1
        gap = text.rfind("  ", line_start, start)
        cell_start = line_start if gap < 0 else gap + 2
        while cell_start < start and text[cell_start] in " \t":
            cell_start += 1
        return aligned_header_at(context, cell_start)
    return None


# Keys of a value that is a firm or a person: a person's name there is a person
_PERSON_OR_FIRM_KEYS = frozenset({"fornecedor", "supplier"})


def _firm_value(value: str) -> bool:
    """Whether a cell's whole `value` names a firm: a legal form, an organisation's word,
    "&", or a digit ("Pescados Arrais & Filhos Ltda.", "Gelo Norte 2")."""
    words = fold(value).replace(".", " ").split()
    gazetteer = load_gazetteer()
    return "&" in value or any(c.isdigit() for c in value) or any(
        w in _LEGAL_FORM_WORDS or w in gazetteer.organisation_words for w in words)


_JSON_VALUE_BEFORE = re.compile(r'"(?P<key>[^"\n:]{1,40})"[ \t]*:[ \t]*"[^"\n]*$')


def before_a_not_person_column(context: ContextWindow, span: Span) -> Span | None:
    """`span` without the cells of firms', places' or trades' columns it ran into across a
    two-blank gap ("MICHELE MACHADO DE RODRIGUES  SAMPAIO" over "NOME … EMPRESA"); when it
    starts in one (`in_a_not_person_column`), what follows that cell across such a gap in a
    column of persons ("Bosun  Guoqiang Huang" over "RANK  NAME"), or None."""
    text = context.text
    if in_a_not_person_column(context, span.start):
        gap = text.find("  ", span.start, span.end)
        rest = gap
        while 0 <= rest < span.end and text[rest] == " ":
            rest += 1
        header = _column_header_at(context, rest) if 0 <= rest < span.end else None
        if header is None or not _person_column(header):
            return None
        return before_a_not_person_column(context, Span(rest, span.end, span.label, span.score, span.detector))
    gap = text.find("  ", span.start, span.end)
    while gap >= 0:
        next_cell = gap
        while next_cell < span.end and text[next_cell] == " ":
            next_cell += 1
        if next_cell < span.end and in_a_not_person_column(context, next_cell):
            return Span(span.start, gap, span.label, span.score, span.detector)
        gap = text.find("  ", next_cell, span.end)
    return span


def _not_a_person_header(header: str) -> bool:
    # (every part of a column of two things: "VISITADO/SETOR" holds the person visited)
    return all(bool(set(re.split(r"[^a-z]+", part)) & _NOT_A_PERSON_COLUMN_WORDS) and not _person_column(part)
               for part in header.split("/"))


# A pet's species right after its name, in brackets or in the next cell: "Ozzy (canino, Pit
# bull, macho)", "| Julieta   | felino  | SRD |", "Mel — canino, SRD, fêmea"
_SPECIES_AFTER = re.compile(r"[ \t]*(?:\(|[|;,][ \t]*|[—–-][ \t]+)(?:canin[oa]|felin[oa])(?![\w])")


def is_an_animal(text: str, start: int, end: int) -> bool:
    """True when the name at text[start:end] is a pet's (`_ANIMAL_BEFORE`, `_BREED_AFTER`,
    `_SPECIES_AFTER`)."""
    window = fold(text[max(0, start - 45):start])
    after = fold(text[end:end + 25])
    animal = _ANIMAL_BEFORE.search(window)
    if animal is not None and (":" in animal.group() or "|" in animal.group()) \
            and not _ANIMAL_LABEL_OPENING.search(window, 0, animal.start()):
        # a label of the animal's own opens its line ("ANIMAL: Dona Florinda", "Nome do animal:
        # Bob"), not the owner's or a sentence's ("Tutor do animal: Genival Seck", "Autorizado a
        # buscar o animal: Cecília Tanaka")
        animal = None
    return bool(animal or _BREED_AFTER.match(after) or _SPECIES_AFTER.match(after))


_ANIMAL_LABEL_OPENING = re.compile(r"(?:^|\n)[ \t]*(?:[-•*|][ \t]*)?(?:nome[ \t]+d[oa][ \t]+)?$")


# A boat named after the kind of vessel: "Embarcação: Dona Flor", "a bordo da embarcação Rosa
# Branca", "lancha Tio Amado III" (not "a canoa do Mundico": the owner)
_VESSEL_BEFORE = re.compile(
    # (the river's passenger boats too: "B/M Dona Zulmira III", "N/M Estrela Dalva", "Ajato
    # Rosa de Saron", "F/B Bentinho")
    r"(?<![\w])(?:embarcac(?:ao|oes)|barco|lancha|navio|rebocador|balsa|b/p|n/m|b/m|f/b|ajato|empurrador)"
    r"[ \t]*(?:n[o.][ \t]*)?:?[ \t]*"
    r"(?:(?:dona|seu|tio|tia|menino|menina|mestre|nossa senhora|n\.[ \t]?sra\.|sao|santa|santo)[ \t]+)?$")
# a fishers' colony, numbered Z-n, and the name it goes by, often a person's or a place's:
# "Colônia de Pescadores Z-7 Mestre Zózimo Arrais", "Colônia Z-2 Mangue Celeste"
_COLONY_BEFORE = re.compile(
    r"(?<![\w])colonia(?: de pescador(?:es|as)(?: [a-z]+)?)?[ \t]+z[ \t]*-?[ \t]*\d{1,3}[ \t]*[-–—]?[ \t]*"
    r"(?:(?:dona|seu|mestre|pescador|pescadora|sao|santa|santo|nossa senhora|ministro|presidente|governador|senador"
    r"|deputado|prefeito|doutor|dr\.?|coronel|capitao|comandante|padre|frei|professor)[ \t]+)?$")


# a merchant ship's prefix, in capitals without dots: "MV Serena Bay", "M/V Glória Oceanic"
# (a veterinarian is "M.V. Rosilda …")
_SHIP_PREFIX_BEFORE = re.compile(r"(?<![\w/.])(?:MV|M/V|MT|M/T)[ \t]+$")


def is_a_vessel(text: str, start: int) -> bool:
    """True when the name starting at `start` is a boat's (`_VESSEL_BEFORE`,
    `_SHIP_PREFIX_BEFORE`) or, named as boats are, a fishers' colony's (`_COLONY_BEFORE`)."""
    before = fold(text[max(0, start - 50):start])
    return bool(_VESSEL_BEFORE.search(before[-30:]) or _SHIP_PREFIX_BEFORE.search(text, max(0, start - 8), start)
                or ("z" in before and _COLONY_BEFORE.search(before)))


# A party's qualification names the occupation after the civil status: "EDIVALDO CAVALCANTE
# REGIS, BRASILEIRO, SOLTEIRO, OPERADOR DE PORTEINER, TRABALHADOR PORTUARIO AVULSO, …"
_CIVIL_STATUS_BEFORE = re.compile(
    r"(?<![\w])(?<!nome de )(?:solteir[oa]|casad[oa]|divorciad[oa]|viuv[oa]|separad[oa](?: judicialmente)?"
    # (a first occupation may come before: "…, SOLTEIRO, MOTORISTA DE REACH STACKER, TRABALHADOR …")
    r"|em uniao estavel|convivente)(?:\(a\))?,(?:[ \t]*[a-z][a-z /-]{2,40},)?[ \t]*$")


def is_a_nationality(text: str, start: int, end: int) -> bool:
    """True when text[start:end] is one nationality with a comma after it, as a
    qualification lists it (`_NATIONALITY_IN_A_QUALIFICATION`)."""
    return bool(_NATIONALITY_IN_A_QUALIFICATION.fullmatch(fold(text[start:end + 2])))


def is_an_occupation(text: str, start: int) -> bool:
    """True when the words starting at `start` follow a qualification's civil status
    (`_CIVIL_STATUS_BEFORE`): they are the party's occupation."""
    return bool(_CIVIL_STATUS_BEFORE.search(fold(text[max(0, start - 80):start])))


_INNER_WORD = re.compile(r"(?<= )[^\W\d_]")


# a column of contacts may hold a person, a phone or the contact's outcome ("AVISADO", "PENDENTE"):
# a name word of the gazetteer, or a capitalised word of no corpus ("Eudes"), must vouch for its cell
# (an ecoponto's "operador" holds its staff's names, or their logins elsewhere: "mamaniw")
_CONTACT_HEADERS = frozenset({"contato", "contact", "operador"})


def _has_a_name_word(context: ContextWindow, start: int, end: int, gazetteer: Gazetteer) -> bool:
    return any(fold(w) in gazetteer.name_words or (
        w[0].isupper() and not w.isupper() and fold(w) not in common_words())
        for w in context.text[start:end].replace(",", " ").split())


def _names_its_values(header: str) -> bool:
    """Whether a column's header (folded words) says its values are names ("nome",
    "first name", "nm cliente"), not a role whose column may hold logins or, for "técnica",
    an artwork's technique."""
    return bool({context_phrase([w]) for w in header.replace(",", " ").split()} & _NAME_KEY_WORDS)


_KIN_CELL_WORDS = frozenset({"filho", "filha", "mae", "pai", "suposto", "suposta", "conjuge", "esposa", "esposo",
                             "titular", "dependente", "irmao", "irma", "avo", "neto", "neta"})


def _no_name_by_its_look(context: ContextWindow, start: int, end: int, gazetteer: Gazetteer) -> bool:
    """Whether a role column's cell text[start:end] is no name by its look: a yes-or-no flag
    ("N" under "internado"), or no capitalised word (an acronym aside) nor name word of the
    gazetteer and one word shaped like a login or not clearly like a name, or only words of
    the corpus or shaped unlike a name: "lrosa", "gpavan" under "atendente", "aquarela",
    "fotografia PB" under "Técnica" (not "francinete" under "contato", "ngueve cassoma"
    under "doador", "justina choque" under "favorecido", "X" under "Paciente")."""
    words = context.text[start:end].replace(",", " ").split()
    if words in (["S"], ["N"]) or all(fold(w) in _KIN_CELL_WORDS for w in words):
        return True  # a yes-or-no flag under "internado", a kinship under "Participante" ("Suposto pai", "Filho")
    if any(fold(w) in gazetteer.name_words for w in words):
        return False
    if all(len(w) > 2 and fold(w) in common_words() for w in words):
        return True  # a trade or a desk, capitalised or not: "Biomédica" under "profissional", "Recepção"
    if any(w[0].isupper() and not (w.isupper() and len(w) <= 3 and len(words) > 1) for w in words):
        return False  # (a lone letter under "Paciente" is a name kept from view: "X")
    if len(words) == 1:
        word = fold(words[0])
        return name_shape(word) < 2 or (len(word) > 2 and word[0] not in _VOWELS and word[1] not in _VOWELS
                                        and word[:2] not in _ONSETS) or (
            word[0] in _VOWELS and word[1:] in gazetteer.surnames)
    long_words = [fold(w) for w in words if len(w) > 2]
    return bool(long_words) and all(w in common_words() or name_shape(w) < -1 for w in long_words)


# A column of nicknames: what its cells hold is a person's, though no name word ("Gaúcho",
# "Xuxu", "Chaveirinho" under "APELIDO" in a house's list of residents)
_NICKNAME_HEADERS = frozenset({"apelido", "apelidos", "alcunha", "vulgo", "nickname", "como e chamado",
                               "como e chamada"})


def _a_nickname_cell(words: list[str], gazetteer: Gazetteer) -> bool:
    """Whether a cell's folded `words` may be a nickname: one to three words of letters, none
    an organisation's or a listed non-name."""
    return 0 < len(words) <= 3 and all(
        w.isalpha() and w not in gazetteer.organisation_words and w not in gazetteer.not_name_words for w in words)


@lru_cache(maxsize=4096)
def _person_column(header: str) -> bool:
    """Whether a column (or key) named `header` (folded words, see `table_cells`) holds
    persons' names: a person context ("paciente", "mae"), a name word not about something
    else ("first name", "nm cliente", "pagador nome", not "nome fantasia"), or a person
    word with qualifiers ("mae r", "medico resp", "gestor(a)")."""
    if "/" in header:  # a column of either of two persons: "falecido / mae", not "cliente/caso"
        parts = [part.strip() for part in header.split("/") if part.strip()]
        return len(parts) > 1 and all(_person_column(part) for part in parts)
    if header.rstrip(".") == "resp":
        return False  # "resp." announces a person in prose; a column so named holds logins as often
    strong = _contexts()[0]
    if _GENDERED_HEADER.fullmatch(header):
        return True  # a role with its gender marker is a person's: "OPERADOR(A)", "médico(a) resp"
    words = header.replace(",", " ").split()  # "Surname, Given names"
    phrases = [context_phrase([w]) for w in words]
    return bool(words) and (
        context_phrase(words) in strong
        or (not set(phrases) & _NOT_A_PERSON_KEYS and (
            bool(set(phrases) & _NAME_KEY_WORDS)
            or ((phrases[0] in strong or phrases[0] in _PERSON_COLUMN_WORDS)
                and all(w in _COLUMN_QUALIFIERS or w in strong for w in phrases[1:]))
        ))
    )


# A chat export's message line: "12/03/2025 09:14 - Sender Name: text",
# "[12/03/2025, 09:14:05] Sender Name: text", "[08/06 07:45] jun huang: text" (a day and
# month without the year, as some phones export). The sender is a person or a firm's
# account. With a time alone ("[15:19:17] Clara: text") the sender is as often a role
# ("URA", "OPERADOR", "VOZ"), so there a name word of the gazetteer or a name-shaped word
# that is no corpus word ("Ryllary") must vouch for it.
_CHAT_EXPORT_SENDER = re.compile(
    rf"^\[?(?P<date>{_CHAT_DATE})?{_CHAT_TIME}"
    # the sender's role may follow in brackets: "[10:32] Lei (Especialista): …"
    r"(?P<value>[^:\n\d()]{2,60}?)(?:[ \t]*\([^()\n:]{1,30}\))?[ \t]*:",
    re.MULTILINE,
)


# a chat export's name for its owner's own messages ("08/07/25 09:34 - Eu: …")
_SELF_SENDERS = frozenset({"eu", "voce", "you", "me"})


# A directory entry's name attributes: LDAP/LDIF ("cn: …", "sn: …", "givenName: …",
# "displayName: Surname, Given") and vCard ("FN:…", "NICKNAME:…"; "N:family;given;…" below).
_DIRECTORY_NAME = re.compile(
    r"^(?:cn|sn|givenName|displayName|FN|NICKNAME)[ \t]*:[ \t]*(?P<value>[^\n:;=,]{2,80}?(?:, [^\n:;=,]{2,60}?)?)[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
_VCARD_N = re.compile(r"^N:(?P<value>[^\n]*)$", re.MULTILINE)
# The sender line of a Telegram export: "Name, [21.12.25 11:09]".
_TELEGRAM_SENDER = re.compile(r"^(?P<value>[^\n,\[\]]{2,60}), \[\d{1,2}\.\d{1,2}\.\d{2,4} \d{1,2}:\d{2}(?::\d{2})?\]$",
                              re.MULTILINE)
# A sender alone on the line above its messages, each after its time (a Telegram export
# printed as text: "Telésforo" over "[18:09] caminhão … tá na balança").
_SENDER_OVER_TIMES = re.compile(r"^(?P<value>[^\n\[\]:\d]{2,60})\n\[\d{1,2}:\d{2}(?::\d{2})?\][ \t]", re.MULTILINE)
# The author line of a ticket comment: "Name — 2025-09-24 12:44", "Name - 24/09/2025 12:44".
_COMMENT_AUTHOR = re.compile(
    r"^(?P<value>[^\n—\-:\d]{3,60}?)[ \t]+[—-][ \t]+(?:\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})[ T]\d{1,2}:\d{2}",
    re.MULTILINE,
)
# The author of a note left in code, a query or a Markdown report: "-- Marlucia: the IP
# comes from…", "# Alzenir: pair 3…", "// Salomão: …", "**Hui:** ok", "OBS (Lei Wu): …",
# "# nota (Branco): …". A name word or a name-shaped word must vouch for it ("# Features:").
_NOTE_AUTHOR = re.compile(
    rf"^[ \t]*(?:(?:--|#|//)[ \t]*(?:\*\*)?|\*\*)(?P<value>[{_UPPER}][{_UPPER}{_LOWER}'’-]+"
    rf"(?:[ \t]+(?:d[aeo]s?[ \t]+)?[{_UPPER}][{_UPPER}{_LOWER}'’-]+){{0,3}})(?:\*\*)?[ \t]*:(?:\*\*)?[ \t]"
    # (the author's login or desk may follow: "Nota (Leonídia, comunicação da Recivitória):",
    # "-- notas do atendimento (Pérola, pbatista) --")
    rf"|(?:^|[ \t])(?:obs|notas?|note|coment[aá]rio)(?:[ \t]+d[aeo][ \t]+[{_LOWER}]+)?\.?[ \t]*"
    # (a capital, whatever the case of the rest: "Nota da supervisão (oalmeida):" is a login's)
    rf"\((?P<noted>(?-i:[{_UPPER}])[{_UPPER}{_LOWER}'’ -]{{1,40}})(?:,[ \t]*[^()\n:]{{1,40}})?\)[ \t]*(?::|--)",
    re.MULTILINE | re.IGNORECASE,
)
# A dated log's author: "02/07/2024 Eusebia: liguei para…", "18/11/2026 12:06 Modesto —
# Emanuelly diz…"; the one a note is about: "Obs.: Vitório — diária dobrada"
_DATED_NOTE_AUTHOR = re.compile(
    rf"^[ \t]*(?:\d{{2}}/\d{{2}}/\d{{2,4}}(?:[ \t,]+(?:às[ \t]+)?\d{{1,2}}[:h]\d{{2}}(?::\d{{2}})?)?[ \t]+|(?i:obs|nota)\.?:[ \t]+(?=[^\n:]*[ \t][—–][ \t]))"
    rf"(?P<value>[{_UPPER}][{_LOWER}'’-]+(?:[ \t]+(?:d[aeo]s?[ \t]+)?[{_UPPER}][{_LOWER}'’-]+){{0,3}})"
    r"(?:(?P<colon>:)[ \t]|[ \t]+[—–][ \t])",
    re.MULTILINE,
)
# A social-services case named after the family: "Caso família ROCHA", "caso da família Sá".
_FAMILY_CASE = re.compile(
    rf"(?i:caso (?:da )?fam[ií]lia)[ \t]+(?P<value>[{_UPPER}][{_UPPER}{_LOWER}'’-]+(?:[ \t]+[{_UPPER}][{_UPPER}{_LOWER}'’-]+)?)"
)
# A phone number and, in brackets, who answers it: "(75) 99463-5578 (Jucelino)".
_PHONE_CONTACT = re.compile(
    rf"\d{{4}}-?\d{{4}}[ \t]*\((?:falar com |falar c/ ?|recado (?:c/ ?|com )|recado:? |c/ |com )?(?P<value>[{_UPPER}][{_LOWER}'’-]+"
    rf"(?:[ \t]+(?:d[aeo]s?[ \t]+)?[{_UPPER}][{_LOWER}'’-]+){{0,3}})\)"
)
# The sender line of a Teams or Slack export: the name, a gap, the time, nothing after
# ("Joyciane Sobreira Diop  08:03").
_TEAMS_SENDER = re.compile(
    r"^(?P<value>[^\W\d][^\n:\d]{1,60}?)(?:[ \t]{2,}|\t)\d{1,2}:\d{2}(?:[ \t]*[AaPp][Mm])?[ \t]*$",
    re.MULTILINE,
)
# The display name of an e-mail header's address ("De: justo inojosa frota
# <justo.frota91@gmail.com>"), in any case; a role mailbox's name ("RH Atende") has no
# name word to vouch for it.
_MAIL_DISPLAY_NAME = re.compile(
    r"^[ \t>]*(?:de|para|cc|from|to|remetente|destinat[aá]rio)[ \t]*:[ \t]*\"?"
    r"(?P<value>[^\W\d][^\n<>:\"@\d]{1,60}?)\"?[ \t]*<[^<>@\s]+@[^<>\s]+>",
    re.MULTILINE | re.IGNORECASE,
)
# The attribution line of a quoted e-mail: "Em 22/01/2026, Modesto escreveu:", "On Mon,
# 3 Mar 2025 at 10:02, Ana Lima <ana@…> wrote:".
_QUOTE_ATTRIBUTION = re.compile(
    r"^[ \t>]*(?:em|on)[ \t]+[^\n]{4,60}?,[ \t]+(?P<value>[^\W\d][^\n<>:,@\d]{1,60}?)"
    r"(?:[ \t]*<[^<>\n]+>)?[ \t]+(?:escreveu|wrote)[ \t]*:",
    re.MULTILINE | re.IGNORECASE,
)
# Who wrote a note or answered, after the note's word: "Obs. Hui: candidato…", "Resposta
# Celeste: o CPF…" (a name word must vouch for it: "Obs. Importante:" is none).
_NOTE_BY = re.compile(
    rf"(?:^|(?<=\n))[ \t]*(?:obs|observa[cç][aã]o|nota|resposta|retorno|parecer)\.?[ \t]+(?:d[eoa][ \t]+)?"
    rf"(?P<value>[{_UPPER}][{_LOWER}'’-]+(?:[ \t]+(?:d[aeo]s?[ \t]+)?[{_UPPER}][{_LOWER}'’-]+){{0,3}})[ \t]*:",
    re.IGNORECASE,
)
# A Brazilian phone number as people type it after a name: "+55 91 97914-4487", "(11)98029-3372"
_PHONE_TEXT = r"(?:\+55[ \t]?)?\(?\d{2}\)?[ \t.-]?9?\d{4}[ \t.-]?\d{4}"
# A name and, in brackets, the phone that reaches it or the date of what it did:
# "Referência: Hermógenes de Brandim (+55 91 97914-4487)", "Análise (Elpídio Lima,
# 09/03/2025):"
_NAME_BEFORE_PHONE = re.compile(
    rf"(?P<value>[{_UPPER}][{_LOWER}'’-]+(?:[ \t]+(?:d[aeo]s?[ \t]+)?[{_UPPER}][{_LOWER}'’-]+){{0,4}})"
    rf"[ \t]*\({_PHONE_TEXT}\)"
)
_NAME_BEFORE_EMAIL = re.compile(
    rf"(?P<value>[{_UPPER}{_LOWER}][{_LOWER}'’-]+(?:[ \t]+(?:d[aeo]s?[ \t]+)?[{_UPPER}{_LOWER}][{_LOWER}'’-]+){{0,4}})"
    r"[ \t]*\((?P<local>[\w.+-]+)@[\w-]+(?:\.[\w-]+)+\)"
)
# Whom to call, and the number: "fala com Tairone no 43997977611", "falar com constante
# no (85) 97216-0983"
_CALL_WHOM = re.compile(
    rf"(?<![\w])(?i:fal[ae]r?|ligu?e|ligar|liga|procur[ae]r?|chamar?)[ \t]+(?i:com|pra|para|p/)[ \t]+(?:[oa][ \t]+)?"
    rf"(?P<value>[{_UPPER}{_LOWER}][{_LOWER}'’-]+(?:[ \t]+[{_UPPER}][{_LOWER}'’-]+)?)"
    rf"[ \t]+(?i:no|pelo|tel\.?|cel\.?|whats(?:app)?)[ \t:]*{_PHONE_TEXT}(?!\d)"
)
# A call log's line: who called, when, what was said ("- Moema (13:33): titular informou…");
# a numbered list of contacts ("1. Branco — 62 98066-8183 (WhatsApp)")
_LOGGED_BY = re.compile(
    rf"^[ \t]*[-•*][ \t]*(?P<value>[{_UPPER}][{_LOWER}'’-]+(?:[ \t]+(?:d[aeo]s?[ \t]+)?[{_UPPER}][{_LOWER}'’-]+){{0,3}})"
    r"[ \t]*\(\d{1,2}[:h]\d{2}\)[ \t]*:",
    re.MULTILINE,
)
# A chat sender's attendant in brackets, after the role or the shop: "Vendedor (Gadelha
# Utilidades — Lívia): Olá", "Mediação Magazine Amado (Nerivaldo Colaço Filho): Olá"
_BRACKETED_SENDER = re.compile(
    rf"\((?:[^()\n:]{{2,60}}?[ \t]+[—–-][ \t]+)?(?P<value>[{_UPPER}][{_LOWER}'’-]+"
    rf"(?:[ \t]+(?:d[aeo]s?[ \t]+)?[{_UPPER}][{_LOWER}'’-]+){{0,4}})\)[ \t]*:[ \t]"
)
# An airline's name field, "SURNAME/GIVEN NAMES", before the passenger's title ("LIMA/ALEXANDRE
# MR", "MOURA/AURORA CHD") or after the passport's dates in an SSR DOCS element
_AIRLINE_NAME = re.compile(
    # (a hyphen may join a name's parts: "PARK/SOO-YEON MRS")
    r"(?<![\w/])(?P<value>[A-Z]{2,}(?:-[A-Z]{2,})?(?: [A-Z]{2,}(?:-[A-Z]{2,})?){0,2}/[A-Z]{2,}(?:-[A-Z]{2,})?"
    r"(?: [A-Z]{2,}(?:-[A-Z]{2,})?){0,3}?)"
    r"(?= +(?:MR|MRS|MS|MSTR|MISS|CHD|INF)(?![\w]))"
    # (the passenger it belongs to may follow: "…/28DEC26/PARANHOS/HONORIO/P1")
    r"|/\d{2}[A-Z]{3}\d{2}/[MF]I?/\d{2}[A-Z]{3}\d{2}/(?P<docs>[A-Z]{2,}(?: [A-Z]{2,}){0,2}/[A-Z]{2,}(?: [A-Z]{2,}){0,3})"
    r"(?:(?![\w/])|(?=/P\d+(?![\w/])))"
)
# ... a crew member after the role's code, an infant after "INFT/", a form's field, a name
# in a record with the CPF as the next field: "CMT DIAS/MARIA JOSE / FO SECK/COUMBA", "INFT/DIAS/VALDOMIRO
# 27JUN25", "LOGIN_OK;133.000;BITAR/SALIM;52768948683"
_AIRLINE_NAME_CUED = re.compile(
    r"(?:(?<![\w])(?:CMT|CMTE|FO|COP|CCM|CHEFE|PAX)[ \t]+|(?<![\w])INFT/|(?<=[;,|\t])|(?<=[;,|\t] )|(?<=: )"
    # (a JSON value, a form's dot leader: '"name": "CASTRO/JASMIM"', "Passageiro ........ FELDMAN/MIRIAM")
    r'|(?<=: ")|(?<=\.\. )'
    # (a table's first cell or one after a column's gap: "\n QUIRINO PAZ/ARTHUR      | 543.…",
    # "ROSA/GENESIO;6262…", "12h05    10h      ALMEIDA/SOCORRO    194018")
    r"|(?<![^\n])|(?<=\n )|(?<=  ))"
    # (three letters or more after the slash: "BELO HORIZONTE/MG" is a town and its state)
    r"(?P<value>[A-Z]{2,}(?:[ -][A-Z]{2,}){0,2}/[A-Z]{3,}(?:[ -][A-Z]{2,}){0,3})"
    r"(?=[ \t]*(?:/[ \t]|\+|\n|$)|[ \t]{2,}|[ \t]+\d{2}[A-Z]{3}\d{2}(?![\w])"
    r"|[ \t]*[;,|\t][ \t]*\d{3}\.?\d{3}\.?\d{3}-?\d{2}(?![\d])"
    # (the next item of a list of passengers, a child's code, a record's next field, the
    # JSON value's end: "Passageiros: SUCUPIRA/QUITERIA, SUCUPIRA/ELAINE (CHD).")
    r'|[ \t]*[,;.]?[ \t]+\((?:CHD|INF)\)|[,;|"]|\.(?=\s|$))'
)
# Whose a document is, after its number: "RG 32.651.289-5 de KLEYTON DE CAJUEIRO BORBOREMA —
# guardado", "CPF 529.982.247-25 da Leila Haddad"
_DOCUMENT_OF = re.compile(
    r"(?<![\w])(?:RG|CPF|CNH|CNS|[Dd]oc(?:umento|\.)?)[ \t:]*(?:n[º°o.]?[ \t]*)?[\dXx][\dXx./-]{6,17}[ \t]+(?:de|do|da)[ \t]+"
    rf"(?P<value>[{_UPPER}][{_UPPER}{_LOWER}'’-]+(?:[ \t]+(?:(?:d[aeo]s?|D[AEO]S?)[ \t]+)?[{_UPPER}][{_UPPER}{_LOWER}'’-]+){{0,5}})"
)
_RULE_LINE = re.compile(r"[-=+| ]{10,}[ \t]*(?:\n|$)")
_NUMBERED_CONTACT = re.compile(
    rf"^[ \t]*\d{{1,2}}[.)-][ \t]*(?P<value>[{_UPPER}][{_LOWER}'’-]+(?:[ \t]+(?:d[aeo]s?[ \t]+)?[{_UPPER}][{_LOWER}'’-]+){{0,3}})"
    rf"[ \t]*[—–-][ \t]*{_PHONE_TEXT}(?!\d)",
    re.MULTILINE,
)
# A record's fields in a line of a list: the name, the date of birth, a person's document
# ("1. 19:21 — edvaldo campos carvalho, 05/12/1969, CNS 914 0425 …", "— HUI LIN, 11/04/1960,
# CNS …"), the name in any case
_NAME_DATE_DOCUMENT = re.compile(
    r"(?:^|(?<=[—–;|]))[ \t]*(?P<value>[^\W\d_][^\W\d_'’-]*(?:[ \t]+[^\W\d_][^\W\d_'’-]*){1,6}),[ \t]*"
    r"\d{1,2}/\d{1,2}/(?:\d{2}|\d{4})[ \t]*[,;][ \t]*(?:CNS|CPF|RG|NIS|[Cc]art[ãa]o SUS)(?![\w])",
    re.MULTILINE,
)
# A note's author in its bracketed heading: "[nota da análise — Ivonete]: renda confere",
# "[parecer interno — Gerda Schneider, 16/06/2025] Documentação ok"
_BRACKETED_NOTE_AUTHOR = re.compile(
    rf"\[(?i:nota|parecer|obs|observa[cç][ãa]o|coment[aá]rio)[^\]\n—–]{{0,25}}[—–-][ \t]*"
    rf"(?P<value>[{_UPPER}][{_LOWER}'’-]+(?:[ \t]+(?:d[aeo]s?[ \t]+)?[{_UPPER}][{_LOWER}'’-]+){{0,3}})[ \t]*[,:\]]")
# An agent joining a chat, as the system announces it: "Xiuying entrou na conversa.",
# "[18/04/2026, 12:30:48] TRE-PE Eleitor: Ngueza entrou na conversa."
_JOINED_THE_CHAT = re.compile(
    rf"(?:^|[:.!][ \t]+)(?P<value>[{_UPPER}][{_LOWER}'’-]+(?:[ \t]+(?:d[aeo]s?[ \t]+)?[{_UPPER}][{_LOWER}'’-]+){{0,3}})"
    r"[ \t]+(?:entrou|entra)[ \t]+n[ao][ \t]+(?:conversa|chat|atendimento|sala)(?![\w])", re.MULTILINE)
# A professional named in brackets before their council registration: "ACOLHIMENTO
# (Nayhara, COREN-PE 84177): …", "(Ozenir, COREN/PR 65.610-ENF)".
_NAME_BEFORE_REGISTRATION = re.compile(
    rf"\((?P<value>[{_UPPER}][{_LOWER}'’-]+(?:[ \t]+(?:d[aeo]s?[ \t]+)?[{_UPPER}][{_LOWER}'’-]+){{0,3}}),[ \t]*"
    rf"(?:{'|'.join(sorted(keywords.COUNCILS_NEVER_NAMES, key=lambda a: (-len(a), a)))})"
    r"[ \t/-]?(?:[A-Z]{2})?[ \t/-]*\d")
# Cheap parts that every match of the slow patterns above holds, searched first: most
# texts have none, and a slow pattern is tried at every word ("(" + phone + ")" for
# `_NAME_BEFORE_PHONE`, the passenger's title or the SSR dates for `_AIRLINE_NAME`, …)
_NAME_BEFORE_PHONE_GATE = re.compile(r"\(" + _PHONE_TEXT + r"\)")
_NAME_DATE_DOCUMENT_GATE = re.compile(
    r",[ \t]*\d{1,2}/\d{1,2}/(?:\d{2}|\d{4})[ \t]*[,;][ \t]*(?:CNS|CPF|RG|NIS|[Cc]art[ãa]o SUS)(?![\w])")
_NAME_AND_DATE_GATE = re.compile(r",[ \t]*\d{1,2}/\d{1,2}/\d{2,4}(?:[ \t]+\d{1,2}:\d{2})?\)")
_AIRLINE_NAME_GATE = re.compile(r" (?:MR|MRS|MS|MSTR|MISS|CHD|INF)(?![\w])|/\d{2}[A-Z]{3}\d{2}/")
_NOTE_AUTHOR_GATE = re.compile(r"(?m)^[ \t]*(?:--|#|//|\*\*)|(?i:obs|notas?|note|coment[aá]rio)(?i:[ \t]+d[aeo][ \t]+\w+)?\.?[ \t]*\(")
# an e-mail address in brackets, the end of every `_NAME_BEFORE_EMAIL` match
_EMAIL_IN_BRACKETS = re.compile(r"\([\w.+-]+@[\w-]+(?:\.[\w-]+)+\)")
_NAME_CHARACTER = re.compile(rf"[{_UPPER}{_LOWER}'’\- \t]")


def _gated(pattern: re.Pattern[str], gate: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, or nothing when `gate`, which every match holds, is absent."""
    return pattern.finditer(text) if gate.search(text) else iter(())


def _names_before_emails(text: str) -> Iterator[re.Match[str]]:
    """`_NAME_BEFORE_EMAIL.finditer(text)`, found from the bracketed addresses back: the
    name's characters are stepped over to where a match may start, and the pattern is
    searched from there only (the same matches, without trying it at every word)."""
    resume = 0
    for tail in _EMAIL_IN_BRACKETS.finditer(text):
        if tail.start() < resume:
            continue
        start = tail.start()
        while start > resume and _NAME_CHARACTER.match(text, start - 1):
            start -= 1
        match = _NAME_BEFORE_EMAIL.search(text, start, tail.end())
        if match is not None:
            yield match
            resume = match.end()


_NAME_AND_DATE = re.compile(
    rf"\((?P<value>[{_UPPER}][{_LOWER}'’-]+(?:[ \t]+(?:d[aeo]s?[ \t]+)?[{_UPPER}][{_LOWER}'’-]+){{0,4}}),[ \t]*"
    r"\d{1,2}/\d{1,2}/\d{2,4}(?:[ \t]+\d{1,2}:\d{2})?\)"
)
# A name signed on a line: "______________________ ORLINDO VITÓRIA".
_SIGNATURE_LINE = re.compile(r"_{5,}[ \t]*(?P<value>[^\n_\d]{3,60}?)[ \t]*$", re.MULTILINE)


def _before_role(folded: str, start: int, end: int, gazetteer: Gazetteer) -> tuple[int, int]:
    """A chat contact's name without the role its owner saved after it: "Josicleide
    Cliente Sofá" is Josicleide (a person context after the first word ends the name)."""
    for word in list(re.finditer(r"\S+", folded[start:end]))[1:]:
        if word.group() in gazetteer.person_contexts:
            cut = start + word.start()
            return start, len(folded[:cut].rstrip())
    return start, end


def in_a_firms_chat_sender(context: ContextWindow, start: int) -> bool:
    """Whether `start` is inside a chat line's sender that is a firm's account: an
    organisation word or a legal form in it ("Amado & Bento | Loja Rodoviária:", "Flor do
    Vale Locadora - Reservas:", "Rosa dos Ventos Relacionamentos ME:"); or inside a name
    that an agent introduces as the firm's ("Aqui é Ndilu, da Carreto Prudente"), wherever it
    stands. (Asked by the rules and the tagger: worked out once per text.)"""
    key = ("firm_chat_senders",)
    senders = context.memo.get(key)
    if senders is None:
        senders = context.memo[key] = _firm_chat_senders(context)
    return any(s <= start < e for s, e in senders)  # type: ignore[union-attr]


def _firm_chat_senders(context: ContextWindow) -> list[tuple[int, int]]:
    text, folded = context.text, context.folded
    if ":" not in text:
        return []
    organisation = load_gazetteer().organisation_words
    senders = []
    for sender in _CHAT_EXPORT_SENDER.finditer(text):
        start, end = sender.span("value")
        words = [w for w in re.split(r"[^a-z]+", folded[start:end]) if w]
        if not words:
            continue
        # (a person saved with a department or a firm after the name, "Valéria Comercial:",
        # "Antônio Loja:", stays a person: a firm's account has a legal form, an "&", or a
        # branch or desk after a separator)
        if _LEGAL_FORM_AT_END.search(text, start, end) or (
                ("&" in text[start:end] or _SENDER_SEPARATOR.search(text, start, end))
                and any(w in organisation for w in words)):
            senders.append((start, end))
            # ... and so is that name elsewhere, as the chat's title gives it ("Conversa do
            # WhatsApp com Redes & Anzóis da Barra"), without the account's emoji
            name = re.sub(r"[^a-z0-9&.]+$", "", folded[start:end].strip())
            if len(name.split()) > 1:
                senders.extend(_whole_phrase_spans(folded, name))
        elif len(words) == 2 and words[1].rstrip("s") in _DESKS and text[start:end].split()[0].isupper() and len(words[0]) > 2 \
                and words[0] not in load_gazetteer().name_words:
            # a firm's acronym and its desk: "COOPERCATA Agendamentos:" (not "Ana Financeiro:")
            senders.extend(_whole_phrase_spans(folded, folded[start:end].strip()))
        elif words[0] in _DESKS and len(words) > 1 and words[1] not in load_gazetteer().given:
            # a desk's account named after its firm or place: "Agendamento Cais Leão do Mar:",
            # "Portaria Residencial Aurora:"; so is that name in the chat's title ("Conversa do
            # WhatsApp com Agendamento Cais Leão do Mar"); not a desk's person ("Recepção Gertrudes:")
            senders.extend(_whole_phrase_spans(folded, folded[start:end].strip()))
    if "aqui e" in folded or "sou " in folded:
        # an account its agent introduces as the firm's ("Olá! Aqui é Ndilu, da Carreto
        # Prudente 😊"): that name, wherever it stands, is the firm's
        for firm in {m.group("firm").rstrip() for m in _INTRODUCED_FIRM.finditer(folded)}:
            if len(firm.split()) < 2:
                continue  # "da Vitória": a one-word firm is too often a name
            senders.extend(_whole_phrase_spans(folded, firm))
    return senders


# A chat export's title: "Conversa do WhatsApp com Battista" (folded; a one-word contact)
_CHAT_TITLE_CONTACT = re.compile(
    r"\A[ \t\ufeff]*(?:conversa do whatsapp com|whatsapp chat with)[ \t]+(?P<name>[^\W\d_]{3,})[ \t]*$", re.MULTILINE)


def _chat_title_contact(context: ContextWindow, gazetteer: Gazetteer) -> list[Span]:
    """The one-word contact a chat export's title names, capitalised and no everyday word,
    firm's word or desk ("Conversa do WhatsApp com Battista"; not "… com Financeiro"): the
    person the chat was kept with, though the gazetteer lacks the name."""
    match = _CHAT_TITLE_CONTACT.match(context.folded)
    if match is None or not context.text[match.start("name")].isupper():
        return []
    word = match.group("name")
    if word in common_words() or word in gazetteer.organisation_words or word in gazetteer.not_name_words \
            or word in _DESKS or word in _DEPARTMENTS:
        return []
    return [Span(match.start("name"), match.end("name"), "PERSON", 0.8, "person_gazetteer")]


def _whole_phrase_spans(folded: str, phrase: str) -> list[tuple[int, int]]:
    """(start, end) of every occurrence of `phrase` in `folded` that stands as whole words."""
    spans = []
    at = folded.find(phrase)
    while at >= 0:
        end = at + len(phrase)
        if (at == 0 or not folded[at - 1].isalnum()) and not folded[end:end + 1].isalnum():
            spans.append((at, end))
        at = folded.find(phrase, at + 1)
    return spans


# an agent's greeting: "aqui é Ndilu, da Carreto Prudente", "aqui é a Ayda, do Rápido Amado",
# "sou Bia, assistente virtual da Leão Dourado" (folded)
_INTRODUCED_FIRM = re.compile(r"(?<![\w])(?:aqui e|sou)[ \t]+(?:[ao][ \t]+)?[^\W\d][^,\n]{1,40},[ \t]+"
                              # (or with the agent's role: "Eu sou Bia, assistente virtual da Leão Dourado")
                              r"(?:(?:assistente(?:[ \t]+virtual)?|atendente|consultora?|gerente|analista|especialista)[ \t]+)?"
                              r"d[aeo][ \t]+"
                              r"(?P<firm>[^\W\d][\w&'-]*(?:[ \t]+[\w&'-]+){1,5}?)(?=[ \t]*(?:[^\w \t&'-]|$))")


_SENDER_SEPARATOR = re.compile(r"[ \t](?:\||-|–|—)[ \t]")


def _directory_names(text: str) -> list[tuple[int, int]]:
    """Name values of the LDAP and vCard entries in `text` (vCard's N gives its family and
    given names as two values)."""
    values = [m.span("value") for m in _DIRECTORY_NAME.finditer(text)]
    for m in _VCARD_N.finditer(text):
        offset = m.start("value")
        for part in m.group("value").split(";")[:3]:
            stripped = part.strip()
            if stripped:
                start = offset + part.index(stripped)
                values.append((start, start + len(stripped)))
            offset += len(part) + 1
    return [kept for start, end in values if (kept := _without_the_trade(text, start, end)) is not None]


_TRADE_AFTER = re.compile(rf"(?:[ \t]+(?:\([^()\n]*\)|[{_LOWER}][^ \t]*))+$")


def _without_the_trade(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A contact's name without what the phone's owner wrote after it to remember who it is,
    lower-case words or a bracket ("Raimundinho motorista", "Kauê (gás)"): "Raimundinho",
    "Kauê". None when nothing capitalised is left."""
    trade = _TRADE_AFTER.search(text, start, end)
    if trade is not None and trade.start() > start:
        end = trade.start()
    return (start, end) if any(w[:1].isupper() for w in text[start:end].split()) or text[start:end].islower() else None


_FHIR_FAMILY = re.compile(r'"family"[ \t]*:[ \t]*"(?P<value>[^"\n]{1,60})"')
_FHIR_GIVEN = re.compile(r'"given"[ \t]*:[ \t]*\[(?P<names>[^\[\]]{1,200})\]')
_QUOTED = re.compile(r'"([^"\n]{1,60})"')


def _named_fields(context: ContextWindow, gazetteer: Gazetteer) -> list[Span]:
    """Names in fields whose structure says they hold one: the value of a key naming a
    person in JSON or key=value logs, the sender of a chat export's line (WhatsApp's,
    Telegram's), a directory entry's name attributes (LDAP, vCard), a FHIR HumanName's
    family and given names, the author line of a
    ticket's comment, the name on a signature line. The value must be
    1-6 words of letters (any case) with no organisation or listed non-name word, and not
    only corpus words unless one is a given name ("Clara", "Luz")."""
    text, folded = context.text, context.folded
    values: list[tuple[int, int]] = []
    vouched: set[tuple[int, int]] = set()  # values a name word must vouch for
    listed: set[tuple[int, int]] = set()  # values a gazetteer name word must vouch for
    if '":' in text or '" :' in text or '="' in text or ("nome" in folded or "name" in folded) and (
            '"' in text or "'" in text):
        for field in _NAMED_FIELD.finditer(folded):
            parts = set(re.split(r"[._-]", field.group("key")))
            key = field.group("key").replace("_", "")
            value = field.group("value")
            if ((parts & _NAME_KEYS or key in _NAME_KEYS)
                    and not (parts & _NOT_A_PERSON_KEYS and key not in _NAME_KEYS)) or (
                # a quoted key naming a person ("autor", "paciente", "conjuge"): a name word
                # vouches; one lower-case word there is a login ("whuang")
                # (or a key=value log's key, its value quoted: 'contraparte="NJINGA KIAME"')
                (folded[field.start() - 1 : field.start()] in ('"', "'")
                 or folded[field.start("value") - 2 : field.start("value")] == '="')
                and not (" " not in value.strip() and text[field.start("value"):field.end("value")].islower())
                and _person_column(" ".join(p for p in re.split(r"[._-]", field.group("key")) if p))
            ):
                values.append(field.span("value"))
                if not (parts & _NAME_KEYS or key in _NAME_KEYS) and not all(
                        w[:1].isupper() and fold(w) not in common_words() for w in text[field.start("value"):field.end("value")].split()):
                    # (a capitalised word that is no everyday word needs no name word to
                    # vouch for it: '"atendente": "Vitório"')
                    vouched.add(field.span("value"))
    if ":" in text:
        for sender in _CHAT_EXPORT_SENDER.finditer(text):
            start, end = sender.span("value")
            while end > start and not (text[end - 1].isalnum() or text[end - 1] in ".'’"):
                end -= 1  # a contact saved with an emoji after the name: "luz ❤️", "Fernanda 🌻"
            if _ACRONYM_SENDER.fullmatch(text, start, end) and folded[start:end] not in gazetteer.name_words:
                continue  # an institution's account: "TRE-MG", "SAMU", "DETRAN-SP"
            if _STATE_BODY.match(text, start, end):
                continue  # ... and its service's: "TRE-PB Eleitor", "DETRAN-SP Agendamento"
            if set(re.split(r"[^a-z]+", folded[start:end])) & BOT_WORDS:
                continue  # a service's bot: "Bot Saúde Frota", "GOL Bot", "Tito, o assistente"
            if _RADIO_STATION.match(text, start):
                continue  # a radio station's account: "07/09/26 12:01 - Rádio Leão do Sertão 📻:"
            if _LOCALITY.search(text, start, end):
                continue  # a grower saved by the locality: "Integrado Linha Brasil", "Fumo Linha Bento"
            if all((w in common_words() or w in gazetteer.not_name_words or w in _SELF_SENDERS)
                   and w not in gazetteer.name_words for w in folded[start:end].split()):
                # a court docket's step after its date and time ("17/07/2026 14:22 - Decisão
                # (ID …):"), the export's owner ("08/07/25 09:34 - Eu: …")
                continue
            value = _before_role(folded, start, end, gazetteer)
            if text[value[0]].isupper() and (trimmed := _without_the_trade(text, *value)) is not None and any(
                    w in gazetteer.name_words or (is_name_shaped(w) and w not in common_words())
                    for w in folded[trimmed[0]:trimmed[1]].split()):
                # what the phone's owner wrote after the contact's name to remember who it is:
                # "Hermógenes teste casa vila esperanca" is Hermógenes (not a log's "16:19
                # Passeio finalizado:", no name left)
                value = trimmed
            values.append(value)
            if sender.group("date") is None:
                vouched.add(value)
        if "objectclass" in folded or "begin:vcard" in folded:
            values.extend(_directory_names(text))
        if "—" in text or " - " in text:
            values.extend(m.span("value") for m in _COMMENT_AUTHOR.finditer(text))
    if "[" in text and "]" in text:
        values.extend(m.span("value") for m in _TELEGRAM_SENDER.finditer(text))
        values.extend(m.span("value") for m in _SENDER_OVER_TIMES.finditer(text))
    if "</" in text:
        # an XML element named for a person's name: "<Nome>Vitória de Monteiro Moitinho</Nome>",
        # "<nomePaciente>…</nomePaciente>"; one named for a role ("<Responsavel>") needs a
        # name word
        for element in _XML_ELEMENT.finditer(text):
            parts = set(key_words(element.group("tag")).split())
            if parts & _NOT_A_PERSON_KEYS:
                continue
            if parts & _NAME_KEY_WORDS or parts & _NAME_KEYS:
                values.append(element.span("value"))
            elif _person_column(key_words(element.group("tag"))):
                values.append(element.span("value"))
                vouched.add(element.span("value"))
    if ":" in text and ("--" in text or "#" in text or "//" in text or "**" in text or "(" in text):
        for note in _gated(_NOTE_AUTHOR, _NOTE_AUTHOR_GATE, text):
            start, end = note.span("value") if note.group("value") else note.span("noted")
            # "**Comentário de Vitória:**": the name after the words that announce it
            for word in re.finditer(r"\S+", folded[start:end]):
                if word.group() not in _PARTICLES and (
                        word.group() not in common_words() or word.group() in gazetteer.name_words):
                    start += word.start()
                    break
            if start < end:
                values.append((start, end))
                vouched.add((start, end))
    if "/" in text and ":" in text or "obs" in folded or "nota" in folded:
        for note in _DATED_NOTE_AUTHOR.finditer(text):
            # ("02/07/2024 Pagamento: recebido" is a field, "12:06 Boleto — enviado" a step)
            words = folded[note.start("value"):note.end("value")].split()
            if note.group("colon") or not any(is_name_shaped(w) for w in words):
                vouched.add(note.span("value"))
            values.append(note.span("value"))
    if "(" in text:
        values.extend(m.span("value") for m in _NAME_BEFORE_REGISTRATION.finditer(text))
    if "ntr" in text:
        values.extend(m.span("value") for m in _JOINED_THE_CHAT.finditer(text))
    if "[" in text:
        for note in _BRACKETED_NOTE_AUTHOR.finditer(text):
            values.append(note.span("value"))
            vouched.add(note.span("value"))
    if '"family"' in text and '"given"' in text:
        # a FHIR HumanName (RNDS's Patient, Practitioner): '"family": "Marcano", "given":
        # ["Yulimar", "Rosa"]'
        values.extend(m.span("value") for m in _FHIR_FAMILY.finditer(text))
        for given in _FHIR_GIVEN.finditer(text):
            values.extend(m.span(1) for m in _QUOTED.finditer(text, given.start("names"), given.end("names")))
    if "amilia" in folded:  # a case named after the family: "Caso família ROCHA"
        for case in _FAMILY_CASE.finditer(text):
            values.append(case.span("value"))
            listed.add(case.span("value"))
    if ")" in text:  # the person who answers a phone: "(75) 99463-5578 (Jucelino)"
        for contact in _PHONE_CONTACT.finditer(text):
            values.append(contact.span("value"))
            vouched.add(contact.span("value"))
    if ":" in text:
        for pattern in (_TEAMS_SENDER, _QUOTE_ATTRIBUTION, _NOTE_BY):
            for field in pattern.finditer(text):
                values.append(field.span("value"))
                vouched.add(field.span("value"))
        if "@" in text:
            for field in _MAIL_DISPLAY_NAME.finditer(text):
                values.append(field.span("value"))
                # a word of the name in the address's local part ("justo inojosa frota
                # <justo.frota91@…>") vouches for it; else a listed name word must
                local = folded[field.end("value"):field.end()].split("@")[0]
                if not any(len(w) >= 3 and w in local for w in folded[slice(*field.span("value"))].split()):
                    listed.add(field.span("value"))
    if "(" in text:
        for fields in (_gated(_NAME_BEFORE_PHONE, _NAME_BEFORE_PHONE_GATE, text),
                       _gated(_NAME_AND_DATE, _NAME_AND_DATE_GATE, text),
                       _LOGGED_BY.finditer(text), _BRACKETED_SENDER.finditer(text)):
            for field in fields:
                values.append(field.span("value"))
                vouched.add(field.span("value"))
        if "@" in text:
            for field in _names_before_emails(text):
                # the name is the words right before the bracket that could be one ("resposta
                # de Aurora (a.wanderley@…)" is "Aurora"); the address's local part or a
                # listed given name must speak for one of them
                start, end = field.span("value")
                local = fold(field.group("local"))
                words = list(re.finditer(r"\S+", folded[start:end]))
                first = len(words)
                while first > 0 and (
                        words[first - 1].group() in _PARTICLES or words[first - 1].group() in gazetteer.name_words
                        or words[first - 1].group() in local
                        or (is_name_shaped(words[first - 1].group()) and words[first - 1].group() not in common_words())):
                    first -= 1
                while first < len(words) and words[first].group() in _PARTICLES:
                    first += 1
                if first == len(words):
                    continue
                span = (start + words[first].start(), end)
                values.append(span)
                if any(len(w.group()) >= 3 and w.group() in local for w in words[first:]):
                    vouched.add(span)
                else:
                    listed.add(span)
    if "/" in text and ", " in text:
        for field in _gated(_NAME_DATE_DOCUMENT, _NAME_DATE_DOCUMENT_GATE, text):
            values.append(field.span("value"))
            vouched.add(field.span("value"))
    if " de " in text or " da " in text or " do " in text:
        for field in _DOCUMENT_OF.finditer(text):
            values.append(field.span("value"))
            vouched.add(field.span("value"))
    if "—" in text or "–" in text or " - " in text:
        for field in _NUMBERED_CONTACT.finditer(text):
            values.append(field.span("value"))
            vouched.add(field.span("value"))
    if "fal" in folded or "lig" in folded or "procur" in folded or "chama" in folded:
        for field in _CALL_WHOM.finditer(text):
            values.append(field.span("value"))
            vouched.add(field.span("value"))
    if "___" in text:  # a role may stand on the line too ("AVALISTAS"): a name word must vouch
        for line in _SIGNATURE_LINE.finditer(text):
            values.append(line.span("value"))
            listed.add(line.span("value"))
    spans = []
    for start, end in values:
        if (name_start := after_a_sentence_opener(context, start, end)) != start:
            # "Ontem Fortunato (47 99753-4147) disse": the name is Fortunato
            for needs_a_name_word in (vouched, listed):
                if (start, end) in needs_a_name_word:
                    needs_a_name_word.add((name_start, end))
            start = name_start
        words = folded[start:end].replace("'", " ").replace("’", " ").replace(",", " ").split()
        if (
            # one comma: a name in inverted order ("Kiangebeni, Marilac")
            not _CELL_OF_WORDS.fullmatch(text[start:end].replace(", ", "  ", 1))
            or len(words) > 6
            # (an organisation's word that is also a surname may follow the first word:
            # "EPAMINONDAS DE LUSTOSA JARDIM")
            or any((w in gazetteer.organisation_words and not (i and w in gazetteer.surnames))
                   or w in gazetteer.not_name_words for i, w in enumerate(words))
            or _starts_with_a_firm(words, gazetteer)
            or _LEGAL_FORM_AT_END.search(text, start, end)  # "Rosa dos Ventos Relacionamentos ME:"
            or _system_account(text[start:end])  # "svc-bot", "admin"
            or words[0] in gazetteer.person_contexts  # "Cliente", "Atendente": a role
            # "Você", "Sistema": not a person; "Clara", "Luz" are given names
            or all(w in common_words() and w not in gazetteer.given for w in words)
            # an app's event ending in a participle no name list knows: "Corrida finalizada:",
            # "Passeio finalizado:" (not "Conrado:", "Amado:", "Machado:")
            or (len(words) > 1 and words[-1] not in gazetteer.name_words and len(words[-1]) > 6
                and _PARTICIPLE.search(words[-1]) is not None)
            or ((start, end) in vouched and not any(
                w in gazetteer.name_words or (is_name_shaped(w) and w not in common_words()) for w in words))
            or ((start, end) in listed and not any(w in gazetteer.name_words for w in words))
        ):
            continue
        spans.append(Span(start, end, "PERSON", 0.9, "person_gazetteer"))
    if "/" in text:
        for field in chain(_gated(_AIRLINE_NAME, _AIRLINE_NAME_GATE, text), _AIRLINE_NAME_CUED.finditer(text)):
            start, end = field.span("value") if field.group("value") else field.span("docs")
            words = folded[start:end].replace("/", " ").replace("-", " ").split()
            cued = field.re is _AIRLINE_NAME_CUED  # no title after it: a name word must vouch ("SBGR/SBRJ")
            line_end = (text + "\n").find("\n", end)
            line = text[text.rfind("\n", 0, start) + 1:line_end]
            if cued and not any(c.isdigit() for c in line) and (
                    line.isupper() or is_column_header(context, start, end) or above_a_ruler(context, start)
                    or _RULE_LINE.match(text, line_end + 1)):
                continue  # a table's header: "DATA/HORA            EVENTO", over its ruler or not
            if not any(w in gazetteer.organisation_words or w in gazetteer.not_name_words for w in words) and any(
                    w in gazetteer.name_words or (not cued and is_name_shaped(w) and w not in common_words())
                    for w in words):
                spans.append(Span(start, end, "PERSON", 0.9, "person_gazetteer"))
    return spans


# A company's legal form right after a run of capitals: "Reformas Teixeira S.A.",
# "Nunes & Jesus Turismo Ltda.". The run is the firm's name, whatever its words are.
_COMPANY_FORM = re.compile(
    r"[ \t]*,?[ \t]*(?:S\.[ \t]?A\b|S/A\b|SA\b|Ltda\b|LTDA\b|EIRELI\b|Eireli\b|ME\b|EPP\b|S\.S\.?\b"
    r"|(?:&|e)[ \t]+(?:Cia|CIA)\b"
    # a sports club's: "Estrela da Luz E.C.", "Real Cajueiro F.C."
    r"|(?:E|F|A|S)\.[ \t]?C\.(?![\w])|A\.[ \t]?A\.(?![\w]))"
)
# What may join two parts of one firm's name before its legal form: "Construções e Reformas".
# Organisation words that may follow a person's name in a flattened form or a list of
# addresses ("Maria Souza Rua das Flores, 12"), unlike a firm's ("Bento Leilões")
_PLACE_WORDS = frozenset({
    "rua", "avenida", "av", "travessa", "alameda", "largo", "estrada", "beco", "viela", "ladeira",
    "servidao", "praca", "praia", "jardim", "vila", "bairro", "centro", "cidade", "distrito",
    "parque", "conjunto", "residencial", "condominio", "edificio", "santa", "santo", "sao",
    "nossa", "senhora", "estado", "municipio", "lei", "decreto", "portaria", "resolucao",
})
# Organisation words that only ever open the name of what they name, never follow a founder's
# name ("Igreja Batista", "Capela Santa Luzia", not "Bento Igreja"): after a name word they are
# a surname ("Rodrigo Igreja Paiva", "Luciana Catunda Igreja", "Mateus Capela")
_OPENS_ITS_NAME_ONLY = frozenset({"igreja", "capela", "paroquia", "catedral", "templo"})
# A brand written in camel case, "BodyMax", "InBody": a capital right after a small letter
# inside a word (not a name's "McArthur", "DeLuca", "MacLeod")
_NAME_HUMP_PREFIXES = ("Mc", "Mac", "De", "Di", "Da", "Du")


def before_a_camel_case_word(text: str, start: int, end: int) -> int | None:
    """Where the name text[start:end] ends before a word in camel case, a brand's ("Raimunda
    da DrogaMais Brito" -> "Raimunda"): `end` when none is in it, None when it starts in one
    ("Body" of "BodyMax", "InBody"). Not an escaped line break ("\\nRAFAELA"), a scan's "l"
    for an "I" ("SlNFRONIO"), mojibake ("VitÃ³ria") or a name's "McArthur", "DeLuca"."""
    for i in range(max(1, start), min(len(text), end + 1)):
        lower = text[i - 1]
        if not (lower.islower() and text[i].isupper()) or text[i] in "ÃÂ" or i >= 2 and (
                text[i - 2] == "\\" or lower == "l" and text[i - 2].isupper()):
            continue  # (nor UTF-8 read as Latin-1: "VitÃ³ria")
        word_start = i - 1
        while word_start and text[word_start - 1].isalpha():
            word_start -= 1
        if text[word_start:i] in _NAME_HUMP_PREFIXES:
            continue
        if word_start <= start:
            return None
        kept = _TRAILING_PARTICLES.sub("", text[start:word_start])
        return start + len(kept) if kept else None
    return end


_TRAILING_PARTICLES = re.compile(r"(?:[ \t]+(?:d[aeo]s?|e|DA|DE|DO|DOS|DAS|E))*[ \t]*$")


# forms of address that stand for a person without naming one: "V.Sa.", "V. Sa.", "V. Exa.",
# "Vossa Senhoria" ("V." an initial and "Sa" a surname to the name rules)
FORM_OF_ADDRESS = re.compile(
    r"(?:V\.?[ \t]?(?:S[aª]s?|Ex[aª]s?)|Vossa[ \t]+(?:Senhoria|Excel[eê]ncia))(?![^\W\d_])", re.IGNORECASE)
# an article before a given name: "aqui a Quitéria", "com o Gercino"
_ARTICLE_BEFORE = re.compile(r"(?:^|[\s,(])[ao][ \t]+$")
_FIRM_JOIN = re.compile(r"[ \t]+(?:e|&)[ \t]+$")
_AMPERSAND = re.compile(r"[ \t]*&[ \t]*")
_AMPERSAND_JOIN = re.compile(r"[ \t]*&[ \t]*|,[ \t]+")  # ... and the partners before: "Pinheiro, Souza & …"
_ENDS_WITH_COMPANY_FORM = re.compile(r"[ \t](?:Ltda|LTDA|EIRELI|Eireli)$")
# a firm's legal form ending a field's value: "… Relacionamentos ME", "… Ltda.", "… S.A."
_LEGAL_FORM_AT_END = re.compile(r"[ \t](?:Ltda\.?|LTDA\.?|EIRELI|Eireli|ME|EPP|S\.[ \t]?A\.?|S/A)$")
_FIRM_AFTER_NAME = re.compile(r"(\S+)(?: \S+)*? (?:da|do|DA|DO) ")


class _Token(NamedTuple):  # a tuple: built for every word of every capitalised run
    start: int
    end: int
    folded: str
    is_particle: bool
    all_caps: bool


@register_detector
class PersonNameDetector(Detector):
    """Brazilian person names (see the module docstring for the rules)."""

    name = "person_gazetteer"
    labels = ("PERSON",)

    def detect(self, text: str, context: ContextWindow) -> Iterator[Span]:
        gazetteer = load_gazetteer()
        found: list[Span] = []
        interesting = _words_worth_a_look()
        runs: list[re.Match[str]] = []
        named: list[bool] = []  # per run: did it yield a name?
        for run in _RUN.finditer(text):
            runs.append(run)
            # Most runs are a sentence's first word; skip those with no name word, no
            # name-shaped word and no person context around them without building tokens.
            words = run.group().replace("'", " ").replace("’", " ").split()
            if run.start() and text[run.start() - 1].isdigit() and (len(words) < 2 or not run.group().isupper()):
                named.append(False)
                continue
            if len(words) == 1 and text[run.end():run.end() + 1].isdigit():
                named.append(False)  # a code's letters: a passport's "ZE5792585", a plate's "ABC1D23"
                continue
            if (
                not any(fold(w) in interesting for w in words)
                and not any(_GIVEN_NAME_ENDING.search(w) for w in words)
                and not (len(words) > 1 and any(name_shape(fold(w)) >= _STRONGLY_NAME_SHAPED for w in words[:-1]))
                and not person_context(context, run.start())
                and not _RIGHT_CUE.match(context.folded, run.end())
                and not _RELATION_IN_BRACKETS.match(context.folded, run.end())
                and not _with_its_login(text, run.end(), context.folded[run.start():run.start() + 1])
                and not _KINSHIP_AFTER_COMMA.match(context.folded, run.end())
                and not _GREETING_AFTER.match(context.folded, run.end())
                and not _PHONE_AFTER.match(text, run.end())
                and not _signature_line(text, run.start(), run.end(), gazetteer)
                and not (len(words) > 1 and (fold(words[-1]) in gazetteer.east_asian_surnames
                                             or fold(words[-1]) in _TWO_LETTER_CHINESE_SURNAMES
                                             or fold(words[0]) in gazetteer.east_asian_surnames
                                             or fold(words[0]) in _TWO_LETTER_CHINESE_SURNAMES))
                and not _council_after_words(words)
                and not _NICKNAME_BEFORE.search(context.folded, max(0, run.start() - 45), run.start())
                and not (_VOCATIVE_END.match(text, run.end()) and (
                    _GREETING_BEFORE.search(context.folded, max(0, run.start() - 16), run.start())
                    or _GREETING_BEFORE.search(context.folded, max(0, run.start() - 16), run.start() + len(words[0]) + 1)))
            ):
                named.append(False)
                continue
            spans = self._names_in_run(text, run, context, gazetteer)
            if not spans and len(words) >= 3 and run.group().isupper():
                spans = self._names_after_inner_context(text, run, context, gazetteer) or \
                    self._names_after_a_role_in_capitals(text, run, context, gazetteer)
            named.append(bool(spans) and max(s.score for s in spans) >= _VOUCHING_SCORE)
            found.extend(spans)
        if len(runs) > 1 and any(named):
            found.extend(self._listed_names(text, runs, named, context, gazetteer))
        found = [_extend_name(text, span, found, context, gazetteer) for span in found]
        if ", " in text:
            inverted = _inverted_names_in_capitals(text, context, gazetteer)
            if inverted:
                found = [s for s in found if not any(s.overlaps(i) for i in inverted)] + inverted
        for span in self._lowercase_names(text, context, gazetteer):
            if not any(span.overlaps(other) for other in found):
                found.append(span)
        if "cpf" in context.folded or "\n" in text:
            for span in _lower_case_names_before_a_cpf(context, gazetteer):
                found = [s for s in found if not s.overlaps(span)] + [span]
        if "\n" in text and "placa" in context.folded:
            found += [span for span in _lower_case_names_before_a_plate(text, gazetteer)
                      if not any(span.overlaps(other) for other in found)]
        if "whatsapp" in text[:40].lower():  # (its title opens a chat export: `_CHAT_TITLE_CONTACT`)
            found += [span for span in _chat_title_contact(context, gazetteer)
                      if not any(span.overlaps(other) for other in found)]
        if " que e " in context.folded or ", noss" in context.folded or ", meu" in context.folded \
                or ", minha" in context.folded:
            found += [span for span in _lower_case_names_before_their_role(context, gazetteer)
                      if not any(span.overlaps(other) for other in found)]
        if ", " in text and text.count(",") >= 2:
            found += [span for span in _lower_case_names_after_their_role(context, gazetteer)
                      if not any(span.overlaps(other) for other in found)]
        if ", " in text or " (" in text:
            found += [span for span in _lower_case_names_before_their_kinship(context, gazetteer)
                      if not any(span.overlaps(other) for other in found)]
        if "\n" in text and ("—" in text or " - " in text):
            for span in _names_in_a_lower_case_list(context, gazetteer):
                found = [s for s in found if not s.overlaps(span)] + [span]
        if "conhecid" in context.folded:
            found += [span for span in _lower_case_nicknames(context, gazetteer, found)
                      if not any(span.overlaps(o) for o in found)]
        if ":" in text and ("bom dia" in context.folded or "boa " in context.folded or "emergencia" in context.folded
                            or "posso " in context.folded):
            found += [span for span in _lower_case_names_in_greetings(context, gazetteer)
                      if not any(span.overlaps(other) for other in found)]
        if ", " in text:
            found += [span for span in _names_opening_a_line(context, gazetteer)
                      if not any(span.overlaps(other) for other in found)]
        if "nome" in context.folded and "\n" in text:
            for span in _names_answering_a_name_question(text, context, gazetteer):
                if not any(span.overlaps(other) for other in found):
                    found.append(span)
        if "." in text and _SPEAKS_OF_FIRMS.search(context.folded):
            for span in _sole_traders(text, gazetteer):
                found = [s for s in found if not s.overlaps(span)] + [span]
        firms = _firm_names(text, runs, gazetteer) + list(radio_station_names(text))
        if firms:
            found = [s for s in found if not any(s.start < end and start < s.end for start, end in firms)]
        if found and ("  " in text or "\n" in text or '":' in text):  # (a table's, a record's value)
            found = [kept for kept in (before_a_not_person_column(context, s) for s in found) if kept is not None]
        cells = self._names_in_name_columns(context, gazetteer) + _named_fields(context, gazetteer)
        if "  " in text and runs:
            cells += self._names_in_aligned_columns(context, runs, gazetteer)
        if cells:
            found = [s for s in found if not any(s.overlaps(c) for c in cells)] + cells
        if ", DN" in text or ", D.N." in text or "asc" in text:
            found += [s for s in _names_before_their_birth_date(text, gazetteer) if not any(s.overlaps(o) for o in found)]
        if "(" in text:
            found += _bracketed_nicknames(text, found, gazetteer)
            found += [s for s in _names_before_their_age(text, gazetteer) if not any(s.overlaps(o) for o in found)]
            found += [s for s in _names_before_a_trade_and_document(text, gazetteer)
                      if not any(s.overlaps(o) for o in found)]
        if "PIX " in text or "TED " in text or "TRANSF" in text:
            parties = _statement_parties(text, gazetteer)
            found = [s for s in found if not any(s.overlaps(p) for p in parties)] + parties
        if "asamento" in text or "ASAMENTO" in text or "odas" in text or "oivos" in text:
            couple = _couple_names(text, gazetteer)
            found = [s for s in found if not any(s.overlaps(c) for c in couple)] + couple
        if "@" in text:
            found += [m for m in _mentions(text, gazetteer) if not any(m.overlaps(o) for o in found)]
        if "\n" in text:
            found += [m for m in _sign_offs(text, gazetteer) if not any(m.overlaps(o) for o in found)]
        if ", conhecid" in text:
            found += [m for m in _nicknames_in_apposition(text, found, gazetteer) if not any(m.overlaps(o) for o in found)]
        if "onhec" in text or "ONHEC" in text or "pelido" in text or "PELIDO" in text or "ulgo" in text or "ULGO" in text \
                or "(" in text or _EPITHET_WORD.search(context.folded):
            # (the whole nickname wins over the part of it found: "Arquimedes" of "Arquimedes da Rede")
            epithets = _nicknames_with_epithets(text, context.folded, gazetteer)
            found = [s for s in found if not any(e.start <= s.start and s.end <= e.end for e in epithets)]
            found += [e for e in epithets if not any(o.start <= e.start and e.end <= o.end for o in found)]
        if "^" in text:
            hl7 = _hl7_person_names(text)
            dicom = [d for d in _dicom_person_names(text, gazetteer) if not any(d.overlaps(h) for h in hl7)] + hl7
            found = [s for s in found if not any(s.overlaps(d) for d in dicom)] + dicom
            if "PID|" in text:
                # the patient's address (PID-11: street^other^city^state^…) names no one:
                # "…^ALTO DA PAZ^JUIZ DE FORA^MG^…"
                addresses = [(start, end) for field, start, end in hl7_fields(text, "PID") if field == 11]
                found = [s for s in found if not any(a <= s.start and s.end <= b for a, b in addresses)]
        # "Flora", "BOT Duda": the assistant's name, with or without its role; the role
        # alone ("Olá! Eu sou Assistente Virtual") whether the text names one or not
        bots = virtual_assistant_names(context) | announced_firm_words(context)
        found = [s for s in found if not set(context.folded[s.start:s.end].split()) - BOT_WORDS <= bots]
        kept = []
        for cut in (_before_council(context.folded, s) for s in found):
            if cut is None or _login_or_scale(text, cut, gazetteer) or FORM_OF_ADDRESS.match(text, cut.start):
                continue  # (a form of address: "Fica V. Sa. notificado")
            if (payer := _RECEIPT_OPENING.match(context.folded, cut.start, cut.end)) is not None:
                # a receipt's opening joined to the payer's name by "de": "Recebi de Quintino …"
                cut = Span(payer.end(), cut.end, cut.label, cut.score, cut.detector)
            if above_a_ruler(context, cut.start) or in_a_firms_chat_sender(context, cut.start):
                continue  # a report's column names over its ruler ("DIAS BRUTO"), a firm's chat account
            if cut.score < 0.9 and (STATE_AFTER.match(text, cut.end) or _ENDS_WITH_STATE.search(text, cut.start, cut.end)):
                continue  # a town and its state: "Naturalidade: Bento Gonçalves-RS"
            if _TOWN_BEFORE_ITS_STATE.match(text, cut.end) or _a_dateline(context, cut):
                continue  # whatever the name's score: "zona rural, Dom Feliciano/RS", "Vera Cruz, 12 de maio de 2026."
            end = before_a_camel_case_word(text, cut.start, cut.end)
            if end == cut.end:
                kept.append(cut)
            elif end is not None and not set(context.folded[cut.start:end].split()) <= (
                    BOT_WORDS | gazetteer.not_name_words):  # ("Assistente" of "Assistente BodyMax")
                kept.append(Span(cut.start, end, cut.label, cut.score, cut.detector))
        return iter([piece for span in kept for piece in names_apart_from_their_sentence(text, span, gazetteer)])

    def _names_after_inner_context(
        self, text: str, run: re.Match[str], context: ContextWindow, gazetteer: Gazetteer
    ) -> list[Span]:
        """In text all in capitals a whole sentence is one run, and a strong person context
        (or a nickname's announcement, `_NICKNAME_BEFORE`) may stand inside it: "VISITA
        DOMICILIAR FEITA POR BRUNO PINHEIRO EPAMINONDAS". The
        rest of the run after the context is read as a run of its own (the words before it
        would otherwise make it look like a firm's name)."""
        gazetteer_org = gazetteer.organisation_words
        in_a_place = False  # after " NO ", " NA ", " EM ": "… NO POSTO CAMPO GRANDE" names a place
        for word in _LETTERS.finditer(text, run.start(), run.end()):
            in_a_place = in_a_place or _PLACE_AFTER_A_NAME.match(text, word.start() - 1) is not None
            if fold(word.group()) in gazetteer_org and not in_a_place:
                return []  # "CONDOMÍNIO EDIFÍCIO DONA AURORA", "AV PROFESSOR LAUDELINO GURGEL"
            # only an agent's "por"/"pelo"/"pela": "CADASTRO … COM PESSOA ELETRODEPENDENTE" stays out
            # (or a name given or a nickname announced: "QUALIFICADO NA DELEGACIA COMO MARCOS
            # SANTANA CORDEIRO", "CONHECIDO NO MEIO DO SAMBA COMO CORINGA DO CHOCALHO")
            if word.start() > run.start() and (_AGENT_BEFORE.search(context.folded, max(0, word.start() - 6),
                                                                    word.start())
                                               and has_person_context(context, word.start())
                                               or _NICKNAME_BEFORE.search(context.folded, max(0, word.start() - 45),
                                                                          word.start())):
                # (the sentence may go on after the name with where it happened: "ATENDIMENTO
                # POR SOCORRINHA NUNES ROSALEM NO POSTO CAMPO GRANDE")
                place = _PLACE_AFTER_A_NAME.search(text, word.start(), run.end())
                rest = _RUN.match(text, word.start(), place.start() if place else len(text))
                if rest is not None and rest.end() <= run.end():
                    return self._names_in_run(text, rest, context, gazetteer)
        return []

    def _names_after_a_role_in_capitals(
        self, text: str, run: re.Match[str], context: ContextWindow, gazetteer: Gazetteer
    ) -> list[Span]:
        """In text all in capitals, a role (an agent noun that is a person context) after
        its article or preposition, then a given name or a word shaped like one, inside
        the sentence's run: "ASSUMI O POSTO RECEBENDO DA VIGILANTE DEBORA ABDALLA",
        "AUTORIZADO PELA MORADORA RENATA COELHO (APTO 1504)". The rest of the run after the
        role is read as a run of its own, up to where a place follows ("NO POSTO …")."""
        folded = context.folded
        for match in _ROLE_AFTER_ITS_ARTICLE.finditer(folded, run.start(), run.end()):
            role = match.group("role")
            if (_AGENT_NOUN.fullmatch(role) is None or role in _NOT_AGENT_NOUNS
                    or not has_person_context(context, match.end())):
                continue
            first = _LETTERS.match(folded, match.end())
            if first is None or not (first.group() in gazetteer.given or (
                    is_name_shaped(first.group()) and first.group() not in common_words())):
                continue
            place = _PLACE_AFTER_A_NAME.search(text, match.end(), run.end())
            rest = _RUN.match(text, match.end(), place.start() if place else run.end())
            if rest is not None:
                return self._names_in_run(text, rest, context, gazetteer)
        return []

    def _names_in_name_columns(self, context: ContextWindow, gazetteer: Gazetteer) -> list[Span]:
        """Whole cells of a table column that holds persons (`_person_column`: "NOME",
        "Paciente", "first_name", "nm_cliente", "mae_r") when they hold only words: "EDUARDO DOS PINTO",
        "Matheus macedo", "davi ARAÚJO". The header says what the cell is, whatever its
        case; cells with an organisation word ("BANCO DO BRASIL") or a listed non-name
        stay out."""
        spans = []
        for cell in table_cells(context):
            # (in a table of fields and their values, the row's field: "Nome da mãe | …")
            header = value_field(context, cell) or "" if cell.header in VALUE_HEADERS else cell.header
            if _person_column(header) and _name_cell(context, cell.start, cell.end, gazetteer) and (
                    _names_its_values(header) or not _no_name_by_its_look(context, cell.start, cell.end,
                                                                                gazetteer)) and (
                    header not in _CONTACT_HEADERS or _has_a_name_word(context, cell.start, cell.end, gazetteer)):
                spans.append(Span(cell.start, cell.end, "PERSON", 0.95, self.name))
        return spans

    def _names_in_aligned_columns(
        self, context: ContextWindow, runs: list[re.Match[str]], gazetteer: Gazetteer
    ) -> list[Span]:
        """Whole cells of a blank-aligned table's person column (`_person_column`: "NOME",
        "PROPRIETÁRIO(A)", "Criança") that a capitalised run or a known given name in lower
        case opens: "SAAD, SALIM", "TERUKO NAKAMURA", "josefa ivonete medeiros", as a
        report prints them."""
        text = context.text
        spans = []
        starts = [run.start() for run in runs]
        # a name in lower case opens a cell too ("07:46  mei huang   495.603.597-…"), when
        # its first word is a known given name
        starts += [m.start() for m in _LOWER_CELL_START.finditer(text)
                   if fold(m.group()) in gazetteer.given]
        if "--" in text or "==" in text:
            # a word one blank inside a run where a ruled report's column starts
            starts += [m.start() for run in runs for m in _INNER_WORD.finditer(text, run.start() + 1, run.end())
                       if ruled_cell_at(context, m.start()) is not None]
        for start in sorted(set(starts)):
            line_start = text.rfind("\n", 0, start) + 1
            # a ruled report's column bounds its cells, even one blank from the cell before
            # ("GRUPO VITORIA ASSISTEN JAILTON CELESTIN" under "-------- --------")
            ruled = ruled_cell_at(context, start) if "--" in text or "==" in text else None
            if ruled is None and start > line_start and not (
                    start - line_start >= 2 and text[start - 2 : start] in ("  ", " \t")
                    or text[start - 1] == "\t"
                    or text[start - 2 : start - 1].isdigit() and text[start - 1] == " "):
                # a cell starts a line or follows a gap of two blanks, or one blank after a
                # number that filled its column ("159847 20/06 NILMAR BOFF DIAS   444…")
                continue
            header = ruled.header if ruled is not None else aligned_header_at(context, start)
            if header is None or not _person_column(header):
                continue
            gap = _CELL_GAP.search(text, start)
            line_end = text.find("\n", start)
            line_end = len(text) if line_end < 0 else line_end
            end = min(gap.start() if gap else line_end, line_end, ruled.end if ruled is not None else line_end)
            if ruled is None and (gap is None or gap.start() >= line_end):
                # a fixed-width row without a gap ("78070839 TEIXEIRA DESIR, JEAN-ROBER
                # 23/01/1974 …"): the next column's start ends the cell
                table = aligned_table_at(context, start)
                following = [s for s, _e in table[1] if s > start - line_start] if table else []
                if following:
                    end = min(end, line_start + following[0] - 1)
            elif ruled is None and any(c.isdigit() for c in text[start:end]):
                # a name that filled its column, one blank before the next column's number
                # ("CARLOS ERISVALDO DE LEI 00158368436   -"): the number's column ends it
                table = aligned_table_at(context, start)
                following = [s for s, _e in table[1] if s > start - line_start] if table else []
                cut = line_start + following[0] if following else end
                if start < cut < end and text[cut - 1] == " " and text[cut].isdigit():
                    end = cut - 1
            end = len(text[start:end].rstrip()) + start
            # a blank-aligned header is a guess from the layout: a name word must vouch
            # for the cell ("CPFL", "Nu Pagamentos" in a payee column are not names)
            words = context.folded[start:end].replace(",", " ").split()
            if _name_cell(context, start, end, gazetteer) and (any(
                w in gazetteer.name_words or (len(words) > 1 and is_name_shaped(w) and w not in common_words())
                for w in words
            ) or (header in _NICKNAME_HEADERS and _a_nickname_cell(words, gazetteer))):
                spans.append(Span(start, end, "PERSON", 0.9, self.name))
        return spans

    def _listed_names(
        self,
        text: str,
        runs: list[re.Match[str]],
        named: list[bool],
        context: ContextWindow,
        gazetteer: Gazetteer,
    ) -> list[Span]:
        """Names in a list with a name already found: in "Participantes: Ana Souza,
        Clebson Muricy e Helena Ramos" the unknown middle one is announced by its
        neighbours as a weak context would announce it (two words, or a known given name).

        A list is a chain of runs joined only by "," / ";" / " e " (the whole gap), and it
        must look like an enumeration: an " e " somewhere in it, or a person context before
        it ("Presentes: A, B, C"). "Maria Souza, Ouro Branco, 3 de maio" is a name and a
        place, not a list. Propagation goes both ways, link by link, so one known name
        carries a whole list.
        """
        # gaps[i]: how runs[i] and runs[i + 1] are joined (None: not as list items)
        gaps = [_LIST_GAP.fullmatch(text, runs[i].end(), runs[i + 1].start())
                for i in range(len(runs) - 1)]
        if not any(gaps):
            return []
        in_a_list = [False] * len(runs)
        first = 0
        for index in range(len(runs)):
            if index < len(gaps) and gaps[index]:
                continue
            chain = range(first, index + 1)  # runs[first..index], joined by list gaps
            if len(chain) > 1 and (
                any(" e" in gaps[i].group() for i in chain[:-1])  # type: ignore[union-attr]
                or person_context(context, runs[first].start())
            ):
                for i in chain:
                    in_a_list[i] = True
            first = index + 1
        spans: list[Span] = []
        named = list(named)
        changed = True
        while changed:
            changed = False
            for index, run in enumerate(runs):
                if named[index] or not in_a_list[index] or " " not in run.group():
                    continue  # a list vouches for two words, as a weak context does
                if not (
                    (index > 0 and named[index - 1])
                    or (index + 1 < len(runs) and named[index + 1])
                ) or not _has_lower_case_near(text, run.start(), run.end()):
                    continue  # in text all in capitals, every chunk between commas is a "run"
                listed = self._names_in_run(text, run, context, gazetteer, listed=True)
                if any(s.score >= _VOUCHING_SCORE for s in listed):
                    named[index] = changed = True
                    spans.extend(listed)
        return spans

    def _names_in_run(
        self,
        text: str,
        run: re.Match[str],
        context: ContextWindow,
        gazetteer: Gazetteer,
        listed: bool = False,
    ) -> list[Span]:
        """Names in one capitalised run; `listed`: the run is an item of a list whose
        neighbour is a name, which counts as a weak context before its first word."""
        offset = run.start()
        tokens = []
        for m in _TOKEN.finditer(run.group()):
            word = m.group()
            folded = fold(word)
            tokens.append(_Token(offset + m.start(), offset + m.end(), folded,
                                 folded in _PARTICLES, len(word) > 1 and word[1] != "." and word.isupper()))
        # "Maria Cecília Casa Grande": a two-word surname after a name word is a name,
        # though "Casa" alone would mark an organisation.
        in_surname = self._in_compound_surnames(tokens, gazetteer)
        for i in range(1, len(tokens)):
            # an organisation's word that is also a surname, after a name word (or a particle
            # after one): "Lucas Jardim da Silva", "Eudóxia Jardim Lima" ("Jardim Europa" is
            # a neighbourhood)
            if tokens[i].folded in gazetteer.organisation_words and (
                    tokens[i].folded in gazetteer.surnames or tokens[i].folded in _OPENS_ITS_NAME_ONLY):
                before = i - 2 if tokens[i - 1].is_particle and i >= 2 else i - 1
                word = tokens[before].folded
                if word not in gazetteer.organisation_words and (
                        word in gazetteer.given or word in gazetteer.surnames or is_name_shaped(word)
                        or person_context(context, run.start()) == STRONG_CONTEXT):
                    in_surname.add(i)
        # the secretary, not the department ("pela Secretária Adriana Campos"): the accent
        # tells the role from the "Secretaria de Saúde"
        secretary = {i for i, t in enumerate(tokens)
                     if t.folded == "secretaria" and text[t.start + 6] in "áÁ"}
        organisation = [
            (t.folded in gazetteer.organisation_words
             or (_BRAND_ENDING.search(t.folded) is not None and t.folded not in gazetteer.name_words))
            and i not in in_surname and i not in secretary
            for i, t in enumerate(tokens)
        ]
        for i in range(len(tokens) - 1):
            if tokens[i].folded == "linha" and not tokens[i + 1].is_particle:
                # a rural locality of the South ("Linha Clemente", "Integrado Linha Brasil"),
                # not a phone's line: "Linha de Bruna Girão recadastrada"
                organisation[i] = True
        east_asian = _east_asian_name(tokens, organisation, gazetteer)
        if east_asian is None and _east_asian_name_surname_first(tokens, organisation, gazetteer):
            east_asian = 0
        if east_asian is not None and not self._after_street_or_organisation(context, run.start(), gazetteer):
            return [Span(tokens[east_asian].start, tokens[-1].end, "PERSON", 0.85, self.name)]
        if any(organisation) and not organisation[0] and (
                tokens[0].folded in gazetteer.given or tokens[0].folded in gazetteer.ambiguous
                or is_name_shaped(tokens[0].folded)):
            # announced, then the firm after "da": "Aqui é Mariana da Bittar Energia Ltda"; a
            # given name after an article, then its firm: "Adicionei aqui a Quitéria da
            # Bressan Vinhos Finos", "o Gercino da Doces da Vó Quitéria"
            cut = next((i for i in range(1, len(tokens)) if tokens[i].folded in ("da", "do")), None)
            if cut is not None and not any(organisation[:cut]) and (
                    (organisation[-1] and person_context(context, run.start()) == STRONG_CONTEXT)
                    or (_ARTICLE_BEFORE.search(context.before(run.start(), 12)) and all(
                        # (the whole name first: "quem agenda é a Anahit Sarkissian da Leão Assistência")
                        t.is_particle or t.folded in gazetteer.name_words or is_name_shaped(t.folded)
                        for t in tokens[1:cut]))):
                tokens, organisation = tokens[:cut], organisation[:cut]
        if (organisation[-1] and len(tokens) > 1 and not organisation[0] and tokens[0].folded in gazetteer.given
                and text.startswith(":", run.end())):
            # a chat's speaker with a department ("10:29 - Valéria Comercial: Olá!"), or a
            # chat export's contact saved with the firm after the name ("27/12/2025 12:29 -
            # Antônio Loja:", "… - Manuela Onda Celular:"): the name words before it
            if tokens[-1].folded in _DEPARTMENTS and not any(organisation[:-1]):
                tokens, organisation = tokens[:-1], organisation[:-1]
            elif _CHAT_SENDER_BEFORE.search(text, max(0, run.start() - 40), run.start()):
                cut = next(i for i, t in enumerate(tokens)
                           if i and not (t.folded in gazetteer.given or t.folded in gazetteer.surnames or t.is_particle))
                tokens, organisation = tokens[:cut], organisation[:cut]
        if organisation[0] or organisation[-1]:
            return []  # "Farmácia Silva", "Lojas Rocha", "Silva Advogados", "Jadlog"
        if _firm_after_unknown_words(tokens, organisation, gazetteer):
            return []  # "Paschoalotto Serviços Financeiros", "Zanc Gestão de Cobrança"
        if any(organisation[i] and not tokens[i - 1].is_particle and tokens[i].folded not in _PLACE_WORDS
               for i in range(1, len(tokens))):
            # a firm's word right after a name word names the firm after its founder:
            # "Prudente Companhia de Seguros Gerais", "Bento Leilões", "Celeste Vida e
            # Previdência" (a place's word may end a flattened form's name: "… Rua …")
            return []
        if self._after_street_or_organisation(context, run.start(), gazetteer):
            return []
        blocked = self._blocked_by_places_and_companies(
            tokens, context, gazetteer,
            qualified=_RIGHT_CUE.match(context.folded, run.end()) is not None,
        )
        if any(organisation):  # "Vila Mariana", "Hospital Maria Amélia": the rest is a name
            blocked.update(range(organisation.index(True), len(tokens)))  # of a place or firm
        # "Prezado Cliente", "Central de Atendimento", "Paciente Hipertensa": a role, a
        # department or a state is skipped like an acronym (never a name word itself).
        blocked.update(i for i, t in enumerate(tokens) if t.folded in gazetteer.not_name_words)
        blocked.update(secretary)
        if len(tokens) > 2 and _council_after_words([t.folded for t in tokens]):
            # "BUMBA MAVUNGO  CRM-SP": the council's acronym ends the name, and cues it
            blocked.update(i for i, t in enumerate(tokens) if i >= 2 and _is_council_word(t.folded))
        # "Sete de Setembro", "Nove de Julho": a date that names a street, a unit, a hospital
        for i in range(len(tokens) - 2):
            if tokens[i + 1].folded == "de" and tokens[i + 2].folded in _MONTHS:
                blocked.update((i, i + 1, i + 2))
        if any(not t.all_caps and not t.is_particle and i not in blocked for i, t in enumerate(tokens)):
            # In a title-case run an unknown ALL-CAPS word is an acronym that ends the name:
            # "Fernanda Lima CRM/SP", "João Souza CPF".
            blocked.update(
                i for i, t in enumerate(tokens)
                if t.all_caps and not t.is_particle and t.folded not in gazetteer.name_words
            )

        listed_start = offset if listed else None
        spans: list[Span] = []
        segment: list[_Token] = []
        for index, token in enumerate(tokens):
            if index in blocked:
                spans.extend(self._score_segment(segment, text, context, gazetteer, listed_start))
                segment = []
            else:
                segment.append(token)
        spans.extend(self._score_segment(segment, text, context, gazetteer, listed_start))
        return spans

    @staticmethod
    def _in_compound_surnames(tokens: list[_Token], gazetteer: Gazetteer) -> set[int]:
        """Indexes of tokens inside a known two-word surname that follows a name word."""
        inside: set[int] = set()
        folded = [t.folded for t in tokens]
        for index in range(1, len(tokens)):
            for entry in gazetteer.compound_surnames.get(folded[index], ()):
                if tuple(folded[index : index + len(entry)]) == entry:
                    inside.update(range(index, index + len(entry)))
        return inside

    @staticmethod
    def _after_street_or_organisation(
        context: ContextWindow, start: int, gazetteer: Gazetteer
    ) -> bool:
        """True when the word before the run (skipping titles like "Dr.") is a street type
        or an organisation word: "Rua Dr. João Silva", "farmácia Silva"; or an ordinal
        number before an office's abbreviation ("cartório da 87ª ZE"; not an article's
        number before its verb: "Art. 1º NOMEAR VALDIRENE …")."""
        if context.text[max(0, start - 2):start].rstrip(" \t") == "|" \
                and _boxed_field_before(context, start, numbered=True) is not None:
            return False  # a numbered box's field name is its label, like "Mãe:": "| 05 | Nome da mãe | SIRLÂNDIA …"
        if _ORDINAL_BEFORE.search(context.text, max(0, start - 8), start):
            first = context.folded[start:].split(maxsplit=1)[:1]
            word = first[0].strip(".,;:") if first else ""
            if word and len(word) <= 3 and word not in gazetteer.person_contexts:
                return True  # (a rank is no office: "3º Sgt Quitério Lemos")
        dash = after_title = False
        skipped = 0
        # a blank line ends what came before: "… encaminhada à Defensoria).\n\nOdete …"
        window = _BLANK_LINE.split(context.before(start, 60))[-1]
        raw_words: list[str] = []
        for looked_back, word in enumerate(reversed(window.split())):
            if word.endswith(":"):
                return False  # a form's label ("Juiz:") ends its field: what is before is another
            if word.endswith((".", ".)", ")."))  and not after_title and (
                    len(word.strip(".,;:()")) > 4 or word.strip(".,;:()").lower() in ("ltda", "eireli")):
                # a sentence ends there: "… ligou para a farmácia. Silvana …", "… da AeroApoio
                # Ltda. Fábio Vasconcelos (CPF …)"
                return False
            # (a log's key=value: 'unidade="CAPS I Bento Torquato"')
            word = word.strip(".,;:()")
            if "=" in word:
                word = word.rsplit("=", 1)[-1].strip("\"'")
            opens_a_value = word[:1] != "" and word[:1] in "\"“'"  # a record's value: '"prestador": "Hospital Dr. …'
            word = word.lstrip("\"“'")
            if word in _TITLES:
                after_title = True
                continue
            if after_title and not raw_words:  # the original case, only after a title
                raw_words = context.text[start - len(window) : start].split()[::-1]
            raw = raw_words[looked_back].lstrip("\"“'") if after_title else ""
            if after_title and looked_back <= 4 and word not in gazetteer.organisation_words and not opens_a_value and (
                (raw[:1].isupper() and not raw.endswith((".", ",", ":", ";"))) or word in _PARTICLES
            ):
                # "Hospital Regional Dr. Homero…", "Centro de Saúde Dr. Ruy Santos": a title
                # after an institution's capitalised name introduces its patron
                continue
            if word in ("-", "–", "|") and not dash:
                dash = True  # "Contencioso – Mattos Filho": a firm's department, its name
                continue
            if looked_back <= 2 and not after_title and not dash and (
                    word in _UNIT_GRADES or (word in common_words() and word not in gazetteer.name_words
                                             and word not in gazetteer.organisation_words)):
                if not raw_words:
                    raw_words = context.text[start - len(window) : start].split()[::-1]
                raw = raw_words[looked_back]
                if word in _UNIT_GRADES or (raw[:1].isupper() and raw[-1:].isalpha() and skipped < 2):
                    # a unit's grade or the first words of the organisation's own name:
                    # "CAPS I Bento Torquato", "CAPS AD III", "Fazenda Vida Nova Bento"
                    skipped += word not in _UNIT_GRADES
                    continue
            if word == "secretaria":
                if not raw_words:
                    raw_words = context.text[start - len(window) : start].split()[::-1]
                if "á" in raw_words[looked_back].lower():
                    return False  # the secretary: "pela Secretária Adriana Campos"
            if word == "caixa" and looked_back + 1 < len(window.split()) and fold(
                    window.split()[-looked_back - 2]) in _MASCULINE_ARTICLES:
                return False  # "o caixa Ivonei": the cashier (the bank is "a Caixa")
            # (a cooperative's coined name: "Coopercata Rosa Branca", "Coopervale")
            return (word in gazetteer.organisation_words or (dash and word in gazetteer.not_name_words)
                    or is_a_cooperative_name(word))
        return False

    @staticmethod
    def _blocked_by_places_and_companies(
        tokens: list[_Token], context: ContextWindow, gazetteer: Gazetteer, qualified: bool = False
    ) -> set[int]:
        """Indexes of tokens inside a known place or company name, unless a person context
        stands right before it ("Sr. João Pessoa" is a person, "em João Pessoa" a city) or,
        for a place, a qualification follows the run (`qualified`: "de outro VITÓRIA DA
        ROCHA, portador do CPF")."""
        blocked: set[int] = set()
        folded = [t.folded for t in tokens]
        for index, word in enumerate(folded):
            for entry in gazetteer.companies.get(word, ()):
                if len(entry) == 1 and any(
                        w not in gazetteer.ambiguous and w not in gazetteer.companies and (
                            w in gazetteer.given or (is_name_shaped(w) and w not in common_words()))
                        for w in folded[:index]):
                    # "Carolina Perdigão", "Teodolina Perdigão Branco": a firm's one word
                    # after a given name (or a word shaped like one) is a surname
                    break
                if tuple(folded[index : index + len(entry)]) == entry:
                    blocked.update(range(index, index + len(entry)))
                    break
        # A place named after a person counts ending a run with no name word before it and
        # no person context: "Teixeira de Freitas/BA", "Foro Regional de Santo Amaro".
        for index, word in enumerate(folded):
            for entry in gazetteer.places_named_after_people.get(word, ()):
                if (
                    tuple(folded[index:]) == entry
                    and not any(w in gazetteer.name_words for w in folded[:index])
                    and not qualified
                    and not has_person_context(context, tokens[0].start)
                ):
                    blocked.update(range(index, len(tokens)))
        # A place only counts at the start of a run: "em Santos" is the city, but in
        # "José dos Santos" the same word is a surname.
        for entry in gazetteer.places.get(folded[0], ()) if folded else ():
            if tuple(folded[: len(entry)]) == entry:
                if not qualified and not has_person_context(context, tokens[0].start):
                    blocked.update(range(len(entry)))
                break
        return blocked

    def _score_segment(
        self,
        segment: list[_Token],
        text: str,
        context: ContextWindow,
        gazetteer: Gazetteer,
        listed_start: int | None = None,
    ) -> list[Span]:
        """Find the name in a run of unblocked tokens and score it (0, 1 or 2 spans:
        a leading non-name word such as "Olá" or "Obrigado" is skipped). A name starting
        at `listed_start` is a list item next to a name: at least a weak context."""
        given, surnames, ambiguous = gazetteer.given, gazetteer.surnames, gazetteer.ambiguous
        while segment and segment[0].is_particle:
            segment = segment[1:]
        while segment and segment[-1].is_particle:
            segment = segment[:-1]
        if not segment:
            return []
        # a cue past a wide gap is the next column of a table ("DATA  PRODUTOR      CPF/CNPJ")
        right_cue = (_RIGHT_CUE.match(context.folded, segment[-1].end) is not None
                     and not text.startswith("   ", segment[-1].end))
        for first_index, first in enumerate(segment):
            if first.is_particle:
                continue
            words = [t for t in segment[first_index:] if not t.is_particle]
            if (len(words) > 1 and (words[1].folded in given or words[1].folded in surnames)
                    and first.folded in _SENTENCE_ADVERBS
                    and _OPENS_A_SENTENCE.search(text, max(0, first.start - 4), first.start)):
                # a sentence's first word, capitalised for it, before a name: "Depois Marcos
                # Queiroga disse…", "Ontem Fortunato (47…) ligou" name Marcos and Fortunato
                continue
            strength = person_context(context, first.start)
            if first.start == listed_start:
                strength = max(strength, WEAK_CONTEXT)
            elif strength == NO_CONTEXT:
                strength = _signature_line(text, first.start, segment[-1].end, gazetteer)
            if (
                strength == WEAK_CONTEXT
                and all(t.all_caps or t.is_particle for t in segment)
                and not _has_lower_case_near(text, first.start, segment[-1].end)
            ):
                # in a text all in capitals a weak context would take any two words
                # ("BOA TARDE, QUERO SABER"): capitals there say nothing
                strength = NO_CONTEXT
            score = self._score(words, strength, right_cue, text, gazetteer)
            if score > 0.0:
                end = segment[-1].end
                return [Span(first.start, end, "PERSON", score, self.name)]
            if first.folded in given or first.folded in surnames or first.folded in ambiguous:
                # a name word that did not make the cut: do not start again inside it
                # ("Rosa Vermelha" must not become "Vermelha")
                return []
        return []

    @staticmethod
    def _score(
        words: list[_Token],
        strength: int,
        right_cue: bool,
        text: str,
        gazetteer: Gazetteer,
    ) -> float:
        """Confidence that `words` (a run without particles) is a person's name; 0 when it
        cannot even start one. `strength` is the person context before the first word,
        `right_cue` whether a qualification or a relative in brackets follows the run."""
        given, surnames, ambiguous = gazetteer.given, gazetteer.surnames, gazetteer.ambiguous
        first, rest = words[0], words[1:]
        if not rest and first.folded in _FUNCTION_WORDS:
            return 0.0  # an article or a pronoun opening a sentence: "Atendente: Os laudos ficam…"
        if not rest and first.folded == "mat" and _NUMBER_AFTER_ABBREVIATION.match(text, first.end):
            return 0.0  # a registration's abbreviation: "Oficial de Justiça, Mat. 1025323"
        if not rest and first.folded == "van":
            return 0.0  # the school van, alone: a chat's "Tia da Van", "Monitora Van" (a name's particle has a name beside it)
        if len(words) == 1 and _NICKNAME_BEFORE.search(fold_text(text[max(0, first.start - 45) : first.start])):
            return 0.85  # "vulgo GORDO", "conhecido como Magrão": a nickname, whatever the word
        if not rest and not first.all_caps and _BORN_IN_BRACKETS.match(text, first.end) \
                and first.folded not in gazetteer.organisation_words:
            return 0.75  # "com Cristal (nascida em 21/06/2013)"
        if all(t.folded in common_words() for t in words) or _PERSON_VERB.fullmatch(first.folded):
            return 0.0  # "COM QUEM EU FALO", "Tudo Bem": everyday words, whatever the context
        if not rest and _FIRST_PERSON_VERB.fullmatch(first.folded) and first.folded not in gazetteer.name_words:
            return 0.0  # an agent's speech after its label: "Atendente: Localizei a conta", "Recebemos"
        if not rest and first.folded not in gazetteer.name_words and (
                (after := _LOWER_CASE_WORD_AFTER.match(text, first.end)) is not None
                and (first.folded in common_words()
                     or (after.group(1) in _SENTENCE_ARTICLES and text[first.start - 2:first.start] == ": "))):
            # a sentence's first word, the sentence going on: "Demorou demais", a label's
            # value that is a sentence: "consumidor: Recebi o termo"
            return 0.0
        cue_after = (_PHONE_AFTER.match(text, words[-1].end) is not None
                     and not any(t.folded in PHONE_WORDS for t in words)) or (
            # an e-mail's or a letter's addressee opening it: "Socorro, boa tarde."
            not rest and _GREETING_AFTER.match(fold(text[first.end:first.end + 16])) is not None
            and (text[first.start - 1:first.start] in ("", "\n") or (
                text[first.start - 2:first.start] == ": " and _in_a_chat_message(text, first.start))))
        if (len(words) <= 3 and not first.all_caps and _VOCATIVE_END.match(text, words[-1].end) is not None
                and _GREETING_BEFORE.search(fold(text[max(0, first.start - 16):first.start])) is not None
                and not any(t.folded in common_words() or t.folded in gazetteer.not_name_words
                            or t.folded in _ADDRESSED_WORDS for t in words)):
            return 0.75  # the person greeted: "Olá Edegar, tudo bem?", "Atenção Pieter:"
        if not rest and not first.all_caps and (
                (cue_after and strength != STRONG_CONTEXT)
                or _RELATION_IN_BRACKETS.match(fold(text[first.end:first.end + 20]))
                or _with_its_login(text, first.end, first.folded)
                or _KINSHIP_AFTER_DASH.match(fold(text[first.end:first.end + 20]))
                or _AGE_AFTER.match(text, first.end)
                or _TEAM_AFTER.match(fold(text[first.end:first.end + 20]))
                or (text[first.start - 1:first.start] in ("", "\n")
                    and _JOB_TITLE_LINE_AFTER.match(fold(text[first.end:first.end + 30])))
                or ((council := _COUNCIL_AFTER_DASH.match(fold(text[first.end:first.end + 24])))
                    and _is_council_word(council.group("council"))
                    and not _PROFESSION_ENDING.search(first.folded))
                # a person's doing after one name word: "- Dheymerson reagendou (…)"
                or (strength != STRONG_CONTEXT and _PERSON_VERB_AFTER.match(fold(text[first.end:first.end + 16])))) and (
                first.folded in given or first.folded in ambiguous or is_name_shaped(first.folded)):
            # a contact with whose relative they are: "Otacília (filha), (21) 9979…"; with
            # a phone number: "Gleiciane 88 99663 0879"
            return 0.75
        if not rest and not first.all_caps and first.folded not in common_words() and first.folded not in _CHAT_SHORTHAND \
                and first.folded not in _MONTHS and not _KIN_VERB_ENDING.search(first.folded) \
                and first.folded not in gazetteer.not_name_words and first.folded not in gazetteer.organisation_words \
                and _KINSHIP_AFTER_COMMA.match(fold(text[first.end:first.end + 20])):
            return 0.75  # whose relative between commas: "na ficha tá a Assunta, mãe, 21 …"
        has_context = strength == STRONG_CONTEXT
        # a weak context or a right cue vouches for two or more words, not for one
        announced = bool(rest) and (strength == WEAK_CONTEXT or right_cue or (
            # a phone number vouches for a run that starts with a name word, not for "TENTADO
            # CONTATO NO (11) …"
            cue_after and (first.folded in given or first.folded in ambiguous or first.folded in surnames
                           or (not first.all_caps and is_name_shaped(first.folded)))) or (
            not words[-1].all_caps and _PERSON_VERB_AFTER.match(fold(text[words[-1].end : words[-1].end + 16]))))
        known_rest = sum(1 for t in rest if t.folded in given or t.folded in surnames)
        if (
            has_context and rest and all(t.all_caps for t in words)
            and not any(t.folded in gazetteer.name_words for t in words)
            and any(t.folded in common_words() for t in words)
            # (but a field's value alone on its line, a name's first word first: "Nome:
            # VALMOR CHOQUE")
            and not (len(words) <= 4 and first.folded not in common_words() and is_name_shaped(first.folded)
                     and _FIELD_VALUE_END.match(text, words[-1].end) is not None)
        ):
            # "A VÍTIMA DESEJA REPRESENTAR CRIMINALMENTE": a report typed in capitals goes
            # on after the context; no name word, and a word of the corpus
            return 0.0
        if not rest and first.folded not in gazetteer.name_words and _PARTICIPLE.search(first.folded):
            return 0.0  # "atendente: Atualizado ✅", "representante da Notificada"
        first_is_given = first.folded in given
        first_is_ambiguous = first.folded in ambiguous
        if _is_initial(first):
            # "M. Pasqualotto", "D. P. Almeida", "I. Sá": initials, then a surname
            *initials, last = rest or [first]
            if not rest or not all(_is_initial(t) for t in initials) or _is_initial(last):
                return 0.0
            if last.folded in surnames:
                score = 0.6
            elif (has_context or strength == WEAK_CONTEXT or right_cue) and (
                last.folded in given or is_name_shaped(last.folded)
            ):
                score = 0.7
            else:
                return 0.0
            return max(score, 0.8) if has_context else score
        if first_is_given and not first_is_ambiguous:
            if rest:
                score = 0.9 if known_rest else 0.8
            elif first.all_caps:
                score = 0.55
            else:
                sentence_start = _SENTENCE_START.search(text[max(0, first.start - 4) : first.start])
                score = 0.6 if sentence_start else 0.7
        elif first_is_given or first_is_ambiguous:
            score = 0.85 if known_rest else 0.3
        elif first.folded in surnames:
            score = 0.6 if rest and known_rest == len(rest) else 0.4
        elif (
            rest
            and not first.all_caps
            and (
                _GIVEN_NAME_ENDING.search(first.folded)
                or (name_shape(first.folded) >= _STRONGLY_NAME_SHAPED
                    and all(t.folded in surnames or t.folded in given or is_name_shaped(t.folded) for t in rest))
            )
            and not _SENTENCE_START.search(text[max(0, first.start - 4) : first.start])
        ):
            # "de Josenildo Tabosa", "por Crispiniano Tonietto": an unknown name of a
            # Brazilian shape, every word of it name-shaped
            score = 0.55
        elif (has_context or announced) and first.folded not in _TITLES and len(first.folded) > 1:
            score = 0.0  # an unknown capitalised word: a name only after a person context
        else:
            return 0.0
        if has_context:
            if first.all_caps and not rest and first.folded not in given and not (
                    len(first.folded) >= 5 and name_shape(first.folded) >= _STRONGLY_NAME_SHAPED):
                return 0.0  # "cliente VIP": an acronym, not a name ("Recebedor: ADENILSON" is one)
            score = max(score, 0.85 if known_rest or first_is_given else 0.75)
        elif announced:
            score = max(score, 0.8 if known_rest or first_is_given else 0.7)
        if (not rest and score < 0.7 and (first_is_given or first_is_ambiguous) and not first.all_caps
                and _PERSON_VERB_AFTER.match(fold(text[first.end : first.end + 16]))):
            score = 0.7
        return score

    def _lowercase_names(
        self, text: str, context: ContextWindow, gazetteer: Gazetteer
    ) -> Iterator[Span]:
        """Lower-case names, as chat writes them. A lower-case given name is an everyday
        word often enough ("aurora", "clara", "marcos", "caio") that it needs support:

        * right after a strong context ("meu nome é joão da silva", "falei c/ a ana"), any
          given name that is not an ambiguous word ("com a paz");
        * right after a weak context ("pra", "pix pra", "oi", "familiar ("), any given name
          that is not an everyday word;
        * with no context, a given name that is not an everyday word followed by more name
          words ("maria souza pagou"), unless it starts a place ("joão pessoa");
        * opening a message or line, as a vocative: "maria vc me manda", "ana, tudo bem?".

        Everywhere, an everyday first word with a known surname after it is a name too:
        "pcte aurora mendes", "do funcionario clara andrade ribeiro".
        """
        patterns = _lowercase_patterns()
        folded = context.folded
        everyday_after_strong, everyday = gazetteer.ambiguous, gazetteer.everyday_in_lower_case
        spans: list[Span] = []

        def add(start: int, end: int, score: float) -> None:
            span = Span(start, end, "PERSON", score, self.name)
            if not any(span.overlaps(other) for other in spans):
                spans.append(span)

        for match in _word_starts(patterns.context, patterns.context_after, folded):
            tail = patterns.context_tail.match(folded, match.end())
            assert tail is not None  # the look-ahead at the end of `context` saw it
            start = tail.end()
            if not text[start].islower():
                continue
            if match.group("phrase").rstrip(".") in _TITLES_OF_ADDRESS and "," in folded[match.end("phrase"):start]:
                continue  # the title as the one addressed, not before a name: "combinado dona, deus abençoe"
            # "familiar (marcos)": a role and a bracket holding only a name vouch as much
            # as a strong context
            strong = " ".join(match.group("phrase").split()) in patterns.strong_phrases or (
                tail.group("bracket") is not None and _closes_bracket(text, start)
            )
            # "o dr costa", "a prof rosa": after a title of address a surname alone or an
            # everyday given name is the person's name
            phrase = " ".join(match.group("phrase").rstrip(".").split())
            # and after a self-introduction ("meu nome é edcarlos da fonseca"): any name,
            # though coined or a surname alone
            title = phrase in _TITLES_OF_ADDRESS or phrase in _SELF_INTRODUCTIONS or (
                phrase in _NAME_FIELDS and ":" in folded[match.end("phrase"):start])
            # ... and after a role named with its article, a strong context ("a supervisora
            # gercina", "o vigilante ettore tomasoni"): a name the gazetteer lacks, too
            # (right after the role: "o porteiro da noite" names a shift; and a name the
            # gazetteer knows, or one the sentence does not go on from as from a verb: "o
            # vendedor sabia do defeito")
            role_named = not title and strong and (_AGENT_NOUN.fullmatch(phrase) is not None
                                                   or phrase in _ROLES_WITHOUT_AN_AGENT_ENDING) \
                and phrase not in _NOT_AGENT_NOUNS and phrase not in _PARTIES_TO_A_CASE \
                and phrase not in ("usuario", "usuaria") \
                and not folded[match.end("phrase"):start].strip() \
                and _ARTICLE_BEFORE_A_ROLE.search(folded, max(0, match.start("phrase") - 5),
                                                  match.start("phrase")) is not None
            # ... and a relative after a possessive ("minha irmã rayssa", "minha tia graca")
            # (a name ending in "-ia" there is no verb's imperfect: "minha irmã rosivania")
            # ... or a relative of someone named ("a esposa do wilner", "mãe do maxsuel")
            between = folded[match.end("phrase"):start].strip()
            kin_named = not title and strong and phrase in _KIN_WORDS and (
                (not between and (_POSSESSIVE_BEFORE.search(folded, max(0, match.start("phrase") - 7),
                                                            match.start("phrase")) is not None
                                  or (phrase in _TITLE_KIN and _ARTICLE_BEFORE_KIN.search(
                                      folded, max(0, match.start("phrase") - 6), match.start("phrase")) is not None)))
                or between in ("do", "da"))
            role_named = role_named or kin_named
            title = title or role_named
            if phrase in _NAME_FIELDS and title:
                # a form's name field filled in lower case holds the whole name to the line's
                # end: "Nome completo: ricardo canuto de bezerril"
                line_end = text.find("\n", start)
                value = text[start:len(text) if line_end < 0 else line_end].rstrip()
                if _LOWER_CASE_FULL_NAME.fullmatch(value) and folded[start:start + len(value)].split()[0] in gazetteer.name_words:
                    add(start, start + len(value), 0.8)
                    continue
            name = _lowercase_name(text, start, gazetteer,
                                   frozenset() if title else everyday_after_strong if strong else everyday,
                                   surname_first=title)
            if name is None and phrase in _NAME_GIVEN:
                # "meu nome e efigenia": a name the gazetteer lacks, since it is not a word
                word = _LOWER_WORD.match(text, start)
                if word is not None and len(word.group()) > 2 and fold(word.group()) not in common_words() \
                        and fold(word.group()) not in gazetteer.not_name_words:
                    name = (word.end(), [fold(word.group())])
                    # ... and its surnames, known or shaped like one: "o moço chama ava nhandeva tel …"
                    while len(name[1]) < 4 and (after := _NEXT_LOWER_WORD.match(text, name[0])) is not None:
                        folded_after = fold(after.group(1))
                        if folded_after in common_words() or folded_after in gazetteer.not_name_words \
                                or folded_after in _CHAT_SHORTHAND or not (
                                    folded_after in gazetteer.surnames or is_name_shaped(folded_after)):
                            break
                        name = (after.end(), name[1] + [folded_after])
            if name is not None and kin_named and between and name[1][0] not in gazetteer.given:
                name = None  # a relative of someone named by a given name: "esposa do amado", not "mãe do menino"
            if name is not None and role_named and name[1][0] not in gazetteer.name_words and (
                    _CLAUSE_GOES_ON.match(folded, name[0]) or (_KIN_VERB_ENDING if kin_named else _VERB_ENDING).search(
                        name[1][0]) or name[1][0] in _CHAT_SHORTHAND):
                name = None  # "o vendedor sabia do defeito", "a gerente marcava reuniões", "é minha mãe kkk"
            if name is not None and not self._after_street_or_organisation(
                context, match.start("phrase"), gazetteer
            ):
                add(start, name[0], 0.8 if len(name[1]) > 1 or strong else 0.7)
        for match in _word_starts(patterns.given, patterns.given_after, folded):
            start = match.start() if match.re is patterns.given else match.start() + 1
            if not text[start].islower():
                continue  # capitalised names are the runs' business
            previous = folded[max(0, start - 25) : start].split()
            if previous and (previous[-1] in gazetteer.name_words or previous[-1] in _PARTICLES):
                continue  # inside a longer name, looked at from its first word
            name = _lowercase_name(text, start, gazetteer, everyday)
            if (
                name is not None
                and len(name[1]) > 1
                and not _starts_a_place(name[1], gazetteer)
                and not self._after_street_or_organisation(context, start, gazetteer)
            ):
                add(start, name[0], 0.7)
        line_start = 0
        while line_start >= 0:  # tried only where a line starts, not at every offset
            match = patterns.vocative.match(folded, line_start)
            line_start = folded.find("\n", line_start) + 1 or -1
            if match is None:
                continue
            start = match.end() - len(match.group().split()[-1])
            if not text[start].islower():
                continue
            name = _lowercase_name(
                text, start, gazetteer,
                everyday if match.group("punctuation") is not None else everyday_after_strong,
            )
            if name is not None:
                add(start, name[0], 0.7)
        if "falando" in folded:
            # a call answered: "hospital de olhos bento leal bom dia camila falando", "boa
            # tarde naomi falando": any word but an everyday one (not a desk's: "bom dia
            # suporte falando")
            for match in _GREETED_SPEAKER.finditer(folded):
                word = match.group("name")
                if text[match.start("name")].islower() and word not in _DESKS and word not in gazetteer.not_name_words and (
                        word in gazetteer.name_words or word not in common_words()):
                    add(*match.span("name"), 0.8)
        if "posso ajudar" in folded or "podemos ajudar" in folded:
            # an agent's name before the offer of help, whatever the word: "bom dia bento & leao
            # engenharia raquel falando como posso ajudar", "meu nome é estrela em que posso ajudar"
            for match in _AGENT_BEFORE_THE_OFFER.finditer(folded):
                word = match.group("name")
                if match.group("falando") is None and not folded.endswith("meu nome e ", 0, match.start("name")):
                    continue
                if text[match.start("name")].islower() and word not in _DESKS and word not in gazetteer.not_name_words \
                        and word not in _FUNCTION_WORDS and word not in _CHAT_SHORTHAND:
                    add(*match.span("name"), 0.8)
        return iter(spans)


# desks that answer a call ("bom dia, portaria falando")
_DESKS = frozenset({"portaria", "guarita", "zeladoria", "plantao", "agendamento", "telemarketing", "recepcao",
                    "central", "suporte", "financeiro", "cobranca", "ouvidoria", "secretaria", "laboratorio",
                    "farmacia", "triagem", "expedicao", "almoxarifado", "manutencao", "tesouraria"})
# the one who answers before "falando" or after "meu nome é", then the offer of help (folded text)
_AGENT_BEFORE_THE_OFFER = re.compile(
    r"(?<![\w])(?P<name>[a-z]{3,})(?P<falando>[ \t]*,?[ \t]+falando)?"
    r"[ \t]*,?[ \t]+(?:em que|como)[ \t]+(?:posso|podemos)[ \t]+(?:te[ \t]+|lhe[ \t]+|o[ \t]+|a[ \t]+)?ajudar")
# a greeting, the one who answers and "falando" (folded text)
_GREETED_SPEAKER = re.compile(r"(?<![\w])(?:bom dia|boa tarde|boa noite|ola|alo)[ \t]*,?[ \t]*(?:aqui e[ \t]+(?:[ao][ \t]+)?)?"
                              r"(?P<name>[a-z]{3,})[ \t]*,?[ \t]+falando(?![\w])")


def _is_initial(token: _Token) -> bool:
    """"M.": a capital and its dot."""
    return len(token.folded) == 2 and token.folded[1] == "."


def _lowercase_name(
    text: str, position: int, gazetteer: Gazetteer, everyday: frozenset[str],
    surname_first: bool = False,
) -> tuple[int, list[str]] | None:
    """(end, folded words) of the lower-case name at `position`: a known given name (or,
    with `surname_first`, a surname), then known given names or surnames, "da"/"dos"…
    only before a surname. A first word in `everyday` counts only with a known surname
    after it. None when there is no name."""
    given, surnames, ambiguous = gazetteer.given, gazetteer.surnames, gazetteer.ambiguous
    words: list[str] = []
    end, surname_follows = None, False
    while True:
        word = _LOWER_WORD.match(text, position)
        if not word:
            break
        folded = fold(word.group())
        if folded in _PARTICLES and words:
            after = _LOWER_WORD.match(text, _skip_spaces(text, word.end()))
            if after and fold(after.group()) in surnames:
                position = _skip_spaces(text, word.end())
                continue
            break
        if words:
            compound = _lowercase_compound_surname(text, word.start(), gazetteer)
            if compound is not None:  # "vicente casa grande", as "Vicente Casa Grande"
                words.append(folded)
                end = compound
                surname_follows = True
                break
            if folded in PHONE_WORDS:
                break  # the number's word after the name: "passageira raissa kauane fone 88 …"
            # an everyday surname may follow a name ("renan pastor", "ana paz"); it just
            # does not vouch for an everyday first word
            if folded not in given and folded not in surnames and folded not in ambiguous and not (
                    # after a title or a role, a surname the gazetteer lacks: "o vigilante ettore tomasoni"
                    surname_first and len(folded) > 2 and is_name_shaped(folded) and folded not in common_words()
                    and folded not in gazetteer.not_name_words):
                break
            surname_follows = surname_follows or folded in surnames
        elif folded in gazetteer.not_name_words:
            return None  # never a name, even after a title: "combinado dona, deus abençoe"
        elif folded not in given and not (surname_first and folded not in gazetteer.person_contexts and len(folded) > 2 and (
            folded in surnames or (is_name_shaped(folded) and folded not in common_words())
        )):
            return None
        words.append(folded)
        end = word.end()
        position = _skip_spaces(text, end)
    if end is None or (words[0] in everyday and not surname_follows):
        return None
    if _LOGIN_GLUE.match(text, end):
        return None  # a login or an address: "emitido por sebastiao.fernandes", "sofia294"
    return end, words


# Words system accounts are made of: "admin", "svc-webhook", "robo_cobranca", "etl-nightly".
_SYSTEM_ACCOUNT_WORDS = frozenset({
    "admin", "administrator", "administrador", "root", "sistema", "system", "sys", "svc", "service", "bot",
    "robo", "rpa", "api", "etl", "cron", "job", "batch", "sync", "webhook", "scheduler", "integracao",
    "integration", "automacao", "automation", "jira", "auto", "noreply", "daemon",
})


def _system_account(cell: str) -> bool:
    """Whether a table cell is a system account rather than a person: one lower-case token
    made of system words and anything ("admin", "svc-webhook", "robo_cobranca")."""
    if cell != cell.lower() or " " in cell.strip():
        return False
    parts = [p for p in re.split(r"[-_.]", fold(cell.strip())) if p]
    return bool(parts) and parts[0] in _SYSTEM_ACCOUNT_WORDS or (len(parts) > 1 and any(
        p in _SYSTEM_ACCOUNT_WORDS for p in parts))


def _starts_with_a_firm(words: list[str], gazetteer: Gazetteer) -> bool:
    """Whether folded `words` open with a listed firm's first word ("Bradesco Financiamentos",
    "SICREDI MAQ"); where that word is a name word too, with the firm's whole name
    ("Ricardo Eletro", "Souza Cruz"; a one-word firm only alone: "Marisa"): a "Ricardo
    Tenório", a "SOUZA, Maria" are people."""
    if not words or words[0] not in gazetteer.companies:
        return False
    if words[0] not in gazetteer.name_words:
        return True
    return any(tuple(words[:len(firm)]) == firm and (len(firm) > 1 or len(words) == 1)
               for firm in gazetteer.companies[words[0]])


def _name_cell(context: ContextWindow, start: int, end: int, gazetteer: Gazetteer) -> bool:
    """Whether a cell of a person column holds a name: only words (one comma allowed, a
    name in inverted order: "RAMOS, Maciléia"), six at most, no organisation or listed
    non-name word, no firm, no system account, no department's acronym ("RH", "TI")."""
    cell = context.text[start:end]
    words = context.folded[start:end].replace("'", " ").replace("’", " ").replace(",", " ").split()
    return not (
        not _CELL_OF_WORDS.fullmatch(cell.replace(", ", "  ", 1))
        or len(words) > 6
        or any(w in gazetteer.organisation_words or w in gazetteer.not_name_words for w in words)
        or _starts_with_a_firm(words, gazetteer)
        or _system_account(cell)
        or (len(words) == 1 and 2 <= len(words[0]) <= 3 and cell.isupper() and words[0] not in gazetteer.name_words)
    )


_CELL_GAP = re.compile(r"[ ]{2,}|\t")
_LOWER_CELL_START = re.compile(rf"(?:(?<=\n)|(?<=  )|(?<=\t))[{_LOWER}]+")
# (a surname cut to its initial, as agendas print a client: "Dheyse R.", "Cosmo Q.")
_CELL_OF_WORDS = re.compile(rf"[{_UPPER}{_LOWER}]+(?:['’ -]+[{_UPPER}{_LOWER}]+)*(?: [{_UPPER}]\.)?")
# The line before a signature: a closing ("Att.,", "Atenciosamente,") or the "--" that
# e-mail clients put before one; or the place and date that end a judgment or a
# declaration ("São Paulo, 5 de fevereiro de 2024.").
_CLOSING = re.compile(
    r"(?:--|__+|att\.?|atte\.?|atenciosamente|cordialmente|respeitosamente|(?:um |grande |forte )?abracos?|abs"
    r"|saudacoes|grat[oa]|obrigad[oa]|sds)[,.!]?"
)
# A rural locality of the South: "Linha Clemente" (not a phone's line, "Linha de Bruna")
_LOCALITY = re.compile(r"(?<![\w])(?:Linha|LINHA)[ \t]+(?!(?:d[aeo]s?|D[AEO]S?)[ \t])[A-ZÀ-Þ]")
# A town glued to its state by a slash ("Vera Cruz/RS", "DOM FELICIANO/RS"): no one's name is
# written so, even one that reads like a name after a title
_TOWN_BEFORE_ITS_STATE = re.compile(rf"/(?:{keywords.STATE_CODES})(?![\w/-])")
# the rest of a letter's or a contract's dateline after its town: ", 12 de maio de 2026."
_DATELINE_REST = re.compile(r",[ \t]*\d{1,2}o?[ \t]+de[ \t]+(?:janeiro|fevereiro|marco|abril|maio|junho|julho|agosto"
                            r"|setembro|outubro|novembro|dezembro)[ \t]+de[ \t]+\d{4}\.?[ \t]*(?:\n|$)")


def _a_dateline(context: ContextWindow, span: Span) -> bool:
    """Whether `span` is the town of a dateline on a line of its own: "Vera Cruz, 19 de
    janeiro de 2026" opening a letter or closing a contract."""
    line_start = context.text.rfind("\n", 0, span.start) + 1
    return not context.text[line_start:span.start].strip() and _DATELINE_REST.match(context.folded, span.end) is not None


_PLACE_AND_DATE = re.compile(r".*,[ \t]*(?:\d{1,2}o? de [a-z]+ de \d{4}|\d{1,2}/\d{1,2}/\d{4})\.?")
# The line after a signature: a role or a professional register ("Juiz de Direito",
# "OAB/SP 123.456", "Gerente de contas").
_AFTER_SIGNATURE = re.compile(
    r"(?:juiz|juiza|desembargador|advogad|procurador|promotor|defensor|escriv|oficial"
    r"|gerente|analista|diretor|coordenador|supervisor|medic|enfermeir|tecnic|assistente"
    # a contract's or a minute's parties and a professional's trade: "LOCATÁRIO", "FIADOR",
    # "CONTRATADA", "Psicólogo — CRP …", "Escrevente Autorizado"
    r"|locador|locatari|fiador|contratante|contratad|outorgante|outorgad|testemunha|proprietari"
    r"|inquilin|sindic|presidente|secretari|tesour|psicolog|fisioterapeut|nutricionist"
    # the office or firm under a first name: "Abs,\nAurora\nFinanceiro", "Abraço,\nPrudente\nDespachante Amado"
    r"|financeiro|despachant|imobiliari"
    r"|dentist|farmaceutic|escrevente|tabeli|corretor|responsavel|ouvidor|vereador"
    # a court's and an enforcement's people: "Relator(a)", "Depositário", "Devedor"
    r"|relator(?!i)|revisor|devedor|credor|depositari|executad|exequente|requerente|requerid"
    r"|reclamante|reclamad|perit|avaliador|conciliador|mediador|curador|declarante)\w*(?:[ /:,.(—-]|$)"
    # a professional council's register or the CPF: "CRM-SP 12345", "CONRE-4/55907", "CPF: …"
    rf"|(?:{_COUNCIL_ALTERNATION}|cpf)\d*(?:[ /:,.(—-]|$)"
)


_FIELD_LABEL = re.compile(r"[a-z]+[ \t]*:")  # "Técnica: exame realizado…" is a field, not a role


def _signature_line(text: str, start: int, end: int, gazetteer: Gazetteer) -> int:
    """WEAK_CONTEXT when `text[start:end]` is a line of its own that signs: above a line
    naming a role, after a closing or "--", or after a place and date at the end of the
    text; a signature is announced like a name after a weak context (two words needed).
    Between a closing and a role ("Abraço,⏎Hui⏎Psicóloga — CRP …") it is STRONG_CONTEXT:
    one word is the name. NO_CONTEXT (0) elsewhere."""
    before = start
    while before > 0 and text[before - 1] in " \t":
        before -= 1
    if before > 0 and text[before - 1] != "\n":
        return NO_CONTEXT  # most runs do not open a line
    line_start = before
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:start].strip():
        return NO_CONTEXT
    if text[end:line_end].strip(" \t,."):
        # a signature's name and its role on one line, after a dash: "Creomar Bonfim —
        # vigilante", "Reinholdo Castro Pommerening — Agente de Polícia Federal — matr. …"
        # (not a heading and its subject: "FICHA CADASTRAL — PROPONENTE COMPRADOR", the
        # text's first line or a role in capitals)
        if line_start > 0 and fold(text[start:end].split()[0]) not in gazetteer.not_name_words and (
                _STREET_AFTER_A_DASH.match(fold_text(text[end:line_end]))
                or (_DASH_AFTER.match(text, end) and _COUNCIL_ON_THE_LINE.search(text, end, min(line_end, end + 40)))):
            # a witness's name and address ("DJENABU SOUZA CABRAL LIVRAMENTO - TRAVESSA
            # TREZE DE MAIO, 854"); a doctor's name, specialty and council ("Yonaiker Piñango
            # — Dermatologia — CRM DF 216.788"); not a firm's ("Clínica Aurora - Rua …")
            firm = any(fold(w) in gazetteer.organisation_words for w in text[start:end].split())
            return NO_CONTEXT if firm else WEAK_CONTEXT
        role = _ROLE_AFTER_A_DASH.match(text, end, line_end)
        return WEAK_CONTEXT if (role is not None and line_start > 0 and not role.group("role").isupper()
                                # (not a label, "— prestadora: …", nor a mailbox, "— ouvidoria@…")
                                and ":" not in text[role.end():line_end] and "@" not in text[role.end():role.end() + 1]
                                and fold(text[start:end].split()[0]) not in gazetteer.not_name_words
                                and _names_a_role(fold(role.group("role")))) else NO_CONTEXT
    below_start = line_end
    while below_start < len(text) and text[below_start].isspace():
        below_start += 1
    below_end = text.find("\n", below_start)
    below = fold(text[below_start : below_end if below_end >= 0 else len(text)].strip())
    role_below = bool(below) and bool(_AFTER_SIGNATURE.match(below)) and not _FIELD_LABEL.match(below)
    above_end = line_start
    while above_end > 0 and text[above_end - 1].isspace():
        above_end -= 1
    above = fold(text[text.rfind("\n", 0, above_end) + 1 : above_end].strip())
    if _CLOSING.fullmatch(above):
        return STRONG_CONTEXT if role_below else WEAK_CONTEXT
    if role_below:
        return WEAK_CONTEXT
    # after a place and date, a signature ends the text (or has a role below it), or the
    # next piece of a case file starts below it with its heading in capitals
    # ("Manaus, 09/05/2025.⏎WENDSON MASSALA⏎⏎CERTIDÃO DE TRÂNSITO EM JULGADO")
    if below and not (text[below_start:below_end if below_end >= 0 else len(text)].isupper()
                      and below_start - line_end >= 2):
        return NO_CONTEXT
    return WEAK_CONTEXT if _PLACE_AND_DATE.fullmatch(above) is not None else NO_CONTEXT


# (or after a comma: "Nazinha Alcântara Seixas, Oficial de Justiça")
_ROLE_AFTER_A_DASH = re.compile(r"(?:[ \t]+[—–-]|,)[ \t]+(?P<role>[^\W\d_]+)")
_STREET_AFTER_A_DASH = re.compile(
    r"[ \t]+[—–-][ \t]+(?:rua|r\.|avenida|av\.|travessa|alameda|praca|largo|estrada|rodovia)[ \t]")
_DASH_AFTER = re.compile(r"[ \t]+[—–-][ \t]+")
_COUNCIL_ON_THE_LINE = re.compile(r"(?<![\w])(?:CRM|CRO|COREN|CRP|CRN|CRF|CREFITO|CRMV|CRFa)[ \t]*[/-]?[ \t]*[A-Z]{2}[ \t]*\d")


def _names_a_role(folded: str) -> bool:
    """Whether a folded word names a role or a trade, as a signature's line gives it after the
    name: one `_AFTER_SIGNATURE` knows ("escrivã", "testemunha"; not a firm's department,
    "— Tesouraria"), an agent noun ("vigilante", "armeiro", "agente") or one of the law's
    people no ending gives ("delegado", "preposto")."""
    return ((_AFTER_SIGNATURE.match(folded + " ") is not None
             and not folded.startswith(("medicament", "tesour", "tabelionato", "ouvidoria"))
             and folded not in _DEPARTMENTS)
            or (_AGENT_NOUN.fullmatch(folded) is not None and folded not in _NOT_AGENT_NOUNS)
            or folded in _AGENTS_OF_THE_LAW)


_AGENTS_OF_THE_LAW = frozenset({"delegado", "delegada", "reu", "preposto", "preposta", "vigia", "policial"})
_TRAILING_INITIAL = re.compile(rf" [{_UPPER}]\.(?![\w.])")
_AND_SURNAME = re.compile(rf" e ({_WORD})(?![ \t]*[{_UPPER}{_LOWER}(])")
_SURNAME_COMMA = re.compile(
    rf"(?:[{_UPPER}]{{2,}}|D[AEO]S?)(?: (?:[{_UPPER}]{{2,}}|D[AEO]S?))*,[ \t]*$"
)


_NAME_SUFFIXES = frozenset({"filho", "filha", "neto", "neta", "sobrinho", "sobrinha", "junior", "jr"})
_CAPS_WORD = rf"[{_UPPER}]{{2,}}(?:['’-][{_UPPER}]+)?"
_INVERTED_IN_CAPITALS = re.compile(
    rf"(?<![\w,])(?P<surnames>{_CAPS_WORD}(?:[ \t]+(?:(?:D[AEO]S?|E)[ \t]+)?{_CAPS_WORD}){{0,4}}),[ \t]*"
    rf"(?P<given>{_CAPS_WORD}(?:[ \t]+{_CAPS_WORD}){{0,2}})(?=[ \t]*(?:[·|(\n,;–—-]|$))"
)

_INVERTED_IN_CAPITALS_GATE = re.compile(rf"[{_UPPER}],[ \t]*[{_UPPER}]{{2}}")


def _inverted_names_in_capitals(text: str, context: ContextWindow, gazetteer: Gazetteer) -> list[Span]:
    """Names a register prints as "SURNAMES, GIVEN" in capitals ("Paciente: BRANCO,
    WERICA · Pront.", "L14B NZAU, KILUANJE, 35a"), when a person context stands before
    them or a right cue (an age, a record number, a document) follows. Each word must be a
    possible name word: no organisation word, place, or everyday word outside the name
    lists; one word at least a name word or name-shaped."""
    spans = []
    for match in _gated(_INVERTED_IN_CAPITALS, _INVERTED_IN_CAPITALS_GATE, text):
        start, end = match.start(), match.end()
        announced = has_person_context(context, start)
        if not (announced or _RIGHT_CUE.match(context.folded, end)):
            continue
        words = [w for w in context.folded[start:end].replace(",", " ").split()
                 if w not in _PARTICLES and w != "e" and w not in _NAME_SUFFIXES]
        if any(w in gazetteer.organisation_words or (w not in gazetteer.name_words and (
                (w in gazetteer.places and not announced)  # "Paciente: PARNAIBA KINJO, …"
                or w in gazetteer.not_name_words or w in common_words())) for w in words):
            continue
        given = text.rfind(",", start, end) + 1
        while given < end and text[given] in " \t":
            given += 1
        if is_a_nationality(text, given, end):
            continue  # a qualification's name and nationality: "GEDEAO CASTRO, BOLIVIANO, DIVORCIADO"
        if any(w in gazetteer.name_words or is_name_shaped(w) for w in words):
            spans.append(Span(start, end, "PERSON", 0.85, PersonNameDetector.name))
    return spans


_NOBLE_SURNAME = re.compile(
    rf"[ ](?:van|von|VAN|VON)(?:[ ](?:der|den|de|DER|DEN|DE))?[ ][{_UPPER}][{_UPPER}{_LOWER}'’-]+")


# a verb in the past tense, third person, or in the infinitive: "COMPARECEU", "PASSOU",
# "SAIU", "RELATARAM", "NOTIFICAR"
_PAST_TENSE_VERB = re.compile(r"(?:ou|eu|iu|aram|eram|iram|ar|er|ir)$")
_CAPITALS_WORD = re.compile(r"[^\W\d_]+")


def names_apart_from_their_sentence(text: str, span: Span, gazetteer: Gazetteer) -> list[Span]:
    """`span` (a PERSON) without the sentence run into it, in text all in capitals, where
    nothing else tells a name from the words around it: "MARCOS QUEIROGA DISSE QUE NAO
    FOI" is "MARCOS QUEIROGA", "VEM NOTIFICAR QUE SEU FILHO MENOR, DANIEL LOPES" is "DANIEL
    LOPES", "VEICULO FOI LOCALIZADO EM PODER DE DEUZUITA ANCHIETA SERRA" is "DEUZUITA
    ANCHIETA SERRA". The sentence starts at the first word after the first that is a
    sentence's word (a corpus word or a verb in the past tense or the infinitive; no name
    word, particle, suffix such as "FILHO" or part of a two-word surname such as "CASA
    GRANDE") followed on its line, particles aside, by a corpus word: a surname that is an
    everyday word may end a name or stand before another ("ADELMIRO MARTELO", "NAUZIRA DE
    PAJEU MOREIRA", "… PAJEU DA SILVA"). What comes before the sentence (up to its first
    function word or comma) is kept when a word of it could be a name; what comes after
    its last sentence's word (and last comma), when a name word is in it. `[span]` when
    there is no sentence in it."""
    value = text[span.start:span.end]
    if " " not in value or not value.isupper():
        return [span]
    words = list(_CAPITALS_WORD.finditer(value))
    folded = [fold(word.group()) for word in words]

    def in_a_name(index: int) -> bool:  # a name word, a particle, a suffix, a compound surname's
        word = folded[index]
        return word in gazetteer.name_words or word in NAME_PARTICLES or word in _NAME_SUFFIXES or any(
            tuple(folded[index - 1:index - 1 + len(entry)]) == entry or tuple(folded[index:index + len(entry)]) == entry
            for entry in gazetteer.compound_surnames.get(folded[index - 1], ()) + gazetteer.compound_surnames.get(word, ()))

    def of_a_sentence(index: int) -> bool:
        word = folded[index]
        return not in_a_name(index) and (word in common_words() or word in _FUNCTION_WORDS
                                         or (len(word) >= 5 and _PAST_TENSE_VERB.search(word) is not None))

    cut = None
    for index in range(1, len(words)):
        if not of_a_sentence(index) or folded[index] in _FUNCTION_WORDS:
            continue
        after = _NEXT_WORD.match(text, span.start + words[index].end())
        following = fold(after.group(1)) if after is not None else None
        if following is not None and following not in gazetteer.name_words and (
                following in common_words() or following in _FUNCTION_WORDS):
            cut = index
            break
    if cut is None:
        return [span]

    def piece(first: int, last: int) -> Span | None:  # words[first..last] less particles at the ends
        while first <= last and folded[first] in NAME_PARTICLES:
            first += 1
        while last >= first and folded[last] in NAME_PARTICLES:
            last -= 1
        if first > last:
            return None
        return Span(span.start + words[first].start(), span.start + words[last].end(), span.label, span.score,
                    span.detector)

    # the head ends at the sentence's first function word or comma too ("PESSOA QUE SE
    # IDENTIFICOU …" is "PESSOA"), the tail starts after its last comma ("… DO ESTADO DA
    # BAHIA, FRANCISCO DE ASSIS ABREU")
    end = next((i for i in range(1, cut) if folded[i] in _FUNCTION_WORDS or "," in value[words[i - 1].end():words[i].start()]),
               cut)
    pieces = []
    head = piece(0, end - 1)
    if head is not None and any(w in gazetteer.name_words or (is_name_shaped(w) and w not in common_words())
                                for w in folded[:end]):
        pieces.append(head)
    first = max(i for i in range(cut, len(words)) if of_a_sentence(i)) + 1
    first = max([first] + [i for i in range(first + 1, len(words)) if "," in value[words[i - 1].end():words[i].start()]])
    tail = piece(first, len(words) - 1)
    if tail is not None and any(w in gazetteer.name_words for w in folded[first:]):
        pieces.append(tail)
    return pieces


# the next word on the line, after blanks and particles: "… RECLAMOU DO VALOR" -> "VALOR"
_NEXT_WORD = re.compile(r"(?i: (?:d[aeo]s?|e)(?![^\W\d_]))* ([^\W\d_]+)")  # (a wider gap is a column's)


def _extend_name(
    text: str, span: Span, found: list[Span], context: ContextWindow, gazetteer: Gazetteer
) -> Span:
    """`span` grown over the parts of the same name that the runs split off:

    * a last surname after "e" ("Kamilly Cardoso e Santos", "Laudelina Fogaça e Scapin"):
      a known surname, or a word no list knows, that is not a given name, ending its run,
      after a name of two or more words ("Ana Souza e Maria" stays two people);
    * "SURNAME, Given" ("DA CUNHA, Otto", "MORAES, Alana"): surnames in capitals and a
      comma before a title-case name, when they are all known surnames or a person
      context stands before them ("Cliente: ALVES, Erick").
    """
    start, end = span.start, span.end
    match = _AND_SURNAME.match(text, end)
    if match is not None and " " in text[start:end].strip():
        word = fold(match.group(1))
        if (
            # a known surname, or an unknown word that no list calls something else: in
            # "Laudelina Fogaça e Scapin" the last word is a surname whatever its shape
            (word in gazetteer.surnames or (
                word not in gazetteer.name_words and word not in gazetteer.not_name_words
                and word not in gazetteer.organisation_words and word not in gazetteer.places
                and word not in gazetteer.person_contexts))
            and word not in gazetteer.given
            and not any(match.start(1) <= other.start < match.end(1)
                        and other.score >= _VOUCHING_SCORE for other in found)
        ):
            end = match.end(1)
    if (text[start : start + 2].istitle() or text[start:end].isupper()) and not is_a_nationality(text, start, end):
        before = _SURNAME_COMMA.search(text, max(0, start - 40), start)
        if before is not None:
            surnames = [fold(w) for w in before.group().rstrip(", \t").split()]
            words = [w for w in surnames if w not in _PARTICLES]
            if words and (
                all(w in gazetteer.surnames or _unknown_word(w, gazetteer) for w in words)
                or has_person_context(context, before.start())
            ) and not (before.start() > 0 and text[before.start() - 1].isalnum()):
                start = before.start()
    if text.startswith((" van ", " von ", " VAN ", " VON "), end):
        # a Dutch or German surname with its particles: "Pieter van der Meer", "Anneke van den
        # Berg", "PIETER VAN DER MEER" (the runs stop at the lower-case particles)
        noble = _NOBLE_SURNAME.match(text, end)
        if noble is not None and (noble.group().isupper() or not text[start:end].isupper()):
            end = noble.end()
    if end < len(text) and text[end] in " \t\n" and "\n" in text[end : end + 5]:
        end = _wrapped_name_end(text, start, end, gazetteer)
    if start > 0 and "\n" in text[max(0, start - 3) : start] and not text[text.rfind("\n", 0, start) + 1 : start].strip():
        start = _wrapped_name_start(text, start, gazetteer)
    if text[end - 2 : end + 1] in ("Jr.", "JR."):
        end += 1  # "Luiz Felipe Ramos Jr.": the suffix's dot is part of it
    elif (initial := _TRAILING_INITIAL.match(text, end)) is not None:
        end = initial.end()  # "Eulina L.", "Dulcinéia D.": a surname cut to its initial
    if (start, end) == (span.start, span.end):
        return span
    return Span(start, end, span.label, span.score, span.detector)


# The rest of a name on the next line of hard-wrapped prose: capitalised name words (with
# particles between them), then the sentence going on (",", " e secretariada", ")").
_WRAPPED_REST = re.compile(
    rf"(?:[ \t]+d[aeo]s?)?[ \t]*\n[ \t]*((?:(?:d[aeo]s?|e)[ \t]+)?[{_UPPER}][{_UPPER}{_LOWER}'’-]+"
    rf"(?:[ \t]+(?:(?:d[aeo]s?|e)[ \t]+)?[{_UPPER}][{_UPPER}{_LOWER}'’-]+){{0,3}})"
    rf"(?=[,;.)]|[ \t]+[{_LOWER}(])"
)


def _wrapped_name_end(text: str, start: int, end: int, gazetteer: Gazetteer) -> int:
    """The end of a name that a hard wrap cut at `end` ("sob a presidência de Flor⏎Leão de
    Barros e secretariada"): its line is prose (lower-case words, 45 characters or more)
    and the words on the next line are surnames, given names or unknown name-like words
    before the sentence goes on. A list of names one a line is no hard wrap."""
    line_start = text.rfind("\n", 0, start) + 1
    if end - line_start < 45 or not any(c.islower() for c in text[line_start:start]):
        return end
    if "...." in text[line_start:start]:
        return end  # a form's field after its dotted leader: "Preposto credor....... Ana Lima⏎Fone …"
    rest = _WRAPPED_REST.match(text, end)
    if rest is None or (rest.group(1).isupper() and not text[start:end].isupper()):
        return end  # "Quirino⏎CNPJ do condomínio": an acronym opens the next line
    words = [fold(w) for w in rest.group(1).split() if fold(w) not in _PARTICLES and w != "e"]
    if all(w in gazetteer.surnames or w in gazetteer.given
           or (is_name_shaped(w) and _unknown_word(w, gazetteer)) for w in words):
        return rest.end(1)
    return end


# The start of a name that a hard wrap left at the end of the line before: capitalised
# name words after a lower-case word ("sob a presidência de Flor⏎Leão de Barros").
_WRAPPED_START = re.compile(
    rf"(?<=[{_LOWER},][ \t])((?:[{_UPPER}][{_UPPER}{_LOWER}'’-]+[ \t]+(?:(?:d[aeo]s?|e)[ \t]+)?){{0,2}}"
    rf"[{_UPPER}][{_UPPER}{_LOWER}'’-]+(?:[ \t]+(?:d[aeo]s?|e))?)[ \t]*\n[ \t]*$"
)


def _wrapped_name_start(text: str, start: int, gazetteer: Gazetteer) -> int:
    """The start of a name found at the start of a line when the line before is prose
    (45 characters or more, lower-case words) ending in its first words: given names,
    surnames or unknown name-like words."""
    line_end = text.rfind("\n", 0, start)
    line_start = text.rfind("\n", 0, line_end) + 1
    if line_end - line_start < 45:
        return start
    head = _WRAPPED_START.search(text, line_start, start)
    if head is None:
        return start
    words = [fold(w) for w in head.group(1).split() if fold(w) not in _PARTICLES and w != "e"]
    if words and words[0] in gazetteer.given and all(
        w in gazetteer.surnames or w in gazetteer.given or _unknown_word(w, gazetteer) for w in words
    ):
        return head.start(1)
    return start


def _unknown_word(word: str, gazetteer: Gazetteer) -> bool:
    """A folded word no list knows as anything but maybe a name: no corpus word, place,
    firm, role or person context ("caetite", "yupanqui" may be surnames; "recife" not)."""
    return not (word in common_words() or word in gazetteer.places or word in gazetteer.companies
                or word in gazetteer.organisation_words or word in gazetteer.not_name_words
                or word in gazetteer.person_contexts or word in gazetteer.given)


def _lowercase_compound_surname(text: str, position: int, gazetteer: Gazetteer) -> int | None:
    """End of the two-word surname of `compound_surnames.txt` written in lower case at
    `position` ("casa grande"), or None."""
    words: list[str] = []
    ends: list[int] = []
    while len(words) < 3:
        word = _LOWER_WORD.match(text, position)
        if not word:
            break
        words.append(fold(word.group()))
        ends.append(word.end())
        position = _skip_spaces(text, word.end())
    for entry in gazetteer.compound_surnames.get(words[0], ()) if words else ():
        if tuple(words[: len(entry)]) == entry:
            return ends[len(entry) - 1]
    return None


def _has_lower_case_near(text: str, start: int, end: int) -> bool:
    """True when lower-case letters stand within 60 characters of `text[start:end]`, so
    that its capitals say something (they do not in a text written all in capitals)."""
    # "º" and "ª" are lower-case letters to Python, and stand in capitals too ("Nº")
    return any(c.islower() and c not in "ºª" for c in text[max(0, start - 60) : end + 60])


def _closes_bracket(text: str, position: int) -> bool:
    """True when the lower-case words from `position` end with ")": "(marcos)"."""
    word = _LOWER_WORD.match(text, position)
    while word:
        position = _skip_spaces(text, word.end())
        if text.startswith(")", position):
            return True
        word = _LOWER_WORD.match(text, position)
    return False


def _starts_a_place(words: list[str], gazetteer: Gazetteer) -> bool:
    """True when `words` (folded) begin with a known place: "joao pessoa", "santa rita"."""
    return any(tuple(words[: len(entry)]) == entry for entry in gazetteer.places.get(words[0], ()))


def _skip_spaces(text: str, position: int) -> int:
    while position < len(text) and text[position] in " \t":
        position += 1
    return position


def full_name(words: list[str]) -> bool:
    """Whether `words` (folded) read as a person's full name: two or more besides the
    particles, each a name word of the gazetteer or name-shaped and no everyday word, none
    an organisation's."""
    gazetteer = load_gazetteer()
    named = [w for w in words if w not in _PARTICLES and w != "e"]
    return len(named) >= 2 and all(
        w not in gazetteer.organisation_words
        and (w in gazetteer.name_words or (is_name_shaped(w) and w not in common_words())) for w in named)


# A radio station's name: "Rádio" capitalised, then up to four capitalised words (particles
# between): "Rádio Esperança", "Rádio Luz da Serra FM", "RADIO LEAO DO SERTAO" ("via rádio",
# "me chama no rádio" speak of the set, and "SUPERVISOR JULIANA VIA RADIO" ends with it)
_RADIO_STATION = re.compile(
    rf"(?<![\w])(?:R[áa]dio|R[ÁA]DIO)(?:[ \t]+(?:(?:d[aeo]s?|D[AEO]S?)[ \t]+)?[{_UPPER}][{_LOWER}{_UPPER}'’-]*){{1,4}}")


@lru_cache(maxsize=64)
def radio_station_names(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of the radio stations named in `text` (`_RADIO_STATION`), "Rádio" included
    (cached: the tagger asks once for each of its candidates)."""
    if "dio " not in text and "DIO " not in text:
        return ()
    return tuple(m.span() for m in _RADIO_STATION.finditer(text))


def _firm_names(text: str, runs: list[re.Match[str]], gazetteer: Gazetteer) -> list[tuple[int, int]]:
    """(start, end) of firm names: a run of capitals followed by a legal form (S.A., Ltda.,
    EIRELI, ME, & Cia.), with the runs joined to it by " e " / " & " before it, unless such
    a run opens with a given name ("Contrato entre Maria Souza e Reformas Teixeira S.A.":
    Maria Souza is a party, not part of the firm)."""
    firms = []
    for index, run in enumerate(runs):
        # (the form may be the run's last word: "Caldas & Rebelo Ltda" is runs "Caldas"
        # and "Rebelo Ltda")
        if not _COMPANY_FORM.match(text, run.end()):
            if not _ENDS_WITH_COMPANY_FORM.search(run.group()):
                if index and _AMPERSAND.fullmatch(text, runs[index - 1].end(), run.start()) and (
                        fold(run.group().split()[-1]) in gazetteer.organisation_words):
                    # partners joined by "&" before the firm's trade, without a legal form:
                    # "Fortunato & Bravo Auditores", "Pinheiro, Souza & Lima Advogados" (a
                    # given name there is a partner's name in the firm's)
                    start = runs[index - 1].start()
                    earlier = index - 2
                    while earlier >= 0 and _AMPERSAND_JOIN.fullmatch(text, runs[earlier].end(),
                                                                     runs[earlier + 1].start()):
                        start = runs[earlier].start()
                        earlier -= 1
                    firms.append((start, run.end()))
                continue
            within = _FIRM_AFTER_NAME.match(run.group())
            if within is not None and fold(within.group(1)) in gazetteer.given:
                # a person of the firm: "Aqui é Mirela da Sunvolt Energia Ltda"
                firms.append((run.start() + within.end(), run.end()))
                continue
        start = run.start()
        earlier = index - 1
        while earlier >= 0 and _FIRM_JOIN.search(text, runs[earlier].end(), start):
            words = fold(runs[earlier].group()).split()
            if (words[0] in gazetteer.given or full_name(words)) and not _AMPERSAND.fullmatch(
                    text, runs[earlier].end(), start):
                # a party: "em face de VALDELICE SILVEIRA SAPUCAIA e DISTRIBUIDORA … LTDA" (a
                # partner joined by "&" is in the firm's name: "BENTO & ROSA COMÉRCIO … LTDA.")
                break
            start = runs[earlier].start()
            earlier -= 1
        firms.append((start, run.end()))
    return firms
