"""Claims of responsibility and denials (as GTD records them), from cue phrases and the actor dictionary."""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError
from spacy.lang.en import English
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from sitrep.errors import DataFileError
from sitrep.extract.actors import ActorDictionary, Mention, prefer_affiliates, questioned
from sitrep.model import ResponsibilityClaim
from sitrep.nlp.sentences import sentences

NAME = "sitrep.responsibility_cues.v1"
_CLAIMANTS = ("rebel", "political", "identity", "external", "state")
_KINDS = ("claim_before", "claim_after", "deny_before", "attribute_before", "attribute_after")


class ResponsibilityFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str
    window: int
    claim_before: list[str]
    claim_after: list[str]
    deny_before: list[str]
    attribute_before: list[str] = []
    attribute_after: list[str] = []


@dataclass(frozen=True)
class ResponsibilityCues:
    spec: ResponsibilityFile
    _matchers: dict[int, PhraseMatcher] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def load(cls, path: Path | None = None) -> ResponsibilityCues:
        source = path or resources.files("sitrep.data") / "cues" / "responsibility.yaml"
        try:
            spec = ResponsibilityFile.model_validate(yaml.safe_load(source.read_text(encoding="utf-8")))
        except (OSError, yaml.YAMLError, ValidationError) as exc:
            raise DataFileError(f"responsibility cue file is invalid — {exc}; fix it against "
                                f"sitrep.extract.responsibility.ResponsibilityFile", path=str(source)) from exc
        return cls(spec)

    def matcher(self, vocab: Vocab) -> PhraseMatcher:
        if id(vocab) not in self._matchers:
            m = PhraseMatcher(vocab, attr="LOWER")
            make = English(vocab=vocab).make_doc
            for kind in _KINDS:
                m.add(kind, [make(c) for c in getattr(self.spec, kind)])
            self._matchers[id(vocab)] = m
        return self._matchers[id(vocab)]


# Words just before a group's name that make it the attack's target ("an attack on a Frontier Corps
# camp, saying its fighters had killed ..."), not the group that claims it
_TARGET_WORDS = frozenset({"on", "against", "targeting", "targeted", "at"})


def _target(doc: Doc, m: Mention) -> bool:
    before = [t.lower_ for t in doc[max(0, m.start - 2):m.start]]
    return bool(before) and (before[-1] in _TARGET_WORDS or before[-1] in ("a", "an", "the")
                             and before[:1] != before[-1:] and before[0] in _TARGET_WORDS)


def _claimant(mentions: list[Mention], start: int, end: int, *, after: bool, window: int,
              aside: tuple[int, int] | None = None) -> Mention | None:
    """The nearest named (non-template) group on the given side of the cue, within the window.
    A group named inside the aside that ends just before the cue ("TRF, which agencies call a proxy
    of Lashkar-e-Taiba, claimed ...") is not the claimant when one is named before the aside."""
    named = [m for m in mentions if not m.entry.template and m.entry.kind in _CLAIMANTS]
    if after:
        near = [m for m in named if 0 <= m.start - end < window]
        return min(near, key=lambda m: m.start, default=None)
    if aside is not None:  # the window counts from where the aside opens
        before = [m for m in named if 0 <= aside[0] - m.end < window]
        if before:
            return max(before, key=lambda m: m.end)
    near = [m for m in named if 0 <= start - m.end < window]
    return max(near, key=lambda m: m.end, default=None)


# Words that open an aside about the name before them: a relative clause or an apposition.
_ASIDE_OPENERS = frozenset({"which", "who", "whom", "whose", "a", "an", "the", "believed", "considered",
                            "seen", "described", "widely", "itself"})


def _aside_before(doc: Doc, cue_start: int, sent_start: int) -> tuple[int, int] | None:
    """Token range of the ", which ... ," aside that ends just before the cue, if any."""
    if cue_start - 1 <= sent_start or doc[cue_start - 1].text != ",":
        return None
    for k in range(cue_start - 2, sent_start, -1):
        if doc[k].text in (",", "(", ")", ";"):
            nxt = doc[k + 1].lower_ if k + 1 < cue_start else ""
            return (k, cue_start) if doc[k].text == "," and nxt in _ASIDE_OPENERS else None
    return None


def find_responsibility(doc: Doc, *, actors: ActorDictionary,
                        cues: ResponsibilityCues | None = None) -> list[ResponsibilityClaim]:
    """Every claim or denial of responsibility with its group (canonical name and label as written)."""
    return _find(doc, actors=actors, cues=cues, kinds=("claim_before", "claim_after", "deny_before"))


def find_attributions(doc: Doc, *, actors: ActorDictionary,
                      cues: ResponsibilityCues | None = None) -> list[ResponsibilityClaim]:
    """Groups others name as the perpetrator ("sources attributed the attack to Al-Shabaab"): not
    claims, but what ACLED and GTD code as the actor when no group claims the attack."""
    return _find(doc, actors=actors, cues=cues, kinds=("attribute_before", "attribute_after"))


def _find(doc: Doc, *, actors: ActorDictionary, cues: ResponsibilityCues | None,
          kinds: tuple[str, ...]) -> list[ResponsibilityClaim]:
    cues = cues or actors.responsibility or ResponsibilityCues.load()
    out: list[ResponsibilityClaim] = []
    for sent in sentences(doc):
        found = [m for m in cues.matcher(doc.vocab)(sent) if doc.vocab.strings[m[0]] in kinds]
        if not found:
            continue
        # "blamed on IS-affiliated Sinai Province": the affiliate, not the larger group it is tied to
        mentions = prefer_affiliates(doc, actors.mentions(sent))
        # a group named before the cue as what was hit is no claimant; after the cue the word before it
        # is the cue's own ("blamed the bombing on the JMB")
        untargeted = [m for m in mentions if not _target(doc, m)]
        for match_id, s, e in sorted(found, key=lambda m: m[1]):
            kind = doc.vocab.strings[match_id]
            start, end = s, e  # Doc offsets
            who = _claimant(mentions if kind.endswith("_after") else untargeted, start, end, after=kind.endswith("_after"), window=cues.spec.window,
                            aside=_aside_before(doc, start, sent.start))
            if who is None or questioned(doc, who):  # "investigating whether the LeJ was involved"
                continue
            span = doc[min(start, who.start):max(end, who.end)]
            claim = ResponsibilityClaim(who.entry.name, doc[who.start:who.end].text, kind == "deny_before",
                                        span.start_char, span.end_char)
            if not any((c.group, c.denied) == (claim.group, claim.denied) and abs(c.start - claim.start) < 80
                       for c in out):
                out.append(claim)
    return out
