"""Consistent, realistic surrogates for `pseudonymize`.

Every surrogate is a pure function of (key, label, normalised value): the bytes come from
HMAC-SHA256 in counter mode (`KeyedStream`), never from a random generator, so the same
CPF maps to the same fake CPF in every record, run and machine, and a conversation keeps
its coherence. Surrogates keep the input's shape (punctuation, length, case) and pass the
same checks as real values (CPF/CNPJ/PIS/CNH/título/CNS check digits, Luhn, valid DDD).
A surrogate never equals its input: on a collision the stream moves on.

Person names are mapped word by word ("Maria Silva" -> "Ana Costa", and later "Maria"
alone -> "Ana", "Sr. Silva" -> "Sr. Costa"); a given name keeps its gender when the
gazetteer knows it.

New entity types register their builder with `@register_surrogate("LABEL")`; types
without one get a shape-preserving surrogate (digits for digits, letters for letters).
"""

from __future__ import annotations

import hashlib
import hmac
import re
import string
from collections.abc import Callable
from functools import lru_cache

from afinar.privacy import checksums
from afinar.privacy.folding import fold
from afinar.privacy.gazetteer import load_gazetteer
from afinar.privacy.normalise import normalise_value


class KeyedStream:
    """Deterministic pseudo-random choices from HMAC(key, message ‖ counter)."""

    def __init__(self, key: bytes, *parts: str) -> None:
        self._key = key
        self._message = "\x00".join(parts).encode("utf-8")
        self._counter = 0
        self._buffer = b""

    def _take(self, count: int) -> bytes:
        while len(self._buffer) < count:
            block = hmac.new(
                self._key, self._message + self._counter.to_bytes(4, "big"), hashlib.sha256
            ).digest()
            self._buffer += block
            self._counter += 1
        taken, self._buffer = self._buffer[:count], self._buffer[count:]
        return taken

    def below(self, bound: int) -> int:
        """An integer in [0, bound); 64 bits of entropy make the modulo bias negligible."""
        return int.from_bytes(self._take(8), "big") % bound

    def choice(self, options: str | tuple[str, ...] | list[str]) -> str:
        return options[self.below(len(options))]

    def digits(self, count: int) -> str:
        return "".join(str(self.below(10)) for _ in range(count))

    def raw(self, count: int) -> bytes:
        return self._take(count)


Builder = Callable[[str, KeyedStream], str]
_BUILDERS: dict[str, Builder] = {}


def register_surrogate(label: str) -> Callable[[Builder], Builder]:
    """Decorator: `fn(value, stream) -> surrogate` builds surrogates for `label`."""

    def decorate(builder: Builder) -> Builder:
        _BUILDERS[label] = builder
        return builder

    return decorate


_MAX_TRIES = 16


def surrogate_for(label: str, value: str, pseudonym_key: bytes) -> str:
    """The surrogate of `value` (an entity of type `label`) under `pseudonym_key`."""
    return _cached_surrogate(label, value, pseudonym_key)


@lru_cache(maxsize=8192)
def _cached_surrogate(label: str, value: str, pseudonym_key: bytes) -> str:
    if label == "PERSON":  # word by word, with its own per-word consistency
        return pseudonymize_person(value, pseudonym_key)
    builder = _BUILDERS.get(label, shape_surrogate)
    normalised = normalise_value(label, value)
    stream = KeyedStream(pseudonym_key, label, normalised)
    for _ in range(_MAX_TRIES):
        try:
            candidate = builder(value, stream)
        except (ShapeMismatch, ValueError, IndexError):
            builder = shape_surrogate
            candidate = builder(value, stream)
        if candidate != value and normalise_value(label, candidate) != normalised:
            return candidate
    # Practically unreachable (16 collisions in a row); fall back to a plain shape change.
    return shape_surrogate(value, stream, force_change=True)


# --- generic helpers -----------------------------------------------------------------------


def shape_surrogate(value: str, stream: KeyedStream, force_change: bool = False) -> str:
    """Same shape: each digit, lower-case and upper-case letter replaced by one of its kind."""
    out = []
    for char in value:
        if char.isdigit():
            out.append(str(stream.below(10)))
        elif char.isalpha() and char.isupper():
            out.append(stream.choice(string.ascii_uppercase))
        elif char.isalpha():
            out.append(stream.choice(string.ascii_lowercase))
        else:
            out.append(char)
    result = "".join(out)
    if force_change and result == value:
        result = result.translate(str.maketrans("0123456789", "1234567890"))
    return result


