from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

import sitrep.evaluate
from sitrep.cli import eval as eval_cli
from sitrep.cli.eval import command_line
from sitrep.model import Article, Event


def _app() -> typer.Typer:
    app = typer.Typer()
    eval_cli.register(app)

    @app.callback()
    def _root() -> None:  # keeps the sub-command named
        pass

    return app


def test_cli_eval_command_line_names_a_whole_folder_by_pattern(tmp_path: Path) -> None:
    files = [str(tmp_path / n) for n in ("b.jsonl", "a.jsonl")]
    for f in files:
        Path(f).write_text("{}\n", encoding="utf-8")
    assert command_line(files, "reports/eval", None, 5) == \
        f"sitrep eval {tmp_path}/*.jsonl --report reports/eval --limit 5"
    (tmp_path / "c.jsonl").write_text("{}\n", encoding="utf-8")  # now the two are not the whole folder
    assert command_line(files, None, "docs/q.md", None) == f"sitrep eval {files[0]} {files[1]} --quality docs/q.md"


def test_cli_eval_bad_gold_line_is_one_line_and_exit_1(tmp_path: Path) -> None:
    from sitrep.cli.app import app

    gold = tmp_path / "g.jsonl"
    gold.write_text('{"id": "1", "text": "x", "gold": {}}\n{oops\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", str(gold)])
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [result.stderr.strip()]
    assert result.stderr.startswith(f"[S500] {gold}:2: not a JSON line")


class _Runner:
    def process(self, articles):
        for a in articles:
            yield a, [Event("e", a.id, "Protests", "Peaceful protest", "Demonstrations")]

    def geoparse(self, articles):  # pragma: no cover - no toponym rows here
        for a in articles:
            yield a, []


def test_cli_eval_writes_report_and_quality(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = sitrep.evaluate.evaluate
    monkeypatch.setattr(sitrep.evaluate, "evaluate", lambda paths, **kw: real(paths, runner=_Runner(), **kw))
    gold = tmp_path / "g.jsonl"
    rows = [{"id": str(i), "text": f"Teachers marched in town {i}.", "gold": {"event_type": t}}
            for i, t in enumerate(["Protests", "Riots", None])]
    gold.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out, quality = tmp_path / "rep", tmp_path / "docs" / "quality.md"
    result = CliRunner().invoke(_app(), ["eval", str(gold), "--report", str(out), "--quality", str(quality), "-q"])
    assert result.exit_code == 0, result.output
    assert "| event type accuracy | 0.333 |" in result.stdout
    assert (out / "report.html").exists() and (out / "figures").is_dir()
    assert f"`sitrep eval {gold} --report {out} --quality {quality}`" in quality.read_text(encoding="utf-8")
