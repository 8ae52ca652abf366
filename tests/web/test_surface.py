"""The web app's attack surface, walked from its route table so that new routes are covered too:
login and CSRF on every state-changing route, body size limit, unknown JSON fields refused, no
markup reflected into pages, and SQL-looking filter values treated as plain values."""

from __future__ import annotations

import re
from typing import Any

import fastapi.routing
import pytest
from fastapi.routing import APIRoute
from pydantic import BaseModel

from sitrep.web.app import BODY_MARGIN
from sitrep.web.params import FILTER_FIELDS, TEXT_FIELDS
from sitrep.web.testing import TestClient
from web.conftest import login

WRITE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}
PATH_VALUES = {"event_id": "ev-turbat", "name": "pakistan"}  # an existing event, a boundary layer
# Logging in is the one write that cannot need a session (its JSON form: no CSRF token yet either).
NO_CSRF = {("POST", "/api/login")}


def routes(app: Any) -> list[tuple[str, str, Any]]:
    """(method, path, route) for every endpoint, also those FastAPI keeps inside included routers."""
    contexts = getattr(fastapi.routing, "iter_route_contexts", None)
    found = contexts(app.routes) if contexts is not None else app.routes
    return sorted((m, r.path, getattr(r, "original_route", r))
                  for r in found for m in (getattr(r, "methods", None) or ()) if m != "HEAD")


def _url(path: str, value: str | None = None) -> str:
    return re.sub(r"\{(\w+)(?::\w+)?\}", lambda m: value or PATH_VALUES.get(m[1], "x"), path)


def _writes(app: Any) -> list[tuple[str, str]]:
    return [(m, p) for m, p, _ in routes(app) if m in WRITE_METHODS]


def test_surface_route_walk_finds_the_routes(app: Any) -> None:
    found = {(m, p) for m, p, _ in routes(app)}
    assert {("GET", "/events"), ("GET", "/api/events"), ("POST", "/api/articles"),
            ("POST", "/events/{event_id}/review")} <= found


def test_surface_every_write_refuses_an_anonymous_request(client: TestClient) -> None:
    for method, path in _writes(client.app):
        r = client.request(method, _url(path), json={"name": "nobody", "password": "not-a-password"},
                           follow_redirects=False)
        redirected = r.status_code in (302, 303, 307) and r.headers["location"].startswith("/login")
        assert r.status_code in (401, 403) or redirected, (method, path, r.status_code)


def test_surface_every_write_needs_the_csrf_token(reviewer: tuple[TestClient, str]) -> None:
    client, _ = reviewer
    for method, path in _writes(client.app):
        if (method, path) in NO_CSRF:
            continue
        for headers in ({}, {"x-csrf-token": "forged-token"}):
            r = client.request(method, _url(path), json={"action": "accept"}, headers=headers)
            assert r.status_code == 403 and "CSRF" in r.text, (method, path, headers, r.status_code, r.text[:300])


def test_surface_every_post_form_carries_the_csrf_token(reviewer: tuple[TestClient, str]) -> None:
    client, token = reviewer
    pages = ["/events", "/events/ev-turbat", "/events/ev-xss", "/map", "/timeline", "/docs"]
    seen = 0
    for page in pages:
        html = client.get(page).text
        for form in re.findall(r"<form\b[^>]*method=\"post\".*?</form>", html, flags=re.S | re.I):
            assert f'name="csrf_token" value="{token}"' in form, (page, form[:200])
            seen += 1
    assert seen >= 3  # logout on every page, the two review forms on an event page


def test_surface_every_write_refuses_an_oversize_body(reviewer: tuple[TestClient, str]) -> None:
    client, token = reviewer
    limit = client.app.state.settings.max_article_bytes + BODY_MARGIN
    for method, path in _writes(client.app):
        r = client.request(method, _url(path), content=b"x" * (limit + 1),
                           headers={"x-csrf-token": token, "content-type": "application/json"})
        assert r.status_code == 413, (method, path, r.status_code)


