"""Detect incidents in a Doc and type them with ACLED's taxonomy (record stage Doc -> candidates).

No parser is available, so this works on sentences and lower-cased cue phrases: each sentence's
cue hits (minus background, hypothetical and negated ones) become findings; findings about the
same incident (same family, compatible places, close together) are merged; each incident is
typed by the taxonomy's combination rules and then its precedence order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from collections.abc import Callable, Sequence
from functools import lru_cache

import pycountry

from spacy.tokens import Doc, Span

from sitrep.extract.background import (SentenceView, analyse, dates_act, answers_violence, is_opinion, opens_new_incident,
                                        reference_year)
from sitrep.extract.dates import month_names, weekday_names
from sitrep.extract.numbers import plain_number
from sitrep.extract.taxonomy import Taxonomy
from sitrep.geo.data import default_context
from sitrep.geo.event_place import origin_listed, words_before
from sitrep.nlp.sentences import sentences, text_of

_PLACE_LABELS = ("GPE", "LOC", "FAC")
_OBJECT_START = ("a", "an", "the", "his", "her", "their", "its", "two", "three", "several", "dozens")
# "came under attack" reads as a passive; "two are killed" in the present tense of headlines and notes
_PASSIVE_AUX = ("was", "were", "been", "being", "under", "is", "are")
# "an attack by rebels on army positions": after the attacker, the words that name what was hit
_TARGET_MARKS = frozenset({"on", "against", "targeting", "targetting"})
_AGENT_SPAN = 6  # tokens an attacker's name may take between "by" and "on"
# Words after a participle that open no object: "three soldiers killed in the attack", "killed and two hurt"
_NOT_MODIFIERS = frozenset({"in", "at", "on", "near", "during", "by", "and", "or", "while", "when", "as", "after",
                            "before", "with", "from", "inside", "outside", "along", "across", "into", "to", "for"})
# Incidents whose next sentence's weak cues count as its own hits (see _group).
_FOLLOW_ON_FAMILIES = frozenset({"demonstration"})
# Context kinds a follow-on sentence without cues of its own may add to the incident before it.
_DESCRIBING = frozenset({"armed_fight", "weapon"})


@dataclass(frozen=True)
class EventCandidate:
    event_type: str
    sub_event_type: str
    disorder_type: str
    trigger: tuple[int, int]  # character span of the deciding cue
    sentence_spans: tuple[tuple[int, int], ...]
    confidence: float
    civilian_targeting: bool
    derived: bool = False  # typed by a combination rule or weak cues only, no strong cue of its own type
    # the incident's first strong cue, where it differs from the trigger ("staged a protest" before
    # "Police used tear gas to disperse them"): what the text reports first
    first_cue: tuple[int, int] | None = None
    # character spans of its sentences that tell what it remembers ("relatives of miners who were shot
    # dead in Harnai on Friday"): their dates are not the event's
    asides: tuple[tuple[int, int], ...] = ()
    # its victims are told at home, off duty or beaten: no armed side whatever their job (ACLED: killing
    # a policeman in his house attacks a civilian)
    unarmed_victims: bool = False
    # character spans of its sentences that tell another act in another place ("..., while three others
    # died in Kalat"): their place and figures are not the event's, their day may be
    other_place: tuple[tuple[int, int], ...] = ()
    # a measure only a state takes ("a curfew", "Section 144"): the state takes it, whoever the text names
    state_measure: bool = False


@dataclass(frozen=True)
class Hit:
    sub_event_type: str
    start: int  # token offsets
    end: int
    strong: bool
    target: str | None  # "armed" / "civilian" / "protest": whom the cue's action falls on, read from word order
    agent: str | None = None  # "state" / "non_state" / "crowd": who acts, read from word order


@dataclass
class _Incident:
    family: str
    sentences: list[Span] = field(default_factory=list)
    hits: list[Hit] = field(default_factory=list)
    places: set[str] = field(default_factory=set)
    contexts: set[str] = field(default_factory=set)
    aside: bool = False  # opened by "In a separate incident", "Separately": a side story of the report
    days: set[str] = field(default_factory=set)  # weekdays its sentences name
    asides: list[tuple[int, int]] = field(default_factory=list)  # character spans of remembered incidents
    split: bool = False  # told in one sentence with another incident (_parts)
    other_place: list[tuple[int, int]] = field(default_factory=list)  # character spans of another place's clause
    told_at: int = 0  # index of the last sentence that told it


def _object_at(doc: Doc, i: int) -> bool:
    """A noun phrase starts at token i ("a priest", "two guards"): what a verb before it acts on."""
    return i < len(doc) and (doc[i].like_num or doc[i].lower_ in _OBJECT_START)


def _after_aux(doc: Doc, start: int) -> bool:
    """"were injured", "was critically injured": a passive auxiliary, an adverb in -ly allowed between."""
    if start > 0 and doc[start - 1].lower_ in _PASSIVE_AUX:
        return True
    return start > 1 and doc[start - 1].lower_.endswith("ly") and doc[start - 2].lower_ in _PASSIVE_AUX


def _target(contexts: list[tuple[str, int, int]], start: int, end: int, doc: Doc) -> str | None:
    """Armed or civilian target: the nearest target word after an active cue, before a passive one."""
    passive = end < len(doc) and doc[end].lower_ == "by" or _after_aux(doc, start) \
        or start > 2 and doc[start - 1].lower_ == "and" and doc[start - 3].lower_ in _PASSIVE_AUX  # "was shot and injured"
    kinds = {"ctx:armed_target": "armed", "ctx:civilian_target": "civilian", "ctx:protest_target": "protest",
             "ctx:former_target": "civilian"}
    spans = [(s, e, kinds[k]) for k, s, e in contexts if k in kinds]
    # "a convoy of passenger vehicles" is a civilian target, though "convoy" alone is an armed one: a word
    # inside a longer target phrase of another kind does not speak for it
    targets = [(s, kind) for s, e, kind in spans
               if not any(k != kind and s2 <= s and e <= e2 and e2 - s2 > e - s for s2, e2, k in spans)]
    after_all = [t for t in targets if t[0] >= end]
    # "the attack, carried out by allies of the militia": words after a "by" name who acted
    after = [t for t in after_all if not any(doc[i].lower_ == "by" for i in range(end, t[0]))]
    before = [t for t in targets if t[0] < start]
    # "three soldiers killed": a participle right after its noun is a reduced passive.
    # An object right after the cue ("gunned down a priest") makes it active again.
    has_object = _object_at(doc, end) or (  # "militants attacked and killed an activist": both verbs are active
        end + 2 < len(doc) and doc[end].lower_ == "and" and doc[end + 1].lower_.endswith("ed") and _object_at(doc, end + 2)) \
        or _target_word_next(doc, end, after_all)  # "a militia attacked indigenous villagers"

    passive = passive or bool(before and start - max(before)[0] <= 2 and doc[start].lower_.endswith("ed")
                              and end - start == 1 and not has_object)  # "opened fire" is never passive
    if passive:  # the words after a passive cue name who acted ("shot dead by militants"), not the target
        hit = _target_after_agent(doc, end, after_all)
        return hit if hit is not None else max(before)[1] if before else None
    if not after and before and _in_a_noun(doc, start) and _is_victim(doc, max(before)[0], start):
        return max(before)[1]  # "a policeman died of wounds sustained in an attack"
    return min(after)[1] if after else None


def _in_a_noun(doc: Doc, start: int) -> bool:
    """"in an attack", "during the raid": a noun cue that tells where its victim, named before it, was hurt."""
    return start > 1 and doc[start - 1].lower_ in ("a", "an", "the") and doc[start - 2].lower_ in ("in", "during")


_VICTIM_VERBS = frozenset({"died", "dies", "was", "were", "succumbed", "sustained", "suffered"})


def _is_victim(doc: Doc, target: int, cue: int) -> bool:
    """The target word is told as what suffered ("a policeman died", "two soldiers were"), not as who
    acted ("the militants fired"): a verb of suffering within the three words after it."""
    return any(doc[i].lower_ in _VICTIM_VERBS for i in range(target + 1, min(target + 4, cue)))


def _target_word_next(doc: Doc, end: int, after: list[tuple[int, str]]) -> bool:
    """A target word right after the cue, or after one word that is no preposition ("attacked indigenous
    villagers"): the cue's object, so the verb is active."""
    return any(s == end or s == end + 1 and doc[end].is_alpha and doc[end].lower_ not in _NOT_MODIFIERS
               for s, _ in after)


def _target_after_agent(doc: Doc, end: int, after: list[tuple[int, str]]) -> str | None:
    """"An attack by the rebels on army positions": a noun cue with its attacker after "by" names its
    target after "on" or "against"; the nearest target word after that mark."""
    if end >= len(doc) or doc[end].lower_ != "by":
        return None
    marks = [i for i in range(end + 1, min(end + 1 + _AGENT_SPAN, len(doc))) if doc[i].lower_ in _TARGET_MARKS]
    hits = [t for t in after if marks and t[0] > marks[0]]
    return min(hits)[1] if hits else None


def _agent(contexts: list[tuple[str, int, int]], start: int, end: int, doc: Doc) -> str | None:
    """State, non-state, crowd, gathering (a body of people: students, residents), following (a leader's
    supporters) or partisan (a party's rank and file: "TLP supporters") initiator: the nearest
    actor word before an active cue, after a passive "by"."""
    kinds = {"ctx:state_force": "state", "ctx:non_state": "non_state", "ctx:crowd": "crowd",
             "ctx:gathering": "gathering", "ctx:following": "following", "ctx:partisan": "partisan"}
    named = [(s, e, kinds[k]) for k, s, e in contexts if k in kinds]
    # "angry students" is a crowd, "pro-government militias" the state's side: a word inside a longer
    # actor phrase of another kind does not speak for it
    named = [(s, e, kind) for s, e, kind in named
             if not any(k != kind and s2 <= s and e <= e2 and (kind == "gathering" or e2 - s2 > e - s)
                        for s2, e2, k in named)]
    own = next((kind for s, e, kind in named if s == start and e == end), None)
    if own is not None:
        return own  # "Looters targeted shops": a cue that is itself an actor word names who did it
    if any(s == start for s, _, _ in named):
        # "troops pushed al-Shabaab militants out of the area": a cue that opens with an actor word acts on
        # it; that word and the name right before it are the object, not who acted
        named = [(s, e, kind) for s, e, kind in named if e < start or s >= end]
    actors = [(s, kind) for s, _, kind in named]
    if end < len(doc) and doc[end].lower_ == "by" or start > 0 and doc[start - 1].lower_ in ("was", "were"):
        # "three men were flogged in front of a crowd": those who watched did not do it
        after = [a for a in actors if a[0] >= end and not watching(doc, a[0])]
        return min(after)[1] if after else None
    # "AMISOM forces clashed with al-Shabaab and retook the town": the side met "with" or "against" is
    # the earlier verb's object, not who took the town
    before = [a for a in actors if a[0] < start and not _met(doc, a[0])]
    return max(before)[1] if before else None


_MET_WORDS = frozenset({"with", "against"})  # words before the side an act was done to, not by
_ARTICLES = frozenset({"the", "a", "an"})


_WATCHING = (("in", "front", "of"), ("before",), ("in", "view", "of"), ("watched", "by"), ("witnessed", "by"))


def watching(doc: Doc, i: int) -> bool:
    """The actor word at `i` follows words that make it the onlookers ("in front of a crowd"), an article between."""
    i -= 1
    while i >= 0 and doc[i].lower_ in _ARTICLES:
        i -= 1
    return any(tuple(t.lower_ for t in doc[max(0, i + 1 - len(w)):i + 1]) == w for w in _WATCHING)


def _met(doc: Doc, i: int) -> bool:
    """The actor word at `i` follows "with" or "against", an article between ("clashed with the militants")."""
    i -= 1
    while i >= 0 and doc[i].lower_ in _ARTICLES:
        i -= 1
    return i >= 0 and doc[i].lower_ in _MET_WORDS


Asides = tuple[tuple[int, int], ...]  # token ranges of a sentence that tell what its event remembers


def _sentence_hits(sent: Span, taxonomy: Taxonomy,
                   ref_year: int | None) -> tuple[list[Hit], set[str], list[Hit], Asides, _FightEnd]:
    """Cue hits of one sentence, its context kinds, the weak cues that lacked the context to
    stand alone ("Four people were killed in the attack", "Police used tear gas to disperse them"
    after the incident), and the stretches that tell a remembered incident ("Relatives of miners
    who were shot dead in Harnai on Friday staged a sit-in": its day and place are not the sit-in's)."""
    doc = sent.doc
    found = taxonomy.find(sent)
    contexts = [m for m in found if m[0].startswith("ctx:")]
    ctx_kinds = {k[4:] for k, _, _ in contexts}
    if _named_sides(sent, contexts):
        ctx_kinds.add("named_sides")
    # Longest first, a cue of its own before a weak one of the same words, then text order.
    cues = sorted((m for m in found if not m[0].startswith("ctx:")),
                  key=lambda m: (m[1] - m[2], m[0].startswith("weak:"), m[1]))
    view = analyse(sent, cues=taxonomy.background, ref_year=ref_year)
    # words of a figurative fight ("battling to get their papers"): no cue inside them counts
    taken: set[int] = {i for k, s, e in contexts if k == "ctx:figurative" for i in range(s, e)}
    shadows: list[tuple[int, int]] = []  # weak cues without context: the words inside them are theirs
    hits: list[Hit] = []
    orphans: list[Hit] = []
    remembered: list[int] = []
    for label, start, end in cues:  # longest first; a token belongs to one cue
        if taken & set(range(start, end)) or any(s <= start and end <= e and end - start < e - s
                                                 for s, e in shadows):
            continue
        kind, name = label.split(":", 1)
        sub = taxonomy.sub_event(name)
        if kind == "weak" and not ctx_kinds & set(sub.needs) and not _mass(doc, end, sub.mass):
            if view.sentence is None and view.hedge(start, sub.event_type) is None:
                orphans.append(Hit(name, start, end, False, _target(contexts, start, end, doc),
                                   _agent(contexts, start, end, doc)))
            shadows.append((start, end))  # "tear gas shells" keeps its "shells" even when it is not an event
            continue
        hedged = view.hedge(start, sub.event_type)
        if hedged is not None:
            if hedged.kind in _REMEMBERING:
                remembered.append(hedged.start)
            continue
        if view.sentence is not None and (sub.event_type not in view.sentence.spares
                                          or dates_act(doc, view.sentence, start, end, cues=taxonomy.background)):
            continue
        taken |= set(range(start, end))
        hits.append(Hit(name, start, end, kind == "sub", _target(contexts, start, end, doc),
                        _agent(contexts, start, end, doc)))
    hits = _drop_protest_topics(sorted(hits, key=lambda h: h.start), view, taxonomy, doc)
    # a remembered incident runs from its phrase to the next act the sentence reports in its own cue
    # (or its end); the weak words inside ("where eight attackers were killed") are the remembered
    # incident's, as are its figures (assemble)
    asides = tuple((r, min((h.start for h in hits if h.start > r and h.strong), default=sent.end))
                   for r in remembered)
    hits = [h for h in hits if not any(a <= h.start < b for a, b in asides)]
    hits = _drop_reasons(hits, view, taxonomy, doc, orphans,
                         sorted(s for k, s, _ in contexts if k in _TOLL_CONTEXTS))
    # where the fighting an agreement ended may be told, and the words of a toll (_ended_fighting)
    # "..., while three others died in Kalat", "... and two others lost their lives in Sadda": where a
    # second clause, with its own place and toll, may start (_places_apart)
    links = sorted({s for k, s, _ in contexts if k == "ctx:clause_link"}
                   | {s for k, s, _ in contexts if k == "ctx:figure_link" and s + 1 < sent.end and doc[s + 1].like_num})
    ended = (sorted(s for k, s, _ in contexts if k == "ctx:ended_fighting"),
             sorted(s for k, s, _ in contexts if k in _TOLL_CONTEXTS), links)
    return hits, ctx_kinds, orphans, asides, ended


def _parts(sent: Span, hits: list[Hit], asides: Asides, markers: _FightEnd, taxonomy: Taxonomy,
           headline: bool) -> list[tuple[list[Hit], Asides, bool, Asides]]:
    """The sentence's hits as one incident's, or, where it tells fighting and the agreement that ended
    it (_ended_fighting), as two: each with the other's words as an aside (their day, place and
    figures are not its own), and True to say they were split. Two acts in two places, each with its
    own toll (_places_apart), are two incidents too; the other's clause is then no aside but another
    place's (the last item): its place and figures are not this one's, while the day it gives is
    ("Four were killed in Mastung on Sunday, while three died in Kalat")."""
    at = _ended_fighting(hits, markers, taxonomy, headline)
    if at is not None:
        return [([h for h in hits if h.start < at], asides + ((at, sent.end),), True, ()),
                ([h for h in hits if h.start > at], asides + ((sent.start, at),), True, ())]
    at = _places_apart(sent, hits, asides, markers)
    if at is not None:
        return [([h for h in hits if h.start < at], asides, True, ((at, sent.end),)),
                ([h for h in hits if h.start > at], asides, True, ((sent.start, at),))]
    return [(hits, asides, False, ())]


# sub-event types that end fighting told in the same sentence ("a ceasefire after three days of clashes")
# (and the measures taken after it: "imposed a curfew after clashes that left seven dead" is the curfew and the clash)
_ENDING_FIGHT = frozenset({"Agreement", "Change to group/activity"})
_TOLL_CONTEXTS = frozenset({"ctx:lethal", "ctx:harm"})  # "left six people dead and 11 wounded"
# token offsets of ended_fighting words, of toll words and of the links that may open a second clause
_FightEnd = tuple[list[int], list[int], list[int]]


def _places_apart(sent: Span, hits: list[Hit], asides: Asides, markers: _FightEnd) -> int | None:
    """"Four people were killed in a blast in Mastung, while three others died when gunmen fired on a van
    in Kalat": the token where a second clause starts that tells an act of its own, in a place of its
    own, with a toll of its own. ACLED codes one event per place, each with its own dead; read as one,
    the second town's dead would be folded into the first's."""
    _, tolls, links = markers
    for at in links:
        if any(a <= at < b for a, b in asides):
            continue
        if not any(h.start < at for h in hits) or not any(h.start > at for h in hits):
            continue
        if not any(t < at for t in tolls) or not any(t > at for t in tolls):
            continue
        left = _places(sent, asides + ((at, sent.end),))
        right = _places(sent, asides + ((sent.start, at),))
        if left and right and not left & right:
            return at
    return None


def _ended_fighting(hits: list[Hit], markers: _FightEnd, taxonomy: Taxonomy, headline: bool) -> int | None:
    """"A jirga brokered a ceasefire on Wednesday after three days of clashes that left 14 dead": the
    token where the fighting an agreement ended is told, when the sentence tells both. ACLED codes
    two events: the fighting, with its toll and its own days, and the agreement. Only fighting told
    with its toll ("left 14 dead": a weak cue of its own) or in a headline over the story is split
    off; "agreed a ceasefire after a week of fighting" names no more than the agreement's setting."""
    deal = [h.end for h in hits if h.strong and h.sub_event_type in _ENDING_FIGHT]
    if not deal:
        return None
    ended, tolls, _ = markers
    at = next((m for m in ended if m >= min(deal)), None)
    if at is None or any(h.start > at for h in hits if h.sub_event_type in _ENDING_FIGHT):
        return None
    fight = [h for h in hits if h.start > at and taxonomy.sub_event(h.sub_event_type).family == "violence"]
    if not any(h.strong for h in fight) or not (headline or any(t > at for t in tolls)):
        return None
    return at


_MASS_REACH = 4  # tokens after a cue in which its figure may start ("arrested more than 200")
# words that may stand between the cue and the figure it counts ("detained up to 300", "held some 60"); any
# other word ("intercepted for smuggling 50 kg") ends the search
_BEFORE_FIGURE = frozenset({"over", "more", "than", "up", "to", "at", "least", "about", "around", "nearly", "almost",
                            "some", "approximately", "roughly", "as", "many", "well", "the"})


def _mass(doc: Doc, end: int, least: int | None) -> bool:
    """A figure of at least `least` right after the cue or after words that qualify it: "detained up to
    300 people"."""
    if least is None:
        return False
    words = [t.lower_ for t in doc[end:min(end + _MASS_REACH, len(doc))]]
    for i, word in enumerate(words):
        value = plain_number(words, i)
        if value is not None:
            return value >= least
        if word not in _BEFORE_FIGURE:
            return False
    return False


# Context kinds that name what a side is: a party, a state's or a rebel's force, civilians or a faith. Sides
# named by none of them are communities ("a clash between the Kamba and Orma"), as ACLED's communal militias.
_KNOWN_SIDES = frozenset({"ctx:political", "ctx:state_force", "ctx:non_state", "ctx:civilian_target", "ctx:crowd",
                          "ctx:gathering", "ctx:armed_actor"})
_SIDE_LINKS = frozenset({"and", "&"})


def _named_sides(sent: Span, contexts: list[tuple[str, int, int]]) -> bool:
    """"clashes over land between Ketu and Madoba": two sides named by their own proper names after
    "between", no party, force, faith or body of people among the sentence's words, and no date ("between
    Monday and Friday"), in a sentence that tells deaths. ACLED names such sides communal militias (inter
    4): their fight is a battle, not a riot, even with no weapon told."""
    kinds = {k for k, _, _ in contexts}
    if "ctx:lethal" not in kinds or kinds & {"ctx:political"}:
        return False
    doc = sent.doc
    known = [(s, e) for k, s, e in contexts if k in _KNOWN_SIDES]
    for t in sent:
        if t.lower_ != "between":
            continue
        i = t.i + 1 + (t.i + 1 < sent.end and doc[t.i + 1].lower_ == "the")
        first = _proper_run(doc, i, sent.end)
        if not first or first[1] >= sent.end or doc[first[1]].lower_ not in _SIDE_LINKS:
            continue
        j = first[1] + 1 + (first[1] + 1 < sent.end and doc[first[1] + 1].lower_ == "the")
        second = _proper_run(doc, j, sent.end)
        sides = [first, second] if second else []
        if sides and not any(s < e2 and s2 < e for s, e in sides for s2, e2 in known):
            return True
    return False


def _proper_run(doc: Doc, i: int, end: int) -> tuple[int, int] | None:
    """Tokens [i, j) of one or two capitalised words that are no date word: a proper name."""
    j = i
    while j < end and j - i < 2 and doc[j].is_alpha and doc[j].text[:1].isupper() and not doc[j].is_upper \
            and doc[j].lower_ not in _date_words():
        j += 1
    return (i, j) if j > i else None


@lru_cache(maxsize=1)
def _date_words() -> frozenset[str]:
    return weekday_names() | month_names()


_REMEMBERING = frozenset({"remembered", "preceded", "close_to"})  # hedge kinds that tell an earlier incident, with its own day and place


_TOPIC_VERBS = frozenset({"protest", "protests", "protested", "protesting"})
_OBJECT_GAP = 2  # words a protest verb's object may open with before its act ("protesting the brutal assault")
_OBJECT_BREAKS = _NOT_MODIFIERS | {"when", "while", "but", "until", "then"}


def _verb_object(doc: Doc, verb_end: int, start: int) -> bool:
    """The cue at `start` opens the object of the protest verb ending at `verb_end`: at most two words
    between, none of them a preposition, a conjunction or a punctuation mark ("protesting an assault",
    not "protesting when police beat them")."""
    between = doc[verb_end:start]
    return 0 <= start - verb_end <= _OBJECT_GAP and all(t.is_alpha and t.lower_ not in _OBJECT_BREAKS for t in between)


def _drop_protest_topics(hits: list[Hit], view: SentenceView, taxonomy: Taxonomy, doc: Doc) -> list[Hit]:
    """"Students protested against the killing": the killing is what the protest is about; so it is
    for a violent demonstration ("residents burnt tyres in response to the killing"). Riot words
    are the topic only inside a clause ("demanding punishment of those who vandalised the temple")."""
    protests = [h for h in hits if taxonomy.sub_event(h.sub_event_type).event_type == "Protests"
                or h.sub_event_type == "Violent demonstration"]
    if not protests:
        return hits
    # the protest word that opens the sentence is the topic marker itself ("Protesting the killing, the
    # party called a hartal"); elsewhere what follows it may be force at the protest ("were protesting
    # when police beat them")
    lead = protests[0]
    first = lead.start if doc[lead.start].is_sent_start else lead.end
    # "protesting an assault on two students", "protested assaulting of teachers": the protest verb's object
    objects = [h.end for h in protests if h.end - h.start == 1 and doc[h.start].lower_ in _TOPIC_VERBS]

    def kept(h: Hit) -> bool:
        sub = taxonomy.sub_event(h.sub_event_type)
        if sub.family != "demonstration" and any(_verb_object(doc, end, h.start) for end in objects):
            return False
        if h.start < first or sub.event_type == "Protests" or not view.topic_between(first, h.start):
            return True
        topic = min(t for t in view.topics if first <= t < h.start)
        return sub.family == "demonstration" and not view.clause_between(topic, h.start)

    return [h for h in hits if kept(h)]


_REASONED = ("Arrests", "Change to group/activity")  # actions whose reason a sentence often names after them


def _drop_reasons(hits: list[Hit], view: SentenceView, taxonomy: Taxonomy, doc: Doc,
                  orphans: Sequence[Hit] = (), tolls: Sequence[int] = ()) -> list[Hit]:
    """"Police arrested 40 activists following a clash" / "on charges of attacking police": the violence
    is why they were arrested (an earlier event), not what this sentence reports; so it is when the
    arrest alone is no event ("Police arrested four people in connection with the clash"). Fighting a
    measure answers, told with its own toll ("imposed a curfew after clashes that left seven dead"), is
    an event of its own (_ended_fighting splits it off)."""
    lead = min((h for h in [*hits, *orphans] if h.sub_event_type in _REASONED), key=lambda h: h.start, default=None)
    if lead is None:
        return hits

    def told_with_toll(h: Hit) -> bool:
        return lead.sub_event_type in _ENDING_FIGHT and h.strong and any(t >= h.end for t in tolls) \
            and taxonomy.sub_event(h.sub_event_type).family == "violence"

    return [h for h in hits if h.start < lead.end or taxonomy.sub_event(h.sub_event_type).family == "strategic"
            or told_with_toll(h)
            or not (view.topic_between(lead.end, h.start) or _who_led(h, lead, view, taxonomy, doc))]


# words that point a protest noun back at one already told ("the protest", "Sunday's rally")
_BACK = frozenset({"the", "that", "this", "their", "its", "'s", "’s"})


def _who_led(h: Hit, lead: Hit, view: SentenceView, taxonomy: Taxonomy, doc: Doc) -> bool:
    """"Police arrested 14 traders who had led the protest": the protest already told says who was
    held; it is no protest of this sentence (ACLED codes the later arrests as their own event)."""
    return lead.sub_event_type == "Arrests" and taxonomy.sub_event(h.sub_event_type).family == "demonstration" \
        and any(lead.end <= r < h.start for r in view.relatives) and h.start > 0 and doc[h.start - 1].lower_ in _BACK


@lru_cache(maxsize=4096)
def _is_country(name: str) -> bool:
    try:
        pycountry.countries.lookup(name)
    except LookupError:
        return False
    return True


def _place_key(name: str) -> str:
    """"Kharan district", "Kharan city" and "Kharan's" name one place for telling incidents apart
    (the unit words are context.yaml's place_key_units)."""
    words = name.lower().removesuffix("’s").removesuffix("'s").split()
    units = default_context().place_key_units
    while len(words) > 1 and words[-1] in units:
        words.pop()
    return " ".join(words)


def _places(sent: Span, asides: Asides = ()) -> set[str]:
    """Places that can tell incidents apart; a country contains its provinces, so it tells nothing,
    a route's end ("passengers waiting for the train to Peshawar", "labourers from Multan") is
    not where anything happened, and neither is the place in an official's title ("the Bastar
    Inspector General")."""
    names = (_place_key(e.text) for e in sent.ents if e.label_ in _PLACE_LABELS
             and not (e.start > 0 and e.doc[e.start - 1].lower_ in _ROUTE_ENDS) and not _in_title(e)
             and not _dateline(e, sent) and not _origin(text_of(e.doc), e.start_char)
             and not _in_a_name(e) and not any(a <= e.start < b for a, b in asides))
    return {n for n in names if not _is_country(n)}


def _origin(text: str, start: int) -> bool:
    """Where people are from, the first of a list of such places or a later one ("students from Turbat
    and Panjgur")."""
    return words_before(text, start, _origin_words()) or origin_listed(text, start, _origin_words())


def _in_a_name(ent: Span) -> bool:
    """"the Srinagar-based Chinar Corps", "the Jammu and Kashmir Police": a place inside the name or the
    seat of a body that speaks about the incident, not where the incident was."""
    doc = ent.doc
    after = [t.lower_ for t in doc[ent.end:ent.end + 2]]
    if after[:2] == ["-", "based"] or after[:1] == ["-based"]:
        return True
    forces = default_context().force_name_words  # "the Jammu and Kashmir Police"
    return ent.start > 0 and doc[ent.start - 1].lower_ == "the" and after[:1] != [] and after[0] in forces


def _dateline(ent: Span, sent: Span) -> bool:
    """"QUETTA: Two FC personnel were killed in Turbat": where the report was filed, not where the
    incident was; it would join every later incident in the filing city to this one."""
    return ent.start == sent.start and ent.end < len(ent.doc) and ent.doc[ent.end].text in (":", "—", "–")


@lru_cache(maxsize=1)
def _origin_words() -> tuple[str, ...]:
    return tuple(default_context().origin_words)  # read once: parsing the file per sentence cost 4x the run time


@lru_cache(maxsize=1)
def _speakers() -> frozenset[str]:
    """"a security official in Quetta said": the place of the one who speaks, not of the incident."""
    return frozenset(default_context().speaker_words)


@lru_cache(maxsize=1)
def _locality_units() -> frozenset[str]:
    return frozenset(default_context().locality_units)


@lru_cache(maxsize=1)
def _titles() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(t.lower().split()) for t in default_context().title_words)


