"""`sitrep bench --geo`: how fast the geoparser loads and resolves place names.

Load: a fresh spawned process times importing the geoparser's modules (with spaCy's), opening the gazetteer index
(`Gazetteer.load`, the index already built) and reading its ruler patterns, as `sitrep.resources`
does when a pipeline starts; the median of a few such processes is reported. Resolution: the place
names of the generated bench articles are found once (spaCy and the recognition rules, not timed);
then each article's names are ranked (`sitrep.geo.rank.resolve`) with a freshly opened gazetteer,
so every name is looked up in the SQLite index at least once (no warm cache). The figure is the
time of all `resolve` calls over the number of names.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sitrep.evaluate.benchdoc import Goal, goal_rows
from sitrep.evaluate.benchtext import generate
from sitrep.settings import Settings

GOAL_LOAD_S = 2.0  # the geoparser loads in under 2 s
GOAL_MS_PER_TOPONYM = 1.0  # and resolves a toponym in well under a millisecond on average
LOAD_RUNS = 3


@dataclass(frozen=True)
class GeoBenchResult:
    articles: int
    toponyms: int
    load_seconds: tuple[float, ...]  # one per fresh process
    open_seconds: tuple[float, ...]  # of which opening the index (Gazetteer.load)
    resolve_seconds: float  # all resolve() calls, cold name cache
    warm_seconds: float  # the same calls again on the same gazetteer (names cached)
    index_path: str
    index_mb: float
    seed: int
    load_avg: tuple[float, float]

    @property
    def load_median(self) -> float:
        return statistics.median(self.load_seconds)

    @property
    def ms_per_toponym(self) -> float:
        return 1000 * self.resolve_seconds / max(self.toponyms, 1)

    @property
    def warm_ms_per_toponym(self) -> float:
        return 1000 * self.warm_seconds / max(self.toponyms, 1)


def _load_child(path: str, out: Any) -> None:
    t = time.perf_counter()
    from sitrep.geo.gazetteer import Gazetteer
    from sitrep.geo.geoparse import find_toponyms  # noqa: F401  (importing is part of loading: spaCy's Doc)

    t_open = time.perf_counter()
    gazetteer = Gazetteer.load(Path(path))
    opened = time.perf_counter() - t_open
    gazetteer.ruler_patterns()
    out.put((time.perf_counter() - t, opened))


def time_load(path: Path, runs: int = LOAD_RUNS) -> list[tuple[float, float]]:
    """(seconds to load, of which opening the index) in `runs` fresh spawned processes."""
    ctx = mp.get_context("spawn")
    out = []
    for _ in range(runs):
        queue = ctx.Queue()
        proc = ctx.Process(target=_load_child, args=(str(path), queue), daemon=True)
        proc.start()
        out.append(queue.get(timeout=120))
        proc.join()
    return out


def article_mentions(n: int, *, settings: Settings, seed: int) -> list[list[Any]]:
    """Each generated article's place names as the ranker gets them (spaCy with every sentence read)."""
    from sitrep.geo.geoparse import find_mentions
    from sitrep.nlp.build import full_ner
    from sitrep.pipeline import Pipeline

    pipeline = Pipeline.load(settings)
    articles = generate(n, seed=seed)
    with full_ner(pipeline.res.nlp):
        docs = pipeline.res.nlp.pipe(((a.text, a) for a in articles), as_tuples=True)
        return [find_mentions(doc, a, gazetteer=pipeline.res.gazetteer) for doc, a in docs]


def time_resolve(mentions: Sequence[Sequence[Any]], path: Path) -> tuple[float, float]:
    """(seconds for every article's resolve() on a freshly opened gazetteer, the same again warm)."""
    from sitrep.geo.gazetteer import Gazetteer
    from sitrep.geo.rank import resolve

    gazetteer = Gazetteer.load(path)
    times = []
    for _ in range(2):
        t = time.perf_counter()
        for ms in mentions:
            resolve(ms, gazetteer=gazetteer)
        times.append(time.perf_counter() - t)
    return times[0], times[1]


