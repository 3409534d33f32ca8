"""`web_router(workspace, settings)`: the dashboard's pages as one FastAPI `APIRouter`.

    app.include_router(web_router(workspace, settings))      # pages under /ui

Routes (docs/web.md): sign-in and sign-out, overview, datasets, runs, models (with the review
actions), monitoring, audit log (with verification), a language switch, static files. Pages
are rendered on the server with Jinja2; the only script is `static/afinar.js`.

Every decision about who may do what is the registry's: a POST to a review action calls
`Registry.approve/reject/...` with the signed-in user, and the registry checks the role, four
eyes, the reviewer list and the gates. The page showing or hiding a button is a courtesy.
"""

from __future__ import annotations

import json
import logging
import mimetypes
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from markupsafe import Markup
from starlette.concurrency import run_in_threadpool

from afinar.errors import NotFoundError, UsageError
from afinar.registry.errors import AuthenticationError, GateError, PermissionDeniedError, TransitionError
from afinar.registry.identity import User, can
from afinar.web import views
from afinar.web.formatting import Formatter
from afinar.web.i18n import DEFAULT_LANGUAGE, LANGUAGES, translator
from afinar.web.sessions import LANG_COOKIE, LOGIN_COOKIE, SESSION_COOKIE, Session, SessionKeeper
from afinar.workspace import Workspace

logger = logging.getLogger("afinar.web")
PREFIX = "/ui"
HERE = Path(__file__).parent
STATIC = HERE / "static"
TEMPLATES = HERE / "templates"
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
NAV = (("overview", "/"), ("datasets", "/datasets"), ("runs", "/runs"), ("models", "/models"), ("monitoring", "/monitoring"), ("audit", "/audit"))


def web_router(workspace: Workspace, settings: Any = None, *, prefix: str = PREFIX) -> APIRouter:
    """The dashboard's routes under `prefix`, reading and acting on `workspace`.

    `settings`: the serving settings (`ServeSpec`) when the dashboard runs inside `afinar serve`;
    the dashboard reads nothing from them yet and takes them so both factories look alike.
    """
    return Dashboard(workspace, settings, prefix).router


@dataclass
class Page:
    """One request being answered: who asks, in which language, and the request's withholder."""

    dashboard: Dashboard
    request: Request
    form: dict[str, str]
    session: Session | None = None
    lang: str = DEFAULT_LANGUAGE
    t: Callable[..., str] = field(default=lambda key, **kw: key)
    safe: Callable[[Any], str] = field(default=str)

    @property
    def user(self) -> User | None:
        return self.session.user if self.session else None

    def param(self, name: str, default: str = "") -> str:
        return (self.request.query_params.get(name) or default).strip()[:200]

    def render(self, template: str, /, *, status: int = 200, title: str = "", **context: Any) -> HTMLResponse:
        return self.dashboard.render(self, template, status=status, title=title, **context)

    def error(self, status: int, message: str, *, title: str | None = None) -> HTMLResponse:
        return self.render("error.html", status=status, title=title or self.t(f"error.{status}"), message=message)

    def redirect(self, path: str) -> RedirectResponse:
        return RedirectResponse(self.dashboard.prefix + path, status_code=303)


