"""Figures of one set from scored rows; gold rows and events are invented here."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.evaluate.gold import GoldDoc, GoldEvent, GoldToponym
from sitrep.evaluate.normalise import NONE, Names, NameTable, TypeTable
from sitrep.evaluate.tally import DocOutcome, EventOutcome, expectation, score_docs, score_events, type_pair
from sitrep.model import ActorMention, Event, Evidence, Interaction, Place, Toponym


@pytest.fixture(scope="module")
def names() -> Names:
    return Names(NameTable.load())


@pytest.fixture(scope="module")
def types() -> TypeTable:
    return TypeTable.load()


def _gold(i: int, **kw: object) -> GoldEvent:
    return GoldEvent(id=f"g{i}", dataset="made_up", text=f"text {i}", published=None, **kw)  # type: ignore[arg-type]


def _event(event_type: str, sub: str = "Attack", **kw: object) -> Event:
    return Event("e", "a", event_type, sub, "Political violence", **kw)  # type: ignore[arg-type]


def test_tally_expectation_by_kind_of_gold(types: TypeTable) -> None:
    assert expectation(_gold(1, typed=True, event_type="Riots/Protests"), types) == (True, ("Protests", "Riots"))
    assert expectation(_gold(2, typed=True), types) == (False, ())
    assert expectation(_gold(3, plover_event="CONSULT"), types) == (False, ())
    assert expectation(_gold(4, plover_event="COERCE"), types) == (None, None)
    assert expectation(_gold(5, fatalities=2), types) == (True, None)


def test_tally_type_pair_accepts_any_listed_type() -> None:
    assert type_pair(("Protests", "Riots"), _event("Riots")) == ("Riots", "Riots")
    assert type_pair(("Protests", "Riots"), _event("Battles")) == ("Protests", "Battles")
    assert type_pair((), None) == (NONE, NONE)
    assert type_pair((), _event("Battles")) == (NONE, "Battles")


def test_tally_event_figures_hand_computed(names: Names, types: TypeTable) -> None:
    outs = [
        # right type, fatalities 2 = 2, same admin1 by alias, 0 km, date exact, actor1 right
        EventOutcome(_gold(1, typed=True, event_type="Battles", sub_event_type="Armed clash", fatalities=2,
                           country="Pakistan", admin1="NWFP", latitude=34.0, longitude=71.5, geo_precision=1,
                           event_date=date(2024, 1, 2), actor1="Military Forces of Pakistan (2018-)"),
                     _event("Battles", "Armed clash", fatalities=2, country="Pakistan",
                            admin1="Khyber Pakhtunkhwa", latitude=34.0, longitude=71.5, geo_precision=2,
                            event_date=date(2024, 1, 2), actor1="Military Forces of Pakistan"), 2),
        # wrong type, fatalities 0 vs 5, other admin1, one degree north (111 km), date a day off
        EventOutcome(_gold(2, typed=True, event_type="Violence against civilians", sub_event_type="Attack",
                           fatalities=5, country="Pakistan", admin1="Sindh", latitude=25.0, longitude=68.0,
                           event_date=date(2024, 1, 2), actor1="Civilians (Pakistan)"),
                     _event("Protests", "Peaceful protest", country="Pakistan", admin1="Punjab",
                            latitude=26.0, longitude=68.0, event_date=date(2024, 1, 3)), 1),
        # nothing found for a real event: counts 0, type "none"
        EventOutcome(_gold(3, typed=True, event_type="Battles", sub_event_type="Armed clash", fatalities=0),
                     None, 0),
        # coded as no event, none found
        EventOutcome(_gold(4, typed=True), None, 0),
    ]
    s = score_events("made_up", outs, names, types)
    value = {f.key: f.value for f in s.figures}
    assert value["detection"] == pytest.approx(2 / 3) and value["no_event"] == 1.0
    assert value["type_accuracy"] == pytest.approx(2 / 4)
    # Battles P 1 R 1/2 F1 2/3; VAC 0; Protests 0; none P 1/2 (row 3 also predicted none) R 1 F1 2/3
    assert value["type_macro_f1"] == pytest.approx((2 / 3 + 0 + 0 + 2 / 3) / 4)
    assert value["fatalities_exact"] == pytest.approx(2 / 3) and value["fatalities_mae"] == pytest.approx(5 / 3)
    assert value["admin1"] == 0.5 and value["country"] == 1.0
    assert value["within_25km"] == 0.5 and value["within_161km"] == 1.0
    assert value["date_exact"] == 0.5 and value["date_1day"] == 1.0
    assert value["actor1"] == 0.5
    assert value["actor1_either"] == 0.5 and value["actors_any_order"] == 0.5  # row 1: one actor each
    assert value["geo_precision"] == 0.0 and s.figure("geo_precision").n == 1  # type: ignore[union-attr]
    assert value["injuries_exact"] is None and s.figure("injuries_exact").n == 0  # type: ignore[union-attr]
    assert {x.row_id for x in s.misses if x.what == "event type"} == {"g2", "g3"}
    assert [x.row_id for x in s.misses if x.what == "fatalities"] == ["g2"]


def test_tally_actor_figures_ignore_acled_order(names: Names, types: TypeTable) -> None:
    """ACLED's actor order implies no direction: the same two sides swapped agree, a third side does not."""
    bla, fc, civ = "BLA: Baloch Liberation Army", "Military Forces of Pakistan", "Civilians (Pakistan)"
    outs = [EventOutcome(_gold(1, typed=True, event_type="Battles", actor1=fc, actor2=bla),
                         _event("Battles", "Armed clash", actor1=bla, actor2=fc), 1),
            EventOutcome(_gold(2, typed=True, event_type="Battles", actor1=fc, actor2=bla),
                         _event("Battles", "Armed clash", actor1=fc, actor2=civ), 1),
            EventOutcome(_gold(3, typed=True, event_type="Battles", actor1=bla),
                         _event("Battles", "Armed clash", actor1=bla, actor2=fc), 1)]
    value = {f.key: f.value for f in score_events("made_up", outs, names, types).figures}
    assert value["actor1"] == pytest.approx(2 / 3)
    assert value["actor1_either"] == 1.0
    assert value["actors_any_order"] == pytest.approx(1 / 3)


