"""`afinar privacy`: scan files for personal data, anonymise them, reveal encrypted values.

Input is JSONL (one JSON object a line; the text is in --field) or plain text (any other
extension; one record a line). Output never shows a detected value except through
`reveal`, which needs the key. Heavy modules are imported inside the commands.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import typer

app = typer.Typer(
    help=(
        "Find and anonymise Brazilian personal data (LGPD): CPF, CNPJ, RG, names, phones, "
        "e-mails, addresses... Example: afinar privacy scan tickets.jsonl --field text"
    ),
    no_args_is_help=True,
)

FIELD_HELP = "JSONL field holding the text (ignored for .txt files)."
WORKERS_HELP = ("Processes that detect in parallel (0: one per CPU; default: the policy's `workers`, "
                "else 1). Same result, faster on large files; each loads the detectors (about 1 s).")


@contextmanager
def _progress(description: str, total: int, *, quiet: bool = False) -> Iterator[Callable[[], None]]:
    """A progress bar on stderr while records are handled (only on a terminal, and only
    when something else is not printing to the same terminal); yields `advance()`."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    console = Console(stderr=True)
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  console=console, transient=True, disable=quiet or not console.is_terminal) as progress:
        task = progress.add_task(description, total=total)
        yield lambda: progress.advance(task)


@contextmanager
def _clean_errors() -> Iterator[None]:
    """Print an AfinarError as one red line plus hint and exit with its code, so the app
    behaves the same whether or not the main `afinar` CLI wraps it."""
    from afinar.errors import AfinarError

    try:
        yield
    except AfinarError as error:
        from rich.console import Console

        console = Console(stderr=True)
        console.print(f"[bold red]error:[/] {error.message}", highlight=False, soft_wrap=True)
        if error.hint:
            console.print(f"[yellow]hint:[/] {error.hint}", highlight=False, soft_wrap=True)
        raise typer.Exit(error.exit_code) from None


def _is_jsonl(path: Path) -> bool:
    return path.suffix.lower() in (".jsonl", ".ndjson", ".json")


def _read_records(path: Path, field: str) -> list[tuple[int, object, str]]:
    """(line number, record, text) for every record of `path`.

    A JSONL record is the parsed object and its text the `field`; a TXT record is the line
    itself. Raises DataError naming file:line and field (never the content).
    """
    from afinar.errors import DataError, UsageError

    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise UsageError(f"{path}: no such file") from None
    except UnicodeDecodeError as error:
        raise DataError(f"{path}: not UTF-8 text (byte {error.start})") from None
    except OSError as error:
        raise UsageError(f"{path}: cannot read ({error.strerror})") from None
    records: list[tuple[int, object, str]] = []
    jsonl = _is_jsonl(path)
    for number, line in enumerate(lines, start=1):
        if not jsonl:
            records.append((number, line, line))
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise DataError(f"{path}:{number}: not valid JSON ({error.msg}, column {error.colno})") from None
        if not isinstance(record, dict):
            raise DataError(f"{path}:{number}: expected a JSON object, got {type(record).__name__}")
        if field not in record:
            raise DataError(f"{path}:{number}: field {field!r} is missing",
                            hint="choose the text field with --field")
        if not isinstance(record[field], str):
            raise DataError(f"{path}:{number}: field {field!r} must be a string, "
                            f"got {type(record[field]).__name__}")
        records.append((number, record, record[field]))
    return records


def _load_policy(path: Path | None):
    """The PrivacyPolicy in a YAML file (top level, or under a `privacy:` key)."""
    from pydantic import ValidationError

    from afinar.errors import UsageError
    from afinar.privacy.policy import PrivacyPolicy

    if path is None:
        return PrivacyPolicy()
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except OSError as error:
        raise UsageError(f"{path}: cannot read the policy ({error.strerror})") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        raise UsageError(f"{where}: the policy is not valid YAML") from None
    if isinstance(data, dict) and set(data) == {"privacy"}:
        data = data["privacy"]
    if not isinstance(data, dict):
        raise UsageError(f"{path}: the policy must be a mapping of policy keys")
    try:
        return PrivacyPolicy(**data)
    except ValidationError as error:
        first = error.errors()[0]
        key = ".".join(str(p) for p in first["loc"]) or "(top level)"
        message = first["msg"].removeprefix("Value error, ")
        raise UsageError(f"{path}: privacy.{key}: {message}") from None


