"""Shared fixtures for the privacy tests."""

from __future__ import annotations

import pytest

TEST_KEY = bytes(range(32))


@pytest.fixture
def key() -> bytes:
    """A fixed 32-byte privacy key (tests only)."""
    return TEST_KEY


def found(text: str, spans) -> list[tuple[str, str]]:
    """(value, label) pairs, for readable assertions."""
    return [(text[s.start : s.end], s.label) for s in spans]
