from __future__ import annotations

import time
from pathlib import Path

import pytest

from sitrep.geo.gazetteer import Gazetteer
from sitrep.geo.rank import Mention, resolve

# Districts as of 2024 (Balochistan: 37 incl. Chaman, Duki, Hub, Lehri, Surab, Usta Muhammad;
# Khyber Pakhtunkhwa: the settled districts plus the former tribal agencies merged in 2018).
BALOCHISTAN = [
    "Awaran", "Barkhan", "Chagai", "Chaman", "Dera Bugti", "Duki", "Gwadar", "Harnai", "Hub", "Jafarabad",
    "Jhal Magsi", "Kachhi", "Bolan", "Kalat", "Kech", "Kharan", "Khuzdar", "Killa Abdullah", "Qila Abdullah",
    "Killa Saifullah", "Qila Saifullah", "Kohlu", "Lasbela", "Lehri", "Loralai", "Mastung", "Musakhel",
    "Nasirabad", "Nushki", "Noshki", "Panjgur", "Pishin", "Quetta", "Sherani", "Sibi", "Sohbatpur", "Surab",
    "Usta Muhammad", "Washuk", "Zhob", "Ziarat",
]
KHYBER_PAKHTUNKHWA = [
    "Abbottabad", "Bajaur", "Bannu", "Battagram", "Buner", "Charsadda", "Dera Ismail Khan", "D.I. Khan",
    "Hangu", "Haripur", "Karak", "Khyber", "Kohat", "Kolai-Palas", "Kurram", "Lakki Marwat", "Lower Chitral",
    "Upper Chitral", "Lower Dir", "Upper Dir", "Lower Kohistan", "Upper Kohistan", "Malakand", "Mansehra",
    "Mardan", "Mohmand", "North Waziristan", "South Waziristan", "Lower South Waziristan",
    "Upper South Waziristan", "Nowshera", "Orakzai", "Peshawar", "Shangla", "Swabi", "Swat", "Tank",
    "Torghar",
]


@pytest.mark.parametrize("district, province", [*((d, "Balochistan") for d in BALOCHISTAN),
                                                *((d, "Khyber Pakhtunkhwa") for d in KHYBER_PAKHTUNKHWA)])
def test_gazetteer_district_resolves_to_its_province(gazetteer: Gazetteer, district: str, province: str) -> None:
    # "... in <district> district, Pakistan": the unit word and the country focus, as in a report
    mentions = [Mention(0, 1, district, unit="admin2"), Mention(2, 3, "Pakistan")]
    place = resolve(mentions, gazetteer=gazetteer)[0].place
    assert place is not None and place.country == "Pakistan" and place.admin1 == province


@pytest.mark.parametrize("name, admin1", [
    ("Baluchistan", "Balochistan"), ("Balochistan", "Balochistan"), ("Sind", "Sindh"),
    ("NWFP", "Khyber Pakhtunkhwa"), ("FATA", "Khyber Pakhtunkhwa"), ("KPK", "Khyber Pakhtunkhwa"),
])
def test_gazetteer_alias_of_admin1(gazetteer: Gazetteer, name: str, admin1: str) -> None:
    first = gazetteer.candidates(name)[0]
    assert (first.feature_code, first.admin1, first.iso3) == ("ADM1", admin1, "PAK")


@pytest.mark.parametrize("name, admin1", [
    ("Nelson Mandela Bay", "Eastern Cape"), ("City of Tshwane", "Gauteng"), ("Buffalo City", "Eastern Cape"),
])
def test_gazetteer_south_african_metros_as_the_press_names_them(gazetteer: Gazetteer, name: str, admin1: str) -> None:
    first = gazetteer.candidates(name)[0]
    assert (first.feature_code, first.admin1, first.iso3) == ("ADM2", admin1, "ZAF")


def test_gazetteer_a_unit_word_the_index_keeps_is_dropped_at_lookup(gazetteer: Gazetteer) -> None:
    # "Zone" is not stripped when the index is built (GeoNames lists "Arsi" and "Arsi Zone" both)
    assert [p.name for p in gazetteer.candidates("East Hararghe Zone")] == ["East Harerghe Zone"]
    assert [p.name for p in gazetteer.candidates("Arsi") if p.iso3 == "ETH"] == ["Arsi"]


