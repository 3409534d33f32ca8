"""The serve stage: an OpenAI-compatible HTTP API over the registry's production models.

    from afinar.serve import create_app
    app = create_app(workspace, ServeSpec())     # nothing loads until the app starts
    uvicorn.run(app, host="127.0.0.1", port=8000)

Routes (docs/serving.md): `/v1/chat/completions` (server-sent events with `stream: true`),
`/v1/completions`, `/v1/models`, `/v1/classify`, `/v1/feedback`, `/v1/requests` (admins),
`/health`, `/metrics` (Prometheus). Bearer tokens come from the registry (`afinar users token`);
what each role may call is `afinar.registry.identity.PERMISSIONS`. Request texts are anonymised
by the privacy stage before a log row is written. Importing this package is cheap: FastAPI,
torch and transformers load in `create_app` and when a model is first served.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from afinar.serve.app import create_app
    from afinar.serve.server import run_server

__all__ = ["create_app", "run_server"]

_LAZY = {"create_app": "afinar.serve.app", "run_server": "afinar.serve.server"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'afinar.serve' has no attribute {name!r}")
