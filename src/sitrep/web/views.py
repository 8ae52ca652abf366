"""Page data: each function builds the dict that the JSON route returns and the HTML page renders.

Routes call these and nothing else touches the store, so a page and its JSON twin cannot differ.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from sitrep.model import Article, Event
from sitrep.store.base import AuditEntry, Member, NotFoundError, Store
from sitrep.web.highlight import Span, clip_spans
from sitrep.web.params import FilterParams

MAP_LIMIT = 20_000  # points sent to the map at most; the page says when more matched


def event_row(event: Event, state: str) -> dict[str, Any]:
    return {**event.to_dict(), "review_state": state}


def list_events(store: Store, params: FilterParams) -> dict[str, Any]:
    flt = params.to_filter()
    total = store.count_events(flt)
    events = store.query_events(flt, limit=params.per_page, offset=params.offset,
                                order_by=params.sort, descending=params.dir == "desc")
    return {
        "ok": True, "total": total, "page": params.page, "per_page": params.per_page,
        "pages": max(1, math.ceil(total / params.per_page)), "sort": params.sort,
        "dir": params.dir, "filter": params.filter_query(),
        "events": [event_row(e, store.review_state(e.event_id)) for e in events],
    }


def audit_row(entry: AuditEntry) -> dict[str, Any]:
    return {"id": entry.id, "event_id": entry.event_id, "user": entry.user,
            "action": entry.action, "field": entry.field, "old_value": entry.old_value,
            "new_value": entry.new_value, "at": entry.at.isoformat(), "reason": entry.reason}


def member_row(m: Member) -> dict[str, Any]:
    """Why a record is part of a merged event: its article, match score and reasons."""
    return {"member_id": m.member_id, "article_id": m.article_id, "position": m.position,
            "score": m.score, "reasons": list(m.reasons), "at": m.at.isoformat(),
            "event_date": m.record.event_date.isoformat() if m.record.event_date else None,
            "location": m.record.location, "fatalities": m.record.fatalities}


@dataclass(frozen=True, slots=True)
class _Source:
    article: Article | None
    article_id: str


def _article_dict(src: _Source, spans: list[Span]) -> dict[str, Any]:
    a = src.article
    if a is None:
        return {"id": src.article_id, "missing": True, "text": "", "spans": []}
    return {"id": a.id, "missing": False, "title": a.title, "url": a.url, "publisher": a.publisher,
            "published": a.published.isoformat() if a.published else None,
            "dateline": a.dateline, "text": a.text,
            "spans": [{"start": s.start, "end": s.end, "label": s.label}
                      for s in clip_spans(spans, len(a.text))]}


def _claims(event: Event, texts: dict[str, str]) -> list[dict[str, Any]]:
    out = []
    for i, c in enumerate(event.claims):
        text = texts.get(c.article_id or event.article_id, "")
        sentence = text[c.sentence_start:c.sentence_end] if c.sentence_end > c.sentence_start else ""
        out.append({**c.to_dict(), "article_id": c.article_id or event.article_id,
                    "label": f"claim-{i}", "sentence": sentence, "figure": text[c.start:c.end]})
    return out


def _evidence(event: Event, texts: dict[str, str]) -> list[dict[str, Any]]:
    return [{"field": ev.field, "start": ev.start, "end": ev.end, "article_id": ev.article_id,
             "text": texts.get(ev.article_id, "")[ev.start:ev.end]} for ev in event.evidence]


def _spans_by_article(event: Event, claims: list[dict[str, Any]]) -> dict[str, list[Span]]:
    spans: dict[str, list[Span]] = {}
    for ev in event.evidence:
        spans.setdefault(ev.article_id or event.article_id, []).append(Span(ev.start, ev.end, ev.field))
    for c in claims:
        spans.setdefault(c["article_id"], []).append(Span(c["start"], c["end"], c["label"]))
    return spans


def event_detail(store: Store, event_id: str) -> dict[str, Any]:
    """The event with its review state, audit trail, evidence, claims, merged articles and the
    records it was merged from (with why each was joined)."""
    event = store.get_event(event_id)
    if event is None:
        raise NotFoundError(f"no event {event_id!r} in the store — check the id or go back to the list")
    ids = list(dict.fromkeys([event.article_id, *event.article_ids]))
    sources = [_Source(store.get_article(i), i) for i in ids]
    texts = {s.article_id: s.article.text for s in sources if s.article is not None}
    claims = _claims(event, texts)
    spans = _spans_by_article(event, claims)
    return {
        "ok": True,
        "event": event_row(event, store.review_state(event_id)),
        "evidence": _evidence(event, texts),
        "claims": claims,
        "articles": [_article_dict(s, spans.get(s.article_id, [])) for s in sources],
        "members": [member_row(m) for m in store.event_members(event_id)],
        "audit": [audit_row(a) for a in store.audit_log(event_id)],
    }


def map_points(store: Store, params: FilterParams, limit: int = MAP_LIMIT) -> dict[str, Any]:
    """Compact points for the map: [event_id, lat, lon, event_type, fatalities, date, location]."""
    flt = params.to_filter()
    total = store.count_events(flt)
    points = []
    for e in store.query_events(flt, limit=limit, order_by="fatalities", descending=True):
        if e.latitude is None or e.longitude is None:
            continue
        points.append([e.event_id, e.latitude, e.longitude, e.event_type, e.fatalities or 0,
                       e.event_date.isoformat() if e.event_date else None, e.location])
    return {"ok": True, "total": total, "shown": len(points), "limit": limit,
            "filter": params.filter_query(), "points": points}
