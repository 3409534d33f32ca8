"""The residual check: after anonymising, nothing personal may be left.

The anonymised text is scanned again; a span that overlaps text an operator wrote itself
(a surrogate name, a fake CPF, a kept value) is not residual — the policy put it there.
What remains is personal data the first pass missed or the transformation exposed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from afinar.errors import DataError
from afinar.privacy.detection import DEFAULT_MIN_SCORE, scan
from afinar.privacy.span import Span

if TYPE_CHECKING:
    from afinar.privacy.anonymizer import AnonymizedText
    from afinar.privacy.registry import DetectorRegistry


class ResidualPersonalDataError(DataError):
    """Personal data survived anonymisation. Carries the residual spans (labels and
    offsets into the anonymised text, never values)."""

    def __init__(self, spans: list[Span] | tuple[Span, ...], *, where: str = "") -> None:
        self.spans = tuple(spans)
        self.where = where
        found = ", ".join(f"{s.label} at {s.start}..{s.end}" for s in self.spans[:5])
        more = f" and {len(self.spans) - 5} more" if len(self.spans) > 5 else ""
        prefix = f"{where}: " if where else ""
        super().__init__(
            f"{prefix}personal data left after anonymisation: {found}{more}",
            hint="set a stricter operator for these labels, or fail_on_residual: false "
            "to accept them",
        )


def residual_spans(
    result: AnonymizedText,
    *,
    min_score: float = DEFAULT_MIN_SCORE,
    registry: DetectorRegistry | None = None,
) -> list[Span]:
    """Spans (score >= `min_score`) in `result.text` that no operator produced."""
    produced = result.produced
    residual = []
    for span in scan(result.text, min_score=min_score, registry=registry):
        if any(span.start < end and start < span.end for start, end in produced):
            continue
        if span.label == "PERSON" and _continues_a_surrogate(result.text, span, produced):
            # "…, Wilker Fukuda Sobrinho, Sorocaba/SP": the word after a surrogate name reads as
            # more of the name; next to the original name it was not found, so it is no residue.
            continue
        residual.append(span)
    return residual


def _continues_a_surrogate(text: str, span: Span, produced) -> bool:
    """True when only spaces or commas separate `span` from the end of a produced span."""
    return any(0 <= span.start - end <= 3 and not text[end : span.start].strip(" ,") for _, end in produced)
