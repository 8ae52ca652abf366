"""Country codes and region names for the exporters, from `data/export/regions.yaml` + pycountry."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import pycountry
import yaml
from pydantic import BaseModel, ValidationError, field_validator, model_validator

from sitrep.errors import DataFileError

ACLED_REGIONS = frozenset({
    "Western Africa", "Middle Africa", "Eastern Africa", "Southern Africa", "Northern Africa",
    "South Asia", "Southeast Asia", "East Asia", "Middle East", "Europe",
    "Caucasus and Central Asia", "Central America", "South America", "Caribbean",
    "North America", "Oceania", "Antarctica",
})
UCDP_REGIONS = frozenset({"Africa", "Americas", "Asia", "Europe", "Middle East"})


class _Region(BaseModel, extra="forbid"):
    acled: str
    ucdp: str
    iso3: list[str]

    @field_validator("acled")
    @classmethod
    def _acled(cls, v: str) -> str:
        if v not in ACLED_REGIONS:
            raise ValueError(f"not an ACLED region: {v!r}")
        return v

    @field_validator("ucdp")
    @classmethod
    def _ucdp(cls, v: str) -> str:
        if v not in UCDP_REGIONS:
            raise ValueError(f"not a UCDP region: {v!r}")
        return v

    @field_validator("iso3")
    @classmethod
    def _codes(cls, v: list[str]) -> list[str]:
        bad = [c for c in v if pycountry.countries.get(alpha_3=c) is None]
        if bad:
            raise ValueError(f"not ISO 3166 alpha-3 codes: {bad}")
        return v


class _RegionFile(BaseModel, extra="forbid"):
    version: int
    regions: list[_Region]

    @model_validator(mode="after")
    def _unique(self) -> _RegionFile:
        codes = [c for r in self.regions for c in r.iso3]
        dupes = sorted({c for c in codes if codes.count(c) > 1})
        if dupes:
            raise ValueError(f"countries listed in more than one region: {dupes}")
        return self


def _default_path() -> Path:
    return Path(str(resources.files("sitrep") / "data" / "export" / "regions.yaml"))


@dataclass(frozen=True)
class Regions:
    acled: dict[str, str]  # ISO3 -> ACLED region
    ucdp: dict[str, str]  # ISO3 -> UCDP region

    @classmethod
    def load(cls, path: Path | None = None) -> Regions:
        path = path or _default_path()
        try:
            data = _RegionFile.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
        except (OSError, yaml.YAMLError, ValidationError) as exc:
            raise DataFileError(f"cannot load region table — {exc}; fix or restore the file",
                                path=str(path)) from None
        return cls(acled={c: r.acled for r in data.regions for c in r.iso3},
                   ucdp={c: r.ucdp for r in data.regions for c in r.iso3})

    def iso3(self, iso3: str | None, country: str | None) -> str | None:
        """The event's ISO3 code, or one looked up from its country name."""
        if iso3:
            return iso3.upper()
        if not country:
            return None
        try:
            return str(pycountry.countries.lookup(country).alpha_3)
        except LookupError:
            return None


def iso_numeric(iso3: str | None) -> int | None:
    """ACLED's `iso` column: the ISO 3166 numeric code (Pakistan 586)."""
    c = pycountry.countries.get(alpha_3=iso3) if iso3 else None
    return int(c.numeric) if c is not None else None
