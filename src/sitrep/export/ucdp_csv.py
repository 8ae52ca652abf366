"""UCDP GED's columns where sitrep has the data; the rest of GED's columns are left out.

Precision codes (ACLED -> UCDP), applied in `where_prec` / `date_prec`:

| ACLED geo_precision            | UCDP where_prec                                        |
|--------------------------------|--------------------------------------------------------|
| 1 town or exact place          | 1 exact location                                       |
| 2 near a town / part of region | 2 within about 25 km of a known place                  |
| 3 larger region (centroid)     | 3 ADM2 when the place is the admin2 unit, else 4 ADM1  |
| none, country known            | 6 country                                              |

| date_start..date_end, days inclusive | UCDP date_prec           |
|--------------------------------------|--------------------------|
| 1                                    | 1 exact date             |
| 2-6                                  | 2 within 2-6 days        |
| 7-8                                  | 3 the week               |
| 9-31                                 | 4 the month (8-30 days)  |
| more                                 | 5 more than a month      |
Without a range, ACLED time_precision 1 (day) -> 1, 2 (week) -> 3, 3 (month) -> 4.

type_of_violence (UCDP: 1 state-based, 2 non-state, 3 one-sided), from event type and inter codes:
only Battles, Explosions/Remote violence and Violence against civilians are organised violence
(others: empty). One-sided (3) when the event is Violence against civilians, targets civilians
(civilian_targeting, actor2 inter 7), or has no second armed actor but civilian deaths; state-based
(1) when either actor is a state force (inter 1); non-state (2) when both actors are organised
non-state groups (inter 2, 3, 4, 8); otherwise empty. side_a is the state actor when there is one
(UCDP lists the government first), for one-sided violence the perpetrator, side_b "Civilians".
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from datetime import date
from typing import IO, Any

from sitrep.export.base import ExportResult, opt
from sitrep.export.regions import Regions
from sitrep.model import Event

UCDP_COLUMNS: tuple[str, ...] = (
    "id", "relid", "year", "type_of_violence", "side_a", "side_b", "number_of_sources",
    "source_article", "where_prec", "where_coordinates", "where_description", "adm_1", "adm_2",
    "latitude", "longitude", "geom_wkt", "country", "region", "date_prec", "date_start",
    "date_end", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "best", "high", "low",
)

ORGANISED = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
STATE, CIVILIANS, NON_STATE = 1, 7, frozenset({2, 3, 4, 8})


def type_of_violence(ev: Event) -> int | None:
    if ev.event_type not in ORGANISED:
        return None
    if (ev.event_type == "Violence against civilians" or ev.civilian_targeting
            or ev.inter2 == CIVILIANS or (ev.inter2 is None and (ev.deaths_civilians or 0) > 0)):
        return 3
    if STATE in (ev.inter1, ev.inter2):
        return 1
    if ev.inter1 in NON_STATE and ev.inter2 in NON_STATE:
        return 2
    return None


def sides(ev: Event, violence: int | None) -> tuple[str | None, str | None]:
    if violence == 3:
        return ev.actor1, "Civilians"
    if ev.inter2 == STATE and ev.inter1 != STATE:
        return ev.actor2, ev.actor1
    return ev.actor1, ev.actor2


def where_prec(ev: Event) -> int | None:
    if ev.geo_precision in (1, 2):
        return ev.geo_precision
    if ev.geo_precision == 3:
        return 3 if ev.admin2 and ev.location == ev.admin2 else 4
    return 6 if ev.country else None


def date_prec(ev: Event) -> int | None:
    if ev.date_start and ev.date_end:
        days = (ev.date_end - ev.date_start).days + 1
        return 1 if days <= 1 else 2 if days <= 6 else 3 if days <= 8 else 4 if days <= 31 else 5
    return {1: 1, 2: 3, 3: 4}.get(ev.time_precision or 0)


def _iso(d: date | None) -> str:
    return d.isoformat() if d else ""


def ucdp_row(ev: Event, *, regions: Regions) -> dict[str, Any]:
    violence = type_of_violence(ev)
    side_a, side_b = sides(ev, violence)
    start, end = ev.date_start or ev.event_date, ev.date_end or ev.event_date
    has_point = ev.latitude is not None and ev.longitude is not None
    iso3 = regions.iso3(ev.iso3, ev.country)
    best = ev.fatalities_best if ev.fatalities_best is not None else ev.fatalities
    return {
        "id": ev.event_id, "relid": ev.event_id, "year": start.year if start else "",
        "type_of_violence": opt(violence), "side_a": opt(side_a), "side_b": opt(side_b),
        "number_of_sources": ev.number_of_sources, "source_article": "; ".join(ev.sources),
        "where_prec": opt(where_prec(ev)),
        "where_coordinates": opt(ev.location or ev.admin1 or ev.country),
        "where_description": opt(ev.location), "adm_1": opt(ev.admin1), "adm_2": opt(ev.admin2),
        "latitude": opt(ev.latitude), "longitude": opt(ev.longitude),
        "geom_wkt": f"POINT ({ev.longitude} {ev.latitude})" if has_point else "",
        "country": opt(ev.country), "region": regions.ucdp.get(iso3 or "", ""),
        "date_prec": opt(date_prec(ev)), "date_start": _iso(start), "date_end": _iso(end),
        "deaths_a": opt(ev.deaths_a), "deaths_b": opt(ev.deaths_b),
        "deaths_civilians": opt(ev.deaths_civilians), "deaths_unknown": opt(ev.deaths_unknown),
        "best": opt(best),
        "high": opt(ev.fatalities_high if ev.fatalities_high is not None else best),
        "low": opt(ev.fatalities_low if ev.fatalities_low is not None else best),
    }


def write_ucdp_csv(events: Iterable[Event], out: IO[str]) -> ExportResult:
    regions = Regions.load()
    writer = csv.DictWriter(out, fieldnames=UCDP_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    n = 0
    for ev in events:
        writer.writerow(ucdp_row(ev, regions=regions))
        n += 1
    return ExportResult(written=n)
