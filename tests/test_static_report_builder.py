"""The static report: bars per day, points only for placed events, assets beside the page."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sitrep.model import Event
from sitrep.report import fatalities_by_day, map_points, timeline_svg, write_report


def _event(eid: str, **kw: object) -> Event:
    base = dict(event_id=eid, article_id="a1", event_type="Battles", sub_event_type="Armed clash",
                disorder_type="Political violence")
    return Event(**{**base, **kw})  # type: ignore[arg-type]


EVENTS = [_event("e1", event_date=date(2026, 3, 2), fatalities=4, latitude=30.2, longitude=67.0),
          _event("e2", event_date=date(2026, 3, 1), fatalities=None, event_type="Protests"),
          _event("e3", event_date=date(2026, 3, 2), fatalities=2, event_type="Riots"),
          _event("e4")]


def test_fatalities_by_day_orders_days_and_splits_types() -> None:
    assert fatalities_by_day(EVENTS) == [(date(2026, 3, 1), {"Protests": 0}),
                                         (date(2026, 3, 2), {"Battles": 4, "Riots": 2})]


def test_only_placed_events_are_drawn() -> None:
    assert [p["id"] for p in map_points(EVENTS)] == ["e1"]


def test_timeline_has_a_bar_per_type_and_day() -> None:
    svg = timeline_svg(EVENTS)
    assert svg.count("<rect") == 3 and "2026-03-02 Riots: 2" in svg
    assert timeline_svg([_event("x")]) == "<p>No dated events.</p>"


def test_report_escapes_article_text_and_copies_assets(tmp_path: Path) -> None:
    evil = _event("e9", actor1="<script>alert(1)</script>", location="</script><b>x",
                  latitude=1.0, longitude=2.0)
    path = write_report([evil], tmp_path)
    html = path.read_text(encoding="utf-8")
    assert "<script>alert(1)" not in html and "&lt;script&gt;alert(1)" in html
    assert "</script><b>x" not in html  # inside the JSON island too
    for name in ("leaflet.js", "leaflet.css", "topojson-client.min.js", "boundaries.js"):
        assert (tmp_path / "assets" / name).stat().st_size > 1000
