from __future__ import annotations

import json
from datetime import date

import pytest

from sitrep.model import EVENT_FIELDS, Article, Claim, Event, Evidence, content_hash

CONTRACT = [
    "event_id", "article_id", "event_date", "date_start", "date_end", "time_precision", "disorder_type",
    "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2",
    "inter2", "interaction", "civilian_targeting", "country", "iso3", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "fatalities", "fatalities_low",
    "fatalities_best", "fatalities_high", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown",
    "injuries", "claimed_by", "claims", "sources", "notes", "evidence", "confidence",
]


def _event() -> Event:
    claim = Claim(quantity="killed", value=22, low=22, high=22, about="security personnel", side="a",
                  source="state media", start=10, end=12, sentence_start=0, sentence_end=40,
                  article_id="a1")
    return Event(event_id="e1", article_id="a1", event_type="Battles", sub_event_type="Armed clash",
                 disorder_type="Political violence", event_date=date(2026, 2, 3), claims=(claim,),
                 evidence=(Evidence("fatalities", 10, 12, "a1"), Evidence("fatalities", 50, 53, "a1"),
                           Evidence("actor1", 0, 5, "a1")))


def test_model_event_dict_has_every_contract_field_in_order():
    d = _event().to_dict()
    assert list(d)[: len(CONTRACT)] == CONTRACT
    assert set(EVENT_FIELDS) >= set(CONTRACT)


def test_model_event_dict_is_json_with_grouped_evidence():
    d = json.loads(json.dumps(_event().to_dict()))
    assert d["event_date"] == "2026-02-03"
    assert d["evidence"] == {"fatalities": [[10, 12], [50, 53]], "actor1": [[0, 5]]}
    assert d["claims"][0]["source"] == "state media" and d["claims"][0]["side"] == "a"
    assert d["article_ids"] == ["a1"]
    assert d["fatalities"] is None  # unknown stays null, never invented


@pytest.mark.parametrize("parts_a, parts_b, same", [
    (("x",), ("x",), True), (("x", "y"), ("xy",), False), (("a",), ("b",), False)])
def test_model_content_hash_stable_and_separated(parts_a, parts_b, same):
    assert (content_hash(*parts_a) == content_hash(*parts_b)) is same


def test_model_article_hash_follows_text_only():
    a = Article(id="1", text="same text", title="A")
    b = Article(id="2", text="same text", title="B")
    assert a.content_hash == b.content_hash


def test_model_records_are_frozen():
    with pytest.raises(AttributeError):
        _event().event_type = "Riots"  # type: ignore[misc]


def test_model_event_round_trips_through_dict():
    from dataclasses import replace

    ev = replace(_event(), evidence=_event().evidence + (Evidence("location", 3, 9, "other"),),
                 article_ids=("a1", "other"), sources=("state media",), claimed_by=("BLA: Baloch Liberation Army",))
    d = json.loads(json.dumps(ev.to_dict()))
    assert d["evidence"]["location"] == [[3, 9, "other"]]
    assert Event.from_dict(d) == ev


def test_model_article_round_trips_through_dict():
    a = Article(id="x", text="t", published=date(2026, 2, 4), dateline="Quetta")
    assert Article.from_dict(json.loads(json.dumps(a.to_dict()))) == a