def _in_title(ent: Span) -> bool:
    """"Bastar Inspector General", "Kech's deputy commissioner", "District Police Officer Bannu",
    "a security official in Quetta"."""
    doc = ent.doc
    if ent.start >= 2 and doc[ent.start - 1].lower_ in ("in", "from") and doc[ent.start - 2].lower_ in _speakers():
        return True
    after = ent.end + (1 if ent.end < len(doc) and doc[ent.end].lower_ in ("'s", "’s") else 0)
    for title in _titles():
        n = len(title)
        if tuple(t.lower_ for t in doc[after:after + n]) == title:
            return True
        if ent.start >= n and tuple(t.lower_ for t in doc[ent.start - n:ent.start]) == title \
                and len(title) > 1:  # a one-word title before a name is too often a verb or word ("range")
            return True
    return False


_ROUTE_ENDS = frozenset({"to", "from", "towards", "toward", "bound"})

def _localities(sent: Span) -> set[str]:
    """"near the Tajori area", "the house in the Mosaki village": a locality inside whatever district the
    report already named, written as "the X area" or "near X"; it is the detail of the incident just told, not a
    second incident's place (gazetteers rarely hold such places, so their district is not known here)."""
    units = _locality_units()
    out = set()
    for e in sent.ents:
        if e.label_ in _PLACE_LABELS and e.start > 0 and e.doc[e.start - 1].lower_ == "near":
            out.add(_place_key(e.text))  # "the van was on patrol near Shalobar when the bomb went off"
            continue
        if e.label_ in _PLACE_LABELS and e.start > 2 and e.doc[e.start - 1].lower_ == "of" \
                and e.doc[e.start - 2].lower_ in units and e.doc[e.start - 3].lower_ == "the":
            out.add(_place_key(e.text))  # "near the village of Boshehra"
            continue
        if e.label_ not in _PLACE_LABELS or e.start == 0 or e.doc[e.start - 1].lower_ != "the":
            continue
        last = e[-1].lower_ if e[-1].lower_ in units else \
            (e.doc[e.end].lower_ if e.end < len(e.doc) else "")
        if last in units:
            out.add(_place_key(e.text))
    return out


