"""`afinar audit`: read and verify the tamper-evident audit log, and run the periodic audit (cron)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from afinar.cli.output import console, log_to_stderr, print_json
from afinar.cli.state import STATE

app = typer.Typer(help="The hash-chained audit log: list events, verify the chain, run the periodic audit.", no_args_is_help=True)


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


@app.command("run")
def run(
    spec: Annotated[
        Path | None,
        typer.Option("--spec", "-s", help="A project's afinar.yaml: its `monitor:` settings apply to every model, and its gates are the policy versions are checked against.", show_default=False),
    ] = None,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Also write the HTML report here.", show_default=False)] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """The periodic audit, for cron: verify the audit chain, purge expired request logs, check drift,
    feedback performance and fairness of every production model, and that its evaluation, gates
    and model card are current. Writes a report and `audit.run_completed`. Exit code 0 (ok or warn),
    1 (a model alerts) or 6 (the audit chain failed verification).

    Example (crontab, every day at 03:15): `15 3 * * * cd /srv/afinar && .venv/bin/afinar audit run --out /var/log/afinar/audit.html`
    """
    from afinar.monitor import periodic_audit
    from afinar.workspace.atomic import atomic_write_text

    policy = None
    if spec is not None:
        from afinar.config import load_spec

        policy = load_spec(spec).spec
    report = periodic_audit(STATE.open_workspace(), settings=policy.monitor if policy else None, policy=policy, log=log_to_stderr)
    if out:
        atomic_write_text(out, report.html)
    if as_json:
        print_json(report.to_json())
    else:
        colours = {"ok": "green", "warn": "yellow", "alert": "red"}
        console.print(f"audit {report.id}: [{colours.get(report.status, 'white')}]{report.status}[/] — chain {'intact' if report.chain['ok'] else 'FAILED'}, {len(report.models)} production model(s)")
        for model in report.models:
            console.print(f"  {model.version}: [{colours.get(model.status, 'white')}]{model.status}[/] (drift {model.drift_status})")
            for finding in model.findings:
                if finding.severity != "ok":
                    console.print(f"    [{colours.get(finding.severity, 'white')}]{finding.severity}[/] {finding.topic}: {finding.message}", highlight=False)
    if report.exit_code:
        raise typer.Exit(report.exit_code)
