"""Publication dates from the strings feeds, CSVs and CMSs write.

A datetime keeps the calendar date as written (2026-02-04T02:00+05:00 is 2026-02-04): the article's
"on Tuesday" is relative to the publisher's local day, not to UTC.
"""

from __future__ import annotations

import email.utils
import re
from datetime import date, datetime, timedelta

from sitrep.errors import BadDateError

EARLIEST = date(1945, 1, 1)
FUTURE_SLACK = timedelta(days=2)  # time zones and feeds that post-date by a day
_ISO = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T ]\d)")
_YEAR = re.compile(r"(?<!\d)(?:1[89]|2\d)\d\d(?!\d)")
_NUMERIC = re.compile(r"\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$")
_FORMATS = ("%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%b %d %Y", "%Y/%m/%d",
            "%Y%m%d", "%d-%b-%Y", "%a, %d %b %Y", "%A, %B %d, %Y")


def parse_date(value: object) -> date | None:
    """A date from an ISO date/datetime, RFC 822 or a common written form; None when unreadable."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not value.strip() or len(value) > 100:
        return None
    text = value.strip()
    if m := _ISO.match(text):
        try:
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    return _parse_numeric(text) or _parse_rfc822(text) or _parse_formats(text) or _parse_fuzzy(text)


def _parse_numeric(text: str) -> date | None:
    """dd/mm/yyyy, or mm/dd/yyyy when the second number cannot be a month.

    Ambiguous forms (both numbers <= 12) are read day first, as the region's press writes them.
    """
    m = _NUMERIC.match(text)
    if m is None:
        return None
    a, b, year = int(m[1]), int(m[2]), int(m[3])
    day, month = (b, a) if b > 12 >= a else (a, b)
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _parse_rfc822(text: str) -> date | None:
    try:
        return email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def _parse_formats(text: str) -> date | None:
    cleaned = re.sub(r"(?<=\d)(st|nd|rd|th)\b", "", text.replace("Sept ", "Sep "))
    for fmt in _FORMATS:
        try:
            return datetime.strptime(cleaned, fmt).date()
        except ValueError:
            continue
    return None


def _parse_fuzzy(text: str) -> date | None:
    # dateparser is slow to import; only odd strings reach it. STRICT_PARSING: day, month and year
    # must all be written, so "yesterday" or "March" never become a date relative to today.
    if not _YEAR.search(text):  # relative forms ("yesterday", "2 days ago") carry no year
        return None
    import dateparser

    try:
        parsed = dateparser.parse(text, languages=["en"],
                                  settings={"STRICT_PARSING": True, "RETURN_AS_TIMEZONE_AWARE": False,
                                            "PARSERS": ["custom-formats", "absolute-time"]})
    except (ValueError, TypeError, OverflowError, OSError):
        return None
    return parsed.date() if parsed else None


def check_date(value: object, *, today: date) -> date:
    """The date, or BadDateError when it is unreadable, before 1945 or more than two days ahead."""
    parsed = parse_date(value)
    shown = str(value)[:40]
    if parsed is None:
        raise BadDateError(f"unreadable publication date {shown!r} — not ISO (YYYY-MM-DD), RFC 822 or a common "
                           "written form; the article is kept without it; fix the date field")
    if parsed < EARLIEST or parsed > today + FUTURE_SLACK:
        raise BadDateError(f"implausible publication date {parsed.isoformat()} — before 1945 or in the future, "
                           "probably a placeholder or a wrong field; the article is kept without it; "
                           "fix the date field or pass --published")
    return parsed
