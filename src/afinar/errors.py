"""Errors a user can act on.

The CLI prints an `AfinarError` as a short message (no traceback) and exits with its
`exit_code`; anything else is a bug and keeps its traceback. Messages never contain raw
personal data: name the file, line and field, not the value.
"""

from __future__ import annotations


class AfinarError(Exception):
    """A failure the user can fix or must know about; printed without a traceback."""

    exit_code = 1

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message if not self.hint else f"{self.message}\n  hint: {self.hint}"


class UsageError(AfinarError):
    """Bad input from the user: a spec, a data file, a command-line argument (exit code 2)."""

    exit_code = 2


class SpecError(UsageError):
    """`afinar.yaml` is invalid; the message names the file, line and key path."""


class DataError(UsageError):
    """A data file is invalid; the message names the file, line/row and field."""


class NotFoundError(AfinarError):
    """A named thing (model, dataset, run, version, event) does not exist (exit code 4)."""

    exit_code = 4


class ModelUnavailableError(AfinarError):
    """A base model cannot be loaded here (offline, missing files, unsupported format)."""

    exit_code = 5


class IntegrityError(AfinarError):
    """Stored data failed an integrity check (audit chain, artifact hash) (exit code 6)."""

    exit_code = 6
