"""Extraction: a spaCy Doc of one article -> Events, every field with its evidence.

The stages it combines, each in its own module:
  events.detect_events        incident candidates with ACLED type/sub-type (taxonomy data file)
  actors.find_actors          actor1/actor2 and associated actors (actor dictionary data file)
  locality.find_locality      the village or area a communal militia is named after
  casualties.find_claims      killed/injured/... figures with side and source; summarise -> totals
  responsibility.find_responsibility   claims of responsibility and denials
  responsibility.find_attributions     groups others name as the perpetrator (not claims)
  dates.find_dates / choose_event_date  dates resolved against the publication date
  sitrep.geo                  toponyms and the event's place with geo_precision
"""

from __future__ import annotations

from typing import Any

__all__ = ["extract_events"]


def __getattr__(name: str) -> Any:
    # Lazy, so that the store and the web app can use the spaCy-free parts (totals, notes) that
    # merging events needs without loading spaCy.
    if name == "extract_events":
        from sitrep.extract.assemble import extract_events

        return extract_events
    raise AttributeError(f"module 'sitrep.extract' has no attribute {name!r}")
