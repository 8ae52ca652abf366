"""Bench texts: deterministic, about the target length, news-like with an event cue, readable by ingest."""

from __future__ import annotations

import re
import statistics
from pathlib import Path

import pytest

from sitrep.evaluate.benchtext import country_pools, generate, load_templates, word_count, write_jsonl
from sitrep.extract.taxonomy import Taxonomy, expand_cue
from sitrep.geo.data import load_aliases
from sitrep.ingest import read_inputs
from sitrep.model import Article
from sitrep.settings import Settings


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    return generate(60, seed=5)


def test_benchtext_same_seed_same_articles() -> None:
    assert generate(8, seed=3) == generate(8, seed=3)
    assert [a.text for a in generate(8, seed=3)] != [a.text for a in generate(8, seed=4)]


def test_benchtext_words_near_target(articles: list[Article]) -> None:
    counts = [word_count(a.text) for a in articles]
    assert all(abs(c - 600) <= 90 for c in counts), counts
    assert abs(statistics.mean(counts) - 600) <= 30
    short = [word_count(a.text) for a in generate(10, seed=5, words=250)]
    assert all(abs(c - 250) <= 80 for c in short), short


def test_benchtext_every_article_has_an_event_cue(articles: list[Article]) -> None:
    # strong cues, or weak ones ("opened fire"), which count beside an armed actor ("gunmen")
    forms = {f for sub in Taxonomy.load().sub_event_types for cue in (*sub.cues, *sub.weak) for f in expand_cue(cue)}
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + r")\b")
    for a in articles:
        lead = a.text.split("\n\n")[0].lower()
        assert pattern.search(lead), lead


def test_benchtext_filled_from_project_data(articles: list[Article]) -> None:
    places = {n.upper() for al in load_aliases() for n in (al.alias, al.name)}
    for a in articles:
        dateline = a.text.split(":", 1)[0]
        assert dateline in places, dateline
        assert "{" not in a.text and "}" not in a.text and a.title and "{" not in a.title
    assert len({a.text.split(":", 1)[0] for a in articles}) >= 20  # places vary
    assert len({a.text for a in articles}) == len(articles)  # the pipeline would skip duplicates


def test_benchtext_groups_come_from_actor_files() -> None:
    pools = {p.code: p for p in country_pools(load_templates())}
    assert "Baloch Liberation Army" in pools["PK"].groups and "Al Shabaab" in pools["SO"].groups
    assert not any("{" in g or "(" in g for p in pools.values() for g in (*p.groups, *p.parties))


def test_benchtext_every_incident_template_is_used() -> None:
    titles = [a.title or "" for a in generate(300, seed=1)]
    for incident in load_templates().incidents:
        pattern = re.sub(r"\\\{\w+\\\}", ".+", re.escape(incident.headline))
        assert any(re.fullmatch(pattern, t) for t in titles), incident.headline


def test_benchtext_jsonl_reads_back_through_ingest(tmp_path: Path, articles: list[Article]) -> None:
    path = tmp_path / "bench.jsonl"
    words = write_jsonl(articles[:10], path)
    assert words == sum(word_count(a.text) for a in articles[:10])
    read = list(read_inputs([str(path)], settings=Settings(rejects=str(tmp_path / "r.jsonl"))))
    assert all(isinstance(r, Article) for r in read)
    assert [r.text for r in read] == [a.text for a in articles[:10]]  # type: ignore[union-attr]
    assert [r.published for r in read] == [a.published for a in articles[:10]]  # type: ignore[union-attr]
