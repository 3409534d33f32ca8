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

        The anonymised text is scanned again (`residual.residual_spans`). With the policy's
        `anonymize_residual` (the default), what that re-scan finds in the text the
        operators left as it was (score >= `residual_min_score`) is anonymised too, once, as
        if the first scan had found it: a surrogate name can change what its neighbours
        read as ("Everton SARDINHA: (15) 5635-9290 do meu filho" is a person's phone where
        the original sender's name left it unseen). Raises ResidualPersonalDataError when
        the policy says `fail_on_residual` and the text so anonymised still holds
        high-confidence personal data; otherwise residual spans are only reported.
        """
        spans = scan(text, min_score=self.policy.min_score, registry=self._registry)
        residual_min_score = max(self.policy.min_score, self.policy.residual_min_score)
        result, ends = self._transform(text, spans)
        residual = residual_spans(result, min_score=residual_min_score, registry=self._registry)
        found_again = _in_the_original(residual, result.replacements, ends) if self.policy.anonymize_residual else []
        if found_again:
            result, _ends = self._transform(text, sorted(spans + found_again, key=lambda span: span.start))
            residual = residual_spans(result, min_score=residual_min_score, registry=self._registry)
        result = AnonymizedText(
            result.text, result.spans, result.replacements, result.produced, tuple(residual)
        )
        if residual and self.policy.fail_on_residual:
            raise ResidualPersonalDataError(residual)
        return result

    def _transform(self, text: str, spans: list[Span]) -> tuple[AnonymizedText, list[int]]:
        """`text` with each of `spans` (sorted, not overlapping) transformed by its operator,
        and where each transformed value ends in the anonymised text."""
        pieces: list[str] = []
        ends: list[int] = []
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
            ends.append(length)
            cursor = span.end
            replacements.append(Replacement(span.label, operator_name, span.start, span.end))
        pieces.append(text[cursor:])
        return AnonymizedText(
            text="".join(pieces),
            spans=tuple(spans),
            replacements=tuple(replacements),
            produced=tuple(produced),
        ), ends


def _in_the_original(residual: list[Span], replacements: tuple[Replacement, ...],
                     anonymised_ends: list[int]) -> list[Span]:
    """The `residual` spans (offsets into the anonymised text) at their offsets in the
    original text. A residual span lies outside what the operators wrote, so it is original
    text shifted by the replacements before it (`anonymised_ends`: where each one's value
    ends in the anonymised text); one that takes in the place of a value an operator
    removed (redact) has no single place there and is left out."""
    ends = [(replacement.end, end) for replacement, end in zip(replacements, anonymised_ends)]
    mapped = []
    for span in residual:
        before = [(original, anonymised) for original, anonymised in ends if anonymised <= span.start]
        if any(span.start < anonymised < span.end for _original, anonymised in ends):
            continue
        offset = (before[-1][0] - before[-1][1]) if before else 0
        mapped.append(Span(span.start + offset, span.end + offset, span.label, span.score, span.detector))
    return mapped
