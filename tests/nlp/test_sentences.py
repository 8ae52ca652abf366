"""The cached sentences, text and sentence copies are what spaCy's own (slower) calls give."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from sitrep.nlp import paragraphs  # noqa: F401  (registers the component)
from sitrep.nlp.components import sentence_docs
from sitrep.nlp.sentences import seed_text, sentences, text_of, token_lowers, token_texts

TEXTS = [
    "",
    "One sentence without a stop",
    "  \n\nLeading blank lines. Then a sentence.",
    "Gunmen attacked a checkpoint in Kurram\n\n\nTwo guards died. Police said so.\n \n",
    "Wrapped wire copy\nstays one sentence. A second one! A third? Yes\r\n\r\nSubhead\n\nBody text ends.  ",
    "\n\n\n",
]


def _nlp() -> spacy.language.Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("sitrep_paragraphs")
    return nlp


def _reference_paragraphs(doc: Doc) -> list[bool]:
    """The component's first version, a loop over every token: the array version must agree."""
    start_next = False
    starts = [bool(t.is_sent_start) for t in doc]
    for tok in doc:
        if tok.i == 0:
            start_next = tok.whitespace_.count("\n") >= 2
            continue
        if tok.is_space:
            start_next = start_next or starts[tok.i] or tok.text_with_ws.count("\n") >= 2
            starts[tok.i] = False
            continue
        if start_next:
            starts[tok.i] = True
        start_next = tok.whitespace_.count("\n") >= 2
    return starts


@pytest.mark.parametrize("text", TEXTS)
def test_sentences_are_doc_sents(text: str) -> None:
    doc = _nlp()(text)
    expected = [(s.start, s.end) for s in doc.sents] if doc.has_annotation("SENT_START") else [(0, len(doc))]
    assert [(s.start, s.end) for s in sentences(doc)] == expected
    assert text_of(doc) == doc.text == text


@pytest.mark.parametrize("text", TEXTS)
def test_paragraph_breaks_agree_with_a_loop_over_every_token(text: str) -> None:
    nlp = _nlp()
    doc = nlp.get_pipe("sentencizer")(nlp.make_doc(text))
    expected = _reference_paragraphs(doc)
    doc = nlp.get_pipe("sitrep_paragraphs")(doc)
    assert [bool(t.is_sent_start) for t in doc][1:] == expected[1:]


def test_seeded_text_is_returned() -> None:
    doc = _nlp()("A bomb went off.")
    seed_text(doc, "A bomb went off.")
    assert text_of(doc) == "A bomb went off."


def test_sentence_docs_are_as_doc_copies() -> None:
    nlp = _nlp()
    nlp.add_pipe("entity_ruler").add_patterns([{"label": "GPE", "pattern": "Kurram"},
                                                {"label": "ORG", "pattern": "Frontier Corps"}])
    docs = [nlp("Frontier Corps men reached Kurram. Then Kurram was calm.\n\nFrontier Corps left."),
            nlp("Nothing here. Kurram again.")]
    spans = [s for d in docs for s in sentences(d)]
    for fast, slow in zip(sentence_docs(spans), (s.as_doc() for s in spans), strict=True):
        assert [t.text_with_ws for t in fast] == [t.text_with_ws for t in slow]
        assert [(e.start, e.end, e.label_) for e in fast.ents] == [(e.start, e.end, e.label_) for e in slow.ents]


@pytest.mark.parametrize("text", TEXTS)
def test_token_columns_are_token_attributes(text: str) -> None:
    doc = _nlp()(text + " Ünïcode BOMB in Kōhat, 2019 ")
    assert token_texts(doc) == [t.text for t in doc]
    assert token_lowers(doc) == [t.lower_ for t in doc]
