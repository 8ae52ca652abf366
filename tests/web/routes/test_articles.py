"""POST /api/articles with a pipeline double: the route's contract, not the extraction itself."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest

from sitrep.model import Article, Event, Evidence
from sitrep.store import Store
from sitrep.web.app import create_app
from sitrep.web.testing import TestClient
from web.conftest import login


@dataclass
class PipelineDouble:
    """Finds one event per article at the first word "Quetta" (enough to check the plumbing)."""

    seen: list[Article] = field(default_factory=list)

    def process(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Event]]]:
        for a in articles:
            self.seen.append(a)
            at = a.text.find("Quetta")
            events = [] if at < 0 else [Event(
                event_id=f"ev-{a.id}", article_id=a.id, event_type="Protests",
                sub_event_type="Peaceful protest", disorder_type="Demonstrations",
                location="Quetta", latitude=30.18, longitude=66.99, country="Pakistan",
                evidence=(Evidence("location", at, at + 6, a.id),), article_ids=(a.id,))]
            yield a, events


@pytest.fixture()
def rig(settings, store: Store) -> tuple[TestClient, dict[str, Any], str]:  # type: ignore[no-untyped-def]
    calls: dict[str, Any] = {"loads": 0}
    double = PipelineDouble()
    calls["double"] = double

    def factory() -> PipelineDouble:
        calls["loads"] += 1
        return double

    client = TestClient(create_app(settings, store, pipeline_factory=factory))
    return client, calls, login(client, "rita")


def test_articles_post_extracts_and_stores(rig, store: Store) -> None:  # type: ignore[no-untyped-def]
    client, calls, token = rig
    text = "Quetta: Teachers rallied outside the press club on Monday demanding back pay."
    r = client.post("/api/articles", headers={"x-csrf-token": token},
                    json={"text": text, "title": "Teachers rally", "published": "2026-03-02"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["ok"] and body["new"] is True and len(body["events"]) == 1
    aid = body["article_id"]
    assert store.get_article(aid).title == "Teachers rally"  # type: ignore[union-attr]
    assert store.get_event(f"ev-{aid}") is not None
    assert client.get(f"/api/events/ev-{aid}").json()["evidence"][0]["text"] == "Quetta"
    again = client.post("/api/articles", headers={"x-csrf-token": token}, json={"text": text}).json()
    assert again["new"] is False and again["article_id"] == aid  # idempotent by content hash
    assert calls["loads"] == 1 and len(calls["double"].seen) == 2  # pipeline loaded once


def test_articles_post_without_saving(rig, store: Store) -> None:  # type: ignore[no-untyped-def]
    client, _, token = rig
    r = client.post("/api/articles", headers={"x-csrf-token": token},
                    json={"text": "Quetta: a quiet day.", "id": "dry-1", "save": False})
    assert r.status_code == 200 and r.json()["saved"] is False and len(r.json()["events"]) == 1
    assert store.get_article("dry-1") is None


def test_articles_post_needs_reviewer_and_csrf(rig, settings, store: Store) -> None:  # type: ignore[no-untyped-def]
    client, calls, token = rig
    assert client.post("/api/articles", json={"text": "Quetta"}).status_code == 403
    viewer = TestClient(client.app)
    vtoken = login(viewer, "victor")
    assert viewer.post("/api/articles", json={"text": "Quetta"},
                       headers={"x-csrf-token": vtoken}).status_code == 403
    assert calls["loads"] == 0


@pytest.mark.parametrize("body", [
    {"text": "x", "author": "someone"}, {"body": "x"}, {"text": ""}, {"text": "x", "published": "March"},
    {"text": 5},
])
def test_articles_bad_bodies_are_422(rig, body: dict[str, Any]) -> None:  # type: ignore[no-untyped-def]
    client, calls, token = rig
    r = client.post("/api/articles", headers={"x-csrf-token": token}, json=body)
    assert r.status_code == 422 and r.json()["errors"]
    assert calls["loads"] == 0


def test_articles_post_reads_text_as_ingest_does(rig) -> None:  # type: ignore[no-untyped-def]
    client, calls, token = rig
    r = client.post("/api/articles", headers={"x-csrf-token": token},
                    json={"text": "Quetta:  two\u00a0were killed\tin a blast.", "save": False})
    assert r.status_code == 200, r.text
    assert calls["double"].seen[-1].text == "Quetta: two were killed in a blast."