class ShapeMismatch(ValueError):
    """A value does not have the shape its label's builder expects (e.g. a custom
    detector's span); the caller falls back to `shape_surrogate`."""


def fill_alnum(template: str, new_chars: str) -> str:
    """`template` with its letters and digits replaced, in order, by `new_chars`."""
    if sum(c.isalnum() for c in template) != len(new_chars):
        raise ShapeMismatch(f"expected {len(new_chars)} letters and digits")
    chars = iter(new_chars)
    return "".join(next(chars) if c.isalnum() else c for c in template)


# --- Brazilian documents ------------------------------------------------------------------------


def _random_body(stream: KeyedStream, count: int) -> str:
    """`count` digits that are not all the same (all-equal bodies fail validation)."""
    while True:
        body = stream.digits(count)
        if body != body[0] * count:
            return body


@register_surrogate("BR_CPF")
def pseudonymize_cpf(value: str, stream: KeyedStream) -> str:
    body = _random_body(stream, 9)
    return fill_alnum(value, body + checksums.cpf_check_digits(body))


@register_surrogate("BR_CNPJ")
def pseudonymize_cnpj(value: str, stream: KeyedStream) -> str:
    compact = "".join(c for c in value.upper() if c.isalnum())
    if compact.isdigit():
        root = _random_body(stream, 8)
        body = root + compact[8:12]  # the branch number (0001 = head office) says nothing
    else:  # alphanumeric CNPJ: keep letters where letters were, digits where digits were
        body = "".join(
            stream.choice(string.ascii_uppercase) if c.isalpha() else str(stream.below(10))
            for c in compact[:12]
        )
    new = body + checksums.cnpj_check_digits(body)
    out = iter(new)
    return "".join(next(out) if c.isalnum() else c for c in value)


@register_surrogate("BR_RG")
def pseudonymize_rg(value: str, stream: KeyedStream) -> str:
    compact = "".join(c for c in value if c.isalnum())
    digits = "".join(c for c in compact if c.isdigit())
    if len(compact) == 9 and compact[:8].isdigit():  # São Paulo: 8 digits + check character
        body = _random_body(stream, 8)
        return fill_alnum(value, body + checksums.rg_sp_check_digit(body))
    return fill_alnum(value, "".join(
        stream.choice(string.ascii_uppercase) if c.isalpha() else str(stream.below(10))
        for c in compact
    )) if digits else value


@register_surrogate("BR_CNH")
def pseudonymize_cnh(value: str, stream: KeyedStream) -> str:
    body = _random_body(stream, 9)
    return fill_alnum(value, body + checksums.cnh_check_digits(body))


@register_surrogate("BR_PIS")
def pseudonymize_pis(value: str, stream: KeyedStream) -> str:
    body = "1" + _random_body(stream, 9)  # PIS numbers issued so far start with 1 or 2
    return fill_alnum(value, body + checksums.pis_check_digit(body))


@register_surrogate("BR_TITULO_ELEITOR")
def pseudonymize_titulo(value: str, stream: KeyedStream) -> str:
    digits = "".join(c for c in value if c.isdigit())
    uf = digits[8:10] if len(digits) == 12 and 1 <= int(digits[8:10]) <= 28 else "01"
    body = _random_body(stream, 8) + uf
    return fill_alnum(value, body + checksums.titulo_check_digits(body))


@register_surrogate("BR_CNS")
def pseudonymize_cns(value: str, stream: KeyedStream) -> str:
    digits = "".join(c for c in value if c.isdigit())
    first = digits[0] if digits and digits[0] in "12789" else "7"
    while True:
        body = first + stream.digits(13)
        weighted = sum(int(c) * w for c, w in zip(body, range(15, 1, -1)))
        last = -weighted % 11
        if last < 10:  # the last digit weighs 1, so it must close the sum on its own
            return fill_alnum(value, body + str(last))


@register_surrogate("BR_CEP")
def pseudonymize_cep(value: str, stream: KeyedStream) -> str:
    return fill_alnum(value, str(1 + stream.below(9)) + stream.digits(7))


# --- contact ------------------------------------------------------------------------------------

_PUBLIC_MAIL_DOMAINS = frozenset({
    "gmail.com", "hotmail.com", "outlook.com", "live.com", "yahoo.com", "yahoo.com.br",
    "uol.com.br", "bol.com.br", "terra.com.br", "ig.com.br", "icloud.com", "globo.com",
    "msn.com", "protonmail.com",
})
_SURROGATE_MAIL_DOMAINS = (
    "exemplo.com.br", "empresa.com.br", "servicos.com.br", "comercial.com.br", "contato.net.br",
)


