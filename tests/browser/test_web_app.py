"""A person's path through the app in Chromium: filter, map, evidence, login, correct, audit.

Every request the page makes must go to the test server on 127.0.0.1; screenshots are saved for
looking at (build/test-output/browser/, or $SITREP_TEST_OUTPUT/browser/).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from web.records import PASSWORDS

pytestmark = pytest.mark.browser


@pytest.fixture()
def page(browser: Any, server: str) -> Any:
    context = browser.new_context(viewport={"width": 1360, "height": 900})
    pg = context.new_page()
    pg.set_default_timeout(15_000)
    pg.requests_seen = []
    pg.problems = []
    pg.on("request", lambda r: pg.requests_seen.append(r.url))
    pg.on("pageerror", lambda e: pg.problems.append(f"page error: {e}"))
    pg.on("console", lambda m: pg.problems.append(f"console {m.type}: {m.text}")
          if m.type in ("error", "warning") else None)
    yield pg
    context.close()


def _only_local(page: Any, server: str) -> None:
    netloc = urlsplit(server).netloc
    outside = [u for u in page.requests_seen
               if not u.startswith(("data:", "blob:")) and urlsplit(u).netloc != netloc]
    assert outside == [], outside
    assert all(urlsplit(u).hostname == "127.0.0.1" for u in page.requests_seen if u.startswith("http"))


def test_browser_filter_map_evidence_review(page: Any, server: str, shots: Path) -> None:
    page.goto(f"{server}/events")
    assert page.locator("table.events tbody tr").count() == 6
    page.screenshot(path=str(shots / "01-events.png"), full_page=True)

    # Filter: Pakistan, at least 4 killed.
    page.fill("input[name=country]", "Pakistan")
    page.fill("input[name=min_fatalities]", "4")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**/events?*country=Pakistan*")
    rows = page.locator("table.events tbody tr")
    assert rows.count() == 2
    assert sorted(rows.nth(i).locator("td").nth(5).inner_text() for i in range(2)) == ["Bannu", "Turbat"]
    page.screenshot(path=str(shots / "02-events-filtered.png"), full_page=True)

    # The map keeps the filter; click the Bannu point to open its event.
    page.click("text=map")
    page.wait_for_selector("#map[data-ready='1']")
    assert page.locator("path.event-point").count() == 2
    assert "2 events match; 2 with coordinates shown." in page.inner_text("#map-status")
    page.screenshot(path=str(shots / "03-map.png"))
    page.locator("path[data-event-id='ev-bannu']").click()
    page.wait_for_url("**/events/ev-bannu")

    # Hovering a field highlights its evidence span in the article text.
    mark = page.locator("mark.ev[data-fields~='fatalities']").first
    assert mark.inner_text() == "seven" and "hot" not in (mark.get_attribute("class") or "")
    page.hover("tr[data-field='fatalities']")
    assert "hot" in (mark.get_attribute("class") or "")
    page.screenshot(path=str(shots / "04-event-evidence.png"), full_page=True)
    page.hover("tr[data-field='claim-1']")
    assert "hot" in (page.locator("mark.ev[data-fields~='claim-1']").first.get_attribute("class") or "")

    # Log in as a reviewer from the event page and come back to it.
    page.click("header .who >> text=Log in")
    page.fill("input[name=name]", "rita")
    page.fill("input[name=password]", PASSWORDS["rita"])
    page.click("form.login button[type=submit]")
    page.wait_for_url("**/events/ev-bannu")
    assert "rita" in page.inner_text("header .who")

    # Correct a field; the audit entry appears with who, what and when.
    page.click("details.correct summary")
    page.fill("#f_fatalities", "8")
    page.fill("form.review-correct input[name=reason]", "hospital toll confirmed by police later")
    page.locator("section.review").screenshot(path=str(shots / "05-correct-form.png"))
    page.click("form.review-correct button[type=submit]")
    page.wait_for_url("**/events/ev-bannu#audit")
    audit = page.locator("table.auditlog tbody tr")
    assert audit.count() == 1
    cells = audit.first.locator("td").all_inner_texts()
    assert cells[1:6] == ["rita", "correct", "fatalities", "7", "8"]
    assert cells[6] == "hospital toll confirmed by police later"
    assert "corrected" in page.inner_text(".lede")
    page.locator("#audit").screenshot(path=str(shots / "06-audit.png"))
    page.screenshot(path=str(shots / "07-event-after-review.png"), full_page=True)

    assert page.problems == []
    _only_local(page, server)


def test_browser_xss_article_stays_text(page: Any, server: str, shots: Path) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(f"{server}/events/ev-xss")
    page.hover("tr[data-field='actor1']")
    assert 'onerror="alert(1)"' in page.inner_text("article.source .text")
    assert page.locator("article.source img").count() == 0
    page.screenshot(path=str(shots / "08-event-xss.png"), full_page=True)
    assert dialogs == []
    _only_local(page, server)


def test_browser_timeline_and_docs(page: Any, server: str, shots: Path) -> None:
    page.goto(f"{server}/timeline?by=week")
    assert page.locator("svg.chart").count() == 2
    assert page.locator("svg.chart rect").count() >= 6
    page.screenshot(path=str(shots / "09-timeline.png"), full_page=True)
    page.goto(f"{server}/docs")
    page.wait_for_selector(".swagger-ui .opblock")
    assert page.locator(".swagger-ui .opblock").count() >= 8
    page.screenshot(path=str(shots / "10-api-docs.png"))
    assert [p for p in page.problems if "favicon" not in p] == []
    _only_local(page, server)


def _shown(page: Any) -> tuple[int, int, int]:
    """(single points, cluster markers, events in all of them) on the map now."""
    points = page.locator("path.event-point").count()
    texts = page.locator(".cluster-icon").all_inner_texts()
    return points, len(texts), points + sum(int(t) for t in texts)


def test_browser_map_clusters_dense_points(page: Any, server: str, shots: Path) -> None:
    page.goto(f"{server}/map")
    page.wait_for_selector("#map[data-ready='1']")
    assert _shown(page) == (6, 0, 6)  # far enough apart at the fitted zoom
    page.screenshot(path=str(shots / "11-map-all.png"))
    for _ in range(3):
        page.click(".leaflet-control-zoom-out")
        page.wait_for_timeout(400)
    points, clusters, total = _shown(page)
    assert clusters >= 1 and points < 6 and total == 6
    page.screenshot(path=str(shots / "12-map-clustered.png"))
    page.locator(".cluster-icon").first.click()  # zooms into that cluster
    page.wait_for_timeout(600)
    points_after, _, total_after = _shown(page)
    assert points_after > points and total_after == 6
    assert page.problems == []
    _only_local(page, server)
