"""The actor lexicon (data/lexicons/actors.yaml, sitrep.actor_lexicon.v1): words that tell what an
actor is when the text names it by what it is ("the government", "a new rebel group called ...")
rather than by a name the actor files hold. This module holds only the file's shape."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, field_validator

from sitrep.data import load_yaml

NAME = "sitrep.actor_lexicon.v1"
LEXICON_PATH = Path(__file__).resolve().parent.parent / "data" / "lexicons" / "actors.yaml"


class ActorLexicon(BaseModel):
    """Each list's use is told in the file's comments. Words are lower case: they are compared with
    tokens' lower case."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    version: int
    government: frozenset[str]
    head_titles: tuple[tuple[str, ...], ...]  # written "prime minister", read as ("prime", "minister")
    subject_openers: frozenset[str]
    new_group: frozenset[str]
    group_nouns: frozenset[str]
    naming: frozenset[str]
    armed_group: frozenset[str]
    # sitrep.extract.actors; tuples are matched as parts of words or phrases, frozensets as tokens
    state_led: tuple[str, ...]
    fight_words: tuple[str, ...]
    one_kind: tuple[str, ...]
    attire: frozenset[str]
    former: frozenset[str]
    foreign: frozenset[str]
    attacker_words: frozenset[str]
    attack_verbs: frozenset[str]
    unknown_words: frozenset[str]
    unknown_only: frozenset[str]
    organised: tuple[str, ...]
    named_unknown: tuple[str, ...]
    fighters: frozenset[str]
    community_words: frozenset[str]
    operations: frozenset[str]
    taken_words: tuple[str, ...]
    makers_words: tuple[str, ...]
    unspecified_forces: frozenset[str]
    small_drones: tuple[str, ...]
    # sitrep.extract.assemble
    left_group: tuple[str, ...]
    members: frozenset[str]
    fighter_nouns: frozenset[str]
    # sitrep.extract.actors: who suffered, who found the dead, who acted
    membership: frozenset[str]
    people_nouns: frozenset[str]
    suffered: frozenset[str]
    target_nouns: frozenset[str]
    reduced_passives: frozenset[str]
    finder_verbs: frozenset[str]
    remains: frozenset[str]
    own_acts: frozenset[str]
    holder_participles: frozenset[str]
    setting: frozenset[str]

    @field_validator("head_titles", mode="before")
    @classmethod
    def _split(cls, titles: object) -> object:
        return [t.split() if isinstance(t, str) else t for t in titles] if isinstance(titles, list) else titles

    @field_validator("*", mode="after")
    @classmethod
    def _lower_case(cls, words: object) -> object:
        if isinstance(words, (frozenset, tuple)):
            flat = [w for item in words for w in (item if isinstance(item, tuple) else (item,))]
            bad = [w for w in flat if not w or w != w.lower()]
            if bad:
                raise ValueError(f"words must be lower case and not empty: {sorted(bad)}")
        return words

    @classmethod
    def load(cls, path: Path | None = None) -> ActorLexicon:
        return load_yaml(path or LEXICON_PATH, cls, kind="actor lexicon")


@lru_cache(maxsize=1)
def default_actor_lexicon() -> ActorLexicon:
    """The packaged lexicon, read once (a pure function of a packaged file)."""
    return ActorLexicon.load()
