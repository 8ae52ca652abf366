"""`sitrep extract INPUT...`: events as JSON Lines, stored in the database."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Optional

import typer

from sitrep.cli.common import err_console, open_out, parse_date, print_reject


def extract_cmd(
    inputs: list[str] = typer.Argument(..., help="Files, directories, .gz, or - for stdin."),
    out: Optional[str] = typer.Option(None, "--out", "-o", help="Write events as JSON Lines to FILE, or - for stdout."),
    db: Optional[str] = typer.Option(None, "--db", help="Store URL (default sqlite:///sitrep.db)."),
    published: Optional[str] = typer.Option(None, "--published", help="Publication date YYYY-MM-DD for text files that carry none."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress or summary on stderr."),
) -> None:
    """Extract ACLED-style events from news articles."""
    from sitrep.pipeline import run

    pub: date | None = parse_date(published, option="--published")

    with open_out(out) as fh:
        summary = run(inputs, out=fh, published=pub, store_url=db, on_reject=print_reject)
    if not quiet:
        err_console.print(f"{summary.articles} articles, {summary.events} events "
                          f"({summary.merged} merged into events of other articles), "
                          f"{len(summary.rejects)} rejected, {summary.duplicates} duplicates skipped",
                          highlight=False, soft_wrap=True)


def register(app: typer.Typer) -> None:
    app.command("extract")(extract_cmd)