def _family(hits: list[Hit], taxonomy: Taxonomy) -> str:
    best = min(hits, key=lambda h: (not h.strong, taxonomy.rank(h.sub_event_type)))
    return taxonomy.sub_event(best.sub_event_type).family


Within = Callable[[str, str], bool]  # (place, region): the place lies inside the region


def _joins(inc: _Incident, family: str, places: set[str], gap: int, localities: set[str] = frozenset(),
           within: Within | None = None, days: set[str] = frozenset(),
           acts: frozenset[str] = frozenset()) -> bool:
    # the next sentence of the same kind that names only a locality ("the Tajori area") tells the
    # incident's detail, and so does one that names only places inside the incident's region
    # ("killed in a raid in Nangarhar province" / "in a hideout on the outskirts of Jalalabad"), or
    # the region its place lies in
    compatible = not places or not inc.places or bool(places & inc.places) \
        or (gap == 0 and family == inc.family and places <= localities) \
        or (gap == 0 and family == inc.family and within is not None
            and all(p in localities or any(within(p, r) or within(r, p) for r in inc.places) for p in places))
    if not compatible:
        return False
    if family != inc.family and inc.family == "demonstration" and days and inc.days and not days & inc.days:
        # "Lawyers boycotted courts on Thursday ... The advocate was shot dead on Wednesday": the
        # killing a protest is about, told on another day, is an incident of its own
        return False
    # Adjacent sentences tell one incident whatever their cues; farther apart, only the same family,
    # or the same act told again after an aside ("houses were vandalised during a clash ... There was a
    # long rivalry. Both groups attacked each other with lethal weapons"), whatever else it mixed in.
    return family == inc.family or (gap <= 1 and "strategic" in (family, inc.family)) or gap == 0 \
        or (gap <= 1 and bool(acts & {h.sub_event_type for h in inc.hits if h.strong}))


