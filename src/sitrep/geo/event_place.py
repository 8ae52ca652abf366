"""Where an event happened, with ACLED's geo_precision.

The place is taken from the event's own sentences first, most specific first (town, district,
province, country); the dateline (reporting place) and places named only as where someone or
something is "from" are used only when nothing else is left. geo_precision as ACLED codes it:
1 a town named; 2 near a town, or only a district; 3 only a province (its centre point) or only
a country (its centre point).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from sitrep.geo.data import Context
from sitrep.geo.gazetteer import Gazetteer
from sitrep.geo.names import short_name
from sitrep.geo.geoparse import CONTAINED_BY
from sitrep.model import Place, Toponym

_LEVEL_ORDER = {"town": 0, "admin2": 1, "admin1": 2, "country": 3}
_BEFORE = 40  # characters before a name that are read for "near" and "from"


@dataclass(frozen=True, slots=True)
class PlaceChoice:
    place: Place
    geo_precision: int
    location: str
    toponym: Toponym | None


def words_before(text: str, start: int, words: Sequence[str]) -> bool:
    """One of `words` ends the text just before `start` (a trailing "the", "of", "a", "an", "in" aside)."""
    if not words:
        return False
    head = text[max(0, start - _BEFORE):start].lower().rstrip()
    ending = _ending(tuple(words))
    # each trimmed form is tried: "resident of" ends in a word that is trimmed ("a native of Swat")
    while not ending.search(head):
        trimmed = re.sub(r"\b(?:the|of|a|an|in|district|tehsil)$", "", head).rstrip()
        if trimmed == head:
            return False
        head = trimmed  # "near the", "outskirts of the", "resident of District Chakwal"
    return True


@lru_cache(maxsize=32)
def _ending(words: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for "one of `words` ends the text" (built once per word list, not per place)."""
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")$")


def _inside(spans: Sequence[tuple[int, int]], t: Toponym) -> bool:
    return any(s <= t.start and t.end <= e for s, e in spans)


_ORIGIN_TIER = 1  # where the event's own sentence says people are from


def _tier(t: Toponym, spans: Sequence[tuple[int, int]], text: str, ctx: Context) -> float:
    """0 best: in the event's sentences, not an origin (1) or dateline; 2: other sentences, then their
    origins; 3: dateline only. A place in an official's title ("the Bastar Inspector General said")
    counts as told outside them."""
    origin = words_before(text, t.start, ctx.origin_words) or origin_listed(text, t.start, ctx.origin_words)
    if t.is_dateline:
        return 3
    if _inside(spans, t) and not _titled(t, text, ctx) and not _speaks(t, text, ctx):
        # a route's end yields to any other place of the event, but not to its start
        if origin:
            return _ORIGIN_TIER
        goal = _ROUTE_END.search(text[max(0, t.start - 60):t.start]) or words_before(text, t.start, ctx.destination_words)
        return 0.5 if goal else 0
    return 2.25 if origin else 2  # another sentence's place where people are from yields to its other places


# the names listed after the first of a list ("students from Turbat and Panjgur"): "A, B and " before the name
# ("A, B" alone is a town and the unit that holds it: "from Luuq, Hiiraan")
_LISTED_BEFORE = re.compile(r"(?:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}\s*,\s*)*[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}"
                            r"\s*,?\s*and\s+$")


def origin_listed(text: str, start: int, origin_words: Sequence[str]) -> bool:
    """The name ends a list whose first name is an origin ("the disappearance of students from Turbat
    and Panjgur": Panjgur is where they are from, like Turbat)."""
    head = text[max(0, start - 80):start]
    listed = _LISTED_BEFORE.search(head)
    return listed is not None and words_before(text, start - len(head) + listed.start(), origin_words)


# "a convoy travelling from Parachinar to Peshawar", "a bus attacked after leaving Lorem for Ipsum": the end
# of a journey, like its start, is no place where the convoy was hit
_ROUTE_END = re.compile(r"\b(?:from\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}\s+to"
                        r"|(?:leaving|left|leaves)\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}"
                        r"(?:\s+(?:district|town|city|village))?\s+for)\s+$")


