"""`sitrep serve`: the web app and REST API; `--get PATH` answers one request without a server."""

from __future__ import annotations

import sys
from typing import Optional

import typer

from sitrep.cli.common import err_console


def get_once(path: str, *, db: str | None = None) -> tuple[int, bytes]:
    """Status and body of GET `path` answered by the app in-process (as datasette's --get)."""
    from sitrep.settings import Settings
    from sitrep.store import open_store
    from sitrep.web.app import create_app
    from sitrep.web.testing import TestClient

    settings = Settings.from_env(db=db)
    with open_store(settings.db) as store:
        client = TestClient(create_app(settings, store), raise_server_exceptions=False)
        response = client.get(path if path.startswith("/") else "/" + path)
        return response.status_code, response.content


def serve_cmd(
    db: Optional[str] = typer.Option(None, "--db", help="Store URL (default sqlite:///sitrep.db)."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on."),
    port: int = typer.Option(8000, "--port", help="Port to listen on."),
    get: Optional[str] = typer.Option(None, "--get", help="Answer one GET request for PATH, print the body and exit (1 on an HTTP error)."),
) -> None:
    """Serve the events explorer, map, timeline, review pages and the REST API."""
    if get is not None:
        status, body = get_once(get, db=db)
        sys.stdout.buffer.write(body)
        if not body.endswith(b"\n"):
            sys.stdout.buffer.write(b"\n")
        sys.stdout.flush()
        if status >= 400:
            raise typer.Exit(1)
        return
    import uvicorn

    from sitrep.settings import Settings
    from sitrep.web.app import create_app

    settings = Settings.from_env(db=db)
    err_console.print(f"sitrep serving {settings.db} on http://{host}:{port}/ (Ctrl-C stops)",
                      highlight=False, markup=False)
    uvicorn.run(create_app(settings), host=host, port=port, log_level="info")


def register(app: typer.Typer) -> None:
    app.command("serve")(serve_cmd)
