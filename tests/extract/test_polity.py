from __future__ import annotations

from datetime import date

import pytest
import spacy
from spacy.language import Language

from sitrep.extract.actors import ActorDictionary
from sitrep.extract.polity import formed_group, polity_acts


@pytest.fixture(scope="module")
def nlp() -> Language:
    blank = spacy.blank("en")
    blank.add_pipe("sentencizer")
    return blank


@pytest.mark.parametrize(("text", "trigger", "acts"), [
    ("Kenya on Friday extended a curfew in Lorem by two weeks.", "curfew", True),
    ("The government declared a state of emergency in Lorem.", "state of emergency", True),
    ("On Monday, Kenya closed its border with Somalia.", "closed its border", True),
    ("President Lorem Ipsum declares a unilateral ceasefire in two states.", "ceasefire", True),
    ("The prime minister announced a curfew in Lorem.", "curfew", True),
    # the country's forces or a place in it are not the state as a polity, nor a president's party
    ("President Lorem's party declared a boycott of the polls.", "boycott", False),
    ("Kenya's army declared a curfew in Lorem.", "curfew", False),
    ("Militants in Lorem declared a curfew.", "curfew", False),
])
def test_polity_the_state_itself_as_subject(nlp: Language, text: str, trigger: str, acts: bool) -> None:
    doc = nlp(text)
    start = text.index(trigger)
    trig = doc.char_span(start, start + len(trigger), alignment_mode="expand")
    assert polity_acts(doc, trig, ("Kenya",)) is acts


@pytest.mark.parametrize(("text", "acts"), [
    ("Lorem declares a unilateral ceasefire in two states.", True),
    ("On Monday, Lorem Ipsum declared a curfew in the capital.", True),
    ("Dolor declares a unilateral ceasefire in two states.", False),
])
def test_polity_a_sitting_head_named_alone_acts_for_the_state(nlp: Language, text: str, acts: bool) -> None:
    doc = nlp(text)
    trigger = "ceasefire" if "ceasefire" in text else "curfew"
    start = text.index(trigger)
    trig = doc.char_span(start, start + len(trigger), alignment_mode="expand")
    assert polity_acts(doc, trig, ("Kenya",), ("lorem", "lorem ipsum")) is acts


def test_polity_heads_of_state_hold_within_their_term() -> None:
    countries = ActorDictionary.load().countries
    assert "bashir" in countries.heads_on("Sudan", date(2016, 5, 1))
    assert "bashir" not in countries.heads_on("Sudan", date(2020, 5, 1))
    assert "bashir" in countries.heads_on("Sudan", None)  # undated: any listed
    assert countries.heads_on("Sudan", date(1980, 1, 1)) == ()


@pytest.mark.parametrize(("text", "name", "inter"), [
    ("A new armed group made up of former M23 fighters, called the Lorem Ipsum Front (LIF), has been formed.",
     "LIF: Lorem Ipsum Front", 2),
    ("Local youths formed a new movement named Council for the Defence of Lorem (CDL) on Monday.",
     "CDL: Council for the Defence of Lorem", 3),
    # no acronym, or no word that the group is new: no name to give
    ("A new rebel group called the Lorem Front has been formed.", None, None),
    ("Fighters of the Lorem Ipsum Front (LIF) attacked a village.", None, None),
])
def test_polity_a_newly_formed_group_by_its_own_name(nlp: Language, text: str, name: str | None,
                                                     inter: int | None) -> None:
    found = formed_group(nlp(text)[:])
    assert (found[0], found[1]) == (name, inter) if name else found is None
