"""Every data file of the event stage loads under its schema; cross-file rules hold."""

from __future__ import annotations

from collections import Counter
from importlib import resources

import pytest

from sitrep.extract.actors import ActorDictionary
from sitrep.extract.background import BackgroundCues
from sitrep.extract.interaction_lexicon import InteractionLexicon
from sitrep.extract.responsibility import ResponsibilityCues
from sitrep.extract.taxonomy import Taxonomy, expand_cue


@pytest.fixture(scope="module")
def taxonomy() -> Taxonomy:
    return Taxonomy.load()


@pytest.fixture(scope="module")
def actors() -> ActorDictionary:
    return ActorDictionary.load()


def test_data_files_taxonomy_every_sub_event_has_cues(taxonomy: Taxonomy) -> None:
    for sub in taxonomy.sub_event_types:
        assert sub.cues, sub.name
        assert sub.definition.strip(), sub.name
        assert set(sub.needs) <= set(taxonomy.context), sub.name


def test_data_files_taxonomy_targets_are_generic_actors(taxonomy: Taxonomy, actors: ActorDictionary) -> None:
    # a sub-event type's default actor2 is a template of the actor dictionary, filled with the country
    targets = [s.target for s in taxonomy.sub_event_types if s.target]
    assert targets
    for name in targets:
        entry = actors.by_name(name)
        assert entry is not None and entry.template, name


def test_data_files_taxonomy_strong_cues_not_duplicated(taxonomy: Taxonomy) -> None:
    for sub in taxonomy.sub_event_types:
        forms = Counter(f for cue in sub.cues for f in expand_cue(cue))
        assert [f for f, n in forms.items() if n > 1] == [], sub.name


def test_data_files_background_and_responsibility_load() -> None:
    assert BackgroundCues.load().spec.sentence
    assert ResponsibilityCues.load().spec.claim_before


def test_data_files_actor_files_validate(actors: ActorDictionary) -> None:
    folder = resources.files("sitrep.data") / "actors"
    assert any(p.name.endswith(".jsonl") for p in folder.iterdir())
    assert len(actors.entries) > 40


def test_data_files_no_duplicate_aliases_across_actors(actors: ActorDictionary) -> None:
    # a name may stand for actors of different countries ("ANP"): the event's country tells which
    owners: dict[str, list[tuple[str, str | None]]] = {}
    for entry in actors.entries:
        for alias in {a.lower() for a in entry.aliases}:
            owners.setdefault(alias, []).append((entry.name, entry.country))
    for alias, named in owners.items():
        countries = [c for _, c in named]
        assert len(named) == 1 or None not in countries and len(set(countries)) == len(countries), f"{alias!r}: {named}"


def test_data_files_actor_names_unique(actors: ActorDictionary) -> None:
    names = Counter(e.name for e in actors.entries)
    assert [n for n, c in names.items() if c > 1] == []


@pytest.mark.parametrize(("name", "inter"), [
    ("Military Forces of Pakistan", 1), ("Police Forces of Pakistan", 1), ("BLA: Baloch Liberation Army", 2),
    ("BLF: Baloch Liberation Front", 2), ("TTP: Tehreek-i-Taliban Pakistan", 2),
    ("ISKP: Islamic State Khorasan Province", 2), ("Taliban", 2), ("Al Shabaab", 2),
    ("AMISOM: African Union Mission in Somalia", 8), ("Police Forces of India Border Security Force", 1),
    ("Police Forces of Bangladesh Rapid Action Battalion", 1), ("AL: Bangladesh Awami League", 3),
    ("BNP: Bangladesh Nationalist Party", 3), ("JeI: Jamaat-e-Islami", 3), ("Unidentified Armed Group ({country})", 3),
    ("Civilians ({country})", 7), ("Protesters ({country})", 6), ("Rioters ({country})", 5),
])
def test_data_files_required_actors(actors: ActorDictionary, name: str, inter: int) -> None:
    entry = actors.by_name(name)
    assert entry is not None and entry.inter == inter


def test_data_files_interaction_lexicon_loads() -> None:
    lex = InteractionLexicon.load()
    assert all(c.verbs or c.nouns for c in lex.data.categories.values())
    assert set(lex.data.place_targets) <= set(lex.data.categories)
    assert lex.cue.search("They threatened to leave.") and not lex.cue.search("Rain fell all day.")