_TOLD_AGAIN = frozenset({"their", "whose"})


def _told_again(sent: Span, hits: list[Hit]) -> bool:
    """Only weak cues, one of them about people the text told before ("their bodies were found")."""
    doc = sent.doc
    return bool(hits) and not any(h.strong for h in hits) \
        and any(h.start > sent.start and doc[h.start - 1].lower_ in _TOLD_AGAIN for h in hits)


def _days(sent: Span, asides: Asides = ()) -> set[str]:
    """The weekdays a sentence names, outside what it remembers."""
    names = weekday_names()
    return {t.lower_ for t in sent if t.lower_ in names and not any(a <= t.i < b for a, b in asides)}


_DETAIL_REACH = 5  # sentences after an incident in which weak words of a finding still tell its detail


@dataclass
class _Story:
    """What `_group` has read so far: the incidents, and the last sentence with weak cues only, which
    may open the incident the next sentence tells (its index, the sentence, its cues' families)."""

    incidents: list[_Incident] = field(default_factory=list)
    lead: tuple[int, Span, set[str]] | None = None

    @property
    def last(self) -> _Incident | None:
        return self.incidents[-1] if self.incidents else None


@dataclass(frozen=True)
class _Finding:
    """One sentence's hits about one incident, and what the sentence says around them."""

    index: int  # of the sentence in the text
    sent: Span
    hits: list[Hit]
    asides: Asides
    split: bool  # one of two incidents told in the sentence (_parts)
    contexts: set[str]
    family: str
    places: set[str]
    localities: set[str]
    days: set[str]
    fresh: bool  # opens an incident of its own, whatever was told before
    other_place: Asides = ()  # the clause of the sentence that tells another place's act (_parts)

    @property
    def acts(self) -> frozenset[str]:
        return frozenset(h.sub_event_type for h in self.hits if h.strong)


