"""Put the per-field finders together into Events (the record stage `Doc -> list[Event]`)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import date, timedelta
from functools import cache, lru_cache
from typing import TYPE_CHECKING

import pycountry
from spacy.tokens import Doc

from sitrep.extract.actor_lexicon import default_actor_lexicon
from sitrep.extract.actors import COMMUNAL_MILITIAS, ActorEntry, ActorRoles, Mention, fill_name, find_actors, stated_member
from sitrep.extract.background import analyse, reference_year
from sitrep.extract.casualties import Totals, find_claims, summarise
from sitrep.extract.dates import choose_event_date, day_runs, find_dates, has_single_day
from sitrep.extract.events import EventCandidate, detect_events, headline_end
from sitrep.extract.notes import write_note
from sitrep.extract.responsibility import find_attributions, find_responsibility
from sitrep.extract.targets import name_targets, rebels_killed_by_their_own
from sitrep.geo.country import (GROUP, SIGN_WEIGHTS, STATE, UNIT_WORD, CountryClue, body_clues, demonym_clues,
                                people_origin, toponym_clues, weigh)
from sitrep.geo.build import ALIAS, ALTERNATE, DEMONYM, PRIMARY
from sitrep.geo.event_place import PlaceChoice, choose_event_place, listed_places, same_place
from sitrep.geo.geoparse import dateline_head, find_toponyms
from sitrep.model import Actor, Article, Claim, Event, Evidence, ResponsibilityClaim, Side, content_hash
from sitrep.nlp.sentences import sentences, text_of

if TYPE_CHECKING:
    from sitrep.resources import Resources


def _inside(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED interaction code: the two inter codes, lower first (10*a + b); a lone actor gives 10*a."""
    if inter1 is None:
        return None
    if inter2 is None:
        return inter1 * 10
    lo, hi = sorted((inter1, inter2))
    return lo * 10 + hi


def _renamed(roles: ActorRoles, res: Resources, rename: Callable[[Actor, ActorEntry], Actor | None]) -> ActorRoles:
    """Each role's actor as `rename` gives it from its dictionary entry (None: unchanged)."""
    changed = {}
    for role in ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2"):
        actor = getattr(roles, role)
        entry = res.actors.by_name(actor.name) if actor is not None else None
        if entry is not None and (new := rename(actor, entry)) is not None:
            changed[role] = new
    return replace(roles, **changed) if changed else roles


def _as_of(roles: ActorRoles, day: date | None, res: Resources) -> ActorRoles:
    """Actors under the name they had on the event's day (the Taliban as a state from 2021); with no
    day, under the entry's `undated` name where it has one."""
    if day is None:
        return _renamed(roles, res, lambda actor, entry: replace(actor, name=entry.undated) if entry.undated else None)
    on: date = day

    def then(actor: Actor, entry: ActorEntry) -> Actor | None:
        later = entry.name_on(on)
        return replace(actor, name=later.name, inter=later.inter) if later is not None else None

    return _renamed(roles, res, then)


def _in_country(roles: ActorRoles, country: str | None, res: Resources, day: date | None = None,
                areas: Sequence[str] = ()) -> ActorRoles:
    """Actors as ACLED codes them in the event's country: a transnational group under the name of
    its branch there ("Islamic State (Bangladesh)"), or of the area `areas` (the event's admin1 and
    location) lies in ("Islamic State (Tripoli)" in Sirte); another state's forces as external forces
    (inter 8: "Military Forces of India" in Pakistan). Done after claims are read, which name the
    group as the text does."""
    where = res.actors.acled_country(country)
    if where is None:
        return roles

    def there(actor: Actor, entry: ActorEntry) -> Actor | None:
        abroad = actor.inter == 1 and entry.kind == "state" and entry.country not in (None, where)
        local = entry.areas.get(where, {}) if _in_span(day, entry.areas_between) else {}
        if (area := next((a for a in areas if a in local), None)) is not None:
            # Kenya's troops in the Jubbas are AMISOM's contingent, external forces as the mission is
            return replace(actor, name=local[area], inter=8 if abroad else actor.inter)
        placed = any(a not in (country, where) for a in areas)  # a place within the country
        if where in entry.branches and _in_span(day, entry.branches_between) and not (local and placed):
            # "Daesh" in Kabul is ACLED's Islamic State Khorasan Province; an entry that also names
            # the areas of its branch there has its branch only where the event's area is unknown
            # (Ethiopia's troops outside its AMISOM sectors are its own forces)
            # "Ugandan troops" in Somalia are AMISOM's Ugandan contingent, external forces as AMISOM is
            return replace(actor, name=entry.branches[where], inter=8 if abroad else actor.inter)
        if entry.country_bracket:
            return replace(actor, name=f"{actor.name} ({where})")
        return replace(actor, inter=8) if abroad else None

    return _renamed(roles, res, there)


def _local_group(roles: ActorRoles, country: str | None, areas: Sequence[str], day: date | None,
                 res: Resources) -> ActorRoles:
    """Unnamed fighters the state fights in a place where ACLED names them after the group that held
    it on the day (entries' `unnamed_in`: "LNA troops retook a district of Benghazi from militants")."""
    group = res.actors.unnamed_group(areas)
    if group is None or not _in_span(day, group.unnamed_between):
        return roles
    unknown = fill_name("Unidentified Armed Group ({country})", res.actors.acled_country(country))
    sides = (roles.actor1, roles.actor2)
    if not any(a is not None and a.inter == 1 for a in sides):
        return roles
    named = {role: replace(a, name=group.name, inter=group.inter) for role, a in zip(("actor1", "actor2"), sides)
             if a is not None and a.name == unknown}
    return replace(roles, **named) if named else roles


def _in_span(day: date | None, between: tuple[date, date | None] | None) -> bool:
    """The day falls in the span (an undated event falls in any)."""
    if day is None or between is None:
        return True
    first, last = between
    return first <= day and (last is None or day <= last)


def _actor_countries(doc: Doc, mentions: Sequence[Mention], res: Resources) -> Counter[str]:
    """Countries of the actors the text names, by mentions ("Jubo League": Bangladesh), and of the
    peoples, bodies and areas of one country it names ("Konkomba herders": Ghana). A name two
    countries' actors share ("ANP") votes for each of them."""
    return Counter([c for m in mentions for c in _countries_of(doc, m, res) if c]
                   + [country for kind, country, _, _ in res.actors.country_signs(doc) if kind != "currencies"])


