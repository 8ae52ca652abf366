"""Helpers the route modules share: render a page with a link to its JSON twin."""

from __future__ import annotations

from typing import Any

from fastapi import Request
from fastapi.responses import Response


def render(request: Request, template: str, data: dict[str, Any], *, json_url: str | None,
           status: int = 200) -> Response:
    """The HTML page for `data`, with `<link rel=alternate>` and a Link header to its JSON twin."""
    headers = {}
    if json_url is not None:
        headers["Link"] = f'<{json_url}>; rel="alternate"; type="application/json"'
    return request.app.state.templates.TemplateResponse(
        request, template, {**data, "json_url": json_url}, status_code=status, headers=headers)


def with_query(path: str, query: str) -> str:
    return f"{path}?{query}" if query else path
