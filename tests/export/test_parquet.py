from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from sitrep.export import write_export
from sitrep.model import EVENT_FIELDS, Event


def test_parquet_reads_back_with_types(tmp_path: Path, events: list[Event], clash: Event) -> None:
    path = tmp_path / "out" / "events.parquet"
    assert write_export(events, "parquet", path).written == 3
    table = pq.read_table(path)
    assert table.column_names == list(EVENT_FIELDS)
    schema = table.schema
    assert schema.field("event_date").type == pa.date32()
    assert schema.field("fatalities").type == pa.int32()
    assert schema.field("latitude").type == pa.float64()
    assert schema.field("sources").type == pa.list_(pa.string())
    assert schema.field("claims").type == pa.string()
    row = table.to_pylist()[0]
    assert row["event_date"] == clash.event_date and row["fatalities"] == 199
    assert row["sources"] == list(clash.sources)
    assert json.loads(row["claims"]) == clash.to_dict()["claims"]
    assert json.loads(row["evidence"]) == {"fatalities": [[10, 12]], "actor1": [[20, 30]]}
    assert table.to_pylist()[2]["latitude"] is None
    assert not list(tmp_path.glob("out/*.part"))


def test_parquet_empty(tmp_path: Path) -> None:
    path = tmp_path / "e.parquet"
    write_export([], "parquet", path)
    assert pq.read_table(path).num_rows == 0