def test_gazetteer_candidates_carry_hierarchy(gazetteer: Gazetteer) -> None:
    turbat = next(p for p in gazetteer.candidates("Turbat") if p.feature_code == "PPL")
    assert (turbat.country, turbat.iso3, turbat.admin1, turbat.admin2) == ("Pakistan", "PAK", "Balochistan", "Kech District")
    assert turbat.geonameid == 1163054 and turbat.population > 50_000
    kinds = {p.feature_code for p in gazetteer.candidates("Pakistan")} | {p.feature_code for p in gazetteer.candidates("Quetta")}
    assert {"PCLI", "PPL", "ADM2"} <= kinds


def test_gazetteer_unknown_name_has_no_candidates(gazetteer: Gazetteer) -> None:
    assert gazetteer.candidates("Xqzvbnm") == [] and gazetteer.candidates("") == []


def test_gazetteer_admin1_centroid(gazetteer: Gazetteer) -> None:
    b = gazetteer.admin1_centroid("PAK", "Baluchistan")
    assert b is not None and b.name == "Balochistan" and 26 < b.latitude < 31 and 62 < b.longitude < 69
    assert gazetteer.admin1_centroid("PAK", "Ohio") is None


def test_gazetteer_demonym_is_not_a_candidate(gazetteer: Gazetteer) -> None:
    assert gazetteer.is_demonym("Pakistani") and not gazetteer.is_demonym("Quetta")
    assert all(p.name != "Pakistan" for p in gazetteer.candidates("Pakistani"))


def test_gazetteer_ruler_patterns_cover_region(gazetteer: Gazetteer) -> None:
    patterns = gazetteer.ruler_patterns()
    assert 1000 < len(patterns) < 8000
    by_text = {p["pattern"]: p for p in patterns}
    for name in ("Quetta", "Kech", "Dera Bugti", "Killa Saifullah", "Bajaur", "QUETTA", "Tank District"):
        assert by_text[name]["label"] == "GPE" and by_text[name]["id"].isdigit()
    assert "Tank" not in by_text  # an English word: only with its unit word


def test_gazetteer_loads_fast_and_resolves_fast(gazetteer: Gazetteer) -> None:
    t = time.perf_counter()
    g = Gazetteer.load(gazetteer.path)
    assert time.perf_counter() - t < 2.0
    names = ["Quetta", "Alexandria", "Springfield", "Kech", "Punjab", "Georgia"] * 20
    t = time.perf_counter()
    for n in names:
        g.lookup(n)
    assert (time.perf_counter() - t) / len(names) < 0.005


def test_gazetteer_rebuilds_a_stale_index(tmp_path: Path, gazetteer: Gazetteer) -> None:
    import sqlite3
    import shutil

    path = tmp_path / "g.sqlite"
    shutil.copy(gazetteer.path, path)
    con = sqlite3.connect(path)
    con.execute("UPDATE meta SET value = 'old' WHERE key = 'data_hash'")
    con.commit()
    con.close()
    from sitrep.geo.gazetteer import _is_current

    assert not _is_current(path)
    assert _is_current(gazetteer.path)


def test_gazetteer_default_path_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from sitrep.geo.gazetteer import default_path

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert default_path().parent == tmp_path / "sitrep" and default_path().suffix == ".sqlite"


# Issue 5: Bangladesh's upazilas (admin3) come from OCHA's boundaries, with their district and division.
@pytest.mark.parametrize("upazila, district, division", [
    ("Kalaroa", "Satkhira", "Khulna"), ("Baniachong", "Habiganj", "Sylhet"), ("Sharsha", "Jashore", "Khulna"),
    ("Barishal Sadar", "Barishal", "Barishal"), ("Kotwali", "Barishal", "Barishal"),
])
def test_gazetteer_upazila_carries_district_and_division(gazetteer: Gazetteer, upazila: str, district: str,
                                                         division: str) -> None:
    found = [p for p in gazetteer.candidates(upazila, limit=50) if p.feature_code == "ADM3" and p.admin2 == district]
    assert found, upazila
    p = found[0]
    assert (p.iso3, p.admin1, p.admin2, p.level) == ("BGD", division, district, "admin2")
    assert p.admin3 is not None and 20.5 < p.latitude < 26.7 and 88 < p.longitude < 92.7


