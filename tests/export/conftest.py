"""Hand-built events for the exporter tests."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.model import Claim, Event, Evidence


def _claim(value: int, side: str, source: str | None) -> Claim:
    return Claim(quantity="killed", value=value, low=value, high=value, about="soldiers",
                 side=side, source=source, start=10, end=12, sentence_start=0, sentence_end=60,
                 qualifier="at least", implausible=False, article_id="art-1")  # type: ignore[arg-type]


@pytest.fixture
def clash() -> Event:
    return Event(
        event_id="e-clash", article_id="art-1", event_type="Battles", sub_event_type="Armed clash",
        disorder_type="Political violence", event_date=date(2026, 2, 3),
        date_start=date(2026, 2, 1), date_end=date(2026, 2, 3), time_precision=2,
        actor1="Military Forces of Pakistan (2024-)", inter1=1,
        actor2="BLA: Balochistan Liberation Army", inter2=2, interaction=12,
        country="Pakistan", iso3="PAK", admin1="Balochistan", location="Balochistan",
        latitude=28.49, longitude=65.09, geo_precision=3, fatalities=199, fatalities_low=199,
        fatalities_best=199, fatalities_high=219, deaths_a=22, deaths_b=177,
        claimed_by=("BLA: Balochistan Liberation Army",),
        claims=(_claim(22, "a", "state media"), _claim(177, "b", "The Express Tribune")),
        sources=("state media", "The Express Tribune"), notes='Clashes; "heavy" losses, says army.',
        evidence=(Evidence("fatalities", 10, 12, "art-1"), Evidence("actor1", 20, 30, "art-1")),
        confidence=0.7, article_ids=("art-1", "art-2"),
    )


@pytest.fixture
def attack_on_civilians() -> Event:
    return Event(
        event_id="e-vac", article_id="art-3", event_type="Violence against civilians",
        sub_event_type="Attack", disorder_type="Political violence", event_date=date(2026, 3, 9),
        date_start=date(2026, 3, 9), date_end=date(2026, 3, 9), time_precision=1,
        actor1="Unidentified Armed Group (Somalia)", inter1=3, actor2="Civilians (Somalia)",
        inter2=7, interaction=37, civilian_targeting="Civilian targeting", country="Somalia",
        iso3="SOM", admin1="Banadir", admin2="Mogadishu", location="Mogadishu",
        latitude=2.0371, longitude=45.3438, geo_precision=1, fatalities=3, deaths_civilians=3,
        sources=("Radio, local",),
    )


@pytest.fixture
def no_place() -> Event:
    return Event(event_id="e-noplace", article_id="art-4", event_type="Protests",
                 sub_event_type="Peaceful protest", disorder_type="Demonstrations",
                 country="Bangladesh")


@pytest.fixture
def events(clash: Event, attack_on_civilians: Event, no_place: Event) -> list[Event]:
    return [clash, attack_on_civilians, no_place]
