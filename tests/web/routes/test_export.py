from __future__ import annotations

import csv
import io

import pytest

from sitrep.web.testing import TestClient


def test_export_acled_csv_of_current_filter(client: TestClient) -> None:
    r = client.get("/api/export?format=acled-csv&country=Pakistan&min_fatalities=4&page=9&per_page=1")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert r.headers["content-disposition"] == 'attachment; filename="sitrep-events.csv"'
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert sorted(row["location"] for row in rows) == ["Bannu", "Turbat"]  # pagination ignored
    assert r.headers["x-sitrep-written"] == "2"


def test_export_geojson_of_current_filter(client: TestClient) -> None:
    r = client.get("/api/export?format=geojson&event_type=Protests")
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/geo+json")
    body = r.json()
    assert body["type"] == "FeatureCollection"
    assert [f["id"] for f in body["features"]] == ["ev-peshawar"]
    assert body["features"][0]["geometry"]["coordinates"] == [71.578, 34.008]


@pytest.mark.parametrize("fmt", ["ucdp-csv", "jsonl", "parquet"])
def test_export_other_formats(client: TestClient, fmt: str) -> None:
    r = client.get(f"/api/export?format={fmt}&country=AFG")
    assert r.status_code == 200 and len(r.content) > 0 and r.headers["x-sitrep-written"] == "1"


def test_export_bad_filter_or_format_is_422(client: TestClient) -> None:
    assert client.get("/api/export?format=exe").status_code == 422
    assert client.get("/api/export?min_fatalities=lots").status_code == 422
