from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from sitrep.cli import gazetteer as gazetteer_cli
from sitrep.cli import geoparse as geoparse_cli


def _app(module) -> typer.Typer:
    app = typer.Typer()
    module.register(app)

    @app.callback()
    def _root() -> None:  # keeps sub-commands named even when only one is registered
        pass

    return app


def test_cli_gazetteer_lookup_lists_candidates() -> None:
    result = CliRunner().invoke(_app(gazetteer_cli), ["gazetteer", "lookup", "Killa Saifullah", "--limit", "2"])
    assert result.exit_code == 0, result.output
    first = result.stdout.splitlines()[0].split("\t")
    assert first[1] == "Qila Saifullah" and first[2] == "ADM2" and first[4] == "Balochistan"


def test_cli_gazetteer_build_writes_index(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[Path] = []
    monkeypatch.setattr("sitrep.geo.build.build_index", lambda p: calls.append(p) or p)
    result = CliRunner().invoke(_app(gazetteer_cli), ["gazetteer", "build", "--path", str(tmp_path / "g.sqlite")])
    assert result.exit_code == 0 and calls == [tmp_path / "g.sqlite"]


def _ready() -> bool:
    try:
        import sitrep.pipeline  # noqa: F401  (imports the extraction resources)
        from sitrep.ingest import read_inputs  # noqa: F401
    except ImportError:
        return False
    return True


_READY = _ready()


@pytest.mark.model
@pytest.mark.skipif(not _READY, reason="needs sitrep.ingest.read_inputs and the extraction resources (other branches)")
def test_cli_geoparse_writes_one_line_per_article(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text("QUETTA: Gunmen attacked a checkpost in Turbat, Kech district, on Monday.\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(_app(geoparse_cli), ["geoparse", str(src), "--out", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 1 and lines[0]["article_id"]
    names = {t["text"]: t for t in lines[0]["toponyms"]}
    assert names["Turbat"]["admin1"] == "Balochistan" and names["Turbat"]["geonameid"] == 1163054
