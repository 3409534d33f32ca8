"""Shared fixtures for the privacy tests."""

from __future__ import annotations

import pytest


@pytest.fixture
def key() -> bytes:
    """A fixed 32-byte privacy key (tests only)."""
    return bytes(range(32))
