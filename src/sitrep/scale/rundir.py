"""The run directory: what a scaled-out run has done, so a killed run resumes where it stopped.

    manifest.json            inputs' fingerprint and the partitions, fixed when the run starts
    parts/part-NNNNN.parquet a partition's results (exists = complete: written then renamed)
    loading/part-NNNNN.jsonl the driver's journal while loading a part: the records to resolve
                             (fixed before the part is saved), then each article once resolved
    loaded/part-NNNNN.json   the part is saved and resolved; its counts

Every file is written whole and renamed into place (the journal appends lines and tolerates a cut
last line), so a kill at any moment leaves a state the next run reads correctly. A lock file keeps
two drivers off one directory. The directory is removed when the run completes.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sitrep.errors import ConfigError
from sitrep.scale.partition import Partition, partitions_from_json, partitions_to_json

DEFAULT_ROOT = Path(".sitrep-runs")
VERSION = 1


@dataclass(frozen=True)
class Journal:
    """Records to resolve per article of a part (by position), and the positions already resolved
    with the number of merges each made."""

    fresh: tuple[tuple[str, ...], ...]
    resolved: dict[int, int]


def _write_json(path: Path, data: Any, end: str = "") -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(json.dumps(data) + end, encoding="utf-8")
    os.replace(tmp, path)


class RunDir:
    def __init__(self, path: Path) -> None:
        self.path = path

    def _file(self, folder: str, index: int, ext: str) -> Path:
        return self.path / folder / f"part-{index:05d}.{ext}"

    @contextlib.contextmanager
    def locked(self) -> Iterator[RunDir]:
        for folder in ("parts", "loading", "loaded"):
            (self.path / folder).mkdir(parents=True, exist_ok=True)
        with (self.path / "lock").open("w") as fh:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise ConfigError(f"another sitrep run is using {self.path} — wait for it to finish "
                                  "or give this one another --run-dir") from None
            yield self  # the lock goes with the process, however it ends

    def partitions(self, key: str, build: Callable[[], Sequence[Partition]]) -> tuple[list[Partition], bool]:
        """The run's partitions: from the manifest when resuming (True), else `build()` (False)."""
        manifest = self.path / "manifest.json"
        if manifest.exists():
            data = json.loads(manifest.read_text(encoding="utf-8"))
            if data.get("key") != key or data.get("version") != VERSION:
                raise ConfigError(f"run directory {self.path} belongs to another run (other inputs or "
                                  "store, or the input files changed since) — remove it or give "
                                  "another --run-dir")
            return partitions_from_json(data["partitions"]), True
        parts = build()
        _write_json(manifest, {"version": VERSION, "key": key, "partitions": partitions_to_json(parts)})
        return list(parts), False

    def part_path(self, index: int) -> Path:
        return self._file("parts", index, "parquet").resolve()

    def written(self, index: int) -> bool:
        return self.part_path(index).exists()

    def loaded(self, index: int) -> dict[str, Any] | None:
        path = self._file("loaded", index, "json")
        return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None

    def mark_loaded(self, index: int, counts: dict[str, Any]) -> None:
        _write_json(self._file("loaded", index, "json"), counts)
        self._file("loading", index, "jsonl").unlink(missing_ok=True)

    def journal(self, index: int) -> Journal | None:
        path = self._file("loading", index, "jsonl")
        if not path.exists():
            return None
        lines = path.read_text(encoding="utf-8").splitlines()
        fresh = tuple(tuple(ids) for ids in json.loads(lines[0])["fresh"])
        resolved: dict[int, int] = {}
        for line in filter(None, lines[1:]):
            with contextlib.suppress(ValueError, KeyError, TypeError):  # a line cut short by a kill
                d = json.loads(line)
                resolved[int(d["resolved"])] = int(d["merged"])
        return Journal(fresh, resolved)

    def start_journal(self, index: int, fresh: Sequence[Sequence[str]]) -> Journal:
        _write_json(self._file("loading", index, "jsonl"), {"fresh": [list(ids) for ids in fresh]}, "\n")
        return Journal(tuple(tuple(ids) for ids in fresh), {})

    def mark_resolved(self, index: int, position: int, merged: int) -> None:
        with self._file("loading", index, "jsonl").open("a", encoding="utf-8") as fh:
            # Leading newline: a line a kill cut short never swallows the next one.
            fh.write("\n" + json.dumps({"resolved": position, "merged": merged}) + "\n")
            fh.flush()
            os.fsync(fh.fileno())

    def remove(self) -> None:
        shutil.rmtree(self.path, ignore_errors=True)
