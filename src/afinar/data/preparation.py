"""`prepare`: the data stage's entry point, read top to bottom.

    inputs ─> validate ─> repair text ─> anonymise ─> quality filters ─> token length
           ─> label conflicts ─> exact dedup ─> near dedup ─> split ─> leakage check
           ─> bias audit ─> write splits, manifest, report ─> store, record, audit

Memory stays bounded by streaming: the first pass keeps only compact per-record keys in
memory (~150 bytes: hashes, codes, LSH band hashes; MinHash signatures go to a scratch file)
and spills the curated examples to a Parquet file; the global steps work on the keys; the
second pass streams the spill file into the split files. Everything is built in a temporary
folder and moved into the artifact store only when complete.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from afinar.audit import AuditLog, current_actor
from afinar.config import LoadedSpec
from afinar.data import bias as bias_audit
from afinar.data import dedup, splits
from afinar.data.anonymization import privacy_key_id, privacy_step, write_subject_index
from afinar.data.example import Example
from afinar.data.ingest import InputFile, hash_inputs, read_examples, resolve_sources
from afinar.data.problems import ProblemLog, RecordProblem
from afinar.data.quality import LanguageDetector, quality_verdict, repair_mojibake
from afinar.data.sensitive_terms import sensitive_categories
from afinar.data.tokens import TokenCounter, base_model_token_counter
from afinar.data.versions import (
    DatasetVersion,
    example_to_row,
    find_by_fingerprint,
    get_dataset,
    parquet_schema,
    read_split,
    SPLIT_FILES,
)
from afinar.errors import DataError

# Bump when a change to preparation changes its output for the same inputs and spec.
PIPELINE_VERSION = "afinar-data-1"
BATCH = 2048
NEAR_DUPLICATE_CLUSTERS_SHOWN = 50

Log = Callable[[str], None]
Progress = Callable[[str, int, int | None], None]


def _no_progress(step: str, done: int, total: int | None) -> None:
    pass


# -- the stage ---------------------------------------------------------------------------------------


def prepare(
    loaded: LoadedSpec,
    workspace,
    *,
    log: Log = print,
    progress: Progress = _no_progress,
    strict: bool | None = None,
    force: bool = False,
    token_counter: TokenCounter | None = None,
    workers: int | None = None,
) -> DatasetVersion:
    """Prepare the spec's data into a versioned dataset in the workspace, and return it.

    `strict` overrides `data.on_invalid` (True: fail on the first invalid record); `workers`
    overrides `privacy.workers` (processes that anonymise; the dataset is the same). The same
    inputs and data-relevant spec return the stored version at once (`reused=True`) unless
    `force`. `token_counter` replaces the base model's tokenizer (tests). Raises `DataError`
    (exit code 2) on bad data, never leaving a partial dataset behind.
    """
    spec = loaded.spec
    strict = spec.data.on_invalid == "fail" if strict is None else strict
    audit = AuditLog(workspace)
    inputs = hash_inputs(resolve_sources(loaded))
    relevant = data_relevant_spec(loaded)
    if spec.privacy is not None:
        # Pseudonyms and hashes depend on the key: another key must give another dataset.
        relevant["privacy_key_id"] = privacy_key_id(workspace)
    fingerprint = dataset_fingerprint(inputs, relevant, strict)
    existing = None if force else find_by_fingerprint(workspace, spec.project, fingerprint)
    if existing is not None:
        log(f"dataset {existing.short_id} is already prepared from these inputs and spec: reusing it")
        audit.append("data.reused", f"dataset:{existing.id}", {"project": spec.project, "fingerprint": fingerprint})
        return DatasetVersion(**{**existing.__dict__, "reused": True})
    try:
        privacy = privacy_step(loaded, workspace, workers=workers)
        counter = token_counter or base_model_token_counter(spec.base_model, workspace, log)
        with _build_folder(workspace) as build:
            result = _prepare_into(build, loaded, inputs, privacy, counter, strict, log, progress)
            manifest = _manifest(loaded, relevant, fingerprint, inputs, counter, result)
            _write_outputs(build / "dataset", manifest, result)
            _check_bias_gate(spec.data.bias.fail_on, result.bias)
            artifact = workspace.store.put_dir(build / "dataset", kind="dataset", meta={"project": spec.project, "fingerprint": fingerprint})
            write_subject_index(workspace, artifact.sha256, privacy, _record_splits(result))
    except DataError as exc:
        audit.append("data.prepare_failed", f"project:{spec.project}", {"fingerprint": fingerprint, "error": exc.message[:500]})
        raise
    version = _record_version(workspace, artifact.sha256, spec, fingerprint, inputs, result)
    audit.append(
        "data.prepared",
        f"dataset:{version.id}",
        {
            "project": spec.project,
            "fingerprint": fingerprint,
            "inputs": [{"file": i.source.name, "sha256": i.sha256} for i in inputs],
            "splits": version.splits,
            "dropped": version.dropped,
            "privacy": result.privacy["mode"],
            "worst_finding": version.worst_finding,
        },
    )
    log(
        f"dataset {version.short_id}: {version.splits['train']} train, {version.splits['validation']} validation, "
        f"{version.splits['test']} test; {version.dropped} records dropped"
    )
    return version


@dataclass
class ValidationResult:
    inputs: list[InputFile]
    problems: ProblemLog
    valid: int

    @property
    def ok(self) -> bool:
        return self.problems.total() == 0

    def to_json(self) -> dict[str, Any]:
        return {"ok": self.ok, "valid_records": self.valid, "inputs": [i.to_json() for i in self.inputs], "problems": self.problems.to_json()}


def validate(loaded: LoadedSpec, *, strict: bool = False, log: Log = print, progress: Progress = _no_progress) -> ValidationResult:
    """Read and validate every record without preparing anything (no workspace needed).

    Lists every problem (strict: raises `DataError` at the first one)."""
    inputs = hash_inputs(resolve_sources(loaded))
    problems = ProblemLog(strict_steps=frozenset({"validation"}) if strict else frozenset())
    valid = 0
    with tempfile.TemporaryDirectory(prefix="afinar-validate-") as scratch:
        for valid, _ in enumerate(read_examples(loaded, inputs, problems, Path(scratch)), start=1):
            if valid % 10_000 == 0:
                progress("validating", valid, None)
    for item in inputs:
        log(f"{item.source.name}: {item.format or 'no records'} ({item.format_reason}); {item.records_valid} of {item.records_read} records valid")
    return ValidationResult(inputs, problems, valid)


# -- fingerprint --------------------------------------------------------------------------------------


def data_relevant_spec(loaded: LoadedSpec) -> dict[str, Any]:
    """The part of the resolved spec that decides the prepared data (saved in the manifest)."""
    resolved = loaded.resolved()
    relevant = {key: resolved.get(key) for key in ("project", "task", "base_model", "data", "privacy") if key in resolved}
    if isinstance(relevant.get("privacy"), dict):  # how many processes anonymise changes nothing in the data
        relevant["privacy"] = {k: v for k, v in relevant["privacy"].items() if k != "workers"}
    relevant["max_tokens"] = max_tokens_of(loaded)
    return relevant


def max_tokens_of(loaded: LoadedSpec) -> int:
    return loaded.spec.data.max_tokens or loaded.spec.train.max_seq_len


def dataset_fingerprint(inputs: list[InputFile], relevant: dict[str, Any], strict: bool) -> str:
    payload = {
        "pipeline": PIPELINE_VERSION,
        "inputs": [[i.source.name, i.sha256] for i in inputs],
        "spec": relevant,
        "strict": strict,
    }
    return hashlib.sha256(json.dumps(payload, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()


# -- pass 1: read, validate, repair, anonymise, filter, measure, key ---------------------------------------


class Codebook:
    """Small integer codes for repeated values (labels, group values, source files)."""

    def __init__(self) -> None:
        self.codes: dict[Any, int] = {}
        self.values: list[Any] = []

    def code(self, value: Any) -> int:
        found = self.codes.get(value)
        if found is None:
            found = self.codes[value] = len(self.values)
            self.values.append(value)
        return found


class ColumnBuffer:
    """Appends numpy chunks; `array()` concatenates them once at the end."""

    def __init__(self, dtype, width: int | None = None) -> None:
        self.dtype = dtype
        self.width = width
        self.chunks: list[np.ndarray] = []

    def extend(self, values) -> None:
        self.chunks.append(np.asarray(values, dtype=self.dtype))

    def array(self) -> np.ndarray:
        if self.chunks:
            return np.concatenate(self.chunks)
        return np.empty((0, self.width) if self.width else 0, dtype=self.dtype)


@dataclass
class Keys:
    """Compact keys of every curated record (index = order in the spill file)."""

    exact: np.ndarray
    order: np.ndarray  # hash of the text before anonymisation (`Example.order_key`)
    labels: np.ndarray
    groups: dict[str, np.ndarray]
    split_group: np.ndarray
    has_split_group: np.ndarray
    tokens: np.ndarray
    sensitive: np.ndarray
    source_file: np.ndarray
    source_line: np.ndarray
    bands: np.ndarray | None
    signatures: np.ndarray | None


@dataclass
class PrepareResult:
    problems: ProblemLog
    counts: dict[str, int]
    keys: Keys
    label_book: Codebook
    group_books: dict[str, Codebook]
    file_book: Codebook
    privacy: dict[str, Any]
    kept: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=bool))
    split: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=np.int8))
    near_params: dict[str, Any] = field(default_factory=dict)
    clusters: list[dict[str, Any]] = field(default_factory=list)
    leakage: splits.LeakageReport | None = None
    bias: bias_audit.BiasAudit | None = None
    split_sizes: dict[str, int] = field(default_factory=dict)
    label_counts_by_split: dict[str, dict[str, int]] = field(default_factory=dict)
    token_lengths: dict[str, Any] = field(default_factory=dict)


@contextmanager
def _build_folder(workspace) -> Iterator[Path]:
    """A scratch folder under the workspace's tmp/, removed whatever happens."""
    root = workspace.root / "tmp"
    root.mkdir(parents=True, exist_ok=True)
    build = Path(tempfile.mkdtemp(prefix=".tmp-dataset-", dir=root))
    try:
        (build / "dataset").mkdir()
        yield build
    finally:
        shutil.rmtree(build, ignore_errors=True)


