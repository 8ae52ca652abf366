from __future__ import annotations

import pytest

from sitrep.geo.gazetteer import Gazetteer
from sitrep.geo.rank import Mention, resolve


def _m(text: str, i: int, **kw) -> Mention:
    return Mention(i * 10, i * 10 + len(text), text, **kw)


def test_rank_focus_picks_the_local_namesake(gazetteer: Gazetteer) -> None:
    alone = resolve([_m("Alexandria", 0)], gazetteer=gazetteer)[0].place
    local = resolve([_m("Alexandria", 0), _m("Rapides Parish", 1, unit="admin2"), _m("Louisiana", 2)],
                    gazetteer=gazetteer)[0].place
    assert alone.country == "Egypt"
    assert (local.country, local.admin1) == ("United States", "Louisiana")


def test_rank_container_after_comma(gazetteer: Gazetteer) -> None:
    out = resolve([_m("Athens", 0, container=1), _m("Ga.", 1)], gazetteer=gazetteer)
    assert (out[0].place.admin1, out[1].place.name) == ("Georgia", "Georgia")
    assert out[1].place.feature_code == "ADM1"


@pytest.mark.parametrize("unit, code", [("admin2", "ADM2"), (None, "PPL")])
def test_rank_unit_word_sets_level(gazetteer: Gazetteer, unit: str | None, code: str) -> None:
    place = resolve([_m("Quetta", 0, unit=unit)], gazetteer=gazetteer)[0].place
    assert place.feature_code == code and place.admin1 == "Balochistan"


def test_rank_dateline_sets_country_focus(gazetteer: Gazetteer) -> None:
    out = resolve([_m("QUETTA", 0, is_dateline=True), _m("Punjab", 1)], gazetteer=gazetteer)
    assert out[1].place.country == "Pakistan"
    out = resolve([_m("Amritsar", 0, is_dateline=True), _m("Punjab", 1)], gazetteer=gazetteer)
    assert out[1].place.country == "India"


def test_rank_same_name_same_reading(gazetteer: Gazetteer) -> None:
    out = resolve([_m("Georgia", 0), _m("Atlanta", 1), _m("Georgia", 2)], gazetteer=gazetteer)
    assert out[0].place == out[2].place and out[0].place.country == "United States"


def test_rank_null_for_unknown_and_demonym_apart(gazetteer: Gazetteer) -> None:
    out = resolve([_m("Xqzvbnm", 0), _m("Pakistani", 1, demonym=True)], gazetteer=gazetteer)
    assert out[0].place is None and out[0].score == 0.0
    assert out[1].place.feature_code == "PCLI"


# Issue 5: "(X, Y)" after an upazila gives its district and division; the upazila, not the district, is read.
@pytest.mark.parametrize("upazila, district, division", [
    ("Debhata", "Satkhira", "Khulna"), ("Derai", "Sunamganj", "Sylhet"), ("Tanore", "Rajshahi", "Rajshahi"),
])
def test_rank_upazila_in_brackets_with_district_and_division(gazetteer: Gazetteer, upazila: str, district: str,
                                                             division: str) -> None:
    out = resolve([_m(upazila, 0, unit="admin2", container=1), _m(district, 1, container=2), _m(division, 2)],
                  gazetteer=gazetteer)
    assert out[0].place is not None and out[0].place.feature_code == "ADM3"
    assert (out[0].place.admin2, out[0].place.admin1) == (district, division)


def test_rank_upazila_word_prefers_the_upazila_to_a_district_abroad(gazetteer: Gazetteer) -> None:
    # India has a Gopalganj district; "Gopalganj upazila" is Bangladesh's Gopalganj Sadar
    place = resolve([_m("Gopalganj", 0, unit="admin3")], gazetteer=gazetteer)[0].place
    assert (place.feature_code, place.iso3, place.admin2) == ("ADM3", "BGD", "Gopalganj")
    district = resolve([_m("Gopalganj", 0, unit="admin2"), _m("Bangladesh", 1)], gazetteer=gazetteer)[0].place
    assert (district.feature_code, district.iso3) == ("ADM2", "BGD")


@pytest.mark.parametrize("written, name", [("Chatmohor", "Chatmohar"), ("Moheshpur", "Maheshpur"),
                                           ("Bianibazar", "Beanibazar")])
def test_rank_other_spelling_of_an_upazila_with_support(gazetteer: Gazetteer, written: str, name: str) -> None:
    alone = resolve([_m(written, 0)], gazetteer=gazetteer)[0]
    assert alone.place is None  # a spelling-key match without support is not taken
    out = resolve([_m(written, 0, unit="admin3"), _m("Bangladesh", 1)], gazetteer=gazetteer)[0]
    assert out.place is not None and out.place.name == name and out.place.feature_code == "ADM3"


