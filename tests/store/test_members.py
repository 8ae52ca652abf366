"""Merged events in the store, on every backend: merge, re-save, split, corrections, migration."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from store_records import article_n, event_protest, report

from sitrep.store import EventFilter, NotFoundError, Store, open_store
from sitrep.store import schema as S


def _merged(store: Store, n: int = 3) -> None:
    """Reports 1..n of one incident, 2..n merged into ev-1 (tolls 4, 6, 5 ...)."""
    for i in range(1, n + 1):
        store.save_article(article_n(i), [report(i, 2 + 2 * i if i < 3 else 5)])
        if i > 1:
            store.merge_event("ev-1", report(i, 2 + 2 * i if i < 3 else 5), score=0.9,
                              reasons=("same sub-event type (Armed clash)", f"joined {i}"))


def test_members_merge_keeps_every_article_and_claim(store: Store) -> None:
    _merged(store)
    assert store.count_events() == 1
    ev = store.get_event("ev-1")
    assert ev.article_ids == ("art-1", "art-2", "art-3")
    assert ev.sources == ("Outlet 1", "Outlet 2", "Outlet 3")
    assert len(ev.claims) == 3
    assert (ev.fatalities, ev.fatalities_low, ev.fatalities_best, ev.fatalities_high) == (4, 4, 4, 6)
    assert ev.number_of_sources == 3
    members = store.event_members("ev-1")
    assert [m.member_id for m in members] == ["ev-1", "ev-2", "ev-3"]
    assert members[0].score is None and members[2].score == 0.9
    assert "joined 3" in members[2].reasons
    assert members[1].record == report(2, 6)
    assert store.incidents_of(["ev-1", "ev-2", "ev-3", "nope"]) == {
        "ev-1": "ev-1", "ev-2": "ev-1", "ev-3": "ev-1"}
    assert {e.event_id for e in store.query_events(EventFilter(article_id="art-3"))} == {"ev-1"}


def test_members_saving_an_article_again_changes_nothing(store: Store) -> None:
    _merged(store)
    before = store.get_event("ev-1")
    for i in (1, 2, 3):
        store.save_article(article_n(i), [report(i, 2 + 2 * i if i < 3 else 5)])
    assert store.count_events() == 1
    assert store.get_event("ev-1") == before
    assert len(store.event_members("ev-1")) == 3


def test_members_re_extracted_article_drops_its_old_record(store: Store) -> None:
    _merged(store)
    store.save_article(article_n(2), [report(2, 6, event_id="ev-2b")])  # new extraction, new id
    ev = store.get_event("ev-1")
    assert ev.article_ids == ("art-1", "art-3")
    assert store.get_event("ev-2b") is not None  # a new record, waiting to be resolved
    assert store.incidents_of(["ev-2"]) == {}


def test_members_split_restores_the_record_and_recomputes(store: Store) -> None:
    _merged(store)
    rest, out = store.split_event("ev-1", "ev-2", user="rita", reason="another attack")
    assert out == report(2, 6) and store.get_event("ev-2") == out
    assert store.review_state("ev-2") == "unreviewed"
    assert rest.event_id == "ev-1" and rest.article_ids == ("art-1", "art-3")
    assert (rest.fatalities_low, rest.fatalities_high) == (4, 5)
    assert store.get_event("ev-1") == rest
    assert [(a.action, a.field) for a in store.audit_log("ev-1")] == [("split", "article_ids")]
    assert store.audit_log("ev-2")[0].old_value == "ev-1"
    # down to one member: the merged event is the first record again
    rest, _ = store.split_event("ev-1", "ev-3", user="rita")
    assert rest == report(1, 4) and store.event_members("ev-1") == []
    assert store.count_events() == 3


def test_members_split_of_the_first_member_renames_the_rest(store: Store) -> None:
    _merged(store)
    rest, out = store.split_event("ev-1", "ev-1", user="rita")
    assert rest.event_id == "ev-2" and rest.article_ids == ("art-2", "art-3")
    assert out == report(1, 4) and store.get_event("ev-1") == out
    assert [m.member_id for m in store.event_members("ev-2")] == ["ev-2", "ev-3"]


def test_members_split_unknown_member_is_not_found(store: Store) -> None:
    _merged(store, 2)
    with pytest.raises(NotFoundError, match="not a member"):
        store.split_event("ev-1", "ev-9", user="rita")


def test_members_merge_keeps_reviewer_corrections(store: Store) -> None:
    _merged(store, 2)
    store.review_event("ev-1", user="rita", action="correct", changes={"location": "Turbat city"})
    store.save_article(article_n(3), [report(3, 5)])
    ev = store.merge_event("ev-1", report(3, 5), score=0.8, reasons=("x",))
    assert ev.location == "Turbat city" and len(ev.article_ids) == 3
    assert store.review_state("ev-1") == "corrected"


def test_members_merge_refuses_a_merged_record(store: Store) -> None:
    _merged(store, 2)
    with pytest.raises(NotFoundError, match="already merged"):
        store.merge_event("ev-1", report(2, 6), score=0.9, reasons=())


def test_members_candidates_are_the_block(store: Store) -> None:
    _merged(store, 2)
    store.save_article(article_n(7), [report(7, 1, event_date=date(2026, 4, 1),
                                               date_start=date(2026, 4, 1), date_end=date(2026, 4, 1))])
    store.save_article(article_n(8), [report(8, 1, iso3="AFG", country="Afghanistan")])
    store.save_article(article_n(9), [event_protest()])
    probe = report(5, 3)
    assert {e.event_id for e in store.resolve_candidates(probe)} == {"ev-1"}


def test_members_v1_database_is_migrated(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    open_store(str(db)).close()
    with sqlite3.connect(db) as conn:  # what a schema-1 file looks like
        conn.execute("DROP TABLE event_members")
        conn.execute("DROP INDEX ix_events_block")
        conn.execute("UPDATE schema_version SET version = 1")
    with open_store(str(db)) as store:
        assert store.schema_version() == S.SCHEMA_VERSION  # type: ignore[attr-defined]
        store.save_article(article_n(1), [report(1, 4)])
        store.save_article(article_n(2), [report(2, 6)])
        store.merge_event("ev-1", report(2, 6), score=0.9, reasons=())
        assert len(store.event_members("ev-1")) == 2
