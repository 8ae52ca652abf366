"""Merged events in the store: the records each was formed from, merging, recomputing, splitting.

A merged event's row in `events` is always derived: its member records (`event_members`) combined
in joining order, under the id of the first. Recomputing it lays the fields a reviewer corrected
back over the result and keeps its review state, so new sources never undo a reviewer's work.
Every function here runs inside the caller's transaction.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date, timedelta
from functools import reduce
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, update

from sitrep.errors import StoreError
from sitrep.extract.notes import write_note
from sitrep.model import Event
from sitrep.resolve.block import MAX_SPAN_DAYS, block_key, event_days
from sitrep.resolve.merge import combine
from sitrep.store import schema as S
from sitrep.store.base import Member
from sitrep.store.codec import (
    as_utc, coerce, event_from_json, event_to_json, event_to_row, row_to_event, utcnow,
)

# Fields a merge owns: a reviewer's correction of these is not laid over a recomputed event.
PROVENANCE = frozenset({"event_id", "article_id", "article_ids", "sources", "claims", "evidence"})
M = S.event_members


def link(conn: Connection, events: Sequence[Event]) -> None:
    """event_articles rows: which articles each event draws on (for the article filter and search)."""
    if not events:
        return
    conn.execute(delete(S.event_articles).where(
        S.event_articles.c.event_id.in_([e.event_id for e in events])))
    conn.execute(insert(S.event_articles), [
        {"event_id": e.event_id, "article_id": a}
        for e in events for a in dict.fromkeys((e.article_id, *e.article_ids))])


def write(conn: Connection, event: Event, state: str) -> None:
    """Insert or replace one event whatever its review state (merges and splits own the row)."""
    row = {**event_to_row(event), "review_state": state, "updated_at": utcnow()}
    found = conn.execute(select(S.events.c.event_id).where(S.events.c.event_id == event.event_id)).first()
    if found is None:
        conn.execute(insert(S.events), row)
    else:
        conn.execute(update(S.events).where(S.events.c.event_id == event.event_id).values(row))
    link(conn, [event])


def _member(row: Any) -> Member:
    return Member(event_id=row.event_id, member_id=row.member_id, article_id=row.article_id,
                  position=row.position, score=row.score, reasons=tuple(json.loads(row.reasons)),
                  record=event_from_json(row.record), at=as_utc(row.at))


def members_of(conn: Connection, event_id: str) -> list[Member]:
    rows = conn.execute(select(M).where(M.c.event_id == event_id).order_by(M.c.position)).all()
    return [_member(r) for r in rows]


def incidents_of(conn: Connection, ids: Sequence[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for i in range(0, len(ids), 500):  # keep under every backend's parameter limit
        chunk = ids[i:i + 500]
        out.update((i, i) for i in conn.execute(select(S.events.c.event_id)
                                                .where(S.events.c.event_id.in_(chunk))).scalars())
        out.update((m, e) for m, e in conn.execute(select(M.c.member_id, M.c.event_id)
                                                   .where(M.c.member_id.in_(chunk))))
    return out


def candidates(conn: Connection, event: Event) -> list[Event]:
    """Stored events of the same country whose dates may fall in `event`'s block days.

    The date test is loose (an event is found by its first day, up to MAX_SPAN_DAYS early);
    the resolver's block index applies the exact rule.
    """
    days, key = event_days(event), block_key(event)
    if not days or key is None:
        return []
    first: date = days[0] - timedelta(days=MAX_SPAN_DAYS)
    col = S.events.c.iso3 if event.iso3 else S.events.c.country
    rows = conn.execute(select(S.events).where(col == key, S.events.c.event_date >= first,
                                               S.events.c.event_date <= days[-1])).all()
    return [row_to_event(r) for r in rows]


def _corrections(conn: Connection, event_id: str) -> dict[str, Any]:
    """The latest value a reviewer gave each non-provenance field of `event_id`."""
    rows = conn.execute(select(S.audit.c.field, S.audit.c.new_value)
                        .where(S.audit.c.event_id == event_id, S.audit.c.action == "correct")
                        .order_by(S.audit.c.id)).all()
    return {f: coerce(f, json.loads(v)) for f, v in rows if f and f not in PROVENANCE}


def _state(conn: Connection, event_id: str) -> str:
    state = conn.execute(select(S.events.c.review_state)
                         .where(S.events.c.event_id == event_id)).scalar()
    return state or "unreviewed"


def _fold(members: Sequence[Member]) -> Event:
    return reduce(lambda acc, m: combine(acc, m.record, note=write_note),
                  members[1:], members[0].record)


def recompute(conn: Connection, event_id: str) -> Event | None:
    """Rebuild merged event `event_id` from its members; None when it has none.

    With one member left it is that record again, on its own; when the first member is gone the
    event takes the id of the next one (ids follow the earliest member still present).
    """
    members = members_of(conn, event_id)
    if not members:
        return None
    state, fixes = _state(conn, event_id), _corrections(conn, event_id)
    if len(members) == 1:
        conn.execute(delete(M).where(M.c.member_id == members[0].member_id))
    event = _fold(members)
    if fixes:
        event = replace(event, **fixes)
    if event.event_id != event_id:
        conn.execute(update(M).where(M.c.event_id == event_id).values(event_id=event.event_id))
        conn.execute(delete(S.events).where(S.events.c.event_id == event_id))
    write(conn, event, state)
    return event


def _insert_member(conn: Connection, event_id: str, record: Event, position: int,
                   score: float | None, reasons: Iterable[str]) -> None:
    conn.execute(insert(M), {
        "member_id": record.event_id, "event_id": event_id, "article_id": record.article_id,
        "position": position, "score": score, "reasons": json.dumps(list(reasons)),
        "record": event_to_json(record), "at": utcnow()})


def merge(conn: Connection, event_id: str, record: Event, score: float,
          reasons: Sequence[str]) -> Event | None:
    """Join `record` to stored event `event_id` (a stored unmerged event becomes the first member)."""
    if conn.execute(select(M.c.member_id).where(M.c.member_id == record.event_id)).first():
        return None  # already part of a merged event
    last = conn.execute(select(func.max(M.c.position)).where(M.c.event_id == event_id)).scalar()
    if last is None:
        row = conn.execute(select(S.events).where(S.events.c.event_id == event_id)).first()
        if row is None:
            return None
        _insert_member(conn, event_id, row_to_event(row), 0, None, ())
        last = 0
    _insert_member(conn, event_id, record, last + 1, score, reasons)
    if record.event_id != event_id:
        conn.execute(delete(S.events).where(S.events.c.event_id == record.event_id))
    return recompute(conn, event_id)


def refresh(conn: Connection, article_id: str, records: Sequence[Event]) -> tuple[set[str], set[str]]:
    """An article saved again: update its member records, drop the ones it no longer yields.

    Returns (ids of `records` that are members, merged events to recompute).
    """
    rows = conn.execute(select(M.c.member_id, M.c.event_id).where(M.c.article_id == article_id)).all()
    mine = dict(rows)
    by_id = {r.event_id: r for r in records}
    touched: set[str] = set()
    for member_id, event_id in mine.items():
        touched.add(event_id)
        if member_id in by_id:
            conn.execute(update(M).where(M.c.member_id == member_id)
                         .values(record=event_to_json(by_id[member_id])))
        else:  # extraction changed: the old record is gone
            conn.execute(delete(M).where(M.c.member_id == member_id))
    return {i for i in mine if i in by_id}, touched


def split(conn: Connection, event_id: str, member_id: str) -> tuple[Event, Event] | None:
    """Take `member_id` out of merged event `event_id`; None when it is not a member of it.

    Returns (the rest, recomputed; the split-out record, back on its own and unreviewed).
    """
    members = members_of(conn, event_id)
    gone = next((m for m in members if m.member_id == member_id), None)
    if gone is None:
        return None
    conn.execute(delete(M).where(M.c.member_id == member_id))
    rest = recompute(conn, event_id)
    if rest is None:  # cannot happen: a merged event keeps two members or more
        raise StoreError(f"merged event {event_id!r} had only {member_id!r} as a member")
    write(conn, gone.record, "unreviewed")
    return rest, gone.record
