"""Read data files as a stream of raw records, each with its file and 1-based line.

File types (by extension, `.gz` stripped first; gzip is also recognised by its magic bytes):
JSONL/NDJSON, JSON (a top-level array of records, a single record, or concatenated records),
CSV/TSV (header row; delimiter and encoding detected; quoted newlines), Parquet, plain text.
Nothing here loads a whole file into memory; Parquet is read in row batches, a gzipped
Parquet file is first decompressed to a temporary file (Parquet needs random access).

A record that cannot be parsed (a JSONL line that is not JSON, a CSV row with the wrong
number of cells) comes out as a `RawRecord` with a `problem`; a file that cannot be read at
all (missing, undecodable, a broken JSON array) raises `DataError` naming file and line.
"""

from __future__ import annotations

import codecs
import csv
import gzip
import io
import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from afinar.data.example import SourceRef
from afinar.data.problems import RecordProblem
from afinar.errors import DataError

SAMPLE_BYTES = 64 * 1024
JSON_CHUNK = 1 << 20
CSV_DELIMITERS = (",", ";", "\t", "|")
FILE_TYPES = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".csv": "csv",
    ".tsv": "tsv",
    ".tab": "tsv",
    ".parquet": "parquet",
    ".pq": "parquet",
    ".txt": "txt",
    ".text": "txt",
    ".md": "txt",
}
GZIP_MAGIC = b"\x1f\x8b"


@dataclass(frozen=True, slots=True)
class RawRecord:
    """One record as read: a dict (JSON object, CSV row, Parquet row), a string (text files),
    any other JSON value (which validation will reject), or a parse problem."""

    source: SourceRef
    value: Any = None
    problem: RecordProblem | None = None


@dataclass(frozen=True)
class SourceFile:
    """A data file named by the spec: `name` is how messages refer to it (as written in the spec)."""

    name: str
    path: Path

    @property
    def file_type(self) -> str:
        return file_type_of(self.path)

    @property
    def gzipped(self) -> bool:
        return self.path.name.lower().endswith(".gz") or _starts_with_gzip_magic(self.path)


@dataclass(frozen=True)
class ReadOptions:
    encoding: str = "auto"
    delimiter: str | None = None
    txt_unit: str = "line"
    text_field: str = "text"


def file_type_of(path: Path) -> str:
    name = path.name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    suffix = os.path.splitext(name)[1]
    if suffix not in FILE_TYPES:
        raise DataError(
            f"{path}: unknown file type '{suffix or '(none)'}'",
            hint="use .jsonl, .json, .csv, .tsv, .parquet or .txt (optionally .gz)",
        )
    return FILE_TYPES[suffix]


def read_records(source: SourceFile, options: ReadOptions, scratch: Path | None = None) -> Iterator[RawRecord]:
    """Stream the records of one file. `scratch`: a folder for decompressing gzipped Parquet."""
    kind = source.file_type
    if kind == "parquet":
        yield from _read_parquet(source, scratch)
        return
    with _open_binary(source) as raw:
        if kind == "jsonl":
            yield from _read_jsonl(source, raw, options)
        elif kind == "json":
            yield from _read_json(source, raw, options)
        elif kind in ("csv", "tsv"):
            yield from _read_csv(source, raw, options, tab=kind == "tsv")
        else:
            yield from _read_txt(source, raw, options)


# -- opening and decoding ------------------------------------------------------------------------