def _titled(t: Toponym, text: str, ctx: Context) -> bool:
    """"the Bastar Inspector General", "Kech's deputy commissioner", "District Police Officer Bannu",
    "the Khyber Pakhtunkhwa police said"."""
    after = re.sub(r"^(?:'s|’s)", "", text[t.end:t.end + 40]).lower()
    if _title_after(ctx.title_words).match(after):
        return True
    if _speaking_body(ctx.speaking_bodies, ctx.speaking_verbs).match(after):
        return True
    before = text[max(0, t.start - _BEFORE):t.start].lower().rstrip()
    return _title_before(ctx.title_words).search(before) is not None


# one pattern per word list, built once: _titled runs for every place of every event
@lru_cache(maxsize=4)
def _title_after(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\s+(?:" + "|".join(re.escape(w) for w in words) + r")\b")


@lru_cache(maxsize=4)
def _title_before(words: tuple[str, ...]) -> re.Pattern[str]:
    """Titles of several words before the name ("District Police Officer Bannu")."""
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words if " " in w) + r")$")


@lru_cache(maxsize=4)
def _speaking_body(bodies_: tuple[str, ...], verbs_: tuple[str, ...]) -> re.Pattern[str]:
    """A force or body and a speaking verb after a name: "police said", "Levies officials told"."""
    bodies = "|".join(re.escape(w) for w in sorted(bodies_, key=len, reverse=True))
    verbs = "|".join(re.escape(w) for w in verbs_)
    return re.compile(rf"\s+(?:{bodies})(?:\s+(?:officials?|spokesman|spokesperson|sources))?\s+(?:{verbs})\b")


def _speaks(t: Toponym, text: str, ctx: Context) -> bool:
    """"Kabul says civilians killed", "Islamabad denies": a capital told as its government speaking."""
    word = re.match(r"\s+(\w+)", text[t.end:t.end + 20])
    return word is not None and word.group(1).lower() in ctx.speaking_verbs


def _precision(t: Toponym, text: str, ctx: Context) -> int:
    level = t.place.level if t.place else "country"
    if level == "town":
        near = words_before(text, t.start, ctx.near_words) and not _site_after(t, text, ctx)
        return 2 if near or t.is_dateline else 1
    return 2 if level == "admin2" else 3


def _site_after(t: Toponym, text: str, ctx: Context) -> bool:
    """A site the name qualifies follows it ("outside the Quetta Press Club"): "outside" is the site's,
    and the site is in the town."""
    after = text[t.end:t.end + 30].lower()
    return any(re.match(r"\s+" + re.escape(h) + r"\b", after) for h in ctx.site_heads)


def choose_event_place(toponyms: Sequence[Toponym], *, sentence_spans: Sequence[tuple[int, int]],
                       text: str, gazetteer: Gazetteer, names: Sequence[tuple[int, int]] = ()) -> PlaceChoice | None:
    """The event's place, or None when the article names no resolvable place. `names`: character
    spans of the armed groups and bodies the text names; a place inside one ("the Benghazi Defence
    Brigades") says where a group is from, and yields to another place of its rank."""
    ctx = gazetteer.context
    # continents are too vague for an event; demonyms name where people are from; "near Somalia
    # border" names the country on the border's other side
    usable = [t for t in toponyms if t.place is not None and t.place.feature_code != "CONT"
              and not gazetteer.is_demonym(t.text) and not beyond_border(t, text, ctx)]
    if not usable:
        return None
    holders = _containers(usable, text)
    tiers = {t: _tier(t, sentence_spans, text, ctx) for t in usable}
    # one end of a named stretch ("the Bannu-Miranshah road", "the Chaman-Spin Boldak crossing") yields
    # to a place the article's other sentences give, but not to the dateline
    tiers = {t: max(tier, _ROUTE_TIER) if _paired(t, text) else tier for t, tier in tiers.items()}
    best = min(usable, key=lambda t: (tiers[t], t in holders, _attributive(t, text, ctx),
                                      _order(t), _in_name(t, names), t.start))
    if _level(best) == "country":
        # the event's sentences name only the country: the article's own, more specific place
        inside = [t for t in usable if tiers[t] == 2 and _level(t) != "country"
                  and t.place is not None and t.place.iso3 == best.place.iso3]
        if inside:
            counts = Counter(t.place.geonameid for t in inside)
            best = min(inside, key=lambda t: (-counts[t.place.geonameid], _LEVEL_ORDER[_level(t)], t.start))
    if _level(best) == "country" and tiers[best] == _ORIGIN_TIER:
        return None  # "assailants from Myanmar fired on a border post": where they came from, not the place
    if tiers[best] == 2:
        best = _dateline_inside(best, usable) or best
    choice = _choice(best, text, ctx, gazetteer)
    if choice.geo_precision == 1 and _holds_unknown(best, toponyms, sentence_spans, text):
        choice = replace(choice, geo_precision=2)
    return choice


