from __future__ import annotations

import pytest

from sitrep.ingest.dateline import DatelineRules, find_dateline, split_header


@pytest.fixture(scope="module")
def rules() -> DatelineRules:
    return DatelineRules.load()


@pytest.mark.parametrize(("text", "place", "agency"), [
    ("QUETTA, Feb 3 (Reuters) - Gunmen killed two.", "QUETTA", "Reuters"),
    ("PESHAWAR: Police said two were killed.", "PESHAWAR", None),
    ("Kabul, Pakistan (AP) — A blast killed five.", "Kabul", "Associated Press"),
    ("MOGADISHU, Somalia, Feb 3, 2026 (Reuters) - Fighters attacked.", "MOGADISHU", "Reuters"),
    ("ISLAMABAD, 3 February (APP): The minister said.", "ISLAMABAD", "Associated Press of Pakistan"),
    ("DERA ISMAIL KHAN, Feb. 3: Two policemen were shot.", "DERA ISMAIL KHAN", None),
    ("DHAKA (bdnews24) - Police said.", "DHAKA", "bdnews24"),
    ("NEW DELHI — Officials said.", "NEW DELHI", None),
])
def test_dateline_found(rules, text, place, agency) -> None:
    d = find_dateline(text, rules=rules)
    assert d is not None and (d.place, d.agency) == (place, agency)
    assert text[d.start:d.start + len(place)] == place


@pytest.mark.parametrize("text", [
    "Update: the toll rose to five.",
    "BREAKING: Blast in the city.",
    "Karachi - Police said two were hurt.",  # title case without agency or colon: too ambiguous
    "The army said - without giving details - that two died.",
    "Police said: two men were arrested.",
    "A blast in Quetta: five dead.",
    "Quetta: a title-case place with a colon needs the header.",
    "Arrests: On 3 February police detained two men.",
    "ICS: the service said.",
    "MONDAY: Police said two were killed.",
])
def test_dateline_not_found(rules, text) -> None:
    assert find_dateline(text, rules=rules) is None


@pytest.mark.parametrize(("text", "date", "rest"), [
    (" date 2026-02-04 Quetta: Pakistan", "2026-02-04", "Quetta: Pakistan"),
    ("Date: 2026-02-04 Quetta: x", "2026-02-04", "Quetta: x"),
    ("dated 2026-02-04 Quetta: x", None, "dated 2026-02-04 Quetta: x"),
    ("Quetta: x", None, "Quetta: x"),
])
def test_dateline_split_header(text, date, rest) -> None:
    assert split_header(text) == (date, rest)


def test_dateline_title_case_colon_after_header(rules) -> None:
    d = find_dateline("Quetta: Pakistan’s Defence Minister said.", rules=rules, after_header=True)
    assert d is not None and d.place == "Quetta"
