"""Exporters: one module per format, each one function `events -> file`, registered by name.

`write_export(events, fmt, out)` writes to a path or an open stream; `export_events` reads a
filtered selection from a store first (what `sitrep export` calls).
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

from sitrep.errors import RegistryError
from sitrep.export.acled_csv import ACLED_COLUMNS, write_acled_csv
from sitrep.export.base import Exporter, ExportResult
from sitrep.export.geojson import write_geojson
from sitrep.export.jsonl import write_jsonl
from sitrep.export.parquet import write_parquet
from sitrep.export.ucdp_csv import UCDP_COLUMNS, write_ucdp_csv
from sitrep.model import Event

EXPORTERS: dict[str, Exporter] = {
    e.name: e for e in (
        Exporter("acled-csv", write_acled_csv, False, ".csv", "text/csv"),
        Exporter("ucdp-csv", write_ucdp_csv, False, ".csv", "text/csv"),
        Exporter("geojson", write_geojson, False, ".geojson", "application/geo+json"),
        Exporter("parquet", write_parquet, True, ".parquet", "application/vnd.apache.parquet"),
        Exporter("jsonl", write_jsonl, False, ".jsonl", "application/x-ndjson"),
    )
}

__all__ = ["ACLED_COLUMNS", "EXPORTERS", "UCDP_COLUMNS", "ExportResult", "Exporter",
           "export_events", "get_exporter", "write_export"]


def get_exporter(fmt: str) -> Exporter:
    try:
        return EXPORTERS[fmt]
    except KeyError:
        raise RegistryError(f"unknown export format {fmt!r} — use one of: "
                            f"{', '.join(EXPORTERS)}") from None


def write_export(events: Iterable[Event], fmt: str, out: Path | str | IO[Any]) -> ExportResult:
    """Write `events` as `fmt` to a path (written whole or not at all) or to an open stream."""
    exporter = get_exporter(fmt)
    if isinstance(out, (str, Path)):
        return _to_path(exporter, events, Path(out))
    if exporter.binary and isinstance(out, io.TextIOBase):
        out = out.buffer  # type: ignore[attr-defined]  # stdout: parquet needs the byte stream
    return exporter.write(events, out)


def _to_path(exporter: Exporter, events: Iterable[Event], path: Path) -> ExportResult:
    path.parent.mkdir(parents=True, exist_ok=True)
    part = path.with_name(path.name + ".part")
    try:
        if exporter.binary:
            with part.open("wb") as fh:
                result = exporter.write(events, fh)
        else:  # newline="": the csv module writes its own line ends
            with part.open("w", encoding="utf-8", newline="") as fh:
                result = exporter.write(events, fh)
        os.replace(part, path)
    finally:
        part.unlink(missing_ok=True)
    return result


def export_events(fmt: str, out: Path | str | IO[Any], *, db: str | None = None,
                  flt: Any = None) -> ExportResult:
    """Events from the store at `db` (filtered by an EventFilter) written as `fmt` to `out`."""
    from sitrep.store import open_store

    get_exporter(fmt)  # fail on a bad format before opening anything
    with open_store(db) as store:
        return write_export(store.iter_events(flt), fmt, out)
