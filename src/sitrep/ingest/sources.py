"""Walk the inputs: files, directories (recursive, sorted, hidden names skipped), .gz files and `-` (stdin).

Each file becomes an Input: a buffered binary stream (with peek) plus the name it is reported under
(the path as given, "<stdin>" for stdin). The format comes from the extension (inside .gz: the inner
one); files without an extension and stdin are sniffed: gzip magic -> decompress and sniff again,
`{` -> JSON Lines, `[` -> JSON, `<` -> feed (an rss/feed/RDF root) or HTML, anything else -> text.
"""

from __future__ import annotations

import gzip
import io
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, BinaryIO

from sitrep.errors import InputError, UnsupportedFormatError
from sitrep.model import Reject

STDIN_NAME = "<stdin>"
SNIFF_BYTES = 4096
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]")


@dataclass(frozen=True)
class Input:
    name: str  # as reported in ids and Rejects
    stream: io.BufferedReader
    fmt: str  # ingester name
    is_stdin: bool = False
    first_line: int = 1  # number of the stream's first line in the file (a byte range starts later)
    partial: bool = False  # a byte range of a file, not all of it


@dataclass(frozen=True)
class Location:
    """An input before it is opened: a path (or stdin) and its format, None when it must be sniffed."""

    name: str
    path: Path | None  # None: stdin
    fmt: str | None
    gzipped: bool = False
    # A byte range [start, end) of a plain JSON Lines file, cut on line boundaries by the scale-out
    # partitioner; `first_line` is the file's number of the line at `start`. end None: to the end.
    start: int = 0
    end: int | None = None
    first_line: int = 1

    @property
    def partial(self) -> bool:
        return self.start > 0 or self.end is not None


class _Range(io.RawIOBase):
    """At most `size` bytes of a file opened at the start of a byte range."""

    def __init__(self, raw: IO[bytes], size: int) -> None:
        self.raw, self.left = raw, size

    def close(self) -> None:
        self.raw.close()
        super().close()

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        data = self.raw.read(min(len(buffer), self.left))
        buffer[:len(data)] = data
        self.left -= len(data)
        return len(data)


class _Prefixed(io.RawIOBase):
    """Bytes already read for sniffing, then the rest of the stream."""

    def __init__(self, head: bytes, rest: IO[bytes], owned: tuple[IO[bytes], ...]) -> None:
        self.head, self.rest, self.owned = head, rest, owned

    def close(self) -> None:
        # Close what this input opened (file, gzip layers), innermost last; never stdin.
        for stream in self.owned:
            stream.close()
        super().close()

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        if self.head:
            n = min(len(buffer), len(self.head))
            buffer[:n], self.head = self.head[:n], self.head[n:]
            return n
        data = self.rest.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)


def sniff(head: bytes) -> str:
    """Format name from a file's first bytes."""
    if head.startswith(b"\x1f\x8b"):
        return "gzip"
    text = head.lstrip(b"\xef\xbb\xbf\xff\xfe\x00 \t\r\n").replace(b"\x00", b"")
    if text.startswith(b"{"):
        return "jsonl"
    if text.startswith(b"["):
        return "json"
    if text.startswith(b"<"):
        return "feed" if _FEED_ROOT.search(text) else "html"
    return "text"


def locate(inputs: Iterable[str], *, extensions: Mapping[str, str]) -> Iterator[Location | Reject]:
    for given in inputs:
        if given == "-":
            yield Location(STDIN_NAME, None, None)
            continue
        path = Path(given)
        if path.is_dir():
            yield from _walk(given, extensions)
        elif path.is_file():
            yield _file_location(given, extensions)
        else:
            yield Reject(given, None, InputError.code,
                         "no such file or directory — a typo or an unquoted space in the path; check it")


def _walk(top: str, extensions: Mapping[str, str]) -> Iterator[Location | Reject]:
    """Files under `top` in sorted path order, depth first; hidden names and symlinked folders skipped."""
    try:
        entries = sorted(os.scandir(top), key=lambda e: e.name)
    except OSError as exc:
        yield Reject(top, None, InputError.code,
                     f"cannot list directory ({exc.strerror}) — no permission or it vanished; check it")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = os.path.join(top, entry.name)
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(path, extensions)
        elif entry.is_file():
            yield _file_location(path, extensions)


def _file_location(name: str, extensions: Mapping[str, str]) -> Location | Reject:
    inner = name[:-3] if name.lower().endswith(".gz") else name
    suffix = Path(inner).suffix.lower()
    gzipped = inner != name
    if not suffix or suffix not in extensions and (len(suffix) > 6 or suffix[1:].isdigit()):  # "report.2026"
        return Location(name, Path(name), None, gzipped)
    if suffix in extensions:
        return Location(name, Path(name), extensions[suffix], gzipped)
    known = ", ".join(sorted(extensions))
    exc = UnsupportedFormatError(f"unsupported format {suffix!r} — sitrep reads {known} (also gzipped) and "
                                 "directories of them; convert the file to one of these")
    return Reject(name, None, exc.code, exc.message)


def open_input(loc: Location, *, stdin: IO[bytes] | None) -> Input:
    """Open (and, when needed, sniff) a location; OSError, EOFError and zlib.error propagate to the caller."""
    owned: list[IO[bytes]] = []
    raw: IO[bytes]
    if loc.path is None:
        raw = stdin if stdin is not None else _stdin()
    else:
        raw = open(loc.path, "rb")  # noqa: SIM115 - closed with the Input's stream
        if loc.partial:
            raw.seek(loc.start)
            raw = _Range(raw, (loc.end if loc.end is not None else 1 << 62) - loc.start)
        owned.append(raw)
    try:
        if loc.gzipped:
            raw = gzip.GzipFile(fileobj=raw, mode="rb")
            owned.insert(0, raw)
        fmt = loc.fmt
        head = raw.read(SNIFF_BYTES) if fmt is None else b""
        if fmt is None and sniff(head) == "gzip":
            raw = gzip.GzipFile(fileobj=_buffered(head, raw, ()), mode="rb")
            owned.insert(0, raw)
            head = raw.read(SNIFF_BYTES)
    except BaseException:
        for stream in owned:  # a corrupt gzip fails while sniffing: close what was opened
            stream.close()
        raise
    stream = _buffered(head, raw, tuple(owned))
    return Input(loc.name, stream, fmt or sniff(head), is_stdin=loc.path is None,
                 first_line=loc.first_line, partial=loc.partial)


def _buffered(head: bytes, rest: IO[bytes], owned: tuple[IO[bytes], ...]) -> io.BufferedReader:
    return io.BufferedReader(_Prefixed(head, rest, owned), buffer_size=1 << 16)


def _stdin() -> BinaryIO:
    import sys

    return sys.stdin.buffer
