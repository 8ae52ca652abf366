"""Extraction: a spaCy Doc of one article -> Events, every field with its evidence.

The stages it combines, each in its own module:
  events.detect_events        incident candidates with ACLED type/sub-type (taxonomy data file)
  actors.find_actors          actor1/actor2 and associated actors (actor dictionary data file)
  casualties.find_claims      killed/injured/... figures with side and source; summarise -> totals
  responsibility.find_responsibility   claims of responsibility and denials
  dates.find_dates / choose_event_date  dates resolved against the publication date
  sitrep.geo                  toponyms and the event's place with geo_precision
"""

from sitrep.extract.assemble import extract_events

__all__ = ["extract_events"]
