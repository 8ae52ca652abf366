"""Login and logout: a form for people, JSON for scripts. Both rotate the session nonce."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import BaseModel, ConfigDict, Field

from sitrep.store.base import User
from sitrep.web.deps import (
    csrf_token, current_user, get_session, get_store, require_csrf, set_session,
)
from sitrep.web.errors import WebError
from sitrep.web.routes.common import render
from sitrep.web.security import check_login

router = APIRouter()


class LoginBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(..., min_length=1, max_length=200)
    password: str = Field(..., min_length=1, max_length=1000)


def _login(request: Request, name: str, password: str) -> User | None:
    user = get_store(request).get_user(name)
    if not check_login(user.password_hash if user else None, password):
        return None
    set_session(request, get_session(request).login(name))
    return user


def _safe_next(target: str | None) -> str:
    """Only a local path may follow a login (no open redirect)."""
    if not target:
        return "/events"
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return "/events"
    return target


def me(request: Request) -> dict[str, Any]:
    user = current_user(request)
    return {"ok": True, "user": {"name": user.name, "role": user.role} if user else None,
            "csrf_token": csrf_token(request)}


@router.get("/login", include_in_schema=False)
def login_page(request: Request, next: str | None = None) -> Response:
    return render(request, "login.html", {"next": _safe_next(next), "error": None},
                  json_url="/api/me")


@router.post("/login", include_in_schema=False)
async def login_form(request: Request, _: None = Depends(require_csrf)) -> Response:
    form = await request.form()
    name, password = str(form.get("name", "")), str(form.get("password", ""))
    target = _safe_next(str(form.get("next", "")) or None)
    if not name or not password or _login(request, name, password) is None:
        return render(request, "login.html", {"next": target, "error": "Wrong name or password."},
                      json_url="/api/me", status=401)
    return RedirectResponse(target, status_code=303)


@router.post("/logout", include_in_schema=False)
def logout_form(request: Request, _: None = Depends(require_csrf)) -> Response:
    set_session(request, get_session(request).logout())
    return RedirectResponse("/events", status_code=303)


@router.get("/api/me", tags=["auth"], summary="Who is logged in, and the CSRF token to send")
def api_me(request: Request) -> dict[str, Any]:
    return me(request)


@router.post("/api/login", tags=["auth"], summary="Log in; answers the CSRF token for later calls")
def api_login(body: LoginBody, request: Request) -> dict[str, Any]:
    """JSON login (FastAPI parses only an application/json body, which a cross-site form cannot
    send without CORS, so no CSRF token is needed here). The session cookie comes back with the answer; send it and `X-CSRF-Token` after."""
    if _login(request, body.name, body.password) is None:
        raise WebError(401, "wrong name or password")
    return me(request)


@router.post("/api/logout", tags=["auth"], summary="Log out")
def api_logout(request: Request, _: None = Depends(require_csrf)) -> dict[str, Any]:
    set_session(request, get_session(request).logout())
    return me(request)
