"""Surface forms of our region's places for the EntityRuler, chosen when the index is built.

spaCy's small model misses many Pakistani and Afghan towns and districts ("Kech", "Dera Bugti");
these patterns (exact case-sensitive token sequences) tag them GPE before the statistical NER runs.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Protocol

from sitrep.geo.data import RulerSettings
from sitrep.geo.names import normalise, strip_generic

_UNIT_WORDS = {"ADM1": ("Province", "province"), "ADM2": ("District", "district")}
_DATELINE_POP = 100_000  # towns large enough to be a dateline also get an ALL-CAPS pattern


class _Row(Protocol):
    id: int
    cc: str | None
    fcode: str
    pop: int
    surfaces: set[str]


def _variants(surface: str, fcode: str, pop: int, blocked: set[str], *, home: bool) -> Iterator[str]:
    words = surface.split()
    if len(words) > 1 and words[-1].lower() in ("district", "province", "agency"):
        base = " ".join(words[:-1])
        yield surface
    else:
        base = surface
    if base not in blocked and len(base) >= (3 if home else 4):  # "Hub" yes, "Mon" (India) no
        yield base
        if fcode.startswith("PPL") and pop >= _DATELINE_POP:
            yield base.upper()
    norm = normalise(base)
    if home and strip_generic(norm) == norm:  # no "Sanaag Region Province"
        for unit in _UNIT_WORDS.get(fcode, ()):
            yield f"{base} {unit}"


def ruler_rows(rows: Iterable[_Row], settings: RulerSettings) -> Iterator[tuple[str, int]]:
    """(pattern, geonameid) pairs for towns and units of the ruler's countries."""
    blocked = set(settings.only_with_unit)
    for r in rows:
        is_unit = r.fcode in ("ADM1", "ADM2", "ADM3") and r.cc in settings.units_countries
        is_town = (r.fcode.startswith("PPL") and r.cc in settings.countries
                   and r.pop >= settings.min_population)
        if not (is_unit or is_town):
            continue
        for surface in r.surfaces:
            for pattern in _variants(surface, r.fcode, r.pop, blocked, home=r.cc in settings.countries):
                yield pattern, r.id
