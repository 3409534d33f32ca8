"""`afinar eval RUN`: evaluate a training run against held-out data, the base model and the
spec's policy gates. Exit code 3 when a gate fails and `--strict` is given."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from afinar.cli.output import console, log_to_stderr, print_json
from afinar.cli.state import STATE

GATE_FAILED_EXIT_CODE = 3


def evaluate(
    run: Annotated[str, typer.Argument(help="Run id (or a unique prefix of at least 6 characters), or latest:PROJECT.")],
    config: Annotated[
        Path | None,
        typer.Option("--config", "-c", help="Take the `evaluate:` settings (gates, extra test sets) from this spec instead of the run's.", show_default=False),
    ] = None,
    strict: Annotated[bool, typer.Option("--strict", help=f"Exit with code {GATE_FAILED_EXIT_CODE} when a gate fails.")] = False,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Copy the HTML report here.", show_default=False)] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the evaluation (docs/evaluation.md) as JSON.")] = False,
) -> None:
    """Evaluate a run on its held-out test split: task metrics, tuned vs base with bootstrap
    intervals, forgetting, per-group fairness, memorisation, and the spec's gates. Writes an
    HTML/Markdown report and records the evaluation in the workspace and audit log.

    Exit codes: 0 evaluated (gates may have failed without --strict); 3 a gate failed with
    --strict; 2 bad input; 4 no such run.

    Example: `afinar eval latest:atendimento-telecom --strict -c examples/atendimento`
    """
    from afinar.evaluate import evaluate as run_evaluation
    from afinar.workspace.atomic import atomic_write_bytes

    loaded = None
    if config is not None:
        from afinar.config import load_spec

        loaded = load_spec(config)
    evaluation = run_evaluation(run, STATE.open_workspace(), loaded=loaded, log=log_to_stderr)
    if output is not None:
        atomic_write_bytes(output, evaluation.report_html.read_bytes())
    if as_json:
        print_json(evaluation.to_json())
    else:
        _print_summary(evaluation, output)
    if strict and not evaluation.passed:
        raise typer.Exit(GATE_FAILED_EXIT_CODE)


def _print_summary(evaluation, output: Path | None) -> None:
    from rich.table import Table

    result = evaluation.result
    table = Table(title=f"evaluation {evaluation.id} — run {evaluation.run_id}")
    for column in ("test set", "metric", "tuned", "base", "difference", f"{result['settings']['confidence']:.0%} interval"):
        table.add_column(column)
    for test_set in [result["test"], *result["extra_test_sets"]]:
        for name, c in (test_set.get("comparisons") or {}).items():
            table.add_row(test_set["name"], name, f"{c['tuned']:.4f}", f"{c['base']:.4f}", f"{c['difference']:+.4f}", f"{c['ci_low']:+.4f} … {c['ci_high']:+.4f}")
    console.print(table)
    metrics = result["metrics"]
    for name in ("forgetting", "fairness_gap", "memorised_pii"):
        if metrics.get(name) is not None:
            console.print(f"{name}: {metrics[name]:.4f}", markup=False)
    for gate in result["gates"]:
        mark = "[green]pass[/]" if gate["passed"] else "[bold red]FAIL[/]"
        console.print(f"gate {gate['metric']} {gate['expression']}: {mark} ({gate['reason']})")
    console.print(f"report: {output or evaluation.report_html}", markup=False)
