"""A dependency parse of chosen sentences only.

The extraction pipeline leaves the model's tagger and parser (and their shared tok2vec) out
(`nlp.build`): most sentences of a news text never need a parse, and most runs never ask for one.
`SentenceParser` loads them, sharing the pipeline's vocabulary, the first time a stage asks, and
runs them on copies of the sentences it asks for, with the statistical NER on those of them the
pipeline's NER has not read (with `ner_scope="cues"` it read the cue sentences only). The copies keep
the article's entities; their offsets are the article's less `Parsed.offset`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from sitrep.errors import ConfigError
from sitrep.nlp.build import PARSE
from sitrep.nlp.components import NER_SENTENCES, sentence_docs


@dataclass(frozen=True)
class Parsed:
    doc: Doc  # the sentence alone: tagged (tag_), parsed, with entities
    offset: int  # character offset of the sentence in the article


class SentenceParser:
    def __init__(self, nlp: Language, model: str) -> None:
        self.nlp, self.model = nlp, model
        self.ner = nlp.get_pipe("ner") if "ner" in nlp.component_names else None
        self._pipes: list[Any] | None = None

    @property
    def pipes(self) -> list[Any]:
        """The model's tok2vec, tagger and parser, loaded on first use."""
        if self._pipes is None:
            try:
                parsing = spacy.load(self.model, vocab=self.nlp.vocab,
                                     exclude=["ner", "lemmatizer", "attribute_ruler", "senter"])
            except OSError as exc:
                raise ConfigError(f"spaCy model {self.model!r} not found — install it with `make install`") from exc
            self._pipes = [parsing.get_pipe(n) for n in PARSE if n in parsing.component_names]
        return self._pipes

    def parse(self, sentences: Sequence[Span]) -> list[Parsed]:
        docs = list(sentence_docs(sentences))
        for pipe in self.pipes:
            docs = list(pipe.pipe(docs))
        unread = [i for i, s in enumerate(sentences) if not self._ner_read(s)]
        if self.ner is not None and unread:  # the NER keeps the rulers' entities and adds its own
            for i, doc in zip(unread, self.ner.pipe([docs[i] for i in unread])):
                docs[i] = doc
        return [Parsed(d, s.start_char) for d, s in zip(docs, sentences)]

    def _ner_read(self, sentence: Span) -> bool:
        if "ner" in self.nlp.pipe_names:  # enabled: it read every sentence
            return True
        return sentence.start_char in sentence.doc.user_data.get(NER_SENTENCES, ())