def _prepare_into(build: Path, loaded: LoadedSpec, inputs, privacy, counter: TokenCounter, strict: bool, log: Log, progress: Progress) -> PrepareResult:
    spec = loaded.spec
    data = spec.data
    problems = ProblemLog(strict_steps=frozenset({"validation"}) if strict else frozenset())
    counts = {"mojibake_repaired": 0, "truncated": 0}
    language = data.language
    detector = LanguageDetector() if language else None
    max_tokens = max_tokens_of(loaded)
    near = data.dedup.near
    hasher = dedup.MinHasher(data.dedup.num_perm, data.dedup.shingle_size) if near else None
    bands_rows = dedup.lsh_params(near, data.dedup.num_perm) if near else None
    label_book, file_book = Codebook(), Codebook()
    group_books = {name: Codebook() for name in data.group_fields}
    columns = {
        "exact": ColumnBuffer(np.int64),
        "order": ColumnBuffer(np.int64),
        "labels": ColumnBuffer(np.int32),
        "split_group": ColumnBuffer(np.int64),
        "has_split_group": ColumnBuffer(bool),
        "tokens": ColumnBuffer(np.int32),
        "sensitive": ColumnBuffer(np.uint8),
        "source_file": ColumnBuffer(np.int32),
        "source_line": ColumnBuffer(np.int64),
        "bands": ColumnBuffer(np.uint64, width=bands_rows[0] if bands_rows else None),
    }
    group_columns = {name: ColumnBuffer(np.int32) for name in data.group_fields}
    signature_file = build / "signatures.u32"

    def repaired(examples: Iterator[Example]) -> Iterator[Example]:
        for example in examples:
            if data.quality.fix_mojibake:
                example, changed = repair_mojibake(example)
                if changed:
                    counts["mojibake_repaired"] += 1
                    example = example.with_meta(mojibake_repaired=True)
            yield example

    def order_keyed(examples: Iterator[Example]) -> Iterator[Example]:
        for example in examples:
            raw = dedup.exact_hash(dedup.normalize_for_dedup(example.joined_text()))
            yield replace(example, order_key=raw)

    privacy.record_subjects_to(build / "subjects.tsv")
    stream = privacy.apply(order_keyed(repaired(read_examples(loaded, inputs, problems, build))))
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = parquet_schema()
    read = 0
    with pq.ParquetWriter(build / "spill.parquet", schema) as spill, open(signature_file, "wb") as signatures_out:
        for batch in _batches(stream, BATCH):
            read += len(batch)
            progress("curating", read, None)
            survivors = _filter_quality(batch, data, language, detector, problems)
            survivors, tokens = _fit_length(survivors, counter, max_tokens, data.over_length, problems, counts)
            if not survivors:
                continue
            normalised = [dedup.normalize_for_dedup(example.joined_text()) for example in survivors]
            columns["exact"].extend([dedup.exact_hash(text) for text in normalised])
            columns["order"].extend([example.order_key for example in survivors])
            columns["labels"].extend([label_book.code(example.labels) for example in survivors])
            columns["split_group"].extend([dedup.exact_hash(e.split_group) if e.split_group is not None else 0 for e in survivors])
            columns["has_split_group"].extend([e.split_group is not None for e in survivors])
            columns["tokens"].extend(tokens)
            columns["sensitive"].extend([sensitive_categories(e.joined_text()) if data.bias.sensitive_terms else 0 for e in survivors])
            columns["source_file"].extend([file_book.code(e.source.file) for e in survivors])
            columns["source_line"].extend([e.source.line for e in survivors])
            for name, column in group_columns.items():
                column.extend([group_books[name].code(e.groups[name]) for e in survivors])
            if hasher is not None:
                signatures = hasher.signatures(normalised)
                signatures_out.write(signatures.tobytes())
                columns["bands"].extend(dedup.band_hashes(signatures, *bands_rows))
            spill.write_table(pa.Table.from_pylist([example_to_row(e, n) for e, n in zip(survivors, tokens, strict=True)], schema=schema))
    counts["read"] = sum(item.records_read for item in inputs)
    counts["valid"] = sum(item.records_valid for item in inputs)
    arrays = {name: column.array() for name, column in columns.items()}
    n = len(arrays["exact"])
    if n == 0:
        raise DataError(
            f"{loaded.path}: no record is left to prepare ({counts['read']} read, {problems.total()} rejected)",
            hint="see the problems above with `afinar data validate`",
        )
    signatures = None
    if hasher is not None:
        signatures = np.memmap(signature_file, dtype=np.uint32, mode="r", shape=(n, data.dedup.num_perm))
    keys = Keys(
        exact=arrays["exact"],
        order=arrays["order"],
        labels=arrays["labels"],
        groups={name: column.array() for name, column in group_columns.items()},
        split_group=arrays["split_group"],
        has_split_group=arrays["has_split_group"],
        tokens=arrays["tokens"],
        sensitive=arrays["sensitive"],
        source_file=arrays["source_file"],
        source_line=arrays["source_line"],
        bands=arrays["bands"] if hasher is not None else None,
        signatures=signatures,
    )
    result = PrepareResult(problems, counts, keys, label_book, group_books, file_book, privacy.summary.to_json())
    if bands_rows:
        result.near_params = {"threshold": near, "num_perm": data.dedup.num_perm, "bands": bands_rows[0], "rows": bands_rows[1], "shingle_size": data.dedup.shingle_size}
    log(f"curated {n} of {counts['read']} records; deduplicating and splitting")
    _deduplicate(result, loaded)
    _split(result, loaded)
    _audit(result, loaded)
    _token_length_summary(result)
    return result


