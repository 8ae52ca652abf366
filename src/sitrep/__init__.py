"""sitrep: auditable conflict event data from news reports.

    >>> from sitrep import Pipeline, Settings
    >>> pipe = Pipeline.load(Settings())
    >>> for article, events in pipe.process(articles): ...
    >>> for found in pipe.extract(articles): found.events, found.interactions
"""

from sitrep.errors import SitrepError
from sitrep.model import (Actor, ActorMention, Article, Claim, DateRange, Event, Evidence, Extraction, Interaction,
                          Place, Reject, Toponym)
from sitrep.settings import Settings

__all__ = [
    "Actor", "ActorMention", "Article", "Claim", "DateRange", "Event", "Evidence", "Extraction", "Interaction",
    "Pipeline", "Place", "Reject", "Settings", "SitrepError", "Toponym", "run",
]
__version__ = "0.1.0"


def __getattr__(name: str):  # the pipeline loads spaCy: import it only when asked for
    if name in ("Pipeline", "run"):
        from sitrep import pipeline

        return getattr(pipeline, name)
    raise AttributeError(name)
