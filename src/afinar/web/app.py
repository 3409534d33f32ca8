"""`dashboard_app(workspace)`: a FastAPI app serving only the dashboard (`afinar ui`)."""

from __future__ import annotations

from typing import Any

from afinar.workspace import Workspace


def dashboard_app(workspace: Workspace, settings: Any = None):
    """The dashboard's pages under `/ui`, and `/` sending the browser there. No API routes."""
    from fastapi import FastAPI
    from fastapi.responses import RedirectResponse

    from afinar import __version__
    from afinar.web.router import PREFIX, web_router

    app = FastAPI(title="afinar dashboard", version=__version__, docs_url=None, redoc_url=None, openapi_url=None)
    app.include_router(web_router(workspace, settings))

    @app.get("/", include_in_schema=False)
    def root() -> RedirectResponse:
        return RedirectResponse(PREFIX + "/", status_code=303)

    return app
