"""`afinar train`: fine-tune, resume, continue from an earlier run; list and show runs."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from afinar.cli.output import console, log_to_stderr, print_json
from afinar.cli.state import STATE

app = typer.Typer(
    help="Fine-tune the base model on a prepared dataset (LoRA or full), resumable and incremental; list and show runs.",
    invoke_without_command=True,
)


@app.callback()
def train(
    ctx: typer.Context,
    config: Annotated[Path, typer.Option("--config", "-c", help="Spec file or project folder.")] = Path("afinar.yaml"),
    dataset: Annotated[str | None, typer.Option("--dataset", help="Dataset version id (default: the project's newest).")] = None,
    resume: Annotated[bool, typer.Option("--resume", help="Continue the newest interrupted run from its last checkpoint.")] = False,
    from_run: Annotated[str | None, typer.Option("--from", help="Start from this completed run's adapter or weights (incremental update).")] = None,
    nproc: Annotated[int, typer.Option("--nproc", min=1, help="Data-parallel processes (accelerate; gloo on CPU, one per GPU).")] = 1,
    max_steps: Annotated[int | None, typer.Option("--max-steps", min=1, help="Stop after this many optimizer steps.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the run record as JSON.")] = False,
) -> None:
    """Fine-tune the spec's base model on its newest prepared dataset.

    Examples: `afinar train -c examples/atendimento`, `afinar train --resume`,
    `afinar train --from 20261125-170238-e76b0c --dataset 3f2a9c`, `afinar train --nproc 2`
    """
    if ctx.invoked_subcommand is not None:
        return
    from afinar.config import load_spec
    from afinar.train import train as run_training

    loaded = load_spec(config)
    run = run_training(
        loaded, STATE.open_workspace(), dataset_id=dataset, resume=resume, from_run=from_run, max_steps=max_steps,
        nproc=nproc, progress=not as_json, log=log_to_stderr,
    )
    if as_json:
        print_json(run.to_json())
    else:
        _print_run(run)


@app.command("list")
def list_runs(
    project: Annotated[str | None, typer.Option("--project", "-p", help="Only this project's runs.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """List training runs, newest first.

    Example: `afinar train list -p atendimento-telecom`
    """
    from rich.table import Table

    from afinar.train import list_runs as runs_of

    runs = runs_of(STATE.open_workspace(), project)
    if as_json:
        print_json([run.to_json() for run in runs])
        return
    table = Table(title=f"training runs ({len(runs)})")
    for column in ("run", "project", "task", "method", "base model", "status", "steps", "train loss", "val loss", "parent"):
        table.add_column(column)
    for run in runs:
        table.add_row(
            run.id, run.project, run.task, run.method, run.base_model, run.status, str(run.steps),
            _number(run.train_loss), _number(run.val_loss), run.parent_run_id or "",
        )
    console.print(table)


@app.command("show")
def show(
    run_id: Annotated[str, typer.Argument(help="Run id, a unique prefix, or latest:PROJECT.")],
    metrics: Annotated[bool, typer.Option("--metrics", help="Include every logged step (with --json).")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Show one run: lineage, plan, outcome, validation history.

    Example: `afinar train show latest:atendimento-telecom --json --metrics`
    """
    from afinar.train import get_run, run_metrics

    workspace = STATE.open_workspace()
    run = get_run(workspace, run_id)
    if as_json:
        data = run.to_json()
        data["validations"] = run_metrics(workspace, run.id, "validation")
        if metrics:
            data["metrics"] = run_metrics(workspace, run.id, "train")
        print_json(data)
        return
    _print_run(run)
    validations = run_metrics(workspace, run.id, "validation")
    if validations:
        from rich.table import Table

        table = Table(title="validations")
        keys = [k for k in validations[-1] if k not in {"split", "learning_rate", "grad_norm", "tokens_per_s", "elapsed_s"}]
        for key in keys:
            table.add_column(key, justify="right")
        for row in validations:
            table.add_row(*(_number(row.get(key)) for key in keys))
        console.print(table)


def _print_run(run) -> None:
    facts = [
        ("run", run.id),
        ("status", run.status + (f" ({run.stop_reason})" if run.stop_reason else "")),
        ("project", f"{run.project} ({run.task}, {run.method})"),
        ("base model", f"{run.base_model} (weights {run.base_weights_sha256[:12]})"),
        ("dataset", run.dataset_id[:12] if run.dataset_id else "(in memory)"),
        ("parent run", run.parent_run_id or "-"),
        ("steps", str(run.steps)),
        ("train loss", _number(run.train_loss)),
        ("val loss", f"{_number(run.val_loss)} (best {_number(run.best_val_loss)})"),
        ("output", run.output_sha256[:12] if run.output_sha256 else "-"),
        ("plan", f"{run.plan.get('dtype', '?')}, batch {run.plan.get('batch_size', '?')}, {run.plan.get('threads', '?')} threads" if run.plan else "-"),
    ]
    if run.error:
        facts.append(("error", run.error))
    for key, value in facts:
        console.print(f"[bold]{key:>11}[/] {value}", highlight=False)


def _number(value) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.4f}"
    return str(value)
