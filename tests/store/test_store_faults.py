"""Faults while writing: a writer killed with SIGKILL mid-run leaves a consistent SQLite store
(each article saved with all its events or not at all, as save_article writes them in one
transaction), and a re-run completes without duplicates.

The writer is a forked child process (cheap: the parent has imported everything already); it is
killed from outside, or kills itself right after its S-th SQL statement so that the kill lands at
each point of a transaction in turn.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sqlite3
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from sqlalchemy import event

from sitrep.model import Article
from sitrep.store import open_store
from tests.store.store_records import TEXT_A, event_attack

N, K = 12, 5  # articles, events per article
FILLER = " ".join([TEXT_A] * 50)  # rows over several pages, so one save touches many of them
FORK = multiprocessing.get_context("fork")


def _die_after(engine: Any, statements: int) -> None:
    seen = 0

    def count(*_: Any) -> None:
        nonlocal seen
        seen += 1
        if seen == statements:
            os.kill(os.getpid(), signal.SIGKILL)

    event.listen(engine, "after_cursor_execute", count)


def _write(db: Path, die_at: int | None, report: Connection | None) -> None:
    """The child: save N articles with K events each, reporting each committed index."""
    with open_store(f"sqlite:///{db}") as store:
        if die_at is not None:
            _die_after(store.engine, die_at)  # type: ignore[attr-defined]
        for i in range(N):
            art = Article(id=f"art-{i}", text=f"{i}: {FILLER}")
            events = [event_attack(event_id=f"ev-{i}-{j}", article_id=art.id, article_ids=(art.id,),
                                   notes=f"event {j} of article {i}: {FILLER[:2000]}") for j in range(K)]
            store.save_article(art, events)
            if report is not None:
                report.send(i)


def _check(db: Path) -> tuple[int, int]:
    """Integrity, and each article with all K of its events; (articles, events)."""
    with sqlite3.connect(db) as con:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        per_article = dict(con.execute("SELECT a.id, COUNT(e.event_id) FROM articles a "
                                       "LEFT JOIN events e ON e.article_id = a.id GROUP BY a.id"))
        orphans = con.execute("SELECT COUNT(*) FROM events WHERE article_id NOT IN "
                              "(SELECT id FROM articles)").fetchone()[0]
        links = con.execute("SELECT COUNT(*) FROM event_articles").fetchone()[0]
        n_events = con.execute("SELECT COUNT(*) FROM events").fetchone()[0]
    assert set(per_article.values()) <= {K} and orphans == 0, per_article
    assert links == n_events
    return len(per_article), n_events


def _run(db: Path, die_at: int | None = None) -> int | None:
    child = FORK.Process(target=_write, args=(db, die_at, None))
    child.start()
    child.join()
    return child.exitcode


def _finish(db: Path) -> None:
    assert _run(db) == 0
    assert _check(db) == (N, N * K)  # the re-run rewrote every article once: nothing duplicated


def test_faults_sigkill_at_every_statement_of_a_save_leaves_a_consistent_store(tmp_path: Path) -> None:
    db = tmp_path / "killed.db"
    # Opening takes no statement through the hook; a save takes 8 or more (BEGIN ... links), so
    # 16 consecutive kill points cover at least one whole save of an article after the first ones.
    for die_at in range(20, 36):
        assert _run(db, die_at) == -signal.SIGKILL
        _check(db)
    _finish(db)


def test_faults_sigkill_from_outside_mid_run(tmp_path: Path) -> None:
    db = tmp_path / "killed.db"
    receive, send = FORK.Pipe(duplex=False)
    child = FORK.Process(target=_write, args=(db, None, send))
    child.start()
    send.close()
    committed = [receive.recv() for _ in range(4)]
    child.kill()  # SIGKILL, while it writes the next articles
    child.join()
    assert committed == [0, 1, 2, 3] and child.exitcode == -signal.SIGKILL
    assert _check(db)[0] >= 4
    _finish(db)
