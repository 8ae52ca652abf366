from __future__ import annotations

from datetime import date

from sitrep.resolve.merge import Resolver, resolve_events

D = date(2026, 2, 3)


def test_merge_keeps_all_sources_and_recomputes_figures(ev):
    a = ev("a", article="x", day=D, killed=10, source="police")
    b = ev("b", article="y", day=D, killed=14, source="state media", geo=2, lat=30.19)
    incidents, merges = resolve_events([a, b])
    assert len(incidents) == 1
    m = incidents[0]
    assert m.event_id == "a"  # the first-seen id survives
    assert m.article_ids == ("x", "y")
    assert set(m.sources) == {"police", "state media"}
    assert len(m.claims) == 2
    assert (m.fatalities_low, m.fatalities_high) == (10, 14)
    assert m.fatalities == 10  # ACLED: the lowest of conflicting reports
    assert merges[0].member.event_id == "b" and merges[0].reasons


def test_merge_takes_finest_precision(ev):
    coarse = ev("a", article="x", day=D, geo=3, precision=2, end=date(2026, 2, 5))
    fine = ev("b", article="y", day=D, geo=1, lat=30.2)
    incidents, _ = resolve_events([coarse, fine])
    assert incidents[0].geo_precision == 1 and incidents[0].time_precision == 1
    assert incidents[0].latitude == 30.2


def test_merge_events_of_one_article_never_merge(ev):
    incidents, merges = resolve_events([ev("a", article="x", day=D), ev("b", article="x", day=D)])
    assert len(incidents) == 2 and merges == []


def test_merge_incremental_is_idempotent(ev):
    resolver = Resolver()
    a = ev("a", article="x", day=D, killed=3)
    resolver.seed([a])
    merged = resolver.add(ev("b", article="y", day=D, killed=4))
    again = Resolver()
    again.seed([merged], members={"b": "a"})
    # the same article arriving again merges into the same incident and adds nothing new
    twice = again.add(ev("b", article="y", day=D, killed=4))
    assert twice.event_id == "a"
    assert twice.article_ids == merged.article_ids
    assert len(twice.claims) == len(merged.claims)


def test_merge_same_source_in_two_articles_conflicts_not_adds(ev):
    # both articles give the toll on their own authority (source None): two reports of the same dead
    a = ev("a", article="x", day=D, killed=10)
    b = ev("b", article="y", day=D, killed=14, lat=30.19)
    m = resolve_events([a, b])[0][0]
    assert (m.fatalities, m.fatalities_low, m.fatalities_best, m.fatalities_high) == (10, 10, 10, 14)


def test_merge_text_signal_carries_a_borderline_pair(ev):
    from sitrep.resolve.match import MatchConfig

    cfg = MatchConfig.load()
    a = ev("a", article="x", day=D, actor1=None, actor2=None)
    b = ev("b", article="y", day=date(2026, 2, 4), actor1=None, actor2=None)  # a day off, unnamed
    assert resolve_events([a, b], config=cfg)[1] == []
    resolver = Resolver(cfg, text=lambda _a, _b: 1.0)
    resolver.add(a)
    merged = resolver.add(b)
    assert merged.event_id == "a"
    assert "evidence wording 1.00 alike" in resolver.merges[0].reasons


def test_merge_bare_totals_conflict_with_a_breakdown_not_add(ev):
    from sitrep.model import Claim

    def claim(article: str, value: int, side: str, start: int = 0, part_of: int | None = None) -> Claim:
        return Claim(quantity="killed", value=value, low=value, high=value, about="people", side=side,
                     source=None, start=start, end=start + 2, sentence_start=0, sentence_end=50,
                     article_id=article, part_of=part_of)

    a = ev("a", article="x", day=D, killed=18, side="unknown")  # "18 killed"
    b = ev("b", article="y", day=D, lat=30.19, killed=26, side="unknown")  # "26 killed"
    c = ev("c", article="z", day=D, lat=30.19)
    # "22 people, among them six soldiers": a total with a part on the state side
    from dataclasses import replace

    c = replace(c, claims=(claim("z", 22, "unknown", 0), claim("z", 6, "a", 10, part_of=0)))
    m = resolve_events([a, b, c])[0][0]
    assert (m.fatalities, m.fatalities_low, m.fatalities_best, m.fatalities_high) == (18, 18, 18, 26)
    assert m.deaths_a == 6


def test_merge_reports_of_different_armed_sides_add_up(ev):
    a = ev("a", article="x", day=D, killed=8, side="b")  # "eight terrorists killed"
    b = ev("b", article="y", day=D, lat=30.19, killed=2, side="a")  # "two soldiers martyred"
    m = resolve_events([a, b])[0][0]
    assert (m.fatalities_low, m.fatalities_high, m.deaths_a, m.deaths_b) == (10, 10, 2, 8)
