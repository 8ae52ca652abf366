from __future__ import annotations

from sitrep.geo.country import (DEMONYM, GROUP, PLACE, STATE, CountryClue, body_clues, demonym_clues, toponym_clues,
                                weigh)
from sitrep.geo.gazetteer import Gazetteer
from sitrep.model import Toponym


def test_weigh_an_armed_group_outweighs_a_foreign_force_s_demonym() -> None:
    # "Ugandan troops clashed with al Shabaab near a village": the group's country, not the troops'
    clues = [CountryClue("Uganda", 0, 7, DEMONYM), CountryClue("Uganda", 0, 14, STATE),
             CountryClue("Somalia", 30, 40, GROUP), CountryClue("Somalia", 60, 70, DEMONYM)]
    best = weigh(clues)
    assert best is not None and best.country == "Somalia" and (best.start, best.end) == (30, 40)


def test_weigh_a_place_beats_the_people_it_names() -> None:
    clues = [CountryClue("Eritrea", 0, 8, DEMONYM), CountryClue("Eritrea", 20, 28, DEMONYM),
             CountryClue("Ethiopia", 40, 51, PLACE)]
    assert weigh(clues).country == "Ethiopia"


def test_weigh_a_tie_goes_to_the_country_named_first() -> None:
    clues = [CountryClue("Niger", 50, 58, DEMONYM), CountryClue("Mali", 10, 15, DEMONYM)]
    assert weigh(clues).country == "Mali"
    assert weigh([]) is None


def test_toponym_clues_skip_demonyms_of_people_away_from_home(gazetteer: Gazetteer) -> None:
    text = "Sudanese refugees and Chadian soldiers were seen near the camp."
    sudan, chad = gazetteer.country("SD"), gazetteer.country("TD")
    tops = [Toponym(0, 8, "Sudanese", sudan), Toponym(22, 29, "Chadian", chad)]
    clues = toponym_clues(tops, text, gazetteer)
    assert [(c.country, c.weight) for c in clues] == [("Chad", DEMONYM)]


def test_toponym_clues_weigh_resolved_places_above_demonyms(gazetteer: Gazetteer) -> None:
    text = "Malian herders fled to Niamey."
    tops = [Toponym(0, 6, "Malian", gazetteer.country("ML")),
            Toponym(23, 29, "Niamey", gazetteer.candidates("Niamey", limit=1)[0]), Toponym(7, 14, "herders", None)]
    assert weigh(toponym_clues(tops, text, gazetteer)).country == "Niger"


def test_toponym_clues_skip_a_country_named_as_the_border_an_event_was_near(gazetteer: Gazetteer) -> None:
    text = "Gunmen attacked a police post near Tanzania border on Monday."
    at = text.index("Tanzania")
    tops = [Toponym(at, at + 8, "Tanzania", gazetteer.country("TZ"))]
    assert toponym_clues(tops, text, gazetteer) == []
    text = "Gunmen attacked a police post in Tanzania on Monday."
    at = text.index("Tanzania")
    assert [c.country for c in toponym_clues([Toponym(at, at + 8, "Tanzania", gazetteer.country("TZ"))],
                                             text, gazetteer)] == ["Tanzania"]


def test_weigh_counts_words_read_twice_once() -> None:
    # "Kenyan troops" is a demonym inside a state force's name: one clue, not two
    clues = [CountryClue("Kenya", 0, 6, DEMONYM), CountryClue("Kenya", 0, 13, STATE),
             CountryClue("Somalia", 25, 35, GROUP)]
    assert weigh(clues).country == "Somalia"


