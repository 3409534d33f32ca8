"""`afinar ui`: the web dashboard alone (datasets, runs, models and their review, monitoring,
audit log), for reviewers and compliance officers. `afinar serve` serves the same pages beside
the API."""

from __future__ import annotations

from typing import Annotated

import typer

from afinar.cli.output import console
from afinar.cli.state import STATE

LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def ui(
    host: Annotated[str, typer.Option("--host", help="Address to listen on (0.0.0.0: every interface; put TLS in front).")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", "-p", min=0, max=65535, help="TCP port.")] = 8050,
) -> None:
    """Serve the web dashboard at http://HOST:PORT/ui/ (sign in with an API token from
    `afinar users token NAME`).

    Example: `afinar ui --port 8050`
    """
    import uvicorn

    from afinar.web import dashboard_app

    workspace = STATE.open_workspace()
    app = dashboard_app(workspace)
    shown = f"[{host}]" if ":" in host else host
    console.print(f"afinar dashboard: http://{shown}:{port}/ui/  (workspace {workspace.root}; Ctrl+C stops it)", highlight=False)
    if host not in LOOPBACK:
        console.print("[yellow]warning:[/] listening beyond this machine: serve it behind HTTPS (session cookies are marked Secure only over HTTPS)")
    uvicorn.run(app, host=host, port=port, log_level="info", proxy_headers=True, server_header=False)
