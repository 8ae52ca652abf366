from __future__ import annotations

import io
import json

import pytest

from sitrep.errors import RegistryError
from sitrep.export import EXPORTERS, write_export
from sitrep.model import Event


def test_jsonl_one_contract_dict_per_line(events: list[Event]) -> None:
    buf = io.StringIO()
    write_export(events, "jsonl", buf)
    lines = buf.getvalue().splitlines()
    assert [json.loads(x) for x in lines] == [json.loads(json.dumps(e.to_dict())) for e in events]


def test_jsonl_registry_names() -> None:
    assert set(EXPORTERS) == {"acled-csv", "ucdp-csv", "geojson", "parquet", "jsonl"}
    with pytest.raises(RegistryError, match="unknown export format"):
        write_export([], "xlsx", io.StringIO())
