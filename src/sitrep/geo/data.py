"""The geoparser's data files, validated by pydantic when loaded.

places/aliases.jsonl  spellings and renamed units -> a GeoNames unit (resolved when the index is built)
places/context.yaml   words around names: unit words, "near", origin words, peoples, ruler settings
places/points.yaml    centre points for units the packaged sources place poorly, towns they lack, and the
                      districts of towns they place in none or in one a newer district split off
places/names.yaml     how names are spelled: abbreviations, unit words, letters for one sound, Arabic heads
"""

from __future__ import annotations

import hashlib
import json
from datetime import date
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Literal

import pycountry
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from sitrep.data import load_yaml
from sitrep.errors import DataFileError
from sitrep.model import Place

Level = Literal["country", "admin1", "admin2", "town"]


class Alias(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    alias: str = Field(min_length=2)
    name: str = Field(min_length=2)  # the unit's GeoNames name (or one of its GeoNames aliases)
    country: str = Field(pattern=r"^[A-Z]{2}$")
    level: Level
    admin1: str | None = None  # narrows the target when the name is not unique in the country
    note: str = ""


class Point(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str
    country: str = Field(pattern=r"^[A-Z]{2}$")
    level: Level
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)
    note: str


class Town(BaseModel):
    """A town the packaged GeoNames extracts lack, with the published source of its point."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=2)
    country: str = Field(pattern=r"^[A-Z]{2}$")
    admin1: str
    admin2: str
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)
    population: int = Field(ge=0)
    aliases: tuple[str, ...] = ()
    source: str = Field(min_length=10)


class TownDistrict(BaseModel):
    """The district a town lies in where GeoNames gives none (Karachi) or one it has since left, from
    the day (`since`) the district split off from it was notified (Chaman, from Qila Abdullah)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    town: str = Field(min_length=2)
    country: str = Field(pattern=r"^[A-Z]{2}$")
    admin1: str
    admin2: str
    since: date | None = None  # None: always (set in the index); a date: from then on (set on the event)
    source: str = Field(min_length=10)


class Points(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    version: int
    points: tuple[Point, ...]
    towns: tuple[Town, ...] = ()
    districts: tuple[TownDistrict, ...] = ()

    def district_on(self, place: Place, day: date | None) -> str | None:
        """The district `place` (a town) lies in on `day`, where a dated entry moved it; None: as the index has it.
        Undated events keep the index's district."""
        if day is None or place.level != "town":
            return None
        found = pycountry.countries.get(alpha_3=place.iso3 or "")
        moved = [d for d in self.districts if d.since is not None and d.since <= day and d.town == place.name
                 and d.admin1 == place.admin1 and found is not None and found.alpha_2 == d.country]
        return max(moved, key=lambda d: d.since or day).admin2 if moved else None


class RulerSettings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    countries: tuple[str, ...]
    units_countries: tuple[str, ...]
    min_population: int = Field(ge=0)
    only_with_unit: tuple[str, ...] = ()


class Context(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    version: int
    level_words: dict[Literal["admin1", "admin2", "admin3", "town"], tuple[str, ...]]
    near_words: tuple[str, ...]
    origin_words: tuple[str, ...]
    route_words: tuple[str, ...]
    route_place_words: tuple[str, ...] = ()
    destination_words: tuple[str, ...] = ()
    site_heads: tuple[str, ...] = ()
    speaking_verbs: tuple[str, ...] = ()
    title_words: tuple[str, ...] = ()
    speaking_bodies: tuple[str, ...] = ()
    speaker_words: tuple[str, ...] = ()
    locality_units: tuple[str, ...] = ()
    locality_heads: tuple[frozenset[str], ...] = Field(min_length=1)
    locality_name_parts: frozenset[str]
    place_key_units: frozenset[str]
    force_name_words: frozenset[str]
    peoples: tuple[str, ...]
    not_place_before: tuple[str, ...]
    not_place_after: tuple[str, ...]
    name_tails: tuple[str, ...] = ()
    not_place_words: tuple[str, ...]
    name_heads: tuple[str, ...] = ()
    name_articles: tuple[str, ...] = ()
    named_for_words: tuple[str, ...] = ()
    locative_words: tuple[str, ...]
    abroad_words: tuple[str, ...] = ()
    served_words: tuple[str, ...] = ()
    spelling_countries: tuple[str, ...] = ()
    transliteration_countries: tuple[str, ...] = ()
    ruler: RulerSettings

    @cached_property
    def unit_level(self) -> dict[str, str]:
        """Lower-cased unit word -> level it sets."""
        return {w.lower(): level for level, words in self.level_words.items() for w in words}


class NameWords(BaseModel):
    """data/places/names.yaml: the words and letters names are folded by (sitrep.geo.names)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    version: int
    abbreviations: dict[str, str]
    unit_words: frozenset[str] = Field(min_length=1)
    lookup_unit_words: frozenset[str]
    spelling_letters: tuple[tuple[str, str], ...] = Field(min_length=1)  # in the order they are replaced
    arabic_articles: frozenset[str]
    arabic_heads: dict[str, tuple[str, ...]]
    transliteration_letters: tuple[tuple[str, str], ...] = Field(min_length=1)

    @cached_property
    def head_forms(self) -> dict[str, str]:
        """Each spelling of an Arabic head -> its one form ("gasr": "ksr")."""
        return {spelling: form for form, spellings in self.arabic_heads.items() for spelling in spellings}


def _data_path(name: str) -> Path:
    return Path(str(resources.files("sitrep") / "data" / "places" / name))


def load_aliases(path: Path | None = None) -> list[Alias]:
    path = path or _data_path("aliases.jsonl")
    out: list[Alias] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise DataFileError(f"cannot read the place alias file — {exc}; reinstall sitrep",
                            path=str(path)) from exc
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            out.append(Alias.model_validate(json.loads(line)))
        except (ValueError, ValidationError) as exc:
            raise DataFileError(f"bad alias record — {exc.__class__.__name__}: {exc}; fix the line",
                                path=str(path), line=n) from exc
    return out


def load_context(path: Path | None = None) -> Context:
    return load_yaml(path or _data_path("context.yaml"), Context, kind="place")


@lru_cache(maxsize=1)
def default_context() -> Context:
    """The packaged context.yaml, read once and shared by the readers that use its words."""
    return load_context()


def load_points(path: Path | None = None) -> Points:
    return load_yaml(path or _data_path("points.yaml"), Points, kind="place")


def load_name_words(path: Path | None = None) -> NameWords:
    return load_yaml(path or _data_path("names.yaml"), NameWords, kind="place")



def data_hash() -> str:
    """Hash of the data files and the code the index is built from: a change means a stale index."""
    h = hashlib.sha256()
    for name in ("aliases.jsonl", "points.yaml", "context.yaml", "names.yaml"):
        h.update(_data_path(name).read_bytes())
    geo = resources.files("sitrep") / "geo"
    for name in ("build.py", "names.py", "ruler.py"):
        h.update((geo / name).read_bytes())
    return h.hexdigest()[:16]
