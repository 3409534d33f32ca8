"""Run the serving app with uvicorn (`afinar serve`), in this thread or in a background one."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable

from afinar.config.spec import ServeSpec
from afinar.workspace import Workspace

# uvicorn's own logs: start-up, errors and one access line per request (method, path, status);
# never bodies. Our routes take no text in the URL, so no request text reaches these lines.
LOG_CONFIG = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "default": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"},
    },
    "handlers": {"default": {"class": "logging.StreamHandler", "formatter": "default", "stream": "ext://sys.stderr"}},
    "loggers": {
        "uvicorn": {"handlers": ["default"], "level": "INFO", "propagate": False},
        "uvicorn.error": {"level": "INFO"},
        "uvicorn.access": {"handlers": ["default"], "level": "INFO", "propagate": False},
        "afinar.serve": {"handlers": ["default"], "level": "INFO", "propagate": False},
    },
}


def _server(workspace: Workspace, settings: ServeSpec, *, access_log: bool, log: Callable[[str], None] | None):
    import uvicorn

    from afinar.serve.app import create_app

    app = create_app(workspace, settings, log=log)
    config = uvicorn.Config(
        app, host=settings.host, port=settings.port, log_config=LOG_CONFIG, access_log=access_log, timeout_graceful_shutdown=10, lifespan="on"
    )
    return uvicorn.Server(config)


def run_server(workspace: Workspace, settings: ServeSpec, *, access_log: bool = True, log: Callable[[str], None] | None = None) -> None:
    """Serve until interrupted (Ctrl-C / SIGTERM)."""
    _server(workspace, settings, access_log=access_log, log=log).run()


class BackgroundServer:
    """The real server on a loopback port in a thread (tests, benchmarks): `with BackgroundServer(ws, settings) as url:`."""

    def __init__(
        self, workspace: Workspace, settings: ServeSpec, *, access_log: bool = False, log: Callable[[str], None] | None = None, start_timeout: float = 300.0
    ) -> None:
        if settings.port == 0:
            settings = settings.model_copy(update={"port": free_port(settings.host)})
        self.settings = settings
        self.server = _server(workspace, settings, access_log=access_log, log=log)
        self.thread = threading.Thread(target=self.server.run, name="afinar-uvicorn", daemon=True)
        self.start_timeout = start_timeout

    @property
    def url(self) -> str:
        return f"http://{self.settings.host}:{self.settings.port}"

    def start(self) -> str:
        self.thread.start()
        deadline = time.monotonic() + self.start_timeout
        while not self.server.started:
            if not self.thread.is_alive():
                raise RuntimeError("the server stopped while starting (see the log above)")
            if time.monotonic() > deadline:
                raise TimeoutError(f"the server did not start within {self.start_timeout:.0f} s")
            time.sleep(0.05)
        return self.url

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(60)

    def __enter__(self) -> str:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]
