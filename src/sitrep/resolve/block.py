"""Candidate pairs for cross-article resolution, without comparing all pairs.

Each event is filed under (country, day) buckets for every day its date range may cover, widened by
a tolerance that grows with time_precision. Two events are candidates only when they share a
bucket, so work grows with the events per country-day, not with the square of the archive.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import date, timedelta

from sitrep.model import Event

# Days of slack on each side of an event's range, by ACLED time_precision (1 day, 2 range, 3 month).
SLACK_DAYS = {1: 1, 2: 2, 3: 15, None: 3}
MAX_SPAN_DAYS = 62  # a vaguer range than this is not blocked on every day (it would touch too much)


def event_days(event: Event) -> list[date]:
    """The days an event is filed under; [] when it has no date (it then never merges)."""
    start = event.date_start or event.event_date
    end = event.date_end or start
    if start is None or end is None:
        return []
    slack = timedelta(days=SLACK_DAYS.get(event.time_precision, 3))
    first, last = start - slack, end + slack
    span = (last - first).days
    if span > MAX_SPAN_DAYS:  # file a very vague range under its middle stretch only
        mid = first + timedelta(days=span // 2)
        first, last = mid - timedelta(days=MAX_SPAN_DAYS // 2), mid + timedelta(days=MAX_SPAN_DAYS // 2)
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def block_key(event: Event) -> str | None:
    return event.iso3 or event.country


class BlockIndex:
    """An in-memory (country, day) -> event ids index; the store offers the same by date queries."""

    def __init__(self) -> None:
        self._buckets: dict[tuple[str, date], set[str]] = defaultdict(set)
        self._days: dict[str, list[tuple[str, date]]] = {}

    def add(self, event: Event) -> None:
        key = block_key(event)
        if key is None:
            return
        keys = [(key, d) for d in event_days(event)]
        for k in keys:
            self._buckets[k].add(event.event_id)
        self._days[event.event_id] = keys

    def remove(self, event_id: str) -> None:
        for k in self._days.pop(event_id, []):
            self._buckets[k].discard(event_id)

    def candidates(self, event: Event) -> set[str]:
        key = block_key(event)
        if key is None:
            return set()
        found: set[str] = set()
        for d in event_days(event):
            found |= self._buckets.get((key, d), set())
        found.discard(event.event_id)
        return found


def candidate_pairs(events: Iterable[Event]) -> Iterator[tuple[str, str]]:
    """Every candidate pair once (ids in sorted order), for batch evaluation and tests."""
    index = BlockIndex()
    for ev in events:
        for other in sorted(index.candidates(ev)):
            yield tuple(sorted((ev.event_id, other)))  # type: ignore[misc]
        index.add(ev)
