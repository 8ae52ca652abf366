from __future__ import annotations

from datetime import date

import pytest

from sitrep.extract.notes import write_note
from sitrep.model import Event


def event(**fields) -> Event:
    base = dict(event_id="e1", article_id="a1", event_type="Battles", sub_event_type="Armed clash",
                disorder_type="Political violence")
    return Event(**(base | fields))


def test_notes_full_event() -> None:
    note = write_note(event(event_date=date(2026, 2, 3), time_precision=1, actor1="Military Forces of Pakistan",
                            actor2="BLA: Baloch Liberation Army", admin1="Balochistan", country="Pakistan",
                            fatalities=199, sources=("state media", "The Express Tribune"),
                            claimed_by=("BLA: Baloch Liberation Army",)))
    assert note.startswith("On 3 February 2026, Military Forces of Pakistan clashed with Baloch Liberation Army")
    assert "in Balochistan, Pakistan" in note
    assert note.endswith("; 199 fatalities (state media; The Express Tribune).")
    assert "claimed by Baloch Liberation Army" in note


@pytest.mark.parametrize(("fields", "expected"), [
    (dict(), "On an unreported date, an unidentified group clashed with unidentified people."),
    (dict(event_type="Protests", sub_event_type="Peaceful protest", disorder_type="Demonstrations",
          actor1="Protesters (Pakistan)", location="Chaman", admin1="Balochistan", country="Pakistan"),
     "On an unreported date, Protesters (Pakistan) held a peaceful protest in Chaman, Balochistan, Pakistan."),
    (dict(event_date=date(2026, 2, 1), date_start=date(2026, 2, 1), date_end=date(2026, 2, 3), time_precision=2,
          fatalities=1),
     "Between 1 February and 3 February 2026, an unidentified group clashed with unidentified people; 1 fatality."),
    (dict(event_date=date(2026, 2, 1), time_precision=3), "In February 2026, an unidentified group clashed with"),
])
def test_notes_variants(fields: dict, expected: str) -> None:
    assert write_note(event(**fields)).startswith(expected)


def test_notes_every_sub_event_type_reads() -> None:
    from sitrep.extract.taxonomy import Taxonomy

    for sub in Taxonomy.load().sub_event_types:
        note = write_note(event(event_type=sub.event_type, sub_event_type=sub.name, disorder_type=sub.disorder_type,
                                actor1="Al Shabaab", actor2="Military Forces of Somalia"))
        assert "{" not in note and note.endswith(".")
