"""The real gazetteer index (built once per machine under the user cache, ~25 s the first time)."""

from __future__ import annotations

import pytest

from sitrep.geo.gazetteer import Gazetteer


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


@pytest.fixture(scope="session")
def nlp(gazetteer: Gazetteer):
    """A blank English pipeline with our place ruler: recognition without the statistical model."""
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "ORTH"})
    ruler.add_patterns([*gazetteer.ruler_patterns(),
                        *({"label": "GPE", "pattern": n} for n in ("Pakistan", "Afghanistan", "Iran")),
                        *({"label": "NORP", "pattern": n} for n in ("Baloch", "Pashtun", "Pakistani"))])
    return nlp
