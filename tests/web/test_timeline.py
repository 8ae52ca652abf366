from __future__ import annotations

from datetime import date

import pytest

from sitrep.model import Event
from sitrep.web.timeline import aggregate, bucket_start, stacked_bars_svg


def _ev(day: date | None, kind: str = "Battles", deaths: int | None = 1) -> Event:
    return Event(event_id=f"{day}-{kind}", article_id="a", event_type=kind,
                 sub_event_type="Armed clash", disorder_type="Political violence",
                 event_date=day, fatalities=deaths)


@pytest.mark.parametrize("by,day,start", [
    ("day", date(2026, 2, 5), date(2026, 2, 5)),
    ("week", date(2026, 2, 5), date(2026, 2, 2)),  # a Thursday; ISO weeks start on Monday
    ("week", date(2026, 2, 2), date(2026, 2, 2)),
    ("month", date(2026, 2, 28), date(2026, 2, 1)),
])
def test_timeline_bucket_start(by: str, day: date, start: date) -> None:
    assert bucket_start(day, by) == start  # type: ignore[arg-type]


def test_timeline_aggregate_fills_empty_buckets_and_counts_by_type() -> None:
    data = aggregate([_ev(date(2026, 1, 1)), _ev(date(2026, 1, 3), "Protests", None),
                      _ev(date(2026, 1, 3), deaths=5), _ev(None)], "day")
    assert [b["start"] for b in data["buckets"]] == ["2026-01-01", "2026-01-02", "2026-01-03"]
    assert data["buckets"][1]["events"] == {}
    assert data["buckets"][2]["events"] == {"Protests": 1, "Battles": 1}
    assert data["buckets"][2]["fatalities"] == {"Protests": 0, "Battles": 5}
    assert data["types"] == ["Battles", "Protests"]
    assert (data["undated"], data["total_events"], data["total_fatalities"]) == (1, 3, 6)


def test_timeline_month_buckets_cross_year_end() -> None:
    data = aggregate([_ev(date(2025, 11, 30)), _ev(date(2026, 1, 2))], "month")
    assert [b["start"] for b in data["buckets"]] == ["2025-11-01", "2025-12-01", "2026-01-01"]


def test_timeline_svg_escapes_type_names_and_draws_bars() -> None:
    data = aggregate([_ev(date(2026, 1, 1), "<script>x</script>", 2)], "day")
    svg = str(stacked_bars_svg(data, "fatalities", "Deaths <per> day"))
    assert "<script>" not in svg and "&lt;script&gt;" in svg and "Deaths &lt;per&gt; day" in svg
    assert svg.count("<rect") == 1


def test_timeline_svg_without_events_says_so() -> None:
    assert "no dated events" in str(stacked_bars_svg(aggregate([], "week"), "events", "Events"))
