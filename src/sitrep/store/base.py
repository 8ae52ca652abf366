"""The Store interface. `open_store(url)` in `sitrep.store` returns one; SQLite is the default.

Writes are transactional: an article and its events land together or not at all, so a run killed
mid-write leaves the store as it was before that article, and re-running is always safe.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal

from sitrep.errors import StoreError
from sitrep.model import Article, Event, Reject

ReviewState = Literal["unreviewed", "accepted", "corrected", "rejected"]
Role = Literal["viewer", "reviewer"]
ROLES: tuple[str, ...] = ("viewer", "reviewer")
# Review action -> the state it leaves the event in.
REVIEW_ACTIONS: dict[str, ReviewState] = {
    "accept": "accepted", "correct": "corrected", "reject": "rejected",
}


class ReviewError(StoreError):
    """A review names an unknown action or field, or gives a value of the wrong type."""

    code = "S303"


class NotFoundError(StoreError):
    """The event or user a call names is not in the store (the web app answers 404)."""

    code = "S304"


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Filters shared by the CLI export, the web table, the map and the API. None = no filter."""

    date_from: date | None = None
    date_to: date | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    actor: str | None = None  # matches actor1, actor2 or associated actors (substring, case-insensitive)
    country: str | None = None
    admin1: str | None = None
    min_fatalities: int | None = None
    max_fatalities: int | None = None
    review_state: ReviewState | None = None
    q: str | None = None  # full-text search over notes and article text
    article_id: str | None = None


@dataclass(frozen=True, slots=True)
class AuditEntry:
    id: int
    event_id: str
    user: str
    action: str  # "accept", "correct", "reject", "split", "merge"
    field: str | None
    old_value: Any
    new_value: Any
    at: datetime
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class Member:
    """One extracted record that a merged event was formed from, and why it was joined."""

    event_id: str  # the merged event (incident)
    member_id: str  # the record's own event id
    article_id: str
    position: int  # order of joining; the first member gives the merged event its id
    score: float | None  # match score when it joined; None for the first member
    reasons: tuple[str, ...]
    record: Event  # the record as extracted
    at: datetime


@dataclass(frozen=True, slots=True)
class User:
    name: str
    password_hash: str
    role: Role


class Store(ABC):
    """What every backend provides. Implementations: `sqlite.py`, `postgres.py` (same SQLAlchemy core)."""

    # -- articles -----------------------------------------------------------------------------
    @abstractmethod
    def save_article(self, article: Article, events: Iterable[Event]) -> bool:
        """Store an article and its extracted events in one transaction.

        Idempotent: saving an article again replaces its own events (ids are content hashes, so
        they come out the same) and returns False; True when the article is new. Nothing is ever
        duplicated.
        """

    def save_articles(self, items: Iterable[tuple[Article, Sequence[Event]]]) -> int:
        """save_article for many articles, in one transaction where the backend can (the SQL
        store does): a scale-out part lands whole or not at all. Returns how many were new."""
        return sum(self.save_article(article, events) for article, events in items)

    @abstractmethod
    def has_article(self, article_id: str, content_hash: str | None = None) -> bool: ...

    @abstractmethod
    def get_article(self, article_id: str) -> Article | None: ...

    @abstractmethod
    def save_rejects(self, rejects: Iterable[Reject]) -> None: ...

    # -- events -------------------------------------------------------------------------------
    @abstractmethod
    def upsert_events(self, events: Iterable[Event]) -> None:
        """Insert or replace events by `event_id` (resolve uses this to write merged events)."""

    @abstractmethod
    def delete_events(self, event_ids: Iterable[str]) -> None: ...

    @abstractmethod
    def get_event(self, event_id: str) -> Event | None: ...

    @abstractmethod
    def query_events(self, flt: EventFilter | None = None, *, limit: int | None = None,
                     offset: int = 0, order_by: str = "event_date", descending: bool = True
                     ) -> list[Event]: ...

    @abstractmethod
    def count_events(self, flt: EventFilter | None = None) -> int: ...

    def iter_events(self, flt: EventFilter | None = None, *, batch: int = 1000) -> Iterator[Event]:
        offset = 0
        while True:
            page = self.query_events(flt, limit=batch, offset=offset, order_by="event_id",
                                     descending=False)
            yield from page
            if len(page) < batch:
                return
            offset += batch

    # -- cross-article resolution -------------------------------------------------------------
    @abstractmethod
    def incidents_of(self, event_ids: Iterable[str]) -> dict[str, str]:
        """Record id -> the id of the stored event it is part of (itself when not merged);
        ids the store has never seen are left out."""

    @abstractmethod
    def resolve_candidates(self, event: Event) -> list[Event]:
        """Stored events in `event`'s block (same country, nearby dates): what it may merge into."""

    @abstractmethod
    def merge_event(self, event_id: str, record: Event, *, score: float,
                    reasons: Sequence[str]) -> Event:
        """Join the stored record `record` to the event `event_id`; returns the merged event,
        recomputed from every member (a reviewer's corrections and review state are kept)."""

    @abstractmethod
    def event_members(self, event_id: str) -> list[Member]:
        """The records a merged event was formed from, in joining order; [] for an unmerged one."""

    @abstractmethod
    def split_event(self, event_id: str, member_id: str, *, user: str,
                    reason: str | None = None) -> tuple[Event, Event]:
        """Undo a merge: `member_id` becomes its own event again and the rest is recomputed.

        Returns (what is left of the merged event, the split-out record); both are audited.
        """

    # -- review -------------------------------------------------------------------------------
    @abstractmethod
    def review_state(self, event_id: str) -> ReviewState: ...

    @abstractmethod
    def review_event(self, event_id: str, *, user: str, action: str,
                     changes: dict[str, Any] | None = None, reason: str | None = None) -> Event:
        """Accept, correct (field -> new value) or reject an event; every change is audited."""

    @abstractmethod
    def audit_log(self, event_id: str | None = None) -> list[AuditEntry]: ...

    # -- users --------------------------------------------------------------------------------
    @abstractmethod
    def add_user(self, name: str, password_hash: str, role: Role) -> User: ...

    @abstractmethod
    def get_user(self, name: str) -> User | None: ...

    def list_users(self) -> list[User]:
        raise NotImplementedError

    def list_rejects(self) -> list[Reject]:
        raise NotImplementedError

    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
