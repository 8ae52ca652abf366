"""Dates in an article, resolved against its publication date, with ACLED's time_precision.

Explicit dates ("17 February 2011", "Feb. 3", "12/08/2014" read as US month/day/year as GTD writes
it) and relative ones ("Tuesday", "yesterday", "last week", "over the past three days") are found by
our own rules; the words are in data/lexicons/dates.yaml (sitrep.date_lexicon.v1).

Anchor: relative expressions are resolved against the publication date; without one, against the
first explicit full date of the text (GTD summaries open with the incident's date). A weekday is the
latest such day on or before the anchor, never after it. A range ("over the past three days") ends
on the reporting day: a weekday in the same or the next sentence when one says when it was
reported ("..., state media reported Tuesday"), else the anchor.

Bare years and year spans ("in 1948", "1973-77") are never dates here, and explicit dates more than
`background_days` before publication are background history that `choose_event_date` skips. With
no usable date the event date falls back to the publication date with precision 2: the report's
day is an upper bound, not the day of the event.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property, lru_cache
from math import ceil
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError
from spacy.tokens import Doc
from text_to_num import text2num

from sitrep.errors import DataFileError
from sitrep.model import DateRange
from sitrep.nlp.sentences import sentences, text_of

LEXICON_PATH = Path(__file__).resolve().parent.parent / "data" / "lexicons" / "dates.yaml"
MAX_COUNT = 10**7  # "the past N days" beyond this is a typo or a test; more would overflow a float


class _Period(BaseModel):
    model_config = ConfigDict(extra="forbid")
    kind: str
    precision: int


class DateLexicon(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    version: int
    months: dict[str, int]
    weekdays: dict[str, int]
    relative_days: dict[str, int]
    relative_periods: dict[str, _Period]
    range_openers: list[str]
    range_units: dict[str, float]
    background_days: int

    @classmethod
    def load(cls, path: Path | None = None) -> DateLexicon:
        path = path or LEXICON_PATH
        try:
            return cls.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
        except (OSError, yaml.YAMLError, ValidationError) as exc:
            raise DataFileError(f"date lexicon unreadable — {exc}; fix the YAML file",
                                path=str(path)) from exc

    @cached_property
    def patterns(self) -> _Patterns:
        return _Patterns.build(self)


def _alt(words: Sequence[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@dataclass(frozen=True)
class _Patterns:
    us: re.Pattern[str]
    iso: re.Pattern[str]
    dmy: re.Pattern[str]
    ddmy: re.Pattern[str]
    mdy: re.Pattern[str]
    dm: re.Pattern[str]
    md: re.Pattern[str]
    my: re.Pattern[str]
    weekday: re.Pattern[str]
    relative_day: re.Pattern[str]
    period: re.Pattern[str]
    range: re.Pattern[str]

    @classmethod
    def build(cls, lex: DateLexicon) -> _Patterns:
        # Month names must be capitalised ("May", not the verb "may").
        m = _alt([w.capitalize() for w in lex.months] + [w.upper() for w in lex.months])
        d = r"(\d{1,2})(?:st|nd|rd|th)?"
        wd = _alt([w.capitalize() for w in lex.weekdays])
        return cls(
            us=re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b"),
            iso=re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"),
            dmy=re.compile(rf"\b{d}(?:\s+of)?\s+({m})\.?,?\s+(\d{{4}})\b"),
            ddmy=re.compile(rf"\b(\d{{1,2}})\s*(?:-|–|to|and)\s*{d}\s+({m})\.?,?\s+(\d{{4}})\b"),
            mdy=re.compile(rf"\b({m})\.?\s+{d},?\s+(\d{{4}})\b"),
            dm=re.compile(rf"\b{d}(?:\s+of)?\s+({m})\b\.?"),
            md=re.compile(rf"\b({m})\.?\s+{d}\b"),
            my=re.compile(rf"\b({m})\.?,?\s+(\d{{4}})\b"),
            weekday=re.compile(rf"\b({wd})\b(?:\s+(?:night|morning|evening|afternoon))?"),
            relative_day=re.compile(rf"\b({_alt(list(lex.relative_days))})\b", re.I),
            period=re.compile(rf"\b({_alt(list(lex.relative_periods))})\b", re.I),
            range=re.compile(rf"\b(?:{_alt(lex.range_openers)})\s+(?:([\w-]+)\s+)?({_alt(list(lex.range_units))})\b",
                             re.I),
        )


@dataclass(frozen=True, slots=True)
class _Found:
    start: int
    end: int
    range: DateRange


def _safe(y: int, mo: int, d: int) -> date | None:
    try:
        return date(y, mo, d)
    except ValueError:
        return None


def _shift(day: date, days: float) -> date:
    """`day` moved by `days`, held inside the calendar: "over the past 10000000 days" or an anchor in
    year 1 or 9999 must not overflow."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return date.max if days > 0 else date.min


