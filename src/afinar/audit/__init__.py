"""The append-only, hash-chained audit log every stage writes to.

Each event stores `prev_hash`, the hash of the event before it, and its own `hash` =
HMAC-SHA256(workspace audit key, canonical JSON of the event). `verify()` recomputes the chain
and compares it with two heads kept apart from the events table: the `audit_head` row (updated
in the same transaction) and the anchor file `<workspace>/audit.anchor` (outside the database,
MAC'd with the key). See docs/audit.md for what this does and does not protect against.
"""

from afinar.audit.log import AuditEvent, AuditLog, VerifyReport, current_actor

__all__ = ["AuditEvent", "AuditLog", "VerifyReport", "current_actor"]
