"""Who is calling: bearer tokens from the registry, the permission matrix, a rate limit per token.

`Gatekeeper.admit(authorization, action)` returns the `User` or raises `ApiError`: 401 without
a valid token, 403 when the user's roles do not allow `action` (`afinar.registry.identity.
PERMISSIONS`), 429 with `Retry-After` when the token's bucket is empty. A verified token is
remembered for `serve.auth_cache_s` under its sha256 (never the token itself).
"""

from __future__ import annotations

import hashlib
import threading
import time

from afinar.config.spec import ServeSpec
from afinar.serve.ratelimit import RateLimiter
from afinar.workspace import Workspace


class ApiError(Exception):
    """An error answered as OpenAI does: `{"error": {"message", "type", "code"}}` with `status`."""

    def __init__(self, status: int, message: str, *, type: str, code: str | None = None, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.type = type
        self.code = code
        self.headers = headers or {}


class Gatekeeper:
    def __init__(self, workspace: Workspace, settings: ServeSpec, metrics=None) -> None:
        self.workspace = workspace
        self.cache_s = settings.auth_cache_s
        self.limiter = RateLimiter(settings.rate_limit.per_minute, settings.rate_limit.burst)
        self.metrics = metrics
        self._cache: dict[str, tuple[object, float]] = {}
        self._lock = threading.Lock()

    def admit(self, authorization: str | None, action: str):
        """The caller's `User`, allowed to do `action` and within its rate limit."""
        user = self.identify(authorization)
        self.check(user, action)
        self.limit(user)
        return user

    def identify(self, authorization: str | None):
        from afinar.registry.errors import PermissionDeniedError
        from afinar.registry.identity import authenticate

        scheme, _, token = (authorization or "").partition(" ")
        token = token.strip()
        if scheme.lower() != "bearer" or not token:
            raise self._refused(401, "missing bearer token: send `Authorization: Bearer <API token>` (afinar users token NAME)", "missing_token")
        key = hashlib.sha256(token.encode("utf-8")).hexdigest()
        now = time.monotonic()
        with self._lock:
            hit = self._cache.get(key)
        if hit is not None and hit[1] > now:
            return hit[0]
        try:
            user = authenticate(self.workspace, token)
        except PermissionDeniedError as exc:
            raise self._refused(401, exc.message, "invalid_token") from None
        if self.cache_s > 0:
            with self._lock:
                if len(self._cache) > 10_000:
                    self._cache.clear()
                self._cache[key] = (user, now + self.cache_s)
        return user

    def check(self, user, action: str) -> None:
        from afinar.registry.errors import PermissionDeniedError
        from afinar.registry.identity import authorize

        try:
            authorize(user, action)
        except PermissionDeniedError as exc:
            raise self._refused(403, exc.message, "permission_denied") from None

    def limit(self, user) -> None:
        wait = self.limiter.retry_after(user.via)
        if wait:
            if self.metrics:
                self.metrics.rate_limited.inc()
            raise ApiError(
                429, f"rate limit of this API token exceeded; retry in {wait} s", type="rate_limit_exceeded", code="rate_limit_exceeded",
                headers={"Retry-After": str(wait)},
            )

    def _refused(self, status: int, message: str, code: str) -> ApiError:
        if self.metrics:
            self.metrics.auth_failures.labels(str(status)).inc()
        if status == 401:
            return ApiError(401, message, type="invalid_request_error", code=code, headers={"WWW-Authenticate": "Bearer"})
        return ApiError(403, message, type="permission_error", code=code)
