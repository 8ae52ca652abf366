"""Report rendering and files, from figures built by hand (no model)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sitrep.evaluate.report import (Heading, Image, Para, Table, fmt, quality_markdown, render_html,
                                    render_markdown, write_report)
from sitrep.evaluate.score import EvalResult
from sitrep.evaluate.tally import DatasetScore, Figure, Miss

EVENTS = DatasetScore(
    "set_a", "events", 4,
    (Figure("type_accuracy", "event type accuracy", 0.75, 4), Figure("injuries_exact", "injuries exact", None, 0),
     Figure("median_km", "median distance", 12.345, 3, "km")),
    type_pairs=(("Battles", "Battles"), ("Riots", "Protests"), ("none", "none"), ("Battles", "none")),
    distances=(1.0, 30.0, 200.0),
    misses=(Miss("r9", "event type", "Riots", "Protests", 1.0, "Crowds <b>threw</b> stones | again"),))
PLACES = DatasetScore("set_b", "toponyms", 2, (Figure("f1", "recognition F1", 0.5, 6),), distances=(3.0,))
RESULT = EvalResult((EVENTS, PLACES), ("a.jsonl", "b.jsonl"), None, 1.5)


def test_report_fmt_by_unit() -> None:
    assert fmt(Figure("a", "a", 0.12345, 3)) == "0.123"
    assert fmt(Figure("a", "a", 12.345, 3, "km")) == "12.3"
    assert fmt(Figure("a", "a", 0.0, 0)) == "–" and fmt(None) == "–"


def test_report_quality_table_skips_figures_no_set_has() -> None:
    text = quality_markdown(RESULT, command="sitrep eval a.jsonl b.jsonl", today=date(2025, 1, 2))
    assert "| figure | set_a |" in text and "| event type accuracy | 0.750 |" in text
    assert "| median distance | 12.3 |" in text and "injuries exact" not in text
    assert "| figure | set_b |" in text and "Measured 2025-01-02" in text
    assert "threw" not in text  # the quality table carries figures only, never gold text


def test_report_markdown_and_html_escape() -> None:
    blocks = [Heading(2, "A & B"), Para("run `x<y`"), Table(("k", "v"), (("a|b", "<i>"),)), Image("f.png", "alt")]
    md = render_markdown(blocks)
    assert "## A & B" in md and "| a\\|b | <i> |" in md and "![alt](f.png)" in md
    page = render_html(blocks, title="t")
    assert "<h2>A &amp; B</h2>" in page and "<code>x&lt;y</code>" in page and "<td>&lt;i&gt;</td>" in page


def test_report_writes_files_and_charts(tmp_path: Path) -> None:
    paths = write_report(RESULT, tmp_path / "out", command="sitrep eval a.jsonl", today=date(2025, 1, 2))
    names = {p.name for p in paths}
    assert {"report.md", "report.html", "set-a-types-confusion.png", "set-a-types-f1.png",
            "set-a-distance.png", "set-b-distance.png"} <= names
    assert all(p.stat().st_size > 0 for p in paths)
    assert next(p for p in paths if p.suffix == ".png").read_bytes()[:4] == b"\x89PNG"
    md = (tmp_path / "out" / "report.md").read_text(encoding="utf-8")
    assert "Worst errors" in md and "r9" in md and "| Battles | 1.000 | 0.500 | 0.667 | 2 |" in md
    assert "&lt;b&gt;threw" in (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