def _countries_of(doc: Doc, m: Mention, res: Resources) -> list[str | None]:
    shared = res.actors.homonyms(doc[m.start:m.end].text)
    return [e.country for e in shared] if shared else [m.entry.country]


def _country_hints(actor_countries: Counter[str], res: Resources) -> dict[str, float]:
    """ISO3 of those countries, one vote each: they tell "Magura" in Bangladesh from the Romanian
    one when no other place name does."""
    return {iso: 1.0 for iso in filter(None, (_country_iso3(c, res) for c in actor_countries))}


def _operating_countries(mentions: Sequence[Mention], res: Resources) -> set[str]:
    """ISO3 of the countries besides their own where the named groups fight (entries' `operates_in`)."""
    return {iso for m in mentions for c in m.entry.operates_in if (iso := _country_iso3(c, res))}


@lru_cache(maxsize=256)
def _iso3(country: str) -> str | None:
    try:
        return pycountry.countries.lookup(country).alpha_3
    except LookupError:
        return None


def _country_iso3(country: str, res: Resources) -> str | None:
    """ISO3 of a country as the actor files or the gazetteer write it: pycountry knows neither
    "Democratic Republic of Congo" (ACLED's spelling) nor "Ivory Coast" or "Russia" (GeoNames')."""
    iso = _iso3(country)
    if iso is None and country:
        iso = next((p.iso3 for p in res.gazetteer.candidates(_unacled(country, res), limit=5)
                    if p.level == "country"), None)
    return iso


def _unacled(country: str, res: Resources) -> str:
    """The gazetteer's name for a country ACLED spells its own way ("Democratic Republic of Congo")."""
    return next((ours for ours, acled in res.actors.countries.acled_names.items() if acled == country), country)


def _country_clues(doc: Doc, res: Resources, toponyms) -> list[CountryClue]:
    """Everything in the text that points to a country (sitrep.geo.country): its resolved places and
    demonyms, countries in the names of its bodies, the administrative words of one country, the
    names of one country's peoples, bodies, areas and currencies, and the countries of the actors it
    names."""
    clues = toponym_clues(toponyms, text_of(doc), res.gazetteer) + body_clues(doc, res.gazetteer) \
        + demonym_clues(doc, res.gazetteer)
    for country, start, end in res.actors.country_words(doc):
        if (name := _gazetteer_country(country, res)) is not None:
            clues.append(CountryClue(name, start, end, UNIT_WORD))
    for kind, country, start, end in res.actors.country_signs(doc):
        if (name := _gazetteer_country(country, res)) is not None:
            clues.append(CountryClue(name, start, end, SIGN_WEIGHTS[kind]))
    for m in res.actors.mentions(doc):
        if m.entry.country and (name := _gazetteer_country(m.entry.country, res)) is not None:
            span = doc[m.start:m.end]
            clues.append(CountryClue(name, span.start_char, span.end_char,
                                     STATE if m.entry.kind == "state" else GROUP))
    return clues


def _crowd_origin(doc: Doc, cand: EventCandidate, country: str | None, res: Resources) -> str | None:
    """A demonstration's crowd from another country than the event's ("Eritrean refugees marched in
    Addis Ababa"): ACLED names protesters and rioters after their own country, "Protesters (Eritrea)".
    Read before the trigger in its sentence, where the crowd is the subject."""
    if cand.event_type not in ("Protests", "Riots"):
        return None
    trig = doc.char_span(*cand.trigger, alignment_mode="expand")
    if trig is None:
        return None
    origin = people_origin(doc, trig.sent.start, trig.start, res.gazetteer)
    return origin if origin != country else None


def _gazetteer_country(country: str, res: Resources) -> str | None:
    """The gazetteer's name for a country as the actor files write it, so the clues add up."""
    iso = _country_iso3(country, res)
    place = res.gazetteer.country(iso) if iso else None
    return place.country if place is not None else country


def _grievance_toll(doc: Doc, cand: EventCandidate, claim: Claim, lexicon) -> bool:
    """"Students marched to protest against attacks that killed nine": a toll told after the words
    that say what a demonstration is about is its grievance, not the demonstration's own dead."""
    if cand.event_type not in ("Protests", "Riots"):
        return False
    # "Families of the six miners killed in Harnai staged a sit-in": the mourners' dead
    if lexicon.grievance_kin.search(text_of(doc)[max(claim.sentence_start, claim.start - 30):claim.start]) is not None:
        return True
    # the protest word: the first cue when a later sentence decided the type ("Police used tear gas")
    cue_end = min(cand.trigger[1], cand.first_cue[1]) if cand.first_cue else cand.trigger[1]
    if claim.start <= cue_end:
        return False
    # the words that say what the protest is about govern their own sentence only: "... against the
    # killing of a student. Police opened fire on the protesters, killing two" is the protest's toll
    between = doc.char_span(max(cue_end, claim.sentence_start), claim.start, alignment_mode="contract")
    if between is None:
        return False
    words = [t.lower_ for t in between]
    # "riots over fuel prices left three dead" is the riot's own toll: only a relative clause
    # ("attacks that killed nine") or a death named as a noun ("over the death of a student") is the grievance
    return any(lexicon.grievance.match(words, i) and _told_as_cause(words[i:]) for i in range(len(words)))


def _told_as_cause(words: Sequence[str]) -> bool:
    # "demanding better weapons after two constables were killed": a clause right before the figure
    # that tells what came before the protest
    if words[-2:] in ([",", "killing"], ["and", "killing"]):
        return False  # "police opened fire on the marchers, killing two": the participle of the act told
    return any(w in ("that", "which", "who") for w in words) or words[-1:] in (["after"], ["following"]) or \
        any(w in ("death", "deaths", "killing", "killings", "murder", "murders") for w in words[-4:])


