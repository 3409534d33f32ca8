"""`afinar config`: validate and show the project spec."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from afinar.cli.output import console, print_json

app = typer.Typer(help="Validate and show the project spec (afinar.yaml).", no_args_is_help=True)

SpecOption = Annotated[Path, typer.Option("--config", "-c", help="Spec file or project folder.")]


@app.command("show")
def show(
    config: SpecOption = Path("afinar.yaml"),
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of YAML.")] = False,
) -> None:
    """Print the resolved spec: the file with every default filled in.

    Example: `afinar config show -c examples/atendimento`
    """
    import yaml

    from afinar.config import load_spec

    loaded = load_spec(config)
    if as_json:
        print_json(loaded.resolved())
    else:
        console.print(f"# {loaded.path}", style="dim")
        console.print(yaml.safe_dump(loaded.resolved(), sort_keys=False, allow_unicode=True), end="", markup=False)


@app.command("validate")
def validate(config: SpecOption = Path("afinar.yaml")) -> None:
    """Check a spec; exit code 2 and one line per problem (file:line: key.path: message) if invalid.

    Example: `afinar config validate -c meu-projeto/afinar.yaml`
    """
    from afinar.config import load_spec

    loaded = load_spec(config)
    console.print(f"[green]ok[/] {loaded.path}: project {loaded.spec.project}, task {loaded.spec.task}")


@app.command("schema")
def schema() -> None:
    """Print the JSON Schema of afinar.yaml (for editors: yaml-language-server).

    Example: `afinar config schema > afinar.schema.json`
    """
    from afinar.config import Spec

    print_json(Spec.model_json_schema())
