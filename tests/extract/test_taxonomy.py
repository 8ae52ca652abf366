from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.errors import DataFileError
from sitrep.extract.taxonomy import Taxonomy, expand_cue, inflections

# ACLED codebook (2019-) sub-event types per event type.
ACLED = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"},
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity", "Headquarters or base established",
                               "Looting/property destruction", "Non-violent transfer of territory",
                               "Disrupted weapons use", "Other"},
}


@pytest.fixture(scope="module")
def taxonomy() -> Taxonomy:
    return Taxonomy.load()


def test_taxonomy_has_acleds_types_and_sub_types(taxonomy: Taxonomy) -> None:
    got: dict[str, set[str]] = {}
    for s in taxonomy.sub_event_types:
        got.setdefault(s.event_type, set()).add(s.name)
    assert got == ACLED
    assert len(taxonomy.sub_event_types) == 25
    assert taxonomy.name == "sitrep.acled_taxonomy.v1"


@pytest.mark.parametrize(("event_type", "disorder"), [
    ("Battles", "Political violence"), ("Protests", "Demonstrations"),
    ("Riots", "Political violence; Demonstrations"), ("Strategic developments", "Strategic developments"),
])
def test_taxonomy_disorder_types(taxonomy: Taxonomy, event_type: str, disorder: str) -> None:
    assert {s.disorder_type for s in taxonomy.sub_event_types if s.event_type == event_type} == {disorder}


@pytest.mark.parametrize(("higher", "lower"), [
    ("Suicide bomb", "Armed clash"), ("Air/drone strike", "Armed clash"),
    ("Remote explosive/landmine/IED", "Armed clash"), ("Excessive force against protesters", "Peaceful protest"),
    ("Violent demonstration", "Peaceful protest"), ("Armed clash", "Arrests"),
    ("Attack", "Looting/property destruction"),
    ("Sexual violence", "Attack"),
])
def test_taxonomy_precedence(taxonomy: Taxonomy, higher: str, lower: str) -> None:
    assert taxonomy.rank(higher) < taxonomy.rank(lower)


@pytest.mark.parametrize(("word", "forms"), [
    ("clash~", {"clash", "clashes", "clashed", "clashing"}),
    ("shell~", {"shell", "shelled", "shelling"}),
    ("rally", {"rally"}),
    ("expel~", {"expels", "expelled", "expelling"}),
])
def test_taxonomy_inflections(word: str, forms: set[str]) -> None:
    assert forms <= set(inflections(word))


def test_taxonomy_expand_cue_multiword() -> None:
    assert "clashed with" in expand_cue("clash~ with")


def test_taxonomy_bad_file_raises(tmp_path: Path) -> None:
    bad = tmp_path / "acled.yaml"
    bad.write_text("name: sitrep.acled_taxonomy.v1\nevent_types: []\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="S201"):
        Taxonomy.load(bad)


def test_taxonomy_rule_context_lists(taxonomy: Taxonomy, tmp_path: Path) -> None:
    """A rule may ask for several contexts at once (issue 4); each must be a known one."""
    lethal = next(r for r in taxonomy.rules if r.becomes == "Excessive force against protesters")
    assert lethal.with_context == ("state_force", "lethal")
    import yaml
    from importlib import resources
    raw = yaml.safe_load((resources.files("sitrep.data") / "taxonomy" / "acled.yaml").read_text(encoding="utf-8"))
    raw["rules"][0]["with_context"] = ["state_force", "no_such_context"]
    bad = tmp_path / "acled.yaml"
    bad.write_text(yaml.safe_dump(raw), encoding="utf-8")
    with pytest.raises(DataFileError, match="no_such_context"):
        Taxonomy.load(bad)


def test_taxonomy_note_tags_name_known_sub_event_types(taxonomy: Taxonomy, tmp_path: Path) -> None:
    assert taxonomy.note_tags["property destruction"] == "Looting/property destruction"
    assert taxonomy.note_tags["weapons seizure"] == "Disrupted weapons use"
    import yaml
    from importlib import resources
    raw = yaml.safe_load((resources.files("sitrep.data") / "taxonomy" / "acled.yaml").read_text(encoding="utf-8"))
    raw["note_tags"]["burglary"] = "Burglary"
    bad = tmp_path / "acled.yaml"
    bad.write_text(yaml.safe_dump(raw), encoding="utf-8")
    with pytest.raises(DataFileError, match="Burglary"):
        Taxonomy.load(bad)


def test_says_reads_one_context_list_in_a_span(taxonomy: Taxonomy) -> None:
    import spacy

    doc = spacy.blank("en")("The trader was killed in a factional feud, police said.")
    assert taxonomy.says(doc[:], "intra_group")
    assert not taxonomy.says(doc[:7], "intra_group")  # the phrase lies outside the span
    with pytest.raises(KeyError):
        taxonomy.says(doc[:], "no_such_context")


@pytest.mark.parametrize("text", [
    'The trader was killed in a "factional feud", police said.',
    "The trader was killed in a ‘factional’ feud, police said.",
])
def test_says_reads_a_phrase_with_quote_marks_inside_it(taxonomy: Taxonomy, text: str) -> None:
    import spacy

    assert taxonomy.says(spacy.blank("en")(text)[:], "intra_group")


def test_find_gives_doc_offsets_around_quote_marks(taxonomy: Taxonomy) -> None:
    import spacy

    doc = spacy.blank("en")('Police said troops took "complete control" of the valley.')
    found = {doc[s:e].text for label, s, e in taxonomy.find(doc[2:]) if label.startswith("sub:")}
    assert found == {'took "complete control'}
