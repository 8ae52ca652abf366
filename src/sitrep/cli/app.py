"""The `sitrep` command: a typer app; each command lives in its own module and calls one library function.

Exit codes: 0 ok, 1 a data or user error (SitrepError), 2 usage. Anything else is a bug and shows
its traceback.
"""

from __future__ import annotations

import importlib
import sys

import typer

from sitrep.errors import SitrepError

# One module per command; each exposes `register(app)`.
COMMAND_MODULES = ("extract", "geoparse", "gazetteer", "export", "demo", "eval", "bench", "serve", "user")

app = typer.Typer(
    name="sitrep",
    help="Turn news reports into auditable conflict event data (ACLED/UCDP schema), offline.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

for _name in COMMAND_MODULES:
    importlib.import_module(f"sitrep.cli.{_name}").register(app)


def main() -> None:
    try:
        app(standalone_mode=True)
    except SitrepError as exc:
        print(str(exc), file=sys.stderr)
        sys.exit(1)
