"""Parquet via pyarrow: typed columns in contract order (dates date32, counts int32, lists of
strings as list<string>, claims and evidence as JSON text as in the JSON Lines contract)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO, Any

import pyarrow as pa
import pyarrow.parquet as pq

from sitrep.export.base import ExportResult
from sitrep.model import EVENT_FIELDS, Event

_INT = ("time_precision", "inter1", "inter2", "interaction", "geo_precision", "fatalities",
        "fatalities_low", "fatalities_best", "fatalities_high", "deaths_a", "deaths_b",
        "deaths_civilians", "deaths_unknown", "injuries", "number_of_sources")
_TYPES: dict[str, pa.DataType] = {
    **{f: pa.date32() for f in ("event_date", "date_start", "date_end")},
    **{f: pa.int32() for f in _INT},
    **{f: pa.float64() for f in ("latitude", "longitude", "confidence")},
    **{f: pa.list_(pa.string()) for f in ("claimed_by", "sources", "article_ids")},
}
_JSON = ("claims", "evidence")
SCHEMA = pa.schema([pa.field(f, _TYPES.get(f, pa.string()), nullable=f != "event_id")
                    for f in EVENT_FIELDS])
_BATCH = 5000


def _row(ev: Event) -> dict[str, Any]:
    d = ev.to_dict()
    row = {f: getattr(ev, f) for f in EVENT_FIELDS}  # keep date objects for date32
    for f in ("claimed_by", "sources", "article_ids"):
        row[f] = d[f]
    for f in _JSON:
        row[f] = json.dumps(d[f], ensure_ascii=False)
    return row


def write_parquet(events: Iterable[Event], out: IO[bytes]) -> ExportResult:
    n = 0
    with pq.ParquetWriter(out, SCHEMA, compression="zstd") as writer:
        batch: list[dict[str, Any]] = []
        for ev in events:
            batch.append(_row(ev))
            n += 1
            if len(batch) >= _BATCH:
                writer.write_table(pa.Table.from_pylist(batch, schema=SCHEMA))
                batch = []
        if batch or n == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=SCHEMA))
    return ExportResult(written=n)
