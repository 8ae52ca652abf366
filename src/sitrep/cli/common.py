"""Helpers shared by the command modules."""

from __future__ import annotations

import contextlib
import errno
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import IO

import typer
from rich.console import Console

from sitrep.errors import SitrepError
from sitrep.model import Reject

err_console = Console(stderr=True)
_NO_SPACE = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)
_BREAKS = str.maketrans({"\n": "\\n", "\r": "\\r"})


def print_reject(r: Reject) -> None:
    """One stderr line per reject, never wrapped: logs and grep read it as one record."""
    line = f"[{r.code}] {r.path}{':' + str(r.line) if r.line else ''}: {r.reason}".translate(_BREAKS)
    err_console.print(line, markup=False, highlight=False, soft_wrap=True)


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
        try:
            path = Path(out)
            path.parent.mkdir(parents=True, exist_ok=True)
            fh = path.open("w", encoding="utf-8")
        except OSError as exc:
            raise SitrepError(f"cannot create the output file ({exc.strerror or exc}) — a missing or read-only "
                              "folder, or a directory of that name; choose another --out", path=out) from None
        try:
            with fh:
                yield fh
        except OSError as exc:
            if exc.errno not in _NO_SPACE or exc.filename is not None:
                raise
            raise SitrepError(f"cannot write the output file ({exc.strerror}) — the disk is full; free some "
                              "space or choose another --out", path=out) from None
