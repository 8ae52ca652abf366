from __future__ import annotations

import json
from datetime import date

import pytest

from sitrep.settings import Settings
from tests.ingest.conftest import ENGLISH, FIXTURES, articles, read, rejects


def test_jsonl_fields_ids_dates_and_datelines() -> None:
    items = read([str(FIXTURES / "articles.jsonl")])
    a1, a2, a3 = articles(items)
    assert not rejects(items)
    assert (a1.id, a1.title, a1.url, a1.publisher, a1.published, a1.dateline) == (
        "a1", "Police van hit", "https://example.org/a1", "Example Daily", date(2026, 2, 1), "PESHAWAR")
    assert a2.id == f"{FIXTURES / 'articles.jsonl'}:2" and a2.published == date(2026, 1, 31)
    assert (a3.published, a3.dateline, a3.publisher) == (date(2026, 1, 30), "Kabul", "Associated Press")
    assert [a.source_line for a in (a1, a2, a3)] == [1, 2, 3]


@pytest.mark.parametrize(("bad_line", "code"), [
    ('{"id": "x", "text": "unterminated', "S105"),
    ('["a", "list"]', "S105"),
    ('{"id": "x", "title": "no text"}', "S106"),
    ('{"id": "x", "text": ["not", "a", "string"]}', "S105"),
    ('{"id": "x", "text": "   "}', "S101"),
    ('{"id": "x", "text": "Police said", "published": "1812-06-18"}', "S107"),
])
def test_jsonl_bad_line_in_the_middle_keeps_lines_around_it(write, bad_line, code) -> None:
    good = [json.dumps({"id": f"g{i}", "text": f"{ENGLISH} Case {i}."}) for i in (1, 2)]
    path = write("mixed.jsonl", "\n".join([good[0], bad_line, "", good[1]]) + "\n")
    items = read([path])
    ids = [a.id for a in articles(items)]
    assert ids[0] == "g1" and ids[-1] == "g2"
    [r] = rejects(items)
    assert (r.code, r.line, r.path) == (code, 2, path)
    assert " — " in r.reason and ";" in r.reason


def test_jsonl_oversize_line_is_rejected_and_reading_goes_on(write) -> None:
    big = json.dumps({"id": "big", "text": "word " * 400})
    small = json.dumps({"id": "ok", "text": ENGLISH})
    items = read([write("big.jsonl", f"{big}\n{small}\n")], settings=Settings(max_article_bytes=1000))
    assert [a.id for a in articles(items)] == ["ok"]
    assert [(r.code, r.line) for r in rejects(items)] == [("S104", 1)]


def test_jsonl_field_map_names_other_keys(write) -> None:
    path = write("m.jsonl", json.dumps({"guid": "z9", "body": ENGLISH, "text": "ignored"}) + "\n")
    [a] = read([path], settings=Settings(field_map="text=body, id=guid"))
    assert (a.id, a.text) == ("z9", ENGLISH)


def test_json_array_numbers_items(write) -> None:
    path = write("a.json", json.dumps([{"id": "j1", "text": ENGLISH}, 5]))
    items = read([path])
    assert [a.id for a in articles(items)] == ["j1"]
    assert [(r.code, r.line) for r in rejects(items)] == [("S105", 2)]
