"""The web dashboard: datasets, runs, models, approvals, monitoring and the audit log in a browser.

    from afinar.web import web_router
    app.include_router(web_router(workspace, settings))     # pages under /ui

`afinar serve` includes it beside the API; `afinar ui` serves it alone (`dashboard_app`).
Sign-in is with an API token (`afinar users token NAME`); every action is decided by the
registry, on the server. Importing this package is cheap: FastAPI and Jinja2 load on use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from afinar.web.app import dashboard_app
    from afinar.web.router import web_router

__all__ = ["dashboard_app", "web_router"]

_LAZY = {"web_router": "afinar.web.router", "dashboard_app": "afinar.web.app"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'afinar.web' has no attribute {name!r}")
