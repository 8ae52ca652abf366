"""HTML pages (.html, .htm): main text and metadata (title, date, url, site name -> publisher) by
trafilatura; its recall-oriented baseline is the fallback for short pages. The id is the path as given.
A page with no extractable text is a Reject (S105).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sitrep.errors import EmptyInputError, MalformedRecordError
from sitrep.ingest.decode import decode_bytes, read_limited
from sitrep.ingest.records import Context, Item, build_article
from sitrep.ingest.sources import Input
from sitrep.model import content_hash


def read_html(inp: Input, ctx: Context) -> Iterator[Item]:
    markup = decode_bytes(read_limited(inp.stream, ctx.settings.max_article_bytes))
    if not markup.strip():
        raise EmptyInputError("empty file — nothing to read; remove it")
    meta, text = _extract(markup)
    title = _clean(meta.get("title"))
    if text and title and text.split("\n", 1)[0].strip() == title:  # the headline repeated as first line
        text = text.split("\n", 1)[1] if "\n" in text else ""
    if not text or not text.strip():
        raise MalformedRecordError("no article text in the HTML — no <body>, or only navigation and scripts; "
                                   "check that the file is the article page, not an index or a redirect")
    article_id = f"stdin:{content_hash(text)}" if inp.is_stdin else inp.name
    yield from build_article(text, ctx=ctx, path=inp.name, line=None, id=article_id, title=title,
                             url=_clean(meta.get("url")), publisher=_clean(meta.get("sitename")),
                             date_value=meta.get("date"))


def _extract(markup: str) -> tuple[dict[str, Any], str | None]:
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(markup, with_metadata=True, favor_recall=True,
                                          include_comments=False, include_tables=False)
        text = doc.text if doc is not None else None
        meta = {k: getattr(doc, k, None) for k in ("title", "date", "url", "sitename")} if doc is not None else {}
        if not text or not text.strip():
            _, text, _ = trafilatura.baseline(markup)
    # trafilatura and lxml raise assorted errors on hostile markup; this is their boundary.
    except (ValueError, TypeError, AttributeError, LookupError, RecursionError) as exc:
        raise MalformedRecordError(f"HTML could not be parsed ({type(exc).__name__}) — broken or not HTML; "
                                   "save the page again or convert it to .txt") from None
    return meta, text


def _clean(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    return " ".join(value.split()) or None
