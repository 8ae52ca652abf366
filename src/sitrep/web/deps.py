"""Request dependencies: the store, the session user, role and CSRF checks, the pipeline."""

from __future__ import annotations

import threading
from typing import Any

from fastapi import Request

from sitrep.store.base import Store, User
from sitrep.web.errors import WebError
from sitrep.web.security import Session, Signer

CSRF_HEADER = "x-csrf-token"
CSRF_FIELD = "csrf_token"


def get_store(request: Request) -> Store:
    return request.app.state.store  # type: ignore[no-any-return]


def get_session(request: Request) -> Session:
    return request.state.session  # type: ignore[no-any-return]


def set_session(request: Request, session: Session) -> None:
    """Replace the session (login, logout); the middleware writes the new cookie."""
    request.state.session = session
    request.state.session_changed = True
    request.state.user = None
    request.state.user_loaded = False


def signer(request: Request) -> Signer:
    return request.app.state.signer  # type: ignore[no-any-return]


def current_user(request: Request) -> User | None:
    """The logged-in user, looked up once per request (a deleted user is logged out)."""
    if not getattr(request.state, "user_loaded", False):
        name = get_session(request).user
        request.state.user = get_store(request).get_user(name) if name else None
        request.state.user_loaded = True
    return request.state.user  # type: ignore[no-any-return]


def csrf_token(request: Request) -> str:
    return signer(request).csrf_token(get_session(request))


async def _submitted_token(request: Request) -> str | None:
    token = request.headers.get(CSRF_HEADER)
    if token:
        return token
    ctype = request.headers.get("content-type", "")
    if ctype.startswith(("application/x-www-form-urlencoded", "multipart/form-data")):
        value = (await request.form()).get(CSRF_FIELD)
        return value if isinstance(value, str) else None
    return None


async def require_csrf(request: Request) -> None:
    """Every state-changing request carries the session's CSRF token (form field or header)."""
    if not signer(request).check_csrf(get_session(request), await _submitted_token(request)):
        raise WebError(403, "CSRF token missing or wrong — reload the page and submit again")


def require_user(request: Request) -> User:
    user = current_user(request)
    if user is None:
        raise WebError(401, "login required — log in at /login")
    return user


def require_reviewer(request: Request) -> User:
    user = require_user(request)
    if user.role != "reviewer":
        raise WebError(403, f"user {user.name!r} is a {user.role}; only reviewers can change data")
    return user


class LazyPipeline:
    """Loads the extraction pipeline once, on first use, and shares it between requests."""

    def __init__(self, factory: Any) -> None:
        self._factory = factory
        self._pipeline: Any = None
        self._lock = threading.Lock()

    def process(self, articles: list[Any]) -> list[tuple[Any, list[Any]]]:
        """`Pipeline.process` under a lock: one extraction at a time on a 2-core server."""
        with self._lock:
            if self._pipeline is None:
                self._pipeline = self._factory()
            return list(self._pipeline.process(articles))
