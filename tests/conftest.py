"""Shared fixtures. The trained spaCy model is loaded once per session, only by tests marked `model`."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def pipeline():
    from sitrep.pipeline import Pipeline

    return Pipeline.load()
