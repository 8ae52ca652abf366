"""The real pipeline on the resolution corpus: one event per incident, every source kept."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from pathlib import Path

import pytest

from sitrep.export import export_events
from sitrep.pipeline import run
from sitrep.resolve.score import clusters_in_store, load_labels, main_records, score_pairs
from sitrep.settings import Settings
from sitrep.store import open_store

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "resolve_corpus"
ARTICLES = str(CORPUS / "articles.jsonl")

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def resolved(tmp_path_factory: pytest.TempPathFactory) -> tuple[Settings, dict[str, str]]:
    tmp = tmp_path_factory.mktemp("resolve")
    settings = Settings(db=f"sqlite:///{tmp / 'corpus.db'}", rejects=str(tmp / "rejects.jsonl"))
    records = main_records(lambda keep: run([ARTICLES], settings=settings, on_article=keep))
    return settings, records


def _export(settings: Settings) -> list[dict]:
    out = io.StringIO()
    export_events("jsonl", out, db=settings.db)
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_corpus_pairwise_precision_recall_and_count(resolved) -> None:
    settings, records = resolved
    with open_store(settings.db) as store:
        clusters = clusters_in_store(records, store.incidents_of)
    score = score_pairs(load_labels(CORPUS / "labels.yaml"), clusters)
    print(score.summary())
    assert score.precision >= 0.95, score.summary()
    assert score.recall >= 0.90, score.summary()
    assert score.count_error <= 0.05, score.summary()


def test_corpus_export_has_merged_events_with_every_source(resolved) -> None:
    settings, _ = resolved
    rows = _export(settings)
    quetta = [r for r in rows if r["location"] == "Quetta" and r["sub_event_type"] == "Suicide bomb"]
    assert len(quetta) == 1
    q = quetta[0]
    assert set(q["article_ids"]) >= {"rc-16", "rc-17", "rc-19", "rc-22"}
    assert q["number_of_sources"] == len(q["sources"]) >= 4
    assert {c["article_id"] for c in q["claims"]} >= {"rc-16", "rc-17", "rc-20"}
    assert q["fatalities_low"] <= q["fatalities_best"] <= q["fatalities_high"]
    print({k: q[k] for k in ("fatalities", "fatalities_low", "fatalities_best", "fatalities_high", "sources")})
    assert q["fatalities"] == q["fatalities_low"] == 18 and q["fatalities_high"] == 26


def test_corpus_rerun_changes_nothing(resolved) -> None:
    settings, _ = resolved
    before = _export(settings)
    run([ARTICLES], settings=settings)
    assert _export(settings) == before


def test_corpus_resolve_off_keeps_one_event_per_record(resolved, tmp_path: Path) -> None:
    settings, _ = resolved
    off = replace(settings, db=f"sqlite:///{tmp_path / 'off.db'}", resolve=False)
    summary = run([ARTICLES], settings=off)
    assert summary.merged == 0
    with open_store(off.db) as store:
        assert store.count_events() == summary.events
    with open_store(settings.db) as store:
        assert store.count_events() < summary.events
