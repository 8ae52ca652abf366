"""`create_app(settings, store)`: the web app. No module-level app, no global database.

Every asset is served by the app itself; the Content-Security-Policy allows nothing from
elsewhere, so a page cannot reach another host even by mistake.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jinja2
from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sitrep.settings import Settings
from sitrep.store.base import Store
from sitrep.web.deps import LazyPipeline, csrf_token, current_user
from sitrep.web.display import PALETTE, taxonomy_options
from sitrep.web.errors import error_body, install_error_handlers
from sitrep.web.security import SESSION_COOKIE, SESSION_MAX_AGE, Session, Signer, load_secret

HERE = Path(__file__).parent
BODY_MARGIN = 64 * 1024  # room for JSON framing around the largest article text
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
       "img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; "
       "base-uri 'none'; frame-ancestors 'none'; form-action 'self'")


class BodyLimit:
    """Refuses request bodies over `limit` bytes with 413, declared or streamed."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.limit):
            await JSONResponse(error_body(413, f"request body over {self.limit} bytes"),
                               status_code=413)(scope, receive, send)
            return
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.limit:
                raise HTTPException(413, f"request body over {self.limit} bytes")
            return message

        await self.app(scope, counted, send)


def _templates() -> Jinja2Templates:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True,
                             undefined=jinja2.StrictUndefined)
    env.filters["safe_url"] = safe_url
    return Jinja2Templates(env=env, context_processors=[_page_context])


def safe_url(url: str | None) -> str | None:
    """Only http(s) links are shown: an article's `javascript:` URL must not become a link."""
    if not url:
        return None
    scheme = urlsplit(url.strip()).scheme.lower()
    return url.strip() if scheme in ("http", "https") else None


def _page_context(request: Request) -> dict[str, Any]:
    base = {"palette": PALETTE, "taxonomy": taxonomy_options()}
    if not hasattr(request.state, "session"):  # a 500 page rendered outside the middleware
        return {**base, "user": None, "csrf_token": ""}
    return {**base, "user": current_user(request), "csrf_token": csrf_token(request)}


async def _session_middleware(request: Request,
                              call_next: Callable[[Request], Awaitable[Response]]) -> Response:
    signer: Signer = request.app.state.signer
    session = signer.load(request.cookies.get(SESSION_COOKIE))
    fresh = session is None
    if session is None:
        session = Session.new()
    elif time.time() - session.issued > 3600:  # sliding expiry for active users
        session, fresh = session.touch(), True
    request.state.session = session
    request.state.session_changed = fresh
    response = await call_next(request)
    if request.state.session_changed:
        response.set_cookie(SESSION_COOKIE, signer.dump(request.state.session),
                            max_age=SESSION_MAX_AGE, httponly=True, samesite="lax",
                            secure=request.url.scheme == "https", path="/")
    response.headers.setdefault("Content-Security-Policy", CSP)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    response.headers.setdefault("X-Frame-Options", "DENY")
    return response


def create_app(settings: Settings | None = None, store: Store | None = None, *,
               pipeline_factory: Callable[[], Any] | None = None) -> FastAPI:
    """The app over `store` (opened from `settings.db` when None; then closed at shutdown).

    `pipeline_factory` builds the extraction pipeline on the first POST /api/articles (default
    `Pipeline.load(settings)`); tests pass a double.
    """
    from sitrep.web.routes import ROUTERS

    settings = settings or Settings.from_env()
    owned = store is None
    if store is None:
        from sitrep.store import open_store

        store = open_store(settings.db)
    app = FastAPI(title="sitrep", version=_version(),
                  description="Conflict events extracted from news reports, with evidence.",
                  docs_url=None, redoc_url=None, openapi_url="/openapi.json",
                  lifespan=_closing(store) if owned else None)
    app.state.settings = settings
    app.state.store = store
    app.state.signer = Signer(load_secret(settings))
    app.state.templates = _templates()
    app.state.pipeline = LazyPipeline(pipeline_factory or _default_pipeline(settings))
    install_error_handlers(app)
    # BodyLimit sits inside the session middleware so its 413 reaches FastAPI as an HTTPException
    # (BaseHTTPMiddleware would wrap it in an exception group).
    app.add_middleware(BodyLimit, limit=settings.max_article_bytes + BODY_MARGIN)
    app.middleware("http")(_session_middleware)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    for router in ROUTERS:
        app.include_router(router)
    return app


def _closing(store: Store) -> Callable[[FastAPI], Any]:
    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        try:
            yield
        finally:
            store.close()

    return lifespan


def _default_pipeline(settings: Settings) -> Callable[[], Any]:
    def load() -> Any:
        from sitrep.pipeline import Pipeline

        return Pipeline.load(settings)

    return load


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("sitrep")
    except Exception:  # noqa: BLE001 — not installed (running from a source tree)
        return "0.0.0+src"
