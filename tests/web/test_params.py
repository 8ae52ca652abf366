from __future__ import annotations

from datetime import date

import pytest
from starlette.datastructures import QueryParams

from sitrep.web.errors import WebError
from sitrep.web.params import parse_params


def test_params_blank_form_fields_mean_no_filter() -> None:
    p = parse_params(QueryParams("date_from=&event_type=&q=+&min_fatalities="))
    assert p.to_filter().date_from is None and p.to_filter().q is None
    assert p.filter_query() == {}


def test_params_values_become_an_event_filter() -> None:
    p = parse_params(QueryParams("date_from=2026-01-01&min_fatalities=3&review_state=accepted&q=bomb"))
    flt = p.to_filter()
    assert flt.date_from == date(2026, 1, 1) and flt.min_fatalities == 3
    assert flt.review_state == "accepted" and flt.q == "bomb"


@pytest.mark.parametrize("query,field", [
    ("date_from=yesterday", "date_from"), ("min_fatalities=-1", "min_fatalities"),
    ("min_fatalities=1e9x", "min_fatalities"), ("review_state=deleted", "review_state"),
    ("sort=password_hash", "sort"), ("sort=event_date;DROP TABLE events", "sort"),
    ("dir=sideways", "dir"), ("page=0", "page"), ("per_page=100000", "per_page"),
    ("q=" + "x" * 501, "q"),
])
def test_params_bad_values_are_a_422_naming_the_field(query: str, field: str) -> None:
    with pytest.raises(WebError) as exc:
        parse_params(QueryParams(query))
    assert exc.value.status == 422
    assert [e["field"] for e in exc.value.errors] == [field]


def test_params_query_keeps_filter_and_changes_page() -> None:
    p = parse_params(QueryParams("actor=BLA&page=3&sort=fatalities&dir=asc"))
    assert p.query(page=4) == "actor=BLA&sort=fatalities&dir=asc&page=4&per_page=50"
    assert p.offset == 100
