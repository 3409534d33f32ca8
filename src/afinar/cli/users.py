"""`afinar users`: people and services with roles in this workspace, and their API tokens.

Roles: viewer (read), data_scientist (register, submit, export), reviewer (approve, reject,
promote, retire, export), admin (everything, users, gate overrides, LGPD requests). Without
`$AFINAR_TOKEN`, commands act as the OS user; the first OS user of a workspace is its admin.
"""

from __future__ import annotations

from typing import Annotated

import typer

from afinar.cli.output import console, print_json
from afinar.cli.state import STATE

app = typer.Typer(help="Users, roles and API tokens of the workspace (who may review and approve models).", no_args_is_help=True)

JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON.")]
Roles = Annotated[list[str], typer.Option("--role", "-r", help="viewer, data_scientist, reviewer or admin (repeat for several).")]


def _workspace_and_actor():
    from afinar.registry.identity import cli_identity

    workspace = STATE.open_workspace()
    return workspace, cli_identity(workspace)


@app.command("add")
def add(
    name: Annotated[str, typer.Argument(help="User name (e.g. ana.revisora).")],
    role: Roles,
    as_json: JsonOption = False,
) -> None:
    """Add a user with one or more roles (admins only).

    Example: `afinar users add ana.revisora --role reviewer`
    """
    from afinar.registry.identity import add_user

    workspace, actor = _workspace_and_actor()
    user = add_user(workspace, actor, name, role)
    print_json(user.to_json()) if as_json else console.print(f"added {user.name}: {', '.join(sorted(user.roles))}", highlight=False)


@app.command("roles")
def roles(
    name: Annotated[str, typer.Argument(help="User name.")],
    role: Annotated[list[str] | None, typer.Option("--role", "-r", help="The user's new set of roles (repeat for several).")] = None,
    disable: Annotated[bool, typer.Option("--disable", help="Disable the user (tokens stop working).")] = False,
    enable: Annotated[bool, typer.Option("--enable", help="Enable a disabled user.")] = False,
    as_json: JsonOption = False,
) -> None:
    """Change a user's roles, or disable/enable them (admins only; the last admin stays admin).

    Example: `afinar users roles ana.revisora --role reviewer --role admin`
    """
    from afinar.errors import UsageError
    from afinar.registry.identity import set_roles

    if disable and enable:
        raise UsageError("--disable and --enable exclude each other")
    if not role and not (disable or enable):
        raise UsageError("give --role ROLE (repeatable), --disable or --enable")
    workspace, actor = _workspace_and_actor()
    user = set_roles(workspace, actor, name, role or [], active=False if disable else True if enable else None)
    print_json(user.to_json()) if as_json else console.print(f"{user.name}: {', '.join(sorted(user.roles))}{'' if user.active else ' (disabled)'}", highlight=False)


@app.command("list")
def list_users(
    tokens: Annotated[bool, typer.Option("--tokens", help="Also list API tokens (ids, never secrets).")] = False,
    as_json: JsonOption = False,
) -> None:
    """List users and their roles (and their tokens with --tokens). Admins only.

    Example: `afinar users list --tokens`
    """
    from rich.table import Table

    from afinar.registry.identity import authorize, list_tokens
    from afinar.registry.identity import list_users as all_users

    workspace, actor = _workspace_and_actor()
    authorize(actor, "users.manage")
    users = all_users(workspace)
    token_list = list_tokens(workspace) if tokens else []
    if as_json:
        print_json({"users": [u.to_json() for u in users], "tokens": [t.to_json() for t in token_list]})
        return
    table = Table(title=f"users ({len(users)})")
    for column in ("name", "roles", "active", "local admin"):
        table.add_column(column)
    for user in users:
        table.add_row(user.name, ", ".join(sorted(user.roles)), "yes" if user.active else "no", "yes" if user.local_admin else "")
    console.print(table)
    if tokens:
        table = Table(title=f"API tokens ({len(token_list)})")
        for column in ("id", "user", "label", "created", "expires", "state"):
            table.add_column(column)
        for token in token_list:
            state = "revoked" if token.revoked_at else "active" if token.active else "expired"
            table.add_row(token.id, token.user, token.label, token.created_at[:19], (token.expires_at or "never")[:19], state)
        console.print(table)


@app.command("token")
def token(
    name: Annotated[str | None, typer.Argument(help="User to create a token for (default: yourself).")] = None,
    label: Annotated[str, typer.Option("--label", help="What the token is for (e.g. 'ci', 'serving').")] = "",
    expires_days: Annotated[int | None, typer.Option("--expires-days", min=1, help="Days until the token expires (default: never).")] = None,
    revoke: Annotated[str | None, typer.Option("--revoke", help="Revoke the token with this id instead.")] = None,
    as_json: JsonOption = False,
) -> None:
    """Create an API token (shown once: store it now) or revoke one. Admins create tokens for
    anyone; other users for themselves. Use it as `AFINAR_TOKEN=...` or as a bearer token.

    Example: `afinar users token ana.revisora --label laptop --expires-days 90`
    """
    from afinar.registry.identity import create_token, revoke_token

    workspace, actor = _workspace_and_actor()
    if revoke:
        info = revoke_token(workspace, actor, revoke)
        print_json(info.to_json()) if as_json else console.print(f"revoked token {info.id} of {info.user}", highlight=False)
        return
    secret, info = create_token(workspace, actor, name or actor.name, label=label, expires_days=expires_days)
    if as_json:
        print_json({**info.to_json(), "token": secret})
        return
    console.print(f"token {info.id} for {info.user}{' (expires ' + info.expires_at + ')' if info.expires_at else ''} — shown once, store it now:", highlight=False)
    typer.echo(secret)