def _char_spans(doc: Doc, asides: Asides) -> list[tuple[int, int]]:
    return [(doc[a].idx, doc[b - 1].idx + len(doc[b - 1])) for a, b in asides]


def _sums_up_places(sent: Span) -> bool:
    """"BLA claims Turbat attack; BLF says it hit FC in Panjgur": a headline over several incidents sums
    up the body, which tells each; naming all their places, it would join them."""
    return len(_places(sent)) > 1


def _sums_up_clauses(sent: Span, hits: list[Hit], taxonomy: Taxonomy) -> bool:
    """"Party factions clash in Feni, one killed; hartal called": a headline of two clauses sums up two
    incidents the body tells; read as one, the clash would take in the strike."""
    return ";" in sent.text and len({_family([h], taxonomy) for h in hits}) > 1


def _follow_on(story: _Story, index: int, sent: Span, contexts: set[str], orphans: list[Hit], asides: Asides,
               taxonomy: Taxonomy) -> None:
    """A sentence without hits of its own may go on with the last incident or open the next one."""
    last = story.last
    gap = index - last.told_at if last is not None else 0
    own = [o for o in orphans if last is not None and taxonomy.sub_event(o.sub_event_type).family == last.family]
    # A weak cue just after an incident (one aside allowed: "The car belonged to the chief.")
    # continues it: its figures belong to that incident. Right after a demonstration, a weak
    # cue acts in its setting ("Police used tear gas to disperse them"); after violence, the
    # weak cues ("killed", "injured") tell the toll, not another type.
    if last is not None and own and gap <= 2:
        last.sentences.append(sent)
        last.asides += _char_spans(sent.doc, asides)
        last.told_at = index
        last.hits.extend(o for o in own if gap == 1 and last.family in _FOLLOW_ON_FAMILIES
                         and set(taxonomy.sub_event(o.sub_event_type).needs) & last.contexts)
    elif orphans:
        story.lead = (index, sent, {taxonomy.sub_event(o.sub_event_type).family for o in orphans})
    # A sentence right after an incident that reports no event of its own describes it
    # ("Both groups were armed with guns."): what it says about arms is the incident's.
    if last is not None and index - last.told_at <= 1:
        last.contexts |= contexts & _DESCRIBING


