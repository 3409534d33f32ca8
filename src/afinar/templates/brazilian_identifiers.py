"""Brazilian identifiers and numbers, valid where a real one has check digits.

The privacy stage validates what it finds (a CPF with wrong check digits is not a CPF), so
every CPF, CNPJ, CNS, card number and CNJ process number made here passes its official check.
Faker provides CPF, CNPJ and RG; the rest are built here from the caller's `random.Random`,
so a fixed seed gives the same numbers on every machine.

Also here: the look-alike numbers that are not personal data (protocols, orders, CNJ process
numbers, money amounts), which the privacy stage must leave alone.
"""

from __future__ import annotations

import math
import random
import unicodedata
import uuid
from datetime import date

# --- CPF, RG, CNPJ -----------------------------------------------------------------------------


def cpf_digits(formatted_cpf: str) -> str:
    """'123.456.789-09' -> '12345678909'."""
    return "".join(ch for ch in formatted_cpf if ch.isdigit())


def cpf_as_written(formatted_cpf: str, rng: random.Random) -> str:
    """A CPF the way people type it: mostly with dots and dash, often bare digits."""
    return formatted_cpf if rng.random() < 0.65 else cpf_digits(formatted_cpf)


def rg_as_written(raw_rg: str, uf: str, rng: random.Random) -> str:
    """An RG as it appears on documents: '12.345.678-9', 'MG-12.345.678' or bare digits."""
    style = rng.random()
    if style < 0.5:
        return f"{raw_rg[:2]}.{raw_rg[2:5]}.{raw_rg[5:8]}-{raw_rg[8:]}"
    if style < 0.75:
        return f"{raw_rg[:2]}.{raw_rg[2:5]}.{raw_rg[5:8]}-{raw_rg[8:]} SSP/{uf}"
    return raw_rg


def cnpj_as_written(formatted_cnpj: str, rng: random.Random) -> str:
    """A CNPJ formatted ('12.345.678/0001-90') or compact ('12345678000190')."""
    if rng.random() < 0.8:
        return formatted_cnpj
    return "".join(ch for ch in formatted_cnpj if ch.isalnum())


# --- phones, e-mails, postcodes ----------------------------------------------------------------


def mobile_number(rng: random.Random) -> str:
    """Nine digits of a mobile line ('9' then a non-zero digit)."""
    return "9" + str(rng.randint(6, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(7))


def landline_number(rng: random.Random) -> str:
    """Eight digits of a fixed line (starting with 2 to 5)."""
    return str(rng.randint(2, 5)) + "".join(str(rng.randint(0, 9)) for _ in range(7))


def phone_as_written(ddd: str, number: str, rng: random.Random) -> str:
    """One of the many ways a Brazilian phone is written, with or without +55 and DDD brackets."""
    head, tail = number[:-4], number[-4:]
    styles = (
        f"({ddd}) {head}-{tail}",
        f"({ddd}) {head}-{tail}",
        f"{ddd} {head}-{tail}",
        f"{ddd}{number}",
        f"+55 {ddd} {head}-{tail}",
        f"+55{ddd}{number}",
        f"({ddd}){head}{tail}",
        f"0{ddd} {head} {tail}",
    )
    return rng.choice(styles)


def ascii_fold(text: str) -> str:
    """'João Conceição' -> 'Joao Conceicao'."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


_FREE_MAIL = ("gmail.com", "gmail.com", "gmail.com", "hotmail.com", "outlook.com", "yahoo.com.br", "uol.com.br", "bol.com.br", "icloud.com")


def email_for(first_name: str, last_name: str, birth_year: int, rng: random.Random) -> str:
    """A plausible personal e-mail built from the person's own name."""
    first = ascii_fold(first_name.split()[0]).lower()
    last = ascii_fold(last_name.split()[-1]).lower()
    local = rng.choice(
        (
            f"{first}.{last}",
            f"{first}{last}",
            f"{first}_{last}{birth_year % 100:02d}",
            f"{first}{birth_year}",
            f"{first[0]}{last}",
            f"{first}.{last}{rng.randint(1, 99)}",
            f"{last}.{first}",
        )
    )
    return f"{local}@{rng.choice(_FREE_MAIL)}"


def cep_as_written(raw_cep: str, rng: random.Random) -> str:
    """'01310100' -> '01310-100' most of the time."""
    digits = "".join(ch for ch in raw_cep if ch.isdigit())
    return f"{digits[:5]}-{digits[5:]}" if rng.random() < 0.8 else digits


# --- cards, bank accounts, PIX -----------------------------------------------------------------


def _luhn_check_digit(partial: str) -> str:
    total = 0
    # Double every second digit counting from the right of the full number, i.e. from the
    # rightmost digit of the partial number, since the check digit will be appended.
    for index, char in enumerate(reversed(partial)):
        digit = int(char)
        if index % 2 == 0:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return str((10 - total % 10) % 10)


def is_luhn_valid(number: str) -> bool:
    """True when the digits of `number` pass the Luhn check."""
    digits = "".join(ch for ch in number if ch.isdigit())
    return bool(digits) and _luhn_check_digit(digits[:-1]) == digits[-1]


# Issuer prefixes of cards common in Brazil: Visa, Mastercard, Elo, Hipercard.
_CARD_PREFIXES = ("4", "4", "51", "53", "55", "2221", "636368", "438935", "504175", "606282")


def card_number(rng: random.Random) -> str:
    """Sixteen Luhn-valid digits with a real Brazilian issuer prefix."""
    prefix = rng.choice(_CARD_PREFIXES)
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(15 - len(prefix)))
    return body + _luhn_check_digit(body)


