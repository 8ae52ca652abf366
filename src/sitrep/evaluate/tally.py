"""Turn scored rows (gold beside what sitrep found) into the figures of one data set.

Events: each row's FIRST (most salient) event is compared with the gold. Where no event was found,
type labels read "none" and casualty counts read 0 (ACLED and GTD code "none reported" as 0).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from sitrep.evaluate import metrics as m
from sitrep.evaluate.gold import GoldDoc, GoldEvent
from sitrep.evaluate.normalise import NONE, Names, TypeTable
from sitrep.model import Event, Interaction, Toponym

WORST = 8  # worst errors kept per kind and data set


@dataclass(frozen=True, slots=True)
class EventOutcome:
    gold: GoldEvent
    event: Event | None  # our most salient event; None: none found
    n_events: int
    interactions: tuple[Interaction, ...] = ()  # who did what to whom, event or not


@dataclass(frozen=True, slots=True)
class DocOutcome:
    gold: GoldDoc
    found: tuple[Toponym, ...]


@dataclass(frozen=True, slots=True)
class Figure:
    key: str
    label: str
    value: float | None  # None: nothing to score in this set
    n: int  # rows (or spans) it is computed over
    unit: Literal["share", "km", "count"] = "share"


@dataclass(frozen=True, slots=True)
class Miss:
    """One error worth reading: the row, the field, gold and ours, and how far off."""

    row_id: str
    what: str
    gold: str
    got: str
    size: float
    text: str


@dataclass(frozen=True, slots=True)
class DatasetScore:
    name: str
    kind: Literal["events", "toponyms"]
    rows: int
    figures: tuple[Figure, ...]  # the same keys in the same order for every set of a kind
    type_pairs: tuple[m.Pair, ...] = ()
    sub_pairs: tuple[m.Pair, ...] = ()
    distances: tuple[float, ...] = ()
    misses: tuple[Miss, ...] = field(default=())

    def figure(self, key: str) -> Figure | None:
        return next((f for f in self.figures if f.key == key), None)


def expectation(g: GoldEvent, types: TypeTable) -> tuple[bool | None, tuple[str, ...] | None]:
    """(an event is expected, the event types accepted); None where the gold does not say."""
    if g.event_type is not None:
        return True, types.event_types(g.event_type)
    if g.typed:  # coded, and coded as out of taxonomy (CASE 2021)
        return False, ()
    if g.plover_event is not None:
        accepted = types.plover_types(g.plover_event)
        return (None, None) if accepted is None else (bool(accepted), accepted)
    return True, None  # an event set without type coding (GTD): every row is an attack


def type_pair(accepted: tuple[str, ...], event: Event | None) -> m.Pair:
    """Gold label is the accepted type we predicted when there is one (a set like Protests|Riots)."""
    got = event.event_type if event else NONE
    if not accepted:
        return NONE, got
    return (got if got in accepted else accepted[0]), got


def sub_pair(g: GoldEvent, event: Event | None) -> m.Pair | None:
    gold = g.sub_event_type or (NONE if g.typed and g.event_type is None else None)
    return None if gold is None else (gold, event.sub_event_type if event else NONE)


def score_events(name: str, outs: Sequence[EventOutcome], names: Names, types: TypeTable) -> DatasetScore:
    expected = [(o, *expectation(o.gold, types)) for o in outs]
    type_pairs = [type_pair(acc, o.event) for o, _, acc in expected if acc is not None]
    sub_pairs = [p for o in outs if (p := sub_pair(o.gold, o.event)) is not None]
    distances = [d for o in outs if (d := _distance(o)) is not None]
    figures = [
        Figure("detection", "event detected (rows with a gold event)",
               m.share(o.n_events > 0 for o, want, _ in expected if want is True),
               sum(want is True for _, want, _ in expected)),
        Figure("no_event", "no event (rows coded as no event)",
               m.share(o.n_events == 0 for o, want, _ in expected if want is False),
               sum(want is False for _, want, _ in expected)),
        *_label_figures("type", "event type", type_pairs, weighted=False),
        *_label_figures("sub", "sub-event type", sub_pairs, weighted=True),
        *_count_figures(outs, "fatalities"), *_count_figures(outs, "injuries"),
        *_place_figures(outs, names, distances), *_date_figures(outs), *_actor_figures(outs, names),
        *_actor_span_figures(outs),
    ]
    return DatasetScore(name, "events", len(outs), tuple(figures),
                        tuple(type_pairs), tuple(sub_pairs), tuple(distances), _event_misses(outs, types))


def _label_figures(key: str, label: str, pairs: Sequence[m.Pair], *, weighted: bool) -> list[Figure]:
    n = len(pairs)
    out = [Figure(f"{key}_accuracy", f"{label} accuracy", m.accuracy(pairs), n),
           Figure(f"{key}_macro_f1", f"{label} macro-F1", m.macro_f1(pairs), n)]
    if weighted:
        out.append(Figure(f"{key}_weighted_f1", f"{label} weighted F1", m.weighted_f1(pairs), n))
    return out


def _got_count(o: EventOutcome, key: str) -> int:
    value = getattr(o.event, key) if o.event else None
    return value or 0


def _count_figures(outs: Sequence[EventOutcome], key: str) -> list[Figure]:
    pairs = [(want, _got_count(o, key)) for o in outs if (want := getattr(o.gold, key)) is not None]
    return [Figure(f"{key}_exact", f"{key} exact", m.exact_match(pairs), len(pairs)),
            Figure(f"{key}_mae", f"{key} mean abs. error", m.mae(pairs), len(pairs), "count")]


def _distance(o: EventOutcome) -> float | None:
    g, e = o.gold, o.event
    if g.latitude is None or g.longitude is None or e is None or e.latitude is None or e.longitude is None:
        return None
    return m.haversine_km(g.latitude, g.longitude, e.latitude, e.longitude)


def _place_figures(outs: Sequence[EventOutcome], names: Names, distances: Sequence[float]) -> list[Figure]:
    found = [o for o in outs if o.event is not None]
    country = [names.same_country(o.gold.country, o.event.country) for o in found if o.gold.country]
    admin1 = [names.same_admin1(o.gold.admin1, o.event.admin1, o.gold.country)
              for o in found if o.gold.admin1]
    with_point = [o for o in found if o.gold.latitude is not None]
    precision = [o.gold.geo_precision == o.event.geo_precision for o in found if o.gold.geo_precision]
    return [Figure("country", "country agrees (detected events)", m.share(country), len(country)),
            Figure("admin1", "admin1 agrees (detected events)", m.share(admin1), len(admin1)),
            Figure("located", "event placed on the map (detected, gold has a point)",
                   m.share(o.event.latitude is not None for o in with_point if o.event), len(with_point)),
            Figure("within_25km", "within 25 km of gold point", m.share_within(distances, 25), len(distances)),
            Figure("within_161km", "within 161 km of gold point", m.share_within(distances, 161), len(distances)),
            Figure("median_km", "median distance to gold point", m.median(distances), len(distances), "km"),
            Figure("geo_precision", "geo_precision agrees (ACLED 1-3)", m.share(precision), len(precision))]


_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def year_knowable(g: GoldEvent) -> bool:
    """Whether the input fixes the year at all: a publication date or a year written in the text.
    ACLED notes without either ("On 5 March, ...") cannot be dated to the day by anyone."""
    return g.published is not None or _YEAR.search(g.text) is not None


def _date_figures(outs: Sequence[EventOutcome]) -> list[Figure]:
    dated = [o for o in outs if o.event is not None and o.gold.event_date is not None]
    gaps = [abs((o.event.event_date - o.gold.event_date).days) if o.event.event_date else None  # type: ignore[union-attr]
            for o in dated]
    knowable = [d for o, d in zip(dated, gaps, strict=True) if year_knowable(o.gold)]
    return [Figure("date_exact", "event date exact (detected events)", m.share(d == 0 for d in gaps), len(gaps)),
            Figure("date_1day", "event date within one day", m.share(d is not None and d <= 1 for d in gaps),
                   len(gaps)),
            Figure("date_exact_knowable", "event date exact, where a year is given (text or publication date)",
                   m.share(d == 0 for d in knowable), len(knowable))]


def _pair(names: Names, first: str | None, second: str | None) -> frozenset[str]:
    return frozenset(k for k in (names.actor(first), names.actor(second)) if k)


def _actor_figures(outs: Sequence[EventOutcome], names: Names) -> list[Figure]:
    """ACLED's codebook says actor1 and actor2 imply no direction (attacker or defender), so the
    order-free figures are the ones that judge who took part; actor1 alone also scores the order."""
    found = [o for o in outs if o.event is not None]
    first = [names.actor(o.gold.actor1) == names.actor(o.event.actor1) for o in found if o.gold.actor1]
    either = [names.actor(o.gold.actor1) in (names.actor(o.event.actor1), names.actor(o.event.actor2))
              for o in found if o.gold.actor1]
    both = [_pair(names, o.gold.actor1, o.gold.actor2) == _pair(names, o.event.actor1, o.event.actor2)
            for o in found if o.gold.actor1]
    perp = [names.actor(o.gold.perpetrator) in (names.actor(o.event.actor1, without_country=True),
                                                names.actor(o.event.actor2, without_country=True))
            for o in found if o.gold.perpetrator]
    return [Figure("actor1", "actor1 agrees with ACLED actor1", m.share(first), len(first)),
            Figure("actor1_either", "ACLED actor1 is our actor1 or actor2", m.share(either), len(either)),
            Figure("actors_any_order", "ACLED actor1 and actor2 are ours, in either order", m.share(both),
                   len(both)),
            Figure("perpetrator", "GTD perpetrator is our actor1 or actor2", m.share(perp), len(perp))]


_ROLES = {"actor1": "source", "assoc_actor_1": "source", "actor2": "target", "assoc_actor_2": "target"}
Role = Literal["source", "target"]


def _gold_actor_spans(g: GoldEvent) -> list[tuple[m.Span, Role]]:
    """Gold actors are strings; their first place in the text (case-blind) is their span."""
    spans: list[tuple[m.Span, Role]] = []
    for role, actors in (("source", g.source_actors), ("target", g.target_actors)):
        for actor in actors:
            hit = re.search(re.escape(actor), g.text, flags=re.IGNORECASE)
            if hit and all(hit.span() != s for s, _ in spans):
                spans.append((hit.span(), role))  # type: ignore[arg-type]
    return spans


def _predicted_actor_spans(o: EventOutcome) -> list[tuple[m.Span, Role]]:
    """The actor mentions we found: the interactions' sources and targets, then the event's actor
    evidence in sentences without an interaction (where there is one, it is the reading of who did
    what to whom there). An actor the text only implies ("Unidentified Armed Group") has the
    trigger as evidence: that is no mention of it."""
    out: list[tuple[m.Span, Role]] = [((x.start, x.end), "source") for i in o.interactions for x in i.source]
    out += [((x.start, x.end), "target") for i in o.interactions for x in i.target]
    evidence = o.event.evidence if o.event else ()
    triggers = {(ev.start, ev.end) for ev in evidence if ev.field == "event_type"}
    for ev in evidence:
        span = (ev.start, ev.end)
        read = any(i.sentence_start <= ev.start and ev.end <= i.sentence_end for i in o.interactions)
        if ev.field in _ROLES and span not in triggers and not read:
            out.append((span, _ROLES[ev.field]))  # type: ignore[arg-type]
    return out


def _actor_span_figures(outs: Sequence[EventOutcome]) -> list[Figure]:
    tp = n_pred = n_gold = 0
    every: list[bool] = []
    in_role: list[bool] = []
    for o in outs:
        gold = _gold_actor_spans(o.gold)
        if not gold:
            continue
        pred = _predicted_actor_spans(o)
        hits = len(m.match_spans([s for s, _ in pred], [s for s, _ in gold]))
        tp, n_pred, n_gold = tp + hits, n_pred + len(pred), n_gold + len(gold)
        every.append(hits == len(gold))
        in_role.append(all(len(m.match_spans([s for s, r in pred if r == role], want)) == len(want)
                           for role in ("source", "target") for want in [[s for s, r in gold if r == role]]))
    s = m.prf(tp, n_pred, n_gold)
    return [*(Figure(f"actor_span_{k}", f"actor span {k} (overlap)", v if n_gold else None, n_gold)
              for k, v in (("precision", s.precision), ("recall", s.recall), ("f1", s.f1))),
            Figure("actor_span_all", "sentences with every gold actor found (overlap)", m.share(every), len(every)),
            Figure("actor_role_all", "sentences with every gold actor found in its role (source/target)", m.share(in_role), len(in_role))]


def _worst(items: list[Miss]) -> list[Miss]:
    return sorted(items, key=lambda x: -x.size)[:WORST]


def _event_misses(outs: Sequence[EventOutcome], types: TypeTable) -> tuple[Miss, ...]:
    kinds: dict[str, list[Miss]] = {"type": [], "fatalities": [], "place": []}
    for o in outs:
        g, e = o.gold, o.event
        _, accepted = expectation(g, types)
        if accepted is not None and (pair := type_pair(accepted, e))[0] != pair[1]:
            kinds["type"].append(Miss(g.id, "event type", pair[0], pair[1], 1.0, g.text))
        if g.fatalities is not None and (got := _got_count(o, "fatalities")) != g.fatalities:
            kinds["fatalities"].append(Miss(g.id, "fatalities", str(g.fatalities), str(got),
                                            abs(got - g.fatalities), g.text))
        if (d := _distance(o)) is not None and d > 25:
            kinds["place"].append(Miss(g.id, "place", f"{g.location}, {g.admin1}",
                                       f"{e.location}, {e.admin1}" if e else "-", round(d), g.text))
    return tuple(x for items in kinds.values() for x in _worst(items))


def score_docs(name: str, outs: Sequence[DocOutcome], names: Names) -> DatasetScore:
    tp = n_pred = n_gold = 0
    distances: list[float] = []
    admin1: list[bool] = []
    country: list[bool] = []
    misses: dict[str, list[Miss]] = {"far": [], "missed": []}
    for o in outs:
        gold = [(t.start, t.end) for t in o.gold.toponyms]
        matched = m.match_spans([(t.start, t.end) for t in o.found], gold)
        tp, n_pred, n_gold = tp + len(matched), n_pred + len(o.found), n_gold + len(gold)
        hit = {gi for gi, _ in matched}
        misses["missed"] += [Miss(o.gold.id, "not recognised", t.text, "-", 0.0, o.gold.text)
                             for i, t in enumerate(o.gold.toponyms) if i not in hit]
        for gi, pi in matched:
            g, place = o.gold.toponyms[gi], o.found[pi].place
            if place is None:
                continue
            d = m.haversine_km(g.latitude, g.longitude, place.latitude, place.longitude)
            distances.append(d)
            if d > 161:
                misses["far"].append(Miss(o.gold.id, "resolved far", g.text,
                                          f"{place.name}, {place.admin1}, {place.country}", round(d), o.gold.text))
            if g.admin1 and place.level != "country":  # a country reading has no admin1 to compare
                admin1.append(names.same_admin1(g.admin1, place.admin1, g.country))
            if g.country:
                country.append(names.same_country(g.country, place.country))
    return DatasetScore(name, "toponyms", len(outs), _doc_figures(tp, n_pred, n_gold, distances, admin1, country),
                        distances=tuple(distances),
                        misses=tuple(_worst(misses["far"]) + misses["missed"][:WORST]))


def _doc_figures(tp: int, n_pred: int, n_gold: int, distances: list[float], admin1: list[bool],
                 country: list[bool]) -> tuple[Figure, ...]:
    s = m.prf(tp, n_pred, n_gold)
    figures = [Figure("precision", "recognition precision (overlap)", s.precision if n_pred else None, n_pred),
               Figure("recall", "recognition recall (overlap)", s.recall, n_gold),
               Figure("f1", "recognition F1", s.f1, n_gold),
               Figure("resolved", "recognised toponyms resolved", len(distances) / tp if tp else None, tp),
               Figure("acc161", "acc@161 km (resolved)", m.share_within(distances, 161), len(distances)),
               Figure("median_km", "median error (resolved)", m.median(distances), len(distances), "km"),
               Figure("admin1", "admin1 agrees (resolved below country level)", m.share(admin1), len(admin1)),
               Figure("country", "country agrees (resolved, gold has country)", m.share(country), len(country))]
    return tuple(figures)