class Dashboard:
    def __init__(self, workspace: Workspace, settings: Any, prefix: str) -> None:
        import jinja2

        self.workspace = workspace
        self.settings = settings
        self.prefix = prefix.rstrip("/")
        self.keeper = SessionKeeper(workspace)
        self.templates = jinja2.Environment(
            loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True
        )
        self.templates.filters["replace_marks"] = replace_marks
        self.templates.filters["pretty_json"] = pretty_json
        self.router = APIRouter(prefix=self.prefix, include_in_schema=False)
        self._routes()

    # -- routing ----------------------------------------------------------------------------------------

    def _routes(self) -> None:
        add = self._add
        add("/static/{name}", self.static, auth=False)
        add("/login", self.login_form, auth=False)
        add("/login", self.login, methods=["POST"], auth=False)
        add("/logout", self.logout, methods=["POST"])
        add("/lang/{code}", self.switch_language, auth=False)
        add("/", self.overview)
        add("/datasets", self.datasets)
        add("/datasets/{dataset_id}", self.dataset)
        add("/runs", self.runs)
        add("/runs/{run_id}", self.run)
        add("/models", self.models)
        add("/models/{reference}", self.model)
        add("/models/{reference}/{action}", self.model_action, methods=["POST"])
        add("/monitoring", self.monitoring)
        add("/audit", self.audit)
        add("/audit/verify", self.audit_verify, methods=["POST"])

    def _add(self, path: str, handler: Callable[[Page], Response], *, methods: list[str] | None = None, auth: bool = True) -> None:
        async def endpoint(request: Request) -> Response:
            form: dict[str, str] = {}
            if request.method == "POST":
                parsed = await request.form(max_files=0, max_fields=50)
                form = {key: value for key, value in parsed.items() if isinstance(value, str)}
            return await run_in_threadpool(self._answer, handler, request, form, auth)

        endpoint.__name__ = f"web_{handler.__name__}_{'_'.join(methods or ['GET']).lower()}"
        self.router.add_api_route(path, endpoint, methods=methods or ["GET"], response_class=HTMLResponse)

    def _answer(self, handler: Callable[[Page], Response], request: Request, form: dict[str, str], auth: bool) -> Response:
        page = Page(self, request, form)
        page.lang = language_of(request)
        page.t = translator(page.lang)
        from afinar.registry.cards import Withholder

        page.safe = Withholder()
        try:
            response = self._guarded(handler, page, auth)
        except NotFoundError as exc:
            response = page.error(404, exc.message)
        except (AuthenticationError, PermissionDeniedError) as exc:
            response = page.error(403, exc.message)
        except (TransitionError, GateError) as exc:
            response = page.error(409, exc.message)
        except UsageError as exc:
            response = page.error(400, exc.message)
        return secure(response, static=handler == self.static)

    def _guarded(self, handler: Callable[[Page], Response], page: Page, auth: bool) -> Response:
        request = page.request
        if request.method == "POST" and not same_origin(request):
            return page.error(403, page.t("error.cross_site"))
        if auth:
            page.session = self.keeper.verify(request.cookies.get(SESSION_COOKIE))
            if page.session is None:
                if request.method == "GET":
                    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
                    return RedirectResponse(f"{self.prefix}/login?next={quote(target)}", status_code=303)
                return page.error(401, page.t("error.signed_out"))
            if request.method == "POST" and not self.keeper.check_csrf(page.session, page.form.get("csrf_token")):
                return page.error(403, page.t("error.csrf"))
        return handler(page)

    # -- rendering --------------------------------------------------------------------------------------

    def render(self, page: Page, template: str, /, *, status: int, title: str, **context: Any) -> HTMLResponse:
        from afinar import __version__

        user = page.user
        base = {
            "t": page.t,
            "lang": page.lang,
            "languages": LANGUAGES,
            "prefix": self.prefix,
            "title": title,
            "user": user,
            "roles": sorted(r.value for r in user.roles) if user else [],
            "can": (lambda action: can(user, action)) if user else (lambda action: False),
            "csrf": self.keeper.csrf_token(page.session) if page.session else "",
            "nav": [(name, path) for name, path in NAV if name != "audit" or (user and can(user, "audit.read"))] if user else [],
            "here": page.request.url.path,
            "here_full": page.request.url.path + (f"?{page.request.url.query}" if page.request.url.query else ""),
            "safe": page.safe,
            "afinar_version": __version__,
            "fmt": Formatter(page.lang),
        }
        html = self.templates.get_template(template).render(**base, **context)
        return HTMLResponse(html, status_code=status)

    # -- static files and sign-in -------------------------------------------------------------------------

    def static(self, page: Page) -> Response:
        name = page.request.path_params["name"]
        path = STATIC / name
        if "/" in name or name.startswith(".") or not path.is_file():
            raise NotFoundError(f"no static file {name!r}")
        media_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
        return Response(path.read_bytes(), media_type=media_type, headers={"Cache-Control": "public, max-age=3600"})

    def login_form(self, page: Page, *, error: str | None = None, status: int = 200) -> Response:
        session = self.keeper.verify(page.request.cookies.get(SESSION_COOKIE))
        if session is not None and error is None:
            return RedirectResponse(self.safe_next(page.param("next")), status_code=303)
        nonce = self.keeper.new_login_nonce()
        response = page.render("login.html", status=status, title=page.t("login.title"), login_nonce=nonce, next=self.safe_next(page.param("next") or page.form.get("next", "")), error=error)
        response.set_cookie(LOGIN_COOKIE, nonce, max_age=3600, path=self.prefix, httponly=True, samesite="strict", secure=is_https(page.request))
        return response

    def login(self, page: Page) -> Response:
        from afinar.audit import AuditLog
        from afinar.registry.identity import authenticate

        if not self.keeper.check_login_nonce(page.request.cookies.get(LOGIN_COOKIE), page.form.get("login_nonce")):
            return self.login_form(page, error=page.t("login.expired"), status=403)
        try:
            user = authenticate(self.workspace, page.form.get("token", ""))
        except AuthenticationError as exc:
            # Not in the audit log: anyone could fill it with failed attempts. Never the token.
            logger.warning("dashboard sign-in refused from %s: %s", page.request.client.host if page.request.client else "?", exc.message)
            return self.login_form(page, error=page.t("login.invalid"), status=401)
        token_id = user.via.split(":", 1)[1]
        cookie, _session = self.keeper.issue(user, token_id)
        AuditLog(self.workspace).append("web.signed_in", f"user:{user.name}", {"token_id": token_id, "via": f"web:token:{token_id}"}, actor=user.name)
        response = RedirectResponse(self.safe_next(page.form.get("next", "")), status_code=303)
        response.set_cookie(SESSION_COOKIE, cookie, max_age=self.keeper.lifetime_s, path=self.prefix, httponly=True, samesite="strict", secure=is_https(page.request))
        response.delete_cookie(LOGIN_COOKIE, path=self.prefix)
        return response

    def logout(self, page: Page) -> Response:
        from afinar.audit import AuditLog

        self.keeper.sign_out(page.session)
        AuditLog(self.workspace).append("web.signed_out", f"user:{page.user.name}", {"token_id": page.session.token_id, "via": page.user.via}, actor=page.user.name)
        response = page.redirect("/login")
        response.delete_cookie(SESSION_COOKIE, path=self.prefix)
        return response

    def switch_language(self, page: Page) -> Response:
        code = page.request.path_params["code"]
        if code not in LANGUAGES:
            raise NotFoundError(f"no language {code!r}; languages are {', '.join(LANGUAGES)}")
        response = RedirectResponse(self.safe_next(page.param("next")), status_code=303)
        response.set_cookie(LANG_COOKIE, code, max_age=365 * 86400, path=self.prefix, samesite="lax", secure=is_https(page.request))
        return response

    def safe_next(self, target: str) -> str:
        """Where to go after signing in: a path of the dashboard itself, never another site."""
        parts = urlsplit(target or "")
        if parts.scheme or parts.netloc or not parts.path.startswith(self.prefix + "/") or parts.path.startswith("//") or "\\" in target:
            return self.prefix + "/"
        if parts.path.startswith(self.prefix + "/login"):
            return self.prefix + "/"
        return parts.path + (f"?{parts.query}" if parts.query else "")

    # -- pages ----------------------------------------------------------------------------------------------

    def overview(self, page: Page) -> Response:
        data = views.overview(self.workspace, page.user, page.safe, page.t)
        return page.render("overview.html", title=page.t("nav.overview"), **data)

    def datasets(self, page: Page) -> Response:
        return page.render("datasets.html", title=page.t("nav.datasets"), **views.datasets_list(self.workspace))

    def dataset(self, page: Page) -> Response:
        data = views.dataset_detail(self.workspace, page.request.path_params["dataset_id"], page.safe, page.t)
        return page.render("dataset.html", title=f"{page.t('dataset.title')} {data['dataset'].short_id}", **data)

    def runs(self, page: Page) -> Response:
        return page.render("runs.html", title=page.t("nav.runs"), **views.runs_list(self.workspace))

    def run(self, page: Page) -> Response:
        data = views.run_detail(self.workspace, page.request.path_params["run_id"], page.safe, page.t)
        return page.render("run.html", title=f"{page.t('run.title')} {data['run'].id}", **data)

    def models(self, page: Page) -> Response:
        status = page.param("status")
        return page.render("models.html", title=page.t("nav.models"), **views.models_list(self.workspace, status if status in {s for s in views.Status} else None))

    def model(self, page: Page, *, error: str | None = None, status: int = 200) -> Response:
        reference = page.request.path_params["reference"]
        data = views.model_detail(self.workspace, reference, page.user, page.safe, page.t, Formatter(page.lang))
        done = page.param("done")
        return page.render(
            "model.html", status=status, title=data["version"].id, error=error,
            done=page.t(f"model.done.{done}") if done in views.MODEL_ACTIONS and not error else None, **data,
        )

    def model_action(self, page: Page) -> Response:
        from afinar.registry import Registry

        reference, action = page.request.path_params["reference"], page.request.path_params["action"]
        if action not in views.MODEL_ACTIONS:
            raise NotFoundError(f"no action {action!r}; actions are {', '.join(views.MODEL_ACTIONS)}")
        registry = Registry(self.workspace)
        version = registry.get(reference)
        reason = page.form.get("reason", "").strip()[:2000] or None
        override = page.form.get("override_reason", "").strip()[:2000] or None
        user = page.user
        try:
            if action == "submit":
                registry.submit(version.id, user, reason=reason, override_reason=override)
            elif action == "promote":
                registry.promote(version.id, user, reason=reason, override_reason=override, log=lambda _message: None)
            elif action == "reject":
                registry.reject(version.id, user, reason=reason or "")
            else:
                getattr(registry, action)(version.id, user, reason=reason)
        except (PermissionDeniedError, UsageError) as exc:
            status = 403 if isinstance(exc, PermissionDeniedError) else 409 if isinstance(exc, (TransitionError, GateError)) else 400
            message = page.t(f"model.refused.{'permission' if status == 403 else 'rules'}", action=page.t(f"action.{action}")) + " " + exc.message
            return self.model(page, error=message, status=status)
        return page.redirect(f"/models/{quote(version.id)}?done={action}")

    def monitoring(self, page: Page) -> Response:
        data = views.monitoring(self.workspace, page.safe, page.t, Formatter(page.lang))
        return page.render("monitoring.html", title=page.t("nav.monitoring"), **data)

    def audit(self, page: Page, *, verification: Any = None) -> Response:
        from afinar.registry.identity import authorize

        authorize(page.user, "audit.read")
        filters = {name: page.param(name) for name in ("action", "actor", "subject", "since")}
        try:
            number = max(1, min(int(page.param("page", "1")), 1000))
        except ValueError:
            number = 1
        data = views.audit_page(self.workspace, filters, number, page.safe)
        return page.render("audit.html", title=page.t("nav.audit"), verification=verification, **data)

    def audit_verify(self, page: Page) -> Response:
        from afinar.audit import AuditLog
        from afinar.registry.identity import authorize

        authorize(page.user, "audit.read")
        report = AuditLog(self.workspace).verify()
        return self.audit(page, verification=report)