def _batches(stream: Iterator[Example], size: int) -> Iterator[list[Example]]:
    batch: list[Example] = []
    for example in stream:
        batch.append(example)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _filter_quality(batch: list[Example], data, language, detector, problems: ProblemLog) -> list[Example]:
    survivors = []
    for example in batch:
        verdict = quality_verdict(example, data.quality, language, detector)
        if verdict is None:
            survivors.append(example)
        else:
            problems.add(RecordProblem(example.source, "", verdict.reason, verdict.detail, step="quality"))
    return survivors


def _fit_length(batch: list[Example], counter: TokenCounter, max_tokens: int, policy: str, problems: ProblemLog, counts: dict[str, int]) -> tuple[list[Example], list[int]]:
    if not batch:
        return [], []
    lengths = counter.count(batch)
    survivors, kept_lengths = [], []
    for example, length in zip(batch, lengths, strict=True):
        if length <= max_tokens:
            survivors.append(example)
            kept_lengths.append(length)
            continue
        detail = f"{length} tokens of {counter.name}, maximum {max_tokens}"
        if policy == "fail":
            raise DataError(f"{example.source}: example too long ({detail})", hint="set data.over_length: truncate or drop, or raise data.max_tokens")
        cut = counter.truncate(example, max_tokens) if policy == "truncate" else None
        if cut is None:
            reason = "too long to truncate" if policy == "truncate" else "too many tokens"
            problems.add(RecordProblem(example.source, "", reason, detail, step="length"))
            continue
        counts["truncated"] += 1
        survivors.append(cut.with_meta(truncated_from_tokens=length))
        kept_lengths.append(counter.count([cut])[0])
    return survivors, kept_lengths


