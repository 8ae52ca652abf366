from __future__ import annotations

import re

import pytest

from sitrep.nlp.build import load_nlp
from sitrep.nlp.components import cue_regex

TEXT = ("The council met in Lahore on Monday to discuss the budget. "
        "Gunmen killed two policemen near Peshawar, officials in Khyber Pakhtunkhwa said. "
        "Farmers in Multan expect a good harvest.")


@pytest.mark.parametrize("cues, text, hit", [
    (["kill"], "Two were killed.", True),
    (["kill"], "A skilled worker.", False),  # stems match at a word start only
    (["blast"], "BLAST in market", True),
    ([], "anything", False),
    # stems sharing a prefix, and "~" inside a phrase ("clash~ with" finds "clashed with")
    (["kill", "killing of", "kidnap"], "The kidnappers fled.", True),
    (["killing of", "kidnap"], "The killing spree ended.", False),
    (["clash~ with", "clan"], "Villagers clashed with police.", True),
    (["clash~ with", "clan"], "The clashes ended.", False),
    (["a", "ab"], "xab", False),
])
def test_components_cue_regex(cues, text, hit):
    assert bool(cue_regex(cues).search(text)) is hit


def test_components_cue_regex_finds_what_a_flat_alternation_finds():
    # the trie is only a faster form of "any stem at a word start"
    cues = ["kill", "killed in", "kid~", "blast", "bla~st", "explo~", "explosion near", "fire", "fired on", "fir"]
    flat = re.compile(r"\b(?:" + "|".join(re.escape(c).replace(r"\~", r"\w*") for c in cues) + ")", re.IGNORECASE)
    texts = ["A blast hit", "kidnapped", "blackest", "explosions near the", "firearms", "a fir tree", "skilled",
             "misfired", "Fired On", "killed in the", "nothing here", "bla-st"]
    for text in texts:
        assert bool(cue_regex(cues).search(text)) == bool(flat.search(text)), text


@pytest.mark.model
def test_components_scoped_ner_only_tags_cue_sentences():
    nlp = load_nlp(ner_scope="cues", cues=["kill"],
                   patterns=[{"label": "GPE", "pattern": "Multan", "id": "1169825"}])
    doc = nlp(TEXT)
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("Peshawar", "GPE") in ents  # statistical NER in the cue sentence
    assert not any(e.text == "Lahore" for e in doc.ents)  # background sentence skipped
    multan = [e for e in doc.ents if e.text == "Multan"]
    assert multan and multan[0].ent_id_ == "1169825"  # the ruler covers every sentence
    for e in doc.ents:
        assert TEXT[e.start_char:e.end_char] == e.text


@pytest.mark.model
def test_components_scoped_ner_batches_like_single_docs():
    nlp = load_nlp(ner_scope="cues", cues=["kill"])
    one = [(e.start_char, e.label_) for e in nlp(TEXT).ents]
    batched = [[(e.start_char, e.label_) for e in d.ents] for d in nlp.pipe([TEXT, "x", TEXT], batch_size=2)]
    assert batched[0] == one and batched[2] == one and batched[1] == []
