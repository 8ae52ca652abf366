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
