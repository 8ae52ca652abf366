"""The `sitrep` command: a typer app; each command lives in its own module and calls one library function.

Exit codes: 0 ok, 1 a data or user error (SitrepError), 2 usage. Anything else is a bug and shows
its traceback.
"""

from __future__ import annotations

import functools
import importlib
import sys
from collections.abc import Callable, Iterator
from typing import Any

import typer

from sitrep.errors import SitrepError

# One module per command; each exposes `register(app)`.
COMMAND_MODULES = ("extract", "geoparse", "gazetteer", "export", "serve", "user", "demo", "eval")

app = typer.Typer(
    name="sitrep",
    help="Turn news reports into auditable conflict event data (ACLED/UCDP schema), offline.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _translate_errors(func: Callable[..., Any]) -> Callable[..., Any]:
    """The library raises; here a SitrepError becomes one line on stderr and exit status 1."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except SitrepError as exc:
            print(str(exc), file=sys.stderr)
            raise typer.Exit(1) from None

    return wrapper


for _name in COMMAND_MODULES:
    importlib.import_module(f"sitrep.cli.{_name}").register(app)


def _commands(t: typer.Typer) -> Iterator[Any]:
    yield from t.registered_commands
    for group in t.registered_groups:  # sub-apps such as `sitrep user add`
        if group.typer_instance is not None:
            yield from _commands(group.typer_instance)


for _info in _commands(app):
    if _info.callback is not None:
        _info.callback = _translate_errors(_info.callback)


def main() -> None:
    app()
