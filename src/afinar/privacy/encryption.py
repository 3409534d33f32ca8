"""Reversible encryption of single values: AES-256-GCM tokens and `reveal`.

A token is "[ENC:" + base64url(nonce ‖ ciphertext ‖ tag) + "]". The 96-bit nonce is
random, so two encryptions of one value differ (nobody can link records by the token;
use `hash` or `pseudonymize` when linking is wanted). Only a holder of the privacy key
can reveal: the key is never stored with the data.
"""

from __future__ import annotations

import base64
import os
import re

from afinar.errors import UsageError
from afinar.privacy.keys import check_key, derive_key

TOKEN_PATTERN = re.compile(r"\[ENC:([A-Za-z0-9_-]+)\]")
_ASSOCIATED_DATA = b"afinar.privacy.encrypt/v1"
_NONCE_BYTES = 12


def encrypt_value(value: str, encrypt_key: bytes) -> str:
    """An "[ENC:…]" token for `value` under the 32-byte sub-key `encrypt_key`."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(_NONCE_BYTES)
    sealed = AESGCM(encrypt_key).encrypt(nonce, value.encode("utf-8"), _ASSOCIATED_DATA)
    return "[ENC:" + base64.urlsafe_b64encode(nonce + sealed).rstrip(b"=").decode("ascii") + "]"


def reveal(token: str, key: bytes) -> str:
    """The original value of an "[ENC:…]" token, given the master privacy key.

    Raises UsageError when the token is malformed or was not made with this key (the
    message never contains the token's content).
    """
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    check_key(key)
    match = TOKEN_PATTERN.fullmatch(token.strip())
    if not match:
        raise UsageError("not an encryption token: expected [ENC:...]")
    payload = match.group(1)
    try:
        raw = base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))
    except ValueError:
        raise UsageError("the encryption token is damaged (bad base64)") from None
    if len(raw) <= _NONCE_BYTES + 16:
        raise UsageError("the encryption token is damaged (too short)")
    try:
        plain = AESGCM(derive_key(key, "encrypt")).decrypt(
            raw[:_NONCE_BYTES], raw[_NONCE_BYTES:], _ASSOCIATED_DATA
        )
    except InvalidTag:
        raise UsageError(
            "the token cannot be decrypted with this key (wrong key, or a damaged token)"
        ) from None
    return plain.decode("utf-8")
