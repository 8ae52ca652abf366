"""Sentences and text of a Doc, computed once.

`doc.sents` and `doc.text` walk every token (one Python Token object each) every time they are
asked for, and the extractors ask for them several times per article (events, casualties, sources,
dates, claims), so both are kept in `doc.user_data`. The pipeline seeds the text with the article's
own (the tokenizer keeps every character, so they are equal) and the sentences are read from the
SENT_START column as an array, without a Token object per word.
"""

from __future__ import annotations

import numpy
from spacy.attrs import LOWER, ORTH, SENT_START
from spacy.tokens import Doc, Span

_KEY = "sitrep.sentences"
_TEXT_KEY = "sitrep.text"
_TEXTS_KEY = "sitrep.token_texts"
_LOWERS_KEY = "sitrep.token_lowers"
# Tokens that are quote marks, straight, curly or as the tokenizer writes TeX-style quotes.
QUOTE_TOKENS = frozenset({'"', "“", "”", "'", "‘", "’", "``", "''"})


def sentences(doc: Doc) -> list[Span]:
    """The Doc's sentences, as `doc.sents` gives them; the whole Doc as one when nothing set
    sentence bounds."""
    cached = doc.user_data.get(_KEY)
    if cached is None:
        cached = _sentences(doc) if doc.has_annotation("SENT_START") else [doc[:]]
        doc.user_data[_KEY] = cached
    return cached


def _sentences(doc: Doc) -> list[Span]:
    # as Doc.sents: the first sentence starts at 0 whatever token 0 says, a new one at every later
    # token whose sent_start is 1 (the column is unsigned: -1, "not a start", reads as 2**64 - 1)
    n = len(doc)
    if n == 0:
        return []
    starts = numpy.flatnonzero(doc.to_array(SENT_START)[1:] == 1) + 1
    bounds = [0, *starts.tolist(), n]
    return [Span(doc, a, b) for a, b in zip(bounds, bounds[1:])]


def text_of(doc: Doc) -> str:
    """The Doc's text; `doc.text` joins every token again on each access."""
    cached = doc.user_data.get(_TEXT_KEY)
    if cached is None:
        cached = doc.user_data[_TEXT_KEY] = doc.text
    return cached


def seed_text(doc: Doc, text: str) -> None:
    """Record the text the Doc was made from, so that `text_of` need not rebuild it."""
    doc.user_data[_TEXT_KEY] = text


def token_texts(doc: Doc) -> list[str]:
    """Every token's text (`[t.text for t in doc]`), read once from the ORTH column without a Token
    object per word. Shared: do not change the list."""
    return _column(doc, _TEXTS_KEY, ORTH)


def token_lowers(doc: Doc) -> list[str]:
    """Every token's lower-case text (`[t.lower_ for t in doc]`), as `token_texts`."""
    return _column(doc, _LOWERS_KEY, LOWER)


def _column(doc: Doc, key: str, attr: int) -> list[str]:
    cached = doc.user_data.get(key)
    if cached is None:
        strings = doc.vocab.strings
        cached = doc.user_data[key] = list(map(strings.__getitem__, doc.to_array(attr).tolist())) if len(doc) else []
    return cached