def geo_bench(n: int, *, settings: Settings | None = None, seed: int = 0,
              on_step: Callable[[str], None] = lambda s: None) -> GeoBenchResult:
    from sitrep.geo.gazetteer import Gazetteer, default_path

    settings = settings or Settings.from_env()
    path = Path(settings.gazetteer) if settings.gazetteer else default_path()
    load_before = os.getloadavg()[0]
    on_step(f"gazetteer index {path} (built first if missing or stale; not timed)")
    Gazetteer.load(path)
    on_step(f"loading the geoparser in {LOAD_RUNS} fresh processes")
    loads = time_load(path)
    on_step(f"finding the place names of {n} generated articles (not timed)")
    mentions = article_mentions(n, settings=settings, seed=seed)
    on_step("resolving them")
    cold, warm = time_resolve(mentions, path)
    return GeoBenchResult(n, sum(len(m) for m in mentions), tuple(x for x, _ in loads), tuple(y for _, y in loads),
                          cold, warm, str(path), round(path.stat().st_size / 2 ** 20, 1), seed,
                          (load_before, os.getloadavg()[0]))


def geo_goals(r: GeoBenchResult) -> list[Goal]:
    return [
        Goal(f"geoparser loads in < {GOAL_LOAD_S:g} s (fresh process)", f"{r.load_median:.2f} s (median of "
                f"{len(r.load_seconds)})", r.load_median < GOAL_LOAD_S),
        Goal(f"resolves a toponym in < {GOAL_MS_PER_TOPONYM:g} ms on average",
                f"{r.ms_per_toponym:.3f} ms ({r.toponyms} toponyms, cold cache)", r.ms_per_toponym < GOAL_MS_PER_TOPONYM),
    ]


GEO_HEADING = "## Geoparser"


def geo_markdown(r: GeoBenchResult, command: str, when: str) -> str:
    loads = ", ".join(f"{x:.2f}" for x in r.load_seconds)
    opens = ", ".join(f"{x:.3f}" for x in r.open_seconds)
    rows = goal_rows(geo_goals(r))
    return "\n".join([
        GEO_HEADING, "",
        f"Written by `{command}` on {when} (load average before / after: {r.load_avg[0]:.2f} / "
        f"{r.load_avg[1]:.2f}); the throughput run above does not rewrite it.", "",
        "| goal | measured | |", "|---|---|---|", *rows, "",
        f"- Load, fresh process (import `sitrep.geo` with spaCy, open the {r.index_mb} MB index, read its "
        f"ruler patterns; the index file is in the OS page cache after a first use), seconds: {loads}; of "
        f"which opening the index: {opens}",
        f"- Resolution: {r.toponyms} place names in {r.articles} generated articles (seed {r.seed}); "
        f"`resolve` with a freshly opened gazetteer {r.resolve_seconds:.3f} s = {r.ms_per_toponym:.3f} ms "
        f"per name; again with the names cached {r.warm_seconds:.3f} s = {r.warm_ms_per_toponym:.3f} ms",
        "- Not timed: building the index (once per machine, `sitrep gazetteer build`), spaCy and the "
        "recognition rules that find the names.", ""])


def geo_to_dict(r: GeoBenchResult) -> dict[str, Any]:
    return {"articles": r.articles, "toponyms": r.toponyms, "load_seconds": list(r.load_seconds),
            "open_seconds": list(r.open_seconds), "load_median_seconds": r.load_median,
            "resolve_seconds": r.resolve_seconds, "ms_per_toponym": r.ms_per_toponym,
            "warm_ms_per_toponym": r.warm_ms_per_toponym, "index_mb": r.index_mb, "seed": r.seed,
            "load_avg": list(r.load_avg),
            "goals": [{"name": g.name, "measured": g.measured, "met": g.met} for g in geo_goals(r)]}


def write_geo_section(path: Path, section: str) -> None:
    """Put the geoparser section into the doc, in place of an older one (or at the end)."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    lines, out, skip = text.splitlines(), [], False
    for line in lines:
        if line.startswith("## "):
            skip = line.strip() == GEO_HEADING
        if not skip:
            out.append(line)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(out).rstrip("\n") + "\n\n" + section.rstrip("\n") + "\n", encoding="utf-8")
