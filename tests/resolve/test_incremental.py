"""Resolution against a real store: new records join stored events; re-running changes nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from sitrep.model import Article
from sitrep.resolve.incremental import StoreResolver
from sitrep.store import open_store

D = date(2026, 2, 3)


def _article(i: str) -> Article:
    return Article(id=i, text=f"Militants and soldiers clashed near Quetta, report {i}.")


def _feed(store, records) -> int:
    resolver, merged = StoreResolver(store), 0
    for rec in records:
        fresh = resolver.unseen([rec])
        store.save_article(_article(rec.article_id), [rec])
        merged += len(resolver.resolve(_article(rec.article_id), fresh))
    return merged


def test_incremental_new_reports_join_the_stored_event(ev, tmp_path: Path):
    reports = [ev("a", article="x", day=D, killed=3, source="police"),
               ev("b", article="y", day=D, killed=5, source="ISPR", lat=30.2),
               ev("c", article="z", day=date(2026, 2, 12), killed=1)]  # same town, another week
    with open_store(str(tmp_path / "s.db")) as store:
        assert _feed(store, reports) == 1
        merged = store.get_event("a")
        assert merged.article_ids == ("x", "y") and set(merged.sources) == {"police", "ISPR"}
        assert store.get_event("c") is not None and store.count_events() == 2
        reasons = store.event_members("a")[1].reasons
        assert "date ranges overlap" in reasons
        before = store.query_events(order_by="event_id")
        assert _feed(store, reports) == 0  # the same input again
        assert store.query_events(order_by="event_id") == before


def test_incremental_split_is_not_undone_by_a_rerun(ev, tmp_path: Path):
    reports = [ev("a", article="x", day=D), ev("b", article="y", day=D)]
    with open_store(str(tmp_path / "s.db")) as store:
        _feed(store, reports)
        store.split_event("a", "b", user="rita")
        _feed(store, reports)
        assert store.count_events() == 2 and store.event_members("a") == []
        # a third report still merges (into the best of the two)
        _feed(store, [replace(ev("c", article="w", day=D), sources=("wire",))])
        assert store.count_events() == 2
