"""What every exporter is: a function `events -> file` with a name, a media type and a mode."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import IO, Any

from sitrep.model import Event


@dataclass(frozen=True, slots=True)
class ExportResult:
    written: int  # events written
    skipped: int = 0  # events the format cannot hold (GeoJSON: no coordinates)


@dataclass(frozen=True, slots=True)
class Exporter:
    name: str
    write: Callable[[Iterable[Event], IO[Any]], ExportResult]
    binary: bool  # needs a binary stream (parquet)
    suffix: str
    media_type: str


def opt(value: Any) -> Any:
    """CSV cell: None is an empty cell."""
    return "" if value is None else value
