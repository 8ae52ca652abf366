"""The village or area a local fight is placed in (sitrep.extract.locality)."""

from __future__ import annotations

import pytest
import spacy

from sitrep.extract.locality import find_locality


@pytest.mark.parametrize(("text", "place"), [
    # a char (river island) is named with its word, as ACLED names its militia
    ("Two groups of villagers clashed at Lorem char village over a fish pond.", "Lorem Char"),
    ("Two groups of villagers clashed in Lorem Char in Ipsum upazila.", "Lorem Char"),
    # an area is not
    ("Two groups of villagers clashed in Lorem area of Ipsum upazila.", "Lorem"),
    ("Two groups of villagers clashed at Char Dolor in Ipsum upazila.", "Char Dolor"),
])
def test_locality_a_char_keeps_its_word(text: str, place: str) -> None:
    doc = spacy.blank("en")(text)
    assert find_locality(doc[:]) == place
