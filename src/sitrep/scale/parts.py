"""A partition's results as one Parquet file: its articles with their extracted records, and its
rejects, in input order.

Articles go through `Article.to_dict`/`from_dict` and records through the store's exact JSON codec
(`event_to_json`), so a record read back compares equal to the one extracted. A part is written to
a temporary name and renamed: a part file that exists is complete.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from sitrep.model import Article, Event, Reject
from sitrep.store.codec import event_from_json, event_to_json

SCHEMA = pa.schema([
    ("kind", pa.string()),  # "article" or "reject"
    ("article", pa.string()),  # Article.to_dict as JSON
    ("content_hash", pa.string()),
    ("events", pa.list_(pa.string())),  # each record as event_to_json
    ("path", pa.string()),  # reject fields
    ("line", pa.int64()),
    ("code", pa.string()),
    ("reason", pa.string()),
])
META_KEY = b"sitrep"


@dataclass(frozen=True)
class PartData:
    index: int
    items: tuple[tuple[Article, tuple[Event, ...]], ...]  # deduplicated within the partition
    rejects: tuple[Reject, ...]
    duplicates: int = 0  # texts seen earlier in the same partition, skipped
    stages: dict[str, float] = field(default_factory=dict)  # worker seconds per stage

    @property
    def events(self) -> int:
        return sum(len(evs) for _, evs in self.items)


def _article_row(article: Article, events: Sequence[Event]) -> dict[str, Any]:
    return {"kind": "article", "article": json.dumps(article.to_dict(), ensure_ascii=False),
            "content_hash": article.content_hash, "events": [event_to_json(e) for e in events]}


def _reject_row(r: Reject) -> dict[str, Any]:
    return {"kind": "reject", "events": [], **asdict(r)}


def write_part(part: PartData, path: Path) -> None:
    rows = [_article_row(a, evs) for a, evs in part.items] + [_reject_row(r) for r in part.rejects]
    meta = {"index": part.index, "duplicates": part.duplicates, "stages": part.stages}
    table = pa.Table.from_pylist(rows, schema=SCHEMA.with_metadata({META_KEY: json.dumps(meta)}))
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    pq.write_table(table, tmp)
    os.replace(tmp, path)  # atomic: readers see no part or a whole one


def read_part(path: Path) -> PartData:
    table = pq.read_table(path)
    meta = json.loads((table.schema.metadata or {})[META_KEY])
    items: list[tuple[Article, tuple[Event, ...]]] = []
    rejects: list[Reject] = []
    for row in table.to_pylist():
        if row["kind"] == "article":
            items.append((Article.from_dict(json.loads(row["article"])),
                          tuple(event_from_json(e) for e in row["events"])))
        else:
            rejects.append(Reject(row["path"], row["line"], row["code"], row["reason"]))
    return PartData(meta["index"], tuple(items), tuple(rejects), meta["duplicates"], meta["stages"])


def read_hashes(path: Path) -> list[str]:
    """Content hashes of a part's articles: enough to deduplicate later parts against it."""
    column = pq.read_table(path, columns=["kind", "content_hash"]).to_pylist()
    return [r["content_hash"] for r in column if r["kind"] == "article"]
