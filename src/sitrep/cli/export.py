"""`sitrep export --format FMT`: events from the store as ACLED CSV, UCDP CSV, GeoJSON, Parquet or JSONL."""

from __future__ import annotations

import sys
from typing import Optional

import typer

from sitrep.cli.common import err_console, parse_date


def export_cmd(
    fmt: str = typer.Option(..., "--format", "-f", help="acled-csv, ucdp-csv, geojson, parquet or jsonl."),
    out: str = typer.Option("-", "--out", "-o", help="File to write, or - for stdout."),
    db: Optional[str] = typer.Option(None, "--db", help="Store URL (default sqlite:///sitrep.db)."),
    date_from: Optional[str] = typer.Option(None, "--from", help="First date YYYY-MM-DD."),
    date_to: Optional[str] = typer.Option(None, "--to", help="Last date YYYY-MM-DD."),
    country: Optional[str] = typer.Option(None, "--country", help="Country name or ISO3 code."),
    event_type: Optional[str] = typer.Option(None, "--event-type", help="ACLED event type, e.g. Battles."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No summary on stderr."),
) -> None:
    """Export stored events in a standard format."""
    from sitrep.export import export_events
    from sitrep.store import EventFilter
    from sitrep.settings import Settings

    flt = EventFilter(date_from=parse_date(date_from, option="--from"),
                      date_to=parse_date(date_to, option="--to"),
                      country=country, event_type=event_type)
    result = export_events(fmt, sys.stdout if out == "-" else out,
                           db=db or Settings.from_env().db, flt=flt)
    sys.stdout.flush()
    if not quiet:
        skipped = f", {result.skipped} without coordinates left out" if result.skipped else ""
        err_console.print(f"{result.written} events written as {fmt}{skipped}", highlight=False)


def register(app: typer.Typer) -> None:
    app.command("export")(export_cmd)
