"""Who an event falls on, named as ACLED names them (actor2 and its associated actor).

The actor finder reads the sides the text names; these rules then apply ACLED's conventions for the
side acted upon: civilians take their own country, a party's members attacked or arrested are civilians
with their party as associated actor, a community's members attacked are civilians, and a sub-event
type's usual target stands in where the text names none. A rebel killed by his own group's men fell in a
fight within it, and a party man killed by his own party's men was attacked by his party: one word list
(the taxonomy's `intra_group`) tells both.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from sitrep.extract.actors import ActorRoles, fill_name
from sitrep.extract.events import EventCandidate
from sitrep.geo.country import people_origin, qualifier_origin
from sitrep.nlp.sentences import text_of
from sitrep.model import Actor, Claim

if TYPE_CHECKING:
    from sitrep.resources import Resources


def name_targets(doc: Doc, cand: EventCandidate, roles: ActorRoles, claims: Sequence[Claim], country: str | None,
                 res: Resources) -> ActorRoles:
    """The event's roles with ACLED's conventions for its target applied, in order. The sub-event
    type's default target comes first, once the claims have named who attacked: foreign civilians
    are read on it too ("opened fire on a van carrying Chinese nationals")."""
    roles = _default_target(cand, _no_forces_attacked(cand, roles, country, res), claims, country, res)
    roles = foreign_civilians(doc, cand, roles, country, res)
    roles = _members_as_civilians(doc, cand, roles, country, res)
    return identity_associates(doc, cand, _people_as_civilians(cand, roles, country, res), res)


def foreign_civilians(doc: Doc, cand: EventCandidate, roles: ActorRoles, country: str | None,
                      res: Resources) -> ActorRoles:
    """ACLED names civilians after their own country: Chinese engineers attacked in Pakistan are
    "Civilians (China)", Afghan refugees in Pakistan "Civilians (Afghanistan)". The demonym qualifies
    the civilians' mention ("two Chinese engineers") or, for civilians the text implies, a plural noun
    after the trigger in its sentence ("opened fire on a van carrying Chinese nationals")."""
    trig = doc.char_span(*cand.trigger, alignment_mode="expand")
    for field in ("actor1", "actor2"):
        actor = getattr(roles, field)
        if actor is None or actor.inter != 7 or not actor.name.startswith("Civilians"):
            continue
        span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
        if span is None:
            continue
        if actor.label:
            origin = qualifier_origin(doc, span.start, res.gazetteer)
        else:  # civilians the text implies: a demonym on their own mention in the act's sentence says whose
            origin = (_victim_origin(_before_served(trig.sent, res), roles.actor1, res)
                      or _civilians_origin(_before_served(doc[trig.end:trig.sent.end], res), res)
                      or _nationals_origin(trig.sent, roles.actor1, res)) if trig is not None else None
        if origin is not None and origin != country:
            roles = replace(roles, **{field: replace(actor, name=f"Civilians ({origin})")})
    return roles


_VICTIM_WORDS = frozenset({"ctx:civilian_target", "ctx:countrymen"})
_QUALIFIER_WORDS = 4  # a demonym and the modifiers between it and its noun ("by Yemeni community leaders")


def _victim_origin(sent: Span, attacker: Actor | None, res: Resources) -> str | None:
    """The country of a demonym that qualifies a civilian the act's sentence names outside the attacker's
    mention, before the trigger or after it ("a Bangladeshi youth was shot dead by BSF in Cooch Behar",
    "BSF shot dead a Bangladeshi national"): the victim's own mention says whose civilians fell,
    wherever they fell. People named after a "by" ("a meeting held by Yemeni community leaders") are
    who acted, not who fell."""
    doc = sent.doc
    for label, start, _ in res.taxonomy.find(sent):
        if label not in _VICTIM_WORDS or attacker is not None and attacker.start <= doc[start].idx < attacker.end \
                or any(t.lower_ == "by" for t in doc[max(sent.start, start - _QUALIFIER_WORDS):start]):
            continue
        if (country := qualifier_origin(doc, start, res.gazetteer)) is not None:
            return country
    return None


def _before_served(span: Span, res: Resources) -> Span:
    """The span up to the words naming whom the people hit guard or serve ("abducted three guards
    deployed for the protection of Chinese engineers": the guards, not the engineers, were taken)."""
    words = res.gazetteer.context.served_words
    hit = _any_of(words).search(span.text.lower()) if words else None
    if hit is None:
        return span
    cut = span.start_char + hit.start()
    return span.doc[span.start:next((t.i for t in span if t.idx >= cut), span.end)]


@lru_cache(maxsize=4)
def _any_of(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")


def _civilians_origin(span: Span, res: Resources) -> str | None:
    """The country of the people a span tells of ("a van carrying Chinese nationals"); not of a state's
    forces it names ("trucks bringing food to Ethiopian troops"): those are no civilians."""
    origin = people_origin(span.doc, span.start, span.end, res.gazetteer)
    if origin is None or any(m.entry.kind == "state" and m.entry.country == origin for m in res.actors.mentions(span)):
        return None
    return origin


def _nationals_origin(sent: Span, attacker: Actor | None, res: Resources) -> str | None:
    """The country of a people the act's sentence names outside the attacker's mention ("a Rohingya
    youth was stabbed to death in a camp": Myanmar; `nationals` in countries.yaml)."""
    for t in sent:
        if attacker is not None and attacker.start <= t.idx < attacker.end:
            continue
        if (country := res.actors.nationality(t.text)) is not None:
            return country
    return None


def _no_forces_attacked(cand: EventCandidate, roles: ActorRoles, country: str | None, res: Resources) -> ActorRoles:
    """ACLED: violence against civilians falls on civilians (inter 7) alone. State forces the text names
    beside such an act are no target of it: "police are investigating the killing", "the wife of a police
    officer was stabbed", and an off-duty policeman killed at home was a civilian there."""
    victim = roles.actor2
    if cand.event_type != "Violence against civilians" or victim is None or victim.inter != 1:
        return roles
    return replace(roles, actor2=_civilians(res.actors.acled_country(country), "", *cand.trigger))


def _members_as_civilians(doc: Doc, cand: EventCandidate, roles: ActorRoles, country: str | None,
                          res: Resources) -> ActorRoles:
    """ACLED: a party's members who are attacked, bombed, arrested or whose office is wrecked are
    civilians, their party the associated actor ("Civilians (Bangladesh)" with "BNP: Bangladesh
    Nationalist Party"); only where the sub-event type makes them a side (a clash, their arms seized:
    `party_side` in the taxonomy) is the party actor2 itself."""
    victim = roles.actor2
    if victim is None or victim.inter != 3 or victim.name.startswith("Unidentified") \
            or res.taxonomy.sub_event(cand.sub_event_type).party_side:  # an unknown armed group is no party
        return roles
    civilians = _civilians(res.actors.acled_country(country), victim.label, victim.start, victim.end)
    attacker = roles.actor1
    if _unnamed(attacker) and _intra_group(doc, cand, res):
        attacker = victim  # "a Jubo League man was shot dead by party rivals": his own party attacked him
    return replace(roles, actor1=attacker, actor2=civilians, assoc_actor_2=roles.assoc_actor_2 or victim)


_BRACKET = re.compile(r"\(([^()]+)\)$")


def _people_as_civilians(cand: EventCandidate, roles: ActorRoles, country: str | None, res: Resources) -> ActorRoles:
    """ACLED: people an attack on civilians falls on are civilians of their own country, whatever
    community they belong to: "a member of the Rohingya community was shot dead in a camp" is
    "Civilians (Myanmar)", not the community's militia (inter 4), which is a side only where it fights."""
    victim = roles.actor2
    if victim is None or victim.inter != 4 or cand.event_type != "Violence against civilians":
        return roles
    own = _BRACKET.search(victim.name)
    where = own.group(1) if own else res.actors.acled_country(country)
    return replace(roles, actor2=_civilians(where, victim.label, victim.start, victim.end))


def rebels_killed_by_their_own(doc: Doc, cand: EventCandidate, roles: ActorRoles, res: Resources) -> ActorRoles:
    """ACLED: a rebel group's man killed by his own fellows ("a PBCP cadre was hacked to death by his
    party members") fell in a fight within the group, which is on both sides (his being armed makes
    it a battle: assemble._one_sided). Read right after the actor finder, before claims. Killers the
    text calls only his "rivals" (the communal militia's alias) are his group's too: an outlawed
    group's rivals are its factions, where a party man's stay unknown (`_members_as_civilians`)."""
    victim, attacker = roles.actor2, roles.actor1
    if victim is None or victim.inter != 2 or cand.event_type != "Violence against civilians" \
            or not _unnamed(attacker):
        return roles
    rivals = attacker is not None and "Communal Militia" in attacker.name and attacker.label.lower() == "rivals"
    return replace(roles, actor1=victim) if rivals or _intra_group(doc, cand, res) else roles


def _unnamed(attacker: Actor | None) -> bool:
    """The text names no group for the attacker: unknown men, or the feud's side it does not name."""
    return attacker is None or attacker.name.startswith("Unidentified Armed Group") \
        or "Communal Militia" in attacker.name


def _intra_group(doc: Doc, cand: EventCandidate, res: Resources) -> bool:
    """The trigger's sentence says the attackers came from the victim's own group (`intra_group`)."""
    trig = doc.char_span(*cand.trigger, alignment_mode="expand")
    return trig is not None and res.taxonomy.says(trig.sent, "intra_group")


def _default_target(cand: EventCandidate, roles: ActorRoles, claims: Sequence[Claim], country: str | None,
                    res: Resources) -> ActorRoles:
    """The sub-event type's `target` as actor2 when the text names none: violence against civilians
    and looted or wrecked property fell on civilians; a seized weapon whose owner is not told was an
    unknown armed group's. An explosion fell on civilians only where the text says so: civilian
    targets named, or people of no side killed or hurt ("a bomb went off in a village, killing three
    persons"); one that hurt no one keeps no actor2."""
    template = res.taxonomy.sub_event(cand.sub_event_type).target
    entry = res.actors.by_name(template) if template and roles.actor2 is None else None
    if entry is None or cand.event_type == "Explosions/Remote violence" and not (
            cand.civilian_targeting or _bystanders_hurt(claims)):
        return roles
    name = fill_name(template, res.actors.acled_country(country))
    if roles.actor1 is not None and roles.actor1.name == name:
        return roles  # the text's only side is already that actor
    return replace(roles, actor2=Actor(name, entry.inter, "", *cand.trigger))


def _bystanders_hurt(claims: Sequence[Claim]) -> bool:
    """The claims tell people of no armed side killed or hurt."""
    return any(c.quantity in ("killed", "injured") and c.value > 0 and c.side in ("civilians", "unknown")
               for c in claims)


def _civilians(country: str | None, label: str, start: int, end: int) -> Actor:
    """ACLED's civilians of a country (inter 7), said by the words at start:end."""
    return Actor(fill_name("Civilians ({country})", country), 7, label, start, end)


_QUALIFIERS = 3  # words before a mention that may say who the people are ("two Shia Hazara shopkeepers")
_WORD = re.compile(r"[A-Za-z][\w'’]*")


def identity_associates(doc: Doc, cand: EventCandidate, roles: ActorRoles, res: Resources) -> ActorRoles:
    """ACLED names who civilians or demonstrators are as their associated actors ("Protesters
    (Pakistan)" with "Women (Pakistan)"; "Civilians (Afghanistan)" with "Shia Muslim Group
    (Afghanistan)"): identity words that are or qualify their mention, or, for the people an act fell
    on, a place of worship the act's sentence names by its community ("a Shi'ite mosque")."""
    for field, assoc in (("actor1", "assoc_actor_1"), ("actor2", "assoc_actor_2")):
        actor = getattr(roles, field)
        if actor is None or actor.inter not in (6, 7) or getattr(roles, assoc) is not None:
            continue
        own = _BRACKET.search(actor.name)
        names = _identities(doc, actor, res, own.group(1) if own else "", after=field == "actor2")
        if not names and field == "actor2":
            names = _worshippers(doc, cand, res, own.group(1) if own else "")
        if names:
            roles = replace(roles, **{assoc: Actor("; ".join(names), actor.inter, actor.label, actor.start, actor.end)})
    return roles


def _identities(doc: Doc, actor: Actor, res: Resources, country: str, *, after: bool) -> list[str]:
    """Identity words in the people's mention and the few words before it; for people the text implies
    (they stand at the trigger), the few words before the trigger ("Afghan refugees protested") and, for
    those an act fell on, after it too ("killing 14 Shia pilgrims")."""
    text = text_of(doc)
    line_start, line_end = text.rfind("\n", 0, actor.start) + 1, text.find("\n", actor.end) % (len(text) + 1)
    before = list(_WORD.finditer(text, max(line_start, actor.start - 40), actor.start))[-_QUALIFIERS:]
    own = list(_WORD.finditer(text, actor.start, actor.end)) if actor.label else []
    if not actor.label and after:  # "a Hazara shopkeeper was shot dead", "killing 14 Shia pilgrims"
        own = list(_WORD.finditer(text, actor.end, min(line_end, actor.end + 40)))[:_QUALIFIERS + 1]
    if not actor.label:  # "Female students of the university staged a protest": the people open the sentence
        sent = doc.char_span(actor.start, actor.end, alignment_mode="expand")
        first = sent.sent.start_char if sent is not None else actor.start
        opening = list(_WORD.finditer(text, first, actor.start))[:_QUALIFIERS + 1]
        before = [m for m in opening if all(m.start() != b.start() for b in before)] + before
    spans = before + own
    found = _named_in([m.group(0).lower().replace("’", "'") for m in spans], res)
    if not spans or not found:
        return []
    words = doc.char_span(spans[0].start(), spans[-1].end(), alignment_mode="expand")
    origin = people_origin(doc, words.start, words.end, res.gazetteer) if words is not None else None
    return [t.format(country=origin if origin and t.startswith("Refugees") else country) for t in found]


def _named_in(words: Sequence[str], res: Resources) -> list[str]:
    """The identity templates the words name, in order, each once ("health workers" before "workers")."""
    table = res.actors.identity_words
    out: list[str] = []
    i = 0
    while i < len(words):
        for n in (3, 2, 1):
            name = table.get(tuple(words[i:i + n])) if i + n <= len(words) else None
            if name is not None:
                if name not in out:
                    out.append(name)
                i += n - 1
                break
        i += 1
    return out


def _worshippers(doc: Doc, cand: EventCandidate, res: Resources, country: str) -> list[str]:
    places = set(res.actors.countries.worship_places)
    sent = doc.char_span(*cand.trigger, alignment_mode="expand")
    if sent is None or not places:
        return []
    words = [w.lower().replace("’", "'") for w in _WORD.findall(sent.sent.text)]
    out: list[str] = []
    for i, w in enumerate(words[1:], 1):
        if w in places:
            out += [t.format(country=country) for t in _named_in(words[max(0, i - 2):i], res)
                    if t.format(country=country) not in out]
    return out
