"""Sign-in sessions and CSRF tokens of the dashboard.

A person signs in with an API token (`afinar users token NAME`). The token itself is never
kept: the session cookie holds the user name, the token's public id, the issue and expiry times
and a random nonce, signed with HMAC-SHA256 under a workspace key (`keys/web_session.key`). On
every request the signature and expiry are checked and then the token and the user are looked
up again, so revoking the token, disabling the user or changing their roles takes effect on the
next page. The cookie is HttpOnly, SameSite=Strict, path-scoped to the dashboard, and Secure
when the page was served over HTTPS.

CSRF: every POST form carries `csrf_token` = HMAC(key, "csrf|" + session nonce), compared in
constant time before anything else happens; the sign-in form (no session yet) uses a
double-submit cookie instead. A POST whose `Origin` header names another site is refused too.

Signing out forgets the nonce in this process (until the cookie would expire anyway); with
several server processes, sign-out everywhere means revoking the API token.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import threading
import time
from dataclasses import dataclass

from afinar.errors import AfinarError
from afinar.registry.errors import AuthenticationError
from afinar.registry.identity import User, get_user, list_tokens
from afinar.workspace import Workspace

SESSION_COOKIE = "afinar_session"
LOGIN_COOKIE = "afinar_login"  # double-submit CSRF value of the sign-in form
LANG_COOKIE = "afinar_lang"
SESSION_SECONDS = 8 * 3600
KEY_NAME = "web_session"


@dataclass(frozen=True)
class Session:
    """A verified session: who, through which API token, and the nonce its CSRF token derives from."""

    user: User
    token_id: str
    nonce: str
    expires_at: int


class SessionKeeper:
    """Issues and checks session cookies and CSRF tokens for one workspace."""

    def __init__(self, workspace: Workspace, *, lifetime_s: int = SESSION_SECONDS) -> None:
        self.workspace = workspace
        self.lifetime_s = lifetime_s
        self._key = workspace.secret(KEY_NAME)
        self._signed_out: dict[str, int] = {}  # nonce -> expiry
        self._lock = threading.Lock()

    def _mac(self, purpose: str, payload: bytes) -> str:
        return hmac.new(self._key, purpose.encode() + b"|" + payload, hashlib.sha256).hexdigest()

    # -- sessions ------------------------------------------------------------------------------------

    def issue(self, user: User, token_id: str) -> tuple[str, Session]:
        """A new cookie value for `user`, signed in with the API token `token_id`."""
        now = int(time.time())
        payload = {"u": user.name, "t": token_id, "iat": now, "exp": now + self.lifetime_s, "n": secrets.token_urlsafe(24)}
        body = base64.urlsafe_b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode().rstrip("=")
        cookie = f"v1.{body}.{self._mac('session', body.encode())}"
        return cookie, Session(user, token_id, payload["n"], payload["exp"])

    def verify(self, cookie: str | None) -> Session | None:
        """The session behind a cookie value, or None when it is missing, forged, expired, signed
        out, or its token or user no longer works."""
        if not cookie:
            return None
        try:
            version, body, mac = cookie.split(".")
        except ValueError:
            return None
        if version != "v1" or not hmac.compare_digest(mac, self._mac("session", body.encode())):
            return None
        try:
            payload = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
            name, token_id, expires, nonce = payload["u"], payload["t"], int(payload["exp"]), payload["n"]
        except (ValueError, KeyError, TypeError):
            return None
        if expires <= time.time() or self._is_signed_out(nonce):
            return None
        try:
            user = current_user(self.workspace, name, token_id)
        except AfinarError:
            return None
        return Session(user, token_id, nonce, expires)

    def sign_out(self, session: Session) -> None:
        with self._lock:
            now = time.time()
            self._signed_out = {n: exp for n, exp in self._signed_out.items() if exp > now}
            self._signed_out[session.nonce] = session.expires_at

    def _is_signed_out(self, nonce: str) -> bool:
        with self._lock:
            return nonce in self._signed_out

    # -- CSRF ----------------------------------------------------------------------------------------

    def csrf_token(self, session: Session) -> str:
        return self._mac("csrf", session.nonce.encode())

    def check_csrf(self, session: Session, submitted: str | None) -> bool:
        return bool(submitted) and hmac.compare_digest(str(submitted), self.csrf_token(session))

    @staticmethod
    def new_login_nonce() -> str:
        return secrets.token_urlsafe(24)

    @staticmethod
    def check_login_nonce(cookie: str | None, submitted: str | None) -> bool:
        return bool(cookie) and bool(submitted) and hmac.compare_digest(str(cookie), str(submitted))


def current_user(workspace: Workspace, name: str, token_id: str) -> User:
    """The user as the registry knows them now, if the API token they signed in with still works."""
    token = next((t for t in list_tokens(workspace, name) if t.id == token_id), None)
    if token is None or not token.active:
        raise AuthenticationError(f"API token {token_id} no longer works")
    user = get_user(workspace, name)
    if not user.active:
        raise AuthenticationError(f"user {name} is disabled")
    return User(name=user.name, roles=user.roles, active=True, local_admin=user.local_admin, via=f"web:token:{token_id}")


def token_id_of(user: User) -> str:
    """The token id in `User.via` as `authenticate` sets it ('token:<id>')."""
    return user.via.split(":", 1)[1] if user.via.startswith("token:") else ""
