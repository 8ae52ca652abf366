"""Fuzz runs (SITREP_FUZZ set) end with the number of inputs each property was tried on."""

from __future__ import annotations

import os
import time

import pytest

from tests.fuzz.tally import COUNTS, STARTED


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not os.environ.get("SITREP_FUZZ") or not COUNTS:
        return
    failed = len(terminalreporter.stats.get("failed", []))
    for name, n in sorted(COUNTS.items()):
        terminalreporter.write_line(f"fuzz: {name:<24} {n:>7,} inputs")
    terminalreporter.write_line(f"fuzz: {sum(COUNTS.values()):,} inputs in {time.perf_counter() - STARTED:.0f} s, "
                                f"{failed} failing properties (crashes or broken invariants)")
