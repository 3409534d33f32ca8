"""The privacy key: where it comes from and the sub-keys derived from it.

One secret (at least 32 bytes) lives apart from the data: in a key file, or in the
environment variable AFINAR_PRIVACY_KEY. Each use gets its own sub-key (HMAC-SHA256 of
the purpose under the secret), so a leaked pseudonym table says nothing about the
encryption key. Nothing here ever prints, logs or puts the key in an error message.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
from pathlib import Path

from afinar.errors import UsageError

KEY_ENV_VAR = "AFINAR_PRIVACY_KEY"
MIN_KEY_BYTES = 32
_HINT = (
    "create one with: python -c \"import secrets; print(secrets.token_hex(32))\" > privacy.key"
    " and keep it away from the data (or export AFINAR_PRIVACY_KEY)"
)


def decode_key(material: bytes) -> bytes:
    """Key bytes from a key file's or variable's content: 64+ hex digits, base64 of 32+
    bytes, or 32+ raw bytes; surrounding whitespace is ignored."""
    stripped = material.strip()
    try:
        text = stripped.decode("ascii")
    except UnicodeDecodeError:
        return stripped
    if len(text) >= 2 * MIN_KEY_BYTES and all(c in "0123456789abcdefABCDEF" for c in text):
        return bytes.fromhex(text)
    try:
        decoded = base64.b64decode(text, altchars=b"-_" if "-" in text or "_" in text else None,
                                   validate=True)
        if len(decoded) >= MIN_KEY_BYTES:
            return decoded
    except (binascii.Error, ValueError):
        pass
    return stripped


def load_key(key_file: str | Path | None = None) -> bytes:
    """The privacy key from `key_file`, else from $AFINAR_PRIVACY_KEY.

    Raises UsageError (naming the file or the variable, never the key) when neither is
    available, the file cannot be read, or the key is shorter than 32 bytes.
    """
    if key_file is not None:
        path = Path(key_file)
        try:
            material = path.read_bytes()
        except OSError as error:
            raise UsageError(f"cannot read the privacy key file {path}: {error.strerror}",
                             hint=_HINT) from None
        source = f"the key file {path}"
    elif os.environ.get(KEY_ENV_VAR):
        material = os.environ[KEY_ENV_VAR].encode("utf-8")
        source = f"${KEY_ENV_VAR}"
    else:
        raise UsageError(f"no privacy key: pass --key-file or set {KEY_ENV_VAR}", hint=_HINT)
    key = decode_key(material)
    check_key(key, source)
    return key


def check_key(key: bytes, source: str = "the privacy key") -> None:
    """Raise UsageError when `key` is not bytes of at least 32 bytes."""
    if not isinstance(key, bytes | bytearray):
        raise UsageError(f"{source} must be bytes")
    if len(key) < MIN_KEY_BYTES:
        raise UsageError(
            f"{source} is too short: a privacy key needs at least {MIN_KEY_BYTES} bytes",
            hint=_HINT,
        )


def derive_key(key: bytes, purpose: str) -> bytes:
    """A 32-byte sub-key of `key` for one `purpose` ("hash", "pseudonym", "encrypt", ...)."""
    return hmac.new(key, b"afinar.privacy/" + purpose.encode("ascii"), hashlib.sha256).digest()


def keyed_digest(sub_key: bytes, *parts: str) -> bytes:
    """HMAC-SHA256 over `parts` joined by NUL (NUL cannot occur in a normalised value)."""
    return hmac.new(sub_key, "\x00".join(parts).encode("utf-8"), hashlib.sha256).digest()
