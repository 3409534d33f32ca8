"""Users, roles, API tokens and the permission matrix: what the CLI and the serving API rely on."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from afinar.audit import AuditLog
from afinar.registry import PERMISSIONS, Role, authenticate, authorize, can, identity
from afinar.registry.errors import AuthenticationError, PermissionDeniedError


def test_tokens_are_stored_hashed_and_shown_once(workspace, people):
    token = people.tokens["bruno.revisor"]
    assert token.startswith("afn_") and len(token) > 50
    with sqlite3.connect(workspace.root / "afinar.db") as db:
        dump = "\n".join(db.iterdump())
    assert token not in dump and token.split("_", 2)[2] not in dump
    assert identity.hash_token(token) in dump
    assert not any(token in str(e.details) for e in AuditLog(workspace).events())
    listed = identity.list_tokens(workspace, "bruno.revisor")
    assert len(listed) == 1 and "token" not in listed[0].to_json()


def test_authenticate_gives_the_user_and_its_roles(workspace, people):
    user = authenticate(workspace, people.tokens["bruno.revisor"])
    assert user.name == "bruno.revisor" and user.roles == {Role.REVIEWER} and user.via.startswith("token:")


@pytest.mark.parametrize(
    "mangle",
    [
        lambda t: t[:-1] + ("A" if t[-1] != "A" else "B"),  # wrong secret, real id
        lambda t: "afn_000000000000_" + t.split("_", 2)[2],  # unknown id
        lambda t: "Bearer " + t,
        lambda t: "",
        lambda t: "afn_",
    ],
)
def test_bad_tokens_are_refused_without_echoing_them(workspace, people, mangle):
    bad = mangle(people.tokens["bruno.revisor"])
    with pytest.raises(AuthenticationError) as refused:
        authenticate(workspace, bad)
    assert refused.value.exit_code == 3
    assert (not bad) or bad not in str(refused.value)


def test_revoked_expired_and_disabled_tokens_stop_working(workspace, people):
    token = people.tokens["carla.revisora"]
    token_id = token[4:16]
    with pytest.raises(PermissionDeniedError):
        identity.revoke_token(workspace, people.scientist, token_id)  # not hers, not an admin
    identity.revoke_token(workspace, people.admin, token_id)
    with pytest.raises(AuthenticationError, match="revoked"):
        authenticate(workspace, token)

    short, info = identity.create_token(workspace, people.admin, "ana.cientista", expires_days=1)
    assert authenticate(workspace, short).name == "ana.cientista"
    from afinar.workspace.schema import ApiTokenRow

    with workspace.write_session() as session:
        session.get(ApiTokenRow, info.id).expires_at = datetime.now(UTC) - timedelta(seconds=1)
    with pytest.raises(AuthenticationError, match="expired"):
        authenticate(workspace, short)

    identity.set_roles(workspace, people.admin, "vitor.leitor", [], active=False)
    with pytest.raises(AuthenticationError, match="disabled"):
        authenticate(workspace, people.tokens["vitor.leitor"])


def test_users_create_tokens_for_themselves_only(workspace, people):
    own, _ = identity.create_token(workspace, people.scientist, "ana.cientista", label="laptop")
    assert authenticate(workspace, own).name == "ana.cientista"
    with pytest.raises(PermissionDeniedError):
        identity.create_token(workspace, people.scientist, "bruno.revisor")
    events = AuditLog(workspace).events(action="users.token_created")
    assert events[-1].actor == "ana.cientista" and events[-1].details["label"] == "laptop"


def test_the_first_os_user_becomes_admin_and_no_one_else(workspace, monkeypatch):
    first = identity.local_user(workspace)
    assert first.roles == {Role.ADMIN} and first.local_admin and first.via == "local"
    assert identity.local_user(workspace).name == first.name  # idempotent
    boot = AuditLog(workspace).events(action="users.bootstrapped")
    assert len(boot) == 1 and boot[0].actor == first.name
    monkeypatch.setattr(identity, "os_user", lambda: "mallory")
    with pytest.raises(AuthenticationError, match="mallory is not a user"):
        identity.local_user(workspace)
    monkeypatch.setenv("AFINAR_USER", first.name)  # self-declared names are not identities
    with pytest.raises(AuthenticationError):
        identity.cli_identity(workspace)


def test_cli_identity_prefers_the_token(workspace, people, monkeypatch):
    monkeypatch.setenv("AFINAR_TOKEN", people.tokens["ana.cientista"])
    assert identity.cli_identity(workspace).name == "ana.cientista"
    monkeypatch.setenv("AFINAR_TOKEN", "afn_nonsense")
    with pytest.raises(AuthenticationError):
        identity.cli_identity(workspace)


def test_the_last_admin_keeps_admin(workspace, people):
    with pytest.raises(Exception, match="last active admin"):
        identity.set_roles(workspace, people.admin, people.admin.name, ["viewer"])
    identity.set_roles(workspace, people.admin, "carla.revisora", ["reviewer", "admin"])
    assert identity.set_roles(workspace, people.admin, people.admin.name, ["viewer"]).roles == {Role.VIEWER}


def test_only_admins_manage_users(workspace, people):
    with pytest.raises(PermissionDeniedError):
        identity.add_user(workspace, people.reviewer, "eva", ["admin"])
    with pytest.raises(Exception, match="unknown role"):
        identity.add_user(workspace, people.admin, "eva", ["superuser"])
    with pytest.raises(Exception, match="already exists"):
        identity.add_user(workspace, people.admin, "bruno.revisor", ["viewer"])


# The permission matrix of docs/governance.md, row by row: (action, roles allowed).
MATRIX = {
    "registry.read": {"viewer", "data_scientist", "reviewer", "admin"},
    "registry.register": {"data_scientist", "admin"},
    "registry.submit": {"data_scientist", "admin"},
    "registry.withdraw": {"data_scientist", "admin"},
    "registry.approve": {"reviewer", "admin"},
    "registry.reject": {"reviewer", "admin"},
    "registry.promote": {"reviewer", "admin"},
    "registry.retire": {"reviewer", "admin"},
    "registry.override_gates": {"admin"},
    "registry.override_champion": {"admin"},
    "registry.export": {"data_scientist", "reviewer", "admin"},
    "privacy.subject_request": {"admin"},
    "audit.read": {"reviewer", "admin"},
    "users.manage": {"admin"},
    "serve.infer": {"viewer", "data_scientist", "reviewer", "admin"},
    "serve.feedback": {"viewer", "data_scientist", "reviewer", "admin"},
    "serve.admin": {"admin"},
}


def test_the_permission_matrix():
    from afinar.registry import User

    assert set(PERMISSIONS) == set(MATRIX)
    for action, allowed in MATRIX.items():
        for role in Role:
            user = User(name="x", roles=frozenset({role}))
            assert can(user, action) == (role.value in allowed), (action, role)
            if role.value not in allowed:
                with pytest.raises(PermissionDeniedError):
                    authorize(user, action)
    with pytest.raises(ValueError, match="unknown action"):
        can(User(name="x", roles=frozenset({Role.ADMIN})), "registry.aprove")
    assert not can(User(name="x", roles=frozenset({Role.ADMIN}), active=False), "registry.read")
