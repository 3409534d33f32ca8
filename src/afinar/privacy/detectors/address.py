"""Street addresses: street type + name + number + complement.

"Rua Dr. João Silva, 123, apto 45" is one ADDRESS span; the person's name inside it is
part of the address (the person-name detector skips names right after a street type).
A neighbourhood introduced right after the number ("…, 385, Conjunto Santa Maria") is part
of the span; city and state are not: on their own they do not single out a person.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from afinar.privacy.folding import ContextWindow, keyword_pattern
from afinar.privacy.registry import Detector, register_detector
from afinar.privacy.span import Span

_STREET_TYPE = (
    r"(?i:rua|r\.|avenida|av\.?|travessa|tv\.|trav\.|alameda|al\.|pra[çc]a|p[çc]a\.?"
    r"|rodovia|rod\.|estrada|estr\.|largo|lgo\.|viela|beco|ladeira|servid[ãa]o"
    r"|passagem|vila|quadra|qd\.|setor|conjunto|residencial|condom[íi]nio)"
)
# Where a street type starts, searched in the folded (lower-case, accent-free) text: one
# case-sensitive scan finds the few offsets at which the two address patterns are tried,
# instead of two case-insensitive scans of the whole text.
_STREET_START = re.compile(
    r"(?<![\w])(?:rua|r\.|avenida|av\.?|travessa|tv\.|trav\.|alameda|al\.|praca|pca\.?"
    r"|rodovia|rod\.|estrada|estr\.|largo|lgo\.|viela|beco|ladeira|servidao"
    r"|passagem|vila|quadra|qd\.|setor|conjunto|residencial|condominio"
    r"|sqs|sqn|sqsw|sqnw|shis|shin|shcgn|scln|scls|cln|cls|clsw|qn[mnldabjg]|qs[a-f]|cn[ab]|cs[bg]|shvp)\s"
)
_PARTICLE = r"(?:d[aeo]s?|de|e|d')"
# A dot ends a word of up to four letters ("Dr.", "Eng.", "Prof.") or sits inside one
# ("Sto.André"); after a longer word it is a full stop: "loja da Rua Augusta. Ligar".
_CAP_WORD = (
    r"(?:[A-ZÀ-ÖØ-Þ][\wÀ-ÖØ-öø-ÿ'’-]{0,3}\.|[A-ZÀ-ÖØ-Þ][\wÀ-ÖØ-öø-ÿ'’-]*(?:\.[\wÀ-ÖØ-öø-ÿ'’-]+)*"
    r"|\d{1,2}\s+de(?=\s+[A-ZÀ-Þ])"
    r"|[A-Z]{1,2}-\d{1,4}(?![\w-]))"  # Goiânia's and planned towns' coded streets: "Rua C-211"
)
_NUMBER = (  # a number on the street's line, not a date ("… Vila Esperança 17/06/2023"); deeds
    # write thousands with a dot ("Av. Halfeld, 2.077")
    r"(?:,?[ \t]*(?:(?i:n[º°o.]?)[ \t]*|(?i:número)[ \t]*)?(?:(?:[1-9]\d?\.\d{3}|\d{1,5})(?:-?[A-Za-z])?(?![\d.,]\d|/\d)|s/n[º°]?))"
)
_COMPLEMENT_WORD = (
    r"(?i:apto?\.?|apartamento|ap\.|bloco|bl\.?|casa|sala|sl\.?|conj(?:unto)?\.?|cj\.?"
    r"|loja|lj\.?|andar|fundos|lote|lt\.?|quadra|qd\.?|torre|unidade|km|box"
    r"|t[ée]rreo|sobrado|cobertura|subsolo|kitnet|quitinete)"
)
_COMPLEMENT = rf"(?:\s*[,;-]?\s*{_COMPLEMENT_WORD}\s*(?:n[º°o.]?\s*)?[\w-]*)"
# A block and lot in place of a house number: "Rua C-211, Qd. 536, Lt. 11, nº 1622"
_BLOCK_AND_LOT = r"(?:,?[ \t]*(?i:qd\.?|quadra|lt\.?|lote)[ \t]*\d{1,4}[A-Za-z]?(?![\w]))"
_BRASILIA_SECTOR = (
    "SQS|SQN|SQSW|SQNW|SHIS|SHIN|SHCGN|SCLN|SCLS|CLN|CLS|CLSW|QNM|QNN|QNL|QND|QNA|QNB|QNJ|QNG"
    "|QSA|QSB|QSC|QSD|QSE|QSF|CNB|CNA|CSB|CSG|SHVP"
)
# A neighbourhood named right after the number ("…, 385, Conjunto Santa Maria") is taken
# whole: cut after "Santa", the rest ("Maria") would read as a person once the address
# is replaced. Its words carry no dots, so "Vila Maloca. Cartão SUS" stops at "Maloca".
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][\wÀ-ÖØ-öø-ÿ'’-]*"
_NEIGHBOURHOOD = (
    r"(?:\s*[,;-]?\s*(?i:conjunto|conj\.|vila|jardim|jd\.|parque|pq\.|residencial"
    r"|loteamento|setor|n[úu]cleo|ch[áa]cara)"
    rf"\s+(?:{_PARTICLE}\s+)?{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_NAME_WORD}){{0,4}})"
)

_ADDRESS_KEYWORDS = keyword_pattern(
    ["moro", "mora", "moramos", "reside", "residente", "residencia", "endereco", "domiciliado",
     "domiciliada", "situado", "situada", "localizado", "localizada", "entrega", "entregar",
     "cep", "sediada", "sediado", "na"]
)

# A street without a number names a place ("no cruzamento da Avenida Rebouças com a Rua
# Marechal Deodoro", "fugiu em direção à Rua Augusta", "Local: Residencial Anita
# Garibaldi"), not where someone lives, unless one of these words before it says that
# someone lives or receives things there ("moro na Rua Augusta", "Endereço: Rua …").
_RESIDENCE_KEYWORDS = keyword_pattern(
    ["moro", "mora", "moramos", "moram", "morador", "moradora", "reside", "residente",
     "residencia", "endereco", "domiciliado", "domiciliada", "domicilio", "entrega",
     "entregar", "cep"]
)
# A street without a number right after a business or public unit names where the
# business is, not where someone lives: "na loja da Rua Augusta", "UBS Vila Nova".
_BUSINESS_BEFORE = re.compile(
    r"(?<![\w])(?:loja|unidade|agencia|filial|shopping|posto|ubs|upa|escritorio|sede|fabrica"
    r"|clinica|hospital|forum|predio|edificio)(?:[ \t]+(?:d[aeo]s?|na|no))?[ \t]*$"
)


@register_detector
class AddressDetector(Detector):
    """Capitalised street names ("Av. Paulista, 1578, conj. 12") and, after an address
    word, informal lower-case ones ("moro na rua joão de barros 45")."""

    name = "address"
    labels = ("ADDRESS",)
    # The name's words stand on the street type's line: "CONTRATO DE LOCAÇÃO RESIDENCIAL\n\n
    # Pelo presente" is a title, "Saúde da Família Vila Esperança\n17/06/2023" a heading.
    _formal = re.compile(
        rf"(?<![\w]){_STREET_TYPE}[ \t]+(?:{_PARTICLE}[ \t]+)?{_CAP_WORD}"
        rf"(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_CAP_WORD}){{0,7}}"
        rf"(?P<number>(?:{_NUMBER}|{_BLOCK_AND_LOT}+(?:,?{_NUMBER})?)(?:{_NEIGHBOURHOOD}|{_COMPLEMENT})*)?"
    )
    # Brasília's addresses are codes of sector and block: "SQS 205, Bloco H, apto 603",
    # "QNM 34, Conjunto F, Casa 12"
    _brasilia = re.compile(
        rf"(?<![\w])(?:{_BRASILIA_SECTOR})[ \t]+\d{{1,4}}(?:[ \t]*[A-Z](?![\w]))?(?:{_COMPLEMENT})+"
    )
    _informal = re.compile(
        rf"(?<![\w]){_STREET_TYPE}\s+(?:[a-zà-öø-ÿ'.]+\s+){{0,5}}?[a-zà-öø-ÿ'.]+,?\s+(?:n[º°o.]?\s*)?\d{{1,5}}"
        rf"(?![\d.,]\d){_COMPLEMENT}*"
    )

    def detect(self, text: str, context: ContextWindow) -> Iterator[Span]:
        starts = [m.start() for m in _STREET_START.finditer(context.folded)]
        if not starts:
            return
        covered: list[tuple[int, int]] = []
        for match in _matches_at(self._formal, text, starts):
            end = match.end()
            while end > match.start() and text[end - 1] in " ,.;-":
                end -= 1
            if match.group("number"):
                score = 0.9
            elif _BUSINESS_BEFORE.search(context.before(match.start(), 30)):
                score = 0.3  # "retirar na loja da Rua Augusta": where a business is
            elif _RESIDENCE_KEYWORDS.search(context.before(match.start(), 30)):
                score = 0.65  # "moro na Rua Augusta"
            else:
                score = 0.45  # a place: "no cruzamento da Avenida Rebouças com a Rua …"
            covered.append((match.start(), end))
            yield Span(match.start(), end, "ADDRESS", score, self.name)
        for match in _matches_at(self._brasilia, text, starts):
            if not any(s <= match.start() < e for s, e in covered):
                covered.append((match.start(), match.end()))
                yield Span(match.start(), match.end(), "ADDRESS", 0.9, self.name)
        for match in _matches_at(self._informal, text, starts):
            if any(s <= match.start() < e for s, e in covered):
                continue
            near = _ADDRESS_KEYWORDS.search(context.before(match.start(), 30))
            yield Span(match.start(), match.end(), "ADDRESS", 0.85 if near else 0.55, self.name)


def _matches_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """What `pattern.finditer(text)` yields, for a pattern that can only match at one of
    `starts` (sorted): each start is tried unless an earlier match already covers it."""
    resume = 0
    for start in starts:
        if start >= resume and (match := pattern.match(text, start)):
            resume = match.end()
            yield match
