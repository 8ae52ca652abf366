"""The one JSON error envelope and the handlers that turn exceptions into HTTP answers.

Every error the app gives, whatever raised it, is `{ok: false, error, errors, status}` built by
`error_body`; HTML pages get the same content rendered in `error.html`.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from sitrep.errors import InputError, SitrepError, StoreUnavailableError
from sitrep.store.base import NotFoundError, ReviewError

log = logging.getLogger("sitrep.web")


class WebError(Exception):
    """Raised by routes for an HTTP error with a message and optional per-field errors."""

    def __init__(self, status: int, error: str, errors: list[dict[str, Any]] | None = None,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(error)
        self.status = status
        self.error = error
        self.errors = errors or []
        self.headers = headers


def error_body(status: int, error: str, errors: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {"ok": False, "error": error, "errors": errors or [], "status": status}


def wants_json(request: Request) -> bool:
    if request.url.path.startswith("/api/") or request.url.path in ("/api", "/openapi.json"):
        return True
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


def error_response(request: Request, status: int, error: str,
                   errors: list[dict[str, Any]] | None = None,
                   headers: dict[str, str] | None = None) -> Response:
    body = error_body(status, error, errors)
    if wants_json(request):
        return JSONResponse(body, status_code=status, headers=headers)
    templates = request.app.state.templates
    return templates.TemplateResponse(request, "error.html", {"err": body, "json_url": None},
                                      status_code=status,
                                      headers=headers)


def _validation_errors(exc: RequestValidationError) -> list[dict[str, Any]]:
    out = []
    for e in exc.errors():
        loc = [str(x) for x in e.get("loc", ())]
        out.append({"loc": loc, "field": loc[-1] if loc else None, "message": e.get("msg", ""),
                    "type": e.get("type", "")})
    return out


def _sitrep_status(exc: SitrepError) -> int:
    if isinstance(exc, NotFoundError):
        return 404
    if isinstance(exc, (ReviewError, InputError)):
        return 422
    if isinstance(exc, StoreUnavailableError):
        return 503
    return 400


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(WebError)
    async def _web(request: Request, exc: WebError) -> Response:
        return error_response(request, exc.status, exc.error, exc.errors, exc.headers)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        return error_response(request, exc.status_code, str(exc.detail),
                              headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        return error_response(request, 422, "invalid request: see errors", _validation_errors(exc))

    @app.exception_handler(SitrepError)
    async def _sitrep(request: Request, exc: SitrepError) -> Response:
        return error_response(request, _sitrep_status(exc), str(exc))

    @app.exception_handler(Exception)
    async def _bug(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return error_response(request, 500, "internal error — the server log has the details")
