"""Training examples: the splits of a prepared dataset version (the data stage's output), or
in-memory records converted the way the data stage converts them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from afinar.data.example import Example, SourceRef
from afinar.errors import DataError, NotFoundError
from afinar.workspace import Workspace

SPLITS = ("train", "validation")


def dataset_examples(workspace: Workspace, project: str, task: str, dataset_id: str | None) -> tuple[str, dict[str, list[Example]]]:
    """(dataset id, {split: examples}) of the given dataset version, or the project's newest."""
    from afinar.data.versions import get_dataset

    try:
        version = get_dataset(workspace, dataset_id or f"latest:{project}")
    except NotFoundError:
        if dataset_id:
            raise
        raise NotFoundError(
            f"project {project!r} has no prepared dataset in this workspace",
            hint="run `afinar data prepare -c SPEC` first (or `afinar run`), or pass --dataset ID",
        ) from None
    if version.task != task:
        raise DataError(f"dataset {version.short_id} was prepared for task {version.task!r}, but the spec's task is {task!r}")
    return version.id, {split: list(version.examples(split)) for split in SPLITS}


def examples_from_records(records: Iterable[Mapping[str, Any]], data_spec, name: str = "records") -> list[Example]:
    """Convert raw records (chat `{"messages": …}`, instruction, completion, `{"text", "label"}`, text)
    into `Example`s with the data stage's own converters (format detected from the records)."""
    from afinar.data.formats import converter_for, detect_format

    records = list(records)
    if not records:
        return []
    found, _why = detect_format(records[:50], data_spec) if data_spec.format == "auto" else (data_spec.format, "")
    convert = converter_for(found, data_spec, None)
    return [convert(dict(record), SourceRef(name, line)) for line, record in enumerate(records, start=1)]


def label_vocabulary(examples: list[Example]) -> tuple[list[str], bool]:
    """(sorted labels, multi_label) of classification examples."""
    labels: set[str] = set()
    multi = False
    for example in examples:
        if example.kind != "classification":
            raise DataError(f"{example.source}: a {example.kind} example in a classification dataset")
        labels.update(example.labels)
        multi = multi or len(example.labels) != 1
    if len(labels) < 2:
        raise DataError(f"classification needs at least 2 distinct labels in the training split, found {len(labels)}")
    return sorted(labels), multi