def _finding(index: int, sent: Span, hits: list[Hit], asides: Asides, split: bool, contexts: set[str],
             story: _Story, taxonomy: Taxonomy, other_place: Asides = ()) -> _Finding:
    family = _family(hits, taxonomy)
    # "Soldiers opened fire on people ... People staged a demonstration following the event": the
    # demonstration answering the violence just told is another incident, not force used on it
    fresh = opens_new_incident(sent, taxonomy.background) or (
        family == "demonstration" and story.last is not None and story.last.family == "violence"
        and answers_violence(sent, taxonomy.background))
    return _Finding(index, sent, hits, asides, split, contexts, family, _places(sent, asides + other_place),
                    _localities(sent), _days(sent, asides), fresh, other_place)


def _joined(story: _Story, f: _Finding, within: Within | None) -> _Incident | None:
    """The incident told before that this finding tells more of, if any."""
    if f.fresh:
        return None
    joining = [inc for inc in reversed(story.incidents)
               if _joins(inc, f.family, f.places, f.index - inc.told_at - 1, f.localities, within, f.days, f.acts)]
    if f.split or any(inc.split for inc in joining):
        # the fighting and the agreement that ended it go on with their own kind ("The fighting
        # broke out on Wednesday" after "a truce after four days of fighting")
        joining = [inc for inc in joining if inc.family == f.family] or ([] if f.split else joining)
    target = next(iter(joining), None)
    if target is not None and f.family == "demonstration" != target.family and target.days:
        # "... their bodies were found on Saturday. Hundreds joined the protest": protest words go on with
        # the protest rather than with the killing it is about, told in between as another day's incident
        target = next((inc for inc in joining if inc.family == "demonstration" and inc.days
                       and not inc.days & target.days), target)
    return target


