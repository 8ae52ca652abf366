"""CSV (.csv) and TSV (.tsv): a header row names the columns (id, text, published/date, title, url,
source, or as mapped by settings.field_map); quoted fields may hold newlines (the csv module).

`line` in a Reject is the physical line where the row starts. A row without text is a Reject;
a row with more non-empty cells than the header has columns is malformed (an unquoted delimiter).
"""

from __future__ import annotations

import csv
from collections.abc import Iterator

from sitrep.errors import EmptyInputError, InputError, MalformedRecordError, MissingFieldError, TooLargeError
from sitrep.ingest.decode import check_head, iter_lines
from sitrep.ingest.records import Context, Item, record_items, to_reject
from sitrep.ingest.sources import Input


class _Lines:
    """Decoded lines for csv.reader; lines that cannot be decoded are set aside as Rejects.

    It also follows the quote parity of each row's lines, so that after an error inside a
    multi-line quoted field (one cell over the size limit) the rest of that field is skipped
    instead of being read as rows of its own.
    """

    def __init__(self, inp: Input, limit: int) -> None:
        self.source = iter_lines(inp.stream, limit)
        self.errors: list[tuple[int, InputError]] = []
        self.row_start: int | None = None  # physical line of the current row's first line
        self.open_quote = False  # the current row's lines so far leave a quoted field open
        self.skipping = False  # dropping the rest of a broken quoted field

    def __iter__(self) -> _Lines:
        return self

    def new_row(self) -> None:
        self.row_start, self.open_quote = None, False

    def __next__(self) -> str:
        for number, line in self.source:
            if not isinstance(line, str):
                self.errors.append((number, line))
            elif self.skipping:
                self.skipping = line.count('"') % 2 == 0  # an odd count closes the field
            else:
                self.row_start = number if self.row_start is None else self.row_start
                self.open_quote ^= line.count('"') % 2 == 1
                return line
        raise StopIteration


def read_csv(inp: Input, ctx: Context, *, delimiter: str = ",") -> Iterator[Item]:
    check_head(inp.stream)
    lines = _Lines(inp, ctx.settings.max_article_bytes)
    # Quoted fields may be whole articles; the module-wide default limit (128 KiB) is too small.
    csv.field_size_limit(max(csv.field_size_limit(), ctx.settings.max_article_bytes))
    reader = csv.reader(lines, delimiter=delimiter, strict=False)
    header = _header(reader)
    if not any(name in header for name in ctx.keys["text"]):
        raise MissingFieldError(f"no text column in the header ({', '.join(header)[:200]}) — the first row must "
                                "name the columns; add a 'text' column or set SITREP_FIELD_MAP=text=<column>")
    while True:
        lines.new_row()
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            yield _csv_reject(exc, inp.name, lines.row_start)
            lines.skipping = lines.open_quote
            continue
        yield from _drain(lines, inp.name)
        if any(cell.strip() for cell in row):
            yield from _row_items(header, row, inp.name, lines.row_start or 0, ctx)
    yield from _drain(lines, inp.name)


def read_tsv(inp: Input, ctx: Context) -> Iterator[Item]:
    return read_csv(inp, ctx, delimiter="\t")


def _header(reader: Iterator[list[str]]) -> list[str]:
    try:
        first = next(reader)
    except StopIteration:
        raise EmptyInputError("empty file — no header row; remove it or check how it was exported") from None
    except csv.Error as exc:
        raise MalformedRecordError(f"unreadable header row ({exc}) — not a CSV file; check the delimiter") from None
    return [name.strip().lstrip("\ufeff").lower() for name in first]


def _row_items(header: list[str], row: list[str], path: str, line: int, ctx: Context) -> Iterator[Item]:
    try:
        extra = row[len(header):]
        if any(cell.strip() for cell in extra):
            raise MalformedRecordError(f"row has {len(row)} cells, the header {len(header)} — an unquoted "
                                       "delimiter in a field; quote fields that contain it")
        record = {name: cell for name, cell in zip(header, row) if name and cell.strip()}
        yield from record_items(record, path=path, line=line, ctx=ctx)
    except InputError as exc:
        yield to_reject(exc, path, line)


def _drain(lines: _Lines, path: str) -> Iterator[Item]:
    while lines.errors:
        number, exc = lines.errors.pop(0)
        yield to_reject(exc, path, number)


def _csv_reject(exc: csv.Error, path: str, line: int | None) -> Item:
    if "field larger than field limit" in str(exc):
        err = TooLargeError("field larger than max_article_bytes — one cell is too large, or a quote is never "
                            "closed; fix the quoting or raise SITREP_MAX_ARTICLE_BYTES")
        return to_reject(err, path, line)
    return to_reject(MalformedRecordError(f"malformed CSV row ({exc}) — bad quoting; fix the row"), path, line)
