"""Who is acting: users with roles, API tokens, and the permission matrix.

    user = authenticate(workspace, token)      # the serving API and the CLI with AFINAR_TOKEN
    authorize(user, "registry.approve")        # raises PermissionDeniedError (exit code 3)

Tokens look like `afn_<12 hex id>_<43 url-safe characters>` (256 random bits). Only the sha256
of the whole token is stored; the id finds the row and the hashes are compared in constant
time. A token is shown once, when it is created.

Without a token the CLI acts as the operating-system user running it (not `AFINAR_USER`, which
anyone can set). The first such user of a workspace becomes its admin (`local_admin`): whoever
can write the workspace folder can read its keys anyway, so the folder's owner is trusted.
Any other OS user must be added by an admin (`afinar users add`) or use a token.
"""

from __future__ import annotations

import getpass
import hashlib
import hmac
import os
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any

import sqlalchemy.exc
from sqlalchemy import select

from afinar.errors import NotFoundError, UsageError
from afinar.registry.errors import AuthenticationError, PermissionDeniedError
from afinar.workspace import Workspace
from afinar.workspace.schema import ApiTokenRow, UserRow, WorkspaceInfo

TOKEN_ENV = "AFINAR_TOKEN"
TOKEN_PREFIX = "afn_"
TOKEN_ID_HEX = 12
USER_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,199}$")
LOCAL_ADMIN_KEY = "local_admin"


class Role(StrEnum):
    VIEWER = "viewer"
    DATA_SCIENTIST = "data_scientist"
    REVIEWER = "reviewer"
    ADMIN = "admin"


_EVERYONE = frozenset(Role)
_BUILDERS = frozenset({Role.DATA_SCIENTIST, Role.ADMIN})
_REVIEWERS = frozenset({Role.REVIEWER, Role.ADMIN})
_ADMINS = frozenset({Role.ADMIN})

# action -> roles allowed to do it. The one place that says who may do what (docs/governance.md
# prints it as a matrix). Four eyes and the spec's reviewer list are checked on top of this.
PERMISSIONS: dict[str, frozenset[Role]] = {
    "registry.read": _EVERYONE,  # list, show, card, lineage
    "registry.register": _BUILDERS,
    "registry.submit": _BUILDERS,
    "registry.withdraw": _BUILDERS,
    "registry.approve": _REVIEWERS,
    "registry.reject": _REVIEWERS,
    "registry.promote": _REVIEWERS,
    "registry.retire": _REVIEWERS,
    "registry.override_gates": _ADMINS,  # submit a version whose evaluation gates failed
    "registry.override_champion": _ADMINS,  # promote a version worse than the production one
    "registry.export": frozenset({Role.DATA_SCIENTIST, Role.REVIEWER, Role.ADMIN}),
    "privacy.subject_request": _ADMINS,  # find-subject, forget
    "audit.read": _REVIEWERS,
    "users.manage": _ADMINS,
    "serve.infer": _EVERYONE,  # chat/completions/classify on a production or approved model
    "serve.feedback": _EVERYONE,
    "serve.admin": _ADMINS,  # load/unload models, read request logs
}


@dataclass(frozen=True)
class User:
    """An identity and its roles. `via`: how it was established ('token:<id>', 'local', 'system')."""

    name: str
    roles: frozenset[Role]
    active: bool = True
    local_admin: bool = False
    via: str = "local"

    def has_role(self, *roles: Role | str) -> bool:
        return any(Role(role) in self.roles for role in roles)

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "roles": sorted(r.value for r in self.roles), "active": self.active, "local_admin": self.local_admin, "via": self.via}


@dataclass(frozen=True)
class TokenInfo:
    """An API token as listed: never the secret, which exists only in the creator's hands."""

    id: str
    user: str
    label: str
    created_at: str
    created_by: str
    expires_at: str | None
    revoked_at: str | None

    @property
    def active(self) -> bool:
        if self.revoked_at:
            return False
        return not self.expires_at or datetime.fromisoformat(self.expires_at) > datetime.now(UTC)

    def to_json(self) -> dict[str, Any]:
        return {**self.__dict__, "active": self.active}


