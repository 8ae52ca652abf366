"""Engines with real worker processes: a local pool, a Dask LocalCluster, a killed CLI run resumed,
and the PostgreSQL store. Each must leave the store exactly as the in-process run() does."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import reset_pg, run_settings
from scale_corpus import PARTITION_SIZE, Snapshot, snapshot

from sitrep.pipeline import RunSummary
from sitrep.scale.driver import run_scaled
from sitrep.scale.engines import InlineExecutor, LocalExecutor

pytestmark = [pytest.mark.model, pytest.mark.slow]


def _events_only(s: Snapshot) -> tuple[Any, ...]:
    return s.events, s.members, s.articles


def test_dask_engine_on_a_local_cluster_stores_what_run_stores(corpus: list[str], tmp_path: Path,
                                                               reference: tuple[Snapshot, str]) -> None:
    from sitrep.scale.dask import DaskExecutor

    settings = run_settings(tmp_path)
    done = run_scaled(corpus, executor=DaskExecutor(workers=2), settings=settings, run_dir=tmp_path / "run",
                      partition_size=PARTITION_SIZE)
    assert done.parts >= 4
    assert snapshot(done.summary, settings.db) == reference[0]


def test_local_process_pool_stores_what_run_stores(corpus: list[str], tmp_path: Path,
                                                   reference: tuple[Snapshot, str]) -> None:
    settings = run_settings(tmp_path)
    done = run_scaled(corpus, executor=LocalExecutor(workers=2), settings=settings, run_dir=tmp_path / "run",
                      partition_size=PARTITION_SIZE)
    assert snapshot(done.summary, settings.db) == reference[0]


def _cli(args: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    full = {**os.environ, "SITREP_REJECTS": str(cwd / "rejects.jsonl"), "COLUMNS": "200", **env}
    return subprocess.run([sys.executable, "-m", "sitrep", *args], cwd=cwd, env=full, capture_output=True,
                          text=True, timeout=300)


def test_a_killed_cli_run_resumes_and_stores_each_article_once(corpus: list[str], tmp_path: Path,
                                                               reference: tuple[Snapshot, str]) -> None:
    db = f"sqlite:///{tmp_path / 'sitrep.db'}"
    args = ["extract", *corpus, "--db", db, "--engine", "local", "--workers", "2",
            "--partition-size", str(PARTITION_SIZE)]
    killed = _cli(args, tmp_path, SITREP_SCALE_KILL_AT="loaded:0")
    assert killed.returncode == -9, killed.stderr
    runs = list((tmp_path / ".sitrep-runs").iterdir())
    assert len(runs) == 1 and (runs[0] / "loaded" / "part-00000.json").exists()
    assert not (runs[0] / "loaded" / "part-00001.json").exists()
    again = _cli(args, tmp_path)
    assert again.returncode == 0, again.stderr
    line = " ".join(again.stderr.split())
    articles, events, merged, duplicates = reference[0].counts
    assert f"{articles} articles, {events} events ({merged} merged" in line
    assert re.search(r"resumed: [1-9]\d* of them already written", line)
    assert not runs[0].exists()
    assert _events_only(snapshot(RunSummary(), db)) == _events_only(reference[0])


@pytest.mark.postgres
def test_postgresql_store_gets_the_same_events(corpus: list[str], pipeline: Any, pg_server: str,
                                               tmp_path: Path) -> None:
    # Only the JSON Lines file: the schema's 64-character ids are too short on PostgreSQL for the
    # examples' long paths used as article ids (SQLite does not enforce the length).
    from sitrep.pipeline import run

    local = run_settings(tmp_path)
    expected = snapshot(run(corpus[:1], settings=local, pipeline=pipeline), local.db)
    reset_pg(pg_server)
    settings = run_settings(tmp_path, db=pg_server)
    done = run_scaled(corpus[:1], executor=InlineExecutor(pipeline), settings=settings, run_dir=tmp_path / "run",
                      partition_size=400)
    assert done.parts >= 4 and expected.counts[2] >= 2  # merges across parts, in PostgreSQL
    assert snapshot(done.summary, pg_server) == expected


def test_bench_runs_one_shard_on_each_dask_worker(tmp_path: Path) -> None:
    from sitrep.evaluate.bench import bench
    from sitrep.scale.dask import DaskEngine

    result = bench(6, engine=DaskEngine(workers=2), folder=tmp_path, settings=run_settings(tmp_path), words=80)
    assert result.engine == "dask" and result.workers == 2
    assert [s.articles for s in result.sitrep.shards] == [3, 3]
    assert len({s.pid for s in result.sitrep.shards}) == 2 and len({s.pid for s in result.bare.shards}) == 2
    assert all(s.load_seconds > 0 for s in result.sitrep.shards)