def card_as_written(number: str, rng: random.Random) -> str:
    """'4539148803436467' or '4539 1488 0343 6467' or '4539-1488-0343-6467'."""
    style = rng.random()
    if style < 0.5:
        return " ".join(number[i : i + 4] for i in range(0, 16, 4))
    if style < 0.7:
        return "-".join(number[i : i + 4] for i in range(0, 16, 4))
    return number


def masked_card(number: str, rng: random.Random) -> str:
    """What statements print instead of the card: only the last four digits (not personal data)."""
    return rng.choice((f"**** **** **** {number[-4:]}", f"final {number[-4:]}", f"XXXX{number[-4:]}", f"cartão final {number[-4:]}"))


def bank_agency(rng: random.Random) -> str:
    """Four digits, sometimes with a check digit ('1234-5')."""
    agency = f"{rng.randint(1, 9999):04d}"
    return agency if rng.random() < 0.6 else f"{agency}-{rng.randint(0, 9)}"


def bank_account(rng: random.Random) -> str:
    """An account number with its check digit ('12345-6', '00012345-X')."""
    body = "".join(str(rng.randint(0, 9)) for _ in range(rng.choice((5, 6, 7, 8))))
    return f"{body}-{rng.choice('0123456789X' if rng.random() < 0.1 else '0123456789')}"


def pix_random_key(rng: random.Random) -> str:
    """A PIX 'chave aleatória': a version-4 UUID drawn from `rng`."""
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def pis_number(rng: random.Random) -> str:
    """A valid PIS/PASEP/NIT (11 digits, mod-11 check digit), formatted '123.45678.90-1'."""
    digits = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(9)]
    remainder = sum(d * w for d, w in zip(digits, (3, 2, 9, 8, 7, 6, 5, 4, 3, 2))) % 11
    check = 0 if remainder < 2 else 11 - remainder
    number = "".join(map(str, digits)) + str(check)
    return f"{number[:3]}.{number[3:8]}.{number[8:10]}-{number[10]}"


# --- health, vehicles, professionals -----------------------------------------------------------


def cns_number(rng: random.Random) -> str:
    """A valid provisional Cartão Nacional de Saúde number (15 digits starting 7, 8 or 9).

    The CNS check: the sum of each digit times its weight (15 down to 1) is divisible by 11.
    """
    while True:
        digits = [rng.choice((7, 8, 9))] + [rng.randint(0, 9) for _ in range(13)]
        partial = sum(digit * weight for digit, weight in zip(digits, range(15, 1, -1)))
        last = (-partial) % 11
        if last < 10:
            return "".join(map(str, digits)) + str(last)


