"""LGPD-grade detection and anonymisation of Brazilian personal data.

    from afinar.privacy import Anonymizer, PrivacyPolicy, scan
    spans = scan("CPF 529.982.247-25")                      # list[Span]
    result = Anonymizer(PrivacyPolicy(), key).apply(text)    # AnonymizedText

Names are resolved lazily (PEP 562) so that `import afinar.privacy` costs nothing and the
spec loader can import `PrivacyPolicy` without compiling any detector.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

_EXPORTS = {
    "Span": "afinar.privacy.span",
    "scan": "afinar.privacy.detection",
    "resolve_overlaps": "afinar.privacy.detection",
    "Detector": "afinar.privacy.registry",
    "DetectorRegistry": "afinar.privacy.registry",
    "register_detector": "afinar.privacy.registry",
    "default_registry": "afinar.privacy.registry",
    "PrivacyPolicy": "afinar.privacy.policy",
    "Anonymizer": "afinar.privacy.anonymizer",
    "AnonymizedText": "afinar.privacy.anonymizer",
    "Replacement": "afinar.privacy.anonymizer",
    "residual_spans": "afinar.privacy.residual",
    "ResidualPersonalDataError": "afinar.privacy.residual",
    "subject_keys": "afinar.privacy.subjects",
    "reveal": "afinar.privacy.encryption",
    "load_key": "afinar.privacy.keys",
    "operator_classification": "afinar.privacy.operators",
    "LgpdClass": "afinar.privacy.operators",
}

__all__ = sorted(_EXPORTS)

if TYPE_CHECKING:
    from afinar.privacy.anonymizer import AnonymizedText, Anonymizer, Replacement
    from afinar.privacy.encryption import reveal
    from afinar.privacy.keys import load_key
    from afinar.privacy.operators import LgpdClass, operator_classification
    from afinar.privacy.policy import PrivacyPolicy
    from afinar.privacy.registry import (
        Detector,
        DetectorRegistry,
        default_registry,
        register_detector,
    )
    from afinar.privacy.residual import ResidualPersonalDataError, residual_spans
    from afinar.privacy.detection import resolve_overlaps, scan
    from afinar.privacy.span import Span
    from afinar.privacy.subjects import subject_keys


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'afinar.privacy' has no attribute {name!r}")
    return getattr(import_module(module), name)
