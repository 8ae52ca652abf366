"""Casualty totals of a merged event: every article's claims, without counting the dead twice.

Within one article `summarise` already knows which figures are parts of which. Across articles,
figures for the same side are conflicting reports of the same deaths (it resolves those too), but a
bare total ("26 people were killed", read as civilians or unknown) may include the soldiers another
article counts separately ("22 people, among them six soldiers"). So the articles that name an
armed side are resolved together, per side, into one report; each article that gives only a bare
total is another report; the totals are those reports in conflict (low = min, best = the most
common, on a tie the lower, high = max). Reports that each name a different armed side ("eight
militants" / "two soldiers") still add up, in the first report.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from sitrep.extract.totals import Totals, summarise
from sitrep.model import Claim


BARE_SIDES = frozenset({"civilians", "unknown"})  # "people": a total that may include the armed sides


def _counted(c: Claim) -> bool:
    return c.quantity == "killed" and not c.implausible


def _reports(claims: Sequence[Claim]) -> list[Totals]:
    by_article: dict[str, list[Claim]] = {}
    for c in claims:
        if _counted(c):
            by_article.setdefault(c.article_id, []).append(c)
    split = [c for cs in by_article.values() if any(c.side not in BARE_SIDES for c in cs) for c in cs]
    bare = [cs for cs in by_article.values() if all(c.side in BARE_SIDES for c in cs)]
    return ([summarise(split)] if split else []) + [summarise(cs) for cs in bare]


def merged_totals(claims: Sequence[Claim]) -> Totals:
    """Totals over the claims of several articles (per side as `summarise`, totals as above)."""
    per_side = summarise(claims)
    reports = [r for r in _reports(claims) if r.low is not None]
    if len(reports) < 2:
        return per_side
    bests = [r.best for r in reports if r.best is not None]
    best = min(set(bests), key=lambda v: (-bests.count(v), v))
    low = min(r.low for r in reports if r.low is not None)
    high = max(r.high for r in reports if r.high is not None)
    return replace(per_side, fatalities=low, low=low, best=best, high=high)
