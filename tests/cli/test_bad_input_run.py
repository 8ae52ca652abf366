"""`sitrep extract` over a folder of bad and good inputs: one stderr line and one rejects-file line
per bad record (file and line named), every good article stored once, a re-run adds nothing."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from sitrep.cli.app import app
from tests.ingest.test_bad_input import CASES

pytestmark = pytest.mark.model
REJECT_LINE = re.compile(r"^\[S1\d\d\] (?P<path>[^:]+)(?::(?P<line>\d+))?: \S.* — .+$")


def _inputs(tmp_path: Path) -> Path:
    top = tmp_path / "in"
    top.mkdir()
    for name, (data, _, _) in CASES.items():
        (top / name).write_bytes(data)
    return top


def _counts(db: Path) -> tuple[int, int, int]:
    with sqlite3.connect(db) as con:
        return tuple(con.execute(f"select count(*) from {t}").fetchone()[0]  # type: ignore[return-value]
                     for t in ("articles", "events", "rejects"))


def test_extract_bad_inputs_are_one_line_each_and_the_run_goes_on(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shared_pipeline: Any) -> None:
    top, db, rejects_file = _inputs(tmp_path), tmp_path / "s.db", tmp_path / "rejects.jsonl"
    monkeypatch.setenv("SITREP_REJECTS", str(rejects_file))
    result = CliRunner().invoke(app, ["extract", str(top), "--db", f"sqlite:///{db}"])
    assert result.exit_code == 0, result.output
    expected = sorted((str(top / name), line, code) for name, (_, rej, _) in CASES.items() for code, line in rej)
    printed = [m for m in map(REJECT_LINE.match, result.stderr.splitlines()[:-1])]
    assert all(printed), result.stderr
    assert sorted((m["path"], int(m["line"]) if m["line"] else None, m[0][1:5]) for m in printed) == expected
    logged = [json.loads(x) for x in rejects_file.read_text().splitlines()]
    assert sorted((r["path"], r["line"], r["code"]) for r in logged) == expected
    n_articles = sum(len(ids) for _, _, ids in CASES.values())
    assert f"{n_articles} articles" in result.stderr.splitlines()[-1]
    first = _counts(db)
    assert first[0] == n_articles and first[2] == len(expected)
    again = CliRunner().invoke(app, ["extract", str(top), "--db", f"sqlite:///{db}", "-q"])
    assert again.exit_code == 0 and _counts(db) == first  # nothing duplicated by the re-run
