"""`sitrep demo`: the whole job on the bundled example articles, into one output folder.

Extract into an embedded SQLite database, export every format users already work with, write a
static report (table, map, time series), and compare the main events with the expected coding.
Running it again gives the same database: articles are keyed by content, their events replaced.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from pathlib import Path

from sitrep.examples import Agreement, compare, example_paths
from sitrep.export import write_export
from sitrep.model import Article, Event
from sitrep.pipeline import RunSummary, run
from sitrep.report import write_report
from sitrep.settings import Settings

EXPORTS = (("acled-csv", "acled.csv"), ("ucdp-csv", "ucdp.csv"), ("geojson", "events.geojson"),
           ("parquet", "events.parquet"), ("jsonl", "events.jsonl"))


@dataclass(frozen=True)
class DemoResult:
    out_dir: Path
    db_url: str
    summary: RunSummary
    events: list[Event]
    agreement: Agreement
    files: dict[str, Path]  # what was written: label -> path


def run_demo(out_dir: Path, *, settings: Settings | None = None) -> DemoResult:
    out_dir.mkdir(parents=True, exist_ok=True)
    db_url = f"sqlite:///{(out_dir / 'sitrep.db').resolve()}"
    settings = settings or Settings.from_env()
    settings = replace(settings, db=db_url, rejects=str(out_dir / "rejects.jsonl"))
    by_file: dict[str, list[Event]] = defaultdict(list)
    names: dict[str, str] = {}

    def collect(article: Article, events: list[Event]) -> None:
        name = Path(article.source_path or article.id).name
        by_file[name].extend(events)
        names[article.id] = name

    summary = run([str(p) for p in example_paths()], settings=settings, store_url=db_url,
                  on_article=collect)
    events = _stored_events(db_url)
    files = {"database": out_dir / "sitrep.db"}
    for fmt, name in EXPORTS:
        write_export(events, fmt, out_dir / name)
        files[fmt] = out_dir / name
    files["report"] = write_report(events, out_dir, title="sitrep demo: bundled example articles",
                                   files=names)
    return DemoResult(out_dir, db_url, summary, events, compare(by_file), files)


def _stored_events(db_url: str) -> list[Event]:
    from sitrep.store import open_store

    with open_store(db_url) as store:
        events = list(store.iter_events())
    return sorted(events, key=lambda e: (e.event_date is None, e.event_date, e.event_id))
