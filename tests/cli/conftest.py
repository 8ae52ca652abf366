"""CLI fixtures: `run` loads the pipeline itself; `shared_pipeline` makes it reuse the session's."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture
def shared_pipeline(monkeypatch: pytest.MonkeyPatch, pipeline: Any) -> Any:
    monkeypatch.setattr("sitrep.pipeline.Pipeline.load", classmethod(lambda cls, settings=None: pipeline))
    return pipeline
