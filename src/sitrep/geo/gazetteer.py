"""The gazetteer: candidate places for a name, from the compact index built by `sitrep.geo.build`.

Lookup only; ranking is `sitrep.geo.rank`'s job. The index is a SQLite file at
`settings.gazetteer` / `SITREP_GAZETTEER`, or by default `$XDG_CACHE_HOME/sitrep/gazetteer-v<N>.sqlite`
(`~/.cache/sitrep/...`). It is built when missing or when the data files it was built from changed
(about 25 s, once); opening it takes milliseconds.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
import time
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from sitrep.errors import ConfigError
from sitrep.geo.build import (ALIAS, ALTERNATE, DEMONYM, PRIMARY, SCHEMA_VERSION, SHORT, SPELLING_MARK, TRANSLIT,
                              TRANSLIT_MARK, TYPO, build_index)
from sitrep.geo.data import Context, Points, data_hash, load_context, load_points
from sitrep.geo.names import (lookup_generic, normalise, one_edit, spelling_key, strip_generic, translit_distance,
                              translit_key)
from sitrep.model import Place

_SELECT = """
SELECT p.id, p.name, p.lat, p.lon, p.cc, p.fcode, p.pop, a1.name, a2.name, c.name, c.iso3, n.kind
FROM name n JOIN place p ON p.id = n.id
LEFT JOIN place a1 ON a1.id = p.a1 LEFT JOIN place a2 ON a2.id = p.a2
LEFT JOIN country c ON c.cc = p.cc
"""
_FETCH = 200  # rows read per name before the prior picks `limit` of them
_EXACT = (PRIMARY, ALIAS, ALTERNATE, SHORT)  # the name itself matched, not a key of it
# Letters a transliteration may differ by once folded ("Meknassi", "Meknassy"): two let a village of
# one country take a village's name abroad ("Bouhalouane", Boulaouane)
TRANSLIT_EDITS = 1
# A name one letter off a city this large is taken for a misspelling of it, when no place has the name
# itself ("Pietermartizburg"); only names this long, where one letter leaves the name recognisable.
TYPO_POPULATION, TYPO_LETTERS = 100_000, 8
_NEAR = (TRANSLIT, TYPO)  # candidates found by a name's spelling, not by the name


@dataclass(frozen=True, slots=True)
class Match:
    """A candidate with how its name matched (sitrep.geo.build: PRIMARY, ALIAS, ALTERNATE, SHORT, DEMONYM,
    SPELLING, TRANSLIT, TYPO)."""

    place: Place
    kind: int


def default_path() -> Path:
    """The index for this version of the data files: two installs (or branches) with different place
    data keep an index each instead of rebuilding one file in turn."""
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return cache / "sitrep" / f"gazetteer-v{SCHEMA_VERSION}-{data_hash()}.sqlite"


def _drop_old_indexes(current: Path, *, days: float = 7) -> None:
    """Remove default-path indexes of other data versions unused for `days` (left by upgrades)."""
    cutoff = time.time() - days * 86400
    for other in current.parent.glob(f"gazetteer-v{SCHEMA_VERSION}*.sqlite"):
        with contextlib.suppress(OSError):
            if other != current and other.stat().st_atime < cutoff and other.stat().st_mtime < cutoff:
                other.unlink()


def _place(row: tuple[Any, ...]) -> Place:
    gid, name, lat, lon, cc, fcode, pop, a1, a2, country, iso3, _ = row
    if fcode == "ADM1":
        a1, a2 = name, None
    elif fcode == "ADM2":
        a2 = name
    return Place(name=name, latitude=lat, longitude=lon, country=country, iso3=iso3, admin1=a1,
                 admin2=a2, admin3=name if fcode == "ADM3" else None, geonameid=gid, feature_code=fcode,
                 population=pop)


def prior(m: Match) -> float:
    """Order of candidates before context is read: big, high-level places with their main name first."""
    import math

    # ADM2 units count their towns' people, so without the penalty a district outranks its seat
    level = {"PCLI": 2.0, "CONT": 1.5, "ADM1": 1.0, "PPLC": 1.5, "ADM2": -0.8}.get(m.place.feature_code or "", 0.0)
    kind = (0.0, -0.3, -1.2, -0.6, -0.5, -1.2, -1.2, -1.2)[m.kind]
    return level + kind + 0.4 * math.log10(m.place.population + 10)


class Gazetteer:
    def __init__(self, con: sqlite3.Connection, path: Path, *, context: Context | None = None) -> None:
        self._con = con
        self.path = path
        self.context = context or load_context()
        self._cache: dict[str, list[Match]] = {}
        self._lock = threading.Lock()

    @cached_property
    def points(self) -> Points:
        """places/points.yaml, read for the districts towns moved to on a day (Points.district_on)."""
        return load_points()

    @classmethod
    def load(cls, path: Path | None = None) -> Gazetteer:
        """Open the index at `path` (default: `default_path()`), building it first if missing or stale."""
        default = path is None
        path = Path(path) if path is not None else default_path()
        if not path.exists() or not _is_current(path):
            try:
                build_index(path)
            except OSError as exc:
                raise ConfigError(f"cannot build the gazetteer index at {path} — {exc}; set SITREP_GAZETTEER "
                                  f"to a writable path or run `sitrep gazetteer build`") from exc
            if default:
                _drop_old_indexes(path)
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        return cls(con, path)

    def lookup(self, name: str, *, limit: int = 10, near: bool = False) -> list[Match]:
        """Places with this name (main name, alias, alternate spelling or short form), best prior first.
        `near`: also places whose name only shares the transliteration key, or the large city the name
        misspells by a letter (the ranker asks for them; a test of whether a word is a place does not)."""
        norm = normalise(name)
        if not norm:
            return []
        found = self._cache.get(norm)
        if found is None:
            found = self._query(norm)
            short = strip_generic(norm)
            if not found and short and short != norm:  # "Lehri District": try "lehri"
                found = self._query(short)
            if not found and (bare := strip_generic(norm, lookup_generic())) and bare != short:
                found = self._query(bare)  # "West Hararghe Zone": try "west hararghe"
            found = self._with_spellings(found, short or norm)
            found = self._with_transliterations(found, short or norm)
            found = self._with_typo(found, norm)
            self._cache[norm] = found
        if not near:
            return [m for m in found if m.kind not in _NEAR][:limit]
        return found[:limit]

    def _query(self, norm: str) -> list[Match]:
        with self._lock:
            rows = self._con.execute(_SELECT + " WHERE n.norm = ? ORDER BY p.pop DESC LIMIT ?",
                                     (norm, _FETCH)).fetchall()
        return sorted((Match(_place(r), r[-1]) for r in rows), key=prior, reverse=True)

    def _with_spellings(self, found: list[Match], norm: str) -> list[Match]:
        """Places of the spelling countries whose name is spelled otherwise ("Jhenidah":
        Jhenaidah), after those found by the name itself."""
        key = spelling_key(norm)
        if len(key) < 3:
            return found
        seen = {m.place.geonameid for m in found}
        more = [m for m in self._query(SPELLING_MARK + key) if m.place.geonameid not in seen]
        return sorted([*found, *more], key=prior, reverse=True) if more else found

    def _with_transliterations(self, found: list[Match], norm: str) -> list[Match]:
        """Places of the transliteration countries whose name is spelled otherwise ("Janzour":
        Janzur), only for a name that matches no place as it is written: a spelling never beats
        the name itself. Keys of three consonants only for names of six letters or more."""
        if any(m.kind in _EXACT for m in found):
            return found
        key = translit_key(norm)
        if len(key) < 3 or len(key) == 3 and len(norm.replace(" ", "")) < 6:
            return found
        more = self._query(TRANSLIT_MARK + key)
        if not more:
            return found
        far = {m.place.geonameid: translit_distance(norm, normalise(m.place.name)) for m in more}
        near = min(far.values())
        if near > TRANSLIT_EDITS:  # a key shared by a name spelled otherwise ("Kienge", Gaongo)
            return found
        more = [m for m in more if far[m.place.geonameid] == near]
        return sorted([*found, *more], key=prior, reverse=True)

    def _with_typo(self, found: list[Match], norm: str) -> list[Match]:
        """The one large city whose name is one letter off a long name no place bears, nor shares a
        spelling with ("Pietermartizburg"): a misspelling of it. Two such cities: no reading."""
        if any(m.kind in _EXACT or m.kind == TRANSLIT for m in found) or len(norm.replace(" ", "")) < TYPO_LETTERS:
            return found
        hits = {gid for other, gid in self._large_cities.get(len(norm) - 1, []) + self._large_cities.get(len(norm), [])
                + self._large_cities.get(len(norm) + 1, []) if one_edit(norm, other)}
        if len(hits) != 1:
            return found
        place = self.place(hits.pop())
        return [*found, Match(place, TYPO)] if place is not None else found

    @cached_property
    def _large_cities(self) -> dict[int, list[tuple[str, int]]]:
        """Length of name -> (normalised main name, id) of the towns of TYPO_POPULATION and more."""
        with self._lock:
            rows = self._con.execute("SELECT name, id FROM place WHERE pop >= ? AND fcode LIKE 'PPL%'",
                                     (TYPO_POPULATION,)).fetchall()
        out: dict[int, list[tuple[str, int]]] = {}
        for name, gid in rows:
            norm = normalise(name)
            out.setdefault(len(norm), []).append((norm, gid))
        return out

    def candidates(self, name: str, *, limit: int = 10) -> list[Place]:
        return [m.place for m in self.lookup(name, limit=limit) if m.kind != DEMONYM]

    def is_demonym(self, name: str) -> bool:
        """True when the word names a country's people ("Pakistani", "American")."""
        return any(m.kind == DEMONYM for m in self.lookup(name, limit=3))

    def place(self, geonameid: int) -> Place | None:
        with self._lock:
            row = self._con.execute(_SELECT + " WHERE p.id = ? LIMIT 1", (geonameid,)).fetchone()
        return _place(row) if row else None

    def country(self, code: str) -> Place | None:
        """The country for an ISO alpha-2 or alpha-3 code."""
        with self._lock:
            row = self._con.execute("SELECT id FROM country WHERE cc = ? OR iso3 = ?",
                                    (code.upper(), code.upper())).fetchone()
        return self.place(row[0]) if row else None

    def admin1_centroid(self, iso3: str, admin1: str) -> Place | None:
        """The admin1 unit's point (middle of the unit), matched by its name or an alias."""
        return next((m.place for m in self.lookup(admin1, limit=50)
                     if m.place.feature_code == "ADM1" and m.place.iso3 == iso3), None)

    def ruler_patterns(self) -> list[dict[str, Any]]:
        """EntityRuler patterns (label GPE, id = geonameid) for our region's towns and units."""
        return [{"label": "GPE", "pattern": pattern, "id": str(gid)} for pattern, gid in self._ruler_rows]

    @cached_property
    def _ruler_rows(self) -> list[tuple[str, int]]:
        # One id per pattern: the town where a town and a unit share the name.
        with self._lock:
            rows = self._con.execute(
                "SELECT r.pattern, r.id FROM ruler r JOIN place p ON p.id = r.id "
                "ORDER BY r.pattern, p.fcode LIKE 'PPL%' DESC, p.pop DESC").fetchall()
        out: dict[str, int] = {}
        for pattern, gid in rows:
            out.setdefault(pattern, gid)
        return list(out.items())


def _is_current(path: Path) -> bool:
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            meta = dict(con.execute("SELECT key, value FROM meta").fetchall())
        finally:
            con.close()
    except sqlite3.Error:
        return False
    return meta.get("schema_version") == SCHEMA_VERSION and meta.get("data_hash") == data_hash()
