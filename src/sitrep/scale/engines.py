"""Engines that run partition tasks: in this process, or in a pool of spawned processes.

An Executor takes the tasks and yields each PartDone as it finishes, in any order; it starts its
workers only when there is work (a resumed run with every part written starts none). The Dask
engine (`sitrep.scale.dask`) has the same shape.
"""

from __future__ import annotations

import multiprocessing as mp
import os
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from typing import Any, Protocol

from sitrep.scale.worker import PartDone, PartTask, process_partition, start_pool_worker


class Executor(Protocol):
    name: str
    workers: int

    def run(self, tasks: Sequence[PartTask]) -> Iterator[PartDone]: ...


@dataclass(frozen=True)
class InlineExecutor:
    """Partitions one after another in this process (a resumable run without workers, tests)."""

    pipeline: Any = None  # an already loaded Pipeline, else loaded once on first use
    name: str = "inline"
    workers: int = 1

    def run(self, tasks: Sequence[PartTask]) -> Iterator[PartDone]:
        for task in tasks:
            yield process_partition(task, self.pipeline)


@dataclass(frozen=True)
class LocalExecutor:
    """`workers` spawned processes (no fork: a forked spaCy/SQLite state is not safe to share),
    each loading the pipeline once when it starts."""

    workers: int = 2
    name: str = "local"

    def run(self, tasks: Sequence[PartTask]) -> Iterator[PartDone]:
        if not tasks:
            return
        ctx = mp.get_context("spawn")
        with ProcessPoolExecutor(self.workers, mp_context=ctx, initializer=start_pool_worker,
                                 initargs=(tasks[0].settings, os.getpid())) as pool:
            futures = [pool.submit(process_partition, t) for t in tasks]
            try:
                for fut in as_completed(futures):
                    yield fut.result()
            finally:
                for fut in futures:
                    fut.cancel()
