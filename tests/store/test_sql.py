"""The SQL store on every backend: round trip, idempotence, filters, review, users, errors."""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import date

import pytest
from store_records import article_a, article_b, event_attack, event_protest

from sitrep.errors import StoreError
from sitrep.model import Event, Reject
from sitrep.store import EventFilter, NotFoundError, ReviewError, Store, open_store
from sitrep.store import schema as S

INJECTIONS = ['"', "'", "x OR y", "' OR '1'='1", "'; DROP TABLE events; --", "%", "_", "\\",
              'NEAR("a" "b")', "*", "events_fts", "a AND OR NOT", "((", "^", "col:val"]


def _fill(store: Store) -> None:
    store.save_article(article_a(), [event_attack()])
    store.save_article(article_b(), [event_protest()])


def _ids(events: list[Event]) -> set[str]:
    return {e.event_id for e in events}


def test_sql_event_round_trip_is_exact(store: Store) -> None:
    ev = event_attack()
    store.save_article(article_a(), [ev])
    got = store.get_event(ev.event_id)
    assert got == ev
    assert isinstance(got.claims, tuple) and isinstance(got.evidence, tuple)


def test_sql_event_round_trip_keeps_nones_and_empty_tuples(store: Store) -> None:
    bare = Event(event_id="bare", article_id="art-b", event_type="Riots",
                 sub_event_type="Mob violence", disorder_type="Political violence")
    store.save_article(article_b(), [bare])
    assert store.get_event("bare") == bare


def test_sql_article_round_trip(store: Store) -> None:
    store.save_article(article_a(), [])
    assert store.get_article("art-a") == article_a()
    assert store.has_article("art-a")
    assert store.has_article("art-a", article_a().content_hash)
    assert not store.has_article("art-a", "0" * 16)
    assert store.get_article("nope") is None


def test_sql_save_article_is_idempotent(store: Store) -> None:
    assert store.save_article(article_a(), [event_attack()]) is True
    assert store.save_article(article_a(), [event_attack()]) is False
    assert store.count_events() == 1
    assert [e.event_id for e in store.query_events()] == ["ev-attack"]


def test_sql_save_article_replaces_its_own_events(store: Store) -> None:
    _fill(store)
    other = event_attack(event_id="ev-attack-2", fatalities=5)
    store.save_article(article_a(), [other])
    assert _ids(store.query_events()) == {"ev-attack-2", "ev-protest"}


def test_sql_save_article_keeps_reviewed_events(store: Store) -> None:
    _fill(store)
    store.review_event("ev-attack", user="ana", action="correct", changes={"fatalities": 5})
    store.save_article(article_a(), [event_attack()])
    assert store.get_event("ev-attack").fatalities == 5
    assert store.review_state("ev-attack") == "corrected"


def test_sql_upsert_and_delete_events(store: Store) -> None:
    _fill(store)
    merged = event_attack(article_ids=("art-a", "art-b"), sources=("officials", "Example Daily"))
    store.upsert_events([merged])
    assert store.get_event("ev-attack") == merged
    assert _ids(store.query_events(EventFilter(article_id="art-b"))) == {"ev-attack", "ev-protest"}
    store.delete_events(["ev-attack"])
    assert store.get_event("ev-attack") is None
    assert store.count_events() == 1
    assert _ids(store.query_events(EventFilter(article_id="art-b"))) == {"ev-protest"}  # links gone
    assert store.query_events(EventFilter(q="constables")) == []  # index entry gone


def test_sql_changed_article_text_is_reindexed(store: Store) -> None:
    _fill(store)
    store.save_article(replace(article_a(), text="Quetta: a grenade was thrown at a shop."),
                       [event_attack()])
    assert _ids(store.query_events(EventFilter(q="grenade"))) == {"ev-attack"}
    assert _ids(store.query_events(EventFilter(q="constables"))) == {"ev-attack"}  # still in notes
    assert store.query_events(EventFilter(q="Liberation")) == []


