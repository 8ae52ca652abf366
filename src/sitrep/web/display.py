"""Presentation choices shared by the map, the timeline and the tables: colours and vocabularies."""

from __future__ import annotations

import hashlib
import logging
from functools import lru_cache

from sitrep.errors import SitrepError

log = logging.getLogger("sitrep.web")

# Colours for ACLED's six event types (a colour-blind-safe palette); other names get a stable one.
PALETTE: dict[str, str] = {
    "Battles": "#d62728",
    "Explosions/Remote violence": "#ff7f0e",
    "Violence against civilians": "#9467bd",
    "Protests": "#1f77b4",
    "Riots": "#e6ab02",
    "Strategic developments": "#2ca02c",
}
_EXTRA = ("#8c564b", "#e377c2", "#7f7f7f", "#17becf", "#bcbd22", "#393b79")


def colour_for(event_type: str) -> str:
    if event_type in PALETTE:
        return PALETTE[event_type]
    digest = hashlib.sha256(event_type.encode("utf-8")).digest()
    return _EXTRA[digest[0] % len(_EXTRA)]


@lru_cache(maxsize=1)
def taxonomy_options() -> dict[str, list[str]]:
    """Event type -> sub-event types from the packaged taxonomy, for the filter and review forms.

    Empty when the taxonomy cannot be loaded; the forms then take free text.
    """
    try:
        from sitrep.extract.taxonomy import Taxonomy

        tax = Taxonomy.load_file()
    except (ImportError, OSError, SitrepError) as exc:  # only the drop-down lists are lost
        log.warning("taxonomy not loaded for the web forms: %s", exc)
        return {}
    out: dict[str, list[str]] = {}
    for sub in tax.sub_event_types:
        out.setdefault(sub.event_type, []).append(sub.name)
    return out
