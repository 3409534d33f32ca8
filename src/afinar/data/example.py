"""The canonical `Example`: what every input format becomes, and what every later step reads.

Defined once here and imported everywhere (readers, curation, dedup, splits, the train stage
reading a prepared split back). An example remembers the file and line it came from, so every
message about it can point there without quoting its content.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Literal

Role = Literal["system", "user", "assistant", "tool"]
ExampleKind = Literal["chat", "completion", "classification", "text"]
ROLES: tuple[str, ...] = ("system", "user", "assistant", "tool")


@dataclass(frozen=True, slots=True)
class SourceRef:
    """Where a record came from: the source as written in the spec, and its 1-based line (or row)."""

    file: str
    line: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}"


@dataclass(frozen=True, slots=True)
class Message:
    role: Role
    content: str


@dataclass(frozen=True, slots=True)
class Example:
    """One training example in canonical form.

    Exactly one shape is filled, by `kind`:
    - `chat`: `messages` (chat, ShareGPT and instruction formats all become chats);
    - `completion`: `prompt` and `completion`;
    - `classification`: `text` and `labels` (one label, or several for multi-label data);
    - `text`: `text` (plain text for continued pre-training).
    `groups` holds the spec's `group_fields` (value "(missing)" when absent); `meta` holds only
    values afinar computed (never unprocessed input fields, which the privacy step has not seen).
    """

    kind: ExampleKind
    record_id: str
    source: SourceRef
    messages: tuple[Message, ...] = ()
    prompt: str | None = None
    completion: str | None = None
    text: str | None = None
    labels: tuple[str, ...] = ()
    groups: dict[str, str] = field(default_factory=dict)
    split_group: str | None = None
    meta: dict[str, str | int | bool] = field(default_factory=dict)
    # A hash of the text as read, before anonymisation, for the split's order: kept in memory
    # only (never written), so that the split does not move with the privacy key's pseudonyms.
    order_key: int | None = field(default=None, compare=False, repr=False)

    @property
    def label(self) -> str | None:
        """The label of a single-label example (None for multi-label or unlabelled ones)."""
        return self.labels[0] if len(self.labels) == 1 else None

    def texts(self) -> list[str]:
        """Every piece of text in the example, in order (what anonymisation and curation look at)."""
        if self.kind == "chat":
            return [message.content for message in self.messages]
        if self.kind == "completion":
            return [self.prompt or "", self.completion or ""]
        return [self.text or ""]

    def with_texts(self, texts: list[str]) -> Example:
        """A copy with its texts replaced (same order and count as `texts()`)."""
        if self.kind == "chat":
            messages = tuple(Message(m.role, t) for m, t in zip(self.messages, texts, strict=True))
            return replace(self, messages=messages)
        if self.kind == "completion":
            prompt, completion = texts
            return replace(self, prompt=prompt, completion=completion)
        (text,) = texts
        return replace(self, text=text)

    def joined_text(self) -> str:
        """All texts joined by newlines: what length, language and duplicate checks compare."""
        return "\n".join(self.texts())

    def with_meta(self, **values: str | int | bool) -> Example:
        return replace(self, meta={**self.meta, **values})
