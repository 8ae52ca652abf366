"""Ingest: files, directories, .gz, stdin, JSON Lines, CSV/TSV, HTML pages and RSS/Atom feeds -> Articles.

`read_inputs` streams: it yields each Article as it is read and a Reject (path, line, code, reason)
for each bad file or record, and goes on; nothing yielded before a problem is lost. Codes come from
sitrep.errors (S100 unreadable path, S101-S109). A bad publication date (S107) does not lose the
article: it is kept without the date and a Reject says so (see records.py). Within a run, identical
texts are deduplicated by the pipeline, not here.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from typing import IO

from sitrep.errors import InputError, MalformedRecordError, TooLargeError, UnsupportedFormatError
from sitrep.ingest.records import Context, Item, to_reject
from sitrep.ingest.registry import INGESTERS, Ingester, extension_map
from sitrep.ingest.sources import Location, locate, open_input
from sitrep.model import Article, Reject
from sitrep.settings import Settings

__all__ = ["INGESTERS", "Ingester", "read_inputs", "read_locations"]


def read_inputs(inputs: Iterable[str], *, published: date | None = None, settings: Settings | None = None,
                stdin: IO[bytes] | None = None, ingesters: Mapping[str, Ingester] | None = None,
                today: date | None = None) -> Iterator[Article | Reject]:
    """Articles and Rejects from paths, directories, .gz files and `-` (stdin), in input order.

    `published` is the date for records that carry none; `today` (default: the UTC date) bounds
    plausible dates; `ingesters` replaces the built-in format table.
    """
    table = INGESTERS if ingesters is None else ingesters
    yield from read_locations(locate(inputs, extensions=extension_map(table)), published=published,
                              settings=settings, stdin=stdin, ingesters=table, today=today)


def read_locations(locations: Iterable[Location | Reject], *, published: date | None = None,
                   settings: Settings | None = None, stdin: IO[bytes] | None = None,
                   ingesters: Mapping[str, Ingester] | None = None,
                   today: date | None = None) -> Iterator[Article | Reject]:
    """read_inputs over inputs already located (and perhaps cut into byte ranges): what a
    scale-out worker reads; a Reject among them (an unreadable path) is passed on in its place."""
    settings = settings or Settings.from_env()
    table = INGESTERS if ingesters is None else ingesters
    ctx = Context.build(settings, published=published, today=today)
    for loc in locations:
        if isinstance(loc, Reject):
            yield loc
        else:
            yield from _read_location(loc, ctx, table, stdin)


def _read_location(loc: Location, ctx: Context, table: Mapping[str, Ingester],
                   stdin: IO[bytes] | None) -> Iterator[Item]:
    if (early := _size_reject(loc, ctx)) is not None:
        yield early
        return
    try:
        inp = open_input(loc, stdin=stdin)
    except (OSError, EOFError, zlib.error) as exc:  # sniffing reads: a cut-off gzip fails here already
        yield _io_reject(exc, loc.name)
        return
    try:
        ingester = table.get(inp.fmt)
        if ingester is None:
            yield Reject(loc.name, None, UnsupportedFormatError.code,
                         f"no ingester for format {inp.fmt!r} — it is not registered; pass one in "
                         "`ingesters` or convert the file")
            return
        yield from ingester.read(inp, ctx)
    except InputError as exc:
        yield to_reject(exc, loc.name)
    except (OSError, EOFError, zlib.error) as exc:
        yield _io_reject(exc, loc.name)
    finally:
        inp.stream.close()  # closes only what open_input opened, never stdin itself


# Formats read whole, and the setting that bounds them; their size is checked before reading.
_WHOLE_FILE_LIMITS = {"text": "max_article_bytes", "html": "max_article_bytes", "feed": "max_file_bytes",
                      "json": "max_file_bytes"}


def _size_reject(loc: Location, ctx: Context) -> Reject | None:
    setting = _WHOLE_FILE_LIMITS.get(loc.fmt or "")
    if loc.path is None or loc.gzipped or setting is None:
        return None  # streams are bounded while they are read
    try:
        size = loc.path.stat().st_size
    except OSError as exc:
        return _io_reject(exc, loc.name)
    limit = getattr(ctx.settings, setting)
    if size <= limit:
        return None
    return Reject(loc.name, None, TooLargeError.code,
                  f"file of {size:,} bytes is larger than {setting} ({limit:,}) — probably not what was meant "
                  f"to be read; split it or raise SITREP_{setting.upper()}")


def _io_reject(exc: Exception, name: str) -> Reject:
    if isinstance(exc, EOFError | zlib.error) or type(exc).__name__ == "BadGzipFile":
        err = MalformedRecordError(f"corrupt or truncated gzip data ({exc}) — the download was cut short; "
                                   "fetch the file again")
        return to_reject(err, name)
    reason = getattr(exc, "strerror", None) or str(exc)
    return Reject(name, None, InputError.code, f"cannot read the file ({reason}) — missing, a directory loop or no "
                  "permission; check that it exists and that you may read it")
