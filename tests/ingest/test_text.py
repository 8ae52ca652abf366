from __future__ import annotations

from datetime import date

import pytest

from tests.ingest.conftest import ENGLISH, FIXTURES, articles, read, rejects


def test_text_reference_header_gives_date_and_dateline() -> None:
    [a] = read([str(FIXTURES / "header.txt")])
    assert a.published == date(2026, 2, 4)
    assert a.dateline == "Turbat"
    assert a.text.startswith("Turbat: Two labourers")  # the dateline stays in the text as evidence
    assert a.id == str(FIXTURES / "header.txt")
    assert a.language == "en"


def test_text_wire_dateline_sets_place_and_publisher() -> None:
    [a] = read([str(FIXTURES / "wire.txt")], published=date(2026, 2, 3))
    assert (a.dateline, a.publisher, a.published) == ("QUETTA", "Reuters", date(2026, 2, 3))
    assert a.text.startswith("QUETTA, Feb 3 (Reuters) - Gunmen")


def test_text_without_header_has_no_date_unless_given(write) -> None:
    path = write("plain.txt", ENGLISH)
    [a] = read([path])
    assert a.published is None and a.dateline is None and a.text == ENGLISH


def test_text_header_date_wins_over_fallback() -> None:
    [a] = read([str(FIXTURES / "header.txt")], published=date(2020, 1, 1))
    assert a.published == date(2026, 2, 4)


@pytest.mark.parametrize(("header", "expect_date"), [
    ("date 1901-01-01 ", None),  # before 1945
    ("date 2031-05-05 ", None),  # in the future
    ("date 2026-02-06 ", date(2026, 2, 6)),  # one day ahead: time zones
])
def test_text_absurd_header_date_is_rejected_but_article_kept(write, header, expect_date) -> None:
    items = read([write("d.txt", f"{header}Bannu: {ENGLISH}")])
    [a] = articles(items)
    assert a.published == expect_date
    assert [r.code for r in rejects(items)] == ([] if expect_date else ["S107"])
    assert a.dateline == "Bannu"