def _tells_people_again(story: _Story, f: _Finding) -> bool:
    """"... abducted three employees. On Wednesday, their bodies were found near the border": people
    already told, found somewhere else, are the last incident's, wherever they were found; its weak
    words and settings tell no new act ("found" by the border is no battle)."""
    return not f.fresh and story.last is not None and _told_again(f.sent, f.hits) \
        and f.index - story.last.told_at <= 2


def _found_after_raid(story: _Story, f: _Finding) -> bool:
    """"Explosives and two suicide vests were found in the house" a few sentences (a quote) after the
    raid: weapons found, told only by weak words and no place of their own, are the raid's; not what is
    told on another day ("On Monday, police arrested 14 of the protest's leaders")."""
    last = story.last
    return not f.fresh and not f.places and last is not None and f.family == "strategic" \
        and not any(h.strong for h in f.hits) and f.index - last.told_at <= _DETAIL_REACH \
        and not (f.days and last.days and not f.days & last.days)


def _opened(story: _Story, f: _Finding) -> _Incident:
    """A new incident for the finding, with the sentence before as its lead where that one's weak cue
    lacked the context this one gives ("A policeman was killed in his home. Militants stormed it and
    shot him.")."""
    inc = _Incident(f.family, aside=f.fresh and bool(story.incidents))
    story.incidents.append(inc)
    lead = story.lead
    if lead is not None and lead[0] == f.index - 1 and f.family in lead[2] and not f.fresh:
        inc.sentences.append(lead[1])
    return inc


def _place(story: _Story, f: _Finding, within: Within | None) -> None:
    """Add the finding to the incident it tells: one told before, or a new one."""
    target = _joined(story, f, within)
    if target is None and _tells_people_again(story, f):
        assert story.last is not None
        story.last.sentences.append(f.sent)
        story.last.told_at = f.index
        return
    if target is None and _found_after_raid(story, f):
        target = story.last
    if target is None:
        target = _opened(story, f)
    target.sentences.append(f.sent)
    target.split |= f.split
    target.hits.extend(f.hits)
    target.places |= f.places
    target.contexts |= f.contexts
    target.days |= f.days
    target.asides += _char_spans(f.sent.doc, f.asides)
    target.other_place += _char_spans(f.sent.doc, f.other_place)
    target.told_at = f.index


def _group(doc: Doc, taxonomy: Taxonomy, published: date | None, within: Within | None = None) -> list[_Incident]:
    """The incidents the text tells, each with the sentences, hits and settings that tell it."""
    story = _Story()
    ref_year = reference_year(doc, published, taxonomy.background)
    headline = headline_end(doc)
    for index, sent in enumerate(sentences(doc)):
        in_headline = index == 0 and bool(headline)
        if in_headline and _sums_up_places(sent):
            continue
        hits, contexts, orphans, asides, markers = _sentence_hits(sent, taxonomy, ref_year)
        if in_headline and _sums_up_clauses(sent, hits, taxonomy):
            continue
        if not hits:
            _follow_on(story, index, sent, contexts, orphans, asides, taxonomy)
            continue
        # "brokered a ceasefire after three days of clashes that left 14 dead": two incidents in one sentence
        for part, part_asides, split, other in _parts(sent, hits, asides, markers, taxonomy, in_headline):
            _place(story, _finding(index, sent, part, part_asides, split, contexts, story, taxonomy, other), within)
    return story.incidents


def _has(context: str, inc: _Incident, rule_subs: frozenset[str]) -> bool:
    """Target contexts ask whom the rule's cues act on; other contexts ask whether the words occur."""
    if context.endswith("_agent"):
        return context.removesuffix("_agent") in {h.agent for h in inc.hits if h.sub_event_type in rule_subs}
    if context.endswith("_target"):
        return context.removesuffix("_target") in {h.target for h in inc.hits if h.sub_event_type in rule_subs}
    return context in inc.contexts


def _apply_rules(present: set[str], inc: _Incident, taxonomy: Taxonomy) -> set[str]:
    for rule in taxonomy.rules:
        if not rule.present <= present or (rule.any_of and not rule.any_of & present) or rule.none_of & present:
            continue
        if not all(_has(c, inc, rule.present | rule.any_of) for c in rule.with_context):
            continue
        if any(_has(c, inc, rule.present | rule.any_of) for c in rule.without_context):
            continue
        present = (present - rule.present - rule.any_of) | {rule.becomes}
    return present


