"""Tell background from current events: history, trends, statements, hypotheticals, negation.

Cue lists live in `sitrep/data/cues/background.yaml` (`sitrep.background_cues.v1`). Sentence
kinds (history, trend, statement) mark a whole sentence as background; window kinds
(hypothetical, negated) discard one event cue when a phrase stands just before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError
from spacy.lang.en import English
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from sitrep.errors import DataFileError
from sitrep.extract.taxonomy import expand_cue
from sitrep.nlp.sentences import text_of, token_lowers, token_texts

NAME = "sitrep.background_cues.v1"


class _SentenceKind(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    spares: list[str] = []  # event types this kind does not suppress
    cues: list[str]
    fronted: bool = False  # its cues count only in the sentence's opening phrase ("Earlier in March, ...")
    # its time phrases, said of a spared act itself ("protests have taken place ... in recent months"),
    # make that act background too: spared are acts the sentence tells against a trend, not in one
    dates_spared: bool = False
    # phrases after its cue that tell the act itself with its toll ("condemned the attack on a candidate's
    # home that left one person dead"): the sentence reports the act, and is no background of this kind
    unless_told: list[str] = []


class _HistoryYears(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    min_age: int
    year_before: list[str]
    recent: list[str]


class BackgroundFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str
    windows: dict[str, int]
    sentence: dict[str, _SentenceKind]
    window: dict[str, list[str]]
    not_negation: list[str] = []
    not_hypothetical: list[str] = []
    topic: list[str] = []
    topic_clause: list[str] = []
    history_years: _HistoryYears
    window_limited_to: dict[str, list[str]] = {}
    relative_clause_exempt: list[str] = []
    through_relative: dict[str, int] = {}
    new_incident: list[str] = []
    other_time: list[str] = []
    answers_violence: list[str] = []
    opinion_footer: list[str] = []
    # words that open an act's topic ("protests against ...") and verbs that close it again ("... have
    # taken place"): where a spared kind's time phrase belongs (dates_act)
    act_topic: list[str] = []
    act_times: list[str] = []  # the spared kinds' phrases that are times, which dates_act reads
    act_verbs: list[str] = []


@dataclass(frozen=True)
class Background:
    """Why a sentence or a cue is background; `spares` lists event types still allowed."""

    kind: str
    start: int  # token index of the background phrase
    spares: tuple[str, ...] = ()
    end: int | None = None  # token index after the phrase, where a kind dates spared acts (dates_spared)


@dataclass(frozen=True)
class BackgroundCues:
    spec: BackgroundFile
    _matchers: dict[int, PhraseMatcher] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def load(cls, path: Path | None = None) -> BackgroundCues:
        source = path or resources.files("sitrep.data") / "cues" / "background.yaml"
        try:
            spec = BackgroundFile.model_validate(yaml.safe_load(source.read_text(encoding="utf-8")))
        except (OSError, yaml.YAMLError, ValidationError) as exc:
            raise DataFileError(f"background cue file is invalid — {exc}; fix it against "
                                f"sitrep.extract.background.BackgroundFile", path=str(source)) from exc
        if spec.name != NAME or set(spec.windows) != set(spec.window):
            raise DataFileError(f"background cue file must be named {NAME!r} and give a window size "
                                f"for each window kind", path=str(source))
        return cls(spec)

    def matcher(self, vocab: Vocab) -> PhraseMatcher:
        """One PhraseMatcher per vocab, built on first use (labels are the kinds)."""
        key = id(vocab)
        if key not in self._matchers:
            m = PhraseMatcher(vocab, attr="LOWER")
            groups = {k: v.cues for k, v in self.spec.sentence.items()} | dict(self.spec.window)
            groups |= {f"told:{k}": v.unless_told for k, v in self.spec.sentence.items() if v.unless_told}
            groups["exempt"] = self.spec.not_negation + self.spec.not_hypothetical  # look hedged, are not
            groups["topic"] = self.spec.topic
            groups["topic_clause"] = self.spec.topic_clause
            groups["recent"] = self.spec.history_years.recent
            tokenizer = English(vocab=vocab).make_doc
            for kind, cues in groups.items():
                m.add(kind, [tokenizer(form) for cue in cues for form in expand_cue(cue)])
            self._matchers[key] = m
        return self._matchers[key]


@dataclass(frozen=True)
class SentenceView:
    """Background cues of one sentence, matched once and asked per event cue."""

    sentence: Background | None
    window: tuple[tuple[str, int, int], ...]  # (kind, start token, end token)
    sizes: dict[str, int]
    topics: tuple[int, ...] = ()  # token offsets of protest-topic markers ("against", "demanding")
    limited_to: dict[str, list[str]] = field(default_factory=dict)
    clauses: tuple[int, ...] = ()  # token offsets of clause openers inside a topic ("those who")
    relatives: tuple[int, ...] = ()  # token offsets of relative pronouns ("who", "whom")
    through_relative: dict[str, int] = field(default_factory=dict)

    def topic_between(self, start: int, end: int) -> bool:
        return any(start <= t < end for t in self.topics)

    def clause_between(self, start: int, end: int) -> bool:
        return any(start <= t < end for t in self.clauses)

    def hedge(self, cue_start: int, event_type: str | None = None) -> Background | None:
        """A hypothetical or negation phrase within its window before the cue at token `cue_start`;
        kinds limited to some event types hedge only cues of those types."""
        for kind, start, end in self.window:
            limited = self.limited_to.get(kind)
            if limited is not None and event_type not in limited:
                continue
            size = self.sizes[kind]
            if any(end <= r < cue_start for r in self.relatives):
                # "relatives of four miners who were shot dead": the people named, then what befell them
                size += self.through_relative.get(kind, 0)
            if end <= cue_start and cue_start - end < size:
                return Background(kind, start)
        return None


_YEAR = re.compile(r"(1[6-9]\d\d|20\d\d)s?")


def _years(sent: Span, before: frozenset[str]) -> list[tuple[int, int]]:
    """(year, token index) of the years written in the sentence: "in 1958", "the 1970s", "March 2019"."""
    out = []
    texts = token_texts(sent.doc)
    for i in range(sent.start, sent.end):
        m = _YEAR.fullmatch(texts[i])
        if m is None:  # most words: no Token object needed
            continue
        tok = sent.doc[i]
        prev = tok.doc[tok.i - 1].lower_ if tok.i > sent.start else ""
        if tok.ent_type_ == "DATE" or prev in before:
            out.append((int(m.group(1)), tok.i))
    return out


def _history_by_years(sent: Span, found: list[tuple[str, int, int]], cues: BackgroundCues,
                      ref_year: int | None) -> Background | None:
    """Years all well before the reference year and no recent word: the sentence tells history."""
    if ref_year is None or any(k == "recent" for k, _, _ in found):
        return None
    spec = cues.spec.history_years
    years = _years(sent, frozenset(spec.year_before))
    if years and all(y <= ref_year - spec.min_age for y, _ in years):
        return Background("history", years[0][1])
    return None


def reference_year(doc: Doc, published: date | None, cues: BackgroundCues) -> int | None:
    """The year history is measured from: publication, else the latest year the text names."""
    if published is not None:
        return published.year
    years = _years(doc[:], frozenset(cues.spec.history_years.year_before))
    return max((y for y, _ in years), default=None)


_RELATIVE = frozenset({"who", "whom", "which"})


def _in_relative_clause(sent: Span, kind: str, start: int, cues: BackgroundCues) -> bool:
    """A phrase in a relative clause ("activists who opposed the dam", "men who did not stop") tells
    about the people, not whether the main event happened, for the kinds the cue file names."""
    if kind not in cues.spec.relative_clause_exempt:
        return False
    before = sent.doc[max(sent.start, start - 2):start]
    return any(t.lower_ in _RELATIVE for t in before)


def analyse(sent: Span, *, cues: BackgroundCues, ref_year: int | None = None) -> SentenceView:
    matcher = cues.matcher(sent.doc.vocab)
    found = sorted(((sent.doc.vocab.strings[i], s, e) for i, s, e in matcher(sent)),  # Doc offsets
                   key=lambda m: m[1])
    exempt = {t for kind, s, e in found if kind == "exempt" for t in range(s, e)}
    # "they were denied access": a phrase that only looks like a denial or a negation is neither
    # of several kinds, the one that spares fewest event types: "talks collapsed, and military operations
    # have not yet delivered peace" is a verdict on a trend, whatever the accident word says
    kinds = [(k, s, e) for k, s, e in found if k in cues.spec.sentence and s not in exempt
             and (not cues.spec.sentence[k].fronted or _fronted(sent, s))
             and not any(k2 == f"told:{k}" and s2 >= e for k2, s2, _ in found)]
    first = min(kinds, key=lambda m: len(cues.spec.sentence[m[0]].spares)) if kinds else None
    sentence = Background(first[0], first[1], tuple(cues.spec.sentence[first[0]].spares),
                          first[2] if cues.spec.sentence[first[0]].dates_spared else None) if first else None
    if sentence is not None and sentence.spares and _fronted(sent, sentence.start):
        # "In March last year, police staged a sit-in": a time opening the sentence dates all of it, the
        # protest too (a protest is spared only where the past is its topic: "against the killings last year")
        sentence = Background(sentence.kind, sentence.start)
    sentence = sentence or _history_by_years(sent, found, cues, ref_year)
    window = tuple(m for m in found if m[0] in cues.spec.windows and m[1] not in exempt
                   and not _in_relative_clause(sent, m[0], m[1], cues))
    topics = tuple(s for k, s, _ in found if k == "topic")
    clauses = tuple(s for k, s, _ in found if k == "topic_clause")
    lowers = token_lowers(sent.doc)
    relatives = tuple(i for i in range(sent.start, sent.end) if lowers[i] in _RELATIVE)
    return SentenceView(sentence, window, dict(cues.spec.windows), topics, cues.spec.window_limited_to, clauses,
                        relatives, cues.spec.through_relative)


_FRONT = 7  # tokens an opening time phrase may take ("In the first week of March last year,")


def _fronted(sent: Span, start: int) -> bool:
    """The phrase at token `start` lies in the sentence's opening phrase, before its first comma."""
    head = sent[:_FRONT + 1]
    comma = next((t.i for t in head if t.text == ","), None)
    return comma is not None and start < comma


