from datetime import date

import pytest
import spacy

from sitrep.extract.dates import DateLexicon, choose_event_date, day_runs, find_dates, has_single_day
from sitrep.model import DateRange

WED = date(2026, 2, 4)  # a Wednesday


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def _first(nlp, text, published):
    found = find_dates(nlp(text), published=published)
    return found[0] if found else None


@pytest.mark.parametrize("text,published,start,end,precision", [
    ("Gunmen struck on Tuesday.", WED, date(2026, 2, 3), date(2026, 2, 3), 1),
    ("Gunmen struck on Wednesday night.", WED, WED, WED, 1),
    ("Gunmen struck on Thursday.", WED, date(2026, 1, 29), date(2026, 1, 29), 1),  # never in the future
    ("Gunmen struck yesterday.", WED, date(2026, 2, 3), date(2026, 2, 3), 1),
    ("A blast hit the market last night.", WED, date(2026, 2, 3), date(2026, 2, 3), 1),
    ("Raids went on last week.", WED, date(2026, 1, 26), date(2026, 2, 1), 2),
    ("Clashes earlier this month left many dead.", WED, date(2026, 2, 1), WED, 3),
    ("Police arrested 40 people in the last 24 hours.", WED, WED, WED, 2),
    ("Troops killed 30 militants over the past three days.", WED, date(2026, 2, 2), WED, 2),
    ("The attack took place on 17 February 2011.", None, date(2011, 2, 17), date(2011, 2, 17), 1),
    ("The attack took place on February 17, 2011.", None, date(2011, 2, 17), date(2011, 2, 17), 1),
    ("12/08/2014: Assailants attacked a village.", None, date(2014, 12, 8), date(2014, 12, 8), 1),
    ("Militants attacked a post on Feb. 3 near the border.", WED, date(2026, 2, 3), date(2026, 2, 3), 1),
    ("Militants attacked a post on 28 December.", WED, date(2025, 12, 28), date(2025, 12, 28), 1),
    ("Fighting went on in March 2012.", None, date(2012, 3, 1), date(2012, 3, 31), 3),
    ("Clashes on 8-9 March 2012 left two dead.", None, date(2012, 3, 8), date(2012, 3, 9), 2),
    ("09/00/1999: Two doctors were killed.", None, date(1999, 9, 1), date(1999, 9, 30), 3),
])
def test_dates_resolve(nlp, text, published, start, end, precision):
    got = _first(nlp, text, published)
    assert got is not None
    assert (got.start, got.end, got.precision) == (start, end, precision)
    assert got.span is not None


def test_dates_weekday_without_year_uses_text_date(nlp):
    found = find_dates(nlp("07/15/2011: On Friday, gunmen seized three aid workers."), published=None)
    assert [d.start for d in found] == [date(2011, 7, 15), date(2011, 7, 15)]


def test_dates_range_anchored_on_reporting_weekday(nlp):
    text = ("In all, 40 people were killed in operations over the past three days. "
            "Also, 5 soldiers died, state media reported Tuesday.")
    found = find_dates(nlp(text), published=WED)
    assert found[0] == DateRange(date(2026, 2, 1), date(2026, 2, 3), 2, found[0].span)


@pytest.mark.parametrize("text", [
    "Insurgencies were seen in 1948 and 1973-77.",
    "The group may attack again.",  # the verb "may" is no month
    "They came in 2001.",
])
def test_dates_background_years_are_not_dates(nlp, text):
    assert find_dates(nlp(text), published=WED) == []


def test_dates_choose_prefers_event_sentences(nlp):
    text = "Police said on Monday that talks failed. Gunmen killed two men on Tuesday."
    doc = nlp(text)
    sents = [(s.start_char, s.end_char) for s in doc.sents]
    got = choose_event_date(find_dates(doc, published=WED), sentence_spans=[sents[1]], published=WED)
    assert got is not None and got.start == date(2026, 2, 3)


def test_dates_choose_skips_background_history(nlp):
    text = "The province rebelled on 5 March 1973. Gunmen killed two men."
    doc = nlp(text)
    got = choose_event_date(find_dates(doc, published=WED), sentence_spans=[(0, len(text))], published=WED)
    assert got == DateRange(WED, WED, 2, None)