# -- authorization (pure) ----------------------------------------------------------------------------


def can(user: User, action: str) -> bool:
    """Whether `user` holds a role that allows `action` (a key of `PERMISSIONS`)."""
    if action not in PERMISSIONS:
        raise ValueError(f"unknown action {action!r}; actions are {', '.join(sorted(PERMISSIONS))}")
    return user.active and bool(user.roles & PERMISSIONS[action])


def authorize(user: User, action: str) -> None:
    """Raise `PermissionDeniedError` (exit code 3) unless `user` may do `action`."""
    if can(user, action):
        return
    needed = " or ".join(sorted(r.value for r in PERMISSIONS[action]))
    held = ", ".join(sorted(r.value for r in user.roles)) or "no role"
    raise PermissionDeniedError(
        f"{user.name} may not {action} (needs the role {needed}; has {held})",
        hint="an admin grants roles with `afinar users roles NAME --role ROLE`",
    )


# -- authentication ------------------------------------------------------------------------------------


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _parse_token(token: str) -> str | None:
    """The token's id, or None when it is not shaped like an afinar token."""
    token = token.strip()
    if not token.startswith(TOKEN_PREFIX) or len(token) < len(TOKEN_PREFIX) + TOKEN_ID_HEX + 2:
        return None
    token_id = token[len(TOKEN_PREFIX) : len(TOKEN_PREFIX) + TOKEN_ID_HEX]
    if token[len(TOKEN_PREFIX) + TOKEN_ID_HEX] != "_" or not re.fullmatch(r"[0-9a-f]+", token_id):
        return None
    return token_id


def authenticate(workspace: Workspace, token: str) -> User:
    """The user a token belongs to; `AuthenticationError` for an unknown, revoked or expired
    token or an inactive user. The message never repeats the token."""
    token = (token or "").strip()
    token_id = _parse_token(token)
    row = user = None
    if token_id is not None:
        with workspace.session() as session:
            row = session.get(ApiTokenRow, token_id)
            user = session.get(UserRow, row.user_name) if row is not None else None
    # Compare even when the id is unknown, so timing does not tell which ids exist.
    stored = row.token_sha256 if row is not None else "0" * 64
    matches = hmac.compare_digest(hash_token(token), stored)
    if row is None or not matches:
        raise AuthenticationError("invalid API token", hint="create one with `afinar users token NAME`")
    if row.revoked_at is not None:
        raise AuthenticationError(f"API token {token_id} was revoked")
    if row.expires_at is not None and _aware(row.expires_at) <= datetime.now(UTC):
        raise AuthenticationError(f"API token {token_id} expired")
    if user is None or not user.active:
        raise AuthenticationError(f"the user of API token {token_id} is disabled or no longer exists")
    return _user_from_row(user, via=f"token:{token_id}")


def os_user() -> str:
    """The operating-system user running this process (deliberately not `AFINAR_USER`, which
    anyone can set)."""
    try:
        import pwd

        return pwd.getpwuid(os.getuid()).pw_name
    except (ImportError, KeyError):
        return getpass.getuser()


def local_user(workspace: Workspace) -> User:
    """The OS user as a workspace user; the first one ever becomes the workspace's admin.

    `AuthenticationError` when the workspace already has an admin and this OS user was never added.
    """
    name = os_user()
    with workspace.session() as session:
        row = session.get(UserRow, name)
    if row is not None:
        if not row.active:
            raise AuthenticationError(f"user {name} is disabled in this workspace")
        return _user_from_row(row, via="local")
    if _bootstrap_local_admin(workspace, name):
        return local_user(workspace)
    raise AuthenticationError(
        f"the OS user {name} is not a user of this workspace",
        hint=f"ask an admin to run `afinar users add {name} --role ROLE`, or set {TOKEN_ENV} to your API token",
    )


