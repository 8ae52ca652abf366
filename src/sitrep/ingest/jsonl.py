"""JSON Lines (.jsonl, .ndjson): one object per line; and .json: one object or an array of objects.

Keys: id, text, optional published/date, title, url, source (see records.DEFAULT_KEYS and
settings.field_map); other keys are ignored. A record without an id gets "path:line". Blank lines are
skipped; a bad line is a Reject with its line number and reading goes on. Each line's length is
checked against max_article_bytes before it is parsed.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from sitrep.errors import EmptyInputError, InputError, MalformedRecordError
from sitrep.ingest.decode import check_head, decode_bytes, iter_lines, read_limited
from sitrep.ingest.records import Context, Item, record_items, to_reject
from sitrep.ingest.sources import Input


def read_jsonl(inp: Input, ctx: Context) -> Iterator[Item]:
    if inp.first_line == 1:  # a later byte range is checked line by line, as the whole file would be
        check_head(inp.stream)
    seen = False
    for number, line in iter_lines(inp.stream, ctx.settings.max_article_bytes, first=inp.first_line):
        try:
            if isinstance(line, InputError):
                raise line
            if not line.strip():
                continue
            seen = True
            yield from record_items(_parse_line(line), path=inp.name, line=number, ctx=ctx)
        except InputError as exc:
            yield to_reject(exc, inp.name, number)
    if not seen and not inp.partial:  # one range of blank lines does not make the file empty
        raise EmptyInputError("empty file — no JSON lines to read; remove it or check how it was exported")


def _parse_line(line: str) -> dict[str, Any]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise MalformedRecordError(f"malformed JSON ({exc.msg} at column {exc.colno}) — a truncated or "
                                   "hand-edited line; fix or remove it") from None
    except RecursionError:
        raise MalformedRecordError("malformed JSON (nested too deeply) — not an article record; "
                                   "remove the line") from None
    if not isinstance(record, dict):
        raise MalformedRecordError(f"a JSON {type(record).__name__}, not an object — each line must be one "
                                   '{"id": ..., "text": ...} object; fix the export')
    return record


def read_json(inp: Input, ctx: Context) -> Iterator[Item]:
    """A .json file: one article object, or an array of them (numbered from 1 as `line`)."""
    text = decode_bytes(read_limited(inp.stream, ctx.settings.max_file_bytes))
    if not text.strip():
        raise EmptyInputError("empty file — nothing to read; remove it")
    try:
        data = json.loads(text.lstrip("\ufeff"))
    except json.JSONDecodeError as exc:
        raise MalformedRecordError(f"malformed JSON ({exc.msg} at line {exc.lineno}) — a truncated or "
                                   "hand-edited file; fix it, or write one object a line as .jsonl") from None
    except RecursionError:
        raise MalformedRecordError("malformed JSON (nested too deeply) — not an article file; "
                                   "check what was exported") from None
    records = data if isinstance(data, list) else [data]
    for number, record in enumerate(records, 1):
        try:
            if not isinstance(record, dict):
                raise MalformedRecordError(f"item {number} is a JSON {type(record).__name__}, not an object — "
                                           "the array must hold article objects")
            yield from record_items(record, path=inp.name, line=number, ctx=ctx)
        except InputError as exc:
            yield to_reject(exc, inp.name, number)
