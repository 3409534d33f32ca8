"""Canonical forms of personal-data values, so "529.982.247-25" and "52998224725" are one
person to the keyed hash, the pseudonymiser and the subject index."""

from __future__ import annotations

import re

from afinar.privacy.folding import fold

_DIGIT_LABELS = frozenset({
    "BR_CPF", "BR_PIS", "BR_CNH", "BR_TITULO_ELEITOR", "BR_CNS", "BR_CEP", "CREDIT_CARD",
})
_ALNUM_UPPER_LABELS = frozenset({"BR_CNPJ", "BR_RG", "LICENSE_PLATE", "BANK_ACCOUNT"})


def normalise_value(label: str, value: str) -> str:
    """The canonical form of `value` as an entity of type `label`.

    CPF/PIS/CNH/título/CNS/CEP/card: digits only; CNPJ, RG, plate, bank account: letters
    and digits in capitals; e-mail: lower-case; phone: E.164 (+5511987654321) when it
    parses, else digits; person and anything else: accent-folded lower-case words joined by
    single spaces.
    """
    if label in _DIGIT_LABELS:
        return "".join(c for c in value if c.isdigit())
    if label in _ALNUM_UPPER_LABELS:
        return "".join(c for c in value.upper() if c.isalnum())
    if label == "EMAIL_ADDRESS":
        return value.strip().lower()
    if label == "PIX_KEY":
        return value.strip().lower()
    if label == "PHONE_NUMBER":
        return _phone_e164(value)
    return " ".join(re.findall(r"\w+", fold(value)))


def _phone_e164(value: str) -> str:
    digits = "".join(c for c in value if c.isdigit())
    if value.strip().startswith("+") or (len(digits) in (12, 13) and digits.startswith("55")):
        national = digits[2:]
    else:
        national = digits.lstrip("0") if len(digits) > 11 else digits
    if len(national) in (10, 11):
        import phonenumbers

        try:
            number = phonenumbers.parse(national, "BR")
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        except phonenumbers.NumberParseException:
            pass
    return national