@pytest.mark.parametrize(("flt", "expected"), [
    (EventFilter(), {"ev-attack", "ev-protest"}),
    (EventFilter(date_from=date(2026, 2, 5)), {"ev-protest"}),
    (EventFilter(date_to=date(2026, 2, 2)), {"ev-attack"}),
    (EventFilter(date_from=date(2026, 2, 3), date_to=date(2026, 2, 5)), set()),
    (EventFilter(event_type="battles"), {"ev-attack"}),
    (EventFilter(sub_event_type="Peaceful protest"), {"ev-protest"}),
    (EventFilter(actor="liberation"), {"ev-attack"}),
    (EventFilter(actor="police forces"), {"ev-attack"}),
    (EventFilter(actor="protesters"), {"ev-protest"}),
    (EventFilter(country="Pakistan"), {"ev-attack", "ev-protest"}),
    (EventFilter(country="pak"), {"ev-attack", "ev-protest"}),
    (EventFilter(country="Afghanistan"), set()),
    (EventFilter(admin1="Khyber Pakhtunkhwa"), {"ev-protest"}),
    (EventFilter(min_fatalities=1), {"ev-attack"}),
    (EventFilter(max_fatalities=0), {"ev-protest"}),
    (EventFilter(min_fatalities=4, max_fatalities=4), {"ev-attack"}),
    (EventFilter(review_state="unreviewed"), {"ev-attack", "ev-protest"}),
    (EventFilter(review_state="accepted"), set()),
    (EventFilter(q="checkpoint"), {"ev-attack"}),  # in the notes
    (EventFilter(q="Liberation Army"), {"ev-attack"}),  # only in the article text
    (EventFilter(q="taxes traders"), {"ev-protest"}),  # words ANDed, any order
    (EventFilter(q="checkpoint taxes"), set()),
    (EventFilter(q="attacks"), {"ev-attack"}),  # stemmed: the text says "attacked"
    (EventFilter(q="   "), {"ev-attack", "ev-protest"}),  # blank: no filter
    (EventFilter(article_id="art-b"), {"ev-protest"}),
    (EventFilter(country="Pakistan", event_type="Protests", q="peacefully"), {"ev-protest"}),
])
def test_sql_query_events_filters(store: Store, flt: EventFilter, expected: set[str]) -> None:
    _fill(store)
    assert _ids(store.query_events(flt)) == expected
    assert store.count_events(flt) == len(expected)


def test_sql_query_events_date_range_overlaps(store: Store) -> None:
    ranged = event_attack(event_id="ranged", event_date=date(2026, 1, 30),
                          date_start=date(2026, 1, 30), date_end=date(2026, 2, 3), time_precision=2)
    store.save_article(article_a(), [ranged])
    assert _ids(store.query_events(EventFilter(date_from=date(2026, 2, 1)))) == {"ranged"}
    assert _ids(store.query_events(EventFilter(date_from=date(2026, 2, 4)))) == set()


@pytest.mark.parametrize("text", INJECTIONS)
@pytest.mark.parametrize("field", ["event_type", "sub_event_type", "actor", "country", "admin1",
                                   "q", "article_id"])
def test_sql_filters_treat_injection_as_plain_text(store: Store, field: str, text: str) -> None:
    _fill(store)
    flt = EventFilter(**{field: text})
    assert store.query_events(flt) == []
    assert store.count_events(flt) == 0
    assert store.count_events() == 2  # nothing was dropped


def test_sql_like_wildcards_are_literal(store: Store) -> None:
    _fill(store)
    store.upsert_events([event_protest(event_id="pct", actor1="100% Traders_Union")])
    assert _ids(store.query_events(EventFilter(actor="100%"))) == {"pct"}
    assert _ids(store.query_events(EventFilter(actor="s_u"))) == {"pct"}


def test_sql_query_events_orders_and_pages(store: Store) -> None:
    _fill(store)
    assert [e.event_id for e in store.query_events()] == ["ev-protest", "ev-attack"]
    asc = store.query_events(order_by="fatalities", descending=False)
    assert [e.event_id for e in asc] == ["ev-protest", "ev-attack"]
    assert [e.event_id for e in store.query_events(limit=1, offset=1)] == ["ev-attack"]
    assert [e.event_id for e in store.iter_events(batch=1)] == ["ev-attack", "ev-protest"]


@pytest.mark.parametrize("column", ["event_date; DROP TABLE events", "nope", "rowid"])
def test_sql_query_events_refuses_unknown_order(store: Store, column: str) -> None:
    with pytest.raises(StoreError, match="cannot order events"):
        store.query_events(order_by=column)


def test_sql_review_correct_writes_one_audit_row_per_field(store: Store) -> None:
    _fill(store)
    new = store.review_event("ev-attack", user="ana", action="correct", reason="checked",
                             changes={"fatalities": "5", "location": "Turbat",
                                      "event_date": "2026-02-01", "notes": "Revised notes."})
    assert new.fatalities == 5 and new.event_date == date(2026, 2, 1)
    assert store.get_event("ev-attack") == new
    assert store.review_state("ev-attack") == "corrected"
    log = store.audit_log("ev-attack")
    assert {(a.field, a.old_value, a.new_value) for a in log} == {  # location did not change
        ("fatalities", 4, 5), ("event_date", "2026-02-02", "2026-02-01"),
        ("notes", event_attack().notes, "Revised notes.")}
    assert all(a.user == "ana" and a.action == "correct" and a.reason == "checked" for a in log)
    assert all(a.at.tzinfo is not None for a in log)
    assert _ids(store.query_events(EventFilter(q="revised"))) == {"ev-attack"}  # index follows


@pytest.mark.parametrize(("action", "state"), [("accept", "accepted"), ("reject", "rejected")])
def test_sql_review_accept_reject(store: Store, action: str, state: str) -> None:
    _fill(store)
    store.review_event("ev-protest", user="bo", action=action)
    assert store.review_state("ev-protest") == state
    [entry] = store.audit_log("ev-protest")
    assert (entry.field, entry.old_value, entry.new_value) == (None, "unreviewed", state)
    assert store.audit_log("ev-attack") == []
    assert _ids(store.query_events(EventFilter(review_state=state))) == {"ev-protest"}  # type: ignore[arg-type]


