"""From a record's fields to an Article: the checks every format shares.

Behaviour on a bad publication date (S107), the same in every format: the date is dropped, the
article is KEPT (published = the --published fallback, else None) and a Reject with code S107 is
yielded first to say so, so the rejects file shows every ignored date. Unreadable dates count as bad.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Any

from sitrep.errors import (BadDateError, ConfigError, EmptyInputError, InputError, LanguageError,
                           MalformedRecordError, MissingFieldError, TooLargeError)
from sitrep.ingest.dateline import DatelineRules, find_dateline
from sitrep.ingest.dates import check_date
from sitrep.ingest.decode import normalize_text
from sitrep.ingest.language import StopWords, detect_language
from sitrep.model import Article, Reject
from sitrep.settings import Settings

FIELDS = ("id", "text", "title", "url", "published", "publisher")
# Keys/columns tried for each field, in order, when settings.field_map does not name one.
DEFAULT_KEYS: Mapping[str, tuple[str, ...]] = {
    "id": ("id", "guid", "uuid"),
    "text": ("text", "body", "content"),
    "title": ("title", "headline"),
    "url": ("url", "link"),
    "published": ("published", "date", "published_at", "pubdate", "datetime"),
    "publisher": ("source", "publisher", "sitename"),
}
Item = Article | Reject


def parse_field_map(spec: str) -> dict[str, tuple[str, ...]]:
    """settings.field_map ("text=body,id=guid") over the defaults; names match case-insensitively."""
    keys = {f: tuple(k.lower() for k in ks) for f, ks in DEFAULT_KEYS.items()}
    for part in filter(None, (p.strip() for p in spec.split(","))):
        name, sep, column = (x.strip() for x in part.partition("="))
        if not sep or name not in FIELDS or not column:
            raise ConfigError(f"bad field_map entry {part!r} — expected FIELD=COLUMN with FIELD one of "
                              f"{', '.join(FIELDS)}; fix SITREP_FIELD_MAP")
        keys[name] = (column.lower(),)
    return keys


@dataclass(frozen=True)
class Context:
    """What every ingester needs besides its input; built once per read_inputs call."""

    settings: Settings
    published: date | None  # fallback for records that carry no (usable) date
    today: date
    rules: DatelineRules
    stop_words: StopWords
    keys: Mapping[str, tuple[str, ...]]

    @classmethod
    def build(cls, settings: Settings, *, published: date | None = None, today: date | None = None) -> Context:
        return cls(settings=settings, published=published, today=today or datetime.now(timezone.utc).date(),
                   rules=DatelineRules.load(), stop_words=StopWords.load(), keys=parse_field_map(settings.field_map))


def to_reject(exc: InputError, path: str, line: int | None = None) -> Reject:
    return Reject(path=path, line=line if line is not None else exc.line, code=exc.code, reason=exc.message)


def pick(lowered: Mapping[str, Any], keys: tuple[str, ...]) -> Any:
    """The first present, non-null value among `keys` in a record whose keys are lower-cased."""
    for key in keys:
        value = lowered.get(key)
        if value is not None:
            return value
    return None


def as_str(value: Any, field: str) -> str | None:
    """A scalar field as text; a mapping with a name ({"name": "Dawn"}) gives its name."""
    if value is None:
        return None
    if isinstance(value, Mapping):
        value = value.get("name") or value.get("title")
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise MalformedRecordError(f"field {field!r} is a {type(value).__name__}, expected text — "
                                   "the record's layout differs; map the right key with SITREP_FIELD_MAP")
    text = " ".join(str(value).split())
    return text or None


def record_items(record: Mapping[str, Any], *, path: str, line: int, ctx: Context) -> Iterator[Item]:
    """Articles/Rejects for one JSON object or CSV row; keys match case-insensitively."""
    record = {str(k).lower(): v for k, v in record.items()}
    text = pick(record, ctx.keys["text"])
    if text is None:
        raise MissingFieldError(f"no {'/'.join(ctx.keys['text'])} field — the record holds no article text; "
                                "add it or map the right key with SITREP_FIELD_MAP=text=<key>")
    if not isinstance(text, str):
        raise MalformedRecordError(f"text field is a {type(text).__name__}, expected a string — the record's "
                                   "layout differs; fix the export or map the text key with SITREP_FIELD_MAP")
    yield from build_article(
        text, ctx=ctx, path=path, line=line,
        id=as_str(pick(record, ctx.keys["id"]), "id") or f"{path}:{line}",
        title=as_str(pick(record, ctx.keys["title"]), "title"),
        url=as_str(pick(record, ctx.keys["url"]), "url"),
        publisher=as_str(pick(record, ctx.keys["publisher"]), "publisher"),
        date_value=pick(record, ctx.keys["published"]),
    )


def build_article(text: str, *, ctx: Context, path: str, line: int | None, id: str, title: str | None = None,
                  url: str | None = None, publisher: str | None = None, date_value: object = None,
                  after_header: bool = False) -> Iterator[Item]:
    """Normalise, check size and language, read the dateline and date; yield Rejects and the Article."""
    if len(text) > ctx.settings.max_article_bytes or len(text.encode("utf-8")) > ctx.settings.max_article_bytes:
        raise TooLargeError(f"article text larger than {ctx.settings.max_article_bytes:,} bytes — probably "
                            "not one news article; split it or raise SITREP_MAX_ARTICLE_BYTES")
    text = normalize_text(text)
    if not text:
        raise EmptyInputError("empty article text — the record or file holds no text; remove it")
    language = detect_language(text, stop_words=ctx.stop_words)
    if language is not None and language not in ctx.settings.languages:
        raise LanguageError(f"text is not in {', '.join(ctx.settings.languages)} (looks like {language!r}) — "
                            f"sitrep codes English news; translate it or add the language to SITREP_LANGUAGES")
    published = ctx.published
    if date_value is not None and not (isinstance(date_value, str) and not date_value.strip()):
        try:
            published = check_date(date_value, today=ctx.today)
        except BadDateError as exc:
            yield to_reject(exc, path, line)
    dateline = find_dateline(text, rules=ctx.rules, after_header=after_header)
    yield Article(
        id=id, text=text, title=title, url=url,
        publisher=publisher or (dateline.agency if dateline else None),
        published=published, dateline=dateline.place if dateline else None, language=language,
        source_path=path, source_line=line,
    )

