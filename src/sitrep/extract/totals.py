"""Totals over casualty claims: ACLED's conservative `fatalities` and UCDP's low/best/high with
deaths per side.

Rules (each documented where it is applied):
- Only killed claims count for fatalities, injured ones for injuries; implausible ones not at all.
- A part ("12 people, including 5 soldiers") is counted once: inside its total, or on its own side
  with the total reduced by it.
- Within a side, one source's figures add up (different sentences of one source are different
  people: "Two soldiers were killed ... Additionally, three soldiers were injured"), a figure that
  one source repeats with the same words counts once, and different sources giving figures for the
  same side are conflicting reports of the same deaths. A source is counted per article: in an
  event merged from several articles, two articles quoting "police" (or giving a figure on their
  own authority) are two reports of the same deaths: low = min, high = max, best = the figure
  most sources give (UCDP's "most common"), on a tie the lower one (ACLED's conservative rule).
- Across sides figures add up. `fatalities` = low (ACLED uses the most conservative estimate).
- A toll without a side, from sources that name no side, is another report of the whole toll, not
  more dead: when it is at least the sum of the sides it holds them (the rest is deaths_unknown),
  when it is smaller it conflicts with them (low = min, high = max). From the source of a sided
  figure, the same number pointing back without a side ("five militants ... five of them") is that
  figure again.
- A strike on civilians told by rival sources, one counting civilians and another militants, with no
  source telling both and no forces' dead reported, is two descriptions of the same dead: they
  conflict instead of adding up.
- A figure given for several places at once ("killing seven in Turbat, Panjgur and Gwadar") counts
  its even share in each place's event (ACLED divides such a toll evenly).
- Perpetrators' own dead (a suicide bomber) count in fatalities (ACLED) and in deaths_b (UCDP puts
  them on their own side; attackers here are the non-state side).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sitrep.model import Claim, Side


@dataclass(frozen=True, slots=True)
class Totals:
    """Fatality block of an event. None: nothing reported; 0: reported as none."""

    fatalities: int | None = None  # ACLED: the conservative figure (= low)
    low: int | None = None
    best: int | None = None
    high: int | None = None
    deaths_a: int | None = None
    deaths_b: int | None = None
    deaths_civilians: int | None = None
    deaths_unknown: int | None = None
    injuries: int | None = None


@dataclass(frozen=True, slots=True)
class _Range:
    low: int
    best: int
    high: int

    def __add__(self, other: _Range) -> _Range:
        return _Range(self.low + other.low, self.best + other.best, self.high + other.high)


_ZERO = _Range(0, 0, 0)
# "Four attackers were killed" and "six militants were killed" from two sources are two reports of
# the same dead: the perpetrators are the non-state side, so their figures conflict, never add.
_SAME_DEAD: dict[Side, Side] = {"attackers": "b"}


def _entries(claims: Sequence[Claim]) -> list[tuple[Claim, _Range]]:
    """Claims with their figures, each part counted once: inside its total, or on its own side
    with the total reduced by it ("12 people, including 5 soldiers": 5 soldiers + 7 civilians).
    Deaths told with no figure count only when no figure is given; otherwise only UCDP's high."""
    totals = {c.start: c for c in claims if c.part_of is None}
    numbered = any(not c.unnumbered for c in claims)
    taken: dict[int, int] = {}
    kept: list[Claim] = []
    for c in claims:
        parent = totals.get(c.part_of) if c.part_of is not None else None
        if parent is not None:
            if c.side in ("unknown", parent.side) or (c.unnumbered and numbered):
                continue
            taken[parent.start] = taken.get(parent.start, 0) + c.value
        kept.append(c)
    out = []
    for c in kept:
        m = taken.get(c.start, 0) if c.part_of is None else 0
        low, best = (0, 0) if c.unnumbered and numbered else (c.low, c.value)
        r = _Range(max(0, low - m), max(0, best - m), max(0, c.high - m))
        out.append((c, _shared(r, c.share) if c.share else r))
    return out


