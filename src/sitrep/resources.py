"""Resources built once per process and passed to every stage (no module holds state)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language

from sitrep.extract.actors import ActorDictionary
from sitrep.extract.casualties import CasualtyLexicon
from sitrep.extract.taxonomy import Taxonomy
from sitrep.geo.gazetteer import Gazetteer
from sitrep.nlp.build import load_nlp
from sitrep.settings import Settings


@dataclass(frozen=True)
class Resources:
    nlp: Language
    gazetteer: Gazetteer
    taxonomy: Taxonomy
    actors: ActorDictionary
    lexicon: CasualtyLexicon

    @classmethod
    def load(cls, settings: Settings | None = None) -> Resources:
        settings = settings or Settings.from_env()
        gazetteer = Gazetteer.load(Path(settings.gazetteer) if settings.gazetteer else None)
        actors = ActorDictionary.load()
        patterns = [*gazetteer.ruler_patterns(), *actors.ruler_patterns()]
        return cls(
            nlp=load_nlp(settings.model, patterns=patterns),
            gazetteer=gazetteer,
            taxonomy=Taxonomy.load(),
            actors=actors,
            lexicon=CasualtyLexicon.load(),
        )