def _starts_with_gzip_magic(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(2) == GZIP_MAGIC
    except OSError:
        return False


def _open_binary(source: SourceFile) -> BinaryIO:
    try:
        handle = open(source.path, "rb")
    except OSError as exc:
        raise DataError(f"{source.name}: cannot open ({exc.strerror})") from None
    if handle.peek(2)[:2] == GZIP_MAGIC:
        return gzip.GzipFile(fileobj=handle, mode="rb")  # type: ignore[return-value]
    return handle


def detect_encoding(sample: bytes, declared: str = "auto") -> str:
    """The encoding to decode a file with, from its first bytes.

    A UTF-8 BOM gives `utf-8-sig`; UTF-16 BOMs give `utf-16`; bytes that decode as UTF-8 give
    `utf-8`; anything else is taken as cp1252 (Windows' Latin-1, which Brazilian spreadsheets
    export), or plain Latin-1 when the sample holds bytes cp1252 leaves undefined.
    """
    if declared != "auto":
        return "utf-8-sig" if codecs.lookup(declared).name == "utf-8" else declared
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        # final=False: a multi-byte character cut at the end of the sample is not an error.
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        sample.decode("cp1252")
        return "cp1252"
    except UnicodeDecodeError:
        return "latin-1"


def _decode_error(source: SourceFile, encoding: str, line: int) -> DataError:
    return DataError(
        f"{source.name}:{line}: not valid {encoding} text",
        hint="the file mixes encodings; convert it to UTF-8, or set data.encoding (e.g. cp1252)",
    )


def _text_stream(source: SourceFile, raw: BinaryIO, options: ReadOptions) -> tuple[io.TextIOWrapper, str]:
    buffered = raw if isinstance(raw, io.BufferedReader) else io.BufferedReader(raw, buffer_size=SAMPLE_BYTES)  # type: ignore[arg-type]
    encoding = detect_encoding(buffered.peek(SAMPLE_BYTES)[:SAMPLE_BYTES], options.encoding)
    return io.TextIOWrapper(buffered, encoding=encoding, errors="strict", newline=""), encoding


# -- JSON Lines ------------------------------------------------------------------------------------


def _read_jsonl(source: SourceFile, raw: BinaryIO, options: ReadOptions) -> Iterator[RawRecord]:
    buffered = raw if isinstance(raw, io.BufferedReader) else io.BufferedReader(raw)  # type: ignore[arg-type]
    encoding = detect_encoding(buffered.peek(SAMPLE_BYTES)[:SAMPLE_BYTES], options.encoding)
    for number, line_bytes in enumerate(buffered, start=1):
        where = SourceRef(source.name, number)
        try:
            line = line_bytes.decode(encoding if number == 1 else encoding.replace("-sig", ""))
        except UnicodeDecodeError:
            yield RawRecord(where, problem=RecordProblem(where, "", f"not valid {encoding} text"))
            continue
        if number == 1:
            line = line.lstrip("\ufeff")
        if not line.strip():
            continue
        try:
            yield RawRecord(where, json.loads(line))
        except json.JSONDecodeError as exc:
            yield RawRecord(where, problem=RecordProblem(where, "", "invalid JSON", f"{exc.msg} at column {exc.colno}"))


# -- JSON (array, single object, or concatenated values) -----------------------------------------------


def _read_json(source: SourceFile, raw: BinaryIO, options: ReadOptions) -> Iterator[RawRecord]:
    text, encoding = _text_stream(source, raw, options)
    decoder = json.JSONDecoder()
    buffer, pos, line, eof = "", 0, 1, False
    in_array: bool | None = None

    def fill() -> bool:
        nonlocal buffer, pos, eof
        try:
            chunk = text.read(JSON_CHUNK)
        except UnicodeDecodeError:
            raise _decode_error(source, encoding, line + buffer.count("\n", 0, pos)) from None
        if not chunk:
            eof = True
            return False
        buffer = buffer[pos:] + chunk
        pos = 0
        return True

    def skip_space() -> None:
        nonlocal pos, line
        while True:
            start = pos
            while pos < len(buffer) and buffer[pos] in " \t\r\n\ufeff":
                pos += 1
            line += buffer.count("\n", start, pos)
            if pos < len(buffer) or eof or not fill():
                return

    def fail(message: str) -> DataError:
        return DataError(f"{source.name}:{line}: invalid JSON: {message}", hint="the file must hold a JSON array of records (or one record per line, as .jsonl)")

    skip_space()
    if pos >= len(buffer):
        return  # empty file: no records
    in_array = buffer[pos] == "["
    if in_array:
        pos += 1
    expect_value = True
    while True:
        skip_space()
        if pos >= len(buffer):
            if in_array:
                raise fail("the array is not closed (missing ']')")
            return
        char = buffer[pos]
        if in_array and char == "]":
            pos += 1
            skip_space()
            if pos < len(buffer):
                raise fail("unexpected content after the closing ']'")
            return
        if not expect_value:
            if in_array and char == ",":
                pos += 1
                expect_value = True
                continue
            if in_array:
                raise fail("expected ',' or ']' between records")
        while True:
            try:
                value, end = decoder.raw_decode(buffer, pos)
                break
            except json.JSONDecodeError as exc:
                # The value may just be cut by the end of the buffer: read more and retry.
                if not eof and fill():
                    continue
                raise fail(f"{exc.msg} (column {exc.colno} of line {line + buffer.count(chr(10), pos, exc.pos)})") from None
        yield RawRecord(SourceRef(source.name, line), value)
        line += buffer.count("\n", pos, end)
        pos = end
        expect_value = not in_array


# -- CSV / TSV ---------------------------------------------------------------------------------------------


def detect_delimiter(sample: str) -> str:
    """The delimiter among , ; tab | that splits the first lines into the most, equal, cells."""
    lines = sample.splitlines()[:20] or [""]
    if len(lines) > 1 and not sample.endswith(("\n", "\r")):
        lines = lines[:-1]  # the sample may cut the last line
    best, best_score = ",", (-1, -1)
    for delimiter in CSV_DELIMITERS:
        try:
            widths = [len(row) for row in csv.reader(lines, delimiter=delimiter)]
        except csv.Error:
            continue
        if not widths or widths[0] < 2:
            continue
        consistent = sum(1 for width in widths if width == widths[0])
        score = (consistent, widths[0])
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _read_csv(source: SourceFile, raw: BinaryIO, options: ReadOptions, *, tab: bool) -> Iterator[RawRecord]:
    text, encoding = _text_stream(source, raw, options)
    buffered = text.buffer
    if options.delimiter:
        delimiter = options.delimiter
    elif tab:
        delimiter = "\t"
    else:
        sample = buffered.peek(SAMPLE_BYTES)[:SAMPLE_BYTES]  # type: ignore[attr-defined]
        delimiter = detect_delimiter(sample.decode(encoding, errors="replace").lstrip("\ufeff"))
    reader = csv.reader(text, delimiter=delimiter)
    try:
        try:
            header = next(reader)
        except StopIteration:
            return
        header = [name.strip().lstrip("\ufeff") for name in header]
        if not any(header):
            raise DataError(f"{source.name}:1: the first row must name the columns")
        duplicated = sorted({name for name in header if header.count(name) > 1})
        if duplicated:
            raise DataError(f"{source.name}:1: duplicated column name(s): {', '.join(duplicated)}")
        previous_end = reader.line_num
        for row in reader:
            where = SourceRef(source.name, previous_end + 1)
            previous_end = reader.line_num
            if not row or (len(row) == 1 and not row[0].strip()):
                continue
            if len(row) != len(header):
                yield RawRecord(
                    where,
                    problem=RecordProblem(where, "", "wrong number of cells", f"expected {len(header)}, found {len(row)}"),
                )
                continue
            yield RawRecord(where, dict(zip(header, row, strict=True)))
    except UnicodeDecodeError:
        raise _decode_error(source, encoding, reader.line_num + 1) from None
    except csv.Error as exc:
        raise DataError(f"{source.name}:{reader.line_num}: malformed CSV: {exc}") from None


# -- plain text ----------------------------------------------------------------------------------------------


def _read_txt(source: SourceFile, raw: BinaryIO, options: ReadOptions) -> Iterator[RawRecord]:
    text, encoding = _text_stream(source, raw, options)
    field = options.text_field
    number = 0
    try:
        if options.txt_unit == "file":
            content = text.read()
            if content.strip():
                yield RawRecord(SourceRef(source.name, 1), {field: content.strip()})
            return
        paragraph: list[str] = []
        start = 0
        for number, line in enumerate(text, start=1):
            line = line.rstrip("\r\n").lstrip("\ufeff") if number == 1 else line.rstrip("\r\n")
            if options.txt_unit == "line":
                if line.strip():
                    yield RawRecord(SourceRef(source.name, number), {field: line.strip()})
                continue
            if line.strip():
                start = start or number
                paragraph.append(line.strip())
            elif paragraph:
                yield RawRecord(SourceRef(source.name, start), {field: " ".join(paragraph)})
                paragraph, start = [], 0
        if paragraph:
            yield RawRecord(SourceRef(source.name, start), {field: " ".join(paragraph)})
    except UnicodeDecodeError:
        raise _decode_error(source, encoding, number + 1) from None


# -- Parquet -------------------------------------------------------------------------------------------------


def _read_parquet(source: SourceFile, scratch: Path | None) -> Iterator[RawRecord]:
    import pyarrow.parquet as pq

    path, temporary = source.path, None
    if source.gzipped:
        fd, name = tempfile.mkstemp(prefix=".tmp-parquet-", dir=scratch)
        temporary = Path(name)
        with os.fdopen(fd, "wb") as out, gzip.open(source.path, "rb") as compressed:
            shutil.copyfileobj(compressed, out, JSON_CHUNK)
        path = temporary
    try:
        try:
            parquet = pq.ParquetFile(path)
        except Exception as exc:  # noqa: BLE001 - pyarrow raises several types for a broken file
            raise DataError(f"{source.name}: not a readable Parquet file ({type(exc).__name__})") from None
        row = 0
        for batch in parquet.iter_batches(batch_size=4096):
            for value in batch.to_pylist():
                row += 1
                yield RawRecord(SourceRef(source.name, row), value)
    finally:
        if temporary is not None:
            temporary.unlink(missing_ok=True)
