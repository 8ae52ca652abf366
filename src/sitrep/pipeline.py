"""Assemble the stages and run them: ingest -> nlp -> extract -> store -> resolve / JSON Lines.

`run()` is what `sitrep extract` calls; `Pipeline` is the same thing as a Python object for
callers that already have Articles (eval, bench, the web app, the Dask engine).
"""

from __future__ import annotations

import json
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TypeVar

from sitrep.errors import SitrepError
from sitrep.extract import extract_events
from sitrep.extract.interactions import find_interactions_in
from sitrep.geo.geoparse import find_toponyms
from sitrep.ingest import read_inputs
from sitrep.model import Article, Event, Extraction, Interaction, Reject, Toponym
from sitrep.nlp.build import full_ner
from sitrep.nlp.sentences import seed_text
from sitrep.resolve.incremental import StoreResolver
from sitrep.resources import Resources
from sitrep.settings import Settings

if TYPE_CHECKING:
    from spacy.tokens import Doc

T = TypeVar("T")

# One short text of our own that reaches every extraction stage (an attack with a toll, a place, a day,
# a claim, a protest): `Pipeline.warm` extracts it once so that the matchers the stages build on first
# use are built while loading (batch runs: `Pipeline.load(warm=True)`).
WARM_UP = Article(id="sitrep-warm-up", published=date(2024, 3, 4), text=(
    "Gunmen attack police post in Kurram\n\n"
    "Gunmen attacked a police post in Kurram district on Monday, killing two policemen and wounding "
    "three others, officials said. No group claimed responsibility for the attack. Later, hundreds "
    "of traders protested in the town against the killings."))


@dataclass
class StageTimes:
    """Seconds spent per stage; bench reports these."""

    seconds: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    clock: Callable[[], float] = time.perf_counter  # replaceable, so tests can count exactly

    def now(self) -> float:
        return self.clock()

    def add(self, stage: str, since: float, *, less: float = 0.0) -> float:
        """Add the time since `since`, less what a nested stage already counted in it."""
        now = self.clock()
        self.seconds[stage] += now - since - less
        return now

    def timed(self, items: Iterable[T], stage: str) -> Iterator[T]:
        """Yield `items`, counting the time spent producing each under `stage`: reading is lazy, so
        without this the time to read an article would hide in the stage that pulls it (nlp)."""
        it = iter(items)
        while True:
            start = self.clock()
            try:
                item = next(it)
            except StopIteration:
                return
            finally:
                self.seconds[stage] += self.clock() - start
            yield item


@dataclass
class RunSummary:
    articles: int = 0
    events: int = 0
    duplicates: int = 0
    merged: int = 0  # records joined to an event from another article
    rejects: list[Reject] = field(default_factory=list)
    times: StageTimes = field(default_factory=StageTimes)


class Pipeline:
    def __init__(self, resources: Resources, *, batch_size: int = 32) -> None:
        self.res = resources
        self.batch_size = batch_size
        self.times = StageTimes()

    @classmethod
    def load(cls, settings: Settings | None = None, *, warm: bool = False) -> Pipeline:
        """The pipeline of `settings`. `warm`: build at once what the stages build on first use (see
        `warm`), for batch runs that time their stages (bench, the scaled-out workers, eval); one
        article from the command line pays for only what it uses (an article without an event never
        builds the actor and casualty matchers: about 1.2 CPU-s less)."""
        settings = settings or Settings.from_env()
        pipeline = cls(Resources.load(settings), batch_size=settings.batch_size)
        if warm:
            pipeline.warm()
        return pipeline

    def warm(self) -> None:
        """Build what the stages build on first use (the phrase matchers of the taxonomy, the actor
        dictionary and the background cues, and the tokenizers they use: about two CPU-seconds) by
        extracting one short text, so that loading pays for it rather than the first article, whose
        stage times stay its own. The caches it leaves hold exact answers only (the same input gives
        the same output, warm or not)."""
        list(self.process([WARM_UP]))
        self.times = StageTimes()

    def _docs(self, articles: Iterable[Article]) -> Iterator[tuple[Doc, Article]]:
        pairs = ((a.text, a) for a in articles)
        for doc, article in self.res.nlp.pipe(pairs, as_tuples=True, batch_size=self.batch_size):
            seed_text(doc, article.text)  # the tokenizer keeps every character: no need to rebuild it
            yield doc, article

    def process(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Event]]]:
        """Events for each article, in input order; an article with no event gives [].

        Stage times: reading the input counts as "ingest" (nlp.pipe pulls it lazily), and the
        caller's time between items (storing) is not counted here.
        """
        seconds = self.times.seconds
        t, ingested = self.times.now(), seconds["ingest"]
        for doc, article in self._docs(self.times.timed(articles, "ingest")):
            t = self.times.add("nlp", t, less=seconds["ingest"] - ingested)
            events = extract_events(doc, article, res=self.res)
            self.times.add("extract", t)
            yield article, events
            t, ingested = self.times.now(), seconds["ingest"]

    def extract(self, articles: Iterable[Article], *, interactions: bool = True) -> Iterator[Extraction]:
        """Events and interactions for each article, in input order. `interactions=False` skips
        them (they need a dependency parse of the sentences with an interaction word, done for a
        batch of articles at a time).

        Stage times: reading the input counts as "ingest" (nlp.pipe pulls it lazily), and the
        caller's time between items (storing) is not counted here.
        """
        if not interactions:
            yield from (Extraction(article, tuple(events)) for article, events in self.process(articles))
            return
        seconds = self.times.seconds
        t, ingested = self.times.now(), seconds["ingest"]
        batch: list[tuple[Any, Article, list[Event]]] = []
        for doc, article in self._docs(self.times.timed(articles, "ingest")):
            t = self.times.add("nlp", t, less=seconds["ingest"] - ingested)
            batch.append((doc, article, extract_events(doc, article, res=self.res)))
            self.times.add("extract", t)
            if len(batch) >= self.batch_size:
                yield from self._with_interactions(batch)
                batch = []
            t, ingested = self.times.now(), seconds["ingest"]
        yield from self._with_interactions(batch)

    def _with_interactions(self, batch: list[tuple[Any, Article, list[Event]]]) -> Iterator[Extraction]:
        if not batch:
            return
        t = self.times.now()
        found = find_interactions_in([(doc, article) for doc, article, _ in batch], lexicon=self.res.interactions,
                                     actors=self.res.actors, parser=self.res.parser)
        self.times.add("interactions", t)
        for (_, article, events), its in zip(batch, found):
            yield Extraction(article, tuple(events), tuple(its))

    def geoparse(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Toponym]]]:
        """Every place name of each article: here the NER reads all sentences, not only cue ones."""
        with full_ner(self.res.nlp):
            for doc, article in self._docs(articles):
                yield article, find_toponyms(doc, article, gazetteer=self.res.gazetteer)