def _bootstrap_local_admin(workspace: Workspace, name: str) -> bool:
    """Make `name` admin if no one has been yet; True if it happened (now or before, for `name`)."""
    from afinar.audit import AuditLog

    now = datetime.now(UTC)
    try:
        with workspace.write_session() as session:
            claimed = session.get(WorkspaceInfo, LOCAL_ADMIN_KEY)
            if claimed is not None:
                return claimed.value == name and session.get(UserRow, name) is not None
            # The primary key of this row settles a race between two first users (PostgreSQL too).
            session.add(WorkspaceInfo(key=LOCAL_ADMIN_KEY, value=name))
            session.flush()
            session.add(UserRow(name=name, roles=Role.ADMIN.value, active=1, local_admin=1, created_at=now, created_by=name))
    except sqlalchemy.exc.IntegrityError:
        return False
    AuditLog(workspace).append("users.bootstrapped", f"user:{name}", {"roles": [Role.ADMIN.value], "via": "local"}, actor=name)
    return True


def cli_identity(workspace: Workspace) -> User:
    """The identity a command acts as: `$AFINAR_TOKEN`'s user, else the local OS user."""
    token = os.environ.get(TOKEN_ENV)
    if token:
        return authenticate(workspace, token)
    return local_user(workspace)


# -- users ----------------------------------------------------------------------------------------------


def parse_roles(roles: list[str] | tuple[str, ...] | set[str]) -> frozenset[Role]:
    if not roles:
        raise UsageError("give at least one role (--role viewer|data_scientist|reviewer|admin)")
    parsed = set()
    for role in roles:
        try:
            parsed.add(Role(role.strip().lower().replace("-", "_")))
        except ValueError:
            raise UsageError(f"unknown role {role!r}; roles are {', '.join(r.value for r in Role)}") from None
    return frozenset(parsed)


def add_user(workspace: Workspace, actor: User, name: str, roles: list[str]) -> User:
    from afinar.audit import AuditLog

    authorize(actor, "users.manage")
    if not USER_NAME.match(name):
        raise UsageError(f"user name {name!r}: use letters, digits, '.', '_', '@' or '-' (at most 200)")
    parsed = parse_roles(roles)
    with workspace.write_session() as session:
        if session.get(UserRow, name) is not None:
            raise UsageError(f"user {name} already exists", hint=f"change roles with `afinar users roles {name} --role ROLE`")
        session.add(UserRow(name=name, roles=_roles_text(parsed), active=1, local_admin=0, created_at=datetime.now(UTC), created_by=actor.name))
    AuditLog(workspace).append("users.added", f"user:{name}", {"roles": sorted(r.value for r in parsed), "via": actor.via}, actor=actor.name)
    return get_user(workspace, name)


def set_roles(workspace: Workspace, actor: User, name: str, roles: list[str], *, active: bool | None = None) -> User:
    """Replace a user's roles (and optionally enable/disable them). The last active admin keeps admin."""
    from afinar.audit import AuditLog

    authorize(actor, "users.manage")
    parsed = parse_roles(roles) if roles else None
    with workspace.write_session() as session:
        row = session.scalars(select(UserRow).where(UserRow.name == name).with_for_update()).first()
        if row is None:
            raise NotFoundError(f"no user {name!r} in this workspace", hint="list them with `afinar users list`")
        before = {"roles": row.roles, "active": bool(row.active)}
        if parsed is not None:
            row.roles = _roles_text(parsed)
        if active is not None:
            row.active = int(active)
        loses_admin = Role.ADMIN.value in before["roles"].split(",") and (Role.ADMIN.value not in row.roles.split(",") or not row.active)
        if loses_admin:
            admins = session.scalars(select(UserRow).where(UserRow.active == 1).with_for_update()).all()
            if not any(Role.ADMIN.value in u.roles.split(",") for u in admins if u.name != name):
                raise UsageError(f"{name} is the last active admin; make someone else admin first")
        after = {"roles": row.roles, "active": bool(row.active)}
    AuditLog(workspace).append(
        "users.roles_changed", f"user:{name}", {"before": before, "after": after, "via": actor.via}, actor=actor.name
    )
    return get_user(workspace, name)


