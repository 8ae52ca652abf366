"""SQLite specifics: WAL, foreign keys, real transactions, FTS5 over event notes and article text."""

from __future__ import annotations

import re
import sqlite3
from typing import Any

from sqlalchemy import (
    ColumnElement, Connection, Engine, Integer, String, column, create_engine, event, literal_column,
    or_, text,
)

from sitrep.store.schema import events

# Porter stemming, so "attacked" finds "attack" as PostgreSQL's english configuration does.
# External-content FTS5 tables kept in step by triggers, so every write path (save, upsert,
# review) updates the index. They key on rowid, which VACUUM may renumber: `rebuild_search`
# (called by SqlStore.vacuum) re-indexes after one.
_FTS_DDL = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS events_fts USING fts5("
    "notes, content='events', content_rowid='rowid', tokenize='porter unicode61')",
    "CREATE TRIGGER IF NOT EXISTS events_fts_ai AFTER INSERT ON events BEGIN "
    "INSERT INTO events_fts(rowid, notes) VALUES (new.rowid, new.notes); END",
    "CREATE TRIGGER IF NOT EXISTS events_fts_ad AFTER DELETE ON events BEGIN "
    "INSERT INTO events_fts(events_fts, rowid, notes) VALUES ('delete', old.rowid, old.notes); END",
    "CREATE TRIGGER IF NOT EXISTS events_fts_au AFTER UPDATE OF notes ON events BEGIN "
    "INSERT INTO events_fts(events_fts, rowid, notes) VALUES ('delete', old.rowid, old.notes); "
    "INSERT INTO events_fts(rowid, notes) VALUES (new.rowid, new.notes); END",
    "CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5("
    "title, text, content='articles', content_rowid='rowid', tokenize='porter unicode61')",
    "CREATE TRIGGER IF NOT EXISTS articles_fts_ai AFTER INSERT ON articles BEGIN "
    "INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text); END",
    "CREATE TRIGGER IF NOT EXISTS articles_fts_ad AFTER DELETE ON articles BEGIN "
    "INSERT INTO articles_fts(articles_fts, rowid, title, text) "
    "VALUES ('delete', old.rowid, old.title, old.text); END",
    "CREATE TRIGGER IF NOT EXISTS articles_fts_au AFTER UPDATE OF title, text ON articles BEGIN "
    "INSERT INTO articles_fts(articles_fts, rowid, title, text) "
    "VALUES ('delete', old.rowid, old.title, old.text); "
    "INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text); END",
)

_WORD = re.compile(r"\w+", re.UNICODE)


def fts_query(q: str) -> str:
    """The user's words as FTS5 phrase strings, ANDed: no operator or quote of theirs survives.

    Only word characters are kept, each word wrapped in double quotes, so `"`, `OR`, `NEAR(`,
    `*` or `'; DROP` are searched for as plain words (or dropped) and can never form syntax.
    Text without any word gives `""`, which matches nothing.
    """
    words = _WORD.findall(q)
    return " ".join(f'"{w}"' for w in words) if words else '""'


class SQLiteDialect:
    name = "sqlite"

    def create_engine(self, url: str) -> Engine:
        engine = create_engine(url)
        event.listen(engine, "connect", _on_connect)
        # pysqlite's own transaction handling starts transactions late; take it over.
        event.listen(engine, "begin", _begin)
        return engine

    def create_search(self, conn: Connection) -> None:
        for ddl in _FTS_DDL:
            conn.exec_driver_sql(ddl)

    def rebuild_search(self, conn: Connection) -> None:
        conn.exec_driver_sql("INSERT INTO events_fts(events_fts) VALUES ('rebuild')")
        conn.exec_driver_sql("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')")

    def search(self, q: str) -> ColumnElement[bool]:
        match = fts_query(q)
        in_notes = text("SELECT rowid FROM events_fts WHERE events_fts MATCH :q_notes"
                        ).bindparams(q_notes=match).columns(column("rowid", Integer))
        in_text = text(
            "SELECT ea.event_id FROM event_articles AS ea JOIN articles AS a ON a.id = ea.article_id "
            "WHERE a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH :q_text)"
        ).bindparams(q_text=match).columns(column("event_id", String))
        return or_(literal_column("events.rowid").in_(in_notes), events.c.event_id.in_(in_text))


def _begin(conn: Connection) -> None:
    write = conn.get_execution_options().get("sitrep_write", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def _on_connect(dbapi_conn: Any, _record: Any) -> None:
    dbapi_conn.isolation_level = None  # SQLAlchemy's "begin" listener emits BEGIN itself
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA busy_timeout = 5000")
    try:  # persistent in the file; a read-only file keeps the mode it has
        cur.execute("PRAGMA journal_mode = WAL")
    except sqlite3.OperationalError:
        pass
    cur.execute("PRAGMA synchronous = NORMAL")
    cur.close()

