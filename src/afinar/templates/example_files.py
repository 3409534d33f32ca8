"""Atomic writers for the generated example files.

A generator that fails half-way must not leave a truncated `tickets.jsonl` behind that the data
stage would later ingest as if it were complete: every file is written to a temporary name in
its final folder and then renamed over the target (`os.replace` is atomic on one filesystem).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path


def write_text_atomically(path: Path, text: str) -> Path:
    """Writes `text` as UTF-8 (with `\\n` line ends, untranslated) to `path`; returns `path`."""
    from afinar.workspace.atomic import atomic_write_text

    atomic_write_text(path, text)
    return path


def write_jsonl(path: Path, records: Iterable[Mapping[str, object]]) -> Path:
    """One JSON object per line, keys in the record's own order, non-ASCII kept as is."""
    lines = [json.dumps(record, ensure_ascii=False) + "\n" for record in records]
    return write_text_atomically(path, "".join(lines))


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[str]]) -> Path:
    """Comma-separated, header first, fields quoted only where needed (commas, quotes, newlines)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=",", quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return write_text_atomically(path, buffer.getvalue())
