"""Benchmark: anonymising a corpus in several processes (`privacy.workers`) against one.

    python bench/privacy_workers.py [--repetitions N] [--every K] [--workers W]

Texts: every K-th record (default 10) of every labelled set in tests/privacy/data (short
tickets, long contracts, tables, chats, scans: ~3,500 records, ~4.6 million characters).
Each pass anonymises them all with the default policy (pseudonymise everything, residual
check on, failures kept as values) through `PrivacyPool`: once with one worker (in this
process, the baseline) and once with W workers (default: one per CPU), each pass timed from
creating the pool (the workers' start-up included) to the last result. The passes alternate
(which goes first swaps every round) and the median of N (default 3) is reported, with the
ratio. Both must give byte-identical output, or the benchmark fails.
Writes bench/results/privacy_workers.json.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from machine import machine_description  # noqa: E402

DATA = ROOT / "tests" / "privacy" / "data"
RESULTS = ROOT / "bench" / "results" / "privacy_workers.json"
KEY = bytes(range(32))  # a fixed key: benchmark only


def corpus(every: int) -> list[str]:
    texts = []
    for path in sorted(DATA.glob("*.jsonl")):
        rows = path.read_text(encoding="utf-8").splitlines()
        texts += [json.loads(line)["text"] for line in rows[::every]]
    return texts


def timed_pass(texts: list[str], workers: int) -> tuple[float, str]:
    """(seconds, sha256 of every output) of one pass with `workers` processes."""
    from afinar.privacy.policy import PrivacyPolicy
    from afinar.privacy.pool import PrivacyPool, Residual

    digest = hashlib.sha256()
    start = time.perf_counter()
    with PrivacyPool(PrivacyPolicy(), KEY, workers=workers) as pool:
        for result in pool.anonymize(texts):
            digest.update(repr(result.spans).encode() if isinstance(result, Residual) else result.text.encode())
            digest.update(b"\0")
    return time.perf_counter() - start, digest.hexdigest()


def main() -> None:
    from afinar.privacy.pool import available_cpus

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repetitions", type=int, default=3)
    parser.add_argument("--every", type=int, default=10, help="take every K-th record of each set")
    parser.add_argument("--workers", type=int, default=0, help="workers of the parallel pass (0: one per CPU)")
    args = parser.parse_args()
    workers = args.workers or available_cpus()
    if workers < 2:
        sys.exit(f"{workers} CPU available: nothing to compare one worker with (pass --workers 2 to try anyway)")

    texts = corpus(args.every)
    chars = sum(len(t) for t in texts)
    print(f"{len(texts)} texts, {chars:,} characters; 1 worker against {workers}", flush=True)
    timed_pass(texts[:50], 1)  # warm-up: the detectors' tables and caches of this process
    seconds: dict[int, list[float]] = {1: [], workers: []}
    digests: set[str] = set()
    load_before = machine_description()["load_average"]
    for round_index in range(args.repetitions):
        for count in ((1, workers) if round_index % 2 == 0 else (workers, 1)):
            elapsed, digest = timed_pass(texts, count)
            seconds[count].append(elapsed)
            digests.add(digest)
            print(f"round {round_index + 1}: {count} worker(s) {chars / elapsed:,.0f} chars/s", flush=True)
    if len(digests) != 1:
        sys.exit("the passes gave different outputs: the pool is not deterministic")
    single = chars / statistics.median(seconds[1])
    parallel = chars / statistics.median(seconds[workers])
    machine = machine_description()
    machine["load_average_before"] = load_before
    result = {
        "workers": workers,
        "single_chars_per_s": round(single),
        "parallel_chars_per_s": round(parallel),
        "speedup": round(parallel / single, 2),
        "efficiency_per_worker": round(parallel / single / workers, 2),
        "identical_output": True,
        "dataset": {"files": "tests/privacy/data/*.jsonl", "every": args.every, "records": len(texts), "chars": chars},
        "policy": "PrivacyPolicy() defaults: pseudonymize, fail_on_residual (residuals returned as values)",
        "machine": machine,
        "runs": {"repetitions": args.repetitions, "statistic": "median", "timed": "pool start-up to last result",
                 "single_seconds": [round(s, 2) for s in seconds[1]],
                 "parallel_seconds": [round(s, 2) for s in seconds[workers]]},
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in result.items() if k not in ("machine", "runs")}, indent=2))


if __name__ == "__main__":
    main()
