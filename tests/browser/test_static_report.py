"""The demo's static report opens from disk in Chromium with no network: boundaries and points drawn."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from sitrep.model import Event
from sitrep.report import write_report

pytestmark = pytest.mark.browser


def _event(eid: str, lat: float, lon: float, day: int) -> Event:
    return Event(event_id=eid, article_id="a1", event_type="Explosions/Remote violence",
                 sub_event_type="Remote explosive/landmine/IED", disorder_type="Political violence",
                 event_date=date(2026, 3, day), latitude=lat, longitude=lon, fatalities=day,
                 location="Turbat")


def test_static_report_draws_map_offline(browser: Any, tmp_path: Path, shots: Path) -> None:
    path = write_report([_event("e1", 26.0, 63.05, 3), _event("e2", 33.0, 70.6, 5)], tmp_path)
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    page = context.new_page()
    remote: list[str] = []
    errors: list[str] = []
    page.on("request", lambda r: remote.append(r.url) if not r.url.startswith("file://") else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(path.as_uri())
    page.wait_for_selector("path.event-point")
    assert page.locator("path.event-point").count() == 2
    boundaries = page.locator("#map .leaflet-overlay-pane path:not(.event-point)")
    assert boundaries.count() > 50  # countries and provinces
    # The report draws with the web map's code, which keeps a ring crossing the antimeridian
    # continuous (179 -> 181, not 179 -> -179, which Leaflet would draw across the whole world).
    ring = page.evaluate("() => SitrepMap.unwrap({type: 'Polygon', coordinates: "
                         "[[[179, 0], [-179, 1], [-179, 0], [179, 0]]]}).coordinates[0]")
    assert [pt[0] for pt in ring] == [179, 181, 181, 179]
    assert page.locator("#events tbody tr").count() == 2
    assert page.locator("svg.timeline rect").count() == 2
    page.screenshot(path=str(shots / "static-report.png"), full_page=True)
    context.close()
    assert not errors and not remote
