"""Load `afinar.yaml`, turning every problem into a `SpecError` that names file, line and key path."""

from __future__ import annotations

import difflib
import os
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from afinar.config.spec import Spec
from afinar.errors import SpecError

SPEC_FILENAME = "afinar.yaml"


def resolve_spec_path(path: str | os.PathLike | None) -> Path:
    """A spec file, or a project folder holding `afinar.yaml`; default: `./afinar.yaml`."""
    candidate = Path(path) if path is not None else Path(SPEC_FILENAME)
    if candidate.is_dir():
        candidate = candidate / SPEC_FILENAME
    if not candidate.is_file():
        raise SpecError(
            f"{candidate}: no such spec file",
            hint="create one with `afinar init DIR --template atendimento`, or pass -c PATH",
        )
    return candidate


def load_spec(path: str | os.PathLike | None = None) -> LoadedSpec:
    """Read and validate a spec file; raise `SpecError` with file:line and key path on any problem."""
    spec_path = resolve_spec_path(path)
    try:
        text = spec_path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise SpecError(f"{spec_path}: not UTF-8 text (byte {exc.start})") from None
    try:
        raw = yaml.safe_load(text)
        root_node = yaml.compose(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{spec_path}:{mark.line + 1}:{mark.column + 1}" if mark else str(spec_path)
        problem = getattr(exc, "problem", None) or str(exc)
        raise SpecError(f"{where}: invalid YAML: {problem}") from None
    if not isinstance(raw, dict):
        raise SpecError(f"{spec_path}: the spec must be a mapping of keys (project, task, base_model, data, …)")
    try:
        spec = Spec.model_validate(raw)
    except ValidationError as exc:
        raise SpecError(format_validation_error(exc, spec_path, root_node)) from None
    return LoadedSpec(spec=spec, path=spec_path.resolve())


class LoadedSpec:
    """A validated spec and the file it came from (relative data paths resolve against its folder)."""

    def __init__(self, spec: Spec, path: Path) -> None:
        self.spec = spec
        self.path = path

    @property
    def project_dir(self) -> Path:
        return self.path.parent

    def resolve(self, relative: str) -> Path:
        """A path from the spec (e.g. a data source), made absolute against the spec's folder."""
        candidate = Path(relative).expanduser()
        return candidate if candidate.is_absolute() else (self.project_dir / candidate)

    def resolved(self) -> dict[str, Any]:
        """The spec with every default filled in, as plain JSON-able data (saved beside artifacts)."""
        return self.spec.model_dump(mode="json")


def format_validation_error(exc: ValidationError, spec_path: Path, root_node: yaml.Node | None) -> str:
    """One line per problem: `file:line: key.path: message`, with a did-you-mean for unknown keys."""
    problems: dict[str, tuple[int, list[str]]] = {}
    for error in exc.errors():
        loc = _key_path(error["loc"])
        dotted = ".".join(str(part) for part in loc) or "(top level)"
        line = _line_of(root_node, loc) or 0
        # A union (e.g. batch_size: "auto" | int) reports one error per member: merge them.
        problems.setdefault(dotted, (line, []))[1].append(_describe(error, loc))
    lines = []
    for dotted, (line, messages) in sorted(problems.items(), key=lambda item: (item[1][0], item[0])):
        where = f"{spec_path}:{line}" if line else str(spec_path)
        lines.append(f"{where}: {dotted}: {'; or '.join(dict.fromkeys(messages))}")
    header = f"{spec_path}: invalid spec ({len(lines)} problem{'s' if len(lines) != 1 else ''})"
    return "\n".join([header, *("  " + line for line in lines)])


def _key_path(loc: tuple) -> list[str | int]:
    # pydantic adds pseudo-locations for union members ("int", "literal['auto']", "function-after[...]");
    # drop them so the path is the one the user typed.
    return [part for part in loc if isinstance(part, int) or not _is_pydantic_tag(part)]


def _is_pydantic_tag(part: str) -> bool:
    return "[" in part or part in {"int", "float", "str", "bool", "list", "dict", "constrained-int"}


def _describe(error: dict, loc: list[str | int]) -> str:
    kind = error["type"]
    if kind == "extra_forbidden":
        key = str(loc[-1]) if loc else "?"
        valid = _valid_keys(loc[:-1])
        close = difflib.get_close_matches(key, valid, n=1, cutoff=0.6)
        message = f"unknown key '{key}'"
        if close:
            message += f" — did you mean '{close[0]}'?"
        elif valid:
            message += f" (valid keys here: {', '.join(sorted(valid))})"
        return message
    if kind == "missing":
        return "required key is missing"
    if kind == "literal_error":
        expected = error.get("ctx", {}).get("expected", "")
        return f"invalid value {error.get('input')!r}: expected {expected}"
    message = error["msg"]
    if message.startswith("Value error, "):
        message = message[len("Value error, "):]
    return message


def _valid_keys(loc: list[str | int]) -> list[str]:
    model: type[BaseModel] | None = Spec
    for part in loc:
        if model is None or isinstance(part, int):
            return []
        field = model.model_fields.get(str(part))
        model = _nested_model(field.annotation) if field else None
    return list(model.model_fields) if model else []


def _nested_model(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()) or ():
        found = _nested_model(arg)
        if found:
            return found
    return None


def _line_of(node: yaml.Node | None, loc: list[str | int]) -> int | None:
    """1-based line of the deepest YAML node on the key path (the key itself for unknown keys)."""
    line = None
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            match = next(((k, v) for k, v in node.value if k.value == str(part)), None)
            if match is None:
                break
            key_node, node = match
            line = key_node.start_mark.line + 1
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
            line = node.start_mark.line + 1
        else:
            break
    return line
