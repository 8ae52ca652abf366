from __future__ import annotations

from datetime import date, datetime

import pytest

from sitrep.errors import BadDateError
from sitrep.ingest.dates import check_date, parse_date

TODAY = date(2026, 2, 5)


@pytest.mark.parametrize(("value", "expect"), [
    ("2026-02-04", date(2026, 2, 4)),
    ("2026-02-04T02:00:00+05:00", date(2026, 2, 4)),  # the local day as written, not UTC
    ("2026-02-04 23:59", date(2026, 2, 4)),
    ("Tue, 03 Feb 2026 22:00:00 -0800", date(2026, 2, 3)),
    ("Feb 3, 2026", date(2026, 2, 3)),
    ("3 February 2026", date(2026, 2, 3)),
    ("February 3rd, 2026", date(2026, 2, 3)),
    ("03/02/2026", date(2026, 2, 3)),  # ambiguous: day first
    ("12/25/2025", date(2025, 12, 25)),  # unambiguous month first
    ("2026/02/03", date(2026, 2, 3)),
    ("3rd of Feb, 2026", date(2026, 2, 3)),  # dateparser fallback
    (datetime(2026, 2, 3, 10), date(2026, 2, 3)),
    ("2026-02-30", None),
    ("yesterday", None),
    ("March", None),
    ("not a date", None),
    ("", None),
    (20260203, None),
])
def test_dates_parse(value, expect) -> None:
    assert parse_date(value) == expect


@pytest.mark.parametrize("value", ["1944-12-31", "1900-01-01", "2026-02-08", "2999-01-01", "garbage"])
def test_dates_check_rejects_absurd(value) -> None:
    with pytest.raises(BadDateError):
        check_date(value, today=TODAY)


@pytest.mark.parametrize("value", ["1945-01-01", "2026-02-07", "1971-12-16"])
def test_dates_check_accepts_plausible(value) -> None:
    assert check_date(value, today=TODAY) == date.fromisoformat(value)