@app.command()
def scan(
    file: Path = typer.Argument(..., help="JSONL or TXT file to scan."),
    field: str = typer.Option("text", "--field", help=FIELD_HELP),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per record."),
    min_score: float = typer.Option(0.5, "--min-score", min=0.0, max=1.0,
                                    help="Ignore detections scoring below this."),
    policy: Path | None = typer.Option(None, "--policy", help="YAML privacy policy whose "
                                       "`disable` list of detectors and `tagger_weights` apply "
                                       "(default: all on, packaged weights)."),
    workers: int | None = typer.Option(None, "--workers", min=0, help=WORKERS_HELP),
) -> None:
    """List the personal data in FILE: a summary table per entity type, or with --json one
    {"line": N, "spans": [{"start", "end", "label", "score"}]} per record (offsets into the
    field's text). Values are never printed.

    Example: afinar privacy scan tickets.jsonl --field text --json
    """
    with _clean_errors():
        from afinar.privacy.pool import PrivacyPool

        privacy_policy = _load_policy(policy)
        records = _read_records(file, field)
        counts: Counter[str] = Counter()
        records_with_data = 0
        with PrivacyPool(privacy_policy, workers=privacy_policy.workers if workers is None else workers,
                         base_dir=policy.parent if policy else None) as pool, \
                _progress(f"scanning {file.name}", len(records), quiet=as_json and sys.stdout.isatty()) as advance:
            found = pool.scan((text for _number, _record, text in records), min_score=min_score)
            for (number, _record, _text), spans in zip(records, found, strict=True):
                advance()
                counts.update(s.label for s in spans)
                records_with_data += bool(spans)
                if as_json:
                    typer.echo(json.dumps({"line": number, "spans": [
                        {"start": s.start, "end": s.end, "label": s.label, "score": s.score}
                        for s in spans
                    ]}))
        if not as_json:
            from rich.console import Console
            from rich.table import Table

            table = Table(title=f"personal data in {file.name}")
            table.add_column("entity")
            table.add_column("found", justify="right")
            for label, count in sorted(counts.items()):
                table.add_row(label, str(count))
            table.add_row("[bold]total[/]", f"[bold]{sum(counts.values())}[/]")
            console = Console()
            console.print(table)
            console.print(f"{records_with_data} of {len(records)} records contain personal data")


@app.command()
def detectors() -> None:
    """List the registered detectors: the name to use in a policy's `disable` list, the
    entity labels each can find, and what it is.

    Example: afinar privacy detectors
    """
    with _clean_errors():
        from rich.console import Console
        from rich.markup import escape
        from rich.table import Table

        from afinar.privacy.registry import default_registry

        table = Table(title="personal-data detectors")
        table.add_column("name")
        table.add_column("labels")
        table.add_column("what")
        for detector in default_registry().detectors:
            summary = " ".join((type(detector).__doc__ or "").strip().split("\n\n")[0].split())
            table.add_row(detector.name, ", ".join(detector.labels), escape(summary))
        Console(width=160).print(table)


@app.command()
def anonymize(
    file: Path = typer.Argument(..., help="JSONL or TXT file to anonymise."),
    output: Path = typer.Option(..., "-o", "--output", help="Where to write the result."),
    field: str = typer.Option("text", "--field", help=FIELD_HELP),
    policy: Path | None = typer.Option(None, "--policy", help="YAML privacy policy "
                                       "(default: pseudonymize everything)."),
    key_file: Path | None = typer.Option(None, "--key-file", help="Privacy key file "
                                         "(default: $AFINAR_PRIVACY_KEY)."),
    workers: int | None = typer.Option(None, "--workers", min=0, help=WORKERS_HELP),
) -> None:
    """Write FILE to OUTPUT with personal data transformed by the policy. Every record is
    re-scanned; with fail_on_residual (the default) any leftover stops the run. Nothing is
    written unless every record succeeds.

    Example: afinar privacy anonymize tickets.jsonl -o tickets.anon.jsonl --policy policy.yaml --key-file privacy.key
    """
    with _clean_errors():
        from afinar.privacy.keys import load_key
        from afinar.privacy.operators import operator_classification
        from afinar.privacy.pool import PrivacyPool, Residual
        from afinar.privacy.residual import ResidualPersonalDataError

        privacy_policy = _load_policy(policy)
        key = load_key(key_file)
        records = _read_records(file, field)
        jsonl = _is_jsonl(file)
        lines: list[str] = []
        done: Counter[tuple[str, str]] = Counter()
        with PrivacyPool(privacy_policy, key, workers=privacy_policy.workers if workers is None else workers,
                         base_dir=policy.parent if policy else None) as pool, \
                _progress(f"anonymising {file.name}", len(records)) as advance:
            results = pool.anonymize(text for _number, _record, text in records)
            for (number, record, _text), result in zip(records, results, strict=True):
                advance()
                if isinstance(result, Residual):
                    raise ResidualPersonalDataError(result.spans, where=f"{file}:{number} field {field!r}")
                done.update((r.label, r.operator) for r in result.replacements)
                if jsonl:
                    assert isinstance(record, dict)
                    lines.append(json.dumps({**record, field: result.text}, ensure_ascii=False))
                else:
                    lines.append(result.text)
        _write_atomically(output, "\n".join(lines) + ("\n" if lines else ""))
        classes = operator_classification()
        summary = ", ".join(f"{label} {count}x {op} ({classes[op]})"
                            for (label, op), count in sorted(done.items()))
        typer.echo(f"wrote {len(records)} records to {output}" + (f": {summary}" if summary else ""),
                   err=True)


