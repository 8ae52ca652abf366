"""Partitioning: byte ranges hold every line exactly once and keep the file's line numbers."""

from __future__ import annotations

import gzip
import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from sitrep.errors import ConfigError
from sitrep.ingest import read_inputs, read_locations
from sitrep.ingest.sources import Location
from sitrep.model import Article, Reject
from sitrep.scale.partition import (
    line_ranges, locations, partitions_from_json, partitions_to_json, plan,
)
from sitrep.settings import Settings

TODAY = date(2026, 5, 1)
SETTINGS = Settings(rejects="/dev/null")


def _texts(n: int) -> list[str]:
    return [f"Record {i}: police in Sukkur said a shop was set on fire on Monday. " * (1 + i % 4) for i in range(n)]


def _jsonl(path: Path, n: int = 40) -> Path:
    lines = []
    for i, text in enumerate(_texts(n)):
        if i % 9 == 4:
            lines.append("")  # blank lines are skipped but still counted
        if i % 11 == 7:
            lines.append('{"id": "broken", "text": ')  # malformed: a Reject at its line
        record = {"text": text, "published": "2026-04-01"} if i % 3 else {"id": f"n{i}", "text": text}
        lines.append(json.dumps(record))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@given(lines=st.lists(st.binary(max_size=40).map(lambda b: b.replace(b"\n", b"")), max_size=60),
       trailing=st.booleans(), target=st.integers(1, 200))
@hsettings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_line_ranges_hold_every_line_once_with_its_number(tmp_path: Path, lines: list[bytes], trailing: bool,
                                                          target: int) -> None:
    data = b"\n".join(lines) + (b"\n" if trailing and lines else b"")
    path = tmp_path / "f.jsonl"
    path.write_bytes(data)
    ranges = line_ranges(path, target)
    assert b"".join(data[s:e] for s, e, _ in ranges) == data  # contiguous, no gap, no overlap
    for start, end, first in ranges:
        assert first == data[:start].count(b"\n") + 1
        assert start == 0 or data[start - 1:start] == b"\n"  # cut just after a newline
        assert end - start >= min(target, len(data) - start) or end == len(data)


def test_ranges_read_as_the_whole_file_does(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "news.jsonl")
    whole = list(read_inputs([str(path)], settings=SETTINGS, today=TODAY))
    parts = plan(locations([str(path)]), target=700)
    assert len(parts) > 5 and all(p.pieces[0].partial for p in parts)  # type: ignore[union-attr]
    pieces = [x for p in parts for x in p.pieces]
    cut = list(read_locations(pieces, settings=SETTINGS, today=TODAY))
    assert cut == whole
    rejects = [r for r in cut if isinstance(r, Reject)]
    assert [r.line for r in rejects] == [n for n, line in enumerate(path.read_text().splitlines(), 1)
                                         if line.startswith('{"id": "broken"')]
    ids = {a.id for a in cut if isinstance(a, Article)}
    assert f"{path}:3" in ids and "n0" in ids  # a record without an id is named by its true line


def test_plan_keeps_input_order_and_a_missing_input_in_its_place(tmp_path: Path) -> None:
    folder = tmp_path / "dir"
    folder.mkdir()
    for name in ("b.txt", "a.txt"):
        (folder / name).write_text("Quetta: a protest was held on Monday. " * 20, encoding="utf-8")
    big = _jsonl(tmp_path / "big.jsonl")
    parts = plan(locations([str(folder), str(tmp_path / "missing.txt"), str(big)]), target=900)
    pieces = [x for p in parts for x in p.pieces]
    names = [x.name if isinstance(x, Location) else ("reject", x.path) for x in pieces]
    assert names[:3] == [str(folder / "a.txt"), str(folder / "b.txt"), ("reject", str(tmp_path / "missing.txt"))]
    assert set(names[3:]) == {str(big)} and len(names) > 4
    assert [p.index for p in parts] == list(range(len(parts)))
    assert partitions_from_json(json.loads(json.dumps(partitions_to_json(parts)))) == parts


def test_gzipped_and_wide_files_are_not_cut(tmp_path: Path) -> None:
    text = _jsonl(tmp_path / "a.jsonl").read_text(encoding="utf-8")
    gz = tmp_path / "b.jsonl.gz"
    gz.write_bytes(gzip.compress(text.encode()))
    wide = tmp_path / "c.jsonl"
    wide.write_bytes(text.encode("utf-16"))
    parts = plan(locations([str(gz), str(wide)]), target=500)
    assert [x.partial for p in parts for x in p.pieces] == [False, False]  # type: ignore[union-attr]


def test_stdin_cannot_be_shared_out() -> None:
    with pytest.raises(ConfigError, match="stdin"):
        locations(["-"])
