"""Errors of the registry: forbidden transitions, and refusals of who may do what.

Exit codes (docs/governance.md): a forbidden lifecycle transition or a failed gate is a usage
error (2); a missing role, an unknown identity, a bad token or a four-eyes violation is a
permission error (3).
"""

from __future__ import annotations

from afinar.errors import AfinarError, UsageError


class TransitionError(UsageError):
    """The version's status does not allow this action (see `lifecycle.TRANSITIONS`) (exit code 2)."""


class GateError(UsageError):
    """The version's evaluation gates failed (or it was never evaluated) and no admin overrode them (exit code 2)."""


class PermissionDeniedError(AfinarError):
    """The acting identity may not do this: missing role, self-approval, not a listed reviewer (exit code 3)."""

    exit_code = 3


class AuthenticationError(PermissionDeniedError):
    """No valid identity: an unknown, revoked or expired token, or an unknown local user (exit code 3)."""