def _claimant_acts(roles: ActorRoles, responsibility: Sequence[ResponsibilityClaim], res: Resources,
                   role: str | None = "actor1") -> ActorRoles:
    """ACLED names the group that claimed an attack as its actor: an unidentified attacker with
    one claimant (and no denial by it) becomes that group; the claim is the evidence. `role`
    "actor2": the claimant is the unidentified second side ("police defused a bomb; sources blamed
    Al-Shabaab"), the first side stays."""
    made = [r for r in responsibility if not r.denied]
    groups = set(_specific(r.group for r in made))
    made = [r for r in made if r.group in groups]
    a1, a2 = roles.actor1, roles.actor2
    if len(groups) != 1 or a1 is None or role is None:
        return roles
    claim = made[0]
    if any(r.denied and r.group == claim.group for r in responsibility):
        return roles
    if role == "actor2":
        if a2 is not None and not _inferred(a2) or _inferred(a1):
            return roles
        entry = res.actors.by_name(claim.group)
        return replace(roles, actor2=Actor(claim.group, entry.inter if entry else 3, claim.label,
                                           claim.start, claim.end))
    if not _inferred(a1):
        # "the BLA claimed an attack on an FC post that killed three soldiers": the post's side came first
        # and the unknown attacker second; the claimant is that attacker, and attackers come first
        if a2 is None or not _inferred(a2) or a1.name == claim.group:
            return roles
        a1, a2 = a2, a1
    entry = res.actors.by_name(claim.group)
    actor = Actor(claim.group, entry.inter if entry else a1.inter, claim.label, claim.start, claim.end)
    if a2 is not None and _branch_of(claim.group, a2.name):
        a2 = None  # "an attack later claimed by the Islamic State group": the claimant is no target
    return replace(roles, actor1=actor, actor2=a2)


def _claimed_sides(roles: ActorRoles, responsibility: Sequence[ResponsibilityClaim],
                   attributions: Sequence[ResponsibilityClaim], res: Resources, role: str | None) -> ActorRoles:
    """The side a claimant takes (`_claimant_acts`), then the side of a group others blame: a claim
    outranks what others suspect. No `role`: claims name no side."""
    return _claimant_acts(_claimant_acts(roles, responsibility, res, role), attributions, res, role)


def _one_force(roles: ActorRoles) -> bool:
    """Both sides are one state's or one mission's forces: the same name, or two contingents of one
    mission ("AMISOM: ... (Uganda)" and "AMISOM: ... (Burundi)")."""
    a1, a2 = roles.actor1, roles.actor2
    if a1 is None or a2 is None or a1.inter not in (1, 8) or a2.inter not in (1, 8):
        return False
    base, _, tail = a1.name.partition(" (")
    other, _, other_tail = a2.name.partition(" (")
    return base == other and all(not t or t.endswith(")") for t in (tail, other_tail))


def _inferred(actor: Actor) -> bool:
    """An actor read from generic words: a group named by a claim outranks it ("rival groups": a communal
    militia; a drone's unknown operator: a group that claims the strike flew it)."""
    return actor.name.startswith(("Unidentified Armed Group", "Unidentified Military Forces")) \
        or "Communal Militia" in actor.name or _UMBRELLA in actor.name


# A family of groups named by the label others give it ("Fitna al-Hindustan": Baloch Separatists): the
# group of that family that claims the attack is its actor
_UMBRELLA = "Separatists ("


def _branch_of(group: str, other: str) -> bool:
    """"ISKP: Islamic State Khorasan Province" is a branch of (or is) "Islamic State": the branch's name
    opens with its parent's ("Tehreek-i-Taliban Pakistan" is no branch of "Taliban")."""
    full = group.partition(": ")[2] or group
    return other == group or (len(other) > 3 and (full == other or full.startswith(other + " ")))


def _specific(groups: Iterable[str]) -> list[str]:
    """Claimants without the parent of another claimant: "the Islamic State group" and "Islamic State
    Khorasan Province" claiming one attack are one claim, by the branch."""
    found = list(dict.fromkeys(groups))
    return [g for g in found if not any(o != g and _branch_of(o, g) for o in found)]


def _former(doc: Doc, actor: Actor) -> bool:
    """"a former PBCP member", "a former commander of the BLA": the words just before the mention say
    the person left the group (the actor lexicon's left_group)."""
    words = text_of(doc)[max(0, actor.start - 40):actor.start].lower().replace("-", " ").split()
    left = default_actor_lexicon().left_group
    return any(w in left for w in words[-4:])


def _one_sided(doc: Doc, cand: EventCandidate, roles: ActorRoles) -> EventCandidate:
    """ACLED: a battle needs two armed, organised sides. A clash inferred from an attack on what
    looked like an armed target ("a convoy") is an attack when its victims are civilians; a clash
    the text names ("two factions clashed, injuring 17 people") stays a battle."""
    if cand.sub_event_type == "Armed clash" and cand.derived and roles.actor2 is not None \
            and roles.actor2.inter == 7:
        return replace(cand, event_type="Violence against civilians", sub_event_type="Attack",
                       civilian_targeting=True)
    # Killing a member of a rebel group is fighting that group, not violence against a civilian;
    # a former member is a civilian (ACLED: "Civilians" with the group as associated actor), and so is
    # anyone attacked at home, off duty or beaten, as the taxonomy rules read it. Victims the text
    # places in an identity militia ("two men belonging to a vigilante group") are its fighters too;
    # a party's members (inter 3, "attacked EFF members") stay civilians. Guards of a private security
    # force (inter 8, as other forces) are armed: ACLED codes an attack on them as a clash.
    if cand.sub_event_type == "Attack" and roles.actor2 is not None \
            and (roles.actor2.inter in (2, 8) or roles.actor2.inter == 4 and stated_member(doc, roles.actor2)) \
            and roles.actor1 is not None and roles.actor1.inter != 7 and not _former(doc, roles.actor2) \
            and not cand.unarmed_victims:
        return replace(cand, event_type="Battles", sub_event_type="Armed clash", disorder_type="Political violence",
                       civilian_targeting=False)
    return cand


_ARMED_INTERS = frozenset({1, 2, 3, 8})  # state forces, rebels, militias, external forces


def _targets_civilians(cand: EventCandidate, roles: ActorRoles) -> bool:
    """ACLED's civilian targeting: an explosion or strike whose other side is an armed actor ("a US
    drone fired missiles at a compound, killing four suspected militants") targeted that actor, whatever
    the place hit looked like."""
    if cand.event_type == "Explosions/Remote violence" and roles.actor2 is not None:
        # and one whose only other side is civilians ("a blast in a crowded market") targeted them
        return roles.actor2.inter == 7 or (roles.actor2.inter not in _ARMED_INTERS and cand.civilian_targeting)
    return cand.civilian_targeting


_STATE_FORCE = re.compile(r"^(?:Military|Police) Forces of (.+?)(?: \(|$)")


def _state_country(actor: Actor | None) -> str | None:
    m = _STATE_FORCE.match(actor.name) if actor is not None and actor.inter in (1, 8) else None  # 8: abroad
    return m.group(1) if m else None