def _infer_year(mo: int, d: int, anchor: date | None) -> date | None:
    """A date without a year: the anchor's year, or the year before if that would be in the future."""
    if anchor is None:
        return None
    out = _safe(anchor.year, mo, d)
    if out is not None and out > _shift(anchor, 1):
        out = _safe(anchor.year - 1, mo, d)
    return out


def _month_range(y: int, mo: int) -> tuple[date, date] | None:
    """First and last day of a month; None for a month outside the calendar ("March 0000")."""
    first = _safe(y, mo, 1)
    return (first, first.replace(day=calendar.monthrange(y, mo)[1])) if first is not None else None


def _explicit(text: str, lex: DateLexicon, anchor: date | None) -> list[_Found]:
    p, mon = lex.patterns, lex.months
    out: list[_Found] = []

    def add(m: re.Match[str], day: date | None, precision: int = 1, end: date | None = None) -> None:
        if day is not None and not any(f.start < m.end() and m.start() < f.end for f in out):
            out.append(_Found(m.start(), m.end(), DateRange(day, end or day, precision, (m.start(), m.end()))))

    def add_month(m: re.Match[str], month: tuple[date, date] | None) -> None:
        if month is not None:
            add(m, month[0], 3, month[1])

    for m in p.us.finditer(text):
        if int(m[2]) == 0 and 1 <= int(m[1]) <= 12:  # GTD writes an unknown day as 00: the month
            add_month(m, _month_range(int(m[3]), int(m[1])))
        else:
            add(m, _safe(int(m[3]), int(m[1]), int(m[2])))
    for m in p.iso.finditer(text):
        add(m, _safe(int(m[1]), int(m[2]), int(m[3])))
    for m in p.ddmy.finditer(text):  # "8-9 Feb 2010": a range, dated by its first day
        first, last = (_safe(int(m[4]), mon[m[3].lower()], int(x)) for x in (m[1], m[2]))
        if first is not None and last is not None and first <= last:
            add(m, first, 2, last)
    for m in p.dmy.finditer(text):
        add(m, _safe(int(m[3]), mon[m[2].lower()], int(m[1])))
    for m in p.mdy.finditer(text):
        add(m, _safe(int(m[3]), mon[m[1].lower()], int(m[2])))
    for m in p.my.finditer(text):
        if not any(f.start <= m.start() < f.end for f in out):
            add_month(m, _month_range(int(m[2]), mon[m[1].lower()]))
    first = min(out, key=lambda f: f.start).range.start if out else None
    for m in p.dm.finditer(text):
        add(m, _infer_year(mon[m[2].lower()], int(m[1]), anchor or first))
    for m in p.md.finditer(text):
        add(m, _infer_year(mon[m[1].lower()], int(m[2]), anchor or first))
    return out


def _weekday(day: str, anchor: date, lex: DateLexicon) -> date:
    back = (anchor.weekday() - lex.weekdays[day.lower()]) % 7
    return _shift(anchor, -back)


def _period(kind: str, anchor: date) -> tuple[date, date]:
    monday = _shift(anchor, -anchor.weekday())
    if kind == "last_week":
        return _shift(monday, -7), _shift(monday, -1)
    if kind == "this_week":
        return monday, anchor
    if kind == "this_month":
        return anchor.replace(day=1), anchor
    if kind == "last_weekend":
        sat = _shift(monday, -2) if anchor.weekday() < 5 else _shift(monday, 5)
        return sat, min(_shift(sat, 1), anchor)
    last = _shift(anchor.replace(day=1), -1)  # last_month
    return _month_range(last.year, last.month) or (last, last)


def _count(word: str | None) -> float | None:
    if word is None:
        return 1
    if word.isdigit():
        return int(word)
    try:
        return text2num(word.lower().replace("-", " "), "en")
    except ValueError:
        return None


