"""Bench figures as JSON and as docs/benchmarks.md: machine facts, command, rates, stages, goals."""

from __future__ import annotations

import os
import platform
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sitrep.evaluate.bench import STAGES, BenchResult, Phase

# The project's goals (issue 3); judged on the figures of one run.
GOAL_RATE = 50.0  # articles/s end to end on 2 cores
GOAL_RATIO = 3.0  # times bare spaCy's rate
GOAL_RSS_MB = 1536.0  # 1.5 GiB peak resident memory per worker


@dataclass(frozen=True)
class Machine:
    cores: int
    usable_cores: int
    cpu: str
    memory_gib: float
    python: str
    spacy: str
    model: str
    os: str

    @classmethod
    def detect(cls, model: str) -> Machine:
        import spacy

        try:
            version = spacy.util.get_package_version(model) or "?"
        except Exception:  # noqa: BLE001  (only a label: a missing version must not stop the bench)
            version = "?"
        cpu = _proc_field("/proc/cpuinfo", "model name")
        return cls(os.cpu_count() or 0, len(os.sched_getaffinity(0)), cpu, round(_mem_kib() / 1024 ** 2, 1),
                   platform.python_version(), spacy.__version__, f"{model} {version}", platform.platform())


def _proc_field(path: str, key: str) -> str:
    try:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            name, _, value = line.partition(":")
            if name.strip() == key:
                return value.strip()
    except OSError:
        pass
    return "unknown"


def _mem_kib() -> float:
    value = _proc_field("/proc/meminfo", "MemTotal").split()
    return float(value[0]) if value else 0.0


@dataclass(frozen=True)
class Goal:
    name: str
    measured: str
    met: bool


def goal_rows(found: list[Goal]) -> list[str]:
    """Markdown table rows: goal, measured, met or not."""
    return [f"| {g.name} | {g.measured} | {'met' if g.met else 'not met'} |" for g in found]


def goals(r: BenchResult) -> list[Goal]:
    return [
        Goal(f"end to end >= {GOAL_RATE:g} articles/s on 2 cores",
             f"{r.sitrep.articles_per_s:.1f} articles/s with {r.workers} worker(s)",
             r.sitrep.articles_per_s >= GOAL_RATE),
        Goal(f">= {GOAL_RATIO:g}x bare spaCy", f"{r.ratio:.2f}x (CPU time: {r.cpu_ratio:.2f}x)",
             r.ratio >= GOAL_RATIO),
        Goal("<= 1.5 GiB peak RSS per worker", f"{r.sitrep.peak_rss_mb:.0f} MiB",
             r.sitrep.peak_rss_mb <= GOAL_RSS_MB),
    ]


def _phase_dict(p: Phase) -> dict[str, Any]:
    return {"articles": p.articles, "words": p.words, "events": p.events, "wall_seconds": round(p.wall, 3),
            "articles_per_s": round(p.articles_per_s, 2), "words_per_s": round(p.words_per_s, 1),
            "cpu_seconds": round(p.cpu_seconds, 3), "articles_per_cpu_s": round(p.articles_per_cpu_s, 2),
            "load_seconds": round(p.load_seconds, 2),
            "peak_rss_mb_per_worker": [round(s.peak_rss_mb, 1) for s in p.shards],
            "stage_seconds": {k: round(v, 3) for k, v in p.stage_seconds().items()}}


def to_dict(r: BenchResult, machine: Machine, command: str, when: datetime) -> dict[str, Any]:
    return {"command": command, "date": when.isoformat(timespec="seconds"), "machine": asdict(machine),
            "articles": r.articles, "words": r.words, "seed": r.seed, "engine": r.engine, "workers": r.workers,
            "settings": {"model": r.settings.model, "batch_size": r.settings.batch_size,
                         "ner_scope": r.settings.ner_scope},
            "sitrep": _phase_dict(r.sitrep), "bare_spacy": _phase_dict(r.bare), "ratio": round(r.ratio, 3),
            "cpu_ratio": round(r.cpu_ratio, 3), "load_avg_before_after": list(r.load_avg),
            "parent_peak_rss_mb": round(r.parent_rss_mb, 1), "children_peak_rss_mb": round(r.children_rss_mb, 1),
            "goals": [asdict(g) for g in goals(r)]}


def stage_rows(r: BenchResult) -> list[tuple[str, float | None, float | None]]:
    """(stage, seconds over all workers, ms per article); None for a stage the pipeline lacks, and
    "other" for worker time outside every stage (opening the store, deduplication, start-up)."""
    seconds = r.sitrep.stage_seconds()
    n = max(r.sitrep.articles, 1)
    rows: list[tuple[str, float | None, float | None]] = [
        (s, seconds[s], 1000 * seconds[s] / n) if s in seconds else (s, None, None) for s in STAGES]
    other = sum(s.seconds for s in r.sitrep.shards) - sum(seconds.values())
    return [*rows, ("other", other, 1000 * other / n)]


def _fmt(x: float | None, spec: str) -> str:
    return "—" if x is None else format(x, spec)


