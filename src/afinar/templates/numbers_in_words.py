"""Numbers and money written out in Brazilian Portuguese, as contracts repeat them in words:
"R$ 25.000,00 (vinte e cinco mil reais)"."""

from __future__ import annotations

_UNITS = (
    "zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez",
    "onze", "doze", "treze", "catorze", "quinze", "dezesseis", "dezessete", "dezoito", "dezenove",
)
_TENS = ("", "", "vinte", "trinta", "quarenta", "cinquenta", "sessenta", "setenta", "oitenta", "noventa")
_HUNDREDS = ("", "cento", "duzentos", "trezentos", "quatrocentos", "quinhentos", "seiscentos", "setecentos", "oitocentos", "novecentos")


def _below_thousand(number: int) -> str:
    if number == 100:
        return "cem"
    hundreds, rest = divmod(number, 100)
    parts = [_HUNDREDS[hundreds]] if hundreds else []
    if rest >= 20:
        tens, units = divmod(rest, 10)
        parts.append(_TENS[tens] + (f" e {_UNITS[units]}" if units else ""))
    elif rest:
        parts.append(_UNITS[rest])
    return " e ".join(parts)


def number_in_words(number: int) -> str:
    """0 <= number < 10**9: 1234 -> 'mil duzentos e trinta e quatro'."""
    if not 0 <= number < 10**9:
        raise ValueError(f"number out of range: {number}")
    if number == 0:
        return "zero"
    millions, rest = divmod(number, 1_000_000)
    thousands, units = divmod(rest, 1000)
    groups: list[tuple[int, str]] = []  # (value of the group, its words)
    if millions:
        groups.append((millions, "um milhão" if millions == 1 else f"{_below_thousand(millions)} milhões"))
    if thousands:
        groups.append((thousands, "mil" if thousands == 1 else f"{_below_thousand(thousands)} mil"))
    if units:
        groups.append((units, _below_thousand(units)))
    words = groups[0][1]
    for value, group in groups[1:]:
        # 'mil e cem', 'dois mil e cinquenta', but 'mil duzentos e trinta'.
        words += (" e " if value < 100 or value % 100 == 0 else " ") + group
    return words


def reais_in_words(cents: int) -> str:
    """123456 -> 'mil duzentos e trinta e quatro reais e cinquenta e seis centavos'."""
    reais, centavos = divmod(cents, 100)
    parts = []
    if reais:
        words = number_in_words(reais)
        exact_millions = reais % 1_000_000 == 0
        parts.append(f"{words} {'real' if reais == 1 else 'de reais' if exact_millions else 'reais'}")
    if centavos:
        parts.append(f"{number_in_words(centavos)} {'centavo' if centavos == 1 else 'centavos'}")
    return " e ".join(parts) if parts else "zero real"
