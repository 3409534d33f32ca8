"""`afinar init` (a new project from a template) and `afinar run` (the whole pipeline)."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from afinar.cli.output import console, log_to_stderr, print_json
from afinar.cli.state import STATE


class Template(str, Enum):
    atendimento = "atendimento"
    juridico = "juridico"
    saude = "saude"
    financeiro = "financeiro"


def init(
    directory: Annotated[Path, typer.Argument(help="Folder of the new project (created if missing).")],
    template: Annotated[Template, typer.Option("--template", "-t", help="Domain template.")] = Template.atendimento,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing afinar.yaml.")] = False,
    with_data: Annotated[bool, typer.Option("--data/--no-data", help="Generate the template's example data.")] = True,
) -> None:
    """Create a project folder with a working `afinar.yaml` (and example data) for a domain.

    Example: `afinar init meu-projeto --template saude`
    """
    from importlib.resources import files

    from afinar.errors import UsageError
    from afinar.workspace.atomic import atomic_write_text

    spec_path = directory / "afinar.yaml"
    if spec_path.exists() and not force:
        raise UsageError(f"{spec_path} already exists", hint="pass --force to overwrite it")
    text = files("afinar.config").joinpath("templates", f"{template.value}.yaml").read_text(encoding="utf-8")
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    if with_data:
        from afinar.templates import generate

        written = generate(template.value, directory / "data")
    atomic_write_text(spec_path, text)
    console.print(f"[green]created[/] {spec_path}")
    for path in written:
        console.print(f"[green]created[/] {path}")
    console.print(f"next: [bold]afinar run {directory}[/]")


def run(
    project: Annotated[Path, typer.Argument(help="Project folder or spec file.")] = Path("."),
    as_json: Annotated[bool, typer.Option("--json", help="Print the stage results as JSON.")] = False,
) -> None:
    """Run the whole pipeline on a project: every stage that exists, in order, audited.

    Example: `afinar run examples/atendimento`
    """
    from rich.table import Table

    from afinar.config import load_spec
    from afinar.pipeline import PENDING_STAGES, run_pipeline

    loaded = load_spec(project)
    workspace = STATE.open_workspace()
    log_to_stderr(f"project {loaded.spec.project} ({loaded.path}); workspace {workspace.root}")
    results = run_pipeline(loaded, workspace, log=log_to_stderr)
    if as_json:
        print_json({"project": loaded.spec.project, "stages": [r.__dict__ for r in results], "pending": list(PENDING_STAGES)})
        return
    table = Table(title=f"afinar run — {loaded.spec.project}")
    table.add_column("stage")
    table.add_column("result")
    table.add_column("seconds", justify="right")
    for result in results:
        table.add_row(result.stage, result.summary, f"{result.seconds:.1f}")
    for stage in PENDING_STAGES:
        table.add_row(stage, "[dim]not built yet[/]", "")
    console.print(table)
