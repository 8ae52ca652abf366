"""Records <-> rows. Events round-trip exactly: Event -> row -> Event compares equal."""

from __future__ import annotations

import json
from dataclasses import asdict, fields, is_dataclass
from datetime import date, datetime, timezone
from typing import Any

from sitrep.model import Article, Claim, Event, Evidence
from sitrep.store.base import ReviewError
from sitrep.store.schema import DATE_FIELDS, JSON_FIELDS

EVENT_FIELD_TYPES: dict[str, str] = {f.name: str(f.type) for f in fields(Event)}
# Fields a reviewer may not change: the id is the record's identity.
READ_ONLY_FIELDS = frozenset({"event_id"})


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def as_utc(value: datetime) -> datetime:
    """SQLite hands back naive datetimes; everything the store writes is UTC."""
    return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value


def dumps(value: Any) -> str:
    return json.dumps(jsonable(value), ensure_ascii=False, sort_keys=True)


def jsonable(value: Any) -> Any:
    """Plain JSON data for a field value (dates as ISO strings, records as dicts)."""
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    if isinstance(value, (tuple, list)):
        return [jsonable(v) for v in value]
    return value


def event_to_row(event: Event) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for name in EVENT_FIELD_TYPES:
        value = getattr(event, name)
        row[name] = dumps(value) if name in JSON_FIELDS else value
    return row


def _tuple_field(name: str, items: list[Any]) -> tuple[Any, ...]:
    if name == "claims":
        return tuple(Claim(**c) if isinstance(c, dict) else c for c in items)
    if name == "evidence":
        return tuple(Evidence(**e) if isinstance(e, dict) else e for e in items)
    return tuple(str(x) for x in items)


def row_to_event(row: Any) -> Event:
    m = row._mapping
    values: dict[str, Any] = {}
    for name in EVENT_FIELD_TYPES:
        value = m[name]
        if name in JSON_FIELDS:
            value = _tuple_field(name, json.loads(value or "[]"))
        elif name in DATE_FIELDS and isinstance(value, str):
            value = date.fromisoformat(value)
        values[name] = value
    return Event(**values)


def event_to_json(event: Event) -> str:
    """One event as JSON text (member records in `event_members`); exact inverse of event_from_json."""
    return json.dumps({name: jsonable(getattr(event, name)) for name in EVENT_FIELD_TYPES},
                      ensure_ascii=False)


def event_from_json(text: str) -> Event:
    values: dict[str, Any] = {}
    for name, value in json.loads(text).items():
        if name in JSON_FIELDS:
            value = _tuple_field(name, value or [])
        elif name in DATE_FIELDS and value is not None:
            value = date.fromisoformat(value)
        values[name] = value
    return Event(**values)


def article_to_row(article: Article) -> dict[str, Any]:
    row = {f.name: getattr(article, f.name) for f in fields(Article)}
    row["content_hash"] = article.content_hash
    row["ingested_at"] = utcnow()
    return row


def row_to_article(row: Any) -> Article:
    m = row._mapping
    return Article(**{f.name: m[f.name] for f in fields(Article)})


def coerce(name: str, value: Any) -> Any:
    """A reviewer's value for field `name`, in the type Event holds (forms send strings)."""
    if name not in EVENT_FIELD_TYPES or name in READ_ONLY_FIELDS:
        allowed = ", ".join(n for n in EVENT_FIELD_TYPES if n not in READ_ONLY_FIELDS)
        raise ReviewError(f"cannot change field {name!r} — not an editable Event field; "
                          f"use one of: {allowed}")
    annotation = EVENT_FIELD_TYPES[name]
    try:
        return _coerce(annotation, name, value)
    except (TypeError, ValueError) as exc:
        raise ReviewError(f"bad value for {name}: {value!r} — expected {annotation} ({exc}); "
                          "correct the value and submit again") from None


def _coerce(annotation: str, name: str, value: Any) -> Any:
    optional = annotation.endswith("| None")
    if value is None or (isinstance(value, str) and not value.strip() and optional):
        if not optional:
            raise ValueError("a value is required")
        return None
    base = annotation.removesuffix(" | None")
    if base == "date":
        return value if isinstance(value, date) else date.fromisoformat(str(value).strip())
    if base == "int":
        if isinstance(value, bool) or (isinstance(value, float) and not value.is_integer()):
            raise ValueError("not a whole number")
        return int(str(value).strip()) if isinstance(value, str) else int(value)
    if base == "float":
        return float(value)
    if base == "str":
        return str(value)
    if base.startswith("tuple["):
        if isinstance(value, str):
            value = json.loads(value)
        if not isinstance(value, (list, tuple)):
            raise ValueError("not a list")
        return _tuple_field(name, list(value))
    raise ValueError(f"unsupported type {annotation}")
