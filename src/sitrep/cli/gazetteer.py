"""`sitrep gazetteer build|lookup`: build the gazetteer index, or look a name up in it."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from sitrep.cli.common import err_console

gazetteer_app = typer.Typer(help="Build or query the offline gazetteer index.", no_args_is_help=True)


def _path(path: Optional[Path]) -> Path:
    from sitrep.geo.gazetteer import default_path
    from sitrep.settings import Settings

    if path is not None:
        return path
    configured = Settings.from_env().gazetteer
    return Path(configured) if configured else default_path()


@gazetteer_app.command("build")
def build_cmd(path: Optional[Path] = typer.Option(None, "--path", help="Index file (default: settings.gazetteer or the user cache).")) -> None:
    """(Re)build the index from the packaged GeoNames data and sitrep's place aliases."""
    from sitrep.geo.build import build_index

    target = build_index(_path(path))
    err_console.print(f"gazetteer index written to {target}", highlight=False)


@gazetteer_app.command("lookup")
def lookup_cmd(name: str = typer.Argument(..., help="A place name as written."),
               limit: int = typer.Option(5, "--limit", help="Candidates to show."),
               path: Optional[Path] = typer.Option(None, "--path", help="Index file.")) -> None:
    """Show the candidate places for a name, best prior first (tab-separated on stdout)."""
    from sitrep.geo.gazetteer import Gazetteer

    g = Gazetteer.load(_path(path))
    for p in g.candidates(name, limit=limit):
        typer.echo("\t".join(str(x) for x in (p.geonameid, p.name, p.feature_code, p.admin2 or "",
                                              p.admin1 or "", p.country or "", p.latitude, p.longitude,
                                              p.population)))


def register(app: typer.Typer) -> None:
    app.add_typer(gazetteer_app, name="gazetteer")
