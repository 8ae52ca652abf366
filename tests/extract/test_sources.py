import pytest
import spacy

from sitrep.extract.sources import SourceLexicon, find_source


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def _first_sentence_source(nlp, text):
    doc = nlp(text)
    sent = next(iter(doc.sents))
    return find_source(doc, sent.start_char, sent.end_char)


@pytest.mark.parametrize("text,source", [
    ("Five soldiers were killed, state media reported.", "state media"),
    ("Police said two men died in the blast.", "Police"),
    ("According to local officials, 12 people were killed.", "local officials"),
    ("The ISPR said four terrorists were killed.", "ISPR"),
    ("Two policemen were martyred, officials said on Monday.", "officials"),
    ("A spokesman for the BLA told Reuters that 10 soldiers died.", "spokesman for the BLA"),
    ("At least 30 rebels were killed, said a police official.", "police official"),
    ("Authorities have said that 17 insurgents were killed, leading daily The Morning Star reported.",
     "authorities via The Morning Star"),
    ("Seven people died in the attack.", None),
    ("Four soldiers were killed, the army's media wing said.", "army's media wing"),
    ("He said nothing more.", None),
    # the short name in brackets, as the report goes on to call the source
    ("Troops killed five terrorists, the Inter-Services Public Relations (ISPR) said on Monday.", "ISPR"),
    ("A spokesman had initially said seven people were killed.", "spokesman"),
    # who names what the killing was
    ("A cleric was shot dead in what police described as a sectarian killing.", "police"),
])
def test_sources_find(nlp, text, source):
    assert _first_sentence_source(nlp, text) == source


def test_sources_continuation_sentence_covers_previous(nlp):
    text = "In all, 40 rebels were killed. Additionally, 5 soldiers died, state media reported Tuesday."
    assert _first_sentence_source(nlp, text) == "state media"


def test_sources_no_continuation_no_borrowing(nlp):
    text = "In all, 40 rebels were killed. Five soldiers died, state media reported Tuesday."
    assert _first_sentence_source(nlp, text) is None


def test_sources_lexicon_validates():
    assert "said" in SourceLexicon.load().verbs


def test_each_figure_takes_the_source_of_its_own_clause(nlp):
    text = ("Police said four attackers were killed, while the media wing, ISPR, said in a statement "
            "that six militants had died.")
    doc = nlp(text)
    sent = next(iter(doc.sents))
    four, six = text.index("four"), text.index("six")
    assert find_source(doc, sent.start_char, sent.end_char, at=four) == "Police"
    assert find_source(doc, sent.start_char, sent.end_char, at=six) == "ISPR"


def test_put_the_toll_at_is_an_attribution(nlp):
    assert _first_sentence_source(nlp, "The district police put the toll at three dead.") == "district police"


def test_who_revised_a_toll_is_the_source_of_the_new_one(nlp):
    assert _first_sentence_source(nlp, "A police official later revised the toll, saying six policemen and five "
                                       "attackers had died in the gunbattle.") == "police official"


def test_an_aside_before_the_verb_leaves_the_subject_the_source(nlp):
    assert _first_sentence_source(nlp, "Pakistani security officials, speaking on condition of anonymity, said the "
                                       "strikes targeted hideouts of the Tehreek-e-Taliban Pakistan.") == \
        "Pakistani security officials"
