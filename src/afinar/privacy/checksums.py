"""Check-digit algorithms of Brazilian identifiers, as pure functions on digit strings.

Detectors use these to reject look-alike numbers and the pseudonymiser uses them to build
surrogates that pass the same checks. CPF and CNPJ are cross-checked against python-stdnum
in the tests (stdnum 2.2 has no PIS, CNS, título de eleitor, CNH or RG, so those are tested
against published examples and by mutation).

Every `is_valid_*` takes the compact form (digits, or digits and capitals for CNPJ) and
returns a bool; every `*_check_digits` takes the body and returns the digit(s) to append.
"""

from __future__ import annotations

_CNPJ_WEIGHTS_1 = (5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2)
_CNPJ_WEIGHTS_2 = (6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2)
_PIS_WEIGHTS = (3, 2, 9, 8, 7, 6, 5, 4, 3, 2)


def _mod11_digit(total: int) -> int:
    """The usual Brazilian rule: 11 - (total mod 11), where 10 and 11 become 0."""
    digit = 11 - total % 11
    return 0 if digit >= 10 else digit


def cpf_check_digits(body: str) -> str:
    """Two check digits for the first 9 digits of a CPF."""
    values = [int(c) for c in body[:9]]
    d1 = _mod11_digit(sum(v * w for v, w in zip(values, range(10, 1, -1))))
    values.append(d1)
    d2 = _mod11_digit(sum(v * w for v, w in zip(values, range(11, 1, -1))))
    return f"{d1}{d2}"


def is_valid_cpf(digits: str) -> bool:
    """11 digits with correct check digits; all-equal digits (000..., 111...) are invalid."""
    if len(digits) != 11 or not digits.isascii() or not digits.isdigit():
        return False
    if digits == digits[0] * 11:
        return False
    return cpf_check_digits(digits) == digits[9:]


def cnpj_check_digits(body: str) -> str:
    """Two check digits for the first 12 characters of a CNPJ (numeric or alphanumeric).

    The alphanumeric CNPJ (Receita Federal, valid from July 2026) keeps the numeric algorithm
    and maps each character to its ASCII code minus 48, so '0'..'9' stay 0..9 and 'A'..'Z'
    become 17..42.
    """
    values = [ord(c) - 48 for c in body[:12]]
    d1 = _mod11_digit(sum(v * w for v, w in zip(values, _CNPJ_WEIGHTS_1)))
    values.append(d1)
    d2 = _mod11_digit(sum(v * w for v, w in zip(values, _CNPJ_WEIGHTS_2)))
    return f"{d1}{d2}"


def is_valid_cnpj(compact: str) -> bool:
    """12 digits-or-capitals plus 2 numeric check digits; an all-zero body is invalid."""
    if len(compact) != 14 or not compact.isascii() or not compact[12:].isdigit():
        return False
    body = compact[:12]
    if not all(c.isdigit() or "A" <= c <= "Z" for c in body) or body == "0" * 12:
        return False
    return cnpj_check_digits(body) == compact[12:]


def pis_check_digit(body: str) -> str:
    """Check digit of a PIS/PASEP/NIS/NIT from its first 10 digits."""
    return str(_mod11_digit(sum(int(c) * w for c, w in zip(body[:10], _PIS_WEIGHTS))))


def is_valid_pis(digits: str) -> bool:
    """11 digits (PIS/PASEP/NIS/NIT) with a correct check digit; all-equal digits invalid."""
    if len(digits) != 11 or not digits.isascii() or not digits.isdigit():
        return False
    if digits == digits[0] * 11:
        return False
    return pis_check_digit(digits) == digits[10]


def is_valid_cns(digits: str) -> bool:
    """Cartão Nacional de Saúde: 15 digits starting with 1, 2, 7, 8 or 9 whose digits,
    weighted 15 down to 1, sum to a multiple of 11 (Ministério da Saúde rule, which covers
    both the definitive numbers derived from the PIS and the provisional ones)."""
    if len(digits) != 15 or not digits.isascii() or not digits.isdigit():
        return False
    if digits[0] not in "12789":
        return False
    return sum(int(c) * w for c, w in zip(digits, range(15, 0, -1))) % 11 == 0


def titulo_check_digits(body: str) -> str:
    """Two check digits of a título de eleitor from its 8-digit sequence plus 2-digit UF code.

    São Paulo (01) and Minas Gerais (02) turn a remainder of 0 into 1; everywhere a
    remainder of 10 becomes 0 (TSE rule).
    """
    sequence, uf = body[:8], body[8:10]
    special = uf in ("01", "02")
    rest = sum(int(c) * w for c, w in zip(sequence, range(2, 10))) % 11
    d1 = 0 if rest == 10 else (1 if rest == 0 and special else rest)
    rest = (int(uf[0]) * 7 + int(uf[1]) * 8 + d1 * 9) % 11
    d2 = 0 if rest == 10 else (1 if rest == 0 and special else rest)
    return f"{d1}{d2}"


def is_valid_titulo(digits: str) -> bool:
    """12 digits: sequence (8), UF code 01..28 (2), check digits (2)."""
    if len(digits) != 12 or not digits.isascii() or not digits.isdigit():
        return False
    if not 1 <= int(digits[8:10]) <= 28:
        return False
    return titulo_check_digits(digits) == digits[10:]


def cnh_check_digits(body: str) -> str:
    """Two check digits of a CNH (registro nacional de habilitação) from its first 9 digits.

    DENATRAN rule: the first digit weighs the body 9..1; when it overflows (>= 10) it becomes
    0 and the second digit is lowered by 2 ("dsc").
    """
    values = [int(c) for c in body[:9]]
    first = sum(v * w for v, w in zip(values, range(9, 0, -1))) % 11
    discount = 0
    if first >= 10:
        first, discount = 0, 2
    second = sum(v * w for v, w in zip(values, range(1, 10))) % 11 - discount
    if second < 0:
        second += 11
    if second >= 10:
        second = 0
    return f"{first}{second}"


def is_valid_cnh(digits: str) -> bool:
    """11 digits with correct CNH check digits; all-equal digits invalid."""
    if len(digits) != 11 or not digits.isascii() or not digits.isdigit():
        return False
    if digits == digits[0] * 11:
        return False
    return cnh_check_digits(digits) == digits[9:]


def rg_sp_check_digit(body: str) -> str:
    """Check character of a São Paulo RG from its 8 digits: weights 2..9, 11 - rest,
    where 10 is 'X' and 11 is '0'."""
    digit = 11 - sum(int(c) * w for c, w in zip(body[:8], range(2, 10))) % 11
    return "X" if digit == 10 else ("0" if digit == 11 else str(digit))


def luhn_check_digit(body: str) -> str:
    """The Luhn digit to append to `body` (payment cards)."""
    total = 0
    for position, char in enumerate(reversed(body)):
        value = int(char)
        if position % 2 == 0:  # these get doubled once the check digit is appended
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return str((10 - total % 10) % 10)


def is_valid_luhn(digits: str) -> bool:
    """True when the digit string passes the Luhn check."""
    if len(digits) < 2 or not digits.isascii() or not digits.isdigit():
        return False
    return luhn_check_digit(digits[:-1]) == digits[-1]