def test_gazetteer_district_point_is_its_seat() -> None:
    """A Bangladeshi district's point is its sadar upazila's centre, near the district town."""
    from sitrep.evaluate.metrics import haversine_km

    g = Gazetteer.load()
    district = next(p for p in g.candidates("Jhenaidah", limit=50) if p.feature_code == "ADM2" and p.iso3 == "BGD")
    sadar = next(p for p in g.candidates("Jhenaidah Sadar", limit=50) if p.feature_code == "ADM3")
    assert haversine_km(district.latitude, district.longitude, sadar.latitude, sadar.longitude) < 1


def test_gazetteer_spelling_key_candidates_come_after_exact_names(gazetteer: Gazetteer) -> None:
    from sitrep.geo.build import SPELLING

    found = gazetteer.lookup("Chatmohor", limit=50)
    assert any(m.kind == SPELLING and m.place.name == "Chatmohar" for m in found)
    # an exact name is never displaced by a spelling match, and places of other countries get none
    assert gazetteer.lookup("Sylhet", limit=1)[0].kind != SPELLING
    assert all(m.kind != SPELLING for m in gazetteer.lookup("Springfeeld", limit=50))


def test_gazetteer_default_path_names_the_data_version(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import os
    import time

    from sitrep.geo import gazetteer as gz

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert gz.data_hash() in gz.default_path().name
    folder = tmp_path / "sitrep"
    folder.mkdir()
    current, stale, recent = folder / "gazetteer-v1-new.sqlite", folder / "gazetteer-v1-old.sqlite", \
        folder / "gazetteer-v1-other.sqlite"
    for f in (current, stale, recent):
        f.write_bytes(b"")
    month_ago = time.time() - 30 * 86400
    os.utime(stale, (month_ago, month_ago))
    gz._drop_old_indexes(current)
    assert current.exists() and recent.exists() and not stale.exists()


@pytest.mark.parametrize("name, iso3, admin1", [
    ("North-Western Province", "ZMB", "North-Western"), ("North West Province", "ZAF", "North-West"),
])
def test_gazetteer_a_province_s_full_name_also_finds_the_african_one(gazetteer: Gazetteer, name: str, iso3: str,
                                                                    admin1: str) -> None:
    # the full name alone matched only another country's province, so the short form never ran
    assert any((p.iso3, p.admin1) == (iso3, admin1) for p in gazetteer.candidates(name))
    # with a Zambian or South African town beside it, the ranker takes that country's province
    town = {"ZMB": "Solwezi", "ZAF": "Mahikeng"}[iso3]
    resolved = resolve([Mention(0, 1, town), Mention(2, 3, name, unit="admin1")], gazetteer=gazetteer)
    assert resolved[1].place is not None and resolved[1].place.iso3 == iso3


def test_gazetteer_transliteration_matches_only_when_asked_and_only_without_an_exact_name(gazetteer: Gazetteer) -> None:
    from sitrep.geo.build import TRANSLIT

    found = gazetteer.lookup("Umdurman", limit=10, near=True)
    assert found and all(m.kind == TRANSLIT and m.place.iso3 == "SDN" for m in found)
    assert found[0].place.name == "Omdurman"
    assert gazetteer.lookup("Umdurman") == []  # a test of whether a word is a place gets none
    # an exact name gets no transliteration rows; a word that only shares the key by many letters neither
    assert all(m.kind != TRANSLIT for m in gazetteer.lookup("Kassala", limit=50, near=True))
    assert gazetteer.lookup("Ministry", limit=10, near=True) == []


def test_gazetteer_a_long_name_one_letter_off_one_large_city_is_that_city(gazetteer: Gazetteer) -> None:
    from sitrep.geo.build import TYPO

    found = gazetteer.lookup("Johannesbrug", near=True)
    assert [(m.place.name, m.kind) for m in found] == [("Johannesburg", TYPO)]
    assert gazetteer.lookup("Johannesbrug") == []
    # several large Springfields: no reading; a short name is too easily another word
    assert gazetteer.lookup("Springfeeld", near=True) == []
    assert gazetteer.lookup("Lagoss", near=True) == []
