"""Sentence bounds at blank lines.

The sentencizer splits on final punctuation only, so a headline, a subhead or a caption without a
full stop ("Blast at mosque kills seven; group claims attack") ran into the first sentence of the
next paragraph, and the two were read as one sentence. A blank line always ends a sentence; a single
line break does not (wire copy is often wrapped mid-sentence).
"""

from __future__ import annotations

import numpy
from spacy.attrs import IS_SPACE, SENT_START
from spacy.language import Language
from spacy.tokens import Doc


def _blank_line(text: str) -> bool:
    return text.count("\n") >= 2


@Language.component("sitrep_paragraphs")
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence at the first word after a blank line (runs after the sentencizer).

    Only whitespace tokens matter (a word's own trailing whitespace is one space at most), so they
    are found in the IS_SPACE column and only they, and the word after each run of them, are read
    as Token objects: a Python loop over every token cost more than the sentencizer itself."""
    if len(doc) < 2:
        return doc
    cols = doc.to_array([IS_SPACE, SENT_START])
    spaces = numpy.flatnonzero(cols[1:, 0]) + 1  # token 0 is never changed
    if not len(spaces):
        return doc
    starts = cols[:, 1] == 1
    start_next = False
    for i in spaces.tolist():
        tok = doc[i]
        # Line breaks end the sentence before them, as trailing space; a sentence the
        # sentencizer began at the break begins at the next word instead.
        start_next = start_next or bool(starts[i]) or _blank_line(tok.text_with_ws)
        tok.is_sent_start = False
        nxt = i + 1
        if nxt < len(doc) and not cols[nxt, 0]:  # the word after a run of whitespace tokens
            if start_next:
                doc[nxt].is_sent_start = True
            start_next = False
    return doc
