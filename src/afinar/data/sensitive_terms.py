"""Terms of LGPD's sensitive personal data categories (Lei 13.709/2018, art. 5, II), in Portuguese.

Art. 5 II: "dado pessoal sobre origem racial ou étnica, convicção religiosa, opinião política,
filiação a sindicato ou a organização de caráter religioso, filosófico ou político, dado
referente à saúde ou à vida sexual, dado genético ou biométrico". The lists below are
deliberately short and specific: they count *mentions* for the bias audit, they do not
classify. Matching is accent- and case-insensitive on whole words (prefixes end in `*`).
"""

from __future__ import annotations

import re
import unicodedata

CATEGORIES: dict[str, tuple[str, ...]] = {
    "origem_racial_etnica": (
        # Bare colour words (preto, negro, pardo) name product colours far more often than people:
        # only their uses about people are listed.
        "raca", "racial", "etnia", "etnico*", "pessoa negra", "pessoas negras", "homem negro", "mulher negra",
        "populacao negra", "pretos e pardos", "pretas e pardas", "autodeclarado*", "autodeclarada*", "indigena*",
        "quilombola*", "afrodescendente*", "afro-brasileir*", "cor da pele", "origem etnica", "racismo", "racista",
        "injuria racial", "cigano", "cigana",
    ),
    "conviccao_religiosa": (
        "religiao", "religioso*", "religiosa*", "catolico*", "catolica*", "evangelico*", "evangelica*", "protestante*",
        "espirita*", "umbanda", "candomble", "igreja", "templo", "terreiro", "muculmano*", "muculmana*", "judeu", "judia",
        "judaico*", "budista*", "ateu", "ateia", "testemunha de jeova", "pastor", "padre",
    ),
    "opiniao_politica": (
        "partido politico", "filiado ao partido", "filiada ao partido", "opiniao politica", "eleitor de", "votou em",
        "vota em", "esquerdista*", "direitista*", "petista*", "bolsonarista*", "lulista*", "comunista*", "socialista*",
        "conservador politico", "militante politico", "militante politica",
    ),
    "filiacao_sindical": (
        "sindicato*", "sindical", "sindicais", "sindicalizado*", "sindicalizada*", "filiacao sindical",
        "contribuicao sindical", "central sindical", "delegado sindical",
    ),
    "saude": (
        "saude", "doenca*", "diagnostico*", "cid", "hiv", "aids", "cancer", "tumor", "diabetes", "diabetico*",
        "hipertensao", "hipertenso*", "depressao", "ansiedade", "transtorno*", "psiquiatr*", "gravidez", "gravida",
        "gestante", "aborto", "deficiencia", "deficiente*", "medicamento*", "remedio*", "internacao", "internado",
        "internada", "cirurgia*", "exame*", "laudo*", "sintoma*", "tratamento*", "covid", "tuberculose", "hepatite",
        "dependencia quimica", "alcoolismo",
    ),
    "vida_sexual": (
        "orientacao sexual", "vida sexual", "homossexual*", "heterossexual*", "bissexual*", "gay", "gays", "lesbica*",
        "transexual*", "transgenero*", "travesti*", "lgbt*", "relacao sexual", "relacoes sexuais", "ist", "dst",
    ),
    "genetico_biometrico": (
        "genetico*", "genetica*", "dna", "genoma", "teste de paternidade", "biometria", "biometrico*", "biometrica*",
        "impressao digital", "impressoes digitais", "reconhecimento facial", "iris", "digital da mao",
    ),
}


def fold(text: str) -> str:
    """Lower case without accents (so 'Saúde' and 'saude' match the same term)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _pattern(terms: tuple[str, ...]) -> str:
    parts = []
    for term in sorted(terms, key=len, reverse=True):
        prefix = term.endswith("*")
        words = [re.escape(word) for word in term.rstrip("*").split()]
        parts.append(r"\s+".join(words) + (r"\w*" if prefix else ""))
    return r"\b(?:" + "|".join(parts) + r")\b"


# One alternation with a named group per category: one regex pass per text.
MATCHER = re.compile("|".join(f"(?P<{name}>{_pattern(terms)})" for name, terms in CATEGORIES.items()))
CATEGORY_NAMES: tuple[str, ...] = tuple(CATEGORIES)


def sensitive_categories(text: str) -> int:
    """Bit mask of the categories mentioned in `text` (bit i = CATEGORY_NAMES[i])."""
    mask = 0
    for match in MATCHER.finditer(fold(text)):
        mask |= 1 << CATEGORY_NAMES.index(match.lastgroup)  # type: ignore[arg-type]
    return mask
