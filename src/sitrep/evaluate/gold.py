"""Gold files as typed records: event rows (`gold`) and toponym rows (`toponyms`).

One JSON object a line: `{"id", "dataset", "text", "published", "gold": {...}}` or
`{"id", "dataset", "text", "toponyms": [{"start", "end", "text", "latitude", "longitude", ...}]}`.
A line that cannot be read stops the run with one `[S500] file:line: ...` error: a scorer that
silently skips gold rows reports numbers on a different set than the one named.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sitrep.errors import EvalError


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One coded event row. `typed`: the set codes event types, so a null type means "no event"."""

    id: str
    dataset: str
    text: str
    published: date | None
    typed: bool = False
    event_type: str | None = None
    sub_event_type: str | None = None
    event_date: date | None = None
    actor1: str | None = None
    actor2: str | None = None
    perpetrator: str | None = None
    country: str | None = None
    admin1: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    fatalities: int | None = None
    injuries: int | None = None
    plover_event: str | None = None
    source_actors: tuple[str, ...] = ()
    target_actors: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class GoldToponym:
    start: int
    end: int
    text: str
    latitude: float
    longitude: float
    country: str | None = None
    admin1: str | None = None


@dataclass(frozen=True, slots=True)
class GoldDoc:
    """One text with its place names marked."""

    id: str
    dataset: str
    text: str
    toponyms: tuple[GoldToponym, ...]


GoldRow = GoldEvent | GoldDoc


def read_gold(paths: Iterable[str | Path], *, limit: int | None = None) -> Iterator[GoldRow]:
    """Rows of each file in order; `limit`: the first N rows of each file."""
    for path in map(Path, paths):
        n = 0
        for line_no, line in _lines(path):
            if limit is not None and n >= limit:
                break
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise EvalError(f"not a JSON line — {exc.msg} at column {exc.colno}; fix or remove the line",
                                path=str(path), line=line_no) from None
            try:
                yield parse_row(row, default_dataset=path.stem)
            except (ValueError, TypeError) as exc:
                raise EvalError(f"bad gold row — {exc}; fix or remove the line", path=str(path),
                                line=line_no) from None
            n += 1
        if n == 0:
            raise EvalError("no gold rows — the file is empty; pass a gold JSON Lines file", path=str(path))


def _lines(path: Path) -> Iterator[tuple[int, str]]:
    try:
        with path.open(encoding="utf-8") as fh:
            for line_no, line in enumerate(fh, 1):
                if line.strip():
                    yield line_no, line
    except OSError as exc:
        raise EvalError(f"cannot read the gold file — {exc.strerror or exc}; check the path",
                        path=str(path)) from None
    except UnicodeDecodeError:
        raise EvalError("the gold file is not UTF-8 text — pass a JSON Lines file", path=str(path)) from None


def parse_row(row: Any, *, default_dataset: str = "") -> GoldRow:
    if not isinstance(row, Mapping):
        raise ValueError("not a JSON object")
    common = {"id": _text(row, "id"), "text": _text(row, "text"),
              "dataset": _opt_str(row, "dataset") or default_dataset}
    if "toponyms" in row:
        spans = row["toponyms"]
        if not isinstance(spans, list):
            raise ValueError("'toponyms' is not a list")
        return GoldDoc(**common, toponyms=tuple(_toponym(t, len(common["text"])) for t in spans))
    if not isinstance(row.get("gold"), Mapping):
        raise ValueError("neither a 'gold' object nor a 'toponyms' list")
    return _event(row["gold"], common, _opt_date(row, "published"))


def _event(g: Mapping[str, Any], common: dict[str, str], published: date | None) -> GoldEvent:
    return GoldEvent(
        **common, published=published, typed="event_type" in g,
        event_type=_opt_str(g, "event_type"), sub_event_type=_opt_str(g, "sub_event_type"),
        event_date=_opt_date(g, "event_date"), actor1=_opt_str(g, "actor1"), actor2=_opt_str(g, "actor2"),
        perpetrator=_opt_str(g, "perpetrator"), country=_opt_str(g, "country"),
        admin1=_opt_str(g, "admin1"), location=_opt_str(g, "location"),
        latitude=_opt_float(g, "latitude"), longitude=_opt_float(g, "longitude"),
        geo_precision=_opt_int(g, "geo_precision"), fatalities=_opt_int(g, "fatalities"), injuries=_opt_int(g, "injuries"),
        plover_event=_opt_str(g, "plover_event"),
        source_actors=_str_list(g, "source_actors"), target_actors=_str_list(g, "target_actors"))


def _toponym(t: Any, text_len: int) -> GoldToponym:
    if not isinstance(t, Mapping):
        raise ValueError("a toponym is not a JSON object")
    start, end = _opt_int(t, "start"), _opt_int(t, "end")
    lat, lon = _opt_float(t, "latitude"), _opt_float(t, "longitude")
    if start is None or end is None or not 0 <= start < end <= text_len:
        raise ValueError(f"toponym offsets {start}-{end} are not a span of the text")
    if lat is None or lon is None:
        raise ValueError(f"toponym at {start}-{end} has no latitude/longitude")
    return GoldToponym(start, end, _text(t, "text"), lat, lon, _opt_str(t, "country"), _opt_str(t, "admin1"))


def _text(d: Mapping[str, Any], key: str) -> str:
    value = d.get(key)
    if isinstance(value, int) and not isinstance(value, bool) and key == "id":
        return str(value)
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"'{key}' is missing or empty")
    return value


def _opt_str(d: Mapping[str, Any], key: str) -> str | None:
    value = d.get(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str):
        raise ValueError(f"'{key}' is not a string: {value!r}")
    return value


def _str_list(d: Mapping[str, Any], key: str) -> tuple[str, ...]:
    value = d.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"'{key}' is not a list of strings")
    return tuple(v for v in value if v.strip())


def _opt_int(d: Mapping[str, Any], key: str) -> int | None:
    value = d.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise ValueError(f"'{key}' is not a whole number: {value!r}")
    number = float(value)  # ValueError for words; some sources write counts as "3" or 3.0
    if not number.is_integer() or number < 0:
        raise ValueError(f"'{key}' is not a whole number: {value!r}")
    return int(number)


def _opt_float(d: Mapping[str, Any], key: str) -> float | None:
    value = d.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise ValueError(f"'{key}' is not a number: {value!r}")
    return float(value)


def _opt_date(d: Mapping[str, Any], key: str) -> date | None:
    value = d.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValueError(f"'{key}' is not a date string: {value!r}")
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        raise ValueError(f"'{key}' is not a date YYYY-MM-DD: {value!r}") from None