def _truce_sides(doc: Doc, cand: EventCandidate, roles: ActorRoles) -> ActorRoles:
    """"A jirga brokered a truce between two rival tribes": a community's militia agrees with another
    of its kind (ACLED names both sides, as in their clash), not with civilians nor with nobody."""
    a1, a2 = roles.actor1, roles.actor2
    if cand.sub_event_type != "Agreement" or a1 is None or not any(w in a1.name for w in COMMUNAL_MILITIAS) \
            or (a2 is not None and a2.inter != 7):
        return roles
    trig = doc.char_span(*cand.trigger, alignment_mode="expand")
    if trig is None or not any(t.lower_ == "between" for t in trig.sent):
        return roles
    return replace(roles, actor2=a1, assoc_actor_2=None)




def _lone_actor_first(roles: ActorRoles) -> ActorRoles:
    """ACLED fills actor1 first: a lone actor told as the object ("army personnel were deployed in the
    city") is actor1, with its associated actor. Lone civilians stay the victims of an actor the text
    does not name."""
    if roles.actor1 is not None or roles.actor2 is None or roles.actor2.inter == 7:
        return roles
    return ActorRoles(actor1=roles.actor2, assoc_actor_1=roles.assoc_actor_2)


def _interstate_sides(doc: Doc, claims: Sequence[Claim], roles: ActorRoles, res: Resources,
                      day: date | None = None) -> tuple[Claim, ...]:
    """In a clash between two states' forces, "eight Afghan Taliban fighters" and "two Afghan border
    guards" are the same side's dead, told by its enemy and by itself: a figure whose noun opens with a
    demonym goes to the side of that country's forces (a: actor1, b: actor2), so the two conflict
    (ACLED keeps the lower) instead of adding up as a state's and a rebel group's dead."""
    sides = {_state_country(roles.actor1): "a", _state_country(roles.actor2): "b"}
    if None in sides or len(sides) < 2:
        return tuple(claims)
    out = []
    for c in claims:
        first = c.about.split()[0] if c.side in ("a", "b") and c.about.split() else ""
        if first[:1].isupper():
            country = next((m.place.country for m in res.gazetteer.lookup(first, limit=3)
                            if m.kind == DEMONYM), None) or _named_state(doc, c, res, day)
            if country in sides:
                c = replace(c, side=sides[country])
        out.append(c)
    return tuple(out)


def _named_state(doc: Doc, claim: Claim, res: Resources, day: date | None) -> str | None:
    """The country whose forces the claim's noun names as a group ("seven Taliban": Afghanistan's
    forces by 2026), as of `day`."""
    at = text_of(doc).find(claim.about, claim.start)
    named = _named_entry(doc, at, at + len(claim.about), res, day) if at >= 0 else None
    if named is None:
        return None
    _, name, inter = named
    m = _STATE_FORCE.match(name) if inter == 1 else None
    return m.group(1) if m else None


def _named_entry(doc: Doc, start: int, end: int, res: Resources,
                 day: date | None) -> tuple[ActorEntry, str, int] | None:
    """The actor whose name ends the noun at characters start..end ("seven Taliban", "five Shabaab"),
    with its name and inter code as of `day`; None when the noun ends in another word."""
    noun = doc.char_span(start, end, alignment_mode="expand")
    found = [m for m in res.actors.mentions(noun) if m.end == noun.end] if noun is not None else []
    if not found:
        return None
    entry = found[-1].entry
    later = entry.name_on(day) if day is not None else None
    return (entry, later.name, later.inter) if later is not None else (entry, entry.name, entry.inter)


_MEMBER_SIDES: dict[int, Side] = {1: "a", 2: "b", 3: "b"}  # a state's forces; rebels and other armed groups
_ARMED_KINDS = frozenset({"state", "rebel", "external"})
_MEMBERS_REACH = 10  # tokens after "of" a group's name may take ("of the Islamic State Khorasan Province")


def _armed_members(doc: Doc, claims: Sequence[Claim], res: Resources, day: date | None = None) -> tuple[Claim, ...]:
    """"killed four members of Daesh", "four Daesh members": members of an armed group are its
    fighters (side b), those of "the security forces" the state's (side a), not the civilians a bare
    "members" is taken for. A group's side is the one it had on the event's day: "two mujahideen of
    the Islamic Emirate" died as Afghanistan's forces after August 2021. Read here, where the actor
    dictionary is at hand."""
    out = []
    text = text_of(doc)
    lex = default_actor_lexicon()  # nouns for a group's members and fighters
    for c in claims:
        words = c.about.lower().split()
        if c.side in ("civilians", "b", "unknown") and words and words[-1] in lex.members | lex.fighter_nouns \
                and (c.side == "civilians" or words[-1] not in lex.members) \
                and (at := text.find(c.about, c.end)) >= 0:
            inter = _group_inter(doc, at, at + len(c.about), res, day)
            if inter in _MEMBER_SIDES:
                c = replace(c, side=_MEMBER_SIDES[inter])
        elif c.side == "unknown" and words and (at := text.find(c.about, c.start)) >= 0:
            # "killed seven Taliban", "four al-Shabaab were killed": the group's name is the noun itself
            inter = _named_group_inter(doc, at, at + len(c.about), res, day)
            if inter in _MEMBER_SIDES:
                c = replace(c, side=_MEMBER_SIDES[inter])
        out.append(c)
    return tuple(out)


def _named_group_inter(doc: Doc, start: int, end: int, res: Resources, day: date | None) -> int | None:
    """The inter code, as of `day`, of the armed group whose name ends the noun at characters
    start..end ("seven Taliban", "five Shabaab"); None when the noun ends in another word."""
    named = _named_entry(doc, start, end, res, day)
    # only an armed organisation's name is a count of its fighters ("seven Awami League" is no phrase)
    return named[2] if named is not None and named[0].kind in _ARMED_KINDS else None


def _group_inter(doc: Doc, start: int, end: int, res: Resources, day: date | None) -> int | None:
    """The inter code of the group named in the noun at characters start..end ("Daesh members") or
    just after it ("members of the TTP"), as of `day`."""
    text = text_of(doc)
    noun = doc.char_span(start, end, alignment_mode="expand")
    after = doc.char_span(end, min(len(text), end + 200), alignment_mode="expand")
    found = []
    if noun is not None:
        found = [m for m in res.actors.mentions(noun) if m.end < noun.end]
    if not found and after is not None and len(after) > 1 and after[0].lower_ == "of":
        lead = after.start + (2 if after[1].lower_ == "the" else 1)
        found = [m for m in res.actors.mentions(doc[after.start:min(after.end, after.start + _MEMBERS_REACH)])
                 if m.start == lead]
    if not found:
        return None
    entry = found[0].entry
    later = entry.name_on(day) if day is not None else None
    return later.inter if later is not None else entry.inter