_HEADLINE_WORDS = 25
_FINAL_MARKS = (".", "!", "?", "\"", "”", "'", "’", ":")


def headline_end(doc: Doc) -> int:
    """End offset of the headline, 0 when there is none: a first line of at most 25 words, without
    a full stop, followed by a blank line and more text."""
    first = next(iter(sentences(doc)), None)
    if first is None or first.end >= len(doc):
        return 0
    text = first.text  # built from every token of the span on each access
    line, rest = text.rstrip(), text[len(text.rstrip()):]
    if rest.count("\n") < 2 or line.endswith(_FINAL_MARKS) or len(line.split()) > _HEADLINE_WORDS:
        return 0
    return first.start_char + len(line)


# Remote violence told only by words that often mean something else ("empty shells of a pistol",
# "the explosion of anger") does not outrank an act the report names outright.
_WEAK_YIELDS = frozenset({"Explosions/Remote violence"})


def _strong_over_weak(present: set[str], inc: _Incident, taxonomy: Taxonomy) -> set[str]:
    """"Two men shot him dead ... Empty shells were found": a remote-violence type with weak cues only
    gives way when another type present has a strong cue of its own."""
    strong = {h.sub_event_type for h in inc.hits if h.strong}
    if any(taxonomy.sub_event(t).event_type in _WEAK_YIELDS for t in strong):
        return present  # "a chlorine bomb": weak words refine a strong cue of their own event type
    weak_only = {t for t in present - strong if taxonomy.sub_event(t).event_type in _WEAK_YIELDS
                 and any(h.sub_event_type == t for h in inc.hits)}
    return present - weak_only if weak_only and (present - weak_only) & strong else present


_UNARMED_SETTINGS = frozenset({"off_duty", "beating"})
_MEASURES = "Change to group/activity"  # the sub-event type of a state's measures (context state_measure)  # context kinds that tell the victims were unarmed


def _candidate(inc: _Incident, taxonomy: Taxonomy) -> tuple[EventCandidate, float]:
    present = _strong_over_weak(_apply_rules({h.sub_event_type for h in inc.hits}, inc, taxonomy), inc, taxonomy)
    chosen = min(present, key=taxonomy.rank)
    sub = taxonomy.sub_event(chosen)
    doc = inc.sentences[0].doc
    own = [h for h in inc.hits if h.sub_event_type == chosen]
    # a type only weak cues support ("injured in firing by border guards") is inferred as much as a
    # type a rule derived: who the victims are may still overrule it
    derived = not any(h.strong for h in own)
    own = own or inc.hits
    trigger_hit = next((h for h in own if h.strong), own[0])  # an explicit cue over "killed", "injured"
    trigger = (doc[trigger_hit.start].idx, doc[trigger_hit.end - 1].idx + len(doc[trigger_hit.end - 1]))
    strong = sum(h.strong for h in inc.hits)
    score = strong + 0.5 * (len(inc.hits) - strong)
    confidence = round(min(0.95, 0.35 + 0.15 * strong + 0.05 * (len(inc.hits) - strong)), 2)
    civilian = sub.event_type == "Violence against civilians" or (
        sub.event_type == "Explosions/Remote violence"
        and "civilian" in {h.target for h in inc.hits} and "armed" not in {h.target for h in inc.hits})
    spans = tuple((s.start_char, s.end_char) for s in inc.sentences)
    first = min((h for h in inc.hits if h.strong), key=lambda h: h.start, default=trigger_hit)
    first_cue = (doc[first.start].idx, doc[first.end - 1].idx + len(doc[first.end - 1]))
    return EventCandidate(sub.event_type, chosen, sub.disorder_type, trigger, spans, confidence, civilian,
                          derived, first_cue if first_cue != trigger else None, tuple(inc.asides),
                          bool(inc.contexts & _UNARMED_SETTINGS), tuple(inc.other_place),
                          chosen == _MEASURES and "state_measure" in inc.contexts), score


_NOTE_TAG = re.compile(r"\s*([A-Za-z][A-Za-z /-]{1,40}):\s")


def _note_tag(doc: Doc, taxonomy: Taxonomy) -> tuple[str, tuple[int, int]] | None:
    """A coder's label opening the text ("Arrests: On 2 May, police ...") as a sub-event type, and
    the label's character span."""
    hit = _NOTE_TAG.match(text_of(doc)[:64])
    name = taxonomy.note_tags.get(hit.group(1).casefold()) if hit else None
    return (name, hit.span(1)) if name and hit else None


def _tagged(candidates: list[EventCandidate], tag: tuple[str, tuple[int, int]], doc: Doc,
            taxonomy: Taxonomy) -> list[EventCandidate]:
    """The label decides the type of the incident its note opens with (the label's own sentence or the
    next), which leads; with no cue there, the label's sentence is the event and the label its trigger."""
    name, span = tag
    sub = taxonomy.sub_event(name)
    opening = {s.start_char for s in sentences(doc)[:2]}
    own = next((c for c in candidates if any(start in opening for start, _ in c.sentence_spans)), None)
    first = sentences(doc)[0]
    spans = own.sentence_spans if own else ((first.start_char, first.end_char),)
    labelled = EventCandidate(sub.event_type, sub.name, sub.disorder_type, span, spans,
                              own.confidence if own else 0.5, civilian_targeting=False)
    return [labelled, *(c for c in candidates if c is not own)]


def detect_events(doc: Doc, *, taxonomy: Taxonomy, published: date | None = None,
                  within: Within | None = None) -> list[EventCandidate]:
    """Incidents the text reports as happening, most salient first; [] when there are none.
    `published` dates the text, so that sentences about years long past read as history; `within`
    tells whether a place lies inside a region (a gazetteer's answer), so that the district told
    after the province is the same incident."""
    if taxonomy.background is None:
        raise ValueError("taxonomy has no background cues: load it with Taxonomy.load()")
    if is_opinion(doc, taxonomy.background):
        return []
    incidents = _group(doc, taxonomy, published, within)
    scored = [_candidate(inc, taxonomy) for inc in incidents]
    # A side story the report itself sets apart ("In a separate incident, forces clashed ...") ranks
    # after the incidents it reports as its news, whatever its cues ("Blast at Kabul mosque kills seven").
    order = sorted(range(len(scored)), key=lambda i: (incidents[i].aside, -scored[i][1], i))
    candidates = [scored[i][0] for i in order]
    tag = _note_tag(doc, taxonomy)
    return _tagged(candidates, tag, doc, taxonomy) if tag else candidates