def test_rank_list_names_share_a_level(gazetteer: Gazetteer) -> None:
    # "Quebec" alone is the city; in a list of provinces it is the province
    def names(group: int | None) -> list[Mention]:
        return [_m("Toronto", 0), _m("Alberta", 1, group=group), _m("Manitoba", 2, group=group),
                _m("Quebec", 3, group=group)]

    assert resolve(names(None), gazetteer=gazetteer)[3].place.feature_code == "PPL"
    assert resolve(names(1), gazetteer=gazetteer)[3].place.feature_code == "ADM1"


def test_rank_foreign_town_gives_way_to_the_reading_where_the_text_is(gazetteer: Gazetteer) -> None:
    # Lalpur is a small Indian town and a Bangladeshi upazila; beside a Bangladeshi name it is the upazila
    out = resolve([_m("Gopalpur", 0), _m("Lalpur", 1, unit="admin3"), _m("Tangail", 2, unit="admin2")],
                  gazetteer=gazetteer)
    assert out[1].place is not None and (out[1].place.iso3, out[1].place.feature_code) == ("BGD", "ADM3")


def test_rank_spelling_key_match_needs_its_country_in_the_text(gazetteer: Gazetteer) -> None:
    # "Karan district" in a Somali text is not Pakistan's Kharan; with Pakistani names around it is
    somali = resolve([_m("Karan", 0, unit="admin2"), _m("Mogadishu", 1), _m("Somalia", 2)], gazetteer=gazetteer)
    assert somali[0].place is None
    pakistani = resolve([_m("Karan", 0, unit="admin2"), _m("Quetta", 1), _m("Balochistan", 2)], gazetteer=gazetteer)
    assert pakistani[0].place is not None and pakistani[0].place.name.startswith("Kharan")


def test_rank_a_country_code_only_in_capitals(gazetteer: Gazetteer) -> None:
    # "Tur" (a village) is not TUR; "DRC" is the Democratic Republic of the Congo
    assert all(r.place is None or r.place.level != "country"
               for r in resolve([_m("Tur", 0), _m("Can", 1)], gazetteer=gazetteer))
    drc = resolve([_m("DRC", 0)], gazetteer=gazetteer)[0].place
    assert drc is not None and drc.iso3 == "COD"


def test_rank_the_only_reading_of_another_spelling_is_the_town(gazetteer: Gazetteer) -> None:
    # GeoNames writes the Darfur town "Zalinjay"; "Zalingei" names no other place
    place = resolve([_m("Zalingei", 0)], gazetteer=gazetteer)[0].place
    assert place is not None and (place.name, place.country) == ("Zalinjay", "Sudan")


def test_rank_another_spelling_of_a_town_and_its_own_district_is_still_the_place(gazetteer: Gazetteer) -> None:
    # "Galkayo" is GeoNames' other spelling of the town Gaalkacyo and matches the district around it
    # too: both readings are the same place, no rival that would leave the name unresolved
    place = resolve([_m("Galkayo", 0)], gazetteer=gazetteer)[0].place
    assert place is not None and (place.country, place.admin1) == ("Somalia", "Mudug")


def test_rank_an_unsupported_reading_does_not_make_the_others_foreign(gazetteer: Gazetteer) -> None:
    # "Bosiri" (a village nobody lists) matches an Afghan town only by spelling key and is NULL;
    # it must not count as a vote for Afghanistan against Wau
    out = resolve([_m("Bosiri", 0), _m("Wau", 1)], gazetteer=gazetteer)
    assert out[0].place is None and out[1].place is not None and out[1].place.country == "South Sudan"


@pytest.mark.parametrize("name, admin2", [
    ("Mohmand", "Mohmand Agency"), ("Mamund", "Bajaur Agency"), ("Mand", "Kech District"),
])
def test_rank_a_unit_named_by_the_name_itself_beats_units_spelled_alike(gazetteer: Gazetteer, name: str,
                                                                         admin2: str) -> None:
    # the three share a spelling key; each names its own unit and only that
    place = resolve([_m(name, 0, unit="admin2"), _m("Pakistan", 1)], gazetteer=gazetteer)[0].place
    assert place is not None and place.admin2 == admin2


def test_rank_a_unit_named_by_the_name_beats_a_foreign_unit_spelled_alike(gazetteer: Gazetteer) -> None:
    # Indian troops named in the text do not make "Kotli district" (Azad Kashmir) India's Kaithal,
    # which only shares its spelling key
    place = resolve([_m("Indian", 0, demonym=True), _m("Kotli", 1, unit="admin2")], gazetteer=gazetteer)[1].place
    assert place is not None and place.admin2 == "Kotli District" and place.country == "Pakistan"


