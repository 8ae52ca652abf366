"""`sitrep extract` options for scaling out: engine choice and partition sizes (no model needed)."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer

from sitrep.cli.extract import _executor, parse_size
from sitrep.scale.engines import InlineExecutor, LocalExecutor


@pytest.mark.parametrize(("text", "size"), [("65536", 65536), ("64K", 64 << 10), ("8m", 8 << 20),
                                            ("1.5M", 3 << 19), ("2GB", 2 << 30)])
def test_partition_sizes(text: str, size: int) -> None:
    assert parse_size(text) == size


@pytest.mark.parametrize("text", ["", "K", "-3M", "lots", "0"])
def test_bad_partition_sizes(text: str) -> None:
    with pytest.raises(typer.BadParameter):
        parse_size(text)


def test_engine_choice() -> None:
    assert _executor("local", 1, None, None) is None  # the in-process run of old, unchanged
    assert isinstance(_executor("local", 1, None, Path("run")), InlineExecutor)  # resumable, no workers
    assert _executor("local", 3, None, None) == LocalExecutor(3)
    from sitrep.scale.dask import DaskExecutor

    assert _executor("dask", 2, "tcp://h:8786", None) == DaskExecutor(2, "tcp://h:8786")
    with pytest.raises(typer.BadParameter, match="needs --engine dask"):
        _executor("local", 2, "tcp://h:8786", None)
    with pytest.raises(typer.BadParameter, match="not an engine"):
        _executor("spark", 2, None, None)


def _jsonl(path: Path, lines: int) -> Path:
    path.write_text("".join(f'{{"id": "a{i}", "text": "Gunmen attacked a post in Lorem on Monday."}}\n'
                            for i in range(lines)), encoding="utf-8")
    return path


def test_default_workers_share_out_only_an_input_of_several_partitions(tmp_path: Path) -> None:
    from sitrep.scale.partition import SPREAD_MIN, default_workers

    small = _jsonl(tmp_path / "small.jsonl", 3)
    large = _jsonl(tmp_path / "large.jsonl", 2 * SPREAD_MIN // 60)
    assert default_workers([str(small)], cores=2) == 1  # one partition: spawning would only load the model again
    assert default_workers(["-"], cores=2) == 1  # stdin cannot be shared out
    assert default_workers([str(large)], cores=2) == 2
    assert default_workers([str(large)], cores=1) == 1
    assert default_workers([str(small), str(small)], cores=2, target=100) == 1  # little to share
    assert default_workers([str(large), str(small)], cores=2, target=100) == 2  # two files over the target


def test_extract_workers_default_to_the_setting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from sitrep.cli.extract import _workers
    from sitrep.scale.partition import SPREAD_MIN

    monkeypatch.setenv("SITREP_WORKERS", "3")
    large = str(_jsonl(tmp_path / "large.jsonl", 2 * SPREAD_MIN // 60))
    assert _workers(None, "local", [large], False, None) == 3
    assert _workers(None, "local", [large], True, None) == 1  # interactions: the in-process run writes them
    assert _workers(None, "dask", ["-"], False, None) == 3
    assert _workers(2, "local", ["-"], False, None) == 2  # chosen: as asked (stdin is then an error)
