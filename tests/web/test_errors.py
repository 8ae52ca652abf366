"""One error envelope across routes: every failure has exactly {ok, error, errors, status}."""

from __future__ import annotations

from typing import Any

import pytest

from sitrep.web.errors import error_body
from sitrep.web.testing import TestClient
from web.conftest import csrf_of, login

ENVELOPE = {"ok", "error", "errors", "status"}

# (who, method, path, kwargs, status)
CASES: list[tuple[str, str, str, dict[str, Any], int]] = [
    ("anon", "GET", "/api/events/no-such-event", {}, 404),
    ("anon", "GET", "/api/nothing-here", {}, 404),
    ("anon", "GET", "/api/events?date_from=notadate", {}, 422),
    ("anon", "GET", "/api/events?sort=password_hash", {}, 422),
    ("anon", "GET", "/api/map?min_fatalities=-3", {}, 422),
    ("anon", "GET", "/api/timeline?by=fortnight", {}, 422),
    ("anon", "GET", "/api/export?format=xlsx", {}, 422),
    ("anon", "GET", "/api/boundaries/..%2F..%2Fsettings.py", {}, 404),
    ("anon", "DELETE", "/api/events", {}, 405),
    ("anon", "POST", "/api/events/ev-turbat/review", {"json": {"action": "accept"}}, 401),
    ("anon", "POST", "/api/articles", {"json": {"text": "x"}}, 401),
    ("anon", "POST", "/api/login", {"json": {"name": "rita", "password": "wrong-password"}}, 401),
    ("anon", "POST", "/api/login", {"json": {"name": "rita", "password": "x", "admin": True}}, 422),
    ("anon", "POST", "/api/login", {"content": b'{"name": "rita", "password": "reviewer-pass-1"}',
                                   "headers": {"content-type": "text/plain"}}, 422),
    ("anon", "POST", "/api/logout", {}, 403),
    ("viewer", "POST", "/api/events/ev-turbat/review", {"json": {"action": "accept"}}, 403),
    ("reviewer", "POST", "/api/events/ev-turbat/review", {"json": {"action": "accept"}}, 403),  # no CSRF
    ("reviewer+csrf", "POST", "/api/events/ev-turbat/review", {"json": {"action": "approve"}}, 422),
    ("reviewer+csrf", "POST", "/api/events/ev-turbat/review",
     {"json": {"action": "accept", "by": "someone-else"}}, 422),
    ("reviewer+csrf", "POST", "/api/events/ev-turbat/review",
     {"json": {"action": "correct", "changes": {"password": "x"}}}, 422),
    ("reviewer+csrf", "POST", "/api/events/ev-turbat/review",
     {"json": {"action": "correct", "changes": {"fatalities": "many"}}}, 422),
    ("reviewer+csrf", "POST", "/api/events/nope/review", {"json": {"action": "accept"}}, 404),
    ("reviewer+csrf", "POST", "/api/events/ev-turbat/review", {"content": b"{not json",
                                                               "headers": {"content-type": "application/json"}}, 422),
    ("reviewer+csrf", "POST", "/api/articles", {"json": {"text": "x", "lang": "en"}}, 422),
    ("reviewer+csrf", "POST", "/api/articles", {"json": {"text": "x" * 200_000}}, 413),
    ("reviewer+csrf", "POST", "/api/articles", {"json": {"text": "x" * 30_000}}, 422),
]


def _client_for(who: str, client: TestClient) -> dict[str, str]:
    if who == "anon":
        return {}
    token = login(client, "victor" if who == "viewer" else "rita")
    return {"x-csrf-token": token} if who.endswith("+csrf") else {}


@pytest.mark.parametrize("who,method,path,kwargs,status", CASES,
                         ids=[f"{c[0]}-{c[1]}-{c[2][:40]}-{c[4]}" for c in CASES])
def test_errors_envelope_across_routes(client: TestClient, who: str, method: str, path: str,
                                       kwargs: dict[str, Any], status: int) -> None:
    headers = {**_client_for(who, client), **kwargs.pop("headers", {})}
    r = client.request(method, path, headers=headers, **kwargs)
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == ENVELOPE
    assert body["ok"] is False and body["status"] == status
    assert isinstance(body["error"], str) and body["error"]
    assert isinstance(body["errors"], list)


def test_errors_validation_errors_name_fields(client: TestClient) -> None:
    body = client.get("/api/events?min_fatalities=lots&date_to=soon").json()
    assert {e["field"] for e in body["errors"]} == {"min_fatalities", "date_to"}


def test_errors_html_pages_render_the_same_content(client: TestClient) -> None:
    r = client.get("/events/no-such-event")
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")
    assert "no event &#39;no-such-event&#39;" in r.text


def test_errors_html_client_asking_for_json_gets_the_envelope(client: TestClient) -> None:
    r = client.get("/events?min_fatalities=x", headers={"accept": "application/json"})
    assert r.status_code == 422 and set(r.json()) == ENVELOPE


def test_errors_body_size_limit_on_streamed_body(client: TestClient) -> None:
    token = login(client, "rita")

    def chunks():  # type: ignore[no-untyped-def]
        for _ in range(20):
            yield b"x" * 10_000

    r = client.post("/api/articles", content=chunks(),
                    headers={"x-csrf-token": token, "content-type": "application/json"})
    assert r.status_code == 413 and r.json()["status"] == 413


def test_errors_unhandled_exception_is_a_500_envelope(settings, store) -> None:  # type: ignore[no-untyped-def]
    from sitrep.web.app import create_app

    app = create_app(settings, store)

    @app.get("/api/boom")
    def boom() -> None:
        raise RuntimeError("secret internals")

    r = TestClient(app, raise_server_exceptions=False).get("/api/boom")
    assert r.status_code == 500 and r.json() == error_body(
        500, "internal error — the server log has the details")
    assert "secret internals" not in r.text


def test_errors_error_body_shape() -> None:
    assert error_body(404, "gone") == {"ok": False, "error": "gone", "errors": [], "status": 404}


def test_errors_csrf_of_helper_gives_a_token(client: TestClient) -> None:
    assert len(csrf_of(client)) > 20
