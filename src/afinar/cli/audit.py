"""`afinar audit`: read and verify the tamper-evident audit log."""

from __future__ import annotations

from typing import Annotated

import typer

from afinar.cli.output import console, print_json
from afinar.cli.state import STATE

app = typer.Typer(help="The hash-chained audit log: list events, verify the chain.", no_args_is_help=True)


@app.command("log")
def log(
    action: Annotated[str | None, typer.Option("--action", help="Only actions starting with this, e.g. 'model.'.")] = None,
    subject: Annotated[str | None, typer.Option("--subject", help="Only this subject, e.g. 'base_model:minilm-l6'.")] = None,
    actor: Annotated[str | None, typer.Option("--actor", help="Only events by this user.")] = None,
    since: Annotated[str | None, typer.Option("--since", help="Only events at or after this ISO time.")] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="Newest N events.")] = 50,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON (one array, oldest first).")] = False,
) -> None:
    """List audit events, newest last.

    Example: `afinar audit log --action pipeline. -n 20`
    """
    from rich.table import Table

    from afinar.audit import AuditLog

    events = AuditLog(STATE.open_workspace()).events(action=action, subject=subject, actor=actor, since=since, limit=limit, newest_first=True)
    events.reverse()
    if as_json:
        print_json([event.to_json() for event in events])
        return
    table = Table(title=f"audit log ({len(events)} events)")
    for column in ("#", "time (UTC)", "actor", "action", "subject"):
        table.add_column(column)
    for event in events:
        table.add_row(str(event.seq), event.time[:19].replace("T", " "), event.actor, event.action, event.subject)
    console.print(table)


@app.command("verify")
def verify(as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False) -> None:
    """Recompute the whole hash chain; exit code 6 if any event was edited, deleted, inserted,
    reordered or truncated.

    Example: `afinar audit verify && echo intact`
    """
    from afinar.audit import AuditLog
    from afinar.errors import IntegrityError

    report = AuditLog(STATE.open_workspace()).verify()
    if as_json:
        print_json(report.to_json())
        if not report.ok:
            raise typer.Exit(IntegrityError.exit_code)
        return
    for warning in report.warnings:
        console.print(f"[yellow]warning:[/] {warning}")
    if report.ok:
        console.print(f"[green]intact[/]: {report.length} events, head {report.head_hash[:16]}")
        return
    for problem in report.problems:
        console.print(f"[red]tampered:[/] {problem}")
    raise IntegrityError(f"the audit log failed verification ({len(report.problems)} problem(s))")
