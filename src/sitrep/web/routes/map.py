"""The map page (Leaflet over offline boundaries) and its point data."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from sitrep.web.deps import get_store
from sitrep.web.params import filter_openapi, parse_params
from sitrep.web.routes.common import render, with_query
from sitrep.web.views import map_points

router = APIRouter()


@router.get("/api/map", tags=["events"], summary="Event points for the map",
            openapi_extra=filter_openapi(paging=False))
def api_map(request: Request) -> dict[str, Any]:
    """`points`: [event_id, latitude, longitude, event_type, fatalities, event_date, location] for
    events matching the filters that have coordinates (deadliest first, up to `limit`)."""
    return map_points(get_store(request), parse_params(request.query_params))


@router.get("/map", include_in_schema=False)
def map_page(request: Request) -> Response:
    params = parse_params(request.query_params)
    query = params.query(page=None, per_page=None, sort=None, dir=None)
    return render(request, "map.html", {"params": params, "points_url": with_query("/api/map", query)},
                  json_url=with_query("/api/map", query))
