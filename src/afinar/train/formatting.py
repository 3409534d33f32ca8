"""Turn canonical `Example`s into token ids, and say which tokens the loss learns from.

Causal-LM examples become `TokenizedExample(input_ids, supervised)`: `supervised[t]` is true when
token `t` is a training target (predicted from the tokens before it). Only assistant turns (chat),
the completion (completion data) or the whole text (plain text, replay) are supervised.

Chats are rendered with the tokenizer's chat template when it has one. The assistant mask is
built by rendering the conversation one turn at a time: the text an assistant turn adds after the
generation prompt (`<|im_start|>assistant\\n` for SmolLM2) is its span, trailing whitespace
excluded, so the end-of-turn token is learnt (the model must learn to stop) and the role header
is not. Tokens are then mapped to spans through the tokenizer's character offsets.

Tokenizers without a chat template (Gemma 3 270M is a base model) get the plain format below;
serving must prompt with the same format (docs/training.md):

    <bos>### Sistema:\\n{system}\\n\\n### Usuário:\\n{user}\\n\\n### Assistente:\\n{answer}<eos>\\n\\n…
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from afinar.data.example import Example
from afinar.errors import DataError, UsageError

PLAIN_HEADERS = {"system": "### Sistema:\n", "user": "### Usuário:\n", "assistant": "### Assistente:\n", "tool": "### Ferramenta:\n"}
PLAIN_TURN_END = "\n\n"


@dataclass(frozen=True)
class TokenizedExample:
    input_ids: list[int]
    supervised: list[bool]  # same length; True where the token is a target

    @property
    def n_targets(self) -> int:
        # The first token has nothing before it to be predicted from.
        return sum(self.supervised[1:])

    def __len__(self) -> int:
        return len(self.input_ids)


def resolve_chat_format(tokenizer, chat_format: Literal["auto", "template", "plain"]) -> Literal["template", "plain"]:
    has_template = bool(getattr(tokenizer, "chat_template", None))
    if chat_format == "template" and not has_template:
        raise UsageError(
            "train.chat_format is `template` but this model's tokenizer has no chat template",
            hint="use `chat_format: plain` (or `auto`) for base models such as gemma3-270m",
        )
    if chat_format == "auto":
        return "template" if has_template else "plain"
    return chat_format


def tokenize_for_lm(example: Example, tokenizer, max_len: int, chat_format: Literal["template", "plain"]) -> TokenizedExample:
    """Token ids and target mask of one example for causal-LM training, cut at `max_len` tokens."""
    if example.kind == "chat":
        messages = [{"role": m.role, "content": m.content} for m in example.messages]
        if chat_format == "template":
            tokenized = tokenize_chat_with_template(tokenizer, messages)
        else:
            tokenized = tokenize_chat_plain(tokenizer, messages)
    elif example.kind == "completion":
        tokenized = _tokenize_segments(tokenizer, [(example.prompt or "", False), (example.completion or "", True)], eos_after_last=True)
    elif example.kind == "text":
        tokenized = _tokenize_segments(tokenizer, [(example.text or "", True)], eos_after_last=True)
    else:
        raise DataError(f"{example.source}: a {example.kind} example cannot train a causal LM (task sft needs chat, completion or text data)")
    return TokenizedExample(tokenized.input_ids[:max_len], tokenized.supervised[:max_len])


def tokenize_chat_with_template(tokenizer, messages: Sequence[dict[str, str]]) -> TokenizedExample:
    """Render with the chat template; supervise exactly each assistant turn's content and end token."""
    text = tokenizer.apply_chat_template(list(messages), tokenize=False)
    spans: list[tuple[int, int]] = []
    for index, message in enumerate(messages):
        if message["role"] != "assistant":
            continue
        prompt = tokenizer.apply_chat_template(list(messages[:index]), tokenize=False, add_generation_prompt=True)
        upto = tokenizer.apply_chat_template(list(messages[: index + 1]), tokenize=False)
        if not (upto.startswith(prompt) and text.startswith(upto)):
            raise UsageError(
                "this chat template renders earlier turns differently once later turns are added, so the "
                "assistant tokens cannot be located exactly",
                hint="set `train.chat_format: plain`",
            )
        turn = upto[len(prompt):]
        spans.append((len(prompt), len(prompt) + len(turn.rstrip())))
    encoding = tokenizer(text, add_special_tokens=False, return_offsets_mapping=True)
    supervised = [any(start <= begin < end for start, end in spans) for begin, _ in encoding["offset_mapping"]]
    return TokenizedExample(list(encoding["input_ids"]), supervised)


def tokenize_chat_plain(tokenizer, messages: Sequence[dict[str, str]]) -> TokenizedExample:
    """The plain '### Usuário: / ### Assistente:' format (see the module docstring)."""
    segments: list[tuple[str, bool] | int] = []
    for message in messages:
        header = PLAIN_HEADERS[message["role"]]
        if message["role"] == "assistant":
            segments.append((header, False))
            segments.append((message["content"], True))
            segments.append(tokenizer.eos_token_id)  # supervised: the model learns to stop
            segments.append((PLAIN_TURN_END, False))
        else:
            segments.append((header + message["content"] + PLAIN_TURN_END, False))
    return _tokenize_segments(tokenizer, segments)


def plain_prompt(messages: Sequence[dict[str, str]]) -> str:
    """The text to prompt a model tuned with the plain format (after its BOS token)."""
    body = "".join(PLAIN_HEADERS[m["role"]] + m["content"] + PLAIN_TURN_END for m in messages)
    return body + PLAIN_HEADERS["assistant"]


def _tokenize_segments(tokenizer, segments: Sequence[tuple[str, bool] | int], *, eos_after_last: bool = False) -> TokenizedExample:
    """BOS (if the tokenizer has one), then each segment tokenized on its own; ints are token ids
    (supervised), (text, supervised) pairs are text."""
    ids: list[int] = []
    supervised: list[bool] = []
    if tokenizer.bos_token_id is not None and tokenizer.bos_token_id != tokenizer.eos_token_id:
        ids.append(tokenizer.bos_token_id)
        supervised.append(False)
    for segment in segments:
        if isinstance(segment, int):
            ids.append(segment)
            supervised.append(True)
            continue
        text, is_target = segment
        if not text:
            continue
        piece = tokenizer(text, add_special_tokens=False)["input_ids"]
        ids.extend(piece)
        supervised.extend([is_target] * len(piece))
    if eos_after_last and tokenizer.eos_token_id is not None:
        ids.append(tokenizer.eos_token_id)
        supervised.append(True)
    return TokenizedExample(ids, supervised)
