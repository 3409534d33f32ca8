"""How fast does `afinar --help` answer? Baseline: a bare Python interpreter start, same run.

Run: `python bench/cli_startup.py [--runs 15]`. Writes bench/results/cli_startup.json.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from machine import machine_description  # noqa: E402

RESULTS = Path(__file__).parent / "results" / "cli_startup.json"


def wall_time(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    afinar = [sys.executable, "-m", "afinar", "--help"]
    subcommand = [sys.executable, "-m", "afinar", "models", "info", "--help"]
    baseline = [sys.executable, "-c", "pass"]
    wall_time(afinar)  # warm the OS file cache once
    samples = {"afinar_help": [], "afinar_models_info_help": [], "python_baseline": []}
    for _ in range(args.runs):  # interleaved, so background load hits all three alike
        samples["afinar_help"].append(wall_time(afinar))
        samples["afinar_models_info_help"].append(wall_time(subcommand))
        samples["python_baseline"].append(wall_time(baseline))
    medians = {key: round(statistics.median(values), 4) for key, values in samples.items()}
    result = {
        "benchmark": "cli_startup",
        "runs": args.runs,
        "median_seconds": medians,
        "ratio_to_bare_python": round(medians["afinar_help"] / medians["python_baseline"], 2),
        "goal": "afinar --help < 1 s",
        "goal_met": medians["afinar_help"] < 1.0,
        "machine": machine_description(),
    }
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
