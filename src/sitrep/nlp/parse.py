"""A dependency parse of chosen sentences only.

The model's tagger and parser (and their shared tok2vec) are loaded disabled (`nlp.build`): most
sentences of a news text never need a parse. `SentenceParser` runs them on copies of the sentences a
stage asks for, and the statistical NER on those of them it has not read yet (with
`ner_scope="cues"` it read the cue sentences only). The copies keep the article's entities; their
offsets are the article's less `Parsed.offset`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

from sitrep.nlp.build import PARSE
from sitrep.nlp.components import NER_SENTENCES


@dataclass(frozen=True)
class Parsed:
    doc: Doc  # the sentence alone: tagged (tag_), parsed, with entities
    offset: int  # character offset of the sentence in the article


class SentenceParser:
    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self.pipes = [nlp.get_pipe(n) for n in PARSE if n in nlp.component_names]
        self.ner = nlp.get_pipe("ner") if "ner" in nlp.component_names else None

    def parse(self, sentences: Sequence[Span]) -> list[Parsed]:
        docs = [s.as_doc() for s in sentences]
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
