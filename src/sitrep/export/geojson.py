"""GeoJSON (RFC 7946): a FeatureCollection of Points, every contract field as a property.

Events without coordinates cannot be placed; they are left out and counted in `skipped`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO, Any

from sitrep.export.base import ExportResult
from sitrep.model import Event


def feature(ev: Event) -> dict[str, Any]:
    return {
        "type": "Feature",
        "id": ev.event_id,
        "geometry": {"type": "Point", "coordinates": [ev.longitude, ev.latitude]},
        "properties": ev.to_dict(),
    }


def write_geojson(events: Iterable[Event], out: IO[str]) -> ExportResult:
    """Streams features one at a time, so memory stays flat for large exports."""
    out.write('{"type": "FeatureCollection", "features": [')
    written = skipped = 0
    for ev in events:
        if ev.latitude is None or ev.longitude is None:
            skipped += 1
            continue
        out.write(("," if written else "") + "\n" + json.dumps(feature(ev), ensure_ascii=False))
        written += 1
    out.write("\n]}\n")
    return ExportResult(written=written, skipped=skipped)