def _lead_paragraph(text: str, headline: int) -> tuple[int, int] | None:
    """The first paragraph after the headline, when the text has paragraphs: the news the report leads
    with, whose day a later paragraph telling part of it without a day of its own shares."""
    start = len(text) - len(text[headline:].lstrip()) if headline else 0
    end = text.find("\n", start)
    return (start, end) if end > start else None


def _body_over_headline(claims: Sequence[Claim], headline: int) -> tuple[Claim, ...]:
    """A headline's figure sums up the story: it counts only where the body gives none of its kind
    ("CTD kills five" over "killed five suspected terrorists" is not ten)."""
    in_body = {c.quantity for c in claims if c.start >= headline}
    return tuple(c for c in claims if c.start >= headline or c.quantity not in in_body)


def _build_event(doc: Doc, article: Article, cand: EventCandidate, claims: Sequence[Claim],
                 *, res: Resources, toponyms, dates, responsibility, country_clues: Callable[[], Sequence[CountryClue]],
                 attributions: Sequence[ResponsibilityClaim] = (),
                 follow_up: Sequence[tuple[int, int]] = (), tolls: Sequence[Claim] = (),
                 summed: Sequence[Claim] = (), elsewhere: frozenset[Claim] = frozenset(),
                 group_names: Sequence[tuple[int, int]] = ()) -> Event:
    spans = cand.sentence_spans
    own_claims = _body_over_headline([c for c in claims if _inside(spans, c.start, c.end)
                                      and c not in elsewhere  # a summary's figure another incident tells
                                      and not _inside(cand.asides, c.start, c.end)  # a remembered incident's
                                      and not _inside(cand.other_place, c.start, c.end)  # another place's
                                      and not _grievance_toll(doc, cand, c, res.lexicon)], headline_end(doc))
    # the next sentence completes a toll the incident's own sentences do not give; it never adds to one
    told = {c.quantity for c in own_claims}
    own_claims += tuple(c for c in claims if _inside(follow_up, c.start, c.end) and c.quantity not in told)
    # a toll summed over the set of incidents this one belongs to ("nine soldiers were killed across all
    # three attacks"), in a sentence no other incident owns, gives its share where its own sentences give none
    told = {c.quantity for c in own_claims}
    own_claims += tuple(c for c in summed if c.quantity not in told and c not in own_claims)
    # a later statement of the whole toll is another report of the same dead (totals weighs it)
    own_claims += tuple(c for c in tolls if c not in own_claims)
    # the claimant's own figure ("the BLA claimed the ambush, saying its fighters had killed 22 personnel")
    # is one more source's report of the dead: it widens UCDP's range, and the lowest figure still stands
    own_claims += tuple(c for c in claims if c not in own_claims and c.source and c.part_of is None
                        and any(c.sentence_start <= r.start < c.sentence_end and not r.denied for r in responsibility))
    # "..., while three others died in Kalat": the other clause's place is another event's
    own_toponyms = [t for t in toponyms if not _inside(cand.other_place, t.start, t.end)]
    place = choose_event_place(own_toponyms, sentence_spans=spans, text=article.text,
                               gazetteer=res.gazetteer, names=group_names)
    # Generic actors are named after the event's country: "Civilians (Pakistan)". Without a place,
    # the country the text's other clues point to (its demonyms, actors, administrative words).
    clue = weigh(country_clues()) if place is None else None
    country = place.place.country if place is not None else clue.country if clue is not None else None
    # "Baniachong upazila" is in Bangladesh, whatever a village of the same name elsewhere says
    country = res.actors.country_from_words(doc) or country
    first = min((s for s, _ in spans), default=0)
    when = choose_event_date(dates, sentence_spans=spans, published=article.published,
                             paragraph_start=article.text.rfind("\n", 0, first) + 1, trigger=cand.trigger,
                             lead=_lead_paragraph(article.text, headline_end(doc)), dateline=dateline_head(article.text),
                             asides=cand.asides)
    day = when.start if when else article.published
    place = _on_day(place, day, res)
    roles = find_actors(doc, cand, actors=res.actors, country=country,
                        # a communal militia is named after a village or town, never the country
                        # ("Unidentified Communal Militia (Libya)", not "Libya Communal Militia")
                        place=place.location if place is not None and place.place.level != "country" else None,
                        crowd_country=_crowd_origin(doc, cand, country, res),
                        day=day)
    roles = rebels_killed_by_their_own(doc, cand, roles, res)
    cand = _one_sided(doc, cand, roles)
    # Groups claim attacks, not protests or arrests: GTD's claim fields exist only for violence, and for
    # the acts of armed groups that are strategic developments (property they destroyed, a foiled bomb)
    role = res.taxonomy.sub_event(cand.sub_event_type).claimant
    if cand.disorder_type != "Political violence" and role is None:
        responsibility = ()
    role = "actor1" if cand.disorder_type == "Political violence" else role
    # a claim the group itself denies ("a TTP spokesman claimed it; the TTP's central spokesman denied
    # any involvement") stands for no one
    denied = {r.group for r in responsibility if r.denied}
    claimed = tuple(_specific(r.group for r in responsibility if not r.denied and r.group not in denied))
    roles = _claimed_sides(roles, responsibility, attributions, res, role)
    areas = tuple(a for a in (place.place.admin1, place.location) if a) if place is not None else ()
    roles = _local_group(roles, country, areas, day, res)
    roles = _as_of(roles, day, res)
    roles = _in_country(roles, country, res, day, areas)
    if _one_force(roles):
        # a state's or a mission's forces are never both sides ("a bomb hit a convoy of Ethiopian AMISOM
        # troops, then assailants fired on it"): the side the text leaves unnamed attacked them, and a
        # group that claimed or is blamed for the attack is that side
        unknown = fill_name("Unidentified Armed Group ({country})", res.actors.acled_country(country))
        assert roles.actor1 is not None
        roles = replace(roles, actor1=replace(roles.actor1, name=unknown, inter=3), assoc_actor_1=None)
        roles = _claimed_sides(roles, responsibility, attributions, res, role)
        roles = _in_country(_as_of(roles, day, res), country, res, day, areas)
    roles = _truce_sides(doc, cand, _lone_actor_first(name_targets(doc, cand, roles, own_claims, country, res)))
    own_claims = _interstate_sides(doc, _armed_members(doc, own_claims, res, day), roles, res, day)  # the Taliban are Afghanistan's forces by now
    totals = summarise(own_claims, one_sided=_targets_civilians(cand, roles))
    evidence: list[Evidence] = [Evidence("event_type", *cand.trigger, article.id)]
    for role, actor in (("actor1", roles.actor1), ("actor2", roles.actor2),
                        ("assoc_actor_1", roles.assoc_actor_1), ("assoc_actor_2", roles.assoc_actor_2)):
        if actor is not None:
            evidence.append(Evidence(role, actor.start, actor.end, article.id))
    if place is not None and place.toponym is not None:
        evidence.append(Evidence("location", place.toponym.start, place.toponym.end, article.id))
    elif clue is not None:
        evidence.append(Evidence("country", clue.start, clue.end, article.id))
    if when is not None and when.span is not None:
        evidence.append(Evidence("event_date", *when.span, article.id))
    for c in own_claims:
        field = "fatalities" if c.quantity == "killed" else "injuries" if c.quantity == "injured" else c.quantity
        evidence.append(Evidence(field, c.start, c.end, article.id))
    for r in responsibility:
        evidence.append(Evidence("claimed_by", r.start, r.end, article.id))
    inter1 = roles.actor1.inter if roles.actor1 else None
    inter2 = roles.actor2.inter if roles.actor2 else None
    sources = tuple(dict.fromkeys(c.source for c in own_claims if c.source))
    fields = dict(
        event_id=content_hash(article.id, article.content_hash, str(cand.trigger[0]), cand.sub_event_type),
        article_id=article.id,
        event_type=cand.event_type, sub_event_type=cand.sub_event_type,
        disorder_type=cand.disorder_type,
        civilian_targeting="Civilian targeting" if _targets_civilians(cand, roles) else None,
        event_date=when.start if when else None,
        date_start=when.start if when else None, date_end=when.end if when else None,
        time_precision=when.precision if when else None,
        actor1=roles.actor1.name if roles.actor1 else None,
        assoc_actor_1=roles.assoc_actor_1.name if roles.assoc_actor_1 else None, inter1=inter1,
        actor2=roles.actor2.name if roles.actor2 else None,
        assoc_actor_2=roles.assoc_actor_2.name if roles.assoc_actor_2 else None, inter2=inter2,
        interaction=_interaction(inter1, inter2),
        # ACLED codes every event in a country: without a place, the country the text's actors point to
        **(_place_fields(place) if place else dict(country=country, iso3=_country_iso3(country, res) if country else None)),
        **_totals_fields(totals), claimed_by=claimed, claims=own_claims,
        sources=sources or ((article.publisher,) if article.publisher else ()),
        evidence=tuple(evidence), confidence=cand.confidence, article_ids=(article.id,),
    )
    event = Event(**fields)
    return replace(event, notes=write_note(event))


