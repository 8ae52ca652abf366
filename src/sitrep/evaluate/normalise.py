"""Put gold and predicted labels on one footing before they are compared.

Gold sets name the same unit, actor or event type differently from sitrep (older ACLED codebooks,
GTD spellings, renamed provinces). The equivalences live in data files (`data/evaluate/*.yaml`), so
adding one is a data change, not a code change.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Protocol

from pydantic import BaseModel, ConfigDict, Field

from sitrep.data import load_yaml
from sitrep.model import Place

NONE = "none"  # the class of "no event" (CASE 2021 calls out-of-taxonomy rows this too)

# Generic unit words: "Dhaka Division" and "Dhaka" are the same admin1.
_UNIT_WORDS = frozenset({"division", "province", "region", "state", "governorate", "prefecture", "the"})
_YEARS = re.compile(r"\(\s*\d{4}\s*-\s*(?:\d{4})?\s*\)")
_COUNTRY_BRACKET = re.compile(r"\s*\([^()]*\)\s*$")  # "Protesters (Zambia)"


def fold(name: str) -> str:
    """Case, accents, apostrophes, hyphens and generic unit words do not make names differ."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"['’‘`ʻ]", "", text).replace("&", " and ")
    words = re.sub(r"[^0-9a-z]+", " ", text).split()
    return " ".join(w for w in words if w not in _UNIT_WORDS) or " ".join(words)


_PLACEHOLDER = "{country}"


def _placeholder_pattern(alias_key: str) -> re.Pattern[str]:
    before, _, after = alias_key.partition(_PLACEHOLDER)
    return re.compile(re.escape(before) + r"(?P<country>.+?)" + re.escape(after))


def actor_key(name: str | None) -> str | None:
    """ACLED actor names without their period brackets: "Military Forces of Bangladesh (2009-)"."""
    if not name or not name.strip():
        return None
    return " ".join(_YEARS.sub(" ", name).casefold().split())


class _Unit(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    country: str = Field(min_length=2)
    name: str = Field(min_length=2)
    aliases: tuple[str, ...] = Field(min_length=1)


class NameTable(BaseModel):
    """data/evaluate/names.yaml: country and admin1 aliases."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    version: int
    countries: dict[str, tuple[str, ...]]
    admin1: tuple[_Unit, ...]
    actors: dict[str, tuple[str, ...]] = {}

    @classmethod
    def load(cls, path: Path | None = None) -> NameTable:
        return load_yaml(path or _data_path("names.yaml"), cls, kind="evaluation")


class TypeTable(BaseModel):
    """data/evaluate/types.yaml: pre-2019 ACLED types and PLOVER categories -> current event types."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    version: int
    acled_legacy: dict[str, tuple[str, ...]]
    plover: dict[str, tuple[str, ...]]

    @classmethod
    def load(cls, path: Path | None = None) -> TypeTable:
        return load_yaml(path or _data_path("types.yaml"), cls, kind="evaluation")

    def event_types(self, label: str) -> tuple[str, ...]:
        """The current event types a gold ACLED label allows (itself when it is current)."""
        return self.acled_legacy.get(label, (label,))

    def plover_types(self, category: str) -> tuple[str, ...] | None:
        """ACLED types for a PLOVER category; () = no ACLED event; None = not scored."""
        return self.plover.get(category.upper())


def _data_path(name: str) -> Path:
    return Path(str(resources.files("sitrep") / "data" / "evaluate" / name))



class UnitLookup(Protocol):
    """What Names needs from the gazetteer (sitrep.geo.gazetteer.Gazetteer fits)."""

    def admin1_centroid(self, iso3: str, admin1: str) -> Place | None: ...

    def candidates(self, name: str, *, limit: int = 10) -> list[Place]: ...


class Names:
    """Country and admin1 keys: equal keys mean the same unit.

    The data table is read first; then, when a gazetteer is given, the gazetteer's own name for the
    unit (it knows GeoNames alternate names: "Cairo" governorate is "Al Qahirah").
    """

    def __init__(self, table: NameTable, gazetteer: UnitLookup | None = None) -> None:
        self._gaz = gazetteer
        # folded alias -> the canonical name as written (the gazetteer is asked with that)
        self._countries = {fold(a): name for name, aliases in table.countries.items() for a in (name, *aliases)}
        self._units: dict[tuple[str, str], str] = {}
        for unit in table.admin1:
            country = self._country_fold(unit.country)
            for alias in (unit.name, *unit.aliases):
                self._units[(country, fold(alias))] = unit.name
        self._actors = {actor_key(a): actor_key(name) for name, aliases in table.actors.items()
                        for a in aliases if _PLACEHOLDER not in a}
        # renamed actors whose name holds the country ("Prison Guards (Kenya)" is today's "Police Forces
        # of Kenya Prison Guards"): a pattern per alias, the country carried over
        self._actor_patterns = [(_placeholder_pattern(actor_key(a) or ""), actor_key(name) or "")
                                for name, aliases in table.actors.items() for a in aliases if _PLACEHOLDER in a]
        self.admin1_key = lru_cache(maxsize=16384)(self._admin1_key)
        self._iso3 = lru_cache(maxsize=1024)(self._find_iso3)

    def _canonical_country(self, name: str) -> str:
        return self._countries.get(fold(name), name)

    def _country_fold(self, name: str) -> str:
        return fold(self._canonical_country(name))

    def country_key(self, name: str | None) -> str | None:
        return self._country_fold(name) if name and name.strip() else None

    def _admin1_key(self, name: str | None, country: str | None) -> str | None:
        if not name or not name.strip():
            return None
        ckey = self.country_key(country) or ""
        name = self._units.get((ckey, fold(name)), name)
        iso3 = self._iso3(country) if country else None
        if iso3 is not None and self._gaz is not None:
            unit = self._gaz.admin1_centroid(iso3, name)
            name = unit.name if unit is not None else name
            name = self._units.get((ckey, fold(name)), name)  # the gazetteer's name may be grouped too
        return fold(name)

    def _find_iso3(self, country: str) -> str | None:
        if self._gaz is None:
            return None
        return next((p.iso3 for p in self._gaz.candidates(self._canonical_country(country), limit=5)
                     if p.feature_code and p.feature_code.startswith("PCL")), None)

    def actor(self, name: str | None, *, without_country: bool = False) -> str | None:
        """Actor key with aliases applied; `without_country` drops a trailing "(Somalia)" for sets
        such as GTD that name groups without one."""
        if name and without_country:
            name = _COUNTRY_BRACKET.sub("", name)
        key = actor_key(name)
        if not key:
            return None
        for pattern, renamed in self._actor_patterns:
            if (hit := pattern.fullmatch(key)) is not None:
                return renamed.replace(_PLACEHOLDER, hit["country"])
        return self._actors.get(key, key)

    def same_country(self, gold: str | None, got: str | None) -> bool:
        return gold is not None and self.country_key(gold) == self.country_key(got)

    def same_admin1(self, gold: str | None, got: str | None, country: str | None) -> bool:
        """Same admin1 unit, both read within the gold country."""
        return gold is not None and self.admin1_key(gold, country) == self.admin1_key(got, country)