def test_tally_actor_spans_from_evidence(names: Names, types: TypeTable) -> None:
    text = "Police arrested students near the court."
    gold = GoldEvent(id="p", dataset="pl", text=text, published=None, plover_event="COERCE",
                     source_actors=("police",), target_actors=("students",))
    event = _event("Strategic developments", "Arrests",
                   evidence=(Evidence("actor1", 0, 6, "p"), Evidence("location", 34, 39, "p")))
    s = score_events("pl", [EventOutcome(gold, event, 1)], names, types)
    value = {f.key: f.value for f in s.figures}
    assert value["actor_span_precision"] == 1.0 and value["actor_span_recall"] == 0.5
    assert value["type_accuracy"] is None  # COERCE is not scored for type


def _mention(text: str, word: str) -> ActorMention:
    start = text.index(word)
    return ActorMention(word, start, start + len(word), "GPE")


def test_tally_actor_spans_from_interactions(names: Names, types: TypeTable) -> None:
    text = "Norway urged Chile to free the crew, Peru said."
    gold = GoldEvent(id="q", dataset="pl", text=text, published=None, plover_event="DEMAND",
                     source_actors=("Norway",), target_actors=("Chile",))
    right = Interaction("REQUEST", "urged", 7, 12, (_mention(text, "Norway"),), (_mention(text, "Chile"),), 0, len(text))
    swapped = Interaction("REQUEST", "urged", 7, 12, (_mention(text, "Chile"),), (_mention(text, "Norway"),), 0,
                          len(text))
    half = Interaction("REQUEST", "urged", 7, 12, (_mention(text, "Peru"),), (_mention(text, "Chile"),), 0, len(text))
    value = {f.key: f.value for f in score_events("pl", [EventOutcome(gold, None, 0, (right,))], names, types).figures}
    assert value["actor_span_precision"] == value["actor_span_recall"] == 1.0
    assert value["actor_span_all"] == value["actor_role_all"] == 1.0
    value = {f.key: f.value for f in score_events("pl", [EventOutcome(gold, None, 0, (swapped,))], names, types).figures}
    assert value["actor_span_all"] == 1.0 and value["actor_role_all"] == 0.0
    value = {f.key: f.value for f in score_events("pl", [EventOutcome(gold, None, 0, (half,))], names, types).figures}
    assert value["actor_span_all"] == 0.0 and value["actor_span_precision"] == 0.5


