"""Figures and dates on generated text: no exception, readings within their own bounds, dates
resolved inside the text and never chosen after the publication day + 1."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
import spacy
from hypothesis import given, strategies as st

from sitrep.extract.casualty_lexicon import CasualtyLexicon
from sitrep.extract.dates import choose_event_date, find_dates
from sitrep.extract.numbers import NUMBER_WORDS
from tests.fuzz.tally import tally

pytestmark = pytest.mark.fuzz
NLP = spacy.blank("en")
NLP.add_pipe("sentencizer")
LEXICON = CasualtyLexicon.load()
READER = LEXICON.reader  # the lexicon's own vague words and qualifiers

_token = st.one_of(
    st.sampled_from(sorted(NUMBER_WORDS) + ["-", "–", "to", "and", "or", "between", ",", "a", "few", "at", "least",
                                             "up", "more", "than", "about", "dozens", "of", "hundreds", "killed"]),
    st.integers(min_value=0, max_value=10**12).map(str),
    st.integers(min_value=0, max_value=10**9).map(lambda n: f"{n:,}"),
    st.text(max_size=6))


@given(words=st.lists(_token, max_size=25))
def test_fuzz_numbers_figures_are_ordered_and_bounded(words: list[str]) -> None:
    tally("numbers")
    figures = READER.read_all(words)
    end = 0
    for fig in figures:
        assert end <= fig.start < fig.end <= len(words)
        assert 0 <= fig.low <= fig.value <= fig.high, fig
        assert READER.read_at(words, fig.start) == fig
        end = fig.end


@given(n=st.integers(min_value=0, max_value=10**9), commas=st.booleans())
def test_fuzz_numbers_digits_read_back(n: int, commas: bool) -> None:
    tally("numbers digits")
    fig = READER.read_at([f"{n:,}" if commas else str(n)], 0)
    assert fig is not None and (fig.value, fig.low, fig.high) == (n, n, n)


MONTHS = ["January", "February", "March", "Feb.", "Sept", "December", "MAY", "may"]
WEEKDAYS = ["Monday", "Tuesday night", "Sunday morning", "Friday"]
_date_piece = st.one_of(
    st.sampled_from(["yesterday", "last night", "last week", "this month", "earlier this month", "last weekend",
                     "over the past three days", "in the last 24 hours", "over the past fortnight", "since",
                     "on", "in", "and", "to", "-", ",", ".", "\n\n", "of"]),
    st.sampled_from(MONTHS + WEEKDAYS),
    st.integers(min_value=0, max_value=99).map(str),
    st.integers(min_value=0, max_value=99999).map(lambda y: f"{y:04d}"),
    st.tuples(st.integers(0, 99), st.integers(0, 99), st.integers(0, 9999)).map(lambda t: "%d/%02d/%04d" % t),
    st.tuples(st.integers(0, 9999), st.integers(0, 99), st.integers(0, 99)).map(lambda t: "%04d-%02d-%02d" % t),
    st.one_of(st.integers(min_value=0, max_value=10**12).map(str), st.just("9" * 400)).map(
        lambda n: f"over the past {n} days"),
    st.text(max_size=5))
_published = st.one_of(st.none(), st.dates(min_value=date(1945, 1, 1), max_value=date(2100, 12, 31)), st.dates())


@given(pieces=st.lists(_date_piece, max_size=20), published=_published)
def test_fuzz_dates_resolve_inside_the_text_and_not_after_publication(pieces: list[str],
                                                                      published: date | None) -> None:
    tally("dates")
    text = " ".join(pieces)
    doc = NLP(text)
    found = find_dates(doc, published=published)
    for d in found:
        assert d.start <= d.end and d.precision in (1, 2, 3), d
        assert d.span is not None and 0 <= d.span[0] < d.span[1] <= len(text), d
    sentences = [(s.start_char, s.end_char) for s in doc.sents]
    chosen = choose_event_date(found, sentence_spans=sentences, published=published)
    if published is not None:
        assert chosen is not None
        if published < date.max:
            assert chosen.end <= published + timedelta(days=1), (chosen, published)
