"""Validate the drift checks on a model's own data: plant shifts and count the alarms.

`validate_drift(model, workspace)` takes the version's reference sample (train split) and, as
"traffic", samples of texts it never saw (the validation and test splits). Each trial draws
`size` texts per scenario:

- `reference`: held-out texts as they are. Any alarm here is a FALSE alarm.
- `new_topic`: a `share` of the texts replaced by general Portuguese prose (another subject)
  cut to the same number of words, so that only the topic changes.
- `new_vocabulary`: in a `share` of the texts, a quarter of the words replaced by words the
  domain did not use (new products, loanwords, slang).
- `longer_messages`: a `share` of the texts made three messages long.
- `label_shift`: a `share` of the texts drawn from one label (a different one each trial).

Every scenario except `reference` should alert. The rates (alert, warn-or-alert, per check) are
what docs/monitoring.md reports. Nothing is written to the workspace but the reference cache.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np

from afinar.config.spec import MonitorSpec
from afinar.workspace import Workspace

SCENARIOS = ("reference", "new_topic", "new_vocabulary", "longer_messages", "label_shift")
# Words a customer-service domain's training data does not have yet: new products and plans,
# loanwords, slang. Letters only, so that every one counts as a word.
NEW_WORDS = (
    "cashback", "esim", "streaming", "superapp", "criptomoeda", "metaverso", "chatbot", "podcast", "bitcoin", "blockchain",
    "smartwatch", "influencer", "unboxing", "hotspot", "voucher", "delivery", "gamer", "stories", "livestream", "token",
    "crush", "cringe", "lacrou", "mitou", "shippar", "flopou", "biscoitar", "stalkear", "printar", "zapear",
    "roaming", "upgrade", "downgrade", "firmware", "bluetooth", "airdrop", "fintech", "openfinance", "nanossim", "mesh",
)
SENTENCE = re.compile(r"(?<=[.!?])\s+")


@dataclass
class ScenarioRates:
    alert: float  # share of trials whose overall status was `alert`
    warn_or_alert: float
    by_check: dict[str, float]  # share of trials in which each check alerted


@dataclass
class ValidationResult:
    version: str
    trials: int
    size: int
    share: float
    reference_samples: int
    pool: int
    rates: dict[str, ScenarioRates]
    seconds: float
    settings: dict[str, Any]

    @property
    def false_alarm_rate(self) -> float:
        return self.rates["reference"].alert

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "false_alarm_rate": self.false_alarm_rate}


def validate_drift(
    reference: str,
    workspace: Workspace,
    *,
    trials: int = 20,
    size: int = 100,
    share: float = 0.5,
    scenarios: tuple[str, ...] = SCENARIOS,
    settings: MonitorSpec | None = None,
    seed: int = 0,
    log: Callable[[str], None] = print,
) -> ValidationResult:
    from afinar.config import Spec
    from afinar.errors import UsageError
    from afinar.monitor.checks import Sides, compare, overall_status
    from afinar.monitor.descriptors import Described
    from afinar.monitor.drift import monitor_settings, resolve_version
    from afinar.monitor.measure import Measurer, personal_data_flags, reference_sample, split_texts
    from afinar.train import get_run

    unknown = [s for s in scenarios if s not in SCENARIOS]
    if unknown:
        raise UsageError(f"unknown scenario {unknown[0]!r}; scenarios are {', '.join(SCENARIOS)}")
    started = time.perf_counter()
    version = resolve_version(workspace, reference)
    run = get_run(workspace, version.run_id)
    if not run.dataset_id:
        raise UsageError(f"{version.id} was trained on in-memory examples: there is no reference data to validate with")
    spec = Spec.model_validate(run.spec)
    settings = monitor_settings(run, settings)
    classifier = run.task == "classification"
    if not classifier:
        scenarios = tuple(s for s in scenarios if s != "label_shift")
    measurer = Measurer(workspace, run, language=spec.data.language, min_letters=spec.data.quality.language_min_chars, operator=spec.serve.request_logs.operator)
    ref = reference_sample(measurer, run.dataset_id, limit=settings.reference_samples, seed=settings.seed, log=log)

    texts, true_labels = split_texts(workspace, run.dataset_id, ["validation", "test"])
    if len(texts) < 10:
        raise UsageError(f"{version.id}'s dataset has {len(texts)} held-out texts; at least 10 are needed to validate")
    rng = np.random.default_rng(seed)
    log(f"measuring {len(texts)} held-out texts and their altered copies")

    def measured(originals: list[str]) -> tuple[Described, np.ndarray]:
        normalised, found = measurer.normalise(originals)
        labels = measurer.predict(originals) if classifier else None  # as the server would see them
        return measurer.describe(normalised, labels=labels), personal_data_flags(originals, found)

    pool, pool_personal = measured(texts)
    altered: dict[str, tuple[Described, np.ndarray]] = {}
    if "new_topic" in scenarios:
        altered["new_topic"] = measured(prose_like(texts, rng))
    if "new_vocabulary" in scenarios:
        altered["new_vocabulary"] = measured([with_new_words(t, rng) for t in texts])
    if "longer_messages" in scenarios:
        altered["longer_messages"] = measured(longer(texts, rng))
    label_vocabulary = measurer.labels if classifier else None
    by_label: dict[str, np.ndarray] = {}
    if classifier:
        for label in sorted({label for label in true_labels if label}):
            by_label[label] = np.array([i for i, value in enumerate(true_labels) if value == label])

    counts = {s: {"alert": 0, "warn_or_alert": 0, "checks": {}} for s in scenarios}
    k = max(1, round(share * size))
    for trial in range(trials):
        trial_rng = np.random.default_rng([seed, trial])
        for scenario in scenarios:
            index = trial_rng.choice(len(texts), size, replace=len(texts) < size)
            if scenario == "reference":
                recent, personal = pool.subset(index), pool_personal[index]
            elif scenario == "label_shift":
                label = sorted(by_label)[trial % len(by_label)]
                chosen = trial_rng.choice(by_label[label], k, replace=len(by_label[label]) < k)
                index = np.concatenate([chosen, index[k:]])
                recent, personal = pool.subset(index), pool_personal[index]
            else:
                changed, changed_personal = altered[scenario]
                recent = Described.concat([changed.subset(index[:k]), pool.subset(index[k:])])
                personal = np.concatenate([changed_personal[index[:k]], pool_personal[index[k:]]])
            checks = compare(Sides(ref.described, recent, ref.personal, personal, label_vocabulary), settings)
            status = overall_status(checks, size, settings)
            tally = counts[scenario]
            tally["alert"] += status == "alert"
            tally["warn_or_alert"] += status in ("warn", "alert")
            for check in checks:
                tally["checks"][check.name] = tally["checks"].get(check.name, 0) + (check.status == "alert")
        log(f"trial {trial + 1}/{trials}: " + ", ".join(f"{s} {counts[s]['alert']}" for s in scenarios) + " alerts so far")
    rates = {
        s: ScenarioRates(c["alert"] / trials, c["warn_or_alert"] / trials, {name: hits / trials for name, hits in sorted(c["checks"].items())})
        for s, c in counts.items()
    }
    return ValidationResult(version.id, trials, size, share, len(ref.described), len(texts), rates, round(time.perf_counter() - started, 1), settings.model_dump(mode="json"))


# -- planted shifts (pure but for the random generator) ------------------------------------------------


def prose_like(texts: list[str], rng: np.random.Generator) -> list[str]:
    """For each text, a piece of general Portuguese prose with the same number of words."""
    from afinar.evaluate.forgetting import general_texts
    from afinar.monitor.descriptors import words

    sentences = [s.strip() for doc in general_texts() for s in SENTENCE.split(doc) if len(s.split()) >= 3]
    out = []
    for text in texts:
        wanted = max(3, len(words(text)))
        start = int(rng.integers(len(sentences)))
        picked: list[str] = []
        i = start
        while len(picked) < wanted:
            picked += sentences[i % len(sentences)].split()
            i += 1
        out.append(" ".join(picked[:wanted]))
    return out


def with_new_words(text: str, rng: np.random.Generator, rate: float = 0.25) -> str:
    """`text` with about `rate` of its words (4+ letters) replaced by words from `NEW_WORDS`."""
    tokens = text.split(" ")
    candidates = [i for i, token in enumerate(tokens) if sum(c.isalpha() for c in token) >= 4 and "<" not in token]
    chosen = rng.choice(candidates, max(1, round(rate * len(candidates))), replace=False) if candidates else []
    for i in chosen:
        tokens[i] = str(rng.choice(NEW_WORDS))
    return " ".join(tokens)


def longer(texts: list[str], rng: np.random.Generator) -> list[str]:
    """Each text followed by two others: a message three times as long."""
    return [" ".join([text, *(texts[int(j)] for j in rng.choice(len(texts), 2))]) for text in texts]
