"""A dependency parse of chosen sentences only.

The model's tagger and parser (and their shared tok2vec) are loaded disabled (`nlp.build`): most
sentences of a news text never need a parse. `SentenceParser` runs them, with the statistical NER,
on copies of the sentences a stage asks for; the copies keep the entities the rulers found in the
article, and their offsets are the article's less `Parsed.offset`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

from sitrep.nlp.build import PARSE


@dataclass(frozen=True)
class Parsed:
    doc: Doc  # the sentence alone, parsed, tagged and with entities
    offset: int  # character offset of the sentence in the article


class SentenceParser:
    def __init__(self, nlp: Language) -> None:
        names = [*(n for n in PARSE if n in nlp.component_names), "ner"]
        self.pipes = [nlp.get_pipe(n) for n in names if n in nlp.component_names]

    def parse(self, sentences: Sequence[Span]) -> list[Parsed]:
        docs = [s.as_doc() for s in sentences]
        for pipe in self.pipes:  # the NER keeps the rulers' entities and adds its own around them
            docs = list(pipe.pipe(docs))
        return [Parsed(d, s.start_char) for d, s in zip(docs, sentences)]
