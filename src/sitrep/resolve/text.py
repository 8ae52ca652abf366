"""The text signal of resolution: how much two records' evidence wording has in common.

A record's words are those near its evidence spans (the trigger, actors, place, date and figures),
in every article it draws on; likeness is the overlap coefficient, so a short wire report inside
a long feature still scores high.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sitrep.model import Event
from sitrep.resolve.match import MatchConfig

_WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
Texts = Callable[[str], str | None]  # article id -> its text (None when unknown)


def evidence_words(event: Event, texts: Texts, cfg: MatchConfig) -> frozenset[str]:
    words: set[str] = set()
    by_article: dict[str, list[tuple[int, int]]] = {}
    for ev in event.evidence:
        by_article.setdefault(ev.article_id or event.article_id, []).append((ev.start, ev.end))
    for article_id, spans in by_article.items():
        text = texts(article_id)
        if not text:
            continue
        for start, end in spans:
            window = text[max(0, start - cfg.text_window):end + cfg.text_window]
            words.update(w.lower() for w in _WORD.findall(window))
    return frozenset(words - cfg.stopwords)


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


class TextSimilarity:
    """A `Similarity` for `match`, caching each record's words (records are immutable)."""

    def __init__(self, texts: Texts, cfg: MatchConfig) -> None:
        self.texts, self.cfg = texts, cfg
        self._words: dict[tuple[str, int], frozenset[str]] = {}

    def words(self, event: Event) -> frozenset[str]:
        key = (event.event_id, len(event.evidence))  # a merged record grows its evidence
        if key not in self._words:
            if len(self._words) > 100_000:  # a long run: forget rather than grow without bound
                self._words.clear()
            self._words[key] = evidence_words(event, self.texts, self.cfg)
        return self._words[key]

    def __call__(self, a: Event, b: Event) -> float:
        return overlap(self.words(a), self.words(b))