def _totals_fields(totals: Totals) -> dict[str, int | None]:
    return dict(fatalities=totals.fatalities, fatalities_low=totals.low, fatalities_best=totals.best,
                fatalities_high=totals.high, deaths_a=totals.deaths_a, deaths_b=totals.deaths_b,
                deaths_civilians=totals.deaths_civilians, deaths_unknown=totals.deaths_unknown,
                injuries=totals.injuries)


def _on_day(choice: PlaceChoice | None, day: date | None, res: Resources) -> PlaceChoice | None:
    """The place with the district its town lay in on the event's day ("Chaman": Qila Abdullah until
    the Chaman district was notified in June 2021, Chaman since)."""
    district = res.gazetteer.points.district_on(choice.place, day) if choice is not None else None
    return replace(choice, place=replace(choice.place, admin2=district)) if choice and district else choice


def _place_fields(choice: PlaceChoice) -> dict[str, object]:
    p = choice.place
    return dict(country=p.country, iso3=p.iso3, admin1=p.admin1, admin2=p.admin2, admin3=p.admin3,
                location=choice.location, latitude=p.latitude, longitude=p.longitude,
                geo_precision=choice.geo_precision)


def _per_place(event: Event, cand: EventCandidate, toponyms, text: str, res: Resources) -> list[Event]:
    """ACLED codes one event per location: an attack told of "the villages of A, B and C" is three
    events, each counting an even share of the figures given for all of them (ACLED's fatality FAQ:
    summarised fatalities over several locations). The share is kept on the claims, so a merge with
    another article's report of the same place recounts the share, not the whole toll."""
    places = listed_places(toponyms, sentence_spans=cand.sentence_spans, text=text, gazetteer=res.gazetteer)
    if not any((c.place.latitude, c.place.longitude) == (event.latitude, event.longitude) for c in places):
        return [event]
    own = _claims_by_place(event.claims, places, toponyms)
    shared = [c for c in event.claims if all(c not in o for o in own)]
    out = []
    for i, choice in enumerate(places):
        assert choice.toponym is not None
        choice = _on_day(choice, event.event_date, res) or choice
        evidence = tuple(e for e in event.evidence if e.field != "location") + (
            Evidence("location", choice.toponym.start, choice.toponym.end, event.article_id),)
        # its own figures whole, and a share of those told for all the places that it tells none of
        told = {c.quantity for c in own[i]}
        claims = (*own[i], *(replace(c, share=(i, len(places))) for c in shared if c.quantity not in told)) \
            if own[i] else None
        out.append(_share(event, i, len(places), choice.location, claims=claims, evidence=evidence,
                          **_place_fields(choice)))
    return out


def _claims_by_place(claims: Sequence[Claim], places: Sequence[PlaceChoice], toponyms) -> list[list[Claim]]:
    """For each listed place, the figures told in a sentence that names it alone of them ("... in Kalat and
    Mastung districts. In Mastung, seven passengers were shot dead"): that place's own toll, which it keeps
    whole instead of a share of the toll told for all of them."""
    out: list[list[Claim]] = [[] for _ in places]
    for c in claims:
        named = [t for t in toponyms if t.place is not None and c.sentence_start <= t.start < c.sentence_end]
        hit = {i for i, p in enumerate(places) for t in named if p.toponym is not None and same_place(p.toponym, t)}
        if len(hit) == 1:
            out[hit.pop()].append(c)
    return out


def _share(event: Event, i: int, n: int, key: str, *, claims: tuple[Claim, ...] | None = None,
           **fields: object) -> Event:
    """The i-th of the n events one report's figures are divided among (one per place or per day):
    each claim counts its even share, and the totals and the note follow from them. `claims`: the
    event's own claims, shares set where they are (default: an even share of each of the report's)."""
    claims = tuple(replace(c, share=(i, n)) for c in event.claims) if claims is None else claims
    split = replace(event, event_id=content_hash(event.event_id, key), claims=claims, **fields,
                    **_totals_fields(summarise(claims, one_sided=event.civilian_targeting is not None)))
    return replace(split, notes=write_note(split))


