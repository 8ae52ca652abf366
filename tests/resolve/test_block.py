from __future__ import annotations

from datetime import date

from sitrep.resolve.block import BlockIndex, candidate_pairs, event_days


def test_block_event_days_widen_with_precision(ev):
    day = date(2026, 2, 3)
    assert len(event_days(ev("a", article="x", day=day, precision=1))) == 3
    assert len(event_days(ev("a", article="x", day=day, precision=3))) == 31


def test_block_undated_event_is_never_a_candidate(ev):
    index = BlockIndex()
    undated = ev("a", article="x", day=date(2026, 2, 3))
    from dataclasses import replace

    undated = replace(undated, event_date=None, date_start=None, date_end=None)
    index.add(undated)
    assert index.candidates(ev("b", article="y", day=date(2026, 2, 3))) == set()


def test_block_pairs_only_within_country_and_window(ev):
    from dataclasses import replace

    a = ev("a", article="x", day=date(2026, 2, 3))
    b = ev("b", article="y", day=date(2026, 2, 4))
    far = ev("c", article="z", day=date(2026, 3, 20))
    other_country = replace(ev("d", article="w", day=date(2026, 2, 3)), iso3="AFG", country="Afghanistan")
    assert list(candidate_pairs([a, b, far, other_country])) == [("a", "b")]


def test_block_remove_forgets_event(ev):
    index = BlockIndex()
    a = ev("a", article="x", day=date(2026, 2, 3))
    index.add(a)
    index.remove("a")
    assert index.candidates(ev("b", article="y", day=date(2026, 2, 3))) == set()