def dedupe(items: Iterable[Article | Reject], summary: RunSummary,
            on_reject: Callable[[Reject], None]) -> Iterator[Article]:
    seen: set[str] = set()
    for item in items:
        if isinstance(item, Reject):
            summary.rejects.append(item)
            on_reject(item)
            continue
        if item.content_hash in seen:  # the same text twice in one run is processed once
            summary.duplicates += 1
            continue
        seen.add(item.content_hash)
        yield item


def write_rejects(rejects: Iterable[Reject], path: Path) -> None:
    try:
        with path.open("a", encoding="utf-8") as fh:
            for r in rejects:
                fh.write(json.dumps({"path": r.path, "line": r.line, "code": r.code, "reason": r.reason}) + "\n")
    except OSError as exc:
        raise SitrepError(f"cannot write the rejects file ({exc.strerror or exc}) — the events are stored, the "
                          "rejects are in the database; free disk space or set SITREP_REJECTS to a writable file",
                          path=str(path)) from None


def run(inputs: Iterable[str], *, settings: Settings | None = None, out: IO[str] | None = None,
        published: date | None = None, store_url: str | None = None,
        on_reject: Callable[[Reject], None] = lambda r: None,
        on_article: Callable[[Article, list[Event]], None] = lambda a, e: None,
        pipeline: Pipeline | None = None, interactions: IO[str] | None = None) -> RunSummary:
    """Read inputs, extract events, store them and write them as JSON Lines to `out`.
    `interactions`: also find who did what to whom and write it there, one interaction a line.

    `out` gets each article's records as extracted; with `settings.resolve` the store merges
    records of one incident from different articles (`sitrep export` writes the merged events).
    `pipeline`: one already loaded (bench and workers load it once and time it apart); its stage
    times restart for this run.
    """
    from sitrep.store import open_store

    settings = settings or Settings.from_env()
    summary = RunSummary()
    with open_store(store_url or settings.db) as store:  # first: a bad --db fails before the model loads
        pipeline = pipeline or Pipeline.load(settings)
        pipeline.times = summary.times
        articles = dedupe(read_inputs(inputs, published=published, settings=settings), summary, on_reject)
        resolver = StoreResolver(store) if settings.resolve else None
        found_all = pipeline.extract(articles) if interactions is not None else (
            Extraction(a, tuple(e)) for a, e in pipeline.process(articles))
        for found in found_all:
            article, events = found.article, list(found.events)
            t = summary.times.now()
            fresh = resolver.unseen(events) if resolver is not None else []
            store.save_article(article, events)
            t = summary.times.add("store", t)
            if resolver is not None and fresh:
                summary.merged += len(resolver.resolve(article, fresh))
                summary.times.add("resolve", t)
            summary.articles += 1
            summary.events += len(events)
            if out is not None:
                for ev in events:
                    out.write(json.dumps(ev.to_dict(), ensure_ascii=False) + "\n")
            if interactions is not None:
                for i in found.interactions:
                    interactions.write(json.dumps(i.to_dict(), ensure_ascii=False) + "\n")
            on_article(article, events)
        store.save_rejects(summary.rejects)
    if summary.rejects:
        write_rejects(summary.rejects, Path(settings.rejects))
    if summary.articles == 0 and summary.rejects:
        raise SitrepError("no input could be read — see the rejects listed above", stage="ingest")
    return summary