# -- helpers ----------------------------------------------------------------------------------------------


def replace_marks(escaped: str) -> Markup:
    """The two Markdown marks model cards use, on text that is already HTML-escaped."""
    text = re.sub(r"`([^`]+)`", r"<code>\1</code>", str(escaped))
    return Markup(re.sub(r"\*\*([^*]+)\*\*", r"<strong>\1</strong>", text))


def pretty_json(value: Any) -> str:
    """JSON for people (accents as they are); the template escapes it."""
    return json.dumps(value, indent=1, ensure_ascii=False, sort_keys=True, default=str)


def language_of(request: Request) -> str:
    chosen = request.cookies.get(LANG_COOKIE)
    return chosen if chosen in LANGUAGES else DEFAULT_LANGUAGE


def is_https(request: Request) -> bool:
    return request.url.scheme == "https"


def same_origin(request: Request) -> bool:
    """False when the browser says the request comes from a page of another origin."""
    origin = request.headers.get("origin")
    if not origin or origin == "null":
        return origin != "null"
    host = request.headers.get("host", "")
    return urlsplit(origin).netloc == host


def secure(response: Response, *, static: bool = False) -> Response:
    response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    response.headers.setdefault("X-Frame-Options", "DENY")
    if not static:
        response.headers["Cache-Control"] = "no-store"
    return response


__all__ = ["PREFIX", "web_router"]
