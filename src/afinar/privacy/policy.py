"""`PrivacyPolicy`: which operator each entity type gets.

Self-contained and cheap to import (pydantic plus the operator names), because the project
spec loader embeds it under the `privacy:` key of afinar.yaml. Entity labels are checked
against the registered detectors when a policy is validated, not at import time.
"""

from __future__ import annotations

import difflib

from pydantic import BaseModel, ConfigDict, Field, field_validator

from afinar.privacy.operators import operator_names


def _closest(name: str, valid: list[str]) -> str | None:
    """The valid name closest to `name`, also when `name` is just a piece of it ("CPF")."""
    upper = name.upper()
    containing = sorted(v for v in valid if upper and upper in v.upper())
    if containing:
        return min(containing, key=len)
    matches = difflib.get_close_matches(name, valid, n=1, cutoff=0.4)
    if not matches:
        matches = difflib.get_close_matches(upper, [v.upper() for v in valid], n=1, cutoff=0.4)
        matches = [v for v in valid if v.upper() in matches]
    return matches[0] if matches else None


def _unknown(kind: str, name: str, valid: list[str]) -> ValueError:
    suggestion = _closest(name, valid)
    hint = f"; did you mean {suggestion!r}?" if suggestion else ""
    return ValueError(f"unknown {kind} {name!r}{hint} (valid: {', '.join(sorted(valid))})")


def known_labels() -> list[str]:
    """Entity labels of every registered detector (imports the built-in detectors)."""
    from afinar.privacy.registry import default_registry

    return sorted(default_registry().labels)


class PrivacyPolicy(BaseModel):
    """How personal data found in the training data is transformed (LGPD)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    default: str = Field(
        default="pseudonymize",
        description=(
            "Operator for entity types not listed in `entities`: redact, replace, mask, hash, "
            "pseudonymize, encrypt or keep."
        ),
    )
    entities: dict[str, str] = Field(
        default_factory=dict,
        description=(
            "Operator per entity label, e.g. {BR_CPF: replace, PERSON: pseudonymize}; labels "
            "are those of the registered detectors (see `afinar privacy scan`)."
        ),
    )
    fail_on_residual: bool = Field(
        default=True,
        description=(
            "Re-scan the anonymised text and fail when personal data with a score of at "
            "least `residual_min_score` is still there (surrogates the operators wrote "
            "excluded)."
        ),
    )
    min_score: float = Field(
        default=0.5,
        ge=0.0,
        le=1.0,
        description="Detections scoring below this are ignored (0 = everything, 1 = nothing).",
    )
    anonymize_residual: bool = Field(
        default=True,
        description=(
            "Before the residual check judges what is left, anonymise once more what the "
            "re-scan finds (score >= `residual_min_score`) in the text the operators left as "
            "it was: a surrogate changes what its neighbours read as (a phone after a chat "
            "sender's pseudonym), and what is found then is personal data the first scan "
            "missed. false: the re-scan's finds are the residual (with `fail_on_residual`, "
            "the record stops the run)."
        ),
    )
    residual_min_score: float = Field(
        default=0.75,
        ge=0.0,
        le=1.0,
        description=(
            "The re-scan after anonymising counts as residual only detections scoring at "
            "least this (and `min_score`): high-confidence personal data. The learned "
            "tagger (0.5-0.7) and recurrence (0.55) rank below it: in anonymised text their "
            "low-confidence finds are mostly words next to a placeholder ('ITAU AG "
            "<BANK_ACCOUNT>'), and what they find in the original text is anonymised anyway."
        ),
    )

    disable: list[str] = Field(
        default_factory=list,
        description=(
            "Detectors to switch off, by name (e.g. [person_tagger] for the rules alone; "
            "`afinar privacy detectors` lists them). Switching one off finds less personal "
            "data: the dataset manifest records the policy."
        ),
    )

    tagger_weights: str | None = Field(
        default=None,
        description=(
            "Weights of the learned person tagger trained on your own labelled files by "
            "`afinar privacy train-tagger` (a path; relative paths resolve against the spec's "
            "folder). Default: the weights shipped with afinar. The dataset manifest records "
            "their sha256."
        ),
    )

    workers: int = Field(
        default=1,
        ge=0,
        description=(
            "Processes that detect and anonymise in parallel in `afinar data prepare` (and the "
            "default of `afinar privacy scan/anonymize --workers`): 1 = this process only, 0 = "
            "one per CPU. The result is the same whatever the number, so it is not part of the "
            "dataset's fingerprint; each extra process loads its own detectors (about 1 s and 60 MB)."
        ),
    )

    @field_validator("default")
    @classmethod
    def _check_default(cls, operator: str) -> str:
        valid = list(operator_names())
        if operator not in valid:
            raise _unknown("operator", operator, valid)
        return operator

    @field_validator("entities")
    @classmethod
    def _check_entities(cls, entities: dict[str, str]) -> dict[str, str]:
        labels = known_labels()
        operators = list(operator_names())
        for label, operator in entities.items():
            if label not in labels:
                raise _unknown("entity label", label, labels)
            if operator not in operators:
                raise _unknown(f"operator for {label}", operator, operators)
        return entities

    @field_validator("disable")
    @classmethod
    def _check_disable(cls, names: list[str]) -> list[str]:
        from afinar.privacy.registry import default_registry

        valid = [d.name for d in default_registry().detectors]
        for name in names:
            if name not in valid:
                raise _unknown("detector", name, valid)
        return names

    def operator_for(self, label: str) -> str:
        """The operator name that applies to entities of type `label`."""
        return self.entities.get(label, self.default)
