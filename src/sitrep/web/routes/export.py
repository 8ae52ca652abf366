"""Downloads of the current filter in any registered export format (ACLED CSV, GeoJSON, ...)."""

from __future__ import annotations

import io
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from sitrep.export import EXPORTERS, get_exporter, write_export
from sitrep.web.deps import get_store
from sitrep.web.errors import WebError
from sitrep.web.params import filter_openapi, parse_params

router = APIRouter()


@router.get("/api/export", tags=["export"], summary="Download the filtered events",
            openapi_extra=filter_openapi(paging=False))
def api_export(request: Request, format: str = "acled-csv") -> Response:
    """`format`: one of the export formats (acled-csv, ucdp-csv, geojson, parquet, jsonl); the
    other query parameters filter as on /api/events (pagination is ignored: all matches)."""
    if format not in EXPORTERS:
        raise WebError(422, f"unknown export format {format!r}",
                       [{"loc": ["query", "format"], "field": "format", "type": "enum",
                         "message": f"use one of: {', '.join(EXPORTERS)}"}])
    params = parse_params(request.query_params)
    exporter = get_exporter(format)
    buffer: Any = io.BytesIO() if exporter.binary else io.StringIO(newline="")
    result = write_export(get_store(request).iter_events(params.to_filter()), format, buffer)
    body = buffer.getvalue()
    return Response(body.encode("utf-8") if isinstance(body, str) else body,
                    media_type=exporter.media_type,
                    headers={"Content-Disposition":
                             f'attachment; filename="sitrep-events{exporter.suffix}"',
                             "X-Sitrep-Written": str(result.written),
                             "X-Sitrep-Skipped": str(result.skipped)})
