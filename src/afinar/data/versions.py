"""Prepared dataset versions in the workspace: lookup, listing, and reading splits back.

A version is a folder artifact in the content-addressed store (its id is the folder's hash):
`train.parquet`, `validation.parquet`, `test.parquet`, `manifest.json`, `report.html`,
`report.md`, `report.json`. The `datasets` table indexes versions by project and by the
fingerprint of the inputs and data-relevant spec that produced them.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from afinar.data.example import Example, Message, SourceRef
from afinar.errors import NotFoundError
from afinar.workspace import Workspace
from afinar.workspace.schema import DatasetRow

SPLIT_FILES = {"train": "train.parquet", "validation": "validation.parquet", "test": "test.parquet"}


@dataclass(frozen=True)
class DatasetVersion:
    """One prepared dataset: `id` is the sha256 of its folder in the artifact store."""

    id: str
    project: str
    fingerprint: str
    path: Path
    task: str
    formats: list[str]
    records: int
    splits: dict[str, int]
    dropped: int
    worst_finding: str | None
    created_at: str
    created_by: str
    reused: bool = False

    @property
    def short_id(self) -> str:
        return self.id[:12]

    def manifest(self) -> dict[str, Any]:
        return json.loads((self.path / "manifest.json").read_text(encoding="utf-8"))

    def split_path(self, split: str) -> Path:
        if split not in SPLIT_FILES:
            raise NotFoundError(f"no split {split!r}; splits are {', '.join(SPLIT_FILES)}")
        return self.path / SPLIT_FILES[split]

    def examples(self, split: str) -> Iterator[Example]:
        """Stream the examples of one split back as `Example`s."""
        return read_split(self.split_path(split))

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "project": self.project,
            "fingerprint": self.fingerprint,
            "path": str(self.path),
            "task": self.task,
            "formats": self.formats,
            "records": self.records,
            "splits": self.splits,
            "dropped": self.dropped,
            "worst_finding": self.worst_finding,
            "created_at": self.created_at,
            "created_by": self.created_by,
            "reused": self.reused,
        }


def _from_row(row: DatasetRow, workspace: Workspace) -> DatasetVersion:
    return DatasetVersion(
        id=row.id,
        project=row.project,
        fingerprint=row.fingerprint,
        path=workspace.store.path(row.id),
        task=row.task,
        formats=row.formats.split(",") if row.formats else [],
        records=row.records,
        splits={"train": row.train, "validation": row.validation, "test": row.test},
        dropped=row.dropped,
        worst_finding=row.worst_finding,
        created_at=row.created_at.isoformat(timespec="seconds") if isinstance(row.created_at, datetime) else str(row.created_at),
        created_by=row.created_by,
    )


def find_by_fingerprint(workspace: Workspace, project: str, fingerprint: str) -> DatasetVersion | None:
    """The version this project already prepared from the same inputs and spec, if its files are intact."""
    with workspace.session() as session:
        row = session.scalars(
            select(DatasetRow).where(DatasetRow.project == project, DatasetRow.fingerprint == fingerprint).order_by(DatasetRow.created_at.desc())
        ).first()
    if row is None or not (workspace.store.path(row.id) / "manifest.json").exists():
        return None
    return _from_row(row, workspace)


def list_datasets(workspace: Workspace, project: str | None = None) -> list[DatasetVersion]:
    query = select(DatasetRow).order_by(DatasetRow.created_at.desc())
    if project:
        query = query.where(DatasetRow.project == project)
    with workspace.session() as session:
        rows = session.scalars(query).all()
    return [_from_row(row, workspace) for row in rows]


def get_dataset(workspace: Workspace, id_or_prefix: str) -> DatasetVersion:
    """A version by full id or a unique prefix (at least 6 hex digits), or `latest:<project>`."""
    with workspace.session() as session:
        if id_or_prefix.startswith("latest:"):
            project = id_or_prefix.split(":", 1)[1]
            rows = session.scalars(select(DatasetRow).where(DatasetRow.project == project).order_by(DatasetRow.created_at.desc()).limit(1)).all()
        elif len(id_or_prefix) < 6:
            raise NotFoundError(f"dataset id {id_or_prefix!r} is too short; give at least 6 characters")
        else:
            rows = session.scalars(select(DatasetRow).where(DatasetRow.id.startswith(id_or_prefix.lower()))).all()
    if not rows:
        raise NotFoundError(f"no dataset {id_or_prefix!r} in this workspace", hint="list them with `afinar data list`")
    if len(rows) > 1:
        raise NotFoundError(f"dataset id {id_or_prefix!r} is ambiguous ({len(rows)} matches); give more characters")
    return _from_row(rows[0], workspace)


def read_split(path: Path) -> Iterator[Example]:
    """Stream a split's Parquet file back as `Example`s."""
    import pyarrow.parquet as pq

    for batch in pq.ParquetFile(path).iter_batches(batch_size=4096):
        for row in batch.to_pylist():
            yield example_from_row(row)


def example_from_row(row: dict[str, Any]) -> Example:
    return Example(
        kind=row["kind"],
        record_id=row["record_id"],
        source=SourceRef(row["source_file"], row["source_line"]),
        messages=tuple(Message(m["role"], m["content"]) for m in row["messages"] or ()),
        prompt=row["prompt"],
        completion=row["completion"],
        text=row["text"],
        labels=tuple(row["labels"] or ()),
        groups=dict(row["groups"] or ()),
        meta=json.loads(row["meta"]) if row["meta"] else {},
    )


def example_to_row(example: Example, n_tokens: int) -> dict[str, Any]:
    return {
        "record_id": example.record_id,
        "kind": example.kind,
        "source_file": example.source.file,
        "source_line": example.source.line,
        "text": example.text,
        "labels": list(example.labels) if example.labels else None,
        "messages": [{"role": m.role, "content": m.content} for m in example.messages] or None,
        "prompt": example.prompt,
        "completion": example.completion,
        "groups": sorted(example.groups.items()),
        "meta": json.dumps(example.meta, sort_keys=True, ensure_ascii=False) if example.meta else None,
        "n_tokens": n_tokens,
    }


def parquet_schema():
    import pyarrow as pa

    return pa.schema(
        [
            ("record_id", pa.string()),
            ("kind", pa.string()),
            ("source_file", pa.string()),
            ("source_line", pa.int64()),
            ("text", pa.string()),
            ("labels", pa.list_(pa.string())),
            ("messages", pa.list_(pa.struct([("role", pa.string()), ("content", pa.string())]))),
            ("prompt", pa.string()),
            ("completion", pa.string()),
            ("groups", pa.map_(pa.string(), pa.string())),
            ("meta", pa.string()),
            ("n_tokens", pa.int32()),
        ]
    )
