"""Bad input, case by case: each gives one coded Reject naming its file (and line), and the good
records around it are read exactly once, in order. The 50 MB inputs are generated at test time."""

from __future__ import annotations

import gzip
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from sitrep.ingest import read_inputs
from sitrep.settings import Settings
from tests.ingest.conftest import ENGLISH, TODAY, Items, articles, read, rejects

BIG = 50_000_000  # ten times the default max_article_bytes
FRENCH = "Le gouvernement a déclaré que les militants avaient attaqué un poste de police dans la province hier soir."


def _big_text() -> str:
    """~50 MB of paragraphs: one article far over the size limit."""
    para = ENGLISH + "\n\n"
    return para * (BIG // len(para) + 1)


@pytest.fixture(scope="module")
def big_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One 50 MB article in each format, each followed (where the format allows) by a good record."""
    d = tmp_path_factory.mktemp("big")
    text = _big_text()
    good = json.dumps({"id": "after", "text": ENGLISH}) + "\n"
    (d / "big.txt").write_text(text, encoding="utf-8")
    (d / "big.html").write_text(f"<html><body><p>{text}</p></body></html>", encoding="utf-8")
    (d / "big.jsonl").write_text(json.dumps({"id": "big", "text": text}) + "\n" + good, encoding="utf-8")
    (d / "big.csv").write_text(f'id,text\nbig,"{text}"\nafter,"{ENGLISH}"\n', encoding="utf-8")
    with gzip.open(d / "big.txt.gz", "wt", encoding="utf-8", compresslevel=1) as fh:
        fh.write(text)
    return d


@pytest.mark.parametrize(("name", "line", "after"), [
    ("big.txt", None, []),
    ("big.html", None, []),
    ("big.txt.gz", None, []),  # a stream: bounded while it is read
    ("big.jsonl", 1, ["after"]),
    ("big.csv", 2, ["after"]),  # the rest of the oversize quoted cell is skipped, not read as rows
])
def test_bad_input_50mb_article_is_rejected_and_reading_goes_on(big_dir: Path, name: str, line: int | None,
                                                                after: list[str]) -> None:
    path = str(big_dir / name)
    items = read([path])
    assert [(r.code, r.path, r.line) for r in rejects(items)] == [("S104", path, line)]
    assert [a.id for a in articles(items)] == after


def test_bad_input_50mb_article_on_stdin_is_rejected() -> None:
    items = list(read_inputs(["-"], stdin=io.BytesIO(_big_text().encode()), settings=Settings(), today=TODAY))
    assert [(r.code, r.path) for r in rejects(items)] == [("S104", "<stdin>")]


def test_bad_input_latin1_text_is_decoded(write: Callable[[str, bytes | str], str]) -> None:
    text = f"Müller, the São Tomé café owner, said: {ENGLISH}"
    [a] = read([write("latin1.txt", text.encode("latin-1"))])
    assert a.text == text


# name -> (bytes, expected (code, line) rejects, ids of the articles the file still gives)
CASES: dict[str, tuple[bytes, list[tuple[str, int | None]], list[str]]] = {
    "empty.txt": (b"", [("S101", None)], []),
    "empty.jsonl": (b"\n \n", [("S101", None)], []),
    "binary.txt": (bytes(range(256)) * 8, [("S102", None)], []),
    "image.html": (b"\x89PNG\r\n\x1a\n" + bytes(200), [("S102", None)], []),
    "utf16.txt": (b"\xff\xfe" + f"{ENGLISH} Wide.".encode("utf-16-le"), [], ["utf16.txt"]),
    "malformed.jsonl": ("\n".join([json.dumps({"id": "j1", "text": ENGLISH + " One."}), '{"id": "j2", "text": "cut',
                                   json.dumps({"id": "j3", "text": ENGLISH + " Again."})]).encode(),
                        [("S105", 2)], ["j1", "j3"]),
    "no-text-column.csv": (f"id,headline\nc1,{ENGLISH}\n".encode(), [("S106", None)], []),
    "short-row.csv": (f'id,date,text\nc1,2026-02-01\nc2,2026-02-01,"{ENGLISH}\n\nMore."\n'.encode(),
                      [("S106", 2)], ["c2"]),
    "no-body.html": (b"<html><head><title>Only a title</title></head></html>", [("S105", None)], []),
    "broken.rss": (("<?xml version='1.0'?><rss version='2.0'><channel><title>W</title>"
                    f"<item><guid>f1</guid><description>{ENGLISH} Feed.</description></item>"
                    "<item><guid>f2</guid><title>headline only</title></item>"
                    f"<item><guid>f3</guid><description>{ENGLISH} Later.</description></item>"
                    "</channel></rss>").encode(), [("S106", 2)], ["f1", "f3"]),
    "french.txt": (FRENCH.encode(), [("S108", None)], []),
    "gzip-magic-only": (b"\x1f\x8b", [("S105", None)], []),  # no extension: sniffed as gzip, cut off
    "cut.jsonl.gz": (gzip.compress(json.dumps({"id": "z1", "text": ENGLISH}).encode() * 50)[:60], [("S105", None)], []),
    "dates.jsonl": ("\n".join(json.dumps({"id": i, "text": f"{ENGLISH} {i}.", "date": d})
                              for i, d in [("old", "1900-01-01"), ("ahead", "2031-06-01")]).encode(),
                    [("S107", 1), ("S107", 2)], ["old", "ahead"]),  # the date is dropped, the article kept
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_input_case_is_one_reject_and_neighbours_survive(write: Callable[[str, bytes | str], str],
                                                             name: str) -> None:
    data, expected, ids = CASES[name]
    first = write("d/a-first.txt", ENGLISH + " First.")
    bad = write(f"d/m-{name}", data)
    last = write("d/z-last.jsonl", json.dumps({"id": "last", "text": ENGLISH + " Last."}))
    items = read([str(Path(first).parent)])
    assert [(r.code, r.line) for r in rejects(items)] == expected
    assert all(r.path == bad and "\n" not in r.reason for r in rejects(items))
    got = [a.id.removeprefix(str(Path(bad).parent) + "/") for a in articles(items)]
    assert got == ["a-first.txt", *(f"m-{i}" if i == name else i for i in ids), "last"]


def test_bad_input_all_cases_in_one_run_lose_and_repeat_nothing(write: Callable[[str, bytes | str], str]) -> None:
    for name, (data, _, _) in CASES.items():
        top = str(Path(write(f"all/{name}", data)).parent)
    items: Items = read([top])
    assert len(rejects(items)) == sum(len(expected) for _, expected, _ in CASES.values())
    ids = [a.id for a in articles(items)]
    assert len(ids) == len(set(ids)) == sum(len(i) for _, _, i in CASES.values())
