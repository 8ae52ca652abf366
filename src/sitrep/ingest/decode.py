"""Bytes -> text: byte-order marks, UTF-8, the cp1252 that real-world feeds send, and binary detection.

Order: a BOM decides (UTF-8/16/32); UTF-16 without a BOM is recognised by its NUL pattern; NUL bytes
or many control characters mean binary (S102); then UTF-8, else cp1252 (bytes that are not valid
UTF-8 are almost always Windows-1252 in news feeds); bytes cp1252 leaves undefined are S103.
"""

from __future__ import annotations

import codecs
import io
import re
import unicodedata
from collections.abc import Iterator
from typing import BinaryIO

from sitrep.errors import BinaryInputError, EncodingError, InputError, TooLargeError

BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# File signatures of common binary formats that a user may point sitrep at by mistake.
MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF"), (b"PK\x03\x04", "a ZIP/Office document"), (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"), (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"\x1f\x8b", "gzip data (name it .gz)"), (b"SQLite format 3", "an SQLite database"),
)
_CONTROL = frozenset(range(0, 9)) | {11, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31}


def bom_encoding(data: bytes) -> tuple[str, int] | None:
    """(encoding, BOM length) when `data` starts with a byte-order mark."""
    for bom, enc in BOMS:
        if data.startswith(bom):
            return enc, len(bom)
    return None


def utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le'/'-be' when every other byte is NUL, as in ASCII text saved as UTF-16 without a BOM."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) >= 0.9 * len(odd) and even.count(0) == 0:
        return "utf-16-le"
    if even.count(0) >= 0.9 * len(even) and odd.count(0) == 0:
        return "utf-16-be"
    return None


def check_binary(data: bytes) -> None:
    """Raise BinaryInputError when `data` (no BOM) is not text."""
    for magic, what in MAGIC:
        if data.startswith(magic):
            raise BinaryInputError(f"binary file ({what}) — not a news text; convert it to .txt, .html or .jsonl")
    sample = data[:8192]
    if b"\x00" in sample:
        raise BinaryInputError("binary data (NUL bytes) — not a text file, or text in an encoding without a "
                               "byte-order mark; save it as UTF-8")
    if sample and sum(b in _CONTROL for b in sample) > 0.05 * len(sample):
        raise BinaryInputError("binary data (many control characters) — not a text file; save it as UTF-8 text")


def check_head(stream: BinaryIO) -> None:
    """check_binary on the first bytes of a stream read line by line (skipped after a BOM)."""
    head = stream.peek(8192)[:8192] if hasattr(stream, "peek") else b""
    if bom_encoding(head) is None:
        check_binary(head)


def decode_bytes(data: bytes) -> str:
    """Decode a whole file's bytes (see the module docstring for the order)."""
    found = bom_encoding(data) or ((enc, 0) if (enc := utf16_without_bom(data)) else None)
    if found:
        enc, skip = found
        try:
            return data[skip:].decode(enc)
        except UnicodeDecodeError as exc:
            raise EncodingError(f"not valid {enc} (byte {exc.start}) — the file is corrupt or its byte-order "
                                "mark is wrong; re-save it as UTF-8") from None
    check_binary(data)
    return decode_plain(data)


def decode_plain(data: bytes) -> str:
    """UTF-8, else cp1252; S103 when neither fits."""
    if b"\x00" in data:
        raise BinaryInputError("NUL byte in text — the record holds binary data; remove it")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise EncodingError(f"neither UTF-8 nor Windows-1252 (byte 0x{data[exc.start]:02x} at {exc.start}) — "
                            "the text uses another encoding; re-save it as UTF-8") from None


def read_limited(stream: BinaryIO, limit: int, *, what: str = "file") -> bytes:
    """Read a whole stream, but never more than `limit` + 1 bytes."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise TooLargeError(f"{what} larger than {limit:,} bytes — probably not a single news article; "
                            "split it or raise SITREP_MAX_ARTICLE_BYTES")
    return data


def iter_lines(stream: BinaryIO, limit: int, *, first: int = 1) -> Iterator[tuple[int, str | InputError]]:
    """(1-based line number, text or the error for that line); a line longer than `limit` is skipped.

    `first`: the number of the stream's first line (a byte range of a file starts later than 1).
    """
    head = stream.peek(4)[:4] if hasattr(stream, "peek") else b""
    found = bom_encoding(head)
    if found and found[0] != "utf-8":
        yield from _iter_wide_lines(stream, found[0], limit)
        return
    number = first - 1
    while raw := stream.readline(limit + 1):
        number += 1
        if len(raw.rstrip(b"\r\n")) > limit:
            while raw and not raw.endswith(b"\n"):  # drop the rest of the oversize line
                raw = stream.readline(1 << 20)
            yield number, TooLargeError(f"line longer than {limit:,} bytes — one record is too large or the "
                                        "file has no line breaks; split it or raise SITREP_MAX_ARTICLE_BYTES")
            continue
        try:
            yield number, decode_plain(raw.removeprefix(codecs.BOM_UTF8) if number == 1 else raw)
        except InputError as exc:
            yield number, exc


def _iter_wide_lines(stream: BinaryIO, encoding: str, limit: int) -> Iterator[tuple[int, str | InputError]]:
    # "utf-16"/"utf-32" (no byte order) let the codec read and drop the BOM itself.
    wrapper = io.TextIOWrapper(stream, encoding=encoding[:6], newline="")  # type: ignore[arg-type]
    number = 0
    try:
        while line := wrapper.readline(limit + 1):
            number += 1
            if len(line.rstrip("\r\n")) > limit:
                while line and not line.endswith("\n"):
                    line = wrapper.readline(1 << 20)
                yield number, TooLargeError(f"line longer than {limit:,} characters — split the file or raise "
                                            "SITREP_MAX_ARTICLE_BYTES")
                continue
            yield number, line
    except UnicodeDecodeError as exc:
        raise EncodingError(f"not valid {encoding} after line {number} ({exc.reason}) — the file is corrupt or "
                            "its byte-order mark is wrong; re-save it as UTF-8") from None
    finally:
        wrapper.detach()


_SPACES = re.compile(r"[ \t\u00a0\u2007\u202f]+")
# Windows-1252 punctuation read as Latin-1 lands on C1 control characters, which no text means:
# U+0093 is the curly quote the writer typed. One character for one, so offsets do not move.
_C1_AS_CP1252 = str.maketrans({"\x85": "…", "\x91": "‘", "\x92": "’", "\x93": "“", "\x94": "”",
                               "\x96": "–", "\x97": "—"})


def normalize_text(text: str) -> str:
    """One newline convention and NFC, so offsets are stable across platforms and re-runs; C1 control
    characters that are Windows-1252 punctuation become that punctuation (U+0093 is an opening quote). Runs of
    spaces, tabs and no-break spaces become one space: pasted and scraped copy is full of them, and a
    phrase like "killing  one civilian" must match as the words it is."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff").translate(_C1_AS_CP1252)
    text = "\n".join(_SPACES.sub(" ", line).strip(" ") for line in text.split("\n"))
    return unicodedata.normalize("NFC", text).strip()
