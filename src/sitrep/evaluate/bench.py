"""`sitrep bench`: throughput of sitrep end to end and of bare spaCy on the same generated texts.

Each shard task loads its model once, waits at an optional gate (so parallel workers start
together), then times only the processing: sitrep from the JSON Lines file to events stored in a
per-shard SQLite file, bare spaCy from the same file through `nlp.pipe` with the full pipeline of
the model (nothing excluded, no rulers). An `Engine` maps tasks to results; `LocalEngine` uses one
spawned process per shard and `InlineEngine` runs in this process (tests, reuse of a loaded
pipeline). A Dask engine would be one more class with the same `map`.
"""

from __future__ import annotations

import json
import multiprocessing as mp
import os
import queue as queue_mod
import resource
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal, Protocol

from sitrep.errors import SitrepError
from sitrep.evaluate.benchtext import generate, write_jsonl
from sitrep.settings import Settings

Kind = Literal["sitrep", "bare"]
STAGES = ("ingest", "nlp", "extract", "resolve", "store")


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident set size in MiB (Linux reports ru_maxrss in KiB); RUSAGE_CHILDREN gives the
    largest child process waited for."""
    return resource.getrusage(who).ru_maxrss / 1024


@dataclass(frozen=True)
class ShardTask:
    kind: Kind
    path: str  # JSON Lines file of the shard
    settings: Settings  # sitrep: db and rejects point into the bench's temporary folder


@dataclass(frozen=True)
class ShardResult:
    kind: Kind
    articles: int
    events: int
    load_seconds: float  # model (and for sitrep gazetteer, rulers, the warm-up article) loading, not in the rate
    started: float  # wall clock (time.time) when processing began, comparable across processes
    ended: float
    stages: dict[str, float] = field(default_factory=dict)
    peak_rss_mb: float = 0.0
    pid: int = 0
    cpu_seconds: float = 0.0  # this process's CPU time while processing: less sensitive to other load

    @property
    def seconds(self) -> float:
        return self.ended - self.started


def _run_sitrep(task: ShardTask, gate: Callable[[], object], pipeline: Any = None) -> ShardResult:
    from sitrep.pipeline import Pipeline, run

    t = time.perf_counter()
    pipeline = pipeline or Pipeline.load(task.settings, warm=True)
    load = time.perf_counter() - t
    gate()
    started, cpu = time.time(), time.process_time()
    summary = run([task.path], settings=task.settings, store_url=task.settings.db, pipeline=pipeline)
    ended, cpu = time.time(), time.process_time() - cpu
    return ShardResult("sitrep", summary.articles, summary.events, load, started, ended,
                       dict(summary.times.seconds), peak_rss_mb(), os.getpid(), cpu)


def load_bare(model: str) -> Any:
    """The model's full pipeline as shipped: the baseline a user of spaCy alone would run."""
    import spacy

    return spacy.load(model)


def _run_bare(task: ShardTask, gate: Callable[[], object], nlp: Any = None) -> ShardResult:
    t = time.perf_counter()
    nlp = nlp or load_bare(task.settings.model)
    load = time.perf_counter() - t
    gate()
    started, cpu, count = time.time(), time.process_time(), 0
    with open(task.path, encoding="utf-8") as fh:
        texts = (json.loads(line)["text"] for line in fh if line.strip())
        for _doc in nlp.pipe(texts, batch_size=task.settings.batch_size):
            count += 1
    ended, cpu = time.time(), time.process_time() - cpu
    return ShardResult("bare", count, 0, load, started, ended, {"nlp": ended - started}, peak_rss_mb(),
                       os.getpid(), cpu)


def run_task(task: ShardTask, gate: Callable[[], object] = lambda: None, *, loaded: Any = None) -> ShardResult:
    """One shard: load (or reuse `loaded`), wait at `gate`, process, measure."""
    if task.kind == "sitrep":
        return _run_sitrep(task, gate, loaded)
    return _run_bare(task, gate, loaded)


class Engine(Protocol):
    name: str
    workers: int

    def map(self, tasks: Sequence[ShardTask]) -> list[ShardResult]: ...


@dataclass(frozen=True)
class InlineEngine:
    """Runs tasks one after another in this process, reusing loaded models when given."""

    pipeline: Any = None
    nlp: Any = None
    name: str = "inline"
    workers: int = 1

    def map(self, tasks: Sequence[ShardTask]) -> list[ShardResult]:
        return [run_task(t, loaded=self.pipeline if t.kind == "sitrep" else self.nlp) for t in tasks]


def _child(task: ShardTask, barrier: Any, results: Any) -> None:
    try:
        results.put(run_task(task, barrier.wait))
    except BaseException as exc:  # report any failure to the parent instead of leaving it waiting
        barrier.abort()
        results.put(f"{task.kind} worker {os.getpid()}: {type(exc).__name__}: {exc}")


@dataclass(frozen=True)
class LocalEngine:
    """One spawned process per task (each loads its model once); a barrier releases them together
    once all have loaded, so the wall time covers parallel processing only."""

    workers: int = 1
    name: str = "local"

    def map(self, tasks: Sequence[ShardTask]) -> list[ShardResult]:
        ctx = mp.get_context("spawn")  # no fork: a forked spaCy/SQLite state is not safe to share
        barrier, results = ctx.Barrier(len(tasks)), ctx.Queue()
        procs = [ctx.Process(target=_child, args=(t, barrier, results), daemon=True) for t in tasks]
        for p in procs:
            p.start()
        out = [_collect(results, procs) for _ in procs]
        for p in procs:
            p.join()
        errors = [r for r in out if isinstance(r, str)]
        if errors:
            raise SitrepError("a worker failed — " + "; ".join(errors), stage="bench")
        return [r for r in out if isinstance(r, ShardResult)]


