"""RSS and Atom feeds (.xml, .rss, .atom, or sniffed) through feedparser: each entry is an Article.

id = the entry's id, else its link, else "path:N"; text = its content, else its summary, HTML
stripped; published from the entry's published/updated date (as written, so the local day is kept);
publisher = the feed's title. A broken entry is a Reject with `line` = its entry number (from 1).
A feed that is not well-formed XML but still parseable (feedparser's "bozo") yields what it can, plus
one S105 Reject saying entries may be missing.
"""

from __future__ import annotations

import io
from collections.abc import Iterator, Mapping
from datetime import date
from typing import Any

from sitrep.errors import EmptyInputError, InputError, MalformedRecordError, MissingFieldError
from sitrep.ingest.decode import bom_encoding, check_binary, read_limited
from sitrep.ingest.markup import strip_html
from sitrep.ingest.records import Context, Item, build_article, to_reject
from sitrep.ingest.sources import Input

# feedparser flags these as "bozo" although the entries are intact.
BENIGN = ("CharacterEncodingOverride", "NonXMLContentType")


def read_feed(inp: Input, ctx: Context) -> Iterator[Item]:
    import feedparser

    data = read_limited(inp.stream, ctx.settings.max_file_bytes, what="feed")
    if not data.strip():
        raise EmptyInputError("empty file — nothing to read; remove it")
    if bom_encoding(data) is None:
        check_binary(data)
    parsed = feedparser.parse(io.BytesIO(data))
    problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if problem is not None and type(problem).__name__ in BENIGN:
        problem = None
    if not parsed.entries:
        if problem is not None or not parsed.get("version"):
            raise MalformedRecordError(f"not a readable RSS/Atom feed ({_why(problem)}) — broken XML or another "
                                       "kind of XML file; check the download, or save it as .html/.txt")
        raise EmptyInputError("feed has no entries — the channel is empty or was cut short; fetch it again later")
    if problem is not None:
        yield to_reject(MalformedRecordError(f"feed is not well-formed XML ({_why(problem)}); read "
                                             f"{len(parsed.entries)} entries anyway — some may be missing; "
                                             "check the feed's source"), inp.name)
    publisher = _text(parsed.feed.get("title"))
    for number, entry in enumerate(parsed.entries, 1):
        try:
            yield from _entry_items(entry, number, publisher, inp.name, ctx)
        except InputError as exc:
            yield to_reject(exc, inp.name, number)


def _entry_items(entry: Mapping[str, Any], number: int, publisher: str | None, path: str,
                 ctx: Context) -> Iterator[Item]:
    html = _body(entry)
    text = strip_html(html) if html else ""
    if not text:
        raise MissingFieldError(f"entry {number} has no content or summary — nothing to code; the feed may carry "
                                "headlines only: fetch the linked pages and read them as .html")
    source = entry.get("source") or {}
    yield from build_article(
        text, ctx=ctx, path=path, line=number,
        id=_text(entry.get("id")) or _text(entry.get("link")) or f"{path}:{number}",
        title=_text(strip_html(entry.get("title") or "")), url=_url(entry.get("link")),
        publisher=_text(source.get("title") if isinstance(source, Mapping) else None) or publisher,
        date_value=_entry_date(entry),
    )


def _body(entry: Mapping[str, Any]) -> str:
    for content in entry.get("content") or []:
        value = content.get("value") if isinstance(content, Mapping) else None
        if isinstance(value, str) and value.strip():
            return value
    summary = entry.get("summary")
    return summary if isinstance(summary, str) else ""


def _entry_date(entry: Mapping[str, Any]) -> object:
    for key in ("published", "updated", "created"):
        if isinstance(raw := entry.get(key), str) and raw.strip():
            return raw
    for key in ("published_parsed", "updated_parsed"):
        if parsed := entry.get(key):
            return date(*parsed[:3])
    return None


def _text(value: Any) -> str | None:
    return " ".join(value.split()) or None if isinstance(value, str) else None


def _url(value: Any) -> str | None:
    # feedparser copies a permalink guid into `link`; only keep what is a URL.
    text = _text(value)
    return text if text and "://" in text else None


def _why(problem: object) -> str:
    return f"{type(problem).__name__}: {problem}"[:160] if problem is not None else "no feed elements"