# -- global steps on the keys ------------------------------------------------------------------------------


def _ref(result: PrepareResult, index: int) -> str:
    return f"{result.file_book.values[result.keys.source_file[index]]}:{int(result.keys.source_line[index])}"


def _drop(result: PrepareResult, index: int, step: str, reason: str, detail: str) -> None:
    source_file = result.file_book.values[result.keys.source_file[index]]
    from afinar.data.example import SourceRef

    result.problems.add(RecordProblem(SourceRef(source_file, int(result.keys.source_line[index])), "", reason, detail, step=step))


def _deduplicate(result: PrepareResult, loaded: LoadedSpec) -> None:
    data = loaded.spec.data
    keys = result.keys
    n = len(keys.exact)
    alive = np.ones(n, dtype=bool)
    result.counts.update(conflicting_labels=0, exact_duplicates=0, near_duplicates=0)
    if loaded.spec.task == "classification":
        conflicting = dedup.conflicting_label_mask(keys.exact, keys.labels, alive)
        result.counts["conflicting_labels"] = int(conflicting.sum())
        if data.quality.conflicting_labels == "drop":
            for index in np.flatnonzero(conflicting):
                _drop(result, int(index), "conflicts", "conflicting labels", "the same text appears with another label")
            alive &= ~conflicting
    if data.dedup.exact:
        first = dedup.first_of_each(keys.exact, alive)
        duplicates = np.flatnonzero(alive & (first != np.arange(n)))
        for index in duplicates:
            _drop(result, int(index), "dedup", "exact duplicate", f"of {_ref(result, int(first[index]))}")
        alive[duplicates] = False
        result.counts["exact_duplicates"] = len(duplicates)
    if keys.signatures is not None:
        representative, pairs = dedup.near_duplicate_clusters(keys.signatures, keys.bands, alive, data.dedup.near)
        duplicates = np.flatnonzero(alive & (representative != np.arange(n)))
        for index in duplicates:
            _drop(result, int(index), "dedup", "near-duplicate", f"of {_ref(result, int(representative[index]))}")
        alive[duplicates] = False
        result.counts["near_duplicates"] = len(duplicates)
        result.near_params["verified_pairs"] = len(pairs)
        result.clusters = _cluster_listing(result, representative, duplicates)
    result.kept = alive


