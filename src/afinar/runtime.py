"""Process-wide defaults applied by the entry points (CLI, server), never at import time."""

from __future__ import annotations

import os

# Telemetry of every dependency is off unless the user explicitly turns it back on.
QUIET_DEFAULTS = {
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "DO_NOT_TRACK": "1",
    "HF_HUB_DISABLE_IMPLICIT_TOKEN": "1",
    "MLFLOW_DISABLE_TELEMETRY": "true",
    "TOKENIZERS_PARALLELISM": "false",
    "TRANSFORMERS_NO_ADVISORY_WARNINGS": "1",
    "TRANSFORMERS_VERBOSITY": "error",
}


def apply_runtime_defaults() -> None:
    """Turn off dependency telemetry and chatter (respecting values the user already set)."""
    for key, value in QUIET_DEFAULTS.items():
        os.environ.setdefault(key, value)
