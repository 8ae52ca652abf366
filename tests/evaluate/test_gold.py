"""Gold reader. Rows here are invented for the tests."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from sitrep.errors import EvalError
from sitrep.evaluate.gold import GoldDoc, GoldEvent, parse_row, read_gold

EVENT = {"id": "t1", "dataset": "made_up", "text": "Two guards were shot dead in Turbat on Monday.",
         "published": "2024-03-05",
         "gold": {"event_type": "Violence against civilians", "sub_event_type": "Attack",
                  "event_date": "2024-03-04", "actor1": "Unidentified Armed Group (Pakistan)",
                  "country": "Pakistan", "admin1": "Balochistan", "latitude": 26.0, "longitude": 63.05,
                  "fatalities": 2, "inter1": "3"}}
DOC = {"id": "d1", "dataset": "made_up_geo", "text": "Rain fell on Quetta and Sibi.",
       "toponyms": [{"start": 12, "end": 18, "text": "Quetta", "latitude": 30.19, "longitude": 67.0,
                     "country": "Pakistan", "admin1": None}]}


def _write(path: Path, *rows: object) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows), encoding="utf-8")
    return path


def test_gold_reads_event_rows() -> None:
    g = parse_row(EVENT)
    assert isinstance(g, GoldEvent)
    assert g.typed and g.event_type == "Violence against civilians" and g.fatalities == 2
    assert g.published == date(2024, 3, 5) and g.event_date == date(2024, 3, 4)
    assert g.injuries is None and g.perpetrator is None


def test_gold_null_type_is_typed_but_absent_type_is_not() -> None:
    coded_none = parse_row({**EVENT, "gold": {"event_type": None, "sub_event_type": None}})
    uncoded = parse_row({**EVENT, "gold": {"fatalities": "3", "perpetrator": "Al Shabaab"}})
    assert isinstance(coded_none, GoldEvent) and coded_none.typed and coded_none.event_type is None
    assert isinstance(uncoded, GoldEvent) and not uncoded.typed and uncoded.fatalities == 3


def test_gold_reads_toponym_rows() -> None:
    d = parse_row(DOC)
    assert isinstance(d, GoldDoc) and len(d.toponyms) == 1
    t = d.toponyms[0]
    assert (t.start, t.end, t.text, t.country, t.admin1) == (12, 18, "Quetta", "Pakistan", None)


def test_gold_dataset_defaults_to_file_name(tmp_path: Path) -> None:
    path = _write(tmp_path / "mine.jsonl", {k: v for k, v in EVENT.items() if k != "dataset"})
    assert [r.dataset for r in read_gold([path])] == ["mine"]


def test_gold_limit_applies_per_file(tmp_path: Path) -> None:
    a = _write(tmp_path / "a.jsonl", EVENT, {**EVENT, "id": "t2"}, {**EVENT, "id": "t3"})
    b = _write(tmp_path / "b.jsonl", DOC, {**DOC, "id": "d2"})
    assert [r.id for r in read_gold([a, b], limit=2)] == ["t1", "t2", "d1", "d2"]


@pytest.mark.parametrize(("bad", "reason"), [
    ("{not json", "not a JSON line"),
    ('["a list"]', "not a JSON object"),
    (json.dumps({**EVENT, "text": ""}), "'text' is missing"),
    (json.dumps({k: v for k, v in EVENT.items() if k != "gold"}), "neither a 'gold'"),
    (json.dumps({**EVENT, "published": "5 March"}), "not a date"),
    (json.dumps({**EVENT, "gold": {**EVENT["gold"], "fatalities": "several"}}), "bad gold row"),
    (json.dumps({**EVENT, "gold": {**EVENT["gold"], "fatalities": 2.5}}), "not a whole number"),
    (json.dumps({**DOC, "toponyms": [{**DOC["toponyms"][0], "end": 500}]}), "not a span of the text"),
    (json.dumps({**DOC, "toponyms": [{**DOC["toponyms"][0], "latitude": None}]}), "no latitude"),
])
def test_gold_bad_line_names_file_and_line(tmp_path: Path, bad: str, reason: str) -> None:
    path = _write(tmp_path / "g.jsonl", EVENT, "", bad)  # the blank line still counts
    with pytest.raises(EvalError) as err:
        list(read_gold([path]))
    message = str(err.value)
    assert message.startswith(f"[S500] {path}:3: ") and reason in message and "\n" not in message


def test_gold_empty_and_missing_files(tmp_path: Path) -> None:
    empty = _write(tmp_path / "empty.jsonl", "")
    with pytest.raises(EvalError, match="no gold rows"):
        list(read_gold([empty]))
    with pytest.raises(EvalError, match="cannot read the gold file"):
        list(read_gold([tmp_path / "nope.jsonl"]))