def beyond_border(t: Toponym, text: str, ctx: Context) -> bool:
    """A country named as the border an event was near ("near Somalia border", "close to the Myanmar
    border"): the event was on the other side, or the text would name a place in the country."""
    return t.place is not None and t.place.level == "country" and words_before(text, t.start, ctx.near_words) \
        and re.match(r"\s+border\b", text[t.end:t.end + 10], re.I) is not None


def _in_name(t: Toponym, names: Sequence[tuple[int, int]]) -> bool:
    """A town or district inside a group's name ("the Benghazi Defence Brigades"); a country inside a
    state force's name ("Border Guards Bangladesh") is still the country the force acts in."""
    return _level(t) != "country" and _inside(names, t)


def _dateline_inside(best: Toponym, usable: Sequence[Toponym]) -> Toponym | None:
    """The dateline's place, when it lies inside a unit the event's sentences do not tell as theirs
    ("BARA: ... the Khyber Pakhtunkhwa police said"): the province names whose police speak; the
    dateline is the one more specific place the article gives."""
    outer = best.place
    if outer is None or outer.level not in ("admin1", "admin2"):
        return None
    return next((t for t in usable if t.is_dateline and t.place is not None and _within(t.place, outer)), None)


def _within(inner: Place, outer: Place) -> bool:
    """`outer`, a province or district, holds `inner`."""
    if inner.iso3 != outer.iso3 or inner.geonameid == outer.geonameid or _LEVEL_ORDER[inner.level] >= _LEVEL_ORDER[outer.level]:
        return False
    if outer.level == "admin1":
        return inner.admin1 == outer.admin1
    return inner.admin2 is not None and inner.admin2 == outer.admin2


# What joins the names of a list of places: "A, B and C", "A and B", "A, as well as B".
_LIST_LINK = re.compile(r"^(?:\s*,\s*(?:and\s+)?|\s*,?\s+(?:and|as\s+well\s+as)\s+)(?:(?:in|at)\s+)?(?:the\s+)?$", re.I)
_LIST_END = re.compile(r"\b(?:and|as\s+well\s+as)\b", re.I)
# "between A and B" is one stretch of road, not two places; "groups from two villages of A and B"
# and "elders of A and B" say where people came from, not where the act was
_SPAN_BEFORE = re.compile(r"\b(?:between|from)\b(?:\s+[\w'-]+){0,3}\s*$"
                          r"|\b(?:elders|residents|people|natives|tribesmen|notables)\s+of\s+(?:the\s+)?$", re.I)


def listed_places(toponyms: Sequence[Toponym], *, sentence_spans: Sequence[tuple[int, int]],
                  text: str, gazetteer: Gazetteer) -> list[PlaceChoice]:
    """The places of one list the event's sentences name as where it happened ("attacked the
    villages of A, B and C"), in order; [] when there is no such list of two or more. ACLED codes
    one event per location, so such a report is several events."""
    ctx = gazetteer.context
    named = sorted((t for t in toponyms if t.place is not None and _level(t) in ("town", "admin2")
                    and _tier(t, sentence_spans, text, ctx) == 0 and not _attributive(t, text, ctx)
                    and not gazetteer.is_demonym(t.text)), key=lambda t: t.start)
    best: list[Toponym] = []
    run: list[Toponym] = []
    for t in named:
        joined = run and _LIST_LINK.match(text[run[-1].end:t.start])
        run = run + [t] if joined and not any(_holds(t, r) or _holds(r, t) for r in run) else [t]
        # a list ends with "and" ("A, B and C"); "A, B" alone may be a town and its district
        closed = len(run) > 1 and _LIST_END.search(text[run[-2].end:t.start]) is not None
        if closed and len(run) > len(best) and not _SPAN_BEFORE.search(text[max(0, run[0].start - 40):run[0].start]):
            best = list(run)
    ids = [t.place.geonameid for t in best if t.place is not None]
    if len(set(ids)) < 2:
        return []
    return [_choice(t, text, ctx, gazetteer) for t in best]