def test_dates_fallback_is_publication_date_with_precision_2(nlp):
    got = choose_event_date([], sentence_spans=[(0, 10)], published=WED)
    assert got == DateRange(WED, WED, 2, None)
    assert choose_event_date([], sentence_spans=[(0, 10)], published=None) is None


def test_dates_lexicon_validates():
    lex = DateLexicon.load()
    assert lex.months["feb"] == 2 and lex.weekdays["tuesday"] == 1


@pytest.mark.parametrize("text,cue,day", [
    ("The group said on Tuesday that it had carried out Monday's bombing.", "bombing", 2),
    ("Mourners buried the victims of Monday's attack on Tuesday and began a sit-in.", "sit-in", 3),
])
def test_dates_choose_the_date_nearest_the_cue(nlp, text, cue, day):
    doc = nlp(text)
    start = text.index(cue)
    got = choose_event_date(find_dates(doc, published=WED), sentence_spans=[(0, len(text))],
                            published=WED, trigger=(start, start + len(cue)))
    assert got is not None and got.start == date(2026, 2, day)


@pytest.mark.parametrize("text,published", [
    ("Fighting went on in March 0000.", None),  # a month outside the calendar
    ("Fighting went on in December 9999.", None),
    ("1/00/0000: Assailants attacked a village.", None),
    ("Troops killed 30 militants over the past 99999999 days.", WED),
    ("Troops killed 30 militants over the past " + "9" * 400 + " days.", WED),
    ("Gunmen struck yesterday, on Monday, last week and last month.", date.min),
    ("Gunmen struck yesterday, on Monday, on Feb. 3 and last weekend.", date.max),
])
def test_dates_out_of_calendar_values_do_not_raise(nlp, text, published):
    found = find_dates(nlp(text), published=published)
    assert all(date.min <= d.start <= d.end <= date.max for d in found)
    chosen = choose_event_date(found, sentence_spans=[(0, len(text))], published=published)
    assert published is None or chosen is not None


@pytest.mark.parametrize("text,days", [
    ("clashes over 24-26 June left many dead", [3]),
    ("between Jun.19-20 the fighting went on", [2]),
    ("attacks on 17 and 21 June", [2]),
    ("on 8-9 November 2023", [2]),
    ("from 1 to 30 June", []),  # a month is no run of days
    ("on 12 June", []),
])
def test_day_runs(text: str, days: list[int]) -> None:
    assert [r.days for r in day_runs(text)] == days


def test_has_single_day() -> None:
    assert has_single_day("five were killed on June 20")
    assert not has_single_day("fighting over 24-26 June")


def test_dates_a_later_paragraph_with_no_day_takes_the_leads_day(nlp):
    # the lead dates the news; a paragraph further down telling part of it has no day of its own
    text = ("Guards of the two countries traded fire at the crossing on Monday, officials said.\n\n"
            "Officials across the border said mortar shells landed in a village, killing a herder.")
    doc = nlp(text)
    second = text.index("Officials across")
    dates = find_dates(doc, published=WED)
    got = choose_event_date(dates, sentence_spans=[(second, len(text))], published=WED, paragraph_start=second,
                            lead=(0, text.index("\n")))
    assert got is not None and got.start == date(2026, 2, 2) and got.precision == 1
    # a day told only after the lead ("state media reported Tuesday" in a second paragraph) dates nothing else
    got = choose_event_date(dates, sentence_spans=[(second, len(text))], published=WED, paragraph_start=second,
                            lead=None)
    assert got == DateRange(WED, WED, 2, None)


@pytest.mark.parametrize("text, expected", [
    # the wire dateline's day is the day of filing; the day the text tells is the event's
    ("KABUL, Feb 4 (Reuters) - A bomber struck a mosque during Monday prayers, killing 14.", date(2026, 2, 2)),
    # with no day told, the dateline's day stands
    ("KABUL, Feb 3 (Reuters) - A bomber struck a mosque, killing 14.", date(2026, 2, 3)),
])
def test_dates_a_wire_dateline_s_day_yields_to_the_text_s(nlp, text, expected):
    from sitrep.geo.geoparse import dateline_head

    doc = nlp(text)
    got = choose_event_date(find_dates(doc, published=WED), sentence_spans=[(0, len(text))], published=WED,
                            dateline=dateline_head(text))
    assert got is not None and got.start == expected
