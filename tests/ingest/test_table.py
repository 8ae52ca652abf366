from __future__ import annotations

from datetime import date

import pytest

from sitrep.settings import Settings
from tests.ingest.conftest import ENGLISH, FIXTURES, articles, read, rejects


def test_table_csv_with_mapped_columns_and_embedded_newlines() -> None:
    items = read([str(FIXTURES / "articles.csv")])  # guid/headline/body/pubdate/link: the default aliases
    c1, c2 = articles(items)
    assert not rejects(items)
    assert (c1.id, c1.title, c1.url, c1.published) == ("c1", "Clash in Khyber", "https://example.org/c1",
                                                        date(2026, 2, 2))
    assert "\n\nTwo soldiers" in c1.text  # a quoted field spanning lines
    assert (c2.source_line, c2.published) == (5, date(2026, 2, 3))  # row starts on physical line 5; dd/mm/yyyy


def test_table_field_map_setting(write) -> None:
    path = write("m.csv", f'story,key\n"{ENGLISH}",k1\n')
    [a] = read([path], settings=Settings(field_map="text=story,id=key"))
    assert (a.id, a.text) == ("k1", ENGLISH)


@pytest.mark.parametrize(("rows", "code", "line"), [
    (f'r1,2026-02-01,\nr2,2026-02-01,"{ENGLISH}"\n', "S106", 2),  # missing text cell
    (f'r1,2026-02-01\nr2,2026-02-01,"{ENGLISH}"\n', "S106", 2),  # short row
    (f'r1,2026-02-01,"{ENGLISH}",extra\nr2,2026-02-01,"{ENGLISH} Again."\n', "S105", 2),  # unquoted comma
])
def test_table_bad_row_is_rejected_with_its_line(write, rows, code, line) -> None:
    items = read([write("t.csv", "id,date,text\n" + rows)])
    assert [a.id for a in articles(items)] == ["r2"]
    assert [(r.code, r.line) for r in rejects(items)] == [(code, line)]


def test_table_csv_without_text_column_is_rejected(write) -> None:
    [r] = read([write("h.csv", "alpha,beta\n1,2\n")])
    assert (r.code, r.line) == ("S106", None)
    assert "alpha, beta" in r.reason


def test_table_tsv(write) -> None:
    [a] = read([write("t.tsv", f"id\ttext\tsource\nt1\t{ENGLISH}\tExample Times\n")])
    assert (a.id, a.publisher) == ("t1", "Example Times")


def test_table_undecodable_line_is_rejected_alone(write) -> None:
    data = f'id,text\nu1,"{ENGLISH}"\n'.encode() + b"u2,bad \x81\x8d bytes here\n" + f'u3,"{ENGLISH}"\n'.encode()
    items = read([write("enc.csv", data)])
    assert [a.id for a in articles(items)] == ["u1", "u3"]
    assert [(r.code, r.line) for r in rejects(items)] == [("S103", 3)]


def test_table_line_numbers_stay_physical_after_a_dropped_line(write) -> None:
    data = f'id,text\nu1,"{ENGLISH}"\n'.encode() + b"u2,bad \x81\x8d bytes\n" + b"u3,\n" + f'u4,"{ENGLISH} 4"\n'.encode()
    items = read([write("drift.csv", data)])
    assert [(r.code, r.line) for r in rejects(items)] == [("S103", 3), ("S106", 4)]
    assert [a.source_line for a in articles(items)] == [2, 5]