def test_body_clues_read_a_country_inside_an_organisation_s_name(gazetteer: Gazetteer) -> None:
    import spacy
    from spacy.tokens import Span

    doc = spacy.blank("en")("Lecturers of the National University of Lesotho and the Malawian Broadcasting "
                            "Corporation marched with staff of Shoprite.")
    doc.ents = [Span(doc, 2, 7, label="ORG"), Span(doc, 8, 12, label="ORG"), Span(doc, 16, 17, label="ORG")]
    clues = body_clues(doc, gazetteer)
    assert [(c.country, doc.text[c.start:c.end]) for c in clues] == [("Lesotho", "Lesotho"), ("Malawi", "Malawian")]


def test_body_clues_read_the_city_a_body_s_name_locates_it_in(gazetteer: Gazetteer) -> None:
    import spacy
    from spacy.tokens import Span

    doc = spacy.blank("en")("Nurses of the Teaching Hospital, Ibadan joined staff of the Polytechnic in Kumasi "
                            "and writers of the Washington Post.")
    # a city after a comma the NER left out, or after "in" inside the name, locates the body; a brand does not
    doc.ents = [Span(doc, 2, 5, label="ORG"), Span(doc, 10, 14, label="ORG"), Span(doc, 17, 20, label="ORG")]
    clues = body_clues(doc, gazetteer)
    assert [(c.country, doc.text[c.start:c.end]) for c in clues] == [("Nigeria", "Ibadan"), ("Ghana", "Kumasi")]


def test_demonym_clues_read_the_words_the_ner_did_not(gazetteer: Gazetteer) -> None:
    import spacy

    doc = spacy.blank("en")("South Sudanese gunmen attack herders near Lorem while Eritrean refugees watch.")
    clues = demonym_clues(doc, gazetteer)
    # the two-word demonym is one clue; people away from home point nowhere
    assert [(c.country, doc.text[c.start:c.end], c.weight) for c in clues] == [
        ("South Sudan", "South Sudanese", DEMONYM)]
    assert demonym_clues(spacy.blank("en")("Gunmen attack herders near Lorem on Monday."), gazetteer) == []


def test_people_origin_is_the_demonym_before_a_plural_noun(gazetteer: Gazetteer) -> None:
    import spacy

    from sitrep.geo.country import people_origin

    doc = spacy.blank("en")("Hundreds of Eritrean refugees marched past the Indian embassy.")
    assert people_origin(doc, 0, 5, gazetteer) == "Eritrea"
    doc = spacy.blank("en")("Workers marched past the Indian embassy and a Chinese-funded mine.")
    assert people_origin(doc, 0, len(doc), gazetteer) is None


def test_demonym_clues_skip_a_demonym_inside_a_proper_name(gazetteer: Gazetteer) -> None:
    import spacy

    # "the Turkish Offices" is a building's name, no clue of where the event is; "Libyan officials" is
    doc = spacy.blank("en")("Troops took the buildings known as the Turkish Offices while Libyan officials watched.")
    assert [(c.country, doc.text[c.start:c.end]) for c in demonym_clues(doc, gazetteer)] == [("Libya", "Libyan")]


def test_qualifier_origin_reads_a_demonym_across_the_noun_s_own_modifiers(gazetteer: Gazetteer) -> None:
    import spacy

    from sitrep.geo.country import qualifier_origin

    doc = spacy.blank("en")("Guards shot two Bangladeshi cattle traders and two Chinese engineers.")
    assert qualifier_origin(doc, 5, gazetteer) == "Bangladesh"  # "traders"
    assert qualifier_origin(doc, 9, gazetteer) == "China"  # "engineers"
    # a number or a function word ends the noun phrase: no demonym of its own
    doc = spacy.blank("en")("Indian guards shot two cattle traders.")
    assert qualifier_origin(doc, 5, gazetteer) is None


def test_demonym_clues_skip_a_state_named_as_a_patron(gazetteer: Gazetteer) -> None:
    import spacy

    # "Indian-sponsored khawarij" in a statement on Waziristan says nothing of where the fight was
    doc = spacy.blank("en")("Troops killed six Indian-sponsored terrorists and two Afghan-backed militants near Lorem.")
    assert demonym_clues(doc, gazetteer) == []