def _collect(results: Any, procs: Sequence[Any]) -> ShardResult | str:
    """The next result; an error if every worker has exited without sending one (killed, OOM)."""
    while True:
        try:
            return results.get(timeout=2)  # type: ignore[no-any-return]
        except queue_mod.Empty:
            if all(not p.is_alive() for p in procs):
                codes = [p.exitcode for p in procs]
                return f"workers exited without a result (exit codes {codes})"


@dataclass(frozen=True)
class Phase:
    """Figures for one kind (sitrep or bare) aggregated over its shards."""

    kind: Kind
    shards: tuple[ShardResult, ...]
    words: int

    @property
    def articles(self) -> int:
        return sum(s.articles for s in self.shards)

    @property
    def events(self) -> int:
        return sum(s.events for s in self.shards)

    @property
    def wall(self) -> float:
        """From the first shard's start to the last shard's end: parallel shards overlap."""
        return max(s.ended for s in self.shards) - min(s.started for s in self.shards)

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.wall if self.wall > 0 else 0.0

    @property
    def words_per_s(self) -> float:
        return self.words / self.wall if self.wall > 0 else 0.0

    @property
    def cpu_seconds(self) -> float:
        return sum(s.cpu_seconds for s in self.shards)

    @property
    def articles_per_cpu_s(self) -> float:
        return self.articles / self.cpu_seconds if self.cpu_seconds > 0 else 0.0

    @property
    def load_seconds(self) -> float:
        return max(s.load_seconds for s in self.shards)

    @property
    def peak_rss_mb(self) -> float:
        return max(s.peak_rss_mb for s in self.shards)

    def stage_seconds(self) -> dict[str, float]:
        """Seconds per stage summed over shards (a worker's stages add up to at most its wall time)."""
        total: dict[str, float] = {}
        for s in self.shards:
            for stage, sec in s.stages.items():
                total[stage] = total.get(stage, 0.0) + sec
        return total


@dataclass(frozen=True)
class BenchResult:
    articles: int
    words: int
    seed: int
    engine: str
    workers: int
    settings: Settings
    sitrep: Phase
    bare: Phase
    parent_rss_mb: float
    children_rss_mb: float
    load_avg: tuple[float, float] = (0.0, 0.0)  # 1-minute load average before and after: others' work

    @property
    def ratio(self) -> float:
        """sitrep end-to-end rate over bare spaCy's rate (> 1: sitrep is faster)."""
        return self.sitrep.articles_per_s / self.bare.articles_per_s if self.bare.articles_per_s else 0.0

    @property
    def cpu_ratio(self) -> float:
        """The same ratio from CPU time: on a shared machine, load that varies between the two
        phases moves the wall-clock ratio but hardly this one."""
        bare = self.bare.articles_per_cpu_s
        return self.sitrep.articles_per_cpu_s / bare if bare else 0.0


def shard_counts(n: int, k: int) -> list[int]:
    """n articles in k contiguous shards whose sizes differ by at most one; no empty shard."""
    k = max(1, min(k, n))
    return [n // k + (1 if i < n % k else 0) for i in range(k)]


def _write_shards(n: int, k: int, seed: int, words: int, folder: Path) -> tuple[list[Path], int]:
    articles = generate(n, seed=seed, words=words)
    paths, total, start = [], 0, 0
    for i, size in enumerate(shard_counts(n, k)):
        path = folder / f"shard-{i}.jsonl"
        total += write_jsonl(articles[start:start + size], path)
        paths.append(path)
        start += size
    return paths, total


def _phase(kind: Kind, results: list[ShardResult], expected: int, words: int) -> Phase:
    phase = Phase(kind, tuple(results), words)
    if phase.articles != expected:  # a rejected or skipped article would inflate the rate
        raise SitrepError(f"{kind} processed {phase.articles} of {expected} articles — the bench texts "
                          "should all be readable; check the rejects file", stage="bench")
    return phase


def bench(n: int, *, engine: Engine, folder: Path, settings: Settings | None = None, seed: int = 0,
          words: int = 600, on_step: Callable[[str], None] = lambda s: None) -> BenchResult:
    """Generate `n` articles into `folder`, run sitrep then bare spaCy over the same shards."""
    if n < 1:
        raise SitrepError("bench needs at least one article (--articles N)", stage="bench")
    settings = settings or Settings.from_env()
    load_before = os.getloadavg()[0]
    on_step(f"generating {n} articles of ~{words} words (seed {seed})")
    paths, total_words = _write_shards(n, engine.workers, seed, words, folder)
    tasks = [ShardTask("sitrep", str(p), replace(settings, db=f"sqlite:///{folder / f'bench-{i}.db'}",
                                                   rejects=str(folder / "rejects.jsonl")))
             for i, p in enumerate(paths)]
    on_step(f"sitrep: {len(tasks)} worker(s), engine {engine.name}")
    sitrep = _phase("sitrep", engine.map(tasks), n, total_words)
    on_step(f"bare spaCy ({settings.model}, full pipeline): {len(tasks)} worker(s)")
    bare = _phase("bare", engine.map([replace(t, kind="bare") for t in tasks]), n, total_words)
    return BenchResult(n, total_words, seed, engine.name, len(tasks), settings, sitrep, bare,
                       peak_rss_mb(), peak_rss_mb(resource.RUSAGE_CHILDREN), (load_before, os.getloadavg()[0]))
