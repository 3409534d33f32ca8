"""The registry stage: model versions and their review, identities and roles, model cards,
lineage, LGPD subject requests, and export.

    from afinar.registry import Registry, authenticate, authorize
    registry = Registry(workspace)
    user = authenticate(workspace, token)             # or registry.local_user()
    version = registry.register(run_id, user)         # atendimento-telecom@3, candidate
    registry.submit(version.id, user)                 # → pending_review (gates must pass)
    registry.approve(version.id, reviewer)            # → approved (four eyes)
    registry.promote(version.id, reviewer)            # → production (champion/challenger)

Importing this package is cheap: the database, torch and transformers load on use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from afinar.registry.errors import AuthenticationError, GateError, PermissionDeniedError, TransitionError
    from afinar.registry.identity import PERMISSIONS, Role, User, authenticate, authorize, can
    from afinar.registry.lifecycle import TRANSITIONS, Status
    from afinar.registry.stage import Registry
    from afinar.registry.versions import ModelVersion

__all__ = [
    "PERMISSIONS",
    "TRANSITIONS",
    "AuthenticationError",
    "GateError",
    "ModelVersion",
    "PermissionDeniedError",
    "Registry",
    "Role",
    "Status",
    "TransitionError",
    "User",
    "authenticate",
    "authorize",
    "can",
]

_LAZY = {
    "Registry": "afinar.registry.stage",
    "ModelVersion": "afinar.registry.versions",
    "PERMISSIONS": "afinar.registry.identity",
    "Role": "afinar.registry.identity",
    "User": "afinar.registry.identity",
    "authenticate": "afinar.registry.identity",
    "authorize": "afinar.registry.identity",
    "can": "afinar.registry.identity",
    "TRANSITIONS": "afinar.registry.lifecycle",
    "Status": "afinar.registry.lifecycle",
    "AuthenticationError": "afinar.registry.errors",
    "GateError": "afinar.registry.errors",
    "PermissionDeniedError": "afinar.registry.errors",
    "TransitionError": "afinar.registry.errors",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'afinar.registry' has no attribute {name!r}")
