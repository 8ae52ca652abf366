"""spaCy components of our own.

`sitrep_scoped_ner` runs the trained NER only on sentences that carry an event cue (plus their
neighbours). Statistical NER is most of the pipeline's cost, and in a news article most sentences
are background that extraction never reads; the entity rulers still cover every sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from sitrep.nlp.sentences import sentences, text_of

NER_SENTENCES = "sitrep.ner_sentences"  # user_data key: start offsets of the sentences the NER read


def cue_regex(cues: Sequence[str]) -> re.Pattern[str]:
    """Cue stems match at a word start: "kill" finds killed, killing, killings. For `search` only
    (whether a text holds a cue): the stems are folded into a trie, so each position is tried once
    per letter rather than once per stem, as a flat alternation of a thousand cues would."""
    stems = {c.strip().lower() for c in cues if c.strip()}
    if not stems:
        return re.compile(r"(?!x)x")  # matches nothing
    trie: dict[str, dict] = {}
    for stem in stems:
        node = trie
        for ch in stem:
            node = node.setdefault(ch, {})
        node[""] = {}  # a stem ends here
    return re.compile(r"\b" + _trie_pattern(trie), re.IGNORECASE)


def _trie_pattern(node: dict[str, dict]) -> str:
    # "~" in a cue marks an inflection ("clash~" finds clashes, clashed)
    branches = [(r"\w*" if ch == "~" else re.escape(ch)) + _trie_pattern(child)
                for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    if "" in node:  # a shorter stem ends here: what follows is optional
        return "(?:" + "|".join(branches) + ")?"
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


class ScopedNER:
    def __init__(self, nlp: Language, name: str, *, cues: Sequence[str], source: str, window: int) -> None:
        self.name = name
        self.ner = nlp.get_pipe(source)
        self.pattern = cue_regex(cues)
        self.window = window

    def chosen(self, doc: Doc) -> list[Span]:
        sents = sentences(doc)  # the bounds are final here: the sentencizer and paragraphs ran before
        keep: set[int] = set()
        for i, sent in enumerate(sents):
            if self.pattern.search(text_of(doc)[sent.start_char:sent.end_char]):  # sent.text, not rebuilt
                keep.update(range(max(0, i - self.window), min(len(sents), i + self.window + 1)))
        return [sents[i] for i in sorted(keep)]

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        batch: list[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._run(batch)
                batch = []
        if batch:
            yield from self._run(batch)

    def _run(self, docs: list[Doc]) -> list[Doc]:
        picks = [(doc, sent) for doc in docs for sent in self.chosen(doc)]
        for doc, sent in picks:
            doc.user_data.setdefault(NER_SENTENCES, set()).add(sent.start_char)
        subdocs = list(self.ner.pipe(sentence_docs(sent for _, sent in picks)))
        found: dict[int, list[Span]] = {}
        for (doc, sent), sub in zip(picks, subdocs):
            for ent in sub.ents:  # offsets move from the sentence back into the article
                span = doc.char_span(sent.start_char + ent.start_char, sent.start_char + ent.end_char,
                                     label=ent.label_, kb_id=ent.kb_id_)
                if span is not None:
                    found.setdefault(id(doc), []).append(span)
        for doc in docs:
            new = found.get(id(doc), [])
            if new:  # ruler entities outside the chosen sentences stay as they were
                doc.ents = filter_spans([*doc.ents, *new])  # on a tie the ruler's span (with its id) wins
        return docs


def sentence_docs(spans: Iterable[Span]) -> Iterator[Doc]:
    """Each span (a sentence) as a Doc of its own, with its article's entities in it, as
    `Span.as_doc` makes it. as_doc turns the whole article into an array for every span unless
    given one: here it is built once per article (an article's sentences do not overlap, and as_doc
    only changes the rows of its own span)."""
    arrays: dict[int, tuple[list[int], Any]] = {}
    for span in spans:
        doc = span.doc
        if id(doc) not in arrays:
            head = list(Doc._get_array_attrs())
            arrays[id(doc)] = (head, doc.to_array(head))
        head, array = arrays[id(doc)]
        yield span.as_doc(array_head=head, array=array)


@Language.factory("sitrep_scoped_ner", default_config={"cues": [], "source": "ner", "window": 0},
                  requires=["doc.sents"], assigns=["doc.ents"])
def make_scoped_ner(nlp: Language, name: str, cues: list[str], source: str, window: int) -> ScopedNER:
    return ScopedNER(nlp, name, cues=cues, source=source, window=window)
