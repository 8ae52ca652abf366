from __future__ import annotations

import pytest

from sitrep.errors import DataFileError
from sitrep.geo.build import ALIAS, PRIMARY, SHORT, _apply_data, _Row, _spread_mid
from sitrep.geo.data import Alias, Points


def _rows() -> dict[int, _Row]:
    b = _Row(id=1, name="Balochistan", cc="PK", fcode="ADM1", lat=28.0, lon=65.0)
    k = _Row(id=2, name="Kech District", cc="PK", fcode="ADM2", lat=26.0, lon=62.0, a1=1)
    for r, n in ((b, "Balochistan"), (k, "Kech District")):
        r.add_name(n, PRIMARY)
    return {1: b, 2: k}


def test_build_alias_attaches_to_unit() -> None:
    rows = _rows()
    _apply_data(rows, [Alias(alias="Baluchistan", name="Balochistan", country="PK", level="admin1")],
                Points(version=1, points=()))
    assert ("baluchistan", ALIAS) in rows[1].names
    assert ("kech", SHORT) in rows[2].names and "Baluchistan" in rows[1].surfaces


@pytest.mark.parametrize("alias", [
    Alias(alias="Xy", name="Nowhere", country="PK", level="admin1"),
    Alias(alias="Kech", name="Kech District", country="PK", level="admin1"),  # wrong level
    Alias(alias="Kech", name="Kech District", country="AF", level="admin2"),  # wrong country
])
def test_build_alias_naming_nothing_is_a_data_error(alias: Alias) -> None:
    with pytest.raises(DataFileError):
        _apply_data(_rows(), [alias], Points(version=1, points=()))


def test_build_spread_mid_ignores_outliers() -> None:
    assert _spread_mid([30.0] * 60 + [31.0] * 60 + [80.0]) == pytest.approx(30.5)


def test_build_extra_town_is_placed_in_its_units() -> None:
    from sitrep.geo.build import _extra_towns
    from sitrep.geo.data import Town

    rows = _rows()
    town = Town(name="Buleda", country="PK", admin1="Balochistan", admin2="Kech District", lat=26.4, lon=62.9,
                population=100, aliases=("Bulaida",), source="a test town, not real data")
    _extra_towns(rows, [town])
    added = next(r for r in rows.values() if r.name == "Buleda")
    assert (added.a1, added.a2, added.fcode, added.lat) == (1, 2, "PPL", 26.4)
    assert ("bulaida", ALIAS) in added.names


def test_build_extra_town_in_an_unknown_unit_is_a_data_error() -> None:
    from sitrep.geo.build import _extra_towns
    from sitrep.geo.data import Town

    town = Town(name="Buleda", country="PK", admin1="Balochistan", admin2="Nowhere District", lat=26.4,
                lon=62.9, population=100, source="a test town, not real data")
    with pytest.raises(DataFileError):
        _extra_towns(_rows(), [town])
