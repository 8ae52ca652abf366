"""The reference article's expected coding (../shared/examples/*.expected.md), point by point."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from sitrep.ingest import read_inputs
from sitrep.model import Article

REF = Path(__file__).resolve().parents[2] / "shared" / "examples" / "balochistan-2026-02-04.txt"

pytestmark = [pytest.mark.model,
              pytest.mark.skipif(not REF.exists(), reason="the shared reference article is not beside the repo")]


@pytest.fixture(scope="module")
def events(pipeline):
    articles = [a for a in read_inputs([str(REF)]) if isinstance(a, Article)]
    assert len(articles) == 1 and articles[0].published == date(2026, 2, 4)
    return [e for _, evs in pipeline.process(articles) for e in evs]


def _main(events):
    battles = [e for e in events if e.event_type == "Battles"]
    assert battles, [(e.event_type, e.sub_event_type) for e in events]
    return battles[0]


def test_reference_first_event_is_the_balochistan_battle(events):
    ev = events[0]
    assert (ev.event_type, ev.sub_event_type) == ("Battles", "Armed clash")
    assert (ev.country, ev.admin1, ev.geo_precision) == ("Pakistan", "Balochistan", 3)


def test_reference_battle_fatalities_by_source(events):
    ev = _main(events)
    assert (ev.fatalities_low, ev.fatalities_high, ev.fatalities) == (199, 219, 199)
    assert ev.deaths_a == 22
    assert ev.deaths_b in (177, 197)
    sources = {c.source for c in ev.claims if c.quantity == "killed"}
    assert "state media" in sources
    assert any(s and "Express Tribune" in s for s in sources)
    values = {c.value for c in ev.claims if c.quantity == "killed"}
    assert {197, 177, 22} <= values


def test_reference_battle_dates_are_a_range(events):
    ev = _main(events)
    assert ev.time_precision == 2
    assert ev.date_end == date(2026, 2, 3)
    assert ev.date_start == date(2026, 2, 1)


def test_reference_battle_actors_and_claim(events):
    ev = _main(events)
    actors = {ev.actor1, ev.actor2}
    assert any(a and a.startswith("Military Forces of Pakistan") for a in actors)
    assert any(a and "BLA" in a or a and "Baloch" in a for a in actors)
    assert any("BLA" in g for g in ev.claimed_by)


def test_reference_no_historical_or_trend_events(events):
    for ev in events:
        assert ev.event_date is None or ev.event_date.year >= 2026
    assert not any(e.event_type == "Strategic developments" and "disappear" in (e.notes or "") for e in events)


def test_reference_chaman_protest_is_not_precisely_dated(events):
    protests = [e for e in events if e.event_type == "Protests"]
    for p in protests:
        assert p.location == "Chaman"
        assert p.time_precision != 1  # undated here: never presented as an exact day


def test_reference_every_event_has_evidence_inside_the_text(events):
    text_len = len(REF.read_text(encoding="utf-8"))
    for ev in events:
        assert ev.evidence
        for e in ev.evidence:
            assert 0 <= e.start < e.end <= text_len
