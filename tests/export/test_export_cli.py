"""`sitrep export` and `export_events`: from a store, filtered, to a file or stdout."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import typer
from typer.testing import CliRunner

from sitrep.cli.export import register
from sitrep.errors import RegistryError
from sitrep.export import export_events, write_export
from sitrep.model import Article, Event
from sitrep.store import EventFilter, open_store


@pytest.fixture
def db(tmp_path: Path, events: list[Event]) -> str:
    url = f"sqlite:///{tmp_path / 'x.db'}"
    with open_store(url) as store:
        for ev in events:
            store.save_article(Article(id=ev.article_id, text=f"text of {ev.article_id}"), [ev])
    return url


def _app() -> typer.Typer:
    app = typer.Typer()
    register(app)
    app.command("noop")(lambda: None)  # a second command keeps `export` a subcommand
    return app


def test_export_events_filters(db: str) -> None:
    buf = io.StringIO()
    result = export_events("jsonl", buf, db=db, flt=EventFilter(country="Somalia"))
    assert result.written == 1
    assert json.loads(buf.getvalue())["event_id"] == "e-vac"


def test_export_cli_acled_csv_to_stdout(db: str) -> None:
    res = CliRunner().invoke(_app(), ["export", "--format", "acled-csv", "--db", db,
                                      "--from", "2026-02-01", "--to", "2026-02-28"])
    assert res.exit_code == 0, res.output
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    assert [r["event_id_cnty"] for r in rows] == ["PAKe-clash"]


def test_export_cli_parquet_to_file(db: str, tmp_path: Path) -> None:
    out = tmp_path / "e.parquet"
    res = CliRunner().invoke(_app(), ["export", "-f", "parquet", "--db", db, "--out", str(out),
                                      "--event-type", "Battles", "--country", "PAK"])
    assert res.exit_code == 0, res.output
    assert pq.read_table(out).column("event_id").to_pylist() == ["e-clash"]


def test_export_cli_geojson_reports_skipped(db: str, tmp_path: Path) -> None:
    out = tmp_path / "e.geojson"
    res = CliRunner().invoke(_app(), ["export", "-f", "geojson", "--db", db, "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert "1 without coordinates" in res.stderr
    assert len(json.loads(out.read_text())["features"]) == 2


def test_export_cli_bad_date_is_usage_error(db: str) -> None:
    res = CliRunner().invoke(_app(), ["export", "-f", "jsonl", "--db", db, "--from", "02/01/2026"])
    assert res.exit_code == 2


def test_export_unknown_format_fails_before_writing(tmp_path: Path, db: str) -> None:
    with pytest.raises(RegistryError):
        export_events("kml", tmp_path / "x.kml", db=db)
    assert not (tmp_path / "x.kml").exists()


def test_export_failed_write_leaves_no_file(tmp_path: Path, events: list[Event]) -> None:
    def broken():  # type: ignore[no-untyped-def]
        yield events[0]
        raise RuntimeError("disk went away")

    with pytest.raises(RuntimeError):
        write_export(broken(), "jsonl", tmp_path / "x.jsonl")
    assert list(tmp_path.iterdir()) == []
