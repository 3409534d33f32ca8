"""Keys for the data-subject index (LGPD art. 18: access, correction, deletion requests).

`subject_keys` turns the identifiers found in a record into keyed hashes, so the data
stage can later answer "which records mention this CPF?" without storing the CPF.
"""

from __future__ import annotations

from collections.abc import Iterable

from afinar.privacy.keys import check_key, derive_key, keyed_digest
from afinar.privacy.normalise import normalise_value
from afinar.privacy.span import Span

# Identifiers that point at one person (or company) on their own.
SUBJECT_LABELS = frozenset({
    "BR_CPF", "BR_CNPJ", "EMAIL_ADDRESS", "PHONE_NUMBER", "PERSON", "BR_RG", "BR_CNH",
    "BR_PIS", "BR_TITULO_ELEITOR", "BR_CNS", "CREDIT_CARD", "PIX_KEY",
})
_TITLE_WORDS = frozenset({"sr", "sra", "srta", "dr", "dra", "dona", "prof", "profa"})


def subject_key(label: str, value: str, key: bytes) -> str:
    """"LABEL:hex" — HMAC-SHA256 (sub-key "subject") of the normalised value, 128 bits."""
    normalised = normalise_value(label, value)
    if label == "PERSON":
        normalised = " ".join(w for w in normalised.split() if w not in _TITLE_WORDS)
    return f"{label}:{keyed_digest(derive_key(key, 'subject'), label, normalised).hex()[:32]}"


def subject_keys(spans: Iterable[Span], text: str, key: bytes) -> set[str]:
    """Keyed hashes of the subject identifiers among `spans` (offsets into `text`).

    Values are normalised first (CPF digits, CNPJ in capitals, e-mail lower-cased, phone in
    E.164, person name accent-folded), so every spelling of one identifier gives one key.
    The raw value never leaves this function.
    """
    check_key(key)
    return {
        subject_key(span.label, text[span.start : span.end], key)
        for span in spans
        if span.label in SUBJECT_LABELS
    }
