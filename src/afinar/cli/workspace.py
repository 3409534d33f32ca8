"""`afinar workspace`: where things are kept and what is there."""

from __future__ import annotations

from typing import Annotated

import typer

from afinar.cli.output import console, print_json
from afinar.cli.state import STATE

app = typer.Typer(help="The workspace: metadata database, artifact store, model cache.", no_args_is_help=True)


@app.command("info")
def info(as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False) -> None:
    """Show the workspace folder, database, model cache and what they hold.

    Example: `afinar -w /srv/afinar workspace info --json`
    """
    from afinar.audit import AuditLog

    workspace = STATE.open_workspace()
    length, head = AuditLog(workspace).head()
    artifacts = workspace.store.list()
    data = {
        "path": str(workspace.root),
        "id": workspace.id,
        "database": workspace.database_url,
        "model_cache": str(workspace.model_cache),
        "artifacts": len(artifacts),
        "artifact_bytes": sum(a.size for a in artifacts),
        "audit_events": length,
        "audit_head": head,
    }
    if as_json:
        print_json(data)
        return
    for key, value in data.items():
        console.print(f"[bold]{key:>15}[/] {value}")
