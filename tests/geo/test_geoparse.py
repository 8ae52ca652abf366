from __future__ import annotations

import pytest

from sitrep.geo.gazetteer import Gazetteer
from sitrep.geo.geoparse import find_dateline, find_toponyms, toponym_record
from sitrep.model import Article


def _parse(nlp, gazetteer: Gazetteer, text: str, **kw):
    doc = nlp(text)
    return find_toponyms(doc, Article(id="a1", text=text, **kw), gazetteer=gazetteer)


def test_geoparse_resolves_with_containment(nlp, gazetteer: Gazetteer) -> None:
    text = "Gunmen attacked a checkpost in Turbat, Kech district, on Monday."
    tops = _parse(nlp, gazetteer, text)
    by_text = {t.text: t for t in tops}
    assert text[by_text["Turbat"].start:by_text["Turbat"].end] == "Turbat"
    assert by_text["Turbat"].place.feature_code == "PPL" and by_text["Turbat"].place.admin2 == "Kech District"
    assert by_text["Kech district"].place.feature_code == "ADM2"
    assert all(0 < t.score <= 1 for t in tops)


@pytest.mark.parametrize("text, dateline", [
    ("QUETTA: A bomb went off in Mastung on Sunday.", "QUETTA"),
    ("Quetta, Feb 3 (Reuters) - A bomb went off in Mastung on Sunday.", "Quetta"),
    ("date 2026-02-04 Quetta: A bomb went off in Mastung on Sunday.", "Quetta"),
    ("PESHAWAR — Police said a bomb went off in Mardan.", "PESHAWAR"),
    ("PESHAWAR, Pakistan (AP) — Police said a bomb went off in Mardan.", "PESHAWAR"),
    ("Peshawar, Pakistan, March 3 (Reuters) - Police said a bomb went off in Mardan.", "Peshawar"),
    ("Bomb kills two in Mardan. PESHAWAR — Police said a bomb went off in Mardan.", "PESHAWAR"),
])
def test_geoparse_marks_the_dateline(nlp, gazetteer: Gazetteer, text: str, dateline: str) -> None:
    tops = _parse(nlp, gazetteer, text)
    marked = [t for t in tops if t.is_dateline]
    assert [t.text for t in marked] == [dateline]
    assert marked[0].place is not None and marked[0].place.admin1 in ("Balochistan", "Khyber Pakhtunkhwa")
    assert not [t for t in tops if not t.is_dateline and t.place is None]


def test_geoparse_dateline_from_article_field() -> None:
    text = "Officials in Turbat said the road was closed."
    assert find_dateline(text, Article(id="x", text=text, dateline="Turbat")) == (13, 19)
    assert find_dateline("A bomb went off in Mastung.", Article(id="x", text="")) is None


@pytest.mark.parametrize("text, place, people", [
    ("Two Baloch labourers were shot dead in Noshki.", "Noshki", "Baloch"),
    ("A Pashtun trader was abducted in Zhob district.", "Zhob", "Pashtun"),
])
def test_geoparse_keeps_peoples_apart(nlp, gazetteer: Gazetteer, text: str, place: str, people: str) -> None:
    tops = _parse(nlp, gazetteer, text)
    assert [t.text for t in tops if t.text == people] == []
    assert any(t.text.startswith(place) and t.place is not None and t.place.admin1 == "Balochistan" for t in tops)


def test_geoparse_punjab_is_a_place(nlp, gazetteer: Gazetteer) -> None:
    tops = _parse(nlp, gazetteer, "Flooding in Punjab province displaced thousands, Pakistan said.")
    punjab = next(t for t in tops if t.text.startswith("Punjab"))
    assert punjab.place.feature_code == "ADM1" and punjab.place.country == "Pakistan"


def test_geoparse_record_shape(nlp, gazetteer: Gazetteer) -> None:
    text = "A blast in Quetta killed two."
    rec = toponym_record(Article(id="a1", text=text), _parse(nlp, gazetteer, text))
    assert rec["article_id"] == "a1"
    assert set(rec["toponyms"][0]) == {"start", "end", "text", "name", "latitude", "longitude", "geonameid",
                                       "feature_code", "country", "admin1", "admin2", "score"}
    assert rec["toponyms"][0]["geonameid"] == 1167528


def test_geoparse_empty_text(nlp, gazetteer: Gazetteer) -> None:
    assert _parse(nlp, gazetteer, "") == []


@pytest.mark.parametrize("text, place, country", [
    # small towns the NER misses, in texts that name no other place: the locative word decides
    ("In Rusape, residents blocked the roads with logs to protest against the council.", "Rusape", "ZWE"),
    ("Hospital staff went on strike in Ben Gardane over unpaid wages.", "Ben Gardane", "TUN"),
])
def test_geoparse_lone_cued_town(nlp, gazetteer: Gazetteer, text: str, place: str, country: str) -> None:
    tops = [t for t in _parse(nlp, gazetteer, text) if t.place is not None]
    assert [(t.text, t.place.iso3) for t in tops] == [(place, country)]


def test_geoparse_lone_capitalised_words_stay_words(nlp, gazetteer: Gazetteer) -> None:
    # "March" and "Friday" are towns somewhere; a month, a weekday or a person is not a place
    tops = _parse(nlp, gazetteer, "In March, the union said the strike would go on until Friday.")
    assert [t.text for t in tops if t.place is not None] == []
