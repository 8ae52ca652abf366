"""`sitrep geoparse INPUT...`: the place names of each article, resolved, as JSON Lines."""

from __future__ import annotations

import json
from typing import Optional

import typer

from sitrep.cli.common import err_console, open_out, print_reject


def geoparse_cmd(
    inputs: list[str] = typer.Argument(..., help="Files, directories, .gz, or - for stdin."),
    out: str = typer.Option("-", "--out", "-o", help="Write JSON Lines to FILE, or - for stdout."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No summary on stderr."),
) -> None:
    """Find and resolve the place names in news articles (one JSON line per article)."""
    from sitrep.geo.geoparse import toponym_record
    from sitrep.ingest import read_inputs
    from sitrep.model import Reject
    from sitrep.pipeline import Pipeline
    from sitrep.settings import Settings

    settings = Settings.from_env()
    rejects: list[Reject] = []

    def articles():
        for item in read_inputs(inputs, settings=settings):
            if isinstance(item, Reject):
                rejects.append(item)
                print_reject(item)
            else:
                yield item

    n = 0
    with open_out(out) as fh:
        for article, toponyms in Pipeline.load(settings).geoparse(articles()):
            fh.write(json.dumps(toponym_record(article, toponyms), ensure_ascii=False) + "\n")
            n += 1
    if not quiet:
        err_console.print(f"{n} articles geoparsed, {len(rejects)} rejected", highlight=False)


def register(app: typer.Typer) -> None:
    app.command("geoparse")(geoparse_cmd)