def _body_models(app: Any) -> list[tuple[str, type[BaseModel]]]:
    out = []
    for method, path, route in routes(app):
        if isinstance(route, APIRoute) and route.body_field is not None:
            model = route.body_field.field_info.annotation
            assert isinstance(model, type) and issubclass(model, BaseModel), (path, model)
            out.append((f"{method} {path}", model))
    return out


def _minimal(model: type[BaseModel]) -> dict[str, Any]:
    """The smallest valid body: required fields only, a string or the first allowed value each."""
    props = model.model_json_schema()["properties"]
    body = {name: (props[name].get("enum") or ["x"])[0] for name in model.model_json_schema().get("required", [])}
    model.model_validate(body)  # the test below is about the extra field only
    return body


def test_surface_every_json_body_model_forbids_unknown_fields(reviewer: tuple[TestClient, str]) -> None:
    client, token = reviewer
    models = _body_models(client.app)
    assert {m.__name__ for _, m in models} >= {"ArticleIn", "ReviewBody", "LoginBody"}
    for where, model in models:
        assert model.model_config.get("extra") == "forbid", where
        method, path = where.split(" ", 1)
        r = client.request(method, _url(path), json={**_minimal(model), "is_admin": True},
                           headers={"x-csrf-token": token})
        assert r.status_code == 422 and "is_admin" in str(r.json()["errors"]), (where, r.text)


# -- reflected markup --------------------------------------------------------------------------

XSS = '"><script>alert(1)</script><img src=x onerror=alert(2)>'
QUERY_NAMES = (*FILTER_FIELDS, "sort", "dir", "page", "per_page", "by", "format", "next")


def _no_markup(r: Any, where: str) -> None:
    assert r.status_code < 500, (where, r.status_code)
    if r.headers.get("content-type", "").startswith("text/html"):
        assert "<script>alert(1)" not in r.text and "<img src=x onerror" not in r.text, where


def test_surface_no_page_reflects_markup_from_the_url(client: TestClient) -> None:
    login(client, "rita")
    for method, path, _ in routes(client.app):
        if method != "GET":
            continue
        _no_markup(client.get(_url(path, XSS)), f"{path} path")
        for name in QUERY_NAMES:
            _no_markup(client.get(_url(path), params={name: XSS}), f"{path}?{name}")


def test_surface_stored_markup_is_escaped_in_the_list_and_map(client: TestClient) -> None:
    html = client.get("/events", params={"country": "Pakistan"}).text
    assert "ev-xss" in html or "Lahore" in html or "&lt;script&gt;alert(5)" in html
    assert "<script>alert(5)" not in html and '<img src=x onerror="alert(4)">' not in html
    assert "&lt;script&gt;alert(5)&lt;/script&gt;" in html


# -- SQL injection on filters ------------------------------------------------------------------

INJECTIONS = ("' OR '1'='1", '" OR ""="', "1; DROP TABLE events; --", "1' UNION SELECT name, password_hash "
              "FROM users --", "%", "_", "\\", "*", "NEAR(a b)", "') OR 1=1 --", "1 OR 1=1", "0x1", "-1",
              "2026-01-01' OR '1'='1")


def _ids(client: TestClient, **params: str) -> set[str] | None:
    r = client.get("/api/events", params={**params, "per_page": "500"})
    assert r.status_code in (200, 422), (params, r.status_code)
    return {e["event_id"] for e in r.json()["events"]} if r.status_code == 200 else None


@pytest.mark.parametrize("name", [*FILTER_FIELDS, "sort", "dir", "page", "per_page"])
def test_surface_injection_strings_are_plain_values(client: TestClient, name: str) -> None:
    everything = _ids(client)
    for value in INJECTIONS:
        got = _ids(client, **{name: value})
        assert client.get("/events", params={name: value}).status_code in (200, 422)
        if got is None or name not in TEXT_FIELDS:
            assert got is None or got <= (everything or set()), (name, value)
        elif name == "q":  # full-text search: the words of the value, as words
            words = " ".join(re.findall(r"\w+", value))
            assert got == (_ids(client, q=words) if words else set()), value
        else:
            assert got == set(), (name, value)
    assert _ids(client) == everything  # nothing dropped or changed
    assert client.app.state.store.get_user("rita") is not None
