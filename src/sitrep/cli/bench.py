"""`sitrep bench [--articles N] [--workers K] [--doc PATH] [--json] [--geo]`: throughput and memory, or the
geoparser's load and resolution times."""

from __future__ import annotations

import json
import shlex
import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Optional

import typer
from rich.table import Table

from sitrep.cli.common import err_console

if TYPE_CHECKING:
    from sitrep.evaluate.bench import BenchResult, Engine
    from sitrep.settings import Settings


def bench_cmd(
    articles: int = typer.Option(400, "--articles", "-n", min=1, help="Generated articles to process."),
    workers: Optional[int] = typer.Option(None, "--workers", "-k", min=1, help="Worker processes, one shard each; "
                                          "default: the workers setting (the machine's cores)."),
    doc: Optional[Path] = typer.Option(None, "--doc", help="Write the figures as markdown to PATH "
                                       "(docs/benchmarks.md)."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON on stdout."),
    words: int = typer.Option(600, "--words", min=50, help="Words per generated article (about)."),
    seed: int = typer.Option(0, "--seed", help="Seed of the text generator: the same seed, the same texts."),
    engine: str = typer.Option("local", "--engine", help="local: one spawned process per shard; dask: one "
                               "Dask worker per shard."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Dask scheduler tcp://HOST:PORT "
                                            "(--engine dask); default: a local cluster of --workers."),
    geo: bool = typer.Option(False, "--geo", help="Time the geoparser instead: loading in a fresh process, "
                             "and mean time to resolve a place name of the generated articles."),
) -> None:
    """Measure articles/s and words/s end to end and for bare spaCy, time per stage, peak memory."""
    from sitrep.evaluate.bench import bench
    from sitrep.evaluate.benchdoc import Machine, markdown, to_dict, write_doc
    from sitrep.settings import Settings

    settings = Settings.from_env()
    command = shlex.join(["sitrep", *sys.argv[1:]])
    when = datetime.now(timezone.utc)
    if geo:
        _geo(articles, settings, seed, doc, as_json, command, when)
        return
    with tempfile.TemporaryDirectory(prefix="sitrep-bench-") as tmp:
        result = bench(articles, engine=_engine(engine, workers or settings.workers, scheduler), folder=Path(tmp), settings=settings, seed=seed,
                       words=words, on_step=lambda s: err_console.print(f"bench: {s}", highlight=False))
    machine = Machine.detect(settings.model)
    err_console.print(_table(result))
    err_console.print(_stage_table(result))
    for line in _goal_lines(result):
        err_console.print(line, highlight=False)
    if doc is not None:
        write_doc(doc, markdown(result, machine, command, when))
        err_console.print(f"wrote {doc}", highlight=False)
    if as_json:
        print(json.dumps(to_dict(result, machine, command, when), indent=2))


def _geo(articles: int, settings: Settings, seed: int, doc: Path | None, as_json: bool, command: str,
         when: datetime) -> None:
    from sitrep.evaluate.benchgeo import geo_bench, geo_goals, geo_markdown, geo_to_dict, write_geo_section

    result = geo_bench(articles, settings=settings, seed=seed,
                       on_step=lambda s: err_console.print(f"bench: {s}", highlight=False))
    for g in geo_goals(result):
        err_console.print(f"goal {g.name}: {g.measured} — {'met' if g.met else 'NOT MET'}", highlight=False)
    if doc is not None:
        write_geo_section(doc, geo_markdown(result, command, when.isoformat(timespec="seconds")))
        err_console.print(f"wrote {doc}", highlight=False)
    if as_json:
        print(json.dumps(geo_to_dict(result), indent=2))


def _engine(name: str, workers: int, scheduler: str | None) -> Engine:
    """The bench's engine map: the same shard tasks, run by spawned processes or Dask workers."""
    if name == "local" and scheduler is None:
        from sitrep.evaluate.bench import LocalEngine

        return LocalEngine(workers)
    if name == "dask":
        from sitrep.scale.dask import DaskEngine

        return DaskEngine(workers, scheduler)
    raise typer.BadParameter(f"{name!r} with --scheduler {scheduler!r}: use --engine local, or --engine dask "
                             "with or without a scheduler", param_hint="--engine")


def _table(result: BenchResult) -> Table:
    table = Table(title=f"sitrep bench: {result.articles} articles, {result.words} words, "
                        f"{result.workers} worker(s)")
    for col in ("", "art/s", "words/s", "wall s", "art/CPU-s", "load s", "RSS MiB"):
        table.add_column(col, justify="left" if not col else "right", no_wrap=True)
    for label, p in (("sitrep", result.sitrep), ("bare spaCy", result.bare)):
        table.add_row(label, f"{p.articles_per_s:.1f}", f"{p.words_per_s:,.0f}", f"{p.wall:.1f}",
                      f"{p.articles_per_cpu_s:.1f}", f"{p.load_seconds:.1f}", f"{p.peak_rss_mb:.0f}")
    table.add_row("ratio", f"{result.ratio:.2f}x", "", "", f"{result.cpu_ratio:.2f}x", "", "")
    return table


def _stage_table(result: BenchResult) -> Table:
    from sitrep.evaluate.benchdoc import stage_rows

    table = Table(title="sitrep stages, all workers")
    for col in ("stage", "seconds", "ms/article"):
        table.add_column(col, justify="left" if col == "stage" else "right", no_wrap=True)
    for stage, sec, ms in stage_rows(result):
        table.add_row(stage, "—" if sec is None else f"{sec:.2f}", "—" if ms is None else f"{ms:.1f}")
    return table


def _goal_lines(result: BenchResult) -> list[str]:
    from sitrep.evaluate.benchdoc import goals

    return [f"goal {g.name}: {g.measured} — {'met' if g.met else 'NOT MET'}" for g in goals(result)]


def register(app: typer.Typer) -> None:
    app.command("bench")(bench_cmd)
