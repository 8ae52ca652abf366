"""spaCy stage: the model plus entity rulers fed from the project's gazetteer and actor dictionary."""

from sitrep.nlp.build import load_nlp

__all__ = ["load_nlp"]
