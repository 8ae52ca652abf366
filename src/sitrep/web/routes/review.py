"""Review: accept, correct or reject an event, or split a wrongly merged record out of it.

Reviewers only, CSRF-checked, every change audited."""

from __future__ import annotations

from typing import Any, Literal
from urllib.parse import quote

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import BaseModel, ConfigDict, Field

from sitrep.store.base import NotFoundError, User
from sitrep.web.deps import get_store, require_csrf, require_reviewer
from sitrep.web.errors import WebError
from sitrep.web.routes.events import LIST_FIELDS, SHOWN_FIELDS, form_value
from sitrep.web.views import audit_row, event_row

router = APIRouter()
FIELD_PREFIX = "f_"


class ReviewBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    action: Literal["accept", "correct", "reject"]
    changes: dict[str, Any] = Field(default_factory=dict, description="field -> new value (correct)")
    reason: str | None = Field(None, max_length=2000)


def apply_review(request: Request, event_id: str, user: User, body: ReviewBody) -> dict[str, Any]:
    """Run one review through the store; the JSON answer and the form both use it."""
    store = get_store(request)
    if body.action == "correct" and not body.changes:
        raise WebError(422, "a correction must change at least one field",
                       [{"loc": ["body", "changes"], "field": "changes",
                         "message": "no field differs from the stored value", "type": "value_error"}])
    event = store.review_event(event_id, user=user.name, action=body.action,
                               changes=body.changes or None, reason=body.reason)
    return {"ok": True, "event": event_row(event, store.review_state(event_id)),
            "audit": [audit_row(a) for a in store.audit_log(event_id)]}


@router.post("/api/events/{event_id}/review", tags=["review"],
             summary="Accept, correct or reject an event (reviewers)")
def api_review(event_id: str, body: ReviewBody, request: Request,
               user: User = Depends(require_reviewer), _: None = Depends(require_csrf)
               ) -> dict[str, Any]:
    """Needs a reviewer's session cookie and its CSRF token in the `X-CSRF-Token` header."""
    return apply_review(request, event_id, user, body)


def _form_changes(form: dict[str, str], current: dict[str, Any]) -> dict[str, Any]:
    """Fields whose submitted value differs from what the form showed."""
    changes: dict[str, Any] = {}
    for field in SHOWN_FIELDS:
        submitted = form.get(FIELD_PREFIX + field)
        if submitted is None:
            continue
        submitted = submitted.replace("\r\n", "\n").strip()
        if submitted == form_value(current.get(field), field).strip():
            continue
        if field in LIST_FIELDS:
            changes[field] = [line.strip() for line in submitted.split("\n") if line.strip()]
        else:
            changes[field] = submitted
    return changes


@router.post("/events/{event_id}/review", include_in_schema=False)
async def form_review(event_id: str, request: Request, user: User = Depends(require_reviewer),
                      _: None = Depends(require_csrf)) -> Response:
    form = {k: v for k, v in (await request.form()).items() if isinstance(v, str)}
    action = form.get("action", "")
    if action not in ("accept", "correct", "reject"):
        raise WebError(422, f"unknown review action {action!r} — use accept, correct or reject")
    event = get_store(request).get_event(event_id)
    if event is None:
        raise NotFoundError(f"no event {event_id!r} in the store — check the id")
    changes = _form_changes(form, event.to_dict()) if action == "correct" else {}
    body = ReviewBody(action=action, changes=changes,  # type: ignore[arg-type]
                      reason=form.get("reason", "").strip()[:2000] or None)
    apply_review(request, event_id, user, body)
    return RedirectResponse(f"/events/{quote(event_id, safe='')}#audit", status_code=303)


class SplitBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    member: str = Field(..., min_length=1, max_length=64,
                        description="id of the merged record to take out (see the event's members)")
    reason: str | None = Field(None, max_length=2000)


def apply_split(request: Request, event_id: str, user: User, body: SplitBody) -> dict[str, Any]:
    store = get_store(request)
    rest, out = store.split_event(event_id, body.member, user=user.name, reason=body.reason)
    return {"ok": True, "event": event_row(rest, store.review_state(rest.event_id)),
            "split": event_row(out, store.review_state(out.event_id)),
            "audit": [audit_row(a) for a in store.audit_log(rest.event_id)]}


@router.post("/api/events/{event_id}/split", tags=["review"],
             summary="Split a merged record out of an event (reviewers)")
def api_split(event_id: str, body: SplitBody, request: Request,
              user: User = Depends(require_reviewer), _: None = Depends(require_csrf)
              ) -> dict[str, Any]:
    """Undo a merge: the record becomes its own event again and the merged event is recomputed
    from its other records. Needs a reviewer's session and the `X-CSRF-Token` header."""
    return apply_split(request, event_id, user, body)


@router.post("/events/{event_id}/split", include_in_schema=False)
async def form_split(event_id: str, request: Request, user: User = Depends(require_reviewer),
                     _: None = Depends(require_csrf)) -> Response:
    form = {k: v for k, v in (await request.form()).items() if isinstance(v, str)}
    member = form.get("member", "").strip()
    if not member:
        raise WebError(422, "choose the record to split out of the merged event")
    body = SplitBody(member=member[:64], reason=form.get("reason", "").strip()[:2000] or None)
    done = apply_split(request, event_id, user, body)
    return RedirectResponse(f"/events/{quote(done['event']['event_id'], safe='')}#members",
                            status_code=303)