def same_place(a: Toponym, b: Toponym) -> bool:
    """The two mentions name one place, or a district and the town named after it ("Mastung districts" and
    "In Mastung")."""
    return a.place is not None and b.place is not None and (_holds(a, b) or _holds(b, a))


def _holds(a: Toponym, b: Toponym) -> bool:
    """A district that holds the town named beside it ("Bannu and Bannu district") lists no second place."""
    assert a.place is not None and b.place is not None
    district = b.place.admin2 or ""
    return a.place.geonameid == b.place.geonameid or (
        _level(a) == "admin2" and bool(district) and short_name(a.place.name) == short_name(district))


def _holds_unknown(best: Toponym, toponyms: Sequence[Toponym], spans: Sequence[tuple[int, int]],
                   text: str) -> bool:
    """The town stands as the container of a smaller place the gazetteer does not know ("Shailkupa
    Upazila (Jhenaidah, Khulna)"): the event is near it, not in it (ACLED's precision 2)."""
    return any(t.place is None and t.end <= best.start and _inside(spans, t)
               and CONTAINED_BY.match(text[t.end:best.start]) for t in toponyms)


_ROUTE_TIER = 2.5
# the second name of a pair ("the Chaman-Spin Boldak crossing"): a name, then a dash, just before it
_PAIRED_AFTER = re.compile(r"[A-Z][\w']*[-–]$")


def _paired(t: Toponym, text: str) -> bool:
    """One of two names joined by a dash ("the Quetta-Karachi highway", "the Chaman-Spin Boldak
    crossing"): a stretch or a crossing between two towns is at neither alone."""
    after = text[t.end:t.end + 2]
    return (after[:1] in ("-", "–") and after[1:2].isalpha()) \
        or _PAIRED_AFTER.search(text[max(0, t.start - 30):t.start]) is not None


def _attributive(t: Toponym, text: str, ctx: Context) -> bool:
    """A name used to qualify something else, not as the place: "the Quetta-Karachi highway"."""
    after = text[t.end:t.end + 40]
    if _paired(t, text):
        return True
    word = re.match(r"\s+(\w+)(?:\s+(\w+))?", after)
    return word is not None and word.group(1).lower() in ctx.route_words \
        and (word.group(2) or "").lower() not in ctx.route_place_words


def _order(t: Toponym) -> float:
    """Most specific first; an upazila (ADM3) before the district that holds it."""
    return _LEVEL_ORDER[_level(t)] - (0.5 if t.place is not None and t.place.feature_code == "ADM3" else 0.0)


def _level(t: Toponym) -> str:
    return t.place.level if t.place is not None else "country"


def _containers(toponyms: Sequence[Toponym], text: str) -> set[Toponym]:
    """Names given as the container of the name before them ("(Jhenaidah, Khulna)": Khulna;
    "Turbat, Kech": Kech) or as its owner ("Kech's Turbat"): the name they hold is the more specific place. Not when the two are read
    in different countries ("Mohamed Farah, in Mogadishu": Farah is a man, not a place Mogadishu holds)."""
    ordered = sorted(toponyms, key=lambda t: t.start)
    pairs = [(a, b) for a, b in zip(ordered, ordered[1:])
             if a.place is not None and b.place is not None and a.place.iso3 == b.place.iso3]
    # ... or before it, as its owner: "Sylhet's Beanibazar upazila", "Chhattisgarh's Bijapur district"
    return {b for a, b in pairs if CONTAINED_BY.match(text[a.end:b.start])} \
        | {a for a, b in pairs if _POSSESSIVE.match(text[a.end:b.start])}


_POSSESSIVE = re.compile(r"^['’]s\s+$")


def _choice(t: Toponym, text: str, ctx: Context, gazetteer: Gazetteer) -> PlaceChoice:
    assert t.place is not None
    p = t.place
    precision = _precision(t, text, ctx)
    if p.level == "admin1":
        centre = gazetteer.admin1_centroid(p.iso3 or "", p.admin1 or p.name) or p
        return PlaceChoice(replace(centre, admin2=None), precision, centre.admin1 or centre.name, t)
    if p.level == "country":
        return PlaceChoice(p, 3, p.country or p.name, t)
    return PlaceChoice(p, precision, short_name(p.name), t)
