"""Sentences of a Doc, computed once.

`doc.sents` walks every token each time it is asked for, and the extractors ask for it several times
per article (events, casualties, sources, dates, claims), so the list is kept in `doc.user_data`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

_KEY = "sitrep.sentences"
# Tokens that are quote marks, straight, curly or as the tokenizer writes TeX-style quotes.
QUOTE_TOKENS = frozenset({'"', "“", "”", "'", "‘", "’", "``", "''"})


def sentences(doc: Doc) -> list[Span]:
    """The Doc's sentences; the whole Doc as one when nothing set sentence bounds."""
    cached = doc.user_data.get(_KEY)
    if cached is None:
        cached = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
        doc.user_data[_KEY] = cached
    return cached


def text_of(doc: Doc) -> str:
    """The Doc's text; `doc.text` joins every token again on each access."""
    cached = doc.user_data.get(_TEXT_KEY)
    if cached is None:
        cached = doc.user_data[_TEXT_KEY] = doc.text
    return cached


_TEXT_KEY = "sitrep.text"
