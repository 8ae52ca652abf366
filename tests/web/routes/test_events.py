from __future__ import annotations

import re

import pytest

from sitrep.web.testing import TestClient

ALL = {"ev-turbat", "ev-peshawar", "ev-bannu", "ev-kabul", "ev-dhaka", "ev-xss"}


def ids(client: TestClient, query: str = "") -> list[str]:
    r = client.get(f"/api/events?{query}")
    assert r.status_code == 200, r.text
    return [e["event_id"] for e in r.json()["events"]]


def test_events_lists_everything_newest_first(client: TestClient) -> None:
    body = client.get("/api/events").json()
    assert body["ok"] is True and body["total"] == 6 and body["pages"] == 1
    assert [e["event_id"] for e in body["events"]][:2] == ["ev-xss", "ev-dhaka"]
    assert all(e["review_state"] == "unreviewed" for e in body["events"])


@pytest.mark.parametrize("query,expected", [
    ("date_from=2026-02-01", {"ev-turbat", "ev-peshawar", "ev-dhaka", "ev-xss"}),
    ("date_from=2026-01-01&date_to=2026-01-31", {"ev-bannu", "ev-kabul"}),
    ("event_type=Battles", {"ev-turbat"}),
    ("event_type=Violence+against+civilians", {"ev-kabul", "ev-xss"}),
    ("sub_event_type=Peaceful+protest", {"ev-peshawar"}),
    ("actor=police+forces", {"ev-turbat", "ev-bannu"}),
    ("country=Pakistan", {"ev-turbat", "ev-peshawar", "ev-bannu", "ev-xss"}),
    ("country=AFG", {"ev-kabul"}),
    ("admin1=Khyber+Pakhtunkhwa", {"ev-peshawar", "ev-bannu"}),
    ("min_fatalities=3", {"ev-turbat", "ev-bannu", "ev-xss"}),
    ("max_fatalities=0", {"ev-peshawar", "ev-dhaka"}),
    ("review_state=unreviewed", ALL),
    ("review_state=accepted", set()),
    ("q=roadside", {"ev-bannu"}),
    ("q=shopkeepers", {"ev-kabul"}),
    ("article_id=art-bannu-2", {"ev-bannu"}),
    ("country=Pakistan&min_fatalities=4&date_to=2026-02-05", {"ev-turbat", "ev-bannu"}),
    ("event_type=&actor=&q=", ALL),
])
def test_events_filters(client: TestClient, query: str, expected: set[str]) -> None:
    assert set(ids(client, query)) == expected
    assert client.get(f"/api/events?{query}").json()["total"] == len(expected)


@pytest.mark.parametrize("sort,first", [
    ("fatalities&dir=desc", "ev-bannu"), ("fatalities&dir=asc", None), ("event_date&dir=asc", "ev-kabul"),
    ("location&dir=asc", "ev-xss"), ("country&dir=asc", "ev-kabul"),
])
def test_events_sorting(client: TestClient, sort: str, first: str | None) -> None:
    got = ids(client, f"sort={sort}")
    if first is not None:
        assert got[0] == first
    else:
        fats = [e["fatalities"] for e in client.get(f"/api/events?sort={sort}").json()["events"]]
        assert fats == sorted(fats)


def test_events_pagination(client: TestClient) -> None:
    pages = [ids(client, f"per_page=4&page={p}&sort=event_date&dir=asc") for p in (1, 2, 3)]
    assert [len(p) for p in pages] == [4, 2, 0]
    assert set(pages[0]) | set(pages[1]) == ALL
    assert client.get("/api/events?per_page=4").json()["pages"] == 2


INJECTIONS = [
    "' OR '1'='1", "'; DROP TABLE events; --", "\" OR 1=1 --", "%", "_", "\\", "*", "NEAR(",
    "\"unterminated", "a OR b", "-x", "<script>alert(1)</script>", "{{7*7}}", "${7*7}",
    "../../etc/passwd", "\x00", "ev-turbat' --", "1) UNION SELECT password_hash FROM users --",
    "é 🚀 ⁂", "AND", "NOT", "(", "'", ":", "^",
]
WILDCARDS = {"' OR '1'='1", "'; DROP TABLE events; --", "\" OR 1=1 --", "%", "_", "\\", "*",
             "a OR b", "ev-turbat' --", "1) UNION SELECT password_hash FROM users --"}
TEXT_FILTERS = ["event_type", "sub_event_type", "actor", "country", "admin1", "q", "article_id"]
OTHER_FILTERS = ["date_from", "date_to", "min_fatalities", "max_fatalities", "review_state", "sort",
                 "dir", "page", "per_page"]


@pytest.mark.parametrize("field", TEXT_FILTERS + OTHER_FILTERS)
def test_events_injection_strings_in_every_filter(client: TestClient, field: str) -> None:
    for value in INJECTIONS:
        r = client.get("/api/events", params={field: value})
        assert r.status_code in (200, 422), (field, value, r.text)
        if field not in TEXT_FILTERS or "\x00" in value:
            assert r.status_code == 422, (field, value)  # not a date, number, state or column
            continue
        assert r.status_code == 200, (field, value)
        got = {e["event_id"] for e in r.json()["events"]}
        if value in WILDCARDS:
            assert got != ALL, (field, value)  # a wildcard or an OR is data, not syntax
        page = client.get("/events", params={field: value})
        assert page.status_code == 200 and "<script>alert(1)" not in page.text
        assert "{{7*7}}" not in value or "49" not in page.text.split("<main>")[1][:2000]
    assert client.get("/api/events").json()["total"] == 6  # nothing dropped or changed


def test_events_q_with_fts_syntax_is_not_an_error(client: TestClient) -> None:
    for q in ['"police van"', "police AND van", "bann*", "NEAR(police van)", "police)"]:
        assert client.get("/api/events", params={"q": q}).status_code == 200, q


def test_events_html_has_json_twin_with_same_rows(client: TestClient) -> None:
    r = client.get("/events?country=Pakistan&sort=fatalities&dir=desc")
    assert r.status_code == 200
    assert ('<link rel="alternate" type="application/json" '
            'href="/api/events?country=Pakistan&amp;sort=fatalities&amp;dir=desc">') in r.text
    assert r.headers["link"] == ('</api/events?country=Pakistan&sort=fatalities&dir=desc>; '
                                 'rel="alternate"; type="application/json"')
    twin = client.get("/api/events?country=Pakistan&sort=fatalities&dir=desc").json()
    linked = re.findall(r'href="/events/([^"?]+)"', r.text)
    assert list(dict.fromkeys(linked)) == [e["event_id"] for e in twin["events"]]


def test_events_html_escapes_event_values(client: TestClient) -> None:
    html = client.get("/events").text
    assert "<script>alert(5)</script>" not in html and "&lt;script&gt;alert(5)&lt;/script&gt;" in html
    assert '<img src=x onerror' not in html


def test_events_html_download_links_carry_the_filter(client: TestClient) -> None:
    html = client.get("/events?country=AFG&q=shot").text
    assert 'href="/api/export?format=acled-csv&amp;country=AFG&amp;q=shot"' in html
    assert 'href="/api/export?format=geojson&amp;country=AFG&amp;q=shot"' in html


def test_events_html_sort_links_toggle_direction(client: TestClient) -> None:
    html = client.get("/events?sort=fatalities&dir=desc").text
    assert "sort=fatalities&amp;dir=asc&amp;page=1" in html
    assert 'aria-sort="descending"' in html


def test_events_home_redirects_to_events(client: TestClient) -> None:
    r = client.get("/", follow_redirects=False)
    assert r.status_code == 307 and r.headers["location"] == "/events"
