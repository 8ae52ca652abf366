"""The events table and the event page, each with its JSON twin under /api/."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from sitrep.web.deps import current_user, get_store
from sitrep.web.highlight import Span, highlight
from sitrep.web.params import filter_openapi, SORT_COLUMNS, parse_params
from sitrep.web.routes.common import render, with_query
from sitrep.web.views import event_detail, list_events

router = APIRouter()
# Fields shown (and correctable) on the event page, in the codebook's order; claims and evidence
# are shown on their own.
SHOWN_FIELDS: tuple[str, ...] = (
    "event_date", "date_start", "date_end", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "country", "iso3", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "fatalities", "fatalities_low",
    "fatalities_best", "fatalities_high", "deaths_a", "deaths_b", "deaths_civilians",
    "deaths_unknown", "injuries", "claimed_by", "sources", "notes", "confidence", "article_id",
    "article_ids",
)
LIST_FIELDS = frozenset({"claimed_by", "sources", "article_ids"})


@router.get("/", include_in_schema=False)
def home() -> Response:
    return RedirectResponse("/events", status_code=307)


@router.get("/api/events", tags=["events"], summary="List and filter events",
            openapi_extra=filter_openapi())
def api_events(request: Request) -> dict[str, Any]:
    """Events matching the filters (see the query parameters of the events page), paginated."""
    return list_events(get_store(request), parse_params(request.query_params))


@router.get("/events", include_in_schema=False)
def events_page(request: Request) -> Response:
    params = parse_params(request.query_params)
    data = list_events(get_store(request), params)
    return render(request, "events.html", {"data": data, "params": params,
                                           "sort_columns": SORT_COLUMNS},
                  json_url=with_query("/api/events", request.url.query))


@router.get("/api/events/{event_id}", tags=["events"], summary="One event with evidence and claims")
def api_event(event_id: str, request: Request) -> dict[str, Any]:
    """The event, its review state, evidence spans, claims (with source and sentence), the merged
    articles and the audit trail of reviews."""
    return event_detail(get_store(request), event_id)


def form_value(value: Any, field: str) -> str:
    """A field's value as the review form shows it (lists one item per line)."""
    if value is None:
        return ""
    if field in LIST_FIELDS:
        return "\n".join(str(v) for v in value)
    return str(value)


@router.get("/events/{event_id}", include_in_schema=False)
def event_page(event_id: str, request: Request) -> Response:
    data = event_detail(get_store(request), event_id)
    texts = [highlight(a["text"], [Span(s["start"], s["end"], s["label"]) for s in a["spans"]])
             for a in data["articles"]]
    sentences = [highlight(c["sentence"], [Span(c["start"] - c["sentence_start"],
                                                c["end"] - c["sentence_start"], c["label"])])
                 for c in data["claims"]]
    user = current_user(request)
    return render(request, "event.html", {
        "data": data, "ev": data["event"], "texts": texts, "fields": SHOWN_FIELDS,
        "claim_sentences": sentences,
        "form_value": form_value, "list_fields": LIST_FIELDS,
        "can_review": user is not None and user.role == "reviewer",
        "evidence_fields": {e["field"] for e in data["evidence"]},
    }, json_url=f"/api/events/{quote(event_id, safe='')}")
