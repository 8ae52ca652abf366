from __future__ import annotations

import io
import json

from sitrep.export import write_export
from sitrep.model import EVENT_FIELDS, Event


def test_geojson_feature_collection_of_points(events: list[Event], clash: Event) -> None:
    buf = io.StringIO()
    result = write_export(events, "geojson", buf)
    assert (result.written, result.skipped) == (2, 1)  # no_place has no coordinates
    doc = json.loads(buf.getvalue())
    assert doc["type"] == "FeatureCollection" and len(doc["features"]) == 2
    for feat in doc["features"]:
        assert feat["type"] == "Feature" and feat["geometry"]["type"] == "Point"
        lon, lat = feat["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert list(feat["properties"]) == list(EVENT_FIELDS)
    first = doc["features"][0]
    assert first["geometry"]["coordinates"] == [clash.longitude, clash.latitude]  # lon, lat order
    assert first["properties"] == json.loads(json.dumps(clash.to_dict()))


def test_geojson_empty_is_valid() -> None:
    buf = io.StringIO()
    assert write_export([], "geojson", buf).written == 0
    assert json.loads(buf.getvalue()) == {"type": "FeatureCollection", "features": []}
