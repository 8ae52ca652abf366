from __future__ import annotations

from datetime import date

import pytest

from sitrep.model import Claim, Event


def make_event(eid: str, *, article: str, day: date, lat: float = 30.18, lon: float = 66.99,
               sub: str = "Armed clash", etype: str = "Battles", precision: int = 1,
               geo: int = 1, admin1: str = "Balochistan", actor1: str | None = "Military Forces of Pakistan",
               actor2: str | None = "BLA: Baloch Liberation Army", killed: int | None = None,
               side: str = "b", source: str | None = None, end: date | None = None) -> Event:
    claims = ()
    if killed is not None:
        claims = (Claim(quantity="killed", value=killed, low=killed, high=killed, about="militants",
                        side=side, source=source, start=0, end=2, sentence_start=0, sentence_end=10,
                        article_id=article),)
    return Event(event_id=eid, article_id=article, event_type=etype, sub_event_type=sub,
                 disorder_type="Political violence", event_date=day, date_start=day, date_end=end or day,
                 time_precision=precision, country="Pakistan", iso3="PAK", admin1=admin1,
                 location="Quetta", latitude=lat, longitude=lon, geo_precision=geo,
                 actor1=actor1, actor2=actor2, claims=claims, sources=(source,) if source else (),
                 article_ids=(article,), fatalities=killed, fatalities_low=killed,
                 fatalities_best=killed, fatalities_high=killed)


@pytest.fixture
def ev():
    return make_event
