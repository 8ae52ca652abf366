"""Faults around `sitrep extract`: a read-only database file or folder, a full database, a full or
impossible output file and rejects file. Each is one line on stderr naming the path, exit status 1.

The model is the session's (loaded once); each case runs the real command in-process.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from sitrep.cli.app import app
from sitrep.store import open_store
from tests.cli.test_extract import ARTICLE

PADDING = "\nThe district administration said schools and markets would stay closed on Monday. " * 300


def _one_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    return lines[0]


@pytest.fixture
def article(tmp_path: Path) -> Path:
    """The CLI test article, padded to many database pages (a full database must refuse it)."""
    path = tmp_path / "bannu.txt"
    path.write_text(ARTICLE + PADDING, encoding="utf-8")
    return path


# -- read-only database ----------------------------------------------------------------------

@contextlib.contextmanager
def read_only(path: Path) -> Iterator[None]:
    """`path` read-only even for root: a plain mode for users; root ignores modes, so for root the
    immutable attribute (chattr +i), removed again afterwards."""
    if os.geteuid() != 0:
        mode = path.stat().st_mode
        path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield
        finally:
            path.chmod(mode)
        return
    chattr = shutil.which("chattr")
    if chattr is None or subprocess.run([chattr, "+i", str(path)], capture_output=True).returncode != 0:
        pytest.skip("running as root, and chattr +i is not available here to make a file read-only")
    try:
        yield
    finally:
        subprocess.run([chattr, "-i", str(path)], check=True)


def test_faults_read_only_database_file(tmp_path: Path, article: Path, shared_pipeline: Any) -> None:
    db = tmp_path / "ro.db"
    open_store(f"sqlite:///{db}").close()
    with read_only(db):
        result = CliRunner().invoke(app, ["extract", str(article), "--db", f"sqlite:///{db}", "-q"])
    assert result.exit_code == 1
    line = _one_line(result.stderr)
    assert line.startswith(f"[S301] sqlite:///{db}: cannot save article") and "read-only" in line


def test_faults_read_only_folder(tmp_path: Path, article: Path, shared_pipeline: Any) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    with read_only(folder):
        result = CliRunner().invoke(app, ["extract", str(article), "--db", f"sqlite:///{folder / 'new.db'}"])
    assert result.exit_code == 1
    line = _one_line(result.stderr)
    assert line.startswith(f"[S301] sqlite:///{folder / 'new.db'}: cannot open the store") and "writable" in line


# -- full database and full or impossible output files ------------------------------------------

def test_faults_full_database(tmp_path: Path, article: Path, monkeypatch: pytest.MonkeyPatch,
                              shared_pipeline: Any) -> None:
    import sitrep.store.sqlite as dialect

    db = tmp_path / "full.db"
    with open_store(f"sqlite:///{db}") as store, store.engine.connect() as conn:  # type: ignore[attr-defined]
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    opened = dialect._on_connect

    def capped(dbapi_conn: Any, record: Any) -> None:  # SQLite reports SQLITE_FULL past max_page_count
        opened(dbapi_conn, record)
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")

    monkeypatch.setattr(dialect, "_on_connect", capped)
    result = CliRunner().invoke(app, ["extract", str(article), "--db", f"sqlite:///{db}", "-q"])
    assert result.exit_code == 1
    line = _one_line(result.stderr)
    assert line.startswith(f"[S301] sqlite:///{db}: cannot save article") and "full" in line


def test_faults_output_on_a_full_disk(tmp_path: Path, article: Path, shared_pipeline: Any) -> None:
    result = CliRunner().invoke(app, ["extract", str(article), "--db", f"sqlite:///{tmp_path / 's.db'}",
                                      "--out", "/dev/full", "-q"])
    assert result.exit_code == 1
    assert _one_line(result.stderr) == ("[S000] /dev/full: cannot write the output file (No space left on device) "
                                        "— the disk is full; free some space or choose another --out")


def test_faults_output_path_is_a_folder(tmp_path: Path, article: Path, shared_pipeline: Any) -> None:
    result = CliRunner().invoke(app, ["extract", str(article), "--out", str(tmp_path), "-q"])
    assert result.exit_code == 1
    assert _one_line(result.stderr).startswith(f"[S000] {tmp_path}: cannot create the output file")


def test_faults_rejects_file_on_a_full_disk(tmp_path: Path, article: Path, monkeypatch: pytest.MonkeyPatch,
                                            shared_pipeline: Any) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    monkeypatch.setenv("SITREP_REJECTS", "/dev/full")
    db = tmp_path / "s.db"
    result = CliRunner().invoke(app, ["extract", str(article), str(tmp_path / "empty.txt"),
                                      "--db", f"sqlite:///{db}", "-q"])
    assert result.exit_code == 1
    printed = result.stderr.strip().splitlines()
    assert printed[0].startswith("[S101]") and len(printed) == 2
    assert printed[1].startswith("[S000] /dev/full: cannot write the rejects file")
    with open_store(f"sqlite:///{db}") as store:  # the events and rejects are stored all the same
        assert store.has_article(str(article)) and len(store.list_rejects()) == 1
