"""The privacy step of data preparation: the seam between `afinar.data` and `afinar.privacy`.

`privacy_step(loaded, workspace)` decides, before any record is read, how personal data will
be handled, and refuses to go on when it cannot be handled:
- the spec declares `data.already_anonymized: true` → records pass through unchanged;
- otherwise `afinar.privacy.Anonymizer` anonymises every text of every example with the
  spec's `privacy:` policy and the privacy key ($AFINAR_PRIVACY_KEY, else the workspace's
  `keys/privacy.key`, created on first use, mode 0600).
Its `apply(examples)` streams anonymised examples and fills a `PrivacySummary` (counts only,
never values) that goes into the dataset manifest.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from afinar.config import LoadedSpec
from afinar.data.example import Example
from afinar.errors import DataError
from afinar.workspace import Workspace


@dataclass
class PrivacySummary:
    """What the privacy step did, for the manifest: mode, policy, and counts (no values)."""

    mode: str  # "declared_anonymized" | "anonymized"
    policy: dict[str, Any] | None = None
    records: int = 0
    records_changed: int = 0
    entities: Counter = field(default_factory=Counter)

    def to_json(self) -> dict[str, Any]:
        return {
            "mode": self.mode,
            "policy": self.policy,
            "records": self.records,
            "records_changed": self.records_changed,
            "entities": dict(sorted(self.entities.items())),
        }


class PrivacyStep:
    """Anonymises examples with a ready `Anonymizer`, or passes them through when the data is
    declared anonymised."""

    def __init__(self, anonymizer: Any | None, summary: PrivacySummary) -> None:
        self.anonymizer = anonymizer
        self.summary = summary

    def apply(self, examples: Iterable[Example]) -> Iterator[Example]:
        from afinar.privacy.residual import ResidualPersonalDataError

        for example in examples:
            self.summary.records += 1
            if self.anonymizer is None:
                yield example
                continue
            texts = example.texts()
            anonymised = []
            for index, text in enumerate(texts):
                try:
                    result = self.anonymizer.apply(text)
                except ResidualPersonalDataError as exc:
                    raise ResidualPersonalDataError(exc.spans, where=f"{example.source}: {_text_field(example, index)}") from None
                anonymised.append(result.text)
                self.summary.entities.update(span.label for span in result.spans)
            if anonymised != texts:
                self.summary.records_changed += 1
                example = example.with_texts(anonymised)
            yield example


def privacy_step(loaded: LoadedSpec, workspace: Workspace) -> PrivacyStep:
    """The privacy step for this spec; `DataError` when personal data could not be handled."""
    spec = loaded.spec
    if spec.data.already_anonymized:
        return PrivacyStep(None, PrivacySummary(mode="declared_anonymized"))
    if spec.privacy is None:
        raise DataError(
            f"{loaded.path}: the data is not declared anonymised and the spec has no `privacy:` section",
            hint="add a `privacy:` section (see docs/privacy.md), or set `data.already_anonymized: true` if the "
            "sources hold no personal data",
        )
    from afinar.privacy import Anonymizer

    anonymizer = Anonymizer(spec.privacy, _privacy_key(workspace))
    return PrivacyStep(anonymizer, PrivacySummary(mode="anonymized", policy=spec.privacy.model_dump(mode="json")))


def privacy_key_id(workspace: Workspace) -> str:
    """A public identifier of the privacy key (an HMAC of a fixed label): same key, same id."""
    import hashlib
    import hmac

    return hmac.new(_privacy_key(workspace), b"afinar privacy key id", hashlib.sha256).hexdigest()[:16]


def _privacy_key(workspace: Workspace) -> bytes:
    from afinar.privacy.keys import KEY_ENV_VAR, load_key

    return load_key() if os.environ.get(KEY_ENV_VAR) else workspace.secret("privacy")


def _text_field(example: Example, index: int) -> str:
    """Which field of the record a text came from, for messages (never the text itself)."""
    if example.kind == "chat":
        return f"turn {index} ({example.messages[index].role})"
    if example.kind == "completion":
        return ("prompt", "completion")[index]
    return "text"
