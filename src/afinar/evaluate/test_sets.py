"""The examples an evaluation runs on: the held-out test split of the run's dataset version, its
training split (for the base model's probe and the memorisation check), and any extra test
files named in `evaluate.extra_test_sets`, read and anonymised exactly as the data stage reads
and anonymises the sources."""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from afinar.config import LoadedSpec
from afinar.data.example import Example
from afinar.errors import DataError, UsageError
from afinar.workspace import Workspace


@dataclass
class TestSet:
    name: str  # "test" for the split, the file name for an extra set
    examples: list[Example]
    source: str  # "dataset <id> split test" or the file as written in the spec
    skipped: int = 0  # records the data stage's validation rejected (extra sets)


def sample_examples(examples: list[Example], limit: int | None, seed: int) -> list[Example]:
    """At most `limit` examples, a seeded sample kept in the original order."""
    if limit is None or len(examples) <= limit:
        return examples
    keep = sorted(random.Random(f"eval:{seed}").sample(range(len(examples)), limit))
    return [examples[i] for i in keep]


def extra_test_set(loaded: LoadedSpec, workspace: Workspace, written: str) -> TestSet:
    """One extra test file: validated (bad records skipped and counted) and anonymised with the
    spec's privacy policy and the workspace's privacy key, as the training data was."""
    from afinar.data.anonymization import privacy_step
    from afinar.data.ingest import hash_inputs, read_examples
    from afinar.data.problems import ProblemLog
    from afinar.data.readers import SourceFile

    path = loaded.resolve(written)
    if not Path(path).is_file():
        raise UsageError(
            f"evaluate.extra_test_sets: {written} does not exist (looked in {loaded.project_dir})",
            hint="paths are relative to the spec's folder; `afinar eval RUN -c SPEC` names the spec when the run's folder moved",
        )
    problems = ProblemLog()
    inputs = hash_inputs([SourceFile(written, Path(path))])
    examples = list(privacy_step(loaded, workspace).apply(read_examples(loaded, inputs, problems)))
    if not examples:
        raise DataError(f"evaluate.extra_test_sets: {written}: no valid record ({problems.total()} invalid)")
    return TestSet(Path(written).name.rsplit(".", 1)[0], examples, written, skipped=problems.total())