@register_surrogate("EMAIL_ADDRESS")
def pseudonymize_email(value: str, stream: KeyedStream) -> str:
    local, _, domain = value.rpartition("@")
    gazetteer = load_gazetteer()
    given = fold(stream.choice(gazetteer.female_display + gazetteer.male_display))
    surname = fold(stream.choice(gazetteer.surname_display))
    separator = stream.choice("._")
    suffix = str(stream.below(100)) if any(c.isdigit() for c in local) else ""
    new_local = re.sub(r"[^a-z0-9._]", "", f"{given}{separator}{surname}{suffix}")
    new_domain = domain.lower() if domain.lower() in _PUBLIC_MAIL_DOMAINS else stream.choice(
        _SURROGATE_MAIL_DOMAINS
    )
    return f"{new_local}@{new_domain}"


@register_surrogate("PHONE_NUMBER")
def pseudonymize_phone(value: str, stream: KeyedStream) -> str:
    """Keeps +55, the area code (DDD) and the first subscriber digit (9 = mobile, 2-5 =
    landline), so the surrogate is as valid as the original; the rest is new."""
    digits = "".join(c for c in value if c.isdigit())
    keep = 0
    if value.lstrip().startswith("+") or (len(digits) in (12, 13) and digits.startswith("55")):
        keep += 2
    national = len(digits) - keep
    if national in (10, 11):
        keep += 2  # DDD
    keep += 1  # first subscriber digit
    new = digits[:keep] + stream.digits(len(digits) - keep)
    return fill_alnum(value, new)


@register_surrogate("IP_ADDRESS")
def pseudonymize_ip(value: str, stream: KeyedStream) -> str:
    if "." in value and ":" not in value:
        first = stream.choice([str(n) for n in range(11, 224) if n not in (127, 169, 172, 192)])
        return ".".join([first] + [str(stream.below(256)) for _ in range(3)])
    return "".join(stream.choice("0123456789abcdef") if c.isalnum() else c for c in value)


# --- money and vehicles -----------------------------------------------------------------------


@register_surrogate("CREDIT_CARD")
def pseudonymize_card(value: str, stream: KeyedStream) -> str:
    digits = "".join(c for c in value if c.isdigit())
    body = digits[0] + stream.digits(len(digits) - 2)  # keep the brand's first digit
    return fill_alnum(value, body + checksums.luhn_check_digit(body))


@register_surrogate("PIX_KEY")
def pseudonymize_pix(value: str, stream: KeyedStream) -> str:
    raw = bytearray(stream.raw(16))
    raw[6] = (raw[6] & 0x0F) | 0x40  # version 4
    raw[8] = (raw[8] & 0x3F) | 0x80  # RFC 4122 variant
    hexed = raw.hex()
    new = f"{hexed[:8]}-{hexed[8:12]}-{hexed[12:16]}-{hexed[16:20]}-{hexed[20:]}"
    return new.upper() if value.isupper() else new


@register_surrogate("LICENSE_PLATE")
def pseudonymize_plate(value: str, stream: KeyedStream) -> str:
    return "".join(
        stream.choice(string.ascii_uppercase) if c.isalpha() else
        str(stream.below(10)) if c.isdigit() else c
        for c in value
    )


# --- names, addresses, dates ---------------------------------------------------------------------

_PARTICLES = frozenset({"da", "de", "do", "das", "dos", "e", "d'"})


def _match_case(template: str, word: str) -> str:
    if template.isupper() and len(template) > 1:
        return word.upper()
    if template.islower():
        return word.lower()
    return word


@lru_cache(maxsize=16384)
def _name_word_surrogate(folded: str, role: str, pseudonym_key: bytes) -> str:
    """The surrogate of one name word; `role` is "female", "male" or "surname"."""
    gazetteer = load_gazetteer()
    pool = {
        "female": gazetteer.female_display,
        "male": gazetteer.male_display,
        "surname": gazetteer.surname_display,
    }[role]
    stream = KeyedStream(pseudonym_key, "PERSON", role, folded)
    while True:
        candidate = stream.choice(pool)
        if fold(candidate) != folded:
            return candidate


def _given_name_role(folded: str) -> str:
    gazetteer = load_gazetteer()
    if folded in gazetteer.female and folded not in gazetteer.male:
        return "female"
    if folded in gazetteer.male:
        return "male"
    return "female" if folded.endswith("a") else "male"