def _shared(r: _Range, share: tuple[int, int]) -> _Range:
    """The i-th of n even shares of a figure given for n places at once; the first ones take the
    remainder."""
    i, n = share
    return _Range(*(v // n + (1 if i < v % n else 0) for v in (r.low, r.best, r.high)))


def _resolve(reports: list[_Range]) -> _Range:
    """Conflicting reports of the same deaths: low = min, high = max, best = the figure most
    reports give; on a tie the lower one."""
    # deaths told with no figure, where another report gives one, read as (0, 0, high): they widen
    # UCDP's high but are no lower report of the dead
    told = [r for r in reports if r.best or r.low or not r.high]
    if told and len(told) < len(reports):
        known = _resolve(told)
        return _Range(known.low, known.best, max(r.high for r in reports))
    counts: dict[int, int] = {}
    for r in reports:
        counts[r.best] = counts.get(r.best, 0) + 1
    best = min(counts, key=lambda v: (-counts[v], v))
    return _Range(min(r.low for r in reports), best, max(r.high for r in reports))


def _per_side(claims: Sequence[Claim]) -> dict[Side, _Range]:
    """Per side: each source's figures add up (a repeat counts once); sources conflict."""
    return {side: _resolve(list(by.values())) for side, by in _by_source(claims).items()}


Source = tuple[str, str | None]  # (article id, who says so): one source per article


_ANAPHORS = frozenset({"them", "they", "whom", "those", "these"})


def _vague_repeat(c: Claim, sided: set[tuple[str, str | None, int]]) -> bool:
    """"Police killed five militants ... killing five of them": a figure that only points back
    ("of them") and equals a sided figure of the same source is that figure again."""
    return (c.side == "unknown" and (c.article_id, c.source, c.value) in sided
            and bool(set(c.about.lower().split()) & _ANAPHORS))


def _by_source(claims: Sequence[Claim]) -> dict[Side, dict[Source, _Range]]:
    by_source: dict[Side, dict[Source, _Range]] = {}
    seen: set[tuple[Side, str, str | None, int, str]] = set()
    sided = {(c.article_id, c.source, c.value) for c in claims if c.side != "unknown"}
    for c, r in _entries(claims):
        side = _SAME_DEAD.get(c.side, c.side)
        key = (side, c.article_id, c.source, c.value, c.about.lower())
        if key in seen or _vague_repeat(c, sided):
            continue
        seen.add(key)
        sources = by_source.setdefault(side, {})
        who = (c.article_id, c.source)
        sources[who] = sources.get(who, _ZERO) + r
    return by_source


def _block(claims: Sequence[Claim], one_sided: bool = False) -> tuple[dict[Side, _Range], _Range, int] | None:
    """Per-side figures, the total and ACLED's fatalities; toll statements are read last."""
    if not claims:
        return None
    earlier = _superseded(claims)
    if earlier:
        # the revised figures are the count; what was told before still bounds UCDP's low and high
        current = _block([c for c in claims if c not in earlier], one_sided)
        before = _block(earlier, one_sided)
        assert current is not None and before is not None
        sides, total, fatalities = current
        return sides, _Range(min(total.low, before[1].low), total.best, max(total.high, before[1].high)), fatalities
    tolls = [c for c in claims if c.toll is not None and c.side == "unknown"]
    figures = [c for c in claims if c.toll is None or c.side != "unknown"]
    block = _figures_block(figures, one_sided) if figures else None
    if not tolls:
        assert block is not None
        return block[0], block[1], block[1].low
    revised = [c for c in tolls if c.toll == "revised"]
    # one range per report (article, source, figure): the same statement told twice counts once
    reports = {(c.article_id, c.source, c.value): _Range(c.low, c.value, c.high) for c in tolls if c.toll == "stated"}
    stated = _resolve(list(reports.values())) if reports else None
    sides, total = block if block is not None else ({}, None)
    if revised:
        return _revised(sides, total, stated, max(revised, key=lambda c: c.value))
    assert stated is not None
    if total is None:
        return {"unknown": stated}, stated, stated.low
    if stated.best >= total.best and set(sides) <= _ARMED_SIDES:
        # "two soldiers were martyred ... police put the death toll at five": the toll holds them
        sides = {**sides, "unknown": _Range(*(max(0, w - t) for w, t in zip(
            (stated.low, stated.best, stated.high), (total.low, total.best, total.high))))}
        total = _Range(max(stated.low, total.low), stated.best, max(stated.high, total.high))
        return sides, total, total.low
    # "killing seven worshippers ... hospital sources put the death toll at 12": two reports of the
    # same dead; ACLED keeps the conservative one, UCDP's range spans both
    total = _resolve([total, stated])
    return sides, total, total.low


def _superseded(claims: Sequence[Claim]) -> list[Claim]:
    """Figures a revision split by side replaces: "nine people were killed ... an official later
    revised the toll, saying six policemen and five attackers had died" is 11 dead, not 20. The
    claims of the same article told in sentences before the revision's."""
    revision = [c for c in claims if c.toll == "revised" and c.side != "unknown"]
    if not revision:
        return []
    first = min(revision, key=lambda c: c.sentence_start)
    return [c for c in claims if c.article_id == first.article_id and c.sentence_end <= first.sentence_start]


# Sides a whole toll may hold besides: figures of the armed sides are often told apart from the toll
# ("two soldiers among the dead"), while a figure of the victims is itself a report of the toll.
_ARMED_SIDES: frozenset[Side] = frozenset({"a", "b", "attackers"})


def _revised(sides: dict[Side, _Range], total: _Range | None, stated: _Range | None,
             latest: Claim) -> tuple[dict[Side, _Range], _Range, int]:
    """"Five policemen were killed ... the death toll rose to nine": the later count supersedes the
    earlier ones (they were counts of the same dead before all were found), so ACLED's figure and
    UCDP's best are the latest; UCDP's low and high still span every count reported."""
    reports = [r for r in (total, stated) if r is not None]
    told = sum(r.best for r in sides.values())
    sides = {k: v for k, v in sides.items() if k != "unknown"}
    if latest.value > told:
        sides["unknown"] = _Range(latest.value - told, latest.value - told, latest.high - told)
    whole = _Range(min([latest.low, *(r.low for r in reports)]), latest.value,
                   max([latest.high, *(r.high for r in reports)]))
    return sides, whole, latest.value


def _figures_block(claims: Sequence[Claim], one_sided: bool = False) -> tuple[dict[Side, _Range], _Range]:
    by_source = _by_source(claims)
    sides = {side: _resolve(list(by.values())) for side, by in by_source.items()}
    total = _ZERO
    rival = _rival_accounts(by_source) if one_sided else ()
    for side, r in sides.items():
        if not _alternative_total(side, by_source) and side not in rival:
            total = total + r
    if rival:
        total = total + _resolve([sides[s] for s in rival])
    if "unknown" in sides and _alternative_total("unknown", by_source):
        whole = sides.pop("unknown")
        if whole.best >= total.best:  # "five killed" (police) holds the "two soldiers" (ISPR)
            sides["unknown"] = _Range(*(max(0, w - t) for w, t in
                                        zip((whole.low, whole.best, whole.high), (total.low, total.best, total.high))))
            total = _Range(max(whole.low, total.low), whole.best, max(whole.high, total.high))
        else:
            total = _resolve([total, whole])
    return sides, total


# The victims as each party tells them: the side that struck calls its dead militants, the side
# struck calls them civilians.
_RIVAL_SIDES: tuple[Side, Side] = ("civilians", "b")


def _rival_accounts(by_source: dict[Side, dict[Source, _Range]]) -> tuple[Side, ...]:
    """"Kabul says 15 civilians were killed; Islamabad says 20 militants were killed": in an event
    that targets civilians, when no source tells both and nobody reports the forces' own dead,
    the civilians of one account and the militants of the other are rival descriptions of the same
    dead. They conflict (ACLED keeps the lower, UCDP's range spans both) instead of adding up."""
    if "a" in by_source or not all(s in by_source for s in _RIVAL_SIDES):
        return ()
    civilians, militants = (set(by_source[s]) for s in _RIVAL_SIDES)
    return _RIVAL_SIDES if not civilians & militants else ()


def _alternative_total(side: Side, by_source: dict[Side, dict[Source, _Range]]) -> bool:
    """An unattributed toll from sources that give no side is another report of the same dead:
    "a security official said four soldiers died, while police put the toll at three"."""
    if side != "unknown" or len(by_source) == 1:
        return False
    sided = {src for s, by in by_source.items() if s != "unknown" for src in by}
    return not (set(by_source["unknown"]) & sided)


def summarise(claims: Sequence[Claim], *, one_sided: bool = False) -> Totals:
    """Totals over claims (see the module docstring for the rules). `one_sided`: the event targets
    civilians (a strike, an attack), where rival accounts may name the same dead differently."""
    killed = _block([c for c in claims if c.quantity == "killed" and not c.implausible], one_sided)
    injured = _block([c for c in claims if c.quantity == "injured" and not c.implausible], one_sided)
    injuries = injured[2] if injured else None
    if killed is None:
        return Totals(injuries=injuries)
    sides, total, fatalities = killed

    def best(*names: Side) -> int | None:
        found = [sides[n].best for n in names if n in sides]
        return sum(found) if found else None

    return Totals(fatalities=fatalities, low=total.low, best=total.best, high=total.high,
                  deaths_a=best("a"), deaths_b=best("b"),
                  deaths_civilians=best("civilians"), deaths_unknown=best("unknown"),
                  injuries=injuries)
