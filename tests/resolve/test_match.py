from __future__ import annotations

from datetime import date

import pytest

from sitrep.resolve.match import MatchConfig, haversine_km, match

D = date(2026, 2, 3)


@pytest.fixture(scope="module")
def cfg() -> MatchConfig:
    return MatchConfig.load()


def test_match_haversine_known_distance():
    # Quetta to Karachi is about 560-570 km as the crow flies
    assert 540 < haversine_km(30.18, 66.99, 24.86, 67.01) < 600


def test_match_same_incident_merges_with_reasons(ev, cfg):
    r = match(ev("a", article="x", day=D), ev("b", article="y", day=D, lat=30.2, lon=67.0), cfg)
    assert r.verdict == "merge"
    assert any("same sub-event type" in reason for reason in r.reasons)


@pytest.mark.parametrize("kwargs, why", [
    ({"day": date(2026, 2, 9)}, "days apart"),                       # same town, another day
    ({"day": D, "lat": 34.01, "lon": 71.58, "admin1": "Khyber Pakhtunkhwa"}, "km apart"),  # same day, Peshawar
    ({"day": D, "etype": "Protests", "sub": "Peaceful protest", "actor1": "Protesters (Pakistan)",
      "actor2": None}, "incompatible types"),                        # the protest that followed
])
def test_match_near_misses_stay_distinct(ev, cfg, kwargs, why):
    r = match(ev("a", article="x", day=D), ev("b", article="y", **kwargs), cfg)
    assert r.verdict == "distinct"
    assert any(why in reason for reason in r.reasons)


def test_match_one_day_off_needs_shared_named_actor(ev, cfg):
    a = ev("a", article="x", day=D)
    shared = ev("b", article="y", day=date(2026, 2, 4))
    unnamed = ev("c", article="z", day=date(2026, 2, 4), actor1=None, actor2=None)
    assert match(a, shared, cfg).verdict == "merge"
    assert match(a, unnamed, cfg).verdict == "distinct"


def test_match_province_level_requires_same_admin1(ev, cfg):
    a = ev("a", article="x", day=D, geo=3)
    b = ev("b", article="y", day=D, geo=3, lat=31.0, lon=68.5, admin1="Punjab")
    assert match(a, b, cfg).verdict == "distinct"


def test_match_protests_on_consecutive_days_are_two_events(ev, cfg):
    day1 = ev("a", article="x", day=D, etype="Protests", sub="Peaceful protest",
              actor1="Protesters (Pakistan)", actor2=None)
    day2 = ev("b", article="y", day=date(2026, 2, 4), etype="Protests", sub="Peaceful protest",
              actor1="Protesters (Pakistan)", actor2=None)
    r = match(day1, day2, cfg, text=lambda _a, _b: 1.0)
    assert r.verdict == "distinct" and any("its own event" in x for x in r.reasons)
    assert match(day1, ev("c", article="z", day=D, etype="Protests", sub="Peaceful protest",
                          actor1="Protesters (Pakistan)", actor2=None), cfg).verdict == "merge"


def test_a_branch_and_its_parent_are_the_same_actor() -> None:
    from sitrep.resolve.match import _same_actor

    assert _same_actor("Islamic State", "ISKP: Islamic State Khorasan Province")
    # ACLED names Islamic State by the country it acts in; the branch is still its branch
    assert _same_actor("Islamic State (Afghanistan)", "ISKP: Islamic State Khorasan Province")
    assert not _same_actor("Taliban", "TTP: Tehreek-i-Taliban Pakistan")
    assert not _same_actor("BLA: Baloch Liberation Army", "BLF: Baloch Liberation Front")