def pseudonymize_person(value: str, pseudonym_key: bytes) -> str:
    """Word-by-word surrogate of a name: given names keep their gender, particles stay."""
    parts = re.split(r"(\s+)", value)
    out: list[str] = []
    seen_given = False
    for part in parts:
        if not part or part.isspace():
            out.append(part)
            continue
        folded = fold(part)
        if folded in _PARTICLES:
            out.append(part)
            continue
        if re.fullmatch(r"\w\.", part):  # an initial, "P."
            letter = KeyedStream(pseudonym_key, "PERSON", "initial", folded).choice(
                string.ascii_uppercase.replace(part[0].upper(), "")
            )
            out.append(letter + ".")
            continue
        gazetteer = load_gazetteer()
        if not seen_given and (folded in gazetteer.given or folded not in gazetteer.surnames):
            role = _given_name_role(folded)
            seen_given = True
        else:
            role = "surname"
        out.append(_match_case(part, _name_word_surrogate(folded, role, pseudonym_key)))
    return "".join(out)


@register_surrogate("ADDRESS")
def pseudonymize_address(value: str, stream: KeyedStream) -> str:
    """Keeps the street type ("Rua", "Av."), invents the street name, renumbers the rest."""
    match = re.match(r"(\S+\s+)(.*?)((?:,?\s*(?:n[º°o.]?\s*)?\d|,?\s*s/n).*)?$", value,
                     re.IGNORECASE | re.DOTALL)
    if not match:
        return shape_surrogate(value, stream)
    street_type, name, rest = match.group(1), match.group(2), match.group(3) or ""
    gazetteer = load_gazetteer()
    if stream.below(2):
        new_name = f"{stream.choice(gazetteer.female_display + gazetteer.male_display)} " \
                   f"{stream.choice(gazetteer.surname_display)}"
    else:
        new_name = stream.choice(_STREET_NAMES)
    if name.islower():
        new_name = new_name.lower()
    new_rest = "".join(str(stream.below(10)) if c.isdigit() else c for c in rest)
    if new_rest and new_rest.lstrip(", nNº°o.")[:1] == "0":
        new_rest = new_rest.replace("0", str(1 + stream.below(9)), 1)
    return f"{street_type}{new_name}{new_rest}"


_STREET_NAMES = (
    "das Palmeiras", "dos Ipês", "das Acácias", "Sete de Setembro", "Quinze de Novembro",
    "da Liberdade", "das Laranjeiras", "dos Girassóis", "Treze de Maio", "da Esperança",
    "das Hortênsias", "Primeiro de Maio", "dos Bandeirantes", "da Harmonia", "das Gaivotas",
    "dos Jacarandás", "Boa Vista", "Santa Luzia", "do Sol", "das Mangueiras",
)

_MONTH_NAMES = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
                "setembro", "outubro", "novembro", "dezembro")


@register_surrogate("DATE_OF_BIRTH")
def pseudonymize_date_of_birth(value: str, stream: KeyedStream) -> str:
    """Another real date within three years of the original, in the same format."""
    day, month = 1 + stream.below(28), 1 + stream.below(12)
    shift = stream.below(7) - 3

    def new_year(year: str) -> str:
        if len(year) == 4:
            return str(int(year) + shift)
        return f"{(int(year) + shift) % 100:02d}"

    iso = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value)
    if iso:
        return f"{new_year(iso.group(1))}-{month:02d}-{day:02d}"
    numeric = re.fullmatch(r"(\d{1,2})([/.\-])(\d{1,2})\2(\d{2,4})", value)
    if numeric:
        width = len(numeric.group(1))
        sep = numeric.group(2)
        return f"{day:0{width}d}{sep}{month:0{len(numeric.group(3))}d}{sep}{new_year(numeric.group(4))}"
    spelled = re.fullmatch(r"(\d{1,2}|1º)(\s+de\s+)(\w+)(\.?\s+de\s+)(\d{4})", value)
    if spelled:
        name = _MONTH_NAMES[month - 1]
        if len(spelled.group(3)) == 3:
            name = name[:3]
        if spelled.group(3)[:1].isupper():
            name = name.capitalize()
        return f"{day}{spelled.group(2)}{name}{spelled.group(4)}{new_year(spelled.group(5))}"
    return shape_surrogate(value, stream)


@register_surrogate("PROFESSIONAL_ID")
def pseudonymize_professional_id(value: str, stream: KeyedStream) -> str:
    """Keeps the council and state ("CRM/SP"), renumbers the register."""
    return "".join(str(stream.below(10)) if c.isdigit() else c for c in value)


@register_surrogate("BANK_ACCOUNT")
def pseudonymize_bank_account(value: str, stream: KeyedStream) -> str:
    return "".join(str(stream.below(10)) if c.isdigit() else c for c in value)