def is_cns_valid(number: str) -> bool:
    """True for a 15-digit CNS whose weighted sum is divisible by 11."""
    digits = [int(ch) for ch in number if ch.isdigit()]
    return len(digits) == 15 and sum(d * w for d, w in zip(digits, range(15, 0, -1))) % 11 == 0


def cns_as_written(number: str, rng: random.Random) -> str:
    """'898 0012 3456 7890' (as printed on the card) or bare digits."""
    return f"{number[:3]} {number[3:7]} {number[7:11]} {number[11:]}" if rng.random() < 0.55 else number


_PLATE_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def old_plate(rng: random.Random) -> str:
    """Pre-2018 plate, 'ABC-1234'."""
    letters = "".join(rng.choice(_PLATE_LETTERS) for _ in range(3))
    return f"{letters}-{rng.randint(0, 9999):04d}"


def mercosul_plate(rng: random.Random) -> str:
    """Mercosul plate, 'ABC1D23'."""
    letters = "".join(rng.choice(_PLATE_LETTERS) for _ in range(3))
    return f"{letters}{rng.randint(0, 9)}{rng.choice(_PLATE_LETTERS)}{rng.randint(0, 99):02d}"


def crm_number(rng: random.Random, uf: str) -> str:
    """A physician's registration, 'CRM/SP 123456' and variants."""
    number = rng.randint(10000, 259999)
    return rng.choice((f"CRM/{uf} {number}", f"CRM-{uf} {number:,}".replace(",", "."), f"CRM {number}/{uf}"))


def oab_number(rng: random.Random, uf: str) -> str:
    """A lawyer's registration, 'OAB/SP 123.456' and variants."""
    number = rng.randint(8000, 499999)
    dotted = f"{number:,}".replace(",", ".")
    return rng.choice((f"OAB/{uf} {dotted}", f"OAB/{uf} nº {dotted}", f"OAB-{uf} {number}", f"OAB/{uf} {number}"))


# --- numbers that are not personal data --------------------------------------------------------


def cnj_process_number(rng: random.Random, year: int, segment: str, court: str) -> str:
    """A unified CNJ process number NNNNNNN-DD.AAAA.J.TR.OOOO with valid check digits (ISO 7064 mod 97).

    `segment` is the justice branch (8 state, 5 labour, 4 federal) and `court` the two-digit
    tribunal code. It identifies a lawsuit, not a person.
    """
    sequence = f"{rng.randint(1, 9999999):07d}"
    origin = f"{rng.choice((1, 1, 2, 3, 4, 5, 7, 8, 10, 11, 20, 24, 50, 100, 114, 224, 405, 562, 704)):04d}"
    check = 98 - int(f"{sequence}{year}{segment}{court}{origin}00") % 97
    return f"{sequence}-{check:02d}.{year}.{segment}.{court}.{origin}"


def is_cnj_valid(number: str) -> bool:
    """True when the two check digits of a CNJ process number are right."""
    digits = "".join(ch for ch in number if ch.isdigit())
    if len(digits) != 20:
        return False
    rearranged = digits[:7] + digits[9:] + digits[7:9]
    return int(rearranged) % 97 == 1


def protocol_number(rng: random.Random, day: date) -> str:
    """A customer-service protocol: the date plus a sequence (a long number that is no CPF)."""
    return f"{day:%Y%m%d}{rng.randint(0, 99999999):08d}"


def brl(cents: int) -> str:
    """Money in Brazilian notation without the symbol: 123456 -> '1.234,56'."""
    reais, centavos = divmod(cents, 100)
    return f"{reais:,}".replace(",", ".") + f",{centavos:02d}"


def random_cents(rng: random.Random, low_reais: float, high_reais: float) -> int:
    """An amount between the bounds, log-uniform so small values are as common as in real life."""
    value = math.exp(rng.uniform(math.log(low_reais), math.log(high_reais)))
    return max(1, int(round(value * 100)))