def test_tally_implied_actor_is_no_mention(names: Names, types: TypeTable) -> None:
    """An actor the text does not name has the trigger as evidence: no actor span is predicted."""
    text = "A bomb went off in the market."
    gold = GoldEvent(id="b", dataset="pl", text=text, published=None, plover_event="ASSAULT",
                     source_actors=("bomb",), target_actors=())
    event = _event("Explosions/Remote violence", "Remote explosive/landmine/IED",
                   evidence=(Evidence("event_type", 2, 6, "b"), Evidence("actor1", 2, 6, "b")))
    value = {f.key: f.value for f in score_events("pl", [EventOutcome(gold, event, 1)], names, types).figures}
    assert value["actor_span_recall"] == 0.0 and value["actor_span_all"] == 0.0


def test_tally_toponym_figures(names: Names) -> None:
    text = "Quetta and Sibi and Zhob."
    gold = GoldDoc("d", "geo", text + " Kalat.",
                   (GoldToponym(0, 6, "Quetta", 30.19, 67.01, "Pakistan", "Balochistan"),
                    GoldToponym(11, 15, "Sibi", 29.54, 67.88, "Pakistan", None),
                    GoldToponym(20, 24, "Zhob", 31.34, 69.45, "Pakistan", "Balochistan"),
                    GoldToponym(26, 31, "Kalat", 29.03, 66.59, "Pakistan", None)))
    found = (Toponym(0, 6, "Quetta", Place("Quetta", 30.19, 67.01, "Pakistan", "PAK", "Baluchistan")),
             Toponym(11, 15, "Sibi", Place("Sibi", 40.0, 67.88, "Pakistan", "PAK", "Balochistan")),
             Toponym(16, 19, "and", None),
             Toponym(20, 24, "Zhob", Place("Pakistan", 29.0, 70.0, "Pakistan", "PAK", feature_code="PCLI")))
    s = score_docs("geo", [DocOutcome(gold, found)], names)
    value = {f.key: f.value for f in s.figures}
    # 3 of 4 found spans overlap gold ("and" does not); 3 of 4 gold spans found (Kalat is not)
    assert value["precision"] == pytest.approx(3 / 4) and value["recall"] == pytest.approx(3 / 4)
    # Sibi is read 1,160 km north; Zhob as the country (260 km off): it counts for distance and country,
    # not for admin1
    assert value["acc161"] == pytest.approx(1 / 3) and value["country"] == 1.0
    assert value["admin1"] == 1.0 and s.figure("admin1").n == 1  # type: ignore[union-attr]
    assert {x.what for x in s.misses} == {"resolved far", "not recognised"}


def test_tally_date_exact_where_the_year_is_given(names: Names, types: TypeTable) -> None:
    day = date(2015, 3, 8)
    with_year = GoldEvent(id="y", dataset="d", text="On 8 March 2015, police fired on a rally.", published=None,
                          typed=True, event_type="Protests", event_date=day)
    no_year = GoldEvent(id="n", dataset="d", text="On 8 March, police fired on a rally.", published=None,
                        typed=True, event_type="Protests", event_date=day)
    published = GoldEvent(id="p", dataset="d", text="On Sunday police fired on a rally.", published=date(2015, 3, 9),
                          typed=True, event_type="Protests", event_date=day)
    outs = [EventOutcome(with_year, _event("Protests", event_date=day), 1),
            EventOutcome(no_year, _event("Protests", event_date=date(2026, 3, 8)), 1),
            EventOutcome(published, _event("Protests", event_date=date(2015, 3, 7)), 1)]
    s = score_events("d", outs, names, types)
    assert s.figure("date_exact").value == pytest.approx(1 / 3)  # type: ignore[union-attr]
    knowable = s.figure("date_exact_knowable")
    assert knowable is not None and knowable.n == 2 and knowable.value == 0.5
