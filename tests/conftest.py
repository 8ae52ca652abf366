"""Shared fixtures. The trained spaCy model is loaded once per session, only by tests marked `model`.

Hypothesis profiles: normal runs use "quick" (few, reproducible examples, no example database);
`make fuzz` sets SITREP_FUZZ=long for thousands of random examples per property.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("quick", max_examples=40, deadline=None, derandomize=True, database=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", max_examples=4000, deadline=None, database=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.load_profile(os.environ.get("SITREP_FUZZ", "quick"))


@pytest.fixture(scope="session")
def pipeline():
    from sitrep.pipeline import Pipeline

    return Pipeline.load()
