"""Review: only reviewers change data, every form and call needs the CSRF token, all is audited."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

import pytest

from sitrep.store import Store
from sitrep.web.testing import TestClient
from web.conftest import csrf_of, login


def form_token(client: TestClient, path: str = "/events/ev-turbat") -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', client.get(path).text).group(1)  # type: ignore[union-attr]


def test_review_anonymous_cannot_change(client: TestClient, store: Store) -> None:
    token = csrf_of(client)
    r = client.post("/events/ev-turbat/review", data={"action": "accept", "csrf_token": token},
                    follow_redirects=False)
    assert r.status_code == 401
    assert store.review_state("ev-turbat") == "unreviewed" and store.audit_log() == []


def test_review_viewer_cannot_change(viewer: tuple[TestClient, str], store: Store) -> None:
    client, token = viewer
    r = client.post("/events/ev-turbat/review", data={"action": "reject", "csrf_token": token})
    assert r.status_code == 403 and "only reviewers" in r.text
    r = client.post("/api/events/ev-turbat/review", json={"action": "reject"},
                    headers={"x-csrf-token": token})
    assert r.status_code == 403
    assert store.review_state("ev-turbat") == "unreviewed"


def test_review_viewer_sees_no_review_form(viewer: tuple[TestClient, str]) -> None:
    html = viewer[0].get("/events/ev-turbat").text
    assert 'action="/events/ev-turbat/review"' not in html and "only reviewers" in html


@pytest.mark.parametrize("token", [None, "", "forged-token", "STALE"])
def test_review_csrf_rejected(reviewer: tuple[TestClient, str], store: Store, token: str | None,
                              settings) -> None:  # type: ignore[no-untyped-def]
    client, _ = reviewer
    if token == "STALE":  # a real token, but from another session (an attacker's own)
        other = TestClient(client.app)
        token = csrf_of(other)
    data = {"action": "reject"} | ({"csrf_token": token} if token is not None else {})
    assert client.post("/events/ev-turbat/review", data=data).status_code == 403
    headers = {"x-csrf-token": token} if token else {}
    assert client.post("/api/events/ev-turbat/review", json={"action": "reject"},
                       headers=headers).status_code == 403
    assert store.review_state("ev-turbat") == "unreviewed" and store.audit_log() == []


def test_review_form_accept_is_audited(reviewer: tuple[TestClient, str], store: Store) -> None:
    client, _ = reviewer
    token = form_token(client)
    r = client.post("/events/ev-turbat/review", follow_redirects=False,
                    data={"action": "accept", "reason": "matches the report", "csrf_token": token})
    assert r.status_code == 303 and r.headers["location"] == "/events/ev-turbat#audit"
    assert store.review_state("ev-turbat") == "accepted"
    [entry] = store.audit_log("ev-turbat")
    assert (entry.user, entry.action, entry.reason) == ("rita", "accept", "matches the report")
    assert datetime.now(timezone.utc) - entry.at < timedelta(minutes=1)
    html = client.get("/events/ev-turbat").text
    audit = html.split('id="audit"')[1].split("</section>")[0]
    assert "<td>rita</td><td>accept</td>" in audit and "matches the report" in audit


def test_review_form_correct_changes_only_edited_fields(reviewer: tuple[TestClient, str],
                                                        store: Store) -> None:
    client, _ = reviewer
    page = client.get("/events/ev-turbat").text
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)  # type: ignore[union-attr]
    # Submit the whole form as a browser would: every field with its shown value, two edited.
    fields = dict(re.findall(r'<input id="f_(\w+)" name="f_\w+" value="([^"]*)"', page))
    fields |= {k: v for k, v in re.findall(r'<textarea id="f_(\w+)" name="f_\w+" rows="2">([^<]*)</textarea>', page)}
    assert fields["fatalities"] == "4" and fields["location"] == "Turbat"
    fields["fatalities"] = "5"
    fields["claimed_by"] = "Balochistan Liberation Army\nBalochistan Liberation Front"
    data = {f"f_{k}": v for k, v in fields.items()} | {"action": "correct", "csrf_token": token,
                                                      "reason": "second source"}
    r = client.post("/events/ev-turbat/review", data=data, follow_redirects=False)
    assert r.status_code == 303, r.text
    ev = store.get_event("ev-turbat")
    assert ev is not None and ev.fatalities == 5 and ev.location == "Turbat"
    assert ev.claimed_by == ("Balochistan Liberation Army", "Balochistan Liberation Front")
    log = store.audit_log("ev-turbat")
    assert sorted((a.field, a.old_value, a.new_value) for a in log) == [
        ("claimed_by", ["Balochistan Liberation Army"],
         ["Balochistan Liberation Army", "Balochistan Liberation Front"]),
        ("fatalities", 4, 5)]
    assert {a.user for a in log} == {"rita"} and store.review_state("ev-turbat") == "corrected"


def test_review_form_correct_without_change_is_422(reviewer: tuple[TestClient, str], store: Store) -> None:
    client, _ = reviewer
    r = client.post("/events/ev-turbat/review",
                    data={"action": "correct", "f_location": "Turbat", "csrf_token": form_token(client)})
    assert r.status_code == 422 and store.audit_log() == []


def test_review_api_correct_and_reject(reviewer: tuple[TestClient, str], store: Store) -> None:
    client, token = reviewer
    r = client.post("/api/events/ev-kabul/review", headers={"x-csrf-token": token},
                    json={"action": "correct", "changes": {"event_date": "2026-01-05", "admin1": "Kabul Province"},
                          "reason": "date from the dateline"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["event"]["event_date"] == "2026-01-05" and body["event"]["review_state"] == "corrected"
    assert {(a["field"], a["user"]) for a in body["audit"]} == {("event_date", "rita"), ("admin1", "rita")}
    r = client.post("/api/events/ev-dhaka/review", headers={"x-csrf-token": token},
                    json={"action": "reject", "reason": "student scuffle, not political"})
    assert r.status_code == 200 and store.review_state("ev-dhaka") == "rejected"
    assert client.get("/api/events?review_state=rejected").json()["total"] == 1


def test_review_two_reviewers_are_told_apart(client: TestClient, store: Store) -> None:
    token = login(client, "rita")
    client.post("/api/events/ev-turbat/review", json={"action": "accept"}, headers={"x-csrf-token": token})
    other = TestClient(client.app)
    token2 = login(other, "rob")
    other.post("/api/events/ev-turbat/review", json={"action": "correct", "changes": {"fatalities": 6}},
               headers={"x-csrf-token": token2})
    assert [a.user for a in store.audit_log("ev-turbat")] == ["rita", "rob"]


def test_review_xss_in_corrected_value_is_escaped(reviewer: tuple[TestClient, str]) -> None:
    client, token = reviewer
    client.post("/api/events/ev-turbat/review", headers={"x-csrf-token": token},
                json={"action": "correct", "changes": {"notes": "<script>alert('n')</script>"},
                      "reason": "<img src=x onerror=alert(1)>"})
    html = client.get("/events/ev-turbat").text
    assert "<script>alert('n')" not in html and "<img src=x" not in html
