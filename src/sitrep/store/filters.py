"""EventFilter -> SQL conditions. Every user value is a bound parameter; nothing is spliced in."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import ColumnElement, and_, func, literal, or_, select, true

from sitrep.errors import StoreError
from sitrep.store.base import EventFilter
from sitrep.store.schema import event_articles, events

# Columns a caller may order by (anything else is refused, never interpolated).
ORDER_COLUMNS = frozenset(c.name for c in events.columns)

Search = Callable[[str], ColumnElement[bool]]


def _like(value: str) -> str:
    """A substring LIKE pattern in which the user's %, _ and \\ are literal."""
    escaped = value.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _ieq(col: ColumnElement[str], value: str) -> ColumnElement[bool]:
    return func.lower(col) == func.lower(literal(value))


def _date_range(flt: EventFilter) -> list[ColumnElement[bool]]:
    """Events whose dates overlap [date_from, date_to]; a range-dated event counts if any day does."""
    first = func.coalesce(events.c.date_start, events.c.event_date)
    last = func.coalesce(events.c.date_end, events.c.event_date)
    out: list[ColumnElement[bool]] = []
    if flt.date_from is not None:
        out.append(last >= flt.date_from)
    if flt.date_to is not None:
        out.append(first <= flt.date_to)
    return out


def _actor(value: str) -> ColumnElement[bool]:
    pattern = _like(value)
    cols = (events.c.actor1, events.c.actor2, events.c.assoc_actor_1, events.c.assoc_actor_2)
    return or_(*(func.lower(c).like(pattern, escape="\\") for c in cols))


def _article(article_id: str) -> ColumnElement[bool]:
    linked = select(event_articles.c.event_id).where(event_articles.c.article_id == article_id)
    return or_(events.c.article_id == article_id, events.c.event_id.in_(linked))


def where(flt: EventFilter | None, search: Search) -> ColumnElement[bool]:
    if flt is None:
        return true()
    conds = _date_range(flt)
    if flt.event_type is not None:
        conds.append(_ieq(events.c.event_type, flt.event_type))
    if flt.sub_event_type is not None:
        conds.append(_ieq(events.c.sub_event_type, flt.sub_event_type))
    if flt.actor is not None:
        conds.append(_actor(flt.actor))
    if flt.country is not None:  # a name ("Pakistan") or an ISO3 code ("PAK")
        conds.append(or_(_ieq(events.c.country, flt.country), _ieq(events.c.iso3, flt.country)))
    if flt.admin1 is not None:
        conds.append(_ieq(events.c.admin1, flt.admin1))
    if flt.min_fatalities is not None:
        conds.append(events.c.fatalities >= flt.min_fatalities)
    if flt.max_fatalities is not None:
        conds.append(events.c.fatalities <= flt.max_fatalities)
    if flt.review_state is not None:
        conds.append(events.c.review_state == flt.review_state)
    if flt.q is not None and flt.q.strip():
        conds.append(search(flt.q))
    if flt.article_id is not None:
        conds.append(_article(flt.article_id))
    return and_(true(), *conds)


def order_column(name: str) -> ColumnElement[object]:
    if name not in ORDER_COLUMNS:
        raise StoreError(f"cannot order events by {name!r} — not a column; use one of: "
                         f"{', '.join(sorted(ORDER_COLUMNS))}")
    return events.c[name]
