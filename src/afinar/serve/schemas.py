"""Request and response bodies of the serving API (OpenAI-compatible where OpenAI has a route).

`XCreate` is what a client sends, `XPublic` what it gets back. Fields OpenAI defines but afinar
cannot honour (tools, logprobs, penalties, JSON mode) are accepted only at their neutral value;
anything else is a 400 that says so, never silently ignored.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator


class _Create(BaseModel):
    # Unknown fields are ignored like OpenAI does, so newer clients keep working.
    model_config = ConfigDict(extra="ignore")


def _neutral(name: str, value: Any, neutral: Any) -> None:
    if value is not None and value != neutral:
        raise ValueError(f"{name} is not supported by this server (leave it out or at {neutral!r})")


class _SamplingCreate(_Create):
    model: str = Field(..., description="A served model: NAME (its production version) or NAME@VERSION.")
    max_tokens: int | None = Field(None, ge=1, description="Most tokens to generate (default: the server's `default_max_tokens`).")
    max_completion_tokens: int | None = Field(None, ge=1, description="Same as `max_tokens` (newer OpenAI name).")
    temperature: float | None = Field(None, ge=0.0, le=2.0, description="0: greedy (deterministic); default 1.0.")
    top_p: float | None = Field(None, gt=0.0, le=1.0, description="Nucleus sampling mass; default 1.0.")
    n: int = Field(1, ge=1, le=8, description="Completions per prompt.")
    stop: str | list[str] | None = Field(None, description="Up to 4 strings at which generation stops (not included).")
    stream: bool = Field(False, description="Send server-sent events as text is generated.")
    stream_options: dict[str, Any] | None = Field(None, description="{include_usage: true} adds a last chunk with token counts.")
    seed: int | None = Field(None, description="Accepted; batched sampling is not reproducible per request (docs/serving.md).")
    user: str | None = Field(None, max_length=200, description="Accepted and not stored (the API token names the caller).")
    presence_penalty: float | None = None
    frequency_penalty: float | None = None
    logprobs: bool | int | None = None
    logit_bias: dict[str, float] | None = None

    @field_validator("stop")
    @classmethod
    def _at_most_four_stops(cls, value):
        stops = [value] if isinstance(value, str) else list(value or [])
        if len(stops) > 4 or any(not s for s in stops):
            raise ValueError("stop: at most 4 non-empty strings")
        return stops

    @model_validator(mode="after")
    def _unsupported_are_neutral(self):
        _neutral("presence_penalty", self.presence_penalty, 0)
        _neutral("frequency_penalty", self.frequency_penalty, 0)
        _neutral("logprobs", self.logprobs, False)
        _neutral("logit_bias", self.logit_bias or None, None)
        return self

    @property
    def requested_max_tokens(self) -> int | None:
        return self.max_completion_tokens or self.max_tokens

    @property
    def include_usage(self) -> bool:
        return bool((self.stream_options or {}).get("include_usage"))


class ChatMessage(BaseModel):
    model_config = ConfigDict(extra="ignore")

    role: Literal["system", "developer", "user", "assistant"]
    content: str | list[dict[str, Any]] | None = ""

    def text(self) -> str:
        """The message's text; content parts other than text are refused."""
        if self.content is None:
            return ""
        if isinstance(self.content, str):
            return self.content
        pieces = []
        for part in self.content:
            if part.get("type") != "text":
                raise ValueError(f"content parts of type {part.get('type')!r} are not supported (text only)")
            pieces.append(str(part.get("text", "")))
        return "".join(pieces)


class ChatCompletionCreate(_SamplingCreate):
    messages: list[ChatMessage] = Field(..., min_length=1, description="The conversation so far (OpenAI format).")
    tools: list[Any] | None = None
    tool_choice: Any | None = None
    response_format: dict[str, Any] | None = None

    @model_validator(mode="after")
    def _chat_features(self):
        _neutral("tools", self.tools or None, None)
        _neutral("tool_choice", self.tool_choice if self.tool_choice != "none" else None, None)
        if self.response_format and self.response_format.get("type") not in (None, "text"):
            raise ValueError("response_format: only {type: text} is supported")
        if not any(m.role == "user" for m in self.messages):
            raise ValueError("messages: at least one message with role user is needed")
        for message in self.messages:
            message.text()
        return self

    def turns(self) -> list[dict[str, str]]:
        # OpenAI's `developer` role is the newer name of `system`.
        return [{"role": "system" if m.role == "developer" else m.role, "content": m.text()} for m in self.messages]