def test_rank_another_spelling_of_a_town_is_no_unit(gazetteer: Gazetteer) -> None:
    # "Andoni" is also GeoNames' other spelling of Andong, a Korean town; "Andoni local government"
    # is the Nigerian unit, even in a text that names Seoul
    out = resolve([_m("Seoul", 0), _m("Andoni", 1, unit="admin2")], gazetteer=gazetteer)
    assert (out[1].place.iso3, out[1].place.feature_code) == ("NGA", "ADM2")


def test_rank_a_namesake_told_beside_a_town_is_the_one_near_it(gazetteer: Gazetteer) -> None:
    # GeoNames knows the Eastern Cape's Berlin only as another name of a village there: beside
    # Mdantsane it is that village, alone it is Germany's capital
    out = resolve([_m("Mdantsane", 0, unit="town"), _m("Berlin", 1)], gazetteer=gazetteer)
    assert [(r.place.iso3, r.place.admin1) for r in out] == [("ZAF", "Eastern Cape")] * 2
    assert resolve([_m("Berlin", 0)], gazetteer=gazetteer)[0].place.iso3 == "DEU"


def test_rank_no_other_name_of_a_town_where_the_name_has_its_own(gazetteer: Gazetteer) -> None:
    # Paris has towns of its own name in the United States: beside Henry County (read in Georgia) it is
    # not Swainsboro, Georgia, which GeoNames also calls Paris
    out = resolve([_m("Paris", 0), _m("Henry County", 1, unit="admin2")], gazetteer=gazetteer)
    assert out[0].place.name == "Paris"


def test_rank_the_container_of_an_unknown_village_is_no_other_spelling_of_a_town(gazetteer: Gazetteer) -> None:
    # "Arsi" is also GeoNames' other name of an Albanian village; after a village it does not know
    # and a comma, it is the Ethiopian zone
    out = resolve([_m("Dambokota", 0, container=1), _m("Arsi", 1)], gazetteer=gazetteer)
    assert (out[1].place.iso3, out[1].place.feature_code) == ("ETH", "ADM2")


def test_rank_transliterated_name_alone_or_with_its_country_but_not_against_another(gazetteer: Gazetteer) -> None:
    # "Gasserine" is Tunisia's Kasserine as a Libyan or French writer may spell it
    alone = resolve([_m("Gasserine", 0)], gazetteer=gazetteer)[0].place
    assert alone is not None and alone.iso3 == "TUN"
    beside = resolve([_m("Gasserine", 0), _m("Sousse", 1)], gazetteer=gazetteer)[0].place
    assert beside is not None and beside.iso3 == "TUN"
    # a text about elsewhere gives the spelling no reading, and the spelling does not move the other name
    out = resolve([_m("Gasserine", 0), _m("Lahore", 1)], gazetteer=gazetteer)
    assert out[0].place is None and out[1].place is not None and out[1].place.iso3 == "PAK"


@pytest.mark.parametrize("town, country, iso3", [("Dehiba", "Libya", "TUN"), ("Mandera", "Somalia", "KEN"),
                                                 ("Moyale", "Ethiopia", "KEN")])
def test_rank_a_border_town_stays_beside_the_neighbour_the_text_names(gazetteer: Gazetteer, town: str, country: str,
                                                                       iso3: str) -> None:
    # "fighters crossed from Libya into Dehiba": a country named is no place the text is in
    out = resolve([_m(town, 0), _m(country, 1)], gazetteer=gazetteer)
    assert out[0].place is not None and out[0].place.iso3 == iso3


def test_rank_a_misspelled_large_city_alone_but_not_against_another_country(gazetteer: Gazetteer) -> None:
    alone = resolve([_m("Mogadsihu", 0)], gazetteer=gazetteer)[0].place
    assert alone is not None and alone.name == "Mogadishu"
    assert resolve([_m("Mogadsihu", 0), _m("Peshawar", 1)], gazetteer=gazetteer)[0].place is None


def test_rank_a_town_told_as_container_rules_out_a_spelling_in_another_province(gazetteer: Gazetteer) -> None:
    # "the Gharian area of Tripoli": Gharyan, the town this spelling finds, is in another province
    out = resolve([_m("Gharian", 0, unit="town", container=1), _m("Tripoli", 1)], gazetteer=gazetteer)
    assert out[0].place is None and out[1].place is not None and out[1].place.iso3 == "LBY"
    # a name read as written keeps its reading beside a wrong town ("Sarail, Mymensingh" in a note)
    out = resolve([_m("Kabo", 0, container=1), _m("Maiduguri", 1)], gazetteer=gazetteer)
    assert out[0].place is not None and out[0].place.name == "Kabo"
