"""What happens to each piece of personal data: the operators, and their LGPD class.

LGPD distinguishes anonymised data (art. 12: no longer personal data, since the subject
cannot be re-identified by reasonable means) from pseudonymised data (art. 13 §4: still
personal data, re-identifiable with additional information kept apart — here, the key).
Each operator declares which one it produces; `operator_classification()` exposes that as
data for the dataset manifest.

Operators register themselves with `@register_operator`, like detectors. The heavy ones
(pseudonymize's surrogate builders, encrypt's AES-GCM) import their machinery on first use
so that importing this module (the policy model does) stays cheap.
"""

from __future__ import annotations

import hashlib
import hmac
from abc import ABC, abstractmethod
from dataclasses import dataclass
from enum import StrEnum
from typing import ClassVar, TypeVar

from afinar.privacy.keys import derive_key
from afinar.privacy.normalise import normalise_value


class LgpdClass(StrEnum):
    """What an operator's output is under LGPD."""

    ANONYMISATION = "anonymisation"  # art. 12: irreversible, no longer personal data
    PSEUDONYMISATION = "pseudonymisation"  # art. 13 §4: reversible or linkable with the key
    NONE = "none"  # the value is kept as it is


@dataclass(frozen=True)
class OperatorKeys:
    """Sub-keys derived once per Anonymizer from the master key (see `keys.derive_key`)."""

    hash: bytes
    pseudonym: bytes
    encrypt: bytes

    @classmethod
    def from_master(cls, key: bytes) -> OperatorKeys:
        return cls(
            hash=derive_key(key, "hash"),
            pseudonym=derive_key(key, "pseudonym"),
            encrypt=derive_key(key, "encrypt"),
        )


class Operator(ABC):
    """Turns one detected value into its replacement text.

    `name` is what a policy names; `lgpd_class` what the output is under LGPD.
    """

    name: ClassVar[str]
    lgpd_class: ClassVar[LgpdClass]

    @abstractmethod
    def transform(self, value: str, label: str, keys: OperatorKeys) -> str:
        """The text that replaces `value` (an entity of type `label`)."""


_OPERATORS: dict[str, Operator] = {}

OperatorType = TypeVar("OperatorType", bound=type[Operator])


def register_operator(cls: OperatorType) -> OperatorType:
    """Class decorator: make the operator available to policies under `cls.name`."""
    if cls.name in _OPERATORS:
        raise ValueError(f"an operator named {cls.name!r} is already registered")
    _OPERATORS[cls.name] = cls()
    return cls


def get_operator(name: str) -> Operator:
    """The registered operator called `name` (KeyError when there is none)."""
    return _OPERATORS[name]


def operator_names() -> tuple[str, ...]:
    """Names of all registered operators."""
    return tuple(_OPERATORS)


def operator_classification() -> dict[str, str]:
    """{operator name: "anonymisation" | "pseudonymisation" | "none"}, for manifests."""
    return {name: op.lgpd_class.value for name, op in _OPERATORS.items()}


@register_operator
class Redact(Operator):
    """Remove the value: "CPF 529.982.247-25" -> "CPF "."""

    name = "redact"
    lgpd_class = LgpdClass.ANONYMISATION

    def transform(self, value: str, label: str, keys: OperatorKeys) -> str:
        return ""


@register_operator
class Replace(Operator):
    """Put the entity type in place of the value: "<BR_CPF>"."""

    name = "replace"
    lgpd_class = LgpdClass.ANONYMISATION

    def transform(self, value: str, label: str, keys: OperatorKeys) -> str:
        return f"<{label}>"


# How many trailing letters/digits `mask` leaves visible, per entity type. Each is too
# short to single anyone out (2 check digits of a CPF, the last 4 of a card); everything
# else, names and e-mails included, is masked whole.
MASK_VISIBLE_SUFFIX = {"BR_CPF": 2, "BR_CNPJ": 2, "CREDIT_CARD": 4, "PHONE_NUMBER": 2}


@register_operator
class Mask(Operator):
    """Keep the shape, hide the characters: "529.982.247-25" -> "***.***.***-25"."""

    name = "mask"
    lgpd_class = LgpdClass.ANONYMISATION

    def transform(self, value: str, label: str, keys: OperatorKeys) -> str:
        visible = MASK_VISIBLE_SUFFIX.get(label, 0)
        chars = list(value)
        for index in range(len(chars) - 1, -1, -1):
            if chars[index].isalnum():
                if visible > 0:
                    visible -= 1
                else:
                    chars[index] = "*"
        return "".join(chars)


HASH_HEX_CHARS = 16


@register_operator
class Hash(Operator):
    """Keyed HMAC-SHA256 of the normalised value, truncated to 64 bits: "<BR_CPF:9f2c…>".

    Equal values give equal tokens (so counts and joins still work); without the key the
    token cannot be brute-forced from the small space of valid CPFs, which a plain
    SHA-256 could.
    """

    name = "hash"
    lgpd_class = LgpdClass.PSEUDONYMISATION

    def transform(self, value: str, label: str, keys: OperatorKeys) -> str:
        message = f"{label}\x00{normalise_value(label, value)}".encode()
        digest = hmac.new(keys.hash, message, hashlib.sha256).hexdigest()
        return f"<{label}:{digest[:HASH_HEX_CHARS]}>"


@register_operator
class Pseudonymize(Operator):
    """A realistic surrogate of the same shape, derived from HMAC(key, normalised value):
    a CPF with valid check digits, a name of the same gender, a plausible phone...
    The same value always gets the same surrogate under one key, and never itself."""

    name = "pseudonymize"
    lgpd_class = LgpdClass.PSEUDONYMISATION

    def transform(self, value: str, label: str, keys: OperatorKeys) -> str:
        from afinar.privacy.surrogates import surrogate_for

        return surrogate_for(label, value, keys.pseudonym)


@register_operator
class Encrypt(Operator):
    """AES-256-GCM under a key kept apart from the data: "[ENC:…]"; `reveal` undoes it."""

    name = "encrypt"
    lgpd_class = LgpdClass.PSEUDONYMISATION

    def transform(self, value: str, label: str, keys: OperatorKeys) -> str:
        from afinar.privacy.encryption import encrypt_value

        return encrypt_value(value, keys.encrypt)


@register_operator
class Keep(Operator):
    """Leave the value as it is (for entity types the dataset legitimately needs)."""

    name = "keep"
    lgpd_class = LgpdClass.NONE

    def transform(self, value: str, label: str, keys: OperatorKeys) -> str:
        return value
