"""ACLED's CSV: its 31 columns in its order, one row per event.

Where sitrep has no counterpart the cell is empty (source_scale, tags) or derived:
event_id_cnty = ISO3 + our event id (ACLED's are ISO3 + a serial number), `iso` = ISO 3166
numeric code, `region` = ACLED region from data/export/regions.yaml, `source` = sources joined
with "; ", `fatalities` = 0 when unknown (ACLED's convention), `timestamp` = export time (Unix).
"""

from __future__ import annotations

import csv
import time
from collections.abc import Iterable
from typing import IO, Any

from sitrep.export.base import ExportResult, opt
from sitrep.export.regions import Regions, iso_numeric
from sitrep.model import Event

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)

# Columns copied as they are from the Event field of the same name.
_SAME = ("time_precision", "disorder_type", "event_type", "sub_event_type", "actor1",
         "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
         "civilian_targeting", "country", "admin1", "admin2", "admin3", "location", "latitude",
         "longitude", "geo_precision", "notes")


def acled_row(ev: Event, *, regions: Regions, timestamp: int) -> dict[str, Any]:
    iso3 = regions.iso3(ev.iso3, ev.country)
    day = ev.event_date or ev.date_start
    row: dict[str, Any] = {name: opt(getattr(ev, name)) for name in _SAME}
    row.update(
        event_id_cnty=f"{iso3 or ''}{ev.event_id}",
        event_date=day.isoformat() if day else "",
        year=day.year if day else "",
        iso=opt(iso_numeric(iso3)),
        region=regions.acled.get(iso3 or "", ""),
        source="; ".join(ev.sources),
        source_scale="",
        fatalities=ev.fatalities if ev.fatalities is not None else 0,
        tags="",
        timestamp=timestamp,
    )
    return row


def write_acled_csv(events: Iterable[Event], out: IO[str]) -> ExportResult:
    regions = Regions.load()
    stamp = int(time.time())
    writer = csv.DictWriter(out, fieldnames=ACLED_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    n = 0
    for ev in events:
        writer.writerow(acled_row(ev, regions=regions, timestamp=stamp))
        n += 1
    return ExportResult(written=n)
