"""Fixtures of the serving tests: the real world (serving_world.py), built once per session, and
the real server (uvicorn on a free loopback port, in a thread) over a copy of its workspace."""

from __future__ import annotations

import logging
import shutil

import pytest
from .serving_world import build_serving_world


@pytest.fixture(scope="session")
def serving_world(tmp_path_factory):
    return build_serving_world(tmp_path_factory.mktemp("serving-world"))


class LogLines(logging.Handler):
    """Every line the server's loggers (uvicorn's and afinar's) write, formatted."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


@pytest.fixture(scope="module")
def live(serving_world, tmp_path_factory):
    """(server URL, world, opened workspace, captured log lines): the real server over a private copy
    of the world's workspace, with an access log."""
    from afinar.config.spec import ServeSpec
    from afinar.serve.server import BackgroundServer
    from afinar.workspace import Workspace

    folder = tmp_path_factory.mktemp("live") / "ws"
    shutil.copytree(serving_world.workspace_path, folder, symlinks=True)
    workspace = Workspace.open(folder)
    settings = ServeSpec(port=0, registry_poll_s=0.0, batch_wait_ms=30, rate_limit={"per_minute": 60_000, "burst": 10_000}, dashboard=False)
    server = BackgroundServer(workspace, settings, access_log=True)
    captured = LogLines()
    loggers = [logging.getLogger(name) for name in ("uvicorn", "uvicorn.error", "uvicorn.access", "afinar.serve")]
    url = server.start()
    for logger in loggers:  # after start: uvicorn configures its loggers when it starts
        logger.addHandler(captured)
    yield url, serving_world, workspace, captured
    for logger in loggers:
        logger.removeHandler(captured)
    server.stop()
    workspace.close()
