"""The project spec `afinar.yaml` as pydantic models.

Every model forbids unknown keys and documents each field; after `load_spec` has accepted a
file, the rest of the code trusts it and does not re-check values.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

GATE_EXPRESSION = re.compile(r"^\s*(>=|<=|==|!=|>|<)\s*(-?\d+(?:\.\d+)?)\s*$")
PROJECT_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")


class SpecModel(BaseModel):
    """Base of every spec section: unknown keys are errors, values are validated on assignment."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True, populate_by_name=True)


class SplitSpec(SpecModel):
    validation: float = Field(0.1, ge=0.0, lt=1.0, description="Share of records in the validation split.")
    test: float = Field(0.1, ge=0.0, lt=1.0, description="Share of records in the held-out test split.")
    seed: int = Field(42, description="Seed of the split; the same seed and data give the same split.")
    stratify: bool = Field(True, description="Keep label proportions equal across splits (classification).")
    group_by: str | None = Field(
        None,
        description="Field whose records must stay in one split (e.g. customer_id, case_id), so that "
        "no person or case leaks between train and test.",
    )

    @model_validator(mode="after")
    def _shares_leave_room_for_training(self) -> SplitSpec:
        if self.validation + self.test >= 0.9:
            raise ValueError("validation + test must leave at least 10% of the data for training")
        return self


class DedupSpec(SpecModel):
    exact: bool = Field(True, description="Drop records whose normalised text is identical to an earlier one.")
    near: float | None = Field(
        0.85,
        gt=0.0,
        le=1.0,
        description="Jaccard threshold (MinHash LSH) above which two records are near-duplicates; null disables it.",
    )


class DataSpec(SpecModel):
    sources: list[str] = Field(
        ..., min_length=1, description="Data files (JSONL, JSON, CSV/TSV, Parquet, TXT, optionally .gz), relative to the spec file."
    )
    format: Literal["auto", "chat", "sharegpt", "instruction", "completion", "classification", "text"] = Field(
        "auto", description="Record format; `auto` detects it from the first records and says what it found."
    )
    text_field: str = Field("text", description="Field holding the input text (classification, plain text).")
    label_field: str = Field("label", description="Field holding the label (classification).")
    id_field: str | None = Field("id", description="Field with a stable record id, if the data has one.")
    group_fields: list[str] = Field(
        default_factory=list,
        description="Fields with group attributes (region, gender, …) for the bias audit and fairness metrics.",
    )
    language: str | None = Field("pt", description="Expected language (ISO 639-1); records in others are flagged. null disables the check.")
    already_anonymized: bool = Field(
        False,
        description="Declare that the sources hold no personal data (already anonymised upstream). "
        "Only then may data be prepared without the privacy stage.",
    )
    split: SplitSpec = Field(default_factory=SplitSpec, description="How records are split into train/validation/test.")
    dedup: DedupSpec = Field(default_factory=DedupSpec, description="Exact and near-duplicate removal.")


class LoraSpec(SpecModel):
    r: int = Field(8, ge=1, le=1024, description="LoRA rank.")
    alpha: float = Field(16, gt=0, description="LoRA scaling numerator (scale = alpha / r).")
    dropout: float = Field(0.05, ge=0.0, lt=1.0, description="Dropout on the LoRA input.")
    target_modules: Literal["auto"] | list[str] = Field(
        "auto", description="Modules to adapt; `auto` picks the linear layers for the model's architecture."
    )


class ReplaySpec(SpecModel):
    corpus: str = Field("builtin:pt-geral", description="General-domain text mixed into training against forgetting.")
    ratio: float = Field(0.1, ge=0.0, le=1.0, description="Share of replay examples among training examples (0 disables).")


class TrainSpec(SpecModel):
    method: Literal["lora", "full"] = Field("lora", description="LoRA adapters (PEFT) or full fine-tuning.")
    epochs: float = Field(3, gt=0, le=100, description="Passes over the training split.")
    learning_rate: float = Field(2e-4, gt=0, lt=1, description="Peak learning rate.")
    batch_size: Literal["auto"] | Annotated[int, Field(ge=1)] = Field(
        "auto", description="Examples per optimizer step; `auto` derives it from the hardware fit estimate."
    )
    max_seq_len: int = Field(512, ge=16, le=131072, description="Longest sequence in tokens.")
    warmup_ratio: float = Field(0.05, ge=0.0, lt=1.0, description="Share of steps with linear warm-up.")
    seed: int = Field(42, description="Seed for weight init, data order and dropout.")
    lora: LoraSpec = Field(default_factory=LoraSpec, description="LoRA settings (method: lora).")
    replay: ReplaySpec = Field(default_factory=ReplaySpec, description="Replay of general text against forgetting.")


class EvaluateSpec(SpecModel):
    gates: dict[str, str] = Field(
        default_factory=dict,
        description='Policy gates, metric → comparison, e.g. {macro_f1: ">=0.85", fairness_gap: "<=0.05"}.',
    )

    @field_validator("gates")
    @classmethod
    def _gate_expressions_parse(cls, gates: dict[str, str]) -> dict[str, str]:
        for metric, expression in gates.items():
            if not GATE_EXPRESSION.match(str(expression)):
                raise ValueError(
                    f"gate {metric!r}: {expression!r} is not a comparison; write e.g. \">=0.85\" "
                    "(operators >=, <=, ==, !=, >, <)"
                )
        return gates


class GovernanceSpec(SpecModel):
    reviewers: list[str] = Field(default_factory=list, description="Users allowed to approve this project's models.")
    require_distinct_reviewer: bool = Field(True, description="Four eyes: the approver must not be the run's author.")
    legal_basis: str | None = Field(
        None, description="LGPD legal basis for processing the training data (art. 7 / art. 11), shown on the model card."
    )
    intended_use: str | None = Field(None, description="What the tuned model is for (model card).")
    out_of_scope: str | None = Field(None, description="Uses the model must not be put to (model card).")


class Spec(SpecModel):
    """A tuning project: base model, data, privacy, training, evaluation gates and governance."""

    project: str = Field(..., description="Project name: lower-case letters, digits, '.', '_' or '-'.")
    task: Literal["classification", "sft"] = Field(
        ..., description="`classification` (sequence classification) or `sft` (chat / instruction / completion)."
    )
    base_model: str = Field(..., description="Catalog name (afinar models list), Hugging Face id, or local folder.")
    description: str | None = Field(None, description="One line about the project.")
    data: DataSpec = Field(..., description="Where the data is and how to prepare it.")
    train: TrainSpec = Field(default_factory=TrainSpec, description="Fine-tuning recipe settings.")
    evaluate: EvaluateSpec = Field(default_factory=EvaluateSpec, description="Held-out evaluation and policy gates.")
    governance: GovernanceSpec = Field(default_factory=GovernanceSpec, description="Review and approval.")

    @field_validator("project")
    @classmethod
    def _project_is_a_slug(cls, value: str) -> str:
        if not PROJECT_NAME.match(value):
            raise ValueError("use lower-case letters, digits, '.', '_' or '-' (at most 64), starting with a letter or digit")
        return value
