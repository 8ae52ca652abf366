"""The Store over SQLAlchemy Core: one implementation for SQLite and PostgreSQL.

What differs between the two (connection set-up, full-text search) lives in a small dialect
object (`sqlite.py`, `postgres.py`); everything here is portable SQL with bound parameters.
Reviewed events are the reviewer's: re-extracting or upserting never overwrites them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from typing import Any, Protocol

from sqlalchemy import (
    ColumnElement, Connection, Engine, bindparam, delete, func, insert, select, update,
)
from sqlalchemy.exc import DBAPIError, IntegrityError, ProgrammingError

from sitrep.errors import SchemaVersionError, StoreError, StoreUnavailableError
from sitrep.model import Article, Event, Reject, content_hash
from sitrep.store import members
from sitrep.store import schema as S
from sitrep.store.base import (
    REVIEW_ACTIONS, ROLES, AuditEntry, EventFilter, Member, NotFoundError, ReviewError,
    ReviewState, Role, Store, User,
)
from sitrep.store.codec import (
    article_to_row, as_utc, coerce, dumps, event_to_row, row_to_article, row_to_event, utcnow,
)
from sitrep.store.filters import order_column, where


class Dialect(Protocol):
    name: str

    def create_engine(self, url: str) -> Engine: ...
    def create_search(self, conn: Connection) -> None: ...
    def rebuild_search(self, conn: Connection) -> None: ...
    def search(self, q: str) -> ColumnElement[bool]: ...


def _cause(exc: DBAPIError) -> str:
    msg = str(exc.orig).strip().splitlines()[0] if exc.orig is not None else str(exc)
    low = msg.lower()
    if "readonly" in low or "read-only" in low or "read only" in low:
        return (f"the database is read-only ({msg}); check the permissions of the file and its folder, "
                "or use another --db")
    if "full" in low:
        return f"the disk is full ({msg}); free some space or use another --db"
    if "unable to open" in low or "not a database" in low:
        return (f"the file cannot be opened as a database ({msg}); check that its folder exists and is "
                "writable and that the file is a sitrep SQLite database")
    if "locked" in low or "busy" in low:
        return f"another process holds the database ({msg}); retry when it has finished"
    return f"{msg}; check that the database server is running and the URL is right"


class SqlStore(Store):
    def __init__(self, url: str, dialect: Dialect) -> None:
        self.dialect = dialect
        self.url = url
        self.engine = dialect.create_engine(url)
        self._where = self.engine.url.render_as_string(hide_password=True)
        self._open()

    # -- plumbing -------------------------------------------------------------------------------
    @contextmanager
    def _tx(self, action: str, *, write: bool = False) -> Iterator[Connection]:
        """One transaction; database failures become StoreUnavailableError with the likely cause.

        `write` takes the write lock up front (SQLite BEGIN IMMEDIATE), so a read-then-write
        transaction waits for another writer instead of failing when its snapshot goes stale.
        """
        try:
            with self.engine.connect() as conn:
                conn.execution_options(sitrep_write=write)
                with conn.begin():
                    yield conn
        except (IntegrityError, ProgrammingError):
            raise  # a bug in the store, not a condition of the database
        except DBAPIError as exc:
            raise StoreUnavailableError(f"cannot {action} — {_cause(exc)}", path=self._where) from exc

    def _open(self) -> None:
        with self._tx("open the store", write=True) as conn:
            version = S.read_version(conn)
            if version is None:
                S.metadata.create_all(conn)
                self.dialect.create_search(conn)
                conn.execute(insert(S.schema_version), {"version": S.SCHEMA_VERSION})
            elif version > S.SCHEMA_VERSION:
                raise SchemaVersionError(
                    f"database schema version {version} is newer than this sitrep's "
                    f"({S.SCHEMA_VERSION}) — it was written by a later release; upgrade sitrep",
                    path=self._where)
            elif version < S.SCHEMA_VERSION:
                self._migrate(conn, version)

    def _migrate(self, conn: Connection, version: int) -> None:
        for v in range(version, S.SCHEMA_VERSION):
            step = S.MIGRATIONS.get(v)
            if step is None:
                raise SchemaVersionError(f"no migration from schema version {v} to {v + 1} — "
                                         "export the data with the release that wrote it",
                                         path=self._where)
            step(conn)
        conn.execute(update(S.schema_version).values(version=S.SCHEMA_VERSION))

    def schema_version(self) -> int:
        with self._tx("read the schema version") as conn:
            return S.read_version(conn) or 0

    def vacuum(self) -> None:
        """Compact a SQLite file (or VACUUM a PostgreSQL one) and re-index full-text search."""
        with self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM")
        with self._tx("rebuild the search index", write=True) as conn:
            self.dialect.rebuild_search(conn)

    def close(self) -> None:
        self.engine.dispose()

    # -- articles -------------------------------------------------------------------------------
    def save_article(self, article: Article, events: Iterable[Event]) -> bool:
        with self._tx(f"save article {article.id}", write=True) as conn:
            return self._save(conn, article, list(events))

    def save_articles(self, items: Iterable[tuple[Article, Sequence[Event]]]) -> int:
        items = list(items)
        if not items:
            return 0
        with self._tx(f"save {len(items)} articles from {items[0][0].id}", write=True) as conn:
            return sum(self._save(conn, article, list(events)) for article, events in items)

    def _save(self, conn: Connection, article: Article, events: list[Event]) -> bool:
        row = article_to_row(article)
        exists = conn.execute(select(S.articles.c.id).where(S.articles.c.id == article.id)
                              ).first() is not None
        if exists:
            conn.execute(update(S.articles).where(S.articles.c.id == article.id).values(row))
        else:
            conn.execute(insert(S.articles), row)
        merged, touched = members.refresh(conn, article.id, events)
        conn.execute(delete(S.events).where(
            S.events.c.article_id == article.id, S.events.c.review_state == "unreviewed",
            S.events.c.event_id.not_in(select(S.event_members.c.event_id))))
        self._put_events(conn, [e for e in events if e.event_id not in merged])
        for event_id in sorted(touched):
            members.recompute(conn, event_id)
        return not exists

    def has_article(self, article_id: str, content_hash: str | None = None) -> bool:
        stmt = select(S.articles.c.id).where(S.articles.c.id == article_id)
        if content_hash is not None:
            stmt = stmt.where(S.articles.c.content_hash == content_hash)
        with self._tx("read articles") as conn:
            return conn.execute(stmt).first() is not None

    def get_article(self, article_id: str) -> Article | None:
        with self._tx("read articles") as conn:
            row = conn.execute(select(S.articles).where(S.articles.c.id == article_id)).first()
        return row_to_article(row) if row is not None else None

    def save_rejects(self, rejects: Iterable[Reject]) -> None:
        rows = {content_hash(r.path, str(r.line), r.code, r.reason):
                {"path": r.path, "line": r.line, "code": r.code, "reason": r.reason}
                for r in rejects}
        if not rows:
            return
        with self._tx("save rejects", write=True) as conn:
            have = set(conn.execute(select(S.rejects.c.id).where(S.rejects.c.id.in_(rows))).scalars())
            new = [{"id": k, **v, "at": utcnow()} for k, v in rows.items() if k not in have]
            if new:
                conn.execute(insert(S.rejects), new)

    def list_rejects(self) -> list[Reject]:
        with self._tx("read rejects") as conn:
            rows = conn.execute(select(S.rejects).order_by(S.rejects.c.at, S.rejects.c.id)).all()
        return [Reject(path=r.path, line=r.line, code=r.code, reason=r.reason) for r in rows]

    # -- events ---------------------------------------------------------------------------------
    def _put_events(self, conn: Connection, events: list[Event]) -> None:
        """Insert new events, replace unreviewed ones, leave reviewed ones as the reviewer left them."""
        if not events:
            return
        ids = [e.event_id for e in events]
        states = dict(conn.execute(select(S.events.c.event_id, S.events.c.review_state)
                                   .where(S.events.c.event_id.in_(ids))).all())
        now = utcnow()
        fresh = [e for e in {e.event_id: e for e in events}.values()
                 if states.get(e.event_id, "unreviewed") == "unreviewed"]
        inserts = [{**event_to_row(e), "review_state": "unreviewed", "updated_at": now}
                   for e in fresh if e.event_id not in states]
        updates = [{**event_to_row(e), "b_id": e.event_id, "updated_at": now}
                   for e in fresh if e.event_id in states]
        if inserts:
            conn.execute(insert(S.events), inserts)
        if updates:
            conn.execute(update(S.events).where(S.events.c.event_id == bindparam("b_id")), updates)
        members.link(conn, fresh)

    def upsert_events(self, events: Iterable[Event]) -> None:
        with self._tx("save events", write=True) as conn:
            self._put_events(conn, list(events))

    def delete_events(self, event_ids: Iterable[str]) -> None:
        ids = list(event_ids)
        with self._tx("delete events", write=True) as conn:
            for i in range(0, len(ids), 500):  # keep under every backend's parameter limit
                conn.execute(delete(S.events).where(S.events.c.event_id.in_(ids[i:i + 500])))

    def get_event(self, event_id: str) -> Event | None:
        with self._tx("read events") as conn:
            row = conn.execute(select(S.events).where(S.events.c.event_id == event_id)).first()
        return row_to_event(row) if row is not None else None

    def query_events(self, flt: EventFilter | None = None, *, limit: int | None = None,
                     offset: int = 0, order_by: str = "event_date", descending: bool = True
                     ) -> list[Event]:
        col = order_column(order_by)
        key = col.desc().nulls_last() if descending else col.asc().nulls_last()
        stmt = (select(S.events).where(where(flt, self.dialect.search))
                .order_by(key, S.events.c.event_id).offset(max(offset, 0)))
        if limit is not None:
            stmt = stmt.limit(max(limit, 0))
        with self._tx("query events") as conn:
            return [row_to_event(r) for r in conn.execute(stmt)]

    def iter_events(self, flt: EventFilter | None = None, *, batch: int = 1000) -> Iterator[Event]:
        """All matching events by id, in pages keyed on the last id (no OFFSET re-scans)."""
        cond, last = where(flt, self.dialect.search), None
        while True:
            stmt = select(S.events).where(cond).order_by(S.events.c.event_id).limit(batch)
            if last is not None:
                stmt = stmt.where(S.events.c.event_id > last)
            with self._tx("query events") as conn:
                page = [row_to_event(r) for r in conn.execute(stmt)]
            yield from page
            if len(page) < batch:
                return
            last = page[-1].event_id

    def count_events(self, flt: EventFilter | None = None) -> int:
        stmt = select(func.count()).select_from(S.events).where(where(flt, self.dialect.search))
        with self._tx("count events") as conn:
            return int(conn.execute(stmt).scalar_one())

    # -- cross-article resolution ---------------------------------------------------------------
    def incidents_of(self, event_ids: Iterable[str]) -> dict[str, str]:
        with self._tx("read events") as conn:
            return members.incidents_of(conn, list(dict.fromkeys(event_ids)))

    def resolve_candidates(self, event: Event) -> list[Event]:
        with self._tx("read events") as conn:
            return members.candidates(conn, event)

    def merge_event(self, event_id: str, record: Event, *, score: float,
                    reasons: Sequence[str]) -> Event:
        with self._tx(f"merge event {record.event_id} into {event_id}", write=True) as conn:
            merged = members.merge(conn, event_id, record, score, reasons)
        if merged is None:
            raise NotFoundError(f"cannot merge {record.event_id!r} into {event_id!r} — the event "
                                "is not stored or the record is already merged", path=self._where)
        return merged

    def event_members(self, event_id: str) -> list[Member]:
        with self._tx("read merged events") as conn:
            return members.members_of(conn, event_id)

    def split_event(self, event_id: str, member_id: str, *, user: str,
                    reason: str | None = None) -> tuple[Event, Event]:
        with self._tx(f"split event {event_id}", write=True) as conn:
            before = conn.execute(select(S.events.c.article_ids)
                                  .where(S.events.c.event_id == event_id)).scalar()
            done = members.split(conn, event_id, member_id)
            if done is None:
                raise NotFoundError(f"{member_id!r} is not a member of merged event {event_id!r} "
                                    "— see the event's members", path=self._where)
            rest, out = done
            self._audit(conn, rest.event_id, user, "split", reason,
                        [("article_ids", json.loads(before or "[]"), list(rest.article_ids))])
            self._audit(conn, out.event_id, user, "split", reason, [("merged_into", event_id, None)])
        return rest, out

    # -- review ---------------------------------------------------------------------------------
    def review_state(self, event_id: str) -> ReviewState:
        with self._tx("read events") as conn:
            state = conn.execute(select(S.events.c.review_state)
                                 .where(S.events.c.event_id == event_id)).scalar()
        if state is None:
            raise NotFoundError(f"no event {event_id!r} in the store — check the id", path=self._where)
        return state  # type: ignore[no-any-return]

    def review_event(self, event_id: str, *, user: str, action: str,
                     changes: dict[str, Any] | None = None, reason: str | None = None) -> Event:
        if action not in REVIEW_ACTIONS:
            raise ReviewError(f"unknown review action {action!r} — use one of: "
                              f"{', '.join(REVIEW_ACTIONS)}")
        wanted = {name: coerce(name, value) for name, value in (changes or {}).items()}
        with self._tx(f"review event {event_id}", write=True) as conn:
            row = conn.execute(select(S.events).where(S.events.c.event_id == event_id)).first()
            if row is None:
                raise NotFoundError(f"no event {event_id!r} in the store — check the id",
                                    path=self._where)
            old, old_state = row_to_event(row), row.review_state
            changed = {k: v for k, v in wanted.items() if getattr(old, k) != v}
            new = replace(old, **changed)
            state = REVIEW_ACTIONS[action]
            values = {k: v for k, v in event_to_row(new).items() if k in changed}
            conn.execute(update(S.events).where(S.events.c.event_id == event_id)
                         .values(**values, review_state=state, updated_at=utcnow()))
            if {"article_id", "article_ids"} & changed.keys():
                members.link(conn, [new])
            self._audit(conn, event_id, user, action, reason,
                        [(k, getattr(old, k), v) for k, v in changed.items()]
                        or [(None, old_state, state)])
        return new

    def _audit(self, conn: Connection, event_id: str, user: str, action: str, reason: str | None,
               rows: list[tuple[str | None, Any, Any]]) -> None:
        now = utcnow()
        conn.execute(insert(S.audit), [
            {"event_id": event_id, "user": user, "action": action, "field": f,
             "old_value": dumps(old), "new_value": dumps(new), "at": now, "reason": reason}
            for f, old, new in rows])

    def audit_log(self, event_id: str | None = None) -> list[AuditEntry]:
        stmt = select(S.audit).order_by(S.audit.c.id)
        if event_id is not None:
            stmt = stmt.where(S.audit.c.event_id == event_id)
        with self._tx("read the audit log") as conn:
            rows = conn.execute(stmt).all()
        return [AuditEntry(id=r.id, event_id=r.event_id, user=r.user, action=r.action,
                           field=r.field, old_value=json.loads(r.old_value),
                           new_value=json.loads(r.new_value), at=as_utc(r.at), reason=r.reason)
                for r in rows]

    # -- users ----------------------------------------------------------------------------------
    def add_user(self, name: str, password_hash: str, role: Role) -> User:
        if role not in ROLES:
            raise StoreError(f"unknown role {role!r} for user {name!r} — use one of: {', '.join(ROLES)}")
        with self._tx(f"add user {name}", write=True) as conn:
            if conn.execute(select(S.users.c.name).where(S.users.c.name == name)).first():
                raise StoreError(f"user {name!r} already exists — choose another name")
            conn.execute(insert(S.users), {"name": name, "password_hash": password_hash, "role": role})
        return User(name=name, password_hash=password_hash, role=role)

    def get_user(self, name: str) -> User | None:
        with self._tx("read users") as conn:
            row = conn.execute(select(S.users).where(S.users.c.name == name)).first()
        return User(name=row.name, password_hash=row.password_hash, role=row.role) if row else None

    def list_users(self) -> list[User]:
        with self._tx("read users") as conn:
            rows = conn.execute(select(S.users).order_by(S.users.c.name)).all()
        return [User(name=r.name, password_hash=r.password_hash, role=r.role) for r in rows]
