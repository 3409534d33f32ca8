"""`create_app(workspace, settings)`: the FastAPI application of the serve stage.

Nothing happens at import or when the app is created: the registry is read, the request-log
writer started and the production models loaded when the app starts (its lifespan), and all of
it is closed when it stops. Errors are answered in OpenAI's shape, `{"error": {...}}`, and never
quote request text.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from afinar.config.spec import ServeSpec
from afinar.workspace import Workspace

logger = logging.getLogger("afinar.serve")


@dataclass
class ServeContext:
    """Everything the routes reach through `request.app.state.afinar`."""

    workspace: Workspace
    settings: ServeSpec
    metrics: object
    gatekeeper: object
    pool: object
    logs: object
    service: object


def create_app(workspace: Workspace, settings: ServeSpec | None = None, *, log: Callable[[str], None] | None = None):
    """The serving app over `workspace`'s registry, configured by `settings` (the spec's `serve:`)."""
    from fastapi import FastAPI
    from fastapi.exceptions import RequestValidationError
    from fastapi.middleware.cors import CORSMiddleware
    from fastapi.responses import JSONResponse

    from afinar import __version__
    from afinar.errors import AfinarError, NotFoundError, UsageError
    from afinar.registry.errors import AuthenticationError, PermissionDeniedError
    from afinar.serve.auth import ApiError
    from afinar.serve.metrics import ServeMetrics

    settings = settings or ServeSpec()
    say = log or logger.info
    metrics = ServeMetrics()

    @contextlib.asynccontextmanager
    async def lifespan(app):
        context = await asyncio.to_thread(_start, workspace, settings, metrics, say)
        app.state.afinar = context
        purge = asyncio.create_task(_purge_periodically(context, say))
        try:
            yield
        finally:
            purge.cancel()
            await asyncio.to_thread(_stop, context, say)

    app = FastAPI(title="afinar", version=__version__, lifespan=lifespan, docs_url="/docs", redoc_url=None)
    app.state.settings = settings
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware, allow_origins=settings.cors_origins, allow_methods=["GET", "POST"], allow_headers=["Authorization", "Content-Type"]
        )
    app.add_middleware(_MetricsMiddleware, metrics=metrics)

    def error(status: int, message: str, type_: str, code: str | None = None, headers: dict | None = None):
        return JSONResponse({"error": {"message": message, "type": type_, "param": None, "code": code}}, status_code=status, headers=headers)

    @app.exception_handler(ApiError)
    async def _api_error(_request, exc: ApiError):
        return error(exc.status, exc.message, exc.type, exc.code, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request, exc: RequestValidationError):
        # Location and reason only: pydantic's error also quotes the input, which may be personal data.
        problems = "; ".join(f"{'.'.join(str(p) for p in e.get('loc', ()) if p != 'body')}: {e.get('msg', 'invalid')}" for e in exc.errors())
        return error(400, f"invalid request: {problems}", "invalid_request_error")

    @app.exception_handler(AfinarError)
    async def _afinar_error(_request, exc: AfinarError):
        if isinstance(exc, AuthenticationError):
            return error(401, exc.message, "invalid_request_error", "invalid_token", {"WWW-Authenticate": "Bearer"})
        if isinstance(exc, PermissionDeniedError):
            return error(403, exc.message, "permission_error", "permission_denied")
        if isinstance(exc, NotFoundError):
            return error(404, str(exc), "invalid_request_error", "model_not_found" if "model" in exc.message else "not_found")
        if isinstance(exc, UsageError):
            return error(400, str(exc), "invalid_request_error")
        logger.error("request failed: %s", type(exc).__name__)
        return error(503, exc.message, "server_error")

    from afinar.serve.routes import router

    app.include_router(router)
    if settings.dashboard:
        from afinar.web import web_router

        app.include_router(web_router(workspace, settings))
    return app


def _start(workspace: Workspace, settings: ServeSpec, metrics, say) -> ServeContext:
    from afinar.audit import AuditLog
    from afinar.serve.auth import Gatekeeper
    from afinar.serve.inference import InferenceService
    from afinar.serve.pool import ModelPool
    from afinar.serve.requestlog import RequestLogStore

    if settings.threads is not None:
        import torch

        torch.set_num_threads(settings.threads)
    audit = AuditLog(workspace)
    record = lambda action, subject, details: audit.append(action, subject, details)  # noqa: E731
    pool = ModelPool(workspace, settings, metrics=metrics, audit=record, log=say)
    logs = RequestLogStore(workspace, settings.request_logs, metrics)
    logs.start()
    if settings.preload:
        pool.preload()
    audit.append(
        "serve.started",
        "serve",
        {"production": {name: s.id for name, s in pool.production.items()}, "extra_statuses": list(settings.extra_statuses),
         "request_logs": settings.request_logs.model_dump(), "rate_limit": settings.rate_limit.model_dump(), "cors_origins": list(settings.cors_origins)},
    )
    service = InferenceService(workspace, settings, pool, logs, metrics)
    return ServeContext(workspace, settings, metrics, Gatekeeper(workspace, settings, metrics), pool, logs, service)


def _stop(context: ServeContext, say) -> None:
    from afinar.audit import AuditLog

    loaded = context.pool.loaded()
    context.pool.close()
    context.logs.close()  # writes what is still queued
    AuditLog(context.workspace).append("serve.stopped", "serve", {"loaded": loaded, "log_write_errors": context.logs.errors})


async def _purge_periodically(context: ServeContext, say) -> None:
    from afinar.serve.requestlog import purge_expired

    while True:
        try:
            deleted = await asyncio.to_thread(purge_expired, context.workspace)
            if any(deleted.values()):
                say(f"purged expired request logs: {deleted['request_logs']} rows, {deleted['request_feedback']} feedback")
        except Exception as exc:  # noqa: BLE001 - try again next time
            logger.error("purging expired request logs failed: %s", type(exc).__name__)
        await asyncio.sleep(context.settings.request_logs.purge_every_s)


class _MetricsMiddleware:
    """Counts every answer by route template and status, timed to its last byte (streams too), and
    answers an unexpected error itself: Starlette would re-raise it for uvicorn to log with its
    message and traceback, which may quote request text."""

    def __init__(self, app, metrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        started = time.perf_counter()
        status = {"code": 500, "started": False}

        async def watch(message):
            if message["type"] == "http.response.start":
                status["code"], status["started"] = message["status"], True
            await send(message)

        try:
            await self.app(scope, receive, watch)
        except Exception as exc:  # noqa: BLE001 - the last resort: type only, never the message
            logger.error("request failed: %s", type(exc).__name__)
            status["code"] = 500
            if not status["started"]:
                body = json.dumps({"error": {"message": f"internal error ({type(exc).__name__})", "type": "server_error", "param": None, "code": None}}).encode()
                await send({"type": "http.response.start", "status": 500, "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
                await send({"type": "http.response.body", "body": body})
        finally:
            route = scope.get("route")
            template = getattr(route, "path", None) or "unmatched"
            self.metrics.requests.labels(template, str(status["code"])).inc()
            self.metrics.latency.labels(template).observe(time.perf_counter() - started)
