"""The Dask engine: partitions (for `sitrep extract`) or bench shards on Dask workers.

Without a scheduler address it starts a `distributed.LocalCluster` of `workers` single-threaded
processes; with one (`tcp://host:port`, e.g. a dask-jobqueue SLURMCluster or a dask-kubernetes
cluster) it connects to it. Each worker process loads the pipeline once, on its first task, and
keeps it. Workers write parts into the run directory, so on a cluster it must be on a filesystem
every worker sees. This is the only module that imports dask.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from sitrep.errors import SitrepError
from sitrep.evaluate.bench import ShardResult, ShardTask, load_bare, run_task
from sitrep.scale.worker import PartDone, PartTask, pipeline_for, process_partition
from sitrep.settings import Settings

if TYPE_CHECKING:
    from distributed import Client

_BARE: dict[str, Any] = {}  # model name -> bare spaCy pipeline, per worker process


@contextlib.contextmanager
def connect(workers: int, scheduler: str | None = None) -> Iterator[Client]:
    """A client of the given scheduler, or of a new local cluster that ends with the block."""
    import dask
    from distributed import Client, LocalCluster

    if scheduler:
        try:
            client = Client(scheduler, timeout="30s")
        except OSError as exc:
            raise SitrepError(f"cannot reach the Dask scheduler at {scheduler} ({exc}) — check the "
                              "address and that the scheduler is running", stage="scale") from None
        with client:
            yield client
        return
    # The scheduler's HTTP server (dashboard, /health) on a free port: with no address it still tries
    # 8787, often taken on a shared machine by someone else's cluster, and warns (an error under pytest).
    # No statistical profiler: it samples each worker's stack every 10 ms, taking the GIL from the
    # CPU-bound task (workers get the setting from the nanny when they start).
    with dask.config.set({"distributed.worker.profile.enabled": False}), \
            LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0",
                         silence_logs=logging.WARNING) as cluster, Client(cluster) as client:
        yield client


@dataclass(frozen=True)
class DaskExecutor:
    """Runs partition tasks on Dask workers, yielding each as it finishes."""

    workers: int = 2
    scheduler: str | None = None
    name: str = "dask"

    def run(self, tasks: Sequence[PartTask]) -> Iterator[PartDone]:
        if not tasks:
            return
        from distributed import as_completed

        with connect(self.workers, self.scheduler) as client:
            futures = client.map(process_partition, list(tasks), pure=False, retries=1)
            try:
                for fut in as_completed(futures):
                    yield fut.result()
            finally:
                client.cancel(futures)


# -- sitrep bench ---------------------------------------------------------------------------------
def _load_model(kind: str, settings: Settings) -> float:
    """Load (once per worker process) what a shard of `kind` needs; the seconds it took."""
    t = time.perf_counter()
    if kind == "sitrep":
        pipeline_for(settings)
    elif settings.model not in _BARE:
        _BARE[settings.model] = load_bare(settings.model)
    return time.perf_counter() - t


def _run_shard(task: ShardTask) -> ShardResult:
    loaded = pipeline_for(task.settings) if task.kind == "sitrep" else _BARE[task.settings.model]
    return run_task(task, loaded=loaded)


@dataclass(frozen=True)
class DaskEngine:
    """The bench's Engine on Dask: one shard per worker, pinned to it; every worker loads its
    model first (timed apart), then all shards are submitted together."""

    workers: int = 1
    scheduler: str | None = None
    name: str = "dask"

    def map(self, tasks: Sequence[ShardTask]) -> list[ShardResult]:
        with connect(self.workers, self.scheduler) as client:
            client.wait_for_workers(len(tasks), timeout=120)
            addrs = sorted(client.scheduler_info()["workers"])[:len(tasks)]
            loads = client.run(_load_model, tasks[0].kind, tasks[0].settings, workers=addrs)
            futures = [client.submit(_run_shard, t, workers=[a], allow_other_workers=False, pure=False)
                       for t, a in zip(tasks, addrs, strict=True)]
            results: list[ShardResult] = client.gather(futures)
        return [replace(r, load_seconds=loads[a]) for r, a in zip(results, addrs, strict=True)]
