"""The privacy step of data preparation: the seam between `afinar.data` and `afinar.privacy`.

`privacy_step(loaded, workspace)` decides, before any record is read, how personal data will
be handled, and refuses to go on when it cannot be handled:
- the spec declares `data.already_anonymized: true` → records pass through unchanged;
- otherwise `afinar.privacy.Anonymizer` anonymises every text of every example with the
  spec's `privacy:` policy and the privacy key ($AFINAR_PRIVACY_KEY, else the workspace's
  `keys/privacy.key`, created on first use, mode 0600).
Its `apply(examples)` streams anonymised examples and fills a `PrivacySummary` (counts only,
never values) that goes into the dataset manifest; with `privacy.workers` above 1 the texts
are anonymised in that many processes (`afinar.privacy.pool`), with the same result.

While anonymising, it also notes the keyed hash of every identifier that points at a person
(`afinar.privacy.subject_keys`: CPF, e-mail, name, ...) with the record it was found in, in a
scratch file; `write_subject_index` turns the records that made it into the dataset into the
`subject_index` table, so an LGPD request (`afinar privacy find-subject / forget`) can find
them without the raw value ever being stored.
"""

from __future__ import annotations

import os
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from sqlalchemy import select

from afinar.config import LoadedSpec
from afinar.data.example import Example
from afinar.errors import DataError
from afinar.workspace import Workspace

SUBJECT_BATCH = 5000  # subject-index rows written per transaction


@dataclass
class PrivacySummary:
    """What the privacy step did, for the manifest: mode, policy, and counts (no values)."""

    mode: str  # "declared_anonymized" | "anonymized"
    policy: dict[str, Any] | None = None
    records: int = 0
    records_changed: int = 0
    entities: Counter = field(default_factory=Counter)
    detectors: dict[str, str] = field(default_factory=dict)  # name -> version of the detectors run

    def to_json(self) -> dict[str, Any]:
        return {
            "mode": self.mode,
            "policy": self.policy,
            "detectors": self.detectors,
            "records": self.records,
            "records_changed": self.records_changed,
            "entities": dict(sorted(self.entities.items())),
        }


class PrivacyStep:
    """Anonymises examples with a ready `PrivacyPool` (in `policy.workers` processes), or
    passes them through when the data is declared anonymised."""

    def __init__(self, pool: Any | None, summary: PrivacySummary, subject_key: bytes | None = None) -> None:
        self.pool = pool
        self.summary = summary
        self.subject_key = subject_key
        self.subjects_file: Path | None = None
        self._subjects_out = None

    def record_subjects_to(self, path: Path) -> None:
        """Write `key hash<TAB>line<TAB>source file` for every subject identifier found from now on."""
        if self.pool is not None and self.subject_key is not None:
            self.subjects_file = path
            self._subjects_out = open(path, "a", encoding="utf-8")  # noqa: SIM115 - closed when apply() ends

    def apply(self, examples: Iterable[Example]) -> Iterator[Example]:
        """The examples, in order, each text anonymised. Batches of examples go to the pool's
        workers a few ahead of the one being handed on, so that they never wait for the reader."""
        if self.pool is None:
            for example in examples:
                self.summary.records += 1
                yield example
            return
        from afinar.privacy.pool import BATCH

        window: deque[tuple[list[Example], Future]] = deque()
        try:
            for batch in _batched(examples, BATCH):
                window.append((batch, self.pool.submit_anonymize([t for e in batch for t in e.texts()])))
                if len(window) > 2 * self.pool.workers:
                    yield from self._finish(*window.popleft())
            while window:
                yield from self._finish(*window.popleft())
        finally:
            for _batch, future in window:
                future.cancel()
            self.pool.close()
            if self._subjects_out is not None:
                self._subjects_out.close()
                self._subjects_out = None

    def _finish(self, batch: list[Example], future: Future) -> Iterator[Example]:
        from afinar.privacy.pool import Residual, result_of
        from afinar.privacy.residual import ResidualPersonalDataError
        from afinar.privacy.subjects import subject_keys

        results = iter(result_of(future))
        for example in batch:
            self.summary.records += 1
            texts = example.texts()
            anonymised = []
            subjects: set[str] = set()
            for index, text in enumerate(texts):
                result = next(results)
                if isinstance(result, Residual):
                    raise ResidualPersonalDataError(result.spans, where=f"{example.source}: {_text_field(example, index)}")
                anonymised.append(result.text)
                self.summary.entities.update(span.label for span in result.spans)
                if self._subjects_out is not None and result.spans:
                    subjects |= subject_keys(result.spans, text, self.subject_key)
            for key_hash in sorted(subjects):
                self._subjects_out.write(f"{key_hash}\t{example.source.line}\t{example.source.file}\n")
            if anonymised != texts:
                self.summary.records_changed += 1
                example = example.with_texts(anonymised)
            yield example


