"""The scaled-out run in this process (InlineExecutor): same store as run(), and resumable."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from conftest import run_settings
from scale_corpus import PARTITION_SIZE, Snapshot, snapshot

from sitrep.errors import ConfigError
from sitrep.scale import driver
from sitrep.scale.driver import run_scaled
from sitrep.scale.engines import InlineExecutor
from sitrep.scale.worker import PartDone, PartTask

pytestmark = pytest.mark.model


@dataclass
class Counting:
    """InlineExecutor that records which partitions it processed."""

    pipeline: Any
    done: list[int] = field(default_factory=list)
    name: str = "counting"
    workers: int = 1

    def run(self, tasks: Sequence[PartTask]) -> Iterator[PartDone]:
        for d in InlineExecutor(self.pipeline).run(tasks):
            self.done.append(d.index)
            yield d


def test_reference_run_exercises_merges_duplicates_and_rejects(reference: tuple[Snapshot, str]) -> None:
    snap, _ = reference
    articles, events, merged, duplicates = snap.counts
    assert merged >= 2 and duplicates == 1 and events > 5
    assert ("news.jsonl", 7) in {(Path(p).name, line) for p, line, _ in snap.rejects}
    assert "e1-again" not in snap.articles and "e1" in snap.articles


# Small partitions put the reports of one incident in different parts; one big partition puts
# them in the same part, where resolving must not see the part's later articles.
@pytest.mark.parametrize("size", [PARTITION_SIZE, 1 << 20])
def test_inline_engine_stores_what_run_stores(size: int, corpus: list[str], pipeline: Any, tmp_path: Path,
                                             reference: tuple[Snapshot, str]) -> None:
    settings, out, progress = run_settings(tmp_path), io.StringIO(), []
    done = run_scaled(corpus, executor=InlineExecutor(pipeline), settings=settings, out=out,
                      run_dir=tmp_path / "run", partition_size=size, on_progress=progress.append)
    assert done.reused == 0 and (done.parts >= 4 if size == PARTITION_SIZE else done.parts == 1)
    assert snapshot(done.summary, settings.db) == reference[0]
    assert out.getvalue() == reference[1]
    assert [p.parts_done for p in progress] == list(range(1, done.parts + 1))
    assert progress[-1].articles == reference[0].counts[0]
    assert not (tmp_path / "run").exists()  # removed once complete
    rejects = [json.loads(line) for line in Path(settings.rejects).read_text().splitlines()]
    assert [(r["path"], r["line"]) for r in rejects] == [(p, n) for p, n, _ in reference[0].rejects]


class Boom(Exception):
    pass


@pytest.mark.parametrize("point", ["journal:1", "saved:1", "resolving:2", "loaded:0"])
def test_a_run_stopped_anywhere_resumes_to_the_same_store(point: str, corpus: list[str], pipeline: Any,
                                                         tmp_path: Path, reference: tuple[Snapshot, str],
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    def stop(at: str, index: int) -> None:
        if f"{at}:{index}" == point:
            raise Boom(point)

    settings, run_dir = run_settings(tmp_path), tmp_path / "run"
    with monkeypatch.context() as m:
        m.setattr(driver, "_kill_point", stop)
        with pytest.raises(Boom):
            run_scaled(corpus, executor=Counting(pipeline), settings=settings, run_dir=run_dir,
                       partition_size=PARTITION_SIZE)
    written = sorted(int(p.stem[5:]) for p in (run_dir / "parts").glob("part-*.parquet"))
    again = Counting(pipeline)
    done = run_scaled(corpus, executor=again, settings=settings, run_dir=run_dir, partition_size=PARTITION_SIZE)
    assert done.reused == len(written) >= 1
    assert sorted(again.done) == [i for i in range(done.parts) if i not in written]  # only the rest
    assert snapshot(done.summary, settings.db) == reference[0]


def test_a_run_directory_of_other_inputs_is_refused(corpus: list[str], pipeline: Any, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    settings, run_dir = run_settings(tmp_path), tmp_path / "run"
    with monkeypatch.context() as m:
        m.setattr(driver, "_kill_point", lambda at, i: (_ for _ in ()).throw(Boom()) if at == "loaded" else None)
        with pytest.raises(Boom):
            run_scaled(corpus, executor=InlineExecutor(pipeline), settings=settings, run_dir=run_dir)
    with pytest.raises(ConfigError, match="belongs to another run"):
        run_scaled(corpus[:1], executor=InlineExecutor(pipeline), settings=settings, run_dir=run_dir)
