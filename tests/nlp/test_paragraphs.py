"""A blank line ends a sentence; a single line break does not."""

from __future__ import annotations

import spacy

from sitrep.nlp import paragraphs  # noqa: F401  (registers the component)
from sitrep.nlp.sentences import sentences


def _nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("sitrep_paragraphs")
    return nlp


def _texts(text: str) -> list[str]:
    return [s.text.strip() for s in sentences(_nlp()(text)) if s.text.strip()]


def test_headline_without_full_stop_is_its_own_sentence() -> None:
    text = "Bomb kills four at bus stand; no group claims it\n\nQUETTA: A bomb went off at a bus stand on Monday."
    assert _texts(text) == ["Bomb kills four at bus stand; no group claims it",
                            "QUETTA: A bomb went off at a bus stand on Monday."]


def test_wrapped_line_stays_one_sentence() -> None:
    assert _texts("The patrol was hit\nby a roadside bomb near the camp. Two men died.") == [
        "The patrol was hit\nby a roadside bomb near the camp.", "Two men died."]


def test_blank_line_with_spaces_and_windows_breaks() -> None:
    assert _texts("Subhead one\r\n \r\nPolice said two men died.") == ["Subhead one", "Police said two men died."]


def test_line_break_after_full_stop_still_ends_the_sentence() -> None:
    assert _texts("A bomb went off near the camp.\nPolice said two men died.") == [
        "A bomb went off near the camp.", "Police said two men died."]


def test_no_sentence_is_only_space() -> None:
    doc = _nlp()("One man died.\n\n\nTwo were hurt.\n\n")
    assert [s.text for s in sentences(doc)] == ["One man died.\n\n\n", "Two were hurt.\n\n"]
