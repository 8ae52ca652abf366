"""The interaction lexicon (data/lexicons/interactions.yaml, sitrep.interaction_lexicon.v1): which
words name an interaction and its PLOVER category, as the tagger tags them."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from pydantic import BaseModel, ConfigDict
from spacy.tokens import Token

from sitrep.data import load_yaml
from sitrep.nlp.components import cue_regex

NAME = "sitrep.interaction_lexicon.v1"
LEXICON_PATH = Path(__file__).resolve().parent.parent / "data" / "lexicons" / "interactions.yaml"


class Cues(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    verbs: list[str] = []
    nouns: list[str] = []


class InteractionFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    version: int
    categories: dict[str, Cues]
    target_prepositions: list[str]
    demand_modals: list[str]
    place_targets: list[str]
    place_words: Cues = Cues()
    place_prepositions: list[str]
    taking_part: list[str]
    stances: list[str] = []
    counterpart_prepositions: list[str] = []
    partitives: list[str]
    pronouns: list[str]


def _word_regex(cues: Iterable[str]) -> re.Pattern[str]:
    """A whole word matching one cue ("agree~": agree, agreed ...; "met": met only)."""
    forms = sorted({c.strip().lower() for c in cues if c.strip()}, key=len, reverse=True)
    return re.compile("|".join(re.escape(f).replace(r"\~", r"\w*") for f in forms) or r"(?!x)x")


@dataclass(frozen=True)
class InteractionLexicon:
    data: InteractionFile

    @classmethod
    def load(cls, path: Path | None = None) -> InteractionLexicon:
        return cls(load_yaml(path or LEXICON_PATH, InteractionFile, kind="interaction lexicon"))

    @cached_property
    def cue(self) -> re.Pattern[str]:
        """Finds a sentence worth parsing: any cue at a word start."""
        return cue_regex([c for cat in self.data.categories.values() for c in (*cat.verbs, *cat.nouns)])

    @cached_property
    def _words(self) -> dict[str, list[tuple[str, re.Pattern[str]]]]:
        cats = self.data.categories.items()
        return {"VERB": [(name, _word_regex(c.verbs)) for name, c in cats],
                "NOUN": [(name, _word_regex(c.nouns)) for name, c in cats]}

    def category(self, token: Token) -> str | None:
        """The PLOVER category a word names as the parser tags it; None: not an interaction word."""
        word = token.lower_
        return next((name for name, rx in self._words.get(word_kind(token), ()) if rx.fullmatch(word)), None)

    def done_to_place(self, token: Token) -> bool:
        """Whether a word names an act whose named place is its target (a place category's word, or
        one of `place_words`: "a visit to X")."""
        if (cat := self.category(token)) is None:
            return False
        words = self._place_words.get(word_kind(token) or "")
        return cat in self.data.place_targets or words is not None and words.fullmatch(token.lower_) is not None

    @cached_property
    def _place_words(self) -> dict[str, re.Pattern[str]]:
        return {"VERB": _word_regex(self.data.place_words.verbs), "NOUN": _word_regex(self.data.place_words.nouns)}

    @cached_property
    def taking_part(self) -> re.Pattern[str]:
        """Passive-looking verbs whose subject does the act they are in ("engaged in", "involved in")."""
        return _word_regex(self.data.taking_part)

    @cached_property
    def stances(self) -> re.Pattern[str]:
        """Verbs whose passive form is their subject's stance ("X is opposed to Y": X opposes Y)."""
        return _word_regex(self.data.stances)

    @cached_property
    def counterparts(self) -> frozenset[str]:
        """Prepositions whose object is another actor than the one acting ("a dispute with its partners")."""
        return frozenset(self.data.counterpart_prepositions)

    @cached_property
    def prepositions(self) -> frozenset[str]:
        return frozenset(self.data.target_prepositions)

    @cached_property
    def place_prepositions(self) -> frozenset[str]:
        return frozenset(self.data.place_prepositions)

    @cached_property
    def partitives(self) -> frozenset[str]:
        return frozenset(self.data.partitives)

    @cached_property
    def pronouns(self) -> frozenset[str]:
        return frozenset(self.data.pronouns)

    @cached_property
    def modals(self) -> frozenset[str]:
        return frozenset(self.data.demand_modals)


def word_kind(token: Token) -> str | None:
    """VERB or NOUN (a common noun) from the tagger's fine-grained tag (no attribute ruler runs)."""
    tag = token.tag_
    return "VERB" if tag.startswith("VB") else "NOUN" if tag in ("NN", "NNS") else None
