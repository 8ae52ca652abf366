"""Ingest on generated input: arbitrary bytes in every format never raise, and a JSON Lines file of
generated lines accounts for every line exactly once (an Article, a Reject, or a date Reject plus
the Article), in order."""

from __future__ import annotations

import json
import tempfile
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, strategies as st

from sitrep.ingest import read_inputs
from sitrep.model import Article, Reject
from sitrep.settings import Settings
from tests.fuzz.tally import tally

pytestmark = pytest.mark.fuzz
TODAY = date(2026, 2, 5)
SETTINGS = Settings(max_article_bytes=4000)
EXTENSIONS = [".jsonl", ".txt", ".csv", ".html", ".xml", ".json", ".tsv", ".txt.gz", ""]
SEEDS = [b'{"text": 1}', b'{"text": "x", "date": 1e400}', b"<rss><item>", b'id,text\n"unclosed',
         b"\xff\xfe\x00", b"<html><body>\x00</body>", b"\xef\xbb\xbf{}", b'[{"text": "a"}, 3]',
         b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><entry>']


def _read(data: bytes, ext: str) -> list[Article | Reject]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"input{ext}"
        path.write_bytes(data)
        return list(read_inputs([str(path)], settings=SETTINGS, today=TODAY))


def _check_items(items: list[Article | Reject]) -> None:
    for item in items:
        if isinstance(item, Reject):
            assert item.code.startswith("S1") and " — " in item.reason, item
            assert "\n" not in item.reason and "\r" not in item.reason, item
        else:
            assert item.text and item.text == item.text.strip()
            assert len(item.text.encode("utf-8")) <= SETTINGS.max_article_bytes
            assert item.published is None or date(1945, 1, 1) <= item.published <= date(2026, 2, 7)


@given(data=st.one_of(st.binary(max_size=800), st.sampled_from(SEEDS),
                      st.text(max_size=400).map(lambda s: s.encode("utf-8", "surrogatepass")),
                      st.tuples(st.sampled_from(SEEDS), st.binary(max_size=200)).map(b"".join)),
       ext=st.sampled_from(EXTENSIONS))
def test_fuzz_ingest_arbitrary_bytes_never_raise(data: bytes, ext: str) -> None:
    tally("ingest bytes")
    if ext.endswith(".gz"):
        import gzip

        data = gzip.compress(data)
    _check_items(_read(data, ext))


_values = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=30))
_dates = st.one_of(st.dates().map(str), st.sampled_from(["1900-01-01", "2031-06-01", "yesterday", "", "0000-00-00",
                                                         "Tue, 03 Feb 2026 08:00:00 +0500", "32/13/2026"]),
                   st.text(max_size=20), st.integers())
_text = st.one_of(st.text(min_size=0, max_size=300),
                  st.sampled_from(["Police said two men were arrested after a gun battle in the old city on Friday.",
                                   "Le gouvernement a déclaré que les militants avaient attaqué un poste de police hier.",
                                   "   ", "\u200b", "<p>Gunmen killed four</p>"]))
_record = st.fixed_dictionaries({"text": _text}, optional={
    "id": st.one_of(st.text(max_size=20), st.integers()), "date": _dates, "title": _values,
    "url": _values, "source": st.one_of(_values, st.fixed_dictionaries({"name": _values}))})
_line = st.one_of(_record.map(json.dumps),  # a record, possibly with bad fields
                  st.recursive(_values, lambda c: st.lists(c, max_size=3) | st.dictionaries(st.text(max_size=5), c,
                                                                                            max_size=3)).map(json.dumps),
                  st.text(max_size=80).filter(lambda s: "\n" not in s),  # not JSON at all
                  _record.map(json.dumps).map(lambda s: s[:len(s) // 2]))  # cut short


@given(lines=st.lists(_line, min_size=1, max_size=12))
def test_fuzz_ingest_jsonl_accounts_for_every_line_once(lines: list[str]) -> None:
    tally("ingest jsonl lines")
    items = _read("\n".join(lines).encode("utf-8", "surrogatepass"), ".jsonl")
    _check_items(items)
    if any(isinstance(i, Reject) and i.line is None for i in items):  # empty or binary: the whole file
        assert len(items) == 1 and items[0].code in ("S101", "S102"), items  # type: ignore[union-attr]
        return
    by_line: dict[int, list[str]] = defaultdict(list)
    for item in items:
        number = item.source_line if isinstance(item, Article) else item.line
        assert number is not None, item
        by_line[number].append("A" if isinstance(item, Article) else item.code)
    kept = [n for n, line in enumerate(lines, 1) if line.strip()]
    assert sorted(by_line) == kept
    for outcome in by_line.values():
        assert outcome in (["A"], ["S107", "A"]) or (len(outcome) == 1 and outcome[0].startswith("S1")), outcome
    order = [i.source_line for i in items if isinstance(i, Article)]
    assert order == sorted(order)
