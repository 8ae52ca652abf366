"""Schema versioning and the errors a SQLite file can give (newer schema, read-only, full, missing)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from store_records import article_a, event_attack
from sqlalchemy import Connection

from sitrep.errors import SchemaVersionError, StoreUnavailableError
from sitrep.store import open_store
from sitrep.store import schema as S


def _set_version(path: Path, version: int) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE schema_version SET version = ?", (version,))


def test_schema_newer_database_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    open_store(str(db)).close()
    _set_version(db, S.SCHEMA_VERSION + 1)
    with pytest.raises(SchemaVersionError, match="newer than this sitrep"):
        open_store(f"sqlite:///{db}")


def test_schema_older_database_is_migrated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "s.db"
    open_store(str(db)).close()
    ran: list[int] = []

    def step(conn: Connection) -> None:
        conn.exec_driver_sql("CREATE TABLE migrated_marker (x INTEGER)")
        ran.append(1)

    monkeypatch.setattr(S, "SCHEMA_VERSION", S.SCHEMA_VERSION + 1)
    monkeypatch.setitem(S.MIGRATIONS, S.SCHEMA_VERSION - 1, step)
    with open_store(str(db)) as store:
        assert store.schema_version() == S.SCHEMA_VERSION  # type: ignore[attr-defined]
    assert ran == [1]
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM migrated_marker").fetchone() == (0,)


def test_schema_missing_migration_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "s.db"
    open_store(str(db)).close()
    monkeypatch.setattr(S, "SCHEMA_VERSION", S.SCHEMA_VERSION + 1)
    with pytest.raises(SchemaVersionError, match="no migration"):
        open_store(str(db))


def test_schema_sqlite_uses_wal_and_foreign_keys(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with open_store(str(db)) as store:
        with store.engine.connect() as conn:  # type: ignore[attr-defined]
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_schema_read_only_uri_reads_but_refuses_writes(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with open_store(str(db)) as store:
        store.save_article(article_a(), [event_attack()])
    with open_store(f"sqlite:///file:{db}?mode=ro&uri=true") as ro:
        assert ro.get_event("ev-attack") == event_attack()
        with pytest.raises(StoreUnavailableError, match="read-only") as err:
            ro.save_article(article_a(), [event_attack()])
    assert err.value.code == "S301" and str(db) in str(err.value)


def test_schema_disk_full_is_store_unavailable(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with open_store(str(db)) as store:
        with store.engine.connect() as conn:  # type: ignore[attr-defined]
            pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
        # SQLite reports SQLITE_FULL once the file would grow past max_page_count.
        from sqlalchemy import event

        event.listen(store.engine, "connect",  # type: ignore[attr-defined]
                     lambda c, _r: c.execute(f"PRAGMA max_page_count = {pages + 1}"))
        store.engine.dispose()  # type: ignore[attr-defined]
        big = article_a().__class__(id="big", text="x " * 200_000)
        with pytest.raises(StoreUnavailableError, match="disk is full"):
            store.save_article(big, [])
        assert not store.has_article("big")  # the transaction was rolled back


@pytest.mark.parametrize("make", [
    lambda p: p / "no-such-dir" / "s.db",  # folder missing
    lambda p: p,  # a directory, not a file
    lambda p: (p / "junk.db").write_bytes(b"not a database at all" * 100) and p / "junk.db",
])
def test_schema_unopenable_file_is_store_unavailable(tmp_path: Path, make) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(StoreUnavailableError, match="cannot open the store"):
        open_store(str(make(tmp_path)))


def test_schema_unreachable_postgres_is_store_unavailable() -> None:
    with pytest.raises(StoreUnavailableError, match="S301"):
        open_store("postgresql://nobody@127.0.0.1:1/none?connect_timeout=2")


@pytest.mark.postgres
def test_schema_v2_article_ids_are_widened_on_postgresql(pg_server: str) -> None:
    import psycopg
    from conftest import _reset_pg

    _reset_pg(pg_server)
    open_store(pg_server).close()
    with psycopg.connect(pg_server, autocommit=True) as conn:  # as version 2 left them
        for table, column in (("articles", "id"), ("event_articles", "article_id"), ("event_members", "article_id")):
            conn.execute(f'ALTER TABLE {table} ALTER COLUMN "{column}" TYPE VARCHAR(64)')
        conn.execute("UPDATE schema_version SET version = 2")
    with open_store(pg_server) as store:
        assert store.schema_version() == S.SCHEMA_VERSION  # type: ignore[attr-defined]
    with psycopg.connect(pg_server) as conn:
        lengths = conn.execute("SELECT character_maximum_length FROM information_schema.columns "
                               "WHERE table_name = 'articles' AND column_name = 'id'").fetchone()
    assert lengths == (S.ARTICLE_ID_LENGTH,)
