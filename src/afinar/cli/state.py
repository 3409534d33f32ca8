"""Options shared by every command (the workspace location), set by the root callback."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass
class CliState:
    workspace_path: Path | None = None

    def open_workspace(self):
        from afinar.workspace import Workspace

        return Workspace.open(self.workspace_path)


STATE = CliState()
