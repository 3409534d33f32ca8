"""`afinar registry`: model versions and their review (submit, approve, reject, promote, retire),
model cards, lineage and export.

Commands act as `$AFINAR_TOKEN`'s user, or as the OS user running them (the first OS user of a
workspace becomes its admin; see `afinar users`). Exit codes: 2 forbidden transition, failed
gates or bad input; 3 permission denied (missing role, four eyes, unknown user, bad token);
4 not found.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from afinar.cli.output import console, log_to_stderr, print_json
from afinar.cli.state import STATE

app = typer.Typer(
    help="Model versions and their life cycle (candidate → pending_review → approved → production → retired), "
    "four-eyes approval, model cards, lineage and export.",
    no_args_is_help=True,
)

JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON.")]
Reference = Annotated[str, typer.Argument(help="Model version: NAME@VERSION (e.g. atendimento-telecom@3), NAME@latest or NAME@production.")]
Reason = Annotated[str | None, typer.Option("--reason", "-m", help="Why (recorded in the history and the audit log).")]


def _registry():
    from afinar.registry import Registry

    workspace = STATE.open_workspace()
    registry = Registry(workspace)
    return registry, registry.cli_identity()


def _print_version(version, title: str | None = None) -> None:
    console.print(
        f"{title + ': ' if title else ''}[bold]{version.id}[/] {version.status}"
        f"{' [red](retrain required)[/]' if version.retrain_required else ''} — run {version.run_id}, author {version.author}, "
        f"gates {'passed' if version.gates_passed else 'FAILED' if version.gates_passed is False else 'not evaluated'}",
        highlight=False,
    )


@app.command("register")
def register(
    run: Annotated[str, typer.Argument(help="Run id (or unique prefix, or latest:<project>).")],
    name: Annotated[str | None, typer.Option("--name", help="Model name (default: governance.model_name, else the project).")] = None,
    evaluation: Annotated[str | None, typer.Option("--evaluation", help="Evaluation id to attach (default: the run's newest).")] = None,
    as_json: JsonOption = False,
) -> None:
    """Register a completed run's output as the next version of its model, status candidate.

    Example: `afinar registry register latest:atendimento-telecom`
    """
    registry, actor = _registry()
    version = registry.register(run, actor, name=name, evaluation_id=evaluation)
    if as_json:
        print_json(version.to_json())
        return
    _print_version(version, "registered")


@app.command("list")
def list_versions(
    name: Annotated[str | None, typer.Option("--name", help="Only this model.")] = None,
    project: Annotated[str | None, typer.Option("--project", "-p", help="Only this project's models.")] = None,
    status: Annotated[str | None, typer.Option("--status", help="Only versions in this status.")] = None,
    as_json: JsonOption = False,
) -> None:
    """List model versions.

    Example: `afinar registry list --status production`
    """
    from rich.table import Table

    from afinar.registry.identity import authorize

    registry, actor = _registry()
    authorize(actor, "registry.read")
    versions = registry.list(name=name, project=project, status=status)
    if as_json:
        print_json([v.to_json() for v in versions])
        return
    table = Table(title=f"model versions ({len(versions)})")
    table.add_column("version", no_wrap=True)
    for column in ("status", "gates", "run", "author", "registered", "flags"):
        table.add_column(column)
    for v in versions:
        gates = "passed" if v.gates_passed else "FAILED" if v.gates_passed is False else "—"
        flags = ", ".join(f for f, on in (("retrain required", v.retrain_required), ("gates overridden", "gate_override" in v.notes)) if on)
        table.add_row(v.id, v.status, gates, v.run_id, v.author, v.created_at[:10], flags)
    console.print(table)


@app.command("show")
def show(reference: Reference, as_json: JsonOption = False) -> None:
    """Show a version: status, evaluation, allowed next steps and its whole review history.

    Example: `afinar registry show atendimento-telecom@3`
    """
    from afinar.registry.identity import authorize
    from afinar.registry.lifecycle import allowed_actions

    registry, actor = _registry()
    authorize(actor, "registry.read")
    version = registry.get(reference)
    transitions = registry.history(version.id)
    if as_json:
        print_json({"version": version.to_json(), "next": allowed_actions(version.status), "history": [t.to_json() for t in transitions]})
        return
    _print_version(version)
    console.print(f"  evaluation {version.evaluation_id or '—'}; dataset {version.dataset_id or '—'}; next: {', '.join(allowed_actions(version.status)) or 'none (final)'}", highlight=False)
    for t in transitions:
        console.print(f"  {t.at[:19]}  {t.action:<9} {t.from_status or '—':>14} → {t.to_status:<14} by {t.actor}{': ' + t.reason if t.reason else ''}", highlight=False, markup=False)


@app.command("submit")
def submit(
    reference: Reference,
    override_gates: Annotated[str | None, typer.Option("--override-gates", help="Admins only: submit although the evaluation gates failed, for this reason.")] = None,
    as_json: JsonOption = False,
) -> None:
    """Submit a candidate for review (candidate → pending_review). Its evaluation gates must pass.

    Example: `afinar registry submit atendimento-telecom@3`
    """
    registry, actor = _registry()
    version = registry.submit(reference, actor, override_reason=override_gates)
    print_json(version.to_json()) if as_json else _print_version(version, "submitted")


@app.command("withdraw")
def withdraw(reference: Reference, reason: Reason = None, as_json: JsonOption = False) -> None:
    """Take a version back from review (pending_review → candidate).

    Example: `afinar registry withdraw atendimento-telecom@3 -m "wrong dataset"`
    """
    registry, actor = _registry()
    version = registry.withdraw(reference, actor, reason=reason)
    print_json(version.to_json()) if as_json else _print_version(version, "withdrawn")


@app.command("approve")
def approve(reference: Reference, reason: Reason = None, as_json: JsonOption = False) -> None:
    """Approve a version under review (pending_review → approved). Four eyes: the approver needs the
    reviewer or admin role and must be neither the run's author nor the submitter.

    Example: `AFINAR_TOKEN=afn_... afinar registry approve atendimento-telecom@3 -m "métricas ok"`
    """
    registry, actor = _registry()
    version = registry.approve(reference, actor, reason=reason)
    print_json(version.to_json()) if as_json else _print_version(version, "approved")


@app.command("reject")
def reject(
    reference: Reference,
    reason: Annotated[str, typer.Option("--reason", "-m", help="Why it is rejected (required).")],
    as_json: JsonOption = False,
) -> None:
    """Reject a version under review (pending_review → rejected, final). A reason is required.

    Example: `afinar registry reject atendimento-telecom@3 -m "lacuna de 0.2 entre regiões"`
    """
    registry, actor = _registry()
    version = registry.reject(reference, actor, reason=reason)
    print_json(version.to_json()) if as_json else _print_version(version, "rejected")


@app.command("promote")
def promote(
    reference: Reference,
    reason: Reason = None,
    override: Annotated[str | None, typer.Option("--override", help="Admins only: promote although it is worse than the production version (or cannot be compared), for this reason.")] = None,
    as_json: JsonOption = False,
) -> None:
    """Put an approved version in production (approved → production), after comparing it with the
    production version on the same test set; the version it replaces is retired.

    Example: `afinar registry promote atendimento-telecom@3`
    """
    registry, actor = _registry()
    version = registry.promote(reference, actor, reason=reason, override_reason=override, log=log_to_stderr)
    if as_json:
        print_json(version.to_json())
        return
    comparison = version.notes.get("champion_comparison") or {}
    _print_version(version, "promoted")
    console.print(f"  champion comparison: {comparison.get('verdict')} — {comparison.get('reason')}", highlight=False, markup=False)
    for old in (registry.history(version.id)[-1].details.get("replaced") or []):
        console.print(f"  retired {old}", highlight=False)


@app.command("retire")
def retire(reference: Reference, reason: Reason = None, as_json: JsonOption = False) -> None:
    """Retire a version (candidate, approved or production → retired, final).

    Example: `afinar registry retire atendimento-telecom@2 -m "substituído"`
    """
    registry, actor = _registry()
    version = registry.retire(reference, actor, reason=reason)
    print_json(version.to_json()) if as_json else _print_version(version, "retired")


@app.command("card")
def card(
    reference: Reference,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write the card here (.md or .html; the format follows the suffix).")] = None,
    html: Annotated[bool, typer.Option("--html", help="Print HTML instead of Markdown.")] = False,
    as_json: JsonOption = False,
) -> None:
    """The model card of a version, generated from its records (Hugging Face format: YAML front
    matter, then Markdown), or as HTML.

    Example: `afinar registry card atendimento-telecom@3 -o README.md`
    """
    from afinar.workspace.atomic import atomic_write_text

    registry, actor = _registry()
    model_card = registry.card(reference, actor)
    if as_json:
        print_json(model_card.to_json())
        return
    as_html = html or (output is not None and output.suffix.lower() in (".html", ".htm"))
    text = model_card.html if as_html else model_card.markdown
    if output is None:
        typer.echo(text, nl=False)
        return
    atomic_write_text(output, text)
    console.print(f"card written to {output}", highlight=False, markup=False)


@app.command("lineage")
def lineage(
    reference: Annotated[str | None, typer.Argument(help="Model version NAME@VERSION (omit with --reverse).")] = None,
    reverse: Annotated[str | None, typer.Option("--reverse", help="Dataset id: list the runs and model versions that came from it.")] = None,
    verify: Annotated[bool, typer.Option("--verify", help="Re-hash every artifact of the chain.")] = False,
    as_json: JsonOption = False,
) -> None:
    """Where a model version came from: run → dataset version → source files (sha256), privacy
    policy, base model (weights sha256), evaluation, code version; or, with --reverse, which
    models came from a dataset version.

    Examples: `afinar registry lineage atendimento-telecom@3 --verify`, `afinar registry lineage --reverse 3f2a9c1b`
    """
    from afinar.errors import UsageError
    from afinar.registry.identity import authorize

    registry, actor = _registry()
    authorize(actor, "registry.read")
    if (reference is None) == (reverse is None):
        raise UsageError("give a model version, or --reverse DATASET_ID")
    if reverse is not None:
        found = registry.models_from_dataset(reverse)
        if as_json:
            print_json(found)
            return
        console.print(f"dataset {found['dataset']['id']} ({found['dataset'].get('project')}):", highlight=False)
        for run in found["runs"]:
            console.print(f"  run {run['id']} ({run['status']}, {'trained on it' if run['direct'] else 'continued from run ' + str(run['parent_run_id'])})", highlight=False)
        for version in found["model_versions"]:
            console.print(f"  model {version['id']} ({version['status']}{', retrain required' if version['retrain_required'] else ''})", highlight=False)
        if not found["runs"]:
            console.print("  no run was trained on it", highlight=False)
        return
    chain = registry.lineage(reference, verify=verify)
    if as_json:
        print_json(chain)
        return
    _print_chain(chain)


def _print_chain(chain: dict) -> None:
    say = lambda text: console.print(text, highlight=False, markup=False)  # noqa: E731
    model, run, dataset, base = chain["model"], chain["run"], chain["dataset"], chain["base_model"]
    say(f"model   {model['id']} ({model['status']}), registered {model['registered_at']} by {model['registered_by']}")
    say(f"└ run   {run['id']} ({run['method']}, {run['steps']} steps) by {run['created_by']}; spec sha256 {run['spec_sha256']}; output {run['output_sha256']}")
    for parent in chain["parent_runs"]:
        say(f"  └ continued from run {parent['id']} (dataset {parent['dataset_id']})")
    if dataset:
        say(f"  └ dataset {dataset['id']} ({dataset.get('records')} records{', derived from ' + dataset['derived_from']['dataset_id'] if dataset.get('derived_from') else ''})")
        for source in dataset.get("sources", []):
            say(f"    └ source {source['file']} sha256 {source['sha256']} ({source['bytes']} bytes)")
        privacy = dataset.get("privacy") or {}
        say(f"    └ privacy {privacy.get('mode')}; policy {privacy.get('policy')}; key id {privacy.get('key_id')}")
    else:
        say("  └ dataset: none (in-memory examples)")
    say(f"  └ base model {base['name']} ({base.get('upstream', base.get('source', '?'))}), weights sha256 {base['weights_sha256']}, licence {base.get('licence', '?')}")
    evaluation = chain.get("evaluation")
    say(f"  └ evaluation {evaluation['id']} ({'passed' if evaluation.get('passed') else 'FAILED'}), artifact {evaluation.get('artifact_sha256')}" if evaluation else "  └ evaluation: none")
    code = chain["code"]
    say(f"  └ code {code.get('run_recorded') or code.get('registered_with')}")
    for sha, result in (chain.get("verified") or {}).items():
        say(f"verify {sha[:12]}: {result}")


@app.command("export")
def export(
    reference: Reference,
    output: Annotated[Path, typer.Option("--output", "-o", help="New folder to write.")],
    format: Annotated[str, typer.Option("--format", "-f", help="merged (Hugging Face folder, weights merged) or adapter (PEFT).")] = "merged",
    any_status: Annotated[bool, typer.Option("--any-status", help="Admins only: export a version that is not approved or in production.")] = False,
    as_json: JsonOption = False,
) -> None:
    """Export a version: `merged` is a Hugging Face folder (safetensors, tokenizer, chat template,
    model card) that plain transformers loads; `adapter` is the LoRA adapter in PEFT format.

    Example: `afinar registry export atendimento-telecom@3 -o exports/atendimento-v3`
    """
    registry, actor = _registry()
    folder = registry.export(reference, output, actor, kind=format, any_status=any_status, log=log_to_stderr)
    files = sorted(p.name for p in folder.iterdir())
    if as_json:
        print_json({"folder": str(folder), "format": format, "files": files})
        return
    console.print(f"exported {reference} ({format}) to {folder}: {', '.join(files)}", highlight=False, markup=False)
