"""Absurd values in article text, end to end through the pipeline: implausible tolls are kept as
claims but not coded as fatalities; dates far in the past or after publication do not date events."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from sitrep.model import Article, Event

pytestmark = pytest.mark.model
PUBLISHED = date(2026, 2, 4)


def _events(pipeline: Any, text: str) -> list[Event]:
    [(_, events)] = list(pipeline.process([Article(id="absurd", text=text, published=PUBLISHED)]))
    return events


@pytest.mark.parametrize("figure", ["1,000,000", "one million", "250,000"])
def test_absurd_toll_is_a_flagged_claim_not_fatalities(pipeline: Any, figure: str) -> None:
    [ev] = _events(pipeline, f"Gunmen attacked a bus near Turbat on Monday, killing {figure} passengers, "
                             "a local official said.")
    [claim] = [c for c in ev.claims if c.quantity == "killed"]
    assert claim.implausible and claim.value >= 250_000
    assert ev.fatalities is None and ev.fatalities_best is None


def test_absurd_toll_beside_a_plausible_one_counts_only_the_plausible(pipeline: Any) -> None:
    [ev] = _events(pipeline, "Militants attacked a police post in Bannu on Monday, killing four policemen, "
                             "police said. A militant commander claimed 1,000,000 soldiers were killed.")
    assert sorted((c.value, c.implausible) for c in ev.claims if c.quantity == "killed") == [(4, False),
                                                                                          (1_000_000, True)]
    assert ev.fatalities == 4


@pytest.mark.parametrize("when", ["on 3 March 2031", "in December 9999", "on 12/08/2099", "on Feb. 30"])
def test_absurd_date_does_not_date_the_event(pipeline: Any, when: str) -> None:
    [ev] = _events(pipeline, f"Gunmen attacked a police checkpoint in Quetta {when}, killing two "
                             "constables, officials said.")
    assert ev.event_date is not None and PUBLISHED - timedelta(days=31) <= ev.event_date <= PUBLISHED
    assert ev.date_end is not None and ev.date_end <= PUBLISHED + timedelta(days=1)


def test_year_1900_is_history_not_an_event(pipeline: Any) -> None:
    text = "Gunmen attacked a police checkpoint in Quetta on 1 January 1900, killing two constables."
    assert _events(pipeline, text) == []  # an old-year sentence is background
