"""`afinar serve`: the OpenAI-compatible API over the registry's production models (docs/serving.md)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from afinar.cli.output import console
from afinar.cli.state import STATE

LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def serve(
    spec: Annotated[
        Path | None,
        typer.Option("--spec", "-s", help="An afinar.yaml whose `serve:` section configures the server (default: built-in settings).", show_default=False),
    ] = None,
    host: Annotated[str | None, typer.Option("--host", help="Address to listen on (default 127.0.0.1).", show_default=False)] = None,
    port: Annotated[int | None, typer.Option("--port", "-p", min=0, max=65535, help="TCP port (default 8000).", show_default=False)] = None,
    allow: Annotated[
        list[str] | None,
        typer.Option("--allow-status", help="Also serve versions in this status when a request names them (NAME@VERSION): approved, pending_review or candidate. Repeatable.", show_default=False),
    ] = None,
    cors_origin: Annotated[
        list[str] | None, typer.Option("--cors-origin", help="A browser origin allowed to call the API (CORS is closed otherwise). Repeatable.", show_default=False)
    ] = None,
    threads: Annotated[int | None, typer.Option("--threads", min=1, help="torch threads for inference (default 1).", show_default=False)] = None,
    no_preload: Annotated[bool, typer.Option("--no-preload", help="Load each model on its first request instead of at start-up.")] = False,
    access_log: Annotated[bool, typer.Option("--access-log/--no-access-log", help="One log line per request (method, path, status; never bodies).")] = True,
) -> None:
    """Serve the production model versions: `/v1/chat/completions`, `/v1/completions`, `/v1/classify`,
    `/v1/models`, `/v1/feedback`, `/health`, `/metrics`, and the dashboard under `/ui/`.

    Clients send `Authorization: Bearer <token>` (`afinar users token NAME`). A promotion
    (`afinar registry promote`) is served from the next request on, without a restart.

    Example: `afinar serve --port 8000` then `OPENAI_BASE_URL=http://127.0.0.1:8000/v1 OPENAI_API_KEY=$TOKEN python app.py`
    """
    from afinar.config.spec import ServeSpec
    from afinar.errors import UsageError
    from afinar.serve import run_server

    settings = _settings(spec)
    updates = {k: v for k, v in {"host": host, "port": port, "threads": threads}.items() if v is not None}
    if allow:
        allowed = {"approved", "pending_review", "candidate"}
        wrong = [s for s in allow if s not in allowed]
        if wrong:
            raise UsageError(f"--allow-status {wrong[0]!r}: choose approved, pending_review or candidate")
        updates["extra_statuses"] = sorted(set(settings.extra_statuses) | set(allow))
    if cors_origin:
        updates["cors_origins"] = [*settings.cors_origins, *cors_origin]
    if no_preload:
        updates["preload"] = False
    settings = ServeSpec.model_validate({**settings.model_dump(), **updates})
    workspace = STATE.open_workspace()
    shown = f"[{settings.host}]" if ":" in settings.host else settings.host
    console.print(
        f"afinar serve: http://{shown}:{settings.port}/v1 (workspace {workspace.root}; dashboard /ui/; Ctrl+C stops it)"
        + (f"; also serving {', '.join(settings.extra_statuses)} versions on request" if settings.extra_statuses else ""),
        highlight=False,
    )
    if settings.host not in LOOPBACK:
        console.print("[yellow]warning:[/] listening beyond this machine: put it behind HTTPS (bearer tokens travel in every request)")
    run_server(workspace, settings, access_log=access_log, log=lambda message: console.print(f"[dim]·[/] {message}", highlight=False))


def _settings(spec: Path | None):
    from afinar.config.spec import ServeSpec

    if spec is None:
        return ServeSpec()
    from afinar.config import load_spec

    return load_spec(spec).spec.serve
