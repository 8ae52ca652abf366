from __future__ import annotations

import re

import pytest

from sitrep.web.security import SESSION_COOKIE
from sitrep.web.testing import TestClient
from web.conftest import csrf_of, login
from web.records import PASSWORDS


def _token(html: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)  # type: ignore[union-attr]


def test_auth_every_visitor_gets_a_session_cookie(client: TestClient) -> None:
    r = client.get("/events")
    cookie = r.headers["set-cookie"]
    assert cookie.startswith(f"{SESSION_COOKIE}=") and "HttpOnly" in cookie and "samesite=lax" in cookie.lower()


def test_auth_login_form_without_csrf_is_refused(client: TestClient) -> None:
    r = client.post("/login", data={"name": "rita", "password": PASSWORDS["rita"]})
    assert r.status_code == 403
    assert client.get("/api/me").json()["user"] is None


@pytest.mark.parametrize("name,password", [("rita", "wrong"), ("nobody", "reviewer-pass-1"), ("", "")])
def test_auth_wrong_login_is_401_and_no_session(client: TestClient, name: str, password: str) -> None:
    r = client.post("/login", data={"name": name, "password": password,
                                    "csrf_token": _token(client.get("/login").text)})
    assert r.status_code == 401 and "Wrong name or password" in r.text
    assert client.get("/api/me").json()["user"] is None


def test_auth_login_rotates_the_csrf_token(client: TestClient) -> None:
    before = csrf_of(client)
    after = login(client, "rita")
    assert before != after
    assert client.get("/api/me").json()["user"] == {"name": "rita", "role": "reviewer"}
    r = client.post("/api/events/ev-turbat/review", json={"action": "accept"}, headers={"x-csrf-token": before})
    assert r.status_code == 403


def test_auth_logout(client: TestClient) -> None:
    token = login(client, "rita")
    assert client.post("/logout", data={"csrf_token": token}, follow_redirects=False).status_code == 303
    assert client.get("/api/me").json()["user"] is None


@pytest.mark.parametrize("target,expected", [
    ("/events/ev-turbat", "/events/ev-turbat"), ("https://evil.example/", "/events"),
    ("//evil.example/x", "/events"), ("javascript:alert(1)", "/events"), ("", "/events"),
])
def test_auth_login_redirects_only_to_local_paths(client: TestClient, target: str, expected: str) -> None:
    r = client.post("/login", follow_redirects=False,
                    data={"name": "rita", "password": PASSWORDS["rita"], "next": target,
                          "csrf_token": _token(client.get("/login").text)})
    assert r.status_code == 303 and r.headers["location"] == expected


def test_auth_api_login_for_scripts(client: TestClient) -> None:
    r = client.post("/api/login", json={"name": "rob", "password": PASSWORDS["rob"]})
    assert r.status_code == 200 and r.json()["user"]["name"] == "rob"
    token = r.json()["csrf_token"]
    assert client.post("/api/events/ev-dhaka/review", json={"action": "accept"},
                       headers={"x-csrf-token": token}).status_code == 200
    assert client.post("/api/logout", headers={"x-csrf-token": token}).json()["user"] is None


def test_auth_forged_cookie_is_anonymous(client: TestClient) -> None:
    login(client, "rita")
    value = client.cookies[SESSION_COOKIE]
    client.cookies.set(SESSION_COOKIE, value[:-3] + "abc")
    assert client.get("/api/me").json()["user"] is None


def test_auth_header_shows_user_and_role(client: TestClient) -> None:
    login(client, "victor")
    html = client.get("/events").text
    assert 'victor <span class="role role-viewer">viewer</span>' in html
