from __future__ import annotations

from pathlib import Path

from sitrep.settings import Settings
from sitrep.web.app import create_app, safe_url
from sitrep.web.security import SECRET_FILE
from sitrep.web.testing import TestClient


def test_app_opens_its_own_store_from_settings(tmp_path: Path) -> None:
    settings = Settings(db=f"sqlite:///{tmp_path}/own.db")
    with TestClient(create_app(settings)) as client:  # runs the lifespan: store closed at exit
        assert client.get("/api/events").json()["total"] == 0
    assert (tmp_path / SECRET_FILE).exists()


def test_app_sessions_survive_a_restart_with_the_same_secret(settings, store) -> None:  # type: ignore[no-untyped-def]
    from web.conftest import login

    first = TestClient(create_app(settings, store))
    login(first, "rita")
    second = TestClient(create_app(settings, store), cookies=dict(first.cookies))
    assert second.get("/api/me").json()["user"]["name"] == "rita"


def test_app_security_headers(client: TestClient) -> None:
    r = client.get("/events")
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["x-frame-options"] == "DENY"
    assert "frame-ancestors 'none'" in r.headers["content-security-policy"]


def test_app_safe_url() -> None:
    assert safe_url("https://a.example/x") == "https://a.example/x"
    assert safe_url(" JavaScript:alert(1)") is None
    assert safe_url("data:text/html,x") is None and safe_url(None) is None
