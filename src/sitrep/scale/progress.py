"""A progress bar for scaled-out runs: partitions loaded, articles stored, articles per second."""

from __future__ import annotations

import time
from types import TracebackType

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from sitrep.scale.driver import Progress as RunProgress


class ProgressBar:
    """`update` is the driver's on_progress; the rate counts only this run's articles, not those
    an interrupted earlier run had already stored."""

    def __init__(self, console: Console, *, enabled: bool = True) -> None:
        self.bar = Progress(TextColumn("[bold]extract[/]"), BarColumn(), MofNCompleteColumn(),
                            TextColumn("parts · {task.fields[articles]} articles · {task.fields[rate]}"),
                            TimeElapsedColumn(), console=console, disable=not enabled)
        self.task = self.bar.add_task("extract", total=None, articles=0, rate="— art/s")
        self.started = time.monotonic()
        self.base = 0  # articles replayed from parts loaded before this run

    def update(self, p: RunProgress) -> None:
        if p.parts_done <= p.resumed:
            self.base = p.articles
        elapsed = time.monotonic() - self.started
        rate = (p.articles - self.base) / elapsed if elapsed > 0 else 0.0
        self.bar.update(self.task, completed=p.parts_done, total=p.parts_total, articles=p.articles,
                        rate=f"{rate:.1f} art/s")

    def __enter__(self) -> ProgressBar:
        self.bar.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.bar.stop()
