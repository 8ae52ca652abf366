from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sitrep.cli.app import app

ARTICLE = ("date 2026-03-02 Bannu: Militants attacked a police checkpoint in Bannu district on Sunday "
           "night, killing two policemen and injuring three others, police said.\n")


@pytest.fixture
def article(tmp_path: Path) -> Path:
    p = tmp_path / "bannu.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    return p


@pytest.mark.model
def test_extract_writes_contract_lines_and_reruns_idempotently(tmp_path, article):
    db = tmp_path / "s.db"
    runner = CliRunner()
    first = runner.invoke(app, ["extract", str(article), "--out", "-", "--db", f"sqlite:///{db}", "-q"])
    assert first.exit_code == 0, first.output
    lines = [json.loads(x) for x in first.stdout.splitlines() if x.strip()]
    assert lines and lines[0]["article_id"] == str(article)
    assert lines[0]["fatalities"] == 2 and lines[0]["injuries"] == 3
    second = runner.invoke(app, ["extract", str(article), "--out", "-", "--db", f"sqlite:///{db}", "-q"])
    assert [json.loads(x)["event_id"] for x in second.stdout.splitlines() if x.strip()] == \
        [x["event_id"] for x in lines]
    with sqlite3.connect(db) as con:
        assert con.execute("select count(*) from events").fetchone()[0] == len(lines)
        assert con.execute("select count(*) from articles").fetchone()[0] == 1


@pytest.mark.model
def test_extract_writes_interactions_when_asked(tmp_path, article):
    out = tmp_path / "who.jsonl"
    res = CliRunner().invoke(app, ["extract", str(article), "--interactions", str(out),
                                   "--db", f"sqlite:///{tmp_path / 's.db'}", "-q"])
    assert res.exit_code == 0, res.output
    (line,) = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert line["article_id"] == str(article) and line["category"] == "ASSAULT"
    assert [m["text"] for m in line["source"]] == ["Militants"]
    assert [m["text"] for m in line["target"]] == ["police", "Bannu district"]  # whom, and where


def test_extract_interactions_need_the_in_process_run(tmp_path, article):
    res = CliRunner().invoke(app, ["extract", str(article), "--interactions", str(tmp_path / "i.jsonl"),
                                   "--workers", "2", "--db", f"sqlite:///{tmp_path / 's.db'}"])
    assert res.exit_code == 2 and "--interactions" in res.output


def test_extract_no_readable_input_exits_1(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = CliRunner().invoke(app, ["extract", str(empty), "--db", f"sqlite:///{tmp_path / 's.db'}"])
    assert result.exit_code == 1
    assert "S101" in result.output


def test_extract_bad_published_is_usage_error(article):
    result = CliRunner().invoke(app, ["extract", str(article), "--published", "March 2nd"])
    assert result.exit_code == 2
