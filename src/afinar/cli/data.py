"""`afinar data`: validate, prepare, list, show and report versioned datasets."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from afinar.cli.output import console, err_console, log_to_stderr, print_json
from afinar.cli.state import STATE

app = typer.Typer(help="Data: validate, prepare (curate, deduplicate, split, audit) and inspect dataset versions.", no_args_is_help=True)

SpecOption = Annotated[Path, typer.Option("--config", "-c", help="Spec file or project folder.")]
StrictOption = Annotated[
    bool | None,
    typer.Option("--strict/--lenient", help="Fail on the first invalid record, or skip and report them (default: data.on_invalid).", show_default=False),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON.")]


@app.command("validate")
def validate(config: SpecOption = Path("afinar.yaml"), strict: StrictOption = None, as_json: JsonOption = False) -> None:
    """Read and check every record of the spec's sources (formats, fields, roles, labels);
    list each problem as file:line: field: reason. Exit code 2 if any record is invalid,
    unless --lenient.

    Example: `afinar data validate -c examples/atendimento`
    """
    from afinar.config import load_spec
    from afinar.data import validate as validate_data

    loaded = load_spec(config)
    with _progress() as progress:
        result = validate_data(loaded, strict=bool(strict), log=log_to_stderr, progress=progress)
    if as_json:
        print_json(result.to_json())
    else:
        for problem in result.problems.detailed:
            console.print(str(problem), markup=False)
        if result.problems.total() > len(result.problems.detailed):
            console.print(f"… and {result.problems.total() - len(result.problems.detailed)} more")
        colour = "green" if result.ok else "yellow"
        console.print(f"[{colour}]{result.valid} valid records, {result.problems.total()} invalid[/]")
    if not result.ok and strict is not False:
        raise typer.Exit(2)


@app.command("prepare")
def prepare(
    config: SpecOption = Path("afinar.yaml"),
    strict: StrictOption = None,
    force: Annotated[bool, typer.Option("--force", help="Prepare again even if this data and spec were prepared before.")] = False,
    as_json: JsonOption = False,
    workers: Annotated[int | None, typer.Option("--workers", min=0, help="Processes that anonymise in parallel "
                                                "(0: one per CPU; default: the spec's privacy.workers, else 1). "
                                                "The dataset is the same whatever the number.")] = None,
) -> None:
    """Prepare the spec's data: validate, repair, anonymise, curate, deduplicate, split, audit
    for bias; store the dataset version (Parquet splits, manifest, report) in the workspace.
    Unchanged inputs and spec return the stored version at once.

    Example: `afinar data prepare -c examples/atendimento --lenient`
    """
    from afinar.config import load_spec
    from afinar.data import prepare as prepare_data

    loaded = load_spec(config)
    workspace = STATE.open_workspace()
    with _progress() as progress:
        version = prepare_data(loaded, workspace, log=log_to_stderr, progress=progress, strict=strict, force=force, workers=workers)
    if as_json:
        print_json(version.to_json())
        return
    _print_version(version)


@app.command("list")
def list_versions(
    project: Annotated[str | None, typer.Option("--project", "-p", help="Only this project's datasets.")] = None,
    as_json: JsonOption = False,
) -> None:
    """List the dataset versions in the workspace, newest first.

    Example: `afinar data list --project atendimento-telecom`
    """
    from rich.table import Table

    from afinar.data import list_datasets

    versions = list_datasets(STATE.open_workspace(), project)
    if as_json:
        print_json([v.to_json() for v in versions])
        return
    table = Table(title="dataset versions")
    for column in ("id", "project", "task", "train", "validation", "test", "dropped", "worst finding", "created"):
        table.add_column(column)
    for v in versions:
        table.add_row(v.short_id, v.project, v.task, str(v.splits["train"]), str(v.splits["validation"]), str(v.splits["test"]), str(v.dropped), v.worst_finding or "—", v.created_at)
    console.print(table)


@app.command("show")
def show(
    dataset: Annotated[str, typer.Argument(help="Dataset id (or a unique prefix), or latest:<project>.")],
    as_json: JsonOption = False,
) -> None:
    """Show a dataset version's manifest: inputs and their hashes, every step with its
    parameters and counts, privacy summary, split sizes.

    Example: `afinar data show 3f2a9c1b7d4e` or `afinar data show latest:atendimento-telecom --json`
    """
    from afinar.data import get_dataset

    version = get_dataset(STATE.open_workspace(), dataset)
    manifest = version.manifest()
    if as_json:
        print_json({"version": version.to_json(), "manifest": manifest})
        return
    _print_version(version)
    for item in manifest["inputs"]:
        console.print(f"  input {item['file']} sha256 {item['sha256'][:12]}: {item['format']} ({item['format_detected']})", markup=False)
    for step in manifest["steps"]:
        counts = ", ".join(f"{k} {v}" for k, v in step["counts"].items())
        console.print(f"  {step['step']:<20} {counts}", markup=False)


@app.command("report")
def report(
    dataset: Annotated[str, typer.Argument(help="Dataset id (or a unique prefix), or latest:<project>.")],
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Copy the HTML report here.")] = None,
    markdown: Annotated[bool, typer.Option("--markdown", help="Print the Markdown summary.")] = False,
    as_json: JsonOption = False,
) -> None:
    """The data report of a dataset version: lengths in tokens, labels, groups, duplicates,
    dropped records and why, bias findings. It never shows record text.

    Example: `afinar data report latest:saude-triagem -o triagem-report.html`
    """
    import json

    from afinar.data import get_dataset
    from afinar.workspace.atomic import atomic_write_bytes

    version = get_dataset(STATE.open_workspace(), dataset)
    if as_json:
        print_json(json.loads((version.path / "report.json").read_text(encoding="utf-8")))
        return
    if markdown:
        console.print((version.path / "report.md").read_text(encoding="utf-8"), markup=False)
        return
    html = version.path / "report.html"
    if output is not None:
        atomic_write_bytes(output, html.read_bytes())
        html = output
    console.print(f"report: {html}", markup=False)


def _print_version(version) -> None:
    state = "reused" if version.reused else "prepared"
    console.print(
        f"[green]{state}[/] dataset {version.short_id} ({version.project}): {version.splits['train']} train, "
        f"{version.splits['validation']} validation, {version.splits['test']} test; {version.dropped} dropped; "
        f"worst bias finding: {version.worst_finding or 'none'}"
    )
    console.print(f"  id {version.id}\n  report {version.path / 'report.html'}", markup=False)


class _progress:
    """A Rich progress display fed by the stage's `progress(step, done, total)` callback."""

    def __enter__(self):
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        self._progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=err_console, transient=True)
        self._progress.start()
        self._tasks: dict[str, int] = {}
        return self.update

    def update(self, step: str, done: int, total: int | None) -> None:
        if step not in self._tasks:
            self._tasks[step] = self._progress.add_task(step, total=total)
        self._progress.update(self._tasks[step], completed=done, total=total)

    def __exit__(self, *exc) -> None:
        self._progress.stop()
