"""The bundled example articles: the expected coding loads, the comparison counts right, and the
pipeline's agreement with it never falls below the recorded floor (raise the floors as it improves)."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.examples import FIELDS, ExpectedArticle, ExpectedEvent, compare, example_paths, load_expected
from sitrep.model import Event

# Share of articles whose main event agrees with expected.yaml, measured with `sitrep demo`.
FLOORS = {"event": 1.0, "event_type": 1.0, "sub_event_type": 0.9, "actor1": 0.8, "actor2": 0.8,
          "admin1": 1.0, "location": 1.0, "event_date": 1.0, "fatalities": 1.0, "claimed_by": 1.0}


def test_every_example_has_an_expected_coding_and_back() -> None:
    names = {p.name for p in example_paths()}
    assert len(names) >= 12
    assert names == set(load_expected())


def test_examples_open_with_the_reference_header() -> None:
    for path in example_paths():
        assert path.read_text(encoding="utf-8").startswith("date 20"), path.name


def _event(**kw: object) -> Event:
    base = dict(event_id="e1", article_id="a1", event_type="Battles", sub_event_type="Armed clash",
                disorder_type="Political violence")
    return Event(**{**base, **kw})  # type: ignore[arg-type]


def test_compare_counts_agreements_and_misses() -> None:
    expected = {
        "a.txt": ExpectedArticle(events=[ExpectedEvent(
            incident="x", event_type="Battles", sub_event_type="Armed clash", admin1="Balochistan",
            event_date=date(2026, 1, 2), fatalities=0, claimed_by="BLA: Baloch Liberation Army")]),
        "b.txt": ExpectedArticle(events=[]),
        "c.txt": ExpectedArticle(events=[ExpectedEvent(incident="y", event_type="Protests",
                                                       sub_event_type="Peaceful protest")]),
    }
    got = {"a.txt": [_event(admin1="Sindh", event_date=date(2026, 1, 2),
                            claimed_by=("BLA: Baloch Liberation Army",))],
           "b.txt": [_event()]}  # an event where none is expected; c.txt: nothing found
    agree = compare(got, expected)
    assert agree.checked["event"] == 3 and agree.agreed["event"] == 1
    assert agree.agreed["event_type"] == 1 and agree.checked["event_type"] == 1
    assert agree.agreed["fatalities"] == 1  # no figure reported counts as ACLED's 0
    assert agree.agreed["admin1"] == 0 and ("a.txt", "admin1", "Balochistan", "Sindh") in agree.misses
    assert agree.agreed["claimed_by"] == 1
    assert agree.checked["actor1"] == 0  # fields left out of expected.yaml are not checked


@pytest.mark.model
def test_pipeline_agreement_with_the_expected_coding(pipeline) -> None:
    from sitrep.ingest import read_inputs
    from sitrep.model import Article

    articles = [a for a in read_inputs([str(p) for p in example_paths()]) if isinstance(a, Article)]
    by_file = {a.source_path.rsplit("/", 1)[-1]: evs for a, evs in pipeline.process(articles)}
    agree = compare(by_file)
    low = {f: round(agree.share(f), 2) for f in FLOORS if agree.share(f) < FLOORS[f]}
    assert not low, f"agreement fell below the floor: {low}; misses: {agree.misses}"
    assert set(FIELDS) >= set(FLOORS)


def test_a_broken_data_file_is_one_error_naming_it(tmp_path) -> None:
    from sitrep.data import load_yaml
    from sitrep.errors import DataFileError
    from sitrep.examples import ExpectedFile

    bad = tmp_path / "expected.yaml"
    bad.write_text("version: 1\narticles: {a.txt: {events: [{incident: x}]}}\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="bad expected coding data file") as err:
        load_yaml(bad, ExpectedFile, kind="expected coding")
    assert str(bad) in str(err.value)