def _sentence_index(doc: Doc) -> list[tuple[int, int]]:
    if not doc.has_annotation("SENT_START"):
        return [(0, len(text_of(doc)))]
    return [(s.start_char, s.end_char) for s in sentences(doc)]


def _reporting_day(pos: int, weekdays: list[_Found], sents: list[tuple[int, int]]) -> date | None:
    """A weekday in the same or the next sentence tells on which day a range was reported."""
    idx = next((k for k, (s, e) in enumerate(sents) if s <= pos < e), None)
    if idx is None:
        return None
    lo, hi = sents[idx][0], sents[min(idx + 1, len(sents) - 1)][1]
    near = [w for w in weekdays if lo <= w.start < hi and w.start > pos]
    return near[0].range.start if near else None


def _relative(doc: Doc, lex: DateLexicon, anchor: date, taken: list[_Found]) -> list[_Found]:
    text, p = text_of(doc), lex.patterns
    out: list[_Found] = []

    def free(m: re.Match[str]) -> bool:
        return not any(f.start < m.end() and m.start() < f.end for f in taken + out)

    for m in p.weekday.finditer(text):
        if free(m):
            day = _weekday(m[1], anchor, lex)
            out.append(_Found(m.start(), m.end(), DateRange(day, day, 1, (m.start(), m.end()))))
    weekdays = list(out)
    for m in p.relative_day.finditer(text):
        if free(m):
            day = _shift(anchor, -lex.relative_days[m[1].lower()])
            out.append(_Found(m.start(), m.end(), DateRange(day, day, 1, (m.start(), m.end()))))
    for m in p.period.finditer(text):
        if free(m):
            per = lex.relative_periods[m[1].lower()]
            s, e = _period(per.kind, anchor)
            out.append(_Found(m.start(), m.end(), DateRange(s, e, per.precision, (m.start(), m.end()))))
    sents = _sentence_index(doc)
    for m in p.range.finditer(text):
        n = _count(m[1])
        if n is None or not free(m):
            continue
        end = _reporting_day(m.start(), weekdays, sents) or anchor
        days = max(1, ceil(round(min(n, MAX_COUNT) * lex.range_units[m[2].lower()], 2)))
        out.append(_Found(m.start(), m.end(), DateRange(_shift(end, -(days - 1)), end, 2,
                                                         (m.start(), m.end()))))
    return out


def find_dates(doc: Doc, *, published: date | None, lexicon: DateLexicon | None = None) -> list[DateRange]:
    """Every date the text gives, in text order, resolved against `published`."""
    lex = lexicon or _default_lexicon()
    found = _explicit(text_of(doc), lex, published)
    full = [f.range.start for f in sorted(found, key=lambda f: f.start) if f.range.precision == 1]
    anchor = published or (full[0] if full else None)
    if anchor is not None:
        found += _relative(doc, lex, anchor, found)
    return [f.range for f in sorted(found, key=lambda f: f.start)]


# A run of days an incident lasted, at most a week ("24-26 June" is three days, "on 17 and 21 June" two).
MAX_RUN_DAYS = 7


@dataclass(frozen=True, slots=True)
class DayRun:
    """Days told as one run, year or not: "over 24-26 June", "between Jun.19-20" (character span)."""

    start: int
    end: int
    days: int


@lru_cache(maxsize=1)
def _run_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    lex = _default_lexicon()
    m = _alt([w.capitalize() for w in lex.months] + [w.upper() for w in lex.months])
    link = r"\s*(-|–|to|and)\s*"
    return (re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?{link}(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{m})\b"),
            re.compile(rf"\b(?:{m})\.?\s*(\d{{1,2}})(?:st|nd|rd|th)?{link}(\d{{1,2}})\b(?!\s*(?:,\s*)?\d{{4}})"))


def day_runs(text: str) -> list[DayRun]:
    """Runs of two to seven days in the text; "and" joins two days, a dash or "to" every day between."""
    out: list[DayRun] = []
    for pattern in _run_patterns():
        for m in pattern.finditer(text):
            first, how, last = int(m[1]), m[2], int(m[3])
            if not 1 <= first < last <= 31 or any(r.start < m.end() and m.start() < r.end for r in out):
                continue
            days = 2 if how == "and" else last - first + 1
            if days <= MAX_RUN_DAYS:
                out.append(DayRun(m.start(), m.end(), days))
    return out


