"""Helpers for the ingest tests: write bytes to a file and read it back through read_inputs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from sitrep.ingest import read_inputs
from sitrep.model import Article, Reject
from sitrep.settings import Settings

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"
TODAY = date(2026, 2, 5)
# An English paragraph written for these tests, long enough for language detection.
ENGLISH = ("Police said that two men were arrested on Friday after a long gun battle in the old city, "
           "and that officers recovered weapons from the house where they had been hiding.")

Items = list[Article | Reject]


def read(paths: list[str], **kwargs: object) -> Items:
    kwargs.setdefault("today", TODAY)
    kwargs.setdefault("settings", Settings())
    return list(read_inputs(paths, **kwargs))  # type: ignore[arg-type]


def articles(items: Items) -> list[Article]:
    return [i for i in items if isinstance(i, Article)]


def rejects(items: Items) -> list[Reject]:
    return [i for i in items if isinstance(i, Reject)]


@pytest.fixture
def write(tmp_path: Path) -> Callable[[str, bytes | str], str]:
    def _write(name: str, content: bytes | str) -> str:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        return str(path)

    return _write