def _batched(items: Iterable[Example], size: int) -> Iterator[list[Example]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def privacy_step(loaded: LoadedSpec, workspace: Workspace, *, workers: int | None = None) -> PrivacyStep:
    """The privacy step for this spec; `DataError` when personal data could not be handled.
    `workers` overrides `privacy.workers`."""
    spec = loaded.spec
    if spec.data.already_anonymized:
        return PrivacyStep(None, PrivacySummary(mode="declared_anonymized"))
    if spec.privacy is None:
        raise DataError(
            f"{loaded.path}: the data is not declared anonymised and the spec has no `privacy:` section",
            hint="add a `privacy:` section (see docs/privacy.md), or set `data.already_anonymized: true` if the "
            "sources hold no personal data",
        )
    from afinar.privacy.pool import PrivacyPool

    key = privacy_key(workspace)
    pool = PrivacyPool(spec.privacy, key, workers=spec.privacy.workers if workers is None else workers,
                       base_dir=loaded.path.parent)
    # how many processes ran it changes nothing in the data: not part of the recorded policy
    summary = PrivacySummary(mode="anonymized", policy=spec.privacy.model_dump(mode="json", exclude={"workers"}),
                             detectors=pool.detector_versions())
    return PrivacyStep(pool, summary, subject_key=key)


def write_subject_index(workspace: Workspace, dataset_id: str, privacy: PrivacyStep, record_splits: Callable[[list[tuple[str, int]]], list[str | None]]) -> int:
    """Store the subject keys noted while anonymising, for the records that are in the dataset.

    `record_splits` maps (source file, line) references to the split each record landed in, or
    None for a record that was dropped later (duplicate, filtered). Returns the rows written.
    """
    if privacy.subjects_file is None or not privacy.subjects_file.exists():
        return 0
    from sqlalchemy import insert

    from afinar.workspace.schema import SubjectIndexRow

    written = 0
    with open(privacy.subjects_file, encoding="utf-8") as handle:
        while lines := [line.rstrip("\n").split("\t", 2) for _, line in zip(range(SUBJECT_BATCH), handle, strict=False)]:
            refs = [(file, int(number)) for _, number, file in lines]
            rows = {
                (key_hash, f"{file}:{number}"): split
                for (key_hash, _, _), (file, number), split in zip(lines, refs, record_splits(refs), strict=True)
                if split is not None
            }
            if not rows:
                continue
            with workspace.write_session() as session:
                existing = set(
                    session.execute(
                        select(SubjectIndexRow.key_hash, SubjectIndexRow.record_ref).where(
                            SubjectIndexRow.dataset_id == dataset_id, SubjectIndexRow.record_ref.in_({ref for _, ref in rows})
                        )
                    ).all()
                )
                new = [{"key_hash": k, "dataset_id": dataset_id, "record_ref": r, "split": split} for (k, r), split in rows.items() if (k, r) not in existing]
                if new:
                    session.execute(insert(SubjectIndexRow), new)
                written += len(new)
    return written


def privacy_key_id(workspace: Workspace) -> str:
    """A public identifier of the privacy key (an HMAC of a fixed label): same key, same id."""
    import hashlib
    import hmac

    return hmac.new(privacy_key(workspace), b"afinar privacy key id", hashlib.sha256).hexdigest()[:16]


def privacy_key(workspace: Workspace) -> bytes:
    """The master privacy key: $AFINAR_PRIVACY_KEY, else the workspace's `keys/privacy.key`."""
    from afinar.privacy.keys import KEY_ENV_VAR, load_key

    return load_key() if os.environ.get(KEY_ENV_VAR) else workspace.secret("privacy")


def _text_field(example: Example, index: int) -> str:
    """Which field of the record a text came from, for messages (never the text itself)."""
    if example.kind == "chat":
        return f"turn {index} ({example.messages[index].role})"
    if example.kind == "completion":
        return ("prompt", "completion")[index]
    return "text"
