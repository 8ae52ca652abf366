"""Storage: `open_store(url)` gives a Store over SQLite (default) or PostgreSQL."""

from __future__ import annotations

from sitrep.store.base import (
    AuditEntry, EventFilter, NotFoundError, ReviewError, ReviewState, Role, Store, User,
)

DEFAULT_URL = "sqlite:///sitrep.db"

__all__ = [
    "DEFAULT_URL", "AuditEntry", "EventFilter", "NotFoundError", "ReviewError", "ReviewState",
    "Role", "Store", "User", "open_store",
]


def open_store(url: str | None = None) -> Store:
    """`sqlite:///path.db` (default `sqlite:///sitrep.db`), a bare path, or `postgresql://...`.

    A newer schema raises SchemaVersionError, an older one is migrated; a database that cannot
    be opened or written raises StoreUnavailableError.
    """
    from sitrep.store.sql import SqlStore

    url = url or DEFAULT_URL
    if url.startswith(("postgresql", "postgres://")):
        from sitrep.store.postgres import PostgresDialect

        return SqlStore(url, PostgresDialect())
    from sitrep.store.sqlite import SQLiteDialect

    if "://" not in url:  # a bare path
        url = f"sqlite:///{url}"
    return SqlStore(url, SQLiteDialect())
