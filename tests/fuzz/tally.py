"""Counts of generated inputs per fuzz property, printed by tests/fuzz/conftest.py under `make fuzz`."""

from __future__ import annotations

import time
from collections import Counter

COUNTS: Counter[str] = Counter()
STARTED = time.perf_counter()


def tally(name: str) -> None:
    COUNTS[name] += 1
