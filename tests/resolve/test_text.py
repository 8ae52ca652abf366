from __future__ import annotations

from datetime import date

from sitrep.model import Evidence
from sitrep.resolve.match import MatchConfig
from sitrep.resolve.text import TextSimilarity, evidence_words, overlap

A = "QUETTA: A roadside bomb ripped through a Levies vehicle near Kalat on Tuesday, officials said."
B = "KALAT: Levies personnel were targeted by a roadside bomb outside Kalat town, a spokesman said."
C = "KARACHI: Traders shuttered markets across Karachi against a new power tariff."


def test_text_words_are_read_near_evidence_without_stopwords(ev):
    cfg = MatchConfig.load()
    e = ev("a", article="x", day=date(2026, 2, 3))
    from dataclasses import replace

    e = replace(e, evidence=(Evidence("event_type", 10, 23, "x"),))
    words = evidence_words(e, {"x": A}.get, cfg)
    assert {"roadside", "bomb", "levies", "kalat"} <= words
    assert not words & {"the", "said", "officials", "tuesday"}


def test_text_similarity_ranks_same_incident_above_other(ev):
    from dataclasses import replace

    cfg = MatchConfig.load()
    texts = {"x": A, "y": B, "z": C}
    mk = lambda eid, art: replace(ev(eid, article=art, day=date(2026, 2, 3)),  # noqa: E731
                                  evidence=(Evidence("event_type", 0, 40, art),))
    sim = TextSimilarity(texts.get, cfg)
    assert sim(mk("a", "x"), mk("b", "y")) > 0.3 > sim(mk("a", "x"), mk("c", "z"))
    assert overlap(frozenset(), frozenset({"x"})) == 0.0
