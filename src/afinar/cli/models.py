"""`afinar models`: the base-model catalog, pulling into the cache, and hardware fit."""

from __future__ import annotations

from typing import Annotated

import typer

from afinar.cli.output import console, log_to_stderr, print_json
from afinar.cli.state import STATE

app = typer.Typer(help="Base models: list the catalog, pull into the cache, check the hardware fit.", no_args_is_help=True)


@app.command("list")
def list_models(as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False) -> None:
    """List the offline catalog and the models already pulled into this workspace.

    Example: `afinar models list`
    """
    from rich.table import Table

    from afinar.models import CATALOG, cached

    workspace = STATE.open_workspace()
    rows = []
    for entry in CATALOG.values():
        pulled = cached(entry.name, workspace)
        rows.append(
            {
                "name": entry.name,
                "kind": entry.kind,
                "upstream": entry.upstream,
                "format": entry.source_format,
                "licence": entry.licence,
                "tasks": list(entry.tasks),
                "pulled": pulled is not None,
                "description": entry.description,
            }
        )
    if as_json:
        print_json(rows)
        return
    table = Table(title="base models (any Hugging Face id or local folder works too)")
    for column in ("name", "kind", "tasks", "format", "licence", "pulled"):
        table.add_column(column)
    for row in rows:
        table.add_row(row["name"], row["kind"], ", ".join(row["tasks"]), row["format"], row["licence"], "yes" if row["pulled"] else "no")
    console.print(table)


@app.command("pull")
def pull_model(
    name: Annotated[str, typer.Argument(help="Catalog name, local folder/.gguf, or Hugging Face id.")],
    force: Annotated[bool, typer.Option("--force", help="Convert again even if cached.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Bring a model into the cache (GGUF is converted once to fp32 safetensors) and record its
    source hash and licence.

    Example: `afinar models pull smollm2-135m-instruct`
    """
    from afinar.models import pull

    pulled = pull(name, STATE.open_workspace(), force=force, log=log_to_stderr)
    if as_json:
        print_json(pulled.to_json())
    else:
        console.print(
            f"[green]pulled[/] {pulled.name}: {pulled.architecture}, {pulled.parameters / 1e6:.1f}M parameters, "
            f"licence {pulled.licence}\n  cache {pulled.path}\n  source sha256 {pulled.source_sha256}"
        )


@app.command("info")
def info(
    name: Annotated[str, typer.Argument(help="Catalog name, local folder, or Hugging Face id.")],
    batch_size: Annotated[int, typer.Option("--batch-size", "-b", min=1, help="Batch size for the fit estimate.")] = 8,
    seq_len: Annotated[int, typer.Option("--seq-len", "-s", min=8, help="Sequence length in tokens.")] = 256,
    tokens: Annotated[int, typer.Option("--tokens", min=1, help="Tokens in your training set (for minutes per epoch).")] = 1_000_000,
    benchmark: Annotated[bool, typer.Option("--benchmark/--no-benchmark", help="Measure real training steps on this machine.")] = True,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Architecture, size, licence, tokenizer, context length, and a fit estimate for this machine:
    memory for LoRA and full training, measured tokens/s, minutes per epoch.

    Example: `afinar models info smollm2-135m-instruct --batch-size 4 --seq-len 512 --tokens 2000000`
    """
    from afinar.models.report import model_report, render_model_report

    report = model_report(name, STATE.open_workspace(), batch_size=batch_size, seq_len=seq_len, tokens=tokens, benchmark=benchmark, log=log_to_stderr)
    if as_json:
        print_json(report)
    else:
        render_model_report(report, console)
