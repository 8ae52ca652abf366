"""Scale-out fixtures: the invented corpus, the in-process reference run, a PostgreSQL server."""

from __future__ import annotations

import importlib.util
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from scale_corpus import Snapshot, snapshot, write_corpus

from sitrep.settings import Settings

# The store tests' PostgreSQL server fixture, shared rather than copied.
_spec = importlib.util.spec_from_file_location("_store_conftest", Path(__file__).parents[1] / "store" / "conftest.py")
assert _spec is not None and _spec.loader is not None
_store_conftest = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_store_conftest)
pg_server = _store_conftest.pg_server
reset_pg = _store_conftest._reset_pg


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    return write_corpus(tmp_path_factory.mktemp("corpus"))


def run_settings(folder: Path, db: str | None = None) -> Settings:
    return replace(Settings.from_env(), db=db or f"sqlite:///{folder / 'sitrep.db'}",
                   rejects=str(folder / "rejects.jsonl"))


@pytest.fixture(scope="session")
def reference(corpus: list[str], pipeline: Any, tmp_path_factory: pytest.TempPathFactory) -> tuple[Snapshot, str]:
    """What the in-process `run()` leaves: the store's snapshot and the --out text."""
    import io

    from sitrep.pipeline import run

    folder = tmp_path_factory.mktemp("reference")
    settings = run_settings(folder)
    out = io.StringIO()
    summary = run(corpus, settings=settings, out=out, pipeline=pipeline)
    return snapshot(summary, settings.db), out.getvalue()
