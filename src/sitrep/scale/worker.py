"""What a worker process does with one partition: read it, extract, write the part file.

The pipeline (spaCy model, gazetteer, rulers) is loaded once per process and kept for every later
partition, whichever engine runs the process (a spawned pool process, a Dask worker). Nothing here
touches the store: the driver loads parts in input order.
"""

from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sitrep.ingest import read_locations
from sitrep.pipeline import Pipeline, RunSummary, dedupe
from sitrep.scale.partition import Partition
from sitrep.scale.parts import PartData, write_part
from sitrep.settings import Settings

_PIPELINES: dict[Settings, Pipeline] = {}


@dataclass(frozen=True)
class PartTask:
    partition: Partition
    settings: Settings
    out: str  # where to write the part (a run directory every worker can reach)
    published: date | None = None


@dataclass(frozen=True)
class PartDone:
    index: int
    articles: int
    events: int
    rejects: int
    pid: int
    seconds: float


def pipeline_for(settings: Settings) -> Pipeline:
    """This process's pipeline for `settings`, loaded on first use."""
    if settings not in _PIPELINES:
        _PIPELINES[settings] = Pipeline.load(settings, warm=True)  # a batch: its first part's times are its own
    return _PIPELINES[settings]


def warm(settings: Settings) -> int:
    """Load the pipeline now (a pool initializer, a Dask `client.run`); returns the process id."""
    pipeline_for(settings)
    return os.getpid()


def watch_parent(parent: int, every: float = 1.0) -> None:
    """End this process when `parent` is gone: a pool worker whose driver was killed would
    otherwise wait for work forever, holding its model in memory."""
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(every)
        os._exit(1)

    threading.Thread(target=watch, name="sitrep-watch-parent", daemon=True).start()


def start_pool_worker(settings: Settings, parent: int) -> None:
    watch_parent(parent)
    warm(settings)


def process_partition(task: PartTask, pipeline: Pipeline | None = None) -> PartDone:
    """Extract every article of the partition (identical texts within it once) into its part file."""
    started = time.perf_counter()
    pipeline = pipeline or pipeline_for(task.settings)
    summary = RunSummary()
    pipeline.times = summary.times
    items = read_locations(task.partition.pieces, published=task.published, settings=task.settings)
    pairs = tuple((a, tuple(evs)) for a, evs in pipeline.process(dedupe(items, summary, lambda r: None)))
    part = PartData(task.partition.index, pairs, tuple(summary.rejects), summary.duplicates,
                    dict(summary.times.seconds))
    write_part(part, Path(task.out))
    return PartDone(part.index, len(pairs), part.events, len(part.rejects), os.getpid(),
                    time.perf_counter() - started)
