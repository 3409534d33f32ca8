"""The root Typer app: global options and the registration of each stage's command group."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from afinar import __version__
from afinar.cli import audit, config, data, evaluate, models, monitor, privacy, project, registry, serve, train, ui, users, workspace
from afinar.cli.state import STATE

app = typer.Typer(
    name="afinar",
    help="Fine-tune open language models on your domain data, safely, and govern them in production.\n\n"
    "Start with `afinar init meu-projeto --template atendimento`, then `afinar run meu-projeto`.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode="markdown",
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"afinar {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    workspace_path: Annotated[
        Path | None,
        typer.Option("--workspace", "-w", envvar="AFINAR_WORKSPACE", help="Workspace folder (default ./.afinar).", show_default=False),
    ] = None,
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")] = False,
) -> None:
    """Global options apply to every command."""
    STATE.workspace_path = workspace_path


app.command("init")(project.init)
app.command("run")(project.run)
app.add_typer(config.app, name="config")
app.add_typer(workspace.app, name="workspace")
app.add_typer(models.app, name="models")
app.add_typer(data.app, name="data")
app.add_typer(privacy.app, name="privacy")
app.add_typer(train.app, name="train")
app.command("eval")(evaluate.evaluate)
app.add_typer(registry.app, name="registry")
app.add_typer(users.app, name="users")
app.add_typer(audit.app, name="audit")
app.command("ui")(ui.ui)
app.command("serve")(serve.serve)
app.add_typer(monitor.app, name="monitor")