def _per_day(event: Event, cand: EventCandidate, text: str) -> list[Event]:
    """ACLED codes one event per day: a toll told once for an incident "over 24-26 June" is three
    events, each with an even share of it (ACLED's fatality FAQ: summarised fatalities over several
    days are divided among the events). Only when the dead have no day of their own ("five killed on
    June 20" stays whole) and the incident's sentences give one run of days."""
    killed = [c for c in event.claims if c.quantity == "killed" and c.value and c.share is None]
    if not killed:
        return [event]
    runs = [r for s, e in cand.sentence_spans for r in day_runs(text[s:e])]
    if len({r.days for r in runs}) != 1 or any(has_single_day(text[c.sentence_start:c.sentence_end]) for c in killed):
        return [event]
    days = runs[0].days
    dated = event.date_start is not None and event.date_end is not None \
        and (event.date_end - event.date_start).days + 1 == days
    out = []
    for i in range(days):
        day = event.date_start + timedelta(days=i) if dated and event.date_start else None
        when = dict(event_date=day, date_start=day, date_end=day, time_precision=1) if day else {}
        out.append(_share(event, i, days, f"day {i}", **when))
    return out


def extract_events(doc: Doc, article: Article, *, res: Resources) -> list[Event]:
    """All events the article reports, most salient first; an empty list when it reports none."""
    candidates = detect_events(doc, taxonomy=res.taxonomy, published=article.published, within=_within(res))
    if not candidates:
        return []
    named = res.actors.mentions(doc)
    actor_countries = _actor_countries(doc, named, res)
    hints = _country_hints(actor_countries, res)
    # "Al Shabaab fighters raided Mandera": a group that fights across a border votes for both sides
    for iso in _operating_countries(named, res) - hints.keys():
        hints[iso] = 1.0
    # "Naikhongchhari upazila (Bandarban)": a country's own administrative word votes for it like an
    # actor would, so that a named foreign group ("the Arakan Army") does not make its towns abroad
    if (worded := _country_iso3(res.actors.country_from_words(doc) or "", res)) is not None:
        hints[worded] = hints.get(worded, 0.0) + 1.0
    # "students of the College of Cape Town's campus in Crawford": the city or country a body's name
    # holds votes too, so that a namesake village abroad does not take the event
    for iso in {_country_iso3(c.country, res) for c in body_clues(doc, res.gazetteer)} - {None}:
        hints[iso] = max(hints.get(iso, 0.0), 1.0)
    # "Juba League activists": a party's or its wing's name tells what it stands for, not where the event was
    parties = [(span.start_char, span.end_char) for m in named if m.entry.kind == "political"
               for span in (doc[m.start:m.end],)]
    toponyms = find_toponyms(doc, article, gazetteer=res.gazetteer, country_hints=hints, not_places=parties)
    group_names = tuple((doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1])) for m in named)

    @cache
    def country_clues() -> list[CountryClue]:
        """Read only if an event has no place: most have one, and the clues cost gazetteer look-ups."""
        return _country_clues(doc, res, toponyms)

    dates = find_dates(doc, published=article.published)
    ref_year = reference_year(doc, article.published, res.taxonomy.background)
    claims = find_claims(doc, article, lexicon=res.lexicon)
    def current(found: Sequence[ResponsibilityClaim]) -> list[ResponsibilityClaim]:
        return [r for r in found if not _recalled(doc, r, candidates, res=res, ref_year=ref_year)]

    owners = _claim_owners(current(find_responsibility(doc, actors=res.actors)), candidates)
    suspects = _claim_owners(current(find_attributions(doc, actors=res.actors)), candidates)
    tolls = _toll_owners(doc, claims, candidates, res=res, ref_year=ref_year)
    events = (_build_event(doc, article, c, claims, res=res, toponyms=toponyms, dates=dates,
                           responsibility=tuple(r for r, owner in owners if owner is c),
                           attributions=tuple(r for r, owner in suspects if owner is c),
                           country_clues=country_clues,
                           follow_up=_follow_up(doc, c, candidates, res=res, ref_year=ref_year),
                           tolls=tuple(t for t, owner in tolls if owner is c),
                           summed=_summed_tolls(claims, c, candidates),
                           elsewhere=_told_elsewhere(claims, c, candidates),
                           group_names=group_names)
              for c in candidates)
    out = []
    for c, e in zip(candidates, events):
        places = _per_place(e, c, toponyms, article.text, res)
        out += places if len(places) > 1 else _per_day(e, c, article.text)
    return out


_NAMED = (PRIMARY, ALIAS, ALTERNATE)  # a place's own names, not spellings near it nor demonyms


def _within(res: Resources) -> Callable[[str, str], bool]:
    """Whether a place (lower-cased, as events.py keys it) lies inside a region: one of the places the
    name names has the region as its province or district, or is the region under another name (a
    district of a city the gazetteer places at the city: "Gwarsha" is Benghazi's). Asked only when two
    adjacent sentences of one kind name different places, so the look-ups are few."""
    @lru_cache(maxsize=256)
    def regions(name: str) -> frozenset[str]:
        return frozenset(a.lower() for m in res.gazetteer.lookup(name, limit=5) if m.kind in _NAMED
                         for a in (m.place.admin1, m.place.admin2, m.place.name) if a and a.lower() != name)

    @lru_cache(maxsize=256)
    def unknown(name: str) -> bool:
        """No gazetteer entry, nor a people's name ("Bangladeshis")."""
        return not res.gazetteer.lookup(name, limit=1) and not res.gazetteer.is_demonym(name) \
            and not (name.endswith("s") and res.gazetteer.is_demonym(name[:-1]))

    @lru_cache(maxsize=256)
    def region(name: str) -> bool:
        """A unit or town the gazetteer holds by its own name, not a people's name."""
        return not res.gazetteer.is_demonym(name) and any(
            m.kind in _NAMED and m.place.level in ("admin1", "admin2", "admin3", "town")
            for m in res.gazetteer.lookup(name, limit=5))

    def within(place: str, within_of: str) -> bool:
        # a place no gazetteer holds ("at Matua village", "in West Nakhalpara") is a locality too small
        # for it: inside the district or town the report already named, as "the X area" is
        return (unknown(place) and region(within_of)) \
            or any(r == within_of or r.startswith(within_of + " ") for r in regions(place))
    return within


