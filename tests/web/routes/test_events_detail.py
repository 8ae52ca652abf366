"""The event page and its JSON twin: evidence, claims, merged articles, audit, and XSS safety."""

from __future__ import annotations

import re

from sitrep.web.testing import TestClient
from web.records import BANNU_1, BANNU_2, TURBAT, XSS


def test_event_json_has_evidence_claims_articles(client: TestClient) -> None:
    body = client.get("/api/events/ev-bannu").json()
    assert body["ok"] is True and body["event"]["event_id"] == "ev-bannu"
    assert body["event"]["review_state"] == "unreviewed"
    assert [a["id"] for a in body["articles"]] == ["art-bannu-1", "art-bannu-2"]
    assert body["articles"][1]["text"] == BANNU_2
    fat = [e for e in body["evidence"] if e["field"] == "fatalities"][0]
    assert fat["text"] == "seven" and BANNU_1[fat["start"]:fat["end"]] == "seven"
    c1, c2 = body["claims"]
    assert (c1["value"], c1["source"], c1["figure"]) == (7, "a police spokesman", "seven")
    assert c1["sentence"] == BANNU_1[:BANNU_1.index(".") + 1].strip()
    assert (c2["value"], c2["source"], c2["article_id"], c2["figure"]) == (9, "Hospital staff", "art-bannu-2", "nine")
    assert c2["sentence"].startswith("Hospital staff in Bannu said nine people died")
    assert body["audit"] == []


def test_event_page_links_to_json_twin(client: TestClient) -> None:
    r = client.get("/events/ev-bannu")
    assert '<link rel="alternate" type="application/json" href="/api/events/ev-bannu">' in r.text
    assert r.headers["link"].startswith("</api/events/ev-bannu>")


def test_event_page_highlights_each_field_span(client: TestClient) -> None:
    html = client.get("/events/ev-turbat").text
    assert '<mark class="ev" data-fields="claim-0 fatalities">four</mark>' in html
    assert '<mark class="ev" data-fields="location">Turbat</mark>' in html
    assert '<mark class="ev" data-fields="actor1">Balochistan Liberation Army</mark>' in html
    assert '<mark class="ev" data-fields="event_date">Monday</mark>' in html
    # The field list rows name the field the marks carry, so hovering can find them.
    for field in ("fatalities", "location", "actor1", "event_date"):
        assert re.search(rf'<tr data-field="{field}" class="has-ev"', html), field
    text = re.search(r'<div class="text">(.*?)</div>', html, re.S).group(1)  # type: ignore[union-attr]
    assert re.sub(r"</?mark[^>]*>", "", text) == TURBAT


def test_event_page_shows_claims_with_source_and_sentence(client: TestClient) -> None:
    html = client.get("/events/ev-bannu").text
    assert "a police spokesman" in html and "Hospital staff" in html
    assert '<mark class="ev" data-fields="claim-1">nine</mark> people died' in html
    assert "7 killed" in html and "9 killed" in html


def test_event_page_lists_merged_articles_with_original_links(client: TestClient) -> None:
    html = client.get("/events/ev-bannu").text
    assert html.count('<article class="source"') == 2
    assert 'href="https://news.example.org/bannu" rel="noopener noreferrer nofollow"' in html
    assert 'href="/events?article_id=art-bannu-2"' in html


def test_event_page_is_safe_against_html_in_article_text(client: TestClient) -> None:
    html = client.get("/events/ev-xss").text
    main = html.split("<main>")[1]
    assert "<script>alert" not in main
    assert "<img src=x" not in main and "onerror=\"alert" not in main
    assert "javascript:" not in main.replace("&lt;a href=&#34;javascript:alert(2)&#34;&gt;", "")
    assert "<b>" not in main and "<i>Evil</i>" not in main
    assert '&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;' in main
    # The evidence span that covers raw HTML is highlighted as text.
    assert ('<mark class="ev" data-fields="actor1">&lt;img src=x onerror=&#34;alert(1)&#34;&gt;</mark>'
            in main)
    assert "&lt;b&gt;police&lt;/b&gt;" in main  # a claim's source
    text = re.search(r'<div class="text">(.*?)</div>', main, re.S).group(1)  # type: ignore[union-attr]
    import html as html_lib
    assert html_lib.unescape(re.sub(r"</?mark[^>]*>", "", text)) == XSS
    # The only scripts on the page are our own files.
    assert re.findall(r"<script[^>]*>", html) == ['<script src="/static/js/event.js">']


def test_event_page_javascript_url_is_not_a_link(client: TestClient) -> None:
    html = client.get("/events/ev-xss").text
    assert 'href="javascript:' not in html


def test_event_page_missing_event_is_404(client: TestClient) -> None:
    assert client.get("/events/nope").status_code == 404


def test_event_page_tells_anonymous_users_to_log_in(client: TestClient) -> None:
    html = client.get("/events/ev-turbat").text
    assert "Log in</a> as a reviewer" in html and 'action="/events/ev-turbat/review"' not in html
