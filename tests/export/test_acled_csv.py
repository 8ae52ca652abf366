from __future__ import annotations

import csv
import io

from sitrep.export import ACLED_COLUMNS, write_export
from sitrep.model import Event

EXPECTED = ("event_id_cnty event_date year time_precision disorder_type event_type sub_event_type "
            "actor1 assoc_actor_1 inter1 actor2 assoc_actor_2 inter2 interaction civilian_targeting "
            "iso region country admin1 admin2 admin3 location latitude longitude geo_precision source "
            "source_scale notes fatalities tags timestamp").split()


def _rows(events: list[Event]) -> tuple[list[str], list[dict[str, str]]]:
    buf = io.StringIO(newline="")
    assert write_export(events, "acled-csv", buf).written == len(events)
    reader = csv.DictReader(io.StringIO(buf.getvalue(), newline=""))
    return list(reader.fieldnames or []), list(reader)


def test_acled_csv_has_acleds_31_columns_in_order(events: list[Event]) -> None:
    header, rows = _rows(events)
    assert len(ACLED_COLUMNS) == 31
    assert header == EXPECTED == list(ACLED_COLUMNS)
    assert all(len(r) == 31 and None not in r for r in rows)


def test_acled_csv_values(clash: Event, attack_on_civilians: Event) -> None:
    _, [row, vac] = _rows([clash, attack_on_civilians])
    assert row["event_id_cnty"] == "PAKe-clash"
    assert (row["event_date"], row["year"], row["time_precision"]) == ("2026-02-03", "2026", "2")
    assert (row["iso"], row["region"], row["country"]) == ("586", "South Asia", "Pakistan")
    assert (row["inter1"], row["inter2"], row["interaction"]) == ("1", "2", "12")
    assert row["source"] == "state media; The Express Tribune"
    assert row["notes"] == 'Clashes; "heavy" losses, says army.'  # quotes survive the round trip
    assert (row["fatalities"], row["admin2"], row["civilian_targeting"]) == ("199", "", "")
    assert float(row["latitude"]) == clash.latitude and int(row["timestamp"]) > 0
    assert (vac["iso"], vac["region"], vac["civilian_targeting"]) == (
        "706", "Eastern Africa", "Civilian targeting")
    assert vac["source"] == "Radio, local"


def test_acled_csv_unknown_fatalities_are_zero(no_place: Event) -> None:
    _, [row] = _rows([no_place])
    assert row["fatalities"] == "0"
    assert (row["iso"], row["region"]) == ("50", "South Asia")  # ISO3 found from the name
    assert row["event_date"] == row["year"] == row["latitude"] == ""
