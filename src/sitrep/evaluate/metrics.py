"""Scoring functions: pure, on plain values. Each returns None when it has nothing to score, so a
report says "n/a" rather than a misleading 0 or 1.

Label pairs are (gold, predicted). Class sets follow scikit-learn's defaults: macro-F1 averages over
every label seen as gold or predicted; weighted F1 weights each gold label by its support.
"""

from __future__ import annotations

import math
import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

Pair = tuple[str, str]
Span = tuple[int, int]
EARTH_RADIUS_KM = 6371.0088  # mean radius (IUGG)


@dataclass(frozen=True, slots=True)
class PRF:
    precision: float
    recall: float
    f1: float
    support: int  # gold items of the class (or gold spans)


def share(flags: Iterable[bool]) -> float | None:
    """Share of True; None for no items."""
    items = list(flags)
    return sum(items) / len(items) if items else None


def accuracy(pairs: Sequence[Pair]) -> float | None:
    return share(g == p for g, p in pairs)


def confusion(pairs: Iterable[Pair]) -> Counter[Pair]:
    """Counts of (gold, predicted)."""
    return Counter(pairs)


def labels(pairs: Iterable[Pair]) -> list[str]:
    """Every label seen as gold or predicted, sorted."""
    return sorted({x for pair in pairs for x in pair})


def prf(tp: int, n_pred: int, n_gold: int) -> PRF:
    """Precision, recall and F1 from counts; an empty side scores 0, not an error."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return PRF(p, r, f1, n_gold)


def per_class(pairs: Sequence[Pair]) -> dict[str, PRF]:
    gold = Counter(g for g, _ in pairs)
    pred = Counter(p for _, p in pairs)
    hits = Counter(g for g, p in pairs if g == p)
    return {lab: prf(hits[lab], pred[lab], gold[lab]) for lab in labels(pairs)}


def macro_f1(pairs: Sequence[Pair]) -> float | None:
    if not pairs:
        return None
    scores = per_class(pairs)
    return sum(s.f1 for s in scores.values()) / len(scores)


def weighted_f1(pairs: Sequence[Pair]) -> float | None:
    if not pairs:
        return None
    return sum(s.f1 * s.support for s in per_class(pairs).values()) / len(pairs)


def exact_match(pairs: Sequence[tuple[int, int]]) -> float | None:
    return share(g == p for g, p in pairs)


def mae(pairs: Sequence[tuple[float, float]]) -> float | None:
    """Mean absolute error."""
    return sum(abs(g - p) for g, p in pairs) / len(pairs) if pairs else None


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance between two points in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def share_within(distances: Sequence[float], km: float) -> float | None:
    """Share of distances at most `km` (acc@161 is share_within(d, 161))."""
    return share(d <= km for d in distances)


def median(values: Sequence[float]) -> float | None:
    return statistics.median(values) if values else None


def overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def match_spans(pred: Sequence[Span], gold: Sequence[Span]) -> list[tuple[int, int]]:
    """One-to-one (gold index, pred index) pairs of overlapping spans, in gold order, each gold span
    taking the first overlapping predicted span not yet used."""
    used: set[int] = set()
    out: list[tuple[int, int]] = []
    for gi, g in enumerate(gold):
        pi = next((i for i, p in enumerate(pred) if i not in used and overlaps(g, p)), None)
        if pi is not None:
            used.add(pi)
            out.append((gi, pi))
    return out


def span_prf(pred: Sequence[Span], gold: Sequence[Span]) -> PRF:
    """Overlap-matched precision, recall and F1 of predicted spans against gold spans."""
    return prf(len(match_spans(pred, gold)), len(pred), len(gold))
