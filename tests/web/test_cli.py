"""`sitrep serve --get` and `sitrep user add`, through typer on a temporary store."""

from __future__ import annotations

import json

import pytest
import typer
from typer.testing import CliRunner

from sitrep.cli import serve, user
from sitrep.settings import Settings
from sitrep.store import open_store
from sitrep.web.security import verify_password


@pytest.fixture()
def cli() -> typer.Typer:
    app = typer.Typer()
    serve.register(app)
    user.register(app)
    return app


def test_cli_serve_get_prints_the_body(cli: typer.Typer, settings: Settings) -> None:
    r = CliRunner().invoke(cli, ["serve", "--db", settings.db, "--get", "/api/events?country=AFG"])
    assert r.exit_code == 0, r.output
    body = json.loads(r.stdout)
    assert [e["event_id"] for e in body["events"]] == ["ev-kabul"]


def test_cli_serve_get_error_exits_1_with_envelope(cli: typer.Typer, settings: Settings) -> None:
    r = CliRunner().invoke(cli, ["serve", "--db", settings.db, "--get", "/api/events/nope"])
    assert r.exit_code == 1 and json.loads(r.stdout)["status"] == 404


def test_cli_serve_get_html_page(cli: typer.Typer, settings: Settings) -> None:
    r = CliRunner().invoke(cli, ["serve", "--db", settings.db, "--get", "events/ev-turbat"])
    assert r.exit_code == 0 and "<mark class=\"ev\"" in r.stdout


def test_cli_user_add_from_stdin_hashes_password(cli: typer.Typer, settings: Settings) -> None:
    r = CliRunner().invoke(cli, ["user", "add", "newbie", "--role", "viewer", "--password-stdin",
                                 "--db", settings.db], input="a-long-password\n")
    assert r.exit_code == 0, r.output
    with open_store(settings.db) as store:
        u = store.get_user("newbie")
    assert u is not None and u.role == "viewer" and u.password_hash.startswith("$argon2")
    assert verify_password(u.password_hash, "a-long-password")
    r = CliRunner().invoke(cli, ["user", "list", "--db", settings.db])
    assert "newbie\tviewer" in r.stdout and "rita\treviewer" in r.stdout


def test_cli_user_add_prompts_for_password(cli: typer.Typer, settings: Settings) -> None:
    r = CliRunner().invoke(cli, ["user", "add", "pat", "--role", "reviewer", "--db", settings.db],
                           input="prompted-pass\nprompted-pass\n")
    assert r.exit_code == 0, r.output
    with open_store(settings.db) as store:
        assert verify_password(store.get_user("pat").password_hash, "prompted-pass")  # type: ignore[union-attr]


@pytest.mark.parametrize("args,stdin", [
    (["user", "add", "x", "--role", "admin", "--password-stdin"], "long-enough-pw\n"),
    (["user", "add", "x", "--role", "viewer", "--password-stdin"], "short\n"),
    (["user", "add", "rita", "--role", "viewer", "--password-stdin"], "long-enough-pw\n"),
])
def test_cli_user_add_refuses_bad_input(cli: typer.Typer, settings: Settings, args: list[str],
                                        stdin: str) -> None:
    r = CliRunner().invoke(cli, [*args, "--db", settings.db], input=stdin)
    assert r.exit_code != 0
    with open_store(settings.db) as store:
        assert store.get_user("x") is None
        assert store.get_user("rita").role == "reviewer"  # type: ignore[union-attr]
