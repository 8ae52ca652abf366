"""`sitrep extract INPUT...`: events as JSON Lines, stored in the database."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Optional

import typer

from sitrep.cli.common import err_console, open_out, parse_date, print_reject

if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import IO

    from sitrep.model import Reject
    from sitrep.pipeline import RunSummary
    from sitrep.scale.engines import Executor

ENGINES = ("local", "dask")
_UNITS = {"": 1, "K": 1 << 10, "M": 1 << 20, "G": 1 << 30}


def parse_size(value: str | None) -> int | None:
    """'65536', '64K', '8M', '1G' -> bytes."""
    if value is None:
        return None
    text = value.strip().upper().removesuffix("B")
    unit = text[-1:] if text[-1:] in _UNITS else ""
    try:
        n = float(text[:len(text) - len(unit)]) * _UNITS[unit]
    except ValueError:
        n = 0
    if n < 1:
        raise typer.BadParameter(f"{value!r} is not a size such as 64K or 8M", param_hint="--partition-size")
    return int(n)


def _workers(chosen: int | None, engine: str, inputs: list[str], interactions: bool, size: int | None) -> int:
    """--workers, or the workers setting (the machine's cores) where they can share the input out:
    a Dask run always, a local one where it gives more than one partition and writes no interactions
    (the in-process run alone writes them)."""
    from sitrep.scale.partition import default_workers
    from sitrep.settings import Settings

    if chosen is not None:
        return chosen
    cores = Settings.from_env().workers
    if engine == "dask":
        return cores
    return 1 if interactions else default_workers(inputs, cores=cores, target=size)


def _executor(engine: str, workers: int, scheduler: str | None, run_dir: Path | None) -> Executor | None:
    """None: the plain in-process run of old (local, one worker, no run directory)."""
    if engine not in ENGINES:
        raise typer.BadParameter(f"{engine!r} is not an engine — use local or dask", param_hint="--engine")
    if scheduler and engine != "dask":
        raise typer.BadParameter("a scheduler address needs --engine dask", param_hint="--scheduler")
    if engine == "dask":
        from sitrep.scale.dask import DaskExecutor

        return DaskExecutor(workers, scheduler)
    if workers > 1:
        from sitrep.scale.engines import LocalExecutor

        return LocalExecutor(workers)
    if run_dir is not None:
        from sitrep.scale.engines import InlineExecutor

        return InlineExecutor()
    return None


def extract_cmd(
    inputs: list[str] = typer.Argument(..., help="Files, directories, .gz, or - for stdin."),
    out: Optional[str] = typer.Option(None, "--out", "-o", help="Write events as JSON Lines to FILE, or - for stdout."),
    db: Optional[str] = typer.Option(None, "--db", help="Store URL (default sqlite:///sitrep.db)."),
    published: Optional[str] = typer.Option(None, "--published", help="Publication date YYYY-MM-DD for text files that carry none."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress or summary on stderr."),
    engine: str = typer.Option("local", "--engine", help="local: this machine's processes; dask: a Dask cluster."),
    workers: Optional[int] = typer.Option(None, "--workers", "-w", min=1, help="Worker processes (local engine, or the local Dask cluster); default: the workers setting (the machine's cores), used where the input is large enough to share out."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Dask scheduler address tcp://HOST:PORT; default: start a local cluster."),
    run_dir: Optional[Path] = typer.Option(None, "--run-dir", help="Where a resumable run keeps its state (default .sitrep-runs/<key of inputs and store>)."),
    partition_size: Optional[str] = typer.Option(None, "--partition-size", help="Input bytes per partition, e.g. 8M (default: about 4 per worker)."),
    interactions: Optional[str] = typer.Option(None, "--interactions", help="Also write who did what to whom (agreements, demands, threats, attacks ...) as JSON Lines to FILE; needs a dependency parse, so slower."),
) -> None:
    """Extract ACLED-style events from news articles."""
    pub: date | None = parse_date(published, option="--published")
    size = parse_size(partition_size)
    executor = _executor(engine, _workers(workers, engine, inputs, interactions is not None, size), scheduler, run_dir)
    if interactions is not None and executor is not None:
        raise typer.BadParameter("interactions are written by the in-process run only (one local worker, "
                                 "no --run-dir)", param_hint="--interactions")

    with open_out(out) as fh, open_out(interactions) as ih:
        if executor is None:
            from sitrep.pipeline import run

            summary = run(inputs, out=fh, published=pub, store_url=db, on_reject=print_reject, interactions=ih)
            note = ""
        else:
            summary, note = _scaled(inputs, executor, fh, pub, db, run_dir, size, print_reject, quiet)
    if not quiet:
        err_console.print(f"{summary.articles} articles, {summary.events} events "
                          f"({summary.merged} merged into events of other articles), "
                          f"{len(summary.rejects)} rejected, {summary.duplicates} duplicates skipped{note}",
                          highlight=False, soft_wrap=True)


def _scaled(inputs: list[str], executor: Executor, fh: IO[str] | None, pub: date | None, db: str | None,
            run_dir: Path | None, size: int | None, report: Callable[[Reject], None],
            quiet: bool) -> tuple[RunSummary, str]:
    from sitrep.scale.driver import run_scaled
    from sitrep.scale.progress import ProgressBar

    with ProgressBar(err_console, enabled=not quiet) as bar:
        done = run_scaled(inputs, executor=executor, out=fh, published=pub, store_url=db, run_dir=run_dir,
                          partition_size=size, on_reject=report, on_progress=bar.update)
    resumed = f"; resumed: {done.reused} of them already written by an interrupted run" if done.reused else ""
    return done.summary, f" — engine {executor.name}, {executor.workers} worker(s), {done.parts} partitions{resumed}"


def register(app: typer.Typer) -> None:
    app.command("extract")(extract_cmd)
