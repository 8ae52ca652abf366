"""Plain text (.txt): the whole file is one article; its id is the path as given.

A first line `date YYYY-MM-DD Place: ...` (the reference articles' header) gives the publication date;
the header is dropped and the text starts at the dateline word, so "Quetta: ..." stays in the text as
evidence. Without a header the date is the --published fallback. From stdin the id is
"stdin:<content hash>", since there is no path to name it.
"""

from __future__ import annotations

from collections.abc import Iterator

from sitrep.errors import EmptyInputError
from sitrep.ingest.dateline import split_header
from sitrep.ingest.decode import decode_bytes, normalize_text, read_limited
from sitrep.ingest.records import Context, Item, build_article
from sitrep.ingest.sources import Input
from sitrep.model import content_hash


def read_text(inp: Input, ctx: Context) -> Iterator[Item]:
    text = normalize_text(decode_bytes(read_limited(inp.stream, ctx.settings.max_article_bytes)))
    if not text:
        raise EmptyInputError("empty file — nothing to read; remove it or check how it was exported")
    header_date, body = split_header(text)
    article_id = f"stdin:{content_hash(body)}" if inp.is_stdin else inp.name
    yield from build_article(body, ctx=ctx, path=inp.name, line=None, id=article_id, date_value=header_date,
                             after_header=header_date is not None)