def opens_new_incident(sent: Span, cues: BackgroundCues) -> bool:
    """"Separately, a roadside bomb ...": the sentence reports another incident than the one before."""
    return _opens_with(sent.text.lstrip().lower(), cues.spec.new_incident)


def opens_elsewhere(sent: Span, cues: BackgroundCues) -> bool:
    """"Earlier, militants ...": the sentence is about another incident or another time than the one
    before, so its parties are no party of that one's."""
    head = sent.text.lstrip().lower()
    return _opens_with(head, cues.spec.new_incident) or _opens_with(head, cues.spec.other_time)


@lru_cache(maxsize=1)
def default_background() -> BackgroundCues:
    """The packaged background cues, read once (a pure function of a packaged file)."""
    return BackgroundCues.load()


def answers_violence(sent: Span, cues: BackgroundCues) -> bool:
    """"People staged a demonstration following the event to protest against government violence": the
    sentence tells a demonstration that answers violence reported before it."""
    words = f" {' '.join(t.lower_ for t in sent)} "
    return any(f" {m} " in words for m in cues.spec.answers_violence)


def is_opinion(doc: Doc, cues: BackgroundCues) -> bool:
    """An op-ed or column: its last paragraph presents the writer ("The writer is a former
    ambassador."). It argues about events reported elsewhere and reports none itself (ACLED codes
    from reports, not commentary)."""
    text = text_of(doc).rstrip()
    return _opens_with(text[text.rfind("\n") + 1:].strip().lower(), cues.spec.opinion_footer)


