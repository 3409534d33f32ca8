"""Detectors register themselves here; `scan` asks the registry for all of them.

Adding a detector is one new module in `afinar/privacy/detectors/` whose class is decorated
with `@register_detector` (every module of that package is imported on first use), or, from
outside afinar, `default_registry().add_detector(MyDetector())`. There is no central list of
entity types to edit: the known labels are the union of the registered detectors' labels.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from abc import ABC, abstractmethod
from collections.abc import Iterator
from typing import ClassVar, TypeVar

from afinar.privacy.folding import ContextWindow
from afinar.privacy.span import Span


class Detector(ABC):
    """Finds one or more kinds of personal data in a text.

    Subclasses set `name` (unique) and `labels` (the entity types they can emit) and
    implement `detect`, which yields candidate spans with their scores, overlapping ones
    included: the caller filters by score and resolves overlaps.

    `trigger`, when set, is a pre-filter: a regex that occurs in every text in which the
    detector can yield anything, at any score (a digit for number detectors, "@" for
    e-mail). The registry searches each distinct trigger once per text and skips the
    detectors whose trigger is absent, so a text without digits costs no number regex.
    It must be a necessary condition: a trigger that misses a real candidate loses data.
    """

    name: ClassVar[str]
    labels: ClassVar[tuple[str, ...]]
    trigger: ClassVar[re.Pattern[str] | None] = None

    @abstractmethod
    def detect(self, text: str, context: ContextWindow) -> Iterator[Span]:
        """Yield candidate spans in `text`; `context` is its shared accent-folded view."""

    def version(self) -> str:
        """What identifies this detector's behaviour in a manifest: afinar's version for rule
        detectors; a detector with trained weights adds their hash."""
        from afinar import __version__

        return __version__


class DetectorRegistry:
    """An ordered set of detectors, run together by `detect`."""

    def __init__(self) -> None:
        self._detectors: dict[str, Detector] = {}

    def add_detector(self, detector: Detector) -> None:
        """Add `detector`; a second detector with the same name is a programming error."""
        if detector.name in self._detectors:
            raise ValueError(f"a detector named {detector.name!r} is already registered")
        self._detectors[detector.name] = detector

    def remove_detector(self, name: str) -> None:
        """Remove the detector called `name` (KeyError when there is none)."""
        del self._detectors[name]

    def without(self, names: list[str] | tuple[str, ...]) -> DetectorRegistry:
        """A new registry with this one's detectors except those called `names`."""
        kept = DetectorRegistry()
        for detector in self._detectors.values():
            if detector.name not in names:
                kept.add_detector(detector)
        return kept

    def replacing(self, detector: Detector) -> DetectorRegistry:
        """A new registry with this one's detectors, `detector` in place of the one of its
        name (same position; added at the end when there is none)."""
        replaced = DetectorRegistry()
        for existing in self._detectors.values():
            replaced.add_detector(detector if existing.name == detector.name else existing)
        if detector.name not in self._detectors:
            replaced.add_detector(detector)
        return replaced

    @property
    def detectors(self) -> tuple[Detector, ...]:
        """The registered detectors, in registration order."""
        return tuple(self._detectors.values())

    @property
    def labels(self) -> frozenset[str]:
        """Every entity label some registered detector can emit."""
        return frozenset(label for d in self._detectors.values() for label in d.labels)

    def detect(self, text: str, context: ContextWindow | None = None) -> list[Span]:
        """All candidate spans of all detectors, unfiltered and unresolved; `context` is the
        text's folded view when the caller has one to share."""
        context = context if context is not None else ContextWindow(text)
        spans: list[Span] = []
        present: dict[re.Pattern[str], bool] = {}  # trigger -> found in text, searched once
        for detector in self._detectors.values():
            trigger = detector.trigger
            if trigger is not None:
                found = present.get(trigger)
                if found is None:
                    found = present[trigger] = trigger.search(text) is not None
                if not found:
                    continue
            spans.extend(detector.detect(text, context))
        return spans


_DEFAULT_REGISTRY = DetectorRegistry()
_BUILTINS_LOADED = False

DetectorType = TypeVar("DetectorType", bound=type[Detector])


def register_detector(cls: DetectorType) -> DetectorType:
    """Class decorator: instantiate the detector and add it to the default registry."""
    _DEFAULT_REGISTRY.add_detector(cls())
    return cls


def default_registry() -> DetectorRegistry:
    """The registry with afinar's built-in detectors, imported on the first call.

    Importing is deferred so that `import afinar.privacy` (and the spec loader that embeds
    `PrivacyPolicy`) does not compile a hundred regexes it may never use.
    """
    global _BUILTINS_LOADED
    if not _BUILTINS_LOADED:
        from afinar.privacy import detectors

        for module in sorted(pkgutil.iter_modules(detectors.__path__), key=lambda m: m.name):
            if not module.name.startswith("_"):
                importlib.import_module(f"{detectors.__name__}.{module.name}")
        _BUILTINS_LOADED = True
    return _DEFAULT_REGISTRY
