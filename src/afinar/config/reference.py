"""The spec reference (docs/spec.md) generated from the pydantic models, so it cannot drift."""

from __future__ import annotations

import json
import types
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel
from pydantic_core import PydanticUndefined

from afinar.config.loading import _nested_model
from afinar.config.spec import Spec

HEADER = """# `afinar.yaml` reference

Generated from the pydantic models in `src/afinar/config/spec.py` by
`afinar config reference > docs/spec.md`; do not edit by hand. Unknown keys are errors.
Paths are relative to the folder of the spec file.
"""


def spec_reference_markdown() -> str:
    sections: list[str] = [HEADER]
    _describe_model(Spec, "", sections, seen=set())
    return "\n".join(sections)


def _describe_model(model: type[BaseModel], prefix: str, sections: list[str], seen: set) -> None:
    if model in seen:
        return
    seen.add(model)
    title = f"`{prefix.rstrip('.')}`" if prefix else "top level"
    doc = (model.__doc__ or "").strip().splitlines()[0] if model.__doc__ and model is not Spec else ""
    sections.append(f"## {title}\n")
    if doc and not doc.startswith("Base of"):
        sections.append(doc + "\n")
    sections.append("| key | type | default | description |\n|---|---|---|---|")
    nested: list[tuple[type[BaseModel], str]] = []
    for name, field in model.model_fields.items():
        description = (field.description or "").replace("|", "\\|")
        sections.append(f"| `{prefix}{name}` | {_type_name(field.annotation)} | {_default(field)} | {description} |")
        inner = _nested_model(field.annotation)
        if inner is not None:
            nested.append((inner, f"{prefix}{name}."))
    sections.append("")
    for inner, inner_prefix in nested:
        _describe_model(inner, inner_prefix, sections, seen)


def _default(field) -> str:
    if field.is_required():
        return "**required**"
    if field.default_factory is not None:
        value: Any = field.default_factory()
        if isinstance(value, BaseModel):
            return "(section)"
    else:
        value = field.default
    if value is PydanticUndefined:
        return ""
    return f"`{json.dumps(value, ensure_ascii=False)}`"


def _type_name(annotation: Any) -> str:
    """A readable type: `"lora" \\| "full"`, `list of str`, `int ≥ 1`, `section`."""
    origin, args = get_origin(annotation), get_args(annotation)
    if origin is Literal:
        return " \\| ".join(f"`{json.dumps(value)}`" for value in args)
    if origin in (Union, types.UnionType):
        return " \\| ".join(_type_name(arg) for arg in args)
    if origin is Annotated:
        return _type_name(args[0])
    if origin is list:
        return f"list of {_type_name(args[0])}" if args else "list"
    if origin is dict:
        return f"mapping {_type_name(args[0])} → {_type_name(args[1])}" if args else "mapping"
    if annotation is type(None):
        return "`null`"
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return "section"
    return f"`{getattr(annotation, '__name__', str(annotation))}`"
