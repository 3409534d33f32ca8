"""The project spec `afinar.yaml` as pydantic models.

Every model forbids unknown keys and documents each field; after `load_spec` has accepted a
file, the rest of the code trusts it and does not re-check values.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from afinar.privacy.policy import PrivacyPolicy

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
    exact: bool = Field(
        True,
        description="Drop records whose normalised text (case, accents, punctuation and spacing ignored) is identical "
        "to an earlier one. When false, such records are kept but always land in the same split.",
    )
    near: float | None = Field(
        0.85,
        gt=0.0,
        le=1.0,
        description="Jaccard threshold (MinHash LSH over character shingles) above which two records are "
        "near-duplicates; all but the first of each cluster are dropped. null disables it.",
    )
    num_perm: int = Field(128, ge=16, le=1024, description="MinHash permutations: more is more accurate and slower.")
    shingle_size: int = Field(5, ge=2, le=20, description="Length in characters of the shingles compared by MinHash.")


class FieldNames(SpecModel):
    """Field names of the formats other than classification/plain text (whose names are `text_field`, `label_field`)."""

    messages: str = Field("messages", description="Chat format: list of {role, content} turns (OpenAI style).")
    conversations: str = Field("conversations", description="ShareGPT format: list of {from, value} turns.")
    instruction: str = Field("instruction", description="Instruction format (Alpaca): the task.")
    input: str = Field("input", description="Instruction format: optional input the task applies to.")
    output: str = Field("output", description="Instruction format: the answer to learn.")
    system: str = Field("system", description="Instruction format: optional system prompt.")
    prompt: str = Field("prompt", description="Completion format: the text the model continues.")
    completion: str = Field("completion", description="Completion format: the continuation to learn.")


class QualitySpec(SpecModel):
    """Curation filters applied to each record after validation and anonymisation."""

    fix_mojibake: bool = Field(
        True, description="Repair mis-decoded text (e.g. 'nÃ£o' → 'não') with ftfy before anything else looks at it."
    )
    min_chars: int = Field(3, ge=0, description="Drop records whose text has fewer characters than this.")
    max_chars: int | None = Field(50_000, ge=1, description="Drop records whose text has more characters than this; null: no limit.")
    min_letter_ratio: float = Field(
        0.4, ge=0.0, le=1.0, description="Drop records where letters are less than this share of the non-space characters."
    )
    language_confidence: float = Field(
        0.9,
        gt=0.0,
        le=1.0,
        description="Drop a record as another language than `data.language` only when the offline detector "
        "(py3langid) is at least this confident.",
    )
    language_min_chars: int = Field(
        20, ge=1, description="Records with fewer letters than this are not judged by the language detector (too short)."
    )
    conflicting_labels: Literal["drop", "keep"] = Field(
        "drop",
        description="The same normalised text with different labels: `drop` every such record (nobody can tell "
        "which label is right) or `keep` them (reported either way).",
    )
    imbalance_ratio: float = Field(
        10.0, ge=1.0, description="Report class imbalance when the largest class is this many times the smallest."
    )


class BiasSpec(SpecModel):
    """Thresholds against which the dataset bias audit rates its findings (low / medium / high)."""

    alpha: float = Field(
        0.01,
        gt=0.0,
        lt=1.0,
        description="Significance level of the chi-square tests (Bonferroni-corrected over the labels of a field).",
    )
    max_label_gap: float = Field(
        0.10,
        gt=0.0,
        le=1.0,
        description="Largest acceptable difference between two groups in the share of records with a label. A "
        "significant gap at least this large is `high`; at least half of it, `medium`.",
    )
    min_group_size: int = Field(
        30, ge=1, description="Groups with fewer records are reported but left out of gap and test computations (too noisy)."
    )
    min_group_share: float = Field(
        0.05, ge=0.0, lt=1.0, description="A group holding less than this share of the records is flagged as under-represented."
    )
    sensitive_terms: bool = Field(
        True,
        description="Count terms of LGPD's sensitive categories (art. 5 II: origin, religion, politics, union, health, "
        "sex life, genetic/biometric data) per group.",
    )
    sensitive_share: float = Field(
        0.01,
        ge=0.0,
        le=1.0,
        description="A sensitive category mentioned in at least this share of records is a finding (`medium`; `high` "
        "when its share differs significantly between groups by at least `max_label_gap`).",
    )
    fail_on: Literal["never", "medium", "high"] = Field(
        "never", description="Fail `prepare` when a finding of this severity or worse exists; `never` only reports."
    )


class DataSpec(SpecModel):
    sources: list[str] = Field(
        ..., min_length=1, description="Data files (JSONL, JSON, CSV/TSV, Parquet, TXT, optionally .gz), relative to the spec file."
    )
    format: Literal["auto", "chat", "sharegpt", "instruction", "completion", "classification", "text"] = Field(
        "auto", description="Record format; `auto` detects it from the first records and says what it found."
    )
    text_field: str = Field("text", description="Field holding the input text (classification, plain text).")
    label_field: str = Field(
        "label", description="Field holding the label (classification); a list of labels makes the record multi-label."
    )
    label_separator: str | None = Field(
        None, description="In CSV/TSV, split the label cell on this string to get several labels (e.g. '|'); null: one label."
    )
    id_field: str | None = Field("id", description="Field with a stable record id, if the data has one.")
    fields: FieldNames = Field(default_factory=FieldNames, description="Field names of the chat, ShareGPT, instruction and completion formats.")
    encoding: str = Field(
        "auto",
        description="Text encoding of the files; `auto`: UTF-8 (with or without BOM) when the file decodes as such, "
        "else cp1252/Latin-1.",
    )
    delimiter: str | None = Field(None, description="CSV delimiter; null detects it (',' ';' tab '|'); .tsv files use tab.")
    txt_unit: Literal["line", "paragraph", "file"] = Field(
        "line", description="Plain-text files: one record per line, per blank-line-separated paragraph, or per file."
    )
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
    on_invalid: Literal["skip", "fail"] = Field(
        "skip",
        description="Invalid records: `skip` them and list them in the report (lenient) or `fail` on the first one "
        "(strict). `afinar data prepare --strict/--lenient` overrides it.",
    )
    max_tokens: int | None = Field(
        None, ge=8, description="Longest example in tokens of the base model's tokenizer; null: `train.max_seq_len`."
    )
    over_length: Literal["drop", "truncate", "fail"] = Field(
        "truncate",
        description="Examples longer than `max_tokens`: `truncate` them (text cut; chats lose their last turns, then "
        "the end of the last answer), `drop` them, or `fail`.",
    )
    split: SplitSpec = Field(default_factory=SplitSpec, description="How records are split into train/validation/test.")
    dedup: DedupSpec = Field(default_factory=DedupSpec, description="Exact and near-duplicate removal.")
    quality: QualitySpec = Field(default_factory=QualitySpec, description="Curation filters (length, letters, language, mojibake, label conflicts).")
    bias: BiasSpec = Field(default_factory=BiasSpec, description="Thresholds of the dataset bias audit.")

    @field_validator("delimiter")
    @classmethod
    def _delimiter_is_one_character(cls, value: str | None) -> str | None:
        if value is not None and len(value) != 1:
            raise ValueError("the CSV delimiter must be exactly one character")
        return value

    @field_validator("encoding")
    @classmethod
    def _encoding_is_known(cls, value: str) -> str:
        import codecs

        if value != "auto":
            try:
                codecs.lookup(value)
            except LookupError:
                raise ValueError(f"unknown text encoding {value!r} (e.g. utf-8, utf-8-sig, latin-1, cp1252, or auto)") from None
        return value


class LoraSpec(SpecModel):
    r: int = Field(8, ge=1, le=1024, description="LoRA rank.")
    alpha: float = Field(16, gt=0, description="LoRA scaling numerator (scale = alpha / r).")
    dropout: float = Field(0.05, ge=0.0, lt=1.0, description="Dropout on the LoRA input.")
    target_modules: Literal["auto", "all-linear"] | list[str] = Field(
        "auto",
        description="Modules to adapt: `auto` picks them per architecture (every linear layer of the attention and "
        "MLP blocks), `all-linear` is PEFT's own choice, or a list of module-name suffixes (e.g. [q_proj, v_proj]).",
    )
    modules_to_save: Literal["auto"] | list[str] = Field(
        "auto",
        description="Modules trained in full beside the adapters and saved with them; `auto`: the classification "
        "head, and BERT's pooler (whose checkpoint was never trained), for `classification`; none for `sft`.",
    )


class ReplaySpec(SpecModel):
    corpus: str = Field(
        "builtin:pt-geral",
        description="General-domain text mixed into training against forgetting: `builtin:pt-geral` (shipped "
        "Portuguese prose and dialogue) or a .txt/.jsonl file (one text per line / a `text` field), relative to the spec.",
    )
    ratio: float = Field(
        0.1, ge=0.0, lt=1.0, description="Share of replay examples among training examples (0 disables; `sft` only)."
    )


class EarlyStoppingSpec(SpecModel):
    patience: int | None = Field(
        3, ge=1, description="Stop after this many validations without improvement; null: never stop early."
    )
    min_delta: float = Field(0.0, ge=0.0, description="Smallest drop of the validation loss that counts as improvement.")
    restore_best: bool = Field(
        True,
        description="At the end, put back the trainable weights of the validation with the lowest loss when a later "
        "one was worse (the run records the step, and validates the restored weights once more).",
    )


class TrainSpec(SpecModel):
    """Fine-tuning settings. Every `auto` is resolved from this machine and printed with the reason."""

    method: Literal["lora", "full"] = Field("lora", description="LoRA adapters (PEFT) or full fine-tuning.")
    epochs: float = Field(3, gt=0, le=100, description="Passes over the training split (fractions allowed).")
    max_steps: int | None = Field(
        None, ge=1, description="Stop after this many optimizer steps even if `epochs` is not done; null: no cap."
    )
    learning_rate: float = Field(2e-4, gt=0, lt=1, description="Peak learning rate.")
    batch_size: Literal["auto"] | Annotated[int, Field(ge=1)] = Field(
        "auto", description="Examples per optimizer step; `auto`: 16 (classification) or 8 (sft)."
    )
    micro_batch_size: Literal["auto"] | Annotated[int, Field(ge=1)] = Field(
        "auto",
        description="Examples per forward/backward pass; `batch_size / micro_batch_size` passes are accumulated per "
        "step. `auto`: the largest that fits the memory estimate (see `afinar models info`).",
    )
    max_seq_len: int = Field(512, ge=16, le=131072, description="Longest sequence in tokens; longer examples are cut.")
    warmup_ratio: float = Field(0.05, ge=0.0, lt=1.0, description="Share of steps with linear warm-up.")
    schedule: Literal["cosine", "linear", "constant"] = Field(
        "cosine", description="Learning-rate decay after warm-up (to 0 for cosine and linear)."
    )
    weight_decay: float = Field(0.0, ge=0.0, lt=1.0, description="AdamW weight decay (not applied to biases and norms).")
    max_grad_norm: float | None = Field(1.0, gt=0, description="Clip the gradient norm to this; null: no clipping.")
    seed: int = Field(42, description="Seed for weight init, data order and dropout.")
    dtype: Literal["auto", "float32", "bfloat16"] = Field(
        "auto",
        description="Compute precision. `auto`: bfloat16 autocast (fp32 master weights) on a GPU with bf16 or a CPU "
        "whose measured bf16 matmul is at least twice its fp32 one (AMX); float32 otherwise.",
    )
    threads: Literal["auto"] | Annotated[int, Field(ge=1)] = Field(
        "auto", description="CPU threads for torch; `auto`: the physical cores available to this process."
    )
    gradient_checkpointing: Literal["auto"] | bool = Field(
        "auto",
        description="Recompute activations in the backward pass (about a third slower); `auto`: only when the "
        "memory estimate at micro-batch 1 exceeds the memory available.",
    )
    packing: bool = Field(
        False,
        description="`sft`: pack several examples into each row of `max_seq_len` tokens, isolated from each other "
        "by position ids (no cross-example attention). Off: batches of similar length with dynamic padding.",
    )
    chat_format: Literal["auto", "template", "plain"] = Field(
        "auto",
        description="`sft`: `template` uses the tokenizer's chat template; `plain` the documented "
        "'### Usuário: / ### Assistente:' format (docs/training.md); `auto`: the template when the tokenizer has one.",
    )
    eval_every: int | None = Field(
        None, ge=1, description="Validate every this many steps; null: about 10 times per run (and at each epoch end)."
    )
    eval_max_examples: int | None = Field(
        512, ge=1, description="Validate on at most this many validation examples (a fixed subset); null: all."
    )
    checkpoint_every: int | None = Field(
        None, ge=1, description="Save a resumable checkpoint every this many steps (and at each epoch end); null: "
        "about every 10 minutes of training at the measured speed."
    )
    early_stopping: EarlyStoppingSpec = Field(default_factory=EarlyStoppingSpec, description="Stop when validation stops improving.")
    log_every: int = Field(1, ge=1, description="Store step metrics (loss, learning rate, tokens/s) every this many steps.")
    mlflow_uri: str | None = Field(
        None, description="Also log params and metrics to MLflow at this tracking URI (e.g. `file:./mlruns`); needs `pip install mlflow`."
    )
    lora: LoraSpec = Field(default_factory=LoraSpec, description="LoRA settings (method: lora).")
    replay: ReplaySpec = Field(default_factory=ReplaySpec, description="Replay of general text against forgetting.")

    @model_validator(mode="after")
    def _micro_batch_divides_batch(self) -> TrainSpec:
        if isinstance(self.batch_size, int) and isinstance(self.micro_batch_size, int):
            if self.micro_batch_size > self.batch_size:
                raise ValueError(f"micro_batch_size ({self.micro_batch_size}) must not exceed batch_size ({self.batch_size})")
            if self.batch_size % self.micro_batch_size:
                raise ValueError(
                    f"batch_size ({self.batch_size}) must be a multiple of micro_batch_size ({self.micro_batch_size})"
                )
        return self


def _errors_at_keys(title: str, problems: list[tuple[str | tuple[str, ...], str]], kind: str):
    """A ValidationError with one error per (key, message), so each message names its own key
    path (and line) instead of the field whose validator found it."""
    from pydantic import ValidationError
    from pydantic_core import InitErrorDetails, PydanticCustomError

    return ValidationError.from_exception_data(
        title,
        [
            InitErrorDetails(type=PydanticCustomError(kind, message.replace("{", "{{").replace("}", "}}")), loc=key if isinstance(key, tuple) else (key,), input=None)
            for key, message in problems
        ],
    )


class EvaluateSpec(SpecModel):
    """Held-out evaluation (docs/evaluation.md): metrics on the test split, the base model on the same
    split, forgetting, per-group fairness, memorisation, and the policy gates a model must pass."""

    gates: dict[str, str] = Field(
        default_factory=dict,
        description='Policy gates, metric → comparison, e.g. {macro_f1: ">=0.85", fairness_gap: "<=0.05", '
        'forgetting: "<=0.10", memorised_pii: "==0", improvement_over_base: ">0"}; metrics in docs/evaluation.md.',
    )
    extra_test_sets: list[str] = Field(
        default_factory=list,
        description="More test files (same format as data.sources, relative to the spec), e.g. a test set in another "
        "style; each is anonymised like the sources and reported beside the test split, tuned vs base (not gated).",
    )
    compare_with_base: bool = Field(
        True,
        description="Evaluate the base model on the same examples: a linear probe on its frozen mean-pooled embeddings "
        "(classification) or the base model prompted the same way (sft).",
    )
    forgetting: bool = Field(True, description="Measure forgetting on held-out general Portuguese text (before vs after tuning).")
    forgetting_texts: int = Field(
        200, ge=8, le=200, description="How many of the 200 held-out general texts (`builtin:pt-geral-heldout`) forgetting is measured on."
    )
    memorisation: bool = Field(True, description="sft: scan generations for personal data copied from the training data.")
    bootstrap_resamples: int = Field(1000, ge=100, le=100_000, description="Paired-bootstrap resamples of the tuned − base difference.")
    confidence: float = Field(0.95, gt=0.5, lt=1.0, description="Confidence level of the bootstrap intervals.")
    seed: int = Field(0, description="Seed of the bootstrap and of the sample of training prompts.")
    min_group_size: int = Field(
        10, ge=1, description="Groups with fewer test examples are reported but left out of the fairness gaps (too noisy)."
    )
    max_test_examples: int | None = Field(
        None, ge=1, description="Evaluate on at most this many test examples (a fixed, seeded sample); null: all."
    )
    max_new_tokens: int = Field(128, ge=1, le=4096, description="sft: longest generation, in tokens (greedy decoding).")
    batch_size: int = Field(32, ge=1, le=1024, description="Examples per forward pass / per batched `generate` call.")
    memorisation_prompts: int = Field(
        64, ge=0, description="sft: training prompts to generate from for the memorisation check (besides every test prompt)."
    )
    dtype: Literal["auto", "float32", "bfloat16"] = Field(
        "auto", description="Inference precision; `auto`: bfloat16 where this machine runs it at least twice as fast as float32."
    )
    threads: Literal["auto"] | Annotated[int, Field(ge=1)] = Field(
        "auto",
        description="CPU threads for torch during evaluation; `auto`: the cores available that are idle when the evaluation "
        "starts (not inherited from a training run in the same process).",
    )

    @field_validator("gates")
    @classmethod
    def _gates_name_known_metrics(cls, gates: dict[str, str]) -> dict[str, str]:
        from afinar.evaluate.gates import parse_gate

        problems = []
        for metric, expression in gates.items():
            try:
                parse_gate(metric, expression)
            except ValueError as exc:
                problems.append((metric, str(exc)))
        if problems:
            raise ValueError("; ".join(message for _metric, message in problems))
        return gates

    def gate_problems(self, task: str, group_fields: list[str]) -> list[tuple[str, str]]:
        """(metric, why) for each gate that cannot be measured for this project: a metric of another
        task, or one whose measurement the spec turns off or gives nothing to measure."""
        from afinar.evaluate.gates import check_gate_applies

        problems = []
        for metric in self.gates:
            try:
                check_gate_applies(metric, task)
            except ValueError as exc:
                problems.append((metric, str(exc)))
                continue
            if (metric.startswith("fairness_") or metric.endswith("_difference")) and not group_fields:
                problems.append((metric, f"gate {metric!r} needs groups to compare: set data.group_fields"))
            elif metric in ("improvement_over_base", "improvement_ci_low") and not self.compare_with_base:
                problems.append((metric, f"gate {metric!r} needs evaluate.compare_with_base: true"))
            elif metric == "forgetting" and not self.forgetting:
                problems.append((metric, "gate 'forgetting' needs evaluate.forgetting: true"))
            elif metric == "memorised_pii" and not self.memorisation:
                problems.append((metric, "gate 'memorised_pii' needs evaluate.memorisation: true"))
        return problems


class GovernanceSpec(SpecModel):
    """Review, approval and the model card (docs/governance.md)."""

    model_name: str | None = Field(
        None,
        description="Name of the model in the registry (versions are `name@1`, `name@2`, …); null: the project name.",
    )
    reviewers: list[str] = Field(
        default_factory=list,
        description="Users allowed to approve or reject this project's models (they also need the reviewer or admin "
        "role); empty: anyone with those roles.",
    )
    require_distinct_reviewer: bool = Field(
        True, description="Four eyes: the approver must be neither the run's author nor the user who submitted the version."
    )
    champion_metric: str | None = Field(
        None,
        description="Metric on which a version is compared with the one in production before promotion; null: the "
        "evaluation's primary metric (macro_f1 / chrf).",
    )
    max_regression: float = Field(
        0.0,
        ge=0.0,
        description="How much worse than the production version (in the metric's units) a new version may be and still "
        "be promoted without an admin override.",
    )
    legal_basis: str | None = Field(
        None, description="LGPD legal basis for processing the training data (art. 7 / art. 11), shown on the model card."
    )
    intended_use: str | None = Field(None, description="What the tuned model is for (model card).")
    out_of_scope: str | None = Field(None, description="Uses the model must not be put to (model card).")
    limitations: list[str] = Field(
        default_factory=list, description="Known limitations and risks, added to those the model card derives from the evaluation."
    )
    licence: str | None = Field(
        None, description="Licence of the tuned model (SPDX id, e.g. apache-2.0) for the model card; null: the base model's."
    )

    @field_validator("model_name")
    @classmethod
    def _model_name_is_a_slug(cls, value: str | None) -> str | None:
        if value is not None and not PROJECT_NAME.match(value):
            raise ValueError("use lower-case letters, digits, '.', '_' or '-' (at most 64), starting with a letter or digit")
        return value

    @field_validator("champion_metric")
    @classmethod
    def _champion_metric_is_known(cls, value: str | None) -> str | None:
        if value is not None:
            from afinar.evaluate.gates import METRICS

            if value not in METRICS:
                raise ValueError(f"unknown metric {value!r} (known metrics: {', '.join(sorted(METRICS))})")
        return value


class RequestLogSpec(SpecModel):
    """What the serving API keeps of each request (docs/serving.md): text anonymised by the privacy
    stage before anything is stored, kept for a limited time, read by drift monitoring."""

    enabled: bool = Field(True, description="Store a log row per request (needed for drift monitoring and feedback).")
    operator: Literal["replace", "redact"] = Field(
        "replace",
        description="What personal data found in prompts and outputs becomes before the row is written: `replace` "
        "(`<BR_CPF>`, `<PERSON>`, …; keeps the shape of the text for drift monitoring) or `redact` (removed).",
    )
    min_score: float = Field(
        0.5, ge=0.0, le=1.0, description="Detections scoring below this are left in the text (the privacy stage's `min_score`)."
    )
    retention_days: float = Field(
        30, gt=0, description="Rows older than this are purged (by the server every `purge_every_s`, and by `afinar audit run`)."
    )
    purge_every_s: float = Field(3600, gt=0, description="How often the running server purges expired rows.")


class RateLimitSpec(SpecModel):
    """A token bucket per API token: `burst` requests at once, refilled at `per_minute`."""

    per_minute: float = Field(600, ge=0, description="Sustained requests per minute per API token; 0 disables the limit.")
    burst: int = Field(60, ge=1, description="Requests a token may make at once before the sustained rate applies.")


class ServeSpec(SpecModel):
    """The serving API (`afinar serve`, docs/serving.md): which model versions it serves, batching,
    limits, CORS and request logs. `afinar serve --spec afinar.yaml` reads this section."""

    host: str = Field("127.0.0.1", description="Address to listen on (`0.0.0.0` for every interface).")
    port: int = Field(8000, ge=0, le=65535, description="TCP port (0: any free port).")
    extra_statuses: list[Literal["approved", "pending_review", "candidate"]] = Field(
        default_factory=list,
        description="Besides `production`, serve versions in these statuses when a request names them explicitly "
        "(`model: NAME@VERSION`); a bare model name always means its production version.",
    )
    registry_poll_s: float = Field(
        1.0, ge=0.0, description="Look at the registry for promotions at most this often (a cheap query on a request); 0: on every request."
    )
    preload: bool = Field(True, description="Load every production model at start-up instead of on its first request.")
    max_batch_size: int = Field(16, ge=1, le=1024, description="Classification requests run together in one forward pass.")
    max_batch_size_generate: int = Field(8, ge=1, le=256, description="Generation requests run together in one `generate` call.")
    batch_wait_ms: float = Field(
        5.0, ge=0.0, le=1000.0, description="How long the first request of a batch waits for others before the batch runs."
    )
    max_tokens_limit: int = Field(512, ge=1, le=32768, description="Largest `max_tokens` a request may ask for.")
    default_max_tokens: int = Field(128, ge=1, le=32768, description="`max_tokens` of a request that gives none.")
    max_input_chars: int = Field(20_000, ge=1, description="Longest input text (all messages together) accepted, in characters.")
    max_inputs: int = Field(64, ge=1, description="Most texts in one `/v1/classify` request or prompts in one `/v1/completions` request.")
    dtype: Literal["auto", "float32", "bfloat16"] = Field(
        "auto",
        description="Inference precision (weights cast once when the model loads); `auto`: bfloat16 where this machine "
        "runs a bfloat16 matmul at least twice as fast as a float32 one (GPUs with bf16, AMX CPUs), else float32.",
    )
    threads: int | None = Field(
        1,
        ge=1,
        description="torch threads for inference; null: torch's default (every core). 1 suits a small or shared machine: "
        "with 2 threads on a busy 2-core machine generation ran 17x slower (docs/serving.md).",
    )
    cors_origins: list[str] = Field(
        default_factory=list, description="Browser origins allowed to call the API (CORS); empty: none (closed)."
    )
    dashboard: bool = Field(True, description="Serve the web dashboard (afinar.web) under `/ui/` beside the API.")
    metrics_public: bool = Field(
        True, description="`/metrics` answers without a token (it holds counts and timings only); false: admins only."
    )
    auth_cache_s: float = Field(
        5.0, ge=0.0, le=300.0, description="Remember a verified API token this long (a revoked token stops working within it); 0: check every request."
    )
    rate_limit: RateLimitSpec = Field(default_factory=RateLimitSpec, description="Requests per API token.")
    request_logs: RequestLogSpec = Field(default_factory=RequestLogSpec, description="Anonymised request logs.")

    @model_validator(mode="after")
    def _default_fits_the_limit(self) -> ServeSpec:
        if self.default_max_tokens > self.max_tokens_limit:
            raise ValueError(f"default_max_tokens ({self.default_max_tokens}) must not exceed max_tokens_limit ({self.max_tokens_limit})")
        return self


class DriftLevels(SpecModel):
    """An effect size at which a drift check warns, and one at which it alerts."""

    warn: float = Field(..., ge=0, description="Effect size from which the check says `warn` (if also significant).")
    alert: float = Field(..., ge=0, description="Effect size from which the check says `alert` (if also significant).")

    @model_validator(mode="after")
    def _alert_is_beyond_warn(self) -> DriftLevels:
        if self.alert < self.warn:
            raise ValueError(f"alert ({self.alert}) must be at least warn ({self.warn})")
        return self


class DriftThresholds(SpecModel):
    """Effect sizes of each drift check (docs/monitoring.md says how each is measured)."""

    length: DriftLevels = Field(
        default_factory=lambda: DriftLevels(warn=0.25, alert=0.5),
        description="Relative change of the mean length in tokens (0.5: half as long again, or half as long).",
    )
    oov_rate: DriftLevels = Field(
        default_factory=lambda: DriftLevels(warn=0.03, alert=0.06),
        description="Change of the mean share of words the model's tokenizer has no single token for.",
    )
    unseen_words: DriftLevels = Field(
        default_factory=lambda: DriftLevels(warn=0.03, alert=0.05),
        description="Change of the mean share of words never seen in the reference data.",
    )
    personal_data: DriftLevels = Field(
        default_factory=lambda: DriftLevels(warn=0.15, alert=0.30),
        description="Change of the share of texts in which the privacy stage found personal data.",
    )
    language: DriftLevels = Field(
        default_factory=lambda: DriftLevels(warn=0.05, alert=0.15),
        description="Change of the share of texts the language detector does not take for `data.language`.",
    )
    embedding: DriftLevels = Field(
        default_factory=lambda: DriftLevels(warn=0.60, alert=0.65),
        description="AUC of a classifier telling recent from reference texts by their MiniLM embeddings (0.5: "
        "indistinguishable; when a share s of the traffic changes completely, at most 0.5 + s/2).",
    )
    labels: DriftLevels = Field(
        default_factory=lambda: DriftLevels(warn=0.10, alert=0.25),
        description="Population stability index of the predicted labels, recent vs reference (0.1 / 0.25: the usual rule).",
    )
    performance: DriftLevels = Field(
        default_factory=lambda: DriftLevels(warn=0.05, alert=0.10),
        description="Drop of accuracy on feedback labels below the accuracy the evaluation measured.",
    )


class MonitorSpec(SpecModel):
    """Drift monitoring and periodic audits of a served model (`afinar monitor`, `afinar audit run`;
    docs/monitoring.md). Read from the spec the model was trained with unless `--spec` names another."""

    window_days: float = Field(7, gt=0, description="Recent traffic: the request logs of the last this many days.")
    min_samples: int = Field(50, ge=5, description="Fewer recent requests than this: the checks report `insufficient_data`, not a verdict.")
    max_samples: int = Field(1000, ge=10, description="Use at most this many of the most recent requests.")
    reference_samples: int = Field(1000, ge=10, description="Use at most this many reference texts (a fixed, seeded sample of the train split).")
    alpha_warn: float = Field(0.05, gt=0, lt=1, description="Family-wise significance level for `warn` (divided among the checks, Bonferroni).")
    alpha_alert: float = Field(0.01, gt=0, lt=1, description="Family-wise significance level for `alert` (divided among the checks, Bonferroni).")
    permutations: int = Field(
        1000, ge=50, le=10_000,
        description="Permutations of the MMD test on embeddings; its smallest p-value is 1/(permutations+1), which must be "
        "below alpha_alert divided by the number of checks for the embedding check to ever alert.",
    )
    min_feedback: int = Field(20, ge=1, description="Feedback labels needed before performance is judged.")
    max_evaluation_age_days: float = Field(
        180, gt=0, description="`afinar audit run` flags a production version whose evaluation is older than this."
    )
    seed: int = Field(0, description="Seed of the reference sample, the permutations and the domain classifier.")
    thresholds: DriftThresholds = Field(default_factory=DriftThresholds, description="Effect sizes of each check.")

    @model_validator(mode="after")
    def _alert_is_stricter(self) -> MonitorSpec:
        if self.alpha_alert > self.alpha_warn:
            raise ValueError(f"alpha_alert ({self.alpha_alert}) must not exceed alpha_warn ({self.alpha_warn})")
        return self


class Spec(SpecModel):
    """A tuning project: base model, data, privacy, training, evaluation gates and governance."""

    project: str = Field(..., description="Project name: lower-case letters, digits, '.', '_' or '-'.")
    task: Literal["classification", "sft"] = Field(
        ..., description="`classification` (sequence classification) or `sft` (chat / instruction / completion)."
    )
    base_model: str = Field(..., description="Catalog name (afinar models list), Hugging Face id, or local folder.")
    description: str | None = Field(None, description="One line about the project.")
    data: DataSpec = Field(..., description="Where the data is and how to prepare it.")
    privacy: PrivacyPolicy | None = Field(
        None,
        description="LGPD anonymisation policy applied while preparing the data (docs/privacy.md); "
        "without it, data must be declared `data.already_anonymized: true`.",
    )
    train: TrainSpec = Field(default_factory=TrainSpec, description="Fine-tuning recipe settings.")
    evaluate: EvaluateSpec = Field(default_factory=EvaluateSpec, description="Held-out evaluation and policy gates.")
    governance: GovernanceSpec = Field(default_factory=GovernanceSpec, description="Review and approval.")
    serve: ServeSpec = Field(default_factory=ServeSpec, description="The serving API: batching, limits, CORS, request logs.")
    monitor: MonitorSpec = Field(default_factory=MonitorSpec, description="Drift monitoring and periodic audits.")

    @field_validator("evaluate")
    @classmethod
    def _gates_apply_to_the_project(cls, evaluate: EvaluateSpec, info) -> EvaluateSpec:
        if "task" not in info.data:
            return evaluate  # the task's own error is reported
        data = info.data.get("data")
        problems = evaluate.gate_problems(info.data["task"], data.group_fields if data is not None else [])
        if problems:
            raise _errors_at_keys("EvaluateSpec", [(("gates", metric), message) for metric, message in problems], "gate_not_applicable")
        return evaluate

    @field_validator("project")
    @classmethod
    def _project_is_a_slug(cls, value: str) -> str:
        if not PROJECT_NAME.match(value):
            raise ValueError("use lower-case letters, digits, '.', '_' or '-' (at most 64), starting with a letter or digit")
        return value
