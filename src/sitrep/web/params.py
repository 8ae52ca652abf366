"""Query-string parameters shared by the table, map, timeline, export and API: one parser.

HTML forms send empty strings for untouched fields; those mean "no filter". Values are checked by
pydantic, and a bad one is a 422 with the field named, never a silent default.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Literal
from urllib.parse import urlencode

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator
from starlette.datastructures import QueryParams

from sitrep.store.base import EventFilter
from sitrep.web.errors import WebError

# Columns the table may be sorted by; anything else is refused (the store also whitelists).
SORT_COLUMNS: tuple[str, ...] = (
    "event_date", "event_type", "sub_event_type", "actor1", "actor2", "country", "admin1",
    "location", "fatalities", "confidence",
)
FILTER_FIELDS: tuple[str, ...] = (
    "date_from", "date_to", "event_type", "sub_event_type", "actor", "country", "admin1",
    "min_fatalities", "max_fatalities", "review_state", "q", "article_id",
)
TEXT_FIELDS: tuple[str, ...] = (
    "event_type", "sub_event_type", "actor", "country", "admin1", "q", "article_id",
)
MAX_PER_PAGE = 500


class FilterParams(BaseModel):
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True, frozen=True)

    date_from: date | None = None
    date_to: date | None = None
    event_type: str | None = Field(None, max_length=200)
    sub_event_type: str | None = Field(None, max_length=200)
    actor: str | None = Field(None, max_length=200)
    country: str | None = Field(None, max_length=200)
    admin1: str | None = Field(None, max_length=200)
    min_fatalities: int | None = Field(None, ge=0)
    max_fatalities: int | None = Field(None, ge=0)
    review_state: Literal["unreviewed", "accepted", "corrected", "rejected"] | None = None
    q: str | None = Field(None, max_length=500)
    article_id: str | None = Field(None, max_length=200)
    sort: Literal[SORT_COLUMNS] = "event_date"  # type: ignore[valid-type]
    dir: Literal["asc", "desc"] = "desc"
    page: int = Field(1, ge=1, le=1_000_000)
    per_page: int = Field(50, ge=1, le=MAX_PER_PAGE)

    @model_validator(mode="before")
    @classmethod
    def _blank_is_none(cls, data: Any) -> Any:
        if isinstance(data, dict):
            return {k: v for k, v in data.items() if not (isinstance(v, str) and not v.strip())}
        return data

    @field_validator(*TEXT_FIELDS)
    @classmethod
    def _printable(cls, value: str | None) -> str | None:
        # A NUL ends a C string in SQLite: "a\x00" would search for "a" (or for anything).
        if value is not None and any(ord(ch) < 32 for ch in value):
            raise ValueError("control characters are not allowed")
        return value

    def to_filter(self) -> EventFilter:
        return EventFilter(**{name: getattr(self, name) for name in FILTER_FIELDS})

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.per_page

    def filter_query(self) -> dict[str, str]:
        """The filter (not sort or page) as query-string values, for links and downloads."""
        out = {}
        for name in FILTER_FIELDS:
            value = getattr(self, name)
            if value is not None:
                out[name] = value.isoformat() if isinstance(value, date) else str(value)
        return out

    def query(self, **changes: Any) -> str:
        """This request's full query string with some values changed (pagination, sorting)."""
        values: dict[str, Any] = {**self.filter_query(), "sort": self.sort, "dir": self.dir,
                                  "page": self.page, "per_page": self.per_page}
        values.update(changes)
        return urlencode({k: v for k, v in values.items() if v is not None})


def parse_params(query: QueryParams) -> FilterParams:
    """The request's filters; a bad value is a 422 WebError naming the field."""
    try:
        return FilterParams.model_validate(dict(query))
    except ValidationError as exc:
        errors = [{"loc": ["query", *map(str, e["loc"])], "field": str(e["loc"][-1]) if e["loc"] else None,
                   "message": e["msg"], "type": e["type"]} for e in exc.errors()]
        raise WebError(422, "invalid filter: see errors", errors) from None


def filter_openapi(*, paging: bool = True) -> dict[str, Any]:
    """OpenAPI `parameters` for the filters (routes parse them from the query string themselves,
    so that form blanks mean "no filter"; this documents them for /docs and clients)."""
    schema = FilterParams.model_json_schema()
    names = FILTER_FIELDS + (("sort", "dir", "page", "per_page") if paging else ())
    return {"parameters": [{"name": n, "in": "query", "required": False,
                            "schema": schema["properties"][n]} for n in names]}
