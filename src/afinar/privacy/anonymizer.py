"""`Anonymizer(policy, key).apply(text)`: detect, transform, re-check."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from afinar.privacy.keys import check_key
from afinar.privacy.operators import OperatorKeys, get_operator
from afinar.privacy.policy import PrivacyPolicy
from afinar.privacy.registry import DetectorRegistry, default_registry
from afinar.privacy.residual import ResidualPersonalDataError, residual_spans
from afinar.privacy.detection import scan
from afinar.privacy.span import Span


class Replacement(NamedTuple):
    """What was done where: entity `label`, `operator` name, and the `start`/`end` offsets
    of the value in the ORIGINAL text. Never the value."""

    label: str
    operator: str
    start: int
    end: int


@dataclass(frozen=True)
class AnonymizedText:
    """The result of `Anonymizer.apply`.

    `text`: the anonymised text. `spans`: what was found in the original text.
    `replacements`: one per span, in order. `produced`: (start, end) in `text` of what each
    operator wrote (empty for redact), so a re-scan can tell surrogates from leftovers.
    `residual`: personal data still found in `text` (see `residual.residual_spans`).
    """

    text: str
    spans: tuple[Span, ...]
    replacements: tuple[Replacement, ...]
    produced: tuple[tuple[int, int], ...]
    residual: tuple[Span, ...] = ()


def policy_registry(policy: PrivacyPolicy, registry: DetectorRegistry | None = None,
                    base_dir: Path | None = None) -> DetectorRegistry | None:
    """The detectors `policy` runs: `registry` (None: the built-in ones) with the tagger's
    weights of `policy.tagger_weights` (relative to `base_dir`) and without the detectors
    it disables. None when that is the unchanged default registry."""
    if policy.tagger_weights and "person_tagger" not in policy.disable:
        registry = (registry or default_registry()).replacing(_custom_tagger(policy.tagger_weights, base_dir))
    if policy.disable:
        registry = (registry or default_registry()).without(policy.disable)
    return registry


def _custom_tagger(weights: str, base_dir: Path | None):
    """The person tagger with the weights file `weights`; UsageError naming the policy key
    when the file is missing or is no weights file."""
    from afinar.errors import UsageError
    from afinar.privacy.detectors.person_tagger import PersonTaggerDetector
    from afinar.privacy.person_tagger import read_weights

    path = Path(weights)
    if not path.is_absolute() and base_dir is not None:
        path = base_dir / path
    try:
        return PersonTaggerDetector(read_weights(path))
    except FileNotFoundError:
        raise UsageError(f"privacy.tagger_weights: {path}: no such file",
                         hint="train one with `afinar privacy train-tagger`, or remove the key") from None
    except OSError as error:
        raise UsageError(f"privacy.tagger_weights: {path}: cannot read ({error.strerror})") from None
    except ValueError as error:
        raise UsageError(f"privacy.tagger_weights: {error}") from None


class Anonymizer:
    """Applies a `PrivacyPolicy` to texts with one privacy key.

    `key` is the master key (>= 32 bytes; see `keys.load_key`); sub-keys for hashing,
    pseudonyms and encryption are derived from it once, here.
    """

    def __init__(
        self,
        policy: PrivacyPolicy,
        key: bytes,
        *,
        registry: DetectorRegistry | None = None,
        base_dir: Path | None = None,
    ) -> None:
        """`base_dir` is where a relative `policy.tagger_weights` path resolves (the spec's
        folder; the working directory by default)."""
        check_key(key)
        self.policy = policy
        self._keys = OperatorKeys.from_master(bytes(key))
        self._registry = policy_registry(policy, registry, base_dir)

    @property
    def registry(self) -> DetectorRegistry:
        """The detectors this anonymiser runs (the policy's `disable` and `tagger_weights` applied)."""
        return self._registry or default_registry()

    def detector_versions(self) -> dict[str, str]:
        """Name -> version of each detector this anonymiser runs, for a dataset's manifest:
        which detectors (and which trained tagger weights) decided what was personal data."""
        return {d.name: d.version() for d in self.registry.detectors}

    def apply(self, text: str) -> AnonymizedText:
        """Anonymise `text`.

        Raises ResidualPersonalDataError when the policy says `fail_on_residual` and the
        re-scan still finds high-confidence personal data (score >= the policy's
        `residual_min_score`); otherwise residual spans are only reported.
        """
        spans = scan(text, min_score=self.policy.min_score, registry=self._registry)
        pieces: list[str] = []
        replacements: list[Replacement] = []
        produced: list[tuple[int, int]] = []
        cursor = 0
        length = 0
        for span in spans:
            operator_name = self.policy.operator_for(span.label)
            new = get_operator(operator_name).transform(
                text[span.start : span.end], span.label, self._keys
            )
            pieces.append(text[cursor : span.start])
            length += span.start - cursor
            pieces.append(new)
            if new:
                produced.append((length, length + len(new)))
            length += len(new)
            cursor = span.end
            replacements.append(Replacement(span.label, operator_name, span.start, span.end))
        pieces.append(text[cursor:])
        result = AnonymizedText(
            text="".join(pieces),
            spans=tuple(spans),
            replacements=tuple(replacements),
            produced=tuple(produced),
        )
        residual = residual_spans(result, min_score=max(self.policy.min_score, self.policy.residual_min_score),
                                  registry=self._registry)
        result = AnonymizedText(
            result.text, result.spans, result.replacements, result.produced, tuple(residual)
        )
        if residual and self.policy.fail_on_residual:
            raise ResidualPersonalDataError(residual)
        return result
