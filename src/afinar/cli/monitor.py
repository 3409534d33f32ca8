"""`afinar monitor`: drift of served models against their reference data, validation of the drift
checks on planted shifts, past checks, and the retention purge (docs/monitoring.md)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Annotated

import typer

from afinar.cli.output import console, log_to_stderr, print_json
from afinar.cli.state import STATE

app = typer.Typer(help="Drift monitoring of served models: drift checks, their validation, history, retention.", no_args_is_help=True)

Model = Annotated[str, typer.Argument(help="NAME (its production version) or NAME@VERSION.")]
SpecOption = Annotated[
    Path | None, typer.Option("--spec", "-s", help="Take the `monitor:` settings from this afinar.yaml instead of the spec the version was trained with.", show_default=False)
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON.")]
COLOURS = {"ok": "green", "warn": "yellow", "alert": "red", "insufficient_data": "dim", "not_applicable": "dim"}


def _monitor_settings(spec: Path | None):
    if spec is None:
        return None
    from afinar.config import load_spec

    return load_spec(spec).spec.monitor


@app.command("drift")
def drift(
    model: Model,
    days: Annotated[float | None, typer.Option("--days", min=0.001, help="Window: the last N days of requests (default monitor.window_days).", show_default=False)] = None,
    until: Annotated[str | None, typer.Option("--until", help="End of the window, ISO time (default now).", show_default=False)] = None,
    spec: SpecOption = None,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Also write the HTML report here.", show_default=False)] = None,
    no_record: Annotated[bool, typer.Option("--no-record", help="Do not store the check or write audit events (a dry look).")] = False,
    as_json: JsonOption = False,
) -> None:
    """Compare a model's recent traffic (anonymised request logs) with its reference data: length,
    tokenizer OOV rate, unseen words, personal data, language, MiniLM embeddings, predicted labels,
    accuracy on feedback. Exit code 1 when the status is `alert`.

    Example: `afinar monitor drift atendimento-telecom --days 7 --out drift.html`
    """
    from afinar.monitor import drift_report
    from afinar.workspace.atomic import atomic_write_text

    workspace = STATE.open_workspace()
    end = _parse_time(until) if until else None
    since = (end or datetime.now(UTC)) - timedelta(days=days) if days else None
    report = drift_report(model, workspace, settings=_monitor_settings(spec), until=end, since=since, record=not no_record, log=log_to_stderr)
    if out:
        atomic_write_text(out, report.html)
    if as_json:
        print_json(report.to_json())
    else:
        _print_report(report)
        if out:
            console.print(f"report: {out}")
    if report.status == "alert":
        raise typer.Exit(1)


def _print_report(report) -> None:
    from rich.table import Table

    colour = COLOURS.get(report.status, "white")
    console.print(f"{report.version}: [{colour}]{report.status}[/] — {report.samples} recent requests, reference {report.summary['reference']['samples']} texts")
    if not report.summary["checks"]:
        return
    table = Table()
    for column in ("check", "status", "effect", "warn / alert", "p-value", "detail"):
        table.add_column(column)
    for check in report.summary["checks"]:
        levels = check.get("extra", {}).get("levels") or {}
        table.add_row(
            check["name"], f"[{COLOURS.get(check['status'], 'white')}]{check['status']}[/]",
            "" if check["effect"] is None else f"{check['effect']:.4g}",
            f"{levels['warn']:g} / {levels['alert']:g}" if levels else "",
            "" if check["p_value"] is None else f"{check['p_value']:.3g}",
            check["detail"],
        )
    console.print(table)


@app.command("validate")
def validate(
    model: Model,
    trials: Annotated[int, typer.Option("--trials", "-n", min=1, max=1000, help="Trials per scenario.")] = 20,
    size: Annotated[int, typer.Option("--size", min=10, help="Texts of 'traffic' per trial.")] = 100,
    share: Annotated[float, typer.Option("--share", min=0.01, max=1.0, help="Share of each trial's texts that is shifted.")] = 0.5,
    scenario: Annotated[
        list[str] | None,
        typer.Option("--scenario", help="Only these scenarios (repeatable): reference, new_topic, new_vocabulary, longer_messages, label_shift.", show_default=False),
    ] = None,
    spec: SpecOption = None,
    seed: Annotated[int, typer.Option("--seed", help="Seed of the trials.")] = 0,
    as_json: JsonOption = False,
) -> None:
    """Measure the drift checks on the model's own data: false alarms on held-out texts (its
    validation and test splits) and detection of planted shifts (new topic, new vocabulary,
    longer messages, label shift).

    Example: `afinar monitor validate atendimento-telecom --trials 30` (false alarms alone: `--scenario reference --trials 200`)
    """
    from rich.table import Table

    from afinar.monitor import validate_drift
    from afinar.monitor.validation import SCENARIOS

    scenarios = tuple(scenario) if scenario else SCENARIOS
    result = validate_drift(model, STATE.open_workspace(), trials=trials, size=size, share=share, scenarios=scenarios, settings=_monitor_settings(spec), seed=seed, log=log_to_stderr)
    if as_json:
        print_json(result.to_json())
        return
    table = Table(title=f"{result.version}: {result.trials} trials of {result.size} texts ({result.share:.0%} shifted), reference {result.reference_samples} texts")
    for column in ("scenario", "alert", "warn or alert", "alerting checks"):
        table.add_column(column)
    for scenario, rates in result.rates.items():
        checks = ", ".join(f"{name} {rate:.0%}" for name, rate in rates.by_check.items() if rate > 0) or "—"
        table.add_row(scenario + (" (false alarms)" if scenario == "reference" else ""), f"{rates.alert:.0%}", f"{rates.warn_or_alert:.0%}", checks)
    console.print(table)


@app.command("history")
def history(model: Model, limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="Newest N checks.")] = 20, as_json: JsonOption = False) -> None:
    """Past drift checks of a model version, oldest first.

    Example: `afinar monitor history atendimento-telecom`
    """
    from rich.table import Table

    from afinar.monitor.drift import resolve_version
    from afinar.monitor.records import list_checks

    workspace = STATE.open_workspace()
    version = resolve_version(workspace, model)
    checks = list_checks(workspace, version.id, limit=limit)
    if as_json:
        print_json([{"id": c.id, "created_at": c.created_at.isoformat(timespec="seconds"), "created_by": c.created_by, "status": c.status, "samples": c.samples, "effects": c.effects(), "artifact_sha256": c.artifact_sha256} for c in checks])
        return
    table = Table(title=f"drift checks of {version.id}")
    for column in ("time (UTC)", "status", "samples", "by", "report"):
        table.add_column(column)
    for c in checks:
        report = str(workspace.store.path(c.artifact_sha256) / "report.html") if c.artifact_sha256 else ""
        table.add_row(c.created_at.strftime("%Y-%m-%d %H:%M"), f"[{COLOURS.get(c.status, 'white')}]{c.status}[/]", str(c.samples), c.created_by, report)
    console.print(table)


@app.command("purge")
def purge(as_json: JsonOption = False) -> None:
    """Delete request logs and feedback past their retention (`serve.request_logs.retention_days`).
    The server and `afinar audit run` also do this.

    Example: `afinar monitor purge`
    """
    from afinar.audit import AuditLog
    from afinar.serve.requestlog import purge_expired

    workspace = STATE.open_workspace()
    deleted = purge_expired(workspace)
    AuditLog(workspace).append("monitor.logs_purged", "request_logs", deleted)
    if as_json:
        print_json(deleted)
        return
    console.print(f"purged {deleted['request_logs']} request log rows and {deleted['request_feedback']} feedback rows")


def _parse_time(value: str) -> datetime:
    from afinar.errors import UsageError

    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise UsageError(f"--until {value!r}: not an ISO time (e.g. 2026-11-25T18:00)") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
