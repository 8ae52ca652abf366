from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.errors import DataFileError
from sitrep.evaluate.normalise import Names, NameTable, TypeTable, actor_key, fold
from sitrep.model import Place


@pytest.fixture(scope="module")
def names() -> Names:
    return Names(NameTable.load())


def test_normalise_fold_ignores_case_accents_hyphens_and_unit_words() -> None:
    assert fold("Dhaka Division") == fold("dhaka") == "dhaka"
    assert fold("KwaZulu-Natal") == fold("Kwazulu Natal")
    assert fold("Shamal Sina'") == fold("Shamal Sina")
    assert fold("Ségou") == "segou"
    assert fold("State") == "state"  # a name made only of a unit word is kept


def test_normalise_actor_key_drops_period_brackets() -> None:
    assert actor_key("Military Forces of Bangladesh (2009-)") == "military forces of bangladesh"
    assert (actor_key("Police Forces of India (2004-2014) Border Security Force")
            == "police forces of india border security force")
    assert actor_key("Protesters (Zambia)") == "protesters (zambia)"  # country brackets are part of the name
    assert actor_key("  ") is None and actor_key(None) is None


def test_normalise_pakistan_provinces(names: Names) -> None:
    assert names.same_admin1("Baluchistan", "Balochistan", "Pakistan")
    for old in ("NWFP", "FATA", "Federally Administered Tribal Areas", "North-West Frontier Province"):
        assert names.same_admin1(old, "Khyber Pakhtunkhwa", "Pakistan"), old
    assert not names.same_admin1("Sindh", "Punjab", "Pakistan")
    assert not names.same_admin1(None, None, "Pakistan")  # no gold, nothing agrees


def test_normalise_aliases_are_scoped_by_country(names: Names) -> None:
    assert names.same_admin1("Chittagong", "Chattogram", "Bangladesh")
    assert not names.same_admin1("Chittagong", "Chattogram", "Pakistan")


def test_normalise_country_aliases(names: Names) -> None:
    assert names.same_country("Democratic Republic of Congo", "Democratic Republic of the Congo")
    assert names.same_country("Burma", "Myanmar")
    assert not names.same_country("Niger", "Nigeria")
    assert not names.same_country("Somalia", None)


def test_normalise_actor_aliases_and_country_brackets(names: Names) -> None:
    assert names.actor("Unknown") == names.actor("Unidentified Armed Group (Somalia)", without_country=True)
    assert names.actor("Al Shabaab") == names.actor("Al Shabaab")
    assert names.actor("Protesters (Zambia)") != names.actor("Protesters")


def test_normalise_renamed_actor_keeps_its_country(names: Names) -> None:
    # older codebooks' "Prison Guards (X)" is today's "Police Forces of X Prison Guards"
    assert names.actor("Prison Guards (Kenya)") == names.actor("Police Forces of Kenya (2013-) Prison Guards")
    assert names.actor("Prison Guards (Kenya)") != names.actor("Police Forces of Uganda (1986-) Prison Guards")
    assert names.actor("Prison Guards") == "prison guards"  # no country, no pattern


class _Gazetteer:
    """Two units and one country, enough to see Names ask the gazetteer for its own unit name."""

    def admin1_centroid(self, iso3: str, admin1: str) -> Place | None:
        if iso3 == "EGY" and fold(admin1) in ("cairo", "al qahirah"):
            return Place("Al Qahirah", 30.0, 31.2, "Egypt", "EGY", feature_code="ADM1")
        return None

    def candidates(self, name: str, *, limit: int = 10) -> list[Place]:
        return [Place("Egypt", 26.0, 30.0, "Egypt", "EGY", feature_code="PCLI")] if name == "Egypt" else []


def test_normalise_gazetteer_names_join_spellings() -> None:
    with_gaz, without = Names(NameTable.load(), _Gazetteer()), Names(NameTable.load())
    assert with_gaz.same_admin1("Cairo", "Al Qahirah", "Egypt")
    assert not without.same_admin1("Cairo", "Al Qahirah", "Egypt")


def test_normalise_legacy_acled_types() -> None:
    types = TypeTable.load()
    assert types.event_types("Remote violence") == ("Explosions/Remote violence",)
    assert types.event_types("Battle-No change of territory") == ("Battles",)
    assert set(types.event_types("Riots/Protests")) == {"Protests", "Riots"}
    assert types.event_types("Battles") == ("Battles",)  # current names pass through


def test_normalise_plover_categories() -> None:
    types = TypeTable.load()
    assert types.plover_types("agree") == ()
    assert "Battles" in (types.plover_types("FIGHT") or ())
    assert types.plover_types("COERCE") is None


def test_normalise_bad_data_file_is_a_config_error(tmp_path: Path) -> None:
    bad = tmp_path / "names.yaml"
    bad.write_text("version: 1\ncountries: {}\nadmin1: [{country: Pakistan, name: Sindh}]\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="S201"):
        NameTable.load(bad)
    with pytest.raises(DataFileError, match="cannot read"):
        TypeTable.load(tmp_path / "missing.yaml")
