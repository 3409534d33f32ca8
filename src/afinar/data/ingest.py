"""Ingestion: the spec's sources as one stream of validated `Example`s.

Resolves the sources (globs allowed), hashes them for lineage, detects each file's format
from its first records (or takes the spec's), and converts every record, handing the bad
ones to the `ProblemLog` (which raises in strict mode).
"""

from __future__ import annotations

import glob
import hashlib
import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from afinar.config import LoadedSpec
from afinar.data.example import Example
from afinar.data.formats import DETECTION_SAMPLE, check_format_fits_task, converter_for, detect_format
from afinar.data.problems import InvalidRecord, ProblemLog, RecordProblem
from afinar.data.readers import ReadOptions, SourceFile, read_records
from afinar.errors import DataError

HASH_CHUNK = 1 << 20


@dataclass
class InputFile:
    """A source as recorded in the manifest: hash, size, type and the format found in it."""

    source: SourceFile
    sha256: str
    bytes: int
    format: str | None = None
    format_reason: str = ""
    records_read: int = 0
    records_valid: int = 0

    def to_json(self) -> dict:
        return {
            "file": self.source.name,
            "sha256": self.sha256,
            "bytes": self.bytes,
            "type": self.source.file_type,
            "gzip": self.source.gzipped,
            "format": self.format,
            "format_detected": self.format_reason,
            "records_read": self.records_read,
            "records_valid": self.records_valid,
        }


@dataclass
class Ingestion:
    inputs: list[InputFile]
    formats: list[str] = field(default_factory=list)


def resolve_sources(loaded: LoadedSpec) -> list[SourceFile]:
    """The data files the spec names (globs expanded, sorted), each checked to exist."""
    sources: list[SourceFile] = []
    for written in loaded.spec.data.sources:
        path = loaded.resolve(written)
        if glob.has_magic(written):
            matches = sorted(Path(p) for p in glob.glob(str(path), recursive=True) if Path(p).is_file())
            if not matches:
                raise DataError(f"{loaded.path}: data.sources: no file matches {written!r}")
            base = loaded.project_dir
            sources.extend(SourceFile(_display_name(match, base), match) for match in matches)
        elif not path.is_file():
            raise DataError(
                f"{loaded.path}: data.sources: {written} does not exist" + (" (it is a folder)" if path.is_dir() else ""),
                hint=f"paths are relative to the spec's folder {loaded.project_dir}",
            )
        else:
            sources.append(SourceFile(written, path))
    return sources


def _display_name(path: Path, base: Path) -> str:
    try:
        return path.relative_to(base).as_posix()
    except ValueError:
        return str(path)


def hash_inputs(sources: list[SourceFile]) -> list[InputFile]:
    inputs = []
    for source in sources:
        digest, size = hashlib.sha256(), 0
        with open(source.path, "rb") as handle:
            while block := handle.read(HASH_CHUNK):
                digest.update(block)
                size += len(block)
        source.file_type  # noqa: B018 - fails early on an unknown file type
        inputs.append(InputFile(source, digest.hexdigest(), size))
    return inputs


def read_examples(
    loaded: LoadedSpec, inputs: list[InputFile], problems: ProblemLog, scratch: Path | None = None
) -> Iterator[Example]:
    """Every valid example of every input, in order; invalid records go to `problems`."""
    data = loaded.spec.data
    options = ReadOptions(encoding=data.encoding, delimiter=data.delimiter, txt_unit=data.txt_unit, text_field=data.text_field)
    for item in inputs:
        records = read_records(item.source, options, scratch)
        sample = list(itertools.islice(records, DETECTION_SAMPLE))
        if data.format != "auto":
            item.format, item.format_reason = data.format, "set in the spec (data.format)"
        elif item.source.file_type == "txt":
            item.format, item.format_reason = "text", "plain-text file"
        elif not sample:
            item.format, item.format_reason = None, "empty file"
            continue
        else:
            try:
                item.format, item.format_reason = detect_format((r.value for r in sample if r.problem is None), data)
            except DataError as exc:
                raise DataError(f"{item.source.name}: {exc.message}", hint=exc.hint) from None
        check_format_fits_task(item.format, loaded.spec.task, item.source.name)
        convert = converter_for(item.format, data, data.split.group_by)
        for record in itertools.chain(sample, records):
            item.records_read += 1
            if record.problem is not None:
                problems.add(record.problem)
                continue
            try:
                example = convert(record.value, record.source)
            except InvalidRecord as invalid:
                problems.add(RecordProblem(record.source, invalid.field, invalid.reason, invalid.detail))
                continue
            item.records_valid += 1
            yield example
