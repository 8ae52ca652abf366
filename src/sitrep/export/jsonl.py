"""JSON Lines: `Event.to_dict()` per line, the same contract `sitrep extract --out` writes."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO

from sitrep.export.base import ExportResult
from sitrep.model import Event


def write_jsonl(events: Iterable[Event], out: IO[str]) -> ExportResult:
    n = 0
    for ev in events:
        out.write(json.dumps(ev.to_dict(), ensure_ascii=False) + "\n")
        n += 1
    return ExportResult(written=n)