@app.command("train-tagger")
def train_tagger(
    file: Path = typer.Argument(..., help="JSONL file of labelled records: the text in --field, "
                                "the names in --spans-field as [{\"start\", \"end\", \"label\": \"PERSON\"}]."),
    output: Path = typer.Option(..., "-o", "--output", help="Where to write the weights (JSON)."),
    field: str = typer.Option("text", "--field", help="Field holding the text."),
    spans_field: str = typer.Option("spans", "--spans-field", help="Field holding the labelled spans "
                                    "(character offsets into the text; labels other than PERSON are ignored)."),
    generated: int = typer.Option(6000, "--generated", min=50, help="Generated training records trained on "
                                  "beside yours (the packaged weights were trained on these and on "
                                  "afinar's own labelled evaluation sets)."),
    user_weight: float = typer.Option(3.0, "--user-weight", min=0.1, help="How much one of your words "
                                      "weighs against one generated word."),
    hold_out: float = typer.Option(0.2, "--hold-out", min=0.0, max=0.5, help="Share of your records held "
                                   "out to compare the packaged weights with the new ones (0: none)."),
    seed: int = typer.Option(0, "--seed", help="Seed of the generated text."),
) -> None:
    """Train the learned person tagger on your own labelled files, beside the generated text
    the packaged weights were trained on, and write its weights. Use them with `tagger_weights: PATH` in the
    privacy policy. Your held-out records score the packaged and the new weights (word-level
    precision/recall of names). The weights hold no text and no word that only your files
    contain (docs/privacy.md, "Training the tagger on your own data").

    Example: afinar privacy train-tagger labelled.jsonl -o tagger-weights.json
    """
    with _clean_errors():
        import hashlib

        from afinar.errors import DataError, UsageError
        from afinar.privacy.person_tagger.train import train_on_labelled

        if not _is_jsonl(file):
            raise UsageError(f"{file}: labelled records must be JSONL (.jsonl), one {{{field!r}, {spans_field!r}}} "
                             "object a line")
        labelled = []
        for number, record, text in _read_records(file, field):
            assert isinstance(record, dict)
            labelled.append({"text": text, "spans": _labelled_spans(file, number, record, spans_field, len(text))})
        names = sum(s["label"] == "PERSON" for r in labelled for s in r["spans"])
        if not labelled or not names:
            raise DataError(f"{file}: no PERSON span to learn from",
                            hint=f"label names as {{\"start\", \"end\", \"label\": \"PERSON\"}} in {spans_field!r}")
        typer.echo(f"{len(labelled)} records, {names} names in {file}", err=True)
        trained = train_on_labelled(labelled, generated=generated, seed=seed, user_weight=user_weight,
                                    hold_out=hold_out, progress=lambda message: typer.echo(message, err=True))
        trained["meta"]["own_data"]["file_sha256"] = hashlib.sha256(file.read_bytes()).hexdigest()
        _write_atomically(output, json.dumps(trained, ensure_ascii=False, indent=0) + "\n")
        own = trained["meta"]["own_data"]
        if "held_out" in own:
            held = own["held_out"]
            from rich.console import Console
            from rich.table import Table

            table = Table(title=f"names in your {own['held_out_records']} held-out records "
                                f"({held['name_words']} name words)")
            for column in ("weights", "precision", "recall", "F1"):
                table.add_column(column)
            for which in ("packaged", "trained"):
                scores = held[which]
                table.add_row(which, f"{scores['precision']:.3f}", f"{scores['recall']:.3f}", f"{scores['f1']:.3f}")
            Console(stderr=True).print(table)
        typer.echo(f"wrote {output} ({trained['meta']['features']} features); use it with "
                   f"`tagger_weights: {output}` in the privacy policy", err=True)