def _cluster_listing(result: PrepareResult, representative: np.ndarray, duplicates: np.ndarray) -> list[dict[str, Any]]:
    """The largest near-duplicate clusters, as source references (never texts)."""
    if not len(duplicates):
        return []
    roots, sizes = np.unique(representative[duplicates], return_counts=True)
    order = np.lexsort((roots, -sizes))[:NEAR_DUPLICATE_CLUSTERS_SHOWN]
    listing = []
    for root, size in zip(roots[order], sizes[order], strict=True):
        members = duplicates[representative[duplicates] == root][:10]
        listing.append({"kept": _ref(result, int(root)), "dropped": int(size), "examples": [_ref(result, int(m)) for m in members]})
    return listing


def _split(result: PrepareResult, loaded: LoadedSpec) -> None:
    split_spec = loaded.spec.data.split
    keys = result.keys
    kept = np.flatnonzero(result.kept)
    # Records without a group_by value form units by their own content.
    unit_keys = np.where(keys.has_split_group, keys.split_group, keys.exact)[kept]
    units = splits.split_units(unit_keys, together_keys=keys.exact[kept])
    stratify = split_spec.stratify and loaded.spec.task == "classification"
    # Units are ordered by their group_by value where they have one, else by their text as read
    # (before anonymisation), never by the anonymised text: it carries the pseudonyms of the
    # workspace's privacy key, so another key (another workspace, a rotated key) would
    # otherwise send other records to the test split.
    order_keys = np.where(keys.has_split_group, keys.split_group, keys.order)[kept]
    assigned = splits.assign_splits(
        units, order_keys, keys.labels[kept] if stratify else None, split_spec.validation, split_spec.test, split_spec.seed
    )
    result.split = np.full(len(keys.exact), -1, dtype=np.int8)
    result.split[kept] = assigned
    result.split_sizes = {name: int(np.count_nonzero(assigned == i)) for i, name in enumerate(splits.SPLITS)}
    if loaded.spec.task == "classification":
        for i, name in enumerate(splits.SPLITS):
            codes, counts = np.unique(keys.labels[kept][assigned == i], return_counts=True)
            result.label_counts_by_split[name] = {"|".join(result.label_book.values[c]): int(k) for c, k in zip(codes, counts, strict=True)}
    group_keys = np.where(keys.has_split_group, keys.split_group, -1 - np.arange(len(keys.exact))) if split_spec.group_by else None
    result.leakage = splits.leakage_check(
        result.split, result.kept, keys.exact, group_keys, keys.signatures, keys.bands, loaded.spec.data.dedup.near
    )
    result.counts["units"] = int(len(np.unique(units)))
    if not result.leakage.ok:
        # The split keeps units and kept duplicates together by construction: a leak is a bug.
        raise RuntimeError(f"leakage check failed after splitting: {result.leakage.to_json()}")


