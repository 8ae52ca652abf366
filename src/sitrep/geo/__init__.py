"""Offline geoparsing: gazetteer lookup, toponym recognition and resolution, the event's place.

  gazetteer.Gazetteer        candidate places for a name (SQLite index built once from GeoNames data)
  geoparse.find_toponyms     place names of an article, resolved (or NULL), the dateline marked
  event_place.choose_event_place   where an event happened, with ACLED geo_precision
"""

from sitrep.geo.event_place import PlaceChoice, choose_event_place
from sitrep.geo.gazetteer import Gazetteer
from sitrep.geo.geoparse import find_toponyms, toponym_record

__all__ = ["Gazetteer", "PlaceChoice", "choose_event_place", "find_toponyms", "toponym_record"]
