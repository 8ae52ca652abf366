"""The casualty lexicon (data/lexicons/casualties.yaml, sitrep.casualty_lexicon.v1): the file's
schema, validated when loaded, and the words compiled for token matching."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from sitrep.errors import DataFileError
from sitrep.extract.numbers import FigureReader, PhraseSet, Vague
from sitrep.model import Quantity

LEXICON_PATH = Path(__file__).resolve().parent.parent / "data" / "lexicons" / "casualties.yaml"


class _QuantityCues(BaseModel):
    model_config = ConfigDict(extra="forbid")
    after: list[str]
    before: list[str]


class _Zero(BaseModel):
    model_config = ConfigDict(extra="forbid")
    phrase: str
    quantities: list[Quantity]


class _VagueEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")
    value: int
    high: int
    # ACLED's own figure when the word counts the dead ("killing several" is 10), where it differs
    # from the word's plain reading, which injuries and the other quantities keep
    killed: int | None = None


class _LexiconFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    version: int
    quantities: dict[Quantity, _QuantityCues]
    fillers: list[str]
    sides: dict[Literal["a", "b", "civilians", "attackers"], list[str]]
    singulars: list[str]
    irregular_plurals: list[str]
    not_one: list[str]
    vague: dict[str, _VagueEntry]
    unnumbered: frozenset[str] = frozenset()
    qualifiers: dict[str, Literal["low", "high", "about", "exact"]]
    zero: list[_Zero]
    part_markers: list[str]
    links: list[str]
    name_openers: list[str]
    non_people: list[str]
    non_people_before: list[str]
    additive: list[str]
    implausible_above: int
    grievance: list[str] = []
    grievance_kin: list[str]
    toll_words: list[str] = []
    toll_revisions: list[str] = []
    toll_revised_by: list[str] = []
    subset_of: list[str] = []
    spellings: dict[str, str] = {}
    unnumbered_tolls: list[str] = []
    prior_cause: list[str] = []
    past_event: list[str] = []
    sum_markers: frozenset[str] = frozenset()
    part_adverbs: list[str] = []
    coded_tolls: _QuantityCues = _QuantityCues(after=[], before=[])
    summed_over: list[str] = []
    set_sizes: dict[str, int] = {}
    set_fillers: list[str] = []
    incidents: list[str] = []
    one_of: list[str] = []
    captives: list[str] = []
    of_the_dead: list[str] = []
    self_killed: list[str] = []
    combined: list[str] = []
    martyrdom: list[str]
    injury_verbs: list[str]
    plural_tolls: list[str]
    shot_verbs: list[str]
    bodies: list[str]
    body_verbs: list[str]
    unhurt: list[str]

    @field_validator("martyrdom")
    @classmethod
    def _two_words(cls, phrases: list[str]) -> list[str]:
        wrong = [p for p in phrases if len(p.split()) != 2]
        if wrong:
            raise ValueError(f"martyrdom phrases are two words each: {wrong}")
        return phrases


class CasualtyLexicon:
    """The casualty words, compiled for token matching."""

    def __init__(self, data: _LexiconFile) -> None:
        self.data = data
        self.after = {q: PhraseSet(c.after) for q, c in data.quantities.items()}
        self.before = {q: PhraseSet(c.before) for q, c in data.quantities.items()}
        self.active = PhraseSet(w for c in data.quantities.values() for w in c.before)
        self.fillers = PhraseSet(data.fillers)
        self.side_of = {p.lower(): side for side, ps in data.sides.items() for p in ps}
        self.sides = PhraseSet(self.side_of)
        self.singulars = PhraseSet(data.singulars)
        self.irregular_plurals = frozenset(data.irregular_plurals)
        self.not_one = frozenset(data.not_one)
        self.parts = PhraseSet(data.part_markers)
        self.links = PhraseSet(data.links)
        self.name_openers = PhraseSet(data.name_openers)
        self.non_people = PhraseSet(data.non_people)
        self.non_people_before = PhraseSet(data.non_people_before)
        self.additive = frozenset(data.additive)
        self.grievance = PhraseSet(data.grievance)
        # the kin words ending a text before a toll: "families of (the)"
        kin = "|".join(re.escape(w) for w in data.grievance_kin) or r"(?!x)x"
        self.grievance_kin = re.compile(rf"\b(?:{kin}) of(?: the)?\s*$", re.I)
        self.toll_words = frozenset(w.lower() for w in data.toll_words)
        self.toll_revisions = PhraseSet(data.toll_revisions)
        self.toll_revised_by = PhraseSet(data.toll_revised_by)
        self.subset_of = PhraseSet(data.subset_of)
        self.spellings = {k.lower(): v.lower() for k, v in data.spellings.items()}
        self.unnumbered_tolls = PhraseSet(data.unnumbered_tolls)
        self.prior_cause = PhraseSet(data.prior_cause)
        self.past_event = PhraseSet(data.past_event)
        self.part_adverbs = PhraseSet(data.part_adverbs)
        self.coded_before = PhraseSet(data.coded_tolls.before)
        self.coded_after = PhraseSet(data.coded_tolls.after)
        self.summed_over = frozenset(data.summed_over)
        self.set_fillers = frozenset(data.set_fillers)
        self.incidents = PhraseSet(data.incidents)
        self.one_of = PhraseSet(data.one_of)
        self.captives = PhraseSet(data.captives)
        self.of_the_dead = PhraseSet(data.of_the_dead)
        self.self_killed = PhraseSet(data.self_killed)
        self.combined = PhraseSet(data.combined)
        self.martyrdom = frozenset(tuple(p.lower().split()) for p in data.martyrdom)
        self.injury_verbs = frozenset(data.injury_verbs)
        self.plural_tolls = frozenset(data.plural_tolls)
        self.shot_verbs = frozenset(data.shot_verbs)
        self.bodies = frozenset(data.bodies)
        self.body_verbs = frozenset(data.body_verbs)
        self.unhurt = frozenset(data.unhurt)
        self.zero = [(PhraseSet([z.phrase]), len(z.phrase.split()), z.quantities) for z in data.zero]
        # first words of the zero phrases: lets the per-token scan skip the phrase list at most tokens
        self.zero_first = frozenset(z.phrase.lower().split()[0] for z in data.zero if z.phrase.split())
        self.reader = FigureReader({k: Vague(v.value, v.high) for k, v in data.vague.items()},
                                   data.qualifiers)

    @classmethod
    def load(cls, path: Path | None = None) -> CasualtyLexicon:
        path = path or LEXICON_PATH
        try:
            raw = yaml.safe_load(path.read_text(encoding="utf-8"))
            return cls(_LexiconFile.model_validate(raw))
        except (OSError, yaml.YAMLError, ValidationError) as exc:
            raise DataFileError(f"casualty lexicon unreadable — {exc}; fix the YAML file",
                                path=str(path)) from exc