def _audit(result: PrepareResult, loaded: LoadedSpec) -> None:
    data = loaded.spec.data
    keys = result.keys
    kept = result.kept
    groups = {name: (codes[kept], result.group_books[name].values) for name, codes in keys.groups.items()}
    label_sets = (keys.labels[kept], result.label_book.values) if loaded.spec.task == "classification" else None
    result.bias = bias_audit.audit_bias(
        groups, label_sets, keys.sensitive[kept] if data.bias.sensitive_terms else None, data.bias, data.quality.imbalance_ratio
    )


def _token_length_summary(result: PrepareResult) -> None:
    lengths = result.keys.tokens[result.kept]
    if not len(lengths):
        return
    result.token_lengths = {
        "min": int(lengths.min()),
        "mean": round(float(lengths.mean()), 1),
        "p50": int(np.percentile(lengths, 50)),
        "p95": int(np.percentile(lengths, 95)),
        "max": int(lengths.max()),
        "total": int(lengths.sum()),
    }


def _record_splits(result: PrepareResult) -> Callable[[list[tuple[str, int]]], list[str | None]]:
    """For the subject index: (source file, line) of records → the split each landed in, or None
    for records that did not make it into the dataset."""
    keys = result.keys
    codes = (keys.source_file.astype(np.int64) << 40) | keys.source_line.astype(np.int64)
    order = np.argsort(codes, kind="stable")
    sorted_codes = codes[order]

    def lookup(refs: list[tuple[str, int]]) -> list[str | None]:
        file_codes = result.file_book.codes
        wanted = np.array([(file_codes[file] << 40) | line if file in file_codes else -1 for file, line in refs], dtype=np.int64)
        position = np.minimum(np.searchsorted(sorted_codes, wanted), len(sorted_codes) - 1)
        found = (wanted >= 0) & (sorted_codes[position] == wanted)
        split = np.where(found, result.split[order[position]], -1)
        return [splits.SPLITS[s] if s >= 0 else None for s in split.tolist()]

    return lookup


