"""Helpers shared by the command modules."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import IO

import typer
from rich.console import Console

err_console = Console(stderr=True)


def parse_date(value: str | None, *, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date YYYY-MM-DD", param_hint=option) from None


@contextlib.contextmanager
def open_out(out: str | None) -> Iterator[IO[str] | None]:
    """`-` is stdout, None writes nothing, anything else is a file (parents created)."""
    if out is None:
        yield None
    elif out == "-":
        yield sys.stdout
        sys.stdout.flush()
    else:
        path = Path(out)
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8") as fh:
            yield fh