def _toll_owners(doc: Doc, claims: Sequence[Claim], candidates: Sequence[EventCandidate], *,
                 res: Resources, ref_year: int | None) -> list[tuple[Claim, EventCandidate]]:
    """Statements of the whole death toll in sentences no incident owns ("Hospital sources put the
    death toll at 12.", "By evening the toll had risen to nine."), each with the incident told
    nearest before it (else the first one); a toll in background ("last year's bombing killed 80")
    belongs to no incident."""
    owned = {span for c in candidates for span in c.sentence_spans}
    sents = {s.start_char: s for s in sentences(doc)}

    def start(c: EventCandidate) -> int:
        return min((s for s, _ in c.sentence_spans), default=0)

    violent = [c for c in candidates if c.disorder_type == "Political violence"]
    out = []
    for claim in claims:
        if claim.toll is None or claim.part_of is not None or not violent \
                or (claim.sentence_start, claim.sentence_end) in owned:
            continue
        sent = sents.get(claim.sentence_start)
        if sent is None:
            continue
        bg = analyse(sent, cues=res.taxonomy.background, ref_year=ref_year).sentence
        if bg is not None and _revision_verb(doc, bg.start, claim, res):
            # past the toll's own verb, the rest may still tell a trend ("... since January")
            bg = analyse(doc[bg.start + 1:sent.end], cues=res.taxonomy.background, ref_year=ref_year).sentence
        if bg is not None:
            continue
        before = [c for c in violent if start(c) <= claim.start]
        out.append((claim, max(before, key=start) if before else min(violent, key=start)))
    return out


def _revision_verb(doc: Doc, cue_start: int, claim: Claim, res: Resources) -> bool:
    """The background cue is the toll's own verb ("the death toll has risen to 11"): a revised
    toll, not a trend ("attacks have risen")."""
    if claim.toll != "revised" or doc[cue_start].idx >= claim.start:
        return False
    words = text_of(doc)[doc[cue_start].idx:claim.start].lower().split()
    if words[-1:] == ["to"]:
        words = words[:-1]
    return bool(words) and res.lexicon.toll_revisions.match(words, 0) == len(words)


def _summed_tolls(claims: Sequence[Claim], cand: EventCandidate,
                  candidates: Sequence[EventCandidate]) -> tuple[Claim, ...]:
    """Figures given as a share of a toll summed over a set of incidents (casualties._summed_over) in
    sentences no other incident owns: "This was one of three attacks ... nine soldiers were killed
    across all three attacks" is background to the detector, yet holds this incident's share."""
    return tuple(c for c in claims if c.share is not None and c.start >= min((s for s, _ in cand.sentence_spans),
                                                                            default=0)
                 and not any(_inside(o.sentence_spans, c.start, c.end) for o in candidates if o is not cand))


_COUNTED = ("killed", "injured")


def _told_elsewhere(claims: Sequence[Claim], cand: EventCandidate,
                    candidates: Sequence[EventCandidate]) -> frozenset[Claim]:
    """Figures of a summary sentence that belong to another incident of the article: "killing a
    soldier and two civilians on the other side" sums up two events when a later sentence of the
    other incident tells the same two civilians again ("two civilians were killed when shells hit
    houses in ..."). Only a sentence that counts several sides is read as such a summary, so two
    separate incidents that each killed two civilians keep their own dead."""
    spans = cand.sentence_spans
    mine = [c for c in claims if _inside(spans, c.start, c.end) and c.quantity in _COUNTED]
    later = {(o.quantity, o.side, o.value, o.sentence_start) for other in candidates if other is not cand
             for o in claims if _inside(other.sentence_spans, o.start, o.end) and not _inside(spans, o.start, o.end)}
    out = set()
    for c in mine:
        sides = {o.side for o in mine if o.sentence_start == c.sentence_start and o.quantity == c.quantity}
        if c.side != "unknown" and len(sides) > 1 and any(
                (q, side, v) == (c.quantity, c.side, c.value) and start >= c.sentence_end
                for q, side, v, start in later):
            out.add(c)
    return frozenset(out)


def _follow_up(doc: Doc, cand: EventCandidate, candidates: Sequence[EventCandidate], *, res: Resources,
               ref_year: int | None) -> tuple[tuple[int, int], ...]:
    """The sentence right after an incident, in the same paragraph, that no incident owns and that
    is no background: its toll is the incident's ("... attacked with sharp weapons. One person died.")."""
    if not cand.sentence_spans:
        return ()
    last_end = max(e for _, e in cand.sentence_spans)
    owned = {span for c in candidates for span in c.sentence_spans}
    nxt = next((s for s in sentences(doc) if s.start_char >= last_end), None)
    if nxt is None or (nxt.start_char, nxt.end_char) in owned:
        return ()
    gap = text_of(doc)[len(text_of(doc)[:last_end].rstrip()):nxt.start_char]
    if "\n" in gap or analyse(nxt, cues=res.taxonomy.background, ref_year=ref_year).sentence is not None:
        return ()
    return ((nxt.start_char, nxt.end_char),)


_RECALLING = frozenset({"history", "trend", "earlier"})  # background kinds that tell other, past incidents


def _recalled(doc: Doc, r: ResponsibilityClaim, candidates: Sequence[EventCandidate], *,
              res: Resources, ref_year: int | None) -> bool:
    """A claim told in a sentence no incident owns that recalls the past ("between 2009 and 2014
    hundreds were killed in attacks claimed by the LeJ"): the group claimed those, not the report's."""
    sent = next((s for s in sentences(doc) if s.start_char <= r.start < s.end_char), None)
    if sent is None or any((sent.start_char, sent.end_char) in c.sentence_spans for c in candidates):
        return False
    bg = analyse(sent, cues=res.taxonomy.background, ref_year=ref_year).sentence
    return bg is not None and bg.kind in _RECALLING


def _claim_owners(responsibility: Sequence[ResponsibilityClaim],
                  candidates: Sequence[EventCandidate]) -> list[tuple[ResponsibilityClaim, EventCandidate]]:
    """Each claim of responsibility with the incident it is about: the nearest one told before it
    ("... stormed a police station. The TTP claimed the attack."), else the first one. A claim in
    the second story of an article does not reach the first, nor the other way round."""
    def start(c: EventCandidate) -> int:
        return min((s for s, _ in c.sentence_spans), default=0)

    violent = [c for c in candidates if c.disorder_type == "Political violence"] or list(candidates)
    out = []
    for r in responsibility:
        before = [c for c in violent if start(c) <= r.start]
        out.append((r, max(before, key=start) if before else min(violent, key=start)))
    return out
