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
  own authority) are two reports of the same deaths, not different deaths: low = min, high = max, best = the figure
  most sources give (UCDP's "most common"), on a tie the lower one (ACLED's conservative rule).
- Across sides figures add up. `fatalities` = low (ACLED uses the most conservative estimate).
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


def _entries(claims: Sequence[Claim]) -> list[tuple[Claim, _Range]]:
    """Claims with their figures, each part counted once: inside its total, or on its own side
    with the total reduced by it ("12 people, including 5 soldiers": 5 soldiers + 7 civilians)."""
    totals = {c.start: c for c in claims if c.part_of is None}
    taken: dict[int, int] = {}
    kept: list[Claim] = []
    for c in claims:
        parent = totals.get(c.part_of) if c.part_of is not None else None
        if parent is not None:
            if c.side in ("unknown", parent.side):
                continue
            taken[parent.start] = taken.get(parent.start, 0) + c.value
        kept.append(c)
    out = []
    for c in kept:
        m = taken.get(c.start, 0) if c.part_of is None else 0
        out.append((c, _Range(max(0, c.low - m), max(0, c.value - m), max(0, c.high - m))))
    return out


def _resolve(reports: list[_Range]) -> _Range:
    """Conflicting reports of the same deaths: low = min, high = max, best = the figure most
    reports give; on a tie the lower one."""
    counts: dict[int, int] = {}
    for r in reports:
        counts[r.best] = counts.get(r.best, 0) + 1
    best = min(counts, key=lambda v: (-counts[v], v))
    return _Range(min(r.low for r in reports), best, max(r.high for r in reports))


def _per_side(claims: Sequence[Claim]) -> dict[Side, _Range]:
    """Per side: each source's figures add up (a repeat counts once); sources conflict."""
    by_source: dict[Side, dict[tuple[str, str | None], _Range]] = {}
    seen: set[tuple[Side, str, str | None, int, str]] = set()
    for c, r in _entries(claims):
        key = (c.side, c.article_id, c.source, c.value, c.about.lower())
        if key in seen:
            continue
        seen.add(key)
        sources = by_source.setdefault(c.side, {})
        who = (c.article_id, c.source)
        sources[who] = sources.get(who, _ZERO) + r
    return {side: _resolve(list(by.values())) for side, by in by_source.items()}


def _block(claims: Sequence[Claim]) -> tuple[dict[Side, _Range], _Range] | None:
    if not claims:
        return None
    sides = _per_side(claims)
    total = _ZERO
    for r in sides.values():
        total = total + r
    return sides, total


def summarise(claims: Sequence[Claim]) -> Totals:
    """Totals over claims (see the module docstring for the rules)."""
    killed = _block([c for c in claims if c.quantity == "killed" and not c.implausible])
    injured = _block([c for c in claims if c.quantity == "injured" and not c.implausible])
    injuries = injured[1].low if injured else None
    if killed is None:
        return Totals(injuries=injuries)
    sides, total = killed

    def best(*names: Side) -> int | None:
        found = [sides[n].best for n in names if n in sides]
        return sum(found) if found else None

    return Totals(fatalities=total.low, low=total.low, best=total.best, high=total.high,
                  deaths_a=best("a"), deaths_b=best("b", "attackers"),
                  deaths_civilians=best("civilians"), deaths_unknown=best("unknown"),
                  injuries=injuries)