@pytest.mark.parametrize(("action", "changes", "message"), [
    ("approve", {}, "unknown review action"),
    ("correct", {"no_such_field": 1}, "cannot change field"),
    ("correct", {"event_id": "x"}, "cannot change field"),
    ("correct", {"fatalities": "many"}, "bad value for fatalities"),
    ("correct", {"event_date": "yesterday"}, "bad value for event_date"),
    ("correct", {"event_type": None}, "bad value for event_type"),
])
def test_sql_review_rejects_bad_input(store: Store, action: str, changes: dict[str, object],
                                      message: str) -> None:
    _fill(store)
    with pytest.raises(ReviewError, match=message):
        store.review_event("ev-attack", user="ana", action=action, changes=changes)
    assert store.get_event("ev-attack") == event_attack()
    assert store.audit_log() == []


def test_sql_review_unknown_event(store: Store) -> None:
    with pytest.raises(NotFoundError):
        store.review_event("missing", user="ana", action="accept")
    with pytest.raises(NotFoundError):
        store.review_state("missing")


def test_sql_review_tuple_fields(store: Store) -> None:
    _fill(store)
    new = store.review_event("ev-attack", user="ana", action="correct",
                             changes={"sources": ["officials"], "claimed_by": "[]"})
    assert new.sources == ("officials",) and new.claimed_by == ()
    assert store.get_event("ev-attack") == new


def test_sql_users(store: Store) -> None:
    user = store.add_user("ana", "$argon2id$fake", "reviewer")
    assert store.get_user("ana") == user
    assert store.get_user("nobody") is None
    assert store.list_users() == [user]
    with pytest.raises(StoreError, match="already exists"):
        store.add_user("ana", "x", "viewer")
    with pytest.raises(StoreError, match="unknown role"):
        store.add_user("bo", "x", "admin")  # type: ignore[arg-type]


def test_sql_rejects_are_stored_once(store: Store) -> None:
    rejects = [Reject("in.jsonl", 3, "S105", "bad JSON"), Reject("in.txt", None, "S101", "empty")]
    store.save_rejects(rejects)
    store.save_rejects(rejects)
    assert sorted(store.list_rejects(), key=lambda r: r.path) == rejects


def test_sql_reopen_keeps_data(store_url: str) -> None:
    with open_store(store_url) as s:
        _fill(s)
    with open_store(store_url) as s:
        assert s.get_event("ev-attack") == event_attack()
        assert s.schema_version() == S.SCHEMA_VERSION  # type: ignore[attr-defined]


def test_sql_schema_has_a_column_per_event_field() -> None:
    from sitrep.store.schema import events

    assert {f.name for f in fields(Event)} <= set(events.c.keys())


def test_sql_replace_changes_nothing_for_equal_event(store: Store) -> None:
    ev = event_attack()
    store.save_article(article_a(), [ev, replace(ev)])  # the same id twice in one list
    assert store.count_events() == 1


def test_sql_concurrent_writers_do_not_fail(store_url: str) -> None:
    from concurrent.futures import ThreadPoolExecutor

    def save(worker: int) -> None:
        with open_store(store_url) as s:
            for i in range(15):
                art = replace(article_a(), id=f"w{worker}-{i}", text=f"{article_a().text} {worker} {i}")
                s.count_events()  # a read before the write, as the web app and pipeline do
                s.save_article(art, [event_attack(event_id=f"w{worker}-{i}", article_id=art.id)])

    open_store(store_url).close()
    with ThreadPoolExecutor(4) as pool:
        list(pool.map(save, range(4)))
    with open_store(store_url) as s:
        assert s.count_events() == 60


@pytest.mark.postgres
def test_sql_postgres_search_uses_the_gin_indexes(pg_server: str) -> None:
    from sqlalchemy import select

    from sitrep.store.schema import events

    with open_store(pg_server) as s:
        _fill(s)
        stmt = select(events.c.event_id).where(s.dialect.search("checkpoint"))  # type: ignore[attr-defined]
        sql = str(stmt.compile(s.engine, compile_kwargs={"literal_binds": True}))  # type: ignore[attr-defined]
        with s.engine.connect() as conn:  # type: ignore[attr-defined]
            conn.exec_driver_sql("SET enable_seqscan = off")
            plan = "\n".join(r[0] for r in conn.exec_driver_sql("EXPLAIN " + sql))
    assert "ix_events_notes_fts" in plan and "ix_articles_text_fts" in plan, plan


def test_sql_article_ids_longer_than_a_hash_are_kept(store: Store) -> None:
    # ids come from inputs (file paths, feed GUIDs): PostgreSQL once refused those over 64 characters
    long_id = "/archive/2026/03/" + "balochistan-" * 12 + "report.txt"
    article = replace(article_a(), id=long_id)
    store.save_article(article, [event_attack(article_id=long_id, article_ids=(long_id,))])
    got = store.get_article(long_id)
    assert got is not None and got.id == long_id and len(long_id) > 64
    assert [e.article_id for e in store.query_events()] == [long_id]
