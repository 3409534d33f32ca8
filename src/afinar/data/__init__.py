"""The data stage: ingest, validate, repair, anonymise, curate, deduplicate, split, audit for
bias, and store a versioned dataset with its manifest and report.

Entry point: `prepare(loaded_spec, workspace) -> DatasetVersion` (see `afinar.data.preparation`).
Importing this package is cheap: numpy, pyarrow, transformers and matplotlib load on use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from afinar.data.example import Example, Message, SourceRef

if TYPE_CHECKING:
    from afinar.data.preparation import ValidationResult, prepare, validate
    from afinar.data.versions import DatasetVersion, get_dataset, list_datasets

__all__ = [
    "DatasetVersion",
    "Example",
    "Message",
    "SourceRef",
    "ValidationResult",
    "get_dataset",
    "list_datasets",
    "prepare",
    "validate",
]

_LAZY = {
    "prepare": "afinar.data.preparation",
    "validate": "afinar.data.preparation",
    "ValidationResult": "afinar.data.preparation",
    "DatasetVersion": "afinar.data.versions",
    "get_dataset": "afinar.data.versions",
    "list_datasets": "afinar.data.versions",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'afinar.data' has no attribute {name!r}")
