"""Split: a reviewer takes a wrongly merged report out of an event, by form or JSON; audited."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest

from sitrep.model import Article
from sitrep.store import Store
from sitrep.web.testing import TestClient
from web.records import events

OTHER = "Turbat: A second report says gunmen fired on a checkpoint near Turbat; three constables died."


@pytest.fixture()
def merged(store: Store) -> Store:
    """ev-turbat merged with a second article's record of the same attack."""
    turbat = next(e for e in events() if e.event_id == "ev-turbat")
    second = replace(turbat, event_id="ev-turbat-2", article_id="art-turbat-2",
                     article_ids=("art-turbat-2",), sources=("Second Wire",), claims=(),
                     evidence=(), fatalities=3)
    store.save_article(Article(id="art-turbat-2", text=OTHER, published=date(2026, 2, 3)), [second])
    store.merge_event("ev-turbat", second, score=0.91,
                      reasons=("same sub-event type (Armed clash)", "date ranges overlap"))
    return store


def test_split_members_are_shown_with_reasons(client: TestClient, merged: Store) -> None:
    body = client.get("/api/events/ev-turbat").json()
    assert [m["member_id"] for m in body["members"]] == ["ev-turbat", "ev-turbat-2"]
    assert body["members"][1]["score"] == 0.91 and "date ranges overlap" in body["members"][1]["reasons"]
    html = client.get("/events/ev-turbat").text
    assert "Why these reports were merged" in html and "date ranges overlap" in html
    assert 'action="/events/ev-turbat/split"' not in html  # not logged in: no split buttons


def test_split_viewer_cannot_split(viewer: tuple[TestClient, str], merged: Store) -> None:
    client, token = viewer
    r = client.post("/api/events/ev-turbat/split", json={"member": "ev-turbat-2"},
                    headers={"x-csrf-token": token})
    assert r.status_code == 403 and len(merged.event_members("ev-turbat")) == 2


def test_split_api_restores_the_record(reviewer: tuple[TestClient, str], merged: Store) -> None:
    client, token = reviewer
    r = client.post("/api/events/ev-turbat/split", json={"member": "ev-turbat-2", "reason": "other day"},
                    headers={"x-csrf-token": token})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["event"]["article_ids"] == ["art-turbat"] and body["split"]["event_id"] == "ev-turbat-2"
    assert merged.get_event("ev-turbat-2").fatalities == 3
    assert merged.event_members("ev-turbat") == []
    [entry] = merged.audit_log("ev-turbat")
    assert (entry.user, entry.action, entry.reason) == ("rita", "split", "other day")
    again = client.post("/api/events/ev-turbat/split", json={"member": "ev-turbat-2"},
                        headers={"x-csrf-token": token})
    assert again.status_code == 404


def test_split_api_needs_csrf(reviewer: tuple[TestClient, str], merged: Store) -> None:
    client, _ = reviewer
    r = client.post("/api/events/ev-turbat/split", json={"member": "ev-turbat-2"})
    assert r.status_code == 403 and len(merged.event_members("ev-turbat")) == 2


def test_split_form_redirects_to_the_rest(reviewer: tuple[TestClient, str], merged: Store) -> None:
    client, _ = reviewer
    page = client.get("/events/ev-turbat").text
    assert 'action="/events/ev-turbat/split"' in page
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)  # type: ignore[union-attr]
    r = client.post("/events/ev-turbat/split", follow_redirects=False,
                    data={"member": "ev-turbat", "csrf_token": token})
    assert r.status_code == 303 and r.headers["location"] == "/events/ev-turbat-2#members"
    assert merged.get_event("ev-turbat").article_ids == ("art-turbat",)
    assert merged.get_event("ev-turbat-2").article_ids == ("art-turbat-2",)
