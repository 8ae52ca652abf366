"""load_nlp and full_ner on the trained model."""

from __future__ import annotations

import pytest



@pytest.mark.model
def test_full_ner_reads_every_sentence_for_a_while() -> None:
    from sitrep.nlp.build import full_ner, load_nlp

    nlp = load_nlp(ner_scope="cues", cues=["killed"])
    text = "Officials from Nairobi and Mombasa met on Monday. Two men were killed in Garissa."
    scoped = {e.text for e in nlp(text).ents}
    with full_ner(nlp):
        everywhere = {e.text for e in nlp(text).ents}
    after = {e.text for e in nlp(text).ents}
    assert "Nairobi" not in scoped and "Nairobi" in everywhere
    assert after == scoped  # the scope comes back
