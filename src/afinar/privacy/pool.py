"""`PrivacyPool`: anonymise or scan many texts in worker processes, results in input order.

Detection is pure Python and single-threaded (about 100,000-150,000 characters a second on
one core, docs/privacy.md "Benchmark"), so a large corpus is anonymised faster by several
processes than by one. The pool gives the same results whatever the number of workers:
each worker builds the same detectors from the same policy, and every operator is a function
of the text and the key (pseudonyms and hashes are keyed, not drawn).

    with PrivacyPool(policy, key, workers=4) as pool:
        for result in pool.anonymize(texts):      # AnonymizedText or Residual, in order
            ...

`workers=1` runs everything in this process (no pool is started); `workers=0` means one per
CPU this process may use. Workers are started with `spawn` (a fresh interpreter: nothing of
the parent, such as torch's threads, is inherited), each loading the detectors once.
A residual (personal data left when `fail_on_residual` is set) comes back as a `Residual`
value, for the caller to report with the record's file and line.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from afinar.privacy.policy import PrivacyPolicy
from afinar.privacy.span import Span

if TYPE_CHECKING:
    from afinar.privacy.anonymizer import AnonymizedText

BATCH = 32  # texts per task: large enough to hide the cost of a round trip, small enough to balance


@dataclass(frozen=True)
class Residual:
    """A text whose anonymised form still held high-confidence personal data under
    `fail_on_residual`: the residual spans (labels and offsets into the anonymised text)."""

    spans: tuple[Span, ...]


def available_cpus() -> int:
    """CPUs this process may run on (its affinity mask where the platform has one)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS, Windows
        return os.cpu_count() or 1


def resolve_workers(workers: int) -> int:
    """`workers`, with 0 meaning one per available CPU."""
    if workers < 0:
        raise ValueError(f"workers must be 0 (one per CPU) or more, got {workers}")
    return available_cpus() if workers == 0 else workers


class _Worker:
    """What one process holds: the detectors of the policy and, with a key, an anonymiser."""

    def __init__(self, policy: PrivacyPolicy, key: bytes | None, base_dir: Path | None) -> None:
        from afinar.privacy.anonymizer import Anonymizer, policy_registry
        from afinar.privacy.registry import default_registry

        self.anonymizer = Anonymizer(policy, key, base_dir=base_dir) if key is not None else None
        # (an anonymiser has built the policy's detectors already: its tagger weights read once)
        self.registry = self.anonymizer.registry if self.anonymizer is not None else (
            policy_registry(policy, base_dir=base_dir) or default_registry())
        self.versions = {d.name: d.version() for d in self.registry.detectors}

    def anonymize(self, texts: list[str]) -> list[AnonymizedText | Residual]:
        from afinar.privacy.residual import ResidualPersonalDataError

        assert self.anonymizer is not None, "a pool without a key only scans"
        out: list[AnonymizedText | Residual] = []
        for text in texts:
            try:
                out.append(self.anonymizer.apply(text))
            except ResidualPersonalDataError as error:
                out.append(Residual(error.spans))
        return out

    def scan(self, texts: list[str], min_score: float) -> list[list[Span]]:
        from afinar.privacy.detection import scan

        return [scan(text, min_score=min_score, registry=self.registry) for text in texts]


_WORKER: _Worker | None = None  # the worker process's own


class DetectorsDiffer(RuntimeError):
    """A worker's detectors are not the parent's: a detector registered at run time (not by a
    module under afinar/privacy/detectors/) does not exist in a fresh interpreter."""


def _start_worker(policy: PrivacyPolicy, key: bytes | None, base_dir: Path | None, versions: dict[str, str]) -> None:
    global _WORKER
    _WORKER = _Worker(policy, key, base_dir)
    if _WORKER.versions != versions:
        # a detector the parent registered at run time is not in a fresh interpreter:
        # anonymising without it would silently find less
        _WORKER = None


def _run(task: str, texts: list[str], min_score: float) -> list:
    if _WORKER is None:
        raise DetectorsDiffer("the worker's detectors differ from this process's (a detector registered at run time, "
                              "not by a module under afinar/privacy/detectors/?): run with one worker")
    return _WORKER.anonymize(texts) if task == "anonymize" else _WORKER.scan(texts, min_score)


class PrivacyPool:
    """Anonymises (with a key) or scans batches of texts in `workers` processes.

    `policy` decides the detectors (`disable`, `tagger_weights` relative to `base_dir`) and,
    for `anonymize`, the operators; `key` is the master privacy key (None: scan only).
    Use as a context manager, or call `close()`.
    """

    def __init__(self, policy: PrivacyPolicy, key: bytes | None = None, *, workers: int = 1,
                 base_dir: Path | None = None) -> None:
        self.workers = resolve_workers(workers)
        self._local = _Worker(policy, key, base_dir)  # also checks the policy and the key here, at once
        self._executor: ProcessPoolExecutor | None = None
        if self.workers > 1:
            import multiprocessing

            self._executor = ProcessPoolExecutor(
                self.workers, mp_context=multiprocessing.get_context("spawn"),
                initializer=_start_worker, initargs=(policy, key, base_dir, self._local.versions),
            )

    def detector_versions(self) -> dict[str, str]:
        """Name -> version of each detector run (for a dataset's manifest)."""
        return dict(self._local.versions)

    def anonymize(self, texts: Iterable[str]) -> Iterator[AnonymizedText | Residual]:
        """Each text anonymised, in order (lazy: reads `texts` a few batches ahead)."""
        return self._map("anonymize", texts, 0.0)

    def scan(self, texts: Iterable[str], *, min_score: float = 0.5) -> Iterator[list[Span]]:
        """Each text's spans (as `detection.scan`), in order (lazy, as `anonymize`)."""
        return self._map("scan", texts, min_score)

    def submit_anonymize(self, texts: list[str]) -> Future[list[AnonymizedText | Residual]]:
        """One batch, anonymised in a worker (or here, done at once, with one worker)."""
        return self._submit("anonymize", texts, 0.0)

    def _submit(self, task: str, texts: list[str], min_score: float) -> Future:
        if self._executor is None:
            done: Future = Future()
            done.set_result(self._local.anonymize(texts) if task == "anonymize" else self._local.scan(texts, min_score))
            return done
        return self._executor.submit(_run, task, texts, min_score)

    def _map(self, task: str, texts: Iterable[str], min_score: float) -> Iterator:
        source = iter(texts)
        in_flight: deque[Future] = deque()
        depth = 2 * self.workers  # batches queued ahead, so that no worker waits for the next
        while True:
            while len(in_flight) < depth and (batch := list(islice(source, BATCH))):
                in_flight.append(self._submit(task, batch, min_score))
            if not in_flight:
                return
            yield from result_of(in_flight.popleft())

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def __enter__(self) -> PrivacyPool:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def result_of(future: Future) -> list:
    """A batch's results; a worker that died (killed, out of memory) is a clear error."""
    from afinar.errors import DataError

    try:
        return future.result()
    except BrokenProcessPool:
        raise DataError("a privacy worker process died (out of memory? killed?)",
                        hint="run with fewer workers (privacy.workers / --workers)") from None
    except DetectorsDiffer as error:
        raise DataError(str(error)) from None
