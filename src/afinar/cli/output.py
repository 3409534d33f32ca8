"""Consoles and printers shared by the CLI commands (Rich for people, JSON for scripts)."""

from __future__ import annotations

import json
import sys
from typing import Any

from rich.console import Console

console = Console(highlight=False)
err_console = Console(stderr=True, highlight=False)


def print_json(value: Any) -> None:
    """Machine-readable output on stdout (one JSON document)."""
    sys.stdout.write(json.dumps(value, indent=2, ensure_ascii=False, default=str) + "\n")


def log_to_stderr(message: str) -> None:
    """Progress messages go to stderr so `--json` output on stdout stays clean."""
    err_console.print(f"[dim]·[/] {message}", highlight=False)
