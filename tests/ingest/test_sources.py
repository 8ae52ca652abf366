from __future__ import annotations

import gzip
import io
import json

import pytest

from tests.ingest.conftest import ENGLISH, FIXTURES, articles, read, rejects


def test_sources_directory_is_recursive_sorted_and_skips_hidden(write) -> None:
    write("d/b.txt", ENGLISH + " B.")
    write("d/a.txt", ENGLISH + " A.")
    write("d/sub/c.txt", ENGLISH + " C.")
    write("d/.hidden.txt", ENGLISH + " Hidden.")
    write("d/.git/x.txt", ENGLISH + " Git.")
    top = write("d/z.txt", ENGLISH + " Z.").rsplit("/", 1)[0]
    ids = [a.id.removeprefix(top + "/") for a in articles(read([top]))]
    assert ids == ["a.txt", "b.txt", "sub/c.txt", "z.txt"]


def test_sources_directory_reports_unsupported_files(write) -> None:
    write("d/a.txt", ENGLISH)
    top = write("d/photo.png", b"\x89PNG....").rsplit("/", 1)[0]
    items = read([top])
    assert len(articles(items)) == 1 and [r.code for r in rejects(items)] == ["S109"]


@pytest.mark.parametrize(("name", "payload", "n"), [
    ("a.txt.gz", ENGLISH.encode(), 1),
    ("a.jsonl.gz", (json.dumps({"id": "g1", "text": ENGLISH}) + "\n").encode() * 2, 2),
    ("a.csv.gz", f'id,text\ng1,"{ENGLISH}"\n'.encode(), 1),
    ("a.html.gz", (FIXTURES / "page.html").read_bytes(), 1),
    ("a.rss.gz", (FIXTURES / "feed.rss").read_bytes(), 2),
])
def test_sources_gzip_dispatches_on_inner_extension(write, name, payload, n) -> None:
    assert len(articles(read([write(name, gzip.compress(payload))]))) == n


def test_sources_corrupt_gzip_keeps_what_was_read(write) -> None:
    lines = "".join(json.dumps({"id": f"g{i}", "text": f"{ENGLISH} {i}."}) + "\n" for i in range(3000))
    data = gzip.compress(lines.encode())
    items = read([write("cut.jsonl.gz", data[: len(data) // 2])])
    assert len(articles(items)) > 10
    assert rejects(items)[-1].code == "S105"


def test_sources_gzip_of_unsupported_inner_format(write) -> None:
    [r] = read([write("a.tar.gz", gzip.compress(b"x"))])
    assert r.code == "S109"


@pytest.mark.parametrize(("payload", "expect"), [
    (json.dumps({"id": "s1", "text": ENGLISH}).encode() + b"\n", "s1"),
    (b"\n  " + json.dumps({"id": "s2", "text": ENGLISH}).encode(), "s2"),
    ((FIXTURES / "feed.atom").read_bytes(), "urn:example:e1"),
    ((FIXTURES / "page.html").read_bytes(), "stdin:"),
    (b"QUETTA: " + ENGLISH.encode(), "stdin:"),
    (gzip.compress(json.dumps({"id": "s3", "text": ENGLISH}).encode()), "s3"),
])
def test_sources_stdin_is_sniffed(payload, expect) -> None:
    items = read(["-"], stdin=io.BytesIO(payload))
    [a] = articles(items)
    assert a.id.startswith(expect) and a.source_path == "<stdin>"


def test_sources_stdin_text_id_is_a_content_hash() -> None:
    one = articles(read(["-"], stdin=io.BytesIO(ENGLISH.encode())))[0].id
    two = articles(read(["-"], stdin=io.BytesIO(ENGLISH.encode())))[0].id
    assert one == two and len(one) == len("stdin:") + 16


def test_sources_missing_path_is_a_reject_and_the_rest_is_read(write) -> None:
    items = read(["/nonexistent/x.txt", write("ok.txt", ENGLISH)])
    assert [type(i).__name__ for i in items] == ["Reject", "Article"]
    assert items[0].code == "S100"


def test_sources_streams_articles_before_a_later_failure(write) -> None:
    good = write("a.jsonl", json.dumps({"id": "first", "text": ENGLISH}) + "\n")
    stream = iter(__import__("sitrep.ingest", fromlist=["read_inputs"]).read_inputs([good, "/nonexistent"]))
    assert next(stream).id == "first"  # yielded before the next input is even looked at
