from __future__ import annotations

import csv
import io
from dataclasses import replace
from datetime import date

import pytest

from sitrep.export import UCDP_COLUMNS, write_export
from sitrep.export.ucdp_csv import date_prec, type_of_violence, where_prec
from sitrep.model import Event


def _rows(events: list[Event]) -> list[dict[str, str]]:
    buf = io.StringIO(newline="")
    write_export(events, "ucdp-csv", buf)
    reader = csv.DictReader(io.StringIO(buf.getvalue(), newline=""))
    assert tuple(reader.fieldnames or ()) == UCDP_COLUMNS
    return list(reader)


def test_ucdp_csv_state_based_clash(clash: Event) -> None:
    [row] = _rows([clash])
    assert row["type_of_violence"] == "1"
    assert (row["side_a"], row["side_b"]) == (clash.actor1, clash.actor2)
    assert (row["best"], row["low"], row["high"]) == ("199", "199", "219")
    assert (row["deaths_a"], row["deaths_b"], row["deaths_civilians"]) == ("22", "177", "")
    assert (row["date_start"], row["date_end"], row["date_prec"]) == ("2026-02-01", "2026-02-03", "2")
    assert (row["where_prec"], row["region"], row["number_of_sources"]) == ("4", "Asia", "2")
    assert row["geom_wkt"] == "POINT (65.09 28.49)"


def test_ucdp_csv_one_sided(attack_on_civilians: Event) -> None:
    [row] = _rows([attack_on_civilians])
    assert (row["type_of_violence"], row["side_b"], row["where_prec"]) == ("3", "Civilians", "1")
    assert (row["best"], row["low"], row["high"], row["date_prec"]) == ("3", "3", "3", "1")


@pytest.mark.parametrize(("event_type", "inter1", "inter2", "civ", "expected"), [
    ("Battles", 1, 2, None, 1),
    ("Battles", 2, 1, None, 1),
    ("Battles", 2, 4, None, 2),
    ("Explosions/Remote violence", 2, None, None, None),
    ("Explosions/Remote violence", 2, 7, None, 3),
    ("Violence against civilians", 1, 7, "Civilian targeting", 3),
    ("Protests", 6, None, None, None),
    ("Riots", 5, 5, None, None),
])
def test_ucdp_type_of_violence(clash: Event, event_type: str, inter1: int, inter2: int | None,
                               civ: str | None, expected: int | None) -> None:
    ev = replace(clash, event_type=event_type, inter1=inter1, inter2=inter2, civilian_targeting=civ)
    assert type_of_violence(ev) == expected


def test_ucdp_side_a_is_the_state(clash: Event) -> None:
    ev = replace(clash, actor1=clash.actor2, inter1=2, actor2=clash.actor1, inter2=1)
    [row] = _rows([ev])
    assert (row["side_a"], row["side_b"]) == (clash.actor1, clash.actor2)


@pytest.mark.parametrize(("days", "tp", "expected"), [
    (0, 1, 1), (2, 2, 2), (5, 2, 2), (6, 2, 3), (7, 2, 3), (8, 3, 4), (30, 3, 4), (31, 3, 5),
])
def test_ucdp_date_prec(clash: Event, days: int, tp: int, expected: int) -> None:
    start = date(2026, 1, 1)
    ev = replace(clash, date_start=start, date_end=date.fromordinal(start.toordinal() + days),
                 time_precision=tp)
    assert date_prec(ev) == expected


@pytest.mark.parametrize(("tp", "expected"), [(1, 1), (2, 3), (3, 4), (None, None)])
def test_ucdp_date_prec_without_range(clash: Event, tp: int | None, expected: int | None) -> None:
    assert date_prec(replace(clash, date_start=None, date_end=None, time_precision=tp)) == expected


@pytest.mark.parametrize(("geo", "admin2", "location", "country", "expected"), [
    (1, None, "Turbat", "Pakistan", 1), (2, None, "Turbat", "Pakistan", 2),
    (3, "Kech", "Kech", "Pakistan", 3), (3, None, "Balochistan", "Pakistan", 4),
    (None, None, None, "Pakistan", 6), (None, None, None, None, None),
])
def test_ucdp_where_prec(clash: Event, geo: int | None, admin2: str | None, location: str | None,
                         country: str | None, expected: int | None) -> None:
    ev = replace(clash, geo_precision=geo, admin2=admin2, location=location, country=country)
    assert where_prec(ev) == expected
