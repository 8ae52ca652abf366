"""The versioned schema, as SQLAlchemy Core tables shared by every dialect.

`events` has one column per field of `sitrep.model.Event` (derived from the dataclass, so a new
field cannot be forgotten; adding one means bumping SCHEMA_VERSION and adding a migration).
Tuples (claims, evidence, sources, claimed_by, article_ids) are JSON text.
`event_members` records which extracted records a merged event (an incident reported by several
articles) was formed from, and why each was joined, so a merge can be explained and split again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields

from sqlalchemy import (
    Boolean, Column, Connection, Date, DateTime, Float, ForeignKey, Index, Integer, MetaData, String,
    Table, Text, select,
)
from sqlalchemy.types import TypeEngine

from sitrep.model import Event

SCHEMA_VERSION = 3
# Article ids come from the input (a JSONL id, a file path): up to this many characters.
ARTICLE_ID_LENGTH = 1024

# from_version -> step that brings a database of that version to from_version + 1.
Migration = Callable[[Connection], None]
MIGRATIONS: dict[int, Migration] = {}

# Event annotations (strings: model.py uses `from __future__ import annotations`) -> column type.
_TYPES: dict[str, type[TypeEngine[object]]] = {
    "str": String, "str | None": String, "date | None": Date, "int | None": Integer,
    "float": Float, "float | None": Float, "bool": Boolean,
}
JSON_FIELDS = frozenset(f.name for f in fields(Event) if str(f.type).startswith("tuple["))
DATE_FIELDS = frozenset(f.name for f in fields(Event) if str(f.type) == "date | None")


def _event_column(name: str, annotation: str) -> Column[object]:
    if name in JSON_FIELDS:
        return Column(name, Text, nullable=False, default="[]")
    if name == "event_id":
        return Column(name, String(64), primary_key=True)
    type_ = _TYPES.get(annotation)
    if type_ is None:  # a new kind of field: fail loudly at import, not at the first write
        raise TypeError(f"store schema: no column type for Event.{name}: {annotation}")
    nullable = annotation.endswith("| None")
    return Column(name, type_(), nullable=nullable, index=name in _INDEXED)


_INDEXED = frozenset({"article_id", "event_date", "event_type", "country", "admin1", "fatalities"})

metadata = MetaData()

schema_version = Table("schema_version", metadata, Column("version", Integer, nullable=False))

articles = Table(
    "articles", metadata,
    Column("id", String(ARTICLE_ID_LENGTH), primary_key=True),
    Column("content_hash", String(64), nullable=False, index=True),
    Column("text", Text, nullable=False),
    Column("title", Text),
    Column("url", Text),
    Column("publisher", Text),
    Column("published", Date),
    Column("dateline", Text),
    Column("language", String(16)),
    Column("source_path", Text),
    Column("source_line", Integer),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
)

events = Table(
    "events", metadata,
    *(_event_column(f.name, str(f.type)) for f in fields(Event)),
    Column("review_state", String(16), nullable=False, default="unreviewed", index=True),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

event_articles = Table(
    "event_articles", metadata,
    Column("event_id", String(64), ForeignKey("events.event_id", ondelete="CASCADE"),
           primary_key=True),
    # No foreign key: resolve may write merged events before every article is stored.
    Column("article_id", String(ARTICLE_ID_LENGTH), primary_key=True, index=True),
)

rejects = Table(
    "rejects", metadata,
    Column("id", String(64), primary_key=True),  # content hash: the same reject is stored once
    Column("path", Text, nullable=False),
    Column("line", Integer),
    Column("code", String(8), nullable=False),
    Column("reason", Text, nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
)

users = Table(
    "users", metadata,
    Column("name", String(128), primary_key=True),
    Column("password_hash", Text, nullable=False),
    Column("role", String(16), nullable=False),
)

audit = Table(
    "audit", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    # No foreign key: the trail outlives events that a merge or a re-run deletes.
    Column("event_id", String(64), nullable=False, index=True),
    Column("user", String(128), nullable=False),
    Column("action", String(16), nullable=False),
    Column("field", String(64)),
    Column("old_value", Text),
    Column("new_value", Text),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("reason", Text),
)

event_members = Table(
    "event_members", metadata,
    # A record is a member of at most one incident. No foreign keys: the incident's row is
    # rewritten (and renamed when its first member is split out) as members come and go.
    Column("member_id", String(64), primary_key=True),
    Column("event_id", String(64), nullable=False, index=True),  # the incident
    Column("article_id", String(ARTICLE_ID_LENGTH), nullable=False, index=True),
    Column("position", Integer, nullable=False),  # order of joining; the first member names the incident
    Column("score", Float),  # match score when it joined; None for the first member
    Column("reasons", Text, nullable=False, default="[]"),  # JSON list: why it was joined
    Column("record", Text, nullable=False),  # the member as extracted (Event JSON), to split it out
    Column("at", DateTime(timezone=True), nullable=False),
)

Index("ix_events_date_type", events.c.event_date, events.c.event_type)
# Resolution looks up candidates by country and date window (its blocking key).
BLOCK_INDEX = Index("ix_events_block", events.c.iso3, events.c.event_date)


def _v1_to_v2(conn: Connection) -> None:
    event_members.create(conn)
    BLOCK_INDEX.create(conn)


MIGRATIONS[1] = _v1_to_v2

# Columns that hold article ids; they were 64 characters in versions 1 and 2, too short for paths.
_ARTICLE_ID_COLUMNS = (("articles", "id"), ("event_articles", "article_id"), ("event_members", "article_id"))


def _v2_to_v3(conn: Connection) -> None:
    if conn.dialect.name != "postgresql":
        return  # SQLite does not enforce a VARCHAR length
    for table, column in _ARTICLE_ID_COLUMNS:
        conn.exec_driver_sql(f'ALTER TABLE {table} ALTER COLUMN "{column}" TYPE VARCHAR({ARTICLE_ID_LENGTH})')


MIGRATIONS[2] = _v2_to_v3


def read_version(conn: Connection) -> int | None:
    """The stored version; None for a database that has no sitrep schema yet."""
    if not conn.dialect.has_table(conn, "schema_version"):
        return None
    return conn.execute(select(schema_version.c.version)).scalar()
