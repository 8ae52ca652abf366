"""Cut the inputs into partitions: runs of whole files, and byte ranges of large JSON Lines files.

A JSON Lines file larger than the target size is cut just after a newline, so every line falls in
exactly one range, and each range knows the file's number of its first line: a worker reading the
range reports the same `file:line` (and gives the same default ids) as a reader of the whole file.
Other formats (and gzipped files, and files that start with a UTF-16/32 byte-order mark) are never
cut. An input that cannot be found stays in its place as a Reject, so rejects keep input order.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from sitrep.errors import ConfigError
from sitrep.ingest.decode import bom_encoding
from sitrep.ingest.registry import INGESTERS, extension_map
from sitrep.ingest.sources import Location, locate
from sitrep.model import Reject

Piece = Location | Reject
MIN_TARGET = 16 << 10  # below this, per-partition overhead outweighs spreading the work
# Less input than this runs in the process itself unless --workers asks otherwise: two workers cost about
# 17 CPU-s more than one process (each loads the model; parts are written and read back), which 135 KB
# of short reports (400, about 21 CPU-s in one process) do not win back on a second core.
SPREAD_MIN = 256 << 10
MAX_TARGET = 64 << 20
BLOCK = 1 << 20


@dataclass(frozen=True)
class Partition:
    index: int
    pieces: tuple[Piece, ...]
    size: int  # bytes of input, to weigh progress and plan


def locations(inputs: Sequence[str]) -> list[Piece]:
    """The inputs as read_inputs would walk them; stdin cannot be shared out to workers."""
    found = list(locate(inputs, extensions=extension_map(INGESTERS)))
    if any(isinstance(p, Location) and p.path is None for p in found):
        raise ConfigError("stdin (-) cannot be split among workers — save it to a file first, or "
                          "run with --engine local --workers 1")
    return found


def default_workers(inputs: Sequence[str], *, cores: int, target: int | None = None) -> int:
    """Workers for a run that did not choose: the machine's `cores` where the inputs give them more
    than one partition to share, else one (the in-process run): stdin cannot be shared out, and a
    small input (SPREAD_MIN) would only pay for each worker loading the model."""
    if cores < 2:
        return 1
    found = list(locate(inputs, extensions=extension_map(INGESTERS)))
    if not found or any(isinstance(p, Location) and p.path is None for p in found):
        return 1
    total = total_size(found)
    target = target or auto_target(total, cores)
    # plan() cuts a group once the next piece would overflow it: two pieces over the target give two
    # partitions, one piece only if it is a JSON Lines file it may cut (without reading it for the cuts)
    shared = total > max(target, SPREAD_MIN) and (len(found) > 1 or _splittable(found[0], target))
    return cores if shared else 1


def fingerprint(pieces: Iterable[Piece]) -> list[list[Any]]:
    """(name, size, mtime) of every input file: a changed input means a different run."""
    out: list[list[Any]] = []
    for p in pieces:
        if isinstance(p, Location) and p.path is not None:
            try:
                st = p.path.stat()
                out.append([p.name, st.st_size, st.st_mtime_ns])
            except OSError:
                out.append([p.name, None, None])
    return out


def auto_target(total: int, workers: int) -> int:
    """About four partitions per worker, so a slow one does not hold the others up."""
    return max(MIN_TARGET, min(MAX_TARGET, total // max(1, 4 * workers)))


def total_size(pieces: Iterable[Piece]) -> int:
    return sum(_size(p) for p in pieces)


def _size(piece: Piece) -> int:
    if isinstance(piece, Reject) or piece.path is None:
        return 0
    if piece.end is not None:
        return piece.end - piece.start
    try:
        return piece.path.stat().st_size
    except OSError:
        return 0


def plan(pieces: Sequence[Piece], *, target: int) -> list[Partition]:
    """Consecutive pieces grouped into partitions of about `target` bytes, in input order."""
    out: list[Partition] = []
    group: list[Piece] = []
    size = 0
    for piece in (r for p in pieces for r in _split(p, target)):
        n = _size(piece)
        if group and size + n > target:
            out.append(Partition(len(out), tuple(group), size))
            group, size = [], 0
        group.append(piece)
        size += n
    if group:
        out.append(Partition(len(out), tuple(group), size))
    return out


def _split(piece: Piece, target: int) -> list[Piece]:
    if not _splittable(piece, target):
        return [piece]
    assert isinstance(piece, Location) and piece.path is not None
    ranges = line_ranges(piece.path, target)
    if len(ranges) < 2:
        return [piece]
    return [replace(piece, start=s, end=e, first_line=first) for s, e, first in ranges]


def _splittable(piece: Piece, target: int) -> bool:
    if isinstance(piece, Reject) or piece.path is None or piece.fmt != "jsonl" or piece.gzipped:
        return False
    if _size(piece) <= target:
        return False
    with piece.path.open("rb") as fh:
        found = bom_encoding(fh.read(4))
    return found is None or found[0] == "utf-8"  # wide encodings are not cut on byte 0x0a


def line_ranges(path: Path, target: int) -> list[tuple[int, int, int]]:
    """(start, end, number of the first line) for ranges of about `target` bytes, each ending just
    after a newline (the last at the end of the file): together they hold every line once."""
    ranges: list[tuple[int, int, int]] = []
    start, first, pos, newlines = 0, 1, 0, 0
    with path.open("rb") as fh:
        while block := fh.read(BLOCK):
            for cut, lines in _cuts(block, pos, newlines, start, target):
                ranges.append((start, cut, first))
                start, first = cut, lines + 1
            pos += len(block)
            newlines += block.count(b"\n")
    if start < pos:
        ranges.append((start, pos, first))
    return ranges


def _cuts(block: bytes, pos: int, newlines: int, start: int, target: int) -> Iterator[tuple[int, int]]:
    """Cut points in `block` (which starts at file offset `pos`): (offset after a newline, newlines
    up to it). The first newline at or after start + target - 1 ends a range."""
    i = 0
    while True:
        j = block.find(b"\n", max(start + target - 1 - pos, i))
        if j < 0:
            return
        cut = pos + j + 1
        yield cut, newlines + block.count(b"\n", 0, j + 1)
        start, i = cut, j + 1


# -- the manifest's JSON form ----------------------------------------------------------------------
def piece_to_dict(piece: Piece) -> dict[str, Any]:
    if isinstance(piece, Reject):
        return {"reject": asdict(piece)}
    d = asdict(piece)
    d["path"] = str(piece.path) if piece.path is not None else None
    return d


def piece_from_dict(d: dict[str, Any]) -> Piece:
    if "reject" in d:
        return Reject(**d["reject"])
    return Location(**{**d, "path": Path(d["path"]) if d["path"] is not None else None})


def partitions_to_json(parts: Sequence[Partition]) -> list[dict[str, Any]]:
    return [{"index": p.index, "size": p.size, "pieces": [piece_to_dict(x) for x in p.pieces]}
            for p in parts]


def partitions_from_json(data: Sequence[dict[str, Any]]) -> list[Partition]:
    return [Partition(d["index"], tuple(piece_from_dict(x) for x in d["pieces"]), d["size"])
            for d in data]


def run_key(inputs: Sequence[str], db: str, prints: list[list[Any]]) -> str:
    """What identifies a run: the inputs (absolute), the store and the input files' fingerprints."""
    spec = {"inputs": [str(Path(i).resolve()) for i in inputs], "db": db, "files": prints}
    return hashlib.sha256(json.dumps(spec, sort_keys=True).encode()).hexdigest()[:16]
