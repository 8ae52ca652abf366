from __future__ import annotations

from sitrep.model import Claim
from sitrep.resolve.figures import merged_totals


def _killed(value: int, article: str, share: tuple[int, int] | None = None) -> Claim:
    return Claim(quantity="killed", value=value, low=value, high=value, about="policemen", side="a",
                 source=None, start=0, end=2, sentence_start=0, sentence_end=40, article_id=article, share=share)


def test_a_share_of_a_toll_given_for_several_places_merges_as_its_share() -> None:
    # article a: seven killed in three towns (this event is the first town's); article b: the first
    # town's own report. Both are reports of the same dead: 3 and 3, not 7 and 3.
    totals = merged_totals([_killed(7, "a", (0, 3)), _killed(3, "b")])
    assert (totals.fatalities, totals.best, totals.high) == (3, 3, 3)
    totals = merged_totals([_killed(7, "a", (1, 3)), _killed(3, "b")])
    assert (totals.low, totals.high) == (2, 3)


def test_rival_accounts_of_one_strike_in_two_articles_are_the_same_dead() -> None:
    # article a (the struck side): nine civilians; article b (the striking side): 13 militants
    civilians = Claim(quantity="killed", value=9, low=9, high=9, about="civilians", side="civilians",
                      source="ministry", start=0, end=1, sentence_start=0, sentence_end=40, article_id="a")
    militants = Claim(quantity="killed", value=13, low=13, high=13, about="militants", side="b",
                      source="army", start=0, end=2, sentence_start=0, sentence_end=40, article_id="b")
    totals = merged_totals([civilians, militants])
    assert (totals.fatalities, totals.low, totals.high) == (9, 9, 13)
    assert (totals.deaths_civilians, totals.deaths_b) == (9, 13)
