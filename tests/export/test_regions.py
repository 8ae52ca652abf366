from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.errors import DataFileError
from sitrep.export.regions import Regions, iso_numeric


def test_regions_packaged_file_loads() -> None:
    regions = Regions.load()
    assert regions.acled["PAK"] == "South Asia" and regions.ucdp["PAK"] == "Asia"
    assert regions.acled["SOM"] == "Eastern Africa" and regions.ucdp["SOM"] == "Africa"
    assert {"AFG", "IND", "BGD"} <= {c for c, r in regions.acled.items() if r == "South Asia"}


@pytest.mark.parametrize(("body", "message"), [
    ("version: 1\nregions:\n  - {acled: South Asia, ucdp: Asia, iso3: [PAK, XXX]}\n", "XXX"),
    ("version: 1\nregions:\n  - {acled: Southern Asia, ucdp: Asia, iso3: [PAK]}\n", "ACLED region"),
    ("version: 1\nregions:\n  - {acled: South Asia, ucdp: Oceania, iso3: [PAK]}\n", "UCDP region"),
    ("version: 1\nregions:\n  - {acled: South Asia, ucdp: Asia, iso3: [PAK]}\n"
     "  - {acled: Middle East, ucdp: Middle East, iso3: [PAK]}\n", "more than one region"),
    ("version: 1\nregions: [\n", "cannot load"),
])
def test_regions_bad_file_is_a_data_file_error(tmp_path: Path, body: str, message: str) -> None:
    path = tmp_path / "regions.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(DataFileError, match=message):
        Regions.load(path)


@pytest.mark.parametrize(("iso3", "country", "expected"), [
    ("pak", None, "PAK"), (None, "Afghanistan", "AFG"), (None, "Atlantis", None), (None, None, None),
])
def test_regions_iso3(iso3: str | None, country: str | None, expected: str | None) -> None:
    assert Regions.load().iso3(iso3, country) == expected


@pytest.mark.parametrize(("iso3", "expected"), [("PAK", 586), ("AFG", 4), ("SOM", 706), (None, None)])
def test_regions_iso_numeric(iso3: str | None, expected: int | None) -> None:
    assert iso_numeric(iso3) == expected
