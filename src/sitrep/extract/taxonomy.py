"""ACLED's event taxonomy as data: types, sub-event types, cue phrases and precedence rules.

Loaded from `sitrep/data/taxonomy/acled.yaml` (registry name `sitrep.acled_taxonomy.v1`) and
validated with pydantic; the file holds the domain knowledge, this module only its shape.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from spacy.lang.en import English
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from sitrep.errors import DataFileError
from sitrep.nlp.sentences import QUOTE_TOKENS, token_texts

NAME = "sitrep.acled_taxonomy.v1"
# Contexts read from word order around a cue rather than from word presence.
_ROLE_CONTEXTS = ("named_sides", "armed_target", "civilian_target", "protest_target", "state_agent", "non_state_agent", "crowd_agent",
                  "gathering_agent", "following_agent", "partisan_agent")
CONTEXT_KINDS = ("armed_actor", "armed_target", "civilian_target", "weapon", "political", "protest",
                 "state_force", "non_state", "crowd", "gathering", "armed_fight", "thrown")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SubEventSpec(_Strict):
    name: str
    definition: str
    cues: list[str] = Field(min_length=1)
    weak: list[str] = []
    needs: list[str] = ["armed_actor", "weapon"]  # context kinds any of which a weak cue needs
    # a weak cue told of at least this many people ("arrested over 200") stands alone (ACLED's mass arrests)
    mass: int | None = None
    # a party's members on the receiving side are a side of their own (a clash, weapons seized from
    # them); elsewhere ACLED codes them as civilians with the party as associated actor
    party_side: bool = False
    target: str | None = None  # the generic actor that is actor2 when the text names none
    # outside political violence, the side a group that claims the act (or is blamed for it) takes:
    # the looters (actor1), the group whose bomb was defused (actor2); none: claims tell no actor
    claimant: Literal["actor1", "actor2"] | None = None


class EventTypeSpec(_Strict):
    name: str
    family: Literal["violence", "demonstration", "strategic"]
    disorder_type: str
    sub_event_types: list[SubEventSpec] = Field(min_length=1)


class RuleSpec(_Strict):
    name: str
    present: list[str] = Field(min_length=1)
    any_of: list[str] = []
    none_of: list[str] = []
    with_context: str | list[str] | None = None  # a list: every context must hold
    without_context: str | list[str] | None = None  # a list: any of them blocks the rule
    becomes: str


class TaxonomyFile(_Strict):
    name: str
    event_types: list[EventTypeSpec]
    precedence: list[str]
    rules: list[RuleSpec]
    context: dict[str, list[str]]
    note_tags: dict[str, str] = {}  # a coder's label opening a note ("Arrests:") -> its sub-event type

    @model_validator(mode="after")
    def _consistent(self) -> TaxonomyFile:
        subs = [s.name for e in self.event_types for s in e.sub_event_types]
        if self.name != NAME:
            raise ValueError(f"name is {self.name!r}, expected {NAME!r}")
        if len(subs) != len(set(subs)):
            raise ValueError("duplicate sub-event type names")
        if sorted(self.precedence) != sorted(subs):
            raise ValueError("precedence must list every sub-event type exactly once")
        for rule in self.rules:
            unknown = {*rule.present, *rule.any_of, *rule.none_of, rule.becomes} - set(subs)
            if unknown:
                raise ValueError(f"rule {rule.name!r} names unknown sub-event types {sorted(unknown)}")
            needed = [rule.with_context] if isinstance(rule.with_context, str) else rule.with_context or []
            barred = [rule.without_context] if isinstance(rule.without_context, str) else rule.without_context or []
            for ctx in (*needed, *barred):
                if ctx not in self.context and ctx not in _ROLE_CONTEXTS:
                    raise ValueError(f"rule {rule.name!r} names unknown context {ctx!r}")
        unknown_tags = set(self.note_tags.values()) - set(subs)
        if unknown_tags:
            raise ValueError(f"note_tags name unknown sub-event types {sorted(unknown_tags)}")
        missing = set(CONTEXT_KINDS) - set(self.context)
        if missing:
            raise ValueError(f"context lacks {sorted(missing)}")
        return self


@dataclass(frozen=True)
class SubEventType:
    name: str
    event_type: str
    disorder_type: str
    definition: str
    cues: tuple[str, ...]
    weak: tuple[str, ...]
    needs: tuple[str, ...]
    family: str = "strategic"
    mass: int | None = None
    party_side: bool = False
    target: str | None = None
    claimant: str | None = None


@dataclass(frozen=True)
class Rule:
    name: str
    present: frozenset[str]
    any_of: frozenset[str]
    none_of: frozenset[str]
    with_context: tuple[str, ...]  # all must hold
    without_context: tuple[str, ...]  # any one blocks the rule
    becomes: str


@dataclass(frozen=True)
class Taxonomy:
    name: str
    sub_event_types: tuple[SubEventType, ...]
    precedence: tuple[str, ...]
    rules: tuple[Rule, ...]
    context: dict[str, tuple[str, ...]]
    background: Any = None  # sitrep.extract.background.BackgroundCues, loaded with the taxonomy
    note_tags: dict[str, str] = field(default_factory=dict)  # lower-cased label -> sub-event type
    _matchers: dict[int, Any] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def load(cls, path: Path | None = None, *, background_path: Path | None = None) -> Taxonomy:
        from sitrep.extract.background import BackgroundCues

        return replace(cls.load_file(path), background=BackgroundCues.load(background_path))

    @classmethod
    def load_file(cls, path: Path | None = None) -> Taxonomy:
        source = path or resources.files("sitrep.data") / "taxonomy" / "acled.yaml"
        try:
            raw = yaml.safe_load(source.read_text(encoding="utf-8"))
            spec = TaxonomyFile.model_validate(raw)
        except (OSError, yaml.YAMLError, ValidationError) as exc:
            raise DataFileError(f"taxonomy file is invalid — {exc}; fix the file against the schema "
                                f"in sitrep.extract.taxonomy", path=str(source)) from exc
        return cls.from_spec(spec)

    @classmethod
    def from_spec(cls, spec: TaxonomyFile) -> Taxonomy:
        subs = tuple(SubEventType(s.name, e.name, e.disorder_type, s.definition, tuple(s.cues), tuple(s.weak),
                                  tuple(s.needs), e.family, s.mass, s.party_side, s.target, s.claimant)
                     for e in spec.event_types for s in e.sub_event_types)
        rules = tuple(Rule(r.name, frozenset(r.present), frozenset(r.any_of), frozenset(r.none_of),
                           (r.with_context,) if isinstance(r.with_context, str) else tuple(r.with_context or ()),
                           (r.without_context,) if isinstance(r.without_context, str) else tuple(r.without_context or ()),
                           r.becomes) for r in spec.rules)
        return cls(spec.name, subs, tuple(spec.precedence), rules,
                   {k: tuple(v) for k, v in spec.context.items()},
                   note_tags={k.casefold(): v for k, v in spec.note_tags.items()})

    def matcher(self, vocab: Vocab) -> PhraseMatcher:
        """Cue matcher for `vocab`, built on first use. Labels: "sub:<name>", "weak:<name>", "ctx:<kind>"."""
        key = id(vocab)
        if key not in self._matchers:
            m = PhraseMatcher(vocab, attr="LOWER")
            make = English(vocab=vocab).make_doc
            groups: dict[str, tuple[str, ...]] = {}
            for s in self.sub_event_types:
                groups[f"sub:{s.name}"] = s.cues
                groups[f"weak:{s.name}"] = s.weak
            groups |= {f"ctx:{k}": v for k, v in self.context.items()}
            for label, cues in groups.items():
                docs = [make(form) for cue in cues for form in expand_cue(cue)]
                if docs:
                    m.add(label, docs)
            self._matchers[key] = m
        return self._matchers[key]

    def find(self, span: Span) -> list[tuple[str, int, int]]:
        """Cue and context phrases in the span: (label, start, end) in Doc offsets. The one place that
        decides what counts as a phrase: quote marks inside one do not break it ('took "complete
        control"', 'killing "several"'), since notes quote their sources' words."""
        doc = span.doc
        matcher = self.matcher(doc.vocab)
        texts = token_texts(doc)
        kept = [i for i in range(span.start, span.end) if texts[i] not in QUOTE_TOKENS]
        if len(kept) == len(span):
            return [(doc.vocab.strings[m], s, e) for m, s, e in matcher(span)]  # a Span's matches are in Doc offsets
        bare = Doc(doc.vocab, words=[texts[i] for i in kept])
        return [(doc.vocab.strings[m], kept[s], kept[e - 1] + 1) for m, s, e in matcher(bare)]

    def says(self, span: Span, kind: str) -> bool:
        """A phrase of the context `kind` occurs in the span: how rules outside the event detector read a
        context list (`intra_group`), so a phrase added to the data reaches every rule that reads it."""
        if kind not in self.context:
            raise KeyError(f"taxonomy has no context {kind!r}")
        label = f"ctx:{kind}"
        return any(found == label for found, _, _ in self.find(span))

    def sub_event(self, name: str) -> SubEventType:
        for s in self.sub_event_types:
            if s.name == name:
                return s
        raise KeyError(name)

    @property
    def event_types(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(s.event_type for s in self.sub_event_types))

    def rank(self, sub_event_type: str) -> int:
        """Position in ACLED precedence: lower wins when one incident shows several types."""
        return self.precedence.index(sub_event_type)


def inflections(word: str) -> tuple[str, ...]:
    """Regular English forms of a cue word marked with "~" (over-generating is harmless)."""
    if not word.endswith("~"):
        return (word,)
    base = word[:-1]
    forms = {base, base + "s", base + "es", base + "ed", base + "d", base + "ing", base + "er", base + "ers"}
    if base.endswith("e"):
        forms |= {base[:-1] + "ing"}
    if base.endswith("y"):
        forms |= {base[:-1] + "ies", base[:-1] + "ied"}
    if len(base) > 2 and base[-1] in "bdglmnprt" and base[-2] in "aeiou" and base[-3] not in "aeiou":
        forms |= {base + base[-1] + "ed", base + base[-1] + "ing"}
    return tuple(sorted(forms))


def expand_cue(cue: str) -> list[str]:
    """All surface forms of a cue phrase: the product of each word's inflections."""
    out = [""]
    for word in cue.lower().split():
        out = [f"{prefix} {form}".strip() for prefix in out for form in inflections(word)]
    return out