def has_single_day(text: str) -> bool:
    """The text dates something to one day ("5 killed on June 20")."""
    p = _default_lexicon().patterns
    runs = day_runs(text)
    return any(not any(r.start <= m.start() < r.end for r in runs)
               for pattern in (p.dm, p.md, p.us, p.iso) for m in pattern.finditer(text))


@lru_cache(maxsize=1)
def _default_lexicon() -> DateLexicon:
    """The packaged lexicon, read once (a pure function of a packaged file)."""
    return DateLexicon.load()


@lru_cache(maxsize=1)
def weekday_names() -> frozenset[str]:
    """The lexicon's weekdays written in full ("monday"), not the short forms ("sat", "sun") that are
    also words."""
    return frozenset(w for w in _default_lexicon().weekdays if w.endswith("day"))


@lru_cache(maxsize=1)
def month_names() -> frozenset[str]:
    """The lexicon's month names and their short forms ("june", "jun")."""
    return frozenset(_default_lexicon().months)


def _current(d: DateRange, published: date | None, lex: DateLexicon) -> bool:
    if published is None:
        return True
    return _shift(published, -lex.background_days) <= d.start <= _shift(published, 1)


def _distance(d: DateRange, trigger: tuple[int, int] | None) -> int:
    """Characters between a date and the event's cue; a date after the cue counts a little farther
    ("Monday's bombing ... said on Tuesday": the bombing's own date is the one beside it)."""
    if trigger is None or d.span is None:
        return 0
    if d.span[1] <= trigger[0]:
        return trigger[0] - d.span[1]
    return max(0, d.span[0] - trigger[1]) + 5


def choose_event_date(dates: Sequence[DateRange], *, sentence_spans: Sequence[tuple[int, int]],
                      published: date | None, paragraph_start: int = 0,
                      trigger: tuple[int, int] | None = None,
                      asides: Sequence[tuple[int, int]] = (),
                      lead: tuple[int, int] | None = None,
                      dateline: tuple[int, int] | None = None) -> DateRange | None:
    """The event's date: a dated expression in its sentences (a day or range before a month; in the
    cue's sentence the one nearest the cue, else the first), else the nearest one before them in the
    same paragraph, else the day the article's `lead` paragraph tells, else the publication date
    with precision 2. A date from an earlier paragraph usually belongs to another incident, so
    `paragraph_start` bounds the nearest look-back; one inside
    `asides` (what the event remembers) is another incident's. A day in the `dateline` ("KABUL, Nov 7
    (Reuters) -") is the day of filing: it dates the event only when the text tells no day."""
    lex = _default_lexicon()
    usable = [d for d in dates if d.span is not None and _current(d, published, lex)
              and not any(a <= d.span[0] < b for a, b in asides)]
    filed = [d for d in usable if dateline is not None and dateline[0] <= d.span[0] < dateline[1]]
    usable = [d for d in usable if d not in filed]
    inside = [d for d in usable if any(s <= d.span[0] and d.span[1] <= e for s, e in sentence_spans)]
    cue_sentence = next(((s, e) for s, e in sentence_spans if trigger and s <= trigger[0] < e), None)
    near = [d for d in inside if cue_sentence and cue_sentence[0] <= d.span[0] < cue_sentence[1]]
    if near:
        return min(near, key=lambda d: (d.precision == 3, _distance(d, trigger), d.span[0]))
    if inside:
        return min(inside, key=lambda d: (d.precision == 3, d.span[0]))
    first = min((s for s, _ in sentence_spans), default=0)
    before = [d for d in usable if paragraph_start <= d.span[0] and d.span[1] <= first]
    if before:
        return max(before, key=lambda d: d.span[0])
    # no day of its own nor in its paragraph: the day the article's lead tells ("exchanged fire on Sunday
    # ... Afghan officials said Pakistani shells landed in Spin Boldak"), a later paragraph's part of the
    # news the lead dates, rather than the day it was published
    told = [d for d in usable if lead is not None and lead[0] <= d.span[0] and d.span[1] <= min(lead[1], first)
            and d.precision == 1]
    if told:
        return min(told, key=lambda d: d.span[0])
    if filed:
        return filed[0]
    if published is not None:
        return DateRange(published, published, 2, None)
    return None
