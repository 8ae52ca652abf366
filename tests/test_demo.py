"""`sitrep demo` end to end on the bundled examples: every output written, re-running duplicates nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

pytestmark = [pytest.mark.model, pytest.mark.slow]


def test_demo_writes_database_exports_and_report(tmp_path: Path) -> None:
    from sitrep.demo import run_demo

    first = run_demo(tmp_path)
    n = len(first.events)
    assert n >= 10 and first.summary.articles >= 12 and not first.summary.rejects
    rows = (tmp_path / "acled.csv").read_text(encoding="utf-8").splitlines()
    assert len(rows) == n + 1 and rows[0].startswith("event_id_cnty")
    assert len((tmp_path / "ucdp.csv").read_text(encoding="utf-8").splitlines()) == n + 1
    features = json.loads((tmp_path / "events.geojson").read_text(encoding="utf-8"))["features"]
    assert 0 < len(features) <= n
    assert pq.read_table(tmp_path / "events.parquet").num_rows == n
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert html.count("<tr data-event-id=") == n and "Fatalities over time" in html

    # one event per real incident: the two reports of the Kech bombing are merged, sources kept
    from sitrep.examples import load_expected

    incidents = {e.incident for a in load_expected().values() for e in a.events}
    assert n == len(incidents)
    assert sorted(len(e.article_ids) for e in first.events)[-1] == 2

    again = run_demo(tmp_path)  # the same articles again: same events, nothing doubled
    assert sorted(e.event_id for e in again.events) == sorted(e.event_id for e in first.events)


def test_demo_command_prints_agreement(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from sitrep.cli.app import app

    result = CliRunner().invoke(app, ["demo", "--out", str(tmp_path / "d")])
    assert result.exit_code == 0, result.output
    assert "agreement with the expected coding" in result.output
    assert (tmp_path / "d" / "report.html").exists()