def _check_bias_gate(fail_on: str, audit: bias_audit.BiasAudit | None) -> None:
    if fail_on == "never" or audit is None:
        return
    threshold = bias_audit.SEVERITY_ORDER[fail_on]
    failing = [f for f in audit.findings if bias_audit.SEVERITY_ORDER[f.severity] >= threshold]
    if failing:
        listed = "\n  ".join(f"[{f.severity}] {f.message}" for f in failing[:10])
        raise DataError(
            f"the bias audit found {len(failing)} finding(s) at or above data.bias.fail_on={fail_on}:\n  {listed}",
            hint="rebalance or relabel the data, or relax data.bias thresholds with a documented reason",
        )


# -- pass 2 and outputs ----------------------------------------------------------------------------------


def _write_outputs(folder: Path, manifest: dict[str, Any], result: PrepareResult) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from afinar.data.report import render_html, render_markdown, report_data

    schema = parquet_schema()
    spill = folder.parent / "spill.parquet"
    writers = {name: pq.ParquetWriter(folder / SPLIT_FILES[name], schema) for name in splits.SPLITS}
    try:
        offset = 0
        for batch in pq.ParquetFile(spill).iter_batches(batch_size=8192):
            split = result.split[offset : offset + batch.num_rows]
            offset += batch.num_rows
            table = pa.Table.from_batches([batch])
            for i, name in enumerate(splits.SPLITS):
                mask = split == i
                if mask.any():
                    writers[name].write_table(table.filter(pa.array(mask)))
    finally:
        for writer in writers.values():
            writer.close()
    report = report_data(manifest, result)
    _write_json(folder / "manifest.json", manifest)
    _write_json(folder / "report.json", report)
    (folder / "report.md").write_text(render_markdown(report), encoding="utf-8")
    (folder / "report.html").write_text(render_html(report), encoding="utf-8")


def _write_json(path: Path, value: Any) -> None:
    path.write_text(json.dumps(value, indent=2, sort_keys=True, ensure_ascii=False, default=_json_default) + "\n", encoding="utf-8")


