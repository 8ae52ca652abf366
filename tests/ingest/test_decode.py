from __future__ import annotations

import codecs

import pytest

from sitrep.errors import BinaryInputError, EncodingError
from sitrep.ingest.decode import decode_bytes, normalize_text
from tests.ingest.conftest import ENGLISH, articles, read, rejects

TEXT = "QUETTA: " + ENGLISH + " The café’s owner — a witness — said so."


@pytest.mark.parametrize(("name", "data"), [
    ("utf8", TEXT.encode("utf-8")),
    ("utf8-bom", codecs.BOM_UTF8 + TEXT.encode("utf-8")),
    ("utf16-le-bom", codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le")),
    ("utf16-be-bom", codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be")),
    ("utf16-le-no-bom", TEXT.encode("utf-16-le")),
    ("cp1252", TEXT.encode("cp1252")),
])
def test_decode_encodings_give_the_same_text(write, name, data) -> None:
    [a] = read([write(f"{name}.txt", data)])
    assert a.text == TEXT
    assert a.dateline == "QUETTA"


@pytest.mark.parametrize(("name", "data"), [
    ("utf8-bom", codecs.BOM_UTF8 + b'{"id": "b", "text": "' + ENGLISH.encode() + b'"}\n'),
    ("utf16", codecs.BOM_UTF16_LE + ('{"id": "b", "text": "' + ENGLISH + '"}\r\n').encode("utf-16-le")),
    ("cp1252", b'{"id": "b", "text": "' + (ENGLISH + " Caf\xe9.").encode("cp1252") + b'"}\n'),
])
def test_decode_jsonl_encodings(write, name, data) -> None:
    [a] = read([write(f"{name}.jsonl", data)])
    assert a.id == "b" and a.text.startswith("Police said")


@pytest.mark.parametrize(("name", "data", "code"), [
    ("empty.txt", b"", "S101"),
    ("blank.txt", b"  \n\t\n", "S101"),
    ("empty.jsonl", b"\n\n", "S101"),
    ("empty.csv", b"", "S101"),
    ("nul.txt", b"Police said\x00\x01\x02 that", "S102"),
    ("pdf.txt", b"%PDF-1.7\n...", "S102"),
    ("binary.jsonl", bytes(range(256)) * 4, "S102"),
    ("binary.csv", b"\x00\x01\x02\x03" * 100, "S102"),
    ("undefined-cp1252.txt", b"Police said \x81\x8d\x8f", "S103"),
    ("bad-utf16.txt", codecs.BOM_UTF16_LE + b"\x00\xd8A", "S103"),
    ("report.pdf", b"%PDF-1.7", "S109"),
])
def test_decode_bad_files_are_rejected_with_codes(write, name, data, code) -> None:
    items = read([write(name, data)])
    assert [r.code for r in rejects(items)] == [code]
    assert not articles(items)
    r = rejects(items)[0]
    assert r.reason.count(" — ") == 1 and ";" in r.reason.split(" — ")[1]


def test_decode_oversize_file_is_rejected_before_reading(write) -> None:
    from sitrep.settings import Settings

    items = read([write("big.txt", ENGLISH * 20), write("big.html", "<p>" + ENGLISH * 20)],
                 settings=Settings(max_article_bytes=500))
    assert [r.code for r in items] == ["S104", "S104"]


@pytest.mark.parametrize(("data", "error"), [
    (b"abc\x00def", BinaryInputError),
    (b"\x81", EncodingError),
])
def test_decode_bytes_raises_coded_errors(data, error) -> None:
    with pytest.raises(error):
        decode_bytes(data)


def test_normalize_text_collapses_runs_of_spaces_within_lines() -> None:
    # Scraped copy: doubled spaces, a tab, no-break spaces; the blank line between paragraphs stays.
    raw = "Two  soldiers were\tkilled\u00a0\u00a0in Kech.  \r\n\r\nPolice  said so."
    assert normalize_text(raw) == "Two soldiers were killed in Kech.\n\nPolice said so."


def test_normalize_text_reads_cp1252_punctuation_left_as_c1_controls() -> None:
    raw = "Troops took \x93full control\x94 of the town\x92s market \x96 officials said"
    out = normalize_text(raw)
    assert out == "Troops took “full control” of the town’s market – officials said"
    assert len(out) == len(raw)  # one character for one: offsets do not move
