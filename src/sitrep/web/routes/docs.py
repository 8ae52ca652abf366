"""API documentation: Swagger UI from the vendored copy (FastAPI's default page loads a CDN)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from sitrep.web.routes.common import render

router = APIRouter()


@router.get("/docs", include_in_schema=False)
def docs_page(request: Request) -> Response:
    return render(request, "docs.html", {}, json_url="/openapi.json")


@router.get("/api", tags=["meta"], summary="What the API offers")
def api_index(request: Request) -> dict[str, Any]:
    return {"ok": True, "openapi": "/openapi.json", "docs": "/docs",
            "endpoints": sorted(request.app.openapi()["paths"])}
