"""The whole extractor on generated and mutated text (sentences built here from phrases written for
this test, never from the evaluation data): no exception, every evidence and claim span inside the
article, fatality bounds ordered, event dates not after publication + 1 day."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import event, given, settings, strategies as st

from sitrep.model import Article, Event
from tests.fuzz.tally import tally

pytestmark = [pytest.mark.fuzz, pytest.mark.model]

SUBJECTS = ["Gunmen", "Militants", "Police", "Security forces", "Unidentified attackers", "Protesters", "Soldiers",
            "A suicide bomber", "Rioters", "Taliban fighters", "The army", "Fighters of the Balochistan Liberation Army"]
VERBS = ["attacked", "killed", "opened fire on", "ambushed", "stormed", "clashed with", "abducted", "arrested",
         "bombed", "shelled", "marched against", "set fire to", "planned to attack"]
OBJECTS = ["a police checkpoint", "a bus carrying passengers", "traders", "a school", "villagers", "a convoy",
           "the market", "worshippers at a mosque", "the new taxes"]
PLACES = ["in Quetta", "near Turbat", "in Peshawar", "in Bannu district", "in Kabul", "in Dhaka",
          "in North Waziristan", "in Lahore", "near the border", "in Atlantis"]
WHEN = ["on Monday", "on Tuesday night", "yesterday", "last week", "on 3 March 2031", "on 1 January 1900",
        "on Feb. 3", "on 12/08/2014", "over the past three days", "over the past 99999999 days", "in March 0000",
        "on 31 December 9999", "earlier this month", "on 29 February 2023", "in 1948", ""]
TOLLS = ["killing {n} people", "leaving {n} dead and {m} injured", "wounding at least {n}",
         "killing between {n} and {m} soldiers", "{n} civilians were killed", "dozens were hurt",
         "killing 1,000,000 people", "killing one hundred and five", "the toll rose to {n}", "killing {n}-{m}", ""]
SOURCES = ["police said", "officials said", "according to hospital staff", "the military said",
           "residents told reporters", ""]
EXTRAS = ["The Balochistan Liberation Army claimed responsibility.", "No group claimed the attack.",
          "The TTP denied involvement.", "Since then, attacks have doubled.", "QUETTA:", "Reuters -"]

_number = st.one_of(st.integers(0, 60), st.integers(0, 10**9)).map(str)
_sentence = st.builds(
    lambda s, v, o, p, w, t, src, n, m: " ".join(x for x in (s, v, o, p, w) if x) + (", " + t.format(n=n, m=m) if t
                                                                                      else "") + (f", {src}." if src else "."),
    *map(st.sampled_from, (SUBJECTS, VERBS, OBJECTS, PLACES, WHEN, TOLLS, SOURCES)), _number, _number)
_story = st.lists(st.one_of(_sentence, st.sampled_from(EXTRAS)), min_size=1, max_size=6).flatmap(
    lambda parts: st.sampled_from([" ", "\n\n", "\n"]).map(lambda sep: sep.join(parts)))


@st.composite
def _mutated(draw: Any) -> str:
    """A story with random edits: characters inserted, deleted or a stretch repeated."""
    text = draw(_story)
    for _ in range(draw(st.integers(0, 6))):
        i = draw(st.integers(0, len(text)))
        op = draw(st.sampled_from(["insert", "delete", "repeat"]))
        if op == "insert":
            text = text[:i] + draw(st.text(min_size=1, max_size=4)) + text[i:]
        elif op == "delete":
            text = text[:i] + text[i + draw(st.integers(1, 8)):]
        else:
            text = text[:i] + text[i:i + 40] * draw(st.integers(2, 4)) + text[i:]
    return text


_text = st.one_of(_story, _mutated(), st.text(min_size=1, max_size=300))
_published = st.one_of(st.none(), st.dates(min_value=date(1945, 1, 1), max_value=date(2100, 1, 1)), st.dates())


def _check_event(ev: Event, article: Article) -> None:
    size = len(article.text)
    for e in ev.evidence:
        assert e.article_id == article.id and 0 <= e.start <= e.end <= size, e
    for c in ev.claims:
        assert 0 <= c.start < c.end <= size and 0 <= c.sentence_start <= c.start, c
        assert c.end <= c.sentence_end <= size and c.low <= c.value <= c.high, c
        assert c.article_id == article.id
    bounds = [b for b in (ev.fatalities_low, ev.fatalities_best, ev.fatalities_high) if b is not None]
    assert bounds == sorted(bounds), ev
    if ev.fatalities is not None:
        counted = [c for c in ev.claims if c.quantity == "killed" and not c.implausible]
        assert counted, "fatalities coded from implausible claims only"
    if article.published is not None and article.published < date.max:
        latest = article.published + timedelta(days=1)
        assert all(d is None or d <= latest for d in (ev.event_date, ev.date_start, ev.date_end)), ev


@settings(max_examples=max(10, settings.default.max_examples // 2))
@given(text=_text, published=_published)
def test_fuzz_extract_any_text_gives_well_formed_events(pipeline: Any, text: str, published: date | None) -> None:
    tally("extract")
    article = Article(id="fuzz", text=text, published=published)
    [(_, events)] = list(pipeline.process([article]))
    event("with events" if events else "no event")  # shown by --hypothesis-show-statistics
    for ev in events:
        _check_event(ev, article)
