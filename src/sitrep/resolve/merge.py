"""Merge event records that report one incident; keep every article, source and claim.

The surviving event keeps the id of the record seen first, so ids stay stable as sources are added.
Each merge leaves a MergeRecord (score, reasons, and the member as it was) so it can be explained
and split again by a reviewer.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from sitrep.model import Claim, Event
from sitrep.resolve.block import BlockIndex
from sitrep.resolve.figures import merged_totals
from sitrep.resolve.match import MatchConfig, MatchResult, Similarity, match

PLACE_FIELDS = ("country", "iso3", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
                "geo_precision")
DATE_FIELDS = ("event_date", "date_start", "date_end", "time_precision")
ACTOR_FIELDS = ("actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction")


@dataclass(frozen=True, slots=True)
class MergeRecord:
    event_id: str  # the incident the member joined
    member: Event  # the record as extracted, kept so a reviewer can split it out again
    score: float
    reasons: tuple[str, ...]


def _union(*groups: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(x for g in groups for x in g if x))


def _claims(a: Sequence[Claim], b: Sequence[Claim]) -> tuple[Claim, ...]:
    seen = {(c.article_id, c.start, c.end, c.quantity) for c in a}
    return tuple(a) + tuple(c for c in b if (c.article_id, c.start, c.end, c.quantity) not in seen)


def _better(a: int | None, b: int | None) -> bool:
    """True when precision b is finer than a (1 is finest; None is worst)."""
    return b is not None and (a is None or b < a)


def combine(base: Event, other: Event, *, note: Callable[[Event], str] | None = None) -> Event:
    """One event from two records of the same incident; figures recomputed from all claims."""
    changes: dict[str, object] = {}
    if _better(base.geo_precision, other.geo_precision):
        changes.update({f: getattr(other, f) for f in PLACE_FIELDS})
    if _better(base.time_precision, other.time_precision):
        changes.update({f: getattr(other, f) for f in DATE_FIELDS})
    if base.actor1 is None and other.actor1 is not None:
        changes.update({f: getattr(other, f) for f in ACTOR_FIELDS})
    claims = _claims(base.claims, other.claims)
    totals = merged_totals(claims)
    merged = replace(
        base, **changes, claims=claims,
        article_ids=_union(base.article_ids or (base.article_id,), other.article_ids or (other.article_id,)),
        sources=_union(base.sources, other.sources),
        claimed_by=_union(base.claimed_by, other.claimed_by),
        evidence=tuple(dict.fromkeys(base.evidence + other.evidence)),
        confidence=max(base.confidence, other.confidence),
        fatalities=totals.fatalities, fatalities_low=totals.low, fatalities_best=totals.best,
        fatalities_high=totals.high, deaths_a=totals.deaths_a, deaths_b=totals.deaths_b,
        deaths_civilians=totals.deaths_civilians, deaths_unknown=totals.deaths_unknown,
        injuries=totals.injuries,
    )
    return replace(merged, notes=note(merged)) if note is not None else merged


class Resolver:
    """Incremental resolution: feed events one by one (or seed it with the store's events)."""

    def __init__(self, config: MatchConfig | None = None, *,
                 note: Callable[[Event], str] | None = None, text: Similarity | None = None) -> None:
        self.config = config or MatchConfig.load()
        self.note = note
        self.text = text
        self.events: dict[str, Event] = {}
        self.merges: list[MergeRecord] = []
        self._member_of: dict[str, str] = {}  # merged-in record id -> incident id
        self._index = BlockIndex()

    def seed(self, events: Iterable[Event], *, members: dict[str, str] | None = None) -> None:
        """Known incidents (already resolved, e.g. from the store) and which records they absorbed."""
        for ev in events:
            self.events[ev.event_id] = ev
            self._index.add(ev)
        self._member_of.update(members or {})

    def best_match(self, event: Event) -> tuple[Event, MatchResult] | None:
        best: tuple[Event, MatchResult] | None = None
        own = set(event.article_ids or (event.article_id,))
        for cid in sorted(self._index.candidates(event)):  # sorted: ties break the same way every run
            cand = self.events[cid]
            if own & set(cand.article_ids or (cand.article_id,)):
                continue  # one article's events were already judged distinct by the extractor
            result = match(cand, event, self.config, text=self.text)
            if result.verdict == "merge" and (best is None or result.score > best[1].score):
                best = (cand, result)
        return best

    def add(self, event: Event) -> Event:
        """Merge `event` into the best-matching incident, or keep it as a new one; returns the result.

        A record seen before (re-running the same article) returns its incident unchanged.
        """
        home = self._member_of.get(event.event_id, event.event_id)
        if home in self.events:
            return self.events[home]
        found = self.best_match(event)
        if found is None:
            self.seed([event])
            return event
        incident, result = found
        merged = combine(incident, event, note=self.note)
        self.merges.append(MergeRecord(incident.event_id, event, result.score, result.reasons))
        self._member_of[event.event_id] = incident.event_id
        self._index.remove(incident.event_id)
        self.seed([merged])
        return merged


def resolve_events(events: Iterable[Event], *, config: MatchConfig | None = None,
                   note: Callable[[Event], str] | None = None) -> tuple[list[Event], list[MergeRecord]]:
    """Batch form: the incidents (in first-seen order) and the merges that formed them."""
    resolver = Resolver(config, note=note)
    for ev in events:
        resolver.add(ev)
    return list(resolver.events.values()), resolver.merges
