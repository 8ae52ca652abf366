"""The scaled-out run: partition, let an engine write the parts, load them into the store in order.

Workers only extract; the driver alone writes the store. It loads part 0, 1, 2, ... as each
becomes available (parts finish in any order), one transaction per part, then resolves the part's
articles one by one in input order, leaving out as candidates the records of the part's later
articles: the store ends as an article-by-article `run()` would leave it. Identical texts are
processed once per run (workers drop repeats within a partition, the driver across partitions).
"""

from __future__ import annotations

import json
import os
import signal
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO

from sitrep.errors import SitrepError
from sitrep.model import Article, Event, Reject
from sitrep.pipeline import RunSummary, write_rejects
from sitrep.resolve.incremental import StoreResolver
from sitrep.scale.engines import Executor
from sitrep.scale.partition import (
    Partition, Piece, auto_target, fingerprint, locations, plan, run_key, total_size,
)
from sitrep.scale.parts import PartData, read_part
from sitrep.scale.rundir import DEFAULT_ROOT, RunDir
from sitrep.scale.worker import PartTask
from sitrep.settings import Settings
from sitrep.store import Store, open_store

Pair = tuple[Article, tuple[Event, ...]]


@dataclass(frozen=True)
class Progress:
    parts_done: int
    parts_total: int
    articles: int
    resumed: int = 0  # parts already loaded by an earlier, interrupted run


@dataclass(frozen=True)
class ScaledRun:
    summary: RunSummary
    parts: int
    reused: int  # parts an earlier, interrupted run had already written (loaded or not)
    run_dir: Path


def _kill_point(point: str, index: int) -> None:
    """Tests only: SITREP_SCALE_KILL_AT=<point>:N (journal, saved, resolving, loaded) kills this
    process (SIGKILL, no clean-up) at that point of loading part N, to prove that a resumed run
    ends as a clean one."""
    if os.environ.get("SITREP_SCALE_KILL_AT") == f"{point}:{index}":
        os.kill(os.getpid(), signal.SIGKILL)


class PartLoader:
    """Loads parts into the store in order; replays parts an earlier run loaded (for the
    deduplication, the rejects, the counts and --out) without storing them again."""

    def __init__(self, store: Store, rd: RunDir, settings: Settings, summary: RunSummary,
                 out: IO[str] | None, on_reject: Callable[[Reject], None]) -> None:
        self.store, self.rd, self.summary, self.out, self.on_reject = store, rd, summary, out, on_reject
        self.resolver = StoreResolver(store) if settings.resolve else None
        self.seen: set[str] = set()

    def load(self, index: int) -> None:
        part = read_part(self.rd.part_path(index))
        kept = self._dedupe(part)
        for r in part.rejects:
            self.summary.rejects.append(r)
            self.on_reject(r)
        done = self.rd.loaded(index)
        merged = done["merged"] if done is not None else self._store(index, kept, part.rejects)
        self._count(part, kept, merged)

    def _dedupe(self, part: PartData) -> list[Pair]:
        kept = [(a, evs) for a, evs in part.items if a.content_hash not in self.seen]
        self.seen.update(a.content_hash for a, _ in kept)
        self.summary.duplicates += part.duplicates + len(part.items) - len(kept)
        return kept

    def _count(self, part: PartData, kept: Sequence[Pair], merged: int) -> None:
        self.summary.articles += len(kept)
        self.summary.events += sum(len(evs) for _, evs in kept)
        self.summary.merged += merged
        for stage, sec in part.stages.items():
            self.summary.times.seconds[stage] += sec
        if self.out is not None:
            for _, evs in kept:
                for ev in evs:
                    self.out.write(json.dumps(ev.to_dict(), ensure_ascii=False) + "\n")

    def _store(self, index: int, kept: Sequence[Pair], rejects: Sequence[Reject]) -> int:
        times = self.summary.times
        journal = self.rd.journal(index)
        if journal is None:  # the records to resolve are fixed before the part is saved
            journal = self.rd.start_journal(index, self._fresh(kept))
        _kill_point("journal", index)
        t = times.now()
        self.store.save_articles(kept)
        self.store.save_rejects(rejects)
        t = times.add("store", t)
        _kill_point("saved", index)
        merged = sum(journal.resolved.values())
        if self.resolver is not None:
            merged += self._resolve(index, kept, journal.fresh, set(journal.resolved))
            times.add("resolve", t)
        self.rd.mark_loaded(index, {"articles": len(kept), "merged": merged})
        _kill_point("loaded", index)
        return merged

    def _fresh(self, kept: Sequence[Pair]) -> list[list[str]]:
        """Per article, the records to resolve: those the store has never seen and no earlier
        article of the part holds (as `StoreResolver.unseen` would say just before its save)."""
        if self.resolver is None:
            return [[] for _ in kept]
        known = set(self.store.incidents_of(e.event_id for _, evs in kept for e in evs))
        out: list[list[str]] = []
        for _, evs in kept:
            out.append([e.event_id for e in evs if e.event_id not in known])
            known.update(e.event_id for e in evs)
        return out

    def _resolve(self, index: int, kept: Sequence[Pair], fresh: Sequence[Sequence[str]],
                 resolved: set[int]) -> int:
        assert self.resolver is not None
        merged = 0
        pending = {i for k, ids in enumerate(fresh) if k not in resolved for i in ids}
        for k, (article, evs) in enumerate(kept):
            pending.difference_update(fresh[k])
            if k in resolved or not fresh[k]:
                continue
            # A record already joined to an event (a kill came just after its merge) stays put.
            incident = self.store.incidents_of(fresh[k])
            records = [e for e in evs if e.event_id in fresh[k] and incident.get(e.event_id) == e.event_id]
            n = len(self.resolver.resolve(article, records, exclude=pending))
            self.rd.mark_resolved(index, k, n)
            _kill_point("resolving", index)
            merged += n
        return merged


