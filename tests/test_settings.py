from __future__ import annotations

from dataclasses import fields
from pathlib import Path

from sitrep.settings import SETTINGS_HELP, Settings

DOCS = Path(__file__).resolve().parents[1] / "docs" / "settings.md"


def test_settings_env_overrides(monkeypatch):
    monkeypatch.setenv("SITREP_BATCH_SIZE", "7")
    monkeypatch.setenv("SITREP_DB", "sqlite:///x.db")
    s = Settings.from_env(rejects="r.jsonl")
    assert (s.batch_size, s.db, s.rejects) == (7, "sqlite:///x.db", "r.jsonl")


def test_settings_every_setting_documented():
    text = DOCS.read_text(encoding="utf-8")
    for f in fields(Settings):
        assert f.name in SETTINGS_HELP, f.name
        assert f"`{f.name}`" in text, f"{f.name} missing from docs/settings.md"


def test_settings_resolve_flag_from_env(monkeypatch):
    import pytest

    from sitrep.errors import ConfigError

    assert Settings().resolve is True
    monkeypatch.setenv("SITREP_RESOLVE", "false")
    assert Settings.from_env().resolve is False
    monkeypatch.setenv("SITREP_RESOLVE", "Yes")
    assert Settings.from_env().resolve is True
    monkeypatch.setenv("SITREP_RESOLVE", "maybe")
    with pytest.raises(ConfigError, match="true or false"):
        Settings.from_env()


def test_settings_workers_default_to_the_machine_s_cores(monkeypatch):
    from sitrep.settings import machine_cores

    assert Settings().workers == machine_cores() >= 1
    monkeypatch.setenv("SITREP_WORKERS", "1")
    assert Settings.from_env().workers == 1