def _opens_with(head: str, markers: Iterable[str]) -> bool:
    """The lower-cased text opens with one of the markers as whole words ("separately," not "separatists")."""
    return any(head.startswith(m) and not head[len(m):len(m) + 1].isalpha() for m in markers)


def dates_act(doc: Doc, background: Background, start: int, end: int, *, cues: BackgroundCues) -> bool:
    """Whether a spared sentence's time phrase ("in recent months", "has seen") is said of the act at
    start:end itself, read from the words (the pipeline has no parse): the phrase follows the act with
    no topic word ("against", "over") between them, or one that a verb of the act's own ("have taken
    place") closes; or it comes right before the act ("the district has seen protests"). "Similar
    protests have taken place in two districts in recent months" recalls protests; "residents
    protested against the rising number of killings" is today's protest."""
    if background.end is None or not background.spares \
            or doc[background.start:background.end].text.lower() not in cues.spec.act_times:
        return False  # "barring a few incidents of violence", "the spate of attacks": no time phrase
    if background.end <= start:
        return start - background.end <= _SEEN_REACH
    if background.start < end:
        return False
    words = [t.lower_ for t in doc[end:background.start]]
    topic = max((i for i, w in enumerate(words) if w in cues.spec.act_topic), default=None)
    return topic is None or any(w in cues.spec.act_verbs for w in words[topic + 1:])


_SEEN_REACH = 2  # words between "has seen" and the act it counts ("has seen several large protests")