def get_user(workspace: Workspace, name: str) -> User:
    with workspace.session() as session:
        row = session.get(UserRow, name)
    if row is None:
        raise NotFoundError(f"no user {name!r} in this workspace", hint="list them with `afinar users list`")
    return _user_from_row(row, via="record")


def list_users(workspace: Workspace) -> list[User]:
    with workspace.session() as session:
        rows = session.scalars(select(UserRow).order_by(UserRow.name)).all()
    return [_user_from_row(row, via="record") for row in rows]


# -- tokens ---------------------------------------------------------------------------------------------


def create_token(workspace: Workspace, actor: User, name: str, *, label: str = "", expires_days: int | None = None) -> tuple[str, TokenInfo]:
    """(token, info) for user `name`. Admins create tokens for anyone; others only for themselves.
    The token is returned once and never stored."""
    from afinar.audit import AuditLog

    if name != actor.name:
        authorize(actor, "users.manage")
    user = get_user(workspace, name)
    if not user.active:
        raise UsageError(f"user {name} is disabled")
    token_id = secrets.token_hex(TOKEN_ID_HEX // 2)
    token = f"{TOKEN_PREFIX}{token_id}_{secrets.token_urlsafe(32)}"
    now = datetime.now(UTC)
    expires = now + timedelta(days=expires_days) if expires_days else None
    with workspace.write_session() as session:
        session.add(
            ApiTokenRow(id=token_id, user_name=name, token_sha256=hash_token(token), label=label[:200], created_at=now, created_by=actor.name, expires_at=expires)
        )
    AuditLog(workspace).append(
        "users.token_created",
        f"user:{name}",
        {"token_id": token_id, "label": label[:200], "expires_at": expires.isoformat(timespec="seconds") if expires else None, "via": actor.via},
        actor=actor.name,
    )
    return token, _token_info(workspace, token_id)


def revoke_token(workspace: Workspace, actor: User, token_id: str) -> TokenInfo:
    from afinar.audit import AuditLog

    with workspace.write_session() as session:
        row = session.scalars(select(ApiTokenRow).where(ApiTokenRow.id == token_id).with_for_update()).first()
        if row is None:
            raise NotFoundError(f"no API token {token_id!r}", hint="list them with `afinar users list --tokens`")
        if row.user_name != actor.name:
            authorize(actor, "users.manage")
        if row.revoked_at is None:
            row.revoked_at = datetime.now(UTC)
        owner = row.user_name
    AuditLog(workspace).append("users.token_revoked", f"user:{owner}", {"token_id": token_id, "via": actor.via}, actor=actor.name)
    return _token_info(workspace, token_id)


def list_tokens(workspace: Workspace, name: str | None = None) -> list[TokenInfo]:
    query = select(ApiTokenRow).order_by(ApiTokenRow.created_at)
    if name:
        query = query.where(ApiTokenRow.user_name == name)
    with workspace.session() as session:
        rows = session.scalars(query).all()
    return [_info_from_row(row) for row in rows]


def _token_info(workspace: Workspace, token_id: str) -> TokenInfo:
    with workspace.session() as session:
        return _info_from_row(session.get(ApiTokenRow, token_id))


def _info_from_row(row: ApiTokenRow) -> TokenInfo:
    return TokenInfo(
        id=row.id,
        user=row.user_name,
        label=row.label,
        created_at=_iso(row.created_at),
        created_by=row.created_by,
        expires_at=_iso(row.expires_at),
        revoked_at=_iso(row.revoked_at),
    )


def _user_from_row(row: UserRow, *, via: str) -> User:
    roles = frozenset(Role(r) for r in row.roles.split(",") if r)
    return User(name=row.name, roles=roles, active=bool(row.active), local_admin=bool(row.local_admin), via=via)


def _roles_text(roles: frozenset[Role]) -> str:
    return ",".join(sorted(r.value for r in roles))


def _aware(value: datetime) -> datetime:
    """SQLite returns naive datetimes for timezone-aware columns: they were stored in UTC."""
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _iso(value: datetime | None) -> str | None:
    return _aware(value).isoformat(timespec="seconds") if value is not None else None