def _labelled_spans(file: Path, number: int, record: dict, spans_field: str, length: int) -> list[dict]:
    """The record's labelled spans, checked; DataError naming file:line and the field."""
    from afinar.errors import DataError

    spans = record.get(spans_field)
    if not isinstance(spans, list):
        raise DataError(f"{file}:{number}: field {spans_field!r} must be a list of spans",
                        hint="choose the field with --spans-field")
    checked = []
    for index, span in enumerate(spans):
        where = f"{file}:{number}: {spans_field}[{index}]"
        if not isinstance(span, dict) or not {"start", "end", "label"} <= set(span):
            raise DataError(f"{where}: expected {{\"start\", \"end\", \"label\"}}")
        start, end, label = span["start"], span["end"], span["label"]
        if not (isinstance(start, int) and isinstance(end, int)) or isinstance(start, bool) or isinstance(end, bool):
            raise DataError(f"{where}: start and end must be integers")
        if not 0 <= start < end <= length:
            raise DataError(f"{where}: offsets {start}..{end} are outside the text ({length} characters)")
        if not isinstance(label, str):
            raise DataError(f"{where}: label must be a string")
        checked.append({"start": start, "end": end, "label": label})
    return checked


def _write_atomically(path: Path, content: str) -> None:
    """Write to a temporary file beside `path`, then rename it over `path`."""
    import os
    import tempfile

    from afinar.errors import UsageError

    directory = path.parent if str(path.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(dir=directory, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as error:
        raise UsageError(f"{path}: cannot write ({error.strerror})") from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(content)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


@app.command()
def reveal(
    tokens: list[str] = typer.Argument(..., help="[ENC:...] tokens written by `encrypt`."),
    key_file: Path | None = typer.Option(None, "--key-file", help="Privacy key file "
                                         "(default: $AFINAR_PRIVACY_KEY)."),
    workers: int | None = typer.Option(None, "--workers", min=0, help=WORKERS_HELP),
) -> None:
    """Decrypt values that the `encrypt` operator replaced; only the key's holder can.
    Prints one value a line, in the order given.

    Example: afinar privacy reveal "[ENC:q1w2...]" --key-file privacy.key
    """
    with _clean_errors():
        from afinar.privacy.encryption import reveal as reveal_token
        from afinar.privacy.keys import load_key

        key = load_key(key_file)
        for token in tokens:
            typer.echo(reveal_token(token, key))


# -- LGPD data-subject requests (afinar.registry.subjects) ------------------------------------------


def _subject_value(value: str | None, from_stdin: bool) -> str:
    """The identifier to look up: the argument, stdin (--stdin), or a hidden prompt. Reading it
    from stdin or the prompt keeps it out of the shell history and the process list."""
    import sys

    if from_stdin:
        return sys.stdin.readline().strip()
    if value is not None:
        return value
    return typer.prompt("identifier (CPF, e-mail, phone, name, …)", hide_input=True)


SUBJECT_TYPE_HELP = "Identifier type: BR_CPF, EMAIL_ADDRESS, PHONE_NUMBER, PERSON, BR_CNPJ, BR_RG, … (default: every type it could be)."


@app.command("find-subject")
def find_subject(
    value: str | None = typer.Argument(None, help="The person's identifier (omit to type it hidden, or use --stdin)."),
    type_: str | None = typer.Option(None, "--type", "-t", help=SUBJECT_TYPE_HELP),
    from_stdin: bool = typer.Option(False, "--stdin", help="Read the identifier from stdin."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """LGPD art. 18: list every dataset version, training run and model version built from records
    about a person, found through the keyed-hash subject index (the value is never stored,
    logged or printed). Admins only.

    Example: afinar privacy find-subject --type BR_CPF 529.982.247-25
    """
    from afinar.cli.output import console, print_json
    from afinar.cli.state import STATE
    from afinar.registry import Registry

    with _clean_errors():
        registry = Registry(STATE.open_workspace())
        report = registry.find_subject(_subject_value(value, from_stdin), registry.cli_identity(), label=type_)
        if as_json:
            print_json(report.to_json())
            return
        if not report.found:
            console.print("no dataset version holds records with this identifier", highlight=False)
        for dataset in report.datasets:
            state = f", replaced by {dataset['superseded_by'][:12]}" if dataset["superseded_by"] else ""
            state += "" if dataset["files_present"] else ", split files purged"
            console.print(f"dataset {dataset['id']} ({dataset['project']}{state}): {dataset['records']} record(s) matched as {', '.join(dataset['matched_as'])} at {', '.join(dataset['record_refs'][:10])}{' …' if len(dataset['record_refs']) > 10 else ''}", highlight=False, markup=False)
        for run in report.runs:
            console.print(f"run {run['id']} ({run['status']}) trained on dataset {str(run['dataset_id'])[:12]}{', continued from ' + run['parent_run_id'] if run['parent_run_id'] else ''}", highlight=False, markup=False)
        for version in report.model_versions:
            console.print(f"model {version['id']} ({version['status']}{', retrain required' if version['retrain_required'] else ''})", highlight=False, markup=False)
        if report.unsearchable_datasets:
            console.print(f"[yellow]warning:[/] {len(report.unsearchable_datasets)} dataset version(s) were indexed under another privacy key and could not be searched", highlight=False)


@app.command("forget")
def forget(
    value: str | None = typer.Argument(None, help="The person's identifier (omit to type it hidden, or use --stdin)."),
    type_: str | None = typer.Option(None, "--type", "-t", help=SUBJECT_TYPE_HELP),
    from_stdin: bool = typer.Option(False, "--stdin", help="Read the identifier from stdin."),
    purge: bool = typer.Option(False, "--purge", help="Also delete the split files of the old dataset versions (their manifests stay)."),
    yes: bool = typer.Option(False, "--yes", "-y", help="Do not ask for confirmation."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """LGPD art. 18 deletion request: rebuild every dataset version holding records about the
    person without them (new versions whose lineage points to the old ones), flag every model
    version trained on them as `retrain required`, and record and audit the request — never the
    value. Admins only.

    Example: afinar privacy forget --type EMAIL_ADDRESS --stdin --purge < pedido.txt
    """
    from afinar.cli.output import console, log_to_stderr, print_json
    from afinar.cli.state import STATE
    from afinar.registry import Registry

    with _clean_errors():
        from afinar.errors import UsageError

        if not yes and (from_stdin or as_json):
            raise UsageError("--stdin and --json cannot ask for confirmation: add --yes")
        registry = Registry(STATE.open_workspace())
        actor = registry.cli_identity()
        subject = _subject_value(value, from_stdin)
        if not yes:
            preview = registry.find_subject(subject, actor, label=type_)
            console.print(f"{len(preview.datasets)} dataset version(s), {len(preview.runs)} run(s), {len(preview.model_versions)} model version(s) concerned", highlight=False)
            if not preview.found or not typer.confirm("rebuild the datasets without these records and flag the models?"):
                raise typer.Exit(0 if not preview.found else 1)
        report = registry.forget(subject, actor, label=type_, purge=purge, log=log_to_stderr)
        if as_json:
            print_json(report.to_json())
            return
        console.print(f"request {report.request_id}", highlight=False)
        for item in report.rebuilt:
            console.print(f"  dataset {item['from'][:12]} → {item['to'][:12]} ({item['records_removed']} record(s) removed)", highlight=False)
        for item in report.not_rebuilt:
            console.print(f"  dataset {item['id'][:12]} not rebuilt: {item['reason']}", highlight=False, markup=False)
        for dataset in report.purged:
            console.print(f"  dataset {dataset[:12]}: split files purged", highlight=False)
        for version in report.flagged:
            console.print(f"  model {version}: retrain required", highlight=False)
        refs = sorted({ref for d in report.search.datasets for ref in d["record_refs"]})
        if refs:
            console.print(f"  remove the records from the sources too: {', '.join(refs[:20])}{' …' if len(refs) > 20 else ''}", highlight=False, markup=False)