def _plan(pieces: Sequence[Piece], target: int | None, workers: int) -> Callable[[], list[Partition]]:
    return lambda: plan(pieces, target=target or auto_target(total_size(pieces), workers))


def run_scaled(inputs: Sequence[str], *, executor: Executor, settings: Settings | None = None,
               out: IO[str] | None = None, published: date | None = None, store_url: str | None = None,
               run_dir: Path | None = None, partition_size: int | None = None,
               on_reject: Callable[[Reject], None] = lambda r: None,
               on_progress: Callable[[Progress], None] = lambda p: None) -> ScaledRun:
    """`run()` with the extraction spread over `executor`'s workers, resumable through `run_dir`
    (default .sitrep-runs/<key of inputs, store and input files>), removed once the run completes."""
    settings = settings or Settings.from_env()
    db = store_url or settings.db
    pieces = locations(inputs)
    key = run_key(inputs, db, fingerprint(pieces))
    rd = RunDir(run_dir or DEFAULT_ROOT / key)
    summary = RunSummary()
    with rd.locked():
        parts, _ = rd.partitions(key, _plan(pieces, partition_size, executor.workers))
        reused = sum(rd.written(p.index) for p in parts)
        todo = [PartTask(p, settings, str(rd.part_path(p.index)), published)
                for p in parts if not rd.written(p.index)]
        with open_store(db) as store:
            loader = PartLoader(store, rd, settings, summary, out, on_reject)
            _drive(parts, todo, executor, loader, on_progress)
    rd.remove()  # complete: a later run of the same command starts afresh, as run() would
    _finish(summary, settings)
    return ScaledRun(summary, len(parts), reused, rd.path)


def _drive(parts: Sequence[Partition], todo: Sequence[PartTask], executor: Executor, loader: PartLoader,
           on_progress: Callable[[Progress], None]) -> None:
    """Load every part in order as soon as it and all before it are written."""
    rd, nxt = loader.rd, 0
    resumed = sum(rd.loaded(p.index) is not None for p in parts)

    def drain() -> None:
        nonlocal nxt
        while nxt < len(parts) and rd.written(parts[nxt].index):
            loader.load(parts[nxt].index)
            nxt += 1
            on_progress(Progress(nxt, len(parts), loader.summary.articles, resumed))

    drain()
    for _done in executor.run(todo):
        drain()
    drain()
    if nxt < len(parts):
        raise SitrepError(f"partition {parts[nxt].index} was not written — a worker failed; run the "
                          "same command again to resume", stage="scale")


def _finish(summary: RunSummary, settings: Settings) -> None:
    if summary.rejects:
        write_rejects(summary.rejects, Path(settings.rejects))
    if summary.articles == 0 and summary.rejects:
        raise SitrepError("no input could be read — see the rejects listed above", stage="ingest")
