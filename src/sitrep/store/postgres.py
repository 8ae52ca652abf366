"""PostgreSQL specifics: psycopg 3, tsvector expression indexes (GIN) for full-text search."""

from __future__ import annotations

from sqlalchemy import (
    ColumnElement, Connection, Engine, create_engine, func, literal_column, select, union,
)

from sitrep.store.schema import articles, event_articles, events

# The search expressions; the GIN indexes below are built on exactly these, so queries use them.
_CONFIG = "english"


# Written out literally (no bound parameters) so the planner matches them to the indexes.
_NOTES_VECTOR = f"to_tsvector('{_CONFIG}', coalesce(events.notes, ''))"
_ARTICLE_VECTOR = f"to_tsvector('{_CONFIG}', (coalesce(articles.title, '') || ' ') || articles.text)"


_INDEX_DDL = (
    "CREATE INDEX IF NOT EXISTS ix_events_notes_fts ON events "
    f"USING GIN (to_tsvector('{_CONFIG}', coalesce(notes, '')))",
    "CREATE INDEX IF NOT EXISTS ix_articles_text_fts ON articles "
    f"USING GIN (to_tsvector('{_CONFIG}', (coalesce(title, '') || ' ') || text))",
)


def normalise_url(url: str) -> str:
    """`postgresql://` means psycopg 3 here (SQLAlchemy's default driver would be psycopg2)."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


class PostgresDialect:
    name = "postgresql"

    def create_engine(self, url: str) -> Engine:
        return create_engine(normalise_url(url), pool_pre_ping=True)

    def create_search(self, conn: Connection) -> None:
        for ddl in _INDEX_DDL:
            conn.exec_driver_sql(ddl)

    def rebuild_search(self, conn: Connection) -> None:
        conn.exec_driver_sql("REINDEX TABLE events")
        conn.exec_driver_sql("REINDEX TABLE articles")

    def search(self, q: str) -> ColumnElement[bool]:
        # plainto_tsquery reads any text as plain words ANDed: no syntax the user can break.
        query = func.plainto_tsquery(literal_column(f"'{_CONFIG}'"), q)
        in_notes = select(events.c.event_id).where(literal_column(_NOTES_VECTOR).op("@@")(query))
        in_text = (
            select(event_articles.c.event_id)
            .join(articles, articles.c.id == event_articles.c.article_id)
            .where(literal_column(_ARTICLE_VECTOR).op("@@")(query))
        )
        # One IN over a UNION rather than `a OR b`: an OR with a subquery defeats the indexes.
        return events.c.event_id.in_(union(in_notes, in_text))
