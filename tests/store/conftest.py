"""Store fixtures: every store test runs on SQLite, and on PostgreSQL when a server binary exists.

The PostgreSQL server is started once per session in a temp dir on a free local port (as the
`postgres` user when running as root, since initdb refuses root), and each test gets an empty schema.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from sitrep.model import Article, Claim, Event, Evidence
from sitrep.store import Store, open_store


def _pg_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_server_user(cmd: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else cmd


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    bindir = _pg_bin()
    if bindir is None:
        pytest.skip("no PostgreSQL server binary (initdb) found: apt-get install postgresql")
    tmp = Path(tempfile.mkdtemp(prefix="sitrep-pg-"))
    if os.geteuid() == 0:
        shutil.chown(tmp, "postgres", "postgres")
    data, port = tmp / "data", _free_port()
    run = lambda cmd: subprocess.run(_as_server_user(cmd), check=True, capture_output=True)  # noqa: E731
    run([str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", "sitrep", "--no-sync"])
    run([str(bindir / "pg_ctl"), "-D", str(data), "-w", "-l", str(tmp / "log"), "-o",
         f"-p {port} -k {tmp} -c listen_addresses=127.0.0.1 -c fsync=off", "start"])
    try:
        yield f"postgresql://sitrep@127.0.0.1:{port}/postgres"
    finally:
        run([str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"])
        shutil.rmtree(tmp, ignore_errors=True)


def _reset_pg(url: str) -> None:
    import psycopg

    with psycopg.connect(url.replace("postgresql://", "postgresql://", 1), autocommit=True) as conn:
        conn.execute("DROP SCHEMA IF EXISTS public CASCADE")
        conn.execute("CREATE SCHEMA public")


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'sitrep.db'}"
    url: str = request.getfixturevalue("pg_server")
    _reset_pg(url)
    return url


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    with open_store(store_url) as s:
        yield s


# -- hand-built records ---------------------------------------------------------------------------

TEXT_A = ("Quetta: Gunmen attacked a police checkpoint near Turbat on Monday, killing four "
          "constables, officials said. The Balochistan Liberation Army claimed the attack.")
TEXT_B = ("Peshawar: Hundreds of traders marched in Peshawar on Friday against new taxes; "
          "the protest ended peacefully.")


def article_a() -> Article:
    return Article(id="art-a", text=TEXT_A, title="Checkpoint attacked", url="https://example.org/a",
                   publisher="Example Daily", published=date(2026, 2, 3), dateline="Quetta",
                   language="en", source_path="in.jsonl", source_line=1)


def article_b() -> Article:
    return Article(id="art-b", text=TEXT_B, published=date(2026, 2, 7), dateline="Peshawar")


def event_attack(**overrides: object) -> Event:
    claim = Claim(quantity="killed", value=4, low=4, high=4, about="constables", side="a",
                  source="officials", start=71, end=75, sentence_start=0, sentence_end=103,
                  qualifier=None, implausible=False, article_id="art-a")
    base = Event(
        event_id="ev-attack", article_id="art-a", event_type="Battles",
        sub_event_type="Armed clash", disorder_type="Political violence",
        event_date=date(2026, 2, 2), date_start=date(2026, 2, 2), date_end=date(2026, 2, 2),
        time_precision=1, actor1="Balochistan Liberation Army", inter1=2,
        actor2="Police Forces of Pakistan (2024-)", inter2=1, interaction=12,
        country="Pakistan", iso3="PAK", admin1="Balochistan", admin2="Kech", location="Turbat",
        latitude=26.0023, longitude=63.0440, geo_precision=1, fatalities=4, fatalities_low=4,
        fatalities_best=4, fatalities_high=4, deaths_a=4, deaths_b=None, deaths_civilians=0,
        deaths_unknown=None, injuries=None, claimed_by=("Balochistan Liberation Army",),
        claims=(claim,), sources=("officials", "Example Daily"),
        notes="Gunmen attacked a police checkpoint near Turbat; four constables killed.",
        evidence=(Evidence("fatalities", 71, 75, "art-a"), Evidence("location", 50, 56, "art-a")),
        confidence=0.83, article_ids=("art-a",),
    )
    return base if not overrides else replace(base, **overrides)  # type: ignore[arg-type]


def event_protest(**overrides: object) -> Event:
    base = Event(
        event_id="ev-protest", article_id="art-b", event_type="Protests",
        sub_event_type="Peaceful protest", disorder_type="Demonstrations",
        event_date=date(2026, 2, 6), time_precision=1, actor1="Protesters (Pakistan)", inter1=6,
        interaction=60, country="Pakistan", iso3="PAK", admin1="Khyber Pakhtunkhwa",
        location="Peshawar", latitude=34.008, longitude=71.578, geo_precision=1, fatalities=0,
        notes="Traders marched against new taxes.", sources=("Example Daily",),
    )
    return base if not overrides else replace(base, **overrides)  # type: ignore[arg-type]
