"""Record formats: detect which one a file uses, and turn each raw record into an `Example`.

Formats and the fields they read (names configurable in the spec):
- `chat`: `messages`, a list of {role, content} turns (OpenAI style);
- `sharegpt`: `conversations`, a list of {from, value} turns (human/gpt/system/…);
- `instruction`: `instruction`, optional `input` and `system`, and `output` (Alpaca style);
- `completion`: `prompt` and `completion`;
- `classification`: `text_field` and `label_field` (a list of labels makes it multi-label);
- `text`: `text_field` only.
Chat, ShareGPT and instruction records all become chats. Every check raises `InvalidRecord`
naming the field (as a path such as `messages[2].role`) and never quoting the value.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any

from afinar.config.spec import DataSpec
from afinar.data.example import ROLES, Example, Message, SourceRef
from afinar.data.problems import InvalidRecord
from afinar.errors import DataError

FORMATS = ("chat", "sharegpt", "instruction", "completion", "classification", "text")
SFT_FORMATS = ("chat", "sharegpt", "instruction", "completion", "text")
DETECTION_SAMPLE = 100
MISSING_GROUP = "(missing)"
SHAREGPT_ROLES = {
    "human": "user",
    "user": "user",
    "gpt": "assistant",
    "assistant": "assistant",
    "chatgpt": "assistant",
    "model": "assistant",
    "bot": "assistant",
    "function_call": "assistant",
    "system": "system",
    "tool": "tool",
    "function": "tool",
    "function_response": "tool",
    "observation": "tool",
}


def detect_format(records: Iterable[Any], data: DataSpec) -> tuple[str, str]:
    """(format, why) from a sample of raw records: the format whose fields most records have."""
    names = data.fields
    votes: Counter[str] = Counter()
    seen_keys: Counter[str] = Counter()
    for value in records:
        if not isinstance(value, dict):
            continue
        seen_keys.update(str(key) for key in value)
        if names.messages in value:
            votes["chat"] += 1
        elif names.conversations in value:
            votes["sharegpt"] += 1
        elif names.instruction in value and names.output in value:
            votes["instruction"] += 1
        elif names.prompt in value and names.completion in value:
            votes["completion"] += 1
        elif data.text_field in value and data.label_field in value:
            votes["classification"] += 1
        elif data.text_field in value:
            votes["text"] += 1
    if not votes:
        fields = ", ".join(key for key, _ in seen_keys.most_common(12)) or "none"
        raise DataError(
            f"cannot tell the format: the first records have the fields [{fields}]",
            hint="set data.format (chat, sharegpt, instruction, completion, classification, text) and the field names "
            "(data.text_field, data.label_field, data.fields.*)",
        )
    found, count = votes.most_common(1)[0]
    return found, f"{count} of the first {sum(votes.values())} records have the fields of the {found} format"


def check_format_fits_task(found: str, task: str, file: str) -> None:
    if task == "classification" and found != "classification":
        raise DataError(
            f"{file}: the task is classification but the records are in the {found} format (no labels)",
            hint="set data.label_field to the field holding the label, or use task: sft",
        )
    if task == "sft" and found not in SFT_FORMATS:
        raise DataError(
            f"{file}: the task is sft but the records are in the {found} format",
            hint="use task: classification, or data in chat/instruction/completion/text format",
        )


def converter_for(format_name: str, data: DataSpec, group_by: str | None) -> Callable[[Any, SourceRef], Example]:
    """A function (raw value, source) → Example that raises `InvalidRecord` on bad records."""
    shape = {
        "chat": _chat,
        "sharegpt": _sharegpt,
        "instruction": _instruction,
        "completion": _completion,
        "classification": _classification,
        "text": _text,
    }[format_name]

    def convert(value: Any, source: SourceRef) -> Example:
        if not isinstance(value, dict):
            raise InvalidRecord("", "wrong type", f"a record must be an object, got {_type_name(value)}")
        fields = shape(value, data)
        return Example(
            record_id=_record_id(value, data.id_field, source),
            source=source,
            groups=_groups(value, data.group_fields),
            split_group=_split_group(value, group_by),
            meta={"format": format_name},
            **fields,
        )

    return convert


# -- shapes ----------------------------------------------------------------------------------------------


def _chat(record: dict, data: DataSpec) -> dict[str, Any]:
    field = data.fields.messages
    turns = _required_list(record, field)
    messages = []
    for index, turn in enumerate(turns):
        where = f"{field}[{index}]"
        if not isinstance(turn, dict):
            raise InvalidRecord(where, "wrong type", f"a turn must be an object, got {_type_name(turn)}")
        role = turn.get("role")
        if not isinstance(role, str) or role not in ROLES:
            raise InvalidRecord(f"{where}.role", "unknown role", f"expected one of {', '.join(ROLES)}")
        messages.append(Message(role, _turn_content(turn.get("content"), f"{where}.content")))  # type: ignore[arg-type]
    check_turn_order(messages, field)
    return {"kind": "chat", "messages": tuple(messages)}


def _sharegpt(record: dict, data: DataSpec) -> dict[str, Any]:
    field = data.fields.conversations
    turns = _required_list(record, field)
    messages = []
    for index, turn in enumerate(turns):
        where = f"{field}[{index}]"
        if not isinstance(turn, dict):
            raise InvalidRecord(where, "wrong type", f"a turn must be an object, got {_type_name(turn)}")
        speaker = turn.get("from")
        role = SHAREGPT_ROLES.get(speaker.lower()) if isinstance(speaker, str) else None
        if role is None:
            raise InvalidRecord(f"{where}.from", "unknown role", "expected human, gpt, system, tool (or user, assistant)")
        messages.append(Message(role, _turn_content(turn.get("value"), f"{where}.value")))  # type: ignore[arg-type]
    check_turn_order(messages, field)
    return {"kind": "chat", "messages": tuple(messages)}


def _instruction(record: dict, data: DataSpec) -> dict[str, Any]:
    names = data.fields
    instruction = _required_text(record, names.instruction)
    given_input = _optional_text(record, names.input)
    output = _required_text(record, names.output)
    system = _optional_text(record, names.system)
    user = f"{instruction}\n\n{given_input}" if given_input else instruction
    messages = ([Message("system", system)] if system else []) + [Message("user", user), Message("assistant", output)]
    return {"kind": "chat", "messages": tuple(messages)}


def _completion(record: dict, data: DataSpec) -> dict[str, Any]:
    prompt = record.get(data.fields.prompt)
    if prompt is None:
        raise InvalidRecord(data.fields.prompt, "missing field")
    if not isinstance(prompt, str):
        raise InvalidRecord(data.fields.prompt, "wrong type", f"expected a string, got {_type_name(prompt)}")
    return {"kind": "completion", "prompt": prompt, "completion": _required_text(record, data.fields.completion)}


def _classification(record: dict, data: DataSpec) -> dict[str, Any]:
    return {"kind": "classification", "text": _required_text(record, data.text_field), "labels": _labels(record, data)}


def _text(record: dict, data: DataSpec) -> dict[str, Any]:
    return {"kind": "text", "text": _required_text(record, data.text_field)}


# -- field checks ----------------------------------------------------------------------------------------------


def check_turn_order(messages: list[Message], field: str) -> None:
    """A system turn only first; then user and assistant alternate, starting with the user (tool
    turns answer an assistant turn); at least one assistant turn, the part the model learns."""
    if not messages:
        raise InvalidRecord(field, "empty conversation")
    previous = None
    for index, message in enumerate(messages):
        role = message.role
        problem = None
        if role == "system" and index != 0:
            problem = "a system turn may only come first"
        elif role == "user" and previous == "user":
            problem = "two user turns in a row"
        elif role == "assistant" and previous == "assistant":
            problem = "two assistant turns in a row"
        elif role == "assistant" and previous in (None, "system"):
            problem = "the conversation starts with an assistant turn"
        elif role == "tool" and previous not in ("assistant", "tool"):
            problem = "a tool turn must follow an assistant turn"
        if problem:
            raise InvalidRecord(f"{field}[{index}].role", "turns out of order", problem)
        previous = role
    if not any(message.role == "assistant" for message in messages):
        raise InvalidRecord(field, "no assistant turn to learn from")


def _turn_content(content: Any, where: str) -> str:
    if isinstance(content, list):
        # OpenAI content parts: keep the text parts.
        parts = []
        for part in content:
            if not (isinstance(part, dict) and part.get("type") == "text" and isinstance(part.get("text"), str)):
                raise InvalidRecord(where, "wrong type", "content parts must be {type: text, text: ...}")
            parts.append(part["text"])
        content = "".join(parts)
    if content is None:
        raise InvalidRecord(where, "missing field")
    if not isinstance(content, str):
        raise InvalidRecord(where, "wrong type", f"expected a string, got {_type_name(content)}")
    if not content.strip():
        raise InvalidRecord(where, "empty content")
    return content


def _required_list(record: dict, field: str) -> list:
    value = record.get(field)
    if value is None:
        raise InvalidRecord(field, "missing field")
    if not isinstance(value, list):
        raise InvalidRecord(field, "wrong type", f"expected a list of turns, got {_type_name(value)}")
    return value


def _required_text(record: dict, field: str) -> str:
    value = record.get(field)
    if value is None:
        raise InvalidRecord(field, "missing field")
    if not isinstance(value, str):
        raise InvalidRecord(field, "wrong type", f"expected a string, got {_type_name(value)}")
    if not value.strip():
        raise InvalidRecord(field, "empty content")
    return value


def _optional_text(record: dict, field: str) -> str:
    value = record.get(field)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise InvalidRecord(field, "wrong type", f"expected a string, got {_type_name(value)}")
    return value.strip()


def _labels(record: dict, data: DataSpec) -> tuple[str, ...]:
    field = data.label_field
    value = record.get(field)
    if value is None or (isinstance(value, str) and not value.strip()):
        raise InvalidRecord(field, "missing label")
    if isinstance(value, str) and data.label_separator:
        value = [part for part in value.split(data.label_separator)]
    if isinstance(value, list):
        labels = []
        for index, item in enumerate(value):
            if isinstance(item, bool) or not isinstance(item, str | int) or not str(item).strip():
                raise InvalidRecord(f"{field}[{index}]", "wrong type", "each label must be a non-empty string or an integer")
            labels.append(str(item).strip())
        if not labels:
            raise InvalidRecord(field, "missing label", "the list of labels is empty")
        return tuple(sorted(set(labels)))
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise InvalidRecord(field, "wrong type", f"expected a string, an integer or a list of them, got {_type_name(value)}")
    return (str(value).strip(),)


def _record_id(record: dict, id_field: str | None, source: SourceRef) -> str:
    value = record.get(id_field) if id_field else None
    if isinstance(value, str | int) and not isinstance(value, bool) and str(value).strip():
        return str(value).strip()
    return str(source)


def _groups(record: dict, fields: list[str]) -> dict[str, str]:
    groups = {}
    for field in fields:
        value = record.get(field)
        if value is None or (isinstance(value, str) and not value.strip()):
            groups[field] = MISSING_GROUP
        elif isinstance(value, str | int | bool):
            groups[field] = str(value).strip()
        else:
            raise InvalidRecord(field, "wrong type", f"a group value must be a string or a number, got {_type_name(value)}")
    return groups


def _split_group(record: dict, group_by: str | None) -> str | None:
    if not group_by:
        return None
    value = record.get(group_by)
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dict | list):
        raise InvalidRecord(group_by, "wrong type", f"the split.group_by value must be a string or a number, got {_type_name(value)}")
    return str(value).strip()


def _type_name(value: Any) -> str:
    return {dict: "an object", list: "a list", str: "a string", int: "an integer", float: "a number", bool: "a boolean"}.get(
        type(value), "null" if value is None else type(value).__name__
    )
