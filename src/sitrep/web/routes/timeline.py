"""Events and fatalities over time, by event type, for the current filter."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Request
from fastapi.responses import Response

from sitrep.web.deps import get_store
from sitrep.web.params import filter_openapi, parse_params
from sitrep.web.routes.common import render, with_query
from sitrep.web.timeline import aggregate, stacked_bars_svg

router = APIRouter()
By = Literal["day", "week", "month"]


def timeline_data(request: Request, by: By) -> dict[str, Any]:
    params = parse_params(request.query_params)
    data = aggregate(get_store(request).iter_events(params.to_filter()), by)
    return {"ok": True, "filter": params.filter_query(), **data}


@router.get("/api/timeline", tags=["events"], summary="Events and fatalities per day/week/month by type",
            openapi_extra=filter_openapi(paging=False))
def api_timeline(request: Request, by: By = "week") -> dict[str, Any]:
    return timeline_data(request, by)


@router.get("/timeline", include_in_schema=False)
def timeline_page(request: Request, by: By = "week") -> Response:
    data = timeline_data(request, by)
    params = parse_params(request.query_params)
    charts = [stacked_bars_svg(data, "events", f"Events per {by}"),
              stacked_bars_svg(data, "fatalities", f"Reported fatalities per {by}")]
    return render(request, "timeline.html", {"data": data, "params": params, "charts": charts,
                                             "by": by},
                  json_url=with_query("/api/timeline", request.url.query))
