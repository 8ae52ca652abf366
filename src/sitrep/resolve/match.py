"""Pair score: is this the same incident? Every decision comes with its reasons (auditable merges)."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from importlib import resources
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from sitrep.errors import DataFileError
from sitrep.model import Event
from sitrep.resolve.block import SLACK_DAYS

GENERIC_PREFIXES = ("Unidentified", "Civilians", "Protesters", "Rioters")


class _Weights(BaseModel):
    model_config = ConfigDict(extra="forbid")
    type: float
    date: float
    place: float
    actors: float
    text: float  # a bonus on top of the others (they sum to 1): evidence wording in common


class MatchConfig(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str
    threshold: float
    weights: _Weights
    tolerance_km: dict[int, float]
    compatible_types: list[tuple[str, str]]
    daily_types: frozenset[str]  # event types coded per day: no date slack between two of them
    text_window: int  # characters either side of an evidence span read for the text signal
    stopwords: frozenset[str]

    @classmethod
    def load(cls) -> MatchConfig:
        ref = resources.files("sitrep.data").joinpath("resolve/match.yaml")
        try:
            return cls.model_validate(yaml.safe_load(ref.read_text(encoding="utf-8")))
        except (yaml.YAMLError, ValidationError) as exc:
            raise DataFileError(f"invalid resolve config — {exc}", path=str(ref)) from exc

    def compatible(self, a: str, b: str) -> bool:
        return (a, b) in self.compatible_types or (b, a) in self.compatible_types


@dataclass(frozen=True, slots=True)
class MatchResult:
    score: float
    verdict: Literal["merge", "distinct"]
    reasons: tuple[str, ...]


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


def _range(ev: Event) -> tuple[date, date] | None:
    start = ev.date_start or ev.event_date
    if start is None:
        return None
    return start, ev.date_end or start


def date_score(a: Event, b: Event, cfg: MatchConfig) -> tuple[float, str]:
    ra, rb = _range(a), _range(b)
    if ra is None or rb is None:
        return 0.0, "a date is missing"
    if ra[0] <= rb[1] and rb[0] <= ra[1]:
        return 1.0, "date ranges overlap"
    if a.event_type in cfg.daily_types and b.event_type in cfg.daily_types:
        gap = max((ra[0] - rb[1]).days, (rb[0] - ra[1]).days)
        return -1.0, f"dates {gap} day(s) apart, and each day of {a.event_type.lower()} is its own event"
    slack = timedelta(days=max(SLACK_DAYS.get(a.time_precision, 3), SLACK_DAYS.get(b.time_precision, 3)))
    gap = max((ra[0] - rb[1]).days, (rb[0] - ra[1]).days)
    if gap <= slack.days:
        return 0.0, f"dates {gap} day(s) apart, within the precision slack"
    return -1.0, f"dates {gap} days apart"


def place_score(a: Event, b: Event, cfg: MatchConfig) -> tuple[float, str]:
    if a.latitude is None or b.latitude is None or a.longitude is None or b.longitude is None:
        return 0.0, "a place is missing"
    coarse = max(a.geo_precision or 3, b.geo_precision or 3)
    if coarse >= 3 and a.admin1 and b.admin1 and a.admin1 != b.admin1:
        return -1.0, f"different provinces ({a.admin1} / {b.admin1})"
    tol = cfg.tolerance_km.get(coarse, cfg.tolerance_km[3])
    km = haversine_km(a.latitude, a.longitude, b.latitude, b.longitude)
    if km > tol:
        return -1.0, f"{km:.0f} km apart (tolerance {tol:.0f} km at geo_precision {coarse})"
    return 1.0 - 0.5 * km / tol, f"{km:.0f} km apart (tolerance {tol:.0f} km)"


def type_score(a: Event, b: Event, cfg: MatchConfig) -> tuple[float, str]:
    if a.sub_event_type == b.sub_event_type:
        return 1.0, f"same sub-event type ({a.sub_event_type})"
    if a.event_type == b.event_type:
        return 0.8, f"same event type ({a.event_type})"
    if cfg.compatible(a.event_type, b.event_type):
        return 0.5, f"compatible types ({a.event_type} / {b.event_type})"
    return -1.0, f"incompatible types ({a.event_type} / {b.event_type})"


def _named(ev: Event) -> set[str]:
    names = {ev.actor1, ev.actor2, ev.assoc_actor_1, ev.assoc_actor_2}
    return {n for n in names if n and not n.startswith(GENERIC_PREFIXES)}


def _words(name: str) -> tuple[str, ...]:
    """"ISKP: Islamic State Khorasan Province" -> (islamic, state, khorasan, province); a country
    after the name does not count ("Islamic State (Afghanistan)" -> (islamic, state))."""
    return tuple(_COUNTRY_AFTER.sub("", name.split(": ", 1)[-1]).lower().split())


_COUNTRY_AFTER = re.compile(r"\s*\([^)]*\)$")


def _same_actor(x: str, y: str) -> bool:
    """Equal names, or one names the other's parent: "Islamic State" and "ISKP: Islamic State
    Khorasan Province" (one report names the branch that claimed the attack)."""
    wx, wy = _words(x), _words(y)
    short, long_ = sorted((wx, wy), key=len)
    return x == y or (bool(short) and long_[:len(short)] == short)


def actor_score(a: Event, b: Event) -> tuple[float, str]:
    na, nb = _named(a), _named(b)
    if not na or not nb:
        return 0.5, "an actor is unnamed"
    shared = sorted({x for x in na for y in nb if _same_actor(x, y)})
    if shared:
        return 1.0, "shared actors: " + ", ".join(shared)
    return 0.0, "no named actor in common"


Similarity = Callable[[Event, Event], float]


def match(a: Event, b: Event, cfg: MatchConfig, *, text: Similarity | None = None) -> MatchResult:
    """Score a pair; `text` (0..1 likeness of the evidence wording) is asked only for a pair that
    passes every hard rule, since it may have to read the articles."""
    parts: dict[str, tuple[float, str]] = {}
    for name, part in (("type", lambda: type_score(a, b, cfg)), ("date", lambda: date_score(a, b, cfg)),
                       ("place", lambda: place_score(a, b, cfg)), ("actors", lambda: actor_score(a, b))):
        parts[name] = part()
        if parts[name][0] < 0:  # a hard rule failed: the rest cannot change the verdict
            return MatchResult(0.0, "distinct", tuple(r for _, r in parts.values()))
    reasons = tuple(reason for _, reason in parts.values())
    w = cfg.weights
    total = (w.type * parts["type"][0] + w.date * parts["date"][0] + w.place * parts["place"][0]
             + w.actors * parts["actors"][0])
    if text is not None:
        sim = text(a, b)
        total += w.text * sim
        reasons += (f"evidence wording {sim:.2f} alike",)
    return MatchResult(round(total, 3), "merge" if total >= cfg.threshold else "distinct", reasons)
