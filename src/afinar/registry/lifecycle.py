"""The life cycle of a model version, as one table.

    candidate ──submit──> pending_review ──approve──> approved ──promote──> production ──retire──> retired
        │                    │    │                       │
        │                    │    └──reject──> rejected    └──retire──> retired
        │                    └──withdraw──> candidate
        └──retire──> retired

`rejected` and `retired` are final: a rejected model is fixed by training a new run and
registering it as a new version. Promoting a version retires the production version it
replaces (action `replace`, done by the registry itself in the same transaction).
"""

from __future__ import annotations

from enum import StrEnum

from afinar.registry.errors import TransitionError


class Status(StrEnum):
    CANDIDATE = "candidate"
    PENDING_REVIEW = "pending_review"
    APPROVED = "approved"
    PRODUCTION = "production"
    RETIRED = "retired"
    REJECTED = "rejected"


# (action, from status) -> to status. The only place that says which transitions exist.
TRANSITIONS: dict[tuple[str, Status], Status] = {
    ("submit", Status.CANDIDATE): Status.PENDING_REVIEW,
    ("withdraw", Status.PENDING_REVIEW): Status.CANDIDATE,
    ("approve", Status.PENDING_REVIEW): Status.APPROVED,
    ("reject", Status.PENDING_REVIEW): Status.REJECTED,
    ("promote", Status.APPROVED): Status.PRODUCTION,
    ("retire", Status.CANDIDATE): Status.RETIRED,
    ("retire", Status.APPROVED): Status.RETIRED,
    ("retire", Status.PRODUCTION): Status.RETIRED,
    ("replace", Status.PRODUCTION): Status.RETIRED,
}
ACTIONS: tuple[str, ...] = tuple(dict.fromkeys(action for action, _ in TRANSITIONS))
FINAL: frozenset[Status] = frozenset(s for s in Status if not any(source == s for _, source in TRANSITIONS))

# Past tense of each action, for audit events (`registry.submitted`, ...).
PAST_TENSE = {
    "register": "registered",
    "submit": "submitted",
    "withdraw": "withdrawn",
    "approve": "approved",
    "reject": "rejected",
    "promote": "promoted",
    "retire": "retired",
    "replace": "retired",
}


def next_status(action: str, status: str | Status) -> Status:
    """The status `action` leads to from `status`; `TransitionError` when the table has no such transition."""
    status = Status(status)
    target = TRANSITIONS.get((action, status))
    if target is None:
        allowed = sorted(a for a, source in TRANSITIONS if source == status and a != "replace")
        can = f"from {status.value} a version can be: {', '.join(allowed)}" if allowed else f"{status.value} is final"
        raise TransitionError(f"cannot {action} a version that is {status.value} ({can})")
    return target


def allowed_actions(status: str | Status) -> list[str]:
    """Actions a user may take on a version in `status` (the registry's own `replace` left out)."""
    status = Status(status)
    return [action for action, source in TRANSITIONS if source == status and action != "replace"]
