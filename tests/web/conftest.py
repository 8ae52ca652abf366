"""Fixtures: a temporary SQLite store filled with hand-made events, the app over it, clients."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sitrep.settings import Settings
from sitrep.store import Store, open_store
from sitrep.web.app import create_app
from sitrep.web.testing import TestClient
from web.records import PASSWORDS, fill


@pytest.fixture(scope="session")
def _filled_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("webdb") / "template.db"
    with open_store(f"sqlite:///{path}") as store:
        fill(store)
    return path


@pytest.fixture()
def settings(tmp_path: Path, _filled_db: Path) -> Settings:
    db = tmp_path / "sitrep.db"
    db.write_bytes(_filled_db.read_bytes())  # a fresh copy per test: reviews change it
    return Settings(db=f"sqlite:///{db}", web_secret="test-secret-0123456789abcdef",
                    max_article_bytes=20_000)


@pytest.fixture()
def store(settings: Settings) -> Iterator[Store]:
    with open_store(settings.db) as s:
        yield s


@pytest.fixture()
def app(settings: Settings, store: Store) -> Any:
    return create_app(settings, store)


@pytest.fixture()
def client(app: Any) -> TestClient:
    return TestClient(app)


def csrf_of(client: TestClient) -> str:
    """The CSRF token of the client's current session (as the pages show it)."""
    return str(client.get("/api/me").json()["csrf_token"])


def login(client: TestClient, name: str) -> str:
    """Log `name` in through the form; returns the session's new CSRF token."""
    page = client.get("/login")
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)  # type: ignore[union-attr]
    r = client.post("/login", data={"name": name, "password": PASSWORDS[name], "csrf_token": token,
                                    "next": "/events"}, follow_redirects=False)
    assert r.status_code == 303, r.text
    return csrf_of(client)


@pytest.fixture()
def reviewer(client: TestClient) -> tuple[TestClient, str]:
    return client, login(client, "rita")


@pytest.fixture()
def viewer(client: TestClient) -> tuple[TestClient, str]:
    return client, login(client, "victor")
