"""`sitrep eval GOLD.jsonl...`: score sitrep on gold sets; optional report folder and quality table."""

from __future__ import annotations

import glob
import os
import shlex
from datetime import date
from pathlib import Path
from typing import Optional

import typer

from sitrep.cli.common import err_console

PROGRESS_EVERY = 1000  # rows between progress lines on stderr


def command_line(gold: list[str], report: str | None, quality: str | None, limit: int | None) -> str:
    """The command as it can be re-run; a whole folder of .jsonl files is written as DIR/*.jsonl."""
    folders = {os.path.dirname(g) for g in gold}
    files: list[str] = list(gold)
    if len(gold) > 1 and len(folders) == 1:
        folder = folders.pop()
        pattern = os.path.join(folder, "*.jsonl")
        if sorted(gold) == sorted(glob.glob(pattern)):
            files = [pattern]
    parts = ["sitrep", "eval", *(shlex.quote(f) if "*" not in f else f for f in files)]
    for flag, value in (("--report", report), ("--quality", quality), ("--limit", limit)):
        if value is not None:
            parts += [flag, shlex.quote(str(value))]
    return " ".join(parts)


def eval_cmd(
    gold: list[str] = typer.Argument(..., help="Gold JSON Lines files: event sets and/or toponym sets."),
    report: Optional[str] = typer.Option(None, "--report", help="Write report.md, report.html and figures/ to DIR."),
    quality: Optional[str] = typer.Option(None, "--quality", help="Write the short quality table (Markdown) to FILE."),
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help="Score only the first N rows of each file."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress on stderr."),
) -> None:
    """Score event extraction and geoparsing against gold files; print the figures."""
    from sitrep.evaluate import evaluate, quality_tables, render_markdown, write_quality, write_report

    def progress(done: int, total: int) -> None:
        if not quiet and (done % PROGRESS_EVERY == 0 or done == total):
            err_console.print(f"scored {done}/{total} rows", highlight=False)

    result = evaluate(gold, limit=limit, progress=progress)
    command, today = command_line(gold, report, quality, limit), date.today()
    print(render_markdown(quality_tables(result.scores)), end="")
    if report is not None:
        paths = write_report(result, Path(report), command=command, today=today)
        err_console.print(f"report: {paths[0]} ({len(paths)} files)", highlight=False)
    if quality is not None:
        err_console.print(f"quality table: {write_quality(result, Path(quality), command=command, today=today)}",
                          highlight=False)


def register(app: typer.Typer) -> None:
    app.command("eval")(eval_cmd)
