from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from sitrep.errors import DataFileError
from sitrep.geo.data import load_aliases, load_context, load_name_words, load_points


def test_data_files_validate() -> None:
    aliases = load_aliases()
    assert len(aliases) > 100
    ctx = load_context()
    assert ctx.unit_level["district"] == "admin2" and ctx.unit_level["province"] == "admin1"
    assert "Baloch" in ctx.peoples and "near" in ctx.near_words
    assert "village" in ctx.locality_heads[0] and "upazila" in ctx.locality_heads[-1]  # smallest unit first
    assert "char" in ctx.locality_name_parts
    assert "tehsil" in ctx.place_key_units and "levies" in ctx.force_name_words
    assert load_points().points


def test_data_aliases_have_no_duplicates() -> None:
    keys = Counter((a.alias.lower(), a.country, a.level) for a in load_aliases())
    assert [k for k, n in keys.items() if n > 1] == []


def test_data_bad_alias_line_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "aliases.jsonl"
    path.write_text('{"alias": "Sind", "name": "Sindh", "country": "PK", "level": "admin1"}\n'
                    '{"alias": "X", "name": "Sindh", "country": "Pakistan", "level": "province"}\n')
    with pytest.raises(DataFileError) as err:
        load_aliases(path)
    assert err.value.line == 2 and err.value.code == "S201"


def test_data_bad_context_is_a_data_error(tmp_path: Path) -> None:
    path = tmp_path / "context.yaml"
    path.write_text("version: 1\nnear_words: [near]\n")
    with pytest.raises(DataFileError):
        load_context(path)


# issue 4: a town's district on the event's day, where a newer district was split off from the old
@pytest.mark.parametrize("day,expected", [
    (None, None), (date(2021, 6, 28), None), (date(2021, 6, 29), "Chaman District"), (date(2024, 3, 1), "Chaman District"),
])
def test_points_district_of_a_town_on_a_day(day, expected) -> None:
    from sitrep.model import Place

    chaman = Place("Chaman", 30.92, 66.45, country="Pakistan", iso3="PAK", admin1="Balochistan",
                   admin2="Qila Abdullah District", feature_code="PPL")
    assert load_points().district_on(chaman, day) == expected
    assert load_points().district_on(replace(chaman, admin1="Sindh"), date(2024, 3, 1)) is None


def test_data_name_words_load() -> None:
    words = load_name_words()
    assert words.abbreviations["st"] == "saint" and "district" in words.unit_words
    assert "zone" in words.lookup_unit_words and "zone" not in words.unit_words  # looked up, not indexed
    assert words.head_forms["gasr"] == words.head_forms["qasr"] == "ksr"
    assert words.spelling_letters[0] == ("kh", "k")  # replaced in the file's order


def test_data_bad_name_words_is_a_data_error(tmp_path: Path) -> None:
    path = tmp_path / "names.yaml"
    path.write_text("version: 1\nabbreviations: {st: saint}\nunit_words: [district]\nlookup_unit_words: []\n"
                    "spelling_letters: [[kh, k, x]]\narabic_articles: [al]\narabic_heads: {}\n"
                    "transliteration_letters: [[dj, j]]\n")
    with pytest.raises(DataFileError):
        load_name_words(path)
