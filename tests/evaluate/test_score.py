"""Scoring runs: a stand-in runner (fast) and the real pipeline on a tiny gold file written here."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

import pytest

from sitrep.evaluate import evaluate, write_quality, write_report
from sitrep.evaluate.score import ALL_EVENTS
from sitrep.model import ActorMention, Article, Event, Extraction, Interaction, Place, Toponym

ROWS = [
    {"id": "r1", "dataset": "mine", "text": "On 2 March 2024, gunmen shot dead three labourers in Turbat, Kech district.",
     "published": "2024-03-03",
     "gold": {"event_type": "Violence against civilians", "sub_event_type": "Attack", "event_date": "2024-03-02",
              "country": "Pakistan", "admin1": "Baluchistan", "location": "Turbat", "latitude": 26.0,
              "longitude": 63.05, "fatalities": 3, "actor1": "Unidentified Armed Group (Pakistan)"}},
    {"id": "r2", "dataset": "mine", "text": "Heavy rain flooded the low streets of Lahore on Sunday.",
     "published": "2024-03-03", "gold": {"event_type": None, "sub_event_type": None}},
    {"id": "r3", "dataset": "mine", "text": "Hundreds of traders marched peacefully in Quetta against new taxes.",
     "published": None, "gold": {"event_type": "Protests", "sub_event_type": "Peaceful protest",
                                 "country": "Pakistan", "admin1": "Balochistan", "fatalities": 0}},
]
DOCS = [{"id": "d1", "dataset": "mine_geo", "text": "Trains from Quetta reached Sibi late.",
         "toponyms": [{"start": 12, "end": 18, "text": "Quetta", "latitude": 30.19, "longitude": 67.01,
                       "country": "Pakistan", "admin1": "Balochistan"},
                      {"start": 27, "end": 31, "text": "Sibi", "latitude": 29.54, "longitude": 67.88}]}]


def _gold_files(tmp_path: Path) -> list[Path]:
    events, docs = tmp_path / "mine.jsonl", tmp_path / "mine_geo.jsonl"
    events.write_text("".join(json.dumps(r) + "\n" for r in ROWS), encoding="utf-8")
    docs.write_text("".join(json.dumps(r) + "\n" for r in DOCS), encoding="utf-8")
    return [events, docs]


class _Runner:
    """Finds a killing wherever the text says "shot", and "Quetta" as a place; records its input."""

    def __init__(self) -> None:
        self.seen: list[Article] = []

    def process(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Event]]]:
        for a in articles:
            self.seen.append(a)
            found = "shot" in a.text
            yield a, [Event("e", a.id, "Violence against civilians", "Attack", "Political violence",
                            fatalities=3, country="Pakistan", admin1="Balochistan")] if found else []

    def geoparse(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Toponym]]]:
        for a in articles:
            self.seen.append(a)
            yield a, [Toponym(12, 18, "Quetta", Place("Quetta", 30.2, 67.0, "Pakistan", "PAK", "Balochistan"))]


def test_score_pipeline_gets_only_id_text_and_date(tmp_path: Path) -> None:
    runner = _Runner()
    evaluate(_gold_files(tmp_path), runner=runner)
    assert [a.id for a in runner.seen] == ["r1", "r2", "r3", "d1"]
    assert runner.seen[0] == Article(id="r1", text=ROWS[0]["text"], published=date(2024, 3, 3))
    assert all(a.title is None and a.source_path is None for a in runner.seen)


def test_score_figures_from_a_stand_in_runner(tmp_path: Path) -> None:
    result = evaluate(_gold_files(tmp_path), runner=_Runner(), limit=3)
    mine, geo = result.datasets
    assert (mine.name, mine.rows, geo.name, geo.rows) == ("mine", 3, "mine_geo", 1)
    assert mine.figure("detection").value == 0.5  # type: ignore[union-attr]
    assert mine.figure("no_event").value == 1.0  # type: ignore[union-attr]
    assert mine.figure("fatalities_exact").value == 1.0  # type: ignore[union-attr]  # 3 = 3, none found = 0
    assert mine.figure("admin1").value == 1.0  # type: ignore[union-attr]  # Baluchistan = Balochistan
    assert geo.figure("recall").value == 0.5 and geo.figure("precision").value == 1.0  # type: ignore[union-attr]
    assert ALL_EVENTS not in [s.name for s in result.scores]  # one set of a kind: nothing to pool


@pytest.mark.model
def test_score_end_to_end_with_the_pipeline(tmp_path: Path, pipeline) -> None:
    result = evaluate(_gold_files(tmp_path), runner=pipeline, gazetteer=pipeline.res.gazetteer)
    mine = result.datasets[0]
    assert mine.figure("detection").value == 1.0  # type: ignore[union-attr]  # both real events are found
    assert mine.figure("no_event").value == 1.0  # type: ignore[union-attr]  # floods are not conflict
    for f in (*mine.figures, *result.datasets[1].figures):
        assert f.value is None or (0 <= f.value <= 1 if f.unit == "share" else f.value >= 0), f
    paths = write_report(result, tmp_path / "report", command="sitrep eval mine.jsonl", today=date(2024, 3, 4))
    assert all(p.exists() and p.stat().st_size > 0 for p in paths)
    assert any(p.suffix == ".png" for p in paths)
    page = (tmp_path / "report" / "report.html").read_text(encoding="utf-8")
    assert "<table>" in page and "mine_geo" in page
    quality = write_quality(result, tmp_path / "quality.md", command="sitrep eval mine.jsonl", today=date(2024, 3, 4))
    text = quality.read_text(encoding="utf-8")
    assert "2024-03-04" in text and "`sitrep eval mine.jsonl`" in text
    assert "| figure | mine |" in text and "| figure | mine_geo |" in text  # a table per kind, no pooled column


def test_score_pools_sets_of_one_kind(tmp_path: Path) -> None:
    events, _ = _gold_files(tmp_path)
    other = tmp_path / "other.jsonl"
    other.write_text("".join(json.dumps({**r, "dataset": "other"}) + "\n" for r in ROWS), encoding="utf-8")
    result = evaluate([events, other], runner=_Runner())
    pooled = result.scores[-1]
    assert [s.name for s in result.datasets] == ["mine", "other"]
    assert (pooled.name, pooled.rows, pooled.misses) == (ALL_EVENTS, 6, ())
    assert pooled.figure("detection").n == 4 and pooled.figure("detection").value == 0.5  # type: ignore[union-attr]


class _InteractionRunner:
    """Names the first and last word of each text as source and target; only `extract` works."""

    def process(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Event]]]:
        raise AssertionError("rows with gold source/target actors are read with extract()")

    def extract(self, articles: Iterable[Article]) -> Iterator[Extraction]:
        for a in articles:
            first, last = a.text.split()[0], a.text.rstrip(".").split()[-1]
            start = a.text.rindex(last)
            yield Extraction(a, (), (Interaction("AGREE", "x", 0, 1, (ActorMention(first, 0, len(first), "GPE"),),
                                                 (ActorMention(last, start, start + len(last), "GPE"),),
                                                 0, len(a.text), a.id),))

    def geoparse(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Toponym]]]:
        yield from ()


def test_score_interactions_asked_for_rows_with_source_and_target(tmp_path: Path) -> None:
    gold = tmp_path / "pl.jsonl"
    rows = [{"id": "p1", "dataset": "pl", "text": "Norway thanked Chile.",
             "gold": {"plover_event": "SUPPORT", "source_actors": ["Norway"], "target_actors": ["Chile"]}},
            {"id": "p2", "dataset": "pl", "text": "Peru met Bolivia and Chile.",
             "gold": {"plover_event": "CONSULT", "source_actors": ["Peru"], "target_actors": ["Bolivia"]}}]
    gold.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    (s,) = evaluate([gold], runner=_InteractionRunner()).datasets
    value = {f.key: f.value for f in s.figures}
    assert value["actor_span_recall"] == 0.75 and value["actor_span_precision"] == 0.75
    assert value["actor_span_all"] == 0.5 and value["actor_role_all"] == 0.5