def markdown(r: BenchResult, m: Machine, command: str, when: datetime) -> str:
    words_each = r.words / max(r.articles, 1)
    lines = [
        "# Benchmarks", "",
        "Written by `sitrep bench` (`make bench`); do not edit by hand. On a shared machine the wall-clock",
        "figures move with other programs' load (see the load average below); CPU-time figures move less.", "",
        "## Run", "",
        f"- Command: `{command}`",
        f"- Date: {when.isoformat(timespec='seconds')}",
        f"- Machine: {m.cores} cores ({m.usable_cores} usable), {m.cpu}, {m.memory_gib} GiB RAM, {m.os}",
        f"- Software: Python {m.python}, spaCy {m.spacy}, model {m.model}",
        f"- Texts: {r.articles} generated articles, {r.words} words ({words_each:.0f} per article), seed {r.seed}"
        " — from the project's own templates (`src/sitrep/data/bench/templates.yaml`)",
        f"- Settings: engine {r.engine}, {r.workers} worker(s), batch_size {r.settings.batch_size}, "
        f"ner_scope {r.settings.ner_scope}",
        f"- Load average (1 min) before / after: {r.load_avg[0]:.2f} / {r.load_avg[1]:.2f} (before the run, "
        "anything above 0 is other programs; the bench's own workers add up to their number)", "",
        *_goal_lines(r), *_rate_lines(r), *_stage_lines(r), *_memory_lines(r), *_method_lines(),
    ]
    return "\n".join(lines) + "\n"


def _goal_lines(r: BenchResult) -> list[str]:
    rows = goal_rows(goals(r))
    return ["## Goals", "", "| goal | measured | |", "|---|---|---|", *rows, ""]


def _rate_lines(r: BenchResult) -> list[str]:
    def row(label: str, p: Phase) -> str:
        return (f"| {label} | {p.articles_per_s:.1f} | {p.words_per_s:,.0f} | {p.wall:.1f} "
                f"| {p.articles_per_cpu_s:.1f} | {p.load_seconds:.1f} | {p.peak_rss_mb:.0f} |")
    return ["## Throughput", "",
            "| | articles/s | words/s | wall s | articles per CPU-s | model load s (not in rate) "
            "| peak RSS per worker MiB |",
            "|---|---:|---:|---:|---:|---:|---:|",
            row("sitrep, file to stored events", r.sitrep), row("bare spaCy, full pipeline", r.bare),
            f"| sitrep / bare | {r.ratio:.2f}x | | | {r.cpu_ratio:.2f}x | | |", "",
            f"sitrep found {r.sitrep.events} events in {r.sitrep.articles} articles.", ""]


def _stage_lines(r: BenchResult) -> list[str]:
    rows = [f"| {s} | {_fmt(sec, '.2f')} | {_fmt(ms, '.1f')} |" for s, sec, ms in stage_rows(r)]
    return ["## Time per stage (sitrep)", "",
            "Seconds summed over workers. — : not timed because `sitrep.pipeline.run` does not call it",
            "(cross-article resolution, `sitrep.resolve`, is not wired into the pipeline yet). other: worker",
            "time outside every stage (opening the store, deduplication).", "",
            "| stage | seconds | ms per article |", "|---|---:|---:|", *rows, ""]


def _memory_lines(r: BenchResult) -> list[str]:
    per = ", ".join(f"{s.peak_rss_mb:.0f}" for s in r.sitrep.shards)
    bare = ", ".join(f"{s.peak_rss_mb:.0f}" for s in r.bare.shards)
    return ["## Memory (peak RSS, MiB)", "",
            f"- sitrep workers: {per}", f"- bare spaCy workers: {bare}",
            f"- bench process itself: {r.parent_rss_mb:.0f}; "
            f"largest child (RUSAGE_CHILDREN): {r.children_rss_mb:.0f}", ""]


def _method_lines() -> list[str]:
    return ["## How it is measured", "",
            "The articles are written once to JSON Lines and split into one contiguous shard per worker. Each",
            "worker is a spawned process that loads its model once; a barrier starts all workers together, and",
            "the wall time runs from the first start to the last end, so model loading is reported apart.",
            "sitrep's loading ends with one short built-in article (`Pipeline.warm`), which builds the phrase",
            "matchers the stages would otherwise build while reading the first article of the shard.",
            "sitrep runs `sitrep.pipeline.run` from the shard file to events stored in the worker's own SQLite",
            "file. Bare spaCy reads the same file and runs `nlp.pipe` over the texts with the model's full",
            "pipeline (nothing excluded, no rulers), the same batch size and the same number of workers.",
            "Peak RSS is each worker's `ru_maxrss`. CPU seconds are each worker's own (`time.process_time`)",
            "while processing; they move less than wall time when other programs share the machine."]


# Sections of the doc written apart from one bench run (the Dask engine's scaling from 1 to 2
# workers compares two runs; the geoparser's figures come from `--geo`); rewriting the doc keeps them.
KEPT_SECTIONS = ("## Dask engine", "## Geoparser")  # the latter: `sitrep bench --geo`


def kept_sections(text: str) -> str:
    """The KEPT_SECTIONS of a doc, each up to the next `## ` heading, in their order."""
    lines, out, keep = text.splitlines(), [], False
    for line in lines:
        if line.startswith("## "):
            keep = line.strip() in KEPT_SECTIONS
        if keep:
            out.append(line)
    return "\n".join(out).strip()


def write_doc(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    kept = kept_sections(path.read_text(encoding="utf-8")) if path.exists() else ""
    path.write_text(text.rstrip("\n") + "\n" + (f"\n{kept}\n" if kept else ""), encoding="utf-8")
