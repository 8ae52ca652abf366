"""Resources built once per process and passed to every stage (no module holds state)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language

from sitrep.errors import ConfigError
from sitrep.extract.actors import ActorDictionary
from sitrep.extract.casualties import CasualtyLexicon
from sitrep.extract.interaction_lexicon import InteractionLexicon
from sitrep.extract.taxonomy import Taxonomy
from sitrep.geo.gazetteer import Gazetteer
from sitrep.nlp.build import load_nlp
from sitrep.nlp.parse import SentenceParser
from sitrep.settings import Settings


@dataclass(frozen=True)
class Resources:
    nlp: Language
    gazetteer: Gazetteer
    taxonomy: Taxonomy
    actors: ActorDictionary
    lexicon: CasualtyLexicon
    interactions: InteractionLexicon
    parser: SentenceParser  # the dependency parse, for the sentences that need one (loaded when first asked)

    @classmethod
    def load(cls, settings: Settings | None = None) -> Resources:
        settings = settings or Settings.from_env()
        gazetteer = Gazetteer.load(Path(settings.gazetteer) if settings.gazetteer else None)
        actors = ActorDictionary.load()
        taxonomy, lexicon = Taxonomy.load(), CasualtyLexicon.load()
        patterns = [*gazetteer.ruler_patterns(), *actors.ruler_patterns()]
        if settings.ner_scope not in ("all", "cues"):
            raise ConfigError(f"setting ner_scope={settings.ner_scope!r} is unknown — use all or cues")
        nlp = load_nlp(settings.model, patterns=patterns, ner_scope=settings.ner_scope,  # type: ignore[arg-type]
                       cues=cue_stems(taxonomy, lexicon), window=0)
        return cls(nlp=nlp, gazetteer=gazetteer, taxonomy=taxonomy, actors=actors, lexicon=lexicon,
                   interactions=InteractionLexicon.load(), parser=SentenceParser(nlp, settings.model))


def cue_stems(taxonomy: Taxonomy, lexicon: CasualtyLexicon) -> list[str]:
    """The strong event cues and the casualty verbs, as phrases ("~" marks an inflection): a
    sentence holding one may describe an event, so its names are worth the statistical NER.
    Weak cues and single common words ("found", "district") would pick most sentences."""
    phrases = [c for s in taxonomy.sub_event_types for c in s.cues]
    phrases += [w for q in lexicon.data.quantities.values() for w in (*q.before, *q.after)]
    return sorted({p.lower() for p in phrases if len(p.replace("~", "")) >= 4})