class CompletionCreate(_SamplingCreate):
    prompt: str | list[str] = Field(..., description="Text to continue, or a list of texts (one choice per text and `n`).")
    echo: bool | None = None
    suffix: str | None = None
    best_of: int | None = None

    @model_validator(mode="after")
    def _completion_features(self):
        _neutral("echo", self.echo, False)
        _neutral("suffix", self.suffix or None, None)
        _neutral("best_of", self.best_of, 1)
        if isinstance(self.prompt, list) and not self.prompt:
            raise ValueError("prompt: give at least one text")
        return self

    def prompts(self) -> list[str]:
        return [self.prompt] if isinstance(self.prompt, str) else list(self.prompt)


class ClassifyCreate(_Create):
    model: str = Field(..., description="A served classification model: NAME or NAME@VERSION.")
    input: str | list[str] = Field(..., description="A text, or a list of texts, to classify.")
    groups: dict[str, str] | None = Field(
        None,
        description="Group attributes of the texts (e.g. {region: Norte}) for fairness monitoring; values that look "
        "like personal data are withheld from the logs.",
    )

    @field_validator("input")
    @classmethod
    def _some_text(cls, value):
        if isinstance(value, list) and not value:
            raise ValueError("input: give at least one text")
        return value

    @field_validator("groups")
    @classmethod
    def _small_groups(cls, value):
        if value and (len(value) > 16 or any(len(k) > 64 or len(v) > 200 for k, v in value.items())):
            raise ValueError("groups: at most 16 attributes, names up to 64 and values up to 200 characters")
        return value

    def texts(self) -> list[str]:
        return [self.input] if isinstance(self.input, str) else list(self.input)


class FeedbackCreate(_Create):
    request_id: str = Field(..., max_length=64, description="The `id` of an earlier answer.")
    index: int = Field(0, ge=0, description="Which choice (chat/completions) or input text (classify) of that answer.")
    label: str | None = Field(None, min_length=1, max_length=200, description="The right label (classification).")
    rating: float | None = Field(None, ge=-1.0, le=5.0, description="A rating of the answer (e.g. 1-5, or -1/1 thumbs).")

    @model_validator(mode="after")
    def _label_or_rating(self):
        if self.label is None and self.rating is None:
            raise ValueError("give a label, a rating, or both")
        return self


# -- answers ------------------------------------------------------------------------------------------------


class Usage(BaseModel):
    prompt_tokens: int
    completion_tokens: int
    total_tokens: int


class ChatChoiceMessage(BaseModel):
    role: Literal["assistant"] = "assistant"
    content: str


class ChatChoice(BaseModel):
    index: int
    message: ChatChoiceMessage
    finish_reason: Literal["stop", "length"]
    logprobs: None = None


class ChatCompletionPublic(BaseModel):
    id: str
    object: Literal["chat.completion"] = "chat.completion"
    created: int
    model: str
    choices: list[ChatChoice]
    usage: Usage
    system_fingerprint: str | None = None


class CompletionChoice(BaseModel):
    index: int
    text: str
    finish_reason: Literal["stop", "length"]
    logprobs: None = None


class CompletionPublic(BaseModel):
    id: str
    object: Literal["text_completion"] = "text_completion"
    created: int
    model: str
    choices: list[CompletionChoice]
    usage: Usage
    system_fingerprint: str | None = None


class ModelPublic(BaseModel):
    id: str
    object: Literal["model"] = "model"
    created: int
    owned_by: str
    version: str = Field(..., description="The registry version this id answers with (NAME@N).")
    status: str
    task: str


class ModelListPublic(BaseModel):
    object: Literal["list"] = "list"
    data: list[ModelPublic]


class ClassificationPublic(BaseModel):
    index: int
    label: str | None
    labels: list[str]
    score: float
    scores: dict[str, float]


class ClassifyPublic(BaseModel):
    id: str
    object: Literal["classification"] = "classification"
    created: int
    model: str
    data: list[ClassificationPublic]
    usage: Usage


class FeedbackPublic(BaseModel):
    id: int
    object: Literal["feedback"] = "feedback"
    request_id: str
    index: int
    model: str
    label: str | None
    rating: float | None


class RequestLogPublic(BaseModel):
    """A stored request log row, as an admin sees it: texts already anonymised."""

    id: str
    index: int
    created_at: str
    model: str
    endpoint: str
    user: str
    status_code: int
    latency_ms: float
    input_text: str
    output_text: str
    predicted_label: str | None
    personal_data_found: int
    personal_data_labels: dict[str, int]


class RequestLogListPublic(BaseModel):
    object: Literal["list"] = "list"
    data: list[RequestLogPublic]


class HealthPublic(BaseModel):
    status: Literal["ok"]
    models: dict[str, str] = Field(..., description="Model name → the version in production being served.")
    loaded: list[str]
    registry_stamp: str
