"""Example lengths in tokens of the base model, and cutting examples down to a token budget.

Chats are measured as the model will see them: rendered with the tokenizer's chat template
when it has one (else as `role: content` lines). The tokenizer comes from the workspace model
cache (`afinar.models`), pulled there first if needed; transformers is imported only here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Protocol

from afinar.data.example import Example, Message


class TokenCounter(Protocol):
    """Measures and cuts examples in some tokenizer's tokens."""

    name: str

    def count(self, examples: list[Example]) -> list[int]: ...

    def truncate(self, example: Example, max_tokens: int) -> Example | None:
        """The example cut to fit `max_tokens`, or None when no useful part fits."""
        ...


class HuggingFaceTokenCounter:
    """A `TokenCounter` over a Hugging Face tokenizer (fast tokenizers are used in batches)."""

    def __init__(self, tokenizer, name: str) -> None:
        self.tokenizer = tokenizer
        self.name = name
        backend = getattr(tokenizer, "backend_tokenizer", None) or getattr(tokenizer, "_tokenizer", None)
        if backend is not None and hasattr(backend, "no_truncation"):
            # Some tokenizer.json files enable truncation/padding (MiniLM: 128): we measure full lengths.
            backend.no_truncation()
            backend.no_padding()
        self._backend = backend
        self._has_template = bool(getattr(tokenizer, "chat_template", None))

    # -- measuring -------------------------------------------------------------------------------

    def count(self, examples: list[Example]) -> list[int]:
        rendered = [self.render(example) for example in examples]
        plain = [text for text, templated in rendered if not templated]
        templated = [text for text, is_templated in rendered if is_templated]
        plain_counts = iter(self._count_texts(plain, special_tokens=True))
        # A rendered chat template already contains the special tokens.
        templated_counts = iter(self._count_texts(templated, special_tokens=False))
        return [next(templated_counts) if is_templated else next(plain_counts) for _, is_templated in rendered]

    def render(self, example: Example) -> tuple[str, bool]:
        """(the text the model sees, whether it is a rendered chat template)."""
        if example.kind == "chat":
            if self._has_template:
                messages = [{"role": m.role, "content": m.content} for m in example.messages]
                return self.tokenizer.apply_chat_template(messages, tokenize=False), True
            return "\n".join(f"{m.role}: {m.content}" for m in example.messages), False
        if example.kind == "completion":
            return f"{example.prompt}{example.completion}", False
        return example.text or "", False

    def _count_texts(self, texts: list[str], *, special_tokens: bool) -> list[int]:
        if not texts:
            return []
        if self._backend is not None and hasattr(self._backend, "encode_batch"):
            return [len(encoding.ids) for encoding in self._backend.encode_batch(texts, add_special_tokens=special_tokens)]
        encoded = self.tokenizer(texts, add_special_tokens=special_tokens, return_attention_mask=False)["input_ids"]
        return [len(ids) for ids in encoded]

    # -- cutting ------------------------------------------------------------------------------------

    def truncate(self, example: Example, max_tokens: int) -> Example | None:
        if example.kind in ("classification", "text"):
            text = self._cut_text(example.text or "", max_tokens)
            return replace(example, text=text) if text.strip() else None
        if example.kind == "completion":
            fits = lambda completion: self.count([replace(example, completion=completion)])[0] <= max_tokens  # noqa: E731
            completion = _longest_prefix(example.completion or "", fits)
            return replace(example, completion=completion) if completion.strip() else None
        return self._truncate_chat(example, max_tokens)

    def _cut_text(self, text: str, max_tokens: int) -> str:
        specials = self._count_texts([""], special_tokens=True)[0]
        budget = max_tokens - specials
        if budget <= 0:
            return ""
        if self._backend is not None and hasattr(self._backend, "encode"):
            offsets = self._backend.encode(text, add_special_tokens=False).offsets
            if len(offsets) <= budget:
                return text
            return text[: offsets[budget - 1][1]]
        return _longest_prefix(text, lambda prefix: self._count_texts([prefix], special_tokens=True)[0] <= max_tokens)

    def _truncate_chat(self, example: Example, max_tokens: int) -> Example | None:
        messages = list(example.messages)
        # Drop whole turns from the end, keeping the conversation ending on an assistant turn.
        while len(messages) > 1:
            candidate = replace(example, messages=tuple(messages))
            if messages[-1].role == "assistant" and self.count([candidate])[0] <= max_tokens:
                return candidate
            messages.pop()
            while messages and messages[-1].role != "assistant":
                messages.pop()
        if not messages or messages[-1].role != "assistant":
            return None
        # One exchange is still too long: cut the end of its answer.
        head, answer = messages[:-1], messages[-1]

        def fits(content: str) -> bool:
            return self.count([replace(example, messages=(*head, Message("assistant", content)))])[0] <= max_tokens

        content = _longest_prefix(answer.content, fits)
        if not content.strip():
            return None
        return replace(example, messages=(*head, Message("assistant", content)))


def _longest_prefix(text: str, fits: Callable[[str], bool]) -> str:
    """The longest prefix of `text` for which `fits` holds (binary search on characters)."""
    if fits(text):
        return text
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if fits(text[:middle]):
            low = middle
        else:
            high = middle - 1
    return text[:low]


def base_model_token_counter(base_model: str, workspace, log: Callable[[str], None] = print) -> HuggingFaceTokenCounter:
    """The base model's tokenizer from the model cache (pulling the model there first if needed)."""
    from transformers import AutoTokenizer
    from transformers.utils import logging as hf_logging

    from afinar.models import cached, pull

    hf_logging.disable_progress_bar()
    pulled = cached(base_model, workspace) or pull(base_model, workspace, log=log)
    tokenizer = AutoTokenizer.from_pretrained(pulled.path)
    return HuggingFaceTokenCounter(tokenizer, name=base_model)
