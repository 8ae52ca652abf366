"""Hand-built articles and events for the store tests (text written for these tests)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sitrep.model import Article, Claim, Event, Evidence

TEXT_A = ("Quetta: Gunmen attacked a police checkpoint near Turbat on Monday, killing four "
          "constables, officials said. The Balochistan Liberation Army claimed the attack.")
TEXT_B = ("Peshawar: Hundreds of traders marched in Peshawar on Friday against new taxes; "
          "the protest ended peacefully.")


def article_a() -> Article:
    return Article(id="art-a", text=TEXT_A, title="Checkpoint attacked", url="https://example.org/a",
                   publisher="Example Daily", published=date(2026, 2, 3), dateline="Quetta",
                   language="en", source_path="in.jsonl", source_line=1)


def article_b() -> Article:
    return Article(id="art-b", text=TEXT_B, published=date(2026, 2, 7), dateline="Peshawar")


def event_attack(**overrides: object) -> Event:
    claim = Claim(quantity="killed", value=4, low=4, high=4, about="constables", side="a",
                  source="officials", start=71, end=75, sentence_start=0, sentence_end=103,
                  qualifier=None, implausible=False, article_id="art-a")
    base = Event(
        event_id="ev-attack", article_id="art-a", event_type="Battles",
        sub_event_type="Armed clash", disorder_type="Political violence",
        event_date=date(2026, 2, 2), date_start=date(2026, 2, 2), date_end=date(2026, 2, 2),
        time_precision=1, actor1="Balochistan Liberation Army", inter1=2,
        actor2="Police Forces of Pakistan (2024-)", inter2=1, interaction=12,
        country="Pakistan", iso3="PAK", admin1="Balochistan", admin2="Kech", location="Turbat",
        latitude=26.0023, longitude=63.0440, geo_precision=1, fatalities=4, fatalities_low=4,
        fatalities_best=4, fatalities_high=4, deaths_a=4, deaths_b=None, deaths_civilians=0,
        deaths_unknown=None, injuries=None, claimed_by=("Balochistan Liberation Army",),
        claims=(claim,), sources=("officials", "Example Daily"),
        notes="Gunmen attacked a police checkpoint near Turbat; four constables killed.",
        evidence=(Evidence("fatalities", 71, 75, "art-a"), Evidence("location", 50, 56, "art-a")),
        confidence=0.83, article_ids=("art-a",),
    )
    return base if not overrides else replace(base, **overrides)  # type: ignore[arg-type]


def event_protest(**overrides: object) -> Event:
    base = Event(
        event_id="ev-protest", article_id="art-b", event_type="Protests",
        sub_event_type="Peaceful protest", disorder_type="Demonstrations",
        event_date=date(2026, 2, 6), time_precision=1, actor1="Protesters (Pakistan)", inter1=6,
        interaction=60, country="Pakistan", iso3="PAK", admin1="Khyber Pakhtunkhwa",
        location="Peshawar", latitude=34.008, longitude=71.578, geo_precision=1, fatalities=0,
        notes="Traders marched against new taxes.", sources=("Example Daily",),
    )
    return base if not overrides else replace(base, **overrides)  # type: ignore[arg-type]


def article_n(n: int) -> Article:
    """Further short reports of the Turbat attack (text written for these tests)."""
    return Article(id=f"art-{n}", text=f"Report {n}: the checkpoint attack near Turbat left police dead.",
                   publisher=f"Outlet {n}", published=date(2026, 2, 3))


def report(n: int, killed: int, **overrides: object) -> Event:
    """Article n's record of the Turbat attack: its own id, article, figure and source."""
    art = f"art-{n}"
    claim = Claim(quantity="killed", value=killed, low=killed, high=killed, about="police",
                  side="a", source=f"Outlet {n}", start=0, end=6, sentence_start=0,
                  sentence_end=40, article_id=art)
    fields: dict[str, object] = dict(
        event_id=f"ev-{n}", article_id=art, article_ids=(art,), claims=(claim,),
        sources=(f"Outlet {n}",), fatalities=killed, fatalities_low=killed, fatalities_best=killed,
        fatalities_high=killed, deaths_a=killed, evidence=(Evidence("fatalities", 0, 6, art),))
    return event_attack(**{**fields, **overrides})
