"""Run sitrep over gold texts and score what it finds.

The pipeline sees an Article made of the row's id, text and publication date only; the gold stays
on this side (`to_article`), so nothing coded by others can leak into an extraction.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar

from sitrep.evaluate.gold import GoldDoc, GoldEvent, GoldRow, read_gold
from sitrep.evaluate.normalise import Names, NameTable, TypeTable
from sitrep.evaluate.tally import DatasetScore, DocOutcome, EventOutcome, score_docs, score_events
from sitrep.ingest.decode import normalize_text
from sitrep.model import Article, Event, Extraction, Toponym

if TYPE_CHECKING:
    from sitrep.geo.gazetteer import Gazetteer

ALL_EVENTS = "all event sets"
ALL_TOPONYMS = "all toponym sets"
_O = TypeVar("_O", EventOutcome, DocOutcome)
Progress = Callable[[int, int], None]  # (rows done, rows in all)


class Runner(Protocol):
    """What scoring needs of sitrep.pipeline.Pipeline."""

    def process(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Event]]]: ...

    def extract(self, articles: Iterable[Article]) -> Iterator[Extraction]: ...  # with interactions

    def geoparse(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Toponym]]]: ...


@dataclass(frozen=True, slots=True)
class EvalResult:
    scores: tuple[DatasetScore, ...]  # one per data set, in first-seen order, then the pooled sets
    files: tuple[str, ...]
    limit: int | None
    seconds: float

    @property
    def datasets(self) -> tuple[DatasetScore, ...]:
        return tuple(s for s in self.scores if s.name not in (ALL_EVENTS, ALL_TOPONYMS))


def to_article(row: GoldRow) -> Article:
    """The only view of a gold row the pipeline gets. An event row's text is read as ingest reads a
    file; a toponym row's is left as it is, because its gold gives character offsets into it."""
    if isinstance(row, GoldEvent):
        return Article(id=row.id, text=normalize_text(row.text), published=row.published)
    return Article(id=row.id, text=row.text, published=None)


def run_events(rows: Sequence[GoldEvent], runner: Runner, progress: Progress) -> list[EventOutcome]:
    out: list[EventOutcome] = []
    # Interactions are scored by their actors against gold source/target actors (PLOVER) only: a
    # runner is asked for them (`extract`) only then.
    articles = (to_article(r) for r in rows)
    if any(r.source_actors or r.target_actors for r in rows):
        found_all: Iterable[Extraction] = runner.extract(articles)
    else:
        found_all = (Extraction(a, tuple(e)) for a, e in runner.process(articles))
    for row, found in zip(rows, found_all, strict=True):
        assert found.article.id == row.id  # the pipeline keeps input order
        events = found.events
        out.append(EventOutcome(row, events[0] if events else None, len(events), found.interactions))
        progress(len(out), len(rows))
    return out


def run_docs(rows: Sequence[GoldDoc], runner: Runner, progress: Progress) -> list[DocOutcome]:
    out: list[DocOutcome] = []
    for row, (article, toponyms) in zip(rows, runner.geoparse(to_article(r) for r in rows), strict=True):
        assert article.id == row.id
        out.append(DocOutcome(row, tuple(toponyms)))
        progress(len(out), len(rows))
    return out


def evaluate(paths: Sequence[str | Path], *, limit: int | None = None, runner: Runner | None = None,
             gazetteer: Gazetteer | None = None, progress: Progress = lambda done, total: None) -> EvalResult:
    """Score sitrep on gold files. Without a runner the default pipeline is loaded (after the gold is
    read, so a bad gold line fails fast)."""
    t0 = time.perf_counter()
    rows = list(read_gold(paths, limit=limit))
    if runner is None:
        from sitrep.pipeline import Pipeline

        pipeline = Pipeline.load(warm=True)
        runner, gazetteer = pipeline, gazetteer or pipeline.res.gazetteer
    events = [r for r in rows if isinstance(r, GoldEvent)]
    docs = [r for r in rows if isinstance(r, GoldDoc)]
    total = len(rows)
    event_outs = run_events(events, runner, lambda done, _: progress(done, total))
    doc_outs = run_docs(docs, runner, lambda done, _: progress(len(events) + done, total))
    names, types = Names(NameTable.load(), gazetteer), TypeTable.load()
    event_sets, doc_sets = _by_dataset(event_outs), _by_dataset(doc_outs)
    scores = [score_events(name, outs, names, types) for name, outs in event_sets]
    scores += [score_docs(name, outs, names) for name, outs in doc_sets]
    scores += _pooled(event_outs if len(event_sets) > 1 else [], doc_outs if len(doc_sets) > 1 else [],
                      names, types)
    return EvalResult(tuple(scores), tuple(str(p) for p in paths), limit, time.perf_counter() - t0)


def _by_dataset(outs: list[_O]) -> list[tuple[str, list[_O]]]:
    order = {name: i for i, name in reversed(list(enumerate(o.gold.dataset for o in outs)))}
    ranked = sorted(outs, key=lambda o: order[o.gold.dataset])
    return [(name, list(group)) for name, group in groupby(ranked, key=lambda o: o.gold.dataset)]


def _pooled(event_outs: list[EventOutcome], doc_outs: list[DocOutcome], names: Names,
            types: TypeTable) -> list[DatasetScore]:
    """Every row of every set of a kind together (micro-averaged), without worst-error lists."""
    pooled: list[DatasetScore] = []
    if event_outs:
        s = score_events(ALL_EVENTS, event_outs, names, types)
        pooled.append(DatasetScore(s.name, s.kind, s.rows, s.figures, s.type_pairs, s.sub_pairs, s.distances))
    if doc_outs:
        s = score_docs(ALL_TOPONYMS, doc_outs, names)
        pooled.append(DatasetScore(s.name, s.kind, s.rows, s.figures, distances=s.distances))
    return pooled
