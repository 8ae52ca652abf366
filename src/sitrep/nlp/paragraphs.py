"""Sentence bounds at blank lines.

The sentencizer splits on final punctuation only, so a headline, a subhead or a caption without a
full stop ("Blast at mosque kills seven; group claims attack") ran into the first sentence of the
next paragraph, and the two were read as one sentence. A blank line always ends a sentence; a single
line break does not (wire copy is often wrapped mid-sentence).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


def _blank_line(text: str) -> bool:
    return text.count("\n") >= 2


@Language.component("sitrep_paragraphs")
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence at the first word after a blank line (runs after the sentencizer)."""
    start_next = False
    for tok in doc:
        if tok.i == 0:
            start_next = _blank_line(tok.whitespace_)
            continue
        if tok.is_space:
            # Line breaks end the sentence before them, as trailing space; a sentence the
            # sentencizer began at the break begins at the next word instead.
            start_next = start_next or bool(tok.is_sent_start) or _blank_line(tok.text_with_ws)
            tok.is_sent_start = False
            continue
        if start_next:
            tok.is_sent_start = True
        start_next = _blank_line(tok.whitespace_)
    return doc
