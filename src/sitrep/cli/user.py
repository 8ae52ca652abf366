"""`sitrep user add NAME --role viewer|reviewer`: web accounts with argon2-hashed passwords."""

from __future__ import annotations

import sys
from typing import Optional

import typer

from sitrep.cli.common import err_console

user_app = typer.Typer(help="Manage web app accounts.", no_args_is_help=True)


def add_user(name: str, password: str, role: str, *, db: str | None = None) -> None:
    """Hash `password` and store the account (the library call behind `sitrep user add`)."""
    from sitrep.errors import SitrepError
    from sitrep.settings import Settings
    from sitrep.store import open_store
    from sitrep.web.security import hash_password

    if not name.strip() or len(name) > 200:
        raise SitrepError(f"bad user name {name!r} — use 1 to 200 characters", stage="user add")
    if len(password) < 8:
        raise SitrepError("password too short — use at least 8 characters", stage="user add")
    with open_store(Settings.from_env(db=db).db) as store:
        store.add_user(name, hash_password(password), role)  # type: ignore[arg-type]


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    return str(typer.prompt("Password", hide_input=True, confirmation_prompt=True))


@user_app.command("add")
def add_cmd(
    name: str = typer.Argument(..., help="Login name."),
    role: str = typer.Option(..., "--role", help="viewer (read only) or reviewer (can change events)."),
    password_stdin: bool = typer.Option(False, "--password-stdin", help="Read the password from the first line of stdin instead of a prompt."),
    db: Optional[str] = typer.Option(None, "--db", help="Store URL (default sqlite:///sitrep.db)."),
) -> None:
    """Add an account."""
    if role not in ("viewer", "reviewer"):
        raise typer.BadParameter(f"{role!r} is not a role: use viewer or reviewer", param_hint="--role")
    add_user(name, _read_password(password_stdin), role, db=db)
    err_console.print(f"added {role} {name}", highlight=False, markup=False)


@user_app.command("list")
def list_cmd(db: Optional[str] = typer.Option(None, "--db", help="Store URL (default sqlite:///sitrep.db).")) -> None:
    """List accounts and their roles."""
    from sitrep.settings import Settings
    from sitrep.store import open_store

    with open_store(Settings.from_env(db=db).db) as store:
        for user in store.list_users():
            print(f"{user.name}\t{user.role}")


def register(app: typer.Typer) -> None:
    app.add_typer(user_app, name="user")
