"""`sitrep demo`: run the whole job on the bundled example articles and say what it wrote."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from sitrep.cli.common import err_console
from sitrep.examples import FIELDS


def demo_cmd(
    out: Path = typer.Option(Path("demo-output"), "--out", "-o", help="Folder for the database, exports and report."),
) -> None:
    """Extract, store, export and report the bundled example articles (embedded SQLite, no server)."""
    from sitrep.demo import run_demo

    err_console.print("loading the language model and gazetteer…", highlight=False)
    result = run_demo(out)
    console = Console()
    table = Table(title=f"{len(result.events)} events from {result.summary.articles} example articles")
    for col in ("date", "event type / sub-event type", "location", "fatalities", "claimed by"):
        table.add_column(col)
    for e in result.events:
        table.add_row(str(e.event_date or ""), f"{e.event_type} / {e.sub_event_type}",
                      ", ".join(x for x in (e.location, e.admin1) if x), str(e.fatalities or 0),
                      ", ".join(e.claimed_by))
    console.print(table)
    agree = result.agreement
    console.print("agreement with the expected coding (main event per article): " +
                  ", ".join(f"{f} {agree.agreed[f]}/{agree.checked[f]}" for f in FIELDS))
    for label, path in result.files.items():
        console.print(f"  {label:<10} {path}")
    console.print(f"open {result.files['report']} in a browser, or run: "
                  f".venv/bin/sitrep serve --db {result.db_url}", highlight=False)


def register(app: typer.Typer) -> None:
    app.command("demo")(demo_cmd)