def _json_default(value: Any) -> Any:
    if isinstance(value, np.integer):
        return int(value)
    if isinstance(value, np.floating):
        return float(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def _manifest(loaded: LoadedSpec, relevant: dict[str, Any], fingerprint: str, inputs: list[InputFile], counter: TokenCounter, result: PrepareResult) -> dict[str, Any]:
    data = loaded.spec.data
    problems = result.problems
    counts = result.counts
    steps = [
        {"step": "ingest", "params": {"format": data.format, "encoding": data.encoding, "delimiter": data.delimiter, "txt_unit": data.txt_unit}, "counts": {"read": counts["read"]}},
        {"step": "validate", "params": {"on_invalid": "fail" if problems.strict_steps else "skip"}, "counts": {"valid": counts["valid"], "invalid": problems.total("validation")}},
        {"step": "repair_text", "params": {"fix_mojibake": data.quality.fix_mojibake}, "counts": {"repaired": counts["mojibake_repaired"]}},
        {"step": "privacy", "params": {"mode": result.privacy["mode"]}, "counts": {"records": result.privacy["records"], "changed": result.privacy["records_changed"]}},
        {"step": "quality", "params": data.quality.model_dump(mode="json") | {"language": data.language}, "counts": _reason_counts(problems, "quality")},
        {"step": "token_length", "params": {"tokenizer": counter.name, "max_tokens": max_tokens_of(loaded), "over_length": data.over_length}, "counts": {"truncated": counts["truncated"], **_reason_counts(problems, "length")}},
        {"step": "conflicting_labels", "params": {"action": data.quality.conflicting_labels}, "counts": {"records": counts["conflicting_labels"]}},
        {"step": "exact_dedup", "params": {"enabled": data.dedup.exact, "normalisation": "casefold, accents and punctuation removed"}, "counts": {"dropped": counts["exact_duplicates"]}},
        {"step": "near_dedup", "params": result.near_params or {"threshold": None}, "counts": {"dropped": counts["near_duplicates"], "clusters": len({c['kept'] for c in result.clusters})}},
        {"step": "split", "params": data.split.model_dump(mode="json"), "counts": result.split_sizes | {"units": counts["units"]}},
        {"step": "leakage_check", "params": {"near_threshold": data.dedup.near}, "counts": result.leakage.to_json() if result.leakage else {}},
        {"step": "bias_audit", "params": data.bias.model_dump(mode="json"), "counts": {"findings": len(result.bias.findings) if result.bias else 0, "worst": result.bias.worst() if result.bias else None}},
    ]
    return {
        "afinar_data_version": PIPELINE_VERSION,
        "project": loaded.spec.project,
        "task": loaded.spec.task,
        "fingerprint": fingerprint,
        "inputs": [item.to_json() for item in inputs],
        "steps": steps,
        "privacy": result.privacy,
        "splits": result.split_sizes,
        "label_counts_by_split": result.label_counts_by_split,
        "token_lengths": result.token_lengths,
        "dropped": problems.total(),
        "files": {name: SPLIT_FILES[name] for name in splits.SPLITS} | {"report": "report.html", "summary": "report.md"},
        "spec": relevant,
    }


def _reason_counts(problems: ProblemLog, step: str) -> dict[str, int]:
    return {reason: count for (s, reason), count in sorted(problems.counts.items()) if s == step}


def _record_version(workspace, dataset_id: str, spec, fingerprint: str, inputs: list[InputFile], result: PrepareResult) -> DatasetVersion:
    from afinar.workspace.schema import DatasetRow

    formats = sorted({item.format for item in inputs if item.format})
    with workspace.write_session() as session:
        if session.get(DatasetRow, dataset_id) is None:
            session.add(
                DatasetRow(
                    id=dataset_id,
                    project=spec.project,
                    fingerprint=fingerprint,
                    task=spec.task,
                    formats=",".join(formats),
                    records=int(result.kept.sum()),
                    train=result.split_sizes["train"],
                    validation=result.split_sizes["validation"],
                    test=result.split_sizes["test"],
                    dropped=result.problems.total(),
                    worst_finding=result.bias.worst() if result.bias else None,
                    created_at=datetime.now(UTC),
                    created_by=current_actor(),
                )
            )
    return get_dataset(workspace, dataset_id)


__all__ = ["PIPELINE_VERSION", "ValidationResult", "prepare", "read_split", "validate"]
