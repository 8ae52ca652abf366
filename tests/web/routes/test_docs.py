from __future__ import annotations

import re

from sitrep.web.testing import TestClient


def test_docs_openapi_lists_the_api(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for path in ("/api/events", "/api/events/{event_id}", "/api/events/{event_id}/review",
                 "/api/articles", "/api/export", "/api/map", "/api/timeline", "/api/login"):
        assert path in spec["paths"], path
    body = spec["components"]["schemas"]["ArticleIn"]
    assert body["additionalProperties"] is False


def test_docs_page_uses_vendored_swagger(client: TestClient) -> None:
    html = client.get("/docs").text
    assert '<script src="/static/vendor/swagger-ui/swagger-ui-bundle.js"></script>' in html
    assert client.get("/static/vendor/swagger-ui/swagger-ui-bundle.js").status_code == 200


def test_docs_api_index(client: TestClient) -> None:
    body = client.get("/api").json()
    assert "/api/events" in body["endpoints"] and body["openapi"] == "/openapi.json"


PAGES = ["/events", "/events/ev-bannu", "/map", "/timeline", "/login", "/docs", "/events/nope"]


def test_docs_no_page_loads_anything_from_another_host(client: TestClient) -> None:
    for page in PAGES:
        r = client.get(page)
        refs = re.findall(r'(?:src|href)="([^"]+)"', r.text)
        external = [u for u in refs if re.match(r"(?i)^(https?:)?//", u)
                    and 'rel="noopener noreferrer nofollow"' not in r.text.split(u)[1][:60]]
        assert external == [], (page, external)
        csp = r.headers["content-security-policy"]
        assert "default-src 'self'" in csp and "script-src 'self';" in csp


def test_docs_static_assets_are_served(client: TestClient) -> None:
    for asset in ("/static/css/sitrep.css", "/static/js/map.js", "/static/js/event.js",
                  "/static/vendor/leaflet/leaflet.css", "/static/vendor/leaflet/images/marker-icon.png",
                  "/static/vendor/topojson-client/topojson-client.min.js", "/static/favicon.svg"):
        assert client.get(asset).status_code == 200, asset


def test_docs_vendored_versions_recorded(client: TestClient) -> None:
    text = client.get("/static/vendor/VERSIONS.txt").text
    assert re.search(r"^leaflet \d+\.\d+\.\d+ BSD-2-Clause$", text, re.M)
    assert re.search(r"^world-atlas \d+\.\d+\.\d+ ISC$", text, re.M)


def test_docs_filters_are_documented_query_parameters(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    names = {p["name"] for p in spec["paths"]["/api/events"]["get"]["parameters"]}
    assert {"date_from", "event_type", "actor", "q", "min_fatalities", "review_state", "sort", "page"} <= names
    sort = [p for p in spec["paths"]["/api/events"]["get"]["parameters"] if p["name"] == "sort"][0]
    assert "fatalities" in sort["schema"]["enum"]
    export = {p["name"] for p in spec["paths"]["/api/export"]["get"]["parameters"]}
    assert {"format", "country"} <= export and "page" not in export
